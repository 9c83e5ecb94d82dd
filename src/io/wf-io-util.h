/* wf-io-util.h: number formatting and escaping shared by the writers
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "wf-atomic-file.h"

G_BEGIN_DECLS

#define WF_IO_DOUBLE_BUF_SIZE G_ASCII_DTOSTR_BUF_SIZE

const char *wf_io_format_double   (char        *buf,
                                   double       value);
void        wf_io_append_double   (GString     *out,
                                   double       value);
gboolean    wf_io_parse_double    (const char  *text,
                                   double      *out);
void        wf_io_append_xml      (GString     *out,
                                   const char  *text,
                                   gboolean     in_attribute);
void        wf_io_append_csv      (GString     *out,
                                   const char  *text);
void        wf_io_append_json     (GString     *out,
                                   const char  *text);

/* A message about a file, translated: "NAME: MESSAGE", "NAME:LINE:
 * MESSAGE" or "NAME:LINE:COLUMN: MESSAGE" (@line and @column from 1; 0
 * when not known). */
char       *wf_io_message_at      (const char  *name,
                                   guint        line,
                                   guint        column,
                                   const char  *message);


gboolean    wf_io_write_file_atomic        (GFile               *file,
                                            const void          *data,
                                            gsize                size,
                                            WfAtomicFileFlags    flags,
                                            GCancellable        *cancellable,
                                            GError             **error);
gboolean    wf_io_write_bytes_atomic       (GFile               *file,
                                            GBytes              *bytes,
                                            WfAtomicFileFlags    flags,
                                            GCancellable        *cancellable,
                                            GError             **error);
void        wf_io_write_bytes_atomic_async (GFile               *file,
                                            GBytes              *bytes,
                                            WfAtomicFileFlags    flags,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean    wf_io_write_bytes_atomic_finish (GFile              *file,
                                             GAsyncResult       *result,
                                             GError            **error);

G_END_DECLS
