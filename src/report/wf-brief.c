/* wf-brief.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The policy brief is built in two steps. The first computes everything
 * (projections, the ensemble, the attribution) and writes the brief as a
 * list of blocks: headings, paragraphs, tables and charts, every string
 * translated and every number formatted here, from the data. The second
 * lays the blocks out, on A4 pages with cairo and Pango or as HTML with
 * inline SVG, so both formats say the same thing.
 */
#define G_LOG_DOMAIN "wf-brief"

#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "wf-brief.h"
#include "wf-chart-input.h"

G_DEFINE_QUARK (wf-brief-error-quark, wf_brief_error)

/* The charts of the brief, in its order. */
static const WfChartKind brief_charts[] = {
  WF_CHART_EMPLOYMENT,
  WF_CHART_FLOWS,
  WF_CHART_BUTTERFLY,
  WF_CHART_SKILLS,
  WF_CHART_FAN,
  WF_CHART_ATTRIBUTION,
};

typedef enum
{
  BLOCK_HEADING,     /* a section */
  BLOCK_SUBHEADING,  /* a part of a section */
  BLOCK_PARAGRAPH,
  BLOCK_NOTE,        /* smaller, grey */
  BLOCK_TABLE,
  BLOCK_CHART,
  BLOCK_PAGE_BREAK,
} BlockKind;

typedef struct
{
  BlockKind     kind;
  char         *text;
  GPtrArray    *rows;    /* table: (element-type GStrv), the first is the header */
  WfChartKind   chart;
  WfChartInput *input;   /* chart: borrowed from the brief */
} Block;

typedef struct
{
  char       *title;      /* "Policy brief" */
  char       *scenario;   /* its name */
  char       *description;
  GPtrArray  *facts;      /* (element-type GStrv): label, value */
  char       *about;
  char       *footer;     /* left of every page's number */
  char       *date_iso;   /* metadata */
  char       *subject;
  char       *author;
  GPtrArray  *blocks;     /* (element-type Block) */
  GPtrArray  *inputs;     /* (element-type WfChartInput) */
  GPtrArray  *results;    /* (element-type WfResults): the scenario, then those compared */
} Brief;

static void
block_free (gpointer data)
{
  Block *block = data;

  g_free (block->text);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_free (block);
}

static void
brief_free (Brief *brief)
{
  g_free (brief->title);
  g_free (brief->scenario);
  g_free (brief->description);
  g_clear_pointer (&brief->facts, g_ptr_array_unref);
  g_free (brief->about);
  g_free (brief->footer);
  g_free (brief->date_iso);
  g_free (brief->subject);
  g_free (brief->author);
  g_clear_pointer (&brief->blocks, g_ptr_array_unref);
  g_clear_pointer (&brief->inputs, g_ptr_array_unref);
  g_clear_pointer (&brief->results, g_ptr_array_unref);
  g_free (brief);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Brief, brief_free)

static Block *
add_block (Brief      *brief,
           BlockKind   kind,
           const char *text)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->text = g_strdup (text);
  g_ptr_array_add (brief->blocks, block);
  return block;
}

static void
add_text_take (Brief     *brief,
               BlockKind  kind,
               char      *text)
{
  add_block (brief, kind, text);
  g_free (text);
}

static GPtrArray *
add_table (Brief *brief)
{
  Block *block = add_block (brief, BLOCK_TABLE, NULL);

  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  return block->rows;
}

static void
builder_take (GStrvBuilder *builder,
              char         *text)
{
  g_strv_builder_add (builder, text);
  g_free (text);
}

/* Takes the NULL-terminated strings given. */
static void
add_row (GPtrArray *rows,
         ...)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  va_list args;
  char *cell;

  va_start (args, rows);
  while ((cell = va_arg (args, char *)) != NULL)
    {
      g_strv_builder_add (builder, cell);
      g_free (cell);
    }
  va_end (args);
  g_ptr_array_add (rows, g_strv_builder_end (builder));
}

static char *
format_share (double share)
{
  if (isnan (share))
    /* Translators: a share that cannot be computed, e.g. women's share of
     * displacement when the data has no split by sex */
    return g_strdup (_("not available"));
  /* Translators: a percentage */
  return g_strdup_printf (_("%'.0f %%"), share * 100.0);
}

static char *
format_lever_value (WfLever lever,
                    double  value)
{
  /* A calendar year is never grouped: Spanish would print « 2.029 ». */
  if (lever == WF_LEVER_ADOPTION_MIDPOINT)
    return g_strdup_printf ("%.*f", wf_lever_get_info (lever)->digits, value);
  return g_strdup_printf ("%'.*f", wf_lever_get_info (lever)->digits, value);
}

static char *
format_metric (WfMetric metric,
               double   value)
{
  if (wf_metric_is_share (metric))
    /* Translators: a difference of percentage points, e.g. "+0.4 points" */
    return g_strdup_printf (_("%+'.1f points"), value * 100.0);
  return wf_chart_people_figure (value, TRUE);
}

static const WfScenario *
scenario_at (const WfDocument *document,
             guint             index)
{
  return g_ptr_array_index (document->scenarios, index);
}

/* The bundled preset a scenario is, by its id, or by its name for a file
 * written before scenarios had ids. */
static gboolean
scenario_get_preset (const WfScenario *scenario,
                     WfPreset         *out)
{
  if (scenario->id != NULL && wf_preset_from_id (scenario->id, out))
    return TRUE;
  for (guint p = 0; p < WF_N_PRESETS; p++)
    if (g_strcmp0 (scenario->name, wf_preset_get_english_name (p)) == 0 ||
        g_strcmp0 (scenario->name, wf_preset_get_name (p)) == 0)
      {
        *out = p;
        return TRUE;
      }
  return FALSE;
}

/* The headline indicators, one row each, one column per scenario. */
static void
add_headline (Brief                *brief,
              const WfDocument     *document,
              const WfBriefOptions *options)
{
  GPtrArray *rows;
  g_autoptr(GStrvBuilder) header = g_strv_builder_new ();
  WfHeadline h[WF_CHART_MAX_SCENARIOS];
  guint n = brief->results->len;
  GPtrArray *cells[5];

  add_block (brief, BLOCK_HEADING, _("Headline indicators"));
  add_text_take (brief, BLOCK_PARAGRAPH,
                 /* Translators: %d is the horizon year */
                 g_strdup_printf (_("The indicators the application shows above its charts, in %d. "
                                    "Net jobs are the difference from the same scenario’s baseline "
                                    "without the AI push."),
                                  ((const WfResults *) g_ptr_array_index (brief->results, 0))->horizon));
  rows = add_table (brief);

  g_strv_builder_add (header, _("Indicator"));
  for (guint i = 0; i < n; i++)
    {
      guint index = i == 0 ? options->scenario : options->compared[i - 1];

      g_strv_builder_add (header, wf_scenario_get_display_name (scenario_at (document, index)));
      wf_results_headline (g_ptr_array_index (brief->results, i), &h[i]);
    }
  g_ptr_array_add (rows, g_strv_builder_end (header));

  for (guint r = 0; r < G_N_ELEMENTS (cells); r++)
    cells[r] = g_ptr_array_new_with_free_func (g_free);

  /* The titles of the headline bar, with its value and detail lines. */
  /* Translators: %d is the horizon year */
  g_ptr_array_add (cells[0], g_strdup_printf (_("Net jobs vs baseline, %d"), h[0].horizon));
  /* Translators: %d is the horizon year; the people laid off by
   * automation who have not found work again, looking or not */
  g_ptr_array_add (cells[1], g_strdup_printf (_("Displaced, still out of work, %d"), h[0].horizon));
  g_ptr_array_add (cells[2], g_strdup (_("Jobs transformed")));
  g_ptr_array_add (cells[3], g_strdup (_("Women’s share of displacement")));
  /* Translators: %d is the horizon year; new work around AI that no job
   * seeker with the digital skills it needs could fill */
  g_ptr_array_add (cells[4], g_strdup_printf (_("Skills shortage, %d"), h[0].horizon));

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *net = wf_chart_people_figure (h[i].net_jobs_vs_baseline, TRUE);
      g_autofree char *detail0 = NULL, *out = NULL, *looking = NULL, *detail1 = NULL;
      g_autofree char *transformed = NULL, *displaced = NULL, *detail2 = NULL;
      g_autofree char *women = NULL, *women_emp = NULL, *detail3 = NULL;
      g_autofree char *shortage = NULL, *gap = NULL, *detail4 = NULL;

      /* Translators: the unemployment rates of the scenario and of the baseline
       * without the AI push, e.g. "unemployment 4.7 % (baseline 4.8 %)" */
      detail0 = g_strdup_printf (_("unemployment %'.1f %% (baseline %'.1f %%)"),
                                 100.0 * h[i].unemployment_rate, 100.0 * h[i].unemployment_rate_baseline);
      g_ptr_array_add (cells[0], g_strconcat (net, "\n", detail0, NULL));

      out = wf_chart_people_figure (h[i].displaced_out_of_work, FALSE);
      looking = wf_chart_people_figure (h[i].displaced_looking, FALSE);
      /* Translators: %s is a number of people still looking for work */
      detail1 = g_strdup_printf (_("of whom %s still looking for work"), looking);
      g_ptr_array_add (cells[1], g_strconcat (out, "\n", detail1, NULL));

      transformed = wf_chart_people_figure (h[i].jobs_transformed, FALSE);
      displaced = wf_chart_people_figure (h[i].cumulative_displaced, FALSE);
      /* Translators: %s is a number of people */
      detail2 = g_strdup_printf (_("of which %s displaced"), displaced);
      g_ptr_array_add (cells[2], g_strconcat (transformed, "\n", detail2, NULL));

      women = format_share (h[i].women_share_of_displacement);
      women_emp = format_share (h[i].women_share_of_employment);
      /* Translators: %s is a percentage, or "not available" */
      detail3 = g_strdup_printf (_("women hold %s of jobs"), women_emp);
      g_ptr_array_add (cells[3], g_strconcat (women, "\n", detail3, NULL));

      shortage = wf_chart_people_figure (h[i].skills_shortage, FALSE);
      gap = wf_chart_people_figure (h[i].digital_gap, FALSE);
      /* Translators: %s is a number of workers lacking the digital skills
       * their jobs need */
      detail4 = g_strdup_printf (_("digital skills gap %s"), gap);
      g_ptr_array_add (cells[4], g_strconcat (shortage, "\n", detail4, NULL));
    }

  for (guint r = 0; r < G_N_ELEMENTS (cells); r++)
    {
      g_ptr_array_add (cells[r], NULL);
      g_ptr_array_add (rows, g_ptr_array_steal (cells[r], NULL));
      g_ptr_array_unref (cells[r]);
    }
}

/* The levers of the scenario (and those compared) against the baseline,
 * the document's first scenario. */
static void
add_levers (Brief                *brief,
            const WfDocument     *document,
            const WfBriefOptions *options)
{
  const WfScenario *reference = scenario_at (document, 0);
  g_autoptr(GStrvBuilder) header = g_strv_builder_new ();
  GPtrArray *rows;

  add_block (brief, BLOCK_HEADING, _("Levers against the reference"));
  add_text_take (brief, BLOCK_PARAGRAPH,
                 /* Translators: %s is the name of the reference scenario */
                 g_strdup_printf (_("Each lever’s value in this brief’s scenarios and in the reference "
                                    "scenario, “%s”, with the range the model accepts."),
                                  wf_scenario_get_display_name (reference)));
  rows = add_table (brief);

  g_strv_builder_add (header, _("Lever"));
  g_strv_builder_add (header, wf_scenario_get_display_name (scenario_at (document, options->scenario)));
  for (guint i = 0; i < options->n_compared; i++)
    g_strv_builder_add (header,
                        wf_scenario_get_display_name (scenario_at (document, options->compared[i])));
  /* Translators: the column of the reference scenario's lever values */
  g_strv_builder_add (header, C_("lever table", "Reference"));
  g_strv_builder_add (header, _("Unit"));
  /* Translators: the column of a lever's lowest and highest values */
  g_strv_builder_add (header, C_("lever table", "Range"));
  g_ptr_array_add (rows, g_strv_builder_end (header));

  for (guint l = 0; l < WF_N_LEVERS; l++)
    {
      const WfLeverInfo *info = wf_lever_get_info (l);
      g_autoptr(GStrvBuilder) row = g_strv_builder_new ();
      g_autofree char *min = format_lever_value (l, info->min);
      g_autofree char *max = format_lever_value (l, info->max);

      g_strv_builder_add (row, wf_lever_get_label (l));
      for (guint i = 0; i <= options->n_compared; i++)
        {
          guint index = i == 0 ? options->scenario : options->compared[i - 1];

          builder_take (row, format_lever_value (l, scenario_at (document, index)->values[l]));
        }
      builder_take (row, format_lever_value (l, reference->values[l]));
      g_strv_builder_add (row, wf_lever_get_unit (l));
      /* Translators: a range of values, lowest to highest, e.g. "0 – 100";
       * the spaces are no-break spaces, so that it stays on one line */
      builder_take (row, g_strdup_printf (_("%s – %s"), min, max));
      g_ptr_array_add (rows, g_strv_builder_end (row));
    }
}

static double
employment (const WfResults *results,
            WfRun            run,
            guint            year,
            int              sector,
            int              sex)
{
  return wf_results_get (results, run, WF_OUTPUT_EMPLOYMENT, year, sector, sex);
}

/* The main finding of each chart, in a sentence with its numbers. */
static char *
finding_employment (const WfResults *r,
                    const WfDataset *dataset)
{
  guint last = r->n_years - 1;
  double total = employment (r, WF_RUN_SCENARIO, last, -1, WF_SEX_ALL);
  double diff = total - employment (r, WF_RUN_BASELINE, last, -1, WF_SEX_ALL);
  g_autofree char *base = wf_chart_people_figure (employment (r, WF_RUN_SCENARIO, 0, -1, WF_SEX_ALL), FALSE);
  g_autofree char *level = wf_chart_people_figure (total, FALSE);
  g_autofree char *net = wf_chart_people_figure (diff, TRUE);
  g_autofree char *sector_diff = NULL;
  int largest = -1;
  double largest_diff = 0.0;

  for (guint s = 0; s < r->n_sectors; s++)
    {
      double d = employment (r, WF_RUN_SCENARIO, last, s, WF_SEX_ALL) -
                 employment (r, WF_RUN_BASELINE, last, s, WF_SEX_ALL);

      if (largest < 0 || fabs (d) > fabs (largest_diff))
        {
          largest = (int) s;
          largest_diff = d;
        }
    }
  sector_diff = wf_chart_people_figure (largest_diff, TRUE);

  /* Translators: employment in the base year and the horizon year, its
   * difference from the baseline, then the sector that changes the most
   * and its own difference, e.g. "Employment goes from 3.4 billion in 2023
   * to … in 2030, +1.2 million against the baseline without the AI push;
   * the largest change is in Manufacturing (−2.1 million)." */
  return g_strdup_printf (_("Employment goes from %s in %d to %s in %d, %s against the baseline "
                            "without the AI push; the largest change is in %s (%s)."),
                          base, r->base_year, level, r->horizon, net,
                          wf_dataset_get_sector_label (dataset, largest), sector_diff);
}

static char *
finding_flows (const WfResults *r)
{
  guint last = r->n_years - 1;
  double displaced = wf_results_cumulative (r, WF_RUN_SCENARIO, WF_OUTPUT_DISPLACED, last, -1, WF_SEX_ALL);
  g_autofree char *d = wf_chart_people_count (NULL, displaced, WF_CHART_NOUN_WORKERS, FALSE);
  g_autofree char *kept = wf_chart_people_figure (wf_results_cumulative (r, WF_RUN_SCENARIO, WF_OUTPUT_REDEPLOYED,
                                                                last, -1, WF_SEX_ALL), FALSE);
  g_autofree char *hired = wf_chart_people_figure (wf_results_cumulative (r, WF_RUN_SCENARIO, WF_OUTPUT_REEMPLOYED,
                                                                 last, -1, WF_SEX_ALL), FALSE);
  g_autofree char *looking = wf_chart_people_figure (wf_results_get (r, WF_RUN_SCENARIO, WF_OUTPUT_DISPLACED_POOL,
                                                            last, -1, WF_SEX_ALL), FALSE);
  g_autofree char *left = wf_chart_people_figure (wf_results_cumulative (r, WF_RUN_SCENARIO, WF_OUTPUT_LEFT_LABOUR_FORCE,
                                                                last, -1, WF_SEX_ALL), FALSE);

  if (displaced < 0.5)
    /* Translators: the first %d is the base year, the second the horizon */
    return g_strdup_printf (_("No worker loses a job to automation from %d to %d in this scenario."),
                            r->base_year, r->horizon);
  /* Translators: a count of the workers ("96.6 million workers") whose
   * jobs were automated between the two years, then how many of them their
   * firm kept in other work, how many found a job again, how many are
   * still looking and how many gave up */
  return g_strdup_printf (_("Of the %s whose jobs are automated from %d to %d, %s keep work "
                            "in their firm, %s find a job again, %s are still looking in %d and %s "
                            "have left the labour force."),
                          d, r->base_year, r->horizon, kept, hired, looking, r->horizon, left);
}

static char *
finding_butterfly (const WfResults  *r,
                   const WfDataset  *dataset)
{
  guint last = r->n_years - 1;
  WfHeadline h;
  g_autofree char *women = NULL, *men = NULL, *share = NULL;

  if (!wf_dataset_has_sex_split (dataset))
    return g_strdup (_("The dataset does not split employment by sex, so the chart cannot show "
                       "women and men apart."));
  wf_results_headline (r, &h);
  women = wf_chart_people_figure (employment (r, WF_RUN_SCENARIO, last, -1, WF_SEX_WOMEN) -
                         employment (r, WF_RUN_BASELINE, last, -1, WF_SEX_WOMEN), TRUE);
  men = wf_chart_people_figure (employment (r, WF_RUN_SCENARIO, last, -1, WF_SEX_MEN) -
                       employment (r, WF_RUN_BASELINE, last, -1, WF_SEX_MEN), TRUE);
  share = format_share (h.women_share_of_displacement);
  /* Translators: %d is the horizon year, then women's and men's net jobs
   * against the baseline, then a percentage (or "not available") */
  return g_strdup_printf (_("By %d, women’s employment changes by %s and men’s by %s against the "
                            "baseline; women are %s of the workers whose jobs are automated."),
                          r->horizon, women, men, share);
}

static char *
finding_skills (const WfResults *r,
                const WfDataset *dataset)
{
  guint last = r->n_years - 1;
  int top = -1, bottom = -1;
  double top_index = 0.0, bottom_index = 0.0;
  g_autofree char *top_text = NULL, *bottom_text = NULL;

  for (guint j = 0; j < r->n_skills; j++)
    {
      double index = wf_results_get_skill (r, WF_RUN_SCENARIO, WF_SKILL_OUTPUT_INDEX, last, j, WF_SEX_ALL);

      if (!isfinite (index))
        continue;
      if (top < 0 || index > top_index)
        {
          top = (int) j;
          top_index = index;
        }
      if (bottom < 0 || index < bottom_index)
        {
          bottom = (int) j;
          bottom_index = index;
        }
    }
  if (top < 0)
    return g_strdup (_("The dataset has no skills to show."));
  top_text = g_strdup_printf ("%'.0f", top_index);
  bottom_text = g_strdup_printf ("%'.0f", bottom_index);
  if (bottom_index < 99.5)
    /* Translators: a skill, its demand index at the horizon year, the
     * horizon, then the skill whose demand falls the most and its index */
    return g_strdup_printf (_("Demand for %s grows the most, to an index of %s in %d (base year = 100); "
                              "demand for %s falls the most, to %s."),
                            wf_dataset_get_skill_label (dataset, top), top_text, r->horizon,
                            wf_dataset_get_skill_label (dataset, bottom), bottom_text);
  /* Translators: a skill, its demand index at the horizon year, the
   * horizon, then the skill whose demand grows the least and its index */
  return g_strdup_printf (_("Demand for %s grows the most, to an index of %s in %d (base year = 100); "
                            "demand for %s grows the least, to %s."),
                          wf_dataset_get_skill_label (dataset, top), top_text, r->horizon,
                          wf_dataset_get_skill_label (dataset, bottom), bottom_text);
}

static char *
finding_fan (const WfEnsemble *e)
{
  guint last = e->n_years - 1;
  g_autofree char *median = NULL, *low = NULL, *high = NULL;

#define P(p) wf_ensemble_get (e, WF_ENSEMBLE_SCOPE_DIFFERENCE, WF_OUTPUT_EMPLOYMENT, last, -1, WF_SEX_ALL, (p))
  median = wf_chart_people_figure (P (WF_PERCENTILE_50), TRUE);
  low = wf_chart_people_figure (P (WF_PERCENTILE_5), TRUE);
  high = wf_chart_people_figure (P (WF_PERCENTILE_95), TRUE);
#undef P
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: the number of runs, the horizon year, then net
                                        * jobs against the baseline: the median run, the 5th and the 95th
                                        * percentile */
                                       "Over %'u run with the levers drawn within their uncertainty ranges, "
                                       "net jobs against the baseline in %d are %s at the median, and "
                                       "between %s and %s in nine runs out of ten.",
                                       "Over %'u runs with the levers drawn within their uncertainty ranges, "
                                       "net jobs against the baseline in %d are %s at the median, and "
                                       "between %s and %s in nine runs out of ten.",
                                       e->n_runs),
                          e->n_runs, e->horizon, median, low, high);
}

static char *
finding_attribution (const WfAttribution *a)
{
  g_autofree char *total = format_metric (a->metric, a->total);
  g_autofree char *part = NULL;
  g_autofree char *names = NULL;
  GString *levers;
  int largest = -1;

  for (guint i = 0; i < a->n_parts; i++)
    if (largest < 0 || fabs (a->parts[i].contribution) > fabs (a->parts[largest].contribution))
      largest = (int) i;
  if (largest < 0 || fabs (a->total) < 1e-9)
    return g_strdup (_("Every lever of this scenario is at its reference value, so there is no "
                       "difference to explain."));

  levers = g_string_new (NULL);
  for (guint l = 0; l < WF_N_LEVERS; l++)
    if (a->parts[largest].levers & WF_LEVER_BIT (l))
      /* Translators: separates lever names in a list */
      g_string_append_printf (levers, "%s%s", levers->len ? _(", ") : "", wf_lever_get_label (l));
  names = g_string_free (levers, FALSE);
  part = format_metric (a->metric, a->parts[largest].contribution);
  /* Translators: an outcome (e.g. "Net jobs vs baseline"), the scenario's
   * difference from the levers' reference values, then the lever that
   * explains the most of it and its share */
  return g_strdup_printf (_("%s differs by %s from the same scenario with every lever at its reference "
                            "value; the lever that explains the most of it is %s, with %s."),
                          wf_metric_to_string (a->metric), total,
                          names, part);
}

static void
add_charts (Brief                *brief,
            const WfDocument     *document,
            const WfBriefOptions *options,
            GCancellable         *cancellable,
            GError              **error_out)
{
  g_autoptr(GPtrArray) compared = g_ptr_array_new ();
  WfViewState view = { 0 };

  for (guint i = 0; i < options->n_compared; i++)
    g_ptr_array_add (compared, scenario_at (document, options->compared[i])->name);
  view.current_scenario = options->scenario;
  view.lens = WF_LENS_TOTAL;
  view.compared = compared;
  view.metric = WF_METRIC_NET_JOBS;

  add_block (brief, BLOCK_PAGE_BREAK, NULL);
  add_block (brief, BLOCK_HEADING, _("Charts"));

  for (guint c = 0; c < G_N_ELEMENTS (brief_charts); c++)
    {
      WfChartKind kind = brief_charts[c];
      WfChartInput *input;
      const WfResults *r;
      Block *block;
      char *finding = NULL;

      input = wf_chart_input_new_sync (document, &view, kind, options->n_runs, cancellable, error_out);
      if (input == NULL)
        return;
      g_ptr_array_add (brief->inputs, input);
      r = input->data.results[0];

      switch (kind)
        {
        case WF_CHART_EMPLOYMENT:
          finding = finding_employment (r, document->dataset);
          break;
        case WF_CHART_FLOWS:
          finding = finding_flows (r);
          break;
        case WF_CHART_BUTTERFLY:
          finding = finding_butterfly (r, document->dataset);
          break;
        case WF_CHART_SKILLS:
          finding = finding_skills (r, document->dataset);
          break;
        case WF_CHART_FAN:
          g_assert (input->data.ensemble != NULL);
          finding = finding_fan (input->data.ensemble);
          break;
        case WF_CHART_ATTRIBUTION:
          g_assert (input->data.attribution != NULL);
          finding = finding_attribution (input->data.attribution);
          break;
        default:
          g_assert_not_reached ();
        }
      add_block (brief, BLOCK_SUBHEADING, wf_chart_kind_get_title (kind));
      add_text_take (brief, BLOCK_PARAGRAPH, finding);
      block = add_block (brief, BLOCK_CHART, NULL);
      block->chart = kind;
      block->input = input;
    }
}

static char *
tagged (WfProvenance provenance)
{
  /* Translators: a provenance badge; the first %s is a one-letter tag
   * such as "D", the second its name, e.g. "[D] Derived". */
  g_autofree char *text = g_strdup_printf (_("[%s] %s"), wf_provenance_to_tag (provenance),
                                           wf_provenance_to_string (provenance));
  GString *out = g_string_new (text);

  /* The tag stays with its name in a narrow column. */
  g_string_replace (out, "] ", "] ", 1);
  return g_string_free (out, FALSE);
}

static char *
citation_and_note (const char *citation,
                   const char *note)
{
  const char *text = citation != NULL && *citation != '\0' ? citation : _("No source recorded");

  if (note != NULL && *note != '\0')
    return g_strconcat (text, "\n", note, NULL);
  return g_strdup (text);
}

static void
add_sources (Brief                *brief,
             const WfDocument     *document,
             const WfBriefOptions *options)
{
  const WfDataset *dataset = document->dataset;
  GPtrArray *rows;
  gboolean any_preset = FALSE;

  add_block (brief, BLOCK_PAGE_BREAK, NULL);
  add_block (brief, BLOCK_HEADING, _("Sources and provenance"));
  add_block (brief, BLOCK_PARAGRAPH,
             _("Every table and lever carries a tag saying where it comes from: "
               "[P] read in the primary source or its data file, "
               "[S] quoted from the primary source by a secondary copy, "
               "[A] an assumption or judgement, "
               "[D] derived by calculation or calibration."));
  if (dataset->id != NULL && g_str_has_prefix (dataset->id, "world-"))
    add_block (brief, BLOCK_NOTE,
               _("The bundled world dataset matches published world totals, "
                 "but its split by sector and sex rests on order-of-magnitude "
                 "judgements. Import an ILOSTAT file for a country’s real "
                 "figures before drawing conclusions."));

  add_block (brief, BLOCK_SUBHEADING, _("The dataset’s tables"));
  rows = add_table (brief);
  add_row (rows, g_strdup (C_("sources table", "Table")), g_strdup (_("Provenance")),
           g_strdup (_("Source")), NULL);
  for (guint t = 0; t < WF_N_TABLES; t++)
    add_row (rows, g_strdup (wf_table_to_string (t)), tagged (dataset->sources[t].provenance),
             citation_and_note (wf_dataset_get_display_citation (dataset, t),
                                wf_dataset_get_display_note (dataset, t)), NULL);

  add_block (brief, BLOCK_SUBHEADING, _("The levers"));
  rows = add_table (brief);
  add_row (rows, g_strdup (_("Lever")), g_strdup (_("Provenance")), g_strdup (_("Source")), NULL);
  for (guint l = 0; l < WF_N_LEVERS; l++)
    {
      const WfLeverInfo *info = wf_lever_get_info (l);

      add_row (rows, g_strdup (wf_lever_get_label (l)), tagged (info->provenance),
               citation_and_note (wf_lever_get_source (l), NULL), NULL);
    }

  add_block (brief, BLOCK_SUBHEADING, _("The scenarios"));
  rows = add_table (brief);
  add_row (rows, g_strdup (_("Scenario")), g_strdup (_("Provenance")), g_strdup (_("Source")), NULL);
  for (guint i = 0; i <= options->n_compared + 1; i++)
    {
      guint index = i == 0 ? 0 : i == 1 ? options->scenario : options->compared[i - 2];
      const WfScenario *scenario = scenario_at (document, index);
      WfPreset preset;
      WfProvenance provenance;
      const char *note = NULL;
      const char *citation;

      /* The reference is listed first, then the scenarios briefed, once each. */
      if (i > 0 && index == 0)
        continue;
      if (i > 1 && index == options->scenario)
        continue;
      if (!scenario_get_preset (scenario, &preset))
        {
          add_row (rows, g_strdup (wf_scenario_get_display_name (scenario)), g_strdup ("—"),
                   g_strdup (_("Lever values set in the file; the levers’ sources are above.")), NULL);
          continue;
        }
      any_preset = TRUE;
      citation = wf_preset_get_source (preset, &provenance, &note);
      add_row (rows, g_strdup (wf_scenario_get_display_name (scenario)), tagged (provenance),
               citation_and_note (citation, note), NULL);
    }
  if (!any_preset)
    add_block (brief, BLOCK_NOTE, _("None of these scenarios is a bundled preset."));

  add_block (brief, BLOCK_NOTE,
             _("Every figure in this brief is a projection of the model from the dataset and the "
               "lever values above; none is a forecast. How the model works is described in the "
               "application’s documentation."));
}

static void
add_title_page (Brief                *brief,
                const WfDocument     *document,
                const WfBriefOptions *options)
{
  const WfScenario *scenario = scenario_at (document, options->scenario);
  const WfDataset *dataset = document->dataset;
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (options->time);
  g_autofree char *date = NULL;
  g_autofree char *years = NULL;
  const WfResults *r = g_ptr_array_index (brief->results, 0);

  brief->title = g_strdup (_("Policy brief"));
  brief->scenario = g_strdup (wf_scenario_get_display_name (scenario));
  brief->description = g_strdup (wf_scenario_get_display_description (scenario));
  brief->date_iso = g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ");
  /* Translators: a brief's subject in its metadata: the horizon year,
   * then the dataset's title */
  brief->subject = g_strdup_printf (_("How AI changes jobs and skills to %d: %s"), r->horizon,
                                    wf_dataset_get_display_title (dataset));
  brief->author = g_strdup (document->metadata.author != NULL && *document->metadata.author != '\0'
                            ? document->metadata.author : PACKAGE_NAME);
  /* Translators: the date on a brief's title page, in strftime () form:
   * day, month name, year */
  date = g_date_time_format (time, _("%-d %B %Y"));
  /* Translators: a span of years, e.g. "2023 to 2030" */
  years = g_strdup_printf (_("%d to %d"), r->base_year, r->horizon);

  brief->facts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  {
    const char *labels[] = {
      _("Dataset"), _("Edition"), _("Area"), _("Years"), _("Date"), _("Made with"),
    };
    g_autofree char *application = g_strdup_printf ("%s %s", PACKAGE_NAME, PACKAGE_VERSION);
    g_autofree char *area = wf_dataset_dup_display_area (dataset);
    const char *edition = wf_dataset_get_display_edition (dataset);
    const char *values[] = {
      wf_dataset_get_display_title (dataset),
      edition != NULL ? edition : _("Not given"),
      area != NULL ? area : _("Not given"),
      years, date, application,
    };

    for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
      {
        char **fact = g_new0 (char *, 3);

        fact[0] = g_strdup (labels[i]);
        fact[1] = g_strdup (values[i]);
        g_ptr_array_add (brief->facts, fact);
      }
    if (options->n_compared > 0)
      {
        GString *names = g_string_new (NULL);
        char **fact = g_new0 (char *, 3);

        for (guint i = 0; i < options->n_compared; i++)
          g_string_append_printf (names, "%s%s", i ? _(", ") : "",
                                  wf_scenario_get_display_name (scenario_at (document, options->compared[i])));
        fact[0] = g_strdup (_("Compared with"));
        fact[1] = g_string_free (names, FALSE);
        g_ptr_array_add (brief->facts, fact);
      }
  }

  /* Translators: the horizon year, then the scenario's name */
  brief->about = g_strdup_printf (_("This brief sets out how generative AI could change employment and "
                                    "skills by %d in the scenario “%s”: the headline indicators, the "
                                    "levers that define the scenario, six charts each with its main "
                                    "finding, and the source of every number. The figures are the "
                                    "model’s projections, not forecasts."),
                                  r->horizon, wf_scenario_get_display_name (scenario));
  /* Translators: the left of a brief's page footer: the scenario's name
   * and the dataset's title */
  brief->footer = g_strdup_printf (_("%s · %s"), wf_scenario_get_display_name (scenario),
                                   wf_dataset_get_display_title (dataset));
}

static Brief *
brief_build (const WfDocument     *document,
             const WfBriefOptions *options,
             GCancellable         *cancellable,
             GError              **error)
{
  g_autoptr(Brief) brief = g_new0 (Brief, 1);
  GError *local_error = NULL;

  brief->blocks = g_ptr_array_new_with_free_func (block_free);
  brief->inputs = g_ptr_array_new_with_free_func ((GDestroyNotify) wf_chart_input_free);
  brief->results = g_ptr_array_new_with_free_func ((GDestroyNotify) wf_results_free);

  for (guint i = 0; i <= options->n_compared; i++)
    {
      guint index = i == 0 ? options->scenario : options->compared[i - 1];
      WfResults *results = wf_model_project (document->dataset, scenario_at (document, index), error);

      if (results == NULL)
        return NULL;
      g_ptr_array_add (brief->results, results);
    }

  add_title_page (brief, document, options);
  add_headline (brief, document, options);
  add_levers (brief, document, options);
  add_charts (brief, document, options, cancellable, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  add_sources (brief, document, options);
  return g_steal_pointer (&brief);
}

/* ----- PDF ----- */

#define PAGE_WIDTH   595.276  /* A4 in points */
#define PAGE_HEIGHT  841.890
#define MARGIN        56.7    /* 2 cm left and right */
#define MARGIN_Y      42.5    /* 1.5 cm top and bottom */
#define CONTENT_WIDTH (PAGE_WIDTH - 2 * MARGIN)
#define BOTTOM        (PAGE_HEIGHT - MARGIN_Y - 18.0)  /* above the footer */
#define CHART_HEIGHT 255.0
#define FONT_FAMILY  "Cantarell, DejaVu Sans, sans-serif"

typedef struct
{
  cairo_t    *cr;
  const Brief *brief;
  int         page;       /* 1-based, the page being drawn */
  int         n_pages;    /* known after the first pass; 0 before */
  double      y;
  GError     *error;
} Pdf;

static PangoLayout *
pdf_layout (Pdf        *pdf,
            const char *text,
            double      size,
            gboolean    bold,
            double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (pdf->cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static double
layout_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_size (layout, &width, NULL);
  return (double) width / PANGO_SCALE;
}

static void
pdf_draw_layout (Pdf         *pdf,
                 PangoLayout *layout,
                 double       x,
                 double       y,
                 double       grey)
{
  cairo_set_source_rgb (pdf->cr, grey, grey, grey);
  cairo_move_to (pdf->cr, x, y);
  pango_cairo_show_layout (pdf->cr, layout);
}

static void
pdf_footer (Pdf *pdf)
{
  g_autoptr(PangoLayout) left = NULL;
  g_autoptr(PangoLayout) right = NULL;
  g_autofree char *number = NULL;
  double y = PAGE_HEIGHT - MARGIN_Y;

  if (pdf->n_pages > 0)
    /* Translators: a page number and the number of pages of a brief */
    number = g_strdup_printf (_("Page %d of %d"), pdf->page, pdf->n_pages);
  else
    number = g_strdup_printf (_("Page %d of %d"), pdf->page, 999);
  right = pdf_layout (pdf, number, 8.0, FALSE, CONTENT_WIDTH);
  pango_layout_set_alignment (right, PANGO_ALIGN_RIGHT);
  left = pdf_layout (pdf, pdf->brief->footer, 8.0, FALSE, CONTENT_WIDTH * 0.75);
  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);

  cairo_set_line_width (pdf->cr, 0.5);
  cairo_set_source_rgb (pdf->cr, 0.6, 0.6, 0.6);
  cairo_move_to (pdf->cr, MARGIN, y - 4.0);
  cairo_line_to (pdf->cr, PAGE_WIDTH - MARGIN, y - 4.0);
  cairo_stroke (pdf->cr);
  pdf_draw_layout (pdf, left, MARGIN, y, 0.35);
  pdf_draw_layout (pdf, right, MARGIN, y, 0.35);
}

static void
pdf_new_page (Pdf *pdf)
{
  pdf_footer (pdf);
  cairo_show_page (pdf->cr);
  pdf->page++;
  pdf->y = MARGIN_Y;
}

/* Starts a new page unless @height fits below the cursor. */
static void
pdf_reserve (Pdf    *pdf,
             double  height)
{
  if (pdf->y + height > BOTTOM && pdf->y > MARGIN_Y)
    pdf_new_page (pdf);
}

static void
pdf_title_page (Pdf *pdf)
{
  const Brief *brief = pdf->brief;
  g_autoptr(PangoLayout) kicker = pdf_layout (pdf, brief->title, 14.0, TRUE, CONTENT_WIDTH);
  g_autoptr(PangoLayout) title = pdf_layout (pdf, brief->scenario, 30.0, TRUE, CONTENT_WIDTH);
  double y = MARGIN_Y + 110.0;
  double label_width = 0.0;

  pango_layout_set_wrap (title, PANGO_WRAP_WORD);
  pdf_draw_layout (pdf, kicker, MARGIN, y, 0.3);
  y += layout_height (kicker) + 8.0;
  pdf_draw_layout (pdf, title, MARGIN, y, 0.0);
  y += layout_height (title) + 10.0;
  cairo_set_source_rgb (pdf->cr, 0.0, 0.0, 0.0);
  cairo_rectangle (pdf->cr, MARGIN, y, 60.0, 3.0);
  cairo_fill (pdf->cr);
  y += 20.0;
  if (brief->description != NULL && *brief->description != '\0')
    {
      g_autoptr(PangoLayout) description = pdf_layout (pdf, brief->description, 12.0, FALSE, CONTENT_WIDTH);

      pdf_draw_layout (pdf, description, MARGIN, y, 0.15);
      y += layout_height (description) + 24.0;
    }

  for (guint i = 0; i < brief->facts->len; i++)
    {
      g_autoptr(PangoLayout) label = pdf_layout (pdf, ((char **) g_ptr_array_index (brief->facts, i))[0],
                                                 10.0, TRUE, CONTENT_WIDTH);

      label_width = MAX (label_width, layout_width (label));
    }
  label_width = MIN (label_width + 16.0, CONTENT_WIDTH / 3.0);
  for (guint i = 0; i < brief->facts->len; i++)
    {
      char **fact = g_ptr_array_index (brief->facts, i);
      g_autoptr(PangoLayout) label = pdf_layout (pdf, fact[0], 10.0, TRUE, label_width - 8.0);
      g_autoptr(PangoLayout) value = pdf_layout (pdf, fact[1], 10.0, FALSE, CONTENT_WIDTH - label_width);

      pdf_draw_layout (pdf, label, MARGIN, y, 0.3);
      pdf_draw_layout (pdf, value, MARGIN + label_width, y, 0.0);
      y += MAX (layout_height (label), layout_height (value)) + 6.0;
    }

  {
    g_autoptr(PangoLayout) about = pdf_layout (pdf, brief->about, 10.5, FALSE, CONTENT_WIDTH);
    double height = layout_height (about);

    y = MAX (y + 30.0, BOTTOM - height - 20.0);
    cairo_set_line_width (pdf->cr, 0.5);
    cairo_set_source_rgb (pdf->cr, 0.6, 0.6, 0.6);
    cairo_move_to (pdf->cr, MARGIN, y - 12.0);
    cairo_line_to (pdf->cr, PAGE_WIDTH - MARGIN, y - 12.0);
    cairo_stroke (pdf->cr);
    pdf_draw_layout (pdf, about, MARGIN, y, 0.15);
  }
  pdf_new_page (pdf);
}

static void
pdf_text (Pdf        *pdf,
          const char *text,
          double      size,
          gboolean    bold,
          double      grey,
          double      space_before,
          double      keep_with)
{
  g_autoptr(PangoLayout) layout = pdf_layout (pdf, text, size, bold, CONTENT_WIDTH);
  double height = layout_height (layout);

  if (pdf->y > MARGIN_Y)
    pdf->y += space_before;
  pdf_reserve (pdf, height + keep_with);
  pdf_draw_layout (pdf, layout, MARGIN, pdf->y, grey);
  pdf->y += height;
}

#define TABLE_SIZE 8.5
#define CELL_PAD 4.0

/* Column widths as a browser lays out a table: each column at least as
 * wide as its longest word, and the rest shared in proportion to how much
 * wider each would like to be. */
static void
pdf_table_widths (Pdf       *pdf,
                  GPtrArray *rows,
                  guint      n_columns,
                  double    *widths)
{
  double natural[16] = { 0 }, least[16] = { 0 };
  double total = 0.0, base = 0.0, extra = 0.0;

  g_assert (n_columns <= G_N_ELEMENTS (natural));
  for (guint r = 0; r < rows->len; r++)
    {
      char **row = g_ptr_array_index (rows, r);

      for (guint c = 0; c < n_columns && row[c] != NULL; c++)
        {
          g_autoptr(PangoLayout) layout = pdf_layout (pdf, row[c], TABLE_SIZE, r == 0, -1);
          /* Words break at spaces only: a no-break space keeps a range whole. */
          g_auto(GStrv) words = g_strsplit_set (row[c], " \n", -1);

          pango_layout_set_width (layout, -1);
          natural[c] = MAX (natural[c], layout_width (layout) + 2 * CELL_PAD + 1.0);
          for (guint w = 0; words[w] != NULL; w++)
            {
              if (*words[w] == '\0')
                continue;
              pango_layout_set_text (layout, words[w], -1);
              least[c] = MAX (least[c], layout_width (layout) + 2 * CELL_PAD + 1.0);
            }
        }
    }
  for (guint c = 0; c < n_columns; c++)
    {
      least[c] = MIN (least[c], natural[c]);
      total += natural[c];
      base += least[c];
      extra += natural[c] - least[c];
    }
  for (guint c = 0; c < n_columns; c++)
    {
      if (total <= CONTENT_WIDTH)
        widths[c] = natural[c] + (CONTENT_WIDTH - total) / n_columns;
      else if (base >= CONTENT_WIDTH || extra <= 0.0)
        widths[c] = CONTENT_WIDTH * least[c] / base;
      else
        widths[c] = least[c] + (CONTENT_WIDTH - base) * (natural[c] - least[c]) / extra;
    }
}

/* A number, a percentage or a range: no letters. */
static gboolean
is_numeric (const char *text)
{
  if (!g_ascii_isdigit (text[strspn (text, "+-[ ")]) && !g_str_has_prefix (text, "−"))
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalpha (g_utf8_get_char (p)) || *p == '\n')
      return FALSE;
  return TRUE;
}

static double
pdf_table_row (Pdf      *pdf,
               char    **row,
               guint     n_columns,
               double   *widths,
               gboolean  header,
               gboolean  draw)
{
  PangoLayout *layouts[16] = { NULL };
  double height = 0.0, x = MARGIN;

  for (guint c = 0; c < n_columns && row[c] != NULL; c++)
    {
      layouts[c] = pdf_layout (pdf, row[c], TABLE_SIZE, header, widths[c] - 2 * CELL_PAD);
      height = MAX (height, layout_height (layouts[c]));
    }
  height += 2 * CELL_PAD;
  for (guint c = 0; c < n_columns && layouts[c] != NULL; c++)
    {
      if (draw)
        {
          /* Numbers line up on the right, text on the left. */
          if (c > 0 && !header && is_numeric (row[c]))
            pango_layout_set_alignment (layouts[c], PANGO_ALIGN_RIGHT);
          pdf_draw_layout (pdf, layouts[c], x + CELL_PAD, pdf->y + CELL_PAD, header ? 0.0 : 0.1);
        }
      x += widths[c];
      g_object_unref (layouts[c]);
    }
  return height;
}

static void
pdf_rule (Pdf    *pdf,
          double  width,
          double  grey)
{
  cairo_set_line_width (pdf->cr, width);
  cairo_set_source_rgb (pdf->cr, grey, grey, grey);
  cairo_move_to (pdf->cr, MARGIN, pdf->y);
  cairo_line_to (pdf->cr, PAGE_WIDTH - MARGIN, pdf->y);
  cairo_stroke (pdf->cr);
}

static void
pdf_table (Pdf       *pdf,
           GPtrArray *rows)
{
  guint n_columns = g_strv_length (g_ptr_array_index (rows, 0));
  double widths[16];
  double header_height;
  double total = 0.0;

  pdf_table_widths (pdf, rows, n_columns, widths);
  pdf->y += 6.0;
  header_height = pdf_table_row (pdf, g_ptr_array_index (rows, 0), n_columns, widths, TRUE, FALSE);
  /* A table that fits on a page is not split. */
  for (guint r = 0; r < rows->len; r++)
    total += pdf_table_row (pdf, g_ptr_array_index (rows, r), n_columns, widths, r == 0, FALSE);
  if (total <= BOTTOM - MARGIN_Y)
    pdf_reserve (pdf, total);
  for (guint r = 0; r < rows->len; r++)
    {
      double height = pdf_table_row (pdf, g_ptr_array_index (rows, r), n_columns, widths, r == 0, FALSE);

      /* A row never splits; the header comes again on a new page. */
      if (r == 0 || pdf->y + height > BOTTOM)
        {
          if (r > 0)
            pdf_new_page (pdf);
          else
            pdf_reserve (pdf, header_height + height);
          pdf_rule (pdf, 1.0, 0.0);
          pdf_table_row (pdf, g_ptr_array_index (rows, 0), n_columns, widths, TRUE, TRUE);
          pdf->y += header_height;
          pdf_rule (pdf, 0.75, 0.0);
          if (r == 0)
            continue;
        }
      pdf_table_row (pdf, g_ptr_array_index (rows, r), n_columns, widths, FALSE, TRUE);
      pdf->y += height;
      pdf_rule (pdf, 0.25, 0.6);
    }
}

static void
pdf_chart (Pdf         *pdf,
           const Block *block)
{
  WfChartStyle style;

  if (pdf->error != NULL)
    return;
  wf_chart_style_init (&style);
  style.theme = WF_CHART_THEME_LIGHT;
  pdf->y += 6.0;
  pdf_reserve (pdf, CHART_HEIGHT);
  cairo_save (pdf->cr);
  cairo_translate (pdf->cr, MARGIN, pdf->y);
  cairo_rectangle (pdf->cr, 0, 0, CONTENT_WIDTH, CHART_HEIGHT);
  cairo_clip (pdf->cr);
  if (!wf_chart_render (pdf->cr, CONTENT_WIDTH, CHART_HEIGHT, block->chart, &style,
                        &block->input->data, NULL, &pdf->error))
    g_assert (pdf->error != NULL);
  cairo_restore (pdf->cr);
  pdf->y += CHART_HEIGHT;
}

/* The text styles of the blocks: size, bold, grey, space before. */
static void
block_style (BlockKind  kind,
             double    *size,
             gboolean  *bold,
             double    *grey,
             double    *space)
{
  switch (kind)
    {
    case BLOCK_HEADING:
      *size = 18.0, *bold = TRUE, *grey = 0.0, *space = 22.0;
      break;
    case BLOCK_SUBHEADING:
      *size = 12.5, *bold = TRUE, *grey = 0.0, *space = 16.0;
      break;
    case BLOCK_NOTE:
      *size = 8.5, *bold = FALSE, *grey = 0.3, *space = 8.0;
      break;
    default:
      *size = 10.0, *bold = FALSE, *grey = 0.1, *space = 4.0;
      break;
    }
}

static double
table_height (Pdf       *pdf,
              GPtrArray *rows)
{
  guint n_columns = g_strv_length (g_ptr_array_index (rows, 0));
  double widths[16];
  double total = 6.0;

  pdf_table_widths (pdf, rows, n_columns, widths);
  for (guint r = 0; r < rows->len; r++)
    total += pdf_table_row (pdf, g_ptr_array_index (rows, r), n_columns, widths, r == 0, FALSE);
  return total;
}

/* What must stay on the page with a heading: the text under it up to and
 * including its first table or chart (a table's start when it cannot fit
 * on any page). */
static double
keep_height (Pdf   *pdf,
             guint  i)
{
  const Brief *brief = pdf->brief;
  double keep = 0.0;

  for (guint j = i + 1; j < brief->blocks->len; j++)
    {
      const Block *block = g_ptr_array_index (brief->blocks, j);
      double size, grey, space;
      gboolean bold;

      block_style (block->kind, &size, &bold, &grey, &space);
      switch (block->kind)
        {
        case BLOCK_TABLE:
          {
            double height = table_height (pdf, block->rows);

            return keep + (height <= BOTTOM - MARGIN_Y ? height : 80.0);
          }
        case BLOCK_CHART:
          return keep + 6.0 + CHART_HEIGHT;
        case BLOCK_PAGE_BREAK:
          return keep;
        default:
          {
            g_autoptr(PangoLayout) layout = pdf_layout (pdf, block->text, size, bold, CONTENT_WIDTH);

            keep += space + layout_height (layout) + 6.0;
          }
          break;
        }
    }
  return keep;
}

static void
pdf_blocks (Pdf *pdf)
{
  const Brief *brief = pdf->brief;

  pdf->page = 1;
  pdf->y = MARGIN_Y;
  pdf_title_page (pdf);
  for (guint i = 0; i < brief->blocks->len; i++)
    {
      const Block *block = g_ptr_array_index (brief->blocks, i);
      double size, grey, space;
      gboolean bold;

      block_style (block->kind, &size, &bold, &grey, &space);
      switch (block->kind)
        {
        case BLOCK_HEADING:
        case BLOCK_SUBHEADING:
          pdf_text (pdf, block->text, size, bold, grey, space, keep_height (pdf, i) + 6.0);
          pdf->y += 6.0;
          break;
        case BLOCK_PARAGRAPH:
        case BLOCK_NOTE:
          pdf_text (pdf, block->text, size, bold, grey, space, 0.0);
          break;
        case BLOCK_TABLE:
          pdf_table (pdf, block->rows);
          break;
        case BLOCK_CHART:
          pdf_chart (pdf, block);
          break;
        case BLOCK_PAGE_BREAK:
          if (pdf->y > MARGIN_Y)
            pdf_new_page (pdf);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  pdf_footer (pdf);
  cairo_show_page (pdf->cr);
}

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  if (closure != NULL)
    g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Draws the brief once for nothing to count its pages, then for real. */
static GBytes *
render_pdf (const Brief  *brief,
            GError      **error)
{
  GByteArray *bytes = g_byte_array_new ();
  int n_pages = 0;

  for (guint pass = 0; pass < 2; pass++)
    {
      cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_cb, pass == 1 ? bytes : NULL,
                                                                      PAGE_WIDTH, PAGE_HEIGHT);
      Pdf pdf = { 0 };
      cairo_status_t status;

      cairo_pdf_surface_restrict_to_version (surface, CAIRO_PDF_VERSION_1_5);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, brief->title);
      {
        /* Translators: a brief's title in its metadata: "Policy brief"
         * then the scenario's name */
        g_autofree char *title = g_strdup_printf (_("%s: %s"), brief->title, brief->scenario);

        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
      }
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, brief->author);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, brief->subject);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME " " PACKAGE_VERSION);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, brief->date_iso);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, brief->date_iso);

      pdf.cr = cairo_create (surface);
      pdf.brief = brief;
      pdf.n_pages = n_pages;
      pdf_blocks (&pdf);
      n_pages = pdf.page;
      cairo_destroy (pdf.cr);
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
      cairo_surface_destroy (surface);
      if (pdf.error != NULL)
        {
          g_propagate_error (error, pdf.error);
          g_byte_array_unref (bytes);
          return NULL;
        }
      if (status != CAIRO_STATUS_SUCCESS)
        {
          g_set_error (error, WF_BRIEF_ERROR, WF_BRIEF_ERROR_CAIRO,
                       /* Translators: %s is cairo's own message */
                       _("Could not draw the brief: %s"), cairo_status_to_string (status));
          g_byte_array_unref (bytes);
          return NULL;
        }
    }
  return g_byte_array_free_to_bytes (bytes);
}

/* ----- HTML ----- */

/* <@element @attributes>@text</@element>, @text escaped, its line breaks
 * kept. */
static void
html_text (GString    *out,
           const char *element,
           const char *attributes,
           const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_auto(GStrv) lines = g_strsplit (escaped, "\n", -1);
  g_autofree char *joined = g_strjoinv ("<br>", lines);

  g_string_append_printf (out, "<%s%s%s>%s</%s>\n", element, attributes != NULL ? " " : "",
                          attributes != NULL ? attributes : "", joined, element);
}

/* Cairo names the glyphs and clips of every SVG alike ("glyph0-1"): each
 * inline chart gets its own prefix so that none borrows another's. */
static char *
svg_with_prefix (const char *svg,
                 const char *prefix)
{
  const char *start = strstr (svg, "<svg");
  GString *out = g_string_new (NULL);
  g_autofree char *id = g_strdup_printf ("id=\"%s", prefix);
  g_autofree char *href = g_strdup_printf ("href=\"#%s", prefix);
  g_autofree char *url = g_strdup_printf ("url(#%s", prefix);

  g_string_append (out, start != NULL ? start : svg);
  g_string_replace (out, "id=\"", id, 0);
  g_string_replace (out, "href=\"#", href, 0);
  g_string_replace (out, "url(#", url, 0);
  return g_string_free (out, FALSE);
}

static GBytes *
render_html (const Brief  *brief,
             GError      **error)
{
  GString *out = g_string_new (NULL);
  g_autofree char *title = g_strdup_printf (_("%s: %s"), brief->title, brief->scenario);
  g_autofree char *escaped_title = g_markup_escape_text (title, -1);
  g_autofree char *author = g_markup_escape_text (brief->author, -1);
  g_autofree char *subject = g_markup_escape_text (brief->subject, -1);
  const char *language = pango_language_to_string (pango_language_get_default ());
  guint n_charts = 0;

  /* The C locale's texts are English. */
  if (g_ascii_strcasecmp (language, "c") == 0 || g_ascii_strcasecmp (language, "posix") == 0)
    language = "en";
  g_string_append_printf (out,
                          "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<title>%s</title>\n<meta name=\"author\" content=\"%s\">\n"
                          "<meta name=\"description\" content=\"%s\">\n"
                          "<meta name=\"generator\" content=\"%s %s\">\n"
                          "<meta name=\"date\" content=\"%s\">\n<style>\n"
                          "body{font-family:Cantarell,'DejaVu Sans',sans-serif;max-width:52em;margin:2em auto;"
                          "padding:0 1em;color:#111;line-height:1.45}\n"
                          "table{border-collapse:collapse;width:100%%;font-size:0.9em;margin:0.5em 0 1em}\n"
                          "th,td{border-bottom:1px solid #999;padding:0.3em 0.5em;text-align:left;vertical-align:top}\n"
                          "th{border-bottom:2px solid #000}\n.note{color:#444;font-size:0.9em}\n"
                          "dl.facts{display:grid;grid-template-columns:max-content auto;gap:0.3em 1.5em}\n"
                          "dt{font-weight:bold;color:#333}dd{margin:0}\n"
                          "figure{margin:0.5em 0 1.5em}figure svg{width:100%%;height:auto}\n"
                          "</style>\n</head>\n<body>\n",
                          language, escaped_title, author, subject, PACKAGE_NAME, PACKAGE_VERSION,
                          brief->date_iso);
  g_string_append (out, "<header>\n");
  html_text (out, "p", "class=\"kicker\"", brief->title);
  html_text (out, "h1", NULL, brief->scenario);
  if (brief->description != NULL && *brief->description != '\0')
    html_text (out, "p", NULL, brief->description);
  g_string_append (out, "<dl class=\"facts\">\n");
  for (guint i = 0; i < brief->facts->len; i++)
    {
      char **fact = g_ptr_array_index (brief->facts, i);

      html_text (out, "dt", NULL, fact[0]);
      html_text (out, "dd", NULL, fact[1]);
    }
  g_string_append (out, "</dl>\n");
  html_text (out, "p", NULL, brief->about);
  g_string_append (out, "</header>\n<main>\n");

  for (guint i = 0; i < brief->blocks->len; i++)
    {
      const Block *block = g_ptr_array_index (brief->blocks, i);

      switch (block->kind)
        {
        case BLOCK_HEADING:
          html_text (out, "h2", NULL, block->text);
          break;
        case BLOCK_SUBHEADING:
          html_text (out, "h3", NULL, block->text);
          break;
        case BLOCK_PARAGRAPH:
          html_text (out, "p", NULL, block->text);
          break;
        case BLOCK_NOTE:
          html_text (out, "p", "class=\"note\"", block->text);
          break;
        case BLOCK_TABLE:
          g_string_append (out, "<table>\n");
          for (guint r = 0; r < block->rows->len; r++)
            {
              char **row = g_ptr_array_index (block->rows, r);

              g_string_append (out, r == 0 ? "<thead><tr>" : "<tr>");
              for (guint c = 0; row[c] != NULL; c++)
                {
                  g_autofree char *escaped = g_markup_escape_text (row[c], -1);
                  g_auto(GStrv) lines = g_strsplit (escaped, "\n", -1);
                  g_autofree char *joined = g_strjoinv ("<br>", lines);

                  g_string_append_printf (out, r == 0 ? "<th>%s</th>" : "<td>%s</td>", joined);
                }
              g_string_append (out, r == 0 ? "</tr></thead>\n<tbody>\n" : "</tr>\n");
            }
          g_string_append (out, "</tbody>\n</table>\n");
          break;
        case BLOCK_CHART:
          {
            WfChartStyle style;
            g_autoptr(GBytes) svg = NULL;
            g_autofree char *text = NULL;
            g_autofree char *prefix = g_strdup_printf ("c%u-", n_charts++);
            g_autofree char *inline_svg = NULL;

            wf_chart_style_init (&style);
            svg = wf_chart_export_bytes (WF_CHART_FORMAT_SVG, 800, CHART_HEIGHT * 800 / CONTENT_WIDTH, 1.0,
                                         block->chart, &style, &block->input->data, error);
            if (svg == NULL)
              {
                g_string_free (out, TRUE);
                return NULL;
              }
            text = g_strndup (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));
            inline_svg = svg_with_prefix (text, prefix);
            g_string_append_printf (out, "<figure>\n%s\n</figure>\n", inline_svg);
          }
          break;
        case BLOCK_PAGE_BREAK:
          break;
        default:
          g_assert_not_reached ();
        }
    }
  g_string_append (out, "</main>\n</body>\n</html>\n");
  return g_string_free_to_bytes (out);
}

/* ----- Public API ----- */

void
wf_brief_options_init (WfBriefOptions   *options,
                       const WfDocument *document)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  guint64 seconds = 0;

  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  if (document != NULL && document->scenarios->len > 0)
    options->scenario = MIN (document->view.current_scenario, document->scenarios->len - 1);
  options->n_runs = WF_ENSEMBLE_DEFAULT_RUNS;
  if (epoch != NULL && g_ascii_string_to_unsigned (epoch, 10, 0, G_MAXINT64, &seconds, NULL))
    options->time = (gint64) seconds;
  else
    options->time = g_get_real_time () / G_USEC_PER_SEC;
}

gboolean
wf_brief_format_from_path (const char    *path,
                           WfBriefFormat *out)
{
  const char *dot;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  dot = strrchr (path, '.');
  if (dot == NULL || strchr (dot, '/') != NULL)
    return FALSE;
  if (g_ascii_strcasecmp (dot, ".pdf") == 0)
    *out = WF_BRIEF_FORMAT_PDF;
  else if (g_ascii_strcasecmp (dot, ".html") == 0 || g_ascii_strcasecmp (dot, ".htm") == 0)
    *out = WF_BRIEF_FORMAT_HTML;
  else
    return FALSE;
  return TRUE;
}

/**
 * wf_brief_render:
 * @document: the document
 * @options: the scenario briefed, those compared, the runs, the date
 * @format: PDF or HTML
 *
 * Returns: (transfer full): the brief's bytes, or %NULL with @error set
 */
GBytes *
wf_brief_render (const WfDocument     *document,
                 const WfBriefOptions *options,
                 WfBriefFormat         format,
                 GCancellable         *cancellable,
                 GError              **error)
{
  g_autoptr(Brief) brief = NULL;

  g_return_val_if_fail (document != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (format < WF_N_BRIEF_FORMATS, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options->scenario >= document->scenarios->len || options->n_compared > WF_BRIEF_MAX_COMPARED)
    {
      g_set_error_literal (error, WF_BRIEF_ERROR, WF_BRIEF_ERROR_INVALID_SCENARIO,
                           _("The brief’s scenario is not in the document"));
      return NULL;
    }
  for (guint i = 0; i < options->n_compared; i++)
    if (options->compared[i] >= document->scenarios->len)
      {
        g_set_error_literal (error, WF_BRIEF_ERROR, WF_BRIEF_ERROR_INVALID_SCENARIO,
                             _("A scenario compared in the brief is not in the document"));
        return NULL;
      }

  brief = brief_build (document, options, cancellable, error);
  if (brief == NULL)
    return NULL;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  return format == WF_BRIEF_FORMAT_PDF ? render_pdf (brief, error) : render_html (brief, error);
}
