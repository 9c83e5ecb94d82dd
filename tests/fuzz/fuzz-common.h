/* fuzz-common.h: what every fuzz harness shares
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each harness defines LLVMFuzzerTestOneInput (). Built with
 * -Dfuzzing=true, libFuzzer calls it; otherwise replay-main.c calls it on
 * every file of the harness's corpus and crashes folders, as a test.
 */
#pragma once

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <glib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* A GLib critical or warning is a bug the input found: abort on it, as on
 * an error, so that libFuzzer keeps the input and a replay fails. */
static inline void
fuzz_setup (void)
{
  static gboolean done;

  if (done)
    return;
  done = TRUE;
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
}

/* With WF_FUZZ_VERBOSE set, says what became of an input (refused, and
 * why, or accepted): for checking that a seed reaches what it is for. */
#define fuzz_note(...) \
  G_STMT_START { \
    if (g_getenv ("WF_FUZZ_VERBOSE") != NULL) \
      { \
        fprintf (stderr, "  "); \
        fprintf (stderr, __VA_ARGS__); \
        fputc ('\n', stderr); \
      } \
  } G_STMT_END

/* Reports a broken guarantee and aborts: libFuzzer saves the input as a
 * crash, a replay fails naming it. */
#define fuzz_violation(...) \
  G_STMT_START { \
    fprintf (stderr, "fuzz: guarantee broken: "); \
    fprintf (stderr, __VA_ARGS__); \
    fputc ('\n', stderr); \
    abort (); \
  } G_STMT_END
