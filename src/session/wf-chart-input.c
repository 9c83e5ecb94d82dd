/* wf-chart-input.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window, the projector, the exports, the data view and the command
 * line all draw from what wf_chart_input_fill () assembles, so that a
 * chart shows the same numbers wherever it is drawn. What a kind needs is
 * read from its entry in the kinds table, never from its name.
 */
#define G_LOG_DOMAIN "wf-chart-input"

#include "config.h"

#include "wf-chart-input.h"

WfComputation
wf_chart_kind_get_computations (WfChartKind kind)
{
  WfChartNeeds needs = wf_chart_kind_get_needs (kind);

  return ((needs & WF_CHART_NEEDS_ENSEMBLE) ? WF_COMPUTATION_ENSEMBLE : 0) |
         ((needs & WF_CHART_NEEDS_TORNADO) ? WF_COMPUTATION_TORNADO : 0) |
         ((needs & WF_CHART_NEEDS_ATTRIBUTION) ? WF_COMPUTATION_ATTRIBUTION : 0);
}

WfChartKind
wf_chart_input_get_kind (const WfViewState *view)
{
  WfChartKind kind;

  g_return_val_if_fail (view != NULL, WF_CHART_EMPLOYMENT);

  if (view->chart != NULL && wf_chart_kind_from_id (view->chart, &kind))
    return kind;
  return WF_CHART_EMPLOYMENT;
}

/* A compared scenario as the view names it in memory: by name (the file
 * gives ids, which the reader turns into names), or failing that by id. */
static int
find_compared (const WfDocument *document,
               const char       *key)
{
  int index = wf_document_find_scenario (document, key);

  return index >= 0 ? index : wf_document_find_scenario_by_id (document, key);
}

guint
wf_chart_input_get_compared (const WfDocument  *document,
                             const WfViewState *view,
                             guint             *indices,
                             guint              max)
{
  guint current;
  guint n = 0;

  g_return_val_if_fail (document != NULL && document->scenarios->len > 0, 0);
  g_return_val_if_fail (view != NULL, 0);
  g_return_val_if_fail (indices != NULL || max == 0, 0);

  current = MIN (view->current_scenario, document->scenarios->len - 1);
  for (guint i = 0; view->compared != NULL && i < view->compared->len && n < max; i++)
    {
      int index = find_compared (document, g_ptr_array_index (view->compared, i));
      gboolean seen = index < 0 || (guint) index == current;

      for (guint j = 0; j < n && !seen; j++)
        seen = indices[j] == (guint) index;
      if (!seen)
        indices[n++] = (guint) index;
    }
  return n;
}

static void
add_scenario (WfChartData        *data,
              const WfDocument   *document,
              guint               index,
              WfChartResultsFunc  results,
              gpointer            user_data)
{
  g_assert (index < document->scenarios->len);
  g_assert (data->n_scenarios < WF_CHART_MAX_SCENARIOS);

  data->results[data->n_scenarios] = results (index, user_data);
  data->names[data->n_scenarios] =
    wf_scenario_get_display_name (g_ptr_array_index (document->scenarios, index));
  data->n_scenarios++;
}

void
wf_chart_input_fill (WfChartData        *data,
                     const WfDocument   *document,
                     const WfViewState  *view,
                     WfChartKind         kind,
                     WfChartResultsFunc  results,
                     gpointer            user_data,
                     WfUncertainty      *uncertainty)
{
  WfChartNeeds needs;
  guint current;

  g_return_if_fail (data != NULL);
  g_return_if_fail (document != NULL && document->scenarios->len > 0);
  g_return_if_fail (view != NULL);
  g_return_if_fail (kind < WF_N_CHART_KINDS);
  g_return_if_fail (results != NULL);

  needs = wf_chart_kind_get_needs (kind);
  current = MIN (view->current_scenario, document->scenarios->len - 1);

  wf_chart_data_init (data);
  data->dataset = document->dataset;
  data->lens = view->lens;
  data->sector = view->sector_filter ? wf_dataset_find_sector (document->dataset, view->sector_filter) : -1;
  data->difference = view->difference;
  data->metric = view->metric;
  add_scenario (data, document, current, results, user_data);

  /* Every chart gets the scenarios chosen for comparison; each kind draws
   * those it can (docs/charts.md). */
  {
    guint compared[WF_CHART_MAX_SCENARIOS - 1];
    guint n = wf_chart_input_get_compared (document, view, compared, G_N_ELEMENTS (compared));

    for (guint i = 0; i < n; i++)
      add_scenario (data, document, compared[i], results, user_data);
  }

  if (needs & WF_CHART_NEEDS_COMPARISON)
    {
      /* Nothing chosen: every scenario. */
      if (data->n_scenarios == 1)
        for (guint i = 0; i < document->scenarios->len; i++)
          if (i != current && data->n_scenarios < WF_CHART_MAX_SCENARIOS)
            add_scenario (data, document, i, results, user_data);
    }

  /* Every scenario, projected now: the caller's results function keeps
   * them, and the caller points every_results at its array of them. */
  if (needs & WF_CHART_NEEDS_EVERY_SCENARIO)
    {
      for (guint i = 0; i < document->scenarios->len; i++)
        results (i, user_data);
      data->every_scenario = (const WfScenario * const *) document->scenarios->pdata;
      data->n_every = document->scenarios->len;
      data->every_current = current;
    }

  if (uncertainty != NULL)
    {
      if (needs & WF_CHART_NEEDS_ENSEMBLE)
        data->ensemble = wf_uncertainty_get_ensemble (uncertainty);
      if (needs & WF_CHART_NEEDS_TORNADO)
        data->tornado = wf_uncertainty_get_tornado (uncertainty);
      if (needs & WF_CHART_NEEDS_ATTRIBUTION)
        data->attribution = wf_uncertainty_get_attribution (uncertainty);
    }
}

/* Projects the scenarios the assembler asks for, once each. */
static const WfResults *
input_results (guint    index,
               gpointer user_data)
{
  WfChartInput *self = user_data;

  g_assert (index < self->results->len);
  if (g_ptr_array_index (self->results, index) == NULL && self->error == NULL)
    self->results->pdata[index] = wf_model_project (self->document->dataset,
                                                    g_ptr_array_index (self->document->scenarios, index),
                                                    &self->error);
  return g_ptr_array_index (self->results, index);
}

/**
 * wf_chart_input_new_sync:
 * @document: a document
 * @view: what to show, in place of the document's view
 * @kind: the chart
 * @n_runs: the runs of an ensemble, when @kind needs one
 *
 * Projects the scenarios the chart shows and computes, in the calling
 * thread, the ensemble, tornado or attribution it needs.
 *
 * Returns: (transfer full): the chart's input, or %NULL with @error set
 */
WfChartInput *
wf_chart_input_new_sync (const WfDocument   *document,
                         const WfViewState  *view,
                         WfChartKind         kind,
                         guint               n_runs,
                         GCancellable       *cancellable,
                         GError            **error)
{
  g_autoptr(WfChartInput) self = NULL;
  WfComputation what = wf_chart_kind_get_computations (kind);

  g_return_val_if_fail (document != NULL && document->scenarios->len > 0, NULL);
  g_return_val_if_fail (view != NULL, NULL);

  self = g_new0 (WfChartInput, 1);
  self->document = document;
  self->results = g_ptr_array_new_with_free_func ((GDestroyNotify) wf_results_free);
  g_ptr_array_set_size (self->results, document->scenarios->len);

  if (what != WF_COMPUTATION_NONE)
    {
      guint current = MIN (view->current_scenario, document->scenarios->len - 1);

      self->uncertainty = wf_uncertainty_new ();
      wf_uncertainty_set_n_runs (self->uncertainty, n_runs);
      wf_uncertainty_set_metric (self->uncertainty, view->metric);
      wf_uncertainty_set_by_sector (self->uncertainty,
                                    view->sector_filter != NULL &&
                                    wf_dataset_find_sector (document->dataset, view->sector_filter) >= 0);
      wf_uncertainty_set_input (self->uncertainty, document->dataset,
                                g_ptr_array_index (document->scenarios, current));
      if (!wf_uncertainty_compute_sync (self->uncertainty, what, cancellable, error))
        return NULL;
    }

  wf_chart_input_fill (&self->data, document, view, kind, input_results, self, self->uncertainty);
  if (wf_chart_kind_get_needs (kind) & WF_CHART_NEEDS_EVERY_SCENARIO)
    self->data.every_results = (const WfResults * const *) self->results->pdata;
  if (self->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&self->error));
      return NULL;
    }
  return g_steal_pointer (&self);
}

void
wf_chart_input_free (WfChartInput *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->results, g_ptr_array_unref);
  g_clear_object (&self->uncertainty);
  g_clear_error (&self->error);
  g_free (self);
}
