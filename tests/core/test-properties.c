/* test-properties.c: the properties of MODEL.md, each able to fail
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "wf-core.h"

#define SEED 20230101

/* A lever vector drawn uniformly inside the allowed ranges. */
static void
random_levers (GRand      *rand,
               WfScenario *scenario)
{
  for (guint i = 0; i < WF_N_LEVERS; i++)
    {
      const WfLeverInfo *info = wf_lever_get_info (i);

      scenario->values[i] = g_rand_double_range (rand, info->min, info->max);
      scenario->low[i] = info->min;
      scenario->high[i] = info->max;
    }
}

static WfResults *
project (const WfDataset  *dataset,
         const WfScenario *scenario)
{
  g_autoptr(GError) error = NULL;
  WfResults *results = wf_model_project (dataset, scenario, &error);

  g_assert_no_error (error);
  return results;
}

/* 1. Adoption ceiling 0: every output equals the baseline exactly. */
static void
test_zero_adoption_is_baseline (void)
{
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);

  for (guint n = 0; n < 50; n++)
    {
      g_autoptr(WfScenario) scenario = wf_scenario_new ("Zero");
      g_autoptr(WfResults) r = NULL;
      gsize half_values, half_gradients, half_skills;

      if (n > 0)
        random_levers (rand, scenario);
      scenario->values[WF_LEVER_ADOPTION_CEILING] = 0.0;
      r = project (world, scenario);

      half_values = (gsize) r->n_years * r->n_sectors * WF_N_SEXES * WF_N_OUTPUTS;
      half_gradients = (gsize) r->n_years * r->n_sectors * WF_N_SEXES * WF_N_GRADIENTS;
      half_skills = (gsize) r->n_years * r->n_skills * WF_N_SEXES * WF_N_SKILL_OUTPUTS;
      g_assert_cmpmem (r->values, half_values * sizeof (double),
                       r->values + half_values, half_values * sizeof (double));
      g_assert_cmpmem (r->by_gradient, half_gradients * sizeof (double),
                       r->by_gradient + half_gradients, half_gradients * sizeof (double));
      g_assert_cmpmem (r->skills, half_skills * sizeof (double),
                       r->skills + half_skills, half_skills * sizeof (double));
    }

  /* And the check can fail: with adoption the two runs differ. */
  {
    g_autoptr(WfScenario) scenario = wf_scenario_new ("Default");
    g_autoptr(WfResults) r = project (world, scenario);

    g_assert_cmpfloat (wf_results_get (r, WF_RUN_SCENARIO, WF_OUTPUT_EMPLOYMENT, 7, -1, WF_SEX_ALL),
                       !=, wf_results_get (r, WF_RUN_BASELINE, WF_OUTPUT_EMPLOYMENT, 7, -1, WF_SEX_ALL));
  }
}

static void
assert_close (double      expected,
              double      actual,
              const char *what,
              guint       y,
              guint       s,
              guint       g)
{
  double scale = MAX (1.0, fabs (expected));

  if (fabs (expected - actual) > 1e-9 * scale)
    g_error ("%s: year %u sector %u sex %u: expected %.17g, got %.17g",
             what, y, s, g, expected, actual);
}

static void
check_identities (const WfResults *r)
{
  for (guint run = 0; run < WF_N_RUNS; run++)
    for (guint y = 0; y < r->n_years; y++)
      for (guint s = 0; s < r->n_sectors; s++)
        for (guint g = 0; g < WF_N_SEXES; g++)
          {
            double e = wf_results_get (r, run, WF_OUTPUT_EMPLOYMENT, y, s, g);
            double by_gradient = 0.0;

            for (guint k = 0; k < WF_N_GRADIENTS; k++)
              by_gradient += wf_results_get_gradient (r, run, y, s, g, k);
            assert_close (e, by_gradient, "employment by gradient", y, s, g);
            g_assert_cmpfloat (e, >=, 0.0);

            if (y == 0)
              continue;

            /* E(t) = E(t-1) + trend + demand effect - D + redeployed + new work */
            assert_close (e,
                          wf_results_get (r, run, WF_OUTPUT_EMPLOYMENT, y - 1, s, g)
                          + wf_results_get (r, run, WF_OUTPUT_TREND, y, s, g)
                          + wf_results_get (r, run, WF_OUTPUT_DEMAND_EFFECT, y, s, g)
                          - wf_results_get (r, run, WF_OUTPUT_DISPLACED, y, s, g)
                          + wf_results_get (r, run, WF_OUTPUT_REDEPLOYED, y, s, g)
                          + wf_results_get (r, run, WF_OUTPUT_NEW_WORK, y, s, g),
                          "employment stock-flow", y, s, g);
            /* P(t) = P(t-1) + D - redeployed - reskilled */
            assert_close (wf_results_get (r, run, WF_OUTPUT_DISPLACED_POOL, y, s, g),
                          wf_results_get (r, run, WF_OUTPUT_DISPLACED_POOL, y - 1, s, g)
                          + wf_results_get (r, run, WF_OUTPUT_DISPLACED, y, s, g)
                          - wf_results_get (r, run, WF_OUTPUT_REDEPLOYED, y, s, g)
                          - wf_results_get (r, run, WF_OUTPUT_RESKILLED, y, s, g),
                          "displaced pool stock-flow", y, s, g);
            g_assert_cmpfloat (wf_results_get (r, run, WF_OUTPUT_DISPLACED_POOL, y, s, g), >=, -1e-9);
            /* gap = max (0, requirement * E - digital workforce) */
            assert_close (wf_results_get (r, run, WF_OUTPUT_DIGITAL_GAP, y, s, g),
                          MAX (0.0, wf_results_get (r, run, WF_OUTPUT_DIGITAL_REQUIREMENT, y, s, g) * e
                                    - wf_results_get (r, run, WF_OUTPUT_DIGITAL_WORKFORCE, y, s, g)),
                          "digital gap", y, s, g);
          }
}

/* 2. The stock-flow identity holds every year for every cell. */
static void
test_stock_flow (void)
{
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED + 2);

  for (guint p = 0; p < WF_N_PRESETS; p++)
    {
      g_autoptr(WfScenario) scenario = wf_scenario_new_preset (p);
      g_autoptr(WfResults) r = project (world, scenario);

      check_identities (r);
    }
  for (guint n = 0; n < 200; n++)
    {
      g_autoptr(WfScenario) scenario = wf_scenario_new ("Random");
      g_autoptr(WfResults) r = NULL;

      random_levers (rand, scenario);
      scenario->horizon = world->base_year + 1 + g_rand_int_range (rand, 0, WF_MAX_HORIZON_SPAN);
      r = project (world, scenario);
      check_identities (r);
    }
}

static double
total_displaced (const WfResults *r)
{
  return wf_results_cumulative (r, WF_RUN_SCENARIO, WF_OUTPUT_DISPLACED, r->n_years - 1, -1, WF_SEX_ALL);
}

/* 3. Raising the ceiling never lowers cumulative displacement; raising
 *    reskilling never enlarges the displaced pool. */
static void
test_monotonicity (void)
{
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED + 3);

  for (guint n = 0; n < 60; n++)
    {
      g_autoptr(WfScenario) scenario = wf_scenario_new ("Monotone");
      g_autoptr(WfResults) previous = NULL;

      if (n > 0)
        random_levers (rand, scenario);
      scenario->horizon = n % 2 ? 2030 : 2053;

      for (double ceiling = 0; ceiling <= 100; ceiling += 5)
        {
          g_autoptr(WfResults) r = NULL;

          scenario->values[WF_LEVER_ADOPTION_CEILING] = ceiling;
          r = project (world, scenario);
          if (previous != NULL)
            g_assert_cmpfloat (total_displaced (r), >=, total_displaced (previous));
          g_clear_pointer (&previous, wf_results_free);
          previous = g_steal_pointer (&r);
        }
      g_clear_pointer (&previous, wf_results_free);

      for (double rho = 0; rho <= 100; rho += 5)
        {
          g_autoptr(WfResults) r = NULL;

          scenario->values[WF_LEVER_RESKILLING] = rho;
          r = project (world, scenario);
          if (previous != NULL)
            for (guint y = 0; y < r->n_years; y++)
              for (guint s = 0; s < r->n_sectors; s++)
                g_assert_cmpfloat (wf_results_get (r, WF_RUN_SCENARIO, WF_OUTPUT_DISPLACED_POOL, y, s, WF_SEX_ALL),
                                   <=, wf_results_get (previous, WF_RUN_SCENARIO, WF_OUTPUT_DISPLACED_POOL, y, s, WF_SEX_ALL)
                                       * (1 + 1e-12) + 1e-9);
          g_clear_pointer (&previous, wf_results_free);
          previous = g_steal_pointer (&r);
        }
      g_clear_pointer (&previous, wf_results_free);
    }
}

/* 4. Only augmentation: employment >= baseline when every eps > 1 and
 *    <= baseline when every eps < 1. */
static void
check_bessen (double elasticity,
              int    sign)
{
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED + 4);

  for (guint s = 0; s < world->n_sectors; s++)
    world->sectors[s].elasticity = elasticity;

  for (guint n = 0; n < 100; n++)
    {
      g_autoptr(WfScenario) scenario = wf_scenario_new ("Augmentation only");
      g_autoptr(WfResults) r = NULL;
      gboolean moved = FALSE;

      random_levers (rand, scenario);
      scenario->values[WF_LEVER_AUTOMATION_SHARE] = 0.0;
      scenario->values[WF_LEVER_DEMAND_ELASTICITY] = 1.0;
      scenario->values[WF_LEVER_ADOPTION_CEILING] = MAX (scenario->values[WF_LEVER_ADOPTION_CEILING], 10);
      scenario->values[WF_LEVER_AUGMENTATION_GAIN] = MAX (scenario->values[WF_LEVER_AUGMENTATION_GAIN], 5);
      r = project (world, scenario);

      for (guint y = 0; y < r->n_years; y++)
        for (guint s = 0; s < r->n_sectors; s++)
          for (guint g = 0; g < WF_N_SEXES; g++)
            {
              double e = wf_results_get (r, WF_RUN_SCENARIO, WF_OUTPUT_EMPLOYMENT, y, s, g);
              double b = wf_results_get (r, WF_RUN_BASELINE, WF_OUTPUT_EMPLOYMENT, y, s, g);

              g_assert_cmpfloat (wf_results_get (r, WF_RUN_SCENARIO, WF_OUTPUT_DISPLACED, y, s, g), ==, 0.0);
              if (sign > 0)
                g_assert_cmpfloat (e, >=, b);
              else
                g_assert_cmpfloat (e, <=, b);
              if (e != b)
                moved = TRUE;
            }
      /* Not trivially so: augmentation does change employment. */
      g_assert_true (moved);
    }
}

static void
test_bessen_elastic (void)
{
  check_bessen (1.6, +1);
}

static void
test_bessen_inelastic (void)
{
  check_bessen (0.4, -1);
}

/* 5. Symmetric women/men data with gamma_F = 1: identical results. */
static void
test_symmetry (void)
{
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED + 5);

  for (guint s = 0; s < world->n_sectors; s++)
    {
      WfSector *sector = &world->sectors[s];

      sector->employment[WF_SEX_WOMEN] = sector->employment[WF_SEX_MEN];
      memcpy (sector->exposure[WF_SEX_WOMEN], sector->exposure[WF_SEX_MEN], sizeof sector->exposure[0]);
      sector->digital_requirement[WF_SEX_WOMEN] = sector->digital_requirement[WF_SEX_MEN];
      sector->digital_workforce[WF_SEX_WOMEN] = sector->digital_workforce[WF_SEX_MEN];
    }

  for (guint n = 0; n < 100; n++)
    {
      g_autoptr(WfScenario) scenario = wf_scenario_new ("Symmetric");
      g_autoptr(WfResults) r = NULL;

      if (n > 0)
        random_levers (rand, scenario);
      scenario->values[WF_LEVER_WOMEN_TRAINING_ACCESS] = 1.0;
      r = project (world, scenario);

      for (guint run = 0; run < WF_N_RUNS; run++)
        for (guint y = 0; y < r->n_years; y++)
          {
            for (guint s = 0; s < r->n_sectors; s++)
              {
                g_assert_cmpmem (wf_results_cell (r, run, y, s, WF_SEX_WOMEN), WF_N_OUTPUTS * sizeof (double),
                                 wf_results_cell (r, run, y, s, WF_SEX_MEN), WF_N_OUTPUTS * sizeof (double));
                for (guint k = 0; k < WF_N_GRADIENTS; k++)
                  g_assert_cmpfloat (wf_results_get_gradient (r, run, y, s, WF_SEX_WOMEN, k),
                                     ==, wf_results_get_gradient (r, run, y, s, WF_SEX_MEN, k));
              }
            for (guint j = 0; j < r->n_skills; j++)
              for (guint o = 0; o < WF_N_SKILL_OUTPUTS; o++)
                g_assert_cmpfloat (wf_results_get_skill (r, run, o, y, j, WF_SEX_WOMEN),
                                   ==, wf_results_get_skill (r, run, o, y, j, WF_SEX_MEN));
          }
    }

  /* The check can fail: unequal access makes women's results differ. */
  {
    g_autoptr(WfScenario) scenario = wf_scenario_new ("Unequal");
    g_autoptr(WfResults) r = NULL;

    scenario->values[WF_LEVER_WOMEN_TRAINING_ACCESS] = 0.5;
    r = project (world, scenario);
    g_assert_cmpfloat (wf_results_get (r, WF_RUN_SCENARIO, WF_OUTPUT_DIGITAL_WORKFORCE, 7, -1, WF_SEX_WOMEN),
                       <, wf_results_get (r, WF_RUN_SCENARIO, WF_OUTPUT_DIGITAL_WORKFORCE, 7, -1, WF_SEX_MEN));
  }
}

/* 7. No NaN or infinity for any lever vector inside the allowed ranges. */
static void
test_finite (void)
{
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED + 7);
  g_autoptr(WfScenario) scenario = wf_scenario_new ("Random");
  g_autoptr(WfResults) r = wf_results_new (world->base_year, world->base_year + WF_MAX_HORIZON_SPAN,
                                           world->n_sectors, world->n_skills);
  guint vectors = 5000;

  scenario->horizon = world->base_year + WF_MAX_HORIZON_SPAN;
  for (guint n = 0; n < vectors; n++)
    {
      g_autoptr(GError) error = NULL;
      gsize count = (gsize) WF_N_RUNS * r->n_years * r->n_sectors * WF_N_SEXES;

      random_levers (rand, scenario);
      /* The corners of the lever space, where trouble hides. */
      if (n % 4 == 0)
        for (guint i = 0; i < WF_N_LEVERS; i++)
          if (g_rand_boolean (rand))
            {
              const WfLeverInfo *info = wf_lever_get_info (i);

              scenario->values[i] = g_rand_boolean (rand) ? info->min : info->max;
            }

      g_assert_true (wf_model_project_into (world, scenario, r, &error));
      g_assert_no_error (error);

      for (gsize i = 0; i < count * WF_N_OUTPUTS; i++)
        if (!isfinite (r->values[i]))
          g_error ("vector %u: output %zu is %g", n, i % WF_N_OUTPUTS, r->values[i]);
      for (gsize i = 0; i < count * WF_N_GRADIENTS; i++)
        g_assert_true (isfinite (r->by_gradient[i]));
      for (gsize i = 0; i < (gsize) WF_N_RUNS * r->n_years * r->n_skills * WF_N_SEXES * WF_N_SKILL_OUTPUTS; i++)
        g_assert_true (isfinite (r->skills[i]));
    }
}

/* 8. The same scenario gives bit-identical output, also into reused results. */
static void
test_determinism (void)
{
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  g_autoptr(WfScenario) scenario = wf_scenario_new_preset (WF_PRESET_EXPONENTIAL_LIMITED);
  g_autoptr(WfScenario) other = wf_scenario_new_preset (WF_PRESET_INCREMENTAL_WIDESPREAD);
  g_autoptr(WfResults) a = project (world, scenario);
  g_autoptr(WfResults) b = project (world, scenario);
  g_autoptr(WfResults) c = project (world, other);

  g_assert_true (wf_results_equal (a, b));
  g_assert_false (wf_results_equal (a, c));
  /* Reusing results that held another projection leaves no trace of it. */
  g_assert_true (wf_model_project_into (world, scenario, c, NULL));
  g_assert_true (wf_results_equal (a, c));
  {
    g_autoptr(WfResults) copy = wf_results_copy (a);

    g_assert_true (wf_results_equal (a, copy));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/properties/1-zero-adoption-is-baseline", test_zero_adoption_is_baseline);
  g_test_add_func ("/core/properties/2-stock-flow", test_stock_flow);
  g_test_add_func ("/core/properties/3-monotonicity", test_monotonicity);
  g_test_add_func ("/core/properties/4-bessen-elastic", test_bessen_elastic);
  g_test_add_func ("/core/properties/4-bessen-inelastic", test_bessen_inelastic);
  g_test_add_func ("/core/properties/5-symmetry", test_symmetry);
  g_test_add_func ("/core/properties/7-finite", test_finite);
  g_test_add_func ("/core/properties/8-determinism", test_determinism);

  return g_test_run ();
}
