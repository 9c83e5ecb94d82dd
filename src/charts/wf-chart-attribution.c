/* wf-chart-attribution.c: from the reference to the scenario, lever by lever
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wf-chart"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "wf-chart-private.h"

enum
{
  COLUMN_CHANGE,
  COLUMN_LEVEL,
  N_COLUMNS
};

static double
shown (WfMetric metric,
       double   value)
{
  return wf_chart_metric_is_people (metric) ? value : value * 100.0;
}

static char *
part_label (const WfAttributionPart *part)
{
  static const WfLeverGroup groups[] = { WF_LEVER_GROUP_ASSUMPTION, WF_LEVER_GROUP_POLICY };
  guint n = 0;
  int last = -1;

  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    if (part->levers == wf_lever_group_get_levers (groups[i]))
      return g_strdup (wf_lever_group_to_string (groups[i]));
  for (guint i = 0; i < WF_N_LEVERS; i++)
    if (part->levers & WF_LEVER_BIT (i))
      {
        n++;
        last = (int) i;
      }
  if (n == 1)
    return g_strdup (wf_lever_get_label (last));
  /* Translators: a step of the attribution chart made of several levers */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u lever", "%u levers", n), n);
}

static int
compare_parts (const void *a,
               const void *b)
{
  const WfAttributionPart *pa = *(const WfAttributionPart * const *) a;
  const WfAttributionPart *pb = *(const WfAttributionPart * const *) b;
  double x = fabs (pa->contribution), y = fabs (pb->contribution);

  return x < y ? 1 : x > y ? -1 : 0;
}

WfChartTable *
wf_chart_attribution_table (const WfChartData *data,
                            guint              year_index)
{
  const WfAttribution *a = data->attribution;
  gboolean people = wf_chart_metric_is_people (a->metric);
  WfChartTable *table = wf_chart_table_new (_("Why is this different?"),
                                            people ? _("thousands of people") : _("%"), 1, N_COLUMNS);
  const WfAttributionPart *order[WF_N_LEVERS];
  WfChartRow *row;
  double level = shown (a->metric, a->reference_value);
  g_autofree char *reference = NULL;
  g_autofree char *scenario = NULL;
  g_autofree char *total = NULL;
  g_autofree char *largest = NULL;

  wf_chart_table_set_column (table, 0, _("Step"));
  wf_chart_table_set_column (table, 1 + COLUMN_CHANGE, _("Contribution"));
  wf_chart_table_set_column (table, 1 + COLUMN_LEVEL, _("Value after the step"));

  row = wf_chart_table_add_row (table);
  g_free (row->keys[0]);
  /* Translators: the first bar of the attribution chart: the reference scenario */
  row->keys[0] = g_strdup (_("Every lever at its default"));
  row->values[COLUMN_CHANGE] = level;
  row->values[COLUMN_LEVEL] = level;

  /* The largest contributions first: the order of a Shapley split is free,
   * and this one reads from what matters most. */
  for (guint p = 0; p < a->n_parts; p++)
    order[p] = &a->parts[p];
  qsort (order, a->n_parts, sizeof order[0], compare_parts);
  for (guint p = 0; p < a->n_parts; p++)
    {
      double change = shown (a->metric, order[p]->contribution);

      level += change;
      row = wf_chart_table_add_row (table);
      g_free (row->keys[0]);
      row->keys[0] = part_label (order[p]);
      row->values[COLUMN_CHANGE] = change;
      row->values[COLUMN_LEVEL] = level;
      if (p == 0)
        largest = g_strdup (row->keys[0]);
    }

  /* The last bar is the scenario's own value, not the running sum. */
  row = wf_chart_table_add_row (table);
  g_free (row->keys[0]);
  row->keys[0] = g_strdup (data->names[0] != NULL ? data->names[0] : _("This scenario"));
  row->values[COLUMN_CHANGE] = shown (a->metric, a->scenario_value);
  row->values[COLUMN_LEVEL] = shown (a->metric, a->scenario_value);

  reference = wf_chart_metric_text (NULL, a->metric, a->reference_value, FALSE);
  scenario = wf_chart_metric_text (NULL, a->metric, a->scenario_value, FALSE);
  total = wf_chart_metric_text (NULL, a->metric, a->total, TRUE);
  /* The largest contribution rounds to nothing at the one decimal shown
   * (the scenario is its own reference): no lever "contributes the most". */
  if (largest != NULL && a->n_parts > 0 && fabs (shown (a->metric, order[0]->contribution)) >= 0.05)
    /* Translators: a chart's summary for screen readers: metric, year,
     * scenario, its value, a value, a difference, a lever's name */
    table->summary = g_strdup_printf (_("%s in %d: the scenario “%s” gives %s against %s with every lever "
                                        "at its default, a difference of %s; “%s” contributes the most."),
                                      wf_metric_to_string (a->metric),
                                      data->results[0]->base_year + (int) year_index, data->names[0],
                                      scenario, reference, total, largest);
  else if (largest != NULL)
    /* Translators: a chart's summary for screen readers when every
     * lever's contribution is zero: metric, year, scenario, its value */
    table->summary = g_strdup_printf (_("%s in %d: the scenario “%s” gives %s, as with every lever at its "
                                        "default; no lever changes the result."),
                                      wf_metric_to_string (a->metric),
                                      data->results[0]->base_year + (int) year_index, data->names[0],
                                      scenario);
  else
    /* Translators: a chart's summary for screen readers */
    table->summary = g_strdup_printf (_("%s in %d: the scenario “%s” sets every lever at its default, "
                                        "so there is no difference to explain (%s)."),
                                      wf_metric_to_string (a->metric),
                                      data->results[0]->base_year + (int) year_index, data->names[0],
                                      scenario);
  return table;
}

void
wf_chart_attribution_draw (WfChartContext     *ctx,
                           const WfChartTable *table)
{
  cairo_t *cr = ctx->cr;
  WfMetric metric = ctx->data->attribution->metric;
  gboolean people = wf_chart_metric_is_people (metric);
  guint n = table->rows->len;
  g_autofree double *change = wf_chart_table_column (table, COLUMN_CHANGE);
  g_autofree double *level = wf_chart_table_column (table, COLUMN_LEVEL);
  const WfRgb *total_colour = &ctx->palette->series[0];
  WfLegendEntry legend[3] = {
    { _("Reference and scenario"), *total_colour, WF_LEGEND_BOX, 0, -1 },
    { _("Raises it"), ctx->palette->positive, WF_LEGEND_BOX, 0, -1 },
    { _("Lowers it"), ctx->palette->negative, WF_LEGEND_BOX, 0, -1 },
  };
  g_autofree char *title = g_strdup_printf ("%s%s", wf_metric_to_string (metric),
                                            people ? _(" (people)") : _(" (per cent)"));
  double min = 0.0, max = 0.0, label_h, label_w = 0.0, value_w = 0.0, row_h, size, bar_h, label_size;
  g_autofree const char **labels = NULL;
  guint label_lines;
  WfChartRect plot;
  WfAxis axis;
  guint n_ticks;

  ctx->mark_unit = WF_MARK_NONE;

  wf_chart_legend (ctx, legend, G_N_ELEMENTS (legend));
  wf_chart_axis_title (ctx, title);

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

  wf_chart_measure (ctx, "0", 0.85, FALSE, -1, &label_h);
  row_h = (ctx->area.height - label_h - ctx->gap * 0.6) / MAX (n, 1);
  size = CLAMP (row_h * 0.75 / ctx->font_px, 0.45, ctx->compact ? 0.8 : 0.9);
  n_ticks = 5;
  wf_chart_axis_init (&axis, min, max, n_ticks, people);
  if (!people)
    axis.suffix = " %";

  labels = g_new0 (const char *, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    labels[i] = ((const WfChartRow *) g_ptr_array_index (table->rows, i))->keys[0];
  /* The steps' names whole, on two lines where one is too long; measured
   * bold, as the reference and the scenario are drawn. */
  /* Where the text's minimum size cannot make them fit 0.28 of the width
   * (0.3 on a small canvas), the column widens up to 0.4, the bars giving
   * way. */
  label_w = wf_chart_fit_labels_wider (ctx, labels, n, size, MIN (size, 0.6), TRUE,
                                       ctx->area.width * (ctx->compact ? 0.3 : 0.28), ctx->area.width * 0.4,
                                       row_h, &label_size, &label_lines);

  /* The values as they will be written, with the decimals of the axis
   * the frame lays out: a narrower plot has fewer ticks, which may take
   * one more decimal ("−0,880 M", cut to "−0,88…" at 633 × 254 when
   * measured with the first axis's "−0,88 M"). */
  for (guint pass = 0; pass < 3; pass++)
    {
      int decimals = axis.decimals;
      double divisor = axis.divisor;
      double widest = 0.0;

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *number = wf_chart_format (ctx, change[i] / axis.divisor, axis.decimals + 1);
          g_autofree char *value = g_strconcat (i > 0 && i < n - 1 && change[i] > 0 ? "+" : "", number,
                                                axis.suffix, NULL);

          widest = MAX (widest, wf_chart_measure (ctx, value, size * 0.9, TRUE, -1, NULL));
        }
      /* Never narrower than a pass before: a wider room may take one
       * decimal off the axis, and a narrower one put it back. */
      value_w = MAX (value_w, MIN (widest + ctx->gap * 0.4, ctx->area.width * 0.14));
      wf_chart_bar_frame (ctx, label_w, value_w, label_h, min, max, people, &axis, &plot);
      if (axis.decimals == decimals && axis.divisor == divisor)
        break;
    }
  row_h = plot.height / MAX (n, 1);
  bar_h = row_h * 0.62;

  wf_chart_draw_value_axis (ctx, &axis, &plot, FALSE);

#define X_OF(v) (plot.x + plot.width * (CLAMP ((v), axis.min, axis.max) - axis.min) / (axis.max - axis.min))

  cairo_save (cr);
  for (guint i = 0; i < n; i++)
    {
      const WfChartRow *row = g_ptr_array_index (table->rows, i);
      gboolean total = i == 0 || i == n - 1;
      double from = total ? 0.0 : level[i] - change[i];
      double x0 = X_OF (from), x1 = X_OF (level[i]);
      double y = plot.y + row_h * i + (row_h - bar_h) / 2;
      const WfRgb *colour = total ? total_colour : change[i] >= 0 ? &ctx->palette->positive : &ctx->palette->negative;
      g_autofree char *number = wf_chart_format (ctx, change[i] / axis.divisor, axis.decimals + 1);
      /* No "+" on a contribution that rounds to zero. */
      gboolean plus = !total && round (change[i] / axis.divisor * pow (10, axis.decimals + 1)) > 0;
      g_autofree char *value = g_strconcat (plus ? "+" : "", number, axis.suffix, NULL);
      g_autofree char *full = wf_chart_metric_text (ctx->style, metric,
                                                    people ? change[i] : change[i] / 100.0, !total);
      /* Translators: a tooltip of the attribution chart: a step, a value */
      g_autofree char *tip = g_strdup_printf (_("%s: %s"), row->keys[0], full);
      gboolean right = total ? level[i] >= 0 : change[i] >= 0;

      wf_chart_part_begin (ctx, "row-%u", i + 1);
      wf_chart_label (ctx, row->keys[0], ctx->area.x, y + bar_h / 2, WF_ALIGN_START, WF_ALIGN_CENTER,
                      label_size, total, label_w + 1, label_lines, &ctx->palette->foreground, NULL);

      wf_chart_set_colour (ctx, colour, 1.0);
      cairo_rectangle (cr, MIN (x0, x1), y, MAX (fabs (x1 - x0), MAX (1.0, ctx->line * 0.5)), bar_h);
      cairo_fill (cr);
      wf_chart_add_mark (ctx, MIN (x0, x1), y, fabs (x1 - x0), bar_h,
                         total ? 0 : change[i] >= 0 ? 1 : 2, (int) i, change[i], tip);

      /* The contribution beside the bar's end, away from where it starts. */
      wf_chart_text (ctx, value, right ? MAX (x0, x1) + ctx->gap * 0.3 : MIN (x0, x1) - ctx->gap * 0.3,
                     y + bar_h / 2, right ? WF_ALIGN_START : WF_ALIGN_END, WF_ALIGN_CENTER,
                     size * 0.9, !total, value_w, &ctx->palette->foreground, NULL);

      /* A connector down to the next step. */
      if (i + 1 < n)
        {
          wf_chart_set_colour (ctx, &ctx->palette->muted, 1.0);
          wf_chart_set_dash (ctx, 2, MAX (0.75, ctx->line * 0.5));
          cairo_move_to (cr, x1, y + bar_h);
          cairo_line_to (cr, x1, y + row_h);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
        }
      wf_chart_part_end (ctx);
    }
  cairo_restore (cr);

#undef X_OF

  if (ctx->layout != NULL)
    ctx->layout->n_series += 3;
}
