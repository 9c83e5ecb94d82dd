/* bench-uncertainty.c: from a lever move to the redrawn fan chart
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MODEL.md asks the fan charts to follow a slider within 250 ms. This
 * times, on the bundled world dataset with the interactive number of
 * runs, (a) a request to "updated" and (b) a lever move to "updated",
 * which includes the pause that lets a drag settle, and the render of the
 * fan at 800 x 500. Medians of 10.
 */
#include "config.h"

#include <stdlib.h>

#include "wf-chart-view.h"
#include "wf-session.h"
#include "wf-uncertainty.h"

#define N_SAMPLES 10

static gboolean updated;

static void
updated_cb (WfUncertainty *uncertainty,
            gpointer       user_data)
{
  updated = TRUE;
}

static void
wait_updated (void)
{
  while (!updated)
    g_main_context_iteration (NULL, TRUE);
  updated = FALSE;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *samples)
{
  qsort (samples, N_SAMPLES, sizeof (double), compare_doubles);
  return (samples[N_SAMPLES / 2 - 1] + samples[N_SAMPLES / 2]) / 2.0;
}

static double
render_ms (WfSession     *session,
           WfUncertainty *uncertainty)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 500);
  cairo_t *cr = cairo_create (surface);
  WfChartData data;
  gint64 start = g_get_monotonic_time ();

  /* The chart view fills the same fields from its own instance. */
  wf_chart_data_init (&data);
  data.dataset = wf_session_get_document (session)->dataset;
  data.results[0] = wf_session_get_results (session, wf_session_get_current (session));
  data.names[0] = wf_session_get_current_scenario (session)->name;
  data.n_scenarios = 1;
  wf_uncertainty_fill_chart_data (uncertainty, WF_CHART_FAN, &data);
  if (!wf_chart_render (cr, 800, 500, WF_CHART_FAN, NULL, &data, NULL, NULL))
    g_error ("render failed");
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(WfSession) session = wf_session_new ();
  g_autoptr(WfUncertainty) uncertainty = wf_uncertainty_new (session);
  double request[N_SAMPLES], move[N_SAMPLES];
  double render = 0.0;

  g_signal_connect (uncertainty, "updated", G_CALLBACK (updated_cb), NULL);

  /* Warm up: caches, the thread pool. */
  wf_uncertainty_request (uncertainty, WF_CHART_FAN);
  wait_updated ();

  for (guint i = 0; i < N_SAMPLES; i++)
    {
      gint64 start;
      WfUncertainty *fresh = wf_uncertainty_new (session);

      g_signal_connect (fresh, "updated", G_CALLBACK (updated_cb), NULL);
      start = g_get_monotonic_time ();
      wf_uncertainty_request (fresh, WF_CHART_FAN);
      wait_updated ();
      request[i] = (g_get_monotonic_time () - start) / 1000.0;
      g_object_unref (fresh);
    }

  for (guint i = 0; i < N_SAMPLES; i++)
    {
      gint64 start = g_get_monotonic_time ();

      wf_session_set_lever (session, WF_LEVER_ADOPTION_CEILING, i % 2 ? 60.0 : 70.0);
      wf_session_end_lever_gesture (session);
      wait_updated ();
      render = render_ms (session, uncertainty);
      move[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  g_print ("runs per ensemble:                 %u (world dataset, %u processors)\n",
           wf_uncertainty_get_n_runs (uncertainty), g_get_num_processors ());
  g_print ("request to \"updated\":              %.1f ms (median of %d)\n", median (request), N_SAMPLES);
  g_print ("lever move to fan drawn:           %.1f ms (median of %d; includes the %d ms pause and "
           "a %.1f ms render)\n", median (move), N_SAMPLES, WF_UNCERTAINTY_DEBOUNCE_MS, render);
  g_print ("target:                            250 ms\n");
  return 0;
}
