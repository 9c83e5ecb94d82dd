/* wf-chart-view.h: a chart of the session, redrawn as it changes
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "wf-chart.h"
#include "wf-session.h"

G_BEGIN_DECLS

#define WF_TYPE_CHART_VIEW (wf_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (WfChartView, wf_chart_view, WF, CHART_VIEW, GtkWidget)

GtkWidget   *wf_chart_view_new             (WfSession    *session);
/* The session drawn ("session" property): its chart, view and scenario. */
WfSession   *wf_chart_view_get_session     (WfChartView  *self);
void         wf_chart_view_set_session     (WfChartView  *self,
                                            WfSession    *session);
/* The chart the session's view names (or the first kind). */
WfChartKind  wf_chart_view_get_kind        (WfChartView  *self);
/* A presentation view ("presentation" property) draws in the presentation
 * theme, whatever the desktop's style. */
void         wf_chart_view_set_presentation (WfChartView *self,
                                             gboolean     presentation);
/* Predict, then reveal ("reveal" property, TRUE by default): FALSE hides
 * the model's outcomes in a chart that shows predictions. */
gboolean     wf_chart_view_get_reveal      (WfChartView  *self);
void         wf_chart_view_set_reveal      (WfChartView  *self,
                                            gboolean      reveal);
/* What the last draw put on screen (NULL before the first draw). */
const WfChartLayout *wf_chart_view_get_layout (WfChartView *self);

double       wf_chart_view_text_scale (GtkWidget *widget);
/* The mark under (@x, @y) and the area its tooltip hangs from: a few
 * pixels around the pointer, inside the widget. */
gboolean     wf_chart_view_get_tip    (WfChartView   *self,
                                       int            x,
                                       int            y,
                                       const char   **label,
                                       GdkRectangle  *area);

G_END_DECLS
