/* test-svg.c: the SVG export holds real text, in groups, at the size asked,
 * and draws the same picture as the PNG export
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "wf-chart.h"
#include "wf-core.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

static WfDataset *dataset;
static WfResults *results;
static WfResults *baseline;
static WfScenario *scenario;
static WfScenario *other;
static WfEnsemble *ensemble;
static WfTornado *tornado;
static WfAttribution *attribution;
static const WfScenario *every_scenario[2];
static const WfResults *every_results[2];

/* The same picture. rsvg-convert (2.54) hints glyphs and rounds their
 * advances where the PNG export does not, so a long text drifts by up to
 * 2 % of its length and glyph edges differ; the measure allows for that:
 * - the image: a pixel differs when no pixel within PIXEL_SHIFT of it in
 *   the other image is within PIXEL_TOLERANCE in every channel; at most
 *   IMAGE_FRACTION of the image may differ (0.0007 to 0.0020 measured);
 * - each text, both images smoothed: the integer move within TEXT_MARGIN
 *   that best matches its box may exceed TEXT_DRIFT of its width by
 *   TEXT_SHIFT px (0.9 px at most measured), and the difference in place
 *   may be TEXT_MASS of its ink (0.45 at most measured).
 * The shortest label moved by 4 px exceeds TEXT_SHIFT (3.2 px at least)
 * and dropped exceeds TEXT_MASS (0.95 at least), in every kind. */
#define PIXEL_SHIFT     1
#define PIXEL_TOLERANCE 0.3
#define IMAGE_FRACTION  0.004
#define TEXT_MARGIN     6
#define TEXT_SHIFT      1.5
#define TEXT_DRIFT      0.02
#define TEXT_MASS       0.6

static void
data_init (WfChartData *data)
{
  wf_chart_data_init (data);
  data->dataset = dataset;
  data->results[0] = results;
  data->names[0] = scenario->name;
  data->results[1] = baseline;
  data->names[1] = other->name;
  data->n_scenarios = 2;
  data->ensemble = ensemble;
  data->tornado = tornado;
  data->attribution = attribution;
  /* The workshop chart: every scenario of a document. */
  every_scenario[0] = scenario;
  every_scenario[1] = other;
  every_results[0] = results;
  every_results[1] = baseline;
  data->every_scenario = every_scenario;
  data->every_results = every_results;
  data->n_every = 2;
}

static xmlDoc *
export_svg (WfChartKind  kind,
            double       width,
            double       height,
            GBytes     **bytes_out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  WfChartData data;
  const char *text;
  gsize length;
  xmlDoc *doc;

  data_init (&data);
  bytes = wf_chart_export_bytes (WF_CHART_FORMAT_SVG, width, height, 1.0, kind, NULL, &data, &error);
  g_assert_no_error (error);
  text = g_bytes_get_data (bytes, &length);
  /* Valid XML: libxml2 refuses anything else. */
  doc = xmlReadMemory (text, (int) length, "chart.svg", NULL, XML_PARSE_NONET | XML_PARSE_NOERROR);
  g_assert_nonnull (doc);
  if (bytes_out != NULL)
    *bytes_out = g_steal_pointer (&bytes);
  return doc;
}

/* What the chart draws, from the text helper's record of a render on an
 * image: the layout's texts and parts. */
static WfChartLayout *
render_layout (WfChartKind kind,
               double      width,
               double      height)
{
  g_autoptr(GError) error = NULL;
  WfChartLayout *layout = wf_chart_layout_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
  cairo_t *cr = cairo_create (surface);
  WfChartData data;

  data_init (&data);
  g_assert_true (wf_chart_render (cr, width, height, kind, NULL, &data, layout, &error));
  g_assert_no_error (error);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return layout;
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && strcmp ((const char *) node->name, name) == 0;
}

static char *
prop (xmlNode    *node,
      const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

static void
collect (xmlNode    *node,
         const char *name,
         GPtrArray  *out)
{
  for (; node != NULL; node = node->next)
    {
      if (is_element (node, name))
        g_ptr_array_add (out, node);
      collect (node->children, name, out);
    }
}

/* A <text>'s content as the layout gives it: its lines joined by "\n". */
static char *
text_content (xmlNode *text)
{
  GString *out = g_string_new (NULL);
  gboolean tspans = FALSE;

  for (xmlNode *child = text->children; child != NULL; child = child->next)
    if (is_element (child, "tspan"))
      {
        xmlChar *line = xmlNodeGetContent (child);

        if (tspans)
          g_string_append_c (out, '\n');
        g_string_append (out, (const char *) line);
        xmlFree (line);
        tspans = TRUE;
      }
  if (!tspans)
    {
      xmlChar *all = xmlNodeGetContent (text);

      g_string_append (out, (const char *) all);
      xmlFree (all);
    }
  return g_string_free (out, FALSE);
}

static gboolean
is_number (const char *text,
           const char *unit)
{
  char *end = NULL;
  double v;

  if (text == NULL)
    return FALSE;
  v = g_ascii_strtod (text, &end);
  return isfinite (v) && end != text && strcmp (end, unit) == 0;
}

/* The root's width and height are the size asked, in px, and the viewBox
 * is the same rectangle: it renders at that size everywhere. */
static void
test_size (void)
{
  static const double sizes[][2] = { { 1280, 720 }, { 800, 450 }, { 333, 211 }, { 1920, 1080 } };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(xmlDoc) doc = export_svg (WF_CHART_EMPLOYMENT, sizes[i][0], sizes[i][1], NULL);
      xmlNode *root = xmlDocGetRootElement (doc);
      g_autofree char *width = prop (root, "width");
      g_autofree char *height = prop (root, "height");
      g_autofree char *view_box = prop (root, "viewBox");
      g_autofree char *want_width = g_strdup_printf ("%gpx", sizes[i][0]);
      g_autofree char *want_height = g_strdup_printf ("%gpx", sizes[i][1]);
      g_autofree char *want_box = g_strdup_printf ("0 0 %g %g", sizes[i][0], sizes[i][1]);

      g_assert_cmpstr (width, ==, want_width);
      g_assert_cmpstr (height, ==, want_height);
      g_assert_cmpstr (view_box, ==, want_box);
    }
}

/* Every text the chart draws is a <text> with its content, font, size,
 * weight, colour and anchor, and no glyph is drawn as a shape; in every
 * kind, in English and with a locale's numbers. */
static void
test_text (gconstpointer user_data)
{
  WfChartKind kind = GPOINTER_TO_UINT (user_data);
  g_autoptr(xmlDoc) doc = export_svg (kind, 1280, 720, NULL);
  g_autoptr(WfChartLayout) layout = render_layout (kind, 1280, 720);
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  g_autoptr(GPtrArray) symbols = g_ptr_array_new ();
  g_autoptr(GPtrArray) uses = g_ptr_array_new ();
  g_autoptr(GHashTable) expected = g_hash_table_new (g_str_hash, g_str_equal);
  xmlNode *root = xmlDocGetRootElement (doc);

  collect (root, "text", texts);
  collect (root, "symbol", symbols);
  collect (root, "use", uses);
  g_assert_cmpuint (symbols->len, ==, 0);
  g_assert_cmpuint (uses->len, ==, 0);

  /* The same texts, in the same order. */
  g_assert_cmpuint (layout->texts->len, >, 5);
  g_assert_cmpuint (texts->len, ==, layout->texts->len);
  for (guint i = 0; i < texts->len; i++)
    {
      xmlNode *text = g_ptr_array_index (texts, i);
      g_autofree char *content = text_content (text);
      g_autofree char *family = prop (text, "font-family");
      g_autofree char *size = prop (text, "font-size");
      g_autofree char *weight = prop (text, "font-weight");
      g_autofree char *fill = prop (text, "fill");
      g_autofree char *anchor = prop (text, "text-anchor");
      g_autofree char *x = prop (text, "x");
      g_autofree char *y = prop (text, "y");

      g_assert_cmpstr (content, ==, g_ptr_array_index (layout->texts, i));
      g_assert_nonnull (strstr (family, "Cantarell"));
      g_assert_true (is_number (size, "px"));
      g_assert_true (g_strcmp0 (weight, "bold") == 0 || g_strcmp0 (weight, "normal") == 0);
      g_assert_true (fill != NULL && fill[0] == '#' && strlen (fill) == 7);
      g_assert_true (g_strcmp0 (anchor, "start") == 0 || g_strcmp0 (anchor, "middle") == 0 ||
                     g_strcmp0 (anchor, "end") == 0);
      if (strchr (content, '\n') == NULL)
        {
          g_assert_true (is_number (x, ""));
          g_assert_true (is_number (y, ""));
        }
      else
        for (xmlNode *child = text->children; child != NULL; child = child->next)
          {
            g_autofree char *tx = prop (child, "x");
            g_autofree char *ty = prop (child, "y");

            g_assert_true (is_element (child, "tspan"));
            g_assert_true (is_number (tx, ""));
            g_assert_true (is_number (ty, ""));
          }
    }

  /* The title is bold and larger than the rest. */
  {
    xmlNode *title = g_ptr_array_index (texts, 0);
    g_autofree char *content = text_content (title);
    g_autofree char *weight = prop (title, "font-weight");

    g_assert_cmpstr (content, ==, wf_chart_kind_get_title (kind));
    g_assert_cmpstr (weight, ==, "bold");
  }
}

/* A label cut to its room ends with the ellipsis Pango draws, after the
 * part of the label that shows: the values at the tornado's bar ends on a
 * thumbnail, whose rows are too short for two lines (from 800 × 500 up they
 * are drawn whole, tests/charts/test-labels.c). */
static void
test_ellipsis (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(xmlDoc) doc = export_svg (WF_CHART_TORNADO, 320, 180, NULL);
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  g_autoptr(WfChartTable) table = NULL;
  guint n_cut = 0;
  WfChartData data;

  data_init (&data);
  table = wf_chart_get_table (WF_CHART_TORNADO, &data, &error);
  g_assert_no_error (error);
  collect (xmlDocGetRootElement (doc), "text", texts);
  for (guint i = 0; i < texts->len; i++)
    {
      g_autofree char *content = text_content (g_ptr_array_index (texts, i));
      gboolean found = FALSE;
      gsize shown;

      xmlNode *parent = ((xmlNode *) g_ptr_array_index (texts, i))->parent;
      g_autofree char *group = parent != NULL ? prop (parent, "id") : NULL;

      /* The rows' texts: the frame's subtitle may be cut too. */
      if (!g_str_has_suffix (content, "…") || group == NULL || !g_str_has_prefix (group, "row-"))
        continue;
      n_cut++;
      shown = strlen (content) - strlen ("…");
      g_assert_cmpuint (shown, >, 0);
      for (guint r = 0; r < table->rows->len && !found; r++)
        {
          const WfChartRow *row = g_ptr_array_index (table->rows, r);

          for (guint k = 0; k < table->n_keys && !found; k++)
            found = strncmp (row->keys[k], content, shown) == 0 && strlen (row->keys[k]) > shown;
        }
      if (!found)
        g_error ("“%s” is no label's beginning", content);
    }
  g_assert_cmpuint (n_cut, >=, 3);
}

/* The parts are <g id="…"> in drawing order, with the ids the layout
 * reports (unique), the documented ones among them; every text is in a
 * part. */
static void
test_groups (gconstpointer user_data)
{
  static const char *everywhere[] = { "background", "title", "footnote", "legend" };
  WfChartKind kind = GPOINTER_TO_UINT (user_data);
  g_autoptr(xmlDoc) doc = export_svg (kind, 1280, 720, NULL);
  g_autoptr(WfChartLayout) layout = render_layout (kind, 1280, 720);
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  xmlNode *root = xmlDocGetRootElement (doc);

  collect (root, "g", groups);
  for (guint i = 0; i < groups->len; i++)
    {
      char *id = prop (g_ptr_array_index (groups, i), "id");

      /* cairo's page group and its clip groups are not parts. */
      if (id == NULL || g_str_has_prefix (id, "surface"))
        {
          g_free (id);
          continue;
        }
      g_assert_false (g_hash_table_contains (seen, id));
      g_hash_table_add (seen, id);
      g_ptr_array_add (ids, id);
    }

  g_assert_cmpuint (ids->len, ==, layout->parts->len);
  for (guint i = 0; i < ids->len; i++)
    g_assert_cmpstr (g_ptr_array_index (ids, i), ==, g_ptr_array_index (layout->parts, i));
  for (guint i = 0; i < G_N_ELEMENTS (everywhere); i++)
    g_assert_true (g_hash_table_contains (seen, everywhere[i]));
  /* A chart over the years has its grid, axes and series. */
  if (kind == WF_CHART_EMPLOYMENT || kind == WF_CHART_COMPARE || kind == WF_CHART_DIGITAL ||
      kind == WF_CHART_FAN)
    {
      g_assert_true (g_hash_table_contains (seen, "grid"));
      g_assert_true (g_hash_table_contains (seen, "axis-x"));
      g_assert_true (g_hash_table_contains (seen, "axis-y"));
      g_assert_true (g_hash_table_contains (seen, "series-1"));
      g_assert_true (g_hash_table_contains (seen, "series-2"));
    }

  collect (root, "text", texts);
  for (guint i = 0; i < texts->len; i++)
    {
      xmlNode *parent = ((xmlNode *) g_ptr_array_index (texts, i))->parent;
      g_autofree char *id = prop (parent, "id");

      g_assert_true (is_element (parent, "g"));
      g_assert_true (g_hash_table_contains (seen, id));
    }
}

/* Pictures */

typedef struct
{
  const guint8 *data;
  gsize         length;
} Reader;

static cairo_status_t
read_cb (void          *closure,
         unsigned char *out,
         unsigned int   length)
{
  Reader *reader = closure;

  if (length > reader->length)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (out, reader->data, length);
  reader->data += length;
  reader->length -= length;
  return CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *
image_rgb24 (cairo_surface_t *from)
{
  int w = cairo_image_surface_get_width (from);
  int h = cairo_image_surface_get_height (from);
  cairo_surface_t *to = cairo_image_surface_create (CAIRO_FORMAT_RGB24, w, h);
  cairo_t *cr = cairo_create (to);

  /* On white, as a viewer shows an image with transparency. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_surface (cr, from, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (from);
  cairo_surface_flush (to);
  return to;
}

/* The SVG as rsvg-convert draws it, or NULL (and the test skipped) when
 * rsvg-convert is not installed. */
static cairo_surface_t *
rsvg_render (const char *dir,
             xmlDoc     *doc)
{
  g_autofree char *svg = g_build_filename (dir, "chart.svg", NULL);
  g_autofree char *png = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *program = g_find_program_in_path ("rsvg-convert");
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  const char *argv[] = { program, "-o", png, svg, NULL };
  int status = 0;

  if (program == NULL)
    return NULL;
  g_assert_cmpint (xmlSaveFile (svg, doc), >, 0);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                               NULL, &err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return image_rgb24 (cairo_image_surface_create_from_png (png));
}

static double
pixel_difference (const guint8 *a,
                  const guint8 *b)
{
  double d = 0.0;

  for (guint c = 0; c < 3; c++)
    d = MAX (d, fabs ((double) a[c] - b[c]) / 255.0);
  return d;
}

/* 1 where no pixel within PIXEL_SHIFT of (x, y) in @b matches the pixel
 * of @a within PIXEL_TOLERANCE. */
static gboolean
unmatched (cairo_surface_t *a,
           cairo_surface_t *b,
           int              x,
           int              y)
{
  int w = cairo_image_surface_get_width (a), h = cairo_image_surface_get_height (a);
  int stride = cairo_image_surface_get_stride (a);
  const guint8 *pa = cairo_image_surface_get_data (a) + y * stride + 4 * x;

  for (int dy = -PIXEL_SHIFT; dy <= PIXEL_SHIFT; dy++)
    for (int dx = -PIXEL_SHIFT; dx <= PIXEL_SHIFT; dx++)
      {
        int bx = x + dx, by = y + dy;

        if (bx < 0 || by < 0 || bx >= w || by >= h)
          continue;
        if (pixel_difference (pa, cairo_image_surface_get_data (b) + by * stride + 4 * bx) <= PIXEL_TOLERANCE)
          return FALSE;
      }
  return TRUE;
}

typedef struct
{
  double image;   /* fraction of the image that differs */
  double shift;   /* the largest move of a text beyond its drift, in px */
  double mass;    /* the largest difference of a text from its place in the
                   * other image, as a fraction of its ink */
} Difference;

static const guint8 *
pixel (cairo_surface_t *s,
       int              x,
       int              y)
{
  return cairo_image_surface_get_data (s) + y * cairo_image_surface_get_stride (s) + 4 * x;
}

/* @s in grey levels (0 to 1), blurred twice over 3 × 3 pixels: what is
 * left of the glyphs once their hinting is smoothed away. */
static float *
smooth (cairo_surface_t *s)
{
  int w = cairo_image_surface_get_width (s), h = cairo_image_surface_get_height (s);
  float *grey = g_new (float, (gsize) w * h);
  g_autofree float *tmp = g_new (float, (gsize) w * h);

  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        const guint8 *p = pixel (s, x, y);

        grey[(gsize) y * w + x] = (0.0722f * p[0] + 0.7152f * p[1] + 0.2126f * p[2]) / 255.0f;
      }
  for (guint pass = 0; pass < 2; pass++)
    {
      for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++)
          {
            float sum = 0.0f;
            int n = 0;

            for (int dy = -1; dy <= 1; dy++)
              for (int dx = -1; dx <= 1; dx++)
                if (x + dx >= 0 && x + dx < w && y + dy >= 0 && y + dy < h)
                  {
                    sum += grey[(gsize) (y + dy) * w + x + dx];
                    n++;
                  }
            tmp[(gsize) y * w + x] = sum / n;
          }
      memcpy (grey, tmp, sizeof (float) * w * h);
    }
  return grey;
}

static Difference
compare (cairo_surface_t     *a,
         cairo_surface_t     *b,
         const WfChartLayout *layout)
{
  int w = cairo_image_surface_get_width (a), h = cairo_image_surface_get_height (a);
  g_autofree float *sa = smooth (a);
  g_autofree float *sb = smooth (b);
  Difference d = { 0.0, -G_MAXDOUBLE, 0.0 };
  guint64 n = 0;

  g_assert_cmpint (cairo_image_surface_get_width (b), ==, w);
  g_assert_cmpint (cairo_image_surface_get_height (b), ==, h);
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      if (unmatched (a, b, x, y) || unmatched (b, a, x, y))
        n++;
  d.image = (double) n / ((double) w * h);

  for (guint i = 0; i < layout->text_boxes->len; i++)
    {
      const WfChartRect *r = &g_array_index (layout->text_boxes, WfChartRect, i);
      int x0 = CLAMP ((int) floor (r->x), TEXT_MARGIN, w - TEXT_MARGIN);
      int x1 = CLAMP ((int) ceil (r->x + r->width), TEXT_MARGIN, w - TEXT_MARGIN);
      int y0 = CLAMP ((int) floor (r->y), TEXT_MARGIN, h - TEXT_MARGIN);
      int y1 = CLAMP ((int) ceil (r->y + r->height), TEXT_MARGIN, h - TEXT_MARGIN);
      double ink = 0.0, best = G_MAXDOUBLE, at_zero = 0.0;
      int best_dx = 0, best_dy = 0;

      if (x1 <= x0 || y1 <= y0)
        continue;
      /* The text's ink in @a: how far its pixels are from the one at its
       * box's corner. */
      for (int y = y0; y < y1; y++)
        for (int x = x0; x < x1; x++)
          ink += fabsf (sa[(gsize) y * w + x] - sa[(gsize) y0 * w + x0]);
      if (ink < 4.0)
        continue;  /* nothing to see */

      /* Where the box of @a is best found in @b, within TEXT_MARGIN; the
       * nearest of equally good places. */
      for (int dy = -TEXT_MARGIN; dy <= TEXT_MARGIN; dy++)
        for (int dx = -TEXT_MARGIN; dx <= TEXT_MARGIN; dx++)
          {
            double sad = 0.0;

            for (int y = y0; y < y1; y++)
              for (int x = x0; x < x1; x++)
                sad += fabsf (sa[(gsize) y * w + x] - sb[(gsize) (y + dy) * w + x + dx]);
            if (dx == 0 && dy == 0)
              at_zero = sad;
            if (sad < best - ink * 0.02 ||
                (sad < best + ink * 0.02 && hypot (dx, dy) < hypot (best_dx, best_dy)))
              {
                best = MIN (best, sad);
                best_dx = dx;
                best_dy = dy;
              }
          }
      d.shift = MAX (d.shift, hypot (best_dx, best_dy) - TEXT_DRIFT * r->width);
      d.mass = MAX (d.mass, at_zero / ink);
    }
  return d;
}

static gboolean
same_picture (Difference d)
{
  return d.image <= IMAGE_FRACTION && d.shift <= TEXT_SHIFT && d.mass <= TEXT_MASS;
}

/* The SVG, drawn by rsvg-convert, is the PNG export's picture; and the
 * comparison sees a label moved by 4 px or dropped. */
static void
test_picture (gconstpointer user_data)
{
  WfChartKind kind = GPOINTER_TO_UINT (user_data);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(xmlDoc) doc = export_svg (kind, 1280, 720, NULL);
  g_autoptr(WfChartLayout) layout = render_layout (kind, 1280, 720);
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  g_autofree char *dir = g_dir_make_tmp ("wf-svg-XXXXXX", &error);
  g_autofree char *x = NULL;
  g_autofree char *moved = NULL;
  cairo_surface_t *expected, *drawn;
  Reader reader = { NULL, 0 };
  WfChartData data;
  Difference d;
  xmlNode *label;

  g_assert_no_error (error);
  data_init (&data);
  png = wf_chart_export_bytes (WF_CHART_FORMAT_PNG, 1280, 720, 1.0, kind, NULL, &data, &error);
  g_assert_no_error (error);
  reader.data = g_bytes_get_data (png, &reader.length);
  expected = image_rgb24 (cairo_image_surface_create_from_png_stream (read_cb, &reader));

  drawn = rsvg_render (dir, doc);
  if (drawn == NULL)
    {
      cairo_surface_destroy (expected);
      g_rmdir (dir);
      g_test_skip ("rsvg-convert is not installed");
      return;
    }
  d = compare (expected, drawn, layout);
  g_test_message ("%s: %.4f of the image differs; texts move by %.2f px, change by %.3f at most",
                  wf_chart_kind_to_id (kind), d.image, d.shift, d.mass);
  g_assert_true (same_picture (d));
  cairo_surface_destroy (drawn);

  /* The shortest label (a tick's, mostly) moved right by 4 px. */
  collect (xmlDocGetRootElement (doc), "text", texts);
  label = NULL;
  for (guint i = 0; i < texts->len; i++)
    {
      xmlNode *text = g_ptr_array_index (texts, i);
      g_autofree char *content = text_content (text);
      g_autofree char *tx = prop (text, "x");
      g_autofree char *shortest = label != NULL ? text_content (label) : NULL;

      if (tx != NULL && g_utf8_strlen (content, -1) >= 3 &&
          (shortest == NULL || g_utf8_strlen (content, -1) < g_utf8_strlen (shortest, -1)))
        label = text;
    }
  g_assert_nonnull (label);
  x = prop (label, "x");
  g_assert_nonnull (x);
  moved = g_strdup_printf ("%g", g_ascii_strtod (x, NULL) + 4.0);
  xmlSetProp (label, (const xmlChar *) "x", (const xmlChar *) moved);
  drawn = rsvg_render (dir, doc);
  d = compare (expected, drawn, layout);
  g_test_message ("moved by 4 px: %.4f, %.2f px, %.3f", d.image, d.shift, d.mass);
  g_assert_false (same_picture (d));
  cairo_surface_destroy (drawn);

  /* The same label dropped. */
  xmlUnlinkNode (label);
  xmlFreeNode (label);
  drawn = rsvg_render (dir, doc);
  d = compare (expected, drawn, layout);
  g_test_message ("dropped: %.4f, %.2f px, %.3f", d.image, d.shift, d.mass);
  g_assert_false (same_picture (d));
  cairo_surface_destroy (drawn);

  cairo_surface_destroy (expected);
  {
    g_autofree char *svg = g_build_filename (dir, "chart.svg", NULL);
    g_autofree char *out = g_build_filename (dir, "chart.png", NULL);

    g_unlink (svg);
    g_unlink (out);
    g_rmdir (dir);
  }
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
  other = wf_scenario_new_preset (WF_PRESET_INCREMENTAL_LIMITED);
  results = wf_model_project (dataset, scenario, &error);
  g_assert_no_error (error);
  baseline = wf_model_project (dataset, other, &error);
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

  g_test_add_func ("/charts/svg/size", test_size);
  g_test_add_func ("/charts/svg/ellipsis", test_ellipsis);
  for (guint k = 0; k < WF_N_CHART_KINDS; k++)
    {
      g_autofree char *text = g_strdup_printf ("/charts/svg/text/%s", wf_chart_kind_to_id (k));
      g_autofree char *groups = g_strdup_printf ("/charts/svg/groups/%s", wf_chart_kind_to_id (k));
      g_autofree char *picture = g_strdup_printf ("/charts/svg/picture/%s", wf_chart_kind_to_id (k));

      g_test_add_data_func (text, GUINT_TO_POINTER (k), test_text);
      g_test_add_data_func (groups, GUINT_TO_POINTER (k), test_groups);
      g_test_add_data_func (picture, GUINT_TO_POINTER (k), test_picture);
    }

  status = g_test_run ();
  wf_ensemble_free (ensemble);
  wf_tornado_free (tornado);
  wf_attribution_free (attribution);
  wf_results_free (results);
  wf_results_free (baseline);
  wf_scenario_free (scenario);
  wf_scenario_free (other);
  wf_dataset_free (dataset);
  xmlCleanupParser ();
  wf_chart_shutdown ();
  return status;
}
