/* wf-cli-common.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Option parsing, error reporting, loading and writing for the
 * subcommands, so that they all behave the same way.
 */
#define G_LOG_DOMAIN "wf-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "wf-cli.h"
#include "wf-cli-common.h"
#include "wf-io.h"
#include "wf-io-util.h"

/* Returns WF_CLI_EXIT_OK, or WF_CLI_EXIT_USAGE after saying what was wrong. */
int
wf_cli_parse_options (GOptionContext   *context,
                      int              *argc,
                      char           ***argv)
{
  g_autoptr(GError) error = NULL;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      wf_cli_usage_message ((*argv)[0], error->message);
      return WF_CLI_EXIT_USAGE;
    }

  return WF_CLI_EXIT_OK;
}

void
wf_cli_print_error (const GError *error)
{
  g_printerr ("workforce-foresight-cli: %s\n", error->message);
}

void
wf_cli_usage_message (const char *command,
                      const char *message)
{
  g_printerr ("workforce-foresight-cli %s: %s\n", command, message);
  /* Translators: %s is a command name, such as "project" */
  g_printerr (_("Run “workforce-foresight-cli %s --help” for usage."), command);
  g_printerr ("\n");
}

/* Loads @path, or the bundled world document when @path is NULL, printing
 * the loader's warnings on standard error. */
WfDocument *
wf_cli_load_document (const char  *path,
                      GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  WfDocument *document;

  if (path == NULL)
    return wf_document_new_default ();

  file = g_file_new_for_commandline_arg (path);
  document = wf_document_load_file_full (file, &warnings, error);
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    /* Translators: %s is a warning that names the file and line */
    g_printerr (_("warning: %s\n"), (const char *) g_ptr_array_index (warnings, i));

  return document;
}

/* Writes to @path, or to standard output when @path is "-". A file is
 * replaced atomically (wf_io_write_file_atomic): on any failure it is left
 * as it was and no temporary file remains; with @backup the previous file
 * is kept as “FILE~”. What exists and is not a regular file (/dev/null, a
 * pipe) is written to directly. */
gboolean
wf_cli_write_file (const char  *path,
                   const char  *data,
                   gsize        size,
                   gboolean     backup,
                   GError     **error)
{
  g_autoptr(GFile) file = NULL;
  WfAtomicFileFlags flags = WF_ATOMIC_FILE_ALLOW_SPECIAL;

  if (g_strcmp0 (path, "-") == 0)
    {
      if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0)
        {
          g_set_error_literal (error, WF_IO_ERROR, WF_IO_ERROR_IO,
                               _("Could not write to standard output"));
          return FALSE;
        }
      return TRUE;
    }

  if (backup)
    flags |= WF_ATOMIC_FILE_BACKUP;
  file = g_file_new_for_commandline_arg (path);
  return wf_io_write_file_atomic (file, data, size, flags, NULL, error);
}

gboolean
wf_cli_write_output (const char  *path,
                     const char  *data,
                     gsize        size,
                     GError     **error)
{
  return wf_cli_write_file (path, data, size, FALSE, error);
}

/* The time to record in a new file: SOURCE_DATE_EPOCH when set, so that
 * builds (data/world-2023.foresight) are reproducible, else now. */
char *
wf_cli_now_iso8601 (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  g_autoptr(GDateTime) now = NULL;
  guint64 seconds = 0;

  if (epoch != NULL && g_ascii_string_to_unsigned (epoch, 10, 0, G_MAXINT64, &seconds, NULL))
    now = g_date_time_new_from_unix_utc ((gint64) seconds);
  else
    {
      g_autoptr(GDateTime) precise = g_date_time_new_now_utc ();

      now = g_date_time_new_from_unix_utc (g_date_time_to_unix (precise));
    }

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}
