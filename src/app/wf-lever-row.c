/* wf-lever-row.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "wf-lever-row"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "wf-lever-row.h"

struct _WfLeverRow
{
  GtkWidget       parent_instance;

  WfSession      *session;
  WfLever         lever;
  GtkAdjustment  *adjustment;

  /* Template children */
  GtkLabel       *name_label;
  GtkSpinButton  *spin_button;
  GtkMenuButton  *help_button;
  GtkScale       *scale;
  GtkLabel       *level_label;
  GtkLabel       *unit_label;
  GtkPopover     *help_popover;
  GtkLabel       *help_title;
  GtkLabel       *help_explanation;
  GtkLabel       *help_levels;
  GtkLabel       *help_source;
  GtkButton      *reset_button;

  /* What was typed last could not be taken: its message is shown. */
  gboolean        has_error;
};

G_DEFINE_FINAL_TYPE (WfLeverRow, wf_lever_row, GTK_TYPE_WIDGET)

static void
update_level_label (WfLeverRow *self)
{
  double value = gtk_adjustment_get_value (self->adjustment);
  double level = wf_lever_value_to_level (self->lever, value);
  int nearest = (int) lround (level);
  g_autofree char *text = NULL;

  if (fabs (level - nearest) < 0.05)
    /* Translators: the level of a lever (1 to 4) and its name, e.g. "Level 3 · Mainstream" */
    text = g_strdup_printf (_("Level %d · %s"), nearest,
                            wf_lever_level_get_name (self->lever, nearest - 1));
  else
    {
      int below = (int) floor (level);

      /* Translators: a level between two named levels, e.g. "Level 2.4 · between niche and
       * mainstream"; the names are the forms "inside a sentence" */
      text = g_strdup_printf (_("Level %.1f · between %s and %s"), level,
                              wf_lever_level_get_name_in_sentence (self->lever, below - 1),
                              wf_lever_level_get_name_in_sentence (self->lever, below));
    }

  gtk_label_set_label (self->level_label, text);
}

static void
clear_error (WfLeverRow *self)
{
  if (!self->has_error)
    return;
  self->has_error = FALSE;
  gtk_widget_remove_css_class (GTK_WIDGET (self->spin_button), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->level_label), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->spin_button), NULL);
  gtk_accessible_reset_state (GTK_ACCESSIBLE (self->spin_button), GTK_ACCESSIBLE_STATE_INVALID);
  update_level_label (self);
}

/* The value stays as it was; the message takes the level's place, under
 * the box, until a value is taken. */
static void
show_error (WfLeverRow *self,
            const char *message)
{
  self->has_error = TRUE;
  gtk_widget_add_css_class (GTK_WIDGET (self->spin_button), "error");
  gtk_widget_add_css_class (GTK_WIDGET (self->level_label), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->spin_button), message);
  gtk_label_set_label (self->level_label, message);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->spin_button),
                               GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
}

/* What the box takes: a plain decimal number, with the locale's decimal
 * separator (or a point), within the lever's range; not an exponent, a
 * hexadecimal number, an infinity or a NaN, which strtod would take. */
static int
spin_input_cb (GtkSpinButton *spin_button,
               double        *new_value,
               WfLeverRow    *self)
{
  g_autoptr(GError) error = NULL;
  double value;

  if (!wf_lever_row_parse_value (self->lever, gtk_editable_get_text (GTK_EDITABLE (spin_button)),
                                 localeconv ()->decimal_point, &value, &error))
    {
      show_error (self, error->message);
      return GTK_INPUT_ERROR;
    }
  clear_error (self);
  *new_value = value;
  return TRUE;
}

/* The row shows the session's value and changes it only by setting it:
 * the session's announcement of a value it already has sets the
 * adjustment to the value it holds, which emits nothing. */
static void
adjustment_value_changed_cb (WfLeverRow    *self,
                             GtkAdjustment *adjustment)
{
  clear_error (self);
  update_level_label (self);
  wf_session_set_lever (self->session, self->lever, gtk_adjustment_get_value (adjustment));
}

static void
lever_changed_cb (WfLeverRow *self)
{
  gtk_adjustment_set_value (self->adjustment,
                            wf_session_get_current_scenario (self->session)->values[self->lever]);
}

static void
reset_clicked_cb (WfLeverRow *self)
{
  gtk_popover_popdown (self->help_popover);
  wf_session_reset_lever (self->session, self->lever);
}

static void
fill_help (WfLeverRow *self)
{
  const WfLeverInfo *info = wf_lever_get_info (self->lever);
  g_autoptr(GString) levels = g_string_new (NULL);
  g_autofree char *source = NULL;
  g_autofree char *range = NULL;

  gtk_label_set_label (self->help_title, wf_lever_get_label (self->lever));
  gtk_label_set_label (self->help_explanation, wf_lever_get_explanation (self->lever));

  for (guint l = 0; l < WF_N_LEVER_LEVELS; l++)
    {
      g_autofree char *name = g_markup_escape_text (wf_lever_level_get_name (self->lever, l), -1);
      g_autofree char *description = g_markup_escape_text (wf_lever_level_get_description (self->lever, l), -1);
      g_autofree char *value = g_strdup_printf ("%.*f", info->digits, info->levels[l].value);

      if (l > 0)
        g_string_append_c (levels, '\n');
      /* Translators: level number, level name, value, unit, description */
      g_string_append_printf (levels, _("<b>%u · %s</b> (%s %s): %s"), l + 1, name, value,
                              wf_lever_get_unit (self->lever), description);
    }
  gtk_label_set_label (self->help_levels, levels->str);

  /* Translators: the default value, the range and the uncertainty range of a lever */
  range = g_strdup_printf (_("Default %.*f, range %.*f to %.*f, uncertain between %.*f and %.*f %s."),
                           info->digits, info->default_value, info->digits, info->min,
                           info->digits, info->max, info->digits, info->low,
                           info->digits, info->high, wf_lever_get_unit (self->lever));
  /* Translators: the range sentence, then the provenance (e.g. "Assumption") and its tag, then the citation */
  source = g_strdup_printf (_("%s\nSource: %s [%s]. %s"), range,
                            wf_provenance_to_string (info->provenance),
                            wf_provenance_to_tag (info->provenance), wf_lever_get_source (self->lever));
  gtk_label_set_label (self->help_source, source);
}

/* Whether the keyboard focus is in @widget (a spin button's is in its text). */
static gboolean
has_focus_within (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* The wheel over a slider or a number box scrolls the panel, as over the
 * rest of it, unless the control has the keyboard focus: scrolling down a
 * list of levers moves none of them (the practice of GNOME's settings).
 * Captured before the control's own handler, which would change the value. */
static gboolean
control_scroll_cb (GtkEventControllerScroll *controller,
                   double                    dx,
                   double                    dy,
                   WfLeverRow               *self)
{
  GtkWidget *control = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkWidget *scrolled;
  GtkAdjustment *adjustment;
  double delta = dy;

  if (has_focus_within (control))
    return GDK_EVENT_PROPAGATE;
  scrolled = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  if (scrolled == NULL)
    return GDK_EVENT_PROPAGATE;
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  /* A notch of the wheel goes as far as GtkScrolledWindow's own. */
  if (gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL)
    delta *= pow (gtk_adjustment_get_page_size (adjustment), 2.0 / 3.0);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + delta);
  return GDK_EVENT_STOP;
}

static void
scroll_the_panel_over (WfLeverRow *self,
                       GtkWidget  *control)
{
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);

  gtk_event_controller_set_name (scroll, "wf-scroll-the-panel");
  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect (scroll, "scroll", G_CALLBACK (control_scroll_cb), self);
  gtk_widget_add_controller (control, scroll);
}

static void
wf_lever_row_dispose (GObject *object)
{
  WfLeverRow *self = WF_LEVER_ROW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), WF_TYPE_LEVER_ROW);
  /* The rows of the template are not bound children: unparent them too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->adjustment);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (wf_lever_row_parent_class)->dispose (object);
}

static void
wf_lever_row_class_init (WfLeverRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wf_lever_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/workforce_foresight/WorkforceForesight/wf-lever-row.ui");
  gtk_widget_class_bind_template_child (widget_class, WfLeverRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, WfLeverRow, spin_button);
  gtk_widget_class_bind_template_child (widget_class, WfLeverRow, help_button);
  gtk_widget_class_bind_template_child (widget_class, WfLeverRow, scale);
  gtk_widget_class_bind_template_child (widget_class, WfLeverRow, level_label);
  gtk_widget_class_bind_template_child (widget_class, WfLeverRow, unit_label);
  gtk_widget_class_bind_template_child (widget_class, WfLeverRow, help_popover);
  gtk_widget_class_bind_template_child (widget_class, WfLeverRow, help_title);
  gtk_widget_class_bind_template_child (widget_class, WfLeverRow, help_explanation);
  gtk_widget_class_bind_template_child (widget_class, WfLeverRow, help_levels);
  gtk_widget_class_bind_template_child (widget_class, WfLeverRow, help_source);
  gtk_widget_class_bind_template_child (widget_class, WfLeverRow, reset_button);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
wf_lever_row_init (WfLeverRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->reset_button, "clicked", G_CALLBACK (reset_clicked_cb), self);
  scroll_the_panel_over (self, GTK_WIDGET (self->scale));
  scroll_the_panel_over (self, GTK_WIDGET (self->spin_button));
}

/**
 * wf_lever_row_new:
 * @session: the session whose current scenario the row edits
 * @lever: the lever the row edits
 *
 * Returns: (transfer floating): a new row, at the lever's value in the
 *   current scenario
 */
GtkWidget *
wf_lever_row_new (WfSession *session,
                  WfLever    lever)
{
  WfLeverRow *self;
  const WfLeverInfo *info;
  g_autofree char *help_name = NULL;
  g_autofree char *detail = NULL;

  g_return_val_if_fail (WF_IS_SESSION (session), NULL);
  g_return_val_if_fail (lever < WF_N_LEVERS, NULL);

  self = g_object_new (WF_TYPE_LEVER_ROW, NULL);
  self->session = g_object_ref (session);
  self->lever = lever;
  info = wf_lever_get_info (lever);

  self->adjustment = g_object_ref_sink (gtk_adjustment_new (wf_session_get_current_scenario (session)->values[lever],
                                                            info->min, info->max, info->step,
                                                            info->step * 10, 0));
  gtk_range_set_adjustment (GTK_RANGE (self->scale), self->adjustment);
  gtk_range_set_round_digits (GTK_RANGE (self->scale), info->digits);
  gtk_spin_button_configure (self->spin_button, self->adjustment, info->step, info->digits);
  g_signal_connect (self->spin_button, "input", G_CALLBACK (spin_input_cb), self);
  g_signal_connect_object (self->adjustment, "value-changed",
                           G_CALLBACK (adjustment_value_changed_cb), self, G_CONNECT_SWAPPED);
  /* Only this lever's announcements: a move of another leaves this row be. */
  detail = g_strdup_printf ("lever-changed::%s", wf_lever_get_id (lever));
  g_signal_connect_swapped (session, detail, G_CALLBACK (lever_changed_cb), self);

  /* Ticks at the four named levels, the manner of the 2050 Calculator. */
  for (guint l = 0; l < WF_N_LEVER_LEVELS; l++)
    gtk_scale_add_mark (self->scale, info->levels[l].value, GTK_POS_BOTTOM, NULL);

  gtk_label_set_label (self->name_label, wf_lever_get_label (lever));
  gtk_label_set_label (self->unit_label, wf_lever_get_unit (lever));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->name_label), wf_lever_get_explanation (lever));

  /* Translators: the tooltip and name of a lever's help button; %s is the lever's name */
  help_name = g_strdup_printf (_("About “%s”"), wf_lever_get_label (lever));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->help_button), help_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->help_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, help_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scale),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, wf_lever_get_label (lever),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, wf_lever_get_unit (lever),
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spin_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, wf_lever_get_label (lever),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, wf_lever_get_unit (lever),
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, wf_lever_get_label (lever), -1);

  fill_help (self);
  update_level_label (self);

  return GTK_WIDGET (self);
}

WfLever
wf_lever_row_get_lever (WfLeverRow *self)
{
  g_return_val_if_fail (WF_IS_LEVER_ROW (self), 0);
  return self->lever;
}

double
wf_lever_row_get_value (WfLeverRow *self)
{
  g_return_val_if_fail (WF_IS_LEVER_ROW (self), 0.0);
  return gtk_adjustment_get_value (self->adjustment);
}


/**
 * wf_lever_row_parse_value:
 * @lever: the lever the text is for
 * @text: what was typed
 * @decimal_point: the locale's decimal separator (a point is taken too)
 * @value: (out): the number
 * @error: says what is wrong, for the user
 *
 * Returns: whether @text is a number in @lever's range
 */
gboolean
wf_lever_row_parse_value (WfLever      lever,
                          const char  *text,
                          const char  *decimal_point,
                          double      *value,
                          GError     **error)
{
  const WfLeverInfo *info;
  g_autoptr(GString) plain = g_string_new (NULL);
  g_autofree char *stripped = NULL;
  gboolean seen_point = FALSE;
  guint n_digits = 0;
  const char *p;
  double number;

  g_return_val_if_fail (lever < WF_N_LEVERS, FALSE);
  g_return_val_if_fail (text != NULL && decimal_point != NULL, FALSE);

  info = wf_lever_get_info (lever);
  stripped = g_strstrip (g_strdup (text));
  p = stripped;
  if (*p == '-' || *p == '+')
    g_string_append_c (plain, *p++);
  while (*p != '\0')
    {
      gsize point_len = strlen (decimal_point);

      if (g_ascii_isdigit (*p))
        {
          g_string_append_c (plain, *p++);
          n_digits++;
        }
      else if (!seen_point && (*p == '.' || (point_len > 0 && strncmp (p, decimal_point, point_len) == 0)))
        {
          g_string_append_c (plain, '.');
          p += *p == '.' ? 1 : point_len;
          seen_point = TRUE;
        }
      else
        break;
    }
  if (*stripped != '\0' && (*p != '\0' || n_digits == 0))
    {
      g_set_error (error, WF_CORE_ERROR, WF_CORE_ERROR_NOT_A_NUMBER,
                   /* Translators: %s is what was typed in a lever's number box */
                   _("“%s” is not a number"), stripped);
      return FALSE;
    }

  number = n_digits > 0 ? g_ascii_strtod (plain->str, NULL) : NAN;
  if (!isfinite (number) || number < info->min || number > info->max)
    {
      g_autofree char *min = g_strdup_printf ("%.*f", info->digits, info->min);
      g_autofree char *max = g_strdup_printf ("%.*f", info->digits, info->max);

      g_set_error (error, WF_CORE_ERROR, WF_CORE_ERROR_LEVER_OUT_OF_RANGE,
                   /* Translators: the lowest and highest values of a lever, formatted for the locale */
                   _("Enter a number from %s to %s"), min, max);
      return FALSE;
    }
  *value = number;
  return TRUE;
}

/**
 * wf_lever_row_get_error:
 * @self: a #WfLeverRow
 *
 * Returns: (nullable): the message shown for what was typed last, if it
 *   could not be taken
 */
const char *
wf_lever_row_get_error (WfLeverRow *self)
{
  g_return_val_if_fail (WF_IS_LEVER_ROW (self), NULL);
  return self->has_error ? gtk_label_get_label (self->level_label) : NULL;
}

GtkSpinButton *
wf_lever_row_get_spin_button (WfLeverRow *self)
{
  g_return_val_if_fail (WF_IS_LEVER_ROW (self), NULL);
  return self->spin_button;
}
