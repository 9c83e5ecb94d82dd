/* test-hostile.c: the .foresight loader and writer against hostile input,
 * each case generated here into memory or a temporary folder
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every case is one an adversarial tester found: a file that exhausts
 * memory or time, a number that makes no sense, a file Save turned into
 * one that would not open. The bounds are asserted as refusals (the limit
 * named in the message), never as wall-clock thresholds.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>

#include "test-io-common.h"
#include "wf-csv-reader.h"
#include "wf-ilostat.h"
#include "wf-io-util.h"

/* The bundled world document as the writer writes it. */
static char *
world_text (void)
{
  g_autoptr(WfDocument) document = wf_document_new_default ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = wf_document_to_bytes (document, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* @text with its first @from replaced by @to. */
static char *
replace_first (const char *text,
               const char *from,
               const char *to)
{
  const char *at = strstr (text, from);
  GString *out = g_string_new (NULL);

  g_assert_nonnull (at);
  g_string_append_len (out, text, at - text);
  g_string_append (out, to);
  g_string_append (out, at + strlen (from));
  return g_string_free (out, FALSE);
}

/* The world document in the next format version, newer than this one. */
static char *
newer_text (void)
{
  g_autofree char *text = world_text ();
  g_autofree char *from = g_strdup_printf ("version=\"%d\"", WF_DOCUMENT_VERSION);
  g_autofree char *to = g_strdup_printf ("version=\"%d\"", WF_DOCUMENT_VERSION + 1);

  return replace_first (text, from, to);
}

static WfDocument *
load_text (const char  *text,
           GPtrArray  **warnings,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return wf_document_load_bytes_full (bytes, "hostile.foresight", warnings, error);
}

static void
assert_refused (const char *text,
                int         code,
                const char *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDocument) document = load_text (text, NULL, &error);

  g_assert_null (document);
  g_assert_error (error, WF_IO_ERROR, code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, fragment));
  g_assert_true (g_str_has_prefix (error->message, "hostile.foresight:"));
}

/* 300,000 attributes on one element (3.4 MB): libxml2 2.9 compares them
 * pairwise and gave no answer in 120 s; the pre-scan refuses the element at
 * its line before the parser sees it. */
static void
test_many_attributes (void)
{
  g_autofree char *text = world_text ();
  g_autofree char *hostile = NULL;
  GString *attributes = g_string_new ("<metadata");
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < 300000; i++)
    g_string_append_printf (attributes, " a%u=\"\"", i);
  g_string_append (attributes, ">");
  hostile = replace_first (text, "<metadata>", attributes->str);
  g_string_free (attributes, TRUE);

  assert_refused (hostile, WF_IO_ERROR_TOO_LARGE, ":3: an element has more than 32 attributes");
  g_test_message ("refused in %.3f s", (g_get_monotonic_time () - start) / 1e6);
}

static void
test_long_attribute (void)
{
  g_autofree char *text = world_text ();
  g_autofree char *id = g_strnfill (WF_DOCUMENT_MAX_ATTRIBUTE_LENGTH + 1, 'a');
  g_autofree char *to = g_strdup_printf ("<dataset id=\"%s\"", id);
  g_autofree char *hostile = replace_first (text, "<dataset id=\"world-2023\"", to);

  assert_refused (hostile, WF_IO_ERROR_TOO_LARGE, "an attribute value is longer than 65536 bytes");
}

/* Quotes inside comments, text and processing instructions are not
 * attribute values: the pre-scan does not count them. */
static void
test_prescan_skips_text (void)
{
  g_autofree char *text = world_text ();
  GString *notes = g_string_new ("<metadata><!-- ");
  g_autofree char *hostile = NULL;
  g_autoptr(WfDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 100; i++)
    g_string_append (notes, "a=\"\" ");
  g_string_append (notes, "--><?pi x=\"\" y='' z=\"\"?>");
  hostile = replace_first (text, "<metadata>", notes->str);
  g_string_free (notes, TRUE);

  document = load_text (hostile, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
}

/* 3.7 million unknown elements (15 MB) in a newer version: refused at the
 * element limit, not kept (990 MB) nor warned about one by one. */
static void
test_many_elements (void)
{
  g_autofree char *text = newer_text ();
  g_autofree char *hostile = NULL;
  GString *elements = g_string_new ("<scenarios>");

  for (guint i = 0; i < 3700000; i++)
    g_string_append (elements, "<x/>");
  hostile = replace_first (text, "<scenarios>", elements->str);
  g_string_free (elements, TRUE);
  g_assert_cmpuint (strlen (hostile), <, WF_DOCUMENT_MAX_SIZE);

  assert_refused (hostile, WF_IO_ERROR_TOO_LARGE, "more than 100000 elements");
}

/* Unknown elements a newer version may have: a bounded list of warnings,
 * the last of which says the others are not listed. */
static void
test_warnings_bounded (void)
{
  g_autofree char *text = newer_text ();
  g_autofree char *hostile = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDocument) document = NULL;
  GString *elements = g_string_new ("<scenarios>");

  for (guint i = 0; i < 5000; i++)
    g_string_append (elements, "<x/>");
  hostile = replace_first (text, "<scenarios>", elements->str);
  g_string_free (elements, TRUE);

  document = load_text (hostile, &warnings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, WF_DOCUMENT_MAX_WARNINGS + 1);
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, WF_DOCUMENT_MAX_WARNINGS),
                            "more than 100 warnings; the others are not listed"));
}

/* Sectors × skills doubles were allocated from the element counts before
 * any check (a 510 KB file took 4.1 GB): both counts are bounded first. */
static void
test_many_sectors_and_skills (void)
{
  g_autofree char *text = world_text ();
  g_autofree char *sectors = NULL;
  g_autofree char *skills = NULL;
  GString *many = g_string_new ("<sectors>");

  for (guint i = 0; i < WF_DOCUMENT_MAX_SECTORS; i++)
    g_string_append (many, "<sector/>");
  sectors = replace_first (text, "<sectors>", many->str);
  assert_refused (sectors, WF_IO_ERROR_TOO_LARGE, "sectors; at most 1000 are allowed");

  g_string_assign (many, "<skills>");
  for (guint i = 0; i < WF_DOCUMENT_MAX_SKILLS; i++)
    g_string_append (many, "<skill/>");
  skills = replace_first (text, "<skills>", many->str);
  assert_refused (skills, WF_IO_ERROR_TOO_LARGE, "skills; at most 64 are allowed");
  g_string_free (many, TRUE);
}

static void
test_many_scenarios (void)
{
  g_autofree char *text = world_text ();
  g_autofree char *hostile = NULL;
  GString *many = g_string_new ("<scenarios>");

  for (guint i = 0; i < WF_DOCUMENT_MAX_SCENARIOS; i++)
    g_string_append (many, "<scenario/>");
  hostile = replace_first (text, "<scenarios>", many->str);
  g_string_free (many, TRUE);

  assert_refused (hostile, WF_IO_ERROR_TOO_LARGE, "scenarios; at most 1000 are allowed");
}

/* Numbers are plain decimals: g_ascii_strtod reads 0x10 as 16, and takes
 * inf, nan and a leading +. */
static void
test_numbers (void)
{
  const char *refused[] = { "0x10", "0X1p3", "inf", "-infinity", "nan", "+0.3", ".", "-",
                            "1e", "1e99999", "1e400", "0.3.1", "3,5", "1 2", "" };
  const char *accepted[] = { "0.3", "-0.3", " 3 ", "1e-05", "2.5E+3", "7.", ".5", "-0" };
  const double values[] = { 0.3, -0.3, 3, 1e-05, 2500, 7, 0.5, 0 };
  g_autofree char *text = world_text ();

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *to = g_strdup_printf ("elasticity=\"%s\"", refused[i]);
      g_autofree char *hostile = replace_first (text, "elasticity=\"0.3\"", to);
      double value = 0;

      g_assert_false (wf_io_parse_double (refused[i], &value));
      assert_refused (hostile, WF_IO_ERROR_VALUE, "expected a number");
    }
  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      double value = NAN;

      g_assert_true (wf_io_parse_double (accepted[i], &value));
      g_assert_cmpfloat (value, ==, values[i]);
    }
}

/* Employment of 1e308 validated and projected to inf. */
static void
test_employment_bound (void)
{
  g_autofree char *text = world_text ();
  g_autofree char *hostile = replace_first (text, "employment=\"355622.49981968984\"",
                                            "employment=\"1e308\"");
  g_autofree char *above = replace_first (text, "employment=\"355622.49981968984\"",
                                          "employment=\"10000001\"");

  assert_refused (hostile, WF_IO_ERROR_RANGE, "more than the world’s population");
  assert_refused (above, WF_IO_ERROR_RANGE, "more than the world’s population");
}

/* A lever's value outside its own uncertainty range was accepted, then
 * clamped by the ensemble. */
static void
test_lever_outside_range (void)
{
  g_autofree char *text = world_text ();
  g_autofree char *hostile =
    replace_first (text, "<lever id=\"adoption-ceiling\" value=\"60\" low=\"40\" high=\"80\"/>",
                   "<lever id=\"adoption-ceiling\" value=\"90\" low=\"40\" high=\"80\"/>");

  assert_refused (hostile, WF_IO_ERROR_RANGE,
                  "is set to 90, outside its own uncertainty range of 40 to 80");
}

/* A newer version's file loads read-only; one of this version does not. */
static void
test_newer_read_only (void)
{
  g_autofree char *text = world_text ();
  g_autofree char *newer = newer_text ();
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDocument) current = load_text (text, NULL, &error);
  g_autoptr(WfDocument) document = NULL;

  g_assert_no_error (error);
  g_assert_null (current->read_only_reason);
  document = load_text (newer, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document->read_only_reason);
  g_assert_nonnull (strstr (document->read_only_reason, "newer version"));
}

/* A newer version's file skips the schema; Save wrote what it had into a
 * current-version file that validate rejects. The writer now refuses,
 * naming what is wrong. */
static void
test_newer_save_refused (void)
{
  struct
  {
    const char *from;
    const char *to;
    const char *fragment;
  } cases[] = {
    { "<sector id=\"ECO_ISIC4_A\"", "<sector id=\"ECO ISIC4 A\"", "sector" },
    { "<metadata>", "<metadata><created>yesterday</created>", "created" },
    { "<dataset id=\"world-2023\"", "<dataset id=\"world&#13;2023\"", "dataset" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *newer = newer_text ();
      g_autofree char *hostile = replace_first (newer, cases[i].from, cases[i].to);
      g_autoptr(GError) error = NULL;
      g_autoptr(WfDocument) document = load_text (hostile, NULL, &error);
      g_autoptr(GBytes) bytes = NULL;

      g_assert_no_error (error);
      g_assert_nonnull (document);
      bytes = wf_document_to_bytes (document, &error);
      g_assert_null (bytes);
      g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_INVALID);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, "would not open again"));
      g_assert_nonnull (strstr (error->message, cases[i].fragment));
    }
}

/* import-ilostat wrote a 75 MB file above the 16 MiB load limit: the
 * writer refuses what it could not read back. */
static void
test_too_large_to_save (void)
{
  g_autoptr(WfDocument) document = wf_document_new_default ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  document->metadata.notes = g_strnfill (17 * 1024 * 1024, 'n');
  bytes = wf_document_to_bytes (document, &error);
  g_assert_null (bytes);
  g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_TOO_LARGE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "above the 16 MiB a .foresight file may have"));
}

/* What the writer writes loads, and a second save is byte-identical. */
static void
test_round_trip (void)
{
  g_autoptr(WfDocument) document = wf_document_new_default ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) first = wf_document_to_bytes (document, &error);
  g_autoptr(WfDocument) loaded = NULL;
  g_autoptr(GBytes) second = NULL;

  g_assert_no_error (error);
  loaded = wf_document_load_bytes_full (first, "first", NULL, &error);
  g_assert_no_error (error);
  second = wf_document_to_bytes (loaded, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (first, second));
}

/* /dev/zero and a named pipe are refused without reading (a read would
 * never end, or block); a file over the limit is refused while reading. */
static void
test_not_regular_and_too_large (void)
{
  g_autofree char *dir = g_dir_make_tmp ("wf-hostile-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "pipe.foresight", NULL);
  g_autofree char *large = g_build_filename (dir, "large.foresight", NULL);
  g_autofree char *padding = g_strnfill (WF_DOCUMENT_MAX_SIZE + 1, ' ');
  const char *paths[] = { "/dev/zero", fifo };
  g_autoptr(GFile) large_file = g_file_new_for_path (large);
  g_autoptr(WfDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autoptr(WfDocument) refused = wf_document_load_file_full (file, NULL, &error);

      g_assert_null (refused);
      g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_IO);
      g_assert_nonnull (strstr (error->message, "not a regular file"));
      g_clear_error (&error);
    }

  g_assert_true (g_file_set_contents (large, padding, -1, NULL));
  document = wf_document_load_file_full (large_file, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "larger than 16 MiB"));

  g_unlink (fifo);
  g_unlink (large);
  g_rmdir (dir);
}

/* A file of commas (50 MB took 53 s and 7.5 GB, a string per empty
 * field): a record is refused past WF_CSV_MAX_FIELDS fields. */
static void
test_csv_commas (void)
{
  g_autofree char *commas = g_strnfill (4 * 1024 * 1024, ',');
  g_autoptr(GBytes) bytes = g_bytes_new_take (g_steal_pointer (&commas), 4 * 1024 * 1024);
  g_autoptr(WfCsvReader) reader = wf_csv_reader_new (bytes, "commas.csv");
  g_autoptr(GError) error = NULL;
  GPtrArray *fields = NULL;

  g_assert_false (wf_csv_reader_next (reader, &fields, &error));
  g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_CSV);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "commas.csv:1:1000: the record has more than 1000 fields"));
}

/* Choosing a year with several areas scanned every row for each area, year
 * and series (200,000 rows: 76 s). The fixture's French rows for 2023,
 * copied for 40 areas and 34 years (95,200 rows), imported summed over the
 * 40 areas; the time is reported, the result checked. */
static void
test_ilostat_many_areas_years (void)
{
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "io", "fixtures", "ilostat",
                                                    "country-sections.csv", NULL);
  g_autofree char *dir = g_dir_make_tmp ("wf-hostile-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "many.csv", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autoptr(GString) areas = g_string_new (NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(WfDataset) dataset = NULL;
  g_autoptr(WfDataset) one = NULL;
  g_autoptr(GError) error = NULL;
  WfIlostatOptions options = { 0, };
  guint n_rows = 0;
  gint64 start;

  g_assert_true (g_file_get_contents (fixture, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  g_string_append_printf (csv, "%s\n", lines[0]);
  for (guint a = 0; a < 40; a++)
    {
      char code[4] = { 'A', (char) ('A' + a / 26), (char) ('A' + a % 26), '\0' };

      g_string_append_printf (areas, "%s%s", a ? "," : "", code);
      for (int year = 1990; year <= 2023; year++)
        for (guint i = 1; lines[i] != NULL; i++)
          {
            g_autofree char *year_field = g_strdup_printf (",%d,", year);
            g_auto(GStrv) area_parts = NULL;
            g_auto(GStrv) year_parts = NULL;
            g_autofree char *with_area = NULL;
            g_autofree char *row = NULL;

            if (!g_str_has_prefix (lines[i], "FRA,") || strstr (lines[i], ",2023,") == NULL)
              continue;
            area_parts = g_strsplit (lines[i] + 3, "\n", 2);
            with_area = g_strconcat (code, area_parts[0], NULL);
            year_parts = g_strsplit (with_area, ",2023,", 2);
            row = g_strjoinv (year_field, year_parts);
            g_string_append_printf (csv, "%s\n", row);
            n_rows++;
          }
    }
  g_test_message ("%u rows, %zu bytes", n_rows, csv->len);
  g_assert_cmpuint (n_rows, >, 90000);
  g_assert_true (g_file_set_contents (path, csv->str, (gssize) csv->len, NULL));

  file = g_file_new_for_path (path);
  options.area = areas->str;
  options.edition = "test";
  start = g_get_monotonic_time ();
  dataset = wf_ilostat_import_file (file, &options, &error);
  g_test_message ("imported in %.2f s", (g_get_monotonic_time () - start) / 1e6);
  g_assert_no_error (error);
  options.area = "AAA";
  one = wf_ilostat_import_file (file, &options, &error);
  g_assert_no_error (error);
  /* Forty copies of the same rows: forty times one area's employment. */
  g_assert_cmpfloat_with_epsilon (wf_dataset_total_employment (dataset, WF_SEX_ALL),
                                  40 * wf_dataset_total_employment (one, WF_SEX_ALL), 1e-6);

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/hostile/many-attributes", test_many_attributes);
  g_test_add_func ("/io/hostile/long-attribute", test_long_attribute);
  g_test_add_func ("/io/hostile/prescan-skips-text", test_prescan_skips_text);
  g_test_add_func ("/io/hostile/many-elements", test_many_elements);
  g_test_add_func ("/io/hostile/warnings-bounded", test_warnings_bounded);
  g_test_add_func ("/io/hostile/many-sectors-and-skills", test_many_sectors_and_skills);
  g_test_add_func ("/io/hostile/many-scenarios", test_many_scenarios);
  g_test_add_func ("/io/hostile/numbers", test_numbers);
  g_test_add_func ("/io/hostile/employment-bound", test_employment_bound);
  g_test_add_func ("/io/hostile/lever-outside-range", test_lever_outside_range);
  g_test_add_func ("/io/hostile/newer-read-only", test_newer_read_only);
  g_test_add_func ("/io/hostile/newer-save-refused", test_newer_save_refused);
  g_test_add_func ("/io/hostile/too-large-to-save", test_too_large_to_save);
  g_test_add_func ("/io/hostile/round-trip", test_round_trip);
  g_test_add_func ("/io/hostile/not-regular-and-too-large", test_not_regular_and_too_large);
  g_test_add_func ("/io/hostile/csv-commas", test_csv_commas);
  g_test_add_func ("/io/hostile/ilostat-many-areas-years", test_ilostat_many_areas_years);

  return g_test_run ();
}
