/* wf-workshop.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The spread of a workshop's scenarios (docs/workshop.md): per lever the
 * values set and how many moved it, per headline outcome the projected
 * values at each scenario's horizon and the predictions recorded. The
 * quantiles are of type 7 (R's default): for p in [0, 1] and n sorted
 * values x[0..n-1], h = (n - 1) p, and the quantile is
 * x[⌊h⌋] + (h - ⌊h⌋) (x[⌊h⌋ + 1] - x[⌊h⌋]).
 */
#define G_LOG_DOMAIN "wf-workshop"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "wf-core-error.h"
#include "wf-model.h"
#include "wf-workshop.h"

/* The headline's cards, left to right (src/app/wf-headline-bar.c). */
static const WfMetric headline_metrics[WF_N_HEADLINE_METRICS] = {
  WF_METRIC_NET_JOBS,
  WF_METRIC_DISPLACED_OUT_OF_WORK,
  WF_METRIC_JOBS_TRANSFORMED,
  WF_METRIC_WOMEN_SHARE_OF_DISPLACEMENT,
  WF_METRIC_SKILLS_SHORTAGE,
};

/**
 * wf_headline_metrics:
 * @n_metrics: (out) (optional): WF_N_HEADLINE_METRICS
 *
 * Returns: (array length=n_metrics): the outcomes of the headline, in its
 *   order
 */
const WfMetric *
wf_headline_metrics (guint *n_metrics)
{
  if (n_metrics != NULL)
    *n_metrics = WF_N_HEADLINE_METRICS;
  return headline_metrics;
}

double
wf_quantile_type7 (const double *sorted,
                   guint         n,
                   double        p)
{
  double h;
  guint lo;

  g_return_val_if_fail (sorted != NULL && n > 0, NAN);
  g_return_val_if_fail (p >= 0.0 && p <= 1.0, NAN);

  h = (n - 1) * p;
  lo = (guint) floor (h);
  if (lo + 1 >= n)
    return sorted[n - 1];
  return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/**
 * wf_spread_compute:
 * @values: (array length=n): the values (NAN ones are left out)
 * @n: how many
 * @out: (out): the spread
 */
void
wf_spread_compute (const double *values,
                   guint         n,
                   WfSpread     *out)
{
  g_autofree double *sorted = NULL;
  double sum = 0.0;
  guint count = 0;

  g_return_if_fail (out != NULL);
  g_return_if_fail (n == 0 || values != NULL);

  sorted = g_new (double, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    if (!isnan (values[i]))
      {
        sorted[count++] = values[i];
        sum += values[i];
      }

  out->n = count;
  if (count == 0)
    {
      out->min = out->q1 = out->median = out->q3 = out->max = out->mean = NAN;
      return;
    }

  qsort (sorted, count, sizeof (double), compare_doubles);
  out->min = sorted[0];
  out->q1 = wf_quantile_type7 (sorted, count, 0.25);
  out->median = wf_quantile_type7 (sorted, count, 0.5);
  out->q3 = wf_quantile_type7 (sorted, count, 0.75);
  out->max = sorted[count - 1];
  out->mean = sum / count;
}

/**
 * wf_workshop_stats_compute:
 * @document: a document
 * @flags: whether to count the baseline
 * @cancellable: (nullable): to stop between projections
 * @error: return location for an error
 *
 * Returns: (transfer full): the statistics, or %NULL with @error set
 */
WfWorkshopStats *
wf_workshop_stats_compute (const WfDocument  *document,
                           WfWorkshopFlags    flags,
                           GCancellable      *cancellable,
                           GError           **error)
{
  g_autoptr(WfWorkshopStats) self = NULL;
  g_autoptr(WfResults) results = NULL;
  g_autoptr(GError) local_error = NULL;
  guint first, n;

  g_return_val_if_fail (document != NULL && document->dataset != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  first = (flags & WF_WORKSHOP_INCLUDE_BASELINE) != 0 ? 0 : 1;
  n = document->scenarios->len > first ? document->scenarios->len - first : 0;

  self = g_new0 (WfWorkshopStats, 1);
  self->n_scenarios = n;
  self->scenario_ids = g_new0 (char *, n + 1);
  for (guint l = 0; l < WF_N_LEVERS; l++)
    {
      self->levers[l].lever = l;
      self->levers[l].values = g_new0 (double, MAX (n, 1));
    }
  for (guint m = 0; m < WF_N_HEADLINE_METRICS; m++)
    {
      self->metrics[m].metric = headline_metrics[m];
      self->metrics[m].values = g_new0 (double, MAX (n, 1));
      self->metrics[m].predictions = g_new0 (double, MAX (n, 1));
    }

  for (guint i = 0; i < n; i++)
    {
      const WfScenario *scenario = g_ptr_array_index (document->scenarios, first + i);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      self->scenario_ids[i] = g_strdup (scenario->id);
      for (guint l = 0; l < WF_N_LEVERS; l++)
        {
          self->levers[l].values[i] = scenario->values[l];
          if (scenario->values[l] != wf_lever_get_info (l)->default_value)
            self->levers[l].n_moved++;
        }

      /* Horizons may differ, so each has its own results (a projection
       * takes well under a millisecond: tests/bench/bench-workshop). */
      g_clear_pointer (&results, wf_results_free);
      results = wf_model_project (document->dataset, scenario, &local_error);
      if (results == NULL)
        {
          g_set_error (error, local_error->domain, local_error->code,
                       /* Translators: a scenario's name, then why it cannot be
                        * projected (a sentence of its own, e.g. “the horizon is
                        * before the base year”) */
                       _("The scenario “%s” cannot be projected: %s"),
                       wf_scenario_get_display_name (scenario), local_error->message);
          return NULL;
        }

      for (guint m = 0; m < WF_N_HEADLINE_METRICS; m++)
        {
          self->metrics[m].values[i] = wf_metric_evaluate (results, headline_metrics[m]);
          self->metrics[m].predictions[i] = scenario->predictions[headline_metrics[m]];
        }
    }

  for (guint l = 0; l < WF_N_LEVERS; l++)
    wf_spread_compute (self->levers[l].values, n, &self->levers[l].spread);
  for (guint m = 0; m < WF_N_HEADLINE_METRICS; m++)
    {
      wf_spread_compute (self->metrics[m].values, n, &self->metrics[m].spread);
      wf_spread_compute (self->metrics[m].predictions, n, &self->metrics[m].prediction_spread);
    }

  return g_steal_pointer (&self);
}

void
wf_workshop_stats_free (WfWorkshopStats *self)
{
  if (self == NULL)
    return;

  g_strfreev (self->scenario_ids);
  for (guint l = 0; l < WF_N_LEVERS; l++)
    g_free (self->levers[l].values);
  for (guint m = 0; m < WF_N_HEADLINE_METRICS; m++)
    {
      g_free (self->metrics[m].values);
      g_free (self->metrics[m].predictions);
    }
  g_free (self);
}

/**
 * wf_workshop_set_prediction:
 * @document: a document
 * @scenario_id: a scenario's id
 * @metric: the outcome predicted
 * @value: the prediction, in the unit of wf_metric_get_unit (), or NAN
 *   to remove it
 * @error: return location for an error
 *
 * Returns: %TRUE if the scenario exists and @value is a number or NAN
 */
gboolean
wf_workshop_set_prediction (WfDocument  *document,
                            const char  *scenario_id,
                            WfMetric     metric,
                            double       value,
                            GError     **error)
{
  int index;

  g_return_val_if_fail (document != NULL, FALSE);
  g_return_val_if_fail (metric < WF_N_METRICS, FALSE);

  index = wf_document_find_scenario_by_id (document, scenario_id);
  if (index < 0)
    {
      g_set_error (error, WF_CORE_ERROR, WF_CORE_ERROR_UNKNOWN_SCENARIO,
                   /* Translators: a scenario id as the user gave it */
                   _("There is no scenario with the id “%s”"), scenario_id ? scenario_id : "");
      return FALSE;
    }
  if (isinf (value))
    {
      g_set_error (error, WF_CORE_ERROR, WF_CORE_ERROR_INVALID_PREDICTION,
                   _("A prediction must be a number, not infinity"));
      return FALSE;
    }

  ((WfScenario *) g_ptr_array_index (document->scenarios, index))->predictions[metric] = value;
  return TRUE;
}
