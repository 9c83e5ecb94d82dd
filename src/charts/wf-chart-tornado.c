/* wf-chart-tornado.c: the levers ranked by the swing of a metric
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wf-chart"

#include "config.h"

#include <math.h>
#include <string.h>

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
  /* Translators: a chart's summary for screen readers: scenario, metric
   * (as it reads inside a sentence, e.g. "net jobs vs baseline"), year,
   * its value, a number of levers, a lever's name */
  table->summary = g_strdup_printf (_("In the scenario “%s”, %s in %d is %s. Of the %u levers with an "
                                      "uncertainty range, “%s” moves it the most."),
                                    data->names[0], wf_metric_to_string_in_sentence (t->metric),
                                    data->results[0]->base_year + (int) year_index, central, n,
                                    first != NULL ? first : "");
  return table;
}

/* The room beside a bar from @xl to @xh around the scenario's value @xc
 * for its ends' values: on the left up to the levers' column, on the
 * right up to the chart's edge. */
static void
end_rooms (WfChartContext *ctx,
           double          label_w,
           double          xl,
           double          xh,
           double          xc,
           double         *room)
{
  room[0] = MIN (xc, MIN (xl, xh)) - ctx->gap * 0.3 - (ctx->area.x + label_w + ctx->gap * 0.5);
  room[1] = ctx->area.x + ctx->area.width - (MAX (xc, MAX (xl, xh)) + ctx->gap * 0.3);
  room[0] = MAX (room[0], 1.0);
  room[1] = MAX (room[1], 1.0);
}

/* An end's value without the unit its row's other end repeats: "2 %" for
 * "2 % des personnes sans compétences numériques, par an" when the other
 * end is "4 % des personnes …", "0,60" for "0,60 × élasticité du secteur"
 * (NULL when the two ends have no common unit). */
static char *
end_number (const char *text,
            const char *other)
{
  const char *space = strchr (text, ' ');
  const char *other_space = strchr (other, ' ');

  if (space == NULL || other_space == NULL || strcmp (space, other_space) != 0)
    return NULL;
  if (space[1] == '%')
    return g_strndup (text, space + 2 - text);
  return g_strndup (text, space - text);
}

/* The texts of a row's ends, [0] on the left and [1] on the right, each
 * whole within its room: both in full where they fit; where they do not,
 * the unit once, on the side with the room for it, and the other end's
 * number alone (the tooltip and the data view give both in full); NULL
 * for an end that fits in neither form. Returns whether both are
 * written. */
static gboolean
end_texts (WfChartContext *ctx,
           const char     *left,
           const char     *right,
           const double   *room,
           double          end_size,
           guint           end_lines,
           char          **out)
{
  const char *full[2] = { left, right };
  gboolean whole[2];

  for (guint e = 0; e < 2; e++)
    whole[e] = wf_chart_labels_whole (ctx, &full[e], 1, end_size, FALSE, room[e], end_lines);
  for (guint e = 0; e < 2; e++)
    out[e] = whole[e] ? g_strdup (full[e]) : NULL;
  if (whole[0] && whole[1])
    return TRUE;

  /* The unit on the side it fits, the number alone on the other. */
  for (guint keep = 0; keep < 2; keep++)
    {
      g_autofree char *number = NULL;
      const char *shortened[1];

      if (!whole[keep])
        continue;
      number = end_number (full[1 - keep], full[keep]);
      shortened[0] = number;
      if (number != NULL && wf_chart_labels_whole (ctx, shortened, 1, end_size, FALSE, room[1 - keep], end_lines))
        {
          g_free (out[1 - keep]);
          out[1 - keep] = g_steal_pointer (&number);
          return TRUE;
        }
    }
  return FALSE;
}

/* Whether every end's value is written, in the room beside its bar; if
 * not, @widen[0] and @widen[1] say on which side more room would help: the
 * side of a row's unit, the one with the more room. */
static gboolean
ends_written (WfChartContext     *ctx,
              const WfChartTable *table,
              const WfAxis       *axis,
              const WfChartRect  *plot,
              double              label_w,
              double              end_size,
              guint               end_lines,
              gboolean           *widen)
{
  g_autofree double *at_low = wf_chart_table_column (table, COLUMN_AT_LOW);
  g_autofree double *at_high = wf_chart_table_column (table, COLUMN_AT_HIGH);
  double central = shown (ctx->data->tornado->metric, ctx->data->tornado->central);
  gboolean all = TRUE;

  widen[0] = widen[1] = FALSE;
#define X_OF(v) (plot->x + plot->width * ((v) - axis->min) / (axis->max - axis->min))
  for (guint i = 0; i < table->rows->len; i++)
    {
      const WfChartRow *row = g_ptr_array_index (table->rows, i);
      double xl = X_OF (at_low[i]), xh = X_OF (at_high[i]);
      guint left = xl <= xh ? 0 : 1;
      const char *text[2] = { row->keys[KEY_LOW], row->keys[KEY_HIGH] };
      char *out[2];
      double room[2];

      end_rooms (ctx, label_w, xl, xh, X_OF (central), room);
      if (!end_texts (ctx, text[left], text[1 - left], room, end_size, end_lines, out))
        {
          all = FALSE;
          if (out[0] == NULL && out[1] == NULL)
            widen[room[1] > room[0] ? 1 : 0] = TRUE;
          else
            widen[out[0] == NULL ? 0 : 1] = TRUE;
        }
      g_free (out[0]);
      g_free (out[1]);
    }
#undef X_OF
  return all;
}

/* wf_chart_bar_frame () with @end_l of room for values left of the plot
 * and @end_r right of it. */
static void
tornado_frame (WfChartContext *ctx,
               double          label_w,
               double          end_l,
               double          end_r,
               double          label_h,
               double          min,
               double          max,
               gboolean        people,
               WfAxis         *axis,
               WfChartRect    *plot)
{
  wf_chart_bar_frame (ctx, label_w, (end_l + end_r) / 2, label_h, min, max, people, axis, plot);
  plot->x += (end_l - end_r) / 2;
  if (ctx->layout != NULL)
    ctx->layout->plot = *plot;
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
  double label_size, end_size, end_l, end_r;
  guint label_lines, end_lines;
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
  }

  /* Each end is written beside its own bar, in the room between the bar
   * and the levers' column (or the chart's right edge): a short bar's end
   * may run over the plot, and only the longest bars' ends need the room
   * past the plot's edges. Where an end still does not fit whole, the room
   * on its side widens step by step (up to 0.32 of the width), the bars'
   * span giving way and moving over; if that is not enough either, the
   * first room is kept and the ends that fit in no form are left out. */
  {
    double step = ctx->area.width * 0.02;
    double cap = MAX (end_w, ctx->area.width * 0.32);
    double pad = ctx->gap * 0.3;
    gboolean written = FALSE;
    gboolean widen[2];

    /* From the room a column of every end would take, at most 0.17 of the
     * width: the rows' own room may make up the rest. */
    end_w = MIN (end_w, ctx->area.width * 0.17);
    end_l = end_r = end_w;
    for (;;)
      {
        tornado_frame (ctx, label_w, end_l + pad, end_r + pad, label_h, min, max, people, &axis, &plot);
        written = ends_written (ctx, table, &axis, &plot, label_w, end_size, end_lines, widen);
        if (written || plot.width < ctx->area.width * 0.12 ||
            !((widen[0] && end_l < cap) || (widen[1] && end_r < cap)))
          break;
        if (widen[0])
          end_l = MIN (end_l + step, cap);
        if (widen[1])
          end_r = MIN (end_r + step, cap);
      }
    if (!written)
      {
        end_l = end_r = end_w;
        tornado_frame (ctx, label_w, end_l + pad, end_r + pad, label_h, min, max, people, &axis, &plot);
      }
  }
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
       * further left on the left, so that the two never overlap; each in
       * the room beside its bar, the unit written once where both do not
       * fit. An end that fits in no form is left out rather than cut (its
       * row's tooltip and the data view give it): the last resort, on a
       * canvas smaller than the application's. */
      {
        guint left = xl <= xh ? 0 : 1;
        double room[2];
        char *shown_end[2];

        end_rooms (ctx, label_w, xl, xh, xc, room);
        end_texts (ctx, end_text[left], end_text[1 - left], room, end_size, end_lines, shown_end);
        wf_chart_label (ctx, shown_end[0], MIN (xc, MIN (xl, xh)) - ctx->gap * 0.3, y + bar_h / 2,
                        WF_ALIGN_END, WF_ALIGN_CENTER, end_size, FALSE, room[0], end_lines,
                        &ctx->palette->muted, NULL);
        wf_chart_label (ctx, shown_end[1], MAX (xc, MAX (xl, xh)) + ctx->gap * 0.3, y + bar_h / 2,
                        WF_ALIGN_START, WF_ALIGN_CENTER, end_size, FALSE, room[1], end_lines,
                        &ctx->palette->muted, NULL);
        g_free (shown_end[0]);
        g_free (shown_end[1]);
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
