/* wf-id.h: looking up an entry of a table by its stable string id
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The index of the element of @table (@n elements of @stride bytes) whose
 * string at @offset equals @id, or -1. For a plain array of strings, @stride
 * is sizeof (char *) and @offset 0. */
int wf_id_find (const char *id,
                const void *table,
                guint       n,
                gsize       stride,
                gsize       offset);

/* In an array of strings, or in an array of structs by one member. */
#define WF_ID_FIND_IN_STRV(id, array) \
  wf_id_find ((id), (array), G_N_ELEMENTS (array), sizeof (array)[0], 0)
#define WF_ID_FIND(id, array, type, member) \
  wf_id_find ((id), (array), G_N_ELEMENTS (array), sizeof (array)[0], G_STRUCT_OFFSET (type, member))

G_END_DECLS
