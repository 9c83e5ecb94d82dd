/* test-atomic-branches.c: each way wf_atomic_file_write () and
 * wf_atomic_file_write_stream () can fail, with the words the user reads,
 * and what is left on the disk afterwards.
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utime.h>

#include "wf-atomic-file.h"

static char *
make_dir (void)
{
  char *dir = g_dir_make_tmp ("wf-atomic-branches-XXXXXX", NULL);

  g_assert_nonnull (dir);
  return dir;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted and joined by spaces: what a failure left. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
remove_tree (const char *path)
{
  struct stat st;

  if (g_lstat (path, &st) != 0)
    return;
  if (S_ISDIR (st.st_mode))
    {
      g_autoptr(GDir) d = g_dir_open (path, 0, NULL);
      const char *name;

      while (d != NULL && (name = g_dir_read_name (d)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static void
assert_refused (const char *path,
                int         code,
                const char *message)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (wf_atomic_file_write (path, "new", 3, WF_ATOMIC_FILE_NONE, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_error (error, G_FILE_ERROR, code);
  g_assert_nonnull (strstr (error->message, message));
}

/* The system's reasons, in the words of someone saving a file. */
static void
test_reasons (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *in_missing = g_build_filename (dir, "missing", "file.txt", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain", NULL);
  g_autofree char *through_file = g_build_filename (dir, "plain", "file.txt", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder", NULL);
  g_autofree char *long_name = g_strnfill (300, 'n');
  g_autofree char *too_long = g_build_filename (dir, long_name, NULL);
  g_autofree char *loop_a = g_build_filename (dir, "loop-a", NULL);
  g_autofree char *loop_b = g_build_filename (dir, "loop-b", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *left = NULL;

  g_assert_true (g_file_set_contents (plain, "old", -1, NULL));
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_cmpint (symlink ("loop-b", loop_a), ==, 0);
  g_assert_cmpint (symlink ("loop-a", loop_b), ==, 0);

  expected = g_strdup_printf ("Could not save “%s”: the folder does not exist; no file was written", in_missing);
  assert_refused (in_missing, G_FILE_ERROR_NOENT, expected);
  assert_refused (through_file, G_FILE_ERROR_NOTDIR, "a part of the path is not a folder");
  assert_refused (folder, G_FILE_ERROR_ISDIR, "it is a folder; the file was not changed");
  assert_refused (too_long, G_FILE_ERROR_NAMETOOLONG, "the name is too long");
  assert_refused (loop_a, G_FILE_ERROR_LOOP, "too many symbolic links");

  /* Nothing was written, and the plain file is as it was. */
  left = list_dir (dir);
  g_assert_cmpstr (left, ==, "folder loop-a loop-b plain");
  {
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (plain, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "old");
  }
  remove_tree (dir);
}

/* A dangling link is followed to the file it names, through relative
 * and absolute links, and the link stays a link. */
static void
test_dangling_links (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *target = g_build_filename (dir, "target.txt", NULL);
  g_autofree char *first = g_build_filename (dir, "first", NULL);
  g_autofree char *second = g_build_filename (dir, "second", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *left = NULL;
  struct stat st;

  g_assert_cmpint (symlink (target, second), ==, 0);   /* absolute */
  g_assert_cmpint (symlink ("second", first), ==, 0);  /* relative */
  g_assert_true (wf_atomic_file_write (first, "abc", 3, WF_ATOMIC_FILE_NONE, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "abc");
  g_assert_cmpint (g_lstat (first, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  left = list_dir (dir);
  g_assert_cmpstr (left, ==, "first second target.txt");
  remove_tree (dir);
}

/* A file larger than the process may write (RLIMIT_FSIZE): the write
 * fails with EFBIG, the target keeps its contents, and no temporary file
 * is left. */
static void
test_too_large (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "data.bin", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *left = NULL;
  g_autofree char *big = g_malloc0 (8192);
  struct rlimit saved, limit;
  gboolean ok;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  limit = saved;
  limit.rlim_cur = 4096;
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  ok = wf_atomic_file_write (path, big, 8192, WF_ATOMIC_FILE_NONE, NULL, NULL, &error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  signal (SIGXFSZ, SIG_DFL);

  g_assert_false (ok);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "the file is too large for the file system; the file was not changed"));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  left = list_dir (dir);
  g_assert_cmpstr (left, ==, "data.bin");
  remove_tree (dir);
}

typedef struct
{
  int      pieces;    /* how many pieces of "ab" to write */
  gboolean fail;      /* then return FALSE */
  gboolean set_error; /* with an error */
} Producer;

static gboolean
produce_cb (WfAtomicFileWriteFunc   write,
            gpointer                target,
            gpointer                user_data,
            GError                **error)
{
  Producer *producer = user_data;

  for (int i = 0; i < producer->pieces; i++)
    if (!write (target, "ab", 2, error))
      return FALSE;
  if (producer->fail && producer->set_error)
    g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "the producer gave up");
  return !producer->fail;
}

static void
test_stream (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "stream.txt", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *left = NULL;
  Producer good = { 3, FALSE, FALSE };
  Producer quits = { 2, TRUE, TRUE };
  Producer quietly = { 1, TRUE, FALSE };

  g_assert_true (wf_atomic_file_write_stream (path, WF_ATOMIC_FILE_NONE, produce_cb, &good, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "ababab");
  g_clear_pointer (&contents, g_free);

  /* The producer's error is returned, and nothing changes. */
  g_assert_false (wf_atomic_file_write_stream (path, WF_ATOMIC_FILE_BACKUP, produce_cb, &quits, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL);
  g_assert_cmpstr (error->message, ==, "the producer gave up");
  g_clear_error (&error);
  /* One that gives up without saying why still fails, with an error. */
  g_assert_false (wf_atomic_file_write_stream (path, WF_ATOMIC_FILE_NONE, produce_cb, &quietly, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "ababab");
  g_clear_pointer (&contents, g_free);
  left = list_dir (dir);
  g_assert_cmpstr (left, ==, "stream.txt");
  g_clear_pointer (&left, g_free);

  /* With a backup: the previous contents become FILE~. */
  good.pieces = 1;
  g_assert_true (wf_atomic_file_write_stream (path, WF_ATOMIC_FILE_BACKUP, produce_cb, &good, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (backup, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "ababab");
  remove_tree (dir);
}

/* A special file with WF_ATOMIC_FILE_ALLOW_SPECIAL is written in place,
 * through the same producer; its failures are reported as writes. */
static void
test_special (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *link = g_build_filename (dir, "null", NULL);
  g_autoptr(GError) error = NULL;
  Producer good = { 2, FALSE, FALSE };
  Producer quits = { 1, TRUE, TRUE };
  g_autofree char *left = NULL;

  g_assert_cmpint (symlink ("/dev/null", link), ==, 0);
  /* Refused without the flag: it is not a regular file. */
  g_assert_false (wf_atomic_file_write (link, "x", 1, WF_ATOMIC_FILE_NONE, NULL, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL);
  g_assert_nonnull (strstr (error->message, "it is not a regular file"));
  g_clear_error (&error);

  g_assert_true (wf_atomic_file_write_stream (link, WF_ATOMIC_FILE_ALLOW_SPECIAL, produce_cb, &good, &error));
  g_assert_no_error (error);
  g_assert_true (wf_atomic_file_write ("/dev/null", "x", 1, WF_ATOMIC_FILE_ALLOW_SPECIAL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (wf_atomic_file_write_stream ("/dev/null", WF_ATOMIC_FILE_ALLOW_SPECIAL, produce_cb, &quits, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL);
  g_clear_error (&error);

  /* /dev/full: every write fails with ENOSPC. */
  if (g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      g_assert_false (wf_atomic_file_write ("/dev/full", "x", 1, WF_ATOMIC_FILE_ALLOW_SPECIAL, NULL, NULL, &error));
      g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC);
      g_assert_cmpstr (error->message, ==, "Could not write to “/dev/full”: no space left on the device");
      g_clear_error (&error);
    }

  left = list_dir (dir);
  g_assert_cmpstr (left, ==, "null");
  remove_tree (dir);
}

static gboolean
refuse_cb (gpointer   user_data,
           GError   **error)
{
  g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_INTR, user_data);
  return FALSE;
}

/* A check that refuses after the backup was made removes both temporary
 * files: the target and its old backup are as they were. */
static void
test_check_with_backup (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "file.txt", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *left = NULL;

  g_assert_true (g_file_set_contents (path, "current", -1, NULL));
  g_assert_true (g_file_set_contents (backup, "older", -1, NULL));
  g_assert_false (wf_atomic_file_write (path, "new", 3, WF_ATOMIC_FILE_BACKUP, refuse_cb,
                                        (gpointer) "cancelled", &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_INTR);
  g_assert_cmpstr (error->message, ==, "cancelled");
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "current");
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (backup, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "older");
  left = list_dir (dir);
  g_assert_cmpstr (left, ==, "file.txt file.txt~");
  remove_tree (dir);
}

/* When FILE~ cannot be replaced (it is a folder that is not empty), the
 * file is saved all the same and the error says so. */
static void
test_backup_blocked (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "file.txt", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *inside = g_build_filename (backup, "keep", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *left = NULL;
  g_autofree char *expected = NULL;

  g_assert_true (g_file_set_contents (path, "current", -1, NULL));
  g_assert_cmpint (g_mkdir (backup, 0700), ==, 0);
  g_assert_true (g_file_set_contents (inside, "x", -1, NULL));
  g_assert_false (wf_atomic_file_write (path, "new", 3, WF_ATOMIC_FILE_BACKUP, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  expected = g_strdup_printf ("“%s” was saved, but its previous version could not be kept as a backup: ", path);
  g_assert_true (g_str_has_prefix (error->message, expected));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "new");
  left = list_dir (dir);
  g_assert_cmpstr (left, ==, "file.txt file.txt~");
  remove_tree (dir);
}

/* Only the temporary files of this target's name, old enough, are stale:
 * not other dot files, nor a young one, nor a folder of that name. */
static void
test_stale_temps (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "doc.txt", NULL);
  static const char * const kept[] = {
    ".doc.txt.short.tmp", ".doc.txt.ABCDEF.txt", ".doc.txt.AB-DEF.tmp", ".other.ABCDEF.tmp", "doc.txt.ABCDEF.tmp",
  };
  g_autofree char *stale = g_build_filename (dir, ".doc.txt.ABCDEF.tmp", NULL);
  g_autofree char *stale_backup = g_build_filename (dir, ".doc.txt~.GHIJKL.tmp", NULL);
  g_autofree char *young = g_build_filename (dir, ".doc.txt.YOUNG1.tmp", NULL);
  g_autofree char *folder = g_build_filename (dir, ".doc.txt.FOLDER.tmp", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *left = NULL;
  struct utimbuf old = { 1000000000, 1000000000 };

  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autofree char *p = g_build_filename (dir, kept[i], NULL);

      g_assert_true (g_file_set_contents (p, "x", -1, NULL));
      g_assert_cmpint (g_utime (p, &old), ==, 0);
    }
  g_assert_true (g_file_set_contents (stale, "x", -1, NULL));
  g_assert_cmpint (g_utime (stale, &old), ==, 0);
  g_assert_true (g_file_set_contents (stale_backup, "x", -1, NULL));
  g_assert_cmpint (g_utime (stale_backup, &old), ==, 0);
  g_assert_true (g_file_set_contents (young, "x", -1, NULL));
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_cmpint (g_utime (folder, &old), ==, 0);

  g_assert_true (wf_atomic_file_write (path, "new", 3, WF_ATOMIC_FILE_NONE, NULL, NULL, &error));
  g_assert_no_error (error);
  left = list_dir (dir);
  g_assert_cmpstr (left, ==, ".doc.txt.AB-DEF.tmp .doc.txt.ABCDEF.txt .doc.txt.FOLDER.tmp .doc.txt.YOUNG1.tmp "
                             ".doc.txt.short.tmp .other.ABCDEF.tmp doc.txt doc.txt.ABCDEF.tmp");
  remove_tree (dir);
}


static gboolean
remove_pending_cb (gpointer   user_data,
                   GError   **error)
{
  /* What the command line's signal handler does. */
  wf_atomic_file_remove_pending ();
  return TRUE;
}

/* A signal that removes the temporary files of a write under way (here
 * from the check, just before the rename) makes the write fail, and
 * leaves the target and its backup as they were. */
static void
test_pending_removed (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "file.txt", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *left = NULL;
  g_autofree char *expected = NULL;

  g_assert_true (g_file_set_contents (path, "current", -1, NULL));
  g_assert_false (wf_atomic_file_write (path, "new", 3, WF_ATOMIC_FILE_BACKUP, remove_pending_cb, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  expected = g_strdup_printf ("Could not save “%s”: ", path);
  g_assert_true (g_str_has_prefix (error->message, expected));
  g_assert_true (g_str_has_suffix (error->message, "; the file was not changed"));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "current");
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  left = list_dir (dir);
  g_assert_cmpstr (left, ==, "file.txt");
  remove_tree (dir);
}

/* A long name (the temporary file's stem is cut to 200 bytes) is
 * written, and its temporary file removed. */
static void
test_long_name (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *name = g_strnfill (240, 'l');
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *left = NULL;

  g_assert_true (wf_atomic_file_write (path, "one", 3, WF_ATOMIC_FILE_NONE, NULL, NULL, &error));
  g_assert_true (wf_atomic_file_write (path, "two", 3, WF_ATOMIC_FILE_NONE, NULL, NULL, &error));
  g_assert_no_error (error);
  left = list_dir (dir);
  g_assert_cmpstr (left, ==, name);
  remove_tree (dir);
}


static gboolean
run_chattr (const char *flag,
            const char *path)
{
  const char *argv[] = { "chattr", flag, path, NULL };
  int status = -1;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL |
                     G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, NULL))
    return FALSE;
  return g_spawn_check_wait_status (status, NULL);
}

/* An immutable file (chattr +i, as root on a file system that has it):
 * the backup cannot be a hard link, so it is a copy; then the rename
 * onto the file is refused. The save fails with the system's reason, the
 * file is as it was, and neither temporary file is left. */
static void
test_immutable (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "locked.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *left = NULL;
  g_autofree char *expected = NULL;
  gboolean ok;

  g_assert_true (g_file_set_contents (path, "locked contents", -1, NULL));
  if (!run_chattr ("+i", path))
    {
      g_test_skip ("chattr +i needs root and a file system that has the flag");
      remove_tree (dir);
      return;
    }
  ok = wf_atomic_file_write (path, "new", 3, WF_ATOMIC_FILE_BACKUP, NULL, NULL, &error);
  g_assert_true (run_chattr ("-i", path));

  g_assert_false (ok);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_PERM);
  expected = g_strdup_printf ("Could not save “%s”: permission denied; the file was not changed", path);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "locked contents");
  left = list_dir (dir);
  g_assert_cmpstr (left, ==, "locked.txt");
  remove_tree (dir);
}

/* A special file that cannot be opened for writing (a socket): with
 * WF_ATOMIC_FILE_ALLOW_SPECIAL the open's failure is the error, whether
 * the socket is named or reached through a link; nothing is created. */
static void
test_special_unopenable (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "socket", NULL);
  g_autofree char *link = g_build_filename (dir, "link", NULL);
  g_autoptr(GError) error = NULL;
  struct sockaddr_un address = { .sun_family = AF_UNIX };
  int sock = socket (AF_UNIX, SOCK_STREAM, 0);
  g_autofree char *left = NULL;
  const char *targets[] = { path, link };

  g_assert_cmpint (sock, >=, 0);
  g_assert_cmpuint (strlen (path), <, sizeof address.sun_path);
  strcpy (address.sun_path, path);
  g_assert_cmpint (bind (sock, (struct sockaddr *) &address, sizeof address), ==, 0);
  g_assert_cmpint (symlink ("socket", link), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_autofree char *expected = g_strdup_printf ("Could not save “%s”: %s; the file was not changed",
                                                   targets[i], g_strerror (ENXIO));

      g_assert_false (wf_atomic_file_write (targets[i], "x", 1, WF_ATOMIC_FILE_ALLOW_SPECIAL,
                                            NULL, NULL, &error));
      g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NXIO);
      g_assert_cmpstr (error->message, ==, expected);
      g_clear_error (&error);
    }
  left = list_dir (dir);
  g_assert_cmpstr (left, ==, "link socket");
  close (sock);
  remove_tree (dir);
}

/* Writes nested in each other's producers, more than the signal handler
 * has slots for: each write still succeeds (the ninth is only not cleaned
 * up on a signal), and each file holds its own contents. */
typedef struct
{
  const char *dir;
  guint       depth;
  guint       max_depth;
} Nested;

static gboolean
nested_produce_cb (WfAtomicFileWriteFunc   write,
                   gpointer                target,
                   gpointer                user_data,
                   GError                **error)
{
  Nested *nested = user_data;
  g_autofree char *contents = g_strdup_printf ("level %u", nested->depth);

  if (nested->depth < nested->max_depth)
    {
      g_autofree char *name = g_strdup_printf ("level-%02u.txt", nested->depth + 1);
      g_autofree char *path = g_build_filename (nested->dir, name, NULL);
      gboolean ok;

      nested->depth++;
      ok = wf_atomic_file_write_stream (path, WF_ATOMIC_FILE_NONE, nested_produce_cb, nested, error);
      nested->depth--;
      if (!ok)
        return FALSE;
    }
  return write (target, contents, strlen (contents), error);
}

static void
test_nested (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "level-00.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) expected_left = g_string_new (NULL);
  g_autofree char *left = NULL;
  Nested nested = { dir, 0, 11 };

  g_assert_true (wf_atomic_file_write_stream (path, WF_ATOMIC_FILE_NONE, nested_produce_cb, &nested, &error));
  g_assert_no_error (error);
  for (guint i = 0; i <= nested.max_depth; i++)
    {
      g_autofree char *name = g_strdup_printf ("level-%02u.txt", i);
      g_autofree char *file = g_build_filename (dir, name, NULL);
      g_autofree char *expected = g_strdup_printf ("level %u", i);
      g_autofree char *contents = NULL;

      g_assert_true (g_file_get_contents (file, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, expected);
      g_string_append_printf (expected_left, "%s%s", i > 0 ? " " : "", name);
    }
  left = list_dir (dir);
  g_assert_cmpstr (left, ==, expected_left->str);
  remove_tree (dir);
}

static void
on_alarm (int sig)
{
}

/* A pipe (a FIFO) whose reader waits: the write of a buffer larger than
 * the pipe is cut short, and interrupted while blocked, by a timer's
 * signal installed without SA_RESTART. Every byte still arrives, once and
 * in order (the reader, a child process, checks them). */
static void
test_interrupted (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "fifo", NULL);
  g_autoptr(GError) error = NULL;
  gsize size = 1024 * 1024;
  g_autofree guint8 *data = g_malloc (size);
  struct sigaction action = { 0 }, saved;
  struct itimerval timer = { { 0, 20000 }, { 0, 20000 } }, stop = { { 0, 0 }, { 0, 0 } };
  int status = 0;
  int keep_open;
  gboolean ok;
  pid_t child;

  for (gsize i = 0; i < size; i++)
    data[i] = (guint8) (i * 7 + i / 251);
  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  /* A reader that never reads, so that the writer's open () does not wait
   * for the child (a signal there would interrupt the open, not a write). */
  keep_open = open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  g_assert_cmpint (keep_open, >=, 0);

  child = fork ();
  g_assert_cmpint (child, >=, 0);
  if (child == 0)
    {
      /* The reader: opens at once, then lets the pipe fill for a while,
       * then reads slowly, a page at a time. */
      int fd = open (path, O_RDONLY);
      guint8 page[4096];
      gsize got = 0;
      gssize n;

      close (keep_open);
      if (fd < 0)
        _exit (2);
      g_usleep (300000);
      while ((n = read (fd, page, sizeof page)) > 0)
        {
          for (gssize i = 0; i < n; i++)
            if (got + (gsize) i >= size || page[i] != data[got + (gsize) i])
              _exit (3);
          got += (gsize) n;
          if (got % (128 * 1024) == 0)
            g_usleep (30000);
        }
      _exit (n == 0 && got == size ? 0 : 4);
    }

  action.sa_handler = on_alarm;
  action.sa_flags = 0;  /* no SA_RESTART: a blocked write returns */
  sigemptyset (&action.sa_mask);
  g_assert_cmpint (sigaction (SIGALRM, &action, &saved), ==, 0);
  g_assert_cmpint (setitimer (ITIMER_REAL, &timer, NULL), ==, 0);
  ok = wf_atomic_file_write (path, data, size, WF_ATOMIC_FILE_ALLOW_SPECIAL, NULL, NULL, &error);
  g_assert_cmpint (setitimer (ITIMER_REAL, &stop, NULL), ==, 0);
  g_assert_cmpint (sigaction (SIGALRM, &saved, NULL), ==, 0);

  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpint (waitpid (child, &status, 0), ==, child);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  close (keep_open);
  remove_tree (dir);
}

/* The backup of an immutable file is a copy; when the copy cannot be
 * written whole (RLIMIT_FSIZE below the file's size) the save fails with
 * that reason, before anything is replaced: the file is as it was and
 * neither temporary file is left. */
static void
test_backup_copy_fails (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "locked.bin", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *old = g_strnfill (16384, 'o');
  g_autofree char *contents = NULL;
  g_autofree char *left = NULL;
  g_autofree char *expected = NULL;
  struct rlimit saved, limit;
  gboolean ok;

  g_assert_true (g_file_set_contents (path, old, -1, NULL));
  if (!run_chattr ("+i", path))
    {
      g_test_skip ("chattr +i needs root and a file system that has the flag");
      remove_tree (dir);
      return;
    }
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  limit = saved;
  limit.rlim_cur = 4096;
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  ok = wf_atomic_file_write (path, "new", 3, WF_ATOMIC_FILE_BACKUP, NULL, NULL, &error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  signal (SIGXFSZ, SIG_DFL);
  g_assert_true (run_chattr ("-i", path));

  g_assert_false (ok);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED);
  expected = g_strdup_printf ("Could not save “%s”: the file is too large for the file system; "
                              "the file was not changed", path);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, old);
  left = list_dir (dir);
  g_assert_cmpstr (left, ==, "locked.bin");
  remove_tree (dir);
}

/* The lowest descriptor number free, with the next one free too: under
 * RLIMIT_NOFILE set to it plus N, exactly N more files can be open. */
static int
lowest_free_fd (void)
{
  int fd = dup (2);

  g_assert_cmpint (fd, >=, 0);
  close (fd);
  for (int next = fd + 1; next < fd + 4; next++)
    g_assert_cmpint (fcntl (next, F_GETFD), ==, -1);
  return fd;
}

/* Writes @path under a limit of @n_open more open files. */
static gboolean
write_with_fds (const char  *path,
                int          n_open,
                GError     **error)
{
  struct rlimit saved, limit;
  gboolean ok;

  g_assert_cmpint (getrlimit (RLIMIT_NOFILE, &saved), ==, 0);
  limit = saved;
  limit.rlim_cur = (rlim_t) (lowest_free_fd () + n_open);
  g_assert_cmpint (setrlimit (RLIMIT_NOFILE, &limit), ==, 0);
  ok = wf_atomic_file_write (path, "new", 3, WF_ATOMIC_FILE_BACKUP, NULL, NULL, error);
  g_assert_cmpint (setrlimit (RLIMIT_NOFILE, &saved), ==, 0);
  return ok;
}

/* Few file descriptors (RLIMIT_NOFILE): the writer holds one at a time,
 * so a save with a backup goes through with a single one. An immutable
 * file's backup is a copy, which needs a second to read the file: out of
 * descriptors there, the save fails with the system's reason and the file,
 * its backup and the folder are as they were. */
static void
test_out_of_descriptors (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "file.txt", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *left = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_assert_true (g_file_set_contents (path, "current", -1, NULL));
  g_assert_true (g_file_set_contents (backup, "older", -1, NULL));
  /* Whatever GLib opens once (the random generator's seed) is open. */
  g_assert_true (wf_atomic_file_write (path, "current", 7, WF_ATOMIC_FILE_NONE, NULL, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (write_with_fds (path, 1, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (backup, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "current");
  g_clear_pointer (&contents, g_free);

  if (!run_chattr ("+i", path))
    {
      g_test_skip ("chattr +i needs root and a file system that has the flag");
      remove_tree (dir);
      return;
    }
  ok = write_with_fds (path, 1, &error);
  g_assert_true (run_chattr ("-i", path));
  g_assert_false (ok);
  expected = g_strdup_printf ("Could not save “%s”: %s; the file was not changed", path, g_strerror (EMFILE));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_MFILE);
  g_assert_cmpstr (error->message, ==, expected);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "new");
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (backup, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "current");
  left = list_dir (dir);
  g_assert_cmpstr (left, ==, "file.txt file.txt~");
  remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/atomic-branches/reasons", test_reasons);
  g_test_add_func ("/io/atomic-branches/dangling-links", test_dangling_links);
  g_test_add_func ("/io/atomic-branches/too-large", test_too_large);
  g_test_add_func ("/io/atomic-branches/stream", test_stream);
  g_test_add_func ("/io/atomic-branches/special", test_special);
  g_test_add_func ("/io/atomic-branches/check-with-backup", test_check_with_backup);
  g_test_add_func ("/io/atomic-branches/backup-blocked", test_backup_blocked);
  g_test_add_func ("/io/atomic-branches/stale-temps", test_stale_temps);
  g_test_add_func ("/io/atomic-branches/pending-removed", test_pending_removed);
  g_test_add_func ("/io/atomic-branches/long-name", test_long_name);
  g_test_add_func ("/io/atomic-branches/immutable", test_immutable);
  g_test_add_func ("/io/atomic-branches/special-unopenable", test_special_unopenable);
  g_test_add_func ("/io/atomic-branches/nested", test_nested);
  g_test_add_func ("/io/atomic-branches/interrupted", test_interrupted);
  g_test_add_func ("/io/atomic-branches/backup-copy-fails", test_backup_copy_fails);
  g_test_add_func ("/io/atomic-branches/out-of-descriptors", test_out_of_descriptors);

  return g_test_run ();
}
