/* wf-chart-draw.c: text, numbers, axes and legends shared by the charts
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

/* Dash patterns in units of the line width: the second encoding of line
 * series, so that no series is told apart by colour alone. */
static const double dash_patterns[][4] = {
  { 0, 0, 0, 0 },      /* solid */
  { 4, 2.5, 0, 0 },    /* dashed */
  { 1, 2, 0, 0 },      /* dotted */
  { 5, 2, 1, 2 },      /* dash-dot */
  { 8, 3, 0, 0 },      /* long dash */
  { 2, 2, 0, 0 },      /* short dash */
};

WfRgb
wf_chart_mix (const WfRgb *a,
              const WfRgb *b,
              double       t)
{
  WfRgb c = { a->r + (b->r - a->r) * t, a->g + (b->g - a->g) * t, a->b + (b->b - a->b) * t };

  return c;
}

double
wf_chart_luminance (const WfRgb *c)
{
  return 0.2126 * c->r + 0.7152 * c->g + 0.0722 * c->b;
}

void
wf_chart_set_colour (WfChartContext *ctx,
                     const WfRgb    *colour,
                     double          alpha)
{
  if (alpha >= 1.0)
    cairo_set_source_rgb (ctx->cr, colour->r, colour->g, colour->b);
  else
    cairo_set_source_rgba (ctx->cr, colour->r, colour->g, colour->b, alpha);
}

void
wf_chart_set_dash (WfChartContext *ctx,
                   int             dash,
                   double          width)
{
  const double *pattern;
  double scaled[4];
  int n = 0;

  dash = ABS (dash) % (int) G_N_ELEMENTS (dash_patterns);
  pattern = dash_patterns[dash];
  for (int i = 0; i < 4 && pattern[i] > 0; i++)
    scaled[n++] = pattern[i] * width;

  cairo_set_line_width (ctx->cr, width);
  cairo_set_dash (ctx->cr, scaled, n, 0);
}

/* One tile of a fill pattern, @step wide and high, drawn so that tiles
 * join without seams. A recording surface: vector exports get a vector
 * <pattern>, and raster targets rasterise the tile once per fill instead
 * of stroking hundreds of lines (the flows chart went from 36 ms to the
 * others' few). */
static cairo_pattern_t *
pattern_tile (int          pattern,
              double       step,
              const WfRgb *colour)
{
  cairo_rectangle_t extents = { 0.0, 0.0, step, step };
  cairo_surface_t *tile = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
  cairo_t *cr = cairo_create (tile);
  cairo_pattern_t *source;

  if (wf_chart_luminance (colour) > 0.45)
    cairo_set_source_rgba (cr, 0.0, 0.0, 0.0, 0.4);
  else
    cairo_set_source_rgba (cr, 1.0, 1.0, 1.0, 0.55);
  cairo_set_line_width (cr, MAX (0.6, step * 0.2));

  switch (pattern)
    {
    case 1:
    case 3:
      /* Rising diagonals x + y = k step, and for 3 the falling ones. */
      for (int k = 0; k <= 2; k++)
        {
          cairo_move_to (cr, k * step + step, -step);
          cairo_line_to (cr, -step, k * step + step);
        }
      if (pattern == 3)
        for (int k = -1; k <= 1; k++)
          {
            cairo_move_to (cr, k * step - step, -step);
            cairo_line_to (cr, k * step + 2 * step, 2 * step);
          }
      cairo_stroke (cr);
      break;
    case 2:
      cairo_arc (cr, step / 2, step / 2, step * 0.2, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    default:
      cairo_move_to (cr, -1.0, step / 2);
      cairo_line_to (cr, step + 1.0, step / 2);
      cairo_stroke (cr);
      break;
    }
  cairo_destroy (cr);

  source = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (source, CAIRO_EXTEND_REPEAT);
  cairo_surface_destroy (tile);
  return source;
}

/* The pattern over a rectangle (the current clip) as strokes and dots:
 * for SVG, whose cairo backend leaks the snapshots of recording-surface
 * sources (cairo 1.16), and which needs no speed. */
static void
pattern_strokes (cairo_t *cr,
                 int      pattern,
                 double   step,
                 double   x,
                 double   y,
                 double   w,
                 double   h)
{
  double r = step * 0.2;

  switch (pattern)
    {
    case 1:
    case 3:
      for (double t = floor ((x - h) / step) * step; t < x + w + step; t += step)
        {
          cairo_move_to (cr, t, y + h);
          cairo_line_to (cr, t + h, y);
          if (pattern == 3)
            {
              cairo_move_to (cr, t, y);
              cairo_line_to (cr, t + h, y + h);
            }
        }
      cairo_stroke (cr);
      break;
    case 2:
      for (double py = floor (y / step) * step + step / 2; py < y + h + r; py += step)
        for (double px = floor (x / step) * step + step / 2; px < x + w + r; px += step)
          {
            cairo_new_sub_path (cr);
            cairo_arc (cr, px, py, r, 0, 2 * G_PI);
          }
      cairo_fill (cr);
      break;
    default:
      for (double py = floor (y / step) * step + step / 2; py < y + h; py += step)
        {
          cairo_move_to (cr, x, py);
          cairo_line_to (cr, x + w, py);
        }
      cairo_stroke (cr);
      break;
    }
}

/* Fill patterns, the second encoding of stacked areas and bars: solid,
 * rising diagonals, dots, cross-hatching, horizontal lines. Fills the
 * rectangle with @colour and draws the pattern over it in black or white,
 * whichever stands out on @colour, half transparent so that the colour
 * still reads. The tiles are anchored to the canvas, so that neighbouring
 * pieces line up. */
void
wf_chart_fill_pattern (WfChartContext *ctx,
                       const WfRgb    *colour,
                       int             pattern,
                       double          x,
                       double          y,
                       double          w,
                       double          h)
{
  cairo_t *cr = ctx->cr;
  cairo_pattern_t *tile;
  double step, pixels, dx = 1.0, dy = 0.0;

  if (!(w > 0.0) || !(h > 0.0))
    return;

  cairo_save (cr);
  wf_chart_set_colour (ctx, colour, 1.0);
  cairo_rectangle (cr, x, y, w, h);
  pattern = ABS (pattern) % 5;
  if (pattern == 0)
    {
      cairo_fill (cr);
      cairo_restore (cr);
      return;
    }
  cairo_fill_preserve (cr);

  /* A whole number of device pixels a tile: a raster tile of a fractional
   * size repeats with seams. */
  step = MAX (2.5, ctx->font_px * 0.36);
  cairo_user_to_device_distance (cr, &dx, &dy);
  pixels = hypot (dx, dy);
  if (pixels > 0.0)
    step = MAX (round (step * pixels), 3.0) / pixels;
  if (cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_SVG)
    {
      /* The same tile's strokes, anchored the same way. */
      cairo_clip (cr);
      if (wf_chart_luminance (colour) > 0.45)
        cairo_set_source_rgba (cr, 0.0, 0.0, 0.0, 0.4);
      else
        cairo_set_source_rgba (cr, 1.0, 1.0, 1.0, 0.55);
      cairo_set_line_width (cr, MAX (0.6, step * 0.2));
      pattern_strokes (cr, pattern, step, x, y, w, h);
      cairo_restore (cr);
      return;
    }

  tile = pattern_tile (pattern, step, colour);
  cairo_set_source (cr, tile);
  cairo_fill (cr);
  cairo_pattern_destroy (tile);
  cairo_restore (cr);
}

/* Markers: circle, square, triangle, diamond, cross, none beyond. */
void
wf_chart_marker (WfChartContext *ctx,
                 int             marker,
                 double          x,
                 double          y,
                 double          size)
{
  cairo_t *cr = ctx->cr;
  double r = size / 2.0;

  if (marker < 0)
    return;

  cairo_new_sub_path (cr);
  switch (marker % 5)
    {
    case 0:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    case 1:
      cairo_rectangle (cr, x - r * 0.9, y - r * 0.9, 1.8 * r, 1.8 * r);
      break;
    case 2:
      cairo_move_to (cr, x, y - r * 1.1);
      cairo_line_to (cr, x + r * 1.05, y + r * 0.8);
      cairo_line_to (cr, x - r * 1.05, y + r * 0.8);
      cairo_close_path (cr);
      break;
    case 3:
      cairo_move_to (cr, x, y - r * 1.2);
      cairo_line_to (cr, x + r * 1.2, y);
      cairo_line_to (cr, x, y + r * 1.2);
      cairo_line_to (cr, x - r * 1.2, y);
      cairo_close_path (cr);
      break;
    default:
      cairo_rectangle (cr, x - r, y - r * 0.35, 2 * r, 0.7 * r);
      cairo_rectangle (cr, x - r * 0.35, y - r, 0.7 * r, 2 * r);
      break;
    }
  cairo_fill (cr);
}

/* The size in user units of a text of @size (in units of the body text):
 * never below the chart's minimum, ctx->min_px. */
double
wf_chart_text_px (WfChartContext *ctx,
                  double          size)
{
  return MAX (MAX (ctx->min_px, ctx->font_px * size), 1.0);
}

/* @lines 0: the layout wraps as its caller set it (the frame's subtitle
 * and footnote); 1 and more: a label of up to that many lines, wrapped at
 * words (within a word only when one word is wider than @max_width), each
 * line aligned as @halign says, and only the last one ellipsized. */
static void
prepare_layout (WfChartContext *ctx,
                const char     *text,
                double          size,
                gboolean        bold,
                double          max_width,
                guint           lines,
                WfAlign         halign)
{
  pango_font_description_set_absolute_size (ctx->font, wf_chart_text_px (ctx, size) * PANGO_SCALE);
  pango_font_description_set_weight (ctx->font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (ctx->text, ctx->font);

  if (lines > 0)
    {
      pango_layout_set_wrap (ctx->text, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_height (ctx->text, -(int) lines);
      pango_layout_set_alignment (ctx->text, halign == WF_ALIGN_END ? PANGO_ALIGN_RIGHT
                                             : halign == WF_ALIGN_CENTER ? PANGO_ALIGN_CENTER
                                             : PANGO_ALIGN_LEFT);
    }

  if (max_width > 0)
    {
      pango_layout_set_width (ctx->text, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (ctx->text, PANGO_ELLIPSIZE_END);
    }
  else
    {
      pango_layout_set_width (ctx->text, -1);
      pango_layout_set_ellipsize (ctx->text, PANGO_ELLIPSIZE_NONE);
    }
  pango_layout_set_text (ctx->text, text, -1);
}

/* Back to one line, as every text but the labels is laid out. */
static void
restore_layout (WfChartContext *ctx,
                guint           lines)
{
  if (lines == 0)
    return;
  pango_layout_set_wrap (ctx->text, PANGO_WRAP_WORD);
  pango_layout_set_height (ctx->text, -1);
  pango_layout_set_alignment (ctx->text, PANGO_ALIGN_LEFT);
}

static void
logical_extents (WfChartContext *ctx,
                 double         *x,
                 double         *y,
                 double         *w,
                 double         *h)
{
  PangoRectangle logical;
  PangoRectangle ink;

  pango_layout_get_extents (ctx->text, &ink, &logical);
  /* With a width set, the logical box of a left-aligned layout starts at
   * its origin; its width is the text's, not the width we allowed. */
  *x = (double) logical.x / PANGO_SCALE;
  *y = (double) logical.y / PANGO_SCALE;
  *w = (double) logical.width / PANGO_SCALE;
  *h = (double) logical.height / PANGO_SCALE;
}

double
wf_chart_measure (WfChartContext *ctx,
                  const char     *text,
                  double          size,
                  gboolean        bold,
                  double          max_width,
                  double         *height)
{
  double x, y, w, h;

  prepare_layout (ctx, text, size, bold, max_width, 0, WF_ALIGN_START);
  logical_extents (ctx, &x, &y, &w, &h);
  if (height != NULL)
    *height = h;
  return w;
}

/* The width of @text laid out as wf_chart_label () draws it, on up to
 * @lines lines of @max_width; @whole (if not NULL) says whether it shows
 * whole, without an ellipsis. */
double
wf_chart_label_measure (WfChartContext *ctx,
                        const char     *text,
                        double          size,
                        gboolean        bold,
                        double          max_width,
                        guint           lines,
                        double         *height,
                        gboolean       *whole)
{
  double x, y, w, h;

  prepare_layout (ctx, text, size, bold, max_width, MAX (lines, 1), WF_ALIGN_START);
  logical_extents (ctx, &x, &y, &w, &h);
  if (height != NULL)
    *height = h;
  if (whole != NULL)
    *whole = !pango_layout_is_ellipsized (ctx->text);
  restore_layout (ctx, MAX (lines, 1));
  return w;
}

/* A column of labels that must be read whole (sector names, levers, the
 * values at a bar's end), one per row of @row_h: the largest size from
 * @size down to @min_size (in units of the body text, as every size) at
 * which each label fits @max_width on two lines, or on one when two
 * lines are taller than a row. Returns the width the widest label takes
 * (the column's width), and the size and number of lines to draw them
 * with. Only when nothing fits at @min_size are the labels cut: their
 * last line is ellipsized; and when even one line at @min_size is taller
 * than a row (a thumbnail), the size shrinks to the row. */
double
wf_chart_fit_labels (WfChartContext     *ctx,
                     const char * const *labels,
                     guint               n_labels,
                     double              size,
                     double              min_size,
                     gboolean            bold,
                     double              max_width,
                     double              row_h,
                     double             *size_out,
                     guint              *lines_out)
{
  return wf_chart_fit_labels_lines (ctx, labels, n_labels, size, min_size, bold, max_width, row_h, 2,
                                    size_out, lines_out);
}

/* wf_chart_fit_labels () on up to @max_lines lines where the rows are
 * tall enough (the workshop's levers take three). */
double
wf_chart_fit_labels_lines (WfChartContext     *ctx,
                           const char * const *labels,
                           guint               n_labels,
                           double              size,
                           double              min_size,
                           gboolean            bold,
                           double              max_width,
                           double              row_h,
                           guint               max_lines,
                           double             *size_out,
                           guint              *lines_out)
{
  double s = size;

  /* Below the chart's minimum text size the text helper draws no
   * smaller: shrinking further would only measure the same text again. */
  min_size = MAX (min_size, ctx->min_px / ctx->font_px);
  min_size = MIN (min_size, size);
  for (;;)
    {
      double line_h, widest = 0.0;
      gboolean fits = TRUE;
      guint lines;

      wf_chart_measure (ctx, "Ag", s, bold, -1, &line_h);
      lines = (guint) CLAMP (floor (row_h / line_h + 1e-9), 1.0, (double) MAX (max_lines, 1));
      if (line_h > row_h && s > min_size)
        fits = FALSE;
      for (guint i = 0; i < n_labels; i++)
        {
          gboolean whole = TRUE;

          if (labels[i] == NULL)
            continue;
          widest = MAX (widest, wf_chart_label_measure (ctx, labels[i], s, bold, max_width, lines, NULL, &whole));
          fits = fits && whole;
        }

      if (fits || s <= min_size)
        {
          if (line_h > row_h && row_h > 0.0)
            {
              /* A thumbnail: one line as tall as the row. */
              s *= row_h * 0.95 / line_h;
              lines = 1;
              widest = 0.0;
              for (guint i = 0; i < n_labels; i++)
                if (labels[i] != NULL)
                  widest = MAX (widest, wf_chart_label_measure (ctx, labels[i], s, bold, max_width, 1, NULL, NULL));
            }
          *size_out = s;
          *lines_out = lines;
          return widest;
        }
      s = MAX (s * 0.94, min_size);
    }
}

/* Whether every one of @labels shows whole (no ellipsis) at @size on up
 * to @lines lines of @max_width. */
gboolean
wf_chart_labels_whole (WfChartContext     *ctx,
                       const char * const *labels,
                       guint               n_labels,
                       double              size,
                       gboolean            bold,
                       double              max_width,
                       guint               lines)
{
  for (guint i = 0; i < n_labels; i++)
    {
      gboolean whole = TRUE;

      if (labels[i] == NULL)
        continue;
      wf_chart_label_measure (ctx, labels[i], size, bold, max_width, lines, NULL, &whole);
      if (!whole)
        return FALSE;
    }
  return TRUE;
}

/* wf_chart_fit_labels () within @max_width, and where the text's minimum
 * size keeps a label from fitting whole (a small canvas, French or
 * Spanish names), within a column widened step by step up to
 * @wider_width: the plot gives way rather than the labels being cut. */
double
wf_chart_fit_labels_wider (WfChartContext     *ctx,
                           const char * const *labels,
                           guint               n_labels,
                           double              size,
                           double              min_size,
                           gboolean            bold,
                           double              max_width,
                           double              wider_width,
                           double              row_h,
                           double             *size_out,
                           guint              *lines_out)
{
  return wf_chart_fit_labels_wider_lines (ctx, labels, n_labels, size, min_size, bold, max_width, wider_width,
                                          row_h, 2, size_out, lines_out);
}

/* wf_chart_fit_labels_wider () on up to @max_lines lines. */
double
wf_chart_fit_labels_wider_lines (WfChartContext     *ctx,
                                 const char * const *labels,
                                 guint               n_labels,
                                 double              size,
                                 double              min_size,
                                 gboolean            bold,
                                 double              max_width,
                                 double              wider_width,
                                 double              row_h,
                                 guint               max_lines,
                                 double             *size_out,
                                 guint              *lines_out)
{
  double step = MAX ((wider_width - max_width) / 6.0, 1.0);

  for (double w = max_width;; w = MIN (w + step, wider_width))
    {
      double widest = wf_chart_fit_labels_lines (ctx, labels, n_labels, size, min_size, bold, w, row_h,
                                                 max_lines, size_out, lines_out);

      if (w >= wider_width || wf_chart_labels_whole (ctx, labels, n_labels, *size_out, bold, w, *lines_out))
        return widest;
    }
}

/* A number for an SVG attribute: C locale, to the thousandth of a pixel,
 * no trailing zeros ("12.5", "-3", never "12,500"). */
static void
svg_number (GString *out,
            double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *end;

  if (fabs (value) < 0.0005)
    value = 0.0;
  g_ascii_formatd (buffer, sizeof buffer, "%.3f", value);
  end = buffer + strlen (buffer);
  while (end > buffer && end[-1] == '0')
    *--end = '\0';
  if (end > buffer && end[-1] == '.')
    *--end = '\0';
  g_string_append (out, buffer);
}

static void
svg_attribute (GString    *out,
               const char *name,
               double      value,
               const char *unit)
{
  g_string_append_printf (out, " %s=\"", name);
  svg_number (out, value);
  g_string_append_printf (out, "%s\"", unit);
}

static guint8
colour_byte (double c)
{
  return (guint8) CLAMP (round (c * 255.0), 0.0, 255.0);
}

/* The text of a line of the layout as drawn: an ellipsis where Pango cut
 * it, without the space a wrapped line ends with (it has no width). */
static char *
line_text (PangoLayoutLine *line,
           const char      *text)
{
  GString *out = g_string_new (NULL);

  for (GSList *l = line->runs; l != NULL; l = l->next)
    {
      PangoGlyphItem *run = l->data;

      if (run->item->analysis.flags & PANGO_ANALYSIS_FLAG_IS_ELLIPSIS)
        g_string_append (out, "…");
      else
        g_string_append_len (out, text + run->item->offset, run->item->length);
    }
  while (out->len > 0 && g_ascii_isspace (out->str[out->len - 1]))
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

/* Puts a marker in cairo's output, where the SVG export will write the
 * next fragment of the record. Leaves the cairo state, the current path
 * included, as it was; the marker is never clipped, so that cairo writes
 * it outside every clip group. */
static void
record_marker (WfChartContext *ctx,
               char           *fragment)
{
  cairo_t *cr = ctx->cr;
  cairo_path_t *path = cairo_copy_path (cr);

  g_ptr_array_add (ctx->record->fragments, fragment);

  cairo_save (cr);
  cairo_reset_clip (cr);
  cairo_identity_matrix (cr);
  cairo_new_path (cr);
  cairo_set_source_rgb (cr, 0.2, 0.4, 0.6);
  cairo_rectangle (cr, 0, 0, 0.25, 0.125);
  cairo_fill (cr);
  cairo_restore (cr);

  cairo_new_path (cr);
  if (path->status == CAIRO_STATUS_SUCCESS)
    cairo_append_path (cr, path);
  cairo_path_destroy (path);
}

/* The <text> of the layout drawn with its top left corner at (@left,
 * @top): each line on the baseline Pango put it and anchored where @halign
 * says, so that an edited label stays aligned; a <tspan> a line when there
 * are several. */
static char *
text_element (WfChartContext *ctx,
              double          left,
              double          top,
              WfAlign         halign,
              double          size,
              gboolean        bold,
              const WfRgb    *colour)
{
  static const char *anchors[] = { "start", "middle", "end" };
  GString *out = g_string_new ("<text");
  g_autoptr(GString) lines = g_string_new (NULL);
  const char *text = pango_layout_get_text (ctx->text);
  PangoLayoutIter *iter = pango_layout_get_iter (ctx->text);
  gboolean several = pango_layout_get_line_count (ctx->text) > 1;
  cairo_matrix_t matrix;

  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      g_autofree char *content = line_text (line, text);
      g_autofree char *escaped = g_markup_escape_text (content, -1);
      PangoRectangle logical;
      double x, y;
      int drawn;

      /* The width of what is drawn: Pango pads the ellipsis of a cut line
       * to the width allowed, where a renderer of the <text> gives it its
       * own width. */
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      drawn = logical.width;
      for (GSList *l = line->runs; l != NULL; l = l->next)
        if (((PangoGlyphItem *) l->data)->item->analysis.flags & PANGO_ANALYSIS_FLAG_IS_ELLIPSIS)
          {
            g_autoptr(PangoLayout) alone = pango_layout_copy (ctx->text);

            pango_layout_set_width (alone, -1);
            pango_layout_set_ellipsize (alone, PANGO_ELLIPSIZE_NONE);
            pango_layout_set_text (alone, content, -1);
            pango_layout_get_extents (alone, NULL, &logical);
            drawn = logical.width;
            pango_layout_iter_get_line_extents (iter, NULL, &logical);
            break;
          }
      x = left + (double) logical.x / PANGO_SCALE;
      if (halign == WF_ALIGN_CENTER)
        x += (double) drawn / PANGO_SCALE / 2.0;
      else if (halign == WF_ALIGN_END)
        x += (double) drawn / PANGO_SCALE;
      y = top + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;

      if (several)
        {
          g_string_append (lines, "<tspan");
          svg_attribute (lines, "x", x, "");
          svg_attribute (lines, "y", y, "");
          g_string_append_printf (lines, ">%s</tspan>", escaped);
        }
      else
        {
          /* One line: its position is the <text>'s. */
          svg_attribute (out, "x", x, "");
          svg_attribute (out, "y", y, "");
          g_string_append (lines, escaped);
        }
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  cairo_get_matrix (ctx->cr, &matrix);
  if (matrix.xx != 1.0 || matrix.yx != 0.0 || matrix.xy != 0.0 || matrix.yy != 1.0 ||
      matrix.x0 != 0.0 || matrix.y0 != 0.0)
    {
      double m[] = { matrix.xx, matrix.yx, matrix.xy, matrix.yy, matrix.x0, matrix.y0 };

      g_string_append (out, " transform=\"matrix(");
      for (guint i = 0; i < G_N_ELEMENTS (m); i++)
        {
          if (i > 0)
            g_string_append_c (out, ' ');
          svg_number (out, m[i]);
        }
      g_string_append (out, ")\"");
    }
  g_string_append (out, " font-family=\"Cantarell, 'DejaVu Sans', sans-serif\"");
  svg_attribute (out, "font-size", wf_chart_text_px (ctx, size), "px");
  g_string_append_printf (out, " font-weight=\"%s\" fill=\"#%02x%02x%02x\" text-anchor=\"%s\""
                          " xml:space=\"preserve\">%s</text>",
                          bold ? "bold" : "normal",
                          colour_byte (colour->r), colour_byte (colour->g), colour_byte (colour->b),
                          anchors[CLAMP ((int) halign, 0, 2)], lines->str);
  return g_string_free (out, FALSE);
}

/* The text as the layout shows it, lines joined by "\n". */
static char *
shown_text (WfChartContext *ctx)
{
  const char *text = pango_layout_get_text (ctx->text);
  GString *out = g_string_new (NULL);

  for (GSList *l = pango_layout_get_lines_readonly (ctx->text); l != NULL; l = l->next)
    {
      g_autofree char *line = line_text (l->data, text);

      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, line);
    }
  return g_string_free (out, FALSE);
}

/* The one text helper: every text of every chart is drawn here. In the SVG
 * export (ctx->record) it draws no glyphs but records a <text>. */
static void
draw_text (WfChartContext *ctx,
           const char     *text,
           double          x,
           double          y,
           WfAlign         halign,
           WfAlign         valign,
           double          size,
           gboolean        bold,
           double          max_width,
           guint           lines,
           const WfRgb    *colour,
           WfChartRect    *box)
{
  double lx, ly, w, h;
  WfChartRect r;

  if (text == NULL || *text == '\0')
    return;

  prepare_layout (ctx, text, size, bold, max_width, lines, halign);
  logical_extents (ctx, &lx, &ly, &w, &h);

  if (halign == WF_ALIGN_CENTER)
    x -= w / 2.0;
  else if (halign == WF_ALIGN_END)
    x -= w;
  if (valign == WF_ALIGN_CENTER)
    y -= h / 2.0;
  else if (valign == WF_ALIGN_END)
    y -= h;

  /* Whatever the caller computed, a text never leaves the canvas. */
  x = CLAMP (x, 0.0, MAX (0.0, ctx->width - w));
  y = CLAMP (y, 0.0, MAX (0.0, ctx->height - h));

  if (colour == NULL)
    colour = &ctx->palette->foreground;
  wf_chart_set_colour (ctx, colour, 1.0);
  cairo_move_to (ctx->cr, x - lx, y - ly);
  if (ctx->record != NULL)
    record_marker (ctx, text_element (ctx, x - lx, y - ly, halign, size, bold, colour));
  else
    pango_cairo_show_layout (ctx->cr, ctx->text);

  r.x = x;
  r.y = y;
  r.width = w;
  r.height = h;
  if (ctx->layout != NULL)
    {
      double px = wf_chart_text_px (ctx, size);

      g_array_append_val (ctx->layout->text_boxes, r);
      g_array_append_val (ctx->layout->text_sizes, px);
      guint part = ctx->open_parts->len > 0 ? g_array_index (ctx->open_parts, guint, ctx->open_parts->len - 1)
                                            : G_MAXUINT;

      g_ptr_array_add (ctx->layout->texts, shown_text (ctx));
      g_array_append_val (ctx->layout->text_parts, part);
    }
  if (box != NULL)
    *box = r;
  restore_layout (ctx, lines);
}

void
wf_chart_text (WfChartContext *ctx,
               const char     *text,
               double          x,
               double          y,
               WfAlign         halign,
               WfAlign         valign,
               double          size,
               gboolean        bold,
               double          max_width,
               const WfRgb    *colour,
               WfChartRect    *box)
{
  draw_text (ctx, text, x, y, halign, valign, size, bold, max_width, 0, colour, box);
}

/* A label that must be read whole: on up to @lines lines of @max_width
 * (see wf_chart_fit_labels ()), each line aligned as @halign says. */
void
wf_chart_label (WfChartContext *ctx,
                const char     *text,
                double          x,
                double          y,
                WfAlign         halign,
                WfAlign         valign,
                double          size,
                gboolean        bold,
                double          max_width,
                guint           lines,
                const WfRgb    *colour,
                WfChartRect    *box)
{
  draw_text (ctx, text, x, y, halign, valign, size, bold, max_width, MAX (lines, 1), colour, box);
}

void
wf_chart_part_begin (WfChartContext *ctx,
                     const char     *format,
                     ...)
{
  g_autofree char *base = NULL;
  char *id;
  va_list args;

  ctx->part_depth++;
  if (ctx->record == NULL && ctx->layout == NULL)
    return;

  va_start (args, format);
  base = g_strdup_vprintf (format, args);
  va_end (args);

  /* Ids are unique in a document: the second "axis-x" is "axis-x-2". */
  id = g_strdup (base);
  for (guint n = 2; g_ptr_array_find_with_equal_func (ctx->part_ids, id, g_str_equal, NULL); n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", base, n);
    }
  g_ptr_array_add (ctx->part_ids, id);

  if (ctx->layout != NULL)
    {
      guint index = ctx->layout->parts->len;

      g_ptr_array_add (ctx->layout->parts, g_strdup (id));
      g_array_append_val (ctx->open_parts, index);
    }
  if (ctx->record != NULL)
    record_marker (ctx, g_strdup_printf ("<g id=\"%s\">", id));
}

void
wf_chart_part_end (WfChartContext *ctx)
{
  g_return_if_fail (ctx->part_depth > 0);

  ctx->part_depth--;
  if (ctx->layout != NULL && ctx->open_parts->len > 0)
    g_array_set_size (ctx->open_parts, ctx->open_parts->len - 1);
  if (ctx->record != NULL)
    record_marker (ctx, g_strdup ("</g>"));
}

static char *
wf_chart_replace_narrow_spaces (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, c == 0x202F ? 0x00A0 : c);
    }

  return g_string_free (out, FALSE);
}

char *
wf_chart_format_style (const WfChartStyle *style,
                       double              value,
                       int                 decimals)
{
  char *text;
  double rounded;

  decimals = CLAMP (decimals, 0, 6);
  rounded = round (value * pow (10, decimals)) / pow (10, decimals);
  if (rounded == 0.0)
    value = 0.0;  /* never "-0" */

  if (style != NULL && style->c_locale)
    {
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];
      char format[8];

      g_snprintf (format, sizeof format, "%%.%df", decimals);
      text = g_strdup (g_ascii_formatd (buffer, sizeof buffer, format, value));
    }
  else
    {
      g_autofree char *grouped = NULL;

      /* The ' flag groups thousands the way LC_NUMERIC says. French groups
       * with a narrow no-break space (U+202F), which the interface fonts
       * draw so thin that "4 000" reads "4000" at chart sizes: a no-break
       * space (U+00A0) keeps the groups visible and the number unbroken. */
      grouped = g_strdup_printf ("%'.*f", decimals, value);
      text = wf_chart_replace_narrow_spaces (grouped);
    }

  return text;
}

/* A number as a person reads it: in the locale (or C for @style's
 * c_locale), with a true minus sign (U+2212), which reads better than a
 * hyphen next to digits; with a "+" before a positive value when @sign. */
char *
wf_chart_number_text (const WfChartStyle *style,
                      double              value,
                      int                 decimals,
                      gboolean            sign)
{
  g_autofree char *text = wf_chart_format_style (style, value, decimals);

  if (text[0] == '-')
    return g_strconcat ("−", text + 1, NULL);
  /* Rounded to nothing, a difference has no sign. */
  if (sign && round (value * pow (10, CLAMP (decimals, 0, 6))) > 0.0)
    return g_strconcat ("+", text, NULL);
  return g_steal_pointer (&text);
}

/* "Agriculture, Women": a tooltip's two names, joined as the language
 * joins them. */
char *
wf_chart_tip_pair (const char *what,
                   const char *which)
{
  /* Translators: a chart's tooltip: what a bar or cell is (a sector, a
   * skill, a year), then which series it belongs to, e.g.
   * "Agriculture, Women" */
  return g_strdup_printf (C_("chart tooltip", "%s, %s"), what, which);
}

char *
wf_chart_format (WfChartContext *ctx,
                 double          value,
                 int             decimals)
{
  return wf_chart_number_text (ctx->style, value, decimals, FALSE);
}

void
wf_chart_axis_init (WfAxis   *axis,
                    double    min,
                    double    max,
                    guint     n_ticks,
                    gboolean  people)
{
  static const double nice[] = { 1.0, 2.0, 2.5, 5.0, 10.0 };
  double raw, magnitude, step = 1.0, maxabs, unit_step;

  if (!isfinite (min) || !isfinite (max))
    min = max = 0.0;
  if (max < min)
    {
      double t = min;
      min = max;
      max = t;
    }
  if (max - min < 1e-9)
    {
      double pad = MAX (fabs (max) * 0.1, 1.0);
      min -= pad;
      max += pad;
    }

  n_ticks = MAX (n_ticks, 2);
  raw = (max - min) / n_ticks;
  magnitude = pow (10.0, floor (log10 (raw)));
  for (guint i = 0; i < G_N_ELEMENTS (nice); i++)
    {
      step = nice[i] * magnitude;
      if (step >= raw * 0.999)
        break;
    }

  axis->step = step;
  axis->min = floor (min / step + 1e-9) * step;
  axis->max = ceil (max / step - 1e-9) * step;
  if (axis->max - axis->min < step)
    axis->max = axis->min + step;

  maxabs = MAX (fabs (axis->min), fabs (axis->max));
  axis->suffix = "";
  axis->divisor = 1.0;
  if (people)
    {
      /* Model values are thousands of people. */
      if (maxabs >= 1000.0)
        {
          axis->divisor = 1000.0;
          /* Translators: suffix of millions on chart axes, e.g. "3.5 M" */
          axis->suffix = C_("chart unit", " M");
        }
      else if (maxabs >= 1.0)
        {
          axis->divisor = 1.0;
          /* Translators: suffix of thousands on chart axes, e.g. "250 k" */
          axis->suffix = C_("chart unit", " k");
        }
      else
        {
          axis->divisor = 0.001;
        }
    }

  unit_step = step / axis->divisor;
  axis->decimals = 0;
  while (axis->decimals < 4)
    {
      double scaled = unit_step * pow (10, axis->decimals);

      if (fabs (scaled - round (scaled)) < 1e-6 * MAX (1.0, scaled))
        break;
      axis->decimals++;
    }
}

char *
wf_chart_axis_label (WfChartContext *ctx,
                     const WfAxis   *axis,
                     double          value)
{
  g_autofree char *number = wf_chart_format (ctx, value / axis->divisor, axis->decimals);

  return g_strconcat (number, axis->suffix, NULL);
}

static guint
axis_n_ticks (const WfAxis *axis)
{
  return (guint) floor ((axis->max - axis->min) / axis->step + 0.5) + 1;
}

double
wf_chart_axis_width (WfChartContext *ctx,
                     const WfAxis   *axis)
{
  double width = 0.0;
  guint n = axis_n_ticks (axis);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = wf_chart_axis_label (ctx, axis, axis->min + i * axis->step);

      width = MAX (width, wf_chart_measure (ctx, label, 0.85, FALSE, -1, NULL));
    }
  return width;
}

void
wf_chart_draw_value_axis (WfChartContext    *ctx,
                          const WfAxis      *axis,
                          const WfChartRect *plot,
                          gboolean           vertical)
{
  cairo_t *cr = ctx->cr;
  guint n = axis_n_ticks (axis);
  guint every = 1;
  double span = axis->max - axis->min;

  if (!vertical)
    {
      /* Skip labels until they no longer touch. */
      double widest = wf_chart_axis_width (ctx, axis) + ctx->gap;

      while (every < n && (double) n / every * widest > plot->width)
        every++;
    }

  cairo_save (cr);
  wf_chart_part_begin (ctx, "grid");
  for (guint i = 0; i < n; i++)
    {
      double v = axis->min + i * axis->step;
      double t = (v - axis->min) / span;
      gboolean zero = fabs (v) < axis->step * 1e-6;

      if (zero)
        {
          wf_chart_set_colour (ctx, &ctx->palette->foreground, 0.7);
          cairo_set_line_width (cr, MAX (1.0, ctx->line * 0.6));
        }
      else
        {
          wf_chart_set_colour (ctx, &ctx->palette->grid, 1.0);
          cairo_set_line_width (cr, MAX (0.5, ctx->line * 0.35));
        }
      cairo_set_dash (cr, NULL, 0, 0);

      if (vertical)
        {
          double y = plot->y + plot->height * (1.0 - t);

          cairo_move_to (cr, plot->x, y);
          cairo_line_to (cr, plot->x + plot->width, y);
          cairo_stroke (cr);
        }
      else
        {
          double x = plot->x + plot->width * t;

          cairo_move_to (cr, x, plot->y);
          cairo_line_to (cr, x, plot->y + plot->height);
          cairo_stroke (cr);
        }
    }
  wf_chart_part_end (ctx);

  wf_chart_part_begin (ctx, vertical ? "axis-y" : "axis-x");
  for (guint i = 0; i < n; i += every)
    {
      double v = axis->min + i * axis->step;
      double t = (v - axis->min) / span;
      g_autofree char *label = wf_chart_axis_label (ctx, axis, v);

      if (vertical)
        wf_chart_text (ctx, label, plot->x - ctx->gap * 0.6, plot->y + plot->height * (1.0 - t),
                       WF_ALIGN_END, WF_ALIGN_CENTER, 0.85, FALSE, -1,
                       &ctx->palette->muted, NULL);
      else
        wf_chart_text (ctx, label, plot->x + plot->width * t, plot->y + plot->height + ctx->gap * 0.4,
                       WF_ALIGN_CENTER, WF_ALIGN_START, 0.85, FALSE, -1,
                       &ctx->palette->muted, NULL);
    }
  wf_chart_part_end (ctx);
  cairo_restore (cr);
}

void
wf_chart_axis_title (WfChartContext *ctx,
                     const char     *title)
{
  double h = 0.0;

  wf_chart_measure (ctx, title, 0.85, FALSE, ctx->area.width, &h);
  wf_chart_part_begin (ctx, "axis-title");
  wf_chart_text (ctx, title, ctx->area.x, ctx->area.y, WF_ALIGN_START, WF_ALIGN_START,
                 0.85, FALSE, ctx->area.width, &ctx->palette->muted, NULL);
  wf_chart_part_end (ctx);
  ctx->area.y += h + ctx->gap * 0.5;
  ctx->area.height -= h + ctx->gap * 0.5;
}

void
wf_chart_draw_time_axis (WfChartContext    *ctx,
                         const WfChartRect *plot,
                         int                first_year,
                         guint              n_years)
{
  double widest;
  guint every = 1;
  static const guint steps[] = { 1, 2, 5, 10 };
  char label[16];

  g_snprintf (label, sizeof label, "%d", first_year + (int) n_years - 1);
  widest = wf_chart_measure (ctx, label, 0.85, FALSE, -1, NULL) + ctx->gap;

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      every = steps[i];
      if (n_years <= 1 || (double) (n_years - 1) / every * widest <= plot->width)
        break;
    }

  wf_chart_part_begin (ctx, "axis-x");
  for (guint i = 0; i < n_years; i++)
    {
      int year = first_year + (int) i;
      double x = n_years > 1 ? plot->x + plot->width * i / (n_years - 1) : plot->x + plot->width / 2;

      if (i != 0 && i != n_years - 1 && year % every != 0)
        continue;
      /* The last year is always labelled; drop its neighbour when close. */
      if (i != n_years - 1 && n_years > 1 &&
          (plot->x + plot->width - x) < widest && i != 0)
        continue;

      g_snprintf (label, sizeof label, "%d", year);
      wf_chart_text (ctx, label, x, plot->y + plot->height + ctx->gap * 0.4,
                     WF_ALIGN_CENTER, WF_ALIGN_START, 0.85, FALSE, -1,
                     &ctx->palette->muted, NULL);
    }
  wf_chart_part_end (ctx);
}

static void
legend_swatch (WfChartContext      *ctx,
               const WfLegendEntry *entry,
               double               x,
               double               y,
               double               size)
{
  cairo_t *cr = ctx->cr;

  cairo_save (cr);
  if (entry->swatch == WF_LEGEND_PATTERN)
    {
      /* Wider than a box, so that the pattern shows. */
      wf_chart_fill_pattern (ctx, &entry->colour, entry->dash, x, y + size * 0.1, size * 1.4, size * 0.8);
    }
  else if (entry->swatch == WF_LEGEND_BOX)
    {
      wf_chart_set_colour (ctx, &entry->colour, 1.0);
      cairo_rectangle (cr, x, y + size * 0.1, size, size * 0.8);
      cairo_fill (cr);
    }
  else if (entry->swatch == WF_LEGEND_OUTLINE)
    {
      double width = MAX (1.0, ctx->line * 0.6);

      wf_chart_set_colour (ctx, &entry->colour, 1.0);
      cairo_set_line_width (cr, width);
      cairo_rectangle (cr, x + width / 2, y + size * 0.1 + width / 2, size - width, size * 0.8 - width);
      cairo_stroke (cr);
      cairo_set_line_width (cr, MAX (1.5, ctx->line * 1.6));
      cairo_move_to (cr, x + size / 2, y + size * 0.1);
      cairo_line_to (cr, x + size / 2, y + size * 0.9);
      cairo_stroke (cr);
    }
  else
    {
      const double *pattern = dash_patterns[ABS (entry->dash) % (int) G_N_ELEMENTS (dash_patterns)];
      double width = MAX (1.0, ctx->line);
      double len = size * 1.6, period = 0.0;

      wf_chart_set_colour (ctx, &entry->colour, 1.0);
      wf_chart_set_dash (ctx, entry->dash, width);
      for (int i = 0; i < 4 && pattern[i] > 0; i++)
        period += pattern[i] * width;
      if (period > 0.0)
        {
          /* Whole periods and a last whole dash, stretched a little to the
           * swatch's length: a dash cut short at the end reads as a
           * marker (a dash and a small square at presentation sizes). */
          double k = MAX (1.0, round ((len - pattern[0] * width) / period));
          double f = len / (k * period + pattern[0] * width);
          double scaled[4];
          int n = 0;

          for (int i = 0; i < 4 && pattern[i] > 0; i++)
            scaled[n++] = pattern[i] * width * f;
          cairo_set_dash (cr, scaled, n, 0);
        }
      cairo_move_to (cr, x, y + size / 2);
      cairo_line_to (cr, x + len, y + size / 2);
      cairo_stroke (cr);
      wf_chart_marker (ctx, entry->marker, x + size * 0.8, y + size / 2, size * 0.55);
    }
  cairo_restore (cr);
}

/* Lays the entries out in rows above the plot (so they never cover data)
 * and takes their height from the free area. Returns that height. A long
 * entry (a scenario's name, a French series name) wraps onto a second
 * line rather than being cut; its row is as tall as its tallest entry. */
double
wf_chart_legend (WfChartContext      *ctx,
                 const WfLegendEntry *entries,
                 guint                n_entries)
{
  double size = ctx->compact ? 0.8 : 0.9;
  double swatch = ctx->font_px * size;
  double max_label = MAX (ctx->area.width * (ctx->compact ? 0.42 : 0.34), swatch * 4);
  guint lines = ctx->compact ? 1 : 2;
  g_autofree double *label_w = NULL;
  g_autofree double *label_h = NULL;
  double y, row_h, used;
  guint first = 0;

  if (n_entries == 0)
    return 0.0;

  label_w = g_new0 (double, n_entries);
  label_h = g_new0 (double, n_entries);
  y = ctx->area.y;
  wf_chart_measure (ctx, "Ag", size, FALSE, -1, &row_h);
  for (guint i = 0; i < n_entries; i++)
    {
      gboolean whole = TRUE;

      label_w[i] = wf_chart_label_measure (ctx, entries[i].label, size, FALSE, max_label, lines, &label_h[i],
                                           &whole);
      /* An entry too long for its share of a row (on one line on a small
       * canvas like the main window's chart at 1024 × 640, "Emplois
       * exigeant des compétences numériques, sans l’essor de l’IA") takes
       * up to a row of its own rather than being cut; only a thumbnail's
       * are cut. */
      if (!whole && ctx->width >= 320 && ctx->height >= 180)
        label_w[i] = wf_chart_label_measure (ctx, entries[i].label, size, FALSE,
                                             MAX (ctx->area.width - swatch * 1.6 - ctx->gap * 0.4, max_label),
                                             lines, &label_h[i], NULL);
    }

  wf_chart_part_begin (ctx, "legend");
  while (first < n_entries)
    {
      double x = ctx->area.x, tallest = row_h;
      guint end = first;

      /* The entries of this row, then each drawn on it. */
      for (; end < n_entries; end++)
        {
          const WfLegendEntry *e = &entries[end];
          double sw = e->swatch == WF_LEGEND_LINE ? swatch * 1.6
                    : e->swatch == WF_LEGEND_PATTERN ? swatch * 1.4 : swatch;
          double entry_w = sw + ctx->gap * 0.4 + label_w[end];

          if (end > first && x + entry_w > ctx->area.x + ctx->area.width)
            break;
          x += entry_w + ctx->gap * 1.2;
          tallest = MAX (tallest, label_h[end]);
        }

      x = ctx->area.x;
      for (guint i = first; i < end; i++)
        {
          const WfLegendEntry *e = &entries[i];
          double sw = e->swatch == WF_LEGEND_LINE ? swatch * 1.6
                    : e->swatch == WF_LEGEND_PATTERN ? swatch * 1.4 : swatch;

          legend_swatch (ctx, e, x, y + (row_h - swatch) / 2, swatch);
          wf_chart_label (ctx, e->label, x + sw + ctx->gap * 0.4, y, WF_ALIGN_START, WF_ALIGN_START,
                          size, FALSE, label_w[i] + 1, lines, &ctx->palette->foreground, NULL);
          x += sw + ctx->gap * 0.4 + label_w[i] + ctx->gap * 1.2;
        }
      first = end;
      y += tallest + ctx->gap * 0.25;
    }
  wf_chart_part_end (ctx);

  if (ctx->layout != NULL)
    ctx->layout->n_legend_entries += n_entries;

  used = y - ctx->gap * 0.25 - ctx->area.y + ctx->gap * 0.8;
  ctx->area.y += used;
  ctx->area.height -= used;
  return used;
}

/* A value as text in a unit: "203.4 million", "12.3 %", "+1.2 percentage
 * points", for tooltips and direct labels. */
char *
wf_chart_value_text (WfChartContext *ctx,
                     double          value,
                     WfMarkUnit      unit)
{
  g_autofree char *number = NULL;

  if (!isfinite (value))
    /* Translators: a chart's tooltip when a value is missing */
    return g_strdup (_("no data"));

  switch (unit)
    {
    case WF_MARK_PERCENT:
      number = wf_chart_format (ctx, value, 1);
      return g_strconcat (number, " %", NULL);
    case WF_MARK_POINTS:
      number = wf_chart_format (ctx, value, 1);
      /* Translators: a signed number of percentage points, e.g. "+1.2 percentage points" */
      return g_strdup_printf (_("%s%s percentage points"), value > 0 ? "+" : "", number);
    case WF_MARK_CHANGE:
      number = wf_chart_format (ctx, value, 1);
      return g_strconcat (value > 0 ? "+" : "", number, " %", NULL);
    case WF_MARK_PEOPLE:
    case WF_MARK_NONE:
    default:
      return wf_chart_people_count (ctx->style, value, WF_CHART_NOUN_NONE, FALSE);
    }
}

/* "Manufacturing, 2025: 203.4 million": a tooltip names the value. */
static char *
mark_label (WfChartContext *ctx,
            const char     *label,
            double          value)
{
  g_autofree char *text = NULL;

  if (label == NULL || ctx->mark_unit == WF_MARK_NONE)
    return g_strdup (label);

  text = wf_chart_value_text (ctx, value, ctx->mark_unit);
  /* Translators: a chart's tooltip: what a mark is, then its value */
  return g_strdup_printf (_("%s: %s"), label, text);
}

void
wf_chart_add_mark (WfChartContext *ctx,
                   double          x,
                   double          y,
                   double          w,
                   double          h,
                   int             series,
                   int             category,
                   double          value,
                   const char     *label)
{
  WfChartMark mark;

  if (ctx->layout == NULL)
    return;

  if (w < 0)
    {
      x += w;
      w = -w;
    }
  if (h < 0)
    {
      y += h;
      h = -h;
    }
  mark.rect.x = x;
  mark.rect.y = y;
  mark.rect.width = w;
  mark.rect.height = h;
  mark.series = series;
  mark.category = category;
  mark.value = value;
  mark.label = mark_label (ctx, label, value);
  g_array_append_val (ctx->layout->marks, mark);
  ctx->layout->n_bars++;
}

/* The frame of a chart of horizontal bars: labels on the left (@label_w
 * wide), values at both ends of the bars (@end_w each), the value axis
 * below (@label_h tall). Lays out the plot area and the axis for values from
 * @min to @max, shares in percent unless @people. */
void
wf_chart_bar_frame (WfChartContext *ctx,
                    double          label_w,
                    double          end_w,
                    double          label_h,
                    double          min,
                    double          max,
                    gboolean        people,
                    WfAxis         *axis,
                    WfChartRect    *plot)
{
  guint n_ticks = CLAMP ((guint) ((ctx->area.width - label_w - 2 * end_w) / (ctx->font_px * 7)), 2, 8);

  wf_chart_axis_init (axis, min, max, n_ticks, people);
  if (!people)
    axis->suffix = " %";

  plot->x = ctx->area.x + label_w + ctx->gap * 0.8 + end_w;
  plot->y = ctx->area.y;
  plot->width = MAX (ctx->area.x + ctx->area.width - end_w - plot->x, 1.0);
  plot->height = MAX (ctx->area.height - label_h - ctx->gap * 0.6, 1.0);
  if (ctx->layout != NULL)
    ctx->layout->plot = *plot;
}

/* The value axis and the time axis of a chart over the years: lays out the
 * plot area for values from @min to @max and draws both axes. */
void
wf_chart_time_frame (WfChartContext *ctx,
                     double          min,
                     double          max,
                     gboolean        people,
                     int             first_year,
                     guint           n_years,
                     WfAxis         *axis,
                     WfChartRect    *plot)
{
  double label_h, axis_w;
  guint n_ticks;

  wf_chart_measure (ctx, "2030", 0.85, FALSE, -1, &label_h);
  n_ticks = CLAMP ((guint) (ctx->area.height / (label_h * 2.5)), 2, 8);
  wf_chart_axis_init (axis, min, max, n_ticks, people);
  axis_w = wf_chart_axis_width (ctx, axis);

  plot->x = ctx->area.x + axis_w + ctx->gap * 0.8;
  plot->y = ctx->area.y + label_h / 2;
  plot->width = ctx->area.x + ctx->area.width - plot->x - wf_chart_measure (ctx, "2030", 0.85, FALSE, -1, NULL) / 2;
  plot->height = ctx->area.y + ctx->area.height - plot->y - label_h - ctx->gap * 0.4;
  plot->width = MAX (plot->width, 1.0);
  plot->height = MAX (plot->height, 1.0);
  if (ctx->layout != NULL)
    ctx->layout->plot = *plot;

  wf_chart_draw_value_axis (ctx, axis, plot, TRUE);
  wf_chart_draw_time_axis (ctx, plot, first_year, n_years);
}

void
wf_chart_draw_time_series (WfChartContext     *ctx,
                           const WfTimeSeries *series,
                           guint               n_series,
                           int                 first_year,
                           guint               n_years,
                           gboolean            people,
                           const char         *axis_title,
                           int                 fill_between_a,
                           int                 fill_between_b)
{
  cairo_t *cr = ctx->cr;
  g_autofree double *base = g_new0 (double, n_years);
  g_autofree double *top = g_new0 (double, n_years);
  double min = G_MAXDOUBLE, max = -G_MAXDOUBLE;
  gboolean any_stacked = FALSE;
  WfChartRect plot;
  WfAxis axis;

#define X_OF(i) (n_years > 1 ? plot.x + plot.width * (i) / (n_years - 1) : plot.x + plot.width / 2)
#define Y_OF(v) (plot.y + plot.height * (1.0 - ((v) - axis.min) / (axis.max - axis.min)))

  /* The range: stacked tops and every line. */
  for (guint s = 0; s < n_series; s++)
    {
      for (guint i = 0; i < n_years; i++)
        {
          double v = series[s].values[i];

          if (series[s].stacked)
            {
              any_stacked = TRUE;
              top[i] += v;
              v = top[i];
            }
          if (!isfinite (v))
            continue;
          min = MIN (min, v);
          max = MAX (max, v);
        }
    }
  if (min > max)
    min = max = 0.0;
  if (any_stacked)
    min = MIN (min, 0.0);
  else
    {
      double pad = (max - min) * 0.08;
      min -= pad;
      max += pad;
    }

  wf_chart_axis_title (ctx, axis_title);
  wf_chart_time_frame (ctx, min, max, people, first_year, n_years, &axis, &plot);

  cairo_save (cr);
  cairo_rectangle (cr, plot.x - ctx->line * 4, plot.y - ctx->line * 4,
                   plot.width + ctx->line * 8, plot.height + ctx->line * 8);
  cairo_clip (cr);

  /* Stacked areas first, from the axis up. */
  memset (base, 0, sizeof (double) * n_years);
  for (guint s = 0; s < n_series; s++)
    {
      if (!series[s].stacked)
        continue;

      wf_chart_part_begin (ctx, "series-%u", s + 1);
      cairo_new_path (cr);
      for (guint i = 0; i < n_years; i++)
        cairo_line_to (cr, X_OF (i), Y_OF (base[i] + series[s].values[i]));
      for (guint i = n_years; i-- > 0;)
        cairo_line_to (cr, X_OF (i), Y_OF (base[i]));
      cairo_close_path (cr);
      wf_chart_set_colour (ctx, &series[s].colour, 1.0);
      cairo_fill (cr);

      /* A thin line of background colour between bands. */
      for (guint i = 0; i < n_years; i++)
        cairo_line_to (cr, X_OF (i), Y_OF (base[i] + series[s].values[i]));
      wf_chart_set_colour (ctx, &ctx->palette->background, 1.0);
      cairo_set_line_width (cr, MAX (0.5, ctx->line * 0.4));
      cairo_stroke (cr);

      for (guint i = 0; i < n_years; i++)
        {
          double y0 = Y_OF (base[i]);
          double y1 = Y_OF (base[i] + series[s].values[i]);
          g_autofree char *tip = g_strdup_printf ("%s, %d", series[s].label, first_year + (int) i);

          wf_chart_add_mark (ctx, X_OF (i) - 2, y1, 4, y0 - y1, (int) s, (int) i,
                             series[s].values[i], tip);
          base[i] += series[s].values[i];
        }
      wf_chart_part_end (ctx);
    }

  if (fill_between_a >= 0 && fill_between_b >= 0)
    {
      const double *a = series[fill_between_a].values;
      const double *b = series[fill_between_b].values;

      wf_chart_part_begin (ctx, "band");
      cairo_new_path (cr);
      for (guint i = 0; i < n_years; i++)
        cairo_line_to (cr, X_OF (i), Y_OF (a[i]));
      for (guint i = n_years; i-- > 0;)
        cairo_line_to (cr, X_OF (i), Y_OF (b[i]));
      cairo_close_path (cr);
      if (ctx->style->high_contrast)
        {
          /* High contrast draws no pale fill: the band is hatched on the
           * background, between its two lines. */
          cairo_save (cr);
          cairo_clip (cr);
          wf_chart_fill_pattern (ctx, &ctx->palette->background, 1, plot.x, plot.y, plot.width, plot.height);
          cairo_restore (cr);
        }
      else
        {
          wf_chart_set_colour (ctx, &series[fill_between_a].colour, 0.18);
          cairo_fill (cr);
        }
      wf_chart_part_end (ctx);
    }

  /* Then the lines, each with its dash and marker. */
  for (guint s = 0; s < n_series; s++)
    {
      double width = series[s].thin ? ctx->line * 0.75 : ctx->line * 1.3;
      double marker = ctx->line * (ctx->compact ? 2.6 : 3.4);
      guint every = n_years > 16 ? (n_years + 7) / 8 : 1;

      if (series[s].stacked)
        continue;

      wf_chart_part_begin (ctx, "series-%u", s + 1);
      cairo_new_path (cr);
      for (guint i = 0; i < n_years; i++)
        cairo_line_to (cr, X_OF (i), Y_OF (series[s].values[i]));
      wf_chart_set_colour (ctx, &series[s].colour, 1.0);
      wf_chart_set_dash (ctx, series[s].dash, width);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke (cr);

      for (guint i = 0; i < n_years; i++)
        {
          double x = X_OF (i), y = Y_OF (series[s].values[i]);
          g_autofree char *tip = g_strdup_printf ("%s, %d", series[s].label, first_year + (int) i);

          if (i % every == 0 || i == n_years - 1)
            wf_chart_marker (ctx, series[s].marker, x, y, marker);
          wf_chart_add_mark (ctx, x - marker / 2, y - marker / 2, marker, marker,
                             (int) s, (int) i, series[s].values[i], tip);
        }
      wf_chart_part_end (ctx);
    }
  cairo_restore (cr);

  if (ctx->layout != NULL)
    ctx->layout->n_series += n_series;

#undef X_OF
#undef Y_OF
}
