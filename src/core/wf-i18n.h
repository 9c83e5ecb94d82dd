/* wf-i18n.h: where the programs find their translations
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <libintl.h>

G_BEGIN_DECLS

/* The installed programs read their catalogues from the install prefix.
 * Run from the build tree (./build-aux/dev run, the tests), they read the
 * ones just built: WORKFORCE_FORESIGHT_LOCALEDIR names that folder
 * (_build/po, laid out as <lang>/LC_MESSAGES/<domain>.mo). */
#define WF_LOCALEDIR_ENV "WORKFORCE_FORESIGHT_LOCALEDIR"

static inline void
wf_i18n_init (const char *installed_localedir)
{
  const char *dir = g_getenv (WF_LOCALEDIR_ENV);

  if (dir == NULL || dir[0] == '\0')
    dir = installed_localedir;

  bindtextdomain (GETTEXT_PACKAGE, dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

G_END_DECLS
