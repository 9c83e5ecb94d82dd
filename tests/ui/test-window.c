/* test-window.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application and its main window: template, actions, saved state.
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>

#include "wf-application.h"
#include "wf-i18n.h"
#include "wf-window.h"
#include "wf-ui-test.h"

/* One application for the whole program, as in the real one: windows can
 * only be added to a registered application, and registering exports it on
 * the session bus under its id, which a second instance cannot share. */
static WfApplication *app;

static WfApplication *
create_registered_application (void)
{
  g_autoptr(GError) error = NULL;
  WfApplication *application = wf_application_new ();

  /* Non-unique, so the test never talks to a running instance. */
  g_application_set_flags (G_APPLICATION (application),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (application), NULL, &error);
  g_assert_no_error (error);

  return application;
}

static void
test_window_template (void)
{
  static const struct {
    const char *name;
    GType (*get_type) (void);
  } children[] = {
    { "header_bar", adw_header_bar_get_type },
    { "primary_menu_button", gtk_menu_button_get_type },
    { "toast_overlay", adw_toast_overlay_get_type },
    { "scenario_dropdown", gtk_drop_down_get_type },
    { "chart_dropdown", gtk_drop_down_get_type },
    { "sector_dropdown", gtk_drop_down_get_type },
    { "compare_button", gtk_menu_button_get_type },
    { "compare_box", gtk_box_get_type },
    { "view_stack", gtk_stack_get_type },
  };
  WfWindow *window;
  GtkMenuButton *menu_button;

  window = g_object_ref (wf_window_new (GTK_APPLICATION (app)));
  g_assert_true (WF_IS_WINDOW (window));
  g_assert_true (gtk_window_get_application (GTK_WINDOW (window)) == GTK_APPLICATION (app));
  /* A new window shows the bundled world scenario, untitled and unmodified. */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Untitled – Workforce Foresight");
  g_assert_cmpuint (wf_session_get_n_scenarios (wf_window_get_session (window)), ==, 5);
  g_assert_false (wf_session_get_modified (wf_window_get_session (window)));

  for (guint i = 0; i < G_N_ELEMENTS (children); i++)
    {
      GObject *child = gtk_widget_get_template_child (GTK_WIDGET (window),
                                                      WF_TYPE_WINDOW,
                                                      children[i].name);

      g_test_message ("template child %s", children[i].name);
      g_assert_nonnull (child);
      g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (child, children[i].get_type ()));
    }

  /* The primary menu has its items, and every one names an action. */
  menu_button = GTK_MENU_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                WF_TYPE_WINDOW,
                                                                "primary_menu_button"));
  g_assert_nonnull (gtk_menu_button_get_menu_model (menu_button));
  g_assert_cmpint (g_menu_model_get_n_items (gtk_menu_button_get_menu_model (menu_button)), >, 0);

  /* GtkApplication found gtk/help-overlay.ui in the resources. */
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "show-help-overlay"));

  gtk_window_present (GTK_WINDOW (window));
  wf_ui_test_flush ();

  gtk_window_destroy (GTK_WINDOW (window));
  wf_ui_test_flush ();
  g_assert_finalize_object (window);
}

static void
test_application_actions (void)
{
  static const struct {
    const char *action;
    const char *accel;
  } expected[] = {
    { "app.quit", "<Control>q" },
    { "window.close", "<Control>w" },
  };

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "quit"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "about"));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                    expected[i].action);

      g_assert_nonnull (accels);
      g_assert_true (g_strv_contains ((const char * const *) accels, expected[i].accel));
    }
}

static void
test_window_saves_size (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  WfWindow *window;
  int width = 0;
  int height = 0;

  /* The window opens at the saved size... */
  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 640);
  g_settings_set_boolean (settings, "window-maximized", FALSE);

  window = g_object_ref (wf_window_new (GTK_APPLICATION (app)));
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);

  /* ...and saves its size when it closes. A window only goes through
   * close-request once it is on screen. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  wf_ui_test_flush ();
  gtk_window_close (GTK_WINDOW (window));
  wf_ui_test_flush ();

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  g_assert_finalize_object (window);
}

static gboolean
find_tooltip (GtkWidget  *widget,
              const char *tooltip)
{
  if (g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (find_tooltip (child, tooltip))
      return TRUE;

  return FALSE;
}

/* The window built from the build tree speaks the user's language: its
 * templates are translated from the catalogues just built (the test
 * environment sets WORKFORCE_FORESIGHT_LOCALEDIR, as ./build-aux/dev run
 * does). */
static void
test_window_translated_from_build_tree (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_MESSAGES, NULL));
  WfWindow *window;

  if (g_getenv (WF_LOCALEDIR_ENV) == NULL)
    {
      g_test_skip ("not run in the test environment");
      return;
    }
  if (setlocale (LC_MESSAGES, "fr_FR.UTF-8") == NULL)
    {
      g_test_skip ("the fr_FR.UTF-8 locale is not generated (./build-aux/dev test does it)");
      return;
    }

  wf_i18n_init (LOCALEDIR);
  window = g_object_ref (wf_window_new (GTK_APPLICATION (app)));
  setlocale (LC_MESSAGES, saved);

  g_assert_true (find_tooltip (GTK_WIDGET (window), "Ouvrir un fichier de scénario (Ctrl+O)"));
  g_assert_false (find_tooltip (GTK_WIDGET (window), "Open a Scenario File (Ctrl+O)"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  app = create_registered_application ();

  g_test_add_func ("/ui/window/template", test_window_template);
  g_test_add_func ("/ui/window/saves-size", test_window_saves_size);
  g_test_add_func ("/ui/application/actions", test_application_actions);
  g_test_add_func ("/ui/window/translated-from-build-tree", test_window_translated_from_build_tree);

  ret = g_test_run ();

  /* Not g_assert_finalize_object(): a registered application is only
   * unregistered by the end of g_application_run(), which never ran. */
  g_clear_object (&app);

  return ret;
}
