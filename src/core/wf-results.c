/* wf-results.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "wf-results"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "wf-results.h"
#include "wf-id.h"

typedef struct
{
  const char *id;
  const char *name;
  const char *unit;
  guint       is_share : 1;
} WfOutputInfo;

static const WfOutputInfo outputs[WF_N_OUTPUTS] = {
  [WF_OUTPUT_EMPLOYMENT] = { "employment", N_("Employment"), N_("thousands"), FALSE },
  [WF_OUTPUT_TREND] = { "trend", N_("Trend growth"), N_("thousands"), FALSE },
  [WF_OUTPUT_DISPLACED] = { "displaced", N_("Displaced"), N_("thousands"), FALSE },
  [WF_OUTPUT_REDEPLOYED] = { "redeployed", N_("Redeployed in the firm"), N_("thousands"), FALSE },
  [WF_OUTPUT_AUGMENTED] = { "augmented", N_("Augmented jobs"), N_("thousands"), FALSE },
  [WF_OUTPUT_NEW_WORK] = { "new-work", N_("New work filled"), N_("thousands"), FALSE },
  [WF_OUTPUT_DEMAND_EFFECT] = { "demand-effect", N_("Demand effect"), N_("thousands"), FALSE },
  [WF_OUTPUT_DISPLACED_POOL] = { "displaced-pool", N_("Displaced, still looking for work"), N_("thousands"), FALSE },
  [WF_OUTPUT_RESKILLED] = { "reskilled", N_("Reskilled"), N_("thousands"), FALSE },
  [WF_OUTPUT_DIGITAL_REQUIREMENT] = { "digital-requirement", N_("Share of jobs needing digital skills"), N_("share"), TRUE },
  [WF_OUTPUT_DIGITAL_JOBS] = { "digital-jobs", N_("Jobs needing digital skills"), N_("thousands"), FALSE },
  [WF_OUTPUT_DIGITAL_WORKFORCE] = { "digital-workforce", N_("Workers with digital skills"), N_("thousands"), FALSE },
  [WF_OUTPUT_DIGITAL_GAP] = { "digital-gap", N_("Digital skills gap"), N_("thousands"), FALSE },
  [WF_OUTPUT_ADOPTION] = { "adoption", N_("AI adoption"), N_("share"), TRUE },
  [WF_OUTPUT_LAID_OFF] = { "laid-off", N_("Laid off"), N_("thousands"), FALSE },
  [WF_OUTPUT_REEMPLOYED] = { "reemployed", N_("Re-employed"), N_("thousands"), FALSE },
  [WF_OUTPUT_NEW_WORK_CREATED] = { "new-work-created", N_("New work created"), N_("thousands"), FALSE },
  [WF_OUTPUT_SKILLS_SHORTAGE] = { "skills-shortage", N_("Skills shortage (new work unfilled)"), N_("thousands"), FALSE },
  [WF_OUTPUT_POOL_TRAINED] = { "pool-trained", N_("Reskilled, still looking"), N_("thousands"), FALSE },
  [WF_OUTPUT_POOL_UNTRAINED] = { "pool-untrained", N_("Untrained, still looking"), N_("thousands"), FALSE },
  [WF_OUTPUT_LEFT_LABOUR_FORCE] = { "left-labour-force", N_("Left the labour force"), N_("thousands"), FALSE },
  [WF_OUTPUT_PRODUCTIVITY] = { "productivity", N_("Labour productivity (base year = 1)"), N_("index"), TRUE },
  [WF_OUTPUT_SEPARATIONS] = { "separations", N_("Permanent exits from jobs"), N_("thousands"), FALSE },
  [WF_OUTPUT_OPENINGS] = { "openings", N_("Ordinary openings"), N_("thousands"), FALSE },
  [WF_OUTPUT_HIRES] = { "hires", N_("Ordinary openings filled"), N_("thousands"), FALSE },
  [WF_OUTPUT_OTHER_JOB_LOSSES] = { "other-job-losses", N_("Jobs lost as sectors shrink"), N_("thousands"), FALSE },
};

typedef struct
{
  const char *id;
  const char *name;
  const char *unit;
} WfLabourOutputInfo;

static const WfLabourOutputInfo labour_outputs[WF_N_LABOUR_OUTPUTS] = {
  [WF_LABOUR_FORCE] = { "labour-force", N_("Labour force"), N_("thousands") },
  [WF_LABOUR_UNEMPLOYED] = { "unemployed", N_("Unemployed"), N_("thousands") },
  [WF_LABOUR_OTHER_UNEMPLOYED] = { "other-unemployed", N_("Unemployed, not displaced by AI"), N_("thousands") },
  [WF_LABOUR_UNEMPLOYMENT_RATE] = { "unemployment-rate", N_("Unemployment rate"), N_("share") },
  [WF_LABOUR_ENTRANTS] = { "entrants", N_("Entrants to the labour force"), N_("thousands") },
  [WF_LABOUR_RETIREMENTS] = { "retirements", N_("Permanent exits from jobs"), N_("thousands") },
  [WF_LABOUR_LEFT] = { "leavers", N_("Left the labour force"), N_("thousands") },
  [WF_LABOUR_UNFILLED] = { "unfilled-openings", N_("Ordinary openings unfilled"), N_("thousands") },
};

/**
 * wf_results_new:
 *
 * Returns: (transfer full): zeroed results for the given dimensions
 */
WfResults *
wf_results_new (int   base_year,
                int   horizon,
                guint n_sectors,
                guint n_skills)
{
  WfResults *self;
  gsize cells;

  g_return_val_if_fail (horizon >= base_year, NULL);

  self = g_new0 (WfResults, 1);
  self->base_year = base_year;
  self->horizon = horizon;
  self->n_years = (guint) (horizon - base_year + 1);
  self->n_sectors = n_sectors;
  self->n_skills = n_skills;

  cells = (gsize) WF_N_RUNS * self->n_years * n_sectors * WF_N_SEXES;
  self->values = g_new0 (double, cells * WF_N_OUTPUTS);
  self->by_gradient = g_new0 (double, cells * WF_N_GRADIENTS);
  self->skills = g_new0 (double, (gsize) WF_N_RUNS * self->n_years * MAX (n_skills, 1)
                                 * WF_N_SEXES * WF_N_SKILL_OUTPUTS);
  self->labour = g_new0 (double, (gsize) WF_N_RUNS * self->n_years * WF_N_SEXES
                                 * WF_N_LABOUR_OUTPUTS);

  return self;
}

static gsize
n_values (const WfResults *self)
{
  return (gsize) WF_N_RUNS * self->n_years * self->n_sectors * WF_N_SEXES * WF_N_OUTPUTS;
}

static gsize
n_gradient_values (const WfResults *self)
{
  return (gsize) WF_N_RUNS * self->n_years * self->n_sectors * WF_N_SEXES * WF_N_GRADIENTS;
}

static gsize
n_skill_values (const WfResults *self)
{
  return (gsize) WF_N_RUNS * self->n_years * self->n_skills * WF_N_SEXES * WF_N_SKILL_OUTPUTS;
}

static gsize
n_labour_values (const WfResults *self)
{
  return (gsize) WF_N_RUNS * self->n_years * WF_N_SEXES * WF_N_LABOUR_OUTPUTS;
}

WfResults *
wf_results_copy (const WfResults *self)
{
  WfResults *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = wf_results_new (self->base_year, self->horizon, self->n_sectors, self->n_skills);
  memcpy (copy->values, self->values, sizeof (double) * n_values (self));
  memcpy (copy->by_gradient, self->by_gradient, sizeof (double) * n_gradient_values (self));
  memcpy (copy->skills, self->skills, sizeof (double) * n_skill_values (self));
  memcpy (copy->labour, self->labour, sizeof (double) * n_labour_values (self));

  return copy;
}

void
wf_results_free (WfResults *self)
{
  if (self == NULL)
    return;

  g_free (self->values);
  g_free (self->by_gradient);
  g_free (self->skills);
  g_free (self->labour);
  g_free (self);
}

/* Bit-identical comparison: determinism is a property we test. */
gboolean
wf_results_equal (const WfResults *a,
                  const WfResults *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a->base_year == b->base_year && a->horizon == b->horizon &&
         a->n_sectors == b->n_sectors && a->n_skills == b->n_skills &&
         memcmp (a->values, b->values, sizeof (double) * n_values (a)) == 0 &&
         memcmp (a->by_gradient, b->by_gradient, sizeof (double) * n_gradient_values (a)) == 0 &&
         memcmp (a->skills, b->skills, sizeof (double) * n_skill_values (a)) == 0 &&
         memcmp (a->labour, b->labour, sizeof (double) * n_labour_values (a)) == 0;
}

static inline const double *
cell (const WfResults *self,
      WfRun            run,
      guint            year,
      guint            sector,
      guint            sex)
{
  return wf_results_cell ((WfResults *) self, run, year, sector, sex);
}

double
wf_results_get (const WfResults *self,
                WfRun            run,
                WfOutput         output,
                guint            year_index,
                int              sector,
                int              sex)
{
  double sum = 0.0;
  double weight = 0.0;
  gboolean share;

  g_return_val_if_fail (self != NULL, 0.0);
  g_return_val_if_fail (run < WF_N_RUNS && output < WF_N_OUTPUTS, 0.0);
  g_return_val_if_fail (year_index < self->n_years, 0.0);
  g_return_val_if_fail (sector >= -1 && sector < (int) self->n_sectors, 0.0);
  g_return_val_if_fail (sex == WF_SEX_ALL || (sex >= 0 && sex < WF_N_SEXES), 0.0);

  share = outputs[output].is_share;

  for (guint s = sector >= 0 ? (guint) sector : 0;
       s < (sector >= 0 ? (guint) sector + 1 : self->n_sectors); s++)
    {
      for (guint g = 0; g < WF_N_SEXES; g++)
        {
          const double *c;

          if (sex != WF_SEX_ALL && (guint) sex != g)
            continue;
          c = cell (self, run, year_index, s, g);
          if (share)
            {
              sum += c[output] * c[WF_OUTPUT_EMPLOYMENT];
              weight += c[WF_OUTPUT_EMPLOYMENT];
            }
          else
            sum += c[output];
        }
    }

  if (share)
    {
      /* A single empty cell still has a meaningful share (adoption). */
      if (weight > 0.0)
        return sum / weight;
      if (sector >= 0 && sex != WF_SEX_ALL)
        return cell (self, run, year_index, sector, sex)[output];
      return 0.0;
    }

  return sum;
}

double
wf_results_get_labour (const WfResults *self,
                       WfRun            run,
                       WfLabourOutput   output,
                       guint            year_index,
                       int              sex)
{
  double sum = 0.0;

  g_return_val_if_fail (self != NULL, 0.0);
  g_return_val_if_fail (run < WF_N_RUNS && output < WF_N_LABOUR_OUTPUTS, 0.0);
  g_return_val_if_fail (year_index < self->n_years, 0.0);
  g_return_val_if_fail (sex == WF_SEX_ALL || (sex >= 0 && sex < WF_N_SEXES), 0.0);

  if (sex != WF_SEX_ALL)
    return wf_results_labour_cell ((WfResults *) self, run, year_index, sex)[output];

  if (output == WF_LABOUR_UNEMPLOYMENT_RATE)
    {
      double force = wf_results_get_labour (self, run, WF_LABOUR_FORCE, year_index, WF_SEX_ALL);

      return force > 0.0
        ? wf_results_get_labour (self, run, WF_LABOUR_UNEMPLOYED, year_index, WF_SEX_ALL) / force
        : 0.0;
    }

  for (guint g = 0; g < WF_N_SEXES; g++)
    sum += wf_results_labour_cell ((WfResults *) self, run, year_index, g)[output];
  return sum;
}

double
wf_results_get_gradient (const WfResults *self,
                         WfRun            run,
                         guint            year_index,
                         int              sector,
                         int              sex,
                         guint            gradient)
{
  double sum = 0.0;

  g_return_val_if_fail (self != NULL, 0.0);
  g_return_val_if_fail (run < WF_N_RUNS && gradient < WF_N_GRADIENTS, 0.0);
  g_return_val_if_fail (year_index < self->n_years, 0.0);
  g_return_val_if_fail (sector >= -1 && sector < (int) self->n_sectors, 0.0);
  g_return_val_if_fail (sex == WF_SEX_ALL || (sex >= 0 && sex < WF_N_SEXES), 0.0);

  /* Straight to the cells asked for: one cell costs O(1), a sum over the
   * sectors O(sectors), never a scan of every sector for one of them. */
  for (guint s = sector >= 0 ? (guint) sector : 0;
       s < (sector >= 0 ? (guint) sector + 1 : self->n_sectors); s++)
    for (guint g = sex >= 0 ? (guint) sex : 0; g < (sex >= 0 ? (guint) sex + 1 : WF_N_SEXES); g++)
      {
        gsize index = (((gsize) run * self->n_years + year_index) * self->n_sectors + s) * WF_N_SEXES + g;

        sum += self->by_gradient[index * WF_N_GRADIENTS + gradient];
      }

  return sum;
}

double
wf_results_get_skill (const WfResults *self,
                      WfRun            run,
                      WfSkillOutput    output,
                      guint            year_index,
                      guint            skill,
                      int              sex)
{
  gsize base;

  g_return_val_if_fail (self != NULL, 0.0);
  g_return_val_if_fail (run < WF_N_RUNS && output < WF_N_SKILL_OUTPUTS, 0.0);
  g_return_val_if_fail (year_index < self->n_years && skill < self->n_skills, 0.0);
  g_return_val_if_fail (sex == WF_SEX_ALL || (sex >= 0 && sex < WF_N_SEXES), 0.0);

  base = (((gsize) run * self->n_years + year_index) * self->n_skills + skill) * WF_N_SEXES;

  if (sex != WF_SEX_ALL)
    return self->skills[(base + sex) * WF_N_SKILL_OUTPUTS + output];

  if (output == WF_SKILL_OUTPUT_DEMAND)
    {
      double sum = 0.0;

      for (guint g = 0; g < WF_N_SEXES; g++)
        sum += self->skills[(base + g) * WF_N_SKILL_OUTPUTS + WF_SKILL_OUTPUT_DEMAND];
      return sum;
    }
  else
    {
      double now = wf_results_get_skill (self, run, WF_SKILL_OUTPUT_DEMAND, year_index, skill, WF_SEX_ALL);
      double then = wf_results_get_skill (self, run, WF_SKILL_OUTPUT_DEMAND, 0, skill, WF_SEX_ALL);

      return then > 0.0 ? 100.0 * now / then : 0.0;
    }
}

double
wf_results_cumulative (const WfResults *self,
                       WfRun            run,
                       WfOutput         output,
                       guint            year_index,
                       int              sector,
                       int              sex)
{
  double sum = 0.0;

  g_return_val_if_fail (self != NULL, 0.0);
  g_return_val_if_fail (year_index < self->n_years, 0.0);

  for (guint y = 1; y <= year_index; y++)
    sum += wf_results_get (self, run, output, y, sector, sex);

  return sum;
}

/**
 * wf_results_displaced_out_of_work:
 * @self: results
 * @run: the scenario or its baseline
 * @year_index: the year
 * @sex: a sex, or %WF_SEX_ALL
 *
 * Returns: those laid off and not re-employed by @year_index, whether still
 *   looking for work or given up: the pools plus the cumulative leavers
 */
double
wf_results_displaced_out_of_work (const WfResults *self,
                                  WfRun            run,
                                  guint            year_index,
                                  int              sex)
{
  return wf_results_get (self, run, WF_OUTPUT_DISPLACED_POOL, year_index, -1, sex)
         + wf_results_cumulative (self, run, WF_OUTPUT_LEFT_LABOUR_FORCE, year_index, -1, sex);
}

/**
 * wf_results_headline:
 * @self: results
 * @out: (out caller-allocates): the headline indicators
 *
 * Fills the indicators the interface keeps in view, for the horizon year.
 */
void
wf_results_headline (const WfResults *self,
                     WfHeadline      *out)
{
  guint last;
  double displaced_known;
  double employed_known;

  g_return_if_fail (self != NULL);
  g_return_if_fail (out != NULL);

  last = self->n_years - 1;
  memset (out, 0, sizeof *out);
  out->horizon = self->horizon;
  out->net_jobs_vs_baseline =
    wf_results_get (self, WF_RUN_SCENARIO, WF_OUTPUT_EMPLOYMENT, last, -1, WF_SEX_ALL) -
    wf_results_get (self, WF_RUN_BASELINE, WF_OUTPUT_EMPLOYMENT, last, -1, WF_SEX_ALL);
  out->cumulative_displaced =
    wf_results_cumulative (self, WF_RUN_SCENARIO, WF_OUTPUT_DISPLACED, last, -1, WF_SEX_ALL);
  out->jobs_transformed = out->cumulative_displaced +
    wf_results_get (self, WF_RUN_SCENARIO, WF_OUTPUT_AUGMENTED, last, -1, WF_SEX_ALL);

  displaced_known =
    wf_results_cumulative (self, WF_RUN_SCENARIO, WF_OUTPUT_DISPLACED, last, -1, WF_SEX_WOMEN) +
    wf_results_cumulative (self, WF_RUN_SCENARIO, WF_OUTPUT_DISPLACED, last, -1, WF_SEX_MEN);
  out->women_share_of_displacement = displaced_known > 0.0
    ? wf_results_cumulative (self, WF_RUN_SCENARIO, WF_OUTPUT_DISPLACED, last, -1, WF_SEX_WOMEN) / displaced_known
    : NAN;

  employed_known =
    wf_results_get (self, WF_RUN_SCENARIO, WF_OUTPUT_EMPLOYMENT, 0, -1, WF_SEX_WOMEN) +
    wf_results_get (self, WF_RUN_SCENARIO, WF_OUTPUT_EMPLOYMENT, 0, -1, WF_SEX_MEN);
  out->women_share_of_employment = employed_known > 0.0
    ? wf_results_get (self, WF_RUN_SCENARIO, WF_OUTPUT_EMPLOYMENT, 0, -1, WF_SEX_WOMEN) / employed_known
    : NAN;

  out->displaced_looking =
    wf_results_get (self, WF_RUN_SCENARIO, WF_OUTPUT_DISPLACED_POOL, last, -1, WF_SEX_ALL);
  out->displaced_out_of_work = wf_results_displaced_out_of_work (self, WF_RUN_SCENARIO, last, WF_SEX_ALL);
  out->unemployment_rate =
    wf_results_get_labour (self, WF_RUN_SCENARIO, WF_LABOUR_UNEMPLOYMENT_RATE, last, WF_SEX_ALL);
  out->unemployment_rate_baseline =
    wf_results_get_labour (self, WF_RUN_BASELINE, WF_LABOUR_UNEMPLOYMENT_RATE, last, WF_SEX_ALL);
  out->skills_shortage =
    wf_results_get (self, WF_RUN_SCENARIO, WF_OUTPUT_SKILLS_SHORTAGE, last, -1, WF_SEX_ALL);

  out->digital_gap = wf_results_get (self, WF_RUN_SCENARIO, WF_OUTPUT_DIGITAL_GAP, last, -1, WF_SEX_ALL);
  out->digital_gap_women = wf_results_get (self, WF_RUN_SCENARIO, WF_OUTPUT_DIGITAL_GAP, last, -1, WF_SEX_WOMEN);
  out->digital_gap_men = wf_results_get (self, WF_RUN_SCENARIO, WF_OUTPUT_DIGITAL_GAP, last, -1, WF_SEX_MEN);
}

const char *
wf_output_to_id (WfOutput output)
{
  g_return_val_if_fail (output < WF_N_OUTPUTS, NULL);
  return outputs[output].id;
}

const char *
wf_output_to_string (WfOutput output)
{
  g_return_val_if_fail (output < WF_N_OUTPUTS, NULL);
  return _(outputs[output].name);
}

const char *
wf_output_get_unit (WfOutput output)
{
  g_return_val_if_fail (output < WF_N_OUTPUTS, NULL);
  return _(outputs[output].unit);
}

gboolean
wf_output_is_share (WfOutput output)
{
  g_return_val_if_fail (output < WF_N_OUTPUTS, FALSE);
  return outputs[output].is_share;
}

gboolean
wf_output_from_id (const char *id,
                   WfOutput   *out)
{
  int i = WF_ID_FIND (id, outputs, WfOutputInfo, id);

  if (i < 0)
    return FALSE;
  *out = i;
  return TRUE;
}

const char *
wf_labour_output_to_id (WfLabourOutput output)
{
  g_return_val_if_fail (output < WF_N_LABOUR_OUTPUTS, NULL);
  return labour_outputs[output].id;
}

const char *
wf_labour_output_to_string (WfLabourOutput output)
{
  g_return_val_if_fail (output < WF_N_LABOUR_OUTPUTS, NULL);
  return _(labour_outputs[output].name);
}

const char *
wf_labour_output_get_unit (WfLabourOutput output)
{
  g_return_val_if_fail (output < WF_N_LABOUR_OUTPUTS, NULL);
  return _(labour_outputs[output].unit);
}

gboolean
wf_labour_output_from_id (const char     *id,
                          WfLabourOutput *out)
{
  int i = WF_ID_FIND (id, labour_outputs, WfLabourOutputInfo, id);

  if (i < 0)
    return FALSE;
  *out = i;
  return TRUE;
}
