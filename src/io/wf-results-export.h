/* wf-results-export.h: the numbers of projections, in the data layout
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "wf-dataset.h"
#include "wf-results.h"
#include "wf-scenario.h"
#include "wf-tidy.h"

G_BEGIN_DECLS

/* The indicators of a sector row besides the WfOutput ids. */
#define WF_EXPORT_BASELINE_EMPLOYMENT "baseline-employment"
#define WF_EXPORT_NET_CHANGE          "net-change-vs-baseline"

/* The "table" column of each kind of row. */
#define WF_EXPORT_TABLE_SECTORS  "sectors"
#define WF_EXPORT_TABLE_LABOUR   "labour"
#define WF_EXPORT_TABLE_SKILLS   "skills"
#define WF_EXPORT_TABLE_HEADLINE "headline"

void      wf_tidy_meta_init_dataset (WfTidyMeta              *meta,
                                     const WfDataset         *dataset);

/* The unit and multiplier of an output: "persons" x 1000 for levels. */
const char *wf_export_output_unit   (WfOutput                 output,
                                     double                  *multiplier);

gboolean  wf_results_export         (WfTidyWriter            *writer,
                                     const WfDataset         *dataset,
                                     const WfScenario * const *scenarios,
                                     const WfResults * const *results,
                                     guint                    n_scenarios,
                                     GError                 **error);
/* Which rows of a projection to write: one sector's (index), or every
 * sector and the total (-1); the sexes in @sexes, a mask of
 * WF_RESULTS_EXPORT_SEX (sex), where WF_SEX_ALL is the "total" rows. */
typedef struct
{
  int    sector;
  guint  sexes;
} WfResultsExportFilter;

#define WF_RESULTS_EXPORT_SEX(sex) (1u << ((sex) == WF_SEX_ALL ? WF_N_SEXES : (guint) (sex)))
#define WF_RESULTS_EXPORT_ALL_SEXES ((1u << (WF_N_SEXES + 1)) - 1)

gboolean  wf_results_export_filtered (WfTidyWriter                *writer,
                                      const WfDataset             *dataset,
                                      const WfScenario * const    *scenarios,
                                      const WfResults * const     *results,
                                      guint                        n_scenarios,
                                      const WfResultsExportFilter *filter,
                                      GError                     **error);
GString  *wf_results_to_csv         (const WfDataset          *dataset,
                                     const WfScenario * const *scenarios,
                                     const WfResults * const  *results,
                                     guint                     n_scenarios);
GString  *wf_results_to_json        (const WfDataset          *dataset,
                                     const WfScenario * const *scenarios,
                                     const WfResults * const  *results,
                                     guint                     n_scenarios);

G_END_DECLS
