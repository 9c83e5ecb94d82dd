/* wf-uncertainty.h: the ensemble, tornado and attribution of a session,
 * computed in the background
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "wf-chart.h"
#include "wf-core.h"
#include "wf-session.h"

G_BEGIN_DECLS

/* Runs of the ensemble behind the fan chart on screen. The command line
 * and the exports use WF_ENSEMBLE_DEFAULT_RUNS; see bench-uncertainty for
 * the time from a lever move to the redrawn fan. */
#define WF_UNCERTAINTY_INTERACTIVE_RUNS 1000

/* How long lever moves must pause before a computation starts. */
#define WF_UNCERTAINTY_DEBOUNCE_MS 60

#define WF_TYPE_UNCERTAINTY (wf_uncertainty_get_type ())

G_DECLARE_FINAL_TYPE (WfUncertainty, wf_uncertainty, WF, UNCERTAINTY, GObject)

WfUncertainty       *wf_uncertainty_new             (WfSession     *session);
/* For chart views: the instance of @session that every view of it shares
 * (the main window's, the presentation's), so that a lever move computes
 * each chart once; created when it has none. Give it back with
 * wf_uncertainty_release (): the last user's release stops it at once. */
WfUncertainty       *wf_uncertainty_acquire         (WfSession     *session);
void                 wf_uncertainty_release         (WfUncertainty *self);
WfSession           *wf_uncertainty_get_session     (WfUncertainty *self);

/* Asks for what @kind (fan, tornado or attribution) needs, for the current
 * scenario; it is computed in a thread and "updated" is emitted when it is
 * ready. Every change of the session cancels the computation under way and
 * starts a new one after a short pause. Only the kind asked for last is
 * kept up to date. Other kinds are ignored. */
void                 wf_uncertainty_request         (WfUncertainty *self,
                                                     WfChartKind    kind);
/* The same, synchronously, for exports: returns at once when the results
 * are there. */
gboolean             wf_uncertainty_compute_sync    (WfUncertainty *self,
                                                     WfChartKind    kind,
                                                     GCancellable  *cancellable,
                                                     GError       **error);

/* The latest results: NULL until the first computation is done; after an
 * edit, the previous ones until the new ones arrive (see
 * wf_uncertainty_is_current ()). Valid until the next "updated". */
gboolean             wf_uncertainty_is_current      (WfUncertainty *self,
                                                     WfChartKind    kind);
const WfEnsemble    *wf_uncertainty_get_ensemble    (WfUncertainty *self);
const WfTornado     *wf_uncertainty_get_tornado     (WfUncertainty *self);
const WfAttribution *wf_uncertainty_get_attribution (WfUncertainty *self);
gboolean             wf_uncertainty_get_busy        (WfUncertainty *self);

guint                wf_uncertainty_get_n_runs      (WfUncertainty *self);
void                 wf_uncertainty_set_n_runs      (WfUncertainty *self,
                                                     guint          n_runs);

/* Fills the uncertainty fields of @data for @kind from what is ready. */
void                 wf_uncertainty_fill_chart_data (WfUncertainty *self,
                                                     WfChartKind    kind,
                                                     WfChartData   *data);

/* For exports, the clipboard and the data view (through
 * wf_chart_data_from_session ()): computes synchronously what @kind needs,
 * reusing what a chart view of @session computed, and fills @data. */
void                 wf_uncertainty_fill_for_export (WfSession     *session,
                                                     WfChartKind    kind,
                                                     WfChartData   *data);

/* The instance a chart view of @session computes in the background, or
 * NULL: other views show its results rather than compute their own. */
WfUncertainty       *wf_uncertainty_peek            (WfSession     *session);

/* For tests: computations cancelled by a newer change, and computations
 * finished (cancelled or not). */
guint                wf_uncertainty_get_n_cancelled (WfUncertainty *self);
guint                wf_uncertainty_get_n_finished  (WfUncertainty *self);

G_END_DECLS
