/* wf-accessible.h: names for the controls GTK 4.8 leaves unnamed
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

char *wf_accessible_name_from_tooltip (const char *tooltip);
void  wf_accessible_name_controls     (GtkWidget  *root);

G_END_DECLS
