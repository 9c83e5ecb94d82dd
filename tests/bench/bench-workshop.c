/* bench-workshop.c: how fast a workshop's statistics and merge are
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints medians of repeated timings. Not a test: timings depend on the
 * machine. The target (docs/workshop.md): the statistics of twenty
 * scenarios, each projected, well under a second; merging twenty files
 * likewise.
 *
 * Usage: bench-workshop [REPEATS]
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "wf-core.h"
#include "wf-io.h"

#define N_PARTICIPANTS 20

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

/* The baseline and twenty participants' scenarios with varied levers. */
static WfDocument *
make_workshop (void)
{
  WfDocument *document = wf_document_new ();

  wf_document_set_dataset (document, wf_dataset_new_world ());
  wf_document_add_scenario (document, wf_scenario_new_preset (WF_PRESET_BASELINE));
  for (guint i = 0; i < N_PARTICIPANTS; i++)
    {
      g_autofree char *name = g_strdup_printf ("Participant %u", i + 1);
      WfScenario *scenario = wf_scenario_new_preset (i % WF_N_PRESETS);

      wf_scenario_set_id (scenario, "scenario");
      wf_scenario_set_name (scenario, name);
      scenario->values[WF_LEVER_ADOPTION_CEILING] = 5.0 * (i + 1);
      scenario->low[WF_LEVER_ADOPTION_CEILING] = 0;
      scenario->high[WF_LEVER_ADOPTION_CEILING] = 100;
      wf_document_add_scenario (document, scenario);
    }

  return document;
}

int
main (int   argc,
      char *argv[])
{
  guint repeats = argc > 1 ? (guint) atoi (argv[1]) : 21;
  g_autoptr(WfDocument) document = make_workshop ();
  g_autoptr(WfDocument) target = wf_document_new_default ();
  g_autofree double *stats_ms = g_new (double, MAX (repeats, 1));
  g_autofree double *merge_ms = g_new (double, MAX (repeats, 1));
  g_autofree char *dir = g_dir_make_tmp ("wf-bench-workshop-XXXXXX", NULL);
  GFile *files[N_PARTICIPANTS];

  if (repeats == 0)
    repeats = 1;

  /* Twenty participants' files: the presets and one scenario each. */
  for (guint i = 0; i < N_PARTICIPANTS; i++)
    {
      g_autoptr(WfDocument) participant = wf_document_new_default ();
      g_autofree char *basename = g_strdup_printf ("participant-%02u.foresight", i + 1);
      g_autofree char *path = g_build_filename (dir, basename, NULL);
      g_autoptr(GError) error = NULL;

      wf_document_add_scenario (participant,
                                wf_scenario_copy (g_ptr_array_index (document->scenarios, i + 1)));
      files[i] = g_file_new_for_path (path);
      if (!wf_document_save_file (participant, files[i], &error))
        g_error ("%s", error->message);
    }

  for (guint r = 0; r < repeats; r++)
    {
      g_autoptr(WfWorkshopStats) stats = NULL;
      g_autoptr(WfDocument) receiving = wf_document_copy (target);
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();

      stats = wf_workshop_stats_compute (document, WF_WORKSHOP_NONE, NULL, &error);
      if (stats == NULL)
        g_error ("%s", error->message);
      stats_ms[r] = (g_get_monotonic_time () - start) / 1000.0;

      start = g_get_monotonic_time ();
      if (wf_document_merge_files (receiving, files, N_PARTICIPANTS, NULL, &error) != N_PARTICIPANTS)
        g_error ("the merge did not add every participant's scenario");
      merge_ms[r] = (g_get_monotonic_time () - start) / 1000.0;
    }

  g_print ("workshop statistics, %u scenarios:  median %.2f ms over %u runs\n",
           N_PARTICIPANTS, median (stats_ms, repeats), repeats);
  g_print ("merge of %u files:                  median %.2f ms over %u runs\n",
           N_PARTICIPANTS, median (merge_ms, repeats), repeats);

  for (guint i = 0; i < N_PARTICIPANTS; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);

      g_unlink (path);
      g_object_unref (files[i]);
    }
  g_rmdir (dir);

  return 0;
}
