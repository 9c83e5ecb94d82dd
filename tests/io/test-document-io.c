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
  /* Neither is a preset: ids in the order of the file (format 4). */
  g_assert_cmpstr (reference->id, ==, "scenario");
  g_assert_cmpstr (fast->id, ==, "scenario-2");
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
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "version=\"4\""));
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

/* Version 2: files written by the version-2 writer (the world scenario as
 * it shipped, an ILOSTAT import with sectors the world dataset does not
 * have and employment of unknown sex). What the file holds is read from it
 * with libxml2 here, apart from the loader, to check what migration keeps
 * and what it fills. */
typedef struct
{
  const char *fixture;
  guint       n_sectors;
  guint       n_world_sectors;  /* sectors whose id the world dataset has */
  guint       n_scenarios;
} MigrationCase;

static const MigrationCase migration_cases[] = {
  { "version2.foresight", 14, 14, 5 },
  { "version2-kenya.foresight", 6, 0, 5 },
};

static void
collect_elements (xmlNode    *node,
                  const char *name,
                  GPtrArray  *out)
{
  for (; node != NULL; node = node->next)
    if (node->type == XML_ELEMENT_NODE)
      {
        if (strcmp ((const char *) node->name, name) == 0)
          g_ptr_array_add (out, node);
        collect_elements (node->children, name, out);
      }
}

static double
double_attr (xmlNode    *node,
             const char *name)
{
  xmlChar *text = xmlGetProp (node, (const xmlChar *) name);
  double value;

  g_assert_nonnull (text);
  value = g_ascii_strtod ((const char *) text, NULL);
  xmlFree (text);
  return value;
}

static void
test_migrate_v2 (gconstpointer data)
{
  const MigrationCase *c = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "io", "fixtures", c->fixture, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GPtrArray) reloaded_warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDocument) document = NULL;
  g_autoptr(WfDocument) reloaded = NULL;
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) sectors = g_ptr_array_new ();
  g_autoptr(GPtrArray) scenarios = g_ptr_array_new ();
  xmlDoc *xml;
  const WfDataset *dataset;
  const char *warning;
  double employed[WF_N_SEXES] = { 0.0, };
  double growth[WF_N_SEXES] = { 0.0, };
  double all_growth = 0.0, all_employed = 0.0;
  double mean_cost_share = 0.0, mean_trend = 0.0, world_employed = 0.0;
  guint n_world_sectors = 0;

  document = wf_document_load_file_full (file, &warnings, &error);
  g_assert_no_error (error);
  dataset = document->dataset;
  g_assert_cmpuint (dataset->n_sectors, ==, c->n_sectors);
  g_assert_true (wf_dataset_validate (dataset, NULL));

  /* One warning: converted from version 2, the new tables named. */
  g_assert_cmpuint (warnings->len, ==, 1);
  warning = g_ptr_array_index (warnings, 0);
  g_test_message ("%s", warning);
  g_assert_true (g_str_has_prefix (warning, path));
  g_assert_nonnull (strstr (warning, "converted from format version 2"));
  g_assert_nonnull (strstr (warning, "saving writes version 4"));
  for (WfTable t = WF_TABLE_LABOUR_FORCE; t < WF_N_TABLES; t++)
    g_assert_nonnull (strstr (warning, wf_table_to_string (t)));

  /* What the file holds, read apart from the loader. */
  xml = xmlReadFile (path, NULL, XML_PARSE_NONET);
  g_assert_nonnull (xml);
  collect_elements (xmlDocGetRootElement (xml), "sector", sectors);
  collect_elements (xmlDocGetRootElement (xml), "scenario", scenarios);
  g_assert_cmpuint (sectors->len, ==, c->n_sectors);
  g_assert_cmpuint (scenarios->len, ==, c->n_scenarios);
  g_assert_cmpuint (document->scenarios->len, ==, c->n_scenarios);

  for (guint s = 0; s < sectors->len; s++)
    {
      xmlNode *sector = g_ptr_array_index (sectors, s);
      double trend = double_attr (sector, "trend-growth");
      guint g = 0;

      for (xmlNode *sex = sector->children; sex != NULL; sex = sex->next)
        if (sex->type == XML_ELEMENT_NODE && strcmp ((const char *) sex->name, "sex") == 0)
          {
            double e = double_attr (sex, "employment");

            /* Employment is kept exactly. */
            g_assert_cmpfloat (dataset->sectors[s].employment[g], ==, e);
            employed[g] += e;
            growth[g] += e * trend;
            all_employed += e;
            all_growth += e * trend;
            g++;
          }
      g_assert_cmpuint (g, ==, WF_N_SEXES);
    }

  /* Lever values keep their meaning: the same numbers, lever by lever. */
  for (guint i = 0; i < scenarios->len; i++)
    {
      const WfScenario *scenario = g_ptr_array_index (document->scenarios, i);
      g_autoptr(GPtrArray) levers = g_ptr_array_new ();
      xmlNode *node = g_ptr_array_index (scenarios, i);

      collect_elements (node->children, "lever", levers);
      g_assert_cmpuint (levers->len, ==, WF_N_LEVERS);
      for (guint l = 0; l < levers->len; l++)
        {
          xmlChar *id = xmlGetProp (g_ptr_array_index (levers, l), (const xmlChar *) "id");
          WfLever lever;

          g_assert_true (wf_lever_from_id ((const char *) id, &lever));
          g_assert_cmpfloat (scenario->values[lever], ==, double_attr (g_ptr_array_index (levers, l), "value"));
          g_assert_cmpfloat (scenario->low[lever], ==, double_attr (g_ptr_array_index (levers, l), "low"));
          g_assert_cmpfloat (scenario->high[lever], ==, double_attr (g_ptr_array_index (levers, l), "high"));
          xmlFree (id);
        }
    }
  xmlFreeDoc (xml);

  /* The labour force: 5 % unemployed, growing at the trend of its jobs. */
  for (guint g = 0; g < WF_N_SEXES; g++)
    {
      double u = employed[g] * 0.05 / 0.95;
      double n = employed[g] > 0.0 ? growth[g] / employed[g] : all_growth / all_employed;

      g_assert_cmpfloat_with_epsilon (dataset->unemployed[g], u, 1e-9 * (1.0 + u));
      g_assert_cmpfloat_with_epsilon (dataset->labour_force[g], employed[g] + u, 1e-9 * (1.0 + employed[g]));
      g_assert_cmpfloat_with_epsilon (dataset->labour_force_growth[g], n, 1e-12);
      g_assert_cmpfloat (dataset->new_work_ready[g], ==, world->new_work_ready[g]);
    }

  /* The world dataset's parameters. */
  g_assert_cmpfloat (dataset->replacement_rate, ==, world->replacement_rate);
  g_assert_cmpfloat (dataset->untrained_hiring_weight, ==, world->untrained_hiring_weight);
  g_assert_cmpfloat (dataset->discouragement_rate, ==, world->discouragement_rate);
  g_assert_cmpfloat (dataset->shortage_lapse_rate, ==, world->shortage_lapse_rate);
  g_assert_cmpmem (dataset->task_share, sizeof dataset->task_share,
                   world->task_share, sizeof world->task_share);

  /* Per sector: the world's value for the same id, else its mean. */
  for (guint s = 0; s < world->n_sectors; s++)
    {
      double e = wf_dataset_total_employment (world, WF_SEX_ALL) > 0.0
                 ? world->sectors[s].employment[0] + world->sectors[s].employment[1] +
                   world->sectors[s].employment[2]
                 : 0.0;

      mean_cost_share += e * world->sectors[s].labour_cost_share;
      mean_trend += e * world->sectors[s].digitalisation_trend;
      world_employed += e;
    }
  mean_cost_share /= world_employed;
  mean_trend /= world_employed;
  for (guint s = 0; s < dataset->n_sectors; s++)
    {
      int w = wf_dataset_find_sector (world, dataset->sectors[s].id);

      if (w >= 0)
        {
          n_world_sectors++;
          g_assert_cmpfloat (dataset->sectors[s].labour_cost_share, ==, world->sectors[w].labour_cost_share);
          g_assert_cmpfloat (dataset->sectors[s].digitalisation_trend, ==, world->sectors[w].digitalisation_trend);
        }
      else
        {
          g_assert_cmpfloat_with_epsilon (dataset->sectors[s].labour_cost_share, mean_cost_share, 1e-12);
          g_assert_cmpfloat_with_epsilon (dataset->sectors[s].digitalisation_trend, mean_trend, 1e-12);
        }
    }
  g_assert_cmpuint (n_world_sectors, ==, c->n_world_sectors);

  /* Every filled table is an assumption that says it was filled. */
  for (WfTable t = WF_TABLE_LABOUR_FORCE; t < WF_N_TABLES; t++)
    {
      g_assert_cmpint (dataset->sources[t].provenance, ==, WF_PROVENANCE_ASSUMPTION);
      g_assert_nonnull (dataset->sources[t].citation);
      g_assert_true (g_str_has_prefix (dataset->sources[t].note,
                                       "Filled on migration from format version 2"));
    }
  g_assert_nonnull (strstr (dataset->sources[WF_TABLE_UNEMPLOYMENT].note, "5 %"));

  /* It projects, and saves as version 4, which loads back without a
   * warning to the same document. */
  for (guint i = 0; i < document->scenarios->len; i++)
    {
      g_autoptr(WfResults) results = wf_model_project (dataset, g_ptr_array_index (document->scenarios, i), &error);

      g_assert_no_error (error);
    }
  bytes = wf_document_to_bytes (document, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "version=\"4\""));
  g_assert_true (test_validates_against_schema (bytes));
  reloaded = wf_document_load_bytes_full (bytes, "migrated.foresight", &reloaded_warnings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reloaded_warnings->len, ==, 0);
  g_assert_true (wf_document_equal (document, reloaded));
}

/* A version-2 file is checked with version 2's schema before migration:
 * what only the schema catches (a date that is not one) is refused. */
static void
test_migrate_v2_schema (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "io", "fixtures", "version2-kenya.foresight", NULL);
  g_autofree char *text = NULL;
  g_autofree char *edited = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDocument) document = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  edited = replace_once (text, "<created>2026-01-01T00:00:00Z</created>", "<created>yesterday</created>");
  bytes = g_bytes_new (edited, strlen (edited));

  document = wf_document_load_bytes (bytes, "old.foresight", &error);
  g_assert_null (document);
  g_test_message ("%s", error->message);
  g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_SCHEMA);
  g_assert_true (g_str_has_prefix (error->message, "old.foresight:6:"));
  g_assert_nonnull (strstr (error->message, "<created>"));
}

/* Employment that disagrees with the labour force less unemployment is
 * refused with the core's message, at the line of that sex's element,
 * and nothing the caller had changes. */
static void
test_labour_mismatch (void)
{
  g_autoptr(WfDataset) world = wf_dataset_new_world ();

  for (guint g = WF_SEX_WOMEN; g <= WF_SEX_MEN; g++)
    {
      g_autoptr(WfDocument) document = wf_document_new_default ();
      g_autoptr(WfDocument) before = wf_document_copy (document);
      g_autoptr(WfDocument) loaded = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      g_autofree char *edited = NULL;
      g_autofree char *old = NULL;
      g_autofree char *at_line = NULL;
      g_autofree char *employment = NULL;
      g_autofree char *force = NULL;
      g_autofree char *unemployment = NULL;
      char buf[G_ASCII_DTOSTR_BUF_SIZE];
      double bigger = world->labour_force[g] * 1.01;
      const char *sex_line;
      int line = 1;

      bytes = wf_document_to_bytes (document, &error);
      g_assert_no_error (error);
      text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      /* The labour force of this sex 1 % larger than the file has it. */
      old = g_strdup_printf ("<sex id=\"%s\" labour-force=\"", wf_sex_to_id (g));
      sex_line = strstr (text, old);
      g_assert_nonnull (sex_line);
      edited = g_strdup_printf ("%.*s%s%s%s", (int) (sex_line - text), text, old,
                                g_ascii_dtostr (buf, sizeof buf, bigger),
                                strchr (sex_line + strlen (old), '"'));
      sex_line = strstr (edited, old);
      for (const char *p = edited; p < sex_line; p++)
        line += *p == '\n';
      g_clear_pointer (&bytes, g_bytes_unref);
      bytes = g_bytes_new (edited, strlen (edited));

      loaded = wf_document_load_bytes (bytes, "mismatch.foresight", &error);
      g_assert_null (loaded);
      g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_RANGE);
      g_test_message ("%s", error->message);
      at_line = g_strdup_printf ("mismatch.foresight:%d:", line);
      employment = g_strdup_printf ("%.1f", wf_dataset_total_employment (world, (int) g));
      force = g_strdup_printf ("%.1f", bigger);
      unemployment = g_strdup_printf ("%.1f", world->unemployed[g]);
      g_assert_true (g_str_has_prefix (error->message, at_line));
      g_assert_nonnull (strstr (error->message, "<labour-market>"));
      g_assert_nonnull (strstr (error->message, g == WF_SEX_WOMEN ? "Women" : "Men"));
      g_assert_nonnull (strstr (error->message, employment));
      g_assert_nonnull (strstr (error->message, force));
      g_assert_nonnull (strstr (error->message, unemployment));
      g_assert_true (wf_document_equal (document, before));
    }
}

/* A newer version: unknown elements are skipped with a warning. */
static void
test_newer_version (void)
{
  g_autofree char *text = default_text ();
  g_autofree char *a = replace_once (text, "version=\"4\"", "version=\"5\"");
  g_autofree char *b = replace_once (a, "<scenarios>", "<extensions><gadget/></extensions>\n  <scenarios>");
  g_autofree char *c = replace_once (b, "<lever id=\"adoption-ceiling\"",
                                     "<annotation>new in 5</annotation><lever id=\"adoption-ceiling\"");
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
    "<?xml version=\"1.0\"?>\n<foresight " NS " version=\"4\">\n  <metadata>\n</foresight>\n",
    WF_IO_ERROR_PARSE, { "broken.foresight:4:", "the element <metadata> that starts on line 3 is closed by </foresight>", NULL } },
  { "external-entity", EDIT_LITERAL, NULL,
    "<?xml version=\"1.0\"?>\n<!DOCTYPE foresight [\n<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n"
    "<foresight " NS " version=\"4\">&xxe;</foresight>\n",
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
    "]>\n<foresight " NS " version=\"4\"><metadata><title>&lol9;</title></metadata></foresight>\n",
    WF_IO_ERROR_FORBIDDEN, { "broken.foresight:2:", "DOCTYPE", NULL } },
  { "undeclared-entity", EDIT_LITERAL, NULL,
    "<?xml version=\"1.0\"?>\n<foresight " NS " version=\"4\">&xxe;</foresight>\n",
    WF_IO_ERROR_PARSE, { "broken.foresight:2:", "xxe", NULL } },
  { "wrong-namespace", EDIT_REPLACE, NS, "xmlns=\"urn:someone-else\"",
    WF_IO_ERROR_NAMESPACE, { "broken.foresight:2:", "urn:someone-else", "urn:workforce-foresight:scenario" } },
  { "no-namespace", EDIT_REPLACE, NS, "",
    WF_IO_ERROR_NAMESPACE, { "broken.foresight:2:", "urn:workforce-foresight:scenario", NULL } },
  { "bad-version", EDIT_REPLACE, "version=\"4\"", "version=\"two\"",
    WF_IO_ERROR_VERSION, { "broken.foresight:2:", "two", NULL } },
  { "missing-element", EDIT_REPLACE, "<automation-profile>0 0 0.15 0.4 1</automation-profile>", "",
    WF_IO_ERROR_SCHEMA, { "broken.foresight:5:", "<automation-profile>", NULL } },
  { "schema-order", EDIT_REPLACE, "  <scenarios>", "  <view lens=\"men\"/>\n  <scenarios>",
    WF_IO_ERROR_SCHEMA, { "broken.foresight:", "the element <view> is not expected here", NULL } },
  { "non-numeric", EDIT_REPLACE, "<lever id=\"adoption-ceiling\" value=\"60\"",
    "<lever id=\"adoption-ceiling\" value=\"sixty\"",
    WF_IO_ERROR_VALUE, { "broken.foresight:235:", "<lever>", "sixty" } },
  { "out-of-range-lever", EDIT_REPLACE, "<lever id=\"adoption-ceiling\" value=\"60\"",
    "<lever id=\"adoption-ceiling\" value=\"160\"",
    WF_IO_ERROR_RANGE, { "broken.foresight:", "AI adoption ceiling", "160" } },
  { "exposure-not-summing", EDIT_REPLACE, "exposure=\"0.993 0.003 0.002 0.001 0.001\"",
    "exposure=\"0.5 0.003 0.002 0.001 0.001\"",
    WF_IO_ERROR_RANGE, { "broken.foresight:", "add up", NULL } },
  /* Values of version 3 the core refuses: reported at their element. */
  { "labour-cost-share", EDIT_REPLACE, "labour-cost-share=\"0.45\" digitalisation-trend=\"0.0015\"",
    "labour-cost-share=\"1.45\" digitalisation-trend=\"0.0015\"",
    WF_IO_ERROR_RANGE, { "broken.foresight:117:", "in <sector>", "labour cost share is 1.45" } },
  { "digitalisation-trend", EDIT_REPLACE, "labour-cost-share=\"0.45\" digitalisation-trend=\"0.0015\"",
    "labour-cost-share=\"0.45\" digitalisation-trend=\"0.5\"",
    WF_IO_ERROR_RANGE, { "broken.foresight:117:", "in <sector>", "digitalisation trend is 0.5" } },
  { "replacement-rate", EDIT_REPLACE, "replacement-rate=\"0.025\"", "replacement-rate=\"0.5\"",
    WF_IO_ERROR_RANGE, { "broken.foresight:225:", "in <labour-market>", "replacement rate is 0.5" } },
  { "hiring-weight", EDIT_REPLACE, "untrained-hiring-weight=\"0.5\"", "untrained-hiring-weight=\"1.5\"",
    WF_IO_ERROR_RANGE, { "broken.foresight:225:", "in <labour-market>", "1.5" } },
  { "new-work-ready", EDIT_REPLACE, "new-work-ready=\"0.008\"", "new-work-ready=\"-0.008\"",
    WF_IO_ERROR_RANGE, { "broken.foresight:226:", "in <labour-market>", "ready for new work" } },
  { "unemployed-above-labour-force", EDIT_REPLACE, "unemployed=\"71530\"", "unemployed=\"2000000\"",
    WF_IO_ERROR_RANGE, { "broken.foresight:226:", "Women", "no larger than the labour force" } },
  { "task-share", EDIT_REPLACE, "<task-share>0 0.3", "<task-share>0.1 0.3",
    WF_IO_ERROR_RANGE, { "broken.foresight:224:", "in <task-share>", "gradient 0" } },
  { "missing-task-share", EDIT_REPLACE, "<task-share>0 0.3 0.4 0.5 0.6</task-share>", "",
    WF_IO_ERROR_SCHEMA, { "broken.foresight:5:", "<task-share>", NULL } },
  { "labour-market-sex-twice", EDIT_REPLACE, "<sex id=\"men\" labour-force=", "<sex id=\"women\" labour-force=",
    WF_IO_ERROR_INVALID, { "broken.foresight:227:", "women", "twice" } },
  { "new-table-source-twice", EDIT_REPLACE, "table=\"labour-market\"", "table=\"labour-force\"",
    WF_IO_ERROR_INVALID, { "broken.foresight:77:", "labour-force", "two sources" } },
  /* A version-2 file has none of the new elements and tables. */
  { "version-2-with-new-tables", EDIT_REPLACE, "version=\"4\"", "version=\"2\"",
    WF_IO_ERROR_SCHEMA, { "broken.foresight:224:", "unexpected element <task-share>", NULL } },
  { "current-scenario", EDIT_REPLACE, "current-scenario=\"0\"", "current-scenario=\"7\"",
    WF_IO_ERROR_RANGE, { "broken.foresight:", "7", NULL } },
  { "difference", EDIT_REPLACE, "current-scenario=\"0\"", "difference=\"maybe\" current-scenario=\"0\"",
    WF_IO_ERROR_VALUE, { "broken.foresight:", "maybe", NULL } },
  { "metric", EDIT_REPLACE, "current-scenario=\"0\"", "metric=\"happiness\" current-scenario=\"0\"",
    WF_IO_ERROR_VALUE, { "broken.foresight:", "happiness", NULL } },
  /* Version 4: scenario ids, predictions, the view's comparisons by id. */
  { "scenario-id-twice", EDIT_REPLACE, "id=\"incremental-limited\"", "id=\"current-trends\"",
    WF_IO_ERROR_INVALID, { "broken.foresight:249:", "“current-trends”", "scenario on line 232" } },
  { "scenario-name-twice", EDIT_REPLACE, "<name>Incremental AI, limited readiness</name>",
    "<name>Current trends</name>",
    WF_IO_ERROR_INVALID, { "broken.foresight:249:", "“Current trends”", "scenario on line 232" } },
  { "scenario-id-invalid", EDIT_REPLACE, "id=\"current-trends\"", "id=\"Base line\"",
    WF_IO_ERROR_VALUE, { "broken.foresight:232:", "“Base line”", NULL } },
  { "scenario-id-missing", EDIT_REPLACE, "id=\"current-trends\" ", "",
    WF_IO_ERROR_SCHEMA, { "broken.foresight:232:", "“id”", NULL } },
  { "prediction-unknown", EDIT_REPLACE, "</scenario>", "<prediction metric=\"happiness\" value=\"1\"/></scenario>",
    WF_IO_ERROR_VALUE, { "broken.foresight:", "“happiness”", NULL } },
  { "prediction-twice", EDIT_REPLACE, "</scenario>",
    "<prediction metric=\"net-jobs\" value=\"1\"/><prediction metric=\"net-jobs\" value=\"2\"/></scenario>",
    WF_IO_ERROR_INVALID, { "broken.foresight:", "“net-jobs”", "twice" } },
  { "prediction-not-a-number", EDIT_REPLACE, "</scenario>", "<prediction metric=\"net-jobs\" value=\"many\"/></scenario>",
    WF_IO_ERROR_VALUE, { "broken.foresight:", "“many”", NULL } },
  { "compare-missing", EDIT_REPLACE, "current-scenario=\"0\"/>",
    "current-scenario=\"0\">\n    <compare scenario=\"current-trends\"/>\n    <compare scenario=\"nowhere\"/>\n  </view>",
    WF_IO_ERROR_INVALID, { "broken.foresight:320:", "“nowhere”", NULL } },
  { "truncated", EDIT_TRUNCATE, NULL, NULL,
    WF_IO_ERROR_PARSE, { "broken.foresight:", "the file ends in the middle of", "cut short" } },
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
        GString *deep = g_string_new ("<?xml version=\"1.0\"?>\n<foresight " NS " version=\"4\">\n");

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

/* Version 4: ids, origins, predictions and the view's comparisons (by id
 * in the file, by name in memory) survive a round trip, and saving again
 * gives the same bytes. */
static void
test_format4_round_trip (void)
{
  g_autoptr(WfDocument) document = wf_document_new_default ();
  g_autoptr(WfDocument) reloaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;
  WfScenario *anna = wf_scenario_new_preset (WF_PRESET_EXPONENTIAL_WIDESPREAD);
  const char *text;

  wf_scenario_set_id (anna, "scenario");
  wf_scenario_set_name (anna, "Anna’s future");
  wf_scenario_set_origin (anna, "anna & co.foresight", "Anna <A.> Müller", "2026-03-02T17:45:12Z");
  anna->predictions[WF_METRIC_NET_JOBS] = -12.5;
  anna->predictions[WF_METRIC_WOMEN_SHARE_OF_DISPLACEMENT] = 0.1 + 0.2;
  wf_scenario_set_value (anna, WF_LEVER_RESKILLING, 42.0);
  wf_document_add_scenario (document, anna);
  g_ptr_array_add (document->view.compared, g_strdup ("Anna’s future"));
  g_ptr_array_add (document->view.compared, g_strdup ("Incremental AI, limited readiness"));

  bytes = wf_document_to_bytes (document, &error);
  g_assert_no_error (error);
  g_assert_true (test_validates_against_schema (bytes));
  text = g_bytes_get_data (bytes, NULL);
  g_assert_nonnull (strstr (text, "version=\"4\""));
  g_assert_nonnull (strstr (text, "<scenario id=\"current-trends\" seed="));
  g_assert_nonnull (strstr (text, "<scenario id=\"scenario\" seed="));
  g_assert_nonnull (strstr (text, "<origin file=\"anna &amp; co.foresight\" author=\"Anna &lt;A.&gt; Müller\" "
                                  "time=\"2026-03-02T17:45:12Z\"/>"));
  g_assert_nonnull (strstr (text, "<prediction metric=\"net-jobs\" value=\"-12.5\"/>"));
  g_assert_nonnull (strstr (text, "<prediction metric=\"women-share-of-displacement\" "
                                  "value=\"0.30000000000000004\"/>"));
  g_assert_nonnull (strstr (text, "<compare scenario=\"scenario\"/>\n    <compare scenario=\"incremental-limited\"/>"));

  reloaded = wf_document_load_bytes (bytes, "four.foresight", &error);
  g_assert_no_error (error);
  g_assert_true (wf_document_equal (document, reloaded));
  g_assert_cmpstr (g_ptr_array_index (reloaded->view.compared, 0), ==, "Anna’s future");
  anna = g_ptr_array_index (reloaded->scenarios, WF_N_PRESETS);
  g_assert_cmpstr (anna->origin.author, ==, "Anna <A.> Müller");
  g_assert_cmpfloat (anna->predictions[WF_METRIC_NET_JOBS], ==, -12.5);
  g_assert_false (wf_scenario_has_prediction (anna, WF_METRIC_DISPLACED));

  again = wf_document_to_bytes (reloaded, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (bytes, again));
}

/* The writer refuses what the reader would refuse: two scenarios with the
 * same name or id. */
static void
test_format4_write_refusals (void)
{
  g_autoptr(WfDocument) document = wf_document_new_default ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  WfScenario *second = g_ptr_array_index (document->scenarios, 1);

  wf_scenario_set_name (second, "Current trends");
  bytes = wf_document_to_bytes (document, &error);
  g_assert_null (bytes);
  g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“Current trends”"));
  g_clear_error (&error);

  wf_scenario_set_name (second, "Other");
  wf_scenario_set_id (second, "current-trends");
  bytes = wf_document_to_bytes (document, &error);
  g_assert_null (bytes);
  g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“current-trends”"));
}

/* Version 3: scenarios get ids on load (a preset's only when its values
 * and English name are the preset's), the view's names are kept, and
 * saving writes version 4 that loads back the same. */
static void
test_migrate_v3 (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "io", "fixtures", "version3.foresight", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GPtrArray) reloaded_warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDocument) document = NULL;
  g_autoptr(WfDocument) reloaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *expected[] = { "current-trends", "incremental-limited", "incremental-widespread",
                             "exponential-limited", "exponential-widespread", "scenario", "scenario-2" };
  const char *warning;

  document = wf_document_load_file_full (file, &warnings, &error);
  g_assert_no_error (error);
  /* The conversion, and "Fast adoption"'s ceiling of 85 outside its range
   * of 40 to 80, which version 3 allowed: the range is widened. */
  g_assert_cmpuint (warnings->len, ==, 2);
  warning = g_ptr_array_index (warnings, 0);
  g_test_message ("%s", warning);
  g_assert_nonnull (strstr (warning, "“Fast adoption” sets the lever “adoption-ceiling” to 85, outside"));
  warning = g_ptr_array_index (warnings, 1);
  g_test_message ("%s", warning);
  g_assert_nonnull (strstr (warning, "converted from format version 3"));
  g_assert_nonnull (strstr (warning, "saving writes version 4"));

  g_assert_cmpuint (document->scenarios->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (((WfScenario *) g_ptr_array_index (document->scenarios, i))->id, ==, expected[i]);
  /* "My trends" has the values of Current trends but not its name. */
  g_assert_cmpstr (((WfScenario *) g_ptr_array_index (document->scenarios, 6))->name, ==, "My trends");
  g_assert_cmpuint (document->view.compared->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (document->view.compared, 0), ==, "Exponential AI, limited readiness");
  g_assert_cmpstr (g_ptr_array_index (document->view.compared, 1), ==, "Fast adoption");
  g_assert_cmpuint (document->view.current_scenario, ==, 5);

  bytes = wf_document_to_bytes (document, &error);
  g_assert_no_error (error);
  g_assert_true (test_validates_against_schema (bytes));
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL),
                            "<compare scenario=\"exponential-limited\"/>\n    <compare scenario=\"scenario\"/>"));
  reloaded = wf_document_load_bytes_full (bytes, "migrated.foresight", &reloaded_warnings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reloaded_warnings->len, ==, 0);
  g_assert_true (wf_document_equal (document, reloaded));
}

/* Version 3 allowed two scenarios with one name: the second is renamed,
 * with a warning, and a comparison with a scenario it does not have is
 * dropped, with a warning. */
static void
test_migrate_v3_duplicates (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "io", "fixtures", "version3.foresight", NULL);
  g_autofree char *text = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDocument) document = NULL;
  const WfScenario *renamed;
  gboolean said_renamed = FALSE, said_dropped = FALSE;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  a = replace_once (text, "<name>My trends</name>", "<name>Fast adoption</name>");
  b = replace_once (a, "<compare>Fast adoption</compare>", "<compare>Nowhere</compare>");
  bytes = g_bytes_new (b, strlen (b));
  document = wf_document_load_bytes_full (bytes, "old.foresight", &warnings, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < warnings->len; i++)
    {
      const char *warning = g_ptr_array_index (warnings, i);

      g_test_message ("%s", warning);
      said_renamed |= strstr (warning, "“Fast adoption (2)”") != NULL;
      said_dropped |= strstr (warning, "“Nowhere”") != NULL;
    }
  g_assert_true (said_renamed);
  g_assert_true (said_dropped);
  renamed = g_ptr_array_index (document->scenarios, 6);
  g_assert_cmpstr (renamed->name, ==, "Fast adoption (2)");
  g_assert_cmpstr (renamed->id, ==, "scenario-2");
  g_assert_cmpuint (document->view.compared->len, ==, 1);
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
  for (guint i = 0; i < G_N_ELEMENTS (migration_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/io/document/migrate-v2/%s", migration_cases[i].fixture);

      g_test_add_data_func (path, &migration_cases[i], test_migrate_v2);
    }
  g_test_add_func ("/io/document/migrate-v2-schema", test_migrate_v2_schema);
  g_test_add_func ("/io/document/labour-mismatch", test_labour_mismatch);
  g_test_add_func ("/io/document/newer-version", test_newer_version);
  g_test_add_func ("/io/document/world-file", test_world_file);
  g_test_add_func ("/io/document/format4-round-trip", test_format4_round_trip);
  g_test_add_func ("/io/document/format4-write-refusals", test_format4_write_refusals);
  g_test_add_func ("/io/document/migrate-v3", test_migrate_v3);
  g_test_add_func ("/io/document/migrate-v3-duplicates", test_migrate_v3_duplicates);
  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/io/document/broken/%s", broken_cases[i].name);

      g_test_add_data_func (path, &broken_cases[i], test_broken);
    }

  return g_test_run ();
}
