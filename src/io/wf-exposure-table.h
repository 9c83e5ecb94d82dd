/* wf-exposure-table.h: a sector × sex × gradient exposure table from CSV
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "wf-dataset.h"

G_BEGIN_DECLS

/* Larger files are refused while read. */
#define WF_EXPOSURE_TABLE_MAX_SIZE (1024 * 1024)

WfDataset *wf_exposure_table_load (GFile            *file,
                                   const WfDataset  *world,
                                   GCancellable     *cancellable,
                                   GError          **error);

G_END_DECLS
