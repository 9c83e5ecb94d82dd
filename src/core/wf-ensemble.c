/* wf-ensemble.c: Latin hypercube ensembles and their percentiles
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How a run is drawn. Each lever's uncertainty range [low, high] is a
 * triangular distribution whose mode is the scenario's value clamped into
 * the range; a lever with low == high stays at the scenario's value. The N
 * runs form a Latin hypercube (McKay, Beckman and Conover, 1979): for each
 * lever in turn, a random permutation of the N strata, then
 * u = (stratum + U(0, 1)) / N and the value is the inverse triangular CDF
 * of u. The whole design comes from one xoshiro256** stream seeded with the
 * ensemble's seed (wf-random.c), drawn before any run starts, so a run's
 * levers depend only on (seed, N, run index): the result is bit-identical
 * whatever the number of threads.
 *
 * How a percentile is read. For each series (output x year x sector x sex,
 * for the scenario and for scenario - baseline) the N values x(1) <= ... <=
 * x(N) give the p-th percentile as x(j) + f (x(j+1) - x(j)) with
 * h = (N - 1) p, j = floor (h) + 1 and f = h - floor (h): linear
 * interpolation between order statistics, Hyndman and Fan's (1996) type 7,
 * the default of R and NumPy.
 */
#define G_LOG_DOMAIN "wf-ensemble"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "wf-ensemble.h"
#include "wf-model.h"
#include "wf-random.h"

/* Sexes stored: women, men, unknown, then all, then the gap (women's value
 * minus men's). */
#define SLOT_ALL WF_N_SEXES
#define SLOT_GAP (WF_N_SEXES + 1)
#define N_SEX_SLOTS (WF_N_SEXES + 2)
/* Runs a worker takes at a time, and series it summarises at a time (a
 * cache line of doubles, so that gathering a series reads whole lines). */
#define RUN_CHUNK 4
#define SERIES_CHUNK 8
/* The most the runs' values may take while the percentiles are computed;
 * beyond, fewer runs, outputs or totals only are needed. */
#define MAX_MATRIX_BYTES (G_GUINT64_CONSTANT (1) << 31)

static const double percentile_levels[WF_N_PERCENTILES] = { 0.05, 0.25, 0.50, 0.75, 0.95 };
static const char *percentile_ids[WF_N_PERCENTILES] = { "p5", "p25", "p50", "p75", "p95" };
static const char *scope_ids[WF_N_ENSEMBLE_SCOPES] = { "scenario", "difference" };

static gint live_workers;

typedef struct
{
  const WfDataset   *dataset;
  const WfScenario  *scenario;
  GCancellable      *cancellable;

  guint              n_runs;
  guint              n_years;
  guint              n_sectors;
  guint              sector_slots;   /* n_sectors + 1, or 1 without by_sector */
  guint              n_outputs;      /* selected */
  WfOutput           outputs[WF_N_OUTPUTS];
  gboolean           share[WF_N_OUTPUTS];   /* of each selected output */
  gsize              block;          /* n_years * sector_slots * N_SEX_SLOTS */
  gsize              n_series;       /* WF_N_ENSEMBLE_SCOPES * n_outputs * block */

  const double      *design;         /* [run][lever] */
  double            *matrix;         /* [run][series] */
  double            *percentiles;    /* the ensemble's */

  gint               next;           /* next run, then next series */
  gint               failed;
  GMutex             lock;
  GError            *error;          /* of the lowest failed run */
  guint              error_run;
} Job;

/* Inverse CDF of the triangular distribution on [low, high] with mode c. */
static double
triangular (double low,
            double mode,
            double high,
            double u)
{
  double width = high - low;
  double value;

  if (u * width < mode - low)
    value = low + sqrt (u * width * (mode - low));
  else
    value = high - sqrt ((1.0 - u) * width * (high - mode));

  return CLAMP (value, low, high);
}

/**
 * wf_ensemble_sample:
 * @scenario: the scenario whose ranges are sampled
 * @n_runs: the number of runs, at least 1
 * @seed: the seed
 * @values: (out caller-allocates): [@n_runs * WF_N_LEVERS] lever values
 * @units: (out caller-allocates) (nullable): the same design in [0, 1)
 *
 * Draws the Latin hypercube design described at the top of this file. Every
 * lever consumes the same random numbers whether its range is zero or not,
 * so fixing one lever leaves the draws of the others unchanged.
 */
void
wf_ensemble_sample (const WfScenario *scenario,
                    guint             n_runs,
                    guint64           seed,
                    double           *values,
                    double           *units)
{
  g_autofree guint32 *strata = NULL;
  WfRandom rng;

  g_return_if_fail (scenario != NULL);
  g_return_if_fail (n_runs > 0);
  g_return_if_fail (values != NULL);

  wf_random_init (&rng, seed);
  strata = g_new (guint32, n_runs);

  for (guint lever = 0; lever < WF_N_LEVERS; lever++)
    {
      double low = scenario->low[lever];
      double high = scenario->high[lever];
      double mode = CLAMP (scenario->values[lever], low, high);

      for (guint i = 0; i < n_runs; i++)
        strata[i] = i;
      /* Fisher-Yates */
      for (guint i = n_runs - 1; i > 0; i--)
        {
          guint j = wf_random_below (&rng, i + 1);
          guint32 t = strata[i];

          strata[i] = strata[j];
          strata[j] = t;
        }

      for (guint i = 0; i < n_runs; i++)
        {
          double u = (strata[i] + wf_random_double (&rng)) / n_runs;
          gsize at = (gsize) i * WF_N_LEVERS + lever;

          if (units != NULL)
            units[at] = u;
          values[at] = low < high ? triangular (low, mode, high, u) : scenario->values[lever];
        }
    }
}

/* Aggregates the outputs of one run and year exactly as wf_results_get ()
 * does, with the same additions in the same order, so that an ensemble
 * whose ranges are all zero reproduces the deterministic numbers bit for
 * bit; every selected output at once, reading each cell once.
 * out[(selected output * sector_slots + sector slot) * N_SEX_SLOTS + sex
 * slot]; the last sector and sex slots are "all". */
static void
aggregate (const Job       *job,
           const WfResults *results,
           WfRun            run,
           guint            y,
           double          *out)
{
  guint n = job->n_outputs;
  guint slots = job->sector_slots;
  gboolean by_sector = slots > 1;
  double all_sum[WF_N_OUTPUTS] = { 0.0, };
  double sex_sum[WF_N_SEXES][WF_N_OUTPUTS] = { { 0.0, }, };
  double all_weight = 0.0;
  double sex_weight[WF_N_SEXES] = { 0.0, };

  for (guint s = 0; s < job->n_sectors; s++)
    {
      double sector_sum[WF_N_OUTPUTS] = { 0.0, };
      double sector_weight = 0.0;

      for (guint g = 0; g < WF_N_SEXES; g++)
        {
          const double *c = wf_results_cell ((WfResults *) results, run, y, s, g);
          double e = c[WF_OUTPUT_EMPLOYMENT];
          double raw[WF_N_OUTPUTS];
          double v[WF_N_OUTPUTS];

          /* Shares are weighted by employment. */
          sector_weight += e;
          sex_weight[g] += e;
          all_weight += e;

          /* Multiplying by 1.0 leaves a level's bits as they are. */
          for (guint oi = 0; oi < n; oi++)
            {
              raw[oi] = c[job->outputs[oi]];
              v[oi] = raw[oi] * (job->share[oi] ? e : 1.0);
            }
          for (guint oi = 0; oi < n; oi++)
            {
              sector_sum[oi] += v[oi];
              sex_sum[g][oi] += v[oi];
              all_sum[oi] += v[oi];
            }
          if (by_sector)
            for (guint oi = 0; oi < n; oi++)
              out[((gsize) oi * slots + s) * N_SEX_SLOTS + g] =
                !job->share[oi] ? 0.0 + v[oi]
                                : (0.0 + e > 0.0 ? (0.0 + v[oi]) / (0.0 + e) : raw[oi]);
        }

      if (by_sector)
        for (guint oi = 0; oi < n; oi++)
          {
            double *sector_out = out + ((gsize) oi * slots + s) * N_SEX_SLOTS;

            sector_out[SLOT_ALL] = !job->share[oi] ? sector_sum[oi]
                                   : (sector_weight > 0.0 ? sector_sum[oi] / sector_weight : 0.0);
            sector_out[SLOT_GAP] = sector_out[WF_SEX_WOMEN] - sector_out[WF_SEX_MEN];
          }
    }

  for (guint oi = 0; oi < n; oi++)
    {
      double *last = out + ((gsize) oi * slots + slots - 1) * N_SEX_SLOTS;

      for (guint g = 0; g < WF_N_SEXES; g++)
        last[g] = !job->share[oi] ? sex_sum[g][oi]
                                  : (sex_weight[g] > 0.0 ? sex_sum[g][oi] / sex_weight[g] : 0.0);
      last[SLOT_ALL] = !job->share[oi] ? all_sum[oi]
                                       : (all_weight > 0.0 ? all_sum[oi] / all_weight : 0.0);
      last[SLOT_GAP] = last[WF_SEX_WOMEN] - last[WF_SEX_MEN];
    }
}

/* Writes one run's series into its row of the matrix. */
static void
extract (const Job       *job,
         const WfResults *results,
         double          *row,
         double          *scratch)  /* [2 * n_outputs * sector_slots * N_SEX_SLOTS] */
{
  gsize slots = (gsize) job->sector_slots * N_SEX_SLOTS;
  double *scenario = scratch;
  double *baseline = scratch + job->n_outputs * slots;

  for (guint y = 0; y < job->n_years; y++)
    {
      aggregate (job, results, WF_RUN_SCENARIO, y, scenario);
      aggregate (job, results, WF_RUN_BASELINE, y, baseline);

      for (guint oi = 0; oi < job->n_outputs; oi++)
        {
          const double *a = scenario + oi * slots;
          const double *b = baseline + oi * slots;
          double *level = row + ((gsize) (WF_ENSEMBLE_SCOPE_SCENARIO * job->n_outputs + oi) * job->n_years + y) * slots;
          double *difference = row + ((gsize) (WF_ENSEMBLE_SCOPE_DIFFERENCE * job->n_outputs + oi) * job->n_years + y) * slots;

          for (gsize i = 0; i < slots; i++)
            {
              level[i] = a[i];
              difference[i] = a[i] - b[i];
            }
        }
    }
}

static void
record_error (Job    *job,
              guint   run,
              GError *error)
{
  g_mutex_lock (&job->lock);
  if (job->error == NULL || run < job->error_run)
    {
      g_clear_error (&job->error);
      job->error = error;
      job->error_run = run;
    }
  else
    g_error_free (error);
  g_mutex_unlock (&job->lock);
  g_atomic_int_set (&job->failed, 1);
}

static gboolean
job_should_stop (Job *job)
{
  return g_atomic_int_get (&job->failed) ||
         g_cancellable_is_cancelled (job->cancellable);
}

static void
run_projections (Job *job)
{
  g_autoptr(WfScenario) scenario = wf_scenario_copy (job->scenario);
  g_autoptr(WfResults) results = wf_results_new (job->dataset->base_year, job->scenario->horizon,
                                                 job->dataset->n_sectors, job->dataset->n_skills);
  g_autofree double *scratch = g_new (double, 2 * (gsize) job->n_outputs * job->sector_slots
                                               * N_SEX_SLOTS);

  for (;;)
    {
      guint start = (guint) g_atomic_int_add (&job->next, RUN_CHUNK);

      if (start >= job->n_runs)
        return;

      for (guint run = start; run < MIN (start + RUN_CHUNK, job->n_runs); run++)
        {
          GError *error = NULL;

          if (job_should_stop (job))
            return;

          memcpy (scenario->values, job->design + (gsize) run * WF_N_LEVERS,
                  sizeof scenario->values);
          if (!wf_model_project_into (job->dataset, scenario, results, &error))
            {
              record_error (job, run, error);
              return;
            }
          extract (job, results, job->matrix + (gsize) run * job->n_series, scratch);
        }
    }
}

/* Places the k-th smallest of a[0 .. n) at a[k], smaller or equal ones
 * before it and larger or equal ones after (Wirth's selection). */
static void
select_kth (double *a,
            gssize  n,
            gssize  k)
{
  gssize l = 0, m = n - 1;

  while (l < m)
    {
      double x = a[k];
      gssize i = l, j = m;

      do
        {
          while (a[i] < x)
            i++;
          while (x < a[j])
            j--;
          if (i <= j)
            {
              double t = a[i];

              a[i] = a[j];
              a[j] = t;
              i++;
              j--;
            }
        }
      while (i <= j);

      if (j < k)
        l = i;
      if (k < i)
        m = j;
    }
}

/* Puts the k-th smallest of x[0 .. n) at x[k], given the indices already
 * placed (sorted, each holding its order statistic with smaller or equal
 * values before it and larger or equal ones after): only the stretch
 * between the placed neighbours of k needs looking at. */
static void
place (double *x,
       gssize  n,
       gssize *placed,
       guint  *n_placed,
       gssize  k)
{
  gssize from = 0, to = n;
  guint at = 0;

  while (at < *n_placed && placed[at] < k)
    from = placed[at++] + 1;
  if (at < *n_placed && placed[at] == k)
    return;
  if (at < *n_placed)
    to = placed[at];

  if (k == from)
    {
      gssize min = from;

      for (gssize i = from + 1; i < to; i++)
        if (x[i] < x[min])
          min = i;
      if (min != from)
        {
          double t = x[from];

          x[from] = x[min];
          x[min] = t;
        }
    }
  else
    select_kth (x + from, to - from, k - from);

  memmove (placed + at + 1, placed + at, sizeof (gssize) * (*n_placed - at));
  placed[at] = k;
  (*n_placed)++;
}

/* The five percentiles of x[0 .. n), which it reorders. The median is
 * selected first, so that each other percentile looks only at its half. */
static void
percentiles_of (double *x,
                guint   n,
                double *out)
{
  static const WfPercentile order[WF_N_PERCENTILES] = {
    WF_PERCENTILE_50, WF_PERCENTILE_25, WF_PERCENTILE_5, WF_PERCENTILE_75, WF_PERCENTILE_95,
  };
  gssize placed[2 * WF_N_PERCENTILES];
  guint n_placed = 0;

  for (guint i = 0; i < WF_N_PERCENTILES; i++)
    {
      WfPercentile p = order[i];
      double h = (n - 1) * percentile_levels[p];
      gssize lo = (gssize) floor (h);
      double f = h - (double) lo;

      place (x, n, placed, &n_placed, lo);
      if (lo + 1 < (gssize) n)
        place (x, n, placed, &n_placed, lo + 1);

      if (f == 0.0 || lo + 1 >= (gssize) n || x[lo + 1] == x[lo])
        out[p] = x[lo];
      else
        out[p] = CLAMP (x[lo] + f * (x[lo + 1] - x[lo]), x[lo], x[lo + 1]);
    }
}

static void
summarise (Job *job)
{
  g_autofree double *scratch = g_new (double, (gsize) SERIES_CHUNK * job->n_runs);
  gsize per_output = job->block;

  for (;;)
    {
      gsize start = (gsize) g_atomic_int_add (&job->next, SERIES_CHUNK);
      gsize end;

      if (start >= job->n_series || job_should_stop (job))
        return;
      end = MIN (start + SERIES_CHUNK, job->n_series);

      for (guint run = 0; run < job->n_runs; run++)
        {
          const double *row = job->matrix + (gsize) run * job->n_series;

          for (gsize i = start; i < end; i++)
            scratch[(i - start) * job->n_runs + run] = row[i];
        }

      for (gsize i = start; i < end; i++)
        {
          /* series i = (scope, selected output, rest within the block) */
          gsize scope = i / (job->n_outputs * per_output);
          gsize oi = (i / per_output) % job->n_outputs;
          gsize rest = i % per_output;
          gsize at = ((scope * WF_N_OUTPUTS + job->outputs[oi]) * per_output + rest)
                     * WF_N_PERCENTILES;

          percentiles_of (scratch + (i - start) * job->n_runs, job->n_runs,
                          job->percentiles + at);
        }
    }
}

typedef void (*JobFunc) (Job *job);

typedef struct
{
  Job     *job;
  JobFunc  func;
} Worker;

static gpointer
worker_thread (gpointer data)
{
  Worker *worker = data;

  g_atomic_int_inc (&live_workers);
  worker->func (worker->job);
  g_atomic_int_dec_and_test (&live_workers);

  return NULL;
}

/* Runs func on n_threads threads, the calling one included, and returns
 * when every one of them has finished. */
static void
run_parallel (Job     *job,
              JobFunc  func,
              guint    n_threads)
{
  g_autoptr(GPtrArray) threads = g_ptr_array_new ();
  Worker worker = { job, func };

  g_atomic_int_set (&job->next, 0);

  for (guint i = 1; i < n_threads; i++)
    {
      GThread *thread = g_thread_try_new ("wf-ensemble", worker_thread, &worker, NULL);

      /* Without another thread the calling one does all the work. */
      if (thread == NULL)
        break;
      g_ptr_array_add (threads, thread);
    }

  func (job);

  for (guint i = 0; i < threads->len; i++)
    g_thread_join (g_ptr_array_index (threads, i));
}

/**
 * wf_ensemble_options_init:
 * @options: (out caller-allocates): options to fill
 * @scenario: (nullable): the scenario whose seed to use
 *
 * Sets the defaults: WF_ENSEMBLE_DEFAULT_RUNS runs, the scenario's seed,
 * one thread per processor, every output, totals only.
 */
void
wf_ensemble_options_init (WfEnsembleOptions *options,
                          const WfScenario  *scenario)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->n_runs = WF_ENSEMBLE_DEFAULT_RUNS;
  options->seed = scenario != NULL ? scenario->seed : 0;
  options->n_threads = 0;
  options->outputs = WF_ENSEMBLE_ALL_OUTPUTS;
  options->by_sector = FALSE;
}

/**
 * wf_ensemble_run:
 * @dataset: a valid dataset
 * @scenario: the scenario, whose low/high ranges are sampled
 * @options: (nullable): the options, or %NULL for the defaults
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Runs the ensemble synchronously, spread over worker threads; call it from
 * a #GTask thread in an interface. Every worker has finished when it
 * returns, cancelled or not.
 *
 * Returns: (transfer full) (nullable): the ensemble, or %NULL with @error
 *   set (%G_IO_ERROR_CANCELLED when cancelled)
 */
WfEnsemble *
wf_ensemble_run (const WfDataset          *dataset,
                 const WfScenario         *scenario,
                 const WfEnsembleOptions  *options,
                 GCancellable             *cancellable,
                 GError                  **error)
{
  g_autoptr(WfEnsemble) self = NULL;
  WfEnsembleOptions defaults;
  Job job = { 0, };
  guint n_threads;
  gsize n_values;
  guint32 outputs;

  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (scenario != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    {
      wf_ensemble_options_init (&defaults, scenario);
      options = &defaults;
    }

  if (options->n_runs < 1 || options->n_runs > WF_ENSEMBLE_MAX_RUNS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   /* Translators: the largest number of runs, then the number asked for */
                   _("An ensemble needs between 1 and %u runs, not %u"),
                   (guint) WF_ENSEMBLE_MAX_RUNS, options->n_runs);
      return NULL;
    }

  if (!wf_scenario_validate (scenario, dataset->base_year, error))
    return NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  outputs = options->outputs != 0 ? options->outputs & WF_ENSEMBLE_ALL_OUTPUTS
                                   : WF_ENSEMBLE_ALL_OUTPUTS;

  self = g_new0 (WfEnsemble, 1);
  self->base_year = dataset->base_year;
  self->horizon = scenario->horizon;
  self->n_years = (guint) (scenario->horizon - dataset->base_year + 1);
  self->n_sectors = dataset->n_sectors;
  self->n_runs = options->n_runs;
  self->seed = options->seed;
  self->outputs = outputs;
  self->by_sector = options->by_sector;

  job.dataset = dataset;
  job.scenario = scenario;
  job.cancellable = cancellable;
  job.n_runs = self->n_runs;
  job.n_years = self->n_years;
  job.n_sectors = self->n_sectors;
  job.sector_slots = self->by_sector ? self->n_sectors + 1 : 1;
  for (guint o = 0; o < WF_N_OUTPUTS; o++)
    if (outputs & WF_ENSEMBLE_OUTPUT (o))
      {
        job.share[job.n_outputs] = wf_output_is_share (o);
        job.outputs[job.n_outputs++] = o;
      }
  job.block = (gsize) job.n_years * job.sector_slots * N_SEX_SLOTS;
  job.n_series = WF_N_ENSEMBLE_SCOPES * job.n_outputs * job.block;
  g_mutex_init (&job.lock);

  n_values = (gsize) WF_N_ENSEMBLE_SCOPES * WF_N_OUTPUTS * job.block * WF_N_PERCENTILES;
  self->percentiles = g_new (double, n_values);
  for (gsize i = 0; i < n_values; i++)
    self->percentiles[i] = NAN;

  self->design = g_new (double, (gsize) self->n_runs * WF_N_LEVERS);
  wf_ensemble_sample (scenario, self->n_runs, self->seed, self->design, NULL);
  job.design = self->design;

  if ((guint64) self->n_runs * job.n_series * sizeof (double) <= MAX_MATRIX_BYTES)
    job.matrix = g_try_new (double, (gsize) self->n_runs * job.n_series);
  if (job.matrix == NULL)
    {
      g_mutex_clear (&job.lock);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                   /* Translators: a number of runs */
                   _("An ensemble of %u runs would need too much memory; choose "
                     "fewer runs, fewer indicators or totals only"),
                   self->n_runs);
      return NULL;
    }
  job.percentiles = self->percentiles;

  n_threads = options->n_threads != 0 ? options->n_threads : g_get_num_processors ();
  n_threads = CLAMP (n_threads, 1, self->n_runs);

  run_parallel (&job, run_projections, n_threads);
  if (!job_should_stop (&job))
    run_parallel (&job, summarise, n_threads);

  g_free (job.matrix);
  g_mutex_clear (&job.lock);

  if (job.error != NULL)
    {
      g_propagate_error (error, job.error);
      return NULL;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  return g_steal_pointer (&self);
}

void
wf_ensemble_free (WfEnsemble *self)
{
  if (self == NULL)
    return;

  g_free (self->design);
  g_free (self->percentiles);
  g_free (self);
}

gboolean
wf_ensemble_has_output (const WfEnsemble *self,
                        WfOutput          output)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (output < WF_N_OUTPUTS, FALSE);

  return (self->outputs & WF_ENSEMBLE_OUTPUT (output)) != 0;
}

/**
 * wf_ensemble_get:
 * @self: an ensemble
 * @scope: the scenario's levels or their difference from baseline
 * @output: an output the ensemble kept (see wf_ensemble_has_output ())
 * @year_index: 0 for the base year
 * @sector: a sector index when the ensemble is by sector, or -1 for all
 * @sex: a #WfSex, %WF_SEX_ALL or %WF_ENSEMBLE_SEX_GAP
 * @percentile: which percentile
 *
 * Returns: the percentile of the series across the runs
 */
double
wf_ensemble_get (const WfEnsemble *self,
                 WfEnsembleScope   scope,
                 WfOutput          output,
                 guint             year_index,
                 int               sector,
                 int               sex,
                 WfPercentile      percentile)
{
  guint sector_slots;
  guint sector_slot;
  guint sex_slot;
  gsize at;

  g_return_val_if_fail (self != NULL, NAN);
  g_return_val_if_fail (scope < WF_N_ENSEMBLE_SCOPES, NAN);
  g_return_val_if_fail (output < WF_N_OUTPUTS, NAN);
  g_return_val_if_fail (year_index < self->n_years, NAN);
  g_return_val_if_fail (sector == -1 || (self->by_sector && sector >= 0 &&
                                         (guint) sector < self->n_sectors), NAN);
  g_return_val_if_fail (sex == WF_SEX_ALL || sex == WF_ENSEMBLE_SEX_GAP ||
                        (sex >= 0 && sex < WF_N_SEXES), NAN);
  g_return_val_if_fail (percentile < WF_N_PERCENTILES, NAN);

  sector_slots = self->by_sector ? self->n_sectors + 1 : 1;
  sector_slot = sector < 0 ? sector_slots - 1 : (guint) sector;
  sex_slot = sex == WF_SEX_ALL ? SLOT_ALL : sex == WF_ENSEMBLE_SEX_GAP ? SLOT_GAP : (guint) sex;

  at = (((((gsize) scope * WF_N_OUTPUTS + output) * self->n_years + year_index)
         * sector_slots + sector_slot) * N_SEX_SLOTS + sex_slot) * WF_N_PERCENTILES
       + percentile;

  return self->percentiles[at];
}

double
wf_percentile_get_level (WfPercentile percentile)
{
  g_return_val_if_fail (percentile < WF_N_PERCENTILES, NAN);
  return percentile_levels[percentile];
}

const char *
wf_percentile_to_id (WfPercentile percentile)
{
  g_return_val_if_fail (percentile < WF_N_PERCENTILES, NULL);
  return percentile_ids[percentile];
}

const char *
wf_ensemble_scope_to_id (WfEnsembleScope scope)
{
  g_return_val_if_fail (scope < WF_N_ENSEMBLE_SCOPES, NULL);
  return scope_ids[scope];
}

guint
wf_ensemble_get_n_live_workers (void)
{
  return (guint) g_atomic_int_get (&live_workers);
}
