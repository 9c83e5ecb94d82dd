/* wf-ui-test.h: main-loop helpers shared by the widget tests
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How long wf_ui_test_wait_until () waits at most. Generous: it only bounds
 * a test that would otherwise hang, it is not a measure of speed. */
#define WF_UI_TEST_TIMEOUT_S 20

typedef gboolean (*WfUiTestCondition) (gpointer data);

/* Dispatches everything pending on the default main context. */
void     wf_ui_test_flush        (void);
/* Spins the default main context until @condition holds, then flushes it;
 * returns whether @condition holds. */
gboolean wf_ui_test_wait_until   (WfUiTestCondition condition,
                                  gpointer          data);

G_END_DECLS
