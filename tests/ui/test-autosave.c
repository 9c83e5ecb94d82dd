/* test-autosave.c: a crash loses no work
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the real application as a child process on the test's display and
 * session bus, with WF_TEST_HOOKS=1 (see HACKING.md, "Test hooks"): moves a
 * lever over D-Bus, waits for the autosave, kills the process with
 * SIGKILL, starts it again and checks the recovery offer and what it
 * recovers; then that Discard leaves nothing behind. That a recovered
 * document is tied to its file is tested in tests/session/test-autosave.c.
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>

#include "wf-ui-test.h"

#define OBJECT_PATH "/io/github/workforce_foresight/WorkforceForesight"

static GDBusConnection *bus;
static char *state_dir;
static char *autosave_dir;

static gboolean
app_running (gpointer data)
{
  return wf_ui_test_app_running (bus);
}

static gboolean
app_gone (gpointer data)
{
  return !wf_ui_test_app_running (bus);
}

/* The state of app.test-report: the recovery offer and each window. */
static char *
read_report (void)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariant) states = NULL;
  g_autoptr(GVariant) state = NULL;
  g_autoptr(GError) error = NULL;
  gboolean enabled;
  const char *signature;

  reply = g_dbus_connection_call_sync (bus, APPLICATION_ID, OBJECT_PATH, "org.gtk.Actions", "Describe",
                                       g_variant_new ("(s)", "test-report"), NULL,
                                       G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  if (reply == NULL)
    return g_strdup (error->message);
  g_variant_get (reply, "((b&g@av))", &enabled, &signature, &states);
  if (g_variant_n_children (states) == 0)
    return g_strdup ("");
  state = g_variant_get_child_value (states, 0);
  {
    g_autoptr(GVariant) inner = g_variant_get_variant (state);

    return g_variant_dup_string (inner, NULL);
  }
}

static gboolean
report_has (gpointer data)
{
  const char * const *needles = data;
  g_autofree char *report = read_report ();

  for (guint i = 0; needles[i] != NULL; i++)
    if (strstr (report, needles[i]) == NULL)
      return FALSE;
  return TRUE;
}

static void
activate (const char *action,
          GVariant   *parameter)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariantBuilder) params = g_variant_builder_new (G_VARIANT_TYPE ("av"));
  g_autoptr(GVariant) reply = NULL;

  if (parameter != NULL)
    g_variant_builder_add (params, "v", parameter);
  reply = g_dbus_connection_call_sync (bus, APPLICATION_ID, OBJECT_PATH, "org.gtk.Actions", "Activate",
                                       g_variant_new ("(sava{sv})", action, params, NULL), NULL,
                                       G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
}

/* The autosave description in the folder, or NULL; @n_found says how
 * many there are (a recovered document goes on in the files it came
 * from, so there is never more than one here). */
static char *
find_info (guint *n_found)
{
  g_autoptr(GDir) dir = g_dir_open (autosave_dir, 0, NULL);
  const char *name;
  char *found = NULL;

  *n_found = 0;
  if (dir == NULL)
    return NULL;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".autosave"))
      {
        (*n_found)++;
        g_free (found);
        found = g_build_filename (autosave_dir, name, NULL);
      }
  return found;
}

typedef struct
{
  gint64 pid;
  double value;
} Expected;

/* An autosave written by @pid whose document has the lever at @value. */
static gboolean
autosave_matches (gpointer data)
{
  Expected *expected = data;
  guint n_found;
  g_autofree char *info_path = find_info (&n_found);
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autofree char *document_path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *needle = NULL;

  g_assert_cmpuint (n_found, <=, 1);
  if (info_path == NULL || !g_key_file_load_from_file (info, info_path, G_KEY_FILE_NONE, NULL))
    return FALSE;
  if (g_key_file_get_int64 (info, "Autosave", "Pid", NULL) != expected->pid)
    return FALSE;
  info_path[strlen (info_path) - strlen (".autosave")] = '\0';
  document_path = g_strconcat (info_path, ".foresight", NULL);
  if (!g_file_get_contents (document_path, &contents, NULL, NULL))
    return FALSE;
  needle = g_strdup_printf ("id=\"adoption-ceiling\" value=\"%g\"", expected->value);
  return strstr (contents, needle) != NULL;
}

static gboolean
no_autosave (gpointer data)
{
  guint n_found;
  g_autofree char *info = find_info (&n_found);

  return info == NULL;
}

static void
kill_app (GPid pid)
{
  int status;

  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));
  g_spawn_close_pid (pid);
  g_assert_true (wf_ui_test_wait_until (app_gone, NULL));
}

/* The document is the new one of a first start (no file: a file opened at
 * start crashes the application under MALLOC_PERTURB_, on main as well,
 * in libadwaita's toast animation; reported, not this test's subject). */
static void
test_recover_after_kill (void)
{
  GPid pid;
  int status;

  /* A lever moved in a new document is kept a few seconds later. */
  g_assert_false (wf_ui_test_app_running (bus));
  pid = wf_ui_test_start_app (NULL, state_dir, NULL);
  g_assert_true (wf_ui_test_wait_until (app_running, NULL));
  {
    const char *needles[] = { "recovery-dialog=0", "window file= modified=0", NULL };

    g_assert_true (wf_ui_test_wait_until (report_has, needles));
  }
  g_assert_true (no_autosave (NULL));
  activate ("test-set-lever", g_variant_new ("(sd)", "adoption-ceiling", 85.0));
  {
    Expected expected = { pid, 85.0 };

    g_assert_true (wf_ui_test_wait_until (autosave_matches, &expected));
  }
  kill_app (pid);

  /* The next start offers it; Recover shows it modified, with the lever
   * as it was, and the copy is the new process's. */
  pid = wf_ui_test_start_app (NULL, state_dir, NULL);
  g_assert_true (wf_ui_test_wait_until (app_running, NULL));
  {
    const char *needles[] = { "recovery-dialog=1", NULL };

    g_assert_true (wf_ui_test_wait_until (report_has, needles));
  }
  activate ("test-respond", g_variant_new_string ("recover"));
  {
    const char *needles[] = { "recovery-dialog=0", "window file= modified=1", "adoption-ceiling=85 ", NULL };

    g_assert_true (wf_ui_test_wait_until (report_has, needles));
  }
  {
    Expected expected = { pid, 85.0 };

    g_assert_true (wf_ui_test_wait_until (autosave_matches, &expected));
  }
  kill_app (pid);

  /* Offered again after another crash; Discard removes it for good. */
  pid = wf_ui_test_start_app (NULL, state_dir, NULL);
  g_assert_true (wf_ui_test_wait_until (app_running, NULL));
  {
    const char *needles[] = { "recovery-dialog=1", NULL };

    g_assert_true (wf_ui_test_wait_until (report_has, needles));
  }
  activate ("test-respond", g_variant_new_string ("discard"));
  g_assert_true (wf_ui_test_wait_until (no_autosave, NULL));
  {
    const char *needles[] = { "recovery-dialog=0", "window file= modified=0 adoption-ceiling=60 ", NULL };

    g_assert_true (wf_ui_test_wait_until (report_has, needles));
  }
  /* Nothing unsaved is left, so Quit quits at once, and cleanly. */
  activate ("quit", NULL);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  g_spawn_close_pid (pid);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
  state_dir = g_dir_make_tmp ("wf-test-autosave-XXXXXX", &error);
  g_assert_no_error (error);
  autosave_dir = g_build_filename (state_dir, "workforce-foresight", "autosave", NULL);

  g_test_add_func ("/ui/autosave/recover-after-kill", test_recover_after_kill);
  status = g_test_run ();

  {
    g_rmdir (autosave_dir);
    {
      g_autofree char *parent = g_path_get_dirname (autosave_dir);

      g_rmdir (parent);
    }
    g_rmdir (state_dir);
  }
  g_free (autosave_dir);
  g_free (state_dir);
  g_object_unref (bus);
  return status;
}
