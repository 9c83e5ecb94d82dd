/* main.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "wf-application.h"
#include "wf-i18n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(WfApplication) app = NULL;

  /* The user's locale before anything else: g_strerror () keeps each
   * message in the language of its first call, and GLib itself asks for
   * one (ENOENT, looking for a module or a configuration file) before
   * gtk_init () would set the locale; a file that is not found would then
   * be "No such file or directory" inside a French message. */
  setlocale (LC_ALL, "");
  wf_i18n_init (LOCALEDIR);

  app = wf_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
