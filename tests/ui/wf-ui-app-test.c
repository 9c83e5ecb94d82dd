/* wf-ui-app-test.c: the application and its windows, for the widget tests
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "wf-ui-app-test.h"
#include "wf-ui-test.h"

WfApplication *
wf_ui_test_init_application (int    *argc,
                             char ***argv)
{
  g_autoptr(GError) error = NULL;
  WfApplication *app;

  gtk_test_init (argc, argv, NULL);
  adw_init ();

  app = wf_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  return app;
}

WfWindow *
wf_ui_test_new_window (WfApplication *app)
{
  WfWindow *window = g_object_ref (wf_window_new (GTK_APPLICATION (app)));

  gtk_window_present (GTK_WINDOW (window));
  wf_ui_test_flush ();
  return window;
}

void
wf_ui_test_close_window (WfWindow *window)
{
  WfSession *session = wf_window_get_session (window);

  if (wf_session_get_modified (session))
    wf_session_reset (session, 0);
  gtk_window_destroy (GTK_WINDOW (window));
  wf_ui_test_flush ();
  g_assert_finalize_object (window);
}
