/* wf-exposure-profile.h: exposure calibrated to an income group's totals
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "wf-dataset.h"

G_BEGIN_DECLS

/* The published totals a profile is calibrated to (docs/exposure-profiles.md),
 * shares of employment, each with its provenance tag. */
typedef struct
{
  const char   *id;           /* "high-income" */
  const char   *label;        /* "high-income countries" (English) */
  double        exposed;      /* share in gradients 1-4, both sexes */
  WfProvenance  exposed_tag;
  double        top_women;    /* share of women's employment in gradient 4 */
  double        top_men;
  WfProvenance  top_tag;
  const char   *basis;        /* where the figures come from, in a line */
} WfExposureProfile;

const WfExposureProfile *wf_exposure_profile_find  (const char              *id);
const WfExposureProfile *wf_exposure_profile_get   (guint                    index);
guint                    wf_exposure_profile_count (void);
char                    *wf_exposure_profile_ids   (void);
gboolean                 wf_exposure_profile_apply (const WfExposureProfile *profile,
                                                    WfDataset               *dataset,
                                                    char                   **summary);

G_END_DECLS
