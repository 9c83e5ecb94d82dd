/* test-import-branches.c: the refusals of the ILOSTAT importer and of the
 * exposure table reader, each with the message that says where and what,
 * on small files written by the test.
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "wf-io.h"

static char *temp_dir;

/* A file named @name holding @contents, in the test's folder. */
static GFile *
write_file (const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (temp_dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

#define BULK_HEADER "ref_area,source,indicator,sex,classif1,time,obs_value\n"

/* Kenya by the three broad sectors, women and men adding up. */
#define KEN_ROWS \
  "KEN,BA:900,EMP_TEMP_SEX_ECO_NB,SEX_T,ECO_SECTOR_AGR,2023,8100\n" \
  "KEN,BA:900,EMP_TEMP_SEX_ECO_NB,SEX_F,ECO_SECTOR_AGR,2023,4000\n" \
  "KEN,BA:900,EMP_TEMP_SEX_ECO_NB,SEX_M,ECO_SECTOR_AGR,2023,4100\n" \
  "KEN,BA:900,EMP_TEMP_SEX_ECO_NB,SEX_T,ECO_SECTOR_IND,2023,2000\n" \
  "KEN,BA:900,EMP_TEMP_SEX_ECO_NB,SEX_F,ECO_SECTOR_IND,2023,500\n" \
  "KEN,BA:900,EMP_TEMP_SEX_ECO_NB,SEX_M,ECO_SECTOR_IND,2023,1500\n" \
  "KEN,BA:900,EMP_TEMP_SEX_ECO_NB,SEX_T,ECO_SECTOR_SER,2023,9000\n" \
  "KEN,BA:900,EMP_TEMP_SEX_ECO_NB,SEX_F,ECO_SECTOR_SER,2023,4000\n" \
  "KEN,BA:900,EMP_TEMP_SEX_ECO_NB,SEX_M,ECO_SECTOR_SER,2023,5000\n"

typedef struct
{
  const char *name;
  const char *contents;
  const char *area;
  int         code;          /* WfIoError */
  const char *message[2];    /* parts of the message */
} ImportCase;

static const ImportCase import_cases[] = {
  { "empty", "", NULL, WF_IO_ERROR_ILOSTAT_COLUMN,
    { "empty.csv: the file is empty; expected a header line", "ref_area" } },
  { "header-only-blank", "\n\n", NULL, WF_IO_ERROR_ILOSTAT_COLUMN, { "the file is empty", "" } },
  { "bad-utf8-header", "ref_area,\xff\n", NULL, WF_IO_ERROR_CSV, { "bad-utf8-header.csv:1:", "UTF-8" } },
  { "sdmx-no-freq", "DATAFLOW,REF_AREA,SEX,ECO,OBS_VALUE\n", NULL, WF_IO_ERROR_ILOSTAT_COLUMN,
    { "sdmx-no-freq.csv:1: the SDMX column “TIME_PERIOD” is missing", "REF_AREA, FREQ, SEX, ECO" } },
  { "sdmx-no-eco", "DATAFLOW,REF_AREA,SEX,TIME_PERIOD,OBS_VALUE\n", NULL, WF_IO_ERROR_ILOSTAT_COLUMN,
    { "the SDMX column “ECO” is missing", "" } },
  { "sdmx-no-indicator", "REF_AREA,FREQ,SEX,ECO,TIME_PERIOD,OBS_VALUE\n", NULL, WF_IO_ERROR_ILOSTAT_COLUMN,
    { "sdmx-no-indicator.csv:1: the SDMX columns INDICATOR and DATAFLOW are both missing", "" } },
  { "field-count", BULK_HEADER "KEN,BA:900,EMP_TEMP_SEX_ECO_NB,SEX_T,ECO_SECTOR_AGR,2023\n", NULL,
    WF_IO_ERROR_CSV, { "field-count.csv:2: the line has 6 fields; the header has 7", "" } },
  { "time-not-a-period", BULK_HEADER "KEN,BA:900,EMP_TEMP_SEX_ECO_NB,SEX_T,ECO_SECTOR_AGR,last year,8100\n",
    NULL, WF_IO_ERROR_ILOSTAT_DATA, { "time-not-a-period.csv:2: column time: “last year” is not a period", "" } },
  { "area-empty", BULK_HEADER ",BA:900,EMP_TEMP_SEX_ECO_NB,SEX_T,ECO_SECTOR_AGR,2023,8100\n", NULL,
    WF_IO_ERROR_ILOSTAT_DATA, { "area-empty.csv:2: column ref_area is empty", "" } },
  { "sex-unknown", BULK_HEADER "KEN,BA:900,EMP_TEMP_SEX_ECO_NB,SEX_X,ECO_SECTOR_AGR,2023,8100\n", NULL,
    WF_IO_ERROR_ILOSTAT_DATA, { "sex-unknown.csv:2: column sex: “SEX_X” is not one of SEX_T, SEX_F, SEX_M or SEX_O", "" } },
  { "negative", BULK_HEADER "KEN,BA:900,EMP_TEMP_SEX_ECO_NB,SEX_T,ECO_SECTOR_AGR,2023,-5\n", NULL,
    WF_IO_ERROR_ILOSTAT_DATA, { "negative.csv:2: column obs_value: -5 is negative", "" } },
  { "duplicate", BULK_HEADER KEN_ROWS
    "KEN,BA:900,EAP_TEAP_SEX_AGE_NB,SEX_T,AGE_YTHADULT_YGE15,2023,21000\n"
    "KEN,BA:900,EAP_TEAP_SEX_AGE_NB,SEX_F,AGE_YTHADULT_YGE15,2023,9000\n"
    "KEN,BA:900,EAP_TEAP_SEX_AGE_NB,SEX_F,AGE_YTHADULT_YGE15,2023,9100\n", NULL,
    WF_IO_ERROR_ILOSTAT_DATA, { "duplicate.csv:13:", "a second value for KEN, AGE_YTHADULT_YGE15, SEX_F, 2023 (the first is on line 12)" } },
  { "area-twice", BULK_HEADER KEN_ROWS, "KEN, KEN", WF_IO_ERROR_ILOSTAT_AREA,
    { "the area “KEN” is chosen twice", "" } },
  { "no-area", BULK_HEADER KEN_ROWS, " , ", WF_IO_ERROR_ILOSTAT_AREA, { "no area given", "" } },
  { "zero-employment", BULK_HEADER
    "KEN,BA:900,EMP_TEMP_SEX_ECO_NB,SEX_T,ECO_SECTOR_AGR,2023,0\n"
    "KEN,BA:900,EMP_TEMP_SEX_ECO_NB,SEX_T,ECO_SECTOR_IND,2023,0\n"
    "KEN,BA:900,EMP_TEMP_SEX_ECO_NB,SEX_T,ECO_SECTOR_SER,2023,0\n", NULL,
    WF_IO_ERROR_ILOSTAT_DATA, { "every sector has zero employment in 2023", "" } },
  { "labour-force-too-small", BULK_HEADER KEN_ROWS
    "KEN,BA:900,EAP_TEAP_SEX_AGE_NB,SEX_T,AGE_YTHADULT_YGE15,2023,1000\n"
    "KEN,BA:900,EAP_TEAP_SEX_AGE_NB,SEX_F,AGE_YTHADULT_YGE15,2023,400\n"
    "KEN,BA:900,EAP_TEAP_SEX_AGE_NB,SEX_M,AGE_YTHADULT_YGE15,2023,600\n", NULL,
    WF_IO_ERROR_ILOSTAT_DATA, { "KEN, 2023, ", "exceeds the labour force" } },
  { "excel", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", NULL, WF_IO_ERROR_CSV,
    { "excel.csv:1: this is an Excel 97–2003 workbook (.xls), not a CSV file", "" } },
  { "zstd", "\x28\xb5\x2f\xfd" "data", NULL, WF_IO_ERROR_CSV,
    { "zstd.csv:1: the file is compressed, but not with gzip", "" } },
  { "7zip", "7z\xbc\xaf\x27\x1c" "data", NULL, WF_IO_ERROR_CSV,
    { "7zip.csv:1: the file is compressed, but not with gzip", "" } },
  { "quarterly-indicator", BULK_HEADER "KEN,BA:900,EMP_TEMP_SEX_ECO_NB_Q,SEX_T,ECO_SECTOR_AGR,2023Q1,8100\n"
    "KEN,BA:900,EMP_TEMP_SEX_ECO_NB_M,SEX_T,ECO_SECTOR_AGR,2023M01,8100\n"
    "KEN,BA:900,EMP_TEMP_SEX_ECO_NB,SEX_T,ECO_SECTOR_AGR,2023-06,8100\n", NULL, WF_IO_ERROR_ILOSTAT_DATA,
    { "the files have no values of employment by sex and economic activity", "" } },
  { "many-areas", BULK_HEADER
    "AAA,BA:1,EMP_TEMP_SEX_ECO_NB,SEX_T,ECO_SECTOR_AGR,2023,1\n" "BBB,BA:1,EMP_TEMP_SEX_ECO_NB,SEX_T,ECO_SECTOR_AGR,2023,1\n"
    "CCC,BA:1,EMP_TEMP_SEX_ECO_NB,SEX_T,ECO_SECTOR_AGR,2023,1\n" "DDD,BA:1,EMP_TEMP_SEX_ECO_NB,SEX_T,ECO_SECTOR_AGR,2023,1\n"
    "EEE,BA:1,EMP_TEMP_SEX_ECO_NB,SEX_T,ECO_SECTOR_AGR,2023,1\n" "FFF,BA:1,EMP_TEMP_SEX_ECO_NB,SEX_T,ECO_SECTOR_AGR,2023,1\n"
    "GGG,BA:1,EMP_TEMP_SEX_ECO_NB,SEX_T,ECO_SECTOR_AGR,2023,1\n" "HHH,BA:1,EMP_TEMP_SEX_ECO_NB,SEX_T,ECO_SECTOR_AGR,2023,1\n"
    "III,BA:1,EMP_TEMP_SEX_ECO_NB,SEX_T,ECO_SECTOR_AGR,2023,1\n" "JJJ,BA:1,EMP_TEMP_SEX_ECO_NB,SEX_T,ECO_SECTOR_AGR,2023,1\n"
    "KKK,BA:1,EMP_TEMP_SEX_ECO_NB,SEX_T,ECO_SECTOR_AGR,2023,1\n" "LLL,BA:1,EMP_TEMP_SEX_ECO_NB,SEX_T,ECO_SECTOR_AGR,2023,1\n"
    "MMM,BA:1,EMP_TEMP_SEX_ECO_NB,SEX_T,ECO_SECTOR_AGR,2023,1\n", NULL, WF_IO_ERROR_ILOSTAT_AREA,
    { "AAA, BBB, CCC, DDD, EEE, FFF, GGG, HHH, III, JJJ, KKK, LLL, …", "" } },
  { "unemployment-implausible", BULK_HEADER KEN_ROWS
    "KEN,BA:900,EAP_TEAP_SEX_AGE_NB,SEX_T,AGE_YTHADULT_YGE15,2023,500000\n", NULL,
    WF_IO_ERROR_ILOSTAT_DATA, { "KEN, 2023: an unemployment rate of", "is not plausible" } },
};

static void
test_import_case (gconstpointer data)
{
  const ImportCase *c = data;
  g_autofree char *name = g_strconcat (c->name, ".csv", NULL);
  g_autoptr(GFile) file = write_file (name, c->contents);
  WfIlostatOptions options = { .area = c->area };
  g_autoptr(WfIlostatReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDataset) dataset = wf_ilostat_import_files (&file, 1, &options, &report, NULL, &error);

  g_assert_null (dataset);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_error (error, WF_IO_ERROR, c->code);
  for (guint i = 0; i < G_N_ELEMENTS (c->message); i++)
    g_assert_nonnull (strstr (error->message, c->message[i]));
}

/* What the importer refuses before reading any file. */
static void
test_import_options (void)
{
  g_autoptr(GFile) file = write_file ("ken.csv", BULK_HEADER KEN_ROWS);
  g_autoptr(GFile) table = write_file ("table.csv", "");
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDataset) dataset = NULL;
  WfIlostatOptions both = { .exposure_profile = "world", .exposure_table = table };

  dataset = wf_ilostat_import_files (NULL, 0, NULL, NULL, NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_ILOSTAT_DATA);
  g_assert_cmpstr (error->message, ==, "no file given");
  g_clear_error (&error);

  dataset = wf_ilostat_import_files (&file, 1, &both, NULL, NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_ILOSTAT_DATA);
  g_assert_cmpstr (error->message, ==, "choose an exposure profile or an exposure table, not both");
  g_clear_error (&error);

  /* The same file imports when nothing is wrong. */
  dataset = wf_ilostat_import_files (&file, 1, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_cmpfloat (wf_dataset_total_employment (dataset, WF_SEX_WOMEN), ==, 8500.0);
}

/* A file that is not there, and one whose gzip data are cut short. */
static void
test_import_unreadable (void)
{
  g_autofree char *path = g_build_filename (temp_dir, "absent.csv", NULL);
  g_autoptr(GFile) absent = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDataset) dataset = NULL;
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "io", "fixtures", "ilostat",
                                                    "EMP_TEMP_SEX_ECO_NB_A.csv.gz", NULL);
  g_autofree char *gz = NULL;
  gsize length = 0;
  g_autofree char *cut_path = g_build_filename (temp_dir, "cut.csv.gz", NULL);
  g_autoptr(GFile) cut = g_file_new_for_path (cut_path);

  dataset = wf_ilostat_import_files (&absent, 1, NULL, NULL, NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "absent.csv"));
  g_assert_nonnull (strstr (error->message, "could not read the file"));
  g_clear_error (&error);

  g_assert_true (g_file_get_contents (fixture, &gz, &length, NULL));
  g_assert_cmpuint (length, >, 200);
  g_assert_true (g_file_set_contents (cut_path, gz, (gssize) (length / 2), NULL));
  dataset = wf_ilostat_import_files (&cut, 1, NULL, NULL, NULL, &error);
  g_assert_null (dataset);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "cut.csv.gz"));
}


static gboolean
list_has (GPtrArray  *list,
          const char *part)
{
  for (guint i = 0; list != NULL && i < list->len; i++)
    if (strstr (g_ptr_array_index (list, i), part) != NULL)
      return TRUE;
  return FALSE;
}

/* What the importer chose, and says it chose. */
static void
test_import_reports (void)
{
  g_autoptr(GFile) ken = write_file ("ken-lf.csv", BULK_HEADER
    "KEN,BA:900,EMP_TEMP_SEX_ECO_NB,SEX_T,ECO_SECTOR_AGR,2023,8100\n"
    "KEN,BA:900,EMP_TEMP_SEX_ECO_NB,SEX_F,ECO_SECTOR_AGR,2023,4000\n"
    "KEN,BA:900,EMP_TEMP_SEX_ECO_NB,SEX_M,ECO_SECTOR_AGR,2023,4100\n"
    "KEN,BA:900,EMP_TEMP_SEX_ECO_NB,SEX_T,ECO_SECTOR_IND,2023,0\n"
    "KEN,BA:900,EMP_TEMP_SEX_ECO_NB,SEX_F,ECO_SECTOR_IND,2023,0\n"
    "KEN,BA:900,EMP_TEMP_SEX_ECO_NB,SEX_M,ECO_SECTOR_IND,2023,0\n"
    "KEN,BA:900,EMP_TEMP_SEX_ECO_NB,SEX_T,ECO_SECTOR_SER,2023,9000\n"
    "KEN,BA:900,EMP_TEMP_SEX_ECO_NB,SEX_F,ECO_SECTOR_SER,2023,4000\n"
    "KEN,BA:900,EMP_TEMP_SEX_ECO_NB,SEX_M,ECO_SECTOR_SER,2023,5000\n"
    "KEN,BA:900,EAP_TEAP_SEX_AGE_NB,SEX_T,AGE_YTHADULT_YGE15,2023,18000\n");
  g_autoptr(GFile) sdmx = write_file ("sdmx-labels.csv",
    "DATAFLOW,REF_AREA: Reference area,FREQ: Frequency,SEX: Sex,ECO: Economic activity,TIME_PERIOD: Time,OBS_VALUE\n"
    "EMP_TEMP_SEX_ECO_NB,KEN: Kenya,A: Annual,SEX_T: Total,ECO_SECTOR_AGR: Agriculture,2023,8100\n"
    "EMP_TEMP_SEX_ECO_NB,KEN: Kenya,A: Annual,SEX_T: Total,ECO_SECTOR_IND: Industry,2023,2000\n"
    "EMP_TEMP_SEX_ECO_NB,KEN: Kenya,A: Annual,SEX_T: Total,ECO_SECTOR_SER: Services,2023,9000\n");
  WfIlostatOptions options = { .source = "BA:900", .edition = "ILOSTAT, test edition" };
  g_autoptr(WfIlostatReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDataset) dataset = wf_ilostat_import_files (&ken, 1, &options, &report, NULL, &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (report->source_rule, ==, "the source asked for");
  g_assert_cmpstr (((WfIlostatFileReport *) g_ptr_array_index (report->files, 0))->edition, ==,
                   "ILOSTAT, test edition");
  /* Industry has no employment: left out, and said. */
  g_assert_true (list_has (report->notes, "no employment in"));
  text = wf_ilostat_report_to_text (report);
  g_assert_nonnull (strstr (text, "BA:900"));
  /* The labour force alone gives the unemployment rate: 1 - 17100 / 18000. */
  g_assert_cmpfloat_with_epsilon (dataset->unemployed[WF_SEX_WOMEN] /
                                  dataset->labour_force[WF_SEX_WOMEN], 1.0 - 17100.0 / 18000.0, 1e-9);
  g_clear_pointer (&dataset, wf_dataset_free);
  g_clear_pointer (&report, wf_ilostat_report_free);

  /* A year or a source the files do not have is refused by name. */
  options.year = 2019;
  dataset = wf_ilostat_import_files (&ken, 1, &options, NULL, NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_ILOSTAT_DATA);
  g_assert_cmpstr (error->message, ==, "the files have no data for KEN in 2019 from the source “BA:900”");
  g_clear_error (&error);
  options.source = NULL;
  dataset = wf_ilostat_import_files (&ken, 1, &options, NULL, NULL, &error);
  g_assert_null (dataset);
  g_assert_cmpstr (error->message, ==, "the files have no employment data for KEN in 2019");
  g_clear_error (&error);

  /* SDMX with labels: the codes before ": " are read; without a split by
   * sex the employment is of unknown sex. */
  options.year = 0;
  options.edition = NULL;
  dataset = wf_ilostat_import_files (&sdmx, 1, &options, &report, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (((WfIlostatFileReport *) g_ptr_array_index (report->files, 0))->form, ==, "SDMX CSV");
  g_assert_true (g_str_has_prefix (((WfIlostatFileReport *) g_ptr_array_index (report->files, 0))->edition,
                                   "edition not given; file dated 20"));
  g_assert_cmpfloat (wf_dataset_total_employment (dataset, WF_SEX_UNKNOWN), ==, 19100.0);
}

/* The exposure table: one row per group, sex and gradient 1 to 4. */
static GString *
exposure_table (gboolean with_gradient_0)
{
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  GString *csv = g_string_new ("sector,sex,gradient,share,provenance,source\n");

  for (guint s = 0; s < world->n_sectors; s++)
    for (guint g = 0; g < 2; g++)
      for (guint k = with_gradient_0 ? 0 : 1; k <= 4; k++)
        g_string_append_printf (csv, "%s,%s,%u,%s,%s,%s\n", world->sectors[s].id,
                                g ? "SEX_M" : "SEX_F", k, k == 0 ? "0.8" : "0.05",
                                k == 1 ? "S" : k == 2 ? "D" : "P", k == 3 ? "Survey 2025" : "");
  return csv;
}

typedef struct
{
  const char *name;
  const char *pattern;      /* a regular expression on the valid table */
  const char *replacement;
  int         code;
  const char *message;
} TableCase;

static const TableCase table_cases[] = {
  { "empty", "^.*$", "", WF_IO_ERROR_INVALID,
    "empty.csv: the file is empty; expected the columns sector, sex, gradient, share, provenance and source" },
  { "column-missing", "provenance,", "", WF_IO_ERROR_INVALID,
    "column-missing.csv:1: the column “provenance” is missing" },
  { "field-count", "ECO_ISIC4_A,SEX_F,1,0.05,S,", "ECO_ISIC4_A,SEX_F,1,0.05,S,,extra", WF_IO_ERROR_INVALID,
    "field-count.csv:3: the line has 7 fields; the header has 6" },
  { "sector-unknown", "ECO_ISIC4_A,SEX_F,1", "ECO_ISIC4_Z,SEX_F,1", WF_IO_ERROR_INVALID,
    "sector-unknown.csv:3: “ECO_ISIC4_Z” is not one of the 14 sector groups" },
  { "sex-unknown", "ECO_ISIC4_A,SEX_F,1", "ECO_ISIC4_A,SEX_T,1", WF_IO_ERROR_INVALID,
    "sex-unknown.csv:3: column sex: “SEX_T” is not SEX_F or SEX_M" },
  { "gradient-bad", "ECO_ISIC4_A,SEX_F,1", "ECO_ISIC4_A,SEX_F,5", WF_IO_ERROR_INVALID,
    "gradient-bad.csv:3: column gradient: “5” is not 0, 1, 2, 3 or 4" },
  { "share-bad", "ECO_ISIC4_A,SEX_F,1,0.05", "ECO_ISIC4_A,SEX_F,1,1.5", WF_IO_ERROR_INVALID,
    "share-bad.csv:3: column share: “1.5” is not a share between 0 and 1" },
  { "share-negative", "ECO_ISIC4_A,SEX_F,1,0.05", "ECO_ISIC4_A,SEX_F,1,-0.1", WF_IO_ERROR_INVALID,
    "column share: “-0.1” is not a share" },
  { "provenance-bad", "ECO_ISIC4_A,SEX_F,1,0.05,S", "ECO_ISIC4_A,SEX_F,1,0.05,Q", WF_IO_ERROR_INVALID,
    "provenance-bad.csv:3: column provenance: “Q” is not P, S, A or D" },
  { "provenance-bracket-bad", "ECO_ISIC4_A,SEX_F,1,0.05,S", "ECO_ISIC4_A,SEX_F,1,0.05,[Q]", WF_IO_ERROR_INVALID,
    "column provenance: “[Q]” is not P, S, A or D" },
  { "provenance-bare-bracket", "ECO_ISIC4_A,SEX_F,1,0.05,S", "ECO_ISIC4_A,SEX_F,1,0.05,S]", WF_IO_ERROR_INVALID,
    "column provenance: “S]” is not P, S, A or D" },
  { "provenance-empty", "ECO_ISIC4_A,SEX_F,1,0.05,S", "ECO_ISIC4_A,SEX_F,1,0.05,", WF_IO_ERROR_INVALID,
    "column provenance: “” is not P, S, A or D" },
  { "twice", "ECO_ISIC4_A,SEX_F,2", "ECO_ISIC4_A,SEX_F,1", WF_IO_ERROR_INVALID,
    "twice.csv:4: a second value for ECO_ISIC4_A, SEX_F, gradient 1 (the first is on line 3)" },
  { "sum-over-one", "ECO_ISIC4_A,SEX_M,4,0.05", "ECO_ISIC4_A,SEX_M,4,0.9", WF_IO_ERROR_INVALID,
    "sum-over-one.csv:8: ECO_ISIC4_A, SEX_M: gradients 1 to 4 sum to 1.05, more than 1" },
  { "gradient-0-disagrees", "ECO_ISIC4_A,SEX_F,0,0.8", "ECO_ISIC4_A,SEX_F,0,0.5", WF_IO_ERROR_INVALID,
    "gradient-0-disagrees.csv:2: ECO_ISIC4_A, SEX_F: gradient 0 is 0.5 but gradients 1 to 4 leave 0.8" },
  { "bad-csv", "ECO_ISIC4_A,SEX_F,1,0.05", "ECO_ISIC4_A,SEX_F,1,0\"05", WF_IO_ERROR_CSV,
    "bad-csv.csv:3:" },
};

static void
test_table_case (gconstpointer data)
{
  const TableCase *c = data;
  g_autoptr(GString) valid = exposure_table (TRUE);
  g_autoptr(GRegex) regex = g_regex_new (c->pattern, G_REGEX_MULTILINE, 0, NULL);
  g_autofree char *contents = NULL;
  g_autofree char *name = g_strconcat (c->name, ".csv", NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDataset) pattern = NULL;

  if (g_str_equal (c->name, "empty"))
    contents = g_strdup ("");
  else
    {
      int start, end;
      g_autoptr(GMatchInfo) match = NULL;

      g_assert_true (g_regex_match (regex, valid->str, 0, &match));
      g_match_info_fetch_pos (match, 0, &start, &end);
      contents = g_strdup_printf ("%.*s%s%s", start, valid->str, c->replacement, valid->str + end);
    }
  file = write_file (name, contents);
  pattern = wf_exposure_table_load (file, world, NULL, &error);

  g_assert_null (pattern);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_error (error, WF_IO_ERROR, c->code);
  g_assert_nonnull (strstr (error->message, c->message));
}

/* A complete table: gradient 0 is the remainder, the provenance is that of
 * the weakest value, and the citation lists the sources given. */
static void
test_table_loads (void)
{
  g_autoptr(GString) with_0 = exposure_table (TRUE);
  g_autoptr(GString) without_0 = exposure_table (FALSE);
  g_autoptr(GFile) file_0 = write_file ("with-0.csv", with_0->str);
  g_autoptr(GFile) file = write_file ("without-0.csv", without_0->str);
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDataset) a = wf_exposure_table_load (file_0, world, NULL, &error);
  g_autoptr(WfDataset) b = NULL;

  g_assert_no_error (error);
  b = wf_exposure_table_load (file, world, NULL, &error);
  g_assert_no_error (error);
  for (guint s = 0; s < a->n_sectors; s++)
    {
      g_assert_cmpfloat_with_epsilon (a->sectors[s].exposure[WF_SEX_WOMEN][0], 0.8, 1e-12);
      g_assert_cmpfloat_with_epsilon (b->sectors[s].exposure[WF_SEX_MEN][0], 0.8, 1e-12);
      g_assert_cmpfloat_with_epsilon (b->sectors[s].exposure[WF_SEX_UNKNOWN][4], 0.05, 1e-12);
    }
  /* S, D and P values: derived is the weakest. */
  g_assert_cmpint (a->sources[WF_TABLE_EXPOSURE].provenance, ==, WF_PROVENANCE_DERIVED);
  g_assert_cmpstr (a->sources[WF_TABLE_EXPOSURE].citation, ==, "Survey 2025");
  g_assert_nonnull (strstr (a->sources[WF_TABLE_EXPOSURE].note, "112 values, 56 [P], 28 [S], 0 [A], 28 [D]"));
}

/* A table with no source column value anywhere is cited by its name; a
 * primary-only one is primary. */
static void
test_table_primary (void)
{
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  g_autoptr(GString) csv = g_string_new ("source,provenance,share,gradient,sex,sector\n");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDataset) pattern = NULL;
  g_autofree char *name = NULL;

  for (guint s = 0; s < world->n_sectors; s++)
    for (guint g = 0; g < 2; g++)
      for (guint k = 1; k <= 4; k++)
        g_string_append_printf (csv, ",[P],0.01,%u,%s,%s\n", k, g ? "SEX_M" : "SEX_F", world->sectors[s].id);
  file = write_file ("primary.csv", csv->str);
  name = g_file_get_parse_name (file);
  pattern = wf_exposure_table_load (file, world, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pattern->sources[WF_TABLE_EXPOSURE].provenance, ==, WF_PROVENANCE_PRIMARY);
  g_assert_cmpstr (pattern->sources[WF_TABLE_EXPOSURE].citation, ==, name);
}

static void
test_table_unreadable (void)
{
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  g_autofree char *path = g_build_filename (temp_dir, "absent.csv", NULL);
  g_autoptr(GFile) absent = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_new_for_path (temp_dir);
  g_autofree char *fifo_path = g_build_filename (temp_dir, "pipe.csv", NULL);
  g_autoptr(GFile) fifo = g_file_new_for_path (fifo_path);
  g_autoptr(GFile) large = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDataset) pattern = NULL;
  g_autofree char *big = g_malloc (WF_EXPOSURE_TABLE_MAX_SIZE + 2);

  pattern = wf_exposure_table_load (absent, world, NULL, &error);
  g_assert_null (pattern);
  g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "absent.csv: could not read the file:"));
  g_clear_error (&error);

  pattern = wf_exposure_table_load (folder, world, NULL, &error);
  g_assert_null (pattern);
  g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "not a regular file"));
  g_clear_error (&error);

  /* A pipe is refused before it is opened, which would wait for a
   * writer. */
  g_assert_cmpint (mkfifo (fifo_path, 0600), ==, 0);
  pattern = wf_exposure_table_load (fifo, world, NULL, &error);
  g_assert_null (pattern);
  g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "pipe.csv: not a regular file"));
  g_clear_error (&error);

  memset (big, 'a', WF_EXPOSURE_TABLE_MAX_SIZE + 1);
  big[WF_EXPOSURE_TABLE_MAX_SIZE + 1] = '\0';
  large = write_file ("large.csv", big);
  pattern = wf_exposure_table_load (large, world, NULL, &error);
  g_assert_null (pattern);
  g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "large.csv: the file is larger than"));
}

static void
remove_temp_dir (void)
{
  g_autoptr(GDir) dir = g_dir_open (temp_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (temp_dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (temp_dir);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  temp_dir = g_dir_make_tmp ("wf-import-branches-XXXXXX", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (import_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/io/branches/ilostat/%s", import_cases[i].name);

      g_test_add_data_func (path, &import_cases[i], test_import_case);
    }
  g_test_add_func ("/io/branches/ilostat/options", test_import_options);
  g_test_add_func ("/io/branches/ilostat/unreadable", test_import_unreadable);
  g_test_add_func ("/io/branches/ilostat/reports", test_import_reports);
  for (guint i = 0; i < G_N_ELEMENTS (table_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/io/branches/exposure-table/%s", table_cases[i].name);

      g_test_add_data_func (path, &table_cases[i], test_table_case);
    }
  g_test_add_func ("/io/branches/exposure-table/loads", test_table_loads);
  g_test_add_func ("/io/branches/exposure-table/primary", test_table_primary);
  g_test_add_func ("/io/branches/exposure-table/unreadable", test_table_unreadable);

  status = g_test_run ();
  remove_temp_dir ();
  g_free (temp_dir);
  return status;
}
