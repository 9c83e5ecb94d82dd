/* bench-brief.c: how long the policy brief takes, as File → Export Brief…
 * and workforce-foresight-cli brief make it
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints the median of several briefs of the bundled world document (the
 * "Exponential AI, widespread readiness" scenario compared with the
 * baseline), as PDF and as HTML, with the ensemble's default 1,000 runs
 * and with the runs given as the first argument set to 1 (the layout with
 * almost no ensemble). Usage: bench-brief [REPEATS]
 *
 * The wall-clock median depends on what else runs on the machine; the
 * processor time (every thread of the process) does less.
 */

#include "config.h"

#include <stdlib.h>
#include <time.h>

#include "wf-brief.h"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
}

/* The medians of the wall-clock and processor times, in @wall and @cpu. */
static void
median_ms (const WfDocument    *document,
           const WfBriefOptions *options,
           WfBriefFormat        format,
           int                  repeats,
           double              *wall,
           double              *cpu,
           gsize               *size)
{
  g_autofree double *walls = g_new (double, repeats);
  g_autofree double *cpus = g_new (double, repeats);

  for (int i = 0; i < repeats; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      double cpu_start = cpu_ms ();
      g_autoptr(GBytes) bytes = wf_brief_render (document, options, format, NULL, &error);

      walls[i] = (g_get_monotonic_time () - start) / 1000.0;
      cpus[i] = cpu_ms () - cpu_start;
      g_assert_no_error (error);
      *size = g_bytes_get_size (bytes);
    }
  qsort (walls, repeats, sizeof *walls, compare_doubles);
  qsort (cpus, repeats, sizeof *cpus, compare_doubles);
  *wall = walls[repeats / 2];
  *cpu = cpus[repeats / 2];
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(WfDocument) document = wf_document_new_default ();
  int repeats = argc > 1 ? atoi (argv[1]) : 7;
  WfBriefOptions options;
  const guint runs[] = { WF_ENSEMBLE_DEFAULT_RUNS, 1 };

  repeats = CLAMP (repeats, 1, 1000);
  wf_brief_options_init (&options, document);
  options.scenario = WF_PRESET_EXPONENTIAL_WIDESPREAD;
  options.compared[options.n_compared++] = 0;

  g_print ("%-8s %8s %12s %12s %10s\n", "format", "runs", "wall ms", "cpu ms", "bytes");
  for (guint r = 0; r < G_N_ELEMENTS (runs); r++)
    for (guint f = 0; f < WF_N_BRIEF_FORMATS; f++)
      {
        gsize size = 0;
        double wall, cpu;

        options.n_runs = runs[r];
        median_ms (document, &options, f, repeats, &wall, &cpu, &size);
        g_print ("%-8s %8u %12.1f %12.1f %10" G_GSIZE_FORMAT "\n", f == WF_BRIEF_FORMAT_PDF ? "pdf" : "html",
                 runs[r], wall, cpu, size);
      }
  wf_chart_shutdown ();
  return 0;
}
