/* wf-io-error.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "wf-io-error"

#include "config.h"

#include "wf-io-error.h"

G_DEFINE_QUARK (wf-io-error-quark, wf_io_error)
