/* wf-model.c: the annual stock-flow projection of MODEL.md
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

/* Per sector and sex, the state carried from one year to the next. */
typedef struct
{
  double employment[WF_N_GRADIENTS];
  double pool;
  double digital_workforce;
} CellState;

/* The largest dataset a projection handles on the stack; larger ones are
 * allocated. 64 sectors covers every ILOSTAT classification. */
#define STACK_SECTORS 64
#define STACK_SKILLS 32

double
wf_model_adoption (const double *values,
                   double        year)
{
  double ceiling = values[WF_LEVER_ADOPTION_CEILING] / 100.0;
  double midpoint = values[WF_LEVER_ADOPTION_MIDPOINT];
  double speed = values[WF_LEVER_ADOPTION_SPEED];

  return ceiling / (1.0 + exp (-speed * (year - midpoint)));
}

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

/* Productivity factors of a sector at adoption a, relative to no adoption:
 * augmented jobs produce (1 + pi) times as much when fully adopted; an
 * automated share of the work keeps its output with no labour. */
static inline void
productivity (const Params *p,
              const double *mix,
              double        a,
              double       *augmentation,
              double       *automation)
{
  double aug = 0.0;
  double auto_share = 0.0;

  for (guint k = 1; k < WF_N_GRADIENTS; k++)
    {
      aug += mix[k] * (1.0 - p->alpha[k]) * a;
      auto_share += mix[k] * p->alpha[k] * a;
    }

  *augmentation = 1.0 + p->gain * aug;
  *automation = 1.0 / (1.0 - auto_share);
}

static inline double
augmented_fraction (double alpha,
                    double a)
{
  /* Of the original gradient-k jobs, alpha*a are automated and (1-alpha)*a
   * augmented; of those that remain, this fraction is augmented. */
  return a * (1.0 - alpha) / (1.0 - alpha * a);
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

static void
record_cell (const WfDataset *dataset,
             const Params    *p,
             WfResults       *results,
             WfRun            run,
             guint            y,
             guint            s,
             guint            g,
             const CellState *state,
             double           a,
             double           augmented_share_at_base,
             const double    *content)
{
  double *out = wf_results_cell (results, run, y, s, g);
  const WfSector *sector = &dataset->sectors[s];
  double total = 0.0;
  double augmented = 0.0;
  double requirement;
  gsize gi;

  for (guint k = 0; k < WF_N_GRADIENTS; k++)
    {
      total += state->employment[k];
      if (k > 0)
        augmented += state->employment[k] * augmented_fraction (p->alpha[k], a);
    }

  /* The requirement starts at the observed share and rises with the share
   * of jobs that adoption has changed since the base year. */
  requirement = sector->digital_requirement[g];
  if (total > 0.0)
    requirement += (1.0 - requirement) * (augmented / total - augmented_share_at_base);
  requirement = CLAMP (requirement, 0.0, 1.0);

  out[WF_OUTPUT_EMPLOYMENT] = total;
  out[WF_OUTPUT_AUGMENTED] = augmented;
  out[WF_OUTPUT_DISPLACED_POOL] = state->pool;
  out[WF_OUTPUT_DIGITAL_REQUIREMENT] = requirement;
  out[WF_OUTPUT_DIGITAL_JOBS] = requirement * total;
  out[WF_OUTPUT_DIGITAL_WORKFORCE] = state->digital_workforce;
  /* Skilled workers beyond a cell's requirement do not fill another cell's
   * jobs: the gap is the cell's unmet requirement, never negative. */
  out[WF_OUTPUT_DIGITAL_GAP] = MAX (0.0, requirement * total - state->digital_workforce);
  out[WF_OUTPUT_ADOPTION] = a;

  gi = (((gsize) run * results->n_years + y) * results->n_sectors + s) * WF_N_SEXES + g;
  memcpy (results->by_gradient + gi * WF_N_GRADIENTS, state->employment,
          sizeof state->employment);

  record_skills (dataset, results, run, y, g, state->employment, content);
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
             double          *mixes,         /* [n_sectors * WF_N_GRADIENTS] scratch */
             double          *aug_at_base,   /* [n_sectors * WF_N_SEXES] scratch */
             double          *displaced_prev,/* [n_sectors] scratch */
             double          *content)       /* [WF_N_GRADIENTS * n_skills] scratch */
{
  guint n_sectors = dataset->n_sectors;
  guint n_years = results->n_years;
  int base_year = dataset->base_year;

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

  /* Base year: the observed state. */
  for (guint s = 0; s < n_sectors; s++)
    {
      const WfSector *sector = &dataset->sectors[s];
      double *mix = mixes + s * WF_N_GRADIENTS;
      double total = 0.0;
      double a0 = adoption[s];

      memset (mix, 0, sizeof (double) * WF_N_GRADIENTS);
      displaced_prev[s] = 0.0;

      for (guint g = 0; g < WF_N_SEXES; g++)
        {
          CellState *state = &states[s * WF_N_SEXES + g];
          double e0 = sector->employment[g];
          double augmented = 0.0;

          for (guint k = 0; k < WF_N_GRADIENTS; k++)
            {
              state->employment[k] = e0 * sector->exposure[g][k];
              mix[k] += state->employment[k];
              if (k > 0)
                augmented += state->employment[k] * augmented_fraction (p->alpha[k], a0);
            }
          state->pool = 0.0;
          state->digital_workforce = e0 * sector->digital_workforce[g];
          aug_at_base[s * WF_N_SEXES + g] = e0 > 0.0 ? augmented / e0 : 0.0;
          total += e0;
        }

      for (guint k = 0; k < WF_N_GRADIENTS; k++)
        mix[k] = total > 0.0 ? mix[k] / total : 0.0;

      skill_content (dataset, s, a0, content);
      for (guint g = 0; g < WF_N_SEXES; g++)
        {
          if (sector->employment[g] > 0.0)
            record_cell (dataset, p, results, run, 0, s, g, &states[s * WF_N_SEXES + g],
                         a0, aug_at_base[s * WF_N_SEXES + g], content);
          else
            wf_results_cell (results, run, 0, s, g)[WF_OUTPUT_ADOPTION] = a0;
        }
    }

  for (guint y = 1; y < n_years; y++)
    for (guint s = 0; s < n_sectors; s++)
      {
        const WfSector *sector = &dataset->sectors[s];
        const double *mix = mixes + s * WF_N_GRADIENTS;
        double a_prev = adoption[(y - 1) * n_sectors + s];
        double a = adoption[y * n_sectors + s];
        double delta_a = a - a_prev;
        double eps = sector->elasticity * p->elasticity_scale;
        double aug_prev, auto_prev, aug_now, auto_now;
        double demand_factor;
        double new_work;
        double displaced_sector = 0.0;
        double reskilled[WF_N_SEXES];
        double displaced[WF_N_SEXES];
        double redeployed[WF_N_SEXES];
        double trend[WF_N_SEXES];
        double demand[WF_N_SEXES];
        double reskilled_total = 0.0;
        double skilled_total = 0.0;
        double employed_total = 0.0;

        /* Bessen: employment changes with productivity as (1 + dP)^(eps - 1)
         * for augmentation. For automation the labour saved is counted as
         * displacement below, so only the output response (1 + dP)^eps is a
         * demand effect here; with both at once the factors multiply. */
        productivity (p, mix, a_prev, &aug_prev, &auto_prev);
        productivity (p, mix, a, &aug_now, &auto_now);
        demand_factor = pow (aug_now / aug_prev, eps - 1.0) * pow (auto_now / auto_prev, eps);

        for (guint g = 0; g < WF_N_SEXES; g++)
          {
            CellState *state = &states[s * WF_N_SEXES + g];

            trend[g] = demand[g] = displaced[g] = redeployed[g] = reskilled[g] = 0.0;
            if (sector->employment[g] <= 0.0)
              continue;

            for (guint k = 0; k < WF_N_GRADIENTS; k++)
              {
                double e = state->employment[k];
                double grown;
                double d = 0.0;

                trend[g] += e * sector->trend_growth;
                demand[g] += e * (demand_factor - 1.0);
                grown = e * (sector->trend_growth + demand_factor);

                /* Displacement applies to the jobs after growth and demand,
                 * so employment can never turn negative; the cumulative
                 * automated share of gradient-k jobs stays alpha[k] * A. */
                if (k > 0 && p->alpha[k] > 0.0 && delta_a > 0.0)
                  d = grown * p->alpha[k] * delta_a / (1.0 - p->alpha[k] * a_prev);

                state->employment[k] = grown - d;
                displaced[g] += d;
              }

            redeployed[g] = p->participation * displaced[g];
            /* Redeployed workers stay in augmented roles: gradient 1, where
             * tasks vary most and little is automated. */
            state->employment[1] += redeployed[g];
            displaced_sector += displaced[g];

            reskilled[g] = MIN (state->pool, p->reskilling * p->access[g] * state->pool);
            reskilled_total += reskilled[g];
            skilled_total += state->digital_workforce;
            employed_total += sector->employment[g];
          }

        /* New work arrives a year after the displacement that calls for it.
         * The reskilled fill it first; the rest goes to those with digital
         * skills, so women's access to training shapes who gets it. */
        new_work = p->new_work * displaced_prev[s];
        skill_content (dataset, s, a, content);
        displaced_prev[s] = displaced_sector;

        for (guint g = 0; g < WF_N_SEXES; g++)
          {
            CellState *state = &states[s * WF_N_SEXES + g];
            double *out = wf_results_cell (results, run, y, s, g);
            double taken;

            if (sector->employment[g] <= 0.0)
              {
                out[WF_OUTPUT_ADOPTION] = a;
                continue;
              }

            if (reskilled_total >= new_work)
              taken = reskilled_total > 0.0 ? new_work * reskilled[g] / reskilled_total : 0.0;
            else if (skilled_total > 0.0)
              taken = reskilled[g] + (new_work - reskilled_total) * state->digital_workforce / skilled_total;
            else
              taken = reskilled[g] + (new_work - reskilled_total) * sector->employment[g] / employed_total;

            state->employment[1] += taken;
            state->pool += (1.0 - p->participation) * displaced[g] - reskilled[g];

            {
              double total = 0.0;

              for (guint k = 0; k < WF_N_GRADIENTS; k++)
                total += state->employment[k];
              state->digital_workforce += p->upskilling * p->access[g]
                                          * (total - state->digital_workforce);
            }

            record_cell (dataset, p, results, run, y, s, g, state, a,
                         aug_at_base[s * WF_N_SEXES + g], content);
            out[WF_OUTPUT_TREND] = trend[g];
            out[WF_OUTPUT_DEMAND_EFFECT] = demand[g];
            out[WF_OUTPUT_DISPLACED] = displaced[g];
            out[WF_OUTPUT_REDEPLOYED] = redeployed[g];
            out[WF_OUTPUT_NEW_WORK] = taken;
            out[WF_OUTPUT_RESKILLED] = reskilled[g];
          }
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
  double stack_mixes[STACK_SECTORS * WF_N_GRADIENTS];
  double stack_aug[STACK_SECTORS * WF_N_SEXES];
  double stack_prev[STACK_SECTORS];
  double stack_content[WF_N_GRADIENTS * STACK_SKILLS];
  g_autofree double *heap_adoption = NULL;
  g_autofree CellState *heap_states = NULL;
  g_autofree double *heap_mixes = NULL;
  g_autofree double *heap_aug = NULL;
  g_autofree double *heap_prev = NULL;
  g_autofree double *heap_content = NULL;
  double *adoption = stack_adoption;
  CellState *states = stack_states;
  double *mixes = stack_mixes;
  double *aug = stack_aug;
  double *prev = stack_prev;
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
      mixes = heap_mixes = g_new (double, (gsize) n_sectors * WF_N_GRADIENTS);
      aug = heap_aug = g_new (double, (gsize) n_sectors * WF_N_SEXES);
      prev = heap_prev = g_new (double, n_sectors);
    }
  if (dataset->n_skills > STACK_SKILLS)
    content = heap_content = g_new (double, (gsize) WF_N_GRADIENTS * dataset->n_skills);

  memset (results->values, 0, sizeof (double) * WF_N_RUNS * n_years * n_sectors
                              * WF_N_SEXES * WF_N_OUTPUTS);
  memset (results->skills, 0, sizeof (double) * WF_N_RUNS * n_years * dataset->n_skills
                              * WF_N_SEXES * WF_N_SKILL_OUTPUTS);
  memset (results->by_gradient, 0, sizeof (double) * WF_N_RUNS * n_years * n_sectors
                                   * WF_N_SEXES * WF_N_GRADIENTS);

  params_init (&p, dataset, scenario);
  project_run (dataset, &p, results, WF_RUN_SCENARIO, FALSE, adoption, states, mixes, aug, prev, content);
  project_run (dataset, &p, results, WF_RUN_BASELINE, TRUE, adoption, states, mixes, aug, prev, content);

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
