/* wf-atomic-file.h: writing a file so that a failure cannot lose data
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * WfAtomicFileFlags:
 * @WF_ATOMIC_FILE_NONE: replace a regular file, refuse anything else
 * @WF_ATOMIC_FILE_BACKUP: keep the previous file as “FILE~”
 * @WF_ATOMIC_FILE_ALLOW_SPECIAL: when the target exists and is not a regular
 *   file (/dev/null, a pipe, a terminal), write to it directly instead of
 *   replacing it; for command-line outputs
 */
typedef enum
{
  WF_ATOMIC_FILE_NONE          = 0,
  WF_ATOMIC_FILE_BACKUP        = 1 << 0,
  WF_ATOMIC_FILE_ALLOW_SPECIAL = 1 << 1,
} WfAtomicFileFlags;

/* Called just before the temporary file is renamed onto the target: return
 * FALSE with @error set to stop (a cancelled save), and nothing changes. */
typedef gboolean (*WfAtomicFileCheck) (gpointer   user_data,
                                       GError   **error);

gboolean wf_atomic_file_write (const char         *path,
                               const void         *data,
                               gsize               size,
                               WfAtomicFileFlags   flags,
                               WfAtomicFileCheck   check,
                               gpointer            check_data,
                               GError            **error);

void     wf_atomic_file_remove_pending (void);
/* A streaming write: the producer is called once with @write and @target
 * and writes the contents in pieces by calling @write (@target, data,
 * size, error) as often as it likes; it returns FALSE with @error set to
 * give up, and then nothing changes. */
typedef gboolean (*WfAtomicFileWriteFunc) (gpointer     target,
                                           const void  *data,
                                           gsize        size,
                                           GError     **error);
typedef gboolean (*WfAtomicFileProducer)  (WfAtomicFileWriteFunc  write,
                                           gpointer               target,
                                           gpointer               user_data,
                                           GError               **error);

gboolean wf_atomic_file_write_stream (const char           *path,
                                      WfAtomicFileFlags     flags,
                                      WfAtomicFileProducer  produce,
                                      gpointer              produce_data,
                                      GError              **error);

G_END_DECLS
