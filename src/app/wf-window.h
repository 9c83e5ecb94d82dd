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
/* Opens @file in the background, showing an error if it cannot. */
void       wf_window_open_file        (WfWindow       *self,
                                       GFile          *file);
void       wf_window_open_file_async  (WfWindow       *self,
                                       GFile          *file,
                                       GCancellable   *cancellable,
                                       GAsyncReadyCallback callback,
                                       gpointer        user_data);
gboolean   wf_window_open_file_finish (WfWindow       *self,
                                       GAsyncResult   *result,
                                       GError        **error);
void       wf_window_add_toast        (WfWindow       *self,
                                       const char     *message);
WfSession *wf_window_get_session      (WfWindow       *self);
GtkWidget *wf_window_get_lever_panel  (WfWindow       *self);
GtkWidget *wf_window_get_headline_bar (WfWindow       *self);
GtkWindow *wf_window_get_presentation (WfWindow       *self);

gboolean   wf_window_is_opening       (WfWindow       *self);
void       wf_window_cancel_open      (WfWindow       *self);

G_END_DECLS
