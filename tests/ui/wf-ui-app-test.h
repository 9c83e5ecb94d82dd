/* wf-ui-app-test.h: the application and its windows, for the widget tests
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wf-application.h"
#include "wf-window.h"

G_BEGIN_DECLS

/* Initialises GTK and libadwaita for a test program and registers a
 * non-unique application that opens files, as the program's windows need. */
WfApplication *wf_ui_test_init_application (int             *argc,
                                            char          ***argv);
/* A new window of @app, presented; the caller holds a reference. */
WfWindow      *wf_ui_test_new_window       (WfApplication   *app);
/* Closes @window without asking about its changes (the test is the user)
 * and checks nothing else holds it. */
void           wf_ui_test_close_window     (WfWindow        *window);

G_END_DECLS
