/* wf-tidy-export.h: ensembles, tornadoes and attributions as data
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wf-attribution.h"
#include "wf-dataset.h"
#include "wf-document.h"
#include "wf-ensemble.h"
#include "wf-scenario.h"
#include "wf-sensitivity.h"
#include "wf-tidy.h"

G_BEGIN_DECLS

gboolean wf_ensemble_export    (WfTidyWriter         *writer,
                                const WfDataset      *dataset,
                                const WfScenario     *scenario,
                                const WfEnsemble     *ensemble,
                                GError              **error);
gboolean wf_tornado_export     (WfTidyWriter         *writer,
                                const WfScenario     *scenario,
                                const WfTornado      *tornado,
                                GError              **error);
gboolean wf_attribution_export (WfTidyWriter         *writer,
                                const WfScenario     *scenario,
                                const WfAttribution  *attribution,
                                gboolean              by_group,
                                GError              **error);

/* What a view shows (a chart's data): its uncertainty if it has some (a
 * tornado, else an attribution, else an ensemble), else the projections of
 * its scenarios kept to its sector and lens. */
typedef struct
{
  const WfScenario * const *scenarios;  /* parallel to results; the first is the current */
  const WfResults * const  *results;
  guint                     n_scenarios;
  int                       sector;     /* index, or -1 for every sector */
  WfLens                    lens;
  const WfEnsemble         *ensemble;
  const WfTornado          *tornado;
  const WfAttribution      *attribution;
} WfTidyView;

gboolean wf_tidy_export_view   (WfTidyWriter         *writer,
                                const WfDataset      *dataset,
                                const WfTidyView     *view,
                                GError              **error);

G_END_DECLS
