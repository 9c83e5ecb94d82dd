/* wf-results-export.h: the numbers of projections as CSV and JSON
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "wf-dataset.h"
#include "wf-results.h"
#include "wf-scenario.h"

G_BEGIN_DECLS

typedef enum
{
  WF_EXPORT_FORMAT_CSV,
  WF_EXPORT_FORMAT_JSON,
} WfExportFormat;

/* The indicators of a CSV row besides the WfOutput ids. */
#define WF_EXPORT_BASELINE_EMPLOYMENT "baseline-employment"
#define WF_EXPORT_NET_CHANGE          "net-change-vs-baseline"
/* The sector of the labour-market rows: they are the whole economy's. */
#define WF_EXPORT_ALL_SECTORS         "all"

/* The header line of the CSV export. */
#define WF_EXPORT_CSV_HEADER "scenario,year,sector,sex,indicator,unit,value"

GString  *wf_results_to_csv      (const WfDataset          *dataset,
                                  const WfScenario * const *scenarios,
                                  const WfResults * const  *results,
                                  guint                     n_scenarios);
GString  *wf_results_to_json     (const WfDataset          *dataset,
                                  const WfScenario * const *scenarios,
                                  const WfResults * const  *results,
                                  guint                     n_scenarios);
gboolean  wf_results_write       (GOutputStream            *stream,
                                  WfExportFormat            format,
                                  const WfDataset          *dataset,
                                  const WfScenario * const *scenarios,
                                  const WfResults * const  *results,
                                  guint                     n_scenarios,
                                  GCancellable             *cancellable,
                                  GError                  **error);
gboolean  wf_export_format_from_string (const char         *name,
                                        WfExportFormat     *out);

G_END_DECLS
