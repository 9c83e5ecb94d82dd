/* wf-preferences-window.h: the application's preferences
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WF_TYPE_PREFERENCES_WINDOW (wf_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (WfPreferencesWindow, wf_preferences_window, WF, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

/* Every row is bound to the application's GSettings: changes apply at once. */
GtkWindow *wf_preferences_window_new (GtkWindow *parent);

G_END_DECLS
