/* test-labels.c: long labels laid out whole in every chart (issue 16)
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every kind at the export sizes (the export dialog's smallest, 160 × 120,
 * a small window's 600 × 300, the main window's chart at 1024 × 640,
 * 633 × 254, then 640 × 400 and
 * 800 × 500, its presets 1280 × 720, 1600 × 900, 1080 × 1080 and
 * 1920 × 1080, and its largest width, 4096), in the language of LC_ALL
 * (meson runs it in English, French and Spanish, the languages with the
 * longest labels), alone and with the preset with the longest name
 * compared. From the text helper's record (the texts as drawn, ellipsis
 * included, their boxes and the part each is drawn in): every text box is
 * inside the canvas; no text is smaller than 9 px from 320 × 180 up; from
 * 633 × 254 up, no text but the footnote is cut (below 800 × 500 the
 * workshop's indicator titles may be, with a tooltip); from 633 × 254 up, the
 * butterfly's sector names, the tornado's levers, the workshop's levers
 * and their counts, and the skills chart's names and values are all drawn
 * whole, on one line or more; from 600 × 300 up, every value at the
 * tornado's bars' ends is written (whole, or its number beside the other
 * end's unit); and those values stay within the margins, beside their
 * bars, never over another value or label.
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "wf-chart.h"
#include "wf-core.h"
#include "wf-chart-test.h"
#include "wf-i18n.h"

/* The smallest text size the charts promise (docs/charts.md, "Craft"). */
#define MIN_TEXT_PX 9.0

static WfChartFixture fixture;

static char *skip_reason;

static void
data_init (WfChartData *data,
           guint        n_scenarios)
{
  wf_chart_fixture_data (&fixture, data, n_scenarios, 2);
}

/* A text without its spaces, so that a label wrapped onto two lines (at a
 * space, or inside a word) compares equal to the label. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x00A0 && c != 0x202F)
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* The index of the text drawn as @label, whole (-1 if none is). */
static int
find_whole (const WfChartLayout *layout,
            const char          *label,
            GArray              *taken)
{
  g_autofree char *want = squeeze (label);

  for (guint i = 0; i < layout->texts->len; i++)
    {
      g_autofree char *shown = squeeze (g_ptr_array_index (layout->texts, i));
      gboolean used = FALSE;

      for (guint t = 0; t < taken->len; t++)
        used |= g_array_index (taken, int, t) == (int) i;
      if (!used && strcmp (shown, want) == 0)
        return (int) i;
    }
  return -1;
}

/* A tornado end's number without the unit its row's other end gives,
 * as the chart writes it where the unit does not fit twice: "2 %" for
 * "2 % des personnes …", "0,60" for "0,60 × élasticité du secteur". */
static char *
end_number (const char *end,
            const char *other)
{
  const char *space = strchr (end, ' ');
  const char *other_space = strchr (other, ' ');

  if (space == NULL || other_space == NULL || strcmp (space, other_space) != 0)
    return NULL;
  return g_strndup (end, space - end + (space[1] == '%' ? 2 : 0));
}

static gboolean
boxes_overlap (const WfChartRect *a,
               const WfChartRect *b)
{
  /* Half a pixel of tolerance: boxes that touch do not overlap. */
  return a->x + a->width > b->x + 0.5 && b->x + b->width > a->x + 0.5 &&
         a->y + a->height > b->y + 0.5 && b->y + b->height > a->y + 0.5;
}

/* The labels of @kind that must be drawn whole: the butterfly's sector
 * names, the tornado's levers and their low and high values, the skills
 * chart's values ("+13.9 %"), the workshop's levers and their counts ("4
 * of 5 moved it"). */
static GPtrArray *
whole_labels (WfChartKind         kind,
              const WfChartTable *table,
              const WfChartStyle *style,
              gboolean            gap,
              GPtrArray         **values)
{
  GPtrArray *labels = g_ptr_array_new_with_free_func (g_free);

  *values = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < table->rows->len; i++)
    {
      const WfChartRow *row = g_ptr_array_index (table->rows, i);

      switch (kind)
        {
        case WF_CHART_BUTTERFLY:
          g_ptr_array_add (labels, g_strdup (row->keys[0]));
          break;
        case WF_CHART_TORNADO:
          g_ptr_array_add (labels, g_strdup (row->keys[0]));
          g_ptr_array_add (*values, g_strdup (row->keys[1]));
          g_ptr_array_add (*values, g_strdup (row->keys[2]));
          break;
        case WF_CHART_SKILLS:
          {
            /* As the chart writes it: signed, a true minus, " %" (" pts"
             * for the gap lens). */
            g_autofree char *number = wf_chart_format_style (style, row->values[0], 1);
            const char *suffix = gap ? g_dgettext (GETTEXT_PACKAGE, " pts") : " %";

            if (number[0] == '-')
              g_ptr_array_add (*values, g_strconcat ("−", number + 1, suffix, NULL));
            else
              g_ptr_array_add (*values, g_strconcat (row->values[0] >= 0 ? "+" : "", number, suffix, NULL));
            g_ptr_array_add (labels, g_strdup (row->keys[0]));
          }
          break;
        case WF_CHART_WORKSHOP:
          /* The levers' names and how many moved each (the indicators'
           * rows follow them). */
          if (i < WF_N_LEVERS)
            {
              g_ptr_array_add (labels, g_strdup (row->keys[0]));
              g_ptr_array_add (labels, g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, "%u of %u moved it"),
                                                        (guint) row->values[6], (guint) row->values[7]));
            }
          break;
        default:
          break;
        }
    }
  return labels;
}

static void
check_render_data (WfChartKind        kind,
                   double             width,
                   double             height,
                   const WfChartData *data,
                   const char        *lang)
{
  guint n_scenarios = data->n_scenarios;
  g_autoptr(WfChartLayout) layout = wf_chart_layout_new ();
  g_autoptr(WfChartTable) table = NULL;
  g_autoptr(GPtrArray) labels = NULL;
  g_autoptr(GPtrArray) values = NULL;
  g_autoptr(GArray) value_boxes = g_array_new (FALSE, FALSE, sizeof (WfChartRect));
  g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GError) error = NULL;
  WfChartStyle style;
  cairo_surface_t *surface;
  cairo_t *cr;
  double margin;
  gboolean small;

  wf_chart_style_init (&style);
  if (width * height > 4e6)
    surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  else
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
  cr = cairo_create (surface);
  g_assert_true (wf_chart_render (cr, width, height, kind, &style, data, layout, &error));
  g_assert_no_error (error);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  /* Every text inside the canvas. */
  for (guint i = 0; i < layout->text_boxes->len; i++)
    {
      const WfChartRect *r = &g_array_index (layout->text_boxes, WfChartRect, i);

      if (r->x < -0.01 || r->y < -0.01 || r->x + r->width > width + 0.01 || r->y + r->height > height + 0.01)
        g_error ("%s %gx%g %s: “%s” leaves the canvas (%g, %g, %g × %g)", wf_chart_kind_to_id (kind), width,
                 height, lang, (const char *) g_ptr_array_index (layout->texts, i), r->x, r->y, r->width,
                 r->height);
    }

  /* No text below the minimum (9 px at a text scale of 1) on a canvas of
   * 320 × 180 or more: what does not fit is cut or dropped, not shrunk. */
  g_assert_cmpuint (layout->text_sizes->len, ==, layout->texts->len);
  if (width >= 320 && height >= 180)
    for (guint i = 0; i < layout->text_sizes->len; i++)
      {
        double px = g_array_index (layout->text_sizes, double, i);

        if (px < MIN_TEXT_PX - 1e-9)
          g_error ("%s %gx%g %s, %u scenarios: “%s” is drawn at %g px, below %g px", wf_chart_kind_to_id (kind),
                   width, height, lang, n_scenarios, (const char *) g_ptr_array_index (layout->texts, i), px,
                   MIN_TEXT_PX);
      }

  /* The workshop cuts a lever's name or an indicator's title only as the
   * last resort (beside the levers at 633 × 254, the French "Personnes
   * ayant perdu leur emploi et toujours…"), and gives it whole in a
   * tooltip over it. */
  if (kind == WF_CHART_WORKSHOP && width >= 320 && height >= 180)
    for (guint i = 0; i < layout->texts->len; i++)
      {
        const char *text = g_ptr_array_index (layout->texts, i);
        const char *cut = strstr (text, "…");
        const WfChartRect *box = &g_array_index (layout->text_boxes, WfChartRect, i);
        guint part = g_array_index (layout->text_parts, guint, i);
        const char *id = part < layout->parts->len ? g_ptr_array_index (layout->parts, part) : "";
        gboolean tip = FALSE;
        g_autofree char *shown = NULL;
        g_autofree char *want = NULL;

        if (cut == NULL || !(g_str_has_prefix (id, "row-") || g_str_has_prefix (id, "panel-")))
          continue;
        shown = g_strndup (text, cut - text);
        want = squeeze (shown);

        for (guint m = 0; m < layout->marks->len && !tip; m++)
          {
            const WfChartMark *mark = &g_array_index (layout->marks, WfChartMark, m);
            g_autofree char *label = mark->label != NULL ? squeeze (mark->label) : NULL;

            /* Lines joined by "\n" in the record, by spaces in the tooltip. */
            tip = label != NULL && boxes_overlap (box, &mark->rect) && g_str_has_prefix (label, want) &&
                  strstr (label, "…") == NULL;
          }
        if (!tip)
          g_error ("workshop %gx%g %s: “%s” is cut without a tooltip giving it whole", width, height, lang, text);
      }

  /* The export dialog's smallest canvas is a thumbnail: labels may be cut
   * there (on their last line), never from the main window's chart at
   * 1024 × 640 (633 × 254) up; the tornado's end values are all written
   * from 600 × 300 up. */
  if (width < 600 || height < 254)
    return;
  small = width < 633;
  if (small && kind != WF_CHART_TORNADO)
    return;

  /* From the main window's chart at 1024 × 640 (633 × 254) up, nothing is
   * cut but the footnote (the sources, in full in the data view and the
   * documentation) and, below 800 × 500, the workshop's indicator titles
   * beside its levers (with a tooltip, checked above). */
  for (guint i = 0; i < layout->texts->len && !small; i++)
    {
      const char *text = g_ptr_array_index (layout->texts, i);
      guint part = g_array_index (layout->text_parts, guint, i);
      const char *id = part < layout->parts->len ? g_ptr_array_index (layout->parts, part) : "";
      gboolean titles = kind == WF_CHART_WORKSHOP && g_str_has_prefix (id, "panel-") && (width < 800 || height < 500);

      if (strstr (text, "…") != NULL && strcmp (id, "footnote") != 0 && strcmp (id, "message") != 0 && !titles)
        g_error ("%s %gx%g %s, %u scenarios: “%s” (%s) is cut", wf_chart_kind_to_id (kind), width, height, lang,
                 n_scenarios, text, id);
    }

  table = wf_chart_get_table (kind, data, &error);
  g_assert_no_error (error);
  labels = whole_labels (kind, table, &style, data->lens == WF_LENS_GAP, &values);

  /* Below 633 × 254 the tornado's levers may be cut (not its ends). */
  if (small)
    g_ptr_array_set_size (labels, 0);
  for (guint i = 0; i < labels->len; i++)
    {
      const char *label = g_ptr_array_index (labels, i);
      int found = find_whole (layout, label, taken);

      if (found < 0)
        g_error ("%s %gx%g %s, %u scenarios: the label “%s” is not drawn whole", wf_chart_kind_to_id (kind),
                 width, height, lang, n_scenarios, label);
      g_array_append_val (taken, found);
    }
  /* The tornado writes every end's value from 600 × 300 up, never cut:
   * whole, or where its row has no room for the unit twice ("2 % des
   * personnes sans compétences numériques, par an" and "4 % des …"), its
   * number alone ("2 %") beside the other end written whole, unit and
   * all; the tooltip and the data view give both in full. */
  if (kind == WF_CHART_TORNADO)
    {
      for (guint i = 0; i < layout->texts->len; i++)
        {
          guint part = g_array_index (layout->text_parts, guint, i);
          const char *id = part < layout->parts->len ? g_ptr_array_index (layout->parts, part) : "";

          const char *text = g_ptr_array_index (layout->texts, i);
          const char *cut = strstr (text, "…");
          gboolean lever = FALSE;

          /* Below 633 × 254, a lever's name may be cut: not an end. */
          for (guint r = 0; r < table->rows->len && small && cut != NULL; r++)
            lever |= strncmp (((const WfChartRow *) g_ptr_array_index (table->rows, r))->keys[0], text,
                              cut - text) == 0;
          if (g_str_has_prefix (id, "row-") && cut != NULL && !lever)
            g_error ("tornado %gx%g %s: the end “%s” is cut", width, height, lang, text);
        }
      for (guint i = 0; i + 1 < values->len; i += 2)
        for (guint e = 0; e < 2; e++)
          {
            const char *end = g_ptr_array_index (values, i + e);
            const char *other = g_ptr_array_index (values, i + 1 - e);
            g_autofree char *number = end_number (end, other);

            if (find_whole (layout, end, taken) >= 0)
              continue;
            if (number == NULL || find_whole (layout, number, taken) < 0 || find_whole (layout, other, taken) < 0)
              g_error ("tornado %gx%g %s, %u scenarios: the end “%s” is not written", width, height, lang,
                       n_scenarios, end);
            g_free (values->pdata[i + e]);
            values->pdata[i + e] = g_steal_pointer (&number);
          }
    }
  for (guint i = 0; i < values->len; i++)
    {
      const char *value = g_ptr_array_index (values, i);
      int found = find_whole (layout, value, taken);

      if (found < 0)
        g_error ("%s %gx%g %s, %u scenarios: the value “%s” is not drawn whole", wf_chart_kind_to_id (kind),
                 width, height, lang, n_scenarios, value);
      g_array_append_val (taken, found);
      g_array_append_val (value_boxes, g_array_index (layout->text_boxes, WfChartRect, found));
    }

  /* Values stay within the chart's margins (the title's left edge gives
   * them): the axis leaves them room, rather than the text helper pushing
   * them back into the canvas. */
  margin = g_array_index (layout->text_boxes, WfChartRect, 0).x;
  for (guint i = 0; i < value_boxes->len; i++)
    {
      const WfChartRect *r = &g_array_index (value_boxes, WfChartRect, i);

      if (r->x < margin - 0.5 || r->x + r->width > width - margin + 0.5)
        g_error ("%s %gx%g %s: the value “%s” runs into the margin (%g to %g of %g)", wf_chart_kind_to_id (kind),
                 width, height, lang, (const char *) g_ptr_array_index (values, i), r->x, r->x + r->width, width);
    }

  /* Values are beside their bars, never over them (the largest bar's at
   * the axis end included). */
  for (guint i = 0; i < value_boxes->len; i++)
    for (guint m = 0; m < layout->marks->len; m++)
      {
        const WfChartMark *mark = &g_array_index (layout->marks, WfChartMark, m);

        if (mark->series == 0 && boxes_overlap (&g_array_index (value_boxes, WfChartRect, i), &mark->rect))
          g_error ("%s %gx%g %s: the value “%s” is drawn over the bar “%s”", wf_chart_kind_to_id (kind), width,
                   height, lang, (const char *) g_ptr_array_index (values, i), mark->label);
      }

  /* Values never overlap each other, nor the labels. */
  for (guint i = 0; i < value_boxes->len; i++)
    for (guint j = 0; j < taken->len; j++)
      {
        int t = g_array_index (taken, int, j);
        const WfChartRect *a = &g_array_index (value_boxes, WfChartRect, i);
        const WfChartRect *b = &g_array_index (layout->text_boxes, WfChartRect, t);

        if (t == g_array_index (taken, int, labels->len + i))
          continue;
        if (boxes_overlap (a, b))
          g_error ("%s %gx%g %s: the value “%s” overlaps “%s”", wf_chart_kind_to_id (kind), width, height, lang,
                   (const char *) g_ptr_array_index (values, i),
                   (const char *) g_ptr_array_index (layout->texts, t));
      }
}

static void
check_render (WfChartKind  kind,
              double       width,
              double       height,
              guint        n_scenarios,
              const char  *lang)
{
  WfChartData data;

  data_init (&data, n_scenarios);
  check_render_data (kind, width, height, &data, lang);
}

static const double sizes[][2] = {
  { 160, 120 }, { 600, 300 }, { 633, 254 }, { 640, 400 }, { 800, 500 }, { 1280, 720 }, { 1600, 900 }, { 1080, 1080 }, { 1920, 1080 }, { 4096, 2304 },
};

/* Every kind, size and number of scenarios, in the language of LC_ALL. */
static void
test_labels (gconstpointer user_data)
{
  const char *lang = user_data;

  if (skip_reason != NULL)
    {
      g_test_skip (skip_reason);
      return;
    }
  /* French and Spanish are drawn in French and Spanish, not in English for
   * want of the catalogues. */
  if (strncmp (lang, "fr", 2) == 0 || strncmp (lang, "es", 2) == 0)
    g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Women and men by sector"), !=, "Women and men by sector");
  for (guint k = 0; k < WF_N_CHART_KINDS; k++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      for (guint n = 1; n <= 2; n++)
        check_render (k, sizes[s][0], sizes[s][1], n, lang);
}

/* The skills chart in every preset and lens: whichever bar is the
 * largest, at whatever end of the axis, its value is drawn beside it. */
static void
test_skills_ends (gconstpointer user_data)
{
  const char *lang = user_data;

  if (skip_reason != NULL)
    {
      g_test_skip (skip_reason);
      return;
    }
  for (guint p = 0; p < WF_N_PRESETS; p++)
    {
      g_autoptr(WfScenario) scenario = wf_scenario_new_preset (p);
      g_autoptr(GError) error = NULL;
      WfResults *results = wf_model_project (fixture.dataset, scenario, &error);

      g_assert_no_error (error);
      for (guint l = 0; l < WF_N_LENSES; l++)
        for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
          {
            WfChartData data;

            data_init (&data, 1);
            data.results[0] = results;
            data.names[0] = scenario->name;
            data.lens = l;
            check_render_data (WF_CHART_SKILLS, sizes[s][0], sizes[s][1], &data, lang);
          }
      wf_results_free (results);
    }
}

/* The attribution of "Current trends" (every step zero): its values are
 * written with the decimals of the axis the chart lays out, and whole
 * ("−0,88 M" was measured with one decimal, drawn with two and cut to
 * "−0,88…" at 633 × 254). */
static void
test_attribution_values (gconstpointer user_data)
{
  const char *lang = user_data;
  g_autoptr(WfScenario) scenario = NULL;
  g_autoptr(GError) error = NULL;
  WfResults *results;
  WfAttribution *attribution;

  if (skip_reason != NULL)
    {
      g_test_skip (skip_reason);
      return;
    }
  scenario = wf_scenario_new_preset (WF_PRESET_BASELINE);
  results = wf_model_project (fixture.dataset, scenario, &error);
  g_assert_no_error (error);
  attribution = wf_attribution_compute (fixture.dataset, scenario, NULL, WF_METRIC_NET_JOBS, NULL, 0, 0, NULL,
                                        &error);
  g_assert_no_error (error);
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(WfChartLayout) layout = wf_chart_layout_new ();
      WfChartData data;
      cairo_surface_t *surface;
      cairo_t *cr;

      if (sizes[s][0] < 633 || sizes[s][1] < 254 || sizes[s][0] * sizes[s][1] > 4e6)
        continue;
      data_init (&data, 1);
      data.results[0] = results;
      data.names[0] = scenario->name;
      data.attribution = attribution;
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) sizes[s][0], (int) sizes[s][1]);
      cr = cairo_create (surface);
      g_assert_true (wf_chart_render (cr, sizes[s][0], sizes[s][1], WF_CHART_ATTRIBUTION, NULL, &data, layout,
                                      &error));
      g_assert_no_error (error);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
      for (guint i = 0; i < layout->texts->len; i++)
        {
          guint part = g_array_index (layout->text_parts, guint, i);
          const char *id = part < layout->parts->len ? g_ptr_array_index (layout->parts, part) : "";

          if (g_str_has_prefix (id, "row-") && strstr (g_ptr_array_index (layout->texts, i), "…") != NULL)
            g_error ("attribution %gx%g %s: “%s” is cut", sizes[s][0], sizes[s][1], lang,
                     (const char *) g_ptr_array_index (layout->texts, i));
        }
    }
  wf_attribution_free (attribution);
  wf_results_free (results);
}

static void
render_layout (WfChartKind    kind,
               double         width,
               double         height,
               WfChartLayout *layout)
{
  g_autoptr(GError) error = NULL;
  WfChartData data;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
  cairo_t *cr = cairo_create (surface);

  data_init (&data, 1);
  g_assert_true (wf_chart_render (cr, width, height, kind, NULL, &data, layout, &error));
  g_assert_no_error (error);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Words keep their spaces at small sizes: a text's width in units of its
 * font size is the same in the main window's chart at 1024 × 640 as on a
 * large canvas (Pango's rounding of each glyph's advance to a whole pixel
 * ran words together at 6 px: "Without theAI push"). */
static void
test_spacing (gconstpointer user_data)
{
  const char *lang = user_data;
  static const WfChartKind kinds[] = { WF_CHART_FLOWS, WF_CHART_BUTTERFLY, WF_CHART_EMPLOYMENT };
  guint compared = 0;

  if (skip_reason != NULL)
    {
      g_test_skip (skip_reason);
      return;
    }
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(WfChartLayout) small = wf_chart_layout_new ();
      g_autoptr(WfChartLayout) large = wf_chart_layout_new ();

      render_layout (kinds[k], 633, 254, small);
      render_layout (kinds[k], 2560, 1440, large);
      for (guint i = 0; i < small->texts->len; i++)
        {
          const char *text = g_ptr_array_index (small->texts, i);
          double small_em, large_em;
          int found = -1;

          if (g_utf8_strlen (text, -1) < 12 || strchr (text, ' ') == NULL || strchr (text, '\n') != NULL)
            continue;
          for (guint j = 0; j < large->texts->len && found < 0; j++)
            if (strcmp (g_ptr_array_index (large->texts, j), text) == 0)
              found = (int) j;
          if (found < 0)
            continue;
          small_em = g_array_index (small->text_boxes, WfChartRect, i).width
                     / g_array_index (small->text_sizes, double, i);
          large_em = g_array_index (large->text_boxes, WfChartRect, found).width
                     / g_array_index (large->text_sizes, double, found);
          if (fabs (small_em - large_em) > large_em * 0.01)
            g_error ("%s %s: “%s” is %g em wide at 633 × 254, %g em at 2560 × 1440", wf_chart_kind_to_id (kinds[k]),
                     lang, text, small_em, large_em);
          compared++;
        }
    }
  g_assert_cmpuint (compared, >=, 5);
}

/* The footnote cuts a long citation after a whole word, and keeps an
 * author's initial with the surname (a no-break space), so that neither
 * "agricultural empl…" nor "Gmyrek / P." is drawn. */
static void
test_footnote (gconstpointer user_data)
{
  const char *lang = user_data;
  g_autoptr(WfChartLayout) layout = wf_chart_layout_new ();
  const char *footnote = NULL;
  const char *cut;

  if (skip_reason != NULL)
    {
      g_test_skip (skip_reason);
      return;
    }
  render_layout (WF_CHART_EMPLOYMENT, 1280, 720, layout);
  for (guint i = 0; i < layout->texts->len; i++)
    {
      guint part = g_array_index (layout->text_parts, guint, i);

      if (part < layout->parts->len && strcmp (g_ptr_array_index (layout->parts, part), "footnote") == 0)
        footnote = g_ptr_array_index (layout->texts, i);
    }
  g_assert_nonnull (footnote);

  /* The bundled world dataset's first citation is longer than a
   * footnote's 80 characters: it is cut, after a word of the citation. */
  cut = strstr (footnote, "…");
  g_assert_nonnull (cut);
  {
    const char *start = cut;
    g_autofree char *word = NULL;
    gboolean whole = FALSE;

    while (start > footnote && start[-1] != ' ')
      start--;
    word = g_strndup (start, cut - start);
    g_assert_cmpuint (strlen (word), >, 0);
    for (guint t = 0; t < WF_N_TABLES && !whole; t++)
      {
        const char *citation = wf_dataset_get_display_citation (fixture.dataset, t);

        for (const char *at = citation != NULL ? strstr (citation, word) : NULL; at != NULL && !whole;
             at = strstr (at + 1, word))
          whole = (at == citation || at[-1] == ' ') && !g_unichar_isalnum (g_utf8_get_char (at + strlen (word)));
      }
    if (!whole)
      g_error ("%s: the footnote cuts a word: “%s…” in “%s”", lang, word, footnote);
  }

  /* No initial ("P.", "J.") after an ordinary space. */
  for (const char *p = footnote; *p != '\0'; p++)
    if (p[0] == ' ' && g_ascii_isupper (p[1]) && p[2] == '.')
      g_error ("%s: the footnote may break a name before “%.3s”: “%s”", lang, p + 1, footnote);
  g_assert_nonnull (strstr (footnote, "Gmyrek\u00a0P."));
}

/* A dashed line's swatch in the legend ends with a whole dash, not a
 * sliver that reads as a marker: the presentation's "Without the AI push"
 * drew a dash and a small square. */
static void
test_swatch (gconstpointer user_data)
{
  const char *lang = user_data;
  const char *label = g_dgettext (GETTEXT_PACKAGE, "Without the AI push");
  g_autoptr(WfChartLayout) layout = wf_chart_layout_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (int));
  const WfChartRect *box = NULL;
  WfChartStyle style;
  WfChartData data;
  cairo_surface_t *surface;
  cairo_t *cr;
  const guint8 *pixels;
  int stride, y, run = 0;

  if (skip_reason != NULL)
    {
      g_test_skip (skip_reason);
      return;
    }
  wf_chart_style_init (&style);
  style.theme = WF_CHART_THEME_PRESENTATION;
  data_init (&data, 1);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1014, 574);
  cr = cairo_create (surface);
  g_assert_true (wf_chart_render (cr, 1014, 574, WF_CHART_EMPLOYMENT, &style, &data, layout, &error));
  g_assert_no_error (error);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  for (guint i = 0; i < layout->texts->len; i++)
    if (strcmp (g_ptr_array_index (layout->texts, i), label) == 0)
      box = &g_array_index (layout->text_boxes, WfChartRect, i);
  g_assert_nonnull (box);

  /* The swatch's row of pixels, from before the swatch to the label. */
  pixels = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  y = (int) (box->y + box->height / 2);
  for (int x = (int) (box->x - 1.9 * box->height); x < (int) box->x; x++)
    {
      guint32 p = *(const guint32 *) (pixels + y * stride + x * 4);
      double lum = (0.2126 * ((p >> 16) & 0xff) + 0.7152 * ((p >> 8) & 0xff) + 0.0722 * (p & 0xff)) / 255.0;

      if (lum < 0.5)
        run++;
      else if (run > 0)
        {
          g_array_append_val (runs, run);
          run = 0;
        }
    }
  if (run > 0)
    g_array_append_val (runs, run);
  cairo_surface_destroy (surface);

  g_assert_cmpuint (runs->len, >=, 2);
  if (g_array_index (runs, int, runs->len - 1) < 0.8 * g_array_index (runs, int, 0))
    g_error ("%s: the swatch of “%s” ends with a dash of %d px after one of %d px", lang, label,
             g_array_index (runs, int, runs->len - 1), g_array_index (runs, int, 0));
}

int
main (int    argc,
      char **argv)
{
  const char *lang;
  g_autofree char *path = NULL;
  int status;

  lang = wf_chart_test_init_language (&skip_reason);
  g_test_init (&argc, &argv, NULL);
  /* The dataset's sector and skill names and the levers' units are
   * translated as they are drawn: the fixture is built in the language. */
  /* The compared scenario has the longest name of the presets. */
  wf_chart_fixture_init (&fixture, WF_PRESET_EXPONENTIAL_LIMITED, WF_PRESET_INCREMENTAL_WIDESPREAD, 50, FALSE);

  path = g_strdup_printf ("/charts/labels/%s", lang);
  g_test_add_data_func (path, lang, test_labels);
  g_free (path);
  path = g_strdup_printf ("/charts/labels/%s/skills-ends", lang);
  g_test_add_data_func (path, lang, test_skills_ends);
  g_free (path);
  path = g_strdup_printf ("/charts/labels/%s/attribution-values", lang);
  g_test_add_data_func (path, lang, test_attribution_values);
  g_free (path);
  path = g_strdup_printf ("/charts/labels/%s/spacing", lang);
  g_test_add_data_func (path, lang, test_spacing);
  g_free (path);
  path = g_strdup_printf ("/charts/labels/%s/footnote", lang);
  g_test_add_data_func (path, lang, test_footnote);
  g_free (path);
  path = g_strdup_printf ("/charts/labels/%s/swatch", lang);
  g_test_add_data_func (path, lang, test_swatch);

  status = g_test_run ();
  wf_chart_fixture_clear (&fixture);
  g_free (skip_reason);
  wf_chart_shutdown ();
  return status;
}
