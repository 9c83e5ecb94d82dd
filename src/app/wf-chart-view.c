/* wf-chart-view.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The widget only supplies a cairo_t: the chart is the same function the
 * exports and the tests call, so what is on screen is what gets exported.
 */
#define G_LOG_DOMAIN "wf-chart-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "wf-chart-view.h"

struct _WfChartView
{
  GtkWidget      parent_instance;

  WfSession     *session;
  WfChartLayout *layout;
  gboolean       presentation;
  gboolean       reveal;         /* the model's outcomes beside the predictions */
};

G_DEFINE_FINAL_TYPE (WfChartView, wf_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_PRESENTATION,
  PROP_REVEAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_description (WfChartView *self)
{
  WfChartData data;
  g_autoptr(WfChartTable) table = NULL;
  WfChartKind kind = wf_chart_view_get_kind (self);

  if (self->session == NULL)
    return;
  wf_session_get_chart_data (self->session, kind, &data);
  data.conceal_outcomes = !self->reveal;
  table = wf_chart_get_table (kind, &data, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, wf_chart_kind_get_title (kind),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  table != NULL ? table->summary : "",
                                  -1);
}

static void
session_changed_cb (WfChartView *self)
{
  if (self->session == NULL)
    return;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  update_description (self);
}

/* How far around the pointer a mark's tooltip hangs from. */
#define TIP_RADIUS 4

static gboolean
query_tooltip_cb (WfChartView *self,
                  int          x,
                  int          y,
                  gboolean     keyboard,
                  GtkTooltip  *tooltip)
{
  const char *label;
  GdkRectangle area;

  if (!wf_chart_view_get_tip (self, x, y, &label, &area))
    return FALSE;
  gtk_tooltip_set_text (tooltip, label);
  gtk_tooltip_set_tip_area (tooltip, &area);
  return TRUE;
}

/* A click on a scenario's dot, in a chart that shows every scenario,
 * makes it the session's current scenario. */
static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            WfChartView     *self)
{
  int scenario;

  if (self->session == NULL || self->layout == NULL)
    return;
  scenario = wf_chart_layout_find_scenario (self->layout, wf_chart_view_get_kind (self), x, y);
  if (scenario >= 0 && (guint) scenario < wf_session_get_n_scenarios (self->session))
    {
      wf_session_set_current (self->session, scenario);
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
    }
}

static void
wf_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  WfChartView *self = WF_CHART_VIEW (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  g_autoptr(GError) error = NULL;
  WfChartStyle style;
  WfChartData data;
  WfChartKind kind;
  cairo_t *cr;

  if (width < 1 || height < 1 || self->session == NULL)
    return;

  kind = wf_chart_view_get_kind (self);
  wf_chart_style_init (&style);
  if (self->presentation)
    style.theme = WF_CHART_THEME_PRESENTATION;
  else if (adw_style_manager_get_dark (adw_style_manager_get_default ()))
    style.theme = WF_CHART_THEME_DARK;
  style.scale = gtk_widget_get_scale_factor (widget);
  style.high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
  style.font_scale = wf_chart_view_text_scale (widget);

  /* Only draws: the session asks its service for what the chart needs
   * when the view or the scenario changes, never the painting. */
  wf_session_get_chart_data (self->session, kind, &data);
  data.conceal_outcomes = !self->reveal;

  if (self->layout == NULL)
    self->layout = wf_chart_layout_new ();
  else
    wf_chart_layout_clear (self->layout);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!wf_chart_render (cr, width, height, kind, &style, &data, self->layout, &error))
    g_warning ("Could not draw the chart “%s”: %s", wf_chart_kind_to_id (kind), error->message);
  cairo_destroy (cr);
}

static void
wf_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  /* Charts lay themselves out down to a thumbnail. */
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 240 : 180;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 800 : 500;
}

static void
wf_chart_view_dispose (GObject *object)
{
  WfChartView *self = WF_CHART_VIEW (object);

  wf_chart_view_set_session (self, NULL);
  g_clear_pointer (&self->layout, wf_chart_layout_free);

  G_OBJECT_CLASS (wf_chart_view_parent_class)->dispose (object);
}

static void
wf_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  WfChartView *self = WF_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_PRESENTATION:
      g_value_set_boolean (value, self->presentation);
      break;
    case PROP_REVEAL:
      g_value_set_boolean (value, self->reveal);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wf_chart_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  WfChartView *self = WF_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      wf_chart_view_set_session (self, g_value_get_object (value));
      break;
    case PROP_PRESENTATION:
      wf_chart_view_set_presentation (self, g_value_get_boolean (value));
      break;
    case PROP_REVEAL:
      wf_chart_view_set_reveal (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wf_chart_view_class_init (WfChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wf_chart_view_dispose;
  object_class->get_property = wf_chart_view_get_property;
  object_class->set_property = wf_chart_view_set_property;
  widget_class->snapshot = wf_chart_view_snapshot;
  widget_class->measure = wf_chart_view_measure;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, WF_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PRESENTATION] =
    g_param_spec_boolean ("presentation", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* Predict, then reveal: FALSE hides the model's outcomes where a chart
   * shows predictions (the presentation, until its presenter reveals). */
  properties[PROP_REVEAL] =
    g_param_spec_boolean ("reveal", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "chartview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

/* The system's text size (GNOME's "Large Text", the text scaling factor):
 * GTK sees it as the Xft resolution, 96 dpi at 100 %. */
double
wf_chart_view_text_scale (GtkWidget *widget)
{
  GtkSettings *settings = gtk_widget_get_settings (widget);
  int dpi = 0;

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  if (dpi <= 0)
    return 1.0;
  return CLAMP (dpi / (96.0 * 1024.0), 0.5, 3.0);
}

static void
wf_chart_view_init (WfChartView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  self->reveal = TRUE;
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_widget_get_settings (GTK_WIDGET (self)), "notify::gtk-xft-dpi",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

GtkWidget *
wf_chart_view_new (WfSession *session)
{
  g_return_val_if_fail (WF_IS_SESSION (session), NULL);

  return g_object_new (WF_TYPE_CHART_VIEW, "session", session, NULL);
}

WfSession *
wf_chart_view_get_session (WfChartView *self)
{
  g_return_val_if_fail (WF_IS_CHART_VIEW (self), NULL);
  return self->session;
}

void
wf_chart_view_set_session (WfChartView *self,
                           WfSession   *session)
{
  g_return_if_fail (WF_IS_CHART_VIEW (self));
  g_return_if_fail (session == NULL || WF_IS_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->session, self);
      g_signal_handlers_disconnect_by_data (wf_session_get_uncertainty (self->session), self);
    }
  g_set_object (&self->session, session);
  if (session != NULL)
    {
      g_signal_connect_object (wf_session_get_uncertainty (session), "updated",
                               G_CALLBACK (session_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (session, "changed", G_CALLBACK (session_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (session, "view-changed", G_CALLBACK (session_changed_cb), self, G_CONNECT_SWAPPED);
      session_changed_cb (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

WfChartKind
wf_chart_view_get_kind (WfChartView *self)
{
  g_return_val_if_fail (WF_IS_CHART_VIEW (self), WF_CHART_EMPLOYMENT);
  return self->session != NULL ? wf_session_get_chart_kind (self->session) : WF_CHART_EMPLOYMENT;
}

void
wf_chart_view_set_presentation (WfChartView *self,
                                gboolean     presentation)
{
  g_return_if_fail (WF_IS_CHART_VIEW (self));

  presentation = !!presentation;
  if (self->presentation == presentation)
    return;
  self->presentation = presentation;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTATION]);
}

const WfChartLayout *
wf_chart_view_get_layout (WfChartView *self)
{
  g_return_val_if_fail (WF_IS_CHART_VIEW (self), NULL);
  return self->layout;
}

gboolean
wf_chart_view_get_reveal (WfChartView *self)
{
  g_return_val_if_fail (WF_IS_CHART_VIEW (self), TRUE);
  return self->reveal;
}

void
wf_chart_view_set_reveal (WfChartView *self,
                          gboolean     reveal)
{
  g_return_if_fail (WF_IS_CHART_VIEW (self));

  reveal = !!reveal;
  if (self->reveal == reveal)
    return;
  self->reveal = reveal;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  update_description (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVEAL]);
}

/**
 * wf_chart_view_get_tip:
 * @self: a #WfChartView
 * @x: the pointer, in @self's coordinates
 * @y: the pointer, in @self's coordinates
 * @label: (out): the text of the mark under the pointer
 * @area: (out): the area its tooltip hangs from
 *
 * The tooltip of the mark under the pointer, if any. Its area is a few
 * pixels around the pointer, within the mark and the widget, not the whole
 * mark: GTK opens a tooltip under its area, flipped above it or slid
 * along at the monitor's edges, so a mark as tall or as wide as the plot
 * (an area band, a long bar) would put it far from the pointer, or under
 * the bottom of the window.
 *
 * Returns: whether a mark with a label is under the pointer
 */
gboolean
wf_chart_view_get_tip (WfChartView   *self,
                       int            x,
                       int            y,
                       const char   **label,
                       GdkRectangle  *area)
{
  int width, height;

  g_return_val_if_fail (WF_IS_CHART_VIEW (self), FALSE);
  g_return_val_if_fail (label != NULL && area != NULL, FALSE);

  if (self->layout == NULL || self->layout->marks == NULL)
    return FALSE;
  width = gtk_widget_get_width (GTK_WIDGET (self));
  height = gtk_widget_get_height (GTK_WIDGET (self));

  /* Later marks are drawn on top: look from the end. */
  for (guint i = self->layout->marks->len; i > 0; i--)
    {
      const WfChartMark *mark = &g_array_index (self->layout->marks, WfChartMark, i - 1);
      const WfChartRect *r = &mark->rect;
      /* Thin marks (points, lines) get a few pixels of slack. */
      double slack_x = r->width < 6 ? 4 : 0;
      double slack_y = r->height < 6 ? 4 : 0;

      if (mark->label != NULL &&
          x >= r->x - slack_x && x <= r->x + r->width + slack_x &&
          y >= r->y - slack_y && y <= r->y + r->height + slack_y)
        {
          int x0 = MAX (MAX (x - TIP_RADIUS, (int) floor (r->x - slack_x)), 0);
          int y0 = MAX (MAX (y - TIP_RADIUS, (int) floor (r->y - slack_y)), 0);
          int x1 = MIN (MIN (x + TIP_RADIUS, (int) ceil (r->x + r->width + slack_x)), width);
          int y1 = MIN (MIN (y + TIP_RADIUS, (int) ceil (r->y + r->height + slack_y)), height);

          *label = mark->label;
          area->x = MIN (x0, MAX (width - 1, 0));
          area->y = MIN (y0, MAX (height - 1, 0));
          area->width = MAX (1, x1 - area->x);
          area->height = MAX (1, y1 - area->y);
          return TRUE;
        }
    }
  return FALSE;
}
