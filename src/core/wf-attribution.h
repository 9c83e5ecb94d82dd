/* wf-attribution.h: why a scenario differs, lever by lever (Shapley)
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "wf-dataset.h"
#include "wf-lever.h"
#include "wf-metric.h"
#include "wf-scenario.h"

G_BEGIN_DECLS

/* Bit (1 << lever) of a part's lever set */
#define WF_LEVER_BIT(lever) (1u << (lever))
#define WF_ALL_LEVERS ((1u << WF_N_LEVERS) - 1)

typedef struct
{
  guint32  levers;        /* WF_LEVER_BIT () of the levers in this part */
  double   contribution;  /* its Shapley value, in the metric's unit */
} WfAttributionPart;

typedef struct
{
  WfMetric           metric;
  double             reference_value;  /* the metric with every lever at the reference */
  double             scenario_value;   /* the metric of the scenario */
  double             total;            /* scenario_value - reference_value */
  guint              n_parts;
  WfAttributionPart  parts[WF_N_LEVERS];  /* in the order of the groups given */
  guint              n_projections;    /* how many projections it took */
} WfAttribution;

guint32        wf_lever_group_get_levers (WfLeverGroup        group);

WfAttribution *wf_attribution_compute    (const WfDataset     *dataset,
                                          const WfScenario    *scenario,
                                          const WfScenario    *reference,
                                          WfMetric             metric,
                                          const guint32       *groups,
                                          guint                n_groups,
                                          guint                n_threads,
                                          GCancellable        *cancellable,
                                          GError             **error);
void           wf_attribution_free       (WfAttribution       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WfAttribution, wf_attribution_free)

G_END_DECLS
