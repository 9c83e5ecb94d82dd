/* wf-results-export.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The projections in the data layout (wf-tidy.c, docs/data-format.md):
 * per scenario, the "sectors" table (year x sector x sex x indicator, with
 * the economy's sums as sector "total" and every sex summed as "total"),
 * the "labour" table (the labour market per year and sex), the "skills"
 * table (demand per year, skill and sex) and the "headline" table (the
 * indicators of the headline bar at the horizon).
 *
 * Every value is one lookup of the results (O(1) a cell, sums over the
 * sectors read from the results' totals), so the export of S sectors
 * costs O(S) and streams through the writer.
 */
#define G_LOG_DOMAIN "wf-results-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "wf-io-error.h"
#include "wf-io-util.h"
#include "wf-results-export.h"

static const char * const skill_output_ids[WF_N_SKILL_OUTPUTS] = { "skill-demand", "skill-index" };

/* The sexes of a row, then every sex summed. */
#define N_ROW_SEXES (WF_N_SEXES + 1)

static const char *
row_sex_id (guint g)
{
  return g < WF_N_SEXES ? wf_sex_to_id (g) : WF_TIDY_TOTAL;
}

static int
row_sex (guint g)
{
  return g < WF_N_SEXES ? (int) g : WF_SEX_ALL;
}

/**
 * wf_export_output_unit:
 * @output: an output
 * @multiplier: (out): what a value is multiplied by to be in the unit
 *
 * Returns: the unit's id (not translated: exports are for programs)
 */
const char *
wf_export_output_unit (WfOutput  output,
                       double   *multiplier)
{
  if (output == WF_OUTPUT_PRODUCTIVITY)
    {
      *multiplier = 1;
      return "index";
    }
  if (wf_output_is_share (output))
    {
      *multiplier = 1;
      return "share";
    }
  *multiplier = 1000;
  return "persons";
}

static const char *
labour_unit (WfLabourOutput  output,
             double         *multiplier)
{
  *multiplier = output == WF_LABOUR_UNEMPLOYMENT_RATE ? 1 : 1000;
  return output == WF_LABOUR_UNEMPLOYMENT_RATE ? "share" : "persons";
}

/* Indicator @i of a sector row: the WF_N_OUTPUTS outputs of the scenario
 * run, then the baseline's employment and the difference. */
#define N_INDICATORS (WF_N_OUTPUTS + 2)

static const char *
indicator_id (guint i)
{
  if (i < WF_N_OUTPUTS)
    return wf_output_to_id (i);
  return i == WF_N_OUTPUTS ? WF_EXPORT_BASELINE_EMPLOYMENT : WF_EXPORT_NET_CHANGE;
}

static const char *
indicator_unit (guint   i,
                double *multiplier)
{
  if (i < WF_N_OUTPUTS)
    return wf_export_output_unit (i, multiplier);
  *multiplier = 1000;
  return "persons";
}

static double
indicator_value (const WfResults *results,
                 guint            i,
                 guint            year,
                 int              sector,
                 int              sex)
{
  if (i < WF_N_OUTPUTS)
    return wf_results_get (results, WF_RUN_SCENARIO, i, year, sector, sex);
  if (i == WF_N_OUTPUTS)
    return wf_results_get (results, WF_RUN_BASELINE, WF_OUTPUT_EMPLOYMENT, year, sector, sex);
  return wf_results_get (results, WF_RUN_SCENARIO, WF_OUTPUT_EMPLOYMENT, year, sector, sex)
         - wf_results_get (results, WF_RUN_BASELINE, WF_OUTPUT_EMPLOYMENT, year, sector, sex);
}

/* Base-year employment is the dataset's own figure; everything else the
 * model works out. */
static const char *
indicator_provenance (const WfDataset *dataset,
                      guint            i,
                      guint            year)
{
  if (year == 0 && (i == WF_OUTPUT_EMPLOYMENT || i == WF_N_OUTPUTS))
    return wf_provenance_to_id (dataset->sources[WF_TABLE_EMPLOYMENT].provenance);
  return wf_provenance_to_id (WF_PROVENANCE_DERIVED);
}

/**
 * wf_tidy_meta_init_dataset:
 * @meta: (out caller-allocates): metadata to fill
 * @dataset: the dataset the numbers come from
 *
 * Clears @meta and sets what the dataset tells (id, title, edition, area).
 */
void
wf_tidy_meta_init_dataset (WfTidyMeta      *meta,
                           const WfDataset *dataset)
{
  memset (meta, 0, sizeof *meta);
  meta->dataset = dataset->id;
  meta->title = dataset->title;
  meta->edition = dataset->edition;
  meta->area = dataset->area;
}

static gboolean
export_scenario (WfTidyWriter                *writer,
                 const WfDataset             *dataset,
                 const WfScenario            *scenario,
                 const WfResults             *r,
                 const WfResultsExportFilter *filter,
                 GError                     **error)
{
  WfTidyRow row = { 0 };
  WfHeadline h;

  row.scenario_id = scenario->id;
  row.scenario_name = scenario->name;
  row.statistic = "value";

  row.table = WF_EXPORT_TABLE_SECTORS;
  for (guint y = 0; y < r->n_years; y++)
    {
      row.year = r->base_year + (int) y;
      /* Each sector, then the economy's sums as sector "total". */
      for (guint s = 0; s <= r->n_sectors; s++)
        {
          int sector = s < r->n_sectors ? (int) s : -1;

          if (filter->sector >= 0 && sector != filter->sector)
            continue;
          row.sector_id = sector >= 0 ? dataset->sectors[s].id : WF_TIDY_TOTAL;
          row.sector_label = sector >= 0 ? dataset->sectors[s].label : NULL;
          for (guint g = 0; g < N_ROW_SEXES; g++)
            {
              if (!(filter->sexes & WF_RESULTS_EXPORT_SEX (row_sex (g))))
                continue;
              row.sex = row_sex_id (g);
              for (guint i = 0; i < N_INDICATORS; i++)
                {
                  row.indicator = indicator_id (i);
                  row.value = indicator_value (r, i, y, sector, row_sex (g));
                  row.unit = indicator_unit (i, &row.unit_multiplier);
                  row.provenance = indicator_provenance (dataset, i, y);
                  if (!wf_tidy_writer_add (writer, &row, error))
                    return FALSE;
                }
            }
        }
    }

  /* The labour market is the economy's, per sex. */
  row.table = WF_EXPORT_TABLE_LABOUR;
  row.sector_id = WF_TIDY_TOTAL;
  row.sector_label = NULL;
  row.provenance = wf_provenance_to_id (WF_PROVENANCE_DERIVED);
  for (guint y = 0; y < r->n_years; y++)
    {
      row.year = r->base_year + (int) y;
      for (guint g = 0; g < N_ROW_SEXES; g++)
        {
          if (!(filter->sexes & WF_RESULTS_EXPORT_SEX (row_sex (g))))
            continue;
          row.sex = row_sex_id (g);
          for (guint i = 0; i < WF_N_LABOUR_OUTPUTS; i++)
            {
              row.indicator = wf_labour_output_to_id (i);
              row.value = wf_results_get_labour (r, WF_RUN_SCENARIO, i, y, row_sex (g));
              row.unit = labour_unit (i, &row.unit_multiplier);
              if (!wf_tidy_writer_add (writer, &row, error))
                return FALSE;
            }
        }
    }

  row.table = WF_EXPORT_TABLE_SKILLS;
  for (guint y = 0; y < r->n_years; y++)
    {
      row.year = r->base_year + (int) y;
      for (guint j = 0; j < r->n_skills; j++)
        {
          row.skill_id = dataset->skills[j].id;
          row.skill_label = dataset->skills[j].label;
          for (guint g = 0; g < N_ROW_SEXES; g++)
            {
              if (!(filter->sexes & WF_RESULTS_EXPORT_SEX (row_sex (g))))
                continue;
              row.sex = row_sex_id (g);
              for (guint o = 0; o < WF_N_SKILL_OUTPUTS; o++)
                {
                  row.indicator = skill_output_ids[o];
                  row.value = wf_results_get_skill (r, WF_RUN_SCENARIO, o, y, j, row_sex (g));
                  row.unit = o == WF_SKILL_OUTPUT_DEMAND ? "job-equivalents" : "index";
                  row.unit_multiplier = o == WF_SKILL_OUTPUT_DEMAND ? 1000 : 1;
                  if (!wf_tidy_writer_add (writer, &row, error))
                    return FALSE;
                }
            }
        }
    }
  row.skill_id = row.skill_label = NULL;

  /* The headline bar's indicators, at the horizon. */
  wf_results_headline (r, &h);
  {
    const struct { const char *id; const char *sex; double value; const char *unit; double multiplier; } fields[] = {
      { "net-jobs-vs-baseline", WF_TIDY_TOTAL, h.net_jobs_vs_baseline, "persons", 1000 },
      { "jobs-transformed", WF_TIDY_TOTAL, h.jobs_transformed, "persons", 1000 },
      { "cumulative-displaced", WF_TIDY_TOTAL, h.cumulative_displaced, "persons", 1000 },
      { "displaced-out-of-work", WF_TIDY_TOTAL, h.displaced_out_of_work, "persons", 1000 },
      { "displaced-looking", WF_TIDY_TOTAL, h.displaced_looking, "persons", 1000 },
      { "unemployment-rate", WF_TIDY_TOTAL, h.unemployment_rate, "share", 1 },
      { "unemployment-rate-baseline", WF_TIDY_TOTAL, h.unemployment_rate_baseline, "share", 1 },
      { "skills-shortage", WF_TIDY_TOTAL, h.skills_shortage, "persons", 1000 },
      { "women-share-of-displacement", WF_TIDY_TOTAL, h.women_share_of_displacement, "share", 1 },
      { "women-share-of-employment", WF_TIDY_TOTAL, h.women_share_of_employment, "share", 1 },
      { "digital-gap", WF_TIDY_TOTAL, h.digital_gap, "persons", 1000 },
      { "digital-gap", "women", h.digital_gap_women, "persons", 1000 },
      { "digital-gap", "men", h.digital_gap_men, "persons", 1000 },
    };

    row.table = WF_EXPORT_TABLE_HEADLINE;
    row.year = h.horizon;
    row.sector_id = WF_TIDY_TOTAL;
    for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
      {
        row.indicator = fields[i].id;
        row.sex = fields[i].sex;
        row.value = fields[i].value;
        row.unit = fields[i].unit;
        row.unit_multiplier = fields[i].multiplier;
        if (!wf_tidy_writer_add (writer, &row, error))
          return FALSE;
      }
  }

  return TRUE;
}

/**
 * wf_results_export:
 * @writer: where the rows go
 * @dataset: the dataset the results were projected from
 * @scenarios: (array length=n_scenarios): the scenarios
 * @results: (array length=n_scenarios): their results, in the same order
 * @n_scenarios: how many
 * @error: the writer's error
 *
 * Adds the rows of every scenario to @writer (it is not finished).
 *
 * Returns: %FALSE when the writer's sink failed
 */
gboolean
wf_results_export (WfTidyWriter              *writer,
                   const WfDataset           *dataset,
                   const WfScenario * const  *scenarios,
                   const WfResults * const   *results,
                   guint                      n_scenarios,
                   GError                   **error)
{
  const WfResultsExportFilter all = { -1, WF_RESULTS_EXPORT_ALL_SEXES };

  return wf_results_export_filtered (writer, dataset, scenarios, results, n_scenarios, &all,
                                     error);
}

/**
 * wf_results_export_filtered:
 * @filter: the sector and the sexes to write (a chart's sector and lens)
 *
 * wf_results_export () for some of the rows: with a sector, only its rows
 * of the "sectors" table; only the sexes of @filter in every table but the
 * headline.
 */
gboolean
wf_results_export_filtered (WfTidyWriter                *writer,
                            const WfDataset             *dataset,
                            const WfScenario * const    *scenarios,
                            const WfResults * const     *results,
                            guint                        n_scenarios,
                            const WfResultsExportFilter *filter,
                            GError                     **error)
{
  g_return_val_if_fail (writer != NULL && dataset != NULL && filter != NULL, FALSE);

  for (guint n = 0; n < n_scenarios; n++)
    {
      g_return_val_if_fail (results[n]->n_sectors == dataset->n_sectors, FALSE);
      if (!export_scenario (writer, dataset, scenarios[n], results[n], filter, error))
        return FALSE;
    }
  return TRUE;
}

static GString *
to_string (WfExportFormat            format,
           const WfDataset          *dataset,
           const WfScenario * const *scenarios,
           const WfResults * const  *results,
           guint                     n_scenarios)
{
  GString *out = g_string_new (NULL);
  g_autoptr(WfTidyWriter) writer = NULL;
  WfTidyMeta meta;
  gboolean ok;

  wf_tidy_meta_init_dataset (&meta, dataset);
  meta.generator = "project";
  writer = wf_tidy_writer_new (format, WF_TIDY_NONE, &meta, wf_tidy_string_sink, out);
  /* A GString sink cannot fail. */
  ok = wf_results_export (writer, dataset, scenarios, results, n_scenarios, NULL) &&
       wf_tidy_writer_finish (writer, NULL);
  g_assert (ok);
  return out;
}

/**
 * wf_results_to_csv:
 *
 * Returns: (transfer full): the CSV export of the results, in memory (for
 *   small documents and tests; the command line streams)
 */
GString *
wf_results_to_csv (const WfDataset          *dataset,
                   const WfScenario * const *scenarios,
                   const WfResults * const  *results,
                   guint                     n_scenarios)
{
  return to_string (WF_EXPORT_FORMAT_CSV, dataset, scenarios, results, n_scenarios);
}

/**
 * wf_results_to_json:
 *
 * Returns: (transfer full): the JSON export of the results, in memory
 */
GString *
wf_results_to_json (const WfDataset          *dataset,
                    const WfScenario * const *scenarios,
                    const WfResults * const  *results,
                    guint                     n_scenarios)
{
  return to_string (WF_EXPORT_FORMAT_JSON, dataset, scenarios, results, n_scenarios);
}
