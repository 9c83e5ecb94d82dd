/* bench-export.c: the time of "project" to CSV as the sectors grow
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints the median time of projecting the bundled world scenario's first
 * preset and streaming its CSV export (what "workforce-foresight-cli
 * project" does after loading) for synthetic datasets of 14, 100 and 1,000
 * sectors, and the time per sector: if the export is linear in the sectors,
 * the time per sector stays flat. The CSV goes to a sink that counts the
 * bytes and keeps none, so the disk is not timed. Not a test: timings
 * depend on the machine. Run ./_build/tests/bench/bench-export [RUNS].
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "wf-core.h"
#include "wf-io.h"

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
  return n % 2 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2.0;
}

/* The world dataset's sectors repeated to @n_sectors, each copy's
 * employment scaled so that the labour market still adds up. */
static WfDataset *
synthetic_dataset (guint n_sectors)
{
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  WfDataset *dataset = wf_dataset_new (n_sectors, world->n_skills);
  double copies[64] = { 0 };
  g_autoptr(GError) error = NULL;

  dataset->id = g_strdup ("synthetic");
  dataset->title = g_strdup ("Synthetic benchmark dataset");
  dataset->area = g_strdup (world->area);
  dataset->edition = g_strdup (world->edition);
  dataset->base_year = world->base_year;
  for (guint j = 0; j < world->n_skills; j++)
    {
      dataset->skills[j].id = g_strdup (world->skills[j].id);
      dataset->skills[j].label = g_strdup (world->skills[j].label);
      dataset->skills[j].taxonomy = g_strdup (world->skills[j].taxonomy);
    }
  memcpy (dataset->skill_shift, world->skill_shift,
          sizeof (double) * WF_N_GRADIENTS * MAX (world->n_skills, 1));
  memcpy (dataset->automation_profile, world->automation_profile, sizeof world->automation_profile);
  memcpy (dataset->labour_force, world->labour_force, sizeof world->labour_force);
  memcpy (dataset->unemployed, world->unemployed, sizeof world->unemployed);
  memcpy (dataset->labour_force_growth, world->labour_force_growth, sizeof world->labour_force_growth);
  memcpy (dataset->task_share, world->task_share, sizeof world->task_share);
  memcpy (dataset->new_work_ready, world->new_work_ready, sizeof world->new_work_ready);
  dataset->replacement_rate = world->replacement_rate;
  dataset->untrained_hiring_weight = world->untrained_hiring_weight;
  dataset->discouragement_rate = world->discouragement_rate;
  dataset->shortage_lapse_rate = world->shortage_lapse_rate;
  for (guint t = 0; t < WF_N_TABLES; t++)
    wf_dataset_set_source (dataset, t, world->sources[t].provenance, world->sources[t].citation,
                           world->sources[t].note);

  g_assert (world->n_sectors <= G_N_ELEMENTS (copies));
  for (guint s = 0; s < n_sectors; s++)
    copies[s % world->n_sectors]++;
  for (guint s = 0; s < n_sectors; s++)
    {
      const WfSector *from = &world->sectors[s % world->n_sectors];
      WfSector *to = &dataset->sectors[s];
      double *intensity = to->skill_intensity;

      *to = *from;
      to->id = g_strdup_printf ("%s-%u", from->id, s);
      to->label = g_strdup_printf ("%s %u", from->label, s);
      to->skill_intensity = intensity;
      memcpy (intensity, from->skill_intensity, sizeof (double) * MAX (world->n_skills, 1));
      for (guint g = 0; g < WF_N_SEXES; g++)
        to->employment[g] = from->employment[g] / copies[s % world->n_sectors];
    }

  if (!wf_dataset_validate (dataset, &error))
    g_error ("synthetic dataset: %s", error->message);
  return dataset;
}

static gboolean
discard_sink (gpointer     target,
              const void  *data,
              gsize        size,
              GError     **error)
{
  *(guint64 *) target += size;
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  const guint sizes[] = { 14, 100, 1000 };
  guint runs = argc > 1 ? (guint) CLAMP (atoi (argv[1]), 1, 1000) : 7;

  setlocale (LC_ALL, "C");
  g_print ("project to CSV (projection + streamed export), median of %u runs\n", runs);
  g_print ("%8s  %12s  %14s  %12s  %10s\n", "sectors", "median (ms)", "per sector (us)", "rows", "MB");

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(WfDataset) dataset = synthetic_dataset (sizes[i]);
      g_autoptr(WfScenario) scenario = wf_scenario_new_preset (WF_PRESET_BASELINE);
      g_autofree double *times = g_new (double, runs);
      guint64 bytes = 0, rows = 0;
      double m;

      for (guint r = 0; r < runs; r++)
        {
          gint64 start = g_get_monotonic_time ();
          g_autoptr(WfResults) results = wf_model_project (dataset, scenario, NULL);
          g_autoptr(WfTidyWriter) writer = NULL;
          WfTidyMeta meta;

          g_assert (results != NULL);
          bytes = 0;
          wf_tidy_meta_init_dataset (&meta, dataset);
          writer = wf_tidy_writer_new (WF_EXPORT_FORMAT_CSV, WF_TIDY_NONE, &meta, discard_sink, &bytes);
          if (!wf_results_export (writer, dataset, (const WfScenario * const *) &scenario,
                                  (const WfResults * const *) &results, 1, NULL) ||
              !wf_tidy_writer_finish (writer, NULL))
            g_error ("the export failed");
          rows = wf_tidy_writer_get_n_rows (writer);
          times[r] = (double) (g_get_monotonic_time () - start) / 1000.0;
        }
      m = median (times, runs);
      g_print ("%8u  %12.1f  %14.1f  %12" G_GUINT64_FORMAT "  %10.1f\n", sizes[i], m,
               1000.0 * m / sizes[i], rows, (double) bytes / 1e6);
    }
  return 0;
}
