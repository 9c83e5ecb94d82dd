/* test-sensitivity.c: the metrics and the tornado
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "wf-core.h"

static WfDataset *world;

static double
metric_of (const WfScenario *scenario,
           WfMetric          metric)
{
  g_autoptr(WfResults) results = NULL;
  g_autoptr(GError) error = NULL;

  results = wf_model_project (world, scenario, &error);
  g_assert_no_error (error);
  return wf_metric_evaluate (results, metric);
}

static void
test_metric_ids (void)
{
  for (guint m = 0; m < WF_N_METRICS; m++)
    {
      WfMetric back;

      g_assert_nonnull (wf_metric_to_string (m));
      g_assert_nonnull (wf_metric_get_unit (m));
      g_assert_true (wf_metric_from_id (wf_metric_to_id (m), &back));
      g_assert_cmpint (back, ==, m);
    }
  g_assert_false (wf_metric_from_id ("no-such-metric", &(WfMetric) { 0 }));
}

/* The metrics agree with the headline indicators they summarise. */
static void
test_metric_headline (void)
{
  g_autoptr(WfScenario) scenario = wf_scenario_new_preset (WF_PRESET_EXPONENTIAL_LIMITED);
  g_autoptr(WfResults) results = wf_model_project (world, scenario, NULL);
  WfHeadline headline;

  wf_results_headline (results, &headline);
  g_assert_cmpfloat (wf_metric_evaluate (results, WF_METRIC_NET_JOBS), ==, headline.net_jobs_vs_baseline);
  g_assert_cmpfloat (wf_metric_evaluate (results, WF_METRIC_DISPLACED), ==, headline.cumulative_displaced);
  g_assert_cmpfloat (wf_metric_evaluate (results, WF_METRIC_JOBS_TRANSFORMED), ==, headline.jobs_transformed);
  g_assert_cmpfloat (wf_metric_evaluate (results, WF_METRIC_WOMEN_SHARE_OF_DISPLACEMENT), ==,
                     headline.women_share_of_displacement);
  g_assert_cmpfloat (wf_metric_evaluate (results, WF_METRIC_DIGITAL_GAP), ==, headline.digital_gap);
  g_assert_cmpfloat (wf_metric_evaluate (results, WF_METRIC_WOMEN_DIGITAL_GAP), ==, headline.digital_gap_women);
  g_assert_cmpfloat (wf_metric_evaluate (results, WF_METRIC_DISPLACED), >, 0.0);
  g_assert_cmpfloat (wf_metric_evaluate (results, WF_METRIC_WOMEN_DISPLACED), >, 0.0);
  g_assert_cmpfloat (wf_metric_evaluate (results, WF_METRIC_WOMEN_DISPLACED), <,
                     wf_metric_evaluate (results, WF_METRIC_DISPLACED));
}

/* Each bar is the metric with one lever at each end of its range; the bars
 * are ranked by swing; a lever with no range has no swing. */
static void
test_tornado (gconstpointer data)
{
  WfMetric metric = GPOINTER_TO_UINT (data);
  g_autoptr(WfScenario) scenario = wf_scenario_new_preset (WF_PRESET_EXPONENTIAL_LIMITED);
  g_autoptr(WfTornado) tornado = NULL;
  g_autoptr(GError) error = NULL;
  gboolean seen[WF_N_LEVERS] = { FALSE, };

  /* Two levers without uncertainty */
  scenario->low[WF_LEVER_RESKILLING] = scenario->high[WF_LEVER_RESKILLING] =
    scenario->values[WF_LEVER_RESKILLING];
  scenario->low[WF_LEVER_AUTOMATION_SHARE] = scenario->high[WF_LEVER_AUTOMATION_SHARE] = 50;

  tornado = wf_tornado_compute (world, scenario, metric, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tornado->metric, ==, metric);
  g_assert_cmpuint (tornado->n_bars, ==, WF_N_LEVERS);
  g_assert_cmpfloat (tornado->central, ==, metric_of (scenario, metric));

  for (guint i = 0; i < tornado->n_bars; i++)
    {
      const WfTornadoBar *bar = &tornado->bars[i];
      g_autoptr(WfScenario) trial = wf_scenario_copy (scenario);

      g_assert_false (seen[bar->lever]);
      seen[bar->lever] = TRUE;
      if (i > 0)
        g_assert_cmpfloat (bar->swing, <=, tornado->bars[i - 1].swing);
      g_assert_cmpfloat (bar->low_value, ==, scenario->low[bar->lever]);
      g_assert_cmpfloat (bar->high_value, ==, scenario->high[bar->lever]);
      g_assert_cmpfloat (bar->swing, ==, fabs (bar->high_metric - bar->low_metric));

      if (bar->lever == WF_LEVER_RESKILLING || bar->lever == WF_LEVER_AUTOMATION_SHARE)
        {
          g_assert_cmpfloat (bar->swing, ==, 0.0);
          g_assert_cmpfloat (bar->low_metric, ==, tornado->central);
          continue;
        }

      trial->values[bar->lever] = bar->low_value;
      g_assert_cmpfloat (bar->low_metric, ==, metric_of (trial, metric));
      trial->values[bar->lever] = bar->high_value;
      g_assert_cmpfloat (bar->high_metric, ==, metric_of (trial, metric));
    }

  /* The ceiling always matters to these metrics. */
  g_assert_cmpfloat (tornado->bars[0].swing, >, 0.0);
  for (guint i = 0; i < tornado->n_bars; i++)
    if (tornado->bars[i].lever == WF_LEVER_ADOPTION_CEILING)
      g_assert_cmpfloat (tornado->bars[i].swing, >, 0.0);
}

/* Zero ranges everywhere: an empty tornado, with the central value. */
static void
test_tornado_no_range (void)
{
  g_autoptr(WfScenario) scenario = wf_scenario_new (NULL);
  g_autoptr(WfTornado) tornado = NULL;

  for (guint i = 0; i < WF_N_LEVERS; i++)
    scenario->low[i] = scenario->high[i] = scenario->values[i];
  tornado = wf_tornado_compute (world, scenario, WF_METRIC_NET_JOBS, NULL);
  for (guint i = 0; i < tornado->n_bars; i++)
    {
      g_assert_cmpfloat (tornado->bars[i].swing, ==, 0.0);
      /* ties keep the levers' order */
      g_assert_cmpint (tornado->bars[i].lever, ==, i);
    }
}

static void
test_tornado_invalid (void)
{
  g_autoptr(WfScenario) scenario = wf_scenario_new (NULL);
  g_autoptr(WfTornado) tornado = NULL;
  g_autoptr(GError) error = NULL;

  scenario->horizon = 2100;
  tornado = wf_tornado_compute (world, scenario, WF_METRIC_NET_JOBS, &error);
  g_assert_null (tornado);
  g_assert_error (error, WF_CORE_ERROR, WF_CORE_ERROR_INVALID_HORIZON);
}

int
main (int   argc,
      char *argv[])
{
  static const WfMetric tornado_metrics[] = {
    WF_METRIC_NET_JOBS, WF_METRIC_WOMEN_DISPLACED, WF_METRIC_DIGITAL_GAP, WF_METRIC_DISPLACED_POOL,
  };
  int status;

  g_test_init (&argc, &argv, NULL);

  world = wf_dataset_new_world ();

  g_test_add_func ("/core/sensitivity/metric/ids", test_metric_ids);
  g_test_add_func ("/core/sensitivity/metric/headline", test_metric_headline);
  for (guint i = 0; i < G_N_ELEMENTS (tornado_metrics); i++)
    {
      g_autofree char *path = g_strdup_printf ("/core/sensitivity/tornado/%s",
                                               wf_metric_to_id (tornado_metrics[i]));

      g_test_add_data_func (path, GUINT_TO_POINTER (tornado_metrics[i]), test_tornado);
    }
  g_test_add_func ("/core/sensitivity/tornado/no-range", test_tornado_no_range);
  g_test_add_func ("/core/sensitivity/tornado/invalid", test_tornado_invalid);

  status = g_test_run ();
  wf_dataset_free (world);
  return status;
}
