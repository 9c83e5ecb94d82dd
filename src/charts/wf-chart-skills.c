/* wf-chart-skills.c: change in skill demand by category
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wf-chart"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "wf-chart-private.h"

enum
{
  COLUMN_SCENARIO,
  COLUMN_BASELINE,
  COLUMN_DIFFERENCE,
  N_COLUMNS
};

static double
change (const WfChartData *data,
        const WfResults   *r,
        WfRun              run,
        guint              year_index,
        guint              skill)
{
  if (data->lens == WF_LENS_GAP)
    return wf_results_get_skill (r, run, WF_SKILL_OUTPUT_INDEX, year_index, skill, WF_SEX_WOMEN)
         - wf_results_get_skill (r, run, WF_SKILL_OUTPUT_INDEX, year_index, skill, WF_SEX_MEN);

  return wf_results_get_skill (r, run, WF_SKILL_OUTPUT_INDEX, year_index, skill,
                               data->lens == WF_LENS_WOMEN ? WF_SEX_WOMEN
                               : data->lens == WF_LENS_MEN ? WF_SEX_MEN : WF_SEX_ALL) - 100.0;
}

WfChartTable *
wf_chart_skills_table (const WfChartData *data,
                       guint              year_index)
{
  const WfDataset *ds = data->dataset;
  const WfResults *r = data->results[0];
  gboolean gap = data->lens == WF_LENS_GAP;
  WfChartTable *table = wf_chart_table_new (_("Change in skill demand"),
                                            gap ? _("percentage points") : _("%"), 1,
                                            N_COLUMNS + data->n_scenarios - 1);
  guint top = 0, bottom = 0;
  double top_v = -G_MAXDOUBLE, bottom_v = G_MAXDOUBLE;

  wf_chart_table_set_column (table, 0, _("Skill"));
  wf_chart_table_set_column (table, 1 + COLUMN_SCENARIO, data->names[0]);
  wf_chart_table_set_column (table, 1 + COLUMN_BASELINE, _("Without the AI push"));
  wf_chart_table_set_column (table, 1 + COLUMN_DIFFERENCE, _("Difference"));
  for (guint i = 1; i < data->n_scenarios; i++)
    wf_chart_table_set_column (table, N_COLUMNS + i, wf_chart_scenario_name (data, i));

  for (guint j = 0; j < ds->n_skills; j++)
    {
      WfChartRow *row = wf_chart_table_add_row (table);

      g_free (row->keys[0]);
      row->keys[0] = g_strdup (wf_dataset_get_skill_label (ds, j));
      row->values[COLUMN_SCENARIO] = change (data, r, WF_RUN_SCENARIO, year_index, j);
      row->values[COLUMN_BASELINE] = change (data, r, WF_RUN_BASELINE, year_index, j);
      row->values[COLUMN_DIFFERENCE] = row->values[COLUMN_SCENARIO] - row->values[COLUMN_BASELINE];
      for (guint i = 1; i < data->n_scenarios; i++)
        row->values[N_COLUMNS + i - 1] = change (data, data->results[i], WF_RUN_SCENARIO, year_index, j);
      if (row->values[COLUMN_DIFFERENCE] > top_v)
        top_v = row->values[COLUMN_DIFFERENCE], top = j;
      if (row->values[COLUMN_DIFFERENCE] < bottom_v)
        bottom_v = row->values[COLUMN_DIFFERENCE], bottom = j;
    }

  if (ds->n_skills > 0)
    {
      g_autofree char *most = wf_chart_number_text (NULL, top_v, 1, TRUE);
      g_autofree char *least = wf_chart_number_text (NULL, bottom_v, 1, TRUE);

      /* Translators: a chart's summary for screen readers: two years, the
       * scenario, the lens, then a skill category and its signed change in
       * percentage points ("+1.2", "−0.4"), twice */
      table->summary = g_strdup_printf (_("Change in demand for each skill category from %d to %d in the "
                                          "scenario “%s” (%s). Against the baseline without the AI push, "
                                          "%s gains most (%s points) and %s least (%s points)."),
                                        r->base_year, r->base_year + (int) year_index, data->names[0],
                                        wf_chart_lens_label (data->lens), wf_dataset_get_skill_label (ds, top),
                                        most, wf_dataset_get_skill_label (ds, bottom), least);
    }
  return table;
}

void
wf_chart_skills_draw (WfChartContext     *ctx,
                      const WfChartTable *table)
{
  cairo_t *cr = ctx->cr;
  gboolean gap = ctx->data->lens == WF_LENS_GAP;
  g_autofree double *scenario = wf_chart_table_column (table, COLUMN_SCENARIO);
  g_autofree double *baseline = wf_chart_table_column (table, COLUMN_BASELINE);
  guint n_compared = ctx->data->n_scenarios - 1;
  g_autofree WfLegendEntry *legend = g_new0 (WfLegendEntry, 2 + n_compared);
  g_autoptr(GPtrArray) compared = g_ptr_array_new_with_free_func (g_free);
  guint n = table->rows->len;
  double min = 0.0, max = 0.0, label_w = 0.0, label_h, row_h, size, label_size, marker_r;
  double room_left = 0.0, room_right = 0.0;
  guint label_lines;
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  WfChartRect plot;
  WfAxis axis;

  ctx->mark_unit = ctx->data->lens == WF_LENS_GAP ? WF_MARK_POINTS : WF_MARK_CHANGE;

  legend[0] = (WfLegendEntry) { table->columns[1 + COLUMN_SCENARIO], ctx->palette->series[0], WF_LEGEND_BOX, 0, -1 };
  legend[1] = (WfLegendEntry) { table->columns[1 + COLUMN_BASELINE], ctx->palette->foreground, WF_LEGEND_LINE, 0, 3 };
  /* A compared scenario is an outlined bar with its own dash pattern. */
  for (guint c = 1; c <= n_compared; c++)
    {
      g_ptr_array_add (compared, wf_chart_table_column (table, N_COLUMNS + c - 1));
      legend[1 + c] = (WfLegendEntry) { table->columns[N_COLUMNS + c], ctx->palette->series[c % WF_CHART_N_COLOURS],
                                        WF_LEGEND_LINE, wf_chart_compared_dash (c), wf_chart_compared_marker (c) };
    }
  wf_chart_legend (ctx, legend, 2 + n_compared);
  wf_chart_axis_title (ctx, gap ? _("Change in demand, women minus men (percentage points)")
                                : _("Change in demand since the base year (%)"));

  for (guint i = 0; i < n; i++)
    {
      min = MIN (min, MIN (scenario[i], baseline[i]));
      max = MAX (max, MAX (scenario[i], baseline[i]));
      for (guint c = 0; c < n_compared; c++)
        {
          const double *v = g_ptr_array_index (compared, c);

          min = MIN (min, v[i]);
          max = MAX (max, v[i]);
        }
    }
  wf_chart_axis_init (&axis, min, max, ctx->compact ? 3 : 6, FALSE);
  axis.suffix = gap ? _(" pts") : " %";

  wf_chart_measure (ctx, "0", 0.85, FALSE, -1, &label_h);
  row_h = (ctx->area.height - label_h - ctx->gap * 0.5) / MAX (n, 1);
  size = 0.85 * MIN (1.0, row_h * 0.95 / label_h);
  {
    g_autofree const char **labels = g_new0 (const char *, MAX (n, 1));

    for (guint i = 0; i < n; i++)
      labels[i] = ((const WfChartRow *) g_ptr_array_index (table->rows, i))->keys[0];
    label_w = wf_chart_fit_labels_wider (ctx, labels, n, size, MIN (size, 0.6), FALSE, ctx->area.width * 0.32,
                                         ctx->area.width * 0.42, row_h, &label_size, &label_lines);
  }

  /* Every value is written beside its bar's end: the axis leaves room for
   * the widest at each end where a bar reaches, so that the largest bar's
   * value is never lost at the axis end. */
  marker_r = ctx->font_px * 0.5;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *number = wf_chart_format (ctx, scenario[i], 1);
      char *value = g_strconcat (scenario[i] >= 0 ? "+" : "", number, axis.suffix, NULL);
      double w = wf_chart_measure (ctx, value, size * 0.9, TRUE, -1, NULL) + ctx->gap * 0.6 + marker_r;

      g_ptr_array_add (values, value);
      if (scenario[i] >= 0)
        room_right = MAX (room_right, w);
      else
        room_left = MAX (room_left, w);
    }
  room_left = MIN (room_left, ctx->area.width * 0.2);
  room_right = MIN (room_right, ctx->area.width * 0.2);

  plot.x = ctx->area.x + label_w + ctx->gap * 0.8 + room_left;
  plot.y = ctx->area.y;
  plot.width = MAX (ctx->area.x + ctx->area.width - plot.x - MAX (room_right, wf_chart_axis_width (ctx, &axis) / 2),
                    1.0);
  plot.height = MAX (row_h * n, 1.0);
  if (ctx->layout != NULL)
    ctx->layout->plot = plot;

  wf_chart_draw_value_axis (ctx, &axis, &plot, FALSE);

#define X_OF(v) (plot.x + plot.width * ((v) - axis.min) / (axis.max - axis.min))

  for (guint i = 0; i < n; i++)
    {
      const WfChartRow *row = g_ptr_array_index (table->rows, i);
      double y = plot.y + row_h * i;
      double x0 = X_OF (0.0), x1 = X_OF (scenario[i]), xb = X_OF (baseline[i]);
      double bar_h = row_h * 0.6;
      const char *value = g_ptr_array_index (values, i);
      g_autofree char *tip = wf_chart_tip_pair (row->keys[0], table->columns[1 + COLUMN_BASELINE]);
      double reach = scenario[i] >= 0 ? MAX (x1, xb + marker_r) : MIN (x1, xb - marker_r);

      wf_chart_part_begin (ctx, "row-%u", i + 1);
      wf_chart_label (ctx, row->keys[0], plot.x - room_left - ctx->gap * 0.8, y + row_h / 2, WF_ALIGN_END,
                      WF_ALIGN_CENTER, label_size, FALSE, label_w + 1, label_lines, &ctx->palette->foreground, NULL);

      wf_chart_set_colour (ctx, &ctx->palette->series[0], 1.0);
      cairo_rectangle (cr, MIN (x0, x1), y + (row_h - bar_h) / 2, fabs (x1 - x0), bar_h);
      cairo_fill (cr);
      wf_chart_add_mark (ctx, MIN (x0, x1), y + (row_h - bar_h) / 2, fabs (x1 - x0), bar_h, 0, (int) i,
                         scenario[i], row->keys[0]);

      /* Each compared scenario: an outline over the bar, dashed, with its
       * marker at its end. */
      for (guint c = 1; c <= n_compared; c++)
        {
          const double *v = g_ptr_array_index (compared, c - 1);
          double xc = X_OF (v[i]);

          reach = scenario[i] >= 0 ? MAX (reach, xc + marker_r) : MIN (reach, xc - marker_r);
          double inset = bar_h * 0.12 * c;
          g_autofree char *ctip = wf_chart_tip_pair (row->keys[0], table->columns[N_COLUMNS + c]);

          wf_chart_set_colour (ctx, &ctx->palette->series[c % WF_CHART_N_COLOURS], 1.0);
          wf_chart_set_dash (ctx, wf_chart_compared_dash (c), MAX (1.0, ctx->line));
          cairo_rectangle (cr, MIN (x0, xc), y + (row_h - bar_h) / 2 + inset, fabs (xc - x0),
                           MAX (bar_h - 2 * inset, 1.0));
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
          wf_chart_marker (ctx, wf_chart_compared_marker (c), xc, y + row_h / 2, MIN (bar_h * 0.7, ctx->font_px * 0.7));
          wf_chart_add_mark (ctx, MIN (x0, xc), y + (row_h - bar_h) / 2, fabs (xc - x0), bar_h, 1 + (int) c, (int) i,
                             v[i], ctip);
        }

      /* The baseline as a diamond on a thin stem: a second shape, not just
       * a second colour. */
      wf_chart_set_colour (ctx, &ctx->palette->foreground, 1.0);
      cairo_set_line_width (cr, MAX (0.75, ctx->line * 0.5));
      cairo_move_to (cr, x0, y + row_h / 2);
      cairo_line_to (cr, xb, y + row_h / 2);
      cairo_stroke (cr);
      wf_chart_marker (ctx, 3, xb, y + row_h / 2, MIN (bar_h * 0.9, ctx->font_px * 0.8));
      wf_chart_add_mark (ctx, xb - bar_h / 2, y + row_h / 2 - bar_h / 2, bar_h, bar_h, 1, (int) i,
                         baseline[i], tip);

      /* The value beside the bar's end (past the baseline's diamond), away
       * from zero, in the room the axis left. */
      {
        double end = scenario[i] >= 0 ? reach + ctx->gap * 0.6 : reach - ctx->gap * 0.6;

        wf_chart_text (ctx, value, end, y + row_h / 2, scenario[i] >= 0 ? WF_ALIGN_START : WF_ALIGN_END,
                       WF_ALIGN_CENTER, size * 0.9, TRUE, -1, &ctx->palette->foreground, NULL);
      }
      wf_chart_part_end (ctx);
    }

#undef X_OF

  if (ctx->layout != NULL)
    ctx->layout->n_series += 2 + n_compared;
}
