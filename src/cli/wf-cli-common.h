/* wf-cli-common.h: what the subcommands share
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "wf-core.h"

G_BEGIN_DECLS

int          wf_cli_parse_options   (GOptionContext  *context,
                                     int             *argc,
                                     char          ***argv);
void         wf_cli_print_error     (const GError    *error);
void         wf_cli_usage_message   (const char      *command,
                                     const char      *message);
WfDocument  *wf_cli_load_document   (const char      *path,
                                     GError         **error);
gboolean     wf_cli_write_file      (const char      *path,
                                     const char      *data,
                                     gsize            size,
                                     gboolean         backup,
                                     GError         **error);
gboolean     wf_cli_write_output    (const char      *path,
                                     const char      *data,
                                     gsize            size,
                                     GError         **error);
char        *wf_cli_now_iso8601     (void);
guint        wf_cli_cap_threads     (guint            requested);
void         wf_cli_catch_signals   (void);

G_END_DECLS
