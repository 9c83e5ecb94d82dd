/* wf-import-dialog.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dialog only gathers choices and shows the report: the importer of
 * src/io reads the files in a thread, the same call the command line's
 * import-ilostat makes, and wf_ilostat_document_new () builds the document
 * both open, so an import from the window and one from a script agree.
 * Nothing is replaced: the result opens in a new window, and only when the
 * user has seen the report and accepted it.
 */
#define G_LOG_DOMAIN "wf-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "wf-exposure-profile.h"
#include "wf-ilostat.h"
#include "wf-import-dialog.h"
#include "wf-window.h"

/* The names of the profiles of src/core/wf-exposure-profile.c, by id, for
 * the user's language; the last row of the list is "none". */
static const struct
{
  const char *id;
  const char *name;
} profile_names[] = {
  { "world", N_("World") },
  { "high-income", N_("High income") },
  { "upper-middle-income", N_("Upper-middle income") },
  { "lower-middle-income", N_("Lower-middle income") },
  { "low-income", N_("Low income") },
};

struct _WfImportDialog
{
  AdwWindow             parent_instance;

  GtkApplication       *application;
  GListStore           *files;        /* of GFile */
  GtkFileChooserNative *chooser;
  GCancellable         *cancellable;  /* of the Import button's import, if any */
  guint                 n_running;    /* imports under way: the spinner turns */
  WfDataset            *dataset;      /* the last import's, until accepted */
  WfIlostatReport      *report;       /* the last import's, even a failed one */

  /* Template children */
  GtkStack             *stack;
  GtkButton            *back_button;
  GtkButton            *import_button;
  GtkButton            *open_button;
  GtkSpinner           *progress_spinner;
  GtkListBox           *files_list;
  AdwEntryRow          *area_row;
  AdwEntryRow          *year_row;
  AdwEntryRow          *source_row;
  AdwComboRow          *profile_row;
  GtkLabel             *options_error_label;
  GtkWidget            *error_heading;
  GtkLabel             *status_label;
  GtkWidget            *report_scroll;
  GtkTextView          *report_view;
};

G_DEFINE_FINAL_TYPE (WfImportDialog, wf_import_dialog, ADW_TYPE_WINDOW)

enum
{
  OPENED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What one import reads, copied from the rows when it starts, and what it
 * gives back: the thread touches nothing else. */
typedef struct
{
  GPtrArray       *files;
  char            *area;
  int              year;
  char            *source;
  char            *profile;
  WfDataset       *dataset;
  WfIlostatReport *report;
} Import;

static void
import_free (gpointer data)
{
  Import *import = data;

  g_clear_pointer (&import->files, g_ptr_array_unref);
  g_free (import->area);
  g_free (import->source);
  g_free (import->profile);
  g_clear_pointer (&import->dataset, wf_dataset_free);
  g_clear_pointer (&import->report, wf_ilostat_report_free);
  g_free (import);
}

/* The row's text, trimmed; NULL when empty. */
static char *
dup_entry_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static void
update_actions (WfImportDialog *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_files = g_list_model_get_n_items (G_LIST_MODEL (self->files)) > 0;

  gtk_widget_action_set_enabled (widget, "import.import", has_files && self->n_running == 0);
  gtk_widget_action_set_enabled (widget, "import.open", self->dataset != NULL);
}

/* The spinner in the header bar says an import is under way. */
static void
update_progress (WfImportDialog *self)
{
  /* An import may end after the dialog let go of its widgets. */
  if (self->progress_spinner == NULL)
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->progress_spinner), self->n_running > 0);
  gtk_spinner_set_spinning (self->progress_spinner, self->n_running > 0);
  update_actions (self);
}

static void
show_options_error (WfImportDialog *self,
                    const char     *message)
{
  gtk_label_set_text (self->options_error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->options_error_label), message != NULL);
}

static void
show_page (WfImportDialog *self,
           gboolean        report)
{
  gtk_stack_set_visible_child_name (self->stack, report ? "report" : "options");
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), report);
  gtk_widget_set_visible (GTK_WIDGET (self->import_button), !report);
  gtk_widget_set_visible (GTK_WIDGET (self->open_button), report && self->dataset != NULL);
}

/* The report, and above it what to do next or what went wrong. */
static void
show_report (WfImportDialog *self,
             const char     *error_message)
{
  g_autofree char *text = self->report != NULL ? wf_ilostat_report_to_text (self->report) : NULL;

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->report_view), text != NULL ? text : "", -1);
  gtk_widget_set_visible (self->report_scroll, text != NULL);
  gtk_widget_set_visible (self->error_heading, error_message != NULL);
  if (error_message != NULL)
    {
      gtk_label_set_text (self->status_label, error_message);
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
    }
  else
    {
      gtk_label_set_text (self->status_label,
                          _("Check the report before opening the import. It opens in a new window: "
                            "nothing open is replaced."));
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
    }
  show_page (self, TRUE);
  update_actions (self);
}

static GtkWidget *
create_file_row (gpointer item,
                 gpointer user_data)
{
  GFile *file = item;
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *folder = parent != NULL ? g_file_get_parse_name (parent) : NULL;
  g_autofree char *uri = g_file_get_uri (file);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  if (folder != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "import.remove-file");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (remove), g_variant_new_string (uri));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
files_changed_cb (WfImportDialog *self)
{
  update_actions (self);
}

static void
import_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  WfImportDialog *self = WF_IMPORT_DIALOG (object);

  /* What went wrong is shown by the dialog itself. */
  wf_import_dialog_import_finish (self, result, NULL);
  g_clear_object (&self->cancellable);
}

static void
wf_import_dialog_import_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  WfImportDialog *self = WF_IMPORT_DIALOG (widget);

  if (self->n_running > 0)
    return;
  self->cancellable = g_cancellable_new ();
  wf_import_dialog_import_async (self, self->cancellable, import_done_cb, NULL);
}

static void
wf_import_dialog_back_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  WfImportDialog *self = WF_IMPORT_DIALOG (widget);

  g_clear_pointer (&self->dataset, wf_dataset_free);
  show_page (self, FALSE);
  update_actions (self);
}

/* Accepting: the dataset becomes a document in a window of its own. */
static void
wf_import_dialog_open_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  WfImportDialog *self = WF_IMPORT_DIALOG (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *created = g_date_time_format_iso8601 (now);
  WfDocument *document;
  WfWindow *window;

  if (self->dataset == NULL || self->report == NULL)
    return;

  document = wf_ilostat_document_new (g_steal_pointer (&self->dataset), self->report, created);
  window = wf_window_new (self->application);
  wf_session_take_document (wf_window_get_session (window), document);
  gtk_window_present (GTK_WINDOW (window));

  g_object_ref (self);
  g_signal_emit (self, signals[OPENED], 0, window);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
wf_import_dialog_remove_file_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  WfImportDialog *self = WF_IMPORT_DIALOG (widget);
  g_autoptr(GFile) target = g_file_new_for_uri (g_variant_get_string (parameter, NULL));
  guint position;

  if (g_list_store_find_with_equal_func (self->files, target, (GEqualFunc) g_file_equal, &position))
    g_list_store_remove (self->files, position);
}

static void
chooser_response_cb (WfImportDialog       *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GListModel) files = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_clear_object (&self->chooser);

  if (files == NULL)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);

      wf_import_dialog_add_file (self, file);
    }
}

static void
wf_import_dialog_add_files_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  WfImportDialog *self = WF_IMPORT_DIALOG (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Add ILOSTAT Files"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Add"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->chooser), TRUE);

  gtk_file_filter_set_name (filter, _("ILOSTAT files (CSV, .csv.gz)"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_suffix (filter, "gz");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_mime_type (filter, "application/gzip");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  /* The form is read from the contents, not the name. */
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);

  g_signal_connect_swapped (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
wf_import_dialog_dispose (GObject *object)
{
  WfImportDialog *self = WF_IMPORT_DIALOG (object);

  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->application);
  g_clear_pointer (&self->dataset, wf_dataset_free);
  g_clear_pointer (&self->report, wf_ilostat_report_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), WF_TYPE_IMPORT_DIALOG);

  G_OBJECT_CLASS (wf_import_dialog_parent_class)->dispose (object);
}

static void
wf_import_dialog_finalize (GObject *object)
{
  WfImportDialog *self = WF_IMPORT_DIALOG (object);

  g_clear_object (&self->files);

  G_OBJECT_CLASS (wf_import_dialog_parent_class)->finalize (object);
}

static void
wf_import_dialog_class_init (WfImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wf_import_dialog_dispose;
  object_class->finalize = wf_import_dialog_finalize;

  /**
   * WfImportDialog::opened:
   * @self: the dialog
   * @window: the new window, on the imported document
   *
   * Emitted when the user accepted the import, just before the dialog
   * closes.
   */
  signals[OPENED] = g_signal_new ("opened", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, GTK_TYPE_WINDOW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/workforce_foresight/WorkforceForesight/wf-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, WfImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, WfImportDialog, back_button);
  gtk_widget_class_bind_template_child (widget_class, WfImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, WfImportDialog, open_button);
  gtk_widget_class_bind_template_child (widget_class, WfImportDialog, progress_spinner);
  gtk_widget_class_bind_template_child (widget_class, WfImportDialog, files_list);
  gtk_widget_class_bind_template_child (widget_class, WfImportDialog, area_row);
  gtk_widget_class_bind_template_child (widget_class, WfImportDialog, year_row);
  gtk_widget_class_bind_template_child (widget_class, WfImportDialog, source_row);
  gtk_widget_class_bind_template_child (widget_class, WfImportDialog, profile_row);
  gtk_widget_class_bind_template_child (widget_class, WfImportDialog, options_error_label);
  gtk_widget_class_bind_template_child (widget_class, WfImportDialog, error_heading);
  gtk_widget_class_bind_template_child (widget_class, WfImportDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, WfImportDialog, report_scroll);
  gtk_widget_class_bind_template_child (widget_class, WfImportDialog, report_view);

  gtk_widget_class_install_action (widget_class, "import.import", NULL,
                                   wf_import_dialog_import_action);
  gtk_widget_class_install_action (widget_class, "import.open", NULL,
                                   wf_import_dialog_open_action);
  gtk_widget_class_install_action (widget_class, "import.back", NULL,
                                   wf_import_dialog_back_action);
  gtk_widget_class_install_action (widget_class, "import.add-files", NULL,
                                   wf_import_dialog_add_files_action);
  gtk_widget_class_install_action (widget_class, "import.remove-file", "s",
                                   wf_import_dialog_remove_file_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "import.import", NULL);
}

static void
wf_import_dialog_init (WfImportDialog *self)
{
  g_autoptr(GtkStringList) profiles = gtk_string_list_new (NULL);
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->files = g_list_store_new (G_TYPE_FILE);
  gtk_list_box_bind_model (self->files_list, G_LIST_MODEL (self->files), create_file_row, NULL, NULL);
  placeholder = gtk_label_new (_("No files chosen"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->files_list, placeholder);
  g_signal_connect_swapped (self->files, "items-changed", G_CALLBACK (files_changed_cb), self);

  /* The core's profiles, in its order, then none. */
  for (guint i = 0; i < wf_exposure_profile_count (); i++)
    {
      const WfExposureProfile *profile = wf_exposure_profile_get (i);
      const char *name = profile->label;

      for (guint n = 0; n < G_N_ELEMENTS (profile_names); n++)
        if (g_strcmp0 (profile_names[n].id, profile->id) == 0)
          name = _(profile_names[n].name);
      gtk_string_list_append (profiles, name);
    }
  gtk_string_list_append (profiles, _("None (the world pattern, unscaled)"));
  adw_combo_row_set_model (self->profile_row, G_LIST_MODEL (profiles));
  /* As on the command line, no profile unless one is chosen: the report
   * then warns that the world pattern was kept. */
  adw_combo_row_set_selected (self->profile_row, wf_exposure_profile_count ());

  show_page (self, FALSE);
  update_actions (self);
}

/**
 * wf_import_dialog_new:
 * @parent: the window the dialog belongs to, in a #GtkApplication
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
GtkWindow *
wf_import_dialog_new (GtkWindow *parent)
{
  WfImportDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (gtk_window_get_application (parent) != NULL, NULL);

  self = g_object_new (WF_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->application = g_object_ref (gtk_window_get_application (parent));

  return GTK_WINDOW (self);
}

/**
 * wf_import_dialog_add_file:
 * @self: an import dialog
 * @file: an ILOSTAT file
 *
 * Adds @file to the files to import, unless it is there already.
 */
void
wf_import_dialog_add_file (WfImportDialog *self,
                           GFile          *file)
{
  g_return_if_fail (WF_IS_IMPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  if (!g_list_store_find_with_equal_func (self->files, file, (GEqualFunc) g_file_equal, NULL))
    g_list_store_append (self->files, file);
}

/**
 * wf_import_dialog_get_files:
 * @self: an import dialog
 *
 * Returns: (transfer none): the files to import, a list of #GFile
 */
GListModel *
wf_import_dialog_get_files (WfImportDialog *self)
{
  g_return_val_if_fail (WF_IS_IMPORT_DIALOG (self), NULL);
  return G_LIST_MODEL (self->files);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Import *import = task_data;
  WfIlostatOptions options = {
    .area = import->area,
    .year = import->year,
    .source = import->source,
    .exposure_profile = import->profile,
  };
  GError *error = NULL;

  import->dataset = wf_ilostat_import_files ((GFile **) import->files->pdata, import->files->len,
                                             &options, &import->report, cancellable, &error);
  if (import->dataset == NULL)
    g_task_return_error (task, error);
  else if (!g_task_return_error_if_cancelled (task))
    g_task_return_boolean (task, TRUE);
}

/* On the main loop: the dialog takes the result in, then the caller hears. */
static void
imported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  WfImportDialog *self = WF_IMPORT_DIALOG (object);
  g_autoptr(GTask) task = user_data;
  Import *import = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  g_assert (self->n_running > 0);
  self->n_running--;
  update_progress (self);

  /* Cancelled, or the dialog closed meanwhile: nothing to show. */
  if (self->stack == NULL || (!ok && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)))
    {
      if (error == NULL)
        error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, _("The import was cancelled"));
      g_task_return_error (task, error);
      return;
    }

  g_clear_pointer (&self->dataset, wf_dataset_free);
  g_clear_pointer (&self->report, wf_ilostat_report_free);
  self->report = g_steal_pointer (&import->report);
  if (ok)
    {
      self->dataset = g_steal_pointer (&import->dataset);
      show_report (self, NULL);
      g_task_return_boolean (task, TRUE);
    }
  else
    {
      show_report (self, error->message);
      g_task_return_error (task, error);
    }
}

/**
 * wf_import_dialog_import_async:
 * @self: an import dialog
 *
 * Imports the dialog's files with the rows' choices, in a thread, as the
 * Import button does. When it ends, the dialog shows the report, with the
 * error if the files were refused, and Open as New Document if not; a
 * cancelled import leaves the dialog as it was.
 */
void
wf_import_dialog_import_async (WfImportDialog      *self,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) thread = NULL;
  g_autofree char *year = NULL;
  guint n_files;
  guint selected;
  Import *import;

  g_return_if_fail (WF_IS_IMPORT_DIALOG (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, wf_import_dialog_import_async);

  n_files = g_list_model_get_n_items (G_LIST_MODEL (self->files));
  if (n_files == 0)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "%s",
                               _("No file to import: add the ILOSTAT files first."));
      return;
    }

  import = g_new0 (Import, 1);
  import->files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (import->files, g_list_model_get_item (G_LIST_MODEL (self->files), i));
  import->area = dup_entry_text (self->area_row);
  if (import->area != NULL)
    {
      g_autofree char *lower = import->area;

      import->area = g_ascii_strup (lower, -1);
    }
  import->source = dup_entry_text (self->source_row);
  selected = adw_combo_row_get_selected (self->profile_row);
  if (selected < wf_exposure_profile_count ())
    import->profile = g_strdup (wf_exposure_profile_get (selected)->id);

  year = dup_entry_text (self->year_row);
  if (year != NULL)
    {
      gint64 value = 0;

      if (!g_ascii_string_to_signed (year, 10, 1900, 2200, &value, NULL))
        {
          /* Translators: %s is what the user typed as the year */
          g_autofree char *message = g_strdup_printf (_("“%s” is not a year such as 2023; leave it "
                                                        "empty for the latest complete year."),
                                                      year);

          import_free (import);
          show_options_error (self, message);
          g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "%s", message);
          return;
        }
      import->year = (int) value;
    }
  show_options_error (self, NULL);

  thread = g_task_new (self, cancellable, imported_cb, g_steal_pointer (&task));
  g_task_set_source_tag (thread, import_thread);
  g_task_set_name (thread, "[wf-import-dialog] import");
  g_task_set_task_data (thread, import, import_free);
  self->n_running++;
  update_progress (self);
  g_task_run_in_thread (thread, import_thread);
}

gboolean
wf_import_dialog_import_finish (WfImportDialog  *self,
                                GAsyncResult    *result,
                                GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * wf_import_dialog_is_importing:
 * @self: an import dialog
 *
 * Returns: whether an import is under way (its spinner turns)
 */
gboolean
wf_import_dialog_is_importing (WfImportDialog *self)
{
  g_return_val_if_fail (WF_IS_IMPORT_DIALOG (self), FALSE);
  return self->n_running > 0 && gtk_widget_get_visible (GTK_WIDGET (self->progress_spinner));
}

/**
 * wf_import_dialog_dup_report_text:
 * @self: an import dialog
 *
 * Returns: (transfer full) (nullable): the report of the last import, as
 *   the dialog shows it, or %NULL
 */
char *
wf_import_dialog_dup_report_text (WfImportDialog *self)
{
  g_return_val_if_fail (WF_IS_IMPORT_DIALOG (self), NULL);
  return self->report != NULL ? wf_ilostat_report_to_text (self->report) : NULL;
}
