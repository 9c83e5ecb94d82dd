/* wf-window.h
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "wf-autosave.h"
#include "wf-session.h"

G_BEGIN_DECLS

#define WF_TYPE_WINDOW (wf_window_get_type ())

G_DECLARE_FINAL_TYPE (WfWindow, wf_window, WF, WINDOW, AdwApplicationWindow)

WfWindow  *wf_window_new              (GtkApplication *application);
/* Opens @file in the background, showing an error if it cannot. */
void       wf_window_open_file        (WfWindow       *self,
                                       GFile          *file);
/* Opens @file in @self, a new window made for it: if it cannot be read,
 * the window closes and the error shows over another window, or, with no
 * other window, the window shows the error as its page. */
void       wf_window_open_file_at_start (WfWindow     *self,
                                         GFile        *file);
/* Save As, once the file is chosen: refused if another window shows it. */
void       wf_window_save_as_file     (WfWindow       *self,
                                       GFile          *file);
/* Whether @self shows the page of a file it could not open. */
gboolean   wf_window_is_showing_error (WfWindow       *self);
void       wf_window_open_file_async  (WfWindow       *self,
                                       GFile          *file,
                                       GCancellable   *cancellable,
                                       GAsyncReadyCallback callback,
                                       gpointer        user_data);
gboolean   wf_window_open_file_finish (WfWindow       *self,
                                       GAsyncResult   *result,
                                       GError        **error);
/* The import dialog on @files (element-type GFile, may be empty). */
GtkWindow *wf_window_import_files     (WfWindow       *self,
                                       GSList         *files);
/* Scenario files open, the others go to the import dialog (returned). */
GtkWindow *wf_window_open_dropped     (WfWindow       *self,
                                       GSList         *files);
/* Adds the scenarios of @files (element-type GFile) to the document, in a
 * thread; lists the files refused in one dialog (returned by _finish). */
void       wf_window_add_files_async  (WfWindow       *self,
                                       GSList         *files,
                                       gboolean        dropped,
                                       GCancellable   *cancellable,
                                       GAsyncReadyCallback callback,
                                       gpointer        user_data);
gboolean   wf_window_add_files_finish (WfWindow       *self,
                                       GAsyncResult   *result,
                                       GtkWindow     **refused_dialog,
                                       GError        **error);
void       wf_window_add_toast        (WfWindow       *self,
                                       const char     *message);
WfSession *wf_window_get_session      (WfWindow       *self);
/* The copy of the window's unsaved work kept for recovery. */
WfAutosave *wf_window_get_autosave    (WfWindow       *self);
GtkWidget *wf_window_get_lever_panel  (WfWindow       *self);
GtkWidget *wf_window_get_headline_bar (WfWindow       *self);
GtkWindow *wf_window_get_presentation (WfWindow       *self);

gboolean   wf_window_has_file         (WfWindow       *self,
                                       GFile          *file);
gboolean   wf_window_is_opening       (WfWindow       *self);
gboolean   wf_window_is_untouched     (WfWindow       *self);
/* Shows work recovered from @entry; takes @document. */
void       wf_window_recover          (WfWindow              *self,
                                       WfDocument            *document,
                                       const WfAutosaveEntry *entry);
void       wf_window_cancel_open      (WfWindow       *self);

G_END_DECLS
