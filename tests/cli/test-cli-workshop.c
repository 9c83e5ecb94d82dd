/* test-cli-workshop.c: merge, workshop and predict
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A workshop as it happens: twenty participants each send a file with the
 * baseline and a scenario of their own (varied levers, a few predictions),
 * two of the files are bad (other data under the same title, a file cut
 * short), and the facilitator merges them through the command line and
 * reads the statistics.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include <gio/gio.h>

#include "wf-cli-test.h"

#define N_PARTICIPANTS 20
#define OTHER_DATA 7   /* participant 7's data differ by one number */
#define TRUNCATED 13   /* participant 13's file is cut short */

static char *tmp_dir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static char *
replace_once (const char *text,
              const char *old,
              const char *new)
{
  const char *at = strstr (text, old);

  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, new, at + strlen (old));
}

static char *
read_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* `new`, then only the baseline kept, and @extra (a scenario) after it. */
static char *
make_file_text (const char *author,
                const char *extra)
{
  g_autofree char *path = tmp_path ("new.foresight");
  g_autofree char *author_arg = g_strdup_printf ("--author=%s", author);
  const char *args[] = { "new", "-o", path, author_arg, NULL };
  g_autofree char *text = NULL;
  const char *start, *end, *close;

  g_assert_cmpint (wf_cli_test_run (tmp_dir, args, NULL, NULL), ==, 0);
  text = read_text (path);
  start = strstr (text, "    <scenario id=\"current-trends\"");
  end = strstr (start, "</scenario>\n") + strlen ("</scenario>\n");
  close = strstr (text, "  </scenarios>");
  g_assert_nonnull (start);
  g_assert_nonnull (close);

  return g_strdup_printf ("%.*s%s%s", (int) (end - text), text, extra ? extra : "", close);
}

static char *
baseline_block (void)
{
  g_autofree char *text = make_file_text ("x", NULL);
  const char *start = strstr (text, "    <scenario id=\"current-trends\"");
  const char *end = strstr (start, "</scenario>\n") + strlen ("</scenario>\n");

  return g_strndup (start, end - start);
}

/* Participant i's adoption ceiling: 5 i %; reskilling: 10 + i %. */
static void
write_participant (guint       i,
                   const char *block)
{
  g_autofree char *basename = g_strdup_printf ("participant-%02u.foresight", i);
  g_autofree char *path = tmp_path (basename);
  g_autofree char *author = g_strdup_printf ("Participant %u", i);
  g_autofree char *name = g_strdup_printf ("<name>Future of participant %u</name>", i);
  g_autofree char *ceiling = g_strdup_printf ("<lever id=\"adoption-ceiling\" value=\"%u\" low=\"0\" high=\"100\"/>", 5 * i);
  g_autofree char *reskilling = g_strdup_printf ("<lever id=\"reskilling\" value=\"%u\" low=\"0\" high=\"100\"/>", 10 + i);
  g_autofree char *a = replace_once (block, "<scenario id=\"current-trends\"", "<scenario id=\"scenario\"");
  g_autofree char *b = replace_once (a, "<name>Current trends</name>", name);
  g_autofree char *c = replace_once (b, "<lever id=\"adoption-ceiling\" value=\"60\" low=\"40\" high=\"80\"/>", ceiling);
  g_autofree char *d = replace_once (c, "<lever id=\"reskilling\" value=\"20\" low=\"15\" high=\"25\"/>", reskilling);
  g_autofree char *text = make_file_text (author, d);

  if (i == OTHER_DATA)
    {
      char *edited = replace_once (text, "labour-force-growth=\"0.008456328885683376\"",
                                   "labour-force-growth=\"0.009\"");

      g_free (text);
      text = edited;
    }
  if (i == TRUNCATED)
    text[strlen (text) / 2] = '\0';
  g_assert_true (g_file_set_contents (path, text, -1, NULL));

  /* The first five record a prediction of net jobs, through the CLI. */
  if (i <= 5)
    {
      g_autofree char *value = g_strdup_printf ("-%u", 1000 * i);
      const char *args[] = { "predict", path, "--scenario", "scenario", "--metric", "net-jobs",
                             "--value", value, "-o", path, NULL };

      g_assert_cmpint (wf_cli_test_run (tmp_dir, args, NULL, NULL), ==, 0);
    }
}

static char *
find_line (const char *text,
           const char *prefix)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_strdup (lines[i]);
  return NULL;
}

static void
test_twenty_participants (void)
{
  g_autofree char *block = baseline_block ();
  g_autofree char *facilitator = tmp_path ("facilitator.foresight");
  g_autofree char *facilitator_text = make_file_text ("Facilitator", NULL);
  g_autofree char *output = tmp_path ("workshop.foresight");
  g_autofree char *out = NULL, *err = NULL, *list = NULL, *csv = NULL, *json = NULL;
  g_autofree char *ceiling = NULL, *reskilling = NULL, *net = NULL, *speed = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  const char *list_args[] = { "list", "scenarios", output, NULL };
  const char *csv_args[] = { "workshop", output, "--format", "csv", NULL };
  g_autofree char *json_path = tmp_path ("workshop.json");
  const char *json_args[] = { "workshop", output, "--format", "json", "-o", json_path, NULL };

  g_assert_true (g_file_set_contents (facilitator, facilitator_text, -1, NULL));
  for (guint i = 1; i <= N_PARTICIPANTS; i++)
    write_participant (i, block);

  g_ptr_array_add (args, g_strdup ("merge"));
  g_ptr_array_add (args, g_strdup (facilitator));
  for (guint i = 1; i <= N_PARTICIPANTS; i++)
    g_ptr_array_add (args, g_strdup_printf ("participant-%02u.foresight", i));
  g_ptr_array_add (args, g_strdup ("-o"));
  g_ptr_array_add (args, g_strdup (output));
  g_ptr_array_add (args, NULL);

  /* Two files refused: exit status 1, each named with why; the other
   * eighteen are merged and written. */
  g_assert_cmpint (wf_cli_test_run (tmp_dir, (const char * const *) args->pdata, &out, &err), ==, 1);
  g_test_message ("%s", err);
  /* (Standard error is in the test's locale: only ASCII is compared.) */
  g_assert_nonnull (strstr (err, "participant-07.foresight: the file"));
  g_assert_nonnull (strstr (err, "World, 2023 (calibrated illustration)"));
  g_assert_nonnull (strstr (err, "(the numbers differ)"));
  g_assert_nonnull (strstr (err, "participant-13.foresight:146:"));
  g_assert_nonnull (strstr (err, "it was probably cut short"));
  g_assert_nonnull (strstr (err, "18 scenarios added from 18 of 20 files (2 refused)"));
  g_assert_true (g_file_test (output, G_FILE_TEST_EXISTS));

  g_assert_cmpint (wf_cli_test_run (tmp_dir, list_args, &list, NULL), ==, 0);
  g_assert_nonnull (strstr (list, "0\tcurrent-trends\tCurrent trends\t2030\t20300101\n"));
  g_assert_nonnull (strstr (list, "1\tscenario\tFuture of participant 1\t2030\t20300101\n"));
  g_assert_nonnull (strstr (list, "18\tscenario-18\tFuture of participant 20\t2030\t20300101\n"));
  g_assert_null (strstr (list, "participant 7\t"));

  /* Ceilings 5 … 100 in steps of 5 without 35 and 65: type-7 quartiles
   * 26.25, 52.5, 78.75; 60 is the default, so 17 moved it. */
  g_assert_cmpint (wf_cli_test_run (tmp_dir, csv_args, &csv, NULL), ==, 0);
  g_assert_true (g_str_has_prefix (csv, "kind,id,n,min,q1,median,q3,max,mean,moved,predictions,"));
  ceiling = find_line (csv, "lever,adoption-ceiling,");
  g_assert_cmpstr (ceiling, ==, "lever,adoption-ceiling,18,5,26.25,52.5,78.75,100,52.77777777777778,17,,,,,,,");
  /* Reskilling 11 … 30 without 17 and 23 (mean 370 / 18); 20 is the default. */
  reskilling = find_line (csv, "lever,reskilling,");
  g_assert_cmpstr (reskilling, ==, "lever,reskilling,18,11,15.25,20.5,25.75,30,20.555555555555557,17,,,,,,,");
  speed = find_line (csv, "lever,adoption-speed,");
  g_assert_cmpstr (speed, ==, "lever,adoption-speed,18,0.5,0.5,0.5,0.5,0.5,0.5,0,,,,,,,");
  /* Predictions -1000 … -5000 by the first five. */
  net = find_line (csv, "metric,net-jobs,18,");
  g_assert_nonnull (net);
  g_assert_true (g_str_has_suffix (net, ",5,-5000,-4000,-3000,-2000,-1000,-3000"));

  g_assert_cmpint (wf_cli_test_run (tmp_dir, json_args, NULL, NULL), ==, 0);
  json = read_text (json_path);
  g_assert_nonnull (strstr (json, "\"format\": \"workforce-foresight-workshop\""));
  g_assert_nonnull (strstr (json, "{\"id\": \"scenario\", \"name\": \"Future of participant 1\", \"horizon\": 2030, "
                                  "\"file\": \"participant-01.foresight\", \"author\": \"Participant 1\"}"));
  g_assert_nonnull (strstr (json, "{\"id\": \"adoption-ceiling\", \"n\": 18, \"min\": 5, \"q1\": 26.25, "
                                  "\"median\": 52.5, \"q3\": 78.75, \"max\": 100, \"mean\": 52.77777777777778, "
                                  "\"moved\": 17, \"default\": 60, \"values\": [5, 10, 15, 20, 25, 30, 40,"));
  g_assert_nonnull (strstr (json, "\"predictions\": {\"n\": 5, \"min\": -5000, \"q1\": -4000, \"median\": -3000, "
                                  "\"q3\": -2000, \"max\": -1000, \"mean\": -3000, \"values\": [-1000, -2000, -3000, "
                                  "-4000, -5000, null,"));
}

/* Every file good: exit status 0; nothing to add leaves the file as the
 * first file was. */
static void
test_merge_status (void)
{
  g_autofree char *a = tmp_path ("same-a.foresight");
  g_autofree char *b = tmp_path ("same-b.foresight");
  g_autofree char *merged = tmp_path ("same-merged.foresight");
  const char *new_a[] = { "new", "-o", a, NULL };
  const char *new_b[] = { "new", "-o", b, "--author", "B", NULL };
  const char *merge[] = { "merge", a, b, "-o", merged, NULL };
  const char *one[] = { "merge", a, "-o", merged, NULL };
  const char *no_output[] = { "merge", a, b, NULL };
  const char *broken_first[] = { "merge", "nowhere.foresight", b, "-o", merged, NULL };
  g_autofree char *err = NULL, *err2 = NULL, *text_a = NULL, *text_merged = NULL;

  g_assert_cmpint (wf_cli_test_run (tmp_dir, new_a, NULL, NULL), ==, 0);
  g_assert_cmpint (wf_cli_test_run (tmp_dir, new_b, NULL, NULL), ==, 0);
  g_assert_cmpint (wf_cli_test_run (tmp_dir, merge, NULL, &err), ==, 0);
  g_assert_nonnull (strstr (err, "0 scenarios added from 1 of 1 files (0 refused)"));
  text_a = read_text (a);
  text_merged = read_text (merged);
  g_assert_cmpstr (text_a, ==, text_merged);

  g_assert_cmpint (wf_cli_test_run (tmp_dir, one, NULL, NULL), ==, 2);
  g_assert_cmpint (wf_cli_test_run (tmp_dir, no_output, NULL, NULL), ==, 2);
  g_unlink (merged);
  g_assert_cmpint (wf_cli_test_run (tmp_dir, broken_first, NULL, &err2), ==, 1);
  g_assert_nonnull (strstr (err2, "nowhere.foresight"));
  g_assert_false (g_file_test (merged, G_FILE_TEST_EXISTS));
}

static void
test_predict_refusals (void)
{
  g_autofree char *a = tmp_path ("predict.foresight");
  g_autofree char *out = tmp_path ("predict-out.foresight");
  const char *new_a[] = { "new", "-o", a, NULL };
  const char *no_scenario[] = { "predict", a, "--scenario", "nobody", "--metric", "net-jobs",
                                "--value", "1", "-o", out, NULL };
  const char *bad_metric[] = { "predict", a, "--scenario", "current-trends", "--metric", "happiness",
                               "--value", "1", "-o", out, NULL };
  const char *bad_value[] = { "predict", a, "--scenario", "current-trends", "--metric", "net-jobs",
                              "--value", "1,5", "-o", out, NULL };
  const char *bad_format[] = { "workshop", a, "--format", "xml", NULL };
  g_autofree char *err1 = NULL, *err2 = NULL, *err3 = NULL;

  g_assert_cmpint (wf_cli_test_run (tmp_dir, new_a, NULL, NULL), ==, 0);
  g_assert_cmpint (wf_cli_test_run (tmp_dir, no_scenario, NULL, &err1), ==, 1);
  g_assert_nonnull (strstr (err1, "nobody"));
  g_assert_cmpint (wf_cli_test_run (tmp_dir, bad_metric, NULL, &err2), ==, 2);
  g_assert_nonnull (strstr (err2, "net-jobs, women-net-jobs"));
  g_assert_cmpint (wf_cli_test_run (tmp_dir, bad_value, NULL, &err3), ==, 2);
  g_assert_nonnull (strstr (err3, "1,5"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_assert_cmpint (wf_cli_test_run (tmp_dir, bad_format, NULL, NULL), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  wf_cli_test_init (argc, argv);
  tmp_dir = g_dir_make_tmp ("wf-cli-workshop-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);

  g_test_add_func ("/cli/workshop/twenty-participants", test_twenty_participants);
  g_test_add_func ("/cli/workshop/merge-status", test_merge_status);
  g_test_add_func ("/cli/workshop/predict-refusals", test_predict_refusals);

  status = g_test_run ();

  {
    g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

        g_unlink (path);
      }
    g_rmdir (tmp_dir);
    g_free (tmp_dir);
  }

  return status;
}
