/* wf-presentation-window.h: one chart at a time, for a room
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "wf-session.h"

G_BEGIN_DECLS

#define WF_TYPE_PRESENTATION_WINDOW (wf_presentation_window_get_type ())

G_DECLARE_FINAL_TYPE (WfPresentationWindow, wf_presentation_window, WF, PRESENTATION_WINDOW, AdwWindow)

/* With @fullscreen, a fullscreen presentation that Escape closes; without,
 * a "projector" window with a small header bar, to drag to a second
 * screen, where Escape only leaves fullscreen. Both follow the session. */
GtkWindow *wf_presentation_window_new            (GtkApplication       *application,
                                                  WfSession            *session,
                                                  gboolean              fullscreen);

G_END_DECLS
