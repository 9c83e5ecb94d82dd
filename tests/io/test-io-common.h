/* test-io-common.h: helpers of the io tests
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/parser.h>
#include <libxml/relaxng.h>

#include "wf-core.h"
#include "wf-io.h"

static inline char *
test_schema_path (void)
{
  const char *root = g_getenv ("WF_SOURCE_ROOT");

  if (root != NULL)
    return g_build_filename (root, "data", "workforce-foresight.rng", NULL);
  return g_test_build_filename (G_TEST_DIST, "..", "data", "workforce-foresight.rng", NULL);
}

/* Validates @bytes with libxml2's RELAX NG validator against the schema in
 * data/, the file that ships, not the copy compiled into the library. */
static inline gboolean
test_validates_against_schema (GBytes *bytes)
{
  g_autofree char *path = test_schema_path ();
  xmlRelaxNGParserCtxtPtr parser = xmlRelaxNGNewParserCtxt (path);
  xmlRelaxNGPtr schema = xmlRelaxNGParse (parser);
  xmlRelaxNGValidCtxtPtr validator;
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  xmlDocPtr doc = xmlReadMemory (data, (int) size, NULL, NULL, XML_PARSE_NONET);
  int result;

  g_assert_nonnull (schema);
  g_assert_nonnull (doc);
  validator = xmlRelaxNGNewValidCtxt (schema);
  result = xmlRelaxNGValidateDoc (validator, doc);

  xmlRelaxNGFreeValidCtxt (validator);
  xmlRelaxNGFree (schema);
  xmlRelaxNGFreeParserCtxt (parser);
  xmlFreeDoc (doc);

  return result == 0;
}
