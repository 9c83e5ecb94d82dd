/* wf-chart-export.c: SVG, PNG, PDF and CSV of a chart
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wf-chart"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "wf-atomic-file.h"
#include "wf-chart-private.h"

#define MAX_PIXELS (16384.0 * 16384.0)

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Finds the end of the root element's start tag: the first '>' after
 * "<svg" that is not inside a quoted attribute value. */
static gssize
svg_root_end (const char *text,
              gsize       length)
{
  const char *p = g_strstr_len (text, length, "<svg");
  char quote = 0;

  if (p == NULL)
    return -1;

  for (; p < text + length; p++)
    {
      if (quote != 0)
        {
          if (*p == quote)
            quote = 0;
        }
      else if (*p == '"' || *p == '\'')
        quote = *p;
      else if (*p == '>')
        return p + 1 - text;
    }
  return -1;
}

/* cairo writes no <title> or <desc>: put them first inside the root, where
 * screen readers and browsers look for them, and label the image. */
static GBytes *
svg_add_title (GByteArray         *svg,
               const WfChartTable *table,
               const char         *title,
               const char         *subtitle,
               GError            **error)
{
  gssize end = svg_root_end ((const char *) svg->data, svg->len);
  g_autofree char *title_xml = NULL;
  g_autofree char *desc_xml = NULL;
  g_autofree char *desc = NULL;
  g_autofree char *insert = NULL;
  GByteArray *out;
  gsize tag_end;

  if (end < 0)
    {
      g_set_error (error, WF_CHART_ERROR, WF_CHART_ERROR_CAIRO,
                   _("Cairo wrote an SVG file without a root element"));
      return NULL;
    }

  /* Make the root element "role=img" labelled by its title, unless it
   * closes itself (an empty drawing, which cairo never writes). */
  tag_end = (gsize) end - 1;
  desc = g_strdup_printf ("%s. %s", subtitle, table->summary ? table->summary : "");
  title_xml = g_markup_escape_text (title, -1);
  desc_xml = g_markup_escape_text (desc, -1);
  insert = g_strdup_printf ("\n<title id=\"wf-chart-title\">%s</title>\n"
                            "<desc id=\"wf-chart-desc\">%s</desc>", title_xml, desc_xml);

  out = g_byte_array_sized_new (svg->len + strlen (insert) + 64);
  g_byte_array_append (out, svg->data, tag_end);
  if (tag_end > 0 && svg->data[tag_end - 1] != '/')
    {
      static const char attributes[] = " role=\"img\" aria-labelledby=\"wf-chart-title wf-chart-desc\"";

      g_byte_array_append (out, (const guint8 *) attributes, sizeof attributes - 1);
    }
  g_byte_array_append (out, svg->data + tag_end, (guint) end - tag_end);
  g_byte_array_append (out, (const guint8 *) insert, strlen (insert));
  g_byte_array_append (out, svg->data + end, svg->len - (guint) end);
  return g_byte_array_free_to_bytes (out);
}

/* Writes the record into cairo's SVG: each marker the drawing left (a
 * <path> of the marker's style, alone on its line, outside every clip
 * group) becomes the next fragment, a <text> or a group's start or end
 * tag. A marker short or over means that cairo did not write the drawing
 * as the charts drew it: an error, never a file without its texts. */
static GByteArray *
svg_replace_markers (GByteArray *svg,
                     GPtrArray  *fragments,
                     GError    **error)
{
  const char *text = (const char *) svg->data;
  const char *end = text + svg->len;
  const char *p = text;
  GByteArray *out = g_byte_array_sized_new (svg->len + 64 * fragments->len);
  guint n = 0;

  for (;;)
    {
      const char *marker = g_strstr_len (p, end - p, WF_CHART_MARKER_STYLE);
      const char *start;

      if (marker == NULL)
        break;
      /* Back to the start of the marker's line, "<path style=…". */
      for (start = marker; start > p && start[-1] != '\n'; start--)
        ;
      if (n >= fragments->len || !g_str_has_prefix (start, "<path "))
        break;

      if (n == 0)
        {
          /* Whatever is drawn before the first marker is the background
           * (wf_chart_render_record ()): the top of the page group. */
          const char *page = g_strstr_len (p, start - p, "<g id=\"surface");
          const char *page_end = page != NULL ? memchr (page, '>', start - page) : NULL;
          static const char group[] = "\n<g id=\"background\">";

          if (page_end == NULL)
            break;
          g_byte_array_append (out, (const guint8 *) p, page_end + 1 - p);
          g_byte_array_append (out, (const guint8 *) group, sizeof group - 1);
          g_byte_array_append (out, (const guint8 *) page_end + 1, start - (page_end + 1));
          g_byte_array_append (out, (const guint8 *) "</g>\n", 5);
        }
      else
        g_byte_array_append (out, (const guint8 *) p, start - p);
      g_byte_array_append (out, g_ptr_array_index (fragments, n), strlen (g_ptr_array_index (fragments, n)));
      n++;
      p = marker + strlen (WF_CHART_MARKER_STYLE);
    }

  if (n != fragments->len || g_strstr_len (p, end - p, WF_CHART_MARKER_STYLE) != NULL)
    {
      g_set_error (error, WF_CHART_ERROR, WF_CHART_ERROR_CAIRO,
                   /* Translators: the SVG export lost track of the chart's texts and groups; %u are counts */
                   _("Cairo wrote the chart’s SVG in an unexpected way (%u of %u texts and groups placed)"),
                   n, fragments->len);
      g_byte_array_unref (out);
      return NULL;
    }
  g_byte_array_append (out, (const guint8 *) p, end - p);
  return out;
}

/**
 * wf_chart_export_bytes:
 *
 * Renders the chart into the bytes of a file of @format.
 *
 * Returns: (transfer full): the file's content, or %NULL with @error set
 */
GBytes *
wf_chart_export_bytes (WfChartFormat       format,
                       double              width,
                       double              height,
                       double              scale,
                       WfChartKind         kind,
                       const WfChartStyle *style,
                       const WfChartData  *data,
                       GError            **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GPtrArray) fragments = NULL;
  WfChartRecord record = { NULL };
  cairo_surface_t *surface = NULL;
  cairo_t *cr;
  cairo_status_t status;
  gboolean ok;

  if (format == WF_CHART_FORMAT_CSV)
    {
      g_autoptr(WfChartTable) table = wf_chart_get_table (kind, data, error);
      char *csv;

      if (table == NULL)
        return NULL;
      csv = wf_chart_table_to_csv (table);
      return g_bytes_new_take (csv, strlen (csv));
    }

  if (!isfinite (scale) || scale <= 0)
    scale = 1.0;
  if (!isfinite (width) || !isfinite (height) || width < 1 || height < 1 ||
      width * height * scale * scale > MAX_PIXELS)
    {
      g_set_error (error, WF_CHART_ERROR, WF_CHART_ERROR_INVALID_SIZE,
                   /* Translators: the width and height asked for, in points, and the scale factor */
                   _("A chart cannot be %g × %g at scale %g"), width, height, scale);
      return NULL;
    }

  switch (format)
    {
    case WF_CHART_FORMAT_SVG:
      surface = cairo_svg_surface_create_for_stream (append_cb, bytes, width, height);
      cairo_svg_surface_restrict_to_version (surface, CAIRO_SVG_VERSION_1_1);
      /* width="1280px" height="720px" viewBox="0 0 1280 720": the size
       * asked, in CSS pixels (the default is points, a third larger). */
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      break;
    case WF_CHART_FORMAT_PDF:
      surface = cairo_pdf_surface_create_for_stream (append_cb, bytes, width, height);
      break;
    case WF_CHART_FORMAT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width * scale),
                                            (int) ceil (height * scale));
      cairo_surface_set_device_scale (surface, scale, scale);
      break;
    case WF_CHART_FORMAT_CSV:
    case WF_N_CHART_FORMATS:
    default:
      g_set_error (error, WF_CHART_ERROR, WF_CHART_ERROR_INVALID_DATA,
                   /* Translators: %d is an internal number: a program error, not a user's */
                   _("Unknown export format %d"), (int) format);
      return NULL;
    }

  status = cairo_surface_status (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, WF_CHART_ERROR, WF_CHART_ERROR_CAIRO,
                   /* Translators: %s is cairo's explanation, in English */
                   _("Could not create the drawing surface: %s"), cairo_status_to_string (status));
      cairo_surface_destroy (surface);
      return NULL;
    }

  if (format == WF_CHART_FORMAT_PDF)
    {
      g_autofree char *title = g_strdup (wf_chart_kind_get_title (kind));

      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME " " PACKAGE_VERSION);
    }

  if (format == WF_CHART_FORMAT_SVG)
    record.fragments = g_ptr_array_new_with_free_func (g_free);
  cr = cairo_create (surface);
  ok = wf_chart_render_record (cr, width, height, kind, style, data, NULL,
                               format == WF_CHART_FORMAT_SVG ? &record : NULL, error);
  cairo_destroy (cr);

  if (ok && format == WF_CHART_FORMAT_PNG)
    status = cairo_surface_write_to_png_stream (surface, append_cb, bytes);
  else
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);
  fragments = record.fragments;

  if (!ok)
    return NULL;
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, WF_CHART_ERROR, WF_CHART_ERROR_CAIRO,
                   /* Translators: %s is cairo's explanation, in English */
                   _("Could not write the chart: %s"), cairo_status_to_string (status));
      return NULL;
    }

  if (format == WF_CHART_FORMAT_SVG)
    {
      g_autoptr(WfChartTable) table = wf_chart_get_table (kind, data, error);
      g_autoptr(GByteArray) svg = NULL;
      g_autofree char *subtitle = NULL;

      if (table == NULL)
        return NULL;
      svg = svg_replace_markers (bytes, fragments, error);
      if (svg == NULL)
        return NULL;
      subtitle = wf_chart_subtitle (kind, data, style, wf_chart_horizon_index (data));
      return svg_add_title (svg, table, wf_chart_kind_get_title (kind), subtitle, error);
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/**
 * wf_chart_export:
 * @path: the file to write; replaced atomically by wf_atomic_file_write ():
 *   on any failure it is left as it was
 *
 * Returns: %TRUE on success
 */
gboolean
wf_chart_export (WfChartFormat       format,
                 const char         *path,
                 double              width,
                 double              height,
                 double              scale,
                 WfChartKind         kind,
                 const WfChartStyle *style,
                 const WfChartData  *data,
                 GError            **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;
  const char *content;

  g_return_val_if_fail (path != NULL, FALSE);

  bytes = wf_chart_export_bytes (format, width, height, scale, kind, style, data, error);
  if (bytes == NULL)
    return FALSE;

  /* The core's writer: the charts may not depend on the io layer. */
  content = g_bytes_get_data (bytes, &length);
  if (!wf_atomic_file_write (path, content, length, WF_ATOMIC_FILE_NONE, NULL, NULL, &local_error))
    {
      g_set_error_literal (error, WF_CHART_ERROR, WF_CHART_ERROR_WRITE, local_error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
wf_chart_export_svg (const char         *path,
                     double              width,
                     double              height,
                     WfChartKind         kind,
                     const WfChartStyle *style,
                     const WfChartData  *data,
                     GError            **error)
{
  return wf_chart_export (WF_CHART_FORMAT_SVG, path, width, height, 1.0, kind, style, data, error);
}

gboolean
wf_chart_export_png (const char         *path,
                     double              width,
                     double              height,
                     double              scale,
                     WfChartKind         kind,
                     const WfChartStyle *style,
                     const WfChartData  *data,
                     GError            **error)
{
  return wf_chart_export (WF_CHART_FORMAT_PNG, path, width, height, scale, kind, style, data, error);
}

gboolean
wf_chart_export_pdf (const char         *path,
                     double              width,
                     double              height,
                     WfChartKind         kind,
                     const WfChartStyle *style,
                     const WfChartData  *data,
                     GError            **error)
{
  return wf_chart_export (WF_CHART_FORMAT_PDF, path, width, height, 1.0, kind, style, data, error);
}
