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

static const char *group_ids[] = { "assumptions", "policies" };

/* A scenario by its name in the document, or a bundled preset by its id
 * (as a copy, when the document does not hold it). */
static WfScenario *
find_scenario (const WfDocument *document,
               const char       *name)
{
  int index = wf_document_find_scenario (document, name);
  WfPreset preset;

  if (index >= 0)
    return wf_scenario_copy (wf_document_get_scenario (document, (guint) index));
  if (wf_preset_from_id (name, &preset))
    return wf_scenario_new_preset (preset);
  return NULL;
}

static void
print_unknown_scenario (const char       *path,
                        const WfDocument *document,
                        const char       *name)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < document->scenarios->len; i++)
    g_string_append_printf (names, "%s“%s”", i ? ", " : "",
                            ((WfScenario *) g_ptr_array_index (document->scenarios, i))->name);
  /* Translators: a scenario name, a file name, then a list of names */
  g_printerr (_("workforce-foresight-cli: %s: no scenario is named “%s”; the scenarios are %s\n"),
              path ? path : document->dataset->id, name, names->str);
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

/* The rows of each year, scope and sector: all, women, men, unknown, then
 * the gap (women minus men, run by run). */
static const int sexes[] = { WF_SEX_ALL, WF_SEX_WOMEN, WF_SEX_MEN, WF_SEX_UNKNOWN, WF_ENSEMBLE_SEX_GAP };

/* The sexes to write: women, men, and unknown only when the dataset has
 * employment whose sex it does not know. */
static gboolean
write_sex (const WfDataset *dataset,
           int              sex)
{
  return sex != WF_SEX_UNKNOWN || wf_dataset_total_employment (dataset, WF_SEX_UNKNOWN) > 0.0;
}

static const char *
sex_id (int sex)
{
  return sex == WF_SEX_ALL ? "all" : sex == WF_ENSEMBLE_SEX_GAP ? "gap" : wf_sex_to_id (sex);
}

static const char *
sector_id (const WfDataset *dataset,
           int              sector)
{
  return sector < 0 ? "all" : dataset->sectors[sector].id;
}

static const char *
output_unit (WfOutput output)
{
  /* As in the project export: productivity is an index, base year = 1. */
  if (output == WF_OUTPUT_PRODUCTIVITY)
    return "index";
  return wf_output_is_share (output) ? "share" : "thousands";
}

static void
json_number (GString *out,
             double   value)
{
  if (isfinite (value))
    wf_io_append_double (out, value);
  else
    g_string_append (out, "null");
}

static GString *
ensemble_to_text (const WfDataset  *dataset,
                  const WfScenario *scenario,
                  const WfEnsemble *ensemble,
                  gboolean          json)
{
  GString *out = g_string_sized_new (64 * 1024);
  gboolean first = TRUE;
  int n_sector_rows = ensemble->by_sector ? (int) ensemble->n_sectors : 0;

  if (json)
    {
      g_string_append (out, "{\n  \"scenario\": ");
      wf_io_append_json (out, scenario->name);
      g_string_append (out, ",\n  \"dataset\": ");
      wf_io_append_json (out, dataset->id);
      g_string_append_printf (out, ",\n  \"base_year\": %d,\n  \"horizon\": %d,\n"
                              "  \"runs\": %u,\n  \"seed\": %" G_GUINT64_FORMAT ",\n"
                              "  \"sampling\": \"latin-hypercube-triangular\",\n"
                              "  \"percentile_definition\": \"hyndman-fan-7\",\n"
                              "  \"rows\": [",
                              ensemble->base_year, ensemble->horizon, ensemble->n_runs,
                              ensemble->seed);
    }
  else
    g_string_append (out, "year,scope,sector,sex,indicator,unit,p5,p25,p50,p75,p95\n");

  for (guint y = 0; y < ensemble->n_years; y++)
    for (guint scope = 0; scope < WF_N_ENSEMBLE_SCOPES; scope++)
      for (int s = -1; s < n_sector_rows; s++)
        for (guint si = 0; si < G_N_ELEMENTS (sexes); si++)
          for (guint o = 0; o < WF_N_OUTPUTS; o++)
            {
              int g = sexes[si];

              if (!wf_ensemble_has_output (ensemble, o) || (g >= 0 && !write_sex (dataset, g)))
                continue;

              if (json)
                {
                  g_string_append (out, first ? "\n    " : ",\n    ");
                  g_string_append_printf (out, "{\"year\": %d, \"scope\": \"%s\", \"sector\": ",
                                          ensemble->base_year + (int) y,
                                          wf_ensemble_scope_to_id (scope));
                  wf_io_append_json (out, sector_id (dataset, s));
                  g_string_append_printf (out, ", \"sex\": \"%s\", \"indicator\": \"%s\", "
                                          "\"unit\": \"%s\"",
                                          sex_id (g), wf_output_to_id (o), output_unit (o));
                  for (guint p = 0; p < WF_N_PERCENTILES; p++)
                    {
                      g_string_append_printf (out, ", \"%s\": ", wf_percentile_to_id (p));
                      json_number (out, wf_ensemble_get (ensemble, scope, o, y, s, g, p));
                    }
                  g_string_append_c (out, '}');
                }
              else
                {
                  g_string_append_printf (out, "%d,%s,", ensemble->base_year + (int) y,
                                          wf_ensemble_scope_to_id (scope));
                  wf_io_append_csv (out, sector_id (dataset, s));
                  g_string_append_printf (out, ",%s,%s,%s", sex_id (g), wf_output_to_id (o),
                                          output_unit (o));
                  for (guint p = 0; p < WF_N_PERCENTILES; p++)
                    {
                      g_string_append_c (out, ',');
                      wf_io_append_double (out, wf_ensemble_get (ensemble, scope, o, y, s, g, p));
                    }
                  g_string_append_c (out, '\n');
                }
              first = FALSE;
            }

  if (json)
    g_string_append (out, "\n  ]\n}\n");

  return out;
}

static GString *
tornado_to_text (const WfTornado *tornado,
                 gboolean         json)
{
  GString *out = g_string_new (NULL);
  const char *metric = wf_metric_to_id (tornado->metric);

  if (json)
    {
      g_string_append_printf (out, "{\n  \"metric\": \"%s\",\n  \"unit\": ", metric);
      wf_io_append_json (out, wf_metric_get_unit (tornado->metric));
      g_string_append (out, ",\n  \"central\": ");
      json_number (out, tornado->central);
      g_string_append (out, ",\n  \"bars\": [");
    }
  else
    g_string_append (out, "rank,lever,group,low_value,high_value,metric,central,"
                          "low_metric,high_metric,swing\n");

  for (guint i = 0; i < tornado->n_bars; i++)
    {
      const WfTornadoBar *bar = &tornado->bars[i];
      const char *group = group_ids[wf_lever_get_info (bar->lever)->group];
      const double numbers[] = { bar->low_value, bar->high_value, tornado->central,
                                 bar->low_metric, bar->high_metric, bar->swing };
      const char *keys[] = { "low_value", "high_value", "central", "low_metric",
                             "high_metric", "swing" };

      if (json)
        {
          g_string_append_printf (out, "%s\n    {\"rank\": %u, \"lever\": \"%s\", \"group\": \"%s\"",
                                  i ? "," : "", i + 1, wf_lever_get_id (bar->lever), group);
          for (guint k = 0; k < G_N_ELEMENTS (numbers); k++)
            {
              if (k == 2)
                continue;  /* once, above */
              g_string_append_printf (out, ", \"%s\": ", keys[k]);
              json_number (out, numbers[k]);
            }
          g_string_append_c (out, '}');
        }
      else
        {
          g_string_append_printf (out, "%u,%s,%s", i + 1, wf_lever_get_id (bar->lever), group);
          for (guint k = 0; k < G_N_ELEMENTS (numbers); k++)
            {
              g_string_append_c (out, ',');
              if (k == 2)
                g_string_append_printf (out, "%s,", metric);
              wf_io_append_double (out, numbers[k]);
            }
          g_string_append_c (out, '\n');
        }
    }

  if (json)
    g_string_append (out, "\n  ]\n}\n");

  return out;
}

static char *
part_levers (guint32     levers,
             const char *separator)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < WF_N_LEVERS; i++)
    if (levers & WF_LEVER_BIT (i))
      g_string_append_printf (out, "%s%s", out->len ? separator : "", wf_lever_get_id (i));
  return g_string_free (out, FALSE);
}

static const char *
part_id (const WfAttribution *attribution,
         guint                p,
         gboolean             by_group)
{
  guint32 levers = attribution->parts[p].levers;

  if (by_group)
    return group_ids[p];
  for (guint i = 0; i < WF_N_LEVERS; i++)
    if (levers == WF_LEVER_BIT (i))
      return wf_lever_get_id (i);
  return "";
}

/* A waterfall: the reference, each part, the scenario. */
static GString *
attribution_to_text (const WfAttribution *attribution,
                     gboolean             by_group,
                     gboolean             json)
{
  GString *out = g_string_new (NULL);
  const char *metric = wf_metric_to_id (attribution->metric);

  if (json)
    {
      g_string_append_printf (out, "{\n  \"metric\": \"%s\",\n  \"unit\": ", metric);
      wf_io_append_json (out, wf_metric_get_unit (attribution->metric));
      g_string_append (out, ",\n  \"method\": \"shapley-exact\",\n  \"reference_value\": ");
      json_number (out, attribution->reference_value);
      g_string_append (out, ",\n  \"scenario_value\": ");
      json_number (out, attribution->scenario_value);
      g_string_append (out, ",\n  \"total\": ");
      json_number (out, attribution->total);
      g_string_append_printf (out, ",\n  \"projections\": %u,\n  \"parts\": [",
                              attribution->n_projections);
      for (guint p = 0; p < attribution->n_parts; p++)
        {
          g_autofree char *levers = part_levers (attribution->parts[p].levers, "\", \"");

          g_string_append_printf (out, "%s\n    {\"part\": \"%s\", \"levers\": [\"%s\"], "
                                  "\"contribution\": ",
                                  p ? "," : "", part_id (attribution, p, by_group), levers);
          json_number (out, attribution->parts[p].contribution);
          g_string_append_c (out, '}');
        }
      g_string_append (out, "\n  ]\n}\n");
      return out;
    }

  g_string_append (out, "metric,part,levers,value\n");
  g_string_append_printf (out, "%s,reference,,", metric);
  wf_io_append_double (out, attribution->reference_value);
  g_string_append_c (out, '\n');
  for (guint p = 0; p < attribution->n_parts; p++)
    {
      g_autofree char *levers = part_levers (attribution->parts[p].levers, "+");

      g_string_append_printf (out, "%s,%s,%s,", metric, part_id (attribution, p, by_group), levers);
      wf_io_append_double (out, attribution->parts[p].contribution);
      g_string_append_c (out, '\n');
    }
  g_string_append_printf (out, "%s,scenario,,", metric);
  wf_io_append_double (out, attribution->scenario_value);
  g_string_append_c (out, '\n');

  return out;
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
      N_("The scenario, by name or preset id (default: the file’s current one)"), N_("NAME") },
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
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_name,
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
  GString *text = NULL;
  WfEnsembleOptions options;
  WfExportFormat format = WF_EXPORT_FORMAT_CSV;
  WfMetric metric = WF_METRIC_NET_JOBS;
  const char *path = NULL;
  gboolean json;
  gboolean ok;
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
      /* Translators: %s is what the user gave as a format */
      g_autofree char *message = g_strdup_printf (_("unknown format “%s”; expected csv or json"),
                                                  format_name);

      return usage (message);
    }
  json = format == WF_EXPORT_FORMAT_JSON;

  if (tornado_name != NULL && attribution_name != NULL)
    return usage (_("--tornado and --attribution cannot be used together"));
  if ((tornado_name != NULL && !wf_metric_from_id (tornado_name, &metric)) ||
      (attribution_name != NULL && !wf_metric_from_id (attribution_name, &metric)))
    {
      /* Translators: the first %s is what the user gave, the second a list of metric ids */
      g_autofree char *message = g_strdup_printf (_("unknown metric “%s”; expected one of %s"),
                                                  tornado_name ? tornado_name : attribution_name,
                                                  metrics);

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
      print_unknown_scenario (path, document, scenario_name ? scenario_name : "");
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
      g_autoptr(WfTornado) tornado = wf_tornado_compute (document->dataset, scenario, metric, &error);

      if (tornado == NULL)
        {
          wf_cli_print_error (error);
          return WF_CLI_EXIT_BAD_INPUT;
        }
      text = tornado_to_text (tornado, json);
    }
  else if (attribution_name != NULL)
    {
      g_autoptr(WfAttribution) attribution = NULL;
      guint32 groups[2] = {
        wf_lever_group_get_levers (WF_LEVER_GROUP_ASSUMPTION),
        wf_lever_group_get_levers (WF_LEVER_GROUP_POLICY),
      };

      if (reference_name != NULL)
        {
          reference = find_scenario (document, reference_name);
          if (reference == NULL)
            {
              print_unknown_scenario (path, document, reference_name);
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
      text = attribution_to_text (attribution, by_group, json);
    }
  else
    {
      g_autoptr(WfEnsemble) ensemble = wf_ensemble_run (document->dataset, scenario, &options,
                                                        NULL, &error);

      if (ensemble == NULL)
        {
          wf_cli_print_error (error);
          return WF_CLI_EXIT_BAD_INPUT;
        }
      text = ensemble_to_text (document->dataset, scenario, ensemble, json);
    }

  ok = wf_cli_write_output (output ? output : "-", text->str, text->len, &error);
  g_string_free (text, TRUE);
  if (!ok)
    {
      wf_cli_print_error (error);
      return WF_CLI_EXIT_BAD_INPUT;
    }

  return WF_CLI_EXIT_OK;
}
