/* wf-wrap-box.h: children in a row that wraps like words in a line
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define WF_TYPE_WRAP_BOX (wf_wrap_box_get_type ())

G_DECLARE_FINAL_TYPE (WfWrapBox, wf_wrap_box, WF, WRAP_BOX, GtkWidget)

GtkWidget *wf_wrap_box_new         (void);
void       wf_wrap_box_append      (WfWrapBox *self,
                                    GtkWidget *child);
/* How many lines the last allocation used (0 before the first). */
guint      wf_wrap_box_get_n_lines (WfWrapBox *self);

G_END_DECLS
