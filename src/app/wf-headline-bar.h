/* wf-headline-bar.h: the headline indicators, always in view
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "wf-session.h"

G_BEGIN_DECLS

#define WF_TYPE_HEADLINE_BAR (wf_headline_bar_get_type ())

G_DECLARE_FINAL_TYPE (WfHeadlineBar, wf_headline_bar, WF, HEADLINE_BAR, GtkWidget)

void        wf_headline_bar_set_session (WfHeadlineBar *self,
                                         WfSession     *session);
GtkWidget  *wf_headline_bar_new       (WfSession     *session);
/* The text of one indicator (0..3), as shown: for tests. */
const char *wf_headline_bar_get_value (WfHeadlineBar *self,
                                       guint          indicator);
/* Its comparison with the first compared scenario, or NULL: for tests. */
const char *wf_headline_bar_get_comparison (WfHeadlineBar *self,
                                           guint          indicator);
/* The participant's prediction shown beside it, or NULL: for tests. */
const char *wf_headline_bar_get_prediction (WfHeadlineBar *self,
                                            guint          indicator);

G_END_DECLS
