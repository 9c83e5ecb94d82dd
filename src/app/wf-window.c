/* wf-window.c: the main window
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window owns a WfSession and shows it: the lever panel on the left, the
 * chart (or its data) in the middle, the headline indicators below. Actions
 * live in wf-window-actions.c.
 */
#define G_LOG_DOMAIN "wf-window"

#include "config.h"

#include <glib/gi18n.h>

#include "wf-accessible.h"
#include "wf-application.h"
#include "wf-data-view.h"
#include "wf-headline-bar.h"
#include "wf-lever-panel.h"
#include "wf-presentation-window.h"
#include "wf-window-private.h"

G_DEFINE_FINAL_TYPE (WfWindow, wf_window, ADW_TYPE_APPLICATION_WINDOW)

static int
compare_recent_items (GtkRecentInfo *a,
                      GtkRecentInfo *b)
{
  return g_date_time_compare (gtk_recent_info_get_modified (b), gtk_recent_info_get_modified (a));
}

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

/* A drop-down's list (or a menu button's menu) opens under it, where its
 * tooltip shows too, and is its child: hovering an item would show the
 * drop-down's tooltip over the list's first items. The tooltip is off
 * while the list is open. */
static void
popover_visible_cb (GtkWidget  *popover,
                    GParamSpec *pspec,
                    GtkWidget  *owner)
{
  gtk_widget_set_has_tooltip (owner, !gtk_widget_get_visible (popover));
}

/* The button of the sector, scenario and outcome drop-downs: a
 * long name is cut (at @cut characters at most, or not at all with 0), so
 * that the filters keep to two lines and the window's title stays whole in
 * the header bar of a 1024 × 640 window; the list, the tooltip and the
 * accessible name give the name whole. */
static void
name_item_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  cut)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (cut) > 0)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), GPOINTER_TO_INT (cut));
    }
  gtk_list_item_set_child (item, label);
}

static void
name_item_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  cut)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (string));
}

static GtkListItemFactory *
name_item_factory (int cut)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (name_item_setup_cb), GINT_TO_POINTER (cut));
  g_signal_connect (factory, "bind", G_CALLBACK (name_item_bind_cb), GINT_TO_POINTER (cut));
  return factory;
}

/* The widths, in characters, at which the drop-downs' buttons cut a name
 * at most. The sector's keeps the filters on two lines at 1024 × 640. In
 * the header (header_allocate ()) the scenario's button has all the room
 * the title leaves, and no more than this in a wide window: the longest
 * preset name whole, "IA exponentielle, préparation généralisée". */
#define SECTOR_NAME_CUT 22
/* The outcome's drop-down is the first of the filters: cut, it leaves room
 * beside it for the lens ("Total Mujeres Hombres Brecha") on the first line. */
#define METRIC_NAME_CUT 22
#define SCENARIO_NAME_CUT 44

/* The header's row (header_box in wf-window.ui): the window controls, the
 * buttons before the title (the last of them, the scenario's, may be
 * cut), the title, the buttons after it and the window controls.
 * GtkCenterBox in GTK 4.8, which lays out AdwHeaderBar, gives each side at
 * most half of what the title leaves: the scenario's name was cut
 * ("Tendances actu…") beside a wide empty space on the other side. Here
 * the title is whole and in the middle of the window while there is room,
 * pushed towards the end when the scenario needs it; the scenario's button
 * has the rest. */
#define HEADER_SPACING 6

static void
header_measure (GtkWidget      *widget,
                GtkOrientation  orientation,
                int             for_size,
                int            *minimum,
                int            *natural,
                int            *minimum_baseline,
                int            *natural_baseline)
{
  guint n = 0;

  *minimum = *natural = 0;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (c))
        continue;
      gtk_widget_measure (c, orientation, -1, &child_min, &child_nat, NULL, NULL);
      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        {
          *minimum += child_min;
          *natural += child_nat;
          n++;
        }
      else
        {
          *minimum = MAX (*minimum, child_min);
          *natural = MAX (*natural, child_nat);
        }
    }
  if (n > 1)
    {
      *minimum += (int) (n - 1) * HEADER_SPACING;
      *natural += (int) (n - 1) * HEADER_SPACING;
    }
}

static void
header_place (GtkWidget *child,
              int        x,
              int        width,
              int        box_width,
              int        height,
              gboolean   rtl)
{
  GtkAllocation allocation = { rtl ? box_width - x - width : x, 0, width, height };

  gtk_widget_size_allocate (child, &allocation, -1);
}

static void
header_allocate (GtkWidget *widget,
                 int        width,
                 int        height,
                 int        baseline)
{
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  GtkWidget *title = NULL, *shrinking = NULL;
  int start = 0, end = width, title_min, title_nat, shrink_min, shrink_nat, title_width, shrink_width, title_x;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (ADW_IS_WINDOW_TITLE (c))
      title = c;
  g_return_if_fail (title != NULL);

  /* Before the title, from the start: each at its natural width but the
   * last, which may shrink. */
  shrinking = gtk_widget_get_prev_sibling (title);
  while (shrinking != NULL && !gtk_widget_should_layout (shrinking))
    shrinking = gtk_widget_get_prev_sibling (shrinking);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL && c != shrinking && c != title;
       c = gtk_widget_get_next_sibling (c))
    {
      int child_nat;

      if (!gtk_widget_should_layout (c))
        continue;
      gtk_widget_measure (c, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &child_nat, NULL, NULL);
      header_place (c, start, child_nat, width, height, rtl);
      /* No room after window controls without buttons. */
      if (child_nat > 0)
        start += child_nat + HEADER_SPACING;
    }
  /* After it, from the end. */
  for (GtkWidget *c = gtk_widget_get_last_child (widget); c != NULL && c != title;
       c = gtk_widget_get_prev_sibling (c))
    {
      int child_nat;

      if (!gtk_widget_should_layout (c))
        continue;
      gtk_widget_measure (c, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &child_nat, NULL, NULL);
      end -= child_nat;
      header_place (c, end, child_nat, width, height, rtl);
      if (child_nat > 0)
        end -= HEADER_SPACING;
    }

  /* The title whole if it can be, the shrinking one what is left. */
  gtk_widget_measure (title, GTK_ORIENTATION_HORIZONTAL, -1, &title_min, &title_nat, NULL, NULL);
  shrink_min = shrink_nat = 0;
  if (shrinking != NULL)
    gtk_widget_measure (shrinking, GTK_ORIENTATION_HORIZONTAL, -1, &shrink_min, &shrink_nat, NULL, NULL);
  title_width = CLAMP (end - start - (shrinking != NULL ? shrink_min + HEADER_SPACING : 0), title_min, title_nat);
  shrink_width = CLAMP (end - start - title_width - HEADER_SPACING, shrink_min, shrink_nat);
  if (shrinking != NULL)
    {
      header_place (shrinking, start, shrink_width, width, height, rtl);
      start += shrink_width + HEADER_SPACING;
    }
  /* In the middle, unless that would cover a button. */
  title_x = (width - title_width) / 2;
  title_x = MIN (title_x, end - title_width);
  title_x = MAX (title_x, start);
  header_place (title, title_x, title_width, width, height, rtl);
}

/* The item a drop-down shows, or NULL. */
static const char *
dropdown_selected (GtkDropDown *dropdown)
{
  GtkStringObject *string = gtk_drop_down_get_selected_item (dropdown);

  return string != NULL ? gtk_string_object_get_string (string) : NULL;
}

/* A drop-down's tooltip and accessible name, which say whole the item its
 * button may show cut. */
static void
name_dropdown (GtkDropDown *dropdown,
               const char  *name)
{
  gtk_widget_set_tooltip_text (GTK_WIDGET (dropdown), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/* The tooltip and accessible name of the scenario, sector and outcome
 * drop-downs follow the item chosen, whole. */
static void
dropdown_selected_cb (GtkDropDown *dropdown,
                      GParamSpec  *pspec,
                      WfWindow    *self)
{
  const char *item = dropdown_selected (dropdown);
  g_autofree char *name = NULL;

  if (item == NULL)
    return;
  if (dropdown == self->scenario_dropdown)
    /* Translators: the scenario drop-down's tooltip and accessible name (its
     * button may show the name cut short); %s is the current scenario's name */
    name = g_strdup_printf (_("Current scenario: %s"), item);
  else if (dropdown == self->sector_dropdown)
    /* Translators: the sector filter's tooltip and accessible name: %s is
     * the sector chosen, or "All sectors" */
    name = g_strdup_printf (_("Sector: %s"), item);
  else
    /* Translators: the tooltip and accessible name of the drop-down of the
     * outcome the tornado and attribution charts explain (its button may
     * show the name cut short); %s is the outcome, e.g. "Net jobs vs baseline" */
    name = g_strdup_printf (_("Outcome explained: %s"), item);
  name_dropdown (dropdown, name);
}

/* A drop-down whose button cuts a name at @cut characters, its list whole,
 * its tooltip and accessible name the item whole. */
static void
set_up_cut_dropdown (WfWindow    *self,
                     GtkDropDown *dropdown,
                     int          cut)
{
  g_autoptr(GtkListItemFactory) button_factory = name_item_factory (cut);
  g_autoptr(GtkListItemFactory) list_factory = name_item_factory (0);

  gtk_drop_down_set_factory (dropdown, button_factory);
  gtk_drop_down_set_list_factory (dropdown, list_factory);
  g_signal_connect (dropdown, "notify::selected-item", G_CALLBACK (dropdown_selected_cb), self);
  dropdown_selected_cb (dropdown, NULL, self);
}

static void
quiet_tooltips_while_open (GtkWidget *root)
{
  if (GTK_IS_DROP_DOWN (root) || GTK_IS_MENU_BUTTON (root))
    {
      for (GtkWidget *child = gtk_widget_get_first_child (root);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        if (GTK_IS_POPOVER (child))
          g_signal_connect_object (child, "notify::visible", G_CALLBACK (popover_visible_cb), root, 0);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    quiet_tooltips_while_open (child);
}

static void
update_title (WfWindow *self)
{
  g_autofree char *name = wf_session_dup_display_name (self->session);
  g_autofree char *title = NULL;
  const WfDocument *document = wf_session_get_document (self->session);

  /* The page of a file that could not be opened is no document. */
  if (wf_window_is_showing_error (self))
    {
      adw_window_title_set_title (self->window_title, _("Workforce Foresight"));
      adw_window_title_set_subtitle (self->window_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Workforce Foresight"));
      return;
    }

  /* The unsaved-changes mark of GNOME applications. */
  if (wf_session_get_modified (self->session))
    title = g_strdup_printf ("• %s", name);
  else
    title = g_strdup (name);

  adw_window_title_set_title (self->window_title, title);
  if (wf_session_get_saving (self->session))
    adw_window_title_set_subtitle (self->window_title, _("Saving…"));
  else
    adw_window_title_set_subtitle (self->window_title, wf_dataset_get_display_title (document->dataset));
  {
    g_autofree char *window_title = g_strdup_printf ("%s – %s", title, _("Workforce Foresight"));

    gtk_window_set_title (GTK_WINDOW (self), window_title);
  }
}

/* The dropdowns show the session's view and set it; nothing else changes
 * it. Their bindings are made anew when their list of choices changes, so
 * that refilling a list is never taken for a choice. */

static gboolean
current_to_selected (GBinding     *binding,
                     const GValue *from,
                     GValue       *to,
                     gpointer      user_data)
{
  g_value_set_uint (to, g_value_get_uint (from));
  return TRUE;
}

static gboolean
selected_to_current (GBinding     *binding,
                     const GValue *from,
                     GValue       *to,
                     gpointer      user_data)
{
  WfWindow *self = user_data;
  guint selected = g_value_get_uint (from);

  if (selected >= wf_session_get_n_scenarios (self->session))
    return FALSE;
  g_value_set_uint (to, selected);
  return TRUE;
}

static gboolean
sector_to_selected (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  WfWindow *self = user_data;
  const char *id = g_value_get_string (from);
  int sector = id != NULL ? wf_dataset_find_sector (wf_session_get_document (self->session)->dataset, id) : -1;

  g_value_set_uint (to, sector < 0 ? 0 : (guint) sector + 1);
  return TRUE;
}

static gboolean
selected_to_sector (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  WfWindow *self = user_data;
  const WfDataset *dataset = wf_session_get_document (self->session)->dataset;
  guint selected = g_value_get_uint (from);

  if (selected == GTK_INVALID_LIST_POSITION || selected > dataset->n_sectors)
    return FALSE;
  g_value_set_string (to, selected == 0 ? NULL : dataset->sectors[selected - 1].id);
  return TRUE;
}

static gboolean
chart_to_selected (GBinding     *binding,
                   const GValue *from,
                   GValue       *to,
                   gpointer      user_data)
{
  WfWindow *self = user_data;

  /* The picker lists every kind, in the order of WfChartKind. */
  g_value_set_uint (to, wf_session_get_chart_kind (self->session));
  return TRUE;
}

static gboolean
selected_to_chart (GBinding     *binding,
                   const GValue *from,
                   GValue       *to,
                   gpointer      user_data)
{
  guint selected = g_value_get_uint (from);

  if (selected >= WF_N_CHART_KINDS)
    return FALSE;
  g_value_set_string (to, wf_chart_kind_to_id (selected));
  return TRUE;
}

static gboolean
metric_to_selected (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  g_value_set_uint (to, (guint) g_value_get_enum (from));
  return TRUE;
}

static gboolean
selected_to_metric (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  guint selected = g_value_get_uint (from);

  if (selected >= WF_N_METRICS)
    return FALSE;
  g_value_set_enum (to, (int) selected);
  return TRUE;
}

/* Visible for the charts whose needs include the flag in @user_data. */
static gboolean
chart_needs_to_visible (GBinding     *binding,
                        const GValue *from,
                        GValue       *to,
                        gpointer      user_data)
{
  WfChartKind kind = WF_CHART_EMPLOYMENT;
  const char *id = g_value_get_string (from);

  if (id != NULL)
    wf_chart_kind_from_id (id, &kind);
  g_value_set_boolean (to, (wf_chart_kind_get_needs (kind) & GPOINTER_TO_UINT (user_data)) != 0);
  return TRUE;
}

static GBinding *
bind_dropdown (WfWindow               *self,
               const char             *property,
               GtkDropDown            *dropdown,
               GBindingTransformFunc   to_selected,
               GBindingTransformFunc   from_selected)
{
  return g_object_bind_property_full (self->session, property, dropdown, "selected",
                                      G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                      to_selected, from_selected, self, NULL);
}

/* The Compare With button says what is compared. */
static void
update_compare_label (WfWindow *self)
{
  guint indices[WF_CHART_MAX_SCENARIOS];
  guint n = wf_session_get_compared_indices (self->session, indices, G_N_ELEMENTS (indices));
  g_autofree char *label = NULL;

  if (n == 0)
    label = g_strdup (_("Compare With…"));
  else if (n == 1)
    /* Translators: the Compare With button when one scenario is compared;
     * %s is its name */
    label = g_strdup_printf (_("vs %s"),
                             wf_scenario_get_display_name (wf_session_get_scenario (self->session, indices[0])));
  else
    /* Translators: the Compare With button when several scenarios are
     * compared with the current one */
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "vs %u scenario", "vs %u scenarios", n), n);
  gtk_menu_button_set_label (self->compare_button, label);
}

/* The check buttons follow the session: setting a check button to the
 * state it has emits nothing, so nothing echoes. */
static void
sync_compare_menu (WfWindow *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->compare_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *name = g_object_get_data (G_OBJECT (child), "wf-scenario-name");

      if (GTK_IS_CHECK_BUTTON (child) && name != NULL)
        gtk_check_button_set_active (GTK_CHECK_BUTTON (child),
                                     wf_session_is_scenario_compared (self->session, name));
    }
  update_compare_label (self);
}

static void
compare_toggled_cb (GtkCheckButton *button,
                    WfWindow       *self)
{
  wf_session_set_scenario_compared (self->session, g_object_get_data (G_OBJECT (button), "wf-scenario-name"),
                                    gtk_check_button_get_active (button));
}

static void
compare_nothing_cb (GtkButton *button,
                    WfWindow  *self)
{
  wf_session_set_compared_list (self->session, NULL);
  gtk_menu_button_popdown (self->compare_button);
}

/* A check button for every scenario but the current one, which is never
 * compared with itself; then a button that clears the comparison. */
static void
update_compare_menu (WfWindow *self)
{
  GtkWidget *child;
  GtkWidget *nothing;
  guint current = wf_session_get_current (self->session);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->compare_box))) != NULL)
    gtk_box_remove (self->compare_box, child);

  for (guint i = 0; i < wf_session_get_n_scenarios (self->session); i++)
    {
      const WfScenario *scenario = wf_session_get_scenario (self->session, i);
      GtkWidget *check;

      if (i == current)
        continue;
      /* Shown in the reader's language; the comparison keeps the stored name. */
      check = gtk_check_button_new_with_label (wf_scenario_get_display_name (scenario));
      g_object_set_data_full (G_OBJECT (check), "wf-scenario-name", g_strdup (scenario->name), g_free);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   wf_session_is_scenario_compared (self->session, scenario->name));
      g_signal_connect (check, "toggled", G_CALLBACK (compare_toggled_cb), self);
      gtk_box_append (self->compare_box, check);
    }

  gtk_box_append (self->compare_box, gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  nothing = gtk_button_new_with_mnemonic (_("Compare With _Nothing"));
  gtk_widget_add_css_class (nothing, "flat");
  g_signal_connect (nothing, "clicked", G_CALLBACK (compare_nothing_cb), self);
  gtk_box_append (self->compare_box, nothing);
  update_compare_label (self);
}

/* The scenarios were added, removed or renamed: new lists of names. */
static void
update_scenario_lists (WfWindow *self)
{
  guint n = wf_session_get_n_scenarios (self->session);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  g_clear_pointer (&self->current_binding, g_binding_unbind);

  for (guint i = 0; i < n; i++)
    {
      const WfScenario *scenario = wf_session_get_scenario (self->session, i);

      g_ptr_array_add (names, (gpointer) wf_scenario_get_display_name (scenario));
    }
  g_ptr_array_add (names, NULL);

  gtk_string_list_splice (self->scenario_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->scenario_names)),
                          (const char * const *) names->pdata);

  self->current_binding = bind_dropdown (self, "current", self->scenario_dropdown,
                                         current_to_selected, selected_to_current);
  /* A renamed scenario: its name whole in the tooltip too. */
  dropdown_selected_cb (self->scenario_dropdown, NULL, self);
  update_compare_menu (self);
}

/* A new document: new sectors, and a new range of years. */
static void
update_dataset (WfWindow *self)
{
  const WfDocument *document = wf_session_get_document (self->session);
  g_autoptr(GtkStringList) sectors = gtk_string_list_new (NULL);

  g_clear_pointer (&self->sector_binding, g_binding_unbind);
  g_clear_pointer (&self->horizon_binding, g_binding_unbind);

  gtk_string_list_append (sectors, _("All sectors"));
  for (guint s = 0; s < document->dataset->n_sectors; s++)
    gtk_string_list_append (sectors, wf_dataset_get_sector_label (document->dataset, s));
  gtk_drop_down_set_model (self->sector_dropdown, G_LIST_MODEL (sectors));
  gtk_spin_button_set_range (self->horizon_spin, document->dataset->base_year + 1,
                             document->dataset->base_year + WF_MAX_HORIZON_SPAN);

  self->sector_binding = bind_dropdown (self, "sector-filter", self->sector_dropdown,
                                        sector_to_selected, selected_to_sector);
  self->horizon_binding = g_object_bind_property (self->session, "horizon",
                                                  self->horizon_spin, "value",
                                                  G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

static void
update_description (WfWindow *self)
{
  const WfScenario *scenario = wf_session_get_current_scenario (self->session);
  const char *description = wf_scenario_get_display_description (scenario);

  gtk_label_set_label (self->description_label, description);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->description_label), description);
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), *description != '\0');
}

static void
session_changed_cb (WfWindow *self)
{
  update_title (self);
  update_description (self);
  wf_window_update_actions (self);
}

/* A file made by a newer version opens read-only: Save is Save As, and a
 * bar says why until it is saved in this version's format. */
static void
update_read_only (WfWindow *self)
{
  const char *reason = wf_session_get_document (self->session)->read_only_reason;

  self->read_only = reason != NULL;
  if (reason != NULL)
    {
      /* Translators: %s is the loader's reason, a clause such as “it was made by a newer version of
       * Workforce Foresight (…), and saving would drop what this version does not know” */
      g_autofree char *text = g_strdup_printf (_("This file is open read-only: %s. "
                                                 "Save As to keep a copy in this version’s format."), reason);

      gtk_label_set_label (self->read_only_label, text);
    }
  gtk_info_bar_set_revealed (self->read_only_bar, self->read_only);
  gtk_widget_set_visible (GTK_WIDGET (self->read_only_bar), self->read_only);
}

static void
session_file_changed_cb (WfWindow *self)
{
  update_dataset (self);
  update_title (self);
  update_read_only (self);
}

/* What a dropped file is, from its first bytes: a scenario file is XML;
 * gzip data and anything else go to the ILOSTAT import, which recognises
 * the form from the contents and refuses what it cannot read, naming the
 * file and line. Reading a few hundred bytes of a file the user just
 * dropped does not hold the main loop. A file that cannot be read is left
 * to the opener, whose error names it. */
static gboolean
is_scenario_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GFileInputStream) stream = NULL;
  guchar head[256];
  gssize n;
  gssize i = 0;

  if (name != NULL && g_str_has_suffix (name, ".foresight"))
    return TRUE;
  stream = g_file_read (file, NULL, NULL);
  if (stream == NULL)
    return TRUE;
  n = g_input_stream_read (G_INPUT_STREAM (stream), head, sizeof head, NULL, NULL);
  if (n <= 0)
    return TRUE;
  if (n >= 2 && head[0] == 0x1f && head[1] == 0x8b)
    return FALSE;
  if (n >= 3 && head[0] == 0xef && head[1] == 0xbb && head[2] == 0xbf)
    i = 3;
  while (i < n && g_ascii_isspace (head[i]))
    i++;
  return i < n && head[i] == '<';
}

/* Several files dropped on an untouched window: the first opens, then
 * the others' scenarios are added to it. */
typedef struct
{
  WfWindow *self;
  GSList   *rest;   /* (element-type GFile) owned */
} OpenThenAdd;

static void
open_then_add_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  OpenThenAdd *data = user_data;
  g_autoptr(GError) error = NULL;

  if (wf_window_open_file_finish (WF_WINDOW (object), result, &error))
    wf_window_add_files_async (data->self, data->rest, TRUE, NULL, NULL, NULL);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      GFile *file = g_task_get_task_data (G_TASK (result));

      wf_window_show_open_error (data->self, file, error);
    }
  g_slist_free_full (data->rest, g_object_unref);
  g_object_unref (data->self);
  g_free (data);
}

/**
 * wf_window_open_dropped:
 * @self: a #WfWindow
 * @files: (element-type GFile): files dropped on the window
 *
 * Scenario files dropped on a window with a document (a file, or changes)
 * add their scenarios to it, and a toast says so; on an untouched window
 * the first one opens and the others' scenarios are added to it. The
 * others (ILOSTAT CSV or .csv.gz) go to the import dialog, all together.
 *
 * Returns: (transfer none) (nullable): the import dialog, if one opened
 */
GtkWindow *
wf_window_open_dropped (WfWindow *self,
                        GSList   *files)
{
  g_autoptr(GSList) tables = NULL;
  g_autoptr(GSList) scenarios = NULL;

  g_return_val_if_fail (WF_IS_WINDOW (self), NULL);

  for (GSList *l = files; l != NULL; l = l->next)
    {
      /* ILOSTAT files go to one import dialog together. */
      if (!is_scenario_file (l->data))
        tables = g_slist_append (tables, l->data);
      else
        scenarios = g_slist_append (scenarios, l->data);
    }

  if (scenarios != NULL)
    {
      if (wf_session_get_file (self->session) != NULL || wf_session_get_modified (self->session))
        wf_window_add_files_async (self, scenarios, TRUE, NULL, NULL, NULL);
      else if (scenarios->next == NULL)
        {
          /* A file already open brings its window to the front. */
          if (!wf_application_present_file (gtk_window_get_application (GTK_WINDOW (self)),
                                            scenarios->data))
            wf_window_open_file (self, scenarios->data);
        }
      else
        {
          OpenThenAdd *data = g_new0 (OpenThenAdd, 1);

          data->self = g_object_ref (self);
          data->rest = g_slist_copy_deep (scenarios->next, (GCopyFunc) g_object_ref, NULL);
          wf_window_open_file_async (self, scenarios->data, NULL, open_then_add_cb, data);
        }
    }
  return tables != NULL ? wf_window_import_files (self, tables) : NULL;
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         WfWindow      *self)
{
  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  wf_window_open_dropped (self, g_value_get_boxed (value));
  return TRUE;
}

/* The recent scenario files, newest first, as menu items. */
static void
update_recent_menu (WfWindow *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  GList *items = gtk_recent_manager_get_items (manager);
  guint n = 0;

  g_menu_remove_all (self->recent_section);
  items = g_list_sort (items, (GCompareFunc) compare_recent_items);
  for (GList *l = items; l != NULL && n < 8; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      g_auto(GStrv) parts = NULL;
      g_autofree char *label = NULL;
      g_autoptr(GMenuItem) item = NULL;

      if (!g_str_has_suffix (uri, ".foresight") || !gtk_recent_info_exists (info))
        continue;
      /* Underscores in file names are not mnemonics. */
      parts = g_strsplit (gtk_recent_info_get_display_name (info), "_", -1);
      label = g_strjoinv ("__", parts);
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, "win.open-recent", g_variant_new_string (uri));
      g_menu_append_item (self->recent_section, item);
      n++;
    }
  if (n == 0)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("No Recent Files"), "win.no-recent");

      g_menu_append_item (self->recent_section, item);
    }

  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

static void
close_after_confirm (WfWindow *self)
{
  self->close_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static void update_read_only (WfWindow *self);

static void
session_saving_cb (WfWindow *self)
{
  update_title (self);
  update_read_only (self);
  wf_window_update_actions (self);
  /* The close asked during the save: now, or (if the work is still
   * unsaved) after the question. */
  if (!wf_session_get_saving (self->session) && self->close_after_save)
    {
      self->close_after_save = FALSE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

static void
autosave_written_cb (WfWindow     *self,
                     const GError *error)
{
  g_autofree char *message = NULL;

  if (error == NULL)
    {
      self->autosave_failed = FALSE;
      return;
    }
  g_message ("autosave: %s", error->message);
  if (self->autosave_failed)
    return;
  self->autosave_failed = TRUE;
  /* Translators: %s says why, naming the file */
  message = g_strdup_printf (_("Could not keep a copy of your changes for recovery: %s"), error->message);
  wf_window_add_toast (self, message);
}

static gboolean
wf_window_close_request (GtkWindow *window)
{
  WfWindow *self = WF_WINDOW (window);

  /* A file half written is not left behind: the window waits. */
  if (wf_session_get_saving (self->session))
    {
      self->close_after_save = TRUE;
      return TRUE;
    }

  if (!self->close_confirmed && wf_session_get_modified (self->session))
    {
      wf_window_confirm_discard (self, close_after_confirm);
      return TRUE;
    }

  wf_window_save_state (self);
  if (self->presentation != NULL)
    gtk_window_destroy (self->presentation);
  if (self->projector != NULL)
    gtk_window_destroy (self->projector);

  return GTK_WINDOW_CLASS (wf_window_parent_class)->close_request (window);
}

static void
wf_window_dispose (GObject *object)
{
  WfWindow *self = WF_WINDOW (object);

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_pointer (&self->current_binding, g_binding_unbind);
  g_clear_pointer (&self->sector_binding, g_binding_unbind);
  g_clear_pointer (&self->horizon_binding, g_binding_unbind);
  if (self->autosave != NULL)
    g_signal_handlers_disconnect_by_data (self->autosave, self);
  g_clear_object (&self->autosave);
  g_clear_weak_pointer (&self->presentation);
  g_clear_weak_pointer (&self->confirm_dialog);
  g_clear_weak_pointer (&self->projector);
  g_clear_weak_pointer (&self->sources);
  if (self->open_cancellable != NULL)
    g_cancellable_cancel (self->open_cancellable);
  g_clear_handle_id (&self->open_toast_source, g_source_remove);
  g_clear_object (&self->open_toast);
  g_clear_object (&self->opening_file);
  gtk_widget_dispose_template (GTK_WIDGET (self), WF_TYPE_WINDOW);

  G_OBJECT_CLASS (wf_window_parent_class)->dispose (object);
}

static void
wf_window_finalize (GObject *object)
{
  WfWindow *self = WF_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->session);
  g_clear_object (&self->scenario_names);

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
  gtk_widget_class_bind_template_child (widget_class, WfWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, recent_section);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, scenario_menu_button);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, scenario_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, chart_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, sector_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, compare_button);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, compare_box);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, difference_button);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, horizon_spin);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, metric_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, filter_toolbar);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, description_label);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, page_stack);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, horizon_box);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, horizon_label);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, lever_panel);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, chart_view);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, data_view);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, headline_bar);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, read_only_bar);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, read_only_label);

  wf_window_class_add_actions (widget_class);
  wf_window_class_add_workshop_actions (widget_class);
}

static void
set_accessible_label (GtkWidget  *widget,
                      const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
wf_window_init (WfWindow *self)
{
  g_autoptr(GtkStringList) charts = gtk_string_list_new (NULL);
  GtkDropTarget *drop;

  /* The session exists before the template, whose views bind to it. */
  self->settings = g_settings_new (APPLICATION_ID);
  self->session = wf_session_new ();
  wf_session_reset (self->session, g_settings_get_int (self->settings, "default-horizon"));

  g_type_ensure (WF_TYPE_CHART_VIEW);
  g_type_ensure (WF_TYPE_DATA_VIEW);
  g_type_ensure (WF_TYPE_HEADLINE_BAR);
  g_type_ensure (WF_TYPE_LEVER_PANEL);
  g_type_ensure (WF_TYPE_WRAP_BOX);
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint k = 0; k < WF_N_CHART_KINDS; k++)
    gtk_string_list_append (charts, wf_chart_kind_get_title (k));
  gtk_drop_down_set_model (self->chart_dropdown, G_LIST_MODEL (charts));

  {
    g_autoptr(GtkStringList) metrics = gtk_string_list_new (NULL);

    for (guint m = 0; m < WF_N_METRICS; m++)
      gtk_string_list_append (metrics, wf_metric_to_string (m));
    gtk_drop_down_set_model (self->metric_dropdown, G_LIST_MODEL (metrics));
  }

  self->scenario_names = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (self->scenario_dropdown, G_LIST_MODEL (self->scenario_names));
  wf_accessible_name_controls (GTK_WIDGET (self));
  quiet_tooltips_while_open (GTK_WIDGET (self));
  /* The divider takes the focus (F8 moves it). */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->paned),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Divider between the levers and the results"),
                                  -1);

  gtk_widget_set_layout_manager (gtk_widget_get_parent (GTK_WIDGET (self->window_title)),
                                 gtk_custom_layout_new (NULL, header_measure, header_allocate));
  set_accessible_label (GTK_WIDGET (self->scenario_dropdown), _("Current scenario"));
  set_up_cut_dropdown (self, self->scenario_dropdown, SCENARIO_NAME_CUT);
  set_accessible_label (GTK_WIDGET (self->chart_dropdown), _("Chart"));
  set_accessible_label (GTK_WIDGET (self->sector_dropdown), _("Sector"));
  set_up_cut_dropdown (self, self->sector_dropdown, SECTOR_NAME_CUT);
  set_accessible_label (GTK_WIDGET (self->compare_button), _("Compare with"));
  /* The horizon spin button is named by its label (its mnemonic widget):
   * a label of its own on top would read "Horizon Horizon". */
  set_up_cut_dropdown (self, self->metric_dropdown, METRIC_NAME_CUT);

  bind_dropdown (self, "chart", self->chart_dropdown, chart_to_selected, selected_to_chart);
  bind_dropdown (self, "metric", self->metric_dropdown, metric_to_selected, selected_to_metric);
  g_object_bind_property (self->session, "difference", self->difference_button, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property_full (self->session, "chart", self->difference_button, "visible",
                               G_BINDING_SYNC_CREATE, chart_needs_to_visible, NULL,
                               GUINT_TO_POINTER (WF_CHART_NEEDS_DIFFERENCE), NULL);
  g_object_bind_property_full (self->session, "chart", self->metric_dropdown, "visible",
                               G_BINDING_SYNC_CREATE, chart_needs_to_visible, NULL,
                               GUINT_TO_POINTER (WF_CHART_NEEDS_METRIC), NULL);

  g_signal_connect_swapped (self->session, "changed", G_CALLBACK (session_changed_cb), self);
  g_signal_connect_swapped (self->session, "scenarios-changed", G_CALLBACK (update_scenario_lists), self);
  g_signal_connect_swapped (self->session, "notify::current", G_CALLBACK (update_compare_menu), self);
  g_signal_connect_swapped (self->session, "notify::compared", G_CALLBACK (sync_compare_menu), self);
  g_signal_connect_swapped (self->session, "notify::current", G_CALLBACK (session_changed_cb), self);
  g_signal_connect_swapped (self->session, "notify::lens", G_CALLBACK (wf_window_update_actions), self);
  g_signal_connect_swapped (self->session, "notify::file", G_CALLBACK (session_file_changed_cb), self);
  g_signal_connect_swapped (self->session, "notify::modified", G_CALLBACK (update_title), self);
  g_signal_connect_swapped (self->session, "notify::can-undo", G_CALLBACK (wf_window_update_actions), self);
  g_signal_connect_swapped (self->session, "notify::can-redo", G_CALLBACK (wf_window_update_actions), self);
  g_signal_connect_swapped (self->session, "notify::saving", G_CALLBACK (session_saving_cb), self);

  /* Unsaved work is kept in the autosave folder until saved or discarded. */
  self->autosave = wf_autosave_new (self->session, NULL);
  g_signal_connect_swapped (self->autosave, "written", G_CALLBACK (autosave_written_cb), self);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (update_recent_menu), self, G_CONNECT_SWAPPED);
  update_recent_menu (self);

  update_dataset (self);
  update_scenario_lists (self);
  update_description (self);
  update_title (self);
  update_read_only (self);
  wf_window_update_actions (self);
  wf_window_restore_state (self);
}

/**
 * wf_window_new:
 * @application: the application the window belongs to
 *
 * Returns: (transfer none): a new main window on the bundled world scenario,
 *   owned by the toplevel list
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

static void
show_load_warnings_cb (AdwToast *toast,
                       WfWindow *self)
{
  const char * const *warnings = wf_session_get_load_warnings (self->session);
  g_autofree char *body = NULL;

  if (warnings == NULL)
    return;
  body = g_strjoinv ("\n", (char **) warnings);
  wf_window_show_error (self, _("What Was Ignored in the File"), body);
}

/* The file opened, but parts of it were not understood (a newer version's
 * additions, say): a toast says so, and lists them on demand. */
static void
show_load_warnings (WfWindow *self,
                    GFile    *file)
{
  g_autofree char *name = g_file_get_basename (file);
  /* Translators: %s is a file name */
  g_autofree char *title = g_strdup_printf (_("“%s” opened with warnings"), name);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Details"));
  adw_toast_set_timeout (toast, 0);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (show_load_warnings_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
open_file_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  WfWindow *self = g_task_get_source_object (task);
  GFile *file = g_task_get_task_data (task);
  GError *error = NULL;

  if (self->opening_file == file)
    g_clear_object (&self->opening_file);
  if (!wf_session_load_finish (WF_SESSION (object), result, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  if (wf_session_get_load_warnings (self->session) != NULL)
    show_load_warnings (self, file);
  {
    g_autofree char *uri = g_file_get_uri (file);

    gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  }
  g_task_return_boolean (task, TRUE);
}

/**
 * wf_window_open_file_async:
 * @self: a #WfWindow
 * @file: a scenario file
 *
 * Opens @file in @self, reading it in a thread. When it cannot be read,
 * wf_window_open_file_finish () returns the error, and the document already
 * open stays as it was.
 */
void
wf_window_open_file_async (WfWindow            *self,
                           GFile               *file,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (WF_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, wf_window_open_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_set_object (&self->opening_file, file);
  wf_session_load_async (self->session, file, cancellable, open_file_cb, task);
}

gboolean
wf_window_open_file_finish (WfWindow      *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* How long a read may take before the window says it is opening. */
#define OPEN_TOAST_DELAY_MS 250
/* How long a toast stays at least once shown. libadwaita 1.2 crashes
 * (a use-after-free in AdwToastOverlay) when a toast is dismissed while
 * it is still sliding in; a second is also what it takes to read it. */
#define TOAST_MIN_SHOWN_MS 1000

static gboolean
dismiss_toast_cb (gpointer user_data)
{
  adw_toast_dismiss (ADW_TOAST (user_data));
  return G_SOURCE_REMOVE;
}

/* Dismisses @toast, shown at @shown (monotonic µs), once it has been on
 * screen for TOAST_MIN_SHOWN_MS. */
static void
dismiss_toast_when_shown (AdwToast *toast,
                          gint64    shown)
{
  gint64 elapsed_ms = (g_get_monotonic_time () - shown) / 1000;

  if (elapsed_ms >= TOAST_MIN_SHOWN_MS)
    adw_toast_dismiss (toast);
  else
    g_timeout_add_full (G_PRIORITY_DEFAULT, (guint) (TOAST_MIN_SHOWN_MS - elapsed_ms),
                        dismiss_toast_cb, g_object_ref (toast), g_object_unref);
}

static void
open_finished (WfWindow *self)
{
  g_clear_handle_id (&self->open_toast_source, g_source_remove);
  if (self->open_toast != NULL && self->open_toast_shown != 0)
    dismiss_toast_when_shown (self->open_toast, self->open_toast_shown);
  self->open_toast_shown = 0;
  g_clear_object (&self->open_toast);
  g_clear_object (&self->open_cancellable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-open", FALSE);
}

/* The header bar's controls that act on the document shown. */
static void
show_document_controls (WfWindow *self,
                        gboolean  visible)
{
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->scenario_dropdown)), visible);
  gtk_widget_set_visible (self->save_button, visible);
  gtk_widget_set_visible (self->export_button, visible);
  /* Undo and Redo, in their linked box. */
  gtk_widget_set_visible (gtk_widget_get_parent (self->undo_button), visible);
}

/* The window's page for a file given at start that could not be read:
 * its name and the reason, and the ways on from there. */
static void
show_error_page (WfWindow     *self,
                 GFile        *file,
                 const GError *error)
{
  g_autofree char *name = g_file_get_basename (file);
  /* Translators: %s is a file name */
  g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);
  g_autofree char *where = g_file_get_parse_name (file);
  g_autofree char *reason = g_markup_escape_text (error->message, -1);
  g_autofree char *escaped = g_markup_escape_text (where, -1);
  /* Translators: the first %s is a file's full name, the second why it could not be opened */
  g_autofree char *body = g_strdup_printf (_("%s\n\n%s\n\nNothing else was opened or changed."),
                                           escaped, reason);

  adw_status_page_set_title (self->error_page, heading);
  adw_status_page_set_description (self->error_page, body);
  gtk_widget_set_visible (GTK_WIDGET (self->error_page), TRUE);
  /* No scenario to pick, nothing to save, undo or export on a page that
   * shows no document; their actions are off too (wf_window_update_actions ()). */
  show_document_controls (self, FALSE);
  /* The page scrolls (inside AdwStatusPage): the scroller, which a screen
   * reader lists, takes the page's heading as its name. */
  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (self->error_page));
       w != NULL; w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_SCROLLED_WINDOW (w))
      gtk_accessible_update_property (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
  gtk_stack_set_visible_child_name (self->page_stack, "error");
  update_title (self);
  wf_window_update_actions (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->error_page));
}

void
wf_window_dismiss_error_page (WfWindow *self)
{
  if (!wf_window_is_showing_error (self))
    return;
  gtk_stack_set_visible_child_name (self->page_stack, "document");
  gtk_widget_set_visible (GTK_WIDGET (self->error_page), FALSE);
  show_document_controls (self, TRUE);
  update_title (self);
  wf_window_update_actions (self);
}

/**
 * wf_window_is_showing_error:
 * @self: a #WfWindow
 *
 * Returns: whether @self shows the page of a file given at start that it
 *   could not open, instead of a document
 */
gboolean
wf_window_is_showing_error (WfWindow *self)
{
  g_return_val_if_fail (WF_IS_WINDOW (self), FALSE);
  return self->page_stack != NULL &&
         g_strcmp0 (gtk_stack_get_visible_child_name (self->page_stack), "error") == 0;
}

static void
open_file_done_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  WfWindow *self = WF_WINDOW (object);
  g_autoptr(GFile) file = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok = wf_window_open_file_finish (self, result, &error);

  open_finished (self);
  if (ok)
    {
      /* Another file opened from the error page: it is the document now. */
      self->made_for_file = FALSE;
      wf_window_dismiss_error_page (self);
      return;
    }
  /* Cancelled by the user: the document open stays, nothing to say. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (self->made_for_file)
    {
      GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
      WfWindow *other = NULL;

      /* The window was made for this file alone: an untitled document in
       * its place would be one nobody asked for. */
      self->made_for_file = FALSE;
      for (GList *l = application != NULL ? gtk_application_get_windows (application) : NULL;
           l != NULL && other == NULL; l = l->next)
        if (l->data != self && WF_IS_WINDOW (l->data) && gtk_widget_get_visible (l->data))
          other = l->data;
      if (other != NULL)
        {
          wf_window_show_open_error (other, file, error);
          gtk_window_destroy (GTK_WINDOW (self));
        }
      else
        show_error_page (self, file, error);
      return;
    }
  wf_window_show_open_error (self, file, error);
}

static gboolean
show_open_toast_cb (gpointer user_data)
{
  WfWindow *self = user_data;

  self->open_toast_source = 0;
  if (self->open_toast != NULL)
    {
      self->open_toast_shown = g_get_monotonic_time ();
      adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (self->open_toast));
    }
  return G_SOURCE_REMOVE;
}

/**
 * wf_window_open_file:
 * @self: a #WfWindow
 * @file: a scenario file
 *
 * Opens @file in @self in the background; if the read takes a moment, a
 * toast says so and offers to cancel (`win.cancel-open`); an error names
 * the file and what was wrong, in a dialog over the window.
 */
void
wf_window_open_file (WfWindow *self,
                     GFile    *file)
{
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  g_return_if_fail (WF_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* One file at a time in a window: a new open replaces the last. */
  if (self->open_cancellable != NULL)
    g_cancellable_cancel (self->open_cancellable);
  open_finished (self);
  self->made_for_file = FALSE;

  name = g_file_get_basename (file);
  /* Translators: %s is a file name */
  title = g_strdup_printf (_("Opening “%s”…"), name);
  self->open_cancellable = g_cancellable_new ();
  self->open_toast = g_object_ref_sink (adw_toast_new (title));
  adw_toast_set_timeout (self->open_toast, 0);
  adw_toast_set_button_label (self->open_toast, _("_Cancel"));
  adw_toast_set_action_name (self->open_toast, "win.cancel-open");
  self->open_toast_source = g_timeout_add (OPEN_TOAST_DELAY_MS, show_open_toast_cb, self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-open", TRUE);

  wf_window_open_file_async (self, file, self->open_cancellable, open_file_done_cb, g_object_ref (file));
}

/**
 * wf_window_open_file_at_start:
 * @self: a new #WfWindow, made for @file
 * @file: a scenario file
 *
 * Opens @file as wf_window_open_file () does; if it cannot be read, the
 * window does not stay as an untitled document: with another window open,
 * it closes and the error shows over that one, otherwise the window shows
 * the error, naming the file and the reason, as its page.
 */
void
wf_window_open_file_at_start (WfWindow *self,
                              GFile    *file)
{
  g_return_if_fail (WF_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  wf_window_open_file (self, file);
  self->made_for_file = TRUE;
}

/**
 * wf_window_has_file:
 * @self: a #WfWindow
 * @file: a scenario file
 *
 * Returns: whether @self shows @file (its session's file) or is reading it
 */
gboolean
wf_window_has_file (WfWindow *self,
                    GFile    *file)
{
  GFile *shown;

  g_return_val_if_fail (WF_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  shown = wf_session_get_file (self->session);
  return (self->opening_file != NULL && wf_application_files_equal (self->opening_file, file)) ||
         (shown != NULL && wf_application_files_equal (shown, file));
}

/**
 * wf_window_is_opening:
 * @self: a #WfWindow
 *
 * Returns: whether a file is being read by wf_window_open_file ()
 */
gboolean
wf_window_is_opening (WfWindow *self)
{
  g_return_val_if_fail (WF_IS_WINDOW (self), FALSE);
  return self->open_cancellable != NULL;
}

/* win.cancel-open: stop reading the file being opened. */
void
wf_window_cancel_open (WfWindow *self)
{
  g_return_if_fail (WF_IS_WINDOW (self));
  if (self->open_cancellable != NULL)
    g_cancellable_cancel (self->open_cancellable);
}

void
wf_window_show_open_error (WfWindow     *self,
                           GFile        *file,
                           const GError *error)
{
  g_autofree char *name = g_file_get_basename (file);
  /* Translators: %s is a file name */
  g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);

  wf_window_show_error (self, heading, error->message);
}

/**
 * wf_window_recover:
 * @self: a #WfWindow
 * @document: (transfer full): the document of @entry
 * @entry: an autosave left by a process that is gone
 *
 * Shows recovered work: modified, tied to the file it belongs to (the
 * first Save there asks first), and kept in @entry's autosave files.
 */
void
wf_window_recover (WfWindow              *self,
                   WfDocument            *document,
                   const WfAutosaveEntry *entry)
{
  g_autoptr(GFile) original = NULL;

  g_return_if_fail (WF_IS_WINDOW (self));
  g_return_if_fail (document != NULL);
  g_return_if_fail (entry != NULL);

  original = wf_autosave_entry_get_original (entry);
  wf_session_recover (self->session, document, original);
  wf_autosave_adopt (self->autosave, entry);
  self->confirm_overwrite = original != NULL;
}

/**
 * wf_window_is_untouched:
 * @self: a #WfWindow
 *
 * Returns: whether @self shows a new document, unchanged, that a file
 *   opened may replace
 */
gboolean
wf_window_is_untouched (WfWindow *self)
{
  g_return_val_if_fail (WF_IS_WINDOW (self), FALSE);
  return wf_session_get_file (self->session) == NULL &&
         !wf_session_get_modified (self->session) &&
         !wf_window_is_opening (self);
}

WfSession *
wf_window_get_session (WfWindow *self)
{
  g_return_val_if_fail (WF_IS_WINDOW (self), NULL);
  return self->session;
}

WfAutosave *
wf_window_get_autosave (WfWindow *self)
{
  g_return_val_if_fail (WF_IS_WINDOW (self), NULL);
  return self->autosave;
}

GtkWidget *
wf_window_get_lever_panel (WfWindow *self)
{
  g_return_val_if_fail (WF_IS_WINDOW (self), NULL);
  return self->lever_panel;
}

GtkWidget *
wf_window_get_headline_bar (WfWindow *self)
{
  g_return_val_if_fail (WF_IS_WINDOW (self), NULL);
  return self->headline_bar;
}

GtkWindow *
wf_window_get_presentation (WfWindow *self)
{
  g_return_val_if_fail (WF_IS_WINDOW (self), NULL);
  return self->presentation;
}
