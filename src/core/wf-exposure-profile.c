/* wf-exposure-profile.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The World Bank income groups' exposure to generative AI as ILO WP 140
 * publishes it, and the calibration that scales a dataset's sector × sex ×
 * gradient pattern to them (docs/exposure-profiles.md): one factor per sex
 * for gradient 4 and one factor common to both sexes for gradients 1-3,
 * found by bisection on the dataset's own employment, so that the dataset
 * has the group's published shares. The pattern across sectors is kept.
 */
#define G_LOG_DOMAIN "wf-exposure-profile"

#include "config.h"

#include <math.h>
#include <string.h>

#include "wf-exposure-profile.h"

/* WP 140 publishes the world (25 % exposed, 3.3 % in gradient 4: women
 * 4.7 %, men 2.4 %), high-income countries (34 %; women 9.6 %, men 3.5 % in
 * gradient 4) and low-income countries (11 %) [S]. Low-income gradient 4 is
 * the world's scaled by 11 / 25 [A]; the middle-income groups are
 * interpolated between low and high income at one and two thirds [A]. */
static const WfExposureProfile profiles[] = {
  { "world", "the world", 0.25, WF_PROVENANCE_SECONDARY, 0.047, 0.024, WF_PROVENANCE_SECONDARY,
    "ILO WP 140 (2025): 25 % exposed; gradient 4: women 4.7 %, men 2.4 %" },
  { "high-income", "high-income countries", 0.34, WF_PROVENANCE_SECONDARY, 0.096, 0.035,
    WF_PROVENANCE_SECONDARY,
    "ILO WP 140 (2025): 34 % exposed; gradient 4: women 9.6 %, men 3.5 %" },
  { "upper-middle-income", "upper-middle-income countries", 0.11 + 2.0 * (0.34 - 0.11) / 3.0,
    WF_PROVENANCE_ASSUMPTION, 0.02068 + 2.0 * (0.096 - 0.02068) / 3.0,
    0.01056 + 2.0 * (0.035 - 0.01056) / 3.0, WF_PROVENANCE_ASSUMPTION,
    "Interpolated two thirds of the way from low- to high-income countries (not published)" },
  { "lower-middle-income", "lower-middle-income countries", 0.11 + (0.34 - 0.11) / 3.0,
    WF_PROVENANCE_ASSUMPTION, 0.02068 + (0.096 - 0.02068) / 3.0,
    0.01056 + (0.035 - 0.01056) / 3.0, WF_PROVENANCE_ASSUMPTION,
    "Interpolated one third of the way from low- to high-income countries (not published)" },
  { "low-income", "low-income countries", 0.11, WF_PROVENANCE_SECONDARY, 0.02068, 0.01056,
    WF_PROVENANCE_ASSUMPTION,
    "ILO WP 140 (2025): 11 % exposed; gradient 4 assumed at the world’s × 11/25 "
    "(women 2.07 %, men 1.06 %)" },
};

/* No sex's row may leave less than this in gradient 0 after scaling. */
#define MAX_EXPOSED 0.98

const WfExposureProfile *
wf_exposure_profile_find (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (profiles); i++)
    if (g_str_equal (profiles[i].id, id))
      return &profiles[i];
  return NULL;
}

guint
wf_exposure_profile_count (void)
{
  return G_N_ELEMENTS (profiles);
}

const WfExposureProfile *
wf_exposure_profile_get (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (profiles), NULL);
  return &profiles[index];
}

/* "world, high-income, …" for messages */
char *
wf_exposure_profile_ids (void)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (profiles); i++)
    g_string_append_printf (out, "%s%s", i ? ", " : "", profiles[i].id);
  return g_string_free (out, FALSE);
}

static void
scale_row (const double *from,
           double       *to,
           double        low,
           double        top)
{
  double sum = 0.0;

  for (guint k = 1; k < WF_N_GRADIENTS; k++)
    {
      to[k] = from[k] * (k == WF_N_GRADIENTS - 1 ? top : low);
      sum += to[k];
    }
  if (sum > MAX_EXPOSED)
    for (guint k = 1; k < WF_N_GRADIENTS; k++)
      to[k] *= MAX_EXPOSED / sum;
  sum = 0.0;
  for (guint k = 1; k < WF_N_GRADIENTS; k++)
    sum += to[k];
  to[0] = 1.0 - sum;
}

/* The share of @sex's employment (WF_SEX_ALL: everyone's) in gradients
 * from @first to @last, after scaling the original pattern @pattern. */
static double
scaled_share (const WfDataset *dataset,
              const double    *pattern,
              const double     top[WF_N_SEXES],
              double           low,
              int              sex,
              guint            first,
              guint            last)
{
  double share = 0.0, total = 0.0;

  for (guint s = 0; s < dataset->n_sectors; s++)
    for (guint g = 0; g < WF_N_SEXES; g++)
      {
        double row[WF_N_GRADIENTS];
        double employed = dataset->sectors[s].employment[g];

        if ((sex != WF_SEX_ALL && (int) g != sex) || employed <= 0.0)
          continue;
        scale_row (pattern + (s * WF_N_SEXES + g) * WF_N_GRADIENTS, row, low, top[g]);
        for (guint k = first; k <= last; k++)
          share += employed * row[k];
        total += employed;
      }
  return total > 0.0 ? share / total : 0.0;
}

typedef double (*ShareFunc) (double factor, gpointer data);

/* The factor in [0, 64] at which the increasing @func reaches @target. */
static double
bisect (ShareFunc  func,
        gpointer   data,
        double     target)
{
  double low = 0.0, high = 64.0;

  if (func (high, data) <= target)
    return high;
  for (guint i = 0; i < 60; i++)
    {
      double mid = 0.5 * (low + high);

      if (func (mid, data) < target)
        low = mid;
      else
        high = mid;
    }
  return 0.5 * (low + high);
}

typedef struct
{
  const WfDataset *dataset;
  const double    *pattern;
  double           top[WF_N_SEXES];
  double           low;
  int              sex;
} Fit;

static double
top_share_cb (double   factor,
              gpointer data)
{
  Fit *fit = data;
  double top[WF_N_SEXES];

  memcpy (top, fit->top, sizeof top);
  top[fit->sex] = factor;
  return scaled_share (fit->dataset, fit->pattern, top, fit->low, fit->sex,
                       WF_N_GRADIENTS - 1, WF_N_GRADIENTS - 1);
}

static double
exposed_share_cb (double   factor,
                  gpointer data)
{
  Fit *fit = data;

  return scaled_share (fit->dataset, fit->pattern, fit->top, factor, WF_SEX_ALL, 1,
                       WF_N_GRADIENTS - 1);
}

/**
 * wf_exposure_profile_apply:
 * @profile: the income group's totals
 * @dataset: a dataset whose exposure is the pattern to scale
 * @summary: (out) (optional): the factors and the totals reached, in a line
 *
 * Scales @dataset's exposure so that its employment has @profile's shares:
 * gradient 4 per sex (employment of unknown sex gets the mean of women's
 * and men's targets, weighted by the dataset's women and men, or half each
 * when it has no split), and gradients 1-4 for everyone. Rows stay sums of
 * 1 with at least 2 % in gradient 0.
 *
 * Returns: %TRUE when every target was reached within 0.05 points
 */
gboolean
wf_exposure_profile_apply (const WfExposureProfile *profile,
                           WfDataset               *dataset,
                           char                   **summary)
{
  g_autofree double *pattern = NULL;
  double women, men, reached[3];
  Fit fit = { dataset, NULL, { 1.0, 1.0, 1.0 }, 1.0, 0 };
  double target[WF_N_SEXES];
  gboolean ok;

  g_return_val_if_fail (profile != NULL, FALSE);
  g_return_val_if_fail (dataset != NULL, FALSE);

  pattern = g_new (double, dataset->n_sectors * WF_N_SEXES * WF_N_GRADIENTS);
  for (guint s = 0; s < dataset->n_sectors; s++)
    memcpy (pattern + s * WF_N_SEXES * WF_N_GRADIENTS, dataset->sectors[s].exposure,
            sizeof dataset->sectors[s].exposure);
  fit.pattern = pattern;

  women = wf_dataset_total_employment (dataset, WF_SEX_WOMEN);
  men = wf_dataset_total_employment (dataset, WF_SEX_MEN);
  target[WF_SEX_WOMEN] = profile->top_women;
  target[WF_SEX_MEN] = profile->top_men;
  target[WF_SEX_UNKNOWN] = women + men > 0.0
                           ? (women * profile->top_women + men * profile->top_men) / (women + men)
                           : 0.5 * (profile->top_women + profile->top_men);

  /* Gradient 4 and the rest pull on each other only through the cap;
   * a few rounds settle it. */
  for (guint round = 0; round < 4; round++)
    {
      for (int g = 0; g < WF_N_SEXES; g++)
        {
          fit.sex = g;
          if (wf_dataset_total_employment (dataset, g) > 0.0)
            fit.top[g] = bisect (top_share_cb, &fit, target[g]);
        }
      fit.low = bisect (exposed_share_cb, &fit, profile->exposed);
    }

  for (guint s = 0; s < dataset->n_sectors; s++)
    for (guint g = 0; g < WF_N_SEXES; g++)
      scale_row (pattern + (s * WF_N_SEXES + g) * WF_N_GRADIENTS, dataset->sectors[s].exposure[g],
                 fit.low, fit.top[g]);

  reached[0] = wf_dataset_exposed_share (dataset, WF_SEX_ALL, 1);
  reached[1] = women > 0.0 ? wf_dataset_exposed_share (dataset, WF_SEX_WOMEN, 4) : NAN;
  reached[2] = men > 0.0 ? wf_dataset_exposed_share (dataset, WF_SEX_MEN, 4) : NAN;
  ok = fabs (reached[0] - profile->exposed) < 5e-4 &&
       (isnan (reached[1]) || fabs (reached[1] - profile->top_women) < 5e-4) &&
       (isnan (reached[2]) || fabs (reached[2] - profile->top_men) < 5e-4);

  if (summary != NULL)
    *summary = g_strdup_printf ("gradients 1-3 × %.3f; gradient 4 × %.3f (women), × %.3f (men), "
                                "× %.3f (sex unknown); reached %.1f %% exposed, gradient 4 women "
                                "%.2f %%, men %.2f %%",
                                fit.low, fit.top[WF_SEX_WOMEN], fit.top[WF_SEX_MEN],
                                fit.top[WF_SEX_UNKNOWN], 100.0 * reached[0],
                                isnan (reached[1]) ? 0.0 : 100.0 * reached[1],
                                isnan (reached[2]) ? 0.0 : 100.0 * reached[2]);
  return ok;
}
