/* wf-csv-reader.h: an RFC 4180 CSV reader
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _WfCsvReader WfCsvReader;

/* The most fields a record may have; a longer record is an error. */
#define WF_CSV_MAX_FIELDS 1000

WfCsvReader *wf_csv_reader_new      (GBytes        *bytes,
                                     const char    *display_name);
void         wf_csv_reader_free     (WfCsvReader   *self);
gboolean     wf_csv_reader_next     (WfCsvReader   *self,
                                     GPtrArray    **fields,
                                     GError       **error);
guint        wf_csv_reader_get_line (WfCsvReader   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WfCsvReader, wf_csv_reader_free)

G_END_DECLS
