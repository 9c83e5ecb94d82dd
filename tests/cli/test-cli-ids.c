/* test-cli-ids.c: the presets' ids on the command line
 *
 * Current trends is "current-trends"; the previous release's files call it
 * "baseline", and either id names it in either kind of file, in every
 * language, for project, chart, brief and predict; an old participant's
 * untouched Current trends is not merged twice.
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "wf-cli-test.h"

static char *tmp_dir;
static char *new_path;   /* written by this release's "new" */
static char *old_path;   /* the same with the previous release's id */

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

/* Runs the CLI under @lang (LC_ALL), returning its exit status. */
static int
run_in (const char         *lang,
        const char * const *args,
        char              **out,
        char              **err)
{
  g_autofree char *saved = g_strdup (g_getenv ("LC_ALL"));
  int status;

  g_setenv ("LC_ALL", lang, TRUE);
  status = wf_cli_test_run (tmp_dir, args, out, err);
  if (saved != NULL)
    g_setenv ("LC_ALL", saved, TRUE);
  else
    g_unsetenv ("LC_ALL");
  return status;
}

/* Whether the rows of a project CSV name the scenario @id, and no other. */
static gboolean
rows_have_only_id (const char *csv,
                   const char *id)
{
  g_autofree char *field = g_strdup_printf (",world-2023,%s,", id);
  g_auto(GStrv) lines = g_strsplit (csv, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (lines[i][0] == '#' || lines[i][0] == '\0' || g_str_has_prefix (lines[i], "table,"))
        continue;
      if (strstr (lines[i], field) == NULL)
        {
          g_test_message ("row without %s: %s", id, lines[i]);
          return FALSE;
        }
      n++;
    }
  return n > 0;
}

static gboolean
have_locale (const char *lang)
{
  gboolean ok = setlocale (LC_ALL, lang) != NULL;

  setlocale (LC_ALL, "C.UTF-8");
  return ok;
}

/* --scenario current-trends in English, French and Spanish: the same id
 * in every row, and list scenarios shows it untranslated. */
static void
test_current_trends_every_language (void)
{
  const char *langs[] = { "C.UTF-8", "fr_FR.UTF-8", "es_ES.UTF-8" };
  const char *project[] = { "project", "--scenario", "current-trends", "-o", "-", NULL };
  const char *list[] = { "list", "scenarios", NULL };
  g_autofree char *english = NULL;

  if (g_getenv ("WORKFORCE_FORESIGHT_LOCALEDIR") == NULL)
    {
      g_test_skip ("not run in the test environment (no WORKFORCE_FORESIGHT_LOCALEDIR)");
      return;
    }
  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      g_autofree char *out = NULL;
      g_autofree char *listed = NULL;
      g_autofree char *data = NULL;

      if (!have_locale (langs[l]))
        {
          g_test_skip_printf ("the %s locale is not generated (./build-aux/dev test does it)", langs[l]);
          return;
        }
      g_assert_cmpint (run_in (langs[l], project, &out, NULL), ==, 0);
      g_assert_true (rows_have_only_id (out, "current-trends"));
      g_assert_cmpint (run_in (langs[l], list, &listed, NULL), ==, 0);
      g_assert_true (g_str_has_prefix (strchr (listed, '\n'), "\n0\tcurrent-trends\t"));
      if (l == 0)
        english = g_strdup (listed);
      else
        /* Translated: the name is not the English one, the id is. */
        g_assert_cmpstr (listed, !=, english);
    }
}

/* A file of the previous release: either id finds its "baseline", whose
 * rows keep the id the file gives. */
static void
test_old_file (void)
{
  const char *by_new_id[] = { "project", old_path, "--scenario", "current-trends", "-o", "-", NULL };
  const char *by_old_id[] = { "project", old_path, "--scenario", "baseline", "-o", "-", NULL };
  const char *chart[] = { "chart", old_path, "--chart", "butterfly", "--scenario", "exponential-limited",
                          "--compare", "current-trends", "-o", "-", NULL };
  g_autofree char *out1 = NULL, *out2 = NULL, *svg = NULL;

  g_assert_cmpint (wf_cli_test_run (tmp_dir, by_new_id, &out1, NULL), ==, 0);
  g_assert_true (rows_have_only_id (out1, "baseline"));
  g_assert_cmpint (wf_cli_test_run (tmp_dir, by_old_id, &out2, NULL), ==, 0);
  /* The same rows (the "# command:" line above them differs). */
  g_assert_nonnull (strstr (out1, "\n# dataset:"));
  g_assert_true (g_str_equal (strstr (out1, "\n# dataset:"), strstr (out2, "\n# dataset:")));
  g_assert_cmpint (wf_cli_test_run (tmp_dir, chart, &svg, NULL), ==, 0);
  g_assert_nonnull (strstr (svg, "Exponential AI, limited readiness vs Current trends"));
}

/* This release's file: "baseline" still names its "current-trends", in
 * project and in brief. */
static void
test_new_file_old_id (void)
{
  const char *project[] = { "project", new_path, "--scenario", "baseline", "-o", "-", NULL };
  const char *brief[] = { "brief", new_path, "--scenario", "baseline", "--runs", "10",
                          "--format", "html", "-o", "-", NULL };
  g_autofree char *out = NULL, *html = NULL;

  g_assert_cmpint (wf_cli_test_run (tmp_dir, project, &out, NULL), ==, 0);
  g_assert_true (rows_have_only_id (out, "current-trends"));
  g_assert_cmpint (wf_cli_test_run (tmp_dir, brief, &html, NULL), ==, 0);
  g_assert_nonnull (strstr (html, "Current trends"));
}

/* predict --scenario current-trends on an old file records the prediction
 * in its "baseline", whose id is kept. */
static void
test_predict_old_file (void)
{
  g_autofree char *out_path = tmp_path ("predicted.foresight");
  const char *args[] = { "predict", old_path, "--scenario", "current-trends", "--metric", "net-jobs",
                         "--value", "-1250", "-o", out_path, NULL };
  g_autofree char *text = NULL;
  const char *scenario, *end;

  g_assert_cmpint (wf_cli_test_run (tmp_dir, args, NULL, NULL), ==, 0);
  text = read_text (out_path);
  g_assert_null (strstr (text, "id=\"current-trends\""));
  scenario = strstr (text, "<scenario id=\"baseline\"");
  g_assert_nonnull (scenario);
  end = strstr (scenario, "</scenario>");
  g_assert_nonnull (strstr (scenario, "<prediction metric=\"net-jobs\" value=\"-1250\"/>"));
  g_assert_true (strstr (scenario, "<prediction") < end);
  g_unlink (out_path);
}

/* An old participant's file whose Current trends is untouched adds only
 * its own scenario to a new file. */
static void
test_merge_old_participant (void)
{
  g_autofree char *participant = tmp_path ("participant.foresight");
  g_autofree char *merged = tmp_path ("merged.foresight");
  g_autofree char *old_text = read_text (old_path);
  g_autofree char *own = NULL;
  const char *start, *end;
  const char *merge[] = { "merge", new_path, participant, "-o", merged, NULL };
  const char *list[] = { "list", "scenarios", merged, NULL };
  g_autofree char *listed = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;

  /* The participant changed the second preset: a scenario of their own. */
  start = strstr (old_text, "<name>Incremental AI, limited readiness</name>");
  g_assert_nonnull (start);
  end = start + strlen ("<name>Incremental AI, limited readiness</name>");
  own = g_strdup_printf ("%.*s<name>Mine</name>%s", (int) (start - old_text), old_text, end);
  g_file_set_contents (participant, own, -1, &error);
  g_assert_no_error (error);

  g_assert_cmpint (wf_cli_test_run (tmp_dir, merge, NULL, NULL), ==, 0);
  g_assert_cmpint (wf_cli_test_run (tmp_dir, list, &listed, NULL), ==, 0);
  g_assert_nonnull (strstr (listed, "\tMine\t"));
  /* The header, five presets and Mine: Current trends is not there twice. */
  lines = g_strsplit (listed, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 5 + 1 + 1);
  g_assert_null (strstr (listed, "\tCurrent trends (2)\t"));
  g_unlink (participant);
  g_unlink (merged);
}

int
main (int   argc,
      char *argv[])
{
  const char *new_args[] = { "new", "-o", "new.foresight", NULL };
  g_autofree char *text = NULL;
  g_autofree char *old_text = NULL;
  g_autoptr(GError) error = NULL;
  const char *id;
  int status;

  g_test_init (&argc, &argv, NULL);
  wf_cli_test_init (argc, argv);
  tmp_dir = g_dir_make_tmp ("wf-cli-ids-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);

  /* The previous release wrote the same file with id="baseline". */
  new_path = tmp_path ("new.foresight");
  old_path = tmp_path ("old.foresight");
  g_assert_cmpint (wf_cli_test_run (tmp_dir, new_args, NULL, NULL), ==, 0);
  text = read_text (new_path);
  id = strstr (text, "<scenario id=\"current-trends\"");
  g_assert_nonnull (id);
  old_text = g_strdup_printf ("%.*s<scenario id=\"baseline\"%s", (int) (id - text), text,
                              id + strlen ("<scenario id=\"current-trends\""));
  g_file_set_contents (old_path, old_text, -1, &error);
  g_assert_no_error (error);

  g_test_add_func ("/cli/ids/current-trends-every-language", test_current_trends_every_language);
  g_test_add_func ("/cli/ids/old-file", test_old_file);
  g_test_add_func ("/cli/ids/new-file-old-id", test_new_file_old_id);
  g_test_add_func ("/cli/ids/predict-old-file", test_predict_old_file);
  g_test_add_func ("/cli/ids/merge-old-participant", test_merge_old_participant);

  status = g_test_run ();
  g_unlink (new_path);
  g_unlink (old_path);
  g_rmdir (tmp_dir);
  g_free (new_path);
  g_free (old_path);
  g_free (tmp_dir);
  return status;
}
