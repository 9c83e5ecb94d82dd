/* test-window-layout.c: what a small window shows whole
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <string.h>

#include "wf-application.h"
#include "wf-chart-view.h"
#include "wf-export-dialog.h"
#include "wf-headline-bar.h"
#include "wf-i18n.h"
#include "wf-lever-panel.h"
#include "wf-lever-row.h"
#include "wf-presentation-window.h"
#include "wf-window.h"
#include "wf-wrap-box.h"
#include "wf-ui-app-test.h"
#include "wf-ui-test.h"

static WfApplication *app;

static GtkWidget *
child (WfWindow   *window,
       const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), WF_TYPE_WINDOW, name));
}

typedef struct
{
  GtkWidget *widget;
  int        width;
} Sized;

static gboolean
is_allocated (gpointer data)
{
  Sized *sized = data;

  return gtk_widget_get_mapped (sized->widget) && gtk_widget_get_width (sized->widget) > 0 &&
         (sized->width == 0 || gtk_widget_get_width (sized->widget) <= sized->width);
}

/* The horizon has a visible label that names it (its mnemonic widget is
 * the field), and in a row of its own, after a long sector name, it is as
 * wide as it needs, not the window's width. */
static void
test_horizon_label (void)
{
  WfWindow *window = wf_window_new (GTK_APPLICATION (app));
  GtkWidget *label = child (window, "horizon_label");
  GtkWidget *box = child (window, "horizon_box");
  GtkWidget *spin = child (window, "horizon_spin");
  WfSession *session = wf_window_get_session (window);
  Sized sized = { NULL, 0 };
  int natural;

  g_assert_true (GTK_IS_LABEL (label));
  g_assert_true (gtk_label_get_mnemonic_widget (GTK_LABEL (label)) == spin);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "Horizon");
  g_assert_true (gtk_widget_is_ancestor (spin, box) && gtk_widget_is_ancestor (label, box));

  /* The longest sector name, in a window as small as it gets. */
  g_object_set (session, "sector-filter", "ECO_ISIC4_RSTU", NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 700, 600);
  gtk_window_present (GTK_WINDOW (window));
  sized.widget = box;
  g_assert_true (wf_ui_test_wait_until (is_allocated, &sized));
  gtk_widget_measure (box, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  g_test_message ("horizon box %d px wide, natural %d, window %d", gtk_widget_get_width (box),
                  natural, gtk_widget_get_width (GTK_WIDGET (window)));
  g_assert_true (gtk_widget_get_mapped (label));
  g_assert_cmpint (gtk_widget_get_width (box), <=, natural);

  gtk_window_destroy (GTK_WINDOW (window));
  wf_ui_test_flush ();
}

static gboolean
has_layout (gpointer data)
{
  const WfChartLayout *layout = wf_chart_view_get_layout (data);

  return layout != NULL && layout->marks != NULL && layout->marks->len > 0;
}

/* The hover tooltip hangs from a few pixels around the pointer, inside
 * the chart, whatever the mark under it: at the right and bottom edges it
 * is next to the pointer (GTK then flips or slides it onto the monitor),
 * never under the far end of a band as wide as the plot, or below the
 * window. */
static void
test_tooltip_at_edges (void)
{
  WfWindow *window = wf_window_new (GTK_APPLICATION (app));
  WfChartView *view = WF_CHART_VIEW (child (window, "chart_view"));
  const WfChartLayout *layout;
  int width, height;
  guint checked = 0;

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 640);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wf_ui_test_wait_until (has_layout, view));
  layout = wf_chart_view_get_layout (view);
  width = gtk_widget_get_width (GTK_WIDGET (view));
  height = gtk_widget_get_height (GTK_WIDGET (view));

  /* The bottom-right corner of each mark, and the points a pixel in. */
  for (guint i = 0; i < layout->marks->len; i++)
    {
      const WfChartMark *mark = &g_array_index (layout->marks, WfChartMark, i);
      int corners[][2] = {
        { (int) (mark->rect.x + mark->rect.width) - 1, (int) (mark->rect.y + mark->rect.height) - 1 },
        { (int) mark->rect.x + 1, (int) mark->rect.y + 1 },
      };

      if (mark->label == NULL)
        continue;
      for (guint c = 0; c < G_N_ELEMENTS (corners); c++)
        {
          int x = corners[c][0], y = corners[c][1];
          const char *label;
          GdkRectangle area;

          if (!wf_chart_view_get_tip (view, x, y, &label, &area))
            continue;
          checked++;
          g_assert_nonnull (label);
          g_assert_cmpint (area.x, >=, 0);
          g_assert_cmpint (area.y, >=, 0);
          g_assert_cmpint (area.x + area.width, <=, width);
          g_assert_cmpint (area.y + area.height, <=, height);
          g_assert_cmpint (area.x, <=, x);
          g_assert_cmpint (area.y, <=, y);
          g_assert_cmpint (area.x + area.width, >=, x);
          g_assert_cmpint (area.y + area.height, >=, y);
          g_assert_cmpint (area.width, <=, 9);
          g_assert_cmpint (area.height, <=, 9);
        }
    }
  g_assert_cmpuint (checked, >, 10);
  /* The widget's own corner: nothing beyond it. */
  {
    const char *label;
    GdkRectangle area;

    if (wf_chart_view_get_tip (view, width - 1, height - 1, &label, &area))
      {
        g_assert_cmpint (area.x + area.width, <=, width);
        g_assert_cmpint (area.y + area.height, <=, height);
      }
  }

  gtk_window_destroy (GTK_WINDOW (window));
  wf_ui_test_flush ();
}

static gboolean
label_is_set (gpointer data)
{
  return gtk_widget_get_width (data) > 0 && strstr (gtk_label_get_text (data), "between") != NULL;
}

/* A level between two named ones ("Level 2.5 · between Substantial and
 * Transformative") wraps in a narrow row rather than being cut. */
static void
test_level_label_wraps (void)
{
  g_autoptr(WfSession) session = wf_session_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *row = wf_lever_row_new (session, WF_LEVER_AUGMENTATION_GAIN);
  GtkLabel *label = GTK_LABEL (gtk_widget_get_template_child (row, WF_TYPE_LEVER_ROW, "level_label"));
  PangoLayout *layout;

  gtk_window_set_child (GTK_WINDOW (window), row);
  gtk_window_set_default_size (GTK_WINDOW (window), 200, -1);
  gtk_widget_set_size_request (row, 200, -1);
  gtk_window_set_resizable (GTK_WINDOW (window), FALSE);
  /* Between its second and third level. */
  {
    const WfLeverInfo *info = wf_lever_get_info (WF_LEVER_AUGMENTATION_GAIN);

    wf_session_set_lever (session, WF_LEVER_AUGMENTATION_GAIN,
                          (info->levels[1].value + info->levels[2].value) / 2);
  }
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wf_ui_test_wait_until (label_is_set, label));
  wf_ui_test_flush ();

  layout = gtk_label_get_layout (label);
  g_test_message ("level label “%s”: %d px in a %d px row, %d lines", gtk_label_get_text (label),
                  gtk_widget_get_width (GTK_WIDGET (label)), gtk_widget_get_width (row),
                  pango_layout_get_line_count (layout));
  g_assert_false (pango_layout_is_ellipsized (layout));
  g_assert_cmpint (pango_layout_get_line_count (layout), >, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  wf_ui_test_flush ();
}

static gboolean
unit_and_level_set (gpointer data)
{
  GtkWidget *row = data;
  GtkLabel *level = GTK_LABEL (gtk_widget_get_template_child (row, WF_TYPE_LEVER_ROW, "level_label"));

  return gtk_widget_get_width (row) > 0 && strstr (gtk_label_get_text (level), "between") != NULL;
}

/* The unit beside a long level ("% of adopted gradient-4 jobs" beside
 * "Level 3.7 · between Medium and High", as in a 1024 × 640 window) wraps
 * too: neither label is cut. */
static void
test_unit_label_whole (void)
{
  g_autoptr(WfSession) session = wf_session_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *row = wf_lever_row_new (session, WF_LEVER_AUTOMATION_SHARE);
  GtkLabel *unit = GTK_LABEL (gtk_widget_get_template_child (row, WF_TYPE_LEVER_ROW, "unit_label"));
  GtkLabel *level = GTK_LABEL (gtk_widget_get_template_child (row, WF_TYPE_LEVER_ROW, "level_label"));
  const WfLeverInfo *info = wf_lever_get_info (WF_LEVER_AUTOMATION_SHARE);

  /* The lever panel's width in a 1024 × 640 window. */
  gtk_window_set_child (GTK_WINDOW (window), row);
  gtk_window_set_default_size (GTK_WINDOW (window), 340, -1);
  wf_session_set_lever (session, WF_LEVER_AUTOMATION_SHARE,
                        (2 * info->levels[1].value + 3 * info->levels[2].value) / 5);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wf_ui_test_wait_until (unit_and_level_set, row));
  wf_ui_test_flush ();

  g_test_message ("unit “%s” %d px, level “%s” %d px, in a %d px row", gtk_label_get_text (unit),
                  gtk_widget_get_width (GTK_WIDGET (unit)), gtk_label_get_text (level),
                  gtk_widget_get_width (GTK_WIDGET (level)), gtk_widget_get_width (row));
  g_assert_cmpstr (gtk_label_get_text (unit), ==, wf_lever_get_unit (WF_LEVER_AUTOMATION_SHARE));
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (unit)));
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (level)));

  gtk_window_destroy (GTK_WINDOW (window));
  wf_ui_test_flush ();
}

static GtkPopover *
find_popover (GtkWidget *owner)
{
  for (GtkWidget *c = gtk_widget_get_first_child (owner); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_POPOVER (c))
      return GTK_POPOVER (c);
  return NULL;
}

static gboolean
popover_shown (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static gboolean
popover_hidden (gpointer data)
{
  return !gtk_widget_get_visible (data);
}

/* While a drop-down's list (or the Compare With menu) is open, its
 * tooltip is off, so that it covers no item of the list; it is back once
 * the list closes. */
static void
test_dropdown_tooltip_while_open (void)
{
  static const char * const owners[] = {
    "sector_dropdown", "chart_dropdown", "scenario_dropdown", "compare_button",
  };
  WfWindow *window = wf_window_new (GTK_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 640);
  gtk_window_present (GTK_WINDOW (window));
  wf_ui_test_flush ();
  for (guint i = 0; i < G_N_ELEMENTS (owners); i++)
    {
      GtkWidget *owner = child (window, owners[i]);
      GtkPopover *popover = find_popover (owner);

      g_test_message ("%s", owners[i]);
      g_assert_nonnull (popover);
      g_assert_nonnull (gtk_widget_get_tooltip_text (owner));
      g_assert_true (gtk_widget_get_has_tooltip (owner));
      gtk_popover_popup (popover);
      g_assert_true (wf_ui_test_wait_until (popover_shown, popover));
      g_assert_false (gtk_widget_get_has_tooltip (owner));
      gtk_popover_popdown (popover);
      g_assert_true (wf_ui_test_wait_until (popover_hidden, popover));
      g_assert_true (gtk_widget_get_has_tooltip (owner));
      /* The name a screen reader reads is still the tooltip's. */
      g_assert_nonnull (gtk_widget_get_tooltip_text (owner));
    }

  gtk_window_destroy (GTK_WINDOW (window));
  wf_ui_test_flush ();
}

/* French, the longest of the three languages, for the messages and the
 * numbers; restore_locale() puts the test's own back. */
typedef struct
{
  char *messages;
  char *numeric;
} SavedLocale;

static gboolean
set_locale (SavedLocale *saved,
            const char  *locale)
{
  if (g_getenv (WF_LOCALEDIR_ENV) == NULL)
    {
      g_test_skip ("not run in the test environment (no catalogues)");
      return FALSE;
    }
  saved->messages = g_strdup (setlocale (LC_MESSAGES, NULL));
  saved->numeric = g_strdup (setlocale (LC_NUMERIC, NULL));
  if (setlocale (LC_MESSAGES, locale) == NULL || setlocale (LC_NUMERIC, locale) == NULL)
    {
      g_autofree char *message = g_strdup_printf ("the %s locale is not generated (./build-aux/dev test does it)",
                                                  locale);

      setlocale (LC_MESSAGES, saved->messages);
      setlocale (LC_NUMERIC, saved->numeric);
      g_clear_pointer (&saved->messages, g_free);
      g_clear_pointer (&saved->numeric, g_free);
      g_test_skip (message);
      return FALSE;
    }
  wf_i18n_init (LOCALEDIR);
  return TRUE;
}

static gboolean
set_french (SavedLocale *saved)
{
  return set_locale (saved, "fr_FR.UTF-8");
}

static void
restore_locale (SavedLocale *saved)
{
  setlocale (LC_MESSAGES, saved->messages);
  setlocale (LC_NUMERIC, saved->numeric);
  g_clear_pointer (&saved->messages, g_free);
  g_clear_pointer (&saved->numeric, g_free);
}

/* The mapped labels under @widget, and how many of them are cut. */
static guint
count_ellipsized (GtkWidget *widget,
                  guint     *n_labels)
{
  guint n = 0;

  if (!gtk_widget_get_mapped (widget))
    return 0;
  if (GTK_IS_LABEL (widget) && gtk_widget_get_width (widget) > 0 &&
      *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    {
      PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (widget));

      (*n_labels)++;
      if (pango_layout_is_ellipsized (layout))
        {
          g_test_message ("cut: “%s” (%d px)", gtk_label_get_text (GTK_LABEL (widget)),
                          gtk_widget_get_width (widget));
          n++;
        }
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    n += count_ellipsized (c, n_labels);
  return n;
}

/* The rows of headline cards under @widget: the distinct tops of the cards. */
static void
collect_card_rows (GtkWidget *widget,
                   GtkWidget *bar,
                   GArray    *tops)
{
  graphene_point_t top;

  if (gtk_widget_has_css_class (widget, "headline-cell") &&
      gtk_widget_compute_point (widget, bar, &GRAPHENE_POINT_INIT (0, 0), &top))
    {
      guint i;

      for (i = 0; i < tops->len && g_array_index (tops, float, i) != top.y; i++)
        ;
      if (i == tops->len)
        g_array_append_val (tops, top.y);
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_card_rows (c, bar, tops);
}

static gboolean
headline_shown (gpointer data)
{
  GtkWidget *bar = data;

  return gtk_widget_get_mapped (bar) && gtk_widget_get_width (bar) > 0 &&
         wf_headline_bar_get_value (WF_HEADLINE_BAR (bar), 0)[0] != '\0';
}

static void
check_headline_whole (GtkWidget  *bar,
                      const char *state,
                      guint       max_rows)
{
  guint n_labels = 0, n_cut;
  g_autoptr(GArray) tops = g_array_new (FALSE, FALSE, sizeof (float));

  /* Let a resize after the text changed settle. */
  for (guint i = 0; i < 5; i++)
    {
      wf_ui_test_flush ();
      g_usleep (20000);
    }
  n_cut = count_ellipsized (bar, &n_labels);
  g_test_message ("%s: %u labels in the headline, %u cut, bar %d × %d px", state, n_labels, n_cut,
                  gtk_widget_get_width (bar), gtk_widget_get_height (bar));
  /* Five titles, five numbers, five sub-lines at least. */
  g_assert_cmpuint (n_labels, >=, 15);
  g_assert_cmpuint (n_cut, ==, 0);
  /* Whole, yet on no more rows of cards than before: the lines wrap
   * rather than the cards spreading over more rows. */
  collect_card_rows (bar, bar, tops);
  g_test_message ("%s: %u rows of cards", state, tops->len);
  g_assert_cmpuint (tops->len, >=, 1);
  g_assert_cmpuint (tops->len, <=, max_rows);
}

/* In French at 1024 × 640, every line of the headline cards reads whole:
 * the titles, the details under the numbers and the comparisons wrap
 * rather than end in an ellipsis. */
static void
test_headline_whole_in_french (void)
{
  SavedLocale saved = { NULL, NULL };
  WfWindow *window;
  WfSession *session;
  GtkWidget *bar;

  if (!set_french (&saved))
    return;
  window = wf_window_new (GTK_APPLICATION (app));
  session = wf_window_get_session (window);
  bar = child (window, "headline_bar");
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 640);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wf_ui_test_wait_until (headline_shown, bar));
  check_headline_whole (bar, "nothing compared", 2);

  /* Compared with another scenario: the comparison takes the detail's
   * place, longer still. */
  g_assert_cmpuint (wf_session_get_n_scenarios (session), >, 1);
  wf_session_set_compared (session, wf_session_get_scenario (session, 1)->name);
  g_assert_nonnull (wf_headline_bar_get_comparison (WF_HEADLINE_BAR (bar), 1));
  check_headline_whole (bar, "compared", 2);

  gtk_window_destroy (GTK_WINDOW (window));
  wf_ui_test_flush ();
  restore_locale (&saved);
}

/* In the test's own language (English), in the width the headline has in
 * a maximised 1366 × 768 window, the five cards share one row, every line
 * whole. (A bar of that width alone: the test's screen may be smaller.) */
static void
test_headline_one_row_at_1366 (void)
{
  g_autoptr(WfSession) session = wf_session_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *bar = wf_headline_bar_new (session);

  gtk_window_set_child (GTK_WINDOW (window), bar);
  /* 1366 less the levers (386 pixels) and the bar's margins (24). */
  gtk_window_set_default_size (GTK_WINDOW (window), 956, -1);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wf_ui_test_wait_until (headline_shown, bar));
  g_assert_cmpint (gtk_widget_get_width (bar), ==, 956);
  check_headline_whole (bar, "956 px", 1);

  gtk_window_destroy (GTK_WINDOW (window));
  wf_ui_test_flush ();
}

/* At 1024 × 640 in French, with the sector of the longest name chosen,
 * the filters (gender lens, sector, comparison, horizon) take two lines at
 * most, and leave the chart its room. */
static void
test_filter_row_two_lines (void)
{
  SavedLocale saved = { NULL, NULL };
  WfWindow *window;
  WfSession *session;
  GtkWidget *filters, *chart;
  const WfDataset *dataset;
  const char *longest = NULL;
  glong longest_length = 0;
  Sized sized = { NULL, 0 };

  if (!set_french (&saved))
    return;
  window = wf_window_new (GTK_APPLICATION (app));
  session = wf_window_get_session (window);
  filters = child (window, "filter_toolbar");
  chart = child (window, "chart_view");
  g_assert_true (WF_IS_WRAP_BOX (filters));
  dataset = wf_session_get_document (session)->dataset;
  for (guint s = 0; s < dataset->n_sectors; s++)
    {
      glong length = g_utf8_strlen (wf_dataset_get_sector_label (dataset, s), -1);

      if (length > longest_length)
        {
          longest_length = length;
          longest = dataset->sectors[s].id;
        }
    }
  g_assert_nonnull (longest);
  g_object_set (session, "sector-filter", longest, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 640);
  gtk_window_present (GTK_WINDOW (window));
  sized.widget = chart;
  g_assert_true (wf_ui_test_wait_until (is_allocated, &sized));
  for (guint i = 0; i < 5; i++)
    {
      wf_ui_test_flush ();
      g_usleep (20000);
    }
  g_test_message ("sector %s; filters on %u lines, %d px high; chart %d px high; window %d × %d",
                  longest, wf_wrap_box_get_n_lines (WF_WRAP_BOX (filters)),
                  gtk_widget_get_height (filters), gtk_widget_get_height (chart),
                  gtk_widget_get_width (GTK_WIDGET (window)), gtk_widget_get_height (GTK_WIDGET (window)));
  g_assert_cmpuint (wf_wrap_box_get_n_lines (WF_WRAP_BOX (filters)), >=, 1);
  g_assert_cmpuint (wf_wrap_box_get_n_lines (WF_WRAP_BOX (filters)), <=, 2);
  /* Two lines of filters: each no higher than a button and its spacing. */
  g_assert_cmpint (gtk_widget_get_height (filters), <=, 2 * 40 + 4);
  /* Every filter inside the row's width. */
  for (GtkWidget *c = gtk_widget_get_first_child (filters); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_compute_bounds (c, filters, &bounds));
      g_assert_cmpfloat (bounds.origin.x, >=, 0);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (filters));
    }

  gtk_window_destroy (GTK_WINDOW (window));
  wf_ui_test_flush ();
  restore_locale (&saved);
}

typedef struct
{
  GtkRevealer *revealer;
  gboolean     revealed;
} HintIs;

static gboolean
hint_is (gpointer data)
{
  HintIs *is = data;

  return gtk_revealer_get_child_revealed (is->revealer) == is->revealed;
}

/* The presentation's key hint fades out without the chart changing size:
 * its strip stays, so the chart does not jump. */
static void
test_presentation_hint_keeps_chart_size (void)
{
  WfSession *session = wf_session_new ();
  GtkWindow *window = g_object_ref (wf_presentation_window_new (NULL, session, TRUE));
  GtkWidget *chart = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                WF_TYPE_PRESENTATION_WINDOW,
                                                                "chart_view"));
  GtkRevealer *revealer = GTK_REVEALER (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                       WF_TYPE_PRESENTATION_WINDOW,
                                                                       "hint_revealer"));
  HintIs is = { revealer, TRUE };
  Sized sized = { chart, 0 };
  int shown_height, shown_width;

  gtk_window_set_default_size (window, 1024, 640);
  gtk_window_present (window);
  g_assert_true (wf_ui_test_wait_until (is_allocated, &sized));
  g_assert_true (wf_ui_test_wait_until (hint_is, &is));
  wf_ui_test_flush ();
  shown_height = gtk_widget_get_height (chart);
  shown_width = gtk_widget_get_width (chart);

  /* It fades after a few seconds. */
  is.revealed = FALSE;
  g_assert_true (wf_ui_test_wait_until (hint_is, &is));
  for (guint i = 0; i < 5; i++)
    {
      wf_ui_test_flush ();
      g_usleep (20000);
    }
  g_test_message ("chart %d × %d px with the hint, %d × %d px after it", shown_width, shown_height,
                  gtk_widget_get_width (chart), gtk_widget_get_height (chart));
  g_assert_cmpint (gtk_widget_get_height (chart), ==, shown_height);
  g_assert_cmpint (gtk_widget_get_width (chart), ==, shown_width);

  gtk_window_destroy (window);
  wf_ui_test_flush ();
  g_assert_finalize_object (window);
  g_assert_finalize_object (session);
}

/* The labels of the window's title (the document's name, and the data
 * set's under it). */
static void
collect_labels (GtkWidget *widget,
                GPtrArray *labels)
{
  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (labels, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_labels (c, labels);
}

static gboolean
title_shown (gpointer data)
{
  GtkWidget *title = data;

  return gtk_widget_get_mapped (title) && gtk_widget_get_width (title) > 0;
}

static gboolean
has_file (gpointer data)
{
  return wf_session_get_file (data) != NULL;
}

/* Whether the title and the subtitle read whole, after a resize settles. */
static void
check_title_whole (WfWindow   *window,
                   const char *state)
{
  GtkWidget *title = child (window, "window_title");
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  guint n_shown = 0;

  for (guint i = 0; i < 5; i++)
    {
      wf_ui_test_flush ();
      g_usleep (20000);
    }
  collect_labels (title, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);
      if (!gtk_widget_get_mapped (GTK_WIDGET (label)) || *gtk_label_get_text (label) == '\0')
        continue;
      n_shown++;
      g_test_message ("%s: “%s” %d px", state, gtk_label_get_text (label),
                      gtk_widget_get_width (GTK_WIDGET (label)));
      g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (label)));
    }
  /* The document's name and the data set's. */
  g_assert_cmpuint (n_shown, ==, 2);
}

/* A window of 1024 × 640 on the bundled world file, shown and loaded. */
static WfWindow *
open_world_at_1024 (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("WF_SOURCE_ROOT"), "data", "world-2023.foresight", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  WfWindow *window = wf_window_new (GTK_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 640);
  gtk_window_present (GTK_WINDOW (window));
  wf_window_open_file (window, file);
  g_assert_true (wf_ui_test_wait_until (title_shown, child (window, "window_title")));
  g_assert_true (wf_ui_test_wait_until (has_file, wf_window_get_session (window)));
  return window;
}

/* At 1024 × 640, in English, French and Spanish, whatever preset is
 * current, the window's title and subtitle read whole: the scenario
 * drop-down cuts a long name on its button ("IA exponencial, preparación
 * limitada"), and its tooltip and accessible name give it whole. */
static void
test_title_whole_at_1024 (void)
{
  const char *locales[] = { NULL, "fr_FR.UTF-8", "es_ES.UTF-8" };

  for (guint l = 0; l < G_N_ELEMENTS (locales); l++)
    {
      SavedLocale saved = { NULL, NULL };
      WfWindow *window;
      WfSession *session;
      GtkWidget *dropdown;

      if (locales[l] != NULL && !set_locale (&saved, locales[l]))
        return;
      /* The world file, so that the title is its name. */
      window = open_world_at_1024 ();
      session = wf_window_get_session (window);
      dropdown = child (window, "scenario_dropdown");

      g_assert_cmpuint (wf_session_get_n_scenarios (session), >=, 5);
      for (guint i = 0; i < wf_session_get_n_scenarios (session); i++)
        {
          const char *name = wf_scenario_get_display_name (wf_session_get_scenario (session, i));
          g_autofree char *state = g_strdup_printf ("%s, “%s”", locales[l] ? locales[l] : "C", name);
          const char *tooltip;

          wf_session_set_current (session, i);
          check_title_whole (window, state);
          /* The name whole where the button cuts it. */
          tooltip = gtk_widget_get_tooltip_text (dropdown);
          g_assert_nonnull (strstr (tooltip, name));
        }

      gtk_window_destroy (GTK_WINDOW (window));
      wf_ui_test_flush ();
      if (locales[l] != NULL)
        restore_locale (&saved);
    }
}

/* The popover under @widget, at any depth, or NULL. */
static GtkPopover *
find_popover_below (GtkWidget *widget)
{
  if (GTK_IS_POPOVER (widget))
    return GTK_POPOVER (widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkPopover *popover = find_popover_below (c);

      if (popover != NULL)
        return popover;
    }
  return NULL;
}

/* The export dialog at its own size, in English, French and Spanish: no
 * label of it is cut, and no item of the lists its rows open. French cut
 * the theme "Présentation (grands c…", on the row and in its list. */
static void
test_export_options_whole (void)
{
  const char *locales[] = { NULL, "fr_FR.UTF-8", "es_ES.UTF-8" };
  const char *rows[] = { "chart_row", "format_row", "size_row", "theme_row", "scale_row", "number_format_row" };

  for (guint l = 0; l < G_N_ELEMENTS (locales); l++)
    {
      SavedLocale saved = { NULL, NULL };
      WfWindow *window;
      GtkWindow *dialog;
      Sized sized = { NULL, 0 };
      guint n_labels = 0;

      if (locales[l] != NULL && !set_locale (&saved, locales[l]))
        return;
      window = wf_window_new (GTK_APPLICATION (app));
      gtk_window_set_default_size (GTK_WINDOW (window), 1024, 640);
      gtk_window_present (GTK_WINDOW (window));
      dialog = wf_export_dialog_new (GTK_WINDOW (window), wf_window_get_session (window));
      gtk_window_present (dialog);
      sized.widget = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), WF_TYPE_EXPORT_DIALOG,
                                                                "theme_row"));
      g_assert_true (wf_ui_test_wait_until (is_allocated, &sized));

      for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
        {
          AdwComboRow *row = ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                                           WF_TYPE_EXPORT_DIALOG, rows[r]));
          GListModel *model = adw_combo_row_get_model (row);
          g_autofree char *state = g_strdup_printf ("%s, %s", locales[l] != NULL ? locales[l] : "C", rows[r]);

          /* Each choice on the row, then the row's list. */
          for (guint i = 0; i < g_list_model_get_n_items (model); i++)
            {
              adw_combo_row_set_selected (row, i);
              for (guint k = 0; k < 3; k++)
                {
                  wf_ui_test_flush ();
                  g_usleep (20000);
                }
              n_labels = 0;
              if (count_ellipsized (GTK_WIDGET (dialog), &n_labels) > 0)
                g_error ("%s: item %u cut on the dialog", state, i);
            }
          if (gtk_widget_get_sensitive (GTK_WIDGET (row)))
            {
              GtkPopover *popover;

              g_assert_true (gtk_widget_activate (GTK_WIDGET (row)));
              popover = find_popover_below (GTK_WIDGET (row));
              g_assert_nonnull (popover);
              g_assert_true (wf_ui_test_wait_until (popover_shown, popover));
              for (guint k = 0; k < 5; k++)
                {
                  wf_ui_test_flush ();
                  g_usleep (20000);
                }
              n_labels = 0;
              if (count_ellipsized (GTK_WIDGET (popover), &n_labels) > 0)
                g_error ("%s: an item cut in the list", state);
              /* The items shown (a long list scrolls). */
              g_assert_cmpuint (n_labels, >=, MIN (g_list_model_get_n_items (model), 5));
              gtk_popover_popdown (popover);
              g_assert_true (wf_ui_test_wait_until (popover_hidden, popover));
            }
          adw_combo_row_set_selected (row, 0);
        }

      gtk_window_destroy (dialog);
      gtk_window_destroy (GTK_WINDOW (window));
      wf_ui_test_flush ();
      if (locales[l] != NULL)
        restore_locale (&saved);
    }
}

/* The first label shown under @widget, or NULL. */
static GtkLabel *
shown_label (GtkWidget *widget)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_labels (widget, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (labels, i)))
      return g_ptr_array_index (labels, i);
  return NULL;
}

/* At 1024 × 640, in English, French and Spanish, for every preset: the
 * title whole, and the scenario's button has all the room the title
 * leaves: its name is cut only with the title pushed against the buttons
 * after it. GTK 4.8's header bar gave each side at most half of what the
 * title left: "Tendances actu…" beside 140 px of nothing. */
static void
test_scenario_uses_header_room (void)
{
  const char *locales[] = { NULL, "fr_FR.UTF-8", "es_ES.UTF-8" };

  for (guint l = 0; l < G_N_ELEMENTS (locales); l++)
    {
      SavedLocale saved = { NULL, NULL };
      WfWindow *window;
      WfSession *session;
      GtkWidget *dropdown, *title, *undo;
      guint n_whole = 0;

      if (locales[l] != NULL && !set_locale (&saved, locales[l]))
        return;
      window = open_world_at_1024 ();
      session = wf_window_get_session (window);
      dropdown = child (window, "scenario_dropdown");
      title = child (window, "window_title");
      undo = gtk_widget_get_parent (child (window, "undo_button"));

      for (guint i = 0; i < wf_session_get_n_scenarios (session); i++)
        {
          const char *name = wf_scenario_get_display_name (wf_session_get_scenario (session, i));
          g_autofree char *state = g_strdup_printf ("%s, “%s”", locales[l] ? locales[l] : "C", name);
          graphene_rect_t title_bounds, undo_bounds, scenario_bounds;
          GtkLabel *label;

          wf_session_set_current (session, i);
          check_title_whole (window, state);
          label = shown_label (dropdown);
          g_assert_nonnull (label);
          g_assert_cmpstr (gtk_label_get_text (label), ==, name);
          g_assert_true (gtk_widget_compute_bounds (title, GTK_WIDGET (window), &title_bounds));
          g_assert_true (gtk_widget_compute_bounds (undo, GTK_WIDGET (window), &undo_bounds));
          g_assert_true (gtk_widget_compute_bounds (dropdown, GTK_WIDGET (window), &scenario_bounds));
          g_test_message ("%s: scenario %g px%s, title %g to %g, undo from %g", state, scenario_bounds.size.width,
                          pango_layout_is_ellipsized (gtk_label_get_layout (label)) ? " (cut)" : "",
                          title_bounds.origin.x, title_bounds.origin.x + title_bounds.size.width,
                          undo_bounds.origin.x);
          /* Nothing overlaps. */
          g_assert_cmpfloat (scenario_bounds.origin.x + scenario_bounds.size.width, <=, title_bounds.origin.x);
          g_assert_cmpfloat (title_bounds.origin.x + title_bounds.size.width, <=, undo_bounds.origin.x);
          if (pango_layout_is_ellipsized (gtk_label_get_layout (label)))
            /* Cut: the title gave way as far as it can. */
            g_assert_cmpfloat (undo_bounds.origin.x - (title_bounds.origin.x + title_bounds.size.width), <=, 12);
          else
            n_whole++;
        }
      /* "Current trends", "Tendances actuelles" and the like whole. */
      g_assert_cmpuint (n_whole, >=, 1);

      gtk_window_destroy (GTK_WINDOW (window));
      wf_ui_test_flush ();
      if (locales[l] != NULL)
        restore_locale (&saved);
    }
}

/* Whether @widget, shown, lies across the window's width. */
static void
check_inside_window (GtkWidget  *widget,
                     WfWindow   *window,
                     const char *state)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_get_mapped (widget));
  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (window), &bounds));
  if (bounds.origin.x < 0 || bounds.origin.x + bounds.size.width > gtk_widget_get_width (GTK_WIDGET (window)))
    g_error ("%s: a %s at %g + %g px, outside the window's %d px", state, G_OBJECT_TYPE_NAME (widget),
             bounds.origin.x, bounds.size.width, gtk_widget_get_width (GTK_WIDGET (window)));
}

/* The window at 1024 × 640 and what its chart needs: no wider than the
 * screen (it would grow past it, its right side off screen), every
 * control of the chart's rows shown and inside it. */
static void
check_chart_fits (WfWindow   *window,
                  const char *state)
{
  GtkWidget *metric = child (window, "metric_dropdown");
  GtkWidget *difference = child (window, "difference_button");
  GtkWidget *filters = child (window, "filter_toolbar");
  WfChartNeeds needs = wf_chart_kind_get_needs (wf_session_get_chart_kind (wf_window_get_session (window)));
  /* The chart's own row (its drop-down's) and the filters'. */
  GtkWidget *rows[] = { gtk_widget_get_parent (child (window, "chart_dropdown")), filters };
  int minimum, natural;

  for (guint i = 0; i < 5; i++)
    {
      wf_ui_test_flush ();
      g_usleep (20000);
    }
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_test_message ("%s: window %d px wide, at least %d; filters on %u lines", state,
                  gtk_widget_get_width (GTK_WIDGET (window)), minimum,
                  wf_wrap_box_get_n_lines (WF_WRAP_BOX (filters)));
  g_assert_cmpint (minimum, <=, 1024);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 1024);
  g_assert_cmpint (gtk_widget_get_visible (metric), ==, (needs & WF_CHART_NEEDS_METRIC) != 0);
  g_assert_cmpint (gtk_widget_get_visible (difference), ==, (needs & WF_CHART_NEEDS_DIFFERENCE) != 0);
  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    for (GtkWidget *c = gtk_widget_get_first_child (rows[r]); c != NULL;
         c = gtk_widget_get_next_sibling (c))
      if (gtk_widget_get_visible (c))
        check_inside_window (c, window, state);
  /* The filters wrap, and leave the chart its room. */
  g_assert_cmpuint (wf_wrap_box_get_n_lines (WF_WRAP_BOX (filters)), <=, 2);
  g_assert_cmpint (gtk_widget_get_height (child (window, "chart_view")), >=, 200);
}

/* At 1024 × 640, in English, French and Spanish, every chart in turn (and
 * every outcome the tornado and the attribution explain): the window stays
 * 1024 px wide, its chart's controls all shown, the outcome's drop-down
 * among them. It sat in the chart's header row, which does not wrap: in
 * French "Tornade" with "Taux de chômage (%)" made the window wider than
 * the screen. */
static void
test_every_chart_fits_at_1024 (void)
{
  const char *locales[] = { NULL, "fr_FR.UTF-8", "es_ES.UTF-8" };

  for (guint l = 0; l < G_N_ELEMENTS (locales); l++)
    {
      SavedLocale saved = { NULL, NULL };
      WfWindow *window;
      WfSession *session;
      Sized sized = { NULL, 0 };

      if (locales[l] != NULL && !set_locale (&saved, locales[l]))
        return;
      window = open_world_at_1024 ();
      session = wf_window_get_session (window);
      sized.widget = child (window, "chart_view");
      g_assert_true (wf_ui_test_wait_until (is_allocated, &sized));

      for (guint k = 0; k < WF_N_CHART_KINDS; k++)
        {
          WfChartNeeds needs = wf_chart_kind_get_needs (k);
          guint n_metrics = (needs & WF_CHART_NEEDS_METRIC) != 0 ? WF_N_METRICS : 1;

          wf_session_set_chart (session, wf_chart_kind_to_id (k));
          g_assert_cmpint (wf_session_get_chart_kind (session), ==, k);
          for (guint m = 0; m < n_metrics; m++)
            {
              g_autofree char *state = NULL;

              if ((needs & WF_CHART_NEEDS_METRIC) != 0)
                wf_session_set_metric (session, m);
              state = g_strdup_printf ("%s, %s, %s", locales[l] != NULL ? locales[l] : "C",
                                       wf_chart_kind_to_id (k),
                                       (needs & WF_CHART_NEEDS_METRIC) != 0 ? wf_metric_to_string (m) : "-");
              check_chart_fits (window, state);
              /* The outcome whole where its button may cut it. */
              if ((needs & WF_CHART_NEEDS_METRIC) != 0)
                g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (child (window, "metric_dropdown")),
                                          wf_metric_to_string (m)));
            }
        }

      gtk_window_destroy (GTK_WINDOW (window));
      wf_ui_test_flush ();
      if (locales[l] != NULL)
        restore_locale (&saved);
    }
}

static gboolean
panel_scrolls (gpointer data)
{
  GtkAdjustment *adjustment = data;

  return gtk_adjustment_get_upper (adjustment) > gtk_adjustment_get_page_size (adjustment);
}

/* The controller by which the wheel over @control scrolls the panel. */
static GtkEventController *
find_scroll_controller (GtkWidget *control)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (control);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_SCROLL (controller) &&
          gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_CAPTURE)
        return controller;
    }
  return NULL;
}

/* The wheel over a slider or a number box scrolls the lever panel and
 * changes no value, unless the control has the keyboard focus. */
static void
test_wheel_scrolls_panel (void)
{
  WfWindow *window = wf_window_new (GTK_APPLICATION (app));
  WfSession *session = wf_window_get_session (window);
  GtkWidget *panel = child (window, "lever_panel");
  GtkWidget *row = wf_lever_panel_get_row (WF_LEVER_PANEL (panel), WF_LEVER_ADOPTION_SPEED);
  GtkWidget *controls[] = {
    GTK_WIDGET (gtk_widget_get_template_child (row, WF_TYPE_LEVER_ROW, "scale")),
    GTK_WIDGET (gtk_widget_get_template_child (row, WF_TYPE_LEVER_ROW, "spin_button")),
  };
  GtkWidget *scrolled = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 640);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wf_ui_test_wait_until (panel_scrolls, adjustment));

  for (guint c = 0; c < G_N_ELEMENTS (controls); c++)
    {
      GtkEventController *scroll = find_scroll_controller (controls[c]);
      double value = wf_session_get_current_scenario (session)->values[WF_LEVER_ADOPTION_SPEED];
      double top;
      gboolean handled = FALSE;

      g_assert_nonnull (scroll);
      gtk_adjustment_set_value (adjustment, 0);
      /* A notch down, the focus elsewhere: the panel scrolls. */
      gtk_widget_grab_focus (child (window, "chart_dropdown"));
      g_signal_emit_by_name (scroll, "scroll", 0.0, 1.0, &handled);
      g_assert_true (handled);
      g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
      g_assert_cmpfloat (wf_session_get_current_scenario (session)->values[WF_LEVER_ADOPTION_SPEED], ==, value);

      /* With the focus, the control takes the wheel, and the panel stays. */
      top = gtk_adjustment_get_value (adjustment);
      g_assert_true (gtk_widget_grab_focus (controls[c]));
      handled = TRUE;
      g_signal_emit_by_name (scroll, "scroll", 0.0, 1.0, &handled);
      g_assert_false (handled);
      g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, top);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  wf_ui_test_flush ();
}

/* Between two named levels, the label names them as inside a sentence
 * (“Niveau 2,5 · entre modeste et substantiel”), not as labels. */
static void
test_level_label_in_sentence (void)
{
  const char *locales[] = { NULL, "fr_FR.UTF-8", "es_ES.UTF-8" };

  for (guint l = 0; l < G_N_ELEMENTS (locales); l++)
    {
      SavedLocale saved = { NULL, NULL };

      if (locales[l] != NULL && !set_locale (&saved, locales[l]))
        return;
      for (WfLever lever = 0; lever < WF_N_LEVERS; lever++)
        {
          g_autoptr(WfSession) session = wf_session_new ();
          GtkWidget *row = g_object_ref_sink (wf_lever_row_new (session, lever));
          GtkLabel *label = GTK_LABEL (gtk_widget_get_template_child (row, WF_TYPE_LEVER_ROW, "level_label"));
          const WfLeverInfo *info = wf_lever_get_info (lever);
          const char *text;

          wf_session_set_lever (session, lever, (info->levels[1].value + info->levels[2].value) / 2);
          text = gtk_label_get_text (label);
          g_test_message ("%s", text);
          g_assert_nonnull (strstr (text, wf_lever_level_get_name_in_sentence (lever, 1)));
          g_assert_nonnull (strstr (text, wf_lever_level_get_name_in_sentence (lever, 2)));
          /* Not the capitalised names, where they differ. */
          for (guint n = 1; n <= 2; n++)
            if (g_strcmp0 (wf_lever_level_get_name (lever, n), wf_lever_level_get_name_in_sentence (lever, n)) != 0)
              g_assert_null (strstr (text, wf_lever_level_get_name (lever, n)));
          g_object_unref (row);
        }
      if (locales[l] != NULL)
        restore_locale (&saved);
    }
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  app = wf_ui_test_init_application (&argc, &argv);

  g_test_add_func ("/ui/window-layout/horizon-label", test_horizon_label);
  g_test_add_func ("/ui/window-layout/tooltip-at-edges", test_tooltip_at_edges);
  g_test_add_func ("/ui/window-layout/level-label-wraps", test_level_label_wraps);
  g_test_add_func ("/ui/window-layout/unit-label-whole", test_unit_label_whole);
  g_test_add_func ("/ui/window-layout/dropdown-tooltip-while-open", test_dropdown_tooltip_while_open);
  g_test_add_func ("/ui/window-layout/headline-whole-in-french", test_headline_whole_in_french);
  g_test_add_func ("/ui/window-layout/headline-one-row-at-1366", test_headline_one_row_at_1366);
  g_test_add_func ("/ui/window-layout/filter-row-two-lines", test_filter_row_two_lines);
  g_test_add_func ("/ui/window-layout/title-whole-at-1024", test_title_whole_at_1024);
  g_test_add_func ("/ui/window-layout/every-chart-fits-at-1024", test_every_chart_fits_at_1024);
  g_test_add_func ("/ui/window-layout/scenario-uses-header-room", test_scenario_uses_header_room);
  g_test_add_func ("/ui/window-layout/export-options-whole", test_export_options_whole);
  g_test_add_func ("/ui/window-layout/wheel-scrolls-panel", test_wheel_scrolls_panel);
  g_test_add_func ("/ui/window-layout/level-label-in-sentence", test_level_label_in_sentence);
  g_test_add_func ("/ui/window-layout/presentation-hint-keeps-chart-size",
                   test_presentation_hint_keeps_chart_size);

  ret = g_test_run ();
  g_clear_object (&app);
  return ret;
}
