/* wf-csv-reader.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comma-separated values as RFC 4180 has them, and as spreadsheets and
 * ILOSTAT write them: quoted fields with doubled quotes and line breaks
 * inside, CRLF or LF line ends, a UTF-8 byte order mark. Errors name the
 * file, the line and the column.
 */
#define G_LOG_DOMAIN "wf-csv-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "wf-csv-reader.h"
#include "wf-io-error.h"

struct _WfCsvReader
{
  GBytes      *bytes;
  char        *name;
  const char  *data;
  gsize        size;
  gsize        pos;
  const char  *line_start;
  guint        line;         /* of pos */
  guint        record_line;  /* where the current record starts */
  gboolean     checked;
  GPtrArray   *fields;
};

/**
 * wf_csv_reader_new:
 * @bytes: the file's contents
 * @display_name: the name errors use
 *
 * Returns: (transfer full): a reader positioned before the first record
 */
WfCsvReader *
wf_csv_reader_new (GBytes     *bytes,
                   const char *display_name)
{
  WfCsvReader *self = g_new0 (WfCsvReader, 1);

  self->bytes = g_bytes_ref (bytes);
  self->name = g_strdup (display_name ? display_name : "<memory>");
  self->data = g_bytes_get_data (bytes, &self->size);
  if (self->data == NULL)
    self->data = "";
  if (self->size >= 3 && memcmp (self->data, "\xEF\xBB\xBF", 3) == 0)
    self->pos = 3;
  self->line_start = self->data + self->pos;
  self->line = 1;
  self->fields = g_ptr_array_new_with_free_func (g_free);

  return self;
}

void
wf_csv_reader_free (WfCsvReader *self)
{
  if (self == NULL)
    return;

  g_bytes_unref (self->bytes);
  g_free (self->name);
  g_ptr_array_unref (self->fields);
  g_free (self);
}

guint
wf_csv_reader_get_line (WfCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->record_line;
}

static gboolean
fail (WfCsvReader  *self,
      GError      **error,
      const char   *message)
{
  glong column = g_utf8_strlen (self->line_start,
                                (self->data + self->pos) - self->line_start) + 1;

  /* Translators: file name, line, column, then the message */
  g_set_error (error, WF_IO_ERROR, WF_IO_ERROR_CSV, _("%s:%u:%ld: %s"),
               self->name, self->line, column, message);
  return FALSE;
}

static void
new_line (WfCsvReader *self)
{
  self->line++;
  self->line_start = self->data + self->pos;
}

/* Refuses the characters no text can hold: the C0 controls but tab and
 * the line ends, and the non-characters U+FFFE and U+FFFF. A CSV file has
 * none; a damaged or binary one does, and a value read from it would not
 * survive a save (XML 1.0 cannot hold them: the writer would put U+FFFD
 * in their place). Bytes suffice: in UTF-8 these are one byte, or EF BF
 * BE/BF, which no other character contains. */
static gboolean
check_characters (WfCsvReader  *self,
                  GError      **error)
{
  const guchar *data = (const guchar *) self->data;
  gunichar found = 0;
  gsize p;

  for (p = self->pos; p < self->size && found == 0; p++)
    {
      if (data[p] < 0x20 && data[p] != '\t' && data[p] != '\n' && data[p] != '\r')
        found = data[p];
      else if (data[p] == 0xEF && p + 2 < self->size && data[p + 1] == 0xBF &&
               (data[p + 2] == 0xBE || data[p + 2] == 0xBF))
        found = data[p + 2] == 0xBE ? 0xFFFE : 0xFFFF;
    }
  if (found == 0)
    return TRUE;

  /* Name the line and column of the character, at p - 1. */
  while (self->pos < p - 1)
    if (data[self->pos++] == '\n')
      new_line (self);
  {
    g_autofree char *message =
      /* Translators: U+%04X is a character's code, as in U+0012 */
      g_strdup_printf (_("the file holds the character U+%04X, a control character no text "
                         "can hold; is it damaged, or not a CSV file?"), found);

    return fail (self, error, message);
  }
}

/**
 * wf_csv_reader_next:
 * @self: a reader
 * @fields: (out) (transfer none) (element-type utf8): the record's fields,
 *   valid until the next call
 * @error: return location for an error
 *
 * Reads the next record, skipping empty lines.
 *
 * Returns: %TRUE with a record; %FALSE at the end (@error unset) or on a
 *   malformed record (@error set)
 */
gboolean
wf_csv_reader_next (WfCsvReader  *self,
                    GPtrArray   **fields,
                    GError      **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!self->checked)
    {
      const char *end = NULL;

      self->checked = TRUE;
      if (!g_utf8_validate (self->data + self->pos, self->size - self->pos, &end))
        {
          /* Find the line of the first invalid byte. */
          for (const char *p = self->data + self->pos; p < end; p++)
            if (*p == '\n')
              {
                self->pos = p + 1 - self->data;
                new_line (self);
              }
          self->pos = end - self->data;
          return fail (self, error, _("the file is not valid UTF-8 text"));
        }
      if (!check_characters (self, error))
        return FALSE;
    }

  g_ptr_array_set_size (self->fields, 0);

  /* Skip empty lines. */
  while (self->pos < self->size &&
         (self->data[self->pos] == '\n' || self->data[self->pos] == '\r'))
    {
      if (self->data[self->pos] == '\n')
        {
          self->pos++;
          new_line (self);
        }
      else
        self->pos++;
    }
  if (self->pos >= self->size)
    return FALSE;

  self->record_line = self->line;

  for (;;)
    {
      GString *field = g_string_new (NULL);
      char c;

      if (self->pos < self->size && self->data[self->pos] == '"')
        {
          guint quote_line = self->line;

          self->pos++;
          for (;;)
            {
              if (self->pos >= self->size)
                {
                  g_autofree char *message =
                    /* Translators: a line number */
                    g_strdup_printf (_("the quoted field that starts on line %u has no closing quote"),
                                     quote_line);

                  g_string_free (field, TRUE);
                  return fail (self, error, message);
                }
              c = self->data[self->pos];
              if (c == '"')
                {
                  if (self->pos + 1 < self->size && self->data[self->pos + 1] == '"')
                    {
                      g_string_append_c (field, '"');
                      self->pos += 2;
                      continue;
                    }
                  self->pos++;
                  break;
                }
              g_string_append_c (field, c);
              self->pos++;
              if (c == '\n')
                new_line (self);
            }
          if (self->pos < self->size && strchr (",\r\n", self->data[self->pos]) == NULL)
            {
              g_string_free (field, TRUE);
              return fail (self, error, _("unexpected text after a closing quote; expected a comma "
                                          "or the end of the line"));
            }
        }
      else
        {
          while (self->pos < self->size && strchr (",\r\n", self->data[self->pos]) == NULL)
            {
              c = self->data[self->pos];
              if (c == '"')
                {
                  g_string_free (field, TRUE);
                  return fail (self, error, _("a quote inside a field that does not start with one; "
                                              "quotes must be doubled inside a quoted field"));
                }
              g_string_append_c (field, c);
              self->pos++;
            }
        }

      g_ptr_array_add (self->fields, g_string_free (field, FALSE));

      if (self->pos >= self->size)
        break;
      c = self->data[self->pos];
      if (c == ',')
        {
          /* A record of a million empty fields (a file of commas) would
           * keep a string for each: records are bounded. */
          if (self->fields->len >= WF_CSV_MAX_FIELDS)
            {
              g_autofree char *message =
                /* Translators: %d is a count */
                g_strdup_printf (_("the record has more than %d fields, the limit; is this a CSV file?"),
                                 WF_CSV_MAX_FIELDS);

              return fail (self, error, message);
            }
          self->pos++;
          continue;
        }
      if (c == '\r')
        {
          self->pos++;
          if (self->pos < self->size && self->data[self->pos] == '\n')
            self->pos++;
        }
      else
        self->pos++;
      new_line (self);
      break;
    }

  *fields = self->fields;
  return TRUE;
}
