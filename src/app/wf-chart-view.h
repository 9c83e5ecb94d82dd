/* wf-chart-view.h: a chart of the session, redrawn as it changes
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "wf-chart.h"
#include "wf-session.h"
#include "wf-uncertainty.h"

G_BEGIN_DECLS

#define WF_TYPE_CHART_VIEW (wf_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (WfChartView, wf_chart_view, WF, CHART_VIEW, GtkWidget)

GtkWidget   *wf_chart_view_new             (WfSession    *session);
/* The chart the session's view names (or the first kind). */
WfChartKind  wf_chart_view_get_kind        (WfChartView  *self);
/* A presentation view draws in the presentation theme, whatever the
 * desktop's style. */
void         wf_chart_view_set_presentation (WfChartView *self,
                                             gboolean     presentation);
void         wf_chart_view_set_difference  (WfChartView  *self,
                                            gboolean      difference);
gboolean     wf_chart_view_get_difference  (WfChartView  *self);
/* What the last draw put on screen (NULL before the first draw). */
const WfChartLayout *wf_chart_view_get_layout (WfChartView *self);
/* The background computation it shares with the session's other views. */
WfUncertainty *wf_chart_view_get_uncertainty (WfChartView *self);

/* Fills @data from the session's current scenario and view: the current
 * scenario first, then the compared one or, for the comparison chart without
 * one, every other scenario. The pointers stay valid until the session
 * changes. */
void         wf_chart_data_from_session    (WfSession    *session,
                                            WfChartKind   kind,
                                            gboolean      difference,
                                            WfChartData  *data);
/* The same for display: what is computed so far, without waiting. */
void         wf_chart_data_for_display     (WfSession    *session,
                                            WfChartKind   kind,
                                            gboolean      difference,
                                            WfChartData  *data);
WfChartKind  wf_session_get_chart_kind     (WfSession    *session);

G_END_DECLS
