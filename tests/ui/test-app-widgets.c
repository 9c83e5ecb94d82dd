/* test-app-widgets.c: the data view, export dialog, presentation,
 * preferences and sources windows
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#include "wf-chart-tidy.h"
#include "wf-chart-view.h"
#include "wf-data-view.h"
#include "wf-document-io.h"
#include "wf-export-dialog.h"
#include "wf-headline-bar.h"
#include "wf-i18n.h"
#include "wf-lever-row.h"
#include "wf-presentation-window.h"
#include "wf-preferences-window.h"
#include "wf-session.h"
#include "wf-sources-window.h"
#include "wf-ui-test.h"

static gpointer
template_child (gpointer    widget,
                GType       type,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return child;
}

static guint
count_with_class (GtkWidget  *widget,
                  const char *css_class)
{
  guint n = gtk_widget_has_css_class (widget, css_class) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_with_class (child, css_class);
  return n;
}

static GtkWidget *
find_of_type (GtkWidget *widget,
              GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_of_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The search results of a preferences window are action rows whose
 * subtitle is the group the row was found in. */
static guint
count_search_results (GtkWidget  *widget,
                      const char *title,
                      const char *group)
{
  guint n = 0;

  if (ADW_IS_ACTION_ROW (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)), group) == 0 &&
      (title == NULL ||
       g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0))
    n++;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_search_results (child, title, group);
  return n;
}

static GtkWidget *
find_search_button (GtkWidget *widget)
{
  if (GTK_IS_TOGGLE_BUTTON (widget) &&
      g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "edit-find-symbolic") == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_search_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

typedef struct
{
  GtkWidget  *window;
  const char *group;
} SearchWait;

static gboolean
search_found (gpointer data)
{
  SearchWait *wait = data;

  return count_search_results (wait->window, NULL, wait->group) > 0;
}

static WfChartTable *
session_table (WfSession *session)
{
  WfChartKind kind = wf_session_get_chart_kind (session);
  WfChartData data;
  g_autoptr(GError) error = NULL;
  WfChartTable *table;

  g_assert_true (wf_session_compute_chart_data (session, kind, NULL, &data, &error));
  table = wf_chart_get_table (kind, &data, &error);
  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
}

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} ExportResult;

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  ExportResult *r = user_data;

  r->ok = wf_export_dialog_export_to_finish (WF_EXPORT_DIALOG (object), result, &r->error);
  r->done = TRUE;
}

static gboolean
export_done (gpointer data)
{
  return ((ExportResult *) data)->done;
}

/* Exports as the dialog's button does, and waits: the export returns at
 * once, and the file is written through the main loop. */
static gboolean
export_to (WfExportDialog  *dialog,
           GFile           *file,
           GError         **error)
{
  ExportResult r = { FALSE, FALSE, NULL };

  wf_export_dialog_export_to_async (dialog, file, NULL, export_done_cb, &r);
  g_assert_false (r.done);
  g_assert_true (wf_ui_test_wait_until (export_done, &r));
  if (r.error != NULL)
    g_propagate_error (error, r.error);
  return r.ok;
}

static void
destroy_and_finalize (GtkWindow *window)
{
  gtk_window_destroy (window);
  wf_ui_test_flush ();
  g_assert_finalize_object (window);
}

/* Data view */

/* The rows of the chart's data export, counted as a CSV writer gets them. */
static guint
export_n_rows (WfSession *session)
{
  WfChartKind kind = wf_session_get_chart_kind (session);
  const WfDocument *document = wf_session_get_document (session);
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autoptr(WfTidyWriter) writer = wf_tidy_writer_new (WF_EXPORT_FORMAT_CSV, WF_TIDY_NONE, NULL,
                                                       wf_tidy_string_sink, csv);
  g_autoptr(GError) error = NULL;
  WfChartData data;

  g_assert_true (wf_session_compute_chart_data (session, kind, NULL, &data, &error));
  g_assert_true (wf_chart_tidy_write (writer, document, kind, &data, &error));
  g_assert_no_error (error);
  return (guint) wf_tidy_writer_get_n_rows (writer);
}

static GtkColumnViewColumn *
data_column (GtkColumnView    *column_view,
             WfDataViewColumn  c)
{
  GtkColumnViewColumn *column = g_list_model_get_item (gtk_column_view_get_columns (column_view), c);

  g_object_unref (column);
  return column;
}

static void
test_data_view_rows (void)
{
  WfSession *session = wf_session_new ();
  GtkWidget *window = gtk_window_new ();
  WfDataView *view = WF_DATA_VIEW (g_object_ref (wf_data_view_new (session)));
  GtkColumnView *column_view = template_child (view, WF_TYPE_DATA_VIEW, "column_view");
  GtkLabel *title_label = template_child (view, WF_TYPE_DATA_VIEW, "title_label");
  GListModel *rows;
  GListModel *shown;
  guint n_kinds = 0;
  guint n_all;

  g_object_ref (window);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  wf_ui_test_flush ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
  rows = wf_data_view_get_model (view);
  shown = wf_data_view_get_shown_model (view);

  /* While on screen, the view follows the session's chart by itself, and
   * shows every row of its data export. */
  for (guint k = 0; k < WF_N_CHART_KINDS; k++)
    {
      g_autoptr(WfChartTable) table = NULL;
      guint n;

      n_kinds++;
      g_test_message ("chart %s", wf_chart_kind_to_id (k));
      wf_session_set_chart (session, wf_chart_kind_to_id (k));
      n = export_n_rows (session);
      table = session_table (session);
      wf_ui_test_flush ();

      g_assert_cmpuint (n, >, 0);
      g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n);
      g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n);
      g_assert_cmpstr (gtk_label_get_text (title_label), ==, table->title);
      g_assert_true (wf_data_view_get_column_visible (view, WF_DATA_VIEW_VALUE));
    }
  g_assert_cmpuint (n_kinds, >, 1);

  /* A projection: one row an observation, names rather than ids. */
  wf_session_set_chart (session, "employment");
  wf_ui_test_flush ();
  n_all = g_list_model_get_n_items (rows);
  {
    g_autoptr(WfDataViewRow) row = g_list_model_get_item (rows, 0);
    g_autofree char *sex = wf_data_view_row_dup_text (row, WF_DATA_VIEW_SEX);
    g_autofree char *sector = wf_data_view_row_dup_text (row, WF_DATA_VIEW_SECTOR);
    g_autofree char *indicator = wf_data_view_row_dup_text (row, WF_DATA_VIEW_INDICATOR);
    g_autofree char *value = wf_data_view_row_dup_text (row, WF_DATA_VIEW_VALUE);
    g_autofree char *expected = wf_chart_format_style (NULL, round (wf_data_view_row_get_value (row)), 0);

    g_assert_cmpstr (sex, ==, "Women");
    g_assert_cmpstr (sector, ==, "Agriculture, forestry & fishing");
    g_assert_cmpstr (indicator, ==, "Employment");
    g_assert_cmpstr (wf_data_view_row_get_indicator (row), ==, "employment");
    g_assert_cmpstr (value, ==, expected);
  }
  /* Of every indicator, the units differ: a column of their own... */
  g_assert_true (wf_data_view_get_column_visible (view, WF_DATA_VIEW_UNIT));
  g_assert_cmpstr (wf_data_view_get_column_title (view, WF_DATA_VIEW_VALUE), ==, "Value");
  g_assert_false (wf_data_view_get_column_visible (view, WF_DATA_VIEW_STATISTIC));
  g_assert_false (wf_data_view_get_column_visible (view, WF_DATA_VIEW_LEVER));

  /* ...of one, the value's header says it. */
  g_assert_true (wf_data_view_set_indicator (view, "employment"));
  g_assert_cmpuint (g_list_model_get_n_items (shown), <, n_all);
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(WfDataViewRow) row = g_list_model_get_item (shown, i);

      g_assert_cmpstr (wf_data_view_row_get_indicator (row), ==, "employment");
    }
  g_assert_false (wf_data_view_get_column_visible (view, WF_DATA_VIEW_UNIT));
  g_assert_cmpstr (wf_data_view_get_column_title (view, WF_DATA_VIEW_VALUE), ==, "Value (thousands of people)");
  g_assert_cmpstr (gtk_column_view_column_get_title (data_column (column_view, WF_DATA_VIEW_VALUE)), ==,
                   "Value (thousands of people)");
  g_assert_false (wf_data_view_set_indicator (view, "no-such-indicator"));

  /* Sorted by a header: the largest value first. */
  gtk_column_view_sort_by_column (column_view, data_column (column_view, WF_DATA_VIEW_VALUE),
                                  GTK_SORT_DESCENDING);
  for (guint i = 1; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(WfDataViewRow) before = g_list_model_get_item (shown, i - 1);
      g_autoptr(WfDataViewRow) row = g_list_model_get_item (shown, i);

      g_assert_cmpfloat (wf_data_view_row_get_value (before), >=, wf_data_view_row_get_value (row));
    }
  gtk_column_view_sort_by_column (column_view, NULL, GTK_SORT_ASCENDING);

  /* The choice of indicator stays while a lever moves, and the same rows
   * take the new numbers... */
  {
    guint last = g_list_model_get_n_items (rows) - 1;
    g_autoptr(WfDataViewRow) before = g_list_model_get_item (rows, last);
    double value = wf_data_view_row_get_value (before);

    while (g_list_model_get_n_items (rows) > 0 && last > 0)
      {
        g_autoptr(WfDataViewRow) row = g_list_model_get_item (rows, last);

        if (g_strcmp0 (wf_data_view_row_get_indicator (row), "employment") == 0)
          break;
        last--;
      }
    g_clear_object (&before);
    before = g_list_model_get_item (rows, last);
    value = wf_data_view_row_get_value (before);

    wf_session_set_lever (session, WF_LEVER_AUTOMATION_SHARE, 70);
    wf_ui_test_flush ();
    {
      g_autoptr(WfDataViewRow) row = g_list_model_get_item (shown, 0);
      g_autoptr(WfDataViewRow) after = g_list_model_get_item (rows, last);

      g_assert_cmpstr (wf_data_view_row_get_indicator (row), ==, "employment");
      g_assert_true (after == before);
      g_assert_cmpfloat (wf_data_view_row_get_value (after), !=, value);
    }
  }
  g_assert_true (wf_data_view_set_indicator (view, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_all);

  /* ...and a compared scenario's rows join the current one's, named after it. */
  {
    const char *name = wf_session_get_scenario (session, 1)->name;
    gboolean named = FALSE;

    wf_session_set_compared (session, name);
    wf_ui_test_flush ();
    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, export_n_rows (session));
    g_assert_cmpuint (g_list_model_get_n_items (rows), >, n_all);
    for (guint i = 0; i < g_list_model_get_n_items (rows) && !named; i++)
      {
        g_autoptr(WfDataViewRow) row = g_list_model_get_item (rows, i);
        g_autofree char *scenario = wf_data_view_row_dup_text (row, WF_DATA_VIEW_SCENARIO);

        named = g_strcmp0 (scenario, name) == 0;
      }
    g_assert_true (named);
    wf_session_set_compared (session, NULL);
    wf_ui_test_flush ();
    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_all);
  }

  /* An uncertainty chart: its statistics and levers. */
  wf_session_set_chart (session, "tornado");
  g_assert_cmpuint (export_n_rows (session), >, 0);
  wf_ui_test_flush ();
  g_assert_true (wf_data_view_get_column_visible (view, WF_DATA_VIEW_STATISTIC));
  g_assert_true (wf_data_view_get_column_visible (view, WF_DATA_VIEW_LEVER));

  /* Off screen, a change only marks the table stale, and asking for the
   * model brings it up to date. */
  gtk_widget_set_visible (GTK_WIDGET (view), FALSE);
  wf_ui_test_flush ();
  wf_session_set_chart (session, "employment");
  g_assert_cmpuint (g_list_model_get_n_items (wf_data_view_get_model (view)), ==, n_all);

  destroy_and_finalize (GTK_WINDOW (window));
  g_assert_finalize_object (view);
  g_assert_finalize_object (session);
}

/* A table to a screen reader: the column view is a grid, its headers
 * (GTK's column headers) are named after their titles. tests/ui/check-data-table.py
 * checks what AT-SPI makes of them, and of the cells. */
static void
test_data_view_roles (void)
{
  WfSession *session = wf_session_new ();
  GtkWidget *window = gtk_window_new ();
  WfDataView *view = WF_DATA_VIEW (wf_data_view_new (session));
  GtkColumnView *column_view = template_child (view, WF_TYPE_DATA_VIEW, "column_view");
  GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (column_view));
  guint n_headers = 0;

  g_object_ref (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 600);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  wf_ui_test_flush ();
  g_assert_true (wf_data_view_set_indicator (view, "employment"));
  wf_ui_test_flush ();

  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (column_view)), ==, GTK_ACCESSIBLE_ROLE_GRID);
  for (GtkWidget *title = gtk_widget_get_first_child (header); title != NULL;
       title = gtk_widget_get_next_sibling (title))
    {
      g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (title)), ==,
                       GTK_ACCESSIBLE_ROLE_COLUMN_HEADER);
      g_assert_true (gtk_widget_get_visible (title) ==
                     wf_data_view_get_column_visible (view, n_headers));
      n_headers++;
    }
  g_assert_cmpuint (n_headers, ==, WF_DATA_VIEW_N_COLUMNS);

  destroy_and_finalize (GTK_WINDOW (window));
  g_assert_finalize_object (session);
}

/* French numbers are grouped with a space, as the charts write them. */
static void
test_data_view_locale (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));
  WfSession *session;
  WfDataView *view;
  gboolean grouped = FALSE;
  GListModel *rows;

  if (setlocale (LC_NUMERIC, "fr_FR.UTF-8") == NULL)
    {
      g_test_skip ("no French locale installed");
      return;
    }
  session = wf_session_new ();
  view = WF_DATA_VIEW (g_object_ref_sink (wf_data_view_new (session)));
  rows = wf_data_view_get_model (view);
  for (guint i = 0; i < g_list_model_get_n_items (rows) && !grouped; i++)
    {
      g_autoptr(WfDataViewRow) row = g_list_model_get_item (rows, i);
      g_autofree char *text = wf_data_view_row_dup_text (row, WF_DATA_VIEW_VALUE);

      if (fabs (wf_data_view_row_get_value (row)) >= 100000.0)
        {
          /* "355 622", with the no-break space the charts group with. */
          g_assert_nonnull (strstr (text, "\u00a0"));
          g_assert_null (strchr (text, ','));
          grouped = TRUE;
        }
    }
  g_assert_true (grouped);
  setlocale (LC_NUMERIC, saved);
  g_assert_finalize_object (view);
  g_assert_finalize_object (session);
}

/* Export dialog */

static guint
format_position (GtkWindow  *dialog,
                 const char *name)
{
  GListModel *formats = adw_combo_row_get_model (template_child (dialog, WF_TYPE_EXPORT_DIALOG, "format_row"));

  for (guint i = 0; i < g_list_model_get_n_items (formats); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (formats), i), name) == 0)
      return i;
  g_assert_not_reached ();
}

static void
test_export_dialog_formats (void)
{
  static const struct {
    WfChartFormat format;
    int           size_preset;  /* -1: set width and height */
    int           width;
    int           height;
    guint         scale;        /* scale_row position */
    guint         number_format;
    const char   *extension;
    const char   *magic;
  } cases[] = {
    { WF_CHART_FORMAT_SVG, 0, 1280, 720, 0, 0, "svg", "<?xml" },
    { WF_CHART_FORMAT_PNG, 1, 1600, 900, 0, 0, "png", "\x89PNG" },
    { WF_CHART_FORMAT_PNG, -1, 400, 300, 1, 0, "png", "\x89PNG" },
    { WF_CHART_FORMAT_PDF, 2, 1920, 1080, 0, 1, "pdf", "%PDF" },
  };
  WfSession *session = wf_session_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wf-export-XXXXXX", &error);

  g_assert_no_error (error);
  wf_session_set_chart (session, "waterfall");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      WfExportDialog *dialog = WF_EXPORT_DIALOG (g_object_ref (wf_export_dialog_new (NULL, session)));
      AdwComboRow *chart_row = template_child (dialog, WF_TYPE_EXPORT_DIALOG, "chart_row");
      AdwComboRow *format_row = template_child (dialog, WF_TYPE_EXPORT_DIALOG, "format_row");
      AdwComboRow *size_row = template_child (dialog, WF_TYPE_EXPORT_DIALOG, "size_row");
      AdwComboRow *scale_row = template_child (dialog, WF_TYPE_EXPORT_DIALOG, "scale_row");
      AdwComboRow *number_row = template_child (dialog, WF_TYPE_EXPORT_DIALOG, "number_format_row");
      GtkAdjustment *width = template_child (dialog, WF_TYPE_EXPORT_DIALOG, "width_adjustment");
      GtkAdjustment *height = template_child (dialog, WF_TYPE_EXPORT_DIALOG, "height_adjustment");
      GtkWidget *scale_widget = GTK_WIDGET (scale_row);
      g_autofree char *name = NULL;
      g_autofree char *path = NULL;
      g_autofree char *contents = NULL;
      g_autoptr(GFile) file = NULL;
      gsize length = 0;

      g_test_message ("case %u: %s", i, cases[i].extension);

      /* The dialog opens on the session's chart. */
      g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (chart_row)),
                       ==, wf_chart_kind_get_title (WF_CHART_WATERFALL));

      adw_combo_row_set_selected (format_row, cases[i].format);
      adw_combo_row_set_selected (number_row, cases[i].number_format);
      adw_combo_row_set_selected (scale_row, cases[i].scale);
      if (cases[i].size_preset >= 0)
        {
          adw_combo_row_set_selected (size_row, cases[i].size_preset);
        }
      else
        {
          gtk_adjustment_set_value (width, cases[i].width);
          gtk_adjustment_set_value (height, cases[i].height);
          /* A size no preset has is "Custom", the last entry. */
          g_assert_cmpuint (adw_combo_row_get_selected (size_row), ==,
                            g_list_model_get_n_items (adw_combo_row_get_model (size_row)) - 1);
        }
      g_assert_cmpint ((int) gtk_adjustment_get_value (width), ==, cases[i].width);
      g_assert_cmpint ((int) gtk_adjustment_get_value (height), ==, cases[i].height);
      g_assert_true (gtk_widget_get_sensitive (scale_widget) == (cases[i].format == WF_CHART_FORMAT_PNG));

      name = wf_export_dialog_dup_suggested_name (dialog);
      g_assert_true (g_str_has_suffix (name, cases[i].extension));
      g_assert_nonnull (strstr (name, "waterfall"));

      path = g_build_filename (dir, name, NULL);
      file = g_file_new_for_path (path);
      g_assert_true (export_to (dialog, file, &error));
      g_assert_no_error (error);

      g_file_get_contents (path, &contents, &length, &error);
      g_assert_no_error (error);
      if (cases[i].magic != NULL)
        {
          g_assert_cmpuint (length, >, strlen (cases[i].magic));
          g_assert_true (memcmp (contents, cases[i].magic, strlen (cases[i].magic)) == 0);
        }

      if (cases[i].format == WF_CHART_FORMAT_PNG)
        {
          /* The IHDR chunk holds the pixel size, scaled for HiDPI. */
          guint factor = cases[i].scale + 1;
          const guchar *p = (const guchar *) contents;
          guint32 w = (guint32) p[16] << 24 | p[17] << 16 | p[18] << 8 | p[19];
          guint32 h = (guint32) p[20] << 24 | p[21] << 16 | p[22] << 8 | p[23];

          g_assert_cmpuint (w, ==, cases[i].width * factor);
          g_assert_cmpuint (h, ==, cases[i].height * factor);
        }
      g_assert_cmpint (g_unlink (path), ==, 0);
      destroy_and_finalize (GTK_WINDOW (dialog));
    }

  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_assert_finalize_object (session);
}

/* A file that cannot be written gives an error, and no "exported". */
static void
test_export_dialog_error (void)
{
  WfSession *session = wf_session_new ();
  GtkWindow *dialog = g_object_ref (wf_export_dialog_new (NULL, session));
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent-directory/chart.svg");
  g_autoptr(GError) error = NULL;

  g_assert_false (export_to (WF_EXPORT_DIALOG (dialog), file, &error));
  g_assert_nonnull (error);

  destroy_and_finalize (dialog);
  g_assert_finalize_object (session);
}

/* The next export dialog offers the size, theme and density of the last
 * export, not the defaults again. */
static void
test_export_dialog_remembers (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  WfSession *session = wf_session_new ();
  GtkWindow *dialog = g_object_ref (wf_export_dialog_new (NULL, session));
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wf-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "chart.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_no_error (error);
  adw_combo_row_set_selected (template_child (dialog, WF_TYPE_EXPORT_DIALOG, "format_row"), WF_CHART_FORMAT_PNG);
  gtk_adjustment_set_value (template_child (dialog, WF_TYPE_EXPORT_DIALOG, "width_adjustment"), 1000);
  gtk_adjustment_set_value (template_child (dialog, WF_TYPE_EXPORT_DIALOG, "height_adjustment"), 500);
  adw_combo_row_set_selected (template_child (dialog, WF_TYPE_EXPORT_DIALOG, "theme_row"), WF_CHART_THEME_DARK);
  adw_combo_row_set_selected (template_child (dialog, WF_TYPE_EXPORT_DIALOG, "scale_row"), 1);
  g_assert_true (export_to (WF_EXPORT_DIALOG (dialog), file, &error));
  g_assert_no_error (error);
  destroy_and_finalize (dialog);

  dialog = g_object_ref (wf_export_dialog_new (NULL, session));
  g_assert_cmpfloat (gtk_adjustment_get_value (template_child (dialog, WF_TYPE_EXPORT_DIALOG, "width_adjustment")), ==, 1000);
  g_assert_cmpfloat (gtk_adjustment_get_value (template_child (dialog, WF_TYPE_EXPORT_DIALOG, "height_adjustment")), ==, 500);
  g_assert_cmpuint (adw_combo_row_get_selected (template_child (dialog, WF_TYPE_EXPORT_DIALOG, "theme_row")), ==,
                    WF_CHART_THEME_DARK);
  g_assert_cmpuint (adw_combo_row_get_selected (template_child (dialog, WF_TYPE_EXPORT_DIALOG, "scale_row")), ==, 1);
  /* 1000×500 is no preset: the size row says "Custom". */
  g_assert_cmpuint (adw_combo_row_get_selected (template_child (dialog, WF_TYPE_EXPORT_DIALOG, "size_row")), ==, 4);
  destroy_and_finalize (dialog);

  g_settings_reset (settings, "export-width");
  g_settings_reset (settings, "export-height");
  g_settings_reset (settings, "export-theme");
  g_settings_reset (settings, "export-scale");
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_assert_finalize_object (session);
}

/* The data formats write the data layout of the command line: CSV with a
 * byte order mark and commas, JSON; tests/cli/check-data.py validates the
 * same writer's output against the schema, and here the file is checked
 * with the schema when python3-jsonschema is there. */
static void
test_export_dialog_data (void)
{
  WfSession *session = wf_session_new ();
  GtkWindow *dialog;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wf-export-XXXXXX", &error);
  const struct { guint format; const char *name; } cases[] = {
    { 3, "data.csv" }, { 4, "data.json" },
  };
  GListModel *formats;

  dialog = g_object_ref (wf_export_dialog_new (NULL, session));
  /* The pictures, then the data layout; no other table. */
  formats = adw_combo_row_get_model (template_child (dialog, WF_TYPE_EXPORT_DIALOG, "format_row"));
  g_assert_cmpuint (g_list_model_get_n_items (formats), ==, 5);
  g_assert_cmpuint (format_position (dialog, "Data, CSV"), ==, cases[0].format);
  g_assert_cmpuint (format_position (dialog, "Data, JSON"), ==, cases[1].format);
  adw_combo_row_set_selected (template_child (dialog, WF_TYPE_EXPORT_DIALOG, "chart_row"), WF_CHART_EMPLOYMENT);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (dir, cases[i].name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autofree char *contents = NULL;
      ExportResult r = { FALSE, FALSE, NULL };

      adw_combo_row_set_selected (template_child (dialog, WF_TYPE_EXPORT_DIALOG, "format_row"), cases[i].format);
      /* Data files have C-locale numbers and no size, whatever the rows say. */
      g_assert_false (gtk_widget_get_sensitive (template_child (dialog, WF_TYPE_EXPORT_DIALOG, "number_format_row")));
      g_assert_false (gtk_widget_get_sensitive (template_child (dialog, WF_TYPE_EXPORT_DIALOG, "size_row")));
      wf_export_dialog_export_to_async (WF_EXPORT_DIALOG (dialog), file, NULL, export_done_cb, &r);
      g_assert_true (wf_ui_test_wait_until (export_done, &r));
      g_assert_no_error (r.error);
      g_assert_true (r.ok);
      g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
      g_assert_no_error (error);
      if (i == 0)
        {
          g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF# format: workforce-foresight-data 1\n"));
          g_assert_nonnull (strstr (contents, "\n# generator: application\n# dataset: world-2023\n"));
          g_assert_nonnull (strstr (contents, "\n# chart: employment\n"));
          g_assert_nonnull (strstr (contents, "\ntable,area,dataset,scenario_id,scenario_name,year,"));
          g_assert_nonnull (strstr (contents, "\nsectors,X01,world-2023,current-trends,Current trends,2030,ECO_ISIC4_A,"));
        }
      else
        {
          const char *root = g_getenv ("WF_SOURCE_ROOT");
          g_autofree char *schema_path = NULL;
          g_autofree char *script = NULL;
          int status = 0;

          g_assert_true (g_str_has_prefix (contents, "{\n  \"format\": \"workforce-foresight-data\""));
          g_assert_nonnull (strstr (contents, "\"scenario_id\": \"current-trends\""));
          if (root == NULL)
            {
              g_assert_cmpint (g_unlink (path), ==, 0);
              continue;
            }
          schema_path = g_build_filename (root, "data", "workforce-foresight-data.schema.json", NULL);
          script = g_strdup_printf ("import json,sys\ntry:\n import jsonschema\nexcept ImportError:\n sys.exit(0)\n"
                                    "jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))\n");
          {
            const char *argv[] = { "python3", "-c", script, path, schema_path, NULL };

            g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                         NULL, NULL, &status, &error));
            g_assert_no_error (error);
            g_assert_true (g_spawn_check_wait_status (status, NULL));
          }
        }
      g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  destroy_and_finalize (dialog);
  g_assert_finalize_object (session);
}


/* @rows are what "Data, CSV" writes for @session: the same rows in the
 * same order, their numbers and labels. */
static void
check_rows_match_export (GListModel *rows,
                         WfSession  *session,
                         GtkWindow  *parent)
{
  GtkWindow *dialog;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wf-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "data.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(WfCsvReader) reader = NULL;
  const char * const *names = wf_tidy_get_columns ();
  int year = -1, value = -1, sex = -1, sector_label = -1, scenario_name = -1, indicator = -1;
  ExportResult r = { FALSE, FALSE, NULL };
  GPtrArray *fields;
  const char *body;
  guint n = 0, n_women = 0;

  for (int c = 0; names[c] != NULL; c++)
    {
      if (g_str_equal (names[c], "year"))
        year = c;
      else if (g_str_equal (names[c], "value"))
        value = c;
      else if (g_str_equal (names[c], "sex"))
        sex = c;
      else if (g_str_equal (names[c], "sector_label"))
        sector_label = c;
      else if (g_str_equal (names[c], "scenario_name"))
        scenario_name = c;
      else if (g_str_equal (names[c], "indicator"))
        indicator = c;
    }

  dialog = g_object_ref (wf_export_dialog_new (parent, session));
  adw_combo_row_set_selected (template_child (dialog, WF_TYPE_EXPORT_DIALOG, "format_row"),
                              format_position (dialog, "Data, CSV"));
  wf_export_dialog_export_to_async (WF_EXPORT_DIALOG (dialog), file, NULL, export_done_cb, &r);
  g_assert_true (wf_ui_test_wait_until (export_done, &r));
  g_assert_no_error (r.error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);

  body = contents + strlen ("\xEF\xBB\xBF");
  while (*body == '#')
    body = strchr (body, '\n') + 1;
  bytes = g_bytes_new (body, strlen (body));
  reader = wf_csv_reader_new (bytes, "data.csv");
  g_assert_true (wf_csv_reader_next (reader, &fields, &error));  /* the header */
  while (wf_csv_reader_next (reader, &fields, &error))
    {
      g_autoptr(WfDataViewRow) row = g_list_model_get_item (rows, n);
      g_autofree char *row_year = NULL;
      g_autofree char *row_sex = NULL;
      g_autofree char *row_sector = NULL;
      g_autofree char *row_scenario = NULL;
      const char *file_sex = g_ptr_array_index (fields, sex);

      g_assert_nonnull (row);
      row_year = wf_data_view_row_dup_text (row, WF_DATA_VIEW_YEAR);
      row_sex = wf_data_view_row_dup_text (row, WF_DATA_VIEW_SEX);
      row_sector = wf_data_view_row_dup_text (row, WF_DATA_VIEW_SECTOR);
      row_scenario = wf_data_view_row_dup_text (row, WF_DATA_VIEW_SCENARIO);
      g_assert_cmpstr (row_year, ==, g_ptr_array_index (fields, year));
      g_assert_cmpfloat (wf_data_view_row_get_value (row), ==,
                         g_ascii_strtod (g_ptr_array_index (fields, value), NULL));
      g_assert_cmpstr (wf_data_view_row_get_indicator (row), ==, g_ptr_array_index (fields, indicator));
      g_assert_cmpstr (row_scenario, ==, g_ptr_array_index (fields, scenario_name));
      if (*(const char *) g_ptr_array_index (fields, sector_label) != '\0')
        g_assert_cmpstr (row_sector, ==, g_ptr_array_index (fields, sector_label));
      else
        g_assert_cmpstr (row_sector, ==, "All sectors");
      /* The sex by its name. */
      if (g_str_equal (file_sex, "women"))
        g_assert_cmpstr (row_sex, ==, "Women");
      else if (g_str_equal (file_sex, "men"))
        g_assert_cmpstr (row_sex, ==, "Men");
      else if (g_str_equal (file_sex, "total"))
        g_assert_cmpstr (row_sex, ==, "Women and men");
      else
        g_assert_cmpstr (row_sex, ==, "Sex unknown");
      n_women += g_str_equal (file_sex, "women");
      n++;
    }
  g_assert_no_error (error);
  g_assert_cmpuint (n, >, 1000);
  g_assert_cmpuint (n_women, >, 0);
  g_assert_cmpuint (n, ==, g_list_model_get_n_items (rows));

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  destroy_and_finalize (dialog);
}

/* What the Data view shows is what "Data, CSV" writes. */
static void
test_data_view_matches_export (void)
{
  WfSession *session = wf_session_new ();
  GtkWidget *window = gtk_window_new ();
  WfDataView *view = WF_DATA_VIEW (wf_data_view_new (session));

  g_object_ref (window);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  wf_session_set_chart (session, "employment");
  wf_session_set_lens (session, WF_LENS_GAP);
  wf_session_set_compared (session, wf_session_get_scenario (session, 1)->name);
  wf_ui_test_flush ();
  check_rows_match_export (wf_data_view_get_model (view), session, GTK_WINDOW (window));

  destroy_and_finalize (GTK_WINDOW (window));
  g_assert_finalize_object (session);
}

/* The rows on screen, as the column view has them: asking the view for its
 * model would bring it up to date first. */
static GListModel *
column_view_rows (WfDataView *view)
{
  return G_LIST_MODEL (gtk_column_view_get_model (template_child (view, WF_TYPE_DATA_VIEW, "column_view")));
}

/* The sum of the values on screen: it changes with a lever, where the
 * base year's rows do not. */
static double
sum_values (WfDataView *view)
{
  GListModel *rows = column_view_rows (view);
  double sum = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(WfDataViewRow) row = g_list_model_get_item (rows, i);

      if (isfinite (wf_data_view_row_get_value (row)))
        sum += wf_data_view_row_get_value (row);
    }
  return sum;
}

/* Hidden, the Data view is not made again at each lever move; shown
 * again, it is what the export writes. Shown, a burst of moves makes it
 * again once, when the main loop is idle, and it is still the export's. */
static void
test_data_view_hidden_moves (void)
{
  WfSession *session = wf_session_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *stack = gtk_stack_new ();
  WfDataView *view = WF_DATA_VIEW (wf_data_view_new (session));
  double shown;

  g_object_ref (window);
  gtk_stack_add_named (GTK_STACK (stack), gtk_label_new ("chart"), "chart");
  gtk_stack_add_named (GTK_STACK (stack), GTK_WIDGET (view), "data");
  gtk_stack_set_visible_child_name (GTK_STACK (stack), "data");
  gtk_window_set_child (GTK_WINDOW (window), stack);
  gtk_window_present (GTK_WINDOW (window));
  wf_session_set_chart (session, "employment");
  g_assert_true (wf_ui_test_wait_until ((WfUiTestCondition) gtk_widget_get_mapped, view));
  wf_ui_test_flush ();
  check_rows_match_export (column_view_rows (view), session, GTK_WINDOW (window));
  shown = sum_values (view);

  /* Hidden: the moves leave the rows as they were. */
  gtk_stack_set_visible_child_name (GTK_STACK (stack), "chart");
  wf_ui_test_flush ();
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (view)));
  for (guint i = 0; i < 4; i++)
    {
      wf_session_set_lever (session, WF_LEVER_ADOPTION_CEILING, 70 + 5 * i);
      wf_ui_test_flush ();
    }
  g_assert_cmpfloat (sum_values (view), ==, shown);

  /* Shown again: up to date. */
  gtk_stack_set_visible_child_name (GTK_STACK (stack), "data");
  wf_ui_test_flush ();
  g_assert_cmpfloat (sum_values (view), !=, shown);
  check_rows_match_export (column_view_rows (view), session, GTK_WINDOW (window));

  /* Shown, a burst: nothing until the main loop is idle, then the last. */
  shown = sum_values (view);
  wf_session_set_lever (session, WF_LEVER_ADOPTION_CEILING, 40);
  wf_session_set_lever (session, WF_LEVER_ADOPTION_SPEED, 1.2);
  wf_session_set_lever (session, WF_LEVER_ADOPTION_CEILING, 45);
  g_assert_cmpfloat (sum_values (view), ==, shown);
  wf_ui_test_flush ();
  g_assert_cmpfloat (sum_values (view), !=, shown);
  check_rows_match_export (column_view_rows (view), session, GTK_WINDOW (window));

  destroy_and_finalize (GTK_WINDOW (window));
  g_assert_finalize_object (session);
}

static int
compare_times (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/* The time a lever move takes until the main loop is idle again, the
 * median of a few: with no Data view (the session alone), with one hidden
 * and with one shown; one move at a time, and bursts of five (a slider
 * dragged). Printed, not checked: run with `-m perf`. */
static void
test_data_view_move_timing (void)
{
  WfSession *session;
  GtkWidget *window, *stack;
  WfDataView *view;
  const char *states[] = { "no view", "hidden", "shown" };

  if (!g_test_perf ())
    {
      g_test_skip ("a measurement: run with -m perf");
      return;
    }
  session = wf_session_new ();
  window = g_object_ref (gtk_window_new ());
  stack = gtk_stack_new ();
  view = WF_DATA_VIEW (wf_data_view_new (session));
  gtk_stack_add_named (GTK_STACK (stack), gtk_label_new ("chart"), "chart");
  gtk_window_set_child (GTK_WINDOW (window), stack);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 600);
  gtk_window_present (GTK_WINDOW (window));
  wf_session_set_chart (session, "employment");

  for (guint state = 0; state < G_N_ELEMENTS (states); state++)
    {
      if (state == 1)
        gtk_stack_add_named (GTK_STACK (stack), GTK_WIDGET (view), "data");
      gtk_stack_set_visible_child_name (GTK_STACK (stack), state == 2 ? "data" : "chart");
      /* A first move, not counted: the view brought up to date. */
      wf_session_set_lever (session, WF_LEVER_ADOPTION_CEILING, 45);
      wf_ui_test_flush ();
      for (guint burst = 1; burst <= 5; burst += 4)
        {
          gint64 times[15];

          for (guint i = 0; i < G_N_ELEMENTS (times); i++)
            {
              gint64 start = g_get_monotonic_time ();

              for (guint b = 0; b < burst; b++)
                wf_session_set_lever (session, WF_LEVER_ADOPTION_CEILING, 50 + (i * burst + b) % 40);
              wf_ui_test_flush ();
              times[i] = g_get_monotonic_time () - start;
            }
          qsort (times, G_N_ELEMENTS (times), sizeof times[0], compare_times);
          g_test_message ("%s, %u move%s at a time: median %.1f ms (%.1f to %.1f)", states[state], burst,
                          burst > 1 ? "s" : "", times[G_N_ELEMENTS (times) / 2] / 1000.0,
                          times[0] / 1000.0, times[G_N_ELEMENTS (times) - 1] / 1000.0);
        }
    }

  destroy_and_finalize (GTK_WINDOW (window));
  g_assert_finalize_object (session);
}

/* Exporting a chart that needs an attribution does not compute it on the
 * main loop: the call returns before the attribution exists. */
static void
test_export_dialog_off_main_loop (void)
{
  WfSession *session = wf_session_new ();
  GtkWindow *dialog;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wf-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "attribution.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  ExportResult r = { FALSE, FALSE, NULL };

  /* The session shows another chart, so only the export computes. */
  dialog = g_object_ref (wf_export_dialog_new (NULL, session));
  adw_combo_row_set_selected (template_child (dialog, WF_TYPE_EXPORT_DIALOG, "chart_row"), WF_CHART_ATTRIBUTION);
  adw_combo_row_set_selected (template_child (dialog, WF_TYPE_EXPORT_DIALOG, "format_row"),
                              format_position (dialog, "Data, CSV"));

  g_assert_false (wf_export_dialog_is_exporting (WF_EXPORT_DIALOG (dialog)));
  wf_export_dialog_export_to_async (WF_EXPORT_DIALOG (dialog), file, NULL, export_done_cb, &r);
  g_assert_false (r.done);
  g_assert_null (wf_uncertainty_get_attribution (wf_session_get_uncertainty (session)));
  /* The dialog shows the export under way, and stops when it is done. */
  g_assert_true (wf_export_dialog_is_exporting (WF_EXPORT_DIALOG (dialog)));
  g_assert_true (wf_ui_test_wait_until (export_done, &r));
  g_assert_false (wf_export_dialog_is_exporting (WF_EXPORT_DIALOG (dialog)));
  g_assert_no_error (r.error);
  g_assert_true (r.ok);
  g_assert_nonnull (wf_uncertainty_get_attribution (wf_session_get_uncertainty (session)));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  destroy_and_finalize (dialog);
  g_assert_finalize_object (session);
}

/* An export cancelled (as closing the dialog does) writes nothing and
 * says it was cancelled. */
static void
test_export_dialog_cancel (void)
{
  WfSession *session = wf_session_new ();
  GtkWindow *dialog = g_object_ref (wf_export_dialog_new (NULL, session));
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wf-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "fan.svg", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  ExportResult r = { FALSE, FALSE, NULL };

  adw_combo_row_set_selected (template_child (dialog, WF_TYPE_EXPORT_DIALOG, "chart_row"), WF_CHART_FAN);
  wf_export_dialog_export_to_async (WF_EXPORT_DIALOG (dialog), file, cancellable, export_done_cb, &r);
  g_cancellable_cancel (cancellable);
  g_assert_true (wf_ui_test_wait_until (export_done, &r));
  g_assert_false (r.ok);
  g_assert_error (r.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&r.error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_assert_cmpint (g_rmdir (dir), ==, 0);
  destroy_and_finalize (dialog);
  g_assert_finalize_object (session);
}

/* Chart view */

static gboolean
has_marks (gpointer data)
{
  const WfChartLayout *layout = wf_chart_view_get_layout (data);

  return layout != NULL && layout->marks->len > 0;
}

static gboolean
no_workers (gpointer data)
{
  return wf_ensemble_get_n_live_workers () == 0;
}

/* The chart view draws "Computing…" first, then the fan when the session's
 * service has it. */
static void
test_chart_view_redraws (void)
{
  g_autoptr(WfSession) session = wf_session_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view;
  const WfChartLayout *layout;

  wf_session_set_chart (session, "fan");
  view = wf_chart_view_new (session);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 500);
  gtk_window_present (GTK_WINDOW (window));

  g_assert_true (wf_ui_test_wait_until (has_marks, view));
  layout = wf_chart_view_get_layout (WF_CHART_VIEW (view));
  g_assert_cmpuint (layout->n_series, ==, 4);
  g_assert_cmpuint (layout->marks->len, ==, 4 * 8);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_true (wf_ui_test_wait_until (no_workers, NULL));
}

static double
first_text_height (GtkWidget *view)
{
  const WfChartLayout *layout = wf_chart_view_get_layout (WF_CHART_VIEW (view));

  if (layout == NULL || layout->text_boxes->len == 0)
    return 0.0;
  return g_array_index (layout->text_boxes, WfChartRect, 0).height;
}

typedef struct
{
  GtkWidget *view;
  double     above;
} TextWait;

static gboolean
text_grew (gpointer data)
{
  TextWait *wait = data;

  return first_text_height (wait->view) > wait->above;
}

/* The chart's text follows the system's text size (Large Text sets the
 * Xft resolution above 96 dpi). */
static void
test_chart_view_text_size (void)
{
  g_autoptr(WfSession) session = wf_session_new ();
  GtkSettings *settings = gtk_settings_get_default ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view;
  int dpi = 0;
  TextWait wait;

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  g_object_set (settings, "gtk-xft-dpi", 96 * 1024, NULL);
  view = wf_chart_view_new (session);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 500);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wf_ui_test_wait_until (has_marks, view));
  g_assert_cmpfloat_with_epsilon (wf_chart_view_text_scale (view), 1.0, 1e-9);

  wait.view = view;
  wait.above = first_text_height (view) * 1.3;
  g_assert_cmpfloat (wait.above, >, 0.0);
  g_object_set (settings, "gtk-xft-dpi", 96 * 1024 * 3 / 2, NULL);
  g_assert_cmpfloat_with_epsilon (wf_chart_view_text_scale (view), 1.5, 1e-9);
  g_assert_true (wf_ui_test_wait_until (text_grew, &wait));

  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_true (wf_ui_test_wait_until (no_workers, NULL));
}

/* Destroying the chart view and the session while the runs are computed:
 * no crash, no thread left, and everything is finalized. */
static void
test_chart_view_destroy_while_computing (void)
{
  WfSession *session = wf_session_new ();
  GtkWidget *view;

  wf_session_set_chart (session, "fan");
  view = g_object_ref_sink (wf_chart_view_new (session));
  g_assert_cmpint (wf_chart_view_get_kind (WF_CHART_VIEW (view)), ==, WF_CHART_FAN);
  wf_session_set_lever (session, WF_LEVER_ADOPTION_CEILING, 60.0);

  g_assert_finalize_object (view);
  g_assert_finalize_object (session);
  g_assert_true (wf_ui_test_wait_until (no_workers, NULL));
}

/* Lever rows */

static guint
count_changed (WfSession *session)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (session), "n-changed"));
}

static void
session_changed_count_cb (WfSession *session)
{
  g_object_set_data (G_OBJECT (session), "n-changed", GUINT_TO_POINTER (count_changed (session) + 1));
}

/* Typed into the number box and taken as the box takes it (Enter or
 * leaving it). */
static void
type_value (GtkSpinButton *spin_button,
            const char    *text)
{
  gtk_editable_set_text (GTK_EDITABLE (spin_button), text);
  gtk_spin_button_update (spin_button);
  wf_ui_test_flush ();
}

/* What is not a number in the lever's range keeps the value, shows why
 * (error style, tooltip, the message under the box) and computes
 * nothing; the next good number is taken and clears the message. */
static void
test_lever_row_refuses_nonsense (void)
{
  static const char *refused[] = { "abc", "1e400", "0x10", "1000", "-5", "nan", "inf", "12..5", "", "12,5,0" };
  g_autoptr(WfSession) session = wf_session_new ();
  GtkWidget *window = gtk_window_new ();
  WfLeverRow *row = WF_LEVER_ROW (wf_lever_row_new (session, WF_LEVER_ADOPTION_CEILING));
  GtkSpinButton *spin_button = wf_lever_row_get_spin_button (row);
  double before = wf_session_get_current_scenario (session)->values[WF_LEVER_ADOPTION_CEILING];

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (row));
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (session, "changed", G_CALLBACK (session_changed_count_cb), NULL);
  wf_ui_test_flush ();

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_test_message ("typing “%s”", refused[i]);
      type_value (spin_button, refused[i]);
      g_assert_cmpfloat (wf_session_get_current_scenario (session)->values[WF_LEVER_ADOPTION_CEILING], ==, before);
      g_assert_cmpfloat (wf_lever_row_get_value (row), ==, before);
      g_assert_cmpuint (count_changed (session), ==, 0);
      g_assert_nonnull (wf_lever_row_get_error (row));
      g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (spin_button), "error"));
      g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (spin_button)), ==, wf_lever_row_get_error (row));
    }
  g_assert_cmpstr (wf_lever_row_get_error (row), ==, "“12,5,0” is not a number");

  type_value (spin_button, " 72 ");
  g_assert_cmpfloat (wf_session_get_current_scenario (session)->values[WF_LEVER_ADOPTION_CEILING], ==, 72.0);
  g_assert_cmpuint (count_changed (session), ==, 1);
  g_assert_null (wf_lever_row_get_error (row));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (spin_button), "error"));
  g_assert_null (gtk_widget_get_tooltip_text (GTK_WIDGET (spin_button)));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* In French the box takes 12,5 (and 12.5), and shows 12,5. */
static void
test_lever_row_locale (void)
{
  g_autoptr(WfSession) session = wf_session_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *window;
  WfLeverRow *row;
  GtkSpinButton *spin_button;
  double value = 0;

  g_assert_true (wf_lever_row_parse_value (WF_LEVER_ADOPTION_CEILING, "12,5", ",", &value, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (value, ==, 12.5);
  g_assert_true (wf_lever_row_parse_value (WF_LEVER_ADOPTION_CEILING, "12.5", ",", &value, &error));
  g_assert_cmpfloat (value, ==, 12.5);
  g_assert_false (wf_lever_row_parse_value (WF_LEVER_ADOPTION_CEILING, "12,5", ".", &value, &error));
  g_assert_error (error, WF_CORE_ERROR, WF_CORE_ERROR_NOT_A_NUMBER);
  g_clear_error (&error);
  g_assert_false (wf_lever_row_parse_value (WF_LEVER_ADOPTION_CEILING, "100.5", ".", &value, &error));
  g_assert_error (error, WF_CORE_ERROR, WF_CORE_ERROR_LEVER_OUT_OF_RANGE);
  g_clear_error (&error);

  if (setlocale (LC_NUMERIC, "fr_FR.UTF-8") == NULL)
    {
      g_test_skip ("no French locale installed");
      return;
    }
  window = gtk_window_new ();
  row = WF_LEVER_ROW (wf_lever_row_new (session, WF_LEVER_ADOPTION_SPEED));
  spin_button = wf_lever_row_get_spin_button (row);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (row));
  gtk_window_present (GTK_WINDOW (window));
  wf_ui_test_flush ();

  type_value (spin_button, "0,75");
  g_assert_null (wf_lever_row_get_error (row));
  g_assert_cmpfloat (wf_session_get_current_scenario (session)->values[WF_LEVER_ADOPTION_SPEED], ==, 0.75);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin_button)), ==, "0,75");
  type_value (spin_button, "9,5");
  g_assert_nonnull (wf_lever_row_get_error (row));
  g_assert_nonnull (strstr (wf_lever_row_get_error (row), ","));
  g_assert_cmpfloat (wf_session_get_current_scenario (session)->values[WF_LEVER_ADOPTION_SPEED], ==, 0.75);

  gtk_window_destroy (GTK_WINDOW (window));
  setlocale (LC_NUMERIC, "C.UTF-8");
}

/* Presentation window */

static WfChartKind
next_available (WfChartKind kind,
                int         direction)
{
  return (kind + WF_N_CHART_KINDS + direction) % WF_N_CHART_KINDS;
}

static void
test_presentation_navigation (void)
{
  WfSession *session = wf_session_new ();
  GtkWindow *window = g_object_ref (wf_presentation_window_new (NULL, session, FALSE));
  GtkWidget *header_bar = template_child (window, WF_TYPE_PRESENTATION_WINDOW, "header_bar");
  WfChartKind start;
  guint n_available = WF_N_CHART_KINDS;

  gtk_window_present (window);
  wf_ui_test_flush ();

  /* The projector window keeps a header bar to drag it by. */
  g_assert_true (gtk_widget_get_visible (header_bar));

  start = wf_session_get_chart_kind (session);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "presentation.next", NULL));
  g_assert_cmpint (wf_session_get_chart_kind (session), ==, next_available (start, 1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "presentation.previous", NULL));
  g_assert_cmpint (wf_session_get_chart_kind (session), ==, start);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "presentation.previous", NULL));
  g_assert_cmpint (wf_session_get_chart_kind (session), ==, next_available (start, -1));

  /* Stepping through every available chart comes back to the first. */
  wf_session_set_chart (session, wf_chart_kind_to_id (start));
  for (guint i = 0; i < n_available; i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "presentation.next", NULL);
      if (i + 1 < n_available)
        g_assert_cmpint (wf_session_get_chart_kind (session), !=, start);
    }
  g_assert_cmpint (wf_session_get_chart_kind (session), ==, start);

  /* Escape in a projector window only leaves fullscreen. */
  gtk_widget_activate_action (GTK_WIDGET (window), "presentation.leave", NULL);
  wf_ui_test_flush ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  destroy_and_finalize (window);
  g_assert_finalize_object (session);
}

static const char *
shortcut_action (GtkWidget *widget,
                 guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_keyval_trigger_new (keyval, 0);

  for (guint c = 0; c < g_list_model_get_n_items (controllers); c++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, c);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint s = 0; s < g_list_model_get_n_items (G_LIST_MODEL (controller)); s++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), s);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted) &&
              GTK_IS_NAMED_ACTION (action))
            return gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
        }
    }
  return NULL;
}

static void
test_presentation_keys (void)
{
  static const struct {
    guint       keyval;
    const char *action;
  } keys[] = {
    { GDK_KEY_Right, "presentation.next" },
    { GDK_KEY_Page_Down, "presentation.next" },
    { GDK_KEY_space, "presentation.next" },
    { GDK_KEY_Left, "presentation.previous" },
    { GDK_KEY_Page_Up, "presentation.previous" },
    { GDK_KEY_Escape, "presentation.leave" },
    { GDK_KEY_F11, "presentation.toggle-fullscreen" },
  };
  WfSession *session = wf_session_new ();
  GtkWindow *window = g_object_ref (wf_presentation_window_new (NULL, session, TRUE));
  GtkWidget *header_bar = template_child (window, WF_TYPE_PRESENTATION_WINDOW, "header_bar");

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_cmpstr (shortcut_action (GTK_WIDGET (window), keys[i].keyval), ==, keys[i].action);

  gtk_window_present (window);
  wf_ui_test_flush ();

  /* Only the chart in front of the room. */
  g_assert_false (gtk_widget_get_visible (header_bar));

  /* Escape closes a fullscreen presentation, and the window lets the
   * session go. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "presentation.leave", NULL));
  wf_ui_test_flush ();
  g_assert_finalize_object (window);
  g_assert_finalize_object (session);
}

/* Keys through the event path: xdotool gives the window's X11 surface the
 * input focus and types the keys with the XTEST extension, as a keyboard
 * would, so they go through GDK, the window's controllers and whatever
 * widget has the focus. */
typedef struct
{
  WfSession   *session;
  WfChartKind  kind;
} ChartIs;

static gboolean
chart_is (gpointer data)
{
  ChartIs *is = data;

  return wf_session_get_chart_kind (is->session) == is->kind;
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static gboolean
send_key (GtkWindow  *window,
          const char *key)
{
#ifdef GDK_WINDOWING_X11
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *xid = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!GDK_IS_X11_SURFACE (surface))
    return FALSE;
  xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
  {
    const char *argv[] = { "xdotool", "windowfocus", "--sync", xid, "key", "--clearmodifiers", key, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                 NULL, NULL, &status, &error));
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return TRUE;
#else
  return FALSE;
#endif
}

static void
press_and_expect (GtkWindow   *window,
                  WfSession   *session,
                  const char  *key,
                  WfChartKind  expected)
{
  ChartIs is = { session, expected };

  g_test_message ("key %s: expecting %s", key, wf_chart_kind_to_id (expected));
  g_assert_true (send_key (window, key));
  g_assert_true (wf_ui_test_wait_until (chart_is, &is));
}

static void
check_keys_step (GtkWindow *window,
                 WfSession *session)
{
  WfChartKind start = WF_CHART_WATERFALL;
  GtkWidget *hint = template_child (window, WF_TYPE_PRESENTATION_WINDOW, "hint_revealer");
  GtkWidget *chart = template_child (window, WF_TYPE_PRESENTATION_WINDOW, "chart_view");
  graphene_rect_t hint_box, chart_box;

  wf_session_set_chart (session, wf_chart_kind_to_id (start));
  wf_ui_test_flush ();

  press_and_expect (window, session, "Right", start + 1);
  press_and_expect (window, session, "Left", start);
  press_and_expect (window, session, "space", start + 1);
  press_and_expect (window, session, "shift+space", start);
  press_and_expect (window, session, "Page_Down", start + 1);
  press_and_expect (window, session, "Page_Up", start);
  press_and_expect (window, session, "End", WF_N_CHART_KINDS - 1);
  press_and_expect (window, session, "Right", 0);
  press_and_expect (window, session, "Left", WF_N_CHART_KINDS - 1);
  press_and_expect (window, session, "Home", 0);

  /* The hint has its own strip: it never covers the chart. */
  if (gtk_revealer_get_child_revealed (GTK_REVEALER (hint)) &&
      gtk_widget_compute_bounds (hint, GTK_WIDGET (window), &hint_box) &&
      gtk_widget_compute_bounds (chart, GTK_WIDGET (window), &chart_box))
    g_assert_false (graphene_rect_intersection (&hint_box, &chart_box, NULL));
}

static void
test_presentation_keys_event_path (void)
{
  WfSession *session = wf_session_new ();
  GtkWindow *window;
  GtkWidget *previous_button = NULL;
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");

  if (xdotool == NULL)
    {
      g_test_skip ("xdotool is not installed");
      g_assert_finalize_object (session);
      return;
    }

  /* The presentation (F5). */
  window = g_object_ref (wf_presentation_window_new (NULL, session, TRUE));
  gtk_window_present (window);
  g_assert_true (wf_ui_test_wait_until (is_mapped, window));
  if (!GDK_IS_X11_SURFACE (gtk_native_get_surface (GTK_NATIVE (window))))
    {
      g_test_skip ("not an X11 display");
      destroy_and_finalize (window);
      g_assert_finalize_object (session);
      return;
    }
  check_keys_step (window, session);
  destroy_and_finalize (window);

  /* The projector window (Shift+F5), with the focus on a header button as
   * after a click, then fullscreen with F11. */
  window = g_object_ref (wf_presentation_window_new (NULL, session, FALSE));
  gtk_window_present (window);
  g_assert_true (wf_ui_test_wait_until (is_mapped, window));
  for (GtkWidget *w = gtk_widget_get_first_child (template_child (window, WF_TYPE_PRESENTATION_WINDOW,
                                                                  "header_bar"));
       w != NULL && previous_button == NULL; w = gtk_widget_get_first_child (w))
    for (GtkWidget *c = w; c != NULL; c = gtk_widget_get_next_sibling (c))
      if (GTK_IS_BUTTON (c))
        {
          previous_button = c;
          break;
        }
  g_assert_nonnull (previous_button);
  gtk_widget_set_focusable (previous_button, TRUE);
  g_assert_true (gtk_widget_grab_focus (previous_button));
  check_keys_step (window, session);

  /* F11 asks for fullscreen; Xvfb has no window manager to grant it, so
   * the window stays as it is, but the keys must still work after it. */
  g_assert_true (send_key (window, "F11"));
  wf_ui_test_flush ();
  check_keys_step (window, session);

  destroy_and_finalize (window);
  g_assert_finalize_object (session);
}

/* Preferences */

static void
test_preferences_bindings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  GtkWindow *window;
  AdwComboRow *style_row;
  AdwComboRow *number_row;
  GtkAdjustment *horizon;

  g_settings_set_enum (settings, "theme", 0);
  g_settings_set_int (settings, "default-horizon", 2030);

  window = g_object_ref (wf_preferences_window_new (NULL));
  style_row = template_child (window, WF_TYPE_PREFERENCES_WINDOW, "style_row");
  number_row = template_child (window, WF_TYPE_PREFERENCES_WINDOW, "number_format_row");
  horizon = template_child (window, WF_TYPE_PREFERENCES_WINDOW, "horizon_adjustment");
  gtk_window_present (window);
  wf_ui_test_flush ();

  g_assert_cmpuint (adw_combo_row_get_selected (style_row), ==, 0);
  g_assert_cmpint ((int) gtk_adjustment_get_value (horizon), ==, 2030);

  /* Rows write the keys... */
  adw_combo_row_set_selected (style_row, 2);
  g_assert_cmpint (g_settings_get_enum (settings, "theme"), ==, 2);
  adw_combo_row_set_selected (number_row, 1);
  g_assert_cmpint (g_settings_get_enum (settings, "export-number-format"), ==, 1);
  gtk_adjustment_set_value (horizon, 2040);
  g_assert_cmpint (g_settings_get_int (settings, "default-horizon"), ==, 2040);

  /* ...and follow them. */
  g_settings_set_enum (settings, "theme", 1);
  g_assert_cmpuint (adw_combo_row_get_selected (style_row), ==, 1);
  g_settings_set_int (settings, "default-horizon", 2035);
  g_assert_cmpint ((int) gtk_adjustment_get_value (horizon), ==, 2035);

  /* The export dialog opens with the preferred number format. */
  {
    WfSession *session = wf_session_new ();
    GtkWindow *dialog = g_object_ref (wf_export_dialog_new (window, session));
    AdwComboRow *row = template_child (dialog, WF_TYPE_EXPORT_DIALOG, "number_format_row");

    g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 1);
    destroy_and_finalize (dialog);
    g_assert_finalize_object (session);
  }

  destroy_and_finalize (window);
  g_settings_reset (settings, "theme");
  g_settings_reset (settings, "export-number-format");
  g_settings_reset (settings, "default-horizon");
}

/* Sources */

static void
test_sources_rows (void)
{
  WfSession *session = wf_session_new ();
  GtkWindow *window = g_object_ref (wf_sources_window_new (NULL, session));
  g_autoptr(WfDocument) document = wf_document_new_default ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wf-sources-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;

  g_assert_no_error (error);
  gtk_window_present (window);
  wf_ui_test_flush ();

  g_assert_cmpuint (count_with_class (GTK_WIDGET (window), "table-source"), ==, WF_N_TABLES);
  g_assert_cmpuint (count_with_class (GTK_WIDGET (window), "lever-source"), ==, WF_N_LEVERS);
  g_assert_cmpuint (count_with_class (GTK_WIDGET (window), "preset-source"), ==, WF_N_PRESETS);
  g_assert_cmpuint (count_with_class (GTK_WIDGET (window), "provenance-badge"), ==,
                    WF_N_TABLES + WF_N_LEVERS + WF_N_PRESETS);
  /* The bundled world data says it is an illustration. */
  g_assert_cmpuint (count_with_class (GTK_WIDGET (window), "calibration-warning"), ==, 1);

  /* Search finds the data tables by their source, not only the levers:
   * the exposure tables cite Gmyrek et al., as do two levers. */
  {
    GtkWidget *entry = find_of_type (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);
    GtkWidget *search_button = find_search_button (GTK_WIDGET (window));
    SearchWait wait = { GTK_WIDGET (window), "Tables of the Dataset" };

    g_assert_nonnull (entry);
    g_assert_nonnull (search_button);
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (search_button), TRUE);
    gtk_editable_set_text (GTK_EDITABLE (entry), "Gmyrek");
    /* The entry reports the change after its search delay. */
    g_assert_true (wf_ui_test_wait_until (search_found, &wait));
    g_assert_cmpuint (count_search_results (GTK_WIDGET (window), NULL, "Levers: Assumptions"), >, 0);
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (search_button), FALSE);
    gtk_editable_set_text (GTK_EDITABLE (entry), "");
    wf_ui_test_flush ();
  }

  /* A lever move does not rebuild the page. */
  {
    GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (window));
    guint before = count_with_class (page, "table-source");

    wf_session_set_lever (session, WF_LEVER_RESKILLING, wf_lever_get_info (WF_LEVER_RESKILLING)->max);
    wf_session_end_lever_gesture (session);
    g_assert_cmpuint (count_with_class (page, "table-source"), ==, before);
  }

  /* Another dataset: the window follows, without the world's warning. */
  g_free (document->dataset->id);
  document->dataset->id = g_strdup ("test-country");
  g_free (document->dataset->title);
  document->dataset->title = g_strdup ("Test country");
  path = g_build_filename (dir, "other.foresight", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (wf_document_save_file (document, file, &error));
  g_assert_no_error (error);
  g_assert_true (wf_session_load (session, file, &error));
  g_assert_no_error (error);
  wf_ui_test_flush ();

  g_assert_cmpuint (count_with_class (GTK_WIDGET (window), "table-source"), ==, WF_N_TABLES);
  g_assert_cmpuint (count_with_class (GTK_WIDGET (window), "calibration-warning"), ==, 0);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  destroy_and_finalize (window);
  g_assert_finalize_object (session);
}

/* The headline's counts take the plural their number asks for: French
 * writes "1,9 million" (below two, singular) and "2,0 millions"; Spanish
 * "1,6 millones" (issue #16). Whole thousands read as French writes them,
 * « −880 000 », not « −880 milliers »; none at all is "0". */
static void
test_headline_people_plural (void)
{
  static const struct
  {
    const char *locale;
    double      thousands;
    gboolean    signed_;
    const char *expected;
  } cases[] = {
    { "fr_FR.UTF-8", 1900.0, TRUE, "+1,9\u00a0million" },
    { "fr_FR.UTF-8", 1960.0, FALSE, "2,0\u00a0millions" },
    { "fr_FR.UTF-8", 44400.0, FALSE, "44,4\u00a0millions" },
    { "fr_FR.UTF-8", -1.0, TRUE, "−1\u00a0000" },
    { "fr_FR.UTF-8", -880.0, TRUE, "−880\u00a0000" },
    { "fr_FR.UTF-8", 850.0, FALSE, "850\u00a0000" },
    { "fr_FR.UTF-8", -0.3, TRUE, "0" },
    { "es_ES.UTF-8", 1600.0, FALSE, "1,6\u00a0millones" },
    { "es_ES.UTF-8", 850.0, FALSE, "850\u00a0mil" },
    { "es_ES.UTF-8", 0.4, FALSE, "0" },
  };
  g_autofree char *saved_messages = g_strdup (setlocale (LC_MESSAGES, NULL));
  g_autofree char *saved_numeric = g_strdup (setlocale (LC_NUMERIC, NULL));

  if (g_getenv (WF_LOCALEDIR_ENV) == NULL)
    {
      g_test_skip ("not run in the test environment");
      return;
    }
  wf_i18n_init (LOCALEDIR);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = NULL;
      g_autofree char *expected = NULL;

      if (setlocale (LC_MESSAGES, cases[i].locale) == NULL ||
          setlocale (LC_NUMERIC, cases[i].locale) == NULL)
        {
          g_test_skip_printf ("the %s locale is not generated (./build-aux/dev test does it)",
                              cases[i].locale);
          break;
        }
      text = wf_chart_people_figure (cases[i].thousands, cases[i].signed_);
      /* glibc groups and separates with its own spaces: compare with the
       * translation's space made ordinary on both sides. */
      expected = g_strdup (cases[i].expected);
      g_test_message ("%s: %s", cases[i].locale, text);
      {
        g_autoptr(GString) a = g_string_new (text);
        g_autoptr(GString) b = g_string_new (expected);

        g_string_replace (a, "\u00a0", " ", 0);
        g_string_replace (a, "\u202f", " ", 0);
        g_string_replace (b, "\u00a0", " ", 0);
        g_assert_cmpstr (a->str, ==, b->str);
      }
    }
  setlocale (LC_MESSAGES, saved_messages);
  setlocale (LC_NUMERIC, saved_numeric);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/data-view/rows", test_data_view_rows);
  g_test_add_func ("/ui/data-view/roles", test_data_view_roles);
  g_test_add_func ("/ui/data-view/locale", test_data_view_locale);
  g_test_add_func ("/ui/headline/people-plural", test_headline_people_plural);
  g_test_add_func ("/ui/data-view/matches-export", test_data_view_matches_export);
  g_test_add_func ("/ui/data-view/hidden-moves", test_data_view_hidden_moves);
  g_test_add_func ("/ui/data-view/move-timing", test_data_view_move_timing);
  g_test_add_func ("/ui/export-dialog/formats", test_export_dialog_formats);
  g_test_add_func ("/ui/export-dialog/error", test_export_dialog_error);
  g_test_add_func ("/ui/export-dialog/remembers", test_export_dialog_remembers);
  g_test_add_func ("/ui/export-dialog/off-main-loop", test_export_dialog_off_main_loop);
  g_test_add_func ("/ui/export-dialog/cancel", test_export_dialog_cancel);
  g_test_add_func ("/ui/export-dialog/data", test_export_dialog_data);
  g_test_add_func ("/ui/chart-view/redraws", test_chart_view_redraws);
  g_test_add_func ("/ui/chart-view/text-size", test_chart_view_text_size);
  g_test_add_func ("/ui/chart-view/destroy-while-computing", test_chart_view_destroy_while_computing);
  g_test_add_func ("/ui/lever-row/refuses-nonsense", test_lever_row_refuses_nonsense);
  g_test_add_func ("/ui/lever-row/locale", test_lever_row_locale);
  g_test_add_func ("/ui/presentation/navigation", test_presentation_navigation);
  g_test_add_func ("/ui/presentation/keys", test_presentation_keys);
  g_test_add_func ("/ui/presentation/keys-event-path", test_presentation_keys_event_path);
  g_test_add_func ("/ui/preferences/bindings", test_preferences_bindings);
  g_test_add_func ("/ui/sources/rows", test_sources_rows);

  return g_test_run ();
}
