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
 * year ending at that year; at the base year every flow is zero. The ids of
 * the first fourteen are those of version 1; the others came with the
 * labour market of version 2 and are appended so the ids keep their order.
 *
 * Displaced workers are counted in the sector and sex they were displaced
 * from: redeployed + laid off = displaced, and every laid-off worker is
 * re-employed, still looking (trained or untrained) or has left the labour
 * force. */
typedef enum
{
  WF_OUTPUT_EMPLOYMENT,           /* E */
  WF_OUTPUT_TREND,                /* trend growth flow, E(t-1) * r */
  WF_OUTPUT_DISPLACED,            /* D: jobs whose tasks were automated */
  WF_OUTPUT_REDEPLOYED,           /* beta * D: kept inside the firm */
  WF_OUTPUT_AUGMENTED,            /* stock of exposed, adopted, not automated jobs */
  WF_OUTPUT_NEW_WORK,             /* new-work openings filled (hires) */
  WF_OUTPUT_DEMAND_EFFECT,        /* jobs gained or lost through demand */
  WF_OUTPUT_DISPLACED_POOL,       /* laid off, still looking: trained + untrained */
  WF_OUTPUT_RESKILLED,            /* flow from the untrained to the trained pool */
  WF_OUTPUT_DIGITAL_REQUIREMENT,  /* share of jobs needing digital skills */
  WF_OUTPUT_DIGITAL_JOBS,         /* jobs needing digital skills */
  WF_OUTPUT_DIGITAL_WORKFORCE,    /* digitally skilled workers */
  WF_OUTPUT_DIGITAL_GAP,          /* unmet digital requirement of the cell */
  WF_OUTPUT_ADOPTION,             /* A_s(t), the same for every sex */
  WF_OUTPUT_LAID_OFF,             /* (1 - beta) * D: into the untrained pool */
  WF_OUTPUT_REEMPLOYED,           /* hired out of the displaced pool */
  WF_OUTPUT_NEW_WORK_CREATED,     /* new-work openings created in the year */
  WF_OUTPUT_SKILLS_SHORTAGE,      /* new-work openings left unfilled (stock) */
  WF_OUTPUT_POOL_TRAINED,         /* laid off, reskilled, still looking */
  WF_OUTPUT_POOL_UNTRAINED,       /* laid off, not trained, still looking */
  WF_OUTPUT_LEFT_LABOUR_FORCE,    /* displaced who stopped looking (flow) */
  WF_OUTPUT_PRODUCTIVITY,         /* sector's labour productivity, base year = 1 */
  WF_OUTPUT_SEPARATIONS,          /* c * E: permanent exits (replacement demand) */
  WF_OUTPUT_OPENINGS,             /* ordinary openings: replacement and growth */
  WF_OUTPUT_HIRES,                /* ordinary openings filled */
  WF_OUTPUT_OTHER_JOB_LOSSES,     /* jobs lost when a sector shrinks faster than exits */
  WF_N_OUTPUTS
} WfOutput;

/* The labour market per year x sex, in thousands (the rate a share). */
typedef enum
{
  WF_LABOUR_FORCE,                /* employed + unemployed */
  WF_LABOUR_UNEMPLOYED,           /* other unemployed + displaced pool */
  WF_LABOUR_OTHER_UNEMPLOYED,     /* job seekers who were not displaced by AI */
  WF_LABOUR_UNEMPLOYMENT_RATE,    /* unemployed / labour force */
  WF_LABOUR_ENTRANTS,             /* joined the labour force (flow) */
  WF_LABOUR_RETIREMENTS,          /* permanent exits from jobs (flow) */
  WF_LABOUR_LEFT,                 /* displaced who left the labour force (flow) */
  WF_LABOUR_UNFILLED,             /* ordinary openings no job seeker filled (flow) */
  WF_N_LABOUR_OUTPUTS
} WfLabourOutput;

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

/* Women's share of displacement and of employment are NAN ("not
 * available") when the data has no split by sex or nothing is displaced:
 * never 0. */
typedef struct
{
  int     horizon;
  double  net_jobs_vs_baseline;       /* thousands, horizon year */
  double  displaced_out_of_work;      /* laid off, not re-employed: looking or given up */
  double  displaced_looking;          /* of whom still looking, horizon */
  double  unemployment_rate;          /* horizon, all sexes */
  double  unemployment_rate_baseline;
  double  skills_shortage;            /* unfilled new work, thousands, horizon */
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
  /* [run][year][sex][labour output] */
  double *labour;
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
/* sex may be WF_SEX_ALL; the rate is then recomputed from the sums. */
double      wf_results_get_labour     (const WfResults  *self,
                                       WfRun             run,
                                       WfLabourOutput    output,
                                       guint             year_index,
                                       int               sex);
/* Sum of a flow from the year after the base to year_index inclusive. */
double      wf_results_cumulative     (const WfResults  *self,
                                       WfRun             run,
                                       WfOutput          output,
                                       guint             year_index,
                                       int               sector,
                                       int               sex);
double      wf_results_displaced_out_of_work (const WfResults *self,
                                       WfRun             run,
                                       guint             year_index,
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

static inline double *
wf_results_labour_cell (WfResults *self,
                        WfRun      run,
                        guint      year_index,
                        guint      sex)
{
  return self->labour
    + (((gsize) run * self->n_years + year_index) * WF_N_SEXES + sex) * WF_N_LABOUR_OUTPUTS;
}

const char *wf_output_to_id           (WfOutput          output);
const char *wf_output_to_string       (WfOutput          output);
const char *wf_output_get_unit        (WfOutput          output);
gboolean    wf_output_is_share        (WfOutput          output);
gboolean    wf_output_from_id         (const char       *id,
                                       WfOutput         *out);
const char *wf_labour_output_to_id    (WfLabourOutput    output);
const char *wf_labour_output_to_string (WfLabourOutput   output);
const char *wf_labour_output_get_unit (WfLabourOutput    output);
gboolean    wf_labour_output_from_id  (const char       *id,
                                       WfLabourOutput   *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WfResults, wf_results_free)

G_END_DECLS
