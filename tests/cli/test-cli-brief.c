/* test-cli-brief.c: workforce-foresight-cli brief, read back with poppler's
 * pdftotext, pdfinfo and pdffonts
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "wf-cli-test.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("wf-brief-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

/* Runs a poppler tool on @path and returns what it printed. */
static char *
poppler (const char *tool,
         const char *path)
{
  const char *argv[] = { tool, path, g_str_equal (tool, "pdftotext") ? "-" : NULL, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static gboolean
have_poppler (void)
{
  g_autofree char *text = g_find_program_in_path ("pdftotext");
  g_autofree char *info = g_find_program_in_path ("pdfinfo");
  g_autofree char *fonts = g_find_program_in_path ("pdffonts");

  if (text == NULL || info == NULL || fonts == NULL)
    {
      g_test_skip ("poppler-utils (pdftotext, pdfinfo, pdffonts) is not installed");
      return FALSE;
    }
  return TRUE;
}

/* The value of a "Key:   value" line of pdfinfo. */
static char *
info_field (const char *info,
            const char *key)
{
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], key) && lines[i][strlen (key)] == ':')
      return g_strstrip (g_strdup (lines[i] + strlen (key) + 1));
  return NULL;
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    {
      g_test_message ("“%s” is not in the text", needle);
      g_test_fail ();
    }
}

static void
assert_fonts_embedded (const char *path)
{
  g_autofree char *fonts = poppler ("pdffonts", path);
  g_auto(GStrv) lines = g_strsplit (fonts, "\n", -1);
  guint n_fonts = 0;

  /* Two header lines, then one line per font: name, type, encoding, emb, ... */
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) split = NULL;
      const char *fields[32];
      guint n = 0;

      if (*lines[i] == '\0')
        continue;
      split = g_strsplit_set (lines[i], " ", -1);
      for (guint j = 0; split[j] != NULL && n < G_N_ELEMENTS (fields); j++)
        if (*split[j] != '\0')
          fields[n++] = split[j];
      /* Counted from the end: the type ("Type 1C", "CID Type 0C") has spaces. */
      g_assert_cmpuint (n, >=, 7);
      g_assert_cmpstr (fields[n - 5], ==, "yes");
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >, 0);
}

/* Every page says which it is, of how many: as many as pdfinfo counts. */
static guint
assert_page_numbers (const char *path,
                     const char *info,
                     const char *page_word,
                     const char *of_word)
{
  g_autofree char *pages_text = info_field (info, "Pages");
  guint64 n_pages = 0;

  g_assert_nonnull (pages_text);
  g_assert_true (g_ascii_string_to_unsigned (pages_text, 10, 1, 1000, &n_pages, NULL));
  /* A title page, the indicators and levers, three pages of charts, the sources. */
  g_assert_cmpuint (n_pages, >=, 6);
  g_assert_cmpuint (n_pages, <=, 14);
  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *number = g_strdup_printf ("%u", page);
      const char *argv[] = { "pdftotext", "-f", number, "-l", number, path, "-", NULL };
      g_autofree char *text = NULL;
      g_autofree char *footer = NULL;

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                    NULL, NULL, &text, NULL, NULL, NULL);
      g_assert_nonnull (text);
      footer = g_strdup_printf ("%s %u %s %u", page_word, page, of_word, (guint) n_pages);
      assert_contains (text, footer);
    }
  return (guint) n_pages;
}

static void
run_brief (Fixture    *f,
           const char *path)
{
  const char *args[] = { "brief", "--scenario", "exponential-widespread", "--compare", "incremental-limited",
                         "--runs", "200", "-o", path, NULL };
  g_autofree char *err = NULL;

  g_assert_cmpint (wf_cli_test_run (f->dir, args, NULL, &err), ==, 0);
  /* No message of the command's own (a sanitizer may report its
   * suppressions there). */
  g_assert_null (strstr (err, "workforce-foresight-cli"));
  g_assert_null (strstr (err, "warning"));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

/* "+11.3 million" in English, "+11,3 millions" in French: the first
 * headline number after its title, and the number itself. */
static double
headline_net_jobs (const char *text,
                   const char *title,
                   char        decimal,
                   const char *unit)
{
  g_auto(GStrv) words = g_strsplit (title, " ", -1);
  GString *pattern = g_string_new (NULL);
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *sign = NULL, *whole = NULL, *tenth = NULL;
  double value;

  /* The title may wrap in its table cell: any white space between its
   * words. Right under it, only blank lines before the number. */
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *escaped = g_regex_escape_string (words[i], -1);

      g_string_append_printf (pattern, "%s%s", i > 0 ? "\\s+" : "", escaped);
    }
  g_string_append_printf (pattern, "\\s*\n\\s*([+−])([0-9]+)\\%c([0-9]) %s\n", decimal, unit);
  regex = g_regex_new (pattern->str, G_REGEX_MULTILINE, 0, NULL);
  g_assert_nonnull (regex);
  if (!g_regex_match (regex, text, 0, &match))
    {
      g_test_message ("no number like %s", pattern->str);
      g_string_free (pattern, TRUE);
      g_test_fail ();
      return 0.0;
    }
  g_string_free (pattern, TRUE);
  sign = g_match_info_fetch (match, 1);
  whole = g_match_info_fetch (match, 2);
  tenth = g_match_info_fetch (match, 3);
  value = g_ascii_strtod (whole, NULL) + g_ascii_strtod (tenth, NULL) / 10.0;
  return g_str_equal (sign, "−") ? -value : value;
}

static const char * const english_headings[] = {
  "Policy brief", "Exponential AI, widespread readiness", "Incremental AI, limited readiness",
  "Headline indicators", "Levers against the reference", "Charts",
  "Employment by sector", "Where displaced workers go", "Women and men by sector",
  "Change in skill demand", "Uncertainty fan", "Why is this different?",
  "Sources and provenance", "The dataset’s tables", "The levers", "The scenarios",
  NULL
};

static double english_net_jobs = G_MAXDOUBLE;

static void
test_pdf_english (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "brief.pdf", NULL);
  g_autofree char *text = NULL, *info = NULL;
  g_autofree char *title = NULL, *author = NULL, *subject = NULL, *creator = NULL;

  if (!have_poppler ())
    return;
  run_brief (f, path);

  info = poppler ("pdfinfo", path);
  title = info_field (info, "Title");
  author = info_field (info, "Author");
  subject = info_field (info, "Subject");
  creator = info_field (info, "Creator");
  g_assert_cmpstr (title, ==, "Policy brief: Exponential AI, widespread readiness");
  g_assert_cmpstr (author, ==, "Workforce Foresight");
  g_assert_cmpstr (subject, ==, "How AI changes jobs and skills to 2030: World, 2023 (calibrated illustration)");
  g_assert_cmpstr (creator, ==, "Workforce Foresight " PACKAGE_VERSION);
  assert_page_numbers (path, info, "Page", "of");
  assert_fonts_embedded (path);

  text = poppler ("pdftotext", path);
  for (guint i = 0; english_headings[i] != NULL; i++)
    assert_contains (text, english_headings[i]);
  /* The title page: dataset, edition, date (SOURCE_DATE_EPOCH), version. */
  assert_contains (text, "World, 2023 (calibrated illustration)");
  assert_contains (text, "1 January 2026");
  assert_contains (text, "Workforce Foresight " PACKAGE_VERSION);
  /* Sources: the exposure table's and a preset's. */
  assert_contains (text, "Gmyrek");
  assert_contains (text, "World Economic Forum");
  /* Provenance tags of the dataset's tables and of the levers. */
  assert_contains (text, "[D]");
  assert_contains (text, "[A]");
  english_net_jobs = headline_net_jobs (text, "Net jobs vs baseline, 2030", '.', "million");
  g_assert_cmpfloat (english_net_jobs, !=, 0.0);
  /* The chart findings carry numbers computed from the projection. */
  g_assert_nonnull (strstr (text, "Employment goes from "));
  g_assert_nonnull (strstr (text, "200 runs with the levers drawn"));
}

static void
test_pdf_french (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "note.pdf", NULL);
  g_autofree char *localedir = g_build_filename (g_getenv ("WF_BUILD_ROOT"), "po", NULL);
  g_autofree char *text = NULL, *info = NULL, *title = NULL, *subject = NULL;
  const char * const headings[] = {
    "Note d’orientation", "IA exponentielle, préparation généralisée", "Indicateurs clés",
    "Leviers face à la référence", "Graphiques", "Emploi par secteur", "Sources et provenance",
    "Les tableaux du jeu de données", "Les leviers", "Les scénarios", "1 janvier 2026", NULL
  };
  double net_jobs;

  if (!have_poppler ())
    return;
  if (setlocale (LC_ALL, "fr_FR.UTF-8") == NULL)
    {
      g_test_skip ("the fr_FR.UTF-8 locale is not installed");
      return;
    }
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LC_ALL", "fr_FR.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "fr", TRUE);
  g_setenv ("WORKFORCE_FORESIGHT_LOCALEDIR", localedir, TRUE);
  run_brief (f, path);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_unsetenv ("LANGUAGE");

  info = poppler ("pdfinfo", path);
  title = info_field (info, "Title");
  subject = info_field (info, "Subject");
  g_assert_true (g_str_has_prefix (title, "Note d’orientation"));
  g_assert_true (g_str_has_suffix (title, "IA exponentielle, préparation généralisée"));
  g_assert_true (g_str_has_prefix (subject, "Comment l’IA transforme les emplois"));
  assert_page_numbers (path, info, "Page", "sur");
  assert_fonts_embedded (path);

  text = poppler ("pdftotext", path);
  for (guint i = 0; headings[i] != NULL; i++)
    assert_contains (text, headings[i]);
  assert_contains (text, "Gmyrek");
  /* Decimal commas, and the same number as in English. */
  net_jobs = headline_net_jobs (text, "Emplois nets par rapport à la référence, 2030", ',', "millions");
  g_assert_cmpfloat (net_jobs, !=, 0.0);
  if (english_net_jobs != G_MAXDOUBLE)
    g_assert_cmpfloat (net_jobs, ==, english_net_jobs);
  g_assert_null (strstr (text, "Headline indicators"));

  /* A count before its noun: « 96,6 millions de travailleurs », not
   * « 96,6 millions travailleurs » (issue #16). The text's lines are
   * joined first: pdftotext breaks them where the page does. */
  {
    g_autofree char *joined = g_strdup (text);

    for (char *p = joined; *p != '\0'; p++)
      if (*p == '\n')
        *p = ' ';
    assert_contains (joined, "millions de travailleurs dont l’emploi est automatisé");
    g_assert_null (strstr (joined, "millions travailleurs"));
  }
}

static void
test_html (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "brief.html", NULL);
  g_autofree char *html = NULL;
  g_autoptr(GError) error = NULL;
  const char *p;
  guint n_svg = 0;

  run_brief (f, path);
  g_file_get_contents (path, &html, NULL, &error);
  g_assert_no_error (error);
  /* The tests run in C.UTF-8, whose texts are English. */
  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"en\">"));
  g_assert_nonnull (strstr (html, "<p class=\"kicker\">Policy brief</p>\n"));
  g_assert_nonnull (strstr (html, "<title>Policy brief: Exponential AI, widespread readiness</title>"));
  for (guint i = 0; english_headings[i] != NULL; i++)
    assert_contains (html, english_headings[i]);
  for (p = html; (p = strstr (p, "<svg")) != NULL; p++)
    n_svg++;
  g_assert_cmpuint (n_svg, ==, 6);
  /* Each inline chart names its glyphs apart from the others'. */
  g_assert_nonnull (strstr (html, "id=\"c0-"));
  g_assert_nonnull (strstr (html, "id=\"c5-"));
  g_assert_null (strstr (html, "<?xml"));
  g_assert_null (strstr (html, "<script"));
}

/* A bad scenario is named in the message, exit status 1, and the file
 * that was there stays as it was. */
static void
test_bad_scenario (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "old.pdf", NULL);
  g_autofree char *fresh = g_build_filename (f->dir, "fresh.pdf", NULL);
  const char *args[] = { "brief", "--scenario", "no-such-scenario", "-o", path, NULL };
  const char *compare_args[] = { "brief", "--compare", "nor-this-one", "-o", fresh, NULL };
  g_autofree char *err = NULL, *compare_err = NULL, *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "old", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (wf_cli_test_run (f->dir, args, NULL, &err), ==, 1);
  g_assert_nonnull (strstr (err, "no scenario with the id or name “no-such-scenario”"));
  g_assert_nonnull (strstr (err, "the bundled world scenario"));
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "old");

  g_assert_cmpint (wf_cli_test_run (f->dir, compare_args, NULL, &compare_err), ==, 1);
  g_assert_nonnull (strstr (compare_err, "“nor-this-one”"));
  g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));
}

static void
test_usage (Fixture       *f,
            gconstpointer  data)
{
  const char *no_output[] = { "brief", NULL };
  const char *bad_format[] = { "brief", "--format", "docx", "-o", "x.docx", NULL };
  g_autofree char *err1 = NULL, *err2 = NULL, *out = NULL;
  const char *help[] = { "--help", NULL };

  g_assert_cmpint (wf_cli_test_run (f->dir, no_output, NULL, &err1), ==, 2);
  g_assert_nonnull (strstr (err1, "-o PATH"));
  g_assert_cmpint (wf_cli_test_run (f->dir, bad_format, NULL, &err2), ==, 2);
  g_assert_nonnull (strstr (err2, "“docx”"));
  g_assert_cmpint (wf_cli_test_run (NULL, help, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "brief"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  /* Report every missing text, not only the first. */
  g_test_set_nonfatal_assertions ();
  wf_cli_test_init (argc, argv);

  g_test_add ("/cli/brief/pdf-english", Fixture, NULL, fixture_set_up, test_pdf_english, fixture_tear_down);
  g_test_add ("/cli/brief/pdf-french", Fixture, NULL, fixture_set_up, test_pdf_french, fixture_tear_down);
  g_test_add ("/cli/brief/html", Fixture, NULL, fixture_set_up, test_html, fixture_tear_down);
  g_test_add ("/cli/brief/bad-scenario", Fixture, NULL, fixture_set_up, test_bad_scenario, fixture_tear_down);
  g_test_add ("/cli/brief/usage", Fixture, NULL, fixture_set_up, test_usage, fixture_tear_down);

  return g_test_run ();
}
