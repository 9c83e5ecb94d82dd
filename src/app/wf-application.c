/* wf-application.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wf-application"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "wf-application.h"
#include "wf-autosave.h"
#include "wf-window.h"

struct _WfApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;

  /* Work left by a process that ended before saving it is offered once,
   * at the first window. */
  gboolean        recovery_offered;
  GtkWindow      *recovery_dialog;  /* weak */
  /* The test hooks' report (WF_TEST_HOOKS, see HACKING.md). */
  GSimpleAction  *test_report;
  guint           test_report_idle;
};

G_DEFINE_FINAL_TYPE (WfApplication, wf_application, ADW_TYPE_APPLICATION)

/* The values of the "theme" enum in the GSettings schema. */
enum
{
  WF_THEME_SYSTEM,
  WF_THEME_LIGHT,
  WF_THEME_DARK,
};

static void
wf_application_apply_theme (WfApplication *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  AdwColorScheme scheme;

  switch (g_settings_get_enum (self->settings, "theme"))
    {
    case WF_THEME_LIGHT:
      scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
      break;

    case WF_THEME_DARK:
      scheme = ADW_COLOR_SCHEME_FORCE_DARK;
      break;

    case WF_THEME_SYSTEM:
    default:
      scheme = ADW_COLOR_SCHEME_DEFAULT;
      break;
    }

  adw_style_manager_set_color_scheme (style_manager, scheme);
}

static void
settings_changed_theme_cb (GSettings     *settings,
                           const char    *key,
                           WfApplication *self)
{
  wf_application_apply_theme (self);
}

static void
wf_application_quit_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  WfApplication *self = user_data;
  GList *windows;

  /* Close the windows rather than quitting outright, so that each one goes
   * through close-request and saves its state; the application quits when
   * the last window is gone. The list is copied because closing a window
   * removes it from the application's list. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (const GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
  g_list_free (windows);
}

static void
wf_application_about_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  static const char *developers[] = {
    "The Workforce Foresight authors",
    NULL
  };
  WfApplication *self = user_data;
  GtkWindow *parent;
  GtkWidget *about;

  parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "modal", TRUE,
                        "application-name", _("Workforce Foresight"),
                        "application-icon", APPLICATION_ID,
                        "developer-name", _("The Workforce Foresight authors"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Explore how AI could change jobs and skills to 2030, "
                                      "by economic sector, for women and for men, "
                                      "from scenario levers you can move."),
                        "website", "https://github.com/workforce-foresight/workforce-foresight",
                        "issue-url", "https://github.com/workforce-foresight/workforce-foresight/issues",
                        "developers", developers,
                        /* Translators: Replace "translator-credits" with your names, one name per line */
                        "translator-credits", _("translator-credits"),
                        "copyright", _("© 2026 The Workforce Foresight authors"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        NULL);

  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_entries[] = {
  { "quit", wf_application_quit_action },
  { "about", wf_application_about_action },
};

/* Recovery */

static char *
describe_entry (const WfAutosaveEntry *entry)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (entry->time);
  g_autofree char *time = g_date_time_format (local, "%x %X");
  g_autoptr(GFile) original = wf_autosave_entry_get_original (entry);

  if (original == NULL)
    /* Translators: %s is a date and time */
    return g_strdup_printf (_("Never saved · kept %s"), time);
  {
    g_autofree char *where = g_file_get_parse_name (original);

    /* Translators: the file a document belongs to, then a date and time */
    return g_strdup_printf (_("%s · kept %s"), where, time);
  }
}

typedef struct
{
  WfApplication *app;
  WfWindow      *window;   /* the window offered first, if still there */
  GPtrArray     *entries;  /* (element-type WfAutosaveEntry) */
} Recovery;

static void
recovery_free (Recovery *recovery)
{
  g_clear_weak_pointer (&recovery->window);
  g_ptr_array_unref (recovery->entries);
  g_object_unref (recovery->app);
  g_free (recovery);
}

static void wf_application_update_test_report (WfApplication *self);

static void
recovery_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      Recovery         *recovery)
{
  WfApplication *self = recovery->app;

  if (g_strcmp0 (response, "recover") == 0)
    for (guint i = 0; i < recovery->entries->len; i++)
      {
        const WfAutosaveEntry *entry = g_ptr_array_index (recovery->entries, i);
        g_autoptr(GError) error = NULL;
        WfDocument *document = wf_autosave_entry_load (entry, &error);
        WfWindow *window;

        if (document == NULL)
          {
            /* Translators: %s is the name of a document */
            g_autofree char *heading = g_strdup_printf (_("Could Not Recover “%s”"), entry->name);
            GtkWidget *message;

            /* The copy stays, for the next start or for a look by hand. */
            message = adw_message_dialog_new (gtk_application_get_active_window (GTK_APPLICATION (self)),
                                              heading, error->message);
            adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
            gtk_window_present (GTK_WINDOW (message));
            continue;
          }

        /* The first takes the new, untouched window; the others open beside. */
        if (recovery->window != NULL && wf_window_is_untouched (recovery->window))
          window = recovery->window;
        else
          window = wf_window_new (GTK_APPLICATION (self));
        wf_window_recover (window, document, entry);
        gtk_window_present (GTK_WINDOW (window));
      }
  else if (g_strcmp0 (response, "discard") == 0)
    for (guint i = 0; i < recovery->entries->len; i++)
      wf_autosave_entry_remove (g_ptr_array_index (recovery->entries, i));
  /* Otherwise (Escape) the copies stay, and are offered at the next start. */

  recovery_free (recovery);
  wf_application_update_test_report (self);
}

/* Work left by a process that is gone (a crash, a kill, a power cut) is
 * offered back over @window, in one dialog that lists each document. */
static void
wf_application_offer_recovery (WfApplication *self,
                               WfWindow      *window)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  GtkWidget *list;
  Recovery *recovery;

  if (self->recovery_offered)
    return;
  self->recovery_offered = TRUE;

  entries = wf_autosave_list_orphans (NULL);
  if (entries->len == 0)
    return;

  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Workforce Foresight stopped before this work was saved. "
                                       "Recover opens it unsaved, so you can look at it and save it.",
                                       "Workforce Foresight stopped before this work was saved. "
                                       "Recover opens each document unsaved, so you can look at it and save it.",
                                       entries->len));
  dialog = adw_message_dialog_new (GTK_WINDOW (window), _("Recover Unsaved Work?"), body);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < entries->len; i++)
    {
      const WfAutosaveEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *subtitle = describe_entry (entry);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), entry->name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("document-revert-symbolic"));
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "discard", _("_Discard"),
                                    "recover", _("_Recover"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "recover",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "recover");
  /* Escape decides nothing: the work stays for the next start. */
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");

  recovery = g_new0 (Recovery, 1);
  recovery->app = g_object_ref (self);
  g_set_weak_pointer (&recovery->window, window);
  recovery->entries = g_steal_pointer (&entries);
  g_signal_connect (dialog, "response", G_CALLBACK (recovery_response_cb), recovery);
  g_set_weak_pointer (&self->recovery_dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
  wf_application_update_test_report (self);
}

/* Test hooks: with WF_TEST_HOOKS=1 in the environment (never otherwise),
 * three more application actions let tests/ui/test-autosave.c drive the
 * real program over D-Bus: test-set-lever (sd) moves a lever in the
 * active window, test-respond (s) answers the recovery dialog, and the
 * state of test-report (s) describes the recovery offer and the windows. */

static gboolean
test_report_idle_cb (gpointer user_data)
{
  WfApplication *self = user_data;
  g_autoptr(GString) report = g_string_new (NULL);

  self->test_report_idle = 0;
  g_string_append_printf (report, "recovery-dialog=%d\n", self->recovery_dialog != NULL);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      WfSession *session;
      GFile *file;
      g_autofree char *uri = NULL;
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      if (!WF_IS_WINDOW (l->data))
        continue;
      session = wf_window_get_session (l->data);
      file = wf_session_get_file (session);
      uri = file != NULL ? g_file_get_uri (file) : g_strdup ("");
      g_string_append_printf (report, "window file=%s modified=%d", uri, wf_session_get_modified (session));
      for (guint v = 0; v < WF_N_LEVERS; v++)
        g_string_append_printf (report, " %s=%s", wf_lever_get_id (v),
                                g_ascii_dtostr (buf, sizeof buf,
                                                wf_session_get_current_scenario (session)->values[v]));
      g_string_append_c (report, '\n');
    }
  g_simple_action_set_state (self->test_report, g_variant_new_string (report->str));
  return G_SOURCE_REMOVE;
}

static void
wf_application_update_test_report (WfApplication *self)
{
  if (self->test_report != NULL && self->test_report_idle == 0)
    self->test_report_idle = g_idle_add (test_report_idle_cb, self);
}

static void
test_window_added_cb (WfApplication *self,
                      GtkWindow     *window)
{
  if (!WF_IS_WINDOW (window))
    return;
  g_signal_connect_object (wf_window_get_session (WF_WINDOW (window)), "changed",
                           G_CALLBACK (wf_application_update_test_report), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (wf_window_get_session (WF_WINDOW (window)), "notify::modified",
                           G_CALLBACK (wf_application_update_test_report), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (wf_window_get_session (WF_WINDOW (window)), "notify::file",
                           G_CALLBACK (wf_application_update_test_report), self, G_CONNECT_SWAPPED);
  wf_application_update_test_report (self);
}

static void
wf_application_test_set_lever_action (GSimpleAction *action,
                                      GVariant      *parameter,
                                      gpointer       user_data)
{
  WfApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *id;
  double value;
  WfLever lever;

  g_variant_get (parameter, "(&sd)", &id, &value);
  if (!WF_IS_WINDOW (window) || !wf_lever_from_id (id, &lever))
    {
      g_message ("test-set-lever: no window, or no lever “%s”", id);
      return;
    }
  wf_session_set_lever (wf_window_get_session (WF_WINDOW (window)), lever, value);
  wf_session_end_lever_gesture (wf_window_get_session (WF_WINDOW (window)));
}

static void
wf_application_test_respond_action (GSimpleAction *action,
                                    GVariant      *parameter,
                                    gpointer       user_data)
{
  WfApplication *self = user_data;

  /* As a click on the button: the answer, then the dialog closes. */
  if (self->recovery_dialog != NULL)
    {
      g_autoptr(GtkWindow) dialog = g_object_ref (self->recovery_dialog);

      adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), g_variant_get_string (parameter, NULL));
      gtk_window_destroy (dialog);
    }
}

static void
wf_application_add_test_hooks (WfApplication *self)
{
  static const GActionEntry test_entries[] = {
    { "test-set-lever", wf_application_test_set_lever_action, "(sd)" },
    { "test-respond", wf_application_test_respond_action, "s" },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), test_entries,
                                   G_N_ELEMENTS (test_entries), self);
  self->test_report = g_simple_action_new_stateful ("test-report", NULL, g_variant_new_string (""));
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (self->test_report));
  g_signal_connect (self, "window-added", G_CALLBACK (test_window_added_cb), NULL);
  g_signal_connect (self, "window-removed", G_CALLBACK (wf_application_update_test_report), NULL);
}

static void
wf_application_activate (GApplication *app)
{
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL)
    window = GTK_WINDOW (wf_window_new (GTK_APPLICATION (app)));

  gtk_window_present (window);
  wf_application_offer_recovery (WF_APPLICATION (app), WF_WINDOW (window));
}

static void
wf_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  /* One window per file, as a facilitator opening participants' files
   * expects to see them side by side; a file already open (or named twice)
   * brings its window to the front instead of a second one, whose save
   * would overwrite the first's. */
  for (int i = 0; i < n_files; i++)
    {
      WfWindow *window;

      if (wf_application_present_file (GTK_APPLICATION (app), files[i]))
        continue;
      window = wf_window_new (GTK_APPLICATION (app));

      wf_window_open_file_at_start (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
      if (i == 0)
        wf_application_offer_recovery (WF_APPLICATION (app), window);
    }
}

static void
wf_application_startup (GApplication *app)
{
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "window.close", { "<Control>w", NULL } },
  };
  WfApplication *self = WF_APPLICATION (app);

  G_APPLICATION_CLASS (wf_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_entries,
                                   G_N_ELEMENTS (app_entries),
                                   self);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action,
                                           accels[i].accels);

  g_signal_connect_object (self->settings,
                           "changed::theme",
                           G_CALLBACK (settings_changed_theme_cb),
                           self,
                           0);
  wf_application_apply_theme (self);

  if (g_strcmp0 (g_getenv ("WF_TEST_HOOKS"), "1") == 0)
    wf_application_add_test_hooks (self);
}

static void
wf_application_dispose (GObject *object)
{
  WfApplication *self = WF_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_weak_pointer (&self->recovery_dialog);
  g_clear_handle_id (&self->test_report_idle, g_source_remove);
  g_clear_object (&self->test_report);

  G_OBJECT_CLASS (wf_application_parent_class)->dispose (object);
}

static void
wf_application_class_init (WfApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = wf_application_dispose;

  app_class->startup = wf_application_startup;
  app_class->activate = wf_application_activate;
  app_class->open = wf_application_open;
}

static void
wf_application_init (WfApplication *self)
{
  self->settings = g_settings_new (APPLICATION_ID);
}

WfApplication *
wf_application_new (void)
{
  return g_object_new (WF_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/workforce_foresight/WorkforceForesight",
                       NULL);
}

/**
 * wf_application_get_settings:
 * @self: a #WfApplication
 *
 * Returns: (transfer none): the application's settings
 */
GSettings *
wf_application_get_settings (WfApplication *self)
{
  g_return_val_if_fail (WF_IS_APPLICATION (self), NULL);

  return self->settings;
}

/* The file's identity on disk: device and inode, which hard links and
 * symbolic links (followed) share; NULL when the file cannot be queried. */
static char *
file_id (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ID_FILE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  if (info == NULL || !g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_ID_FILE))
    return NULL;
  return g_strdup (g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_ID_FILE));
}

/**
 * wf_application_files_equal:
 * @a: a file
 * @b: another file
 *
 * Whether @a and @b are the same file: the same location, or, for local
 * files, the same file on disk (a symbolic or hard link to it).
 *
 * Returns: %TRUE if they are the same file
 */
gboolean
wf_application_files_equal (GFile *a,
                            GFile *b)
{
  g_autofree char *id_a = NULL;
  g_autofree char *id_b = NULL;

  g_return_val_if_fail (G_IS_FILE (a) && G_IS_FILE (b), FALSE);

  if (g_file_equal (a, b))
    return TRUE;
  /* Only local files: querying a remote one could block on the network. */
  if (!g_file_is_native (a) || !g_file_is_native (b))
    return FALSE;
  id_a = file_id (a);
  id_b = file_id (b);
  return id_a != NULL && id_b != NULL && strcmp (id_a, id_b) == 0;
}

/**
 * wf_application_find_window:
 * @application: the application
 * @file: a scenario file
 *
 * Returns: (transfer none) (nullable): the window that shows @file, or is
 *   opening it
 */
WfWindow *
wf_application_find_window (GtkApplication *application,
                            GFile          *file)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    if (WF_IS_WINDOW (l->data) && wf_window_has_file (l->data, file))
      return l->data;
  return NULL;
}

/**
 * wf_application_present_file:
 * @application: (nullable): the application
 * @file: a scenario file
 *
 * Brings the window that shows @file to the front, if there is one.
 *
 * Returns: %TRUE if @file is already open in a window, now presented
 */
gboolean
wf_application_present_file (GtkApplication *application,
                             GFile          *file)
{
  WfWindow *window;

  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* A window outside an application (a test's) has no others. */
  if (application == NULL)
    return FALSE;
  window = wf_application_find_window (application, file);
  if (window == NULL)
    return FALSE;
  gtk_window_present (GTK_WINDOW (window));
  return TRUE;
}
