/* wf-merge.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Adding the scenarios of participants' files to a document (the
 * workshop, docs/workshop.md). Preparing reads and checks every file
 * against a copy of the document, so it can run in a thread and leaves the
 * document alone; applying adds what was accepted, on the document's own
 * thread. A file is refused, with a message naming it, when it cannot be
 * read, is of a newer format, or holds other data than the document's
 * (compared number by number, not by title); the others are still added.
 */
#define G_LOG_DOMAIN "wf-merge"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "wf-document-io.h"
#include "wf-io-error.h"
#include "wf-merge.h"

struct _WfMerge
{
  GPtrArray *scenarios;   /* (element-type WfScenario) */
  GPtrArray *refusals;    /* (element-type WfMergeRefusal) */
  GPtrArray *warnings;    /* (element-type utf8) */
  guint      n_files_read;
  guint      n_skipped;
  gboolean   applied;
};

static void
refusal_free (WfMergeRefusal *refusal)
{
  g_free (refusal->file);
  g_clear_error (&refusal->error);
  g_free (refusal);
}

static WfMerge *
merge_new (void)
{
  WfMerge *self = g_new0 (WfMerge, 1);

  self->scenarios = g_ptr_array_new_with_free_func ((GDestroyNotify) wf_scenario_free);
  self->refusals = g_ptr_array_new_with_free_func ((GDestroyNotify) refusal_free);
  self->warnings = g_ptr_array_new_with_free_func (g_free);
  return self;
}

void
wf_merge_free (WfMerge *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->scenarios);
  g_ptr_array_unref (self->refusals);
  g_ptr_array_unref (self->warnings);
  g_free (self);
}

static void
refuse (WfMerge    *self,
        const char *file,
        GError     *error)
{
  WfMergeRefusal *refusal = g_new0 (WfMergeRefusal, 1);

  refusal->file = g_strdup (file);
  refusal->error = error;
  g_ptr_array_add (self->refusals, refusal);
}

/* The same scenario as one the document has, or one already taken from
 * an earlier file: a participant who kept the presets adds nothing. */
static gboolean
already_there (const GPtrArray  *scenarios,
               const WfScenario *scenario)
{
  for (guint m = 0; m < WF_N_METRICS; m++)
    if (wf_scenario_has_prediction (scenario, m))
      return FALSE;

  for (guint i = 0; i < scenarios->len; i++)
    {
      const WfScenario *other = g_ptr_array_index (scenarios, i);

      if (g_strcmp0 (other->name, scenario->name) == 0 &&
          g_strcmp0 (other->description, scenario->description) == 0 &&
          memcmp (other->values, scenario->values, sizeof other->values) == 0 &&
          memcmp (other->low, scenario->low, sizeof other->low) == 0 &&
          memcmp (other->high, scenario->high, sizeof other->high) == 0 &&
          other->horizon == scenario->horizon && other->seed == scenario->seed)
        return TRUE;
    }

  return FALSE;
}

/* When the participant last saved: the file's own "modified" metadata,
 * or else the file system's time (UTC, ISO 8601). */
static char *
modified_time (GFile            *file,
               const WfDocument *document)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GDateTime) utc = NULL;

  if (document->metadata.modified != NULL && *document->metadata.modified != '\0')
    return g_strdup (document->metadata.modified);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info == NULL || (time = g_file_info_get_modification_date_time (info)) == NULL)
    return NULL;
  utc = g_date_time_to_utc (time);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

static GBytes *
read_file (GFile         *file,
           const char    *name,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  char *contents = NULL;
  gsize length = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, NULL);
  if (info != NULL && g_file_info_get_size (info) > WF_DOCUMENT_MAX_SIZE)
    {
      g_set_error (error, WF_IO_ERROR, WF_IO_ERROR_TOO_LARGE,
                   /* Translators: a file name, then a size in MiB */
                   _("%s: the file is larger than %d MiB, the limit for a .foresight file"),
                   name, WF_DOCUMENT_MAX_SIZE / (1024 * 1024));
      return NULL;
    }
  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, WF_IO_ERROR, WF_IO_ERROR_IO,
                     /* Translators: file name, then the system's explanation */
                     _("%s: could not read the file: %s"), name, local_error->message);
      return NULL;
    }

  return g_bytes_new_take (contents, length);
}

/* Reads one file and takes its new scenarios, or refuses it. FALSE only
 * when cancelled. */
static gboolean
prepare_file (WfMerge           *self,
              const WfDocument  *target,
              GFile             *file,
              GCancellable      *cancellable,
              GError           **error)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *time = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(WfDocument) document = NULL;
  GError *local_error = NULL;
  int version;

  bytes = read_file (file, name, cancellable, &local_error);
  if (bytes == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_propagate_error (error, local_error);
          return FALSE;
        }
      refuse (self, basename, local_error);
      return TRUE;
    }

  /* A newer file would load leniently, losing what this version does not
   * know; merged and saved, that would be lost for good. */
  version = wf_document_bytes_get_version (bytes, name, &local_error);
  if (version > WF_DOCUMENT_VERSION)
    {
      refuse (self, basename,
              g_error_new (WF_IO_ERROR, WF_IO_ERROR_VERSION,
                           /* Translators: a file name, its format version, this application's */
                           _("%s: the file has format version %d, newer than this application’s %d; "
                             "update the application to add its scenarios"),
                           name, version, WF_DOCUMENT_VERSION));
      return TRUE;
    }
  if (version == 0)
    {
      refuse (self, basename, local_error);
      return TRUE;
    }

  document = wf_document_load_bytes_full (bytes, name, &warnings, &local_error);
  if (document == NULL)
    {
      refuse (self, basename, local_error);
      return TRUE;
    }

  if (!wf_dataset_equal_content (document->dataset, target->dataset))
    {
      refuse (self, basename,
              g_error_new (WF_IO_ERROR, WF_IO_ERROR_DATASET,
                           /* Translators: a file name, the title of its dataset, the title of
                            * the open document's dataset (they may be the same title) */
                           _("%s: the file’s data, “%s”, are not this document’s, “%s” (the "
                             "numbers differ); only scenarios on the same data can be compared"),
                           name, wf_dataset_get_display_title (document->dataset),
                           wf_dataset_get_display_title (target->dataset)));
      return TRUE;
    }

  g_ptr_array_extend_and_steal (self->warnings, g_steal_pointer (&warnings));
  self->n_files_read++;
  time = modified_time (file, document);

  for (guint i = 0; i < document->scenarios->len; i++)
    {
      WfScenario *scenario = g_ptr_array_index (document->scenarios, i);

      if (already_there (target->scenarios, scenario) || already_there (self->scenarios, scenario))
        {
          self->n_skipped++;
          continue;
        }

      scenario = wf_scenario_copy (scenario);
      /* A scenario the file had itself merged keeps where it came from. */
      if (scenario->origin.file == NULL)
        wf_scenario_set_origin (scenario, basename, document->metadata.author, time);
      g_ptr_array_add (self->scenarios, scenario);
    }

  return TRUE;
}

/**
 * wf_merge_prepare:
 * @target: the document that will receive the scenarios
 * @files: (array length=n_files): the participants' files
 * @n_files: how many
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error (only %G_IO_ERROR_CANCELLED)
 *
 * Reads and checks each file against @target, which is not changed. A
 * refused file is in wf_merge_get_refusals (); the others' scenarios are
 * ready for wf_merge_apply ().
 *
 * Returns: (transfer full): the merge, or %NULL when cancelled
 */
WfMerge *
wf_merge_prepare (const WfDocument  *target,
                  GFile *const      *files,
                  guint              n_files,
                  GCancellable      *cancellable,
                  GError           **error)
{
  g_autoptr(WfMerge) self = merge_new ();

  g_return_val_if_fail (target != NULL && target->dataset != NULL, NULL);
  g_return_val_if_fail (n_files == 0 || files != NULL, NULL);

  for (guint i = 0; i < n_files; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
          !prepare_file (self, target, files[i], cancellable, error))
        return NULL;
    }

  return g_steal_pointer (&self);
}

typedef struct
{
  WfDocument  *target;   /* a copy */
  GFile      **files;
  guint        n_files;
} PrepareData;

static void
prepare_data_free (PrepareData *data)
{
  wf_document_free (data->target);
  for (guint i = 0; i < data->n_files; i++)
    g_object_unref (data->files[i]);
  g_free (data->files);
  g_free (data);
}

static void
prepare_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  PrepareData *data = task_data;
  GError *error = NULL;
  WfMerge *merge = wf_merge_prepare (data->target, data->files, data->n_files, cancellable, &error);

  (void) source_object;
  if (merge == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, merge, (GDestroyNotify) wf_merge_free);
}

/**
 * wf_merge_prepare_async:
 * @target: the document that will receive the scenarios (copied now)
 * @files: (array length=n_files): the participants' files
 * @n_files: how many
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the caller's main context
 * @user_data: for @callback
 *
 * wf_merge_prepare () in a thread.
 */
void
wf_merge_prepare_async (const WfDocument    *target,
                        GFile *const        *files,
                        guint                n_files,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  PrepareData *data;

  g_return_if_fail (target != NULL && target->dataset != NULL);
  g_return_if_fail (n_files == 0 || files != NULL);

  data = g_new0 (PrepareData, 1);
  data->target = wf_document_copy (target);
  data->files = g_new0 (GFile *, MAX (n_files, 1));
  data->n_files = n_files;
  for (guint i = 0; i < n_files; i++)
    data->files[i] = g_object_ref (files[i]);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, wf_merge_prepare_async);
  g_task_set_task_data (task, data, (GDestroyNotify) prepare_data_free);
  g_task_run_in_thread (task, prepare_thread);
}

/**
 * wf_merge_prepare_finish:
 * @result: the #GAsyncResult
 * @error: return location for an error (only %G_IO_ERROR_CANCELLED)
 *
 * Returns: (transfer full): the merge, or %NULL when cancelled
 */
WfMerge *
wf_merge_prepare_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == wf_merge_prepare_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* A name no scenario of @target has: the author's name in brackets if
 * there is one, else a number from 2. */
static char *
unique_name (const WfDocument *target,
             const WfScenario *scenario)
{
  const char *author = scenario->origin.author;
  char *name = NULL;

  if (wf_document_find_scenario (target, scenario->name) < 0)
    return g_strdup (scenario->name);

  if (author != NULL && *author != '\0')
    {
      /* Translators: a scenario's name made unique: the name, then its author's */
      name = g_strdup_printf (C_("scenario name", "%s (%s)"), scenario->name, author);
      if (wf_document_find_scenario (target, name) < 0)
        return name;
      g_clear_pointer (&name, g_free);
    }

  for (guint n = 2; ; n++)
    {
      /* Translators: a scenario's name made unique: the name, then a number from 2 */
      name = g_strdup_printf (_("%s (%u)"), scenario->name, n);
      if (wf_document_find_scenario (target, name) < 0)
        return name;
      g_free (name);
    }
}

/**
 * wf_merge_apply:
 * @self: a prepared merge
 * @target: the document it was prepared against
 *
 * Returns: how many scenarios were added
 */
guint
wf_merge_apply (WfMerge    *self,
                WfDocument *target)
{
  g_return_val_if_fail (self != NULL && target != NULL, 0);
  g_return_val_if_fail (!self->applied, 0);

  self->applied = TRUE;
  for (guint i = 0; i < self->scenarios->len; i++)
    {
      WfScenario *scenario = wf_scenario_copy (g_ptr_array_index (self->scenarios, i));
      g_autofree char *name = unique_name (target, scenario);

      wf_scenario_set_name (scenario, name);
      /* Ids are made unique by the document ("scenario-2", …). */
      wf_document_add_scenario (target, scenario);
    }

  return self->scenarios->len;
}

GPtrArray *
wf_merge_get_scenarios (WfMerge *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->scenarios;
}

GPtrArray *
wf_merge_get_refusals (WfMerge *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->refusals;
}

GPtrArray *
wf_merge_get_warnings (WfMerge *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->warnings;
}

guint
wf_merge_get_n_files_read (WfMerge *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_files_read;
}

guint
wf_merge_get_n_skipped (WfMerge *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_skipped;
}

/**
 * wf_merge_format_refusals:
 * @self: a merge
 *
 * Returns: (transfer full) (nullable): each refused file's message, one a
 *   line, or %NULL when every file was read
 */
char *
wf_merge_format_refusals (WfMerge *self)
{
  GString *text;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->refusals->len == 0)
    return NULL;

  text = g_string_new (NULL);
  for (guint i = 0; i < self->refusals->len; i++)
    {
      const WfMergeRefusal *refusal = g_ptr_array_index (self->refusals, i);

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, refusal->error->message);
    }
  return g_string_free (text, FALSE);
}

/**
 * wf_document_merge_files:
 * @target: the document that receives
 * @files: (array length=n_files): the files to merge
 * @n_files: how many
 * @out_merge: (out) (optional) (transfer full): the report
 * @error: return location for an error (never set: no cancellable)
 *
 * Returns: how many scenarios were added
 */
guint
wf_document_merge_files (WfDocument    *target,
                         GFile *const  *files,
                         guint          n_files,
                         WfMerge      **out_merge,
                         GError       **error)
{
  g_autoptr(WfMerge) merge = wf_merge_prepare (target, files, n_files, NULL, error);
  guint added;

  if (merge == NULL)
    return 0;
  added = wf_merge_apply (merge, target);
  if (out_merge != NULL)
    *out_merge = g_steal_pointer (&merge);
  return added;
}
