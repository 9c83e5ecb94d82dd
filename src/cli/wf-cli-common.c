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

#include <errno.h>
#include <glib/gi18n.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "wf-cli.h"
#include "wf-cli-common.h"
#include "wf-io.h"
#include "wf-io-util.h"

static char *command_line;

static void
record_command_line (int    argc,
                     char **argv)
{
  GString *line = g_string_new (WF_CLI_PROGRAM);

  for (int i = 0; i < argc; i++)
    {
      g_autofree char *quoted = NULL;
      const char *arg = argv[i];

      /* Quoted only where a shell would need it, so it reads as typed. */
      if (*arg == '\0' || strpbrk (arg, " \t\n'\"\\$`*?[]{}()<>|&;#~") != NULL)
        arg = quoted = g_shell_quote (arg);
      g_string_append_c (line, ' ');
      g_string_append (line, arg);
    }
  g_free (command_line);
  command_line = g_string_free (line, FALSE);
}

const char *
wf_cli_get_command_line (void)
{
  return command_line;
}

/* Returns WF_CLI_EXIT_OK, or WF_CLI_EXIT_USAGE after saying what was wrong. */
int
wf_cli_parse_options (GOptionContext   *context,
                      int              *argc,
                      char           ***argv)
{
  g_autoptr(GError) error = NULL;

  record_command_line (*argc, *argv);

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      wf_cli_usage_message ((*argv)[0], error->message);
      return WF_CLI_EXIT_USAGE;
    }

  return WF_CLI_EXIT_OK;
}

void
wf_cli_print_message (const char *command,
                      const char *file,
                      const char *message)
{
  if (command != NULL && file != NULL)
    /* Translators: a message of the command-line program: its name (never
     * translated), a command such as "brief", a file name, then the
     * message; French writes "%s %s : %s : %s\n" with no-break spaces */
    g_printerr (C_("command-line message", "%s %s: %s: %s\n"), WF_CLI_PROGRAM, command, file,
                message);
  else if (command != NULL)
    /* Translators: a message of the command-line program: its name (never
     * translated), a command such as "brief", then the message; French
     * writes "%s %s : %s\n" with a no-break space */
    g_printerr (C_("command-line message", "%s %s: %s\n"), WF_CLI_PROGRAM, command, message);
  else if (file != NULL)
    /* Translators: a message of the command-line program: its name (never
     * translated), a file name, then the message; French writes
     * "%s : %s : %s\n" with no-break spaces */
    g_printerr (C_("command-line message", "%s: %s: %s\n"), WF_CLI_PROGRAM, file, message);
  else
    /* Translators: a message of the command-line program: its name (never
     * translated), then the message; French writes "%s : %s\n" with a
     * no-break space */
    g_printerr (C_("command-line message", "%s: %s\n"), WF_CLI_PROGRAM, message);
}

void
wf_cli_print_error (const GError *error)
{
  wf_cli_print_message (NULL, NULL, error->message);
}

void
wf_cli_usage_message (const char *command,
                      const char *message)
{
  g_autofree char *help = g_strdup_printf ("%s %s --help", WF_CLI_PROGRAM, command);

  wf_cli_print_message (command, NULL, message);
  /* Translators: %s is a command to run; keep it as it is */
  g_printerr (_("Run “%s” for usage."), help);
  g_printerr ("\n");
}

/* FILE arguments are local paths or “-”: a URI (http://…) would make GIO
 * fetch over the network, with GVfs, so it is refused; a file: URI is
 * taken as the path it names. Returns the path, or NULL with @error. */
static char *
local_path_for_arg (const char  *arg,
                    GError     **error)
{
  const char *scheme = g_uri_peek_scheme (arg);

  if (scheme == NULL)
    return g_strdup (arg);
  if (g_str_equal (scheme, "file"))
    {
      char *path = g_filename_from_uri (arg, NULL, NULL);

      if (path != NULL)
        return path;
    }
  g_set_error (error, WF_IO_ERROR, WF_IO_ERROR_IO,
               /* Translators: %s is what the user gave as a file */
               _("%s: a URI; expected the path of a local file, or “-” for standard input"),
               arg);
  return NULL;
}

/* Standard input, read to its end but no further than a .foresight file
 * may be long. */
static GBytes *
read_standard_input (GError **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  guint8 buffer[65536];

  for (;;)
    {
      gssize n = read (STDIN_FILENO, buffer, sizeof buffer);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          g_set_error (error, WF_IO_ERROR, WF_IO_ERROR_IO,
                       /* Translators: the system's explanation */
                       _("standard input: could not read: %s"), g_strerror (errno));
          return NULL;
        }
      if (n == 0)
        break;
      if (data->len + (gsize) n > WF_DOCUMENT_MAX_SIZE)
        {
          g_set_error (error, WF_IO_ERROR, WF_IO_ERROR_TOO_LARGE,
                       /* Translators: %d is a size in MiB */
                       _("standard input: larger than %d MiB, the limit for a .foresight file"),
                       WF_DOCUMENT_MAX_SIZE / (1024 * 1024));
          return NULL;
        }
      g_byte_array_append (data, buffer, (guint) n);
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/* Loads @path (a local file, or “-” for standard input), or the bundled
 * world document when @path is NULL, printing the loader's warnings on
 * standard error. */
WfDocument *
wf_cli_load_document (const char  *path,
                      GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autofree char *local = NULL;
  WfDocument *document;

  if (path == NULL)
    return wf_document_new_default ();

  if (g_str_equal (path, "-"))
    {
      g_autoptr(GBytes) bytes = read_standard_input (error);

      if (bytes == NULL)
        return NULL;
      /* Translators: the name of standard input in messages */
      document = wf_document_load_bytes_full (bytes, _("standard input"), &warnings, error);
    }
  else
    {
      local = local_path_for_arg (path, error);
      if (local == NULL)
        return NULL;
      file = g_file_new_for_path (local);
      document = wf_document_load_file_full (file, &warnings, error);
    }
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    /* Translators: %s is a warning that names the file and line */
    g_printerr (_("warning: %s\n"), (const char *) g_ptr_array_index (warnings, i));

  return document;
}

/* Refuses to write a document over one that a newer version made: a save
 * would drop what this version does not know. A target that does not
 * load is another matter (the backup keeps it). */
static gboolean
check_not_newer (GFile   *file,
                 GError **error)
{
  g_autoptr(WfDocument) existing = NULL;
  g_autofree char *name = NULL;

  if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_REGULAR)
    return TRUE;
  existing = wf_document_load_file_full (file, NULL, NULL);
  if (existing == NULL || existing->read_only_reason == NULL)
    return TRUE;

  name = g_file_get_parse_name (file);
  g_set_error (error, WF_IO_ERROR, WF_IO_ERROR_VERSION,
               /* Translators: a file name, then why it must not be replaced */
               _("Not replacing “%s”: %s; write to another file"), name,
               existing->read_only_reason);
  return FALSE;
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
  g_autofree char *local = NULL;
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

  local = local_path_for_arg (path, error);
  if (local == NULL)
    return FALSE;
  file = g_file_new_for_path (local);
  if (backup)
    {
      /* A document (with a backup): not over a newer version's file. */
      flags |= WF_ATOMIC_FILE_BACKUP;
      if (!check_not_newer (file, error))
        return FALSE;
    }
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

/* How many threads to use for -j @requested: at most the processors there
 * are (-j 100000 must not start 100,000 threads), saying so when it is
 * fewer than asked; 0 stays 0 (the default: every processor). */
guint
wf_cli_cap_threads (guint requested)
{
  guint processors = MAX (g_get_num_processors (), 1);
  g_autofree char *message = NULL;

  if (requested <= processors)
    return requested;

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: the threads asked for, the processors
                                          * there are and the threads used (the same number) */
                                         "-j %u is more threads than the %u processor; using %u",
                                         "-j %u is more threads than the %u processors; using %u",
                                         processors),
                             requested, processors, processors);
  wf_cli_print_message (NULL, NULL, message);
  return processors;
}

static void
interrupted (int signum)
{
  /* Only async-signal-safe calls: unlink () the temporary files of a
   * write under way (the target is replaced only by the final rename, so
   * it is whole, old or new), then die of the signal as if not caught. */
  wf_atomic_file_remove_pending ();
  signal (signum, SIG_DFL);
  raise (signum);
}

/* On SIGINT and SIGTERM, leaves no temporary file behind and no partial
 * output: see interrupted (). */
void
wf_cli_catch_signals (void)
{
  struct sigaction action = { 0, };

  action.sa_handler = interrupted;
  sigemptyset (&action.sa_mask);
  sigaction (SIGINT, &action, NULL);
  sigaction (SIGTERM, &action, NULL);
}

/**
 * wf_cli_read_input:
 * @path: a file, or "-" for standard input
 * @max_size: what is refused as too large
 *
 * Returns: (transfer full): the bytes, or %NULL with @error set
 */
GBytes *
wf_cli_read_input (const char  *path,
                   gsize        max_size,
                   GError     **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  guint8 buffer[64 * 1024];
  size_t n;

  if (g_strcmp0 (path, "-") != 0)
    {
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (!g_file_get_contents (path, &contents, &length, error))
        return NULL;
      return g_bytes_new_take (g_steal_pointer (&contents), length);
    }

  while ((n = fread (buffer, 1, sizeof buffer, stdin)) > 0)
    {
      if (data->len + n > max_size)
        {
          g_autofree char *size = g_format_size (max_size);

          g_set_error (error, WF_IO_ERROR, WF_IO_ERROR_TOO_LARGE,
                       /* Translators: %s is a size such as “16.8 MB” */
                       _("standard input: more than %s, which is the largest input read"),
                       size);
          return NULL;
        }
      g_byte_array_append (data, buffer, (guint) n);
    }
  if (ferror (stdin))
    {
      int err = errno;

      g_set_error (error, WF_IO_ERROR, WF_IO_ERROR_IO,
                   /* Translators: %s says why, e.g. “Input/output error” */
                   _("Could not read standard input: %s"), g_strerror (err));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

typedef struct
{
  WfExportFormat    format;
  const WfTidyMeta *meta;
  WfCliTidyFill     fill;
  gpointer          fill_data;
} TidyJob;

static gboolean
tidy_produce_cb (WfAtomicFileWriteFunc   write,
                 gpointer                target,
                 gpointer                user_data,
                 GError                **error)
{
  TidyJob *job = user_data;
  g_autoptr(WfTidyWriter) writer = wf_tidy_writer_new (job->format, WF_TIDY_NONE, job->meta,
                                                       write, target);

  return job->fill (writer, job->fill_data, error) && wf_tidy_writer_finish (writer, error);
}

static gboolean
stdout_write_cb (gpointer     target,
                 const void  *data,
                 gsize        size,
                 GError     **error)
{
  if (fwrite (data, 1, size, stdout) != size)
    {
      g_set_error_literal (error, WF_IO_ERROR, WF_IO_ERROR_IO,
                           _("Could not write to standard output"));
      return FALSE;
    }
  return TRUE;
}

gboolean
wf_cli_write_tidy (const char        *path,
                   WfExportFormat     format,
                   const WfTidyMeta  *meta,
                   WfCliTidyFill      fill,
                   gpointer           fill_data,
                   GError           **error)
{
  TidyJob job = { format, meta, fill, fill_data };

  if (g_strcmp0 (path, "-") == 0)
    {
      if (!tidy_produce_cb (stdout_write_cb, NULL, &job, error))
        return FALSE;
      if (fflush (stdout) != 0)
        {
          g_set_error_literal (error, WF_IO_ERROR, WF_IO_ERROR_IO,
                               _("Could not write to standard output"));
          return FALSE;
        }
      return TRUE;
    }

  return wf_atomic_file_write_stream (path, WF_ATOMIC_FILE_ALLOW_SPECIAL, tidy_produce_cb, &job,
                                      error);
}

char *
wf_cli_join_choices (const char * const *choices)
{
  return g_strjoinv (", ", (char **) choices);
}

void
wf_cli_bad_choice (const char *command,
                   const char *message)
{
  wf_cli_usage_message (command, message);
}

static gboolean
same_name (const char *a,
           const char *b)
{
  g_autofree char *fa = NULL;
  g_autofree char *fb = NULL;

  if (a == NULL || b == NULL)
    return FALSE;
  fa = g_utf8_casefold (a, -1);
  fb = g_utf8_casefold (b, -1);
  return g_str_equal (fa, fb);
}

/* Whether @arg is one of the names of preset @preset_id, in English or in
 * the user's language. */
static gboolean
is_preset_name (const char *preset_id,
                const char *arg)
{
  WfPreset preset;

  if (!wf_preset_from_id (preset_id, &preset))
    return FALSE;
  return same_name (arg, wf_preset_get_english_name (preset)) ||
         same_name (arg, wf_preset_get_name (preset));
}

int
wf_cli_find_scenario (const WfDocument *document,
                      const char       *arg)
{
  guint n = document->scenarios->len;
  WfPreset wanted;

  g_return_val_if_fail (arg != NULL, -1);

  /* An id first: it is exact and never depends on the language. */
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (((WfScenario *) g_ptr_array_index (document->scenarios, i))->id, arg) == 0)
      return (int) i;
  for (guint i = 0; i < n; i++)
    {
      const WfScenario *scenario = g_ptr_array_index (document->scenarios, i);

      if (same_name (scenario->name, arg) || same_name (wf_scenario_get_display_name (scenario), arg) ||
          is_preset_name (scenario->id, arg))
        return (int) i;
    }
  /* A preset's id for a scenario with another id of the same preset:
   * "current-trends" finds the "baseline" of a file of the previous
   * release, and "baseline" the "current-trends" of a new one. */
  if (wf_preset_from_id (arg, &wanted))
    for (guint i = 0; i < n; i++)
      {
        const WfScenario *scenario = g_ptr_array_index (document->scenarios, i);
        WfPreset preset;

        if (wf_preset_from_id (scenario->id, &preset) && preset == wanted)
          return (int) i;
      }
  /* A preset's id or name, for a scenario whose id is not the preset's
   * (a file written before ids) but whose name is one of the preset's. */
  for (guint p = 0; p < WF_N_PRESETS; p++)
    {
      const char *id = wf_preset_get_id (p);

      if (!(wf_preset_from_id (arg, &wanted) && wanted == p) && !is_preset_name (id, arg))
        continue;
      for (guint i = 0; i < n; i++)
        if (is_preset_name (id, ((WfScenario *) g_ptr_array_index (document->scenarios, i))->name))
          return (int) i;
    }
  return -1;
}

void
wf_cli_unknown_scenario (const WfDocument *document,
                         const char       *display_name,
                         const char       *arg)
{
  g_autoptr(GString) list = g_string_new (NULL);
  g_autofree char *message = NULL;

  for (guint i = 0; i < document->scenarios->len; i++)
    {
      const WfScenario *scenario = g_ptr_array_index (document->scenarios, i);

      if (i > 0)
        g_string_append (list, ", ");
      /* Translators: one scenario in a list of them: its id (never
       * translated), then its name in quotes, e.g. current-trends (“Current
       * trends”); use your language's quotes */
      g_string_append_printf (list, _("%s (“%s”)"), scenario->id,
                              wf_scenario_get_display_name (scenario));
    }
  /* Translators: what the user gave as a scenario, then the list of the
   * file's scenario ids and names */
  message = g_strdup_printf (_("no scenario “%s”; expected one of: %s"), arg, list->str);
  wf_cli_print_message (NULL, display_name, message);
}
