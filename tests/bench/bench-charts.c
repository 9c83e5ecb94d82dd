/* bench-charts.c: how long each chart takes to draw at 1280 x 720
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints the median of many renders of each kind to an image surface, in
 * every theme. The target is 8 ms, half a frame at 60 Hz, so a slider move
 * redraws within the frame.
 */

#include "config.h"

#include <stdlib.h>

#include "wf-chart.h"
#include "wf-core.h"

#define TARGET_MS 8.0

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(WfDataset) dataset = wf_dataset_new_world ();
  g_autoptr(WfScenario) scenario = wf_scenario_new_preset (WF_PRESET_EXPONENTIAL_LIMITED);
  g_autoptr(WfScenario) other = wf_scenario_new_preset (WF_PRESET_BASELINE);
  g_autoptr(WfResults) results = wf_model_project (dataset, scenario, NULL);
  g_autoptr(WfResults) other_results = wf_model_project (dataset, other, NULL);
  g_autoptr(WfEnsemble) ensemble = NULL;
  g_autoptr(WfTornado) tornado = wf_tornado_compute (dataset, scenario, WF_METRIC_NET_JOBS, NULL);
  g_autoptr(WfAttribution) attribution =
    wf_attribution_compute (dataset, scenario, NULL, WF_METRIC_NET_JOBS, NULL, 0, 0, NULL, NULL);
  WfEnsembleOptions options;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1280, 720);
  int runs = argc > 1 ? atoi (argv[1]) : 40;
  gboolean all_fast = TRUE;
  WfChartData data;

  runs = CLAMP (runs, 3, 10000);
  /* The uncertainty charts draw real results, not their placeholder. */
  wf_ensemble_options_init (&options, scenario);
  ensemble = wf_ensemble_run (dataset, scenario, &options, NULL, NULL);
  g_assert (ensemble != NULL && tornado != NULL && attribution != NULL);

  wf_chart_data_init (&data);
  data.ensemble = ensemble;
  data.tornado = tornado;
  data.attribution = attribution;
  data.dataset = dataset;
  data.results[0] = results;
  data.names[0] = scenario->name;
  data.results[1] = other_results;
  data.names[1] = other->name;

  g_print ("%-12s %10s %10s %14s\n", "chart", "light ms", "dark ms", "presentation ms");
  for (guint k = 0; k < WF_N_CHART_KINDS; k++)
    {

      data.n_scenarios = k == WF_CHART_COMPARE ? 2 : 1;
      g_print ("%-12s", wf_chart_kind_to_id (k));
      for (guint t = 0; t < WF_N_CHART_THEMES; t++)
        {
          g_autofree double *times = g_new (double, runs);
          WfChartStyle style;

          wf_chart_style_init (&style);
          style.theme = t;
          for (int i = 0; i < runs; i++)
            {
              cairo_t *cr = cairo_create (surface);
              gint64 start = g_get_monotonic_time ();

              wf_chart_render (cr, 1280, 720, k, &style, &data, NULL, NULL);
              cairo_surface_flush (surface);
              times[i] = (g_get_monotonic_time () - start) / 1000.0;
              cairo_destroy (cr);
            }
          qsort (times, runs, sizeof (double), compare_doubles);
          g_print (" %*.2f", t == 2 ? 14 : 10, times[runs / 2]);
          all_fast &= times[runs / 2] < TARGET_MS;
        }
      g_print ("\n");
    }
  g_print ("%s (target: every kind under %.0f ms)\n", all_fast ? "OK" : "SLOW", TARGET_MS);

  cairo_surface_destroy (surface);
  wf_chart_shutdown ();
  return all_fast ? 0 : 1;
}
