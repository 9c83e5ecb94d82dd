/* wf-brief.h: a policy brief of a scenario, as a multi-page PDF or a
 * standalone HTML file
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "wf-chart.h"
#include "wf-core.h"

G_BEGIN_DECLS

#define WF_BRIEF_ERROR (wf_brief_error_quark ())

typedef enum
{
  WF_BRIEF_ERROR_INVALID_SCENARIO = 1,
  WF_BRIEF_ERROR_CAIRO,
} WfBriefError;

GQuark wf_brief_error_quark (void);

typedef enum
{
  WF_BRIEF_FORMAT_PDF,
  WF_BRIEF_FORMAT_HTML,
  WF_N_BRIEF_FORMATS
} WfBriefFormat;

/* The scenarios compared with the brief's own, besides it. */
#define WF_BRIEF_MAX_COMPARED (WF_CHART_MAX_SCENARIOS - 1)

typedef struct
{
  guint    scenario;                          /* index of the scenario briefed */
  guint    compared[WF_BRIEF_MAX_COMPARED];   /* indices of the scenarios compared */
  guint    n_compared;
  guint    n_runs;                            /* of the ensemble behind the fan chart */
  gint64   time;                              /* when it was made, Unix time (UTC) */
} WfBriefOptions;

/* The scenario of the document's view, nothing compared, the default
 * number of runs, now (or SOURCE_DATE_EPOCH when set, for reproducible
 * files). */
void      wf_brief_options_init        (WfBriefOptions      *options,
                                        const WfDocument    *document);

/* "pdf" or "html" from @path's extension (case-insensitive, .htm too);
 * FALSE for any other. */
gboolean  wf_brief_format_from_path    (const char          *path,
                                        WfBriefFormat       *out);

/* Projects the scenarios, runs the ensemble and the attribution in the
 * calling thread (call it from a thread in an application, on a copy of
 * the document), and lays the brief out. Every string is translated and
 * every number formatted in the current locale. */
GBytes   *wf_brief_render              (const WfDocument    *document,
                                        const WfBriefOptions *options,
                                        WfBriefFormat        format,
                                        GCancellable        *cancellable,
                                        GError             **error);

G_END_DECLS
