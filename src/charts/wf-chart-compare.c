/* wf-chart-compare.c: several scenarios on the same axes
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wf-chart"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wf-chart-private.h"

WfChartTable *
wf_chart_compare_table (const WfChartData *data,
                        guint              year_index)
{
  const WfResults *r0 = data->results[0];
  guint n = data->n_scenarios + (data->difference ? 0 : 1);
  WfChartTable *table = wf_chart_table_new (_("Scenarios compared"), _("thousands of people"), 1, n);
  GString *summary = g_string_new (NULL);

  wf_chart_table_set_column (table, 0, _("Year"));
  for (guint i = 0; i < data->n_scenarios; i++)
    wf_chart_table_set_column (table, 1 + i, data->names[i] ? data->names[i] : _("Untitled scenario"));
  if (!data->difference)
    wf_chart_table_set_column (table, n, _("Without the AI push"));

  for (guint y = 0; y <= year_index; y++)
    {
      WfChartRow *row = wf_chart_table_add_row (table);

      g_free (row->keys[0]);
      row->keys[0] = g_strdup_printf ("%d", r0->base_year + (int) y);
      for (guint i = 0; i < data->n_scenarios; i++)
        {
          const WfResults *r = data->results[i];

          row->values[i] = wf_chart_lens_value (data, r, WF_RUN_SCENARIO, WF_OUTPUT_EMPLOYMENT, y, data->sector);
          if (data->difference)
            row->values[i] -= wf_chart_lens_value (data, r, WF_RUN_BASELINE, WF_OUTPUT_EMPLOYMENT, y, data->sector);
        }
      if (!data->difference)
        row->values[n - 1] = wf_chart_lens_value (data, r0, WF_RUN_BASELINE, WF_OUTPUT_EMPLOYMENT, y, data->sector);
    }

  if (data->difference)
    /* Translators: start of a chart's summary for screen readers */
    g_string_append_printf (summary, _("Employment in %d compared with the baseline without the AI push (%s, %s):"),
                            r0->base_year + (int) year_index, wf_chart_lens_label (data->lens),
                            wf_chart_sector_label (data));
  else
    /* Translators: start of a chart's summary for screen readers */
    g_string_append_printf (summary, _("Employment in %d (%s, %s):"), r0->base_year + (int) year_index,
                            wf_chart_lens_label (data->lens), wf_chart_sector_label (data));
  for (guint i = 0; i < n; i++)
    {
      const WfChartRow *row = g_ptr_array_index (table->rows, year_index);
      g_autofree char *number = wf_chart_people_text (row->values[i]);

      g_string_append_printf (summary, "%s %s %s", i > 0 ? ";" : "", table->columns[1 + i], number);
    }
  g_string_append_c (summary, '.');
  table->summary = g_string_free (summary, FALSE);
  return table;
}

void
wf_chart_compare_draw (WfChartContext     *ctx,
                       const WfChartTable *table)
{
  guint n = table->n_values;
  g_autofree WfTimeSeries *series = g_new0 (WfTimeSeries, n);
  g_autofree WfLegendEntry *legend = g_new0 (WfLegendEntry, n);
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n; i++)
    {
      gboolean baseline = !ctx->data->difference && i == n - 1;

      g_ptr_array_add (columns, wf_chart_table_column (table, i));
      series[i].label = table->columns[1 + i];
      series[i].values = g_ptr_array_index (columns, i);
      series[i].colour = baseline ? ctx->palette->muted : ctx->palette->series[i % WF_CHART_N_COLOURS];
      series[i].dash = baseline ? 4 : (int) i;
      series[i].marker = baseline ? -1 : (int) i;
      series[i].thin = baseline;

      legend[i].label = series[i].label;
      legend[i].colour = series[i].colour;
      legend[i].swatch = WF_LEGEND_LINE;
      legend[i].dash = series[i].dash;
      legend[i].marker = series[i].marker;
    }

  wf_chart_legend (ctx, legend, n);
  wf_chart_draw_time_series (ctx, series, n, ctx->data->results[0]->base_year, table->rows->len, TRUE,
                             ctx->data->difference
                             ? _("Employment, difference from the baseline without the AI push (people)")
                             : _("Employment (people)"),
                             -1, -1);
}
