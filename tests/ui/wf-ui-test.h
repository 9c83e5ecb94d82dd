/* wf-ui-test.h: main-loop helpers shared by the widget tests
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* How long wf_ui_test_wait_until () waits at most. Generous: it only bounds
 * a test that would otherwise hang, it is not a measure of speed. */
#define WF_UI_TEST_TIMEOUT_S 20

typedef gboolean (*WfUiTestCondition) (gpointer data);

/* Dispatches everything pending on the default main context. */
void     wf_ui_test_flush        (void);
/* Spins the default main context until @condition holds, then flushes it;
 * returns whether @condition holds. */
gboolean wf_ui_test_wait_until   (WfUiTestCondition condition,
                                  gpointer          data);
/* The same, waiting at most @seconds. */
gboolean wf_ui_test_wait_until_for (WfUiTestCondition condition,
                                    gpointer          data,
                                    guint             seconds);

/* Starts the application of the build (WF_BUILD_ROOT) as a child process
 * on the test's display and session bus, with @file (or none) on its
 * command line, XDG_STATE_HOME=@state_dir, the test hooks on (HACKING.md,
 * "Test hooks"), G_DEBUG=fatal-criticals, and MALLOC_PERTURB_=@perturb
 * unless it is NULL. The child is killed if the test dies. */
GPid     wf_ui_test_start_app    (const char      *file,
                                  const char      *state_dir,
                                  const char      *perturb);
/* The same, with the environment also changed by @extra_env: pairs of a
 * name and a value, NULL-terminated; an empty value unsets the name. */
GPid     wf_ui_test_start_app_with_env (const char         *file,
                                        const char         *state_dir,
                                        const char         *perturb,
                                        const char * const *extra_env);
/* Whether the application owns its name on @bus. */
gboolean wf_ui_test_app_running  (GDBusConnection *bus);

G_END_DECLS
