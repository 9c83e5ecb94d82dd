/* wf-scenario.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "wf-scenario"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "wf-core-error.h"
#include "wf-scenario.h"
#include "wf-id.h"

/* The seed of a new scenario: fixed, so that a new file's ensembles are the
 * same everywhere until the user changes it. */
#define WF_DEFAULT_SEED G_GUINT64_CONSTANT (20300101)

/* A preset's value for one lever: every lever of every preset is stated,
 * its default included, so that a lever added later cannot silently take 0
 * or its default in a preset (wf_scenario_new_preset asserts it). */
typedef struct
{
  gboolean set;
  double   value;   /* NAN: the lever's default */
} WfPresetValue;

#define VALUE(v) { TRUE, (v) }
#define DEFAULT { TRUE, NAN }

typedef struct
{
  const char   *id;
  const char   *name;
  const char   *description;
  WfPresetValue values[WF_N_LEVERS];
  WfProvenance  provenance;
  const char   *source;   /* citation (N_ where it is more than a publication's title) */
  const char   *note;     /* why these values (N_) */
} WfPresetInfo;

#define WEF_FOUR_FUTURES \
  "World Economic Forum (January 2026). Four Futures for Jobs in the New Economy: AI and " \
  "Talent in 2030. White paper, Scenarios for the Global Economy Dialogue Series"

/* The AI axis (incremental or exponential) of the WEF's four futures. */
#define INCREMENTAL_AI \
  [WF_LEVER_ADOPTION_CEILING] = VALUE (40), \
  [WF_LEVER_ADOPTION_MIDPOINT] = VALUE (2032), \
  [WF_LEVER_ADOPTION_SPEED] = VALUE (0.35), \
  [WF_LEVER_SME_LAG] = VALUE (4), \
  [WF_LEVER_AUTOMATION_SHARE] = VALUE (25), \
  [WF_LEVER_AUGMENTATION_GAIN] = VALUE (12), \
  [WF_LEVER_DEMAND_ELASTICITY] = DEFAULT, \
  [WF_LEVER_NEW_WORK_RATE] = VALUE (0.5)

#define EXPONENTIAL_AI \
  [WF_LEVER_ADOPTION_CEILING] = VALUE (85), \
  [WF_LEVER_ADOPTION_MIDPOINT] = VALUE (2027), \
  [WF_LEVER_ADOPTION_SPEED] = VALUE (0.9), \
  [WF_LEVER_SME_LAG] = VALUE (2), \
  [WF_LEVER_AUTOMATION_SHARE] = VALUE (60), \
  [WF_LEVER_AUGMENTATION_GAIN] = VALUE (30), \
  [WF_LEVER_DEMAND_ELASTICITY] = DEFAULT, \
  [WF_LEVER_NEW_WORK_RATE] = VALUE (0.6)

/* The readiness axis (limited or widespread): the policies. */
#define LIMITED_READINESS \
  [WF_LEVER_RESKILLING] = VALUE (10), \
  [WF_LEVER_WOMEN_TRAINING_ACCESS] = VALUE (0.8), \
  [WF_LEVER_DIGITAL_UPSKILLING] = VALUE (2), \
  [WF_LEVER_WORKER_PARTICIPATION] = VALUE (10), \
  [WF_LEVER_SME_SUPPORT] = VALUE (0)

#define WIDESPREAD_READINESS(reskilling, access, upskilling, participation, sme) \
  [WF_LEVER_RESKILLING] = VALUE (reskilling), \
  [WF_LEVER_WOMEN_TRAINING_ACCESS] = VALUE (access), \
  [WF_LEVER_DIGITAL_UPSKILLING] = VALUE (upskilling), \
  [WF_LEVER_WORKER_PARTICIPATION] = VALUE (participation), \
  [WF_LEVER_SME_SUPPORT] = VALUE (sme)

/* The four futures of the WEF's 2x2 (AI progress incremental or exponential
 * x workforce readiness limited or widespread). The AI axis moves the
 * assumptions, the readiness axis the policies, so that comparing two presets
 * along one axis isolates it. */
static const WfPresetInfo presets[WF_N_PRESETS] = {
  [WF_PRESET_BASELINE] = {
    .id = "current-trends",
    .name = N_("Current trends"),
    .description = N_("Generative AI spreads to most exposed tasks by the early 2030s, as earlier office "
       "technologies did, while training and social dialogue continue at today’s modest pace. "
       "Every lever is at its default: a reference point for the other scenarios, not a forecast."),
    .values = {
      [WF_LEVER_ADOPTION_CEILING] = DEFAULT,
      [WF_LEVER_ADOPTION_MIDPOINT] = DEFAULT,
      [WF_LEVER_ADOPTION_SPEED] = DEFAULT,
      [WF_LEVER_SME_LAG] = DEFAULT,
      [WF_LEVER_AUTOMATION_SHARE] = DEFAULT,
      [WF_LEVER_AUGMENTATION_GAIN] = DEFAULT,
      [WF_LEVER_DEMAND_ELASTICITY] = DEFAULT,
      [WF_LEVER_NEW_WORK_RATE] = DEFAULT,
      [WF_LEVER_RESKILLING] = DEFAULT,
      [WF_LEVER_WOMEN_TRAINING_ACCESS] = DEFAULT,
      [WF_LEVER_DIGITAL_UPSKILLING] = DEFAULT,
      [WF_LEVER_WORKER_PARTICIPATION] = DEFAULT,
      [WF_LEVER_SME_SUPPORT] = DEFAULT,
    },
    .provenance = WF_PROVENANCE_ASSUMPTION,
    .source = N_("Workforce Foresight: the levers’ defaults, each with its own source"),
    .note = N_("Every lever at its default value, whose evidence each lever’s help gives."),
  },
  [WF_PRESET_INCREMENTAL_LIMITED] = {
    .id = "incremental-limited",
    .name = N_("Incremental AI, limited readiness"),
    .description = N_("The WEF’s “Stalled Progress”: AI improves step by step and spreads slowly, mostly "
       "in large firms. Few workers are retrained, women’s access to training trails men’s, and "
       "small firms get no help: the change is small, but those it displaces stay displaced."),
    .values = { INCREMENTAL_AI, LIMITED_READINESS },
    .provenance = WF_PROVENANCE_ASSUMPTION,
    .source = WEF_FOUR_FUTURES,
    /* xgettext:no-c-format */
    .note = N_("Incremental AI: adoption reaches 40 % of exposed tasks, half way by 2032, with a quarter "
       "of gradient-4 tasks automated. Limited readiness: training and participation below today’s "
       "defaults, no help for small firms. Values are Workforce Foresight’s reading of the narrative."),
  },
  [WF_PRESET_INCREMENTAL_WIDESPREAD] = {
    .id = "incremental-widespread",
    .name = N_("Incremental AI, widespread readiness"),
    .description = N_("The WEF’s “Co-Pilot Economy”: AI improves step by step and spreads slowly, but "
       "countries invest in lifelong learning, digital skills for all and social dialogue, with "
       "equal access for women: a gentle transition that leaves few behind."),
    .values = { INCREMENTAL_AI, WIDESPREAD_READINESS (45, 1.0, 8, 35, 25) },
    .provenance = WF_PROVENANCE_ASSUMPTION,
    .source = WEF_FOUR_FUTURES,
    /* xgettext:no-c-format */
    .note = N_("Incremental AI as in “Stalled Progress”. Widespread readiness: 45 % of displaced workers "
       "retrained a year, equal access for women, 8 % of those without digital skills trained a year, "
       "35 % redeployed through social dialogue, a quarter of the small firms’ lag removed."),
  },
  [WF_PRESET_EXPONENTIAL_LIMITED] = {
    .id = "exponential-limited",
    .name = N_("Exponential AI, limited readiness"),
    .description = N_("The WEF’s “Age of Displacement”: AI capabilities leap ahead and are adopted quickly "
       "across exposed tasks, automating many clerical jobs, while training, digital skills and "
       "social dialogue stay where they are today: technology outpaces reskilling, new work goes "
       "unfilled and the pool of displaced workers grows, most of them women."),
    .values = { EXPONENTIAL_AI, LIMITED_READINESS },
    .provenance = WF_PROVENANCE_ASSUMPTION,
    .source = WEF_FOUR_FUTURES,
    /* xgettext:no-c-format */
    .note = N_("Exponential AI (the “agentic leap”): adoption reaches 85 % of exposed tasks, half way by "
       "2027, with 60 % of gradient-4 tasks automated and a 30 % gain on augmented tasks. Limited "
       "readiness as in “Stalled Progress”."),
  },
  [WF_PRESET_EXPONENTIAL_WIDESPREAD] = {
    .id = "exponential-widespread",
    .name = N_("Exponential AI, widespread readiness"),
    .description = N_("The WEF’s “Supercharged Progress”: AI capabilities leap ahead and are adopted "
       "quickly, and societies keep pace: broad reskilling, digital skills for all, equal access "
       "for women, redeployment negotiated with workers and support for small firms."),
    .values = { EXPONENTIAL_AI, WIDESPREAD_READINESS (60, 1.1, 15, 40, 50) },
    .provenance = WF_PROVENANCE_ASSUMPTION,
    .source = WEF_FOUR_FUTURES,
    /* xgettext:no-c-format */
    .note = N_("Exponential AI as in “Age of Displacement”. Widespread readiness at a larger scale: 60 % "
       "of displaced workers retrained a year, women’s access above men’s to close the gap, 15 % "
       "of those without digital skills trained a year, 40 % redeployed, half the small firms’ lag removed."),
  },
};

static void
centre_range (WfScenario *self,
              WfLever     lever)
{
  const WfLeverInfo *info = wf_lever_get_info (lever);
  double value = self->values[lever];

  self->low[lever] = CLAMP (value - (info->default_value - info->low), info->min, info->max);
  self->high[lever] = CLAMP (value + (info->high - info->default_value), info->min, info->max);
}

/**
 * wf_scenario_new:
 * @name: (nullable): the scenario's name
 *
 * Creates a scenario with every lever at its default.
 *
 * Returns: (transfer full): a new scenario
 */
WfScenario *
wf_scenario_new (const char *name)
{
  WfScenario *self = g_new0 (WfScenario, 1);

  self->id = g_strdup ("scenario");
  self->name = g_strdup (name ? name : _("Untitled scenario"));
  self->description = g_strdup ("");
  for (guint i = 0; i < WF_N_METRICS; i++)
    self->predictions[i] = NAN;
  self->seed = WF_DEFAULT_SEED;
  self->horizon = WF_DEFAULT_HORIZON;

  for (guint i = 0; i < WF_N_LEVERS; i++)
    {
      const WfLeverInfo *info = wf_lever_get_info (i);

      self->values[i] = info->default_value;
      self->low[i] = info->low;
      self->high[i] = info->high;
    }

  return self;
}

WfScenario *
wf_scenario_copy (const WfScenario *self)
{
  WfScenario *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->id = g_strdup (self->id);
  copy->name = g_strdup (self->name);
  copy->description = g_strdup (self->description);
  copy->origin.file = g_strdup (self->origin.file);
  copy->origin.author = g_strdup (self->origin.author);
  copy->origin.time = g_strdup (self->origin.time);

  return copy;
}

void
wf_scenario_free (WfScenario *self)
{
  if (self == NULL)
    return;

  g_free (self->id);
  g_free (self->name);
  g_free (self->description);
  g_free (self->origin.file);
  g_free (self->origin.author);
  g_free (self->origin.time);
  g_free (self);
}

gboolean
wf_scenario_equal (const WfScenario *a,
                   const WfScenario *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  for (guint i = 0; i < WF_N_METRICS; i++)
    {
      gboolean has_a = !isnan (a->predictions[i]);
      gboolean has_b = !isnan (b->predictions[i]);

      if (has_a != has_b || (has_a && a->predictions[i] != b->predictions[i]))
        return FALSE;
    }

  return g_strcmp0 (a->id, b->id) == 0 &&
         g_strcmp0 (a->name, b->name) == 0 &&
         g_strcmp0 (a->description, b->description) == 0 &&
         g_strcmp0 (a->origin.file, b->origin.file) == 0 &&
         g_strcmp0 (a->origin.author, b->origin.author) == 0 &&
         g_strcmp0 (a->origin.time, b->origin.time) == 0 &&
         memcmp (a->values, b->values, sizeof a->values) == 0 &&
         memcmp (a->low, b->low, sizeof a->low) == 0 &&
         memcmp (a->high, b->high, sizeof a->high) == 0 &&
         a->seed == b->seed &&
         a->horizon == b->horizon;
}

void
wf_scenario_set_name (WfScenario *self,
                      const char *name)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (name != NULL);

  g_free (self->name);
  self->name = g_strdup (name);
}

/**
 * wf_scenario_id_is_valid:
 * @id: (nullable): a candidate id
 *
 * Returns: whether @id is 1 to 64 characters of a–z, 0–9 and "-", starting
 *   with a letter
 */
gboolean
wf_scenario_id_is_valid (const char *id)
{
  gsize len;

  if (id == NULL || !g_ascii_islower (id[0]))
    return FALSE;

  len = strlen (id);
  if (len > 64)
    return FALSE;

  for (gsize i = 0; i < len; i++)
    if (!g_ascii_islower (id[i]) && !g_ascii_isdigit (id[i]) && id[i] != '-')
      return FALSE;

  return TRUE;
}

void
wf_scenario_set_id (WfScenario *self,
                    const char *id)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (wf_scenario_id_is_valid (id));

  g_free (self->id);
  self->id = g_strdup (id);
}

void
wf_scenario_set_origin (WfScenario *self,
                        const char *file,
                        const char *author,
                        const char *time)
{
  g_return_if_fail (self != NULL);

  g_free (self->origin.file);
  g_free (self->origin.author);
  g_free (self->origin.time);
  self->origin.file = g_strdup (file);
  self->origin.author = g_strdup (author);
  self->origin.time = g_strdup (time);
}

gboolean
wf_scenario_has_prediction (const WfScenario *self,
                            WfMetric          metric)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (metric < WF_N_METRICS, FALSE);

  return !isnan (self->predictions[metric]);
}

void
wf_scenario_set_description (WfScenario *self,
                             const char *description)
{
  g_return_if_fail (self != NULL);

  g_free (self->description);
  self->description = g_strdup (description ? description : "");
}

/**
 * wf_scenario_get_display_description:
 *
 * The description as the user reads it: a preset's English description (as
 * the bundled file holds it) translated, any other text as it is. Editing
 * shows it too, and text that comes back unchanged leaves the stored one
 * (wf_session_describe_scenario ()), so that nothing is translated into
 * the file.
 *
 * Returns: the description, "" when there is none
 */
const char *
wf_scenario_get_display_description (const WfScenario *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->description == NULL || *self->description == '\0')
    return "";
  return g_dgettext (GETTEXT_PACKAGE, self->description);
}

/**
 * wf_scenario_get_display_name:
 *
 * The name as the user reads it: a preset's English name (as files store
 * it) in the user's language, any other name as it is. The name alone
 * decides, whatever the id: a scenario the user renamed has another name,
 * one copied from a preset ("Copy of …") too, and a file written before
 * ids holds only the name. Files, merges and the tidy exports keep the
 * stored name; only what is shown goes through here.
 *
 * Returns: the name, "" when there is none
 */
const char *
wf_scenario_get_display_name (const WfScenario *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->name == NULL)
    return "";
  for (guint p = 0; p < WF_N_PRESETS; p++)
    if (strcmp (self->name, presets[p].name) == 0)
      return _(presets[p].name);
  return self->name;
}

void
wf_scenario_reset_lever (WfScenario *self,
                         WfLever     lever)
{
  const WfLeverInfo *info;

  g_return_if_fail (self != NULL);
  g_return_if_fail (lever < WF_N_LEVERS);

  info = wf_lever_get_info (lever);
  self->values[lever] = info->default_value;
  self->low[lever] = info->low;
  self->high[lever] = info->high;
}

void
wf_scenario_reset_group (WfScenario   *self,
                         WfLeverGroup  group)
{
  g_return_if_fail (self != NULL);

  for (guint i = 0; i < WF_N_LEVERS; i++)
    if (wf_lever_get_info (i)->group == group)
      wf_scenario_reset_lever (self, i);
}

gboolean
wf_scenario_validate (const WfScenario  *self,
                      int                base_year,
                      GError           **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; i < WF_N_LEVERS; i++)
    {
      const WfLeverInfo *info = wf_lever_get_info (i);

      if (!wf_lever_check_value (i, self->values[i], error))
        return FALSE;

      if (!isfinite (self->low[i]) || !isfinite (self->high[i]) ||
          self->low[i] < info->min || self->high[i] > info->max ||
          self->low[i] > self->high[i])
        {
          g_set_error (error, WF_CORE_ERROR, WF_CORE_ERROR_LEVER_OUT_OF_RANGE,
                       /* Translators: lever name, low, high, minimum, maximum */
                       _("The uncertainty range of the lever “%s” (%g to %g) must run upwards "
                         "within %g to %g"),
                       wf_lever_get_label (i), self->low[i], self->high[i],
                       info->min, info->max);
          return FALSE;
        }
    }

  if (self->horizon <= base_year || self->horizon > base_year + WF_MAX_HORIZON_SPAN)
    {
      g_set_error (error, WF_CORE_ERROR, WF_CORE_ERROR_INVALID_HORIZON,
                   /* Translators: the horizon year, then the first and last years allowed */
                   _("The horizon %d must be between %d and %d"),
                   self->horizon, base_year + 1, base_year + WF_MAX_HORIZON_SPAN);
      return FALSE;
    }

  return TRUE;
}

/**
 * wf_scenario_set_value:
 * @self: a scenario
 * @lever: a lever
 * @value: its new value, within the lever's range
 *
 * Sets a lever's value; its uncertainty range grows to hold the value when
 * it lies outside, as wf_scenario_validate_stored () asks.
 */
void
wf_scenario_set_value (WfScenario *self,
                       WfLever     lever,
                       double      value)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (lever < WF_N_LEVERS);

  self->values[lever] = value;
  self->low[lever] = MIN (self->low[lever], value);
  self->high[lever] = MAX (self->high[lever], value);
}

/**
 * wf_scenario_validate_stored:
 * @self: a scenario
 * @base_year: the dataset's base year
 * @error: return location for an error
 *
 * What a scenario in a file must satisfy beyond wf_scenario_validate ():
 * each lever's value lies inside its own uncertainty range, since an
 * ensemble draws around the value inside it and would silently clamp a
 * value outside. (A computation may use any range, so
 * wf_scenario_validate () does not ask it.)
 *
 * Returns: %TRUE if @self can be stored
 */
gboolean
wf_scenario_validate_stored (const WfScenario  *self,
                             int                base_year,
                             GError           **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!wf_scenario_validate (self, base_year, error))
    return FALSE;

  for (guint i = 0; i < WF_N_LEVERS; i++)
    if (self->values[i] < self->low[i] || self->values[i] > self->high[i])
      {
        g_set_error (error, WF_CORE_ERROR, WF_CORE_ERROR_LEVER_OUT_OF_RANGE,
                     /* Translators: lever name, its value, then its uncertainty range */
                     _("The lever “%s” is set to %g, outside its own uncertainty range "
                       "of %g to %g"),
                     wf_lever_get_label (i), self->values[i], self->low[i], self->high[i]);
        return FALSE;
      }

  return TRUE;
}

/**
 * wf_scenario_new_preset:
 * @preset: a bundled preset
 *
 * Returns: (transfer full): the preset as a new scenario, its uncertainty
 *   ranges centred on its values
 */
WfScenario *
wf_scenario_new_preset (WfPreset preset)
{
  const WfPresetInfo *info;
  WfScenario *self;

  g_return_val_if_fail (preset < WF_N_PRESETS, NULL);

  info = &presets[preset];
  /* English, whatever the language, so that a file made under French is
   * the one made under English: wf_scenario_get_display_name () and
   * wf_scenario_get_display_description () translate on display. */
  self = wf_scenario_new (info->name);
  wf_scenario_set_id (self, info->id);
  wf_scenario_set_description (self, info->description);

  for (guint i = 0; i < WF_N_LEVERS; i++)
    {
      /* Every preset states every lever (see WfPresetValue). */
      g_assert (info->values[i].set);
      if (!isnan (info->values[i].value))
        {
          self->values[i] = info->values[i].value;
          centre_range (self, i);
        }
    }

  return self;
}

const char *
wf_preset_get_id (WfPreset preset)
{
  g_return_val_if_fail (preset < WF_N_PRESETS, NULL);
  return presets[preset].id;
}

/**
 * wf_preset_get_source:
 * @preset: a bundled preset
 * @provenance: (out) (optional): the provenance tag of its values
 * @note: (out) (optional): why these values, translated
 *
 * Returns: the citation of the preset's values, translated where it is more
 *   than the title of a publication
 */
const char *
wf_preset_get_source (WfPreset      preset,
                      WfProvenance *provenance,
                      const char  **note)
{
  g_return_val_if_fail (preset < WF_N_PRESETS, NULL);

  if (provenance != NULL)
    *provenance = presets[preset].provenance;
  if (note != NULL)
    *note = _(presets[preset].note);
  return _(presets[preset].source);
}

const char *
wf_preset_get_name (WfPreset preset)
{
  g_return_val_if_fail (preset < WF_N_PRESETS, NULL);
  return _(presets[preset].name);
}

/* The name in English, whatever the language: how files of format 3 and
 * older are recognised as holding a preset (docs/file-format.md). */
const char *
wf_preset_get_english_name (WfPreset preset)
{
  g_return_val_if_fail (preset < WF_N_PRESETS, NULL);
  return presets[preset].name;
}

/**
 * wf_preset_from_id:
 * @id: a preset's id
 * @out: (out): the preset
 *
 * Finds a preset by its id. "baseline", the id of Current trends in the
 * format-4 files of the previous release, is still recognised as that
 * preset, so that those files and the scripts written for them keep
 * working (docs/file-format.md).
 *
 * Returns: whether @id is a preset's id
 */
gboolean
wf_preset_from_id (const char *id,
                   WfPreset   *out)
{
  int i = WF_ID_FIND (id, presets, WfPresetInfo, id);

  if (i < 0 && g_strcmp0 (id, WF_PRESET_FORMER_CURRENT_TRENDS_ID) == 0)
    i = WF_PRESET_BASELINE;
  if (i < 0)
    return FALSE;
  *out = i;
  return TRUE;
}
