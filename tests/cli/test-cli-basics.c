/* test-cli-basics.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The command line's framework: version, help and usage errors.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <gio/gio.h>

#include "wf-cli-test.h"


typedef struct
{
  const char *name;
  const char *args[4];
  int         exit_status;
  const char *in_stdout[8];
  const char *in_stderr[4];
} CliCase;

static const CliCase cases[] = {
  { "version", { "--version", NULL }, 0,
    { "workforce-foresight-cli " PACKAGE_VERSION "\n", NULL }, { NULL } },
  { "help", { "--help", NULL }, 0,
    { "Usage:", "new", "validate", "project", "chart", "ensemble", "import-ilostat", NULL },
    { NULL } },
  { "help-short", { "-h", NULL }, 0, { "Usage:", "list", NULL }, { NULL } },
  { "no-command", { NULL }, 2, { NULL }, { "no command given", "--help", NULL } },
  { "unknown-command", { "frobnicate", NULL }, 2,
    { NULL }, { "unknown command", "frobnicate", NULL } },
  { "unknown-option", { "--frobnicate", NULL }, 2,
    { NULL }, { "unknown option", "--frobnicate", NULL } },
};


static void
test_cli_case (gconstpointer data)
{
  const CliCase *c = data;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int exit_status = -1;

  exit_status = wf_cli_test_run (NULL, c->args, &out, &err);

  g_test_message ("stdout: %s", out);
  g_test_message ("stderr: %s", err);

  g_assert_cmpint (exit_status, ==, c->exit_status);

  for (guint i = 0; c->in_stdout[i] != NULL; i++)
    g_assert_nonnull (strstr (out, c->in_stdout[i]));
  for (guint i = 0; c->in_stderr[i] != NULL; i++)
    g_assert_nonnull (strstr (err, c->in_stderr[i]));

  /* A usage error says nothing on standard output, so "-o -" pipelines
   * never mistake an error for data. */
  if (c->exit_status != 0)
    g_assert_cmpstr (out, ==, "");
}

/* The programs run from the build tree read the catalogues just built
 * (WORKFORCE_FORESIGHT_LOCALEDIR, set by the test environment and by
 * ./build-aux/dev run), not those of the install prefix, which may be
 * absent or older. */
static void
test_cli_translated_from_build_tree (void)
{
  const char *args[] = { "--help", NULL };
  g_autofree char *out = NULL;
  const char *previous = g_getenv ("LC_ALL");
  g_autofree char *saved = g_strdup (previous);

  if (g_getenv ("WORKFORCE_FORESIGHT_LOCALEDIR") == NULL)
    {
      g_test_skip ("not run in the test environment");
      return;
    }
  if (setlocale (LC_ALL, "fr_FR.UTF-8") == NULL)
    {
      g_test_skip ("the fr_FR.UTF-8 locale is not generated (./build-aux/dev test does it)");
      return;
    }
  setlocale (LC_ALL, "C.UTF-8");

  g_setenv ("LC_ALL", "fr_FR.UTF-8", TRUE);
  g_assert_cmpint (wf_cli_test_run (NULL, args, &out, NULL), ==, 0);
  if (saved != NULL)
    g_setenv ("LC_ALL", saved, TRUE);
  else
    g_unsetenv ("LC_ALL");

  /* "Usage:" and the summary, in the French of po/fr.po. */
  g_assert_nonnull (strstr (out, "Utilisation"));
  g_assert_nonnull (strstr (out, "sans écran"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (argc < 2)
    g_error ("usage: %s PATH-TO-workforce-foresight-cli", argv[0]);
  wf_cli_test_init (argc, argv);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/basics/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_cli_case);
    }

  g_test_add_func ("/cli/basics/translated-from-build-tree", test_cli_translated_from_build_tree);

  return g_test_run ();
}
