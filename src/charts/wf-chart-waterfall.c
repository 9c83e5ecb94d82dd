/* wf-chart-waterfall.c: from base-year employment to the horizon
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
  COLUMN_CHANGE,
  COLUMN_LEVEL,
  N_COLUMNS
};

typedef struct
{
  const char *label;  /* N_() */
  WfOutput    output;
  double      sign;
} Step;

/* E(h) = E(0) + trend - displaced + redeployed + new work + demand effect,
 * the stock-flow identity of docs/model.md summed over the years. */
static const Step steps[] = {
  { N_("Trend growth"), WF_OUTPUT_TREND, 1.0 },
  { N_("Displaced"), WF_OUTPUT_DISPLACED, -1.0 },
  { N_("Redeployed"), WF_OUTPUT_REDEPLOYED, 1.0 },
  { N_("New work"), WF_OUTPUT_NEW_WORK, 1.0 },
  { N_("Demand effect"), WF_OUTPUT_DEMAND_EFFECT, 1.0 },
};

WfChartTable *
wf_chart_waterfall_table (const WfChartData *data,
                          guint              year_index)
{
  const WfResults *r = data->results[0];
  WfChartTable *table = wf_chart_table_new (_("Jobs from the base year to the horizon"),
                                            _("thousands of people"), 1, N_COLUMNS);
  WfChartRow *row;
  double level;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *displaced = NULL;
  g_autofree char *new_work = NULL;

  wf_chart_table_set_column (table, 0, _("Step"));
  wf_chart_table_set_column (table, 1 + COLUMN_CHANGE, _("Change"));
  wf_chart_table_set_column (table, 1 + COLUMN_LEVEL, _("Employment after the step"));

  level = wf_chart_lens_value (data, r, WF_RUN_SCENARIO, WF_OUTPUT_EMPLOYMENT, 0, data->sector);
  row = wf_chart_table_add_row (table);
  g_free (row->keys[0]);
  /* Translators: %d is a year */
  row->keys[0] = g_strdup_printf (_("Employment %d"), r->base_year);
  row->values[COLUMN_CHANGE] = level;
  row->values[COLUMN_LEVEL] = level;
  first = wf_chart_people_text (level);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      double change = steps[i].sign *
        wf_chart_lens_cumulative (data, r, WF_RUN_SCENARIO, steps[i].output, year_index, data->sector);

      level += change;
      row = wf_chart_table_add_row (table);
      g_free (row->keys[0]);
      row->keys[0] = g_strdup (_(steps[i].label));
      row->values[COLUMN_CHANGE] = change;
      row->values[COLUMN_LEVEL] = level;
      if (steps[i].output == WF_OUTPUT_DISPLACED)
        displaced = wf_chart_people_count (NULL, -change, WF_CHART_NOUN_JOBS, FALSE);
      else if (steps[i].output == WF_OUTPUT_NEW_WORK)
        new_work = wf_chart_people_text (change);
    }

  /* The horizon bar is the projected level itself, not the running sum, so
   * the chart shows what the model says even if a flow were missing. */
  level = wf_chart_lens_value (data, r, WF_RUN_SCENARIO, WF_OUTPUT_EMPLOYMENT, year_index, data->sector);
  row = wf_chart_table_add_row (table);
  g_free (row->keys[0]);
  row->keys[0] = g_strdup_printf (_("Employment %d"), r->base_year + (int) year_index);
  row->values[COLUMN_CHANGE] = level;
  row->values[COLUMN_LEVEL] = level;
  last = wf_chart_people_text (level);

  /* Translators: a chart's summary for screen readers: the scenario, the
   * lens, the sectors, a number of people, a year, a number, a year, a
   * number of jobs ("96.6 million jobs") and a number of people */
  table->summary = g_strdup_printf (_("In the scenario “%s” (%s, %s), employment goes from %s in %d to %s "
                                      "in %d; %s are displaced and new work brings %s."),
                                    data->names[0], wf_chart_lens_label (data->lens),
                                    wf_chart_sector_label (data), first, r->base_year, last,
                                    r->base_year + (int) year_index, displaced, new_work);
  return table;
}

void
wf_chart_waterfall_draw (WfChartContext     *ctx,
                         const WfChartTable *table)
{
  cairo_t *cr = ctx->cr;
  guint n = table->rows->len;
  g_autofree double *change = wf_chart_table_column (table, COLUMN_CHANGE);
  g_autofree double *level = wf_chart_table_column (table, COLUMN_LEVEL);
  const WfRgb *total_colour = &ctx->palette->series[0];
  WfLegendEntry legend[3] = {
    { _("Employment"), *total_colour, WF_LEGEND_BOX, 0, -1 },
    { _("Increase"), ctx->palette->positive, WF_LEGEND_BOX, 0, -1 },
    { _("Decrease"), ctx->palette->negative, WF_LEGEND_BOX, 0, -1 },
  };
  double min = G_MAXDOUBLE, max = -G_MAXDOUBLE, lo, hi;
  gboolean truncated = FALSE;
  double label_h, slot, bar_w, axis_w, cat_h = 0.0, cat_size;
  WfChartRect plot;
  WfAxis axis;
  guint n_ticks;

  wf_chart_legend (ctx, legend, 3);

  for (guint i = 0; i < n; i++)
    {
      min = MIN (min, level[i]);
      max = MAX (max, level[i]);
      if (i > 0 && i < n - 1)
        {
          min = MIN (min, level[i] - change[i]);
          max = MAX (max, level[i] - change[i]);
        }
    }

  /* Changes of a few per cent vanish on an axis from zero: cut the axis
   * (and say so) when the totals would dwarf them. */
  lo = MIN (min, 0.0);
  hi = MAX (max, 0.0);
  if (min > 0 && (max - min) < 0.25 * max)
    {
      lo = min - (max - min) * 0.9;
      truncated = TRUE;
    }
  else if (max < 0 && (max - min) < 0.25 * -min)
    {
      hi = max + (max - min) * 0.9;
      truncated = TRUE;
    }

  wf_chart_axis_title (ctx, truncated
                       ? (ctx->data->lens == WF_LENS_GAP
                          ? _("Employed women minus employed men (people); the axis does not start at zero")
                          : _("Employment (people); the axis does not start at zero"))
                       : (ctx->data->lens == WF_LENS_GAP
                          ? _("Employed women minus employed men (people)")
                          : _("Employment (people)")));

  wf_chart_measure (ctx, "0", 0.85, FALSE, -1, &label_h);
  n_ticks = CLAMP ((guint) (ctx->area.height / (label_h * 2.5)), 2, 8);
  wf_chart_axis_init (&axis, lo, hi, n_ticks, TRUE);
  if (truncated && lo > 0)
    axis.min = MAX (axis.min, floor (lo / axis.step) * axis.step);
  axis_w = wf_chart_axis_width (ctx, &axis);

  plot.x = ctx->area.x + axis_w + ctx->gap * 0.8;
  plot.width = MAX (ctx->area.x + ctx->area.width - plot.x, 1.0);
  slot = plot.width / n;
  bar_w = slot * 0.62;

  /* Category labels wrap under their bar, at most three lines. */
  cat_size = ctx->compact ? 0.75 : 0.85;
  /* Shrink the labels until their longest word fits its slot: a word cut
   * in two reads worse than a smaller one. */
  for (guint i = 0; i < n; i++)
    {
      const WfChartRow *row = g_ptr_array_index (table->rows, i);
      g_auto(GStrv) words = g_strsplit (row->keys[0], " ", -1);

      for (guint w = 0; words[w] != NULL; w++)
        {
          double ww = wf_chart_measure (ctx, words[w], cat_size, FALSE, -1, NULL);

          if (ww > slot - ctx->gap * 0.3)
            cat_size = MAX (0.5, cat_size * (slot - ctx->gap * 0.3) / ww);
        }
    }
  pango_layout_set_wrap (ctx->text, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_height (ctx->text, -3);
  for (guint i = 0; i < n; i++)
    {
      const WfChartRow *row = g_ptr_array_index (table->rows, i);
      double h;

      wf_chart_measure (ctx, row->keys[0], cat_size, FALSE, slot - ctx->gap * 0.3, &h);
      cat_h = MAX (cat_h, h);
    }

  plot.y = ctx->area.y + label_h * 1.6;
  plot.height = MAX (ctx->area.y + ctx->area.height - cat_h - ctx->gap * 0.5 - plot.y, 1.0);
  if (ctx->layout != NULL)
    ctx->layout->plot = plot;

  wf_chart_part_begin (ctx, "axis-x");
  for (guint i = 0; i < n; i++)
    {
      const WfChartRow *row = g_ptr_array_index (table->rows, i);

      wf_chart_text (ctx, row->keys[0], plot.x + slot * (i + 0.5), plot.y + plot.height + ctx->gap * 0.4,
                     WF_ALIGN_CENTER, WF_ALIGN_START, cat_size, FALSE, slot - ctx->gap * 0.3,
                     &ctx->palette->foreground, NULL);
    }
  wf_chart_part_end (ctx);
  pango_layout_set_height (ctx->text, -1);
  pango_layout_set_wrap (ctx->text, PANGO_WRAP_WORD);

  wf_chart_draw_value_axis (ctx, &axis, &plot, TRUE);

#define Y_OF(v) (plot.y + plot.height * (1.0 - ((CLAMP ((v), axis.min, axis.max)) - axis.min) / (axis.max - axis.min)))

  cairo_save (cr);
  for (guint i = 0; i < n; i++)
    {
      gboolean total = i == 0 || i == n - 1;
      double from = total ? MAX (axis.min, MIN (0.0, axis.max)) : level[i] - change[i];
      double to = level[i];
      double x = plot.x + slot * i + (slot - bar_w) / 2;
      double y0 = Y_OF (from), y1 = Y_OF (to);
      const WfRgb *colour = total ? total_colour : change[i] >= 0 ? &ctx->palette->positive : &ctx->palette->negative;
      const WfChartRow *row = g_ptr_array_index (table->rows, i);
      g_autofree char *value = NULL;
      g_autofree char *number = NULL;
      double text_w, text_h;
      gboolean up = total ? to >= 0 : change[i] >= 0;

      wf_chart_part_begin (ctx, "bar-%u", i + 1);
      wf_chart_set_colour (ctx, colour, 1.0);
      cairo_rectangle (cr, x, MIN (y0, y1), bar_w, MAX (fabs (y1 - y0), MAX (1.0, ctx->line * 0.5)));
      cairo_fill (cr);
      wf_chart_add_mark (ctx, x, MIN (y0, y1), bar_w, fabs (y1 - y0), total ? 0 : change[i] >= 0 ? 1 : 2,
                         (int) i, change[i], row->keys[0]);

      /* A cut axis gets a zigzag at the foot of the total bars. */
      if (total && truncated)
        {
          double zy = plot.y + plot.height - ctx->gap * 0.8;
          double zh = ctx->gap * 0.35;

          wf_chart_set_colour (ctx, &ctx->palette->background, 1.0);
          cairo_set_line_width (cr, MAX (1.0, ctx->line * 0.9));
          cairo_move_to (cr, x - 1, zy);
          for (int k = 0; k <= 6; k++)
            cairo_line_to (cr, x + bar_w * k / 6.0, zy + (k % 2 ? -zh : zh));
          cairo_stroke (cr);
        }

      /* Connector to the next bar. */
      if (i + 1 < n)
        {
          wf_chart_set_colour (ctx, &ctx->palette->muted, 1.0);
          wf_chart_set_dash (ctx, 2, MAX (0.75, ctx->line * 0.5));
          cairo_move_to (cr, x + bar_w, y1);
          cairo_line_to (cr, x + slot, y1);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
        }

      /* The value, signed for the flows, where it fits. */
      number = wf_chart_format (ctx, change[i] / axis.divisor, axis.decimals + 1);
      if (total)
        value = g_strconcat (number, axis.suffix, NULL);
      else
        value = g_strconcat (change[i] >= 0 ? "+" : "", number, axis.suffix, NULL);
      text_w = wf_chart_measure (ctx, value, 0.8, !total, -1, &text_h);
      if (text_w <= slot - ctx->gap * 0.2)
        {
          double ty = up ? MIN (y0, y1) - ctx->gap * 0.25 : MAX (y0, y1) + ctx->gap * 0.25;

          if (!up && ty + text_h > plot.y + plot.height)
            ty = MIN (y0, y1) - ctx->gap * 0.25 - text_h;
          wf_chart_text (ctx, value, x + bar_w / 2, ty, WF_ALIGN_CENTER,
                         up || ty < MIN (y0, y1) ? WF_ALIGN_END : WF_ALIGN_START, 0.8, !total, -1,
                         &ctx->palette->foreground, NULL);
        }
      wf_chart_part_end (ctx);
    }
  cairo_restore (cr);

#undef Y_OF

  if (ctx->layout != NULL)
    ctx->layout->n_series += 3;
}
