/* wf-session.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The history keeps whole copies of the document: a document is a few
 * kilobytes, and a copy restores exactly what was there, which is what undo
 * promises.
 */
#define G_LOG_DOMAIN "wf-session"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "wf-chart-input.h"
#include "wf-document-io.h"
#include "wf-io-error.h"
#include "wf-merge.h"
#include "wf-session.h"

typedef struct
{
  char       *label;
  WfDocument *document;
} Step;

struct _WfSession
{
  GObject     parent_instance;

  WfDocument *document;
  WfDocument *saved;       /* as last loaded or saved, to tell if modified */
  gboolean    never_saved; /* taken from no file (an import): unsaved work */
  GFile      *file;
  guint       n_saving;    /* saves under way in a thread */
  char      **load_warnings; /* of the file last opened, for the user */
  GPtrArray  *results;     /* (element-type WfResults), NULL where stale */

  GQueue      undo;        /* of Step*, newest at the head */
  GQueue      redo;
  int         gesture_lever;  /* the lever being dragged, or -1 */
  guint       gesture_scenario;
  gint64      gesture_time;   /* monotonic time of its last move */
  gint64      gesture_usec;   /* how far apart its moves may be */

  /* The one background computation of the session: what its chart needs,
   * for its current scenario. */
  WfUncertainty *uncertainty;

  /* The lever values last announced by "lever-changed". */
  double      announced[WF_N_LEVERS];
};

G_DEFINE_FINAL_TYPE (WfSession, wf_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_MODIFIED,
  PROP_CURRENT,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_CHART,
  PROP_LENS,
  PROP_SECTOR_FILTER,
  PROP_COMPARED,
  PROP_METRIC,
  PROP_DIFFERENCE,
  PROP_HORIZON,
  PROP_SAVING,
  N_PROPS
};

enum {
  CHANGED,
  SCENARIOS_CHANGED,
  VIEW_CHANGED,
  LEVER_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];
static GQuark lever_quarks[WF_N_LEVERS];

/* The history is bounded so that a long workshop cannot exhaust memory. */
#define MAX_UNDO 500

#define GESTURE_USEC (1200 * G_TIME_SPAN_MILLISECOND)

static void
step_free (Step *step)
{
  g_free (step->label);
  wf_document_free (step->document);
  g_free (step);
}

static Step *
step_new (const char       *label,
          const WfDocument *document)
{
  Step *step = g_new0 (Step, 1);

  step->label = g_strdup (label);
  step->document = wf_document_copy (document);
  return step;
}

static void
clear_history (WfSession *self)
{
  g_queue_clear_full (&self->undo, (GDestroyNotify) step_free);
  g_queue_clear_full (&self->redo, (GDestroyNotify) step_free);
  self->gesture_lever = -1;
}

static void
invalidate_results (WfSession *self)
{
  g_ptr_array_set_size (self->results, 0);
  g_ptr_array_set_size (self->results, self->document->scenarios->len);
}

/* Modified means the scenarios or the data differ from the file's; the view
 * (chart, lens, filter) is saved but does not count as a change. */
static gboolean
content_equal (const WfDocument *a,
               const WfDocument *b)
{
  if (a->scenarios->len != b->scenarios->len)
    return FALSE;
  for (guint i = 0; i < a->scenarios->len; i++)
    if (!wf_scenario_equal (g_ptr_array_index (a->scenarios, i),
                            g_ptr_array_index (b->scenarios, i)))
      return FALSE;
  return wf_dataset_equal (a->dataset, b->dataset) &&
         g_strcmp0 (a->metadata.title, b->metadata.title) == 0 &&
         g_strcmp0 (a->metadata.author, b->metadata.author) == 0 &&
         g_strcmp0 (a->metadata.notes, b->metadata.notes) == 0;
}

static WfScenario *
current_scenario (WfSession *self)
{
  return g_ptr_array_index (self->document->scenarios, self->document->view.current_scenario);
}

static gboolean
wants_by_sector (WfSession *self)
{
  const WfViewState *view = &self->document->view;

  return view->sector_filter != NULL && wf_dataset_find_sector (self->document->dataset, view->sector_filter) >= 0;
}

/* The service computes what the chart on view needs, for the current
 * scenario. */
static void
update_uncertainty (WfSession *self,
                    gboolean   input_changed)
{
  wf_uncertainty_set_metric (self->uncertainty, self->document->view.metric);
  wf_uncertainty_set_by_sector (self->uncertainty, wants_by_sector (self));
  if (input_changed)
    wf_uncertainty_set_input (self->uncertainty, self->document->dataset, current_scenario (self));
  wf_uncertainty_set_wanted (self->uncertainty,
                             wf_chart_kind_get_computations (wf_session_get_chart_kind (self)));
}

/* Announces each lever of the current scenario whose value changed since
 * the last announcement, so that each lever row updates only for its own. */
static void
announce_levers (WfSession *self)
{
  const WfScenario *scenario = current_scenario (self);

  for (guint i = 0; i < WF_N_LEVERS; i++)
    if (self->announced[i] != scenario->values[i])
      {
        self->announced[i] = scenario->values[i];
        g_signal_emit (self, signals[LEVER_CHANGED], lever_quarks[i], i);
      }
}

/* The view changed: @pspec says what (NULL for all of it). */
static GPtrArray *
compared_list (WfSession *self)
{
  WfViewState *view = &self->document->view;

  if (view->compared == NULL)
    view->compared = g_ptr_array_new_with_free_func (g_free);
  return view->compared;
}

static gboolean
compared_contains (GPtrArray  *compared,
                   const char *name,
                   guint      *index)
{
  for (guint i = 0; i < compared->len; i++)
    if (g_strcmp0 (g_ptr_array_index (compared, i), name) == 0)
      {
        if (index != NULL)
          *index = i;
        return TRUE;
      }
  return FALSE;
}

static void
emit_view_changed (WfSession  *self,
                   GParamSpec *pspec)
{
  update_uncertainty (self, FALSE);
  if (pspec != NULL)
    g_object_notify_by_pspec (G_OBJECT (self), pspec);
  else
    for (guint p = PROP_CHART; p <= PROP_DIFFERENCE; p++)
      g_object_notify_by_pspec (G_OBJECT (self), properties[p]);
  g_signal_emit (self, signals[VIEW_CHANGED], 0);
}

/* @edited: the one scenario whose levers changed, or -1 when any may have
 * (only its projection is then recomputed: a slider drag projects one
 * scenario per move, not all of them). */
static void
emit_changes_full (WfSession *self,
                   gboolean   scenarios_changed,
                   int        edited)
{
  if (edited >= 0 && (guint) edited < self->results->len &&
      self->results->len == self->document->scenarios->len)
    g_clear_pointer (&self->results->pdata[edited], wf_results_free);
  else
    invalidate_results (self);
  if (self->document->view.current_scenario >= self->document->scenarios->len)
    self->document->view.current_scenario = self->document->scenarios->len - 1;
  update_uncertainty (self, TRUE);
  announce_levers (self);

  if (scenarios_changed)
    {
      g_signal_emit (self, signals[SCENARIOS_CHANGED], 0);
      /* The comparison names scenarios: a rename or a removal changes it. */
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARED]);
    }
  g_signal_emit (self, signals[CHANGED], 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HORIZON]);
}

static void
emit_changes (WfSession *self,
              gboolean   scenarios_changed)
{
  emit_changes_full (self, scenarios_changed, -1);
}

/* Only what a scenario's predictions change: no projection is stale. */
static void
emit_predictions_changed (WfSession *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

/* Records the document as it is before a change. */
static void
push_undo (WfSession  *self,
           const char *label)
{
  g_queue_push_head (&self->undo, step_new (label, self->document));
  while (g_queue_get_length (&self->undo) > MAX_UNDO)
    step_free (g_queue_pop_tail (&self->undo));
  g_queue_clear_full (&self->redo, (GDestroyNotify) step_free);
}

/* Gives @to the view of @from (and @from the view of @to): undo and revert
 * change the content, never what the user is looking at. */
static void
swap_views (WfDocument *from,
            WfDocument *to)
{
  WfViewState tmp = to->view;

  to->view = from->view;
  from->view = tmp;
  if (to->view.current_scenario >= to->scenarios->len)
    to->view.current_scenario = to->scenarios->len - 1;
}

static void
wf_session_finalize (GObject *object)
{
  WfSession *self = WF_SESSION (object);

  clear_history (self);
  g_clear_object (&self->uncertainty);
  g_clear_pointer (&self->document, wf_document_free);
  g_clear_pointer (&self->saved, wf_document_free);
  g_clear_pointer (&self->results, g_ptr_array_unref);
  g_clear_object (&self->file);
  g_clear_pointer (&self->load_warnings, g_strfreev);

  G_OBJECT_CLASS (wf_session_parent_class)->finalize (object);
}

static void
wf_session_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  WfSession *self = WF_SESSION (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, wf_session_get_modified (self));
      break;
    case PROP_CURRENT:
      g_value_set_uint (value, wf_session_get_current (self));
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, wf_session_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, wf_session_can_redo (self));
      break;
    case PROP_CHART:
      g_value_set_string (value, self->document->view.chart);
      break;
    case PROP_LENS:
      g_value_set_enum (value, self->document->view.lens);
      break;
    case PROP_SECTOR_FILTER:
      g_value_set_string (value, self->document->view.sector_filter);
      break;
    case PROP_COMPARED:
      g_value_set_string (value, wf_session_get_compared (self));
      break;
    case PROP_METRIC:
      g_value_set_enum (value, self->document->view.metric);
      break;
    case PROP_DIFFERENCE:
      g_value_set_boolean (value, self->document->view.difference);
      break;
    case PROP_HORIZON:
      g_value_set_int (value, wf_session_get_horizon (self));
      break;
    case PROP_SAVING:
      g_value_set_boolean (value, wf_session_get_saving (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wf_session_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  WfSession *self = WF_SESSION (object);

  switch (prop_id)
    {
    case PROP_CURRENT:
      wf_session_set_current (self, g_value_get_uint (value));
      break;
    case PROP_CHART:
      wf_session_set_chart (self, g_value_get_string (value));
      break;
    case PROP_LENS:
      wf_session_set_lens (self, g_value_get_enum (value));
      break;
    case PROP_SECTOR_FILTER:
      wf_session_set_sector_filter (self, g_value_get_string (value));
      break;
    case PROP_COMPARED:
      wf_session_set_compared (self, g_value_get_string (value));
      break;
    case PROP_METRIC:
      wf_session_set_metric (self, g_value_get_enum (value));
      break;
    case PROP_DIFFERENCE:
      wf_session_set_difference (self, g_value_get_boolean (value));
      break;
    case PROP_HORIZON:
      wf_session_set_horizon (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wf_session_class_init (WfSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = wf_session_finalize;
  object_class->get_property = wf_session_get_property;
  object_class->set_property = wf_session_set_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CURRENT] =
    g_param_spec_uint ("current", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* The view state: saved with the file, not part of the history. Widgets
   * bind to these and change the view only by setting them. */
  properties[PROP_CHART] =
    g_param_spec_string ("chart", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LENS] =
    g_param_spec_enum ("lens", NULL, NULL, WF_TYPE_LENS, WF_LENS_TOTAL,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SECTOR_FILTER] =
    g_param_spec_string ("sector-filter", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_COMPARED] =
    g_param_spec_string ("compared", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_METRIC] =
    g_param_spec_enum ("metric", NULL, NULL, WF_TYPE_METRIC, WF_METRIC_NET_JOBS,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DIFFERENCE] =
    g_param_spec_boolean ("difference", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* Shared by every scenario; setting it is one undoable step. */
  properties[PROP_HORIZON] =
    g_param_spec_int ("horizon", NULL, NULL, G_MININT, G_MAXINT, WF_DEFAULT_HORIZON,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* A save started by wf_session_save_async () is writing in a thread. */
  properties[PROP_SAVING] =
    g_param_spec_boolean ("saving", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The document's content changed: results are stale. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* Scenarios were added, removed or renamed. */
  signals[SCENARIOS_CHANGED] = g_signal_new ("scenarios-changed", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);
  /* A lever of the current scenario has a new value (detail: its id),
   * after an edit, an undo or a change of scenario. */
  signals[LEVER_CHANGED] = g_signal_new ("lever-changed", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 1, G_TYPE_UINT);
  for (guint i = 0; i < WF_N_LEVERS; i++)
    lever_quarks[i] = g_quark_from_static_string (wf_lever_get_id (i));

  /* The chart, lens, filter, comparison, metric or difference changed, or
   * the current scenario (each also notifies its property). */
  signals[VIEW_CHANGED] = g_signal_new ("view-changed", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 0);
}

static void
wf_session_init (WfSession *self)
{
  g_queue_init (&self->undo);
  g_queue_init (&self->redo);
  self->gesture_lever = -1;
  self->gesture_usec = GESTURE_USEC;
  self->uncertainty = wf_uncertainty_new ();
  self->results = g_ptr_array_new_with_free_func ((GDestroyNotify) wf_results_free);
  self->document = wf_document_new_default ();
  self->saved = wf_document_copy (self->document);
  invalidate_results (self);
  update_uncertainty (self, TRUE);
  memcpy (self->announced, current_scenario (self)->values, sizeof self->announced);
}

WfSession *
wf_session_new (void)
{
  return g_object_new (WF_TYPE_SESSION, NULL);
}

const WfDocument *
wf_session_get_document (WfSession *self)
{
  g_return_val_if_fail (WF_IS_SESSION (self), NULL);
  return self->document;
}

GFile *
wf_session_get_file (WfSession *self)
{
  g_return_val_if_fail (WF_IS_SESSION (self), NULL);
  return self->file;
}

gboolean
wf_session_get_modified (WfSession *self)
{
  g_return_val_if_fail (WF_IS_SESSION (self), FALSE);
  return self->never_saved || !content_equal (self->document, self->saved);
}

char *
wf_session_dup_display_name (WfSession *self)
{
  g_return_val_if_fail (WF_IS_SESSION (self), NULL);

  if (self->file != NULL)
    return g_file_get_basename (self->file);
  return g_strdup (_("Untitled"));
}

static void
replace_document (WfSession  *self,
                  WfDocument *document,
                  GFile      *file)
{
  g_clear_pointer (&self->document, wf_document_free);
  g_clear_pointer (&self->saved, wf_document_free);
  self->document = document;
  self->saved = wf_document_copy (document);
  self->never_saved = FALSE;
  g_set_object (&self->file, file);
  clear_history (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  emit_changes (self, TRUE);
  emit_view_changed (self, NULL);
}

/* Takes a loaded document in, with what the loader ignored. */
static void
take_loaded (WfSession  *self,
             WfDocument *document,
             GPtrArray  *warnings,
             GFile      *file)
{
  g_clear_pointer (&self->load_warnings, g_strfreev);
  if (warnings != NULL && warnings->len > 0)
    {
      g_ptr_array_add (warnings, NULL);
      self->load_warnings = g_strdupv ((char **) warnings->pdata);
    }
  replace_document (self, document, file);
}

gboolean
wf_session_load (WfSession  *self,
                 GFile      *file,
                 GError    **error)
{
  g_autoptr(GPtrArray) warnings = NULL;
  WfDocument *document;

  g_return_val_if_fail (WF_IS_SESSION (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  document = wf_document_load_file_full (file, &warnings, error);
  if (document == NULL)
    return FALSE;

  take_loaded (self, document, warnings, file);
  return TRUE;
}

typedef struct
{
  GFile      *file;
  WfDocument *document;
  GPtrArray  *warnings;
} Load;

static void
load_free (gpointer data)
{
  Load *load = data;

  g_clear_object (&load->file);
  g_clear_pointer (&load->document, wf_document_free);
  g_clear_pointer (&load->warnings, g_ptr_array_unref);
  g_free (load);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Load *load = task_data;
  GError *error = NULL;

  /* Only the file and the copy it makes: the session is not touched here. */
  load->document = wf_document_load_file_full (load->file, &load->warnings, &error);
  if (load->document == NULL)
    g_task_return_error (task, error);
  else if (!g_task_return_error_if_cancelled (task))
    g_task_return_boolean (task, TRUE);
}

/**
 * wf_session_load_async:
 * @self: a #WfSession
 * @file: a scenario file
 *
 * Reads and checks @file in a thread; wf_session_load_finish () then puts
 * the document in, on the main loop, or leaves everything as it was.
 */
void
wf_session_load_async (WfSession           *self,
                       GFile               *file,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Load *load;

  g_return_if_fail (WF_IS_SESSION (self));
  g_return_if_fail (G_IS_FILE (file));

  load = g_new0 (Load, 1);
  load->file = g_object_ref (file);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, wf_session_load_async);
  g_task_set_name (task, "[wf-session] load");
  g_task_set_task_data (task, load, load_free);
  g_task_run_in_thread (task, load_thread);
}

gboolean
wf_session_load_finish (WfSession     *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  Load *load;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  load = g_task_get_task_data (G_TASK (result));
  g_assert (load->document != NULL);
  take_loaded (self, g_steal_pointer (&load->document), load->warnings, load->file);
  return TRUE;
}

/**
 * wf_session_get_load_warnings:
 * @self: a #WfSession
 *
 * Returns: (nullable) (array zero-terminated=1): what the loader ignored or
 *   repaired in the file last opened (each with its line), or %NULL; for
 *   the window to show the user
 */
const char * const *
wf_session_get_load_warnings (WfSession *self)
{
  g_return_val_if_fail (WF_IS_SESSION (self), NULL);
  return (const char * const *) self->load_warnings;
}

/* The document as it is written: a copy, stamped, so that a failed save
 * leaves the document as it was. */
static WfDocument *
stamped_copy (WfSession *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format_iso8601 (now);
  WfDocument *copy = wf_document_copy (self->document);

  g_free (copy->metadata.modified);
  copy->metadata.modified = g_strdup (stamp);
  if (copy->metadata.created == NULL)
    copy->metadata.created = g_strdup (stamp);
  g_free (copy->metadata.application);
  copy->metadata.application = g_strdup (PACKAGE_NAME " " PACKAGE_VERSION);
  return copy;
}

/* @written is what is now in @file: the last saved state. The document
 * may have changed while a thread wrote it; it keeps those changes (and
 * stays modified), with the written copy's stamps. */
static void
saved_as (WfSession  *self,
          WfDocument *written,
          GFile      *file)
{
  g_free (self->document->metadata.modified);
  self->document->metadata.modified = g_strdup (written->metadata.modified);
  g_free (self->document->metadata.created);
  self->document->metadata.created = g_strdup (written->metadata.created);
  g_free (self->document->metadata.application);
  self->document->metadata.application = g_strdup (written->metadata.application);

  /* Written in this version's format: nothing of a newer one to keep. */
  g_clear_pointer (&self->document->read_only_reason, g_free);
  g_clear_pointer (&written->read_only_reason, g_free);
  g_clear_pointer (&self->saved, wf_document_free);
  self->saved = written;
  self->never_saved = FALSE;
  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

gboolean
wf_session_save (WfSession  *self,
                 GFile      *file,
                 GError    **error)
{
  g_autoptr(WfDocument) copy = NULL;

  g_return_val_if_fail (WF_IS_SESSION (self), FALSE);
  g_return_val_if_fail (file != NULL || self->file != NULL, FALSE);

  if (file == NULL)
    file = self->file;

  copy = stamped_copy (self);
  if (!wf_document_save_file (copy, file, error))
    return FALSE;

  saved_as (self, g_steal_pointer (&copy), file);
  return TRUE;
}

typedef struct
{
  WfDocument *copy;
  GFile      *file;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_pointer (&data->copy, wf_document_free);
  g_clear_object (&data->file);
  g_free (data);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *data = task_data;
  GError *error = NULL;

  /* The copy belongs to this task alone until it returns. */
  if (!wf_document_save_file (data->copy, data->file, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* On the calling thread, once the thread has written (or not): the
 * session takes the saved state before the caller hears of it, whether
 * or not it asked to. */
static void
save_written_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  WfSession *self = WF_SESSION (object);
  g_autoptr(GTask) outer = user_data;
  SaveData *data = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    saved_as (self, g_steal_pointer (&data->copy), data->file);
  g_assert (self->n_saving > 0);
  if (--self->n_saving == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVING]);
  if (error != NULL)
    g_task_return_error (outer, error);
  else
    g_task_return_boolean (outer, TRUE);
}

/**
 * wf_session_save_async:
 * @self: a #WfSession
 * @file: (nullable): where to save, or %NULL for the current file
 *
 * wf_session_save () with the writing in a thread: the document is copied
 * now, and whatever changes after this call stays a change to save. The
 * "saving" property is %TRUE until the save ends; then the session takes
 * the file and the saved state, on the calling thread, before @callback
 * runs. On failure nothing changes: the file on disk is as it was and the
 * document stays modified.
 */
void
wf_session_save_async (WfSession           *self,
                       GFile               *file,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GTask *outer;
  SaveData *data;

  g_return_if_fail (WF_IS_SESSION (self));
  g_return_if_fail (file != NULL || self->file != NULL);

  data = g_new0 (SaveData, 1);
  data->copy = stamped_copy (self);
  data->file = g_object_ref (file != NULL ? file : self->file);

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, wf_session_save_async);
  task = g_task_new (self, cancellable, save_written_cb, outer);
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);
  if (self->n_saving++ == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVING]);
  g_task_run_in_thread (task, save_thread);
}

gboolean
wf_session_save_finish (WfSession     *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * wf_session_get_saving:
 * @self: a #WfSession
 *
 * Returns: whether a save started by wf_session_save_async () is writing
 */
gboolean
wf_session_get_saving (WfSession *self)
{
  g_return_val_if_fail (WF_IS_SESSION (self), FALSE);
  return self->n_saving > 0;
}

void
wf_session_reset (WfSession *self,
                  int        horizon)
{
  WfDocument *document;

  g_return_if_fail (WF_IS_SESSION (self));

  g_clear_pointer (&self->load_warnings, g_strfreev);
  document = wf_document_new_default ();
  if (horizon > document->dataset->base_year &&
      horizon <= document->dataset->base_year + WF_MAX_HORIZON_SPAN)
    for (guint i = 0; i < document->scenarios->len; i++)
      ((WfScenario *) g_ptr_array_index (document->scenarios, i))->horizon = horizon;
  replace_document (self, document, NULL);
}

/**
 * wf_session_take_document:
 * @self: a #WfSession
 * @document: (transfer full): a document read from no file, e.g. an import
 *
 * Replaces the document, as opening a file does but without one: the
 * window titles it "Untitled" and Save asks where to write it.
 */
void
wf_session_take_document (WfSession  *self,
                          WfDocument *document)
{
  g_return_if_fail (WF_IS_SESSION (self));
  g_return_if_fail (document != NULL);

  g_clear_pointer (&self->load_warnings, g_strfreev);
  replace_document (self, document, NULL);
  /* Nothing of it is on disk yet: closing asks to save it. */
  self->never_saved = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/**
 * wf_session_recover:
 * @self: a #WfSession
 * @document: (transfer full): a document recovered from an autosave
 * @file: (nullable): the file it was last saved to or opened from, if any
 *
 * Puts in work that was never saved (recovered after a crash): it is tied
 * to @file, so the window names it and Save writes there, but it is
 * modified until saved, and Revert has nothing to go back to.
 */
void
wf_session_recover (WfSession  *self,
                    WfDocument *document,
                    GFile      *file)
{
  g_return_if_fail (WF_IS_SESSION (self));
  g_return_if_fail (document != NULL);
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  g_clear_pointer (&self->load_warnings, g_strfreev);
  replace_document (self, document, file);
  self->never_saved = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* Whether there is a change since the last load or save to undo by
 * reverting (an import never saved has none: it is all new). */
gboolean
wf_session_can_revert (WfSession *self)
{
  g_return_val_if_fail (WF_IS_SESSION (self), FALSE);
  return !content_equal (self->document, self->saved);
}

void
wf_session_revert (WfSession *self)
{
  g_return_if_fail (WF_IS_SESSION (self));

  if (content_equal (self->document, self->saved))
    return;

  push_undo (self, _("Revert to Saved"));
  self->gesture_lever = -1;
  {
    WfDocument *reverted = wf_document_copy (self->saved);

    swap_views (self->document, reverted);
    wf_document_free (self->document);
    self->document = reverted;
  }
  emit_changes (self, TRUE);
  emit_view_changed (self, NULL);
}

guint
wf_session_get_n_scenarios (WfSession *self)
{
  g_return_val_if_fail (WF_IS_SESSION (self), 0);
  return self->document->scenarios->len;
}

const WfScenario *
wf_session_get_scenario (WfSession *self,
                         guint      index)
{
  g_return_val_if_fail (WF_IS_SESSION (self), NULL);
  g_return_val_if_fail (index < self->document->scenarios->len, NULL);
  return g_ptr_array_index (self->document->scenarios, index);
}

guint
wf_session_get_current (WfSession *self)
{
  g_return_val_if_fail (WF_IS_SESSION (self), 0);
  return self->document->view.current_scenario;
}

void
wf_session_set_current (WfSession *self,
                        guint      index)
{
  gboolean swapped;

  g_return_if_fail (WF_IS_SESSION (self));
  g_return_if_fail (index < self->document->scenarios->len);

  if (self->document->view.current_scenario == index)
    return;

  /* Comparing A with B and turning to B compares B with A. */
  {
    GPtrArray *compared = compared_list (self);
    const WfScenario *from = wf_session_get_current_scenario (self);
    const WfScenario *to = g_ptr_array_index (self->document->scenarios, index);
    guint position;

    swapped = compared_contains (compared, to->name, &position);
    if (swapped)
      {
        g_free (compared->pdata[position]);
        compared->pdata[position] = g_strdup (from->name);
      }
  }

  self->document->view.current_scenario = index;
  self->gesture_lever = -1;
  update_uncertainty (self, TRUE);
  announce_levers (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
  if (swapped)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HORIZON]);
  g_signal_emit (self, signals[VIEW_CHANGED], 0);
}

const WfScenario *
wf_session_get_current_scenario (WfSession *self)
{
  g_return_val_if_fail (WF_IS_SESSION (self), NULL);
  return current_scenario (self);
}

const WfResults *
wf_session_get_results (WfSession *self,
                        guint      index)
{
  g_return_val_if_fail (WF_IS_SESSION (self), NULL);
  g_return_val_if_fail (index < self->document->scenarios->len, NULL);

  if (g_ptr_array_index (self->results, index) == NULL)
    {
      g_autoptr(GError) error = NULL;
      WfResults *results = wf_model_project (self->document->dataset,
                                             g_ptr_array_index (self->document->scenarios, index),
                                             &error);

      /* Every edit goes through the lever ranges and the loader validates
       * files, so a projection cannot fail here. */
      if (results == NULL)
        g_critical ("Projection failed: %s", error->message);
      self->results->pdata[index] = results;
    }

  return g_ptr_array_index (self->results, index);
}

void
wf_session_set_lever (WfSession *self,
                      WfLever    lever,
                      double     value)
{
  WfScenario *scenario;
  const WfLeverInfo *info;

  g_return_if_fail (WF_IS_SESSION (self));
  g_return_if_fail (lever < WF_N_LEVERS);

  info = wf_lever_get_info (lever);
  value = CLAMP (value, info->min, info->max);
  scenario = current_scenario (self);
  if (scenario->values[lever] == value)
    return;

  /* Moves of one lever less than gesture_usec (GESTURE_USEC unless a test
   * says otherwise) apart are one drag, and one step in the history. */
  if (self->gesture_lever != (int) lever ||
      self->gesture_scenario != self->document->view.current_scenario ||
      self->gesture_usec == 0 ||
      g_get_monotonic_time () - self->gesture_time > self->gesture_usec)
    {
      /* Translators: the undo entry of a lever move; %s is the lever's name */
      g_autofree char *label = g_strdup_printf (_("Change %s"), wf_lever_get_label (lever));

      push_undo (self, label);
      self->gesture_lever = lever;
      self->gesture_scenario = self->document->view.current_scenario;
    }

  self->gesture_time = g_get_monotonic_time ();
  scenario->values[lever] = value;
  /* The uncertainty range follows the value when it leaves it. */
  scenario->low[lever] = MIN (scenario->low[lever], value);
  scenario->high[lever] = MAX (scenario->high[lever], value);
  emit_changes_full (self, FALSE, (int) self->document->view.current_scenario);
}

void
wf_session_end_lever_gesture (WfSession *self)
{
  g_return_if_fail (WF_IS_SESSION (self));
  self->gesture_lever = -1;
}

void
wf_session_set_gesture_timeout (WfSession *self,
                                guint      timeout_ms)
{
  g_return_if_fail (WF_IS_SESSION (self));
  self->gesture_usec = timeout_ms == G_MAXUINT ? G_MAXINT64
                                               : (gint64) timeout_ms * G_TIME_SPAN_MILLISECOND;
}

void
wf_session_reset_lever (WfSession *self,
                        WfLever    lever)
{
  g_autoptr(WfScenario) reset = NULL;
  g_autofree char *label = NULL;

  g_return_if_fail (WF_IS_SESSION (self));
  g_return_if_fail (lever < WF_N_LEVERS);

  reset = wf_scenario_copy (current_scenario (self));
  wf_scenario_reset_lever (reset, lever);
  if (wf_scenario_equal (reset, current_scenario (self)))
    return;

  /* Translators: the undo entry of a lever reset; %s is the lever's name */
  label = g_strdup_printf (_("Reset %s"), wf_lever_get_label (lever));
  push_undo (self, label);
  self->gesture_lever = -1;
  wf_scenario_reset_lever (current_scenario (self), lever);
  emit_changes_full (self, FALSE, (int) self->document->view.current_scenario);
}

void
wf_session_reset_group (WfSession    *self,
                        WfLeverGroup  group)
{
  g_autoptr(WfScenario) reset = NULL;

  g_return_if_fail (WF_IS_SESSION (self));

  reset = wf_scenario_copy (current_scenario (self));
  wf_scenario_reset_group (reset, group);
  if (wf_scenario_equal (reset, current_scenario (self)))
    return;

  push_undo (self, group == WF_LEVER_GROUP_ASSUMPTION ? _("Reset Assumptions") : _("Reset Policies"));
  self->gesture_lever = -1;
  wf_scenario_reset_group (current_scenario (self), group);
  emit_changes_full (self, FALSE, (int) self->document->view.current_scenario);
}

int
wf_session_get_horizon (WfSession *self)
{
  g_return_val_if_fail (WF_IS_SESSION (self), WF_DEFAULT_HORIZON);
  return current_scenario (self)->horizon;
}

void
wf_session_set_horizon (WfSession *self,
                        int        horizon)
{
  int base_year;
  gboolean same = TRUE;

  g_return_if_fail (WF_IS_SESSION (self));

  base_year = self->document->dataset->base_year;
  horizon = CLAMP (horizon, base_year + 1, base_year + WF_MAX_HORIZON_SPAN);
  for (guint i = 0; i < self->document->scenarios->len; i++)
    if (((WfScenario *) g_ptr_array_index (self->document->scenarios, i))->horizon != horizon)
      same = FALSE;
  if (same)
    return;

  push_undo (self, _("Change Horizon"));
  self->gesture_lever = -1;
  for (guint i = 0; i < self->document->scenarios->len; i++)
    ((WfScenario *) g_ptr_array_index (self->document->scenarios, i))->horizon = horizon;
  emit_changes (self, FALSE);
}

/* Whether a scenario has @name, as stored or as shown: two scenarios must
 * not read the same, "Current trends" under French being "Tendances
 * actuelles". */
static gboolean
name_is_taken (WfSession  *self,
               const char *name)
{
  for (guint i = 0; i < self->document->scenarios->len; i++)
    {
      const WfScenario *scenario = g_ptr_array_index (self->document->scenarios, i);

      if (g_strcmp0 (scenario->name, name) == 0 ||
          g_strcmp0 (wf_scenario_get_display_name (scenario), name) == 0)
        return TRUE;
    }
  return FALSE;
}

char *
wf_session_make_unique_name (WfSession  *self,
                             const char *name)
{
  g_return_val_if_fail (WF_IS_SESSION (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (!name_is_taken (self, name))
    return g_strdup (name);

  for (guint n = 2; ; n++)
    {
      /* Translators: a scenario name followed by a number to tell copies apart */
      g_autofree char *candidate = g_strdup_printf (_("%s (%u)"), name, n);

      if (!name_is_taken (self, candidate))
        return g_steal_pointer (&candidate);
    }
}

/**
 * wf_session_add_scenario:
 * @scenario: (transfer full): the scenario; its name is made unique
 *
 * Adds a scenario at the end and makes it current.
 *
 * Returns: its index
 */
guint
wf_session_add_scenario (WfSession  *self,
                         WfScenario *scenario)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (WF_IS_SESSION (self), 0);
  g_return_val_if_fail (scenario != NULL, 0);

  push_undo (self, _("Add Scenario"));
  self->gesture_lever = -1;
  /* A second "Current trends" is the user's own, named as they read it:
   * "Tendances actuelles (2)" under French. */
  name = wf_session_make_unique_name (self, name_is_taken (self, scenario->name)
                                            ? wf_scenario_get_display_name (scenario)
                                            : scenario->name);
  wf_scenario_set_name (scenario, name);
  scenario->horizon = current_scenario (self)->horizon;
  wf_document_add_scenario (self->document, scenario);
  self->document->view.current_scenario = self->document->scenarios->len - 1;
  emit_changes (self, TRUE);
  emit_view_changed (self, NULL);

  return self->document->view.current_scenario;
}

void
wf_session_remove_scenario (WfSession *self,
                            guint      index)
{
  WfViewState *view;

  g_return_if_fail (WF_IS_SESSION (self));
  g_return_if_fail (index < self->document->scenarios->len);
  /* A document always keeps one scenario. */
  g_return_if_fail (self->document->scenarios->len > 1);

  push_undo (self, _("Delete Scenario"));
  self->gesture_lever = -1;
  view = &self->document->view;
  {
    const WfScenario *removed = g_ptr_array_index (self->document->scenarios, index);

    for (guint i = 0; view->compared != NULL && i < view->compared->len; i++)
      if (g_strcmp0 (g_ptr_array_index (view->compared, i), removed->name) == 0)
        {
          g_ptr_array_remove_index (view->compared, i);
          break;
        }
  }
  g_ptr_array_remove_index (self->document->scenarios, index);
  if (view->current_scenario > index ||
      view->current_scenario >= self->document->scenarios->len)
    view->current_scenario = view->current_scenario > 0 ? view->current_scenario - 1 : 0;
  emit_changes (self, TRUE);
  emit_view_changed (self, NULL);
}

void
wf_session_rename_scenario (WfSession  *self,
                            guint       index,
                            const char *name)
{
  WfScenario *scenario;
  g_autofree char *old = NULL;
  g_autofree char *unique = NULL;
  WfViewState *view;

  g_return_if_fail (WF_IS_SESSION (self));
  g_return_if_fail (index < self->document->scenarios->len);
  g_return_if_fail (name != NULL);

  scenario = g_ptr_array_index (self->document->scenarios, index);
  /* The name as shown (a preset's in the user's language) is no change:
   * the file keeps the English one. */
  if (*name == '\0' || g_strcmp0 (scenario->name, name) == 0 ||
      g_strcmp0 (wf_scenario_get_display_name (scenario), name) == 0)
    return;

  push_undo (self, _("Rename Scenario"));
  self->gesture_lever = -1;
  old = g_strdup (scenario->name);
  unique = wf_session_make_unique_name (self, name);
  wf_scenario_set_name (scenario, unique);

  /* The comparison refers to scenarios by name. */
  view = &self->document->view;
  for (guint i = 0; view->compared != NULL && i < view->compared->len; i++)
    if (g_strcmp0 (g_ptr_array_index (view->compared, i), old) == 0)
      {
        g_free (view->compared->pdata[i]);
        view->compared->pdata[i] = g_strdup (unique);
      }

  emit_changes (self, TRUE);
}

void
wf_session_describe_scenario (WfSession  *self,
                              guint       index,
                              const char *description)
{
  WfScenario *scenario;

  g_return_if_fail (WF_IS_SESSION (self));
  g_return_if_fail (index < self->document->scenarios->len);

  scenario = g_ptr_array_index (self->document->scenarios, index);
  if (g_strcmp0 (scenario->description, description) == 0 ||
      g_strcmp0 (wf_scenario_get_display_description (scenario), description) == 0)
    return;

  push_undo (self, _("Edit Description"));
  self->gesture_lever = -1;
  wf_scenario_set_description (scenario, description);
  emit_changes_full (self, FALSE, (int) index);
}

void
wf_refused_file_free (WfRefusedFile *refused)
{
  if (refused == NULL)
    return;
  g_free (refused->file);
  g_free (refused->reason);
  g_free (refused);
}

static void
add_files_prepared_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  WfMerge *merge = wf_merge_prepare_finish (result, &error);

  if (merge == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, merge, (GDestroyNotify) wf_merge_free);
}

/**
 * wf_session_add_files_async:
 * @self: a #WfSession
 * @files: (array length=n_files): scenario files
 *
 * Reads and checks @files in a thread (wf_merge_prepare_async (), on a
 * copy of the document); wf_session_add_files_finish () adds the good
 * ones' scenarios, on the main loop, and says which files were refused
 * and why.
 */
void
wf_session_add_files_async (WfSession           *self,
                            GFile              **files,
                            guint                n_files,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (WF_IS_SESSION (self));
  g_return_if_fail (files != NULL || n_files == 0);
  for (guint i = 0; i < n_files; i++)
    g_return_if_fail (G_IS_FILE (files[i]));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, wf_session_add_files_async);
  g_task_set_name (task, "[wf-session] add files");
  /* The data the files are checked against, to tell on the main loop
   * whether the document still has it. */
  g_task_set_task_data (task, wf_dataset_copy (self->document->dataset), (GDestroyNotify) wf_dataset_free);
  wf_merge_prepare_async (self->document, (GFile * const *) files, n_files, cancellable,
                          add_files_prepared_cb, task);
}

gboolean
wf_session_add_files_finish (WfSession     *self,
                             GAsyncResult  *result,
                             guint         *n_added,
                             guint         *n_files_added,
                             GPtrArray    **refused,
                             GError       **error)
{
  g_autoptr(GPtrArray) refusals = g_ptr_array_new_with_free_func ((GDestroyNotify) wf_refused_file_free);
  g_autoptr(WfMerge) merge = NULL;
  g_autoptr(GHashTable) from = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *merge_refusals;
  guint before, added = 0;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  merge = g_task_propagate_pointer (G_TASK (result), error);
  if (merge == NULL)
    return FALSE;

  merge_refusals = wf_merge_get_refusals (merge);
  for (guint i = 0; i < merge_refusals->len; i++)
    {
      const WfMergeRefusal *m = g_ptr_array_index (merge_refusals, i);
      WfRefusedFile *r = g_new0 (WfRefusedFile, 1);

      r->file = g_strdup (m->file);
      r->reason = g_strdup (m->error->message);
      g_ptr_array_add (refusals, r);
    }

  /* Another file may have been opened while these were read: their
   * scenarios are then not on the data now open, and none is added. */
  before = self->document->scenarios->len;
  if (!wf_dataset_equal_content (g_task_get_task_data (G_TASK (result)), self->document->dataset))
    {
      g_set_error_literal (error, WF_IO_ERROR, WF_IO_ERROR_DATASET,
                           _("Another document was opened while the files were read; no scenario was added."));
      return FALSE;
    }
  if (wf_merge_get_scenarios (merge)->len > 0)
    {
      push_undo (self, _("Add Scenarios from Files"));
      self->gesture_lever = -1;
      added = wf_merge_apply (merge, self->document);
      if (added == 0)
        {
          Step *step = g_queue_pop_head (&self->undo);

          step_free (step);
        }
    }
  if (added > 0)
    {
      /* Scenarios of a document share its horizon. */
      for (guint i = before; i < self->document->scenarios->len; i++)
        {
          WfScenario *scenario = g_ptr_array_index (self->document->scenarios, i);

          scenario->horizon = current_scenario (self)->horizon;
          if (scenario->origin.file != NULL)
            g_hash_table_add (from, scenario->origin.file);
        }
      self->document->view.current_scenario = before;
      emit_changes (self, TRUE);
      emit_view_changed (self, NULL);
    }

  if (n_added != NULL)
    *n_added = added;
  if (n_files_added != NULL)
    *n_files_added = g_hash_table_size (from);
  if (refused != NULL)
    *refused = g_steal_pointer (&refusals);
  return TRUE;
}

double
wf_session_get_prediction (WfSession *self,
                           guint      index,
                           WfMetric   metric)
{
  const WfScenario *scenario;

  g_return_val_if_fail (WF_IS_SESSION (self), NAN);
  g_return_val_if_fail (index < self->document->scenarios->len, NAN);
  g_return_val_if_fail (metric < WF_N_METRICS, NAN);

  scenario = g_ptr_array_index (self->document->scenarios, index);
  return scenario->predictions[metric];
}

/**
 * wf_session_set_prediction:
 * @self: a #WfSession
 * @index: a scenario
 * @metric: what was predicted
 * @value: the prediction, in the metric's own unit (thousands of people, or
 *   a share), or NAN to clear it
 *
 * Records a participant's prediction; one undoable step. A prediction does
 * not change the projection, so the scenario's results are kept.
 */
void
wf_session_set_prediction (WfSession *self,
                           guint      index,
                           WfMetric   metric,
                           double     value)
{
  WfScenario *scenario;
  double old;

  g_return_if_fail (WF_IS_SESSION (self));
  g_return_if_fail (index < self->document->scenarios->len);
  g_return_if_fail (metric < WF_N_METRICS);
  g_return_if_fail (isnan (value) || isfinite (value));

  scenario = g_ptr_array_index (self->document->scenarios, index);
  old = scenario->predictions[metric];
  if ((isnan (old) && isnan (value)) || old == value)
    return;

  push_undo (self, isnan (value) ? _("Clear Prediction") : _("Record Prediction"));
  self->gesture_lever = -1;
  scenario->predictions[metric] = value;
  emit_predictions_changed (self);
}

const WfViewState *
wf_session_get_view (WfSession *self)
{
  g_return_val_if_fail (WF_IS_SESSION (self), NULL);
  return &self->document->view;
}

void
wf_session_set_chart (WfSession  *self,
                      const char *chart_id)
{
  g_return_if_fail (WF_IS_SESSION (self));

  if (g_strcmp0 (self->document->view.chart, chart_id) == 0)
    return;
  g_free (self->document->view.chart);
  self->document->view.chart = g_strdup (chart_id);
  emit_view_changed (self, properties[PROP_CHART]);
}

void
wf_session_set_lens (WfSession *self,
                     WfLens     lens)
{
  g_return_if_fail (WF_IS_SESSION (self));
  g_return_if_fail (lens < WF_N_LENSES);

  if (self->document->view.lens == lens)
    return;
  self->document->view.lens = lens;
  emit_view_changed (self, properties[PROP_LENS]);
}

void
wf_session_set_sector_filter (WfSession  *self,
                              const char *sector_id)
{
  g_return_if_fail (WF_IS_SESSION (self));

  if (g_strcmp0 (self->document->view.sector_filter, sector_id) == 0)
    return;
  g_free (self->document->view.sector_filter);
  self->document->view.sector_filter = g_strdup (sector_id);
  emit_view_changed (self, properties[PROP_SECTOR_FILTER]);
}

/* One compared scenario (NULL for none), in place of those compared. */
void
wf_session_set_compared (WfSession  *self,
                         const char *scenario_name)
{
  const char *names[] = { scenario_name, NULL };

  g_return_if_fail (WF_IS_SESSION (self));
  wf_session_set_compared_list (self, scenario_name != NULL ? names : NULL);
}

/**
 * wf_session_set_compared_list:
 * @self: a #WfSession
 * @scenario_names: (nullable) (array zero-terminated=1): the scenarios to
 *   compare with the current one, by name, in order; %NULL for none
 *
 * Sets the scenarios compared. The current scenario, names that are
 * repeated and more than a chart can draw are left out.
 */
void
wf_session_set_compared_list (WfSession          *self,
                              const char * const *scenario_names)
{
  GPtrArray *compared;
  g_autoptr(GPtrArray) wanted = g_ptr_array_new_with_free_func (g_free);
  const WfScenario *current;
  gboolean same;

  g_return_if_fail (WF_IS_SESSION (self));

  compared = compared_list (self);
  current = wf_session_get_current_scenario (self);
  for (guint i = 0; scenario_names != NULL && scenario_names[i] != NULL; i++)
    if (g_strcmp0 (scenario_names[i], current->name) != 0 &&
        !compared_contains (wanted, scenario_names[i], NULL) &&
        wanted->len + 1 < WF_CHART_MAX_SCENARIOS)
      g_ptr_array_add (wanted, g_strdup (scenario_names[i]));

  same = wanted->len == compared->len;
  for (guint i = 0; same && i < wanted->len; i++)
    same = g_strcmp0 (g_ptr_array_index (wanted, i), g_ptr_array_index (compared, i)) == 0;
  if (same)
    return;

  g_ptr_array_set_size (compared, 0);
  for (guint i = 0; i < wanted->len; i++)
    g_ptr_array_add (compared, g_strdup (g_ptr_array_index (wanted, i)));
  emit_view_changed (self, properties[PROP_COMPARED]);
}

/**
 * wf_session_set_scenario_compared:
 * @self: a #WfSession
 * @scenario_name: a scenario's name
 * @compared: whether to compare it with the current one
 *
 * Adds the scenario to those compared (last), or removes it: one check
 * button of the Compare With menu.
 */
void
wf_session_set_scenario_compared (WfSession  *self,
                                  const char *scenario_name,
                                  gboolean    compared)
{
  GPtrArray *list;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint index = 0;

  g_return_if_fail (WF_IS_SESSION (self));
  g_return_if_fail (scenario_name != NULL);

  list = compared_list (self);
  if (compared_contains (list, scenario_name, &index) == !!compared)
    return;
  for (guint i = 0; i < list->len; i++)
    if (compared || i != index)
      g_ptr_array_add (names, g_ptr_array_index (list, i));
  if (compared)
    g_ptr_array_add (names, (gpointer) scenario_name);
  g_ptr_array_add (names, NULL);
  wf_session_set_compared_list (self, (const char * const *) names->pdata);
}

gboolean
wf_session_is_scenario_compared (WfSession  *self,
                                 const char *scenario_name)
{
  g_return_val_if_fail (WF_IS_SESSION (self), FALSE);
  return scenario_name != NULL && compared_list (self)->len > 0 &&
         compared_contains (compared_list (self), scenario_name, NULL);
}

/**
 * wf_session_get_compared_indices:
 * @self: a #WfSession
 * @indices: (out caller-allocates) (array length=max): where to put them
 * @max: the room in @indices
 *
 * The scenarios compared with the current one, as the charts and the
 * headline show them: those that exist, never the current one.
 *
 * Returns: how many were put in @indices
 */
guint
wf_session_get_compared_indices (WfSession *self,
                                 guint     *indices,
                                 guint      max)
{
  g_return_val_if_fail (WF_IS_SESSION (self), 0);
  return wf_chart_input_get_compared (self->document, &self->document->view, indices, max);
}

const char *
wf_session_get_compared (WfSession *self)
{
  const WfViewState *view;

  g_return_val_if_fail (WF_IS_SESSION (self), NULL);
  view = &self->document->view;
  return view->compared != NULL && view->compared->len > 0 ? g_ptr_array_index (view->compared, 0) : NULL;
}

WfMetric
wf_session_get_metric (WfSession *self)
{
  g_return_val_if_fail (WF_IS_SESSION (self), WF_METRIC_NET_JOBS);
  return self->document->view.metric;
}

void
wf_session_set_metric (WfSession *self,
                       WfMetric   metric)
{
  g_return_if_fail (WF_IS_SESSION (self));
  g_return_if_fail (metric < WF_N_METRICS);

  if (self->document->view.metric == metric)
    return;
  self->document->view.metric = metric;
  emit_view_changed (self, properties[PROP_METRIC]);
}

gboolean
wf_session_get_difference (WfSession *self)
{
  g_return_val_if_fail (WF_IS_SESSION (self), FALSE);
  return self->document->view.difference;
}

void
wf_session_set_difference (WfSession *self,
                           gboolean   difference)
{
  g_return_if_fail (WF_IS_SESSION (self));

  difference = !!difference;
  if (self->document->view.difference == difference)
    return;
  self->document->view.difference = difference;
  emit_view_changed (self, properties[PROP_DIFFERENCE]);
}

WfChartKind
wf_session_get_chart_kind (WfSession *self)
{
  g_return_val_if_fail (WF_IS_SESSION (self), WF_CHART_EMPLOYMENT);
  return wf_chart_input_get_kind (&self->document->view);
}

WfUncertainty *
wf_session_get_uncertainty (WfSession *self)
{
  g_return_val_if_fail (WF_IS_SESSION (self), NULL);
  return self->uncertainty;
}

static const WfResults *
session_results (guint    index,
                 gpointer user_data)
{
  return wf_session_get_results (user_data, index);
}

/**
 * wf_session_get_chart_data:
 * @self: a #WfSession
 * @kind: a chart kind
 * @data: (out caller-allocates): filled for @kind
 *
 * Fills @data from the current scenario and the view, with what the
 * background computation holds so far: it never waits. The pointers stay
 * valid until the session changes or its service emits "updated".
 */
void
wf_session_get_chart_data (WfSession   *self,
                           WfChartKind  kind,
                           WfChartData *data)
{
  g_return_if_fail (WF_IS_SESSION (self));
  g_return_if_fail (data != NULL);

  wf_chart_input_fill (data, self->document, &self->document->view, kind,
                       session_results, self, self->uncertainty);
  if (wf_chart_kind_get_needs (kind) & WF_CHART_NEEDS_EVERY_SCENARIO &&
      self->results->len == self->document->scenarios->len)
    data->every_results = (const WfResults * const *) self->results->pdata;
}

static void
compute_chart_data_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (wf_uncertainty_compute_finish (WF_UNCERTAINTY (object), result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * wf_session_compute_chart_data_async:
 * @self: a #WfSession
 * @kind: a chart kind
 *
 * Computes in a thread what @kind needs and is not held yet (for exports:
 * the main loop goes on meanwhile); get the data with
 * wf_session_compute_chart_data_finish ().
 */
void
wf_session_compute_chart_data_async (WfSession           *self,
                                     WfChartKind          kind,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (WF_IS_SESSION (self));
  g_return_if_fail (kind < WF_N_CHART_KINDS);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, wf_session_compute_chart_data_async);
  g_task_set_task_data (task, GUINT_TO_POINTER (kind), NULL);
  wf_uncertainty_compute_async (self->uncertainty, wf_chart_kind_get_computations (kind),
                                cancellable, compute_chart_data_cb, task);
}

gboolean
wf_session_compute_chart_data_finish (WfSession     *self,
                                      GAsyncResult  *result,
                                      WfChartData   *data,
                                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  wf_session_get_chart_data (self, GPOINTER_TO_UINT (g_task_get_task_data (G_TASK (result))), data);
  return TRUE;
}

/**
 * wf_session_compute_chart_data:
 * @self: a #WfSession
 * @kind: a chart kind
 * @data: (out caller-allocates): filled for @kind
 *
 * The same, in the calling thread: for the tests and the benchmarks.
 */
gboolean
wf_session_compute_chart_data (WfSession     *self,
                               WfChartKind    kind,
                               GCancellable  *cancellable,
                               WfChartData   *data,
                               GError       **error)
{
  g_return_val_if_fail (WF_IS_SESSION (self), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  if (!wf_uncertainty_compute_sync (self->uncertainty, wf_chart_kind_get_computations (kind),
                                    cancellable, error))
    return FALSE;
  wf_session_get_chart_data (self, kind, data);
  return TRUE;
}

gboolean
wf_session_can_undo (WfSession *self)
{
  g_return_val_if_fail (WF_IS_SESSION (self), FALSE);
  return !g_queue_is_empty (&self->undo);
}

gboolean
wf_session_can_redo (WfSession *self)
{
  g_return_val_if_fail (WF_IS_SESSION (self), FALSE);
  return !g_queue_is_empty (&self->redo);
}

const char *
wf_session_get_undo_label (WfSession *self)
{
  Step *step;

  g_return_val_if_fail (WF_IS_SESSION (self), NULL);
  step = g_queue_peek_head (&self->undo);
  return step ? step->label : NULL;
}

/* Moves the document between the stacks. */
static void
swap_document (WfSession *self,
               GQueue    *from,
               GQueue    *to)
{
  Step *step = g_queue_pop_head (from);
  WfDocument *restored = step->document;

  swap_views (self->document, restored);
  step->document = self->document;
  g_queue_push_head (to, step);
  self->document = restored;
  self->gesture_lever = -1;

  emit_changes (self, TRUE);
  emit_view_changed (self, NULL);
}

void
wf_session_undo (WfSession *self)
{
  g_return_if_fail (WF_IS_SESSION (self));

  if (!g_queue_is_empty (&self->undo))
    swap_document (self, &self->undo, &self->redo);
}

void
wf_session_redo (WfSession *self)
{
  g_return_if_fail (WF_IS_SESSION (self));

  if (!g_queue_is_empty (&self->redo))
    swap_document (self, &self->redo, &self->undo);
}
