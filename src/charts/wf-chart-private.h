/* wf-chart-private.h: what the chart kinds share
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "wf-chart.h"

G_BEGIN_DECLS

typedef struct
{
  double r, g, b;
} WfRgb;

#define WF_CHART_N_COLOURS 8

/* The smallest text a chart draws, in px at a text scale of 1, on any
 * canvas of 320 × 180 or more (docs/charts.md, "Craft"). */
#define WF_CHART_MIN_TEXT_PX 9.0

typedef struct
{
  WfRgb  background;
  WfRgb  foreground;
  WfRgb  muted;       /* secondary text, baseline lines */
  WfRgb  grid;
  WfRgb  series[WF_CHART_N_COLOURS];
  WfRgb  women;
  WfRgb  men;
  WfRgb  unknown;
  WfRgb  positive;    /* waterfall gains */
  WfRgb  negative;    /* waterfall losses */
  double line_width;  /* at font size 13 px */
  double font_factor;
} WfChartPalette;

typedef enum
{
  WF_ALIGN_START,
  WF_ALIGN_CENTER,
  WF_ALIGN_END,
} WfAlign;

typedef enum
{
  WF_LEGEND_BOX,
  WF_LEGEND_LINE,
  WF_LEGEND_PATTERN,  /* a box filled with the pattern numbered by dash */
  WF_LEGEND_OUTLINE,  /* an outlined box with a bar across its middle, no
                       * fill: a middle half and its median under high contrast */
} WfLegendSwatch;

typedef struct
{
  const char     *label;
  WfRgb           colour;
  WfLegendSwatch  swatch;
  int             dash;    /* index into the dash patterns (fill patterns for
                            * WF_LEGEND_PATTERN) */
  int             marker;  /* -1 for none */
} WfLegendEntry;

/* A value axis: ticks from min to max by step, labels divided by divisor
 * with a suffix (" k", " M", " %"). */
typedef struct
{
  double      min;
  double      max;
  double      step;
  double      divisor;
  int         decimals;
  const char *suffix;
} WfAxis;

/* What the value of a mark is, for the tooltip that names it. */
typedef enum
{
  WF_MARK_PEOPLE,   /* thousands of people: "203.4 million" */
  WF_MARK_PERCENT,  /* "12.3 %" */
  WF_MARK_POINTS,   /* percentage points, signed */
  WF_MARK_CHANGE,   /* per cent change, signed */
  WF_MARK_NONE,     /* the label already says it */
} WfMarkUnit;

/* What the SVG export writes itself: one XML fragment (a <text>, a
 * group's start or end tag) for each marker the drawing left in cairo's
 * output, in drawing order (wf-chart-draw.c, wf-chart-export.c). */
typedef struct
{
  GPtrArray *fragments;   /* (element-type utf8) */
} WfChartRecord;

typedef struct
{
  cairo_t              *cr;
  double                width;
  double                height;
  const WfChartStyle   *style;
  const WfChartData    *data;
  const WfChartPalette *palette;
  WfChartLayout        *layout;
  PangoLayout          *text;
  PangoFontDescription *font;
  double                font_px;   /* body text size in user units */
  double                min_px;    /* no text is drawn smaller (user units) */
  double                line;      /* line width in user units */
  gboolean              compact;   /* thumbnail: shorter texts, smaller gaps */
  double                gap;       /* spacing unit */
  guint                 year_index;/* horizon's index in the results */
  WfMarkUnit            mark_unit; /* how wf_chart_add_mark () writes values */
  /* Area still free for the plot, shrunk by the frame and the legend. */
  WfChartRect           area;
  /* SVG export: texts are recorded, not drawn (NULL: drawn). */
  WfChartRecord        *record;
  guint                 part_depth; /* parts begun and not ended */
  GPtrArray            *part_ids;   /* every part id given, for uniqueness */
  GArray               *open_parts; /* (element-type guint) the parts begun and
                                     * not ended, as indices in layout->parts */
} WfChartContext;

typedef void (*WfChartDrawFunc)  (WfChartContext     *ctx,
                                  const WfChartTable *table);
typedef WfChartTable *(*WfChartTableFunc) (const WfChartData *data,
                                           guint              year_index);

typedef struct
{
  const char        *id;
  const char        *title;       /* marked for translation */
  WfChartTableFunc   table;       /* NULL: reserved, not drawn yet */
  WfChartDrawFunc    draw;
  const WfTable     *sources;     /* the dataset tables the chart shows */
  guint              n_sources;
  WfChartNeeds       needs;
} WfChartKindInfo;

/* wf-chart.c: wf_chart_render () with a record for the SVG export. */
gboolean wf_chart_render_record (cairo_t            *cr,
                                 double              width,
                                 double              height,
                                 WfChartKind         kind,
                                 const WfChartStyle *style,
                                 const WfChartData  *data,
                                 WfChartLayout      *layout_out,
                                 WfChartRecord      *record,
                                 GError            **error);

/* The marker the SVG export looks for in cairo's output: a fill of this
 * colour over this rectangle at the device origin, which no chart draws. */
#define WF_CHART_MARKER_STYLE "fill:rgb(20%,40%,60%);fill-opacity:1;\" d=\"M 0 0 L 0.25 0 L 0.25 0.125 L 0 0.125 Z M 0 0 \"/>"

/* wf-chart-draw.c: text, numbers, axes, legends */

/* The parts of a chart: what is drawn between wf_chart_part_begin () and
 * wf_chart_part_end () is one <g id="…"> in the SVG export. @format is
 * printf-like ("series-%u"); ids are language-independent, and a repeated
 * one gets a suffix ("axis-x-2"). Parts nest; every begin has its end in
 * the same function. Nothing else changes: the cairo state is untouched. */
void     wf_chart_part_begin   (WfChartContext *ctx,
                                const char     *format,
                                ...) G_GNUC_PRINTF (2, 3);
void     wf_chart_part_end     (WfChartContext *ctx);

double   wf_chart_text_px      (WfChartContext *ctx,
                                double          size);
double   wf_chart_measure      (WfChartContext *ctx,
                                const char     *text,
                                double          size,
                                gboolean        bold,
                                double          max_width,
                                double         *height);
void     wf_chart_text         (WfChartContext *ctx,
                                const char     *text,
                                double          x,
                                double          y,
                                WfAlign         halign,
                                WfAlign         valign,
                                double          size,
                                gboolean        bold,
                                double          max_width,
                                const WfRgb    *colour,
                                WfChartRect    *box);
/* Labels that must be read whole (issue 16): wrapped onto two lines. */
double   wf_chart_label_measure (WfChartContext *ctx,
                                const char     *text,
                                double          size,
                                gboolean        bold,
                                double          max_width,
                                guint           lines,
                                double         *height,
                                gboolean       *whole);
double   wf_chart_fit_labels   (WfChartContext     *ctx,
                                const char * const *labels,
                                guint               n_labels,
                                double              size,
                                double              min_size,
                                gboolean            bold,
                                double              max_width,
                                double              row_h,
                                double             *size_out,
                                guint              *lines_out);
double   wf_chart_fit_labels_wider (WfChartContext     *ctx,
                                    const char * const *labels,
                                    guint               n_labels,
                                    double              size,
                                    double              min_size,
                                    gboolean            bold,
                                    double              max_width,
                                    double              wider_width,
                                    double              row_h,
                                    double             *size_out,
                                    guint              *lines_out);
double   wf_chart_fit_labels_lines (WfChartContext     *ctx,
                                    const char * const *labels,
                                    guint               n_labels,
                                    double              size,
                                    double              min_size,
                                    gboolean            bold,
                                    double              max_width,
                                    double              row_h,
                                    guint               max_lines,
                                    double             *size_out,
                                    guint              *lines_out);
double   wf_chart_fit_labels_wider_lines (WfChartContext     *ctx,
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
                                          guint              *lines_out);
gboolean wf_chart_labels_whole (WfChartContext     *ctx,
                                const char * const *labels,
                                guint               n_labels,
                                double              size,
                                gboolean            bold,
                                double              max_width,
                                guint               lines);
void     wf_chart_label        (WfChartContext *ctx,
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
                                WfChartRect    *box);
void     wf_chart_set_colour   (WfChartContext *ctx,
                                const WfRgb    *colour,
                                double          alpha);
void     wf_chart_set_dash     (WfChartContext *ctx,
                                int             dash,
                                double          width);
void     wf_chart_fill_pattern (WfChartContext *ctx,
                                const WfRgb    *colour,
                                int             pattern,
                                double          x,
                                double          y,
                                double          w,
                                double          h);
void     wf_chart_marker       (WfChartContext *ctx,
                                int             marker,
                                double          x,
                                double          y,
                                double          size);
char    *wf_chart_format       (WfChartContext *ctx,
                                double          value,
                                int             decimals);
char    *wf_chart_tip_pair     (const char         *what,
                                const char         *which);
char    *wf_chart_number_text  (const WfChartStyle *style,
                                double              value,
                                int                 decimals,
                                gboolean            sign);
void     wf_chart_bar_frame    (WfChartContext *ctx,
                                double          label_w,
                                double          end_w,
                                double          label_h,
                                double          min,
                                double          max,
                                gboolean        people,
                                WfAxis         *axis,
                                WfChartRect    *plot);
void     wf_chart_time_frame   (WfChartContext *ctx,
                                double          min,
                                double          max,
                                gboolean        people,
                                int             first_year,
                                guint           n_years,
                                WfAxis         *axis,
                                WfChartRect    *plot);
void     wf_chart_axis_init    (WfAxis         *axis,
                                double          min,
                                double          max,
                                guint           n_ticks,
                                gboolean        people);
char    *wf_chart_axis_label   (WfChartContext *ctx,
                                const WfAxis   *axis,
                                double          value);
double   wf_chart_axis_width   (WfChartContext *ctx,
                                const WfAxis   *axis);
void     wf_chart_draw_value_axis (WfChartContext *ctx,
                                const WfAxis   *axis,
                                const WfChartRect *plot,
                                gboolean        vertical);
double   wf_chart_legend       (WfChartContext *ctx,
                                const WfLegendEntry *entries,
                                guint           n_entries);
void     wf_chart_add_mark     (WfChartContext *ctx,
                                double          x,
                                double          y,
                                double          w,
                                double          h,
                                int             series,
                                int             category,
                                double          value,
                                const char     *label);
void     wf_chart_axis_title   (WfChartContext *ctx,
                                const char     *title);
void     wf_chart_draw_time_axis (WfChartContext *ctx,
                                const WfChartRect *plot,
                                int             first_year,
                                guint           n_years);
char    *wf_chart_value_text   (WfChartContext *ctx,
                                double          value,
                                WfMarkUnit      unit);
WfRgb    wf_chart_mix          (const WfRgb    *a,
                                const WfRgb    *b,
                                double          t);
double   wf_chart_luminance    (const WfRgb    *c);

/* wf-chart-table.c */
WfChartTable *wf_chart_table_new (const char  *title,
                                  const char  *unit,
                                  guint        n_keys,
                                  guint        n_values);
void      wf_chart_table_set_column (WfChartTable *table,
                                     guint         column,
                                     const char   *name);
WfChartRow *wf_chart_table_add_row  (WfChartTable *table);

/* Values of the lens: a sex, or women minus men for the gap. */
double   wf_chart_lens_value   (const WfChartData *data,
                                const WfResults   *results,
                                WfRun              run,
                                WfOutput           output,
                                guint              year_index,
                                int                sector);
double   wf_chart_lens_cumulative (const WfChartData *data,
                                const WfResults   *results,
                                WfRun              run,
                                WfOutput           output,
                                guint              year_index,
                                int                sector);
const char *wf_chart_lens_label (WfLens lens);
const char *wf_chart_sector_label (const WfChartData *data);

/* The name of the scenario @data->results[@i] (never NULL). */
const char *wf_chart_scenario_name (const WfChartData *data,
                                guint              i);
/* The marker and dash pattern of compared scenario @i (1 and above), the
 * same in every chart, so that colour is never the only tell. */
int      wf_chart_compared_marker (guint           i);
int      wf_chart_compared_dash (guint             i);

/* @style (nullable) formats its numbers as the chart's ("1,000 runs", or
 * "1000 runs" in the C locale). */
char    *wf_chart_subtitle     (WfChartKind         kind,
                                const WfChartData  *data,
                                const WfChartStyle *style,
                                guint               year_index);
guint    wf_chart_horizon_index (const WfChartData *data);
char    *wf_chart_people_text  (double             thousands);
double  *wf_chart_table_column (const WfChartTable *table,
                                guint              value_column);

/* The chart kinds, one file each. */
WfChartTable *wf_chart_employment_table (const WfChartData *data, guint year_index);
void          wf_chart_employment_draw  (WfChartContext *ctx, const WfChartTable *table);
WfChartTable *wf_chart_waterfall_table  (const WfChartData *data, guint year_index);
void          wf_chart_waterfall_draw   (WfChartContext *ctx, const WfChartTable *table);
WfChartTable *wf_chart_flows_table      (const WfChartData *data, guint year_index);
void          wf_chart_flows_draw       (WfChartContext *ctx, const WfChartTable *table);
WfChartTable *wf_chart_butterfly_table  (const WfChartData *data, guint year_index);
void          wf_chart_butterfly_draw   (WfChartContext *ctx, const WfChartTable *table);
WfChartTable *wf_chart_exposure_table   (const WfChartData *data, guint year_index);
void          wf_chart_exposure_draw    (WfChartContext *ctx, const WfChartTable *table);
WfChartTable *wf_chart_skills_table     (const WfChartData *data, guint year_index);
void          wf_chart_skills_draw      (WfChartContext *ctx, const WfChartTable *table);
WfChartTable *wf_chart_digital_table    (const WfChartData *data, guint year_index);
void          wf_chart_digital_draw     (WfChartContext *ctx, const WfChartTable *table);
WfChartTable *wf_chart_compare_table    (const WfChartData *data, guint year_index);
void          wf_chart_compare_draw     (WfChartContext *ctx, const WfChartTable *table);
WfChartTable *wf_chart_fan_table        (const WfChartData *data, guint year_index);
void          wf_chart_fan_draw         (WfChartContext *ctx, const WfChartTable *table);
WfChartTable *wf_chart_tornado_table    (const WfChartData *data, guint year_index);
void          wf_chart_tornado_draw     (WfChartContext *ctx, const WfChartTable *table);
WfChartTable *wf_chart_attribution_table (const WfChartData *data, guint year_index);
void          wf_chart_attribution_draw (WfChartContext *ctx, const WfChartTable *table);
WfChartTable *wf_chart_workshop_table   (const WfChartData *data, guint year_index);
void          wf_chart_workshop_draw    (WfChartContext *ctx, const WfChartTable *table);

/* Metrics (wf-metric.h) as the uncertainty charts show them: thousands of
 * people on a "k"/"M" axis, or shares as per cent. */
gboolean wf_chart_metric_is_people (WfMetric           metric);
char    *wf_chart_metric_text  (const WfChartStyle *style,
                                WfMetric           metric,
                                double             value,
                                gboolean           sign);

/* Shared by the charts of yearly series (employment, digital, compare). */
typedef struct
{
  const char *label;
  const double *values;   /* n_years values */
  WfRgb       colour;
  int         dash;
  int         marker;     /* -1 none */
  gboolean    stacked;    /* filled area on top of the previous stacked one */
  gboolean    thin;
} WfTimeSeries;

void     wf_chart_draw_time_series (WfChartContext     *ctx,
                                    const WfTimeSeries *series,
                                    guint               n_series,
                                    int                 first_year,
                                    guint               n_years,
                                    gboolean            people,
                                    const char         *axis_title,
                                    int                 fill_between_a,
                                    int                 fill_between_b);

G_END_DECLS
