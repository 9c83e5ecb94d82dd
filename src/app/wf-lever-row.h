/* wf-lever-row.h: one lever, with slider, value, level and help
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "wf-core.h"
#include "wf-session.h"

G_BEGIN_DECLS

#define WF_TYPE_LEVER_ROW (wf_lever_row_get_type ())

G_DECLARE_FINAL_TYPE (WfLeverRow, wf_lever_row, WF, LEVER_ROW, GtkWidget)

/* A row that shows @lever of the session's current scenario and sets it. */
GtkWidget *wf_lever_row_new       (WfSession  *session,
                                   WfLever     lever);
WfLever    wf_lever_row_get_lever (WfLeverRow *self);
double     wf_lever_row_get_value (WfLeverRow *self);
/* The message shown for what was typed last, when it was refused. */
const char *wf_lever_row_get_error (WfLeverRow *self);
GtkSpinButton *wf_lever_row_get_spin_button (WfLeverRow *self);
/* A number in @lever's range, typed with @decimal_point (or a point). */
gboolean   wf_lever_row_parse_value (WfLever      lever,
                                     const char  *text,
                                     const char  *decimal_point,
                                     double      *value,
                                     GError     **error);

G_END_DECLS
