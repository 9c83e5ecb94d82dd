/* wf-chart-compare.c: several scenarios on the same axes
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wf-chart"

#include "config.h"

#include <math.h>

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

  /* The main finding: the scenario furthest from the reference (the
   * baseline without the AI push: the first scenario's, or in difference
   * mode each scenario's own), and by how much. */
  {
    const WfChartRow *row = g_ptr_array_index (table->rows, year_index);
    double reference = data->difference ? 0.0 : row->values[n - 1];
    guint most = 0;
    g_autofree char *by = NULL;
    g_autofree char *value = NULL;
    g_autofree char *base = NULL;
    const char *name;
    int year = r0->base_year + (int) year_index;

    for (guint i = 1; i < data->n_scenarios; i++)
      if (fabs (row->values[i] - reference) > fabs (row->values[most] - reference))
        most = i;
    name = table->columns[1 + most];
    by = wf_chart_metric_text (NULL, WF_METRIC_NET_JOBS, row->values[most] - reference, TRUE);
    value = wf_chart_people_text (row->values[most]);
    base = wf_chart_people_text (reference);
    if (data->difference && data->n_scenarios == 1)
      /* Translators: a chart's summary for screen readers: a year, the
       * lens, the sectors, a scenario, then a signed number of people
       * ("−45.7 million") */
      g_string_append_printf (summary, _("Employment in %d (%s, %s): the scenario “%s” differs from its "
                                         "baseline without the AI push by %s."),
                              year, wf_chart_lens_label (data->lens), wf_chart_sector_label (data), name, by);
    else if (data->difference)
      g_string_append_printf (summary,
                              /* Translators: a chart's summary for screen readers: a year, the
                               * lens, the sectors, how many scenarios are compared (two or
                               * more), the one furthest from its own baseline, then a signed
                               * number of people ("−45.7 million") */
                              g_dngettext (GETTEXT_PACKAGE, "Employment in %d (%s, %s): of the %u scenarios compared, “%s” "
                                           "differs the most from its baseline without the AI push, by %s.",
                                           "Employment in %d (%s, %s): of the %u scenarios compared, “%s” "
                                           "differs the most from its baseline without the AI push, by %s.",
                                           data->n_scenarios),
                              year, wf_chart_lens_label (data->lens), wf_chart_sector_label (data),
                              data->n_scenarios, name, by);
    else if (data->n_scenarios == 1)
      /* Translators: a chart's summary for screen readers: a year, the
       * lens, the sectors, a scenario, a signed number of people
       * ("−45.7 million"), then the scenario's and the baseline's
       * employment */
      g_string_append_printf (summary, _("Employment in %d (%s, %s): the scenario “%s” differs from the "
                                         "baseline without the AI push by %s (%s against %s)."),
                              year, wf_chart_lens_label (data->lens), wf_chart_sector_label (data), name, by,
                              value, base);
    else
      g_string_append_printf (summary,
                              /* Translators: a chart's summary for screen readers: a year, the
                               * lens, the sectors, how many scenarios are compared (two or
                               * more), the one furthest from the baseline, a signed number of
                               * people ("−45.7 million"), then that scenario's and the
                               * baseline's employment */
                              g_dngettext (GETTEXT_PACKAGE, "Employment in %d (%s, %s): of the %u scenarios compared, “%s” "
                                           "differs the most from the baseline without the AI push, by %s "
                                           "(%s against %s).",
                                           "Employment in %d (%s, %s): of the %u scenarios compared, “%s” "
                                           "differs the most from the baseline without the AI push, by %s "
                                           "(%s against %s).",
                                           data->n_scenarios),
                              year, wf_chart_lens_label (data->lens), wf_chart_sector_label (data),
                              data->n_scenarios, name, by, value, base);
  }
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
