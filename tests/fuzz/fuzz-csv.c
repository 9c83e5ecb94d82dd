/* fuzz-csv.c: the CSV reader on any bytes
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads every record. The reader must end, with records or with an error
 * of its own domain naming the file and where; never crash, read out of
 * bounds or leak. Its guarantees, checked on every record: at least one and
 * at most WF_CSV_MAX_FIELDS fields, each valid UTF-8 without a character
 * XML cannot hold (it refuses other input: a value must survive a save),
 * line numbers that never go back, and no more records than lines.
 */
#include <string.h>

#include "fuzz-common.h"
#include "wf-io.h"

#define DISPLAY_NAME "fuzz.csv"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(WfCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *fields = NULL;
  guint last_line = 0;
  gsize n_records = 0;
  gsize n_newlines = 0;

  fuzz_setup ();

  for (size_t i = 0; i < size; i++)
    if (data[i] == '\n' || data[i] == '\r')
      n_newlines++;

  bytes = g_bytes_new (data, size);
  reader = wf_csv_reader_new (bytes, DISPLAY_NAME);

  while (wf_csv_reader_next (reader, &fields, &error))
    {
      guint line = wf_csv_reader_get_line (reader);

      n_records++;
      if (fields == NULL || fields->len == 0 || fields->len > WF_CSV_MAX_FIELDS)
        fuzz_violation ("record %" G_GSIZE_FORMAT ": %u fields", n_records,
                        fields != NULL ? fields->len : 0);
      for (guint i = 0; i < fields->len; i++)
        {
          const char *field = g_ptr_array_index (fields, i);

          if (field == NULL || !g_utf8_validate (field, -1, NULL))
            fuzz_violation ("record %" G_GSIZE_FORMAT ", field %u: not UTF-8", n_records, i);
          for (const char *p = field; *p != '\0'; p = g_utf8_next_char (p))
            {
              gunichar c = g_utf8_get_char (p);

              if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF)
                fuzz_violation ("record %" G_GSIZE_FORMAT ", field %u: holds U+%04X", n_records, i, c);
            }
        }
      if (line < last_line || line == 0)
        fuzz_violation ("record %" G_GSIZE_FORMAT ": line %u after line %u",
                        n_records, line, last_line);
      last_line = line;
      if (n_records > n_newlines + 1)
        fuzz_violation ("%" G_GSIZE_FORMAT " records from %" G_GSIZE_FORMAT " line breaks",
                        n_records, n_newlines);
    }

  if (error != NULL)
    {
      if (!g_error_matches (error, WF_IO_ERROR, WF_IO_ERROR_CSV))
        fuzz_violation ("an error of another domain or code: %s", error->message);
      if (!g_str_has_prefix (error->message, DISPLAY_NAME ":"))
        fuzz_violation ("the error does not name the file: %s", error->message);
    }

  fuzz_note ("%" G_GSIZE_FORMAT " records, %s", n_records, error != NULL ? error->message : "no error");
  return 0;
}
