/* test-merge.c: adding participants' files to a document
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "test-io-common.h"

static char *tmp_dir;

/* A participant's file: the presets (as `new` writes them) and one
 * scenario of their own, saved in the temporary folder. */
static GFile *
write_participant (const char *basename,
                   const char *author,
                   const char *scenario_name,
                   double      ceiling)
{
  g_autoptr(WfDocument) document = wf_document_new_default ();
  g_autofree char *path = g_build_filename (tmp_dir, basename, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  document->metadata.author = g_strdup (author);
  document->metadata.modified = g_strdup ("2026-03-02T10:15:00Z");
  if (scenario_name != NULL)
    {
      WfScenario *scenario = wf_scenario_new_preset (WF_PRESET_BASELINE);

      wf_scenario_set_id (scenario, "scenario");
      wf_scenario_set_name (scenario, scenario_name);
      wf_scenario_set_value (scenario, WF_LEVER_ADOPTION_CEILING, ceiling);
      scenario->predictions[WF_METRIC_NET_JOBS] = -ceiling;
      wf_document_add_scenario (document, scenario);
    }
  g_assert_true (wf_document_save_file (document, file, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&file);
}

static GFile *
write_text (const char *basename,
            const char *text)
{
  g_autofree char *path = g_build_filename (tmp_dir, basename, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return g_file_new_for_path (path);
}

static char *
default_text (void)
{
  g_autoptr(WfDocument) document = wf_document_new_default ();
  g_autoptr(GBytes) bytes = wf_document_to_bytes (document, NULL);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* Three participants with the same name for their scenario: the author's
 * name tells them apart, or a number when there is none; the presets they
 * kept are not added again; the origin survives saving. */
static void
test_same_dataset (void)
{
  g_autoptr(WfDocument) target = wf_document_new_default ();
  g_autoptr(WfDocument) reloaded = NULL;
  g_autoptr(WfMerge) merge = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GFile *files[3];
  const WfScenario *ana, *ben, *anon;

  files[0] = write_participant ("ana.foresight", "Ana", "My future", 90);
  files[1] = write_participant ("ben.foresight", "Ben", "My future", 30);
  files[2] = write_participant ("anon.foresight", NULL, "My future", 50);

  g_assert_cmpuint (wf_document_merge_files (target, files, 3, &merge, &error), ==, 3);
  g_assert_no_error (error);
  g_assert_cmpuint (wf_merge_get_refusals (merge)->len, ==, 0);
  g_assert_null (wf_merge_format_refusals (merge));
  g_assert_cmpuint (wf_merge_get_n_files_read (merge), ==, 3);
  g_assert_cmpuint (wf_merge_get_n_skipped (merge), ==, 3 * WF_N_PRESETS);
  g_assert_cmpuint (target->scenarios->len, ==, WF_N_PRESETS + 3);

  ana = g_ptr_array_index (target->scenarios, WF_N_PRESETS);
  ben = g_ptr_array_index (target->scenarios, WF_N_PRESETS + 1);
  anon = g_ptr_array_index (target->scenarios, WF_N_PRESETS + 2);
  g_assert_cmpstr (ana->name, ==, "My future");
  g_assert_cmpstr (ben->name, ==, "My future (Ben)");
  g_assert_cmpstr (anon->name, ==, "My future (2)");
  g_assert_cmpstr (ana->id, ==, "scenario");
  g_assert_cmpstr (ben->id, ==, "scenario-2");
  g_assert_cmpstr (anon->id, ==, "scenario-3");
  g_assert_cmpstr (ana->origin.file, ==, "ana.foresight");
  g_assert_cmpstr (ana->origin.author, ==, "Ana");
  g_assert_cmpstr (ana->origin.time, ==, "2026-03-02T10:15:00Z");
  g_assert_null (anon->origin.author);
  g_assert_cmpfloat (ben->values[WF_LEVER_ADOPTION_CEILING], ==, 30);
  g_assert_cmpfloat (ben->predictions[WF_METRIC_NET_JOBS], ==, -30);

  /* Origins and predictions are kept through save and load. */
  bytes = wf_document_to_bytes (target, &error);
  g_assert_no_error (error);
  g_assert_true (test_validates_against_schema (bytes));
  reloaded = wf_document_load_bytes (bytes, "workshop.foresight", &error);
  g_assert_no_error (error);
  g_assert_true (wf_document_equal (target, reloaded));

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    g_object_unref (files[i]);
}

/* Data that differ by one number, under the same title, are refused,
 * naming the file and both titles; a broken file, a newer one and a
 * missing one too; the good file among them is still added. */
static void
test_refusals (void)
{
  g_autoptr(WfDocument) target = wf_document_new_default ();
  g_autoptr(WfDocument) other = wf_document_new_default ();
  g_autoptr(WfMerge) merge = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *other_path = g_build_filename (tmp_dir, "other-data.foresight", NULL);
  g_autofree char *missing_path = g_build_filename (tmp_dir, "missing.foresight", NULL);
  g_autofree char *text = default_text ();
  g_autofree char *newer = NULL;
  g_autofree char *message = NULL;
  g_auto(GStrv) lines = NULL;
  GFile *files[5];
  GPtrArray *refusals;
  const char *at;

  other->dataset->sectors[0].trend_growth += 0.001;
  files[0] = g_file_new_for_path (other_path);
  g_assert_true (wf_document_save_file (other, files[0], &error));
  g_assert_no_error (error);
  files[1] = write_text ("broken.foresight", "<?xml version=\"1.0\"?>\n<foresight");
  at = strstr (text, "version=\"4\"");
  g_assert_nonnull (at);
  newer = g_strdup_printf ("%.*sversion=\"5\"%s", (int) (at - text), text, at + strlen ("version=\"4\""));
  files[2] = write_text ("newer.foresight", newer);
  files[3] = write_participant ("good.foresight", "Ana", "Ana’s future", 75);
  files[4] = g_file_new_for_path (missing_path);

  g_assert_cmpuint (wf_document_merge_files (target, files, 5, &merge, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_cmpuint (target->scenarios->len, ==, WF_N_PRESETS + 1);
  g_assert_cmpstr (((WfScenario *) g_ptr_array_index (target->scenarios, WF_N_PRESETS))->name, ==,
                   "Ana’s future");
  g_assert_cmpuint (wf_merge_get_n_files_read (merge), ==, 1);

  refusals = wf_merge_get_refusals (merge);
  g_assert_cmpuint (refusals->len, ==, 4);
  for (guint i = 0; i < refusals->len; i++)
    g_test_message ("%s", ((WfMergeRefusal *) g_ptr_array_index (refusals, i))->error->message);
  g_assert_cmpstr (((WfMergeRefusal *) g_ptr_array_index (refusals, 0))->file, ==, "other-data.foresight");
  g_assert_error (((WfMergeRefusal *) g_ptr_array_index (refusals, 0))->error, WF_IO_ERROR, WF_IO_ERROR_DATASET);
  g_assert_nonnull (strstr (((WfMergeRefusal *) g_ptr_array_index (refusals, 0))->error->message,
                            "other-data.foresight"));
  g_assert_nonnull (strstr (((WfMergeRefusal *) g_ptr_array_index (refusals, 0))->error->message,
                            "“World, 2023 (calibrated illustration)”, are not this document’s, "
                            "“World, 2023 (calibrated illustration)”"));
  g_assert_error (((WfMergeRefusal *) g_ptr_array_index (refusals, 1))->error, WF_IO_ERROR, WF_IO_ERROR_PARSE);
  g_assert_error (((WfMergeRefusal *) g_ptr_array_index (refusals, 2))->error, WF_IO_ERROR, WF_IO_ERROR_VERSION);
  g_assert_nonnull (strstr (((WfMergeRefusal *) g_ptr_array_index (refusals, 2))->error->message, "version 5"));
  g_assert_error (((WfMergeRefusal *) g_ptr_array_index (refusals, 3))->error, WF_IO_ERROR, WF_IO_ERROR_IO);

  /* One message, a line per refused file, each naming it. */
  message = wf_merge_format_refusals (merge);
  lines = g_strsplit (message, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_nonnull (strstr (lines[0], "other-data.foresight"));
  g_assert_nonnull (strstr (lines[1], "broken.foresight"));
  g_assert_nonnull (strstr (lines[2], "newer.foresight"));
  g_assert_nonnull (strstr (lines[3], "missing.foresight"));

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    g_object_unref (files[i]);
}

/* The title does not matter, the numbers do: the same data under another
 * title is merged. */
static void
test_same_data_other_title (void)
{
  g_autoptr(WfDocument) target = wf_document_new_default ();
  g_autoptr(WfDocument) participant = wf_document_new_default ();
  g_autofree char *path = g_build_filename (tmp_dir, "retitled.foresight", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(WfMerge) merge = NULL;
  g_autoptr(GError) error = NULL;
  WfScenario *scenario = wf_scenario_new ("Retitled");

  g_free (participant->dataset->title);
  participant->dataset->title = g_strdup ("Our country, as we see it");
  wf_document_add_scenario (participant, scenario);
  g_assert_true (wf_document_save_file (participant, file, &error));

  g_assert_cmpuint (wf_document_merge_files (target, &file, 1, &merge, &error), ==, 1);
  g_assert_cmpuint (wf_merge_get_refusals (merge)->len, ==, 0);
}

/* Nothing to add: the document is exactly as it was. */
static void
test_nothing_added (void)
{
  g_autoptr(WfDocument) target = wf_document_new_default ();
  g_autoptr(WfDocument) before = NULL;
  g_autoptr(WfMerge) merge = NULL;
  g_autoptr(GError) error = NULL;
  GFile *files[2];

  g_ptr_array_add (target->view.compared, g_strdup ("Current trends"));
  before = wf_document_copy (target);
  files[0] = write_participant ("presets-only.foresight", "Ana", NULL, 0);
  files[1] = write_text ("empty.foresight", "");

  g_assert_cmpuint (wf_document_merge_files (target, files, 2, &merge, &error), ==, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (wf_merge_get_refusals (merge)->len, ==, 1);
  g_assert_true (wf_document_equal (target, before));

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    g_object_unref (files[i]);
}

static void
on_prepared (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GAsyncResult **out = user_data;

  (void) source;
  *out = g_object_ref (result);
}

/* In a thread: the document given is copied, the caller's is untouched
 * until apply; a cancelled merge reports it and adds nothing. */
static void
test_async (void)
{
  g_autoptr(WfDocument) target = wf_document_new_default ();
  g_autoptr(WfDocument) before = wf_document_copy (target);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) cancelled_result = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(WfMerge) merge = NULL;
  g_autoptr(WfMerge) none = NULL;
  g_autoptr(GError) error = NULL;
  GFile *files[2];

  files[0] = write_participant ("async-1.foresight", "Ana", "Fast", 95);
  files[1] = write_participant ("async-2.foresight", "Ben", "Slow", 25);

  wf_merge_prepare_async (target, files, 2, NULL, on_prepared, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  merge = wf_merge_prepare_finish (result, &error);
  g_assert_no_error (error);
  g_assert_true (wf_document_equal (target, before));
  g_assert_cmpuint (wf_merge_get_scenarios (merge)->len, ==, 2);
  g_assert_cmpuint (wf_merge_apply (merge, target), ==, 2);
  g_assert_cmpuint (target->scenarios->len, ==, WF_N_PRESETS + 2);

  g_cancellable_cancel (cancellable);
  wf_merge_prepare_async (before, files, 2, cancellable, on_prepared, &cancelled_result);
  while (cancelled_result == NULL)
    g_main_context_iteration (NULL, TRUE);
  none = wf_merge_prepare_finish (cancelled_result, &error);
  g_assert_null (none);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    g_object_unref (files[i]);
}

static void
test_dataset_equal_content (void)
{
  g_autoptr(WfDataset) a = wf_dataset_new_world ();
  g_autoptr(WfDataset) b = wf_dataset_copy (a);

  g_free (b->title);
  b->title = g_strdup ("Another title");
  g_free (b->sectors[2].label);
  b->sectors[2].label = g_strdup ("Another label");
  g_assert_true (wf_dataset_equal_content (a, b));
  g_assert_false (wf_dataset_equal (a, b));

  b->labour_force[WF_SEX_MEN] += 0.5;
  g_assert_false (wf_dataset_equal_content (a, b));
  b->labour_force[WF_SEX_MEN] = a->labour_force[WF_SEX_MEN];
  b->sectors[5].exposure[WF_SEX_WOMEN][2] += 1e-12;
  g_assert_false (wf_dataset_equal_content (a, b));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  tmp_dir = g_dir_make_tmp ("wf-merge-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);

  g_test_add_func ("/io/merge/dataset-equal-content", test_dataset_equal_content);
  g_test_add_func ("/io/merge/same-dataset", test_same_dataset);
  g_test_add_func ("/io/merge/refusals", test_refusals);
  g_test_add_func ("/io/merge/same-data-other-title", test_same_data_other_title);
  g_test_add_func ("/io/merge/nothing-added", test_nothing_added);
  g_test_add_func ("/io/merge/async", test_async);

  status = g_test_run ();

  {
    g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

        g_unlink (path);
      }
    g_rmdir (tmp_dir);
    g_free (tmp_dir);
  }

  return status;
}
