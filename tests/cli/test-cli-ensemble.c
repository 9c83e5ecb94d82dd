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

static GStrv
csv_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GPtrArray *kept = g_ptr_array_new ();

  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0')
      g_ptr_array_add (kept, g_strdup (lines[i]));
  g_ptr_array_add (kept, NULL);
  return (GStrv) g_ptr_array_free (kept, FALSE);
}

static double
parse_number (const char *text)
{
  char *end = NULL;
  double value = g_ascii_strtod (text, &end);

  g_assert_true (end != text && *end == '\0');
  return value;
}

/* Tidy rows: year, scope, sector, sex, indicator, unit, then the five
 * percentiles in order. 8 years x 2 scopes x 4 sexes (all, women, men and
 * the gap) x 26 indicators (every output of the model). */
static void
test_csv (void)
{
  const char *args[] = { "ensemble", "--runs", "60", NULL };
  g_autofree char *out = run_ok (args);
  g_auto(GStrv) lines = csv_lines (out);
  guint differences = 0;

  g_assert_cmpstr (lines[0], ==, "year,scope,sector,sex,indicator,unit,p5,p25,p50,p75,p95");
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 8 * 2 * 4 * 26);

  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], ",", -1);
      double previous = -INFINITY;

      g_assert_cmpuint (g_strv_length (fields), ==, 11);
      g_assert_cmpint (atoi (fields[0]), >=, 2023);
      g_assert_cmpint (atoi (fields[0]), <=, 2030);
      g_assert_true (g_str_equal (fields[1], "scenario") || g_str_equal (fields[1], "difference"));
      g_assert_cmpstr (fields[2], ==, "all");
      g_assert_true (g_str_equal (fields[3], "all") || g_str_equal (fields[3], "women") ||
                     g_str_equal (fields[3], "men") || g_str_equal (fields[3], "gap"));
      for (guint p = 6; p < 11; p++)
        {
          double v = parse_number (fields[p]);

          g_assert_cmpfloat (v, >=, previous);
          previous = v;
        }
      if (g_str_equal (fields[4], "productivity"))
        g_assert_cmpstr (fields[5], ==, "index");
      if (g_str_equal (fields[1], "difference") && g_str_equal (fields[4], "employment") &&
          g_str_equal (fields[0], "2030"))
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

  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (a, !=, c);
  g_assert_nonnull (strstr (a, "\"seed\": 7,"));
  g_assert_nonnull (strstr (a, "\"runs\": 80,"));
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

  g_assert_true (g_str_has_prefix (out, "{\n"));
  g_assert_true (g_str_has_suffix (out, "]\n}\n"));
  /* 8 years x 2 scopes x 15 sectors (14 and all) x 4 sexes x 2 indicators */
  g_assert_cmpuint (count (out, "{\"year\": "), ==, 8 * 2 * 15 * 4 * 2);
  g_assert_cmpuint (count (out, "\"indicator\": \"digital-gap\""), ==, 8 * 2 * 15 * 4);
  g_assert_cmpuint (count (out, "\"indicator\": \"displaced\""), ==, 0);
  g_assert_cmpuint (count (out, "\"sex\": \"gap\""), ==, 8 * 2 * 15 * 2);
  g_assert_cmpuint (count (out, "\"p95\": "), ==, 8 * 2 * 15 * 4 * 2);
  g_assert_cmpuint (count (out, "null"), ==, 0);
}

static void
test_tornado (void)
{
  const char *args[] = { "ensemble", "--scenario", "exponential-limited", "--tornado",
                         "women-displaced", NULL };
  g_autofree char *out = run_ok (args);
  g_auto(GStrv) lines = csv_lines (out);
  double previous = INFINITY;

  g_assert_cmpstr (lines[0], ==, "rank,lever,group,low_value,high_value,metric,central,"
                                 "low_metric,high_metric,swing");
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 13);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], ",", -1);
      double swing;

      g_assert_cmpuint (g_strv_length (fields), ==, 10);
      g_assert_cmpint (atoi (fields[0]), ==, (int) i);
      g_assert_cmpstr (fields[5], ==, "women-displaced");
      swing = parse_number (fields[9]);
      g_assert_cmpfloat (swing, <=, previous);
      g_assert_cmpfloat_with_epsilon (swing, fabs (parse_number (fields[8]) - parse_number (fields[7])),
                                      1e-9 * MAX (1.0, swing));
      previous = swing;
    }
}

/* The waterfall: reference, the parts, scenario; the parts add up. */
static void
test_attribution (gconstpointer data)
{
  gboolean by_group = GPOINTER_TO_INT (data);
  const char *args[] = { "ensemble", "--scenario", "exponential-widespread", "--attribution",
                         "net-jobs", "--reference", "baseline", by_group ? "--by-group" : NULL,
                         NULL };
  g_autofree char *out = run_ok (args);
  g_auto(GStrv) lines = csv_lines (out);
  guint n = g_strv_length (lines);
  double sum = 0.0, reference, scenario;

  g_assert_cmpstr (lines[0], ==, "metric,part,levers,value");
  g_assert_cmpuint (n, ==, 1 + 1 + (by_group ? 2 : 13) + 1);
  g_assert_true (g_str_has_prefix (lines[1], "net-jobs,reference,,"));
  g_assert_true (g_str_has_prefix (lines[n - 1], "net-jobs,scenario,,"));
  reference = parse_number (strrchr (lines[1], ',') + 1);
  scenario = parse_number (strrchr (lines[n - 1], ',') + 1);
  for (guint i = 2; i < n - 1; i++)
    sum += parse_number (strrchr (lines[i], ',') + 1);

  g_assert_cmpfloat (fabs (sum - (scenario - reference)), <=, 1e-9 * MAX (1.0, fabs (scenario)));
  if (by_group)
    {
      g_assert_true (g_str_has_prefix (lines[2], "net-jobs,assumptions,adoption-ceiling+"));
      g_assert_true (g_str_has_prefix (lines[3], "net-jobs,policies,reskilling+"));
    }
  else
    g_assert_true (g_str_has_prefix (lines[2], "net-jobs,adoption-ceiling,adoption-ceiling,"));
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
  /* The preset in the file and the bundled one are the same scenario. */
  g_assert_cmpstr (written, ==, printed);

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
  { "reference-alone", { "ensemble", "--reference", "baseline", NULL }, 2, "--reference" },
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
