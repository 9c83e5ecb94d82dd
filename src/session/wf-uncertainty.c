/* wf-uncertainty.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The uncertainty charts need many projections: a thousand runs for the
 * fan, 27 for the tornado, up to 8,192 for the attribution. They run in a
 * GTask thread on copies of the dataset and the scenario, so the main loop
 * never waits and the owner may change or go away meanwhile. Each change
 * bumps a generation number and cancels the computation under way; the
 * next one starts after a short pause, so that a slider drag does not start
 * a computation per frame. Results of an older generation are dropped.
 *
 * A background computation does not hold the service: it reaches it
 * through a weak reference when it ends, so the service goes away with its
 * owner and a thread still running only finishes on its own copies.
 */
#define G_LOG_DOMAIN "wf-uncertainty"

#include "config.h"

#include "wf-uncertainty.h"

struct _WfUncertainty
{
  GObject        parent_instance;

  /* The input, as last given. */
  WfDataset     *dataset;
  WfScenario    *scenario;
  WfMetric       metric;
  gboolean       by_sector;
  guint          n_runs;

  WfComputation  wanted;        /* kept up to date in the background */
  guint          generation;    /* bumped by every change of the input */
  /* What is held but computed from an older input: it stays on screen
   * until the new results arrive, so a fan does not blink away during a
   * drag. */
  WfComputation  stale;

  WfEnsemble    *ensemble;
  gboolean       ensemble_by_sector;
  WfTornado     *tornado;
  WfAttribution *attribution;

  GCancellable  *cancellable;   /* of the background computation under way */
  guint          debounce_id;
  gboolean       busy;

  guint          n_cancelled;
  guint          n_finished;
};

G_DEFINE_FINAL_TYPE (WfUncertainty, wf_uncertainty, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  UPDATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What a thread computes, on its own copies. */
typedef struct
{
  WfDataset     *dataset;
  WfScenario    *scenario;
  WfComputation  what;
  guint          n_runs;
  WfMetric       metric;
  gboolean       by_sector;
  guint          generation;

  WfEnsemble    *ensemble;
  WfTornado     *tornado;
  WfAttribution *attribution;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_clear_pointer (&job->dataset, wf_dataset_free);
  g_clear_pointer (&job->scenario, wf_scenario_free);
  g_clear_pointer (&job->ensemble, wf_ensemble_free);
  g_clear_pointer (&job->tornado, wf_tornado_free);
  g_clear_pointer (&job->attribution, wf_attribution_free);
  g_free (job);
}

static Job *
job_new (WfUncertainty *self,
         WfComputation  what)
{
  Job *job = g_new0 (Job, 1);

  g_assert (self->dataset != NULL && self->scenario != NULL);
  g_assert ((what & ~WF_COMPUTATION_ALL) == 0);

  job->dataset = wf_dataset_copy (self->dataset);
  job->scenario = wf_scenario_copy (self->scenario);
  job->what = what;
  job->n_runs = self->n_runs;
  job->metric = self->metric;
  job->by_sector = self->by_sector;
  job->generation = self->generation;
  return job;
}

/* Runs in a worker thread, or in the caller's. */
static gboolean
job_run (Job           *job,
         GCancellable  *cancellable,
         GError       **error)
{
  if (job->what & WF_COMPUTATION_ENSEMBLE)
    {
      WfEnsembleOptions options;

      wf_ensemble_options_init (&options, job->scenario);
      options.n_runs = job->n_runs;
      options.n_threads = 0;  /* every processor */
      options.outputs = WF_ENSEMBLE_OUTPUT (WF_OUTPUT_EMPLOYMENT);
      options.by_sector = job->by_sector;
      job->ensemble = wf_ensemble_run (job->dataset, job->scenario, &options, cancellable, error);
      if (job->ensemble == NULL)
        return FALSE;
    }
  if (job->what & WF_COMPUTATION_TORNADO)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      job->tornado = wf_tornado_compute (job->dataset, job->scenario, job->metric, error);
      if (job->tornado == NULL)
        return FALSE;
    }
  if (job->what & WF_COMPUTATION_ATTRIBUTION)
    {
      job->attribution = wf_attribution_compute (job->dataset, job->scenario, NULL, job->metric,
                                                 NULL, 0, 0, cancellable, error);
      if (job->attribution == NULL)
        return FALSE;
    }
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

static void
job_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  GError *error = NULL;

  if (job_run (task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
set_busy (WfUncertainty *self,
          gboolean       busy)
{
  if (self->busy == busy)
    return;
  self->busy = busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static WfComputation
held (WfUncertainty *self)
{
  WfComputation have = (self->ensemble ? WF_COMPUTATION_ENSEMBLE : 0) |
                       (self->tornado ? WF_COMPUTATION_TORNADO : 0) |
                       (self->attribution ? WF_COMPUTATION_ATTRIBUTION : 0);

  /* An ensemble without its sectors does not serve a sector filter. */
  if (self->by_sector && !self->ensemble_by_sector)
    have &= ~WF_COMPUTATION_ENSEMBLE;
  return have & ~self->stale;
}

static WfComputation
missing (WfUncertainty *self,
         WfComputation  what)
{
  if (self->scenario == NULL)
    return WF_COMPUTATION_NONE;
  return what & ~held (self);
}

/* Moves a job's results in. */
static void
take_results (WfUncertainty *self,
              Job           *job)
{
  g_assert (job->generation == self->generation);

  if (job->ensemble != NULL)
    {
      g_clear_pointer (&self->ensemble, wf_ensemble_free);
      self->ensemble = g_steal_pointer (&job->ensemble);
      self->ensemble_by_sector = job->by_sector;
      self->stale &= ~WF_COMPUTATION_ENSEMBLE;
    }
  if (job->tornado != NULL)
    {
      g_clear_pointer (&self->tornado, wf_tornado_free);
      self->tornado = g_steal_pointer (&job->tornado);
      self->stale &= ~WF_COMPUTATION_TORNADO;
    }
  if (job->attribution != NULL)
    {
      g_clear_pointer (&self->attribution, wf_attribution_free);
      self->attribution = g_steal_pointer (&job->attribution);
      self->stale &= ~WF_COMPUTATION_ATTRIBUTION;
    }
}

static void
cancel_running (WfUncertainty *self)
{
  if (self->cancellable == NULL)
    return;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->n_cancelled++;
}

static void
update_busy (WfUncertainty *self)
{
  set_busy (self, self->cancellable != NULL || self->debounce_id != 0);
}

/* @user_data: a GWeakRef to the service. */
static void
job_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  GWeakRef *ref = user_data;
  g_autoptr(WfUncertainty) self = g_weak_ref_get (ref);
  GTask *task = G_TASK (result);
  Job *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_weak_ref_clear (ref);
  g_free (ref);

  ok = g_task_propagate_boolean (task, &error);
  if (self == NULL)
    return;

  self->n_finished++;
  if (self->cancellable == g_task_get_cancellable (task))
    g_clear_object (&self->cancellable);

  if (!ok)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not compute the uncertainty of the scenario: %s", error->message);
      update_busy (self);
      return;
    }
  if (job->generation != self->generation)
    return;

  take_results (self, job);
  update_busy (self);
  g_signal_emit (self, signals[UPDATED], 0);
}

static void
start (WfUncertainty *self)
{
  g_autoptr(GTask) task = NULL;
  GWeakRef *ref;
  WfComputation what = missing (self, self->wanted);

  if (what == WF_COMPUTATION_NONE)
    return;

  cancel_running (self);
  self->cancellable = g_cancellable_new ();
  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, self);
  task = g_task_new (NULL, self->cancellable, job_done_cb, ref);
  g_task_set_source_tag (task, start);
  g_task_set_name (task, "[wf-uncertainty] compute");
  g_task_set_task_data (task, job_new (self, what), job_free);
  set_busy (self, TRUE);
  g_task_run_in_thread (task, job_thread);
}

static gboolean
debounce_cb (gpointer user_data)
{
  WfUncertainty *self = user_data;

  self->debounce_id = 0;
  start (self);
  update_busy (self);
  return G_SOURCE_REMOVE;
}

/* What @what held is stale: keep it to show, stop what runs, start again
 * after a pause (restarted by each change). */
static void
invalidate (WfUncertainty *self,
            WfComputation  what)
{
  self->generation++;
  self->stale |= what;
  cancel_running (self);

  g_clear_handle_id (&self->debounce_id, g_source_remove);
  if (missing (self, self->wanted) != WF_COMPUTATION_NONE)
    self->debounce_id = g_timeout_add (WF_UNCERTAINTY_DEBOUNCE_MS, debounce_cb, self);
  update_busy (self);
}

static void
wf_uncertainty_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  WfUncertainty *self = WF_UNCERTAINTY (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wf_uncertainty_finalize (GObject *object)
{
  WfUncertainty *self = WF_UNCERTAINTY (object);

  /* A thread still running finishes on its copies; its results are
   * dropped. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->debounce_id, g_source_remove);
  g_clear_pointer (&self->dataset, wf_dataset_free);
  g_clear_pointer (&self->scenario, wf_scenario_free);
  g_clear_pointer (&self->ensemble, wf_ensemble_free);
  g_clear_pointer (&self->tornado, wf_tornado_free);
  g_clear_pointer (&self->attribution, wf_attribution_free);

  G_OBJECT_CLASS (wf_uncertainty_parent_class)->finalize (object);
}

static void
wf_uncertainty_class_init (WfUncertaintyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = wf_uncertainty_get_property;
  object_class->finalize = wf_uncertainty_finalize;

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* New results are held. */
  signals[UPDATED] = g_signal_new ("updated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
wf_uncertainty_init (WfUncertainty *self)
{
  self->n_runs = WF_UNCERTAINTY_INTERACTIVE_RUNS;
  self->metric = WF_METRIC_NET_JOBS;
}

/**
 * wf_uncertainty_new:
 *
 * Returns: (transfer full): a service with no input yet
 */
WfUncertainty *
wf_uncertainty_new (void)
{
  return g_object_new (WF_TYPE_UNCERTAINTY, NULL);
}

void
wf_uncertainty_set_input (WfUncertainty    *self,
                          const WfDataset  *dataset,
                          const WfScenario *scenario)
{
  g_return_if_fail (WF_IS_UNCERTAINTY (self));
  g_return_if_fail (dataset != NULL);
  g_return_if_fail (scenario != NULL);

  g_clear_pointer (&self->dataset, wf_dataset_free);
  g_clear_pointer (&self->scenario, wf_scenario_free);
  self->dataset = wf_dataset_copy (dataset);
  self->scenario = wf_scenario_copy (scenario);
  invalidate (self, WF_COMPUTATION_ALL);
}

void
wf_uncertainty_set_metric (WfUncertainty *self,
                           WfMetric       metric)
{
  g_return_if_fail (WF_IS_UNCERTAINTY (self));
  g_return_if_fail (metric < WF_N_METRICS);

  if (self->metric == metric)
    return;
  self->metric = metric;
  invalidate (self, WF_COMPUTATION_TORNADO | WF_COMPUTATION_ATTRIBUTION);
}

void
wf_uncertainty_set_by_sector (WfUncertainty *self,
                              gboolean       by_sector)
{
  g_return_if_fail (WF_IS_UNCERTAINTY (self));

  by_sector = !!by_sector;
  if (self->by_sector == by_sector)
    return;
  self->by_sector = by_sector;
  /* An ensemble by sector also serves the total: only a missing breakdown
   * needs new runs. */
  if (by_sector && self->ensemble != NULL && !self->ensemble_by_sector)
    invalidate (self, WF_COMPUTATION_ENSEMBLE);
}

guint
wf_uncertainty_get_n_runs (WfUncertainty *self)
{
  g_return_val_if_fail (WF_IS_UNCERTAINTY (self), 0);
  return self->n_runs;
}

void
wf_uncertainty_set_n_runs (WfUncertainty *self,
                           guint          n_runs)
{
  g_return_if_fail (WF_IS_UNCERTAINTY (self));
  g_return_if_fail (n_runs >= 1 && n_runs <= WF_ENSEMBLE_MAX_RUNS);

  if (self->n_runs == n_runs)
    return;
  self->n_runs = n_runs;
  if (self->ensemble != NULL || (self->wanted & WF_COMPUTATION_ENSEMBLE))
    invalidate (self, WF_COMPUTATION_ENSEMBLE);
}

void
wf_uncertainty_set_wanted (WfUncertainty *self,
                           WfComputation  wanted)
{
  g_return_if_fail (WF_IS_UNCERTAINTY (self));
  g_return_if_fail ((wanted & ~WF_COMPUTATION_ALL) == 0);

  if (self->wanted == wanted && (self->cancellable != NULL || self->debounce_id != 0))
    return;  /* under way */

  self->wanted = wanted;
  if (missing (self, wanted) != WF_COMPUTATION_NONE && self->debounce_id == 0)
    start (self);
}

WfComputation
wf_uncertainty_get_wanted (WfUncertainty *self)
{
  g_return_val_if_fail (WF_IS_UNCERTAINTY (self), WF_COMPUTATION_NONE);
  return self->wanted;
}

gboolean
wf_uncertainty_compute_sync (WfUncertainty  *self,
                             WfComputation   what,
                             GCancellable   *cancellable,
                             GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  Job *job;
  gboolean ok;

  g_return_val_if_fail (WF_IS_UNCERTAINTY (self), FALSE);
  g_return_val_if_fail (self->scenario != NULL, FALSE);

  what = missing (self, what);
  if (what == WF_COMPUTATION_NONE)
    return TRUE;

  job = job_new (self, what);
  ok = job_run (job, cancellable, error);
  if (ok)
    {
      take_results (self, job);
      g_signal_emit (self, signals[UPDATED], 0);
    }
  job_free (job);
  return ok;
}

static void
compute_async_done_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  WfUncertainty *self = WF_UNCERTAINTY (object);
  g_autoptr(GTask) outer = user_data;
  Job *job = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (outer, error);
      return;
    }
  if (job->generation != self->generation)
    {
      /* The input changed meanwhile: these results describe a scenario
       * that is gone. */
      g_task_return_new_error (outer, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               "The scenario changed during the computation");
      return;
    }
  take_results (self, job);
  g_signal_emit (self, signals[UPDATED], 0);
  g_task_return_boolean (outer, TRUE);
}

void
wf_uncertainty_compute_async (WfUncertainty       *self,
                              WfComputation        what,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (WF_IS_UNCERTAINTY (self));
  g_return_if_fail (self->scenario != NULL);

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, wf_uncertainty_compute_async);

  what = missing (self, what);
  if (what == WF_COMPUTATION_NONE)
    {
      g_task_return_boolean (outer, TRUE);
      return;
    }

  job = job_new (self, what);
  task = g_task_new (self, cancellable, compute_async_done_cb, g_steal_pointer (&outer));
  g_task_set_name (task, "[wf-uncertainty] compute for export");
  g_task_set_task_data (task, job, job_free);
  g_task_run_in_thread (task, job_thread);
}

gboolean
wf_uncertainty_compute_finish (WfUncertainty  *self,
                               GAsyncResult   *result,
                               GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * wf_uncertainty_is_current:
 * @self: a #WfUncertainty
 * @what: one or more computations
 *
 * Returns: %TRUE if the results of @what are those of the input as it is
 *   now; the getters also return stale results, for display
 */
gboolean
wf_uncertainty_is_current (WfUncertainty *self,
                           WfComputation  what)
{
  g_return_val_if_fail (WF_IS_UNCERTAINTY (self), FALSE);
  return what != WF_COMPUTATION_NONE && (held (self) & what) == what;
}

const WfEnsemble *
wf_uncertainty_get_ensemble (WfUncertainty *self)
{
  g_return_val_if_fail (WF_IS_UNCERTAINTY (self), NULL);
  return self->ensemble;
}

const WfTornado *
wf_uncertainty_get_tornado (WfUncertainty *self)
{
  g_return_val_if_fail (WF_IS_UNCERTAINTY (self), NULL);
  return self->tornado;
}

const WfAttribution *
wf_uncertainty_get_attribution (WfUncertainty *self)
{
  g_return_val_if_fail (WF_IS_UNCERTAINTY (self), NULL);
  return self->attribution;
}

gboolean
wf_uncertainty_get_busy (WfUncertainty *self)
{
  g_return_val_if_fail (WF_IS_UNCERTAINTY (self), FALSE);
  return self->busy;
}

guint
wf_uncertainty_get_n_cancelled (WfUncertainty *self)
{
  g_return_val_if_fail (WF_IS_UNCERTAINTY (self), 0);
  return self->n_cancelled;
}

guint
wf_uncertainty_get_n_finished (WfUncertainty *self)
{
  g_return_val_if_fail (WF_IS_UNCERTAINTY (self), 0);
  return self->n_finished;
}
