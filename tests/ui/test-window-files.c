/* test-window-files.c: files that cannot be opened at start, Save As onto
 * another window's file, and a session of several windows quit at once
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "wf-application.h"
#include "wf-document-io.h"
#include "wf-window.h"
#include "wf-ui-app-test.h"
#include "wf-ui-test.h"

static WfApplication *app;

static char *
data_path (const char *name)
{
  return g_build_filename (g_getenv ("WF_SOURCE_ROOT"),
                           "data", name, NULL);
}

static AdwMessageDialog *
find_message_dialog (const char *heading_part)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data) &&
        strstr (adw_message_dialog_get_heading (l->data), heading_part) != NULL)
      return l->data;
  return NULL;
}

static gboolean
has_dialog (gpointer data)
{
  return find_message_dialog (data) != NULL;
}

static gboolean
is_showing_error (gpointer data)
{
  return wf_window_is_showing_error (data);
}

static gboolean
is_gone (gpointer data)
{
  return g_list_find (gtk_application_get_windows (GTK_APPLICATION (app)), data) == NULL;
}

static gboolean
no_windows (gpointer data)
{
  return gtk_application_get_windows (GTK_APPLICATION (app)) == NULL;
}

static gboolean
has_file (gpointer data)
{
  return wf_session_get_file (wf_window_get_session (data)) != NULL;
}

static void
destroy_dialogs (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      gtk_window_destroy (l->data);
  wf_ui_test_flush ();
}

static void
destroy_window (WfWindow *window)
{
  WfSession *session = wf_window_get_session (window);

  if (wf_session_get_modified (session))
    wf_session_reset (session, 0);
  gtk_window_destroy (GTK_WINDOW (window));
  wf_ui_test_flush ();
}

/* What the command line gives: a new window per file, presented while it
 * reads (as wf_application_open () does). */
static WfWindow *
open_at_start (GFile *file)
{
  WfWindow *window = wf_window_new (GTK_APPLICATION (app));

  wf_window_open_file_at_start (window, file);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* A file that is no scenario, given at start with nothing else open: the
 * window says so on its page, naming the file and the reason, instead of
 * an untitled document under a dialog; it is no document until the user
 * asks for one. With another window open, the window made for the file
 * goes and the error shows over the other window, whose work stays. */
static void
test_garbage_at_start (void)
{
  g_autofree char *dir = g_dir_make_tmp ("wf-ui-XXXXXX", NULL);
  g_autofree char *garbage_path = g_build_filename (dir, "passwd", NULL);
  g_autofree char *truncated_path = g_build_filename (dir, "cut.foresight", NULL);
  g_autofree char *world_path = data_path ("world-2023.foresight");
  g_autofree char *world = NULL;
  gsize length;
  g_autoptr(GFile) garbage = g_file_new_for_path (garbage_path);
  g_autoptr(GFile) truncated = g_file_new_for_path (truncated_path);
  WfWindow *window, *second;
  AdwMessageDialog *dialog;
  GObject *page;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;

  g_assert_true (g_file_set_contents (garbage_path, "root:x:0:0:root:/root:/bin/bash\n", -1, NULL));
  g_assert_true (g_file_get_contents (world_path, &world, &length, NULL));
  g_assert_true (g_file_set_contents (truncated_path, world, (gssize) (length / 2), NULL));

  window = open_at_start (garbage);
  g_assert_true (wf_ui_test_wait_until (is_showing_error, window));
  g_assert_null (find_message_dialog ("Could Not Open"));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Workforce Foresight");
  page = gtk_widget_get_template_child (GTK_WIDGET (window), WF_TYPE_WINDOW, "error_page");
  g_object_get (page, "title", &title, "description", &description, NULL);
  g_assert_nonnull (strstr (title, "passwd"));
  g_assert_nonnull (strstr (description, garbage_path));
  g_assert_nonnull (strstr (description, "XML"));
  /* No scenario to pick on it. */
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), WF_TYPE_WINDOW,
                                                                                  "scenario_dropdown"))));

  /* The user asks for the bundled scenarios: the document is there. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.dismiss-error", NULL));
  g_assert_false (wf_window_is_showing_error (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Untitled – Workforce Foresight");
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), WF_TYPE_WINDOW,
                                                                                 "scenario_dropdown"))));

  /* The world file open and changed in one window; a truncated file given
   * on the command line then: its window goes, the error shows over the
   * window there, whose work stays. */
  {
    g_autoptr(GFile) file = g_file_new_for_path (world_path);

    wf_window_open_file (window, file);
    g_assert_true (wf_ui_test_wait_until (has_file, window));
    wf_session_set_lever (wf_window_get_session (window), WF_LEVER_SME_LAG, 7);
  }
  second = g_object_ref (open_at_start (truncated));
  g_assert_true (wf_ui_test_wait_until (has_dialog, (gpointer) "Could Not Open"));
  wf_ui_test_flush ();
  dialog = find_message_dialog ("Could Not Open");
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "cut.foresight"));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_true (is_gone (second));
  g_assert_finalize_object (second);
  g_assert_true (wf_session_get_modified (wf_window_get_session (window)));
  g_assert_cmpfloat (wf_session_get_current_scenario (wf_window_get_session (window))->values[WF_LEVER_SME_LAG], ==, 7);
  destroy_dialogs ();

  destroy_window (window);
  g_remove (garbage_path);
  g_remove (truncated_path);
  g_rmdir (dir);
}

/* Save As onto the file another window shows is refused with a message
 * naming it, and neither file changes; onto its own file or a new one it
 * saves. */
static void
test_save_as_other_window (void)
{
  g_autofree char *dir = g_dir_make_tmp ("wf-ui-XXXXXX", NULL);
  g_autofree char *a_path = g_build_filename (dir, "a.foresight", NULL);
  g_autofree char *b_path = g_build_filename (dir, "b.foresight", NULL);
  g_autofree char *c_path = g_build_filename (dir, "c.foresight", NULL);
  g_autoptr(GFile) a = g_file_new_for_path (a_path);
  g_autoptr(GFile) b = g_file_new_for_path (b_path);
  g_autoptr(GFile) c = g_file_new_for_path (c_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *a_before = NULL;
  g_autofree char *a_after = NULL;
  WfWindow *first = wf_window_new (GTK_APPLICATION (app));
  WfWindow *second = wf_window_new (GTK_APPLICATION (app));
  AdwMessageDialog *dialog;

  gtk_window_present (GTK_WINDOW (first));
  gtk_window_present (GTK_WINDOW (second));
  g_assert_true (wf_session_save (wf_window_get_session (first), a, &error));
  g_assert_no_error (error);
  wf_session_set_lever (wf_window_get_session (second), WF_LEVER_SME_LAG, 9);
  g_assert_true (wf_session_save (wf_window_get_session (second), b, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (a_path, &a_before, NULL, NULL));

  /* The second window's work onto the first's file: refused. */
  wf_session_set_lever (wf_window_get_session (second), WF_LEVER_SME_LAG, 8);
  wf_window_save_as_file (second, a);
  g_assert_true (wf_ui_test_wait_until (has_dialog, (gpointer) "Is Open in Another Window"));
  dialog = find_message_dialog ("Is Open in Another Window");
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "a.foresight"));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (second));
  g_assert_true (g_file_get_contents (a_path, &a_after, NULL, NULL));
  g_assert_cmpstr (a_before, ==, a_after);
  g_assert_true (g_file_equal (wf_session_get_file (wf_window_get_session (second)), b));
  g_assert_true (wf_session_get_modified (wf_window_get_session (second)));
  destroy_dialogs ();

  /* Onto a new file it saves, and the window follows it. */
  wf_window_save_as_file (second, c);
  g_assert_true (wf_ui_test_wait_until (has_file, second));
  while (wf_session_get_modified (wf_window_get_session (second)))
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_file_equal (wf_session_get_file (wf_window_get_session (second)), c));
  g_assert_true (g_file_test (c_path, G_FILE_TEST_EXISTS));

  destroy_window (first);
  destroy_window (second);
  g_remove (a_path);
  g_remove (b_path);
  g_remove (c_path);
  g_rmdir (dir);
}

static void
respond (const char *heading_part,
         const char *response)
{
  AdwMessageDialog *dialog;

  g_assert_true (wf_ui_test_wait_until (has_dialog, (gpointer) heading_part));
  dialog = find_message_dialog (heading_part);
  /* As a click on the button: the answer, then the dialog closes. */
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  wf_ui_test_flush ();
}

/* A multi-window session ended through app.quit (Ctrl+Q), under
 * G_DEBUG=fatal-criticals: three windows (new, a file, another file), a
 * change in two, one closed by hand, the others by the quit, whose
 * unsaved-changes dialogs are answered Cancel (nothing closes), then
 * Discard and Save. Nothing is left, and no critical is logged. */
static void
test_quit_many_windows (void)
{
  g_autofree char *dir = g_dir_make_tmp ("wf-ui-XXXXXX", NULL);
  g_autofree char *world_path = data_path ("world-2023.foresight");
  g_autofree char *copy_path = g_build_filename (dir, "copy.foresight", NULL);
  g_autofree char *saved = NULL;
  g_autoptr(GFile) world = g_file_new_for_path (world_path);
  g_autoptr(GFile) copy = g_file_new_for_path (copy_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDocument) document = NULL;
  WfWindow *blank, *first, *second, *third;

  {
    g_autoptr(WfDocument) world_document = wf_document_load_file (world, &error);

    g_assert_no_error (error);
    g_assert_true (wf_document_save_file (world_document, copy, &error));
    g_assert_no_error (error);
  }

  blank = wf_window_new (GTK_APPLICATION (app));
  gtk_window_present (GTK_WINDOW (blank));
  first = wf_window_new (GTK_APPLICATION (app));
  wf_window_open_file_at_start (first, world);
  gtk_window_present (GTK_WINDOW (first));
  second = wf_window_new (GTK_APPLICATION (app));
  wf_window_open_file_at_start (second, copy);
  gtk_window_present (GTK_WINDOW (second));
  third = wf_window_new (GTK_APPLICATION (app));
  gtk_window_present (GTK_WINDOW (third));
  g_assert_true (wf_ui_test_wait_until (has_file, first));
  g_assert_true (wf_ui_test_wait_until (has_file, second));

  wf_session_set_lever (wf_window_get_session (first), WF_LEVER_SME_LAG, 6);
  wf_session_set_lever (wf_window_get_session (second), WF_LEVER_SME_LAG, 2);
  wf_session_end_lever_gesture (wf_window_get_session (second));
  /* A chart that needs the ensemble, so threads are at work when it ends. */
  g_object_set (wf_window_get_session (first), "chart", "fan", NULL);
  wf_ui_test_flush ();

  /* One closed by hand. */
  gtk_window_close (GTK_WINDOW (third));
  g_assert_true (wf_ui_test_wait_until (is_gone, third));

  /* Quit; Cancel in the first dialog keeps that window (and the quit
   * goes on with the others, as GNOME applications do). */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  respond ("Save Changes?", "cancel");
  g_assert_false (is_gone (first) && is_gone (second));

  /* Quit again: Discard one, Save the other. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  {
    AdwMessageDialog *dialog;
    GtkWindow *parent;

    g_assert_true (wf_ui_test_wait_until (has_dialog, (gpointer) "Save Changes?"));
    dialog = find_message_dialog ("Save Changes?");
    parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));
    adw_message_dialog_response (dialog, parent == GTK_WINDOW (second) ? "save" : "discard");
    gtk_window_destroy (GTK_WINDOW (dialog));
    wf_ui_test_flush ();
    if (!no_windows (NULL))
      {
        g_assert_true (wf_ui_test_wait_until (has_dialog, (gpointer) "Save Changes?"));
        dialog = find_message_dialog ("Save Changes?");
        parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));
        adw_message_dialog_response (dialog, parent == GTK_WINDOW (second) ? "save" : "discard");
        gtk_window_destroy (GTK_WINDOW (dialog));
      }
  }
  g_assert_true (wf_ui_test_wait_until (no_windows, NULL));
  g_assert_null (find_message_dialog (""));

  /* The saved one has its change; the world file was not touched. */
  document = wf_document_load_file (copy, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (((WfScenario *) g_ptr_array_index (document->scenarios, 0))->values[WF_LEVER_SME_LAG], ==, 2);

  /* What was scheduled for the windows runs into nothing. */
  {
    gint64 end = g_get_monotonic_time () + 2 * G_TIME_SPAN_SECOND;

    while (g_get_monotonic_time () < end)
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
  }

  g_remove (copy_path);
  {
    g_autofree char *backup = g_strconcat (copy_path, "~", NULL);

    g_remove (backup);
  }
  g_rmdir (dir);
}

/* Whether @action is enabled in @window, as a button bound to it sees: a
 * hidden one, parented to the window for the question only. */
static gboolean
action_enabled (WfWindow   *window,
                const char *action)
{
  GtkWidget *probe = gtk_button_new ();
  gboolean enabled;

  gtk_widget_set_visible (probe, FALSE);
  gtk_actionable_set_detailed_action_name (GTK_ACTIONABLE (probe), action);
  gtk_widget_set_parent (probe, GTK_WIDGET (window));
  enabled = gtk_widget_get_sensitive (probe);
  gtk_widget_unparent (probe);
  return enabled;
}

static GtkWidget *
window_child (WfWindow   *window,
              const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), WF_TYPE_WINDOW, name));
}

/* The page of a file that could not be opened shows no document: the
 * header bar has no Save, Undo, Redo or Export, and what acts on a
 * document (by its shortcut or the main menu) is off, while opening
 * another file or starting anew stays. Dismissed, the document's controls
 * are back. */
static void
test_error_page_header (void)
{
  g_autofree char *dir = g_dir_make_tmp ("wf-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "garbage.foresight", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *document_actions[] = {
    "win.save", "win.save-as", "win.export", "win.export-brief", "win.copy-chart",
    "win.add-scenario::current-trends", "win.edit-scenario", "win.delete-scenario",
    "win.reset-assumptions", "win.presentation", "win.next-chart", "win.view::data",
  };
  const char *header_controls[] = { "save_button", "export_button", "undo_button", "redo_button" };
  WfWindow *window;

  g_assert_true (g_file_set_contents (path, "not a scenario file\n", -1, NULL));
  window = open_at_start (file);
  g_assert_true (wf_ui_test_wait_until (is_showing_error, window));
  wf_ui_test_flush ();

  for (guint i = 0; i < G_N_ELEMENTS (header_controls); i++)
    g_assert_false (gtk_widget_is_visible (window_child (window, header_controls[i])));
  for (guint i = 0; i < G_N_ELEMENTS (document_actions); i++)
    {
      g_test_message ("on the error page: %s", document_actions[i]);
      g_assert_false (action_enabled (window, document_actions[i]));
    }
  g_assert_true (action_enabled (window, "win.open"));
  g_assert_true (action_enabled (window, "win.new"));
  g_assert_true (action_enabled (window, "win.dismiss-error"));
  g_assert_true (gtk_widget_is_visible (window_child (window, "primary_menu_button")));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.dismiss-error", NULL));
  wf_ui_test_flush ();
  for (guint i = 0; i < G_N_ELEMENTS (header_controls); i++)
    g_assert_true (gtk_widget_is_visible (window_child (window, header_controls[i])));
  for (guint i = 0; i < G_N_ELEMENTS (document_actions); i++)
    {
      g_test_message ("on the document: %s", document_actions[i]);
      g_assert_true (action_enabled (window, document_actions[i]));
    }
  /* Nothing done yet: nothing to undo. */
  g_assert_false (action_enabled (window, "win.undo"));

  destroy_window (window);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  app = wf_ui_test_init_application (&argc, &argv);

  g_test_add_func ("/ui/window-files/garbage-at-start", test_garbage_at_start);
  g_test_add_func ("/ui/window-files/error-page-header", test_error_page_header);
  g_test_add_func ("/ui/window-files/save-as-other-window", test_save_as_other_window);
  g_test_add_func ("/ui/window-files/quit-many-windows", test_quit_many_windows);

  ret = g_test_run ();
  g_clear_object (&app);
  return ret;
}
