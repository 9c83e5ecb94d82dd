/* wf-window.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wf-window"

#include "config.h"

#include <glib/gi18n.h>

#include "wf-window.h"

struct _WfWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;

  /* Template children */
  AdwHeaderBar         *header_bar;
  GtkMenuButton        *primary_menu_button;
  AdwToastOverlay      *toast_overlay;
  AdwStatusPage        *placeholder_page;
};

G_DEFINE_FINAL_TYPE (WfWindow, wf_window, ADW_TYPE_APPLICATION_WINDOW)

static void
wf_window_restore_state (WfWindow *self)
{
  int width = g_settings_get_int (self->settings, "window-width");
  int height = g_settings_get_int (self->settings, "window-height");

  gtk_window_set_default_size (GTK_WINDOW (self), width, height);

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
wf_window_save_state (WfWindow *self)
{
  gboolean maximized = gtk_window_is_maximized (GTK_WINDOW (self));

  g_settings_delay (self->settings);

  /* The default size is the unmaximized size, so a window closed while
   * maximized comes back at its earlier size when unmaximized. */
  if (!maximized)
    {
      int width = 0;
      int height = 0;

      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      if (width > 0 && height > 0)
        {
          g_settings_set_int (self->settings, "window-width", width);
          g_settings_set_int (self->settings, "window-height", height);
        }
    }

  g_settings_set_boolean (self->settings, "window-maximized", maximized);

  g_settings_apply (self->settings);
}

static gboolean
wf_window_close_request (GtkWindow *window)
{
  WfWindow *self = WF_WINDOW (window);

  wf_window_save_state (self);

  return GTK_WINDOW_CLASS (wf_window_parent_class)->close_request (window);
}

static void
wf_window_dispose (GObject *object)
{
  WfWindow *self = WF_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), WF_TYPE_WINDOW);

  G_OBJECT_CLASS (wf_window_parent_class)->dispose (object);
}

static void
wf_window_finalize (GObject *object)
{
  WfWindow *self = WF_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (wf_window_parent_class)->finalize (object);
}

static void
wf_window_class_init (WfWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = wf_window_dispose;
  object_class->finalize = wf_window_finalize;

  window_class->close_request = wf_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/workforce_foresight/WorkforceForesight/wf-window.ui");
  gtk_widget_class_bind_template_child (widget_class, WfWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, placeholder_page);
}

static void
wf_window_init (WfWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
  wf_window_restore_state (self);
}

/**
 * wf_window_new:
 * @application: the application the window belongs to
 *
 * Returns: (transfer none): a new main window, owned by the toplevel list
 */
WfWindow *
wf_window_new (GtkApplication *application)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);

  return g_object_new (WF_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

/**
 * wf_window_add_toast:
 * @self: a #WfWindow
 * @message: a message already translated for the user
 *
 * Shows @message briefly over the content area.
 */
void
wf_window_add_toast (WfWindow   *self,
                     const char *message)
{
  g_return_if_fail (WF_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/**
 * wf_window_open_file:
 * @self: a #WfWindow
 * @file: a scenario file
 *
 * Opens @file in @self. Loading scenario files comes with the file layer;
 * until then the window says so instead of failing silently.
 */
void
wf_window_open_file (WfWindow *self,
                     GFile    *file)
{
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  g_return_if_fail (WF_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  name = g_file_get_basename (file);
  /* Translators: %s is a file name */
  message = g_strdup_printf (_("Cannot open “%s”: this version cannot read scenario files yet"), name);
  wf_window_add_toast (self, message);
}
