/* wf-cli-ensemble.c: workforce-foresight-cli ensemble
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The percentiles of a Monte Carlo ensemble, or with --tornado the
 * one-lever-at-a-time sensitivity of a metric, or with --attribution the
 * Shapley split of a metric's difference from a reference (src/core).
 */
#define G_LOG_DOMAIN "wf-cli"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "wf-cli.h"
#include "wf-cli-common.h"
#include "wf-io.h"
#include "wf-io-util.h"

static const char * const formats[] = { "csv", "json", NULL };
/* A scenario of the document by id or name (wf_cli_find_scenario), or a
 * bundled preset by its id (as a copy, when the document does not hold it). */
static WfScenario *
find_scenario (const WfDocument *document,
               const char       *name)
{
  int index = wf_cli_find_scenario (document, name);
  WfPreset preset;

  if (index >= 0)
    return wf_scenario_copy (wf_document_get_scenario (document, (guint) index));
  if (wf_preset_from_id (name, &preset))
    return wf_scenario_new_preset (preset);
  return NULL;
}

static gboolean
parse_unsigned (const char *text,
                guint64     min,
                guint64     max,
                guint64    *out)
{
  return g_ascii_string_to_unsigned (text, 10, min, max, out, NULL);
}

static gboolean
parse_outputs (const char *text,
               guint32    *out)
{
  g_auto(GStrv) ids = g_strsplit (text, ",", -1);

  *out = 0;
  for (guint i = 0; ids[i] != NULL; i++)
    {
      WfOutput output;

      if (!wf_output_from_id (g_strstrip (ids[i]), &output))
        return FALSE;
      *out |= WF_ENSEMBLE_OUTPUT (output);
    }
  return *out != 0;
}

static char *
metric_list (void)
{
  GString *list = g_string_new (NULL);

  for (guint m = 0; m < WF_N_METRICS; m++)
    g_string_append_printf (list, "%s%s", m ? ", " : "", wf_metric_to_id (m));
  return g_string_free (list, FALSE);
}

/* What the fills below write, and from what. */
typedef struct
{
  const WfDataset     *dataset;
  const WfScenario    *scenario;
  const WfEnsemble    *ensemble;
  const WfTornado     *tornado;
  const WfAttribution *attribution;
  gboolean             by_group;
} Output;

static gboolean
ensemble_fill_cb (WfTidyWriter  *writer,
                  gpointer       data,
                  GError       **error)
{
  const Output *o = data;

  return wf_ensemble_export (writer, o->dataset, o->scenario, o->ensemble, error);
}

static gboolean
tornado_fill_cb (WfTidyWriter  *writer,
                 gpointer       data,
                 GError       **error)
{
  const Output *o = data;

  return wf_tornado_export (writer, o->scenario, o->tornado, error);
}

static gboolean
attribution_fill_cb (WfTidyWriter  *writer,
                     gpointer       data,
                     GError       **error)
{
  const Output *o = data;

  return wf_attribution_export (writer, o->scenario, o->attribution, o->by_group, error);
}

static int
usage (const char *message)
{
  wf_cli_usage_message ("ensemble", message);
  return WF_CLI_EXIT_USAGE;
}

int
wf_cli_ensemble (int    argc,
                 char **argv)
{
  g_autofree char *scenario_name = NULL;
  g_autofree char *reference_name = NULL;
  g_autofree char *runs_text = NULL;
  g_autofree char *seed_text = NULL;
  g_autofree char *outputs_text = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *tornado_name = NULL;
  g_autofree char *attribution_name = NULL;
  g_autofree char *output = NULL;
  g_autofree char *metrics = metric_list ();
  g_autofree char *description = NULL;
  int n_threads = 0;
  gboolean by_sector = FALSE;
  gboolean by_group = FALSE;
  const GOptionEntry entries[] = {
    { "scenario", 's', 0, G_OPTION_ARG_STRING, &scenario_name,
      N_("The scenario, by id or name (default: the file’s current one)"), N_("ID") },
    { "runs", 'n', 0, G_OPTION_ARG_STRING, &runs_text,
      N_("Number of runs (default 1000)"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &seed_text,
      N_("Seed of the Latin hypercube (default: the scenario’s)"), N_("S") },
    { "threads", 'j', 0, G_OPTION_ARG_INT, &n_threads,
      N_("Threads to run on (default 0: one per processor); the numbers do not depend on it"),
      N_("N") },
    { "outputs", 0, 0, G_OPTION_ARG_STRING, &outputs_text,
      N_("Comma-separated indicators to summarise (default: all)"), N_("ID,…") },
    { "by-sector", 0, 0, G_OPTION_ARG_NONE, &by_sector,
      N_("Percentiles for each sector as well as for all sectors"), NULL },
    { "tornado", 0, 0, G_OPTION_ARG_STRING, &tornado_name,
      N_("Instead, each lever at its low and high, ranked by the swing of METRIC"), N_("METRIC") },
    { "attribution", 0, 0, G_OPTION_ARG_STRING, &attribution_name,
      N_("Instead, split METRIC’s difference from the reference into each lever’s part "
         "(exact Shapley values)"), N_("METRIC") },
    { "reference", 0, 0, G_OPTION_ARG_STRING, &reference_name,
      N_("Reference scenario of --attribution (default: every lever at its default)"), N_("NAME") },
    { "by-group", 0, 0, G_OPTION_ARG_NONE, &by_group,
      N_("Attribute to the assumptions and the policies instead of each lever"), NULL },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("Output format: csv (default) or json"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Where to write (default “-”, standard output)"), N_("PATH") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(WfDocument) document = NULL;
  g_autoptr(WfScenario) scenario = NULL;
  g_autoptr(WfScenario) reference = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WfEnsemble) ensemble = NULL;
  g_autoptr(WfTornado) tornado = NULL;
  g_autoptr(WfAttribution) attribution = NULL;
  g_autofree char *seed_id = NULL;
  g_autofree char *runs_id = NULL;
  WfCliTidyFill fill;
  WfTidyMeta meta;
  Output out = { 0 };
  WfEnsembleOptions options;
  WfExportFormat format = WF_EXPORT_FORMAT_CSV;
  WfMetric metric = WF_METRIC_NET_JOBS;
  const char *path = NULL;
  int status;

  context = g_option_context_new (_("[FILE]"));
  g_option_context_set_summary (context,
                                _("Run a reproducible Monte Carlo ensemble of a scenario of FILE "
                                  "(or of the bundled world scenario): every lever is drawn from "
                                  "its low–high range (a triangular distribution around its value, "
                                  "Latin hypercube sampling from the seed), and the 5th, 25th, "
                                  "50th, 75th and 95th percentiles of every indicator are written "
                                  "per year, sex and optionally sector, for the scenario and for "
                                  "its difference from the baseline. The same seed gives the same "
                                  "numbers on any number of threads."));
  /* Translators: %s is a list of metric ids */
  description = g_strdup_printf (_("Metrics of --tornado and --attribution: %s."), metrics);
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = wf_cli_parse_options (context, &argc, &argv);
  if (status != WF_CLI_EXIT_OK)
    return status;

  if (argc > 2)
    {
      /* Translators: %s is a command line argument */
      g_autofree char *message = g_strdup_printf (_("unexpected argument “%s”"), argv[2]);

      return usage (message);
    }
  if (argc == 2)
    path = argv[1];

  if (format_name != NULL && !wf_export_format_from_string (format_name, &format))
    {
      {
        g_autofree char *list = wf_cli_join_choices (formats);
        /* Translators: what the user gave as a format, then the list of formats */
        g_autofree char *message = g_strdup_printf (_("unknown format “%s”; expected one of: %s"), format_name, list);

        wf_cli_bad_choice ("ensemble", message);
      }
      return WF_CLI_EXIT_USAGE;
    }

  if (tornado_name != NULL && attribution_name != NULL)
    return usage (_("--tornado and --attribution cannot be used together"));
  if ((tornado_name != NULL && !wf_metric_from_id (tornado_name, &metric)) ||
      (attribution_name != NULL && !wf_metric_from_id (attribution_name, &metric)))
    {
      g_autofree char *message = NULL;

      /* Translators: the first %s is what the user gave, the second a list of metric ids */
      message = g_strdup_printf (_("unknown metric “%s”; expected one of: %s"),
                                 tornado_name ? tornado_name : attribution_name, metrics);
      return usage (message);
    }
  if ((reference_name != NULL || by_group) && attribution_name == NULL)
    return usage (_("--reference and --by-group go with --attribution"));
  if (n_threads < 0)
    return usage (_("the number of threads cannot be negative"));

  document = wf_cli_load_document (path, &error);
  if (document == NULL)
    {
      wf_cli_print_error (error);
      return WF_CLI_EXIT_BAD_INPUT;
    }

  if (scenario_name != NULL)
    scenario = find_scenario (document, scenario_name);
  else if (document->scenarios->len > 0)
    scenario = wf_scenario_copy (wf_document_get_scenario (document,
                                                           MIN (document->view.current_scenario,
                                                                document->scenarios->len - 1)));
  if (scenario == NULL)
    {
      wf_cli_unknown_scenario (document, path ? path : document->dataset->id,
                               scenario_name ? scenario_name : "");
      return WF_CLI_EXIT_BAD_INPUT;
    }

  wf_ensemble_options_init (&options, scenario);
  options.n_threads = wf_cli_cap_threads ((guint) n_threads);
  options.by_sector = by_sector;
  if (runs_text != NULL)
    {
      guint64 runs;

      if (!parse_unsigned (runs_text, 1, WF_ENSEMBLE_MAX_RUNS, &runs))
        {
          /* Translators: %s is what the user gave; %u the largest number of runs */
          g_autofree char *message = g_strdup_printf (_("invalid number of runs “%s”; expected 1 to %u"),
                                                      runs_text, (guint) WF_ENSEMBLE_MAX_RUNS);

          return usage (message);
        }
      options.n_runs = (guint) runs;
    }
  if (seed_text != NULL && !parse_unsigned (seed_text, 0, G_MAXUINT64, &options.seed))
    {
      /* Translators: %s is what the user gave as a seed */
      g_autofree char *message = g_strdup_printf (_("invalid seed “%s”; expected a whole number "
                                                    "from 0"), seed_text);

      return usage (message);
    }
  if (outputs_text != NULL && !parse_outputs (outputs_text, &options.outputs))
    {
      /* Translators: %s is what the user gave */
      g_autofree char *message = g_strdup_printf (_("invalid indicators “%s”; see the “project” "
                                                    "command’s output for their ids"),
                                                  outputs_text);

      return usage (message);
    }

  if (tornado_name != NULL)
    {
      tornado = wf_tornado_compute (document->dataset, scenario, metric, &error);
      if (tornado == NULL)
        {
          wf_cli_print_error (error);
          return WF_CLI_EXIT_BAD_INPUT;
        }
      fill = tornado_fill_cb;
    }
  else if (attribution_name != NULL)
    {
      guint32 groups[2] = {
        wf_lever_group_get_levers (WF_LEVER_GROUP_ASSUMPTION),
        wf_lever_group_get_levers (WF_LEVER_GROUP_POLICY),
      };

      if (reference_name != NULL)
        {
          reference = find_scenario (document, reference_name);
          if (reference == NULL)
            {
              wf_cli_unknown_scenario (document, path ? path : document->dataset->id,
                                       reference_name);
              return WF_CLI_EXIT_BAD_INPUT;
            }
        }

      attribution = wf_attribution_compute (document->dataset, scenario, reference, metric,
                                            by_group ? groups : NULL, by_group ? 2 : 0,
                                            options.n_threads, NULL, &error);
      if (attribution == NULL)
        {
          wf_cli_print_error (error);
          return WF_CLI_EXIT_BAD_INPUT;
        }
      fill = attribution_fill_cb;
    }
  else
    {
      ensemble = wf_ensemble_run (document->dataset, scenario, &options, NULL, &error);
      if (ensemble == NULL)
        {
          wf_cli_print_error (error);
          return WF_CLI_EXIT_BAD_INPUT;
        }
      fill = ensemble_fill_cb;
    }

  out.dataset = document->dataset;
  out.scenario = scenario;
  out.ensemble = ensemble;
  out.tornado = tornado;
  out.attribution = attribution;
  out.by_group = by_group;
  wf_tidy_meta_init_dataset (&meta, document->dataset);
  meta.generator = "ensemble";
  meta.command = wf_cli_get_command_line ();
  if (ensemble != NULL)
    {
      /* As text: a 64-bit seed does not survive a JSON reader's doubles. */
      meta.seed = seed_id = g_strdup_printf ("%" G_GUINT64_FORMAT, ensemble->seed);
      meta.runs = runs_id = g_strdup_printf ("%u", ensemble->n_runs);
    }
  if (!wf_cli_write_tidy (output ? output : "-", format, &meta, fill, &out, &error))
    {
      wf_cli_print_error (error);
      return WF_CLI_EXIT_BAD_INPUT;
    }

  return WF_CLI_EXIT_OK;
}
