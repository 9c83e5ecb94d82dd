/* test-cli-chart.c: workforce-foresight-cli chart and list charts
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "wf-cli-test.h"
#include <glib/gstdio.h>


typedef struct
{
  const char *name;
  const char *args[16];
  int         exit_status;
  const char *in_stdout[4];
  const char *in_stderr[4];
} CliCase;

static const CliCase cases[] = {
  { "svg-stdout", { "chart", "--chart", "employment", "-o", "-", NULL }, 0,
    { "<svg", "<title id=\"wf-chart-title\">Employment by sector</title>", "<desc", NULL }, { NULL } },
  { "csv-lens-sector", { "chart", "--chart", "digital", "--lens", "gap", "--sector", "ECO_ISIC4_K",
                         "--format", "csv", "-o", "-", NULL }, 0,
    { "\n# chart: digital\n", ",2030,ECO_ISIC4_K,", ",women,digital-gap,value,", NULL }, { NULL } },
  { "compare-preset-ids", { "chart", "--chart", "compare", "--scenario", "exponential-limited",
                            "--compare", "exponential-widespread", "--format", "csv", "-o", "-", NULL }, 0,
    { ",exponential-limited,\"Exponential AI, limited readiness\",",
      ",exponential-widespread,\"Exponential AI, widespread readiness\",", NULL },
    { NULL } },
  /* A compared scenario on another chart: its rows in the CSV, its
   * name in the SVG's legend and subtitle. */
  { "employment-compared-csv", { "chart", "--chart", "employment", "--scenario", "exponential-limited",
                                 "--compare", "current-trends", "--format", "csv", "-o", "-", NULL }, 0,
    { "\nsectors,X01,world-2023,current-trends,Current trends,2030,", "\nsectors,X01,world-2023,exponential-limited,", NULL }, { NULL } },
  /* "baseline", the previous release's id of Current trends, still names it. */
  { "butterfly-compared-svg", { "chart", "--chart", "butterfly", "--scenario", "exponential-limited",
                                "--compare", "baseline", "-o", "-", NULL }, 0,
    { "Exponential AI, limited readiness vs Current trends", NULL }, { NULL } },
  { "list-charts", { "list", "charts", NULL }, 0,
    { "employment", "compare", "fan  ", "tornado", }, { NULL } },
  { "list-charts-attribution", { "list", "charts", NULL }, 0, { "attribution", NULL }, { NULL } },
  { "list-charts-flows", { "list", "charts", NULL }, 0, { "flows         Where displaced workers go", NULL },
    { NULL } },
  { "flows-svg", { "chart", "--chart", "flows", "--scenario", "exponential-limited", "--format", "svg",
                   "-o", "-", NULL }, 0,
    { "<title id=\"wf-chart-title\">Where displaced workers go</title>", "workers displaced by 2030",
      "still looking for work", NULL }, { NULL } },
  { "flows-csv", { "chart", "--chart", "flows", "--lens", "women", "--sector", "ECO_ISIC4_K", "--format", "csv",
                   "-o", "-", NULL }, 0,
    { "\n# chart: flows\n", ",2030,ECO_ISIC4_K,", ",women,reemployed,value,", NULL }, { NULL } },
  { "flows-csv-gap", { "chart", "--chart", "flows", "--lens", "gap", "--format", "csv", "-o", "-", NULL }, 0,
    { ",women,laid-off,value,", ",men,laid-off,value,", NULL }, { NULL } },
  { "help", { "chart", "--help", NULL }, 0, { "--chart", "--lens", "--theme", NULL }, { NULL } },
  { "missing-chart", { "chart", "-o", "-", NULL }, 2, { NULL }, { "--chart", NULL } },
  { "missing-output", { "chart", "--chart", "skills", NULL }, 2, { NULL }, { "-o", NULL } },
  { "unknown-chart", { "chart", "--chart", "pie", "-o", "-", NULL }, 2, { NULL }, { "pie", "expected one of: employment, waterfall", NULL } },
  { "fan-csv", { "chart", "--chart", "fan", "--scenario", "exponential-limited", "--runs", "50",
                 "--format", "csv", "-o", "-", NULL }, 0,
    { "\n# runs: 50\n", "\nensemble-difference,X01,world-2023,exponential-limited,", ",2030,total,", NULL }, { NULL } },
  { "fan-svg", { "chart", "--chart", "fan", "--runs", "40", "--lens", "women", "-o", "-", NULL }, 0,
    { "<title id=\"wf-chart-title\">Uncertainty fan</title>", "40 runs, seed ", NULL }, { NULL } },
  { "tornado-csv", { "chart", "--chart", "tornado", "--scenario", "exponential-limited", "--format", "csv",
                     "-o", "-", NULL }, 0,
    { "\ntornado,X01,world-2023,exponential-limited,", ",adoption-ceiling,assumption,total,lever-value,low,",
      ",net-jobs,swing,", NULL }, { NULL } },
  { "tornado-metric", { "chart", "--chart", "tornado", "--metric", "women-share-of-displacement",
                        "-o", "-", NULL }, 0,
    { "Women’s share of displacement", NULL }, { NULL } },
  { "attribution-csv", { "chart", "--chart", "attribution", "--scenario", "exponential-limited",
                         "--format", "csv", "-o", "-", NULL }, 0,
    { "\nattribution,X01,world-2023,exponential-limited,", ",net-jobs,reference,", ",net-jobs,contribution,",
      ",net-jobs,scenario,", }, { NULL } },
  { "unknown-metric", { "chart", "--chart", "tornado", "--metric", "happiness", "-o", "-", NULL }, 2,
    { NULL }, { "happiness", "net-jobs", NULL } },
  { "bad-runs", { "chart", "--chart", "fan", "--runs", "0", "-o", "-", NULL }, 2, { NULL }, { "--runs", NULL } },
  { "unknown-lens", { "chart", "--chart", "skills", "--lens", "both", "-o", "-", NULL }, 2,
    { NULL }, { "both", "expected one of: total, women, men, gap", NULL } },
  { "unknown-theme", { "chart", "--chart", "skills", "--theme", "neon", "-o", "-", NULL }, 2,
    { NULL }, { "neon", "expected one of: light, dark, presentation", NULL } },
  { "bad-size", { "chart", "--chart", "skills", "--width", "2", "-o", "-", NULL }, 2,
    { NULL }, { "--width", NULL } },
  { "unknown-scenario", { "chart", "--chart", "skills", "--scenario", "Utopia", "-o", "-", NULL }, 1,
    { NULL }, { "Utopia", "expected one of: current-trends (“Current trends”)", NULL } },
  { "unknown-sector", { "chart", "--chart", "skills", "--sector", "ECO_NOPE", "-o", "-", NULL }, 1,
    { NULL }, { "ECO_NOPE", NULL } },
  { "unknown-format", { "chart", "--chart", "skills", "--format", "xls", "-o", "-", NULL }, 2,
    { NULL }, { "unknown format “xls”; expected one of: csv, json, svg, png, pdf", NULL } },
  { "json-by-name", { "chart", "--chart", "skills", "--format", "json", "--scenario", "exponential ai, limited readiness",
                      "-o", "-", NULL }, 0, { "\"chart\": \"skills\"", "\"scenario_id\": \"exponential-limited\"", NULL }, { NULL } },
  { "missing-file", { "chart", "--chart", "skills", "/nonexistent/x.foresight", "-o", "-", NULL }, 1,
    { NULL }, { "/nonexistent/x.foresight", NULL } },
};


static void
test_case (gconstpointer data)
{
  const CliCase *c = data;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int exit_status = -1;

  exit_status = wf_cli_test_run (NULL, c->args, &out, &err);
  g_test_message ("stderr: %s", err);
  g_assert_cmpint (exit_status, ==, c->exit_status);
  for (guint i = 0; i < G_N_ELEMENTS (c->in_stdout) && c->in_stdout[i] != NULL; i++)
    g_assert_nonnull (strstr (out, c->in_stdout[i]));
  for (guint i = 0; i < G_N_ELEMENTS (c->in_stderr) && c->in_stderr[i] != NULL; i++)
    g_assert_nonnull (strstr (err, c->in_stderr[i]));
}

/* Files in every format, from a saved file; PNG at the size asked for. */
static void
test_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wf-cli-chart-XXXXXX", &error);
  g_autofree char *doc = g_build_filename (dir, "world.foresight", NULL);
  g_autofree char *png = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "chart.pdf", NULL);
  g_autofree char *svg = g_build_filename (dir, "chart.svg", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *content = NULL;
  gsize length;
  int status;
  const char *new_args[] = { "new", "-o", doc, NULL };
  const char *png_args[] = { "chart", doc, "--chart", "butterfly", "--scenario", "Exponential AI, limited readiness",
                             "--width", "400", "--height", "300", "--scale", "2", "--theme", "dark",
                             "-o", png, NULL };
  const char *pdf_args[] = { "chart", "--chart", "waterfall", "--theme", "presentation", "-o", pdf, NULL };
  const char *svg_args[] = { "chart", doc, "--chart", "exposure", "--lens", "women", "-o", svg, NULL };

  g_assert_no_error (error);

  status = wf_cli_test_run (NULL, new_args, &out, &err);
  g_assert_cmpint (status, ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  status = wf_cli_test_run (NULL, png_args, &out, &err);
  g_test_message ("stderr: %s", err);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_get_contents (png, &content, &length, NULL));
  g_assert_cmpuint (length, >, 24);
  g_assert_cmpmem (content, 8, "\x89PNG\r\n\x1a\n", 8);
  /* IHDR: big-endian width and height of 800 x 600 pixels. */
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *) (content + 16)), ==, 800);
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *) (content + 20)), ==, 600);
  g_clear_pointer (&content, g_free);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  status = wf_cli_test_run (NULL, pdf_args, &out, &err);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_get_contents (pdf, &content, &length, NULL));
  g_assert_true (g_str_has_prefix (content, "%PDF-"));
  g_clear_pointer (&content, g_free);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  status = wf_cli_test_run (NULL, svg_args, &out, &err);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_get_contents (svg, &content, &length, NULL));
  g_assert_nonnull (strstr (content, "<title id=\"wf-chart-title\">Exposure to generative AI</title>"));

  g_unlink (doc);
  g_unlink (png);
  g_unlink (pdf);
  g_unlink (svg);
  g_rmdir (dir);
}

/* Where displaced workers go as a PNG of the bundled scenario, at the
 * size and scale asked for. */
static void
test_flows_png (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wf-cli-flows-XXXXXX", &error);
  g_autofree char *png = g_build_filename (dir, "flows.png", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *content = NULL;
  const char *args[] = { "chart", "--chart", "flows", "--format", "png", "--lens", "gap", "--width", "640",
                         "--height", "360", "--scale", "2", "-o", png, NULL };
  gsize length = 0;
  int status;

  g_assert_no_error (error);
  status = wf_cli_test_run (NULL, args, &out, &err);
  g_test_message ("stderr: %s", err);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_get_contents (png, &content, &length, NULL));
  g_assert_cmpuint (length, >, 24);
  g_assert_cmpmem (content, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *) (content + 16)), ==, 1280);
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *) (content + 20)), ==, 720);

  g_unlink (png);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (argc < 2)
    {
      g_printerr ("usage: %s PATH-TO-CLI\n", argv[0]);
      return 2;
    }
  wf_cli_test_init (argc, argv);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/chart/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/cli/chart/flows-png", test_flows_png);
  g_test_add_func ("/cli/chart/files", test_files);

  return g_test_run ();
}
