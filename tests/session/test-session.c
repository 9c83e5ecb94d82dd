/* test-session.c: the open document, its history and its view state, without
 * a display
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "wf-chart-input.h"
#include "wf-document-io.h"
#include "wf-i18n.h"
#include "wf-session.h"
#include "wf-ui-test.h"

static double
employment_at_horizon (WfSession *session)
{
  const WfResults *results = wf_session_get_results (session, wf_session_get_current (session));

  return wf_results_get (results, WF_RUN_SCENARIO, WF_OUTPUT_EMPLOYMENT, results->n_years - 1, -1, WF_SEX_ALL);
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

/* A lever move changes the results; undo restores them exactly, redo
 * brings the move back; the moves of one drag are one step. */
static void
test_lever_undo (void)
{
  g_autoptr(WfSession) session = wf_session_new ();
  double before = employment_at_horizon (session);
  double after;

  g_assert_false (wf_session_can_undo (session));
  /* One drag however slow the machine (a sanitizer build under load). */
  wf_session_set_gesture_timeout (session, G_MAXUINT);
  wf_session_set_lever (session, WF_LEVER_ADOPTION_CEILING, 80.0);
  wf_session_set_lever (session, WF_LEVER_ADOPTION_CEILING, 85.0);
  wf_session_end_lever_gesture (session);
  after = employment_at_horizon (session);
  g_assert_cmpfloat (after, !=, before);
  g_assert_true (wf_session_get_modified (session));
  g_assert_cmpstr (wf_session_get_undo_label (session), ==, "Change AI adoption ceiling");

  wf_session_undo (session);
  g_assert_cmpfloat (employment_at_horizon (session), ==, before);
  g_assert_false (wf_session_can_undo (session));
  g_assert_false (wf_session_get_modified (session));
  wf_session_redo (session);
  g_assert_cmpfloat (employment_at_horizon (session), ==, after);
  g_assert_cmpfloat (wf_session_get_current_scenario (session)->values[WF_LEVER_ADOPTION_CEILING], ==, 85.0);

  /* Moves further apart than the gesture timeout are steps of their own;
   * a timeout of 0 makes every move one, however fast the machine. */
  wf_session_set_gesture_timeout (session, 0);
  wf_session_set_lever (session, WF_LEVER_ADOPTION_CEILING, 70.0);
  wf_session_set_lever (session, WF_LEVER_ADOPTION_CEILING, 75.0);
  wf_session_undo (session);
  g_assert_cmpfloat (wf_session_get_current_scenario (session)->values[WF_LEVER_ADOPTION_CEILING], ==, 70.0);
  wf_session_undo (session);
  g_assert_cmpfloat (wf_session_get_current_scenario (session)->values[WF_LEVER_ADOPTION_CEILING], ==, 85.0);
}

/* A document from no file (an import) replaces the one open, with no file,
 * no history and its own dataset; "file" is notified, so a window redraws. */
static void
test_take_document (void)
{
  g_autoptr(WfSession) session = wf_session_new ();
  WfDocument *document = wf_document_new_default ();
  guint notified = 0;

  wf_session_set_lever (session, WF_LEVER_ADOPTION_CEILING, 80.0);
  g_assert_true (wf_session_can_undo (session));
  g_free (document->metadata.notes);
  document->metadata.notes = g_strdup ("ILOSTAT import report");
  g_free (document->dataset->area);
  document->dataset->area = g_strdup ("KEN");
  g_signal_connect (session, "notify::file", G_CALLBACK (count_cb), &notified);

  wf_session_take_document (session, document);
  g_assert_true (wf_session_get_document (session) == document);
  g_assert_cmpstr (wf_session_get_document (session)->dataset->area, ==, "KEN");
  g_assert_null (wf_session_get_file (session));
  g_assert_false (wf_session_can_undo (session));
  /* Nothing of it is saved: closing the window asks, and there is nothing
   * to revert to. */
  g_assert_true (wf_session_get_modified (session));
  g_assert_false (wf_session_can_revert (session));
  g_assert_cmpuint (notified, ==, 1);
}

/* Every lever changed by undo is announced, each on its own detail, and a
 * move announces only its own lever: a row listens to its own. */
static void
lever_changed_cb (WfSession *session,
                  guint      lever,
                  guint     *counts)
{
  counts[lever]++;
}

static void
one_lever_changed_cb (WfSession *session,
                      guint      lever,
                      guint     *count)
{
  g_assert_cmpuint (lever, ==, WF_LEVER_RESKILLING);
  (*count)++;
}

static void
test_lever_changed (void)
{
  g_autoptr(WfSession) session = wf_session_new ();
  guint counts[WF_N_LEVERS] = { 0 };
  guint reskilling = 0;
  g_autofree char *detail = g_strdup_printf ("lever-changed::%s", wf_lever_get_id (WF_LEVER_RESKILLING));

  g_signal_connect (session, "lever-changed", G_CALLBACK (lever_changed_cb), counts);
  g_signal_connect (session, detail, G_CALLBACK (one_lever_changed_cb), &reskilling);

  wf_session_set_lever (session, WF_LEVER_ADOPTION_CEILING, 70.0);
  for (guint i = 0; i < WF_N_LEVERS; i++)
    g_assert_cmpuint (counts[i], ==, i == WF_LEVER_ADOPTION_CEILING ? 1 : 0);
  g_assert_cmpuint (reskilling, ==, 0);

  wf_session_set_lever (session, WF_LEVER_RESKILLING, 30.0);
  g_assert_cmpuint (reskilling, ==, 1);
  g_assert_cmpuint (counts[WF_LEVER_RESKILLING], ==, 1);

  /* Undo changes one lever back, so announces one. */
  wf_session_undo (session);
  g_assert_cmpuint (counts[WF_LEVER_RESKILLING], ==, 2);
  g_assert_cmpuint (counts[WF_LEVER_ADOPTION_CEILING], ==, 1);
}

/* Scenarios: added ones become current with unique names, renames follow
 * into the comparison, a removed compared scenario leaves it. */
static void
test_scenarios (void)
{
  g_autoptr(WfSession) session = wf_session_new ();
  guint n = wf_session_get_n_scenarios (session);
  g_autofree char *first = g_strdup (wf_session_get_scenario (session, 0)->name);
  guint compared_notified = 0;
  guint index;

  index = wf_session_add_scenario (session, wf_scenario_copy (wf_session_get_scenario (session, 0)));
  g_assert_cmpuint (index, ==, n);
  g_assert_cmpuint (wf_session_get_current (session), ==, n);
  g_assert_cmpstr (wf_session_get_scenario (session, n)->name, !=, first);

  wf_session_set_compared (session, first);
  g_assert_cmpstr (wf_session_get_compared (session), ==, first);
  g_signal_connect (session, "notify::compared", G_CALLBACK (count_cb), &compared_notified);
  wf_session_rename_scenario (session, 0, "Renamed");
  g_assert_cmpstr (wf_session_get_compared (session), ==, "Renamed");
  g_assert_cmpuint (compared_notified, >=, 1);
  wf_session_remove_scenario (session, 0);
  g_assert_null (wf_session_get_compared (session));
  g_assert_cmpuint (wf_session_get_n_scenarios (session), ==, n);

  wf_session_undo (session);
  wf_session_undo (session);
  wf_session_undo (session);
  g_assert_cmpuint (wf_session_get_n_scenarios (session), ==, n);
  g_assert_cmpstr (wf_session_get_scenario (session, 0)->name, ==, first);
}

/* The view state is one property each: setting one notifies it once, and
 * setting the same value again notifies nothing. */
typedef struct
{
  const char *property;
  const char *string;   /* for string properties */
  int         number;   /* for the others */
} ViewCase;

static const ViewCase view_cases[] = {
  { "chart", "waterfall", 0 },
  { "sector-filter", "ECO_ISIC4_K", 0 },
  { "lens", NULL, WF_LENS_GAP },
  { "metric", NULL, WF_METRIC_DIGITAL_GAP },
  { "difference", NULL, TRUE },
  { "horizon", NULL, 2032 },
};

static void
set_case (WfSession      *session,
          const ViewCase *c)
{
  if (c->string != NULL)
    g_object_set (session, c->property, c->string, NULL);
  else
    g_object_set (session, c->property, c->number, NULL);
}

static void
test_view_properties (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (view_cases); i++)
    {
      g_autoptr(WfSession) session = wf_session_new ();
      const ViewCase *c = &view_cases[i];
      g_autofree char *signal = g_strdup_printf ("notify::%s", c->property);
      guint notified = 0;
      GValue value = G_VALUE_INIT;

      g_test_message ("property %s", c->property);
      g_signal_connect (session, signal, G_CALLBACK (count_cb), &notified);
      set_case (session, c);
      g_assert_cmpuint (notified, ==, 1);
      set_case (session, c);
      g_assert_cmpuint (notified, ==, 1);

      g_object_get_property (G_OBJECT (session), c->property,
                             g_value_init (&value, g_object_class_find_property (G_OBJECT_GET_CLASS (session),
                                                                                 c->property)->value_type));
      if (c->string != NULL)
        g_assert_cmpstr (g_value_get_string (&value), ==, c->string);
      else if (G_VALUE_HOLDS_ENUM (&value))
        g_assert_cmpint (g_value_get_enum (&value), ==, c->number);
      else if (G_VALUE_HOLDS_BOOLEAN (&value))
        g_assert_cmpint (g_value_get_boolean (&value), ==, c->number);
      else
        g_assert_cmpint (g_value_get_int (&value), ==, c->number);
      g_value_unset (&value);
    }
}

/* The view is saved with the file, difference and metric included, but
 * does not make the document modified. */
static void
test_save_reopen (void)
{
  g_autoptr(WfSession) session = wf_session_new ();
  g_autoptr(WfSession) reopened = wf_session_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wf-session-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "view.foresight", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_no_error (error);
  wf_session_set_lever (session, WF_LEVER_RESKILLING, 33.0);
  g_assert_true (wf_session_save (session, file, &error));
  g_assert_no_error (error);
  g_assert_false (wf_session_get_modified (session));

  wf_session_set_chart (session, "compare");
  wf_session_set_difference (session, TRUE);
  wf_session_set_metric (session, WF_METRIC_WOMEN_DISPLACED);
  wf_session_set_lens (session, WF_LENS_WOMEN);
  g_assert_false (wf_session_get_modified (session));
  g_assert_true (wf_session_save (session, NULL, &error));

  g_assert_true (wf_session_load (reopened, file, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (wf_session_get_view (reopened)->chart, ==, "compare");
  g_assert_true (wf_session_get_difference (reopened));
  g_assert_cmpint (wf_session_get_metric (reopened), ==, WF_METRIC_WOMEN_DISPLACED);
  g_assert_cmpint (wf_session_get_view (reopened)->lens, ==, WF_LENS_WOMEN);
  g_assert_cmpfloat (wf_session_get_current_scenario (reopened)->values[WF_LEVER_RESKILLING], ==, 33.0);
  g_assert_false (wf_session_get_modified (reopened));

  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (listing)) != NULL)
      {
        g_autofree char *child = g_build_filename (dir, name, NULL);

        g_assert_cmpint (g_remove (child), ==, 0);
      }
  }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A file that cannot be opened changes nothing: the document, its file and
 * its history stay as they were. */
static void
test_open_broken (void)
{
  g_autoptr(WfSession) session = wf_session_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wf-session-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "broken.foresight", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const WfDocument *before;

  g_assert_true (g_file_set_contents (path, "<foresight", -1, &error));
  wf_session_set_lever (session, WF_LEVER_RESKILLING, 31.0);
  before = wf_session_get_document (session);

  g_assert_false (wf_session_load (session, file, &error));
  g_assert_nonnull (error);
  g_assert_true (wf_session_get_document (session) == before);
  g_assert_null (wf_session_get_file (session));
  g_assert_true (wf_session_get_modified (session));
  g_assert_true (wf_session_can_undo (session));
  g_assert_cmpfloat (wf_session_get_current_scenario (session)->values[WF_LEVER_RESKILLING], ==, 31.0);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  int *outcome = user_data;
  g_autoptr(GError) error = NULL;

  *outcome = wf_session_load_finish (WF_SESSION (object), result, &error) ? 1 : -1;
  g_assert_true ((*outcome == 1) == (error == NULL));
}

static gboolean
outcome_known (gpointer data)
{
  return *(int *) data != 0;
}

/* Opening reads the file in a thread: the document changes only when the
 * main loop delivers the result, and a broken file changes nothing. */
static void
test_load_async (void)
{
  g_autoptr(WfSession) writer = wf_session_new ();
  g_autoptr(WfSession) session = wf_session_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wf-session-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "async.foresight", NULL);
  g_autofree char *broken_path = g_build_filename (dir, "broken.foresight", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) broken = g_file_new_for_path (broken_path);
  const WfDocument *before = wf_session_get_document (session);
  int outcome = 0;

  wf_session_set_lever (writer, WF_LEVER_RESKILLING, 44.0);
  g_assert_true (wf_session_save (writer, file, &error));
  g_assert_true (g_file_set_contents (broken_path, "not xml", -1, &error));

  wf_session_load_async (session, file, NULL, loaded_cb, &outcome);
  g_assert_true (wf_session_get_document (session) == before);
  g_assert_true (wf_ui_test_wait_until (outcome_known, &outcome));
  g_assert_cmpint (outcome, ==, 1);
  g_assert_true (g_file_equal (wf_session_get_file (session), file));
  g_assert_cmpfloat (wf_session_get_current_scenario (session)->values[WF_LEVER_RESKILLING], ==, 44.0);

  before = wf_session_get_document (session);
  outcome = 0;
  wf_session_load_async (session, broken, NULL, loaded_cb, &outcome);
  g_assert_true (wf_ui_test_wait_until (outcome_known, &outcome));
  g_assert_cmpint (outcome, ==, -1);
  g_assert_true (wf_session_get_document (session) == before);
  g_assert_true (g_file_equal (wf_session_get_file (session), file));

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_remove (broken_path), ==, 0);
  {
    g_autofree char *backup = g_strconcat (path, "~", NULL);

    g_remove (backup);
  }
  g_rmdir (dir);
}

/* The results cache follows every edit, undo and revert: a projection is
 * never that of an older scenario. */
static void
test_results_follow_edits (void)
{
  g_autoptr(WfSession) session = wf_session_new ();
  g_autoptr(WfResults) before = wf_results_copy (wf_session_get_results (session, 0));
  g_autoptr(WfResults) fresh = NULL;
  g_autoptr(GError) error = NULL;

  wf_session_set_current (session, 0);
  wf_session_set_lever (session, WF_LEVER_AUTOMATION_SHARE, 70.0);
  g_assert_false (wf_results_equal (before, wf_session_get_results (session, 0)));
  fresh = wf_model_project (wf_session_get_document (session)->dataset,
                            wf_session_get_scenario (session, 0), &error);
  g_assert_no_error (error);
  g_assert_true (wf_results_equal (fresh, wf_session_get_results (session, 0)));

  wf_session_undo (session);
  g_assert_true (wf_results_equal (before, wf_session_get_results (session, 0)));
  wf_session_redo (session);
  g_assert_true (wf_results_equal (fresh, wf_session_get_results (session, 0)));
  wf_session_revert (session);
  g_assert_true (wf_results_equal (before, wf_session_get_results (session, 0)));
  g_assert_false (wf_session_get_modified (session));
  g_assert_cmpstr (wf_session_get_undo_label (session), ==, "Revert to Saved");
}

/* What the loader ignores reaches the session, for the window to show,
 * instead of a log message; the next file forgets them. */
static void
test_load_warnings (void)
{
  g_autoptr(WfSession) session = wf_session_new ();
  g_autoptr(WfSession) writer = wf_session_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wf-session-XXXXXX", &error);
  g_autofree char *plain_path = g_build_filename (dir, "plain.foresight", NULL);
  g_autofree char *newer_path = g_build_filename (dir, "newer.foresight", NULL);
  g_autoptr(GFile) plain = g_file_new_for_path (plain_path);
  g_autoptr(GFile) newer = g_file_new_for_path (newer_path);
  g_autofree char *text = NULL;
  g_autoptr(GString) edited = NULL;
  const char * const *warnings;

  g_assert_true (wf_session_save (writer, plain, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (plain_path, &text, NULL, &error));
  /* A newer version's addition: ignored, with a warning. */
  edited = g_string_new (text);
  {
    g_autofree char *current = g_strdup_printf ("version=\"%d\"", WF_DOCUMENT_VERSION);
    g_autofree char *next = g_strdup_printf ("version=\"%d\"", WF_DOCUMENT_VERSION + 1);

    g_assert_cmpuint (g_string_replace (edited, current, next, 1), ==, 1);
  }
  g_assert_cmpuint (g_string_replace (edited, "<scenarios>", "<gadget/><scenarios>", 1), ==, 1);
  g_assert_true (g_file_set_contents (newer_path, edited->str, -1, &error));

  g_assert_true (wf_session_load (session, newer, &error));
  g_assert_no_error (error);
  warnings = wf_session_get_load_warnings (session);
  g_assert_nonnull (warnings);
  g_assert_nonnull (warnings[0]);
  g_test_message ("%s", warnings[0]);
  g_assert_nonnull (strstr (warnings[0], "newer.foresight:"));

  g_assert_true (wf_session_load (session, plain, &error));
  g_assert_null (wf_session_get_load_warnings (session));

  g_assert_cmpint (g_remove (plain_path), ==, 0);
  g_assert_cmpint (g_remove (newer_path), ==, 0);
  g_rmdir (dir);
}

/* The horizon is shared by the scenarios, one undoable step, and a
 * property. */
static void
test_horizon (void)
{
  g_autoptr(WfSession) session = wf_session_new ();
  int start = wf_session_get_horizon (session);
  guint notified = 0;

  g_signal_connect (session, "notify::horizon", G_CALLBACK (count_cb), &notified);
  g_object_set (session, "horizon", start + 3, NULL);
  g_assert_cmpint (wf_session_get_horizon (session), ==, start + 3);
  g_assert_cmpuint (notified, >=, 1);
  for (guint i = 0; i < wf_session_get_n_scenarios (session); i++)
    g_assert_cmpint (wf_session_get_scenario (session, i)->horizon, ==, start + 3);
  wf_session_undo (session);
  g_assert_cmpint (wf_session_get_horizon (session), ==, start);
}

/* The one assembler: the comparison chart compares every scenario unless
 * the view names one; the others show the current one and those chosen. */
static void
test_chart_data (void)
{
  g_autoptr(WfSession) session = wf_session_new ();
  guint n = wf_session_get_n_scenarios (session);
  WfChartData data;

  g_assert_cmpuint (n, >, 2);
  wf_session_get_chart_data (session, WF_CHART_COMPARE, &data);
  g_assert_cmpuint (data.n_scenarios, ==, MIN (n, WF_CHART_MAX_SCENARIOS));
  g_assert_true (data.results[0] == wf_session_get_results (session, wf_session_get_current (session)));

  wf_session_set_compared (session, wf_session_get_scenario (session, 1)->name);
  wf_session_get_chart_data (session, WF_CHART_COMPARE, &data);
  g_assert_cmpuint (data.n_scenarios, ==, 2);
  g_assert_cmpstr (data.names[1], ==, wf_session_get_scenario (session, 1)->name);

  wf_session_get_chart_data (session, WF_CHART_EMPLOYMENT, &data);
  g_assert_cmpuint (data.n_scenarios, ==, 2);
  wf_session_set_compared (session, NULL);
  wf_session_get_chart_data (session, WF_CHART_EMPLOYMENT, &data);
  g_assert_cmpuint (data.n_scenarios, ==, 1);

  wf_session_set_difference (session, TRUE);
  wf_session_set_sector_filter (session, "ECO_ISIC4_K");
  wf_session_get_chart_data (session, WF_CHART_COMPARE, &data);
  g_assert_true (data.difference);
  g_assert_cmpint (data.sector, ==, wf_dataset_find_sector (wf_session_get_document (session)->dataset,
                                                           "ECO_ISIC4_K"));
  /* Nothing is computed for display: the fan waits for the service. */
  wf_session_get_chart_data (session, WF_CHART_FAN, &data);
  g_assert_null (data.ensemble);
}

/* Several scenarios compared at once, never the current one: choosing it
 * is refused, and turning to a compared scenario compares the one left
 * with it instead. Every chart kind that draws a comparison gets them, in
 * its table as columns named after them. */
static void
test_compared_list (void)
{
  g_autoptr(WfSession) session = wf_session_new ();
  const char *a = wf_session_get_scenario (session, 0)->name;
  const char *b = wf_session_get_scenario (session, 1)->name;
  const char *c = wf_session_get_scenario (session, 2)->name;
  const char *both[] = { b, c, b, NULL };
  guint indices[WF_CHART_MAX_SCENARIOS];
  guint notified = 0;

  g_signal_connect (session, "notify::compared", G_CALLBACK (count_cb), &notified);
  g_assert_cmpuint (wf_session_get_current (session), ==, 0);

  /* The current scenario is never compared with itself. */
  wf_session_set_scenario_compared (session, a, TRUE);
  g_assert_false (wf_session_is_scenario_compared (session, a));
  g_assert_cmpuint (wf_session_get_compared_indices (session, indices, G_N_ELEMENTS (indices)), ==, 0);
  g_assert_cmpuint (notified, ==, 0);

  wf_session_set_compared_list (session, both);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (wf_session_is_scenario_compared (session, b));
  g_assert_true (wf_session_is_scenario_compared (session, c));
  g_assert_cmpuint (wf_session_get_compared_indices (session, indices, G_N_ELEMENTS (indices)), ==, 2);
  g_assert_cmpuint (indices[0], ==, 1);
  g_assert_cmpuint (indices[1], ==, 2);
  g_assert_cmpstr (wf_session_get_compared (session), ==, b);
  /* The same list again is no change. */
  wf_session_set_compared_list (session, both);
  g_assert_cmpuint (notified, ==, 1);

  for (WfChartKind kind = 0; kind < WF_N_CHART_KINDS; kind++)
    {
      WfChartNeeds needs = wf_chart_kind_get_needs (kind);
      WfChartData data;

      wf_session_get_chart_data (session, kind, &data);
      if (needs & (WF_CHART_NEEDS_COMPARED | WF_CHART_NEEDS_COMPARISON))
        {
          g_assert_cmpuint (data.n_scenarios, ==, 3);
          g_assert_cmpstr (data.names[1], ==, b);
          g_assert_cmpstr (data.names[2], ==, c);
        }
      /* (The fan's table waits for its ensemble: test-render has it.) */
      if ((needs & WF_CHART_NEEDS_COMPARED) && !(needs & WF_CHART_NEEDS_ENSEMBLE))
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(WfChartTable) table = wf_chart_get_table (kind, &data, &error);
          guint named_b = 0, named_c = 0;

          g_assert_no_error (error);
          for (guint col = 0; col < table->n_keys + table->n_values; col++)
            {
              named_b += strstr (table->columns[col], b) != NULL;
              named_c += strstr (table->columns[col], c) != NULL;
            }
          g_test_message ("%s: %u columns name “%s”", wf_chart_kind_to_id (kind), named_b, b);
          g_assert_cmpuint (named_b, >, 0);
          g_assert_cmpuint (named_c, >, 0);
        }
    }

  /* Turning to B: B is current, A takes its place among those compared. */
  wf_session_set_current (session, 1);
  g_assert_false (wf_session_is_scenario_compared (session, b));
  g_assert_true (wf_session_is_scenario_compared (session, a));
  g_assert_true (wf_session_is_scenario_compared (session, c));
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpuint (wf_session_get_compared_indices (session, indices, G_N_ELEMENTS (indices)), ==, 2);
  g_assert_cmpuint (indices[0], ==, 0);
  g_assert_cmpuint (indices[1], ==, 2);

  wf_session_set_scenario_compared (session, c, FALSE);
  g_assert_false (wf_session_is_scenario_compared (session, c));
  g_assert_cmpuint (wf_session_get_compared_indices (session, indices, G_N_ELEMENTS (indices)), ==, 1);
  wf_session_set_compared_list (session, NULL);
  g_assert_cmpuint (wf_session_get_compared_indices (session, indices, G_N_ELEMENTS (indices)), ==, 0);
}

/* Under French no two scenarios read the same: "Tendances actuelles" is
 * taken by the stored "Current trends", so a rename to it gets a number;
 * renaming a preset to its French name is no change; the chart's series
 * read in French. */
static void
test_display_names (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_MESSAGES, NULL));
  g_autoptr(WfSession) session = NULL;
  WfChartData data;

  if (g_getenv (WF_LOCALEDIR_ENV) == NULL)
    {
      g_test_skip ("not run in the test environment");
      return;
    }
  wf_i18n_init (LOCALEDIR);
  if (setlocale (LC_MESSAGES, "fr_FR.UTF-8") == NULL)
    {
      g_test_skip ("fr_FR.UTF-8 is not generated");
      return;
    }

  session = wf_session_new ();
  g_assert_cmpstr (wf_session_get_scenario (session, 0)->name, ==, "Current trends");
  wf_session_rename_scenario (session, 0, "Tendances actuelles");
  g_assert_cmpstr (wf_session_get_scenario (session, 0)->name, ==, "Current trends");
  g_assert_false (wf_session_get_modified (session));

  wf_session_rename_scenario (session, 1, "Tendances actuelles");
  g_assert_cmpstr (wf_session_get_scenario (session, 1)->name, ==, "Tendances actuelles (2)");
  g_assert_true (wf_session_get_modified (session));

  wf_session_set_current (session, 3);
  wf_session_set_compared (session, "Current trends");
  wf_session_get_chart_data (session, WF_CHART_COMPARE, &data);
  g_assert_cmpuint (data.n_scenarios, ==, 2);
  g_assert_cmpstr (data.names[0], ==, "IA exponentielle, préparation limitée");
  g_assert_cmpstr (data.names[1], ==, "Tendances actuelles");

  setlocale (LC_MESSAGES, saved);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/session/compared-list", test_compared_list);

  g_test_add_func ("/session/lever-undo", test_lever_undo);
  g_test_add_func ("/session/lever-changed", test_lever_changed);
  g_test_add_func ("/session/scenarios", test_scenarios);
  g_test_add_func ("/session/view-properties", test_view_properties);
  g_test_add_func ("/session/save-reopen", test_save_reopen);
  g_test_add_func ("/session/open-broken", test_open_broken);
  g_test_add_func ("/session/load-async", test_load_async);
  g_test_add_func ("/session/results-follow-edits", test_results_follow_edits);
  g_test_add_func ("/session/load-warnings", test_load_warnings);
  g_test_add_func ("/session/horizon", test_horizon);
  g_test_add_func ("/session/take-document", test_take_document);
  g_test_add_func ("/session/chart-data", test_chart_data);
  g_test_add_func ("/session/display-names", test_display_names);

  return g_test_run ();
}
