/* test-model.c: the projection's shape, errors and plausibility
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include <string.h>

#include "wf-core.h"

static WfResults *
project_preset (const WfDataset *world,
                WfPreset         preset)
{
  g_autoptr(WfScenario) scenario = wf_scenario_new_preset (preset);
  g_autoptr(GError) error = NULL;
  WfResults *results = wf_model_project (world, scenario, &error);

  g_assert_no_error (error);
  g_assert_nonnull (results);
  return results;
}

static void
test_shape (void)
{
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  g_autoptr(WfResults) results = project_preset (world, WF_PRESET_BASELINE);

  g_assert_cmpint (results->base_year, ==, 2023);
  g_assert_cmpint (results->horizon, ==, 2030);
  g_assert_cmpuint (results->n_years, ==, 8);
  g_assert_cmpuint (results->n_sectors, ==, 14);

  /* The base year is the dataset, in both runs. */
  for (guint s = 0; s < world->n_sectors; s++)
    for (guint g = 0; g < WF_N_SEXES; g++)
      for (guint r = 0; r < WF_N_RUNS; r++)
        {
          g_assert_cmpfloat_with_epsilon (wf_results_get (results, r, WF_OUTPUT_EMPLOYMENT, 0, s, g),
                                          world->sectors[s].employment[g], 1e-9);
          g_assert_cmpfloat (wf_results_get (results, r, WF_OUTPUT_DISPLACED, 0, s, g), ==, 0.0);
          for (guint k = 0; k < WF_N_GRADIENTS; k++)
            g_assert_cmpfloat_with_epsilon (wf_results_get_gradient (results, r, 0, s, g, k),
                                            world->sectors[s].employment[g]
                                            * world->sectors[s].exposure[g][k], 1e-9);
        }

  /* Skill indices start at 100. */
  for (guint j = 0; j < world->n_skills; j++)
    {
      g_assert_cmpfloat_with_epsilon (wf_results_get_skill (results, WF_RUN_SCENARIO,
                                                            WF_SKILL_OUTPUT_INDEX, 0, j,
                                                            WF_SEX_WOMEN), 100.0, 1e-9);
      g_assert_cmpfloat_with_epsilon (wf_results_get_skill (results, WF_RUN_SCENARIO,
                                                            WF_SKILL_OUTPUT_INDEX, 0, j,
                                                            WF_SEX_ALL), 100.0, 1e-9);
    }
}

static void
test_errors (void)
{
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  g_autoptr(WfScenario) scenario = wf_scenario_new ("Broken");
  g_autoptr(WfResults) results = NULL;
  g_autoptr(GError) error = NULL;

  scenario->values[WF_LEVER_DIGITAL_UPSKILLING] = 31;
  scenario->high[WF_LEVER_DIGITAL_UPSKILLING] = 31;
  results = wf_model_project (world, scenario, &error);
  g_assert_null (results);
  g_assert_error (error, WF_CORE_ERROR, WF_CORE_ERROR_LEVER_OUT_OF_RANGE);
  g_assert_nonnull (strstr (error->message, "Digital upskilling"));
  g_assert_nonnull (strstr (error->message, "31"));
  g_assert_nonnull (strstr (error->message, "0 to 30"));
  g_clear_error (&error);

  wf_scenario_reset_lever (scenario, WF_LEVER_DIGITAL_UPSKILLING);
  scenario->horizon = 2060;
  results = wf_model_project (world, scenario, &error);
  g_assert_null (results);
  g_assert_error (error, WF_CORE_ERROR, WF_CORE_ERROR_INVALID_HORIZON);
}

static void
test_long_horizon (void)
{
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  g_autoptr(WfScenario) scenario = wf_scenario_new ("Long");
  g_autoptr(WfResults) results = NULL;
  g_autoptr(GError) error = NULL;

  scenario->horizon = world->base_year + WF_MAX_HORIZON_SPAN;
  results = wf_model_project (world, scenario, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->n_years, ==, 31);
  /* Adoption approaches its ceiling in the long run. */
  g_assert_cmpfloat (wf_results_get (results, WF_RUN_SCENARIO, WF_OUTPUT_ADOPTION, 30, 8, WF_SEX_WOMEN),
                     >, 0.55);
}

/* The presets behave as their names say. */
static void
test_presets_ordering (void)
{
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  g_autoptr(WfResults) il = project_preset (world, WF_PRESET_INCREMENTAL_LIMITED);
  g_autoptr(WfResults) iw = project_preset (world, WF_PRESET_INCREMENTAL_WIDESPREAD);
  g_autoptr(WfResults) el = project_preset (world, WF_PRESET_EXPONENTIAL_LIMITED);
  g_autoptr(WfResults) ew = project_preset (world, WF_PRESET_EXPONENTIAL_WIDESPREAD);
  WfHeadline h_il, h_iw, h_el, h_ew;
  guint last = el->n_years - 1;

  wf_results_headline (il, &h_il);
  wf_results_headline (iw, &h_iw);
  wf_results_headline (el, &h_el);
  wf_results_headline (ew, &h_ew);

  g_test_message ("net jobs vs baseline: IL %.0f IW %.0f EL %.0f EW %.0f (thousands)",
                  h_il.net_jobs_vs_baseline, h_iw.net_jobs_vs_baseline,
                  h_el.net_jobs_vs_baseline, h_ew.net_jobs_vs_baseline);
  g_test_message ("displaced: IL %.0f EL %.0f; transformed EL %.0f; women's share %.3f vs %.3f",
                  h_il.cumulative_displaced, h_el.cumulative_displaced, h_el.jobs_transformed,
                  h_el.women_share_of_displacement, h_el.women_share_of_employment);

  /* Exponential AI displaces and transforms more than incremental AI. */
  g_assert_cmpfloat (h_el.cumulative_displaced, >, h_il.cumulative_displaced);
  g_assert_cmpfloat (h_el.jobs_transformed, >, h_il.jobs_transformed);
  g_assert_cmpfloat (h_el.jobs_transformed, >, h_el.cumulative_displaced);
  /* Readiness shrinks the displaced pool and the digital gap. */
  g_assert_cmpfloat (wf_results_get (ew, WF_RUN_SCENARIO, WF_OUTPUT_DISPLACED_POOL, last, -1, WF_SEX_ALL),
                     <, wf_results_get (el, WF_RUN_SCENARIO, WF_OUTPUT_DISPLACED_POOL, last, -1, WF_SEX_ALL));
  g_assert_cmpfloat (h_ew.digital_gap, <, h_el.digital_gap);
  g_assert_cmpfloat (h_iw.digital_gap, <, h_il.digital_gap);
  /* Women hold more of the most exposed jobs: more than their share of
   * employment is displaced (ILO WP 140: 4.7 % vs 2.4 % in gradient 4). */
  g_assert_cmpfloat (h_el.women_share_of_displacement, >, h_el.women_share_of_employment);
  g_assert_cmpfloat_with_epsilon (h_el.women_share_of_employment, 0.395, 0.005);
  /* Displacement is a small share of employment by 2030. */
  g_assert_cmpfloat (h_el.cumulative_displaced, <, 0.05 * wf_dataset_total_employment (world, WF_SEX_ALL));
}

/* Digital skills rise and manual skills fall relative to the baseline. */
static void
test_skill_directions (void)
{
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  g_autoptr(WfResults) r = project_preset (world, WF_PRESET_EXPONENTIAL_LIMITED);
  guint last = r->n_years - 1;
  guint digital = 0, manual = 6;

  g_assert_cmpstr (world->skills[digital].id, ==, "digital");
  g_assert_cmpstr (world->skills[manual].id, ==, "manual");
  g_assert_cmpfloat (wf_results_get_skill (r, WF_RUN_SCENARIO, WF_SKILL_OUTPUT_INDEX, last, digital, WF_SEX_ALL),
                     >, wf_results_get_skill (r, WF_RUN_BASELINE, WF_SKILL_OUTPUT_INDEX, last, digital, WF_SEX_ALL));
  g_assert_cmpfloat (wf_results_get_skill (r, WF_RUN_SCENARIO, WF_SKILL_OUTPUT_INDEX, last, manual, WF_SEX_ALL),
                     <, wf_results_get_skill (r, WF_RUN_BASELINE, WF_SKILL_OUTPUT_INDEX, last, manual, WF_SEX_ALL));
}

/* A sector with no split by sex stays unknown: nothing is invented. */
static void
test_unknown_sex (void)
{
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  g_autoptr(WfScenario) scenario = wf_scenario_new_preset (WF_PRESET_EXPONENTIAL_LIMITED);
  g_autoptr(WfResults) results = NULL;
  g_autoptr(GError) error = NULL;
  WfSector *k = &world->sectors[8];
  double total = k->employment[WF_SEX_WOMEN] + k->employment[WF_SEX_MEN];

  k->employment[WF_SEX_UNKNOWN] = total;
  /* Their labour force and unemployment move with them. */
  for (guint g = 0; g < 2; g++)
    {
      double share = k->employment[g] / wf_dataset_total_employment (world, g);
      double force = world->labour_force[g] * share;
      double unemployed = world->unemployed[g] * share;

      world->labour_force[g] -= force;
      world->unemployed[g] -= unemployed;
      world->labour_force[WF_SEX_UNKNOWN] += force;
      world->unemployed[WF_SEX_UNKNOWN] += unemployed;
    }
  k->employment[WF_SEX_WOMEN] = k->employment[WF_SEX_MEN] = 0.0;
  g_assert_true (wf_dataset_validate (world, &error));

  results = wf_model_project (world, scenario, &error);
  g_assert_no_error (error);
  for (guint y = 0; y < results->n_years; y++)
    {
      g_assert_cmpfloat (wf_results_get (results, WF_RUN_SCENARIO, WF_OUTPUT_EMPLOYMENT, y, 8, WF_SEX_WOMEN), ==, 0.0);
      g_assert_cmpfloat (wf_results_get (results, WF_RUN_SCENARIO, WF_OUTPUT_EMPLOYMENT, y, 8, WF_SEX_MEN), ==, 0.0);
      g_assert_cmpfloat (wf_results_get (results, WF_RUN_SCENARIO, WF_OUTPUT_EMPLOYMENT, y, 8, WF_SEX_UNKNOWN), >, 0.0);
    }
  g_assert_cmpfloat (wf_results_cumulative (results, WF_RUN_SCENARIO, WF_OUTPUT_DISPLACED,
                                            results->n_years - 1, 8, WF_SEX_UNKNOWN), >, 0.0);
}

/* Every preset states every lever and cites where its values come from;
 * wf_scenario_new_preset () asserts the first. */
static void
test_presets_complete (void)
{
  for (guint p = 0; p < WF_N_PRESETS; p++)
    {
      g_autoptr(WfScenario) scenario = wf_scenario_new_preset (p);
      WfProvenance provenance = WF_N_PROVENANCES;
      const char *note = NULL;
      const char *source = wf_preset_get_source (p, &provenance, &note);
      WfPreset back;

      g_assert_true (wf_preset_from_id (wf_preset_get_id (p), &back));
      g_assert_cmpint (back, ==, p);
      g_assert_cmpstr (wf_preset_get_name (p), ==, scenario->name);
      g_assert_nonnull (source);
      g_assert_cmpuint (strlen (source), >, 20);
      g_assert_nonnull (note);
      g_assert_cmpuint (strlen (note), >, 20);
      g_assert_cmpuint (provenance, <, WF_N_PROVENANCES);
      g_assert_true (wf_scenario_validate (scenario, 2023, NULL));
      /* The four futures cite the WEF white paper and name its scenario. */
      if (p != WF_PRESET_BASELINE)
        {
          g_assert_nonnull (strstr (source, "Four Futures for Jobs"));
          g_assert_nonnull (strstr (scenario->description, "WEF"));
        }
    }
}

/* Women's share of displacement is "not available", never 0, when nothing
 * is displaced or the data has no split by sex. */
static void
test_headline_not_available (void)
{
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  g_autoptr(WfScenario) none = wf_scenario_new ("No AI");
  g_autoptr(WfScenario) some = wf_scenario_new_preset (WF_PRESET_EXPONENTIAL_LIMITED);
  g_autoptr(WfResults) r = NULL;
  WfHeadline h;

  none->values[WF_LEVER_ADOPTION_CEILING] = 0.0;
  r = wf_model_project (world, none, NULL);
  wf_results_headline (r, &h);
  g_assert_true (isnan (h.women_share_of_displacement));
  g_assert_false (isnan (h.women_share_of_employment));
  g_assert_cmpfloat (h.displaced_out_of_work, ==, 0.0);
  g_clear_pointer (&r, wf_results_free);

  r = wf_model_project (world, some, NULL);
  wf_results_headline (r, &h);
  g_assert_false (isnan (h.women_share_of_displacement));
  g_assert_cmpfloat (h.displaced_out_of_work, >, h.displaced_looking);
  g_assert_cmpfloat (h.displaced_looking, >, 0.0);
  g_clear_pointer (&r, wf_results_free);

  /* Every sector without a split: both shares are not available. */
  for (guint s = 0; s < world->n_sectors; s++)
    {
      WfSector *sector = &world->sectors[s];

      sector->employment[WF_SEX_UNKNOWN] = sector->employment[WF_SEX_WOMEN] + sector->employment[WF_SEX_MEN];
      sector->employment[WF_SEX_WOMEN] = sector->employment[WF_SEX_MEN] = 0.0;
    }
  for (guint g = 0; g < 2; g++)
    {
      world->labour_force[WF_SEX_UNKNOWN] += world->labour_force[g];
      world->unemployed[WF_SEX_UNKNOWN] += world->unemployed[g];
      world->labour_force[g] = world->unemployed[g] = 0.0;
    }
  g_assert_true (wf_dataset_validate (world, NULL));
  r = wf_model_project (world, some, NULL);
  wf_results_headline (r, &h);
  g_assert_true (isnan (h.women_share_of_displacement));
  g_assert_true (isnan (h.women_share_of_employment));
  g_assert_cmpfloat (h.cumulative_displaced, >, 0.0);
}

static void
test_output_ids (void)
{
  for (guint o = 0; o < WF_N_OUTPUTS; o++)
    {
      WfOutput back;

      g_assert_true (wf_output_from_id (wf_output_to_id (o), &back));
      g_assert_cmpint (back, ==, o);
      g_assert_nonnull (wf_output_to_string (o));
      g_assert_nonnull (wf_output_get_unit (o));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/model/shape", test_shape);
  g_test_add_func ("/core/model/errors", test_errors);
  g_test_add_func ("/core/model/long-horizon", test_long_horizon);
  g_test_add_func ("/core/model/presets", test_presets_ordering);
  g_test_add_func ("/core/model/skills", test_skill_directions);
  g_test_add_func ("/core/model/unknown-sex", test_unknown_sex);
  g_test_add_func ("/core/model/presets-complete", test_presets_complete);
  g_test_add_func ("/core/model/headline-not-available", test_headline_not_available);
  g_test_add_func ("/core/model/output-ids", test_output_ids);

  return g_test_run ();
}
