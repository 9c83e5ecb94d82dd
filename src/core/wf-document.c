/* wf-document.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document is plain data: reading and writing files is src/io's job.
 */
#define G_LOG_DOMAIN "wf-document"

#include "config.h"

#include "wf-document.h"

/* The nicks are the ids in files and on the command line. */
G_DEFINE_ENUM_TYPE (WfLens, wf_lens,
  G_DEFINE_ENUM_VALUE (WF_LENS_TOTAL, "total"),
  G_DEFINE_ENUM_VALUE (WF_LENS_WOMEN, "women"),
  G_DEFINE_ENUM_VALUE (WF_LENS_MEN, "men"),
  G_DEFINE_ENUM_VALUE (WF_LENS_GAP, "gap"))

static void
scenario_free_cb (gpointer data)
{
  wf_scenario_free (data);
}

/**
 * wf_document_new:
 *
 * Creates an empty document: no dataset, no scenarios, the default view.
 *
 * Returns: (transfer full): a new document
 */
WfDocument *
wf_document_new (void)
{
  WfDocument *self = g_new0 (WfDocument, 1);

  self->scenarios = g_ptr_array_new_with_free_func (scenario_free_cb);
  self->view.lens = WF_LENS_TOTAL;
  self->view.metric = WF_METRIC_NET_JOBS;
  self->view.compared = g_ptr_array_new_with_free_func (g_free);

  return self;
}

/**
 * wf_document_new_default:
 *
 * Creates the document a new file starts from: the bundled world dataset
 * and the five presets, the baseline first. The metadata's dates are left
 * unset for the caller to fill in.
 *
 * Returns: (transfer full): a new document
 */
WfDocument *
wf_document_new_default (void)
{
  WfDocument *self = wf_document_new ();

  self->dataset = wf_dataset_new_world ();
  for (guint p = 0; p < WF_N_PRESETS; p++)
    g_ptr_array_add (self->scenarios, wf_scenario_new_preset (p));

  return self;
}

static GPtrArray *
copy_strings (const GPtrArray *strings)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < strings->len; i++)
    g_ptr_array_add (copy, g_strdup (g_ptr_array_index (strings, i)));

  return copy;
}

/**
 * wf_document_copy:
 * @self: a document
 *
 * Returns: (transfer full): a deep copy of @self
 */
WfDocument *
wf_document_copy (const WfDocument *self)
{
  WfDocument *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = wf_document_new ();
  copy->metadata.title = g_strdup (self->metadata.title);
  copy->metadata.author = g_strdup (self->metadata.author);
  copy->metadata.notes = g_strdup (self->metadata.notes);
  copy->metadata.created = g_strdup (self->metadata.created);
  copy->metadata.modified = g_strdup (self->metadata.modified);
  copy->metadata.application = g_strdup (self->metadata.application);

  if (self->dataset != NULL)
    copy->dataset = wf_dataset_copy (self->dataset);
  for (guint i = 0; i < self->scenarios->len; i++)
    g_ptr_array_add (copy->scenarios,
                     wf_scenario_copy (g_ptr_array_index (self->scenarios, i)));

  copy->view.chart = g_strdup (self->view.chart);
  copy->view.lens = self->view.lens;
  copy->view.sector_filter = g_strdup (self->view.sector_filter);
  g_ptr_array_unref (copy->view.compared);
  copy->view.compared = copy_strings (self->view.compared);
  copy->view.current_scenario = self->view.current_scenario;
  copy->view.difference = self->view.difference;
  copy->view.metric = self->view.metric;
  copy->read_only_reason = g_strdup (self->read_only_reason);

  return copy;
}

void
wf_document_free (WfDocument *self)
{
  if (self == NULL)
    return;

  g_free (self->metadata.title);
  g_free (self->metadata.author);
  g_free (self->metadata.notes);
  g_free (self->metadata.created);
  g_free (self->metadata.modified);
  g_free (self->metadata.application);
  g_clear_pointer (&self->dataset, wf_dataset_free);
  g_clear_pointer (&self->scenarios, g_ptr_array_unref);
  g_free (self->view.chart);
  g_free (self->view.sector_filter);
  g_clear_pointer (&self->view.compared, g_ptr_array_unref);
  g_free (self->read_only_reason);
  g_free (self);
}

/* Every field, bit for bit: a saved and reloaded document must be the one
 * that was saved. */
gboolean
wf_document_equal (const WfDocument *a,
                   const WfDocument *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (g_strcmp0 (a->metadata.title, b->metadata.title) != 0 ||
      g_strcmp0 (a->metadata.author, b->metadata.author) != 0 ||
      g_strcmp0 (a->metadata.notes, b->metadata.notes) != 0 ||
      g_strcmp0 (a->metadata.created, b->metadata.created) != 0 ||
      g_strcmp0 (a->metadata.modified, b->metadata.modified) != 0 ||
      g_strcmp0 (a->metadata.application, b->metadata.application) != 0)
    return FALSE;

  if ((a->dataset == NULL) != (b->dataset == NULL) ||
      (a->dataset != NULL && !wf_dataset_equal (a->dataset, b->dataset)))
    return FALSE;

  if (a->scenarios->len != b->scenarios->len)
    return FALSE;
  for (guint i = 0; i < a->scenarios->len; i++)
    if (!wf_scenario_equal (g_ptr_array_index (a->scenarios, i),
                            g_ptr_array_index (b->scenarios, i)))
      return FALSE;

  if (g_strcmp0 (a->view.chart, b->view.chart) != 0 ||
      a->view.lens != b->view.lens ||
      g_strcmp0 (a->view.sector_filter, b->view.sector_filter) != 0 ||
      a->view.current_scenario != b->view.current_scenario ||
      a->view.difference != b->view.difference ||
      a->view.metric != b->view.metric ||
      a->view.compared->len != b->view.compared->len)
    return FALSE;
  for (guint i = 0; i < a->view.compared->len; i++)
    if (g_strcmp0 (g_ptr_array_index (a->view.compared, i),
                   g_ptr_array_index (b->view.compared, i)) != 0)
      return FALSE;

  return TRUE;
}

/**
 * wf_document_set_dataset:
 * @self: a document
 * @dataset: (transfer full): the new dataset
 *
 * Replaces the document's dataset.
 */
void
wf_document_set_dataset (WfDocument *self,
                         WfDataset  *dataset)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (dataset != NULL);

  g_clear_pointer (&self->dataset, wf_dataset_free);
  self->dataset = dataset;
}

/**
 * wf_document_add_scenario:
 * @self: a document
 * @scenario: (transfer full): a scenario
 *
 * Appends a scenario; the first one added is the baseline. If another
 * scenario of the document has the same id, the new one's id gets a suffix
 * ("-2", "-3", …) so that ids stay unique.
 */
void
wf_document_add_scenario (WfDocument *self,
                          WfScenario *scenario)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (scenario != NULL);

  if (wf_document_find_scenario_by_id (self, scenario->id) >= 0)
    {
      g_autofree char *unique = wf_document_unique_scenario_id (self, scenario->id);

      wf_scenario_set_id (scenario, unique);
    }

  g_ptr_array_add (self->scenarios, scenario);
}

/**
 * wf_document_unique_scenario_id:
 * @self: a document
 * @base: (nullable): the id wanted, or %NULL for "scenario"
 *
 * Returns: (transfer full): @base if no scenario of @self has it, otherwise
 *   @base with the first free suffix "-2", "-3", …
 */
char *
wf_document_unique_scenario_id (const WfDocument *self,
                                const char       *base)
{
  g_autofree char *stem = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (!wf_scenario_id_is_valid (base))
    base = "scenario";
  if (wf_document_find_scenario_by_id (self, base) < 0)
    return g_strdup (base);

  /* Leave room for the suffix within the 64 characters of an id. */
  stem = g_strndup (base, 56);
  for (guint n = 2; ; n++)
    {
      char *candidate = g_strdup_printf ("%s-%u", stem, n);

      if (wf_document_find_scenario_by_id (self, candidate) < 0)
        return candidate;
      g_free (candidate);
    }
}

/**
 * wf_document_find_scenario_by_id:
 * @self: a document
 * @id: (nullable): a scenario id
 *
 * Returns: the index of the scenario with @id, or -1
 */
int
wf_document_find_scenario_by_id (const WfDocument *self,
                                 const char       *id)
{
  g_return_val_if_fail (self != NULL, -1);

  if (id == NULL)
    return -1;

  for (guint i = 0; i < self->scenarios->len; i++)
    {
      const WfScenario *scenario = g_ptr_array_index (self->scenarios, i);

      if (g_strcmp0 (scenario->id, id) == 0)
        return (int) i;
    }

  return -1;
}

/**
 * wf_document_get_scenario:
 * @self: a document
 * @index: the scenario's position
 *
 * Returns: (transfer none) (nullable): the scenario, or %NULL if @index is
 *   past the end
 */
WfScenario *
wf_document_get_scenario (const WfDocument *self,
                          guint             index)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (index >= self->scenarios->len)
    return NULL;

  return g_ptr_array_index (self->scenarios, index);
}

/* Returns the index of the first scenario named @name, or -1. */
int
wf_document_find_scenario (const WfDocument *self,
                           const char       *name)
{
  g_return_val_if_fail (self != NULL, -1);

  for (guint i = 0; i < self->scenarios->len; i++)
    {
      const WfScenario *scenario = g_ptr_array_index (self->scenarios, i);

      if (g_strcmp0 (scenario->name, name) == 0)
        return (int) i;
    }

  return -1;
}

const char *
wf_lens_to_id (WfLens lens)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (WF_TYPE_LENS);
  GEnumValue *value = g_enum_get_value (klass, lens);

  g_return_val_if_fail (value != NULL, NULL);
  return value->value_nick;
}

gboolean
wf_lens_from_id (const char *id,
                 WfLens     *out)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (WF_TYPE_LENS);
  GEnumValue *value = id != NULL ? g_enum_get_value_by_nick (klass, id) : NULL;

  if (value == NULL)
    return FALSE;
  *out = value->value;
  return TRUE;
}
