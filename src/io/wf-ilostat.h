/* wf-ilostat.h: a dataset from an ILOSTAT employment CSV file
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "wf-dataset.h"

G_BEGIN_DECLS

/* The two series of employment by sex and economic activity, thousands. */
#define WF_ILOSTAT_INDICATOR_MODELLED "EMP_2EMP_SEX_ECO_NB_A"
#define WF_ILOSTAT_INDICATOR_SURVEYS  "EMP_TEMP_SEX_ECO_NB_A"

/* ILOSTAT bulk files can be large; anything over this is refused. */
#define WF_ILOSTAT_MAX_SIZE (512 * 1024 * 1024)

typedef struct
{
  /* ISO-3 code or ILOSTAT aggregate ("X01"); several countries separated by
   * commas are summed. NULL: the file's only area. */
  const char *area;
  /* 0: the latest year with data for every chosen area. */
  int         year;
  /* The ILOSTAT source code to use ("BA:123"); NULL: the series with the
   * most rows (the choice is recorded in the dataset). */
  const char *source;
} WfIlostatOptions;

WfDataset *wf_ilostat_import_bytes (GBytes                  *bytes,
                                    const char              *display_name,
                                    const WfIlostatOptions  *options,
                                    GError                 **error);
WfDataset *wf_ilostat_import_file  (GFile                   *file,
                                    const WfIlostatOptions  *options,
                                    GError                 **error);

G_END_DECLS
