/* fuzz-ilostat.c: the ILOSTAT importer on any bytes
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is up to three files, separated by a line "--8<--" (an import
 * takes employment, labour force and unemployment together); a first line
 * "#!AREA|YEAR|SOURCE|PROFILE" sets the options (an empty field: the
 * default). The importer reads files (docs/ilostat-import.md), so the
 * pieces are written to the same few files of one scratch folder, reused
 * from one input to the next.
 *
 * The importer must refuse with an error of its own naming the problem, or
 * give a dataset that passes wf_dataset_validate (), whose report is text,
 * and that makes a document which saves, and loads back to the same
 * dataset: what an import opens as can be saved and reopened.
 */
#include <errno.h>
#include <string.h>

#include <glib/gstdio.h>

#include "fuzz-common.h"
#include "wf-core.h"
#include "wf-io.h"

#define MAX_FILES 3
#define SEPARATOR "\n--8<--\n"
#define OPTIONS_PREFIX "#!"

static char *scratch;
static char *paths[MAX_FILES];

static void
remove_scratch (void)
{
  for (guint i = 0; i < MAX_FILES; i++)
    {
      g_unlink (paths[i]);
      g_clear_pointer (&paths[i], g_free);
    }
  g_rmdir (scratch);
  g_clear_pointer (&scratch, g_free);
}

static void
ensure_scratch (void)
{
  g_autoptr(GError) error = NULL;

  if (scratch != NULL)
    return;
  scratch = g_dir_make_tmp ("wf-fuzz-ilostat-XXXXXX", &error);
  if (scratch == NULL)
    g_error ("%s", error->message);
  for (guint i = 0; i < MAX_FILES; i++)
    {
      g_autofree char *name = g_strdup_printf ("fuzz-%u.csv", i + 1);

      paths[i] = g_build_filename (scratch, name, NULL);
    }
  atexit (remove_scratch);
}

static void
write_piece (const char *path,
             const char *data,
             gsize       size)
{
  FILE *out = fopen (path, "wb");

  if (out == NULL || (size > 0 && fwrite (data, 1, size, out) != size) || fclose (out) != 0)
    g_error ("%s: %s", path, g_strerror (errno));
}

/* The first separator line in @p .. @end, or NULL; the input may hold NUL
 * bytes, so no string function. */
static const char *
find_separator (const char *p,
                const char *end)
{
  gsize n = strlen (SEPARATOR);

  for (; (gsize) (end - p) >= n; p++)
    if (memcmp (p, SEPARATOR, n) == 0)
      return p;
  return NULL;
}

/* The options line, if any: its fields are kept in @fields, which the
 * options point into. Returns where the files begin. */
static const char *
parse_options (const char        *data,
               const char        *end,
               WfIlostatOptions  *options,
               char            ***fields)
{
  const char *eol;
  g_autofree char *line = NULL;
  char **f;
  guint n;

  if ((gsize) (end - data) < strlen (OPTIONS_PREFIX) ||
      memcmp (data, OPTIONS_PREFIX, strlen (OPTIONS_PREFIX)) != 0)
    return data;
  eol = memchr (data, '\n', end - data);
  if (eol == NULL)
    eol = end;
  line = g_strndup (data + strlen (OPTIONS_PREFIX), eol - data - strlen (OPTIONS_PREFIX));
  *fields = f = g_strsplit (line, "|", 4);
  n = g_strv_length (f);

  if (n > 0 && f[0][0] != '\0')
    options->area = f[0];
  if (n > 1)
    options->year = (int) g_ascii_strtoll (f[1], NULL, 10);
  if (n > 2 && f[2][0] != '\0')
    options->source = f[2];
  if (n > 3 && f[3][0] != '\0')
    options->exposure_profile = f[3];

  return eol < end ? eol + 1 : end;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char *p = (const char *) data;
  const char *end = p + size;
  g_auto(GStrv) option_fields = NULL;
  WfIlostatOptions options = { 0 };
  g_autoptr(WfIlostatReport) report = NULL;
  g_autoptr(WfDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  GFile *files[MAX_FILES];
  guint n_files = 0;

  fuzz_setup ();
  ensure_scratch ();

  p = parse_options (p, end, &options, &option_fields);
  while (n_files < MAX_FILES)
    {
      const char *cut = n_files + 1 < MAX_FILES ? find_separator (p, end) : NULL;

      write_piece (paths[n_files], p, (cut != NULL ? cut : end) - p);
      files[n_files] = g_file_new_for_path (paths[n_files]);
      n_files++;
      if (cut == NULL)
        break;
      p = cut + strlen (SEPARATOR);
    }

  dataset = wf_ilostat_import_files (files, n_files, &options, &report, NULL, &error);
  for (guint i = 0; i < n_files; i++)
    g_object_unref (files[i]);

  if (dataset == NULL)
    {
      if (error == NULL || error->domain != WF_IO_ERROR || error->message[0] == '\0')
        fuzz_violation ("refused without an error of the io layer: %s",
                        error != NULL ? error->message : "(no error)");
      fuzz_note ("refused: %s", error->message);
      return 0;
    }
  if (error != NULL)
    fuzz_violation ("imported, but with an error set: %s", error->message);

  fuzz_note ("imported: %s, %d, %u sectors", dataset->area, dataset->base_year, dataset->n_sectors);
  if (!wf_dataset_validate (dataset, &error))
    fuzz_violation ("the imported dataset is not valid: %s", error->message);

  if (report == NULL)
    fuzz_violation ("imported without a report");
  {
    g_autofree char *text = wf_ilostat_report_to_text (report);

    if (text == NULL || !g_utf8_validate (text, -1, NULL))
      fuzz_violation ("the report is not text");
  }

  {
    /* It takes the dataset. */
    g_autoptr(WfDocument) document = wf_ilostat_document_new (g_steal_pointer (&dataset), report,
                                                              "2026-01-01T00:00:00Z");
    g_autoptr(GBytes) saved = wf_document_to_bytes (document, &error);
    g_autoptr(WfDocument) reloaded = NULL;

    if (saved == NULL)
      fuzz_violation ("the imported document cannot be saved: %s", error->message);
    reloaded = wf_document_load_bytes (saved, "imported.foresight", &error);
    if (reloaded == NULL)
      fuzz_violation ("the imported document, saved, does not load: %s", error->message);
    if (!wf_dataset_equal (reloaded->dataset, document->dataset))
      fuzz_violation ("the imported dataset, saved and loaded, is another");
  }

  return 0;
}
