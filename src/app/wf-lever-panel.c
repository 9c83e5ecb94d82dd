/* wf-lever-panel.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Assumptions and policies are kept apart, each with its own reset in its
 * header's menu, away from the sliders so that a reset is never hit by
 * accident.
 */
#define G_LOG_DOMAIN "wf-lever-panel"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wf-lever-panel.h"
#include "wf-lever-row.h"

struct _WfLeverPanel
{
  GtkWidget   parent_instance;

  WfSession  *session;
  GtkWidget  *scrolled;
  GtkWidget  *rows[WF_N_LEVERS];
};

G_DEFINE_FINAL_TYPE (WfLeverPanel, wf_lever_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
make_group (WfLeverPanel *self,
            WfLeverGroup  group)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (wf_lever_group_to_string (group));
  GtkWidget *subtitle;
  GtkWidget *menu_button = gtk_menu_button_new ();
  GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 14);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autofree char *menu_name = NULL;

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_set_hexpand (title, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (title), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);

  if (group == WF_LEVER_GROUP_ASSUMPTION)
    {
      subtitle = gtk_label_new (_("How the world turns out"));
      g_menu_append (menu, _("Reset _Assumptions"), "win.reset-assumptions");
      menu_name = g_strdup (_("Assumptions menu"));
    }
  else
    {
      subtitle = gtk_label_new (_("What we choose to do"));
      g_menu_append (menu, _("Reset _Policies"), "win.reset-policies");
      menu_name = g_strdup (_("Policies menu"));
    }
  g_menu_append (menu, _("Re_vert to Saved"), "win.revert");
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), G_MENU_MODEL (menu));
  gtk_widget_add_css_class (menu_button, "flat");
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (menu_button, menu_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, menu_name, -1);

  {
    GtkWidget *titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

    gtk_widget_set_hexpand (titles, TRUE);
    gtk_box_append (GTK_BOX (titles), title);
    gtk_box_append (GTK_BOX (titles), subtitle);
    gtk_box_append (GTK_BOX (header), titles);
  }
  gtk_box_append (GTK_BOX (header), menu_button);
  gtk_box_append (GTK_BOX (box), header);

  gtk_widget_add_css_class (list, "lever-list");
  for (guint i = 0; i < WF_N_LEVERS; i++)
    {
      if (wf_lever_get_info (i)->group != group)
        continue;
      self->rows[i] = wf_lever_row_new (self->session, i);
      gtk_box_append (GTK_BOX (list), self->rows[i]);
    }
  gtk_box_append (GTK_BOX (box), list);

  return box;
}

static void
wf_lever_panel_dispose (GObject *object)
{
  WfLeverPanel *self = WF_LEVER_PANEL (object);

  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (wf_lever_panel_parent_class)->dispose (object);
}

static void
wf_lever_panel_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  WfLeverPanel *self = WF_LEVER_PANEL (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wf_lever_panel_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  WfLeverPanel *self = WF_LEVER_PANEL (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      wf_lever_panel_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wf_lever_panel_class_init (WfLeverPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wf_lever_panel_dispose;
  object_class->get_property = wf_lever_panel_get_property;
  object_class->set_property = wf_lever_panel_set_property;

  /* The session shown; the window's template binds it. */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, WF_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "leverpanel");
}

static void
wf_lever_panel_init (WfLeverPanel *self)
{
}

GtkWidget *
wf_lever_panel_new (WfSession *session)
{
  g_return_val_if_fail (WF_IS_SESSION (session), NULL);

  return g_object_new (WF_TYPE_LEVER_PANEL, "session", session, NULL);
}

/* The rows edit the session's current scenario: a new session, new rows. */
void
wf_lever_panel_set_session (WfLeverPanel *self,
                            WfSession    *session)
{
  GtkWidget *box;

  g_return_if_fail (WF_IS_LEVER_PANEL (self));
  g_return_if_fail (session == NULL || WF_IS_SESSION (session));

  if (!g_set_object (&self->session, session))
    return;

  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  memset (self->rows, 0, sizeof self->rows);
  if (session != NULL)
    {
      box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
      gtk_widget_set_margin_start (box, 12);
      gtk_widget_set_margin_end (box, 12);
      gtk_widget_set_margin_top (box, 12);
      gtk_widget_set_margin_bottom (box, 12);
      gtk_box_append (GTK_BOX (box), make_group (self, WF_LEVER_GROUP_ASSUMPTION));
      gtk_box_append (GTK_BOX (box), make_group (self, WF_LEVER_GROUP_POLICY));

      self->scrolled = gtk_scrolled_window_new ();
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled),
                                      GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), box);
      /* GTK 4.8 lets the scrolled window take the focus: say what it holds. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->scrolled),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Scenario levers"),
                                      -1);
      gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

GtkWidget *
wf_lever_panel_get_row (WfLeverPanel *self,
                        WfLever       lever)
{
  g_return_val_if_fail (WF_IS_LEVER_PANEL (self), NULL);
  g_return_val_if_fail (lever < WF_N_LEVERS, NULL);
  return self->rows[lever];
}
