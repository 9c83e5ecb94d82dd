/* wf-window.h
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "wf-session.h"

G_BEGIN_DECLS

#define WF_TYPE_WINDOW (wf_window_get_type ())

G_DECLARE_FINAL_TYPE (WfWindow, wf_window, WF, WINDOW, AdwApplicationWindow)

WfWindow  *wf_window_new              (GtkApplication *application);
gboolean   wf_window_open_file        (WfWindow       *self,
                                       GFile          *file);
void       wf_window_add_toast        (WfWindow       *self,
                                       const char     *message);
WfSession *wf_window_get_session      (WfWindow       *self);
GtkWidget *wf_window_get_lever_panel  (WfWindow       *self);
GtkWidget *wf_window_get_headline_bar (WfWindow       *self);
GtkWindow *wf_window_get_presentation (WfWindow       *self);

G_END_DECLS
