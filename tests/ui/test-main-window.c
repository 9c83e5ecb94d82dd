/* test-main-window.c: what a user does in the main window
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
#include <unistd.h>

#include "wf-document-io.h"
#include "wf-export-dialog.h"
#include "wf-headline-bar.h"
#include "wf-i18n.h"
#include "wf-lever-panel.h"
#include "wf-lever-row.h"
#include "wf-application.h"
#include "wf-chart-view.h"
#include "wf-window.h"
#include "wf-data-view.h"
#include "wf-uncertainty.h"
#include "wf-ui-app-test.h"
#include "wf-ui-test.h"

static WfApplication *app;

typedef struct
{
  gboolean done;
  gboolean ok;
} Opened;

static void
opened_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Opened *opened = user_data;
  g_autoptr(GError) error = NULL;

  opened->ok = wf_window_open_file_finish (WF_WINDOW (object), result, &error);
  opened->done = TRUE;
}

static gboolean
is_opened (gpointer data)
{
  return ((Opened *) data)->done;
}

/* Opens as the window's actions do, and waits: the file is read in a
 * thread, so the document is not replaced before the main loop runs. */
static gboolean
open_file (WfWindow *window,
           GFile    *file)
{
  const WfDocument *before = wf_session_get_document (wf_window_get_session (window));
  Opened opened = { FALSE, FALSE };

  wf_window_open_file_async (window, file, NULL, opened_cb, &opened);
  g_assert_true (wf_session_get_document (wf_window_get_session (window)) == before);
  g_assert_true (wf_ui_test_wait_until (is_opened, &opened));
  return opened.ok;
}

static double
employment_2030 (WfSession *session)
{
  const WfResults *results = wf_session_get_results (session, wf_session_get_current (session));

  return wf_results_get (results, WF_RUN_SCENARIO, WF_OUTPUT_EMPLOYMENT, results->n_years - 1, -1, WF_SEX_ALL);
}

/* Moving a lever changes the results and the headline; undo restores them
 * exactly; redo brings the move back. */
static void
test_lever_undo (void)
{
  WfWindow *window = wf_ui_test_new_window (app);
  WfSession *session = wf_window_get_session (window);
  WfLeverPanel *panel = WF_LEVER_PANEL (wf_window_get_lever_panel (window));
  WfHeadlineBar *headline = WF_HEADLINE_BAR (wf_window_get_headline_bar (window));
  WfLeverRow *row = WF_LEVER_ROW (wf_lever_panel_get_row (panel, WF_LEVER_ADOPTION_CEILING));
  GtkWidget *scale;
  double before = employment_2030 (session);
  g_autofree char *headline_before = g_strdup (wf_headline_bar_get_value (headline, 0));
  g_autofree char *headline_after = NULL;
  g_autoptr(WfResults) results_before = wf_results_copy (wf_session_get_results (session, 0));

  g_assert_cmpfloat (wf_lever_row_get_value (row), ==, 60);
  g_assert_false (wf_session_can_undo (session));
  /* The moves below are one drag however long the machine takes between
   * them (the window redraws after the first): not the 1.2 s a user's
   * moves may be apart, which a loaded machine could exceed. */
  wf_session_set_gesture_timeout (session, G_MAXUINT);

  /* Move the slider as the user would: through its adjustment. */
  scale = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (row), WF_TYPE_LEVER_ROW, "scale"));
  gtk_range_set_value (GTK_RANGE (scale), 90);
  wf_ui_test_flush ();

  g_assert_cmpfloat (wf_session_get_current_scenario (session)->values[WF_LEVER_ADOPTION_CEILING], ==, 90);
  g_assert_cmpfloat (employment_2030 (session), !=, before);
  headline_after = g_strdup (wf_headline_bar_get_value (headline, 0));
  g_assert_cmpstr (headline_after, !=, headline_before);
  g_assert_true (wf_session_get_modified (session));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  /* A drag is one step. */
  gtk_range_set_value (GTK_RANGE (scale), 95);
  gtk_range_set_value (GTK_RANGE (scale), 85);
  wf_ui_test_flush ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  wf_ui_test_flush ();

  g_assert_cmpfloat (wf_lever_row_get_value (row), ==, 60);
  g_assert_true (wf_results_equal (results_before, wf_session_get_results (session, 0)));
  g_assert_cmpstr (wf_headline_bar_get_value (headline, 0), ==, headline_before);
  g_assert_false (wf_session_get_modified (session));
  g_assert_false (wf_session_can_undo (session));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  wf_ui_test_flush ();
  g_assert_cmpfloat (wf_lever_row_get_value (row), ==, 85);

  wf_ui_test_close_window (window);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

/* A lever move updates its own row only: the other rows' sliders hear
 * nothing of it. */
static void
test_lever_own_row (void)
{
  WfWindow *window = wf_ui_test_new_window (app);
  WfSession *session = wf_window_get_session (window);
  WfLeverPanel *panel = WF_LEVER_PANEL (wf_window_get_lever_panel (window));
  guint others = 0;
  GtkWidget *scale = NULL;

  for (guint i = 0; i < WF_N_LEVERS; i++)
    {
      GtkWidget *row = wf_lever_panel_get_row (panel, i);
      GtkWidget *row_scale = GTK_WIDGET (gtk_widget_get_template_child (row, WF_TYPE_LEVER_ROW, "scale"));

      if (i == WF_LEVER_RESKILLING)
        scale = row_scale;
      else
        g_signal_connect_swapped (gtk_range_get_adjustment (GTK_RANGE (row_scale)), "value-changed",
                                  G_CALLBACK (count_cb), &others);
    }

  gtk_range_set_value (GTK_RANGE (scale), 40);
  wf_ui_test_flush ();
  g_assert_cmpfloat (wf_session_get_current_scenario (session)->values[WF_LEVER_RESKILLING], ==, 40);
  g_assert_cmpuint (others, ==, 0);

  /* A change from elsewhere (here the session itself) reaches its row. */
  wf_session_set_lever (session, WF_LEVER_ADOPTION_CEILING, 75);
  g_assert_cmpuint (others, ==, 1);

  for (guint i = 0; i < WF_N_LEVERS; i++)
    g_signal_handlers_disconnect_by_data (gtk_range_get_adjustment (GTK_RANGE (gtk_widget_get_template_child (
                                            wf_lever_panel_get_row (panel, i), WF_TYPE_LEVER_ROW, "scale"))),
                                          &others);
  wf_ui_test_close_window (window);
}

/* Scenarios: add from a preset, duplicate, delete; each undoable. */
static void
test_scenarios (void)
{
  WfWindow *window = wf_ui_test_new_window (app);
  WfSession *session = wf_window_get_session (window);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-scenario", "s", "exponential-limited");
  g_assert_cmpuint (wf_session_get_n_scenarios (session), ==, 6);
  g_assert_cmpuint (wf_session_get_current (session), ==, 5);
  g_assert_cmpstr (wf_session_get_current_scenario (session)->name, ==, "Exponential AI, limited readiness (2)");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-scenario", "s", "copy");
  g_assert_cmpuint (wf_session_get_n_scenarios (session), ==, 7);

  wf_session_rename_scenario (session, 6, "Workshop group A");
  g_assert_cmpstr (wf_session_get_scenario (session, 6)->name, ==, "Workshop group A");
  wf_session_remove_scenario (session, 6);
  g_assert_cmpuint (wf_session_get_n_scenarios (session), ==, 6);

  for (guint i = 0; i < 4; i++)
    wf_session_undo (session);
  g_assert_cmpuint (wf_session_get_n_scenarios (session), ==, 5);
  g_assert_false (wf_session_get_modified (session));

  wf_ui_test_close_window (window);
}

/* A lever move reprojects the edited scenario, exactly as the core would,
 * and leaves the others as they were. */
static void
test_results_follow_edits (void)
{
  g_autoptr(WfSession) session = wf_session_new ();
  g_autoptr(WfResults) other_before = NULL;
  g_autoptr(WfResults) expected = NULL;

  wf_session_set_current (session, 2);
  other_before = wf_results_copy (wf_session_get_results (session, 1));
  (void) wf_session_get_results (session, 2);

  wf_session_set_lever (session, WF_LEVER_RESKILLING, 70);
  expected = wf_model_project (wf_session_get_document (session)->dataset,
                               wf_session_get_scenario (session, 2), NULL);
  g_assert_true (wf_results_equal (expected, wf_session_get_results (session, 2)));
  g_assert_true (wf_results_equal (other_before, wf_session_get_results (session, 1)));

  /* The horizon changes every scenario. */
  wf_session_set_horizon (session, 2035);
  for (guint i = 0; i < wf_session_get_n_scenarios (session); i++)
    g_assert_cmpint (wf_session_get_results (session, i)->horizon, ==, 2035);
}

/* Save, close and reopen: the scenarios and the view come back. */
static void
test_save_reopen (void)
{
  g_autofree char *dir = g_dir_make_tmp ("wf-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "workshop.foresight", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDocument) saved = NULL;
  WfWindow *window = wf_ui_test_new_window (app);
  WfSession *session = wf_window_get_session (window);

  wf_session_set_current (session, 3);
  wf_session_set_lever (session, WF_LEVER_RESKILLING, 55);
  wf_session_set_chart (session, "butterfly");
  wf_session_set_lens (session, WF_LENS_WOMEN);
  wf_session_set_sector_filter (session, "ECO_ISIC4_K");
  wf_session_set_compared (session, wf_session_get_scenario (session, 0)->name);
  g_assert_true (wf_session_save (session, file, &error));
  g_assert_no_error (error);
  g_assert_false (wf_session_get_modified (session));
  saved = wf_document_copy (wf_session_get_document (session));
  wf_ui_test_close_window (window);

  window = wf_ui_test_new_window (app);
  session = wf_window_get_session (window);
  g_assert_true (open_file (window, file));
  g_assert_true (g_file_equal (wf_session_get_file (session), file));
  g_assert_true (wf_document_equal (saved, wf_session_get_document (session)));
  g_assert_cmpuint (wf_session_get_current (session), ==, 3);
  g_assert_cmpfloat (wf_session_get_current_scenario (session)->values[WF_LEVER_RESKILLING], ==, 55);
  g_assert_cmpstr (wf_session_get_view (session)->chart, ==, "butterfly");
  g_assert_cmpint (wf_session_get_view (session)->lens, ==, WF_LENS_WOMEN);
  g_assert_cmpstr (wf_session_get_view (session)->sector_filter, ==, "ECO_ISIC4_K");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "workshop.foresight – Workforce Foresight");
  wf_ui_test_close_window (window);

  g_remove (path);
  {
    g_autofree char *backup = g_strconcat (path, "~", NULL);

    g_remove (backup);
  }
  g_rmdir (dir);
}

static gboolean
has_message_dialog (gpointer data)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      return TRUE;
  return FALSE;
}

/* A broken file shows an error and keeps the current document. */
static void
test_open_broken (void)
{
  g_autofree char *dir = g_dir_make_tmp ("wf-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "broken.foresight", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(WfDocument) before = NULL;
  WfWindow *window = wf_ui_test_new_window (app);
  WfSession *session = wf_window_get_session (window);
  GList *toplevels;
  gboolean found_dialog = FALSE;

  wf_session_set_lever (session, WF_LEVER_SME_LAG, 7);
  before = wf_document_copy (wf_session_get_document (session));
  g_assert_true (g_file_set_contents (path, "<foresight><scenarios>", -1, NULL));

  g_assert_false (open_file (window, file));
  g_assert_true (wf_document_equal (before, wf_session_get_document (session)));
  g_assert_null (wf_session_get_file (session));

  /* As the actions open it: the error shows when the thread is done. */
  wf_window_open_file (window, file);
  g_assert_true (wf_ui_test_wait_until (has_message_dialog, NULL));
  wf_ui_test_flush ();
  g_assert_true (wf_document_equal (before, wf_session_get_document (session)));
  g_assert_null (wf_session_get_file (session));
  g_assert_true (wf_session_get_modified (session));

  /* The error is a dialog over the window, naming the file. */
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      {
        const char *heading = adw_message_dialog_get_heading (l->data);

        g_assert_nonnull (strstr (heading, "broken.foresight"));
        g_assert_true (gtk_window_get_transient_for (l->data) == GTK_WINDOW (window));
        found_dialog = TRUE;
        gtk_window_destroy (l->data);
      }
  g_list_free (toplevels);
  g_assert_true (found_dialog);

  wf_ui_test_close_window (window);
  g_remove (path);
  g_rmdir (dir);
}

static WfChartView *find_chart_view (GtkWidget *widget);

/* The pieces of the flows chart add up to the displaced whatever the
 * policies (displacement does not depend on them), so their sum cannot
 * tell a redraw: the sum of their squares moves when workers move from
 * one piece to another. */
static double
flows_marks_total (WfChartView *view)
{
  const WfChartLayout *layout = wf_chart_view_get_layout (view);
  double total = 0.0;

  g_assert_nonnull (layout);
  for (guint i = 0; i < layout->marks->len; i++)
    {
      double value = g_array_index (layout->marks, WfChartMark, i).value;

      total += value * value;
    }
  return total;
}

static gboolean
view_has_marks (gpointer data)
{
  const WfChartLayout *layout = wf_chart_view_get_layout (data);

  return layout != NULL && layout->marks->len > 0;
}

typedef struct
{
  WfChartView *view;
  double       before;
} FlowsWait;

static gboolean
flows_redrawn (gpointer data)
{
  FlowsWait *wait = data;

  return view_has_marks (wait->view) &&
         fabs (flows_marks_total (wait->view) - wait->before) > 1e-6 * wait->before;
}

/* Moving "Reskilling coverage" as a user would changes net jobs, the people
 * displaced and still out of work, and the chart of where they go: training
 * policy matters to jobs (Model 2, property 9). */
static void
test_reskilling_moves_jobs (void)
{
  WfWindow *window = wf_ui_test_new_window (app);
  WfSession *session = wf_window_get_session (window);
  WfLeverPanel *panel = WF_LEVER_PANEL (wf_window_get_lever_panel (window));
  WfHeadlineBar *headline = WF_HEADLINE_BAR (wf_window_get_headline_bar (window));
  WfLeverRow *row = WF_LEVER_ROW (wf_lever_panel_get_row (panel, WF_LEVER_RESKILLING));
  GtkWidget *scale = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (row), WF_TYPE_LEVER_ROW, "scale"));
  WfChartView *view = find_chart_view (GTK_WIDGET (window));
  g_autofree char *net_before = g_strdup (wf_headline_bar_get_value (headline, 0));
  g_autofree char *out_before = g_strdup (wf_headline_bar_get_value (headline, 1));
  double flows_before;

  wf_session_set_chart (session, "flows");
  wf_ui_test_flush ();
  g_assert_cmpint (wf_chart_view_get_kind (view), ==, WF_CHART_FLOWS);
  g_assert_true (wf_ui_test_wait_until (view_has_marks, view));
  flows_before = flows_marks_total (view);

  gtk_range_set_value (GTK_RANGE (scale), 80);
  wf_ui_test_flush ();

  g_assert_cmpfloat (wf_session_get_current_scenario (session)->values[WF_LEVER_RESKILLING], ==, 80);
  g_assert_cmpstr (wf_headline_bar_get_value (headline, 0), !=, net_before);
  g_assert_cmpstr (wf_headline_bar_get_value (headline, 1), !=, out_before);
  /* The chart redraws with the new numbers (it fails on a time-out). */
  {
    FlowsWait wait = { view, flows_before };

    g_assert_true (wf_ui_test_wait_until (flows_redrawn, &wait));
  }

  wf_ui_test_close_window (window);
}

static gboolean
not_opening (gpointer data)
{
  return !wf_window_is_opening (data);
}

/* Opening a file reads it off the main loop; the window says it is opening
 * and offers to cancel; a cancelled open leaves the document as it was and
 * says nothing more. */
static void
test_open_cancel (void)
{
  WfWindow *window = wf_ui_test_new_window (app);
  WfSession *session = wf_window_get_session (window);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wf-open-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "other.foresight", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(WfSession) writer = wf_session_new ();

  g_assert_true (wf_session_save (writer, file, &error));
  g_assert_no_error (error);
  g_assert_null (wf_session_get_file (session));

  wf_window_open_file (window, file);
  g_assert_true (wf_window_is_opening (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-open", NULL));
  g_assert_true (wf_ui_test_wait_until (not_opening, window));
  g_assert_null (wf_session_get_file (session));

  /* Not cancelled, the same file opens. */
  wf_window_open_file (window, file);
  g_assert_true (wf_window_is_opening (window));
  g_assert_true (wf_ui_test_wait_until (not_opening, window));
  g_assert_nonnull (wf_session_get_file (session));
  g_assert_true (g_file_equal (wf_session_get_file (session), file));

  wf_ui_test_close_window (window);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_rmdir (dir);
}

/* Presentation mode enters and leaves; it follows the levers. */
/* The first chart view under @widget, depth first. */
static WfChartView *
find_chart_view (GtkWidget *widget)
{
  if (WF_IS_CHART_VIEW (widget))
    return WF_CHART_VIEW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      WfChartView *view = find_chart_view (child);

      if (view != NULL)
        return view;
    }
  return NULL;
}

static gboolean
attribution_current (gpointer data)
{
  return wf_uncertainty_is_current (data, WF_COMPUTATION_ATTRIBUTION);
}

/* The presentation shows the session's chart, computed once by the
 * session's one background service for every view: a lever move computes
 * the chart once. */
static void
test_presentation (void)
{
  WfWindow *window = wf_ui_test_new_window (app);
  WfSession *session = wf_window_get_session (window);
  WfChartView *main_view = find_chart_view (GTK_WIDGET (window));
  WfUncertainty *uncertainty;
  GtkWindow *presentation;
  WfChartView *view;
  guint finished;

  g_assert_nonnull (main_view);
  uncertainty = wf_session_get_uncertainty (session);
  wf_session_set_chart (session, "attribution");

  g_assert_null (wf_window_get_presentation (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation", NULL);
  wf_ui_test_flush ();
  presentation = wf_window_get_presentation (window);
  g_assert_nonnull (presentation);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (presentation)));
  view = find_chart_view (GTK_WIDGET (presentation));
  g_assert_nonnull (view);
  g_assert_true (view != main_view);
  g_assert_cmpint (wf_chart_view_get_kind (view), ==, WF_CHART_ATTRIBUTION);
  g_assert_true (wf_chart_view_get_session (view) == session);

  g_assert_true (wf_ui_test_wait_until (attribution_current, uncertainty));
  finished = wf_uncertainty_get_n_finished (uncertainty);
  wf_session_set_lever (session, WF_LEVER_RESKILLING, 35);
  g_assert_true (wf_ui_test_wait_until (attribution_current, uncertainty));
  g_assert_cmpuint (wf_uncertainty_get_n_finished (uncertainty), ==, finished + 1);

  /* Escape leaves; the session computes on for the main window. */
  gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.leave", NULL);
  wf_ui_test_flush ();
  g_assert_null (wf_window_get_presentation (window));
  g_assert_true (wf_session_get_uncertainty (session) == uncertainty);
  wf_session_set_lever (session, WF_LEVER_RESKILLING, 45);
  g_assert_false (attribution_current (uncertainty));
  g_assert_true (wf_ui_test_wait_until (attribution_current, uncertainty));

  wf_ui_test_close_window (window);
}

/* The data table of an uncertainty chart shows what the session has
 * computed and never computes on the main loop itself: a lever move returns
 * at once, and the table fills in when the background run is done. */
static void
test_data_view_does_not_block (void)
{
  WfWindow *window = wf_ui_test_new_window (app);
  WfSession *session = wf_window_get_session (window);
  WfUncertainty *uncertainty = wf_session_get_uncertainty (session);
  GtkWidget *stack = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), WF_TYPE_WINDOW, "view_stack"));
  WfDataView *data_view;

  g_assert_nonnull (uncertainty);
  wf_session_set_chart (session, "attribution");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "data");
  wf_ui_test_flush ();
  data_view = WF_DATA_VIEW (gtk_stack_get_visible_child (GTK_STACK (stack)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (data_view)));

  /* The results of the background run arrive through the main loop, so
   * they cannot be current before it runs again; flushing it here would
   * race with a run that takes well under a millisecond. */
  wf_session_set_lever (session, WF_LEVER_AUTOMATION_SHARE, 70);
  g_assert_false (wf_uncertainty_is_current (uncertainty, WF_COMPUTATION_ATTRIBUTION));

  g_assert_true (wf_ui_test_wait_until (attribution_current, uncertainty));
  g_assert_cmpuint (g_list_model_get_n_items (wf_data_view_get_model (data_view)), >, 0);

  wf_ui_test_close_window (window);
}

/* The horizon applies to every scenario, and is one undoable step. */
static void
test_horizon (void)
{
  WfWindow *window = wf_ui_test_new_window (app);
  WfSession *session = wf_window_get_session (window);
  GtkSpinButton *spin = GTK_SPIN_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (window), WF_TYPE_WINDOW,
                                                                         "horizon_spin"));

  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 2030);
  gtk_spin_button_set_value (spin, 2040);
  wf_ui_test_flush ();
  for (guint i = 0; i < wf_session_get_n_scenarios (session); i++)
    g_assert_cmpint (wf_session_get_scenario (session, i)->horizon, ==, 2040);
  g_assert_cmpuint (wf_session_get_results (session, 2)->n_years, ==, 18);

  wf_session_undo (session);
  wf_ui_test_flush ();
  g_assert_cmpint (wf_session_get_horizon (session), ==, 2030);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 2030);
  g_assert_false (wf_session_get_modified (session));

  wf_ui_test_close_window (window);
}

/* The names the Compare With menu offers, and which are checked. */
static GPtrArray *
compare_menu (WfWindow   *window,
              GPtrArray **checked)
{
  GtkWidget *box = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), WF_TYPE_WINDOW, "compare_box"));
  GPtrArray *names = g_ptr_array_new ();

  *checked = g_ptr_array_new ();
  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_CHECK_BUTTON (child))
      {
        const char *label = gtk_check_button_get_label (GTK_CHECK_BUTTON (child));

        g_ptr_array_add (names, (gpointer) label);
        if (gtk_check_button_get_active (GTK_CHECK_BUTTON (child)))
          g_ptr_array_add (*checked, (gpointer) label);
      }
  return names;
}

static GtkCheckButton *
compare_check (WfWindow   *window,
               const char *name)
{
  GtkWidget *box = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), WF_TYPE_WINDOW, "compare_box"));

  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_CHECK_BUTTON (child) && g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (child)), name) == 0)
      return GTK_CHECK_BUTTON (child);
  return NULL;
}

/* Compare With: a check button per scenario but the current one; checking
 * two compares both; the headline gives the difference with the first;
 * turning to a compared scenario compares the one left with it. */
static void
test_compare_menu_headline (void)
{
  WfWindow *window = wf_ui_test_new_window (app);
  WfSession *session = wf_window_get_session (window);
  WfHeadlineBar *headline = WF_HEADLINE_BAR (wf_window_get_headline_bar (window));
  GtkMenuButton *button = GTK_MENU_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (window), WF_TYPE_WINDOW,
                                                                          "compare_button"));
  guint n = wf_session_get_n_scenarios (session);
  const char *current, *first, *second;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GPtrArray) checked = NULL;
  WfHeadline h, c;
  g_autofree char *difference = NULL;

  wf_session_set_current (session, 3);
  wf_ui_test_flush ();
  current = wf_session_get_current_scenario (session)->name;
  first = wf_session_get_scenario (session, 0)->name;
  second = wf_session_get_scenario (session, 1)->name;

  names = compare_menu (window, &checked);
  g_assert_cmpuint (names->len, ==, n - 1);
  g_assert_cmpuint (checked->len, ==, 0);
  for (guint i = 0; i < names->len; i++)
    g_assert_cmpstr (g_ptr_array_index (names, i), !=, current);
  g_assert_null (wf_headline_bar_get_comparison (headline, 0));

  /* Check one, then a second: both compared, in that order. */
  gtk_check_button_set_active (compare_check (window, first), TRUE);
  wf_ui_test_flush ();
  g_assert_true (wf_session_is_scenario_compared (session, first));
  g_assert_true (strstr (gtk_menu_button_get_label (button), first) != NULL);

  /* The headline: the difference first, then the compared scenario. */
  wf_results_headline (wf_session_get_results (session, 3), &h);
  wf_results_headline (wf_session_get_results (session, 0), &c);
  difference = g_strdup_printf ("%s%'.1f M vs %s", h.net_jobs_vs_baseline < c.net_jobs_vs_baseline ? "−" : "+",
                                fabs (h.net_jobs_vs_baseline - c.net_jobs_vs_baseline) / 1000.0, first);
  g_test_message ("headline: %s", wf_headline_bar_get_comparison (headline, 0));
  g_assert_nonnull (wf_headline_bar_get_comparison (headline, 0));
  g_assert_true (g_str_has_prefix (wf_headline_bar_get_comparison (headline, 0), difference));
  for (guint i = 1; i < 5; i++)
    g_assert_true (strstr (wf_headline_bar_get_comparison (headline, i), first) != NULL);

  gtk_check_button_set_active (compare_check (window, second), TRUE);
  wf_ui_test_flush ();
  g_assert_true (wf_session_is_scenario_compared (session, second));
  {
    WfChartData data;

    wf_session_get_chart_data (session, WF_CHART_COMPARE, &data);
    g_assert_cmpuint (data.n_scenarios, ==, 3);
    g_assert_cmpstr (data.names[1], ==, first);
    g_assert_cmpstr (data.names[2], ==, second);
  }

  /* Turning to the first compared scenario: the menu drops it and offers
   * the scenario left, checked. */
  wf_session_set_current (session, 0);
  wf_ui_test_flush ();
  g_clear_pointer (&names, g_ptr_array_unref);
  g_clear_pointer (&checked, g_ptr_array_unref);
  names = compare_menu (window, &checked);
  g_assert_cmpuint (names->len, ==, n - 1);
  for (guint i = 0; i < names->len; i++)
    g_assert_cmpstr (g_ptr_array_index (names, i), !=, first);
  g_assert_cmpuint (checked->len, ==, 2);
  g_assert_true (gtk_check_button_get_active (compare_check (window, wf_session_get_scenario (session, 3)->name)));
  g_assert_true (strstr (wf_headline_bar_get_comparison (headline, 0), wf_session_get_scenario (session, 3)->name) != NULL);

  /* Unchecking in the session unchecks the menu. */
  wf_session_set_compared_list (session, NULL);
  wf_ui_test_flush ();
  g_assert_false (gtk_check_button_get_active (compare_check (window, second)));
  g_assert_null (wf_headline_bar_get_comparison (headline, 0));

  wf_ui_test_close_window (window);
}

static guint
n_windows (void)
{
  return g_list_length (gtk_application_get_windows (GTK_APPLICATION (app)));
}

/* A file already open, by any path to it, brings its window to the front
 * instead of a second window whose save would overwrite the first's:
 * GApplication::open (the command line), the recent files, a drop. */
static void
test_one_window_per_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("wf-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "workshop.foresight", NULL);
  g_autofree char *link_path = g_build_filename (dir, "link.foresight", NULL);
  g_autofree char *hard_path = g_build_filename (dir, "hard.foresight", NULL);
  g_autofree char *other_path = g_build_filename (dir, "other.foresight", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) symlinked = g_file_new_for_path (link_path);
  g_autoptr(GFile) hard = g_file_new_for_path (hard_path);
  g_autoptr(GFile) other = g_file_new_for_path (other_path);
  g_autofree char *link_uri = g_file_get_uri (symlinked);
  g_autoptr(GError) error = NULL;
  WfWindow *window = wf_ui_test_new_window (app);
  WfWindow *blank;
  WfWindow *opened;
  guint before;

  g_assert_true (wf_session_save (wf_window_get_session (window), file, &error));
  g_assert_no_error (error);
  g_assert_cmpint (symlink (path, link_path), ==, 0);
  g_assert_cmpint (link (path, hard_path), ==, 0);
  {
    g_autoptr(WfSession) session = wf_session_new ();

    g_assert_true (wf_session_save (session, other, &error));
    g_assert_no_error (error);
  }

  g_assert_true (wf_application_files_equal (file, symlinked));
  g_assert_true (wf_application_files_equal (hard, file));
  g_assert_false (wf_application_files_equal (file, other));
  g_assert_true (wf_application_find_window (GTK_APPLICATION (app), symlinked) == window);

  before = n_windows ();
  {
    GFile *files[] = { file, symlinked, hard };

    g_application_open (G_APPLICATION (app), files, G_N_ELEMENTS (files), "");
  }
  wf_ui_test_flush ();
  g_assert_cmpuint (n_windows (), ==, before);

  /* An untouched window would take a recent file, or a dropped one; this
   * one is open elsewhere, so the blank window stays blank. */
  blank = wf_ui_test_new_window (app);
  gtk_widget_activate_action (GTK_WIDGET (blank), "win.open-recent", "s", link_uri);
  {
    g_autoptr(GSList) dropped = g_slist_prepend (NULL, hard);

    g_assert_null (wf_window_open_dropped (blank, dropped));
  }
  wf_ui_test_flush ();
  g_assert_false (wf_window_is_opening (blank));
  g_assert_null (wf_session_get_file (wf_window_get_session (blank)));
  g_assert_cmpuint (n_windows (), ==, before + 1);

  /* The same new file named twice on the command line: one window, which
   * is still reading it when the second name comes. It is closed while
   * reading: waiting for the read would show its "Opening…" toast, which
   * libadwaita 1.2 may free twice when dismissed during its animation. */
  {
    GFile *files[] = { other, other };

    g_application_open (G_APPLICATION (app), files, G_N_ELEMENTS (files), "");
  }
  g_assert_cmpuint (n_windows (), ==, before + 2);
  opened = wf_application_find_window (GTK_APPLICATION (app), other);
  g_assert_nonnull (opened);
  g_assert_true (wf_window_is_opening (opened));
  g_object_ref (opened);

  wf_ui_test_close_window (opened);
  wf_ui_test_close_window (blank);
  wf_ui_test_close_window (window);
  {
    const char *paths[] = { path, link_path, hard_path, other_path };

    for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
      {
        g_autofree char *backup = g_strconcat (paths[i], "~", NULL);

        g_remove (paths[i]);
        g_remove (backup);
      }
  }
  g_rmdir (dir);
}

/* Chart and view controls reach the session. */
static void
test_view_controls (void)
{
  WfWindow *window = wf_ui_test_new_window (app);
  WfSession *session = wf_window_get_session (window);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.lens", "s", "gap");
  g_assert_cmpint (wf_session_get_view (session)->lens, ==, WF_LENS_GAP);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-chart", NULL);
  g_assert_cmpstr (wf_session_get_view (session)->chart, ==, "waterfall");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-chart", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-chart", NULL);
  g_assert_nonnull (wf_session_get_view (session)->chart);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "data");
  wf_ui_test_flush ();
  /* View changes are not edits. */
  g_assert_false (wf_session_get_modified (session));

  wf_ui_test_close_window (window);
}

/* Saving in a thread */

static gboolean
not_saving (gpointer data)
{
  return !wf_session_get_saving (data);
}

static AdwMessageDialog *
find_message_dialog (const char *heading_part)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) &&
        strstr (adw_message_dialog_get_heading (l->data), heading_part) != NULL)
      return l->data;
  return NULL;
}

static gboolean
has_save_error (gpointer data)
{
  return find_message_dialog ("Could Not Save") != NULL;
}

static gboolean
is_closed (gpointer data)
{
  return g_list_find (gtk_application_get_windows (GTK_APPLICATION (app)), data) == NULL;
}

/* Ctrl+S writes in a thread: the title says Saving… until it is written,
 * Save waits meanwhile, then the document is saved. A failure shows a
 * dialog naming the file and why, and the work stays modified. Closing
 * while a save is running waits for it, then closes. */
static void
test_save_in_thread (void)
{
  g_autofree char *dir = g_dir_make_tmp ("wf-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "workshop.foresight", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  WfWindow *window = wf_ui_test_new_window (app);
  WfSession *session = wf_window_get_session (window);
  AdwWindowTitle *title = ADW_WINDOW_TITLE (gtk_widget_get_template_child (GTK_WIDGET (window), WF_TYPE_WINDOW,
                                                                           "window_title"));
  AdwMessageDialog *dialog;

  g_assert_true (wf_session_save (session, file, &error));
  wf_session_set_lever (session, WF_LEVER_RESKILLING, 44);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_true (wf_session_get_saving (session));
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "Saving…");
  g_assert_true (wf_ui_test_wait_until (not_saving, session));
  g_assert_false (wf_session_get_modified (session));
  g_assert_cmpstr (adw_window_title_get_subtitle (title), !=, "Saving…");

  /* The folder is gone: the save fails, says where and why. */
  wf_session_set_lever (session, WF_LEVER_RESKILLING, 45);
  g_remove (path);
  g_remove (backup);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_true (wf_ui_test_wait_until (has_save_error, NULL));
  dialog = find_message_dialog ("Could Not Save");
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "workshop.foresight"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "workshop.foresight"));
  g_assert_true (wf_session_get_modified (session));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Close during a save: the window waits for it, then closes. */
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  gtk_window_close (GTK_WINDOW (window));
  g_assert_false (is_closed (window));
  g_assert_true (wf_session_get_saving (session));
  g_assert_true (wf_ui_test_wait_until (is_closed, window));
  g_assert_false (wf_session_get_saving (session));
  g_assert_false (wf_session_get_modified (session));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_object_unref (window);

  g_remove (path);
  g_remove (backup);
  g_rmdir (dir);
}

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS);
}

/* Changes are kept in the autosave folder a moment later; Discard in the
 * close dialog means they are not wanted, and their copy goes too. */
static void
test_discard_removes_autosave (void)
{
  WfWindow *window = wf_ui_test_new_window (app);
  WfSession *session = wf_window_get_session (window);
  g_autofree char *path = wf_autosave_dup_document_path (wf_window_get_autosave (window));
  AdwMessageDialog *dialog;

  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  wf_session_set_lever (session, WF_LEVER_SME_LAG, 6);
  g_assert_true (wf_ui_test_wait_until (file_exists, path));

  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (wf_ui_test_wait_until (has_message_dialog, NULL));
  dialog = find_message_dialog ("Save Changes?");
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "discard");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (wf_ui_test_wait_until (is_closed, window));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_object_unref (window);
}

/* A file made by a newer version opens read-only: a bar says so and
 * offers Save As; saving it in this version's format ends it. */
static void
test_newer_read_only (void)
{
  g_autofree char *dir = g_dir_make_tmp ("wf-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "newer.foresight", NULL);
  g_autofree char *copy_path = g_build_filename (dir, "copy.foresight", NULL);
  g_autofree char *source = g_build_filename (g_getenv ("WF_SOURCE_ROOT"), "data", "world-2023.foresight", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) copy = g_file_new_for_path (copy_path);
  g_autofree char *contents = NULL;
  g_autoptr(GString) newer = NULL;
  g_autoptr(GError) error = NULL;
  WfWindow *window = wf_ui_test_new_window (app);
  WfSession *session = wf_window_get_session (window);
  GtkWidget *bar = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), WF_TYPE_WINDOW, "read_only_bar"));
  GtkLabel *label = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (window), WF_TYPE_WINDOW, "read_only_label"));

  g_assert_true (g_file_get_contents (source, &contents, NULL, &error));
  newer = g_string_new (contents);
  g_assert_cmpint (g_string_replace (newer, "version=\"4\"", "version=\"9\"", 1), ==, 1);
  g_assert_true (g_file_set_contents (path, newer->str, -1, &error));

  g_assert_false (gtk_widget_get_visible (bar));
  g_assert_true (open_file (window, file));
  g_assert_true (gtk_widget_get_visible (bar));
  g_assert_true (gtk_info_bar_get_revealed (GTK_INFO_BAR (bar)));
  g_assert_nonnull (strstr (gtk_label_get_label (label), "newer version"));
  g_assert_nonnull (strstr (gtk_label_get_label (label), "Save As"));

  wf_session_save_async (session, copy, NULL, NULL, NULL);
  g_assert_true (wf_ui_test_wait_until (not_saving, session));
  g_assert_false (gtk_widget_get_visible (bar));
  {
    g_autofree char *after = NULL;

    /* The newer file itself is as it was. */
    g_assert_true (g_file_get_contents (path, &after, NULL, &error));
    g_assert_cmpstr (after, ==, newer->str);
  }
  wf_ui_test_close_window (window);
  g_remove (path);
  g_remove (copy_path);
  g_rmdir (dir);
}

static AdwMessageDialog *
find_any_message_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      return l->data;
  return NULL;
}

static GtkEditable *
find_entry (GtkWidget *widget)
{
  if (GTK_IS_ENTRY (widget))
    return GTK_EDITABLE (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkEditable *entry = find_entry (child);

      if (entry != NULL)
        return entry;
    }
  return NULL;
}

/* Under French the presets read in French (the scenario dropdown, the
 * Compare With menu and button), but a new document stores, and saves,
 * their English names and descriptions; the rename dialog shows the French
 * name and, applied unchanged, leaves the stored one; a second Current
 * trends is named as the user reads it. */
static void
test_preset_names_translated (void)
{
  g_autofree char *saved_locale = g_strdup (setlocale (LC_MESSAGES, NULL));
  g_autofree char *dir = g_dir_make_tmp ("wf-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "fr.foresight", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  WfWindow *window;
  WfSession *session;
  GtkDropDown *dropdown;
  GtkMenuButton *button;
  GListModel *names;
  AdwMessageDialog *dialog;
  GtkEditable *entry;
  guint added;

  if (g_getenv (WF_LOCALEDIR_ENV) == NULL)
    {
      g_test_skip ("not run in the test environment");
      return;
    }
  wf_i18n_init (LOCALEDIR);
  if (setlocale (LC_MESSAGES, "fr_FR.UTF-8") == NULL)
    {
      g_test_skip ("the fr_FR.UTF-8 locale is not generated (./build-aux/dev test does it)");
      return;
    }

  window = wf_ui_test_new_window (app);
  session = wf_window_get_session (window);
  dropdown = GTK_DROP_DOWN (gtk_widget_get_template_child (GTK_WIDGET (window), WF_TYPE_WINDOW,
                                                           "scenario_dropdown"));
  button = GTK_MENU_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (window), WF_TYPE_WINDOW,
                                                           "compare_button"));
  names = gtk_drop_down_get_model (dropdown);

  g_assert_cmpstr (wf_session_get_scenario (session, 0)->name, ==, "Current trends");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 0), ==, "Tendances actuelles");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 3), ==,
                   "IA exponentielle, préparation limitée");
  wf_session_set_current (session, 3);
  wf_ui_test_flush ();
  g_assert_nonnull (compare_check (window, "Tendances actuelles"));
  g_assert_null (compare_check (window, "Current trends"));
  wf_session_set_compared (session, "Current trends");
  wf_ui_test_flush ();
  g_assert_nonnull (strstr (gtk_menu_button_get_label (button), "Tendances actuelles"));
  g_assert_nonnull (strstr (wf_headline_bar_get_comparison (WF_HEADLINE_BAR (wf_window_get_headline_bar (window)), 0),
                            "Tendances actuelles"));

  /* The Data view and the data export find the chart's scenarios by the
   * names shown, French here. */
  {
    GtkWidget *stack = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), WF_TYPE_WINDOW,
                                                                  "view_stack"));
    WfDataView *data_view;
    WfDataViewRow *row;
    g_autofree char *scenario = NULL;

    wf_session_set_chart (session, "employment");
    gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "data");
    wf_ui_test_flush ();
    data_view = WF_DATA_VIEW (gtk_stack_get_visible_child (GTK_STACK (stack)));
    g_assert_cmpuint (g_list_model_get_n_items (wf_data_view_get_model (data_view)), >, 0);
    row = g_list_model_get_item (wf_data_view_get_model (data_view), 0);
    scenario = wf_data_view_row_dup_text (row, WF_DATA_VIEW_SCENARIO);
    g_assert_cmpstr (scenario, ==, "IA exponentielle, préparation limitée");
    /* Sectors too, as the chart shows them. */
    {
      g_autofree char *sector = wf_data_view_row_dup_text (row, WF_DATA_VIEW_SECTOR);

      g_assert_cmpstr (sector, ==, wf_dataset_get_sector_label (wf_session_get_document (session)->dataset, 0));
      g_assert_cmpstr (sector, !=, wf_session_get_document (session)->dataset->sectors[0].label);
    }
    g_object_unref (row);
    gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "chart");
    wf_ui_test_flush ();
  }

  /* Saved under French: English in the file. */
  g_assert_true (wf_session_save (session, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_nonnull (strstr (contents, "<name>Current trends</name>"));
  g_assert_nonnull (strstr (contents, "<name>Exponential AI, limited readiness</name>"));
  g_assert_nonnull (strstr (contents, "Generative AI spreads"));
  g_assert_null (strstr (contents, "Tendances actuelles"));
  g_assert_null (strstr (contents, "préparation"));

  /* Rename and Describe shows the French and, applied as it is, changes
   * nothing. */
  wf_session_set_current (session, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-scenario", NULL));
  wf_ui_test_flush ();
  dialog = find_any_message_dialog ();
  g_assert_nonnull (dialog);
  entry = find_entry (adw_message_dialog_get_extra_child (dialog));
  g_assert_nonnull (entry);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "Tendances actuelles");
  adw_message_dialog_response (dialog, "apply");
  gtk_window_destroy (GTK_WINDOW (dialog));
  wf_ui_test_flush ();
  g_assert_cmpstr (wf_session_get_scenario (session, 0)->name, ==, "Current trends");
  g_assert_true (g_str_has_prefix (wf_session_get_scenario (session, 0)->description, "Generative AI spreads"));
  g_assert_false (wf_session_get_modified (session));

  /* Export As suggests a file name as the user reads the scenario. */
  {
    GtkWindow *export = g_object_ref (wf_export_dialog_new (GTK_WINDOW (window), session));
    g_autofree char *suggested = wf_export_dialog_dup_suggested_name (WF_EXPORT_DIALOG (export));

    g_assert_true (g_str_has_prefix (suggested, "Tendances actuelles-"));
    gtk_window_destroy (export);
    g_object_unref (export);
  }

  /* A second Current trends reads apart from the first. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-scenario", "s", "current-trends"));
  wf_ui_test_flush ();
  added = wf_session_get_current (session);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), added), ==, "Tendances actuelles (2)");

  wf_ui_test_close_window (window);
  setlocale (LC_MESSAGES, saved_locale);
  g_remove (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  app = wf_ui_test_init_application (&argc, &argv);

  g_test_add_func ("/ui/main-window/lever-undo", test_lever_undo);
  g_test_add_func ("/ui/main-window/reskilling-moves-jobs", test_reskilling_moves_jobs);
  g_test_add_func ("/ui/main-window/open-cancel", test_open_cancel);
  g_test_add_func ("/ui/main-window/lever-own-row", test_lever_own_row);
  g_test_add_func ("/ui/main-window/scenarios", test_scenarios);
  g_test_add_func ("/ui/main-window/results-follow-edits", test_results_follow_edits);
  g_test_add_func ("/ui/main-window/save-reopen", test_save_reopen);
  g_test_add_func ("/ui/main-window/save-in-thread", test_save_in_thread);
  g_test_add_func ("/ui/main-window/newer-read-only", test_newer_read_only);
  g_test_add_func ("/ui/main-window/discard-removes-autosave", test_discard_removes_autosave);
  g_test_add_func ("/ui/main-window/open-broken", test_open_broken);
  g_test_add_func ("/ui/main-window/presentation", test_presentation);
  g_test_add_func ("/ui/main-window/view-controls", test_view_controls);
  g_test_add_func ("/ui/main-window/horizon", test_horizon);
  g_test_add_func ("/ui/main-window/data-view-does-not-block", test_data_view_does_not_block);
  g_test_add_func ("/ui/main-window/one-window-per-file", test_one_window_per_file);
  g_test_add_func ("/ui/main-window/compare-menu-headline", test_compare_menu_headline);
  g_test_add_func ("/ui/main-window/preset-names-translated", test_preset_names_translated);

  ret = g_test_run ();
  g_clear_object (&app);
  return ret;
}
