/* test-cli-signals.c: SIGTERM and SIGINT while the command line is writing
 * its output
 *
 * The CLI writes a file through a temporary file ".NAME.XXXXXX.tmp" in the
 * target's folder, renamed onto the target at the end
 * (src/core/wf-atomic-file.c); its signal handler (wf_cli_catch_signals ())
 * removes that temporary file before dying of the signal. Each test here
 * projects a large scenario file (about 60 MB of CSV) onto a target that
 * already exists, watches the folder for the temporary file and, the moment
 * it appears, stops the process (SIGSTOP), checks that the write is still
 * under way (the temporary file is there: a stopped process cannot rename
 * it), sends the signal and lets the process continue, so that the signal
 * always arrives in the middle of the write, however loaded the machine.
 * The process must die of that signal, leave no temporary file and leave
 * the target's old contents as they were.
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/types.h>

#include <gio/gio.h>

#include "wf-cli-test.h"

#define OLD_CONTENTS "old contents, to be kept\n"
/* Copies of Current trends in the large file, each to the longest horizon:
 * about 8 MB of CSV each. */
#define N_COPIES 8

static char *tmp_dir;
static char *big_path;
static const char *cli;

/* The bundled world file with N_COPIES scenarios projected to 2053 (the
 * base year 2023 plus the longest span of 30 years) instead of its own. */
static char *
make_big_file (void)
{
  g_autofree char *world_path = g_build_filename (g_getenv ("WF_SOURCE_ROOT"), "data",
                                                  "world-2023.foresight", NULL);
  g_autofree char *world = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *block = NULL;
  const char *scenarios, *first, *first_end, *tail;
  char *path = g_build_filename (tmp_dir, "big.foresight", NULL);

  g_assert_nonnull (g_getenv ("WF_SOURCE_ROOT"));
  g_file_get_contents (world_path, &world, NULL, &error);
  g_assert_no_error (error);
  scenarios = strstr (world, "  <scenarios>\n");
  first = strstr (world, "    <scenario id=\"current-trends\" seed=\"20300101\" horizon=\"2030\">\n");
  g_assert_nonnull (scenarios);
  g_assert_nonnull (first);
  first_end = strstr (first, "    </scenario>\n") + strlen ("    </scenario>\n");
  tail = strstr (world, "  </scenarios>\n");
  g_assert_nonnull (tail);
  /* The block without its first line (id, seed, horizon) and its name. */
  block = g_strndup (strstr (first, "      <description>"),
                     first_end - strstr (first, "      <description>"));

  g_string_append_len (text, world, scenarios + strlen ("  <scenarios>\n") - world);
  for (guint i = 0; i < N_COPIES; i++)
    g_string_append_printf (text,
                            "    <scenario id=\"copy-%u\" seed=\"20300101\" horizon=\"2053\">\n"
                            "      <name>Copy %u</name>\n%s", i + 1, i + 1, block);
  g_string_append (text, tail);

  g_file_set_contents (path, text->str, (gssize) text->len, &error);
  g_assert_no_error (error);
  return path;
}

/* The name of the temporary file of @target in tmp_dir (".TARGET.XXXXXX.tmp"),
 * or NULL if there is none. */
static char *
find_temporary (const char *target)
{
  g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
  g_autofree char *prefix = g_strdup_printf (".%s.", target);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix) && g_str_has_suffix (name, ".tmp"))
      return g_strdup (name);
  return NULL;
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
        g_test_message ("temporary file left: %s", name);
        n++;
      }
  return n;
}

/* The state letter of process @pid in /proc (R, S, D, T, Z, …), or 0 when
 * it is gone. */
static char
process_state (GPid pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/stat", (int) pid);
  g_autofree char *stat = NULL;
  const char *after;

  if (!g_file_get_contents (path, &stat, NULL, NULL))
    return 0;
  after = strrchr (stat, ')');
  if (after == NULL || after[1] != ' ')
    return 0;
  return after[2];
}

static void
test_signal_while_writing (gconstpointer data)
{
  int signum = GPOINTER_TO_INT (data);
  const char *target = signum == SIGTERM ? "sigterm.csv" : "sigint.csv";
  g_autofree char *target_path = g_build_filename (tmp_dir, target, NULL);
  g_autofree char *temporary = NULL;
  g_autofree char *temporary_path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GSubprocess) subprocess = NULL;
  g_autoptr(GError) error = NULL;
  GPid pid;
  char state;

  g_file_set_contents (target_path, OLD_CONTENTS, -1, &error);
  g_assert_no_error (error);

  subprocess = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE,
                                 &error, cli, "project", big_path, "-o", target_path, NULL);
  g_assert_no_error (error);
  pid = (GPid) g_ascii_strtoll (g_subprocess_get_identifier (subprocess), NULL, 10);
  g_assert_cmpint (pid, >, 0);

  /* Until the temporary file appears; if the process ends first, the
   * test fails (it would have tested nothing). */
  while ((temporary = find_temporary (target)) == NULL)
    {
      state = process_state (pid);
      if (state == 0 || state == 'Z')
        g_error ("the CLI ended before its temporary file was seen");
      g_usleep (200);
    }
  g_assert_cmpint (kill (pid, SIGSTOP), ==, 0);
  while ((state = process_state (pid)) != 'T' && state != 't')
    {
      g_assert_true (state != 0 && state != 'Z');
      g_usleep (200);
    }

  /* Stopped in the middle of the write: the temporary file is still there
   * (only the end of the write renames it), the target is the old one. */
  temporary_path = g_build_filename (tmp_dir, temporary, NULL);
  g_test_message ("stopped while writing %s", temporary);
  if (!g_file_test (temporary_path, G_FILE_TEST_EXISTS))
    g_error ("the write ended before the CLI was stopped: make the file larger (N_COPIES)");

  g_assert_cmpint (kill (pid, signum), ==, 0);
  g_assert_cmpint (kill (pid, SIGCONT), ==, 0);
  g_assert_true (g_subprocess_wait (subprocess, NULL, &error));
  g_assert_no_error (error);

  g_assert_false (g_subprocess_get_if_exited (subprocess));
  g_assert_true (g_subprocess_get_if_signaled (subprocess));
  g_assert_cmpint (g_subprocess_get_term_sig (subprocess), ==, signum);
  g_assert_false (g_file_test (temporary_path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_hidden (), ==, 0);
  g_file_get_contents (target_path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, OLD_CONTENTS);
  g_unlink (target_path);
}

/* The large file, projected without a signal, does replace the target:
 * what the tests above interrupt is a write that would succeed. */
static void
test_write_completes (void)
{
  g_autofree char *target_path = g_build_filename (tmp_dir, "whole.csv", NULL);
  const char *args[] = { "project", big_path, "-o", target_path, NULL };
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_file_set_contents (target_path, OLD_CONTENTS, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (wf_cli_test_run (tmp_dir, args, NULL, NULL), ==, 0);
  g_assert_cmpint (g_stat (target_path, &st), ==, 0);
  g_test_message ("the whole output: %" G_GINT64_FORMAT " bytes", (gint64) st.st_size);
  g_assert_cmpint (st.st_size, >, 50 * 1000 * 1000);
  g_assert_cmpuint (count_hidden (), ==, 0);
  g_unlink (target_path);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  wf_cli_test_init (argc, argv);
  cli = argv[1];
  tmp_dir = g_dir_make_tmp ("wf-cli-signals-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);
  big_path = make_big_file ();

  g_test_add_func ("/cli/signals/write-completes", test_write_completes);
  g_test_add_data_func ("/cli/signals/sigterm-while-writing", GINT_TO_POINTER (SIGTERM),
                        test_signal_while_writing);
  g_test_add_data_func ("/cli/signals/sigint-while-writing", GINT_TO_POINTER (SIGINT),
                        test_signal_while_writing);

  status = g_test_run ();
  g_unlink (big_path);
  g_rmdir (tmp_dir);
  g_free (big_path);
  g_free (tmp_dir);
  return status;
}
