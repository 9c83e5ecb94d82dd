/* test-session-workshop.c: the session's part of a workshop, without a
 * display: predictions and the chart of every scenario
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "wf-chart-input.h"
#include "wf-session.h"

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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/session/workshop/prediction-undo", test_prediction_undo);
  g_test_add_func ("/session/workshop/every-scenario", test_every_scenario);

  return g_test_run ();
}
