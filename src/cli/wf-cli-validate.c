/* wf-cli-validate.c: workforce-foresight-cli validate
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
wf_cli_validate (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  int status;
  int result = WF_CLI_EXIT_OK;

  context = g_option_context_new (_("FILE…"));
  g_option_context_set_summary (context,
                                _("Check scenario files: well-formed XML, the .foresight schema, "
                                  "and every value within the model’s ranges."));
  status = wf_cli_parse_options (context, &argc, &argv);
  if (status != WF_CLI_EXIT_OK)
    return status;

  if (argc < 2)
    {
      wf_cli_usage_message ("validate", _("no file given"));
      return WF_CLI_EXIT_USAGE;
    }

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(WfDocument) document = wf_cli_load_document (argv[i], &error);

      if (document == NULL)
        {
          wf_cli_print_error (error);
          result = WF_CLI_EXIT_BAD_INPUT;
          continue;
        }

      /* Translators: a file name, the number of scenarios, a dataset id */
      g_print (g_dngettext (GETTEXT_PACKAGE, "%s: valid (%u scenario, dataset “%s”)\n",
                            "%s: valid (%u scenarios, dataset “%s”)\n", document->scenarios->len),
               argv[i], document->scenarios->len, document->dataset->id);
    }

  return result;
}
