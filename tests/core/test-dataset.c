/* test-dataset.c: the bundled world dataset and dataset checks
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "wf-core.h"

static void
test_world_valid (void)
{
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  g_autoptr(GError) error = NULL;

  g_assert_true (wf_dataset_validate (world, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (world->n_sectors, ==, 14);
  g_assert_cmpuint (world->n_skills, ==, 8);
  g_assert_cmpint (world->base_year, ==, 2023);
  g_assert_true (wf_dataset_has_sex_split (world));
  g_assert_cmpint (wf_dataset_find_sector (world, "ECO_ISIC4_K"), ==, 8);
  g_assert_cmpint (wf_dataset_find_sector (world, "nope"), ==, -1);
  /* 3,421.6 million people in 2023 (the WESO labour force less 5 % unemployed),
   * 39.5 % women */
  g_assert_cmpfloat_with_epsilon (wf_dataset_total_employment (world, WF_SEX_ALL), 3421615.0, 1.0);
  g_assert_cmpfloat_with_epsilon (wf_dataset_total_employment (world, WF_SEX_WOMEN)
                                  / wf_dataset_total_employment (world, WF_SEX_ALL), 0.395, 0.005);
}

/* Property 6 of docs/model.md: the published ILO WP 140 exposure figures. */
static void
test_world_exposure (void)
{
  g_autoptr(WfDataset) world = wf_dataset_new_world ();

  g_assert_cmpfloat_with_epsilon (wf_dataset_exposed_share (world, WF_SEX_ALL, 1), 0.25, 0.005);
  g_assert_cmpfloat_with_epsilon (wf_dataset_exposed_share (world, WF_SEX_ALL, 4), 0.033, 0.001);
  g_assert_cmpfloat_with_epsilon (wf_dataset_exposed_share (world, WF_SEX_WOMEN, 4), 0.047, 0.001);
  g_assert_cmpfloat_with_epsilon (wf_dataset_exposed_share (world, WF_SEX_MEN, 4), 0.024, 0.001);
}

static void
test_world_sources (void)
{
  g_autoptr(WfDataset) world = wf_dataset_new_world ();

  for (guint t = 0; t < WF_N_TABLES; t++)
    {
      const WfSource *source = &world->sources[t];

      g_test_message ("table %s", wf_table_to_id (t));
      g_assert_cmpuint (source->provenance, <, WF_N_PROVENANCES);
      g_assert_nonnull (source->citation);
      g_assert_cmpuint (strlen (source->citation), >, 10);
      g_assert_nonnull (source->note);
      g_assert_nonnull (wf_table_to_string (t));
    }

  /* docs/model.md: every value of the calibrated table is [D]; our own choices [A] */
  g_assert_cmpint (world->sources[WF_TABLE_EMPLOYMENT].provenance, ==, WF_PROVENANCE_DERIVED);
  g_assert_cmpint (world->sources[WF_TABLE_EXPOSURE].provenance, ==, WF_PROVENANCE_DERIVED);
  g_assert_cmpint (world->sources[WF_TABLE_ELASTICITY].provenance, ==, WF_PROVENANCE_ASSUMPTION);
  g_assert_cmpstr (wf_provenance_to_tag (WF_PROVENANCE_DERIVED), ==, "D");
  g_assert_true (strstr (world->title, "calibrated illustration") != NULL);
}

static void
test_ids_round_trip (void)
{
  for (guint t = 0; t < WF_N_TABLES; t++)
    {
      WfTable back;

      g_assert_true (wf_table_from_id (wf_table_to_id (t), &back));
      g_assert_cmpint (back, ==, t);
    }
  for (guint p = 0; p < WF_N_PROVENANCES; p++)
    {
      WfProvenance back;

      g_assert_true (wf_provenance_from_tag (wf_provenance_to_tag (p), &back));
      g_assert_cmpint (back, ==, p);
    }
  g_assert_false (wf_table_from_id ("nonsense", &(WfTable) { 0 }));
}

static void
test_copy_equal (void)
{
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  g_autoptr(WfDataset) copy = wf_dataset_copy (world);

  g_assert_true (wf_dataset_equal (world, copy));
  copy->sectors[3].skill_intensity[2] += 1e-12;
  g_assert_false (wf_dataset_equal (world, copy));
  copy->sectors[3].skill_intensity[2] = world->sectors[3].skill_intensity[2];
  g_assert_true (wf_dataset_equal (world, copy));
  wf_dataset_set_source (copy, WF_TABLE_EMPLOYMENT, WF_PROVENANCE_PRIMARY, "ILOSTAT", NULL);
  g_assert_false (wf_dataset_equal (world, copy));
}

typedef struct
{
  const char *name;
  void      (*spoil) (WfDataset *dataset);
  const char *expected;  /* a part of the message */
} BrokenCase;

static void spoil_exposure (WfDataset *d) { d->sectors[2].exposure[WF_SEX_MEN][0] += 0.1; }
static void spoil_employment (WfDataset *d) { d->sectors[5].employment[WF_SEX_WOMEN] = -1.0; }
static void spoil_elasticity (WfDataset *d) { d->sectors[0].elasticity = NAN; }
static void spoil_sme (WfDataset *d) { d->sectors[1].sme_share = 1.5; }
static void spoil_growth (WfDataset *d) { d->sectors[1].trend_growth = 0.9; }
static void spoil_base_year (WfDataset *d) { d->base_year = 1200; }
static void spoil_skill (WfDataset *d) { d->skill_shift[3 * d->n_skills + 1] = 4.0; }
static void spoil_profile (WfDataset *d) { d->automation_profile[0] = 0.2; }
static void spoil_empty (WfDataset *d)
{
  for (guint g = 0; g < WF_N_SEXES; g++)
    d->sectors[4].employment[g] = 0.0;
}

static const BrokenCase broken_cases[] = {
  { "exposure-sum", spoil_exposure, "add up to" },
  { "negative-employment", spoil_employment, "Wholesale" },
  { "nan-elasticity", spoil_elasticity, "elasticity" },
  { "sme-share", spoil_sme, "small and medium" },
  { "trend-growth", spoil_growth, "trend growth" },
  { "base-year", spoil_base_year, "1200" },
  { "skill-shift", spoil_skill, "Analytical" },
  { "automation-profile", spoil_profile, "gradient 0" },
  { "no-employment", spoil_empty, "Construction" },
};

static void
test_validate_broken (gconstpointer data)
{
  const BrokenCase *c = data;
  g_autoptr(WfDataset) dataset = wf_dataset_new_world ();
  g_autoptr(GError) error = NULL;

  c->spoil (dataset);
  g_assert_false (wf_dataset_validate (dataset, &error));
  g_assert_error (error, WF_CORE_ERROR, WF_CORE_ERROR_INVALID_DATASET);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, c->expected));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/dataset/world/valid", test_world_valid);
  g_test_add_func ("/core/dataset/world/exposure", test_world_exposure);
  g_test_add_func ("/core/dataset/world/sources", test_world_sources);
  g_test_add_func ("/core/dataset/ids", test_ids_round_trip);
  g_test_add_func ("/core/dataset/copy-equal", test_copy_equal);
  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/core/dataset/broken/%s", broken_cases[i].name);
      g_test_add_data_func (path, &broken_cases[i], test_validate_broken);
    }

  return g_test_run ();
}
