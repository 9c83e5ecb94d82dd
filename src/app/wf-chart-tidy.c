/* wf-chart-tidy.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the application's "Data, CSV" and "Data, JSON" exports write and
 * what its Data view shows: the rows of the data layout (docs/data-format.md)
 * behind the chart, the same as "chart --format csv|json" on the command line.
 * One function for both, so the view is what the file holds.
 */
#define G_LOG_DOMAIN "wf-chart-tidy"

#include "config.h"

#include "wf-chart-tidy.h"

/**
 * wf_chart_tidy_meta_init:
 * @meta: the metadata to fill in
 * @document: the document the chart draws
 * @kind: the chart
 *
 * The metadata of the application's data export of a chart: its dataset,
 * `generator: application` and the chart's id.
 */
void
wf_chart_tidy_meta_init (WfTidyMeta       *meta,
                         const WfDocument *document,
                         WfChartKind       kind)
{
  wf_tidy_meta_init_dataset (meta, document->dataset);
  meta->generator = "application";
  meta->chart = wf_chart_kind_to_id (kind);
}

/* The scenario a chart shows as @name: the one stored under that name,
 * else the one shown under it. */
static int
find_shown_scenario (const WfDocument *document,
                     const char       *name)
{
  int index = wf_document_find_scenario (document, name);

  for (guint i = 0; index < 0 && i < document->scenarios->len; i++)
    if (g_strcmp0 (wf_scenario_get_display_name (g_ptr_array_index (document->scenarios, i)), name) == 0)
      index = (int) i;
  return index;
}

/**
 * wf_chart_tidy_write:
 * @writer: where the rows go (a file's writer or a row writer)
 * @document: the document the chart draws
 * @kind: the chart
 * @data: the chart's data (wf_session_get_chart_data ())
 * @error: the writer's error
 *
 * Adds the rows behind the chart to @writer (wf_tidy_export_view ()): the
 * tornado, attribution or ensemble of the uncertainty charts when @data
 * has it, otherwise the projections of the chart's scenarios kept to its
 * sector and lens. A chart without a scenario adds nothing.
 *
 * Returns: %FALSE when the writer failed
 */
gboolean
wf_chart_tidy_write (WfTidyWriter       *writer,
                     const WfDocument   *document,
                     WfChartKind         kind,
                     const WfChartData  *data,
                     GError            **error)
{
  WfChartNeeds needs = wf_chart_kind_get_needs (kind);
  const WfScenario *scenarios[WF_CHART_MAX_SCENARIOS];
  const WfResults *results[WF_CHART_MAX_SCENARIOS];
  WfTidyView view = { scenarios, results, 0, data->sector, data->lens, NULL, NULL, NULL };

  g_return_val_if_fail (writer != NULL && document != NULL && data != NULL, FALSE);

  /* The chart's scenarios, by the names it shows them with: a preset's
   * name in the reader's language (wf_scenario_get_display_name ()), which
   * the session keeps apart from every other scenario's. */
  for (guint i = 0; i < data->n_scenarios && i < WF_CHART_MAX_SCENARIOS; i++)
    {
      int index = find_shown_scenario (document, data->names[i]);

      if (index < 0 || data->results[i] == NULL)
        continue;
      scenarios[view.n_scenarios] = wf_document_get_scenario (document, (guint) index);
      results[view.n_scenarios] = data->results[i];
      view.n_scenarios++;
    }
  view.ensemble = (needs & WF_CHART_NEEDS_ENSEMBLE) ? data->ensemble : NULL;
  view.tornado = (needs & WF_CHART_NEEDS_TORNADO) ? data->tornado : NULL;
  view.attribution = (needs & WF_CHART_NEEDS_ATTRIBUTION) ? data->attribution : NULL;

  if (view.n_scenarios == 0)
    return TRUE;
  return wf_tidy_export_view (writer, document->dataset, &view, error);
}
