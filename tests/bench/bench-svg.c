/* bench-svg.c: how long each chart takes to export at 1280 x 720
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints the median of many exports of each kind as PNG and as SVG (real
 * text in named groups: the chart drawn with the texts recorded, then the
 * record written into cairo's SVG). Exports run in a thread in the
 * application, so there is no frame to fit in; the figures say what an
 * export costs and what the SVG's text adds.
 */

#include "config.h"

#include <stdlib.h>

#include "wf-chart.h"
#include "wf-core.h"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median_ms (WfChartFormat      format,
           WfChartKind        kind,
           const WfChartData *data,
           int                runs,
           gsize             *size)
{
  g_autofree double *times = g_new (double, runs);

  for (int i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GBytes) bytes = wf_chart_export_bytes (format, 1280, 720, 1.0, kind, NULL, data, NULL);

      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      g_assert (bytes != NULL);
      *size = g_bytes_get_size (bytes);
    }
  qsort (times, runs, sizeof (double), compare_doubles);
  return times[runs / 2];
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
  int runs = argc > 1 ? atoi (argv[1]) : 20;
  WfChartData data;

  runs = CLAMP (runs, 3, 10000);
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

  g_print ("%-12s %8s %8s %10s\n", "chart", "PNG ms", "SVG ms", "SVG bytes");
  for (guint k = 0; k < WF_N_CHART_KINDS; k++)
    {
      gsize png_size, svg_size;
      double png, svg;

      data.n_scenarios = k == WF_CHART_COMPARE ? 2 : 1;
      png = median_ms (WF_CHART_FORMAT_PNG, k, &data, runs, &png_size);
      svg = median_ms (WF_CHART_FORMAT_SVG, k, &data, runs, &svg_size);
      g_print ("%-12s %8.2f %8.2f %10" G_GSIZE_FORMAT "\n", wf_chart_kind_to_id (k), png, svg, svg_size);
    }

  wf_chart_shutdown ();
  return 0;
}
