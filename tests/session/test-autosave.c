/* test-autosave.c: copies of unsaved work and saves in a thread, without
 * a display
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "wf-autosave.h"
#include "wf-document-io.h"
#include "wf-session.h"
#include "wf-ui-test.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("wf-autosave-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static guint
count_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  if (dir == NULL)
    return 0;
  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
written_cb (WfAutosave   *autosave,
            const GError *error,
            guint        *count)
{
  g_assert_no_error (error);
  (*count)++;
}

typedef struct
{
  guint *count;
  guint  target;
} Count;

static gboolean
count_reached (gpointer data)
{
  Count *c = data;

  return *c->count >= c->target;
}

static void
wait_written (guint *count,
              guint  target)
{
  Count c = { count, target };

  g_assert_true (wf_ui_test_wait_until (count_reached, &c));
}

static char *
info_path (const char *dir,
           WfAutosave *autosave)
{
  g_autofree char *name = g_strconcat (wf_autosave_get_id (autosave), ".autosave", NULL);

  return g_build_filename (dir, name, NULL);
}

/* A change is written a moment later (not at once), in a copy that loads
 * with the change and a description naming the document and this
 * process; a live process's copy is no orphan; saving removes the copy. */
static void
test_written_after_change (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(WfSession) session = wf_session_new ();
  g_autoptr(WfAutosave) autosave = wf_autosave_new (session, fixture->dir);
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autoptr(WfDocument) copy = NULL;
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = wf_autosave_dup_document_path (autosave);
  g_autofree char *info_file = info_path (fixture->dir, autosave);
  g_autofree char *saved = g_build_filename (fixture->dir, "saved.foresight", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (saved);
  g_autofree char *name = NULL;
  guint written = 0;

  wf_autosave_set_delay (autosave, 200, 1000);
  g_signal_connect (autosave, "written", G_CALLBACK (written_cb), &written);

  /* Nothing to keep while nothing changed. */
  g_assert_false (wf_autosave_is_pending (autosave));
  wf_session_set_lever (session, WF_LEVER_ADOPTION_CEILING, 81.0);
  g_assert_true (wf_autosave_is_pending (autosave));
  wf_ui_test_flush ();
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  wait_written (&written, 1);
  g_assert_cmpuint (written, ==, 1);
  g_assert_false (wf_autosave_is_pending (autosave));
  {
    g_autoptr(GFile) copy_file = g_file_new_for_path (path);

    copy = wf_document_load_file (copy_file, &error);
  }
  g_assert_no_error (error);
  g_assert_cmpfloat (((WfScenario *) g_ptr_array_index (copy->scenarios, 0))->values[WF_LEVER_ADOPTION_CEILING], ==, 81.0);

  g_key_file_load_from_file (info, info_file, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  name = g_key_file_get_string (info, "Autosave", "Name", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (name, ==, "Untitled");
  g_assert_false (g_key_file_has_key (info, "Autosave", "Original", NULL));
  g_assert_cmpint (g_key_file_get_int64 (info, "Autosave", "Pid", NULL), ==, getpid ());
  g_assert_true (g_key_file_has_key (info, "Autosave", "Time", NULL));

  orphans = wf_autosave_list_orphans (fixture->dir);
  g_assert_cmpuint (orphans->len, ==, 0);

  g_assert_true (wf_session_save (session, file, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (info_file, G_FILE_TEST_EXISTS));
}

/* A run of changes is one write after the last (within the longest
 * delay); a discard removes the copy and stops the one due. */
static void
test_debounced_and_discarded (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(WfSession) session = wf_session_new ();
  g_autoptr(WfAutosave) autosave = wf_autosave_new (session, fixture->dir);
  g_autofree char *path = wf_autosave_dup_document_path (autosave);
  guint written = 0;

  wf_autosave_set_delay (autosave, 1000, 10000);
  g_signal_connect (autosave, "written", G_CALLBACK (written_cb), &written);

  for (int i = 0; i < 5; i++)
    {
      wf_session_set_lever (session, WF_LEVER_ADOPTION_CEILING, 70.0 + i);
      g_usleep (50 * G_TIME_SPAN_MILLISECOND);
      wf_ui_test_flush ();
    }
  g_assert_cmpuint (written, ==, 0);
  wait_written (&written, 1);
  wf_ui_test_flush ();
  g_assert_cmpuint (written, ==, 1);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  wf_session_set_lever (session, WF_LEVER_ADOPTION_CEILING, 55.0);
  g_assert_true (wf_autosave_is_pending (autosave));
  wf_autosave_discard (autosave);
  g_assert_false (wf_autosave_is_pending (autosave));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_usleep (1100 * G_TIME_SPAN_MILLISECOND);
  wf_ui_test_flush ();
  g_assert_cmpuint (written, ==, 1);
  g_assert_cmpuint (count_files (fixture->dir), ==, 0);
}

/* The pid of a process that has ended (and been waited for). */
static gint64
dead_pid (void)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "true", NULL };
  GPid pid;
  int status;

  g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD,
                 NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  return pid;
}

/* Rewrites the pid (and start time) in a description, as another process
 * would have left it. */
static void
set_owner (const char *info_file,
           gint64      pid,
           const char *start_time)
{
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autoptr(GError) error = NULL;

  g_key_file_load_from_file (info, info_file, G_KEY_FILE_KEEP_COMMENTS, &error);
  g_assert_no_error (error);
  g_key_file_set_int64 (info, "Autosave", "Pid", pid);
  if (start_time != NULL)
    g_key_file_set_string (info, "Autosave", "StartTime", start_time);
  g_key_file_save_to_file (info, info_file, &error);
  g_assert_no_error (error);
}

/* The copy of a process that ended is an orphan, with its name, file and
 * time; so is one whose pid a new process reuses (another start time). A
 * recovered orphan, adopted, is this process's again. */
static void
test_orphans (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(WfSession) session = wf_session_new ();
  g_autoptr(WfAutosave) autosave = wf_autosave_new (session, fixture->dir);
  g_autofree char *saved = g_build_filename (fixture->dir, "workshop.foresight", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (saved);
  g_autofree char *info_file = info_path (fixture->dir, autosave);
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDocument) document = NULL;
  g_autoptr(GFile) original = NULL;
  WfAutosaveEntry *entry;
  guint written = 0;

  g_assert_true (wf_session_save (session, file, &error));
  wf_autosave_set_delay (autosave, 10, 10);
  g_signal_connect (autosave, "written", G_CALLBACK (written_cb), &written);
  wf_session_set_lever (session, WF_LEVER_ADOPTION_CEILING, 66.0);
  wait_written (&written, 1);

  /* Its own process is alive: not an orphan. */
  orphans = wf_autosave_list_orphans (fixture->dir);
  g_assert_cmpuint (orphans->len, ==, 0);
  g_clear_pointer (&orphans, g_ptr_array_unref);

  /* The same pid, started at another time: a reused pid. */
  set_owner (info_file, getpid (), "1");
  orphans = wf_autosave_list_orphans (fixture->dir);
  g_assert_cmpuint (orphans->len, ==, 1);
  g_clear_pointer (&orphans, g_ptr_array_unref);

  set_owner (info_file, dead_pid (), NULL);
  orphans = wf_autosave_list_orphans (fixture->dir);
  g_assert_cmpuint (orphans->len, ==, 1);
  entry = g_ptr_array_index (orphans, 0);
  g_assert_cmpstr (entry->id, ==, wf_autosave_get_id (autosave));
  g_assert_cmpstr (entry->name, ==, "workshop.foresight");
  original = wf_autosave_entry_get_original (entry);
  g_assert_true (g_file_equal (original, file));
  g_assert_nonnull (entry->time);

  /* Recovered in a new session: tied to its file, modified, and the
   * copy is this process's again. */
  document = wf_autosave_entry_load (entry, &error);
  g_assert_no_error (error);
  {
    g_autoptr(WfSession) recovered = wf_session_new ();
    g_autoptr(WfAutosave) continued = wf_autosave_new (recovered, fixture->dir);
    guint rewritten = 0;

    g_signal_connect (continued, "written", G_CALLBACK (written_cb), &rewritten);
    wf_session_recover (recovered, g_steal_pointer (&document), original);
    wf_autosave_adopt (continued, entry);
    g_assert_cmpstr (wf_autosave_get_id (continued), ==, entry->id);
    g_assert_true (wf_session_get_modified (recovered));
    g_assert_true (g_file_equal (wf_session_get_file (recovered), file));
    g_assert_cmpfloat (wf_session_get_current_scenario (recovered)->values[WF_LEVER_ADOPTION_CEILING], ==, 66.0);
    wait_written (&rewritten, 1);
    after = wf_autosave_list_orphans (fixture->dir);
    g_assert_cmpuint (after->len, ==, 0);
    g_clear_pointer (&after, g_ptr_array_unref);

    /* Discard removes it for good. */
    set_owner (info_file, dead_pid (), NULL);
    after = wf_autosave_list_orphans (fixture->dir);
    g_assert_cmpuint (after->len, ==, 1);
    wf_autosave_entry_remove (g_ptr_array_index (after, 0));
    g_clear_pointer (&after, g_ptr_array_unref);
    after = wf_autosave_list_orphans (fixture->dir);
    g_assert_cmpuint (after->len, ==, 0);
  }
}

static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GError **error = user_data;

  if (!wf_session_save_finish (WF_SESSION (object), result, error) && *error == NULL)
    g_assert_not_reached ();
  else if (*error == NULL)
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_EXISTS, "done");
}

static gboolean
not_saving (gpointer data)
{
  return !wf_session_get_saving (data);
}

/* A save in a thread says it is saving until it ends; it takes what was
 * there when it started, so a change meanwhile stays a change; a failure
 * names the file and leaves the document modified and the file as it was. */
static void
test_save_async (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(WfSession) session = wf_session_new ();
  g_autofree char *saved = g_build_filename (fixture->dir, "async.foresight", NULL);
  g_autofree char *bad = g_build_filename (fixture->dir, "no-such-folder", "x.foresight", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (saved);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  g_autoptr(WfDocument) reread = NULL;
  GError *error = NULL;

  wf_session_set_lever (session, WF_LEVER_ADOPTION_CEILING, 77.0);
  wf_session_save_async (session, file, NULL, save_done_cb, &error);
  g_assert_true (wf_session_get_saving (session));
  /* Changed while it is written: the file has 77, the document 78. */
  wf_session_set_lever (session, WF_LEVER_ADOPTION_CEILING, 78.0);
  g_assert_true (wf_ui_test_wait_until (not_saving, session));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_true (g_file_equal (wf_session_get_file (session), file));
  g_assert_true (wf_session_get_modified (session));
  reread = wf_document_load_file (file, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (((WfScenario *) g_ptr_array_index (reread->scenarios, 0))->values[WF_LEVER_ADOPTION_CEILING], ==, 77.0);
  wf_session_set_lever (session, WF_LEVER_ADOPTION_CEILING, 77.0);
  g_assert_false (wf_session_get_modified (session));
  wf_session_set_lever (session, WF_LEVER_ADOPTION_CEILING, 78.0);

  /* Into a folder that does not exist: an error naming the file. */
  wf_session_save_async (session, bad_file, NULL, save_done_cb, &error);
  g_assert_true (wf_ui_test_wait_until (not_saving, session));
  g_assert_nonnull (error);
  g_assert_false (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS));
  g_assert_nonnull (strstr (error->message, "x.foresight"));
  g_clear_error (&error);
  g_assert_true (wf_session_get_modified (session));
  g_assert_true (g_file_equal (wf_session_get_file (session), file));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/session/autosave/written-after-change", Fixture, NULL,
              fixture_set_up, test_written_after_change, fixture_tear_down);
  g_test_add ("/session/autosave/debounced-and-discarded", Fixture, NULL,
              fixture_set_up, test_debounced_and_discarded, fixture_tear_down);
  g_test_add ("/session/autosave/orphans", Fixture, NULL,
              fixture_set_up, test_orphans, fixture_tear_down);
  g_test_add ("/session/save-async", Fixture, NULL,
              fixture_set_up, test_save_async, fixture_tear_down);

  return g_test_run ();
}
