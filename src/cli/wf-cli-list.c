/* wf-cli-list.c: workforce-foresight-cli list
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tab-separated, with a header line, numbers in the C locale: for scripts
 * as much as for people.
 */
#define G_LOG_DOMAIN "wf-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "wf-cli.h"
#include "wf-cli-common.h"
#include "wf-io.h"
#include "wf-io-util.h"

typedef int (*ListFunc) (const char *path);

typedef struct
{
  const char *kind;
  ListFunc    func;   /* NULL: not in this build yet */
} ListKind;

static int
list_levers (const char *path)
{
  g_autoptr(GString) out = g_string_new ("id\tlabel\tunit\tgroup\tdefault\tmin\tmax\tlow\thigh\n");

  if (path != NULL)
    {
      wf_cli_usage_message ("list", _("“list levers” takes no file"));
      return WF_CLI_EXIT_USAGE;
    }

  for (guint i = 0; i < WF_N_LEVERS; i++)
    {
      const WfLeverInfo *info = wf_lever_get_info (i);
      const double numbers[] = { info->default_value, info->min, info->max, info->low, info->high };

      g_string_append_printf (out, "%s\t%s\t%s\t%s", info->id, wf_lever_get_label (i),
                              wf_lever_get_unit (i),
                              info->group == WF_LEVER_GROUP_ASSUMPTION ? "assumption" : "policy");
      for (guint n = 0; n < G_N_ELEMENTS (numbers); n++)
        {
          g_string_append_c (out, '\t');
          wf_io_append_double (out, numbers[n]);
        }
      g_string_append_c (out, '\n');
    }

  g_print ("%s", out->str);
  return WF_CLI_EXIT_OK;
}

static int
list_scenarios (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDocument) document = wf_cli_load_document (path, &error);

  if (document == NULL)
    {
      wf_cli_print_error (error);
      return WF_CLI_EXIT_BAD_INPUT;
    }

  g_print ("index\tid\tname\thorizon\tseed\n");
  for (guint i = 0; i < document->scenarios->len; i++)
    {
      const WfScenario *scenario = g_ptr_array_index (document->scenarios, i);

      g_print ("%u\t%s\t%s\t%d\t%" G_GUINT64_FORMAT "\n", i, scenario->id,
               wf_scenario_get_display_name (scenario),
               scenario->horizon, scenario->seed);
    }
  return WF_CLI_EXIT_OK;
}

static int
list_datasets (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDataset) world = NULL;
  g_autoptr(WfDocument) document = NULL;
  const WfDataset *dataset;
  const char *citation;

  if (path != NULL)
    {
      document = wf_cli_load_document (path, &error);
      if (document == NULL)
        {
          wf_cli_print_error (error);
          return WF_CLI_EXIT_BAD_INPUT;
        }
      dataset = document->dataset;
    }
  else
    dataset = world = wf_dataset_new_world ();

  g_print ("id\ttitle\tarea\tbase-year\tsectors\temployment-provenance\temployment-source\n");
  /* The title and the source as the user reads them (translated, as the
   * levers' labels are); the identifiers and the area code as they are. */
  citation = wf_dataset_get_display_citation (dataset, WF_TABLE_EMPLOYMENT);
  g_print ("%s\t%s\t%s\t%d\t%u\t%s\t%s\n", dataset->id, wf_dataset_get_display_title (dataset),
           dataset->area ? dataset->area : "", dataset->base_year, dataset->n_sectors,
           wf_provenance_to_tag (dataset->sources[WF_TABLE_EMPLOYMENT].provenance),
           citation != NULL ? citation : "");
  return WF_CLI_EXIT_OK;
}

/* What "list" lists (docs/command-line.md). */
static const ListKind kinds[] = {
  { "charts", wf_cli_list_charts },
  { "scenarios", list_scenarios },
  { "levers", list_levers },
  { "datasets", list_datasets },
};

int
wf_cli_list (int    argc,
             char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  int status;

  context = g_option_context_new (_("charts|scenarios|levers|datasets [FILE]"));
  g_option_context_set_summary (context,
                                _("List the levers, the scenarios or the dataset of FILE (or of the "
                                  "bundled world scenario), or the charts."));
  status = wf_cli_parse_options (context, &argc, &argv);
  if (status != WF_CLI_EXIT_OK)
    return status;

  if (argc < 2 || argc > 3)
    {
      wf_cli_usage_message ("list", argc < 2 ? _("say what to list: charts, scenarios, levers or "
                                                  "datasets")
                                             : _("too many arguments"));
      return WF_CLI_EXIT_USAGE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      if (g_strcmp0 (kinds[i].kind, argv[1]) != 0)
        continue;
      if (kinds[i].func == NULL)
        {
          /* Translators: %s is what to list, such as "charts" */
          g_autofree char *message = g_strdup_printf (_("listing %s is not available in this build"),
                                                      argv[1]);

          wf_cli_usage_message ("list", message);
          return WF_CLI_EXIT_USAGE;
        }
      return kinds[i].func (argc == 3 ? argv[2] : NULL);
    }

  {
    const char *names[G_N_ELEMENTS (kinds) + 1];

    for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
      names[i] = kinds[i].kind;
    names[G_N_ELEMENTS (kinds)] = NULL;
    g_autofree char *list = wf_cli_join_choices (names);
    /* Translators: what the user asked to list, then what can be listed */
    g_autofree char *message = g_strdup_printf (_("cannot list “%s”; expected one of: %s"),
                                                argv[1], list);

    wf_cli_bad_choice ("list", message);
  }
  return WF_CLI_EXIT_USAGE;
}
