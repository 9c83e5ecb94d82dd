/* wf-exposure-table.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads the exposure table of docs/exposure-profiles.md: one row per
 * sector group, sex and gradient (1-4; 0 optional, the remainder), with
 * the share of that sex's employment in the sector and its provenance.
 * The result is a copy of the world dataset with that exposure, which the
 * ILOSTAT importer uses as its pattern.
 */
#define G_LOG_DOMAIN "wf-exposure-table"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "wf-csv-reader.h"
#include "wf-exposure-table.h"
#include "wf-io-error.h"
#include "wf-io-util.h"

enum { COL_SECTOR, COL_SEX, COL_GRADIENT, COL_SHARE, COL_PROVENANCE, COL_SOURCE, N_COLS };

static const char * const column_names[N_COLS] = {
  "sector", "sex", "gradient", "share", "provenance", "source",
};

static gboolean G_GNUC_PRINTF (4, 5)
fail (const char  *name,
      guint        line,
      GError     **error,
      const char  *format,
      ...)
{
  g_autofree char *message = NULL;
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  text = wf_io_message_at (name, line, 0, message);
  g_set_error_literal (error, WF_IO_ERROR, WF_IO_ERROR_INVALID, text);
  return FALSE;
}

static GBytes *
read_limited (GFile         *file,
              const char    *name,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autoptr(GError) local_error = NULL;
  guint8 buffer[16384];

  /* The type first: opening a pipe would wait for a writer. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                            cancellable, &local_error);
  if (info != NULL && g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, WF_IO_ERROR, WF_IO_ERROR_IO,
                   /* Translators: a file name */
                   _("%s: not a regular file (a directory, a device or a pipe)"), name);
      return NULL;
    }
  if (info == NULL || (stream = g_file_read (file, cancellable, &local_error)) == NULL)
    {
      /* Translators: a file name, then why it could not be read */
      g_set_error (error, WF_IO_ERROR, WF_IO_ERROR_IO, _("%s: could not read the file: %s"), name,
                   local_error->message);
      return NULL;
    }
  for (;;)
    {
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), buffer, sizeof buffer, cancellable,
                                      &local_error);

      if (n < 0)
        {
          /* Translators: a file name, then why it could not be read */
          g_set_error (error, WF_IO_ERROR, WF_IO_ERROR_IO, _("%s: could not read the file: %s"),
                       name, local_error->message);
          return NULL;
        }
      if (n == 0)
        break;
      if (data->len + (gsize) n > WF_EXPOSURE_TABLE_MAX_SIZE)
        {
          g_set_error (error, WF_IO_ERROR, WF_IO_ERROR_TOO_LARGE,
                       /* Translators: a file name, then the size limit in KiB */
                       _("%s: the file is larger than %d KiB; an exposure table is a few hundred "
                         "lines"), name, WF_EXPOSURE_TABLE_MAX_SIZE / 1024);
          return NULL;
        }
      g_byte_array_append (data, buffer, (guint) n);
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/**
 * wf_exposure_table_load:
 * @file: an exposure table CSV
 * @world: the dataset whose sector groups the table must cover
 * @cancellable: (nullable): checked while reading
 * @error: return location for an error
 *
 * Returns: (transfer full): a copy of @world with the table's exposure and
 *   source, or %NULL with @error set
 */
WfDataset *
wf_exposure_table_load (GFile            *file,
                        const WfDataset  *world,
                        GCancellable     *cancellable,
                        GError          **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(WfCsvReader) reader = NULL;
  g_autoptr(WfDataset) pattern = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GHashTable) citations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) citation_order = g_ptr_array_new ();
  g_autofree guint *seen = NULL;
  g_autofree char *citation = NULL;
  g_autofree char *note = NULL;
  guint tags[WF_N_PROVENANCES] = { 0, };
  GPtrArray *fields = NULL;
  int columns[N_COLS];
  guint n_header, values = 0;
  WfProvenance provenance;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (world != NULL, NULL);

  name = g_file_get_parse_name (file);
  bytes = read_limited (file, name, cancellable, error);
  if (bytes == NULL)
    return NULL;
  reader = wf_csv_reader_new (bytes, name);
  pattern = wf_dataset_copy (world);
  /* line of each (sector, sex, gradient) value, 0 when not given yet */
  seen = g_new0 (guint, world->n_sectors * 2 * WF_N_GRADIENTS);

  if (!wf_csv_reader_next (reader, &fields, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        fail (name, 0, error, _("the file is empty; expected the columns sector, sex, gradient, "
                                "share, provenance and source"));
      return NULL;
    }
  n_header = fields->len;
  for (guint c = 0; c < N_COLS; c++)
    {
      columns[c] = -1;
      for (guint i = 0; i < fields->len; i++)
        if (g_str_equal (g_strstrip ((char *) g_ptr_array_index (fields, i)), column_names[c]))
          columns[c] = (int) i;
      if (columns[c] < 0)
        {
          /* Translators: a column name; keep the column names listed */
          fail (name, 1, error, _("the column “%s” is missing; expected sector, sex, gradient, "
                                  "share, provenance and source"), column_names[c]);
          return NULL;
        }
    }

  while (wf_csv_reader_next (reader, &fields, &local_error))
    {
      guint line = wf_csv_reader_get_line (reader);
      const char *field[N_COLS];
      int sector, sex;
      gint64 gradient;
      double share;

      if (fields->len != n_header)
        {
          /* Translators: the fields on the line, then those of the header */
          fail (name, line, error, _("the line has %u fields; the header has %u"), fields->len,
                n_header);
          return NULL;
        }
      for (guint c = 0; c < N_COLS; c++)
        field[c] = g_strstrip ((char *) g_ptr_array_index (fields, columns[c]));

      sector = wf_dataset_find_sector (pattern, field[COL_SECTOR]);
      if (sector < 0)
        {
          /* Translators: what the line gives as the sector */
          fail (name, line, error, _("“%s” is not one of the 14 sector groups (ECO_ISIC4_A, "
                                     "ECO_ISIC4_B, …, ECO_ISIC4_RSTU)"), field[COL_SECTOR]);
          return NULL;
        }
      if (g_str_equal (field[COL_SEX], "SEX_F"))
        sex = WF_SEX_WOMEN;
      else if (g_str_equal (field[COL_SEX], "SEX_M"))
        sex = WF_SEX_MEN;
      else
        {
          /* Translators: what the line gives as the sex; keep “column sex”, SEX_F and SEX_M */
          fail (name, line, error, _("column sex: “%s” is not SEX_F or SEX_M"), field[COL_SEX]);
          return NULL;
        }
      if (!g_ascii_string_to_signed (field[COL_GRADIENT], 10, 0, WF_N_GRADIENTS - 1, &gradient, NULL))
        {
          /* Translators: what the line gives as the gradient; keep “column gradient” */
          fail (name, line, error, _("column gradient: “%s” is not 0, 1, 2, 3 or 4"),
                field[COL_GRADIENT]);
          return NULL;
        }
      if (!wf_io_parse_double (field[COL_SHARE], &share) || !isfinite (share) || share < 0.0 ||
          share > 1.0 || strpbrk (field[COL_SHARE], "xX") != NULL)
        {
          /* Translators: what the line gives as the share; keep “column share” */
          fail (name, line, error, _("column share: “%s” is not a share between 0 and 1"),
                field[COL_SHARE]);
          return NULL;
        }
      if (!wf_provenance_from_tag (field[COL_PROVENANCE], &provenance))
        {
          g_autofree char *bare = g_strndup (field[COL_PROVENANCE] + 1,
                                             strlen (field[COL_PROVENANCE]) >= 2
                                             ? strlen (field[COL_PROVENANCE]) - 2 : 0);

          if (field[COL_PROVENANCE][0] != '[' || !wf_provenance_from_tag (bare, &provenance))
            {
              /* Translators: what the line gives as the provenance; keep “column provenance”, P, S, A and D */
              fail (name, line, error, _("column provenance: “%s” is not P, S, A or D"),
                    field[COL_PROVENANCE]);
              return NULL;
            }
        }
      {
        guint index = ((guint) sector * 2 + (guint) sex) * WF_N_GRADIENTS + (guint) gradient;

        if (seen[index] != 0)
          {
            /* Translators: a sector code, a sex code (SEX_F or SEX_M), a gradient, then the
             * line of the first value */
            fail (name, line, error, _("a second value for %s, %s, gradient %d (the first is on "
                                       "line %u)"), field[COL_SECTOR], field[COL_SEX],
                  (int) gradient, seen[index]);
            return NULL;
          }
        seen[index] = line;
      }
      pattern->sectors[sector].exposure[sex][gradient] = share;
      if (gradient > 0)
        {
          tags[provenance]++;
          values++;
        }
      if (*field[COL_SOURCE] != '\0' && !g_hash_table_contains (citations, field[COL_SOURCE]))
        {
          char *key = g_strdup (field[COL_SOURCE]);

          g_hash_table_add (citations, key);
          g_ptr_array_add (citation_order, key);
        }
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  for (guint s = 0; s < pattern->n_sectors; s++)
    for (guint g = 0; g < 2; g++)
      {
        WfSector *sector = &pattern->sectors[s];
        double sum = 0.0;

        for (guint k = 1; k < WF_N_GRADIENTS; k++)
          {
            if (seen[(s * 2 + g) * WF_N_GRADIENTS + k] == 0)
              {
                /* Translators: a sector code, a sex code (SEX_F or SEX_M), then a gradient */
                fail (name, 0, error, _("no value for %s, %s, gradient %u; the table needs "
                                        "gradients 1 to 4 for both sexes in all 14 groups"),
                      sector->id, g == WF_SEX_WOMEN ? "SEX_F" : "SEX_M", k);
                return NULL;
              }
            sum += sector->exposure[g][k];
          }
        if (sum > 1.0 + 1e-6)
          {
            fail (name, seen[(s * 2 + g) * WF_N_GRADIENTS + 1], error,
                  /* Translators: a sector code, a sex code (SEX_F or SEX_M), then the sum */
                  _("%s, %s: gradients 1 to 4 sum to %g, more than 1"), sector->id,
                  g == WF_SEX_WOMEN ? "SEX_F" : "SEX_M", sum);
            return NULL;
          }
        if (seen[(s * 2 + g) * WF_N_GRADIENTS] != 0 && fabs (sector->exposure[g][0] + sum - 1.0) > 1e-3)
          {
            fail (name, seen[(s * 2 + g) * WF_N_GRADIENTS], error,
                  /* Translators: a sector code, a sex code (SEX_F or SEX_M), gradient 0's
                   * share, then what 1 to 4 leave */
                  _("%s, %s: gradient 0 is %g but gradients 1 to 4 leave %g"), sector->id,
                  g == WF_SEX_WOMEN ? "SEX_F" : "SEX_M", sector->exposure[g][0], 1.0 - sum);
            return NULL;
          }
        sector->exposure[g][0] = MAX (0.0, 1.0 - sum);
      }

  /* Employment of unknown sex: the world's mix of women and men. */
  for (guint s = 0; s < pattern->n_sectors; s++)
    {
      WfSector *sector = &pattern->sectors[s];
      double women = sector->employment[WF_SEX_WOMEN], men = sector->employment[WF_SEX_MEN];

      for (guint k = 0; k < WF_N_GRADIENTS; k++)
        sector->exposure[WF_SEX_UNKNOWN][k] = women + men > 0.0
          ? (women * sector->exposure[WF_SEX_WOMEN][k] + men * sector->exposure[WF_SEX_MEN][k]) / (women + men)
          : 0.5 * (sector->exposure[WF_SEX_WOMEN][k] + sector->exposure[WF_SEX_MEN][k]);
    }

  /* The table is as strong as its weakest value. */
  provenance = tags[WF_PROVENANCE_ASSUMPTION] ? WF_PROVENANCE_ASSUMPTION
               : tags[WF_PROVENANCE_DERIVED] ? WF_PROVENANCE_DERIVED
               : tags[WF_PROVENANCE_SECONDARY] ? WF_PROVENANCE_SECONDARY : WF_PROVENANCE_PRIMARY;
  g_ptr_array_add (citation_order, NULL);
  citation = citation_order->len > 1 ? g_strjoinv ("; ", (char **) citation_order->pdata)
                                     : g_strdup (name);
  note = g_strdup_printf ("Exposure table %s: %u values, %u [P], %u [S], %u [A], %u [D]; employment "
                          "of unknown sex takes the world’s mix of women and men.", name, values,
                          tags[WF_PROVENANCE_PRIMARY], tags[WF_PROVENANCE_SECONDARY],
                          tags[WF_PROVENANCE_ASSUMPTION], tags[WF_PROVENANCE_DERIVED]);
  wf_dataset_set_source (pattern, WF_TABLE_EXPOSURE, provenance, citation, note);
  return g_steal_pointer (&pattern);
}
