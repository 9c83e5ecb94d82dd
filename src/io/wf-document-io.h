/* wf-document-io.h: reading and writing .foresight files
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "wf-document.h"

G_BEGIN_DECLS

#define WF_DOCUMENT_NAMESPACE "urn:workforce-foresight:scenario"
/* The format version this build writes; it reads it, versions 1 to 3
 * (migrated, with a warning) and newer versions (ignoring what it does not
 * know, with a warning). Version 3 added the labour market of version 2
 * of the model; version 4 scenario ids, origins and predictions. */
#define WF_DOCUMENT_VERSION 4
/* Limits of the loader: larger or deeper input is refused with an error. */
#define WF_DOCUMENT_MAX_SIZE (16 * 1024 * 1024)
#define WF_DOCUMENT_MAX_DEPTH 32

WfDocument *wf_document_load_file       (GFile             *file,
                                         GError           **error);
WfDocument *wf_document_load_file_full  (GFile             *file,
                                         GPtrArray        **warnings,
                                         GError           **error);
WfDocument *wf_document_load_bytes      (GBytes            *bytes,
                                         const char        *display_name,
                                         GError           **error);
WfDocument *wf_document_load_bytes_full (GBytes            *bytes,
                                         const char        *display_name,
                                         GPtrArray        **warnings,
                                         GError           **error);

GBytes     *wf_document_to_bytes        (const WfDocument  *self,
                                         GError           **error);
gboolean    wf_document_save_file       (const WfDocument  *self,
                                         GFile             *file,
                                         GError           **error);

GBytes     *wf_document_get_schema      (void);

G_END_DECLS
