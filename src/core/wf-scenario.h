/* wf-scenario.h: a named set of lever values
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "wf-lever.h"
#include "wf-metric.h"

G_BEGIN_DECLS

#define WF_DEFAULT_HORIZON 2030
#define WF_MAX_HORIZON_SPAN 30

/* Where a scenario added from another file came from (File → Add
 * Scenarios from Files…, or the command line's merge); all NULL for a
 * scenario made in this document. */
typedef struct
{
  char    *file;     /* the file's name (basename), as the user saw it */
  char    *author;   /* the author in that file's metadata, may be NULL */
  char    *time;     /* ISO 8601: when that file was last modified */
} WfScenarioOrigin;

typedef struct
{
  /* Stable and language-independent ([a-z0-9-], unique in a document):
   * a preset's id, or "scenario-N". The name is only a label. */
  char    *id;
  char    *name;
  char    *description;
  double   values[WF_N_LEVERS];
  /* Uncertainty range per lever (starts as the lever's own low/high). */
  double   low[WF_N_LEVERS];
  double   high[WF_N_LEVERS];
  guint64  seed;     /* for ensembles */
  int      horizon;  /* last projected year */
  WfScenarioOrigin origin;
  /* A participant's prediction of each metric at the horizon, recorded
   * before seeing the model's answer; NAN where none was made. */
  double   predictions[WF_N_METRICS];
} WfScenario;

WfScenario *wf_scenario_new            (const char        *name);
WfScenario *wf_scenario_copy           (const WfScenario  *self);
void        wf_scenario_free           (WfScenario        *self);
gboolean    wf_scenario_equal          (const WfScenario  *a,
                                        const WfScenario  *b);
const char *wf_scenario_get_display_name        (const WfScenario *self);
const char *wf_scenario_get_display_description (const WfScenario *self);
void        wf_scenario_set_name       (WfScenario        *self,
                                        const char        *name);
/* @id must be a valid id (wf_scenario_id_is_valid). */
void        wf_scenario_set_id         (WfScenario        *self,
                                        const char        *id);
gboolean    wf_scenario_id_is_valid    (const char        *id);
void        wf_scenario_set_origin     (WfScenario        *self,
                                        const char        *file,
                                        const char        *author,
                                        const char        *time);
gboolean    wf_scenario_has_prediction (const WfScenario  *self,
                                        WfMetric           metric);
void        wf_scenario_set_description (WfScenario       *self,
                                        const char        *description);
void        wf_scenario_reset_lever    (WfScenario        *self,
                                        WfLever            lever);
void        wf_scenario_reset_group    (WfScenario        *self,
                                        WfLeverGroup       group);
/* Checks every lever against its range and the horizon against the base
 * year; the error names the lever, the value and the range. */
gboolean    wf_scenario_validate       (const WfScenario  *self,
                                        int                base_year,
                                        GError           **error);
void        wf_scenario_set_value      (WfScenario        *self,
                                        WfLever            lever,
                                        double             value);
gboolean    wf_scenario_validate_stored (const WfScenario *self,
                                         int               base_year,
                                         GError          **error);

/* The bundled presets: Current trends (the baseline, id "current-trends")
 * and the four futures of the WEF 2x2. */
typedef enum
{
  WF_PRESET_BASELINE,
  WF_PRESET_INCREMENTAL_LIMITED,
  WF_PRESET_INCREMENTAL_WIDESPREAD,
  WF_PRESET_EXPONENTIAL_LIMITED,
  WF_PRESET_EXPONENTIAL_WIDESPREAD,
  WF_N_PRESETS
} WfPreset;

/* The id Current trends had in the previous release's format-4 files;
 * still read as that preset (wf_preset_from_id ()). */
#define WF_PRESET_FORMER_CURRENT_TRENDS_ID "baseline"

WfScenario *wf_scenario_new_preset     (WfPreset           preset);
const char *wf_preset_get_id           (WfPreset           preset);
const char *wf_preset_get_name         (WfPreset           preset);
const char *wf_preset_get_english_name (WfPreset          preset);
const char *wf_preset_get_source       (WfPreset           preset,
                                        WfProvenance      *provenance,
                                        const char       **note);
gboolean    wf_preset_from_id          (const char        *id,
                                        WfPreset          *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WfScenario, wf_scenario_free)

G_END_DECLS
