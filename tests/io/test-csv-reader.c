/* test-csv-reader.c: the RFC 4180 reader
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "wf-io.h"

typedef struct
{
  const char *name;
  const char *input;
  const char *records;   /* records joined by "\n", fields by "|" */
  const char *error;     /* NULL or a substring of the error */
} CsvCase;

static const CsvCase cases[] = {
  { "simple", "a,b,c\n1,2,3\n", "a|b|c\n1|2|3", NULL },
  { "crlf-bom", "\xEF\xBB\xBF" "a,b\r\n1,2\r\n", "a|b\n1|2", NULL },
  { "no-final-newline", "a,b\n1,2", "a|b\n1|2", NULL },
  { "empty-fields", "a,,c\n,,\n", "a||c\n||", NULL },
  { "quoted", "\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n", "x, y|say \"hi\"|two\nlines", NULL },
  { "blank-lines", "a\n\n\r\nb\n", "a\nb", NULL },
  { "unterminated", "a,b\n\"open,c\n", NULL, "test.csv:3:1: the quoted field that starts on line 2" },
  { "stray-quote", "a,b\nx\"y,z\n", NULL, "test.csv:2:2:" },
  { "after-quote", "\"a\"b,c\n", NULL, "test.csv:1:4:" },
  { "bad-utf8", "a,b\nc,\xff\n", NULL, "test.csv:2:3: the file is not valid UTF-8" },
  /* Found by fuzz-ilostat: a value the document could not keep. */
  { "control-character", "a,b\n\"c\nd\",e\x12\n", NULL,
    "test.csv:3:5: the file holds the character U+0012" },
  { "non-character", "a,\xEF\xBF\xBF\n", NULL, "test.csv:1:3: the file holds the character U+FFFF" },
  { "tab-is-text", "a\tb,c\n", "a\tb|c", NULL },
};

static void
test_case (gconstpointer data)
{
  const CsvCase *c = data;
  g_autoptr(GBytes) bytes = g_bytes_new (c->input, strlen (c->input));
  g_autoptr(WfCsvReader) reader = wf_csv_reader_new (bytes, "test.csv");
  g_autoptr(GString) got = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  GPtrArray *fields;

  while (wf_csv_reader_next (reader, &fields, &error))
    {
      if (got->len > 0)
        g_string_append_c (got, '\n');
      for (guint i = 0; i < fields->len; i++)
        g_string_append_printf (got, "%s%s", i ? "|" : "", (const char *) g_ptr_array_index (fields, i));
    }

  if (c->error != NULL)
    {
      g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_CSV);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, c->error));
    }
  else
    {
      g_assert_no_error (error);
      g_assert_cmpstr (got->str, ==, c->records);
    }
}

static void
test_line_numbers (void)
{
  const char *input = "h1,h2\n\"multi\nline\",x\nnext,y\n";
  g_autoptr(GBytes) bytes = g_bytes_new (input, strlen (input));
  g_autoptr(WfCsvReader) reader = wf_csv_reader_new (bytes, "test.csv");
  GPtrArray *fields;
  guint lines[3];

  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (wf_csv_reader_next (reader, &fields, NULL));
      lines[i] = wf_csv_reader_get_line (reader);
    }
  g_assert_false (wf_csv_reader_next (reader, &fields, NULL));
  g_assert_cmpuint (lines[0], ==, 1);
  g_assert_cmpuint (lines[1], ==, 2);
  g_assert_cmpuint (lines[2], ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/io/csv-reader/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/io/csv-reader/line-numbers", test_line_numbers);

  return g_test_run ();
}
