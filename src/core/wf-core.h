/* wf-core.h: the simulation core, GLib only
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wf-atomic-file.h"
#include "wf-attribution.h"
#include "wf-core-error.h"
#include "wf-dataset.h"
#include "wf-document.h"
#include "wf-exposure-profile.h"
#include "wf-ensemble.h"
#include "wf-lever.h"
#include "wf-metric.h"
#include "wf-model.h"
#include "wf-random.h"
#include "wf-results.h"
#include "wf-scenario.h"
#include "wf-sensitivity.h"
#include "wf-workshop.h"
