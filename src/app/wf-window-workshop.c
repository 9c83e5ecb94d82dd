/* wf-window-workshop.c: File → Add Scenarios from Files…, and files dropped
 * on a window with a document
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A facilitator collects the participants' files and adds them all to one
 * document: the session reads them in a thread, the window says how far it
 * is, then lists in one dialog the files it refused and why, while the good
 * ones' scenarios are in (one undoable step; nothing open is lost).
 */
#define G_LOG_DOMAIN "wf-window"

#include "config.h"

#include <glib/gi18n.h>

#include "wf-window-private.h"

typedef struct
{
  WfWindow *window;
  gboolean  dropped;
} AddData;

/* While the files are read, the pointer over the window says it is busy
 * (the window stays usable); a toast says what was added when done. */
static void
add_data_free (gpointer data)
{
  AddData *add = data;

  gtk_widget_set_cursor (GTK_WIDGET (add->window), NULL);
  g_clear_object (&add->window);
  g_free (add);
}

/* The files refused, each with why, in one dialog. */
static GtkWindow *
refused_dialog_new (WfWindow  *self,
                    GPtrArray *refused,
                    guint      n_added)
{
  GtkWidget *dialog, *list, *scrolled;
  g_autofree char *heading = NULL;
  const char *body;

  /* Translators: the heading of the dialog that lists the files whose
   * scenarios could not be added */
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Could Not Add %u File", "Could Not Add %u Files",
                                          refused->len),
                             refused->len);
  body = n_added > 0 ? _("The scenarios of the other files were added. These files were left out:")
                     : _("No scenario was added. These files were left out:");
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < refused->len; i++)
    {
      const WfRefusedFile *r = g_ptr_array_index (refused, i);
      GtkWidget *row = adw_action_row_new ();

      /* File names and messages are text, not markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), r->file);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), r->reason);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 520, -1);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static char *
added_message (guint    n_added,
               guint    n_files_added,
               gboolean dropped)
{
  if (n_added == 0)
    return g_strdup (_("No new scenarios: the files hold only scenarios already here"));
  if (dropped)
    /* Translators: after files were dropped on a window: their scenarios
     * were added to its document, e.g. "Added 12 scenarios from the
     * dropped files to this document" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Added %u scenario from the dropped files to this document",
                                         "Added %u scenarios from the dropped files to this document",
                                         n_added),
                            n_added);
  if (n_files_added == 1)
    /* Translators: e.g. "Added 3 scenarios from one file" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Added %u scenario from one file",
                                         "Added %u scenarios from one file", n_added),
                            n_added);
  /* Translators: e.g. "Added 18 scenarios from 17 files"; there are
   * always at least as many scenarios as files */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Added %u scenario from %u files",
                                       "Added %u scenarios from %u files", n_added),
                          n_added, n_files_added);
}

static void
added_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  AddData *add = g_task_get_task_data (task);
  WfWindow *self = add->window;
  g_autoptr(GPtrArray) refused = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog = NULL;
  guint n_added = 0, n_files_added = 0;

  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);

  if (!wf_session_add_files_finish (WF_SESSION (object), result, &n_added, &n_files_added, &refused, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        wf_window_show_error (self, _("Could Not Add the Scenarios"), error->message);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (n_added > 0 || refused->len == 0)
    {
      g_autofree char *message = added_message (n_added, n_files_added, add->dropped);

      wf_window_add_toast (self, message);
    }
  if (refused->len > 0)
    dialog = refused_dialog_new (self, refused, n_added);
  g_task_return_pointer (task, dialog, NULL);
}

/**
 * wf_window_add_files_async:
 * @self: a #WfWindow
 * @files: (element-type GFile): scenario files
 * @dropped: whether they were dropped on the window (the toasts say so)
 *
 * Adds the scenarios of @files to the window's document, reading them in
 * a thread while the pointer says the window is busy; then a toast says
 * what was added and one dialog lists the files refused, each with why. What
 * the file chooser of File → Add Scenarios from Files… and a drop call.
 */
void
wf_window_add_files_async (WfWindow            *self,
                           GSList              *files,
                           gboolean             dropped,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GPtrArray) array = g_ptr_array_new ();
  GTask *task;
  AddData *add;
  guint n;

  g_return_if_fail (WF_IS_WINDOW (self));

  for (GSList *l = files; l != NULL; l = l->next)
    g_ptr_array_add (array, l->data);
  n = array->len;

  add = g_new0 (AddData, 1);
  add->window = g_object_ref (self);
  add->dropped = dropped;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "progress");

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, wf_window_add_files_async);
  g_task_set_task_data (task, add, add_data_free);
  wf_session_add_files_async (self->session, (GFile **) array->pdata, n, cancellable, added_cb, task);
}

/**
 * wf_window_add_files_finish:
 * @refused_dialog: (out) (optional) (transfer none) (nullable): the dialog
 *   listing the refused files, or %NULL when none was
 *
 * Returns: %FALSE when cancelled or when another document was opened
 *   meanwhile (nothing was added)
 */
gboolean
wf_window_add_files_finish (WfWindow      *self,
                            GAsyncResult  *result,
                            GtkWindow    **refused_dialog,
                            GError       **error)
{
  GtkWindow *dialog;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  dialog = g_task_propagate_pointer (G_TASK (result), error);
  if (refused_dialog != NULL)
    *refused_dialog = dialog;
  return !g_task_had_error (G_TASK (result));
}

static void
add_files_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       WfWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) list = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      GSList *files = NULL;

      for (guint i = g_list_model_get_n_items (list); i > 0; i--)
        files = g_slist_prepend (files, g_list_model_get_item (list, i - 1));
      if (files != NULL)
        wf_window_add_files_async (self, files, FALSE, NULL, NULL, NULL);
      g_slist_free_full (files, g_object_unref);
    }

  g_object_unref (self);
  g_object_unref (chooser);
}

static void
wf_window_add_files_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  WfWindow *self = WF_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Workforce Foresight scenarios"));
  gtk_file_filter_add_mime_type (filter, "application/x-workforce-foresight+xml");
  gtk_file_filter_add_suffix (filter, "foresight");

  chooser = gtk_file_chooser_native_new (_("Add Scenarios from Files"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Add"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (add_files_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
wf_window_class_add_workshop_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.add-files", NULL, wf_window_add_files_action);
}
