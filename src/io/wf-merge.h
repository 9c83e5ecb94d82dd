/* wf-merge.h: adding the scenarios of participants' files to a document
 * (docs/workshop.md)
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "wf-document.h"

G_BEGIN_DECLS

/* A file that was not merged, and why: error is in WF_IO_ERROR, its
 * message naming the file (a broken file: the loader's own message;
 * WF_IO_ERROR_VERSION: a newer format; WF_IO_ERROR_DATASET: another
 * dataset, both titles named). */
typedef struct
{
  char    *file;    /* the name shown to the user (basename) */
  GError  *error;
} WfMergeRefusal;

/* The files read and checked against a document, ready to be added. Built
 * in any thread (it holds copies only); applied on the owner's thread. */
typedef struct _WfMerge WfMerge;

WfMerge    *wf_merge_prepare          (const WfDocument    *target,
                                       GFile *const        *files,
                                       guint                n_files,
                                       GCancellable        *cancellable,
                                       GError             **error);
void        wf_merge_prepare_async    (const WfDocument    *target,
                                       GFile *const        *files,
                                       guint                n_files,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
WfMerge    *wf_merge_prepare_finish   (GAsyncResult        *result,
                                       GError             **error);

/* Adds the prepared scenarios to @target (which must have the dataset the
 * merge was prepared against): a name already taken gets the author's
 * name, or " (2)", " (3)"…, ids are made unique. Returns how many were
 * added; @target is unchanged when none is. Call it once. */
guint       wf_merge_apply            (WfMerge             *self,
                                       WfDocument          *target);

/* (element-type WfScenario): the scenarios that apply adds, each with its
 * origin set, before names and ids are made unique. */
GPtrArray  *wf_merge_get_scenarios    (WfMerge             *self);
/* (element-type WfMergeRefusal) */
GPtrArray  *wf_merge_get_refusals     (WfMerge             *self);
/* (element-type utf8): what the loader ignored or converted, per file */
GPtrArray  *wf_merge_get_warnings     (WfMerge             *self);
guint       wf_merge_get_n_files_read (WfMerge             *self);
/* Scenarios of the files that the document already had (same name and
 * values, no prediction), which apply leaves out. */
guint       wf_merge_get_n_skipped    (WfMerge             *self);
/* One message listing each refused file and why, one a line; NULL when
 * none was refused. */
char       *wf_merge_format_refusals  (WfMerge             *self);
void        wf_merge_free             (WfMerge             *self);

/* wf_merge_prepare () then wf_merge_apply (): for the command line and
 * tests. @out_merge (optional) receives the report. */
guint       wf_document_merge_files   (WfDocument          *target,
                                       GFile *const        *files,
                                       guint                n_files,
                                       WfMerge            **out_merge,
                                       GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WfMerge, wf_merge_free)

G_END_DECLS
