/* wf-prediction-dialog.h: record a participant's prediction of a headline
 * indicator, before the model's answer is revealed
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "wf-session.h"

G_BEGIN_DECLS

#define WF_TYPE_PREDICTION_DIALOG (wf_prediction_dialog_get_type ())

G_DECLARE_FINAL_TYPE (WfPredictionDialog, wf_prediction_dialog, WF, PREDICTION_DIALOG, AdwMessageDialog)

/* A dialog on @parent for the session's current scenario, showing @metric
 * first (any headline metric may be chosen in it). "Record" sets the
 * prediction in the session, "Clear" removes it; both are undoable. */
GtkWindow *wf_prediction_dialog_new        (GtkWindow          *parent,
                                            WfSession          *session,
                                            WfMetric            metric);
WfMetric   wf_prediction_dialog_get_metric (WfPredictionDialog *self);
void       wf_prediction_dialog_set_metric (WfPredictionDialog *self,
                                            WfMetric            metric);
/* The value typed, in the metric's own unit (thousands of people or a
 * share), as the session stores it. */
double     wf_prediction_dialog_get_value  (WfPredictionDialog *self);
/* @value in the metric's own unit; shown in millions or per cent. */
void       wf_prediction_dialog_set_value  (WfPredictionDialog *self,
                                            double              value);

G_END_DECLS
