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

#include "wf-chart-view.h"
#include "wf-uncertainty.h"

struct _WfChartView
{
  GtkWidget      parent_instance;

  WfSession     *session;
  WfUncertainty *uncertainty;  /* the fan, tornado and attribution, computed in the background */
  WfChartLayout *layout;
  gboolean       presentation;
  gboolean       difference;
};

G_DEFINE_FINAL_TYPE (WfChartView, wf_chart_view, GTK_TYPE_WIDGET)

WfChartKind
wf_session_get_chart_kind (WfSession *session)
{
  const WfViewState *view = wf_session_get_view (session);
  WfChartKind kind;

  if (view->chart != NULL && wf_chart_kind_from_id (view->chart, &kind) &&
      wf_chart_kind_is_available (kind))
    return kind;
  return WF_CHART_EMPLOYMENT;
}

static void
fill_data (WfSession   *session,
           WfChartKind  kind,
           gboolean     difference,
           WfChartData *data)
{
  const WfDocument *document = wf_session_get_document (session);
  const WfViewState *view = wf_session_get_view (session);
  guint current = wf_session_get_current (session);
  gboolean compared = FALSE;

  wf_chart_data_init (data);
  data->dataset = document->dataset;
  data->lens = view->lens;
  data->sector = view->sector_filter ? wf_dataset_find_sector (document->dataset, view->sector_filter) : -1;
  data->difference = difference;
  data->results[0] = wf_session_get_results (session, current);
  data->names[0] = wf_session_get_scenario (session, current)->name;
  data->n_scenarios = 1;

  for (guint i = 0; view->compared != NULL && i < view->compared->len; i++)
    {
      int index = wf_document_find_scenario (document, g_ptr_array_index (view->compared, i));

      if (index < 0 || (guint) index == current || data->n_scenarios >= WF_CHART_MAX_SCENARIOS)
        continue;
      data->results[data->n_scenarios] = wf_session_get_results (session, index);
      data->names[data->n_scenarios] = wf_session_get_scenario (session, index)->name;
      data->n_scenarios++;
      compared = TRUE;
    }

  /* The comparison chart with nothing chosen compares every scenario. */
  if (kind == WF_CHART_COMPARE && !compared)
    for (guint i = 0; i < wf_session_get_n_scenarios (session); i++)
      {
        if (i == current || data->n_scenarios >= WF_CHART_MAX_SCENARIOS)
          continue;
        data->results[data->n_scenarios] = wf_session_get_results (session, i);
        data->names[data->n_scenarios] = wf_session_get_scenario (session, i)->name;
        data->n_scenarios++;
      }
}

/* Exports, the clipboard and the data view wait for the uncertainty
 * charts' runs (reusing the chart view's when ready); the chart view itself
 * never does (see view_data ()). */
void
wf_chart_data_from_session (WfSession   *session,
                            WfChartKind  kind,
                            gboolean     difference,
                            WfChartData *data)
{
  fill_data (session, kind, difference, data);
  wf_uncertainty_fill_for_export (session, kind, data);
}

/* Other views of the session (the data table) show what the chart view has
 * computed so far, and never wait for it: the main loop must not block on
 * every lever move. Without a chart view, they compute it. */
void
wf_chart_data_for_display (WfSession   *session,
                           WfChartKind  kind,
                           gboolean     difference,
                           WfChartData *data)
{
  WfUncertainty *uncertainty = wf_uncertainty_peek (session);

  if (uncertainty == NULL)
    {
      wf_chart_data_from_session (session, kind, difference, data);
      return;
    }

  fill_data (session, kind, difference, data);
  wf_uncertainty_fill_chart_data (uncertainty, kind, data);
  wf_uncertainty_request (uncertainty, kind);
}

/* What is on screen: the uncertainty charts as far as computed, the rest
 * asked for. */
static void
view_data (WfChartView *self,
           WfChartKind  kind,
           WfChartData *data)
{
  fill_data (self->session, kind, self->difference, data);
  wf_uncertainty_fill_chart_data (self->uncertainty, kind, data);
  if ((kind == WF_CHART_FAN && data->ensemble == NULL) ||
      (kind == WF_CHART_TORNADO && data->tornado == NULL) ||
      (kind == WF_CHART_ATTRIBUTION && data->attribution == NULL))
    wf_uncertainty_request (self->uncertainty, kind);
}

static void
update_description (WfChartView *self)
{
  WfChartData data;
  g_autoptr(WfChartTable) table = NULL;
  WfChartKind kind = wf_chart_view_get_kind (self);

  view_data (self, kind, &data);
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
  gtk_widget_queue_draw (GTK_WIDGET (self));
  update_description (self);
}

static gboolean
query_tooltip_cb (WfChartView *self,
                  int          x,
                  int          y,
                  gboolean     keyboard,
                  GtkTooltip  *tooltip)
{
  if (self->layout == NULL || self->layout->marks == NULL)
    return FALSE;

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
          GdkRectangle area = { (int) r->x, (int) r->y, MAX (1, (int) r->width), MAX (1, (int) r->height) };

          gtk_tooltip_set_text (tooltip, mark->label);
          gtk_tooltip_set_tip_area (tooltip, &area);
          return TRUE;
        }
    }

  return FALSE;
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

  if (width < 1 || height < 1)
    return;

  kind = wf_chart_view_get_kind (self);
  wf_chart_style_init (&style);
  if (self->presentation)
    style.theme = WF_CHART_THEME_PRESENTATION;
  else if (adw_style_manager_get_dark (adw_style_manager_get_default ()))
    style.theme = WF_CHART_THEME_DARK;
  style.scale = gtk_widget_get_scale_factor (widget);

  view_data (self, kind, &data);

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

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  g_clear_object (&self->session);
  /* Shared with the session's other chart views: stopped when the last
   * one lets it go. */
  if (self->uncertainty != NULL)
    g_signal_handlers_disconnect_by_data (self->uncertainty, self);
  g_clear_pointer (&self->uncertainty, wf_uncertainty_release);
  g_clear_pointer (&self->layout, wf_chart_layout_free);

  G_OBJECT_CLASS (wf_chart_view_parent_class)->dispose (object);
}

static void
wf_chart_view_class_init (WfChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wf_chart_view_dispose;
  widget_class->snapshot = wf_chart_view_snapshot;
  widget_class->measure = wf_chart_view_measure;

  gtk_widget_class_set_css_name (widget_class, "chartview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
wf_chart_view_init (WfChartView *self)
{
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::dark",
                            G_CALLBACK (gtk_widget_queue_draw), self);
}

GtkWidget *
wf_chart_view_new (WfSession *session)
{
  WfChartView *self;

  g_return_val_if_fail (WF_IS_SESSION (session), NULL);

  self = g_object_new (WF_TYPE_CHART_VIEW, NULL);
  self->session = g_object_ref (session);
  self->uncertainty = wf_uncertainty_acquire (session);
  g_signal_connect_swapped (self->uncertainty, "updated", G_CALLBACK (session_changed_cb), self);
  g_signal_connect_swapped (session, "changed", G_CALLBACK (session_changed_cb), self);
  g_signal_connect_swapped (session, "view-changed", G_CALLBACK (session_changed_cb), self);
  update_description (self);

  return GTK_WIDGET (self);
}

WfChartKind
wf_chart_view_get_kind (WfChartView *self)
{
  g_return_val_if_fail (WF_IS_CHART_VIEW (self), WF_CHART_EMPLOYMENT);
  return wf_session_get_chart_kind (self->session);
}

void
wf_chart_view_set_presentation (WfChartView *self,
                                gboolean     presentation)
{
  g_return_if_fail (WF_IS_CHART_VIEW (self));
  self->presentation = !!presentation;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
wf_chart_view_set_difference (WfChartView *self,
                              gboolean     difference)
{
  g_return_if_fail (WF_IS_CHART_VIEW (self));
  if (self->difference == !!difference)
    return;
  self->difference = !!difference;
  session_changed_cb (self);
}

gboolean
wf_chart_view_get_difference (WfChartView *self)
{
  g_return_val_if_fail (WF_IS_CHART_VIEW (self), FALSE);
  return self->difference;
}

const WfChartLayout *
wf_chart_view_get_layout (WfChartView *self)
{
  g_return_val_if_fail (WF_IS_CHART_VIEW (self), NULL);
  return self->layout;
}

WfUncertainty *
wf_chart_view_get_uncertainty (WfChartView *self)
{
  g_return_val_if_fail (WF_IS_CHART_VIEW (self), NULL);
  return self->uncertainty;
}
