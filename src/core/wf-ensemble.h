/* wf-ensemble.h: reproducible Monte Carlo ensembles of a scenario
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "wf-dataset.h"
#include "wf-results.h"
#include "wf-scenario.h"

G_BEGIN_DECLS

#define WF_ENSEMBLE_DEFAULT_RUNS 1000
#define WF_ENSEMBLE_MAX_RUNS 100000

/* What is summarised: the scenario run itself, or its difference from its
 * own baseline run (scenario - baseline with the same lever draw), which
 * is what "net jobs vs baseline" means. */
typedef enum
{
  WF_ENSEMBLE_SCOPE_SCENARIO,
  WF_ENSEMBLE_SCOPE_DIFFERENCE,
  WF_N_ENSEMBLE_SCOPES
} WfEnsembleScope;

typedef enum
{
  WF_PERCENTILE_5,
  WF_PERCENTILE_25,
  WF_PERCENTILE_50,
  WF_PERCENTILE_75,
  WF_PERCENTILE_95,
  WF_N_PERCENTILES
} WfPercentile;

/* Bit (1 << output) of WfEnsembleOptions.outputs */
#define WF_ENSEMBLE_OUTPUT(output) (1u << (output))
#define WF_ENSEMBLE_ALL_OUTPUTS ((1u << WF_N_OUTPUTS) - 1)

typedef struct
{
  guint     n_runs;     /* 1 .. WF_ENSEMBLE_MAX_RUNS */
  guint64   seed;       /* the scenario's, normally */
  guint     n_threads;  /* 0: one per processor */
  guint32   outputs;    /* WF_ENSEMBLE_OUTPUT () bits; 0 means all */
  /* Percentiles per sector as well as for all sectors. Memory while running
   * is n_runs x series x 8 bytes, so this multiplies it by n_sectors + 1. */
  gboolean  by_sector;
} WfEnsembleOptions;

typedef struct _WfEnsemble WfEnsemble;

struct _WfEnsemble
{
  int       base_year;
  int       horizon;
  guint     n_years;
  guint     n_sectors;
  guint     n_runs;
  guint64   seed;
  guint32   outputs;
  gboolean  by_sector;

  /* [run][lever]: the lever values of each run, in display units. */
  double   *design;
  /* Read with wf_ensemble_get (). */
  double   *percentiles;
};

void        wf_ensemble_options_init   (WfEnsembleOptions   *options,
                                        const WfScenario    *scenario);

WfEnsemble *wf_ensemble_run            (const WfDataset          *dataset,
                                        const WfScenario         *scenario,
                                        const WfEnsembleOptions  *options,
                                        GCancellable             *cancellable,
                                        GError                  **error);
void        wf_ensemble_free           (WfEnsemble          *self);

gboolean    wf_ensemble_has_output     (const WfEnsemble    *self,
                                        WfOutput             output);
/* For wf_ensemble_get (): women's value minus men's, run by run, so that
 * its percentiles are those of the gap itself (the difference of women's
 * and men's percentiles is not). */
#define WF_ENSEMBLE_SEX_GAP (-2)

/* sector -1 is all sectors (the only one unless by_sector); sex may be
 * WF_SEX_ALL or WF_ENSEMBLE_SEX_GAP. Shares are employment-weighted as in
 * wf_results_get (). */
double      wf_ensemble_get            (const WfEnsemble    *self,
                                        WfEnsembleScope      scope,
                                        WfOutput             output,
                                        guint                year_index,
                                        int                  sector,
                                        int                  sex,
                                        WfPercentile         percentile);

/* The Latin hypercube design alone: fills values (and units, the design in
 * the unit cube, when not NULL), each [n_runs * WF_N_LEVERS]. */
void        wf_ensemble_sample         (const WfScenario    *scenario,
                                        guint                n_runs,
                                        guint64              seed,
                                        double              *values,
                                        double              *units);

double      wf_percentile_get_level    (WfPercentile         percentile);
const char *wf_percentile_to_id        (WfPercentile         percentile);
const char *wf_ensemble_scope_to_id    (WfEnsembleScope      scope);

/* Worker threads of wf_ensemble_run () alive in the process, for tests. */
guint       wf_ensemble_get_n_live_workers (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WfEnsemble, wf_ensemble_free)

G_END_DECLS
