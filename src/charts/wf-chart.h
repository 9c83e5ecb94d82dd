/* wf-chart.h: the charts, drawn on any cairo_t at any size
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "wf-attribution.h"
#include "wf-dataset.h"
#include "wf-document.h"
#include "wf-ensemble.h"
#include "wf-metric.h"
#include "wf-results.h"
#include "wf-sensitivity.h"

G_BEGIN_DECLS

#define WF_CHART_ERROR (wf_chart_error_quark ())

typedef enum
{
  WF_CHART_ERROR_INVALID_DATA = 1,
  WF_CHART_ERROR_INVALID_SIZE,
  WF_CHART_ERROR_CAIRO,
  WF_CHART_ERROR_WRITE,
} WfChartError;

GQuark wf_chart_error_quark (void);

/* The chart kinds. The string ids are stable (files, command line, settings);
 * files and settings store ids, never these numbers, so a kind may be
 * inserted where it belongs in the chart picker. */
typedef enum
{
  WF_CHART_EMPLOYMENT,   /* "employment": employment by sector over time */
  WF_CHART_WATERFALL,    /* "waterfall": base year to horizon, by flow */
  WF_CHART_FLOWS,        /* "flows": where displaced workers go */
  WF_CHART_BUTTERFLY,    /* "butterfly": women and men by sector */
  WF_CHART_EXPOSURE,     /* "exposure": sector x gradient heatmap, by sex */
  WF_CHART_SKILLS,       /* "skills": skill demand change by category */
  WF_CHART_DIGITAL,      /* "digital": digital requirement vs workforce */
  WF_CHART_COMPARE,      /* "compare": several scenarios on the same axes */
  WF_CHART_FAN,          /* "fan": percentiles of an ensemble over time */
  WF_CHART_TORNADO,      /* "tornado": levers ranked by the swing of a metric */
  WF_CHART_ATTRIBUTION,  /* "attribution": the per-lever split of a difference */
  WF_CHART_WORKSHOP,     /* "workshop": every scenario's levers and outcomes side by side */
  WF_N_CHART_KINDS
} WfChartKind;

/* What a chart kind needs besides the projections of its scenarios: a field
 * of its entry in the kinds table, queried with wf_chart_kind_get_needs ()
 * so that nothing else names the kinds. */
typedef enum
{
  WF_CHART_NEEDS_NOTHING     = 0,
  WF_CHART_NEEDS_ENSEMBLE    = 1 << 0,  /* an ensemble of runs (percentiles) */
  WF_CHART_NEEDS_TORNADO     = 1 << 1,  /* each lever's swing of the metric */
  WF_CHART_NEEDS_ATTRIBUTION = 1 << 2,  /* each lever's share of a difference */
  WF_CHART_NEEDS_METRIC      = 1 << 3,  /* explains the view's outcome metric */
  WF_CHART_NEEDS_COMPARISON  = 1 << 4,  /* several scenarios: every other one when none is chosen */
  WF_CHART_NEEDS_DIFFERENCE  = 1 << 5,  /* can show differences from the baseline */
  WF_CHART_NEEDS_COMPARED    = 1 << 6,  /* draws the scenarios chosen for comparison
                                         * beside the current one (none by default) */
  WF_CHART_NEEDS_EVERY_SCENARIO = 1 << 7,  /* every scenario of the document, any number;
                                            * a click on one's dot makes it current */
} WfChartNeeds;

typedef enum
{
  WF_CHART_THEME_LIGHT,
  WF_CHART_THEME_DARK,
  /* Large type, thick lines, black on white: projectors wash out dark
   * backgrounds in a lit room. */
  WF_CHART_THEME_PRESENTATION,
  WF_N_CHART_THEMES
} WfChartTheme;

typedef enum
{
  WF_CHART_FORMAT_SVG,
  WF_CHART_FORMAT_PNG,
  WF_CHART_FORMAT_PDF,
  WF_CHART_FORMAT_CSV,
  WF_N_CHART_FORMATS
} WfChartFormat;

typedef struct
{
  WfChartTheme theme;
  double       font_scale;  /* 1.0 = the size chosen for the canvas */
  gboolean     c_locale;    /* numbers as "1234.5" instead of the user's locale */
  double       scale;       /* device pixels per unit, for HiDPI (1.0 = none) */
  /* The system's high contrast: black or white text and axes, stronger
   * colours and thicker lines (the presentation theme is high contrast
   * already). */
  gboolean     high_contrast;
} WfChartStyle;

#define WF_CHART_MAX_SCENARIOS 8

/* What a chart shows. Plain data: the chart only reads it. */
typedef struct
{
  const WfDataset *dataset;
  /* results[0] is the current scenario, the others are compared with it. */
  const WfResults *results[WF_CHART_MAX_SCENARIOS];
  const char      *names[WF_CHART_MAX_SCENARIOS];
  guint            n_scenarios;
  WfLens           lens;
  int              sector;      /* index into dataset->sectors, or -1 for all */
  gboolean         difference;  /* compare: differences from the no-AI baseline */
  int              horizon;     /* last year shown; 0 = the results' horizon */

  /* The uncertainty charts. Each is computed apart from the projection
   * (it takes many runs): while it is NULL the chart draws a "Computing…"
   * message rather than failing, and its table is an error. */
  const WfEnsemble    *ensemble;     /* fan */
  const WfTornado     *tornado;      /* tornado */
  const WfAttribution *attribution;  /* attribution */
  WfOutput         output;      /* fan: the output drawn (default employment) */
  WfEnsembleScope  scope;       /* fan: difference from the baseline (default) or the level */
  WfMetric         metric;      /* what tornado and attribution explain, for their
                                 * computation; the charts read it from the results */

  /* The charts that show every scenario (WF_CHART_NEEDS_EVERY_SCENARIO):
   * all of the document's, in its order, with their projections (while
   * every_results is NULL the chart draws "Computing…"); every_current is
   * the current one's index in them. */
  const WfScenario * const *every_scenario;
  const WfResults  * const *every_results;
  guint            n_every;
  guint            every_current;
  /* Predict, then reveal: the model's outcomes are hidden (predictions
   * only) until the presenter reveals them. */
  gboolean         conceal_outcomes;
} WfChartData;

typedef struct
{
  double x, y, width, height;
} WfChartRect;

/* One drawn mark (bar, cell, point), for hover and for the tests. */
typedef struct
{
  WfChartRect  rect;
  int          series;
  int          category;
  double       value;
  char        *label;  /* what a tooltip says */
} WfChartMark;

/* What a render drew. */
typedef struct
{
  guint   n_series;
  guint   n_bars;          /* bars, cells or points, whatever the kind draws */
  guint   n_legend_entries;
  GArray *text_boxes;      /* (element-type WfChartRect) every text's logical box */
  GArray *marks;           /* (element-type WfChartMark) */
  WfChartRect plot;        /* the plot area */
  GPtrArray *texts;        /* (element-type utf8) every text as drawn (ellipsis
                            * included, lines joined by "\n"), in drawing order */
  GPtrArray *parts;        /* (element-type utf8) the ids of the chart's parts,
                            * made unique ("axis-x-2"), in drawing order: the
                            * SVG export's <g id="…"> (docs/charts.md) */
  GArray *text_parts;      /* (element-type guint) for each of texts, the index
                            * in parts of the innermost part it is drawn in
                            * (G_MAXUINT: none), for the tests */
  GArray *text_sizes;      /* (element-type double) for each of texts, its
                            * font size in user units (px) */
} WfChartLayout;

/* The numbers behind a chart: key columns (text) then value columns. */
typedef struct
{
  char  *title;
  char  *summary;       /* a sentence or two for screen readers and <desc> */
  char  *unit;          /* unit of the value columns */
  guint  n_keys;
  guint  n_values;
  char **columns;       /* n_keys + n_values headers */
  GPtrArray *rows;      /* of WfChartRow */
} WfChartTable;

typedef struct
{
  char   **keys;        /* n_keys strings */
  double  *values;      /* n_values numbers (NAN = none) */
} WfChartRow;

/* Releases the default Pango font map and its caches: call once at the end
 * of a program that drew charts (the CLI, the tests), so that leak checkers
 * see only real leaks. */
void          wf_chart_shutdown          (void);

/* Kinds */
const char   *wf_chart_kind_to_id        (WfChartKind          kind);
gboolean      wf_chart_kind_from_id      (const char          *id,
                                          WfChartKind         *out);
const char   *wf_chart_kind_get_title    (WfChartKind          kind);
WfChartNeeds  wf_chart_kind_get_needs    (WfChartKind          kind);

const char   *wf_chart_theme_to_id       (WfChartTheme         theme);
gboolean      wf_chart_theme_from_id     (const char          *id,
                                          WfChartTheme        *out);
const char   *wf_chart_format_to_id      (WfChartFormat        format);
gboolean      wf_chart_format_from_id    (const char          *id,
                                          WfChartFormat       *out);

void          wf_chart_style_init        (WfChartStyle        *style);
/* A number as the charts write it: for the locale (thousands grouped with
 * a visible space), or the C locale when @style says so; never "-0". */
char         *wf_chart_format_style      (const WfChartStyle  *style,
                                          double               value,
                                          int                  decimals);
/* What a count of people is of, for wf_chart_people_count (). */
typedef enum
{
  WF_CHART_NOUN_NONE,
  WF_CHART_NOUN_WOMEN,
  WF_CHART_NOUN_MEN,
  WF_CHART_NOUN_WORKERS,
  WF_CHART_NOUN_JOBS
} WfChartNoun;

char         *wf_chart_people_count      (const WfChartStyle  *style,
                                          double               thousands,
                                          WfChartNoun          noun,
                                          gboolean             sign);
/* A headline figure: "44.4 million", "+44.4 million", "850 thousand", in
 * the user's locale; @thousands in thousands of people, as the model
 * counts. The headline cards and the brief write their figures with it. */
char         *wf_chart_people_figure     (double               thousands,
                                          gboolean             signed_);
void          wf_chart_data_init         (WfChartData         *data);

/* Layout */
WfChartLayout *wf_chart_layout_new       (void);
void           wf_chart_layout_free      (WfChartLayout       *layout);
void           wf_chart_layout_clear     (WfChartLayout       *layout);

/* Draws @kind on @cr in the rectangle (0, 0, @width, @height) of user space.
 * Fills @layout_out (may be NULL) with what was drawn. */
gboolean      wf_chart_render            (cairo_t             *cr,
                                          double               width,
                                          double               height,
                                          WfChartKind          kind,
                                          const WfChartStyle  *style,
                                          const WfChartData   *data,
                                          WfChartLayout       *layout_out,
                                          GError             **error);

/* The scenario whose dot is under (@x, @y) in what a render of a chart
 * that shows every scenario drew (@layout), or -1 for none. */
int           wf_chart_layout_find_scenario (const WfChartLayout *layout,
                                          WfChartKind          kind,
                                          double               x,
                                          double               y);

/* Tables */
WfChartTable *wf_chart_get_table         (WfChartKind          kind,
                                          const WfChartData   *data,
                                          GError             **error);
void          wf_chart_table_free        (WfChartTable        *table);
char         *wf_chart_table_to_csv      (const WfChartTable  *table);

/* Export. Width and height are in CSS pixels (points for PDF); @scale
 * multiplies the PNG's pixels for HiDPI and is ignored by vector formats. */
GBytes       *wf_chart_export_bytes      (WfChartFormat        format,
                                          double               width,
                                          double               height,
                                          double               scale,
                                          WfChartKind          kind,
                                          const WfChartStyle  *style,
                                          const WfChartData   *data,
                                          GError             **error);
gboolean      wf_chart_export            (WfChartFormat        format,
                                          const char          *path,
                                          double               width,
                                          double               height,
                                          double               scale,
                                          WfChartKind          kind,
                                          const WfChartStyle  *style,
                                          const WfChartData   *data,
                                          GError             **error);
gboolean      wf_chart_export_svg        (const char          *path,
                                          double               width,
                                          double               height,
                                          WfChartKind          kind,
                                          const WfChartStyle  *style,
                                          const WfChartData   *data,
                                          GError             **error);
gboolean      wf_chart_export_png        (const char          *path,
                                          double               width,
                                          double               height,
                                          double               scale,
                                          WfChartKind          kind,
                                          const WfChartStyle  *style,
                                          const WfChartData   *data,
                                          GError             **error);
gboolean      wf_chart_export_pdf        (const char          *path,
                                          double               width,
                                          double               height,
                                          WfChartKind          kind,
                                          const WfChartStyle  *style,
                                          const WfChartData   *data,
                                          GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WfChartLayout, wf_chart_layout_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WfChartTable, wf_chart_table_free)

G_END_DECLS
