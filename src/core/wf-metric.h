/* wf-metric.h: scalar outputs that sensitivity and attribution explain
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "wf-results.h"

G_BEGIN_DECLS

/* One number drawn from a projection, all at the horizon year. */
typedef enum
{
  WF_METRIC_NET_JOBS,                     /* employment, scenario - baseline, all sexes */
  WF_METRIC_WOMEN_NET_JOBS,               /* the same for women */
  WF_METRIC_DISPLACED,                    /* cumulative displaced since base, all sexes */
  WF_METRIC_WOMEN_DISPLACED,              /* cumulative displaced women */
  WF_METRIC_WOMEN_SHARE_OF_DISPLACEMENT,  /* women's share of cumulative displacement */
  WF_METRIC_DISPLACED_POOL,               /* displaced, still looking for work, at horizon */
  WF_METRIC_JOBS_TRANSFORMED,             /* augmented stock + cumulative displaced */
  WF_METRIC_DIGITAL_GAP,                  /* digital jobs - digital workers, all sexes */
  WF_METRIC_WOMEN_DIGITAL_GAP,            /* the same for women */
  WF_METRIC_UNEMPLOYMENT_RATE_CHANGE,     /* unemployment rate, scenario - baseline */
  WF_METRIC_SKILLS_SHORTAGE,              /* new work left unfilled, all sexes */
  WF_METRIC_LEFT_LABOUR_FORCE,            /* displaced who left the labour force since base */
  WF_METRIC_PRODUCTIVITY,                 /* productivity, scenario / baseline - 1 */
  WF_METRIC_DISPLACED_OUT_OF_WORK,        /* displaced, not re-employed: looking or given up */
  WF_N_METRICS
} WfMetric;

double      wf_metric_evaluate   (const WfResults  *results,
                                  WfMetric          metric);
#define WF_TYPE_METRIC (wf_metric_get_type ())
GType       wf_metric_get_type   (void) G_GNUC_CONST;
const char *wf_metric_to_id      (WfMetric          metric);
const char *wf_metric_to_string  (WfMetric          metric);
/* The name inside a sentence: lower case, with an article if needed. */
const char *wf_metric_to_string_in_sentence (WfMetric metric);
const char *wf_metric_get_unit   (WfMetric          metric);
/* TRUE for a share (0..1) or a difference of shares, FALSE for people. */
gboolean    wf_metric_is_share   (WfMetric          metric);
gboolean    wf_metric_from_id    (const char       *id,
                                  WfMetric         *out);

G_END_DECLS
