/* wf-attribution.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What is attributed. A metric m (wf-metric.h) of the scenario is compared
 * with the same metric when every lever is at a reference value (by default
 * the levers' defaults, as in wf_scenario_new ()); both are read at the
 * scenario's horizon. Because policies act in the baseline run too, the
 * difference attributed is m(scenario) - m(reference), not a difference
 * between runs of one projection: for net jobs, the change in "scenario -
 * baseline" that the scenario's choices make relative to the reference.
 *
 * How. The players are groups of levers (each lever alone, or e.g.
 * assumptions and policies). The value of a coalition S is
 * v(S) = m(levers of the groups in S at the scenario's values, the rest at
 * the reference's), and a group's part is its exact Shapley value
 * (Shapley, 1953): the mean over all orders of adding the groups of the
 * change it makes when it is added,
 *   phi_i = sum over S not containing i of |S|! (n - |S| - 1)! / n!
 *           (v(S + i) - v(S)).
 * The parts add up to v(all) - v(none) = m(scenario) - m(reference)
 * (efficiency); a group whose levers all equal the reference is left out of
 * the game and gets exactly 0. With n groups that differ it takes 2^n
 * projections: 8,192 for all thirteen levers, 4 for the two lever groups.
 * Each sum is compensated (Neumaier) so that the parts add up to the total
 * to within rounding of the total itself.
 */
#define G_LOG_DOMAIN "wf-attribution"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "wf-attribution.h"
#include "wf-model.h"

typedef struct
{
  const WfDataset   *dataset;
  const WfScenario  *scenario;
  const WfScenario  *reference;
  GCancellable      *cancellable;
  WfMetric           metric;
  guint              n_players;
  guint32            players[WF_N_LEVERS];
  double            *values;     /* [1 << n_players] */
  gint               next;
  gint               failed;
  GMutex             lock;
  GError            *error;
} Job;

#define COALITION_CHUNK 16

static void
job_evaluate (Job *job)
{
  g_autoptr(WfScenario) trial = wf_scenario_copy (job->scenario);
  g_autoptr(WfResults) results = wf_results_new (job->dataset->base_year, job->scenario->horizon,
                                                 job->dataset->n_sectors, job->dataset->n_skills);
  guint n = 1u << job->n_players;

  for (;;)
    {
      guint start = (guint) g_atomic_int_add (&job->next, COALITION_CHUNK);

      if (start >= n)
        return;

      for (guint coalition = start; coalition < MIN (start + COALITION_CHUNK, n); coalition++)
        {
          guint32 levers = 0;
          GError *error = NULL;

          if (g_atomic_int_get (&job->failed) || g_cancellable_is_cancelled (job->cancellable))
            return;

          for (guint p = 0; p < job->n_players; p++)
            if (coalition & (1u << p))
              levers |= job->players[p];
          for (guint i = 0; i < WF_N_LEVERS; i++)
            trial->values[i] = (levers & WF_LEVER_BIT (i)) ? job->scenario->values[i]
                                                           : job->reference->values[i];

          if (!wf_model_project_into (job->dataset, trial, results, &error))
            {
              g_mutex_lock (&job->lock);
              if (job->error == NULL)
                job->error = error;
              else
                g_error_free (error);
              g_mutex_unlock (&job->lock);
              g_atomic_int_set (&job->failed, 1);
              return;
            }
          job->values[coalition] = wf_metric_evaluate (results, job->metric);
        }
    }
}

static gpointer
job_thread (gpointer data)
{
  job_evaluate (data);
  return NULL;
}

/* Neumaier's compensated sum */
typedef struct
{
  double sum;
  double compensation;
} Sum;

static inline void
sum_add (Sum    *s,
         double  x)
{
  double t = s->sum + x;

  if (fabs (s->sum) >= fabs (x))
    s->compensation += (s->sum - t) + x;
  else
    s->compensation += (x - t) + s->sum;
  s->sum = t;
}

static inline guint
count_bits (guint x)
{
  guint n = 0;

  for (; x != 0; x &= x - 1)
    n++;
  return n;
}

/**
 * wf_lever_group_get_levers:
 * @group: a lever group
 *
 * Returns: the WF_LEVER_BIT () set of the levers in @group, for use as an
 *   attribution group
 */
guint32
wf_lever_group_get_levers (WfLeverGroup group)
{
  guint32 levers = 0;

  for (guint i = 0; i < WF_N_LEVERS; i++)
    if (wf_lever_get_info (i)->group == group)
      levers |= WF_LEVER_BIT (i);

  return levers;
}

/**
 * wf_attribution_compute:
 * @dataset: a valid dataset
 * @scenario: the scenario to explain
 * @reference: (nullable): the reference, or %NULL for the levers' defaults
 * @metric: the metric to attribute
 * @groups: (array length=n_groups) (nullable): disjoint WF_LEVER_BIT () sets
 *   covering every lever where @scenario and @reference differ, or %NULL for
 *   one part per lever
 * @n_groups: the number of groups, at most WF_N_LEVERS
 * @n_threads: threads to project on, 0 for one per processor
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Splits m(@scenario) - m(@reference) into exact Shapley values of the
 * groups (see the top of wf-attribution.c).
 *
 * Returns: (transfer full) (nullable): the attribution, or %NULL with @error
 *   set
 */
WfAttribution *
wf_attribution_compute (const WfDataset     *dataset,
                        const WfScenario    *scenario,
                        const WfScenario    *reference,
                        WfMetric             metric,
                        const guint32       *groups,
                        guint                n_groups,
                        guint                n_threads,
                        GCancellable        *cancellable,
                        GError             **error)
{
  g_autoptr(WfScenario) defaults = NULL;
  g_autofree WfAttribution *self = NULL;
  g_autofree double *weights = NULL;
  g_autoptr(GPtrArray) threads = NULL;
  guint32 by_lever[WF_N_LEVERS];
  guint32 differing = 0;
  guint32 covered = 0;
  guint player_part[WF_N_LEVERS];
  Job job = { 0, };
  guint n_coalitions;

  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (scenario != NULL, NULL);
  g_return_val_if_fail (metric < WF_N_METRICS, NULL);
  g_return_val_if_fail (groups == NULL || (n_groups >= 1 && n_groups <= WF_N_LEVERS), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (reference == NULL)
    reference = defaults = wf_scenario_new (NULL);

  if (groups == NULL)
    {
      for (guint i = 0; i < WF_N_LEVERS; i++)
        by_lever[i] = WF_LEVER_BIT (i);
      groups = by_lever;
      n_groups = WF_N_LEVERS;
    }

  if (!wf_scenario_validate (scenario, dataset->base_year, error))
    return NULL;
  for (guint i = 0; i < WF_N_LEVERS; i++)
    {
      if (!wf_lever_check_value (i, reference->values[i], error))
        return NULL;
      /* Bitwise, so that a part that changes nothing is exactly nothing. */
      if (memcmp (&scenario->values[i], &reference->values[i], sizeof (double)) != 0)
        differing |= WF_LEVER_BIT (i);
    }

  for (guint p = 0; p < n_groups; p++)
    {
      if ((groups[p] & ~WF_ALL_LEVERS) != 0 || (groups[p] & covered) != 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       _("The lever groups of an attribution must not overlap"));
          return NULL;
        }
      covered |= groups[p];
    }
  if ((differing & ~covered) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The lever groups of an attribution must include every lever the scenario changes"));
      return NULL;
    }

  self = g_new0 (WfAttribution, 1);
  self->metric = metric;
  self->n_parts = n_groups;
  for (guint p = 0; p < n_groups; p++)
    {
      self->parts[p].levers = groups[p];
      self->parts[p].contribution = 0.0;
      if ((groups[p] & differing) != 0)
        {
          player_part[job.n_players] = p;
          job.players[job.n_players++] = groups[p] & differing;
        }
    }

  n_coalitions = 1u << job.n_players;
  job.dataset = dataset;
  job.scenario = scenario;
  job.reference = reference;
  job.cancellable = cancellable;
  job.metric = metric;
  job.values = g_new (double, n_coalitions);
  g_mutex_init (&job.lock);

  if (n_threads == 0)
    n_threads = g_get_num_processors ();
  n_threads = CLAMP (n_threads, 1, MAX (n_coalitions / COALITION_CHUNK, 1));
  threads = g_ptr_array_new ();
  for (guint i = 1; i < n_threads; i++)
    {
      GThread *thread = g_thread_try_new ("wf-attribution", job_thread, &job, NULL);

      if (thread == NULL)
        break;
      g_ptr_array_add (threads, thread);
    }
  job_evaluate (&job);
  for (guint i = 0; i < threads->len; i++)
    g_thread_join (g_ptr_array_index (threads, i));
  g_mutex_clear (&job.lock);

  if (job.error != NULL)
    {
      g_free (job.values);
      g_propagate_error (error, job.error);
      return NULL;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_free (job.values);
      return NULL;
    }

  self->n_projections = n_coalitions;
  self->reference_value = job.values[0];
  self->scenario_value = job.values[n_coalitions - 1];
  self->total = self->scenario_value - self->reference_value;

  /* weights[k] = k! (n - k - 1)! / n!, from the recurrence
   * weights[k + 1] = weights[k] (k + 1) / (n - k - 1). */
  if (job.n_players > 0)
    {
      weights = g_new (double, job.n_players);
      weights[0] = 1.0 / job.n_players;
      for (guint k = 0; k + 1 < job.n_players; k++)
        weights[k + 1] = weights[k] * (k + 1) / (job.n_players - k - 1);
    }

  for (guint p = 0; p < job.n_players; p++)
    {
      Sum sum = { 0.0, 0.0 };
      guint bit = 1u << p;

      for (guint coalition = 0; coalition < n_coalitions; coalition++)
        {
          if (coalition & bit)
            continue;
          sum_add (&sum, weights[count_bits (coalition)]
                         * (job.values[coalition | bit] - job.values[coalition]));
        }
      self->parts[player_part[p]].contribution = sum.sum + sum.compensation;
    }

  g_free (job.values);

  return g_steal_pointer (&self);
}

void
wf_attribution_free (WfAttribution *self)
{
  g_free (self);
}
