/* wf-cli-test.h: running workforce-foresight-cli from a test
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The CLI's path, from the test's first argument (tests/cli/meson.build). */
void wf_cli_test_init (int    argc,
                       char **argv);

/* Runs the CLI with @args (NULL-terminated, without the program) in @cwd
 * (NULL for the current folder), with SOURCE_DATE_EPOCH fixed so that the
 * files it writes are reproducible. Returns its exit status; @out and @err
 * (either may be NULL) get what it printed. */
int  wf_cli_test_run  (const char         *cwd,
                       const char * const *args,
                       char              **out,
                       char              **err);

G_END_DECLS
