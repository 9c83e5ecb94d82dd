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
 * the mnemonic underscore. wf_accessible_name_controls() applies the rule
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
      if (from_tooltip != NULL)
        {
          set_label (widget, from_tooltip);
          name_inner_buttons (widget, from_tooltip);
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
