/* wf-chart-flows.c: where displaced workers go
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every worker displaced since the base year is, at the horizon, in one of
 * five places (docs/model.md, "nobody vanishes"): redeployed in the firm,
 * re-employed, still looking after reskilling, still looking without it, or
 * out of the labour force. Displaced workers are counted in the sector and
 * sex they were displaced from, so the five add up to the cumulative
 * displaced of any sector and sex. The chart draws that split as a stacked
 * bar per sex at the horizon, with the no-AI baseline as a thin bar, and
 * year by year as stacked columns.
 */

#define G_LOG_DOMAIN "wf-chart"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "wf-chart-private.h"

enum
{
  KEY_YEAR,
  KEY_SEX,
  KEY_SCENARIO,
  N_KEYS
};

enum
{
  COLUMN_REDEPLOYED,
  COLUMN_REEMPLOYED,
  COLUMN_TRAINED,
  COLUMN_UNTRAINED,
  COLUMN_LEFT,
  COLUMN_DISPLACED,
  N_COLUMNS
};

#define N_CATEGORIES COLUMN_DISPLACED

/* The series of the marks: a category, the baseline, the total. */
#define SERIES_BASELINE N_CATEGORIES
#define SERIES_TOTAL (N_CATEGORIES + 1)

/* Women minus men, beside the sexes of wf-dataset.h and WF_SEX_ALL. */
#define SEX_GAP (-2)

/* The most bars at the horizon: all, women, men and sex unknown. */
#define MAX_BARS 4

typedef struct
{
  const char *label;   /* NC_ ("flows", …) */
  WfOutput    output;
  gboolean    stock;   /* the pools are stocks at the horizon, the rest flows summed */
  guint       colour;  /* index into the palette's series */
  int         pattern; /* wf_chart_fill_pattern () */
} Category;

/* From kept in work to out of the labour force: the order of the stack,
 * of the legend and of the table's columns. Blue and green for work, orange
 * and vermilion for still looking, grey for gone; each with its own
 * pattern, so that no category is told apart by colour alone. */
static const Category categories[N_CATEGORIES] = {
  { NC_("flows", "Redeployed in the firm"), WF_OUTPUT_REDEPLOYED, FALSE, 0, 0 },
  { NC_("flows", "Re-employed"), WF_OUTPUT_REEMPLOYED, FALSE, 2, 1 },
  { NC_("flows", "Reskilled, still looking"), WF_OUTPUT_POOL_TRAINED, TRUE, 1, 2 },
  { NC_("flows", "Untrained, still looking"), WF_OUTPUT_POOL_UNTRAINED, TRUE, 3, 3 },
  { NC_("flows", "Left the labour force"), WF_OUTPUT_LEFT_LABOUR_FORCE, FALSE, 7, 4 },
};

static const char *
category_label (guint c)
{
  return g_dpgettext2 (GETTEXT_PACKAGE, "flows", categories[c].label);
}

static const char *
total_label (void)
{
  /* Translators: the sum of the five places displaced workers go */
  return C_("flows", "Displaced, in all");
}

static const char *
sex_label (int sex)
{
  switch (sex)
    {
    case WF_SEX_WOMEN:
      return _("Women");
    case WF_SEX_MEN:
      return _("Men");
    case WF_SEX_UNKNOWN:
      return _("Sex unknown");
    case SEX_GAP:
      return _("Women minus men");
    case WF_SEX_ALL:
    default:
      return _("Women and men");
    }
}

static double
sex_value (const WfResults *r,
           WfRun            run,
           WfOutput         output,
           gboolean         stock,
           guint            year_index,
           int              sector,
           int              sex)
{
  if (sex == SEX_GAP)
    return sex_value (r, run, output, stock, year_index, sector, WF_SEX_WOMEN)
         - sex_value (r, run, output, stock, year_index, sector, WF_SEX_MEN);
  if (stock)
    return wf_results_get (r, run, output, year_index, sector, sex);
  return wf_results_cumulative (r, run, output, year_index, sector, sex);
}

/* The bars at the horizon: the lens's sex, and for the total lens each sex
 * as well (sex unknown only when some of the displaced have no sex). */
static guint
bar_sexes (const WfChartData *data,
           guint              year_index,
           int               *sexes)
{
  guint n = 0;

  switch (data->lens)
    {
    case WF_LENS_WOMEN:
      sexes[n++] = WF_SEX_WOMEN;
      break;
    case WF_LENS_MEN:
      sexes[n++] = WF_SEX_MEN;
      break;
    case WF_LENS_GAP:
      sexes[n++] = SEX_GAP;
      break;
    case WF_LENS_TOTAL:
    case WF_N_LENSES:
    default:
      sexes[n++] = WF_SEX_ALL;
      sexes[n++] = WF_SEX_WOMEN;
      sexes[n++] = WF_SEX_MEN;
      if (wf_results_cumulative (data->results[0], WF_RUN_SCENARIO, WF_OUTPUT_DISPLACED, year_index,
                                 data->sector, WF_SEX_UNKNOWN) > 0.0)
        sexes[n++] = WF_SEX_UNKNOWN;
      break;
    }
  return n;
}

static WfChartRow *
add_row (WfChartTable      *table,
         const WfChartData *data,
         guint              year_index,
         int                sex,
         WfRun              run)
{
  const WfResults *r = data->results[0];
  WfChartRow *row = wf_chart_table_add_row (table);

  g_free (row->keys[KEY_YEAR]);
  g_free (row->keys[KEY_SEX]);
  g_free (row->keys[KEY_SCENARIO]);
  row->keys[KEY_YEAR] = g_strdup_printf ("%d", r->base_year + (int) year_index);
  row->keys[KEY_SEX] = g_strdup (sex_label (sex));
  row->keys[KEY_SCENARIO] = g_strdup (run == WF_RUN_BASELINE ? _("Without the AI push") : data->names[0]);

  for (guint c = 0; c < N_CATEGORIES; c++)
    row->values[c] = sex_value (r, run, categories[c].output, categories[c].stock, year_index,
                                data->sector, sex);
  /* The total is the model's own count, not the sum of the parts: a
   * worker the model lost would show as a gap at the end of the bar. */
  row->values[COLUMN_DISPLACED] = sex_value (r, run, WF_OUTPUT_DISPLACED, FALSE, year_index, data->sector, sex);
  return row;
}

/* Rows before the horizon's: the years after the base year, for the
 * lens's sex. */
static guint
n_years_before (guint year_index)
{
  return year_index > 1 ? year_index - 1 : 0;
}

/* The rows: the years after the base year up to the one before the horizon
 * (the lens's sex, the scenario), then at the horizon each bar's sex, the
 * scenario and then the baseline. */
WfChartTable *
wf_chart_flows_table (const WfChartData *data,
                      guint              year_index)
{
  const WfResults *r = data->results[0];
  WfChartTable *table = wf_chart_table_new (_("Where displaced workers go"), _("thousands of people"),
                                            N_KEYS, N_COLUMNS);
  int sexes[MAX_BARS];
  guint n_sexes = bar_sexes (data, year_index, sexes);
  const WfChartRow *last, *base;
  int horizon = r->base_year + (int) year_index;

  wf_chart_table_set_column (table, KEY_YEAR, _("Year"));
  /* Translators: a column of a chart's table: women, men, … */
  wf_chart_table_set_column (table, KEY_SEX, C_("flows", "Sex"));
  /* Translators: a column of a chart's table: the scenario or the baseline */
  wf_chart_table_set_column (table, KEY_SCENARIO, C_("flows", "Scenario"));
  for (guint c = 0; c < N_CATEGORIES; c++)
    wf_chart_table_set_column (table, N_KEYS + c, category_label (c));
  wf_chart_table_set_column (table, N_KEYS + COLUMN_DISPLACED, total_label ());

  for (guint y = 1; y < year_index; y++)
    add_row (table, data, y, sexes[0], WF_RUN_SCENARIO);
  for (guint b = 0; b < n_sexes; b++)
    {
      add_row (table, data, year_index, sexes[b], WF_RUN_SCENARIO);
      add_row (table, data, year_index, sexes[b], WF_RUN_BASELINE);
    }

  last = g_ptr_array_index (table->rows, n_years_before (year_index));
  base = g_ptr_array_index (table->rows, n_years_before (year_index) + 1);
  if (data->lens == WF_LENS_GAP)
    {
      g_autofree char *displaced = wf_chart_people_text (last->values[COLUMN_DISPLACED]);
      g_autofree char *looking = wf_chart_people_text (last->values[COLUMN_TRAINED] +
                                                       last->values[COLUMN_UNTRAINED]);

      /* Translators: a chart's summary for screen readers: a year, the
       * scenario, the sectors, then two signed numbers of people */
      table->summary = g_strdup_printf (_("By %d in the scenario “%s” (%s), displaced women minus displaced "
                                          "men come to %s, and women still looking for work minus men still "
                                          "looking to %s."),
                                        horizon, data->names[0], wf_chart_sector_label (data), displaced,
                                        looking);
    }
  else
    {
      g_autofree char *displaced = wf_chart_people_count (NULL, last->values[COLUMN_DISPLACED],
                                                          WF_CHART_NOUN_WORKERS, FALSE);
      g_autofree char *looking = wf_chart_people_text (last->values[COLUMN_TRAINED] +
                                                       last->values[COLUMN_UNTRAINED]);
      g_autofree char *redeployed = wf_chart_people_text (last->values[COLUMN_REDEPLOYED]);
      g_autofree char *reemployed = wf_chart_people_text (last->values[COLUMN_REEMPLOYED]);
      g_autofree char *left = wf_chart_people_text (last->values[COLUMN_LEFT]);
      GString *summary = g_string_new (NULL);

      if (last->values[COLUMN_DISPLACED] >= 0.05)
        /* Translators: a chart's summary for screen readers. First a
         * count of workers ("96.8 million workers"), then a year, the
         * scenario, the lens (women, men, or women and men), the sectors,
         * and numbers of people ("36.8 million") */
        g_string_printf (summary, _("Of %s displaced by %d in the scenario “%s” (%s, %s), %s are still "
                                    "looking for work, %s were redeployed in their firm, %s re-employed and %s "
                                    "left the labour force."),
                         displaced, horizon, data->names[0], wf_chart_lens_label (data->lens),
                         wf_chart_sector_label (data), looking, redeployed, reemployed, left);
      else
        /* Translators: a chart's summary for screen readers: a year, the
         * scenario, the lens and the sectors */
        g_string_printf (summary, _("No worker is displaced by %d in the scenario “%s” (%s, %s)."),
                         horizon, data->names[0], wf_chart_lens_label (data->lens), wf_chart_sector_label (data));
      /* Less than fifty people reads "0.0 thousand": say it in words. */
      if (last->values[COLUMN_TRAINED] >= 0.05)
        {
          g_autofree char *trained = wf_chart_people_text (last->values[COLUMN_TRAINED]);

          g_string_append_c (summary, ' ');
          /* Translators: follows the summary of the flows chart */
          g_string_append_printf (summary, _("Of those still looking, %s have been reskilled."), trained);
        }
      g_string_append_c (summary, ' ');
      if (base->values[COLUMN_DISPLACED] >= 0.05)
        {
          g_autofree char *baseline = wf_chart_people_text (base->values[COLUMN_DISPLACED]);

          /* Translators: ends the summary of the flows chart */
          g_string_append_printf (summary, _("Without the AI push, %s would be displaced."), baseline);
        }
      else
        {
          /* Translators: ends the summary of the flows chart */
          g_string_append (summary, _("Without the AI push, no one would be displaced."));
        }
      table->summary = g_string_free (summary, FALSE);
    }
  return table;
}

static const WfRgb *
category_colour (WfChartContext *ctx,
                 guint           c)
{
  return &ctx->palette->series[categories[c].colour];
}

static const WfChartRow *
table_row (const WfChartTable *table,
           guint               i)
{
  return g_ptr_array_index (table->rows, i);
}

/* A value as the axis writes it: "34.1 M". */
static char *
value_text (WfChartContext *ctx,
            const WfAxis   *axis,
            double          value,
            gboolean        sign)
{
  g_autofree char *number = wf_chart_format (ctx, value / axis->divisor, axis->decimals + 1);

  return g_strconcat (sign && value > 0 ? "+" : "", number, axis->suffix, NULL);
}

/* Black or white, whichever reads on @colour. */
static WfRgb
text_on (const WfRgb *colour)
{
  static const WfRgb black = { 0.0, 0.0, 0.0 };
  static const WfRgb white = { 1.0, 1.0, 1.0 };

  return wf_chart_luminance (colour) > 0.45 ? black : white;
}

/* "Without the AI push: 12.3 thousand displaced", in words a tooltip
 * would use, since the baseline bar is often too thin to read. */
static char *
baseline_note (WfChartContext *ctx,
               double          value)
{
  g_autofree char *number = NULL;

  if (fabs (value) < 0.05)
    /* Translators: a note under a bar of displaced workers */
    return g_strdup (_("Without the AI push: no one displaced"));
  number = wf_chart_value_text (ctx, value, WF_MARK_PEOPLE);
  /* Translators: a note under a bar: how many would be displaced without
   * the AI push, e.g. "Without the AI push: 12.3 thousand displaced" */
  return g_strdup_printf (_("Without the AI push: %s displaced"), number);
}

/* A heading over one of the two panels; takes its height from @rect. */
static void
panel_heading (WfChartContext *ctx,
               const char     *text,
               WfChartRect    *rect)
{
  WfChartRect box;

  wf_chart_part_begin (ctx, "heading");
  wf_chart_text (ctx, text, rect->x, rect->y, WF_ALIGN_START, WF_ALIGN_START, 0.9, TRUE, rect->width,
                 &ctx->palette->foreground, &box);
  wf_chart_part_end (ctx);
  rect->y += box.height + ctx->gap * 0.5;
  rect->height = MAX (rect->height - box.height - ctx->gap * 0.5, 1.0);
}

/* One stacked bar from @x0: a piece per category, each labelled inside
 * with its value where the value fits. */
static double
draw_stack (WfChartContext   *ctx,
            const WfAxis     *axis,
            const WfChartRow *row,
            double            x0,
            double            y,
            double            scale,
            double            bar_h,
            const char       *what)
{
  double x = x0;

  for (guint c = 0; c < N_CATEGORIES; c++)
    {
      double v = MAX (row->values[c], 0.0);
      double w = v * scale;
      g_autofree char *tip = wf_chart_tip_pair (what, category_label (c));
      g_autofree char *text = value_text (ctx, axis, v, FALSE);
      double tw, th;

      wf_chart_fill_pattern (ctx, category_colour (ctx, c), categories[c].pattern, x, y, w, bar_h);
      wf_chart_add_mark (ctx, x, y, w, bar_h, (int) c, 0, row->values[c], tip);

      tw = wf_chart_measure (ctx, text, 0.75, TRUE, -1, &th);
      if (tw + ctx->gap * 0.6 <= w && th <= bar_h)
        {
          WfRgb ink = text_on (category_colour (ctx, c));

          /* A plate of the piece's colour under the text, so that the
           * pattern does not cross the digits. */
          wf_chart_set_colour (ctx, category_colour (ctx, c), 0.85);
          cairo_rectangle (ctx->cr, x + (w - tw) / 2 - ctx->gap * 0.15, y + (bar_h - th) / 2,
                           tw + ctx->gap * 0.3, th);
          cairo_fill (ctx->cr);
          wf_chart_text (ctx, text, x + w / 2, y + bar_h / 2, WF_ALIGN_CENTER, WF_ALIGN_CENTER, 0.75, TRUE,
                         -1, &ink, NULL);
        }
      x += w;
    }
  return x;
}

/* At the horizon, one stacked bar per sex with the baseline under it. */
static void
draw_bars (WfChartContext     *ctx,
           const WfChartTable *table,
           guint               first,
           const WfChartRect  *rect)
{
  cairo_t *cr = ctx->cr;
  guint n_bars = (table->rows->len - first) / 2;
  double max = 0.0, label_w = 0.0, end_w = 0.0, label_h, note_h, row_h, bar_h, base_h, scale;
  WfChartRect plot;
  WfAxis axis;
  guint n_ticks;

  for (guint b = 0; b < n_bars; b++)
    {
      max = MAX (max, table_row (table, first + 2 * b)->values[COLUMN_DISPLACED]);
      max = MAX (max, table_row (table, first + 2 * b + 1)->values[COLUMN_DISPLACED]);
      /* "Femmes et hommes" on two lines rather than cut: the bars are
       * tall enough. */
      label_w = MAX (label_w, wf_chart_label_measure (ctx, table_row (table, first + 2 * b)->keys[KEY_SEX], 0.85,
                                                      FALSE, rect->width * 0.25, 2, NULL, NULL));
    }

  n_ticks = CLAMP ((guint) (rect->width / (ctx->font_px * 5.5)), 3, 6);
  /* From zero, also when nobody is displaced. */
  wf_chart_axis_init (&axis, 0.0, MAX (max, 1.0), n_ticks, TRUE);
  for (guint b = 0; b < n_bars; b++)
    {
      g_autofree char *text = value_text (ctx, &axis, table_row (table, first + 2 * b)->values[COLUMN_DISPLACED],
                                          FALSE);

      end_w = MAX (end_w, wf_chart_measure (ctx, text, 0.85, TRUE, -1, NULL));
    }
  end_w += ctx->gap * 0.5;

  wf_chart_measure (ctx, "0", 0.85, FALSE, -1, &label_h);
  wf_chart_measure (ctx, "Ag", 0.75, FALSE, -1, &note_h);
  plot.x = rect->x + label_w + ctx->gap * 0.8;
  plot.y = rect->y;
  plot.width = MAX (rect->x + rect->width - end_w - plot.x, 1.0);
  plot.height = MAX (rect->height - label_h - ctx->gap * 0.6, 1.0);
  if (ctx->layout != NULL)
    ctx->layout->plot = plot;
  wf_chart_draw_value_axis (ctx, &axis, &plot, FALSE);

  /* A bar, a thin baseline and its note, centred in each row; the bars
   * stay slim when there are few. */
  row_h = plot.height / MAX (n_bars, 1);
  base_h = MAX (ctx->line * 1.5, 2.0);
  bar_h = MIN (row_h * 0.85 - note_h - ctx->gap * 0.2, ctx->font_px * 3.6);
  if (bar_h < ctx->font_px * 0.9)
    {
      /* No room for the note: the thin bar alone. */
      note_h = 0.0;
      bar_h = MIN (row_h * 0.85 - base_h - ctx->gap * 0.1, ctx->font_px * 3.6);
      bar_h = MAX (bar_h, row_h * 0.3);
    }
  scale = plot.width / (axis.max - axis.min);

  for (guint b = 0; b < n_bars; b++)
    {
      const WfChartRow *row = table_row (table, first + 2 * b);
      const WfChartRow *base = table_row (table, first + 2 * b + 1);
      double group_h = bar_h + ctx->gap * 0.2 + MAX (note_h, base_h);
      double y = plot.y + row_h * b + (row_h - group_h) / 2;
      double by = y + bar_h + ctx->gap * 0.2 + (MAX (note_h, base_h) - base_h) / 2;
      double end, base_w;
      g_autofree char *total = value_text (ctx, &axis, row->values[COLUMN_DISPLACED], FALSE);
      g_autofree char *base_tip = wf_chart_tip_pair (row->keys[KEY_SEX], _("Without the AI push"));

      wf_chart_part_begin (ctx, "row-%u", b + 1);
      wf_chart_label (ctx, row->keys[KEY_SEX], plot.x - ctx->gap * 0.6, y + bar_h / 2, WF_ALIGN_END,
                      WF_ALIGN_CENTER, 0.85, FALSE, label_w + 1, 2, &ctx->palette->foreground, NULL);

      end = draw_stack (ctx, &axis, row, plot.x, y, scale, bar_h, row->keys[KEY_SEX]);
      /* The total at the end of the bar: the model's count of the
       * displaced, whatever the pieces add up to. */
      wf_chart_text (ctx, total, MAX (end, plot.x + row->values[COLUMN_DISPLACED] * scale) + ctx->gap * 0.4,
                     y + bar_h / 2, WF_ALIGN_START, WF_ALIGN_CENTER, 0.85, TRUE, -1,
                     &ctx->palette->foreground, NULL);

      base_w = MAX (base->values[COLUMN_DISPLACED], 0.0) * scale;
      wf_chart_set_colour (ctx, &ctx->palette->muted, 1.0);
      cairo_rectangle (cr, plot.x, by, MAX (base_w, ctx->line * 0.5), base_h);
      cairo_fill (cr);
      wf_chart_add_mark (ctx, plot.x, by, base_w, base_h, SERIES_BASELINE, (int) b,
                         base->values[COLUMN_DISPLACED], base_tip);
      if (note_h > 0.0)
        {
          g_autofree char *note = baseline_note (ctx, base->values[COLUMN_DISPLACED]);
          double nx = plot.x + MAX (base_w, ctx->line * 0.5) + ctx->gap * 0.4;

          wf_chart_text (ctx, note, nx, by + base_h / 2, WF_ALIGN_START, WF_ALIGN_CENTER, 0.75, FALSE,
                         MAX (rect->x + rect->width - nx, 1.0), &ctx->palette->muted, NULL);
        }
      wf_chart_part_end (ctx);
    }
}

/* The gap lens: women minus men for each place, a diverging bar each,
 * since the pieces of a difference have either sign and do not stack. */
static void
draw_gap_bars (WfChartContext     *ctx,
               const WfChartTable *table,
               guint               first,
               const WfChartRect  *rect)
{
  cairo_t *cr = ctx->cr;
  const WfChartRow *row = table_row (table, first);
  const WfChartRow *base = table_row (table, first + 1);
  guint n_rows = N_CATEGORIES + 1;
  double extent = 0.0, label_w = 0.0, end_w = 0.0, label_h, note_h, row_h, bar_h, base_h, zero;
  WfChartRect plot;
  WfAxis axis;
  guint n_ticks;

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      extent = MAX (extent, MAX (fabs (row->values[c]), fabs (base->values[c])));
      label_w = MAX (label_w, wf_chart_measure (ctx, c == COLUMN_DISPLACED ? total_label () : category_label (c),
                                                0.85, FALSE, rect->width * 0.3, NULL));
    }
  n_ticks = CLAMP ((guint) (rect->width / (ctx->font_px * 5.5)), 3, 6);
  wf_chart_axis_init (&axis, -extent, extent, n_ticks, TRUE);
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      g_autofree char *text = value_text (ctx, &axis, row->values[c], TRUE);

      end_w = MAX (end_w, wf_chart_measure (ctx, text, 0.8, TRUE, -1, NULL));
    }
  end_w += ctx->gap * 0.4;

  /* Two lines below the plot: the tick labels, then which side is which. */
  wf_chart_measure (ctx, "0", 0.85, FALSE, -1, &label_h);
  wf_chart_measure (ctx, "Ag", 0.75, FALSE, -1, &note_h);
  plot.x = rect->x + label_w + ctx->gap * 0.8 + end_w;
  plot.y = rect->y;
  plot.width = MAX (rect->x + rect->width - end_w - plot.x, 1.0);
  plot.height = MAX (rect->height - 2 * label_h - ctx->gap, 1.0);
  if (ctx->layout != NULL)
    ctx->layout->plot = plot;
  wf_chart_draw_value_axis (ctx, &axis, &plot, FALSE);

  wf_chart_part_begin (ctx, "annotations");
  /* Translators: under the axis of women minus men, at its left end */
  wf_chart_text (ctx, _("← more men"), plot.x, plot.y + plot.height + label_h + ctx->gap * 0.6,
                 WF_ALIGN_START, WF_ALIGN_START, 0.8, FALSE, plot.width / 2, &ctx->palette->muted, NULL);
  /* Translators: under the axis of women minus men, at its right end */
  wf_chart_text (ctx, _("more women →"), plot.x + plot.width, plot.y + plot.height + label_h + ctx->gap * 0.6,
                 WF_ALIGN_END, WF_ALIGN_START, 0.8, FALSE, plot.width / 2, &ctx->palette->muted, NULL);
  wf_chart_part_end (ctx);

  row_h = plot.height / n_rows;
  bar_h = MIN (row_h * 0.55, ctx->font_px * 2.2);
  base_h = MAX (ctx->line * 1.5, 2.0);
  zero = plot.x + plot.width * (0.0 - axis.min) / (axis.max - axis.min);

  for (guint i = 0; i < n_rows; i++)
    {
      /* The total first, then the places in the order of the legend. */
      guint c = i == 0 ? COLUMN_DISPLACED : i - 1;
      const char *label = c == COLUMN_DISPLACED ? total_label () : category_label (c);
      const WfRgb *colour = c == COLUMN_DISPLACED ? &ctx->palette->foreground : category_colour (ctx, c);
      double v = row->values[c], bv = base->values[c];
      double y = plot.y + row_h * i + (row_h - bar_h - base_h - ctx->gap * 0.15) / 2;
      double x1 = plot.x + plot.width * (v - axis.min) / (axis.max - axis.min);
      double bx1 = plot.x + plot.width * (bv - axis.min) / (axis.max - axis.min);
      double by = y + bar_h + ctx->gap * 0.15;
      g_autofree char *text = value_text (ctx, &axis, v, TRUE);
      g_autofree char *base_tip = wf_chart_tip_pair (label, _("Without the AI push"));

      wf_chart_part_begin (ctx, "row-%u", i + 1);
      wf_chart_text (ctx, label, plot.x - end_w - ctx->gap * 0.6, y + bar_h / 2, WF_ALIGN_END, WF_ALIGN_CENTER,
                     0.85, c == COLUMN_DISPLACED, rect->width * 0.3, &ctx->palette->foreground, NULL);

      wf_chart_fill_pattern (ctx, colour, c == COLUMN_DISPLACED ? 0 : categories[c].pattern, MIN (zero, x1), y,
                             fabs (x1 - zero), bar_h);
      wf_chart_add_mark (ctx, MIN (zero, x1), y, fabs (x1 - zero), bar_h,
                         c == COLUMN_DISPLACED ? SERIES_TOTAL : (int) c, (int) i, v, label);

      wf_chart_set_colour (ctx, &ctx->palette->muted, 1.0);
      cairo_rectangle (cr, MIN (zero, bx1), by, MAX (fabs (bx1 - zero), ctx->line * 0.5), base_h);
      cairo_fill (cr);
      wf_chart_add_mark (ctx, MIN (zero, bx1), by, fabs (bx1 - zero), base_h, SERIES_BASELINE, (int) i, bv,
                         base_tip);

      wf_chart_text (ctx, text, v >= 0 ? x1 + ctx->gap * 0.3 : x1 - ctx->gap * 0.3, y + bar_h / 2,
                     v >= 0 ? WF_ALIGN_START : WF_ALIGN_END, WF_ALIGN_CENTER, 0.8, TRUE, -1,
                     &ctx->palette->foreground, NULL);

      /* The baseline in words under the total, where it fits. */
      if (c == COLUMN_DISPLACED && row_h - bar_h > note_h * 1.6)
        {
          g_autofree char *note = baseline_note (ctx, bv);
          double nx = MAX (zero, bx1) + ctx->gap * 0.4;

          /* Below the bar, level with the top of the thin one. */
          wf_chart_text (ctx, note, nx, by, WF_ALIGN_START, WF_ALIGN_START, 0.75, FALSE,
                         MAX (rect->x + rect->width - nx, 1.0), &ctx->palette->muted, NULL);
        }
      wf_chart_part_end (ctx);
    }
}

/* Year by year: a stacked column per year, positive pieces up from zero
 * and (in the gap lens) negative ones down. */
static void
draw_years (WfChartContext     *ctx,
            const WfChartTable *table,
            guint               first,
            const WfChartRect  *rect)
{
  guint n_cols = first + 1;
  double min = 0.0, max = 0.0, label_h, axis_w, slot, bar_w, widest;
  guint every = 1;
  WfChartRect plot;
  WfAxis axis;
  guint n_ticks;

  for (guint i = 0; i < n_cols; i++)
    {
      const WfChartRow *row = table_row (table, i);
      double up = 0.0, down = 0.0;

      for (guint c = 0; c < N_CATEGORIES; c++)
        {
          if (row->values[c] >= 0)
            up += row->values[c];
          else
            down += row->values[c];
        }
      max = MAX (max, up);
      min = MIN (min, down);
    }

  if (max - min < 1.0)
    max = min + 1.0;
  wf_chart_measure (ctx, "2030", 0.85, FALSE, -1, &label_h);
  n_ticks = CLAMP ((guint) (rect->height / (label_h * 2.5)), 2, 6);
  wf_chart_axis_init (&axis, min, max, n_ticks, TRUE);
  axis_w = wf_chart_axis_width (ctx, &axis);

  plot.x = rect->x + axis_w + ctx->gap * 0.8;
  plot.y = rect->y + label_h / 2;
  plot.width = MAX (rect->x + rect->width - plot.x, 1.0);
  plot.height = MAX (rect->y + rect->height - plot.y - label_h - ctx->gap * 0.4, 1.0);
  wf_chart_draw_value_axis (ctx, &axis, &plot, TRUE);

  slot = plot.width / n_cols;
  bar_w = slot * 0.7;
  widest = wf_chart_measure (ctx, "2030", 0.85, FALSE, -1, NULL) + ctx->gap * 0.5;
  while (every < n_cols && slot * every < widest)
    every++;

#define Y_OF(v) (plot.y + plot.height * (1.0 - ((v) - axis.min) / (axis.max - axis.min)))

  for (guint i = 0; i < n_cols; i++)
    {
      const WfChartRow *row = table_row (table, i);
      double x = plot.x + slot * i + (slot - bar_w) / 2;
      double up = 0.0, down = 0.0;

      wf_chart_part_begin (ctx, "bar-%u", i + 1);
      for (guint c = 0; c < N_CATEGORIES; c++)
        {
          double v = row->values[c];
          double from = v >= 0 ? up : down;
          double to = from + v;
          double y0 = Y_OF (MAX (from, to)), y1 = Y_OF (MIN (from, to));
          g_autofree char *tip = wf_chart_tip_pair (row->keys[KEY_YEAR], category_label (c));

          wf_chart_fill_pattern (ctx, category_colour (ctx, c), categories[c].pattern, x, y0, bar_w, y1 - y0);
          wf_chart_add_mark (ctx, x, y0, bar_w, y1 - y0, (int) c, (int) i, v, tip);
          if (v >= 0)
            up = to;
          else
            down = to;
        }

      /* The last year always, the others as they fit, counted back from it. */
      if ((n_cols - 1 - i) % every == 0)
        wf_chart_text (ctx, row->keys[KEY_YEAR], x + bar_w / 2, plot.y + plot.height + ctx->gap * 0.4,
                       WF_ALIGN_CENTER, WF_ALIGN_START, 0.85, FALSE, -1, &ctx->palette->muted, NULL);
      wf_chart_part_end (ctx);
    }

#undef Y_OF
}

void
wf_chart_flows_draw (WfChartContext     *ctx,
                     const WfChartTable *table)
{
  const WfChartData *data = ctx->data;
  guint first = n_years_before (ctx->year_index);
  gboolean gap = data->lens == WF_LENS_GAP;
  WfLegendEntry legend[N_CATEGORIES];
  WfChartRect bars = ctx->area, years = ctx->area;
  gboolean with_years;
  g_autofree char *axis_title = NULL;

  for (guint c = 0; c < N_CATEGORIES; c++)
    legend[c] = (WfLegendEntry) { category_label (c), *category_colour (ctx, c), WF_LEGEND_PATTERN,
                                  categories[c].pattern, -1 };
  wf_chart_legend (ctx, legend, N_CATEGORIES);

  if (gap)
    axis_title = g_strdup (_("Displaced women minus displaced men, and where they are (people)"));
  else
    /* Translators: %d is the base year */
    axis_title = g_strdup_printf (_("Workers displaced since %d, and where they are (people)"),
                                  data->results[0]->base_year);
  wf_chart_axis_title (ctx, axis_title);

  /* Year by year beside the horizon's bars on a wide canvas, under them
   * on a tall one; a thumbnail keeps the bars only. */
  with_years = !ctx->compact && ctx->year_index >= 1;
  bars = ctx->area;
  if (with_years)
    {
      g_autofree char *heading = NULL;

      years = ctx->area;
      if (ctx->area.width >= ctx->area.height * 1.4)
        {
          bars.width = ctx->area.width * 0.6;
          years.x = bars.x + bars.width + ctx->gap * 2.5;
          years.width = MAX (ctx->area.x + ctx->area.width - years.x, 1.0);
        }
      else
        {
          bars.height = ctx->area.height * 0.5;
          years.y = bars.y + bars.height + ctx->gap * 1.5;
          years.height = MAX (ctx->area.y + ctx->area.height - years.y, 1.0);
        }
      /* Translators: heading over the bars of the horizon year, e.g. "In 2030" */
      heading = g_strdup_printf (_("In %d"), data->results[0]->base_year + (int) ctx->year_index);
      panel_heading (ctx, heading, &bars);
      /* Translators: heading over the columns of each year */
      panel_heading (ctx, _("Year by year"), &years);
    }

  wf_chart_part_begin (ctx, "panel-1");
  if (gap)
    draw_gap_bars (ctx, table, first, &bars);
  else
    draw_bars (ctx, table, first, &bars);
  wf_chart_part_end (ctx);
  if (with_years)
    {
      wf_chart_part_begin (ctx, "panel-2");
      draw_years (ctx, table, first, &years);
      wf_chart_part_end (ctx);
    }

  if (ctx->layout != NULL)
    ctx->layout->n_series += N_CATEGORIES + (gap ? 2 : 1);
}
