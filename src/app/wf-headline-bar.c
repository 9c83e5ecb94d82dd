/* wf-headline-bar.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "wf-headline-bar"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wf-chart.h"
#include "wf-workshop.h"
#include "wf-headline-bar.h"

#define N_INDICATORS 5

struct _WfHeadlineBar
{
  GtkWidget   parent_instance;

  WfSession  *session;
  GtkWidget  *box;
  GtkWidget  *titles[N_INDICATORS];
  GtkWidget  *values[N_INDICATORS];
  GtkWidget  *details[N_INDICATORS];
  GtkWidget  *comparisons[N_INDICATORS];  /* vs the first compared scenario */
  GtkWidget  *predictions[N_INDICATORS];
};

G_DEFINE_FINAL_TYPE (WfHeadlineBar, wf_headline_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* NAN is "not available" (no split by sex, or nothing to share), never 0. */
static char *
format_share (double share)
{
  if (isnan (share))
    /* Translators: a share that cannot be computed, e.g. women's share of
     * displacement when the data has no split by sex */
    return g_strdup (_("not available"));
  /* Translators: a percentage */
  return g_strdup_printf (_("%'.0f %%"), share * 100.0);
}

/* A short number of people for the comparison line: "−0.9 M", "+850 k". */
static char *
format_people_short (double   thousands,
                     gboolean signed_)
{
  double magnitude = fabs (thousands);
  const char *sign = thousands < 0 ? "−" : signed_ ? "+" : "";

  if (magnitude >= 1000.0)
    /* Translators: a short number of people in millions, e.g. "+44.8 M" */
    return g_strdup_printf (_("%s%'.1f M"), sign, magnitude / 1000.0);
  /* Translators: a short number of people in thousands, e.g. "850 k" */
  return g_strdup_printf (_("%s%'.0f k"), sign, magnitude);
}

/* The comparison under a value: the difference first (current minus
 * compared), which a narrow card must not cut, then the compared
 * scenario's own value, e.g. "−44.8 M vs Current trends (−0.9 M)". */
static char *
compare_people (const char *name,
                double      current,
                double      compared,
                gboolean    signed_)
{
  g_autofree char *value = format_people_short (compared, signed_);
  g_autofree char *difference = format_people_short (current - compared, TRUE);

  /* Translators: under a headline number: the difference (this scenario
   * minus the compared one), the compared scenario's name and, in
   * brackets, its own number, e.g. "−44.8 M vs Current trends (−0.9 M)" */
  return g_strdup_printf (_("%s vs %s (%s)"), difference, name, value);
}

static char *
compare_share (const char *name,
               double      current,
               double      compared)
{
  g_autofree char *value = format_share (compared);

  if (isnan (current) || isnan (compared))
    /* Translators: under a headline share: the name of the scenario it is
     * compared with and, in brackets, that scenario's share (or "not
     * available") */
    return g_strdup_printf (_("vs %s (%s)"), name, value);
  /* Translators: under a headline share: the difference in percentage
   * points (this scenario minus the compared one), the compared
   * scenario's name and, in brackets, its share, e.g. "−0.4 pts vs Current
   * trends (52 %)" */
  return g_strdup_printf (_("%s%'.1f pts vs %s (%s)"), current - compared < 0 ? "−" : "+",
                          fabs (100.0 * (current - compared)), name, value);
}

/* The participant's prediction beside the model's value, when one was
 * recorded for the current scenario: "predicted +12.0 million". */
static char *
format_prediction (WfHeadlineBar *self,
                   guint          i)
{
  WfMetric metric = wf_headline_metrics (NULL)[i];
  const WfScenario *scenario = wf_session_get_current_scenario (self->session);
  double prediction = scenario->predictions[metric];
  g_autofree char *value = NULL;

  if (isnan (prediction))
    return NULL;
  if (wf_metric_is_share (metric))
    value = format_share (prediction);
  else
    value = wf_chart_people_figure (prediction, metric == WF_METRIC_NET_JOBS);
  /* Translators: %s is the value a participant predicted, shown beside the
   * model's, e.g. "predicted +12.0 million" */
  return g_strdup_printf (_("predicted %s"), value);
}

static void
set_indicator (WfHeadlineBar *self,
               guint          i,
               const char    *title,
               const char    *value,
               const char    *detail,
               const char    *comparison)
{
  g_autofree char *prediction = format_prediction (self, i);
  g_autofree char *accessible = NULL;

  if (prediction != NULL && comparison != NULL)
    /* Translators: a headline card read aloud and in its tooltip: its title,
     * the model's value, the participant's prediction ("predicted …"), the
     * detail line and the comparison with another scenario */
    accessible = g_strdup_printf (_("%s: %s (%s). %s. %s"), title, value, prediction, detail, comparison);
  else if (prediction != NULL)
    /* Translators: a headline card read aloud and in its tooltip: its title,
     * the model's value, the participant's prediction ("predicted …") and
     * the detail line */
    accessible = g_strdup_printf (_("%s: %s (%s). %s"), title, value, prediction, detail);
  else if (comparison != NULL)
    /* Translators: a headline card read aloud and in its tooltip: its title,
     * its value, the detail line and the comparison with another scenario */
    accessible = g_strdup_printf (_("%s: %s. %s. %s"), title, value, detail, comparison);
  else
    /* Translators: a headline card read aloud and in its tooltip: its title,
     * its value and the detail line */
    accessible = g_strdup_printf (_("%s: %s. %s"), title, value, detail);

  gtk_label_set_label (GTK_LABEL (self->titles[i]), title);
  gtk_label_set_label (GTK_LABEL (self->values[i]), value);
  gtk_label_set_label (GTK_LABEL (self->predictions[i]), prediction != NULL ? prediction : "");
  gtk_widget_set_visible (self->predictions[i], prediction != NULL);
  gtk_label_set_label (GTK_LABEL (self->details[i]), detail);
  gtk_label_set_label (GTK_LABEL (self->comparisons[i]), comparison != NULL ? comparison : "");
  /* A comparison takes the detail's line, so that two rows of cards still
   * fit a 1024 × 640 window; the detail stays in the tooltip. */
  gtk_widget_set_visible (self->comparisons[i], comparison != NULL);
  gtk_widget_set_visible (self->details[i], comparison == NULL);
  {
    GtkWidget *cell = gtk_widget_get_parent (gtk_widget_get_parent (self->values[i]));

    /* A screen reader reads the focused card as one sentence. */
    gtk_widget_set_tooltip_text (cell, accessible);
    gtk_accessible_update_property (GTK_ACCESSIBLE (cell),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                    -1);
    /* The list item around it (GTK's flow box child). */
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (cell)),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                    -1);
  }
}

/* A click (or Enter) on a card records a prediction of its indicator. */
static void
cell_pressed_cb (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 WfHeadlineBar   *self)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  guint i = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "wf-indicator"));

  gtk_widget_activate_action (GTK_WIDGET (self), "win.record-prediction", "s",
                              wf_metric_to_id (wf_headline_metrics (NULL)[i]));
}

static gboolean
cell_key_pressed_cb (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     WfHeadlineBar         *self)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  guint i = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "wf-indicator"));

  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_space)
    return FALSE;
  gtk_widget_activate_action (GTK_WIDGET (self), "win.record-prediction", "s",
                              wf_metric_to_id (wf_headline_metrics (NULL)[i]));
  return TRUE;
}

static void
update (WfHeadlineBar *self)
{
  const WfResults *results;
  WfHeadline h;
  g_autofree char *title0 = NULL, *title1 = NULL, *title4 = NULL;
  g_autofree char *net = NULL, *transformed = NULL, *displaced = NULL;
  g_autofree char *out = NULL, *looking = NULL, *detail_out = NULL;
  g_autofree char *women = NULL, *women_emp = NULL, *detail2 = NULL;
  g_autofree char *shortage = NULL, *gap = NULL, *detail4 = NULL, *detail1 = NULL;
  g_autofree char *detail0 = NULL;
  char *vs[N_INDICATORS] = { NULL };  /* freed at the end */
  guint compared_index;

  if (self->session == NULL)
    return;
  results = wf_session_get_results (self->session, wf_session_get_current (self->session));
  if (results == NULL)
    return;

  wf_results_headline (results, &h);

  /* The first scenario compared, if any: the headline compares with one. */
  if (wf_session_get_compared_indices (self->session, &compared_index, 1) == 1)
    {
      const WfResults *other = wf_session_get_results (self->session, compared_index);
      const char *name = wf_scenario_get_display_name (wf_session_get_scenario (self->session, compared_index));
      WfHeadline c;

      if (other != NULL)
        {
          wf_results_headline (other, &c);
          vs[0] = compare_people (name, h.net_jobs_vs_baseline, c.net_jobs_vs_baseline, TRUE);
          vs[1] = compare_people (name, h.displaced_out_of_work, c.displaced_out_of_work, FALSE);
          vs[2] = compare_people (name, h.jobs_transformed, c.jobs_transformed, FALSE);
          vs[3] = compare_share (name, h.women_share_of_displacement, c.women_share_of_displacement);
          vs[4] = compare_people (name, h.skills_shortage, c.skills_shortage, FALSE);
        }
    }

  /* Translators: %d is the horizon year */
  title0 = g_strdup_printf (_("Net jobs vs baseline, %d"), h.horizon);
  net = wf_chart_people_figure (h.net_jobs_vs_baseline, TRUE);
  /* Translators: the unemployment rates of the scenario and of the baseline
   * without the AI push, e.g. "unemployment 4.7 % (baseline 4.8 %)" */
  detail0 = g_strdup_printf (_("unemployment %'.1f %% (baseline %'.1f %%)"),
                             100.0 * h.unemployment_rate, 100.0 * h.unemployment_rate_baseline);
  set_indicator (self, 0, title0, net, detail0, vs[0]);

  /* Translators: %d is the horizon year; the people laid off by
   * automation who have not found work again, looking or not */
  title1 = g_strdup_printf (_("Displaced, still out of work, %d"), h.horizon);
  out = wf_chart_people_figure (h.displaced_out_of_work, FALSE);
  looking = wf_chart_people_figure (h.displaced_looking, FALSE);
  /* Translators: %s is a number of people still looking for work */
  detail_out = g_strdup_printf (_("of whom %s still looking for work"), looking);
  set_indicator (self, 1, title1, out, detail_out, vs[1]);

  transformed = wf_chart_people_figure (h.jobs_transformed, FALSE);
  displaced = wf_chart_people_figure (h.cumulative_displaced, FALSE);
  /* Translators: %s is a number of people */
  detail1 = g_strdup_printf (_("of which %s displaced"), displaced);
  set_indicator (self, 2, _("Jobs transformed"), transformed, detail1, vs[2]);

  women = format_share (h.women_share_of_displacement);
  women_emp = format_share (h.women_share_of_employment);
  /* Translators: %s is a percentage, or "not available" */
  detail2 = g_strdup_printf (_("women hold %s of jobs"), women_emp);
  set_indicator (self, 3, _("Women’s share of displacement"), women, detail2, vs[3]);

  /* Translators: %d is the horizon year; new work around AI that no job
   * seeker with the digital skills it needs could fill */
  title4 = g_strdup_printf (_("Skills shortage, %d"), h.horizon);
  shortage = wf_chart_people_figure (h.skills_shortage, FALSE);
  gap = wf_chart_people_figure (h.digital_gap, FALSE);
  /* Translators: %s is a number of workers lacking the digital skills
   * their jobs need */
  detail4 = g_strdup_printf (_("digital skills gap %s"), gap);
  set_indicator (self, 4, title4, shortage, detail4, vs[4]);

  for (guint i = 0; i < N_INDICATORS; i++)
    g_free (vs[i]);
}

static void
wf_headline_bar_dispose (GObject *object)
{
  WfHeadlineBar *self = WF_HEADLINE_BAR (object);

  wf_headline_bar_set_session (self, NULL);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (wf_headline_bar_parent_class)->dispose (object);
}

static void
wf_headline_bar_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  WfHeadlineBar *self = WF_HEADLINE_BAR (object);

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
wf_headline_bar_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  WfHeadlineBar *self = WF_HEADLINE_BAR (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      wf_headline_bar_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wf_headline_bar_class_init (WfHeadlineBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wf_headline_bar_dispose;
  object_class->get_property = wf_headline_bar_get_property;
  object_class->set_property = wf_headline_bar_set_property;

  /* The session shown; the window's template binds it. */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, WF_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "headlinebar");
}

static void
wf_headline_bar_init (WfHeadlineBar *self)
{
  /* A flow box: the indicators reflow onto a second row in a narrow
   * window rather than cut their numbers. */
  self->box = g_object_new (GTK_TYPE_FLOW_BOX,
                            /* A list of cards, not GTK's table of cells. */
                            "accessible-role", GTK_ACCESSIBLE_ROLE_LIST,
                            NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->box),
                                  /* Translators: what a screen reader calls the
                                   * list of the headline cards, the key results
                                   * above the chart */
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Headline figures"),
                                  -1);
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (self->box), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (self->box), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (self->box), 3);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->box), N_INDICATORS);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (self->box), 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  for (guint i = 0; i < N_INDICATORS; i++)
    {
      GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

      gtk_widget_add_css_class (cell, "headline-cell");
      gtk_widget_set_focusable (cell, TRUE);
      self->titles[i] = gtk_label_new (NULL);
      self->values[i] = gtk_label_new (NULL);
      self->details[i] = gtk_label_new (NULL);
      self->comparisons[i] = gtk_label_new (NULL);
      gtk_widget_add_css_class (self->titles[i], "caption-heading");
      gtk_widget_add_css_class (self->titles[i], "dim-label");
      gtk_widget_add_css_class (self->values[i], "headline-indicator");
      gtk_widget_add_css_class (self->values[i], "title-3");
      gtk_widget_add_css_class (self->details[i], "caption");
      gtk_widget_add_css_class (self->details[i], "dim-label");
      gtk_widget_add_css_class (self->comparisons[i], "caption");
      gtk_widget_add_css_class (self->comparisons[i], "headline-comparison");
      gtk_widget_set_visible (self->comparisons[i], FALSE);
      GtkWidget *value_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkGesture *click = gtk_gesture_click_new ();
      GtkEventController *keys = gtk_event_controller_key_new ();

      self->predictions[i] = gtk_label_new (NULL);
      gtk_widget_add_css_class (self->predictions[i], "headline-prediction");
      gtk_widget_add_css_class (self->predictions[i], "caption-heading");
      /* Beside the number, on two short lines rather than cut. */
      gtk_label_set_wrap (GTK_LABEL (self->predictions[i]), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (self->predictions[i]), PANGO_WRAP_WORD);
      gtk_label_set_lines (GTK_LABEL (self->predictions[i]), 2);
      gtk_label_set_ellipsize (GTK_LABEL (self->predictions[i]), PANGO_ELLIPSIZE_END);
      gtk_label_set_xalign (GTK_LABEL (self->predictions[i]), 0);
      gtk_label_set_max_width_chars (GTK_LABEL (self->predictions[i]), 14);
      gtk_widget_set_valign (self->predictions[i], GTK_ALIGN_CENTER);
      gtk_widget_set_visible (self->predictions[i], FALSE);
      g_object_set_data (G_OBJECT (cell), "wf-indicator", GUINT_TO_POINTER (i));
      g_signal_connect (click, "released", G_CALLBACK (cell_pressed_cb), self);
      gtk_widget_add_controller (cell, GTK_EVENT_CONTROLLER (click));
      g_signal_connect (keys, "key-pressed", G_CALLBACK (cell_key_pressed_cb), self);
      gtk_widget_add_controller (cell, keys);

      for (guint j = 0; j < 4; j++)
        {
          GtkWidget *label = j == 0 ? self->titles[i] : j == 1 ? self->values[i] :
                             j == 2 ? self->details[i] : self->comparisons[i];

          /* The number is never cut, nor wrapped; its title and the line
           * under it (the detail, or the comparison) wrap onto up to three
           * lines, so that they read whole in a narrow card, and the cards
           * of a row grow together. Narrow cards keep the five in one row
           * at 1366 pixels, three then two at 1024. The ellipsis is a last
           * resort; the tooltip and the accessible description give every
           * line whole. */
          if (j != 1)
            {
              gtk_label_set_wrap (GTK_LABEL (label), TRUE);
              gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
              gtk_label_set_lines (GTK_LABEL (label), 3);
              gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
              gtk_label_set_width_chars (GTK_LABEL (label), 14);
              gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
            }
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          if (j == 1)
            {
              gtk_box_append (GTK_BOX (value_row), label);
              gtk_box_append (GTK_BOX (value_row), self->predictions[i]);
              gtk_box_append (GTK_BOX (cell), value_row);
            }
          else
            gtk_box_append (GTK_BOX (cell), label);
        }
      /* An item of the list, named after its card's title when it has
       * one; the card in it takes the focus, and reads whole. */
      gtk_flow_box_append (GTK_FLOW_BOX (self->box),
                           g_object_new (GTK_TYPE_FLOW_BOX_CHILD,
                                         "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                                         "focusable", FALSE,
                                         "child", cell,
                                         NULL));
    }
}

GtkWidget *
wf_headline_bar_new (WfSession *session)
{
  g_return_val_if_fail (WF_IS_SESSION (session), NULL);

  return g_object_new (WF_TYPE_HEADLINE_BAR, "session", session, NULL);
}

void
wf_headline_bar_set_session (WfHeadlineBar *self,
                             WfSession     *session)
{
  g_return_if_fail (WF_IS_HEADLINE_BAR (self));
  g_return_if_fail (session == NULL || WF_IS_SESSION (session));

  if (self->session == session)
    return;
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_set_object (&self->session, session);
  if (session != NULL)
    {
      g_signal_connect_swapped (session, "changed", G_CALLBACK (update), self);
      g_signal_connect_swapped (session, "notify::current", G_CALLBACK (update), self);
      g_signal_connect_swapped (session, "notify::compared", G_CALLBACK (update), self);
      update (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

const char *
wf_headline_bar_get_value (WfHeadlineBar *self,
                           guint          indicator)
{
  g_return_val_if_fail (WF_IS_HEADLINE_BAR (self), NULL);
  g_return_val_if_fail (indicator < N_INDICATORS, NULL);
  return gtk_label_get_label (GTK_LABEL (self->values[indicator]));
}

/**
 * wf_headline_bar_get_comparison:
 * @self: a #WfHeadlineBar
 * @indicator: which one
 *
 * Returns: (nullable): the indicator's comparison with the first compared
 *   scenario, or %NULL when nothing is compared
 */
const char *
wf_headline_bar_get_comparison (WfHeadlineBar *self,
                                guint          indicator)
{
  g_return_val_if_fail (WF_IS_HEADLINE_BAR (self), NULL);
  g_return_val_if_fail (indicator < N_INDICATORS, NULL);
  if (!gtk_widget_get_visible (self->comparisons[indicator]))
    return NULL;
  return gtk_label_get_label (GTK_LABEL (self->comparisons[indicator]));
}


/* The prediction shown beside one indicator, or NULL when none is. */
const char *
wf_headline_bar_get_prediction (WfHeadlineBar *self,
                                guint          indicator)
{
  g_return_val_if_fail (WF_IS_HEADLINE_BAR (self), NULL);
  g_return_val_if_fail (indicator < N_INDICATORS, NULL);
  if (!gtk_widget_get_visible (self->predictions[indicator]))
    return NULL;
  return gtk_label_get_label (GTK_LABEL (self->predictions[indicator]));
}
