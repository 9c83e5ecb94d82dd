/* wf-cli-common.h: what the subcommands share
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "wf-core.h"
#include "wf-io.h"

G_BEGIN_DECLS

int          wf_cli_parse_options   (GOptionContext  *context,
                                     int             *argc,
                                     char          ***argv);
/* The program's name, never translated. */
#define WF_CLI_PROGRAM "workforce-foresight-cli"

void         wf_cli_print_error     (const GError    *error);
/* Says @message on standard error after the program's name, then
 * @command's (NULL: none) and @file (NULL: none), each through a
 * translatable format: "workforce-foresight-cli brief: FILE: MESSAGE". */
void         wf_cli_print_message   (const char      *command,
                                     const char      *file,
                                     const char      *message);
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

/* The command line as typed (recorded by wf_cli_parse_options), for the
 * metadata of exports. */
const char  *wf_cli_get_command_line (void);
/* Reads FILE, or standard input when it is "-" (at most @max_size bytes). */
GBytes      *wf_cli_read_input      (const char      *path,
                                     gsize            max_size,
                                     GError         **error);

/* Fills a data export: adds rows to the writer. */
typedef gboolean (*WfCliTidyFill) (WfTidyWriter   *writer,
                                   gpointer        data,
                                   GError        **error);
/* Streams a data export to @path ("-" is standard output): a regular file
 * through the atomic writer, anything else (a pipe, /dev/null) directly. */
gboolean     wf_cli_write_tidy      (const char      *path,
                                     WfExportFormat   format,
                                     const WfTidyMeta *meta,
                                     WfCliTidyFill    fill,
                                     gpointer         fill_data,
                                     GError         **error);
/* The scenario @arg names: its id, its name, or for a preset the English
 * or the translated name; -1 if none. */
int          wf_cli_find_scenario   (const WfDocument *document,
                                     const char      *arg);
/* Says on standard error that no scenario of @document matches @arg, and
 * lists the scenarios' ids and names. */
void         wf_cli_unknown_scenario (const WfDocument *document,
                                     const char      *display_name,
                                     const char      *arg);
/* "a, b, c" for the error message of a bad choice. */
char        *wf_cli_join_choices    (const char * const *choices);
/* Prints a usage error about a bad choice: @message is a whole sentence
 * that names the value and lists the choices (wf_cli_join_choices). */
void         wf_cli_bad_choice      (const char      *command,
                                     const char      *message);

G_END_DECLS
