/* test-render.c: every chart at every size in every theme
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "wf-chart.h"
#include "wf-chart-private.h"
#include "wf-core.h"
#include "wf-chart-test.h"

static WfChartFixture fixture;

static void
data_init (WfChartData *data,
           guint        n_scenarios)
{
  wf_chart_fixture_data (&fixture, data, n_scenarios, n_scenarios);
}

static void
assert_inside (const WfChartLayout *layout,
               double               width,
               double               height)
{
  g_assert_cmpuint (layout->text_boxes->len, >, 3);
  for (guint i = 0; i < layout->text_boxes->len; i++)
    {
      const WfChartRect *r = &g_array_index (layout->text_boxes, WfChartRect, i);

      g_assert_cmpfloat (r->x, >=, -0.01);
      g_assert_cmpfloat (r->y, >=, -0.01);
      g_assert_cmpfloat (r->x + r->width, <=, width + 0.01);
      g_assert_cmpfloat (r->y + r->height, <=, height + 0.01);
    }
}

static void
render (WfChartKind    kind,
        WfChartTheme   theme,
        double         width,
        double         height,
        WfChartData   *data,
        WfChartLayout *layout)
{
  g_autoptr(GError) error = NULL;
  WfChartStyle style;
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean ok;

  wf_chart_style_init (&style);
  style.theme = theme;
  /* The 4K canvas goes to a recording surface: the same drawing calls
   * without 33 MB of pixels per render. */
  if (width > 2000)
    surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  else
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
  cr = cairo_create (surface);
  ok = wf_chart_render (cr, width, height, kind, &style, data, layout, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Every kind at three sizes in three themes and four lenses: no cairo
 * error, every text box inside the canvas. */
static void
test_all_sizes (void)
{
  static const double sizes[][2] = { { 320, 240 }, { 1280, 720 }, { 3840, 2160 } };
  g_autoptr(WfChartLayout) layout = wf_chart_layout_new ();

  for (guint k = 0; k < WF_N_CHART_KINDS; k++)
    {
      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        for (guint t = 0; t < WF_N_CHART_THEMES; t++)
          for (guint l = 0; l < WF_N_LENSES; l++)
            {
              WfChartData data;

              data_init (&data, k == WF_CHART_COMPARE ? 2 : 1);
              data.lens = l;
              g_test_message ("%s %gx%g %s lens %u", wf_chart_kind_to_id (k), sizes[s][0], sizes[s][1],
                              wf_chart_theme_to_id (t), l);
              render (k, t, sizes[s][0], sizes[s][1], &data, layout);
              assert_inside (layout, sizes[s][0], sizes[s][1]);
              g_assert_cmpuint (layout->n_series, >, 0);
              g_assert_cmpuint (layout->n_legend_entries, >, 0);
              g_assert_cmpfloat (layout->plot.width, >, 0);
            }
    }
}

typedef struct
{
  const char  *name;
  WfChartKind  kind;
  WfLens       lens;
  const char  *sector;     /* sector id or NULL */
  guint        n_scenarios;
  gboolean     difference;
  guint        n_series;
  guint        n_marks;
  guint        n_legend;
} CountCase;

/* 14 sectors, 8 skills, 2023..2030 (8 years) in the world dataset. */
static const CountCase count_cases[] = {
  { "employment", WF_CHART_EMPLOYMENT, WF_LENS_TOTAL, NULL, 1, FALSE, 9, 9 * 8, 9 },
  { "employment-women", WF_CHART_EMPLOYMENT, WF_LENS_WOMEN, NULL, 1, FALSE, 9, 9 * 8, 9 },
  { "employment-gap", WF_CHART_EMPLOYMENT, WF_LENS_GAP, NULL, 1, FALSE, 2, 2 * 8, 2 },
  { "employment-sector", WF_CHART_EMPLOYMENT, WF_LENS_TOTAL, "ECO_ISIC4_K", 1, FALSE, 2, 2 * 8, 2 },
  { "waterfall", WF_CHART_WATERFALL, WF_LENS_TOTAL, NULL, 1, FALSE, 3, 7, 3 },
  { "waterfall-gap-sector", WF_CHART_WATERFALL, WF_LENS_GAP, "ECO_ISIC4_C", 1, FALSE, 3, 7, 3 },
  /* Five places and the baseline; at the horizon a bar and a baseline bar
   * per sex (all, women, men), year by year a piece per place and year
   * (2024-2030). */
  { "flows", WF_CHART_FLOWS, WF_LENS_TOTAL, NULL, 1, FALSE, 6, 3 * 6 + 7 * 5, 5 },
  { "flows-women", WF_CHART_FLOWS, WF_LENS_WOMEN, NULL, 1, FALSE, 6, 6 + 7 * 5, 5 },
  { "flows-men-sector", WF_CHART_FLOWS, WF_LENS_MEN, "ECO_ISIC4_K", 1, FALSE, 6, 6 + 7 * 5, 5 },
  /* The gap: the total and the five places, a bar and a baseline bar each. */
  { "flows-gap", WF_CHART_FLOWS, WF_LENS_GAP, NULL, 1, FALSE, 7, 6 * 2 + 7 * 5, 5 },
  { "flows-sector", WF_CHART_FLOWS, WF_LENS_TOTAL, "ECO_ISIC4_C", 1, FALSE, 6, 3 * 6 + 7 * 5, 5 },
  { "butterfly", WF_CHART_BUTTERFLY, WF_LENS_TOTAL, NULL, 1, FALSE, 2, 2 * 14, 3 },
  { "butterfly-gap", WF_CHART_BUTTERFLY, WF_LENS_GAP, NULL, 1, FALSE, 1, 14, 2 },
  { "butterfly-sector", WF_CHART_BUTTERFLY, WF_LENS_MEN, "ECO_ISIC4_K", 1, FALSE, 2, 2 * 5, 3 },
  { "exposure", WF_CHART_EXPOSURE, WF_LENS_TOTAL, NULL, 1, FALSE, 2, 2 * 14 * 4, 1 },
  { "exposure-women", WF_CHART_EXPOSURE, WF_LENS_WOMEN, NULL, 1, FALSE, 1, 14 * 4, 1 },
  { "exposure-gap-sector", WF_CHART_EXPOSURE, WF_LENS_GAP, "ECO_ISIC4_G", 1, FALSE, 1, 4, 1 },
  { "skills", WF_CHART_SKILLS, WF_LENS_TOTAL, NULL, 1, FALSE, 2, 2 * 8, 2 },
  { "skills-gap", WF_CHART_SKILLS, WF_LENS_GAP, NULL, 1, FALSE, 2, 2 * 8, 2 },
  { "digital", WF_CHART_DIGITAL, WF_LENS_TOTAL, NULL, 1, FALSE, 4, 4 * 8, 5 },
  { "digital-sector", WF_CHART_DIGITAL, WF_LENS_WOMEN, "ECO_ISIC4_P", 1, FALSE, 4, 4 * 8, 5 },
  { "compare", WF_CHART_COMPARE, WF_LENS_TOTAL, NULL, 2, FALSE, 3, 3 * 8, 3 },
  { "compare-difference", WF_CHART_COMPARE, WF_LENS_WOMEN, NULL, 2, TRUE, 2, 2 * 8, 2 },
  { "compare-one", WF_CHART_COMPARE, WF_LENS_MEN, NULL, 1, FALSE, 2, 2 * 8, 2 },
  /* A compared scenario: a line of its own (employment, digital), an
   * outlined bar (skills) or a marker (butterfly) on every row or year. */
  { "employment-compared", WF_CHART_EMPLOYMENT, WF_LENS_TOTAL, NULL, 2, FALSE, 10, 10 * 8, 10 },
  { "employment-gap-compared", WF_CHART_EMPLOYMENT, WF_LENS_GAP, NULL, 2, FALSE, 3, 3 * 8, 3 },
  { "butterfly-compared", WF_CHART_BUTTERFLY, WF_LENS_TOTAL, NULL, 2, FALSE, 4, 4 * 14, 4 },
  { "butterfly-gap-compared", WF_CHART_BUTTERFLY, WF_LENS_GAP, NULL, 2, FALSE, 2, 2 * 14, 3 },
  { "skills-compared", WF_CHART_SKILLS, WF_LENS_TOTAL, NULL, 2, FALSE, 3, 3 * 8, 3 },
  { "digital-compared", WF_CHART_DIGITAL, WF_LENS_MEN, "ECO_ISIC4_P", 2, FALSE, 6, 6 * 8, 7 },
  { "fan-compared", WF_CHART_FAN, WF_LENS_TOTAL, NULL, 2, FALSE, 5, 5 * 8, 5 },
  /* Two bands, the median and the scenario's own run, a mark each a year. */
  { "fan", WF_CHART_FAN, WF_LENS_TOTAL, NULL, 1, FALSE, 4, 4 * 8, 4 },
  { "fan-gap", WF_CHART_FAN, WF_LENS_GAP, NULL, 1, FALSE, 4, 4 * 8, 4 },
  { "fan-women-sector", WF_CHART_FAN, WF_LENS_WOMEN, "ECO_ISIC4_K", 1, FALSE, 4, 4 * 8, 4 },
};

static void
test_counts (gconstpointer user_data)
{
  const CountCase *c = user_data;
  g_autoptr(WfChartLayout) layout = wf_chart_layout_new ();
  WfChartData data;

  data_init (&data, c->n_scenarios);
  data.lens = c->lens;
  data.difference = c->difference;
  if (c->sector != NULL)
    data.sector = wf_dataset_find_sector (fixture.dataset, c->sector);
  g_assert_cmpint (data.sector, >=, c->sector != NULL ? 0 : -1);

  render (c->kind, WF_CHART_THEME_LIGHT, 1280, 720, &data, layout);
  g_assert_cmpuint (layout->n_series, ==, c->n_series);
  g_assert_cmpuint (layout->marks->len, ==, c->n_marks);
  g_assert_cmpuint (layout->n_bars, ==, c->n_marks);
  g_assert_cmpuint (layout->n_legend_entries, ==, c->n_legend);

  /* Every mark lies in the canvas and carries a label for hover. */
  for (guint i = 0; i < layout->marks->len; i++)
    {
      const WfChartMark *m = &g_array_index (layout->marks, WfChartMark, i);

      g_assert_nonnull (m->label);
      g_assert_cmpfloat (m->rect.x, >=, 0);
      g_assert_cmpfloat (m->rect.x + m->rect.width, <=, 1280 + 0.01);
      g_assert_true (isfinite (m->value) || c->kind == WF_CHART_EXPOSURE);
    }
}

static double
table_value (const WfChartTable *table,
             guint               row,
             guint               column)
{
  return ((const WfChartRow *) g_ptr_array_index (table->rows, row))->values[column];
}

/* A workshop of twenty participants: the levers varied, with ties (most
 * leave a lever at its default), half of them with a prediction. */
typedef struct
{
  WfScenario *scenarios[20];
  WfResults  *results[20];
} Workshop;

static void
workshop_init (Workshop *w)
{
  for (guint s = 0; s < G_N_ELEMENTS (w->scenarios); s++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("Participant %u", s + 1);
      WfScenario *scenario = wf_scenario_new_preset (WF_PRESET_BASELINE);

      wf_scenario_set_name (scenario, name);
      for (guint i = 0; i < WF_N_LEVERS; i++)
        {
          const WfLeverInfo *info = wf_lever_get_info (i);

          if ((s + i) % 3 == 0)
            scenario->values[i] = info->min + (info->max - info->min) * ((s * 7 + i * 3) % 11) / 10.0;
        }
      /* One lever every participant sets differently. */
      scenario->values[WF_LEVER_ADOPTION_CEILING] = 2.0 + 4.5 * s;
      if (s % 2 == 0)
        scenario->predictions[WF_METRIC_NET_JOBS] = -20000.0 + 1500.0 * s;
      w->scenarios[s] = scenario;
      w->results[s] = wf_model_project (fixture.dataset, scenario, &error);
      g_assert_no_error (error);
    }
}

static void
workshop_clear (Workshop *w)
{
  for (guint s = 0; s < G_N_ELEMENTS (w->scenarios); s++)
    {
      wf_scenario_free (w->scenarios[s]);
      wf_results_free (w->results[s]);
    }
}

static guint
count_marks (const WfChartLayout *layout,
             int                  category,
             int                  series)
{
  guint n = 0;

  for (guint i = 0; i < layout->marks->len; i++)
    {
      const WfChartMark *m = &g_array_index (layout->marks, WfChartMark, i);

      n += m->category == category && (series < 0 || m->series == series);
    }
  return n;
}

/* Twenty scenarios at the window's and the projector's sizes, in every
 * theme: a dot per scenario on every lever and outcome, a diamond per
 * prediction, the highlighted one larger, text inside the canvas; a
 * point on a dot finds its scenario; concealed outcomes draw no dot. */
static void
test_workshop_twenty (void)
{
  static const double sizes[][2] = { { 1366, 768 }, { 1024, 640 }, { 800, 500 }, { 480, 700 }, { 3840, 2160 } };
  g_autoptr(WfChartLayout) layout = wf_chart_layout_new ();
  Workshop w;
  WfChartData data;
  const guint current = 5;

  workshop_init (&w);
  data_init (&data, 1);
  data.results[0] = w.results[current];
  data.names[0] = w.scenarios[current]->name;
  data.every_scenario = (const WfScenario * const *) w.scenarios;
  data.every_results = (const WfResults * const *) w.results;
  data.n_every = G_N_ELEMENTS (w.scenarios);
  data.every_current = current;

  for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
    for (guint t = 0; t < WF_N_CHART_THEMES; t++)
      {
        g_test_message ("workshop %gx%g %s", sizes[z][0], sizes[z][1], wf_chart_theme_to_id (t));
        render (WF_CHART_WORKSHOP, t, sizes[z][0], sizes[z][1], &data, layout);
        assert_inside (layout, sizes[z][0], sizes[z][1]);
        g_assert_cmpuint (layout->n_series, ==, 2);
        for (guint i = 0; i < WF_N_LEVERS; i++)
          g_assert_cmpuint (count_marks (layout, i, -1), ==, 20);
        for (guint k = 0; k < WF_N_HEADLINE_METRICS; k++)
          {
            g_assert_cmpuint (count_marks (layout, WF_N_LEVERS + 2 * k, -1), ==, 20);
            g_assert_cmpuint (count_marks (layout, WF_N_LEVERS + 2 * k + 1, -1), ==,
                              wf_headline_metrics (NULL)[k] == WF_METRIC_NET_JOBS ? 10 : 0);
          }
      }

  /* At the window's size: the highlighted dot is the largest of its row,
   * and a click on any dot of the lever everyone set apart finds its
   * scenario; nothing is found off the dots. */
  render (WF_CHART_WORKSHOP, WF_CHART_THEME_LIGHT, 1366, 768, &data, layout);
  for (guint i = 0; i < layout->marks->len; i++)
    {
      const WfChartMark *m = &g_array_index (layout->marks, WfChartMark, i);
      double cx = m->rect.x + m->rect.width / 2, cy = m->rect.y + m->rect.height / 2;

      g_assert_cmpint (m->series, >=, 0);
      g_assert_nonnull (m->label);
      g_assert_nonnull (strstr (m->label, w.scenarios[m->series]->name));
      if (m->series == (int) current)
        {
          for (guint j = 0; j < layout->marks->len; j++)
            {
              const WfChartMark *o = &g_array_index (layout->marks, WfChartMark, j);

              /* Larger by far: its ring is twice as wide as a dot. */
              if (o->category == m->category && o->series != m->series)
                g_assert_cmpfloat (o->rect.width * 1.8, <, m->rect.width);
            }
          g_assert_cmpint (wf_chart_layout_find_scenario (layout, WF_CHART_WORKSHOP, cx, cy), ==, current);
        }
      if (m->category == WF_LEVER_ADOPTION_CEILING)
        g_assert_cmpint (wf_chart_layout_find_scenario (layout, WF_CHART_WORKSHOP, cx, cy), ==, m->series);
    }
  g_assert_cmpint (wf_chart_layout_find_scenario (layout, WF_CHART_WORKSHOP, 1, 1), ==, -1);
  g_assert_cmpint (wf_chart_layout_find_scenario (layout, WF_CHART_EMPLOYMENT, 683, 384), ==, -1);

  /* Predict, then reveal: concealed, the model's outcomes have no dot and
   * no row in the table; the predictions stay. */
  data.conceal_outcomes = TRUE;
  render (WF_CHART_WORKSHOP, WF_CHART_THEME_PRESENTATION, 1366, 768, &data, layout);
  for (guint k = 0; k < WF_N_HEADLINE_METRICS; k++)
    g_assert_cmpuint (count_marks (layout, WF_N_LEVERS + 2 * k, -1), ==, 0);
  g_assert_cmpuint (count_marks (layout, WF_N_LEVERS + 1, -1), ==, 10);
  for (guint i = 0; i < WF_N_LEVERS; i++)
    g_assert_cmpuint (count_marks (layout, i, -1), ==, 20);
  {
    g_autoptr(WfChartTable) table = wf_chart_get_table (WF_CHART_WORKSHOP, &data, NULL);

    g_assert_cmpuint (table->rows->len, ==, WF_N_LEVERS + 1);
    g_assert_cmpstr (((WfChartRow *) g_ptr_array_index (table->rows, WF_N_LEVERS))->keys[1], ==, "Predictions");
  }
  data.conceal_outcomes = FALSE;

  /* The table: per lever the spread and how many moved it, per indicator
   * the model's spread and the predictions'. */
  {
    g_autoptr(WfChartTable) table = wf_chart_get_table (WF_CHART_WORKSHOP, &data, NULL);
    const WfChartRow *ceiling = g_ptr_array_index (table->rows, WF_LEVER_ADOPTION_CEILING);
    const WfChartRow *net = g_ptr_array_index (table->rows, WF_N_LEVERS);
    const WfChartRow *predicted = g_ptr_array_index (table->rows, WF_N_LEVERS + 1);
    guint moved = 0;

    g_assert_cmpuint (table->rows->len, ==, WF_N_LEVERS + WF_N_HEADLINE_METRICS + 1);
    g_assert_cmpfloat (ceiling->values[0], ==, 2.0);          /* minimum */
    g_assert_cmpfloat (ceiling->values[4], ==, 2.0 + 4.5 * 19);  /* maximum */
    g_assert_cmpfloat_with_epsilon (ceiling->values[2], 2.0 + 4.5 * 9.5, 1e-9);  /* median */
    g_assert_cmpfloat_with_epsilon (ceiling->values[1], 2.0 + 4.5 * 4.75, 1e-9); /* lower quartile */
    g_assert_cmpfloat (ceiling->values[5], ==, 2.0 + 4.5 * current);
    for (guint s = 0; s < 20; s++)
      moved += w.scenarios[s]->values[WF_LEVER_RESKILLING] != wf_lever_get_info (WF_LEVER_RESKILLING)->default_value;
    g_assert_cmpfloat (((WfChartRow *) g_ptr_array_index (table->rows, WF_LEVER_RESKILLING))->values[6], ==, moved);
    g_assert_cmpstr (net->keys[1], ==, "Model");
    g_assert_cmpfloat (net->values[7], ==, 20);
    g_assert_cmpstr (predicted->keys[1], ==, "Predictions");
    g_assert_cmpfloat (predicted->values[6], ==, 10);
    g_assert_cmpfloat (predicted->values[0], ==, -20000.0);
    g_assert_cmpfloat (predicted->values[4], ==, -20000.0 + 1500.0 * 18);
  }

  workshop_clear (&w);
}

/* Women + men = total (no unknown in the world dataset), gap = women - men. */
static void
test_lens_values (void)
{
  static const WfChartKind kinds[] = { WF_CHART_EMPLOYMENT, WF_CHART_WATERFALL, WF_CHART_DIGITAL,
                                       WF_CHART_COMPARE };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      WfChartTable *tables[WF_N_LENSES] = { NULL };
      guint column;

      for (guint l = 0; l < WF_N_LENSES; l++)
        {
          WfChartData data;

          data_init (&data, 1);
          data.lens = l;
          data.sector = kinds[k] == WF_CHART_EMPLOYMENT ? 2 : -1;
          tables[l] = wf_chart_get_table (kinds[k], &data, NULL);
          g_assert_nonnull (tables[l]);
          g_assert_nonnull (tables[l]->summary);
        }

      column = 0;
      for (guint r = 0; r < tables[0]->rows->len; r++)
        {
          double total = table_value (tables[WF_LENS_TOTAL], r, column);
          double women = table_value (tables[WF_LENS_WOMEN], r, column);
          double men = table_value (tables[WF_LENS_MEN], r, column);
          double gap = table_value (tables[WF_LENS_GAP], r, column);

          g_assert_cmpfloat_with_epsilon (total, women + men, 1e-6 * fabs (total));
          g_assert_cmpfloat_with_epsilon (gap, women - men, 1e-6 * fabs (total));
        }
      for (guint l = 0; l < WF_N_LENSES; l++)
        wf_chart_table_free (tables[l]);
    }
}

/* The waterfall's steps add up to the horizon's employment. */
static void
test_waterfall_identity (void)
{
  g_autoptr(WfChartTable) table = NULL;
  WfChartData data;
  double sum = 0.0;

  data_init (&data, 1);
  table = wf_chart_get_table (WF_CHART_WATERFALL, &data, NULL);
  g_assert_cmpuint (table->rows->len, ==, 7);
  for (guint r = 0; r < 6; r++)
    sum += table_value (table, r, 0);
  g_assert_cmpfloat_with_epsilon (sum, table_value (table, 6, 0), 1e-6 * sum);
  g_assert_cmpfloat (table_value (table, 2, 0), <, 0);  /* displaced */
}

/* Where displaced workers go: for every preset, lens and a few sectors,
 * the five places add up to the model's cumulative displaced, row by row
 * and in the drawn bars, to 1e-6 relative. */
static void
test_flows_identity (void)
{
  static const char * const sectors[] = { NULL, "ECO_ISIC4_C", "ECO_ISIC4_K", "ECO_ISIC4_A" };
  g_autoptr(WfChartLayout) layout = wf_chart_layout_new ();
  guint n_checked = 0;

  for (guint p = 0; p < WF_N_PRESETS; p++)
    {
      g_autoptr(WfScenario) scenario = wf_scenario_new_preset (p);
      g_autoptr(GError) error = NULL;
      g_autoptr(WfResults) results = wf_model_project (fixture.dataset, scenario, &error);
      guint h = results->n_years - 1;

      g_assert_no_error (error);
      for (guint sc = 0; sc < G_N_ELEMENTS (sectors); sc++)
        for (guint l = 0; l < WF_N_LENSES; l++)
          {
            g_autoptr(WfChartTable) table = NULL;
            WfChartData data;
            int sector = sectors[sc] ? wf_dataset_find_sector (fixture.dataset, sectors[sc]) : -1;
            const WfChartRow *row;
            double displaced, sum = 0.0;
            guint first = h - 1;

            wf_chart_data_init (&data);
            data.dataset = fixture.dataset;
            data.results[0] = results;
            data.names[0] = scenario->name;
            data.n_scenarios = 1;
            data.lens = l;
            data.sector = sector;
            g_test_message ("%s %s lens %u", scenario->name, sectors[sc] ? sectors[sc] : "all", l);

            table = wf_chart_get_table (WF_CHART_FLOWS, &data, &error);
            g_assert_no_error (error);
            g_assert_cmpuint (table->n_keys, ==, 3);
            g_assert_cmpuint (table->n_values, ==, 6);

            for (guint r = 0; r < table->rows->len; r++)
              {
                double parts = 0.0, total = table_value (table, r, 5);

                for (guint c = 0; c < 5; c++)
                  parts += table_value (table, r, c);
                g_assert_cmpfloat_with_epsilon (parts, total, 1e-6 * MAX (fabs (total), 1.0));
                n_checked++;
              }

            /* The horizon's bar of the lens against the model, apart. */
            row = g_ptr_array_index (table->rows, first);
            if (l == WF_LENS_GAP)
              displaced = wf_results_cumulative (results, WF_RUN_SCENARIO, WF_OUTPUT_DISPLACED, h, sector, WF_SEX_WOMEN)
                        - wf_results_cumulative (results, WF_RUN_SCENARIO, WF_OUTPUT_DISPLACED, h, sector, WF_SEX_MEN);
            else
              displaced = wf_results_cumulative (results, WF_RUN_SCENARIO, WF_OUTPUT_DISPLACED, h, sector,
                                                 l == WF_LENS_WOMEN ? WF_SEX_WOMEN
                                                 : l == WF_LENS_MEN ? WF_SEX_MEN : WF_SEX_ALL);
            g_assert_cmpfloat_with_epsilon (row->values[5], displaced, 1e-6 * MAX (fabs (displaced), 1.0));
            if (l == WF_LENS_TOTAL && sector < 0)
              {
                WfHeadline headline;

                wf_results_headline (results, &headline);
                g_assert_cmpfloat_with_epsilon (row->values[5], headline.cumulative_displaced,
                                                1e-6 * MAX (headline.cumulative_displaced, 1.0));
                /* The two pools are the stocks at the horizon. */
                g_assert_cmpfloat_with_epsilon (row->values[2] + row->values[3], headline.displaced_looking,
                                                1e-6 * MAX (headline.displaced_looking, 1.0));
              }
            /* The baseline row follows, and displaces almost no one. */
            g_assert_cmpstr (((const WfChartRow *) g_ptr_array_index (table->rows, first + 1))->keys[2], ==,
                             "Without the AI push");

            /* What is drawn: the first bar's five pieces. */
            if (l != WF_LENS_GAP)
              {
                render (WF_CHART_FLOWS, WF_CHART_THEME_LIGHT, 1280, 720, &data, layout);
                for (guint i = 0; i < 5; i++)
                  {
                    const WfChartMark *m = &g_array_index (layout->marks, WfChartMark, i);

                    g_assert_cmpint (m->series, ==, (int) i);
                    sum += m->value;
                  }
                g_assert_cmpfloat_with_epsilon (sum, displaced, 1e-6 * MAX (fabs (displaced), 1.0));
              }
          }
      /* Something is displaced in every preset with the AI push. */
      if (p != WF_PRESET_BASELINE)
        g_assert_cmpfloat (wf_results_cumulative (results, WF_RUN_SCENARIO, WF_OUTPUT_DISPLACED, h, -1, WF_SEX_ALL),
                           >, 1000.0);
    }
  g_assert_cmpuint (n_checked, >, 100);
}

/* The table behind the flows chart: the years before the horizon for the
 * lens, then a scenario and a baseline row per sex at the horizon; a
 * horizon before the results' is respected. */
static void
test_flows_table (void)
{
  static const char * const columns[] = { "Year", "Sex", "Scenario", "Redeployed in the firm", "Re-employed",
                                          "Reskilled, still looking", "Untrained, still looking",
                                          "Left the labour force", "Displaced, in all" };
  static const char * const sexes[] = { "Women and men", "Women", "Men" };
  g_autoptr(WfChartTable) table = NULL;
  g_autoptr(WfChartTable) early = NULL;
  g_autoptr(WfChartTable) gap = NULL;
  g_autoptr(WfChartLayout) layout = wf_chart_layout_new ();
  g_autofree char *displaced = NULL;
  const WfChartRow *row;
  WfChartData data;

  data_init (&data, 1);
  table = wf_chart_get_table (WF_CHART_FLOWS, &data, NULL);
  g_assert_cmpstr (table->title, ==, "Where displaced workers go");
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    g_assert_cmpstr (table->columns[c], ==, columns[c]);
  g_assert_cmpuint (table->rows->len, ==, 6 + 3 * 2);
  for (guint r = 0; r < 6; r++)
    {
      g_autofree char *year = g_strdup_printf ("%d", 2024 + (int) r);

      row = g_ptr_array_index (table->rows, r);
      g_assert_cmpstr (row->keys[0], ==, year);
      g_assert_cmpstr (row->keys[1], ==, "Women and men");
      g_assert_cmpstr (row->keys[2], ==, fixture.names[0]);
      /* Nobody is displaced twice: the total only grows. */
      if (r > 0)
        g_assert_cmpfloat (row->values[5], >=,
                           ((const WfChartRow *) g_ptr_array_index (table->rows, r - 1))->values[5]);
    }
  for (guint b = 0; b < 3; b++)
    for (guint run = 0; run < 2; run++)
      {
        row = g_ptr_array_index (table->rows, 6 + 2 * b + run);
        g_assert_cmpstr (row->keys[0], ==, "2030");
        g_assert_cmpstr (row->keys[1], ==, sexes[b]);
        g_assert_cmpstr (row->keys[2], ==, run ? "Without the AI push" : fixture.names[0]);
      }
  /* Women and men add up to the total (no sex unknown in the world data). */
  for (guint c = 0; c < 6; c++)
    g_assert_cmpfloat_with_epsilon (table_value (table, 6, c), table_value (table, 8, c) + table_value (table, 10, c),
                                    1e-6 * MAX (table_value (table, 6, c), 1.0));
  /* The baseline displaces far fewer than the scenario. */
  g_assert_cmpfloat (table_value (table, 7, 5), <, 0.01 * table_value (table, 6, 5));

  /* The summary states the main finding with the table's numbers. */
  displaced = wf_chart_people_text (table_value (table, 6, 5));
  g_assert_nonnull (strstr (table->summary, displaced));
  g_assert_nonnull (strstr (table->summary, "still looking for work"));
  g_assert_nonnull (strstr (table->summary, fixture.names[0]));

  /* A horizon of 2026: two years before it, then the bars of 2026. */
  data.horizon = 2026;
  early = wf_chart_get_table (WF_CHART_FLOWS, &data, NULL);
  g_assert_cmpuint (early->rows->len, ==, 2 + 3 * 2);
  g_assert_cmpstr (((const WfChartRow *) g_ptr_array_index (early->rows, 2))->keys[0], ==, "2026");
  render (WF_CHART_FLOWS, WF_CHART_THEME_LIGHT, 1280, 720, &data, layout);
  g_assert_cmpuint (layout->marks->len, ==, 3 * 6 + 3 * 5);

  /* One year after the base: a single column year by year. */
  data.horizon = 2024;
  render (WF_CHART_FLOWS, WF_CHART_THEME_DARK, 1280, 720, &data, layout);
  g_assert_cmpuint (layout->marks->len, ==, 3 * 6 + 1 * 5);
  assert_inside (layout, 1280, 720);

  /* The gap lens: women minus men in every row. */
  data.horizon = 0;
  data.lens = WF_LENS_GAP;
  gap = wf_chart_get_table (WF_CHART_FLOWS, &data, NULL);
  g_assert_cmpuint (gap->rows->len, ==, 6 + 2);
  row = g_ptr_array_index (gap->rows, 6);
  g_assert_cmpstr (row->keys[1], ==, "Women minus men");
  for (guint c = 0; c < 6; c++)
    g_assert_cmpfloat_with_epsilon (row->values[c], table_value (table, 8, c) - table_value (table, 10, c),
                                    1e-6 * MAX (table_value (table, 6, c), 1.0));
}

/* Without AI adoption nobody is displaced: the chart still draws its
 * axes from zero, and says so in words. */
static void
test_flows_nothing_displaced (void)
{
  g_autoptr(WfScenario) scenario = wf_scenario_new_preset (WF_PRESET_BASELINE);
  g_autoptr(WfResults) results = NULL;
  g_autoptr(WfChartLayout) layout = wf_chart_layout_new ();
  g_autoptr(WfChartTable) table = NULL;
  g_autoptr(GError) error = NULL;
  WfChartData data;

  scenario->values[WF_LEVER_ADOPTION_CEILING] = 0.0;
  results = wf_model_project (fixture.dataset, scenario, &error);
  g_assert_no_error (error);

  wf_chart_data_init (&data);
  data.dataset = fixture.dataset;
  data.results[0] = results;
  data.names[0] = scenario->name;
  data.n_scenarios = 1;
  for (guint l = 0; l < WF_N_LENSES; l++)
    {
      data.lens = l;
      render (WF_CHART_FLOWS, WF_CHART_THEME_LIGHT, 1280, 720, &data, layout);
      assert_inside (layout, 1280, 720);
      g_assert_cmpfloat (layout->plot.width, >, 100.0);
      for (guint i = 0; i < layout->marks->len; i++)
        {
          const WfChartMark *m = &g_array_index (layout->marks, WfChartMark, i);

          g_assert_cmpfloat (fabs (m->value), <, 1e-9);
          /* Every piece is empty: drawn from the zero of the axis. */
          g_assert_cmpfloat (MIN (m->rect.width, m->rect.height), <, 1.0);
        }
    }

  data.lens = WF_LENS_TOTAL;
  table = wf_chart_get_table (WF_CHART_FLOWS, &data, NULL);
  g_assert_nonnull (strstr (table->summary, "No worker is displaced by 2030"));
  g_assert_nonnull (strstr (table->summary, "no one would be displaced"));
}

/* The flows chart at the sizes where its layout changes: side by side,
 * one above the other on a tall canvas, the bars alone on a thumbnail;
 * every text inside, a legend entry per place. */
static void
test_flows_layouts (void)
{
  static const double sizes[][2] = { { 1280, 720 }, { 600, 900 }, { 560, 380 }, { 559, 379 }, { 320, 240 },
                                     { 200, 120 }, { 1920, 1080 } };
  g_autoptr(WfChartLayout) layout = wf_chart_layout_new ();

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (guint t = 0; t < WF_N_CHART_THEMES; t++)
      for (guint l = 0; l < WF_N_LENSES; l++)
        {
          WfChartData data;
          gboolean compact = sizes[s][0] < 560 || sizes[s][1] < 380;
          guint n_bars = l == WF_LENS_TOTAL ? 3 : 1;
          guint n_horizon = l == WF_LENS_GAP ? 12 : n_bars * 6;

          data_init (&data, 1);
          data.lens = l;
          g_test_message ("flows %gx%g %s lens %u", sizes[s][0], sizes[s][1], wf_chart_theme_to_id (t), l);
          render (WF_CHART_FLOWS, t, sizes[s][0], sizes[s][1], &data, layout);
          assert_inside (layout, sizes[s][0], sizes[s][1]);
          g_assert_cmpuint (layout->n_legend_entries, ==, 5);
          g_assert_cmpuint (layout->marks->len, ==, n_horizon + (compact ? 0 : 7 * 5));
          for (guint i = 0; i < layout->marks->len; i++)
            {
              const WfChartMark *m = &g_array_index (layout->marks, WfChartMark, i);

              g_assert_cmpfloat (m->rect.x, >=, -0.01);
              g_assert_cmpfloat (m->rect.y, >=, -0.01);
              g_assert_cmpfloat (m->rect.x + m->rect.width, <=, sizes[s][0] + 0.01);
              g_assert_cmpfloat (m->rect.y + m->rect.height, <=, sizes[s][1] + 0.01);
            }
        }
}

static cairo_surface_t *
render_image (WfChartKind   kind,
              WfChartTheme  theme,
              gboolean      high_contrast,
              WfChartData  *data)
{
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 800, 450);
  cairo_t *cr = cairo_create (surface);
  WfChartStyle style;

  wf_chart_style_init (&style);
  style.theme = theme;
  style.high_contrast = high_contrast;
  g_assert_true (wf_chart_render (cr, 800, 450, kind, &style, data, NULL, &error));
  g_assert_no_error (error);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guint8 *row = cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface);

  return ((const guint32 *) row)[x] & 0xffffff;
}

/* Counts the pixels of exactly one colour. */
static guint
count_colour (cairo_surface_t *surface,
              guint32          rgb)
{
  guint n = 0;

  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      n += pixel_at (surface, x, y) == rgb;
  return n;
}

/* A light tint: a colour washed towards white, as a pale band is (not a
 * grey, not a strong colour). */
static gboolean
is_light_tint (guint32 rgb)
{
  int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
  int hi = MAX (r, MAX (g, b)), lo = MIN (r, MIN (g, b));

  return hi - lo >= 24 && lo >= 150;
}

/* The share of the canvas painted in light tints. Antialiased edges of
 * strong lines on white give a few such pixels; a pale fill gives many. */
static double
light_tint_share (cairo_surface_t *surface)
{
  int w = cairo_image_surface_get_width (surface), h = cairo_image_surface_get_height (surface);
  guint n = 0;

  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      n += is_light_tint (pixel_at (surface, x, y));
  return (double) n / (w * h);
}

/* High contrast: text and axes in pure black on white (or white on pure
 * black), and every chart drawn differently from the ordinary theme. */
static void
test_high_contrast (void)
{
  WfChartData data;

  data_init (&data, 2);
  for (guint k = 0; k < WF_N_CHART_KINDS; k++)
    {
      cairo_surface_t *plain = render_image (k, WF_CHART_THEME_LIGHT, FALSE, &data);
      cairo_surface_t *strong = render_image (k, WF_CHART_THEME_LIGHT, TRUE, &data);
      cairo_surface_t *dark = render_image (k, WF_CHART_THEME_DARK, TRUE, &data);

      g_test_message ("chart %s", wf_chart_kind_to_id (k));
      /* WF_RENDER_DUMP=DIR keeps the pictures, to look at them. */
      if (g_getenv ("WF_RENDER_DUMP") != NULL)
        {
          g_autofree char *a = g_strdup_printf ("%s/%s-plain.png", g_getenv ("WF_RENDER_DUMP"), wf_chart_kind_to_id (k));
          g_autofree char *b = g_strdup_printf ("%s/%s-high-contrast.png", g_getenv ("WF_RENDER_DUMP"), wf_chart_kind_to_id (k));
          g_autofree char *c = g_strdup_printf ("%s/%s-high-contrast-dark.png", g_getenv ("WF_RENDER_DUMP"), wf_chart_kind_to_id (k));

          cairo_surface_write_to_png (plain, a);
          cairo_surface_write_to_png (strong, b);
          cairo_surface_write_to_png (dark, c);
        }
      /* The ordinary theme writes in near-black (#1c1c1c), never pure black. */
      g_assert_cmpuint (count_colour (plain, 0x000000), <, count_colour (strong, 0x000000));
      g_assert_cmpuint (count_colour (strong, 0x000000), >, 100);
      g_assert_cmphex (pixel_at (dark, 1, 1), ==, 0x000000);
      g_assert_cmpuint (count_colour (dark, 0xffffff), >, 100);
      /* No pale fill under high contrast (issue #16): only the
       * antialiased edges of strong colours, under 1 % of the canvas. The
       * exposure chart's colour scale starts at a strong colour there. */
      g_test_message ("light tints: %.4f plain, %.4f high contrast", light_tint_share (plain),
                      light_tint_share (strong));
      g_assert_cmpfloat (light_tint_share (strong), <, 0.01);
      /* The check sees a pale fill: the fan's bands and the exposure
       * scale's smallest shares in the ordinary theme. */
      if (k == WF_CHART_FAN || k == WF_CHART_EXPOSURE)
        g_assert_cmpfloat (light_tint_share (plain), >, 0.03);

      cairo_surface_destroy (plain);
      cairo_surface_destroy (strong);
      cairo_surface_destroy (dark);
    }

  /* The exposure gap: small gaps are pale tints of the sexes' colours in
   * the ordinary theme, at least half the colour under high contrast. */
  data.lens = WF_LENS_GAP;
  {
    cairo_surface_t *plain = render_image (WF_CHART_EXPOSURE, WF_CHART_THEME_LIGHT, FALSE, &data);
    cairo_surface_t *strong = render_image (WF_CHART_EXPOSURE, WF_CHART_THEME_LIGHT, TRUE, &data);

    g_test_message ("exposure gap, light tints: %.4f plain, %.4f high contrast", light_tint_share (plain),
                    light_tint_share (strong));
    g_assert_cmpfloat (light_tint_share (plain), >, 0.03);
    g_assert_cmpfloat (light_tint_share (strong), <, 0.01);
    cairo_surface_destroy (plain);
    cairo_surface_destroy (strong);
  }
}

/* Employment of unknown sex is shown as such, never split. */
static void
test_unknown_sex (void)
{
  g_autoptr(WfDataset) dataset = wf_dataset_copy (fixture.dataset);
  g_autoptr(WfScenario) scenario = wf_scenario_new_preset (WF_PRESET_BASELINE);
  g_autoptr(WfResults) results = NULL;
  g_autoptr(WfChartLayout) layout = wf_chart_layout_new ();
  g_autoptr(GError) error = NULL;
  WfSector *sector = &dataset->sectors[0];
  WfChartData data;

  sector->employment[WF_SEX_UNKNOWN] = sector->employment[WF_SEX_WOMEN] + sector->employment[WF_SEX_MEN];
  sector->employment[WF_SEX_WOMEN] = 0.0;
  sector->employment[WF_SEX_MEN] = 0.0;
  for (guint k = 0; k < WF_N_GRADIENTS; k++)
    sector->exposure[WF_SEX_UNKNOWN][k] = sector->exposure[WF_SEX_MEN][k];
  sector->digital_requirement[WF_SEX_UNKNOWN] = sector->digital_requirement[WF_SEX_MEN];
  sector->digital_workforce[WF_SEX_UNKNOWN] = sector->digital_workforce[WF_SEX_MEN];

  results = wf_model_project (dataset, scenario, &error);
  g_assert_no_error (error);

  wf_chart_data_init (&data);
  data.dataset = dataset;
  data.results[0] = results;
  data.names[0] = scenario->name;
  data.n_scenarios = 1;

  render (WF_CHART_BUTTERFLY, WF_CHART_THEME_LIGHT, 1280, 720, &data, layout);
  g_assert_cmpuint (layout->n_series, ==, 3);
  g_assert_cmpuint (layout->n_legend_entries, ==, 4);
  g_assert_cmpuint (layout->marks->len, ==, 3 * 14);

  render (WF_CHART_EXPOSURE, WF_CHART_THEME_DARK, 1280, 720, &data, layout);
  g_assert_cmpuint (layout->n_series, ==, 3);

  /* Where displaced workers go: a fourth bar for the sex unknown, and the
   * sexes add up to the total. */
  {
    g_autoptr(WfChartTable) table = NULL;

    render (WF_CHART_FLOWS, WF_CHART_THEME_LIGHT, 1280, 720, &data, layout);
    g_assert_cmpuint (layout->marks->len, ==, 4 * 6 + 7 * 5);
    table = wf_chart_get_table (WF_CHART_FLOWS, &data, NULL);
    g_assert_cmpuint (table->rows->len, ==, 6 + 4 * 2);
    g_assert_cmpstr (((const WfChartRow *) g_ptr_array_index (table->rows, 12))->keys[1], ==, "Sex unknown");
    g_assert_cmpfloat (table_value (table, 12, 5), >, 0.0);
    g_assert_cmpfloat_with_epsilon (table_value (table, 6, 5),
                                    table_value (table, 8, 5) + table_value (table, 10, 5) + table_value (table, 12, 5),
                                    1e-6 * table_value (table, 6, 5));
  }

  {
    g_autofree char *subtitle = NULL;

    data.lens = WF_LENS_WOMEN;
    subtitle = wf_chart_subtitle (WF_CHART_EMPLOYMENT, &data, NULL, 7);
    g_assert_nonnull (strstr (subtitle, "unknown"));
  }
}

static void
test_numbers (void)
{
  WfChartStyle style;
  g_autofree char *c = NULL;
  g_autofree char *neg = NULL;

  wf_chart_style_init (&style);
  style.c_locale = TRUE;
  c = wf_chart_format_style (&style, 3510.25, 1);
  g_assert_cmpstr (c, ==, "3510.2");
  neg = wf_chart_format_style (&style, -0.01, 1);
  g_assert_cmpstr (neg, ==, "0.0");

  if (setlocale (LC_NUMERIC, "en_US.UTF-8") != NULL)
    {
      g_autofree char *grouped = NULL;

      style.c_locale = FALSE;
      grouped = wf_chart_format_style (&style, 3510.25, 1);
      g_assert_cmpstr (grouped, ==, "3,510.2");
      setlocale (LC_NUMERIC, "C");
    }
  else
    g_test_message ("en_US.UTF-8 not installed: grouping not checked");

  /* French groups thousands with a space that stays visible on a chart
   * axis (a no-break space, not the hairline U+202F). */
  if (setlocale (LC_NUMERIC, "fr_FR.UTF-8") != NULL)
    {
      g_autofree char *grouped = NULL;

      style.c_locale = FALSE;
      grouped = wf_chart_format_style (&style, 4000.0, 0);
      g_assert_cmpstr (grouped, ==, "4\u00a0000");
      g_clear_pointer (&grouped, g_free);
      grouped = wf_chart_format_style (&style, 3510.25, 1);
      g_assert_cmpstr (grouped, ==, "3\u00a0510,2");
      setlocale (LC_NUMERIC, "C");
    }
  else
    g_test_message ("fr_FR.UTF-8 not installed: French grouping not checked");
}

static void
test_axis (void)
{
  WfAxis axis;

  wf_chart_axis_init (&axis, 3210.0, 3790.0, 6, TRUE);
  g_assert_cmpfloat (axis.min, <=, 3210.0);
  g_assert_cmpfloat (axis.max, >=, 3790.0);
  g_assert_cmpfloat (axis.step, ==, 100.0);
  g_assert_cmpfloat (axis.divisor, ==, 1000.0);
  g_assert_cmpint (axis.decimals, ==, 1);

  wf_chart_axis_init (&axis, -12.0, 40.0, 5, TRUE);
  g_assert_cmpfloat (axis.step, ==, 20.0);
  g_assert_cmpfloat (axis.divisor, ==, 1.0);
}

static void
test_kind_ids (void)
{
  static const char * const ids[] = { "employment", "waterfall", "flows", "butterfly", "exposure",
                                      "skills", "digital", "compare", "fan", "tornado", "attribution",
                                      "workshop" };

  g_assert_cmpuint (G_N_ELEMENTS (ids), ==, WF_N_CHART_KINDS);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      WfChartKind kind;

      g_assert_true (wf_chart_kind_from_id (ids[i], &kind));
      g_assert_cmpint (kind, ==, i);
      g_assert_cmpstr (wf_chart_kind_to_id (kind), ==, ids[i]);
    }
  /* What a kind needs is in its table entry: only the uncertainty charts
   * need a computation besides the projections. */
  for (guint k = 0; k < WF_N_CHART_KINDS; k++)
    {
      WfChartNeeds computed = WF_CHART_NEEDS_ENSEMBLE | WF_CHART_NEEDS_TORNADO | WF_CHART_NEEDS_ATTRIBUTION;
      WfChartNeeds needs = wf_chart_kind_get_needs (k);

      g_assert_nonnull (wf_chart_kind_get_title (k));
      g_assert_cmpint (!!(needs & computed), ==,
                       k == WF_CHART_FAN || k == WF_CHART_TORNADO || k == WF_CHART_ATTRIBUTION);
    }
  g_assert_cmpint (wf_chart_kind_get_needs (WF_CHART_FAN), ==, WF_CHART_NEEDS_ENSEMBLE | WF_CHART_NEEDS_COMPARED);
  g_assert_cmpint (wf_chart_kind_get_needs (WF_CHART_COMPARE) & WF_CHART_NEEDS_COMPARISON, !=, 0);
  g_assert_cmpint (wf_chart_kind_get_needs (WF_CHART_TORNADO) & WF_CHART_NEEDS_METRIC, !=, 0);
}

/* The tornado: a bar per lever with a range, widest first, each from the
 * value at one end to the value at the other around the scenario's. */
static void
test_tornado (void)
{
  g_autoptr(WfChartLayout) layout = wf_chart_layout_new ();
  g_autoptr(WfChartTable) table = NULL;
  const WfTornado *t = fixture.tornado;
  guint n_ranged = 0;
  WfChartData data;

  for (guint i = 0; i < t->n_bars; i++)
    n_ranged += t->bars[i].low_value != t->bars[i].high_value;
  g_assert_cmpuint (n_ranged, >, 3);

  data_init (&data, 1);
  render (WF_CHART_TORNADO, WF_CHART_THEME_LIGHT, 1280, 720, &data, layout);
  g_assert_cmpuint (layout->marks->len, ==, n_ranged);
  g_assert_cmpuint (layout->n_legend_entries, ==, 3);
  for (guint i = 0; i < layout->marks->len; i++)
    {
      const WfChartMark *m = &g_array_index (layout->marks, WfChartMark, i);

      /* A swing of a thousand jobs or more is visible. */
      if (m->value > 1000.0)
        g_assert_cmpfloat (m->rect.width, >, 0.5);
      /* The tooltip names the lever and both outcomes. */
      g_assert_nonnull (strstr (m->label, "million") != NULL ? m->label : strstr (m->label, "thousand"));
      if (i > 0)
        g_assert_cmpfloat (m->value, <=, g_array_index (layout->marks, WfChartMark, i - 1).value);
    }

  table = wf_chart_get_table (WF_CHART_TORNADO, &data, NULL);
  g_assert_cmpuint (table->rows->len, ==, n_ranged);
  for (guint r = 0; r < table->rows->len; r++)
    {
      const WfChartRow *row = g_ptr_array_index (table->rows, r);

      g_assert_cmpfloat_with_epsilon (row->values[2], fabs (row->values[1] - row->values[0]), 1e-6);
    }
}

/* The attribution: the reference, a step per lever that differs, the
 * scenario; the steps add up to the difference. */
static void
test_attribution (void)
{
  g_autoptr(WfChartLayout) layout = wf_chart_layout_new ();
  g_autoptr(WfChartTable) table = NULL;
  const WfAttribution *a = fixture.attribution;
  const WfChartRow *first, *last;
  double sum = 0.0;
  WfChartData data;

  g_assert_cmpuint (a->n_parts, >, 3);
  data_init (&data, 1);
  render (WF_CHART_ATTRIBUTION, WF_CHART_THEME_DARK, 1280, 720, &data, layout);
  g_assert_cmpuint (layout->marks->len, ==, a->n_parts + 2);
  g_assert_cmpuint (layout->n_series, ==, 3);

  table = wf_chart_get_table (WF_CHART_ATTRIBUTION, &data, NULL);
  g_assert_cmpuint (table->rows->len, ==, a->n_parts + 2);
  first = g_ptr_array_index (table->rows, 0);
  last = g_ptr_array_index (table->rows, table->rows->len - 1);
  for (guint r = 1; r + 1 < table->rows->len; r++)
    sum += ((const WfChartRow *) g_ptr_array_index (table->rows, r))->values[0];
  g_assert_cmpfloat_with_epsilon (first->values[0] + sum, last->values[0], 1e-6 * MAX (1.0, fabs (last->values[0])));
  g_assert_cmpfloat_with_epsilon (last->values[0] - first->values[0], a->total, 1e-9 * MAX (1.0, fabs (a->total)));
}

/* The fan's percentiles are in order and the subtitle gives runs and seed. */
static void
test_fan (void)
{
  g_autoptr(WfChartTable) table = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *seed = g_strdup_printf ("seed %" G_GUINT64_FORMAT, fixture.ensemble->seed);
  WfChartData data;

  data_init (&data, 1);
  table = wf_chart_get_table (WF_CHART_FAN, &data, NULL);
  g_assert_cmpuint (table->rows->len, ==, fixture.results[0]->n_years);
  for (guint r = 0; r < table->rows->len; r++)
    {
      const WfChartRow *row = g_ptr_array_index (table->rows, r);

      for (guint p = 1; p < WF_N_PERCENTILES; p++)
        g_assert_cmpfloat (row->values[p - 1], <=, row->values[p]);
    }
  subtitle = wf_chart_subtitle (WF_CHART_FAN, &data, NULL, wf_chart_horizon_index (&data));
  g_assert_nonnull (strstr (subtitle, "200 runs"));
  g_assert_nonnull (strstr (subtitle, seed));
}

/* The fan's subtitle writes its number of runs as the chart writes its
 * other numbers: grouped in the locales that group ("1,000 runs",
 * "1 000", "1.000"), not at all with the C locale ("1000"), in the
 * drawing and in the SVG's title alike. */
static void
test_fan_runs (void)
{
  static const struct { const char *locale; const char *runs; } cases[] = {
    { "en_US.UTF-8", "1,000 runs" },
    { "fr_FR.UTF-8", "1\u00a0000 runs" },
    { "es_ES.UTF-8", "1.000 runs" },
  };
  WfEnsemble ensemble = *fixture.ensemble;
  guint checked = 0;

  ensemble.n_runs = 1000;
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (guint c = 0; c < 2; c++)
      {
        g_autoptr(WfChartLayout) layout = wf_chart_layout_new ();
        g_autoptr(GError) error = NULL;
        g_autofree char *subtitle = NULL;
        g_autofree char *number = NULL;
        g_autofree char *expected = NULL;
        cairo_surface_t *surface;
        cairo_t *cr;
        WfChartStyle style;
        WfChartData data;

        if (setlocale (LC_NUMERIC, cases[i].locale) == NULL)
          {
            g_test_message ("%s not installed: its grouping is not checked", cases[i].locale);
            continue;
          }
        wf_chart_style_init (&style);
        style.c_locale = c == 1;
        data_init (&data, 1);
        data.ensemble = &ensemble;
        /* As the chart's other numbers, with the same helper. */
        number = wf_chart_format_style (&style, 1000, 0);
        expected = c == 1 ? g_strdup ("1000 runs") : g_strdup (cases[i].runs);
        g_assert_cmpstr (expected + strlen (number), ==, " runs");

        subtitle = wf_chart_subtitle (WF_CHART_FAN, &data, &style, wf_chart_horizon_index (&data));
        if (strstr (subtitle, expected) == NULL)
          g_error ("%s%s: the fan's subtitle “%s” does not say “%s”", cases[i].locale, c == 1 ? ", C locale" : "",
                   subtitle, expected);

        surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1280, 720);
        cr = cairo_create (surface);
        g_assert_true (wf_chart_render (cr, 1280, 720, WF_CHART_FAN, &style, &data, layout, &error));
        g_assert_no_error (error);
        cairo_destroy (cr);
        cairo_surface_destroy (surface);
        g_assert_cmpuint (layout->texts->len, >=, 2);
        /* The title, then the subtitle. */
        if (strstr (g_ptr_array_index (layout->texts, 1), expected) == NULL)
          g_error ("%s%s: the fan chart draws the subtitle “%s”, not “%s”", cases[i].locale,
                   c == 1 ? ", C locale" : "", (const char *) g_ptr_array_index (layout->texts, 1), expected);
        checked++;
      }
  setlocale (LC_NUMERIC, "C");
  if (checked == 0)
    g_test_skip ("none of en_US, fr_FR, es_ES is installed");
}

/* Without their input the uncertainty charts draw a message, not an error,
 * and no marks. */
static void
test_computing (void)
{
  static const WfChartKind kinds[] = { WF_CHART_FAN, WF_CHART_TORNADO, WF_CHART_ATTRIBUTION };
  g_autoptr(WfChartLayout) layout = wf_chart_layout_new ();

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      WfChartData data;

      data_init (&data, 1);
      data.ensemble = NULL;
      data.tornado = NULL;
      data.attribution = NULL;
      render (kinds[i], WF_CHART_THEME_LIGHT, 800, 500, &data, layout);
      assert_inside (layout, 800, 500);
      g_assert_cmpuint (layout->marks->len, ==, 0);
    }
}

/* On screen at 800 x 500 no text is smaller than about 11 px (the lead
 * found 8 px legends); thumbnails may go smaller. */
static void
test_text_size (void)
{
  g_autoptr(WfChartLayout) layout = wf_chart_layout_new ();
  WfChartData data;

  data_init (&data, 1);
  for (guint k = 0; k < WF_N_CHART_KINDS; k++)
    {
      if (k == WF_CHART_COMPARE)
        continue;
      render (k, WF_CHART_THEME_LIGHT, 800, 500, &data, layout);
      for (guint i = 0; i < layout->text_boxes->len; i++)
        {
          const WfChartRect *r = &g_array_index (layout->text_boxes, WfChartRect, i);

          /* A line's logical height is about 1.2 times the font size. */
          g_assert_cmpfloat (r->height, >=, 10.0 * 1.15);
        }
    }
}

/* Every tooltip says the value and its unit. */
static void
test_mark_labels (void)
{
  g_autoptr(WfChartLayout) layout = wf_chart_layout_new ();
  WfChartData data;

  data_init (&data, 1);
  for (guint k = 0; k < WF_N_CHART_KINDS; k++)
    {
      render (k, WF_CHART_THEME_LIGHT, 1280, 720, &data, layout);
      for (guint i = 0; i < layout->marks->len; i++)
        {
          const WfChartMark *mark = &g_array_index (layout->marks, WfChartMark, i);
          const char *label = mark->label;

          /* The workshop's lever dots name the lever and its own unit (a
           * year is a number alone). */
          if (k == WF_CHART_WORKSHOP && mark->category < WF_N_LEVERS)
            {
              const WfLeverInfo *info = wf_lever_get_info (mark->category);

              g_assert_nonnull (strstr (label, wf_lever_get_label (mark->category)));
              g_assert_true (info->unit == NULL || info->unit[0] == '\0' || g_str_equal (info->unit, "year") ||
                             strstr (label, wf_lever_get_unit (mark->category)));
              continue;
            }
          g_assert_true (strstr (label, "million") || strstr (label, "thousand") || strstr (label, "%") ||
                         strstr (label, "percentage points") || strstr (label, "no data"));
          g_assert_nonnull (strchr (label, ':'));
        }
    }
}

static void
test_errors (void)
{
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 10, 10);
  cairo_t *cr = cairo_create (surface);
  WfChartData data;

  data_init (&data, 1);
  data.ensemble = NULL;
  g_assert_null (wf_chart_get_table (WF_CHART_FAN, &data, &error));
  g_assert_error (error, WF_CHART_ERROR, WF_CHART_ERROR_INVALID_DATA);
  g_clear_error (&error);
  data.ensemble = fixture.ensemble;

  data.sector = 99;
  g_assert_false (wf_chart_render (cr, 100, 100, WF_CHART_EMPLOYMENT, NULL, &data, NULL, &error));
  g_assert_error (error, WF_CHART_ERROR, WF_CHART_ERROR_INVALID_DATA);
  g_clear_error (&error);

  data.sector = -1;
  g_assert_false (wf_chart_render (cr, 0, 100, WF_CHART_EMPLOYMENT, NULL, &data, NULL, &error));
  g_assert_error (error, WF_CHART_ERROR, WF_CHART_ERROR_INVALID_SIZE);
  g_clear_error (&error);

  data.n_scenarios = 0;
  g_assert_false (wf_chart_render (cr, 100, 100, WF_CHART_EMPLOYMENT, NULL, &data, NULL, &error));
  g_assert_error (error, WF_CHART_ERROR, WF_CHART_ERROR_INVALID_DATA);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  /* The uncertainty charts' inputs: a small ensemble, with sectors so
   * that the sector filter can be drawn. */
  wf_chart_fixture_init (&fixture, WF_PRESET_EXPONENTIAL_LIMITED, WF_PRESET_BASELINE, 200, TRUE);

  g_test_add_func ("/charts/render/all-sizes-themes-lenses", test_all_sizes);
  for (guint i = 0; i < G_N_ELEMENTS (count_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/charts/render/counts/%s", count_cases[i].name);

      g_test_add_data_func (path, &count_cases[i], test_counts);
    }
  g_test_add_func ("/charts/table/lens-values", test_lens_values);
  g_test_add_func ("/charts/table/waterfall-identity", test_waterfall_identity);
  g_test_add_func ("/charts/table/flows-identity", test_flows_identity);
  g_test_add_func ("/charts/table/flows", test_flows_table);
  g_test_add_func ("/charts/render/flows-layouts", test_flows_layouts);
  g_test_add_func ("/charts/render/flows-nothing-displaced", test_flows_nothing_displaced);
  g_test_add_func ("/charts/render/unknown-sex", test_unknown_sex);
  g_test_add_func ("/charts/render/high-contrast", test_high_contrast);
  g_test_add_func ("/charts/format/numbers", test_numbers);
  g_test_add_func ("/charts/format/axis", test_axis);
  g_test_add_func ("/charts/kinds/ids", test_kind_ids);
  g_test_add_func ("/charts/render/errors", test_errors);
  g_test_add_func ("/charts/render/tornado", test_tornado);
  g_test_add_func ("/charts/render/attribution", test_attribution);
  g_test_add_func ("/charts/table/fan", test_fan);
  g_test_add_func ("/charts/render/fan-runs", test_fan_runs);
  g_test_add_func ("/charts/render/computing", test_computing);
  g_test_add_func ("/charts/render/text-size", test_text_size);
  g_test_add_func ("/charts/render/mark-labels", test_mark_labels);
  g_test_add_func ("/charts/render/workshop-twenty", test_workshop_twenty);

  status = g_test_run ();
  wf_chart_fixture_clear (&fixture);
  wf_chart_shutdown ();
  return status;
}
