/* fuzz-scenario.c: scenario validation and the projection, on any levers
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bytes make a scenario on the bundled world dataset: a horizon, then
 * for each lever a mode byte (keep the default, a fraction of the range,
 * its minimum, its maximum, any double at all — NaN and infinities
 * included —, or the double just below or just above the range) and its
 * operand, then for each
 * lever an uncertainty range the same way. Missing bytes keep defaults.
 *
 * wf_scenario_validate () and the model must agree: what validation
 * refuses the model refuses with an error, and what it accepts the model
 * projects. A projection must then hold what docs/model.md promises for
 * every valid scenario: no NaN or infinity (the women's shares of the
 * headline excepted, NaN by design when unknown), no negative employment,
 * pools or shortage, every stock-flow identity ("nobody vanishes",
 * property 2) to 1e-9 relative, and the same output when projected again.
 */
#include <math.h>
#include <string.h>

#include "fuzz-common.h"
#include "wf-core.h"

typedef struct
{
  const uint8_t *data;
  size_t         size;
} Input;

static gboolean
take (Input  *in,
      void   *out,
      size_t  n)
{
  if (in->size < n)
    return FALSE;
  memcpy (out, in->data, n);
  in->data += n;
  in->size -= n;
  return TRUE;
}

/* A value for a lever of range @min .. @max, or @fallback. */
static double
take_value (Input  *in,
            double  min,
            double  max,
            double  fallback)
{
  uint8_t mode;
  uint16_t fraction;
  double raw;

  if (!take (in, &mode, 1))
    return fallback;
  switch (mode % 7)
    {
    case 1:
      if (!take (in, &fraction, sizeof fraction))
        return fallback;
      return min + (max - min) * (fraction / 65535.0);
    case 2:
      return min;
    case 3:
      return max;
    case 4:
      if (!take (in, &raw, sizeof raw))
        return fallback;
      return raw;
    case 5:
      return nextafter (min, -INFINITY);
    case 6:
      return nextafter (max, INFINITY);
    default:
      return fallback;
    }
}

static void
check_close (double      expected,
             double      actual,
             const char *what,
             guint       run,
             guint       y,
             guint       s,
             guint       g)
{
  if (!(fabs (expected - actual) <= 1e-9 * MAX (1.0, fabs (expected))))
    fuzz_violation ("%s: run %u year %u sector %u sex %u: expected %.17g, got %.17g",
                    what, run, y, s, g, expected, actual);
}

static void
check_at_least (double      value,
                double      bound,
                const char *what,
                guint       run,
                guint       y,
                guint       s,
                guint       g)
{
  if (!(value >= bound))
    fuzz_violation ("%s: run %u year %u sector %u sex %u: %.17g, below %g",
                    what, run, y, s, g, value, bound);
}

#define GET(output, y, s, g) wf_results_get (r, run, (output), (y), (s), (g))
#define LABOUR(output, y, g) wf_results_get_labour (r, run, (output), (y), (g))

/* The identities of docs/model.md ("The identities"), every year, cell and
 * sex, as tests/core/test-properties.c checks them on its vectors. */
static void
check_identities (const WfDataset *dataset,
                  const WfResults *r)
{
  for (guint run = 0; run < WF_N_RUNS; run++)
    for (guint y = 0; y < r->n_years; y++)
      {
        for (guint s = 0; s < r->n_sectors; s++)
          for (guint g = 0; g < WF_N_SEXES; g++)
            {
              double e = GET (WF_OUTPUT_EMPLOYMENT, y, s, g);
              double pool = GET (WF_OUTPUT_DISPLACED_POOL, y, s, g);
              double by_gradient = 0.0;

              for (guint k = 0; k < WF_N_GRADIENTS; k++)
                by_gradient += wf_results_get_gradient (r, run, y, s, g, k);
              check_close (e, by_gradient, "employment by gradient", run, y, s, g);
              check_at_least (e, 0.0, "employment", run, y, s, g);
              check_close (pool, GET (WF_OUTPUT_POOL_TRAINED, y, s, g)
                                 + GET (WF_OUTPUT_POOL_UNTRAINED, y, s, g),
                           "pool = trained + untrained", run, y, s, g);
              check_at_least (GET (WF_OUTPUT_POOL_TRAINED, y, s, g), -1e-9, "trained pool", run, y, s, g);
              check_at_least (GET (WF_OUTPUT_POOL_UNTRAINED, y, s, g), -1e-9, "untrained pool", run, y, s, g);
              check_close (GET (WF_OUTPUT_DIGITAL_GAP, y, s, g),
                           MAX (0.0, GET (WF_OUTPUT_DIGITAL_REQUIREMENT, y, s, g) * e
                                     - GET (WF_OUTPUT_DIGITAL_WORKFORCE, y, s, g)),
                           "digital gap", run, y, s, g);
              check_at_least (e * (1 + 1e-12) + 1e-9, GET (WF_OUTPUT_DIGITAL_WORKFORCE, y, s, g),
                              "employment over the digital workforce", run, y, s, g);

              if (y == 0)
                continue;

              check_close (e,
                           GET (WF_OUTPUT_EMPLOYMENT, y - 1, s, g)
                           + GET (WF_OUTPUT_TREND, y, s, g)
                           + GET (WF_OUTPUT_DEMAND_EFFECT, y, s, g)
                           - GET (WF_OUTPUT_DISPLACED, y, s, g)
                           + GET (WF_OUTPUT_REDEPLOYED, y, s, g)
                           + GET (WF_OUTPUT_NEW_WORK, y, s, g)
                           - (GET (WF_OUTPUT_OPENINGS, y, s, g) - GET (WF_OUTPUT_HIRES, y, s, g)),
                           "employment waterfall", run, y, s, g);
              check_close (e,
                           GET (WF_OUTPUT_EMPLOYMENT, y - 1, s, g)
                           - GET (WF_OUTPUT_SEPARATIONS, y, s, g)
                           - GET (WF_OUTPUT_DISPLACED, y, s, g)
                           - GET (WF_OUTPUT_OTHER_JOB_LOSSES, y, s, g)
                           + GET (WF_OUTPUT_HIRES, y, s, g)
                           + GET (WF_OUTPUT_REDEPLOYED, y, s, g)
                           + GET (WF_OUTPUT_NEW_WORK, y, s, g),
                           "employment flows", run, y, s, g);
              check_at_least (GET (WF_OUTPUT_OPENINGS, y, s, g) * (1 + 1e-12) + 1e-9,
                              GET (WF_OUTPUT_HIRES, y, s, g), "openings over hires", run, y, s, g);
              check_close (GET (WF_OUTPUT_DISPLACED, y, s, g),
                           GET (WF_OUTPUT_REDEPLOYED, y, s, g) + GET (WF_OUTPUT_LAID_OFF, y, s, g),
                           "displaced = redeployed + laid off", run, y, s, g);
              check_close (pool,
                           GET (WF_OUTPUT_DISPLACED_POOL, y - 1, s, g)
                           + GET (WF_OUTPUT_LAID_OFF, y, s, g)
                           - GET (WF_OUTPUT_REEMPLOYED, y, s, g)
                           - GET (WF_OUTPUT_LEFT_LABOUR_FORCE, y, s, g),
                           "displaced pool", run, y, s, g);
              check_at_least (GET (WF_OUTPUT_POOL_TRAINED, y - 1, s, g)
                              + GET (WF_OUTPUT_RESKILLED, y, s, g) + 1e-9,
                              GET (WF_OUTPUT_POOL_TRAINED, y, s, g),
                              "the trained pool grows only by reskilling", run, y, s, g);
              check_close (GET (WF_OUTPUT_NEW_WORK_CREATED, y, s, g)
                           + GET (WF_OUTPUT_SKILLS_SHORTAGE, y - 1, s, g)
                             * (1.0 - dataset->shortage_lapse_rate),
                           GET (WF_OUTPUT_NEW_WORK, y, s, g) + GET (WF_OUTPUT_SKILLS_SHORTAGE, y, s, g),
                           "new work openings", run, y, s, g);
              check_at_least (GET (WF_OUTPUT_SKILLS_SHORTAGE, y, s, g), -1e-9, "skills shortage", run, y, s, g);
            }

        for (guint g = 0; g < WF_N_SEXES; g++)
          {
            double force = LABOUR (WF_LABOUR_FORCE, y, g);
            double employed = GET (WF_OUTPUT_EMPLOYMENT, y, -1, g);
            double pools = GET (WF_OUTPUT_DISPLACED_POOL, y, -1, g);
            double other = LABOUR (WF_LABOUR_OTHER_UNEMPLOYED, y, g);

            check_close (force, employed + other + pools, "labour force identity", run, y, 0, g);
            check_close (LABOUR (WF_LABOUR_UNEMPLOYED, y, g), other + pools, "unemployed", run, y, 0, g);
            check_at_least (other, -1e-9, "other unemployed", run, y, 0, g);
            if (y == 0)
              {
                check_close (force, wf_dataset_total_employment (dataset, g) + dataset->unemployed[g],
                             "base-year labour force", run, y, 0, g);
                continue;
              }
            check_close (force,
                         LABOUR (WF_LABOUR_FORCE, y - 1, g) + LABOUR (WF_LABOUR_ENTRANTS, y, g)
                         - LABOUR (WF_LABOUR_RETIREMENTS, y, g) - LABOUR (WF_LABOUR_LEFT, y, g),
                         "labour force flows", run, y, 0, g);
            check_close (LABOUR (WF_LABOUR_RETIREMENTS, y, g), GET (WF_OUTPUT_SEPARATIONS, y, -1, g),
                         "retirements", run, y, 0, g);
            check_close (LABOUR (WF_LABOUR_LEFT, y, g), GET (WF_OUTPUT_LEFT_LABOUR_FORCE, y, -1, g),
                         "left the labour force", run, y, 0, g);
            check_close (GET (WF_OUTPUT_OPENINGS, y, -1, g),
                         GET (WF_OUTPUT_HIRES, y, -1, g) + LABOUR (WF_LABOUR_UNFILLED, y, g),
                         "openings = hires + unfilled", run, y, 0, g);
            check_close (other,
                         LABOUR (WF_LABOUR_OTHER_UNEMPLOYED, y - 1, g) + LABOUR (WF_LABOUR_ENTRANTS, y, g)
                         + GET (WF_OUTPUT_OTHER_JOB_LOSSES, y, -1, g)
                         - (GET (WF_OUTPUT_HIRES, y, -1, g) + GET (WF_OUTPUT_NEW_WORK, y, -1, g)
                            - GET (WF_OUTPUT_REEMPLOYED, y, -1, g)),
                         "other job seekers", run, y, 0, g);
          }
      }
}

#undef GET
#undef LABOUR

static void
check_finite (const double *values,
              gsize         n,
              const char   *what)
{
  for (gsize i = 0; i < n; i++)
    if (!isfinite (values[i]))
      fuzz_violation ("%s: value %" G_GSIZE_FORMAT " of %" G_GSIZE_FORMAT " is %g", what, i, n, values[i]);
}

static void
check_headline (const WfResults *r)
{
  WfHeadline h;

  wf_results_headline (r, &h);
  {
    const struct { const char *name; double value; } values[] = {
      { "net jobs", h.net_jobs_vs_baseline },
      { "displaced out of work", h.displaced_out_of_work },
      { "displaced looking", h.displaced_looking },
      { "unemployment rate", h.unemployment_rate },
      { "baseline unemployment rate", h.unemployment_rate_baseline },
      { "skills shortage", h.skills_shortage },
      { "jobs transformed", h.jobs_transformed },
      { "cumulative displaced", h.cumulative_displaced },
      { "digital gap", h.digital_gap },
      { "women's digital gap", h.digital_gap_women },
      { "men's digital gap", h.digital_gap_men },
    };

    for (guint i = 0; i < G_N_ELEMENTS (values); i++)
      if (!isfinite (values[i].value))
        fuzz_violation ("headline %s is %g", values[i].name, values[i].value);
  }
  /* NaN when unknown, else a share. */
  if (!isnan (h.women_share_of_displacement) &&
      !(h.women_share_of_displacement >= 0.0 && h.women_share_of_displacement <= 1.0))
    fuzz_violation ("women's share of displacement is %g", h.women_share_of_displacement);
  if (!isnan (h.women_share_of_employment) &&
      !(h.women_share_of_employment >= 0.0 && h.women_share_of_employment <= 1.0))
    fuzz_violation ("women's share of employment is %g", h.women_share_of_employment);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static WfDataset *world;
  Input in = { data, size };
  g_autoptr(WfScenario) scenario = NULL;
  g_autoptr(WfResults) results = NULL;
  g_autoptr(WfResults) again = NULL;
  g_autoptr(GError) validation_error = NULL;
  g_autoptr(GError) error = NULL;
  uint8_t horizon;
  gboolean valid;
  gsize cells;

  fuzz_setup ();
  if (world == NULL)
    world = wf_dataset_new_world ();

  scenario = wf_scenario_new ("Fuzz");
  if (take (&in, &horizon, 1))
    scenario->horizon = world->base_year - 4 + horizon % 40;
  for (guint i = 0; i < WF_N_LEVERS; i++)
    {
      const WfLeverInfo *info = wf_lever_get_info (i);

      scenario->values[i] = take_value (&in, info->min, info->max, scenario->values[i]);
    }
  for (guint i = 0; i < WF_N_LEVERS; i++)
    {
      const WfLeverInfo *info = wf_lever_get_info (i);

      scenario->low[i] = take_value (&in, info->min, info->max, scenario->low[i]);
      scenario->high[i] = take_value (&in, info->min, info->max, scenario->high[i]);
    }

  valid = wf_scenario_validate (scenario, world->base_year, &validation_error);
  results = wf_model_project (world, scenario, &error);
  if (!valid)
    {
      if (results != NULL)
        fuzz_violation ("the model projected a scenario validation refuses (%s)",
                        validation_error->message);
      if (error == NULL)
        fuzz_violation ("the model refused without an error");
      fuzz_note ("refused: %s", validation_error->message);
      return 0;
    }
  if (results == NULL)
    fuzz_violation ("the model refused a valid scenario: %s", error->message);

  if (results->base_year != world->base_year || results->horizon != scenario->horizon ||
      results->n_years != (guint) (scenario->horizon - world->base_year + 1) ||
      results->n_sectors != world->n_sectors)
    fuzz_violation ("results of the wrong shape");

  cells = (gsize) WF_N_RUNS * results->n_years * results->n_sectors * WF_N_SEXES;
  check_finite (results->values, cells * WF_N_OUTPUTS, "outputs");
  check_finite (results->by_gradient, cells * WF_N_GRADIENTS, "employment by gradient");
  check_finite (results->skills, (gsize) WF_N_RUNS * results->n_years * results->n_skills
                                 * WF_N_SEXES * WF_N_SKILL_OUTPUTS, "skills");
  check_finite (results->labour, (gsize) WF_N_RUNS * results->n_years * WF_N_SEXES
                                 * WF_N_LABOUR_OUTPUTS, "labour market");
  check_identities (world, results);
  check_headline (results);

  /* Projected again into results that held another projection: the same. */
  again = wf_results_copy (results);
  memset (again->values, 0x7f, cells * WF_N_OUTPUTS * sizeof (double));
  if (!wf_model_project_into (world, scenario, again, &error))
    fuzz_violation ("projecting again failed: %s", error->message);
  if (!wf_results_equal (results, again))
    fuzz_violation ("projecting again gave other results");
  fuzz_note ("projected to %d, every check held", scenario->horizon);

  return 0;
}
