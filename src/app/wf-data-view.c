/* wf-data-view.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The accessible alternative to every chart: the same WfChartTable the CSV
 * export writes, in a GtkColumnView a keyboard and a screen reader can walk.
 * The table is only rebuilt while the view is on screen, since the chart and
 * the data view live in a stack and only one of them is visible.
 */
#define G_LOG_DOMAIN "wf-data-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wf-data-view.h"

/* One row of the table; the view's own small row type. */
#define WF_TYPE_DATA_VIEW_ROW (wf_data_view_row_get_type ())
G_DECLARE_FINAL_TYPE (WfDataViewRow, wf_data_view_row, WF, DATA_VIEW_ROW, GObject)

struct _WfDataViewRow
{
  GObject  parent_instance;

  char   **keys;
  double  *values;
  guint    n_values;
};

G_DEFINE_FINAL_TYPE (WfDataViewRow, wf_data_view_row, G_TYPE_OBJECT)

struct _WfDataView
{
  GtkWidget       parent_instance;

  WfSession      *session;
  GListStore     *rows;
  char          **columns;    /* the headers on display */
  guint           n_keys;
  GArray         *digits;     /* (element-type int): decimals of each value column */
  gboolean        stale;

  /* Template children */
  GtkLabel       *title_label;
  GtkLabel       *unit_label;
  GtkColumnView  *column_view;
};

G_DEFINE_FINAL_TYPE (WfDataView, wf_data_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wf_data_view_row_finalize (GObject *object)
{
  WfDataViewRow *self = WF_DATA_VIEW_ROW (object);

  g_strfreev (self->keys);
  g_free (self->values);

  G_OBJECT_CLASS (wf_data_view_row_parent_class)->finalize (object);
}

static void
wf_data_view_row_class_init (WfDataViewRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wf_data_view_row_finalize;
}

static void
wf_data_view_row_init (WfDataViewRow *self)
{
}

static WfDataViewRow *
wf_data_view_row_new (const WfChartRow *row,
                      guint             n_keys,
                      guint             n_values)
{
  WfDataViewRow *self = g_object_new (WF_TYPE_DATA_VIEW_ROW, NULL);

  self->keys = g_new0 (char *, n_keys + 1);
  for (guint i = 0; i < n_keys; i++)
    self->keys[i] = g_strdup (row->keys[i]);
  self->values = g_memdup2 (row->values, n_values * sizeof (double));
  self->n_values = n_values;
  return self;
}

/* Enough decimals to tell the values of a column apart, no more: whole
 * numbers for thousands of people, decimals for shares. */
static int
column_digits (const WfChartTable *table,
               guint               column)
{
  double max = 0.0;

  for (guint r = 0; r < table->rows->len; r++)
    {
      const WfChartRow *row = g_ptr_array_index (table->rows, r);

      if (isfinite (row->values[column]))
        max = MAX (max, fabs (row->values[column]));
    }

  /* An all-zero column (e.g. unknown sex where the split is known). */
  if (max >= 1000.0 || max == 0.0)
    return 0;
  if (max >= 10.0)
    return 1;
  if (max >= 1.0)
    return 2;
  return 3;
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

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               WfDataView               *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkWidget *label = gtk_label_new (NULL);

  if (column >= self->n_keys)
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
      gtk_label_set_max_width_chars (GTK_LABEL (label), 32);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              WfDataView               *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  WfDataViewRow *row = gtk_list_item_get_item (item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));

  if (column < self->n_keys)
    {
      gtk_label_set_text (label, row->keys[column] != NULL ? row->keys[column] : "");
      /* GTK 4.8 names a column view's row after its widget type: name it
       * after its keys (the cell is the label's parent, the row the
       * cell's), which is what a screen reader should say on it. */
      if (column == 0)
        {
          GtkWidget *cell = gtk_widget_get_parent (GTK_WIDGET (label));
          GtkWidget *row_widget = cell != NULL ? gtk_widget_get_parent (cell) : NULL;
          g_autofree char *name = g_strjoinv (", ", row->keys);

          if (row_widget != NULL)
            gtk_accessible_update_property (GTK_ACCESSIBLE (row_widget),
                                            GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                            -1);
        }
    }
  else
    {
      guint v = column - self->n_keys;
      g_autofree char *text = NULL;

      g_assert (v < row->n_values && v < self->digits->len);
      text = format_value (row->values[v], g_array_index (self->digits, int, v));
      gtk_label_set_text (label, text);
    }
}

static void
remove_columns (WfDataView *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->column_view, column);
    }
}

static void
add_columns (WfDataView         *self,
             const WfChartTable *table)
{
  guint n_columns = table->n_keys + table->n_values;

  for (guint c = 0; c < n_columns; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (c));
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), self);

      column = gtk_column_view_column_new (table->columns[c], factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      /* The key column takes the spare width, so names are not cut. */
      gtk_column_view_column_set_expand (column, c < table->n_keys);
      gtk_column_view_append_column (self->column_view, column);
    }
}

static void
show_nothing (WfDataView *self,
              const char *message)
{
  remove_columns (self);
  g_list_store_remove_all (self->rows);
  g_clear_pointer (&self->columns, g_strfreev);
  gtk_label_set_text (self->title_label, _("No data"));
  gtk_label_set_text (self->unit_label, message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                  -1);
}

static void
rebuild (WfDataView *self)
{
  g_autoptr(WfChartTable) table = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *unit = NULL;
  WfChartKind kind;
  WfChartData data;
  guint n_columns;
  gboolean same_columns;

  self->stale = FALSE;
  if (self->session == NULL)
    {
      show_nothing (self, "");
      return;
    }

  kind = wf_session_get_chart_kind (self->session);
  wf_session_get_chart_data (self->session, kind, &data);
  table = wf_chart_get_table (kind, &data, &error);
  if (table == NULL)
    {
      show_nothing (self, error->message);
      return;
    }

  gtk_label_set_text (self->title_label, table->title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, table->title,
                                  -1);
  /* Translators: above the data table; %s is a unit such as "thousands of people". */
  unit = g_strdup_printf (_("Values in %s"), table->unit != NULL ? table->unit : "");
  gtk_label_set_text (self->unit_label, unit);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  table->summary != NULL ? table->summary : "",
                                  -1);

  g_array_set_size (self->digits, 0);
  for (guint c = 0; c < table->n_values; c++)
    {
      int digits = column_digits (table, c);

      g_array_append_val (self->digits, digits);
    }

  /* Keep the columns, and with them the scroll position and focus, while
   * only the numbers change under a moving lever. */
  n_columns = table->n_keys + table->n_values;
  same_columns = self->columns != NULL && self->n_keys == table->n_keys &&
                 g_strv_length (self->columns) == n_columns;
  for (guint c = 0; same_columns && c < n_columns; c++)
    same_columns = g_strcmp0 (self->columns[c], table->columns[c]) == 0;

  if (!same_columns)
    {
      g_list_store_remove_all (self->rows);
      remove_columns (self);
      g_clear_pointer (&self->columns, g_strfreev);
      self->columns = g_new0 (char *, n_columns + 1);
      for (guint c = 0; c < n_columns; c++)
        self->columns[c] = g_strdup (table->columns[c]);
      self->n_keys = table->n_keys;
      add_columns (self, table);
    }

  items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint r = 0; r < table->rows->len; r++)
    g_ptr_array_add (items, wf_data_view_row_new (g_ptr_array_index (table->rows, r),
                                                  table->n_keys, table->n_values));
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       items->pdata, items->len);
}

static void
session_changed_cb (WfDataView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
  else
    self->stale = TRUE;
}

static void
wf_data_view_map (GtkWidget *widget)
{
  WfDataView *self = WF_DATA_VIEW (widget);

  GTK_WIDGET_CLASS (wf_data_view_parent_class)->map (widget);

  if (self->stale)
    rebuild (self);
}

static void
wf_data_view_dispose (GObject *object)
{
  WfDataView *self = WF_DATA_VIEW (object);
  GtkWidget *child;

  wf_data_view_set_session (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), WF_TYPE_DATA_VIEW);
  /* GTK 4.8 only disposes the bound template children. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (wf_data_view_parent_class)->dispose (object);
}

static void
wf_data_view_finalize (GObject *object)
{
  WfDataView *self = WF_DATA_VIEW (object);

  g_clear_object (&self->rows);
  g_clear_pointer (&self->columns, g_strfreev);
  g_clear_pointer (&self->digits, g_array_unref);

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

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/workforce_foresight/WorkforceForesight/wf-data-view.ui");
  gtk_widget_class_bind_template_child (widget_class, WfDataView, title_label);
  gtk_widget_class_bind_template_child (widget_class, WfDataView, unit_label);
  gtk_widget_class_bind_template_child (widget_class, WfDataView, column_view);

  gtk_widget_class_set_css_name (widget_class, "wf-data-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
wf_data_view_init (WfDataView *self)
{
  GtkSingleSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_list_store_new (WF_TYPE_DATA_VIEW_ROW);
  self->digits = g_array_new (FALSE, FALSE, sizeof (int));
  self->stale = TRUE;

  /* A selection lets the keyboard walk the rows with a visible cursor;
   * nothing is selected until the user moves there. */
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
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
 * Returns: (transfer none): the rows on display, brought up to date
 */
GListModel *
wf_data_view_get_model (WfDataView *self)
{
  g_return_val_if_fail (WF_IS_DATA_VIEW (self), NULL);

  if (self->stale)
    rebuild (self);
  return G_LIST_MODEL (self->rows);
}
