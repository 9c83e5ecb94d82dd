/* test-cli-ensemble.c: workforce-foresight-cli ensemble, --tornado and
 * --attribution
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gio/gio.h>

#include "wf-cli-test.h"
#include "wf-core.h"
#include <glib/gstdio.h>



/* Runs the CLI, expects success and returns its standard output. */
static char *
run_ok (const char * const *args)
{
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = -1;

  status = wf_cli_test_run (NULL, args, &out, &err);
  if (status != 0)
    g_error ("exit status %d: %s", status, err);
  g_assert_cmpstr (err, ==, "");
  return out;
}

/* The data rows of a CSV export: "#" lines skipped, the header row first. */
static GStrv
csv_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GPtrArray *kept = g_ptr_array_new ();

  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0' && lines[i][0] != '#')
      g_ptr_array_add (kept, g_strdup (lines[i]));
  g_ptr_array_add (kept, NULL);
  return (GStrv) g_ptr_array_free (kept, FALSE);
}

/* The fields of a CSV line (RFC 4180 quotes, no line breaks in fields). */
static GStrv
csv_fields (const char *line)
{
  GPtrArray *fields = g_ptr_array_new ();
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = line; ; p++)
    {
      if (quoted && *p == '"' && p[1] == '"')
        g_string_append_c (field, *p++);
      else if (*p == '"')
        quoted = !quoted;
      else if ((*p == ',' && !quoted) || *p == '\0')
        {
          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
          if (*p == '\0')
            break;
        }
      else
        g_string_append_c (field, *p);
    }
  g_string_free (field, TRUE);
  g_ptr_array_add (fields, NULL);
  return (GStrv) g_ptr_array_free (fields, FALSE);
}

/* The column's index in the header. */
static guint
col (const char *header,
     const char *name)
{
  g_auto(GStrv) names = csv_fields (header);

  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      return i;
  g_error ("no column %s", name);
}

static double
parse_number (const char *text)
{
  char *end = NULL;
  double value = g_ascii_strtod (text, &end);

  g_assert_true (end != text && *end == '\0');
  return value;
}

#define HEADER "table,area,dataset,scenario_id,scenario_name,year,sector_id,sector_label,skill_id," \
               "skill_label,lever_id,lever_group,sex,indicator,statistic,value,unit,unit_multiplier,provenance"

/* One row per year, scope (table), sector, sex, indicator and percentile:
 * 8 years x 2 scopes x 4 sexes (total, women, men and the gap) x 26
 * indicators (every output of the model) x 5 percentiles, which grow. */
static void
test_csv (void)
{
  const char *args[] = { "ensemble", "--runs", "60", NULL };
  g_autofree char *out = run_ok (args);
  g_auto(GStrv) lines = csv_lines (out);
  guint differences = 0;
  guint c_year = col (HEADER, "year"), c_table = col (HEADER, "table"), c_sector = col (HEADER, "sector_id");
  guint c_sex = col (HEADER, "sex"), c_ind = col (HEADER, "indicator"), c_stat = col (HEADER, "statistic");
  guint c_value = col (HEADER, "value"), c_unit = col (HEADER, "unit");
  double previous = -INFINITY;

  g_assert_true (g_str_has_prefix (out, "# format: workforce-foresight-data 1\n"));
  g_assert_nonnull (strstr (out, "\n# runs: 60\n"));
  g_assert_cmpstr (lines[0], ==, HEADER);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 8 * 2 * 4 * 26 * 5);

  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = csv_fields (lines[i]);
      double v;

      g_assert_cmpuint (g_strv_length (fields), ==, 19);
      g_assert_cmpint (atoi (fields[c_year]), >=, 2023);
      g_assert_cmpint (atoi (fields[c_year]), <=, 2030);
      g_assert_true (g_str_equal (fields[c_table], "ensemble") ||
                     g_str_equal (fields[c_table], "ensemble-difference"));
      g_assert_cmpstr (fields[c_sector], ==, "total");
      g_assert_true (g_str_equal (fields[c_sex], "total") || g_str_equal (fields[c_sex], "women") ||
                     g_str_equal (fields[c_sex], "men") || g_str_equal (fields[c_sex], "gap"));
      v = parse_number (fields[c_value]);
      if (g_str_equal (fields[c_stat], "p5"))
        previous = -INFINITY;
      g_assert_cmpfloat (v, >=, previous);
      previous = v;
      if (g_str_equal (fields[c_ind], "productivity"))
        g_assert_cmpstr (fields[c_unit], ==, "index");
      if (g_str_equal (fields[c_table], "ensemble-difference") && g_str_equal (fields[c_ind], "employment") &&
          g_str_equal (fields[c_year], "2030") && g_str_equal (fields[c_stat], "p50"))
        differences++;
    }
  g_assert_cmpuint (differences, ==, 4);
}

/* Same seed: the same bytes on one thread and on two; another seed:
 * other numbers. */
static void
test_reproducible (void)
{
  const char *one[] = { "ensemble", "--runs", "80", "--seed", "7", "--threads", "1",
                        "--format", "json", NULL };
  const char *two[] = { "ensemble", "--runs", "80", "--seed", "7", "--threads", "2",
                        "--format", "json", NULL };
  const char *other[] = { "ensemble", "--runs", "80", "--seed", "8", "--threads", "2",
                          "--format", "json", NULL };
  g_autofree char *a = run_ok (one);
  g_autofree char *b = run_ok (two);
  g_autofree char *c = run_ok (other);
  const char *command;

  /* Only the command lines differ, in the metadata. */
  command = strstr (a, "\"command\": ");
  g_assert_nonnull (command);
  g_assert_cmpstr (strstr (a, "\"dataset\": "), ==, strstr (b, "\"dataset\": "));
  g_assert_cmpstr (strstr (a, "\"dataset\": "), !=, strstr (c, "\"dataset\": "));
  /* The seed is text, as 64 bits do not fit a JSON reader's double. */
  g_assert_nonnull (strstr (a, "\"seed\": \"7\""));
  g_assert_nonnull (strstr (a, "\"runs\": \"80\""));
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

static void
test_json_by_sector (void)
{
  const char *args[] = { "ensemble", "--runs", "30", "--by-sector", "--outputs",
                         "employment,digital-gap", "--format", "json", NULL };
  g_autofree char *out = run_ok (args);
  guint rows = 8 * 2 * 15 * 4 * 2 * 5;

  g_assert_true (g_str_has_prefix (out, "{\n"));
  g_assert_true (g_str_has_suffix (out, "]\n}\n"));
  /* 8 years x 2 scopes x 15 sectors (14 and the total) x 4 sexes x 2
   * indicators x 5 percentiles */
  g_assert_cmpuint (count (out, "{\"table\": "), ==, rows);
  g_assert_cmpuint (count (out, "\"indicator\": \"digital-gap\""), ==, rows / 2);
  g_assert_cmpuint (count (out, "\"indicator\": \"displaced\""), ==, 0);
  g_assert_cmpuint (count (out, "\"sex\": \"gap\""), ==, rows / 4);
  g_assert_cmpuint (count (out, "\"statistic\": \"p95\""), ==, rows / 5);
  g_assert_cmpuint (count (out, "\"value\": null"), ==, 0);
}

/* The lever's low and high, the metric at each and the swing, in the order
 * of the swing; the same rows as the tornado chart's data. */
static void
test_tornado (void)
{
  const char *args[] = { "ensemble", "--scenario", "exponential-limited", "--tornado",
                         "women-displaced", NULL };
  const char *chart[] = { "chart", "--chart", "tornado", "--scenario", "exponential-limited",
                          "--metric", "women-displaced", "--format", "csv", "-o", "-", NULL };
  g_autofree char *out = run_ok (args);
  g_autofree char *chart_out = run_ok (chart);
  g_auto(GStrv) lines = csv_lines (out);
  double previous = INFINITY;
  guint c_lever = col (HEADER, "lever_id"), c_group = col (HEADER, "lever_group");
  guint c_ind = col (HEADER, "indicator"), c_stat = col (HEADER, "statistic"), c_value = col (HEADER, "value");
  double low = 0, high = 0;
  guint swings = 0;

  g_assert_cmpstr (lines[0], ==, HEADER);
  /* The central value, then five rows for each of 13 levers. */
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 1 + 13 * 5);
  g_assert_cmpstr (strstr (out, "\ntable,"), ==, strstr (chart_out, "\ntable,"));
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = csv_fields (lines[i]);
      WfLever lever = 0;
      gboolean known = FALSE;

      for (guint l = 0; l < WF_N_LEVERS && !known; l++)
        if (g_str_equal (wf_lever_get_id (l), fields[c_lever]))
          lever = l, known = TRUE;
      g_assert_true (known);
      /* The group's id as “list levers” prints it. */
      g_assert_cmpstr (fields[c_group], ==, wf_lever_get_info (lever)->group == WF_LEVER_GROUP_ASSUMPTION
                                            ? "assumption" : "policy");
      if (g_str_equal (fields[c_ind], "lever-value"))
        continue;
      g_assert_cmpstr (fields[c_ind], ==, "women-displaced");
      if (g_str_equal (fields[c_stat], "low"))
        low = parse_number (fields[c_value]);
      else if (g_str_equal (fields[c_stat], "high"))
        high = parse_number (fields[c_value]);
      else
        {
          double swing = parse_number (fields[c_value]);

          g_assert_cmpstr (fields[c_stat], ==, "swing");
          g_assert_cmpfloat (swing, <=, previous);
          g_assert_cmpfloat_with_epsilon (swing, fabs (high - low), 1e-9 * MAX (1.0, swing));
          previous = swing;
          swings++;
        }
    }
  g_assert_cmpuint (swings, ==, 13);
}

/* The waterfall: reference, the parts, scenario; the parts add up. */
static void
test_attribution (gconstpointer data)
{
  gboolean by_group = GPOINTER_TO_INT (data);
  const char *args[] = { "ensemble", "--scenario", "exponential-widespread", "--attribution",
                         "net-jobs", "--reference", "current-trends", by_group ? "--by-group" : NULL,
                         NULL };
  g_autofree char *out = run_ok (args);
  g_auto(GStrv) lines = csv_lines (out);
  guint n = g_strv_length (lines);
  guint c_stat = col (HEADER, "statistic"), c_value = col (HEADER, "value");
  guint c_lever = col (HEADER, "lever_id"), c_group = col (HEADER, "lever_group");
  double sum = 0.0, reference, scenario;
  g_auto(GStrv) first = csv_fields (lines[1]);
  g_auto(GStrv) last = csv_fields (lines[n - 1]);
  g_auto(GStrv) part = csv_fields (lines[2]);
  g_auto(GStrv) second = csv_fields (lines[3]);

  g_assert_cmpstr (lines[0], ==, HEADER);
  g_assert_cmpuint (n, ==, 1 + 1 + (by_group ? 2 : 13) + 1);
  g_assert_cmpstr (first[c_stat], ==, "reference");
  g_assert_cmpstr (last[c_stat], ==, "scenario");
  reference = parse_number (first[c_value]);
  scenario = parse_number (last[c_value]);
  for (guint i = 2; i < n - 1; i++)
    {
      g_auto(GStrv) fields = csv_fields (lines[i]);

      g_assert_cmpstr (fields[c_stat], ==, "contribution");
      sum += parse_number (fields[c_value]);
    }

  g_assert_cmpfloat (fabs (sum - (scenario - reference)), <=, 1e-9 * MAX (1.0, fabs (scenario)));
  if (by_group)
    {
      g_assert_cmpstr (part[c_group], ==, "assumption");
      g_assert_cmpstr (second[c_group], ==, "policy");
    }
  else
    g_assert_cmpstr (part[c_lever], ==, "adoption-ceiling");
}

/* A scenario file, and -o. */
static void
test_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wf-cli-ensemble-XXXXXX", &error);
  g_autofree char *file = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *written = NULL;
  g_autofree char *printed = NULL;

  g_assert_no_error (error);
  file = g_build_filename (dir, "test.foresight", NULL);
  csv = g_build_filename (dir, "out.csv", NULL);

  {
    const char *args[] = { "new", "-o", file, NULL };
    g_autofree char *out = run_ok (args);
  }
  {
    const char *args[] = { "ensemble", file, "--scenario", "Exponential AI, limited readiness",
                           "--runs", "40", "--outputs", "displaced", "-o", csv, NULL };
    g_autofree char *out = run_ok (args);

    g_assert_cmpstr (out, ==, "");
  }
  {
    const char *args[] = { "ensemble", "--scenario", "exponential-limited", "--runs", "40",
                           "--outputs", "displaced", NULL };

    printed = run_ok (args);
  }

  g_file_get_contents (csv, &written, NULL, &error);
  g_assert_no_error (error);
  /* The preset in the file and the bundled one are the same scenario, with
   * the same id: only the command lines differ. */
  g_assert_nonnull (strstr (written, "\n# command: "));
  g_assert_cmpstr (strstr (written, "\n# dataset: "), ==, strstr (printed, "\n# dataset: "));

  g_unlink (csv);
  g_unlink (file);
  g_rmdir (dir);
}

typedef struct
{
  const char *name;
  const char *args[8];
  int         exit_status;
  const char *in_stderr;
} ErrorCase;

static const ErrorCase error_cases[] = {
  { "runs-zero", { "ensemble", "--runs", "0", NULL }, 2, "runs" },
  { "runs-text", { "ensemble", "--runs", "many", NULL }, 2, "many" },
  { "seed-negative", { "ensemble", "--seed", "-1", NULL }, 2, "seed" },
  { "format", { "ensemble", "--format", "xml", NULL }, 2, "xml" },
  { "outputs", { "ensemble", "--outputs", "employment,jobs", NULL }, 2, "employment,jobs" },
  { "metric", { "ensemble", "--tornado", "happiness", NULL }, 2, "happiness" },
  { "both", { "ensemble", "--tornado", "net-jobs", "--attribution", "net-jobs", NULL }, 2, "--tornado" },
  { "reference-alone", { "ensemble", "--reference", "current-trends", NULL }, 2, "--reference" },
  { "threads", { "ensemble", "--threads", "-2", NULL }, 2, "threads" },
  { "scenario", { "ensemble", "--scenario", "nowhere", NULL }, 1, "nowhere" },
  { "reference", { "ensemble", "--attribution", "net-jobs", "--reference", "nowhere", NULL }, 1, "nowhere" },
  { "file", { "ensemble", "/nonexistent/x.foresight", NULL }, 1, "x.foresight" },
  { "two-files", { "ensemble", "a.foresight", "b.foresight", NULL }, 2, "b.foresight" },
};

static void
test_error (gconstpointer data)
{
  const ErrorCase *c = data;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = -1;

  status = wf_cli_test_run (NULL, c->args, &out, &err);
  g_test_message ("stderr: %s", err);
  g_assert_cmpint (status, ==, c->exit_status);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, c->in_stderr));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (argc < 2)
    {
      g_printerr ("usage: %s PATH-TO-workforce-foresight-cli\n", argv[0]);
      return 1;
    }
  wf_cli_test_init (argc, argv);

  g_test_add_func ("/cli/ensemble/csv", test_csv);
  g_test_add_func ("/cli/ensemble/reproducible", test_reproducible);
  g_test_add_func ("/cli/ensemble/json-by-sector", test_json_by_sector);
  g_test_add_func ("/cli/ensemble/tornado", test_tornado);
  g_test_add_data_func ("/cli/ensemble/attribution/levers", GINT_TO_POINTER (FALSE), test_attribution);
  g_test_add_data_func ("/cli/ensemble/attribution/groups", GINT_TO_POINTER (TRUE), test_attribution);
  g_test_add_func ("/cli/ensemble/file", test_file);
  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/ensemble/error/%s", error_cases[i].name);

      g_test_add_data_func (path, &error_cases[i], test_error);
    }

  return g_test_run ();
}
