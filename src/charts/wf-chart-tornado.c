/* wf-chart-tornado.c: the levers ranked by the swing of a metric
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
  KEY_LEVER,
  KEY_LOW,
  KEY_HIGH,
  N_KEYS
};

enum
{
  COLUMN_AT_LOW,
  COLUMN_AT_HIGH,
  COLUMN_SWING,
  N_COLUMNS
};

/* "20 %", "2032", "0.35": a lever's value in its own unit. */
static char *
lever_value_text (const WfChartStyle *style,
                  WfLever             lever,
                  double              value)
{
  const WfLeverInfo *info = wf_lever_get_info (lever);
  g_autofree char *number = NULL;
  const char *unit = info->unit != NULL && info->unit[0] != '\0' ? wf_lever_get_unit (lever) : NULL;

  /* A year is never grouped: "2032", not "2,032". */
  if (g_strcmp0 (info->unit, "year") == 0)
    return g_strdup_printf ("%.0f", value);
  number = wf_chart_format_style (style, value, info->digits);

  if (number[0] == '-')
    {
      char *minus = g_strconcat ("−", number + 1, NULL);

      g_free (number);
      number = minus;
    }
  if (unit == NULL)
    return g_steal_pointer (&number);
  return g_strdup_printf ("%s %s", number, unit);
}

/* Metric values as drawn: people in thousands, shares in per cent. */
static double
shown (WfMetric metric,
       double   value)
{
  return wf_chart_metric_is_people (metric) ? value : value * 100.0;
}

WfChartTable *
wf_chart_tornado_table (const WfChartData *data,
                        guint              year_index)
{
  const WfTornado *t = data->tornado;
  gboolean people = wf_chart_metric_is_people (t->metric);
  WfChartTable *table = wf_chart_table_new (_("Sensitivity to each lever"),
                                            people ? _("thousands of people") : _("%"), N_KEYS, N_COLUMNS);
  g_autofree char *central = NULL;
  g_autofree char *first = NULL;
  guint n = 0;

  wf_chart_table_set_column (table, KEY_LEVER, _("Lever"));
  wf_chart_table_set_column (table, KEY_LOW, _("Low end"));
  wf_chart_table_set_column (table, KEY_HIGH, _("High end"));
  wf_chart_table_set_column (table, N_KEYS + COLUMN_AT_LOW, _("With the lever at its low end"));
  wf_chart_table_set_column (table, N_KEYS + COLUMN_AT_HIGH, _("With the lever at its high end"));
  wf_chart_table_set_column (table, N_KEYS + COLUMN_SWING, _("Swing"));

  /* A lever without a range has no bar. */
  for (guint i = 0; i < t->n_bars; i++)
    {
      const WfTornadoBar *bar = &t->bars[i];
      WfChartRow *row;

      if (bar->low_value == bar->high_value)
        continue;
      row = wf_chart_table_add_row (table);
      g_free (row->keys[KEY_LEVER]);
      g_free (row->keys[KEY_LOW]);
      g_free (row->keys[KEY_HIGH]);
      row->keys[KEY_LEVER] = g_strdup (wf_lever_get_label (bar->lever));
      row->keys[KEY_LOW] = lever_value_text (NULL, bar->lever, bar->low_value);
      row->keys[KEY_HIGH] = lever_value_text (NULL, bar->lever, bar->high_value);
      row->values[COLUMN_AT_LOW] = shown (t->metric, bar->low_metric);
      row->values[COLUMN_AT_HIGH] = shown (t->metric, bar->high_metric);
      row->values[COLUMN_SWING] = shown (t->metric, bar->swing);
      if (n++ == 0)
        first = g_strdup (wf_lever_get_label (bar->lever));
    }

  central = wf_chart_metric_text (NULL, t->metric, t->central, FALSE);
  /* Translators: a chart's summary for screen readers: scenario, metric,
   * year, its value, a number of levers, a lever's name */
  table->summary = g_strdup_printf (_("In the scenario “%s”, %s in %d is %s. Of the %u levers with an "
                                      "uncertainty range, “%s” moves it the most."),
                                    data->names[0], wf_metric_to_string (t->metric),
                                    data->results[0]->base_year + (int) year_index, central, n,
                                    first != NULL ? first : "");
  return table;
}

void
wf_chart_tornado_draw (WfChartContext     *ctx,
                       const WfChartTable *table)
{
  cairo_t *cr = ctx->cr;
  const WfTornado *t = ctx->data->tornado;
  WfMetric metric = t->metric;
  gboolean people = wf_chart_metric_is_people (metric);
  guint n = table->rows->len;
  double central = shown (metric, t->central);
  g_autofree char *central_text = wf_chart_metric_text (ctx->style, metric, t->central, FALSE);
  /* Translators: legend of the tornado chart; %s is a value */
  g_autofree char *central_label = g_strdup_printf (_("This scenario as set: %s"), central_text);
  WfLegendEntry legend[3] = {
    { _("The lever’s end raises the outcome"), ctx->palette->positive, WF_LEGEND_BOX, 0, -1 },
    { _("The lever’s end lowers the outcome"), ctx->palette->negative, WF_LEGEND_BOX, 0, -1 },
    { central_label, ctx->palette->foreground, WF_LEGEND_LINE, 1, -1 },
  };
  g_autofree double *at_low = wf_chart_table_column (table, COLUMN_AT_LOW);
  g_autofree double *at_high = wf_chart_table_column (table, COLUMN_AT_HIGH);
  g_autofree char *title = g_strdup_printf ("%s%s", wf_metric_to_string (metric),
                                            people ? _(" (people)") : _(" (per cent)"));
  double min = central, max = central, label_h, label_w = 0.0, end_w = 0.0, row_h, size, bar_h;
  double label_size, end_size;
  guint label_lines, end_lines;
  gboolean cut_ends = FALSE;
  WfChartRect plot;
  WfAxis axis;

  ctx->mark_unit = WF_MARK_NONE;

  wf_chart_legend (ctx, legend, G_N_ELEMENTS (legend));
  wf_chart_axis_title (ctx, title);

  for (guint i = 0; i < n; i++)
    {
      min = MIN (min, MIN (at_low[i], at_high[i]));
      max = MAX (max, MAX (at_low[i], at_high[i]));
    }
  if (max - min < 1e-9)
    {
      /* No lever moves it: a little room around the value. */
      double pad = MAX (fabs (central) * 0.05, people ? 1.0 : 0.5);

      min -= pad;
      max += pad;
    }

  wf_chart_measure (ctx, "0", 0.85, FALSE, -1, &label_h);
  row_h = n > 0 ? (ctx->area.height - label_h - ctx->gap * 0.6) / n : 1.0;
  size = CLAMP (row_h * 0.75 / ctx->font_px, 0.45, ctx->compact ? 0.8 : 0.9);
  /* The levers' names and their values at both ends are read whole: on two
   * lines where one is too long, the bars' span shrinking to leave the ends
   * their room inside the canvas. */
  {
    g_autofree const char **names = g_new0 (const char *, MAX (n, 1));
    g_autofree const char **ends = g_new0 (const char *, MAX (2 * n, 1));

    for (guint i = 0; i < n; i++)
      {
        const WfChartRow *row = g_ptr_array_index (table->rows, i);

        names[i] = row->keys[KEY_LEVER];
        ends[2 * i] = row->keys[KEY_LOW];
        ends[2 * i + 1] = row->keys[KEY_HIGH];
      }
    label_w = wf_chart_fit_labels_wider (ctx, names, n, size, MIN (size, 0.6), FALSE,
                                         ctx->area.width * (ctx->compact ? 0.3 : 0.28), ctx->area.width * 0.36,
                                         row_h, &label_size, &label_lines);
    /* The ends take up to 0.17 of the width each; where the text's
     * minimum size cannot shrink them to that (the main window's chart
     * at 1024 × 640), up to a quarter, the bars' span giving way. */
    end_w = wf_chart_fit_labels_wider (ctx, ends, 2 * n, size * 0.9, MIN (size * 0.9, 0.6), FALSE,
                                       ctx->area.width * 0.17, ctx->area.width * 0.25, row_h,
                                       &end_size, &end_lines);
    /* Even so, an end too long for its room is left out rather than
     * cut (its row's tooltip and the data view give it). */
    cut_ends = !wf_chart_labels_whole (ctx, ends, 2 * n, end_size, FALSE, end_w, end_lines);
  }
  end_w += ctx->gap * 0.3;

  wf_chart_bar_frame (ctx, label_w, end_w, label_h, min, max, people, &axis, &plot);
  row_h = n > 0 ? plot.height / n : plot.height;
  bar_h = row_h * 0.62;

  wf_chart_draw_value_axis (ctx, &axis, &plot, FALSE);

#define X_OF(v) (plot.x + plot.width * ((v) - axis.min) / (axis.max - axis.min))

  cairo_save (cr);
  for (guint i = 0; i < n; i++)
    {
      const WfChartRow *row = g_ptr_array_index (table->rows, i);
      double y = plot.y + row_h * i + (row_h - bar_h) / 2;
      double xc = X_OF (central), xl = X_OF (at_low[i]), xh = X_OF (at_high[i]);
      double ends[2] = { at_low[i], at_high[i] };
      const char *end_text[2] = { row->keys[KEY_LOW], row->keys[KEY_HIGH] };
      double x_of_end[2] = { xl, xh };
      g_autofree char *low_metric = wf_chart_metric_text (ctx->style, metric,
                                                          people ? at_low[i] : at_low[i] / 100.0, FALSE);
      g_autofree char *high_metric = wf_chart_metric_text (ctx->style, metric,
                                                           people ? at_high[i] : at_high[i] / 100.0, FALSE);
      g_autofree char *tip = NULL;

      wf_chart_part_begin (ctx, "row-%u", i + 1);
      wf_chart_label (ctx, row->keys[KEY_LEVER], ctx->area.x, y + bar_h / 2, WF_ALIGN_START, WF_ALIGN_CENTER,
                      label_size, FALSE, label_w + 1, label_lines, &ctx->palette->foreground, NULL);

      /* Each half from the scenario's value to what one end of the lever
       * gives, coloured by whether that end raises or lowers it. */
      for (guint e = 0; e < 2; e++)
        {
          double x = x_of_end[e];

          wf_chart_set_colour (ctx, ends[e] > central ? &ctx->palette->positive : &ctx->palette->negative, 1.0);
          cairo_rectangle (cr, MIN (x, xc), y, MAX (fabs (x - xc), MAX (1.0, ctx->line * 0.5)), bar_h);
          cairo_fill (cr);
        }

      /* The lever's value at each end, outside the whole bar: the end
       * further left on the left, so that the two never overlap. */
      {
        guint left = xl <= xh ? 0 : 1;

        for (guint e = 0; e < 2 && cut_ends; e++)
          if (!wf_chart_labels_whole (ctx, &end_text[e], 1, end_size, FALSE, end_w, end_lines))
            end_text[e] = NULL;
        wf_chart_label (ctx, end_text[left], MIN (xc, MIN (xl, xh)) - ctx->gap * 0.3, y + bar_h / 2,
                        WF_ALIGN_END, WF_ALIGN_CENTER, end_size, FALSE, end_w, end_lines,
                        &ctx->palette->muted, NULL);
        wf_chart_label (ctx, end_text[1 - left], MAX (xc, MAX (xl, xh)) + ctx->gap * 0.3, y + bar_h / 2,
                        WF_ALIGN_START, WF_ALIGN_CENTER, end_size, FALSE, end_w, end_lines,
                        &ctx->palette->muted, NULL);
      }

      /* Translators: a tooltip of the tornado chart: lever, its low value,
       * the outcome then, its high value, the outcome then */
      tip = g_strdup_printf (_("%s: at %s, %s; at %s, %s"), row->keys[KEY_LEVER], row->keys[KEY_LOW],
                             low_metric, row->keys[KEY_HIGH], high_metric);
      wf_chart_add_mark (ctx, MIN (xl, MIN (xh, xc)), y, MAX (xl, MAX (xh, xc)) - MIN (xl, MIN (xh, xc)), bar_h,
                         0, (int) i, row->values[COLUMN_SWING], tip);
      wf_chart_part_end (ctx);
    }

  /* The scenario's value as a dashed line through every bar. */
  wf_chart_part_begin (ctx, "annotations");
  wf_chart_set_colour (ctx, &ctx->palette->foreground, 1.0);
  wf_chart_set_dash (ctx, 1, MAX (1.0, ctx->line * 0.9));
  cairo_move_to (cr, X_OF (central), plot.y);
  cairo_line_to (cr, X_OF (central), plot.y + plot.height);
  cairo_stroke (cr);
  wf_chart_part_end (ctx);
  cairo_restore (cr);

#undef X_OF

  if (ctx->layout != NULL)
    ctx->layout->n_series += 2;
}
