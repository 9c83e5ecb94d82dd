/* wf-chart-table.c: the numbers behind a chart, and the gender lens
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wf-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "wf-chart-private.h"

static void
row_free (gpointer data)
{
  WfChartRow *row = data;

  g_strfreev (row->keys);
  g_free (row->values);
  g_free (row);
}

WfChartTable *
wf_chart_table_new (const char *title,
                    const char *unit,
                    guint       n_keys,
                    guint       n_values)
{
  WfChartTable *table = g_new0 (WfChartTable, 1);

  table->title = g_strdup (title);
  table->unit = g_strdup (unit);
  table->n_keys = n_keys;
  table->n_values = n_values;
  table->columns = g_new0 (char *, n_keys + n_values + 1);
  for (guint i = 0; i < n_keys + n_values; i++)
    table->columns[i] = g_strdup ("");
  table->rows = g_ptr_array_new_with_free_func (row_free);
  return table;
}

void
wf_chart_table_set_column (WfChartTable *table,
                           guint         column,
                           const char   *name)
{
  g_return_if_fail (column < table->n_keys + table->n_values);

  g_free (table->columns[column]);
  table->columns[column] = g_strdup (name);
}

WfChartRow *
wf_chart_table_add_row (WfChartTable *table)
{
  WfChartRow *row = g_new0 (WfChartRow, 1);

  row->keys = g_new0 (char *, table->n_keys + 1);
  for (guint i = 0; i < table->n_keys; i++)
    row->keys[i] = g_strdup ("");
  row->values = g_new (double, MAX (table->n_values, 1));
  for (guint i = 0; i < table->n_values; i++)
    row->values[i] = NAN;
  g_ptr_array_add (table->rows, row);
  return row;
}

void
wf_chart_table_free (WfChartTable *table)
{
  if (table == NULL)
    return;

  g_free (table->title);
  g_free (table->summary);
  g_free (table->unit);
  g_strfreev (table->columns);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

static void
csv_field (GString    *out,
           const char *text)
{
  if (text == NULL)
    return;
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/**
 * wf_chart_table_to_csv:
 * @table: a chart's table
 *
 * RFC 4180 CSV with a header row; numbers in the C locale with up to six
 * significant decimals, empty where there is no value.
 *
 * Returns: (transfer full): the CSV text
 */
char *
wf_chart_table_to_csv (const WfChartTable *table)
{
  GString *out;
  guint n_columns;

  g_return_val_if_fail (table != NULL, NULL);

  out = g_string_new (NULL);
  n_columns = table->n_keys + table->n_values;
  for (guint c = 0; c < n_columns; c++)
    {
      if (c > 0)
        g_string_append_c (out, ',');
      csv_field (out, table->columns[c]);
    }
  g_string_append (out, "\r\n");

  for (guint r = 0; r < table->rows->len; r++)
    {
      const WfChartRow *row = g_ptr_array_index (table->rows, r);

      for (guint c = 0; c < table->n_keys; c++)
        {
          if (c > 0)
            g_string_append_c (out, ',');
          csv_field (out, row->keys[c]);
        }
      for (guint c = 0; c < table->n_values; c++)
        {
          char buffer[G_ASCII_DTOSTR_BUF_SIZE];

          if (c > 0 || table->n_keys > 0)
            g_string_append_c (out, ',');
          if (isfinite (row->values[c]))
            {
              double v = row->values[c];

              if (fabs (v) < 5e-7)
                v = 0.0;
              g_string_append (out, g_ascii_formatd (buffer, sizeof buffer, "%.6f", v));
            }
        }
      g_string_append (out, "\r\n");
    }

  return g_string_free (out, FALSE);
}

static int
lens_sex (WfLens lens)
{
  switch (lens)
    {
    case WF_LENS_WOMEN:
      return WF_SEX_WOMEN;
    case WF_LENS_MEN:
      return WF_SEX_MEN;
    case WF_LENS_TOTAL:
    case WF_LENS_GAP:
    case WF_N_LENSES:
    default:
      return WF_SEX_ALL;
    }
}

double
wf_chart_lens_value (const WfChartData *data,
                     const WfResults   *results,
                     WfRun              run,
                     WfOutput           output,
                     guint              year_index,
                     int                sector)
{
  if (data->lens == WF_LENS_GAP)
    return wf_results_get (results, run, output, year_index, sector, WF_SEX_WOMEN)
         - wf_results_get (results, run, output, year_index, sector, WF_SEX_MEN);

  return wf_results_get (results, run, output, year_index, sector, lens_sex (data->lens));
}

double
wf_chart_lens_cumulative (const WfChartData *data,
                          const WfResults   *results,
                          WfRun              run,
                          WfOutput           output,
                          guint              year_index,
                          int                sector)
{
  if (data->lens == WF_LENS_GAP)
    return wf_results_cumulative (results, run, output, year_index, sector, WF_SEX_WOMEN)
         - wf_results_cumulative (results, run, output, year_index, sector, WF_SEX_MEN);

  return wf_results_cumulative (results, run, output, year_index, sector, lens_sex (data->lens));
}

const char *
wf_chart_lens_label (WfLens lens)
{
  switch (lens)
    {
    case WF_LENS_WOMEN:
      return _("Women");
    case WF_LENS_MEN:
      return _("Men");
    case WF_LENS_GAP:
      return _("Gap: women minus men");
    case WF_LENS_TOTAL:
    case WF_N_LENSES:
    default:
      return _("Women and men");
    }
}

const char *
wf_chart_sector_label (const WfChartData *data)
{
  if (data->sector < 0)
    return _("All sectors");
  return wf_dataset_get_sector_label (data->dataset, data->sector);
}

/* The count @number (the number written out, with its sign) of @value
 * millions or thousands of @noun. The plural follows the integer part of
 * @value: French writes « 1,6 million de femmes », « 2,0 millions ». */
static char *
count_text (const char  *number,
            double       value,
            gboolean     millions,
            WfChartNoun  noun)
{
  gulong n = (gulong) MIN (floor (fabs (value)), (double) G_MAXULONG);

  /* Each count is a phrase of its own, so that French can write « de »
   * or « d’ » before the noun. */
  switch (noun)
    {
    case WF_CHART_NOUN_WOMEN:
      if (millions)
        /* Translators: a count of women, e.g. "1,442.3 million women"; the plural
         * form follows the integer part ("1.6" is singular in French) */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s million women", "%s million women", n), number);
      /* Translators: a count of women, e.g. "250.3 thousand women"; the plural
       * form follows the integer part ("1.6" is singular in French) */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s thousand women", "%s thousand women", n), number);
    case WF_CHART_NOUN_MEN:
      if (millions)
        /* Translators: a count of men, e.g. "1,442.3 million men"; the plural
         * form follows the integer part ("1.6" is singular in French) */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s million men", "%s million men", n), number);
      /* Translators: a count of men, e.g. "250.3 thousand men"; the plural
       * form follows the integer part ("1.6" is singular in French) */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s thousand men", "%s thousand men", n), number);
    case WF_CHART_NOUN_WORKERS:
      if (millions)
        /* Translators: a count of workers, e.g. "1,442.3 million workers"; the plural
         * form follows the integer part ("1.6" is singular in French) */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s million workers", "%s million workers", n), number);
      /* Translators: a count of workers, e.g. "250.3 thousand workers"; the plural
       * form follows the integer part ("1.6" is singular in French) */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s thousand workers", "%s thousand workers", n), number);
    case WF_CHART_NOUN_JOBS:
      if (millions)
        /* Translators: a count of jobs, e.g. "1,442.3 million jobs"; the plural
         * form follows the integer part ("1.6" is singular in French) */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s million jobs", "%s million jobs", n), number);
      /* Translators: a count of jobs, e.g. "250.3 thousand jobs"; the plural
       * form follows the integer part ("1.6" is singular in French) */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s thousand jobs", "%s thousand jobs", n), number);
    case WF_CHART_NOUN_NONE:
    default:
      if (millions)
        /* Translators: a number of people on its own, e.g. "3,512.4 million";
         * the plural form follows the integer part ("1.6" is singular in
         * French) */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s million", "%s million", n), number);
      /* Translators: a number of people on its own, e.g. "250.3 thousand";
       * the plural form follows the integer part */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s thousand", "%s thousand", n), number);
    }
}

/**
 * wf_chart_people_count:
 * @style: (nullable): the number format (the locale's when %NULL)
 * @thousands: a number of people, in thousands
 * @noun: what they are, or %WF_CHART_NOUN_NONE
 * @sign: whether a positive count takes a "+"
 *
 * "3,512.4 million women", « 1,6 million de femmes », « 250,3 mil
 * mujeres »: a count written before its noun the way the language writes
 * it, with a true minus sign.
 *
 * Returns: (transfer full): the text
 */
char *
wf_chart_people_count (const WfChartStyle *style,
                       double              thousands,
                       WfChartNoun         noun,
                       gboolean            sign)
{
  gboolean millions = fabs (thousands) >= 1000.0;
  double value = millions ? thousands / 1000.0 : thousands;
  g_autofree char *number = wf_chart_number_text (style, value, 1, sign);

  return count_text (number, round (value * 10.0) / 10.0, millions, noun);
}

char *
wf_chart_people_figure (double   thousands,
                        gboolean signed_)
{
  gboolean millions = fabs (thousands) >= 1000.0;
  double value = millions ? thousands / 1000.0 : round (thousands);
  /* Thousands whole, millions to a tenth: "850 thousand", "1.9 million". */
  g_autofree char *number = NULL;

  if (millions)
    {
      number = wf_chart_number_text (NULL, value, 1, signed_);
      return count_text (number, round (value * 10.0) / 10.0, TRUE, WF_CHART_NOUN_NONE);
    }
  /* Under five hundred people: none to speak of, "0", never "0 thousand". */
  if (value == 0.0)
    return wf_chart_number_text (NULL, 0.0, 0, FALSE);
  number = wf_chart_number_text (NULL, value, 0, signed_);
  /* Translators: a headline figure of people in whole thousands, from 1 to
   * 999 with its sign, e.g. "−880 thousand", "+12 thousand". French writes
   * the thousands out, « −880 000 » (a no-break space before 000), rather
   * than « −880 milliers »; Spanish « −880 mil ». */
  return g_strdup_printf (C_("whole thousands", "%s thousand"), number);
}

/* "3,512.4 million" or "250.3 thousand", for summaries read as text. */
char *
wf_chart_people_text (double thousands)
{
  return wf_chart_people_count (NULL, thousands, WF_CHART_NOUN_NONE, FALSE);
}

/* One value column of every row, as a new array. */
double *
wf_chart_table_column (const WfChartTable *table,
                       guint               value_column)
{
  double *values = g_new (double, MAX (table->rows->len, 1));

  g_return_val_if_fail (value_column < table->n_values, values);

  for (guint r = 0; r < table->rows->len; r++)
    {
      const WfChartRow *row = g_ptr_array_index (table->rows, r);

      values[r] = row->values[value_column];
    }
  return values;
}

gboolean
wf_chart_metric_is_people (WfMetric metric)
{
  return !wf_metric_is_share (metric);
}

/* "−12.3 million", "+250.3 thousand", "48.2 %": a metric's value as text,
 * signed when @sign. */
char *
wf_chart_metric_text (const WfChartStyle *style,
                      WfMetric            metric,
                      double              value,
                      gboolean            sign)
{
  g_autofree char *number = NULL;

  if (wf_chart_metric_is_people (metric))
    return wf_chart_people_count (style, value, WF_CHART_NOUN_NONE, sign);
  number = wf_chart_number_text (style, value * 100.0, 1, sign);
  return g_strconcat (number, " %", NULL);
}
