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

/* Provenance tags of reference/SOURCES.md. */
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
int          wf_dataset_find_sector      (const WfDataset   *self,
                                          const char        *id);
gboolean     wf_dataset_has_sex_split    (const WfDataset   *self);
double       wf_dataset_total_employment (const WfDataset   *self,
                                          int                sex);
double       wf_dataset_exposed_share    (const WfDataset   *self,
                                          int                sex,
                                          int                min_gradient);
void         wf_dataset_set_source       (WfDataset         *self,
                                          WfTable            table,
                                          WfProvenance       provenance,
                                          const char        *citation,
                                          const char        *note);

/* Labels as shown to the user: the bundled dataset's English labels
 * translated, any other label (an imported file's) as it is. */
const char  *wf_dataset_get_display_title (const WfDataset *self);
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

/* Pass as the sex argument to sum over all sexes (women, men and unknown). */
#define WF_SEX_ALL (-1)

G_END_DECLS
