/* wf-cli-chart.c: workforce-foresight-cli chart, and the charts of "list"
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wf-cli-chart"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "wf-chart.h"
#include "wf-chart-input.h"
#include "wf-cli.h"
#include "wf-cli-common.h"
#include "wf-core.h"
#include "wf-io.h"

/* A scenario by its id or name (wf_cli_find_scenario). */
static int
find_scenario (const WfDocument *document,
               const char       *name)
{
  return wf_cli_find_scenario (document, name);
}

/* The formats of "chart": the data layout, then the pictures. */
static const char * const formats[] = { "csv", "json", "svg", "png", "pdf", NULL };

/* What the data export of a chart writes. */
typedef struct
{
  WfChartKind         kind;
  const WfDocument   *document;
  const WfChartInput *input;
  const WfScenario   *current;
} ChartData;

/* The numbers behind a chart in the data layout (wf_tidy_export_view). */
static gboolean
chart_fill_cb (WfTidyWriter  *writer,
               gpointer       user_data,
               GError       **error)
{
  const ChartData *c = user_data;
  const WfChartData *data = &c->input->data;
  WfChartNeeds needs = wf_chart_kind_get_needs (c->kind);
  const WfScenario *scenarios[WF_CHART_MAX_SCENARIOS];
  WfTidyView view = { scenarios, data->results, data->n_scenarios, data->sector, data->lens,
                      NULL, NULL, NULL };

  view.ensemble = (needs & WF_CHART_NEEDS_ENSEMBLE) ? data->ensemble : NULL;
  view.tornado = (needs & WF_CHART_NEEDS_TORNADO) ? data->tornado : NULL;
  view.attribution = (needs & WF_CHART_NEEDS_ATTRIBUTION) ? data->attribution : NULL;
  for (guint i = 0; i < data->n_scenarios; i++)
    {
      scenarios[i] = NULL;
      /* The input keeps the results by the document's scenario index. */
      for (guint j = 0; j < c->input->results->len && scenarios[i] == NULL; j++)
        if (g_ptr_array_index (c->input->results, j) == data->results[i])
          scenarios[i] = g_ptr_array_index (c->document->scenarios, j);
      g_assert (scenarios[i] != NULL);
    }
  return wf_tidy_export_view (writer, c->document->dataset, &view, error);
}

static int
find_sector (const WfDataset *dataset,
             const char      *id)
{
  int index = wf_dataset_find_sector (dataset, id);

  if (index >= 0)
    return index;
  for (guint s = 0; s < dataset->n_sectors; s++)
    if (g_ascii_strcasecmp (dataset->sectors[s].id, id) == 0)
      return (int) s;
  return -1;
}

/* "list charts": the kinds drawn by this build, id and title. The charts
 * are the same for every file, so @path is not read. */
int
wf_cli_list_charts (const char *path)
{
  for (guint k = 0; k < WF_N_CHART_KINDS; k++)
    {
      g_print ("%-12s  %s\n", wf_chart_kind_to_id (k), wf_chart_kind_get_title (k));
    }
  return WF_CLI_EXIT_OK;
}

int
wf_cli_chart (int    argc,
              char **argv)
{
  g_autofree char *kind_id = NULL;
  g_autofree char *scenario_name = NULL;
  g_auto(GStrv) compare = NULL;
  g_autofree char *lens_id = NULL;
  g_autofree char *sector_id = NULL;
  g_autofree char *format_id = NULL;
  g_autofree char *theme_id = NULL;
  g_autofree char *output = NULL;
  g_auto(GStrv) files = NULL;
  g_autofree char *metric_id = NULL;
  int runs = WF_ENSEMBLE_DEFAULT_RUNS;
  int width = 1280, height = 720;
  double scale = 1.0;
  gboolean difference = FALSE;
  gboolean c_locale = FALSE;
  GOptionEntry entries[] = {
    { "chart", 'c', 0, G_OPTION_ARG_STRING, &kind_id, N_("The chart to draw (see “list charts”)"), N_("KIND") },
    { "scenario", 's', 0, G_OPTION_ARG_STRING, &scenario_name, N_("The scenario to draw, by id or name (default: the file’s current one)"), N_("ID") },
    { "compare", 0, 0, G_OPTION_ARG_STRING_ARRAY, &compare, N_("A scenario to compare with, by id or name (repeatable)"), N_("ID") },
    { "difference", 0, 0, G_OPTION_ARG_NONE, &difference, N_("Compare as differences from the baseline without the AI push"), NULL },
    { "lens", 0, 0, G_OPTION_ARG_STRING, &lens_id, N_("Gender lens: total, women, men or gap"), N_("LENS") },
    { "sector", 0, 0, G_OPTION_ARG_STRING, &sector_id, N_("Show one sector only (its id)"), N_("ID") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_id, N_("csv, json, svg, png or pdf (default: from the file name, else svg)"), N_("FORMAT") },
    { "width", 'W', 0, G_OPTION_ARG_INT, &width, N_("Width in pixels, in points for a PDF (default 1280)"), N_("PX") },
    { "height", 'H', 0, G_OPTION_ARG_INT, &height, N_("Height in pixels, in points for a PDF (default 720)"), N_("PX") },
    { "theme", 't', 0, G_OPTION_ARG_STRING, &theme_id, N_("light, dark or presentation"), N_("THEME") },
    { "scale", 0, 0, G_OPTION_ARG_DOUBLE, &scale, N_("Pixels per unit of a PNG, for HiDPI (default 1)"), N_("N") },
    { "c-locale", 0, 0, G_OPTION_ARG_NONE, &c_locale, N_("Label the axes of a picture with numbers as 1234.5 whatever the locale (data files always are)"), NULL },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, N_("Runs of the ensemble behind the fan chart (default 1000)"), N_("N") },
    { "metric", 0, 0, G_OPTION_ARG_STRING, &metric_id, N_("What the tornado and the attribution explain (default net-jobs)"), N_("ID") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Where to write; “-” for standard output"), N_("PATH") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDocument) document = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(WfChartInput) input = NULL;
  g_autoptr(GPtrArray) compared = g_ptr_array_new ();
  WfViewState view = { 0 };
  WfMetric metric = WF_METRIC_NET_JOBS;
  const char *display_name;
  WfChartKind kind;
  WfChartFormat format = WF_CHART_FORMAT_SVG;
  WfExportFormat data_format = WF_EXPORT_FORMAT_CSV;
  gboolean as_data = FALSE;
  WfChartStyle style;
  WfLens lens = WF_LENS_TOTAL;
  int current;
  int status;

  context = g_option_context_new (_("[FILE] — draw a chart of a scenario"));
  g_option_context_set_summary (context, _("Draws one chart as SVG, PNG or PDF, or writes the numbers "
                                           "behind it as CSV. Without FILE, the bundled world scenario."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = wf_cli_parse_options (context, &argc, &argv);
  if (status != WF_CLI_EXIT_OK)
    return status;

  if (kind_id == NULL)
    {
      wf_cli_usage_message ("chart", _("missing --chart KIND"));
      return WF_CLI_EXIT_USAGE;
    }
  if (!wf_chart_kind_from_id (kind_id, &kind))
    {
      const char *kinds[WF_N_CHART_KINDS + 1];

      for (guint k = 0; k < WF_N_CHART_KINDS; k++)
        kinds[k] = wf_chart_kind_to_id (k);
      kinds[WF_N_CHART_KINDS] = NULL;
      {
        g_autofree char *list = wf_cli_join_choices (kinds);
        /* Translators: what the user gave as a chart kind, then the list of kinds */
        g_autofree char *message = g_strdup_printf (_("unknown chart “%s”; expected one of: %s"), kind_id, list);

        wf_cli_bad_choice ("chart", message);
      }
      return WF_CLI_EXIT_USAGE;
    }
  if (output == NULL)
    {
      wf_cli_usage_message ("chart", _("missing -o PATH (use “-o -” for standard output)"));
      return WF_CLI_EXIT_USAGE;
    }
  if (format_id != NULL)
    {
      as_data = wf_export_format_from_string (format_id, &data_format);
      if (!as_data && !wf_chart_format_from_id (format_id, &format))
        {
          {
            g_autofree char *list = wf_cli_join_choices (formats);
            /* Translators: what the user gave as a format, then the list of formats */
            g_autofree char *message = g_strdup_printf (_("unknown format “%s”; expected one of: %s"), format_id, list);

            wf_cli_bad_choice ("chart", message);
          }
          return WF_CLI_EXIT_USAGE;
        }
    }
  else
    {
      const char *dot = strrchr (output, '.');

      as_data = dot != NULL && wf_export_format_from_string (dot + 1, &data_format);
      if (!as_data && (dot == NULL || !wf_chart_format_from_id (dot + 1, &format)))
        format = WF_CHART_FORMAT_SVG;
    }
  if (lens_id != NULL && !wf_lens_from_id (lens_id, &lens))
    {
      static const char * const lenses[] = { "total", "women", "men", "gap", NULL };

      {
        g_autofree char *list = wf_cli_join_choices (lenses);
        /* Translators: what the user gave as a gender lens, then the list of lenses */
        g_autofree char *message = g_strdup_printf (_("unknown lens “%s”; expected one of: %s"), lens_id, list);

        wf_cli_bad_choice ("chart", message);
      }
      return WF_CLI_EXIT_USAGE;
    }
  wf_chart_style_init (&style);
  if (theme_id != NULL && !wf_chart_theme_from_id (theme_id, &style.theme))
    {
      static const char * const themes[] = { "light", "dark", "presentation", NULL };

      {
        g_autofree char *list = wf_cli_join_choices (themes);
        /* Translators: what the user gave as a theme, then the list of themes */
        g_autofree char *message = g_strdup_printf (_("unknown theme “%s”; expected one of: %s"), theme_id, list);

        wf_cli_bad_choice ("chart", message);
      }
      return WF_CLI_EXIT_USAGE;
    }
  if (width < 16 || height < 16 || width > 16384 || height > 16384)
    {
      wf_cli_usage_message ("chart", _("--width and --height must be between 16 and 16384 pixels"));
      return WF_CLI_EXIT_USAGE;
    }
  if (!(scale >= 0.25 && scale <= 8.0))
    {
      wf_cli_usage_message ("chart", _("--scale must be between 0.25 and 8"));
      return WF_CLI_EXIT_USAGE;
    }
  if (files != NULL && g_strv_length (files) > 1)
    {
      wf_cli_usage_message ("chart", _("give at most one FILE"));
      return WF_CLI_EXIT_USAGE;
    }
  if (runs < 1 || runs > WF_ENSEMBLE_MAX_RUNS)
    {
      /* Translators: the largest number of runs */
      g_autofree char *message = g_strdup_printf (_("--runs must be between 1 and %u"), (guint) WF_ENSEMBLE_MAX_RUNS);

      wf_cli_usage_message ("chart", message);
      return WF_CLI_EXIT_USAGE;
    }
  if (metric_id != NULL && !wf_metric_from_id (metric_id, &metric))
    {
      GString *ids = g_string_new (NULL);
      g_autofree char *message = NULL;

      for (guint m = 0; m < WF_N_METRICS; m++)
        g_string_append_printf (ids, "%s%s", m ? ", " : "", wf_metric_to_id (m));
      /* Translators: %s is what the user gave, then the list of metric ids */
      message = g_strdup_printf (_("unknown metric “%s”; expected one of: %s"), metric_id, ids->str);
      g_string_free (ids, TRUE);
      wf_cli_usage_message ("chart", message);
      return WF_CLI_EXIT_USAGE;
    }
  style.c_locale = c_locale;
  style.scale = scale;

  display_name = files != NULL && files[0] != NULL ? files[0] : _("the bundled world scenario");
  document = wf_cli_load_document (files != NULL ? files[0] : NULL, &error);
  if (document == NULL)
    {
      wf_cli_print_error (error);
      return WF_CLI_EXIT_BAD_INPUT;
    }

  if (document->scenarios->len == 0)
    {
      wf_cli_print_message ("chart", display_name, _("the file has no scenario"));
      return WF_CLI_EXIT_BAD_INPUT;
    }

  current = MIN (document->view.current_scenario, document->scenarios->len - 1);
  if (scenario_name != NULL)
    {
      current = find_scenario (document, scenario_name);
      if (current < 0)
        {
          wf_cli_unknown_scenario (document, display_name, scenario_name);
          return WF_CLI_EXIT_BAD_INPUT;
        }
    }

  /* The view drawn: the file's comparison unless --compare says otherwise,
   * the rest from the options. */
  view.lens = lens;
  view.current_scenario = (guint) current;
  view.difference = difference;
  view.metric = metric;
  view.compared = compared;
  if (compare != NULL)
    {
      for (guint i = 0; compare[i] != NULL; i++)
        {
          int index = find_scenario (document, compare[i]);

          if (index < 0)
            {
              wf_cli_unknown_scenario (document, display_name, compare[i]);
              return WF_CLI_EXIT_BAD_INPUT;
            }
          g_ptr_array_add (compared, ((WfScenario *) g_ptr_array_index (document->scenarios, index))->name);
        }
      if (compared->len + 1 > WF_CHART_MAX_SCENARIOS)
        {
          /* Translators: the largest number of scenarios on one chart */
          g_autofree char *message = g_strdup_printf (_("a chart compares at most %d scenarios"), WF_CHART_MAX_SCENARIOS);

          wf_cli_usage_message ("chart", message);
          return WF_CLI_EXIT_USAGE;
        }
    }
  else
    view.compared = document->view.compared;

  if (sector_id != NULL)
    {
      int sector = find_sector (document->dataset, sector_id);

      if (sector < 0)
        {
          g_autofree char *message =
            /* Translators: %s is a sector id given on the command line */
            g_strdup_printf (_("no sector “%s” in the dataset"), sector_id);

          wf_cli_print_message ("chart", display_name, message);
          return WF_CLI_EXIT_BAD_INPUT;
        }
      view.sector_filter = document->dataset->sectors[sector].id;
    }

  /* The projections and the uncertainty charts' runs, with the scenario's
   * seed, on every processor: the assembler the application uses. */
  input = wf_chart_input_new_sync (document, &view, kind, (guint) runs, NULL, &error);
  if (input == NULL)
    {
      wf_cli_print_message ("chart", display_name, error->message);
      return WF_CLI_EXIT_BAD_INPUT;
    }

  if (as_data)
    {
      ChartData chart = { kind, document, input, wf_document_get_scenario (document, (guint) current) };
      g_autofree char *runs_text = NULL;
      g_autofree char *seed_text = NULL;
      WfTidyMeta meta;
      gboolean ok;

      wf_tidy_meta_init_dataset (&meta, document->dataset);
      if ((wf_chart_kind_get_needs (kind) & WF_CHART_NEEDS_ENSEMBLE) && input->data.ensemble != NULL)
        {
          meta.runs = runs_text = g_strdup_printf ("%u", input->data.ensemble->n_runs);
          meta.seed = seed_text = g_strdup_printf ("%" G_GUINT64_FORMAT, input->data.ensemble->seed);
        }
      meta.generator = "chart";
      meta.chart = wf_chart_kind_to_id (kind);
      meta.command = wf_cli_get_command_line ();
      ok = wf_cli_write_tidy (output, data_format, &meta, chart_fill_cb, &chart, &error);
      wf_chart_shutdown ();
      if (!ok)
        {
          wf_cli_print_message ("chart", NULL, error->message);
          return WF_CLI_EXIT_BAD_INPUT;
        }
      return WF_CLI_EXIT_OK;
    }

  bytes = wf_chart_export_bytes (format, width, height, scale, kind, &style, &input->data, &error);
  /* The process ends after this chart: free the font caches for leak checkers. */
  wf_chart_shutdown ();
  if (bytes == NULL)
    {
      wf_cli_print_message ("chart", NULL, error->message);
      return WF_CLI_EXIT_BAD_INPUT;
    }
  if (!wf_cli_write_output (output, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error))
    {
      wf_cli_print_message ("chart", NULL, error->message);
      return WF_CLI_EXIT_BAD_INPUT;
    }
  return WF_CLI_EXIT_OK;
}
