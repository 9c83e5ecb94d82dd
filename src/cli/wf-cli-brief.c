/* wf-cli-brief.c: workforce-foresight-cli brief
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wf-cli-brief"

#include "config.h"

#include <glib/gi18n.h>

#include "wf-brief.h"
#include "wf-cli.h"
#include "wf-cli-common.h"
#include "wf-core.h"

/* A scenario by its id, by its name in the file, or a bundled preset by its
 * id (wf_cli_find_scenario ()). */
static int
find_scenario (const WfDocument *document,
               const char       *text)
{
  return wf_cli_find_scenario (document, text);
}

static void
print_no_scenario (const char *display_name,
                   const char *text)
{
  g_autofree char *message =
    /* Translators: a scenario id or name given on the command line, then
     * a command to run (keep it as it is) */
    g_strdup_printf (_("no scenario with the id or name “%s” (see “%s”)"), text,
                     WF_CLI_PROGRAM " list scenarios");

  wf_cli_print_message ("brief", display_name, message);
}

int
wf_cli_brief (int    argc,
              char **argv)
{
  g_autofree char *scenario_text = NULL;
  g_auto(GStrv) compare = NULL;
  g_autofree char *format_id = NULL;
  g_autofree char *output = NULL;
  g_auto(GStrv) files = NULL;
  int runs = WF_ENSEMBLE_DEFAULT_RUNS;
  GOptionEntry entries[] = {
    { "scenario", 's', 0, G_OPTION_ARG_STRING, &scenario_text, N_("The scenario briefed, by id or name (default: the file’s current one)"), N_("ID|NAME") },
    { "compare", 0, 0, G_OPTION_ARG_STRING_ARRAY, &compare, N_("A scenario to compare with, by id or name (repeatable)"), N_("ID|NAME") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_id, N_("pdf or html (default: from the file name)"), N_("FORMAT") },
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, N_("Runs of the ensemble behind the fan chart (default 1000)"), N_("N") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Where to write; “-” for standard output"), N_("PATH") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDocument) document = NULL;
  g_autoptr(GBytes) bytes = NULL;
  WfBriefOptions options;
  WfBriefFormat format = WF_BRIEF_FORMAT_PDF;
  const char *display_name;
  int status;

  context = g_option_context_new (_("[FILE] — write a policy brief of a scenario"));
  g_option_context_set_summary (context, _("Writes a policy brief of a scenario as an A4 PDF or a standalone "
                                           "HTML file: its headline indicators, its levers against the "
                                           "reference, six charts with their findings, and the sources of "
                                           "every number. Without FILE, the bundled world scenario."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = wf_cli_parse_options (context, &argc, &argv);
  if (status != WF_CLI_EXIT_OK)
    return status;

  if (output == NULL)
    {
      wf_cli_usage_message ("brief", _("missing -o PATH (use “-o -” for standard output)"));
      return WF_CLI_EXIT_USAGE;
    }
  if (format_id != NULL)
    {
      if (g_ascii_strcasecmp (format_id, "pdf") == 0)
        format = WF_BRIEF_FORMAT_PDF;
      else if (g_ascii_strcasecmp (format_id, "html") == 0)
        format = WF_BRIEF_FORMAT_HTML;
      else
        {
          /* Translators: %s is the format the user gave */
          g_autofree char *message = g_strdup_printf (_("unknown format “%s”; use pdf or html"), format_id);

          wf_cli_usage_message ("brief", message);
          return WF_CLI_EXIT_USAGE;
        }
    }
  else if (!wf_brief_format_from_path (output, &format))
    format = WF_BRIEF_FORMAT_PDF;
  if (files != NULL && g_strv_length (files) > 1)
    {
      wf_cli_usage_message ("brief", _("give at most one FILE"));
      return WF_CLI_EXIT_USAGE;
    }
  if (runs < 1 || runs > WF_ENSEMBLE_MAX_RUNS)
    {
      /* Translators: the largest number of runs */
      g_autofree char *message = g_strdup_printf (_("--runs must be between 1 and %u"), (guint) WF_ENSEMBLE_MAX_RUNS);

      wf_cli_usage_message ("brief", message);
      return WF_CLI_EXIT_USAGE;
    }
  if (compare != NULL && g_strv_length (compare) > WF_BRIEF_MAX_COMPARED)
    {
      /* Translators: %d is the largest number of scenarios compared */
      g_autofree char *message = g_strdup_printf (_("a brief compares at most %d other scenarios"),
                                                  WF_BRIEF_MAX_COMPARED);

      wf_cli_usage_message ("brief", message);
      return WF_CLI_EXIT_USAGE;
    }

  display_name = files != NULL && files[0] != NULL ? files[0] : _("the bundled world scenario");
  document = wf_cli_load_document (files != NULL ? files[0] : NULL, &error);
  if (document == NULL)
    {
      wf_cli_print_error (error);
      return WF_CLI_EXIT_BAD_INPUT;
    }
  if (document->scenarios->len == 0)
    {
      wf_cli_print_message ("brief", display_name, _("the file has no scenario"));
      return WF_CLI_EXIT_BAD_INPUT;
    }

  wf_brief_options_init (&options, document);
  options.n_runs = (guint) runs;
  if (scenario_text != NULL)
    {
      int index = find_scenario (document, scenario_text);

      if (index < 0)
        {
          print_no_scenario (display_name, scenario_text);
          return WF_CLI_EXIT_BAD_INPUT;
        }
      options.scenario = (guint) index;
    }
  for (guint i = 0; compare != NULL && compare[i] != NULL; i++)
    {
      int index = find_scenario (document, compare[i]);
      gboolean seen = (guint) index == options.scenario;

      if (index < 0)
        {
          print_no_scenario (display_name, compare[i]);
          return WF_CLI_EXIT_BAD_INPUT;
        }
      for (guint j = 0; j < options.n_compared; j++)
        seen |= options.compared[j] == (guint) index;
      if (!seen)
        options.compared[options.n_compared++] = (guint) index;
    }

  bytes = wf_brief_render (document, &options, format, NULL, &error);
  /* The process ends after this brief: free the font caches for leak checkers. */
  wf_chart_shutdown ();
  if (bytes == NULL)
    {
      wf_cli_print_message ("brief", display_name, error->message);
      return WF_CLI_EXIT_BAD_INPUT;
    }
  if (!wf_cli_write_output (output, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error))
    {
      wf_cli_print_message ("brief", NULL, error->message);
      return WF_CLI_EXIT_BAD_INPUT;
    }
  return WF_CLI_EXIT_OK;
}
