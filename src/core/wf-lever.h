/* wf-lever.h: the scenario levers and their definitions
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "wf-dataset.h"

G_BEGIN_DECLS

/* The order is the order of docs/model.md and of the interface. */
typedef enum
{
  /* Assumptions: how the world turns out */
  WF_LEVER_ADOPTION_CEILING,
  WF_LEVER_ADOPTION_MIDPOINT,
  WF_LEVER_ADOPTION_SPEED,
  WF_LEVER_SME_LAG,
  WF_LEVER_AUTOMATION_SHARE,
  WF_LEVER_AUGMENTATION_GAIN,
  WF_LEVER_DEMAND_ELASTICITY,
  WF_LEVER_NEW_WORK_RATE,
  /* Policies: what we choose to do */
  WF_LEVER_RESKILLING,
  WF_LEVER_WOMEN_TRAINING_ACCESS,
  WF_LEVER_DIGITAL_UPSKILLING,
  WF_LEVER_WORKER_PARTICIPATION,
  WF_LEVER_SME_SUPPORT,
  WF_N_LEVERS
} WfLever;

typedef enum
{
  WF_LEVER_GROUP_ASSUMPTION,
  WF_LEVER_GROUP_POLICY,
} WfLeverGroup;

#define WF_N_LEVER_LEVELS 4

typedef struct
{
  double      value;
  const char *name;         /* untranslated; use wf_lever_level_get_name () */
  const char *description;  /* untranslated */
  /* The name inside a sentence ("between niche and mainstream"), untranslated;
   * use wf_lever_level_get_name_in_sentence (). */
  const char *in_sentence;
} WfLeverLevel;

/* Values are kept in the units the user sees (a percentage as 0..100), in
 * the file, the interface and the model's input alike. */
typedef struct
{
  const char   *id;
  const char   *label;        /* untranslated (N_) */
  const char   *unit;         /* untranslated (N_), e.g. "%" or "years" */
  WfLeverGroup  group;
  double        default_value;
  double        min;
  double        max;
  double        low;          /* uncertainty range around the default */
  double        high;
  double        step;         /* slider step */
  int           digits;       /* decimals shown */
  WfLeverLevel  levels[WF_N_LEVER_LEVELS];
  const char   *explanation;  /* untranslated (N_) */
  WfProvenance  provenance;
  const char   *source;       /* citation in English; wf_lever_get_source () shows it */
  /* The gettext context of the level names ("level of automation share"),
   * so that each lever's "None" can agree with its own noun. */
  const char   *level_context;
  /* The context of the names inside a sentence ("level of automation
   * share, inside a sentence"): lower case, agreeing with the same noun. */
  const char   *sentence_context;
} WfLeverInfo;

const WfLeverInfo *wf_lever_get_info          (WfLever       lever);
gboolean           wf_lever_from_id           (const char   *id,
                                               WfLever      *out);
const char        *wf_lever_get_id            (WfLever       lever);
const char        *wf_lever_get_label         (WfLever       lever);
const char        *wf_lever_get_unit          (WfLever       lever);
const char        *wf_lever_get_source        (WfLever       lever);
const char        *wf_lever_get_explanation   (WfLever       lever);
const char        *wf_lever_level_get_name    (WfLever       lever,
                                               guint         level);
const char        *wf_lever_level_get_name_in_sentence (WfLever lever,
                                               guint         level);
const char        *wf_lever_level_get_description (WfLever   lever,
                                               guint         level);
/* The continuous level (1.0 .. 4.0) of a value, interpolated between the
 * named levels in the manner of the UK 2050 Calculator. */
double             wf_lever_value_to_level    (WfLever       lever,
                                               double        value);
gboolean           wf_lever_check_value       (WfLever       lever,
                                               double        value,
                                               GError      **error);
const char        *wf_lever_group_to_string   (WfLeverGroup  group);

G_END_DECLS
