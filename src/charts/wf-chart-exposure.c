/* wf-chart-exposure.c: heatmap of sectors by exposure gradient, by sex
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wf-chart"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "wf-chart-private.h"

/* The exposed gradients: gradient 0 holds three quarters of all jobs and
 * would flatten the colour scale, so it is left out (and said so). */
#define FIRST_GRADIENT 1
#define N_CELLS (WF_N_GRADIENTS - FIRST_GRADIENT)
#define MAX_PANELS 3

#define PANEL_GAP (-2)
/* The decimals of the number written in a cell. */
#define CELL_DECIMALS 1

/* The panels of the lens: both sexes (and unknown when present), one sex,
 * or the gap. Returns the number of panels. */
static guint
panels (const WfChartData *data,
        int                sexes[MAX_PANELS])
{
  guint n = 0;
  double unknown;

  switch (data->lens)
    {
    case WF_LENS_WOMEN:
      sexes[n++] = WF_SEX_WOMEN;
      break;
    case WF_LENS_MEN:
      sexes[n++] = WF_SEX_MEN;
      break;
    case WF_LENS_GAP:
      sexes[n++] = PANEL_GAP;
      break;
    case WF_LENS_TOTAL:
    case WF_N_LENSES:
    default:
      sexes[n++] = WF_SEX_WOMEN;
      sexes[n++] = WF_SEX_MEN;
      unknown = data->sector < 0
        ? wf_dataset_total_employment (data->dataset, WF_SEX_UNKNOWN)
        : data->dataset->sectors[data->sector].employment[WF_SEX_UNKNOWN];
      if (unknown > 0.0)
        sexes[n++] = WF_SEX_UNKNOWN;
      break;
    }
  return n;
}

static const char *
panel_name (int sex)
{
  switch (sex)
    {
    case WF_SEX_WOMEN:
      return _("Women");
    case WF_SEX_MEN:
      return _("Men");
    case WF_SEX_UNKNOWN:
      return _("Sex unknown");
    default:
      return _("Women minus men");
    }
}

static double
share (const WfResults *r,
       guint            year_index,
       int              sector,
       int              sex,
       guint            gradient)
{
  double total = 0.0;

  for (guint k = 0; k < WF_N_GRADIENTS; k++)
    total += wf_results_get_gradient (r, WF_RUN_SCENARIO, year_index, sector, sex, k);
  if (total <= 0.0)
    return NAN;
  return 100.0 * wf_results_get_gradient (r, WF_RUN_SCENARIO, year_index, sector, sex, gradient) / total;
}

WfChartTable *
wf_chart_exposure_table (const WfChartData *data,
                         guint              year_index)
{
  const WfDataset *ds = data->dataset;
  const WfResults *r = data->results[0];
  int sexes[MAX_PANELS];
  guint n_panels = panels (data, sexes);
  WfChartTable *table = wf_chart_table_new (_("Exposure to generative AI"),
                                            data->lens == WF_LENS_GAP ? _("percentage points") : _("%"),
                                            1, n_panels * N_CELLS);
  double women = 0.0, men = 0.0;

  wf_chart_table_set_column (table, 0, _("Sector"));
  for (guint p = 0; p < n_panels; p++)
    for (guint k = 0; k < N_CELLS; k++)
      {
        /* Translators: a column: "Women, gradient 3" */
        g_autofree char *name = g_strdup_printf (_("%s, gradient %u"), panel_name (sexes[p]), k + FIRST_GRADIENT);

        wf_chart_table_set_column (table, 1 + p * N_CELLS + k, name);
      }

  for (guint s = 0; s < ds->n_sectors; s++)
    {
      WfChartRow *row;

      if (data->sector >= 0 && (int) s != data->sector)
        continue;

      row = wf_chart_table_add_row (table);
      g_free (row->keys[0]);
      row->keys[0] = g_strdup (wf_dataset_get_sector_label (ds, s));
      for (guint p = 0; p < n_panels; p++)
        for (guint k = 0; k < N_CELLS; k++)
          {
            guint g = k + FIRST_GRADIENT;

            if (sexes[p] == PANEL_GAP)
              row->values[p * N_CELLS + k] = share (r, year_index, (int) s, WF_SEX_WOMEN, g)
                                           - share (r, year_index, (int) s, WF_SEX_MEN, g);
            else
              row->values[p * N_CELLS + k] = share (r, year_index, (int) s, sexes[p], g);
          }
    }

  for (guint k = FIRST_GRADIENT; k < WF_N_GRADIENTS; k++)
    {
      women += share (r, year_index, data->sector, WF_SEX_WOMEN, k);
      men += share (r, year_index, data->sector, WF_SEX_MEN, k);
    }
  /* Translators: a chart's summary for screen readers; %.1f are percentages */
  table->summary = g_strdup_printf (_("In the scenario “%s” in %d (%s), %.1f %% of women’s jobs and %.1f %% "
                                      "of men’s jobs are in the exposed gradients 1 to 4; each cell gives "
                                      "a sector’s share of jobs in one gradient."),
                                    data->names[0], r->base_year + (int) year_index,
                                    wf_chart_sector_label (data), women, men);
  return table;
}

/* ColorBrewer Blues on light backgrounds; viridis on dark ones. Under high
 * contrast each scale starts where its first colour stands out from the
 * background (Blues from its middle, #6baed6, no pale tint; viridis from
 * #2c728e, not near-black), and the cells are outlined (cell_outline ()). */
static WfRgb
ramp (const WfChartContext *ctx,
      double                t)
{
  /* [high contrast][dark]: five stops each. */
  static const WfRgb scales[2][2][5] = {
    { { { 0.969, 0.984, 1.000 }, { 0.776, 0.859, 0.937 }, { 0.420, 0.682, 0.839 },
        { 0.129, 0.443, 0.710 }, { 0.031, 0.188, 0.420 } },
      { { 0.267, 0.004, 0.329 }, { 0.231, 0.322, 0.545 }, { 0.129, 0.565, 0.553 },
        { 0.369, 0.788, 0.384 }, { 0.992, 0.906, 0.145 } } },
    { { { 0.420, 0.682, 0.839 }, { 0.259, 0.573, 0.776 }, { 0.129, 0.443, 0.710 },
        { 0.031, 0.318, 0.612 }, { 0.031, 0.188, 0.420 } },
      { { 0.173, 0.447, 0.557 }, { 0.129, 0.569, 0.549 }, { 0.153, 0.678, 0.506 },
        { 0.369, 0.788, 0.384 }, { 0.992, 0.906, 0.145 } } },
  };
  const WfRgb *stops = scales[ctx->style->high_contrast ? 1 : 0][ctx->style->theme == WF_CHART_THEME_DARK ? 1 : 0];
  double x;
  guint i;

  t = CLAMP (isfinite (t) ? t : 0.0, 0.0, 1.0);
  x = t * 4.0;
  i = MIN ((guint) x, 3);
  return wf_chart_mix (&stops[i], &stops[i + 1], x - i);
}

/* Men's colour below zero, women's above, the background at zero. Under
 * high contrast any gap at all is at least half the full colour, so that no
 * cell is a pale tint of the background. */
static WfRgb
diverging (const WfChartContext *ctx,
           double                t)
{
  double amount;

  t = CLAMP (isfinite (t) ? t : 0.0, -1.0, 1.0);
  amount = fabs (t);
  if (ctx->style->high_contrast && amount > 0.0)
    amount = 0.5 + 0.5 * amount;
  return wf_chart_mix (&ctx->palette->background, t >= 0 ? &ctx->palette->women : &ctx->palette->men, amount);
}

/* Under high contrast, a cell (or the legend's scale) is outlined in the
 * text colour, so that its bounds show whatever its colour. */
static void
cell_outline (WfChartContext *ctx,
              double          x,
              double          y,
              double          width,
              double          height)
{
  if (!ctx->style->high_contrast)
    return;
  wf_chart_set_colour (ctx, &ctx->palette->foreground, 1.0);
  cairo_set_line_width (ctx->cr, MAX (1.0, ctx->line * 0.5));
  cairo_rectangle (ctx->cr, x, y, width, height);
  cairo_stroke (ctx->cr);
}

static double
nice_ceiling (double v)
{
  static const double steps[] = { 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 };
  double magnitude;

  if (v <= 0.0 || !isfinite (v))
    return 1.0;
  magnitude = pow (10.0, floor (log10 (v)));
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] * magnitude >= v * 0.9999)
      return steps[i] * magnitude;
  return 10 * magnitude;
}

void
wf_chart_exposure_draw (WfChartContext     *ctx,
                        const WfChartTable *table)
{
  cairo_t *cr = ctx->cr;
  int sexes[MAX_PANELS];
  guint n_panels = panels (ctx->data, sexes);
  gboolean gap = ctx->data->lens == WF_LENS_GAP;
  guint n_rows = table->rows->len;
  double vmax = 0.0, label_w = 0.0, head_h, text_h, row_h, size, panel_w, cell_w;
  double label_size;
  guint label_lines;
  double scale_w, scale_h, x, y;
  g_autofree char *lo = NULL;
  g_autofree char *hi = NULL;
  g_autofree char *lo_text = NULL;
  g_autofree char *hi_text = NULL;
  WfChartRect box;
  WfChartRect plot;

  ctx->mark_unit = ctx->data->lens == WF_LENS_GAP ? WF_MARK_POINTS : WF_MARK_PERCENT;

  for (guint r = 0; r < n_rows; r++)
    {
      const WfChartRow *row = g_ptr_array_index (table->rows, r);

      for (guint c = 0; c < table->n_values; c++)
        if (isfinite (row->values[c]))
          vmax = MAX (vmax, fabs (row->values[c]));
    }
  vmax = nice_ceiling (vmax);

  /* The colour scale is the legend: a bar with its two ends labelled. */
  scale_w = MIN (ctx->area.width * 0.3, ctx->font_px * 12);
  scale_h = ctx->font_px * 0.8;
  lo = wf_chart_format (ctx, gap ? -vmax : 0.0, 0);
  hi = wf_chart_format (ctx, vmax, 0);
  lo_text = g_strconcat (lo, gap ? _(" pts") : " %", NULL);
  hi_text = g_strconcat (gap ? "+" : "", hi, gap ? _(" pts") : " %", NULL);
  wf_chart_part_begin (ctx, "legend");
  wf_chart_text (ctx, lo_text, ctx->area.x, ctx->area.y, WF_ALIGN_START, WF_ALIGN_START, 0.8, FALSE, -1,
                 &ctx->palette->muted, &box);
  x = box.x + box.width + ctx->gap * 0.4;
  y = box.y + (box.height - scale_h) / 2;
  for (int i = 0; i < 32; i++)
    {
      double t = i / 31.0;
      WfRgb c = gap ? diverging (ctx, t * 2 - 1) : ramp (ctx, t);

      wf_chart_set_colour (ctx, &c, 1.0);
      cairo_rectangle (cr, x + scale_w * i / 32.0, y, scale_w / 32.0 + 0.5, scale_h);
      cairo_fill (cr);
    }
  cell_outline (ctx, x, y, scale_w, scale_h);
  wf_chart_text (ctx, hi_text, x + scale_w + ctx->gap * 0.4, box.y, WF_ALIGN_START, WF_ALIGN_START, 0.8,
                 FALSE, -1, &ctx->palette->muted, &box);
  wf_chart_text (ctx, gap ? _("Women’s share minus men’s share of the sector’s jobs")
                          : _("Share of the sector’s jobs; gradient 0 (not exposed) not shown"),
                 box.x + box.width + ctx->gap * 1.2, box.y, WF_ALIGN_START, WF_ALIGN_START, 0.8, FALSE,
                 MAX (ctx->area.x + ctx->area.width - (box.x + box.width + ctx->gap * 1.2), ctx->font_px * 2),
                 &ctx->palette->foreground, NULL);
  wf_chart_part_end (ctx);
  if (ctx->layout != NULL)
    ctx->layout->n_legend_entries += 1;
  ctx->area.y = box.y + box.height + ctx->gap;
  ctx->area.height -= box.height + ctx->gap;

  /* Panel titles and gradient headers. */
  wf_chart_measure (ctx, "Ag", 0.9, TRUE, -1, &head_h);
  wf_chart_measure (ctx, "G4", 0.8, FALSE, -1, &text_h);
  row_h = (ctx->area.height - head_h - text_h - ctx->gap * 0.6) / MAX (n_rows, 1);
  size = 0.85 * MIN (1.0, row_h * 0.95 / text_h);
  /* The sector names whole, on two lines where one is too long. */
  {
    g_autofree const char **labels = g_new0 (const char *, MAX (n_rows, 1));

    for (guint r = 0; r < n_rows; r++)
      labels[r] = ((const WfChartRow *) g_ptr_array_index (table->rows, r))->keys[0];
    label_w = wf_chart_fit_labels_wider (ctx, labels, n_rows, size, MIN (size, 0.6), FALSE, ctx->area.width * 0.3,
                                         ctx->area.width * 0.4, row_h, &label_size, &label_lines);
  }

  plot.x = ctx->area.x + label_w + ctx->gap * 0.6;
  plot.y = ctx->area.y + head_h + text_h + ctx->gap * 0.6;
  plot.width = MAX (ctx->area.x + ctx->area.width - plot.x, 1.0);
  plot.height = MAX (row_h * n_rows, 1.0);
  if (ctx->layout != NULL)
    ctx->layout->plot = plot;
  panel_w = (plot.width - ctx->gap * (n_panels - 1)) / n_panels;
  cell_w = panel_w / N_CELLS;

  wf_chart_part_begin (ctx, "axis-y");
  for (guint r = 0; r < n_rows; r++)
    {
      const WfChartRow *row = g_ptr_array_index (table->rows, r);

      wf_chart_label (ctx, row->keys[0], plot.x - ctx->gap * 0.6, plot.y + row_h * (r + 0.5), WF_ALIGN_END,
                      WF_ALIGN_CENTER, label_size, FALSE, label_w + 1, label_lines, &ctx->palette->foreground, NULL);
    }
  wf_chart_part_end (ctx);

  for (guint p = 0; p < n_panels; p++)
    {
      double px = plot.x + p * (panel_w + ctx->gap);

      wf_chart_part_begin (ctx, "panel-%u", p + 1);
      wf_chart_text (ctx, panel_name (sexes[p]), px + panel_w / 2, ctx->area.y, WF_ALIGN_CENTER,
                     WF_ALIGN_START, 0.9, TRUE, panel_w, &ctx->palette->foreground, NULL);
      for (guint k = 0; k < N_CELLS; k++)
        {
          char head[8];
          /* Translators: %u is an exposure gradient's number, from 1 to 4 (ILO's scale) */
          g_autofree char *full = g_strdup_printf (_("Gradient %u"), k + FIRST_GRADIENT);

          /* The full name where the column is wide enough. */
          g_snprintf (head, sizeof head, "G%u", k + FIRST_GRADIENT);
          if (wf_chart_measure (ctx, full, 0.8, FALSE, -1, NULL) < cell_w - ctx->gap)
            g_snprintf (head, sizeof head, "%s", "");
          wf_chart_text (ctx, head[0] ? head : full, px + cell_w * (k + 0.5), ctx->area.y + head_h + ctx->gap * 0.2,
                         WF_ALIGN_CENTER, WF_ALIGN_START, 0.8, FALSE, -1, &ctx->palette->muted, NULL);
        }

      for (guint r = 0; r < n_rows; r++)
        {
          const WfChartRow *row = g_ptr_array_index (table->rows, r);

          for (guint k = 0; k < N_CELLS; k++)
            {
              double v = row->values[p * N_CELLS + k];
              double cx = px + cell_w * k, cy = plot.y + row_h * r;
              double inset = MIN (MAX (0.5, ctx->line * 0.4), MIN (cell_w, row_h) * 0.1);
              /* A gap that reads 0.0 in its cell has the colour of none. */
              double shown = gap && fabs (v) < 0.5 * pow (10.0, -CELL_DECIMALS) ? 0.0 : v;
              WfRgb c = !isfinite (v) ? ctx->palette->grid : gap ? diverging (ctx, shown / vmax) : ramp (ctx, v / vmax);
              g_autofree char *tip = wf_chart_tip_pair (row->keys[0], table->columns[1 + p * N_CELLS + k]);

              wf_chart_set_colour (ctx, &c, 1.0);
              cairo_rectangle (cr, cx + inset, cy + inset, cell_w - 2 * inset, row_h - 2 * inset);
              cairo_fill (cr);
              cell_outline (ctx, cx + inset, cy + inset, cell_w - 2 * inset, row_h - 2 * inset);
              wf_chart_add_mark (ctx, cx, cy, cell_w, row_h, (int) p, (int) (r * N_CELLS + k), v, tip);

              if (isfinite (v))
                {
                  g_autofree char *number = wf_chart_format (ctx, v, CELL_DECIMALS);
                  double h, w = wf_chart_measure (ctx, number, size * 0.95, FALSE, -1, &h);

                  if (w < cell_w - 2 * inset - 2 && h < row_h)
                    {
                      WfRgb ink = wf_chart_luminance (&c) > 0.45 ? (WfRgb) { 0.05, 0.05, 0.05 }
                                                                 : (WfRgb) { 1, 1, 1 };

                      wf_chart_text (ctx, number, cx + cell_w / 2, cy + row_h / 2, WF_ALIGN_CENTER,
                                     WF_ALIGN_CENTER, size * 0.95, FALSE, -1, &ink, NULL);
                    }
                }
            }
        }
      wf_chart_part_end (ctx);
    }

  if (ctx->layout != NULL)
    ctx->layout->n_series += n_panels;
}
