/* wf-results.h: what a projection produces
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "wf-dataset.h"

G_BEGIN_DECLS

/* Outputs per year x sector x sex. Levels are in thousands of people, shares
 * are fractions in [0, 1]. Flows (displaced, new work, ...) are those of the
 * year ending at that year; at the base year every flow is zero. */
typedef enum
{
  WF_OUTPUT_EMPLOYMENT,           /* E */
  WF_OUTPUT_TREND,                /* trend growth flow, E(t-1) * r */
  WF_OUTPUT_DISPLACED,            /* D: jobs whose tasks were automated */
  WF_OUTPUT_REDEPLOYED,           /* beta * D: kept inside the firm */
  WF_OUTPUT_AUGMENTED,            /* stock of exposed, adopted, not automated jobs */
  WF_OUTPUT_NEW_WORK,             /* new jobs around AI */
  WF_OUTPUT_DEMAND_EFFECT,        /* jobs gained or lost through demand */
  WF_OUTPUT_DISPLACED_POOL,       /* displaced, not yet re-employed */
  WF_OUTPUT_RESKILLED,            /* flow out of the pool */
  WF_OUTPUT_DIGITAL_REQUIREMENT,  /* share of jobs needing digital skills */
  WF_OUTPUT_DIGITAL_JOBS,         /* jobs needing digital skills */
  WF_OUTPUT_DIGITAL_WORKFORCE,    /* digitally skilled workers */
  WF_OUTPUT_DIGITAL_GAP,          /* digital jobs minus digital workers */
  WF_OUTPUT_ADOPTION,             /* A_s(t), the same for every sex */
  WF_N_OUTPUTS
} WfOutput;

/* The skill outputs per year x skill x sex. */
typedef enum
{
  WF_SKILL_OUTPUT_DEMAND,  /* thousands of job-equivalents */
  WF_SKILL_OUTPUT_INDEX,   /* demand / demand at base year * 100 */
  WF_N_SKILL_OUTPUTS
} WfSkillOutput;

typedef enum
{
  WF_RUN_SCENARIO,
  WF_RUN_BASELINE,
  WF_N_RUNS
} WfRun;

typedef struct
{
  int     horizon;
  double  net_jobs_vs_baseline;       /* thousands, horizon year */
  double  jobs_transformed;           /* augmented stock + cumulative displaced */
  double  cumulative_displaced;
  double  women_share_of_displacement;/* of cumulative displacement with a known sex */
  double  women_share_of_employment;  /* at base year, of employment with a known sex */
  double  digital_gap;                /* thousands, horizon year, all sexes */
  double  digital_gap_women;
  double  digital_gap_men;
} WfHeadline;

typedef struct _WfResults WfResults;

struct _WfResults
{
  int     base_year;
  int     horizon;
  guint   n_years;    /* horizon - base_year + 1 */
  guint   n_sectors;
  guint   n_skills;

  /* [run][year][sector][sex][output] */
  double *values;
  /* [run][year][sector][sex][gradient]: employment by exposure gradient */
  double *by_gradient;
  /* [run][year][skill][sex][skill output] */
  double *skills;
};

WfResults  *wf_results_new            (int               base_year,
                                       int               horizon,
                                       guint             n_sectors,
                                       guint             n_skills);
WfResults  *wf_results_copy           (const WfResults  *self);
void        wf_results_free           (WfResults        *self);
gboolean    wf_results_equal          (const WfResults  *a,
                                       const WfResults  *b);

/* sector may be -1 for the sum over sectors; sex may be WF_SEX_ALL.
 * Shares (digital requirement, adoption) are employment-weighted when summed. */
double      wf_results_get            (const WfResults  *self,
                                       WfRun             run,
                                       WfOutput          output,
                                       guint             year_index,
                                       int               sector,
                                       int               sex);
double      wf_results_get_gradient   (const WfResults  *self,
                                       WfRun             run,
                                       guint             year_index,
                                       int               sector,
                                       int               sex,
                                       guint             gradient);
double      wf_results_get_skill      (const WfResults  *self,
                                       WfRun             run,
                                       WfSkillOutput     output,
                                       guint             year_index,
                                       guint             skill,
                                       int               sex);
/* Sum of a flow from the year after the base to year_index inclusive. */
double      wf_results_cumulative     (const WfResults  *self,
                                       WfRun             run,
                                       WfOutput          output,
                                       guint             year_index,
                                       int               sector,
                                       int               sex);
void        wf_results_headline       (const WfResults  *self,
                                       WfHeadline       *out);

/* Raw pointer to one cell (for the model and for speed). */
static inline double *
wf_results_cell (WfResults *self,
                 WfRun      run,
                 guint      year_index,
                 guint      sector,
                 guint      sex)
{
  return self->values
    + ((((gsize) run * self->n_years + year_index) * self->n_sectors + sector)
       * WF_N_SEXES + sex) * WF_N_OUTPUTS;
}

const char *wf_output_to_id           (WfOutput          output);
const char *wf_output_to_string       (WfOutput          output);
const char *wf_output_get_unit        (WfOutput          output);
gboolean    wf_output_is_share        (WfOutput          output);
gboolean    wf_output_from_id         (const char       *id,
                                       WfOutput         *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WfResults, wf_results_free)

G_END_DECLS
