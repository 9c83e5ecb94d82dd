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

#include "wf-document-io.h"
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
  GFile      *file;
  GPtrArray  *results;     /* (element-type WfResults), NULL where stale */

  GQueue      undo;        /* of Step*, newest at the head */
  GQueue      redo;
  int         gesture_lever;  /* the lever being dragged, or -1 */
  guint       gesture_scenario;
  gint64      gesture_time;   /* monotonic time of its last move */
  WfMetric    metric;
};

G_DEFINE_FINAL_TYPE (WfSession, wf_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_MODIFIED,
  PROP_CURRENT,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

enum {
  CHANGED,
  SCENARIOS_CHANGED,
  VIEW_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

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

  if (scenarios_changed)
    g_signal_emit (self, signals[SCENARIOS_CHANGED], 0);
  g_signal_emit (self, signals[CHANGED], 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
}

static void
emit_changes (WfSession *self,
              gboolean   scenarios_changed)
{
  emit_changes_full (self, scenarios_changed, -1);
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

static WfScenario *
current_scenario (WfSession *self)
{
  return g_ptr_array_index (self->document->scenarios, self->document->view.current_scenario);
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
  g_clear_pointer (&self->document, wf_document_free);
  g_clear_pointer (&self->saved, wf_document_free);
  g_clear_pointer (&self->results, g_ptr_array_unref);
  g_clear_object (&self->file);

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

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CURRENT] =
    g_param_spec_uint ("current", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The document's content changed: results are stale. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* Scenarios were added, removed or renamed. */
  signals[SCENARIOS_CHANGED] = g_signal_new ("scenarios-changed", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);
  /* The chart, lens, filter or comparison changed. */
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
  self->metric = WF_METRIC_NET_JOBS;
  self->results = g_ptr_array_new_with_free_func ((GDestroyNotify) wf_results_free);
  self->document = wf_document_new_default ();
  self->saved = wf_document_copy (self->document);
  invalidate_results (self);
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
  return !content_equal (self->document, self->saved);
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
  g_set_object (&self->file, file);
  clear_history (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  emit_changes (self, TRUE);
  g_signal_emit (self, signals[VIEW_CHANGED], 0);
}

gboolean
wf_session_load (WfSession  *self,
                 GFile      *file,
                 GError    **error)
{
  WfDocument *document;

  g_return_val_if_fail (WF_IS_SESSION (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  document = wf_document_load_file (file, error);
  if (document == NULL)
    return FALSE;

  replace_document (self, document, file);
  return TRUE;
}

gboolean
wf_session_save (WfSession  *self,
                 GFile      *file,
                 GError    **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(WfDocument) copy = NULL;
  g_autofree char *stamp = g_date_time_format_iso8601 (now);

  g_return_val_if_fail (WF_IS_SESSION (self), FALSE);
  g_return_val_if_fail (file != NULL || self->file != NULL, FALSE);

  if (file == NULL)
    file = self->file;

  /* Stamp a copy, so that a failed save leaves the document as it was. */
  copy = wf_document_copy (self->document);
  g_free (copy->metadata.modified);
  copy->metadata.modified = g_strdup (stamp);
  if (copy->metadata.created == NULL)
    copy->metadata.created = g_strdup (stamp);
  g_free (copy->metadata.application);
  copy->metadata.application = g_strdup (PACKAGE_NAME " " PACKAGE_VERSION);

  if (!wf_document_save_file (copy, file, error))
    return FALSE;

  wf_document_free (self->document);
  self->document = g_steal_pointer (&copy);
  g_clear_pointer (&self->saved, wf_document_free);
  self->saved = wf_document_copy (self->document);
  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);

  return TRUE;
}

void
wf_session_reset (WfSession *self,
                  int        horizon)
{
  WfDocument *document;

  g_return_if_fail (WF_IS_SESSION (self));

  document = wf_document_new_default ();
  if (horizon > document->dataset->base_year &&
      horizon <= document->dataset->base_year + WF_MAX_HORIZON_SPAN)
    for (guint i = 0; i < document->scenarios->len; i++)
      ((WfScenario *) g_ptr_array_index (document->scenarios, i))->horizon = horizon;
  replace_document (self, document, NULL);
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
  g_signal_emit (self, signals[VIEW_CHANGED], 0);
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
  g_return_if_fail (WF_IS_SESSION (self));
  g_return_if_fail (index < self->document->scenarios->len);

  if (self->document->view.current_scenario == index)
    return;

  self->document->view.current_scenario = index;
  self->gesture_lever = -1;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
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

  /* Moves of one lever less than GESTURE_USEC apart are one drag, and one
   * step in the history. */
  if (self->gesture_lever != (int) lever ||
      self->gesture_scenario != self->document->view.current_scenario ||
      g_get_monotonic_time () - self->gesture_time > GESTURE_USEC)
    {
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

char *
wf_session_make_unique_name (WfSession  *self,
                             const char *name)
{
  g_return_val_if_fail (WF_IS_SESSION (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (wf_document_find_scenario (self->document, name) < 0)
    return g_strdup (name);

  for (guint n = 2; ; n++)
    {
      /* Translators: a scenario name followed by a number to tell copies apart */
      g_autofree char *candidate = g_strdup_printf (_("%s (%u)"), name, n);

      if (wf_document_find_scenario (self->document, candidate) < 0)
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
  name = wf_session_make_unique_name (self, scenario->name);
  wf_scenario_set_name (scenario, name);
  scenario->horizon = current_scenario (self)->horizon;
  wf_document_add_scenario (self->document, scenario);
  self->document->view.current_scenario = self->document->scenarios->len - 1;
  emit_changes (self, TRUE);
  g_signal_emit (self, signals[VIEW_CHANGED], 0);

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
  g_signal_emit (self, signals[VIEW_CHANGED], 0);
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
  if (*name == '\0' || g_strcmp0 (scenario->name, name) == 0)
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
  if (g_strcmp0 (scenario->description, description) == 0)
    return;

  push_undo (self, _("Edit Description"));
  self->gesture_lever = -1;
  wf_scenario_set_description (scenario, description);
  emit_changes_full (self, FALSE, (int) index);
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
  g_signal_emit (self, signals[VIEW_CHANGED], 0);
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
  g_signal_emit (self, signals[VIEW_CHANGED], 0);
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
  g_signal_emit (self, signals[VIEW_CHANGED], 0);
}

/* One compared scenario at a time in the interface (NULL for none); the file
 * format allows several. */
void
wf_session_set_compared (WfSession  *self,
                         const char *scenario_name)
{
  WfViewState *view;

  g_return_if_fail (WF_IS_SESSION (self));

  view = &self->document->view;
  if (view->compared == NULL)
    view->compared = g_ptr_array_new_with_free_func (g_free);

  if (scenario_name == NULL && view->compared->len == 0)
    return;
  if (scenario_name != NULL && view->compared->len == 1 &&
      g_strcmp0 (g_ptr_array_index (view->compared, 0), scenario_name) == 0)
    return;

  g_ptr_array_set_size (view->compared, 0);
  if (scenario_name != NULL)
    g_ptr_array_add (view->compared, g_strdup (scenario_name));
  g_signal_emit (self, signals[VIEW_CHANGED], 0);
}

WfMetric
wf_session_get_metric (WfSession *self)
{
  g_return_val_if_fail (WF_IS_SESSION (self), WF_METRIC_NET_JOBS);
  return self->metric;
}

void
wf_session_set_metric (WfSession *self,
                       WfMetric   metric)
{
  g_return_if_fail (WF_IS_SESSION (self));
  g_return_if_fail (metric < WF_N_METRICS);

  if (self->metric == metric)
    return;
  self->metric = metric;
  g_signal_emit (self, signals[VIEW_CHANGED], 0);
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

const char *
wf_session_get_redo_label (WfSession *self)
{
  Step *step;

  g_return_val_if_fail (WF_IS_SESSION (self), NULL);
  step = g_queue_peek_head (&self->redo);
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
  g_signal_emit (self, signals[VIEW_CHANGED], 0);
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
