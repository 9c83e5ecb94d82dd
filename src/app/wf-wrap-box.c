/* wf-wrap-box.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The children keep their order and their natural width, side by side, and
 * a child that no longer fits in the line starts the next one, as a word
 * does in a paragraph. Unlike a GtkFlowBox, no column lines children of
 * different lines up, so a wide child (a long sector name) takes only the
 * room it needs, and the others fill the rest of its line.
 */
#define G_LOG_DOMAIN "wf-wrap-box"

#include "config.h"

#include "wf-wrap-box.h"

struct _WfWrapBox
{
  GtkWidget parent_instance;

  int       spacing;       /* between children of a line */
  int       line_spacing;  /* between lines */
  guint     n_lines;       /* at the last allocation */
};

static void wf_wrap_box_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (WfWrapBox, wf_wrap_box, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, wf_wrap_box_buildable_init))

static GtkBuildableIface *parent_buildable_iface;

enum {
  PROP_0,
  PROP_SPACING,
  PROP_LINE_SPACING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A child's width in a line @width wide: its natural width, but no wider
 * than the line unless its minimum is. */
static int
child_width (GtkWidget *child,
             int        width)
{
  int minimum, natural;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  return MAX (minimum, MIN (natural, width));
}

/* Lays the children out in lines @width wide; with @allocate, allocates
 * them too. Returns the number of lines, and the height they take. */
static guint
lay_out (WfWrapBox *self,
         int        width,
         gboolean   allocate,
         int       *minimum_height,
         int       *natural_height)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  GtkWidget *first = NULL;  /* of the line being filled */
  int x = 0, y = 0, line_minimum = 0, line_natural = 0;
  int total_minimum = 0, total_natural = 0;
  guint n_lines = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); ; child = gtk_widget_get_next_sibling (child))
    {
      int w = 0, minimum, natural;

      if (child != NULL && !gtk_widget_should_layout (child))
        continue;
      if (child != NULL)
        w = child_width (child, width);

      /* The line is full (or the children are all placed): allocate it,
       * every child as high as the line, then start the next. */
      if (first != NULL && (child == NULL || x + self->spacing + w > width))
        {
          if (allocate)
            {
              int cx = 0;

              for (GtkWidget *c = first; c != child; c = gtk_widget_get_next_sibling (c))
                {
                  int cw;

                  if (!gtk_widget_should_layout (c))
                    continue;
                  cw = child_width (c, width);
                  gtk_widget_size_allocate (c,
                                            &(GtkAllocation) {
                                              rtl ? width - cx - cw : cx, y, cw, line_natural
                                            }, -1);
                  cx += cw + self->spacing;
                }
            }
          total_minimum += (n_lines > 0 ? self->line_spacing : 0) + line_minimum;
          total_natural += (n_lines > 0 ? self->line_spacing : 0) + line_natural;
          y += line_natural + self->line_spacing;
          n_lines++;
          first = NULL;
        }
      if (child == NULL)
        break;

      if (first == NULL)
        {
          first = child;
          x = w;
          line_minimum = line_natural = 0;
        }
      else
        x += self->spacing + w;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, w, &minimum, &natural, NULL, NULL);
      line_minimum = MAX (line_minimum, minimum);
      line_natural = MAX (line_natural, natural);
    }

  if (minimum_height != NULL)
    *minimum_height = total_minimum;
  if (natural_height != NULL)
    *natural_height = total_natural;
  return n_lines;
}

static GtkSizeRequestMode
wf_wrap_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
wf_wrap_box_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  WfWrapBox *self = WF_WRAP_BOX (widget);

  *minimum = *natural = 0;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* As narrow as the widest child, as wide as all in one line. */
      gboolean any = FALSE;

      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_minimum, child_natural;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, orientation, -1, &child_minimum, &child_natural, NULL, NULL);
          *minimum = MAX (*minimum, child_minimum);
          *natural += (any ? self->spacing : 0) + child_natural;
          any = TRUE;
        }
    }
  else
    {
      int width = for_size, ignored;

      if (width < 0)
        wf_wrap_box_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &ignored, &width, NULL, NULL);
      lay_out (self, width, FALSE, minimum, natural);
    }
}

static void
wf_wrap_box_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  WfWrapBox *self = WF_WRAP_BOX (widget);

  self->n_lines = lay_out (self, width, TRUE, NULL, NULL);
}

static void
wf_wrap_box_buildable_add_child (GtkBuildable *buildable,
                                 GtkBuilder   *builder,
                                 GObject      *child,
                                 const char   *type)
{
  if (GTK_IS_WIDGET (child) && type == NULL)
    wf_wrap_box_append (WF_WRAP_BOX (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
wf_wrap_box_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = wf_wrap_box_buildable_add_child;
}

static void
wf_wrap_box_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (wf_wrap_box_parent_class)->dispose (object);
}

static void
wf_wrap_box_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  WfWrapBox *self = WF_WRAP_BOX (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;
    case PROP_LINE_SPACING:
      g_value_set_int (value, self->line_spacing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wf_wrap_box_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  WfWrapBox *self = WF_WRAP_BOX (object);
  int *field;

  switch (prop_id)
    {
    case PROP_SPACING:
      field = &self->spacing;
      break;
    case PROP_LINE_SPACING:
      field = &self->line_spacing;
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  if (*field != g_value_get_int (value))
    {
      *field = g_value_get_int (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      g_object_notify_by_pspec (object, pspec);
    }
}

static void
wf_wrap_box_class_init (WfWrapBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wf_wrap_box_dispose;
  object_class->get_property = wf_wrap_box_get_property;
  object_class->set_property = wf_wrap_box_set_property;
  widget_class->get_request_mode = wf_wrap_box_get_request_mode;
  widget_class->measure = wf_wrap_box_measure;
  widget_class->size_allocate = wf_wrap_box_size_allocate;

  /* The space between two children of a line, in pixels. */
  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT16, 0,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* The space between two lines, in pixels. */
  properties[PROP_LINE_SPACING] =
    g_param_spec_int ("line-spacing", NULL, NULL, 0, G_MAXINT16, 0,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "wrapbox");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
wf_wrap_box_init (WfWrapBox *self)
{
}

GtkWidget *
wf_wrap_box_new (void)
{
  return g_object_new (WF_TYPE_WRAP_BOX, NULL);
}

void
wf_wrap_box_append (WfWrapBox *self,
                    GtkWidget *child)
{
  g_return_if_fail (WF_IS_WRAP_BOX (self));
  g_return_if_fail (GTK_IS_WIDGET (child) && gtk_widget_get_parent (child) == NULL);

  gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
}

guint
wf_wrap_box_get_n_lines (WfWrapBox *self)
{
  g_return_val_if_fail (WF_IS_WRAP_BOX (self), 0);
  return self->n_lines;
}
