/* wf-prediction-dialog.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * People write predictions in millions or per cent, the units of the
 * headline; the session keeps them in the metric's own unit, as the model
 * computes it, so that a prediction and the model's answer compare as they
 * are.
 */
#define G_LOG_DOMAIN "wf-prediction-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "wf-workshop.h"
#include "wf-prediction-dialog.h"

struct _WfPredictionDialog
{
  AdwMessageDialog  parent_instance;

  WfSession        *session;
  guint             scenario;   /* the index it records for */

  /* Template children */
  GtkDropDown      *metric_dropdown;
  GtkSpinButton    *value_spin;
  GtkAdjustment    *value_adjustment;
  GtkLabel         *unit_label;
};

G_DEFINE_FINAL_TYPE (WfPredictionDialog, wf_prediction_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* From the metric's unit to what is typed: thousands of people to
 * millions, a share to per cent. */
static double
unit_factor (WfMetric metric)
{
  return wf_metric_is_share (metric) ? 100.0 : 1.0 / 1000.0;
}

static void
update_for_metric (WfPredictionDialog *self)
{
  WfMetric metric = wf_prediction_dialog_get_metric (self);
  const WfScenario *scenario = wf_session_get_scenario (self->session, self->scenario);
  double prediction = wf_session_get_prediction (self->session, self->scenario, metric);
  g_autofree char *body = NULL;

  if (wf_metric_is_share (metric))
    {
      gtk_adjustment_configure (self->value_adjustment, 50.0, 0.0, 100.0, 1.0, 10.0, 0.0);
      /* Translators: the unit of a prediction typed as a percentage */
      gtk_label_set_label (self->unit_label, _("%"));
    }
  else
    {
      gtk_adjustment_configure (self->value_adjustment, 0.0, -10000.0, 10000.0, 1.0, 10.0, 0.0);
      /* Translators: the unit of a prediction typed in millions of people */
      gtk_label_set_label (self->unit_label, _("million people"));
    }
  if (!isnan (prediction))
    wf_prediction_dialog_set_value (self, prediction);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "clear", !isnan (prediction));

  /* Translators: %s is the scenario's name, %d the horizon year */
  body = g_strdup_printf (_("Your guess for the scenario “%s” in %d, before the model’s answer is shown. The presentation shows predictions first and reveals the model’s values with R."),
                          wf_scenario_get_display_name (scenario), scenario->horizon);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
}

/* The spin button parses and writes numbers in the user's locale (a comma
 * in French), which GtkSpinButton's own parser, g_strtod, does not. */
static int
value_input_cb (GtkSpinButton *spin,
                double        *new_value,
                gpointer       user_data)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  char *end = NULL;
  double value;

  value = strtod (text, &end);
  if (end == text || *end != '\0')
    value = g_ascii_strtod (text, &end);
  if (end == text || !isfinite (value))
    return GTK_INPUT_ERROR;
  *new_value = value;
  return TRUE;
}

static gboolean
value_output_cb (GtkSpinButton *spin,
                 gpointer       user_data)
{
  g_autofree char *text = g_strdup_printf ("%.1f", gtk_adjustment_get_value (gtk_spin_button_get_adjustment (spin)));

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static void
wf_prediction_dialog_response (AdwMessageDialog *dialog,
                               const char       *response)
{
  WfPredictionDialog *self = WF_PREDICTION_DIALOG (dialog);

  if (self->scenario < wf_session_get_n_scenarios (self->session))
    {
      WfMetric metric = wf_prediction_dialog_get_metric (self);

      if (g_strcmp0 (response, "record") == 0)
        {
          gtk_spin_button_update (self->value_spin);
          wf_session_set_prediction (self->session, self->scenario, metric,
                                     wf_prediction_dialog_get_value (self));
        }
      else if (g_strcmp0 (response, "clear") == 0)
        wf_session_set_prediction (self->session, self->scenario, metric, NAN);
    }
}

static void
wf_prediction_dialog_dispose (GObject *object)
{
  WfPredictionDialog *self = WF_PREDICTION_DIALOG (object);

  g_clear_object (&self->session);
  gtk_widget_dispose_template (GTK_WIDGET (self), WF_TYPE_PREDICTION_DIALOG);

  G_OBJECT_CLASS (wf_prediction_dialog_parent_class)->dispose (object);
}

static void
wf_prediction_dialog_class_init (WfPredictionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = wf_prediction_dialog_dispose;
  dialog_class->response = wf_prediction_dialog_response;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/workforce_foresight/WorkforceForesight/wf-prediction-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, WfPredictionDialog, metric_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WfPredictionDialog, value_spin);
  gtk_widget_class_bind_template_child (widget_class, WfPredictionDialog, value_adjustment);
  gtk_widget_class_bind_template_child (widget_class, WfPredictionDialog, unit_label);
}

static void
wf_prediction_dialog_init (WfPredictionDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < WF_N_HEADLINE_METRICS; i++)
    gtk_string_list_append (names, wf_metric_to_string (wf_headline_metrics (NULL)[i]));
  gtk_drop_down_set_model (self->metric_dropdown, G_LIST_MODEL (names));
  g_signal_connect (self->value_spin, "input", G_CALLBACK (value_input_cb), NULL);
  g_signal_connect (self->value_spin, "output", G_CALLBACK (value_output_cb), NULL);
}

/**
 * wf_prediction_dialog_new:
 * @parent: the window
 * @session: its session
 * @metric: the indicator shown first (one of the headline's)
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
GtkWindow *
wf_prediction_dialog_new (GtkWindow *parent,
                          WfSession *session,
                          WfMetric   metric)
{
  WfPredictionDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (WF_IS_SESSION (session), NULL);

  self = g_object_new (WF_TYPE_PREDICTION_DIALOG, "transient-for", parent, NULL);
  self->session = g_object_ref (session);
  self->scenario = wf_session_get_current (session);
  g_signal_connect_swapped (self->metric_dropdown, "notify::selected", G_CALLBACK (update_for_metric), self);
  wf_prediction_dialog_set_metric (self, metric);
  update_for_metric (self);
  return GTK_WINDOW (self);
}

WfMetric
wf_prediction_dialog_get_metric (WfPredictionDialog *self)
{
  guint selected;

  g_return_val_if_fail (WF_IS_PREDICTION_DIALOG (self), WF_METRIC_NET_JOBS);

  selected = gtk_drop_down_get_selected (self->metric_dropdown);
  return wf_headline_metrics (NULL)[selected < WF_N_HEADLINE_METRICS ? selected : 0];
}

void
wf_prediction_dialog_set_metric (WfPredictionDialog *self,
                                 WfMetric            metric)
{
  g_return_if_fail (WF_IS_PREDICTION_DIALOG (self));

  for (guint i = 0; i < WF_N_HEADLINE_METRICS; i++)
    if (wf_headline_metrics (NULL)[i] == metric)
      gtk_drop_down_set_selected (self->metric_dropdown, i);
}

double
wf_prediction_dialog_get_value (WfPredictionDialog *self)
{
  g_return_val_if_fail (WF_IS_PREDICTION_DIALOG (self), NAN);

  return gtk_spin_button_get_value (self->value_spin) / unit_factor (wf_prediction_dialog_get_metric (self));
}

void
wf_prediction_dialog_set_value (WfPredictionDialog *self,
                                double              value)
{
  g_return_if_fail (WF_IS_PREDICTION_DIALOG (self));

  gtk_spin_button_set_value (self->value_spin, value * unit_factor (wf_prediction_dialog_get_metric (self)));
}
