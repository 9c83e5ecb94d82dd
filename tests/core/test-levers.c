/* test-levers.c: lever definitions, scenarios and presets
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "wf-core.h"
#include "wf-i18n.h"

static void
test_definitions (void)
{
  guint assumptions = 0, policies = 0;

  for (guint i = 0; i < WF_N_LEVERS; i++)
    {
      const WfLeverInfo *info = wf_lever_get_info (i);
      WfLever back;

      g_test_message ("lever %s", info->id);
      g_assert_true (wf_lever_from_id (info->id, &back));
      g_assert_cmpint (back, ==, i);
      g_assert_cmpfloat (info->min, <, info->max);
      g_assert_cmpfloat (info->min, <=, info->low);
      g_assert_cmpfloat (info->low, <=, info->default_value);
      g_assert_cmpfloat (info->default_value, <=, info->high);
      g_assert_cmpfloat (info->high, <=, info->max);
      g_assert_cmpfloat (info->step, >, 0.0);
      g_assert_cmpuint (strlen (wf_lever_get_label (i)), >, 3);
      g_assert_cmpuint (strlen (wf_lever_get_unit (i)), >, 0);
      g_assert_cmpuint (strlen (wf_lever_get_explanation (i)), >, 60);
      g_assert_cmpuint (strlen (info->source), >, 5);
      /* Each lever's level names have their own gettext context. */
      g_assert_true (g_str_has_prefix (info->level_context, "level of "));
      for (guint j = 0; j < i; j++)
        g_assert_cmpstr (info->level_context, !=, wf_lever_get_info (j)->level_context);

      for (guint l = 0; l < WF_N_LEVER_LEVELS; l++)
        {
          g_assert_cmpfloat (info->levels[l].value, >=, info->min);
          g_assert_cmpfloat (info->levels[l].value, <=, info->max);
          g_assert_cmpuint (strlen (wf_lever_level_get_name (i, l)), >, 2);
          g_assert_cmpuint (strlen (wf_lever_level_get_description (i, l)), >, 10);
          /* The named levels are where the continuous level is whole. */
          g_assert_cmpfloat_with_epsilon (wf_lever_value_to_level (i, info->levels[l].value),
                                          1.0 + l, 1e-12);
          if (l > 0)
            g_assert_cmpfloat (info->levels[l].value, !=, info->levels[l - 1].value);
        }
      /* Between levels, interpolated; beyond them, clamped. */
      {
        double mid = (info->levels[1].value + info->levels[2].value) / 2.0;

        g_assert_cmpfloat_with_epsilon (wf_lever_value_to_level (i, mid), 2.5, 1e-9);
      }

      if (info->group == WF_LEVER_GROUP_ASSUMPTION)
        assumptions++;
      else
        policies++;
    }

  g_assert_cmpuint (assumptions, ==, 8);
  g_assert_cmpuint (policies, ==, 5);
  g_assert_false (wf_lever_from_id ("no-such-lever", &(WfLever) { 0 }));
}

static void
test_check_value (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (wf_lever_check_value (WF_LEVER_ADOPTION_CEILING, 0, NULL));
  g_assert_true (wf_lever_check_value (WF_LEVER_ADOPTION_CEILING, 100, NULL));
  g_assert_false (wf_lever_check_value (WF_LEVER_ADOPTION_CEILING, 100.5, &error));
  g_assert_error (error, WF_CORE_ERROR, WF_CORE_ERROR_LEVER_OUT_OF_RANGE);
  g_assert_nonnull (strstr (error->message, "AI adoption ceiling"));
  g_assert_nonnull (strstr (error->message, "100.5"));
  g_assert_nonnull (strstr (error->message, "0 to 100"));
  g_clear_error (&error);
  g_assert_false (wf_lever_check_value (WF_LEVER_SME_LAG, NAN, &error));
  g_assert_error (error, WF_CORE_ERROR, WF_CORE_ERROR_LEVER_OUT_OF_RANGE);
}

static void
test_scenario_validate (void)
{
  g_autoptr(WfScenario) scenario = wf_scenario_new ("Test");
  g_autoptr(GError) error = NULL;

  g_assert_true (wf_scenario_validate (scenario, 2023, &error));
  g_assert_no_error (error);

  scenario->values[WF_LEVER_RESKILLING] = -1;
  g_assert_false (wf_scenario_validate (scenario, 2023, &error));
  g_assert_nonnull (strstr (error->message, "Reskilling coverage"));
  g_clear_error (&error);
  wf_scenario_reset_lever (scenario, WF_LEVER_RESKILLING);

  scenario->low[WF_LEVER_NEW_WORK_RATE] = 1.2; /* above its high end, 1.0 */
  g_assert_false (wf_scenario_validate (scenario, 2023, &error));
  g_assert_nonnull (strstr (error->message, "uncertainty range"));
  g_clear_error (&error);
  wf_scenario_reset_lever (scenario, WF_LEVER_NEW_WORK_RATE);

  scenario->horizon = 2054;
  g_assert_false (wf_scenario_validate (scenario, 2023, &error));
  g_assert_error (error, WF_CORE_ERROR, WF_CORE_ERROR_INVALID_HORIZON);
  g_clear_error (&error);
  scenario->horizon = 2053;
  g_assert_true (wf_scenario_validate (scenario, 2023, NULL));
  scenario->horizon = 2023;
  g_assert_false (wf_scenario_validate (scenario, 2023, NULL));
}

static void
test_scenario_copy_reset (void)
{
  g_autoptr(WfScenario) a = wf_scenario_new_preset (WF_PRESET_EXPONENTIAL_WIDESPREAD);
  g_autoptr(WfScenario) b = wf_scenario_copy (a);
  g_autoptr(WfScenario) defaults = wf_scenario_new (NULL);

  g_assert_true (wf_scenario_equal (a, b));
  wf_scenario_set_name (b, "Other");
  g_assert_false (wf_scenario_equal (a, b));
  wf_scenario_set_name (b, a->name);

  wf_scenario_reset_group (b, WF_LEVER_GROUP_POLICY);
  for (guint i = 0; i < WF_N_LEVERS; i++)
    {
      if (wf_lever_get_info (i)->group == WF_LEVER_GROUP_POLICY)
        g_assert_cmpfloat (b->values[i], ==, defaults->values[i]);
      else
        g_assert_cmpfloat (b->values[i], ==, a->values[i]);
    }
  wf_scenario_reset_group (b, WF_LEVER_GROUP_ASSUMPTION);
  g_assert_cmpmem (b->values, sizeof b->values, defaults->values, sizeof defaults->values);
  /* The uncertainty ranges are reset with the values. */
  g_assert_cmpmem (b->low, sizeof b->low, defaults->low, sizeof defaults->low);
  g_assert_cmpmem (b->high, sizeof b->high, defaults->high, sizeof defaults->high);
}

static void
test_presets (void)
{
  g_autoptr(WfScenario) baseline = wf_scenario_new_preset (WF_PRESET_BASELINE);
  g_autoptr(WfScenario) defaults = wf_scenario_new (NULL);

  g_assert_cmpmem (baseline->values, sizeof baseline->values,
                   defaults->values, sizeof defaults->values);

  for (guint p = 0; p < WF_N_PRESETS; p++)
    {
      g_autoptr(WfScenario) preset = wf_scenario_new_preset (p);
      g_autoptr(GError) error = NULL;
      WfPreset back;

      g_assert_true (wf_scenario_validate (preset, 2023, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (strlen (preset->description), >, 100);
      g_assert_true (wf_preset_from_id (wf_preset_get_id (p), &back));
      g_assert_cmpint (back, ==, p);
      for (guint q = 0; q < p; q++)
        {
          g_autoptr(WfScenario) other = wf_scenario_new_preset (q);

          g_assert_cmpstr (preset->name, !=, other->name);
          g_assert_false (wf_scenario_equal (preset, other));
        }
    }

  /* The 2x2: the AI axis moves assumptions only, readiness policies only. */
  {
    g_autoptr(WfScenario) il = wf_scenario_new_preset (WF_PRESET_INCREMENTAL_LIMITED);
    g_autoptr(WfScenario) iw = wf_scenario_new_preset (WF_PRESET_INCREMENTAL_WIDESPREAD);
    g_autoptr(WfScenario) el = wf_scenario_new_preset (WF_PRESET_EXPONENTIAL_LIMITED);

    for (guint i = 0; i < WF_N_LEVERS; i++)
      {
        if (wf_lever_get_info (i)->group == WF_LEVER_GROUP_ASSUMPTION)
          g_assert_cmpfloat (il->values[i], ==, iw->values[i]);
        else
          g_assert_cmpfloat (il->values[i], ==, el->values[i]);
      }
  }
}

/* "None" agrees with each lever's noun: in French the automation
 * (l'automatisation, feminine) has "Aucune", the gain (le gain, masculine)
 * "Aucun"; in Spanish the automation (la automatización) has "Ninguna",
 * SME support (el apoyo) "Ninguno". */
static void
test_level_names_agree (void)
{
  static const struct
  {
    const char *locale;
    WfLever     lever;
    const char *none;
  } cases[] = {
    { "fr_FR.UTF-8", WF_LEVER_AUTOMATION_SHARE, "Aucune" },
    { "fr_FR.UTF-8", WF_LEVER_AUGMENTATION_GAIN, "Aucun" },
    { "fr_FR.UTF-8", WF_LEVER_WORKER_PARTICIPATION, "Aucune" },
    { "es_ES.UTF-8", WF_LEVER_AUTOMATION_SHARE, "Ninguna" },
    { "es_ES.UTF-8", WF_LEVER_SME_SUPPORT, "Ninguno" },
  };
  g_autofree char *saved = g_strdup (setlocale (LC_MESSAGES, NULL));

  if (g_getenv (WF_LOCALEDIR_ENV) == NULL)
    {
      g_test_skip ("not run in the test environment");
      return;
    }
  wf_i18n_init (LOCALEDIR);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      if (setlocale (LC_MESSAGES, cases[i].locale) == NULL)
        {
          g_test_message ("%s is not generated", cases[i].locale);
          continue;
        }
      g_assert_cmpstr (wf_lever_level_get_name (cases[i].lever, 0), ==, cases[i].none);
    }
  setlocale (LC_MESSAGES, saved);
}

/* Every level has a form for inside a sentence ("between niche and
 * mainstream"), with its lever's own context: in English, French and
 * Spanish it is the label's name in lower case, translated as one word
 * agreeing with the same noun. */
static void
test_level_names_in_sentence (void)
{
  const char *locales[] = { "C", "fr_FR.UTF-8", "es_ES.UTF-8" };
  g_autofree char *saved = g_strdup (setlocale (LC_MESSAGES, NULL));

  for (guint i = 0; i < WF_N_LEVERS; i++)
    {
      const WfLeverInfo *info = wf_lever_get_info (i);

      g_assert_nonnull (info->sentence_context);
      g_assert_true (g_str_has_prefix (info->sentence_context, info->level_context));
      g_assert_cmpstr (info->sentence_context, !=, info->level_context);
      for (guint j = 0; j < i; j++)
        g_assert_cmpstr (info->sentence_context, !=, wf_lever_get_info (j)->sentence_context);
      for (guint l = 0; l < WF_N_LEVER_LEVELS; l++)
        g_assert_nonnull (info->levels[l].in_sentence);
    }

  if (g_getenv (WF_LOCALEDIR_ENV) != NULL)
    wf_i18n_init (LOCALEDIR);
  for (guint c = 0; c < G_N_ELEMENTS (locales); c++)
    {
      if (c > 0 && (g_getenv (WF_LOCALEDIR_ENV) == NULL || setlocale (LC_MESSAGES, locales[c]) == NULL))
        {
          g_test_message ("%s: not tested (no catalogues, or the locale is not generated)", locales[c]);
          continue;
        }
      for (guint i = 0; i < WF_N_LEVERS; i++)
        for (guint l = 0; l < WF_N_LEVER_LEVELS; l++)
          {
            const WfLeverLevel *level = &wf_lever_get_info (i)->levels[l];
            const char *name = wf_lever_level_get_name (i, l);
            const char *inside = wf_lever_level_get_name_in_sentence (i, l);

            g_test_message ("%s: %s / %s", locales[c], name, inside);
            g_assert_nonnull (inside);
            g_assert_cmpuint (strlen (inside), >, 2);
            /* In lower case, as none of these names is a proper noun. */
            g_assert_false (g_unichar_isupper (g_utf8_get_char (inside)));
            /* Translated wherever the label's name is. */
            if (g_strcmp0 (name, level->name) != 0)
              g_assert_cmpstr (inside, !=, level->in_sentence);
          }
    }
  setlocale (LC_MESSAGES, saved);
}

/* A preset's name and description are stored in English whatever the
 * language, and shown in the user's: under French the bundled "Current
 * trends" reads "Tendances actuelles", a name of the user's own as it is. */
static void
test_display_name (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_MESSAGES, NULL));
  g_autoptr(WfScenario) baseline = NULL;
  g_autoptr(WfScenario) exponential = NULL;
  g_autoptr(WfScenario) own = wf_scenario_new ("My plan");
  g_autoptr(WfScenario) copy = wf_scenario_new ("Copy of Current trends");
  g_autoptr(WfScenario) unnamed = wf_scenario_new (NULL);
  g_autoptr(WfScenario) old = wf_scenario_new ("Current trends");

  if (g_getenv (WF_LOCALEDIR_ENV) == NULL)
    {
      g_test_skip ("not run in the test environment");
      return;
    }
  wf_i18n_init (LOCALEDIR);
  if (setlocale (LC_MESSAGES, "fr_FR.UTF-8") == NULL)
    {
      g_test_skip ("fr_FR.UTF-8 is not generated");
      return;
    }

  baseline = wf_scenario_new_preset (WF_PRESET_BASELINE);
  exponential = wf_scenario_new_preset (WF_PRESET_EXPONENTIAL_LIMITED);
  g_assert_cmpstr (baseline->name, ==, "Current trends");
  g_assert_cmpstr (baseline->id, ==, "current-trends");
  g_assert_true (g_str_has_prefix (baseline->description, "Generative AI spreads"));
  g_assert_cmpstr (exponential->name, ==, "Exponential AI, limited readiness");
  g_assert_cmpstr (wf_scenario_get_display_name (baseline), ==, "Tendances actuelles");
  g_assert_cmpstr (wf_scenario_get_display_name (exponential), ==, "IA exponentielle, préparation limitée");
  g_assert_true (g_str_has_prefix (wf_scenario_get_display_description (baseline), "L’IA générative"));
  /* The name decides, not the id: a file written before ids. */
  g_assert_cmpstr (wf_scenario_get_display_name (old), ==, "Tendances actuelles");
  g_assert_cmpstr (wf_scenario_get_display_name (own), ==, "My plan");
  g_assert_cmpstr (wf_scenario_get_display_name (copy), ==, "Copy of Current trends");
  g_assert_cmpstr (wf_scenario_get_display_name (unnamed), ==, unnamed->name);

  setlocale (LC_MESSAGES, "C");
  g_assert_cmpstr (wf_scenario_get_display_name (baseline), ==, "Current trends");
  setlocale (LC_MESSAGES, saved);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/levers/definitions", test_definitions);
  g_test_add_func ("/core/levers/check-value", test_check_value);
  g_test_add_func ("/core/levers/level-names-agree", test_level_names_agree);
  g_test_add_func ("/core/levers/level-names-in-sentence", test_level_names_in_sentence);
  g_test_add_func ("/core/scenario/validate", test_scenario_validate);
  g_test_add_func ("/core/scenario/copy-reset", test_scenario_copy_reset);
  g_test_add_func ("/core/scenario/presets", test_presets);
  g_test_add_func ("/core/scenario/display-name", test_display_name);

  return g_test_run ();
}
