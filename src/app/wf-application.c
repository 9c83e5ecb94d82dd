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
#include "wf-window.h"

struct _WfApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
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

static void
wf_application_activate (GApplication *app)
{
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL)
    window = GTK_WINDOW (wf_window_new (GTK_APPLICATION (app)));

  gtk_window_present (window);
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

      wf_window_open_file (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
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
}

static void
wf_application_dispose (GObject *object)
{
  WfApplication *self = WF_APPLICATION (object);

  g_clear_object (&self->settings);

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
