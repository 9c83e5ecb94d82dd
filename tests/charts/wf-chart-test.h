/* wf-chart-test.h: the data every chart test draws
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wf-chart.h"
#include "wf-core.h"

G_BEGIN_DECLS

/* The world dataset, two presets projected (the first is the one the
 * uncertainty charts are of) and that first scenario's ensemble, tornado
 * and attribution. */
typedef struct
{
  WfDataset     *dataset;
  WfResults     *results[2];
  char          *names[2];
  WfScenario    *scenarios[2];
  WfEnsemble    *ensemble;
  WfTornado     *tornado;
  WfAttribution *attribution;
} WfChartFixture;

/* @n_runs ensemble runs (the charts do not depend on how many), by sector
 * when @by_sector so that the sector filter can be drawn. */
void wf_chart_fixture_init  (WfChartFixture       *fixture,
                             WfPreset              first,
                             WfPreset              second,
                             guint                 n_runs,
                             gboolean              by_sector);
void wf_chart_fixture_clear (WfChartFixture       *fixture);
/* @data with the first @n_scenarios scenarios shown, @n_every of them in
 * the document (the workshop chart's), and the uncertainty inputs. */
void wf_chart_fixture_data  (const WfChartFixture *fixture,
                             WfChartData          *data,
                             guint                 n_scenarios,
                             guint                 n_every);

/* The language of LC_ALL (meson runs a chart test in English, French and
 * Spanish) with the build's catalogues. Returns the locale's name, "C"
 * when there is none; *@skip_reason says why the test cannot run in it
 * (the locale not generated, or no catalogues), else stays NULL. Call it
 * before g_test_init (). */
const char *wf_chart_test_init_language (char **skip_reason);

G_END_DECLS
