/* wf-brief-export.h: File → Export Brief… (win.export-brief)
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "wf-window.h"

G_BEGIN_DECLS

/* The handler of win.export-brief: a save dialog, then
 * wf_brief_export_to_file (). */
void      wf_window_export_brief_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *parameter);

/* Writes the brief of the window's current scenario (and the scenarios it
 * compares) to @file, PDF unless its name ends in .html or .htm. The work
 * runs in a thread on a copy of the document, with a spinner in a toast
 * and the action disabled; a toast says when it is written, and a dialog
 * naming the file says what failed. */
void      wf_brief_export_to_file       (WfWindow   *self,
                                         GFile      *file);
/* Whether an export of the window's brief is under way. */
gboolean  wf_brief_export_is_running    (WfWindow   *self);

G_END_DECLS
