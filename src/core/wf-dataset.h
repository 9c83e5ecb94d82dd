/* wf-dataset.h: the data a projection starts from
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Women, men, and employment whose split by sex the source does not give.
 * The unknown group is never invented from the others: a sector with a split
 * has zero unknown employment, one without has everything there. */
typedef enum
{
  WF_SEX_WOMEN,
  WF_SEX_MEN,
  WF_SEX_UNKNOWN,
  WF_N_SEXES
} WfSex;

/* Gradient 0 = not or minimally exposed; 1..4 = the ILO 2025 GenAI gradients. */
#define WF_N_GRADIENTS 5

/* Provenance tags (docs/sources.md). */
typedef enum
{
  WF_PROVENANCE_PRIMARY,     /* [P] read in the primary source or its data file */
  WF_PROVENANCE_SECONDARY,   /* [S] quoted by secondary copies of the primary */
  WF_PROVENANCE_ASSUMPTION,  /* [A] an assumption or judgement */
  WF_PROVENANCE_DERIVED,     /* [D] derived by arithmetic or calibration */
  WF_N_PROVENANCES
} WfProvenance;

/* The tables of a dataset; each carries its own source. */
typedef enum
{
  WF_TABLE_EMPLOYMENT,          /* E0[s,g] */
  WF_TABLE_EXPOSURE,            /* X[s,g,k] */
  WF_TABLE_DIGITAL_REQUIREMENT, /* D0[s,g] */
  WF_TABLE_DIGITAL_WORKFORCE,   /* W0[s,g] */
  WF_TABLE_TREND_GROWTH,        /* r[s] */
  WF_TABLE_ELASTICITY,          /* eps[s] */
  WF_TABLE_SME_SHARE,           /* m[s] */
  WF_TABLE_SKILL_INTENSITY,     /* q[s,j] */
  WF_TABLE_SKILL_SHIFT,         /* delta[k,j] */
  WF_TABLE_AUTOMATION_PROFILE,  /* kappa[k] */
  /* Added by version 2 of the model (file format 3). */
  WF_TABLE_LABOUR_FORCE,        /* LF0[g] */
  WF_TABLE_UNEMPLOYMENT,        /* U0[g] */
  WF_TABLE_LABOUR_FORCE_GROWTH, /* n[g] */
  WF_TABLE_REPLACEMENT_RATE,    /* c */
  WF_TABLE_LABOUR_COST_SHARE,   /* s_L[s] */
  WF_TABLE_DIGITALISATION_TREND,/* d[s] */
  WF_TABLE_TASK_SHARE,          /* theta[k] */
  WF_TABLE_LABOUR_MARKET,       /* h_u, discouragement, lapse, new-work readiness */
  WF_N_TABLES
} WfTable;

typedef struct
{
  WfProvenance  provenance;
  char         *citation;  /* who and where, in a line */
  char         *note;      /* how the values were obtained (may be NULL) */
} WfSource;

typedef struct
{
  char   *id;     /* e.g. "ECO_ISIC4_A" (the ILOSTAT classif1 code) */
  char   *label;  /* English label as in the source */

  /* Base-year employment in thousands, per sex (unknown is zero when the
   * split is known). */
  double  employment[WF_N_SEXES];
  /* Shares of each sex's employment in each gradient; each row sums to 1. */
  double  exposure[WF_N_SEXES][WF_N_GRADIENTS];
  /* Share of jobs that need digital skills at base, per sex. */
  double  digital_requirement[WF_N_SEXES];
  /* Share of workers with digital skills at base, per sex. */
  double  digital_workforce[WF_N_SEXES];

  double  trend_growth;   /* employment growth per year without the AI push */
  double  elasticity;     /* price elasticity of demand */
  double  sme_share;      /* share of employment in small and medium firms */
  double  labour_cost_share;   /* s_L: labour's share of the sector's costs */
  double  digitalisation_trend;/* d: yearly rise of the share of jobs needing
                                * digital skills without the AI push */
  double *skill_intensity;/* n_skills values in [0, 1] */
} WfSector;

typedef struct
{
  char *id;
  char *label;  /* English label */
  char *taxonomy; /* mapping to WEF / ESCO, in a line */
} WfSkill;

typedef struct _WfDataset WfDataset;

struct _WfDataset
{
  char      *id;         /* e.g. "world-2023" */
  char      *title;      /* e.g. "World, 2023 (calibrated illustration)" */
  char      *area;       /* ISO-3 code or ILOSTAT aggregate ("X01" = World) */
  char      *edition;    /* source edition, e.g. "ILO modelled estimates, Nov. 2024" */
  int        base_year;

  guint      n_sectors;
  WfSector  *sectors;

  guint      n_skills;
  WfSkill   *skills;

  /* delta[k * n_skills + j]: change of skill j's intensity in a fully
   * adopted job of gradient k. */
  double    *skill_shift;

  /* kappa[k]: automation share of gradient k relative to gradient 4; the
   * automation lever sets alpha[4] and alpha[k] = kappa[k] * alpha[4]. */
  double     automation_profile[WF_N_GRADIENTS];

  /* The labour market at the base year, per sex, in thousands. Employment
   * summed over sectors must equal labour_force - unemployed for every sex
   * (within WF_DATASET_LABOUR_TOLERANCE). */
  double     labour_force[WF_N_SEXES];
  double     unemployed[WF_N_SEXES];
  /* n[g]: yearly growth of the labour force without the AI push. */
  double     labour_force_growth[WF_N_SEXES];
  /* c: permanent exits from jobs (retirement, death, leaving for good) per
   * year, as a share of employment; they open jobs even in shrinking
   * sectors (replacement demand). */
  double     replacement_rate;
  /* theta[k]: the share of a job's tasks exposed to generative AI in each
   * gradient (theta[0] = 0). */
  double     task_share[WF_N_GRADIENTS];
  /* h_u: the hiring weight of displaced workers without training, against
   * 1 for every other job seeker. */
  double     untrained_hiring_weight;
  /* The share of displaced workers still looking who leave the labour
   * force each year (discouragement). */
  double     discouragement_rate;
  /* The share of unfilled new-work openings that lapse each year. */
  double     shortage_lapse_rate;
  /* Per sex, the share of entrants and of other job seekers who have the
   * digital skills that new work needs. */
  double     new_work_ready[WF_N_SEXES];

  WfSource   sources[WF_N_TABLES];
};

WfDataset   *wf_dataset_new              (guint              n_sectors,
                                          guint              n_skills);
WfDataset   *wf_dataset_copy             (const WfDataset   *self);
void         wf_dataset_free             (WfDataset         *self);
gboolean     wf_dataset_validate         (const WfDataset   *self,
                                          GError           **error);
gboolean     wf_dataset_equal            (const WfDataset   *a,
                                          const WfDataset   *b);
/* The numbers the model reads only (not the title, labels or sources). */
gboolean     wf_dataset_equal_content    (const WfDataset   *a,
                                          const WfDataset   *b);
int          wf_dataset_find_sector      (const WfDataset   *self,
                                          const char        *id);
gboolean     wf_dataset_has_sex_split    (const WfDataset   *self);
double       wf_dataset_total_employment (const WfDataset   *self,
                                          int                sex);
/* The digitally skilled share of a sex's base-year employment: the share
 * the model gives entrants and other job seekers. */
double       wf_dataset_digital_share    (const WfDataset   *self,
                                          int                sex);
double       wf_dataset_exposed_share    (const WfDataset   *self,
                                          int                sex,
                                          int                min_gradient);
void         wf_dataset_set_source       (WfDataset         *self,
                                          WfTable            table,
                                          WfProvenance       provenance,
                                          const char        *citation,
                                          const char        *note);

/* Texts as shown to the user. A dataset stores English (the file does,
 * whatever the language of whoever wrote it); a text that is a msgid of the
 * catalogue (the bundled dataset's title, edition, sources and labels) is
 * shown translated, any other text (an imported file's) as it is. The
 * citation, note and edition are NULL when the dataset has none. */
const char  *wf_dataset_get_display_title (const WfDataset *self);
const char  *wf_dataset_get_display_edition (const WfDataset *self);
/* "World (X01)" for a known ILOSTAT aggregate, else the code as it is. */
char        *wf_dataset_dup_display_area (const WfDataset *self);
const char  *wf_dataset_get_display_citation (const WfDataset *self,
                                              WfTable          table);
const char  *wf_dataset_get_display_note (const WfDataset *self,
                                          WfTable          table);
const char  *wf_dataset_get_sector_label (const WfDataset  *self,
                                          guint             sector);
const char  *wf_dataset_get_skill_label  (const WfDataset  *self,
                                          guint             skill);

const char  *wf_provenance_to_tag        (WfProvenance       provenance);
const char  *wf_provenance_to_string     (WfProvenance       provenance);
gboolean     wf_provenance_from_tag      (const char        *tag,
                                          WfProvenance      *out);
const char  *wf_table_to_id              (WfTable            table);
const char  *wf_table_to_string          (WfTable            table);
gboolean     wf_table_from_id            (const char        *id,
                                          WfTable           *out);
const char  *wf_sex_to_id                (WfSex              sex);

/* The bundled world dataset: 14 ILO sector groups x women/men, 2023. */
WfDataset   *wf_dataset_new_world        (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WfDataset, wf_dataset_free)

/* How far employment may differ from labour force minus unemployment, as a
 * share of the labour force, before a dataset is refused. */
#define WF_DATASET_LABOUR_TOLERANCE 0.005

/* The most employment, labour force or unemployment a dataset may hold,
 * in thousands: ten billion people, above the world's population, so a
 * figure such as 1e308 is refused rather than projected to infinity. */
#define WF_DATASET_MAX_PEOPLE 1e7

/* Pass as the sex argument to sum over all sexes (women, men and unknown). */
#define WF_SEX_ALL (-1)

G_END_DECLS
