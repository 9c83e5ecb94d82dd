/* wf-workshop.h: the spread of a workshop's scenarios, lever by lever and
 * outcome by outcome (docs/workshop.md)
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "wf-document.h"
#include "wf-lever.h"
#include "wf-metric.h"

G_BEGIN_DECLS

/* The outcomes the headline shows, in its order: the application's
 * headline bar and the command line's workshop statistics agree on them. */
#define WF_N_HEADLINE_METRICS 5
const WfMetric *wf_headline_metrics (guint *n_metrics);

/* Min, quartiles (type 7, as R's default: linear between order
 * statistics), median, max and mean of n values; all NAN when n is 0. */
typedef struct
{
  guint   n;
  double  min;
  double  q1;
  double  median;
  double  q3;
  double  max;
  double  mean;
} WfSpread;

/* @values need not be sorted and are left as they are. */
void    wf_spread_compute  (const double  *values,
                            guint          n,
                            WfSpread      *out);
/* The type-7 quantile @p (0–1) of @sorted (ascending, n > 0). */
double  wf_quantile_type7  (const double  *sorted,
                            guint          n,
                            double         p);

typedef struct
{
  WfLever   lever;
  double   *values;    /* one per scenario counted, in document order */
  WfSpread  spread;
  guint     n_moved;   /* scenarios whose value is not the lever's default */
} WfWorkshopLever;

typedef struct
{
  WfMetric  metric;
  double   *values;          /* projected at each scenario's horizon, in document order */
  WfSpread  spread;
  double   *predictions;     /* the predictions recorded, NAN where a scenario has none */
  WfSpread  prediction_spread; /* of the predictions recorded (n = how many) */
} WfWorkshopMetric;

typedef enum
{
  WF_WORKSHOP_NONE             = 0,
  /* Count the baseline (the document's first scenario) too; by default
   * the statistics are of the participants' scenarios, the others. */
  WF_WORKSHOP_INCLUDE_BASELINE = 1 << 0,
} WfWorkshopFlags;

typedef struct
{
  guint             n_scenarios;   /* the scenarios counted */
  char            **scenario_ids;  /* their ids, in document order (NULL-terminated) */
  WfWorkshopLever   levers[WF_N_LEVERS];
  WfWorkshopMetric  metrics[WF_N_HEADLINE_METRICS];
} WfWorkshopStats;

/* Projects every scenario counted (fast: 20 scenarios in well under a
 * second) and gathers the spreads. A document with no scenario to count
 * gives n_scenarios 0 and NAN spreads. Fails only when a scenario cannot
 * be projected, or on @cancellable. */
WfWorkshopStats *wf_workshop_stats_compute (const WfDocument  *document,
                                            WfWorkshopFlags    flags,
                                            GCancellable      *cancellable,
                                            GError           **error);
void             wf_workshop_stats_free    (WfWorkshopStats   *self);

/* Records a prediction of @metric at the horizon for the scenario with
 * @scenario_id (NAN removes it); FALSE with an error naming the scenario
 * if there is none with that id. */
gboolean         wf_workshop_set_prediction (WfDocument       *document,
                                             const char       *scenario_id,
                                             WfMetric          metric,
                                             double            value,
                                             GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WfWorkshopStats, wf_workshop_stats_free)

G_END_DECLS
