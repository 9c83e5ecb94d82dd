/* wf-io.h: files, exports and imports
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wf-csv-reader.h"
#include "wf-document-io.h"
#include "wf-exposure-table.h"
#include "wf-ilostat.h"
#include "wf-io-error.h"
#include "wf-merge.h"
#include "wf-results-export.h"
#include "wf-tidy.h"
#include "wf-tidy-export.h"
