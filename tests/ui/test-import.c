/* test-import.c: File → Import from ILOSTAT, and files dropped on the window
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "wf-application.h"
#include "wf-import-dialog.h"
#include "wf-sources-window.h"
#include "wf-window.h"
#include "wf-ui-app-test.h"
#include "wf-ui-test.h"

static WfApplication *app;

static GFile *
fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "io", "fixtures", "ilostat", name, NULL);

  return g_file_new_for_path (path);
}

static WfWindow *
new_window (void)
{
  WfWindow *window = g_object_ref (wf_window_new (GTK_APPLICATION (app)));

  gtk_window_present (GTK_WINDOW (window));
  wf_ui_test_flush ();
  return window;
}

static void
destroy_window (GtkWindow *window)
{
  gtk_window_destroy (window);
  wf_ui_test_flush ();
  g_assert_finalize_object (window);
}

static guint
n_windows (void)
{
  return g_list_length (gtk_application_get_windows (GTK_APPLICATION (app)));
}

/* The dialog's entry row whose title starts with @title, as a user finds
 * it on screen. */
static GtkEditable *
find_entry_row (GtkWidget  *widget,
                const char *title)
{
  if (ADW_IS_ENTRY_ROW (widget) &&
      g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title))
    return GTK_EDITABLE (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkEditable *found = find_entry_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} ImportResult;

static void
import_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  ImportResult *r = user_data;

  r->ok = wf_import_dialog_import_finish (WF_IMPORT_DIALOG (object), result, &r->error);
  r->done = TRUE;
}

static gboolean
import_done (gpointer data)
{
  return ((ImportResult *) data)->done;
}

/* Imports as the Import button does, and waits: the import returns at
 * once, and the files are read in a thread. */
static gboolean
import (WfImportDialog  *dialog,
        GCancellable    *cancellable,
        GError         **error)
{
  ImportResult r = { FALSE, FALSE, NULL };

  wf_import_dialog_import_async (dialog, cancellable, import_done_cb, &r);
  g_assert_false (r.done);
  g_assert_true (wf_import_dialog_is_importing (dialog));
  if (cancellable != NULL)
    g_cancellable_cancel (cancellable);
  g_assert_true (wf_ui_test_wait_until (import_done, &r));
  g_assert_false (wf_import_dialog_is_importing (dialog));
  if (r.error != NULL)
    g_propagate_error (error, r.error);
  return r.ok;
}

static void
opened_cb (WfImportDialog  *dialog,
           GtkWindow       *window,
           GtkWindow      **out)
{
  g_assert_null (*out);
  *out = g_object_ref (window);
}

/* The employment of women and men in Kenya's sections of ISIC Rev.4 in
 * 2023 from the survey BA:900, summed from the fixture's rows (gzip) here,
 * not by the importer: every section ECO_ISIC4_<letter>, X included. */
static double
kenya_employment_from_rows (void)
{
  g_autoptr(GFile) file = fixture ("EMP_TEMP_SEX_ECO_NB_A.csv.gz");
  g_autoptr(GFileInputStream) raw = g_file_read (file, NULL, NULL);
  g_autoptr(GZlibDecompressor) gunzip = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP);
  g_autoptr(GInputStream) stream = g_converter_input_stream_new (G_INPUT_STREAM (raw), G_CONVERTER (gunzip));
  g_autoptr(GDataInputStream) lines = g_data_input_stream_new (stream);
  double total = 0.0;
  guint used = 0;
  char *line;

  g_assert_nonnull (raw);
  /* The header: ref_area,source,indicator,sex,classif1,time,obs_value,… */
  line = g_data_input_stream_read_line_utf8 (lines, NULL, NULL, NULL);
  g_assert_true (g_str_has_prefix (line, "ref_area,source,indicator,sex,classif1,time,obs_value,"));
  g_free (line);
  while ((line = g_data_input_stream_read_line_utf8 (lines, NULL, NULL, NULL)) != NULL)
    {
      g_auto(GStrv) f = g_strsplit (line, ",", 8);

      g_free (line);
      if (g_strv_length (f) < 7)
        continue;
      if (strcmp (f[0], "KEN") == 0 && strcmp (f[1], "BA:900") == 0 && strcmp (f[5], "2023") == 0 &&
          (strcmp (f[3], "SEX_F") == 0 || strcmp (f[3], "SEX_M") == 0) &&
          g_str_has_prefix (f[4], "ECO_ISIC4_") && strlen (f[4]) == strlen ("ECO_ISIC4_") + 1)
        {
          total += g_ascii_strtod (f[6], NULL);
          used++;
        }
    }
  /* 22 sections (A..U and X), for women and for men. */
  g_assert_cmpuint (used, ==, 44);
  return total;
}

static void
test_import_kenya (void)
{
  WfWindow *window = new_window ();
  WfSession *session = wf_window_get_session (window);
  g_autoptr(WfDataset) before = wf_dataset_copy (wf_session_get_document (session)->dataset);
  const char * const names[] = { "EMP_TEMP_SEX_ECO_NB_A.csv.gz", "EAP_TEAP_SEX_AGE_NB_A.csv",
                                 "UNE_TUNE_SEX_AGE_NB_A.csv" };
  g_autoptr(GSList) files = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  GtkWindow *opened = NULL;
  GtkWindow *dialog;
  const WfDocument *document;
  double expected = kenya_employment_from_rows ();
  guint windows;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    files = g_slist_append (files, fixture (names[i]));
  dialog = g_object_ref (wf_window_import_files (window, files));
  g_slist_free_full (g_steal_pointer (&files), g_object_unref);
  wf_ui_test_flush ();
  g_assert_cmpuint (g_list_model_get_n_items (wf_import_dialog_get_files (WF_IMPORT_DIALOG (dialog))), ==, 3);

  /* The files hold Kenya and Uganda: the user names the area. */
  gtk_editable_set_text (find_entry_row (GTK_WIDGET (dialog), "Area"), "ken");
  g_signal_connect (dialog, "opened", G_CALLBACK (opened_cb), &opened);
  windows = n_windows ();
  g_assert_true (import (WF_IMPORT_DIALOG (dialog), NULL, &error));
  g_assert_no_error (error);

  /* The report is shown first; nothing has opened or changed yet. */
  report = wf_import_dialog_dup_report_text (WF_IMPORT_DIALOG (dialog));
  g_assert_nonnull (report);
  g_assert_nonnull (strstr (report, "KEN"));
  g_assert_nonnull (strstr (report, "2023"));
  g_assert_null (opened);
  g_assert_cmpuint (n_windows (), ==, windows);
  g_assert_true (wf_dataset_equal (wf_session_get_document (session)->dataset, before));

  /* Open as New Document. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.open", NULL));
  wf_ui_test_flush ();
  g_assert_nonnull (opened);
  g_assert_true (WF_IS_WINDOW (opened));
  g_assert_true (opened != GTK_WINDOW (window));
  g_assert_cmpuint (n_windows (), ==, windows + 1);
  document = wf_session_get_document (wf_window_get_session (WF_WINDOW (opened)));
  g_assert_cmpstr (document->dataset->area, ==, "KEN");
  g_assert_cmpint (document->dataset->base_year, ==, 2023);
  g_assert_cmpfloat_with_epsilon (wf_dataset_total_employment (document->dataset, WF_SEX_ALL),
                                  expected, 1e-6);
  g_assert_cmpfloat_with_epsilon (expected, 16246.75, 1e-9);
  g_assert_nonnull (document->metadata.notes);
  g_assert_nonnull (strstr (document->metadata.notes, "KEN"));
  g_assert_null (wf_session_get_file (wf_window_get_session (WF_WINDOW (opened))));

  /* The window it came from keeps its document. */
  g_assert_true (wf_dataset_equal (wf_session_get_document (session)->dataset, before));
  g_assert_null (wf_session_get_file (session));
  g_assert_false (wf_session_get_modified (session));

  /* The dialog closed when the document opened. */
  wf_ui_test_flush ();
  g_assert_finalize_object (dialog);
  destroy_window (opened);
  destroy_window (GTK_WINDOW (window));
}

static void
test_import_broken (void)
{
  WfWindow *window = new_window ();
  WfSession *session = wf_window_get_session (window);
  g_autoptr(WfDataset) before = wf_dataset_copy (wf_session_get_document (session)->dataset);
  g_autoptr(GFile) file = fixture ("hex-value.csv");
  g_autoptr(GError) error = NULL;
  GtkWindow *opened = NULL;
  GSList files = { file, NULL };
  GtkWindow *dialog = g_object_ref (wf_window_import_files (window, &files));
  guint windows = n_windows ();

  g_signal_connect (dialog, "opened", G_CALLBACK (opened_cb), &opened);
  g_assert_false (import (WF_IMPORT_DIALOG (dialog), NULL, &error));
  g_assert_nonnull (error);
  g_assert_false (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED));
  /* The message names the file and the line. */
  g_assert_nonnull (strstr (error->message, "hex-value.csv:"));

  /* Nothing to accept: Open does nothing, no window opens. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.open", NULL);
  wf_ui_test_flush ();
  g_assert_null (opened);
  g_assert_cmpuint (n_windows (), ==, windows);
  g_assert_true (wf_dataset_equal (wf_session_get_document (session)->dataset, before));

  destroy_window (dialog);
  destroy_window (GTK_WINDOW (window));
}

static void
test_import_cancel (void)
{
  WfWindow *window = new_window ();
  g_autoptr(GFile) file = fixture ("EMP_TEMP_SEX_ECO_NB_A.csv.gz");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  GtkWindow *opened = NULL;
  GSList files = { file, NULL };
  GtkWindow *dialog = g_object_ref (wf_window_import_files (window, &files));
  g_autofree char *report = NULL;
  guint windows = n_windows ();

  gtk_editable_set_text (find_entry_row (GTK_WIDGET (dialog), "Area"), "KEN");
  g_signal_connect (dialog, "opened", G_CALLBACK (opened_cb), &opened);
  /* import () cancels right after starting, as the Cancel button does. */
  g_assert_false (import (WF_IMPORT_DIALOG (dialog), cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  report = wf_import_dialog_dup_report_text (WF_IMPORT_DIALOG (dialog));
  g_assert_null (report);

  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.open", NULL);
  wf_ui_test_flush ();
  g_assert_null (opened);
  g_assert_cmpuint (n_windows (), ==, windows);

  /* Cancel closes the dialog; still nothing opens. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  wf_ui_test_flush ();
  g_assert_null (opened);
  g_assert_cmpuint (n_windows (), ==, windows);
  g_assert_finalize_object (dialog);
  destroy_window (GTK_WINDOW (window));
}

/* CSV and .csv.gz files dropped on the window go to one import dialog, by
 * their contents; the document open stays. */
static void
test_drop_routes_tables (void)
{
  WfWindow *window = new_window ();
  WfSession *session = wf_window_get_session (window);
  g_autoptr(GFile) gz = fixture ("EMP_TEMP_SEX_ECO_NB_A.csv.gz");
  g_autoptr(GFile) csv = fixture ("EAP_TEAP_SEX_AGE_NB_A.csv");
  GSList second = { csv, NULL };
  GSList files = { gz, &second };
  GtkWindow *dialog = wf_window_open_dropped (window, &files);
  GListModel *chosen;

  g_assert_nonnull (dialog);
  g_object_ref (dialog);
  g_assert_true (WF_IS_IMPORT_DIALOG (dialog));
  chosen = wf_import_dialog_get_files (WF_IMPORT_DIALOG (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (chosen), ==, 2);
  wf_ui_test_flush ();
  g_assert_false (wf_window_is_opening (window));
  g_assert_null (wf_session_get_file (session));

  destroy_window (dialog);
  destroy_window (GTK_WINDOW (window));
}

/* The import dialog among the toplevels, if one is open. */
static GtkWindow *
find_import_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (WF_IS_IMPORT_DIALOG (window))
        return window;
    }
  return NULL;
}

/* File → Import from ILOSTAT…, and the Sources window's Import button,
 * open the dialog (empty) over the main window. */
static void
test_import_action (void)
{
  WfWindow *window = new_window ();
  GtkWindow *sources;
  GtkWindow *dialog;

  g_assert_null (find_import_dialog ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.import-ilostat", NULL));
  wf_ui_test_flush ();
  dialog = find_import_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  g_assert_cmpuint (g_list_model_get_n_items (wf_import_dialog_get_files (WF_IMPORT_DIALOG (dialog))), ==, 0);
  g_object_ref (dialog);
  destroy_window (dialog);

  sources = wf_sources_window_new (GTK_WINDOW (window), wf_window_get_session (window));
  gtk_window_present (sources);
  wf_ui_test_flush ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sources), "sources.import-ilostat", NULL));
  wf_ui_test_flush ();
  dialog = find_import_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  g_object_ref (dialog);
  destroy_window (dialog);

  destroy_window (GTK_WINDOW (window));
}

/* A year that is not one is refused before any file is read. */
static void
test_import_bad_year (void)
{
  WfWindow *window = new_window ();
  g_autoptr(GFile) file = fixture ("EMP_TEMP_SEX_ECO_NB_A.csv.gz");
  GSList files = { file, NULL };
  GtkWindow *dialog = g_object_ref (wf_window_import_files (window, &files));
  ImportResult r = { FALSE, FALSE, NULL };

  gtk_editable_set_text (find_entry_row (GTK_WIDGET (dialog), "Year"), "20x3");
  wf_import_dialog_import_async (WF_IMPORT_DIALOG (dialog), NULL, import_done_cb, &r);
  g_assert_true (wf_ui_test_wait_until (import_done, &r));
  g_assert_false (r.ok);
  g_assert_error (r.error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (r.error->message, "20x3"));
  g_clear_error (&r.error);
  g_assert_null (wf_import_dialog_dup_report_text (WF_IMPORT_DIALOG (dialog)));

  destroy_window (dialog);
  destroy_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  app = wf_ui_test_init_application (&argc, &argv);

  g_test_add_func ("/ui/import/kenya", test_import_kenya);
  g_test_add_func ("/ui/import/broken", test_import_broken);
  g_test_add_func ("/ui/import/cancel", test_import_cancel);
  g_test_add_func ("/ui/import/drop-routes-tables", test_drop_routes_tables);
  g_test_add_func ("/ui/import/action", test_import_action);
  g_test_add_func ("/ui/import/bad-year", test_import_bad_year);

  ret = g_test_run ();
  g_clear_object (&app);
  return ret;
}
