/* test-document-io.c: the .foresight format
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "test-io-common.h"

/* A document that exercises every field: odd numbers, text XML must
 * escape, view state. */
static WfDocument *
make_document (void)
{
  WfDocument *document = wf_document_new_default ();
  WfScenario *scenario = g_ptr_array_index (document->scenarios, 2);

  document->metadata.title = g_strdup ("Rapid adoption & <lifelong> learning");
  document->metadata.author = g_strdup ("Zoë \"ZZ\" O’Brien");
  document->metadata.notes = g_strdup ("Line one\nline two\r\n\tindented  and  spaced ");
  document->metadata.created = g_strdup ("2026-03-01T09:30:00Z");
  document->metadata.modified = g_strdup ("2026-03-02T17:45:12.5+01:00");
  document->metadata.application = g_strdup ("Workforce Foresight " PACKAGE_VERSION);

  scenario->values[WF_LEVER_ADOPTION_CEILING] = 100.0 / 3.0;
  scenario->values[WF_LEVER_ADOPTION_SPEED] = 0.1 + 0.2;
  scenario->low[WF_LEVER_ADOPTION_SPEED] = 0.1;
  scenario->seed = G_MAXUINT64;
  scenario->horizon = 2040;
  wf_scenario_set_name (scenario, "Scénario <&> \"B\"");
  document->dataset->sectors[3].trend_growth = 1e-17;
  document->dataset->sectors[4].elasticity = 2.0 / 3.0;

  document->view.chart = g_strdup ("jobs-waterfall");
  document->view.lens = WF_LENS_GAP;
  document->view.sector_filter = g_strdup ("ECO_ISIC4_K");
  document->view.current_scenario = 2;
  document->view.difference = TRUE;
  document->view.metric = WF_METRIC_WOMEN_DISPLACED;
  g_ptr_array_add (document->view.compared, g_strdup ("Current trends"));
  g_ptr_array_add (document->view.compared, g_strdup ("Scénario <&> \"B\""));

  return document;
}

static void
assert_same_projections (const WfDocument *a,
                         const WfDocument *b)
{
  g_assert_cmpuint (a->scenarios->len, ==, b->scenarios->len);
  for (guint i = 0; i < a->scenarios->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(WfResults) x = wf_model_project (a->dataset, g_ptr_array_index (a->scenarios, i), &error);
      g_autoptr(WfResults) y = NULL;

      g_assert_no_error (error);
      y = wf_model_project (b->dataset, g_ptr_array_index (b->scenarios, i), &error);
      g_assert_no_error (error);
      g_assert_true (wf_results_equal (x, y));
    }
}

static void
test_round_trip (void)
{
  g_autoptr(WfDocument) document = make_document ();
  g_autoptr(WfDocument) loaded = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;

  first = wf_document_to_bytes (document, &error);
  g_assert_no_error (error);
  loaded = wf_document_load_bytes_full (first, "round-trip.foresight", &warnings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 0);

  g_assert_true (wf_document_equal (document, loaded));
  second = wf_document_to_bytes (loaded, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (first, second));

  assert_same_projections (document, loaded);
}

/* The difference switch and the outcome explained are part of the saved
 * view: written only when not the default, read back as they were. */
static void
test_view_difference (void)
{
  g_autoptr(WfDocument) document = wf_document_new_default ();
  g_autoptr(WfDocument) loaded = NULL;
  g_autoptr(GBytes) plain = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  plain = wf_document_to_bytes (document, &error);
  g_assert_no_error (error);
  g_assert_null (g_strstr_len (g_bytes_get_data (plain, NULL), g_bytes_get_size (plain), "difference="));

  for (guint i = 0; i < 2; i++)
    {
      document->view.difference = i == 0;
      document->view.metric = i == 0 ? WF_METRIC_DIGITAL_GAP : WF_METRIC_NET_JOBS;
      g_clear_pointer (&bytes, g_bytes_unref);
      g_clear_pointer (&loaded, wf_document_free);
      bytes = wf_document_to_bytes (document, &error);
      g_assert_no_error (error);
      g_assert_true (test_validates_against_schema (bytes));
      loaded = wf_document_load_bytes_full (bytes, "view.foresight", NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (loaded->view.difference, ==, i == 0);
      g_assert_cmpint (loaded->view.metric, ==, document->view.metric);
      g_assert_true (wf_document_equal (document, loaded));
    }
}

static void
test_schema_valid (void)
{
  g_autoptr(WfDocument) plain = wf_document_new_default ();
  g_autoptr(WfDocument) full = make_document ();
  g_autoptr(GBytes) a = NULL;
  g_autoptr(GBytes) b = NULL;
  g_autoptr(GError) error = NULL;

  a = wf_document_to_bytes (plain, &error);
  g_assert_no_error (error);
  b = wf_document_to_bytes (full, &error);
  g_assert_no_error (error);

  g_assert_true (test_validates_against_schema (a));
  g_assert_true (test_validates_against_schema (b));
}

/* The bytes depend on the document only, not on the locale's decimal
 * separator. */
static void
test_locale_independent (void)
{
  g_autoptr(WfDocument) document = make_document ();
  g_autoptr(GBytes) in_c = NULL;
  g_autoptr(GBytes) in_french = NULL;
  g_autoptr(GError) error = NULL;
  const char *french = NULL;
  const char * const candidates[] = { "fr_FR.UTF-8", "fr_FR.utf8", "de_DE.UTF-8", "es_ES.UTF-8" };

  in_c = wf_document_to_bytes (document, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (candidates) && french == NULL; i++)
    if (setlocale (LC_NUMERIC, candidates[i]) != NULL)
      french = candidates[i];
  if (french == NULL)
    {
      g_test_skip ("no locale with a decimal comma is installed");
      return;
    }

  in_french = wf_document_to_bytes (document, &error);
  setlocale (LC_NUMERIC, "C");
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (in_c, in_french));
}

static void
test_save_atomic_backup (void)
{
  g_autoptr(WfDocument) document = make_document ();
  g_autoptr(WfDocument) changed = NULL;
  g_autoptr(WfDocument) invalid = NULL;
  g_autoptr(WfDocument) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) expected = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wf-io-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "a.foresight", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *backup_contents = NULL;
  gsize length = 0;

  file = g_file_new_for_path (path);
  g_assert_true (wf_document_save_file (document, file, &error));
  g_assert_no_error (error);

  changed = wf_document_copy (document);
  g_free (changed->metadata.title);
  changed->metadata.title = g_strdup ("Second version");
  g_assert_true (wf_document_save_file (changed, file, &error));
  g_assert_no_error (error);

  /* The previous file is kept as FILE~. */
  g_assert_true (g_file_get_contents (backup, &backup_contents, &length, NULL));
  expected = wf_document_to_bytes (document, &error);
  g_assert_cmpmem (backup_contents, length, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));

  loaded = wf_document_load_file (file, &error);
  g_assert_no_error (error);
  g_assert_true (wf_document_equal (loaded, changed));

  /* A document that cannot be saved leaves the file as it was. */
  invalid = wf_document_copy (changed);
  ((WfScenario *) g_ptr_array_index (invalid->scenarios, 0))->horizon = 1900;
  g_assert_false (wf_document_save_file (invalid, file, &error));
  g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_RANGE);
  g_clear_error (&error);
  g_clear_pointer (&loaded, wf_document_free);
  loaded = wf_document_load_file (file, &error);
  g_assert_no_error (error);
  g_assert_true (wf_document_equal (loaded, changed));

  /* No stray temporary files. */
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;
    guint n = 0;

    while ((name = g_dir_read_name (d)) != NULL)
      n++;
    g_assert_cmpuint (n, ==, 2);
  }

  g_unlink (path);
  g_unlink (backup);
  g_rmdir (dir);
  (void) contents;
}

static void
test_save_unwritable (void)
{
  g_autoptr(WfDocument) document = wf_document_new_default ();
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent-directory-wf/a.foresight");
  g_autoptr(GError) error = NULL;

  g_assert_false (wf_document_save_file (document, file, &error));
  g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "a.foresight"));
}

static void
test_migrate_v1 (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "io", "fixtures", "version1.foresight", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDocument) document = NULL;
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(WfDocument) reloaded = NULL;
  const WfScenario *reference, *fast;

  document = wf_document_load_file_full (file, &warnings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "version 1"));

  g_assert_cmpstr (document->metadata.title, ==, "Workshop, Geneva");
  g_assert_cmpstr (document->metadata.author, ==, "A. Facilitator");
  g_assert_true (wf_dataset_equal (document->dataset, world));
  g_assert_cmpuint (document->scenarios->len, ==, 2);

  reference = g_ptr_array_index (document->scenarios, 0);
  g_assert_cmpstr (reference->name, ==, "Reference");
  g_assert_cmpuint (reference->seed, ==, 42);
  for (guint i = 0; i < WF_N_LEVERS; i++)
    g_assert_cmpfloat (reference->values[i], ==, wf_lever_get_info (i)->default_value);

  fast = g_ptr_array_index (document->scenarios, 1);
  g_assert_cmpint (fast->horizon, ==, 2032);
  /* Percentages were fractions in version 1; other units are unchanged. */
  g_assert_cmpfloat (fast->values[WF_LEVER_ADOPTION_CEILING], ==, 85.0);
  g_assert_cmpfloat (fast->values[WF_LEVER_RESKILLING], ==, 7.0);
  g_assert_cmpfloat (fast->values[WF_LEVER_WOMEN_TRAINING_ACCESS], ==, 0.9);
  g_assert_cmpfloat (fast->values[WF_LEVER_ADOPTION_MIDPOINT], ==, 2027.0);
  g_assert_cmpfloat (fast->low[WF_LEVER_ADOPTION_CEILING], <=, 85.0);
  g_assert_cmpfloat (fast->high[WF_LEVER_ADOPTION_CEILING], >=, 85.0);

  /* Saving writes the current version, which the schema accepts. */
  bytes = wf_document_to_bytes (document, &error);
  g_assert_no_error (error);
  g_assert_true (test_validates_against_schema (bytes));
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "version=\"2\""));
  reloaded = wf_document_load_bytes (bytes, "migrated.foresight", &error);
  g_assert_no_error (error);
  g_assert_true (wf_document_equal (document, reloaded));
}

static char *
default_text (void)
{
  g_autoptr(WfDocument) document = wf_document_new_default ();
  g_autoptr(GBytes) bytes = wf_document_to_bytes (document, NULL);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static char *
replace_once (const char *text,
              const char *old,
              const char *new)
{
  const char *at = strstr (text, old);

  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, new, at + strlen (old));
}

/* A newer version: unknown elements are skipped with a warning. */
static void
test_newer_version (void)
{
  g_autofree char *text = default_text ();
  g_autofree char *a = replace_once (text, "version=\"2\"", "version=\"3\"");
  g_autofree char *b = replace_once (a, "<scenarios>", "<extensions><gadget/></extensions>\n  <scenarios>");
  g_autofree char *c = replace_once (b, "<lever id=\"adoption-ceiling\"",
                                     "<annotation>new in 3</annotation><lever id=\"adoption-ceiling\"");
  g_autofree char *d = replace_once (c, "<lever id=\"sme-support\" value=\"0\" low=\"0\" high=\"20\"/>",
                                     "<lever id=\"sme-support\" value=\"0\" low=\"0\" high=\"20\"/>"
                                     "<lever id=\"quantum-computing\" value=\"5\"/>");
  g_autoptr(GBytes) bytes = g_bytes_new (d, strlen (d));
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDocument) document = NULL;
  g_autoptr(WfDocument) expected = wf_document_new_default ();
  guint ignored = 0;

  document = wf_document_load_bytes_full (bytes, "newer.foresight", &warnings, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  for (guint i = 0; i < warnings->len; i++)
    {
      const char *warning = g_ptr_array_index (warnings, i);

      g_test_message ("%s", warning);
      g_assert_true (g_str_has_prefix (warning, "newer.foresight:"));
      if (strstr (warning, "ignoring") != NULL)
        ignored++;
    }
  g_assert_cmpuint (ignored, ==, 3);
  g_assert_true (wf_dataset_equal (document->dataset, expected->dataset));
  g_assert_cmpuint (document->scenarios->len, ==, WF_N_PRESETS);
}

typedef enum
{
  EDIT_REPLACE,
  EDIT_LITERAL,
  EDIT_TRUNCATE,
  EDIT_GARBAGE,
  EDIT_DEEP,
  EDIT_HUGE,
} EditKind;

typedef struct
{
  const char *name;
  EditKind    kind;
  const char *old;       /* EDIT_REPLACE: replace this ... */
  const char *new;       /* ... by this; EDIT_LITERAL: the whole file */
  int         code;
  const char *in_message[3];
} BrokenCase;

#define NS "xmlns=\"urn:workforce-foresight:scenario\""

static const BrokenCase broken_cases[] = {
  { "malformed", EDIT_LITERAL, NULL,
    "<?xml version=\"1.0\"?>\n<foresight " NS " version=\"2\">\n  <metadata>\n</foresight>\n",
    WF_IO_ERROR_PARSE, { "broken.foresight:4:", "not well-formed", NULL } },
  { "external-entity", EDIT_LITERAL, NULL,
    "<?xml version=\"1.0\"?>\n<!DOCTYPE foresight [\n<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n"
    "<foresight " NS " version=\"2\">&xxe;</foresight>\n",
    WF_IO_ERROR_FORBIDDEN, { "broken.foresight:2:", "DOCTYPE", NULL } },
  { "billion-laughs", EDIT_LITERAL, NULL,
    "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
    " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
    " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
    " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
    " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
    " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
    " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
    " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
    " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
    " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
    "]>\n<foresight " NS " version=\"2\"><metadata><title>&lol9;</title></metadata></foresight>\n",
    WF_IO_ERROR_FORBIDDEN, { "broken.foresight:2:", "DOCTYPE", NULL } },
  { "undeclared-entity", EDIT_LITERAL, NULL,
    "<?xml version=\"1.0\"?>\n<foresight " NS " version=\"2\">&xxe;</foresight>\n",
    WF_IO_ERROR_PARSE, { "broken.foresight:2:", "xxe", NULL } },
  { "wrong-namespace", EDIT_REPLACE, NS, "xmlns=\"urn:someone-else\"",
    WF_IO_ERROR_NAMESPACE, { "broken.foresight:2:", "urn:someone-else", "urn:workforce-foresight:scenario" } },
  { "no-namespace", EDIT_REPLACE, NS, "",
    WF_IO_ERROR_NAMESPACE, { "broken.foresight:2:", "urn:workforce-foresight:scenario", NULL } },
  { "bad-version", EDIT_REPLACE, "version=\"2\"", "version=\"two\"",
    WF_IO_ERROR_VERSION, { "broken.foresight:2:", "two", NULL } },
  { "missing-element", EDIT_REPLACE, "<automation-profile>0 0 0.15 0.4 1</automation-profile>", "",
    WF_IO_ERROR_SCHEMA, { "broken.foresight:5:", "<automation-profile>", NULL } },
  { "schema-order", EDIT_REPLACE, "  <scenarios>", "  <view lens=\"men\"/>\n  <scenarios>",
    WF_IO_ERROR_SCHEMA, { "broken.foresight:", "format", NULL } },
  { "non-numeric", EDIT_REPLACE, "<lever id=\"adoption-ceiling\" value=\"60\"",
    "<lever id=\"adoption-ceiling\" value=\"sixty\"",
    WF_IO_ERROR_VALUE, { "broken.foresight:197:", "<lever>", "sixty" } },
  { "out-of-range-lever", EDIT_REPLACE, "<lever id=\"adoption-ceiling\" value=\"60\"",
    "<lever id=\"adoption-ceiling\" value=\"160\"",
    WF_IO_ERROR_RANGE, { "broken.foresight:", "AI adoption ceiling", "160" } },
  { "exposure-not-summing", EDIT_REPLACE, "exposure=\"0.993 0.003 0.002 0.001 0.001\"",
    "exposure=\"0.5 0.003 0.002 0.001 0.001\"",
    WF_IO_ERROR_RANGE, { "broken.foresight:", "add up", NULL } },
  { "current-scenario", EDIT_REPLACE, "current-scenario=\"0\"", "current-scenario=\"7\"",
    WF_IO_ERROR_RANGE, { "broken.foresight:", "7", NULL } },
  { "difference", EDIT_REPLACE, "current-scenario=\"0\"", "difference=\"maybe\" current-scenario=\"0\"",
    WF_IO_ERROR_VALUE, { "broken.foresight:", "maybe", NULL } },
  { "metric", EDIT_REPLACE, "current-scenario=\"0\"", "metric=\"happiness\" current-scenario=\"0\"",
    WF_IO_ERROR_VALUE, { "broken.foresight:", "happiness", NULL } },
  { "truncated", EDIT_TRUNCATE, NULL, NULL,
    WF_IO_ERROR_PARSE, { "broken.foresight:", "not well-formed", NULL } },
  { "empty", EDIT_LITERAL, NULL, "",
    WF_IO_ERROR_EMPTY, { "broken.foresight", "empty", NULL } },
  { "garbage", EDIT_GARBAGE, NULL, NULL,
    WF_IO_ERROR_PARSE, { "broken.foresight", NULL } },
  { "too-deep", EDIT_DEEP, NULL, NULL,
    WF_IO_ERROR_TOO_DEEP, { "broken.foresight:", "32", NULL } },
  { "too-large", EDIT_HUGE, NULL, NULL,
    WF_IO_ERROR_TOO_LARGE, { "broken.foresight", "16 MiB", NULL } },
};

static GBytes *
make_broken (const BrokenCase *c)
{
  g_autofree char *text = default_text ();

  switch (c->kind)
    {
    case EDIT_REPLACE:
      {
        char *edited = replace_once (text, c->old, c->new);
        return g_bytes_new_take (edited, strlen (edited));
      }
    case EDIT_LITERAL:
      return g_bytes_new (c->new, strlen (c->new));
    case EDIT_TRUNCATE:
      return g_bytes_new (text, strlen (text) / 2);
    case EDIT_GARBAGE:
      {
        g_autoptr(GRand) rand = g_rand_new_with_seed (20260101);
        guint8 *data = g_malloc (4096);

        for (guint i = 0; i < 4096; i++)
          data[i] = (guint8) g_rand_int_range (rand, 0, 256);
        return g_bytes_new_take (data, 4096);
      }
    case EDIT_DEEP:
      {
        GString *deep = g_string_new ("<?xml version=\"1.0\"?>\n<foresight " NS " version=\"2\">\n");

        for (guint i = 0; i < 100; i++)
          g_string_append (deep, "<a>");
        for (guint i = 0; i < 100; i++)
          g_string_append (deep, "</a>");
        g_string_append (deep, "</foresight>\n");
        return g_string_free_to_bytes (deep);
      }
    case EDIT_HUGE:
      {
        gsize size = WF_DOCUMENT_MAX_SIZE + 1;
        char *data = g_malloc (size);

        memset (data, ' ', size);
        memcpy (data, text, strlen (text));
        return g_bytes_new_take (data, size);
      }
    default:
      g_assert_not_reached ();
    }
}

static void
test_broken (gconstpointer data)
{
  const BrokenCase *c = data;
  g_autoptr(GBytes) bytes = make_broken (c);
  g_autoptr(WfDocument) before = wf_document_new_default ();
  g_autoptr(WfDocument) copy = wf_document_copy (before);
  g_autoptr(GError) error = NULL;
  WfDocument *document;

  document = wf_document_load_bytes (bytes, "broken.foresight", &error);
  g_assert_null (document);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_error (error, WF_IO_ERROR, c->code);
  for (guint i = 0; i < G_N_ELEMENTS (c->in_message) && c->in_message[i] != NULL; i++)
    g_assert_nonnull (strstr (error->message, c->in_message[i]));

  /* Whatever the caller had is untouched. */
  g_assert_true (wf_document_equal (before, copy));
}

/* The world dataset shipped as XML holds the same numbers as the C table. */
static void
test_world_file (void)
{
  const char *root = g_getenv ("WF_SOURCE_ROOT");
  g_autofree char *path = root ? g_build_filename (root, "data", "world-2023.foresight", NULL)
                               : g_test_build_filename (G_TEST_DIST, "..", "data", "world-2023.foresight", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  g_autoptr(WfDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = wf_document_load_file (file, &error);
  g_assert_no_error (error);
  g_assert_true (wf_dataset_equal (document->dataset, world));
  g_assert_cmpuint (document->scenarios->len, ==, WF_N_PRESETS);
}

static void
test_document_copy_equal (void)
{
  g_autoptr(WfDocument) document = make_document ();
  g_autoptr(WfDocument) copy = wf_document_copy (document);
  WfScenario *scenario;

  g_assert_true (wf_document_equal (document, copy));
  g_assert_cmpint (wf_document_find_scenario (document, "Current trends"), ==, 0);
  g_assert_cmpint (wf_document_find_scenario (document, "nope"), ==, -1);

  scenario = wf_document_get_scenario (copy, 1);
  scenario->values[WF_LEVER_RESKILLING] += 1.0;
  g_assert_false (wf_document_equal (document, copy));
  g_assert_null (wf_document_get_scenario (copy, 99));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/document/copy-equal", test_document_copy_equal);
  g_test_add_func ("/io/document/round-trip", test_round_trip);
  g_test_add_func ("/io/document/view-difference", test_view_difference);
  g_test_add_func ("/io/document/schema-valid", test_schema_valid);
  g_test_add_func ("/io/document/locale-independent", test_locale_independent);
  g_test_add_func ("/io/document/save-atomic-backup", test_save_atomic_backup);
  g_test_add_func ("/io/document/save-unwritable", test_save_unwritable);
  g_test_add_func ("/io/document/migrate-v1", test_migrate_v1);
  g_test_add_func ("/io/document/newer-version", test_newer_version);
  g_test_add_func ("/io/document/world-file", test_world_file);
  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/io/document/broken/%s", broken_cases[i].name);

      g_test_add_data_func (path, &broken_cases[i], test_broken);
    }

  return g_test_run ();
}
