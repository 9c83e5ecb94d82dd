/* wf-window-actions.c: what the main window's actions do
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "wf-window"

#include "config.h"

#include <glib/gi18n.h>

#include "wf-application.h"
#include "wf-workshop.h"
#include "wf-autosave.h"
#include "wf-document-io.h"
#include "wf-brief-export.h"
#include "wf-export-dialog.h"
#include "wf-import-dialog.h"
#include "wf-prediction-dialog.h"
#include "wf-preferences-window.h"
#include "wf-presentation-window.h"
#include "wf-sources-window.h"
#include "wf-window-private.h"

enum {
  PROP_0,
  PROP_LENS,
  PROP_VIEW,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
wf_window_show_error (WfWindow   *self,
                      const char *heading,
                      const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkFileFilter *
foresight_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Workforce Foresight scenarios"));
  gtk_file_filter_add_mime_type (filter, "application/x-workforce-foresight+xml");
  gtk_file_filter_add_suffix (filter, "foresight");
  return filter;
}

/* Saving: the file is written in a thread (wf_session_save_async ()), so
 * the window stays responsive; its title says it is saving, Save and Save
 * As wait for the save under way, and closing waits for it. */

typedef void (*ThenFunc) (WfWindow *self);

typedef struct
{
  WfWindow *window;
  ThenFunc  then;
  GFile    *file;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_object_unref (data->window);
  g_clear_object (&data->file);
  g_free (data);
}

static SaveData *
save_data_new (WfWindow *self,
               ThenFunc  then,
               GFile    *file)
{
  SaveData *data = g_new0 (SaveData, 1);

  data->window = g_object_ref (self);
  data->then = then;
  data->file = file != NULL ? g_object_ref (file) : NULL;
  return data;
}

static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  SaveData *data = user_data;
  WfWindow *self = data->window;
  g_autoptr(GError) error = NULL;

  if (!wf_session_save_finish (WF_SESSION (object), result, &error))
    {
      g_autofree char *name = data->file != NULL ? g_file_get_basename (data->file)
                                                 : wf_session_dup_display_name (self->session);
      /* Translators: %s is a file name */
      g_autofree char *heading = g_strdup_printf (_("Could Not Save “%s”"), name);
      /* Translators: %s is the reason, which names the file */
      g_autofree char *body = g_strdup_printf (_("%s\n\nYour scenarios are still open and nothing was lost. "
                                                 "Try saving to another folder."), error->message);

      /* A close that waited for this save does not happen: the work is
       * still unsaved. */
      self->close_after_save = FALSE;
      wf_window_show_error (self, heading, body);
      save_data_free (data);
      return;
    }

  self->confirm_overwrite = FALSE;
  {
    g_autofree char *uri = g_file_get_uri (wf_session_get_file (self->session));
    g_autofree char *name = wf_session_dup_display_name (self->session);
    /* Translators: %s is a file name */
    g_autofree char *message = g_strdup_printf (_("Saved “%s”"), name);

    gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
    wf_window_add_toast (self, message);
  }
  if (data->then != NULL)
    data->then (self);
  save_data_free (data);
}

/* Starts writing to @file (or the current file); @then runs once it is
 * written, not if it fails. */
static void
save_to (WfWindow *self,
         GFile    *file,
         ThenFunc  then)
{
  wf_session_save_async (self->session, file, NULL, save_done_cb, save_data_new (self, then, file));
}

/* Save As onto the file another window shows would write that window's
 * file behind its back, and the next save there would undo this one: it
 * is refused, and the message says which window to close. */
static void
save_as_to (WfWindow *self,
            GFile    *file,
            ThenFunc  then)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  WfWindow *other = application != NULL ? wf_application_find_window (application, file) : NULL;

  if (other != NULL && other != self)
    {
      g_autofree char *name = g_file_get_basename (file);
      /* Translators: %s is a file name */
      g_autofree char *heading = g_strdup_printf (_("“%s” Is Open in Another Window"), name);

      wf_window_show_error (self, heading,
                            _("Saving here would replace the scenarios of the other window. "
                              "Nothing was saved: choose another name, or close that window first."));
      return;
    }
  save_to (self, file, then);
}

void
wf_window_save_as_file (WfWindow *self,
                        GFile    *file)
{
  g_return_if_fail (WF_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  save_as_to (self, file, NULL);
}

static void
save_as_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     SaveData        *data)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      save_as_to (data->window, file, data->then);
    }

  save_data_free (data);
  g_object_unref (chooser);
}

static void
save_as_then (WfWindow *self,
              ThenFunc  then)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = foresight_filter ();

  chooser = gtk_file_chooser_native_new (_("Save Scenarios"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (wf_session_get_file (self->session) != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), wf_session_get_file (self->session), NULL);
  else
    /* Translators: the suggested name of a new scenario file; keep the extension */
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("Scenarios.foresight"));

  g_signal_connect (chooser, "response", G_CALLBACK (save_as_response_cb), save_data_new (self, then, NULL));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
overwrite_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       SaveData         *data)
{
  if (g_strcmp0 (response, "replace") == 0)
    save_to (data->window, NULL, data->then);
  else if (g_strcmp0 (response, "save-as") == 0)
    save_as_then (data->window, data->then);
  save_data_free (data);
}

/* Recovered work was last autosaved, not saved: its file may hold other
 * work since (saved from another copy), so the first Save asks. */
static void
confirm_overwrite_then (WfWindow *self,
                        ThenFunc  then)
{
  g_autofree char *name = wf_session_dup_display_name (self->session);
  /* Translators: %s is a file name */
  g_autofree char *heading = g_strdup_printf (_("Replace “%s” With the Recovered Work?"), name);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("The file may have been changed since this work was last kept. "
                                     "Save As keeps both."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save-as", _("Save _As…"),
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save-as");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (overwrite_response_cb), save_data_new (self, then, NULL));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_then (WfWindow *self,
           ThenFunc  then)
{
  if (wf_session_get_file (self->session) == NULL || self->read_only)
    save_as_then (self, then);
  else if (self->confirm_overwrite)
    confirm_overwrite_then (self, then);
  else
    save_to (self, NULL, then);
}

static gboolean
then_idle_cb (gpointer user_data)
{
  SaveData *data = user_data;

  data->then (data->window);
  return G_SOURCE_REMOVE;
}

static void
confirm_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     SaveData         *data)
{
  if (g_strcmp0 (response, "discard") == 0)
    {
      /* A deliberate discard: no copy is kept for recovery either. What
       * comes next (closing the window) waits until the dialog is gone:
       * run from its response, the window would be finalised while the
       * dialog still names it as its parent, which the dialog then
       * touches ("instance with invalid (NULL) class pointer"). */
      wf_autosave_discard (data->window->autosave);
      g_idle_add_full (G_PRIORITY_DEFAULT, then_idle_cb, data, (GDestroyNotify) save_data_free);
      return;
    }
  else if (g_strcmp0 (response, "save") == 0)
    save_then (data->window, data->then);

  save_data_free (data);
}

void
wf_window_confirm_discard (WfWindow *self,
                           void    (*then) (WfWindow *self))
{
  GtkWidget *dialog;
  g_autofree char *name = wf_session_dup_display_name (self->session);
  /* Translators: %s is a file name */
  g_autofree char *body = g_strdup_printf (_("“%s” has unsaved changes. Changes that are not saved will be lost."), name);

  if (!wf_session_get_modified (self->session))
    {
      then (self);
      return;
    }
  /* Asked again while the question is on screen: a second dialog would
   * answer for a window the first one may already have closed. */
  if (self->confirm_dialog != NULL)
    {
      gtk_window_present (self->confirm_dialog);
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), body);
  g_set_weak_pointer (&self->confirm_dialog, GTK_WINDOW (dialog));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_signal_connect (dialog, "response", G_CALLBACK (confirm_response_cb), save_data_new (self, then, NULL));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
wf_window_save_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  save_then (WF_WINDOW (widget), NULL);
}

static void
wf_window_save_as_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  save_as_then (WF_WINDOW (widget), NULL);
}

/* Opening */

typedef struct
{
  WfWindow *self;
  GFile    *file;
} OpenBeside;

/* The new window shows itself once its file is in; an error shows over the
 * window it was opened from, and no empty window is left behind. */
static void
open_beside_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  OpenBeside *data = user_data;
  WfWindow *window = WF_WINDOW (object);
  g_autoptr(GError) error = NULL;

  if (wf_window_open_file_finish (window, result, &error))
    gtk_window_present (GTK_WINDOW (window));
  else
    {
      wf_window_show_open_error (data->self, data->file, error);
      gtk_window_destroy (GTK_WINDOW (window));
    }
  g_object_unref (data->self);
  g_object_unref (data->file);
  g_free (data);
}

/* A file already open brings its window to the front; an untouched window
 * takes the file; otherwise the work in it stays and the file opens beside
 * it. */
static void
open_in_window (WfWindow *self,
                GFile    *file)
{
  OpenBeside *data;
  WfWindow *window;

  if (wf_application_present_file (gtk_window_get_application (GTK_WINDOW (self)), file))
    return;

  if (wf_session_get_file (self->session) == NULL && !wf_session_get_modified (self->session))
    {
      wf_window_open_file (self, file);
      return;
    }

  data = g_new0 (OpenBeside, 1);
  data->self = g_object_ref (self);
  data->file = g_object_ref (file);
  window = wf_window_new (gtk_window_get_application (GTK_WINDOW (self)));
  wf_window_open_file_async (window, file, NULL, open_beside_cb, data);
}

static void
open_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  WfWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      open_in_window (self, file);
    }

  g_object_unref (self);
  g_object_unref (chooser);
}

static void
wf_window_dismiss_error_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  wf_window_dismiss_error_page (WF_WINDOW (widget));
}

static void
wf_window_cancel_open_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  wf_window_cancel_open (WF_WINDOW (widget));
}

static void
wf_window_open_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  WfWindow *self = WF_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = foresight_filter ();

  chooser = gtk_file_chooser_native_new (_("Open Scenarios"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* A scenario file the system does not recognise (no .foresight suffix,
   * no MIME type installed) can still be chosen: the loader reads the
   * content and says plainly what is wrong if it is not a scenario. */
  {
    g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

    gtk_file_filter_set_name (all, _("All Files"));
    gtk_file_filter_add_pattern (all, "*");
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
    gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), filter);
  }
  g_signal_connect (chooser, "response", G_CALLBACK (open_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
wf_window_open_recent_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  WfWindow *self = WF_WINDOW (widget);
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  open_in_window (self, file);
}

static void
wf_window_new_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  WfWindow *window = wf_window_new (gtk_window_get_application (GTK_WINDOW (widget)));

  gtk_window_present (GTK_WINDOW (window));
}

static void
revert_confirmed (WfWindow *self)
{
  wf_session_revert (self->session);
}

static void
wf_window_revert_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  /* Revert is undoable, so it needs no question. */
  revert_confirmed (WF_WINDOW (widget));
}

/* Editing */

static void
wf_window_undo_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  WfWindow *self = WF_WINDOW (widget);
  g_autofree char *label = g_strdup (wf_session_get_undo_label (self->session));

  wf_session_undo (self->session);
  if (label != NULL)
    {
      /* Translators: %s names what was undone, e.g. "Change AI adoption ceiling" */
      g_autofree char *message = g_strdup_printf (_("Undone: %s"), label);

      wf_window_add_toast (self, message);
    }
}

static void
wf_window_redo_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  wf_session_redo (WF_WINDOW (widget)->session);
}

static void
wf_window_reset_assumptions_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  wf_session_reset_group (WF_WINDOW (widget)->session, WF_LEVER_GROUP_ASSUMPTION);
}

static void
wf_window_reset_policies_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  wf_session_reset_group (WF_WINDOW (widget)->session, WF_LEVER_GROUP_POLICY);
}

/* Scenarios */

static void
wf_window_add_scenario_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  WfWindow *self = WF_WINDOW (widget);
  const char *what = g_variant_get_string (parameter, NULL);
  WfScenario *scenario;
  WfPreset preset;

  if (g_strcmp0 (what, "copy") == 0)
    {
      const WfScenario *current = wf_session_get_current_scenario (self->session);
      g_autofree char *name = NULL;

      scenario = wf_scenario_copy (current);
      /* Translators: the name of a copy of a scenario */
      name = g_strdup_printf (_("Copy of %s"), wf_scenario_get_display_name (current));
      wf_scenario_set_name (scenario, name);
    }
  else if (wf_preset_from_id (what, &preset))
    scenario = wf_scenario_new_preset (preset);
  else
    g_return_if_reached ();

  wf_session_add_scenario (self->session, scenario);
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    WfWindow         *self)
{
  if (g_strcmp0 (response, "delete") == 0 && wf_session_get_n_scenarios (self->session) > 1)
    wf_session_remove_scenario (self->session, wf_session_get_current (self->session));
  g_object_unref (self);
}

static void
wf_window_delete_scenario_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  WfWindow *self = WF_WINDOW (widget);
  const WfScenario *scenario = wf_session_get_current_scenario (self->session);
  GtkWidget *dialog;
  /* Translators: %s is a scenario name */
  g_autofree char *heading = g_strdup_printf (_("Delete “%s”?"), wf_scenario_get_display_name (scenario));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("You can bring it back with Undo."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (delete_response_cb), g_object_ref (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  WfWindow      *window;
  guint          index;
  GtkEntry      *name;
  GtkTextBuffer *description;
} EditData;

static void
edit_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  EditData         *data)
{
  if (g_strcmp0 (response, "apply") == 0 &&
      data->index < wf_session_get_n_scenarios (data->window->session))
    {
      GtkTextIter start, end;
      g_autofree char *description = NULL;
      const char *name = gtk_editable_get_text (GTK_EDITABLE (data->name));

      gtk_text_buffer_get_bounds (data->description, &start, &end);
      description = gtk_text_buffer_get_text (data->description, &start, &end, FALSE);
      g_strstrip ((char *) name);
      if (*name != '\0')
        wf_session_rename_scenario (data->window->session, data->index, name);
      wf_session_describe_scenario (data->window->session, data->index, description);
    }

  g_object_unref (data->window);
  g_free (data);
}

static void
wf_window_edit_scenario_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  WfWindow *self = WF_WINDOW (widget);
  const WfScenario *scenario = wf_session_get_current_scenario (self->session);
  GtkWidget *dialog, *box, *name_label, *name, *description_label, *scrolled, *text;
  EditData *data;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Rename and Describe"), NULL);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "apply", _("_Apply"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  name_label = gtk_label_new_with_mnemonic (_("_Name"));
  gtk_label_set_xalign (GTK_LABEL (name_label), 0);
  name = gtk_entry_new ();
  /* What the user reads; the session keeps the stored (English) name and
   * description of a preset when the text comes back unchanged. */
  gtk_editable_set_text (GTK_EDITABLE (name), wf_scenario_get_display_name (scenario));
  gtk_entry_set_activates_default (GTK_ENTRY (name), TRUE);
  gtk_label_set_mnemonic_widget (GTK_LABEL (name_label), name);
  description_label = gtk_label_new_with_mnemonic (_("_Description"));
  gtk_label_set_xalign (GTK_LABEL (description_label), 0);
  text = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (text), GTK_WRAP_WORD_CHAR);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (text)),
                            wf_scenario_get_display_description (scenario), -1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (description_label), text);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), text);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 120);
  gtk_widget_add_css_class (scrolled, "card");
  gtk_box_append (GTK_BOX (box), name_label);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), description_label);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  data = g_new0 (EditData, 1);
  data->window = g_object_ref (self);
  data->index = wf_session_get_current (self->session);
  data->name = GTK_ENTRY (name);
  data->description = gtk_text_view_get_buffer (GTK_TEXT_VIEW (text));
  g_signal_connect (dialog, "response", G_CALLBACK (edit_response_cb), data);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Predictions */

/* @parameter: the id of the headline metric to show first, or "". */
static void
wf_window_record_prediction_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  WfWindow *self = WF_WINDOW (widget);
  WfMetric metric = wf_headline_metrics (NULL)[0];

  if (parameter != NULL && !wf_metric_from_id (g_variant_get_string (parameter, NULL), &metric))
    metric = wf_headline_metrics (NULL)[0];
  gtk_window_present (wf_prediction_dialog_new (GTK_WINDOW (self), self->session, metric));
}

/* Charts */

static void
step_chart (WfWindow *self,
            int       delta)
{
  WfChartKind kind = wf_session_get_chart_kind (self->session);

  kind = (kind + WF_N_CHART_KINDS + delta) % WF_N_CHART_KINDS;
  wf_session_set_chart (self->session, wf_chart_kind_to_id (kind));
}

static void
wf_window_next_chart_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  step_chart (WF_WINDOW (widget), +1);
}

static void
wf_window_previous_chart_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  step_chart (WF_WINDOW (widget), -1);
}

static void
exported_cb (WfWindow *self,
             GFile    *file)
{
  g_autofree char *name = g_file_get_basename (file);
  /* Translators: %s is a file name */
  g_autofree char *message = g_strdup_printf (_("Exported “%s”"), name);

  wf_window_add_toast (self, message);
}

static void
wf_window_export_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  WfWindow *self = WF_WINDOW (widget);
  GtkWindow *dialog = wf_export_dialog_new (GTK_WINDOW (self), self->session);

  g_signal_connect_object (dialog, "exported", G_CALLBACK (exported_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (dialog);
}

static void
copy_chart_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(WfWindow) self = user_data;
  WfSession *session = WF_SESSION (object);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  WfChartStyle style;
  WfChartData data;

  wf_chart_style_init (&style);
  if (wf_session_compute_chart_data_finish (session, result, &data, &error))
    png = wf_chart_export_bytes (WF_CHART_FORMAT_PNG, 1280, 720, 2.0,
                                 wf_session_get_chart_kind (session), &style, &data, &error);
  if (png != NULL)
    texture = gdk_texture_new_from_bytes (png, &error);
  if (texture == NULL)
    {
      wf_window_show_error (self, _("Could Not Copy the Chart"), error->message);
      return;
    }

  gdk_clipboard_set_texture (gtk_widget_get_clipboard (GTK_WIDGET (self)), texture);
  wf_window_add_toast (self, _("Chart copied as an image"));
}

/* The ensemble, tornado or attribution may take a second: computed in a
 * thread when the chart needs one that is not ready. */
static void
wf_window_copy_chart_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  WfWindow *self = WF_WINDOW (widget);

  wf_session_compute_chart_data_async (self->session, wf_session_get_chart_kind (self->session),
                                       NULL, copy_chart_cb, g_object_ref (self));
}

/* Importing */

/**
 * wf_window_import_files:
 * @self: a #WfWindow
 * @files: (element-type GFile): ILOSTAT files, or none
 *
 * Shows the import dialog on @files; the import opens in a new window,
 * so the document here stays as it is.
 *
 * Returns: (transfer none): the dialog
 */
GtkWindow *
wf_window_import_files (WfWindow *self,
                        GSList   *files)
{
  GtkWindow *dialog;

  g_return_val_if_fail (WF_IS_WINDOW (self), NULL);

  dialog = wf_import_dialog_new (GTK_WINDOW (self));
  for (GSList *l = files; l != NULL; l = l->next)
    wf_import_dialog_add_file (WF_IMPORT_DIALOG (dialog), l->data);
  gtk_window_present (dialog);
  return dialog;
}

static void
wf_window_import_ilostat_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  wf_window_import_files (WF_WINDOW (widget), NULL);
}

static void
wf_window_presentation_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  WfWindow *self = WF_WINDOW (widget);

  if (self->presentation == NULL)
    g_set_weak_pointer (&self->presentation,
                        wf_presentation_window_new (gtk_window_get_application (GTK_WINDOW (self)),
                                                    self->session, TRUE));
  gtk_window_present (self->presentation);
}

static void
wf_window_projector_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  WfWindow *self = WF_WINDOW (widget);

  if (self->projector == NULL)
    g_set_weak_pointer (&self->projector,
                        wf_presentation_window_new (gtk_window_get_application (GTK_WINDOW (self)),
                                                    self->session, FALSE));
  gtk_window_present (self->projector);
}

static void
wf_window_sources_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  WfWindow *self = WF_WINDOW (widget);

  if (self->sources == NULL)
    g_set_weak_pointer (&self->sources, wf_sources_window_new (GTK_WINDOW (self), self->session));
  gtk_window_present (self->sources);
}

static void
wf_window_preferences_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  gtk_window_present (wf_preferences_window_new (GTK_WINDOW (widget)));
}

/* What acts on the document shown: nothing while the window shows the page
 * of a file it could not open instead (wf_window_is_showing_error ()).
 * Opening another file, starting anew, importing and the preferences stay. */
static const char * const document_actions[] = {
  "win.save", "win.save-as", "win.revert", "win.undo", "win.redo",
  "win.reset-assumptions", "win.reset-policies",
  "win.add-scenario", "win.edit-scenario", "win.delete-scenario", "win.add-files",
  "win.record-prediction", "win.next-chart", "win.previous-chart", "win.lens", "win.view",
  "win.export", "win.export-brief", "win.copy-chart",
  "win.presentation", "win.projector", "win.sources",
};

void
wf_window_update_actions (WfWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean document = !wf_window_is_showing_error (self);

  for (guint i = 0; i < G_N_ELEMENTS (document_actions); i++)
    gtk_widget_action_set_enabled (widget, document_actions[i], document);
  if (!document)
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LENS]);
      return;
    }

  gtk_widget_action_set_enabled (widget, "win.undo", wf_session_can_undo (self->session));
  gtk_widget_action_set_enabled (widget, "win.redo", wf_session_can_redo (self->session));
  gtk_widget_action_set_enabled (widget, "win.revert",
                                 wf_session_can_revert (self->session));
  gtk_widget_action_set_enabled (widget, "win.delete-scenario",
                                 wf_session_get_n_scenarios (self->session) > 1);
  /* One save at a time: the next waits until this one has ended. */
  gtk_widget_action_set_enabled (widget, "win.save", !wf_session_get_saving (self->session));
  gtk_widget_action_set_enabled (widget, "win.save-as", !wf_session_get_saving (self->session));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LENS]);
}

/* Properties behind the stateful actions win.lens and win.view. */

static void
wf_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  WfWindow *self = WF_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LENS:
      /* The template asks before the session exists. */
      g_value_set_string (value, self->session
                                 ? wf_lens_to_id (wf_session_get_view (self->session)->lens)
                                 : "total");
      break;
    case PROP_VIEW:
      g_value_set_string (value, self->view_stack && gtk_stack_get_visible_child_name (self->view_stack)
                                 ? gtk_stack_get_visible_child_name (self->view_stack) : "chart");
      break;
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wf_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  WfWindow *self = WF_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LENS:
      {
        WfLens lens;

        if (wf_lens_from_id (g_value_get_string (value), &lens))
          wf_session_set_lens (self->session, lens);
        g_object_notify_by_pspec (object, pspec);
      }
      break;
    case PROP_VIEW:
      if (g_strcmp0 (g_value_get_string (value), "data") == 0)
        gtk_stack_set_visible_child_name (self->view_stack, "data");
      else
        gtk_stack_set_visible_child_name (self->view_stack, "chart");
      g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

void
wf_window_class_add_actions (GtkWidgetClass *widget_class)
{
  GObjectClass *object_class = G_OBJECT_CLASS (widget_class);

  object_class->get_property = wf_window_get_property;
  object_class->set_property = wf_window_set_property;

  properties[PROP_LENS] =
    g_param_spec_string ("lens", NULL, NULL, "total",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_VIEW] =
    g_param_spec_string ("view", NULL, NULL, "chart",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* The window's own session, which the template's views bind to. */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, WF_TYPE_SESSION,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_property_action (widget_class, "win.lens", "lens");
  gtk_widget_class_install_property_action (widget_class, "win.view", "view");

  gtk_widget_class_install_action (widget_class, "win.open", NULL, wf_window_open_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-open", NULL, wf_window_cancel_open_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-error", NULL, wf_window_dismiss_error_action);
  gtk_widget_class_install_action (widget_class, "win.new", NULL, wf_window_new_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", wf_window_open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.import-ilostat", NULL, wf_window_import_ilostat_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, wf_window_save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, wf_window_save_as_action);
  gtk_widget_class_install_action (widget_class, "win.revert", NULL, wf_window_revert_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, wf_window_undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, wf_window_redo_action);
  gtk_widget_class_install_action (widget_class, "win.reset-assumptions", NULL, wf_window_reset_assumptions_action);
  gtk_widget_class_install_action (widget_class, "win.reset-policies", NULL, wf_window_reset_policies_action);
  gtk_widget_class_install_action (widget_class, "win.add-scenario", "s", wf_window_add_scenario_action);
  gtk_widget_class_install_action (widget_class, "win.edit-scenario", NULL, wf_window_edit_scenario_action);
  gtk_widget_class_install_action (widget_class, "win.delete-scenario", NULL, wf_window_delete_scenario_action);
  gtk_widget_class_install_action (widget_class, "win.record-prediction", "s", wf_window_record_prediction_action);
  gtk_widget_class_install_action (widget_class, "win.next-chart", NULL, wf_window_next_chart_action);
  gtk_widget_class_install_action (widget_class, "win.previous-chart", NULL, wf_window_previous_chart_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, wf_window_export_action);
  gtk_widget_class_install_action (widget_class, "win.export-brief", NULL, wf_window_export_brief_action);
  gtk_widget_class_install_action (widget_class, "win.copy-chart", NULL, wf_window_copy_chart_action);
  gtk_widget_class_install_action (widget_class, "win.presentation", NULL, wf_window_presentation_action);
  gtk_widget_class_install_action (widget_class, "win.projector", NULL, wf_window_projector_action);
  gtk_widget_class_install_action (widget_class, "win.sources", NULL, wf_window_sources_action);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, wf_window_preferences_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.copy-chart", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK, "win.next-chart", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK, "win.previous-chart", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.presentation", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, GDK_SHIFT_MASK, "win.projector", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, GDK_CONTROL_MASK, "win.preferences", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "win.add-scenario", "s", "copy");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "win.edit-scenario", NULL);
}
