/* wf-io-migrate.c: the labour market filled in for data that lack it
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Version 2 of the model needs a labour force and unemployment by sex and
 * a few parameters that files of format version 2 and ILOSTAT employment
 * files do not have. The rule is the one docs/file-format.md documents, so
 * a migrated file and an import are filled the same way; the callers set
 * the sources, since only they know where the data came from.
 */
#define G_LOG_DOMAIN "wf-io-migrate"

#include "config.h"

#include <math.h>
#include <string.h>

#include "wf-io-migrate.h"

/* The employment-weighted trend growth of @sex (or of all, WF_SEX_ALL);
 * NAN when there is no such employment. */
static double
weighted_trend_growth (const WfDataset *dataset,
                       int              sex)
{
  double growth = 0.0;
  double total = 0.0;

  for (guint s = 0; s < dataset->n_sectors; s++)
    for (guint g = 0; g < WF_N_SEXES; g++)
      if (sex == WF_SEX_ALL || (int) g == sex)
        {
          growth += dataset->sectors[s].employment[g] * dataset->sectors[s].trend_growth;
          total += dataset->sectors[s].employment[g];
        }

  return total > 0.0 ? growth / total : NAN;
}

/**
 * wf_io_fill_labour_force:
 * @dataset: a dataset with employment and trend growth
 *
 * Per sex: unemployment at WF_IO_ASSUMED_UNEMPLOYMENT_RATE of the labour
 * force (U = E · 0.05 / 0.95), the labour force E + U, and its growth the
 * sex's employment-weighted trend growth (that of all employment for a sex
 * with none), so that the baseline keeps the unemployment rate steady.
 */
void
wf_io_fill_labour_force (WfDataset *dataset)
{
  double all_growth;

  g_return_if_fail (dataset != NULL);

  all_growth = weighted_trend_growth (dataset, WF_SEX_ALL);
  if (isnan (all_growth))
    all_growth = 0.0;

  for (guint g = 0; g < WF_N_SEXES; g++)
    {
      double employed = wf_dataset_total_employment (dataset, (int) g);
      double growth = weighted_trend_growth (dataset, (int) g);

      dataset->unemployed[g] = employed * WF_IO_ASSUMED_UNEMPLOYMENT_RATE
                               / (1.0 - WF_IO_ASSUMED_UNEMPLOYMENT_RATE);
      dataset->labour_force[g] = employed + dataset->unemployed[g];
      dataset->labour_force_growth[g] = isnan (growth) ? all_growth : growth;
    }
}

/**
 * wf_io_fill_labour_market:
 * @dataset: the dataset to fill
 * @world: the bundled world dataset
 *
 * The replacement rate, the exposed task shares and the labour-market
 * parameters (hiring weight, discouragement, lapse, readiness for new
 * work per sex): the world dataset's values.
 */
void
wf_io_fill_labour_market (WfDataset       *dataset,
                          const WfDataset *world)
{
  g_return_if_fail (dataset != NULL);
  g_return_if_fail (world != NULL);

  dataset->replacement_rate = world->replacement_rate;
  memcpy (dataset->task_share, world->task_share, sizeof dataset->task_share);
  dataset->untrained_hiring_weight = world->untrained_hiring_weight;
  dataset->discouragement_rate = world->discouragement_rate;
  dataset->shortage_lapse_rate = world->shortage_lapse_rate;
  memcpy (dataset->new_work_ready, world->new_work_ready, sizeof dataset->new_work_ready);
}

/**
 * wf_io_fill_sectors:
 * @dataset: the dataset to fill
 * @world: the bundled world dataset
 *
 * Each sector's labour cost share and digitalisation trend: the world
 * dataset's for the same sector id, or the world's employment-weighted
 * mean for an id the world dataset does not have.
 */
void
wf_io_fill_sectors (WfDataset       *dataset,
                    const WfDataset *world)
{
  double cost_share = 0.0;
  double trend = 0.0;
  double total = 0.0;

  g_return_if_fail (dataset != NULL);
  g_return_if_fail (world != NULL);

  for (guint s = 0; s < world->n_sectors; s++)
    {
      double employed = 0.0;

      for (guint g = 0; g < WF_N_SEXES; g++)
        employed += world->sectors[s].employment[g];
      cost_share += employed * world->sectors[s].labour_cost_share;
      trend += employed * world->sectors[s].digitalisation_trend;
      total += employed;
    }
  g_assert (total > 0.0);
  cost_share /= total;
  trend /= total;

  for (guint s = 0; s < dataset->n_sectors; s++)
    {
      WfSector *sector = &dataset->sectors[s];
      int same = wf_dataset_find_sector (world, sector->id);

      sector->labour_cost_share = same >= 0 ? world->sectors[same].labour_cost_share : cost_share;
      sector->digitalisation_trend = same >= 0 ? world->sectors[same].digitalisation_trend : trend;
    }
}
