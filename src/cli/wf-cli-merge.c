/* wf-cli-merge.c: workforce-foresight-cli merge
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first file's document receives the scenarios of the others
 * (docs/workshop.md). A refused file is named on standard error with the
 * reason; the rest are merged and written, and the exit status is then 1.
 */
#define G_LOG_DOMAIN "wf-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "wf-cli.h"
#include "wf-cli-common.h"
#include "wf-io.h"

int
wf_cli_merge (int    argc,
              char **argv)
{
  g_autofree char *output = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(WfDocument) document = NULL;
  g_autoptr(WfMerge) merge = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Where to write the merged file (“-” for standard output)"), N_("FILE") },
    { NULL }
  };
  GPtrArray *refusals, *warnings;
  const char *data;
  gsize size = 0;
  guint added;
  int status;

  /* Translators: the arguments of "merge" */
  context = g_option_context_new (_("FILE FILE…"));
  g_option_context_set_summary (context,
                                _("Add the scenarios of participants’ files to the first file’s: "
                                  "files with other data, broken or newer files are refused and "
                                  "named, the others are still added."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = wf_cli_parse_options (context, &argc, &argv);
  if (status != WF_CLI_EXIT_OK)
    return status;

  if (argc < 3)
    {
      wf_cli_usage_message ("merge", _("give the file that receives, then at least one file to add"));
      return WF_CLI_EXIT_USAGE;
    }
  if (output == NULL)
    {
      wf_cli_usage_message ("merge", _("no output file given; use -o FILE"));
      return WF_CLI_EXIT_USAGE;
    }

  document = wf_cli_load_document (argv[1], &error);
  if (document == NULL)
    {
      wf_cli_print_error (error);
      return WF_CLI_EXIT_BAD_INPUT;
    }

  for (int i = 2; i < argc; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (argv[i]));
  added = wf_document_merge_files (document, (GFile *const *) files->pdata, files->len, &merge, &error);
  if (merge == NULL)
    {
      wf_cli_print_error (error);
      return WF_CLI_EXIT_BAD_INPUT;
    }

  warnings = wf_merge_get_warnings (merge);
  for (guint i = 0; i < warnings->len; i++)
    /* Translators: %s is a warning that names the file and line */
    g_printerr (_("warning: %s\n"), (const char *) g_ptr_array_index (warnings, i));
  refusals = wf_merge_get_refusals (merge);
  for (guint i = 0; i < refusals->len; i++)
    {
      const WfMergeRefusal *refusal = g_ptr_array_index (refusals, i);

      /* Translators: %s is why a file was not merged; it names the file */
      g_printerr (_("not merged: %s\n"), refusal->error->message);
    }

  if (added > 0)
    {
      g_free (document->metadata.modified);
      document->metadata.modified = wf_cli_now_iso8601 ();
      g_free (document->metadata.application);
      document->metadata.application = g_strdup (PACKAGE_NAME " " PACKAGE_VERSION);
    }
  bytes = wf_document_to_bytes (document, &error);
  data = bytes ? g_bytes_get_data (bytes, &size) : NULL;
  if (bytes == NULL || !wf_cli_write_file (output, data, size, TRUE, &error))
    {
      wf_cli_print_error (error);
      return WF_CLI_EXIT_BAD_INPUT;
    }

  g_printerr (g_dngettext (GETTEXT_PACKAGE,
                           /* Translators: scenarios added, files read, files given, files refused */
                           "%u scenario added from %u of %u files (%u refused)\n",
                           "%u scenarios added from %u of %u files (%u refused)\n", added),
              added, wf_merge_get_n_files_read (merge), files->len, refusals->len);

  return refusals->len > 0 ? WF_CLI_EXIT_BAD_INPUT : WF_CLI_EXIT_OK;
}
