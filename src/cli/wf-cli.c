/* wf-cli.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * workforce-foresight-cli: the entry point and the table of subcommands.
 */

#define G_LOG_DOMAIN "wf-cli"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>

#include "wf-cli.h"
#include "wf-cli-common.h"
#include "wf-i18n.h"

typedef struct
{
  const char   *name;
  const char   *summary;  /* N_() marked, translated when printed */
  WfCliHandler  handler;
} WfCliCommand;

/* Every subcommand of docs/command-line.md, in the order of its synopsis. The help
 * lists them all so that scripts and people see the whole interface; a NULL
 * handler means the subcommand is not in this build yet, and running it is
 * a usage error (exit code 2) that says so. To add one, write
 * wf-cli-NAME.c with its handler, declare it in wf-cli.h, add the file to
 * meson.build and put the handler here. */
static const WfCliCommand commands[] = {
  { "new", N_("Create a new scenario file"), wf_cli_new },
  { "validate", N_("Check scenario files against the schema and the model’s ranges"), wf_cli_validate },
  { "project", N_("Compute a scenario’s projection and write the numbers as CSV or JSON"), wf_cli_project },
  { "chart", N_("Draw a chart of a scenario as SVG, PNG or PDF"), wf_cli_chart },
  { "brief", N_("Write a policy brief of a scenario as PDF or HTML"), wf_cli_brief },
  { "ensemble", N_("Run a reproducible Monte Carlo ensemble of a scenario"), wf_cli_ensemble },
  { "import-ilostat", N_("Make a dataset from an ILOSTAT employment CSV file"), wf_cli_import_ilostat },
  { "merge", N_("Add the scenarios of participants’ files to one file"), wf_cli_merge },
  { "workshop", N_("The spread of a workshop’s scenarios, levers and outcomes, as CSV or JSON"), wf_cli_workshop },
  { "predict", N_("Record a participant’s prediction of an outcome in a file"), wf_cli_predict },
  { "list", N_("List the charts, scenarios, levers or datasets"), wf_cli_list },
};

static const WfCliCommand *
wf_cli_find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_strcmp0 (commands[i].name, name) == 0)
        return &commands[i];
    }

  return NULL;
}

static void
wf_cli_print_usage (void)
{
  int width = 0;

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    width = MAX (width, (int) strlen (commands[i].name));

  g_print ("%s\n", _("Usage:"));
  g_print ("  workforce-foresight-cli %s\n", _("COMMAND [OPTION…] [FILE…]"));
  g_print ("\n");
  g_print ("%s\n", _("Project AI’s effect on jobs and skills without a display."));
  g_print ("\n");
  g_print ("%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_print ("  %-*s  %s\n", width, commands[i].name, _(commands[i].summary));
  g_print ("\n");
  g_print ("%s\n", _("Options:"));
  g_print ("  -h, --help     %s\n", _("Show this help and exit"));
  g_print ("  --version      %s\n", _("Show the version and exit"));
  g_print ("\n");
  g_print ("%s\n", _("Run “workforce-foresight-cli COMMAND --help” for the options of a command."));
  g_print ("%s\n", _("Without FILE, commands use the bundled world scenario; “-o -” writes to standard output."));
  g_print ("%s\n", _("Exit status: 0 on success, 1 on bad input, 2 on a usage error."));
}

static void
wf_cli_usage_error (const char *message)
{
  wf_cli_print_message (NULL, NULL, message);
  /* Translators: %s is a command to run; keep it as it is */
  g_printerr (_("Run “%s” for usage."), WF_CLI_PROGRAM " --help");
  g_printerr ("\n");
}

int
main (int   argc,
      char *argv[])
{
  const WfCliCommand *command;

  setlocale (LC_ALL, "");
  wf_i18n_init (LOCALEDIR);
  wf_cli_catch_signals ();

  if (argc < 2)
    {
      wf_cli_usage_error (_("no command given"));
      return WF_CLI_EXIT_USAGE;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
      g_str_equal (argv[1], "help"))
    {
      wf_cli_print_usage ();
      return WF_CLI_EXIT_OK;
    }

  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("workforce-foresight-cli %s\n", PACKAGE_VERSION);
      return WF_CLI_EXIT_OK;
    }

  command = wf_cli_find_command (argv[1]);
  if (command == NULL)
    {
      g_autofree char *message = NULL;

      if (argv[1][0] == '-')
        /* Translators: %s is a command line option */
        message = g_strdup_printf (_("unknown option “%s”"), argv[1]);
      else
        {
          g_autoptr(GString) names = g_string_new (NULL);

          for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
            g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", commands[i].name);
          /* Translators: %s is what the user typed as a command, then the list of commands */
          message = g_strdup_printf (_("unknown command “%s”; expected one of: %s"), argv[1],
                                     names->str);
        }
      wf_cli_usage_error (message);
      return WF_CLI_EXIT_USAGE;
    }

  if (command->handler == NULL)
    {
      g_autofree char *message = NULL;

      /* Translators: %s is a command name, such as "chart" */
      message = g_strdup_printf (_("the “%s” command is not available in this build"),
                                 command->name);
      wf_cli_usage_error (message);
      return WF_CLI_EXIT_USAGE;
    }

  return command->handler (argc - 1, argv + 1);
}
