/* wf-core-error.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "wf-core-error.h"

G_DEFINE_QUARK (wf-core-error-quark, wf_core_error)
