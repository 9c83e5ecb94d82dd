/* wf-results-export.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CSV in the tidy layout (one row per scenario x year x sector x sex x
 * indicator, then per scenario x year x sex the labour market, whose
 * sector is "all") and JSON, written by hand since json-glib is not a
 * dependency.
 * Both are in the C locale, with numbers that read back exactly, whatever
 * the user's locale: they are for programs, not for reading.
 */
#define G_LOG_DOMAIN "wf-results-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wf-io-error.h"
#include "wf-io-util.h"
#include "wf-results-export.h"

static const char * const skill_output_ids[WF_N_SKILL_OUTPUTS] = { "demand", "index" };

/* The unit's id, not its translated name: exports are for programs. */
static const char *
output_unit (WfOutput output)
{
  if (output == WF_OUTPUT_PRODUCTIVITY)
    return "index";
  return wf_output_is_share (output) ? "share" : "thousands";
}

static const char *
labour_unit (WfLabourOutput output)
{
  return output == WF_LABOUR_UNEMPLOYMENT_RATE ? "share" : "thousands";
}

/* The value of indicator @i of a cell: the WF_N_OUTPUTS outputs of the
 * scenario run, then the baseline's employment and the difference. */
#define N_INDICATORS (WF_N_OUTPUTS + 2)

static const char *
indicator_id (guint i)
{
  if (i < WF_N_OUTPUTS)
    return wf_output_to_id (i);
  return i == WF_N_OUTPUTS ? WF_EXPORT_BASELINE_EMPLOYMENT : WF_EXPORT_NET_CHANGE;
}

static const char *
indicator_unit (guint i)
{
  return i < WF_N_OUTPUTS ? output_unit (i) : "thousands";
}

static double
indicator_value (const WfResults *results,
                 guint            i,
                 guint            year,
                 int              sector,
                 int              sex)
{
  if (i < WF_N_OUTPUTS)
    return wf_results_get (results, WF_RUN_SCENARIO, i, year, sector, sex);
  if (i == WF_N_OUTPUTS)
    return wf_results_get (results, WF_RUN_BASELINE, WF_OUTPUT_EMPLOYMENT, year, sector, sex);
  return wf_results_get (results, WF_RUN_SCENARIO, WF_OUTPUT_EMPLOYMENT, year, sector, sex)
         - wf_results_get (results, WF_RUN_BASELINE, WF_OUTPUT_EMPLOYMENT, year, sector, sex);
}

/**
 * wf_results_to_csv:
 * @dataset: the dataset the results were projected from
 * @scenarios: (array length=n_scenarios): the scenarios
 * @results: (array length=n_scenarios): their results, in the same order
 * @n_scenarios: how many
 *
 * Returns: (transfer full): the CSV text, with a header line and CRLF-free
 *   line ends
 */
GString *
wf_results_to_csv (const WfDataset          *dataset,
                   const WfScenario * const *scenarios,
                   const WfResults * const  *results,
                   guint                     n_scenarios)
{
  GString *out = g_string_sized_new (256 * 1024);

  g_return_val_if_fail (dataset != NULL, out);

  g_string_append (out, WF_EXPORT_CSV_HEADER "\n");

  for (guint n = 0; n < n_scenarios; n++)
    {
      const WfResults *r = results[n];

      g_return_val_if_fail (r->n_sectors == dataset->n_sectors, out);

      for (guint y = 0; y < r->n_years; y++)
        for (guint s = 0; s < r->n_sectors; s++)
          for (guint g = 0; g < WF_N_SEXES; g++)
            for (guint i = 0; i < N_INDICATORS; i++)
              {
                wf_io_append_csv (out, scenarios[n]->name);
                g_string_append_printf (out, ",%d,", r->base_year + (int) y);
                wf_io_append_csv (out, dataset->sectors[s].id);
                g_string_append_c (out, ',');
                g_string_append (out, wf_sex_to_id (g));
                g_string_append_c (out, ',');
                g_string_append (out, indicator_id (i));
                g_string_append_c (out, ',');
                g_string_append (out, indicator_unit (i));
                g_string_append_c (out, ',');
                wf_io_append_double (out, indicator_value (r, i, y, (int) s, (int) g));
                g_string_append_c (out, '\n');
              }

      /* The labour market is the economy's, per sex: sector "all". */
      for (guint y = 0; y < r->n_years; y++)
        for (guint g = 0; g < WF_N_SEXES; g++)
          for (guint i = 0; i < WF_N_LABOUR_OUTPUTS; i++)
            {
              wf_io_append_csv (out, scenarios[n]->name);
              g_string_append_printf (out, ",%d," WF_EXPORT_ALL_SECTORS ",%s,%s,%s,",
                                      r->base_year + (int) y, wf_sex_to_id (g),
                                      wf_labour_output_to_id (i), labour_unit (i));
              wf_io_append_double (out, wf_results_get_labour (r, WF_RUN_SCENARIO, i, y, (int) g));
              g_string_append_c (out, '\n');
            }
    }

  return out;
}

static void
json_number (GString *out,
             double   value)
{
  char buf[WF_IO_DOUBLE_BUF_SIZE];

  /* JSON has no NaN or infinity; the model never produces them, but a
   * broken file must still be valid JSON. */
  if (!isfinite (value))
    g_string_append (out, "null");
  else
    g_string_append (out, wf_io_format_double (buf, value));
}

static void
json_key (GString    *out,
          const char *key)
{
  wf_io_append_json (out, key);
  g_string_append (out, ": ");
}

static void
json_series (GString         *out,
             const WfResults *r,
             guint            indicator,
             int              sector,
             int              sex)
{
  g_string_append_c (out, '[');
  for (guint y = 0; y < r->n_years; y++)
    {
      if (y > 0)
        g_string_append (out, ", ");
      json_number (out, indicator_value (r, indicator, y, sector, sex));
    }
  g_string_append_c (out, ']');
}

static void
json_headline (GString         *out,
               const WfResults *r)
{
  WfHeadline h;
  const struct { const char *key; double value; } *f, fields[] = {
    { "net_jobs_vs_baseline", 0 }, { "jobs_transformed", 0 }, { "cumulative_displaced", 0 },
    { "women_share_of_displacement", 0 }, { "women_share_of_employment", 0 },
    { "digital_gap", 0 }, { "digital_gap_women", 0 }, { "digital_gap_men", 0 },
    { "displaced_looking", 0 }, { "unemployment_rate", 0 }, { "unemployment_rate_baseline", 0 },
    { "skills_shortage", 0 },
  };
  double values[G_N_ELEMENTS (fields)];

  wf_results_headline (r, &h);
  values[0] = h.net_jobs_vs_baseline;
  values[1] = h.jobs_transformed;
  values[2] = h.cumulative_displaced;
  values[3] = h.women_share_of_displacement;
  values[4] = h.women_share_of_employment;
  values[5] = h.digital_gap;
  values[6] = h.digital_gap_women;
  values[7] = h.digital_gap_men;
  values[8] = h.displaced_looking;
  values[9] = h.unemployment_rate;
  values[10] = h.unemployment_rate_baseline;
  values[11] = h.skills_shortage;

  g_string_append_printf (out, "{\"horizon\": %d", h.horizon);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      f = &fields[i];
      g_string_append (out, ", ");
      json_key (out, f->key);
      json_number (out, values[i]);
    }
  g_string_append_c (out, '}');
}

/**
 * wf_results_to_json:
 * @dataset: the dataset the results were projected from
 * @scenarios: (array length=n_scenarios): the scenarios
 * @results: (array length=n_scenarios): their results
 * @n_scenarios: how many
 *
 * The same numbers as the CSV, as series over the years, with the skill
 * outputs and the headline indicators (docs/file-format.md).
 *
 * Returns: (transfer full): the JSON text
 */
GString *
wf_results_to_json (const WfDataset          *dataset,
                    const WfScenario * const *scenarios,
                    const WfResults * const  *results,
                    guint                     n_scenarios)
{
  GString *out = g_string_sized_new (256 * 1024);

  g_return_val_if_fail (dataset != NULL, out);

  g_string_append (out, "{\n  \"format\": \"workforce-foresight-results\",\n  \"version\": 1,\n");
  g_string_append (out, "  \"dataset\": {");
  json_key (out, "id");
  wf_io_append_json (out, dataset->id);
  g_string_append (out, ", ");
  json_key (out, "title");
  wf_io_append_json (out, dataset->title);
  g_string_append (out, ", ");
  json_key (out, "area");
  wf_io_append_json (out, dataset->area);
  g_string_append_printf (out, ", \"base_year\": %d},\n", dataset->base_year);

  g_string_append (out, "  \"units\": {");
  for (guint i = 0; i < N_INDICATORS; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      json_key (out, indicator_id (i));
      wf_io_append_json (out, indicator_unit (i));
    }
  for (guint i = 0; i < WF_N_LABOUR_OUTPUTS; i++)
    {
      WfOutput same;

      /* A labour output with the id of a sector output has its unit there. */
      if (wf_output_from_id (wf_labour_output_to_id (i), &same))
        continue;
      g_string_append (out, ", ");
      json_key (out, wf_labour_output_to_id (i));
      wf_io_append_json (out, labour_unit (i));
    }
  g_string_append (out, "},\n  \"scenarios\": [");

  for (guint n = 0; n < n_scenarios; n++)
    {
      const WfResults *r = results[n];

      g_return_val_if_fail (r->n_sectors == dataset->n_sectors, out);

      g_string_append (out, n > 0 ? ",\n    {\n" : "\n    {\n");
      g_string_append (out, "      ");
      json_key (out, "name");
      wf_io_append_json (out, scenarios[n]->name);
      g_string_append_printf (out, ",\n      \"horizon\": %d,\n      \"seed\": \"%" G_GUINT64_FORMAT
                              "\",\n      \"years\": [", scenarios[n]->horizon, scenarios[n]->seed);
      for (guint y = 0; y < r->n_years; y++)
        g_string_append_printf (out, "%s%d", y > 0 ? ", " : "", r->base_year + (int) y);
      g_string_append (out, "],\n      \"levers\": {");
      for (guint i = 0; i < WF_N_LEVERS; i++)
        {
          if (i > 0)
            g_string_append (out, ", ");
          json_key (out, wf_lever_get_id (i));
          json_number (out, scenarios[n]->values[i]);
        }
      g_string_append (out, "},\n      \"headline\": ");
      json_headline (out, r);
      g_string_append (out, ",\n      \"sectors\": [");

      for (guint s = 0; s < r->n_sectors; s++)
        {
          g_string_append (out, s > 0 ? ",\n        {" : "\n        {");
          json_key (out, "id");
          wf_io_append_json (out, dataset->sectors[s].id);
          g_string_append (out, ", ");
          json_key (out, "label");
          wf_io_append_json (out, dataset->sectors[s].label);
          g_string_append (out, ", \"sexes\": {");
          for (guint g = 0; g < WF_N_SEXES; g++)
            {
              g_string_append (out, g > 0 ? ",\n          " : "\n          ");
              json_key (out, wf_sex_to_id (g));
              g_string_append_c (out, '{');
              for (guint i = 0; i < N_INDICATORS; i++)
                {
                  if (i > 0)
                    g_string_append (out, ", ");
                  json_key (out, indicator_id (i));
                  json_series (out, r, i, (int) s, (int) g);
                }
              g_string_append_c (out, '}');
            }
          g_string_append (out, "}}");
        }

      g_string_append (out, "\n      ],\n      \"labour\": {");
      for (guint g = 0; g < WF_N_SEXES; g++)
        {
          g_string_append (out, g > 0 ? ",\n        " : "\n        ");
          json_key (out, wf_sex_to_id (g));
          g_string_append_c (out, '{');
          for (guint i = 0; i < WF_N_LABOUR_OUTPUTS; i++)
            {
              if (i > 0)
                g_string_append (out, ", ");
              json_key (out, wf_labour_output_to_id (i));
              g_string_append_c (out, '[');
              for (guint y = 0; y < r->n_years; y++)
                {
                  if (y > 0)
                    g_string_append (out, ", ");
                  json_number (out, wf_results_get_labour (r, WF_RUN_SCENARIO, i, y, (int) g));
                }
              g_string_append_c (out, ']');
            }
          g_string_append_c (out, '}');
        }
      g_string_append (out, "\n      },\n      \"skills\": [");
      for (guint j = 0; j < r->n_skills; j++)
        {
          g_string_append (out, j > 0 ? ",\n        {" : "\n        {");
          json_key (out, "id");
          wf_io_append_json (out, dataset->skills[j].id);
          g_string_append (out, ", ");
          json_key (out, "label");
          wf_io_append_json (out, dataset->skills[j].label);
          g_string_append (out, ", \"sexes\": {");
          for (guint g = 0; g < WF_N_SEXES; g++)
            {
              if (g > 0)
                g_string_append (out, ", ");
              json_key (out, wf_sex_to_id (g));
              g_string_append_c (out, '{');
              for (guint o = 0; o < WF_N_SKILL_OUTPUTS; o++)
                {
                  if (o > 0)
                    g_string_append (out, ", ");
                  json_key (out, skill_output_ids[o]);
                  g_string_append_c (out, '[');
                  for (guint y = 0; y < r->n_years; y++)
                    {
                      if (y > 0)
                        g_string_append (out, ", ");
                      json_number (out, wf_results_get_skill (r, WF_RUN_SCENARIO, o, y, j, (int) g));
                    }
                  g_string_append_c (out, ']');
                }
              g_string_append_c (out, '}');
            }
          g_string_append (out, "}}");
        }
      g_string_append (out, r->n_skills > 0 ? "\n      ]\n    }" : "]\n    }");
    }

  g_string_append (out, n_scenarios > 0 ? "\n  ]\n}\n" : "]\n}\n");
  return out;
}

/**
 * wf_results_write:
 * @stream: where to write
 * @format: CSV or JSON
 *
 * Writes the export of the results to @stream (which stays open).
 *
 * Returns: %TRUE on success; on failure @error is in %WF_IO_ERROR
 */
gboolean
wf_results_write (GOutputStream            *stream,
                  WfExportFormat            format,
                  const WfDataset          *dataset,
                  const WfScenario * const *scenarios,
                  const WfResults * const  *results,
                  guint                     n_scenarios,
                  GCancellable             *cancellable,
                  GError                  **error)
{
  g_autoptr(GError) local_error = NULL;
  GString *text;
  gboolean ok;

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  if (format == WF_EXPORT_FORMAT_JSON)
    text = wf_results_to_json (dataset, scenarios, results, n_scenarios);
  else
    text = wf_results_to_csv (dataset, scenarios, results, n_scenarios);

  ok = g_output_stream_write_all (stream, text->str, text->len, NULL, cancellable, &local_error);
  g_string_free (text, TRUE);

  if (!ok)
    g_set_error (error, WF_IO_ERROR, WF_IO_ERROR_IO, _("Could not write the results: %s"),
                 local_error->message);
  return ok;
}

gboolean
wf_export_format_from_string (const char     *name,
                              WfExportFormat *out)
{
  if (g_strcmp0 (name, "csv") == 0)
    *out = WF_EXPORT_FORMAT_CSV;
  else if (g_strcmp0 (name, "json") == 0)
    *out = WF_EXPORT_FORMAT_JSON;
  else
    return FALSE;
  return TRUE;
}
