/* test-brief-export.c: File → Export Brief… (win.export-brief)
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "wf-application.h"
#include "wf-brief-export.h"
#include "wf-window.h"
#include "wf-ui-app-test.h"
#include "wf-ui-test.h"

static WfApplication *app;

static gboolean
export_done (gpointer data)
{
  return !wf_brief_export_is_running (data);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      return l->data;
  return NULL;
}

static gboolean
has_message_dialog (gpointer data)
{
  return find_message_dialog () != NULL;
}

/* The brief of the scenario on screen is written in a thread, and a second
 * export waits for the first. */
static void
test_export_pdf (void)
{
  g_autofree char *dir = g_dir_make_tmp ("wf-brief-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "brief.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  gsize length = 0;
  WfWindow *window = wf_ui_test_new_window (app);
  WfSession *session = wf_window_get_session (window);

  wf_session_set_current (session, 4);
  wf_brief_export_to_file (window, file);
  g_assert_true (wf_brief_export_is_running (window));
  g_assert_true (wf_ui_test_wait_until (export_done, window));

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-1.5"));
  /* Written whole: a PDF ends with its end-of-file marker. */
  g_assert_cmpuint (length, >, 20000);
  g_assert_true (memcmp (contents + length - 6, "%%EOF\n", 6) == 0);
  g_assert_null (find_message_dialog ());

  wf_ui_test_close_window (window);
  g_remove (path);
  g_rmdir (dir);
}

/* A file that cannot be written: a dialog over the window names it and
 * says why; the file that was there is kept. */
static void
test_export_error (void)
{
  g_autofree char *dir = g_dir_make_tmp ("wf-brief-ui-XXXXXX", NULL);
  g_autofree char *blocker = g_build_filename (dir, "not-a-folder", NULL);
  g_autofree char *path = g_build_filename (blocker, "brief.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *kept = NULL;
  WfWindow *window = wf_ui_test_new_window (app);
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (blocker, "kept", -1, NULL));
  wf_brief_export_to_file (window, file);
  g_assert_true (wf_ui_test_wait_until (has_message_dialog, NULL));
  g_assert_false (wf_brief_export_is_running (window));

  dialog = find_message_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "brief.pdf"));
  g_assert_nonnull (adw_message_dialog_get_body (dialog));
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), !=, "");
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (g_file_get_contents (blocker, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "kept");

  wf_ui_test_close_window (window);
  g_remove (blocker);
  g_rmdir (dir);
}

/* Whether @model or one of its sections or submenus has an item for
 * @action. */
static gboolean
menu_has_action (GMenuModel *model,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (model, i);

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action))
        return TRUE;
      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) link = g_menu_link_iter_get_value (links);

          if (menu_has_action (link, action))
            return TRUE;
        }
    }
  return FALSE;
}

/* The window has the action, enabled, and its main menu an item for it.
 * (The save dialog itself is not opened here: GTK's own, shown where no
 * portal is, loads libraries that keep memory until exit.) */
static void
test_action (void)
{
  WfWindow *window = wf_ui_test_new_window (app);
  GtkMenuButton *button = GTK_MENU_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (window), WF_TYPE_WINDOW,
                                                                          "primary_menu_button"));
  gboolean found = FALSE;
  const char *name, *property;
  const GVariantType *parameter;
  GType owner;

  for (guint i = 0; gtk_widget_class_query_action (GTK_WIDGET_GET_CLASS (window), i, &owner, &name,
                                                   &parameter, &property); i++)
    found |= g_str_equal (name, "win.export-brief");
  g_assert_true (found);
  g_assert_true (menu_has_action (gtk_menu_button_get_menu_model (button), "win.export-brief"));
  g_assert_false (wf_brief_export_is_running (window));

  wf_ui_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  app = wf_ui_test_init_application (&argc, &argv);

  g_test_add_func ("/ui/brief-export/pdf", test_export_pdf);
  g_test_add_func ("/ui/brief-export/error", test_export_error);
  g_test_add_func ("/ui/brief-export/action", test_action);

  ret = g_test_run ();
  g_clear_object (&app);
  return ret;
}
