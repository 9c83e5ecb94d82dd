/* wf-brief-export.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * File → Export Brief…: the policy brief of src/report, laid out in a
 * thread (the ensemble behind the fan takes a moment) on a copy of the
 * document, then written through the atomic writer, so that a failure
 * leaves any file already there as it was.
 */
#define G_LOG_DOMAIN "wf-brief-export"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "wf-brief.h"
#include "wf-brief-export.h"
#include "wf-io-util.h"
#include "wf-window-private.h"

#define RUNNING_KEY "wf-brief-export-running"
#define TOAST_KEY "wf-brief-export-toast"
#define SHOWN_KEY "wf-brief-export-shown"
#define PROGRESS_MIN_MS 1000

typedef struct
{
  WfDocument     *document;
  WfBriefOptions  options;
  WfBriefFormat   format;
  GFile          *file;
} Job;

static void
job_free (Job *job)
{
  wf_document_free (job->document);
  g_clear_object (&job->file);
  g_free (job);
}

/* Where the brief goes must not be a file: said at once, rather than
 * after the second the brief takes. The writer checks the rest. */
static gboolean
check_folder (GFile         *file,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *name = NULL;
  GFileType type;

  if (parent == NULL)
    return TRUE;
  /* A folder that is not there is the writer's to report. */
  type = g_file_query_file_type (parent, G_FILE_QUERY_INFO_NONE, cancellable);
  if (type == G_FILE_TYPE_DIRECTORY || type == G_FILE_TYPE_UNKNOWN)
    return TRUE;
  name = g_file_get_parse_name (parent);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY,
               /* Translators: %s is a folder's path */
               _("“%s” is not a folder; nothing was written"), name);
  return FALSE;
}

static void
render_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (check_folder (job->file, cancellable, &error))
    bytes = wf_brief_render (job->document, &job->options, job->format, cancellable, &error);
  if (bytes == NULL || !wf_io_write_bytes_atomic (job->file, bytes, WF_ATOMIC_FILE_NONE, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

/* The user may close the progress toast before the brief is written. */
static void
toast_dismissed_cb (WfWindow *self)
{
  g_object_set_data (G_OBJECT (self), TOAST_KEY, NULL);
}

static gboolean
dismiss_cb (gpointer data)
{
  adw_toast_dismiss (data);
  return G_SOURCE_REMOVE;
}

static void
finish (WfWindow *self)
{
  AdwToast *toast = g_object_get_data (G_OBJECT (self), TOAST_KEY);

  if (toast != NULL)
    {
      const gint64 *shown = g_object_get_data (G_OBJECT (toast), SHOWN_KEY);
      gint64 left_ms = PROGRESS_MIN_MS - (g_get_monotonic_time () - *shown) / 1000;

      /* libadwaita 1.2 frees a toast twice when it is dismissed while it
       * is still sliding in (a failure found at once does that): the
       * progress toast stays at least until it is fully shown. */
      g_timeout_add_full (G_PRIORITY_DEFAULT, (guint) CLAMP (left_ms, 0, PROGRESS_MIN_MS), dismiss_cb,
                          g_object_ref (toast), g_object_unref);
      g_object_set_data (G_OBJECT (self), TOAST_KEY, NULL);
    }
  g_object_set_data (G_OBJECT (self), RUNNING_KEY, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-brief", TRUE);
}

static void
rendered_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  WfWindow *self = WF_WINDOW (object);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autofree char *name = g_file_get_basename (job->file);
  g_autoptr(GError) error = NULL;

  finish (self);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* Translators: %s is a file name */
      g_autofree char *heading = g_strdup_printf (_("Could Not Export the Brief to “%s”"), name);

      wf_window_show_error (self, heading, error->message);
      return;
    }
  {
    /* Translators: %s is a file name */
    g_autofree char *message = g_strdup_printf (_("Brief exported to “%s”"), name);

    wf_window_add_toast (self, message);
  }
}

/* A toast that stays while the brief is laid out, with a spinner. */
static AdwToast *
progress_toast_new (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *spinner = gtk_spinner_new ();
  GtkWidget *label = gtk_label_new (_("Writing the brief…"));
  AdwToast *toast = adw_toast_new (_("Writing the brief…"));

  gtk_spinner_start (GTK_SPINNER (spinner));
  gtk_box_append (GTK_BOX (box), spinner);
  gtk_box_append (GTK_BOX (box), label);
  adw_toast_set_custom_title (toast, box);
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  return toast;
}

void
wf_brief_export_to_file (WfWindow *self,
                         GFile    *file)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = NULL;
  const WfDocument *document;
  const char *compared;
  AdwToast *toast;
  Job *job;

  g_return_if_fail (WF_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (!wf_brief_export_is_running (self));

  document = wf_session_get_document (self->session);
  job = g_new0 (Job, 1);
  job->document = wf_document_copy (document);
  job->file = g_object_ref (file);
  wf_brief_options_init (&job->options, document);
  job->options.scenario = wf_session_get_current (self->session);
  /* The scenario compared on screen, when one is. */
  compared = wf_session_get_compared (self->session);
  if (compared != NULL)
    {
      int index = wf_document_find_scenario (document, compared);

      if (index >= 0 && (guint) index != job->options.scenario)
        job->options.compared[job->options.n_compared++] = (guint) index;
    }
  path = g_file_get_basename (file);
  if (path == NULL || !wf_brief_format_from_path (path, &job->format))
    job->format = WF_BRIEF_FORMAT_PDF;

  toast = progress_toast_new ();
  g_object_set_data (G_OBJECT (self), RUNNING_KEY, GINT_TO_POINTER (TRUE));
  g_object_set_data_full (G_OBJECT (self), TOAST_KEY, g_object_ref (toast), g_object_unref);
  {
    gint64 now = g_get_monotonic_time ();

    g_object_set_data_full (G_OBJECT (toast), SHOWN_KEY, g_memdup2 (&now, sizeof now), g_free);
  }
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), self, G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-brief", FALSE);

  task = g_task_new (self, NULL, rendered_cb, NULL);
  g_task_set_source_tag (task, wf_brief_export_to_file);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, render_thread);
}

gboolean
wf_brief_export_is_running (WfWindow *self)
{
  g_return_val_if_fail (WF_IS_WINDOW (self), FALSE);
  return g_object_get_data (G_OBJECT (self), RUNNING_KEY) != NULL;
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     WfWindow        *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (file != NULL && !wf_brief_export_is_running (self))
    wf_brief_export_to_file (self, file);
  g_object_unref (self);
}

/* A file name from the scenario's id: the same in every language. */
static char *
suggested_name (WfWindow *self)
{
  const WfScenario *scenario = wf_session_get_current_scenario (self->session);

  return g_strdup_printf ("%s-brief.pdf", scenario != NULL && scenario->id != NULL ? scenario->id : "scenario");
}

void
wf_window_export_brief_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  WfWindow *self = WF_WINDOW (widget);
  GtkFileChooserNative *chooser;
  GtkFileFilter *pdf = gtk_file_filter_new ();
  GtkFileFilter *html = gtk_file_filter_new ();
  g_autofree char *name = suggested_name (self);

  chooser = gtk_file_chooser_native_new (_("Export Brief"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (pdf, _("PDF documents"));
  gtk_file_filter_add_suffix (pdf, "pdf");
  gtk_file_filter_add_mime_type (pdf, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pdf);
  gtk_file_filter_set_name (html, _("Web pages (HTML)"));
  gtk_file_filter_add_suffix (html, "html");
  gtk_file_filter_add_mime_type (html, "text/html");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), html);
  g_object_unref (pdf);
  g_object_unref (html);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
