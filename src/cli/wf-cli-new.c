/* wf-cli-new.c: workforce-foresight-cli new
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "wf-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "wf-cli.h"
#include "wf-cli-common.h"
#include "wf-io.h"

int
wf_cli_new (int    argc,
            char **argv)
{
  g_autofree char *dataset_id = NULL;
  g_autofree char *output = NULL;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(WfDocument) document = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const GOptionEntry entries[] = {
    { "dataset", 0, 0, G_OPTION_ARG_STRING, &dataset_id,
      N_("The bundled dataset to start from (see “list datasets”)"), N_("ID") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Where to write the new file (“-” for standard output)"), N_("FILE") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("The file’s title"), N_("TEXT") },
    { "author", 0, 0, G_OPTION_ARG_STRING, &author, N_("The file’s author"), N_("NAME") },
    { NULL }
  };
  int status;
  gsize size = 0;
  const char *data;

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                _("Create a scenario file with the bundled world dataset and the "
                                  "preset scenarios, the baseline first."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = wf_cli_parse_options (context, &argc, &argv);
  if (status != WF_CLI_EXIT_OK)
    return status;

  if (argc > 1)
    {
      /* Translators: %s is an argument the user gave */
      g_autofree char *message = g_strdup_printf (_("unexpected argument “%s”"), argv[1]);

      wf_cli_usage_message ("new", message);
      return WF_CLI_EXIT_USAGE;
    }
  if (output == NULL)
    {
      wf_cli_usage_message ("new", _("no output file given; use -o FILE"));
      return WF_CLI_EXIT_USAGE;
    }

  document = wf_document_new_default ();
  if (dataset_id != NULL && g_strcmp0 (dataset_id, document->dataset->id) != 0)
    {
      /* Translators: the dataset the user asked for, then the one there is */
      g_autofree char *message = g_strdup_printf (_("unknown dataset “%s”; the bundled one is “%s”"),
                                                  dataset_id, document->dataset->id);

      wf_cli_usage_message ("new", message);
      return WF_CLI_EXIT_USAGE;
    }

  /* The file is for everyone: the presets' names and descriptions in it
   * are the English ones whatever the language (wf_scenario_new_preset ()),
   * shown in the reader's language by wf_scenario_get_display_name (). */
  document->metadata.title = g_strdup (title ? title : document->dataset->title);
  document->metadata.author = g_strdup (author);
  document->metadata.created = wf_cli_now_iso8601 ();
  document->metadata.modified = g_strdup (document->metadata.created);
  document->metadata.application = g_strdup (PACKAGE_NAME " " PACKAGE_VERSION);

  bytes = wf_document_to_bytes (document, &error);
  if (bytes == NULL)
    {
      wf_cli_print_error (error);
      return WF_CLI_EXIT_BAD_INPUT;
    }

  /* A document keeps its previous version as “FILE~”, as the application's
   * Save does; wf_document_save_file would refuse /dev/null or a pipe. */
  data = g_bytes_get_data (bytes, &size);
  if (!wf_cli_write_file (output, data, size, TRUE, &error))
    {
      wf_cli_print_error (error);
      return WF_CLI_EXIT_BAD_INPUT;
    }

  return WF_CLI_EXIT_OK;
}
