/* main.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "wf-application.h"
#include "wf-i18n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(WfApplication) app = NULL;

  wf_i18n_init (LOCALEDIR);

  app = wf_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
