/* wf-cli.h
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit codes of workforce-foresight-cli (see docs/command-line.md). */
typedef enum
{
  WF_CLI_EXIT_OK = 0,
  WF_CLI_EXIT_BAD_INPUT = 1,
  WF_CLI_EXIT_USAGE = 2,
} WfCliExit;

/* A subcommand handler. @argv[0] is the subcommand's name and the rest its
 * arguments, ready for a GOptionContext. Returns a WfCliExit code. */
typedef int (*WfCliHandler) (int    argc,
                             char **argv);

/* Handlers of the subcommands, one file each (wf-cli-new.c, ...). Declare
 * them here and name them in the table in wf-cli.c. */
int  wf_cli_new             (int    argc,
                             char **argv);
int  wf_cli_validate        (int    argc,
                             char **argv);
int  wf_cli_project         (int    argc,
                             char **argv);
int  wf_cli_import_ilostat  (int    argc,
                             char **argv);
int  wf_cli_list            (int    argc,
                             char **argv);
int  wf_cli_ensemble        (int    argc,
                             char **argv);
int  wf_cli_chart           (int    argc,
                             char **argv);
int  wf_cli_merge           (int    argc,
                             char **argv);
int  wf_cli_workshop        (int    argc,
                             char **argv);
int  wf_cli_predict         (int    argc,
                             char **argv);
/* Prints the chart kinds, one a line ("list charts"); @path is unused. */
int  wf_cli_list_charts     (const char *path);

G_END_DECLS
