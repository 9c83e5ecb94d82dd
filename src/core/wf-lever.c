/* wf-lever.c: the thirteen levers of docs/model.md
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "wf-lever"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wf-core-error.h"
#include "wf-lever.h"
#include "wf-id.h"

/* Every default is a judgement ([A]) unless a source says more; the
 * explanation says what the evidence is. Values are in display units. */
static const WfLeverInfo levers[WF_N_LEVERS] = {
  [WF_LEVER_ADOPTION_CEILING] = {
    "adoption-ceiling", N_("AI adoption ceiling"),
    /* xgettext:no-c-format */
    N_("% of exposed tasks"),
    WF_LEVER_GROUP_ASSUMPTION, 60, 0, 100, 40, 80, 1, 0,
    { { 0, NC_("level of adoption ceiling", "No adoption"), N_("Generative AI is not used at work beyond today’s pilots."),
        /* Translators: the names "inside a sentence" are the level names as they read in
         * "Level 1.5 · between no adoption and niche": in lower case where your language wants
         * it, agreeing with the lever's noun as the capitalised names do */
        NC_("level of adoption ceiling, inside a sentence", "no adoption") },
      { 30, NC_("level of adoption ceiling", "Niche"), N_("Used for a minority of exposed tasks, mostly in large firms."),
        NC_("level of adoption ceiling, inside a sentence", "niche") },
      { 60, NC_("level of adoption ceiling", "Mainstream"), N_("Used for most exposed tasks where it is useful, as with past office software."),
        NC_("level of adoption ceiling, inside a sentence", "mainstream") },
      { 90, NC_("level of adoption ceiling", "Pervasive"), N_("Used for nearly every exposed task."),
        NC_("level of adoption ceiling, inside a sentence", "pervasive") } },
    N_("The share of exposed tasks for which AI is eventually used. Diffusion of earlier "
       "technologies levelled off well below full use; the ILO exposure index measures what "
       "could be done, not what will be."),
    WF_PROVENANCE_ASSUMPTION,
    "Griliches (1957); Bass (1969); Gmyrek et al. (2025), ILO WP 140",
    .level_context = "level of adoption ceiling",
    .sentence_context = "level of adoption ceiling, inside a sentence",
  },
  [WF_LEVER_ADOPTION_MIDPOINT] = {
    "adoption-midpoint", N_("Adoption midpoint"), N_("year"),
    WF_LEVER_GROUP_ASSUMPTION, 2029, 2024, 2045, 2027, 2032, 1, 0,
    { { 2040, NC_("level of adoption midpoint", "Slow"), N_("Half of the eventual use is reached around 2040."),
        NC_("level of adoption midpoint, inside a sentence", "slow") },
      { 2032, NC_("level of adoption midpoint", "Gradual"), N_("Half of the eventual use is reached in the early 2030s."),
        NC_("level of adoption midpoint, inside a sentence", "gradual") },
      { 2029, NC_("level of adoption midpoint", "Fast"), N_("Half of the eventual use is reached by the end of the decade."),
        NC_("level of adoption midpoint, inside a sentence", "fast") },
      { 2026, NC_("level of adoption midpoint", "Very fast"), N_("Half of the eventual use is reached within a few years."),
        NC_("level of adoption midpoint, inside a sentence", "very fast") } },
    N_("The year in which adoption reaches half its ceiling: the middle of the S-curve. "
       "Earlier means more change by 2030."),
    WF_PROVENANCE_ASSUMPTION,
    N_("Logistic diffusion: Griliches (1957); Bass (1969)"),
    .level_context = "level of adoption midpoint",
    .sentence_context = "level of adoption midpoint, inside a sentence",
  },
  [WF_LEVER_ADOPTION_SPEED] = {
    "adoption-speed", N_("Adoption speed"), N_("per year"),
    WF_LEVER_GROUP_ASSUMPTION, 0.5, 0.1, 2.0, 0.3, 0.8, 0.05, 2,
    { { 0.2, NC_("level of adoption speed", "Very gradual"), N_("The S-curve spreads over more than two decades."),
        NC_("level of adoption speed, inside a sentence", "very gradual") },
      { 0.35, NC_("level of adoption speed", "Gradual"), N_("About fifteen years from early to late adopters."),
        NC_("level of adoption speed, inside a sentence", "gradual") },
      { 0.5, NC_("level of adoption speed", "Brisk"), N_("About ten years from early to late adopters."),
        NC_("level of adoption speed, inside a sentence", "brisk") },
      { 1.0, NC_("level of adoption speed", "Abrupt"), N_("Most firms adopt within five years."),
        NC_("level of adoption speed, inside a sentence", "abrupt") } },
    /* xgettext:no-c-format */
    N_("The steepness of the logistic S-curve. At 0.5 a year, adoption goes from 12 % to 88 % "
       "of its ceiling in about eight years."),
    WF_PROVENANCE_ASSUMPTION,
    N_("Logistic diffusion: Griliches (1957); Bass (1969)"),
    .level_context = "level of adoption speed",
    .sentence_context = "level of adoption speed, inside a sentence",
  },
  [WF_LEVER_SME_LAG] = {
    "sme-lag", N_("Lag of small and medium firms"), N_("years"),
    WF_LEVER_GROUP_ASSUMPTION, 3, 0, 10, 2, 5, 0.5, 1,
    { { 0, NC_("level of sme lag", "No lag"), N_("Small firms adopt as fast as large ones."),
        NC_("level of sme lag, inside a sentence", "no lag") },
      { 2, NC_("level of sme lag", "Short"), N_("Small firms follow two years later."),
        NC_("level of sme lag, inside a sentence", "short") },
      { 4, NC_("level of sme lag", "Long"), N_("Small firms follow four years later."),
        NC_("level of sme lag, inside a sentence", "long") },
      { 8, NC_("level of sme lag", "Very long"), N_("Small firms follow a decade or so later."),
        NC_("level of sme lag, inside a sentence", "very long") } },
    N_("Years by which small and medium firms trail large ones. The WSIS 2025 session noted that "
       "SMEs lag in technology adoption, which also limits apprenticeships and reskilling."),
    WF_PROVENANCE_ASSUMPTION,
    N_("WSIS 2025 session “Empowering Workers in the Age of AI” (ILO)"),
    .level_context = "level of sme lag",
    .sentence_context = "level of sme lag, inside a sentence",
  },
  [WF_LEVER_AUTOMATION_SHARE] = {
    "automation-share", N_("Automation of the most exposed jobs"),
    /* xgettext:no-c-format */
    N_("% of adopted gradient-4 jobs"),
    WF_LEVER_GROUP_ASSUMPTION, 40, 0, 90, 25, 60, 1, 0,
    { { 0, NC_("level of automation share", "None"), N_("AI only augments: no job is taken over entirely."),
        NC_("level of automation share, inside a sentence", "none") },
      { 20, NC_("level of automation share", "Low"), N_("One in five adopted gradient-4 jobs is automated."),
        NC_("level of automation share, inside a sentence", "low") },
      { 40, NC_("level of automation share", "Medium"), N_("Two in five adopted gradient-4 jobs are automated."),
        NC_("level of automation share, inside a sentence", "medium") },
      { 70, NC_("level of automation share", "High"), N_("Most adopted gradient-4 jobs are automated."),
        NC_("level of automation share, inside a sentence", "high") } },
    /* xgettext:no-c-format */
    N_("The part of an adopted job in the highest exposure gradient whose tasks are taken over "
       "entirely; lower gradients follow a fixed profile (none in gradient 1). The ILO finds that "
       "3.3 % of world employment is in gradient 4 and that most exposed jobs are more likely to "
       "be transformed than automated."),
    WF_PROVENANCE_ASSUMPTION,
    "Gmyrek et al. (2025), ILO WP 140",
    .level_context = "level of automation share",
    .sentence_context = "level of automation share, inside a sentence",
  },
  [WF_LEVER_AUGMENTATION_GAIN] = {
    "augmentation-gain", N_("Productivity gain of augmented jobs"),
    /* xgettext:no-c-format */
    N_("%"),
    WF_LEVER_GROUP_ASSUMPTION, 20, 0, 60, 10, 40, 1, 0,
    { { 0, NC_("level of augmentation gain", "None"), N_("Augmented workers produce no more than before."),
        NC_("level of augmentation gain, inside a sentence", "none") },
      { 10, NC_("level of augmentation gain", "Modest"), N_("About the gain measured in customer support."),
        NC_("level of augmentation gain, inside a sentence", "modest") },
      { 25, NC_("level of augmentation gain", "Substantial"), N_("About the gains measured among consultants."),
        NC_("level of augmentation gain, inside a sentence", "substantial") },
      { 40, NC_("level of augmentation gain", "Large"), N_("About the speed-up measured in writing tasks."),
        NC_("level of augmentation gain, inside a sentence", "large") } },
    /* xgettext:no-c-format */
    N_("Output per worker gained in a fully adopted, augmented job. Field studies report roughly "
       "10 to 40 %: about 14 % more issues resolved per hour in customer support, about 12 % more "
       "tasks among consultants, about 40 % faster writing."),
    WF_PROVENANCE_ASSUMPTION,
    "Brynjolfsson, Li & Raymond (2023); Dell’Acqua et al. (2023); Noy & Zhang (2023)",
    .level_context = "level of augmentation gain",
    .sentence_context = "level of augmentation gain, inside a sentence",
  },
  [WF_LEVER_DEMAND_ELASTICITY] = {
    "demand-elasticity", N_("Demand response"), N_("× sector elasticity"),
    WF_LEVER_GROUP_ASSUMPTION, 1.0, 0.0, 3.0, 0.6, 1.4, 0.05, 2,
    { { 0.25, NC_("level of demand elasticity", "Saturated"), N_("Cheaper output barely raises demand: productivity costs jobs."),
        NC_("level of demand elasticity, inside a sentence", "saturated") },
      { 0.75, NC_("level of demand elasticity", "Weak"), N_("Demand grows somewhat less than the sector estimates."),
        NC_("level of demand elasticity, inside a sentence", "weak") },
      { 1.0, NC_("level of demand elasticity", "As estimated"), N_("The sector elasticities of the dataset."),
        NC_("level of demand elasticity, inside a sentence", "as estimated") },
      { 2.0, NC_("level of demand elasticity", "Strong"), N_("Cheaper output raises demand a lot: productivity creates jobs."),
        NC_("level of demand elasticity, inside a sentence", "strong") } },
    N_("Multiplies each sector’s price elasticity of demand. Bessen shows that employment grows "
       "with productivity when demand is elastic (above 1) and shrinks when it is saturated "
       "(below 1); mature industries had elasticities of 0.02 to 0.16."),
    WF_PROVENANCE_ASSUMPTION,
    "Bessen (2019), Economic Policy 34(100): 589–626",
    .level_context = "level of demand elasticity",
    .sentence_context = "level of demand elasticity, inside a sentence",
  },
  [WF_LEVER_NEW_WORK_RATE] = {
    "new-work-rate", N_("New work"), N_("new jobs per displaced job"),
    WF_LEVER_GROUP_ASSUMPTION, 0.6, 0.0, 3.0, 0.3, 1.0, 0.05, 2,
    { { 0.0, NC_("level of new work rate", "None"), N_("No new tasks or occupations arise around AI."),
        NC_("level of new work rate, inside a sentence", "none") },
      { 0.4, NC_("level of new work rate", "Some"), N_("Some new tasks arise, fewer than are displaced."),
        NC_("level of new work rate, inside a sentence", "some") },
      { 0.8, NC_("level of new work rate", "Many"), N_("New tasks nearly make up for displaced ones."),
        NC_("level of new work rate, inside a sentence", "many") },
      { 1.8, NC_("level of new work rate", "Abundant"), N_("New work outgrows displacement, as the WEF’s figures for 2025–2030 suggest."),
        NC_("level of new work rate, inside a sentence", "abundant") } },
    N_("New jobs created per job displaced, arriving a year later: the reinstatement effect of new "
       "tasks and occupations. The WEF Future of Jobs 2025 expects 170 million jobs created against "
       "92 million displaced from 2025 to 2030, from all causes."),
    WF_PROVENANCE_ASSUMPTION,
    "Acemoglu & Restrepo (2019), JEP 33(2); WEF Future of Jobs 2025",
    .level_context = "level of new work rate",
    .sentence_context = "level of new work rate, inside a sentence",
  },
  [WF_LEVER_RESKILLING] = {
    "reskilling", N_("Reskilling coverage"),
    /* xgettext:no-c-format */
    N_("% of displaced per year"),
    WF_LEVER_GROUP_POLICY, 20, 0, 100, 15, 25, 1, 0,
    { { 0, NC_("level of reskilling", "No programme"), N_("Displaced workers find their own way."),
        NC_("level of reskilling, inside a sentence", "no programme") },
      { 20, NC_("level of reskilling", "Limited"), N_("One in five displaced workers is retrained and re-employed each year."),
        NC_("level of reskilling, inside a sentence", "limited") },
      { 45, NC_("level of reskilling", "Broad"), N_("Nearly half are retrained and re-employed each year."),
        NC_("level of reskilling, inside a sentence", "broad") },
      { 80, NC_("level of reskilling", "Universal"), N_("Almost every displaced worker is retrained within a year or two."),
        NC_("level of reskilling, inside a sentence", "universal") } },
    N_("The share of displaced workers retrained and re-employed each year. The WEF expects 59 in "
       "100 workers to need training by 2030, and 11 of them unlikely to get it."),
    WF_PROVENANCE_ASSUMPTION,
    "WEF Future of Jobs 2025",
    .level_context = "level of reskilling",
    .sentence_context = "level of reskilling, inside a sentence",
  },
  [WF_LEVER_WOMEN_TRAINING_ACCESS] = {
    "women-training-access", N_("Women’s access to training"), N_("relative to men"),
    WF_LEVER_GROUP_POLICY, 0.85, 0.0, 1.5, 0.75, 0.95, 0.05, 2,
    { { 0.6, NC_("level of women training access", "Wide gap"), N_("Women get little more than half of men’s access."),
        NC_("level of women training access, inside a sentence", "wide gap") },
      { 0.85, NC_("level of women training access", "Gap"), N_("Women’s access trails men’s, as with internet use today."),
        NC_("level of women training access, inside a sentence", "gap") },
      { 1.0, NC_("level of women training access", "Parity"), N_("Women and men have equal access."),
        NC_("level of women training access, inside a sentence", "parity") },
      { 1.2, NC_("level of women training access", "Targeted"), N_("Programmes favour women to close the gap."),
        NC_("level of women training access, inside a sentence", "targeted") } },
    /* xgettext:no-c-format */
    N_("Women’s access to reskilling and digital upskilling relative to men’s (1 = parity). "
       "In 2024, 65 % of women and 70 % of men used the internet; the WSIS 2025 session called for "
       "gender-sensitive digital skilling."),
    WF_PROVENANCE_ASSUMPTION,
    N_("ITU Facts and Figures 2024; WSIS 2025 session (ILO)"),
    .level_context = "level of women training access",
    .sentence_context = "level of women training access, inside a sentence",
  },
  [WF_LEVER_DIGITAL_UPSKILLING] = {
    "digital-upskilling", N_("Digital upskilling"),
    /* xgettext:no-c-format */
    N_("% of the unskilled per year"),
    WF_LEVER_GROUP_POLICY, 3, 0, 30, 2, 4, 0.5, 1,
    { { 0, NC_("level of digital upskilling", "None"), N_("No one gains digital skills at work."),
        NC_("level of digital upskilling, inside a sentence", "none") },
      { 3, NC_("level of digital upskilling", "Current effort"), N_("A few per cent of workers without digital skills gain them each year."),
        NC_("level of digital upskilling, inside a sentence", "current effort") },
      { 8, NC_("level of digital upskilling", "Scaled up"), N_("Foundational digital skills programmes reach many more."),
        NC_("level of digital upskilling, inside a sentence", "scaled up") },
      { 20, NC_("level of digital upskilling", "Lifelong learning"), N_("Digital skills become part of every working life."),
        NC_("level of digital upskilling, inside a sentence", "lifelong learning") } },
    N_("The share of workers without digital skills who gain them each year, through foundational "
       "digital skills programmes and lifelong learning, as the WSIS 2025 session and Bessen urged."),
    WF_PROVENANCE_ASSUMPTION,
    N_("WSIS 2025 session (ILO); ILO webinar with J. Bessen (2025)"),
    .level_context = "level of digital upskilling",
    .sentence_context = "level of digital upskilling, inside a sentence",
  },
  [WF_LEVER_WORKER_PARTICIPATION] = {
    "worker-participation", N_("Worker participation"),
    /* xgettext:no-c-format */
    N_("% of displaced redeployed in the firm"),
    WF_LEVER_GROUP_POLICY, 15, 0, 80, 10, 20, 1, 0,
    { { 0, NC_("level of worker participation", "None"), N_("Every displaced worker is laid off."),
        NC_("level of worker participation, inside a sentence", "none") },
      { 15, NC_("level of worker participation", "Occasional"), N_("Some firms redeploy workers whose tasks are automated."),
        NC_("level of worker participation, inside a sentence", "occasional") },
      { 35, NC_("level of worker participation", "Social dialogue"), N_("Agreements make redeployment common."),
        NC_("level of worker participation, inside a sentence", "social dialogue") },
      { 60, NC_("level of worker participation", "Co-determination"), N_("Most displaced workers keep a job in their firm."),
        NC_("level of worker participation, inside a sentence", "co-determination") } },
    N_("Social dialogue: the share of displaced jobs whose workers are redeployed inside the firm "
       "instead of being laid off. Bessen observed that technology worked best where it involved "
       "workers’ participation; the WEF expects 19 in 100 workers to be redeployed."),
    WF_PROVENANCE_ASSUMPTION,
    N_("ILO webinar with J. Bessen (2025); WEF Future of Jobs 2025"),
    .level_context = "level of worker participation",
    .sentence_context = "level of worker participation, inside a sentence",
  },
  [WF_LEVER_SME_SUPPORT] = {
    "sme-support", N_("Support for SME adoption"),
    /* xgettext:no-c-format */
    N_("% of the lag removed"),
    WF_LEVER_GROUP_POLICY, 0, 0, 100, 0, 20, 5, 0,
    { { 0, NC_("level of sme support", "None"), N_("Small firms adopt at their own pace."),
        NC_("level of sme support, inside a sentence", "none") },
      { 25, NC_("level of sme support", "Advice"), N_("Advisory services shorten the lag by a quarter."),
        NC_("level of sme support, inside a sentence", "advice") },
      { 50, NC_("level of sme support", "Programmes"), N_("Co-financed adoption halves the lag."),
        NC_("level of sme support, inside a sentence", "programmes") },
      { 90, NC_("level of sme support", "Full support"), N_("Small firms adopt almost as fast as large ones."),
        NC_("level of sme support, inside a sentence", "full support") } },
    N_("Public support for small and medium firms to adopt AI. It shortens their lag, and so "
       "speeds both the gains and the displacement in sectors with many small firms."),
    WF_PROVENANCE_ASSUMPTION,
    N_("WSIS 2025 session (ILO)"),
    .level_context = "level of sme support",
    .sentence_context = "level of sme support, inside a sentence",
  },
};

static const char * const group_names[] = {
  N_("Assumptions"),
  N_("Policies"),
};

/**
 * wf_lever_get_info:
 * @lever: a lever
 *
 * Returns: (transfer none): the static definition of @lever
 */
const WfLeverInfo *
wf_lever_get_info (WfLever lever)
{
  g_return_val_if_fail (lever < WF_N_LEVERS, NULL);
  return &levers[lever];
}

gboolean
wf_lever_from_id (const char *id,
                  WfLever    *out)
{
  int i = WF_ID_FIND (id, levers, WfLeverInfo, id);

  if (i < 0)
    return FALSE;
  *out = i;
  return TRUE;
}

const char *
wf_lever_get_id (WfLever lever)
{
  g_return_val_if_fail (lever < WF_N_LEVERS, NULL);
  return levers[lever].id;
}

const char *
wf_lever_get_label (WfLever lever)
{
  g_return_val_if_fail (lever < WF_N_LEVERS, NULL);
  return _(levers[lever].label);
}

/* The citation as the user reads it: one that is only authors, years and
 * published titles is not marked for translation and comes back as it is. */
const char *
wf_lever_get_source (WfLever lever)
{
  g_return_val_if_fail (lever < WF_N_LEVERS, NULL);
  if (levers[lever].source == NULL || *levers[lever].source == '\0')
    return NULL;
  return _(levers[lever].source);
}

const char *
wf_lever_get_unit (WfLever lever)
{
  g_return_val_if_fail (lever < WF_N_LEVERS, NULL);
  return _(levers[lever].unit);
}

const char *
wf_lever_get_explanation (WfLever lever)
{
  g_return_val_if_fail (lever < WF_N_LEVERS, NULL);
  return _(levers[lever].explanation);
}

const char *
wf_lever_level_get_name (WfLever lever,
                         guint   level)
{
  g_return_val_if_fail (lever < WF_N_LEVERS, NULL);
  g_return_val_if_fail (level < WF_N_LEVER_LEVELS, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, levers[lever].level_context,
                       levers[lever].levels[level].name);
}

/**
 * wf_lever_level_get_name_in_sentence:
 * @lever: a lever
 * @level: a level, 0 .. %WF_N_LEVER_LEVELS - 1
 *
 * The level's name as it reads inside a sentence ("between niche and
 * mainstream"): in lower case where the language wants it, agreeing with
 * the lever's noun, where wf_lever_level_get_name () is a label's.
 *
 * Returns: the name, translated
 */
const char *
wf_lever_level_get_name_in_sentence (WfLever lever,
                                     guint   level)
{
  g_return_val_if_fail (lever < WF_N_LEVERS, NULL);
  g_return_val_if_fail (level < WF_N_LEVER_LEVELS, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, levers[lever].sentence_context,
                       levers[lever].levels[level].in_sentence);
}

const char *
wf_lever_level_get_description (WfLever lever,
                                guint   level)
{
  g_return_val_if_fail (lever < WF_N_LEVERS, NULL);
  g_return_val_if_fail (level < WF_N_LEVER_LEVELS, NULL);
  return _(levers[lever].levels[level].description);
}

/* Levels may run up or down in value (an earlier midpoint is a higher
 * level); outside the named levels the result is clamped to 1 or 4. */
double
wf_lever_value_to_level (WfLever lever,
                         double  value)
{
  const WfLeverLevel *lv;
  gboolean rising;

  g_return_val_if_fail (lever < WF_N_LEVERS, 1.0);

  lv = levers[lever].levels;
  rising = lv[WF_N_LEVER_LEVELS - 1].value > lv[0].value;

  for (guint i = 0; i + 1 < WF_N_LEVER_LEVELS; i++)
    {
      double a = lv[i].value;
      double b = lv[i + 1].value;
      gboolean below = rising ? value <= a : value >= a;
      gboolean within = rising ? value <= b : value >= b;

      if (i == 0 && below)
        return 1.0;
      if (within)
        return 1.0 + i + (value - a) / (b - a);
    }

  return (double) WF_N_LEVER_LEVELS;
}

gboolean
wf_lever_check_value (WfLever   lever,
                      double    value,
                      GError  **error)
{
  const WfLeverInfo *info;

  g_return_val_if_fail (lever < WF_N_LEVERS, FALSE);

  info = &levers[lever];
  if (isfinite (value) && value >= info->min && value <= info->max)
    return TRUE;

  g_set_error (error, WF_CORE_ERROR, WF_CORE_ERROR_LEVER_OUT_OF_RANGE,
               /* Translators: lever name, value, then the minimum and maximum, then the unit */
               _("The lever “%s” is set to %g, outside its range of %g to %g %s"),
               _(info->label), value, info->min, info->max, _(info->unit));
  return FALSE;
}

const char *
wf_lever_group_to_string (WfLeverGroup group)
{
  g_return_val_if_fail (group <= WF_LEVER_GROUP_POLICY, NULL);
  return _(group_names[group]);
}
