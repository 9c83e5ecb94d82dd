/* wf-data-view.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The accessible alternative to every chart: the rows of the chart's data
 * export ("Data, CSV" and "Data, JSON", wf_chart_tidy_write), one
 * observation a row, in a GtkColumnView a keyboard and a screen reader can
 * walk. The file has ids and C-locale numbers for programs; the table shows
 * the same rows for people: sector labels, translated sexes and
 * indicators, numbers grouped for the locale, the unit in the value's
 * header. It sorts by any column and keeps to one indicator on request.
 *
 * Over AT-SPI, GTK 4.8 shows a column view as a "tree table", its headers
 * as "fillers" named after their type (it has no AT-SPI role for a column
 * header) and its cells named after theirs, so a screen reader cannot tell
 * which column a cell is in: the view makes the table a grid (a "table"),
 * names the headers after their titles, and names each cell after its
 * text and describes it by its column's header, as a description and a
 * "described by" relation (docs/data-format.md, "The Data view").
 *
 * The table is only rebuilt while the view is on screen, since the chart and
 * the data view live in a stack and only one of them is visible.
 */
#define G_LOG_DOMAIN "wf-data-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "wf-chart-tidy.h"
#include "wf-data-view.h"

/* One row of the export. Its strings are interned: the rows of a chart
 * share a few hundred labels, and a lever move rebuilds every row. */
struct _WfDataViewRow
{
  GObject      parent_instance;

  const char  *text[WF_DATA_VIEW_N_COLUMNS];  /* NULL when empty; the value's is NULL */
  const char  *indicator;                     /* its id */
  const char  *statistic;                     /* its id */
  int          year;
  double       value;
  int          digits;                        /* decimals of the value */
};

G_DEFINE_FINAL_TYPE (WfDataViewRow, wf_data_view_row, G_TYPE_OBJECT)

struct _WfDataView
{
  GtkWidget            parent_instance;

  WfSession           *session;
  GListStore          *rows;
  GtkFilter           *filter;
  GtkFilterListModel  *filtered;
  GtkSortListModel    *sorted;
  GtkColumnViewColumn *columns[WF_DATA_VIEW_N_COLUMNS];
  GtkWidget           *titles[WF_DATA_VIEW_N_COLUMNS];  /* the header widgets */
  GPtrArray           *indicators;  /* (element-type utf8): interned ids, [0] NULL for all */
  const char          *indicator;   /* interned id shown, or NULL for all */
  GHashTable          *bound;       /* (element-type GtkListItem): the cells on screen */
  gboolean             stale;
  guint                rebuild_source;  /* the rebuild of a burst of changes, when idle */
  gboolean             updating;

  /* Template children */
  GtkLabel            *title_label;
  GtkLabel            *subtitle_label;
  GtkWidget           *indicator_box;
  GtkDropDown         *indicator_dropdown;
  GtkColumnView       *column_view;
};

G_DEFINE_FINAL_TYPE (WfDataView, wf_data_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const column_titles[WF_DATA_VIEW_N_COLUMNS] = {
  [WF_DATA_VIEW_SCENARIO] = NC_("data column", "Scenario"),
  [WF_DATA_VIEW_YEAR] = NC_("data column", "Year"),
  [WF_DATA_VIEW_SECTOR] = NC_("data column", "Sector"),
  [WF_DATA_VIEW_SKILL] = NC_("data column", "Skill"),
  [WF_DATA_VIEW_LEVER] = NC_("data column", "Lever"),
  [WF_DATA_VIEW_SEX] = NC_("data column", "Sex"),
  [WF_DATA_VIEW_INDICATOR] = NC_("data column", "Indicator"),
  [WF_DATA_VIEW_STATISTIC] = NC_("data column", "Statistic"),
  [WF_DATA_VIEW_VALUE] = NC_("data column", "Value"),
  [WF_DATA_VIEW_UNIT] = NC_("data column", "Unit"),
  [WF_DATA_VIEW_PROVENANCE] = NC_("data column", "Provenance"),
};

static void
wf_data_view_row_class_init (WfDataViewRowClass *klass)
{
}

static void
wf_data_view_row_init (WfDataViewRow *self)
{
  self->value = NAN;
}

static char *
format_value (double value,
              int    digits)
{
  g_autofree char *text = NULL;

  if (!isfinite (value))
    return g_strdup ("—");

  /* As the charts write numbers: grouped for the locale with a space that
   * shows (French), never "-0.0". */
  text = wf_chart_format_style (NULL, value, digits);
  /* A true minus sign, as the charts draw it. */
  if (text[0] == '-')
    return g_strconcat ("−", text + 1, NULL);
  return g_steal_pointer (&text);
}

/**
 * wf_data_view_row_dup_text:
 * @row: a row of the view
 * @column: a column
 *
 * Returns: (transfer full): what the cell shows, "" when empty
 */
char *
wf_data_view_row_dup_text (WfDataViewRow    *row,
                           WfDataViewColumn  column)
{
  g_return_val_if_fail (WF_IS_DATA_VIEW_ROW (row), NULL);
  g_return_val_if_fail (column < WF_DATA_VIEW_N_COLUMNS, NULL);

  if (column == WF_DATA_VIEW_VALUE)
    return format_value (row->value, row->digits);
  return g_strdup (row->text[column] != NULL ? row->text[column] : "");
}

double
wf_data_view_row_get_value (WfDataViewRow *row)
{
  g_return_val_if_fail (WF_IS_DATA_VIEW_ROW (row), NAN);
  return row->value;
}

const char *
wf_data_view_row_get_indicator (WfDataViewRow *row)
{
  g_return_val_if_fail (WF_IS_DATA_VIEW_ROW (row), NULL);
  return row->indicator;
}

/* The names people read for the ids of the export. */

static const char *
sex_name (const char *id)
{
  if (id == NULL)
    return NULL;
  if (g_str_equal (id, "women"))
    return _("Women");
  if (g_str_equal (id, "men"))
    return _("Men");
  if (g_str_equal (id, "unknown"))
    return _("Sex unknown");
  if (g_str_equal (id, WF_TIDY_TOTAL))
    return _("Women and men");
  if (g_str_equal (id, "gap"))
    /* Translators: in the Data view's Sex column: an ensemble's difference
     * of women's figure from men's, run by run. */
    return _("Gap (women − men)");
  return id;
}

static const char *
statistic_name (const char *id)
{
  static const struct { const char *id; const char *context; const char *name; } names[] = {
    /* A projection's one number. */
    { "value", "statistic", NC_("statistic", "Projection") },
    /* A tornado's. */
    { "central", "statistic", NC_("statistic", "Central") },
    { "low", "statistic", NC_("statistic", "Low") },
    { "high", "statistic", NC_("statistic", "High") },
    { "swing", "statistic", NC_("statistic", "Swing") },
    /* An attribution's. */
    { "reference", "statistic", NC_("statistic", "Reference") },
    { "contribution", "statistic", NC_("statistic", "Contribution") },
    { "scenario", "statistic", NC_("statistic", "Scenario") },
  };

  if (id == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (id, names[i].id))
      return g_dpgettext2 (GETTEXT_PACKAGE, names[i].context, names[i].name);
  /* The percentiles of an ensemble: p5 … p95, as written. */
  return id;
}

static const char *
unit_name (const char *unit,
           double      multiplier)
{
  gboolean thousands = multiplier == 1000.0;

  if (unit == NULL || *unit == '\0')
    return NULL;
  if (g_str_equal (unit, "persons") && (thousands || multiplier == 1.0))
    return thousands ? _("thousands of people") : _("people");
  if (g_str_equal (unit, "job-equivalents") && (thousands || multiplier == 1.0))
    return thousands ? _("thousands of job-equivalents") : _("job-equivalents");
  if (g_str_equal (unit, "share") && multiplier == 1.0)
    /* Translators: the unit of a share, as in the Data view's header
     * "Value (share, 0 to 1)". */
    return _("share, 0 to 1");
  if (g_str_equal (unit, "index") && multiplier == 1.0)
    return C_("unit", "index");
  if (isfinite (multiplier) && multiplier != 1.0)
    {
      g_autofree char *factor = wf_chart_format_style (NULL, multiplier, 0);
      /* Translators: a unit the Data view has no name for, with the
       * multiplier of its values: "%s × %s" is e.g. "1 000 × persons". */
      g_autofree char *text = g_strdup_printf (_("%s × %s"), factor, unit);

      return g_intern_string (text);
    }
  return unit;
}

/* The indicator names of the model's outputs, labour market and metrics,
 * by id; the few others the export writes have their own. */
static GHashTable *
indicator_names_new (void)
{
  static const struct { const char *id; const char *name; } others[] = {
    { "baseline-employment", N_("Employment without the AI push") },
    { "net-change-vs-baseline", N_("Net change from the baseline") },
    { "skill-demand", N_("Skill demand") },
    { "skill-index", N_("Skill demand index (base year = 100)") },
    { "lever-value", N_("Value of the lever") },
  };
  GHashTable *names = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    g_hash_table_insert (names, (gpointer) others[i].id, (gpointer) _(others[i].name));
  for (guint m = 0; m < WF_N_METRICS; m++)
    g_hash_table_insert (names, (gpointer) wf_metric_to_id (m), (gpointer) wf_metric_to_string (m));
  for (guint o = 0; o < WF_N_LABOUR_OUTPUTS; o++)
    g_hash_table_insert (names, (gpointer) wf_labour_output_to_id (o),
                         (gpointer) wf_labour_output_to_string (o));
  for (guint o = 0; o < WF_N_OUTPUTS; o++)
    g_hash_table_insert (names, (gpointer) wf_output_to_id (o), (gpointer) wf_output_to_string (o));
  return names;
}

static const char *
provenance_name (const char *id)
{
  if (id == NULL)
    return NULL;
  for (guint p = 0; p < WF_N_PROVENANCES; p++)
    if (g_str_equal (id, wf_provenance_to_id (p)))
      return wf_provenance_to_string (p);
  return id;
}

/* Levers by their labels; an attribution's part of several levers has
 * their ids joined by "+". */
static const char *
lever_name (const char *id)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GString) name = NULL;

  if (id == NULL)
    return NULL;
  parts = g_strsplit (id, "+", -1);
  name = g_string_new (NULL);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      WfLever lever;

      if (i > 0)
        g_string_append (name, " + ");
      g_string_append (name, wf_lever_from_id (parts[i], &lever) ? wf_lever_get_label (lever) : parts[i]);
    }
  return g_intern_string (name->str);
}

typedef struct
{
  GPtrArray        *rows;             /* (element-type WfDataViewRow) */
  GHashTable       *indicator_names;
  const WfDocument *document;         /* the scenarios, for their shown names */
} Collector;

/* A scenario of the rows as the window shows it: a preset's name in the
 * reader's language, where the export keeps the name stored in the file. */
static const char *
scenario_name (const Collector *c,
               const WfTidyRow *tidy)
{
  for (guint i = 0; tidy->scenario_id != NULL && i < c->document->scenarios->len; i++)
    {
      const WfScenario *scenario = g_ptr_array_index (c->document->scenarios, i);

      if (g_strcmp0 (scenario->id, tidy->scenario_id) == 0)
        return wf_scenario_get_display_name (scenario);
    }
  return tidy->scenario_name != NULL ? tidy->scenario_name : tidy->scenario_id;
}

static const char *
intern (const char *text)
{
  return text != NULL && *text != '\0' ? g_intern_string (text) : NULL;
}

/* A skill as the window shows it, in the reader's language where the
 * dataset's label is a msgid of the catalogue; the export keeps it stored. */
static const char *
skill_label (const Collector *c,
             const WfTidyRow *tidy)
{
  const WfDataset *dataset = c->document->dataset;

  for (guint j = 0; tidy->skill_id != NULL && j < dataset->n_skills; j++)
    if (g_strcmp0 (dataset->skills[j].id, tidy->skill_id) == 0)
      return wf_dataset_get_skill_label (dataset, j);
  return tidy->skill_label != NULL ? tidy->skill_label : tidy->skill_id;
}

static gboolean
collect_row_cb (gpointer         user_data,
                const WfTidyRow *tidy,
                GError         **error)
{
  Collector *c = user_data;
  WfDataViewRow *row = g_object_new (WF_TYPE_DATA_VIEW_ROW, NULL);
  const char *indicator;
  int sector;

  row->indicator = intern (tidy->indicator);
  row->statistic = intern (tidy->statistic);
  row->year = tidy->year;
  row->value = tidy->value;

  row->text[WF_DATA_VIEW_SCENARIO] = intern (scenario_name (c, tidy));
  if (tidy->year != 0)
    {
      char year[16];

      g_snprintf (year, sizeof year, "%d", tidy->year);
      row->text[WF_DATA_VIEW_YEAR] = g_intern_string (year);
    }
  sector = tidy->sector_id != NULL ? wf_dataset_find_sector (c->document->dataset, tidy->sector_id) : -1;
  if (sector >= 0)
    row->text[WF_DATA_VIEW_SECTOR] = intern (wf_dataset_get_sector_label (c->document->dataset, (guint) sector));
  else if (tidy->sector_label != NULL && *tidy->sector_label != '\0')
    row->text[WF_DATA_VIEW_SECTOR] = g_intern_string (tidy->sector_label);
  else if (g_strcmp0 (tidy->sector_id, WF_TIDY_TOTAL) == 0)
    row->text[WF_DATA_VIEW_SECTOR] = g_intern_string (_("All sectors"));
  else
    row->text[WF_DATA_VIEW_SECTOR] = intern (tidy->sector_id);
  row->text[WF_DATA_VIEW_SKILL] = intern (skill_label (c, tidy));
  row->text[WF_DATA_VIEW_LEVER] = intern (lever_name (tidy->lever_id));
  row->text[WF_DATA_VIEW_SEX] = intern (sex_name (tidy->sex));
  indicator = row->indicator != NULL ? g_hash_table_lookup (c->indicator_names, row->indicator) : NULL;
  row->text[WF_DATA_VIEW_INDICATOR] = intern (indicator != NULL ? indicator : tidy->indicator);
  row->text[WF_DATA_VIEW_STATISTIC] = intern (statistic_name (tidy->statistic));
  row->text[WF_DATA_VIEW_UNIT] = intern (unit_name (tidy->unit, tidy->unit_multiplier));
  row->text[WF_DATA_VIEW_PROVENANCE] = intern (provenance_name (tidy->provenance));

  g_ptr_array_add (c->rows, row);
  return TRUE;
}

/* Enough decimals to tell the values of an indicator apart, no more: whole
 * numbers for thousands of people, decimals for shares. */
static void
set_digits (GPtrArray *rows)
{
  g_autoptr(GHashTable) largest = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);

  for (guint r = 0; r < rows->len; r++)
    {
      WfDataViewRow *row = g_ptr_array_index (rows, r);
      double *max = g_hash_table_lookup (largest, row->text[WF_DATA_VIEW_INDICATOR]);

      if (max == NULL)
        {
          max = g_new0 (double, 1);
          g_hash_table_insert (largest, (gpointer) row->text[WF_DATA_VIEW_INDICATOR], max);
        }
      if (isfinite (row->value))
        *max = MAX (*max, fabs (row->value));
    }

  for (guint r = 0; r < rows->len; r++)
    {
      WfDataViewRow *row = g_ptr_array_index (rows, r);
      double max = *(double *) g_hash_table_lookup (largest, row->text[WF_DATA_VIEW_INDICATOR]);

      /* An all-zero indicator (e.g. unknown sex where the split is known). */
      if (max >= 1000.0 || max == 0.0)
        row->digits = 0;
      else if (max >= 10.0)
        row->digits = 1;
      else if (max >= 1.0)
        row->digits = 2;
      else
        row->digits = 3;
    }
}

/* Cells */

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               WfDataView               *self)
{
  WfDataViewColumn column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkWidget *label = gtk_label_new (NULL);

  if (column == WF_DATA_VIEW_VALUE || column == WF_DATA_VIEW_YEAR)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 1.0);
      gtk_widget_add_css_class (label, "numeric");
    }
  else
    {
      /* Long sector names wrap between words rather than lose their end;
       * a year or a code never breaks. */
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
    }
  gtk_list_item_set_child (item, label);
}

/* What a screen reader says on a row: its keys, without the number. */
static char *
row_name (WfDataView    *self,
          WfDataViewRow *row)
{
  GString *name = g_string_new (NULL);

  for (guint c = 0; c < WF_DATA_VIEW_N_COLUMNS; c++)
    {
      if (c == WF_DATA_VIEW_VALUE || c == WF_DATA_VIEW_UNIT || c == WF_DATA_VIEW_PROVENANCE ||
          row->text[c] == NULL || !gtk_column_view_column_get_visible (self->columns[c]))
        continue;
      if (name->len > 0)
        g_string_append (name, ", ");
      g_string_append (name, row->text[c]);
    }
  return g_string_free (name, FALSE);
}

static void
show_cell (WfDataView       *self,
           GtkListItem      *item,
           WfDataViewColumn  column)
{
  WfDataViewRow *row = gtk_list_item_get_item (item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  GtkWidget *cell = gtk_widget_get_parent (GTK_WIDGET (label));
  g_autofree char *text = wf_data_view_row_dup_text (row, column);

  gtk_label_set_text (label, text);
  if (cell == NULL)
    return;

  /* GTK 4.8 names a column view's cell after its widget type: name it
   * after its text, and describe it by its column's header, which is what
   * a screen reader should say on it ("2030, Year"). */
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, *text != '\0' ? text : "—",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  gtk_column_view_column_get_title (self->columns[column]),
                                  -1);
  if (self->titles[column] != NULL)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (cell),
                                    GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->titles[column], NULL,
                                    -1);

  /* The row (the cell's parent) likewise, after its keys. */
  if (column == WF_DATA_VIEW_VALUE && gtk_widget_get_parent (cell) != NULL)
    {
      g_autofree char *name = row_name (self, row);

      gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (cell)),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
    }
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              WfDataView               *self)
{
  WfDataViewColumn column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));

  g_hash_table_insert (self->bound, item, GUINT_TO_POINTER (column));
  show_cell (self, item, column);
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                WfDataView               *self)
{
  g_hash_table_remove (self->bound, item);
}

/* The cells on screen again, after their rows' numbers changed. */
static void
show_bound_cells (WfDataView *self)
{
  GHashTableIter iter;
  gpointer item, column;

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &item, &column))
    show_cell (self, item, GPOINTER_TO_UINT (column));
}

/* Under a moving lever the rows stay the same observations and only their
 * numbers change: the rows take the new numbers and the cells on screen
 * are shown again, far quicker than new rows the column view would
 * rebuild its rows for (half a second for fourteen thousand rows). */
static gboolean
update_values (WfDataView *self,
               GPtrArray  *rows)
{
  GListModel *model = G_LIST_MODEL (self->rows);

  if (g_list_model_get_n_items (model) != rows->len)
    return FALSE;
  for (guint r = 0; r < rows->len; r++)
    {
      g_autoptr(WfDataViewRow) old = g_list_model_get_item (model, r);
      WfDataViewRow *row = g_ptr_array_index (rows, r);

      /* The strings are interned. */
      if (old->indicator != row->indicator || old->statistic != row->statistic || old->year != row->year ||
          memcmp (old->text, row->text, sizeof old->text) != 0)
        return FALSE;
    }

  for (guint r = 0; r < rows->len; r++)
    {
      g_autoptr(WfDataViewRow) old = g_list_model_get_item (model, r);
      WfDataViewRow *row = g_ptr_array_index (rows, r);

      old->value = row->value;
      old->digits = row->digits;
    }
  show_bound_cells (self);
  /* Sorted, the order may change with the values. */
  if (gtk_sorter_get_order (gtk_column_view_get_sorter (self->column_view)) != GTK_SORTER_ORDER_NONE)
    gtk_sorter_changed (gtk_column_view_column_get_sorter (self->columns[WF_DATA_VIEW_VALUE]),
                        GTK_SORTER_CHANGE_DIFFERENT);
  return TRUE;
}

/* Sorting */

static int
compare_rows_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const WfDataViewRow *ra = a;
  const WfDataViewRow *rb = b;
  WfDataViewColumn column = GPOINTER_TO_UINT (user_data);

  switch (column)
    {
    case WF_DATA_VIEW_YEAR:
      return (ra->year > rb->year) - (ra->year < rb->year);
    case WF_DATA_VIEW_VALUE:
      /* Empty values last. */
      if (!isfinite (ra->value) || !isfinite (rb->value))
        return isfinite (ra->value) ? -1 : isfinite (rb->value) ? 1 : 0;
      return (ra->value > rb->value) - (ra->value < rb->value);
    case WF_DATA_VIEW_SCENARIO:
    case WF_DATA_VIEW_SECTOR:
    case WF_DATA_VIEW_SKILL:
    case WF_DATA_VIEW_LEVER:
    case WF_DATA_VIEW_SEX:
    case WF_DATA_VIEW_INDICATOR:
    case WF_DATA_VIEW_STATISTIC:
    case WF_DATA_VIEW_UNIT:
    case WF_DATA_VIEW_PROVENANCE:
    case WF_DATA_VIEW_N_COLUMNS:
    default:
      return g_utf8_collate (ra->text[column] != NULL ? ra->text[column] : "",
                             rb->text[column] != NULL ? rb->text[column] : "");
    }
}

static gboolean
filter_row_cb (gpointer item,
               gpointer user_data)
{
  WfDataView *self = user_data;

  return self->indicator == NULL || WF_DATA_VIEW_ROW (item)->indicator == self->indicator;
}

/* The columns, made once and shown or hidden as the rows need them, so
 * that the header widgets, which the cells are described by, stay the
 * same. */
static void
add_columns (WfDataView *self)
{
  GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
  GtkWidget *title;

  for (guint c = 0; c < WF_DATA_VIEW_N_COLUMNS; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (compare_rows_cb, GUINT_TO_POINTER (c),
                                                                       NULL));
      GtkColumnViewColumn *column;

      g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (c));
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb), self);

      column = gtk_column_view_column_new (g_dpgettext2 (GETTEXT_PACKAGE, "data column", column_titles[c]),
                                           factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_sorter (column, sorter);
      /* The names take the spare width, so they are not cut. */
      gtk_column_view_column_set_expand (column, c == WF_DATA_VIEW_SECTOR || c == WF_DATA_VIEW_INDICATOR ||
                                                 c == WF_DATA_VIEW_LEVER);
      gtk_column_view_append_column (self->column_view, column);
      self->columns[c] = column;
    }

  /* The row of headers holds one title widget a column, in their order. */
  g_assert (header != NULL && !GTK_IS_LIST_VIEW (header));
  title = gtk_widget_get_first_child (header);
  for (guint c = 0; c < WF_DATA_VIEW_N_COLUMNS && title != NULL; c++)
    {
      /* GTK gives a header the role of one, which its AT-SPI backend
       * reports as a "filler" in 4.8, named after its type: name it. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (title),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      gtk_column_view_column_get_title (self->columns[c]),
                                      -1);
      self->titles[c] = title;
      title = gtk_widget_get_next_sibling (title);
    }
}

static void
set_column_title (WfDataView       *self,
                  WfDataViewColumn  column,
                  const char       *title)
{
  if (g_strcmp0 (gtk_column_view_column_get_title (self->columns[column]), title) == 0)
    return;
  gtk_column_view_column_set_title (self->columns[column], title);
  if (self->titles[column] != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->titles[column]),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                    -1);
}

static void
update_subtitle (WfDataView *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint all = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  g_autofree char *n_shown = wf_chart_format_style (NULL, shown, 0);
  g_autofree char *n_all = wf_chart_format_style (NULL, all, 0);
  g_autofree char *text = NULL;

  if (shown == all)
    /* Translators: under the Data view's title; %s is a number of rows. */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s row, as in the data export",
                                         "%s rows, as in the data export", all),
                            n_all);
  else
    /* Translators: under the Data view's title, with an indicator chosen:
     * "120 of 14 222 rows of the data export". */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s of %s row of the data export",
                                         "%s of %s rows of the data export", all),
                            n_shown, n_all);
  gtk_label_set_text (self->subtitle_label, text);
}

static void update_unit (WfDataView *self);

/* The indicator filter: every indicator of the rows, in their order. */
static void
update_indicators (WfDataView *self,
                   GPtrArray  *rows)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GtkStringList) names = NULL;
  gboolean same;
  guint selected = 0;

  g_ptr_array_add (ids, NULL);
  for (guint r = 0; r < rows->len; r++)
    {
      WfDataViewRow *row = g_ptr_array_index (rows, r);

      if (row->indicator != NULL && g_hash_table_add (seen, (gpointer) row->indicator))
        g_ptr_array_add (ids, (gpointer) row->indicator);
    }

  same = self->indicators != NULL && self->indicators->len == ids->len;
  for (guint i = 0; same && i < ids->len; i++)
    same = g_ptr_array_index (self->indicators, i) == g_ptr_array_index (ids, i);
  if (same)
    return;

  names = gtk_string_list_new (NULL);
  gtk_string_list_append (names, _("All indicators"));
  for (guint i = 1; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);

      for (guint r = 0; r < rows->len; r++)
        if (WF_DATA_VIEW_ROW (g_ptr_array_index (rows, r))->indicator == id)
          {
            gtk_string_list_append (names, WF_DATA_VIEW_ROW (g_ptr_array_index (rows, r))->text[WF_DATA_VIEW_INDICATOR]);
            break;
          }
      if (id == self->indicator)
        selected = i;
    }

  g_clear_pointer (&self->indicators, g_ptr_array_unref);
  self->indicators = g_ptr_array_ref (ids);
  self->indicator = g_ptr_array_index (ids, selected);

  self->updating = TRUE;
  gtk_drop_down_set_model (self->indicator_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->indicator_dropdown, selected);
  self->updating = FALSE;
  /* One indicator has nothing to choose. */
  gtk_widget_set_visible (self->indicator_box, ids->len > 2);
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
indicator_selected_cb (WfDataView *self)
{
  guint selected = gtk_drop_down_get_selected (self->indicator_dropdown);

  if (self->updating || self->indicators == NULL)
    return;
  self->indicator = selected < self->indicators->len ? g_ptr_array_index (self->indicators, selected) : NULL;
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
  update_unit (self);
  update_subtitle (self);
}

/* The unit in the value's header when the rows on screen share one (as
 * they do for one indicator), else a column of its own. */
static void
update_unit (WfDataView *self)
{
  GListModel *shown = G_LIST_MODEL (self->filtered);
  guint n = g_list_model_get_n_items (shown);
  const char *unit = NULL;
  gboolean one_unit = TRUE;
  const char *value = g_dpgettext2 (GETTEXT_PACKAGE, "data column", column_titles[WF_DATA_VIEW_VALUE]);
  g_autofree char *value_title = NULL;

  for (guint i = 0; i < n && one_unit; i++)
    {
      g_autoptr(WfDataViewRow) row = g_list_model_get_item (shown, i);

      if (i == 0)
        unit = row->text[WF_DATA_VIEW_UNIT];
      one_unit = row->text[WF_DATA_VIEW_UNIT] == unit;
    }

  gtk_column_view_column_set_visible (self->columns[WF_DATA_VIEW_UNIT], !one_unit);
  if (one_unit && unit != NULL)
    /* Translators: the header of the Data view's value column when every
     * row has the same unit; %s is the unit, e.g. "thousands of people". */
    value_title = g_strdup_printf (C_("data column", "Value (%s)"), unit);
  set_column_title (self, WF_DATA_VIEW_VALUE, value_title != NULL ? value_title : value);
}

/* Which columns the rows fill. */
static void
update_columns (WfDataView *self,
                GPtrArray  *rows)
{
  gboolean filled[WF_DATA_VIEW_N_COLUMNS] = { FALSE, };
  gboolean statistics = FALSE;

  for (guint r = 0; r < rows->len; r++)
    {
      WfDataViewRow *row = g_ptr_array_index (rows, r);

      for (guint c = 0; c < WF_DATA_VIEW_N_COLUMNS; c++)
        filled[c] |= row->text[c] != NULL;
      statistics |= g_strcmp0 (row->statistic, "value") != 0;
    }
  filled[WF_DATA_VIEW_VALUE] = TRUE;
  /* A projection's every row is "value": nothing to say. */
  filled[WF_DATA_VIEW_STATISTIC] &= statistics;

  for (guint c = 0; c < WF_DATA_VIEW_N_COLUMNS; c++)
    if (c != WF_DATA_VIEW_UNIT)
      gtk_column_view_column_set_visible (self->columns[c], filled[c]);
}

static void
show_nothing (WfDataView *self,
              const char *title,
              const char *message)
{
  g_list_store_remove_all (self->rows);
  g_clear_pointer (&self->indicators, g_ptr_array_unref);
  self->indicator = NULL;
  gtk_widget_set_visible (self->indicator_box, FALSE);
  update_unit (self);
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->subtitle_label, message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                  -1);
}

static void
rebuild (WfDataView *self)
{
  g_autoptr(WfChartTable) table = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) indicator_names = NULL;
  g_autoptr(WfTidyWriter) writer = NULL;
  const WfDocument *document;
  Collector collector;
  WfTidyMeta meta;
  WfChartKind kind;
  WfChartData data;

  self->stale = FALSE;
  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  if (self->session == NULL)
    {
      show_nothing (self, _("No data"), "");
      return;
    }

  kind = wf_session_get_chart_kind (self->session);
  wf_session_get_chart_data (self->session, kind, &data);
  /* The chart's own title and summary; its error while an uncertainty
   * chart waits for its computation ("Computing…"). */
  table = wf_chart_get_table (kind, &data, &error);
  if (table == NULL)
    {
      show_nothing (self, _("No data"), error->message);
      return;
    }

  /* The rows of the chart's data export. */
  document = wf_session_get_document (self->session);
  indicator_names = indicator_names_new ();
  rows = g_ptr_array_new_with_free_func (g_object_unref);
  collector.rows = rows;
  collector.indicator_names = indicator_names;
  collector.document = document;
  wf_chart_tidy_meta_init (&meta, document, kind);
  writer = wf_tidy_writer_new_rows (&meta, collect_row_cb, &collector);
  if (!wf_chart_tidy_write (writer, document, kind, &data, &error) ||
      !wf_tidy_writer_finish (writer, &error))
    {
      show_nothing (self, _("No data"), error->message);
      return;
    }
  set_digits (rows);

  gtk_label_set_text (self->title_label, table->title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, table->title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  table->summary != NULL ? table->summary : "",
                                  -1);

  update_columns (self, rows);
  /* The scroll position and the focus stay while only the numbers change
   * under a moving lever. */
  if (!update_values (self, rows))
    g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                         rows->pdata, rows->len);
  update_indicators (self, rows);
  update_unit (self);
  update_subtitle (self);
}

static gboolean
rebuild_when_idle_cb (gpointer user_data)
{
  WfDataView *self = user_data;

  self->rebuild_source = 0;
  if (self->stale && gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
  return G_SOURCE_REMOVE;
}

/* A lever move changes the session, its view and (later) its uncertainty,
 * and a drag moves it many times a second: the rows are made again once,
 * when the main loop is idle, and only while the view is on screen; hidden,
 * the view is marked out of date and made again when shown (or asked for
 * its rows). */
static void
session_changed_cb (WfDataView *self)
{
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && self->rebuild_source == 0)
    {
      self->rebuild_source = g_idle_add (rebuild_when_idle_cb, self);
      g_source_set_name_by_id (self->rebuild_source, "[wf] data view rebuild");
    }
}

static void
wf_data_view_map (GtkWidget *widget)
{
  WfDataView *self = WF_DATA_VIEW (widget);

  GTK_WIDGET_CLASS (wf_data_view_parent_class)->map (widget);

  if (self->stale)
    rebuild (self);
}

/* Hidden with the focus on one of its rows (the chart shown by a key),
 * the view gives the focus back to the window first: GTK 4.8 otherwise
 * keeps the view referenced for good once that row goes with the rows
 * rebuilt off screen. */
static void
wf_data_view_unmap (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && gtk_widget_is_ancestor (focus, widget))
    gtk_root_set_focus (root, NULL);

  GTK_WIDGET_CLASS (wf_data_view_parent_class)->unmap (widget);
}

static void
wf_data_view_dispose (GObject *object)
{
  WfDataView *self = WF_DATA_VIEW (object);
  GtkWidget *child;

  wf_data_view_set_session (self, NULL);
  g_clear_handle_id (&self->rebuild_source, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), WF_TYPE_DATA_VIEW);
  /* GTK 4.8 only disposes the bound template children. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  for (guint c = 0; c < WF_DATA_VIEW_N_COLUMNS; c++)
    {
      g_clear_object (&self->columns[c]);
      self->titles[c] = NULL;
    }

  G_OBJECT_CLASS (wf_data_view_parent_class)->dispose (object);
}

static void
wf_data_view_finalize (GObject *object)
{
  WfDataView *self = WF_DATA_VIEW (object);

  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->rows);
  g_clear_pointer (&self->indicators, g_ptr_array_unref);
  g_clear_pointer (&self->bound, g_hash_table_unref);

  G_OBJECT_CLASS (wf_data_view_parent_class)->finalize (object);
}

static void
wf_data_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  WfDataView *self = WF_DATA_VIEW (object);

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
wf_data_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  WfDataView *self = WF_DATA_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      wf_data_view_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wf_data_view_class_init (WfDataViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wf_data_view_dispose;
  object_class->finalize = wf_data_view_finalize;
  object_class->get_property = wf_data_view_get_property;
  object_class->set_property = wf_data_view_set_property;

  /* The session shown; the window's template binds it. */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, WF_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->map = wf_data_view_map;
  widget_class->unmap = wf_data_view_unmap;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/workforce_foresight/WorkforceForesight/wf-data-view.ui");
  gtk_widget_class_bind_template_child (widget_class, WfDataView, title_label);
  gtk_widget_class_bind_template_child (widget_class, WfDataView, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, WfDataView, indicator_box);
  gtk_widget_class_bind_template_child (widget_class, WfDataView, indicator_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WfDataView, column_view);
  gtk_widget_class_bind_template_callback (widget_class, indicator_selected_cb);

  gtk_widget_class_set_css_name (widget_class, "wf-data-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
wf_data_view_init (WfDataView *self)
{
  GtkSingleSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_list_store_new (WF_TYPE_DATA_VIEW_ROW);
  self->bound = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->stale = TRUE;
  add_columns (self);

  /* Rows, kept to the chosen indicator, sorted as the headers ask. */
  self->filter = GTK_FILTER (gtk_custom_filter_new (filter_row_cb, self, NULL));
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->rows)),
                                              g_object_ref (self->filter));
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));

  /* A selection lets the keyboard walk the rows with a visible cursor;
   * nothing is selected until the user moves there. */
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_single_selection_set_selected (selection, GTK_INVALID_LIST_POSITION);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Data table"),
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Data table"),
                                  -1);
  /* The column view's own parts, which GTK 4.8 names after their types:
   * the row of column headers, then the list of rows. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    GTK_IS_LIST_VIEW (child) ? _("Rows") : _("Column headers"),
                                    -1);
}

/**
 * wf_data_view_new:
 * @session: the session whose current chart to show
 *
 * Returns: (transfer floating): a new data view
 */
GtkWidget *
wf_data_view_new (WfSession *session)
{
  g_return_val_if_fail (WF_IS_SESSION (session), NULL);

  return g_object_new (WF_TYPE_DATA_VIEW, "session", session, NULL);
}

void
wf_data_view_set_session (WfDataView *self,
                          WfSession  *session)
{
  g_return_if_fail (WF_IS_DATA_VIEW (self));
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
      g_signal_connect_swapped (session, "changed", G_CALLBACK (session_changed_cb), self);
      g_signal_connect_swapped (session, "view-changed", G_CALLBACK (session_changed_cb), self);
      /* The fan, tornado and attribution arrive later, from the session's
       * background computation. */
      g_signal_connect_swapped (wf_session_get_uncertainty (session), "updated",
                                G_CALLBACK (session_changed_cb), self);
    }
  session_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/**
 * wf_data_view_get_model:
 * @self: a data view
 *
 * Returns: (transfer none): every row of the chart's data export, in its
 *   order, brought up to date
 */
GListModel *
wf_data_view_get_model (WfDataView *self)
{
  g_return_val_if_fail (WF_IS_DATA_VIEW (self), NULL);

  if (self->stale)
    rebuild (self);
  return G_LIST_MODEL (self->rows);
}

/**
 * wf_data_view_get_shown_model:
 * @self: a data view
 *
 * Returns: (transfer none): the rows on screen, kept to the indicator
 *   chosen and sorted as the headers ask
 */
GListModel *
wf_data_view_get_shown_model (WfDataView *self)
{
  g_return_val_if_fail (WF_IS_DATA_VIEW (self), NULL);

  if (self->stale)
    rebuild (self);
  return G_LIST_MODEL (self->sorted);
}

const char *
wf_data_view_get_column_title (WfDataView       *self,
                               WfDataViewColumn  column)
{
  g_return_val_if_fail (WF_IS_DATA_VIEW (self), NULL);
  g_return_val_if_fail (column < WF_DATA_VIEW_N_COLUMNS, NULL);

  return gtk_column_view_column_get_title (self->columns[column]);
}

gboolean
wf_data_view_get_column_visible (WfDataView       *self,
                                 WfDataViewColumn  column)
{
  g_return_val_if_fail (WF_IS_DATA_VIEW (self), FALSE);
  g_return_val_if_fail (column < WF_DATA_VIEW_N_COLUMNS, FALSE);

  return gtk_column_view_column_get_visible (self->columns[column]);
}

/**
 * wf_data_view_set_indicator:
 * @self: a data view
 * @indicator: (nullable): an indicator's id, or %NULL for every row
 *
 * Keeps the table to one indicator's rows, as its drop-down does.
 *
 * Returns: whether the rows have that indicator
 */
gboolean
wf_data_view_set_indicator (WfDataView *self,
                            const char *indicator)
{
  g_return_val_if_fail (WF_IS_DATA_VIEW (self), FALSE);

  if (self->stale)
    rebuild (self);
  if (self->indicators == NULL)
    return indicator == NULL;
  for (guint i = 0; i < self->indicators->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->indicators, i), indicator) == 0)
      {
        gtk_drop_down_set_selected (self->indicator_dropdown, i);
        return TRUE;
      }
  return FALSE;
}
