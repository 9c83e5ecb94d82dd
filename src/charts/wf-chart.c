/* wf-chart.c: the kinds of chart, the frame every chart shares, render
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
#include "wf-id.h"

G_DEFINE_QUARK (wf-chart-error-quark, wf_chart_error)

static const WfTable employment_sources[] = {
  WF_TABLE_EMPLOYMENT, WF_TABLE_TREND_GROWTH, WF_TABLE_EXPOSURE,
};
static const WfTable waterfall_sources[] = {
  WF_TABLE_EMPLOYMENT, WF_TABLE_TREND_GROWTH, WF_TABLE_EXPOSURE, WF_TABLE_ELASTICITY,
};
static const WfTable flows_sources[] = {
  WF_TABLE_EMPLOYMENT, WF_TABLE_EXPOSURE, WF_TABLE_LABOUR_MARKET, WF_TABLE_LABOUR_FORCE,
};
static const WfTable butterfly_sources[] = {
  WF_TABLE_EMPLOYMENT, WF_TABLE_EXPOSURE,
};
static const WfTable exposure_sources[] = {
  WF_TABLE_EXPOSURE,
};
static const WfTable skills_sources[] = {
  WF_TABLE_SKILL_INTENSITY, WF_TABLE_SKILL_SHIFT,
};
static const WfTable digital_sources[] = {
  WF_TABLE_DIGITAL_REQUIREMENT, WF_TABLE_DIGITAL_WORKFORCE,
};

#define SOURCES(a) a, G_N_ELEMENTS (a)

/* One entry per kind, in the order of WfChartKind. A new chart is one entry
 * here and one table and draw function; its needs say what the session
 * computes for it (see HACKING.md). */
static const WfChartKindInfo kinds[WF_N_CHART_KINDS] = {
  { "employment", N_("Employment by sector"),
    wf_chart_employment_table, wf_chart_employment_draw, SOURCES (employment_sources),
    WF_CHART_NEEDS_COMPARED },
  { "waterfall", N_("Jobs from the base year to the horizon"),
    wf_chart_waterfall_table, wf_chart_waterfall_draw, SOURCES (waterfall_sources),
    WF_CHART_NEEDS_NOTHING },
  { "flows", N_("Where displaced workers go"),
    wf_chart_flows_table, wf_chart_flows_draw, SOURCES (flows_sources),
    WF_CHART_NEEDS_NOTHING },
  { "butterfly", N_("Women and men by sector"),
    wf_chart_butterfly_table, wf_chart_butterfly_draw, SOURCES (butterfly_sources),
    WF_CHART_NEEDS_COMPARED },
  { "exposure", N_("Exposure to generative AI"),
    wf_chart_exposure_table, wf_chart_exposure_draw, SOURCES (exposure_sources),
    WF_CHART_NEEDS_NOTHING },
  { "skills", N_("Change in skill demand"),
    wf_chart_skills_table, wf_chart_skills_draw, SOURCES (skills_sources),
    WF_CHART_NEEDS_COMPARED },
  { "digital", N_("Digital skills: jobs and workers"),
    wf_chart_digital_table, wf_chart_digital_draw, SOURCES (digital_sources),
    WF_CHART_NEEDS_COMPARED },
  { "compare", N_("Scenarios compared"),
    wf_chart_compare_table, wf_chart_compare_draw, SOURCES (employment_sources),
    WF_CHART_NEEDS_COMPARISON | WF_CHART_NEEDS_DIFFERENCE },
  { "fan", N_("Uncertainty fan"),
    wf_chart_fan_table, wf_chart_fan_draw, SOURCES (employment_sources),
    WF_CHART_NEEDS_ENSEMBLE | WF_CHART_NEEDS_COMPARED },
  { "tornado", N_("Sensitivity to each lever"),
    wf_chart_tornado_table, wf_chart_tornado_draw, SOURCES (employment_sources),
    WF_CHART_NEEDS_TORNADO | WF_CHART_NEEDS_METRIC },
  { "attribution", N_("Why is this different?"),
    wf_chart_attribution_table, wf_chart_attribution_draw, SOURCES (employment_sources),
    WF_CHART_NEEDS_ATTRIBUTION | WF_CHART_NEEDS_METRIC },
  { "workshop", N_("Workshop: every scenario side by side"),
    wf_chart_workshop_table, wf_chart_workshop_draw, SOURCES (employment_sources),
    WF_CHART_NEEDS_EVERY_SCENARIO },
};

static const char * const theme_ids[WF_N_CHART_THEMES] = { "light", "dark", "presentation" };
static const char * const format_ids[WF_N_CHART_FORMATS] = { "svg", "png", "pdf", "csv" };

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0 }

/* Okabe & Ito (2008), the colour-blind-safe palette; black is replaced by
 * grey, which the charts keep for "other" and "unknown". */
static const WfChartPalette palettes[WF_N_CHART_THEMES] = {
  [WF_CHART_THEME_LIGHT] = {
    RGB (0xffffff), RGB (0x1c1c1c), RGB (0x5c5c5c), RGB (0xe2e2e2),
    { RGB (0x0072b2), RGB (0xe69f00), RGB (0x009e73), RGB (0xd55e00),
      RGB (0x56b4e9), RGB (0xcc79a7), RGB (0xf0e442), RGB (0x999999) },
    RGB (0xe69f00), RGB (0x0072b2), RGB (0x999999), RGB (0x009e73), RGB (0xd55e00),
    1.6, 1.0,
  },
  [WF_CHART_THEME_DARK] = {
    RGB (0x1e1e1e), RGB (0xf2f2f2), RGB (0xb4b4b4), RGB (0x3c3c3c),
    { RGB (0x56b4e9), RGB (0xe69f00), RGB (0x009e73), RGB (0xd55e00),
      RGB (0xf0e442), RGB (0xcc79a7), RGB (0x0072b2), RGB (0x8c8c8c) },
    RGB (0xe69f00), RGB (0x56b4e9), RGB (0x8c8c8c), RGB (0x1fb58a), RGB (0xe8703a),
    1.6, 1.0,
  },
  [WF_CHART_THEME_PRESENTATION] = {
    RGB (0xffffff), RGB (0x000000), RGB (0x2a2a2a), RGB (0xbdbdbd),
    { RGB (0x0072b2), RGB (0xe69f00), RGB (0x009e73), RGB (0xd55e00),
      RGB (0x56b4e9), RGB (0xcc79a7), RGB (0xf0e442), RGB (0x7a7a7a) },
    RGB (0xe69f00), RGB (0x0072b2), RGB (0x7a7a7a), RGB (0x009e73), RGB (0xd55e00),
    2.6, 1.6,
  },
};

/* High contrast (the system setting): pure black on white or white on black,
 * a visible grid, darker (on light) or brighter (on dark) variants of the
 * same hues, so that series keep their identity, and lines a third
 * thicker. */
static const WfChartPalette high_contrast_palettes[2] = {
  [WF_CHART_THEME_LIGHT] = {
    RGB (0xffffff), RGB (0x000000), RGB (0x000000), RGB (0x767676),
    { RGB (0x005b8f), RGB (0xa86a00), RGB (0x006e52), RGB (0xa63f00),
      RGB (0x1f6fa6), RGB (0x9c3f7a), RGB (0x7a6f00), RGB (0x595959) },
    RGB (0xa86a00), RGB (0x005b8f), RGB (0x595959), RGB (0x006e52), RGB (0xa63f00),
    2.2, 1.0,
  },
  [WF_CHART_THEME_DARK] = {
    RGB (0x000000), RGB (0xffffff), RGB (0xffffff), RGB (0x9a9a9a),
    { RGB (0x7cc8ff), RGB (0xffb833), RGB (0x2fd6a0), RGB (0xff7a3d),
      RGB (0xfff04d), RGB (0xeba2d6), RGB (0x4da3e0), RGB (0xc8c8c8) },
    RGB (0xffb833), RGB (0x7cc8ff), RGB (0xc8c8c8), RGB (0x2fd6a0), RGB (0xff7a3d),
    2.2, 1.0,
  },
};

void
wf_chart_shutdown (void)
{
  /* Not FcFini (): Pango 1.50 sorts fonts in a worker thread that may still
   * be inside fontconfig, and finalising under it crashes. */
  pango_cairo_font_map_set_default (NULL);
}

/* fontconfig keeps its caches until exit and stores pointers as offsets,
 * which LeakSanitizer cannot follow: it reports them as leaks of every
 * program that draws text. This hook (weak in the sanitizer runtime, unused
 * without it) tells LeakSanitizer to ignore them, so real leaks stand out. */
const char *__lsan_default_suppressions (void);

const char *
__lsan_default_suppressions (void)
{
  return "leak:libfontconfig.so\n";
}

const char *
wf_chart_kind_to_id (WfChartKind kind)
{
  g_return_val_if_fail (kind < WF_N_CHART_KINDS, NULL);
  return kinds[kind].id;
}

gboolean
wf_chart_kind_from_id (const char  *id,
                       WfChartKind *out)
{
  int i = WF_ID_FIND (id, kinds, WfChartKindInfo, id);

  if (i < 0)
    return FALSE;
  *out = i;
  return TRUE;
}

const char *
wf_chart_kind_get_title (WfChartKind kind)
{
  g_return_val_if_fail (kind < WF_N_CHART_KINDS, NULL);
  return _(kinds[kind].title);
}

WfChartNeeds
wf_chart_kind_get_needs (WfChartKind kind)
{
  g_return_val_if_fail (kind < WF_N_CHART_KINDS, WF_CHART_NEEDS_NOTHING);
  return kinds[kind].needs;
}

const char *
wf_chart_theme_to_id (WfChartTheme theme)
{
  g_return_val_if_fail (theme < WF_N_CHART_THEMES, NULL);
  return theme_ids[theme];
}

gboolean
wf_chart_theme_from_id (const char   *id,
                        WfChartTheme *out)
{
  int i = WF_ID_FIND_IN_STRV (id, theme_ids);

  if (i < 0)
    return FALSE;
  *out = i;
  return TRUE;
}

const char *
wf_chart_format_to_id (WfChartFormat format)
{
  g_return_val_if_fail (format < WF_N_CHART_FORMATS, NULL);
  return format_ids[format];
}

gboolean
wf_chart_format_from_id (const char    *id,
                         WfChartFormat *out)
{
  int i = WF_ID_FIND_IN_STRV (id, format_ids);

  if (i < 0)
    return FALSE;
  *out = i;
  return TRUE;
}

void
wf_chart_style_init (WfChartStyle *style)
{
  g_return_if_fail (style != NULL);

  memset (style, 0, sizeof *style);
  style->theme = WF_CHART_THEME_LIGHT;
  style->font_scale = 1.0;
  style->c_locale = FALSE;
  style->scale = 1.0;
}

void
wf_chart_data_init (WfChartData *data)
{
  g_return_if_fail (data != NULL);

  memset (data, 0, sizeof *data);
  data->lens = WF_LENS_TOTAL;
  data->sector = -1;
  data->output = WF_OUTPUT_EMPLOYMENT;
  data->scope = WF_ENSEMBLE_SCOPE_DIFFERENCE;
  data->metric = WF_METRIC_NET_JOBS;
}

static void
mark_clear (gpointer data)
{
  WfChartMark *mark = data;

  g_clear_pointer (&mark->label, g_free);
}

WfChartLayout *
wf_chart_layout_new (void)
{
  WfChartLayout *layout = g_new0 (WfChartLayout, 1);

  layout->text_boxes = g_array_new (FALSE, TRUE, sizeof (WfChartRect));
  layout->text_sizes = g_array_new (FALSE, TRUE, sizeof (double));
  layout->marks = g_array_new (FALSE, TRUE, sizeof (WfChartMark));
  g_array_set_clear_func (layout->marks, mark_clear);
  layout->texts = g_ptr_array_new_with_free_func (g_free);
  layout->parts = g_ptr_array_new_with_free_func (g_free);
  layout->text_parts = g_array_new (FALSE, FALSE, sizeof (guint));
  return layout;
}

void
wf_chart_layout_clear (WfChartLayout *layout)
{
  g_return_if_fail (layout != NULL);

  layout->n_series = 0;
  layout->n_bars = 0;
  layout->n_legend_entries = 0;
  g_array_set_size (layout->text_boxes, 0);
  g_array_set_size (layout->text_sizes, 0);
  g_array_set_size (layout->marks, 0);
  g_ptr_array_set_size (layout->texts, 0);
  g_ptr_array_set_size (layout->parts, 0);
  g_array_set_size (layout->text_parts, 0);
  memset (&layout->plot, 0, sizeof layout->plot);
}

void
wf_chart_layout_free (WfChartLayout *layout)
{
  if (layout == NULL)
    return;

  g_array_unref (layout->text_boxes);
  g_array_unref (layout->text_sizes);
  g_array_unref (layout->marks);
  g_ptr_array_unref (layout->texts);
  g_ptr_array_unref (layout->parts);
  g_array_unref (layout->text_parts);
  g_free (layout);
}

static gboolean
check_data (WfChartKind         kind,
            const WfChartData  *data,
            GError            **error)
{
  if (kind >= WF_N_CHART_KINDS)
    {
      g_set_error (error, WF_CHART_ERROR, WF_CHART_ERROR_INVALID_DATA,
                   /* Translators: %d is an internal number: a program error, not a user's */
                   _("Unknown chart kind %d"), (int) kind);
      return FALSE;
    }
  if (kinds[kind].draw == NULL)
    {
      g_set_error (error, WF_CHART_ERROR, WF_CHART_ERROR_INVALID_DATA,
                   /* Translators: %s is a chart's identifier, e.g. “tornado” */
                   _("The chart “%s” is not available in this version"), kinds[kind].id);
      return FALSE;
    }
  if (data == NULL || data->dataset == NULL || data->n_scenarios == 0 ||
      data->n_scenarios > WF_CHART_MAX_SCENARIOS)
    {
      g_set_error (error, WF_CHART_ERROR, WF_CHART_ERROR_INVALID_DATA,
                   /* Translators: %d is the most scenarios a chart shows */
                   _("A chart needs a dataset and between 1 and %d scenarios"),
                   WF_CHART_MAX_SCENARIOS);
      return FALSE;
    }
  for (guint i = 0; i < data->n_scenarios; i++)
    {
      const WfResults *r = data->results[i];

      if (r == NULL || r->n_sectors != data->dataset->n_sectors ||
          r->n_skills != data->dataset->n_skills || r->base_year != data->results[0]->base_year)
        {
          g_set_error (error, WF_CHART_ERROR, WF_CHART_ERROR_INVALID_DATA,
                       /* Translators: %u is the scenario's number in the chart, from 1 */
                       _("The results of scenario %u do not match the dataset"), i + 1);
          return FALSE;
        }
    }
  if (data->sector < -1 || data->sector >= (int) data->dataset->n_sectors)
    {
      g_set_error (error, WF_CHART_ERROR, WF_CHART_ERROR_INVALID_DATA,
                   /* Translators: %d is the number of a sector */
                   _("There is no sector number %d in the dataset"), data->sector);
      return FALSE;
    }
  if ((guint) data->lens >= WF_N_LENSES)
    {
      g_set_error (error, WF_CHART_ERROR, WF_CHART_ERROR_INVALID_DATA,
                   /* Translators: %d is an internal number: a program error, not a user's */
                   _("Unknown gender lens %d"), (int) data->lens);
      return FALSE;
    }
  return TRUE;
}

/* Whether the computed input the kind needs (its needs in the kinds table)
 * is there and fits the dataset and the view; the other kinds need none. */
static gboolean
has_input (WfChartKind        kind,
           const WfChartData *data)
{
  WfChartNeeds needs;
  const WfEnsemble *e = data->ensemble;

  g_assert (kind < WF_N_CHART_KINDS);
  needs = kinds[kind].needs;
  if ((needs & WF_CHART_NEEDS_ENSEMBLE) &&
      !(e != NULL && e->n_sectors == data->dataset->n_sectors &&
        e->base_year == data->results[0]->base_year && e->n_years > 0 &&
        (guint) data->output < WF_N_OUTPUTS && (guint) data->scope < WF_N_ENSEMBLE_SCOPES &&
        wf_ensemble_has_output (e, data->output) &&
        (data->sector < 0 || e->by_sector)))
    return FALSE;
  if ((needs & WF_CHART_NEEDS_TORNADO) && data->tornado == NULL)
    return FALSE;
  if ((needs & WF_CHART_NEEDS_ATTRIBUTION) && data->attribution == NULL)
    return FALSE;
  if ((needs & WF_CHART_NEEDS_EVERY_SCENARIO) &&
      !(data->every_scenario != NULL && data->every_results != NULL && data->n_every > 0 &&
        data->every_current < data->n_every))
    return FALSE;
  if (needs & WF_CHART_NEEDS_EVERY_SCENARIO)
    for (guint i = 0; i < data->n_every; i++)
      {
        const WfResults *r = data->every_results[i];

        if (r == NULL || r->n_sectors != data->dataset->n_sectors || r->base_year != data->results[0]->base_year)
          return FALSE;
      }
  return TRUE;
}

static const char *
missing_input_text (WfChartKind kind)
{
  WfChartNeeds needs;

  g_assert (kind < WF_N_CHART_KINDS);
  needs = kinds[kind].needs;

  if (needs & WF_CHART_NEEDS_ENSEMBLE)
    return _("The ensemble of runs has not been computed for this scenario");
  if (needs & WF_CHART_NEEDS_TORNADO)
    return _("The swing of each lever has not been computed for this scenario");
  if (needs & WF_CHART_NEEDS_ATTRIBUTION)
    return _("The contribution of each lever has not been computed for this scenario");
  if (needs & WF_CHART_NEEDS_EVERY_SCENARIO)
    return _("The scenarios have not all been projected yet");
  return "";
}

/* While the input is being computed: a message where the plot will be. */
static void
draw_computing (WfChartContext *ctx,
                WfChartKind     kind)
{
  double cx = ctx->area.x + ctx->area.width / 2;
  double cy = ctx->area.y + ctx->area.height / 2;
  double h = 0.0;

  wf_chart_measure (ctx, "Ag", 1.2, TRUE, -1, &h);
  wf_chart_part_begin (ctx, "message");
  /* Translators: shown in place of a chart while its runs are computed */
  wf_chart_text (ctx, _("Computing…"), cx, cy - h * 0.1, WF_ALIGN_CENTER, WF_ALIGN_END, 1.2, TRUE,
                 ctx->area.width, &ctx->palette->foreground, NULL);
  pango_layout_set_wrap (ctx->text, PANGO_WRAP_WORD);
  pango_layout_set_height (ctx->text, -2);
  pango_layout_set_alignment (ctx->text, PANGO_ALIGN_CENTER);
  wf_chart_text (ctx, missing_input_text (kind), cx, cy + h * 0.1, WF_ALIGN_CENTER, WF_ALIGN_START,
                 0.95, FALSE, ctx->area.width, &ctx->palette->muted, NULL);
  pango_layout_set_alignment (ctx->text, PANGO_ALIGN_LEFT);
  pango_layout_set_height (ctx->text, -1);
  wf_chart_part_end (ctx);
}

guint
wf_chart_horizon_index (const WfChartData *data)
{
  const WfResults *r = data->results[0];
  guint n_years = r->n_years;

  for (guint i = 1; i < data->n_scenarios; i++)
    n_years = MIN (n_years, data->results[i]->n_years);

  if (data->horizon > r->base_year)
    return MIN ((guint) (data->horizon - r->base_year), n_years - 1);
  return n_years - 1;
}

/**
 * wf_chart_get_table:
 * @kind: the chart
 * @data: what it shows
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the numbers behind the chart, or %NULL
 */
WfChartTable *
wf_chart_get_table (WfChartKind         kind,
                    const WfChartData  *data,
                    GError            **error)
{
  if (!check_data (kind, data, error))
    return NULL;
  if (!has_input (kind, data))
    {
      g_set_error_literal (error, WF_CHART_ERROR, WF_CHART_ERROR_INVALID_DATA,
                           missing_input_text (kind));
      return NULL;
    }

  return kinds[kind].table (data, wf_chart_horizon_index (data));
}

/* "Gmyrek P. et al. (2025). Generative AI ..." -> "Gmyrek P. et al. (2025)";
 * "ITU Facts and Figures 2024 (internet use ...)" -> "ITU Facts and Figures 2024". */
/* An author's initials stay with the surname, and "et al." together: a
 * no-break space (U+00A0) before an initial ("Gmyrek P.", "Berg J.") and
 * in "et al.", so that a footnote wrapped onto two lines never splits a
 * name ("Gmyrek / P."). Takes @text. */
static char *
keep_names_together (char *text)
{
  GString *out = g_string_sized_new (strlen (text) + 8);

  for (const char *p = text; *p != '\0'; p++)
    {
      gboolean initial = p[0] == ' ' && g_ascii_isupper (p[1]) && p[2] == '.';
      gboolean et_al = p[0] == ' ' && p > text + 1 && p[-2] == 'e' && p[-1] == 't' &&
                       g_str_has_prefix (p + 1, "al.");

      if (initial || et_al)
        g_string_append (out, "\u00a0");
      else
        g_string_append_c (out, *p);
    }
  g_free (text);
  return g_string_free (out, FALSE);
}

static char *
short_citation (const char *citation)
{
  const char *paren = strchr (citation, '(');
  g_autofree char *text = NULL;

  if (paren != NULL && g_ascii_isdigit (paren[1]) && g_ascii_isdigit (paren[2]) &&
      g_ascii_isdigit (paren[3]) && g_ascii_isdigit (paren[4]) && paren[5] == ')')
    text = g_strndup (citation, paren + 6 - citation);
  else if (paren != NULL)
    text = g_strndup (citation, paren - citation);
  else
    text = g_strdup (citation);

  g_strstrip (text);
  if (g_utf8_strlen (text, -1) > 80)
    {
      /* Cut at the last word that fits, never inside one
       * ("agricultural empl…"). */
      char *end = g_utf8_offset_to_pointer (text, 79);
      char *space = end;

      while (space > text && *space != ' ')
        space--;
      if (space > text)
        end = space;
      while (end > text && (end[-1] == ',' || end[-1] == ';' || end[-1] == ':' || end[-1] == ' '))
        end--;
      *end = '\0';
      return keep_names_together (g_strconcat (text, "…", NULL));
    }
  return keep_names_together (g_steal_pointer (&text));
}

static char *
footnote_text (const WfChartKindInfo *info,
               const WfDataset       *dataset,
               gboolean               compact)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);

  if (compact)
    {
      /* Translators: short footnote of a small chart: dataset title, app and version */
      g_string_printf (out, _("Source: %s · %s %s"), wf_dataset_get_display_title (dataset),
                       PACKAGE_NAME, PACKAGE_VERSION);
      return g_string_free (out, FALSE);
    }

  /* Translators: start of a chart's footnote, followed by the dataset's title */
  g_string_printf (out, _("Sources: %s"), wf_dataset_get_display_title (dataset));
  /* Translators: between the dataset's title and the list of its sources in
   * a chart's footnote ("Sources: World, 2023: ILO …"); French puts a
   * no-break space before the colon */
  g_string_append (out, C_("chart footnote", ": "));
  for (guint i = 0; i < info->n_sources; i++)
    {
      const WfSource *source = &dataset->sources[info->sources[i]];
      const char *citation = wf_dataset_get_display_citation (dataset, info->sources[i]);
      g_autofree char *cite = NULL;
      gboolean dup = FALSE;

      if (citation == NULL)
        continue;
      cite = short_citation (citation);
      for (guint j = 0; j < seen->len; j++)
        dup |= g_str_equal (g_ptr_array_index (seen, j), cite);
      if (dup)
        continue;
      if (seen->len > 0)
        /* Translators: separates the items of a list, here the sources of
         * a chart's footnote; French writes " ; " with a no-break space
         * before the semicolon */
        g_string_append (out, C_("list separator", "; "));
      g_string_append_printf (out, "%s [%s]", cite, wf_provenance_to_tag (source->provenance));
      g_ptr_array_add (seen, g_steal_pointer (&cite));
    }
  g_string_append_printf (out, " · %s %s", PACKAGE_NAME, PACKAGE_VERSION);
  return g_string_free (out, FALSE);
}

/* The subtitle names the scenario(s), the years, the lens and the sectors. */
const char *
wf_chart_scenario_name (const WfChartData *data,
                        guint              i)
{
  g_assert (i < data->n_scenarios);
  return data->names[i] != NULL ? data->names[i] : _("Untitled scenario");
}

/* Compared scenarios: triangles, diamonds, … (the current one has circles
 * and squares) on dash-dot, long and short dashes. */
int
wf_chart_compared_marker (guint i)
{
  return 2 + (int) ((i - 1) % 3);
}

int
wf_chart_compared_dash (guint i)
{
  return 3 + (int) ((i - 1) % 3);
}

static char *
subtitle_text (WfChartKind         kind,
               const WfChartData  *data,
               const WfChartStyle *style,
               guint               year_index,
               gboolean            method);

char *
wf_chart_subtitle (WfChartKind         kind,
                   const WfChartData  *data,
                   const WfChartStyle *style,
                   guint               year_index)
{
  return subtitle_text (kind, data, style, year_index, TRUE);
}

/* @method: with the tornado's and the attribution's note of how they were
 * made ("each lever at its low and high, the others as set"). */
static char *
subtitle_text (WfChartKind         kind,
               const WfChartData  *data,
               const WfChartStyle *style,
               guint               year_index,
               gboolean            method)
{
  GString *out = g_string_new (NULL);
  const WfResults *r = data->results[0];
  guint n_names = (kinds[kind].needs & (WF_CHART_NEEDS_COMPARISON | WF_CHART_NEEDS_COMPARED)) ? data->n_scenarios : 1;
  double unknown;

  for (guint i = 0; i < n_names; i++)
    {
      if (i > 0)
        /* Translators: separates scenario names in a chart's subtitle */
        g_string_append (out, _(" vs "));
      g_string_append (out, data->names[i] ? data->names[i] : _("Untitled scenario"));
    }

  /* The workshop shows every scenario: their number, the year and the
   * current one, which it highlights. */
  if (kinds[kind].needs & WF_CHART_NEEDS_EVERY_SCENARIO)
    {
      g_string_truncate (out, 0);
      g_string_append_printf (out,
                              /* Translators: in a chart's subtitle, e.g. "20 scenarios · 2030 ·
                               * highlighted: Ana’s scenario" */
                              g_dngettext (GETTEXT_PACKAGE, "%u scenario · %d · highlighted: %s",
                                           "%u scenarios · %d · highlighted: %s", data->n_every),
                              data->n_every, r->base_year + (int) year_index,
                              data->names[0] ? data->names[0] : _("Untitled scenario"));
      return g_string_free (out, FALSE);
    }

  /* The tornado and the attribution explain one number at the horizon:
   * their subtitle names it instead of a lens and sectors. */
  if (kind == WF_CHART_TORNADO || kind == WF_CHART_ATTRIBUTION)
    {
      WfMetric metric = kind == WF_CHART_TORNADO
                        ? (data->tornado ? data->tornado->metric : data->metric)
                        : (data->attribution ? data->attribution->metric : data->metric);

      g_string_append_printf (out, " · %d · %s", r->base_year + (int) year_index,
                              wf_metric_to_string (metric));
      if (!method)
        return g_string_free (out, FALSE);
      if (kind == WF_CHART_TORNADO)
        /* Translators: in a chart's subtitle, how the tornado was made */
        g_string_append_printf (out, " · %s", _("each lever at its low and high, the others as set"));
      else
        /* Translators: in a chart's subtitle; the reference is the levers' defaults */
        g_string_append_printf (out, " · %s", _("from every lever at its default (Current trends)"));
      return g_string_free (out, FALSE);
    }

  if (kind == WF_CHART_EXPOSURE || kind == WF_CHART_BUTTERFLY)
    g_string_append_printf (out, " · %d", r->base_year + (int) year_index);
  else
    g_string_append_printf (out, " · %d–%d", r->base_year, r->base_year + (int) year_index);

  g_string_append_printf (out, " · %s", wf_chart_lens_label (data->lens));
  if (kind == WF_CHART_SKILLS)
    /* Translators: skill demand is projected for the whole economy only */
    g_string_append_printf (out, " · %s", _("all sectors (skills are projected economy-wide)"));
  else
    g_string_append_printf (out, " · %s", wf_chart_sector_label (data));

  /* Employment of unknown sex is never split: say how much the women/men
   * views leave out. */
  unknown = wf_dataset_total_employment (data->dataset, WF_SEX_UNKNOWN);
  if (data->sector >= 0)
    unknown = data->dataset->sectors[data->sector].employment[WF_SEX_UNKNOWN];
  if (unknown > 0.0 && data->lens != WF_LENS_TOTAL && kind != WF_CHART_BUTTERFLY &&
      kind != WF_CHART_EXPOSURE)
    {
      g_autofree char *workers = wf_chart_people_count (style, unknown, WF_CHART_NOUN_WORKERS, FALSE);

      g_string_append_printf (out, " · ");
      /* Translators: in a chart's subtitle; %s is a count of workers, e.g.
       * "12.3 thousand workers" */
      g_string_append_printf (out, _("sex unknown for %s, not shown"), workers);
    }

  if (kind == WF_CHART_FAN && data->ensemble != NULL)
    {
      /* Grouped as the chart's other numbers are ("1,000", "1 000"), or
       * not at all with the C locale. */
      g_autofree char *runs = wf_chart_format_style (style, data->ensemble->n_runs, 0);
      g_autofree char *seed = g_strdup_printf ("%" G_GUINT64_FORMAT, data->ensemble->seed);

      g_string_append (out, " · ");
      /* Translators: in a chart's subtitle: a number of runs and a seed,
       * e.g. "1,000 runs, seed 20300101" */
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%s run, seed %s", "%s runs, seed %s",
                                                data->ensemble->n_runs),
                              runs, seed);
    }

  return g_string_free (out, FALSE);
}

static void
draw_frame (WfChartContext        *ctx,
            WfChartKind            kind,
            const WfChartTable    *table)
{
  const WfChartKindInfo *info = &kinds[kind];
  double margin = ctx->compact ? ctx->gap : ctx->gap * 1.6;
  double inner = ctx->width - 2 * margin;
  g_autofree char *subtitle = wf_chart_subtitle (kind, ctx->data, ctx->style, ctx->year_index);
  g_autofree char *footnote = footnote_text (info, ctx->data->dataset, ctx->compact);
  WfChartRect box;
  double foot_h = 0.0;

  ctx->area.x = margin;
  ctx->area.y = margin;
  ctx->area.width = inner;
  ctx->area.height = ctx->height - 2 * margin;

  wf_chart_part_begin (ctx, "title");
  wf_chart_text (ctx, _(info->title), margin, margin, WF_ALIGN_START, WF_ALIGN_START,
                 1.4, TRUE, inner, NULL, &box);
  ctx->area.y = box.y + box.height + ctx->gap * 0.2;

  /* The subtitle and the footnote wrap onto a second line when wide enough
   * to be read (the subtitle on every canvas but a thumbnail: it names what
   * the chart shows), and are cut with an ellipsis rather than overlap.
   * On a small canvas the tornado's and the attribution's rows of levers
   * need that line: their subtitle keeps to one, without its note of how
   * they were made where the whole does not fit (the SVG's title, the
   * documentation and the legend give it). */
  pango_layout_set_wrap (ctx->text, PANGO_WRAP_WORD);
  if (ctx->compact && (kind == WF_CHART_TORNADO || kind == WF_CHART_ATTRIBUTION))
    {
      pango_layout_set_height (ctx->text, -1);
      wf_chart_measure (ctx, subtitle, 0.95, FALSE, inner, NULL);
      if (pango_layout_is_ellipsized (ctx->text))
        {
          g_free (subtitle);
          subtitle = subtitle_text (kind, ctx->data, ctx->style, ctx->year_index, FALSE);
        }
    }
  else
    pango_layout_set_height (ctx->text, ctx->width < 320 || ctx->height < 180 ? -1 : -2);
  wf_chart_text (ctx, subtitle, margin, ctx->area.y, WF_ALIGN_START, WF_ALIGN_START,
                 0.95, FALSE, inner, &ctx->palette->muted, &box);
  wf_chart_part_end (ctx);
  ctx->area.y = box.y + box.height + ctx->gap * (ctx->compact ? 0.5 : 1.0);

  pango_layout_set_height (ctx->text, ctx->compact ? -1 : -2);
  wf_chart_measure (ctx, footnote, 0.8, FALSE, inner, &foot_h);
  wf_chart_part_begin (ctx, "footnote");
  wf_chart_text (ctx, footnote, margin, ctx->height - margin - foot_h, WF_ALIGN_START,
                 WF_ALIGN_START, 0.8, FALSE, inner, &ctx->palette->muted, &box);
  wf_chart_part_end (ctx);
  pango_layout_set_height (ctx->text, -1);

  ctx->area.height = box.y - ctx->gap * (ctx->compact ? 0.5 : 1.0) - ctx->area.y;
  ctx->area.height = MAX (ctx->area.height, 1.0);
}

/**
 * wf_chart_render:
 * @cr: where to draw
 * @width: width of the chart in user units
 * @height: height of the chart in user units
 * @kind: the chart
 * @style: (nullable): theme and number format, or %NULL for the defaults
 * @data: what to show
 * @layout_out: (nullable): filled with what was drawn
 * @error: return location for a #GError
 *
 * Draws one chart in (0, 0, @width, @height). The same call fills the
 * application's widget, the exports and the tests.
 *
 * Returns: %TRUE on success
 */
gboolean
wf_chart_render (cairo_t             *cr,
                 double               width,
                 double               height,
                 WfChartKind          kind,
                 const WfChartStyle  *style,
                 const WfChartData   *data,
                 WfChartLayout       *layout_out,
                 GError             **error)
{
  return wf_chart_render_record (cr, width, height, kind, style, data, layout_out, NULL, error);
}

/* wf_chart_render (), with the texts recorded in @record (if not NULL)
 * instead of drawn: the SVG export. */
gboolean
wf_chart_render_record (cairo_t            *cr,
                        double              width,
                        double              height,
                        WfChartKind         kind,
                        const WfChartStyle *style,
                        const WfChartData  *data,
                        WfChartLayout      *layout_out,
                        WfChartRecord      *record,
                        GError            **error)
{
  WfChartStyle default_style;
  WfChartContext ctx = { 0 };
  g_autoptr(WfChartTable) table = NULL;
  cairo_font_options_t *options;
  double ratio, floor_px;
  cairo_status_t status;

  g_return_val_if_fail (cr != NULL, FALSE);

  if (!isfinite (width) || !isfinite (height) || width < 1 || height < 1 ||
      width > 100000 || height > 100000)
    {
      g_set_error (error, WF_CHART_ERROR, WF_CHART_ERROR_INVALID_SIZE,
                   /* Translators: the width and height asked for, in points */
                   _("A chart cannot be %g × %g"), width, height);
      return FALSE;
    }
  if (!check_data (kind, data, error))
    return FALSE;

  if (style == NULL)
    {
      wf_chart_style_init (&default_style);
      style = &default_style;
    }

  if (layout_out != NULL)
    wf_chart_layout_clear (layout_out);

  ctx.cr = cr;
  ctx.width = width;
  ctx.height = height;
  ctx.style = style;
  ctx.data = data;
  ctx.palette = &palettes[style->theme < WF_N_CHART_THEMES ? style->theme : 0];
  if (style->high_contrast &&
      (style->theme == WF_CHART_THEME_LIGHT || style->theme == WF_CHART_THEME_DARK))
    ctx.palette = &high_contrast_palettes[style->theme];
  ctx.layout = layout_out;
  ctx.record = record;
  ctx.year_index = wf_chart_horizon_index (data);
  ctx.compact = width < 560 || height < 380;

  /* 13 px at 1280 x 720 and in proportion above. Below, the text keeps a
   * size that reads on screen (13.5 px, so that the smallest text, 0.8 of
   * it, is about 11 px) down to 700 px wide, and only then shrinks, to
   * 7.5 px at 400 px and below: thumbnails. */
  ratio = MIN (width / 1280.0, height / 720.0);
  floor_px = 7.5 + (13.5 - 7.5) * CLAMP ((MIN (width, height * 16.0 / 9.0) - 400.0) / 300.0, 0.0, 1.0);
  ctx.font_px = MAX (13.0 * ratio, floor_px) * ctx.palette->font_factor
              * (style->font_scale > 0 ? style->font_scale : 1.0);
  ctx.font_px = MIN (ctx.font_px, MIN (height / 21.0, width / 26.0));
  /* No text smaller than WF_CHART_MIN_TEXT_PX (9 px, times the system's
   * text scale) on a canvas of 320 × 180 or more, such as the main
   * window's chart at 1024 × 640 (about 633 × 254): the text helper never
   * goes below it, and the body text is large enough that its smallest
   * uses, the legend and the footnote at 0.8, reach it. What does not fit
   * at that size is dropped or cut, not shrunk. Only a thumbnail smaller
   * than 320 × 180 has its minimum shrink in proportion. */
  ctx.min_px = WF_CHART_MIN_TEXT_PX * (style->font_scale > 0 ? style->font_scale : 1.0)
             * MIN (1.0, MIN (width / 320.0, height / 180.0));
  ctx.font_px = MAX (ctx.font_px, ctx.min_px / 0.8);
  ctx.font_px = MAX (ctx.font_px, 4.0);
  ctx.gap = ctx.font_px * 0.6;
  ctx.line = MAX (ctx.palette->line_width * ctx.font_px / 13.0, 0.75);

  if (has_input (kind, data))
    table = kinds[kind].table (data, ctx.year_index);

  cairo_save (cr);

  ctx.text = pango_cairo_create_layout (cr);
  /* Unhinted metrics: the same layout at every scale and in every format. */
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pango_layout_get_context (ctx.text), options);
  cairo_font_options_destroy (options);
  /* Pango rounds each glyph's advance to a whole unit of user space by
   * default: at chart sizes (6 to 9 px) a space of 1.6 px drops to 1 and
   * the letters' rounding eats the rest, and words run together ("Without
   * theAI push"). Unrounded advances keep the font's own spacing, the
   * same as the SVG export's renderers use. */
  pango_context_set_round_glyph_positions (pango_layout_get_context (ctx.text), FALSE);
  pango_layout_context_changed (ctx.text);
  ctx.font = pango_font_description_from_string ("Cantarell, DejaVu Sans, sans-serif");

  if (record != NULL || layout_out != NULL)
    ctx.part_ids = g_ptr_array_new_with_free_func (g_free);
  if (layout_out != NULL)
    ctx.open_parts = g_array_new (FALSE, FALSE, sizeof (guint));

  /* The background is a part with no markers: cairo drops whatever was
   * drawn before an opaque fill of the whole canvas, a marker too, so the
   * SVG export groups what comes before the first marker itself. */
  wf_chart_set_colour (&ctx, &ctx.palette->background, 1.0);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
  if (ctx.part_ids != NULL)
    g_ptr_array_add (ctx.part_ids, g_strdup ("background"));
  if (layout_out != NULL)
    g_ptr_array_add (layout_out->parts, g_strdup ("background"));

  draw_frame (&ctx, kind, table);
  if (table != NULL)
    kinds[kind].draw (&ctx, table);
  else
    draw_computing (&ctx, kind);
  /* A part begun is ended in the same function. */
  g_warn_if_fail (ctx.part_depth == 0);
  g_clear_pointer (&ctx.part_ids, g_ptr_array_unref);
  g_clear_pointer (&ctx.open_parts, g_array_unref);

  pango_font_description_free (ctx.font);
  g_object_unref (ctx.text);
  cairo_restore (cr);

  status = cairo_status (cr);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, WF_CHART_ERROR, WF_CHART_ERROR_CAIRO,
                   /* Translators: %s is cairo's explanation, in English */
                   _("Could not draw the chart: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
