/* test-session-workshop.c: the session's part of a workshop, without a
 * display: predictions and the chart of every scenario
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "wf-chart-input.h"
#include "wf-document-io.h"
#include "wf-session.h"
#include "wf-ui-test.h"

static void
count_cb (WfSession *session,
          guint     *count)
{
  (*count)++;
}

/* A prediction is one undoable step that makes the document modified and
 * keeps the projections; clearing it is another; undo brings back exactly
 * what was there. */
static void
test_prediction_undo (void)
{
  g_autoptr(WfSession) session = wf_session_new ();
  const WfResults *before = wf_session_get_results (session, 0);
  guint changed = 0;

  g_signal_connect (session, "changed", G_CALLBACK (count_cb), &changed);
  g_assert_true (isnan (wf_session_get_prediction (session, 0, WF_METRIC_NET_JOBS)));

  wf_session_set_prediction (session, 0, WF_METRIC_NET_JOBS, -12500.0);
  g_assert_cmpfloat (wf_session_get_prediction (session, 0, WF_METRIC_NET_JOBS), ==, -12500.0);
  g_assert_cmpfloat (wf_session_get_scenario (session, 0)->predictions[WF_METRIC_NET_JOBS], ==, -12500.0);
  g_assert_true (wf_session_get_modified (session));
  g_assert_cmpstr (wf_session_get_undo_label (session), ==, "Record Prediction");
  g_assert_cmpuint (changed, ==, 1);
  /* The projection did not change, so it was kept. */
  g_assert_true (wf_session_get_results (session, 0) == before);

  /* The same value again is no step. */
  wf_session_set_prediction (session, 0, WF_METRIC_NET_JOBS, -12500.0);
  g_assert_cmpuint (changed, ==, 1);

  wf_session_set_prediction (session, 0, WF_METRIC_NET_JOBS, NAN);
  g_assert_cmpstr (wf_session_get_undo_label (session), ==, "Clear Prediction");
  g_assert_true (isnan (wf_session_get_prediction (session, 0, WF_METRIC_NET_JOBS)));
  g_assert_false (wf_session_get_modified (session));

  wf_session_undo (session);
  g_assert_cmpfloat (wf_session_get_prediction (session, 0, WF_METRIC_NET_JOBS), ==, -12500.0);
  wf_session_undo (session);
  g_assert_true (isnan (wf_session_get_prediction (session, 0, WF_METRIC_NET_JOBS)));
  g_assert_false (wf_session_get_modified (session));
  g_assert_false (wf_session_can_undo (session));
  wf_session_redo (session);
  g_assert_cmpfloat (wf_session_get_prediction (session, 0, WF_METRIC_NET_JOBS), ==, -12500.0);
}

/* The workshop chart gets every scenario, however many, each projected,
 * with the current one's index; other kinds get none. */
static void
test_every_scenario (void)
{
  g_autoptr(WfSession) session = wf_session_new ();
  WfChartData data;

  for (guint i = 0; i < 20; i++)
    {
      WfScenario *scenario = wf_scenario_new_preset (WF_PRESET_BASELINE);

      scenario->values[WF_LEVER_RESKILLING] = i;
      wf_session_add_scenario (session, scenario);
    }
  wf_session_set_current (session, 7);

  wf_session_get_chart_data (session, WF_CHART_WORKSHOP, &data);
  g_assert_cmpuint (data.n_every, ==, wf_session_get_n_scenarios (session));
  g_assert_cmpuint (data.n_every, >, WF_CHART_MAX_SCENARIOS);
  g_assert_cmpuint (data.every_current, ==, 7);
  g_assert_nonnull (data.every_results);
  for (guint i = 0; i < data.n_every; i++)
    {
      g_assert_true (data.every_scenario[i] == wf_session_get_scenario (session, i));
      g_assert_true (data.every_results[i] == wf_session_get_results (session, i));
    }
  g_assert_true (data.results[0] == wf_session_get_results (session, 7));

  {
    g_autoptr(WfChartTable) table = wf_chart_get_table (WF_CHART_WORKSHOP, &data, NULL);

    g_assert_nonnull (table);
  }

  wf_session_get_chart_data (session, WF_CHART_EMPLOYMENT, &data);
  g_assert_cmpuint (data.n_every, ==, 0);
  g_assert_null (data.every_results);

  /* The command line's input, synchronously, the same. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(WfChartInput) input = wf_chart_input_new_sync (wf_session_get_document (session),
                                                             wf_session_get_view (session),
                                                             WF_CHART_WORKSHOP, 0, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (input->data.n_every, ==, wf_session_get_n_scenarios (session));
    for (guint i = 0; i < input->data.n_every; i++)
      g_assert_nonnull (input->data.every_results[i]);
  }
}

/* A participant's file: the presets, untouched, and one scenario of their
 * own with @reskilling and a prediction. */
static GFile *
write_participant (const char *dir,
                   const char *name,
                   double      reskilling)
{
  g_autoptr(WfDocument) document = wf_document_new_default ();
  g_autofree char *path = g_strdup_printf ("%s/%s.foresight", dir, name);
  g_autoptr(GError) error = NULL;
  GFile *file = g_file_new_for_path (path);
  WfScenario *own = wf_scenario_new_preset (WF_PRESET_BASELINE);

  wf_scenario_set_name (own, "My scenario");
  wf_scenario_set_value (own, WF_LEVER_RESKILLING, reskilling);
  own->predictions[WF_METRIC_NET_JOBS] = -1000.0 * reskilling;
  wf_document_add_scenario (document, own);
  g_free (document->metadata.author);
  document->metadata.author = g_strdup (name);
  g_assert_true (wf_document_save_file (document, file, &error));
  g_assert_no_error (error);
  return file;
}

typedef struct
{
  gboolean   done;
  guint      n_added;
  guint      n_files_added;
  GPtrArray *refused;
} AddResult;

static void
added_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  AddResult *r = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (wf_session_add_files_finish (WF_SESSION (object), result, &r->n_added, &r->n_files_added,
                                              &r->refused, &error));
  g_assert_no_error (error);
  r->done = TRUE;
}

static gboolean
is_done (gpointer data)
{
  return ((AddResult *) data)->done;
}

/* Three participants' files, a broken one and one on another dataset:
 * the good ones' own scenarios are added (not the presets again), each
 * with its origin and its predictions, as one undoable step; the two
 * others are refused, each named with why; undo leaves the document as
 * it was. */
static void
test_add_files (void)
{
  g_autoptr(WfSession) session = wf_session_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wf-workshop-XXXXXX", &error);
  g_autofree char *broken_path = g_build_filename (dir, "broken.foresight", NULL);
  g_autofree char *other_path = g_build_filename (dir, "kenya.foresight", NULL);
  GFile *files[5];
  AddResult r = { 0 };
  guint before = wf_session_get_n_scenarios (session);
  const WfRefusedFile *refused;

  g_assert_no_error (error);
  files[0] = write_participant (dir, "ana", 30.0);
  files[1] = write_participant (dir, "bo", 40.0);
  g_assert_true (g_file_set_contents (broken_path, "<foresight version=\"3\"><scenario", -1, &error));
  files[2] = g_file_new_for_path (broken_path);
  {
    g_autoptr(WfDocument) other = wf_document_new_default ();

    /* Other numbers: another projection of the first sector. */
    other->dataset->sectors[0].trend_growth += 0.001;
    files[3] = g_file_new_for_path (other_path);
    g_assert_true (wf_document_save_file (other, files[3], &error));
    g_assert_no_error (error);
  }
  files[4] = write_participant (dir, "chen", 50.0);

  wf_session_add_files_async (session, files, G_N_ELEMENTS (files), NULL, added_cb, &r);
  /* Nothing changes before the files are read. */
  g_assert_cmpuint (wf_session_get_n_scenarios (session), ==, before);
  g_assert_true (wf_ui_test_wait_until (is_done, &r));

  g_assert_cmpuint (r.n_added, ==, 3);
  g_assert_cmpuint (r.n_files_added, ==, 3);
  g_assert_cmpuint (wf_session_get_n_scenarios (session), ==, before + 3);
  g_assert_true (wf_session_get_modified (session));
  g_assert_cmpstr (wf_session_get_undo_label (session), ==, "Add Scenarios from Files");
  g_assert_cmpuint (wf_session_get_current (session), ==, before);
  for (guint i = 0; i < 3; i++)
    {
      const WfScenario *s = wf_session_get_scenario (session, before + i);
      const char *authors[] = { "ana", "bo", "chen" };
      g_autofree char *file_name = g_strdup_printf ("%s.foresight", authors[i]);

      g_assert_cmpstr (s->origin.file, ==, file_name);
      g_assert_cmpstr (s->origin.author, ==, authors[i]);
      g_assert_nonnull (s->origin.time);
      g_assert_cmpfloat (s->values[WF_LEVER_RESKILLING], ==, 30.0 + 10.0 * i);
      g_assert_cmpfloat (s->predictions[WF_METRIC_NET_JOBS], ==, -1000.0 * (30.0 + 10.0 * i));
      /* Names and ids stay unique. */
      g_assert_cmpint (wf_document_find_scenario (wf_session_get_document (session), s->name), ==, before + i);
      g_assert_cmpint (wf_document_find_scenario_by_id (wf_session_get_document (session), s->id), ==, before + i);
    }
  g_assert_cmpstr (wf_session_get_scenario (session, before)->name, ==, "My scenario");
  g_assert_cmpstr (wf_session_get_scenario (session, before + 1)->name, ==, "My scenario (bo)");

  g_assert_cmpuint (r.refused->len, ==, 2);
  refused = g_ptr_array_index (r.refused, 0);
  g_assert_cmpstr (refused->file, ==, "broken.foresight");
  /* Where it ends, and in plain words that it was cut short. */
  g_assert_nonnull (strstr (refused->reason, "broken.foresight:1:"));
  g_assert_nonnull (strstr (refused->reason, "cut short"));
  refused = g_ptr_array_index (r.refused, 1);
  g_assert_cmpstr (refused->file, ==, "kenya.foresight");
  g_assert_nonnull (strstr (refused->reason, "not this document’s"));

  wf_session_undo (session);
  g_assert_cmpuint (wf_session_get_n_scenarios (session), ==, before);
  g_assert_false (wf_session_get_modified (session));

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_file_delete (files[i], NULL, NULL);
      g_object_unref (files[i]);
    }
  g_ptr_array_unref (r.refused);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/session/workshop/prediction-undo", test_prediction_undo);
  g_test_add_func ("/session/workshop/every-scenario", test_every_scenario);
  g_test_add_func ("/session/workshop/add-files", test_add_files);

  return g_test_run ();
}
