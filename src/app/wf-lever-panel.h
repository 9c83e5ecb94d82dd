/* wf-lever-panel.h: the levers of the current scenario, in two groups
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "wf-session.h"

G_BEGIN_DECLS

#define WF_TYPE_LEVER_PANEL (wf_lever_panel_get_type ())

G_DECLARE_FINAL_TYPE (WfLeverPanel, wf_lever_panel, WF, LEVER_PANEL, GtkWidget)

void       wf_lever_panel_set_session (WfLeverPanel *self,
                                       WfSession    *session);
GtkWidget *wf_lever_panel_new       (WfSession    *session);
/* For tests and keyboard navigation. */
GtkWidget *wf_lever_panel_get_row   (WfLeverPanel *self,
                                     WfLever       lever);

G_END_DECLS
