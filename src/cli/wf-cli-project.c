/* wf-cli-project.c: workforce-foresight-cli project
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "wf-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "wf-cli.h"
#include "wf-cli-common.h"
#include "wf-io.h"

static void
results_free_cb (gpointer data)
{
  wf_results_free (data);
}

int
wf_cli_project (int    argc,
                char **argv)
{
  g_autofree char *scenario_name = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *output = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(WfDocument) document = NULL;
  g_autoptr(GPtrArray) scenarios = g_ptr_array_new ();
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func (results_free_cb);
  g_autoptr(GError) error = NULL;
  GString *text;
  WfExportFormat format = WF_EXPORT_FORMAT_CSV;
  const GOptionEntry entries[] = {
    { "scenario", 0, 0, G_OPTION_ARG_STRING, &scenario_name,
      N_("Project only this scenario (default: every scenario of the file)"), N_("NAME") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_name,
      N_("Output format: csv (default) or json"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Where to write (default “-”, standard output)"), N_("PATH") },
    { NULL }
  };
  const char *path = NULL;
  gboolean ok;
  int status;

  context = g_option_context_new (_("[FILE]"));
  g_option_context_set_summary (context,
                                _("Project the scenarios of FILE (or of the bundled world "
                                  "scenario) from the dataset’s base year to each scenario’s "
                                  "horizon, and write the numbers: one row per scenario, year, "
                                  "sector, sex and indicator in CSV, or series in JSON."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = wf_cli_parse_options (context, &argc, &argv);
  if (status != WF_CLI_EXIT_OK)
    return status;

  if (argc > 2)
    {
      g_autofree char *message = g_strdup_printf (_("unexpected argument “%s”"), argv[2]);

      wf_cli_usage_message ("project", message);
      return WF_CLI_EXIT_USAGE;
    }
  if (argc == 2)
    path = argv[1];
  if (format_name != NULL && !wf_export_format_from_string (format_name, &format))
    {
      /* Translators: %s is what the user gave as a format */
      g_autofree char *message = g_strdup_printf (_("unknown format “%s”; expected csv or json"),
                                                  format_name);

      wf_cli_usage_message ("project", message);
      return WF_CLI_EXIT_USAGE;
    }

  document = wf_cli_load_document (path, &error);
  if (document == NULL)
    {
      wf_cli_print_error (error);
      return WF_CLI_EXIT_BAD_INPUT;
    }

  for (guint i = 0; i < document->scenarios->len; i++)
    {
      WfScenario *scenario = g_ptr_array_index (document->scenarios, i);

      if (scenario_name == NULL || g_strcmp0 (scenario->name, scenario_name) == 0)
        g_ptr_array_add (scenarios, scenario);
    }
  if (scenarios->len == 0)
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < document->scenarios->len; i++)
        g_string_append_printf (names, "%s“%s”", i ? ", " : "",
                                ((WfScenario *) g_ptr_array_index (document->scenarios, i))->name);
      /* Translators: a scenario name, a file name, then a list of names */
      g_printerr (_("workforce-foresight-cli: %s: no scenario is named “%s”; the scenarios are %s\n"),
                  path ? path : document->dataset->id, scenario_name, names->str);
      return WF_CLI_EXIT_BAD_INPUT;
    }

  for (guint i = 0; i < scenarios->len; i++)
    {
      WfResults *projected = wf_model_project (document->dataset,
                                               g_ptr_array_index (scenarios, i), &error);

      if (projected == NULL)
        {
          wf_cli_print_error (error);
          return WF_CLI_EXIT_BAD_INPUT;
        }
      g_ptr_array_add (results, projected);
    }

  if (format == WF_EXPORT_FORMAT_JSON)
    text = wf_results_to_json (document->dataset, (const WfScenario * const *) scenarios->pdata,
                               (const WfResults * const *) results->pdata, scenarios->len);
  else
    text = wf_results_to_csv (document->dataset, (const WfScenario * const *) scenarios->pdata,
                              (const WfResults * const *) results->pdata, scenarios->len);

  ok = wf_cli_write_output (output ? output : "-", text->str, text->len, &error);
  g_string_free (text, TRUE);
  if (!ok)
    {
      wf_cli_print_error (error);
      return WF_CLI_EXIT_BAD_INPUT;
    }

  return WF_CLI_EXIT_OK;
}
