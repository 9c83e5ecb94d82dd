/* test-ilostat.c: the ILOSTAT importer, on fixtures written from the
 * format description of reference/SOURCES.md
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "test-io-common.h"

static WfDataset *
import (const char  *fixture,
        const char  *area,
        int          year,
        const char  *source,
        GError     **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "io", "fixtures", "ilostat", fixture, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  WfIlostatOptions options = { area, year, source };

  return wf_ilostat_import_file (file, &options, error);
}

static void
test_world_modelled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  g_autoptr(WfDataset) dataset = import ("world-modelled.csv", NULL, 0, NULL, &error);
  g_autoptr(WfDataset) earlier = NULL;
  const WfSource *source;

  g_assert_no_error (error);
  g_assert_cmpint (dataset->base_year, ==, 2023);  /* the latest year */
  g_assert_cmpstr (dataset->area, ==, "X01");
  g_assert_cmpuint (dataset->n_sectors, ==, world->n_sectors);

  /* The file holds the world dataset's employment: the same numbers come
   * back, and every other table is the world's. */
  for (guint s = 0; s < world->n_sectors; s++)
    {
      g_assert_cmpstr (dataset->sectors[s].id, ==, world->sectors[s].id);
      g_assert_cmpmem (dataset->sectors[s].employment, sizeof (double) * WF_N_SEXES,
                       world->sectors[s].employment, sizeof (double) * WF_N_SEXES);
      g_assert_cmpmem (dataset->sectors[s].exposure[WF_SEX_WOMEN], sizeof (double) * WF_N_GRADIENTS,
                       world->sectors[s].exposure[WF_SEX_WOMEN], sizeof (double) * WF_N_GRADIENTS);
      g_assert_cmpfloat (dataset->sectors[s].elasticity, ==, world->sectors[s].elasticity);
    }

  source = &dataset->sources[WF_TABLE_EMPLOYMENT];
  g_assert_cmpint (source->provenance, ==, WF_PROVENANCE_PRIMARY);
  g_assert_nonnull (strstr (source->citation, "EMP_2EMP_SEX_ECO_NB"));
  g_assert_nonnull (strstr (source->citation, "XA:2024"));
  g_assert_nonnull (strstr (source->citation, "X01"));
  g_assert_nonnull (strstr (dataset->edition, "XA:2024"));
  for (guint t = 0; t < WF_N_TABLES; t++)
    if (t != WF_TABLE_EMPLOYMENT && t != WF_TABLE_LABOUR_FORCE && t != WF_TABLE_UNEMPLOYMENT &&
        t != WF_TABLE_LABOUR_FORCE_GROWTH && t != WF_TABLE_EXPOSURE)
      g_assert_nonnull (strstr (dataset->sources[t].note, "world-2023"));

  /* The world dataset's labour market is employment and 5 % unemployed,
   * the rule the importer fills in: it comes back too. */
  for (guint g = 0; g < WF_N_SEXES; g++)
    {
      g_assert_cmpfloat_with_epsilon (dataset->labour_force[g], world->labour_force[g], 1e-6);
      g_assert_cmpfloat_with_epsilon (dataset->unemployed[g], world->unemployed[g], 1e-6);
    }
  g_assert_cmpfloat (dataset->replacement_rate, ==, world->replacement_rate);
  for (guint s = 0; s < world->n_sectors; s++)
    {
      g_assert_cmpfloat (dataset->sectors[s].labour_cost_share, ==, world->sectors[s].labour_cost_share);
      g_assert_cmpfloat (dataset->sectors[s].digitalisation_trend, ==, world->sectors[s].digitalisation_trend);
    }

  earlier = import ("world-modelled.csv", "X01", 2022, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (earlier->base_year, ==, 2022);
  g_assert_cmpfloat_with_epsilon (earlier->sectors[0].employment[WF_SEX_WOMEN], 355544.0, 1e-6);
}

static double
sum_sections (const char *letters,
              const double table[][2],
              int          sex)
{
  double total = 0.0;

  for (const char *p = letters; *p; p++)
    total += table[*p - 'A'][sex];
  return total;
}

/* Until labour force and unemployment can be imported, the importer fills
 * them as migration does: 5 % unemployed, sourced as an assumption. */
static void
assert_labour_filled (const WfDataset *dataset)
{
  g_autoptr(WfDataset) world = wf_dataset_new_world ();

  for (guint g = 0; g < WF_N_SEXES; g++)
    {
      double employed = wf_dataset_total_employment (dataset, (int) g);

      g_assert_cmpfloat_with_epsilon (dataset->unemployed[g], employed * 0.05 / 0.95, 1e-9 * (1.0 + employed));
      g_assert_cmpfloat_with_epsilon (dataset->labour_force[g], employed / 0.95, 1e-9 * (1.0 + employed));
      g_assert_cmpfloat (dataset->new_work_ready[g], ==, world->new_work_ready[g]);
    }
  g_assert_cmpfloat (dataset->replacement_rate, ==, world->replacement_rate);
  g_assert_cmpfloat (dataset->untrained_hiring_weight, ==, world->untrained_hiring_weight);
  g_assert_cmpmem (dataset->task_share, sizeof dataset->task_share,
                   world->task_share, sizeof world->task_share);
  g_assert_cmpint (dataset->sources[WF_TABLE_LABOUR_FORCE_GROWTH].provenance, ==,
                   WF_PROVENANCE_ASSUMPTION);
  for (WfTable t = WF_TABLE_LABOUR_FORCE; t <= WF_TABLE_UNEMPLOYMENT; t++)
    {
      g_assert_cmpint (dataset->sources[t].provenance, ==, WF_PROVENANCE_ASSUMPTION);
      g_assert_nonnull (strstr (dataset->sources[t].note, "EAP_TEAP_SEX_AGE_NB"));
      g_assert_nonnull (strstr (dataset->sources[t].note, "UNE_TUNE_SEX_AGE_NB"));
    }
  g_assert_nonnull (strstr (dataset->sources[WF_TABLE_UNEMPLOYMENT].note, "5 % of the labour force"));
  g_assert_true (wf_dataset_validate (dataset, NULL));
}

static void
test_country_sections (void)
{
  /* The fixture's women and men by ISIC section, A..U. */
  static const double sections[21][2] = {
    { 250, 520 }, { 8, 30 }, { 900, 2100 }, { 40, 110 }, { 45, 120 }, { 180, 1450 },
    { 1700, 1650 }, { 350, 1050 }, { 520, 560 }, { 300, 620 }, { 450, 380 }, { 190, 150 },
    { 720, 680 }, { 750, 800 }, { 1150, 1020 }, { 1400, 600 }, { 3000, 900 }, { 200, 210 },
    { 350, 180 }, { 180, 20 }, { 5, 6 },
  };
  static const struct { const char *id; const char *letters; } groups[] = {
    { "ECO_ISIC4_A", "A" }, { "ECO_ISIC4_DE", "DE" }, { "ECO_ISIC4_HJ", "HJ" },
    { "ECO_ISIC4_LMN", "LMN" }, { "ECO_ISIC4_RSTU", "RSTU" }, { "ECO_ISIC4_Q", "Q" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDataset) dataset = import ("country-sections.csv", NULL, 0, NULL, &error);
  const WfSource *source;

  g_assert_no_error (error);
  /* The 14 groups and the not-classified ECO_ISIC4_X, kept. */
  g_assert_cmpuint (dataset->n_sectors, ==, 15);
  g_assert_cmpstr (dataset->sectors[14].id, ==, "ECO_ISIC4_X");
  g_assert_cmpint (dataset->base_year, ==, 2023);
  g_assert_true (wf_dataset_has_sex_split (dataset));
  assert_labour_filled (dataset);

  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    {
      int s = wf_dataset_find_sector (dataset, groups[i].id);

      g_assert_cmpint (s, >=, 0);
      g_assert_cmpfloat (dataset->sectors[s].employment[WF_SEX_WOMEN], ==,
                         sum_sections (groups[i].letters, sections, 0));
      g_assert_cmpfloat (dataset->sectors[s].employment[WF_SEX_MEN], ==,
                         sum_sections (groups[i].letters, sections, 1));
      /* SEX_O (other) has no place among women and men: it is kept as
       * sex unknown, and SEX_T = SEX_F + SEX_M + SEX_O. */
      g_assert_cmpfloat (dataset->sectors[s].employment[WF_SEX_UNKNOWN], ==, i == 0 ? 1.0 : 0.0);
    }

  /* The survey with the most values wins, and the other is named. */
  source = &dataset->sources[WF_TABLE_EMPLOYMENT];
  g_assert_nonnull (strstr (source->citation, "BA:123"));
  g_assert_nonnull (strstr (source->note, "HIES:9"));

  /* Asking for the other source, which has three sections only. */
  g_clear_pointer (&dataset, wf_dataset_free);
  dataset = import ("country-sections.csv", NULL, 0, "HIES:9", &error);
  g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_ILOSTAT_DATA);
  g_assert_null (dataset);
}

static void
test_country_no_sex (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDataset) dataset = import ("country-no-sex.csv", NULL, 0, NULL, &error);
  g_autoptr(WfDocument) document = wf_document_new_default ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(WfDocument) loaded = NULL;
  int mkt;

  g_assert_no_error (error);
  g_assert_cmpuint (dataset->n_sectors, ==, 6);
  g_assert_false (wf_dataset_has_sex_split (dataset));
  g_assert_cmpint (dataset->base_year, ==, 2021);
  mkt = wf_dataset_find_sector (dataset, "ECO_AGGREGATE_MKT");
  g_assert_cmpint (mkt, >=, 0);
  g_assert_cmpfloat (dataset->sectors[mkt].employment[WF_SEX_UNKNOWN], ==, 6400.0);
  g_assert_cmpfloat (dataset->sectors[mkt].employment[WF_SEX_WOMEN], ==, 0.0);
  g_assert_nonnull (strstr (dataset->sources[WF_TABLE_EMPLOYMENT].note, "sex unknown"));
  g_assert_cmpint (dataset->sources[WF_TABLE_EXPOSURE].provenance, ==, WF_PROVENANCE_DERIVED);
  assert_labour_filled (dataset);
  /* Coarser sectors average the world groups they cover. */
  g_assert_cmpfloat (dataset->sectors[mkt].labour_cost_share, >, 0.4);
  g_assert_cmpfloat (dataset->sectors[mkt].labour_cost_share, <, 0.6);

  /* It projects, and it saves into a file the schema accepts. */
  wf_document_set_dataset (document, g_steal_pointer (&dataset));
  for (guint i = 0; i < document->scenarios->len; i++)
    {
      g_autoptr(WfResults) results = wf_model_project (document->dataset,
                                                       g_ptr_array_index (document->scenarios, i), &error);
      g_assert_no_error (error);
    }
  bytes = wf_document_to_bytes (document, &error);
  g_assert_no_error (error);
  g_assert_true (test_validates_against_schema (bytes));
  loaded = wf_document_load_bytes (bytes, "imported.foresight", &error);
  g_assert_no_error (error);
  g_assert_true (wf_document_equal (document, loaded));
}

static void
test_summed_countries (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDataset) both = import ("areas.csv", "FRA,DEU", 0, NULL, &error);
  g_autoptr(WfDataset) france = NULL;
  int a;

  g_assert_no_error (error);
  g_assert_cmpstr (both->area, ==, "DEU+FRA");
  france = import ("areas.csv", "FRA", 0, NULL, &error);
  g_assert_no_error (error);
  a = wf_dataset_find_sector (france, "ECO_ISIC4_A");
  /* France has 770 in A; Germany 1.3 times that. */
  g_assert_cmpfloat (france->sectors[a].employment[WF_SEX_UNKNOWN], ==, 770.0);
  g_assert_cmpfloat_with_epsilon (both->sectors[a].employment[WF_SEX_UNKNOWN], 770.0 + 1001.0, 1e-9);
}

typedef struct
{
  const char *name;
  const char *fixture;
  const char *area;
  int         year;
  int         code;
  const char *in_message[2];
} ErrorCase;

static const ErrorCase error_cases[] = {
  { "bad-value", "bad-value.csv", NULL, 0, WF_IO_ERROR_ILOSTAT_DATA, { "bad-value.csv:5:", "12..5" } },
  { "missing-column", "missing-column.csv", NULL, 0, WF_IO_ERROR_ILOSTAT_COLUMN, { ":1:", "obs_value" } },
  { "label-mode", "label-mode.csv", NULL, 0, WF_IO_ERROR_ILOSTAT_COLUMN, { "ref_area.label", "codes" } },
  { "unterminated-quote", "unterminated-quote.csv", NULL, 0, WF_IO_ERROR_CSV, { "unterminated-quote.csv:", "quote" } },
  { "incomplete", "incomplete.csv", NULL, 0, WF_IO_ERROR_ILOSTAT_DATA, { "breakdown", "FRA" } },
  { "several-areas", "areas.csv", NULL, 0, WF_IO_ERROR_ILOSTAT_AREA, { "DEU, FRA, X01", "choose" } },
  { "aggregate-with-country", "areas.csv", "X01,FRA", 0, WF_IO_ERROR_ILOSTAT_AREA, { "aggregate", "X01,FRA" } },
  { "unknown-area", "areas.csv", "BRA", 0, WF_IO_ERROR_ILOSTAT_AREA, { "BRA", "DEU" } },
  { "missing-year", "world-modelled.csv", NULL, 2019, WF_IO_ERROR_ILOSTAT_DATA, { "X01", "2019" } },
};

static void
test_error (gconstpointer data)
{
  const ErrorCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDataset) dataset = import (c->fixture, c->area, c->year, NULL, &error);

  g_assert_null (dataset);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_error (error, WF_IO_ERROR, c->code);
  for (guint i = 0; i < G_N_ELEMENTS (c->in_message); i++)
    g_assert_nonnull (strstr (error->message, c->in_message[i]));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/ilostat/world-modelled", test_world_modelled);
  g_test_add_func ("/io/ilostat/country-sections", test_country_sections);
  g_test_add_func ("/io/ilostat/country-no-sex", test_country_no_sex);
  g_test_add_func ("/io/ilostat/summed-countries", test_summed_countries);
  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/io/ilostat/error/%s", error_cases[i].name);

      g_test_add_data_func (path, &error_cases[i], test_error);
    }

  return g_test_run ();
}
