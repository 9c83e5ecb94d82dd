/* wf-ui-test.c: main-loop helpers shared by the widget tests
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "wf-ui-test.h"

void
wf_ui_test_flush (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

gboolean
wf_ui_test_wait_until (WfUiTestCondition condition,
                       gpointer          data)
{
  gint64 end = g_get_monotonic_time () + WF_UI_TEST_TIMEOUT_S * G_TIME_SPAN_SECOND;

  while (!condition (data) && g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  wf_ui_test_flush ();
  return condition (data);
}
