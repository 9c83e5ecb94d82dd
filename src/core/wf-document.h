/* wf-document.h: what a .foresight file holds, as plain data
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "wf-dataset.h"
#include "wf-metric.h"
#include "wf-scenario.h"

G_BEGIN_DECLS

/* The gender lens of the charts: total, women, men, or the gap between
 * them (docs/charts.md). */
typedef enum
{
  WF_LENS_TOTAL,
  WF_LENS_WOMEN,
  WF_LENS_MEN,
  WF_LENS_GAP,
  WF_N_LENSES
} WfLens;

typedef struct
{
  char       *title;
  char       *author;
  char       *notes;
  /* ISO 8601 date-times, as written in the file. The saver never sets them:
   * the caller does, so that saving the same document twice gives the same
   * bytes. */
  char       *created;
  char       *modified;
  /* "Workforce Foresight 0.1.0": the application that last wrote the file. */
  char       *application;
} WfDocumentMetadata;

typedef struct
{
  char       *chart;           /* chart id, may be NULL */
  WfLens      lens;
  char       *sector_filter;   /* sector id, or NULL for all sectors */
  GPtrArray  *compared;        /* (element-type utf8): names of compared scenarios */
  guint       current_scenario;/* index into the document's scenarios */
  gboolean    difference;      /* differences from the baseline, where a chart can show them */
  WfMetric    metric;          /* the outcome the tornado and the attribution explain */
} WfViewState;

typedef struct _WfDocument WfDocument;

struct _WfDocument
{
  WfDocumentMetadata  metadata;
  WfDataset          *dataset;    /* owned, never NULL once loaded */
  GPtrArray          *scenarios;  /* (element-type WfScenario), owned; [0] is the baseline */
  WfViewState         view;
  /* NULL, or why the file it came from must not be overwritten in place,
   * e.g. it was made by a newer version, whose additions a save would
   * drop: the loader sets it, the application offers Save As, the command
   * line refuses to write over that file. Not part of the content (not
   * compared, not saved). */
  char               *read_only_reason;
};

WfDocument  *wf_document_new          (void);
WfDocument  *wf_document_new_default  (void);
WfDocument  *wf_document_copy         (const WfDocument  *self);
void         wf_document_free         (WfDocument        *self);
gboolean     wf_document_equal        (const WfDocument  *a,
                                       const WfDocument  *b);
void         wf_document_set_dataset  (WfDocument        *self,
                                       WfDataset         *dataset);
void         wf_document_add_scenario (WfDocument        *self,
                                       WfScenario        *scenario);
WfScenario  *wf_document_get_scenario (const WfDocument  *self,
                                       guint              index);
int          wf_document_find_scenario_by_id (const WfDocument *self,
                                              const char       *id);
char        *wf_document_unique_scenario_id  (const WfDocument *self,
                                              const char       *base);
int          wf_document_find_scenario (const WfDocument *self,
                                       const char        *name);

#define WF_TYPE_LENS (wf_lens_get_type ())
GType        wf_lens_get_type         (void) G_GNUC_CONST;
const char  *wf_lens_to_id            (WfLens             lens);
gboolean     wf_lens_from_id          (const char        *id,
                                       WfLens            *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WfDocument, wf_document_free)

G_END_DECLS
