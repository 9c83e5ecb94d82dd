/* wf-export-dialog.h: export a chart or its numbers to a file
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "wf-session.h"

G_BEGIN_DECLS

#define WF_TYPE_EXPORT_DIALOG (wf_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (WfExportDialog, wf_export_dialog, WF, EXPORT_DIALOG, AdwWindow)

/* A modal dialog on @parent for the session's current chart. It emits
 * "exported" (GFile *file) after writing a file, then closes. */
GtkWindow *wf_export_dialog_new       (GtkWindow       *parent,
                                       WfSession       *session);
/* Writes what the dialog's rows choose to @file, without asking; what
 * the chart needs is computed in a thread. */
void       wf_export_dialog_export_to_async  (WfExportDialog      *self,
                                              GFile               *file,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
gboolean   wf_export_dialog_export_to_finish (WfExportDialog      *self,
                                              GAsyncResult        *result,
                                              GError             **error);
/* The file name the file chooser suggests, e.g. "Baseline-employment.svg". */
char      *wf_export_dialog_dup_suggested_name (WfExportDialog *self);

gboolean   wf_export_dialog_is_exporting (WfExportDialog *self);

G_END_DECLS
