/* wf-cli-import.c: workforce-foresight-cli import-ilostat
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "wf-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>
#include <string.h>

#include "wf-cli.h"
#include "wf-cli-common.h"
#include "wf-io.h"

int
wf_cli_import_ilostat (int    argc,
                       char **argv)
{
  g_autofree char *area = NULL;
  g_autofree char *source = NULL;
  g_autofree char *output = NULL;
  g_autofree char *profile = NULL;
  g_autofree char *table = NULL;
  g_autofree char *edition = NULL;
  g_autofree char *report_text = NULL;
  g_autofree char *created = NULL;
  g_autoptr(WfIlostatReport) report = NULL;
  g_autoptr(GFile) table_file = NULL;
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(WfDocument) document = NULL;
  g_autoptr(WfDataset) dataset = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  int year = 0;
  const GOptionEntry entries[] = {
    { "area", 0, 0, G_OPTION_ARG_STRING, &area,
      N_("The area: an ISO-3 code or an ILOSTAT aggregate such as X01; countries separated by "
         "commas are summed (default: the file’s only area)"), N_("CODE") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year,
      N_("The year (default: the latest with a complete breakdown by economic activity)"),
      N_("YEAR") },
    { "source", 0, 0, G_OPTION_ARG_STRING, &source,
      N_("The ILOSTAT source code to use when the file has several (default: the finest complete "
         "breakdown, then the most values)"),
      N_("CODE") },
    { "exposure-profile", 0, 0, G_OPTION_ARG_STRING, &profile,
      N_("Scale exposure to an income group’s published totals: world, high-income, "
         "upper-middle-income, lower-middle-income or low-income (default: the world pattern, "
         "unscaled, with a warning)"), N_("PROFILE") },
    { "exposure-table", 0, 0, G_OPTION_ARG_FILENAME, &table,
      N_("Exposure by sector, sex and gradient from a CSV file (docs/exposure-profiles.md)"),
      N_("FILE") },
    { "edition", 0, 0, G_OPTION_ARG_STRING, &edition,
      N_("The ILOSTAT edition of the files, recorded in every imported table’s source (default: "
         "the files’ dates)"), N_("TEXT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Where to write the scenario file (“-” for standard output)"), N_("FILE") },
    { NULL }
  };
  WfIlostatOptions options;
  g_autofree char *stdin_copy = NULL;
  int status;
  gsize size = 0;
  const char *data;

  context = g_option_context_new (_("FILE…"));
  g_option_context_set_summary (context,
                                _("Make a scenario file whose employment by sector and sex comes "
                                  "from ILOSTAT files (EMP_2EMP_SEX_ECO_NB or EMP_TEMP_SEX_ECO_NB, "
                                  "bulk CSV, .csv.gz or SDMX CSV), with the labour force "
                                  "(EAP_TEAP_SEX_AGE_NB) and unemployment (UNE_TUNE_SEX_AGE_NB) "
                                  "when given, and whose other parameters come from the bundled "
                                  "world dataset. The import report is printed and kept in the "
                                  "file’s notes."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = wf_cli_parse_options (context, &argc, &argv);
  if (status != WF_CLI_EXIT_OK)
    return status;

  if (argc < 2)
    {
      wf_cli_usage_message ("import-ilostat", _("no CSV file given"));
      return WF_CLI_EXIT_USAGE;
    }
  if (profile != NULL && table != NULL)
    {
      wf_cli_usage_message ("import-ilostat",
                            _("give --exposure-profile or --exposure-table, not both"));
      return WF_CLI_EXIT_USAGE;
    }
  if (output == NULL)
    {
      wf_cli_usage_message ("import-ilostat", _("no output file given; use -o FILE"));
      return WF_CLI_EXIT_USAGE;
    }

  memset (&options, 0, sizeof options);
  options.area = area;
  options.year = year;
  options.source = source;
  options.exposure_profile = profile;
  options.edition = edition;
  if (table != NULL)
    options.exposure_table = table_file = g_file_new_for_commandline_arg (table);
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "-"))
        {
          /* The importer reads files (it may read one twice, to sniff
           * it): standard input goes to a private temporary file first. */
          g_autoptr(GBytes) input = NULL;
          int fd;

          if (stdin_copy != NULL)
            {
              wf_cli_usage_message ("import-ilostat", _("standard input (“-”) can be read only once"));
              return WF_CLI_EXIT_USAGE;
            }
          input = wf_cli_read_input ("-", G_MAXUINT32, &error);
          if (input == NULL)
            {
              wf_cli_print_error (error);
              return WF_CLI_EXIT_BAD_INPUT;
            }
          fd = g_file_open_tmp ("workforce-foresight-stdin-XXXXXX.csv", &stdin_copy, &error);
          if (fd < 0 || !wf_cli_write_file (stdin_copy, g_bytes_get_data (input, NULL),
                                            g_bytes_get_size (input), FALSE, &error))
            {
              if (fd >= 0)
                close (fd);
              wf_cli_print_error (error);
              return WF_CLI_EXIT_BAD_INPUT;
            }
          close (fd);
          g_ptr_array_add (inputs, g_file_new_for_path (stdin_copy));
        }
      else
        g_ptr_array_add (inputs, g_file_new_for_commandline_arg (argv[i]));
    }
  dataset = wf_ilostat_import_files ((GFile **) inputs->pdata, inputs->len, &options, &report,
                                     NULL, &error);
  if (stdin_copy != NULL)
    g_unlink (stdin_copy);
  if (dataset == NULL)
    {
      wf_cli_print_error (error);
      return WF_CLI_EXIT_BAD_INPUT;
    }
  report_text = wf_ilostat_report_to_text (report);
  created = wf_cli_now_iso8601 ();
  document = wf_ilostat_document_new (g_steal_pointer (&dataset), report, created);

  bytes = wf_document_to_bytes (document, &error);
  if (bytes == NULL)
    {
      wf_cli_print_error (error);
      return WF_CLI_EXIT_BAD_INPUT;
    }
  /* A document, so its previous version is kept as “FILE~”. */
  data = g_bytes_get_data (bytes, &size);
  if (!wf_cli_write_file (output, data, size, TRUE, &error))
    {
      wf_cli_print_error (error);
      return WF_CLI_EXIT_BAD_INPUT;
    }

  if (g_strcmp0 (output, "-") != 0)
    /* Translators: a file name, a dataset title, a number of sectors, a citation */
    g_print (g_dngettext (GETTEXT_PACKAGE, "%s: %s, %u sector; employment from %s\n",
                          "%s: %s, %u sectors; employment from %s\n",
                          document->dataset->n_sectors),
             output, document->dataset->title, document->dataset->n_sectors,
             document->dataset->sources[WF_TABLE_EMPLOYMENT].citation);
  /* The report goes to standard error when the file goes to standard
   * output, so that the output stays a scenario file. */
  if (g_strcmp0 (output, "-") != 0)
    g_print ("%s", report_text);
  else
    g_printerr ("%s", report_text);

  return WF_CLI_EXIT_OK;
}
