/* wf-ui-test.c: main-loop helpers shared by the widget tests
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <sys/prctl.h>

#include "wf-ui-test.h"

void
wf_ui_test_flush (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

gboolean
wf_ui_test_wait_until (WfUiTestCondition condition,
                       gpointer          data)
{
  return wf_ui_test_wait_until_for (condition, data, WF_UI_TEST_TIMEOUT_S);
}

gboolean
wf_ui_test_wait_until_for (WfUiTestCondition condition,
                           gpointer          data,
                           guint             seconds)
{
  gint64 end = g_get_monotonic_time () + seconds * G_TIME_SPAN_SECOND;

  while (!condition (data) && g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  wf_ui_test_flush ();
  return condition (data);
}

/* A test that fails aborts: the application goes with it. */
static void
die_with_parent (gpointer data)
{
  prctl (PR_SET_PDEATHSIG, SIGKILL);
}

GPid
wf_ui_test_start_app (const char *file,
                      const char *state_dir,
                      const char *perturb)
{
  return wf_ui_test_start_app_with_env (file, state_dir, perturb, NULL);
}

GPid
wf_ui_test_start_app_with_env (const char         *file,
                               const char         *state_dir,
                               const char         *perturb,
                               const char * const *extra_env)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *binary = g_build_filename (g_getenv ("WF_BUILD_ROOT"), "src", "app",
                                              "workforce-foresight", NULL);
  g_auto(GStrv) env = g_get_environ ();
  const char *argv[] = { binary, file, NULL };
  GPid pid;

  for (guint i = 0; extra_env != NULL && extra_env[i] != NULL && extra_env[i + 1] != NULL; i += 2)
    env = extra_env[i + 1][0] != '\0' ? g_environ_setenv (env, extra_env[i], extra_env[i + 1], TRUE)
                                      : g_environ_unsetenv (env, extra_env[i]);
  env = g_environ_setenv (env, "XDG_STATE_HOME", state_dir, TRUE);
  env = g_environ_setenv (env, "WF_TEST_HOOKS", "1", TRUE);
  env = g_environ_setenv (env, "G_DEBUG", "fatal-criticals", TRUE);
  if (perturb != NULL)
    env = g_environ_setenv (env, "MALLOC_PERTURB_", perturb, TRUE);
  g_spawn_async (NULL, (char **) argv, env, G_SPAWN_DO_NOT_REAP_CHILD, die_with_parent, NULL, &pid, &error);
  g_assert_no_error (error);
  return pid;
}

gboolean
wf_ui_test_app_running (GDBusConnection *bus)
{
  g_autoptr(GVariant) reply = NULL;
  gboolean owned = FALSE;

  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", APPLICATION_ID), G_VARIANT_TYPE ("(b)"),
                                       G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);
  return owned;
}
