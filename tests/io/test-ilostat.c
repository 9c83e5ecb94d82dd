/* test-ilostat.c: the ILOSTAT importer, on fixtures written from the
 * forms described in docs/sources.md
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

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


/* The real forms (docs/ilostat-import.md). Each fixture's numbers are
 * repeated here, and the expected totals are summed here, by section
 * letters, without the importer's tables. */

static GFile *
fixture_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "io", "fixtures", "ilostat", name, NULL);

  return g_file_new_for_path (path);
}

static WfDataset *
import_many (const char * const       *names,
             const WfIlostatOptions  *options,
             WfIlostatReport        **report,
             GError                 **error)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; names[i] != NULL; i++)
    g_ptr_array_add (files, fixture_file (names[i]));
  return wf_ilostat_import_files ((GFile **) files->pdata, files->len, options, report, NULL, error);
}

static gboolean
list_has (GPtrArray  *list,
          const char *needle)
{
  for (guint i = 0; i < list->len; i++)
    if (strstr (g_ptr_array_index (list, i), needle) != NULL)
      return TRUE;
  return FALSE;
}

/* Kenya's sections A..U and X, women and men, as in the .csv.gz. */
static const char ken_letters[] = "ABCDEFGHIJKLMNOPQRSTUX";
static const double ken_sections[22][2] = {
  { 4200.5, 3900.25 }, { 10, 60 }, { 420, 610 }, { 5, 25 }, { 8, 20 }, { 30, 520 }, { 1500, 1200 },
  { 60, 450 }, { 300, 250 }, { 40, 90 }, { 45, 60 }, { 8, 12 }, { 35, 55 }, { 60, 110 },
  { 110, 230 }, { 330, 290 }, { 160, 90 }, { 30, 50 }, { 220, 190 }, { 350, 80 }, { 1, 2 },
  { 12, 18 },
};

static double
ken_sum (const char *letters,
         int         sex)
{
  double total = 0.0;

  for (const char *p = letters; *p; p++)
    total += ken_sections[strchr (ken_letters, *p) - ken_letters][sex];
  return total;
}

static void
test_bulk_gzip_with_labour_market (void)
{
  const char * const names[] = { "EMP_TEMP_SEX_ECO_NB_A.csv.gz", "EAP_TEAP_SEX_AGE_NB_A.csv",
                                 "UNE_TUNE_SEX_AGE_NB_A.csv", NULL };
  static const struct { const char *id; const char *letters; } expected[] = {
    { "ECO_ISIC4_A", "A" }, { "ECO_ISIC4_DE", "DE" }, { "ECO_ISIC4_G", "G" },
    { "ECO_ISIC4_HJ", "HJ" }, { "ECO_ISIC4_LMN", "LMN" }, { "ECO_ISIC4_RSTU", "RSTU" },
    { "ECO_ISIC4_X", "X" },
  };
  WfIlostatOptions options = { .area = "KEN" };
  g_autoptr(WfIlostatReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDataset) dataset = import_many (names, &options, &report, &error);
  g_autofree char *text = NULL;
  const WfIlostatFileReport *file;
  double women = 0.0, men = 0.0;

  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_cmpstr (dataset->area, ==, "KEN");
  /* 2024 has two sections only: the latest complete year is 2023, said. */
  g_assert_cmpint (dataset->base_year, ==, 2023);
  g_assert_cmpint (report->year, ==, 2023);
  g_assert_nonnull (strstr (report->year_rule, "2024"));
  /* The survey with every section beats the one with broad sectors. */
  g_assert_cmpstr (report->source, ==, "BA:900");
  g_assert_nonnull (strstr (report->source_rule, "HIES:901"));
  /* The series not used, in the dataset's note (English, whatever the
   * language of the report). */
  g_assert_nonnull (strstr (dataset->sources[WF_TABLE_EMPLOYMENT].note,
                            "Other series in the file, not used: EMP_TEMP_SEX_ECO_NB HIES:901."));
  g_assert_cmpstr (report->indicator, ==, "EMP_TEMP_SEX_ECO_NB");
  g_assert_cmpuint (dataset->n_sectors, ==, 15);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      int s = wf_dataset_find_sector (dataset, expected[i].id);

      g_assert_cmpint (s, >=, 0);
      g_assert_cmpfloat_with_epsilon (dataset->sectors[s].employment[WF_SEX_WOMEN],
                                      ken_sum (expected[i].letters, 0), 1e-9);
      g_assert_cmpfloat_with_epsilon (dataset->sectors[s].employment[WF_SEX_MEN],
                                      ken_sum (expected[i].letters, 1), 1e-9);
    }
  for (guint i = 0; i < G_N_ELEMENTS (ken_sections); i++)
    {
      women += ken_sections[i][0];
      men += ken_sections[i][1];
    }
  g_assert_cmpfloat_with_epsilon (wf_dataset_total_employment (dataset, WF_SEX_WOMEN), women, 1e-9);
  g_assert_cmpfloat_with_epsilon (wf_dataset_total_employment (dataset, WF_SEX_MEN), men, 1e-9);
  g_assert_cmpfloat_with_epsilon (women, 7934.5, 1e-9);

  /* SEX_T of section G is 2703, 0.1 % over SEX_F + SEX_M: said, sexes used. */
  g_assert_true (list_has (report->warnings, ".csv.gz:20:"));
  g_assert_true (list_has (report->warnings, "ECO_ISIC4_G"));

  /* The labour force and unemployment files, 15+: employment = LF - U. */
  g_assert_cmpfloat_with_epsilon (dataset->unemployed[WF_SEX_WOMEN], 600.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (dataset->unemployed[WF_SEX_MEN], 500.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (dataset->labour_force[WF_SEX_WOMEN], women + 600.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (dataset->labour_force[WF_SEX_MEN], men + 500.0, 1e-9);
  g_assert_cmpint (dataset->sources[WF_TABLE_LABOUR_FORCE].provenance, ==, WF_PROVENANCE_PRIMARY);
  g_assert_nonnull (strstr (dataset->sources[WF_TABLE_LABOUR_FORCE].citation, "EAP_TEAP_SEX_AGE_NB"));
  g_assert_nonnull (strstr (dataset->sources[WF_TABLE_LABOUR_FORCE].note, "AGE_YTHADULT_YGE15"));
  g_assert_false (list_has (report->warnings, "5 %"));

  /* The edition (here the file's date) is in every imported table's note. */
  for (WfTable t = WF_TABLE_EMPLOYMENT; t <= WF_TABLE_UNEMPLOYMENT;
       t = t == WF_TABLE_EMPLOYMENT ? WF_TABLE_LABOUR_FORCE : t + 1)
    g_assert_nonnull (strstr (dataset->sources[t].note, "file dated"));
  g_assert_nonnull (strstr (dataset->edition, "file dated"));

  file = g_ptr_array_index (report->files, 0);
  g_assert_true (file->compressed);
  g_assert_cmpstr (file->form, ==, "bulk CSV with codes");
  g_assert_cmpuint (file->used, ==, 66);  /* 22 sections × 3 sexes */
  g_assert_true (list_has (report->skipped, "2 rows: quarterly or monthly"));
  g_assert_true (list_has (report->skipped, "2 rows: other areas"));
  g_assert_true (list_has (report->notes, "ECO_ISIC4_X"));
  g_assert_true (wf_dataset_validate (dataset, NULL));

  text = wf_ilostat_report_to_text (report);
  g_assert_nonnull (strstr (text, "Year: 2023"));
  g_assert_nonnull (strstr (text, "Skipped:"));
}

static void
test_labour_files_disagree (void)
{
  const char * const names[] = { "EMP_TEMP_SEX_ECO_NB_A.csv.gz", "EAP_TEAP_SEX_AGE_NB_A.csv",
                                 "UNE_TUNE_SEX_AGE_NB_A-disagrees.csv", NULL };
  const char * const only_unemployment[] = { "EMP_TEMP_SEX_ECO_NB_A.csv.gz",
                                             "UNE_TUNE_SEX_AGE_NB_A-disagrees.csv", NULL };
  WfIlostatOptions options = { .area = "KEN" };
  g_autoptr(WfIlostatReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDataset) dataset = import_many (names, &options, &report, &error);

  g_assert_no_error (error);
  /* The labour force is kept; unemployment is LF - E, not the file's 700. */
  g_assert_cmpfloat_with_epsilon (dataset->unemployed[WF_SEX_WOMEN], 600.0, 1e-9);
  g_assert_true (list_has (report->warnings, "disagree"));
  g_assert_true (list_has (report->warnings, "700.0"));
  g_assert_cmpint (dataset->sources[WF_TABLE_UNEMPLOYMENT].provenance, ==, WF_PROVENANCE_DERIVED);

  /* Without the labour force: LF = E + U, the file's unemployment kept. */
  g_clear_pointer (&dataset, wf_dataset_free);
  g_clear_pointer (&report, wf_ilostat_report_free);
  dataset = import_many (only_unemployment, &options, &report, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (dataset->unemployed[WF_SEX_WOMEN], 700.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (dataset->labour_force[WF_SEX_MEN], ken_sum (ken_letters, 1) + 600.0, 1e-9);
}

static void
test_modelled_details (void)
{
  static const double groups[14][2] = {
    { 7900, 7400 }, { 40, 210 }, { 520, 760 }, { 20, 70 }, { 30, 880 }, { 1900, 1500 }, { 60, 690 },
    { 520, 240 }, { 35, 55 }, { 90, 160 }, { 110, 260 }, { 260, 300 }, { 140, 95 }, { 900, 340 },
  };
  const char * const names[] = { "EMP_2EMP_SEX_ECO_NB_A-details.csv", NULL };
  WfIlostatOptions options = { 0, };
  g_autoptr(WfIlostatReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDataset) dataset = import_many (names, &options, &report, &error);
  double women = 0.0, men = 0.0;

  g_assert_no_error (error);
  /* The 14 groups, not the three broad sectors in the same file. */
  g_assert_cmpuint (dataset->n_sectors, ==, 14);
  g_assert_nonnull (strstr (report->breakdown, "ECO_DETAILS"));
  g_assert_cmpint (dataset->base_year, ==, 2024);
  g_assert_nonnull (strstr (report->year_rule, "latest"));

  g_clear_pointer (&dataset, wf_dataset_free);
  g_clear_pointer (&report, wf_ilostat_report_free);
  options.year = 2023;
  dataset = import_many (names, &options, &report, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 14; i++)
    {
      women += groups[i][0];
      men += groups[i][1];
    }
  g_assert_cmpfloat_with_epsilon (wf_dataset_total_employment (dataset, WF_SEX_WOMEN), women, 1e-6);
  g_assert_cmpfloat_with_epsilon (wf_dataset_total_employment (dataset, WF_SEX_MEN), men, 1e-6);
  g_assert_cmpfloat (dataset->sectors[wf_dataset_find_sector (dataset, "ECO_ISIC4_HJ")].employment[WF_SEX_MEN], ==, 690.0);
}

static void
test_codes_and_labels (void)
{
  const char * const names[] = { "EMP_TEMP_SEX_ECO_NB_A-both.csv", NULL };
  g_autoptr(WfIlostatReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDataset) dataset = import_many (names, NULL, &report, &error);
  int mkt, x;

  g_assert_no_error (error);
  g_assert_cmpstr (((WfIlostatFileReport *) g_ptr_array_index (report->files, 0))->form, ==,
                   "bulk CSV with codes and labels");
  g_assert_cmpuint (dataset->n_sectors, ==, 7);
  mkt = wf_dataset_find_sector (dataset, "ECO_AGGREGATE_MKT");
  x = wf_dataset_find_sector (dataset, "ECO_AGGREGATE_X");
  g_assert_cmpfloat (dataset->sectors[mkt].employment[WF_SEX_WOMEN], ==, 5100.0);
  g_assert_cmpfloat (dataset->sectors[x].employment[WF_SEX_MEN], ==, 45.0);
  g_assert_cmpfloat (wf_dataset_total_employment (dataset, WF_SEX_WOMEN), ==,
                     220 + 900 + 200 + 110 + 5100 + 7000 + 40);
  g_assert_true (list_has (report->skipped, "1 row: quarterly"));
}

static void
test_sdmx (void)
{
  const char * const names[] = { "DF_EMP_TEMP_SEX_ECO_NB-sdmx.csv", NULL };
  g_autoptr(WfIlostatReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDataset) dataset = import_many (names, NULL, &report, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (((WfIlostatFileReport *) g_ptr_array_index (report->files, 0))->form, ==, "SDMX CSV");
  g_assert_cmpstr (report->source, ==, "BA:2191");
  g_assert_cmpuint (dataset->n_sectors, ==, 3);
  g_assert_cmpfloat (wf_dataset_total_employment (dataset, WF_SEX_WOMEN), ==, 170 + 2700 + 17900);
  g_assert_cmpfloat (wf_dataset_total_employment (dataset, WF_SEX_MEN), ==, 380 + 8200 + 13900);
  g_assert_true (list_has (report->skipped, "9 rows: quarterly"));
}

static void
test_isic3 (void)
{
  const char * const names[] = { "EMP_TEMP_SEX_ECO_NB_A-isic3.csv", NULL };
  static const struct { const char *id; double total; } expected[] = {
    { "ECO_ISIC4_A", 6300 + 100 }, { "ECO_ISIC4_HJ", 1500 }, { "ECO_ISIC4_I", 500 },
    { "ECO_ISIC4_LMN", 350 }, { "ECO_ISIC4_RSTU", 300 + 50 + 10 },
  };
  g_autoptr(WfIlostatReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDataset) dataset = import_many (names, NULL, &report, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (dataset->n_sectors, ==, 14);
  g_assert_nonnull (strstr (report->breakdown, "ISIC Rev.3"));
  g_assert_true (list_has (report->notes, "ISIC Rev.3"));
  g_assert_nonnull (strstr (dataset->sources[WF_TABLE_EMPLOYMENT].note, "ISIC Rev.3"));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpfloat (dataset->sectors[wf_dataset_find_sector (dataset, expected[i].id)].employment[WF_SEX_UNKNOWN],
                       ==, expected[i].total);
  g_assert_false (wf_dataset_has_sex_split (dataset));
}

/* ILO WP 140's figures, typed here again: the profiles must reach them. */
static const struct { const char *id; double exposed; double top_women; double top_men; } wp140[] = {
  { "world", 0.25, 0.047, 0.024 },
  { "high-income", 0.34, 0.096, 0.035 },
  { "low-income", 0.11, NAN, NAN },
};

static void
test_exposure_profiles (void)
{
  const char * const names[] = { "EMP_TEMP_SEX_ECO_NB_A.csv.gz", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (wp140); i++)
    {
      WfIlostatOptions options = { .area = "KEN", .exposure_profile = wp140[i].id };
      g_autoptr(WfIlostatReport) report = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(WfDataset) dataset = import_many (names, &options, &report, &error);

      g_assert_no_error (error);
      g_assert_cmpfloat_with_epsilon (wf_dataset_exposed_share (dataset, WF_SEX_ALL, 1), wp140[i].exposed, 5e-4);
      if (!isnan (wp140[i].top_women))
        {
          g_assert_cmpfloat_with_epsilon (wf_dataset_exposed_share (dataset, WF_SEX_WOMEN, 4), wp140[i].top_women, 5e-4);
          g_assert_cmpfloat_with_epsilon (wf_dataset_exposed_share (dataset, WF_SEX_MEN, 4), wp140[i].top_men, 5e-4);
        }
      g_assert_nonnull (strstr (dataset->title, wp140[i].id));
      g_assert_nonnull (strstr (dataset->sources[WF_TABLE_EXPOSURE].citation, wp140[i].id));
      g_assert_cmpint (dataset->sources[WF_TABLE_EXPOSURE].provenance, ==, WF_PROVENANCE_DERIVED);
      g_assert_false (list_has (report->warnings, "no exposure profile"));
      g_assert_true (wf_dataset_validate (dataset, NULL));
    }

  /* Middle incomes lie between low and high income. */
  {
    const WfExposureProfile *low = wf_exposure_profile_find ("low-income");
    const WfExposureProfile *lower = wf_exposure_profile_find ("lower-middle-income");
    const WfExposureProfile *upper = wf_exposure_profile_find ("upper-middle-income");
    const WfExposureProfile *high = wf_exposure_profile_find ("high-income");

    g_assert_true (low->exposed < lower->exposed && lower->exposed < upper->exposed &&
                   upper->exposed < high->exposed);
    g_assert_cmpint (lower->exposed_tag, ==, WF_PROVENANCE_ASSUMPTION);
    g_assert_cmpint (high->exposed_tag, ==, WF_PROVENANCE_SECONDARY);
  }

  /* None chosen: the world pattern, unscaled, and a warning. */
  {
    WfIlostatOptions options = { .area = "KEN" };
    g_autoptr(WfIlostatReport) report = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(WfDataset) dataset = import_many (names, &options, &report, &error);
    g_autoptr(WfDataset) world = wf_dataset_new_world ();

    g_assert_no_error (error);
    g_assert_true (list_has (report->warnings, "no exposure profile"));
    g_assert_nonnull (strstr (dataset->title, "no profile chosen"));
    g_assert_cmpmem (dataset->sectors[0].exposure, sizeof dataset->sectors[0].exposure,
                     world->sectors[0].exposure, sizeof world->sectors[0].exposure);
  }

  /* An unknown profile is refused, naming the known ones. */
  {
    WfIlostatOptions options = { .area = "KEN", .exposure_profile = "middle-earth" };
    g_autoptr(GError) error = NULL;
    g_autoptr(WfDataset) dataset = import_many (names, &options, NULL, &error);

    g_assert_null (dataset);
    g_assert_nonnull (strstr (error->message, "low-income"));
  }
}

static char *
write_exposure_table (const char *name,
                      gboolean    complete)
{
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  g_autoptr(GString) csv = g_string_new ("sector,sex,gradient,share,provenance,source\n");
  g_autofree char *dir = g_dir_make_tmp ("wf-exposure-XXXXXX", NULL);
  char *path = g_build_filename (dir, name, NULL);

  for (guint s = 0; s < world->n_sectors; s++)
    for (guint g = 0; g < 2; g++)
      for (guint k = 1; k <= 4; k++)
        {
          if (!complete && s == 3 && g == 1 && k == 4)
            continue;
          g_string_append_printf (csv, "%s,%s,%u,%s,%s,%s\n", world->sectors[s].id,
                                  g ? "SEX_M" : "SEX_F", k, k == 4 ? "0.02" : "0.05",
                                  k == 4 ? "P" : "[A]", "\"National statistics office, 2025\"");
        }
  g_assert_true (g_file_set_contents (path, csv->str, -1, NULL));
  return path;
}

static void
test_exposure_table (void)
{
  const char * const names[] = { "EMP_TEMP_SEX_ECO_NB_A.csv.gz", NULL };
  g_autofree char *path = write_exposure_table ("exposure.csv", TRUE);
  g_autofree char *bad_path = write_exposure_table ("incomplete.csv", FALSE);
  g_autoptr(GFile) table = g_file_new_for_path (path);
  g_autoptr(GFile) bad_table = g_file_new_for_path (bad_path);
  WfIlostatOptions options = { .area = "KEN", .exposure_table = table };
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDataset) dataset = import_many (names, &options, NULL, &error);
  int a;

  g_assert_no_error (error);
  a = wf_dataset_find_sector (dataset, "ECO_ISIC4_A");
  g_assert_cmpfloat (dataset->sectors[a].exposure[WF_SEX_WOMEN][4], ==, 0.02);
  g_assert_cmpfloat_with_epsilon (dataset->sectors[a].exposure[WF_SEX_MEN][0], 1.0 - 0.17, 1e-12);
  g_assert_cmpfloat_with_epsilon (wf_dataset_exposed_share (dataset, WF_SEX_ALL, 1), 0.17, 1e-9);
  g_assert_nonnull (strstr (dataset->sources[WF_TABLE_EXPOSURE].citation, "National statistics office"));
  /* As strong as its weakest value: [A] */
  g_assert_cmpint (dataset->sources[WF_TABLE_EXPOSURE].provenance, ==, WF_PROVENANCE_ASSUMPTION);
  g_assert_nonnull (strstr (dataset->title, "exposure table"));

  g_clear_pointer (&dataset, wf_dataset_free);
  options.exposure_table = bad_table;
  dataset = import_many (names, &options, NULL, &error);
  g_assert_null (dataset);
  g_assert_nonnull (strstr (error->message, "ECO_ISIC4_DE, SEX_M, gradient 4"));
}

static void
test_skipped_indicator (void)
{
  g_autoptr(GError) error = NULL;
  const char * const names[] = { "mixed-units.csv", NULL };
  g_autoptr(WfIlostatReport) report = NULL;
  g_autoptr(WfDataset) dataset = import_many (names, NULL, &report, &error);

  /* Another indicator in the same file is skipped, and counted. */
  g_assert_no_error (error);
  g_assert_true (list_has (report->skipped, "indicator EMP_TEMP_SEX_ECO_DT"));
}

/* Employment without a split by sex, a labour force with one: the total
 * goes with the total (sex unknown), and unemployment is LF - E. */
static void
test_labour_unsplit (void)
{
  const char * const names[] = { "EMP_TEMP_SEX_ECO_NB_A-isic3.csv", "EAP_TEAP_SEX_AGE_NB_A-egy.csv", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDataset) dataset = import_many (names, NULL, NULL, &error);
  const double employed = 6300 + 100 + 60 + 2300 + 250 + 2200 + 2500 + 500 + 1500 + 230 + 350 +
                          1900 + 1900 + 500 + 300 + 50 + 10;

  g_assert_no_error (error);
  g_assert_cmpfloat (wf_dataset_total_employment (dataset, WF_SEX_UNKNOWN), ==, employed);
  g_assert_cmpfloat (dataset->labour_force[WF_SEX_UNKNOWN], ==, 21150.0);
  g_assert_cmpfloat (dataset->unemployed[WF_SEX_UNKNOWN], ==, 21150.0 - employed);
  g_assert_cmpfloat (dataset->labour_force[WF_SEX_WOMEN], ==, 0.0);
}

/* Some sectors split by sex, one not: each sex keeps the files' rate. */
static void
test_labour_partly_split (void)
{
  const char * const names[] = { "partly-split-with-labour.csv", NULL };
  g_autoptr(WfIlostatReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDataset) dataset = import_many (names, NULL, &report, &error);
  const double women = 300 + 2500, men = 900 + 2100, unknown = 1200;
  const double rate_women = 150.0 / 3000.0, rate_men = 160.0 / 3300.0, rate_all = 310.0 / 6300.0;

  g_assert_no_error (error);
  g_assert_cmpfloat (wf_dataset_total_employment (dataset, WF_SEX_WOMEN), ==, women);
  g_assert_cmpfloat (wf_dataset_total_employment (dataset, WF_SEX_UNKNOWN), ==, unknown);
  g_assert_cmpfloat_with_epsilon (dataset->unemployed[WF_SEX_WOMEN], women * rate_women / (1 - rate_women), 1e-9);
  g_assert_cmpfloat_with_epsilon (dataset->unemployed[WF_SEX_MEN], men * rate_men / (1 - rate_men), 1e-9);
  g_assert_cmpfloat_with_epsilon (dataset->unemployed[WF_SEX_UNKNOWN], unknown * rate_all / (1 - rate_all), 1e-9);
  g_assert_cmpfloat_with_epsilon (dataset->labour_force[WF_SEX_MEN], men / (1 - rate_men), 1e-9);
  g_assert_true (list_has (report->notes, "not split by sex the same way"));
  g_assert_cmpint (dataset->sources[WF_TABLE_UNEMPLOYMENT].provenance, ==, WF_PROVENANCE_DERIVED);
}

typedef struct
{
  const char *name;
  const char *fixture;
  const char *area;
  int         year;
  int         code;
  const char *in_message[2];
  gsize       max_size;
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
  { "only-quarterly", "quarterly.csv", NULL, 0, WF_IO_ERROR_ILOSTAT_DATA, { "no values", "EMP_TEMP_SEX_ECO_NB" } },
  { "hex-value", "hex-value.csv", NULL, 0, WF_IO_ERROR_ILOSTAT_DATA, { "hex-value.csv:2:", "0x1F40" } },
  { "implausible", "implausible.csv", NULL, 0, WF_IO_ERROR_ILOSTAT_DATA, { "implausible.csv:3:", "18000000000" } },
  { "implausible-country", "implausible-country.csv", NULL, 0, WF_IO_ERROR_ILOSTAT_DATA, { "implausible-country.csv:2:", "any country" } },
  { "sex-mismatch", "sex-mismatch.csv", NULL, 0, WF_IO_ERROR_ILOSTAT_DATA, { "sex-mismatch.csv:8:", "SEX_T is 9500" } },
  { "not-gzip", "not-gzip.csv.gz", NULL, 0, WF_IO_ERROR_CSV, { "not-gzip.csv.gz:1:", "not gzip" } },
  { "bzip2", "bzip2.csv.gz", NULL, 0, WF_IO_ERROR_CSV, { "bzip2.csv.gz:1:", "not with gzip" } },
  { "excel-renamed", "excel-renamed.csv", NULL, 0, WF_IO_ERROR_CSV, { "excel-renamed.csv:1:", "Excel" } },
  { "too-large", "country-sections.csv", NULL, 0, WF_IO_ERROR_TOO_LARGE, { "country-sections.csv", "larger than" }, 4096 },
  { "gzip-bomb", "EMP_TEMP_SEX_ECO_NB_A.csv.gz", NULL, 0, WF_IO_ERROR_TOO_LARGE, { "EMP_TEMP_SEX_ECO_NB_A.csv.gz", "decompressed" }, 2048 },
  { "directory", ".", NULL, 0, WF_IO_ERROR_IO, { "ilostat", "not a regular file" } },
  { "device", "/dev/zero", NULL, 0, WF_IO_ERROR_IO, { "/dev/zero", "not a regular file" } },
};

/* A pipe would block a reader that opens it: refused before opening. */
static void
test_fifo (void)
{
  g_autofree char *dir = g_dir_make_tmp ("wf-fifo-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "EMP.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDataset) dataset = NULL;

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  dataset = wf_ilostat_import_files (&file, 1, NULL, NULL, NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "not a regular file"));
  g_assert_nonnull (strstr (error->message, "EMP.csv"));
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_error (gconstpointer data)
{
  const ErrorCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = c->fixture[0] == '/' ? g_strdup (c->fixture)
                          : g_test_build_filename (G_TEST_DIST, "io", "fixtures", "ilostat", c->fixture, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  WfIlostatOptions options = { .area = c->area, .year = c->year, .max_size = c->max_size };
  g_autoptr(WfIlostatReport) report = NULL;
  g_autoptr(WfDataset) dataset = wf_ilostat_import_files (&file, 1, &options, &report, NULL, &error);

  g_assert_null (dataset);
  g_assert_nonnull (report);
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
  g_test_add_func ("/io/ilostat/bulk-gzip-labour-market", test_bulk_gzip_with_labour_market);
  g_test_add_func ("/io/ilostat/labour-files-disagree", test_labour_files_disagree);
  g_test_add_func ("/io/ilostat/modelled-details", test_modelled_details);
  g_test_add_func ("/io/ilostat/codes-and-labels", test_codes_and_labels);
  g_test_add_func ("/io/ilostat/sdmx", test_sdmx);
  g_test_add_func ("/io/ilostat/isic3", test_isic3);
  g_test_add_func ("/io/ilostat/exposure-profiles", test_exposure_profiles);
  g_test_add_func ("/io/ilostat/exposure-table", test_exposure_table);
  g_test_add_func ("/io/ilostat/skipped-indicator", test_skipped_indicator);
  g_test_add_func ("/io/ilostat/fifo", test_fifo);
  g_test_add_func ("/io/ilostat/labour-unsplit", test_labour_unsplit);
  g_test_add_func ("/io/ilostat/labour-partly-split", test_labour_partly_split);
  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/io/ilostat/error/%s", error_cases[i].name);

      g_test_add_data_func (path, &error_cases[i], test_error);
    }

  return g_test_run ();
}
