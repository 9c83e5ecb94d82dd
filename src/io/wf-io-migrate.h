/* wf-io-migrate.h: the labour market filled in for data that lack it
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wf-dataset.h"

G_BEGIN_DECLS

/* The unemployment rate assumed where a file or an import gives employment
 * only (docs/file-format.md, "Versions and migration"). */
#define WF_IO_ASSUMED_UNEMPLOYMENT_RATE 0.05

void  wf_io_fill_labour_force  (WfDataset        *dataset);
void  wf_io_fill_labour_market (WfDataset        *dataset,
                                const WfDataset  *world);
void  wf_io_fill_sectors       (WfDataset        *dataset,
                                const WfDataset  *world);

G_END_DECLS
