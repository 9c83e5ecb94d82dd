/* bench-ensemble.c: how fast the projection, the ensembles, the tornado and
 * the attribution are on the bundled world dataset
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints medians of repeated timings. Not a test: timings depend on the
 * machine. The targets (HACKING.md, "Threads"): a projection to 2030 well
 * under 100 us, a 1,000-run ensemble under 100 ms on one core.
 *
 * Usage: bench-ensemble [REPEATS]
 */
#include "config.h"

#include <stdlib.h>

#include "wf-core.h"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *x,
        guint   n)
{
  qsort (x, n, sizeof (double), compare_doubles);
  return n % 2 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
}

/* Median over batches of the time of one projection, in microseconds. */
static double
time_projection (const WfDataset *world,
                 int              horizon)
{
  g_autoptr(WfScenario) scenario = wf_scenario_new_preset (WF_PRESET_EXPONENTIAL_WIDESPREAD);
  g_autoptr(WfResults) results = NULL;
  double batches[51];
  const guint per_batch = 40;

  scenario->horizon = horizon;
  results = wf_results_new (world->base_year, horizon, world->n_sectors, world->n_skills);

  for (guint b = 0; b < G_N_ELEMENTS (batches); b++)
    {
      gint64 start = g_get_monotonic_time ();

      for (guint i = 0; i < per_batch; i++)
        if (!wf_model_project_into (world, scenario, results, NULL))
          g_error ("projection failed");
      batches[b] = (double) (g_get_monotonic_time () - start) / per_batch;
    }

  return median (batches, G_N_ELEMENTS (batches));
}

static double
time_ensemble (const WfDataset *world,
               guint            n_threads,
               gboolean         by_sector,
               guint            repeats)
{
  g_autoptr(WfScenario) scenario = wf_scenario_new_preset (WF_PRESET_EXPONENTIAL_WIDESPREAD);
  g_autofree double *times = g_new (double, repeats);
  WfEnsembleOptions options;

  wf_ensemble_options_init (&options, scenario);
  options.n_runs = 1000;
  options.n_threads = n_threads;
  options.by_sector = by_sector;

  for (guint r = 0; r < repeats; r++)
    {
      g_autoptr(WfEnsemble) ensemble = NULL;
      gint64 start = g_get_monotonic_time ();

      ensemble = wf_ensemble_run (world, scenario, &options, NULL, NULL);
      times[r] = (double) (g_get_monotonic_time () - start) / 1000.0;
      g_assert (ensemble != NULL);
    }

  return median (times, repeats);
}

static double
time_tornado (const WfDataset *world,
              guint            repeats)
{
  g_autoptr(WfScenario) scenario = wf_scenario_new_preset (WF_PRESET_EXPONENTIAL_WIDESPREAD);
  g_autofree double *times = g_new (double, repeats);

  for (guint r = 0; r < repeats; r++)
    {
      g_autoptr(WfTornado) tornado = NULL;
      gint64 start = g_get_monotonic_time ();

      tornado = wf_tornado_compute (world, scenario, WF_METRIC_NET_JOBS, NULL);
      times[r] = (double) (g_get_monotonic_time () - start) / 1000.0;
      g_assert (tornado != NULL);
    }

  return median (times, repeats);
}

static double
time_attribution (const WfDataset *world,
                  const guint32   *groups,
                  guint            n_groups,
                  guint            n_threads,
                  guint            repeats,
                  guint           *n_projections)
{
  g_autoptr(WfScenario) scenario = wf_scenario_new_preset (WF_PRESET_EXPONENTIAL_WIDESPREAD);
  g_autofree double *times = g_new (double, repeats);

  /* Every lever away from its default: the largest exact game, 2^13. */
  for (guint i = 0; i < WF_N_LEVERS; i++)
    if (scenario->values[i] == wf_lever_get_info (i)->default_value)
      scenario->values[i] = wf_lever_get_info (i)->high;

  for (guint r = 0; r < repeats; r++)
    {
      g_autoptr(WfAttribution) attribution = NULL;
      gint64 start = g_get_monotonic_time ();

      attribution = wf_attribution_compute (world, scenario, NULL, WF_METRIC_NET_JOBS,
                                            groups, n_groups, n_threads, NULL, NULL);
      times[r] = (double) (g_get_monotonic_time () - start) / 1000.0;
      g_assert (attribution != NULL);
      *n_projections = attribution->n_projections;
    }

  return median (times, repeats);
}

typedef struct
{
  GCancellable *cancellable;
  gint64        cancelled_at;
} Cancel;

static gpointer
cancel_soon (gpointer data)
{
  Cancel *cancel = data;

  g_usleep (20000);
  cancel->cancelled_at = g_get_monotonic_time ();
  g_cancellable_cancel (cancel->cancellable);
  return NULL;
}

/* Median time from g_cancellable_cancel () on another thread to the return
 * of a long ensemble run on every processor, in milliseconds: how soon the
 * application stops work that a new edit has made useless. */
static double
time_cancel (const WfDataset *world,
             guint            repeats)
{
  g_autoptr(WfScenario) scenario = wf_scenario_new_preset (WF_PRESET_BASELINE);
  g_autofree double *times = g_new (double, repeats);
  WfEnsembleOptions options;

  wf_ensemble_options_init (&options, scenario);
  options.n_runs = WF_ENSEMBLE_MAX_RUNS;
  options.n_threads = 0;

  for (guint r = 0; r < repeats; r++)
    {
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autoptr(GError) error = NULL;
      Cancel cancel = { cancellable, 0 };
      GThread *thread = g_thread_new ("cancel", cancel_soon, &cancel);
      WfEnsemble *ensemble = wf_ensemble_run (world, scenario, &options, cancellable, &error);
      gint64 returned = g_get_monotonic_time ();

      g_thread_join (thread);
      g_assert (ensemble == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED));
      times[r] = (double) (returned - cancel.cancelled_at) / 1000.0;
    }

  return median (times, repeats);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  guint repeats = argc > 1 ? (guint) atoi (argv[1]) : 7;
  guint processors = g_get_num_processors ();
  guint32 groups[2] = {
    wf_lever_group_get_levers (WF_LEVER_GROUP_ASSUMPTION),
    wf_lever_group_get_levers (WF_LEVER_GROUP_POLICY),
  };
  guint n_projections = 0;

  repeats = MAX (repeats, 1);

  g_print ("world dataset: %u sectors, base year %d; %u processors; medians of %u\n",
           world->n_sectors, world->base_year, processors, repeats);
  g_print ("projection to %d (scenario + baseline):  %8.1f us  "
           "(model version 1, without the labour market: 35-40 us on these machines)\n",
           WF_DEFAULT_HORIZON, time_projection (world, WF_DEFAULT_HORIZON));
  g_print ("projection to %d (scenario + baseline):  %8.1f us\n",
           world->base_year + WF_MAX_HORIZON_SPAN,
           time_projection (world, world->base_year + WF_MAX_HORIZON_SPAN));
  g_print ("ensemble, 1,000 runs, 1 thread:            %8.1f ms\n",
           time_ensemble (world, 1, FALSE, repeats));
  g_print ("ensemble, 1,000 runs, %u threads:           %8.1f ms\n", processors,
           time_ensemble (world, 0, FALSE, repeats));
  g_print ("ensemble by sector, 1,000 runs, 1 thread:  %8.1f ms\n",
           time_ensemble (world, 1, TRUE, repeats));
  g_print ("ensemble by sector, 1,000 runs, %u threads: %8.1f ms\n", processors,
           time_ensemble (world, 0, TRUE, repeats));
  g_print ("ensemble cancelled mid-run, to return:   %8.2f ms\n",
           time_cancel (world, repeats));
  g_print ("tornado, 13 levers, net jobs:              %8.1f ms\n",
           time_tornado (world, repeats));
  g_print ("attribution by lever group, 1 thread:      %8.1f ms",
           time_attribution (world, groups, 2, 1, repeats, &n_projections));
  g_print ("  (%u projections)\n", n_projections);
  g_print ("attribution by lever (exact), 1 thread:    %8.1f ms",
           time_attribution (world, NULL, 0, 1, MIN (repeats, 3), &n_projections));
  g_print ("  (%u projections)\n", n_projections);
  g_print ("attribution by lever (exact), %u threads:   %8.1f ms",
           processors, time_attribution (world, NULL, 0, 0, MIN (repeats, 3), &n_projections));
  g_print ("  (%u projections)\n", n_projections);

  return 0;
}
