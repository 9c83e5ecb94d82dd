/* wf-sensitivity.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One-at-a-time sensitivity: each lever in turn at the low and at the high
 * end of its uncertainty range, every other lever at the scenario's value.
 * The levers are ranked by the swing of the chosen metric; a lever whose
 * range is empty (low == high) is not projected and has a swing of zero.
 */
#define G_LOG_DOMAIN "wf-sensitivity"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "wf-model.h"
#include "wf-sensitivity.h"

static int
compare_bars (const void *a,
              const void *b)
{
  const WfTornadoBar *x = a;
  const WfTornadoBar *y = b;

  /* Widest first; equal swings keep the levers' order, so the ranking is
   * the same on every platform whatever qsort () does with ties. */
  if (x->swing != y->swing)
    return x->swing > y->swing ? -1 : 1;
  return (int) x->lever - (int) y->lever;
}

static gboolean
evaluate (const WfDataset   *dataset,
          const WfScenario  *scenario,
          WfResults         *results,
          WfMetric           metric,
          double            *out,
          GError           **error)
{
  if (!wf_model_project_into (dataset, scenario, results, error))
    return FALSE;
  *out = wf_metric_evaluate (results, metric);
  return TRUE;
}

/**
 * wf_tornado_compute:
 * @dataset: a valid dataset
 * @scenario: the scenario, whose low/high ranges are explored
 * @metric: the metric whose swing ranks the levers
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the tornado, or %NULL with @error set
 */
WfTornado *
wf_tornado_compute (const WfDataset   *dataset,
                    const WfScenario  *scenario,
                    WfMetric           metric,
                    GError           **error)
{
  g_autoptr(WfScenario) trial = NULL;
  g_autoptr(WfResults) results = NULL;
  g_autofree WfTornado *self = NULL;

  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (scenario != NULL, NULL);
  g_return_val_if_fail (metric < WF_N_METRICS, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!wf_scenario_validate (scenario, dataset->base_year, error))
    return NULL;

  trial = wf_scenario_copy (scenario);
  results = wf_results_new (dataset->base_year, scenario->horizon,
                            dataset->n_sectors, dataset->n_skills);

  self = g_new0 (WfTornado, 1);
  self->metric = metric;
  self->n_bars = WF_N_LEVERS;
  if (!evaluate (dataset, scenario, results, metric, &self->central, error))
    return NULL;

  for (guint i = 0; i < WF_N_LEVERS; i++)
    {
      WfTornadoBar *bar = &self->bars[i];

      bar->lever = i;
      bar->low_value = scenario->low[i];
      bar->high_value = scenario->high[i];

      if (scenario->low[i] == scenario->high[i])
        {
          bar->low_metric = bar->high_metric = self->central;
          bar->swing = 0.0;
          continue;
        }

      trial->values[i] = scenario->low[i];
      if (!evaluate (dataset, trial, results, metric, &bar->low_metric, error))
        return NULL;
      trial->values[i] = scenario->high[i];
      if (!evaluate (dataset, trial, results, metric, &bar->high_metric, error))
        return NULL;
      trial->values[i] = scenario->values[i];

      bar->swing = fabs (bar->high_metric - bar->low_metric);
    }

  qsort (self->bars, self->n_bars, sizeof self->bars[0], compare_bars);

  return g_steal_pointer (&self);
}

void
wf_tornado_free (WfTornado *self)
{
  g_free (self);
}
