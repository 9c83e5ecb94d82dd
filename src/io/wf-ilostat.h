/* wf-ilostat.h: a dataset from ILOSTAT files (employment, labour force,
 * unemployment), with a report of what was used, skipped and chosen
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "wf-dataset.h"
#include "wf-document.h"

G_BEGIN_DECLS

/* Employment by sex and economic activity, thousands: ILO modelled
 * estimates and national sources. Files carry the code without the
 * frequency suffix; "_A" is accepted too (docs/ilostat-import.md). */
#define WF_ILOSTAT_INDICATOR_MODELLED "EMP_2EMP_SEX_ECO_NB"
#define WF_ILOSTAT_INDICATOR_SURVEYS  "EMP_TEMP_SEX_ECO_NB"
/* Labour force and unemployment by sex and age, thousands. */
#define WF_ILOSTAT_INDICATOR_LABOUR_FORCE "EAP_TEAP_SEX_AGE_NB"
#define WF_ILOSTAT_INDICATOR_LABOUR_FORCE_MODELLED "EAP_2EAP_SEX_AGE_NB"
#define WF_ILOSTAT_INDICATOR_UNEMPLOYMENT "UNE_TUNE_SEX_AGE_NB"
#define WF_ILOSTAT_INDICATOR_UNEMPLOYMENT_MODELLED "UNE_2UNE_SEX_AGE_NB"

/* ILOSTAT bulk files can be large; a file (or its decompressed contents)
 * over this is refused while it is read. */
#define WF_ILOSTAT_MAX_SIZE (512 * 1024 * 1024)

/* No value of employment, labour force or unemployment can exceed the
 * world's population, in thousands. */
#define WF_ILOSTAT_MAX_VALUE 9.0e6
/* … nor, for a country (not an "X" aggregate), the largest country's
 * population (about 1.45 billion), in thousands. */
#define WF_ILOSTAT_MAX_COUNTRY_VALUE 1.5e6

typedef struct
{
  /* ISO-3 code or ILOSTAT aggregate ("X01"); several countries separated by
   * commas are summed. NULL: the files' only area. */
  const char *area;
  /* 0: the latest year with a complete breakdown by economic activity. */
  int         year;
  /* The ILOSTAT source code to use ("BA:123"); NULL: chosen by the rule of
   * docs/ilostat-import.md (finest complete breakdown, then most values). */
  const char *source;
  /* "world", "high-income", "upper-middle-income", "lower-middle-income" or
   * "low-income"; NULL: the world pattern unscaled, with a warning. */
  const char *exposure_profile;
  /* (nullable): an exposure table CSV (docs/exposure-profiles.md) that
   * replaces the world pattern; excludes exposure_profile. */
  GFile      *exposure_table;
  /* (nullable): the ILOSTAT edition, e.g. "ILOSTAT, November 2025"; NULL:
   * each file's modification date is recorded instead. */
  const char *edition;
  /* 0: WF_ILOSTAT_MAX_SIZE. */
  gsize       max_size;
} WfIlostatOptions;

typedef struct
{
  char     *name;       /* the file's display name */
  char     *form;       /* "bulk CSV with codes", "SDMX CSV", … */
  gboolean  compressed; /* gzip */
  char     *edition;    /* the edition given, or "file dated YYYY-MM-DD" */
  guint64   rows;       /* data rows read */
  guint64   used;       /* rows that went into the dataset */
} WfIlostatFileReport;

/* What an import did, for the CLI to print, the application to show
 * before anything is replaced, and the file's notes to keep. Plain data:
 * read the fields, or wf_ilostat_report_to_text (). */
typedef struct
{
  char       *area;
  int         year;
  char       *year_rule;    /* why this year */
  char       *indicator;    /* the employment indicator used */
  char       *source;       /* its ILOSTAT source code(s) */
  char       *source_rule;  /* why this source */
  char       *breakdown;    /* e.g. "the 14 groups of ISIC Rev.4, from sections" */
  char       *exposure;     /* the profile or table used */
  GPtrArray  *files;        /* (element-type WfIlostatFileReport) */
  GPtrArray  *skipped;      /* (element-type utf8): "12 rows: …" */
  GPtrArray  *notes;        /* (element-type utf8): what was chosen, kept, assumed */
  GPtrArray  *warnings;     /* (element-type utf8): what the user should check */
} WfIlostatReport;

WfDataset       *wf_ilostat_import_files   (GFile                  **files,
                                            guint                    n_files,
                                            const WfIlostatOptions  *options,
                                            WfIlostatReport        **report,
                                            GCancellable            *cancellable,
                                            GError                 **error);
WfDataset       *wf_ilostat_import_file    (GFile                   *file,
                                            const WfIlostatOptions  *options,
                                            GError                 **error);

WfIlostatReport *wf_ilostat_report_new     (void);
void             wf_ilostat_report_free    (WfIlostatReport         *report);
char            *wf_ilostat_report_to_text (const WfIlostatReport   *report);

/* The document an import opens as: the default scenarios on @dataset, the
 * report in the notes. The command line and the application both make it
 * here, so that a file from either is the same. */
WfDocument      *wf_ilostat_document_new   (WfDataset               *dataset,
                                            const WfIlostatReport   *report,
                                            const char              *created);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WfIlostatReport, wf_ilostat_report_free)

G_END_DECLS
