/* test-descriptions.c: what the charts' descriptions say (issue 16)
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every chart's accessible description (its table's summary) says its
 * main finding in a sentence, in the language of LC_ALL (meson runs it in
 * English, French and Spanish): the compared scenario that differs most
 * from the reference, an attribution where no lever changes anything,
 * true minus signs, metric names in lower case inside a sentence and
 * counts that read "1.6 million women", « 1,6 million de femmes »,
 * « 1,6 millones de mujeres ».
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "wf-chart.h"
#include "wf-chart-private.h"
#include "wf-core.h"
#include "wf-chart-test.h"
#include "wf-i18n.h"

static WfChartFixture fixture;

static char *skip_reason;

/* "C", "fr" or "es": the language the descriptions are in. */
static const char *language;

static char *
summary (WfChartKind        kind,
         const WfChartData *data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WfChartTable) table = wf_chart_get_table (kind, data, &error);

  g_assert_no_error (error);
  g_assert_nonnull (table->summary);
  g_test_message ("%s: %s", wf_chart_kind_to_id (kind), table->summary);
  return g_strdup (table->summary);
}

static gboolean
skipped (void)
{
  if (skip_reason != NULL)
    g_test_skip (skip_reason);
  return skip_reason != NULL;
}

/* The text of @lang ("C", "fr", "es") among three. */
static const char *
in_language (const char *c,
             const char *fr,
             const char *es)
{
  return g_str_equal (language, "fr") ? fr : g_str_equal (language, "es") ? es : c;
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("%s: “%s” is not in “%s”", language, part, text);
}

static void
assert_lacks (const char *text,
              const char *part)
{
  if (strstr (text, part) != NULL)
    g_error ("%s: “%s” should not be in “%s”", language, part, text);
}

/* The compare chart says which scenario differs most from the reference,
 * and by how much, in a sentence; not a list of values. */
static void
test_compare (void)
{
  WfChartData data;
  guint horizon;
  double diff[2];
  guint most;

  if (skipped ())
    return;
  wf_chart_fixture_data (&fixture, &data, 2, 2);
  horizon = fixture.results[0]->n_years - 1;
  for (guint i = 0; i < 2; i++)
    diff[i] = wf_results_get (fixture.results[i], WF_RUN_SCENARIO, WF_OUTPUT_EMPLOYMENT, horizon, -1, WF_SEX_ALL)
              - wf_results_get (fixture.results[0], WF_RUN_BASELINE, WF_OUTPUT_EMPLOYMENT, horizon, -1, WF_SEX_ALL);
  most = fabs (diff[1]) > fabs (diff[0]) ? 1 : 0;
  /* The fixture's first scenario (exponential AI, limited readiness) is
   * the one furthest from the baseline, by tens of millions of jobs. */
  g_assert_cmpuint (most, ==, 0);
  g_assert_cmpfloat (diff[0], <, -10000.0);

  {
    g_autofree char *text = summary (WF_CHART_COMPARE, &data);
    g_autofree char *quoted = g_strconcat (in_language ("“", "«\u202f", "«"), fixture.names[most],
                                           in_language ("”", "\u202f»", "»"), NULL);

    assert_contains (text, in_language ("of the 2 scenarios compared", "des 2 scénarios comparés",
                                        "de los 2 escenarios comparados"));
    assert_contains (text, quoted);
    assert_contains (text, in_language ("differs the most from the baseline without the AI push, by −",
                                        "qui s’écarte le plus du scénario de référence sans l’essor de l’IA, "
                                        "avec un écart de −",
                                        "es el que más difiere del escenario de referencia sin el auge de la IA, "
                                        "con una diferencia de −"));
    assert_contains (text, in_language (" million (", " millions (", " millones ("));
    /* No list of "name value; name value". */
    assert_lacks (text, in_language ("million;", "millions;", "millones;"));
  }

  /* One scenario, as differences from its own baseline. */
  data.n_scenarios = 1;
  data.difference = TRUE;
  {
    g_autofree char *text = summary (WF_CHART_COMPARE, &data);

    assert_contains (text, in_language ("differs from its baseline without the AI push by −",
                                        "présente un écart de −",
                                        "difiere en −"));
  }
}

/* An attribution where every contribution is zero (a scenario against
 * itself) names no lever as contributing the most. */
static void
test_attribution_zero (void)
{
  WfAttribution zero = *fixture.attribution;
  WfChartData data;

  if (skipped ())
    return;
  g_assert_cmpuint (zero.n_parts, >, 0);
  zero.total = 0.0;
  zero.scenario_value = zero.reference_value;
  for (guint p = 0; p < zero.n_parts; p++)
    zero.parts[p].contribution = 0.0;
  wf_chart_fixture_data (&fixture, &data, 1, 1);
  data.attribution = &zero;
  {
    g_autofree char *text = summary (WF_CHART_ATTRIBUTION, &data);

    assert_lacks (text, in_language ("contributes the most", "y contribue le plus", "es la que más contribuye"));
    assert_contains (text, in_language ("no lever changes the result", "aucun levier ne modifie le résultat",
                                        "ninguna palanca cambia el resultado"));
  }

  /* The fixture's own attribution still names its largest lever. */
  data.attribution = fixture.attribution;
  {
    g_autofree char *text = summary (WF_CHART_ATTRIBUTION, &data);

    assert_contains (text, in_language ("contributes the most", "y contribue le plus", "es la que más contribuye"));
  }
}

/* Negative numbers take a true minus sign (U+2212), as on the axes. */
static void
test_minus (void)
{
  WfChartData data;

  if (skipped ())
    return;
  wf_chart_fixture_data (&fixture, &data, 2, 2);
  for (guint k = 0; k < WF_N_CHART_KINDS; k++)
    {
      g_autofree char *text = summary (k, &data);

      for (const char *p = text; *p != '\0'; p++)
        if (p[0] == '-' && g_ascii_isdigit (p[1]))
          g_error ("%s: %s: a hyphen for a minus sign in “%s”", language, wf_chart_kind_to_id (k), text);
      /* The fan (a difference from the baseline, below zero) and the
       * skills chart (a category that loses) have negative numbers. */
      if (k == WF_CHART_FAN || k == WF_CHART_SKILLS)
        assert_contains (text, "−");
    }
}

/* A metric's name inside a sentence is in lower case. */
static void
test_metric_in_sentence (void)
{
  WfChartData data;

  if (skipped ())
    return;
  wf_chart_fixture_data (&fixture, &data, 1, 1);
  g_assert_cmpint (fixture.tornado->metric, ==, WF_METRIC_NET_JOBS);
  {
    g_autofree char *text = summary (WF_CHART_TORNADO, &data);

    assert_lacks (text, wf_metric_to_string (WF_METRIC_NET_JOBS));
    assert_contains (text, in_language ("”, net jobs vs baseline in 20",
                                        "\u202f», le solde net d’emplois par rapport à la référence en 20",
                                        "», el empleo neto frente a la referencia en 20"));
  }

  /* The workshop chart's spread of net jobs, likewise. */
  wf_chart_fixture_data (&fixture, &data, 2, 2);
  {
    g_autofree char *text = summary (WF_CHART_WORKSHOP, &data);

    assert_lacks (text, wf_metric_to_string (WF_METRIC_NET_JOBS));
    assert_contains (text, in_language ("In 2030, net jobs vs baseline ranges from ",
                                        "En 2030, le solde net d’emplois par rapport à la référence va de ",
                                        "En 2030, el empleo neto frente a la referencia va de "));
  }
}

/* Counts before a noun: "1.6 million women", « 1,6 million de femmes »,
 * « 1,6 millones de mujeres »; French "million" below 2. */
static void
test_counts (void)
{
  static const struct
  {
    double      thousands;
    WfChartNoun noun;
    const char *c, *fr, *es;
  } cases[] = {
    { 1442300.0, WF_CHART_NOUN_WOMEN, "1442.3 million women", "1\u00a0442,3 millions de femmes",
      "1.442,3 millones de mujeres" },
    { 1600.0, WF_CHART_NOUN_WOMEN, "1.6 million women", "1,6 million de femmes", "1,6 millones de mujeres" },
    { 2000.0, WF_CHART_NOUN_MEN, "2.0 million men", "2,0 millions d’hommes", "2,0 millones de hombres" },
    { 1500.0, WF_CHART_NOUN_JOBS, "1.5 million jobs", "1,5 million d’emplois", "1,5 millones de empleos" },
    { 1.5, WF_CHART_NOUN_WORKERS, "1.5 thousand workers", "1,5 millier de travailleurs",
      "1,5 mil trabajadores" },
    { 250.3, WF_CHART_NOUN_WORKERS, "250.3 thousand workers", "250,3 milliers de travailleurs",
      "250,3 mil trabajadores" },
    { -1600.0, WF_CHART_NOUN_NONE, "−1.6 million", "−1,6 million", "−1,6 millones" },
    { 3512.4, WF_CHART_NOUN_NONE, "3.5 million", "3,5 millions", "3,5 millones" },
  };
  WfChartData data;

  if (skipped ())
    return;
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = wf_chart_people_count (NULL, cases[i].thousands, cases[i].noun, FALSE);

      g_assert_cmpstr (text, ==, in_language (cases[i].c, cases[i].fr, cases[i].es));
    }

  /* The butterfly's description counts women and men so. */
  wf_chart_fixture_data (&fixture, &data, 1, 1);
  {
    g_autofree char *text = summary (WF_CHART_BUTTERFLY, &data);

    assert_contains (text, in_language (" million women and ", " millions de femmes et ",
                                        " millones de mujeres y "));
    assert_contains (text, in_language (" million men are employed", " millions d’hommes ont un emploi",
                                        " millones de hombres tienen empleo"));
  }
  {
    g_autofree char *text = summary (WF_CHART_FLOWS, &data);

    assert_contains (text, in_language (" million workers displaced by ",
                                        " millions de travailleurs ayant perdu leur emploi",
                                        " millones de trabajadores que han perdido"));
  }
  {
    g_autofree char *text = summary (WF_CHART_WATERFALL, &data);

    assert_contains (text, in_language (" million jobs are displaced", " millions d’emplois sont supprimés",
                                        " millones de empleos"));
  }
}

/* The subtitle counts the workers of unknown sex the same way. */
static void
test_unknown_sex_count (void)
{
  g_autoptr(WfDataset) dataset = NULL;
  g_autofree char *subtitle = NULL;
  WfChartData data;

  if (skipped ())
    return;
  dataset = wf_dataset_copy (fixture.dataset);
  for (guint s = 0; s < dataset->n_sectors; s++)
    dataset->sectors[s].employment[WF_SEX_UNKNOWN] = s == 0 ? 1600.0 : 0.0;
  wf_chart_fixture_data (&fixture, &data, 1, 1);
  data.dataset = dataset;
  data.lens = WF_LENS_WOMEN;
  subtitle = wf_chart_subtitle (WF_CHART_EMPLOYMENT, &data, NULL, wf_chart_horizon_index (&data));
  assert_contains (subtitle, in_language ("sex unknown for 1.6 million workers, not shown",
                                          "sexe inconnu pour 1,6 million de travailleurs, non représentés",
                                          "sexo desconocido de 1,6 millones de trabajadores, no mostrados"));
}

/* The footnote separates its sources as the language separates a list:
 * « ; » with a no-break space before it in French. */
static void
test_footnote_separator (void)
{
  g_autoptr(WfChartLayout) layout = wf_chart_layout_new ();
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  WfChartData data;
  const char *footnote = NULL;

  if (skipped ())
    return;
  wf_chart_fixture_data (&fixture, &data, 1, 1);
  g_assert_true (wf_chart_render (cr, 4096, 2304, WF_CHART_EMPLOYMENT, NULL, &data, layout, &error));
  g_assert_no_error (error);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  for (guint i = 0; i < layout->texts->len; i++)
    {
      guint part = g_array_index (layout->text_parts, guint, i);

      if (part < layout->parts->len && strcmp (g_ptr_array_index (layout->parts, part), "footnote") == 0)
        footnote = g_ptr_array_index (layout->texts, i);
    }
  g_assert_nonnull (footnote);
  g_test_message ("footnote: %s", footnote);
  /* Two sources or more, each ending with its provenance tag. */
  assert_contains (footnote, in_language ("]; ", "]\u00a0; ", "]; "));
}

int
main (int    argc,
      char **argv)
{
  const char *lang;
  int status;

  lang = wf_chart_test_init_language (&skip_reason);
  g_test_init (&argc, &argv, NULL);
  if (lang[0] == 'C')
    language = "C";
  else
    {
      g_autofree char *code = g_strndup (lang, 2);

      language = g_intern_string (code);
    }
  wf_chart_fixture_init (&fixture, WF_PRESET_EXPONENTIAL_LIMITED, WF_PRESET_INCREMENTAL_WIDESPREAD, 50, FALSE);

  g_test_add_func ("/charts/descriptions/compare", test_compare);
  g_test_add_func ("/charts/descriptions/attribution-zero", test_attribution_zero);
  g_test_add_func ("/charts/descriptions/minus", test_minus);
  g_test_add_func ("/charts/descriptions/metric-in-sentence", test_metric_in_sentence);
  g_test_add_func ("/charts/descriptions/counts", test_counts);
  g_test_add_func ("/charts/descriptions/footnote-separator", test_footnote_separator);
  g_test_add_func ("/charts/descriptions/unknown-sex-count", test_unknown_sex_count);

  status = g_test_run ();
  wf_chart_fixture_clear (&fixture);
  g_free (skip_reason);
  wf_chart_shutdown ();
  return status;
}
