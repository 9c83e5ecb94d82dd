/* wf-session.h: the open document, its file, its results and its history
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "wf-chart.h"
#include "wf-core.h"
#include "wf-uncertainty.h"

G_BEGIN_DECLS

#define WF_TYPE_SESSION (wf_session_get_type ())

G_DECLARE_FINAL_TYPE (WfSession, wf_session, WF, SESSION, GObject)

WfSession         *wf_session_new                 (void);
const WfDocument  *wf_session_get_document        (WfSession     *self);
GFile             *wf_session_get_file            (WfSession     *self);
gboolean           wf_session_get_modified        (WfSession     *self);
char              *wf_session_dup_display_name    (WfSession     *self);

/* Replaces the document only when the file loads: on error nothing changes. */
gboolean           wf_session_load                (WfSession     *self,
                                                   GFile         *file,
                                                   GError       **error);
/* The same, reading the file in a thread: the document is replaced by
 * wf_session_load_finish (), on the calling thread. */
void               wf_session_load_async          (WfSession           *self,
                                                   GFile               *file,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
gboolean           wf_session_load_finish         (WfSession           *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);
/* What the loader ignored in the file last opened (NULL when nothing). */
const char * const *wf_session_get_load_warnings (WfSession *self);
/* Saves to @file, or to the current file when @file is NULL. */
gboolean           wf_session_save                (WfSession     *self,
                                                   GFile         *file,
                                                   GError       **error);
/* The same, writing in a thread (see wf-session.c); "saving" meanwhile. */
void               wf_session_save_async          (WfSession           *self,
                                                   GFile               *file,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
gboolean           wf_session_save_finish         (WfSession           *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);
gboolean           wf_session_get_saving          (WfSession     *self);
/* Puts in recovered work tied to @file (or none), modified; takes
 * @document. */
void               wf_session_recover             (WfSession     *self,
                                                   WfDocument    *document,
                                                   GFile         *file);
/* A fresh document on the bundled world dataset, projected to @horizon
 * (0 for the default); forgets the file. */
void               wf_session_reset               (WfSession     *self,
                                                   int            horizon);
/* Puts in a document that comes from no file (an import), forgetting the
 * file and the history; takes @document. */
void               wf_session_take_document       (WfSession     *self,
                                                   WfDocument    *document);
/* Back to the document as last loaded or saved; undoable. */
void               wf_session_revert              (WfSession     *self);

guint              wf_session_get_n_scenarios     (WfSession     *self);
const WfScenario  *wf_session_get_scenario        (WfSession     *self,
                                                   guint          index);
guint              wf_session_get_current         (WfSession     *self);
void               wf_session_set_current         (WfSession     *self,
                                                   guint          index);
const WfScenario  *wf_session_get_current_scenario (WfSession    *self);
/* The projection of a scenario, computed when first asked for after a
 * change; the session keeps it. */
const WfResults   *wf_session_get_results         (WfSession     *self,
                                                   guint          index);

/* Editing the current scenario ("lever-changed::LEVER-ID" (guint lever)
 * announces each new value); every call is one undoable step, except that
 * successive moves of the same lever within a drag merge into one. */
void               wf_session_set_lever           (WfSession     *self,
                                                   WfLever        lever,
                                                   double         value);
void               wf_session_end_lever_gesture   (WfSession     *self);
/* How far apart (ms) two moves of one lever may be and still be one drag;
 * 0: every move is a step. Tests set G_MAXUINT, so that a loaded machine
 * never splits a drag they make. */
void               wf_session_set_gesture_timeout (WfSession     *self,
                                                   guint          timeout_ms);
void               wf_session_reset_lever         (WfSession     *self,
                                                   WfLever        lever);
void               wf_session_reset_group         (WfSession     *self,
                                                   WfLeverGroup   group);

/* The last projected year of every scenario (they share it, so that they
 * compare on the same axes); one undoable step. */
int                wf_session_get_horizon         (WfSession     *self);
void               wf_session_set_horizon         (WfSession     *self,
                                                   int            horizon);

/* Editing the list of scenarios. */
guint              wf_session_add_scenario        (WfSession     *self,
                                                   WfScenario    *scenario);
void               wf_session_remove_scenario     (WfSession     *self,
                                                   guint          index);
void               wf_session_rename_scenario     (WfSession     *self,
                                                   guint          index,
                                                   const char    *name);
void               wf_session_describe_scenario   (WfSession     *self,
                                                   guint          index,
                                                   const char    *description);
char              *wf_session_make_unique_name    (WfSession     *self,
                                                   const char    *name);

/* Adding other files' scenarios (File → Add Scenarios from Files…, or
 * files dropped on a window): each file is read and checked in a thread;
 * the scenarios of the good ones are added on the calling thread as one
 * undoable step, each with its origin (the file, its author, its time),
 * and made current is the first one added (wf_merge_prepare_async () and
 * wf_merge_apply (), docs/workshop.md). A file is refused, and said why,
 * when it cannot be read, is broken or newer than this version, or is on
 * other data; a scenario the document already has (an untouched preset)
 * is not added twice. */
typedef struct
{
  char *file;    /* the file's name, as the user knows it */
  char *reason;  /* why it was refused, a sentence */
} WfRefusedFile;

void               wf_refused_file_free           (WfRefusedFile *refused);

void               wf_session_add_files_async     (WfSession              *self,
                                                   GFile                 **files,
                                                   guint                   n_files,
                                                   GCancellable           *cancellable,
                                                   GAsyncReadyCallback     callback,
                                                   gpointer                user_data);
/* FALSE when cancelled, or when another document was opened meanwhile
 * (nothing is added then). @n_added: the
 * scenarios added; @n_files_added: the files they came from; @refused:
 * (element-type WfRefusedFile) the files refused, in the order given. */
gboolean           wf_session_add_files_finish    (WfSession     *self,
                                                   GAsyncResult  *result,
                                                   guint         *n_added,
                                                   guint         *n_files_added,
                                                   GPtrArray    **refused,
                                                   GError       **error);

/* A participant's prediction of @metric at the horizon for the scenario
 * @index (NAN for none), recorded before the model's answer is shown; one
 * undoable step ("Record Prediction", or "Clear Prediction" for NAN). */
double             wf_session_get_prediction      (WfSession     *self,
                                                   guint          index,
                                                   WfMetric       metric);
void               wf_session_set_prediction      (WfSession     *self,
                                                   guint          index,
                                                   WfMetric       metric,
                                                   double         value);

/* View state (saved with the file, not part of the history): each is also
 * a property ("chart", "lens", "sector-filter", "compared", "metric",
 * "difference"); widgets bind to them. */
const WfViewState *wf_session_get_view            (WfSession     *self);
void               wf_session_set_chart           (WfSession     *self,
                                                   const char    *chart_id);
void               wf_session_set_lens            (WfSession     *self,
                                                   WfLens         lens);
void               wf_session_set_sector_filter   (WfSession     *self,
                                                   const char    *sector_id);
void               wf_session_set_compared        (WfSession     *self,
                                                   const char    *scenario_name);
void               wf_session_set_compared_list   (WfSession     *self,
                                                   const char * const *scenario_names);
void               wf_session_set_scenario_compared (WfSession   *self,
                                                   const char    *scenario_name,
                                                   gboolean       compared);
gboolean           wf_session_is_scenario_compared (WfSession    *self,
                                                   const char    *scenario_name);
guint              wf_session_get_compared_indices (WfSession    *self,
                                                   guint         *indices,
                                                   guint          max);

const char        *wf_session_get_compared        (WfSession     *self);
/* The outcome the tornado and the attribution explain. */
WfMetric           wf_session_get_metric          (WfSession     *self);
void               wf_session_set_metric          (WfSession     *self,
                                                   WfMetric       metric);
/* Differences from the baseline, in the charts that can show them. */
gboolean           wf_session_get_difference      (WfSession     *self);
void               wf_session_set_difference      (WfSession     *self,
                                                   gboolean       difference);
/* The chart the view names (or the first kind). */
WfChartKind        wf_session_get_chart_kind      (WfSession     *self);

/* The session's background computation: what its chart needs, for its
 * current scenario; valid as long as the session. */
WfUncertainty     *wf_session_get_uncertainty     (WfSession     *self);

/* A chart's data from the current scenario and the view (see
 * wf_chart_input_fill ()): what is computed so far, without waiting. */
void               wf_session_get_chart_data      (WfSession     *self,
                                                   WfChartKind    kind,
                                                   WfChartData   *data);
/* The same after computing in a thread what @kind still needs. */
void               wf_session_compute_chart_data_async  (WfSession           *self,
                                                         WfChartKind          kind,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
gboolean           wf_session_compute_chart_data_finish (WfSession           *self,
                                                         GAsyncResult        *result,
                                                         WfChartData         *data,
                                                         GError             **error);
gboolean           wf_session_compute_chart_data  (WfSession     *self,
                                                   WfChartKind    kind,
                                                   GCancellable  *cancellable,
                                                   WfChartData   *data,
                                                   GError       **error);

gboolean           wf_session_can_undo            (WfSession     *self);
gboolean           wf_session_can_redo            (WfSession     *self);
const char        *wf_session_get_undo_label      (WfSession     *self);
void               wf_session_undo                (WfSession     *self);
void               wf_session_redo                (WfSession     *self);

gboolean           wf_session_can_revert          (WfSession     *self);

G_END_DECLS
