/* test-ensemble.c: the generator, the Latin hypercube and the ensembles
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "wf-core.h"

static WfDataset *world;

/* Values from an independent implementation of splitmix64 + xoshiro256**
 * (Python, from the reference C code), so that the stream a stored seed
 * gives never changes without a test failing. */
static void
test_random_reference (void)
{
  static const struct
  {
    guint64 seed;
    guint64 first[3];
  } cases[] = {
    { 0, { G_GUINT64_CONSTANT (0x99ec5f36cb75f2b4), G_GUINT64_CONSTANT (0xbf6e1f784956452a),
           G_GUINT64_CONSTANT (0x1a5f849d4933e6e0) } },
    { 20300101, { G_GUINT64_CONSTANT (0x1cd5780e3af7276f), G_GUINT64_CONSTANT (0xa189387d1bed076b),
                  G_GUINT64_CONSTANT (0x6899630d586a2281) } },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      WfRandom rng;

      wf_random_init (&rng, cases[c].seed);
      for (guint i = 0; i < 3; i++)
        g_assert_cmphex (wf_random_next (&rng), ==, cases[c].first[i]);
    }
}

static void
test_random_ranges (void)
{
  WfRandom rng;
  guint counts[7] = { 0, };
  double sum = 0.0;

  wf_random_init (&rng, 42);
  for (guint i = 0; i < 70000; i++)
    {
      double u = wf_random_double (&rng);
      guint32 k = wf_random_below (&rng, 7);

      g_assert_cmpfloat (u, >=, 0.0);
      g_assert_cmpfloat (u, <, 1.0);
      g_assert_cmpuint (k, <, 7);
      counts[k]++;
      sum += u;
    }

  /* Loose: a broken generator fails these by far. */
  g_assert_cmpfloat (fabs (sum / 70000 - 0.5), <, 0.01);
  for (guint k = 0; k < 7; k++)
    g_assert_cmpuint (counts[k], >, 9500);
  g_assert_cmpuint (wf_random_below (&rng, 1), ==, 0);
}

/* Each lever's runs use every one of the N strata exactly once. */
static void
test_lhs_stratified (void)
{
  const guint n = 257;
  g_autoptr(WfScenario) scenario = wf_scenario_new_preset (WF_PRESET_EXPONENTIAL_LIMITED);
  g_autofree double *values = g_new (double, n * WF_N_LEVERS);
  g_autofree double *units = g_new (double, n * WF_N_LEVERS);
  g_autofree guint *used = g_new (guint, n);

  /* One fixed lever: it stays at its value. */
  scenario->low[WF_LEVER_SME_SUPPORT] = scenario->high[WF_LEVER_SME_SUPPORT] = 20;
  scenario->values[WF_LEVER_SME_SUPPORT] = 20;

  wf_ensemble_sample (scenario, n, scenario->seed, values, units);

  for (guint lever = 0; lever < WF_N_LEVERS; lever++)
    {
      memset (used, 0, sizeof (guint) * n);
      for (guint i = 0; i < n; i++)
        {
          double u = units[i * WF_N_LEVERS + lever];
          double v = values[i * WF_N_LEVERS + lever];
          guint stratum = (guint) floor (u * n);

          g_assert_cmpfloat (u, >=, 0.0);
          g_assert_cmpfloat (u, <, 1.0);
          g_assert_cmpuint (stratum, <, n);
          used[stratum]++;
          g_assert_cmpfloat (v, >=, scenario->low[lever]);
          g_assert_cmpfloat (v, <=, scenario->high[lever]);
          if (lever == WF_LEVER_SME_SUPPORT)
            g_assert_cmpfloat (v, ==, 20);
        }
      for (guint s = 0; s < n; s++)
        g_assert_cmpuint (used[s], ==, 1);
    }
}

/* The triangular distribution has its mode at the scenario's value: with
 * the value at the low end, most draws fall in the lower half. */
static void
test_lhs_triangular (void)
{
  const guint n = 1000;
  g_autoptr(WfScenario) scenario = wf_scenario_new (NULL);
  g_autofree double *values = g_new (double, n * WF_N_LEVERS);
  double low = scenario->low[WF_LEVER_ADOPTION_CEILING];
  double high = scenario->high[WF_LEVER_ADOPTION_CEILING];
  double mean = 0.0;

  scenario->values[WF_LEVER_ADOPTION_CEILING] = low;
  wf_ensemble_sample (scenario, n, 7, values, NULL);
  for (guint i = 0; i < n; i++)
    mean += values[i * WF_N_LEVERS + WF_LEVER_ADOPTION_CEILING] / n;

  /* Triangular (a, a, b) has mean a + (b - a) / 3. */
  g_assert_cmpfloat (fabs (mean - (low + (high - low) / 3.0)), <, 0.05);
}

static WfEnsemble *
run_ensemble (const WfScenario *scenario,
              guint             n_runs,
              guint64           seed,
              guint             n_threads,
              gboolean          by_sector)
{
  g_autoptr(GError) error = NULL;
  WfEnsembleOptions options;
  WfEnsemble *ensemble;

  wf_ensemble_options_init (&options, scenario);
  options.n_runs = n_runs;
  options.seed = seed;
  options.n_threads = n_threads;
  options.by_sector = by_sector;

  ensemble = wf_ensemble_run (world, scenario, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ensemble);
  g_assert_cmpuint (wf_ensemble_get_n_live_workers (), ==, 0);

  return ensemble;
}

static gsize
n_percentiles (const WfEnsemble *ensemble)
{
  guint sector_slots = ensemble->by_sector ? ensemble->n_sectors + 1 : 1;

  return (gsize) WF_N_ENSEMBLE_SCOPES * WF_N_OUTPUTS * ensemble->n_years * sector_slots
         * (WF_N_SEXES + 1) * WF_N_PERCENTILES;
}

/* Every series of an ensemble: sectors (when kept) and then -1 for all
 * sectors; WF_SEX_ALL and then each sex. */
#define FOR_EACH_SERIES(e, scope, o, y, s, g)                                      \
  for (guint scope = 0; scope < WF_N_ENSEMBLE_SCOPES; scope++)                     \
    for (guint o = 0; o < WF_N_OUTPUTS; o++)                                       \
      for (guint y = 0; y < (e)->n_years; y++)                                     \
        for (guint s##_i = 0; s##_i <= ((e)->by_sector ? (e)->n_sectors : 0); s##_i++) \
          for (int s = s##_i == ((e)->by_sector ? (e)->n_sectors : 0) ? -1 : (int) s##_i, \
               s##_once = 1; s##_once; s##_once = 0)                               \
            for (int g = WF_SEX_ALL; g < WF_N_SEXES; g++)

static void
test_percentiles_ordered (void)
{
  g_autoptr(WfScenario) scenario = wf_scenario_new_preset (WF_PRESET_EXPONENTIAL_LIMITED);
  g_autoptr(WfEnsemble) ensemble = run_ensemble (scenario, 200, scenario->seed, 2, TRUE);
  guint checked = 0;

  FOR_EACH_SERIES (ensemble, scope, o, y, s, g)
    {
      double previous = -INFINITY;

      for (guint p = 0; p < WF_N_PERCENTILES; p++)
        {
          double v = wf_ensemble_get (ensemble, scope, o, y, s, g, p);

          g_assert_true (isfinite (v));
          g_assert_cmpfloat (v, >=, previous);
          previous = v;
        }
      checked++;
    }

  /* Every sector and "all", every sex and "all". */
  g_assert_cmpuint (checked, ==, WF_N_ENSEMBLE_SCOPES * WF_N_OUTPUTS * ensemble->n_years
                                 * (world->n_sectors + 1) * (WF_N_SEXES + 1));
}

static double
deterministic (const WfResults *results,
               WfEnsembleScope  scope,
               WfOutput         output,
               guint            y,
               int              s,
               int              g)
{
  double level;

  if (g == WF_ENSEMBLE_SEX_GAP)
    return deterministic (results, scope, output, y, s, WF_SEX_WOMEN)
           - deterministic (results, scope, output, y, s, WF_SEX_MEN);

  level = wf_results_get (results, WF_RUN_SCENARIO, output, y, s, g);

  if (scope == WF_ENSEMBLE_SCOPE_SCENARIO)
    return level;
  return level - wf_results_get (results, WF_RUN_BASELINE, output, y, s, g);
}

/* No uncertainty: every percentile is the deterministic number, bit for
 * bit, with and without sectors. */
static void
test_zero_range (void)
{
  g_autoptr(WfScenario) scenario = wf_scenario_new_preset (WF_PRESET_EXPONENTIAL_WIDESPREAD);
  g_autoptr(WfResults) results = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < WF_N_LEVERS; i++)
    scenario->low[i] = scenario->high[i] = scenario->values[i];
  results = wf_model_project (world, scenario, &error);
  g_assert_no_error (error);

  for (int by_sector = 0; by_sector <= 1; by_sector++)
    {
      g_autoptr(WfEnsemble) ensemble = run_ensemble (scenario, 37, 1, 2, by_sector);

      FOR_EACH_SERIES (ensemble, scope, o, y, s, g)
        {
          double expected = deterministic (results, scope, o, y, s, g);

          for (guint p = 0; p < WF_N_PERCENTILES; p++)
            {
              double v = wf_ensemble_get (ensemble, scope, o, y, s, g, p);

              if (memcmp (&v, &expected, sizeof v) != 0)
                g_error ("%s %s year %u sector %d sex %d p%u: %.17g != %.17g",
                         wf_ensemble_scope_to_id (scope), wf_output_to_id (o), y, s, g, p,
                         v, expected);
            }
        }
    }
}

/* With ranges symmetric around the values, the 5-95 band contains the
 * deterministic run for the headline series. */
static void
test_bracket (void)
{
  static const WfOutput outputs[] = {
    WF_OUTPUT_EMPLOYMENT, WF_OUTPUT_DISPLACED, WF_OUTPUT_AUGMENTED, WF_OUTPUT_NEW_WORK,
    WF_OUTPUT_DISPLACED_POOL, WF_OUTPUT_DIGITAL_GAP, WF_OUTPUT_ADOPTION,
  };
  g_autoptr(WfScenario) scenario = wf_scenario_new_preset (WF_PRESET_INCREMENTAL_WIDESPREAD);
  g_autoptr(WfEnsemble) ensemble = NULL;
  g_autoptr(WfResults) results = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < WF_N_LEVERS; i++)
    {
      const WfLeverInfo *info = wf_lever_get_info (i);
      double v = scenario->values[i];
      double d = MIN (MIN (v - info->min, info->max - v), (info->high - info->low) / 2);

      scenario->low[i] = v - d;
      scenario->high[i] = v + d;
    }

  results = wf_model_project (world, scenario, &error);
  g_assert_no_error (error);
  ensemble = run_ensemble (scenario, 500, scenario->seed, 0, FALSE);

  for (guint scope = 0; scope < WF_N_ENSEMBLE_SCOPES; scope++)
    for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
      for (guint y = 1; y < ensemble->n_years; y++)
        for (int g = WF_SEX_ALL; g <= WF_SEX_MEN; g++)
          {
            double d = deterministic (results, scope, outputs[i], y, -1, g);
            double p5 = wf_ensemble_get (ensemble, scope, outputs[i], y, -1, g, WF_PERCENTILE_5);
            double p95 = wf_ensemble_get (ensemble, scope, outputs[i], y, -1, g, WF_PERCENTILE_95);

            if (!(p5 <= d && d <= p95))
              g_error ("%s %s year %u sex %d: %g not in [%g, %g]",
                       wf_ensemble_scope_to_id (scope), wf_output_to_id (outputs[i]),
                       y, g, d, p5, p95);
            /* and the band is not empty, so the ranges matter (new work
             * arrives a year after displacement: none in the first year) */
            if (outputs[i] != WF_OUTPUT_NEW_WORK || y > 1)
              g_assert_cmpfloat (p95, >, p5);
          }
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The percentiles are type 7 of Hyndman and Fan over the runs, recomputed
 * here from the design by projecting each run on its own. */
static void
test_percentile_definition (void)
{
  static const struct
  {
    WfEnsembleScope scope;
    WfOutput        output;
    guint           year;
    int             sector;
    int             sex;
  } series[] = {
    { WF_ENSEMBLE_SCOPE_DIFFERENCE, WF_OUTPUT_EMPLOYMENT, 7, -1, WF_SEX_ALL },
    { WF_ENSEMBLE_SCOPE_SCENARIO, WF_OUTPUT_DISPLACED, 4, 3, WF_SEX_WOMEN },
    { WF_ENSEMBLE_SCOPE_SCENARIO, WF_OUTPUT_DIGITAL_REQUIREMENT, 7, -1, WF_SEX_MEN },
    { WF_ENSEMBLE_SCOPE_DIFFERENCE, WF_OUTPUT_DIGITAL_GAP, 5, 10, WF_SEX_ALL },
    /* The gap's percentiles are those of women minus men, run by run. */
    { WF_ENSEMBLE_SCOPE_DIFFERENCE, WF_OUTPUT_EMPLOYMENT, 7, -1, WF_ENSEMBLE_SEX_GAP },
    { WF_ENSEMBLE_SCOPE_SCENARIO, WF_OUTPUT_DISPLACED, 5, 2, WF_ENSEMBLE_SEX_GAP },
  };
  const guint n = 23;
  g_autoptr(WfScenario) scenario = wf_scenario_new_preset (WF_PRESET_BASELINE);
  g_autoptr(WfScenario) run = wf_scenario_copy (scenario);
  g_autoptr(WfEnsemble) ensemble = run_ensemble (scenario, n, 99, 2, TRUE);
  double x[G_N_ELEMENTS (series)][23];

  for (guint r = 0; r < n; r++)
    {
      g_autoptr(WfResults) results = NULL;
      g_autoptr(GError) error = NULL;

      memcpy (run->values, ensemble->design + r * WF_N_LEVERS, sizeof run->values);
      results = wf_model_project (world, run, &error);
      g_assert_no_error (error);
      for (guint i = 0; i < G_N_ELEMENTS (series); i++)
        x[i][r] = deterministic (results, series[i].scope, series[i].output, series[i].year,
                                 series[i].sector, series[i].sex);
    }

  for (guint i = 0; i < G_N_ELEMENTS (series); i++)
    {
      qsort (x[i], n, sizeof (double), compare_doubles);
      for (guint p = 0; p < WF_N_PERCENTILES; p++)
        {
          double h = (n - 1) * wf_percentile_get_level (p);
          guint j = (guint) floor (h);
          double expected = x[i][j] + (h - j) * (x[i][MIN (j + 1, n - 1)] - x[i][j]);
          double v = wf_ensemble_get (ensemble, series[i].scope, series[i].output, series[i].year,
                                      series[i].sector, series[i].sex, p);

          g_assert_cmpfloat_with_epsilon (v, expected, 1e-9 * MAX (1.0, fabs (expected)));
        }
    }
}

/* Same seed, any number of threads: the same bits. */
static void
test_threads (void)
{
  g_autoptr(WfScenario) scenario = wf_scenario_new_preset (WF_PRESET_EXPONENTIAL_WIDESPREAD);
  g_autoptr(WfEnsemble) one = run_ensemble (scenario, 301, 5, 1, TRUE);
  g_autoptr(WfEnsemble) two = run_ensemble (scenario, 301, 5, 2, TRUE);
  g_autoptr(WfEnsemble) five = run_ensemble (scenario, 301, 5, 5, TRUE);

  g_assert_cmpmem (one->design, 301 * WF_N_LEVERS * sizeof (double),
                   two->design, 301 * WF_N_LEVERS * sizeof (double));
  g_assert_cmpmem (one->percentiles, n_percentiles (one) * sizeof (double),
                   two->percentiles, n_percentiles (two) * sizeof (double));
  g_assert_cmpmem (one->percentiles, n_percentiles (one) * sizeof (double),
                   five->percentiles, n_percentiles (five) * sizeof (double));
}

static void
test_seeds (void)
{
  g_autoptr(WfScenario) scenario = wf_scenario_new_preset (WF_PRESET_BASELINE);
  g_autoptr(WfEnsemble) a = run_ensemble (scenario, 100, 1, 2, FALSE);
  g_autoptr(WfEnsemble) b = run_ensemble (scenario, 100, 2, 2, FALSE);
  g_autoptr(WfEnsemble) c = run_ensemble (scenario, 100, 1, 2, FALSE);
  double pa = wf_ensemble_get (a, WF_ENSEMBLE_SCOPE_DIFFERENCE, WF_OUTPUT_EMPLOYMENT,
                               a->n_years - 1, -1, WF_SEX_ALL, WF_PERCENTILE_50);
  double pb = wf_ensemble_get (b, WF_ENSEMBLE_SCOPE_DIFFERENCE, WF_OUTPUT_EMPLOYMENT,
                               b->n_years - 1, -1, WF_SEX_ALL, WF_PERCENTILE_50);

  g_assert_cmpfloat (pa, !=, pb);
  g_assert_false (memcmp (a->design, b->design, 100 * WF_N_LEVERS * sizeof (double)) == 0);
  g_assert_cmpmem (a->percentiles, n_percentiles (a) * sizeof (double),
                   c->percentiles, n_percentiles (c) * sizeof (double));
}

static void
test_outputs_subset (void)
{
  g_autoptr(WfScenario) scenario = wf_scenario_new_preset (WF_PRESET_BASELINE);
  g_autoptr(WfEnsemble) all = run_ensemble (scenario, 64, 3, 2, FALSE);
  g_autoptr(WfEnsemble) some = NULL;
  g_autoptr(GError) error = NULL;
  WfEnsembleOptions options;

  wf_ensemble_options_init (&options, scenario);
  g_assert_cmpuint (options.seed, ==, scenario->seed);
  options.n_runs = 64;
  options.seed = 3;
  options.outputs = WF_ENSEMBLE_OUTPUT (WF_OUTPUT_EMPLOYMENT) | WF_ENSEMBLE_OUTPUT (WF_OUTPUT_ADOPTION);
  some = wf_ensemble_run (world, scenario, &options, NULL, &error);
  g_assert_no_error (error);

  g_assert_true (wf_ensemble_has_output (some, WF_OUTPUT_EMPLOYMENT));
  g_assert_false (wf_ensemble_has_output (some, WF_OUTPUT_DISPLACED));
  for (guint y = 0; y < some->n_years; y++)
    for (guint p = 0; p < WF_N_PERCENTILES; p++)
      {
        g_assert_cmpfloat (wf_ensemble_get (some, WF_ENSEMBLE_SCOPE_DIFFERENCE, WF_OUTPUT_EMPLOYMENT, y, -1, WF_SEX_WOMEN, p),
                           ==,
                           wf_ensemble_get (all, WF_ENSEMBLE_SCOPE_DIFFERENCE, WF_OUTPUT_EMPLOYMENT, y, -1, WF_SEX_WOMEN, p));
        g_assert_cmpfloat (wf_ensemble_get (some, WF_ENSEMBLE_SCOPE_SCENARIO, WF_OUTPUT_ADOPTION, y, -1, WF_SEX_ALL, p),
                           ==,
                           wf_ensemble_get (all, WF_ENSEMBLE_SCOPE_SCENARIO, WF_OUTPUT_ADOPTION, y, -1, WF_SEX_ALL, p));
        g_assert_true (isnan (wf_ensemble_get (some, WF_ENSEMBLE_SCOPE_SCENARIO, WF_OUTPUT_DISPLACED, y, -1, WF_SEX_ALL, p)));
      }
}

static void
test_invalid (void)
{
  g_autoptr(WfScenario) scenario = wf_scenario_new (NULL);
  g_autoptr(WfEnsemble) ensemble = NULL;
  g_autoptr(GError) error = NULL;
  WfEnsembleOptions options;

  wf_ensemble_options_init (&options, scenario);
  options.n_runs = 0;
  ensemble = wf_ensemble_run (world, scenario, &options, NULL, &error);
  g_assert_null (ensemble);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  /* Every indicator by sector for 30 years, 100,000 times: over 40 GB. */
  options.n_runs = WF_ENSEMBLE_MAX_RUNS;
  options.by_sector = TRUE;
  scenario->horizon = world->base_year + WF_MAX_HORIZON_SPAN;
  ensemble = wf_ensemble_run (world, scenario, &options, NULL, &error);
  g_assert_null (ensemble);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_clear_error (&error);

  options.n_runs = 10;
  scenario->low[WF_LEVER_RESKILLING] = scenario->high[WF_LEVER_RESKILLING] + 1;
  ensemble = wf_ensemble_run (world, scenario, &options, NULL, &error);
  g_assert_null (ensemble);
  g_assert_error (error, WF_CORE_ERROR, WF_CORE_ERROR_LEVER_OUT_OF_RANGE);
}

typedef struct
{
  GCancellable *cancellable;
  guint         workers_seen;
} CancelData;

static gpointer
cancel_later (gpointer data)
{
  CancelData *cancel = data;

  /* Wait until the three extra workers are at work, then cancel. */
  for (guint i = 0; i < 5000 && wf_ensemble_get_n_live_workers () < 3; i++)
    g_usleep (1000);
  g_usleep (10000);
  cancel->workers_seen = wf_ensemble_get_n_live_workers ();
  g_cancellable_cancel (cancel->cancellable);

  return NULL;
}

/* Cancelled from another thread mid-run: the error says so, and
 * no worker outlives the call. */
static void
test_cancel (void)
{
  g_autoptr(WfScenario) scenario = wf_scenario_new_preset (WF_PRESET_BASELINE);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(WfEnsemble) ensemble = NULL;
  g_autoptr(GError) error = NULL;
  CancelData cancel = { cancellable, 0 };
  WfEnsembleOptions options;
  GThread *thread;

  wf_ensemble_options_init (&options, scenario);
  options.n_runs = WF_ENSEMBLE_MAX_RUNS;  /* seconds of work */
  options.n_threads = 4;
  options.outputs = WF_ENSEMBLE_OUTPUT (WF_OUTPUT_EMPLOYMENT);

  thread = g_thread_new ("cancel", cancel_later, &cancel);
  ensemble = wf_ensemble_run (world, scenario, &options, cancellable, &error);
  g_thread_join (thread);

  g_assert_null (ensemble);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (cancel.workers_seen, ==, 3);  /* the calling thread is the fourth */
  g_assert_cmpuint (wf_ensemble_get_n_live_workers (), ==, 0);
  /* How soon it returns is measured by bench-ensemble, not here. */

  /* Cancelled before it starts: no work at all. */
  g_clear_error (&error);
  ensemble = wf_ensemble_run (world, scenario, &options, cancellable, &error);
  g_assert_null (ensemble);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  world = wf_dataset_new_world ();

  g_test_add_func ("/core/ensemble/random/reference", test_random_reference);
  g_test_add_func ("/core/ensemble/random/ranges", test_random_ranges);
  g_test_add_func ("/core/ensemble/lhs/stratified", test_lhs_stratified);
  g_test_add_func ("/core/ensemble/lhs/triangular", test_lhs_triangular);
  g_test_add_func ("/core/ensemble/percentiles/ordered", test_percentiles_ordered);
  g_test_add_func ("/core/ensemble/percentiles/definition", test_percentile_definition);
  g_test_add_func ("/core/ensemble/percentiles/zero-range", test_zero_range);
  g_test_add_func ("/core/ensemble/percentiles/bracket", test_bracket);
  g_test_add_func ("/core/ensemble/threads", test_threads);
  g_test_add_func ("/core/ensemble/seeds", test_seeds);
  g_test_add_func ("/core/ensemble/outputs", test_outputs_subset);
  g_test_add_func ("/core/ensemble/invalid", test_invalid);
  g_test_add_func ("/core/ensemble/cancel", test_cancel);

  status = g_test_run ();
  wf_dataset_free (world);
  return status;
}
