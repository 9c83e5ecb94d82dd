/* wf-import-dialog.h: import ILOSTAT files as a new document
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WF_TYPE_IMPORT_DIALOG (wf_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (WfImportDialog, wf_import_dialog, WF, IMPORT_DIALOG, AdwWindow)

/* A modal dialog on @parent, a window of a GtkApplication. When the user
 * accepts the report, the dataset opens in a new window ("opened",
 * (WfWindow *window)) and the dialog closes; nothing open is replaced. */
GtkWindow  *wf_import_dialog_new              (GtkWindow           *parent);
void        wf_import_dialog_add_file         (WfImportDialog      *self,
                                               GFile               *file);
/* The files chosen, in order (transfer none). */
GListModel *wf_import_dialog_get_files        (WfImportDialog      *self);

/* Imports what the rows choose, in a thread, as the Import button does;
 * then the dialog shows the report (and the error, if any). */
void        wf_import_dialog_import_async     (WfImportDialog      *self,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean    wf_import_dialog_import_finish    (WfImportDialog      *self,
                                               GAsyncResult        *result,
                                               GError             **error);
gboolean    wf_import_dialog_is_importing     (WfImportDialog      *self);
/* The report of the last import, or NULL (transfer full). */
char       *wf_import_dialog_dup_report_text  (WfImportDialog      *self);

G_END_DECLS
