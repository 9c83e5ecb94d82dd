/* wf-autosave.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each open document with unsaved changes has a copy in the autosave
 * folder, as two files named by an id of its own: ID.foresight, the
 * document, and ID.autosave, a key file that names the document, the file
 * it belongs to, the time, and the process that wrote it. The copy is
 * written a few seconds after a change, in a thread, through the atomic
 * writer, and removed when the document is saved or deliberately closed.
 * A copy whose process is gone (it crashed or was killed) is an orphan:
 * the application offers it back at its next start.
 *
 * A process is told by its id, the time it started (from /proc, so a
 * reused id is not taken for it) and the boot it ran in.
 */
#define G_LOG_DOMAIN "wf-autosave"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#ifdef G_OS_UNIX
#include <signal.h>
#include <sys/types.h>
#include <unistd.h>
#endif

#include "wf-autosave.h"
#include "wf-document-io.h"
#include "wf-io-util.h"

#define INFO_GROUP "Autosave"
#define INFO_SUFFIX ".autosave"
#define DOCUMENT_SUFFIX ".foresight"

struct _WfAutosave
{
  GObject       parent_instance;

  WfSession    *session;
  char         *dir;
  char         *id;
  guint         delay_ms;
  guint         max_delay_ms;

  guint         timeout_id;
  gint64        first_change;  /* monotonic time of the first change due */
  gboolean      due;           /* changes not yet in the copy */
  gboolean      writing;
  guint         generation;    /* bumped by a discard */
  GCancellable *cancellable;
};

G_DEFINE_FINAL_TYPE (WfAutosave, wf_autosave, G_TYPE_OBJECT)

enum {
  WRITTEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Processes */

static char *
read_boot_id (void)
{
  char *contents = NULL;

  if (!g_file_get_contents ("/proc/sys/kernel/random/boot_id", &contents, NULL, NULL))
    return NULL;
  return g_strstrip (contents);
}

/* The state letter and start time (field 3 and 22 of /proc/PID/stat);
 * FALSE when there is no such process (or no /proc). */
static gboolean
read_process_stat (gint64   pid,
                   char    *state,
                   guint64 *start_time)
{
  g_autofree char *path = g_strdup_printf ("/proc/%" G_GINT64_FORMAT "/stat", pid);
  g_autofree char *contents = NULL;
  g_auto(GStrv) fields = NULL;
  const char *end;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return FALSE;
  /* The command name (field 2) is in parentheses and may hold spaces. */
  end = strrchr (contents, ')');
  if (end == NULL || end[1] != ' ')
    return FALSE;
  fields = g_strsplit (end + 2, " ", 0);
  if (g_strv_length (fields) < 20)
    return FALSE;
  *state = fields[0][0];
  *start_time = g_ascii_strtoull (fields[19], NULL, 10);
  return TRUE;
}

static gboolean
process_alive (gint64      pid,
               guint64     start_time,
               const char *boot_id)
{
  g_autofree char *boot = read_boot_id ();
  char state = 0;
  guint64 started = 0;

  if (pid <= 0)
    return FALSE;
  if (boot != NULL && boot_id != NULL && strcmp (boot, boot_id) != 0)
    return FALSE;
  if (read_process_stat (pid, &state, &started))
    /* A zombie has ended: only its parent has not noticed yet. */
    return state != 'Z' && state != 'X' && (start_time == 0 || started == start_time);
#ifdef G_OS_UNIX
  return kill ((pid_t) pid, 0) == 0 || errno == EPERM;
#else
  return TRUE;
#endif
}

/* Entries */

void
wf_autosave_entry_free (WfAutosaveEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->id);
  g_free (entry->document_path);
  g_free (entry->info_path);
  g_free (entry->name);
  g_free (entry->original_uri);
  g_clear_pointer (&entry->time, g_date_time_unref);
  g_free (entry);
}

/**
 * wf_autosave_get_default_dir:
 *
 * Returns: (transfer full): the folder of autosaves:
 *   `$XDG_STATE_HOME/workforce-foresight/autosave`, which is
 *   `~/.local/state/workforce-foresight/autosave` by default
 */
char *
wf_autosave_get_default_dir (void)
{
  const char *base = g_get_user_state_dir ();

  if (base == NULL || *base == '\0')
    base = g_get_user_data_dir ();
  return g_build_filename (base, "workforce-foresight", "autosave", NULL);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const WfAutosaveEntry *x = *(const WfAutosaveEntry **) a;
  const WfAutosaveEntry *y = *(const WfAutosaveEntry **) b;

  return g_date_time_compare (x->time, y->time);
}

static WfAutosaveEntry *
read_entry (const char *dir,
            const char *info_name)
{
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autoptr(WfAutosaveEntry) entry = g_new0 (WfAutosaveEntry, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *boot_id = NULL;
  g_autofree char *time = NULL;
  g_autofree char *start = NULL;
  gint64 pid;

  entry->id = g_strndup (info_name, strlen (info_name) - strlen (INFO_SUFFIX));
  entry->info_path = g_build_filename (dir, info_name, NULL);
  {
    g_autofree char *document_name = g_strconcat (entry->id, DOCUMENT_SUFFIX, NULL);

    entry->document_path = g_build_filename (dir, document_name, NULL);
  }

  if (!g_key_file_load_from_file (info, entry->info_path, G_KEY_FILE_NONE, &error))
    {
      g_debug ("%s: %s", entry->info_path, error->message);
      return NULL;
    }
  pid = g_key_file_get_int64 (info, INFO_GROUP, "Pid", NULL);
  start = g_key_file_get_string (info, INFO_GROUP, "StartTime", NULL);
  boot_id = g_key_file_get_string (info, INFO_GROUP, "BootId", NULL);
  if (process_alive (pid, start != NULL ? g_ascii_strtoull (start, NULL, 10) : 0, boot_id))
    return NULL;

  /* The document is written before its description, so a description
   * alone is what a crash between the two left: nothing to recover. */
  if (!g_file_test (entry->document_path, G_FILE_TEST_IS_REGULAR))
    {
      g_unlink (entry->info_path);
      return NULL;
    }

  entry->name = g_key_file_get_string (info, INFO_GROUP, "Name", NULL);
  entry->original_uri = g_key_file_get_string (info, INFO_GROUP, "Original", NULL);
  time = g_key_file_get_string (info, INFO_GROUP, "Time", NULL);
  if (time != NULL)
    entry->time = g_date_time_new_from_iso8601 (time, NULL);
  if (entry->time == NULL)
    {
      GStatBuf st;

      entry->time = g_stat (entry->document_path, &st) == 0
                    ? g_date_time_new_from_unix_utc (st.st_mtime)
                    : g_date_time_new_now_utc ();
    }
  if (entry->name == NULL)
    entry->name = g_strdup (entry->id);
  return g_steal_pointer (&entry);
}

/**
 * wf_autosave_list_orphans:
 * @dir: (nullable): an autosave folder, or %NULL for the default one
 *
 * Returns: (transfer full) (element-type WfAutosaveEntry): the autosaves
 *   in @dir whose process has ended, oldest first (none when @dir does
 *   not exist)
 */
GPtrArray *
wf_autosave_list_orphans (const char *dir)
{
  g_autofree char *default_dir = dir == NULL ? wf_autosave_get_default_dir () : NULL;
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) wf_autosave_entry_free);
  g_autoptr(GDir) folder = NULL;
  const char *name;

  if (dir == NULL)
    dir = default_dir;
  folder = g_dir_open (dir, 0, NULL);
  if (folder == NULL)
    return entries;

  while ((name = g_dir_read_name (folder)) != NULL)
    {
      WfAutosaveEntry *entry;

      if (!g_str_has_suffix (name, INFO_SUFFIX) || strlen (name) == strlen (INFO_SUFFIX))
        continue;
      entry = read_entry (dir, name);
      if (entry != NULL)
        g_ptr_array_add (entries, entry);
    }
  g_ptr_array_sort (entries, compare_entries);
  return entries;
}

/**
 * wf_autosave_entry_load:
 *
 * Returns: (transfer full) (nullable): the document of @entry, or %NULL
 *   with @error naming the file and what was wrong
 */
WfDocument *
wf_autosave_entry_load (const WfAutosaveEntry  *entry,
                        GError                **error)
{
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (entry != NULL, NULL);

  file = g_file_new_for_path (entry->document_path);
  return wf_document_load_file (file, error);
}

/**
 * wf_autosave_entry_get_original:
 *
 * Returns: (transfer full) (nullable): the file @entry belongs to
 */
GFile *
wf_autosave_entry_get_original (const WfAutosaveEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);

  if (entry->original_uri == NULL || *entry->original_uri == '\0')
    return NULL;
  return g_file_new_for_uri (entry->original_uri);
}

static void
remove_files (const char *document_path,
              const char *info_path)
{
  /* The description first: without it the document is not offered. */
  if (g_unlink (info_path) != 0 && errno != ENOENT)
    g_debug ("could not remove %s: %s", info_path, g_strerror (errno));
  if (g_unlink (document_path) != 0 && errno != ENOENT)
    g_debug ("could not remove %s: %s", document_path, g_strerror (errno));
}

void
wf_autosave_entry_remove (const WfAutosaveEntry *entry)
{
  g_return_if_fail (entry != NULL);
  remove_files (entry->document_path, entry->info_path);
}

/* Writing */

typedef struct
{
  WfDocument *copy;
  char       *dir;
  char       *document_path;
  char       *info_path;
  GBytes     *info;
  guint       generation;
} WriteData;

static void
write_data_free (WriteData *data)
{
  g_clear_pointer (&data->copy, wf_document_free);
  g_free (data->dir);
  g_free (data->document_path);
  g_free (data->info_path);
  g_clear_pointer (&data->info, g_bytes_unref);
  g_free (data);
}

static char *
path_for (WfAutosave *self,
          const char *suffix)
{
  g_autofree char *name = g_strconcat (self->id, suffix, NULL);

  return g_build_filename (self->dir, name, NULL);
}

static GBytes *
describe (WfAutosave *self)
{
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *time = g_date_time_format_iso8601 (now);
  g_autofree char *name = wf_session_dup_display_name (self->session);
  g_autofree char *boot_id = read_boot_id ();
  GFile *file = wf_session_get_file (self->session);
  gint64 pid = 0;
  char state;
  guint64 start_time = 0;
  char *data;
  gsize size;

#ifdef G_OS_UNIX
  pid = getpid ();
#endif
  g_key_file_set_string (info, INFO_GROUP, "Name", name);
  if (file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_key_file_set_string (info, INFO_GROUP, "Original", uri);
    }
  g_key_file_set_string (info, INFO_GROUP, "Time", time);
  g_key_file_set_int64 (info, INFO_GROUP, "Pid", pid);
  if (read_process_stat (pid, &state, &start_time))
    {
      g_autofree char *start = g_strdup_printf ("%" G_GUINT64_FORMAT, start_time);

      g_key_file_set_string (info, INFO_GROUP, "StartTime", start);
    }
  if (boot_id != NULL)
    g_key_file_set_string (info, INFO_GROUP, "BootId", boot_id);

  data = g_key_file_to_data (info, &size, NULL);
  return g_bytes_new_take (data, size);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteData *data = task_data;
  g_autoptr(GFile) document_file = g_file_new_for_path (data->document_path);
  g_autoptr(GFile) info_file = g_file_new_for_path (data->info_path);
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;

  if (g_mkdir_with_parents (data->dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_task_return_new_error (task, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                               "%s: %s", data->dir, g_strerror (saved_errno));
      return;
    }
  /* The document first: a description always has its document. */
  bytes = wf_document_to_bytes (data->copy, &error);
  if (bytes == NULL ||
      !wf_io_write_bytes_atomic (document_file, bytes, WF_ATOMIC_FILE_NONE, cancellable, &error) ||
      !wf_io_write_bytes_atomic (info_file, data->info, WF_ATOMIC_FILE_NONE, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static void schedule (WfAutosave *self);

static void
write_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  WfAutosave *self = WF_AUTOSAVE (object);
  WriteData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  self->writing = FALSE;
  /* Discarded while it was being written: what the thread wrote goes too. */
  if (data->generation != self->generation)
    remove_files (data->document_path, data->info_path);
  else if (ok || !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_signal_emit (self, signals[WRITTEN], 0, ok ? NULL : error);
  if (self->due)
    schedule (self);
}

static void
start_write (WfAutosave *self)
{
  g_autoptr(GTask) task = NULL;
  WriteData *data;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (!self->due || self->writing)
    return;

  self->due = FALSE;
  self->first_change = 0;
  self->writing = TRUE;

  data = g_new0 (WriteData, 1);
  data->copy = wf_document_copy (wf_session_get_document (self->session));
  data->dir = g_strdup (self->dir);
  data->document_path = path_for (self, DOCUMENT_SUFFIX);
  data->info_path = path_for (self, INFO_SUFFIX);
  data->info = describe (self);
  data->generation = self->generation;

  task = g_task_new (self, self->cancellable, write_done_cb, NULL);
  g_task_set_source_tag (task, start_write);
  g_task_set_task_data (task, data, (GDestroyNotify) write_data_free);
  g_task_run_in_thread (task, write_thread);
}

static gboolean
timeout_cb (gpointer user_data)
{
  WfAutosave *self = user_data;

  self->timeout_id = 0;
  start_write (self);
  return G_SOURCE_REMOVE;
}

/* A change is due: the copy is written after the delay, which each change
 * restarts, up to the longest delay after the first. */
static void
schedule (WfAutosave *self)
{
  gint64 now = g_get_monotonic_time ();
  gint64 elapsed_ms;
  guint delay;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->first_change == 0)
    self->first_change = now;
  /* The copy being written is older than this change: written after it. */
  if (self->writing)
    return;

  elapsed_ms = (now - self->first_change) / 1000;
  delay = elapsed_ms >= self->max_delay_ms ? 0 : MIN (self->delay_ms, self->max_delay_ms - (guint) elapsed_ms);
  self->timeout_id = g_timeout_add (delay, timeout_cb, self);
}

static void
session_changed_cb (WfAutosave *self)
{
  if (!wf_session_get_modified (self->session))
    return;
  self->due = TRUE;
  schedule (self);
}

/* Saved, reverted or undone back to the file: no copy is needed; modified
 * without a change (recovered work, an import): one is due. */
static void
session_notify_modified_cb (WfAutosave *self)
{
  if (!wf_session_get_modified (self->session))
    wf_autosave_discard (self);
  else if (!self->due && self->timeout_id == 0)
    {
      self->due = TRUE;
      schedule (self);
    }
}

/* GObject */

static void
wf_autosave_dispose (GObject *object)
{
  WfAutosave *self = WF_AUTOSAVE (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (wf_autosave_parent_class)->dispose (object);
}

static void
wf_autosave_finalize (GObject *object)
{
  WfAutosave *self = WF_AUTOSAVE (object);

  g_clear_object (&self->cancellable);
  g_free (self->dir);
  g_free (self->id);

  G_OBJECT_CLASS (wf_autosave_parent_class)->finalize (object);
}

static void
wf_autosave_class_init (WfAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = wf_autosave_dispose;
  object_class->finalize = wf_autosave_finalize;

  /* A copy was written (the error is NULL) or could not be (it says why). */
  signals[WRITTEN] = g_signal_new ("written", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
wf_autosave_init (WfAutosave *self)
{
  static gint counter;
  gint64 pid = 0;

#ifdef G_OS_UNIX
  pid = getpid ();
#endif
  self->delay_ms = WF_AUTOSAVE_DELAY_MS;
  self->max_delay_ms = WF_AUTOSAVE_MAX_DELAY_MS;
  self->cancellable = g_cancellable_new ();
  self->id = g_strdup_printf ("%" G_GINT64_FORMAT "-%d-%08x", pid,
                              g_atomic_int_add (&counter, 1), g_random_int ());
}

/**
 * wf_autosave_new:
 * @session: the session whose document to keep a copy of
 * @dir: (nullable): the autosave folder, or %NULL for the default one
 *
 * Returns: (transfer full): an autosave that follows @session: a copy of
 *   its document is written after each change that leaves it modified,
 *   and removed when it is no longer modified
 */
WfAutosave *
wf_autosave_new (WfSession  *session,
                 const char *dir)
{
  WfAutosave *self;

  g_return_val_if_fail (WF_IS_SESSION (session), NULL);

  self = g_object_new (WF_TYPE_AUTOSAVE, NULL);
  self->session = g_object_ref (session);
  self->dir = dir != NULL ? g_strdup (dir) : wf_autosave_get_default_dir ();
  g_signal_connect_swapped (session, "changed", G_CALLBACK (session_changed_cb), self);
  g_signal_connect_swapped (session, "notify::modified", G_CALLBACK (session_notify_modified_cb), self);
  if (wf_session_get_modified (session))
    session_changed_cb (self);
  return self;
}

void
wf_autosave_set_delay (WfAutosave *self,
                       guint       delay_ms,
                       guint       max_delay_ms)
{
  g_return_if_fail (WF_IS_AUTOSAVE (self));

  self->delay_ms = delay_ms;
  self->max_delay_ms = MAX (delay_ms, max_delay_ms);
}

/**
 * wf_autosave_adopt:
 * @self: a #WfAutosave
 * @entry: an orphan whose document the session now holds
 *
 * The copy goes on in @entry's files, written again at once as this
 * process's, so that it is never offered while this process runs and is
 * never lost between the recovery and the next change.
 */
void
wf_autosave_adopt (WfAutosave            *self,
                   const WfAutosaveEntry *entry)
{
  g_autofree char *dir = NULL;

  g_return_if_fail (WF_IS_AUTOSAVE (self));
  g_return_if_fail (entry != NULL);

  dir = g_path_get_dirname (entry->info_path);
  g_free (self->dir);
  self->dir = g_steal_pointer (&dir);
  g_free (self->id);
  self->id = g_strdup (entry->id);
  self->due = TRUE;
  start_write (self);
}

const char *
wf_autosave_get_id (WfAutosave *self)
{
  g_return_val_if_fail (WF_IS_AUTOSAVE (self), NULL);
  return self->id;
}

/**
 * wf_autosave_dup_document_path:
 *
 * Returns: (transfer full): where the copy of the document is written
 */
char *
wf_autosave_dup_document_path (WfAutosave *self)
{
  g_return_val_if_fail (WF_IS_AUTOSAVE (self), NULL);
  return path_for (self, DOCUMENT_SUFFIX);
}

gboolean
wf_autosave_is_pending (WfAutosave *self)
{
  g_return_val_if_fail (WF_IS_AUTOSAVE (self), FALSE);
  return self->due || self->writing;
}

void
wf_autosave_flush (WfAutosave *self)
{
  g_return_if_fail (WF_IS_AUTOSAVE (self));
  start_write (self);
}

void
wf_autosave_discard (WfAutosave *self)
{
  g_autofree char *document_path = NULL;
  g_autofree char *info_path = NULL;

  g_return_if_fail (WF_IS_AUTOSAVE (self));

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->due = FALSE;
  self->first_change = 0;
  /* A write under way stops before its rename if it can, and otherwise
   * removes what it wrote when it ends. */
  self->generation++;
  g_cancellable_cancel (self->cancellable);
  g_object_unref (self->cancellable);
  self->cancellable = g_cancellable_new ();
  document_path = path_for (self, DOCUMENT_SUFFIX);
  info_path = path_for (self, INFO_SUFFIX);
  remove_files (document_path, info_path);
}
