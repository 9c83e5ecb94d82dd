/* test-cli-messages.c: what the command line says when a file is broken,
 * and in which quotes
 *
 * A file cut short says so in plain words, naming the file, the line and
 * the column where it ends and what it ends in the middle of; the other
 * common XML mistakes have plain messages too, never the parser's own
 * English. Under French and Spanish every quote of a message is the
 * language's own (« … », «…»), none the English “…”, because the quotes
 * are part of each translated sentence; and the prefixes of a message
 * (the program's name, FILE:LINE:COLUMN) take the language's colon, in
 * French with a no-break space before it.
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
static char *world;      /* the bundled file's text */

/* libxml2's own words, which a message must not show. */
static const char * const parser_words[] = {
  "Premature end", "Specification mandates", "Couldn't find end", "AttValue", "Opening and ending",
  "Start tag expected", "not proper UTF-8", "well-formed", NULL
};

static int
run_in (const char         *lang,
        const char * const *args,
        char              **err)
{
  g_autofree char *saved = g_strdup (g_getenv ("LC_ALL"));
  int status;

  g_setenv ("LC_ALL", lang, TRUE);
  status = wf_cli_test_run (tmp_dir, args, NULL, err);
  if (saved != NULL)
    g_setenv ("LC_ALL", saved, TRUE);
  else
    g_unsetenv ("LC_ALL");
  return status;
}

static void
assert_plain (const char *message)
{
  for (guint i = 0; parser_words[i] != NULL; i++)
    if (strstr (message, parser_words[i]) != NULL)
      g_error ("the parser's words “%s” in: %s", parser_words[i], message);
}

/* Writes @size bytes of @text as @name in tmp_dir. */
static char *
write_file (const char *name,
            const char *text,
            gssize      size)
{
  char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, size, &error);
  g_assert_no_error (error);
  return path;
}

typedef struct
{
  const char *name;
  const char *after;      /* the file is cut just after this text … */
  guint       nth;        /* … at its nth occurrence (from 1) … */
  int         extra;      /* … and this many more bytes */
  const char *expected;   /* what the message says it ends in */
} CutCase;

static const CutCase cut_cases[] = {
  { "metadata", "<title>", 1, 5, "the file ends in the middle of its title, author and notes" },
  { "sources", "<citation>", 3, 20, "the file ends in the middle of the dataset" },
  /* The example of the issue: the file ends in an attribute's name. */
  { "sector-attribute", "elasticity=", 4, -5, "the file ends in the middle of the sector “ECO_ISIC4_DE” of the dataset" },
  { "sector-value", "exposure=\"", 10, 9, "the file ends in the middle of the sector “ECO_ISIC4_DE” of the dataset" },
  { "scenario", "<lever id=\"automation-share\"", 4, 3,
    "the file ends in the middle of the scenario “exponential-limited”" },
  { "view", "<view lens=\"total\" curr", 1, 0, "the file ends before it is complete" },
  { "last-tag", "</foresi", 1, 0, "the file ends before it is complete" },
};

/* The bundled file cut at several points: each message names the file,
 * the line and column where it ends (those of its last byte, counted as
 * the parser does from 1), and says in words what was cut. */
static void
test_cut_short (gconstpointer data)
{
  const CutCase *c = data;
  const char *at = world;
  g_autofree char *path = NULL;
  g_autofree char *err = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *sentence = NULL;
  const char *args[] = { "validate", "cut.foresight", NULL };
  gsize size;
  int line = 1;
  const char *line_start = world;

  for (guint n = 0; n < c->nth; n++)
    {
      at = strstr (n == 0 ? at : at + 1, c->after);
      g_assert_nonnull (at);
    }
  size = (gsize) (at - world) + strlen (c->after) + c->extra;
  for (gsize i = 0; i < size; i++)
    if (world[i] == '\n')
      {
        line++;
        line_start = world + i + 1;
      }
  path = write_file ("cut.foresight", world, (gssize) size);

  g_assert_cmpint (wf_cli_test_run (tmp_dir, args, NULL, &err), ==, 1);
  assert_plain (err);
  prefix = g_strdup_printf ("/cut.foresight:%d:%d: ", line,
                            (int) (world + size - line_start) + 1);
  sentence = g_strdup_printf ("%s%s", prefix, c->expected);
  if (!g_str_has_prefix (err, "workforce-foresight-cli: ") || strstr (err, sentence) == NULL)
    g_error ("expected “%s…”, got “%s”", sentence, err);
  g_assert_nonnull (strstr (err, ": it was probably cut short while being copied or saved\n"));
  g_unlink (path);
}

typedef struct
{
  const char *name;
  const char *from;       /* replaced in the bundled file … */
  const char *to;         /* … by this, or the whole file if from is NULL */
  const char *expected;   /* the start of the message after the prefix */
} BrokenCase;

static const BrokenCase broken_cases[] = {
  { "not-xml", NULL, "sector,sex,gradient,share\nECO_ISIC4_A,SEX_F,1,0.2\n",
    "broken.foresight:1:1: this is not a .foresight file: it does not start with an XML element" },
  { "attribute-without-value", "<view lens=\"total\" current-scenario=\"0\"/>",
    "<view lens current-scenario=\"0\"/>",
    "broken.foresight:322:14: the attribute “lens” has no value; an attribute is written name=\"value\"" },
  { "unquoted-value", "<view lens=\"total\"", "<view lens=total",
    "broken.foresight:322:14: an attribute’s value is not in quotes" },
  { "mismatched-tag", "</scenarios>", "</scenario>",
    "broken.foresight:321:14: the element <scenarios> that starts on line 235 is closed by </scenario>" },
  { "latin-1", "<name>Current trends</name>", "<name>Tendances \xe9tudi\xe9" "es</name>",
    "broken.foresight:237:23: the text is not in UTF-8" },
  { "after-the-end", "</foresight>\n", "</foresight>\nand some notes",
    "broken.foresight:324:1: there is more after the end of the document’s last element" },
  { "ampersand", "<name>Current trends</name>", "<name>R&D trends</name>",
    "broken.foresight:237:16: there is a “&” that does not start an escape such as “&amp;”" },
  { "ampersand-alone", "<name>Current trends</name>", "<name>Trends & more</name>",
    "broken.foresight:237:21: a name is missing here: “<” must start an element’s name, and a “&” itself is written “&amp;”" },
};

static void
test_broken (gconstpointer data)
{
  const BrokenCase *c = data;
  const char *args[] = { "validate", "broken.foresight", NULL };
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;
  g_autofree char *err = NULL;
  g_autofree char *expected = g_strdup_printf ("/%s", c->expected);

  if (c->from == NULL)
    text = g_strdup (c->to);
  else
    {
      const char *at = strstr (world, c->from);

      g_assert_nonnull (at);
      text = g_strdup_printf ("%.*s%s%s", (int) (at - world), world, c->to, at + strlen (c->from));
    }
  path = write_file ("broken.foresight", text, -1);

  g_assert_cmpint (wf_cli_test_run (tmp_dir, args, NULL, &err), ==, 1);
  assert_plain (err);
  if (!g_str_has_prefix (err, "workforce-foresight-cli: ") || strstr (err, expected) == NULL)
    g_error ("expected “%s…”, got “%s”", expected, err);
  g_unlink (path);
}

/* Whether @text has an English quote. */
static gboolean
has_english_quotes (const char *text)
{
  return strstr (text, "“") != NULL || strstr (text, "”") != NULL;
}

typedef struct
{
  const char *lang;
  const char *unknown;     /* how the unknown scenario is quoted */
  const char *listed;      /* how the first scenario of the list is */
  const char *cut;         /* how the scenario of a file cut short is */
  const char *prefix;      /* how a message about a file starts, a regex */
} LanguageCase;

static const LanguageCase language_cases[] = {
  { "fr_FR.UTF-8", "aucun scénario « Utopia »", "current-trends (« Tendances actuelles »)",
    "le fichier s’arrête au milieu du scénario « exponential-limited » : ",
    "^workforce-foresight-cli : .*/cut\\.foresight:[0-9]+:[0-9]+ : le fichier" },
  { "es_ES.UTF-8", "ningún escenario «Utopia»", "current-trends («Tendencias actuales»)",
    "el archivo termina en mitad del escenario «exponential-limited»: ",
    "^workforce-foresight-cli: .*/cut\\.foresight:[0-9]+:[0-9]+: el archivo" },
};

/* An unknown scenario and a file cut short, in French and in Spanish: the
 * language's quotes around every name, the English ones nowhere. */
static void
test_language_quotes (gconstpointer data)
{
  const LanguageCase *c = data;
  const char *project[] = { "project", "--scenario", "Utopia", "-o", "-", NULL };
  const char *validate[] = { "validate", "cut.foresight", NULL };
  g_autofree char *err = NULL;
  g_autofree char *cut_err = NULL;
  g_autofree char *path = NULL;
  const char *at;

  if (g_getenv ("WORKFORCE_FORESIGHT_LOCALEDIR") == NULL)
    {
      g_test_skip ("not run in the test environment (no WORKFORCE_FORESIGHT_LOCALEDIR)");
      return;
    }
  if (setlocale (LC_ALL, c->lang) == NULL)
    {
      g_test_skip_printf ("the %s locale is not generated (./build-aux/dev test does it)", c->lang);
      return;
    }
  setlocale (LC_ALL, "C.UTF-8");

  g_assert_cmpint (run_in (c->lang, project, &err), ==, 1);
  g_test_message ("%s", err);
  g_assert_nonnull (strstr (err, c->unknown));
  g_assert_nonnull (strstr (err, c->listed));
  g_assert_false (has_english_quotes (err));

  at = strstr (world, "<lever id=\"automation-share\"");
  for (guint n = 1; n < 4; n++)
    at = strstr (at + 1, "<lever id=\"automation-share\"");
  path = write_file ("cut.foresight", world, at + 10 - world);
  g_assert_cmpint (run_in (c->lang, validate, &cut_err), ==, 1);
  g_test_message ("%s", cut_err);
  g_assert_nonnull (strstr (cut_err, c->cut));
  /* The program's name as it is, then the language's colon (French: a
   * no-break space before it), the file, its line and column, and the
   * language's colon again. */
  if (!g_regex_match_simple (c->prefix, cut_err, 0, 0))
    g_error ("expected “%s…”, got “%s”", c->prefix, cut_err);
  g_assert_false (has_english_quotes (cut_err));
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *world_path = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  wf_cli_test_init (argc, argv);
  tmp_dir = g_dir_make_tmp ("wf-cli-messages-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);
  g_assert_nonnull (g_getenv ("WF_SOURCE_ROOT"));
  world_path = g_build_filename (g_getenv ("WF_SOURCE_ROOT"), "data", "world-2023.foresight", NULL);
  g_file_get_contents (world_path, &world, NULL, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cut_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/messages/cut-short/%s", cut_cases[i].name);

      g_test_add_data_func (path, &cut_cases[i], test_cut_short);
    }
  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/messages/broken/%s", broken_cases[i].name);

      g_test_add_data_func (path, &broken_cases[i], test_broken);
    }
  for (guint i = 0; i < G_N_ELEMENTS (language_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/messages/quotes/%.2s", language_cases[i].lang);

      g_test_add_data_func (path, &language_cases[i], test_language_quotes);
    }

  status = g_test_run ();
  g_rmdir (tmp_dir);
  g_free (world);
  g_free (tmp_dir);
  return status;
}
