/* wf-presentation-window.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window shares the main window's session, so a lever moved on the
 * laptop changes the chart on the projector at once; stepping through the
 * charts here sets the session's chart, which the main window follows too.
 */
#define G_LOG_DOMAIN "wf-presentation-window"

#include "config.h"

#include <glib/gi18n.h>

#include "wf-chart-view.h"
#include "wf-presentation-window.h"

/* How long the keyboard hint stays before it fades. */
#define HINT_SECONDS 3

struct _WfPresentationWindow
{
  AdwWindow       parent_instance;

  WfSession      *session;
  gboolean        presentation;  /* fullscreen mode: Escape closes */
  gboolean        reveal;        /* predict, then reveal: the model's outcomes shown */
  guint           hint_source;

  /* Template children */
  WfChartView    *chart_view;
  AdwHeaderBar   *header_bar;
  AdwWindowTitle *window_title;
  GtkButton      *fullscreen_button;
  GtkRevealer    *hint_revealer;
};

G_DEFINE_FINAL_TYPE (WfPresentationWindow, wf_presentation_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_REVEAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
hide_hint_cb (gpointer data)
{
  WfPresentationWindow *self = data;

  self->hint_source = 0;
  gtk_revealer_set_reveal_child (self->hint_revealer, FALSE);
  return G_SOURCE_REMOVE;
}

static void
show_hint (WfPresentationWindow *self)
{
  gtk_revealer_set_reveal_child (self->hint_revealer, TRUE);
  g_clear_handle_id (&self->hint_source, g_source_remove);
  self->hint_source = g_timeout_add_seconds (HINT_SECONDS, hide_hint_cb, self);
}

static void
update_title (WfPresentationWindow *self)
{
  const WfScenario *scenario = wf_session_get_current_scenario (self->session);
  WfChartKind kind = wf_session_get_chart_kind (self->session);
  const char *name = scenario != NULL ? wf_scenario_get_display_name (scenario) : "";
  g_autofree char *title = NULL;

  adw_window_title_set_title (self->window_title, name);
  adw_window_title_set_subtitle (self->window_title, wf_chart_kind_get_title (kind));

  /* Translators: the presentation window's title; %s is the scenario's name. */
  title = g_strdup_printf (_("Presentation: %s"), name);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
update_chrome (WfPresentationWindow *self)
{
  gboolean fullscreened = gtk_window_is_fullscreen (GTK_WINDOW (self));

  /* Only the chart in front of the room. */
  gtk_widget_set_visible (GTK_WIDGET (self->header_bar), !self->presentation && !fullscreened);
  gtk_button_set_icon_name (self->fullscreen_button,
                            fullscreened ? "view-restore-symbolic" : "view-fullscreen-symbolic");
}

static void
step_chart (WfPresentationWindow *self,
            int                   direction)
{
  WfChartKind current = wf_session_get_chart_kind (self->session);
  WfChartKind kind = (current + direction + WF_N_CHART_KINDS) % WF_N_CHART_KINDS;

  wf_session_set_chart (self->session, wf_chart_kind_to_id (kind));
}

static void
session_changed_cb (WfPresentationWindow *self)
{
  update_title (self);
}

static void
fullscreened_changed_cb (WfPresentationWindow *self)
{
  update_chrome (self);
  if (gtk_window_is_fullscreen (GTK_WINDOW (self)))
    show_hint (self);
}

static void
wf_presentation_window_next_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  step_chart (WF_PRESENTATION_WINDOW (widget), 1);
}

static void
wf_presentation_window_previous_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter)
{
  step_chart (WF_PRESENTATION_WINDOW (widget), -1);
}

static void
wf_presentation_window_first_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  WfPresentationWindow *self = WF_PRESENTATION_WINDOW (widget);

  wf_session_set_chart (self->session, wf_chart_kind_to_id (0));
}

static void
wf_presentation_window_last_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  WfPresentationWindow *self = WF_PRESENTATION_WINDOW (widget);

  wf_session_set_chart (self->session, wf_chart_kind_to_id (WF_N_CHART_KINDS - 1));
}

static void
wf_presentation_window_leave_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  WfPresentationWindow *self = WF_PRESENTATION_WINDOW (widget);

  if (self->presentation)
    gtk_window_close (GTK_WINDOW (self));
  else if (gtk_window_is_fullscreen (GTK_WINDOW (self)))
    gtk_window_unfullscreen (GTK_WINDOW (self));
}

static void
wf_presentation_window_toggle_fullscreen_action (GtkWidget  *widget,
                                                 const char *action_name,
                                                 GVariant   *parameter)
{
  GtkWindow *window = GTK_WINDOW (widget);

  if (gtk_window_is_fullscreen (window))
    gtk_window_unfullscreen (window);
  else
    gtk_window_fullscreen (window);
}

static void
wf_presentation_window_map (GtkWidget *widget)
{
  WfPresentationWindow *self = WF_PRESENTATION_WINDOW (widget);

  GTK_WIDGET_CLASS (wf_presentation_window_parent_class)->map (widget);

  if (self->presentation)
    show_hint (self);
}

static void
wf_presentation_window_dispose (GObject *object)
{
  WfPresentationWindow *self = WF_PRESENTATION_WINDOW (object);

  g_clear_handle_id (&self->hint_source, g_source_remove);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);

  gtk_widget_dispose_template (GTK_WIDGET (self), WF_TYPE_PRESENTATION_WINDOW);

  G_OBJECT_CLASS (wf_presentation_window_parent_class)->dispose (object);
}

static void
wf_presentation_window_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  WfPresentationWindow *self = WF_PRESENTATION_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_REVEAL:
      g_value_set_boolean (value, self->reveal);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wf_presentation_window_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  WfPresentationWindow *self = WF_PRESENTATION_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_assert (self->session == NULL);
      self->session = g_value_dup_object (value);
      g_signal_connect_swapped (self->session, "changed", G_CALLBACK (session_changed_cb), self);
      g_signal_connect_swapped (self->session, "scenarios-changed", G_CALLBACK (session_changed_cb), self);
      g_signal_connect_swapped (self->session, "view-changed", G_CALLBACK (session_changed_cb), self);
      update_title (self);
      g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_REVEAL:
      if (self->reveal != g_value_get_boolean (value))
        {
          self->reveal = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wf_presentation_window_class_init (WfPresentationWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wf_presentation_window_dispose;
  object_class->get_property = wf_presentation_window_get_property;
  object_class->set_property = wf_presentation_window_set_property;

  /* The session shown, set once; the template's chart view binds to it. */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, WF_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS |
                         G_PARAM_EXPLICIT_NOTIFY);
  /* Predict, then reveal: the room sees the predictions first and the
   * model's outcomes beside them when the presenter presses R. */
  properties[PROP_REVEAL] =
    g_param_spec_boolean ("reveal", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->map = wf_presentation_window_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/workforce_foresight/WorkforceForesight/wf-presentation-window.ui");
  gtk_widget_class_bind_template_child (widget_class, WfPresentationWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, WfPresentationWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, WfPresentationWindow, fullscreen_button);
  gtk_widget_class_bind_template_child (widget_class, WfPresentationWindow, hint_revealer);
  gtk_widget_class_bind_template_child (widget_class, WfPresentationWindow, chart_view);

  gtk_widget_class_install_action (widget_class, "presentation.next", NULL,
                                   wf_presentation_window_next_action);
  gtk_widget_class_install_action (widget_class, "presentation.previous", NULL,
                                   wf_presentation_window_previous_action);
  gtk_widget_class_install_action (widget_class, "presentation.leave", NULL,
                                   wf_presentation_window_leave_action);
  gtk_widget_class_install_action (widget_class, "presentation.toggle-fullscreen", NULL,
                                   wf_presentation_window_toggle_fullscreen_action);

  gtk_widget_class_install_action (widget_class, "presentation.first", NULL,
                                   wf_presentation_window_first_action);
  gtk_widget_class_install_action (widget_class, "presentation.last", NULL,
                                   wf_presentation_window_last_action);
  gtk_widget_class_install_property_action (widget_class, "presentation.reveal", "reveal");
}

/* The keys a presenter's clicker sends, the arrows and Space. They are
 * caught in the capture phase, before the focused widget sees them: as
 * class bindings they came after GtkWindow's own, which move the focus on
 * the arrows and activate the focused widget on Space, so only Page Up and
 * Page Down reached the charts. */
static void
add_keys (WfPresentationWindow *self)
{
  static const struct {
    guint            keyval;
    GdkModifierType  modifiers;
    const char      *action;
  } keys[] = {
    { GDK_KEY_Right, 0, "presentation.next" },
    { GDK_KEY_KP_Right, 0, "presentation.next" },
    { GDK_KEY_Page_Down, 0, "presentation.next" },
    { GDK_KEY_KP_Page_Down, 0, "presentation.next" },
    { GDK_KEY_space, 0, "presentation.next" },
    { GDK_KEY_KP_Space, 0, "presentation.next" },
    { GDK_KEY_Left, 0, "presentation.previous" },
    { GDK_KEY_KP_Left, 0, "presentation.previous" },
    { GDK_KEY_Page_Up, 0, "presentation.previous" },
    { GDK_KEY_KP_Page_Up, 0, "presentation.previous" },
    { GDK_KEY_space, GDK_SHIFT_MASK, "presentation.previous" },
    { GDK_KEY_BackSpace, 0, "presentation.previous" },
    { GDK_KEY_Home, 0, "presentation.first" },
    { GDK_KEY_KP_Home, 0, "presentation.first" },
    { GDK_KEY_End, 0, "presentation.last" },
    { GDK_KEY_KP_End, 0, "presentation.last" },
    { GDK_KEY_Escape, 0, "presentation.leave" },
    { GDK_KEY_F11, 0, "presentation.toggle-fullscreen" },
    /* Predict, then reveal: the model's values beside the predictions. */
    { GDK_KEY_r, 0, "presentation.reveal" },
    { GDK_KEY_R, GDK_SHIFT_MASK, "presentation.reveal" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_name (controller, "presentation-keys");
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].keyval,
                                                                                    keys[i].modifiers),
                                                            gtk_named_action_new (keys[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
wf_presentation_window_init (WfPresentationWindow *self)
{
  g_type_ensure (WF_TYPE_CHART_VIEW);
  gtk_widget_init_template (GTK_WIDGET (self));
  add_keys (self);

  g_signal_connect (self, "notify::fullscreened", G_CALLBACK (fullscreened_changed_cb), NULL);
}

/**
 * wf_presentation_window_new:
 * @application: the application
 * @session: the session to show; the window holds a reference until it is
 *   destroyed, so the main window must close it when it closes
 * @fullscreen: %TRUE for a fullscreen presentation, %FALSE for a projector
 *   window
 *
 * Returns: (transfer none): the window, not yet shown
 */
GtkWindow *
wf_presentation_window_new (GtkApplication *application,
                            WfSession      *session,
                            gboolean        fullscreen)
{
  WfPresentationWindow *self;

  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (WF_IS_SESSION (session), NULL);

  self = g_object_new (WF_TYPE_PRESENTATION_WINDOW,
                       "application", application,
                       "session", session,
                       NULL);
  self->presentation = !!fullscreen;
  update_chrome (self);
  if (self->presentation)
    gtk_window_fullscreen (GTK_WINDOW (self));

  return GTK_WINDOW (self);
}

