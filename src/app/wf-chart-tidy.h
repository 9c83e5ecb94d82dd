/* wf-chart-tidy.h: the rows behind a chart, in the data layout
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wf-chart.h"
#include "wf-io.h"
#include "wf-session.h"

G_BEGIN_DECLS

void     wf_chart_tidy_meta_init (WfTidyMeta         *meta,
                                  const WfDocument   *document,
                                  WfChartKind         kind);
gboolean wf_chart_tidy_write     (WfTidyWriter       *writer,
                                  const WfDocument   *document,
                                  WfChartKind         kind,
                                  const WfChartData  *data,
                                  GError            **error);

G_END_DECLS
