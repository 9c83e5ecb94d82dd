/* wf-window-private.h: what wf-window.c and wf-window-actions.c share
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wf-autosave.h"
#include "wf-chart-view.h"
#include "wf-session.h"
#include "wf-window.h"
#include "wf-wrap-box.h"

G_BEGIN_DECLS

struct _WfWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  WfSession            *session;
  GtkStringList        *scenario_names;
  GtkWindow            *presentation;   /* weak */
  GtkWindow            *projector;      /* weak */
  GtkWindow            *sources;        /* weak */
  /* Bindings of the controls whose choices change with the document. */
  GBinding             *current_binding;
  GBinding             *sector_binding;
  GBinding             *horizon_binding;
  gboolean              close_confirmed;
  /* The unsaved-changes dialog on screen, if any: one at a time, however
   * often the window is asked to close (Ctrl+Q again, say). */
  GtkWindow            *confirm_dialog;  /* weak */

  /* The copy of unsaved work kept for recovery (wf-autosave.h). */
  WfAutosave           *autosave;
  gboolean              autosave_failed;  /* said once, in a toast */
  /* A close asked while a save was writing: it happens when it is done. */
  gboolean              close_after_save;
  /* Recovered work: the first Save asks before replacing its file. */
  gboolean              confirm_overwrite;
  /* Made by a newer version: Save is Save As, so the file stays whole. */
  gboolean              read_only;

  /* The file being opened by wf_window_open_file (), if any: its toast
   * appears when the read takes long enough to notice, with a Cancel. */
  GCancellable         *open_cancellable;
  AdwToast             *open_toast;
  guint                 open_toast_source;
  gint64                open_toast_shown;  /* monotonic µs; 0 while not shown */
  /* The file being read into the session, by any open: a second open of it
   * presents this window (one window per file). */
  GFile                *opening_file;
  /* Made for a file given at start (wf_window_open_file_at_start ()): if
   * it cannot be read, the window does not stay as an untitled document. */
  gboolean              made_for_file;

  /* Template children */
  GtkWidget            *lever_panel;
  GtkWidget            *chart_view;
  GtkWidget            *data_view;
  GtkWidget            *headline_bar;
  AdwHeaderBar         *header_bar;
  AdwWindowTitle       *window_title;
  GtkMenuButton        *primary_menu_button;
  GMenu                *recent_section;
  GtkMenuButton        *scenario_menu_button;
  GtkDropDown          *scenario_dropdown;
  GtkWidget            *save_button;
  GtkWidget            *export_button;
  GtkWidget            *undo_button;
  GtkWidget            *redo_button;
  AdwToastOverlay      *toast_overlay;
  GtkPaned             *paned;
  GtkDropDown          *chart_dropdown;
  GtkDropDown          *sector_dropdown;
  GtkMenuButton        *compare_button;
  GtkBox               *compare_box;
  GtkToggleButton      *difference_button;
  GtkSpinButton        *horizon_spin;
  GtkWidget            *horizon_box;
  GtkLabel             *horizon_label;
  GtkDropDown          *metric_dropdown;
  WfWrapBox            *filter_toolbar;
  GtkLabel             *description_label;
  GtkStack             *view_stack;
  GtkStack             *page_stack;
  AdwStatusPage        *error_page;
  GtkInfoBar           *read_only_bar;
  GtkLabel             *read_only_label;
};

void         wf_window_class_add_actions  (GtkWidgetClass *widget_class);
void         wf_window_update_actions     (WfWindow  *self);
/* wf-window-workshop.c: Add Scenarios from Files… */
void         wf_window_class_add_workshop_actions (GtkWidgetClass *widget_class);
/* Asks about unsaved changes, then runs @then (or nothing if cancelled). */
void         wf_window_confirm_discard    (WfWindow  *self,
                                           void     (*then) (WfWindow *self));
void         wf_window_show_error         (WfWindow   *self,
                                           const char *heading,
                                           const char *body);
void         wf_window_show_open_error    (WfWindow     *self,
                                           GFile        *file,
                                           const GError *error);
void         wf_window_dismiss_error_page (WfWindow     *self);

G_END_DECLS
