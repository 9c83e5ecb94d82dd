/* wf-atomic-file.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one writer of every file the project writes: documents, exports and
 * command-line outputs, through wf_io_write_file_atomic () in the io layer
 * and directly from the charts (which may not depend on io). It lives in the
 * core because the core is the one layer below both; it uses GLib and POSIX
 * only.
 *
 * GLib 2.74's g_file_replace_contents () renames its temporary file onto
 * the target when the stream is closed after a failed write, so a save
 * onto a full disk left an empty file. Here nothing is renamed before every
 * byte has been written, checked and flushed to the disk.
 */
#define G_LOG_DOMAIN "wf-atomic-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "wf-atomic-file.h"

/* Symbolic links followed by hand before giving up, as the kernel does. */
#define MAX_LINKS 40

/* A temporary file's name keeps at most this many bytes of the target's,
 * so that ".NAME.XXXXXX.tmp" fits where NAME does. */
#define MAX_TEMP_STEM 200

/* A temporary file of the same target older than this was left by a
 * writer that was killed (kill -9, a power cut): the next write removes
 * it. A live writer holds its file for far less. */
#define STALE_TEMP_SECONDS 60

/* The temporary files of the writes under way, so that a signal handler
 * can remove them (wf_atomic_file_remove_pending ()). A slot is claimed
 * with an atomic exchange; its path is written before it is published,
 * and published before the file is created (make_temp ()), so that there
 * is no moment when the file exists and a signal would leave it behind. */
#define N_PENDING 8

typedef struct
{
  volatile gint in_use;     /* 0 free, 1 claimed, 2 path published */
  char          path[PATH_MAX];
} PendingTemp;

static PendingTemp pending[N_PENDING];

/* Publishes @path in *@slot, claiming a slot first if *@slot is -1 (it
 * stays -1 when all are taken, or the path is too long: that write is not
 * cleaned up on a signal). */
static void
pending_publish (int        *slot,
                 const char *path)
{
  if (strlen (path) >= PATH_MAX)
    return;
  if (*slot < 0)
    for (int i = 0; i < N_PENDING && *slot < 0; i++)
      if (g_atomic_int_compare_and_exchange (&pending[i].in_use, 0, 1))
        *slot = i;
  if (*slot < 0)
    return;
  g_atomic_int_set (&pending[*slot].in_use, 1);
  strcpy (pending[*slot].path, path);
  g_atomic_int_set (&pending[*slot].in_use, 2);
}

/* The slot stays claimed but the handler no longer removes its path. */
static void
pending_unpublish (int slot)
{
  if (slot >= 0)
    g_atomic_int_set (&pending[slot].in_use, 1);
}

static void
pending_release (int slot)
{
  if (slot >= 0)
    g_atomic_int_set (&pending[slot].in_use, 0);
}

/* The system's errors in the words of someone saving a file. */
static const char *
describe_errno (int err)
{
  switch (err)
    {
    case ENOSPC:
      /* Translators: why a file could not be saved */
      return _("no space left on the device");
#ifdef EDQUOT
    case EDQUOT:
      /* Translators: why a file could not be saved */
      return _("the disk quota is used up");
#endif
    case EACCES:
    case EPERM:
      /* Translators: why a file could not be saved */
      return _("permission denied");
    case EROFS:
      /* Translators: why a file could not be saved */
      return _("the file system is read-only");
    case ENOENT:
      /* Translators: why a file could not be saved */
      return _("the folder does not exist");
    case ENOTDIR:
      /* Translators: why a file could not be saved */
      return _("a part of the path is not a folder");
    case EISDIR:
      /* Translators: why a file could not be saved */
      return _("it is a folder");
    case EIO:
      /* Translators: why a file could not be saved */
      return _("the device reported an input/output error");
    case ENAMETOOLONG:
      /* Translators: why a file could not be saved */
      return _("the name is too long");
    case ELOOP:
      /* Translators: why a file could not be saved */
      return _("too many symbolic links");
    case EFBIG:
      /* Translators: why a file could not be saved */
      return _("the file is too large for the file system");
    default:
      return g_strerror (err);
    }
}

static gboolean
set_failure (GError     **error,
             const char  *path,
             gboolean     existed,
             int          err,
             const char  *reason)
{
  if (reason == NULL)
    reason = describe_errno (err);

  if (existed)
    g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (err),
                 /* Translators: the first %s is a file name, the second why it
                  * could not be saved, e.g. “no space left on the device” */
                 _("Could not save “%s”: %s; the file was not changed"), path, reason);
  else
    g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (err),
                 /* Translators: the first %s is a file name, the second why it
                  * could not be saved, e.g. “no space left on the device” */
                 _("Could not save “%s”: %s; no file was written"), path, reason);
  return FALSE;
}

/* Where @path leads: the real file when it exists, else the real folder
 * and the name a dangling symbolic link points to (or @path's own). */
static char *
resolve_target (const char *path,
                int        *err)
{
  g_autofree char *current = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  char *resolved;
  guint depth;

  resolved = realpath (path, NULL);
  if (resolved != NULL)
    return resolved;
  if (errno != ENOENT)
    {
      *err = errno;
      return NULL;
    }

  current = g_strdup (path);
  for (depth = 0; depth < MAX_LINKS; depth++)
    {
      g_autofree char *target = g_file_read_link (current, NULL);

      if (target == NULL)
        break;
      if (g_path_is_absolute (target))
        {
          g_free (current);
          current = g_steal_pointer (&target);
        }
      else
        {
          g_autofree char *link_dir = g_path_get_dirname (current);

          g_free (current);
          current = g_build_filename (link_dir, target, NULL);
        }
    }
  if (depth == MAX_LINKS)
    {
      *err = ELOOP;
      return NULL;
    }

  dir = g_path_get_dirname (current);
  base = g_path_get_basename (current);
  resolved = realpath (dir, NULL);
  if (resolved == NULL)
    {
      *err = errno;
      return NULL;
    }
  g_free (current);
  current = g_build_filename (resolved, base, NULL);
  free (resolved);

  return g_steal_pointer (&current);
}

/* Writes every byte, through interrupted and short writes. */
static gboolean
write_all (int          fd,
           const void  *data,
           gsize        size,
           int         *err)
{
  const guint8 *p = data;

  while (size > 0)
    {
      gssize n = write (fd, p, MIN (size, (gsize) G_MAXSSIZE));

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          *err = errno;
          return FALSE;
        }
      if (n == 0)
        {
          *err = ENOSPC;
          return FALSE;
        }
      p += n;
      size -= (gsize) n;
    }

  return TRUE;
}

static gboolean
sync_fd (int  fd,
         int *err)
{
  while (fsync (fd) != 0)
    {
      if (errno == EINTR)
        continue;
      *err = errno;
      return FALSE;
    }
  return TRUE;
}

/* Closes @fd; a close that fails may be the first report of a failed
 * write (on NFS, for instance), so it counts. */
static gboolean
close_fd (int *fd,
          int *err)
{
  int result = close (*fd);

  *fd = -1;
  if (result != 0 && errno != EINTR)
    {
      *err = errno;
      return FALSE;
    }
  return TRUE;
}

/* Makes a temporary file ".NAME.XXXXXX.tmp" (or ".NAME~.XXXXXX.tmp")
 * beside @real, open for writing; @tmp gets its path. */
static int
make_temp (const char  *real,
           const char  *suffix,
           int          mode,
           char       **tmp,
           int         *slot,
           int         *err)
{
  static const char letters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  g_autofree char *dir = g_path_get_dirname (real);
  g_autofree char *base = g_path_get_basename (real);

  if (strlen (base) > MAX_TEMP_STEM)
    base[MAX_TEMP_STEM] = '\0';

  /* As g_mkstemp_full () does, but the name is published in @slot before
   * the file exists: a signal at any moment of the write finds it (the
   * handler's unlink () of a name not created yet does nothing). */
  for (int attempt = 0; attempt < 100; attempt++)
    {
      char random[7];
      g_autofree char *name = NULL;
      g_autofree char *path = NULL;
      int fd;

      for (guint i = 0; i < 6; i++)
        random[i] = letters[g_random_int_range (0, (gint32) sizeof letters - 1)];
      random[6] = '\0';
      name = g_strdup_printf (".%s%s.%s.tmp", base, suffix, random);
      path = g_build_filename (dir, name, NULL);

      pending_publish (slot, path);
      fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
      if (fd >= 0)
        {
          *tmp = g_steal_pointer (&path);
          return fd;
        }
      *err = errno;
      /* Someone else's file, or none: not ours to remove. */
      pending_unpublish (*slot);
      if (*err != EEXIST)
        return -1;
    }

  return -1;
}

/* Keeps the previous @real under a temporary name beside it, by a hard link
 * when the file system allows it, else by a copy. */
static char *
keep_previous (const char *real,
               int         mode,
               int        *slot,
               int        *err)
{
  g_autofree char *tmp = NULL;
  guint8 buffer[65536];
  int in, out;
  gboolean ok = TRUE;

  out = make_temp (real, "~", mode, &tmp, slot, err);
  if (out < 0)
    return NULL;

  /* The name is ours now: a link replaces the empty file on it. */
  if (g_unlink (tmp) == 0 && link (real, tmp) == 0)
    {
      close (out);
      return g_steal_pointer (&tmp);
    }

  /* Whichever step failed, the name may hold the empty file: not kept. */
  g_unlink (tmp);
  close (out);
  g_free (tmp);
  tmp = NULL;
  out = make_temp (real, "~", mode, &tmp, slot, err);
  if (out < 0)
    return NULL;

  in = g_open (real, O_RDONLY | O_CLOEXEC, 0);
  if (in < 0)
    {
      *err = errno;
      ok = FALSE;
    }
  while (ok)
    {
      gssize n = read (in, buffer, sizeof buffer);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          *err = errno;
          ok = FALSE;
        }
      else if (n == 0)
        break;
      else
        ok = write_all (out, buffer, (gsize) n, err);
    }
  if (in >= 0)
    close (in);
  ok = ok && sync_fd (out, err);
  ok = close_fd (&out, err) && ok;
  if (!ok)
    {
      g_unlink (tmp);
      return NULL;
    }

  return g_steal_pointer (&tmp);
}

/* What a producer writes through: a descriptor, and the errno of the
 * first failed write (0 while every write succeeded). */
typedef struct
{
  int fd;
  int err;
} Target;

static gboolean
target_write_cb (gpointer     data,
                 const void  *bytes,
                 gsize        size,
                 GError     **error)
{
  Target *target = data;

  if (!write_all (target->fd, bytes, size, &target->err))
    {
      /* The caller words the message: it knows the file's name. */
      g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (target->err),
                           describe_errno (target->err));
      return FALSE;
    }
  return TRUE;
}

/* The producer of a whole buffer, for wf_atomic_file_write (). */
typedef struct
{
  const void *data;
  gsize       size;
} Buffer;

static gboolean
buffer_produce_cb (WfAtomicFileWriteFunc   write,
                   gpointer                target,
                   gpointer                user_data,
                   GError                **error)
{
  Buffer *buffer = user_data;

  return write (target, buffer->data, buffer->size, error);
}

/* Runs @produce into @target: returns 0 on success, the errno of a failed
 * write, or -1 when the producer gave up with @error set. */
static int
produce_into (Target                *target,
              WfAtomicFileProducer   produce,
              gpointer               produce_data,
              GError               **error)
{
  g_autoptr(GError) local_error = NULL;

  if (produce (target_write_cb, target, produce_data, &local_error))
    return 0;
  if (target->err != 0)
    return target->err;
  if (local_error == NULL)
    g_set_error_literal (&local_error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "failed");
  g_propagate_error (error, g_steal_pointer (&local_error));
  return -1;
}

/* /dev/null, a pipe, a terminal: they cannot be replaced, only written. */
static gboolean
write_special (const char            *path,
               const char            *real,
               WfAtomicFileProducer   produce,
               gpointer               produce_data,
               GError               **error)
{
  int err = 0;
  int fd = g_open (real, O_WRONLY | O_CLOEXEC | O_NOCTTY, 0);
  Target target = { fd, 0 };

  if (fd < 0)
    return set_failure (error, path, TRUE, errno, NULL);
  err = produce_into (&target, produce, produce_data, error);
  if (err < 0)
    {
      close (fd);
      return FALSE;
    }
  if (err > 0)
    {
      close (fd);
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (err),
                   /* Translators: a file name, then why it could not be written */
                   _("Could not write to “%s”: %s"), path, describe_errno (err));
      return FALSE;
    }
  if (!close_fd (&fd, &err))
    {
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (err),
                   /* Translators: a file name, then why it could not be written */
                   _("Could not write to “%s”: %s"), path, describe_errno (err));
      return FALSE;
    }
  return TRUE;
}

/* Flushes the rename to the disk. Some file systems cannot sync a folder
 * (EINVAL); the file is replaced either way, so this is not an error. */
static void
sync_folder (const char *real)
{
  g_autofree char *dir = g_path_get_dirname (real);
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  int err = 0;

  if (fd < 0)
    return;
  sync_fd (fd, &err);
  close (fd);
}

/* Whether @name is ".STEM.XXXXXX.tmp" or ".STEM~.XXXXXX.tmp", a temporary
 * file of the target whose name starts with @stem. */
static gboolean
is_temp_of (const char *name,
            const char *stem)
{
  gsize stem_len = strlen (stem);
  gsize len = strlen (name);
  const char *rest;

  if (len < 1 + stem_len || name[0] != '.' || strncmp (name + 1, stem, stem_len) != 0)
    return FALSE;
  rest = name + 1 + stem_len;
  if (*rest == '~')
    rest++;
  if (strlen (rest) != strlen (".XXXXXX.tmp") || rest[0] != '.' || !g_str_has_suffix (rest, ".tmp"))
    return FALSE;
  for (guint i = 1; i <= 6; i++)
    if (!g_ascii_isalnum (rest[i]))
      return FALSE;
  return TRUE;
}

/* Removes the temporary files of @real that a killed writer left behind:
 * those older than STALE_TEMP_SECONDS (a live writer's are younger). */
static void
remove_stale_temps (const char *real)
{
  g_autofree char *dir_name = g_path_get_dirname (real);
  g_autofree char *stem = g_path_get_basename (real);
  g_autoptr(GDir) dir = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;

  if (strlen (stem) > MAX_TEMP_STEM)
    stem[MAX_TEMP_STEM] = '\0';
  dir = g_dir_open (dir_name, 0, NULL);
  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      struct stat st;

      if (!is_temp_of (name, stem))
        continue;
      path = g_build_filename (dir_name, name, NULL);
      if (g_lstat (path, &st) == 0 && S_ISREG (st.st_mode) &&
          now - (gint64) st.st_mtime > STALE_TEMP_SECONDS)
        g_unlink (path);
    }
}

/**
 * wf_atomic_file_remove_pending:
 *
 * Removes the temporary files of the writes under way. Safe to call from a
 * signal handler (it only calls unlink ()): the command line calls it on
 * SIGINT and SIGTERM, so that an interrupted save leaves nothing behind;
 * the target is not touched, since it is replaced only by the final
 * rename.
 */
void
wf_atomic_file_remove_pending (void)
{
  for (int i = 0; i < N_PENDING; i++)
    if (g_atomic_int_get (&pending[i].in_use) == 2)
      unlink (pending[i].path);
}

/* The body of both writers, without their checks of the arguments;
 * @slots get the pending temporary files it registers. */
static gboolean
write_atomic (const char            *path,
              WfAtomicFileFlags      flags,
              WfAtomicFileProducer   produce,
              gpointer               produce_data,
              WfAtomicFileCheck      check,
              gpointer               check_data,
              int                    slots[2],
              GError               **error)
{
  g_autofree char *real = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *backup_tmp = NULL;
  g_autofree char *backup = NULL;
  GError *check_error = NULL;
  struct stat st;
  gboolean existed;
  int mode;
  int err = 0;
  int fd;
  Target target = { -1, 0 };

  /* A pipe or a terminal reached through a link that names no file
   * (/dev/stdout, /dev/fd/N lead to "pipe:[…]"): written directly. */
  if ((flags & WF_ATOMIC_FILE_ALLOW_SPECIAL) && g_stat (path, &st) == 0 &&
      !S_ISREG (st.st_mode) && !S_ISDIR (st.st_mode))
    return write_special (path, path, produce, produce_data, error);

  existed = g_file_test (path, G_FILE_TEST_EXISTS);
  real = resolve_target (path, &err);
  if (real == NULL)
    return set_failure (error, path, existed, err, NULL);

  if (g_stat (real, &st) == 0)
    {
      existed = TRUE;
      if (S_ISDIR (st.st_mode))
        return set_failure (error, path, TRUE, EISDIR, NULL);
      if (!S_ISREG (st.st_mode))
        {
          if (flags & WF_ATOMIC_FILE_ALLOW_SPECIAL)
            return write_special (path, real, produce, produce_data, error);
          return set_failure (error, path, TRUE, EINVAL,
                              /* Translators: why a file could not be saved */
                              _("it is not a regular file"));
        }
      mode = (int) (st.st_mode & 07777);
    }
  else if (errno == ENOENT)
    {
      existed = FALSE;
      mode = 0666;  /* less the umask, which open () applies */
    }
  else
    return set_failure (error, path, existed, errno, NULL);

  remove_stale_temps (real);
  fd = make_temp (real, "", mode, &tmp, &slots[0], &err);
  if (fd < 0)
    return set_failure (error, path, existed, err, NULL);

  /* The umask applied to the temporary file; the file it replaces says
   * what the permissions are. The owner is kept when allowed (as root). */
  if (existed)
    {
      if (fchmod (fd, (mode_t) mode) != 0)
        goto failed;
      if ((st.st_uid != geteuid () || st.st_gid != getegid ()) &&
          fchown (fd, st.st_uid, st.st_gid) != 0)
        {
          /* Not the owner: the file becomes the saver's, as with any
           * editor that replaces files. */
        }
    }

  target.fd = fd;
  err = produce_into (&target, produce, produce_data, error);
  if (err < 0)
    {
      close (fd);
      g_unlink (tmp);
      return FALSE;
    }
  if (err > 0 || !sync_fd (fd, &err) || !close_fd (&fd, &err))
    goto failed_errno;

  if ((flags & WF_ATOMIC_FILE_BACKUP) && existed)
    {
      backup_tmp = keep_previous (real, mode, &slots[1], &err);
      if (backup_tmp == NULL)
        goto failed_errno;
    }

  if (check != NULL && !check (check_data, &check_error))
    {
      g_assert (check_error != NULL);
      g_unlink (tmp);
      if (backup_tmp != NULL)
        g_unlink (backup_tmp);
      g_propagate_error (error, check_error);
      return FALSE;
    }

  if (g_rename (tmp, real) != 0)
    goto failed;

  if (backup_tmp != NULL)
    {
      backup = g_strconcat (real, "~", NULL);
      if (g_rename (backup_tmp, backup) != 0)
        {
          err = errno;
          g_unlink (backup_tmp);
          sync_folder (real);
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (err),
                       /* Translators: the first %s is a file name, the second
                        * why its previous version could not be kept */
                       _("“%s” was saved, but its previous version could not be kept as a backup: %s"),
                       path, describe_errno (err));
          return FALSE;
        }
    }

  sync_folder (real);
  return TRUE;

failed:
  err = errno;
failed_errno:
  if (fd >= 0)
    close (fd);
  g_unlink (tmp);
  if (backup_tmp != NULL)
    g_unlink (backup_tmp);
  return set_failure (error, path, existed, err, NULL);
}

/**
 * wf_atomic_file_write:
 * @path: the file to write, in the GLib file name encoding
 * @data: (array length=size): the contents
 * @size: the number of bytes in @data
 * @flags: whether to keep a backup, whether special files may be written
 * @check: (nullable): called before anything is replaced; %FALSE stops
 * @check_data: the data for @check
 * @error: return location for a #G_FILE_ERROR (or @check's error)
 *
 * Replaces @path with @data so that no failure loses what was there:
 * symbolic links are resolved, so the real file is replaced in its own
 * folder and a link stays a link; the contents go to a new temporary file
 * ".NAME.XXXXXX.tmp" in that folder (those of the same target older than a
 * minute, left by a killed writer, are removed first), with the permissions of the file it
 * replaces (or 0666 less the umask), every write checked; the temporary
 * file is flushed to the disk with fsync (); then, with
 * %WF_ATOMIC_FILE_BACKUP, the previous file is kept as “FILE~” (a hard
 * link, or a copy); then the temporary file is renamed onto the target and
 * the folder is flushed.
 *
 * On any failure before the rename, the temporary files are removed and
 * the target and its backup are as they were; the error names @path and
 * says what was wrong. If only the backup could not be renamed into place
 * after the save, the error says the file was saved.
 *
 * A target that exists but is not a regular file is refused, unless
 * @flags has %WF_ATOMIC_FILE_ALLOW_SPECIAL: then it is written directly.
 *
 * Returns: %TRUE when @path holds @data
 */
gboolean
wf_atomic_file_write (const char         *path,
                      const void         *data,
                      gsize               size,
                      WfAtomicFileFlags   flags,
                      WfAtomicFileCheck   check,
                      gpointer            check_data,
                      GError            **error)
{
  Buffer buffer = { data, size };
  int slots[2] = { -1, -1 };
  gboolean ok;

  g_return_val_if_fail (path != NULL && *path != '\0', FALSE);
  g_return_val_if_fail (data != NULL || size == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ok = write_atomic (path, flags, buffer_produce_cb, &buffer, check, check_data, slots, error);
  pending_release (slots[0]);
  pending_release (slots[1]);
  return ok;
}

/**
 * wf_atomic_file_write_stream:
 * @path: the file to write, in the GLib file name encoding
 * @flags: as for wf_atomic_file_write ()
 * @produce: writes the contents in pieces through the function it is given
 * @produce_data: the data for @produce
 * @error: return location for a #G_FILE_ERROR (or @produce's error)
 *
 * wf_atomic_file_write () for contents too large to hold in memory: every
 * piece @produce writes goes to the temporary file (or straight to a
 * special file with %WF_ATOMIC_FILE_ALLOW_SPECIAL), and the target is
 * replaced only when @produce has returned %TRUE and every write has
 * succeeded. When @produce fails, nothing changes and its error is
 * returned.
 *
 * Returns: %TRUE when @path holds what @produce wrote
 */
gboolean
wf_atomic_file_write_stream (const char           *path,
                             WfAtomicFileFlags     flags,
                             WfAtomicFileProducer  produce,
                             gpointer              produce_data,
                             GError              **error)
{
  int slots[2] = { -1, -1 };
  gboolean ok;

  g_return_val_if_fail (path != NULL && *path != '\0', FALSE);
  g_return_val_if_fail (produce != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ok = write_atomic (path, flags, produce, produce_data, NULL, NULL, slots, error);
  pending_release (slots[0]);
  pending_release (slots[1]);
  return ok;
}
