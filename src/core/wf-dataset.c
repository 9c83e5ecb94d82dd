/* wf-dataset.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "wf-dataset"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "wf-core-error.h"
#include "wf-dataset.h"
#include "wf-id.h"

static const char * const table_ids[WF_N_TABLES] = {
  "employment",
  "exposure",
  "digital-requirement",
  "digital-workforce",
  "trend-growth",
  "elasticity",
  "sme-share",
  "skill-intensity",
  "skill-shift",
  "automation-profile",
  "labour-force",
  "unemployment",
  "labour-force-growth",
  "replacement-rate",
  "labour-cost-share",
  "digitalisation-trend",
  "task-share",
  "labour-market",
};

static const char * const table_names[WF_N_TABLES] = {
  N_("Employment by sector and sex"),
  N_("Exposure to generative AI by gradient"),
  N_("Jobs needing digital skills"),
  N_("Workers with digital skills"),
  N_("Trend employment growth"),
  N_("Price elasticity of demand"),
  N_("Employment in small and medium firms"),
  N_("Skill intensity by sector"),
  N_("Skill shift under adoption"),
  N_("Automation share by gradient"),
  N_("Labour force by sex"),
  N_("Unemployment by sex"),
  N_("Labour force growth"),
  N_("Replacement rate (permanent exits from jobs)"),
  N_("Labour cost share by sector"),
  N_("Digitalisation trend by sector"),
  N_("Exposed task share by gradient"),
  N_("Hiring, discouragement and vacancy lapse"),
};

static const char * const provenance_tags[WF_N_PROVENANCES] = { "P", "S", "A", "D" };

static const char * const provenance_names[WF_N_PROVENANCES] = {
  N_("Primary source"),
  N_("Quoted from the primary source"),
  N_("Assumption"),
  N_("Derived"),
};

static const char * const sex_ids[WF_N_SEXES] = { "women", "men", "unknown" };

static const char * const sex_names[WF_N_SEXES] = {
  N_("Women"),
  N_("Men"),
  N_("Sex unknown"),
};

static void
source_clear (WfSource *source)
{
  g_clear_pointer (&source->citation, g_free);
  g_clear_pointer (&source->note, g_free);
}

/**
 * wf_dataset_new:
 * @n_sectors: number of sectors
 * @n_skills: number of skill categories
 *
 * Creates an empty dataset with zeroed tables.
 *
 * Returns: (transfer full): a new dataset
 */
WfDataset *
wf_dataset_new (guint n_sectors,
                guint n_skills)
{
  WfDataset *self = g_new0 (WfDataset, 1);

  self->n_sectors = n_sectors;
  self->sectors = g_new0 (WfSector, n_sectors);
  self->n_skills = n_skills;
  self->skills = g_new0 (WfSkill, n_skills);
  self->skill_shift = g_new0 (double, (gsize) WF_N_GRADIENTS * MAX (n_skills, 1));

  for (guint s = 0; s < n_sectors; s++)
    self->sectors[s].skill_intensity = g_new0 (double, MAX (n_skills, 1));

  return self;
}

/**
 * wf_dataset_copy:
 * @self: a dataset
 *
 * Returns: (transfer full): a deep copy of @self
 */
WfDataset *
wf_dataset_copy (const WfDataset *self)
{
  WfDataset *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = wf_dataset_new (self->n_sectors, self->n_skills);
  copy->id = g_strdup (self->id);
  copy->title = g_strdup (self->title);
  copy->area = g_strdup (self->area);
  copy->edition = g_strdup (self->edition);
  copy->base_year = self->base_year;

  for (guint s = 0; s < self->n_sectors; s++)
    {
      const WfSector *from = &self->sectors[s];
      WfSector *to = &copy->sectors[s];
      double *intensity = to->skill_intensity;

      *to = *from;
      to->id = g_strdup (from->id);
      to->label = g_strdup (from->label);
      to->skill_intensity = intensity;
      memcpy (intensity, from->skill_intensity, sizeof (double) * self->n_skills);
    }

  for (guint j = 0; j < self->n_skills; j++)
    {
      copy->skills[j].id = g_strdup (self->skills[j].id);
      copy->skills[j].label = g_strdup (self->skills[j].label);
      copy->skills[j].taxonomy = g_strdup (self->skills[j].taxonomy);
    }

  memcpy (copy->skill_shift, self->skill_shift,
          sizeof (double) * WF_N_GRADIENTS * self->n_skills);
  memcpy (copy->automation_profile, self->automation_profile,
          sizeof copy->automation_profile);
  memcpy (copy->labour_force, self->labour_force, sizeof copy->labour_force);
  memcpy (copy->unemployed, self->unemployed, sizeof copy->unemployed);
  memcpy (copy->labour_force_growth, self->labour_force_growth, sizeof copy->labour_force_growth);
  memcpy (copy->task_share, self->task_share, sizeof copy->task_share);
  copy->replacement_rate = self->replacement_rate;
  copy->untrained_hiring_weight = self->untrained_hiring_weight;
  copy->discouragement_rate = self->discouragement_rate;
  copy->shortage_lapse_rate = self->shortage_lapse_rate;
  memcpy (copy->new_work_ready, self->new_work_ready, sizeof copy->new_work_ready);

  for (guint t = 0; t < WF_N_TABLES; t++)
    {
      copy->sources[t].provenance = self->sources[t].provenance;
      copy->sources[t].citation = g_strdup (self->sources[t].citation);
      copy->sources[t].note = g_strdup (self->sources[t].note);
    }

  return copy;
}

void
wf_dataset_free (WfDataset *self)
{
  if (self == NULL)
    return;

  for (guint s = 0; s < self->n_sectors; s++)
    {
      g_free (self->sectors[s].id);
      g_free (self->sectors[s].label);
      g_free (self->sectors[s].skill_intensity);
    }
  for (guint j = 0; j < self->n_skills; j++)
    {
      g_free (self->skills[j].id);
      g_free (self->skills[j].label);
      g_free (self->skills[j].taxonomy);
    }
  for (guint t = 0; t < WF_N_TABLES; t++)
    source_clear (&self->sources[t]);

  g_free (self->sectors);
  g_free (self->skills);
  g_free (self->skill_shift);
  g_free (self->id);
  g_free (self->title);
  g_free (self->area);
  g_free (self->edition);
  g_free (self);
}

void
wf_dataset_set_source (WfDataset    *self,
                       WfTable       table,
                       WfProvenance  provenance,
                       const char   *citation,
                       const char   *note)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (table < WF_N_TABLES);
  g_return_if_fail (provenance < WF_N_PROVENANCES);

  source_clear (&self->sources[table]);
  self->sources[table].provenance = provenance;
  self->sources[table].citation = g_strdup (citation);
  self->sources[table].note = g_strdup (note);
}

static gboolean
check_fraction (double      value,
                const char *sector,
                const char *what,
                GError    **error)
{
  if (isfinite (value) && value >= 0.0 && value <= 1.0)
    return TRUE;

  g_set_error (error, WF_CORE_ERROR, WF_CORE_ERROR_INVALID_DATASET,
               /* Translators: "%s" are a sector name and a quantity, %g the value */
               _("Sector “%s”: %s is %g, but it must be a share between 0 and 1"),
               sector, what, value);
  return FALSE;
}

static gboolean
check_range (double      value,
             double      min,
             double      max,
             const char *what,
             GError    **error)
{
  if (isfinite (value) && value >= min && value <= max)
    return TRUE;

  g_set_error (error, WF_CORE_ERROR, WF_CORE_ERROR_INVALID_DATASET,
               /* Translators: %s is a quantity of the dataset, the %g are its
                * value and its allowed range */
               _("The dataset’s %s is %g, but it must be between %g and %g"),
               what, value, min, max);
  return FALSE;
}

/* The labour market of version 2: per sector the labour cost share and the
 * digitalisation trend, per sex the labour force and unemployment, which
 * must agree with employment. */
static gboolean
validate_labour_market (const WfDataset  *self,
                        GError          **error)
{
  for (guint s = 0; s < self->n_sectors; s++)
    {
      const WfSector *sector = &self->sectors[s];
      const char *name = sector->label ? sector->label : sector->id;

      if (!check_fraction (sector->labour_cost_share, name, _("the labour cost share"), error))
        return FALSE;
      if (!isfinite (sector->digitalisation_trend) || sector->digitalisation_trend < 0.0 ||
          sector->digitalisation_trend > 0.1)
        {
          g_set_error (error, WF_CORE_ERROR, WF_CORE_ERROR_INVALID_DATASET,
                       /* Translators: %s is a sector name, %g the value */
                       _("Sector “%s”: the digitalisation trend is %g a year, but it must be between 0 and 0.1"),
                       name, sector->digitalisation_trend);
          return FALSE;
        }
    }

  for (guint g = 0; g < WF_N_SEXES; g++)
    {
      double employed = wf_dataset_total_employment (self, (int) g);
      double force = self->labour_force[g];
      double unemployed = self->unemployed[g];

      if (!isfinite (force) || force < 0.0 || !isfinite (unemployed) || unemployed < 0.0 ||
          unemployed > force)
        {
          g_set_error (error, WF_CORE_ERROR, WF_CORE_ERROR_INVALID_DATASET,
                       /* Translators: %s is a sex ("Women"), the %.1f are thousands of people */
                       _("%s: the labour force is %.1f thousand and unemployment %.1f thousand, "
                         "but both must be zero or more and unemployment no larger than the labour force"),
                       _(sex_names[g]), force, unemployed);
          return FALSE;
        }
      if (force > WF_DATASET_MAX_PEOPLE)
        {
          g_set_error (error, WF_CORE_ERROR, WF_CORE_ERROR_INVALID_DATASET,
                       /* Translators: %s is a sex ("Women"), then thousands of people, twice */
                       _("%s: the labour force is %g thousand, more than the world’s "
                         "population (at most %g thousand)"),
                       _(sex_names[g]), force, WF_DATASET_MAX_PEOPLE);
          return FALSE;
        }
      if (fabs (employed - (force - unemployed)) > WF_DATASET_LABOUR_TOLERANCE * MAX (force, 1.0))
        {
          g_set_error (error, WF_CORE_ERROR, WF_CORE_ERROR_INVALID_DATASET,
                       /* Translators: %s is a sex ("Women"); the three %.1f are
                        * thousands of people, the last %g a percentage */
                       _("%s: employment (%.1f thousand) does not equal the labour force "
                         "(%.1f thousand) minus unemployment (%.1f thousand), within %g %%"),
                       _(sex_names[g]), employed, force, unemployed,
                       100.0 * WF_DATASET_LABOUR_TOLERANCE);
          return FALSE;
        }
      if (!isfinite (self->labour_force_growth[g]) || self->labour_force_growth[g] < -0.1 ||
          self->labour_force_growth[g] > 0.1)
        {
          g_set_error (error, WF_CORE_ERROR, WF_CORE_ERROR_INVALID_DATASET,
                       /* Translators: %s is a sex ("Women"), %g the value */
                       _("%s: labour force growth is %g a year, but it must be between −0.1 and 0.1"),
                       _(sex_names[g]), self->labour_force_growth[g]);
          return FALSE;
        }
      if (!isfinite (self->new_work_ready[g]) || self->new_work_ready[g] < 0.0 ||
          self->new_work_ready[g] > 1.0)
        {
          g_set_error (error, WF_CORE_ERROR, WF_CORE_ERROR_INVALID_DATASET,
                       /* Translators: %s is a sex ("Women"), %g the value */
                       _("%s: the share of job seekers ready for new work is %g, but it must be a share between 0 and 1"),
                       _(sex_names[g]), self->new_work_ready[g]);
          return FALSE;
        }
    }

  if (!check_range (self->replacement_rate, 0.0, 0.2, _("replacement rate"), error) ||
      !check_range (self->untrained_hiring_weight, 0.0, 1.0, _("hiring weight of untrained displaced workers"), error) ||
      !check_range (self->discouragement_rate, 0.0, 1.0, _("discouragement rate"), error) ||
      !check_range (self->shortage_lapse_rate, 0.0, 1.0, _("lapse rate of unfilled new work"), error))
    return FALSE;

  if (self->task_share[0] != 0.0)
    {
      g_set_error_literal (error, WF_CORE_ERROR, WF_CORE_ERROR_INVALID_DATASET,
                           _("The exposed task share of gradient 0 (not exposed) must be 0"));
      return FALSE;
    }
  for (guint k = 1; k < WF_N_GRADIENTS; k++)
    if (!check_range (self->task_share[k], 0.0, 1.0, _("exposed task share"), error))
      return FALSE;

  return TRUE;
}

/**
 * wf_dataset_validate:
 * @self: a dataset
 * @error: return location for an error
 *
 * Checks that every table is complete and within its range, so that a
 * projection cannot produce NaN. Messages name the sector and the quantity.
 *
 * Returns: %TRUE if the dataset can be projected
 */
gboolean
wf_dataset_validate (const WfDataset  *self,
                     GError          **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->n_sectors == 0)
    {
      g_set_error_literal (error, WF_CORE_ERROR, WF_CORE_ERROR_INVALID_DATASET,
                           _("The dataset has no sectors"));
      return FALSE;
    }
  if (self->base_year < 1950 || self->base_year > 2100)
    {
      g_set_error (error, WF_CORE_ERROR, WF_CORE_ERROR_INVALID_DATASET,
                   /* Translators: a year, e.g. 1900 */
                   _("The dataset’s base year %d is not between 1950 and 2100"),
                   self->base_year);
      return FALSE;
    }

  for (guint s = 0; s < self->n_sectors; s++)
    {
      const WfSector *sector = &self->sectors[s];
      const char *name = sector->label ? sector->label : sector->id;
      double total = 0.0;

      if (sector->id == NULL || *sector->id == '\0')
        {
          g_set_error (error, WF_CORE_ERROR, WF_CORE_ERROR_INVALID_DATASET,
                       /* Translators: the sector's position in the dataset, from 1 */
                       _("Sector %u has no identifier"), s + 1);
          return FALSE;
        }

      for (guint g = 0; g < WF_N_SEXES; g++)
        {
          double sum = 0.0;

          if (!isfinite (sector->employment[g]) || sector->employment[g] < 0.0)
            {
              g_set_error (error, WF_CORE_ERROR, WF_CORE_ERROR_INVALID_DATASET,
                           /* Translators: a sector's name, a sex ("Women", "Men" or
                            * "Sex unknown"), then a number */
                           _("Sector “%s”: employment of %s is %g, but it must be zero or more"),
                           name, _(sex_names[g]), sector->employment[g]);
              return FALSE;
            }
          total += sector->employment[g];

          for (guint k = 0; k < WF_N_GRADIENTS; k++)
            {
              if (!check_fraction (sector->exposure[g][k], name, _("an exposure share"), error))
                return FALSE;
              sum += sector->exposure[g][k];
            }
          if (sector->employment[g] > 0.0 && fabs (sum - 1.0) > 1e-6)
            {
              g_set_error (error, WF_CORE_ERROR, WF_CORE_ERROR_INVALID_DATASET,
                           /* Translators: a sector's name, a sex ("Women", "Men" or
                            * "Sex unknown"), then the sum found */
                           _("Sector “%s”: the exposure shares of %s add up to %g, but they must add up to 1"),
                           name, _(sex_names[g]), sum);
              return FALSE;
            }
          if (!check_fraction (sector->digital_requirement[g], name,
                               _("the share of jobs needing digital skills"), error) ||
              !check_fraction (sector->digital_workforce[g], name,
                               _("the share of workers with digital skills"), error))
            return FALSE;
        }

      if (total <= 0.0)
        {
          g_set_error (error, WF_CORE_ERROR, WF_CORE_ERROR_INVALID_DATASET,
                       /* Translators: a sector's name */
                       _("Sector “%s” has no employment"), name);
          return FALSE;
        }
      if (!isfinite (sector->trend_growth) || sector->trend_growth <= -0.5 ||
          sector->trend_growth >= 0.5)
        {
          g_set_error (error, WF_CORE_ERROR, WF_CORE_ERROR_INVALID_DATASET,
                       /* Translators: a sector's name, then a yearly growth rate */
                       _("Sector “%s”: trend growth is %g a year, but it must be between −0.5 and 0.5"),
                       name, sector->trend_growth);
          return FALSE;
        }
      if (!isfinite (sector->elasticity) || sector->elasticity < 0.0 ||
          sector->elasticity > 10.0)
        {
          g_set_error (error, WF_CORE_ERROR, WF_CORE_ERROR_INVALID_DATASET,
                       /* Translators: a sector's name, then a number */
                       _("Sector “%s”: the elasticity of demand is %g, but it must be between 0 and 10"),
                       name, sector->elasticity);
          return FALSE;
        }
      if (!check_fraction (sector->sme_share, name, _("the share of small and medium firms"), error))
        return FALSE;
      for (guint j = 0; j < self->n_skills; j++)
        if (!check_fraction (sector->skill_intensity[j], name, _("a skill intensity"), error))
          return FALSE;
    }

  for (guint j = 0; j < self->n_skills; j++)
    for (guint k = 0; k < WF_N_GRADIENTS; k++)
      {
        double delta = self->skill_shift[k * self->n_skills + j];

        if (!isfinite (delta) || delta < -1.0 || delta > 1.0)
          {
            g_set_error (error, WF_CORE_ERROR, WF_CORE_ERROR_INVALID_DATASET,
                         /* Translators: a skill's name, a gradient of exposure (1 to 4), then a number */
                         _("Skill “%s”: the shift in gradient %u is %g, but it must be between −1 and 1"),
                         self->skills[j].label ? self->skills[j].label : self->skills[j].id,
                         k, delta);
            return FALSE;
          }
      }

  for (guint k = 0; k < WF_N_GRADIENTS; k++)
    if (!check_fraction (self->automation_profile[k], self->id ? self->id : "",
                         _("the automation profile"), error))
      return FALSE;

  if (self->automation_profile[0] != 0.0)
    {
      g_set_error_literal (error, WF_CORE_ERROR, WF_CORE_ERROR_INVALID_DATASET,
                           _("The automation profile of gradient 0 (not exposed) must be 0"));
      return FALSE;
    }

  if (wf_dataset_total_employment (self, WF_SEX_ALL) > WF_DATASET_MAX_PEOPLE)
    {
      g_set_error (error, WF_CORE_ERROR, WF_CORE_ERROR_INVALID_DATASET,
                   /* Translators: thousands of people, twice */
                   _("The dataset’s employment is %g thousand, more than the world’s "
                     "population (at most %g thousand)"),
                   wf_dataset_total_employment (self, WF_SEX_ALL), WF_DATASET_MAX_PEOPLE);
      return FALSE;
    }

  if (!validate_labour_market (self, error))
    return FALSE;

  return TRUE;
}

static gboolean
str_equal0 (const char *a,
            const char *b)
{
  return g_strcmp0 (a, b) == 0;
}

/* Bit-wise comparison of every value, so a saved and reloaded dataset can be
 * checked to be exactly the one that was saved. */
gboolean
wf_dataset_equal (const WfDataset *a,
                  const WfDataset *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (!str_equal0 (a->id, b->id) || !str_equal0 (a->title, b->title) ||
      !str_equal0 (a->area, b->area) || !str_equal0 (a->edition, b->edition) ||
      a->base_year != b->base_year || a->n_sectors != b->n_sectors ||
      a->n_skills != b->n_skills)
    return FALSE;

  for (guint s = 0; s < a->n_sectors; s++)
    {
      const WfSector *x = &a->sectors[s];
      const WfSector *y = &b->sectors[s];

      if (!str_equal0 (x->id, y->id) || !str_equal0 (x->label, y->label) ||
          memcmp (x->employment, y->employment, sizeof x->employment) != 0 ||
          memcmp (x->exposure, y->exposure, sizeof x->exposure) != 0 ||
          memcmp (x->digital_requirement, y->digital_requirement, sizeof x->digital_requirement) != 0 ||
          memcmp (x->digital_workforce, y->digital_workforce, sizeof x->digital_workforce) != 0 ||
          x->trend_growth != y->trend_growth || x->elasticity != y->elasticity ||
          x->sme_share != y->sme_share || x->labour_cost_share != y->labour_cost_share ||
          x->digitalisation_trend != y->digitalisation_trend ||
          memcmp (x->skill_intensity, y->skill_intensity, sizeof (double) * a->n_skills) != 0)
        return FALSE;
    }

  for (guint j = 0; j < a->n_skills; j++)
    if (!str_equal0 (a->skills[j].id, b->skills[j].id) ||
        !str_equal0 (a->skills[j].label, b->skills[j].label) ||
        !str_equal0 (a->skills[j].taxonomy, b->skills[j].taxonomy))
      return FALSE;

  if (memcmp (a->skill_shift, b->skill_shift, sizeof (double) * WF_N_GRADIENTS * a->n_skills) != 0 ||
      memcmp (a->automation_profile, b->automation_profile, sizeof a->automation_profile) != 0 ||
      memcmp (a->labour_force, b->labour_force, sizeof a->labour_force) != 0 ||
      memcmp (a->unemployed, b->unemployed, sizeof a->unemployed) != 0 ||
      memcmp (a->labour_force_growth, b->labour_force_growth, sizeof a->labour_force_growth) != 0 ||
      memcmp (a->task_share, b->task_share, sizeof a->task_share) != 0 ||
      a->replacement_rate != b->replacement_rate ||
      a->untrained_hiring_weight != b->untrained_hiring_weight ||
      a->discouragement_rate != b->discouragement_rate ||
      a->shortage_lapse_rate != b->shortage_lapse_rate ||
      memcmp (a->new_work_ready, b->new_work_ready, sizeof a->new_work_ready) != 0)
    return FALSE;

  for (guint t = 0; t < WF_N_TABLES; t++)
    if (a->sources[t].provenance != b->sources[t].provenance ||
        !str_equal0 (a->sources[t].citation, b->sources[t].citation) ||
        !str_equal0 (a->sources[t].note, b->sources[t].note))
      return FALSE;

  return TRUE;
}

/**
 * wf_dataset_equal_content:
 * @a: a dataset
 * @b: another
 *
 * Whether two datasets give the same projections: the same base year,
 * sectors and skills (by id, in order) and every number the model uses.
 * The id, title, area, edition, labels, taxonomies and sources are not
 * compared (two copies of the same data may be titled differently, and a
 * dataset changed by one number is different whatever its title).
 *
 * Returns: %TRUE if every number the model reads is the same
 */
gboolean
wf_dataset_equal_content (const WfDataset *a,
                          const WfDataset *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (a->base_year != b->base_year || a->n_sectors != b->n_sectors || a->n_skills != b->n_skills)
    return FALSE;

  for (guint s = 0; s < a->n_sectors; s++)
    {
      const WfSector *x = &a->sectors[s];
      const WfSector *y = &b->sectors[s];

      if (!str_equal0 (x->id, y->id) ||
          memcmp (x->employment, y->employment, sizeof x->employment) != 0 ||
          memcmp (x->exposure, y->exposure, sizeof x->exposure) != 0 ||
          memcmp (x->digital_requirement, y->digital_requirement, sizeof x->digital_requirement) != 0 ||
          memcmp (x->digital_workforce, y->digital_workforce, sizeof x->digital_workforce) != 0 ||
          x->trend_growth != y->trend_growth || x->elasticity != y->elasticity ||
          x->sme_share != y->sme_share || x->labour_cost_share != y->labour_cost_share ||
          x->digitalisation_trend != y->digitalisation_trend ||
          memcmp (x->skill_intensity, y->skill_intensity, sizeof (double) * a->n_skills) != 0)
        return FALSE;
    }

  for (guint j = 0; j < a->n_skills; j++)
    if (!str_equal0 (a->skills[j].id, b->skills[j].id))
      return FALSE;

  return memcmp (a->skill_shift, b->skill_shift, sizeof (double) * WF_N_GRADIENTS * a->n_skills) == 0 &&
         memcmp (a->automation_profile, b->automation_profile, sizeof a->automation_profile) == 0 &&
         memcmp (a->labour_force, b->labour_force, sizeof a->labour_force) == 0 &&
         memcmp (a->unemployed, b->unemployed, sizeof a->unemployed) == 0 &&
         memcmp (a->labour_force_growth, b->labour_force_growth, sizeof a->labour_force_growth) == 0 &&
         memcmp (a->task_share, b->task_share, sizeof a->task_share) == 0 &&
         a->replacement_rate == b->replacement_rate &&
         a->untrained_hiring_weight == b->untrained_hiring_weight &&
         a->discouragement_rate == b->discouragement_rate &&
         a->shortage_lapse_rate == b->shortage_lapse_rate &&
         memcmp (a->new_work_ready, b->new_work_ready, sizeof a->new_work_ready) == 0;
}

int
wf_dataset_find_sector (const WfDataset *self,
                        const char      *id)
{
  g_return_val_if_fail (self != NULL, -1);

  for (guint s = 0; s < self->n_sectors; s++)
    if (g_strcmp0 (self->sectors[s].id, id) == 0)
      return (int) s;

  return -1;
}

/* TRUE when at least one sector gives women and men apart. */
gboolean
wf_dataset_has_sex_split (const WfDataset *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  for (guint s = 0; s < self->n_sectors; s++)
    if (self->sectors[s].employment[WF_SEX_WOMEN] > 0.0 ||
        self->sectors[s].employment[WF_SEX_MEN] > 0.0)
      return TRUE;

  return FALSE;
}

double
wf_dataset_total_employment (const WfDataset *self,
                             int              sex)
{
  double total = 0.0;

  g_return_val_if_fail (self != NULL, 0.0);
  g_return_val_if_fail (sex == WF_SEX_ALL || (sex >= 0 && sex < WF_N_SEXES), 0.0);

  for (guint s = 0; s < self->n_sectors; s++)
    for (guint g = 0; g < WF_N_SEXES; g++)
      if (sex == WF_SEX_ALL || (int) g == sex)
        total += self->sectors[s].employment[g];

  return total;
}

/* The digitally skilled share of the base-year employment of @sex (or all);
 * for a sex with no employment, that of all. */
double
wf_dataset_digital_share (const WfDataset *self,
                          int              sex)
{
  double skilled = 0.0;
  double total = 0.0;

  g_return_val_if_fail (self != NULL, 0.0);

  for (guint s = 0; s < self->n_sectors; s++)
    for (guint g = 0; g < WF_N_SEXES; g++)
      {
        const WfSector *sector = &self->sectors[s];

        if (sex != WF_SEX_ALL && (int) g != sex)
          continue;
        total += sector->employment[g];
        skilled += sector->employment[g] * sector->digital_workforce[g];
      }

  if (total <= 0.0)
    return sex == WF_SEX_ALL ? 0.0 : wf_dataset_digital_share (self, WF_SEX_ALL);
  return skilled / total;
}

/* Share of employment of @sex (or all) in gradients min_gradient..4 at base. */
double
wf_dataset_exposed_share (const WfDataset *self,
                          int              sex,
                          int              min_gradient)
{
  double exposed = 0.0;
  double total = 0.0;

  g_return_val_if_fail (self != NULL, 0.0);
  g_return_val_if_fail (min_gradient >= 0 && min_gradient < WF_N_GRADIENTS, 0.0);

  for (guint s = 0; s < self->n_sectors; s++)
    for (guint g = 0; g < WF_N_SEXES; g++)
      {
        const WfSector *sector = &self->sectors[s];

        if (sex != WF_SEX_ALL && (int) g != sex)
          continue;
        total += sector->employment[g];
        for (guint k = (guint) min_gradient; k < WF_N_GRADIENTS; k++)
          exposed += sector->employment[g] * sector->exposure[g][k];
      }

  return total > 0.0 ? exposed / total : 0.0;
}

/* gettext () of an empty string is the catalogue's header: never ask it. */
static const char *
display (const char *text,
         const char *fallback)
{
  if (text == NULL || *text == '\0')
    return fallback ? fallback : "";
  return g_dgettext (GETTEXT_PACKAGE, text);
}

const char *
wf_dataset_get_display_title (const WfDataset *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return display (self->title, self->id);
}

/* The ILOSTAT aggregates a bundled dataset uses, by code: the code is the
 * identifier, the name only what the user reads beside it. */
static const struct {
  const char *code;
  const char *name;
} area_names[] = {
  { "X01", NC_("area", "World") },
};

const char *
wf_dataset_get_display_edition (const WfDataset *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (self->edition == NULL || *self->edition == '\0')
    return NULL;
  return display (self->edition, NULL);
}

char *
wf_dataset_dup_display_area (const WfDataset *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (self->area == NULL || *self->area == '\0')
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (area_names); i++)
    if (g_str_equal (self->area, area_names[i].code))
      /* Translators: an area's name and its ILOSTAT code, e.g. "World (X01)" */
      return g_strdup_printf (C_("area", "%s (%s)"), g_dpgettext2 (GETTEXT_PACKAGE, "area", area_names[i].name),
                              self->area);
  return g_strdup (self->area);
}

const char *
wf_dataset_get_display_citation (const WfDataset *self,
                                 WfTable          table)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (table < WF_N_TABLES, NULL);
  if (self->sources[table].citation == NULL || *self->sources[table].citation == '\0')
    return NULL;
  return display (self->sources[table].citation, NULL);
}

const char *
wf_dataset_get_display_note (const WfDataset *self,
                             WfTable          table)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (table < WF_N_TABLES, NULL);
  if (self->sources[table].note == NULL || *self->sources[table].note == '\0')
    return NULL;
  return display (self->sources[table].note, NULL);
}

const char *
wf_dataset_get_sector_label (const WfDataset *self,
                             guint            sector)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (sector < self->n_sectors, NULL);
  return display (self->sectors[sector].label, self->sectors[sector].id);
}

const char *
wf_dataset_get_skill_label (const WfDataset *self,
                            guint            skill)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (skill < self->n_skills, NULL);
  return display (self->skills[skill].label, self->skills[skill].id);
}

const char *
wf_provenance_to_tag (WfProvenance provenance)
{
  g_return_val_if_fail (provenance < WF_N_PROVENANCES, NULL);
  return provenance_tags[provenance];
}

const char *
wf_provenance_to_string (WfProvenance provenance)
{
  g_return_val_if_fail (provenance < WF_N_PROVENANCES, NULL);
  return _(provenance_names[provenance]);
}

gboolean
wf_provenance_from_tag (const char   *tag,
                        WfProvenance *out)
{
  int i = WF_ID_FIND_IN_STRV (tag, provenance_tags);

  if (i < 0)
    return FALSE;
  *out = i;
  return TRUE;
}

const char *
wf_table_to_id (WfTable table)
{
  g_return_val_if_fail (table < WF_N_TABLES, NULL);
  return table_ids[table];
}

const char *
wf_table_to_string (WfTable table)
{
  g_return_val_if_fail (table < WF_N_TABLES, NULL);
  return _(table_names[table]);
}

gboolean
wf_table_from_id (const char *id,
                  WfTable    *out)
{
  int i = WF_ID_FIND_IN_STRV (id, table_ids);

  if (i < 0)
    return FALSE;
  *out = i;
  return TRUE;
}

const char *
wf_sex_to_id (WfSex sex)
{
  g_return_val_if_fail (sex < WF_N_SEXES, NULL);
  return sex_ids[sex];
}
