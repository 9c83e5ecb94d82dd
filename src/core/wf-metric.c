/* wf-metric.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "wf-metric"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wf-metric.h"
#include "wf-id.h"

typedef struct
{
  const char *id;
  const char *name;  /* N_() */
  const char *unit;  /* N_() */
  const char *in_sentence;  /* NC_("metric, inside a sentence") */
} WfMetricInfo;

#define IN_SENTENCE "metric, inside a sentence"

/* The names inside a sentence are the subject of a chart's description
 * ("In the scenario …, net jobs vs baseline in 2030 is −45.7 million"). */
static const WfMetricInfo metrics[WF_N_METRICS] = {
  [WF_METRIC_NET_JOBS] = { "net-jobs", N_("Net jobs vs baseline"), N_("thousands"),
    /* Translators: the metrics with this context are the subject of a
     * sentence ("In the scenario …, net jobs vs baseline in 2030 is
     * −45.7 million"): lower case, with the article your language needs */
    NC_("metric, inside a sentence", "net jobs vs baseline") },
  [WF_METRIC_WOMEN_NET_JOBS] = { "women-net-jobs", N_("Women’s net jobs vs baseline"), N_("thousands"),
    NC_("metric, inside a sentence", "women’s net jobs vs baseline") },
  [WF_METRIC_DISPLACED] = { "displaced", N_("Jobs displaced since the base year"), N_("thousands"),
    NC_("metric, inside a sentence", "jobs displaced since the base year") },
  [WF_METRIC_WOMEN_DISPLACED] = { "women-displaced", N_("Women displaced since the base year"), N_("thousands"),
    NC_("metric, inside a sentence", "women displaced since the base year") },
  [WF_METRIC_WOMEN_SHARE_OF_DISPLACEMENT] = { "women-share-of-displacement", N_("Women’s share of displacement"), N_("share"),
    NC_("metric, inside a sentence", "women’s share of displacement") },
  [WF_METRIC_DISPLACED_POOL] = { "displaced-pool", N_("Displaced, still looking for work"), N_("thousands"),
    NC_("metric, inside a sentence", "the displaced still looking for work") },
  [WF_METRIC_JOBS_TRANSFORMED] = { "jobs-transformed", N_("Jobs transformed"), N_("thousands"),
    NC_("metric, inside a sentence", "jobs transformed") },
  [WF_METRIC_DIGITAL_GAP] = { "digital-gap", N_("Digital skills gap"), N_("thousands"),
    NC_("metric, inside a sentence", "the digital skills gap") },
  [WF_METRIC_WOMEN_DIGITAL_GAP] = { "women-digital-gap", N_("Women’s digital skills gap"), N_("thousands"),
    NC_("metric, inside a sentence", "women’s digital skills gap") },
  [WF_METRIC_UNEMPLOYMENT_RATE_CHANGE] = { "unemployment-rate-change", N_("Unemployment rate vs baseline"), N_("share"),
    NC_("metric, inside a sentence", "the unemployment rate vs baseline") },
  [WF_METRIC_SKILLS_SHORTAGE] = { "skills-shortage", N_("Skills shortage (new work unfilled)"), N_("thousands"),
    NC_("metric, inside a sentence", "the skills shortage (new work unfilled)") },
  [WF_METRIC_LEFT_LABOUR_FORCE] = { "left-labour-force", N_("Displaced who left the labour force"), N_("thousands"),
    NC_("metric, inside a sentence", "the displaced who left the labour force") },
  [WF_METRIC_PRODUCTIVITY] = { "productivity", N_("Labour productivity vs baseline"), N_("share"),
    NC_("metric, inside a sentence", "labour productivity vs baseline") },
  [WF_METRIC_DISPLACED_OUT_OF_WORK] = { "displaced-out-of-work", N_("People displaced and still out of work"), N_("thousands"),
    NC_("metric, inside a sentence", "people displaced and still out of work") },
};

/**
 * wf_metric_evaluate:
 * @results: a projection
 * @metric: the metric
 *
 * Every metric is read at the horizon year of @results. Net jobs compare
 * the scenario run with its baseline run; the others are levels of the
 * scenario run (the baseline holds adoption, so it displaces no one).
 *
 * Returns: the metric's value, in the unit of wf_metric_get_unit ()
 */
double
wf_metric_evaluate (const WfResults *results,
                    WfMetric         metric)
{
  guint y;

  g_return_val_if_fail (results != NULL, 0.0);
  g_return_val_if_fail (metric < WF_N_METRICS, 0.0);

  y = results->n_years - 1;

  switch (metric)
    {
    case WF_METRIC_NET_JOBS:
    case WF_METRIC_WOMEN_NET_JOBS:
      {
        int sex = metric == WF_METRIC_NET_JOBS ? WF_SEX_ALL : WF_SEX_WOMEN;

        return wf_results_get (results, WF_RUN_SCENARIO, WF_OUTPUT_EMPLOYMENT, y, -1, sex)
               - wf_results_get (results, WF_RUN_BASELINE, WF_OUTPUT_EMPLOYMENT, y, -1, sex);
      }

    case WF_METRIC_DISPLACED:
      return wf_results_cumulative (results, WF_RUN_SCENARIO, WF_OUTPUT_DISPLACED, y, -1, WF_SEX_ALL);

    case WF_METRIC_WOMEN_DISPLACED:
      return wf_results_cumulative (results, WF_RUN_SCENARIO, WF_OUTPUT_DISPLACED, y, -1, WF_SEX_WOMEN);

    case WF_METRIC_WOMEN_SHARE_OF_DISPLACEMENT:
      {
        /* Of displacement with a known sex, as in the headline. */
        double women = wf_results_cumulative (results, WF_RUN_SCENARIO, WF_OUTPUT_DISPLACED,
                                              y, -1, WF_SEX_WOMEN);
        double men = wf_results_cumulative (results, WF_RUN_SCENARIO, WF_OUTPUT_DISPLACED,
                                            y, -1, WF_SEX_MEN);

        return women + men > 0.0 ? women / (women + men) : 0.0;
      }

    case WF_METRIC_DISPLACED_POOL:
      return wf_results_get (results, WF_RUN_SCENARIO, WF_OUTPUT_DISPLACED_POOL, y, -1, WF_SEX_ALL);

    case WF_METRIC_JOBS_TRANSFORMED:
      return wf_results_get (results, WF_RUN_SCENARIO, WF_OUTPUT_AUGMENTED, y, -1, WF_SEX_ALL)
             + wf_results_cumulative (results, WF_RUN_SCENARIO, WF_OUTPUT_DISPLACED, y, -1, WF_SEX_ALL);

    case WF_METRIC_DIGITAL_GAP:
      return wf_results_get (results, WF_RUN_SCENARIO, WF_OUTPUT_DIGITAL_GAP, y, -1, WF_SEX_ALL);

    case WF_METRIC_WOMEN_DIGITAL_GAP:
      return wf_results_get (results, WF_RUN_SCENARIO, WF_OUTPUT_DIGITAL_GAP, y, -1, WF_SEX_WOMEN);

    case WF_METRIC_UNEMPLOYMENT_RATE_CHANGE:
      return wf_results_get_labour (results, WF_RUN_SCENARIO, WF_LABOUR_UNEMPLOYMENT_RATE, y, WF_SEX_ALL)
             - wf_results_get_labour (results, WF_RUN_BASELINE, WF_LABOUR_UNEMPLOYMENT_RATE, y, WF_SEX_ALL);

    case WF_METRIC_SKILLS_SHORTAGE:
      return wf_results_get (results, WF_RUN_SCENARIO, WF_OUTPUT_SKILLS_SHORTAGE, y, -1, WF_SEX_ALL);

    case WF_METRIC_LEFT_LABOUR_FORCE:
      return wf_results_cumulative (results, WF_RUN_SCENARIO, WF_OUTPUT_LEFT_LABOUR_FORCE, y, -1, WF_SEX_ALL);

    case WF_METRIC_PRODUCTIVITY:
      {
        double base = wf_results_get (results, WF_RUN_BASELINE, WF_OUTPUT_PRODUCTIVITY, y, -1, WF_SEX_ALL);

        return base > 0.0
          ? wf_results_get (results, WF_RUN_SCENARIO, WF_OUTPUT_PRODUCTIVITY, y, -1, WF_SEX_ALL) / base - 1.0
          : 0.0;
      }

    case WF_METRIC_DISPLACED_OUT_OF_WORK:
      return wf_results_displaced_out_of_work (results, WF_RUN_SCENARIO, y, WF_SEX_ALL);

    case WF_N_METRICS:
    default:
      g_assert_not_reached ();
    }
}

/* For properties; the nicks are the ids of the table above. */
G_DEFINE_ENUM_TYPE (WfMetric, wf_metric,
  G_DEFINE_ENUM_VALUE (WF_METRIC_NET_JOBS, "net-jobs"),
  G_DEFINE_ENUM_VALUE (WF_METRIC_WOMEN_NET_JOBS, "women-net-jobs"),
  G_DEFINE_ENUM_VALUE (WF_METRIC_DISPLACED, "displaced"),
  G_DEFINE_ENUM_VALUE (WF_METRIC_WOMEN_DISPLACED, "women-displaced"),
  G_DEFINE_ENUM_VALUE (WF_METRIC_WOMEN_SHARE_OF_DISPLACEMENT, "women-share-of-displacement"),
  G_DEFINE_ENUM_VALUE (WF_METRIC_DISPLACED_POOL, "displaced-pool"),
  G_DEFINE_ENUM_VALUE (WF_METRIC_JOBS_TRANSFORMED, "jobs-transformed"),
  G_DEFINE_ENUM_VALUE (WF_METRIC_DIGITAL_GAP, "digital-gap"),
  G_DEFINE_ENUM_VALUE (WF_METRIC_WOMEN_DIGITAL_GAP, "women-digital-gap"),
  G_DEFINE_ENUM_VALUE (WF_METRIC_UNEMPLOYMENT_RATE_CHANGE, "unemployment-rate-change"),
  G_DEFINE_ENUM_VALUE (WF_METRIC_SKILLS_SHORTAGE, "skills-shortage"),
  G_DEFINE_ENUM_VALUE (WF_METRIC_LEFT_LABOUR_FORCE, "left-labour-force"),
  G_DEFINE_ENUM_VALUE (WF_METRIC_PRODUCTIVITY, "productivity"),
  G_DEFINE_ENUM_VALUE (WF_METRIC_DISPLACED_OUT_OF_WORK, "displaced-out-of-work"))
/* A new metric needs its value above too. */
G_STATIC_ASSERT (WF_N_METRICS == 14);

const char *
wf_metric_to_id (WfMetric metric)
{
  g_return_val_if_fail (metric < WF_N_METRICS, NULL);
  return metrics[metric].id;
}

const char *
wf_metric_to_string (WfMetric metric)
{
  g_return_val_if_fail (metric < WF_N_METRICS, NULL);
  return _(metrics[metric].name);
}

/**
 * wf_metric_to_string_in_sentence:
 * @metric: the metric
 *
 * The metric's name as it reads inside a sentence ("In the scenario …,
 * net jobs vs baseline in 2030 is …"): in lower case, with an article
 * where the language wants one, where wf_metric_to_string () is a
 * label's.
 *
 * Returns: the name, translated
 */
const char *
wf_metric_to_string_in_sentence (WfMetric metric)
{
  g_return_val_if_fail (metric < WF_N_METRICS, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, IN_SENTENCE, metrics[metric].in_sentence);
}

const char *
wf_metric_get_unit (WfMetric metric)
{
  g_return_val_if_fail (metric < WF_N_METRICS, NULL);
  return _(metrics[metric].unit);
}

gboolean
wf_metric_is_share (WfMetric metric)
{
  g_return_val_if_fail (metric < WF_N_METRICS, FALSE);
  return g_str_equal (metrics[metric].unit, "share");
}

gboolean
wf_metric_from_id (const char *id,
                   WfMetric   *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  int i = WF_ID_FIND (id, metrics, WfMetricInfo, id);

  if (i < 0)
    return FALSE;
  *out = i;
  return TRUE;
}
