/* test-atomic-file.c: the writer of every file, on its happy paths and on
 * a real full file system
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <utime.h>
#include <unistd.h>

#include "test-io-common.h"
#include "wf-io-util.h"

/* g_strcmp0 on the strings, for g_ptr_array_sort. */
static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted and joined with commas: what a test expects to
 * find there, temporary files included. */
static char *
list_dir_sorted (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (",", (char **) names->pdata);
}

static void
assert_contents (const char *path,
                 const char *expected)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (contents, length, expected, strlen (expected));
}

static void
write_file (const char *path,
            const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  g_assert_no_error (error);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  if (handle == NULL)
    return;
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static mode_t
current_umask (void)
{
  mode_t mask = umask (0);

  umask (mask);
  return mask;
}

/* Runs mount(8) or umount(8); FALSE with @reason when it could not. */
static gboolean
run_mount (const char * const  *argv,
           char               **reason)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                     NULL, NULL, NULL, &err, &status, &error))
    {
      *reason = g_strdup_printf ("cannot run %s: %s", argv[0], error->message);
      return FALSE;
    }
  if (!g_spawn_check_wait_status (status, &error))
    {
      *reason = g_strdup_printf ("%s failed: %s", argv[0], g_strstrip (err));
      return FALSE;
    }
  return TRUE;
}

/* A fresh tmpfs of @size (e.g. "64k") mounted on a new folder, or NULL with
 * @reason: mounting needs root (CAP_SYS_ADMIN), which a container or an
 * ordinary user lacks. */
static char *
mount_tmpfs (const char  *size,
             char       **reason)
{
  g_autofree char *dir = NULL;
  g_autofree char *options = g_strdup_printf ("size=%s,mode=0755", size);

  if (geteuid () != 0)
    {
      *reason = g_strdup ("mounting a small file system needs root");
      return NULL;
    }
  dir = g_dir_make_tmp ("wf-atomic-mnt-XXXXXX", NULL);
  g_assert_nonnull (dir);
  {
    const char *argv[] = { "mount", "-t", "tmpfs", "-o", options, "tmpfs", dir, NULL };

    if (!run_mount (argv, reason))
      {
        g_rmdir (dir);
        return NULL;
      }
  }
  return g_steal_pointer (&dir);
}

static void
unmount_tmpfs (const char *dir)
{
  const char *argv[] = { "umount", dir, NULL };
  g_autofree char *reason = NULL;

  if (!run_mount (argv, &reason))
    g_error ("%s", reason);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A new file: the contents, 0666 less the umask, nothing else in the
 * folder. */
static void
test_new_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("wf-atomic-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "new.foresight", NULL);
  g_autofree char *names = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_true (wf_atomic_file_write (path, "hello\n", 6, WF_ATOMIC_FILE_BACKUP, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_contents (path, "hello\n");
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0666 & ~current_umask ());
  names = list_dir_sorted (dir);
  g_assert_cmpstr (names, ==, "new.foresight");

  /* Empty contents are a file too. */
  g_assert_true (wf_atomic_file_write (path, NULL, 0, WF_ATOMIC_FILE_NONE, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_contents (path, "");

  remove_tree (dir);
}

/* Replacing keeps the previous file as FILE~, each time. */
static void
test_replace_backup (void)
{
  g_autofree char *dir = g_dir_make_tmp ("wf-atomic-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "doc.foresight", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *names = NULL;
  g_autoptr(GError) error = NULL;

  write_file (path, "first");
  g_assert_true (wf_io_write_file_atomic (file, "second", 6, WF_ATOMIC_FILE_BACKUP, NULL, &error));
  g_assert_no_error (error);
  assert_contents (path, "second");
  assert_contents (backup, "first");

  g_assert_true (wf_io_write_file_atomic (file, "third", 5, WF_ATOMIC_FILE_BACKUP, NULL, &error));
  g_assert_no_error (error);
  assert_contents (path, "third");
  assert_contents (backup, "second");

  /* Without the flag, the backup is left alone. */
  g_assert_true (wf_io_write_file_atomic (file, "fourth", 6, WF_ATOMIC_FILE_NONE, NULL, &error));
  g_assert_no_error (error);
  assert_contents (path, "fourth");
  assert_contents (backup, "second");

  names = list_dir_sorted (dir);
  g_assert_cmpstr (names, ==, "doc.foresight,doc.foresight~");
  remove_tree (dir);
}

/* The replaced file keeps its permissions, even those the umask strips
 * and 0666 lacks; so does its backup. */
static void
test_permissions (void)
{
  g_autofree char *dir = g_dir_make_tmp ("wf-atomic-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "doc.foresight", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  write_file (path, "old");
  g_assert_cmpint (g_chmod (path, 0752), ==, 0);
  g_assert_true (wf_atomic_file_write (path, "new", 3, WF_ATOMIC_FILE_BACKUP, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0752);
  g_assert_cmpint (g_stat (backup, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0752);
  assert_contents (path, "new");

  remove_tree (dir);
}

/* Through a symbolic link, the real file is replaced in its own folder:
 * the link stays a link to it, and nothing is written beside the link. A
 * dangling link makes its target. */
static void
test_symlink (void)
{
  g_autofree char *dir = g_dir_make_tmp ("wf-atomic-XXXXXX", NULL);
  g_autofree char *real_dir = g_build_filename (dir, "real", NULL);
  g_autofree char *link_dir = g_build_filename (dir, "links", NULL);
  g_autofree char *real = g_build_filename (real_dir, "doc.foresight", NULL);
  g_autofree char *link = g_build_filename (link_dir, "doc.foresight", NULL);
  g_autofree char *dangling = g_build_filename (link_dir, "new.foresight", NULL);
  g_autofree char *created = g_build_filename (real_dir, "made.foresight", NULL);
  g_autofree char *target = NULL;
  g_autofree char *names = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (real_dir, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (link_dir, 0755), ==, 0);
  write_file (real, "old");
  g_assert_cmpint (symlink ("../real/doc.foresight", link), ==, 0);
  g_assert_cmpint (symlink ("../real/made.foresight", dangling), ==, 0);

  g_assert_true (wf_atomic_file_write (link, "new", 3, WF_ATOMIC_FILE_BACKUP, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  target = g_file_read_link (link, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (target, ==, "../real/doc.foresight");
  assert_contents (real, "new");
  assert_contents (link, "new");

  g_assert_true (wf_atomic_file_write (dangling, "made", 4, WF_ATOMIC_FILE_BACKUP, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (dangling, G_FILE_TEST_IS_SYMLINK));
  assert_contents (created, "made");

  names = list_dir_sorted (real_dir);
  g_assert_cmpstr (names, ==, "doc.foresight,doc.foresight~,made.foresight");
  g_clear_pointer (&names, g_free);
  names = list_dir_sorted (link_dir);
  g_assert_cmpstr (names, ==, "doc.foresight,new.foresight");
  {
    g_autofree char *backup = g_strconcat (real, "~", NULL);

    assert_contents (backup, "old");
  }

  remove_tree (dir);
}

/* A folder that cannot be written to: an error that names the file,
 * nothing changed, no temporary file. Root ignores permission bits, so as
 * root the folder is a tmpfs remounted read-only, which stops root too. */
static void
test_read_only_folder (void)
{
  g_autofree char *reason = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *names = NULL;
  g_autoptr(GError) error = NULL;
  gboolean mounted = FALSE;
  int expected;

  if (geteuid () == 0)
    {
      dir = mount_tmpfs ("64k", &reason);
      if (dir == NULL)
        {
          g_test_skip (reason);
          return;
        }
      mounted = TRUE;
    }
  else
    dir = g_dir_make_tmp ("wf-atomic-XXXXXX", NULL);

  path = g_build_filename (dir, "doc.foresight", NULL);
  backup = g_strconcat (path, "~", NULL);
  write_file (path, "old");
  write_file (backup, "older");

  if (mounted)
    {
      const char *argv[] = { "mount", "-o", "remount,ro", dir, NULL };

      if (!run_mount (argv, &reason))
        {
          unmount_tmpfs (dir);
          g_test_skip (reason);
          return;
        }
    }
  else
    g_assert_cmpint (g_chmod (dir, 0555), ==, 0);

  expected = mounted ? G_FILE_ERROR_ROFS : G_FILE_ERROR_ACCES;
  g_assert_false (wf_atomic_file_write (path, "new", 3, WF_ATOMIC_FILE_BACKUP, NULL, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, expected);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, mounted ? "read-only" : "permission denied"));
  g_assert_nonnull (strstr (error->message, "the file was not changed"));
  assert_contents (path, "old");
  assert_contents (backup, "older");
  names = list_dir_sorted (dir);
  g_assert_cmpstr (names, ==, "doc.foresight,doc.foresight~");

  if (mounted)
    unmount_tmpfs (dir);
  else
    {
      g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
      remove_tree (dir);
    }
}

/* Where the folder is missing, or is a file, or the target a folder. */
static void
test_bad_targets (void)
{
  g_autofree char *dir = g_dir_make_tmp ("wf-atomic-XXXXXX", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain", NULL);
  g_autofree char *under_plain = g_build_filename (plain, "x.foresight", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing", "x.foresight", NULL);
  g_autofree char *names = NULL;
  g_autoptr(GError) error = NULL;

  write_file (plain, "plain");

  g_assert_false (wf_atomic_file_write (missing, "x", 1, WF_ATOMIC_FILE_NONE, NULL, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_nonnull (strstr (error->message, missing));
  g_assert_nonnull (strstr (error->message, "no file was written"));
  g_clear_error (&error);

  g_assert_false (wf_atomic_file_write (under_plain, "x", 1, WF_ATOMIC_FILE_NONE, NULL, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR);
  g_clear_error (&error);

  g_assert_false (wf_atomic_file_write (dir, "x", 1, WF_ATOMIC_FILE_ALLOW_SPECIAL, NULL, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR);
  g_assert_nonnull (strstr (error->message, "it is a folder"));
  g_clear_error (&error);

  /* A device is refused as a document, and written to as an output. */
  g_assert_false (wf_atomic_file_write ("/dev/null", "x", 1, WF_ATOMIC_FILE_BACKUP, NULL, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL);
  g_assert_nonnull (strstr (error->message, "not a regular file"));
  g_clear_error (&error);
  g_assert_true (wf_atomic_file_write ("/dev/null", "x", 1, WF_ATOMIC_FILE_ALLOW_SPECIAL, NULL, NULL, &error));
  g_assert_no_error (error);

  names = list_dir_sorted (dir);
  g_assert_cmpstr (names, ==, "plain");
  remove_tree (dir);
}

/* Cancelled before the rename: nothing changes. */
static void
test_cancelled (void)
{
  g_autofree char *dir = g_dir_make_tmp ("wf-atomic-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "doc.foresight", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GFile) remote = g_file_new_for_uri ("http://example.org/x.foresight");
  g_autofree char *names = NULL;
  g_autoptr(GError) error = NULL;

  write_file (path, "old");
  g_cancellable_cancel (cancellable);
  g_assert_false (wf_io_write_file_atomic (file, "new", 3, WF_ATOMIC_FILE_BACKUP, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  assert_contents (path, "old");

  g_assert_false (wf_io_write_file_atomic (remote, "new", 3, WF_ATOMIC_FILE_NONE, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);

  names = list_dir_sorted (dir);
  g_assert_cmpstr (names, ==, "doc.foresight");
  remove_tree (dir);
}

static void
written_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  GError **error = user_data;

  if (wf_io_write_bytes_atomic_finish (G_FILE (object), result, error))
    g_assert_no_error (*error);
  else
    g_assert_nonnull (*error);
  g_object_set_data (object, "done", GINT_TO_POINTER (1));
}

/* The thread variant writes, and a cancelled one leaves the file. */
static void
test_async (void)
{
  g_autofree char *dir = g_dir_make_tmp ("wf-atomic-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "doc.foresight", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = g_bytes_new_static ("async", 5);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  GError *error = NULL;

  write_file (path, "old");
  wf_io_write_bytes_atomic_async (file, bytes, WF_ATOMIC_FILE_BACKUP, NULL, written_cb, &error);
  while (g_object_get_data (G_OBJECT (file), "done") == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (error);
  assert_contents (path, "async");

  g_object_set_data (G_OBJECT (file), "done", NULL);
  g_cancellable_cancel (cancellable);
  wf_io_write_bytes_atomic_async (file, bytes, WF_ATOMIC_FILE_BACKUP, cancellable, written_cb, &error);
  while (g_object_get_data (G_OBJECT (file), "done") == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  remove_tree (dir);
}

/* The case on a real full file system: a save larger than the
 * free space fails with ENOSPC, the old file is byte-identical, its backup
 * untouched, and no temporary file is left; a new file is not created. */
static void
test_full_filesystem (void)
{
  g_autofree char *reason = NULL;
  g_autofree char *dir = mount_tmpfs ("64k", &reason);
  g_autofree char *path = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *fresh = NULL;
  g_autofree char *names = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(WfDocument) document = wf_document_new_default ();
  g_autoptr(GError) error = NULL;
  gsize big_size = 256 * 1024;
  g_autofree char *big = g_malloc (big_size);

  if (dir == NULL)
    {
      g_test_skip (reason);
      return;
    }

  memset (big, 'x', big_size);
  path = g_build_filename (dir, "x.foresight", NULL);
  backup = g_strconcat (path, "~", NULL);
  fresh = g_build_filename (dir, "fresh.foresight", NULL);
  write_file (path, "the old document\n");
  write_file (backup, "the older document\n");

  g_assert_false (wf_atomic_file_write (path, big, big_size, WF_ATOMIC_FILE_BACKUP, NULL, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "no space left on the device"));
  g_assert_nonnull (strstr (error->message, "the file was not changed"));
  g_clear_error (&error);
  assert_contents (path, "the old document\n");
  assert_contents (backup, "the older document\n");
  names = list_dir_sorted (dir);
  g_assert_cmpstr (names, ==, "x.foresight,x.foresight~");
  g_clear_pointer (&names, g_free);

  g_assert_false (wf_atomic_file_write (fresh, big, big_size, WF_ATOMIC_FILE_BACKUP, NULL, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC);
  g_assert_nonnull (strstr (error->message, "no file was written"));
  g_clear_error (&error);
  g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));

  /* A document, which is about 30 KB, onto a file system with less free:
   * the save the issue saw destroy a document. */
  {
    g_autofree char *filler = g_build_filename (dir, "filler", NULL);
    g_autoptr(GError) fill_error = NULL;

    g_file_set_contents (filler, big, 48 * 1024, &fill_error);
    g_assert_no_error (fill_error);
    file = g_file_new_for_path (path);
    g_assert_false (wf_document_save_file (document, file, &error));
    g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_IO);
    g_assert_nonnull (strstr (error->message, "no space left on the device"));
    g_clear_error (&error);
    assert_contents (path, "the old document\n");
    assert_contents (backup, "the older document\n");
    names = list_dir_sorted (dir);
    g_assert_cmpstr (names, ==, "filler,x.foresight,x.foresight~");
  }

  unmount_tmpfs (dir);
}

/* The name of the first temporary file of @stem in @dir
 * (".STEM.XXXXXX.tmp"), or NULL. */
static char *
find_temp (const char *dir,
           const char *stem)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autofree char *prefix = g_strdup_printf (".%s.", stem);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    if (g_str_has_prefix (name, prefix) && g_str_has_suffix (name, ".tmp") &&
        strlen (name) == strlen (prefix) + strlen ("XXXXXX.tmp"))
      return g_strdup (name);
  return NULL;
}

/* A save whose writer hangs just before its rename, its temporary files
 * whole: the moment a kill -9 or a signal leaves the most behind. */
static gboolean
hang_cb (gpointer   user_data,
         GError   **error)
{
  for (;;)
    pause ();
  return TRUE;
}

static gboolean
raise_term_cb (gpointer   user_data,
               GError   **error)
{
  raise (SIGTERM);
  return TRUE;
}

/* Waits, by polling the folder, until the child's temporary file exists. */
static char *
wait_for_temp (const char *dir,
               const char *stem)
{
  char *name = NULL;

  for (guint i = 0; i < 20000 && name == NULL; i++)
    {
      name = find_temp (dir, stem);
      if (name == NULL)
        g_usleep (1000);
    }
  return name;
}

/* kill -9 in the middle of a save (GLib's writer left 16 .goutputstream-*
 * files in 100 such saves): the target is whole, the temporary files are
 * recognisable as ".NAME.XXXXXX.tmp", and the next save of the same file
 * removes those older than a minute, not younger ones (another save may be
 * under way) nor those of another file. */
static void
test_killed_writer (void)
{
  g_autofree char *dir = g_dir_make_tmp ("wf-atomic-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "x.foresight", NULL);
  g_autofree char *other = g_build_filename (dir, ".y.foresight.abcdef.tmp", NULL);
  g_autofree char *temp = NULL;
  g_autofree char *temp_path = NULL;
  g_autofree char *names = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  struct utimbuf old_time;
  int status = 0;
  pid_t pid;

  write_file (path, "old");
  write_file (other, "another file's");
  old_time.actime = old_time.modtime = time (NULL) - 120;
  g_assert_cmpint (g_utime (other, &old_time), ==, 0);

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      alarm (60);  /* never outlives a failed test */
      wf_atomic_file_write (path, "new", 3, WF_ATOMIC_FILE_BACKUP, hang_cb, NULL, NULL);
      _exit (1);
    }
  /* The backup's temporary file is made after the new contents' one. */
  {
    g_autofree char *backup = wait_for_temp (dir, "x.foresight~");

    temp = find_temp (dir, "x.foresight");
    g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
    g_assert_nonnull (backup);
    g_assert_nonnull (temp);
  }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));
  assert_contents (path, "old");
  temp_path = g_build_filename (dir, temp, NULL);
  assert_contents (temp_path, "new");

  /* Young: kept by the next save. */
  g_assert_true (wf_atomic_file_write (path, "newer", 5, WF_ATOMIC_FILE_NONE, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (temp_path, G_FILE_TEST_EXISTS));

  /* A minute old: removed, with the backup's, by the next save. */
  g_assert_cmpint (g_utime (temp_path, &old_time), ==, 0);
  {
    g_autofree char *backup = find_temp (dir, "x.foresight~");
    g_autofree char *backup_path = g_build_filename (dir, backup, NULL);

    g_assert_cmpint (g_utime (backup_path, &old_time), ==, 0);
  }
  g_assert_true (wf_atomic_file_write (path, "newest", 6, WF_ATOMIC_FILE_NONE, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_contents (path, "newest");
  names = list_dir_sorted (dir);
  g_assert_cmpstr (names, ==, ".y.foresight.abcdef.tmp,x.foresight");

  remove_tree (dir);
}

static void
terminated (int signum)
{
  wf_atomic_file_remove_pending ();
  signal (signum, SIG_DFL);
  raise (signum);
}

/* SIGTERM in the middle of a save, with the command line's handler
 * (wf_atomic_file_remove_pending): the process dies of the signal, the
 * target is untouched and no temporary file remains. */
static void
test_signal_removes_pending (void)
{
  g_autofree char *dir = g_dir_make_tmp ("wf-atomic-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "x.foresight", NULL);
  g_autofree char *names = NULL;
  int status = 0;
  pid_t pid;

  write_file (path, "old");
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      alarm (60);
      signal (SIGTERM, terminated);
      wf_atomic_file_write (path, "new", 3, WF_ATOMIC_FILE_BACKUP, raise_term_cb, NULL, NULL);
      _exit (1);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (WTERMSIG (status), ==, SIGTERM);
  assert_contents (path, "old");
  names = list_dir_sorted (dir);
  g_assert_cmpstr (names, ==, "x.foresight");

  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/atomic-file/new-file", test_new_file);
  g_test_add_func ("/io/atomic-file/replace-backup", test_replace_backup);
  g_test_add_func ("/io/atomic-file/permissions", test_permissions);
  g_test_add_func ("/io/atomic-file/symlink", test_symlink);
  g_test_add_func ("/io/atomic-file/read-only-folder", test_read_only_folder);
  g_test_add_func ("/io/atomic-file/bad-targets", test_bad_targets);
  g_test_add_func ("/io/atomic-file/cancelled", test_cancelled);
  g_test_add_func ("/io/atomic-file/async", test_async);
  g_test_add_func ("/io/atomic-file/full-filesystem", test_full_filesystem);
  g_test_add_func ("/io/atomic-file/killed-writer", test_killed_writer);
  g_test_add_func ("/io/atomic-file/signal-removes-pending", test_signal_removes_pending);

  return g_test_run ();
}
