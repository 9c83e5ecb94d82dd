/* wf-autosave.h: copies of unsaved work, kept so that a crash loses nothing
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "wf-session.h"

G_BEGIN_DECLS

/* How long after a change the copy is written; a run of changes postpones
 * it, but never beyond WF_AUTOSAVE_MAX_DELAY_MS after the first. */
#define WF_AUTOSAVE_DELAY_MS     3000
#define WF_AUTOSAVE_MAX_DELAY_MS 10000

/* An autosave left by a process that is gone: work to offer back. */
typedef struct
{
  char      *id;             /* the name of its two files, without suffix */
  char      *document_path;  /* ID.foresight: the document */
  char      *info_path;      /* ID.autosave: this description (a key file) */
  char      *name;           /* the document's name when it was written */
  char      *original_uri;   /* the file it belongs to, or NULL if unsaved */
  GDateTime *time;           /* when it was written */
} WfAutosaveEntry;

void             wf_autosave_entry_free    (WfAutosaveEntry       *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WfAutosaveEntry, wf_autosave_entry_free)

char            *wf_autosave_get_default_dir (void);
/* The autosaves in @dir whose process has ended, oldest first. */
GPtrArray       *wf_autosave_list_orphans  (const char            *dir);
WfDocument      *wf_autosave_entry_load    (const WfAutosaveEntry *entry,
                                            GError               **error);
/* The file it belongs to, or NULL. */
GFile           *wf_autosave_entry_get_original (const WfAutosaveEntry *entry);
/* Deletes both files. */
void             wf_autosave_entry_remove  (const WfAutosaveEntry *entry);

#define WF_TYPE_AUTOSAVE (wf_autosave_get_type ())

G_DECLARE_FINAL_TYPE (WfAutosave, wf_autosave, WF, AUTOSAVE, GObject)

WfAutosave      *wf_autosave_new           (WfSession             *session,
                                            const char            *dir);
void             wf_autosave_set_delay     (WfAutosave            *self,
                                            guint                  delay_ms,
                                            guint                  max_delay_ms);
/* Continues @entry (recovered into the session): the same files, now
 * this process's. */
void             wf_autosave_adopt         (WfAutosave            *self,
                                            const WfAutosaveEntry *entry);
const char      *wf_autosave_get_id        (WfAutosave            *self);
char            *wf_autosave_dup_document_path (WfAutosave        *self);
/* Whether a copy is due or being written. */
gboolean         wf_autosave_is_pending    (WfAutosave            *self);
/* Writes the copy now if one is due (still in a thread). */
void             wf_autosave_flush         (WfAutosave            *self);
/* The user chose to drop the work (or saved it): no copy is kept, and
 * none is written until the next change. */
void             wf_autosave_discard       (WfAutosave            *self);

G_END_DECLS
