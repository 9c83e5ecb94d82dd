/* test-workshop.c: a workshop in the window: participants' files added,
 * the workshop chart clicked, predictions recorded and revealed
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "wf-application.h"
#include "wf-chart-view.h"
#include "wf-document-io.h"
#include "wf-headline-bar.h"
#include "wf-prediction-dialog.h"
#include "wf-presentation-window.h"
#include "wf-window.h"
#include "wf-ui-app-test.h"
#include "wf-ui-test.h"

#define N_PARTICIPANTS 20

static WfApplication *app;
static char *workdir;

static WfWindow *
new_window (void)
{
  WfWindow *window = g_object_ref (wf_window_new (GTK_APPLICATION (app)));

  gtk_window_present (GTK_WINDOW (window));
  wf_ui_test_flush ();
  return window;
}

static void
destroy_window (GtkWindow *window)
{
  gtk_window_destroy (window);
  wf_ui_test_flush ();
  g_assert_finalize_object (window);
}

/* Participant @i's file: the presets as they come, and a scenario of their
 * own with the levers moved their way and a prediction of net jobs. */
static GFile *
participant_file (guint i)
{
  g_autoptr(WfDocument) document = wf_document_new_default ();
  g_autofree char *name = g_strdup_printf ("participant-%02u", i + 1);
  g_autofree char *path = g_strdup_printf ("%s/%s.foresight", workdir, name);
  g_autoptr(GError) error = NULL;
  WfScenario *own = wf_scenario_new_preset (WF_PRESET_BASELINE);
  g_autofree char *title = g_strdup_printf ("Participant %u", i + 1);
  GFile *file = g_file_new_for_path (path);

  wf_scenario_set_name (own, title);
  for (guint l = 0; l < WF_N_LEVERS; l++)
    {
      const WfLeverInfo *info = wf_lever_get_info (l);

      if ((i + l) % 3 == 0)
        wf_scenario_set_value (own, l, info->min + (info->max - info->min) * ((i * 7 + l * 3) % 11) / 10.0);
    }
  wf_scenario_set_value (own, WF_LEVER_ADOPTION_CEILING, 5.0 + 4.5 * i);
  if (i % 2 == 0)
    own->predictions[WF_METRIC_NET_JOBS] = -30000.0 + 2500.0 * i;
  wf_document_add_scenario (document, own);
  g_free (document->metadata.author);
  document->metadata.author = g_strdup (name);
  g_assert_true (wf_document_save_file (document, file, &error));
  g_assert_no_error (error);
  return file;
}

static GFile *
broken_file (void)
{
  g_autofree char *path = g_build_filename (workdir, "broken.foresight", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "<?xml version=\"1.0\"?>\n<foresight version=\"4\">\n<scenario", -1,
                                      &error));
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

typedef struct
{
  gboolean   done;
  gboolean   ok;
  GtkWindow *dialog;
} AddResult;

static void
added_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  AddResult *r = user_data;
  g_autoptr(GError) error = NULL;

  r->ok = wf_window_add_files_finish (WF_WINDOW (object), result, &r->dialog, &error);
  g_assert_no_error (error);
  if (r->dialog != NULL)
    g_object_ref (r->dialog);
  r->done = TRUE;
}

static gboolean
is_done (gpointer data)
{
  return ((AddResult *) data)->done;
}

/* The titles of the rows a dialog lists, in order. */
static void
collect_row_titles (GtkWidget *widget,
                    GPtrArray *titles)
{
  if (ADW_IS_ACTION_ROW (widget))
    g_ptr_array_add (titles, (gpointer) adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_row_titles (child, titles);
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Adds the twenty participants' files, with a broken one and one of
 * another dataset among them, through the function the file chooser
 * calls. Returns the refused dialog (a reference). */
static GtkWindow *
add_participants (WfWindow *window,
                  gboolean  with_bad)
{
  GSList *files = NULL;
  AddResult r = { 0 };

  for (guint i = N_PARTICIPANTS; i > 0; i--)
    {
      files = g_slist_prepend (files, participant_file (i - 1));
      if (with_bad && i == 7)
        files = g_slist_prepend (files, broken_file ());
    }
  if (with_bad)
    {
      g_autoptr(WfDocument) other = wf_document_new_default ();
      g_autofree char *path = g_build_filename (workdir, "kenya.foresight", NULL);
      g_autoptr(GError) error = NULL;
      GFile *file = g_file_new_for_path (path);

      /* Other numbers: another projection of the first sector. */
      other->dataset->sectors[0].trend_growth += 0.001;
      g_assert_true (wf_document_save_file (other, file, &error));
      g_assert_no_error (error);
      files = g_slist_append (files, file);
    }

  wf_window_add_files_async (window, files, FALSE, NULL, added_cb, &r);
  g_assert_true (wf_ui_test_wait_until (is_done, &r));
  g_assert_true (r.ok);
  g_slist_free_full (files, g_object_unref);
  return r.dialog;
}

/* The good files' scenarios are added, the two others are listed in one
 * dialog with why; the work open before is still there, the document is
 * modified and one undo removes them all. */
static void
test_add_files (void)
{
  WfWindow *window = new_window ();
  WfSession *session = wf_window_get_session (window);
  guint before;
  GtkWindow *dialog;
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();

  wf_session_set_lever (session, WF_LEVER_RESKILLING, 33.0);
  wf_session_end_lever_gesture (session);
  before = wf_session_get_n_scenarios (session);

  dialog = add_participants (window, TRUE);
  /* Current trends as the participants had it differs now from the one
   * open: it is added once, the twenty participants' own after it. */
  g_assert_cmpuint (wf_session_get_n_scenarios (session), ==, before + 1 + N_PARTICIPANTS);
  g_assert_true (g_str_has_prefix (wf_session_get_scenario (session, before)->name, "Current trends ("));
  before++;
  g_assert_cmpfloat (wf_session_get_scenario (session, 0)->values[WF_LEVER_RESKILLING], ==, 33.0);
  g_assert_true (wf_session_get_modified (session));
  for (guint i = 0; i < N_PARTICIPANTS; i++)
    {
      const WfScenario *s = wf_session_get_scenario (session, before + i);
      g_autofree char *name = g_strdup_printf ("Participant %u", i + 1);
      g_autofree char *file = g_strdup_printf ("participant-%02u.foresight", i + 1);

      g_assert_cmpstr (s->name, ==, name);
      g_assert_cmpstr (s->origin.file, ==, file);
      g_assert_true (i % 2 == 1 || s->predictions[WF_METRIC_NET_JOBS] == -30000.0 + 2500.0 * i);
    }

  g_assert_nonnull (dialog);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), "2 Files"));
  collect_row_titles (GTK_WIDGET (dialog), titles);
  g_assert_cmpuint (titles->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (titles, 0), ==, "broken.foresight");
  g_assert_cmpstr (g_ptr_array_index (titles, 1), ==, "kenya.foresight");
  destroy_window (dialog);

  wf_session_undo (session);
  g_assert_cmpuint (wf_session_get_n_scenarios (session), ==, before - 1);
  g_assert_cmpfloat (wf_session_get_scenario (session, 0)->values[WF_LEVER_RESKILLING], ==, 33.0);

  destroy_window (GTK_WINDOW (window));
}

static gboolean
has_n_scenarios (gpointer data)
{
  WfSession *session = data;

  return wf_session_get_n_scenarios (session) == GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (session), "wanted"));
}

/* Scenario files dropped on a window with work in it add their scenarios
 * to it rather than open; on an untouched window the first opens and the
 * others are added to it. */
static void
test_drop (void)
{
  WfWindow *window = new_window ();
  WfSession *session = wf_window_get_session (window);
  g_autoptr(GFile) a = participant_file (0);
  g_autoptr(GFile) b = participant_file (1);
  g_autoptr(GFile) c = participant_file (2);
  GSList second = { b, NULL };
  GSList files = { a, &second };
  guint before;

  wf_session_set_lever (session, WF_LEVER_RESKILLING, 41.0);
  wf_session_end_lever_gesture (session);
  before = wf_session_get_n_scenarios (session);
  /* Their own scenarios, and Current trends as they have it, once. */
  g_object_set_data (G_OBJECT (session), "wanted", GUINT_TO_POINTER (before + 3));
  g_assert_null (wf_window_open_dropped (window, &files));
  g_assert_true (wf_ui_test_wait_until (has_n_scenarios, session));
  g_assert_null (wf_session_get_file (session));
  g_assert_cmpfloat (wf_session_get_scenario (session, 0)->values[WF_LEVER_RESKILLING], ==, 41.0);
  destroy_window (GTK_WINDOW (window));

  /* An untouched window: a opens (its five presets and Participant 1),
   * then b and c add their own scenario each. */
  window = new_window ();
  session = wf_window_get_session (window);
  {
    GSList third = { c, NULL };
    GSList two = { b, &third };
    GSList three = { a, &two };

    g_object_set_data (G_OBJECT (session), "wanted", GUINT_TO_POINTER (WF_N_PRESETS + 3));
    wf_window_open_dropped (window, &three);
    g_assert_true (wf_ui_test_wait_until (has_n_scenarios, session));
    g_assert_true (g_file_equal (wf_session_get_file (session), a));
    g_assert_cmpstr (wf_session_get_scenario (session, WF_N_PRESETS + 2)->origin.file, ==, "participant-03.foresight");
  }
  destroy_window (GTK_WINDOW (window));
}

static gboolean
chart_drawn (gpointer data)
{
  WfChartView *view = data;
  const WfChartLayout *layout = wf_chart_view_get_layout (view);

  return layout != NULL && layout->marks != NULL && layout->marks->len > 0 &&
         g_strcmp0 (wf_chart_kind_to_id (wf_chart_view_get_kind (view)), "workshop") == 0 &&
         layout->marks->len >= (guint) (WF_N_LEVERS * wf_session_get_n_scenarios (wf_chart_view_get_session (view)));
}

/* The GtkGestureClick on @widget. */
static GtkGesture *
find_click (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        return GTK_GESTURE (controller);
    }
  return NULL;
}

/* The widest dot of a lever's row is the one wanted ("wanted"). */
static gboolean
highlighted_as_wanted (gpointer data)
{
  WfChartView *view = data;
  const WfChartLayout *layout = wf_chart_view_get_layout (view);
  double widest = 0;
  int widest_series = -1;

  if (!chart_drawn (view))
    return FALSE;
  for (guint i = 0; i < layout->marks->len; i++)
    {
      const WfChartMark *m = &g_array_index (layout->marks, WfChartMark, i);

      if (m->category == WF_LEVER_ADOPTION_CEILING && m->rect.width > widest)
        {
          widest = m->rect.width;
          widest_series = m->series;
        }
    }
  return widest_series == GPOINTER_TO_INT (g_object_get_data (G_OBJECT (view), "wanted"));
}

/* A click on a scenario's dot in the workshop chart makes it current;
 * a click off the dots changes nothing. */
static void
test_click_dot (void)
{
  WfWindow *window = new_window ();
  WfSession *session = wf_window_get_session (window);
  WfChartView *view;
  GtkGesture *click;
  const WfChartLayout *layout;
  int target = -1;
  double x = 0, y = 0;

  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  g_assert_null (add_participants (window, FALSE));
  wf_session_set_current (session, 0);
  wf_session_set_chart (session, "workshop");
  view = WF_CHART_VIEW (find_widget (GTK_WIDGET (window), WF_TYPE_CHART_VIEW));
  g_assert_nonnull (view);
  g_assert_true (wf_ui_test_wait_until (chart_drawn, view));

  /* A dot of the lever every participant set apart, not the current one. */
  layout = wf_chart_view_get_layout (view);
  for (guint i = 0; i < layout->marks->len && target < 0; i++)
    {
      const WfChartMark *m = &g_array_index (layout->marks, WfChartMark, i);

      if (m->category == WF_LEVER_ADOPTION_CEILING && m->series == (int) (WF_N_PRESETS + 12))
        {
          target = m->series;
          x = m->rect.x + m->rect.width / 2;
          y = m->rect.y + m->rect.height / 2;
        }
    }
  g_assert_cmpint (target, ==, WF_N_PRESETS + 12);

  g_assert_cmpint (wf_chart_layout_find_scenario (layout, WF_CHART_WORKSHOP, x, y), ==, target);
  click = find_click (GTK_WIDGET (view));
  g_assert_nonnull (click);
  g_signal_emit_by_name (click, "pressed", 1, 2.0, 2.0);
  g_assert_cmpuint (wf_session_get_current (session), ==, 0);
  g_signal_emit_by_name (click, "pressed", 1, x, y);
  g_assert_cmpuint (wf_session_get_current (session), ==, (guint) target);

  /* Redrawn with it highlighted: its dot is now the largest of the row. */
  g_object_set_data (G_OBJECT (view), "wanted", GINT_TO_POINTER (target));
  g_assert_true (wf_ui_test_wait_until (highlighted_as_wanted, view));

  wf_session_undo (session);
  destroy_window (GTK_WINDOW (window));
}

static gboolean
has_file (gpointer data)
{
  return wf_session_get_file (data) != NULL;
}

/* Record Prediction…: the dialog sets the current scenario's prediction in
 * the indicator's unit, the headline shows it beside the model's value,
 * it is undoable, and it comes back after a save and a load. */
static void
test_prediction (void)
{
  WfWindow *window = new_window ();
  WfSession *session = wf_window_get_session (window);
  WfHeadlineBar *headline = WF_HEADLINE_BAR (wf_window_get_headline_bar (window));
  g_autofree char *path = g_build_filename (workdir, "predicted.foresight", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog;
  WfWindow *reopened;

  g_assert_null (wf_headline_bar_get_prediction (headline, 0));
  dialog = g_object_ref (wf_prediction_dialog_new (GTK_WINDOW (window), session, WF_METRIC_NET_JOBS));
  gtk_window_present (dialog);
  wf_ui_test_flush ();
  /* Typed in millions; kept in thousands, as the model counts. */
  wf_prediction_dialog_set_value (WF_PREDICTION_DIALOG (dialog), -12500.0);
  g_assert_cmpfloat_with_epsilon (wf_prediction_dialog_get_value (WF_PREDICTION_DIALOG (dialog)), -12500.0, 1e-6);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "record");
  wf_ui_test_flush ();
  destroy_window (dialog);

  g_assert_cmpfloat (wf_session_get_prediction (session, wf_session_get_current (session), WF_METRIC_NET_JOBS),
                     ==, -12500.0);
  g_assert_cmpstr (wf_headline_bar_get_prediction (headline, 0), ==, "predicted −12.5 million");
  g_assert_null (wf_headline_bar_get_prediction (headline, 1));
  g_assert_cmpstr (wf_session_get_undo_label (session), ==, "Record Prediction");

  /* A share is typed in per cent. */
  dialog = g_object_ref (wf_prediction_dialog_new (GTK_WINDOW (window), session,
                                                   WF_METRIC_WOMEN_SHARE_OF_DISPLACEMENT));
  gtk_window_present (dialog);
  wf_prediction_dialog_set_value (WF_PREDICTION_DIALOG (dialog), 0.6);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "record");
  destroy_window (dialog);
  g_assert_cmpfloat_with_epsilon (wf_session_get_prediction (session, wf_session_get_current (session),
                                                             WF_METRIC_WOMEN_SHARE_OF_DISPLACEMENT), 0.6, 1e-9);
  g_assert_cmpstr (wf_headline_bar_get_prediction (headline, 3), ==, "predicted 60 %");

  g_assert_true (wf_session_save (session, file, &error));
  g_assert_no_error (error);

  reopened = new_window ();
  wf_window_open_file (reopened, file);
  g_assert_true (wf_ui_test_wait_until (has_file, wf_window_get_session (reopened)));
  g_assert_cmpfloat (wf_session_get_prediction (wf_window_get_session (reopened),
                                                wf_session_get_current (wf_window_get_session (reopened)),
                                                WF_METRIC_NET_JOBS), ==, -12500.0);
  g_assert_cmpstr (wf_headline_bar_get_prediction (WF_HEADLINE_BAR (wf_window_get_headline_bar (reopened)), 0), ==,
                   "predicted −12.5 million");
  destroy_window (GTK_WINDOW (reopened));

  /* Clear, then undo twice: back to no prediction. */
  dialog = g_object_ref (wf_prediction_dialog_new (GTK_WINDOW (window), session, WF_METRIC_NET_JOBS));
  gtk_window_present (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "clear");
  destroy_window (dialog);
  g_assert_null (wf_headline_bar_get_prediction (headline, 0));
  wf_session_undo (session);
  g_assert_nonnull (wf_headline_bar_get_prediction (headline, 0));
  wf_session_undo (session);
  wf_session_undo (session);
  g_assert_null (wf_headline_bar_get_prediction (headline, 0));

  g_remove (path);
  destroy_window (GTK_WINDOW (window));
}

static guint
count_category (const WfChartLayout *layout,
                int                  category)
{
  guint n = 0;

  for (guint i = 0; i < layout->marks->len; i++)
    n += g_array_index (layout->marks, WfChartMark, i).category == category;
  return n;
}

typedef struct
{
  WfChartView *view;
  guint        model_marks;  /* wanted in the net jobs' model row */
} RevealWait;

static gboolean
revealed_as_wanted (gpointer data)
{
  RevealWait *w = data;
  const WfChartLayout *layout = wf_chart_view_get_layout (w->view);

  return chart_drawn (w->view) && count_category (layout, WF_N_LEVERS) == w->model_marks;
}

/* The projector shows the predictions first; R (presentation.reveal)
 * draws the model's values beside them, and again hides them. */
static void
test_reveal (void)
{
  WfWindow *window = new_window ();
  WfSession *session = wf_window_get_session (window);
  GtkWindow *projector;
  RevealWait wait;
  guint n;

  g_assert_null (add_participants (window, FALSE));
  wf_session_set_chart (session, "workshop");
  n = wf_session_get_n_scenarios (session);

  projector = g_object_ref (wf_presentation_window_new (GTK_APPLICATION (app), session, FALSE));
  gtk_window_present (projector);
  wait.view = WF_CHART_VIEW (find_widget (GTK_WIDGET (projector), WF_TYPE_CHART_VIEW));
  g_assert_false (wf_chart_view_get_reveal (wait.view));
  wait.model_marks = 0;
  g_assert_true (wf_ui_test_wait_until (revealed_as_wanted, &wait));
  g_assert_cmpuint (count_category (wf_chart_view_get_layout (wait.view), WF_N_LEVERS + 1), ==,
                    N_PARTICIPANTS / 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (projector), "presentation.reveal", NULL));
  g_assert_true (wf_chart_view_get_reveal (wait.view));
  wait.model_marks = n;
  g_assert_true (wf_ui_test_wait_until (revealed_as_wanted, &wait));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (projector), "presentation.reveal", NULL));
  wait.model_marks = 0;
  g_assert_true (wf_ui_test_wait_until (revealed_as_wanted, &wait));

  destroy_window (projector);
  wf_session_undo (session);
  destroy_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  app = wf_ui_test_init_application (&argc, &argv);
  workdir = g_dir_make_tmp ("wf-test-workshop-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/ui/workshop/add-files", test_add_files);
  g_test_add_func ("/ui/workshop/drop", test_drop);
  g_test_add_func ("/ui/workshop/click-dot", test_click_dot);
  g_test_add_func ("/ui/workshop/prediction", test_prediction);
  g_test_add_func ("/ui/workshop/reveal", test_reveal);

  ret = g_test_run ();

  {
    g_autoptr(GDir) listing = g_dir_open (workdir, 0, NULL);
    const char *name;

    while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
      {
        g_autofree char *child = g_build_filename (workdir, name, NULL);

        g_remove (child);
      }
  }
  g_rmdir (workdir);
  g_free (workdir);
  g_clear_object (&app);
  return ret;
}
