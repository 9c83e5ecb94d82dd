/* wf-tidy.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one data layout of every export (projections, ensembles, charts'
 * numbers, the application's Data view): one observation a row, the same
 * columns everywhere, in CSV with "#" comment lines first or in JSON as a
 * metadata object and an array of row objects with the columns as keys.
 * docs/data-format.md describes it and data/workforce-foresight-data.schema.json
 * checks it.
 *
 * The writer streams: rows are formatted into a small buffer that goes to
 * the sink whenever it fills, so a million rows never sit in memory.
 * Numbers are in the C locale and in the shortest form that reads back as
 * the same double (wf_io_format_double), whatever the user's locale.
 */
#define G_LOG_DOMAIN "wf-tidy"

#include "config.h"

#include <math.h>
#include <string.h>

#include "wf-io-util.h"
#include "wf-tidy.h"

/* Flushed to the sink when the buffer holds this much. */
#define FLUSH_SIZE (64 * 1024)

struct _WfTidyWriter
{
  WfExportFormat         format;
  WfTidyFlags            flags;
  WfAtomicFileWriteFunc  sink;
  gpointer               sink_target;
  WfTidyRowFunc          row_func;     /* a row writer's, instead of a sink */
  gpointer               row_data;
  GString               *buffer;
  guint64                n_rows;
  gboolean               started;
  gboolean               failed;
  WfTidyMeta             meta;
};

static const char * const columns[] = {
  "table", "area", "dataset", "scenario_id", "scenario_name", "year",
  "sector_id", "sector_label", "skill_id", "skill_label", "lever_id",
  "lever_group", "sex", "indicator", "statistic", "value", "unit",
  "unit_multiplier", "provenance", NULL
};

static const char * const provenance_ids[WF_N_PROVENANCES] = {
  [WF_PROVENANCE_PRIMARY] = "primary",
  [WF_PROVENANCE_SECONDARY] = "secondary",
  [WF_PROVENANCE_ASSUMPTION] = "assumption",
  [WF_PROVENANCE_DERIVED] = "derived",
};

/* The metadata keys, in the order they are written. */
#define N_META 11

static void
meta_fields (const WfTidyWriter *self,
             const char         *keys[N_META],
             const char         *values[N_META])
{
  const char *k[N_META] = { "application", "version", "generator", "command",
                            "dataset", "title", "edition", "area", "chart", "runs", "seed" };
  const char *v[N_META] = { "workforce-foresight", PACKAGE_VERSION, self->meta.generator,
                            self->meta.command, self->meta.dataset, self->meta.title,
                            self->meta.edition, self->meta.area, self->meta.chart,
                            self->meta.runs, self->meta.seed };

  memcpy (keys, k, sizeof k);
  memcpy (values, v, sizeof v);
}

/* A comment line's text keeps to one line. */
static void
append_comment_text (GString    *out,
                     const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    g_string_append_c (out, (*p == '\n' || *p == '\r') ? ' ' : *p);
}

/**
 * wf_tidy_needs_neutralising:
 * @text: a text cell
 *
 * Whether a spreadsheet could read @text as a formula (it starts with =,
 * +, -, @, a tab or a carriage return): such cells are written with a
 * leading apostrophe in CSV.
 */
gboolean
wf_tidy_needs_neutralising (const char *text)
{
  return text != NULL && text[0] != '\0' && strchr ("=+-@\t\r", text[0]) != NULL;
}

static void
csv_text (GString    *out,
          const char *text)
{
  g_autofree char *guarded = NULL;

  if (text == NULL)
    return;
  if (wf_tidy_needs_neutralising (text))
    text = guarded = g_strconcat ("'", text, NULL);
  wf_io_append_csv (out, text);
}

static void
csv_number (GString *out,
            double   value)
{
  if (isfinite (value))
    wf_io_append_double (out, value);
}

static void
json_text (GString    *out,
           const char *text)
{
  if (text == NULL)
    g_string_append (out, "null");
  else
    wf_io_append_json (out, text);
}

static void
json_number (GString *out,
             double   value)
{
  if (isfinite (value))
    wf_io_append_double (out, value);
  else
    g_string_append (out, "null");
}

static gboolean
flush (WfTidyWriter  *self,
       gboolean       force,
       GError       **error)
{
  if (self->failed)
    return FALSE;
  if (self->buffer->len == 0 || (!force && self->buffer->len < FLUSH_SIZE))
    return TRUE;
  if (!self->sink (self->sink_target, self->buffer->str, self->buffer->len, error))
    {
      self->failed = TRUE;
      return FALSE;
    }
  g_string_truncate (self->buffer, 0);
  return TRUE;
}

static void
start (WfTidyWriter *self)
{
  const char *keys[N_META];
  const char *values[N_META];
  GString *out = self->buffer;

  self->started = TRUE;
  meta_fields (self, keys, values);

  if (self->format == WF_EXPORT_FORMAT_CSV)
    {
      if (self->flags & WF_TIDY_CSV_BOM)
        g_string_append (out, "\xEF\xBB\xBF");
      g_string_append_printf (out, "# format: %s %d\n", WF_TIDY_FORMAT, WF_TIDY_VERSION);
      for (guint i = 0; i < N_META; i++)
        if (values[i] != NULL)
          {
            g_string_append_printf (out, "# %s: ", keys[i]);
            append_comment_text (out, values[i]);
            g_string_append_c (out, '\n');
          }
      for (guint c = 0; columns[c] != NULL; c++)
        {
          if (c > 0)
            g_string_append_c (out, ',');
          g_string_append (out, columns[c]);
        }
      g_string_append_c (out, '\n');
      return;
    }

  g_string_append_printf (out, "{\n  \"format\": \"%s\",\n  \"version\": %d,\n  \"metadata\": {",
                          WF_TIDY_FORMAT, WF_TIDY_VERSION);
  for (guint i = 0; i < N_META; i++)
    {
      g_string_append_printf (out, "%s\n    \"%s\": ", i > 0 ? "," : "", keys[i]);
      json_text (out, values[i]);
    }
  g_string_append (out, "\n  },\n  \"columns\": [");
  for (guint c = 0; columns[c] != NULL; c++)
    g_string_append_printf (out, "%s\"%s\"", c > 0 ? ", " : "", columns[c]);
  g_string_append (out, "],\n  \"rows\": [");
}

/**
 * wf_tidy_writer_new:
 * @format: CSV or JSON
 * @flags: options of the layout
 * @meta: what the file is about; its strings must outlive the writer
 * @sink: where the bytes go (wf_tidy_string_sink, an atomic file's writer)
 * @sink_target: the sink's first argument
 *
 * Returns: (transfer full): a writer; add rows, then finish it
 */
WfTidyWriter *
wf_tidy_writer_new (WfExportFormat         format,
                    WfTidyFlags            flags,
                    const WfTidyMeta      *meta,
                    WfAtomicFileWriteFunc  sink,
                    gpointer               sink_target)
{
  WfTidyWriter *self;

  g_return_val_if_fail (sink != NULL, NULL);

  self = g_new0 (WfTidyWriter, 1);
  self->format = format;
  self->flags = flags;
  self->sink = sink;
  self->sink_target = sink_target;
  self->buffer = g_string_sized_new (FLUSH_SIZE + 4096);
  if (meta != NULL)
    self->meta = *meta;
  return self;
}

/**
 * wf_tidy_writer_new_rows:
 * @meta: (nullable): what the rows are about; its strings must outlive the writer
 * @func: called with every row added, in order
 * @user_data: @func's first argument
 *
 * A writer that formats nothing and hands each row to @func instead: the
 * application's Data view shows the rows its data export writes this way.
 * Its metadata are those of the other writers' files; the rows' area and
 * dataset are the metadata's.
 *
 * Returns: (transfer full): a writer; add rows, then finish it
 */
WfTidyWriter *
wf_tidy_writer_new_rows (const WfTidyMeta *meta,
                         WfTidyRowFunc     func,
                         gpointer          user_data)
{
  WfTidyWriter *self;

  g_return_val_if_fail (func != NULL, NULL);

  self = g_new0 (WfTidyWriter, 1);
  self->format = WF_EXPORT_FORMAT_CSV;
  self->row_func = func;
  self->row_data = user_data;
  self->buffer = g_string_new (NULL);
  if (meta != NULL)
    self->meta = *meta;
  return self;
}

void
wf_tidy_writer_free (WfTidyWriter *self)
{
  if (self == NULL)
    return;
  g_string_free (self->buffer, TRUE);
  g_free (self);
}

guint64
wf_tidy_writer_get_n_rows (const WfTidyWriter *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_rows;
}

static void
add_csv (WfTidyWriter    *self,
         const WfTidyRow *row)
{
  GString *out = self->buffer;

  csv_text (out, row->table);
  g_string_append_c (out, ',');
  csv_text (out, self->meta.area);
  g_string_append_c (out, ',');
  csv_text (out, self->meta.dataset);
  g_string_append_c (out, ',');
  csv_text (out, row->scenario_id);
  g_string_append_c (out, ',');
  csv_text (out, row->scenario_name);
  g_string_append_c (out, ',');
  if (row->year != 0)
    g_string_append_printf (out, "%d", row->year);
  g_string_append_c (out, ',');
  csv_text (out, row->sector_id);
  g_string_append_c (out, ',');
  csv_text (out, row->sector_label);
  g_string_append_c (out, ',');
  csv_text (out, row->skill_id);
  g_string_append_c (out, ',');
  csv_text (out, row->skill_label);
  g_string_append_c (out, ',');
  csv_text (out, row->lever_id);
  g_string_append_c (out, ',');
  csv_text (out, row->lever_group);
  g_string_append_c (out, ',');
  csv_text (out, row->sex);
  g_string_append_c (out, ',');
  csv_text (out, row->indicator);
  g_string_append_c (out, ',');
  csv_text (out, row->statistic);
  g_string_append_c (out, ',');
  csv_number (out, row->value);
  g_string_append_c (out, ',');
  csv_text (out, row->unit);
  g_string_append_c (out, ',');
  csv_number (out, row->unit_multiplier);
  g_string_append_c (out, ',');
  csv_text (out, row->provenance);
  g_string_append_c (out, '\n');
}

static void
add_json (WfTidyWriter    *self,
          const WfTidyRow *row)
{
  GString *out = self->buffer;

  g_string_append (out, self->n_rows > 0 ? ",\n    {\"table\": " : "\n    {\"table\": ");
  json_text (out, row->table);
  g_string_append (out, ", \"area\": ");
  json_text (out, self->meta.area);
  g_string_append (out, ", \"dataset\": ");
  json_text (out, self->meta.dataset);
  g_string_append (out, ", \"scenario_id\": ");
  json_text (out, row->scenario_id);
  g_string_append (out, ", \"scenario_name\": ");
  json_text (out, row->scenario_name);
  if (row->year != 0)
    g_string_append_printf (out, ", \"year\": %d", row->year);
  else
    g_string_append (out, ", \"year\": null");
  g_string_append (out, ", \"sector_id\": ");
  json_text (out, row->sector_id);
  g_string_append (out, ", \"sector_label\": ");
  json_text (out, row->sector_label);
  g_string_append (out, ", \"skill_id\": ");
  json_text (out, row->skill_id);
  g_string_append (out, ", \"skill_label\": ");
  json_text (out, row->skill_label);
  g_string_append (out, ", \"lever_id\": ");
  json_text (out, row->lever_id);
  g_string_append (out, ", \"lever_group\": ");
  json_text (out, row->lever_group);
  g_string_append (out, ", \"sex\": ");
  json_text (out, row->sex);
  g_string_append (out, ", \"indicator\": ");
  json_text (out, row->indicator);
  g_string_append (out, ", \"statistic\": ");
  json_text (out, row->statistic);
  g_string_append (out, ", \"value\": ");
  json_number (out, row->value);
  g_string_append (out, ", \"unit\": ");
  json_text (out, row->unit);
  g_string_append (out, ", \"unit_multiplier\": ");
  json_number (out, row->unit_multiplier);
  g_string_append (out, ", \"provenance\": ");
  json_text (out, row->provenance);
  g_string_append_c (out, '}');
}

/**
 * wf_tidy_writer_add:
 * @self: a writer
 * @row: an observation
 * @error: the sink's error
 *
 * Returns: %FALSE when the sink failed (then every later call fails too)
 */
gboolean
wf_tidy_writer_add (WfTidyWriter     *self,
                    const WfTidyRow  *row,
                    GError          **error)
{
  g_return_val_if_fail (self != NULL && row != NULL, FALSE);

  if (self->row_func != NULL)
    {
      if (self->failed)
        return FALSE;
      if (!self->row_func (self->row_data, row, error))
        {
          self->failed = TRUE;
          return FALSE;
        }
      self->n_rows++;
      return TRUE;
    }
  if (!self->started)
    start (self);
  if (self->format == WF_EXPORT_FORMAT_CSV)
    add_csv (self, row);
  else
    add_json (self, row);
  self->n_rows++;
  return flush (self, FALSE, error);
}

/**
 * wf_tidy_writer_finish:
 * @self: a writer
 * @error: the sink's error
 *
 * Writes what is left, and the end of a JSON document.
 *
 * Returns: %TRUE when every byte reached the sink
 */
gboolean
wf_tidy_writer_finish (WfTidyWriter  *self,
                       GError       **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->row_func != NULL)
    return !self->failed;
  if (!self->started)
    start (self);
  if (self->format == WF_EXPORT_FORMAT_JSON)
    g_string_append (self->buffer, self->n_rows > 0 ? "\n  ]\n}\n" : "]\n}\n");
  return flush (self, TRUE, error);
}

gboolean
wf_tidy_string_sink (gpointer     target,
                     const void  *data,
                     gsize        size,
                     GError     **error)
{
  g_string_append_len (target, data, (gssize) size);
  return TRUE;
}

const char * const *
wf_tidy_get_columns (void)
{
  return columns;
}

const char *
wf_tidy_lever_group_id (WfLeverGroup group)
{
  return group == WF_LEVER_GROUP_ASSUMPTION ? "assumption" : "policy";
}

const char *
wf_provenance_to_id (WfProvenance provenance)
{
  g_return_val_if_fail (provenance < WF_N_PROVENANCES, NULL);
  return provenance_ids[provenance];
}

gboolean
wf_export_format_from_string (const char     *name,
                              WfExportFormat *out)
{
  if (g_strcmp0 (name, "csv") == 0)
    *out = WF_EXPORT_FORMAT_CSV;
  else if (g_strcmp0 (name, "json") == 0)
    *out = WF_EXPORT_FORMAT_JSON;
  else
    return FALSE;
  return TRUE;
}
