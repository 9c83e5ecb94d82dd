/* wf-chart-employment.c: employment by sector over time
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wf-chart"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "wf-chart-private.h"

/* Stacks beyond this many bands are unreadable and run out of the palette:
 * the smallest sectors go into "Other sectors". */
#define MAX_BANDS 8

static gboolean
is_stacked (const WfChartData *data)
{
  return data->lens != WF_LENS_GAP && data->sector < 0;
}

static int
sector_sex (const WfChartData *data)
{
  return data->lens == WF_LENS_WOMEN ? WF_SEX_WOMEN : data->lens == WF_LENS_MEN ? WF_SEX_MEN : WF_SEX_ALL;
}

static double
base_employment (const WfSector *sector,
                 int             sex)
{
  if (sex == WF_SEX_ALL)
    return sector->employment[WF_SEX_WOMEN] + sector->employment[WF_SEX_MEN] +
           sector->employment[WF_SEX_UNKNOWN];
  return sector->employment[sex];
}

WfChartTable *
wf_chart_employment_table (const WfChartData *data,
                           guint              year_index)
{
  const WfDataset *ds = data->dataset;
  const WfResults *r = data->results[0];
  WfChartTable *table;
  g_autofree int *order = NULL;
  g_autofree int *group = NULL;
  guint n_bands = 0;
  guint n_own;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *without = NULL;

  if (is_stacked (data))
    {
      int sex = sector_sex (data);

      /* Largest sector at the bottom of the stack. */
      order = g_new (int, ds->n_sectors);
      group = g_new (int, ds->n_sectors);
      for (guint s = 0; s < ds->n_sectors; s++)
        order[s] = (int) s;
      for (guint i = 1; i < ds->n_sectors; i++)
        for (guint j = i; j > 0 &&
             base_employment (&ds->sectors[order[j]], sex) > base_employment (&ds->sectors[order[j - 1]], sex); j--)
          {
            int t = order[j];
            order[j] = order[j - 1];
            order[j - 1] = t;
          }
      n_bands = MIN (ds->n_sectors, MAX_BANDS);
      for (guint i = 0; i < ds->n_sectors; i++)
        group[order[i]] = (int) MIN (i, n_bands - 1);

      table = wf_chart_table_new (_("Employment by sector"), _("thousands of people"), 1,
                                  n_bands + 2 + (data->n_scenarios - 1));
      for (guint b = 0; b < n_bands; b++)
        wf_chart_table_set_column (table, b + 1,
                                   b == n_bands - 1 && ds->n_sectors > n_bands
                                   ? _("Other sectors") : wf_dataset_get_sector_label (ds, order[b]));
    }
  else
    {
      table = wf_chart_table_new (_("Employment by sector"), _("thousands of people"), 1,
                                  2 + (data->n_scenarios - 1));
    }

  /* The scenario's total, its baseline, then each compared scenario's
   * total (a column named after it). */
  n_own = n_bands + 2;
  wf_chart_table_set_column (table, 0, _("Year"));
  wf_chart_table_set_column (table, n_own, _("Without the AI push"));
  wf_chart_table_set_column (table, n_own - 1, n_bands > 0 ? _("Total") : data->names[0]);
  for (guint i = 1; i < data->n_scenarios; i++)
    wf_chart_table_set_column (table, n_own + i, wf_chart_scenario_name (data, i));

  for (guint y = 0; y <= year_index; y++)
    {
      WfChartRow *row = wf_chart_table_add_row (table);

      g_free (row->keys[0]);
      row->keys[0] = g_strdup_printf ("%d", r->base_year + (int) y);
      for (guint b = 0; b < n_bands; b++)
        row->values[b] = 0.0;
      for (guint s = 0; s < ds->n_sectors && n_bands > 0; s++)
        row->values[group[s]] += wf_chart_lens_value (data, r, WF_RUN_SCENARIO, WF_OUTPUT_EMPLOYMENT, y, (int) s);
      row->values[n_own - 2] =
        wf_chart_lens_value (data, r, WF_RUN_SCENARIO, WF_OUTPUT_EMPLOYMENT, y, data->sector);
      row->values[n_own - 1] =
        wf_chart_lens_value (data, r, WF_RUN_BASELINE, WF_OUTPUT_EMPLOYMENT, y, data->sector);
      for (guint i = 1; i < data->n_scenarios; i++)
        row->values[n_own - 1 + i] =
          wf_chart_lens_value (data, data->results[i], WF_RUN_SCENARIO, WF_OUTPUT_EMPLOYMENT, y, data->sector);
    }

  {
    const WfChartRow *a = g_ptr_array_index (table->rows, 0);
    const WfChartRow *b = g_ptr_array_index (table->rows, table->rows->len - 1);

    first = wf_chart_people_text (a->values[n_own - 2]);
    last = wf_chart_people_text (b->values[n_own - 2]);
    without = wf_chart_people_text (b->values[n_own - 1]);
    /* Translators: a chart's summary for screen readers: scenario, lens,
     * sectors, a number, year, a number, year, a number */
    table->summary = g_strdup_printf (_("Employment in the scenario “%s” (%s, %s) goes from %s in %d "
                                        "to %s in %d; without the AI push it would be %s."),
                                      data->names[0], wf_chart_lens_label (data->lens),
                                      wf_chart_sector_label (data), first, r->base_year, last,
                                      r->base_year + (int) year_index, without);
    for (guint i = 1; i < data->n_scenarios; i++)
      {
        g_autofree char *value = wf_chart_people_text (b->values[n_own - 1 + i]);
        char *longer;

        /* Translators: added to a chart's summary for screen readers:
         * a compared scenario's name, a year, a number */
        longer = g_strdup_printf (_("%s In the scenario “%s”, employment in %d is %s."), table->summary,
                                  wf_chart_scenario_name (data, i), r->base_year + (int) year_index, value);
        g_free (table->summary);
        table->summary = longer;
      }
  }
  return table;
}

void
wf_chart_employment_draw (WfChartContext     *ctx,
                          const WfChartTable *table)
{
  const WfChartData *data = ctx->data;
  guint n_compared = data->n_scenarios - 1;
  guint n_values = table->n_values - n_compared;  /* the current scenario's columns */
  guint n_years = table->rows->len;
  gboolean stacked = is_stacked (data);
  guint n_series = (stacked ? n_values - 1 : n_values) + n_compared;
  g_autofree WfTimeSeries *series = g_new0 (WfTimeSeries, n_series);
  g_autofree WfLegendEntry *legend = g_new0 (WfLegendEntry, n_series);
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_free);
  guint n = 0;

  for (guint c = 0; c < n_values; c++)
    {
      if (stacked && c == n_values - 2)
        continue;  /* the total is the top of the stack */

      g_ptr_array_add (columns, wf_chart_table_column (table, c));
      series[n].label = table->columns[1 + c];
      series[n].values = g_ptr_array_index (columns, columns->len - 1);
      if (c == n_values - 1)
        {
          series[n].colour = ctx->palette->foreground;
          series[n].dash = 1;
          series[n].marker = stacked ? -1 : 1;
          series[n].thin = stacked;
        }
      else if (stacked)
        {
          series[n].colour = ctx->palette->series[c % WF_CHART_N_COLOURS];
          series[n].stacked = TRUE;
          series[n].marker = -1;
        }
      else
        {
          series[n].colour = ctx->palette->series[0];
          series[n].dash = 0;
          series[n].marker = 0;
        }

      legend[n].label = series[n].label;
      legend[n].colour = series[n].colour;
      legend[n].swatch = series[n].stacked ? WF_LEGEND_BOX : WF_LEGEND_LINE;
      legend[n].dash = series[n].dash;
      legend[n].marker = series[n].marker;
      n++;
    }

  /* Each compared scenario's total: a line with its own dash and marker,
   * on top of the stack. */
  for (guint i = 1; i <= n_compared; i++)
    {
      g_ptr_array_add (columns, wf_chart_table_column (table, n_values - 1 + i));
      series[n].label = table->columns[n_values + i];
      series[n].values = g_ptr_array_index (columns, columns->len - 1);
      series[n].colour = stacked ? ctx->palette->foreground : ctx->palette->series[i % WF_CHART_N_COLOURS];
      series[n].dash = wf_chart_compared_dash (i);
      series[n].marker = wf_chart_compared_marker (i);

      legend[n].label = series[n].label;
      legend[n].colour = series[n].colour;
      legend[n].swatch = WF_LEGEND_LINE;
      legend[n].dash = series[n].dash;
      legend[n].marker = series[n].marker;
      n++;
    }

  wf_chart_legend (ctx, legend, n);
  wf_chart_draw_time_series (ctx, series, n, data->results[0]->base_year, n_years, TRUE,
                             data->lens == WF_LENS_GAP
                             ? _("Employed women minus employed men (people)")
                             : _("Employment (people)"),
                             -1, -1);
}
