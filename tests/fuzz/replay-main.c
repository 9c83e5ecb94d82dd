/* replay-main.c: a fuzz harness as an ordinary test
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Without libFuzzer (the normal build), each harness is linked with this
 * main (), which calls LLVMFuzzerTestOneInput () once on every file given
 * and on every file of every folder given (sorted by name; README files
 * are the folders' own notes, not inputs). A harness aborts on a broken
 * guarantee, so the test fails on the input that breaks it; the input's
 * name is printed first. A folder given with a leading "+" must hold at
 * least one input, so that a corpus that went missing cannot pass.
 */
#include <string.h>

#include "fuzz-common.h"

static guint n_inputs;

static void
replay_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, &error))
    g_error ("%s", error->message);

  /* Before running it, so that the input is named if it crashes. */
  printf ("input %s (%" G_GSIZE_FORMAT " bytes)\n", path, length);
  fflush (stdout);
  /* A copy of exactly that size, so that AddressSanitizer sees a read past
   * the end (g_file_get_contents adds a NUL). */
  {
    g_autofree uint8_t *data = g_memdup2 (contents, length);

    LLVMFuzzerTestOneInput (data, length);
  }
  n_inputs++;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static guint
replay_folder (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    g_error ("%s", error->message);

  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.' && !g_str_has_prefix (name, "README"))
      g_ptr_array_add (names, g_build_filename (path, name, NULL));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);

      if (g_file_test (file, G_FILE_TEST_IS_DIR))
        replay_folder (file);
      else
        replay_file (file);
    }

  return names->len;
}

int
main (int    argc,
      char **argv)
{
  if (argc < 2)
    {
      fprintf (stderr, "usage: %s [+]FOLDER-OR-FILE...\n", argv[0]);
      return 2;
    }

  for (int i = 1; i < argc; i++)
    {
      gboolean must_have = argv[i][0] == '+';
      const char *path = argv[i] + (must_have ? 1 : 0);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          if (replay_folder (path) == 0 && must_have)
            {
              fprintf (stderr, "%s: no input in %s\n", argv[0], path);
              return 1;
            }
        }
      else
        replay_file (path);
    }

  printf ("%u inputs replayed, every guarantee held\n", n_inputs);
  return 0;
}
