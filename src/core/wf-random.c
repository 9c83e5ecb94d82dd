/* wf-random.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reference: D. Blackman and S. Vigna, "Scrambled linear pseudorandom number
 * generators", ACM TOMS 47 (2021); the public-domain reference code at
 * https://prng.di.unimi.it/ (xoshiro256starstar.c, splitmix64.c).
 */
#define G_LOG_DOMAIN "wf-random"

#include "config.h"

#include "wf-random.h"

static inline guint64
rotl (guint64 x,
      int     k)
{
  return (x << k) | (x >> (64 - k));
}

static inline guint64
splitmix64 (guint64 *state)
{
  guint64 z = (*state += G_GUINT64_CONSTANT (0x9e3779b97f4a7c15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94d049bb133111eb);
  return z ^ (z >> 31);
}

/**
 * wf_random_init:
 * @self: a generator
 * @seed: any value, zero included
 *
 * Seeds the generator. The four words of state come from splitmix64, as the
 * authors of xoshiro recommend, so they are never all zero.
 */
void
wf_random_init (WfRandom *self,
                guint64   seed)
{
  guint64 state = seed;

  g_return_if_fail (self != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (self->s); i++)
    self->s[i] = splitmix64 (&state);
}

/**
 * wf_random_next:
 * @self: a seeded generator
 *
 * Returns: the next 64 random bits (xoshiro256**)
 */
guint64
wf_random_next (WfRandom *self)
{
  guint64 *s = self->s;
  guint64 result = rotl (s[1] * 5, 7) * 9;
  guint64 t = s[1] << 17;

  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl (s[3], 45);

  return result;
}

/**
 * wf_random_double:
 * @self: a seeded generator
 *
 * Returns: a uniform double in [0, 1) with 53 random bits
 */
double
wf_random_double (WfRandom *self)
{
  return (double) (wf_random_next (self) >> 11) * 0x1.0p-53;
}

/**
 * wf_random_below:
 * @self: a seeded generator
 * @bound: the exclusive upper bound, at least 1
 *
 * Returns: a uniform integer in [0, @bound), without modulo bias (Lemire's
 *   multiply-and-reject method)
 */
guint32
wf_random_below (WfRandom *self,
                 guint32   bound)
{
  guint64 product;
  guint32 low;

  g_return_val_if_fail (bound > 0, 0);

  product = (wf_random_next (self) >> 32) * (guint64) bound;
  low = (guint32) product;
  if (low < bound)
    {
      guint32 threshold = (guint32) -bound % bound;

      while (low < threshold)
        {
          product = (wf_random_next (self) >> 32) * (guint64) bound;
          low = (guint32) product;
        }
    }

  return (guint32) (product >> 32);
}
