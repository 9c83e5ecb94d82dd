/* wf-sensitivity.h: one lever at a time, the tornado
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "wf-dataset.h"
#include "wf-lever.h"
#include "wf-metric.h"
#include "wf-scenario.h"

G_BEGIN_DECLS

typedef struct
{
  WfLever  lever;
  double   low_value;    /* the lever's low end, in display units */
  double   high_value;
  double   low_metric;   /* the metric with the lever at its low end */
  double   high_metric;
  double   swing;        /* |high_metric - low_metric| */
} WfTornadoBar;

typedef struct
{
  WfMetric      metric;
  double        central;             /* the metric at the scenario's values */
  guint         n_bars;              /* WF_N_LEVERS */
  WfTornadoBar  bars[WF_N_LEVERS];   /* widest swing first */
} WfTornado;

WfTornado *wf_tornado_compute (const WfDataset   *dataset,
                               const WfScenario  *scenario,
                               WfMetric           metric,
                               GError           **error);
void       wf_tornado_free    (WfTornado         *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WfTornado, wf_tornado_free)

G_END_DECLS
