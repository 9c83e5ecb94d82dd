/* test-uncertainty.c: the session's one background computation service:
 * the fan, tornado and attribution computed in threads, without a display
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "wf-chart-input.h"
#include "wf-session.h"
#include "wf-uncertainty.h"
#include "wf-ui-test.h"

static gboolean
has_ensemble (gpointer data)
{
  return wf_uncertainty_is_current (data, WF_COMPUTATION_ENSEMBLE) && !wf_uncertainty_get_busy (data);
}

static gboolean
has_tornado (gpointer data)
{
  return wf_uncertainty_is_current (data, WF_COMPUTATION_TORNADO);
}

static gboolean
has_attribution (gpointer data)
{
  return wf_uncertainty_is_current (data, WF_COMPUTATION_ATTRIBUTION);
}

static gboolean
no_workers (gpointer data)
{
  return wf_ensemble_get_n_live_workers () == 0;
}

/* Waits for a background computation. The deadline only tells a hang from
 * slowness: 20000 runs under AddressSanitizer on two cores shared with
 * other tests can take longer than the 20 s a widget gets to appear, so a
 * computation gets 100 s (meson's own timeout, 120 s, stays the outer
 * bound of the whole program). */
static gboolean
wait_computed (WfUiTestCondition condition,
               gpointer          data)
{
  gint64 end = g_get_monotonic_time () + 100 * G_TIME_SPAN_SECOND;

  while (!condition (data) && g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  wf_ui_test_flush ();
  return condition (data);
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
  WfUncertainty *uncertainty = wf_session_get_uncertainty (session);
  g_autoptr(WfEnsemble) expected = NULL;
  guint updated = 0;

  g_signal_connect (uncertainty, "updated", G_CALLBACK (count_cb), &updated);
  g_assert_null (wf_uncertainty_get_ensemble (uncertainty));

  /* Had choosing the chart computed on the calling thread, the ensemble
   * would be there on return; it arrives only through the main loop. */
  wf_session_set_chart (session, "fan");
  g_assert_true (wf_uncertainty_get_busy (uncertainty));
  g_assert_null (wf_uncertainty_get_ensemble (uncertainty));
  g_assert_false (wf_uncertainty_is_current (uncertainty, WF_COMPUTATION_ENSEMBLE));

  g_assert_true (wait_computed (has_ensemble, uncertainty));
  g_assert_cmpuint (updated, ==, 1);
  g_assert_cmpuint (wf_uncertainty_get_ensemble (uncertainty)->n_runs, ==, WF_UNCERTAINTY_INTERACTIVE_RUNS);
  g_assert_cmpuint (wf_uncertainty_get_ensemble (uncertainty)->seed, ==,
                    wf_session_get_current_scenario (session)->seed);
  expected = expected_ensemble (session, WF_UNCERTAINTY_INTERACTIVE_RUNS);
  assert_same_ensemble (wf_uncertainty_get_ensemble (uncertainty), expected);

  /* Chosen again, nothing is recomputed. */
  wf_session_set_chart (session, "employment");
  wf_session_set_chart (session, "fan");
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
  WfUncertainty *uncertainty = wf_session_get_uncertainty (session);
  g_autoptr(WfEnsemble) expected = NULL;
  guint updated = 0;

  g_signal_connect (uncertainty, "updated", G_CALLBACK (count_cb), &updated);
  /* Many runs, so that the first computation is surely still running. */
  wf_uncertainty_set_n_runs (uncertainty, 20000);
  wf_session_set_chart (session, "fan");

  for (guint i = 0; i < 5; i++)
    wf_session_set_lever (session, WF_LEVER_ADOPTION_CEILING, 50.0 + i * 5.0);
  wf_session_end_lever_gesture (session);
  g_assert_false (wf_uncertainty_is_current (uncertainty, WF_COMPUTATION_ENSEMBLE));
  g_assert_cmpuint (wf_uncertainty_get_n_cancelled (uncertainty), ==, 1);

  g_assert_true (wait_computed (has_ensemble, uncertainty));
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
  WfUncertainty *uncertainty = wf_session_get_uncertainty (session);

  wf_session_set_lever (session, WF_LEVER_RESKILLING, 30.0);
  wf_session_set_chart (session, "tornado");
  g_assert_true (wait_computed (has_tornado, uncertainty));
  g_assert_cmpint (wf_uncertainty_get_tornado (uncertainty)->metric, ==, WF_METRIC_NET_JOBS);

  /* Another outcome: a new tornado, ranked by it. */
  wf_session_set_metric (session, WF_METRIC_DIGITAL_GAP);
  g_assert_false (wf_uncertainty_is_current (uncertainty, WF_COMPUTATION_TORNADO));
  g_assert_true (wait_computed (has_tornado, uncertainty));
  g_assert_cmpint (wf_uncertainty_get_tornado (uncertainty)->metric, ==, WF_METRIC_DIGITAL_GAP);
  wf_session_set_metric (session, WF_METRIC_NET_JOBS);
  g_assert_true (wait_computed (has_tornado, uncertainty));

  wf_session_set_chart (session, "attribution");
  g_assert_true (wait_computed (has_attribution, uncertainty));
  g_assert_cmpuint (wf_uncertainty_get_attribution (uncertainty)->n_parts, >=, 1);

  /* A change makes both stale at once; the stale ones stay on screen until
   * the new ones arrive. */
  wf_session_set_lever (session, WF_LEVER_RESKILLING, 40.0);
  g_assert_false (wf_uncertainty_is_current (uncertainty, WF_COMPUTATION_TORNADO));
  g_assert_false (wf_uncertainty_is_current (uncertainty, WF_COMPUTATION_ATTRIBUTION));
  g_assert_nonnull (wf_uncertainty_get_tornado (uncertainty));
  g_assert_nonnull (wf_uncertainty_get_attribution (uncertainty));
  g_assert_true (wait_computed (has_attribution, uncertainty));
}

/* Dropping the session while the runs are computed: no crash, no thread
 * left, and the session and its service are finalized at once (the thread
 * does not hold them). */
static void
test_destroy_while_computing (void)
{
  WfSession *session = wf_session_new ();
  WfUncertainty *uncertainty = wf_session_get_uncertainty (session);

  wf_session_set_chart (session, "fan");
  g_assert_true (wf_uncertainty_get_busy (uncertainty));
  wf_session_set_lever (session, WF_LEVER_ADOPTION_CEILING, 60.0);

  g_object_add_weak_pointer (G_OBJECT (uncertainty), (gpointer *) &uncertainty);
  g_assert_finalize_object (session);
  g_assert_null (uncertainty);

  g_assert_true (wait_computed (no_workers, NULL));
}

/* Exports compute in a thread what is not ready, and get the same data
 * as the display then shows. */
static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  WfChartData *data = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (wf_session_compute_chart_data_finish (WF_SESSION (object), result, data, &error));
  g_assert_no_error (error);
  g_assert_nonnull (data->dataset);
}

static gboolean
has_dataset (gpointer data)
{
  return ((WfChartData *) data)->dataset != NULL;
}

static void
test_export_async (void)
{
  g_autoptr(WfSession) session = wf_session_new ();
  WfChartData data = { 0 };

  wf_session_compute_chart_data_async (session, WF_CHART_ATTRIBUTION, NULL, export_done_cb, &data);
  /* Not computed on the calling thread. */
  g_assert_null (data.dataset);
  g_assert_null (wf_uncertainty_get_attribution (wf_session_get_uncertainty (session)));
  g_assert_true (wait_computed (has_dataset, &data));
  g_assert_nonnull (data.attribution);
  g_assert_null (data.ensemble);
}

/* Exports compute synchronously when nothing is ready. */
static void
test_export_sync (void)
{
  g_autoptr(WfSession) session = wf_session_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = NULL;
  WfChartData data;

  g_assert_true (wf_session_compute_chart_data (session, WF_CHART_FAN, NULL, &data, &error));
  g_assert_nonnull (data.ensemble);
  g_assert_cmpuint (data.ensemble->n_runs, ==, WF_ENSEMBLE_DEFAULT_RUNS);
  png = wf_chart_export_bytes (WF_CHART_FORMAT_PNG, 640, 360, 1.0, WF_CHART_FAN, NULL, &data, &error);
  g_assert_no_error (error);
  g_assert_nonnull (png);

  g_assert_true (wf_session_compute_chart_data (session, WF_CHART_ATTRIBUTION, NULL, &data, &error));
  g_assert_nonnull (data.attribution);
  g_assert_null (data.ensemble);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/session/uncertainty/fan-delivers", test_fan_delivers);
  g_test_add_func ("/session/uncertainty/lever-move-cancels", test_lever_move_cancels);
  g_test_add_func ("/session/uncertainty/tornado-attribution", test_tornado_attribution);
  g_test_add_func ("/session/uncertainty/destroy-while-computing", test_destroy_while_computing);
  g_test_add_func ("/session/uncertainty/export-sync", test_export_sync);
  g_test_add_func ("/session/uncertainty/export-async", test_export_async);

  status = g_test_run ();
  wf_chart_shutdown ();
  return status;
}
