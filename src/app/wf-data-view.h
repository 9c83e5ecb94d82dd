/* wf-data-view.h: the numbers behind the session's chart, as a table
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "wf-session.h"

G_BEGIN_DECLS

/* The columns of the table, in order. Which of them show depends on the
 * chart's rows: a column empty in every row is hidden, and so is the unit
 * when every row has the same (the value's header says it then). */
typedef enum
{
  WF_DATA_VIEW_SCENARIO,
  WF_DATA_VIEW_YEAR,
  WF_DATA_VIEW_SECTOR,
  WF_DATA_VIEW_SKILL,
  WF_DATA_VIEW_LEVER,
  WF_DATA_VIEW_SEX,
  WF_DATA_VIEW_INDICATOR,
  WF_DATA_VIEW_STATISTIC,
  WF_DATA_VIEW_VALUE,
  WF_DATA_VIEW_UNIT,
  WF_DATA_VIEW_PROVENANCE,
  WF_DATA_VIEW_N_COLUMNS
} WfDataViewColumn;

#define WF_TYPE_DATA_VIEW (wf_data_view_get_type ())

G_DECLARE_FINAL_TYPE (WfDataView, wf_data_view, WF, DATA_VIEW, GtkWidget)

#define WF_TYPE_DATA_VIEW_ROW (wf_data_view_row_get_type ())

G_DECLARE_FINAL_TYPE (WfDataViewRow, wf_data_view_row, WF, DATA_VIEW_ROW, GObject)

GtkWidget  *wf_data_view_new             (WfSession   *session);
/* The session shown ("session" property). */
void        wf_data_view_set_session     (WfDataView  *self,
                                          WfSession   *session);
/* Every row of the chart's data export, in its order, before the
 * indicator filter and the sorting (brings the table up to date first). */
GListModel *wf_data_view_get_model       (WfDataView  *self);
/* The rows on screen: filtered by indicator, in the order sorted. */
GListModel *wf_data_view_get_shown_model (WfDataView  *self);
/* The column's header as shown ("Value (thousands of people)"). */
const char *wf_data_view_get_column_title (WfDataView       *self,
                                           WfDataViewColumn  column);
gboolean    wf_data_view_get_column_visible (WfDataView       *self,
                                             WfDataViewColumn  column);
/* Shows the rows of one indicator (its id), or of all with NULL. */
gboolean    wf_data_view_set_indicator   (WfDataView  *self,
                                          const char  *indicator);

/* What a row's cell shows (the value formatted for the locale). */
char       *wf_data_view_row_dup_text    (WfDataViewRow    *row,
                                          WfDataViewColumn  column);
double      wf_data_view_row_get_value   (WfDataViewRow    *row);
const char *wf_data_view_row_get_indicator (WfDataViewRow  *row);

G_END_DECLS
