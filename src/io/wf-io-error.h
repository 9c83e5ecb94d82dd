/* wf-io-error.h: the error domain of files, exports and imports
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define WF_IO_ERROR (wf_io_error_quark ())

typedef enum
{
  WF_IO_ERROR_IO = 1,           /* the file could not be read or written */
  WF_IO_ERROR_EMPTY,            /* the file is empty */
  WF_IO_ERROR_TOO_LARGE,        /* over the size limit */
  WF_IO_ERROR_TOO_DEEP,         /* elements nested over the depth limit */
  WF_IO_ERROR_PARSE,            /* not well-formed XML */
  WF_IO_ERROR_FORBIDDEN,        /* a DOCTYPE, entity declarations */
  WF_IO_ERROR_NAMESPACE,        /* not a .foresight file */
  WF_IO_ERROR_VERSION,          /* a version this build cannot read */
  WF_IO_ERROR_SCHEMA,           /* does not match the RELAX NG schema */
  WF_IO_ERROR_VALUE,            /* a value of the wrong type */
  WF_IO_ERROR_RANGE,            /* a value outside its range */
  WF_IO_ERROR_INVALID,          /* the content is inconsistent */
  WF_IO_ERROR_CSV,              /* malformed CSV */
  WF_IO_ERROR_ILOSTAT_COLUMN,   /* a required column is missing */
  WF_IO_ERROR_ILOSTAT_UNIT,     /* mixed or unsupported units */
  WF_IO_ERROR_ILOSTAT_AREA,     /* area missing, ambiguous, or aggregates mixed with countries */
  WF_IO_ERROR_ILOSTAT_DATA,     /* no usable data, duplicates, bad values */
  WF_IO_ERROR_DATASET,          /* a merged file's dataset is not the document's */
} WfIoError;

GQuark wf_io_error_quark (void);

G_END_DECLS
