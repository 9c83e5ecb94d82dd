/* label-audit.c: how many texts each size cuts (issue 16)
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every kind at the export dialog's thumbnail, a small window's 600 × 300,
 * the main window's chart (633 × 254), 800 × 500, 1280 × 720 and
 * 1920 × 1080, alone and compared, in the language of LC_ALL: the number
 * of texts with an ellipsis, the footnote's aside, per size; with any
 * argument, each of them from 600 × 300 up. Not a test (test-labels
 * says what may be cut): a measure to compare before and after a change.
 *
 *   ninja -C _build tests/charts/label-audit
 *   LC_ALL=fr_FR.UTF-8 WORKFORCE_FORESIGHT_LOCALEDIR=_build/po \
 *     _build/tests/charts/label-audit -v
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include "wf-chart.h"
#include "wf-core.h"
#include "wf-chart-test.h"
#include "wf-i18n.h"

int
main (int    argc,
      char **argv)
{
  static const double sizes[][2] = {
    { 160, 120 }, { 600, 300 }, { 633, 254 }, { 800, 500 }, { 1280, 720 }, { 1920, 1080 },
  };
  WfChartFixture fixture;
  gboolean verbose = argc > 1;
  const char *lang = setlocale (LC_ALL, "");

  if (lang == NULL)
    g_printerr ("the locale %s is not generated\n", g_getenv ("LC_ALL"));

  wf_i18n_init (LOCALEDIR);
  wf_chart_fixture_init (&fixture, WF_PRESET_EXPONENTIAL_LIMITED, WF_PRESET_INCREMENTAL_WIDESPREAD, 50, FALSE);
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      guint total = 0;
      GString *detail = g_string_new (NULL);

      for (guint k = 0; k < WF_N_CHART_KINDS; k++)
        for (guint n = 1; n <= 2; n++)
          {
            g_autoptr(WfChartLayout) layout = wf_chart_layout_new ();
            WfChartData data;
            WfChartStyle style;
            cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) sizes[s][0],
                                                                   (int) sizes[s][1]);
            cairo_t *cr = cairo_create (surface);

            wf_chart_fixture_data (&fixture, &data, n, 2);
            wf_chart_style_init (&style);
            g_assert_true (wf_chart_render (cr, sizes[s][0], sizes[s][1], k, &style, &data, layout, NULL));
            cairo_destroy (cr);
            cairo_surface_destroy (surface);
            for (guint i = 0; i < layout->texts->len; i++)
              {
                const char *text = g_ptr_array_index (layout->texts, i);
                guint part = g_array_index (layout->text_parts, guint, i);
                const char *id = part < layout->parts->len ? g_ptr_array_index (layout->parts, part) : "";

                if (strstr (text, "…") != NULL && strcmp (id, "footnote") != 0)
                  {
                    total++;
                    g_string_append_printf (detail, "    %s n=%u [%s] %s\n", wf_chart_kind_to_id (k), n, id, text);
                  }
              }
          }
      g_print ("%s %g × %g: %u\n", lang, sizes[s][0], sizes[s][1], total);
      if (verbose && sizes[s][0] >= 600)
        g_print ("%s", detail->str);
      g_string_free (detail, TRUE);
    }
  wf_chart_fixture_clear (&fixture);
  wf_chart_shutdown ();
  return lang != NULL ? 0 : 1;
}
