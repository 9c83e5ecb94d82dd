/* test-properties.c: the ten properties of the model (docs/model.md), each able to fail
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

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
      gsize half_values, half_gradients, half_skills, half_labour;

      if (n > 0)
        random_levers (rand, scenario);
      scenario->values[WF_LEVER_ADOPTION_CEILING] = 0.0;
      r = project (world, scenario);

      half_values = (gsize) r->n_years * r->n_sectors * WF_N_SEXES * WF_N_OUTPUTS;
      half_gradients = (gsize) r->n_years * r->n_sectors * WF_N_SEXES * WF_N_GRADIENTS;
      half_skills = (gsize) r->n_years * r->n_skills * WF_N_SEXES * WF_N_SKILL_OUTPUTS;
      half_labour = (gsize) r->n_years * WF_N_SEXES * WF_N_LABOUR_OUTPUTS;
      g_assert_cmpmem (r->values, half_values * sizeof (double),
                       r->values + half_values, half_values * sizeof (double));
      g_assert_cmpmem (r->by_gradient, half_gradients * sizeof (double),
                       r->by_gradient + half_gradients, half_gradients * sizeof (double));
      g_assert_cmpmem (r->skills, half_skills * sizeof (double),
                       r->skills + half_skills, half_skills * sizeof (double));
      g_assert_cmpmem (r->labour, half_labour * sizeof (double),
                       r->labour + half_labour, half_labour * sizeof (double));
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

static double
get (const WfResults *r,
     guint            run,
     WfOutput         output,
     guint            y,
     int              s,
     int              g)
{
  return wf_results_get (r, run, output, y, s, g);
}

/* Every stock-flow identity of the model, every year, cell and sex, to
 * 1e-9 relative: nobody appears or vanishes. */
static void
check_identities (const WfDataset *dataset,
                  const WfResults *r)
{
  for (guint run = 0; run < WF_N_RUNS; run++)
    for (guint y = 0; y < r->n_years; y++)
      {
        for (guint s = 0; s < r->n_sectors; s++)
          {


            for (guint g = 0; g < WF_N_SEXES; g++)
              {
                double e = get (r, run, WF_OUTPUT_EMPLOYMENT, y, s, g);
                double by_gradient = 0.0;
                double pool = get (r, run, WF_OUTPUT_DISPLACED_POOL, y, s, g);

                for (guint k = 0; k < WF_N_GRADIENTS; k++)
                  by_gradient += wf_results_get_gradient (r, run, y, s, g, k);
                assert_close (e, by_gradient, "employment by gradient", y, s, g);
                g_assert_cmpfloat (e, >=, 0.0);
                assert_close (pool, get (r, run, WF_OUTPUT_POOL_TRAINED, y, s, g)
                                    + get (r, run, WF_OUTPUT_POOL_UNTRAINED, y, s, g),
                              "pool = trained + untrained", y, s, g);
                g_assert_cmpfloat (get (r, run, WF_OUTPUT_POOL_TRAINED, y, s, g), >=, -1e-9);
                g_assert_cmpfloat (get (r, run, WF_OUTPUT_POOL_UNTRAINED, y, s, g), >=, -1e-9);
                /* gap = max (0, requirement * E - digital workforce) */
                assert_close (get (r, run, WF_OUTPUT_DIGITAL_GAP, y, s, g),
                              MAX (0.0, get (r, run, WF_OUTPUT_DIGITAL_REQUIREMENT, y, s, g) * e
                                        - get (r, run, WF_OUTPUT_DIGITAL_WORKFORCE, y, s, g)),
                              "digital gap", y, s, g);
                g_assert_cmpfloat (get (r, run, WF_OUTPUT_DIGITAL_WORKFORCE, y, s, g), <=, e * (1 + 1e-12) + 1e-9);

                if (y == 0)
                  continue;

                /* The waterfall: E(t) = E(t-1) + trend + demand - D
                 * + redeployed + new work - ordinary openings unfilled. */
                assert_close (e,
                              get (r, run, WF_OUTPUT_EMPLOYMENT, y - 1, s, g)
                              + get (r, run, WF_OUTPUT_TREND, y, s, g)
                              + get (r, run, WF_OUTPUT_DEMAND_EFFECT, y, s, g)
                              - get (r, run, WF_OUTPUT_DISPLACED, y, s, g)
                              + get (r, run, WF_OUTPUT_REDEPLOYED, y, s, g)
                              + get (r, run, WF_OUTPUT_NEW_WORK, y, s, g)
                              - (get (r, run, WF_OUTPUT_OPENINGS, y, s, g)
                                 - get (r, run, WF_OUTPUT_HIRES, y, s, g)),
                              "employment waterfall", y, s, g);
                /* The flows of people: E(t) = E(t-1) - exits - D - other
                 * losses + hires + redeployed + new work. */
                assert_close (e,
                              get (r, run, WF_OUTPUT_EMPLOYMENT, y - 1, s, g)
                              - get (r, run, WF_OUTPUT_SEPARATIONS, y, s, g)
                              - get (r, run, WF_OUTPUT_DISPLACED, y, s, g)
                              - get (r, run, WF_OUTPUT_OTHER_JOB_LOSSES, y, s, g)
                              + get (r, run, WF_OUTPUT_HIRES, y, s, g)
                              + get (r, run, WF_OUTPUT_REDEPLOYED, y, s, g)
                              + get (r, run, WF_OUTPUT_NEW_WORK, y, s, g),
                              "employment flows", y, s, g);
                g_assert_cmpfloat (get (r, run, WF_OUTPUT_HIRES, y, s, g), <=,
                                   get (r, run, WF_OUTPUT_OPENINGS, y, s, g) * (1 + 1e-12) + 1e-9);
                /* D = redeployed + laid off */
                assert_close (get (r, run, WF_OUTPUT_DISPLACED, y, s, g),
                              get (r, run, WF_OUTPUT_REDEPLOYED, y, s, g)
                              + get (r, run, WF_OUTPUT_LAID_OFF, y, s, g),
                              "displaced = redeployed + laid off", y, s, g);
                /* P(t) = P(t-1) + laid off - re-employed - left */
                assert_close (pool,
                              get (r, run, WF_OUTPUT_DISPLACED_POOL, y - 1, s, g)
                              + get (r, run, WF_OUTPUT_LAID_OFF, y, s, g)
                              - get (r, run, WF_OUTPUT_REEMPLOYED, y, s, g)
                              - get (r, run, WF_OUTPUT_LEFT_LABOUR_FORCE, y, s, g),
                              "displaced pool", y, s, g);
                /* The trained pool grows only by reskilling. */
                g_assert_cmpfloat (get (r, run, WF_OUTPUT_POOL_TRAINED, y, s, g), <=,
                                   get (r, run, WF_OUTPUT_POOL_TRAINED, y - 1, s, g)
                                   + get (r, run, WF_OUTPUT_RESKILLED, y, s, g) + 1e-9);

                /* New work on offer = created + what did not lapse =
                 * filled + the skills shortage. */
                assert_close (get (r, run, WF_OUTPUT_NEW_WORK_CREATED, y, s, g)
                              + get (r, run, WF_OUTPUT_SKILLS_SHORTAGE, y - 1, s, g)
                                * (1.0 - dataset->shortage_lapse_rate),
                              get (r, run, WF_OUTPUT_NEW_WORK, y, s, g)
                              + get (r, run, WF_OUTPUT_SKILLS_SHORTAGE, y, s, g),
                              "new work openings", y, s, g);
                g_assert_cmpfloat (get (r, run, WF_OUTPUT_SKILLS_SHORTAGE, y, s, g), >=, -1e-9);
              }
          }

        /* The labour force of each sex: employed + unemployed, moving only
         * by entrants, exits and those who stop looking. */
        for (guint g = 0; g < WF_N_SEXES; g++)
          {
            double force = wf_results_get_labour (r, run, WF_LABOUR_FORCE, y, g);
            double employed = get (r, run, WF_OUTPUT_EMPLOYMENT, y, -1, g);
            double pools = get (r, run, WF_OUTPUT_DISPLACED_POOL, y, -1, g);
            double other = wf_results_get_labour (r, run, WF_LABOUR_OTHER_UNEMPLOYED, y, g);

            assert_close (force, employed + other + pools, "labour force identity", y, 0, g);
            assert_close (wf_results_get_labour (r, run, WF_LABOUR_UNEMPLOYED, y, g), other + pools,
                          "unemployed", y, 0, g);
            g_assert_cmpfloat (other, >=, -1e-9);
            if (y == 0)
              {
                assert_close (force, wf_dataset_total_employment (dataset, g) + dataset->unemployed[g],
                              "base-year labour force", y, 0, g);
                continue;
              }
            assert_close (force,
                          wf_results_get_labour (r, run, WF_LABOUR_FORCE, y - 1, g)
                          + wf_results_get_labour (r, run, WF_LABOUR_ENTRANTS, y, g)
                          - wf_results_get_labour (r, run, WF_LABOUR_RETIREMENTS, y, g)
                          - wf_results_get_labour (r, run, WF_LABOUR_LEFT, y, g),
                          "labour force flows", y, 0, g);
            assert_close (wf_results_get_labour (r, run, WF_LABOUR_RETIREMENTS, y, g),
                          get (r, run, WF_OUTPUT_SEPARATIONS, y, -1, g), "retirements", y, 0, g);
            assert_close (wf_results_get_labour (r, run, WF_LABOUR_LEFT, y, g),
                          get (r, run, WF_OUTPUT_LEFT_LABOUR_FORCE, y, -1, g), "left", y, 0, g);
            /* Openings = hires + unfilled. */
            assert_close (get (r, run, WF_OUTPUT_OPENINGS, y, -1, g),
                          get (r, run, WF_OUTPUT_HIRES, y, -1, g)
                          + wf_results_get_labour (r, run, WF_LABOUR_UNFILLED, y, g),
                          "openings = hires + unfilled", y, 0, g);
            /* Other job seekers: + entrants + other job losses - those
             * hired who were not displaced by AI. */
            assert_close (other,
                          wf_results_get_labour (r, run, WF_LABOUR_OTHER_UNEMPLOYED, y - 1, g)
                          + wf_results_get_labour (r, run, WF_LABOUR_ENTRANTS, y, g)
                          + get (r, run, WF_OUTPUT_OTHER_JOB_LOSSES, y, -1, g)
                          - (get (r, run, WF_OUTPUT_HIRES, y, -1, g)
                             + get (r, run, WF_OUTPUT_NEW_WORK, y, -1, g)
                             - get (r, run, WF_OUTPUT_REEMPLOYED, y, -1, g)),
                          "other job seekers", y, 0, g);
          }
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

      check_identities (world, r);
    }
  /* Thousands of random lever vectors and horizons. */
  for (guint n = 0; n < 2000; n++)
    {
      g_autoptr(WfScenario) scenario = wf_scenario_new ("Random");
      g_autoptr(WfResults) r = NULL;

      random_levers (rand, scenario);
      scenario->horizon = world->base_year + 1 + g_rand_int_range (rand, 0, WF_MAX_HORIZON_SPAN);
      r = project (world, scenario);
      check_identities (world, r);
    }
}

static double
total_displaced (const WfResults *r)
{
  return wf_results_cumulative (r, WF_RUN_SCENARIO, WF_OUTPUT_DISPLACED, r->n_years - 1, -1, WF_SEX_ALL);
}

/* 3. Raising the ceiling never lowers cumulative displacement; raising
 *    reskilling never enlarges the displaced pool. */
/* Laid off and not re-employed by year y: still looking or left the
 * labour force. */
static double
out_of_work (const WfResults *r,
             guint            y)
{
  return wf_results_displaced_out_of_work (r, WF_RUN_SCENARIO, y, WF_SEX_ALL);
}

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
          /* The displaced still out of work (looking, or given up) over
           * the whole economy: more trained job seekers compete for the
           * same openings, so one sector's pool may grow while the total
           * falls; and fewer give up looking, so those still looking may
           * grow while those out of work fall. */
          if (previous != NULL)
            for (guint y = 0; y < r->n_years; y++)
              g_assert_cmpfloat (out_of_work (r, y), <=, out_of_work (previous, y) * (1 + 1e-12) + 1e-6);
          g_clear_pointer (&previous, wf_results_free);
          previous = g_steal_pointer (&r);
        }
      g_clear_pointer (&previous, wf_results_free);
    }
}

/* 4. Only augmentation (alpha = 0) with s_L = 1: employment >= baseline
 *    when every eps > 1 and <= baseline when every eps < 1. New work is
 *    off (nu = 0): it adds jobs whatever the elasticity, which is not the
 *    property. */
static void
check_bessen (double elasticity,
              int    sign)
{
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED + 4);

  for (guint s = 0; s < world->n_sectors; s++)
    {
      world->sectors[s].elasticity = elasticity;
      world->sectors[s].labour_cost_share = 1.0;
    }

  for (guint n = 0; n < 100; n++)
    {
      g_autoptr(WfScenario) scenario = wf_scenario_new ("Augmentation only");
      g_autoptr(WfResults) r = NULL;
      gboolean moved = FALSE;

      random_levers (rand, scenario);
      scenario->values[WF_LEVER_AUTOMATION_SHARE] = 0.0;
      scenario->values[WF_LEVER_NEW_WORK_RATE] = 0.0;
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
  world->labour_force[WF_SEX_WOMEN] = world->labour_force[WF_SEX_MEN];
  world->unemployed[WF_SEX_WOMEN] = world->unemployed[WF_SEX_MEN];
  world->labour_force_growth[WF_SEX_WOMEN] = world->labour_force_growth[WF_SEX_MEN];
  world->new_work_ready[WF_SEX_WOMEN] = world->new_work_ready[WF_SEX_MEN];
  g_assert_true (wf_dataset_validate (world, NULL));

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
            g_assert_cmpmem (wf_results_labour_cell (r, run, y, WF_SEX_WOMEN),
                             WF_N_LABOUR_OUTPUTS * sizeof (double),
                             wf_results_labour_cell (r, run, y, WF_SEX_MEN),
                             WF_N_LABOUR_OUTPUTS * sizeof (double));
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
      for (gsize i = 0; i < (gsize) WF_N_RUNS * r->n_years * WF_N_SEXES * WF_N_LABOUR_OUTPUTS; i++)
        g_assert_true (isfinite (r->labour[i]));
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

/* 6. The bundled world dataset at its base year: the published exposure
 *    figures (ILO WP 140) and a labour market that agrees with its sources
 *    (ILO WESO Trends 2023: labour force 3,601.7 million, women 1,430.6,
 *    men 2,171.1; unemployment 5.0 %). */
static void
test_world_base_year (void)
{
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  double employed = wf_dataset_total_employment (world, WF_SEX_ALL);
  double force = 0.0, unemployed = 0.0;

  g_assert_true (wf_dataset_validate (world, NULL));
  g_assert_cmpfloat_with_epsilon (wf_dataset_exposed_share (world, WF_SEX_ALL, 1), 0.25, 0.005);
  g_assert_cmpfloat_with_epsilon (wf_dataset_exposed_share (world, WF_SEX_ALL, 4), 0.033, 0.001);
  g_assert_cmpfloat_with_epsilon (wf_dataset_exposed_share (world, WF_SEX_WOMEN, 4), 0.047, 0.001);
  g_assert_cmpfloat_with_epsilon (wf_dataset_exposed_share (world, WF_SEX_MEN, 4), 0.024, 0.001);

  for (guint g = 0; g < WF_N_SEXES; g++)
    {
      force += world->labour_force[g];
      unemployed += world->unemployed[g];
      g_assert_cmpfloat_with_epsilon (wf_dataset_total_employment (world, g),
                                      world->labour_force[g] - world->unemployed[g], 1e-6);
    }
  g_assert_cmpfloat_with_epsilon (force, 3601700.0, 50.0);
  g_assert_cmpfloat_with_epsilon (world->labour_force[WF_SEX_WOMEN], 1430600.0, 50.0);
  g_assert_cmpfloat_with_epsilon (world->labour_force[WF_SEX_MEN], 2171100.0, 50.0);
  g_assert_cmpfloat_with_epsilon (unemployed / force, 0.050, 0.0005);
  g_assert_cmpfloat_with_epsilon (employed, force - unemployed, 1e-6);

  /* And what the model starts from is the same. */
  {
    g_autoptr(WfScenario) scenario = wf_scenario_new ("Default");
    g_autoptr(WfResults) r = project (world, scenario);

    g_assert_cmpfloat_with_epsilon (wf_results_get_labour (r, WF_RUN_SCENARIO, WF_LABOUR_FORCE, 0, WF_SEX_ALL),
                                    3601700.0, 50.0);
    g_assert_cmpfloat_with_epsilon (wf_results_get_labour (r, WF_RUN_SCENARIO, WF_LABOUR_UNEMPLOYMENT_RATE, 0, WF_SEX_ALL),
                                    0.050, 0.0005);
  }
}

/* A dataset whose employment, labour force and unemployment disagree is
 * refused, and the message names the sex and the three figures. */
static void
test_inconsistent_labour_market (void)
{
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  g_autoptr(GError) error = NULL;

  world->labour_force[WF_SEX_WOMEN] *= 1.02;
  g_assert_false (wf_dataset_validate (world, &error));
  g_assert_error (error, WF_CORE_ERROR, WF_CORE_ERROR_INVALID_DATASET);
  g_assert_nonnull (strstr (error->message, "Women"));
  g_assert_nonnull (strstr (error->message, "1459212"));   /* 1,430,600 * 1.02 */
  g_assert_nonnull (strstr (error->message, "71530"));     /* unemployed */
  g_assert_nonnull (strstr (error->message, "1359070"));   /* employed */

  /* Within the tolerance it is accepted. */
  g_clear_error (&error);
  world->labour_force[WF_SEX_WOMEN] /= 1.02;
  world->labour_force[WF_SEX_WOMEN] += 0.5 * WF_DATASET_LABOUR_TOLERANCE * world->labour_force[WF_SEX_WOMEN];
  g_assert_true (wf_dataset_validate (world, &error));
  g_assert_no_error (error);
}

static double
horizon_value (const WfResults *r,
               WfOutput         output,
               int              sex)
{
  return wf_results_get (r, WF_RUN_SCENARIO, output, r->n_years - 1, -1, sex);
}

static double
net_jobs (const WfResults *r,
          int              sex)
{
  return horizon_value (r, WF_OUTPUT_EMPLOYMENT, sex)
         - wf_results_get (r, WF_RUN_BASELINE, WF_OUTPUT_EMPLOYMENT, r->n_years - 1, -1, sex);
}

/* The displaced still out of work at the horizon: looking, or given up. */
static double
still_out (const WfResults *r,
           int              sex)
{
  return wf_results_displaced_out_of_work (r, WF_RUN_SCENARIO, r->n_years - 1, sex);
}

/* 9. Policy matters whenever there is displacement and new work. */
static void
test_policy_matters (void)
{
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED + 9);
  guint strict_employment = 0;

  for (guint n = 0; n < 300; n++)
    {
      g_autoptr(WfScenario) scenario = n < WF_N_PRESETS ? wf_scenario_new_preset (n)
                                                        : wf_scenario_new ("Random");
      g_autoptr(WfScenario) more = NULL;
      g_autoptr(WfResults) r = NULL;

      if (n >= WF_N_PRESETS)
        random_levers (rand, scenario);
      /* There is displacement and new work. */
      scenario->values[WF_LEVER_ADOPTION_CEILING] = MAX (scenario->values[WF_LEVER_ADOPTION_CEILING], 20);
      scenario->values[WF_LEVER_AUTOMATION_SHARE] = MAX (scenario->values[WF_LEVER_AUTOMATION_SHARE], 10);
      scenario->values[WF_LEVER_NEW_WORK_RATE] = MAX (scenario->values[WF_LEVER_NEW_WORK_RATE], 0.2);
      scenario->values[WF_LEVER_WORKER_PARTICIPATION] = MIN (scenario->values[WF_LEVER_WORKER_PARTICIPATION], 70);
      r = project (world, scenario);
      g_assert_cmpfloat (still_out (r, WF_SEX_ALL), >, 0.0);

      /* Reskilling: a smaller pool, never fewer jobs, and more jobs when
       * new work is short of skilled people. */
      more = wf_scenario_copy (scenario);
      more->values[WF_LEVER_RESKILLING] = MIN (100, scenario->values[WF_LEVER_RESKILLING] + 20);
      if (more->values[WF_LEVER_RESKILLING] > scenario->values[WF_LEVER_RESKILLING])
        {
          g_autoptr(WfResults) m = project (world, more);

          /* Strictly, unless every job seeker finds work anyway (a labour
           * shortage: nobody displaced is still looking). */
          if (horizon_value (r, WF_OUTPUT_DISPLACED_POOL, WF_SEX_ALL) > 1.0)
            g_assert_cmpfloat (still_out (m, WF_SEX_ALL), <, still_out (r, WF_SEX_ALL));
          else
            g_assert_cmpfloat (still_out (m, WF_SEX_ALL), <=, still_out (r, WF_SEX_ALL) * (1 + 1e-12));
          g_assert_cmpfloat (horizon_value (m, WF_OUTPUT_EMPLOYMENT, WF_SEX_ALL), >=,
                             horizon_value (r, WF_OUTPUT_EMPLOYMENT, WF_SEX_ALL) * (1 - 1e-12));
          if (horizon_value (r, WF_OUTPUT_SKILLS_SHORTAGE, WF_SEX_ALL) > 1.0)
            {
              g_assert_cmpfloat (horizon_value (m, WF_OUTPUT_EMPLOYMENT, WF_SEX_ALL), >,
                                 horizon_value (r, WF_OUTPUT_EMPLOYMENT, WF_SEX_ALL));
              strict_employment++;
            }
        }
      g_clear_pointer (&more, wf_scenario_free);

      /* Digital upskilling: a smaller skills shortage (when there is one)
       * and higher realised productivity. */
      more = wf_scenario_copy (scenario);
      more->values[WF_LEVER_DIGITAL_UPSKILLING] = MIN (30, scenario->values[WF_LEVER_DIGITAL_UPSKILLING] + 5);
      if (more->values[WF_LEVER_DIGITAL_UPSKILLING] > scenario->values[WF_LEVER_DIGITAL_UPSKILLING] &&
          scenario->values[WF_LEVER_AUGMENTATION_GAIN] > 0.0)
        {
          g_autoptr(WfResults) m = project (world, more);

          if (horizon_value (r, WF_OUTPUT_SKILLS_SHORTAGE, WF_SEX_ALL) > 1.0)
            g_assert_cmpfloat (horizon_value (m, WF_OUTPUT_SKILLS_SHORTAGE, WF_SEX_ALL), <,
                               horizon_value (r, WF_OUTPUT_SKILLS_SHORTAGE, WF_SEX_ALL));
          g_assert_cmpfloat (wf_metric_evaluate (m, WF_METRIC_PRODUCTIVITY), >,
                             wf_metric_evaluate (r, WF_METRIC_PRODUCTIVITY));
        }
      g_clear_pointer (&more, wf_scenario_free);

      /* Women's access to training: women's pool falls against men's,
       * as long as their training is not already every displaced woman
       * every year (rho * gamma_F capped at 1). */
      more = wf_scenario_copy (scenario);
      more->values[WF_LEVER_WOMEN_TRAINING_ACCESS] = MIN (1.5, scenario->values[WF_LEVER_WOMEN_TRAINING_ACCESS] + 0.25);
      if (more->values[WF_LEVER_WOMEN_TRAINING_ACCESS] > scenario->values[WF_LEVER_WOMEN_TRAINING_ACCESS] &&
          scenario->values[WF_LEVER_RESKILLING] > 0.0 &&
          scenario->values[WF_LEVER_RESKILLING] / 100.0 * more->values[WF_LEVER_WOMEN_TRAINING_ACCESS] < 1.0)
        {
          g_autoptr(WfResults) m = project (world, more);

          double before = still_out (r, WF_SEX_WOMEN) / still_out (r, WF_SEX_MEN);
          double after = still_out (m, WF_SEX_WOMEN) / still_out (m, WF_SEX_MEN);

          if (horizon_value (r, WF_OUTPUT_DISPLACED_POOL, WF_SEX_WOMEN) > 1.0)
            g_assert_cmpfloat (after, <, before);
          else
            g_assert_cmpfloat (after, <=, before * (1 + 1e-12));
        }
      g_clear_pointer (&more, wf_scenario_free);

      /* Worker participation: more redeployed, a smaller pool. */
      more = wf_scenario_copy (scenario);
      more->values[WF_LEVER_WORKER_PARTICIPATION] += 10;
      {
        g_autoptr(WfResults) m = project (world, more);

        g_assert_cmpfloat (still_out (m, WF_SEX_ALL), <, still_out (r, WF_SEX_ALL));
      }
    }
  /* The strict case was met, not skipped every time. */
  g_assert_cmpuint (strict_employment, >, 10);
}

/* 9. No dead lever: in the default scenario every lever swings at least
 *    one headline indicator in the tornado. */
static void
test_no_dead_lever (void)
{
  static const WfMetric headline[] = {
    WF_METRIC_NET_JOBS, WF_METRIC_DISPLACED_POOL, WF_METRIC_JOBS_TRANSFORMED,
    WF_METRIC_WOMEN_SHARE_OF_DISPLACEMENT, WF_METRIC_DIGITAL_GAP, WF_METRIC_SKILLS_SHORTAGE,
    WF_METRIC_UNEMPLOYMENT_RATE_CHANGE, WF_METRIC_DISPLACED_OUT_OF_WORK,
  };
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  g_autoptr(WfScenario) scenario = wf_scenario_new ("Default");
  double swing[WF_N_LEVERS] = { 0.0, };

  for (guint m = 0; m < G_N_ELEMENTS (headline); m++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(WfTornado) tornado = wf_tornado_compute (world, scenario, headline[m], &error);

      g_assert_no_error (error);
      for (guint i = 0; i < tornado->n_bars; i++)
        {
          double scale = MAX (1e-9, fabs (tornado->central));

          swing[tornado->bars[i].lever] = MAX (swing[tornado->bars[i].lever],
                                               tornado->bars[i].swing / scale);
        }
    }

  for (guint l = 0; l < WF_N_LEVERS; l++)
    if (swing[l] < 1e-4)
      g_error ("the lever “%s” swings no headline indicator (largest relative swing %g)",
               wf_lever_get_id (l), swing[l]);
}

/* 10. Readiness matters: for each AI pace, limited readiness ends with
 *     fewer net jobs and more people displaced and out of work than
 *     widespread readiness; and net job losses are possible inside the
 *     levers' uncertainty ranges. */
static void
test_readiness_matters (void)
{
  static const struct { WfPreset limited, widespread; } paces[] = {
    { WF_PRESET_INCREMENTAL_LIMITED, WF_PRESET_INCREMENTAL_WIDESPREAD },
    { WF_PRESET_EXPONENTIAL_LIMITED, WF_PRESET_EXPONENTIAL_WIDESPREAD },
  };
  g_autoptr(WfDataset) world = wf_dataset_new_world ();

  for (guint i = 0; i < G_N_ELEMENTS (paces); i++)
    {
      g_autoptr(WfScenario) limited = wf_scenario_new_preset (paces[i].limited);
      g_autoptr(WfScenario) widespread = wf_scenario_new_preset (paces[i].widespread);
      g_autoptr(WfResults) l = project (world, limited);
      g_autoptr(WfResults) w = project (world, widespread);

      g_assert_cmpfloat (net_jobs (l, WF_SEX_ALL), <, net_jobs (w, WF_SEX_ALL));
      g_assert_cmpfloat (horizon_value (l, WF_OUTPUT_DISPLACED_POOL, WF_SEX_ALL), >,
                         horizon_value (w, WF_OUTPUT_DISPLACED_POOL, WF_SEX_ALL));
    }

  /* The default scenario with every lever at the unfavourable end of its
   * own uncertainty range loses jobs against the baseline. */
  {
    g_autoptr(WfScenario) scenario = wf_scenario_new ("Unfavourable");
    g_autoptr(WfResults) r = NULL;
    static const struct { WfLever lever; gboolean high; } ends[] = {
      { WF_LEVER_ADOPTION_CEILING, TRUE }, { WF_LEVER_AUTOMATION_SHARE, TRUE },
      { WF_LEVER_NEW_WORK_RATE, FALSE }, { WF_LEVER_DEMAND_ELASTICITY, FALSE },
      { WF_LEVER_RESKILLING, FALSE }, { WF_LEVER_DIGITAL_UPSKILLING, FALSE },
      { WF_LEVER_WORKER_PARTICIPATION, FALSE }, { WF_LEVER_WOMEN_TRAINING_ACCESS, FALSE },
    };

    for (guint e = 0; e < G_N_ELEMENTS (ends); e++)
      scenario->values[ends[e].lever] = ends[e].high ? scenario->high[ends[e].lever]
                                                     : scenario->low[ends[e].lever];
    r = project (world, scenario);
    g_assert_cmpfloat (net_jobs (r, WF_SEX_ALL), <, 0.0);
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
  g_test_add_func ("/core/properties/6-world-base-year", test_world_base_year);
  g_test_add_func ("/core/properties/6-inconsistent-labour-market", test_inconsistent_labour_market);
  g_test_add_func ("/core/properties/7-finite", test_finite);
  g_test_add_func ("/core/properties/8-determinism", test_determinism);
  g_test_add_func ("/core/properties/9-policy-matters", test_policy_matters);
  g_test_add_func ("/core/properties/9-no-dead-lever", test_no_dead_lever);
  g_test_add_func ("/core/properties/10-readiness-matters", test_readiness_matters);

  return g_test_run ();
}
