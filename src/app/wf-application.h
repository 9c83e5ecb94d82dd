/* wf-application.h
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "wf-window.h"

G_BEGIN_DECLS

#define WF_TYPE_APPLICATION (wf_application_get_type ())

G_DECLARE_FINAL_TYPE (WfApplication, wf_application, WF, APPLICATION, AdwApplication)

WfApplication *wf_application_new          (void);
GSettings     *wf_application_get_settings (WfApplication *self);

/* One window per file. */
gboolean       wf_application_files_equal  (GFile          *a,
                                            GFile          *b);
WfWindow      *wf_application_find_window  (GtkApplication *application,
                                            GFile          *file);
gboolean       wf_application_present_file (GtkApplication *application,
                                            GFile          *file);

G_END_DECLS
