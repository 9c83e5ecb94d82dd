/* test-parse-messages.c: what the loader says about a .foresight file that
 * is cut short or has garbled bytes
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bundled world file is cut every 7 bytes, and every 53 bytes a byte
 * is replaced by characters that break XML (<, >, quotes, &, a NUL, a byte
 * that is not UTF-8 …) or deleted. Every message that the parser caused
 * must be in plain words, never libxml2's own English (parser_words), and
 * name the file, the line and the column. The same in French and Spanish,
 * with this build's catalogues. WF_PARSE_MESSAGES_STEP=1 cuts and garbles
 * at every byte (minutes); WF_PARSE_MESSAGES_VERBOSE=1 prints each message.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "wf-core.h"
#include "wf-i18n.h"
#include "wf-io.h"

#define NAME "world.foresight"
#define DEFAULT_STEP 7          /* cut every 7 bytes */
#define DEFAULT_GARBLE_STEP 53  /* garble every 53 bytes, with each character */

static char *world;
static gsize world_size;
static guint step = DEFAULT_STEP;
static guint garble_step = DEFAULT_GARBLE_STEP;
static gboolean verbose;
/* How many of the files loaded in C, for the truncated and the garbled
 * ones: the same files must load in every language (libxml2 read the
 * schema's numbers with the locale's strtod). */
static guint n_loaded_in_c[2];

/* libxml2's own words (xmlerror messages of parserInternals.c, parser.c
 * and, for the schema, relaxng.c), which a message must not show. */
static const char * const parser_words[] = {
  "Premature end", "Specification mandates", "Couldn't find end", "AttValue", "Opening and ending",
  "Start tag expected", "not proper UTF-8", "Extra content", "EntityRef", "Entity '",
  "String not", "Unescaped '<'", "ParsePI", "xmlParsePI", "parsing XML declaration",
  "XML declaration allowed", "StartTag", "expected '='", "Invalid XML encoding",
  "Malformed declaration", "xmlns:", "Failed to parse QName", "internal error", "out of allowed range",
  "Unsupported encoding", "Input is not", "Char 0x", "the parser says", "el analizador dice",
  "l’analyseur dit", "Document is empty", "Extra content at the end", "line 1 and", "expecting",
  "expected '>'", "Blank needed", "attributes construct error", "Namespace prefix",
  "Did not expect", "Invalid attribute", "doesn't allow", "failed to validate", "Expecting",
  "Error validating", "has extra content", "wrong namespace", "Relax-NG", "validator",
  NULL
};

typedef struct
{
  const char *lang;
  guint       n_loads;
  guint       n_parse;      /* failed in the parser */
  guint       n_other;      /* failed later: the schema, a value */
  guint       n_wrong;      /* messages that break the rules */
} Tally;

/* Says what is wrong with a message: every one in verbose mode, else the
 * first few; the test fails at its end. */
static void G_GNUC_PRINTF (2, 3)
wrong (Tally      *tally,
       const char *format,
       ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (tally->n_wrong++ >= 20 && !verbose)
    return;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_test_message ("%s", message);
}

/* "world.foresight:LINE:COLUMN: " at the start, the way the
 * translations write it (French puts a no-break space before the colon). */
static gboolean
names_line_and_column (const char *message)
{
  const char *p;

  if (!g_str_has_prefix (message, NAME ":"))
    return FALSE;
  p = message + strlen (NAME ":");
  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p++ != ':' || !g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  return *p == ':' || g_str_has_prefix (p, "\xc2\xa0:");
}

static void
check_message (Tally      *tally,
               const char *what,
               const char *data,
               gsize       size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDocument) document = wf_document_load_bytes (bytes, NAME, &error);

  tally->n_loads++;
  if (document != NULL)
    return;
  g_assert_nonnull (error);
  if (verbose)
    g_printerr ("%s\t%s\t%d\t%s\n", tally->lang, what, error->code, error->message);
  for (guint i = 0; parser_words[i] != NULL; i++)
    if (strstr (error->message, parser_words[i]) != NULL)
      {
        wrong (tally, "%s (%s): libxml2's words “%s” in: %s", what, tally->lang, parser_words[i],
               error->message);
        return;
      }
  if (!g_error_matches (error, WF_IO_ERROR, WF_IO_ERROR_PARSE))
    {
      tally->n_other++;
      return;
    }
  tally->n_parse++;
  if (!names_line_and_column (error->message))
    wrong (tally, "%s (%s): no line and column in: %s", what, tally->lang, error->message);
}

static void
check_loaded (const Tally *tally,
              guint        kind)
{
  guint n_loaded = tally->n_loads - tally->n_parse - tally->n_other;

  if (strcmp (tally->lang, "C.UTF-8") == 0)
    n_loaded_in_c[kind] = n_loaded;
  else
    g_assert_cmpuint (n_loaded, ==, n_loaded_in_c[kind]);
}

/* Switches to @lang; FALSE (the test skipped) when its catalogues or the
 * locale are missing. */
static gboolean
enter_locale (const char *lang)
{
  if (strcmp (lang, "C.UTF-8") == 0)
    return TRUE;
  if (g_getenv (WF_LOCALEDIR_ENV) == NULL)
    {
      g_test_skip ("not run in the test environment (no " WF_LOCALEDIR_ENV ")");
      return FALSE;
    }
  if (setlocale (LC_ALL, lang) == NULL)
    {
      g_test_skip_printf ("the %s locale is not generated (./build-aux/dev test does it)", lang);
      return FALSE;
    }
  return TRUE;
}

/* The file cut short every @step bytes. */
static void
test_truncated (gconstpointer data)
{
  Tally tally = { data };

  if (!enter_locale (tally.lang))
    return;

  for (gsize size = 1; size < world_size; size += step)
    {
      g_autofree char *what = g_strdup_printf ("cut at byte %" G_GSIZE_FORMAT, size);

      check_message (&tally, what, world, size);
    }
  g_test_message ("%s: %u files, %u refused by the parser, %u later", tally.lang, tally.n_loads,
                  tally.n_parse, tally.n_other);
  g_assert_cmpuint (tally.n_parse, >, 0);
  setlocale (LC_ALL, "C.UTF-8");
  check_loaded (&tally, 0);
  if (tally.n_wrong > 0)
    g_test_fail_printf ("%u of %u messages show libxml2's words or no line and column",
                        tally.n_wrong, tally.n_loads);
}

/* What a byte is replaced with. */
static const char garbage[] = { '<', '>', '"', '\'', '&', '/', '=', ' ', '\0', '\x01', '\xff', '\xc3',
                                '!', '?', ';', ':', '-' };

/* Bytes replaced or deleted, every garble_step bytes (offset by the
 * character, so that each character meets other places). */
static void
test_garbled (gconstpointer data)
{
  Tally tally = { data };
  g_autofree char *copy = g_malloc (world_size);

  if (!enter_locale (tally.lang))
    return;

  for (guint g = 0; g <= G_N_ELEMENTS (garbage); g++)
    for (gsize at = (g * 7) % garble_step; at < world_size; at += garble_step)
      {
        g_autofree char *what = NULL;
        gsize size = world_size;

        memcpy (copy, world, world_size);
        if (g == G_N_ELEMENTS (garbage))
          {
            /* Deleted */
            memmove (copy + at, copy + at + 1, world_size - at - 1);
            size--;
            what = g_strdup_printf ("byte %" G_GSIZE_FORMAT " deleted", at);
          }
        else
          {
            if (copy[at] == garbage[g])
              continue;
            copy[at] = garbage[g];
            what = g_strdup_printf ("byte %" G_GSIZE_FORMAT " replaced by 0x%02x", at,
                                    (guint) (guchar) garbage[g]);
          }
        check_message (&tally, what, copy, size);
      }
  g_test_message ("%s: %u files, %u refused by the parser, %u later", tally.lang, tally.n_loads,
                  tally.n_parse, tally.n_other);
  g_assert_cmpuint (tally.n_parse, >, 0);
  setlocale (LC_ALL, "C.UTF-8");
  check_loaded (&tally, 1);
  if (tally.n_wrong > 0)
    g_test_fail_printf ("%u of %u messages show libxml2's words or no line and column",
                        tally.n_wrong, tally.n_loads);
}

/* Files the parser takes and the reader or the schema refuses: in French
 * and Spanish the whole message is in that language (the schema's
 * sentences were once made in the C locale the validation runs in, and
 * the reader's lists of elements joined with an English "or"). */
static const struct
{
  const char *name;
  const char *pattern;
  const char *replacement;
} schema_edits[] = {
  { "unknown-attribute", "<view ", "<view zoom=\"2\" " },
  { "text-in-element", "<metadata>", "<metadata>hello" },
  { "second-element", "</metadata>", "</metadata><metadata></metadata>" },
  { "unknown-element", "<metadata>", "<metadata><colour/>" },
};

static char *
schema_message (const char *pattern,
                const char *replacement)
{
  g_autoptr(GString) text = g_string_new_len (world, world_size);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDocument) document = NULL;

  g_assert_cmpuint (g_string_replace (text, pattern, replacement, 1), ==, 1);
  bytes = g_bytes_new (text->str, text->len);
  document = wf_document_load_bytes (bytes, NAME, &error);
  g_assert_null (document);
  g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_SCHEMA);
  return g_strdup (error->message);
}

static void
test_schema_in_language (gconstpointer data)
{
  const char *lang = data;

  for (guint i = 0; i < G_N_ELEMENTS (schema_edits); i++)
    {
      g_autofree char *in_c = NULL;
      g_autofree char *message = NULL;

      if (!enter_locale (lang))
        return;
      message = schema_message (schema_edits[i].pattern, schema_edits[i].replacement);
      setlocale (LC_ALL, "C.UTF-8");
      in_c = schema_message (schema_edits[i].pattern, schema_edits[i].replacement);
      g_test_message ("%s: %s | %s", schema_edits[i].name, in_c, message);
      for (guint w = 0; parser_words[w] != NULL; w++)
        if (strstr (message, parser_words[w]) != NULL)
          g_test_fail_printf ("%s (%s): libxml2's words “%s” in: %s", schema_edits[i].name, lang,
                              parser_words[w], message);
      /* The C message's words after the file name are English. */
      if (strcmp (strchr (in_c, ' '), strchr (message, ' ')) == 0 || strstr (message, "> or <") != NULL ||
          strstr (message, " element ") != NULL || strstr (message, "format does not") != NULL)
        g_test_fail_printf ("%s (%s): English in: %s", schema_edits[i].name, lang, message);
    }
}

int
main (int   argc,
      char *argv[])
{
  static const char * const langs[] = { "C.UTF-8", "fr_FR.UTF-8", "es_ES.UTF-8" };
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  const char *env;

  g_test_init (&argc, &argv, NULL);
  wf_i18n_init (LOCALEDIR);
  /* GLib decides once, at the first g_dgettext(), whether to translate at
   * all: never, if that first call finds no catalogue in a locale other
   * than "C" or "en_*" (C.UTF-8 is neither). Under C.UTF-8 first, the
   * French and Spanish runs were silently in English; the first call is
   * made here, in "C". */
  (void) g_dgettext (GETTEXT_PACKAGE, "");
  setlocale (LC_ALL, "C.UTF-8");

  env = g_getenv ("WF_PARSE_MESSAGES_STEP");
  if (env != NULL && g_ascii_strtoull (env, NULL, 10) > 0)
    step = garble_step = (guint) g_ascii_strtoull (env, NULL, 10);
  verbose = g_strcmp0 (g_getenv ("WF_PARSE_MESSAGES_VERBOSE"), "1") == 0;

  g_assert_nonnull (g_getenv ("WF_SOURCE_ROOT"));
  path = g_build_filename (g_getenv ("WF_SOURCE_ROOT"), "data", "world-2023.foresight", NULL);
  g_file_get_contents (path, &world, &world_size, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (langs); i++)
    {
      g_autofree char *truncated = g_strdup_printf ("/io/parse-messages/truncated/%.2s", langs[i]);
      g_autofree char *garbled = g_strdup_printf ("/io/parse-messages/garbled/%.2s", langs[i]);

      g_test_add_data_func (truncated, langs[i], test_truncated);
      g_test_add_data_func (garbled, langs[i], test_garbled);
    }
  for (guint i = 1; i < G_N_ELEMENTS (langs); i++)
    {
      g_autofree char *in_language = g_strdup_printf ("/io/parse-messages/schema-in-language/%.2s",
                                                      langs[i]);

      g_test_add_data_func (in_language, langs[i], test_schema_in_language);
    }

  return g_test_run ();
}
