/* wf-io-util.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every number the application writes goes through wf_io_format_double: in
 * the C locale whatever the user's, and with the fewest digits that read
 * back as the same double, so files are readable, exact and reproducible.
 */
#define G_LOG_DOMAIN "wf-io-util"

#include "config.h"

#include <errno.h>
#include <float.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "wf-io-util.h"

/* The start of every message about a file, one translatable format for
 * each, so that a language can write "fichier : message". */
char *
wf_io_message_at (const char *name,
                  guint       line,
                  guint       column,
                  const char *message)
{
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);

  if (line > 0 && column > 0)
    /* Translators: a message about a file: the file's name, a line, a
     * column, then the message. Keep "name:line:column" as it is (programs
     * and editors read it); the colon before the message may take your
     * language's spacing, e.g. "%s:%u:%u : %s" with a no-break space in
     * French */
    return g_strdup_printf (C_("message about a file", "%s:%u:%u: %s"), name, line, column,
                            message);
  if (line > 0)
    /* Translators: a message about a file: the file's name, a line, then
     * the message. Keep "name:line" as it is; the colon before the message
     * may take your language's spacing, e.g. "%s:%u : %s" in French */
    return g_strdup_printf (C_("message about a file", "%s:%u: %s"), name, line, message);
  /* Translators: a message about a file: the file's name, then the
   * message, e.g. "world.foresight: the file is empty"; French writes
   * "%s : %s" with a no-break space */
  return g_strdup_printf (C_("message about a file", "%s: %s"), name, message);
}

/* Writes the shortest form that parses back to @value into @buf (of
 * WF_IO_DOUBLE_BUF_SIZE bytes) and returns it: the fewest significant
 * digits p for which "%.pg" reads back as the same double. For a normal
 * double, any decimal of at most 15 digits (DBL_DIG) survives the round
 * trip, so when %.15g reads back (%g drops trailing zeros) no shorter
 * form exists and only 16 and 17 are left to try; a subnormal double has
 * fewer digits of precision, so there every p from 1 is tried. Non-finite
 * values, which no valid document holds, come out as "nan", "inf", "-inf". */
const char *
wf_io_format_double (char   *buf,
                     double  value)
{
  static const char * const formats[] = {
    NULL, "%.1g", "%.2g", "%.3g", "%.4g", "%.5g", "%.6g", "%.7g", "%.8g", "%.9g",
    "%.10g", "%.11g", "%.12g", "%.13g", "%.14g", "%.15g", "%.16g", "%.17g",
  };
  int first = 15;

  if (isnan (value))
    return strcpy (buf, "nan");
  if (isinf (value))
    return strcpy (buf, value > 0 ? "inf" : "-inf");

  /* Whole numbers (counts, zeros, multipliers) print as integers. */
  if (fabs (value) < 1e15 && value == (double) (gint64) value)
    {
      g_snprintf (buf, WF_IO_DOUBLE_BUF_SIZE, "%" G_GINT64_FORMAT, (gint64) value);
      if (value == 0.0 && signbit (value))
        strcpy (buf, "-0");
      return buf;
    }

  if (value != 0.0 && fabs (value) < DBL_MIN)
    first = 1;
  else
    {
      /* Most results need 16 or 17 digits: try 16 first, then 15 if 16
       * reads back and 17 if not, two tries rather than three. */
      g_ascii_formatd (buf, WF_IO_DOUBLE_BUF_SIZE, formats[16], value);
      if (g_ascii_strtod (buf, NULL) != value)
        return g_ascii_formatd (buf, WF_IO_DOUBLE_BUF_SIZE, formats[17], value);
      g_ascii_formatd (buf, WF_IO_DOUBLE_BUF_SIZE, formats[15], value);
      if (g_ascii_strtod (buf, NULL) != value)
        g_ascii_formatd (buf, WF_IO_DOUBLE_BUF_SIZE, formats[16], value);
      return buf;
    }
  for (int p = first; p <= 17; p++)
    {
      g_ascii_formatd (buf, WF_IO_DOUBLE_BUF_SIZE, formats[p], value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }

  return buf;
}

void
wf_io_append_double (GString *out,
                     double   value)
{
  char buf[WF_IO_DOUBLE_BUF_SIZE];

  g_string_append (out, wf_io_format_double (buf, value));
}

/* Whether @text, from its first character, is a plain decimal number: an
 * optional minus sign, digits with at most one decimal point (at least one
 * digit), and an optional exponent of at most four digits. Hexadecimal
 * (0x10), "inf", "nan", a leading "+" and a bare "." are not numbers in a
 * data file; g_ascii_strtod would accept all of them. Returns the end. */
static const char *
scan_decimal (const char *text)
{
  const char *p = text;
  guint digits = 0;
  guint exponent_digits = 0;

  if (*p == '-')
    p++;
  while (g_ascii_isdigit (*p))
    p++, digits++;
  if (*p == '.')
    {
      p++;
      while (g_ascii_isdigit (*p))
        p++, digits++;
    }
  if (digits == 0)
    return NULL;
  if (*p == 'e' || *p == 'E')
    {
      p++;
      if (*p == '-' || *p == '+')
        p++;
      while (g_ascii_isdigit (*p))
        p++, exponent_digits++;
      if (exponent_digits == 0 || exponent_digits > 4)
        return NULL;
    }
  return p;
}

/* Parses a whole string as a finite decimal number in the C locale
 * (scan_decimal); surrounding white space is allowed, anything else is
 * not. */
gboolean
wf_io_parse_double (const char *text,
                    double     *out)
{
  const char *number_end;
  char *end = NULL;
  double value;

  if (text == NULL)
    return FALSE;
  while (g_ascii_isspace (*text))
    text++;
  if (*text == '\0')
    return FALSE;

  number_end = scan_decimal (text);
  if (number_end == NULL)
    return FALSE;

  errno = 0;
  value = g_ascii_strtod (text, &end);
  if (end != number_end || errno == ERANGE)
    return FALSE;
  while (g_ascii_isspace (*end))
    end++;
  if (*end != '\0' || !isfinite (value))
    return FALSE;

  *out = value;
  return TRUE;
}

/* Characters XML 1.0 allows: tab, newline, carriage return, and from space
 * up, except the surrogates and U+FFFE, U+FFFF. */
static gboolean
is_xml_char (gunichar c)
{
  return c == 0x9 || c == 0xA || c == 0xD ||
         (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

/* Escapes @text for XML. In attributes, tabs and line breaks become
 * character references, since a parser would turn them into spaces; a
 * carriage return is escaped everywhere so that it survives line-end
 * normalisation. Characters XML cannot hold become U+FFFD. */
void
wf_io_append_xml (GString    *out,
                  const char *text,
                  gboolean    in_attribute)
{
  g_autofree char *valid = NULL;

  if (text == NULL)
    return;
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case '&':
          g_string_append (out, "&amp;");
          break;
        case '<':
          g_string_append (out, "&lt;");
          break;
        case '>':
          g_string_append (out, "&gt;");
          break;
        case '"':
          g_string_append (out, in_attribute ? "&quot;" : "\"");
          break;
        case '\r':
          g_string_append (out, "&#13;");
          break;
        case '\n':
          g_string_append (out, in_attribute ? "&#10;" : "\n");
          break;
        case '\t':
          g_string_append (out, in_attribute ? "&#9;" : "\t");
          break;
        default:
          if (is_xml_char (c))
            g_string_append_len (out, p, g_utf8_next_char (p) - p);
          else
            g_string_append_unichar (out, 0xFFFD);
          break;
        }
    }
}

/* One CSV field (RFC 4180): quoted when it holds a comma, a quote or a
 * line break, or starts or ends with a space. */
void
wf_io_append_csv (GString    *out,
                  const char *text)
{
  gsize len;

  if (text == NULL)
    return;

  len = strlen (text);
  if (strpbrk (text, ",\"\r\n") == NULL &&
      (len == 0 || (text[0] != ' ' && text[len - 1] != ' ')))
    {
      g_string_append (out, text);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* A JSON string with its quotes (RFC 8259). */
void
wf_io_append_json (GString    *out,
                   const char *text)
{
  g_autofree char *valid = NULL;

  g_string_append_c (out, '"');
  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  for (const char *p = text ? text : ""; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        case '\b':
          g_string_append (out, "\\b");
          break;
        case '\f':
          g_string_append (out, "\\f");
          break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
          break;
        }
    }
  g_string_append_c (out, '"');
}

/* Stops a save before the rename when @cancellable was cancelled. */
static gboolean
check_cancelled (gpointer   user_data,
                 GError   **error)
{
  return !g_cancellable_set_error_if_cancelled (user_data, error);
}

/**
 * wf_io_write_file_atomic:
 * @file: the file to write; a local file
 * @data: (array length=size): the contents
 * @size: the number of bytes in @data
 * @flags: %WF_ATOMIC_FILE_BACKUP to keep the previous file as “FILE~”,
 *   %WF_ATOMIC_FILE_ALLOW_SPECIAL to write to /dev/null or a pipe
 * @cancellable: (nullable): stops the save before the target is replaced
 * @error: return location for a #G_FILE_ERROR (%G_IO_ERROR_CANCELLED when
 *   cancelled, %G_IO_ERROR_NOT_SUPPORTED for a file that is not local)
 *
 * Writes every file the project writes: see wf_atomic_file_write () for
 * what happens on each failure (in short: the target and its backup stay
 * as they were, and no temporary file is left).
 *
 * Returns: %TRUE when @file holds @data
 */
gboolean
wf_io_write_file_atomic (GFile              *file,
                         const void         *data,
                         gsize               size,
                         WfAtomicFileFlags   flags,
                         GCancellable       *cancellable,
                         GError            **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   /* Translators: %s is a location such as an http:// address */
                   _("Could not save “%s”: only files on this computer can be saved"), name);
      return FALSE;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  return wf_atomic_file_write (path, data, size, flags,
                               cancellable != NULL ? check_cancelled : NULL, cancellable, error);
}

/**
 * wf_io_write_bytes_atomic:
 *
 * wf_io_write_file_atomic () for a #GBytes.
 *
 * Returns: %TRUE when @file holds @bytes
 */
gboolean
wf_io_write_bytes_atomic (GFile              *file,
                          GBytes             *bytes,
                          WfAtomicFileFlags   flags,
                          GCancellable       *cancellable,
                          GError            **error)
{
  gsize size = 0;
  const void *data;

  g_return_val_if_fail (bytes != NULL, FALSE);

  data = g_bytes_get_data (bytes, &size);
  return wf_io_write_file_atomic (file, data, size, flags, cancellable, error);
}

typedef struct
{
  GBytes            *bytes;
  WfAtomicFileFlags  flags;
} WriteData;

static void
write_data_free (gpointer data)
{
  WriteData *write = data;

  g_bytes_unref (write->bytes);
  g_free (write);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteData *write = task_data;
  GError *error = NULL;

  if (wf_io_write_bytes_atomic (source_object, write->bytes, write->flags, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * wf_io_write_bytes_atomic_async:
 *
 * wf_io_write_bytes_atomic () in a thread, for the application's main loop.
 * Cancelling before the rename leaves everything as it was and ends with
 * %G_IO_ERROR_CANCELLED.
 */
void
wf_io_write_bytes_atomic_async (GFile               *file,
                                GBytes              *bytes,
                                WfAtomicFileFlags    flags,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  WriteData *write;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (bytes != NULL);

  task = g_task_new (file, cancellable, callback, user_data);
  g_task_set_source_tag (task, wf_io_write_bytes_atomic_async);
  write = g_new0 (WriteData, 1);
  write->bytes = g_bytes_ref (bytes);
  write->flags = flags;
  g_task_set_task_data (task, write, write_data_free);
  g_task_run_in_thread (task, write_thread);
}

gboolean
wf_io_write_bytes_atomic_finish (GFile         *file,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, file), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
