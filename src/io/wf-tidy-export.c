/* wf-tidy-export.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ensembles, tornadoes and attributions in the data layout (wf-tidy.c,
 * docs/data-format.md), for "ensemble", "chart" and the application.
 */
#define G_LOG_DOMAIN "wf-tidy"

#include "config.h"

#include "wf-results-export.h"
#include "wf-tidy-export.h"

/* The rows of each year, scope and sector: all, women, men, unknown, then
 * the gap (women minus men, run by run). */
static const int sexes[] = { WF_SEX_ALL, WF_SEX_WOMEN, WF_SEX_MEN, WF_SEX_UNKNOWN, WF_ENSEMBLE_SEX_GAP };

/* The sexes to write: women, men, and unknown only when the dataset has
 * employment whose sex it does not know. */
static gboolean
write_sex (const WfDataset *dataset,
           int              sex)
{
  return sex != WF_SEX_UNKNOWN || wf_dataset_total_employment (dataset, WF_SEX_UNKNOWN) > 0.0;
}

static const char *
sex_id (int sex)
{
  return sex == WF_SEX_ALL ? WF_TIDY_TOTAL : sex == WF_ENSEMBLE_SEX_GAP ? "gap" : wf_sex_to_id (sex);
}

static const char *
metric_unit (WfMetric  metric,
             double   *multiplier)
{
  *multiplier = wf_metric_is_share (metric) ? 1 : 1000;
  return wf_metric_is_share (metric) ? "share" : "persons";
}

/* The percentiles per year, scope (the table: "ensemble" for levels,
 * "ensemble-difference" for the difference from the baseline), sector
 * (with the economy as "total"), sex and indicator. */
gboolean
wf_ensemble_export (WfTidyWriter      *writer,
                    const WfDataset   *dataset,
                    const WfScenario  *scenario,
                    const WfEnsemble  *ensemble,
                    GError           **error)
{
  int n_sector_rows;
  WfTidyRow row = { 0 };

  g_return_val_if_fail (writer != NULL && ensemble != NULL, FALSE);

  n_sector_rows = ensemble->by_sector ? (int) ensemble->n_sectors : 0;

  row.scenario_id = scenario->id;
  row.scenario_name = scenario->name;
  row.provenance = wf_provenance_to_id (WF_PROVENANCE_DERIVED);
  for (guint y = 0; y < ensemble->n_years; y++)
    for (guint scope = 0; scope < WF_N_ENSEMBLE_SCOPES; scope++)
      for (int s = -1; s < n_sector_rows; s++)
        for (guint si = 0; si < G_N_ELEMENTS (sexes); si++)
          for (guint out = 0; out < WF_N_OUTPUTS; out++)
            {
              int g = sexes[si];

              if (!wf_ensemble_has_output (ensemble, out) || (g >= 0 && !write_sex (dataset, g)))
                continue;
              row.table = scope == WF_ENSEMBLE_SCOPE_SCENARIO ? "ensemble" : "ensemble-difference";
              row.year = ensemble->base_year + (int) y;
              row.sector_id = s < 0 ? WF_TIDY_TOTAL : dataset->sectors[s].id;
              row.sector_label = s < 0 ? NULL : dataset->sectors[s].label;
              row.sex = sex_id (g);
              row.indicator = wf_output_to_id (out);
              row.unit = wf_export_output_unit (out, &row.unit_multiplier);
              for (guint p = 0; p < WF_N_PERCENTILES; p++)
                {
                  row.statistic = wf_percentile_to_id (p);
                  row.value = wf_ensemble_get (ensemble, scope, out, y, s, g, p);
                  if (!wf_tidy_writer_add (writer, &row, error))
                    return FALSE;
                }
            }
  return TRUE;
}

/* Per lever, in the order of the swing: the lever's low and high values
 * (indicator "lever-value", in the lever's unit) and the metric at each and
 * its swing; the metric's central value first. */
gboolean
wf_tornado_export (WfTidyWriter      *writer,
                   const WfScenario  *scenario,
                   const WfTornado   *tornado,
                   GError           **error)
{
  WfTidyRow row = { 0 };
  const char *unit;
  double multiplier;

  row.table = "tornado";
  row.scenario_id = scenario->id;
  row.scenario_name = scenario->name;
  row.year = scenario->horizon;
  row.sector_id = WF_TIDY_TOTAL;
  row.sex = WF_TIDY_TOTAL;
  row.provenance = wf_provenance_to_id (WF_PROVENANCE_DERIVED);
  unit = metric_unit (tornado->metric, &multiplier);

  row.indicator = wf_metric_to_id (tornado->metric);
  row.statistic = "central";
  row.value = tornado->central;
  row.unit = unit;
  row.unit_multiplier = multiplier;
  if (!wf_tidy_writer_add (writer, &row, error))
    return FALSE;

  for (guint i = 0; i < tornado->n_bars; i++)
    {
      const WfTornadoBar *bar = &tornado->bars[i];
      const WfLeverInfo *info = wf_lever_get_info (bar->lever);
      const struct { const char *indicator; const char *statistic; double value; } cells[] = {
        { "lever-value", "low", bar->low_value },
        { "lever-value", "high", bar->high_value },
        { wf_metric_to_id (tornado->metric), "low", bar->low_metric },
        { wf_metric_to_id (tornado->metric), "high", bar->high_metric },
        { wf_metric_to_id (tornado->metric), "swing", bar->swing },
      };

      row.lever_id = info->id;
      row.lever_group = wf_tidy_lever_group_id (info->group);
      for (guint c = 0; c < G_N_ELEMENTS (cells); c++)
        {
          gboolean lever = c < 2;

          row.indicator = cells[c].indicator;
          row.statistic = cells[c].statistic;
          row.value = cells[c].value;
          /* A lever's unit as the lever table states it, in English. */
          row.unit = lever ? info->unit : unit;
          row.unit_multiplier = lever ? 1 : multiplier;
          /* A lever's range is an assumption or a source's; the metric is worked out. */
          row.provenance = wf_provenance_to_id (lever ? info->provenance : WF_PROVENANCE_DERIVED);
          if (!wf_tidy_writer_add (writer, &row, error))
            return FALSE;
        }
    }
  return TRUE;
}

static char *
part_levers (guint32 levers)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < WF_N_LEVERS; i++)
    if (levers & WF_LEVER_BIT (i))
      g_string_append_printf (out, "%s%s", out->len ? "+" : "", wf_lever_get_id (i));
  return g_string_free (out, FALSE);
}

/* A waterfall: the reference, each part's contribution (a lever, levers
 * joined by "+", or with --by-group a lever group), the scenario. */
gboolean
wf_attribution_export (WfTidyWriter         *writer,
                       const WfScenario     *scenario,
                       const WfAttribution  *attribution,
                       gboolean              by_group,
                       GError              **error)
{
  WfTidyRow row = { 0 };

  row.table = "attribution";
  row.scenario_id = scenario->id;
  row.scenario_name = scenario->name;
  row.year = scenario->horizon;
  row.sector_id = WF_TIDY_TOTAL;
  row.sex = WF_TIDY_TOTAL;
  row.indicator = wf_metric_to_id (attribution->metric);
  row.unit = metric_unit (attribution->metric, &row.unit_multiplier);
  row.provenance = wf_provenance_to_id (WF_PROVENANCE_DERIVED);

  row.statistic = "reference";
  row.value = attribution->reference_value;
  if (!wf_tidy_writer_add (writer, &row, error))
    return FALSE;
  row.statistic = "contribution";
  for (guint p = 0; p < attribution->n_parts; p++)
    {
      g_autofree char *levers = part_levers (attribution->parts[p].levers);

      row.lever_id = by_group ? NULL : levers;
      row.lever_group = by_group ? wf_tidy_lever_group_id (p) : NULL;
      row.value = attribution->parts[p].contribution;
      if (!wf_tidy_writer_add (writer, &row, error))
        return FALSE;
    }
  row.lever_id = row.lever_group = NULL;
  row.statistic = "scenario";
  row.value = attribution->scenario_value;
  return wf_tidy_writer_add (writer, &row, error);
}


/**
 * wf_tidy_export_view:
 * @writer: where the rows go
 * @dataset: the dataset of the view
 * @view: what the view shows
 * @error: the writer's error
 *
 * The numbers behind a chart, for "chart --format csv|json" and the
 * application's data export: the same rows as "ensemble" and "project".
 *
 * Returns: %FALSE when the writer's sink failed
 */
gboolean
wf_tidy_export_view (WfTidyWriter      *writer,
                     const WfDataset   *dataset,
                     const WfTidyView  *view,
                     GError           **error)
{
  WfResultsExportFilter filter = { -1, WF_RESULTS_EXPORT_ALL_SEXES };

  g_return_val_if_fail (writer != NULL && dataset != NULL && view != NULL, FALSE);
  g_return_val_if_fail (view->n_scenarios > 0, FALSE);

  filter.sector = view->sector;

  if (view->tornado != NULL)
    return wf_tornado_export (writer, view->scenarios[0], view->tornado, error);
  if (view->attribution != NULL)
    return wf_attribution_export (writer, view->scenarios[0], view->attribution, FALSE, error);
  if (view->ensemble != NULL)
    return wf_ensemble_export (writer, dataset, view->scenarios[0], view->ensemble, error);

  /* The lens: its sex, or women and men for the gap. */
  switch (view->lens)
    {
    case WF_LENS_WOMEN:
      filter.sexes = WF_RESULTS_EXPORT_SEX (WF_SEX_WOMEN);
      break;
    case WF_LENS_MEN:
      filter.sexes = WF_RESULTS_EXPORT_SEX (WF_SEX_MEN);
      break;
    case WF_LENS_GAP:
      filter.sexes = WF_RESULTS_EXPORT_SEX (WF_SEX_WOMEN) | WF_RESULTS_EXPORT_SEX (WF_SEX_MEN);
      break;
    case WF_LENS_TOTAL:
    case WF_N_LENSES:
    default:
      break;
    }
  return wf_results_export_filtered (writer, dataset, view->scenarios, view->results,
                                     view->n_scenarios, &filter, error);
}
