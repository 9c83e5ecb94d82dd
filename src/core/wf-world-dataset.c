/* wf-world-dataset.c: the bundled world dataset, 2023
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exposure is the calibrated world table of docs/model.md, verbatim; its
 * employment is scaled per sex to agree with the labour force and the
 * unemployment rate of ILO WESO Trends 2023 (see reconcile below). Every
 * other table is an assumption ([A]) or derived ([D]), with its reasoning
 * in the note of its source below; docs/model.md repeats it. The same numbers are what
 * `workforce-foresight-cli new` writes into a file's <dataset>.
 */
#define G_LOG_DOMAIN "wf-world-dataset"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wf-dataset.h"

typedef struct
{
  const char *id;
  const char *label;
  double      women;          /* millions, 2023 */
  double      men;
  double      women_pct[4];   /* % of employment in gradients 1..4 */
  double      men_pct[4];
} CalibratedRow;

/* The calibrated world table [D] (docs/model.md). The labels are stored in English
 * and marked for translation: wf_dataset_get_sector_label () shows them in
 * the user's language, for files that carry them too. */
static const CalibratedRow calibrated[] = {
  { "ECO_ISIC4_A", N_("Agriculture, forestry & fishing"),
    362.8, 553.3, { 0.3, 0.2, 0.1, 0.1 }, { 0.4, 0.2, 0.1, 0.1 } },
  { "ECO_ISIC4_B", N_("Mining & quarrying"),
    2.9, 21.6, { 4.6, 5.3, 9.6, 8.5 }, { 3.6, 3.4, 2.9, 1.9 } },
  { "ECO_ISIC4_C", N_("Manufacturing"),
    186.1, 305.3, { 2.3, 3.2, 4.8, 4.2 }, { 2.4, 3.4, 2.9, 1.9 } },
  { "ECO_ISIC4_DE", N_("Utilities (electricity, gas, water, waste)"),
    5.6, 22.5, { 5.7, 8.4, 14.4, 10.6 }, { 4.8, 6.8, 5.8, 3.8 } },
  { "ECO_ISIC4_F", N_("Construction"),
    21.3, 245.5, { 3.4, 6.3, 12.0, 10.6 }, { 1.8, 2.3, 1.9, 1.0 } },
  { "ECO_ISIC4_G", N_("Wholesale & retail trade; repair"),
    233.2, 310.8, { 48.0, 19.0, 6.0, 4.2 }, { 38.7, 22.5, 4.8, 2.9 } },
  { "ECO_ISIC4_HJ", N_("Transport, storage, information & comm."),
    37.5, 197.7, { 11.4, 12.7, 23.9, 14.9 }, { 26.6, 6.8, 7.7, 3.8 } },
  { "ECO_ISIC4_I", N_("Accommodation & food services"),
    75.6, 64.8, { 3.4, 5.3, 3.6, 1.6 }, { 3.6, 5.6, 2.9, 1.0 } },
  { "ECO_ISIC4_K", N_("Financial & insurance"),
    25.2, 27.5, { 3.4, 12.7, 35.9, 34.0 }, { 3.6, 16.9, 28.9, 21.2 } },
  { "ECO_ISIC4_LMN", N_("Real estate, professional, admin. services"),
    65.5, 103.0, { 5.7, 12.7, 26.3, 19.1 }, { 6.0, 13.5, 17.4, 7.7 } },
  { "ECO_ISIC4_O", N_("Public administration & defence"),
    40.4, 82.4, { 3.4, 12.7, 16.7, 21.2 }, { 3.6, 13.5, 9.6, 7.7 } },
  { "ECO_ISIC4_P", N_("Education"),
    112.0, 63.5, { 3.4, 5.3, 3.6, 2.1 }, { 4.8, 6.8, 3.9, 1.9 } },
  { "ECO_ISIC4_Q", N_("Human health & social work"),
    96.6, 43.8, { 3.4, 2.1, 4.8, 3.2 }, { 4.8, 3.4, 3.9, 1.9 } },
  { "ECO_ISIC4_RSTU", N_("Other services, households, extraterritorial"),
    121.8, 81.8, { 3.4, 3.2, 2.4, 1.6 }, { 7.3, 5.6, 3.9, 1.9 } },};

#define N_SECTORS G_N_ELEMENTS (calibrated)
#define N_SKILLS 8

typedef struct
{
  double trend_growth;        /* per year */
  double elasticity;
  double sme_share;
  double digital_requirement; /* share of jobs needing digital skills */
  double labour_cost_share;   /* s_L */
  double digitalisation;      /* d: yearly rise of the digital requirement */
  double skills[N_SKILLS];    /* intensity of each skill category */
} SectorAssumptions;

/* [A] In the order of the calibrated rows. See the notes in set_sources (). */
static const SectorAssumptions assumptions[N_SECTORS] = {
  /*            r      eps   sme   D0    s_L   d      digital analytic creative self  inter manage manual found */
  /* A    */ { -0.008, 0.30, 0.95, 0.08, 0.45, 0.0015, { 0.05, 0.15, 0.05, 0.20, 0.15, 0.10, 0.85, 0.30 } },
  /* B    */ { 0.005, 0.40, 0.30, 0.35, 0.30, 0.0025, { 0.20, 0.30, 0.05, 0.25, 0.15, 0.15, 0.80, 0.45 } },
  /* C    */ { 0.008, 0.60, 0.55, 0.35, 0.50, 0.0030, { 0.25, 0.30, 0.15, 0.30, 0.20, 0.15, 0.75, 0.50 } },
  /* DE   */ { 0.015, 0.30, 0.20, 0.55, 0.35, 0.0030, { 0.40, 0.45, 0.10, 0.30, 0.25, 0.20, 0.60, 0.60 } },
  /* F    */ { 0.018, 0.80, 0.80, 0.20, 0.60, 0.0020, { 0.15, 0.25, 0.15, 0.25, 0.20, 0.20, 0.85, 0.45 } },
  /* G    */ { 0.013, 0.80, 0.80, 0.35, 0.55, 0.0030, { 0.30, 0.25, 0.10, 0.35, 0.60, 0.20, 0.45, 0.60 } },
  /* HJ   */ { 0.020, 1.30, 0.50, 0.55, 0.45, 0.0030, { 0.50, 0.40, 0.20, 0.35, 0.35, 0.20, 0.50, 0.60 } },
  /* I    */ { 0.020, 1.10, 0.85, 0.25, 0.60, 0.0020, { 0.15, 0.15, 0.25, 0.35, 0.70, 0.15, 0.60, 0.45 } },
  /* K    */ { 0.015, 1.20, 0.25, 0.90, 0.40, 0.0020, { 0.80, 0.70, 0.15, 0.50, 0.55, 0.35, 0.05, 0.85 } },
  /* LMN  */ { 0.022, 1.30, 0.60, 0.70, 0.55, 0.0030, { 0.60, 0.60, 0.30, 0.50, 0.50, 0.35, 0.20, 0.75 } },
  /* O    */ { 0.008, 0.50, 0.00, 0.70, 0.75, 0.0030, { 0.55, 0.55, 0.10, 0.45, 0.55, 0.35, 0.20, 0.80 } },
  /* P    */ { 0.012, 0.90, 0.20, 0.65, 0.80, 0.0030, { 0.50, 0.60, 0.45, 0.60, 0.85, 0.25, 0.10, 0.90 } },
  /* Q    */ { 0.025, 1.20, 0.30, 0.50, 0.70, 0.0030, { 0.40, 0.50, 0.15, 0.50, 0.85, 0.25, 0.45, 0.75 } },
  /* RSTU */ { 0.012, 0.90, 0.85, 0.25, 0.60, 0.0020, { 0.15, 0.20, 0.35, 0.35, 0.60, 0.10, 0.60, 0.40 } },
};

typedef struct
{
  const char *id;
  const char *label;
  const char *taxonomy;
} SkillInfo;

/* The eight categories of docs/model.md, mapped to WEF and ESCO. */
static const SkillInfo skills[N_SKILLS] = {
  { "digital", N_("Digital & AI"), "WEF Technology skills; ESCO S5" },
  { "analytical", N_("Analytical & problem solving"), "WEF Cognitive skills; ESCO T2, S2" },
  { "creative", N_("Creative & design"), "WEF Cognitive skills (creative thinking)" },
  { "self-management", N_("Self-management & lifelong learning"), "WEF Self-efficacy; ESCO T3, T6" },
  { "interpersonal", N_("Interpersonal, care & teaching"), "WEF Working with others; ESCO S3, T4" },
  { "management", N_("Management"), "WEF Management skills; ESCO S4" },
  { "manual", N_("Manual, physical & machinery"), "WEF Physical abilities; ESCO S6-S8, T5" },
  { "foundational", N_("Foundational literacy & numeracy"), "WEF Literacy and numeracy; ESCO T1" },
};

/* [A] Change of each skill's intensity in a fully adopted job, by gradient:
 * the directions the WEF reports for 2025-2030 (technology, cognitive,
 * self-efficacy and management skills rise; physical abilities fall; reading,
 * writing and maths fall slightly), growing with exposure. */
static const double skill_shift[5][N_SKILLS] = {
  { 0.00, 0.00, 0.00, 0.00, 0.00, 0.00,  0.00,  0.00 },
  { 0.10, 0.05, 0.03, 0.05, 0.05, 0.02, -0.03, -0.02 },
  { 0.15, 0.08, 0.04, 0.06, 0.05, 0.03, -0.04, -0.03 },
  { 0.20, 0.10, 0.05, 0.08, 0.06, 0.04, -0.05, -0.04 },
  { 0.25, 0.12, 0.06, 0.10, 0.06, 0.05, -0.06, -0.05 },
};

/* [A] Automation share of each gradient relative to gradient 4: none in the
 * unexposed gradient 0 and in gradient 1 (high task variability), rising with
 * the mean task score of gradients 2 to 4. */
static const double automation_profile[5] = { 0.0, 0.0, 0.15, 0.40, 1.0 };

/* [A] Workers with digital skills as a share of the jobs that need them:
 * below one, since a digital skills gap exists today; women's ratio is lower,
 * in proportion to internet use in 2024 (65 % of women, 70 % of men). */
#define DIGITAL_COVERAGE_MEN 0.85
#define DIGITAL_COVERAGE_WOMEN 0.80
/* [A] Jobs in exposed gradients need digital skills more often: a sex whose
 * employment in the sector is more exposed has a higher requirement. */
#define DIGITAL_EXPOSURE_SLOPE 0.4

/* ILO WESO Trends 2023 [S]: the labour force of 2023 by sex, in thousands,
 * and the unemployment rate of 5.0 % (taken for both sexes [A]). */
#define LABOUR_FORCE_WOMEN 1430600.0
#define LABOUR_FORCE_MEN 2171100.0
#define UNEMPLOYMENT_RATE 0.05

/* [A] Permanent exits from jobs per year: a working life of about 40 years
 * gives 1/40 = 2.5 %. */
#define REPLACEMENT_RATE 0.025

/* [D] The exposed task share of each gradient: the bands of the mean task
 * score of ILO WP 140 (about 0.40, 0.50 and 0.60 for gradients 2 to 4);
 * gradient 1 has a lower mean with high variability, 0.30 [A]. */
static const double task_share[WF_N_GRADIENTS] = { 0.0, 0.30, 0.40, 0.50, 0.60 };

/* [A] The labour market's behaviour; the reasoning is in set_sources (). */
#define UNTRAINED_HIRING_WEIGHT 0.5
#define DISCOURAGEMENT_RATE 0.05
#define SHORTAGE_LAPSE_RATE 0.5
#define NEW_WORK_READY_WOMEN 0.008
#define NEW_WORK_READY_MEN 0.01
#define NEW_WORK_READY_UNKNOWN 0.009   /* their mean */

static void
set_sources (WfDataset *self)
{
  /* Translators: the citations and notes of the bundled dataset's sources.
   * Keep the titles of publications as they were published (in English) and
   * translate the words around them and the notes, numbers in your
   * language's style. */
  const char *ilo = N_("Gmyrek P., Berg J., Kamiński K. et al. (2025). Generative AI and Jobs: "
                       "A Refined Global Index of Occupational Exposure. ILO Working Paper 140. CC BY 4.0");

  wf_dataset_set_source (self, WF_TABLE_EMPLOYMENT, WF_PROVENANCE_DERIVED,
    N_("Workforce Foresight calibrated world dataset, on FAO/ILO 2023 agricultural employment "
       "and ILO WESO Trends 2023"),
    /* xgettext:no-c-format */
    N_("Sector shares and female shares by sector are order-of-magnitude judgements around world "
       "employment of about 3,510 million (916 million in agriculture = 26.1 %), then scaled per "
       "sex (women × 0.980, men × 0.971) so that employment equals the WESO labour force less 5.0 % "
       "unemployed: 3,421.6 million. A calibrated illustration: replace with an ILOSTAT file for "
       "real figures."));
  wf_dataset_set_source (self, WF_TABLE_LABOUR_FORCE, WF_PROVENANCE_SECONDARY,
    N_("ILO World Employment and Social Outlook: Trends 2023"),
    N_("Labour force 2023: 3,601.7 million (women 1,430.6, men 2,171.1)."));
  wf_dataset_set_source (self, WF_TABLE_UNEMPLOYMENT, WF_PROVENANCE_DERIVED,
    /* xgettext:no-c-format */
    N_("ILO World Employment and Social Outlook: Trends 2023 and 2024 (unemployment rate 5.0 %)"),
    /* xgettext:no-c-format */
    N_("5.0 % of each sex’s labour force (the same rate for women and men is an assumption): "
       "71.5 million women and 108.6 million men."));
  wf_dataset_set_source (self, WF_TABLE_LABOUR_FORCE_GROWTH, WF_PROVENANCE_DERIVED,
    N_("Workforce Foresight calibration on the trend growth of employment"),
    /* xgettext:no-c-format */
    N_("Each sex’s labour force grows at the employment-weighted trend growth of its sectors "
       "(0.85 % a year for women, 0.86 % for men, about 31 million a year), so that the "
       "baseline keeps the unemployment rate near its base level; WESO reports about 35 million "
       "a year, which with these trends would raise unemployment by about a point by 2030."));
  wf_dataset_set_source (self, WF_TABLE_REPLACEMENT_RATE, WF_PROVENANCE_ASSUMPTION,
    N_("Cedefop skills forecast (replacement demand); Workforce Foresight judgement"),
    /* xgettext:no-c-format */
    N_("2.5 % of employment leaves jobs for good each year (a working life of about 40 years); "
       "Cedefop’s forecasts show replacement demand opening several times as many jobs as "
       "growth, also in shrinking sectors."));
  wf_dataset_set_source (self, WF_TABLE_LABOUR_COST_SHARE, WF_PROVENANCE_ASSUMPTION,
    /* xgettext:no-c-format */
    N_("ILO labour income share (about 52 % of world GDP); Workforce Foresight judgement by sector"),
    /* xgettext:no-c-format */
    N_("Labour’s share of each sector’s costs, around the world labour income share of about 52 %: "
       "low in mining and utilities (0.30, 0.35), high in public administration, education and "
       "health (0.75, 0.80, 0.70). Prices fall by this share of a productivity gain."));
  wf_dataset_set_source (self, WF_TABLE_DIGITALISATION_TREND, WF_PROVENANCE_ASSUMPTION,
    N_("Workforce Foresight judgement"),
    N_("The share of jobs needing digital skills rises by 0.15 to 0.3 points a year without the AI "
       "push (slowest in agriculture), so that at today’s training effort the baseline’s digital "
       "gap does not close by itself."));
  /* The numbers of task_share, written out so that the note is a msgid. */
  wf_dataset_set_source (self, WF_TABLE_TASK_SHARE, WF_PROVENANCE_DERIVED, ilo,
    N_("Gradient 1: 0.30 (lower mean score, high variability: an assumption); gradients 2–4: "
       "0.40, 0.50 and 0.60, the bands of the mean task score. An augmented job gains productivity "
       "on this share of its tasks only."));
  wf_dataset_set_source (self, WF_TABLE_LABOUR_MARKET, WF_PROVENANCE_ASSUMPTION,
    N_("Krueger A., Cramer J., Cho D. (2014). Are the Long-Term Unemployed on the Margins of the "
       "Labor Market? Brookings Papers on Economic Activity; Farber H. (2017). Employment, Hours, "
       "and Earnings Consequences of Job Loss. Journal of Labor Economics 35(S1); Workforce "
       "Foresight judgement"),
    /* xgettext:no-c-format */
    N_("Displaced workers without training are hired at half the rate of other job seekers "
       "(long-term unemployed find jobs at about half the rate of the short-term unemployed); "
       "5 % of displaced workers still looking leave the labour force each year (Farber finds about one in ten out of the labour force a few years after job loss); half of the "
       "new-work openings left unfilled lapse each year; 0.8 % of women and 1 % of men among "
       "entrants and other job seekers have the advanced digital skills new work needs (the ITU "
       "finds skills such as writing a program among a few per cent of adults where it is "
       "measured; fewer women than men study and work in ICT)."));
  wf_dataset_set_source (self, WF_TABLE_EXPOSURE, WF_PROVENANCE_DERIVED, ilo,
    /* xgettext:no-c-format */
    N_("The gradient pattern follows where large occupations sit in the ILO score file; one factor "
       "per sex and gradient scales it so that world totals are 25.1 % exposed and 3.31 % in "
       "gradient 4, women 4.7 % and men 2.4 %."));
  wf_dataset_set_source (self, WF_TABLE_DIGITAL_REQUIREMENT, WF_PROVENANCE_ASSUMPTION,
    N_("Workforce Foresight judgement"),
    /* xgettext:no-c-format */
    N_("Share of jobs needing at least basic digital skills, by sector, from about 8 % in "
       "agriculture to 90 % in finance, plus 0.4 times the difference between a sex’s exposed "
       "share and the sector’s (exposed clerical jobs need digital skills). Not the EU claim "
       "that 90 % of jobs will require digital skills, which concerns Europe."));
  wf_dataset_set_source (self, WF_TABLE_DIGITAL_WORKFORCE, WF_PROVENANCE_ASSUMPTION,
    /* xgettext:no-c-format */
    N_("ITU Facts and Figures 2024 (internet use: 65 % of women, 70 % of men)"),
    /* xgettext:no-c-format */
    N_("Workers with digital skills are 85 % (men) and 80 % (women) of the jobs needing them, "
       "so that a gap exists at base and is wider for women, in proportion to internet use."));
  wf_dataset_set_source (self, WF_TABLE_TREND_GROWTH, WF_PROVENANCE_ASSUMPTION,
    N_("ILO WESO Trends 2023 (labour force growth about 35 million a year)"),
    /* xgettext:no-c-format */
    N_("About 0.9 % a year in all, from −0.8 % in agriculture (the structural shift out of "
       "farming) to 2.5 % in health and social work (ageing)."));
  wf_dataset_set_source (self, WF_TABLE_ELASTICITY, WF_PROVENANCE_ASSUMPTION,
    N_("Bessen J. (2019). Automation and jobs: when technology boosts employment. "
       "Economic Policy 34(100): 589–626"),
    N_("Mature goods sectors with saturated demand below 1 (agriculture 0.3, utilities 0.3, "
       "manufacturing 0.6); services whose demand still grows with lower prices above 1 "
       "(ICT and professional services 1.3, finance and health 1.2)."));
  wf_dataset_set_source (self, WF_TABLE_SME_SHARE, WF_PROVENANCE_ASSUMPTION,
    N_("Workforce Foresight judgement"),
    N_("Share of employment in small and medium firms: nearly all of agriculture and "
       "accommodation, most of trade and construction, none of public administration."));
  wf_dataset_set_source (self, WF_TABLE_SKILL_INTENSITY, WF_PROVENANCE_ASSUMPTION,
    N_("Workforce Foresight judgement on WEF Future of Jobs 2025 and ESCO skill groups"),
    N_("How much each sector’s jobs use each skill category, 0 to 1."));
  wf_dataset_set_source (self, WF_TABLE_SKILL_SHIFT, WF_PROVENANCE_ASSUMPTION,
    N_("WEF Future of Jobs 2025 (directions of skill change to 2030)"),
    N_("Technology, cognitive, self-efficacy and management skills rise with adoption, more in "
       "higher gradients; physical abilities fall; literacy and numeracy fall slightly."));
  wf_dataset_set_source (self, WF_TABLE_AUTOMATION_PROFILE, WF_PROVENANCE_ASSUMPTION, ilo,
    /* xgettext:no-c-format */
    N_("No automation in gradients 0 and 1 (high task variability), 15 % and 40 % of the "
       "gradient-4 share in gradients 2 and 3, following the bands of the mean task score."));
}

/**
 * wf_dataset_new_world:
 *
 * The bundled world dataset: 14 ILO sector groups by women and men in 2023.
 *
 * Returns: (transfer full): a new dataset
 */
WfDataset *
wf_dataset_new_world (void)
{
  WfDataset *self = wf_dataset_new (N_SECTORS, N_SKILLS);
  double calibrated_total[2] = { 0.0, 0.0 };
  double scale[2];
  double growth[2] = { 0.0, 0.0 };

  /* Reconcile: the calibrated employment (3,510 million) cannot hold with
   * the WESO labour force (3,601.7 million) and 5 % unemployment; the
   * labour force and the rate are the better attested, so each sex's
   * employment is scaled to its labour force less the unemployed. */
  for (guint s = 0; s < N_SECTORS; s++)
    {
      calibrated_total[WF_SEX_WOMEN] += calibrated[s].women * 1000.0;
      calibrated_total[WF_SEX_MEN] += calibrated[s].men * 1000.0;
      growth[WF_SEX_WOMEN] += calibrated[s].women * assumptions[s].trend_growth;
      growth[WF_SEX_MEN] += calibrated[s].men * assumptions[s].trend_growth;
    }
  scale[WF_SEX_WOMEN] = LABOUR_FORCE_WOMEN * (1.0 - UNEMPLOYMENT_RATE) / calibrated_total[WF_SEX_WOMEN];
  scale[WF_SEX_MEN] = LABOUR_FORCE_MEN * (1.0 - UNEMPLOYMENT_RATE) / calibrated_total[WF_SEX_MEN];

  self->id = g_strdup ("world-2023");
  /* Stored in English, as in a file; shown translated through
   * wf_dataset_get_display_title (). */
  self->title = g_strdup (N_("World, 2023 (calibrated illustration)"));
  self->area = g_strdup ("X01");
  self->edition = g_strdup (N_("Workforce Foresight calibration of ILO WP 140 (2025) exposure"));
  self->base_year = 2023;

  for (guint s = 0; s < N_SECTORS; s++)
    {
      const CalibratedRow *row = &calibrated[s];
      const SectorAssumptions *a = &assumptions[s];
      WfSector *sector = &self->sectors[s];
      double exposed[2] = { 0.0, 0.0 };
      double sector_exposed;

      sector->id = g_strdup (row->id);
      sector->label = g_strdup (row->label);
      sector->employment[WF_SEX_WOMEN] = row->women * 1000.0 * scale[WF_SEX_WOMEN];
      sector->employment[WF_SEX_MEN] = row->men * 1000.0 * scale[WF_SEX_MEN];
      sector->employment[WF_SEX_UNKNOWN] = 0.0;

      for (guint k = 1; k < WF_N_GRADIENTS; k++)
        {
          sector->exposure[WF_SEX_WOMEN][k] = row->women_pct[k - 1] / 100.0;
          sector->exposure[WF_SEX_MEN][k] = row->men_pct[k - 1] / 100.0;
          exposed[WF_SEX_WOMEN] += sector->exposure[WF_SEX_WOMEN][k];
          exposed[WF_SEX_MEN] += sector->exposure[WF_SEX_MEN][k];
        }
      sector->exposure[WF_SEX_WOMEN][0] = 1.0 - exposed[WF_SEX_WOMEN];
      sector->exposure[WF_SEX_MEN][0] = 1.0 - exposed[WF_SEX_MEN];

      /* The unknown group is empty here; give it the sector's mix so that
       * the tables stay complete. */
      sector_exposed = (exposed[0] * row->women + exposed[1] * row->men) / (row->women + row->men);
      for (guint k = 0; k < WF_N_GRADIENTS; k++)
        sector->exposure[WF_SEX_UNKNOWN][k] =
          (sector->exposure[0][k] * row->women + sector->exposure[1][k] * row->men)
          / (row->women + row->men);

      for (guint g = 0; g < WF_N_SEXES; g++)
        {
          double sex_exposed = g < 2 ? exposed[g] : sector_exposed;
          double requirement = a->digital_requirement
                               + DIGITAL_EXPOSURE_SLOPE * (sex_exposed - sector_exposed);
          double coverage = g == WF_SEX_WOMEN ? DIGITAL_COVERAGE_WOMEN
                            : g == WF_SEX_MEN ? DIGITAL_COVERAGE_MEN
                            : (DIGITAL_COVERAGE_WOMEN + DIGITAL_COVERAGE_MEN) / 2.0;

          sector->digital_requirement[g] = CLAMP (requirement, 0.0, 1.0);
          sector->digital_workforce[g] = sector->digital_requirement[g] * coverage;
        }

      sector->trend_growth = a->trend_growth;
      sector->elasticity = a->elasticity;
      sector->sme_share = a->sme_share;
      sector->labour_cost_share = a->labour_cost_share;
      sector->digitalisation_trend = a->digitalisation;
      for (guint j = 0; j < N_SKILLS; j++)
        sector->skill_intensity[j] = a->skills[j];
    }

  for (guint j = 0; j < N_SKILLS; j++)
    {
      self->skills[j].id = g_strdup (skills[j].id);
      self->skills[j].label = g_strdup (skills[j].label);
      self->skills[j].taxonomy = g_strdup (skills[j].taxonomy);
      for (guint k = 0; k < WF_N_GRADIENTS; k++)
        self->skill_shift[k * N_SKILLS + j] = skill_shift[k][j];
    }

  for (guint k = 0; k < WF_N_GRADIENTS; k++)
    {
      self->automation_profile[k] = automation_profile[k];
      self->task_share[k] = task_share[k];
    }

  /* Employment is exactly the labour force less the unemployed. */
  for (guint g = 0; g < 2; g++)
    {
      double employed = wf_dataset_total_employment (self, (int) g);

      self->unemployed[g] = employed * UNEMPLOYMENT_RATE / (1.0 - UNEMPLOYMENT_RATE);
      self->labour_force[g] = employed + self->unemployed[g];
      self->labour_force_growth[g] = growth[g] * 1000.0 / calibrated_total[g];
    }
  self->labour_force_growth[WF_SEX_UNKNOWN] =
    (growth[WF_SEX_WOMEN] + growth[WF_SEX_MEN]) * 1000.0
    / (calibrated_total[WF_SEX_WOMEN] + calibrated_total[WF_SEX_MEN]);
  self->replacement_rate = REPLACEMENT_RATE;
  self->untrained_hiring_weight = UNTRAINED_HIRING_WEIGHT;
  self->discouragement_rate = DISCOURAGEMENT_RATE;
  self->shortage_lapse_rate = SHORTAGE_LAPSE_RATE;
  self->new_work_ready[WF_SEX_WOMEN] = NEW_WORK_READY_WOMEN;
  self->new_work_ready[WF_SEX_MEN] = NEW_WORK_READY_MEN;
  self->new_work_ready[WF_SEX_UNKNOWN] = NEW_WORK_READY_UNKNOWN;

  set_sources (self);

  return self;
}
