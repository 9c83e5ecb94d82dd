/* wf-chart-fan.c: an ensemble's percentiles over time, the fan chart
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wf-chart"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "wf-chart-private.h"

/* Value columns: the five percentiles in order, then the scenario's own
 * run with every lever as set. */
enum
{
  COLUMN_P5,
  COLUMN_P25,
  COLUMN_P50,
  COLUMN_P75,
  COLUMN_P95,
  COLUMN_RUN,
  N_COLUMNS
};

/* Shares (the digital requirement, adoption) are not people. */
static gboolean
output_is_people (WfOutput output)
{
  return output != WF_OUTPUT_DIGITAL_REQUIREMENT && output != WF_OUTPUT_ADOPTION;
}

static int
lens_sex (WfLens lens)
{
  return lens == WF_LENS_WOMEN ? WF_SEX_WOMEN : lens == WF_LENS_MEN ? WF_SEX_MEN : WF_SEX_ALL;
}

/* A percentile under the lens; the gap's are those of women's value minus
 * men's, run by run. */
static double
percentile (const WfChartData *data,
            guint              year_index,
            WfPercentile       p)
{
  int sex = data->lens == WF_LENS_GAP ? WF_ENSEMBLE_SEX_GAP : lens_sex (data->lens);

  return wf_ensemble_get (data->ensemble, data->scope, data->output, year_index, data->sector, sex, p);
}

static double
deterministic_of (const WfChartData *data,
                  guint              scenario,
                  guint              year_index)
{
  const WfResults *r = data->results[scenario];
  double value = wf_chart_lens_value (data, r, WF_RUN_SCENARIO, data->output, year_index, data->sector);

  if (data->scope == WF_ENSEMBLE_SCOPE_DIFFERENCE)
    value -= wf_chart_lens_value (data, r, WF_RUN_BASELINE, data->output, year_index, data->sector);
  return value;
}

static double
deterministic (const WfChartData *data,
               guint              year_index)
{
  return deterministic_of (data, 0, year_index);
}

static char *
axis_title (const WfChartData *data)
{
  const char *what;

  if (data->output == WF_OUTPUT_EMPLOYMENT && data->scope == WF_ENSEMBLE_SCOPE_DIFFERENCE)
    what = _("Net jobs: employment minus the baseline without the AI push");
  else
    what = wf_output_to_string (data->output);

  if (data->lens == WF_LENS_GAP)
    /* Translators: axis title of the fan chart; %s is an output, e.g. "Net jobs: …" */
    return g_strdup_printf (_("%s, women minus men%s"), what,
                            output_is_people (data->output) ? _(" (people)") : "");
  return g_strdup_printf ("%s%s", what, output_is_people (data->output) ? _(" (people)") : "");
}

WfChartTable *
wf_chart_fan_table (const WfChartData *data,
                    guint              year_index)
{
  const WfEnsemble *e = data->ensemble;
  const WfResults *r = data->results[0];
  gboolean people = output_is_people (data->output);
  WfChartTable *table = wf_chart_table_new (_("Uncertainty fan"),
                                            people ? _("thousands of people") : wf_output_get_unit (data->output),
                                            1, N_COLUMNS + data->n_scenarios - 1);
  guint last = MIN (year_index, e->n_years - 1);
  g_autofree char *median = NULL;
  g_autofree char *p25 = NULL;
  g_autofree char *p75 = NULL;
  g_autofree char *p5 = NULL;
  g_autofree char *p95 = NULL;
  g_autofree char *run = NULL;
  g_autofree char *runs = NULL;
  const WfChartRow *end;

  wf_chart_table_set_column (table, 0, _("Year"));
  wf_chart_table_set_column (table, 1 + COLUMN_P5, _("5th percentile"));
  wf_chart_table_set_column (table, 1 + COLUMN_P25, _("25th percentile"));
  wf_chart_table_set_column (table, 1 + COLUMN_P50, _("Median"));
  wf_chart_table_set_column (table, 1 + COLUMN_P75, _("75th percentile"));
  wf_chart_table_set_column (table, 1 + COLUMN_P95, _("95th percentile"));
  wf_chart_table_set_column (table, 1 + COLUMN_RUN, _("This scenario as set"));
  /* Then each compared scenario's own run, as set, on the same scale. */
  for (guint i = 1; i < data->n_scenarios; i++)
    wf_chart_table_set_column (table, N_COLUMNS + i, wf_chart_scenario_name (data, i));

  for (guint y = 0; y <= last; y++)
    {
      WfChartRow *row = wf_chart_table_add_row (table);

      g_free (row->keys[0]);
      row->keys[0] = g_strdup_printf ("%d", r->base_year + (int) y);
      for (guint p = 0; p < WF_N_PERCENTILES; p++)
        row->values[COLUMN_P5 + p] = percentile (data, y, p);
      row->values[COLUMN_RUN] = deterministic (data, y);
      for (guint i = 1; i < data->n_scenarios; i++)
        row->values[N_COLUMNS + i - 1] = deterministic_of (data, i, y);
    }

  end = g_ptr_array_index (table->rows, table->rows->len - 1);
  if (people)
    {
      median = wf_chart_people_text (end->values[COLUMN_P50]);
      p25 = wf_chart_people_text (end->values[COLUMN_P25]);
      p75 = wf_chart_people_text (end->values[COLUMN_P75]);
      p5 = wf_chart_people_text (end->values[COLUMN_P5]);
      p95 = wf_chart_people_text (end->values[COLUMN_P95]);
      run = wf_chart_people_text (end->values[COLUMN_RUN]);
    }
  else
    {
      median = wf_chart_number_text (NULL, end->values[COLUMN_P50], 3, FALSE);
      p25 = wf_chart_number_text (NULL, end->values[COLUMN_P25], 3, FALSE);
      p75 = wf_chart_number_text (NULL, end->values[COLUMN_P75], 3, FALSE);
      p5 = wf_chart_number_text (NULL, end->values[COLUMN_P5], 3, FALSE);
      p95 = wf_chart_number_text (NULL, end->values[COLUMN_P95], 3, FALSE);
      run = wf_chart_number_text (NULL, end->values[COLUMN_RUN], 3, FALSE);
    }
  runs = wf_chart_format_style (NULL, e->n_runs, 0);

  /* Translators: a chart's summary for screen readers: scenario, lens,
   * sectors, the output, a year, the median, a number of runs, two bounds,
   * two bounds, the scenario's own value */
  table->summary = g_strdup_printf (_("In the scenario “%s” (%s, %s), %s in %d: the median of %s runs is %s; "
                                      "half of the runs lie between %s and %s, and 9 in 10 between %s and "
                                      "%s. With every lever as set, the scenario gives %s."),
                                    data->names[0], wf_chart_lens_label (data->lens),
                                    wf_chart_sector_label (data),
                                    data->scope == WF_ENSEMBLE_SCOPE_DIFFERENCE
                                    ? _("the difference from the baseline without the AI push")
                                    : wf_output_to_string (data->output),
                                    r->base_year + (int) last, runs, median, p25, p75, p5, p95, run);
  return table;
}

void
wf_chart_fan_draw (WfChartContext     *ctx,
                   const WfChartTable *table)
{
  cairo_t *cr = ctx->cr;
  const WfChartData *data = ctx->data;
  guint n_years = table->rows->len;
  gboolean people = output_is_people (data->output);
  WfMarkUnit unit = people ? WF_MARK_PEOPLE : WF_MARK_NONE;
  const WfRgb *hue = &ctx->palette->series[0];
  /* High contrast draws no pale fill: the wide band is hatched on the
   * background and outlined in the hue, the half band is the hue itself,
   * and the lines on it get a halo of the background. */
  gboolean strong = ctx->style->high_contrast;
  WfRgb outer = strong ? ctx->palette->background : wf_chart_mix (hue, &ctx->palette->background, 0.72);
  WfRgb inner = strong ? *hue : wf_chart_mix (hue, &ctx->palette->background, 0.4);
  guint n_compared = data->n_scenarios - 1;
  g_autofree WfLegendEntry *legend = g_new0 (WfLegendEntry, 4 + n_compared);
  double *col[N_COLUMNS + WF_CHART_MAX_SCENARIOS] = { NULL, };
  guint n_columns = N_COLUMNS + n_compared;
  g_autofree char *title = axis_title (data);
  int first_year = data->results[0]->base_year;
  double min = G_MAXDOUBLE, max = -G_MAXDOUBLE, pad;
  WfChartRect plot;
  WfAxis axis;

  /* The labels below are written in full. */
  ctx->mark_unit = WF_MARK_NONE;

  legend[0] = (WfLegendEntry) { _("9 in 10 runs fall in this band"), outer,
                                strong ? WF_LEGEND_PATTERN : WF_LEGEND_BOX, strong ? 1 : 0, -1 };
  legend[1] = (WfLegendEntry) { _("Half of the runs fall in the darker band"), inner, WF_LEGEND_BOX, 0, -1 };
  legend[2] = (WfLegendEntry) { _("Median of the runs"), strong ? ctx->palette->foreground : *hue, WF_LEGEND_LINE,
                                0, -1 };
  legend[3] = (WfLegendEntry) { _("This scenario as set (one run)"), ctx->palette->foreground, WF_LEGEND_LINE, 1, -1 };
  for (guint k = 1; k <= n_compared; k++)
    legend[3 + k] = (WfLegendEntry) { table->columns[N_COLUMNS + k], ctx->palette->foreground, WF_LEGEND_LINE,
                                      wf_chart_compared_dash (k), wf_chart_compared_marker (k) };

  g_assert (n_columns <= G_N_ELEMENTS (col));
  for (guint c = 0; c < n_columns; c++)
    col[c] = wf_chart_table_column (table, c);
  for (guint i = 0; i < n_years; i++)
    for (guint c = 0; c < n_columns; c++)
      if (isfinite (col[c][i]))
        {
          min = MIN (min, col[c][i]);
          max = MAX (max, col[c][i]);
        }
  if (min > max)
    min = max = 0.0;
  /* Net jobs start at zero in the base year: keep zero on the axis. */
  min = MIN (min, 0.0);
  max = MAX (max, 0.0);
  pad = (max - min) * 0.06;
  min -= min < 0 ? pad : 0.0;
  max += max > 0 ? pad : 0.0;

  wf_chart_legend (ctx, legend, 4 + n_compared);
  wf_chart_axis_title (ctx, title);

  wf_chart_time_frame (ctx, min, max, people, first_year, n_years, &axis, &plot);

#define X_OF(i) (n_years > 1 ? plot.x + plot.width * (i) / (n_years - 1) : plot.x + plot.width / 2)
#define Y_OF(v) (plot.y + plot.height * (1.0 - ((v) - axis.min) / (axis.max - axis.min)))

  cairo_save (cr);
  cairo_rectangle (cr, plot.x - ctx->line * 4, plot.y - ctx->line * 4,
                   plot.width + ctx->line * 8, plot.height + ctx->line * 8);
  cairo_clip (cr);

  /* The bands, the wide one first: opaque colours, so that they print
   * and export the same everywhere. */
  for (guint band = 0; band < 2; band++)
    {
      const double *lo = col[band == 0 ? COLUMN_P5 : COLUMN_P25];
      const double *hi = col[band == 0 ? COLUMN_P95 : COLUMN_P75];
      double slot = n_years > 1 ? plot.width / (n_years - 1) : plot.width;

      wf_chart_part_begin (ctx, "series-%u", band + 1);
      cairo_new_path (cr);
      for (guint i = 0; i < n_years; i++)
        cairo_line_to (cr, X_OF (i), Y_OF (hi[i]));
      for (guint i = n_years; i-- > 0;)
        cairo_line_to (cr, X_OF (i), Y_OF (lo[i]));
      cairo_close_path (cr);
      if (strong && band == 0)
        {
          cairo_save (cr);
          cairo_clip (cr);
          wf_chart_fill_pattern (ctx, &outer, 1, plot.x, plot.y, plot.width, plot.height);
          cairo_restore (cr);
          /* The pattern's fill took the band's path: its edges again. */
          cairo_new_path (cr);
          for (guint i = 0; i < n_years; i++)
            cairo_line_to (cr, X_OF (i), Y_OF (hi[i]));
          cairo_new_sub_path (cr);
          for (guint i = 0; i < n_years; i++)
            cairo_line_to (cr, X_OF (i), Y_OF (lo[i]));
          wf_chart_set_colour (ctx, hue, 1.0);
          cairo_set_line_width (cr, ctx->line);
          cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
          cairo_stroke (cr);
        }
      else
        {
          wf_chart_set_colour (ctx, band == 0 ? &outer : &inner, 1.0);
          cairo_fill (cr);
        }

      for (guint i = 0; i < n_years; i++)
        {
          g_autofree char *a = wf_chart_value_text (ctx, lo[i], unit);
          g_autofree char *b = wf_chart_value_text (ctx, hi[i], unit);
          g_autofree char *tip = band == 0
            /* Translators: a tooltip of the fan chart: a year and two values */
            ? g_strdup_printf (_("%d: 9 in 10 runs between %s and %s"), first_year + (int) i, a, b)
            /* Translators: a tooltip of the fan chart: a year and two values */
            : g_strdup_printf (_("%d: half of the runs between %s and %s"), first_year + (int) i, a, b);
          double w = MIN (slot * 0.5, ctx->font_px);

          wf_chart_add_mark (ctx, X_OF (i) - w / 2, Y_OF (hi[i]), w, Y_OF (lo[i]) - Y_OF (hi[i]),
                             (int) band, (int) i, hi[i] - lo[i], tip);
        }
      wf_chart_part_end (ctx);
    }

  /* The median, then the scenario's own run dashed on top. */
  for (guint line = 0; line < 2; line++)
    {
      const double *v = col[line == 0 ? COLUMN_P50 : COLUMN_RUN];
      double marker = ctx->line * (ctx->compact ? 2.6 : 3.4);

      wf_chart_part_begin (ctx, "series-%u", line + 3);
      cairo_new_path (cr);
      for (guint i = 0; i < n_years; i++)
        cairo_line_to (cr, X_OF (i), Y_OF (v[i]));
      if (strong)
        {
          /* On the half band's full hue, a line needs a halo to show. */
          wf_chart_set_colour (ctx, &ctx->palette->background, 1.0);
          cairo_set_line_width (cr, ctx->line * 3.5);
          cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
          cairo_stroke_preserve (cr);
        }
      wf_chart_set_colour (ctx, line == 0 && !strong ? hue : &ctx->palette->foreground, 1.0);
      wf_chart_set_dash (ctx, line == 0 ? 0 : 1, line == 0 ? ctx->line * 1.5 : ctx->line * 1.1);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);

      for (guint i = 0; i < n_years; i++)
        {
          g_autofree char *value = wf_chart_value_text (ctx, v[i], unit);
          g_autofree char *tip = line == 0
            /* Translators: a tooltip of the fan chart: a year and a value */
            ? g_strdup_printf (_("%d, median of the runs: %s"), first_year + (int) i, value)
            /* Translators: a tooltip of the fan chart: a year and a value */
            : g_strdup_printf (_("%d, this scenario as set: %s"), first_year + (int) i, value);

          wf_chart_add_mark (ctx, X_OF (i) - marker / 2, Y_OF (v[i]) - marker / 2, marker, marker,
                             (int) (2 + line), (int) i, v[i], tip);
        }
      wf_chart_part_end (ctx);
    }

  /* Each compared scenario's own run, as set: with its dash and markers. */
  for (guint k = 1; k <= n_compared; k++)
    {
      const double *v = col[N_COLUMNS + k - 1];
      double marker = ctx->line * (ctx->compact ? 2.6 : 3.4);

      cairo_new_path (cr);
      for (guint i = 0; i < n_years; i++)
        cairo_line_to (cr, X_OF (i), Y_OF (v[i]));
      wf_chart_set_colour (ctx, &ctx->palette->foreground, 1.0);
      wf_chart_set_dash (ctx, wf_chart_compared_dash (k), ctx->line * 1.1);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);

      for (guint i = 0; i < n_years; i++)
        {
          g_autofree char *value = wf_chart_value_text (ctx, v[i], unit);
          /* Translators: a tooltip of the fan chart: a year, the name of a
           * scenario compared with the current one, and its value */
          g_autofree char *tip = g_strdup_printf (_("%d, %s as set: %s"), first_year + (int) i,
                                                  table->columns[N_COLUMNS + k], value);

          wf_chart_marker (ctx, wf_chart_compared_marker (k), X_OF (i), Y_OF (v[i]), marker * 1.4);
          wf_chart_add_mark (ctx, X_OF (i) - marker / 2, Y_OF (v[i]) - marker / 2, marker, marker,
                             (int) (3 + k), (int) i, v[i], tip);
        }
    }
  cairo_restore (cr);

#undef X_OF
#undef Y_OF

  for (guint c = 0; c < n_columns; c++)
    g_free (col[c]);

  if (ctx->layout != NULL)
    ctx->layout->n_series += 4 + n_compared;
}
