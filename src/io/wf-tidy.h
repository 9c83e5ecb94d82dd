/* wf-tidy.h: the one layout of every data export (docs/data-format.md)
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "wf-atomic-file.h"
#include "wf-dataset.h"
#include "wf-lever.h"

G_BEGIN_DECLS

typedef enum
{
  WF_EXPORT_FORMAT_CSV,
  WF_EXPORT_FORMAT_JSON,
} WfExportFormat;

typedef enum
{
  WF_TIDY_NONE     = 0,
  /* Starts the CSV with a UTF-8 byte order mark, which spreadsheets on
   * Windows need to read accents right. Ignored for JSON. */
  WF_TIDY_CSV_BOM  = 1 << 0,
} WfTidyFlags;

/* The format's name and version, in the CSV's first comment line and the
 * JSON's "format" and "version" keys. */
#define WF_TIDY_FORMAT  "workforce-foresight-data"
#define WF_TIDY_VERSION 1

/* What the file is about and where it came from: its CSV comment lines
 * and its JSON "metadata" object. Any field may be NULL. */
typedef struct
{
  const char *generator;   /* "project", "ensemble", "chart", "application" */
  const char *command;     /* the command line that made it */
  const char *dataset;     /* the dataset's id */
  const char *title;       /* the dataset's title */
  const char *edition;     /* the edition of its source */
  const char *area;        /* its area code */
  const char *chart;       /* the chart kind, for a chart's numbers */
  const char *runs;        /* an ensemble's number of runs */
  const char *seed;        /* its seed, as text: 64 bits do not fit a double */
} WfTidyMeta;

/* One observation. NULL text and a year of 0 are empty cells (null in
 * JSON); a NAN value is empty too. */
typedef struct
{
  const char *table;          /* sectors, labour, skills, headline, ... */
  const char *scenario_id;
  const char *scenario_name;
  int         year;
  const char *sector_id;
  const char *sector_label;
  const char *skill_id;
  const char *skill_label;
  const char *lever_id;
  const char *lever_group;
  const char *sex;            /* women, men, unknown, total */
  const char *indicator;
  const char *statistic;      /* value, p5, p25, p50, p75, p95, low, high */
  double      value;
  const char *unit;           /* persons, share, index, ... */
  double      unit_multiplier;/* value x multiplier = the quantity in unit */
  const char *provenance;     /* primary, secondary, assumption, derived */
} WfTidyRow;

/* The sector and sex ids of an economy-wide, all-sexes row. */
#define WF_TIDY_TOTAL "total"

typedef struct _WfTidyWriter WfTidyWriter;

/* Takes each row of a row writer; the row's strings last only for the
 * call. */
typedef gboolean (*WfTidyRowFunc) (gpointer         user_data,
                                   const WfTidyRow *row,
                                   GError         **error);

WfTidyWriter *wf_tidy_writer_new     (WfExportFormat          format,
                                      WfTidyFlags             flags,
                                      const WfTidyMeta       *meta,
                                      WfAtomicFileWriteFunc   sink,
                                      gpointer                sink_target);
WfTidyWriter *wf_tidy_writer_new_rows (const WfTidyMeta      *meta,
                                      WfTidyRowFunc           func,
                                      gpointer                user_data);
gboolean      wf_tidy_writer_add     (WfTidyWriter           *self,
                                      const WfTidyRow        *row,
                                      GError                **error);
gboolean      wf_tidy_writer_finish  (WfTidyWriter           *self,
                                      GError                **error);
void          wf_tidy_writer_free    (WfTidyWriter           *self);
guint64       wf_tidy_writer_get_n_rows (const WfTidyWriter  *self);

/* A sink that appends to a GString (the target), for small exports. */
gboolean      wf_tidy_string_sink    (gpointer                target,
                                      const void             *data,
                                      gsize                   size,
                                      GError                **error);

/* The column names, in order, NULL-terminated. */
const char * const *wf_tidy_get_columns (void);

/* A text cell as a spreadsheet cannot take it for a formula. */
gboolean      wf_tidy_needs_neutralising (const char         *text);
/* The id of a lever group, as in "list levers": assumption, policy. */
const char   *wf_tidy_lever_group_id (WfLeverGroup            group);
const char   *wf_provenance_to_id    (WfProvenance            provenance);
gboolean      wf_export_format_from_string (const char       *name,
                                            WfExportFormat   *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WfTidyWriter, wf_tidy_writer_free)

G_END_DECLS
