/* test-io-preconditions.c: the public functions of the io layer and of
 * the atomic writer refuse the arguments their documentation forbids (a
 * missing object, an error already set, a result of another call): each
 * says so with a critical naming the broken condition, returns its failure
 * value and leaves everything as it was, instead of crashing or writing.
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "wf-core.h"
#include "wf-io.h"
#include "wf-io-migrate.h"
#include "wf-io-util.h"

/* The next call must log, in @domain, the critical of the failed
 * precondition @condition (as written in the source). */
static void
expect_refusal (const char *domain,
                const char *condition)
{
  g_autofree char *pattern = g_strdup_printf ("*assertion '%s' failed*", condition);

  g_test_expect_message (domain, G_LOG_LEVEL_CRITICAL, pattern);
}

static GError *
set_error (void)
{
  return g_error_new_literal (G_FILE_ERROR, G_FILE_ERROR_FAILED, "already set");
}

static gboolean
never_produce_cb (WfAtomicFileWriteFunc   write,
                  gpointer                target,
                  gpointer                user_data,
                  GError                **error)
{
  g_assert_not_reached ();
  return FALSE;
}

static gboolean
discard_sink_cb (gpointer     target,
                 const void  *data,
                 gsize        size,
                 GError     **error)
{
  return TRUE;
}

static void
test_atomic (void)
{
  g_autofree char *dir = g_dir_make_tmp ("wf-preconditions-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.txt", NULL);
  GError *error = set_error ();

  expect_refusal ("wf-atomic-file", "path != NULL && *path != '\\0'");
  g_assert_false (wf_atomic_file_write (NULL, "x", 1, WF_ATOMIC_FILE_NONE, NULL, NULL, NULL));
  expect_refusal ("wf-atomic-file", "path != NULL && *path != '\\0'");
  g_assert_false (wf_atomic_file_write ("", "x", 1, WF_ATOMIC_FILE_NONE, NULL, NULL, NULL));
  expect_refusal ("wf-atomic-file", "data != NULL || size == 0");
  g_assert_false (wf_atomic_file_write (path, NULL, 1, WF_ATOMIC_FILE_NONE, NULL, NULL, NULL));
  expect_refusal ("wf-atomic-file", "error == NULL || *error == NULL");
  g_assert_false (wf_atomic_file_write (path, "x", 1, WF_ATOMIC_FILE_NONE, NULL, NULL, &error));

  expect_refusal ("wf-atomic-file", "path != NULL && *path != '\\0'");
  g_assert_false (wf_atomic_file_write_stream (NULL, WF_ATOMIC_FILE_NONE, never_produce_cb, NULL, NULL));
  expect_refusal ("wf-atomic-file", "path != NULL && *path != '\\0'");
  g_assert_false (wf_atomic_file_write_stream ("", WF_ATOMIC_FILE_NONE, never_produce_cb, NULL, NULL));
  expect_refusal ("wf-atomic-file", "produce != NULL");
  g_assert_false (wf_atomic_file_write_stream (path, WF_ATOMIC_FILE_NONE, NULL, NULL, NULL));
  expect_refusal ("wf-atomic-file", "error == NULL || *error == NULL");
  g_assert_false (wf_atomic_file_write_stream (path, WF_ATOMIC_FILE_NONE, never_produce_cb, NULL, &error));
  g_test_assert_expected_messages ();

  /* The error that was set is the caller's, untouched; nothing was written. */
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED);
  g_assert_cmpstr (error->message, ==, "already set");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
write_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_assert_not_reached ();
}

static void
test_io_util (void)
{
  g_autofree char *dir = g_dir_make_tmp ("wf-preconditions-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) other = g_file_new_for_path (dir);
  g_autoptr(GBytes) bytes = g_bytes_new_static ("x", 1);
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;

  expect_refusal ("wf-io-util", "G_IS_FILE (file)");
  g_assert_false (wf_io_write_file_atomic (NULL, "x", 1, WF_ATOMIC_FILE_NONE, NULL, NULL));
  /* An object that is no GCancellable where one is expected. */
  expect_refusal ("wf-io-util", "cancellable == NULL || G_IS_CANCELLABLE (cancellable)");
  g_assert_false (wf_io_write_file_atomic (file, "x", 1, WF_ATOMIC_FILE_NONE,
                                           (GCancellable *) other, NULL));
  expect_refusal ("wf-io-util", "bytes != NULL");
  g_assert_false (wf_io_write_bytes_atomic (file, NULL, WF_ATOMIC_FILE_NONE, NULL, NULL));
  expect_refusal ("wf-io-util", "G_IS_FILE (file)");
  wf_io_write_bytes_atomic_async (NULL, bytes, WF_ATOMIC_FILE_NONE, NULL, write_done_cb, NULL);
  expect_refusal ("wf-io-util", "bytes != NULL");
  wf_io_write_bytes_atomic_async (file, NULL, WF_ATOMIC_FILE_NONE, NULL, write_done_cb, NULL);

  /* A result that is not of a write of this file. */
  task = g_task_new (other, NULL, NULL, NULL);
  g_task_return_boolean (task, TRUE);
  expect_refusal ("wf-io-util", "g_task_is_valid (result, file)");
  g_assert_false (wf_io_write_bytes_atomic_finish (file, G_ASYNC_RESULT (task), &error));
  g_test_assert_expected_messages ();
  g_assert_no_error (error);

  /* No callback ran, nothing was written. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_document (void)
{
  g_autoptr(WfDocument) document = wf_document_new_default ();
  g_autoptr(GBytes) bytes = wf_document_to_bytes (document, NULL);
  g_autofree char *dir = g_dir_make_tmp ("wf-preconditions-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.foresight", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GError *error = set_error ();

  g_assert_nonnull (bytes);
  expect_refusal ("wf-document-io", "bytes != NULL");
  g_assert_null (wf_document_load_bytes_full (NULL, "test", NULL, NULL));
  expect_refusal ("wf-document-io", "error == NULL || *error == NULL");
  g_assert_null (wf_document_load_bytes_full (bytes, "test", NULL, &error));
  expect_refusal ("wf-document-io", "bytes != NULL");
  g_assert_cmpint (wf_document_bytes_get_version (NULL, "test", NULL), ==, 0);
  expect_refusal ("wf-document-io", "G_IS_FILE (file)");
  g_assert_null (wf_document_load_file_full (NULL, NULL, NULL));
  expect_refusal ("wf-document-io", "G_IS_FILE (file)");
  g_assert_null (wf_document_load_file (NULL, NULL));
  expect_refusal ("wf-document-io", "self != NULL");
  g_assert_null (wf_document_to_bytes (NULL, NULL));
  expect_refusal ("wf-document-io", "self != NULL");
  g_assert_false (wf_document_save_file (NULL, file, NULL));
  expect_refusal ("wf-document-io", "G_IS_FILE (file)");
  g_assert_false (wf_document_save_file (document, NULL, NULL));
  g_test_assert_expected_messages ();

  g_assert_cmpstr (error->message, ==, "already set");
  g_clear_error (&error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_readers (void)
{
  g_autoptr(WfDocument) document = wf_document_new_default ();
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/table.csv");
  GFile *no_files[1] = { NULL };
  g_autoptr(WfIlostatReport) report = wf_ilostat_report_new ();
  GError *error = set_error ();
  guint n_sectors = document->dataset->n_sectors;

  expect_refusal ("wf-csv-reader", "self != NULL");
  g_assert_cmpuint (wf_csv_reader_get_line (NULL), ==, 0);
  expect_refusal ("wf-csv-reader", "self != NULL");
  g_assert_false (wf_csv_reader_next (NULL, NULL, NULL));

  expect_refusal ("wf-exposure-table", "G_IS_FILE (file)");
  g_assert_null (wf_exposure_table_load (NULL, document->dataset, NULL, NULL));
  expect_refusal ("wf-exposure-table", "world != NULL");
  g_assert_null (wf_exposure_table_load (file, NULL, NULL, NULL));

  expect_refusal ("wf-ilostat", "files != NULL || n_files == 0");
  g_assert_null (wf_ilostat_import_files (NULL, 1, NULL, NULL, NULL, NULL));
  expect_refusal ("wf-ilostat", "error == NULL || *error == NULL");
  g_assert_null (wf_ilostat_import_files (NULL, 0, NULL, NULL, NULL, &error));
  expect_refusal ("wf-ilostat", "G_IS_FILE (files[f])");
  g_assert_null (wf_ilostat_import_files (no_files, 1, NULL, NULL, NULL, NULL));
  expect_refusal ("wf-ilostat", "G_IS_FILE (file)");
  g_assert_null (wf_ilostat_import_file (NULL, NULL, NULL));
  expect_refusal ("wf-ilostat", "report != NULL");
  g_assert_null (wf_ilostat_report_to_text (NULL));
  expect_refusal ("wf-ilostat", "dataset != NULL");
  g_assert_null (wf_ilostat_document_new (NULL, report, "2026-12-02"));
  expect_refusal ("wf-ilostat", "report != NULL");
  g_assert_null (wf_ilostat_document_new (document->dataset, NULL, "2026-12-02"));
  expect_refusal ("wf-ilostat", "created != NULL");
  g_assert_null (wf_ilostat_document_new (document->dataset, report, NULL));

  expect_refusal ("wf-io-migrate", "dataset != NULL");
  wf_io_fill_labour_force (NULL);
  expect_refusal ("wf-io-migrate", "dataset != NULL");
  wf_io_fill_labour_market (NULL, document->dataset);
  expect_refusal ("wf-io-migrate", "world != NULL");
  wf_io_fill_labour_market (document->dataset, NULL);
  expect_refusal ("wf-io-migrate", "dataset != NULL");
  wf_io_fill_sectors (NULL, document->dataset);
  expect_refusal ("wf-io-migrate", "world != NULL");
  wf_io_fill_sectors (document->dataset, NULL);
  g_test_assert_expected_messages ();

  g_assert_cmpstr (error->message, ==, "already set");
  g_clear_error (&error);
  /* The dataset handed over with a missing partner is as it was. */
  g_assert_cmpuint (document->dataset->n_sectors, ==, n_sectors);
}

static void
merge_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_assert_not_reached ();
}

static void
test_merge (void)
{
  g_autoptr(WfDocument) target = wf_document_new_default ();
  g_autoptr(WfDocument) empty = wf_document_new_default ();
  g_autoptr(WfDataset) dataset = NULL;
  g_autoptr(WfMerge) merge = NULL;
  g_autoptr(GTask) foreign = NULL;
  g_autoptr(GTask) untagged = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) source = g_file_new_for_path ("/nonexistent");
  guint n_scenarios = target->scenarios->len;

  /* A document without its dataset (as a half-built one would be). */
  dataset = g_steal_pointer (&empty->dataset);

  expect_refusal ("wf-merge", "target != NULL && target->dataset != NULL");
  g_assert_null (wf_merge_prepare (NULL, NULL, 0, NULL, NULL));
  expect_refusal ("wf-merge", "target != NULL && target->dataset != NULL");
  g_assert_null (wf_merge_prepare (empty, NULL, 0, NULL, NULL));
  expect_refusal ("wf-merge", "n_files == 0 || files != NULL");
  g_assert_null (wf_merge_prepare (target, NULL, 2, NULL, NULL));
  expect_refusal ("wf-merge", "target != NULL && target->dataset != NULL");
  wf_merge_prepare_async (NULL, NULL, 0, NULL, merge_done_cb, NULL);
  expect_refusal ("wf-merge", "target != NULL && target->dataset != NULL");
  wf_merge_prepare_async (empty, NULL, 0, NULL, merge_done_cb, NULL);
  expect_refusal ("wf-merge", "n_files == 0 || files != NULL");
  wf_merge_prepare_async (target, NULL, 2, NULL, merge_done_cb, NULL);

  /* Results of other calls: one with a source object, one of no merge. */
  foreign = g_task_new (source, NULL, NULL, NULL);
  g_task_return_pointer (foreign, NULL, NULL);
  expect_refusal ("wf-merge", "g_task_is_valid (result, NULL)");
  g_assert_null (wf_merge_prepare_finish (G_ASYNC_RESULT (foreign), &error));
  untagged = g_task_new (NULL, NULL, NULL, NULL);
  g_task_return_pointer (untagged, NULL, NULL);
  expect_refusal ("wf-merge", "g_task_get_source_tag (G_TASK (result)) == wf_merge_prepare_async");
  g_assert_null (wf_merge_prepare_finish (G_ASYNC_RESULT (untagged), &error));
  g_assert_no_error (error);

  expect_refusal ("wf-merge", "self != NULL && target != NULL");
  g_assert_cmpuint (wf_merge_apply (NULL, target), ==, 0);
  expect_refusal ("wf-merge", "self != NULL");
  g_assert_null (wf_merge_get_scenarios (NULL));
  expect_refusal ("wf-merge", "self != NULL");
  g_assert_null (wf_merge_get_refusals (NULL));
  expect_refusal ("wf-merge", "self != NULL");
  g_assert_null (wf_merge_get_warnings (NULL));
  expect_refusal ("wf-merge", "self != NULL");
  g_assert_cmpuint (wf_merge_get_n_files_read (NULL), ==, 0);
  expect_refusal ("wf-merge", "self != NULL");
  g_assert_cmpuint (wf_merge_get_n_skipped (NULL), ==, 0);
  expect_refusal ("wf-merge", "self != NULL");
  g_assert_null (wf_merge_format_refusals (NULL));
  g_test_assert_expected_messages ();

  /* A merge of no file applies once; a second time is refused. */
  merge = wf_merge_prepare (target, NULL, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (merge);
  expect_refusal ("wf-merge", "self != NULL && target != NULL");
  g_assert_cmpuint (wf_merge_apply (merge, NULL), ==, 0);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (wf_merge_apply (merge, target), ==, 0);
  expect_refusal ("wf-merge", "!self->applied");
  g_assert_cmpuint (wf_merge_apply (merge, target), ==, 0);
  g_test_assert_expected_messages ();

  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (target->scenarios->len, ==, n_scenarios);
  empty->dataset = g_steal_pointer (&dataset);
}

static void
test_exports (void)
{
  g_autoptr(WfDocument) document = wf_document_new_default ();
  g_autoptr(WfTidyWriter) writer = wf_tidy_writer_new (WF_EXPORT_FORMAT_CSV, WF_TIDY_NONE, NULL,
                                                       discard_sink_cb, NULL);
  WfResultsExportFilter filter = { -1, WF_RESULTS_EXPORT_ALL_SEXES };
  WfTidyView view = { .sector = -1, .lens = WF_LENS_TOTAL };
  WfTidyRow row = { .table = "headline", .value = 1.0 };

  expect_refusal ("wf-tidy", "sink != NULL");
  g_assert_null (wf_tidy_writer_new (WF_EXPORT_FORMAT_CSV, WF_TIDY_NONE, NULL, NULL, NULL));
  expect_refusal ("wf-tidy", "self != NULL");
  g_assert_cmpuint (wf_tidy_writer_get_n_rows (NULL), ==, 0);
  expect_refusal ("wf-tidy", "self != NULL && row != NULL");
  g_assert_false (wf_tidy_writer_add (NULL, &row, NULL));
  expect_refusal ("wf-tidy", "self != NULL && row != NULL");
  g_assert_false (wf_tidy_writer_add (writer, NULL, NULL));
  expect_refusal ("wf-tidy", "self != NULL");
  g_assert_false (wf_tidy_writer_finish (NULL, NULL));
  expect_refusal ("wf-tidy", "provenance < WF_N_PROVENANCES");
  g_assert_null (wf_provenance_to_id (WF_N_PROVENANCES));

  expect_refusal ("wf-results-export", "writer != NULL && dataset != NULL && filter != NULL");
  g_assert_false (wf_results_export_filtered (NULL, document->dataset, NULL, NULL, 0, &filter, NULL));
  expect_refusal ("wf-results-export", "writer != NULL && dataset != NULL && filter != NULL");
  g_assert_false (wf_results_export_filtered (writer, NULL, NULL, NULL, 0, &filter, NULL));
  expect_refusal ("wf-results-export", "writer != NULL && dataset != NULL && filter != NULL");
  g_assert_false (wf_results_export_filtered (writer, document->dataset, NULL, NULL, 0, NULL, NULL));

  expect_refusal ("wf-tidy", "writer != NULL && ensemble != NULL");
  g_assert_false (wf_ensemble_export (NULL, document->dataset, NULL, NULL, NULL));
  expect_refusal ("wf-tidy", "writer != NULL && ensemble != NULL");
  g_assert_false (wf_ensemble_export (writer, document->dataset, NULL, NULL, NULL));
  expect_refusal ("wf-tidy", "writer != NULL && dataset != NULL && view != NULL");
  g_assert_false (wf_tidy_export_view (NULL, document->dataset, &view, NULL));
  expect_refusal ("wf-tidy", "writer != NULL && dataset != NULL && view != NULL");
  g_assert_false (wf_tidy_export_view (writer, NULL, &view, NULL));
  expect_refusal ("wf-tidy", "writer != NULL && dataset != NULL && view != NULL");
  g_assert_false (wf_tidy_export_view (writer, document->dataset, NULL, NULL));
  expect_refusal ("wf-tidy", "view->n_scenarios > 0");
  g_assert_false (wf_tidy_export_view (writer, document->dataset, &view, NULL));
  g_test_assert_expected_messages ();

  /* The writer that was refused rows wrote none. */
  g_assert_cmpuint (wf_tidy_writer_get_n_rows (writer), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/preconditions/atomic", test_atomic);
  g_test_add_func ("/io/preconditions/io-util", test_io_util);
  g_test_add_func ("/io/preconditions/document", test_document);
  g_test_add_func ("/io/preconditions/readers", test_readers);
  g_test_add_func ("/io/preconditions/merge", test_merge);
  g_test_add_func ("/io/preconditions/exports", test_exports);

  return g_test_run ();
}
