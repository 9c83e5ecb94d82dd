/* wf-sources-window.h: where every number of the dataset comes from
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "wf-session.h"

G_BEGIN_DECLS

#define WF_TYPE_SOURCES_WINDOW (wf_sources_window_get_type ())

G_DECLARE_FINAL_TYPE (WfSourcesWindow, wf_sources_window, WF, SOURCES_WINDOW, AdwPreferencesWindow)

/* The dataset's tables and the levers, each with its citation and
 * provenance tag; follows the session when another dataset is opened. */
GtkWindow *wf_sources_window_new (GtkWindow *parent,
                                  WfSession *session);

G_END_DECLS
