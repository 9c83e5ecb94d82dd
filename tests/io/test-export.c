/* test-export.c: the data layout of projections (docs/data-format.md)
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "wf-core.h"
#include "wf-io.h"
#include "wf-io-util.h"

typedef struct
{
  WfDocument *document;
  GPtrArray  *results;
} Fixture;

static void
results_free_cb (gpointer data)
{
  wf_results_free (data);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->document = wf_document_new_default ();
  f->results = g_ptr_array_new_with_free_func (results_free_cb);
  for (guint i = 0; i < f->document->scenarios->len; i++)
    {
      g_autoptr(GError) error = NULL;
      WfResults *r = wf_model_project (f->document->dataset,
                                       g_ptr_array_index (f->document->scenarios, i), &error);

      g_assert_no_error (error);
      g_ptr_array_add (f->results, r);
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_ptr_array_unref (f->results);
  wf_document_free (f->document);
}

#define SCENARIOS(f) ((const WfScenario * const *) (f)->document->scenarios->pdata)
#define RESULTS(f) ((const WfResults * const *) (f)->results->pdata)

/* The rows of a CSV export after its "#" lines, the header first. */
static GPtrArray *
read_rows (const GString *csv)
{
  const char *body = csv->str;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(WfCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *fields;

  while (*body == '#')
    {
      body = strchr (body, '\n');
      g_assert_nonnull (body);
      body++;
    }
  bytes = g_bytes_new (body, strlen (body));
  reader = wf_csv_reader_new (bytes, "export.csv");
  while (wf_csv_reader_next (reader, &fields, &error))
    {
      GPtrArray *copy = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < fields->len; i++)
        g_ptr_array_add (copy, g_strdup (g_ptr_array_index (fields, i)));
      g_ptr_array_add (rows, copy);
    }
  g_assert_no_error (error);
  return rows;
}

static int
column (const char *name)
{
  const char * const *columns = wf_tidy_get_columns ();

  for (int i = 0; columns[i] != NULL; i++)
    if (g_str_equal (columns[i], name))
      return i;
  g_assert_not_reached ();
}

#define FIELD(row, name) ((const char *) g_ptr_array_index ((row), column (name)))

static void
test_csv_layout (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GString) csv = wf_results_to_csv (f->document->dataset, SCENARIOS (f), RESULTS (f), 2);
  g_autoptr(GPtrArray) rows = read_rows (csv);
  const WfResults *r = g_ptr_array_index (f->results, 1);
  const WfDataset *dataset = f->document->dataset;
  const char * const *columns = wf_tidy_get_columns ();
  /* Per scenario: every sector and the total, every sex and the total,
   * every output and the two comparisons; the labour market per year and
   * sex; the skills; thirteen headline figures. */
  guint per_scenario = r->n_years * ((r->n_sectors + 1) * (WF_N_SEXES + 1) * (WF_N_OUTPUTS + 2) +
                                     (WF_N_SEXES + 1) * WF_N_LABOUR_OUTPUTS +
                                     r->n_skills * (WF_N_SEXES + 1) * WF_N_SKILL_OUTPUTS) + 13;
  GPtrArray *header = g_ptr_array_index (rows, 0);
  guint found = 0, headline = 0, skills = 0;
  guint year_index = 2030 - r->base_year;

  g_assert_true (g_str_has_prefix (csv->str, "# format: " WF_TIDY_FORMAT " 1\n"));
  g_assert_nonnull (strstr (csv->str, "\n# dataset: world-2023\n"));
  g_assert_cmpuint (header->len, ==, g_strv_length ((char **) columns));
  for (guint c = 0; c < header->len; c++)
    g_assert_cmpstr (g_ptr_array_index (header, c), ==, columns[c]);
  g_assert_cmpuint (rows->len - 1, ==, 2 * per_scenario);

  for (guint i = 1; i < rows->len; i++)
    {
      GPtrArray *row = g_ptr_array_index (rows, i);
      double value;

      g_assert_cmpuint (row->len, ==, header->len);
      g_assert_cmpstr (FIELD (row, "area"), ==, dataset->area);
      g_assert_cmpstr (FIELD (row, "dataset"), ==, dataset->id);
      g_assert_true (g_str_equal (FIELD (row, "sex"), "women") || g_str_equal (FIELD (row, "sex"), "men") ||
                     g_str_equal (FIELD (row, "sex"), "unknown") || g_str_equal (FIELD (row, "sex"), "total"));
      g_assert_cmpstr (FIELD (row, "statistic"), ==, "value");
      g_assert_true (g_str_equal (FIELD (row, "unit_multiplier"), "1000") ||
                     g_str_equal (FIELD (row, "unit_multiplier"), "1"));
      if (g_str_equal (FIELD (row, "table"), "headline"))
        headline++;
      if (g_str_equal (FIELD (row, "table"), "skills"))
        skills++;
      if (!g_str_equal (FIELD (row, "scenario_id"), ((WfScenario *) g_ptr_array_index (f->document->scenarios, 1))->id))
        continue;
      g_assert_true (wf_io_parse_double (FIELD (row, "value"), &value));

      /* Numbers read back exactly. */
      if (g_str_equal (FIELD (row, "table"), "sectors") && g_str_equal (FIELD (row, "year"), "2030") &&
          g_str_equal (FIELD (row, "indicator"), "employment"))
        {
          int sector = g_str_equal (FIELD (row, "sector_id"), "total") ? -1
                       : wf_dataset_find_sector (dataset, FIELD (row, "sector_id"));
          const char *sex = FIELD (row, "sex");
          int g = g_str_equal (sex, "women") ? WF_SEX_WOMEN : g_str_equal (sex, "men") ? WF_SEX_MEN
                  : g_str_equal (sex, "unknown") ? WF_SEX_UNKNOWN : WF_SEX_ALL;

          g_assert_cmpfloat (value, ==, wf_results_get (r, WF_RUN_SCENARIO, WF_OUTPUT_EMPLOYMENT,
                                                         year_index, sector, g));
          g_assert_cmpstr (FIELD (row, "unit"), ==, "persons");
          g_assert_cmpstr (FIELD (row, "unit_multiplier"), ==, "1000");
          found++;
        }
      if (g_str_equal (FIELD (row, "table"), "headline") &&
          g_str_equal (FIELD (row, "indicator"), "net-jobs-vs-baseline"))
        {
          WfHeadline h;

          wf_results_headline (r, &h);
          g_assert_cmpfloat (value, ==, h.net_jobs_vs_baseline);
        }
    }
  g_assert_cmpuint (found, ==, (r->n_sectors + 1) * (WF_N_SEXES + 1));
  g_assert_cmpuint (headline, ==, 2 * 13);
  g_assert_cmpuint (skills, >, 0);
}

/* A scenario name that a spreadsheet would run as a formula is written with
 * a leading apostrophe; numbers, negative ones too, stay numbers. */
static void
test_csv_neutralised (Fixture       *f,
                      gconstpointer  data)
{
  WfScenario *s = g_ptr_array_index (f->document->scenarios, 1);
  const char * const dangerous[] = { "=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "\tx", "\rx" };

  for (guint d = 0; d < G_N_ELEMENTS (dangerous); d++)
    {
      g_autoptr(GString) csv = NULL;
      g_autoptr(GPtrArray) rows = NULL;
      g_autofree char *guarded = g_strconcat ("'", dangerous[d], NULL);
      gboolean negative = FALSE;

      /* One sector's rows are enough, and quick under the sanitizers. */
      const WfResultsExportFilter filter = { 0, WF_RESULTS_EXPORT_ALL_SEXES };
      g_autoptr(WfTidyWriter) writer = NULL;

      wf_scenario_set_name (s, dangerous[d]);
      csv = g_string_new (NULL);
      writer = wf_tidy_writer_new (WF_EXPORT_FORMAT_CSV, WF_TIDY_NONE, NULL, wf_tidy_string_sink, csv);
      g_assert_true (wf_results_export_filtered (writer, f->document->dataset, SCENARIOS (f) + 1,
                                                 RESULTS (f) + 1, 1, &filter, NULL));
      g_assert_true (wf_tidy_writer_finish (writer, NULL));
      rows = read_rows (csv);
      for (guint i = 1; i < rows->len; i++)
        {
          GPtrArray *row = g_ptr_array_index (rows, i);

          g_assert_cmpstr (FIELD (row, "scenario_name"), ==, guarded);
          negative |= FIELD (row, "value")[0] == '-';
        }
      g_assert_true (negative);
    }

  g_assert_false (wf_tidy_needs_neutralising ("Current trends"));
  g_assert_false (wf_tidy_needs_neutralising (""));
  g_assert_false (wf_tidy_needs_neutralising (NULL));
}

/* Fewer significant digits than wf_io_format_double gives never read back. */
static void
test_shortest_numbers (void)
{
  const double values[] = { 0.1, 1.0 / 3.0, 0.1 + 0.2, 3421615.0, 1e-300, 2.5e300, -7.25,
                            123456789.123456789, 5e-324, 0.07975841065385875, 1e15 + 0.5 };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      char buf[WF_IO_DOUBLE_BUF_SIZE];
      const char *text = wf_io_format_double (buf, values[i]);
      guint digits = 0;

      g_assert_cmpfloat (g_ascii_strtod (text, NULL), ==, values[i]);
      for (const char *p = text; *p != '\0' && *p != 'e'; p++)
        digits += g_ascii_isdigit (*p) ? 1 : 0;
      /* Leading zeros of 0.000x are not significant. */
      for (const char *p = text; *p == '-' || *p == '0' || *p == '.'; p++)
        digits -= *p == '0' ? 1 : 0;
      for (int precision = 1; precision < (int) digits; precision++)
        {
          char shorter[64];

          g_snprintf (shorter, sizeof shorter, "%.*g", precision, values[i]);
          g_assert_cmpfloat (g_ascii_strtod (shorter, NULL), !=, values[i]);
        }
    }
}

static void
test_csv_locale (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GString) in_c = wf_results_to_csv (f->document->dataset, SCENARIOS (f), RESULTS (f), 1);
  g_autoptr(GString) json_c = wf_results_to_json (f->document->dataset, SCENARIOS (f), RESULTS (f), 1);
  g_autoptr(GString) in_other = NULL;
  g_autoptr(GString) json_other = NULL;

  if (setlocale (LC_ALL, "fr_FR.UTF-8") == NULL)
    {
      g_test_skip ("fr_FR.UTF-8 is not installed (build-aux/dev generates it)");
      return;
    }
  in_other = wf_results_to_csv (f->document->dataset, SCENARIOS (f), RESULTS (f), 1);
  json_other = wf_results_to_json (f->document->dataset, SCENARIOS (f), RESULTS (f), 1);
  setlocale (LC_ALL, "C");
  g_assert_true (g_string_equal (in_c, in_other));
  g_assert_true (g_string_equal (json_c, json_other));
}

/* A small JSON checker (RFC 8259 grammar), enough to prove the export is
 * well-formed without a JSON library. */
static gboolean parse_value (const char **p);

static void
skip_ws (const char **p)
{
  while (**p == ' ' || **p == '\n' || **p == '\t' || **p == '\r')
    (*p)++;
}

static gboolean
parse_string (const char **p)
{
  if (**p != '"')
    return FALSE;
  (*p)++;
  while (**p != '"')
    {
      if ((guchar) **p < 0x20)
        return FALSE;
      if (**p == '\\')
        {
          (*p)++;
          if (**p == 'u')
            {
              for (int i = 1; i <= 4; i++)
                if (!g_ascii_isxdigit ((*p)[i]))
                  return FALSE;
              *p += 4;
            }
          else if (strchr ("\"\\/bfnrt", **p) == NULL || **p == '\0')
            return FALSE;
        }
      (*p)++;
    }
  (*p)++;
  return TRUE;
}

static gboolean
parse_number (const char **p)
{
  const char *start = *p;

  if (**p == '-')
    (*p)++;
  if (!g_ascii_isdigit (**p))
    return FALSE;
  while (g_ascii_isdigit (**p) || strchr (".eE+-", **p) != NULL)
    {
      if (**p == '\0')
        break;
      (*p)++;
    }
  return *p > start;
}

static gboolean
parse_container (const char **p,
                 char         close,
                 gboolean     object)
{
  (*p)++;
  skip_ws (p);
  if (**p == close)
    {
      (*p)++;
      return TRUE;
    }
  for (;;)
    {
      skip_ws (p);
      if (object)
        {
          if (!parse_string (p))
            return FALSE;
          skip_ws (p);
          if (**p != ':')
            return FALSE;
          (*p)++;
        }
      if (!parse_value (p))
        return FALSE;
      skip_ws (p);
      if (**p == ',')
        {
          (*p)++;
          continue;
        }
      if (**p != close)
        return FALSE;
      (*p)++;
      return TRUE;
    }
}

static gboolean
parse_value (const char **p)
{
  skip_ws (p);
  switch (**p)
    {
    case '{':
      return parse_container (p, '}', TRUE);
    case '[':
      return parse_container (p, ']', FALSE);
    case '"':
      return parse_string (p);
    case 't':
      return strncmp (*p, "true", 4) == 0 && (*p += 4);
    case 'f':
      return strncmp (*p, "false", 5) == 0 && (*p += 5);
    case 'n':
      return strncmp (*p, "null", 4) == 0 && (*p += 4);
    default:
      return parse_number (p);
    }
}

static gboolean
json_is_valid (const char *text)
{
  const char *p = text;

  if (!parse_value (&p))
    return FALSE;
  skip_ws (&p);
  return *p == '\0';
}

static void
test_json (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GString) json = wf_results_to_json (f->document->dataset, SCENARIOS (f), RESULTS (f), 2);
  g_autoptr(GString) csv = wf_results_to_csv (f->document->dataset, SCENARIOS (f), RESULTS (f), 2);
  g_autoptr(GPtrArray) rows = read_rows (csv);
  guint objects = 0;

  g_assert_true (json_is_valid (json->str));
  g_assert_true (g_str_has_prefix (json->str, "{\n  \"format\": \"" WF_TIDY_FORMAT "\",\n  \"version\": 1,"));
  /* One object per CSV row, with the same columns as keys. */
  for (const char *p = json->str; (p = strstr (p, "{\"table\": ")) != NULL; p++)
    objects++;
  g_assert_cmpuint (objects, ==, rows->len - 1);
  for (const char * const *c = wf_tidy_get_columns (); *c != NULL; c++)
    {
      g_autofree char *key = g_strdup_printf ("\"%s\": ", *c);

      g_assert_nonnull (strstr (json->str, key));
    }
}

/* A sink that fails after some bytes: the writer says so and stops. */
typedef struct
{
  gsize left;
  guint calls;
} FailingSink;

static gboolean
failing_sink (gpointer     target,
              const void  *data,
              gsize        size,
              GError     **error)
{
  FailingSink *sink = target;

  sink->calls++;
  if (size > sink->left)
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC, "full");
      return FALSE;
    }
  sink->left -= size;
  return TRUE;
}

/* The writer streams: the sink gets pieces, not the whole file at once. */
static gboolean
counting_sink (gpointer     target,
               const void  *data,
               gsize        size,
               GError     **error)
{
  gsize *largest = target;

  *largest = MAX (*largest, size);
  return TRUE;
}

static void
test_streaming (Fixture       *f,
                gconstpointer  data)
{
  FailingSink sink = { 200 * 1024, 0 };
  gsize largest = 0;
  g_autoptr(WfTidyWriter) failing = wf_tidy_writer_new (WF_EXPORT_FORMAT_CSV, WF_TIDY_NONE, NULL,
                                                        failing_sink, &sink);
  g_autoptr(WfTidyWriter) counting = wf_tidy_writer_new (WF_EXPORT_FORMAT_JSON, WF_TIDY_NONE, NULL,
                                                         counting_sink, &largest);
  g_autoptr(GString) whole = wf_results_to_json (f->document->dataset, SCENARIOS (f), RESULTS (f), 2);
  g_autoptr(GError) error = NULL;

  g_assert_false (wf_results_export (failing, f->document->dataset, SCENARIOS (f), RESULTS (f),
                                     f->results->len, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC);
  g_clear_error (&error);
  g_assert_false (wf_tidy_writer_finish (failing, &error));

  g_assert_true (wf_results_export (counting, f->document->dataset, SCENARIOS (f), RESULTS (f), 2,
                                    &error));
  g_assert_true (wf_tidy_writer_finish (counting, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (largest, <, 128 * 1024);
  g_assert_cmpuint (whole->len, >, 8 * largest);
}

/* The CSV for a spreadsheet starts with a byte order mark. */
static void
test_bom (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(WfTidyWriter) writer = wf_tidy_writer_new (WF_EXPORT_FORMAT_CSV, WF_TIDY_CSV_BOM, NULL,
                                                       wf_tidy_string_sink, out);
  WfTidyRow row = { .table = "sectors", .sector_label = "Éducation", .value = 1.5 };

  g_assert_true (wf_tidy_writer_add (writer, &row, NULL));
  g_assert_true (wf_tidy_writer_finish (writer, NULL));
  g_assert_true (g_str_has_prefix (out->str, "\xEF\xBB\xBF# format: "));
  g_assert_nonnull (strstr (out->str, "\nsectors,,,,,,,Éducation,,,,,,,,1.5,,0,\n"));
}

/* A row writer hands over the very rows the CSV writer formats. */
typedef struct
{
  GPtrArray *keys;   /* (element-type utf8): "scenario|year|sector|sex|indicator|statistic|value" */
  guint      stop_after;
} RowCollector;

static gboolean
collect_row_cb (gpointer         user_data,
                const WfTidyRow *row,
                GError         **error)
{
  RowCollector *c = user_data;
  g_autoptr(GString) key = g_string_new (NULL);

  if (c->keys->len == c->stop_after)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "enough");
      return FALSE;
    }
  g_string_append_printf (key, "%s|", row->scenario_id);
  if (row->year != 0)
    g_string_append_printf (key, "%d", row->year);
  g_string_append_printf (key, "|%s|%s|%s|%s|", row->sector_id, row->sex, row->indicator,
                          row->statistic);
  if (isfinite (row->value))
    wf_io_append_double (key, row->value);
  g_ptr_array_add (c->keys, g_string_free (g_steal_pointer (&key), FALSE));
  return TRUE;
}

static void
test_row_writer (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autoptr(WfTidyWriter) csv_writer = wf_tidy_writer_new (WF_EXPORT_FORMAT_CSV, WF_TIDY_NONE, NULL,
                                                           wf_tidy_string_sink, csv);
  RowCollector c = { g_ptr_array_new_with_free_func (g_free), G_MAXUINT };
  g_autoptr(WfTidyWriter) row_writer = wf_tidy_writer_new_rows (NULL, collect_row_cb, &c);
  g_autoptr(WfTidyWriter) stopping = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (wf_results_export (csv_writer, f->document->dataset, SCENARIOS (f), RESULTS (f), 2, &error));
  g_assert_true (wf_tidy_writer_finish (csv_writer, &error));
  g_assert_true (wf_results_export (row_writer, f->document->dataset, SCENARIOS (f), RESULTS (f), 2, &error));
  g_assert_true (wf_tidy_writer_finish (row_writer, &error));
  g_assert_no_error (error);

  rows = read_rows (csv);
  g_assert_cmpuint (c.keys->len, >, 1000);
  g_assert_cmpuint (rows->len, ==, c.keys->len + 1);
  g_assert_cmpuint (wf_tidy_writer_get_n_rows (row_writer), ==, c.keys->len);
  for (guint r = 0; r < c.keys->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (rows, r + 1);
      g_autofree char *key = g_strdup_printf ("%s|%s|%s|%s|%s|%s|%s", FIELD (row, "scenario_id"),
                                              FIELD (row, "year"), FIELD (row, "sector_id"),
                                              FIELD (row, "sex"), FIELD (row, "indicator"),
                                              FIELD (row, "statistic"), FIELD (row, "value"));

      g_assert_cmpstr (g_ptr_array_index (c.keys, r), ==, key);
    }

  /* The function's error stops the export, as a sink's does. */
  g_ptr_array_set_size (c.keys, 0);
  c.stop_after = 10;
  stopping = wf_tidy_writer_new_rows (NULL, collect_row_cb, &c);
  g_assert_false (wf_results_export (stopping, f->document->dataset, SCENARIOS (f), RESULTS (f), 1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_false (wf_tidy_writer_finish (stopping, NULL));
  g_assert_cmpuint (c.keys->len, ==, 10);
  g_ptr_array_unref (c.keys);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/io/export/csv-layout", Fixture, NULL, fixture_set_up, test_csv_layout, fixture_tear_down);
  g_test_add ("/io/export/csv-neutralised", Fixture, NULL, fixture_set_up, test_csv_neutralised, fixture_tear_down);
  g_test_add_func ("/io/export/shortest-numbers", test_shortest_numbers);
  g_test_add ("/io/export/locale", Fixture, NULL, fixture_set_up, test_csv_locale, fixture_tear_down);
  g_test_add ("/io/export/json", Fixture, NULL, fixture_set_up, test_json, fixture_tear_down);
  g_test_add ("/io/export/streaming", Fixture, NULL, fixture_set_up, test_streaming, fixture_tear_down);
  g_test_add_func ("/io/export/bom", test_bom);
  g_test_add ("/io/export/row-writer", Fixture, NULL, fixture_set_up, test_row_writer, fixture_tear_down);

  return g_test_run ();
}
