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

static const char * const formats[] = { "csv", "json", NULL };

typedef struct
{
  const WfDataset *dataset;
  GPtrArray       *scenarios;
  GPtrArray       *results;
} Projection;

static void
results_free_cb (gpointer data)
{
  wf_results_free (data);
}

static gboolean
fill_cb (WfTidyWriter  *writer,
         gpointer       data,
         GError       **error)
{
  Projection *p = data;

  return wf_results_export (writer, p->dataset, (const WfScenario * const *) p->scenarios->pdata,
                            (const WfResults * const *) p->results->pdata, p->scenarios->len,
                            error);
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
  WfExportFormat format = WF_EXPORT_FORMAT_CSV;
  const GOptionEntry entries[] = {
    { "scenario", 's', 0, G_OPTION_ARG_STRING, &scenario_name,
      N_("Project only this scenario, by id or name (default: every scenario of the file)"), N_("ID") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("Output format: csv (default) or json"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Where to write (default “-”, standard output)"), N_("PATH") },
    { NULL }
  };
  const char *path = NULL;
  const char *display_name;
  Projection projection;
  WfTidyMeta meta;
  int status;

  context = g_option_context_new (_("[FILE]"));
  g_option_context_set_summary (context,
                                _("Project the scenarios of FILE (“-” for standard input; "
                                  "without FILE, the bundled world scenario) from the dataset’s "
                                  "base year to each scenario’s horizon, and write the numbers in "
                                  "the data layout of docs/data-format.md: one row per scenario, "
                                  "year, sector, sex and indicator."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = wf_cli_parse_options (context, &argc, &argv);
  if (status != WF_CLI_EXIT_OK)
    return status;

  if (argc > 2)
    {
      /* Translators: an argument the command does not take, as the user typed it */
      g_autofree char *message = g_strdup_printf (_("unexpected argument “%s”"), argv[2]);

      wf_cli_usage_message ("project", message);
      return WF_CLI_EXIT_USAGE;
    }
  if (argc == 2)
    path = argv[1];
  if (format_name != NULL && !wf_export_format_from_string (format_name, &format))
    {
      {
        g_autofree char *list = wf_cli_join_choices (formats);
        /* Translators: what the user gave as a format, then the list of formats */
        g_autofree char *message = g_strdup_printf (_("unknown format “%s”; expected one of: %s"), format_name, list);

        wf_cli_bad_choice ("project", message);
      }
      return WF_CLI_EXIT_USAGE;
    }

  document = wf_cli_load_document (path, &error);
  if (document == NULL)
    {
      wf_cli_print_error (error);
      return WF_CLI_EXIT_BAD_INPUT;
    }
  display_name = path == NULL ? document->dataset->id
                 /* Translators: the name of standard input in messages */
                 : g_str_equal (path, "-") ? _("standard input") : path;

  if (scenario_name != NULL)
    {
      int index = wf_cli_find_scenario (document, scenario_name);

      if (index < 0)
        {
          wf_cli_unknown_scenario (document, display_name, scenario_name);
          return WF_CLI_EXIT_BAD_INPUT;
        }
      g_ptr_array_add (scenarios, g_ptr_array_index (document->scenarios, index));
    }
  else
    for (guint i = 0; i < document->scenarios->len; i++)
      g_ptr_array_add (scenarios, g_ptr_array_index (document->scenarios, i));

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

  wf_tidy_meta_init_dataset (&meta, document->dataset);
  meta.generator = "project";
  meta.command = wf_cli_get_command_line ();
  projection.dataset = document->dataset;
  projection.scenarios = scenarios;
  projection.results = results;
  if (!wf_cli_write_tidy (output ? output : "-", format, &meta, fill_cb, &projection, &error))
    {
      wf_cli_print_error (error);
      return WF_CLI_EXIT_BAD_INPUT;
    }

  return WF_CLI_EXIT_OK;
}
