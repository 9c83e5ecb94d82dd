/* wf-uncertainty.h: the session's one background computation service, for
 * ensembles, tornadoes and attributions
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "wf-core.h"

G_BEGIN_DECLS

/* Runs of the ensemble behind the fan chart on screen. The command line
 * and the exports use WF_ENSEMBLE_DEFAULT_RUNS; see bench-uncertainty for
 * the time from a lever move to the redrawn fan. */
#define WF_UNCERTAINTY_INTERACTIVE_RUNS 1000

/* How long lever moves must pause before a computation starts. */
#define WF_UNCERTAINTY_DEBOUNCE_MS 60

/* What the service computes: the key of what it holds. */
typedef enum
{
  WF_COMPUTATION_NONE        = 0,
  WF_COMPUTATION_ENSEMBLE    = 1 << 0,
  WF_COMPUTATION_TORNADO     = 1 << 1,
  WF_COMPUTATION_ATTRIBUTION = 1 << 2,
} WfComputation;

#define WF_COMPUTATION_ALL (WF_COMPUTATION_ENSEMBLE | WF_COMPUTATION_TORNADO | WF_COMPUTATION_ATTRIBUTION)

#define WF_TYPE_UNCERTAINTY (wf_uncertainty_get_type ())

G_DECLARE_FINAL_TYPE (WfUncertainty, wf_uncertainty, WF, UNCERTAINTY, GObject)

/* Without input, the service computes nothing: its owner (a WfSession, or
 * the command line) gives it copies of what to compute on. */
WfUncertainty       *wf_uncertainty_new             (void);

/* The dataset and the scenario explained (copied): a new input cancels the
 * computation under way, keeps the results held for display (stale), and
 * starts again after a short pause. */
void                 wf_uncertainty_set_input       (WfUncertainty    *self,
                                                     const WfDataset  *dataset,
                                                     const WfScenario *scenario);
/* The outcome the tornado and the attribution explain. */
void                 wf_uncertainty_set_metric      (WfUncertainty    *self,
                                                     WfMetric          metric);
/* Whether the ensemble must also be summarised sector by sector. */
void                 wf_uncertainty_set_by_sector   (WfUncertainty    *self,
                                                     gboolean          by_sector);
guint                wf_uncertainty_get_n_runs      (WfUncertainty    *self);
void                 wf_uncertainty_set_n_runs      (WfUncertainty    *self,
                                                     guint             n_runs);

/* What to keep up to date in the background; "updated" is emitted when a
 * computation is done. Setting it starts at once what is missing. */
void                 wf_uncertainty_set_wanted      (WfUncertainty    *self,
                                                     WfComputation     wanted);
WfComputation        wf_uncertainty_get_wanted      (WfUncertainty    *self);

/* Computes @what in the calling thread, unless it is held and current.
 * For the command line and the tests. */
gboolean             wf_uncertainty_compute_sync    (WfUncertainty    *self,
                                                     WfComputation     what,
                                                     GCancellable     *cancellable,
                                                     GError          **error);
/* The same in a thread, for exports: the results are taken in (and
 * "updated" emitted) before @callback runs. */
void                 wf_uncertainty_compute_async   (WfUncertainty    *self,
                                                     WfComputation     what,
                                                     GCancellable     *cancellable,
                                                     GAsyncReadyCallback callback,
                                                     gpointer          user_data);
gboolean             wf_uncertainty_compute_finish  (WfUncertainty    *self,
                                                     GAsyncResult     *result,
                                                     GError          **error);

/* The latest results: NULL until the first computation is done; after a
 * change, the previous ones until the new ones arrive (see
 * wf_uncertainty_is_current ()). Valid until the next "updated". */
gboolean             wf_uncertainty_is_current      (WfUncertainty    *self,
                                                     WfComputation     what);
const WfEnsemble    *wf_uncertainty_get_ensemble    (WfUncertainty    *self);
const WfTornado     *wf_uncertainty_get_tornado     (WfUncertainty    *self);
const WfAttribution *wf_uncertainty_get_attribution (WfUncertainty    *self);
gboolean             wf_uncertainty_get_busy        (WfUncertainty    *self);

/* For tests: computations cancelled by a newer change, and computations
 * finished (cancelled or not). */
guint                wf_uncertainty_get_n_cancelled (WfUncertainty    *self);
guint                wf_uncertainty_get_n_finished  (WfUncertainty    *self);

G_END_DECLS
