/* wf-accessible.c: names for the controls GTK 4.8 leaves unnamed
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 names a button after its label, but reads an icon-only button as
 * its image ("GtkImage"), the toggle inside a menu button or a drop-down as
 * "GtkMenuButton" or "GtkToggleButton", and a button with a mnemonic as the
 * raw label and its text ("_Save Save"). Our rule: every icon-only control
 * has a tooltip, and its accessible name is that tooltip without the
 * shortcut in parentheses; a labelled control's name is its label without
 * the mnemonic underscore; a drop-down named by a label (its mnemonic
 * widget) gives that name to its toggle too. In a drop-down's open list,
 * GTK 4.8 reads each row as "GtkListItemWidget" and the list as its type:
 * a row is named after the text it shows, the list after the drop-down.
 * wf_accessible_name_controls() applies the rule
 * to a widget tree once it is built; tests/ui/check-accessible-names.py
 * walks the tree a screen reader sees and fails on any unnamed control.
 */
#define G_LOG_DOMAIN "wf-accessible"

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "wf-accessible.h"

/**
 * wf_accessible_name_from_tooltip:
 * @tooltip: (nullable): a tooltip such as "Undo (Ctrl+Z)"
 *
 * Returns: (transfer full) (nullable): the tooltip without a final
 *   parenthesised shortcut ("Undo"), or %NULL for no tooltip
 */
char *
wf_accessible_name_from_tooltip (const char *tooltip)
{
  const char *open;
  gsize len;

  if (tooltip == NULL || *tooltip == '\0')
    return NULL;

  len = strlen (tooltip);
  open = strrchr (tooltip, '(');
  /* A shortcut is a parenthesised group at the end with a "+" in it:
   * "(Ctrl+O)", "(Maj+Ctrl+Z)", "(Ctrl+Page Up / Ctrl+Page Down)". */
  if (open != NULL && open > tooltip && tooltip[len - 1] == ')' &&
      memchr (open, '+', (gsize) (tooltip + len - open)) != NULL)
    return g_strstrip (g_strndup (tooltip, (gsize) (open - tooltip)));

  return g_strdup (tooltip);
}

static char *
strip_mnemonic (const char *label)
{
  GString *out = g_string_new (NULL);

  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          if (p[1] == '_')
            g_string_append_c (out, '_');
          if (p[1] != '\0')
            p++;
          else
            break;
        }
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

static void
set_label (GtkWidget  *widget,
           const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

/* The buttons GTK builds inside a composite control. */
static void
name_inner_buttons (GtkWidget  *widget,
                    const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child))
        set_label (child, label);
      else if (!GTK_IS_POPOVER (child))
        name_inner_buttons (child, label);
    }
}

/* GTK 4.8 gives a button with a mnemonic label two names: its label
 * property set to the raw text ("_Save") and a labelled-by relation to the
 * label it shows ("Save"), and reads both. The relation is right: drop the
 * property. */
static void
name_labelled_button (GtkWidget *button)
{
  const char *label = gtk_button_get_label (GTK_BUTTON (button));

  if (label != NULL && gtk_button_get_use_underline (GTK_BUTTON (button)))
    gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

/* The text a list item shows: its labels' texts, one after the other. */
static void
append_label_texts (GtkWidget *widget,
                    GString   *out)
{
  if (GTK_IS_LABEL (widget))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (widget));

      if (gtk_widget_get_visible (widget) && text != NULL && *text != '\0')
        {
          if (out->len > 0)
            g_string_append_c (out, ' ');
          g_string_append (out, text);
        }
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    append_label_texts (child, out);
}

static GtkWidget *find_list_view (GtkWidget *widget);

/* The popover a drop-down opens, and the list in it (either may be NULL). */
static GtkWidget *
dropdown_popover (GtkWidget  *dropdown,
                  GtkWidget **list)
{
  for (GtkWidget *child = gtk_widget_get_first_child (dropdown);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      {
        *list = find_list_view (child);
        return child;
      }
  *list = NULL;
  return NULL;
}

/* The list a drop-down shows open, named like the drop-down. */
static void
label_dropdown_list (GtkWidget *dropdown,
                     GtkWidget *label)
{
  GtkWidget *list;

  dropdown_popover (dropdown, &list);
  if (list == NULL)
    return;
  /* GTK 4.8 reads a drop-down named by a label as its type through
   * a relation: the list is named by the label itself. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  -1);
  g_object_set_data (G_OBJECT (list), "wf-accessible-labelled", GINT_TO_POINTER (TRUE));
}

/* The images of a row (GTK's check mark by the selected item) say
 * nothing a reader needs: the row's selected state says it. */
static void
hide_images (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_IMAGE (child))
        gtk_accessible_update_state (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      else
        hide_images (child);
    }
}

/* GTK 4.8 reads the row that holds a list item (a GtkListItemWidget, which
 * takes the focus in a drop-down's open list) as its type: it is named
 * after the text it shows. */
static void
name_row (GtkWidget *row)
{
  g_autoptr(GString) text = g_string_new (NULL);

  append_label_texts (row, text);
  if (text->len > 0)
    set_label (row, text->str);
  hide_images (row);
}

/* Once its item is bound, and again whenever the list shows. */
static void
list_item_bound_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  GtkWidget *child = gtk_list_item_get_child (item);

  if (child != NULL && gtk_widget_get_parent (child) != NULL)
    name_row (gtk_widget_get_parent (child));
}

static GtkWidget *
find_list_view (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = GTK_IS_LIST_VIEW (child) ? child : find_list_view (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
popup_shown_cb (GtkWidget *popover,
                gpointer   user_data)
{
  GtkWidget *list = find_list_view (popover);

  if (list == NULL)
    return;
  for (GtkWidget *row = gtk_widget_get_first_child (list);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    name_row (row);
}

static void
name_list_items (GtkListItemFactory *factory)
{
  if (!GTK_IS_SIGNAL_LIST_ITEM_FACTORY (factory) ||
      g_object_get_data (G_OBJECT (factory), "wf-accessible-named") != NULL)
    return;
  g_object_set_data (G_OBJECT (factory), "wf-accessible-named", GINT_TO_POINTER (TRUE));
  g_signal_connect_after (factory, "bind", G_CALLBACK (list_item_bound_cb), NULL);
}

static void
dropdown_factory_cb (GtkDropDown *dropdown,
                     GParamSpec  *pspec,
                     gpointer     user_data)
{
  name_list_items (gtk_drop_down_get_factory (dropdown));
  name_list_items (gtk_drop_down_get_list_factory (dropdown));
}

/* A drop-down's items, with its own factories or GTK's, now and whenever
 * they change. */
static void
name_dropdown_items (GtkDropDown *dropdown)
{
  GtkWidget *popover, *list;

  if (g_object_get_data (G_OBJECT (dropdown), "wf-accessible-items") != NULL)
    return;
  g_object_set_data (G_OBJECT (dropdown), "wf-accessible-items", GINT_TO_POINTER (TRUE));
  g_signal_connect (dropdown, "notify::factory", G_CALLBACK (dropdown_factory_cb), NULL);
  g_signal_connect (dropdown, "notify::list-factory", G_CALLBACK (dropdown_factory_cb), NULL);
  dropdown_factory_cb (dropdown, NULL, NULL);

  /* The rows bound before, and the list: named after the drop-down. */
  popover = dropdown_popover (GTK_WIDGET (dropdown), &list);
  if (popover != NULL)
    g_signal_connect (popover, "show", G_CALLBACK (popup_shown_cb), NULL);
  if (list != NULL && g_object_get_data (G_OBJECT (list), "wf-accessible-labelled") == NULL)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (list),
                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY, dropdown, NULL,
                                    -1);
}

static void
name_control (GtkWidget *widget)
{
  g_autofree char *from_tooltip = wf_accessible_name_from_tooltip (gtk_widget_get_tooltip_text (widget));

  if (ADW_IS_SPLIT_BUTTON (widget))
    {
      g_autofree char *menu_name =
        wf_accessible_name_from_tooltip (adw_split_button_get_dropdown_tooltip (ADW_SPLIT_BUTTON (widget)));

      /* A box of a button, a separator and a menu button. */
      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          if (GTK_IS_MENU_BUTTON (child) && menu_name != NULL)
            set_label (child, menu_name);
          else if (GTK_IS_BUTTON (child))
            {
              if (gtk_button_get_label (GTK_BUTTON (child)) != NULL)
                name_labelled_button (child);
              else if (from_tooltip != NULL)
                set_label (child, from_tooltip);
            }
        }
      return;
    }

  /* The toggle inside a menu button is labelled by the menu button. */
  if (GTK_IS_MENU_BUTTON (widget))
    {
      const char *label = gtk_menu_button_get_label (GTK_MENU_BUTTON (widget));
      g_autofree char *name = label != NULL ? strip_mnemonic (label) : g_steal_pointer (&from_tooltip);

      if (name != NULL)
        set_label (widget, name);
      return;
    }

  /* The toggle inside a drop-down is not: it gets the drop-down's name. */
  if (GTK_IS_DROP_DOWN (widget))
    {
      name_dropdown_items (GTK_DROP_DOWN (widget));
      if (from_tooltip != NULL)
        {
          set_label (widget, from_tooltip);
          name_inner_buttons (widget, from_tooltip);
        }
      return;
    }

  /* A drop-down without a tooltip is named by its label (a labelled-by
   * relation, which a mnemonic widget sets): so is its toggle. */
  if (GTK_IS_LABEL (widget))
    {
      GtkWidget *target = gtk_label_get_mnemonic_widget (GTK_LABEL (widget));
      const char *text = gtk_label_get_text (GTK_LABEL (widget));

      if (GTK_IS_DROP_DOWN (target) && gtk_widget_get_tooltip_text (target) == NULL &&
          text != NULL && *text != '\0')
        {
          name_inner_buttons (target, text);
          label_dropdown_list (target, widget);
        }
      return;
    }

  if (GTK_IS_BUTTON (widget))
    {
      if (gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
        name_labelled_button (widget);
      else if (from_tooltip != NULL)
        set_label (widget, from_tooltip);
    }
}

/**
 * wf_accessible_name_controls:
 * @root: a widget tree, built
 *
 * Names the controls of @root the way a screen reader should read them
 * (see the top of this file). Controls that already set their own name
 * keep it only if they are not of the kinds above; call this before
 * naming a control by hand, or name it after.
 */
void
wf_accessible_name_controls (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  name_control (root);
  if (ADW_IS_SPLIT_BUTTON (root) || GTK_IS_MENU_BUTTON (root) || GTK_IS_DROP_DOWN (root))
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    wf_accessible_name_controls (child);
}
