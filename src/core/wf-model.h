/* wf-model.h: the projection
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "wf-dataset.h"
#include "wf-results.h"
#include "wf-scenario.h"

G_BEGIN_DECLS

/* Projects the scenario and its baseline from the dataset's base year to
 * the scenario's horizon. Returns NULL and sets error when a lever is out of
 * range or the horizon is not within base year + 1 .. base year + 30. */
WfResults *wf_model_project      (const WfDataset   *dataset,
                                  const WfScenario  *scenario,
                                  GError           **error);

/* The same into existing results (sized for the dataset and the scenario's
 * horizon), without allocating: for ensembles and interactive use. */
gboolean   wf_model_project_into (const WfDataset   *dataset,
                                  const WfScenario  *scenario,
                                  WfResults         *results,
                                  GError           **error);

G_END_DECLS
