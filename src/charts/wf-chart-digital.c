/* wf-chart-digital.c: jobs that need digital skills against workers who have them
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wf-chart"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wf-chart-private.h"

enum
{
  COLUMN_JOBS,
  COLUMN_WORKERS,
  COLUMN_JOBS_BASELINE,
  COLUMN_WORKERS_BASELINE,
  COLUMN_GAP,
  N_COLUMNS
};

WfChartTable *
wf_chart_digital_table (const WfChartData *data,
                        guint              year_index)
{
  const WfResults *r = data->results[0];
  WfChartTable *table = wf_chart_table_new (_("Digital skills: jobs and workers"),
                                            _("thousands of people"), 1,
                                            N_COLUMNS + 2 * (data->n_scenarios - 1));
  g_autofree char *gap = NULL;

  wf_chart_table_set_column (table, 0, _("Year"));
  wf_chart_table_set_column (table, 1 + COLUMN_JOBS, _("Jobs needing digital skills"));
  wf_chart_table_set_column (table, 1 + COLUMN_WORKERS, _("Digitally skilled workers"));
  wf_chart_table_set_column (table, 1 + COLUMN_JOBS_BASELINE, _("Jobs needing digital skills, without the AI push"));
  wf_chart_table_set_column (table, 1 + COLUMN_WORKERS_BASELINE, _("Digitally skilled workers, without the AI push"));
  wf_chart_table_set_column (table, 1 + COLUMN_GAP, _("Digital skills gap"));
  /* Then, for each compared scenario, its jobs and its workers. */
  for (guint i = 1; i < data->n_scenarios; i++)
    {
      /* Translators: a chart series; %s is the name of a scenario compared
       * with the current one */
      g_autofree char *jobs = g_strdup_printf (_("Jobs needing digital skills, %s"), wf_chart_scenario_name (data, i));
      /* Translators: a chart series; %s is the name of a scenario compared
       * with the current one */
      g_autofree char *workers = g_strdup_printf (_("Digitally skilled workers, %s"), wf_chart_scenario_name (data, i));

      wf_chart_table_set_column (table, 1 + N_COLUMNS + 2 * (i - 1), jobs);
      wf_chart_table_set_column (table, 2 + N_COLUMNS + 2 * (i - 1), workers);
    }

  for (guint y = 0; y <= year_index; y++)
    {
      WfChartRow *row = wf_chart_table_add_row (table);

      g_free (row->keys[0]);
      row->keys[0] = g_strdup_printf ("%d", r->base_year + (int) y);
      row->values[COLUMN_JOBS] = wf_chart_lens_value (data, r, WF_RUN_SCENARIO, WF_OUTPUT_DIGITAL_JOBS, y, data->sector);
      row->values[COLUMN_WORKERS] = wf_chart_lens_value (data, r, WF_RUN_SCENARIO, WF_OUTPUT_DIGITAL_WORKFORCE, y, data->sector);
      row->values[COLUMN_JOBS_BASELINE] = wf_chart_lens_value (data, r, WF_RUN_BASELINE, WF_OUTPUT_DIGITAL_JOBS, y, data->sector);
      row->values[COLUMN_WORKERS_BASELINE] = wf_chart_lens_value (data, r, WF_RUN_BASELINE, WF_OUTPUT_DIGITAL_WORKFORCE, y, data->sector);
      row->values[COLUMN_GAP] = wf_chart_lens_value (data, r, WF_RUN_SCENARIO, WF_OUTPUT_DIGITAL_GAP, y, data->sector);
      for (guint i = 1; i < data->n_scenarios; i++)
        {
          row->values[N_COLUMNS + 2 * (i - 1)] =
            wf_chart_lens_value (data, data->results[i], WF_RUN_SCENARIO, WF_OUTPUT_DIGITAL_JOBS, y, data->sector);
          row->values[N_COLUMNS + 2 * (i - 1) + 1] =
            wf_chart_lens_value (data, data->results[i], WF_RUN_SCENARIO, WF_OUTPUT_DIGITAL_WORKFORCE, y, data->sector);
        }
    }

  gap = wf_chart_people_text (((WfChartRow *) g_ptr_array_index (table->rows, year_index))->values[COLUMN_GAP]);
  /* Translators: a chart's summary for screen readers */
  table->summary = g_strdup_printf (_("In the scenario “%s” (%s, %s), jobs needing digital skills exceed "
                                      "digitally skilled workers by %s in %d."),
                                    data->names[0], wf_chart_lens_label (data->lens),
                                    wf_chart_sector_label (data), gap, r->base_year + (int) year_index);
  return table;
}

void
wf_chart_digital_draw (WfChartContext     *ctx,
                       const WfChartTable *table)
{
  guint n_compared = ctx->data->n_scenarios - 1;
  g_autofree WfTimeSeries *series = g_new0 (WfTimeSeries, 4 + 2 * n_compared);
  g_autofree WfLegendEntry *legend = g_new0 (WfLegendEntry, 5 + 2 * n_compared);
  g_autoptr(GPtrArray) compared = g_ptr_array_new_with_free_func (g_free);
  g_autofree double *jobs = wf_chart_table_column (table, COLUMN_JOBS);
  g_autofree double *workers = wf_chart_table_column (table, COLUMN_WORKERS);
  g_autofree double *jobs_base = wf_chart_table_column (table, COLUMN_JOBS_BASELINE);
  g_autofree double *workers_base = wf_chart_table_column (table, COLUMN_WORKERS_BASELINE);
  const double *columns[4] = { jobs, workers, jobs_base, workers_base };

  for (guint i = 0; i < 4; i++)
    {
      series[i].label = table->columns[1 + i];
      series[i].values = columns[i];
      series[i].colour = i % 2 == 0 ? ctx->palette->series[3] : ctx->palette->series[0];
      series[i].dash = i < 2 ? 0 : 1;
      series[i].marker = i < 2 ? (int) i : -1;
      series[i].thin = i >= 2;

      legend[i].label = series[i].label;
      legend[i].colour = series[i].colour;
      legend[i].swatch = WF_LEGEND_LINE;
      legend[i].dash = series[i].dash;
      legend[i].marker = series[i].marker;
    }
  legend[4].label = table->columns[1 + COLUMN_GAP];
  /* The band between the lines: hatched under high contrast, as drawn. */
  if (ctx->style->high_contrast)
    {
      legend[4].colour = ctx->palette->background;
      legend[4].swatch = WF_LEGEND_PATTERN;
      legend[4].dash = 1;
    }
  else
    {
      legend[4].colour = wf_chart_mix (&ctx->palette->background, &ctx->palette->series[3], 0.25);
      legend[4].swatch = WF_LEGEND_BOX;
    }

  /* A compared scenario's two lines: the colours of the current one's,
   * with the compared scenario's dash and marker. */
  for (guint c = 0; c < 2 * n_compared; c++)
    {
      guint i = 4 + c;

      g_ptr_array_add (compared, wf_chart_table_column (table, N_COLUMNS + c));
      series[i].label = table->columns[1 + N_COLUMNS + c];
      series[i].values = g_ptr_array_index (compared, c);
      series[i].colour = c % 2 == 0 ? ctx->palette->series[3] : ctx->palette->series[0];
      series[i].dash = wf_chart_compared_dash (1 + c / 2);
      series[i].marker = wf_chart_compared_marker (1 + c / 2);

      legend[i + 1].label = series[i].label;
      legend[i + 1].colour = series[i].colour;
      legend[i + 1].swatch = WF_LEGEND_LINE;
      legend[i + 1].dash = series[i].dash;
      legend[i + 1].marker = series[i].marker;
    }

  wf_chart_legend (ctx, legend, 5 + 2 * n_compared);
  wf_chart_draw_time_series (ctx, series, 4 + 2 * n_compared, ctx->data->results[0]->base_year, table->rows->len,
                             TRUE,
                             ctx->data->lens == WF_LENS_GAP
                             ? _("Women minus men (people)")
                             : _("Jobs and workers (people)"),
                             0, 1);
}
