/* wf-data-view.h: the numbers behind the session's chart, as a table
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "wf-session.h"

G_BEGIN_DECLS

#define WF_TYPE_DATA_VIEW (wf_data_view_get_type ())

G_DECLARE_FINAL_TYPE (WfDataView, wf_data_view, WF, DATA_VIEW, GtkWidget)

GtkWidget  *wf_data_view_new             (WfSession   *session);
/* The session shown ("session" property). */
void        wf_data_view_set_session     (WfDataView  *self,
                                          WfSession   *session);
/* The rows on display (brings the table up to date first). */
GListModel *wf_data_view_get_model       (WfDataView  *self);

G_END_DECLS
