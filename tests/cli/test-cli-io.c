/* test-cli-io.c: new, validate, project, import-ilostat and list
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include <gio/gio.h>

#include "wf-cli-test.h"

static char *tmp_dir;


static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "io", "fixtures", "ilostat", name, NULL);
}

static void
make_new_file (const char *name)
{
  g_autofree char *path = tmp_path (name);
  const char *args[] = { "new", "-o", path, NULL };

  g_assert_cmpint (wf_cli_test_run (tmp_dir, args, NULL, NULL), ==, 0);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p++)
    n += *p == '\n';
  return n;
}

/* The lines of a data export that are not "#" comments. */
static guint
count_data_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p++)
    if ((p == text || p[-1] == '\n') && *p != '#')
      n++;
  return n;
}

/* The rows of a projection of the world dataset, per scenario: 8 years x
 * (15 sectors (14 and the total) x 4 sexes (3 and the total) x 28
 * indicators (the 26 outputs, baseline employment, net change) + 4 sexes x
 * 8 labour-market figures + 8 skills x 4 sexes x 2 skill figures) + 13
 * headline figures. */
#define ROWS_PER_SCENARIO (8 * (15 * 4 * 28 + 4 * 8 + 8 * 4 * 2) + 13)

/* The acceptance check of the issue: new -o, then xmllint --relaxng with the
 * shipped schema, then validate and project. */
static void
test_new_validate_project (void)
{
  g_autofree char *path = tmp_path ("a.foresight");
  g_autofree char *schema = NULL;
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *validate[] = { "validate", path, NULL };
  const char *project[] = { "project", path, "--format", "csv", "-o", "-", NULL };

  make_new_file ("a.foresight");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  if (xmllint != NULL)
    {
      const char *root = g_getenv ("WF_SOURCE_ROOT");
      int status = -1;

      schema = root ? g_build_filename (root, "data", "workforce-foresight.rng", NULL)
                    : g_test_build_filename (G_TEST_DIST, "..", "data", "workforce-foresight.rng", NULL);
      {
        const char *argv[] = { xmllint, "--noout", "--relaxng", schema, path, NULL };
        g_autoptr(GError) error = NULL;

        g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL |
                                     G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, &error));
        g_assert_no_error (error);
        g_assert_true (g_spawn_check_wait_status (status, NULL));
      }
    }
  else
    g_test_message ("xmllint is not installed; checked with the library’s validator only");

  g_assert_cmpint (wf_cli_test_run (tmp_dir, validate, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "valid (5 scenarios"));
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (wf_cli_test_run (tmp_dir, project, &out, &err), ==, 0);
  g_assert_true (g_str_has_prefix (out, "# format: workforce-foresight-data 1\n"));
  g_assert_nonnull (strstr (out, "\ntable,area,dataset,scenario_id,scenario_name,year,sector_id,"));
  g_assert_cmpuint (count_data_lines (out), ==, 5 * ROWS_PER_SCENARIO + 1);
  g_assert_cmpstr (err, ==, "");
}

static void
test_new_reproducible (void)
{
  g_autofree char *a = tmp_path ("r1.foresight");
  g_autofree char *b = tmp_path ("r2.foresight");
  g_autofree char *ca = NULL;
  g_autofree char *cb = NULL;

  make_new_file ("r1.foresight");
  make_new_file ("r2.foresight");
  g_assert_true (g_file_get_contents (a, &ca, NULL, NULL));
  g_assert_true (g_file_get_contents (b, &cb, NULL, NULL));
  g_assert_cmpstr (ca, ==, cb);
  g_assert_nonnull (strstr (ca, "<created>2026-01-01T00:00:00Z</created>"));
}

static void
test_project_options (void)
{
  g_autofree char *path = tmp_path ("p.foresight");
  g_autofree char *out_path = tmp_path ("p.json");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *json = NULL;
  const char *one[] = { "project", path, "--scenario", "Current trends", NULL };
  const char *to_file[] = { "project", path, "--format", "json", "-o", out_path, NULL };
  const char *bundled[] = { "project", "--scenario", "Current trends", NULL };
  const char *missing[] = { "project", path, "--scenario", "No such future", NULL };
  const char *bad_format[] = { "project", path, "--format", "xml", NULL };

  make_new_file ("p.foresight");

  g_assert_cmpint (wf_cli_test_run (tmp_dir, one, &out, NULL), ==, 0);
  g_assert_cmpuint (count_data_lines (out), ==, ROWS_PER_SCENARIO + 1);
  g_assert_null (strstr (out, "Incremental"));
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (wf_cli_test_run (tmp_dir, to_file, &out, NULL), ==, 0);
  g_assert_cmpstr (out, ==, "");
  g_assert_true (g_file_get_contents (out_path, &json, NULL, NULL));
  g_assert_true (g_str_has_prefix (json, "{\n  \"format\": \"workforce-foresight-data\""));
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (wf_cli_test_run (tmp_dir, bundled, &out, NULL), ==, 0);
  g_assert_cmpuint (count_data_lines (out), ==, ROWS_PER_SCENARIO + 1);

  g_assert_cmpint (wf_cli_test_run (tmp_dir, missing, NULL, &err), ==, 1);
  g_assert_nonnull (strstr (err, "No such future"));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (wf_cli_test_run (tmp_dir, bad_format, NULL, &err), ==, 2);
  g_assert_nonnull (strstr (err, "unknown format “xml”; expected one of: csv, json"));
}

static void
test_validate_broken (void)
{
  g_autofree char *good = tmp_path ("good.foresight");
  g_autofree char *bad = tmp_path ("bad.foresight");
  g_autofree char *err = NULL;
  g_autofree char *out = NULL;
  const char *args[] = { "validate", good, bad, NULL };
  const char *project[] = { "project", bad, NULL };

  make_new_file ("good.foresight");
  g_assert_true (g_file_set_contents (bad, "<?xml version=\"1.0\"?>\n<foresight xmlns=\"urn:workforce-"
                                      "foresight:scenario\" version=\"3\">\n<dataset>\n</foresight>\n",
                                      -1, NULL));

  g_assert_cmpint (wf_cli_test_run (tmp_dir, args, &out, &err), ==, 1);
  g_assert_nonnull (strstr (out, "good.foresight: valid"));
  g_assert_nonnull (strstr (err, "bad.foresight:4:"));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (wf_cli_test_run (tmp_dir, project, NULL, &err), ==, 1);
  g_assert_nonnull (strstr (err, "bad.foresight:4:"));
}

static void
test_import (void)
{
  g_autofree char *csv = fixture ("country-sections.csv");
  g_autofree char *bad_csv = fixture ("missing-column.csv");
  g_autofree char *areas = fixture ("areas.csv");
  g_autofree char *path = tmp_path ("fra.foresight");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *import[] = { "import-ilostat", csv, "--year", "2023", "-o", path, NULL };
  const char *validate[] = { "validate", path, NULL };
  const char *datasets[] = { "list", "datasets", path, NULL };
  const char *project[] = { "project", path, "--format", "json", NULL };
  const char *bad[] = { "import-ilostat", bad_csv, "-o", path, NULL };
  const char *mixed[] = { "import-ilostat", areas, "--area", "X01,FRA", "-o", "-", NULL };
  const char *no_output[] = { "import-ilostat", csv, NULL };

  g_assert_cmpint (wf_cli_test_run (tmp_dir, import, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "BA:123"));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (wf_cli_test_run (tmp_dir, validate, NULL, NULL), ==, 0);
  g_assert_cmpint (wf_cli_test_run (tmp_dir, datasets, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "ilostat-FRA-2023\t"));
  g_assert_nonnull (strstr (out, "\tP\t"));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (wf_cli_test_run (tmp_dir, project, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "\"dataset\": \"ilostat-FRA-2023\""));
  /* Base-year employment is the source's figure: primary, as the file says. */
  g_assert_nonnull (strstr (out, "\"year\": 2023, \"sector_id\": \"ECO_ISIC4_A\""));
  g_assert_nonnull (strstr (out, "\"indicator\": \"employment\", \"statistic\": \"value\", \"value\": "));
  g_assert_nonnull (strstr (out, "\"unit_multiplier\": 1000, \"provenance\": \"primary\"}"));

  g_assert_cmpint (wf_cli_test_run (tmp_dir, bad, NULL, &err), ==, 1);
  g_assert_nonnull (strstr (err, "missing-column.csv:1:"));
  g_assert_nonnull (strstr (err, "obs_value"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (wf_cli_test_run (tmp_dir, mixed, NULL, &err), ==, 1);
  g_assert_nonnull (strstr (err, "aggregate"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (wf_cli_test_run (tmp_dir, no_output, NULL, &err), ==, 2);
}

/* Issue 11: the files as ILOSTAT serves them, several in one command. */
static void
test_import_real (void)
{
  g_autofree char *employment = fixture ("EMP_TEMP_SEX_ECO_NB_A.csv.gz");
  g_autofree char *force = fixture ("EAP_TEAP_SEX_AGE_NB_A.csv");
  g_autofree char *unemployment = fixture ("UNE_TUNE_SEX_AGE_NB_A.csv");
  g_autofree char *path = tmp_path ("ken.foresight");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *contents = NULL;
  const char *import[] = { "import-ilostat", employment, force, unemployment, "--area", "KEN",
                           "--exposure-profile", "low-income", "--edition", "ILOSTAT, test edition",
                           "-o", path, NULL };
  const char *no_profile[] = { "import-ilostat", employment, "--area", "KEN", "-o", "-", NULL };
  const char *both[] = { "import-ilostat", employment, "--exposure-profile", "world",
                         "--exposure-table", force, "-o", "-", NULL };
  const char *validate[] = { "validate", path, NULL };

  g_assert_cmpint (wf_cli_test_run (tmp_dir, import, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "ILOSTAT import report"));
  g_assert_nonnull (strstr (out, "Year: 2023"));
  g_assert_nonnull (strstr (out, "low-income exposure profile"));
  g_assert_nonnull (strstr (out, "women: employment 7934.5, labour force 8534.5, unemployed 600.0"));
  g_assert_null (strstr (out, "5 % of the labour force"));
  g_assert_cmpint (wf_cli_test_run (tmp_dir, validate, NULL, NULL), ==, 0);

  /* The report is kept in the file's notes; the edition in the sources. */
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "ILOSTAT import report"));
  g_assert_nonnull (strstr (contents, "ILOSTAT, test edition"));
  g_assert_nonnull (strstr (contents, "KEN, 2023 (ILOSTAT employment; low-income exposure profile)"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* No profile: a warning, on standard error when the file goes to stdout. */
  g_assert_cmpint (wf_cli_test_run (tmp_dir, no_profile, &out, &err), ==, 0);
  g_assert_nonnull (strstr (err, "no exposure profile was chosen"));
  g_assert_nonnull (strstr (err, "5 % of the labour force"));
  g_assert_true (g_str_has_prefix (out, "<?xml"));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (wf_cli_test_run (tmp_dir, both, NULL, &err), ==, 2);
  g_assert_nonnull (strstr (err, "not both"));
}

typedef struct
{
  const char *fixture;
  const char *in_stderr[2];
} RefusalCase;

static const RefusalCase refusal_cases[] = {
  { "not-gzip.csv.gz", { "not-gzip.csv.gz:1:", "not gzip" } },
  { "bzip2.csv.gz", { "bzip2.csv.gz:1:", "not with gzip" } },
  { "excel-renamed.csv", { "excel-renamed.csv:1:", "Excel" } },
  { "hex-value.csv", { "hex-value.csv:2:", "0x1F40" } },
  { "implausible.csv", { "implausible.csv:3:", "more people" } },
  { "sex-mismatch.csv", { "sex-mismatch.csv:8:", "SEX_F + SEX_M" } },
  { "label-mode.csv", { "label-mode.csv:1:", "labels only" } },
  { ".", { "ilostat", "not a regular file" } },
};

static void
test_import_refusal (gconstpointer data)
{
  const RefusalCase *c = data;
  g_autofree char *path = fixture (c->fixture);
  g_autofree char *err = NULL;
  const char *args[] = { "import-ilostat", path, "-o", "-", NULL };

  g_assert_cmpint (wf_cli_test_run (tmp_dir, args, NULL, &err), ==, 1);
  for (guint i = 0; i < G_N_ELEMENTS (c->in_stderr); i++)
    g_assert_nonnull (strstr (err, c->in_stderr[i]));
}

static void
test_list (void)
{
  g_autofree char *path = tmp_path ("l.foresight");
  g_autofree char *out = NULL;
  const char *levers[] = { "list", "levers", NULL };
  const char *scenarios[] = { "list", "scenarios", path, NULL };
  const char *datasets[] = { "list", "datasets", NULL };

  make_new_file ("l.foresight");

  g_assert_cmpint (wf_cli_test_run (tmp_dir, levers, &out, NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "id\tlabel\tunit\tgroup\tdefault\tmin\tmax\tlow\thigh\n"));
  g_assert_nonnull (strstr (out, "adoption-ceiling\tAI adoption ceiling\t% of exposed tasks\tassumption\t60\t0\t100\t40\t80\n"));
  g_assert_cmpuint (count_lines (out), ==, 14);
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (wf_cli_test_run (tmp_dir, scenarios, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "0\tcurrent-trends\tCurrent trends\t2030\t20300101\n"));
  g_assert_cmpuint (count_lines (out), ==, 6);
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (wf_cli_test_run (tmp_dir, datasets, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "world-2023\tWorld, 2023 (calibrated illustration)\tX01\t2023\t14\tD\t"));
}

typedef struct
{
  const char *name;
  const char *args[7];
  int         status;
  const char *in_stdout;
  const char *in_stderr;
} UsageCase;

static const UsageCase usage_cases[] = {
  { "new-help", { "new", "--help", NULL }, 0, "Usage:", NULL },
  { "validate-help", { "validate", "--help", NULL }, 0, "Usage:", NULL },
  { "project-help", { "project", "--help", NULL }, 0, "--scenario", NULL },
  { "import-help", { "import-ilostat", "--help", NULL }, 0, "--area", NULL },
  { "list-help", { "list", "--help", NULL }, 0, "Usage:", NULL },
  { "new-no-output", { "new", NULL }, 2, NULL, "-o FILE" },
  { "new-unknown-option", { "new", "--frobnicate", "-o", "x.foresight", NULL }, 2, NULL, "frobnicate" },
  { "new-unknown-dataset", { "new", "--dataset", "mars-2100", "-o", "-", NULL }, 2, NULL, "mars-2100" },
  { "new-stdout", { "new", "-o", "-", NULL }, 0, "<foresight xmlns=\"urn:workforce-foresight:scenario\" version=\"4\">", NULL },
  { "validate-nothing", { "validate", NULL }, 2, NULL, "no file" },
  { "validate-missing-file", { "validate", "does-not-exist.foresight", NULL }, 1, NULL, "does-not-exist.foresight" },
  { "project-two-files", { "project", "a", "b", NULL }, 2, NULL, "“b”" },
  { "list-nothing", { "list", NULL }, 2, NULL, "levers" },
  { "list-unknown", { "list", "planets", NULL }, 2, NULL, "planets" },
  { "list-levers-file", { "list", "levers", "x.foresight", NULL }, 2, NULL, "no file" },
};

static void
test_usage (gconstpointer data)
{
  const UsageCase *c = data;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (wf_cli_test_run (tmp_dir, c->args, &out, &err), ==, c->status);
  if (c->in_stdout != NULL)
    g_assert_nonnull (strstr (out, c->in_stdout));
  if (c->in_stderr != NULL)
    g_assert_nonnull (strstr (err, c->in_stderr));
}

/* Runs mount(8) or umount(8); FALSE with @reason when it could not. */
static gboolean
run_mount (const char * const  *argv,
           char               **reason)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                     NULL, NULL, NULL, &err, &status, &error))
    {
      *reason = g_strdup_printf ("cannot run %s: %s", argv[0], error->message);
      return FALSE;
    }
  if (!g_spawn_check_wait_status (status, &error))
    {
      *reason = g_strdup_printf ("%s failed: %s", argv[0], g_strstrip (err));
      return FALSE;
    }
  return TRUE;
}

/* A save through the command line onto a real full file system (a 16 KiB
 * tmpfs; a new document is about 30 KB) over an existing file: exit status
 * 1, the old file and its backup whole, no temporary file. Mounting needs
 * root (CAP_SYS_ADMIN); without it the test is skipped. */
static void
test_new_full_filesystem (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *options = NULL;
  g_autofree char *path = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *err = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GDir) handle = NULL;
  const char *name;
  guint n_names = 0;

  if (geteuid () != 0)
    {
      g_test_skip ("mounting a small file system needs root");
      return;
    }
  dir = g_dir_make_tmp ("wf-cli-full-XXXXXX", NULL);
  g_assert_nonnull (dir);
  {
    const char *argv[] = { "mount", "-t", "tmpfs", "-o", "size=16k,mode=0755", "tmpfs", dir, NULL };

    if (!run_mount (argv, &reason))
      {
        g_rmdir (dir);
        g_test_skip (reason);
        return;
      }
  }

  path = g_build_filename (dir, "x.foresight", NULL);
  backup = g_strconcat (path, "~", NULL);
  g_assert_true (g_file_set_contents (path, "the old document\n", -1, NULL));
  g_assert_true (g_file_set_contents (backup, "the older document\n", -1, NULL));

  {
    const char *args[] = { "new", "-o", path, NULL };

    g_assert_cmpint (wf_cli_test_run (tmp_dir, args, NULL, &err), ==, 1);
  }
  g_assert_nonnull (strstr (err, path));
  g_assert_nonnull (strstr (err, "no space left on the device"));
  g_assert_nonnull (strstr (err, "the file was not changed"));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "the old document\n");
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (backup, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "the older document\n");

  handle = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_assert_true (g_str_equal (name, "x.foresight") || g_str_equal (name, "x.foresight~"));
      n_names++;
    }
  g_assert_cmpuint (n_names, ==, 2);
  g_clear_pointer (&handle, g_dir_close);

  {
    const char *argv[] = { "umount", dir, NULL };

    g_assert_true (run_mount (argv, &reason));
  }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Outputs that are not regular files are written to, not replaced, and a
 * document keeps its previous version as FILE~, through a symbolic link
 * too. */
static void
test_new_outputs (void)
{
  g_autofree char *path = tmp_path ("outputs.foresight");
  g_autofree char *link = tmp_path ("outputs-link.foresight");
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *link_backup = g_strconcat (link, "~", NULL);
  g_autofree char *contents = NULL;
  const char *to_null[] = { "new", "-o", "/dev/null", NULL };
  const char *to_link[] = { "new", "-o", link, NULL };

  g_assert_cmpint (wf_cli_test_run (tmp_dir, to_null, NULL, NULL), ==, 0);

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (symlink ("outputs.foresight", link), ==, 0);
  g_assert_cmpint (wf_cli_test_run (tmp_dir, to_link, NULL, NULL), ==, 0);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_get_contents (backup, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<foresight"));
  g_assert_false (g_file_test (link_backup, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, ==, 2);
  wf_cli_test_init (argc, argv);
  tmp_dir = g_dir_make_tmp ("wf-cli-io-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);

  g_test_add_func ("/cli/io/new-validate-project", test_new_validate_project);
  g_test_add_func ("/cli/io/new-reproducible", test_new_reproducible);
  g_test_add_func ("/cli/io/project-options", test_project_options);
  g_test_add_func ("/cli/io/validate-broken", test_validate_broken);
  g_test_add_func ("/cli/io/import-ilostat", test_import);
  g_test_add_func ("/cli/io/list", test_list);
  g_test_add_func ("/cli/io/import-ilostat-real", test_import_real);
  g_test_add_func ("/cli/io/new-full-filesystem", test_new_full_filesystem);
  g_test_add_func ("/cli/io/new-outputs", test_new_outputs);
  for (guint i = 0; i < G_N_ELEMENTS (refusal_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/cli/io/import-refusal/%s",
                                               refusal_cases[i].fixture[0] == '.' ? "directory"
                                                                                  : refusal_cases[i].fixture);

      g_test_add_data_func (name, &refusal_cases[i], test_import_refusal);
    }
  for (guint i = 0; i < G_N_ELEMENTS (usage_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/io/usage/%s", usage_cases[i].name);

      g_test_add_data_func (path, &usage_cases[i], test_usage);
    }

  status = g_test_run ();

  /* Remove what the tests wrote. */
  {
    g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

        g_unlink (path);
      }
  }
  g_rmdir (tmp_dir);
  g_free (tmp_dir);

  return status;
}
