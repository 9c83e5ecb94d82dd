/* test-uncertainty.c: the fan, tornado and attribution computed in the
 * background, and the chart view that shows them
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "wf-chart-view.h"
#include "wf-session.h"
#include "wf-uncertainty.h"
#include "wf-ui-test.h"

static gboolean
has_ensemble (gpointer data)
{
  return wf_uncertainty_is_current (data, WF_CHART_FAN) && !wf_uncertainty_get_busy (data);
}

static gboolean
has_tornado (gpointer data)
{
  return wf_uncertainty_is_current (data, WF_CHART_TORNADO);
}

static gboolean
has_attribution (gpointer data)
{
  return wf_uncertainty_is_current (data, WF_CHART_ATTRIBUTION);
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static gboolean
no_workers (gpointer data)
{
  return wf_ensemble_get_n_live_workers () == 0;
}

static void
count_cb (WfUncertainty *self,
          guint         *count)
{
  (*count)++;
}

/* The ensemble a fresh computation of the session's current scenario
 * gives: the background one must be bit-identical. */
static WfEnsemble *
expected_ensemble (WfSession *session,
                   guint      n_runs)
{
  g_autoptr(GError) error = NULL;
  const WfScenario *scenario = wf_session_get_current_scenario (session);
  WfEnsembleOptions options;
  WfEnsemble *ensemble;

  wf_ensemble_options_init (&options, scenario);
  options.n_runs = n_runs;
  options.outputs = WF_ENSEMBLE_OUTPUT (WF_OUTPUT_EMPLOYMENT);
  ensemble = wf_ensemble_run (wf_session_get_document (session)->dataset, scenario, &options, NULL, &error);
  g_assert_no_error (error);
  return ensemble;
}

static void
assert_same_ensemble (const WfEnsemble *a,
                      const WfEnsemble *b)
{
  g_assert_cmpuint (a->n_runs, ==, b->n_runs);
  g_assert_cmpuint (a->seed, ==, b->seed);
  for (guint y = 0; y < a->n_years; y++)
    for (guint p = 0; p < WF_N_PERCENTILES; p++)
      g_assert_cmpfloat (wf_ensemble_get (a, WF_ENSEMBLE_SCOPE_DIFFERENCE, WF_OUTPUT_EMPLOYMENT, y, -1,
                                          WF_SEX_ALL, p),
                         ==,
                         wf_ensemble_get (b, WF_ENSEMBLE_SCOPE_DIFFERENCE, WF_OUTPUT_EMPLOYMENT, y, -1,
                                          WF_SEX_ALL, p));
}

/* Asking for the fan delivers an ensemble of the current scenario, with
 * "updated" once, and without blocking: the request returns at once. */
static void
test_fan_delivers (void)
{
  g_autoptr(WfSession) session = wf_session_new ();
  g_autoptr(WfUncertainty) uncertainty = wf_uncertainty_new (session);
  g_autoptr(WfEnsemble) expected = NULL;
  guint updated = 0;

  g_signal_connect (uncertainty, "updated", G_CALLBACK (count_cb), &updated);
  g_assert_null (wf_uncertainty_get_ensemble (uncertainty));

  /* Had the request computed on the calling thread, the ensemble would be
   * there on return; it arrives only through the main loop. */
  wf_uncertainty_request (uncertainty, WF_CHART_FAN);
  g_assert_true (wf_uncertainty_get_busy (uncertainty));
  g_assert_null (wf_uncertainty_get_ensemble (uncertainty));
  g_assert_false (wf_uncertainty_is_current (uncertainty, WF_CHART_FAN));

  g_assert_true (wf_ui_test_wait_until (has_ensemble, uncertainty));
  g_assert_cmpuint (updated, ==, 1);
  g_assert_cmpuint (wf_uncertainty_get_ensemble (uncertainty)->n_runs, ==, WF_UNCERTAINTY_INTERACTIVE_RUNS);
  g_assert_cmpuint (wf_uncertainty_get_ensemble (uncertainty)->seed, ==,
                    wf_session_get_current_scenario (session)->seed);
  expected = expected_ensemble (session, WF_UNCERTAINTY_INTERACTIVE_RUNS);
  assert_same_ensemble (wf_uncertainty_get_ensemble (uncertainty), expected);

  /* Asked again, nothing is recomputed. */
  wf_uncertainty_request (uncertainty, WF_CHART_FAN);
  g_assert_false (wf_uncertainty_get_busy (uncertainty));
  g_assert_cmpuint (wf_uncertainty_get_n_finished (uncertainty), ==, 1);
}

/* A lever move while computing cancels the older computation; moves in
 * quick succession start only one more; the result is that of the latest
 * lever values. */
static void
test_lever_move_cancels (void)
{
  g_autoptr(WfSession) session = wf_session_new ();
  g_autoptr(WfUncertainty) uncertainty = wf_uncertainty_new (session);
  g_autoptr(WfEnsemble) expected = NULL;
  guint updated = 0;

  g_signal_connect (uncertainty, "updated", G_CALLBACK (count_cb), &updated);
  /* Many runs, so that the first computation is surely still running. */
  wf_uncertainty_set_n_runs (uncertainty, 20000);
  wf_uncertainty_request (uncertainty, WF_CHART_FAN);

  for (guint i = 0; i < 5; i++)
    wf_session_set_lever (session, WF_LEVER_ADOPTION_CEILING, 50.0 + i * 5.0);
  wf_session_end_lever_gesture (session);
  g_assert_false (wf_uncertainty_is_current (uncertainty, WF_CHART_FAN));
  g_assert_cmpuint (wf_uncertainty_get_n_cancelled (uncertainty), ==, 1);

  g_assert_true (wf_ui_test_wait_until (has_ensemble, uncertainty));
  g_assert_cmpuint (updated, ==, 1);
  g_assert_cmpuint (wf_uncertainty_get_n_finished (uncertainty), ==, 2);
  g_assert_cmpfloat (wf_session_get_current_scenario (session)->values[WF_LEVER_ADOPTION_CEILING], ==, 70.0);
  expected = expected_ensemble (session, 20000);
  assert_same_ensemble (wf_uncertainty_get_ensemble (uncertainty), expected);
}

/* The tornado and the attribution, one after the other. */
static void
test_tornado_attribution (void)
{
  g_autoptr(WfSession) session = wf_session_new ();
  g_autoptr(WfUncertainty) uncertainty = wf_uncertainty_new (session);

  wf_session_set_lever (session, WF_LEVER_RESKILLING, 30.0);
  wf_uncertainty_request (uncertainty, WF_CHART_TORNADO);
  g_assert_true (wf_ui_test_wait_until (has_tornado, uncertainty));
  g_assert_cmpint (wf_uncertainty_get_tornado (uncertainty)->metric, ==, WF_METRIC_NET_JOBS);

  /* Another outcome: a new tornado, ranked by it. */
  wf_session_set_metric (session, WF_METRIC_DIGITAL_GAP);
  g_assert_false (wf_uncertainty_is_current (uncertainty, WF_CHART_TORNADO));
  g_assert_true (wf_ui_test_wait_until (has_tornado, uncertainty));
  g_assert_cmpint (wf_uncertainty_get_tornado (uncertainty)->metric, ==, WF_METRIC_DIGITAL_GAP);
  wf_session_set_metric (session, WF_METRIC_NET_JOBS);
  g_assert_true (wf_ui_test_wait_until (has_tornado, uncertainty));

  wf_uncertainty_request (uncertainty, WF_CHART_ATTRIBUTION);
  g_assert_true (wf_ui_test_wait_until (has_attribution, uncertainty));
  g_assert_cmpuint (wf_uncertainty_get_attribution (uncertainty)->n_parts, >=, 1);

  /* A change makes both stale at once; the stale ones stay on screen until
   * the new ones arrive. */
  wf_session_set_lever (session, WF_LEVER_RESKILLING, 40.0);
  g_assert_false (wf_uncertainty_is_current (uncertainty, WF_CHART_TORNADO));
  g_assert_false (wf_uncertainty_is_current (uncertainty, WF_CHART_ATTRIBUTION));
  g_assert_nonnull (wf_uncertainty_get_tornado (uncertainty));
  g_assert_nonnull (wf_uncertainty_get_attribution (uncertainty));
  g_assert_true (wf_ui_test_wait_until (has_attribution, uncertainty));
}

/* Destroying the chart view and the session while the runs are computed:
 * no crash, no thread left, and everything is finalized. */
static void
test_destroy_while_computing (void)
{
  WfSession *session = wf_session_new ();
  GtkWidget *view;

  wf_session_set_chart (session, "fan");
  view = g_object_ref_sink (wf_chart_view_new (session));
  g_assert_cmpint (wf_chart_view_get_kind (WF_CHART_VIEW (view)), ==, WF_CHART_FAN);
  /* wf_chart_view_new () asked for the ensemble: it is being computed. */
  wf_session_set_lever (session, WF_LEVER_ADOPTION_CEILING, 60.0);

  g_object_add_weak_pointer (G_OBJECT (session), (gpointer *) &session);
  g_object_unref (view);
  g_object_unref (session);

  g_assert_true (wf_ui_test_wait_until (no_workers, NULL));
  g_assert_true (wf_ui_test_wait_until (is_null, &session));
}

static gboolean
has_marks (gpointer data)
{
  const WfChartLayout *layout = wf_chart_view_get_layout (data);

  return layout != NULL && layout->marks->len > 0;
}

/* The chart view draws "Computing…" first, then the fan on "updated". */
static void
test_chart_view_redraws (void)
{
  g_autoptr(WfSession) session = wf_session_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view;
  const WfChartLayout *layout;

  wf_session_set_chart (session, "fan");
  view = wf_chart_view_new (session);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 500);
  gtk_window_present (GTK_WINDOW (window));

  g_assert_true (wf_ui_test_wait_until (has_marks, view));
  layout = wf_chart_view_get_layout (WF_CHART_VIEW (view));
  g_assert_cmpuint (layout->n_series, ==, 4);
  g_assert_cmpuint (layout->marks->len, ==, 4 * 8);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_true (wf_ui_test_wait_until (no_workers, NULL));
}

/* Exports compute synchronously when nothing is ready. */
static void
test_export_sync (void)
{
  g_autoptr(WfSession) session = wf_session_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = NULL;
  WfChartData data;

  wf_chart_data_from_session (session, WF_CHART_FAN, FALSE, &data);
  g_assert_nonnull (data.ensemble);
  g_assert_cmpuint (data.ensemble->n_runs, ==, WF_ENSEMBLE_DEFAULT_RUNS);
  png = wf_chart_export_bytes (WF_CHART_FORMAT_PNG, 640, 360, 1.0, WF_CHART_FAN, NULL, &data, &error);
  g_assert_no_error (error);
  g_assert_nonnull (png);

  wf_chart_data_from_session (session, WF_CHART_ATTRIBUTION, FALSE, &data);
  g_assert_nonnull (data.attribution);
  g_assert_null (data.ensemble);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/uncertainty/fan-delivers", test_fan_delivers);
  g_test_add_func ("/ui/uncertainty/lever-move-cancels", test_lever_move_cancels);
  g_test_add_func ("/ui/uncertainty/tornado-attribution", test_tornado_attribution);
  g_test_add_func ("/ui/uncertainty/destroy-while-computing", test_destroy_while_computing);
  g_test_add_func ("/ui/uncertainty/chart-view-redraws", test_chart_view_redraws);
  g_test_add_func ("/ui/uncertainty/export-sync", test_export_sync);

  return g_test_run ();
}
