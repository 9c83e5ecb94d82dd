/* wf-sources-window.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where each number comes from: the dataset's own source records and the
 * levers' citations, with the provenance tags of docs/sources.md shown as
 * badges. The page is rebuilt only when the
 * dataset differs from the one shown, not on every lever move.
 */
#define G_LOG_DOMAIN "wf-sources-window"

#include "config.h"

#include <glib/gi18n.h>

#include "wf-sources-window.h"

struct _WfSourcesWindow
{
  AdwPreferencesWindow  parent_instance;

  WfSession            *session;
  WfDataset            *shown;  /* a copy of the dataset on display */
  AdwPreferencesPage   *page;
};

G_DEFINE_FINAL_TYPE (WfSourcesWindow, wf_sources_window, ADW_TYPE_PREFERENCES_WINDOW)

static const char * const provenance_classes[WF_N_PROVENANCES] = {
  [WF_PROVENANCE_PRIMARY] = "provenance-primary",
  [WF_PROVENANCE_SECONDARY] = "provenance-secondary",
  [WF_PROVENANCE_ASSUMPTION] = "provenance-assumption",
  [WF_PROVENANCE_DERIVED] = "provenance-derived",
};

static GtkWidget *
provenance_badge_new (WfProvenance provenance)
{
  g_autofree char *text = NULL;
  GtkWidget *label;

  g_return_val_if_fail (provenance < WF_N_PROVENANCES, NULL);

  /* Translators: a provenance badge; the first %s is a one-letter tag
   * such as "D", the second its name, e.g. "[D] Derived". */
  text = g_strdup_printf (_("[%s] %s"), wf_provenance_to_tag (provenance),
                          wf_provenance_to_string (provenance));
  label = gtk_label_new (text);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "provenance-badge");
  gtk_widget_add_css_class (label, provenance_classes[provenance]);
  gtk_widget_add_css_class (label, "caption-heading");
  return label;
}

/* A row of plain text: the data's strings are not Pango markup. */
static GtkWidget *
text_row_new (const char *title,
              const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static GtkWidget *
group_new (const char *title,
           const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  if (title != NULL)
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  return group;
}

static GtkWidget *
intro_group_new (const WfDataset *dataset)
{
  GtkWidget *group = group_new (NULL,
                                _("Every table and lever carries a tag saying where it comes from: "
                                  "[P] read in the primary source or its data file, "
                                  "[S] quoted from the primary source by a secondary copy, "
                                  "[A] an assumption or judgement, "
                                  "[D] derived by calculation or calibration."));

  if (dataset->id != NULL && g_str_has_prefix (dataset->id, "world-"))
    {
      GtkWidget *row = text_row_new (_("A calibrated illustration"),
                                     _("The bundled world dataset matches published world totals, "
                                       "but its split by sector and sex rests on order-of-magnitude "
                                       "judgements. Import an ILOSTAT file for a country’s real "
                                       "figures before drawing conclusions."));
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Warning"),
                                      -1);
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Import…"));

      gtk_widget_add_css_class (icon, "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, _("Import from ILOSTAT"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "sources.import-ilostat");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_widget_add_css_class (row, "calibration-warning");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  return group;
}

static GtkWidget *
dataset_group_new (const WfDataset *dataset)
{
  GtkWidget *group = group_new (_("Dataset"), NULL);
  g_autofree char *base_year = g_strdup_printf ("%d", dataset->base_year);
  g_autofree char *area = wf_dataset_dup_display_area (dataset);
  const struct {
    const char *title;
    const char *value;
  } rows[] = {
    { _("Title"), wf_dataset_get_display_title (dataset) },
    { _("Area"), area },
    { _("Edition"), wf_dataset_get_display_edition (dataset) },
    { _("Base year"), base_year },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      GtkWidget *row = text_row_new (rows[i].title,
                                     rows[i].value != NULL && *rows[i].value != '\0'
                                     ? rows[i].value : _("Not given"));

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  return group;
}

/* A button that shows a long note in a popover: the row stays an action
 * row, whose title and subtitle (the citation) the window's search finds,
 * and the note is one click away. */
static GtkWidget *
note_button_new (const char *title,
                 const char *note)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *label = gtk_label_new (note);
  g_autofree char *name = NULL;

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "help-about-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  /* No tooltip: it would cover the popover's heading; the group's
   * description says what the button does. */
  /* Translators: the accessible name of a button; %s is a table's name */
  name = g_strdup_printf (_("How the values of “%s” were obtained"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);

  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0.0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
  gtk_widget_add_css_class (label, "source-note");
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);

  return button;
}

static GtkWidget *
table_row_new (const WfDataset *dataset,
               WfTable          table)
{
  const char *citation = wf_dataset_get_display_citation (dataset, table);
  const char *note = wf_dataset_get_display_note (dataset, table);
  GtkWidget *row = text_row_new (wf_table_to_string (table),
                                 citation != NULL ? citation : _("No source recorded"));

  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             provenance_badge_new (dataset->sources[table].provenance));
  if (note != NULL)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               note_button_new (wf_table_to_string (table), note));
  gtk_widget_add_css_class (row, "table-source");

  return row;
}

static GtkWidget *
tables_group_new (const WfDataset *dataset)
{
  GtkWidget *group = group_new (_("Tables of the Dataset"),
                                _("Search finds a table by its name or its source; the button beside it "
                                  "tells how its values were obtained."));

  for (guint t = 0; t < WF_N_TABLES; t++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               table_row_new (dataset, t));
  return group;
}

static GtkWidget *
levers_group_new (WfLeverGroup lever_group)
{
  g_autofree char *title = NULL;
  GtkWidget *group;

  /* Translators: a group title; %s is "Assumptions" or "Policies". */
  title = g_strdup_printf (_("Levers: %s"), wf_lever_group_to_string (lever_group));
  group = group_new (title, NULL);

  for (guint l = 0; l < WF_N_LEVERS; l++)
    {
      const WfLeverInfo *info = wf_lever_get_info (l);
      GtkWidget *row;

      if (info->group != lever_group)
        continue;
      row = text_row_new (wf_lever_get_label (l),
                          wf_lever_get_source (l) != NULL
                          ? wf_lever_get_source (l) : _("No source recorded"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), provenance_badge_new (info->provenance));
      gtk_widget_add_css_class (row, "lever-source");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  return group;
}

/* The bundled scenarios are numbers the application ships too. */
static GtkWidget *
presets_group_new (void)
{
  GtkWidget *group = group_new (_("Scenario Presets"), NULL);

  for (guint p = 0; p < WF_N_PRESETS; p++)
    {
      WfProvenance provenance;
      const char *note = NULL;
      const char *source = wf_preset_get_source (p, &provenance, &note);
      GtkWidget *row = text_row_new (wf_preset_get_name (p),
                                     source != NULL && *source != '\0'
                                     ? source : _("No source recorded"));

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), provenance_badge_new (provenance));
      if (note != NULL && *note != '\0')
        adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                   note_button_new (wf_preset_get_name (p), note));
      gtk_widget_add_css_class (row, "preset-source");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  return group;
}

static void
rebuild (WfSourcesWindow *self)
{
  const WfDataset *dataset = wf_session_get_document (self->session)->dataset;
  AdwPreferencesPage *page;

  if (self->shown != NULL && wf_dataset_equal (self->shown, dataset))
    return;
  g_clear_pointer (&self->shown, wf_dataset_free);
  self->shown = wf_dataset_copy (dataset);

  page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  adw_preferences_page_set_title (page, _("Sources"));
  adw_preferences_page_set_icon_name (page, "help-about-symbolic");
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (intro_group_new (dataset)));
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (dataset_group_new (dataset)));
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (tables_group_new (dataset)));
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (levers_group_new (WF_LEVER_GROUP_ASSUMPTION)));
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (levers_group_new (WF_LEVER_GROUP_POLICY)));
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (presets_group_new ()));

  if (self->page != NULL)
    adw_preferences_window_remove (ADW_PREFERENCES_WINDOW (self), self->page);
  self->page = page;
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), page);
}

static void
session_changed_cb (WfSourcesWindow *self)
{
  rebuild (self);
}

static void
wf_sources_window_dispose (GObject *object)
{
  WfSourcesWindow *self = WF_SOURCES_WINDOW (object);

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);
  self->page = NULL;

  G_OBJECT_CLASS (wf_sources_window_parent_class)->dispose (object);
}

static void
wf_sources_window_finalize (GObject *object)
{
  WfSourcesWindow *self = WF_SOURCES_WINDOW (object);

  g_clear_pointer (&self->shown, wf_dataset_free);

  G_OBJECT_CLASS (wf_sources_window_parent_class)->finalize (object);
}

/* The import belongs to the main window, which this one is transient for:
 * its action opens the dialog there, and this window steps aside. */
static void
wf_sources_window_import_ilostat_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *parameter)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (widget));

  if (parent == NULL)
    return;
  gtk_widget_activate_action (GTK_WIDGET (parent), "win.import-ilostat", NULL);
  gtk_window_close (GTK_WINDOW (widget));
}

static void
wf_sources_window_class_init (WfSourcesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wf_sources_window_dispose;
  object_class->finalize = wf_sources_window_finalize;

  gtk_widget_class_install_action (widget_class, "sources.import-ilostat", NULL,
                                   wf_sources_window_import_ilostat_action);
}

static void
wf_sources_window_init (WfSourcesWindow *self)
{
  gtk_window_set_title (GTK_WINDOW (self), _("Sources and Provenance"));
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 720);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
}

/**
 * wf_sources_window_new:
 * @parent: (nullable): the window it belongs to
 * @session: the session whose dataset to describe
 *
 * Returns: (transfer none): the window, not yet shown
 */
GtkWindow *
wf_sources_window_new (GtkWindow *parent,
                       WfSession *session)
{
  WfSourcesWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (WF_IS_SESSION (session), NULL);

  self = g_object_new (WF_TYPE_SOURCES_WINDOW,
                       "transient-for", parent,
                       NULL);
  self->session = g_object_ref (session);
  g_signal_connect_swapped (session, "changed", G_CALLBACK (session_changed_cb), self);
  rebuild (self);

  return GTK_WINDOW (self);
}
