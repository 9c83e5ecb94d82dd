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

static guint
chart_kinds (WfChartKind *out)
{
  guint n = 0;

  for (guint k = 0; k < WF_N_CHART_KINDS; k++)
    if (wf_chart_kind_is_available (k))
      {
        if (out != NULL)
          out[n] = k;
        n++;
      }
  return n;
}

guint
wf_window_get_n_chart_kinds (void)
{
  return chart_kinds (NULL);
}

WfChartKind
wf_window_get_chart_kind_at (guint position)
{
  WfChartKind kinds[WF_N_CHART_KINDS];
  guint n = chart_kinds (kinds);

  g_return_val_if_fail (position < n, WF_CHART_EMPLOYMENT);
  return kinds[position];
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

static void
update_title (WfWindow *self)
{
  g_autofree char *name = wf_session_dup_display_name (self->session);
  g_autofree char *title = NULL;
  const WfDocument *document = wf_session_get_document (self->session);

  /* The unsaved-changes mark of GNOME applications. */
  if (wf_session_get_modified (self->session))
    title = g_strdup_printf ("• %s", name);
  else
    title = g_strdup (name);

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, wf_dataset_get_display_title (document->dataset));
  {
    g_autofree char *window_title = g_strdup_printf ("%s – %s", title, _("Workforce Foresight"));

    gtk_window_set_title (GTK_WINDOW (self), window_title);
  }
}

static void
sync_scenarios (WfWindow *self)
{
  guint n = wf_session_get_n_scenarios (self->session);
  guint current = wf_session_get_current (self->session);
  const WfViewState *view = wf_session_get_view (self->session);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GPtrArray) compare = g_ptr_array_new ();
  guint compare_selected = 0;

  self->syncing = TRUE;

  g_ptr_array_add (compare, (gpointer) _("Compare with nothing"));
  for (guint i = 0; i < n; i++)
    {
      const WfScenario *scenario = wf_session_get_scenario (self->session, i);

      g_ptr_array_add (names, scenario->name);
      g_ptr_array_add (compare, scenario->name);
      if (view->compared != NULL && view->compared->len > 0 &&
          g_strcmp0 (g_ptr_array_index (view->compared, 0), scenario->name) == 0)
        compare_selected = i + 1;
    }
  g_ptr_array_add (names, NULL);
  g_ptr_array_add (compare, NULL);

  gtk_string_list_splice (self->scenario_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->scenario_names)),
                          (const char * const *) names->pdata);
  gtk_string_list_splice (self->compare_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->compare_names)),
                          (const char * const *) compare->pdata);
  gtk_drop_down_set_selected (self->scenario_dropdown, current);
  gtk_drop_down_set_selected (self->compare_dropdown, compare_selected);

  self->syncing = FALSE;
}

static void
sync_view (WfWindow *self)
{
  const WfViewState *view = wf_session_get_view (self->session);
  const WfDocument *document = wf_session_get_document (self->session);
  const WfScenario *scenario = wf_session_get_current_scenario (self->session);
  WfChartKind kind = wf_session_get_chart_kind (self->session);
  guint n_kinds = wf_window_get_n_chart_kinds ();
  int sector = view->sector_filter ? wf_dataset_find_sector (document->dataset, view->sector_filter) : -1;

  self->syncing = TRUE;

  for (guint i = 0; i < n_kinds; i++)
    if (wf_window_get_chart_kind_at (i) == kind)
      gtk_drop_down_set_selected (self->chart_dropdown, i);
  gtk_drop_down_set_selected (self->sector_dropdown, sector < 0 ? 0 : (guint) sector + 1);
  gtk_widget_set_visible (GTK_WIDGET (self->difference_button), kind == WF_CHART_COMPARE);
  gtk_widget_set_visible (GTK_WIDGET (self->metric_dropdown),
                          kind == WF_CHART_TORNADO || kind == WF_CHART_ATTRIBUTION);
  gtk_drop_down_set_selected (self->metric_dropdown, wf_session_get_metric (self->session));
  gtk_spin_button_set_range (self->horizon_spin, document->dataset->base_year + 1,
                             document->dataset->base_year + WF_MAX_HORIZON_SPAN);
  gtk_spin_button_set_value (self->horizon_spin, wf_session_get_horizon (self->session));
  gtk_label_set_label (self->description_label, scenario->description);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->description_label), scenario->description);
  gtk_widget_set_visible (GTK_WIDGET (self->description_label),
                          scenario->description != NULL && *scenario->description != '\0');

  self->syncing = FALSE;

  wf_window_update_actions (self);
}

static void
sync_sectors (WfWindow *self)
{
  const WfDocument *document = wf_session_get_document (self->session);
  g_autoptr(GtkStringList) sectors = gtk_string_list_new (NULL);

  self->syncing = TRUE;
  gtk_string_list_append (sectors, _("All sectors"));
  for (guint s = 0; s < document->dataset->n_sectors; s++)
    gtk_string_list_append (sectors, wf_dataset_get_sector_label (document->dataset, s));
  gtk_drop_down_set_model (self->sector_dropdown, G_LIST_MODEL (sectors));
  self->syncing = FALSE;
}

static void
session_changed_cb (WfWindow *self)
{
  update_title (self);
  sync_view (self);
}

static void
session_scenarios_changed_cb (WfWindow *self)
{
  sync_scenarios (self);
}

static void
session_view_changed_cb (WfWindow *self)
{
  sync_scenarios (self);
  sync_view (self);
}

static void
session_file_changed_cb (WfWindow *self)
{
  sync_sectors (self);
  update_title (self);
  sync_view (self);
}

static void
scenario_selected_cb (WfWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->scenario_dropdown);

  if (self->syncing || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (selected < wf_session_get_n_scenarios (self->session))
    wf_session_set_current (self->session, selected);
}

static void
chart_selected_cb (WfWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->chart_dropdown);

  if (self->syncing || selected >= wf_window_get_n_chart_kinds ())
    return;
  wf_session_set_chart (self->session, wf_chart_kind_to_id (wf_window_get_chart_kind_at (selected)));
}

static void
sector_selected_cb (WfWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->sector_dropdown);
  const WfDataset *dataset = wf_session_get_document (self->session)->dataset;

  if (self->syncing || selected == GTK_INVALID_LIST_POSITION)
    return;
  wf_session_set_sector_filter (self->session,
                                selected == 0 || selected > dataset->n_sectors
                                ? NULL : dataset->sectors[selected - 1].id);
}

static void
compare_selected_cb (WfWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->compare_dropdown);

  if (self->syncing || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (selected == 0 || selected > wf_session_get_n_scenarios (self->session))
    wf_session_set_compared (self->session, NULL);
  else
    wf_session_set_compared (self->session, wf_session_get_scenario (self->session, selected - 1)->name);
}

static void
metric_selected_cb (WfWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->metric_dropdown);

  if (self->syncing || selected >= WF_N_METRICS)
    return;
  wf_session_set_metric (self->session, selected);
}

static void
horizon_changed_cb (WfWindow *self)
{
  if (self->syncing)
    return;
  wf_session_set_horizon (self->session, gtk_spin_button_get_value_as_int (self->horizon_spin));
}

static void
difference_toggled_cb (WfWindow *self)
{
  gboolean difference = gtk_toggle_button_get_active (self->difference_button);

  wf_chart_view_set_difference (WF_CHART_VIEW (self->chart_view), difference);
  wf_data_view_set_difference (WF_DATA_VIEW (self->data_view), difference);
  if (self->presentation != NULL)
    wf_presentation_window_set_difference (WF_PRESENTATION_WINDOW (self->presentation), difference);
  if (self->projector != NULL)
    wf_presentation_window_set_difference (WF_PRESENTATION_WINDOW (self->projector), difference);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         WfWindow      *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = g_value_get_boxed (value);
  for (GSList *l = files; l != NULL; l = l->next)
    {
      /* The first file replaces an untouched document; the others (or all,
       * when there is work to keep) open in windows of their own. */
      if (l == files && wf_session_get_file (self->session) == NULL &&
          !wf_session_get_modified (self->session))
        wf_window_open_file (self, l->data);
      else
        {
          WfWindow *window = wf_window_new (gtk_window_get_application (GTK_WINDOW (self)));

          wf_window_open_file (window, l->data);
          gtk_window_present (GTK_WINDOW (window));
        }
    }

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

static gboolean
wf_window_close_request (GtkWindow *window)
{
  WfWindow *self = WF_WINDOW (window);

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
  g_clear_weak_pointer (&self->presentation);
  g_clear_weak_pointer (&self->projector);
  g_clear_weak_pointer (&self->sources);
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
  g_clear_object (&self->compare_names);

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
  gtk_widget_class_bind_template_child (widget_class, WfWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, chart_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, sector_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, compare_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, difference_button);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, horizon_spin);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, metric_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, filter_toolbar);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, description_label);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, WfWindow, headline_box);

  wf_window_class_add_actions (widget_class);
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

  g_type_ensure (WF_TYPE_CHART_VIEW);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
  self->session = wf_session_new ();
  wf_session_reset (self->session, g_settings_get_int (self->settings, "default-horizon"));

  self->lever_panel = wf_lever_panel_new (self->session);
  gtk_widget_set_size_request (self->lever_panel, 300, -1);
  gtk_paned_set_start_child (self->paned, self->lever_panel);

  self->chart_view = wf_chart_view_new (self->session);
  self->data_view = wf_data_view_new (self->session);
  gtk_stack_add_named (self->view_stack, self->chart_view, "chart");
  gtk_stack_add_named (self->view_stack, self->data_view, "data");

  self->headline_bar = wf_headline_bar_new (self->session);
  gtk_widget_set_hexpand (self->headline_bar, TRUE);
  gtk_box_append (self->headline_box, self->headline_bar);

  for (guint i = 0; i < wf_window_get_n_chart_kinds (); i++)
    gtk_string_list_append (charts, wf_chart_kind_get_title (wf_window_get_chart_kind_at (i)));
  gtk_drop_down_set_model (self->chart_dropdown, G_LIST_MODEL (charts));

  /* The filters wrap onto a second line in a narrow window; the flow box's
   * own children are only containers, not stops for the keyboard. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->filter_toolbar));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  {
    g_autoptr(GtkStringList) metrics = gtk_string_list_new (NULL);

    for (guint m = 0; m < WF_N_METRICS; m++)
      gtk_string_list_append (metrics, wf_metric_to_string (m));
    gtk_drop_down_set_model (self->metric_dropdown, G_LIST_MODEL (metrics));
  }

  self->scenario_names = gtk_string_list_new (NULL);
  self->compare_names = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (self->scenario_dropdown, G_LIST_MODEL (self->scenario_names));
  gtk_drop_down_set_model (self->compare_dropdown, G_LIST_MODEL (self->compare_names));

  set_accessible_label (GTK_WIDGET (self->scenario_dropdown), _("Current scenario"));
  set_accessible_label (GTK_WIDGET (self->chart_dropdown), _("Chart"));
  set_accessible_label (GTK_WIDGET (self->sector_dropdown), _("Sector"));
  set_accessible_label (GTK_WIDGET (self->compare_dropdown), _("Compare with"));
  set_accessible_label (GTK_WIDGET (self->horizon_spin), _("Horizon"));
  set_accessible_label (GTK_WIDGET (self->metric_dropdown), _("Outcome explained"));

  g_signal_connect_swapped (self->scenario_dropdown, "notify::selected", G_CALLBACK (scenario_selected_cb), self);
  g_signal_connect_swapped (self->chart_dropdown, "notify::selected", G_CALLBACK (chart_selected_cb), self);
  g_signal_connect_swapped (self->sector_dropdown, "notify::selected", G_CALLBACK (sector_selected_cb), self);
  g_signal_connect_swapped (self->compare_dropdown, "notify::selected", G_CALLBACK (compare_selected_cb), self);
  g_signal_connect_swapped (self->difference_button, "toggled", G_CALLBACK (difference_toggled_cb), self);
  g_signal_connect_swapped (self->horizon_spin, "value-changed", G_CALLBACK (horizon_changed_cb), self);
  g_signal_connect_swapped (self->metric_dropdown, "notify::selected", G_CALLBACK (metric_selected_cb), self);

  g_signal_connect_swapped (self->session, "changed", G_CALLBACK (session_changed_cb), self);
  g_signal_connect_swapped (self->session, "scenarios-changed", G_CALLBACK (session_scenarios_changed_cb), self);
  g_signal_connect_swapped (self->session, "view-changed", G_CALLBACK (session_view_changed_cb), self);
  g_signal_connect_swapped (self->session, "notify::file", G_CALLBACK (session_file_changed_cb), self);
  g_signal_connect_swapped (self->session, "notify::modified", G_CALLBACK (update_title), self);
  g_signal_connect_swapped (self->session, "notify::can-undo", G_CALLBACK (wf_window_update_actions), self);
  g_signal_connect_swapped (self->session, "notify::can-redo", G_CALLBACK (wf_window_update_actions), self);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (update_recent_menu), self, G_CONNECT_SWAPPED);
  update_recent_menu (self);

  sync_sectors (self);
  sync_scenarios (self);
  sync_view (self);
  update_title (self);
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

/**
 * wf_window_open_file:
 * @self: a #WfWindow
 * @file: a scenario file
 *
 * Opens @file in @self. When it cannot be read, an error names the file and
 * what was wrong, and the document already open stays as it was.
 *
 * Returns: %TRUE if the file was opened
 */
gboolean
wf_window_open_file (WfWindow *self,
                     GFile    *file)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (WF_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!wf_session_load (self->session, file, &error))
    {
      wf_window_show_open_error (self, file, error);
      return FALSE;
    }

  {
    g_autofree char *uri = g_file_get_uri (file);

    gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  }
  return TRUE;
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

WfSession *
wf_window_get_session (WfWindow *self)
{
  g_return_val_if_fail (WF_IS_WINDOW (self), NULL);
  return self->session;
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
