/* wf-chart-butterfly.c: women and men side by side, by sector
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
  COLUMN_WOMEN,
  COLUMN_MEN,
  COLUMN_UNKNOWN,
  COLUMN_WOMEN_BASELINE,
  COLUMN_MEN_BASELINE,
  COLUMN_GAP,
  N_COLUMNS
};

static const char * const gradient_labels[WF_N_GRADIENTS] = {
  N_("Not exposed"), N_("Gradient 1"), N_("Gradient 2"), N_("Gradient 3"), N_("Gradient 4"),
};

/* With one sector chosen, its rows are the exposure gradients instead. */
WfChartTable *
wf_chart_butterfly_table (const WfChartData *data,
                          guint              year_index)
{
  const WfDataset *ds = data->dataset;
  const WfResults *r = data->results[0];
  WfChartTable *table = wf_chart_table_new (_("Women and men by sector"), _("thousands of people"),
                                            1, N_COLUMNS + 2 * (data->n_scenarios - 1));
  guint n_rows = data->sector < 0 ? ds->n_sectors : WF_N_GRADIENTS;
  double women = 0.0, men = 0.0;
  g_autofree char *women_text = NULL;
  g_autofree char *men_text = NULL;

  wf_chart_table_set_column (table, 0, data->sector < 0 ? _("Sector") : _("Exposure gradient"));
  wf_chart_table_set_column (table, 1 + COLUMN_WOMEN, _("Women"));
  wf_chart_table_set_column (table, 1 + COLUMN_MEN, _("Men"));
  wf_chart_table_set_column (table, 1 + COLUMN_UNKNOWN, _("Sex unknown"));
  wf_chart_table_set_column (table, 1 + COLUMN_WOMEN_BASELINE, _("Women, without the AI push"));
  wf_chart_table_set_column (table, 1 + COLUMN_MEN_BASELINE, _("Men, without the AI push"));
  wf_chart_table_set_column (table, 1 + COLUMN_GAP, _("Women minus men"));
  /* Then, for each compared scenario, its women and its men. */
  for (guint i = 1; i < data->n_scenarios; i++)
    {
      /* Translators: a column of numbers; %s is the name of a scenario
       * compared with the current one */
      g_autofree char *w = g_strdup_printf (_("Women, %s"), wf_chart_scenario_name (data, i));
      /* Translators: a column of numbers; %s is the name of a scenario
       * compared with the current one */
      g_autofree char *m = g_strdup_printf (_("Men, %s"), wf_chart_scenario_name (data, i));

      wf_chart_table_set_column (table, 1 + N_COLUMNS + 2 * (i - 1), w);
      wf_chart_table_set_column (table, 2 + N_COLUMNS + 2 * (i - 1), m);
    }

  for (guint i = 0; i < n_rows; i++)
    {
      WfChartRow *row = wf_chart_table_add_row (table);
      double v[N_COLUMNS];

      g_free (row->keys[0]);
      if (data->sector < 0)
        {
          row->keys[0] = g_strdup (wf_dataset_get_sector_label (ds, i));
          v[COLUMN_WOMEN] = wf_results_get (r, WF_RUN_SCENARIO, WF_OUTPUT_EMPLOYMENT, year_index, (int) i, WF_SEX_WOMEN);
          v[COLUMN_MEN] = wf_results_get (r, WF_RUN_SCENARIO, WF_OUTPUT_EMPLOYMENT, year_index, (int) i, WF_SEX_MEN);
          v[COLUMN_UNKNOWN] = wf_results_get (r, WF_RUN_SCENARIO, WF_OUTPUT_EMPLOYMENT, year_index, (int) i, WF_SEX_UNKNOWN);
          v[COLUMN_WOMEN_BASELINE] = wf_results_get (r, WF_RUN_BASELINE, WF_OUTPUT_EMPLOYMENT, year_index, (int) i, WF_SEX_WOMEN);
          v[COLUMN_MEN_BASELINE] = wf_results_get (r, WF_RUN_BASELINE, WF_OUTPUT_EMPLOYMENT, year_index, (int) i, WF_SEX_MEN);
        }
      else
        {
          row->keys[0] = g_strdup (_(gradient_labels[i]));
          v[COLUMN_WOMEN] = wf_results_get_gradient (r, WF_RUN_SCENARIO, year_index, data->sector, WF_SEX_WOMEN, i);
          v[COLUMN_MEN] = wf_results_get_gradient (r, WF_RUN_SCENARIO, year_index, data->sector, WF_SEX_MEN, i);
          v[COLUMN_UNKNOWN] = wf_results_get_gradient (r, WF_RUN_SCENARIO, year_index, data->sector, WF_SEX_UNKNOWN, i);
          v[COLUMN_WOMEN_BASELINE] = wf_results_get_gradient (r, WF_RUN_BASELINE, year_index, data->sector, WF_SEX_WOMEN, i);
          v[COLUMN_MEN_BASELINE] = wf_results_get_gradient (r, WF_RUN_BASELINE, year_index, data->sector, WF_SEX_MEN, i);
        }
      v[COLUMN_GAP] = v[COLUMN_WOMEN] - v[COLUMN_MEN];
      for (guint c = 0; c < N_COLUMNS; c++)
        row->values[c] = v[c];
      for (guint k = 1; k < data->n_scenarios; k++)
        for (int sex = WF_SEX_WOMEN; sex <= WF_SEX_MEN; sex++)
          row->values[N_COLUMNS + 2 * (k - 1) + (sex == WF_SEX_MEN)] =
            data->sector < 0
            ? wf_results_get (data->results[k], WF_RUN_SCENARIO, WF_OUTPUT_EMPLOYMENT, year_index, (int) i, sex)
            : wf_results_get_gradient (data->results[k], WF_RUN_SCENARIO, year_index, data->sector, sex, i);
      women += v[COLUMN_WOMEN];
      men += v[COLUMN_MEN];
    }

  women_text = wf_chart_people_count (NULL, women, WF_CHART_NOUN_WOMEN, FALSE);
  men_text = wf_chart_people_count (NULL, men, WF_CHART_NOUN_MEN, FALSE);
  /* Translators: a chart's summary for screen readers: the scenario, a
   * year, the sectors, then a count of women ("1,416.9 million women")
   * and one of men */
  table->summary = g_strdup_printf (_("In the scenario “%s” in %d (%s), %s and %s are employed; "
                                      "the bars compare them row by row."),
                                    data->names[0], r->base_year + (int) year_index,
                                    wf_chart_sector_label (data), women_text, men_text);
  return table;
}

typedef struct
{
  double label_w;   /* width of the row label column */
  double row_h;
  double size;      /* font size of the row labels */
  guint  lines;     /* lines a row label may take */
} Rows;

/* Row labels sized to the rows, so fourteen sectors fit a thumbnail, and
 * wrapped onto two lines rather than cut: the column is as wide as the
 * widest label needs, up to @max_width. */
static void
rows_measure (WfChartContext     *ctx,
              const WfChartTable *table,
              double              height,
              double              max_width,
              Rows               *rows)
{
  g_autofree const char **labels = g_new0 (const char *, MAX (table->rows->len, 1));

  rows->row_h = height / MAX (table->rows->len, 1);
  for (guint i = 0; i < table->rows->len; i++)
    labels[i] = ((const WfChartRow *) g_ptr_array_index (table->rows, i))->keys[0];
  rows->label_w = wf_chart_fit_labels_wider (ctx, labels, table->rows->len, 0.85, 0.6, FALSE, max_width,
                                             max_width * 1.4, rows->row_h, &rows->size, &rows->lines);
}

static void
draw_gap (WfChartContext     *ctx,
          const WfChartTable *table)
{
  cairo_t *cr = ctx->cr;
  guint n_compared = ctx->data->n_scenarios - 1;
  g_autofree WfLegendEntry *legend = g_new0 (WfLegendEntry, 2 + n_compared);
  g_autofree double *gap = wf_chart_table_column (table, COLUMN_GAP);
  g_autofree double *compared = g_new0 (double, MAX (n_compared, 1) * table->rows->len);
  double extent = 0.0, label_h;
  WfChartRect plot;
  WfAxis axis;
  Rows rows;

  legend[0] = (WfLegendEntry) { _("More women than men"), ctx->palette->women, WF_LEGEND_BOX, 0, -1 };
  legend[1] = (WfLegendEntry) { _("More men than women"), ctx->palette->men, WF_LEGEND_BOX, 0, -1 };
  /* A compared scenario's gap is a marker on each row. */
  for (guint c = 0; c < n_compared; c++)
    {
      legend[2 + c] = (WfLegendEntry) { wf_chart_scenario_name (ctx->data, c + 1), ctx->palette->foreground,
                                        WF_LEGEND_LINE, wf_chart_compared_dash (c + 1),
                                        wf_chart_compared_marker (c + 1) };
      for (guint i = 0; i < table->rows->len; i++)
        {
          const WfChartRow *row = g_ptr_array_index (table->rows, i);

          compared[c * table->rows->len + i] = row->values[N_COLUMNS + 2 * c] - row->values[N_COLUMNS + 2 * c + 1];
        }
    }
  wf_chart_legend (ctx, legend, 2 + n_compared);
  wf_chart_axis_title (ctx, _("Employed women minus employed men (people)"));
  for (guint i = 0; i < table->rows->len; i++)
    extent = MAX (extent, fabs (gap[i]));
  for (guint i = 0; i < n_compared * table->rows->len; i++)
    extent = MAX (extent, fabs (compared[i]));
  wf_chart_axis_init (&axis, -extent, extent, ctx->compact ? 4 : 6, TRUE);

  wf_chart_measure (ctx, "0", 0.85, FALSE, -1, &label_h);
  plot.y = ctx->area.y;
  plot.height = MAX (ctx->area.height - label_h - ctx->gap * 0.5, 1.0);
  rows_measure (ctx, table, plot.height, ctx->area.width * 0.34, &rows);
  plot.x = ctx->area.x + rows.label_w + ctx->gap;
  plot.width = MAX (ctx->area.x + ctx->area.width - plot.x - wf_chart_axis_width (ctx, &axis) / 2, 1.0);
  if (ctx->layout != NULL)
    ctx->layout->plot = plot;

  wf_chart_draw_value_axis (ctx, &axis, &plot, FALSE);

  for (guint i = 0; i < table->rows->len; i++)
    {
      const WfChartRow *row = g_ptr_array_index (table->rows, i);
      double y = plot.y + rows.row_h * i;
      double x0 = plot.x + plot.width * (0.0 - axis.min) / (axis.max - axis.min);
      double x1 = plot.x + plot.width * (gap[i] - axis.min) / (axis.max - axis.min);

      wf_chart_part_begin (ctx, "row-%u", i + 1);
      wf_chart_label (ctx, row->keys[0], plot.x - ctx->gap * 0.5, y + rows.row_h / 2, WF_ALIGN_END,
                      WF_ALIGN_CENTER, rows.size, FALSE, rows.label_w + 1, rows.lines,
                      &ctx->palette->foreground, NULL);
      wf_chart_set_colour (ctx, gap[i] >= 0 ? &ctx->palette->women : &ctx->palette->men, 1.0);
      cairo_rectangle (cr, MIN (x0, x1), y + rows.row_h * 0.15, fabs (x1 - x0), rows.row_h * 0.7);
      cairo_fill (cr);
      wf_chart_add_mark (ctx, MIN (x0, x1), y + rows.row_h * 0.15, fabs (x1 - x0), rows.row_h * 0.7,
                         gap[i] >= 0 ? 0 : 1, (int) i, gap[i], row->keys[0]);

      for (guint c = 0; c < n_compared; c++)
        {
          double v = compared[c * table->rows->len + i];
          double xc = plot.x + plot.width * (v - axis.min) / (axis.max - axis.min);
          double size = MIN (rows.row_h * 0.6, ctx->font_px * 0.8);
          g_autofree char *tip = wf_chart_tip_pair (row->keys[0], wf_chart_scenario_name (ctx->data, c + 1));

          wf_chart_set_colour (ctx, &ctx->palette->foreground, 1.0);
          wf_chart_marker (ctx, wf_chart_compared_marker (c + 1), xc, y + rows.row_h / 2, size);
          wf_chart_add_mark (ctx, xc - size / 2, y + rows.row_h / 2 - size / 2, size, size, 2 + (int) c, (int) i,
                             v, tip);
        }
      wf_chart_part_end (ctx);
    }

  if (ctx->layout != NULL)
    ctx->layout->n_series += 1 + n_compared;
}

/* Ticks below one half of the butterfly, growing away from the centre. */
static void
draw_half_axis (WfChartContext    *ctx,
                const WfAxis      *axis,
                const WfChartRect *half,
                gboolean           leftwards)
{
  cairo_t *cr = ctx->cr;
  guint n = (guint) floor ((axis->max - axis->min) / axis->step + 0.5) + 1;
  double widest = wf_chart_axis_width (ctx, axis) + ctx->gap * 0.5;
  guint every = 1;

  while (every < n && (double) n / every * widest > half->width)
    every++;

  /* Grid line and label by turns: one part. */
  wf_chart_part_begin (ctx, "axis-x");
  for (guint i = 0; i < n; i++)
    {
      double v = axis->min + i * axis->step;
      double t = (v - axis->min) / (axis->max - axis->min);
      double x = leftwards ? half->x + half->width * (1.0 - t) : half->x + half->width * t;

      wf_chart_set_colour (ctx, &ctx->palette->grid, 1.0);
      cairo_set_line_width (cr, MAX (0.5, ctx->line * 0.35));
      cairo_move_to (cr, x, half->y);
      cairo_line_to (cr, x, half->y + half->height);
      cairo_stroke (cr);

      if (i % every == 0)
        {
          g_autofree char *label = wf_chart_axis_label (ctx, axis, v);

          wf_chart_text (ctx, label, x, half->y + half->height + ctx->gap * 0.4, WF_ALIGN_CENTER,
                         WF_ALIGN_START, 0.85, FALSE, -1, &ctx->palette->muted, NULL);
        }
    }
  wf_chart_part_end (ctx);
}

void
wf_chart_butterfly_draw (WfChartContext     *ctx,
                         const WfChartTable *table)
{
  cairo_t *cr = ctx->cr;
  g_autofree double *women = wf_chart_table_column (table, COLUMN_WOMEN);
  g_autofree double *men = wf_chart_table_column (table, COLUMN_MEN);
  g_autofree double *unknown = wf_chart_table_column (table, COLUMN_UNKNOWN);
  g_autofree double *women_base = wf_chart_table_column (table, COLUMN_WOMEN_BASELINE);
  g_autofree double *men_base = wf_chart_table_column (table, COLUMN_MEN_BASELINE);
  guint n_compared = ctx->data->n_scenarios - 1;
  g_autofree WfLegendEntry *legend = g_new0 (WfLegendEntry, 4 + n_compared);
  guint n_legend = 0;
  gboolean has_unknown = FALSE;
  double max = 0.0, label_h, axis_half;
  WfChartRect plot, left, right;
  WfAxis axis;
  Rows rows;
  WfLens lens = ctx->data->lens;

  if (lens == WF_LENS_GAP)
    {
      draw_gap (ctx, table);
      return;
    }

  for (guint i = 0; i < table->rows->len; i++)
    {
      max = MAX (max, MAX (women[i], men[i]));
      max = MAX (max, MAX (women_base[i], men_base[i]));
      max = MAX (max, unknown[i]);
      has_unknown |= unknown[i] > 0.0;
      for (guint c = 0; c < 2 * n_compared; c++)
        max = MAX (max, ((const WfChartRow *) g_ptr_array_index (table->rows, i))->values[N_COLUMNS + c]);
    }

  legend[n_legend++] = (WfLegendEntry) { _("Women"), ctx->palette->women, WF_LEGEND_BOX, 0, -1 };
  legend[n_legend++] = (WfLegendEntry) { _("Men"), ctx->palette->men, WF_LEGEND_BOX, 0, -1 };
  if (has_unknown)
    legend[n_legend++] = (WfLegendEntry) { _("Sex unknown"), ctx->palette->unknown, WF_LEGEND_BOX, 0, -1 };
  legend[n_legend++] = (WfLegendEntry) { _("Without the AI push"), ctx->palette->foreground, WF_LEGEND_LINE, 0, -1 };
  /* Where each compared scenario's bars would end: its marker. */
  for (guint c = 1; c <= n_compared; c++)
    legend[n_legend++] = (WfLegendEntry) { wf_chart_scenario_name (ctx->data, c), ctx->palette->foreground,
                                           WF_LEGEND_LINE, wf_chart_compared_dash (c), wf_chart_compared_marker (c) };
  wf_chart_legend (ctx, legend, n_legend);
  wf_chart_axis_title (ctx, _("Employment (people)"));

  wf_chart_axis_init (&axis, 0.0, max, ctx->compact ? 3 : 4, TRUE);
  axis_half = wf_chart_axis_width (ctx, &axis) / 2;

  wf_chart_measure (ctx, "0", 0.85, FALSE, -1, &label_h);
  plot.x = ctx->area.x + axis_half;
  plot.y = ctx->area.y;
  plot.width = MAX (ctx->area.width - 2 * axis_half, 1.0);
  plot.height = MAX (ctx->area.height - label_h - ctx->gap * 0.5, 1.0);
  if (ctx->layout != NULL)
    ctx->layout->plot = plot;

  rows_measure (ctx, table, plot.height, plot.width * (ctx->compact ? 0.34 : 0.3), &rows);
  left = plot;
  left.width = (plot.width - rows.label_w - ctx->gap * 1.2) / 2;
  right = left;
  right.x = plot.x + plot.width - right.width;

  draw_half_axis (ctx, &axis, &left, TRUE);
  draw_half_axis (ctx, &axis, &right, FALSE);

  for (guint i = 0; i < table->rows->len; i++)
    {
      const WfChartRow *row = g_ptr_array_index (table->rows, i);
      double y = plot.y + rows.row_h * i;
      double bar_h = rows.row_h * 0.72;
      double by = y + (rows.row_h - bar_h) / 2;
      double scale = left.width / axis.max;
      double ww = women[i] * scale, mw = men[i] * scale;
      double mh = has_unknown ? bar_h * 0.6 : bar_h;
      g_autofree char *tip_w = wf_chart_tip_pair (row->keys[0], _("Women"));
      g_autofree char *tip_m = wf_chart_tip_pair (row->keys[0], _("Men"));

      wf_chart_part_begin (ctx, "row-%u", i + 1);
      wf_chart_label (ctx, row->keys[0], plot.x + plot.width / 2, y + rows.row_h / 2, WF_ALIGN_CENTER,
                      WF_ALIGN_CENTER, rows.size, FALSE, rows.label_w + 1, rows.lines,
                      &ctx->palette->foreground, NULL);

      /* The lens dims the other sex rather than hiding it. */
      wf_chart_set_colour (ctx, &ctx->palette->women, lens == WF_LENS_MEN ? 0.3 : 1.0);
      cairo_rectangle (cr, left.x + left.width - ww, by, ww, bar_h);
      cairo_fill (cr);
      wf_chart_add_mark (ctx, left.x + left.width - ww, by, ww, bar_h, 0, (int) i, women[i], tip_w);

      wf_chart_set_colour (ctx, &ctx->palette->men, lens == WF_LENS_WOMEN ? 0.3 : 1.0);
      cairo_rectangle (cr, right.x, by, mw, mh);
      cairo_fill (cr);
      wf_chart_add_mark (ctx, right.x, by, mw, mh, 1, (int) i, men[i], tip_m);

      if (has_unknown)
        {
          g_autofree char *tip_u = wf_chart_tip_pair (row->keys[0], _("Sex unknown"));

          wf_chart_set_colour (ctx, &ctx->palette->unknown, 1.0);
          cairo_rectangle (cr, right.x, by + mh, unknown[i] * scale, bar_h - mh);
          cairo_fill (cr);
          wf_chart_add_mark (ctx, right.x, by + mh, unknown[i] * scale, bar_h - mh, 2, (int) i, unknown[i], tip_u);
        }

      /* Where each bar would end without the AI push. */
      wf_chart_set_colour (ctx, &ctx->palette->foreground, 1.0);
      cairo_set_line_width (cr, MAX (1.0, ctx->line * 0.8));
      cairo_move_to (cr, left.x + left.width - women_base[i] * scale, by - bar_h * 0.1);
      cairo_line_to (cr, left.x + left.width - women_base[i] * scale, by + bar_h * 1.1);
      cairo_move_to (cr, right.x + men_base[i] * scale, by - bar_h * 0.1);
      cairo_line_to (cr, right.x + men_base[i] * scale, by + mh + bar_h * 0.1);
      cairo_stroke (cr);

      for (guint c = 1; c <= n_compared; c++)
        {
          double cw = row->values[N_COLUMNS + 2 * (c - 1)];
          double cm = row->values[N_COLUMNS + 2 * (c - 1) + 1];
          double size = MIN (bar_h * 0.8, ctx->font_px * 0.8);
          g_autofree char *tip_cw = wf_chart_tip_pair (row->keys[0], table->columns[1 + N_COLUMNS + 2 * (c - 1)]);
          g_autofree char *tip_cm = wf_chart_tip_pair (row->keys[0], table->columns[2 + N_COLUMNS + 2 * (c - 1)]);

          wf_chart_set_colour (ctx, &ctx->palette->foreground, 1.0);
          wf_chart_marker (ctx, wf_chart_compared_marker (c), left.x + left.width - cw * scale, by + bar_h / 2, size);
          wf_chart_marker (ctx, wf_chart_compared_marker (c), right.x + cm * scale, by + bar_h / 2, size);
          wf_chart_add_mark (ctx, left.x + left.width - cw * scale - size / 2, by + bar_h / 2 - size / 2, size, size,
                             2 + 2 * (int) c, (int) i, cw, tip_cw);
          wf_chart_add_mark (ctx, right.x + cm * scale - size / 2, by + bar_h / 2 - size / 2, size, size,
                             3 + 2 * (int) c, (int) i, cm, tip_cm);
        }
      wf_chart_part_end (ctx);
    }

  if (ctx->layout != NULL)
    ctx->layout->n_series += (has_unknown ? 3 : 2) + 2 * n_compared;
}
