/* test-export.c: SVG, PNG, PDF and CSV exports
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "wf-chart.h"
#include "wf-core.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

static WfDataset *dataset;
static WfResults *results;
static WfScenario *scenario;
static WfEnsemble *ensemble;
static WfTornado *tornado;
static WfAttribution *attribution;

static void
data_init (WfChartData *data)
{
  wf_chart_data_init (data);
  data->dataset = dataset;
  data->results[0] = results;
  data->names[0] = scenario->name;
  data->n_scenarios = 1;
  data->every_scenario = (const WfScenario * const *) &scenario;
  data->every_results = (const WfResults * const *) &results;
  data->n_every = 1;
  data->ensemble = ensemble;
  data->tornado = tornado;
  data->attribution = attribution;
}

/* The uncertainty charts export like the others once computed; without
 * their input, the SVG draws "Computing…" but has no table, so it fails
 * with a message rather than writing a half chart; the CSV fails too. */
static void
test_uncertainty (void)
{
  static const WfChartKind kinds[] = { WF_CHART_FAN, WF_CHART_TORNADO, WF_CHART_ATTRIBUTION };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) svg = NULL;
      g_autoptr(GBytes) csv = NULL;
      g_autoptr(GBytes) png = NULL;
      WfChartData data;

      data_init (&data);
      csv = wf_chart_export_bytes (WF_CHART_FORMAT_CSV, 800, 450, 1.0, kinds[i], NULL, &data, &error);
      g_assert_no_error (error);
      /* A header and at least two rows. */
      g_assert_nonnull (strstr (strstr (strstr (g_bytes_get_data (csv, NULL), "\r\n") + 2, "\r\n") + 2, "\r\n"));

      data.ensemble = NULL;
      data.tornado = NULL;
      data.attribution = NULL;
      png = wf_chart_export_bytes (WF_CHART_FORMAT_PNG, 800, 450, 1.0, kinds[i], NULL, &data, &error);
      g_assert_no_error (error);
      g_assert_nonnull (png);
      svg = wf_chart_export_bytes (WF_CHART_FORMAT_SVG, 800, 450, 1.0, kinds[i], NULL, &data, &error);
      g_assert_error (error, WF_CHART_ERROR, WF_CHART_ERROR_INVALID_DATA);
      g_assert_null (svg);
    }
}

static xmlNode *
first_element (xmlNode *node)
{
  for (; node != NULL; node = node->next)
    if (node->type == XML_ELEMENT_NODE)
      return node;
  return NULL;
}

/* Every kind's SVG parses, and opens with a <title> and a <desc> that
 * say what the chart is. */
static void
test_svg (void)
{
  for (guint k = 0; k < WF_N_CHART_KINDS; k++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(xmlDoc) doc = NULL;
      g_autofree char *title = NULL;
      g_autofree char *desc = NULL;
      xmlNode *root, *node;
      char *role;
      WfChartData data;
      gsize length;
      const char *text;


      data_init (&data);
      bytes = wf_chart_export_bytes (WF_CHART_FORMAT_SVG, 800, 450, 1.0, k, NULL, &data, &error);
      g_assert_no_error (error);
      text = g_bytes_get_data (bytes, &length);

      doc = xmlReadMemory (text, (int) length, "chart.svg", NULL, XML_PARSE_NONET | XML_PARSE_NOERROR);
      g_assert_nonnull (doc);
      root = xmlDocGetRootElement (doc);
      g_assert_cmpstr ((const char *) root->name, ==, "svg");
      role = (char *) xmlGetProp (root, (const xmlChar *) "role");
      g_assert_cmpstr (role, ==, "img");
      xmlFree (role);

      node = first_element (root->children);
      g_assert_nonnull (node);
      g_assert_cmpstr ((const char *) node->name, ==, "title");
      title = (char *) xmlNodeGetContent (node);
      g_assert_cmpstr (title, ==, wf_chart_kind_get_title (k));
      xmlFree (g_steal_pointer (&title));

      node = first_element (node->next);
      g_assert_nonnull (node);
      g_assert_cmpstr ((const char *) node->name, ==, "desc");
      desc = (char *) xmlNodeGetContent (node);
      g_assert_nonnull (strstr (desc, scenario->name));
      g_assert_cmpuint (strlen (desc), >, 60);
      xmlFree (g_steal_pointer (&desc));
    }
}

typedef struct
{
  double width, height, scale;
  int    pixels_w, pixels_h;
} PngCase;

static const PngCase png_cases[] = {
  { 320, 240, 1.0, 320, 240 },
  { 640, 360, 2.0, 1280, 720 },
  { 1000, 500, 1.5, 1500, 750 },
};

typedef struct
{
  const guint8 *data;
  gsize         length;
  gsize         offset;
} Reader;

static cairo_status_t
read_cb (void          *closure,
         unsigned char *data,
         unsigned int   length)
{
  Reader *reader = closure;

  if (reader->offset + length > reader->length)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, reader->data + reader->offset, length);
  reader->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

static void
test_png (gconstpointer user_data)
{
  const PngCase *c = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *surface;
  WfChartData data;
  Reader reader = { 0 };

  data_init (&data);
  bytes = wf_chart_export_bytes (WF_CHART_FORMAT_PNG, c->width, c->height, c->scale,
                                 WF_CHART_WATERFALL, NULL, &data, &error);
  g_assert_no_error (error);
  reader.data = g_bytes_get_data (bytes, &reader.length);
  g_assert_cmpmem (reader.data, 8, "\x89PNG\r\n\x1a\n", 8);

  surface = cairo_image_surface_create_from_png_stream (read_cb, &reader);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, c->pixels_w);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, c->pixels_h);
  cairo_surface_destroy (surface);
}

static void
test_pdf (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  WfChartData data;
  gsize length;
  const char *text;

  data_init (&data);
  bytes = wf_chart_export_bytes (WF_CHART_FORMAT_PDF, 842, 595, 1.0, WF_CHART_BUTTERFLY, NULL, &data, &error);
  g_assert_no_error (error);
  text = g_bytes_get_data (bytes, &length);
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (text, "%PDF-"));
}

static void
test_csv (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *text = NULL;
  WfChartData data;
  gsize length;

  data_init (&data);
  data.lens = WF_LENS_WOMEN;
  bytes = wf_chart_export_bytes (WF_CHART_FORMAT_CSV, 1, 1, 1.0, WF_CHART_SKILLS, NULL, &data, &error);
  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (bytes, &length), g_bytes_get_size (bytes));
  lines = g_strsplit (text, "\r\n", -1);
  /* Header, one row per skill, and the empty string after the last CRLF. */
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + dataset->n_skills + 1);
  g_assert_true (g_str_has_prefix (lines[0], "Skill,"));
  g_assert_true (g_str_has_prefix (lines[1], "Digital & AI,"));
  g_assert_null (strchr (lines[1] + strlen ("Digital & AI,"), ' '));
}

static void
test_csv_quoting (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WfChartTable) table = NULL;
  g_autofree char *csv = NULL;
  WfChartData data;

  data_init (&data);
  table = wf_chart_get_table (WF_CHART_BUTTERFLY, &data, &error);
  g_assert_no_error (error);
  csv = wf_chart_table_to_csv (table);
  /* "Utilities (electricity, gas, water, waste)" has commas. */
  g_assert_nonnull (strstr (csv, "\r\n\"Utilities (electricity, gas, water, waste)\","));
}

/* Where displaced workers go, in every format: the SVG parses and says
 * where the displaced are; the PNG decodes at its size; the CSV has a row
 * per year before the horizon, then a scenario and a baseline row per sex. */
static void
test_flows (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *desc = NULL;
  cairo_surface_t *surface;
  Reader reader = { 0 };
  xmlNode *node;
  WfChartData data;
  const char *svg_text;
  gsize length;

  data_init (&data);
  svg = wf_chart_export_bytes (WF_CHART_FORMAT_SVG, 1280, 720, 1.0, WF_CHART_FLOWS, NULL, &data, &error);
  g_assert_no_error (error);
  svg_text = g_bytes_get_data (svg, &length);
  doc = xmlReadMemory (svg_text, (int) length, "flows.svg", NULL, XML_PARSE_NONET | XML_PARSE_NOERROR);
  g_assert_nonnull (doc);
  node = first_element (xmlDocGetRootElement (doc)->children);
  title = (char *) xmlNodeGetContent (node);
  g_assert_cmpstr (title, ==, "Where displaced workers go");
  desc = (char *) xmlNodeGetContent (first_element (node->next));
  g_assert_nonnull (strstr (desc, "workers displaced by 2030"));
  g_assert_nonnull (strstr (desc, "still looking for work"));
  xmlFree (g_steal_pointer (&title));
  xmlFree (g_steal_pointer (&desc));

  data.lens = WF_LENS_GAP;
  png = wf_chart_export_bytes (WF_CHART_FORMAT_PNG, 640, 360, 2.0, WF_CHART_FLOWS, NULL, &data, &error);
  g_assert_no_error (error);
  reader.data = g_bytes_get_data (png, &reader.length);
  surface = cairo_image_surface_create_from_png_stream (read_cb, &reader);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1280);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 720);
  cairo_surface_destroy (surface);

  data.lens = WF_LENS_WOMEN;
  pdf = wf_chart_export_bytes (WF_CHART_FORMAT_PDF, 842, 595, 1.0, WF_CHART_FLOWS, NULL, &data, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (g_bytes_get_data (pdf, NULL), "%PDF-"));

  data.lens = WF_LENS_TOTAL;
  csv = wf_chart_export_bytes (WF_CHART_FORMAT_CSV, 1, 1, 1.0, WF_CHART_FLOWS, NULL, &data, &error);
  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
  lines = g_strsplit (text, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 6 + 3 * 2 + 1);
  g_assert_cmpstr (lines[0], ==, "Year,Sex,Scenario,Redeployed in the firm,Re-employed,\"Reskilled, still looking\","
                                 "\"Untrained, still looking\",Left the labour force,\"Displaced, in all\"");
  g_assert_true (g_str_has_prefix (lines[1], "2024,Women and men,\"Exponential AI, widespread readiness\","));
  g_assert_true (g_str_has_prefix (lines[8], "2030,Women and men,Without the AI push,"));
  g_assert_true (g_str_has_prefix (lines[12], "2030,Men,Without the AI push,"));
}

static void
test_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wf-charts-XXXXXX", &error);
  g_autofree char *svg = g_build_filename (dir, "chart.svg", NULL);
  g_autofree char *png = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "chart.pdf", NULL);
  g_autofree char *bad = g_build_filename (dir, "missing", "chart.svg", NULL);
  WfChartStyle style;
  WfChartData data;

  g_assert_no_error (error);
  data_init (&data);
  wf_chart_style_init (&style);
  style.theme = WF_CHART_THEME_PRESENTATION;

  g_assert_true (wf_chart_export_svg (svg, 1920, 1080, WF_CHART_DIGITAL, &style, &data, &error));
  g_assert_true (wf_chart_export_png (png, 400, 300, 2.0, WF_CHART_DIGITAL, &style, &data, &error));
  g_assert_true (wf_chart_export_pdf (pdf, 400, 300, WF_CHART_DIGITAL, &style, &data, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (svg, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  g_assert_false (wf_chart_export_svg (bad, 400, 300, WF_CHART_DIGITAL, &style, &data, &error));
  g_assert_error (error, WF_CHART_ERROR, WF_CHART_ERROR_WRITE);
  g_clear_error (&error);

  g_assert_false (wf_chart_export_png (png, 100000, 100000, 4.0, WF_CHART_DIGITAL, &style, &data, &error));
  g_assert_error (error, WF_CHART_ERROR, WF_CHART_ERROR_INVALID_SIZE);

  g_unlink (svg);
  g_unlink (png);
  g_unlink (pdf);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  dataset = wf_dataset_new_world ();
  scenario = wf_scenario_new_preset (WF_PRESET_EXPONENTIAL_WIDESPREAD);
  results = wf_model_project (dataset, scenario, &error);
  g_assert_no_error (error);
  {
    WfEnsembleOptions options;

    wf_ensemble_options_init (&options, scenario);
    options.n_runs = 100;
    options.outputs = WF_ENSEMBLE_OUTPUT (WF_OUTPUT_EMPLOYMENT);
    ensemble = wf_ensemble_run (dataset, scenario, &options, NULL, &error);
    g_assert_no_error (error);
    tornado = wf_tornado_compute (dataset, scenario, WF_METRIC_NET_JOBS, &error);
    g_assert_no_error (error);
    attribution = wf_attribution_compute (dataset, scenario, NULL, WF_METRIC_NET_JOBS, NULL, 0, 0, NULL, &error);
    g_assert_no_error (error);
  }

  g_test_add_func ("/charts/export/svg", test_svg);
  for (guint i = 0; i < G_N_ELEMENTS (png_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/charts/export/png/%gx%g@%g", png_cases[i].width,
                                               png_cases[i].height, png_cases[i].scale);

      g_test_add_data_func (path, &png_cases[i], test_png);
    }
  g_test_add_func ("/charts/export/pdf", test_pdf);
  g_test_add_func ("/charts/export/csv", test_csv);
  g_test_add_func ("/charts/export/csv-quoting", test_csv_quoting);
  g_test_add_func ("/charts/export/files", test_files);
  g_test_add_func ("/charts/export/flows", test_flows);
  g_test_add_func ("/charts/export/uncertainty", test_uncertainty);

  status = g_test_run ();
  wf_ensemble_free (ensemble);
  wf_tornado_free (tornado);
  wf_attribution_free (attribution);
  wf_results_free (results);
  wf_scenario_free (scenario);
  wf_dataset_free (dataset);
  xmlCleanupParser ();
  wf_chart_shutdown ();
  return status;
}
