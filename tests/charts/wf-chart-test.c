/* wf-chart-test.c: the data every chart test draws
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "wf-chart-test.h"
#include "wf-i18n.h"

const char *
wf_chart_test_init_language (char **skip_reason)
{
  const char *lang;

  g_unsetenv ("LANGUAGE");
  lang = setlocale (LC_ALL, "");
  if (lang == NULL)
    *skip_reason = g_strdup_printf ("the locale %s is not generated (./build-aux/dev test does it)",
                                    g_getenv ("LC_ALL"));
  else if (lang[0] != 'C' && g_getenv (WF_LOCALEDIR_ENV) == NULL)
    *skip_reason = g_strdup ("not run in the test environment: no catalogues");
  lang = g_intern_string (lang != NULL ? lang : "C");
  wf_i18n_init (LOCALEDIR);
  return lang;
}

void
wf_chart_fixture_init (WfChartFixture *fixture,
                       WfPreset        first,
                       WfPreset        second,
                       guint           n_runs,
                       gboolean        by_sector)
{
  WfPreset presets[2] = { first, second };
  g_autoptr(GError) error = NULL;
  WfEnsembleOptions options;

  fixture->dataset = wf_dataset_new_world ();
  for (guint i = 0; i < 2; i++)
    {
      fixture->scenarios[i] = wf_scenario_new_preset (presets[i]);
      fixture->results[i] = wf_model_project (fixture->dataset, fixture->scenarios[i], &error);
      g_assert_no_error (error);
      fixture->names[i] = g_strdup (fixture->scenarios[i]->name);
    }

  wf_ensemble_options_init (&options, fixture->scenarios[0]);
  options.n_runs = n_runs;
  options.outputs = WF_ENSEMBLE_OUTPUT (WF_OUTPUT_EMPLOYMENT);
  options.by_sector = by_sector;
  fixture->ensemble = wf_ensemble_run (fixture->dataset, fixture->scenarios[0], &options, NULL, &error);
  g_assert_no_error (error);
  fixture->tornado = wf_tornado_compute (fixture->dataset, fixture->scenarios[0], WF_METRIC_NET_JOBS, &error);
  g_assert_no_error (error);
  fixture->attribution = wf_attribution_compute (fixture->dataset, fixture->scenarios[0], NULL,
                                                 WF_METRIC_NET_JOBS, NULL, 0, 0, NULL, &error);
  g_assert_no_error (error);
}

void
wf_chart_fixture_clear (WfChartFixture *fixture)
{
  for (guint i = 0; i < 2; i++)
    {
      wf_results_free (fixture->results[i]);
      g_free (fixture->names[i]);
      wf_scenario_free (fixture->scenarios[i]);
    }
  wf_ensemble_free (fixture->ensemble);
  wf_tornado_free (fixture->tornado);
  wf_attribution_free (fixture->attribution);
  wf_dataset_free (fixture->dataset);
}

void
wf_chart_fixture_data (const WfChartFixture *fixture,
                       WfChartData          *data,
                       guint                 n_scenarios,
                       guint                 n_every)
{
  wf_chart_data_init (data);
  data->dataset = fixture->dataset;
  for (guint i = 0; i < n_scenarios; i++)
    {
      data->results[i] = fixture->results[i];
      data->names[i] = fixture->names[i];
    }
  data->n_scenarios = n_scenarios;
  data->every_scenario = (const WfScenario * const *) fixture->scenarios;
  data->every_results = (const WfResults * const *) fixture->results;
  data->n_every = n_every;
  data->ensemble = fixture->ensemble;
  data->tornado = fixture->tornado;
  data->attribution = fixture->attribution;
}
