/* wf-uncertainty.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The uncertainty charts need many projections: a thousand runs for the
 * fan, 27 for the tornado, up to 8,192 for the attribution. They run in a
 * GTask thread on copies of the dataset and the scenario, so the main loop
 * never waits and the session may change or go away meanwhile. Each change
 * bumps a generation number and cancels the computation under way; the
 * next one starts after a short pause, so that a slider drag does not start
 * a computation per frame. Results of an older generation are dropped.
 */
#define G_LOG_DOMAIN "wf-uncertainty"

#include "config.h"


#include "wf-uncertainty.h"

#define KIND_BIT(kind) (1u << (kind))
#define UNCERTAINTY_KINDS (KIND_BIT (WF_CHART_FAN) | KIND_BIT (WF_CHART_TORNADO) | \
                           KIND_BIT (WF_CHART_ATTRIBUTION))

/* The registered instance of a session, for exports (see
 * wf_uncertainty_fill_for_export ()). */
#define SESSION_KEY "wf-uncertainty"
#define HOLDER_KEY "wf-uncertainty-export"

struct _WfUncertainty
{
  GObject        parent_instance;

  WfSession     *session;
  guint          wanted;        /* KIND_BIT () of the kind to keep up to date */
  guint          n_runs;
  WfMetric       metric;        /* that the tornado and attribution held explain */
  guint          generation;    /* bumped by every change */
  gboolean       by_sector;     /* of the results held */
  /* KIND_BIT () of the results held that an edit has made stale: they stay
   * on screen until the new ones arrive, so a fan does not blink away
   * during a drag. */
  guint          stale;

  WfEnsemble    *ensemble;
  WfTornado     *tornado;
  WfAttribution *attribution;

  GCancellable  *cancellable;   /* of the computation under way, if any */
  guint          debounce_id;
  gboolean       busy;
  gboolean       disposed;
  gboolean       borrowed;      /* session not referenced: it owns this one */
  guint          n_users;       /* of wf_uncertainty_acquire () */

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
  guint          kinds;
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

static gboolean
wants_by_sector (WfSession *session)
{
  const WfViewState *view = wf_session_get_view (session);
  const WfDocument *document = wf_session_get_document (session);

  return view->sector_filter != NULL && wf_dataset_find_sector (document->dataset, view->sector_filter) >= 0;
}

static Job *
job_new (WfUncertainty *self,
         guint          kinds)
{
  Job *job = g_new0 (Job, 1);

  job->dataset = wf_dataset_copy (wf_session_get_document (self->session)->dataset);
  job->scenario = wf_scenario_copy (wf_session_get_current_scenario (self->session));
  job->kinds = kinds;
  job->n_runs = self->n_runs;
  job->metric = wf_session_get_metric (self->session);
  job->by_sector = wants_by_sector (self->session);
  job->generation = self->generation;
  return job;
}

/* Runs in a worker thread, or in the caller's for exports. */
static gboolean
job_run (Job           *job,
         GCancellable  *cancellable,
         GError       **error)
{
  if (job->kinds & KIND_BIT (WF_CHART_FAN))
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
  if (job->kinds & KIND_BIT (WF_CHART_TORNADO))
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      job->tornado = wf_tornado_compute (job->dataset, job->scenario, job->metric, error);
      if (job->tornado == NULL)
        return FALSE;
    }
  if (job->kinds & KIND_BIT (WF_CHART_ATTRIBUTION))
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

static guint
missing_kinds (WfUncertainty *self)
{
  guint have = (self->ensemble ? KIND_BIT (WF_CHART_FAN) : 0) |
               (self->tornado ? KIND_BIT (WF_CHART_TORNADO) : 0) |
               (self->attribution ? KIND_BIT (WF_CHART_ATTRIBUTION) : 0);

  return self->wanted & ~(have & ~self->stale);
}

/* Moves a job's results in, unless newer ones are there. */
static void
take_results (WfUncertainty *self,
              Job           *job)
{
  if (job->ensemble != NULL)
    {
      g_clear_pointer (&self->ensemble, wf_ensemble_free);
      self->ensemble = g_steal_pointer (&job->ensemble);
      self->by_sector = job->by_sector;
      self->stale &= ~KIND_BIT (WF_CHART_FAN);
    }
  if (job->tornado != NULL)
    {
      g_clear_pointer (&self->tornado, wf_tornado_free);
      self->tornado = g_steal_pointer (&job->tornado);
      self->stale &= ~KIND_BIT (WF_CHART_TORNADO);
    }
  if (job->attribution != NULL)
    {
      g_clear_pointer (&self->attribution, wf_attribution_free);
      self->attribution = g_steal_pointer (&job->attribution);
      self->stale &= ~KIND_BIT (WF_CHART_ATTRIBUTION);
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
job_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  WfUncertainty *self = WF_UNCERTAINTY (object);
  GTask *task = G_TASK (result);
  Job *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  self->n_finished++;
  if (self->cancellable == g_task_get_cancellable (task))
    g_clear_object (&self->cancellable);

  if (!g_task_propagate_boolean (task, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not compute the uncertainty of the scenario: %s", error->message);
      if (self->cancellable == NULL && self->debounce_id == 0)
        set_busy (self, FALSE);
      return;
    }
  if (self->disposed || job->generation != self->generation)
    return;

  take_results (self, job);
  if (self->cancellable == NULL && self->debounce_id == 0)
    set_busy (self, FALSE);
  g_signal_emit (self, signals[UPDATED], 0);
}

static void
start (WfUncertainty *self)
{
  g_autoptr(GTask) task = NULL;
  guint kinds;

  if (self->disposed)
    return;

  kinds = missing_kinds (self);
  if (kinds == 0)
    return;

  cancel_running (self);
  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, job_done_cb, NULL);
  g_task_set_source_tag (task, start);
  g_task_set_name (task, "[wf-uncertainty] compute");
  g_task_set_task_data (task, job_new (self, kinds), job_free);
  set_busy (self, TRUE);
  g_task_run_in_thread (task, job_thread);
}

static gboolean
debounce_cb (gpointer user_data)
{
  WfUncertainty *self = user_data;

  self->debounce_id = 0;
  start (self);
  if (self->cancellable == NULL)
    set_busy (self, FALSE);
  return G_SOURCE_REMOVE;
}

/* Everything held is stale: keep it to show, stop what runs, start again
 * after a pause (restarted by each change). */
static void
invalidate (WfUncertainty *self)
{
  self->generation++;
  self->stale = UNCERTAINTY_KINDS;
  cancel_running (self);

  g_clear_handle_id (&self->debounce_id, g_source_remove);
  if (self->wanted != 0)
    {
      self->debounce_id = g_timeout_add (WF_UNCERTAINTY_DEBOUNCE_MS, debounce_cb, self);
      set_busy (self, TRUE);
    }
  else
    set_busy (self, FALSE);
}

static void
session_changed_cb (WfUncertainty *self)
{
  invalidate (self);
}

/* A sector filter needs the ensemble's sectors, another outcome a new
 * tornado and attribution; the lens needs nothing. */
static void
session_view_changed_cb (WfUncertainty *self)
{
  WfMetric metric = wf_session_get_metric (self->session);

  if (metric != self->metric)
    {
      self->metric = metric;
      invalidate (self);
    }
  else if (self->ensemble != NULL && wants_by_sector (self->session) && !self->by_sector)
    invalidate (self);
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
wf_uncertainty_dispose (GObject *object)
{
  WfUncertainty *self = WF_UNCERTAINTY (object);

  /* A thread still running holds a reference to this object through its
   * GTask and finishes soon after the cancellation; its results are then
   * dropped. */
  self->disposed = TRUE;
  self->wanted = 0;
  cancel_running (self);
  g_clear_handle_id (&self->debounce_id, g_source_remove);
  if (self->borrowed)
    self->session = NULL;  /* being finalized: its handlers are gone */
  if (self->session != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->session, self);
      if (g_object_get_data (G_OBJECT (self->session), SESSION_KEY) == self)
        g_object_set_data (G_OBJECT (self->session), SESSION_KEY, NULL);
    }
  g_clear_object (&self->session);

  G_OBJECT_CLASS (wf_uncertainty_parent_class)->dispose (object);
}

static void
wf_uncertainty_finalize (GObject *object)
{
  WfUncertainty *self = WF_UNCERTAINTY (object);

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
  object_class->dispose = wf_uncertainty_dispose;
  object_class->finalize = wf_uncertainty_finalize;

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

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
 * @session: the session whose current scenario is explained
 *
 * Returns: (transfer full): a new #WfUncertainty
 */
WfUncertainty *
wf_uncertainty_new (WfSession *session)
{
  WfUncertainty *self;

  g_return_val_if_fail (WF_IS_SESSION (session), NULL);

  self = g_object_new (WF_TYPE_UNCERTAINTY, NULL);
  self->session = g_object_ref (session);
  g_signal_connect_swapped (session, "changed", G_CALLBACK (session_changed_cb), self);
  g_signal_connect_swapped (session, "view-changed", G_CALLBACK (session_view_changed_cb), self);
  if (g_object_get_data (G_OBJECT (session), SESSION_KEY) == NULL)
    g_object_set_data (G_OBJECT (session), SESSION_KEY, self);
  return self;
}

/**
 * wf_uncertainty_acquire:
 * @session: a session
 *
 * Returns: (transfer full): the registered instance of @session (see
 *   wf_uncertainty_peek ()), made and registered if it has none, with one
 *   more user; give it back with wf_uncertainty_release ()
 */
WfUncertainty *
wf_uncertainty_acquire (WfSession *session)
{
  WfUncertainty *self;

  g_return_val_if_fail (WF_IS_SESSION (session), NULL);

  self = wf_uncertainty_peek (session);
  if (self != NULL)
    g_object_ref (self);
  else
    self = wf_uncertainty_new (session);
  self->n_users++;
  return self;
}

/**
 * wf_uncertainty_release:
 * @self: (transfer full): from wf_uncertainty_acquire ()
 *
 * Drops a user of @self. Without users left, @self is disposed at once:
 * it stops listening to the session and drops what a thread still
 * computing brings, rather than live on until that thread lets it go.
 */
void
wf_uncertainty_release (WfUncertainty *self)
{
  g_return_if_fail (WF_IS_UNCERTAINTY (self));
  g_return_if_fail (self->n_users > 0);

  if (--self->n_users == 0)
    g_object_run_dispose (G_OBJECT (self));
  g_object_unref (self);
}

WfSession *
wf_uncertainty_get_session (WfUncertainty *self)
{
  g_return_val_if_fail (WF_IS_UNCERTAINTY (self), NULL);
  return self->session;
}

void
wf_uncertainty_request (WfUncertainty *self,
                        WfChartKind    kind)
{
  g_return_if_fail (WF_IS_UNCERTAINTY (self));

  if (kind >= WF_N_CHART_KINDS || !(KIND_BIT (kind) & UNCERTAINTY_KINDS) || self->disposed)
    return;
  if (self->wanted == KIND_BIT (kind) && (self->cancellable != NULL || self->debounce_id != 0))
    return;  /* under way */

  self->wanted = KIND_BIT (kind);
  if (missing_kinds (self) != 0 && self->debounce_id == 0)
    start (self);
}

gboolean
wf_uncertainty_compute_sync (WfUncertainty  *self,
                             WfChartKind     kind,
                             GCancellable   *cancellable,
                             GError        **error)
{
  Job *job;
  gboolean ok;
  guint saved;

  g_return_val_if_fail (WF_IS_UNCERTAINTY (self), FALSE);
  g_return_val_if_fail (self->session != NULL, FALSE);

  if (kind >= WF_N_CHART_KINDS || !(KIND_BIT (kind) & UNCERTAINTY_KINDS))
    return TRUE;

  saved = self->wanted;
  self->wanted = KIND_BIT (kind);
  job = job_new (self, missing_kinds (self));
  self->wanted = saved;
  if (job->kinds == 0)
    {
      job_free (job);
      return TRUE;
    }

  /* The exports use the command line's number of runs. */
  job->n_runs = MAX (job->n_runs, WF_ENSEMBLE_DEFAULT_RUNS);
  ok = job_run (job, cancellable, error);
  if (ok)
    take_results (self, job);
  job_free (job);
  return ok;
}

/**
 * wf_uncertainty_is_current:
 * @self: a #WfUncertainty
 * @kind: fan, tornado or attribution
 *
 * Returns: %TRUE if the results for @kind are those of the session as it is
 *   now; the getters also return stale results, for display
 */
gboolean
wf_uncertainty_is_current (WfUncertainty *self,
                           WfChartKind    kind)
{
  const void *held;

  g_return_val_if_fail (WF_IS_UNCERTAINTY (self), FALSE);

  held = kind == WF_CHART_FAN ? (const void *) self->ensemble
         : kind == WF_CHART_TORNADO ? (const void *) self->tornado
         : kind == WF_CHART_ATTRIBUTION ? (const void *) self->attribution : NULL;
  return held != NULL && !(self->stale & KIND_BIT (kind));
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
  if (self->ensemble != NULL || (self->wanted & KIND_BIT (WF_CHART_FAN)))
    invalidate (self);
}

void
wf_uncertainty_fill_chart_data (WfUncertainty *self,
                                WfChartKind    kind,
                                WfChartData   *data)
{
  g_return_if_fail (WF_IS_UNCERTAINTY (self));
  g_return_if_fail (data != NULL);

  data->ensemble = kind == WF_CHART_FAN ? self->ensemble : NULL;
  data->tornado = kind == WF_CHART_TORNADO ? self->tornado : NULL;
  data->attribution = kind == WF_CHART_ATTRIBUTION ? self->attribution : NULL;
  data->metric = wf_session_get_metric (self->session);
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

/**
 * wf_uncertainty_peek:
 * @session: a session
 *
 * Returns: (transfer none) (nullable): the background computation of the
 *   session's chart view, if it has one
 */
WfUncertainty *
wf_uncertainty_peek (WfSession *session)
{
  g_return_val_if_fail (WF_IS_SESSION (session), NULL);
  return g_object_get_data (G_OBJECT (session), SESSION_KEY);
}

static void
holder_free (gpointer data)
{
  g_object_unref (data);
}

/**
 * wf_uncertainty_fill_for_export:
 * @session: a session
 * @kind: the chart to export
 * @data: filled by wf_chart_data_from_session () for @kind
 *
 * Computes, synchronously, what an uncertainty chart needs, reusing what
 * the session's chart view already computed. The results stay valid until
 * the session changes.
 */
void
wf_uncertainty_fill_for_export (WfSession   *session,
                                WfChartKind  kind,
                                WfChartData *data)
{
  WfUncertainty *self;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (WF_IS_SESSION (session));

  if (kind >= WF_N_CHART_KINDS || !(KIND_BIT (kind) & UNCERTAINTY_KINDS))
    return;

  self = g_object_get_data (G_OBJECT (session), SESSION_KEY);
  if (self == NULL)
    {
      /* No chart view: a private instance kept on the session, without
       * being registered (it holds the session: the session's data holds
       * it only weakly through the registration key). */
      self = g_object_get_data (G_OBJECT (session), HOLDER_KEY);
      if (self == NULL)
        {
          self = g_object_new (WF_TYPE_UNCERTAINTY, NULL);
          self->session = session;  /* not a reference: the session owns it */
          self->borrowed = TRUE;
          g_signal_connect_swapped (session, "changed", G_CALLBACK (session_changed_cb), self);
          g_signal_connect_swapped (session, "view-changed", G_CALLBACK (session_view_changed_cb), self);
          g_object_set_data_full (G_OBJECT (session), HOLDER_KEY, self, holder_free);
        }
    }

  if (!wf_uncertainty_compute_sync (self, kind, NULL, &error))
    g_warning ("Could not compute the chart “%s”: %s", wf_chart_kind_to_id (kind), error->message);
  wf_uncertainty_fill_chart_data (self, kind, data);
}
