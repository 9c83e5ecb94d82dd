/* wf-cli-workshop.c: workforce-foresight-cli workshop and predict
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The workshop's statistics as CSV or JSON, in the C locale, with lever
 * and outcome ids (docs/workshop.md); and a way to record a participant's
 * prediction in a file.
 */
#define G_LOG_DOMAIN "wf-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wf-cli.h"
#include "wf-cli-common.h"
#include "wf-io.h"
#include "wf-io-util.h"

/* A number, or nothing (CSV) / null (JSON) for NAN. */
static void
append_number (GString  *out,
               double    value,
               gboolean  json)
{
  if (isnan (value))
    {
      if (json)
        g_string_append (out, "null");
      return;
    }
  wf_io_append_double (out, value);
}

static void
append_spread_csv (GString        *out,
                   const WfSpread *spread)
{
  const double values[] = { spread->min, spread->q1, spread->median, spread->q3, spread->max,
                            spread->mean };

  g_string_append_printf (out, ",%u", spread->n);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_string_append_c (out, ',');
      append_number (out, values[i], FALSE);
    }
}

static void
append_spread_json (GString        *out,
                    const WfSpread *spread)
{
  const char *names[] = { "min", "q1", "median", "q3", "max", "mean" };
  const double values[] = { spread->min, spread->q1, spread->median, spread->q3, spread->max,
                            spread->mean };

  g_string_append_printf (out, "\"n\": %u", spread->n);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_string_append_printf (out, ", \"%s\": ", names[i]);
      append_number (out, values[i], TRUE);
    }
}

static void
append_values_json (GString      *out,
                    const double *values,
                    guint         n)
{
  g_string_append_c (out, '[');
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      append_number (out, values[i], TRUE);
    }
  g_string_append_c (out, ']');
}

#define CSV_HEADER "kind,id,n,min,q1,median,q3,max,mean,moved," \
                   "predictions,prediction_min,prediction_q1,prediction_median," \
                   "prediction_q3,prediction_max,prediction_mean\n"

static char *
stats_to_csv (const WfWorkshopStats *stats)
{
  GString *out = g_string_new (CSV_HEADER);

  for (guint l = 0; l < WF_N_LEVERS; l++)
    {
      g_string_append_printf (out, "lever,%s", wf_lever_get_id (l));
      append_spread_csv (out, &stats->levers[l].spread);
      g_string_append_printf (out, ",%u,,,,,,,\n", stats->levers[l].n_moved);
    }
  for (guint m = 0; m < WF_N_HEADLINE_METRICS; m++)
    {
      g_string_append_printf (out, "metric,%s", wf_metric_to_id (stats->metrics[m].metric));
      append_spread_csv (out, &stats->metrics[m].spread);
      g_string_append_c (out, ',');
      append_spread_csv (out, &stats->metrics[m].prediction_spread);
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

/* One row per scenario and lever, outcome or prediction (--values). */
static char *
values_to_csv (const WfWorkshopStats *stats)
{
  GString *out = g_string_new ("scenario,kind,id,value\n");

  for (guint i = 0; i < stats->n_scenarios; i++)
    {
      for (guint l = 0; l < WF_N_LEVERS; l++)
        {
          g_string_append_printf (out, "%s,lever,%s,", stats->scenario_ids[i], wf_lever_get_id (l));
          append_number (out, stats->levers[l].values[i], FALSE);
          g_string_append_c (out, '\n');
        }
      for (guint m = 0; m < WF_N_HEADLINE_METRICS; m++)
        {
          const WfWorkshopMetric *metric = &stats->metrics[m];

          g_string_append_printf (out, "%s,metric,%s,", stats->scenario_ids[i], wf_metric_to_id (metric->metric));
          append_number (out, metric->values[i], FALSE);
          g_string_append_c (out, '\n');
          if (!isnan (metric->predictions[i]))
            {
              g_string_append_printf (out, "%s,prediction,%s,", stats->scenario_ids[i],
                                      wf_metric_to_id (metric->metric));
              append_number (out, metric->predictions[i], FALSE);
              g_string_append_c (out, '\n');
            }
        }
    }

  return g_string_free (out, FALSE);
}

static char *
stats_to_json (const WfDocument      *document,
               const WfWorkshopStats *stats,
               gboolean               include_baseline)
{
  GString *out = g_string_new ("{\n  \"format\": \"workforce-foresight-workshop\",\n  \"version\": 1,\n");
  guint first = include_baseline ? 0 : 1;

  g_string_append (out, "  \"dataset\": {\"id\": ");
  wf_io_append_json (out, document->dataset->id);
  g_string_append (out, ", \"title\": ");
  wf_io_append_json (out, document->dataset->title);
  g_string_append_printf (out, "},\n  \"include_baseline\": %s,\n  \"scenarios\": [",
                          include_baseline ? "true" : "false");
  for (guint i = 0; i < stats->n_scenarios; i++)
    {
      const WfScenario *scenario = g_ptr_array_index (document->scenarios, first + i);

      g_string_append (out, i > 0 ? ",\n    {\"id\": " : "\n    {\"id\": ");
      wf_io_append_json (out, scenario->id);
      g_string_append (out, ", \"name\": ");
      wf_io_append_json (out, scenario->name);
      g_string_append_printf (out, ", \"horizon\": %d, \"file\": ", scenario->horizon);
      if (scenario->origin.file != NULL)
        wf_io_append_json (out, scenario->origin.file);
      else
        g_string_append (out, "null");
      g_string_append (out, ", \"author\": ");
      if (scenario->origin.author != NULL)
        wf_io_append_json (out, scenario->origin.author);
      else
        g_string_append (out, "null");
      g_string_append_c (out, '}');
    }
  g_string_append (out, stats->n_scenarios > 0 ? "\n  ],\n  \"levers\": [" : "],\n  \"levers\": [");

  for (guint l = 0; l < WF_N_LEVERS; l++)
    {
      g_string_append_printf (out, "%s\n    {\"id\": \"%s\", ", l > 0 ? "," : "", wf_lever_get_id (l));
      append_spread_json (out, &stats->levers[l].spread);
      g_string_append_printf (out, ", \"moved\": %u, \"default\": ", stats->levers[l].n_moved);
      wf_io_append_double (out, wf_lever_get_info (l)->default_value);
      g_string_append (out, ", \"values\": ");
      append_values_json (out, stats->levers[l].values, stats->n_scenarios);
      g_string_append_c (out, '}');
    }
  g_string_append (out, "\n  ],\n  \"metrics\": [");

  for (guint m = 0; m < WF_N_HEADLINE_METRICS; m++)
    {
      const WfWorkshopMetric *metric = &stats->metrics[m];

      g_string_append_printf (out, "%s\n    {\"id\": \"%s\", ", m > 0 ? "," : "", wf_metric_to_id (metric->metric));
      append_spread_json (out, &metric->spread);
      g_string_append (out, ", \"values\": ");
      append_values_json (out, metric->values, stats->n_scenarios);
      g_string_append (out, ",\n     \"predictions\": {");
      append_spread_json (out, &metric->prediction_spread);
      g_string_append (out, ", \"values\": ");
      append_values_json (out, metric->predictions, stats->n_scenarios);
      g_string_append (out, "}}");
    }
  g_string_append (out, "\n  ]\n}\n");

  return g_string_free (out, FALSE);
}

int
wf_cli_workshop (int    argc,
                 char **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(WfDocument) document = NULL;
  g_autoptr(WfWorkshopStats) stats = NULL;
  g_autoptr(GError) error = NULL;
  gboolean include_baseline = FALSE;
  gboolean values = FALSE;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("csv (the default) or json"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Where to write (standard output if not given)"), N_("FILE") },
    { "include-baseline", 0, 0, G_OPTION_ARG_NONE, &include_baseline,
      N_("Count the baseline (the first scenario) with the participants’ scenarios"), NULL },
    { "values", 0, 0, G_OPTION_ARG_NONE, &values,
      N_("CSV: one row per scenario and lever, outcome or prediction instead of the statistics"), NULL },
    { NULL }
  };
  int status;

  context = g_option_context_new (_("FILE"));
  g_option_context_set_summary (context,
                                _("The spread of a workshop’s scenarios: per lever and headline outcome, "
                                  "the minimum, quartiles, median, maximum and mean, how many scenarios "
                                  "moved each lever and the predictions recorded."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = wf_cli_parse_options (context, &argc, &argv);
  if (status != WF_CLI_EXIT_OK)
    return status;

  if (argc != 2)
    {
      wf_cli_usage_message ("workshop", _("give exactly one scenario file"));
      return WF_CLI_EXIT_USAGE;
    }
  if (format != NULL && g_strcmp0 (format, "csv") != 0 && g_strcmp0 (format, "json") != 0)
    {
      /* Translators: %s is the format the user gave */
      g_autofree char *message = g_strdup_printf (_("unknown format “%s”; expected csv or json"), format);

      wf_cli_usage_message ("workshop", message);
      return WF_CLI_EXIT_USAGE;
    }
  if (values && g_strcmp0 (format, "json") == 0)
    {
      wf_cli_usage_message ("workshop", _("--values is for CSV; the JSON output has the values already"));
      return WF_CLI_EXIT_USAGE;
    }

  document = wf_cli_load_document (argv[1], &error);
  if (document == NULL)
    {
      wf_cli_print_error (error);
      return WF_CLI_EXIT_BAD_INPUT;
    }
  stats = wf_workshop_stats_compute (document,
                                     include_baseline ? WF_WORKSHOP_INCLUDE_BASELINE : WF_WORKSHOP_NONE,
                                     NULL, &error);
  if (stats == NULL)
    {
      wf_cli_print_error (error);
      return WF_CLI_EXIT_BAD_INPUT;
    }

  if (g_strcmp0 (format, "json") == 0)
    text = stats_to_json (document, stats, include_baseline);
  else if (values)
    text = values_to_csv (stats);
  else
    text = stats_to_csv (stats);

  if (!wf_cli_write_output (output ? output : "-", text, strlen (text), &error))
    {
      wf_cli_print_error (error);
      return WF_CLI_EXIT_BAD_INPUT;
    }

  return WF_CLI_EXIT_OK;
}

int
wf_cli_predict (int    argc,
                char **argv)
{
  g_autofree char *scenario_id = NULL;
  g_autofree char *metric_id = NULL;
  g_autofree char *value_text = NULL;
  g_autofree char *output = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(WfDocument) document = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  int index;
  const GOptionEntry entries[] = {
    { "scenario", 's', 0, G_OPTION_ARG_STRING, &scenario_id,
      N_("The scenario’s id (see “list scenarios”)"), N_("ID") },
    { "metric", 'm', 0, G_OPTION_ARG_STRING, &metric_id,
      N_("The outcome predicted, by id, e.g. net-jobs (docs/workshop.md lists them)"), N_("ID") },
    { "value", 0, 0, G_OPTION_ARG_STRING, &value_text,
      N_("The prediction at the horizon, in the outcome’s unit (a C-locale number), or “none” to remove it"),
      N_("NUMBER") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Where to write the file (“-” for standard output)"), N_("FILE") },
    { NULL }
  };
  WfMetric metric;
  double value = NAN;
  const char *data;
  gsize size = 0;
  int status;

  context = g_option_context_new (_("FILE"));
  g_option_context_set_summary (context,
                                _("Record a participant’s prediction of an outcome at the horizon, made "
                                  "before seeing the model’s answer."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = wf_cli_parse_options (context, &argc, &argv);
  if (status != WF_CLI_EXIT_OK)
    return status;

  if (argc != 2)
    {
      wf_cli_usage_message ("predict", _("give exactly one scenario file"));
      return WF_CLI_EXIT_USAGE;
    }
  if (scenario_id == NULL || metric_id == NULL || value_text == NULL || output == NULL)
    {
      wf_cli_usage_message ("predict", _("give --scenario, --metric, --value and -o FILE"));
      return WF_CLI_EXIT_USAGE;
    }
  if (!wf_metric_from_id (metric_id, &metric))
    {
      g_autoptr(GString) ids = g_string_new (NULL);
      g_autofree char *message = NULL;

      for (guint m = 0; m < WF_N_METRICS; m++)
        g_string_append_printf (ids, "%s%s", m > 0 ? ", " : "", wf_metric_to_id (m));
      /* Translators: the outcome id the user gave, then the list of valid ids */
      message = g_strdup_printf (_("unknown outcome “%s”; expected one of %s"), metric_id, ids->str);

      wf_cli_usage_message ("predict", message);
      return WF_CLI_EXIT_USAGE;
    }
  if (g_strcmp0 (value_text, "none") != 0 && !wf_io_parse_double (value_text, &value))
    {
      /* Translators: %s is the value the user gave */
      g_autofree char *message = g_strdup_printf (_("the value “%s” is not a number such as -1250.5"),
                                                  value_text);

      wf_cli_usage_message ("predict", message);
      return WF_CLI_EXIT_USAGE;
    }

  document = wf_cli_load_document (argv[1], &error);
  /* The id as the file has it: "current-trends" is also the "baseline" of
   * a file of the previous release (wf_cli_find_scenario ()). */
  if (document != NULL && (index = wf_cli_find_scenario (document, scenario_id)) >= 0)
    {
      g_free (scenario_id);
      scenario_id = g_strdup (wf_document_get_scenario (document, (guint) index)->id);
    }
  if (document == NULL ||
      !wf_workshop_set_prediction (document, scenario_id, metric, value, &error) ||
      (bytes = wf_document_to_bytes (document, &error)) == NULL)
    {
      wf_cli_print_error (error);
      return WF_CLI_EXIT_BAD_INPUT;
    }

  data = g_bytes_get_data (bytes, &size);
  if (!wf_cli_write_file (output, data, size, TRUE, &error))
    {
      wf_cli_print_error (error);
      return WF_CLI_EXIT_BAD_INPUT;
    }

  return WF_CLI_EXIT_OK;
}
