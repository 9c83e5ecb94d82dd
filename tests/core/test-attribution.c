/* test-attribution.c: Shapley attribution of a scenario's difference
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

static WfAttribution *
attribute (const WfScenario *scenario,
           const WfScenario *reference,
           WfMetric          metric,
           const guint32    *groups,
           guint             n_groups,
           guint             n_threads)
{
  g_autoptr(GError) error = NULL;
  WfAttribution *attribution;

  attribution = wf_attribution_compute (world, scenario, reference, metric, groups, n_groups,
                                        n_threads, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (attribution);
  return attribution;
}

static double
sum_of_parts (const WfAttribution *attribution)
{
  double sum = 0.0;

  for (guint p = 0; p < attribution->n_parts; p++)
    sum += attribution->parts[p].contribution;
  return sum;
}

/* Efficiency: the parts add up to the whole. The tolerance is 1e-9 in the
 * metric's unit (thousands of people, or a share), relative to the size of
 * the numbers compared when they are large. */
static void
assert_sums (const WfAttribution *attribution)
{
  double scale = MAX (1.0, MAX (fabs (attribution->scenario_value),
                                fabs (attribution->reference_value)));
  double residual = fabs (sum_of_parts (attribution) - attribution->total);

  g_test_message ("%s: total %.6f, residual %.3g", wf_metric_to_id (attribution->metric),
                  attribution->total, residual);
  g_assert_cmpfloat (residual, <=, 1e-9 * scale);
  g_assert_cmpfloat (attribution->total, ==,
                     attribution->scenario_value - attribution->reference_value);
}

/* Random scenarios (fixed seed): every lever drawn within its range, some
 * left at the default. */
static void
test_sums_random (void)
{
  static const WfMetric metrics[] = {
    WF_METRIC_NET_JOBS, WF_METRIC_WOMEN_DISPLACED, WF_METRIC_DIGITAL_GAP,
    WF_METRIC_WOMEN_SHARE_OF_DISPLACEMENT,
  };
  g_autoptr(WfScenario) reference = wf_scenario_new (NULL);
  WfRandom rng;

  wf_random_init (&rng, 2026);

  for (guint c = 0; c < (g_test_slow () ? 12 : 4); c++)
    {
      g_autoptr(WfScenario) scenario = wf_scenario_new (NULL);
      g_autoptr(WfAttribution) attribution = NULL;
      WfMetric metric = metrics[c % G_N_ELEMENTS (metrics)];

      for (guint i = 0; i < WF_N_LEVERS; i++)
        {
          const WfLeverInfo *info = wf_lever_get_info (i);

          if (wf_random_double (&rng) < 0.2)
            continue;
          scenario->values[i] = info->min + wf_random_double (&rng) * (info->max - info->min);
        }
      scenario->horizon = 2026 + (int) wf_random_below (&rng, 20);
      reference->horizon = scenario->horizon;

      attribution = attribute (scenario, NULL, metric, NULL, 0, 0);
      assert_sums (attribution);
      g_assert_cmpfloat (attribution->scenario_value, ==, metric_of (scenario, metric));
      g_assert_cmpfloat (attribution->reference_value, ==, metric_of (reference, metric));

      for (guint p = 0; p < attribution->n_parts; p++)
        {
          g_assert_cmphex (attribution->parts[p].levers, ==, WF_LEVER_BIT (p));
          if (scenario->values[p] == reference->values[p])
            g_assert_cmpfloat (attribution->parts[p].contribution, ==, 0.0);
        }
    }
}

/* The presets against the defaults, by lever and by lever group. */
static void
test_presets (void)
{
  guint32 groups[2] = {
    wf_lever_group_get_levers (WF_LEVER_GROUP_ASSUMPTION),
    wf_lever_group_get_levers (WF_LEVER_GROUP_POLICY),
  };

  g_assert_cmphex (groups[0] | groups[1], ==, WF_ALL_LEVERS);
  g_assert_cmphex (groups[0] & groups[1], ==, 0);

  for (guint preset = 0; preset < WF_N_PRESETS; preset++)
    {
      g_autoptr(WfScenario) scenario = wf_scenario_new_preset (preset);
      g_autoptr(WfAttribution) levers = attribute (scenario, NULL, WF_METRIC_NET_JOBS, NULL, 0, 2);
      g_autoptr(WfAttribution) by_group = attribute (scenario, NULL, WF_METRIC_NET_JOBS, groups, 2, 1);
      guint differing = 0;

      assert_sums (levers);
      assert_sums (by_group);
      g_assert_cmpfloat (levers->total, ==, by_group->total);

      for (guint i = 0; i < WF_N_LEVERS; i++)
        if (scenario->values[i] != wf_lever_get_info (i)->default_value)
          differing++;
        else
          g_assert_cmpfloat (levers->parts[i].contribution, ==, 0.0);
      g_assert_cmpuint (levers->n_projections, ==, 1u << differing);

      if (preset == WF_PRESET_BASELINE)
        {
          /* Nothing differs: nothing to explain. */
          g_assert_cmpfloat (levers->total, ==, 0.0);
          g_assert_cmpuint (levers->n_projections, ==, 1);
        }
    }
}

/* Two groups by hand: phi_A = (v(A) - v(0) + v(AB) - v(B)) / 2. */
static void
test_two_groups (void)
{
  g_autoptr(WfScenario) scenario = wf_scenario_new_preset (WF_PRESET_EXPONENTIAL_WIDESPREAD);
  g_autoptr(WfScenario) reference = wf_scenario_new_preset (WF_PRESET_INCREMENTAL_LIMITED);
  g_autoptr(WfScenario) only_a = wf_scenario_copy (reference);
  g_autoptr(WfScenario) only_b = wf_scenario_copy (reference);
  g_autoptr(WfAttribution) attribution = NULL;
  guint32 groups[2] = {
    wf_lever_group_get_levers (WF_LEVER_GROUP_ASSUMPTION),
    wf_lever_group_get_levers (WF_LEVER_GROUP_POLICY),
  };
  double v0, va, vb, vab;

  for (guint i = 0; i < WF_N_LEVERS; i++)
    {
      if (groups[0] & WF_LEVER_BIT (i))
        only_a->values[i] = scenario->values[i];
      else
        only_b->values[i] = scenario->values[i];
    }

  v0 = metric_of (reference, WF_METRIC_DISPLACED_POOL);
  va = metric_of (only_a, WF_METRIC_DISPLACED_POOL);
  vb = metric_of (only_b, WF_METRIC_DISPLACED_POOL);
  vab = metric_of (scenario, WF_METRIC_DISPLACED_POOL);

  attribution = attribute (scenario, reference, WF_METRIC_DISPLACED_POOL, groups, 2, 0);
  assert_sums (attribution);
  g_assert_cmpuint (attribution->n_projections, ==, 4);
  g_assert_cmpfloat (attribution->reference_value, ==, v0);
  g_assert_cmpfloat (attribution->scenario_value, ==, vab);
  g_assert_cmpfloat_with_epsilon (attribution->parts[0].contribution,
                                  ((va - v0) + (vab - vb)) / 2, 1e-9 * fabs (vab));
  g_assert_cmpfloat_with_epsilon (attribution->parts[1].contribution,
                                  ((vb - v0) + (vab - va)) / 2, 1e-9 * fabs (vab));
}

/* Three levers against the mean over the 3! orders of adding them. */
static void
test_orders (void)
{
  static const guint orders[6][3] = {
    { 0, 1, 2 }, { 0, 2, 1 }, { 1, 0, 2 }, { 1, 2, 0 }, { 2, 0, 1 }, { 2, 1, 0 },
  };
  static const WfLever levers[3] = {
    WF_LEVER_ADOPTION_CEILING, WF_LEVER_WORKER_PARTICIPATION, WF_LEVER_NEW_WORK_RATE,
  };
  g_autoptr(WfScenario) scenario = wf_scenario_new (NULL);
  g_autoptr(WfAttribution) attribution = NULL;
  double expected[3] = { 0.0, };

  scenario->values[WF_LEVER_ADOPTION_CEILING] = 90;
  scenario->values[WF_LEVER_WORKER_PARTICIPATION] = 60;
  scenario->values[WF_LEVER_NEW_WORK_RATE] = 1.2;

  for (guint o = 0; o < 6; o++)
    {
      g_autoptr(WfScenario) trial = wf_scenario_new (NULL);
      double before = metric_of (trial, WF_METRIC_NET_JOBS);

      for (guint k = 0; k < 3; k++)
        {
          WfLever lever = levers[orders[o][k]];
          double after;

          trial->values[lever] = scenario->values[lever];
          after = metric_of (trial, WF_METRIC_NET_JOBS);
          expected[orders[o][k]] += (after - before) / 6;
          before = after;
        }
    }

  attribution = attribute (scenario, NULL, WF_METRIC_NET_JOBS, NULL, 0, 2);
  assert_sums (attribution);
  g_assert_cmpuint (attribution->n_projections, ==, 8);
  for (guint k = 0; k < 3; k++)
    g_assert_cmpfloat_with_epsilon (attribution->parts[levers[k]].contribution, expected[k],
                                    1e-9 * MAX (1.0, fabs (attribution->total)));
}

static void
test_threads (void)
{
  g_autoptr(WfScenario) scenario = wf_scenario_new_preset (WF_PRESET_EXPONENTIAL_LIMITED);
  g_autoptr(WfAttribution) one = attribute (scenario, NULL, WF_METRIC_DIGITAL_GAP, NULL, 0, 1);
  g_autoptr(WfAttribution) two = attribute (scenario, NULL, WF_METRIC_DIGITAL_GAP, NULL, 0, 2);

  g_assert_cmpmem (one, sizeof *one, two, sizeof *two);
}

static void
test_invalid (void)
{
  g_autoptr(WfScenario) scenario = wf_scenario_new_preset (WF_PRESET_EXPONENTIAL_LIMITED);
  guint32 overlapping[2] = { WF_ALL_LEVERS, WF_LEVER_BIT (WF_LEVER_SME_LAG) };
  guint32 partial[1] = { WF_LEVER_BIT (WF_LEVER_ADOPTION_CEILING) };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  WfAttribution *attribution;
  g_autoptr(GError) error = NULL;

  attribution = wf_attribution_compute (world, scenario, NULL, WF_METRIC_NET_JOBS,
                                        overlapping, 2, 1, NULL, &error);
  g_assert_null (attribution);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  attribution = wf_attribution_compute (world, scenario, NULL, WF_METRIC_NET_JOBS,
                                        partial, 1, 1, NULL, &error);
  g_assert_null (attribution);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  g_cancellable_cancel (cancellable);
  attribution = wf_attribution_compute (world, scenario, NULL, WF_METRIC_NET_JOBS,
                                        NULL, 0, 2, cancellable, &error);
  g_assert_null (attribution);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  world = wf_dataset_new_world ();

  g_test_add_func ("/core/attribution/sums/random", test_sums_random);
  g_test_add_func ("/core/attribution/presets", test_presets);
  g_test_add_func ("/core/attribution/two-groups", test_two_groups);
  g_test_add_func ("/core/attribution/orders", test_orders);
  g_test_add_func ("/core/attribution/threads", test_threads);
  g_test_add_func ("/core/attribution/invalid", test_invalid);

  status = g_test_run ();
  wf_dataset_free (world);
  return status;
}
