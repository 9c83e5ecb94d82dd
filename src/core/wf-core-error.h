/* wf-core-error.h: the error domain of the simulation core
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define WF_CORE_ERROR (wf_core_error_quark ())

typedef enum
{
  WF_CORE_ERROR_LEVER_OUT_OF_RANGE = 1,
  WF_CORE_ERROR_UNKNOWN_LEVER,
  WF_CORE_ERROR_INVALID_HORIZON,
  WF_CORE_ERROR_INVALID_DATASET,
  WF_CORE_ERROR_UNKNOWN_SCENARIO,
  WF_CORE_ERROR_INVALID_PREDICTION,
  WF_CORE_ERROR_NOT_A_NUMBER,
} WfCoreError;

GQuark wf_core_error_quark (void);

G_END_DECLS
