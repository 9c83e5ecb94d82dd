/* wf-model.c: the annual stock-flow projection with a labour market
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * docs/model.md writes out the equations implemented here; keep both true
 * to each other.
 */
#define G_LOG_DOMAIN "wf-model"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "wf-core-error.h"
#include "wf-model.h"

/* The lever values in model units. */
typedef struct
{
  double ceiling;        /* a_inf, share */
  double midpoint;       /* year */
  double speed;          /* per year */
  double lag;            /* effective SME lag in years, after support */
  double alpha[WF_N_GRADIENTS];
  double gain;           /* pi, share */
  double elasticity_scale;
  double new_work;       /* nu */
  double reskilling;     /* rho, share per year */
  double access[WF_N_SEXES]; /* gamma per sex */
  double upskilling;     /* u, share per year */
  double participation;  /* beta, share */
} Params;

/* Per sector and sex, the stocks carried from one year to the next. */
typedef struct
{
  double employment[WF_N_GRADIENTS];
  double pool_untrained;      /* laid off, not trained, still looking */
  double pool_trained;        /* laid off, reskilled, still looking */
  double digital_workforce;
  double shortage;            /* new-work openings left unfilled */
} CellState;

/* Per sector and sex, the flows of the year being projected. */
typedef struct
{
  double openings[WF_N_GRADIENTS];
  double openings_total;
  double separations;
  double trend;
  double demand;
  double displaced;
  double redeployed;
  double laid_off;
  double other_losses;
  double reskilled;
  double reemployed;
  double hires;
  double new_work;
  double created;             /* new-work openings created */
  double available;           /* new-work openings on offer */
  double left;
  double employed_prev;       /* employment at the end of the previous year */
  double augmented;           /* augmented jobs at the end of the year */
  double requirement;         /* share of jobs needing digital skills, end of year */
} CellFlows;

/* Per sex, the labour market outside the cells. */
typedef struct
{
  double labour_force;
  double other_ready;         /* other job seekers ready for new work */
  double other_unready;       /* other job seekers */
} SexState;

/* Per sector, what one year hands the next. */
typedef struct
{
  double augmentation;        /* P_aug of the year */
  double automation;          /* P_auto of the year */
  double skill_share;         /* realised share of augmented workers with digital skills */
  double coverage[WF_N_SEXES];/* base-year digital workforce / requirement, per sex */
  double base_productivity;   /* P_aug * P_auto at the base year */
  double fractions[WF_N_GRADIENTS]; /* augmented fraction of each gradient, this year */
  double aug_at_base[WF_N_SEXES];
} SectorState;

/* The largest dataset a projection handles on the stack; larger ones are
 * allocated. 64 sectors covers every ILOSTAT classification. */
#define STACK_SECTORS 64
#define STACK_SKILLS 32

static void
params_init (Params           *p,
             const WfDataset  *dataset,
             const WfScenario *scenario)
{
  const double *v = scenario->values;
  double women = wf_dataset_total_employment (dataset, WF_SEX_WOMEN);
  double men = wf_dataset_total_employment (dataset, WF_SEX_MEN);
  double phi;

  p->ceiling = v[WF_LEVER_ADOPTION_CEILING] / 100.0;
  p->midpoint = v[WF_LEVER_ADOPTION_MIDPOINT];
  p->speed = v[WF_LEVER_ADOPTION_SPEED];
  p->lag = v[WF_LEVER_SME_LAG] * (1.0 - v[WF_LEVER_SME_SUPPORT] / 100.0);
  for (guint k = 0; k < WF_N_GRADIENTS; k++)
    p->alpha[k] = dataset->automation_profile[k] * v[WF_LEVER_AUTOMATION_SHARE] / 100.0;
  p->gain = v[WF_LEVER_AUGMENTATION_GAIN] / 100.0;
  p->elasticity_scale = v[WF_LEVER_DEMAND_ELASTICITY];
  p->new_work = v[WF_LEVER_NEW_WORK_RATE];
  p->reskilling = v[WF_LEVER_RESKILLING] / 100.0;
  p->upskilling = v[WF_LEVER_DIGITAL_UPSKILLING] / 100.0;
  p->participation = v[WF_LEVER_WORKER_PARTICIPATION] / 100.0;

  /* Workers whose sex the source does not give get the access of the
   * dataset's known mix of women and men (an even mix when none is known). */
  phi = (women + men) > 0.0 ? women / (women + men) : 0.5;
  p->access[WF_SEX_WOMEN] = v[WF_LEVER_WOMEN_TRAINING_ACCESS];
  p->access[WF_SEX_MEN] = 1.0;
  p->access[WF_SEX_UNKNOWN] = phi * p->access[WF_SEX_WOMEN] + (1.0 - phi);
}

static double
logistic (const Params *p,
          double        year)
{
  return p->ceiling / (1.0 + exp (-p->speed * (year - p->midpoint)));
}

/* Augmented jobs gain pi on their exposed tasks (theta[k]), and only as far
 * as their workers have the digital skills to use the tools
 * (skill_share); relative to no adoption. */
static inline double
augmentation_factor (const WfDataset *dataset,
                     const Params    *p,
                     const double    *mix,
                     double           a,
                     double           skill_share)
{
  double gain = 0.0;

  for (guint k = 1; k < WF_N_GRADIENTS; k++)
    gain += mix[k] * (1.0 - p->alpha[k]) * a * dataset->task_share[k];

  return 1.0 + p->gain * gain * skill_share;
}

/* An automated share of the work keeps its output with no labour. */
static inline double
automation_factor (const Params *p,
                   const double *mix,
                   double        a)
{
  double automated = 0.0;

  for (guint k = 1; k < WF_N_GRADIENTS; k++)
    automated += mix[k] * p->alpha[k] * a;

  return 1.0 / (1.0 - automated);
}

/* Unit cost relative to no adoption: labour's share falls with labour
 * productivity, the rest of the costs stays. */
static inline double
unit_cost (double labour_share,
           double productivity)
{
  return labour_share / productivity + (1.0 - labour_share);
}

static inline double
augmented_fraction (double alpha,
                    double a)
{
  /* Of the original gradient-k jobs, alpha*a are automated and (1-alpha)*a
   * augmented; of those that remain, this fraction is augmented. */
  return a * (1.0 - alpha) / (1.0 - alpha * a);
}

static inline double
cell_total (const CellState *state)
{
  double total = 0.0;

  for (guint k = 0; k < WF_N_GRADIENTS; k++)
    total += state->employment[k];
  return total;
}

/* The augmented fraction of each gradient's jobs at adoption a, the same
 * for every sex: computed once per sector and year. */
static inline void
augmented_fractions (const Params *p,
                     double        a,
                     double       *fractions)
{
  fractions[0] = 0.0;
  for (guint k = 1; k < WF_N_GRADIENTS; k++)
    fractions[k] = augmented_fraction (p->alpha[k], a);
}

static inline double
cell_augmented (const CellState *state,
                const double    *fractions)
{
  double augmented = 0.0;

  for (guint k = 1; k < WF_N_GRADIENTS; k++)
    augmented += state->employment[k] * fractions[k];
  return augmented;
}

/* The share of jobs needing digital skills: the observed share, rising by
 * the digitalisation trend and with the share of jobs that adoption has
 * changed since the base year. */
static inline double
digital_requirement (const WfSector *sector,
                     guint           g,
                     guint           y,
                     double          augmented_share,
                     double          augmented_share_at_base)
{
  double requirement = sector->digital_requirement[g] + sector->digitalisation_trend * y;

  requirement = MIN (requirement, 1.0);
  requirement += (1.0 - requirement) * (augmented_share - augmented_share_at_base);
  return CLAMP (requirement, 0.0, 1.0);
}

/* The augmented jobs of a cell and the share of its jobs that need digital
 * skills, at the end of year y. */
static inline double
cell_requirement (const WfDataset   *dataset,
                  const SectorState *sector_state,
                  const CellState   *state,
                  guint              s,
                  guint              g,
                  guint              y,
                  double            *augmented)
{
  double total = cell_total (state);

  *augmented = cell_augmented (state, sector_state->fractions);
  return digital_requirement (&dataset->sectors[s], g, y, total > 0.0 ? *augmented / total : 0.0,
                              sector_state->aug_at_base[g]);
}

/* The skill content of a job in each gradient of sector @s at adoption @a,
 * the same for every sex: computed once per sector and year. */
static void
skill_content (const WfDataset *dataset,
               guint            s,
               double           a,
               double          *content)  /* [WF_N_GRADIENTS * n_skills] */
{
  guint n_skills = dataset->n_skills;
  const double *q = dataset->sectors[s].skill_intensity;

  for (guint k = 0; k < WF_N_GRADIENTS; k++)
    for (guint j = 0; j < n_skills; j++)
      {
        double value = q[j] + (k > 0 ? dataset->skill_shift[k * n_skills + j] * a : 0.0);

        content[k * n_skills + j] = CLAMP (value, 0.0, 1.0);
      }
}

static void
record_skills (const WfDataset *dataset,
               WfResults       *results,
               WfRun            run,
               guint            y,
               guint            g,
               const double    *employment,
               const double    *content)
{
  guint n_skills = dataset->n_skills;
  gsize base = (((gsize) run * results->n_years + y) * n_skills) * WF_N_SEXES;

  for (guint j = 0; j < n_skills; j++)
    {
      double demand = 0.0;

      for (guint k = 0; k < WF_N_GRADIENTS; k++)
        demand += employment[k] * content[k * n_skills + j];
      results->skills[(base + (gsize) j * WF_N_SEXES + g) * WF_N_SKILL_OUTPUTS
                      + WF_SKILL_OUTPUT_DEMAND] += demand;
    }
}

/* The stocks of a cell at the end of year y, and the flows of its year. */
static void
record_cell (const WfDataset   *dataset,
             const Params      *p,
             WfResults         *results,
             WfRun              run,
             guint              y,
             guint              s,
             guint              g,
             const CellState   *state,
             const CellFlows   *flows,
             const SectorState *sector_state,
             double             a,
             const double      *content)
{
  double *out = wf_results_cell (results, run, y, s, g);
  const WfSector *sector = &dataset->sectors[s];
  double total = cell_total (state);
  double augmented;
  double requirement;
  gsize gi;

  out[WF_OUTPUT_ADOPTION] = a;
  out[WF_OUTPUT_PRODUCTIVITY] = sector_state->augmentation * sector_state->automation
                                / sector_state->base_productivity;

  /* A cell nobody works in, nobody looks for work from and no opening is
   * left in (the unknown sex of a dataset with a split) stays zero. */
  if (total == 0.0 && state->pool_trained == 0.0 && state->pool_untrained == 0.0 &&
      state->shortage == 0.0 && (flows == NULL || flows->left == 0.0))
    {
      out[WF_OUTPUT_DIGITAL_REQUIREMENT] = digital_requirement (sector, g, y, 0.0, 0.0);
      return;
    }

  /* The year's step has worked them out already (see step 5). */
  if (flows != NULL)
    {
      augmented = flows->augmented;
      requirement = flows->requirement;
    }
  else
    requirement = cell_requirement (dataset, sector_state, state, s, g, y, &augmented);

  out[WF_OUTPUT_EMPLOYMENT] = total;
  out[WF_OUTPUT_AUGMENTED] = augmented;
  out[WF_OUTPUT_POOL_TRAINED] = state->pool_trained;
  out[WF_OUTPUT_POOL_UNTRAINED] = state->pool_untrained;
  out[WF_OUTPUT_DISPLACED_POOL] = state->pool_trained + state->pool_untrained;
  out[WF_OUTPUT_DIGITAL_REQUIREMENT] = requirement;
  out[WF_OUTPUT_DIGITAL_JOBS] = requirement * total;
  out[WF_OUTPUT_DIGITAL_WORKFORCE] = state->digital_workforce;
  /* Skilled workers beyond a cell's requirement do not fill another cell's
   * jobs: the gap is the cell's unmet requirement, never negative. */
  out[WF_OUTPUT_DIGITAL_GAP] = MAX (0.0, requirement * total - state->digital_workforce);
  if (flows != NULL)
    {
      out[WF_OUTPUT_TREND] = flows->trend;
      out[WF_OUTPUT_DEMAND_EFFECT] = flows->demand;
      out[WF_OUTPUT_DISPLACED] = flows->displaced;
      out[WF_OUTPUT_REDEPLOYED] = flows->redeployed;
      out[WF_OUTPUT_LAID_OFF] = flows->laid_off;
      out[WF_OUTPUT_RESKILLED] = flows->reskilled;
      out[WF_OUTPUT_REEMPLOYED] = flows->reemployed;
      out[WF_OUTPUT_NEW_WORK] = flows->new_work;
      out[WF_OUTPUT_LEFT_LABOUR_FORCE] = flows->left;
      out[WF_OUTPUT_SEPARATIONS] = flows->separations;
      out[WF_OUTPUT_OPENINGS] = flows->openings_total;
      out[WF_OUTPUT_HIRES] = flows->hires;
      out[WF_OUTPUT_OTHER_JOB_LOSSES] = flows->other_losses;
      out[WF_OUTPUT_NEW_WORK_CREATED] = flows->created;
    }
  out[WF_OUTPUT_SKILLS_SHORTAGE] = state->shortage;
  if (flows != NULL)
    {
    }

  gi = (((gsize) run * results->n_years + y) * results->n_sectors + s) * WF_N_SEXES + g;
  memcpy (results->by_gradient + gi * WF_N_GRADIENTS, state->employment,
          sizeof state->employment);

  record_skills (dataset, results, run, y, g, state->employment, content);
}

static void
record_labour (WfResults      *results,
               WfRun           run,
               guint           y,
               guint           g,
               const SexState *sex,
               double          pools,
               double          entrants,
               double          retirements,
               double          left,
               double          unfilled)
{
  double *out = wf_results_labour_cell (results, run, y, g);
  double other = sex->other_ready + sex->other_unready;

  out[WF_LABOUR_FORCE] = sex->labour_force;
  out[WF_LABOUR_OTHER_UNEMPLOYED] = other;
  out[WF_LABOUR_UNEMPLOYED] = other + pools;
  out[WF_LABOUR_UNEMPLOYMENT_RATE] = sex->labour_force > 0.0 ? (other + pools) / sex->labour_force : 0.0;
  out[WF_LABOUR_ENTRANTS] = entrants;
  out[WF_LABOUR_RETIREMENTS] = retirements;
  out[WF_LABOUR_LEFT] = left;
  out[WF_LABOUR_UNFILLED] = unfilled;
}

/* The hiring rates of two groups of job seekers competing for @openings:
 * n_full at full weight, n_low at weight h (0 <= h <= 1). Each rate is at
 * most 1; together they fill min (openings, n_full + n_low). */
static void
hiring_rates (double  openings,
              double  n_full,
              double  n_low,
              double  h,
              double *rate_full,
              double *rate_low)
{
  double weighted = n_full + h * n_low;

  g_assert (h >= 0.0 && h <= 1.0);

  if (openings <= 0.0 || n_full + n_low <= 0.0)
    {
      *rate_full = *rate_low = 0.0;
      return;
    }
  if (openings >= n_full + n_low)
    {
      *rate_full = n_full > 0.0 ? 1.0 : 0.0;
      *rate_low = n_low > 0.0 ? 1.0 : 0.0;
      return;
    }
  if (weighted > 0.0 && openings <= weighted)
    {
      double theta = openings / weighted;

      *rate_full = n_full > 0.0 ? theta : 0.0;
      *rate_low = n_low > 0.0 ? h * theta : 0.0;
      return;
    }
  /* Every full-weight seeker is hired; the rest of the openings go to the
   * others. */
  *rate_full = n_full > 0.0 ? 1.0 : 0.0;
  *rate_low = n_low > 0.0 ? CLAMP ((openings - n_full) / n_low, 0.0, 1.0) : 0.0;
}

/* One run: the scenario, or with hold_adoption its baseline, where adoption
 * stays at its base-year level in every sector. */
static void
project_run (const WfDataset *dataset,
             const Params    *p,
             WfResults       *results,
             WfRun            run,
             gboolean         hold_adoption,
             double          *adoption,      /* [n_years * n_sectors] scratch */
             CellState       *states,        /* [n_sectors * WF_N_SEXES] scratch */
             CellFlows       *flows,         /* [n_sectors * WF_N_SEXES] scratch */
             SectorState     *sectors,       /* [n_sectors] scratch */
             double          *mixes,         /* [n_sectors * WF_N_GRADIENTS] scratch */
             double          *content)       /* [WF_N_GRADIENTS * n_skills] scratch */
{
  guint n_sectors = dataset->n_sectors;
  guint n_years = results->n_years;
  int base_year = dataset->base_year;
  double c = dataset->replacement_rate;
  double h = dataset->untrained_hiring_weight;
  double leave = dataset->discouragement_rate;
  double lapse = dataset->shortage_lapse_rate;
  SexState sexes[WF_N_SEXES];
  double basic_share[WF_N_SEXES];
  double untrained_share[WF_N_SEXES];  /* (1 - u * gamma)^y */
  double advanced_share[WF_N_SEXES];   /* psi / digital share, at most 1 */

  /* Adoption per year and sector: large firms follow the S-curve, small and
   * medium ones trail by the lag. */
  for (guint y = 0; y < n_years; y++)
    {
      double t = hold_adoption ? base_year : (double) (base_year + (int) y);
      double large = logistic (p, t);
      double small = logistic (p, t - p->lag);

      for (guint s = 0; s < n_sectors; s++)
        {
          double m = dataset->sectors[s].sme_share;

          adoption[y * n_sectors + s] = (1.0 - m) * large + m * small;
        }
    }

  /* Base year: the observed state. The labour force is employment plus
   * unemployment, so that the identity holds from the start. */
  for (guint g = 0; g < WF_N_SEXES; g++)
    {
      double unemployed = dataset->unemployed[g];

      sexes[g].labour_force = wf_dataset_total_employment (dataset, (int) g) + unemployed;
      sexes[g].other_ready = unemployed * dataset->new_work_ready[g];
      sexes[g].other_unready = unemployed - sexes[g].other_ready;
      basic_share[g] = wf_dataset_digital_share (dataset, (int) g);
      untrained_share[g] = 1.0;
      advanced_share[g] = basic_share[g] > 0.0 ? MIN (1.0, dataset->new_work_ready[g] / basic_share[g]) : 1.0;
    }

  for (guint s = 0; s < n_sectors; s++)
    {
      const WfSector *sector = &dataset->sectors[s];
      SectorState *ss = &sectors[s];
      double *mix = mixes + s * WF_N_GRADIENTS;
      double total = 0.0;
      double a0 = adoption[s];

      memset (mix, 0, sizeof (double) * WF_N_GRADIENTS);
      memset (ss, 0, sizeof *ss);
      augmented_fractions (p, a0, ss->fractions);

      for (guint g = 0; g < WF_N_SEXES; g++)
        {
          CellState *state = &states[s * WF_N_SEXES + g];
          double e0 = sector->employment[g];

          for (guint k = 0; k < WF_N_GRADIENTS; k++)
            {
              state->employment[k] = e0 * sector->exposure[g][k];
              mix[k] += state->employment[k];
            }
          state->pool_untrained = state->pool_trained = state->shortage = 0.0;
          state->digital_workforce = e0 * sector->digital_workforce[g];
          ss->aug_at_base[g] = e0 > 0.0 ? cell_augmented (state, ss->fractions) / e0 : 0.0;
          total += e0;
        }

      for (guint k = 0; k < WF_N_GRADIENTS; k++)
        mix[k] = total > 0.0 ? mix[k] / total : 0.0;

      for (guint g = 0; g < WF_N_SEXES; g++)
        ss->coverage[g] = sector->digital_requirement[g] > 0.0
                          ? MIN (1.0, sector->digital_workforce[g] / sector->digital_requirement[g])
                          : 1.0;
      {
        double covered = 0.0;

        for (guint g = 0; g < WF_N_SEXES; g++)
          covered += sector->employment[g] * ss->coverage[g];
        ss->skill_share = total > 0.0 ? covered / total : 1.0;
      }
      ss->augmentation = augmentation_factor (dataset, p, mix, a0, ss->skill_share);
      ss->automation = automation_factor (p, mix, a0);
      ss->base_productivity = ss->augmentation * ss->automation;

      skill_content (dataset, s, a0, content);
      for (guint g = 0; g < WF_N_SEXES; g++)
        record_cell (dataset, p, results, run, 0, s, g, &states[s * WF_N_SEXES + g], NULL,
                     ss, a0, content);
    }

  for (guint g = 0; g < WF_N_SEXES; g++)
    record_labour (results, run, 0, g, &sexes[g], 0.0, 0.0, 0.0, 0.0, 0.0);

  for (guint y = 1; y < n_years; y++)
    {
      double ready[WF_N_SEXES];
      double entrants[WF_N_SEXES];
      double retirements[WF_N_SEXES];
      double left[WF_N_SEXES];
      double unfilled[WF_N_SEXES];
      double pools[WF_N_SEXES];

      memset (flows, 0, sizeof (CellFlows) * n_sectors * WF_N_SEXES);
      for (guint g = 0; g < WF_N_SEXES; g++)
        untrained_share[g] *= 1.0 - MIN (1.0, p->upskilling * p->access[g]);

      /* 1. Jobs: separations, trend, demand and automation, cell by cell. */
      for (guint s = 0; s < n_sectors; s++)
        {
          const WfSector *sector = &dataset->sectors[s];
          SectorState *ss = &sectors[s];
          const double *mix = mixes + s * WF_N_GRADIENTS;
          double a_prev = adoption[(y - 1) * n_sectors + s];
          double a = adoption[y * n_sectors + s];
          double delta_a = a - a_prev;
          double eps = sector->elasticity * p->elasticity_scale;
          double aug_now = augmentation_factor (dataset, p, mix, a, ss->skill_share);
          double auto_now = automation_factor (p, mix, a);
          double cost_prev = unit_cost (sector->labour_cost_share, ss->augmentation * ss->automation);
          double cost_now = unit_cost (sector->labour_cost_share, aug_now * auto_now);
          double demand_factor;
          double displaced = 0.0;
          double employed_prev = 0.0;
          double phi[WF_N_GRADIENTS];

          /* Prices fall by the labour cost share of the productivity gain,
           * output responds with elasticity eps, and employment follows
           * output over the productivity of augmented work. Automation's
           * labour saving is the displacement below, so it enters only
           * through prices. With s_L = 1 and no automation this is
           * Bessen's (1 + dP)^(eps - 1). */
          demand_factor = pow (cost_now / cost_prev, -eps) * (ss->augmentation / aug_now);

          for (guint k = 0; k < WF_N_GRADIENTS; k++)
            phi[k] = (k > 0 && p->alpha[k] > 0.0 && delta_a > 0.0)
                     ? p->alpha[k] * delta_a / (1.0 - p->alpha[k] * a_prev) : 0.0;

          for (guint g = 0; g < WF_N_SEXES; g++)
            {
              CellState *state = &states[s * WF_N_SEXES + g];
              CellFlows *f = &flows[s * WF_N_SEXES + g];
              double e_total = cell_total (state);
              double skilled_share = e_total > 0.0 ? MIN (1.0, state->digital_workforce / e_total) : 0.0;
              double exits = 0.0;

              employed_prev += e_total;
              f->employed_prev = e_total;
              for (guint k = 0; k < WF_N_GRADIENTS; k++)
                {
                  double e = state->employment[k];
                  double sep = c * e;
                  double change = e * (sector->trend_growth + demand_factor - 1.0);
                  /* Automation takes a share phi of the jobs after trend
                   * and demand (so the cumulative automated share of the
                   * gradient's jobs is alpha * A), from the incumbents who
                   * did not leave; the jobs that remain and nobody holds
                   * are the openings. */
                  double d = MIN ((e + change) * phi[k], e - sep);
                  double stay = e - sep - d;
                  double open = MAX (0.0, e + change - d) - stay;

                  /* A sector shrinking faster than its exits lays off the
                   * rest; it never goes below zero jobs. */
                  if (open < 0.0)
                    {
                      double loss = MIN (-open, stay);

                      f->other_losses += loss;
                      stay -= loss;
                      open = 0.0;
                    }

                  state->employment[k] = stay;
                  f->openings[k] = open;
                  f->openings_total += open;
                  f->separations += sep;
                  f->trend += e * sector->trend_growth;
                  f->demand += e * (demand_factor - 1.0);
                  f->displaced += d;
                }

              /* Redeployed workers stay in augmented roles: gradient 1,
               * where tasks vary most and little is automated. */
              f->redeployed = p->participation * f->displaced;
              f->laid_off = f->displaced - f->redeployed;
              state->employment[1] += f->redeployed;
              displaced += f->displaced;

              exits = f->separations + f->laid_off + f->other_losses;
              state->digital_workforce = MAX (0.0, state->digital_workforce - skilled_share * exits);
            }

          /* New work (reinstatement): new tasks around AI, in proportion to
           * the work AI takes over, by automation (the displaced) and by
           * augmentation (the labour its tasks would save at constant
           * output, whether or not the workers have the skills yet: new
           * tasks follow adoption). It is offered to each sex in
           * proportion to its share of the sector's jobs, as ordinary
           * openings are; openings left unfilled stay on offer, less
           * those that lapse. */
          {
            double potential = augmentation_factor (dataset, p, mix, a_prev, 1.0)
                               / augmentation_factor (dataset, p, mix, a, 1.0);
            double created = p->new_work * (displaced + MAX (0.0, employed_prev * (1.0 - potential)));

            for (guint g = 0; g < WF_N_SEXES; g++)
              {
                CellState *state = &states[s * WF_N_SEXES + g];
                CellFlows *f = &flows[s * WF_N_SEXES + g];
                double share = employed_prev > 0.0 ? f->employed_prev / employed_prev : 0.0;

                f->created = created * share;
                f->available = f->created + state->shortage * (1.0 - lapse);
              }
          }

          ss->augmentation = aug_now;
          ss->automation = auto_now;
          augmented_fractions (p, a, ss->fractions);
        }

      /* 2. Job seekers: reskilling of those laid off before this year,
       * then this year's layoffs, entrants and upskilling. */
      for (guint g = 0; g < WF_N_SEXES; g++)
        {
          SexState *sex = &sexes[g];
          double training = MIN (1.0, p->reskilling * p->access[g]);
          double upskilling = MIN (1.0, p->upskilling * p->access[g]);
          double other_losses = 0.0;
          double moved;

          retirements[g] = 0.0;
          for (guint s = 0; s < n_sectors; s++)
            {
              CellState *state = &states[s * WF_N_SEXES + g];
              CellFlows *f = &flows[s * WF_N_SEXES + g];

              f->reskilled = training * state->pool_untrained;
              state->pool_untrained += f->laid_off - f->reskilled;
              state->pool_trained += f->reskilled;
              retirements[g] += f->separations;
              other_losses += f->other_losses;
            }

          /* Entrants replace those who left jobs for good and grow the
           * labour force at its trend. */
          entrants[g] = dataset->labour_force_growth[g] * sex->labour_force + retirements[g];
          sex->labour_force += entrants[g] - retirements[g];
          sex->other_ready += (entrants[g] + other_losses) * dataset->new_work_ready[g];
          sex->other_unready += (entrants[g] + other_losses) * (1.0 - dataset->new_work_ready[g]);
          /* Digital training reaches job seekers too, but of those it
           * trains only as many reach what new work needs as the advanced
           * share among the digitally skilled (psi / the base-year digital
           * share): basic digital skills do not make an AI specialist. */
          moved = upskilling * sex->other_unready * advanced_share[g];
          sex->other_unready -= moved;
          sex->other_ready += moved;

          ready[g] = sex->other_ready;
          for (guint s = 0; s < n_sectors; s++)
            ready[g] += states[s * WF_N_SEXES + g].pool_trained;
        }

      /* 3. New work goes to the job seekers ready for it; what they
       * cannot fill is the skills shortage. */
      for (guint g = 0; g < WF_N_SEXES; g++)
        {
          double available = 0.0;
          double filled, fill, rate;

          for (guint s = 0; s < n_sectors; s++)
            available += flows[s * WF_N_SEXES + g].available;
          filled = MIN (available, ready[g]);
          fill = available > 0.0 ? filled / available : 0.0;
          rate = ready[g] > 0.0 ? filled / ready[g] : 0.0;

          for (guint s = 0; s < n_sectors; s++)
            {
              CellState *state = &states[s * WF_N_SEXES + g];
              CellFlows *f = &flows[s * WF_N_SEXES + g];
              double hired_from_pool = rate * state->pool_trained;

              f->new_work = fill * f->available;
              state->shortage = f->available - f->new_work;
              state->employment[1] += f->new_work;
              state->digital_workforce += f->new_work;
              state->pool_trained -= hired_from_pool;
              f->reemployed += hired_from_pool;
            }
          sexes[g].other_ready -= rate * sexes[g].other_ready;
        }

      /* 4. Ordinary openings, sex by sex: every job seeker competes, those
       * laid off without training at a lower weight. Nobody is hired into
       * a job that does not exist. */
      for (guint g = 0; g < WF_N_SEXES; g++)
        {
          SexState *sex = &sexes[g];
          double openings = 0.0;
          double trained = 0.0;
          double untrained = 0.0;
          double rate_full, rate_low;
          double full, hired, skilled_hires, fill;

          for (guint s = 0; s < n_sectors; s++)
            {
              openings += flows[s * WF_N_SEXES + g].openings_total;
              trained += states[s * WF_N_SEXES + g].pool_trained;
              untrained += states[s * WF_N_SEXES + g].pool_untrained;
            }

          full = sex->other_ready + sex->other_unready + trained;
          hiring_rates (openings, full, untrained, h, &rate_full, &rate_low);
          hired = rate_full * full + rate_low * untrained;
          unfilled[g] = openings - hired;
          fill = openings > 0.0 ? hired / openings : 0.0;
          /* Digitally skilled hires: the trained and those ready for new
           * work, and of the others the sex's base-year share. */
          skilled_hires = rate_full * (sex->other_ready + trained)
                          + basic_share[g] * (rate_full * sex->other_unready + rate_low * untrained);

          sex->other_ready -= rate_full * sex->other_ready;
          sex->other_unready -= rate_full * sex->other_unready;

          for (guint s = 0; s < n_sectors; s++)
            {
              CellState *state = &states[s * WF_N_SEXES + g];
              CellFlows *f = &flows[s * WF_N_SEXES + g];
              double from_trained = rate_full * state->pool_trained;
              double from_untrained = rate_low * state->pool_untrained;

              for (guint k = 0; k < WF_N_GRADIENTS; k++)
                state->employment[k] += fill * f->openings[k];
              f->hires = fill * f->openings_total;
              if (hired > 0.0)
                state->digital_workforce += f->hires * skilled_hires / hired;

              state->pool_trained -= from_trained;
              state->pool_untrained -= from_untrained;
              f->reemployed += from_trained + from_untrained;
            }
        }

      /* 5. Displaced workers still looking leave the labour force at the
       * discouragement rate; then upskilling of workers in jobs that need
       * digital skills they lack. */
      for (guint g = 0; g < WF_N_SEXES; g++)
        {
          double upskilling = MIN (1.0, p->upskilling * p->access[g]);

          left[g] = pools[g] = 0.0;
          for (guint s = 0; s < n_sectors; s++)
            {
              CellState *state = &states[s * WF_N_SEXES + g];
              CellFlows *f = &flows[s * WF_N_SEXES + g];
              double out_trained = leave * state->pool_trained;
              double out_untrained = leave * state->pool_untrained;
              double total;

              state->pool_trained -= out_trained;
              state->pool_untrained -= out_untrained;
              f->left = out_trained + out_untrained;
              left[g] += f->left;
              pools[g] += state->pool_trained + state->pool_untrained;

              total = cell_total (state);
              f->requirement = cell_requirement (dataset, &sectors[s], state, s, g, y, &f->augmented);
              state->digital_workforce += upskilling * MAX (0.0, f->requirement * total - state->digital_workforce);
              state->digital_workforce = MIN (state->digital_workforce, total);
            }
          sexes[g].labour_force -= left[g];
        }

      /* 6. Record, and hand the realised skill share to the next year. */
      for (guint s = 0; s < n_sectors; s++)
        {
          SectorState *ss = &sectors[s];
          double a = adoption[y * n_sectors + s];

          skill_content (dataset, s, a, content);
          for (guint g = 0; g < WF_N_SEXES; g++)
            record_cell (dataset, p, results, run, y, s, g, &states[s * WF_N_SEXES + g],
                         &flows[s * WF_N_SEXES + g], ss, a, content);

          /* The share of augmented workers with the skills to use the
           * tools: each sex's base-year coverage of its requirement, its
           * shortfall closing at the upskilling rate. It follows the
           * training of the incumbents, not who fills the openings, so
           * that reskilling cannot shrink openings through prices. */
          {
            double covered = 0.0;
            double weight = 0.0;

            for (guint g = 0; g < WF_N_SEXES; g++)
              {
                double e0 = dataset->sectors[s].employment[g];
                double coverage = 1.0 - (1.0 - ss->coverage[g]) * untrained_share[g];

                covered += e0 * coverage;
                weight += e0;
              }
            ss->skill_share = weight > 0.0 ? covered / weight : 1.0;
          }
        }

      for (guint g = 0; g < WF_N_SEXES; g++)
        record_labour (results, run, y, g, &sexes[g], pools[g], entrants[g], retirements[g],
                       left[g], unfilled[g]);
    }

  /* Skill indices relative to the base year. */
  for (guint y = 0; y < n_years; y++)
    for (guint j = 0; j < dataset->n_skills; j++)
      for (guint g = 0; g < WF_N_SEXES; g++)
        {
          gsize now = ((((gsize) run * n_years + y) * dataset->n_skills + j) * WF_N_SEXES + g)
                      * WF_N_SKILL_OUTPUTS;
          gsize then = ((((gsize) run * n_years) * dataset->n_skills + j) * WF_N_SEXES + g)
                       * WF_N_SKILL_OUTPUTS;
          double base = results->skills[then + WF_SKILL_OUTPUT_DEMAND];

          results->skills[now + WF_SKILL_OUTPUT_INDEX] =
            base > 0.0 ? 100.0 * results->skills[now + WF_SKILL_OUTPUT_DEMAND] / base : 0.0;
        }
}

/**
 * wf_model_project_into:
 * @dataset: a valid dataset
 * @scenario: the scenario to project
 * @results: results sized for @dataset and the scenario's horizon
 * @error: return location for an error
 *
 * Projects the scenario and its baseline, overwriting @results.
 *
 * Returns: %TRUE on success
 */
gboolean
wf_model_project_into (const WfDataset   *dataset,
                       const WfScenario  *scenario,
                       WfResults         *results,
                       GError           **error)
{
  Params p;
  guint n_sectors;
  guint n_years;
  double stack_adoption[STACK_SECTORS * (WF_MAX_HORIZON_SPAN + 1)];
  CellState stack_states[STACK_SECTORS * WF_N_SEXES];
  CellFlows stack_flows[STACK_SECTORS * WF_N_SEXES];
  SectorState stack_sectors[STACK_SECTORS];
  double stack_mixes[STACK_SECTORS * WF_N_GRADIENTS];
  double stack_content[WF_N_GRADIENTS * STACK_SKILLS];
  g_autofree double *heap_adoption = NULL;
  g_autofree CellState *heap_states = NULL;
  g_autofree CellFlows *heap_flows = NULL;
  g_autofree SectorState *heap_sectors = NULL;
  g_autofree double *heap_mixes = NULL;
  g_autofree double *heap_content = NULL;
  double *adoption = stack_adoption;
  CellState *states = stack_states;
  CellFlows *flows = stack_flows;
  SectorState *sectors = stack_sectors;
  double *mixes = stack_mixes;
  double *content = stack_content;

  g_return_val_if_fail (dataset != NULL, FALSE);
  g_return_val_if_fail (scenario != NULL, FALSE);
  g_return_val_if_fail (results != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!wf_scenario_validate (scenario, dataset->base_year, error))
    return FALSE;

  n_sectors = dataset->n_sectors;
  n_years = (guint) (scenario->horizon - dataset->base_year + 1);

  g_return_val_if_fail (results->base_year == dataset->base_year, FALSE);
  g_return_val_if_fail (results->n_years == n_years, FALSE);
  g_return_val_if_fail (results->n_sectors == n_sectors, FALSE);
  g_return_val_if_fail (results->n_skills == dataset->n_skills, FALSE);

  if (n_sectors > STACK_SECTORS)
    {
      adoption = heap_adoption = g_new (double, (gsize) n_sectors * n_years);
      states = heap_states = g_new (CellState, (gsize) n_sectors * WF_N_SEXES);
      flows = heap_flows = g_new (CellFlows, (gsize) n_sectors * WF_N_SEXES);
      sectors = heap_sectors = g_new (SectorState, n_sectors);
      mixes = heap_mixes = g_new (double, (gsize) n_sectors * WF_N_GRADIENTS);
    }
  if (dataset->n_skills > STACK_SKILLS)
    content = heap_content = g_new (double, (gsize) WF_N_GRADIENTS * dataset->n_skills);

  memset (results->values, 0, sizeof (double) * WF_N_RUNS * n_years * n_sectors
                              * WF_N_SEXES * WF_N_OUTPUTS);
  memset (results->skills, 0, sizeof (double) * WF_N_RUNS * n_years * dataset->n_skills
                              * WF_N_SEXES * WF_N_SKILL_OUTPUTS);
  memset (results->by_gradient, 0, sizeof (double) * WF_N_RUNS * n_years * n_sectors
                                   * WF_N_SEXES * WF_N_GRADIENTS);
  memset (results->labour, 0, sizeof (double) * WF_N_RUNS * n_years * WF_N_SEXES
                              * WF_N_LABOUR_OUTPUTS);

  params_init (&p, dataset, scenario);
  project_run (dataset, &p, results, WF_RUN_SCENARIO, FALSE, adoption, states, flows, sectors, mixes, content);
  project_run (dataset, &p, results, WF_RUN_BASELINE, TRUE, adoption, states, flows, sectors, mixes, content);

  return TRUE;
}

/**
 * wf_model_project:
 * @dataset: a valid dataset
 * @scenario: the scenario to project
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the results, or %NULL with @error set
 */
WfResults *
wf_model_project (const WfDataset   *dataset,
                  const WfScenario  *scenario,
                  GError           **error)
{
  g_autoptr(WfResults) results = NULL;

  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (scenario != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!wf_scenario_validate (scenario, dataset->base_year, error))
    return NULL;

  results = wf_results_new (dataset->base_year, scenario->horizon,
                            dataset->n_sectors, dataset->n_skills);
  if (!wf_model_project_into (dataset, scenario, results, error))
    return NULL;

  return g_steal_pointer (&results);
}
