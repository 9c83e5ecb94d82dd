/* fuzz-document.c: .foresight loading, and the save/reload round trip
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any bytes go to the loader, which must refuse them with an error of its
 * own domain or load them. What loads must save (a file that opens can be
 * saved: nothing open is lost; only a newer version's file may be refused,
 * as the writer does, naming why), what is saved must load again, without
 * a warning (this build wrote it in its own version), as a document equal
 * to the one saved (wf_document_equal: the save lost nothing), and saving that
 * again must give the very same bytes: the round-trip guarantee of
 * docs/file-format.md. Everything stays in memory.
 */
#include <string.h>

#include "fuzz-common.h"
#include "wf-core.h"
#include "wf-io.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) input = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GPtrArray) reload_warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDocument) document = NULL;
  g_autoptr(WfDocument) reloaded = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;

  fuzz_setup ();

  input = g_bytes_new (data, size);
  document = wf_document_load_bytes_full (input, "fuzz.foresight", &warnings, &error);
  if (document == NULL)
    {
      if (error == NULL || error->domain != WF_IO_ERROR)
        fuzz_violation ("refused without an error of the io layer: %s",
                        error != NULL ? error->message : "(no error)");
      fuzz_note ("refused: %s", error->message);
      return 0;
    }
  if (error != NULL)
    fuzz_violation ("loaded, but with an error set: %s", error->message);

  saved = wf_document_to_bytes (document, &error);
  if (saved == NULL)
    {
      /* A newer version's file is read without its schema, and may hold
       * what this version's writer refuses (saying so): the application
       * offers Save As and the command line refuses, nothing is lost. */
      if (document->read_only_reason != NULL && error->domain == WF_IO_ERROR)
        {
          fuzz_note ("loaded, a newer version's, not saved: %s", error->message);
          return 0;
        }
      fuzz_violation ("a document that loaded cannot be saved: %s", error->message);
    }

  reloaded = wf_document_load_bytes_full (saved, "saved.foresight", &reload_warnings, &error);
  if (reloaded == NULL)
    fuzz_violation ("the saved document does not load: %s\n%.*s", error->message,
                    (int) g_bytes_get_size (saved), (const char *) g_bytes_get_data (saved, NULL));
  if (!wf_document_equal (document, reloaded))
    fuzz_violation ("the saved document loads as another: the save lost or changed something\n%.*s",
                    (int) MIN (g_bytes_get_size (saved), 4096), (const char *) g_bytes_get_data (saved, NULL));
  if (reload_warnings != NULL && reload_warnings->len > 0)
    fuzz_violation ("the saved document loads with a warning: %s",
                    (const char *) g_ptr_array_index (reload_warnings, 0));

  saved_again = wf_document_to_bytes (reloaded, &error);
  if (saved_again == NULL)
    fuzz_violation ("the reloaded document cannot be saved: %s", error->message);
  if (!g_bytes_equal (saved, saved_again))
    {
      gsize a_len, b_len, at = 0;
      const char *a = g_bytes_get_data (saved, &a_len);
      const char *b = g_bytes_get_data (saved_again, &b_len);

      while (at < a_len && at < b_len && a[at] == b[at])
        at++;
      fuzz_violation ("saving the reloaded document gives other bytes, from byte %" G_GSIZE_FORMAT
                      ":\nfirst:  %.80s\nsecond: %.80s", at, a + at, b + at);
    }

  fuzz_note ("loaded, saved, reloaded and saved alike (%u scenarios)", document->scenarios->len);
  return 0;
}
