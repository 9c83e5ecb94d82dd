/* wf-id.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "wf-id.h"

int
wf_id_find (const char *id,
            const void *table,
            guint       n,
            gsize       stride,
            gsize       offset)
{
  if (id == NULL)
    return -1;

  for (guint i = 0; i < n; i++)
    {
      const char *candidate = *(const char * const *) ((const guint8 *) table + i * stride + offset);

      if (g_strcmp0 (id, candidate) == 0)
        return (int) i;
    }
  return -1;
}
