/* wf-chart-input.h: the one assembler of a chart's data, from a document,
 * its view state and the chart kind
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "wf-chart.h"
#include "wf-core.h"
#include "wf-uncertainty.h"

G_BEGIN_DECLS

/* The projection of the document's scenario @index. */
typedef const WfResults *(*WfChartResultsFunc) (guint    index,
                                                gpointer user_data);

/* What the background service computes for @kind (from its needs). */
WfComputation  wf_chart_kind_get_computations (WfChartKind         kind);

/* The chart kind @view names, or the first kind. */
WfChartKind    wf_chart_input_get_kind      (const WfViewState    *view);

/* The scenarios @view compares with the current one, as indices into
 * @document's scenarios, in the order chosen: those that exist, once each,
 * never the current one; at most @max. Returns how many. */
guint          wf_chart_input_get_compared  (const WfDocument     *document,
                                             const WfViewState    *view,
                                             guint                *indices,
                                             guint                 max);

/* Fills @data for @kind from @document and @view: the current scenario
 * first, then, for a chart that compares, the scenarios @view compares or
 * every other one; the lens, the sector, the difference and the metric of
 * @view; and what @uncertainty (may be NULL) holds of what @kind needs.
 * For a kind that shows every scenario it asks @results for each of them
 * and sets every_scenario; the caller then points every_results at the
 * array in which its @results function keeps them, by scenario index.
 * The pointers stay valid while the document, @results' projections and
 * @uncertainty's results do. */
void           wf_chart_input_fill          (WfChartData          *data,
                                             const WfDocument     *document,
                                             const WfViewState    *view,
                                             WfChartKind           kind,
                                             WfChartResultsFunc    results,
                                             gpointer              user_data,
                                             WfUncertainty        *uncertainty);

/* Everything a chart needs, computed synchronously: for the command line.
 * It refers to @document, which must outlive it. */
typedef struct _WfChartInput WfChartInput;

struct _WfChartInput
{
  WfChartData    data;

  /*< private >*/
  const WfDocument *document;
  GPtrArray     *results;      /* (element-type WfResults), by scenario index, NULL until shown */
  GError        *error;        /* of the first projection that failed */
  WfUncertainty *uncertainty;
};

WfChartInput  *wf_chart_input_new_sync      (const WfDocument     *document,
                                             const WfViewState    *view,
                                             WfChartKind           kind,
                                             guint                 n_runs,
                                             GCancellable         *cancellable,
                                             GError              **error);
void           wf_chart_input_free          (WfChartInput         *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WfChartInput, wf_chart_input_free)

G_END_DECLS
