/* wf-tidy-export.h: ensembles, tornadoes and attributions as data
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wf-attribution.h"
#include "wf-dataset.h"
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

G_END_DECLS
