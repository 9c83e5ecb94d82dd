/* wf-random.h: a small deterministic pseudo-random generator
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* xoshiro256** (Blackman and Vigna, 2018) seeded through splitmix64. The
 * algorithm is fixed here, unlike GRand's or rand ()'s, so that a seed
 * stored in a scenario file gives the same ensemble on every platform and
 * in every future version. Plain data: put it on the stack. */
typedef struct
{
  guint64 s[4];
} WfRandom;

void     wf_random_init    (WfRandom  *self,
                            guint64    seed);
guint64  wf_random_next    (WfRandom  *self);
double   wf_random_double  (WfRandom  *self);
guint32  wf_random_below   (WfRandom  *self,
                            guint32    bound);

G_END_DECLS
