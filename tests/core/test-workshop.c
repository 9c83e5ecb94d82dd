/* test-workshop.c: the spread of a workshop's scenarios
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>

#include "wf-core.h"

/* The baseline (Current trends), then five participants: adoption
 * ceilings 10, 20, 60 (the default), 40, 100 and reskilling 20 (the
 * default) but for the last, at 35. */
static WfDocument *
make_workshop (void)
{
  WfDocument *document = wf_document_new ();
  const double ceilings[] = { 10, 20, 60, 40, 100 };

  wf_document_set_dataset (document, wf_dataset_new_world ());
  wf_document_add_scenario (document, wf_scenario_new_preset (WF_PRESET_BASELINE));
  for (guint i = 0; i < G_N_ELEMENTS (ceilings); i++)
    {
      g_autofree char *name = g_strdup_printf ("Participant %u", i + 1);
      WfScenario *scenario = wf_scenario_new_preset (WF_PRESET_BASELINE);

      wf_scenario_set_name (scenario, name);
      wf_scenario_set_id (scenario, "scenario");
      scenario->values[WF_LEVER_ADOPTION_CEILING] = ceilings[i];
      if (i == 4)
        scenario->values[WF_LEVER_RESKILLING] = 35;
      wf_document_add_scenario (document, scenario);
    }

  return document;
}

static void
test_quantiles (void)
{
  const double four[] = { 1, 2, 3, 4 };
  const double one[] = { 7 };
  const double shuffled[] = { 4, NAN, 1, 3, 2 };
  WfSpread spread;

  /* Type 7: h = (n - 1) p, linear between the order statistics. */
  g_assert_cmpfloat (wf_quantile_type7 (four, 4, 0.25), ==, 1.75);
  g_assert_cmpfloat (wf_quantile_type7 (four, 4, 0.5), ==, 2.5);
  g_assert_cmpfloat (wf_quantile_type7 (four, 4, 0.75), ==, 3.25);
  g_assert_cmpfloat (wf_quantile_type7 (four, 4, 0.0), ==, 1);
  g_assert_cmpfloat (wf_quantile_type7 (four, 4, 1.0), ==, 4);
  g_assert_cmpfloat (wf_quantile_type7 (one, 1, 0.75), ==, 7);

  /* Unsorted input; NAN is "none" and is left out. */
  wf_spread_compute (shuffled, G_N_ELEMENTS (shuffled), &spread);
  g_assert_cmpuint (spread.n, ==, 4);
  g_assert_cmpfloat (spread.min, ==, 1);
  g_assert_cmpfloat (spread.q1, ==, 1.75);
  g_assert_cmpfloat (spread.median, ==, 2.5);
  g_assert_cmpfloat (spread.q3, ==, 3.25);
  g_assert_cmpfloat (spread.max, ==, 4);
  g_assert_cmpfloat (spread.mean, ==, 2.5);

  wf_spread_compute (NULL, 0, &spread);
  g_assert_cmpuint (spread.n, ==, 0);
  g_assert_true (isnan (spread.median));
}

static void
test_levers (void)
{
  g_autoptr(WfDocument) document = make_workshop ();
  g_autoptr(WfWorkshopStats) stats = NULL;
  g_autoptr(WfWorkshopStats) with_baseline = NULL;
  g_autoptr(GError) error = NULL;
  const WfWorkshopLever *ceiling, *reskilling, *speed;

  stats = wf_workshop_stats_compute (document, WF_WORKSHOP_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stats->n_scenarios, ==, 5);
  g_assert_cmpstr (stats->scenario_ids[0], ==, "scenario");
  g_assert_cmpstr (stats->scenario_ids[4], ==, "scenario-5");
  g_assert_null (stats->scenario_ids[5]);

  /* Sorted: 10 20 40 60 100. */
  ceiling = &stats->levers[WF_LEVER_ADOPTION_CEILING];
  g_assert_cmpfloat (ceiling->values[2], ==, 60);
  g_assert_cmpuint (ceiling->spread.n, ==, 5);
  g_assert_cmpfloat (ceiling->spread.min, ==, 10);
  g_assert_cmpfloat (ceiling->spread.q1, ==, 20);
  g_assert_cmpfloat (ceiling->spread.median, ==, 40);
  g_assert_cmpfloat (ceiling->spread.q3, ==, 60);
  g_assert_cmpfloat (ceiling->spread.max, ==, 100);
  g_assert_cmpfloat (ceiling->spread.mean, ==, 46);
  g_assert_cmpuint (ceiling->n_moved, ==, 4);

  reskilling = &stats->levers[WF_LEVER_RESKILLING];
  g_assert_cmpuint (reskilling->n_moved, ==, 1);
  g_assert_cmpfloat (reskilling->spread.median, ==, 20);
  g_assert_cmpfloat (reskilling->spread.max, ==, 35);
  g_assert_cmpfloat (reskilling->spread.mean, ==, 23);

  speed = &stats->levers[WF_LEVER_ADOPTION_SPEED];
  g_assert_cmpuint (speed->n_moved, ==, 0);
  g_assert_cmpfloat (speed->spread.min, ==, speed->spread.max);

  /* With the baseline (60): 10 20 40 60 60 100. */
  with_baseline = wf_workshop_stats_compute (document, WF_WORKSHOP_INCLUDE_BASELINE, NULL, &error);
  g_assert_no_error (error);
  ceiling = &with_baseline->levers[WF_LEVER_ADOPTION_CEILING];
  g_assert_cmpuint (with_baseline->n_scenarios, ==, 6);
  g_assert_cmpstr (with_baseline->scenario_ids[0], ==, "current-trends");
  g_assert_cmpfloat (ceiling->spread.q1, ==, 25);
  g_assert_cmpfloat (ceiling->spread.median, ==, 50);
  g_assert_cmpfloat (ceiling->spread.q3, ==, 60);
  g_assert_cmpuint (ceiling->n_moved, ==, 4);
}

/* The headline outcomes are those of each scenario's own projection. */
static void
test_metrics (void)
{
  g_autoptr(WfDocument) document = make_workshop ();
  g_autoptr(WfWorkshopStats) stats = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;
  const WfMetric *metrics = wf_headline_metrics (&n);

  g_assert_cmpuint (n, ==, WF_N_HEADLINE_METRICS);
  g_assert_cmpint (metrics[0], ==, WF_METRIC_NET_JOBS);

  stats = wf_workshop_stats_compute (document, WF_WORKSHOP_NONE, NULL, &error);
  g_assert_no_error (error);
  for (guint m = 0; m < n; m++)
    {
      const WfWorkshopMetric *metric = &stats->metrics[m];
      double lowest = INFINITY, highest = -INFINITY;

      g_assert_cmpint (metric->metric, ==, metrics[m]);
      for (guint i = 0; i < stats->n_scenarios; i++)
        {
          g_autoptr(WfResults) results = wf_model_project (document->dataset,
                                                           g_ptr_array_index (document->scenarios, i + 1),
                                                           &error);
          double value;

          g_assert_no_error (error);
          value = wf_metric_evaluate (results, metrics[m]);
          g_assert_cmpfloat (metric->values[i], ==, value);
          lowest = MIN (lowest, value);
          highest = MAX (highest, value);
        }
      g_assert_cmpfloat (metric->spread.min, ==, lowest);
      g_assert_cmpfloat (metric->spread.max, ==, highest);
      g_assert_cmpuint (metric->prediction_spread.n, ==, 0);
    }
  /* A higher ceiling displaces more: the spread is not flat. */
  g_assert_cmpfloat (stats->metrics[2].spread.min, <, stats->metrics[2].spread.max);
}

static void
test_predictions (void)
{
  g_autoptr(WfDocument) document = make_workshop ();
  g_autoptr(WfWorkshopStats) stats = NULL;
  g_autoptr(GError) error = NULL;
  const WfWorkshopMetric *net;

  g_assert_true (wf_workshop_set_prediction (document, "scenario", WF_METRIC_NET_JOBS, -500, &error));
  g_assert_true (wf_workshop_set_prediction (document, "scenario-3", WF_METRIC_NET_JOBS, 250, &error));
  g_assert_true (wf_workshop_set_prediction (document, "scenario-4", WF_METRIC_NET_JOBS, 100, &error));
  g_assert_no_error (error);
  /* NAN removes one. */
  g_assert_true (wf_workshop_set_prediction (document, "scenario-4", WF_METRIC_NET_JOBS, NAN, &error));
  g_assert_false (wf_scenario_has_prediction (g_ptr_array_index (document->scenarios, 4), WF_METRIC_NET_JOBS));
  g_assert_false (wf_workshop_set_prediction (document, "nobody", WF_METRIC_NET_JOBS, 1, &error));
  g_assert_error (error, WF_CORE_ERROR, WF_CORE_ERROR_UNKNOWN_SCENARIO);
  g_assert_true (g_str_match_string ("nobody", error->message, FALSE));
  g_clear_error (&error);
  g_assert_false (wf_workshop_set_prediction (document, "scenario", WF_METRIC_NET_JOBS, INFINITY, &error));
  g_assert_error (error, WF_CORE_ERROR, WF_CORE_ERROR_INVALID_PREDICTION);
  g_clear_error (&error);

  stats = wf_workshop_stats_compute (document, WF_WORKSHOP_NONE, NULL, &error);
  g_assert_no_error (error);
  net = &stats->metrics[0];
  g_assert_cmpfloat (net->predictions[0], ==, -500);
  g_assert_true (isnan (net->predictions[1]));
  g_assert_cmpuint (net->prediction_spread.n, ==, 2);
  g_assert_cmpfloat (net->prediction_spread.min, ==, -500);
  g_assert_cmpfloat (net->prediction_spread.median, ==, -125);
  g_assert_cmpfloat (net->prediction_spread.max, ==, 250);
}

static void
test_cancelled (void)
{
  g_autoptr(WfDocument) document = make_workshop ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_null (wf_workshop_stats_compute (document, WF_WORKSHOP_NONE, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* Only the baseline: nothing to count, and no failure. */
static void
test_empty (void)
{
  g_autoptr(WfDocument) document = wf_document_new ();
  g_autoptr(WfWorkshopStats) stats = NULL;
  g_autoptr(GError) error = NULL;

  wf_document_set_dataset (document, wf_dataset_new_world ());
  wf_document_add_scenario (document, wf_scenario_new_preset (WF_PRESET_BASELINE));
  stats = wf_workshop_stats_compute (document, WF_WORKSHOP_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stats->n_scenarios, ==, 0);
  g_assert_true (isnan (stats->levers[0].spread.median));
  g_assert_true (isnan (stats->metrics[0].spread.max));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/workshop/quantiles", test_quantiles);
  g_test_add_func ("/core/workshop/levers", test_levers);
  g_test_add_func ("/core/workshop/metrics", test_metrics);
  g_test_add_func ("/core/workshop/predictions", test_predictions);
  g_test_add_func ("/core/workshop/cancelled", test_cancelled);
  g_test_add_func ("/core/workshop/empty", test_empty);

  return g_test_run ();
}
