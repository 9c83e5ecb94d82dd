/* test-cli-hostile.c: the command line against what an adversarial tester
 * gave it: URIs, devices, standard input, -j 100000, SIGTERM during a long
 * run, a newer version's file as output, imports whose result would not
 * open
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>

#include <gio/gio.h>

#include "wf-cli-test.h"

static char *tmp_dir;
static const char *cli;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

/* The names in tmp_dir that start with a dot: temporary files. */
static guint
count_hidden (void)
{
  g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] == '.')
      {
        g_test_message ("temporary file: %s", name);
        n++;
      }
  return n;
}

static void
test_uri_refused (void)
{
  const char *validate[] = { "validate", "http://127.0.0.1:9/x.foresight", NULL };
  const char *project[] = { "project", "sftp://host/x.foresight", NULL };
  g_autofree char *err = NULL;

  g_assert_cmpint (wf_cli_test_run (tmp_dir, validate, NULL, &err), ==, 1);
  g_assert_nonnull (strstr (err, "http://127.0.0.1:9/x.foresight: a URI; expected the path of a local file"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (wf_cli_test_run (tmp_dir, project, NULL, &err), ==, 1);
  g_assert_nonnull (strstr (err, "a URI"));
}

static void
test_not_regular (void)
{
  g_autofree char *fifo = tmp_path ("pipe.foresight");
  const char *zero[] = { "validate", "/dev/zero", NULL };
  const char *pipe[] = { "validate", fifo, NULL };
  g_autofree char *err = NULL;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (wf_cli_test_run (tmp_dir, zero, NULL, &err), ==, 1);
  g_assert_nonnull (strstr (err, "/dev/zero: not a regular file"));
  g_clear_pointer (&err, g_free);
  /* Refused before it is opened: a read would block with no writer. */
  g_assert_cmpint (wf_cli_test_run (tmp_dir, pipe, NULL, &err), ==, 1);
  g_assert_nonnull (strstr (err, "not a regular file"));
  g_unlink (fifo);
}

/* “-” is standard input, read up to the size limit. */
static void
test_standard_input (void)
{
  g_autofree char *path = tmp_path ("stdin.foresight");
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) subprocess = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *new_args[] = { "new", "-o", path, NULL };

  g_assert_cmpint (wf_cli_test_run (tmp_dir, new_args, NULL, NULL), ==, 0);
  g_subprocess_launcher_set_stdin_file_path (launcher, path);
  subprocess = g_subprocess_launcher_spawn (launcher, &error, cli, "validate", "-", NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (subprocess, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  g_test_message ("%s%s", out, err);
  g_assert_cmpint (g_subprocess_get_exit_status (subprocess), ==, 0);
  g_assert_true (g_str_has_prefix (out, "-: valid"));
  g_unlink (path);
}

static void
test_threads_capped (void)
{
  g_autofree char *path = tmp_path ("runs.csv");
  const char *args[] = { "ensemble", "--runs", "20", "-j", "100000", "-o", path, NULL };
  g_autofree char *err = NULL;

  g_assert_cmpint (wf_cli_test_run (tmp_dir, args, NULL, &err), ==, 0);
  g_assert_nonnull (strstr (err, "-j 100000 is more threads than the "));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_unlink (path);
}

/* The CPU time of process @pid in clock ticks, from /proc; G_MAXUINT64
 * once it has ended (a zombie, or gone), so that a wait for it ends. */
static guint64
cpu_ticks (const char *pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%s/stat", pid);
  g_autofree char *stat = NULL;
  g_auto(GStrv) fields = NULL;
  const char *after;

  if (!g_file_get_contents (path, &stat, NULL, NULL))
    return G_MAXUINT64;
  after = strrchr (stat, ')');
  if (after == NULL)
    return G_MAXUINT64;
  fields = g_strsplit (after + 2, " ", 0);
  if (g_strv_length (fields) < 13 || fields[0][0] == 'Z' || fields[0][0] == 'X')
    return G_MAXUINT64;
  return g_ascii_strtoull (fields[11], NULL, 10) + g_ascii_strtoull (fields[12], NULL, 10);
}

/* SIGTERM to a long ensemble run (100,000 runs on one thread: about 30 s
 * of CPU), once it is computing: it dies of the signal, with no output
 * file and no temporary file. */
static void
test_sigterm_ensemble (void)
{
  g_autofree char *path = tmp_path ("long.csv");
  g_autoptr(GSubprocess) subprocess = NULL;
  g_autoptr(GError) error = NULL;
  const char *pid;

  subprocess = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE,
                                 &error, cli, "ensemble", "--runs", "100000", "-j", "1",
                                 "-o", path, NULL);
  g_assert_no_error (error);
  pid = g_subprocess_get_identifier (subprocess);
  g_assert_nonnull (pid);
  /* Computing: 20 ticks of CPU time (0.2 s), well after start-up. */
  while (cpu_ticks (pid) < 20)
    g_usleep (10000);
  g_subprocess_send_signal (subprocess, SIGTERM);
  g_assert_true (g_subprocess_wait (subprocess, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_subprocess_get_if_exited (subprocess));
  g_assert_cmpint (g_subprocess_get_term_sig (subprocess), ==, SIGTERM);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_hidden (), ==, 0);
}

/* A newer version's file is not overwritten by a document: saving would
 * drop what this version does not know. */
static void
test_newer_not_overwritten (void)
{
  g_autofree char *path = tmp_path ("newer.foresight");
  g_autofree char *contents = NULL;
  g_autofree char *newer = NULL;
  g_autofree char *after = NULL;
  g_autofree char *err = NULL;
  const char *new_args[] = { "new", "-o", path, NULL };
  const char *validate[] = { "validate", path, NULL };
  char *version;

  g_assert_cmpint (wf_cli_test_run (tmp_dir, new_args, NULL, NULL), ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  version = strstr (strstr (contents, "<foresight "), " version=\"");
  g_assert_nonnull (version);
  version += strlen (" version=\"");
  /* One more than this version's, whatever it is. */
  newer = g_strdup_printf ("%.*s%d%s", (int) (version - contents), contents,
                           atoi (version) + 1, strchr (version, '"'));
  g_assert_true (g_file_set_contents (path, newer, -1, NULL));
  g_assert_cmpint (wf_cli_test_run (tmp_dir, validate, NULL, NULL), ==, 0);

  g_assert_cmpint (wf_cli_test_run (tmp_dir, new_args, NULL, &err), ==, 1);
  g_assert_nonnull (strstr (err, "Not replacing"));
  g_assert_nonnull (strstr (err, "newer version"));
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, newer);
  g_unlink (path);
}

/* import-ilostat exited 0 with a file its own validate rejects (an area
 * code with a space or a tab): now nothing is written and it says why. */
static void
test_import_would_not_open (void)
{
  const char *areas[] = { "F A", "F\tA" };
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "io", "fixtures", "ilostat",
                                                    "country-sections.csv", NULL);
  g_autofree char *csv_text = NULL;

  g_assert_true (g_file_get_contents (fixture, &csv_text, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      g_autofree char *csv = tmp_path ("bad-area.csv");
      g_autofree char *path = tmp_path ("bad-area.foresight");
      g_auto(GStrv) parts = g_strsplit (csv_text, "FRA", -1);
      g_autofree char *hostile = g_strjoinv (areas[i], parts);
      g_autofree char *err = NULL;
      const char *import[] = { "import-ilostat", csv, "--year", "2023", "-o", path, NULL };

      g_assert_true (g_file_set_contents (csv, hostile, -1, NULL));
      g_assert_cmpint (wf_cli_test_run (tmp_dir, import, NULL, &err), !=, 0);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      g_assert_cmpuint (count_hidden (), ==, 0);
      g_unlink (csv);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  wf_cli_test_init (argc, argv);
  cli = argv[1];
  tmp_dir = g_dir_make_tmp ("wf-cli-hostile-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);

  g_test_add_func ("/cli/hostile/uri-refused", test_uri_refused);
  g_test_add_func ("/cli/hostile/not-regular", test_not_regular);
  g_test_add_func ("/cli/hostile/standard-input", test_standard_input);
  g_test_add_func ("/cli/hostile/threads-capped", test_threads_capped);
  g_test_add_func ("/cli/hostile/sigterm-ensemble", test_sigterm_ensemble);
  g_test_add_func ("/cli/hostile/newer-not-overwritten", test_newer_not_overwritten);
  g_test_add_func ("/cli/hostile/import-would-not-open", test_import_would_not_open);

  status = g_test_run ();
  g_rmdir (tmp_dir);
  return status;
}
