/* test-export.c: CSV and JSON of projections
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "wf-core.h"
#include "wf-io.h"

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

static void
test_csv_tidy (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GString) csv = wf_results_to_csv (f->document->dataset, SCENARIOS (f), RESULTS (f), 2);
  g_autoptr(GBytes) bytes = g_bytes_new (csv->str, csv->len);
  g_autoptr(WfCsvReader) reader = wf_csv_reader_new (bytes, "export.csv");
  g_autoptr(GError) error = NULL;
  const WfResults *r = g_ptr_array_index (f->results, 1);
  const WfScenario *s = g_ptr_array_index (f->document->scenarios, 1);
  /* Per scenario, every output and the two comparisons per cell, then the
   * labour market per year and sex. */
  guint expected_rows = 2 * r->n_years * (r->n_sectors * WF_N_SEXES * (WF_N_OUTPUTS + 2) +
                                          WF_N_SEXES * WF_N_LABOUR_OUTPUTS);
  guint year_index = 2030 - r->base_year;
  guint rows = 0, found = 0, labour_rows = 0;
  gboolean seen_output[WF_N_OUTPUTS] = { FALSE, };
  gboolean seen_labour[WF_N_LABOUR_OUTPUTS] = { FALSE, };
  GPtrArray *fields;

  /* The second scenario's name has a comma: read the export back with the
   * CSV reader, as a spreadsheet would. */
  g_assert_nonnull (strchr (s->name, ','));
  g_assert_true (g_str_has_prefix (csv->str, WF_EXPORT_CSV_HEADER "\n"));
  g_assert_true (wf_csv_reader_next (reader, &fields, &error));

  while (wf_csv_reader_next (reader, &fields, &error))
    {
      const char *name = g_ptr_array_index (fields, 0);
      const char *indicator = g_ptr_array_index (fields, 4);
      double value;

      rows++;
      g_assert_cmpuint (fields->len, ==, 7);
      if (!g_str_equal (name, s->name) || !g_str_equal (g_ptr_array_index (fields, 1), "2030") ||
          (!g_str_equal (g_ptr_array_index (fields, 2), "ECO_ISIC4_K") &&
           !g_str_equal (g_ptr_array_index (fields, 2), WF_EXPORT_ALL_SECTORS)) ||
          (!g_str_equal (g_ptr_array_index (fields, 3), "women") &&
           !(g_str_equal (g_ptr_array_index (fields, 2), WF_EXPORT_ALL_SECTORS) &&
             g_str_equal (g_ptr_array_index (fields, 3), "men"))))
        continue;

      value = g_ascii_strtod (g_ptr_array_index (fields, 6), NULL);
      if (g_str_equal (g_ptr_array_index (fields, 2), WF_EXPORT_ALL_SECTORS))
        {
          WfLabourOutput output;
          WfSex sex = g_str_equal (g_ptr_array_index (fields, 3), "women") ? WF_SEX_WOMEN : WF_SEX_MEN;

          g_assert_true (wf_labour_output_from_id (indicator, &output));
          g_assert_cmpstr (g_ptr_array_index (fields, 5), ==,
                           output == WF_LABOUR_UNEMPLOYMENT_RATE ? "share" : "thousands");
          g_assert_cmpfloat (value, ==, wf_results_get_labour (r, WF_RUN_SCENARIO, output, year_index, sex));
          seen_labour[output] = TRUE;
          labour_rows++;
          continue;
        }
      {
        WfOutput output;

        if (wf_output_from_id (indicator, &output))
          {
            g_assert_cmpfloat (value, ==, wf_results_get (r, WF_RUN_SCENARIO, output, year_index, 8, WF_SEX_WOMEN));
            seen_output[output] = TRUE;
          }
      }
      if (g_str_equal (indicator, "productivity"))
        g_assert_cmpstr (g_ptr_array_index (fields, 5), ==, "index");
      if (g_str_equal (indicator, "employment"))
        {
          g_assert_cmpstr (g_ptr_array_index (fields, 5), ==, "thousands");
          /* The numbers read back exactly. */
          g_assert_cmpfloat (value, ==, wf_results_get (r, WF_RUN_SCENARIO, WF_OUTPUT_EMPLOYMENT,
                                                        year_index, 8, WF_SEX_WOMEN));
          found++;
        }
      else if (g_str_equal (indicator, WF_EXPORT_NET_CHANGE))
        {
          g_assert_cmpfloat (value, ==,
                             wf_results_get (r, WF_RUN_SCENARIO, WF_OUTPUT_EMPLOYMENT, year_index, 8, WF_SEX_WOMEN)
                             - wf_results_get (r, WF_RUN_BASELINE, WF_OUTPUT_EMPLOYMENT, year_index, 8, WF_SEX_WOMEN));
          found++;
        }
      else if (g_str_equal (indicator, "adoption"))
        {
          g_assert_cmpstr (g_ptr_array_index (fields, 5), ==, "share");
          found++;
        }
    }
  g_assert_no_error (error);
  g_assert_cmpuint (rows, ==, expected_rows);
  g_assert_cmpuint (found, ==, 3);
  /* Every output of the model and every labour-market figure, once. */
  for (guint i = 0; i < WF_N_OUTPUTS; i++)
    g_assert_true (seen_output[i]);
  for (guint i = 0; i < WF_N_LABOUR_OUTPUTS; i++)
    g_assert_true (seen_labour[i]);
  g_assert_cmpuint (labour_rows, ==, 2 * WF_N_LABOUR_OUTPUTS);
}

static void
test_csv_quoting (Fixture       *f,
                  gconstpointer  data)
{
  WfScenario *s = g_ptr_array_index (f->document->scenarios, 0);
  g_autoptr(GString) csv = NULL;

  wf_scenario_set_name (s, "Fast, \"bold\" future");
  csv = wf_results_to_csv (f->document->dataset, SCENARIOS (f), RESULTS (f), 1);
  g_assert_nonnull (strstr (csv->str, "\n\"Fast, \"\"bold\"\" future\",2023,ECO_ISIC4_A,women,employment,"));
}

static void
test_csv_locale (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GString) in_c = wf_results_to_csv (f->document->dataset, SCENARIOS (f), RESULTS (f), 1);
  g_autoptr(GString) in_other = NULL;
  const char * const candidates[] = { "fr_FR.UTF-8", "de_DE.UTF-8", "es_ES.UTF-8" };
  gboolean switched = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (candidates) && !switched; i++)
    switched = setlocale (LC_NUMERIC, candidates[i]) != NULL;
  if (!switched)
    {
      g_test_skip ("no locale with a decimal comma is installed");
      return;
    }
  in_other = wf_results_to_csv (f->document->dataset, SCENARIOS (f), RESULTS (f), 1);
  setlocale (LC_NUMERIC, "C");
  g_assert_true (g_string_equal (in_c, in_other));
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
  WfScenario *s = g_ptr_array_index (f->document->scenarios, 1);
  const WfResults *r = g_ptr_array_index (f->results, 0);
  g_autoptr(GString) json = NULL;

  wf_scenario_set_name (s, "Quote \" backslash \\ newline \n tab \t bell \a end");
  json = wf_results_to_json (f->document->dataset, SCENARIOS (f), RESULTS (f), f->results->len);
  g_assert_true (json_is_valid (json->str));
  g_assert_nonnull (strstr (json->str, "\"Quote \\\" backslash \\\\ newline \\n tab \\t bell \\u0007 end\""));
  g_assert_nonnull (strstr (json->str, "\"format\": \"workforce-foresight-results\""));

  /* The first series of the first scenario, exactly. */
  {
    const char *at = strstr (json->str, "\"employment\": [");
    const char *p;

    g_assert_nonnull (at);
    p = at + strlen ("\"employment\": [");
    for (guint y = 0; y < r->n_years; y++)
      {
        char *end = NULL;
        double v = g_ascii_strtod (p, &end);

        g_assert_cmpfloat (v, ==, wf_results_get (r, WF_RUN_SCENARIO, WF_OUTPUT_EMPLOYMENT, y, 0, WF_SEX_WOMEN));
        p = end + (y + 1 < r->n_years ? 2 : 0);
      }
    g_assert_cmpint (*p, ==, ']');
  }

  /* The labour market per sex, and the headline's new figures. */
  {
    const char *at = strstr (json->str, "\"labour\": {\n        \"women\": {\"labour-force\": [");
    char *end = NULL;

    g_assert_nonnull (at);
    at = strchr (at, '[') + 1;
    g_assert_cmpfloat (g_ascii_strtod (at, &end), ==,
                       wf_results_get_labour (r, WF_RUN_SCENARIO, WF_LABOUR_FORCE, 0, WF_SEX_WOMEN));
    g_assert_nonnull (strstr (json->str, "\"unemployment-rate\": \"share\""));
    g_assert_nonnull (strstr (json->str, "\"productivity\": \"index\""));
    g_assert_nonnull (strstr (json->str, "\"displaced_looking\": "));
    g_assert_nonnull (strstr (json->str, "\"skills_shortage\": "));
    /* A key once in the units. */
    at = strstr (json->str, "\"units\": {");
    end = strchr (at, '}');
    at = strstr (at, "\"left-labour-force\"");
    g_assert_true (at != NULL && at < end);
    at = strstr (at + 1, "\"left-labour-force\"");
    g_assert_true (at == NULL || at > end);
  }
}

static void
test_write_stream (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GString) csv = wf_results_to_csv (f->document->dataset, SCENARIOS (f), RESULTS (f), 2);
  g_autoptr(GError) error = NULL;

  g_assert_true (wf_results_write (stream, WF_EXPORT_FORMAT_CSV, f->document->dataset,
                                   SCENARIOS (f), RESULTS (f), 2, NULL, &error));
  g_assert_no_error (error);
  g_output_stream_close (stream, NULL, NULL);
  g_assert_cmpmem (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)),
                   g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)),
                   csv->str, csv->len);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/io/export/csv-tidy", Fixture, NULL, fixture_set_up, test_csv_tidy, fixture_tear_down);
  g_test_add ("/io/export/csv-quoting", Fixture, NULL, fixture_set_up, test_csv_quoting, fixture_tear_down);
  g_test_add ("/io/export/csv-locale", Fixture, NULL, fixture_set_up, test_csv_locale, fixture_tear_down);
  g_test_add ("/io/export/json", Fixture, NULL, fixture_set_up, test_json, fixture_tear_down);
  g_test_add ("/io/export/write-stream", Fixture, NULL, fixture_set_up, test_write_stream, fixture_tear_down);

  return g_test_run ();
}
