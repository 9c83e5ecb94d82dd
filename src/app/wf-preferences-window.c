/* wf-preferences-window.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows are bound to GSettings and nothing else: the application applies
 * the style when the key changes, the export dialog reads its default, and
 * new scenarios read the horizon.
 */
#define G_LOG_DOMAIN "wf-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "wf-preferences-window.h"

struct _WfPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  /* Template children */
  AdwComboRow          *style_row;
  AdwComboRow          *number_format_row;
  GtkAdjustment        *horizon_adjustment;
};

G_DEFINE_FINAL_TYPE (WfPreferencesWindow, wf_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The nicks of the schema's enums, in the order of the rows' items. */
static const char * const theme_nicks[] = { "system", "light", "dark", NULL };
static const char * const number_format_nicks[] = { "locale", "c-locale", NULL };

static gboolean
nick_to_position (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  const char * const *nicks = user_data;
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; nicks[i] != NULL; i++)
    if (g_strcmp0 (nick, nicks[i]) == 0)
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
position_to_nick (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  const char * const *nicks = user_data;
  guint position = g_value_get_uint (value);

  if (position >= g_strv_length ((char **) nicks))
    return NULL;
  return g_variant_new_string (nicks[position]);
}

static void
bind_combo_row (WfPreferencesWindow *self,
                AdwComboRow         *row,
                const char          *key,
                const char * const  *nicks)
{
  g_settings_bind_with_mapping (self->settings, key, row, "selected", G_SETTINGS_BIND_DEFAULT,
                                nick_to_position, position_to_nick, (gpointer) nicks, NULL);
}

static void
wf_preferences_window_dispose (GObject *object)
{
  WfPreferencesWindow *self = WF_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), WF_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (wf_preferences_window_parent_class)->dispose (object);
}

static void
wf_preferences_window_finalize (GObject *object)
{
  WfPreferencesWindow *self = WF_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (wf_preferences_window_parent_class)->finalize (object);
}

static void
wf_preferences_window_class_init (WfPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wf_preferences_window_dispose;
  object_class->finalize = wf_preferences_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/workforce_foresight/WorkforceForesight/wf-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, WfPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, WfPreferencesWindow, number_format_row);
  gtk_widget_class_bind_template_child (widget_class, WfPreferencesWindow, horizon_adjustment);
}

static void
wf_preferences_window_init (WfPreferencesWindow *self)
{
  g_autoptr(GtkStringList) styles = NULL;
  g_autoptr(GtkStringList) number_formats = NULL;
  g_autofree char *example = NULL;
  g_autofree char *locale_name = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);

  styles = gtk_string_list_new (NULL);
  gtk_string_list_append (styles, _("Follow System"));
  gtk_string_list_append (styles, _("Light"));
  gtk_string_list_append (styles, _("Dark"));
  adw_combo_row_set_model (self->style_row, G_LIST_MODEL (styles));

  /* Show what "your locale" means here, with this machine's separators. */
  example = g_strdup_printf ("%'.1f", 1234.5);
  /* Translators: %s is a number formatted for the user's language, e.g. "1,234.5". */
  locale_name = g_strdup_printf (_("Your locale (%s)"), example);
  number_formats = gtk_string_list_new (NULL);
  gtk_string_list_append (number_formats, locale_name);
  gtk_string_list_append (number_formats, _("Plain (1234.5)"));
  adw_combo_row_set_model (self->number_format_row, G_LIST_MODEL (number_formats));

  bind_combo_row (self, self->style_row, "theme", theme_nicks);
  bind_combo_row (self, self->number_format_row, "export-number-format", number_format_nicks);
  g_settings_bind (self->settings, "default-horizon", self->horizon_adjustment, "value",
                   G_SETTINGS_BIND_DEFAULT);
}

/**
 * wf_preferences_window_new:
 * @parent: (nullable): the window the preferences belong to
 *
 * Returns: (transfer none): the window, not yet shown
 */
GtkWindow *
wf_preferences_window_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (WF_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);
}
