/* wf-chart-workshop.c: every scenario of a workshop side by side
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per lever: each scenario's value as a dot on the lever's whole
 * range, the middle half of them as a box, the median as a bar, and how
 * many moved the lever from its default. One row per headline indicator:
 * the spread of the model's outcomes across scenarios and, beside them,
 * the participants' predictions. Equal values stack rather than hide each
 * other; the highlighted (current) scenario is larger, ringed and named in
 * the legend, so that colour is never the only thing that tells it apart.
 */

#define G_LOG_DOMAIN "wf-chart"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "wf-chart-private.h"
#include "wf-workshop.h"

enum
{
  KEY_ROW,
  KEY_WHAT,
  KEY_UNIT,
  N_KEYS
};

enum
{
  COLUMN_MIN,
  COLUMN_Q1,
  COLUMN_MEDIAN,
  COLUMN_Q3,
  COLUMN_MAX,
  COLUMN_HIGHLIGHTED,
  COLUMN_COUNT,      /* moved the lever, or made a prediction */
  COLUMN_N,          /* scenarios */
  N_COLUMNS
};

/* Marks that are not a scenario's dot (boxes) carry this series. */
#define NOT_A_SCENARIO (-1)

static gboolean
lever_moved (WfLever lever,
             double  value)
{
  const WfLeverInfo *info = wf_lever_get_info (lever);

  return fabs (value - info->default_value) > 1e-9 * MAX (1.0, fabs (info->max - info->min));
}

/* Metric values as drawn and tabled: people in thousands, shares in per
 * cent. */
static double
shown (WfMetric metric,
       double   value)
{
  return wf_chart_metric_is_people (metric) ? value : value * 100.0;
}

static char *
lever_value_text (const WfChartStyle *style,
                  WfLever             lever,
                  double              value)
{
  const WfLeverInfo *info = wf_lever_get_info (lever);
  g_autofree char *number = NULL;

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
  if (info->unit == NULL || info->unit[0] == '\0')
    return g_steal_pointer (&number);
  return g_strdup_printf ("%s %s", number, wf_lever_get_unit (lever));
}

static void
lever_values (const WfChartData *data,
              WfLever            lever,
              double            *values)
{
  for (guint s = 0; s < data->n_every; s++)
    values[s] = data->every_scenario[s]->values[lever];
}

static void
metric_values (const WfChartData *data,
               WfMetric           metric,
               gboolean           predictions,
               double            *values)
{
  for (guint s = 0; s < data->n_every; s++)
    values[s] = predictions ? data->every_scenario[s]->predictions[metric]
                            : wf_metric_evaluate (data->every_results[s], metric);
}

static void
fill_row (WfChartRow   *row,
          const char   *name,
          const char   *what,
          const char   *unit,
          const WfSpread *spread,
          double        highlighted,
          double        count,
          guint         n)
{
  g_free (row->keys[KEY_ROW]);
  g_free (row->keys[KEY_WHAT]);
  g_free (row->keys[KEY_UNIT]);
  row->keys[KEY_ROW] = g_strdup (name);
  row->keys[KEY_WHAT] = g_strdup (what);
  row->keys[KEY_UNIT] = g_strdup (unit);
  row->values[COLUMN_MIN] = spread->min;
  row->values[COLUMN_Q1] = spread->q1;
  row->values[COLUMN_MEDIAN] = spread->median;
  row->values[COLUMN_Q3] = spread->q3;
  row->values[COLUMN_MAX] = spread->max;
  row->values[COLUMN_HIGHLIGHTED] = highlighted;
  row->values[COLUMN_COUNT] = count;
  row->values[COLUMN_N] = n;
}

static gboolean
any_prediction (const WfChartData *data)
{
  for (guint s = 0; s < data->n_every; s++)
    for (guint k = 0; k < WF_N_HEADLINE_METRICS; k++)
      if (isfinite (data->every_scenario[s]->predictions[wf_headline_metrics (NULL)[k]]))
        return TRUE;
  return FALSE;
}

/* The model's outcomes stay hidden only while there are predictions to
 * show first: with none, there is nothing to reveal. */
static gboolean
concealed (const WfChartData *data)
{
  return data->conceal_outcomes && any_prediction (data);
}

WfChartTable *
wf_chart_workshop_table (const WfChartData *data,
                         guint              year_index)
{
  WfChartTable *table = wf_chart_table_new (_("Workshop: every scenario side by side"),
                                            _("the unit of each row"), N_KEYS, N_COLUMNS);
  g_autofree double *values = g_new (double, data->n_every);
  const char *most_moved = NULL;
  guint most_moved_n = 0;
  GString *summary = g_string_new (NULL);
  gboolean hide = concealed (data);

  wf_chart_table_set_column (table, KEY_ROW, _("Lever or indicator"));
  wf_chart_table_set_column (table, KEY_WHAT, _("Values"));
  wf_chart_table_set_column (table, KEY_UNIT, _("Unit"));
  wf_chart_table_set_column (table, N_KEYS + COLUMN_MIN, _("Minimum"));
  wf_chart_table_set_column (table, N_KEYS + COLUMN_Q1, _("Lower quartile"));
  wf_chart_table_set_column (table, N_KEYS + COLUMN_MEDIAN, _("Median"));
  wf_chart_table_set_column (table, N_KEYS + COLUMN_Q3, _("Upper quartile"));
  wf_chart_table_set_column (table, N_KEYS + COLUMN_MAX, _("Maximum"));
  wf_chart_table_set_column (table, N_KEYS + COLUMN_HIGHLIGHTED, _("Highlighted scenario"));
  wf_chart_table_set_column (table, N_KEYS + COLUMN_COUNT, _("Moved it, or predicted it"));
  wf_chart_table_set_column (table, N_KEYS + COLUMN_N, _("Scenarios"));

  for (guint i = 0; i < WF_N_LEVERS; i++)
    {
      WfSpread spread;
      guint moved = 0;

      lever_values (data, i, values);
      wf_spread_compute (values, data->n_every, &spread);
      for (guint s = 0; s < data->n_every; s++)
        moved += lever_moved (i, values[s]);
      fill_row (wf_chart_table_add_row (table), wf_lever_get_label (i),
                /* Translators: in the workshop chart's table, the kind of a row */
                C_("workshop row", "Lever"), wf_lever_get_unit (i), &spread,
                values[data->every_current], moved, data->n_every);
      if (moved > most_moved_n)
        {
          most_moved_n = moved;
          most_moved = wf_lever_get_label (i);
        }
    }

  for (guint k = 0; k < WF_N_HEADLINE_METRICS; k++)
    {
      WfMetric metric = wf_headline_metrics (NULL)[k];
      const char *unit = wf_chart_metric_is_people (metric) ? _("thousands of people") : _("%");

      for (guint p = hide ? 1 : 0; p < 2; p++)
        {
          WfSpread spread;

          metric_values (data, metric, p == 1, values);
          wf_spread_compute (values, data->n_every, &spread);
          if (p == 1 && spread.n == 0)
            continue;
          spread.min = shown (metric, spread.min);
          spread.q1 = shown (metric, spread.q1);
          spread.median = shown (metric, spread.median);
          spread.q3 = shown (metric, spread.q3);
          spread.max = shown (metric, spread.max);
          fill_row (wf_chart_table_add_row (table), wf_metric_to_string (metric),
                    p == 1 ? C_("workshop row", "Predictions") : C_("workshop row", "Model"), unit, &spread,
                    shown (metric, values[data->every_current]), p == 1 ? spread.n : NAN, data->n_every);
        }
    }

  g_string_append_printf (summary,
                          /* Translators: the workshop chart's summary for screen readers */
                          g_dngettext (GETTEXT_PACKAGE, "%u scenario side by side.", "%u scenarios side by side.",
                                       data->n_every),
                          data->n_every);
  if (most_moved != NULL)
    {
      g_string_append_c (summary, ' ');
      /* Translators: a lever's name, then e.g. "15 of 20" scenarios */
      g_string_append_printf (summary, _("The lever moved in the most scenarios is “%s” (%u of %u)."),
                              most_moved, most_moved_n, data->n_every);
    }
  if (!hide)
    {
      WfSpread spread;
      g_autofree char *lo = NULL, *hi = NULL, *mid = NULL;

      metric_values (data, WF_METRIC_NET_JOBS, FALSE, values);
      wf_spread_compute (values, data->n_every, &spread);
      lo = wf_chart_metric_text (NULL, WF_METRIC_NET_JOBS, spread.min, TRUE);
      hi = wf_chart_metric_text (NULL, WF_METRIC_NET_JOBS, spread.max, TRUE);
      mid = wf_chart_metric_text (NULL, WF_METRIC_NET_JOBS, spread.median, TRUE);
      g_string_append_c (summary, ' ');
      /* Translators: a year, an indicator's name as it reads inside a
       * sentence (e.g. "net jobs vs baseline"), then three numbers of
       * people */
      g_string_append_printf (summary, _("In %d, %s ranges from %s to %s across them (median %s)."),
                              data->results[0]->base_year + (int) year_index,
                              wf_metric_to_string_in_sentence (WF_METRIC_NET_JOBS), lo, hi, mid);
    }
  else
    {
      g_string_append_c (summary, ' ');
      g_string_append (summary, _("The model’s outcomes are hidden until they are revealed; the predictions are shown."));
    }
  table->summary = g_string_free (summary, FALSE);
  return table;
}

/* Where each dot goes in a row: values that would overlap (equal or
 * within a dot) stack upwards and downwards from the track in turn, the
 * highlighted one always on it; beyond what the row holds, the rest share
 * the outermost places and a count says how many there are. */
typedef struct
{
  double x;
  double dy;
  guint  scenario;
} Dot;

static int
compare_dots (const void *a,
              const void *b)
{
  const Dot *x = a, *y = b;

  if (x->x != y->x)
    return x->x < y->x ? -1 : 1;
  return x->scenario < y->scenario ? -1 : x->scenario > y->scenario ? 1 : 0;
}

typedef struct
{
  WfChartContext *ctx;
  double          x0, x1;       /* the track */
  double          y;            /* its centre line */
  double          height;       /* the row's height for dots */
  double          lo, hi;       /* the values at x0 and x1 */
  double          radius;
  int             marker;       /* 0 circle (scenarios), 3 diamond (predictions) */
  const WfRgb    *colour;
  guint           category;     /* the row, for the marks */
} Track;

static double
track_x (const Track *t,
         double       value)
{
  double f = t->hi > t->lo ? (value - t->lo) / (t->hi - t->lo) : 0.5;

  return t->x0 + CLAMP (f, 0.0, 1.0) * (t->x1 - t->x0);
}

static void
draw_box (const Track  *t,
          const WfSpread *spread)
{
  WfChartContext *ctx = t->ctx;
  cairo_t *cr = ctx->cr;
  double h = MIN (t->height * 0.8, t->radius * 5.0);
  double xmin, xq1, xmed, xq3, xmax;

  if (spread->n == 0)
    return;
  xmin = track_x (t, spread->min);
  xq1 = track_x (t, spread->q1);
  xmed = track_x (t, spread->median);
  xq3 = track_x (t, spread->q3);
  xmax = track_x (t, spread->max);

  /* The whiskers from the minimum to the maximum. */
  wf_chart_set_colour (ctx, &ctx->palette->muted, 1.0);
  cairo_set_line_width (cr, MAX (1.0, ctx->line));
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_move_to (cr, xmin, t->y);
  cairo_line_to (cr, xmax, t->y);
  cairo_move_to (cr, xmin, t->y - h * 0.3);
  cairo_line_to (cr, xmin, t->y + h * 0.3);
  cairo_move_to (cr, xmax, t->y - h * 0.3);
  cairo_line_to (cr, xmax, t->y + h * 0.3);
  cairo_stroke (cr);

  /* The middle half, as an outlined box, and the median as a thick bar;
   * under high contrast the box is an outline only, no pale fill. */
  cairo_rectangle (cr, xq1, t->y - h / 2, MAX (xq3 - xq1, 1.0), h);
  if (!ctx->style->high_contrast)
    {
      wf_chart_set_colour (ctx, t->colour, 0.18);
      cairo_fill_preserve (cr);
    }
  wf_chart_set_colour (ctx, &ctx->palette->foreground, ctx->style->high_contrast ? 1.0 : 0.75);
  cairo_set_line_width (cr, MAX (0.75, ctx->line * 0.6));
  cairo_stroke (cr);
  wf_chart_set_colour (ctx, &ctx->palette->foreground, 1.0);
  cairo_set_line_width (cr, MAX (1.5, ctx->line * 1.6));
  cairo_move_to (cr, xmed, t->y - h / 2);
  cairo_line_to (cr, xmed, t->y + h / 2);
  cairo_stroke (cr);
}

/* The dots of one row; @labels name each dot's value for its tooltip. */
static void
draw_dots (const Track       *t,
           const double      *values,
           char             **labels)
{
  WfChartContext *ctx = t->ctx;
  const WfChartData *data = ctx->data;
  cairo_t *cr = ctx->cr;
  g_autofree Dot *dots = g_new0 (Dot, data->n_every);
  guint n = 0;
  double step = t->radius * 1.9;
  guint max_level = (guint) MAX (1.0, floor ((t->height / 2 - t->radius * 2.2) / step));
  const Dot *current = NULL;

  for (guint s = 0; s < data->n_every; s++)
    if (isfinite (values[s]))
      {
        dots[n].x = track_x (t, values[s]);
        dots[n].scenario = s;
        n++;
      }
  qsort (dots, n, sizeof (Dot), compare_dots);

  /* Stack the dots of each cluster: place 0 is on the track, then +1, -1,
   * +2, -2 … steps; the highlighted one takes place 0. */
  for (guint i = 0; i < n;)
    {
      guint j = i + 1;
      guint place = 0;
      guint has_current = FALSE;

      while (j < n && dots[j].x - dots[j - 1].x < t->radius * 1.2)
        j++;
      for (guint k = i; k < j; k++)
        has_current |= dots[k].scenario == data->every_current;
      if (has_current)
        place = 1;
      for (guint k = i; k < j; k++)
        {
          guint p, level;

          if (dots[k].scenario == data->every_current)
            p = 0;
          else
            p = place++;
          level = MIN ((p + 1) / 2, max_level);
          /* Clear of the highlighted dot's ring, which is larger. */
          dots[k].dy = (p % 2 == 1 ? -1.0 : 1.0) * (level * step + (has_current ? t->radius * 1.2 : 0.0));
          if (p == 0)
            dots[k].dy = 0;
        }

      /* More than the row holds: say how many share this value. */
      if (j - i > 2 * max_level + 1)
        {
          g_autofree char *count = NULL;
          double cx = dots[i].x;

          /* Translators: how many dots are stacked on one value, e.g. "×12" */
          count = g_strdup_printf (_("×%u"), j - i);
          wf_chart_text (ctx, count, cx + t->radius * 1.6, t->y - t->height / 2, WF_ALIGN_START,
                         WF_ALIGN_START, 0.8, TRUE, -1, &ctx->palette->foreground, NULL);
        }
      i = j;
    }

  for (guint i = 0; i < n; i++)
    {
      const Dot *d = &dots[i];
      double y = t->y + d->dy;

      if (d->scenario == data->every_current)
        {
          current = d;
          continue;
        }
      /* A thin outline in the background colour keeps stacked dots apart. */
      wf_chart_set_colour (ctx, &ctx->palette->background, 1.0);
      wf_chart_marker (ctx, t->marker, d->x, y, t->radius * 2.5);
      wf_chart_set_colour (ctx, t->colour, 0.9);
      wf_chart_marker (ctx, t->marker, d->x, y, t->radius * 2.0);
      wf_chart_add_mark (ctx, d->x - t->radius, y - t->radius, t->radius * 2, t->radius * 2,
                         (int) d->scenario, (int) t->category, values[d->scenario], labels[d->scenario]);
    }

  /* The highlighted scenario on top: larger, in the contrasting colour,
   * with a ring. */
  if (current != NULL)
    {
      double r = t->radius * 1.5;

      wf_chart_set_colour (ctx, &ctx->palette->background, 1.0);
      wf_chart_marker (ctx, t->marker, current->x, t->y, r * 2.9);
      wf_chart_set_colour (ctx, &ctx->palette->foreground, 1.0);
      cairo_set_line_width (cr, MAX (1.0, ctx->line * 0.9));
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_new_sub_path (cr);
      cairo_arc (cr, current->x, t->y, r * 1.35, 0, 2 * G_PI);
      cairo_stroke (cr);
      wf_chart_set_colour (ctx, &ctx->palette->series[3], 1.0);
      wf_chart_marker (ctx, t->marker, current->x, t->y, r * 2.0);
      wf_chart_add_mark (ctx, current->x - r * 1.35, t->y - r * 1.35, r * 2.7, r * 2.7,
                         (int) current->scenario, (int) t->category, values[current->scenario],
                         labels[current->scenario]);
    }
}

static void
draw_legend (WfChartContext *ctx,
             gboolean        predictions)
{
  const WfChartData *data = ctx->data;
  g_autofree char *current = NULL;
  WfLegendEntry entries[5];
  guint n = 0;

  /* Translators: the workshop chart's legend; %s is the highlighted
   * scenario's name */
  current = g_strdup_printf (_("Highlighted (ringed): %s"),
                             data->names[0] != NULL ? data->names[0] : _("Untitled scenario"));
  entries[n++] = (WfLegendEntry) { _("A scenario"), ctx->palette->series[0], WF_LEGEND_LINE, -1, 0 };
  entries[n++] = (WfLegendEntry) { current, ctx->palette->series[3], WF_LEGEND_LINE, -1, 0 };
  if (predictions)
    entries[n++] = (WfLegendEntry) { _("A prediction"), ctx->palette->series[1], WF_LEGEND_LINE, -1, 3 };
  /* As the boxes are drawn: under high contrast an outline and its median,
   * never a pale fill. */
  entries[n++] = ctx->style->high_contrast
                   ? (WfLegendEntry) { _("Middle half of the values, median"), ctx->palette->foreground,
                                       WF_LEGEND_OUTLINE, 0, -1 }
                   : (WfLegendEntry) { _("Middle half of the values, median"), ctx->palette->muted,
                                       WF_LEGEND_BOX, 0, -1 };
  wf_chart_legend (ctx, entries, n);
}

void
wf_chart_workshop_draw (WfChartContext     *ctx,
                        const WfChartTable *table)
{
  const WfChartData *data = ctx->data;
  const WfChartStyle *style = ctx->style;
  gboolean hide = concealed (data);
  gboolean predictions = any_prediction (data);
  gboolean side_by_side = ctx->width >= ctx->height * 1.15 && ctx->width >= 560;
  g_autofree double *values = g_new (double, data->n_every);
  g_autofree double *model = g_new (double, data->n_every);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  WfChartRect levers, outcomes;
  /* The smallest text on screen: 0.8 of the body (docs/charts.md). */
  double small = 0.8;
  double count_w = 0.0, label_w = 0.0, row_h, radius, lever_size = 0.8, count_size = 0.8;
  guint lever_lines = 1, heading_lines = 1;
  gboolean levers_whole = TRUE;
  g_autofree char *widest = NULL;
  int year = data->results[0]->base_year + (int) ctx->year_index;

  ctx->mark_unit = WF_MARK_NONE;
  g_ptr_array_set_size (labels, data->n_every);
  /* The series: the scenarios' values, and the predictions. */
  if (ctx->layout != NULL)
    ctx->layout->n_series = predictions ? 2 : 1;
  draw_legend (ctx, predictions);
  if (ctx->layout != NULL)
    ctx->layout->plot = ctx->area;

  /* The levers' names whole, each within its row: on up to three lines
   * where the rows are tall enough, all at the size the longest needs,
   * down to the text's minimum; then in a wider column, the tracks giving
   * way; then, beside the outcomes, in a wider panel (up to 0.7 of the
   * width), the outcomes giving way. Only what fits in none of these is
   * cut, its full name in its tooltip. The count of those who moved each
   * lever is whole too, in up to 0.22 of the panel, and the heading over
   * the tracks takes two lines where it needs them. */
  {
    const char *names[WF_N_LEVERS];
    /* Translators: above the workshop chart's lever rows; each row runs
     * from the lever's lowest to its highest value */
    const char *heading_text = _("← lowest · each lever’s range · highest →");

    for (guint i = 0; i < WF_N_LEVERS; i++)
      names[i] = wf_lever_get_label (i);
    /* Translators: the widest "N of M moved it" the workshop chart writes */
    widest = g_strdup_printf (_("%u of %u moved it"), data->n_every, data->n_every);

    /* First the counts get smaller (down to the minimum), then the panel
     * wider. */
    for (guint attempt = 0;; attempt++)
      {
        const char *counts[] = { widest };
        double split = MIN (0.58 + 0.03 * (attempt > 0 ? attempt - 1 : 0), 0.7);
        double count_from = attempt > 0 ? MIN (small, 0.6) : small;
        double line_h = 0.0, label_cap, label_wider, span, heading_h = 0.0;
        gboolean last = !side_by_side ? attempt >= 1 : split >= 0.7;
        guint lines;

        if (side_by_side)
          {
            levers = ctx->area;
            levers.width = ctx->area.width * split - ctx->gap;
            outcomes = ctx->area;
            outcomes.x = ctx->area.x + ctx->area.width * split + ctx->gap;
            outcomes.width = ctx->area.width * (1.0 - split) - ctx->gap;
          }
        else
          {
            levers = ctx->area;
            levers.height = ctx->area.height * 0.58 - ctx->gap;
            outcomes = ctx->area;
            outcomes.y = ctx->area.y + ctx->area.height * 0.58 + ctx->gap;
            outcomes.height = ctx->area.height * 0.42 - ctx->gap;
          }

        /* Whole, smaller if it must be, in at most 0.22 of the width. */
        wf_chart_measure (ctx, "Ag", small, FALSE, -1, &line_h);
        count_w = wf_chart_fit_labels (ctx, counts, 1, count_from, MIN (small, 0.6), FALSE,
                                       levers.width * 0.22 / 1.08, line_h * 1.5, &count_size, &lines);
        /* Digits differ in width in proportional fonts: a little room over. */
        count_w = MIN (count_w * 1.08, levers.width * 0.22);

        /* The heading, on one line over the tracks and the counts if it
         * fits there, else on two; measured again over the room the
         * names leave. */
        span = levers.width * 0.7 - ctx->gap;
        for (guint pass = 0; pass < 2; pass++)
          {
            heading_lines = wf_chart_labels_whole (ctx, &heading_text, 1, small, FALSE, span, 1) ? 1 : 2;
            wf_chart_label_measure (ctx, heading_text, small, FALSE, span, heading_lines, &heading_h, NULL);
            heading_h += ctx->gap * 0.3;
            row_h = (levers.height - heading_h) / WF_N_LEVERS;

            /* The tracks keep at least a quarter of the panel. */
            label_cap = levers.width * 0.3;
            label_wider = MAX (label_cap, levers.width * 0.74 - count_w - 2 * ctx->gap);
            label_w = wf_chart_fit_labels_wider_lines (ctx, names, WF_N_LEVERS, small, MIN (small, 0.6), FALSE,
                                                       label_cap, label_wider, row_h, 3, &lever_size,
                                                       &lever_lines);
            span = levers.width - MAX (label_w, label_cap) - ctx->gap;
            if (wf_chart_labels_whole (ctx, &heading_text, 1, small, FALSE, span, heading_lines))
              break;
          }
        levers_whole = wf_chart_labels_whole (ctx, names, WF_N_LEVERS, lever_size, FALSE, label_w + 1, lever_lines);
        if (levers_whole || last)
          {
            if (!levers_whole)
              label_w = label_wider;
            break;
          }
      }
    label_w = MAX (label_w, levers.width * 0.3);

    /* What the tracks are: each lever's range, not a common axis. */
    {
      WfChartRect box;
      double x0 = levers.x + label_w + ctx->gap;
      double x1 = levers.x + levers.width - count_w - ctx->gap;
      double right = x1;
      gboolean whole = TRUE;

      /* Over the tracks, or where it does not fit them, over the tracks
       * and the counts. */
      wf_chart_label_measure (ctx, heading_text, small, FALSE, x1 - x0, heading_lines, NULL, &whole);
      if (!whole)
        right = levers.x + levers.width;
      wf_chart_part_begin (ctx, "annotations");
      wf_chart_label (ctx, heading_text, (x0 + right) / 2, levers.y, WF_ALIGN_CENTER, WF_ALIGN_START, small, FALSE,
                      right - x0, heading_lines, &ctx->palette->muted, &box);
      wf_chart_part_end (ctx);
      levers.y += box.height + ctx->gap * 0.3;
      levers.height -= box.height + ctx->gap * 0.3;
    }
  }
  row_h = levers.height / WF_N_LEVERS;
  radius = CLAMP (row_h * 0.13, 1.5, ctx->font_px * 0.32);

  /* Levers */
  for (guint i = 0; i < WF_N_LEVERS; i++)
    {
      const WfLeverInfo *info = wf_lever_get_info (i);
      double y = levers.y + row_h * (i + 0.5);
      Track t = { ctx, levers.x + label_w + ctx->gap + radius * 2,
                  levers.x + levers.width - count_w - ctx->gap - radius * 2,
                  y, row_h, info->min, info->max, radius, 0, &ctx->palette->series[0], i };
      WfSpread spread;
      guint moved = 0;
      g_autofree char *count = NULL;

      wf_chart_part_begin (ctx, "row-%u", i + 1);
      if (i % 2 == 1)
        {
          wf_chart_set_colour (ctx, &ctx->palette->grid, 0.35);
          cairo_rectangle (ctx->cr, levers.x, y - row_h / 2, levers.width, row_h);
          cairo_fill (ctx->cr);
        }
      {
        WfChartRect box;

        wf_chart_label (ctx, wf_lever_get_label (i), levers.x, y, WF_ALIGN_START, WF_ALIGN_CENTER, lever_size,
                        FALSE, label_w + 1, lever_lines, &ctx->palette->foreground, &box);
        /* The last resort, a name cut: its tooltip gives it whole. */
        if (!levers_whole)
          wf_chart_add_mark (ctx, box.x, box.y, box.width, box.height, NOT_A_SCENARIO, -1, NAN,
                             wf_lever_get_label (i));
      }

      /* The lever's whole range, from its lowest to its highest value. */
      wf_chart_set_colour (ctx, &ctx->palette->grid, 1.0);
      cairo_set_line_width (ctx->cr, MAX (1.0, ctx->line * 1.2));
      cairo_set_dash (ctx->cr, NULL, 0, 0);
      cairo_move_to (ctx->cr, t.x0, y);
      cairo_line_to (ctx->cr, t.x1, y);
      cairo_stroke (ctx->cr);

      lever_values (data, i, values);
      wf_spread_compute (values, data->n_every, &spread);
      draw_box (&t, &spread);
      for (guint s = 0; s < data->n_every; s++)
        {
          g_autofree char *v = lever_value_text (style, i, values[s]);

          moved += lever_moved (i, values[s]);
          g_free (labels->pdata[s]);
          /* Translators: a dot's tooltip in the workshop chart: scenario,
           * lever, value */
          labels->pdata[s] = g_strdup_printf (_("%s — %s: %s"),
                                              wf_scenario_get_display_name (data->every_scenario[s]),
                                              wf_lever_get_label (i), v);
        }
      draw_dots (&t, values, (char **) labels->pdata);

      /* Translators: in the workshop chart, e.g. "12 of 20 moved it": how
       * many scenarios set the lever away from its default */
      count = g_strdup_printf (_("%u of %u moved it"), moved, data->n_every);
      wf_chart_text (ctx, count, levers.x + levers.width, y, WF_ALIGN_END, WF_ALIGN_CENTER, count_size, FALSE,
                     count_w, moved > 0 ? &ctx->palette->foreground : &ctx->palette->muted, NULL);
      wf_chart_part_end (ctx);
    }

  /* Outcomes: per indicator, a title line, then the model's values and the
   * predictions on one axis each indicator shares. */
  {
    double block_h = outcomes.height / WF_N_HEADLINE_METRICS;
    double sub_h;
    guint n_sub = predictions ? 2 : 1;
    double title_h = 0.0;

    double line_h = 0.0, title_size;
    guint title_lines;
    g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);

    /* The indicators' names whole, on two lines where one is too long
     * (the French "Pénurie de compétences (…)"). */
    for (guint k = 0; k < WF_N_HEADLINE_METRICS; k++)
      /* Translators: an indicator's name and the year, e.g. "Net jobs vs
       * baseline, 2030" */
      g_ptr_array_add (titles, g_strdup_printf (_("%s, %d"), wf_metric_to_string (wf_headline_metrics (NULL)[k]),
                                                year));
    wf_chart_measure (ctx, "Ag", small, TRUE, -1, &line_h);
    wf_chart_fit_labels (ctx, (const char * const *) titles->pdata, titles->len, small, MIN (small, 0.6), TRUE,
                         outcomes.width, block_h * 0.45, &title_size, &title_lines);
    for (guint k = 0; k < titles->len; k++)
      {
        double h = 0.0;

        wf_chart_label_measure (ctx, g_ptr_array_index (titles, k), title_size, TRUE, outcomes.width,
                                title_lines, &h, NULL);
        title_h = MAX (title_h, h);
      }
    /* The title above, the axis's ends below. */
    sub_h = MAX ((block_h - title_h * 1.1 - line_h * 1.1) / n_sub, 1.0);

    for (guint k = 0; k < WF_N_HEADLINE_METRICS; k++)
      {
        WfMetric metric = wf_headline_metrics (NULL)[k];
        double top = outcomes.y + block_h * k;
        double tag_w = 0.0;
        double lo = G_MAXDOUBLE, hi = -G_MAXDOUBLE, pad;
        gboolean shown_any;
        g_autofree char *lo_text = NULL, *hi_text = NULL;
        WfSpread spread;
        const char *tags[2] = {
          /* Translators: the workshop chart's row of the model's values */
          C_("workshop row", "Model"),
          /* Translators: the workshop chart's row of the participants' predictions */
          C_("workshop row", "Predicted"),
        };
        double r = CLAMP (sub_h * 0.16, 1.5, ctx->font_px * 0.32);

        for (guint p = 0; p < n_sub; p++)
          tag_w = MAX (tag_w, wf_chart_measure (ctx, tags[p], small, FALSE, -1, NULL));
        tag_w = MIN (tag_w, outcomes.width * 0.3);

        wf_chart_part_begin (ctx, "panel-%u", k + 1);
        {
          WfChartRect box;
          gboolean whole = TRUE;

          wf_chart_label (ctx, g_ptr_array_index (titles, k), outcomes.x, top, WF_ALIGN_START, WF_ALIGN_START,
                          title_size, TRUE, outcomes.width, title_lines, &ctx->palette->foreground, &box);
          /* Cut only where nothing else fits (beside the levers at
           * 633 × 254): its tooltip gives it whole. */
          wf_chart_label_measure (ctx, g_ptr_array_index (titles, k), title_size, TRUE, outcomes.width, title_lines,
                                  NULL, &whole);
          if (!whole)
            wf_chart_add_mark (ctx, box.x, box.y, box.width, box.height, NOT_A_SCENARIO, -1, NAN,
                               g_ptr_array_index (titles, k));
        }

        metric_values (data, metric, FALSE, model);
        metric_values (data, metric, TRUE, values);
        /* Hidden outcomes set no bound: the axis must not give them away. */
        for (guint s = 0; s < data->n_every; s++)
          {
            if (!hide && isfinite (model[s]))
              lo = MIN (lo, model[s]), hi = MAX (hi, model[s]);
            if (isfinite (values[s]))
              lo = MIN (lo, values[s]), hi = MAX (hi, values[s]);
          }
        /* Nothing to show yet (hidden outcomes, no prediction): no axis. */
        shown_any = lo <= hi;
        if (!shown_any)
          lo = hi = 0.0;
        pad = MAX ((hi - lo) * 0.06, wf_chart_metric_is_people (metric) ? 1.0 : 0.0005);
        lo -= pad;
        hi += pad;
        /* Signed where the values go both ways (net jobs). */
        lo_text = wf_chart_metric_text (style, metric, lo + pad, lo + pad < 0);
        hi_text = wf_chart_metric_text (style, metric, hi - pad, lo + pad < 0);

        for (guint p = 0; p < n_sub; p++)
          {
            double y = top + title_h * 1.15 + sub_h * (p + 0.5);
            Track t = { ctx, outcomes.x + tag_w + ctx->gap + r * 2, outcomes.x + outcomes.width - r * 2,
                        y, sub_h, lo, hi, r, p == 0 ? 0 : 3,
                        p == 0 ? &ctx->palette->series[0] : &ctx->palette->series[1],
                        WF_N_LEVERS + k * 2 + p };
            const double *row = p == 0 ? model : values;

            wf_chart_text (ctx, tags[p], outcomes.x, y, WF_ALIGN_START, WF_ALIGN_CENTER, small, FALSE,
                           tag_w, &ctx->palette->muted, NULL);
            wf_chart_set_colour (ctx, &ctx->palette->grid, 1.0);
            cairo_set_line_width (ctx->cr, MAX (1.0, ctx->line * 1.2));
            cairo_set_dash (ctx->cr, NULL, 0, 0);
            cairo_move_to (ctx->cr, t.x0, y);
            cairo_line_to (ctx->cr, t.x1, y);
            cairo_stroke (ctx->cr);

            if (p == 0 && hide)
              {
                /* Translators: in the workshop chart, in place of the
                 * model's values until the presenter reveals them */
                wf_chart_text (ctx, _("Hidden until revealed"), (t.x0 + t.x1) / 2, y, WF_ALIGN_CENTER,
                               WF_ALIGN_CENTER, small, TRUE, t.x1 - t.x0, &ctx->palette->muted, NULL);
                continue;
              }

            wf_spread_compute (row, data->n_every, &spread);
            draw_box (&t, &spread);
            for (guint s = 0; s < data->n_every; s++)
              {
                g_autofree char *v = isfinite (row[s]) ? wf_chart_metric_text (style, metric, row[s], FALSE) : NULL;

                g_free (labels->pdata[s]);
                labels->pdata[s] = v == NULL ? NULL
                                   : p == 0
                                   /* Translators: a dot's tooltip: scenario, indicator, model's value */
                                   ? g_strdup_printf (_("%s — %s: %s"),
                                                      wf_scenario_get_display_name (data->every_scenario[s]),
                                                      wf_metric_to_string (metric), v)
                                   /* Translators: a dot's tooltip: scenario, indicator, predicted value */
                                   : g_strdup_printf (_("%s — %s: predicted %s"),
                                                      wf_scenario_get_display_name (data->every_scenario[s]),
                                                      wf_metric_to_string (metric), v);
              }
            draw_dots (&t, row, (char **) labels->pdata);
          }

        /* The axis ends, under the last row of the block. */
        if (shown_any)
          wf_chart_text (ctx, lo_text, outcomes.x + tag_w + ctx->gap, top + block_h, WF_ALIGN_START,
                       WF_ALIGN_END, small, FALSE, outcomes.width / 2.5, &ctx->palette->muted, NULL);
        if (shown_any)
          wf_chart_text (ctx, hi_text, outcomes.x + outcomes.width, top + block_h, WF_ALIGN_END,
                       WF_ALIGN_END, small, FALSE, outcomes.width / 2.5, &ctx->palette->muted, NULL);
        wf_chart_part_end (ctx);
      }
  }
}

int
wf_chart_layout_find_scenario (const WfChartLayout *layout,
                               WfChartKind          kind,
                               double               x,
                               double               y)
{
  double best_distance = G_MAXDOUBLE;
  int best = -1;

  g_return_val_if_fail (layout != NULL, -1);
  g_return_val_if_fail (kind < WF_N_CHART_KINDS, -1);

  if (!(wf_chart_kind_get_needs (kind) & WF_CHART_NEEDS_EVERY_SCENARIO) || layout->marks == NULL)
    return -1;

  /* Of the dots under the point (with a little slack around small ones),
   * the one whose centre is nearest: a small dot beside the highlighted
   * one's larger ring stays clickable. */
  for (guint i = 0; i < layout->marks->len; i++)
    {
      const WfChartMark *mark = &g_array_index (layout->marks, WfChartMark, i);
      const WfChartRect *r = &mark->rect;
      double slack = MAX (0.0, 8.0 - r->width) / 2;
      double dx = x - (r->x + r->width / 2), dy = y - (r->y + r->height / 2);

      if (mark->series != NOT_A_SCENARIO &&
          x >= r->x - slack && x <= r->x + r->width + slack &&
          y >= r->y - slack && y <= r->y + r->height + slack &&
          dx * dx + dy * dy < best_distance)
        {
          best_distance = dx * dx + dy * dy;
          best = mark->series;
        }
    }
  return best;
}
