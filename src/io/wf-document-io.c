/* wf-document-io.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The .foresight format (docs/file-format.md). Loading is defensive: the
 * size is capped before parsing, a DOCTYPE stops the parser before any
 * entity is declared, the depth is counted while parsing, the network is
 * never used, and a file of the current version (or of version 2) must
 * match its RELAX NG schema before it is returned. Files of version 2 lack
 * the labour market of version 2 of the model: it is filled in by the rule
 * of docs/file-format.md, with a warning. Writing is deterministic: the
 * same document gives the same bytes.
 */
#define G_LOG_DOMAIN "wf-document-io"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "wf-core.h"
#include "wf-document-io.h"
#include "wf-io-error.h"
#include "wf-io-migrate.h"
#include "wf-io-resources.h"
#include "wf-io-util.h"

#define SCHEMA_RESOURCE "/io/github/workforce_foresight/WorkforceForesight/io/workforce-foresight.rng"
/* Version 2's schema, frozen: version-2 files are checked with it before
 * they are migrated. */
#define SCHEMA_2_RESOURCE "/io/github/workforce_foresight/WorkforceForesight/io/workforce-foresight-2.rng"
/* Version 3's, frozen the same way. */
#define SCHEMA_3_RESOURCE "/io/github/workforce_foresight/WorkforceForesight/io/workforce-foresight-3.rng"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlParserCtxt, xmlFreeParserCtxt)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlRelaxNGValidCtxt, xmlRelaxNGFreeValidCtxt)

typedef struct
{
  const char               *name;
  GError                   *error;
  int                       depth;
  guint                     n_elements;
  startElementNsSAX2Func    start_element;
  endElementNsSAX2Func      end_element;
  /* Where the parser is, to say in words where a file was cut short. */
  const char               *data;
  gsize                     size;
  char                     *scenario_id;   /* of the <scenario> open, or NULL */
  char                     *sector_id;     /* of the <sector> open, or NULL */
  int                       in_dataset;    /* how many <dataset> are open */
  int                       in_scenarios;
  int                       in_metadata;
} ParseState;

typedef struct
{
  const char *name;
  int         version;   /* the file's format version */
  gboolean    lenient;   /* a newer version: skip what we do not know */
  GPtrArray  *warnings;
} Reader;

/* The first table that format version 3 added: a version-2 file has none
 * of the tables from here on. */
#define FIRST_VERSION_3_TABLE WF_TABLE_LABOUR_FORCE

/* The elements of a dataset that hold the values version 3 added, so that
 * a value out of range is reported at its element. */
typedef struct
{
  xmlNode **sectors;              /* one per sector, in order */
  xmlNode  *task_share;
  xmlNode  *labour_market;
  xmlNode  *labour_sexes[WF_N_SEXES];
} LabourNodes;

/* Helpers */

static void
set_error_at (GError     **error,
              int          code,
              const char  *name,
              int          line,
              int          column,
              const char  *message)
{
  g_autofree char *text = wf_io_message_at (name, (guint) MAX (line, 0),
                                            line > 0 ? (guint) MAX (column, 0) : 0, message);

  g_set_error_literal (error, WF_IO_ERROR, code, text);
}

static gboolean G_GNUC_PRINTF (5, 6)
fail_at (const Reader  *reader,
         xmlNode       *node,
         GError       **error,
         int            code,
         const char    *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  set_error_at (error, code, reader->name, node ? (int) xmlGetLineNo (node) : 0, 0, message);
  return FALSE;
}

static void G_GNUC_PRINTF (3, 4)
warn_at (const Reader *reader,
         xmlNode      *node,
         const char   *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  /* A file of a million unknown elements must not give a million
   * warnings: the list stops at a bound, with a last line that says so. */
  if (reader->warnings->len > WF_DOCUMENT_MAX_WARNINGS)
    return;
  if (reader->warnings->len == WF_DOCUMENT_MAX_WARNINGS)
    {
      g_ptr_array_add (reader->warnings,
                       /* Translators: a file name, then how many warnings are listed */
                       g_strdup_printf (_("%s: more than %d warnings; the others are not listed"),
                                        reader->name, WF_DOCUMENT_MAX_WARNINGS));
      return;
    }

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (reader->warnings,
                   wf_io_message_at (reader->name,
                                     node != NULL ? (guint) MAX (xmlGetLineNo (node), 0) : 0, 0,
                                     message));
}

static gboolean
in_namespace (xmlNode *node)
{
  return node->ns != NULL && node->ns->href != NULL &&
         strcmp ((const char *) node->ns->href, WF_DOCUMENT_NAMESPACE) == 0;
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && in_namespace (node) &&
         strcmp ((const char *) node->name, name) == 0;
}

static xmlNode *
next_element (xmlNode *node)
{
  for (; node != NULL; node = node->next)
    if (node->type == XML_ELEMENT_NODE)
      return node;
  return NULL;
}

#define FOR_EACH_ELEMENT(child, parent) \
  for (xmlNode *child = next_element ((parent)->children); child != NULL; \
       child = next_element (child->next))

static xmlNode *
find_child (xmlNode    *parent,
            const char *name)
{
  FOR_EACH_ELEMENT (child, parent)
    if (is_element (child, name))
      return child;
  return NULL;
}

/* An element this version does not know: an error in a file of our own
 * version (the schema should have caught it), a warning in a newer one. */
/* The names an element may have at a place, for unknown_element(). */
#define EXPECTED(...) ((const char * const []) { __VA_ARGS__, NULL })

/* "<a>, <b> or <c>", in the user's language. */
static char *
list_alternatives (const char * const *names)
{
  g_autoptr(GString) list = g_string_new (NULL);
  guint n = g_strv_length ((char **) names);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *item = g_strdup_printf ("<%s>", names[i]);

      if (i == 0)
        g_string_append (list, item);
      else if (i + 1 < n)
        {
          /* Translators: between two items of a list of alternatives that
           * ends with "or", e.g. "<title>, <author> or <notes>" */
          g_string_append (list, C_("list of alternatives", ", "));
          g_string_append (list, item);
        }
      else
        {
          g_autofree char *head = g_string_free (g_steal_pointer (&list), FALSE);

          list = g_string_new (NULL);
          /* Translators: the end of a list of alternatives: the items
           * before the last one, then the last one, e.g.
           * "<title>, <author> or <notes>" */
          g_string_printf (list, C_("list of alternatives", "%s or %s"), head, item);
        }
    }
  return g_string_free (g_steal_pointer (&list), FALSE);
}

static gboolean
unknown_element (const Reader        *reader,
                 xmlNode             *node,
                 const char * const  *expected_names,
                 GError             **error)
{
  g_autofree char *expected = NULL;

  if (reader->lenient || !in_namespace (node))
    {
      /* Translators: the name of an element, e.g. <forecast> */
      warn_at (reader, node, _("ignoring the element <%s>, which this version does not know"),
               (const char *) node->name);
      return TRUE;
    }

  expected = list_alternatives (expected_names);
  return fail_at (reader, node, error, WF_IO_ERROR_SCHEMA,
                  /* Translators: an element name, then a list of element names */
                  _("unexpected element <%s>; expected %s"), (const char *) node->name, expected);
}

static gboolean
require_child (const Reader  *reader,
               xmlNode       *parent,
               const char    *name,
               xmlNode      **out,
               GError       **error)
{
  *out = find_child (parent, name);
  if (*out != NULL)
    return TRUE;

  return fail_at (reader, parent, error, WF_IO_ERROR_SCHEMA,
                  /* Translators: the name of an element, then that of the child it lacks */
                  _("the element <%s> has no <%s>; expected one"),
                  (const char *) parent->name, name);
}

static char *
get_text (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *text = g_strdup (content ? (const char *) content : "");

  xmlFree (content);
  return text;
}

static char *
get_attr (xmlNode    *node,
          const char *name)
{
  xmlChar *value = xmlGetNoNsProp (node, (const xmlChar *) name);
  char *text;

  if (value == NULL)
    return NULL;
  text = g_strdup ((const char *) value);
  xmlFree (value);
  return text;
}

static gboolean
require_attr (const Reader  *reader,
              xmlNode       *node,
              const char    *name,
              char         **out,
              GError       **error)
{
  *out = get_attr (node, name);
  if (*out != NULL)
    return TRUE;

  return fail_at (reader, node, error, WF_IO_ERROR_SCHEMA,
                  /* Translators: the name of an element, then the name of the attribute it lacks */
                  _("the element <%s> has no attribute “%s”; expected one"),
                  (const char *) node->name, name);
}

static gboolean
read_double_attr (const Reader  *reader,
                  xmlNode       *node,
                  const char    *name,
                  gboolean       required,
                  double        *out,
                  GError       **error)
{
  g_autofree char *text = get_attr (node, name);

  if (text == NULL)
    {
      if (!required)
        return TRUE;
      return require_attr (reader, node, name, &text, error);
    }

  if (wf_io_parse_double (text, out))
    return TRUE;

  return fail_at (reader, node, error, WF_IO_ERROR_VALUE,
                  /* Translators: attribute, element, value */
                  _("the attribute “%s” of <%s> is “%s”; expected a number"),
                  name, (const char *) node->name, text);
}

static gboolean
read_int_attr (const Reader  *reader,
               xmlNode       *node,
               const char    *name,
               gboolean       required,
               gint64         min,
               gint64         max,
               gint64        *out,
               GError       **error)
{
  g_autofree char *text = get_attr (node, name);
  g_autofree char *stripped = NULL;

  if (text == NULL)
    {
      if (!required)
        return TRUE;
      return require_attr (reader, node, name, &text, error);
    }

  stripped = g_strstrip (g_strdup (text));
  if (g_ascii_string_to_signed (stripped, 10, min, max, out, NULL))
    return TRUE;

  return fail_at (reader, node, error, WF_IO_ERROR_VALUE,
                  /* Translators: attribute, element, value, minimum, maximum */
                  _("the attribute “%s” of <%s> is “%s”; expected a whole number from %lld to %lld"),
                  name, (const char *) node->name, text, (long long) min, (long long) max);
}

/* A list of exactly @n numbers separated by white space. */
static gboolean
parse_numbers (const Reader  *reader,
               xmlNode       *node,
               const char    *what,
               const char    *text,
               guint          n,
               double        *out,
               GError       **error)
{
  g_auto(GStrv) tokens = g_strsplit_set (text, " \t\r\n", -1);
  guint count = 0;

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      if (*tokens[i] == '\0')
        continue;
      if (count < n && !wf_io_parse_double (tokens[i], &out[count]))
        return fail_at (reader, node, error, WF_IO_ERROR_VALUE,
                        /* Translators: what, the value */
                        _("%s holds “%s”; expected a number"), what, tokens[i]);
      count++;
    }

  if (count != n)
    return fail_at (reader, node, error, WF_IO_ERROR_SCHEMA,
                    /* Translators: what, a count, a count */
                    _("%s has %u numbers; expected %u"), what, count, n);
  return TRUE;
}

static gboolean
read_numbers_text (const Reader  *reader,
                   xmlNode       *node,
                   guint          n,
                   double        *out,
                   GError       **error)
{
  g_autofree char *text = get_text (node);
  g_autofree char *what = g_strdup_printf ("<%s>", (const char *) node->name);

  return parse_numbers (reader, node, what, text, n, out, error);
}

/* The schema, compiled once from the resource */

static xmlRelaxNGPtr
compile_schema (const char *resource)
{
  g_autoptr(GBytes) bytes = g_resource_lookup_data (wf_io_get_resource (), resource,
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  gsize size = 0;
  const char *data;
  xmlRelaxNGParserCtxtPtr parser;
  xmlRelaxNGPtr schema;

  g_assert (bytes != NULL);
  data = g_bytes_get_data (bytes, &size);
  parser = xmlRelaxNGNewMemParserCtxt (data, (int) size);
  schema = xmlRelaxNGParse (parser);
  xmlRelaxNGFreeParserCtxt (parser);
  /* The schema is part of the build: failing to compile it is a bug. */
  g_assert (schema != NULL);

  return schema;
}

/* The schema of @version: the current one, or version 2's or 3's. */
static xmlRelaxNGPtr
get_schema (int version)
{
  static gsize initialised = 0;
  static xmlRelaxNGPtr current = NULL;
  static xmlRelaxNGPtr version_2 = NULL;
  static xmlRelaxNGPtr version_3 = NULL;

  g_assert (version == WF_DOCUMENT_VERSION || version == 2 || version == 3);

  if (g_once_init_enter (&initialised))
    {
      current = compile_schema (SCHEMA_RESOURCE);
      version_2 = compile_schema (SCHEMA_2_RESOURCE);
      version_3 = compile_schema (SCHEMA_3_RESOURCE);
      g_once_init_leave (&initialised, 1);
    }

  return version == 2 ? version_2 : version == 3 ? version_3 : current;
}

/**
 * wf_document_get_schema:
 *
 * Returns: (transfer full): the RELAX NG schema of the current format, as
 *   compiled into the library (data/workforce-foresight.rng)
 */
GBytes *
wf_document_get_schema (void)
{
  GBytes *bytes = g_resource_lookup_data (wf_io_get_resource (), SCHEMA_RESOURCE,
                                          G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  g_assert (bytes != NULL);
  return bytes;
}

/* What libxml2 reports of a file (an element's name, an attribute's
 * value), cut so that a huge value cannot make the message unreadable. */
static char *
shown_text (const char *text)
{
  const gsize max_chars = 40;

  if (text == NULL)
    return g_strdup ("");
  if (!g_utf8_validate (text, -1, NULL))
    return g_utf8_make_valid (text, -1);
  if (g_utf8_strlen (text, -1) <= (glong) max_chars)
    return g_strdup (text);
  {
    g_autofree char *start = g_utf8_substring (text, 0, max_chars);

    return g_strconcat (start, "…", NULL);
  }
}

/* The validator's explanation is English text, so it is never shown: each
 * error it can give is said here in a translated sentence from its code and
 * the names it carries (str1, str2). */
static char *
schema_error_sentence (const xmlError *err)
{
  const xmlNode *node = err->node;
  g_autofree char *element = NULL;
  g_autofree char *str1 = shown_text (err->str1);
  g_autofree char *str2 = shown_text (err->str2);

  if (node != NULL && node->type == XML_ELEMENT_NODE)
    element = shown_text ((const char *) node->name);
  else if (err->str1 != NULL)
    element = g_strdup (str1);

  switch (err->code)
    {
    case XML_RELAXNG_ERR_ELEMWRONG:
      /* Translators: %s is an element's name in a .foresight file */
      return g_strdup_printf (_("the element <%s> is not expected here"), str1);

    case XML_RELAXNG_ERR_TEXTWRONG:
      /* Translators: %s is an element's name in a .foresight file */
      return g_strdup_printf (_("the element <%s> holds text where the format allows none"), str1);

    case XML_RELAXNG_ERR_INVALIDATTR:
      /* Translators: the first %s is an element's name, the second an attribute's */
      return g_strdup_printf (_("the element <%s> has an attribute “%s” that the format does not allow"),
                              str2, str1);

    case XML_RELAXNG_ERR_TYPEVAL:
      if (g_strcmp0 (err->str1, "integer") == 0 || g_strcmp0 (err->str1, "int") == 0 ||
          g_strcmp0 (err->str1, "nonNegativeInteger") == 0 ||
          g_strcmp0 (err->str1, "positiveInteger") == 0)
        /* Translators: the first %s is an element's name, the second the value found */
        return g_strdup_printf (_("in the element <%s>, “%s” is not a whole number"),
                                element ? element : "", str2);
      if (g_strcmp0 (err->str1, "double") == 0 || g_strcmp0 (err->str1, "decimal") == 0 ||
          g_strcmp0 (err->str1, "float") == 0)
        /* Translators: the first %s is an element's name, the second the value found */
        return g_strdup_printf (_("in the element <%s>, “%s” is not a number"),
                                element ? element : "", str2);
      if (g_strcmp0 (err->str1, "dateTime") == 0)
        /* Translators: the first %s is an element's name, the second the value found;
         * keep the example date as it is, it is the file's own format */
        return g_strdup_printf (_("in the element <%s>, “%s” is not a date and time such as 2026-01-01T00:00:00Z"),
                                element ? element : "", str2);
      /* Translators: the first %s is an element's name, the second the value found */
      return g_strdup_printf (_("in the element <%s>, the value “%s” is not allowed"),
                              element ? element : "", str2);

    case XML_RELAXNG_ERR_ELEMNAME:
      /* Translators: two element names: the one the format expects, then the one found */
      return g_strdup_printf (_("the element <%s> was expected here, not <%s>"), str1, str2);

    case XML_RELAXNG_ERR_NOELEM:
      /* Translators: %s is an element's name in a .foresight file */
      return g_strdup_printf (_("the element <%s> is missing"), str1);

    case XML_RELAXNG_ERR_NOTELEM:
      return g_strdup (_("an element was expected here, not text"));

    case XML_RELAXNG_ERR_ELEMNOTEMPTY:
      /* Translators: %s is an element's name in a .foresight file */
      return g_strdup_printf (_("the element <%s> must be empty"), element ? element : str1);

    case XML_RELAXNG_ERR_ATTRVALID:
      /* Translators: %s is an element's name in a .foresight file */
      return g_strdup_printf (_("the attributes of the element <%s> do not match the format"),
                              element ? element : str1);

    case XML_RELAXNG_ERR_CONTENTVALID:
    case XML_RELAXNG_ERR_EXTRACONTENT:
      /* Translators: %s is an element's name in a .foresight file */
      return g_strdup_printf (_("what the element <%s> holds does not match the format"),
                              element ? element : str1);

    case XML_RELAXNG_ERR_DUPID:
      /* Translators: %s is an identifier found in the file */
      return g_strdup_printf (_("the identifier “%s” is used twice"), str1);

    case XML_RELAXNG_ERR_ELEMNONS:
    case XML_RELAXNG_ERR_ELEMWRONGNS:
    case XML_RELAXNG_ERR_ELEMEXTRANS:
      /* Translators: the first %s is an element's name, the second the format's
       * namespace (an identifier, not to be translated) */
      return g_strdup_printf (_("the element <%s> is not in the namespace “%s”"),
                              element ? element : str1, WF_DOCUMENT_NAMESPACE);

    default:
      break;
    }

  if (element != NULL && *element != '\0')
    /* Translators: %s is an element's name in a .foresight file */
    return g_strdup_printf (_("the element <%s> does not match the .foresight format"), element);
  return g_strdup (_("the file does not match the .foresight format"));
}

/* The validator's first error, kept until the locale is restored: its
 * sentence is translated in the user's language, not in the C locale the
 * validation runs in. */
typedef struct
{
  xmlError first;
  gboolean seen;
} SchemaErrors;

static void
relaxng_error_cb (void        *user_data,
                  xmlErrorPtr  err)
{
  SchemaErrors *errors = user_data;

  if (errors->seen || err == NULL || err->level < XML_ERR_ERROR)
    return;
  errors->seen = xmlCopyError (err, &errors->first) == 0;
}

static gboolean
validate_schema (xmlDoc      *doc,
                 int          version,
                 const char  *name,
                 GError     **error)
{
  g_autoptr(xmlRelaxNGValidCtxt) validator = xmlRelaxNGNewValidCtxt (get_schema (version));
  SchemaErrors errors = { 0 };
  locale_t c_numeric, saved;
  int result;

  xmlRelaxNGSetValidStructuredErrors (validator, relaxng_error_cb, &errors);
  /* libxml2 reads the numbers of <data type="double"> with the C
   * library, which follows LC_NUMERIC: under a French or Spanish locale it
   * refused ".5", a valid double, that it takes in C. The file's numbers
   * are C numbers, so this thread validates in the C locale (all of it:
   * newlocale() starts from "C"), and says what is wrong afterwards. */
  c_numeric = newlocale (LC_NUMERIC_MASK, "C", (locale_t) 0);
  saved = c_numeric != (locale_t) 0 ? uselocale (c_numeric) : (locale_t) 0;
  result = xmlRelaxNGValidateDoc (validator, doc);
  if (c_numeric != (locale_t) 0)
    {
      uselocale (saved);
      freelocale (c_numeric);
    }

  if (result == 0)
    {
      if (errors.seen)
        xmlResetError (&errors.first);
      return TRUE;
    }

  if (errors.seen)
    {
      g_autofree char *message = schema_error_sentence (&errors.first);

      set_error_at (error, WF_IO_ERROR_SCHEMA, name, errors.first.line, 0, message);
      xmlResetError (&errors.first);
    }
  else
    set_error_at (error, WF_IO_ERROR_SCHEMA, name, 0, 0,
                  _("the file does not match the .foresight format"));
  return FALSE;
}

/* Parsing with limits */

static ParseState *
state_from_ctxt (void *ctx)
{
  xmlParserCtxtPtr ctxt = ctx;

  return ctxt->_private;
}

static void
stop_with_error (xmlParserCtxtPtr  ctxt,
                 int               code,
                 const char       *message)
{
  ParseState *state = ctxt->_private;

  if (state->error == NULL)
    set_error_at (&state->error, code, state->name,
                  ctxt->input ? ctxt->input->line : 0,
                  ctxt->input ? ctxt->input->col : 0, message);
  xmlStopParser (ctxt);
}

typedef enum
{
  TAG_OTHER,
  TAG_SCENARIO,
  TAG_SECTOR,
} LastTag;

/* Whether the bytes from @start to @end are @text. */
static gboolean
is_text (const char *start,
         const char *end,
         const char *text)
{
  return (gsize) (end - start) == strlen (text) && memcmp (start, text, end - start) == 0;
}

/* When @data ends inside a start tag <scenario …> or <sector …> whose id
 * attribute is whole, which one it is, with the id in @id. */
static LastTag
last_start_tag (const char  *data,
                gsize        size,
                char       **id)
{
  const char *start = g_strrstr_len (data, (gssize) size, "<");
  const char *end = data + size;
  const char *name_end, *value, *value_end;
  LastTag tag;

  if (start == NULL || memchr (start, '>', end - start) != NULL)
    return TAG_OTHER;
  name_end = start + 1;
  while (name_end < end && (g_ascii_isalnum (*name_end) || *name_end == '-' || *name_end == ':'))
    name_end++;
  if (is_text (start, name_end, "<scenario"))
    tag = TAG_SCENARIO;
  else if (is_text (start, name_end, "<sector"))
    tag = TAG_SECTOR;
  else
    return TAG_OTHER;

  value = g_strstr_len (name_end, end - name_end, " id=\"");
  if (value == NULL)
    return TAG_OTHER;
  value += strlen (" id=\"");
  value_end = memchr (value, '"', end - value);
  if (value_end == NULL)
    return TAG_OTHER;
  *id = g_strndup (value, value_end - value);
  return tag;
}

/* What was open where the file ends, as one whole sentence for each case
 * so that translators see the sentence. */
static char *
describe_truncation (const ParseState *state)
{
  g_autofree char *tag_id = NULL;
  const char *scenario_id = state->scenario_id;
  const char *sector_id = state->sector_id;

  /* Cut inside the start tag of a scenario or a sector, after its id: the
   * parser has not opened it yet, but the user knows it by that id. */
  switch (last_start_tag (state->data, state->size, &tag_id))
    {
    case TAG_SCENARIO:
      scenario_id = tag_id;
      break;
    case TAG_SECTOR:
      sector_id = tag_id;
      break;
    default:
      break;
    }

  if (scenario_id != NULL)
    /* Translators: %s is the id of a scenario, e.g. “current-trends” */
    return g_strdup_printf (_("the file ends in the middle of the scenario “%s”: it was probably "
                              "cut short while being copied or saved"), scenario_id);
  if (sector_id != NULL)
    /* Translators: %s is the id of a sector, e.g. “ECO_ISIC4_A” */
    return g_strdup_printf (_("the file ends in the middle of the sector “%s” of the dataset: it was "
                              "probably cut short while being copied or saved"), sector_id);
  if (state->in_dataset > 0)
    return g_strdup (_("the file ends in the middle of the dataset: it was probably cut short "
                       "while being copied or saved"));
  if (state->in_scenarios > 0)
    return g_strdup (_("the file ends in the middle of the list of scenarios: it was probably cut "
                       "short while being copied or saved"));
  if (state->in_metadata > 0)
    return g_strdup (_("the file ends in the middle of its title, author and notes: it was "
                       "probably cut short while being copied or saved"));
  return g_strdup (_("the file ends before it is complete: it was probably cut short while being "
                     "copied or saved"));
}

/* Whether @data starts, after a byte order mark and blanks, with "<". */
static gboolean
starts_like_xml (const char *data,
                 gsize       size)
{
  gsize i = 0;

  if (size >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < size && g_ascii_isspace (data[i]))
    i++;
  return i < size && data[i] == '<';
}

/* The number of the last line of @data when it does not end with ">"
 * (blanks aside), as a file cut short does not; G_MAXINT when it does. */
static int
last_line_cut_short (const char *data,
                     gsize       size)
{
  int line = 1;

  while (size > 0 && g_ascii_isspace (data[size - 1]))
    size--;
  if (size == 0 || data[size - 1] == '>')
    return G_MAXINT;
  for (gsize i = 0; i < size; i++)
    if (data[i] == '\n')
      line++;
  return line;
}

/* The parser's error in plain words: for each code that a file cut short
 * or with garbled bytes gives (tests/io/test-parse-messages.c), and for
 * any other a sentence that says where, never the parser's own English.
 * @element: the element open at that place, or NULL. @at_end: the parser
 * had read the whole input when it failed, so the file ends too early. */
static char *
describe_parse_error (const ParseState *state,
                      const xmlError   *err,
                      const char       *element,
                      gboolean          at_end)
{
  const char *str1 = err->str1 ? err->str1 : "";
  const char *str2 = err->str2 ? err->str2 : "";

  if (!starts_like_xml (state->data, state->size))
    return g_strdup (_("this is not a .foresight file: it does not start with an XML element "
                       "(is it a CSV file, a PDF or another kind of file?)"));
  if (at_end || (err->code != XML_ERR_DOCUMENT_END && err->line > 0 &&
                 err->line >= last_line_cut_short (state->data, state->size)))
    return describe_truncation (state);

  switch (err->code)
    {
    case XML_ERR_DOCUMENT_EMPTY:
      return g_strdup (_("this is not a .foresight file: it does not start with an XML element "
                         "(is it a CSV file, a PDF or another kind of file?)"));
    case XML_ERR_DOCUMENT_END:
      return g_strdup (_("there is more after the end of the document’s last element; a file "
                         "holds one document"));
    case XML_ERR_ATTRIBUTE_WITHOUT_VALUE:
      /* Translators: %s is the name of an attribute; keep name="value" as it is */
      return g_strdup_printf (_("the attribute “%s” has no value; an attribute is written "
                                "name=\"value\""), str1);
    case XML_ERR_ATTRIBUTE_NOT_STARTED:
      /* Translators: keep name="value" as it is */
      return g_strdup (_("an attribute’s value is not in quotes; an attribute is written "
                         "name=\"value\""));
    case XML_ERR_ATTRIBUTE_NOT_FINISHED:
      return g_strdup (_("an attribute’s value has no closing quote"));
    case XML_ERR_LT_IN_ATTRIBUTE:
      /* Translators: keep &lt; as it is */
      return g_strdup (_("an attribute’s value holds a “<”, which must be written “&lt;”"));
    case XML_ERR_ATTRIBUTE_REDEFINED:
      /* Translators: %s is the name of an attribute */
      return g_strdup_printf (_("the attribute “%s” is given twice in the same element"), str1);
    case XML_ERR_TAG_NAME_MISMATCH:
      /* Translators: the name of an element, the line where it starts, then
       * the name of the closing tag found instead of its own */
      return g_strdup_printf (_("the element <%s> that starts on line %d is closed by </%s>; "
                                "each element must be closed with its own name"),
                              str1, err->int1, str2);
    case XML_ERR_NAME_REQUIRED:
      /* Translators: keep &lt; and &amp; as they are */
      return g_strdup (_("a name is missing here: “<” must start an element’s name, and a “&” "
                         "itself is written “&amp;” (and a “<” in text “&lt;”)"));
    case XML_ERR_SPACE_REQUIRED:
      return g_strdup (_("a space is missing here, for instance between two attributes"));
    case XML_ERR_GT_REQUIRED:
      /* Translators: %s is the name of an element */
      return g_strdup_printf (_("the tag <%s> is not closed with “>”"), str1);
    case XML_ERR_UNDECLARED_ENTITY:
      /* Translators: %s is the name of an entity, as in &xxe; keep &amp;
       * &lt; &gt; &quot; and &apos; as they are */
      return g_strdup_printf (_("the entity “&%s;” is not defined; only &amp;, &lt;, &gt;, &quot; "
                                "and &apos; are, and “&” itself is written “&amp;”"), str1);
    case XML_ERR_ENTITYREF_SEMICOL_MISSING:
      /* Translators: keep &amp; as it is */
      return g_strdup (_("there is a “&” that does not start an escape such as “&amp;”; write "
                         "“&” itself as “&amp;”"));
    case XML_ERR_INVALID_CHAR:
    case XML_ERR_INVALID_ENCODING:
      if (!g_utf8_validate (state->data, (gssize) state->size, NULL))
        return g_strdup (_("the text is not in UTF-8: the file was probably saved in another "
                           "encoding, such as Latin-1; save it as UTF-8"));
      return g_strdup (_("the file holds a character that XML does not allow, such as a control "
                         "character"));
    case XML_ERR_UNSUPPORTED_ENCODING:
      /* Translators: %s is the name of a character encoding */
      return g_strdup_printf (_("the file declares the encoding “%s”, which is not supported; save "
                                "it as UTF-8"), str1);
    case XML_ERR_ENCODING_NAME:
      /* Translators: keep encoding="UTF-8" as it is */
      return g_strdup (_("the encoding named on the first line is not a valid name; it should "
                         "read encoding=\"UTF-8\""));
    case XML_ERR_VERSION_MISSING:
      /* Translators: keep <?xml version="1.0" encoding="UTF-8"?> as it is */
      return g_strdup (_("the XML declaration on the first line has no version; it should read "
                         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    case XML_ERR_STRING_NOT_STARTED:
      /* Translators: keep <?xml …?> as it is */
      return g_strdup (_("a value in the XML declaration (<?xml …?>, on the first line) is not "
                         "in quotes"));
    case XML_ERR_STRING_NOT_CLOSED:
      /* Translators: keep <?xml …?> as it is */
      return g_strdup (_("a value in the XML declaration (<?xml …?>, on the first line) has no "
                         "closing quote"));
    case XML_ERR_XMLDECL_NOT_FINISHED:
      /* Translators: keep <?xml …?> and ?> as they are */
      return g_strdup (_("the XML declaration (<?xml …?>, on the first line) is not closed with "
                         "“?>”"));
    case XML_ERR_RESERVED_XML_NAME:
      /* Translators: keep <?xml …?> as it is */
      return g_strdup (_("an XML declaration (<?xml …?>) is only allowed at the very start of "
                         "the file"));
    case XML_ERR_PI_NOT_STARTED:
      /* Translators: keep <? and <?xml …?> as they are */
      return g_strdup (_("“<?” is not followed by a name; it starts an instruction such as "
                         "<?xml …?>, and a “<” in text is written “&lt;”"));
    case XML_ERR_PI_NOT_FINISHED:
      /* Translators: keep <? and ?> as they are */
      return g_strdup (_("an instruction that starts with “<?” is not closed with “?>”"));
    case XML_NS_ERR_COLON:
      /* Translators: keep <? as it is */
      return g_strdup (_("the name after “<?” holds a colon, which is not allowed"));
    case XML_ERR_EQUAL_REQUIRED:
      return g_strdup (_("an “=” is missing between an attribute’s name and its value"));
    case XML_ERR_VALUE_REQUIRED:
      return g_strdup (_("a value is missing here"));
    case XML_ERR_TAG_NOT_FINISHED:
      /* Translators: the name of an element, the line where it starts, then
       * the same name */
      return g_strdup_printf (_("the element <%s> that starts on line %d has no end tag </%s> "
                                "before the end of the file"), str1, err->int1, str1);
    case XML_ERR_LTSLASH_REQUIRED:
    case XML_ERR_NOT_WELL_BALANCED:
      return g_strdup (_("an end tag is missing or broken here: each element must end with "
                         "“</” and its own name"));
    case XML_ERR_EXTRA_CONTENT:
      return g_strdup (_("there is more after the end of the document’s last element; a file "
                         "holds one document"));
    case XML_ERR_COMMENT_NOT_FINISHED:
      /* Translators: keep <!-- and --> as they are */
      return g_strdup (_("a comment that starts with “<!--” is not closed with “-->”"));
    case XML_ERR_HYPHEN_IN_COMMENT:
      return g_strdup (_("a comment holds “--”, which is not allowed inside a comment"));
    case XML_ERR_CDATA_NOT_FINISHED:
      /* Translators: keep <![CDATA[ and ]]> as they are */
      return g_strdup (_("a section that starts with “<![CDATA[” is not closed with “]]>”"));
    case XML_ERR_MISPLACED_CDATA_END:
      /* Translators: keep ]]> and ]]&gt; as they are */
      return g_strdup (_("the text holds “]]>”, which must be written “]]&gt;”"));
    case XML_ERR_INVALID_HEX_CHARREF:
    case XML_ERR_INVALID_DEC_CHARREF:
    case XML_ERR_INVALID_CHARREF:
      /* Translators: keep &#…; as it is */
      return g_strdup (_("a character reference “&#…;” is not a valid character"));
    case XML_ERR_CHARREF_IN_PROLOG:
    case XML_ERR_CHARREF_IN_EPILOG:
    case XML_ERR_ENTITYREF_NO_NAME:
      /* Translators: keep &amp; as it is */
      return g_strdup (_("there is a “&” that does not start an escape such as “&amp;”; write "
                         "“&” itself as “&amp;”"));
    case XML_ERR_NAME_TOO_LONG:
      return g_strdup (_("a name here is too long"));
    case XML_NS_ERR_UNDEFINED_NAMESPACE:
      if (err->str3 != NULL)
        /* Translators: an attribute's name in two parts around the colon,
         * then the name of the element it is on */
        return g_strdup_printf (_("the attribute “%s:%s” of the element <%s> has a prefix "
                                  "that is not declared; a .foresight file needs no colon in a "
                                  "name, so this is probably a typing mistake"),
                                str1, str2, (const char *) err->str3);
      /* Translators: an element's name in two parts around the colon */
      return g_strdup_printf (_("the element name <%s:%s> has a prefix that is not declared; a "
                                ".foresight file needs no colon in a name, so this is probably "
                                "a typing mistake"), str1, str2);
    case XML_NS_ERR_QNAME:
      return g_strdup (_("a name here has a misplaced colon; a .foresight file needs no colon "
                         "in the name of an element or an attribute"));
    case XML_NS_ERR_ATTRIBUTE_REDEFINED:
      /* Translators: %s is the name of an attribute */
      return g_strdup_printf (_("the attribute “%s” is given twice in the same element"), str1);
    case XML_NS_ERR_XML_NAMESPACE:
    case XML_NS_ERR_EMPTY:
    case XML_WAR_NS_URI:
    case XML_WAR_NS_URI_RELATIVE:
      /* Translators: %s is the namespace of the format, keep xmlns as it is */
      return g_strdup_printf (_("the namespace declaration (xmlns) is broken; a .foresight file "
                                "declares xmlns=\"%s\""), WF_DOCUMENT_NAMESPACE);
    default:
      break;
    }

  /* Any other: in plain words, where, never the parser's English. */
  if (element != NULL)
    /* Translators: a line, a column, then the name of the element that
     * place is in */
    return g_strdup_printf (_("the file is not well-formed XML at line %d, column %d, inside the "
                              "element <%s>: look there for a missing or extra “<”, “>”, quote "
                              "or “&”"), err->line, err->int2, element);
  /* Translators: a line, then a column */
  return g_strdup_printf (_("the file is not well-formed XML at line %d, column %d: look there "
                            "for a missing or extra “<”, “>”, quote or “&”"), err->line, err->int2);
}

static void
parser_error_cb (void        *user_data,
                 xmlErrorPtr  err)
{
  xmlParserCtxtPtr ctxt = user_data;
  ParseState *state = state_from_ctxt (user_data);
  g_autofree char *message = NULL;
  gboolean at_end;

  if (state->error != NULL || err == NULL || err->level < XML_ERR_ERROR)
    return;

  at_end = ctxt->input != NULL && ctxt->input->cur >= ctxt->input->end;
  message = describe_parse_error (state, err, (const char *) ctxt->name, at_end);
  set_error_at (&state->error, WF_IO_ERROR_PARSE, state->name, err->line, err->int2, message);
}

static void
internal_subset_cb (void          *ctx,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  stop_with_error (ctx, WF_IO_ERROR_FORBIDDEN,
                   _("the file has a document type declaration (<!DOCTYPE>); "
                     ".foresight files must not declare one, and entities are never expanded"));
}

/* The value of the attribute "id" among the SAX2 @attributes (five
 * pointers each: name, prefix, URI, value, end of value), or NULL. */
static char *
find_id (int             nb_attributes,
         const xmlChar **attributes)
{
  for (int i = 0; i < nb_attributes; i++)
    {
      const xmlChar **attribute = attributes + 5 * i;

      if (attribute[2] == NULL && strcmp ((const char *) attribute[0], "id") == 0)
        return g_strndup ((const char *) attribute[3], attribute[4] - attribute[3]);
    }
  return NULL;
}

/* Replaces the string *@where with @value (taken). */
static void
replace_string (char **where,
               char  *value)
{
  g_free (*where);
  *where = value;
}

static void
start_element_cb (void           *ctx,
                  const xmlChar  *localname,
                  const xmlChar  *prefix,
                  const xmlChar  *uri,
                  int             nb_namespaces,
                  const xmlChar **namespaces,
                  int             nb_attributes,
                  int             nb_defaulted,
                  const xmlChar **attributes)
{
  ParseState *state = state_from_ctxt (ctx);

  if (++state->depth > WF_DOCUMENT_MAX_DEPTH)
    {
      g_autofree char *message =
        /* Translators: the deepest nesting allowed */
        g_strdup_printf (_("elements are nested more than %d deep; expected a shallower document"),
                         WF_DOCUMENT_MAX_DEPTH);

      stop_with_error (ctx, WF_IO_ERROR_TOO_DEEP, message);
      return;
    }
  if (++state->n_elements > WF_DOCUMENT_MAX_ELEMENTS)
    {
      g_autofree char *message =
        /* Translators: %d is a count */
        g_strdup_printf (_("the file has more than %d elements, the limit for a .foresight file"),
                         WF_DOCUMENT_MAX_ELEMENTS);

      stop_with_error (ctx, WF_IO_ERROR_TOO_LARGE, message);
      return;
    }

  if (strcmp ((const char *) localname, "scenario") == 0)
    replace_string (&state->scenario_id, find_id (nb_attributes, attributes));
  else if (strcmp ((const char *) localname, "sector") == 0)
    replace_string (&state->sector_id, find_id (nb_attributes, attributes));
  else if (strcmp ((const char *) localname, "dataset") == 0)
    state->in_dataset++;
  else if (strcmp ((const char *) localname, "scenarios") == 0)
    state->in_scenarios++;
  else if (strcmp ((const char *) localname, "metadata") == 0)
    state->in_metadata++;

  state->start_element (ctx, localname, prefix, uri, nb_namespaces, namespaces,
                        nb_attributes, nb_defaulted, attributes);
}

static void
end_element_cb (void          *ctx,
                const xmlChar *localname,
                const xmlChar *prefix,
                const xmlChar *uri)
{
  ParseState *state = state_from_ctxt (ctx);

  state->depth--;
  if (strcmp ((const char *) localname, "scenario") == 0)
    g_clear_pointer (&state->scenario_id, g_free);
  else if (strcmp ((const char *) localname, "sector") == 0)
    g_clear_pointer (&state->sector_id, g_free);
  else if (strcmp ((const char *) localname, "dataset") == 0)
    state->in_dataset--;
  else if (strcmp ((const char *) localname, "scenarios") == 0)
    state->in_scenarios--;
  else if (strcmp ((const char *) localname, "metadata") == 0)
    state->in_metadata--;
  state->end_element (ctx, localname, prefix, uri);
}

/* Skips from @p to just after @end (a C string), counting lines; returns
 * NULL when @end never comes (the parser then says what is wrong). */
static const char *
skip_past (const char  *p,
           const char  *limit,
           const char  *end,
           int         *line)
{
  gsize len = strlen (end);

  for (; p + len <= limit; p++)
    {
      if (memcmp (p, end, len) == 0)
        return p + len;
      if (*p == '\n')
        (*line)++;
    }
  return NULL;
}

/* libxml2 2.9 checks an element's attributes for duplicates pairwise, so
 * an element with 300,000 attributes takes hours before any callback of
 * ours runs. This pass over the bytes, in linear time, refuses an element
 * with more than WF_DOCUMENT_MAX_ATTRIBUTES attributes (each has exactly
 * one quoted value) or a value longer than
 * WF_DOCUMENT_MAX_ATTRIBUTE_LENGTH before the parser sees it. What is
 * not well-formed is left to the parser to report. */
static gboolean
prescan_attributes (const char  *data,
                    gsize        size,
                    const char  *name,
                    GError     **error)
{
  const char *p = data;
  const char *limit = data + size;
  int line = 1;

  while (p < limit)
    {
      guint n_attributes = 0;
      int tag_line;

      if (*p == '\n')
        line++;
      if (*p != '<')
        {
          p++;
          continue;
        }

      if (limit - p >= 4 && memcmp (p, "<!--", 4) == 0)
        p = skip_past (p + 4, limit, "-->", &line);
      else if (limit - p >= 9 && memcmp (p, "<![CDATA[", 9) == 0)
        p = skip_past (p + 9, limit, "]]>", &line);
      else if (limit - p >= 2 && p[1] == '?')
        p = skip_past (p + 2, limit, "?>", &line);
      else if (limit - p >= 2 && p[1] == '!')
        return TRUE;  /* a <!DOCTYPE>, which the parser refuses */
      else if (limit - p >= 2 && p[1] == '/')
        p = skip_past (p + 2, limit, ">", &line);
      else
        {
          /* A start tag: up to its '>', outside quoted values. */
          tag_line = line;
          for (p++; p < limit && *p != '>'; p++)
            {
              char quote = *p;
              const char *value;

              if (quote == '\n')
                line++;
              if (quote == '<')
                return TRUE;
              if (quote != '"' && quote != '\'')
                continue;

              value = ++p;
              while (p < limit && *p != quote)
                {
                  if (*p == '\n')
                    line++;
                  p++;
                }
              if (p >= limit)
                return TRUE;
              if ((gsize) (p - value) > WF_DOCUMENT_MAX_ATTRIBUTE_LENGTH)
                {
                  g_autofree char *message =
                    /* Translators: %d is a number of bytes */
                    g_strdup_printf (_("an attribute value is longer than %d bytes, the limit for a .foresight file"),
                                     WF_DOCUMENT_MAX_ATTRIBUTE_LENGTH);

                  set_error_at (error, WF_IO_ERROR_TOO_LARGE, name, tag_line, 0, message);
                  return FALSE;
                }
              if (++n_attributes > WF_DOCUMENT_MAX_ATTRIBUTES)
                {
                  g_autofree char *message =
                    /* Translators: %d is a count */
                    g_strdup_printf (_("an element has more than %d attributes, the limit for a .foresight file"),
                                     WF_DOCUMENT_MAX_ATTRIBUTES);

                  set_error_at (error, WF_IO_ERROR_TOO_LARGE, name, tag_line, 0, message);
                  return FALSE;
                }
            }
          if (p < limit)
            p++;
        }
      if (p == NULL)
        return TRUE;
    }

  return TRUE;
}

static xmlDoc *
parse_xml (GBytes      *bytes,
           const char  *name,
           GError     **error)
{
  g_autoptr(xmlParserCtxt) ctxt = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  ParseState state = { .name = name, .data = data, .size = size };

  if (size == 0)
    {
      set_error_at (error, WF_IO_ERROR_EMPTY, name, 0, 0,
                    _("the file is empty; expected a .foresight document"));
      return NULL;
    }
  if (size > WF_DOCUMENT_MAX_SIZE)
    {
      g_autofree char *message =
        /* Translators: the size limit in MiB */
        g_strdup_printf (_("the file is larger than %d MiB, the limit for a .foresight file"),
                         WF_DOCUMENT_MAX_SIZE / (1024 * 1024));

      set_error_at (error, WF_IO_ERROR_TOO_LARGE, name, 0, 0, message);
      return NULL;
    }

  if (!prescan_attributes (data, size, name, error))
    return NULL;

  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    g_error ("Out of memory creating an XML parser");

  ctxt->_private = &state;
  state.start_element = ctxt->sax->startElementNs;
  state.end_element = ctxt->sax->endElementNs;
  ctxt->sax->startElementNs = start_element_cb;
  ctxt->sax->endElementNs = end_element_cb;
  ctxt->sax->internalSubset = internal_subset_cb;
  ctxt->sax->serror = parser_error_cb;

  /* XML_PARSE_NONET: never fetch anything. Neither XML_PARSE_NOENT (no
   * entity substitution), nor XML_PARSE_DTDLOAD, nor XML_PARSE_HUGE. */
  doc = xmlCtxtReadMemory (ctxt, data, (int) size, NULL, NULL, XML_PARSE_NONET);

  if (state.error == NULL && (doc == NULL || !ctxt->wellFormed))
    {
      xmlErrorPtr last = xmlCtxtGetLastError (ctxt);

      if (last != NULL)
        {
          g_autofree char *message = describe_parse_error (&state, last, NULL, FALSE);

          set_error_at (&state.error, WF_IO_ERROR_PARSE, name, last->line, last->int2, message);
        }
      else
        set_error_at (&state.error, WF_IO_ERROR_PARSE, name,
                      ctxt->input ? ctxt->input->line : 0, ctxt->input ? ctxt->input->col : 0,
                      _("the file is not well-formed XML"));
    }
  g_clear_pointer (&state.scenario_id, g_free);
  g_clear_pointer (&state.sector_id, g_free);
  if (state.error != NULL)
    {
      g_propagate_error (error, state.error);
      return NULL;
    }

  return g_steal_pointer (&doc);
}

/* Reading version 2 (and newer) */

static gboolean
read_metadata (const Reader        *reader,
               xmlNode             *node,
               WfDocumentMetadata  *metadata,
               GError             **error)
{
  FOR_EACH_ELEMENT (child, node)
    {
      char **field = NULL;

      if (is_element (child, "title"))
        field = &metadata->title;
      else if (is_element (child, "author"))
        field = &metadata->author;
      else if (is_element (child, "notes"))
        field = &metadata->notes;
      else if (is_element (child, "created"))
        field = &metadata->created;
      else if (is_element (child, "modified"))
        field = &metadata->modified;
      else if (is_element (child, "application"))
        field = &metadata->application;

      if (field != NULL)
        {
          g_free (*field);
          *field = get_text (child);
        }
      else if (!unknown_element (reader, child,
                                 EXPECTED ("title", "author", "notes", "created", "modified",
                                           "application"),
                                 error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_source (const Reader  *reader,
             xmlNode       *node,
             WfDataset     *dataset,
             gboolean      *seen,
             GError       **error)
{
  g_autofree char *table_id = NULL;
  g_autofree char *tag = NULL;
  g_autofree char *citation = NULL;
  g_autofree char *note = NULL;
  WfTable table;
  WfProvenance provenance;

  if (!require_attr (reader, node, "table", &table_id, error) ||
      !require_attr (reader, node, "provenance", &tag, error))
    return FALSE;

  /* Version 2 had the first ten tables only. */
  if (!wf_table_from_id (table_id, &table) ||
      (reader->version < 3 && table >= FIRST_VERSION_3_TABLE))
    {
      if (reader->lenient)
        {
          /* Translators: a table id from the file, e.g. “task-share” */
          warn_at (reader, node, _("ignoring the source of the unknown table “%s”"), table_id);
          return TRUE;
        }
      return fail_at (reader, node, error, WF_IO_ERROR_VALUE,
                      /* Translators: a table id from the file, e.g. “task-share” */
                      _("unknown table “%s” in <source>"), table_id);
    }
  if (!wf_provenance_from_tag (tag, &provenance))
    return fail_at (reader, node, error, WF_IO_ERROR_VALUE,
                    /* Translators: what the file gives as a provenance; keep P, S, A and D */
                    _("the provenance “%s” is not one of P, S, A or D"), tag);
  if (seen[table])
    return fail_at (reader, node, error, WF_IO_ERROR_INVALID,
                    /* Translators: a table id, e.g. “task-share” */
                    _("the table “%s” has two sources"), table_id);
  seen[table] = TRUE;

  FOR_EACH_ELEMENT (child, node)
    {
      if (is_element (child, "citation"))
        {
          g_free (citation);
          citation = get_text (child);
        }
      else if (is_element (child, "note"))
        {
          g_free (note);
          note = get_text (child);
        }
      else if (!unknown_element (reader, child, EXPECTED ("citation", "note"), error))
        return FALSE;
    }

  wf_dataset_set_source (dataset, table, provenance, citation, note);
  return TRUE;
}

static gboolean
read_sex (const Reader  *reader,
          xmlNode       *node,
          WfSector      *sector,
          gboolean      *seen,
          GError       **error)
{
  g_autofree char *id = NULL;
  g_autofree char *exposure = NULL;
  guint g;

  if (!require_attr (reader, node, "id", &id, error))
    return FALSE;
  for (g = 0; g < WF_N_SEXES; g++)
    if (g_strcmp0 (id, wf_sex_to_id (g)) == 0)
      break;
  if (g == WF_N_SEXES)
    return fail_at (reader, node, error, WF_IO_ERROR_VALUE,
                    /* Translators: what the file gives as a sex; keep women, men and unknown (ids) */
                    _("the sex “%s” is not one of women, men or unknown"), id);
  if (seen[g])
    return fail_at (reader, node, error, WF_IO_ERROR_INVALID,
                    /* Translators: a sex id: women, men or unknown */
                    _("the sector gives the sex “%s” twice"), id);
  seen[g] = TRUE;

  if (!read_double_attr (reader, node, "employment", TRUE, &sector->employment[g], error) ||
      !read_double_attr (reader, node, "digital-requirement", TRUE,
                         &sector->digital_requirement[g], error) ||
      !read_double_attr (reader, node, "digital-workforce", TRUE,
                         &sector->digital_workforce[g], error) ||
      !require_attr (reader, node, "exposure", &exposure, error))
    return FALSE;

  return parse_numbers (reader, node, _("the attribute “exposure”"), exposure,
                        WF_N_GRADIENTS, sector->exposure[g], error);
}

static gboolean
read_sector (const Reader  *reader,
             xmlNode       *node,
             WfDataset     *dataset,
             WfSector      *sector,
             GError       **error)
{
  gboolean seen_sex[WF_N_SEXES] = { FALSE, };
  gboolean seen_intensity = FALSE;

  if (!require_attr (reader, node, "id", &sector->id, error) ||
      !read_double_attr (reader, node, "trend-growth", TRUE, &sector->trend_growth, error) ||
      !read_double_attr (reader, node, "elasticity", TRUE, &sector->elasticity, error) ||
      !read_double_attr (reader, node, "sme-share", TRUE, &sector->sme_share, error))
    return FALSE;
  /* Version 3 added them; a version-2 file has them filled on migration. */
  if (reader->version >= 3 &&
      (!read_double_attr (reader, node, "labour-cost-share", TRUE,
                          &sector->labour_cost_share, error) ||
       !read_double_attr (reader, node, "digitalisation-trend", TRUE,
                          &sector->digitalisation_trend, error)))
    return FALSE;

  FOR_EACH_ELEMENT (child, node)
    {
      if (is_element (child, "label"))
        {
          g_free (sector->label);
          sector->label = get_text (child);
        }
      else if (is_element (child, "sex"))
        {
          if (!read_sex (reader, child, sector, seen_sex, error))
            return FALSE;
        }
      else if (is_element (child, "skill-intensity"))
        {
          if (!read_numbers_text (reader, child, dataset->n_skills, sector->skill_intensity, error))
            return FALSE;
          seen_intensity = TRUE;
        }
      else if (!unknown_element (reader, child, EXPECTED ("label", "sex", "skill-intensity"), error))
        return FALSE;
    }

  for (guint g = 0; g < WF_N_SEXES; g++)
    if (!seen_sex[g])
      return fail_at (reader, node, error, WF_IO_ERROR_SCHEMA,
                      /* Translators: a sector id, then a sex id (women, men or unknown); keep <sex id="…"> */
                      _("the sector “%s” has no <sex id=\"%s\">; expected one for women, men and unknown"),
                      sector->id, wf_sex_to_id (g));
  if (!seen_intensity && dataset->n_skills > 0)
    return fail_at (reader, node, error, WF_IO_ERROR_SCHEMA,
                    /* Translators: a sector id, e.g. “ECO_ISIC4_A” */
                    _("the sector “%s” has no <skill-intensity>"), sector->id);

  return TRUE;
}

static guint
count_children (xmlNode    *parent,
                const char *name)
{
  guint n = 0;

  FOR_EACH_ELEMENT (child, parent)
    if (is_element (child, name))
      n++;
  return n;
}

/* <labour-market>: the parameters of version 2 of the model as attributes,
 * then one <sex> each for women, men and unknown with the labour force,
 * unemployment, its growth and the share ready for new work. */
static gboolean
read_labour_market (const Reader  *reader,
                    xmlNode       *node,
                    WfDataset     *dataset,
                    LabourNodes   *nodes,
                    GError       **error)
{
  if (!read_double_attr (reader, node, "replacement-rate", TRUE, &dataset->replacement_rate, error) ||
      !read_double_attr (reader, node, "untrained-hiring-weight", TRUE,
                         &dataset->untrained_hiring_weight, error) ||
      !read_double_attr (reader, node, "discouragement-rate", TRUE,
                         &dataset->discouragement_rate, error) ||
      !read_double_attr (reader, node, "shortage-lapse-rate", TRUE,
                         &dataset->shortage_lapse_rate, error))
    return FALSE;

  FOR_EACH_ELEMENT (child, node)
    {
      g_autofree char *id = NULL;
      guint g;

      if (!is_element (child, "sex"))
        {
          if (!unknown_element (reader, child, EXPECTED ("sex"), error))
            return FALSE;
          continue;
        }

      if (!require_attr (reader, child, "id", &id, error))
        return FALSE;
      for (g = 0; g < WF_N_SEXES; g++)
        if (g_strcmp0 (id, wf_sex_to_id (g)) == 0)
          break;
      if (g == WF_N_SEXES)
        return fail_at (reader, child, error, WF_IO_ERROR_VALUE,
                        /* Translators: what the file gives as a sex; keep women, men and unknown (ids) */
                        _("the sex “%s” is not one of women, men or unknown"), id);
      if (nodes->labour_sexes[g] != NULL)
        return fail_at (reader, child, error, WF_IO_ERROR_INVALID,
                        /* Translators: %s is a sex identifier: women, men or unknown */
                        _("the labour market gives the sex “%s” twice"), id);
      nodes->labour_sexes[g] = child;

      if (!read_double_attr (reader, child, "labour-force", TRUE, &dataset->labour_force[g], error) ||
          !read_double_attr (reader, child, "unemployed", TRUE, &dataset->unemployed[g], error) ||
          !read_double_attr (reader, child, "labour-force-growth", TRUE,
                             &dataset->labour_force_growth[g], error) ||
          !read_double_attr (reader, child, "new-work-ready", TRUE,
                             &dataset->new_work_ready[g], error))
        return FALSE;
    }

  for (guint g = 0; g < WF_N_SEXES; g++)
    if (nodes->labour_sexes[g] == NULL)
      return fail_at (reader, node, error, WF_IO_ERROR_SCHEMA,
                      /* Translators: %s is a sex identifier: women, men or unknown */
                      _("the labour market has no <sex id=\"%s\">; expected one for women, men and unknown"),
                      wf_sex_to_id (g));

  return TRUE;
}

/* A migrated table: an assumption, with the world dataset's citation when
 * its values are the world's. */
static void
set_migrated_source (WfDataset       *dataset,
                     const WfDataset *world,
                     WfTable          table,
                     int              version,
                     const char      *how)
{
  g_autofree char *note = NULL;

  note = g_strdup_printf ("Filled on migration from format version %d: %s%s%s", version, how,
                          world != NULL && world->sources[table].note ? " " : "",
                          world != NULL && world->sources[table].note
                            ? world->sources[table].note : "");
  wf_dataset_set_source (dataset, table, WF_PROVENANCE_ASSUMPTION,
                         world != NULL ? world->sources[table].citation
                                       : "Workforce Foresight migration rule (docs/file-format.md)",
                         note);
}

/* A version-2 dataset gains the tables of version 3 by the rule of
 * docs/file-format.md; the warning names every table so filled. */
static void
migrate_v2_dataset (const Reader *reader,
                    WfDataset    *dataset)
{
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  g_autoptr(GString) tables = g_string_new (NULL);
  g_autofree char *from_world = NULL;
  g_autofree char *by_sector = NULL;
  int version = reader->version;

  wf_io_fill_labour_force (dataset);
  wf_io_fill_labour_market (dataset, world);
  wf_io_fill_sectors (dataset, world);

  set_migrated_source (dataset, NULL, WF_TABLE_LABOUR_FORCE, version,
                       "employment plus unemployment, with unemployment assumed at 5 % of the "
                       "labour force.");
  set_migrated_source (dataset, NULL, WF_TABLE_UNEMPLOYMENT, version,
                       "unemployment assumed at 5 % of the labour force "
                       "(employment × 0.05 / 0.95 for each sex).");
  set_migrated_source (dataset, NULL, WF_TABLE_LABOUR_FORCE_GROWTH, version,
                       "each sex’s labour force grows at the employment-weighted trend growth "
                       "of its sectors.");
  from_world = g_strdup_printf ("the bundled world dataset’s values (%s).", world->id);
  by_sector = g_strdup_printf ("the bundled world dataset’s value (%s) for the same sector, "
                               "its employment-weighted mean for a sector it does not have.",
                               world->id);
  set_migrated_source (dataset, world, WF_TABLE_REPLACEMENT_RATE, version, from_world);
  set_migrated_source (dataset, world, WF_TABLE_TASK_SHARE, version, from_world);
  set_migrated_source (dataset, world, WF_TABLE_LABOUR_MARKET, version, from_world);
  set_migrated_source (dataset, world, WF_TABLE_LABOUR_COST_SHARE, version, by_sector);
  set_migrated_source (dataset, world, WF_TABLE_DIGITALISATION_TREND, version, by_sector);

  for (guint t = FIRST_VERSION_3_TABLE; t < WF_N_TABLES; t++)
    {
      if (tables->len > 0)
        g_string_append (tables, ", ");
      /* Translators: one table's name (never translated) in a list of
       * them, in quotes; use your language's quotes */
      g_string_append_printf (tables, C_("a table in a list", "“%s”"), wf_table_to_string (t));
    }

  warn_at (reader, NULL,
           /* Translators: the first %d is the old format version, %s a list of
            * table names, the last %d the current version */
           _("converted from format version %d; these tables were filled by assumption "
             "(see their sources): %s; saving writes version %d"),
           version, tables->str, WF_DOCUMENT_VERSION);
}

/* The element holding the first value of version 3 that the core refuses,
 * in the order wf_dataset_validate () checks them; NULL if none is. */
static xmlNode *
find_labour_fault (const WfDataset   *dataset,
                   const LabourNodes *nodes)
{
  for (guint s = 0; s < dataset->n_sectors; s++)
    {
      const WfSector *sector = &dataset->sectors[s];

      if (!(sector->labour_cost_share >= 0.0 && sector->labour_cost_share <= 1.0) ||
          !(sector->digitalisation_trend >= 0.0 && sector->digitalisation_trend <= 0.1))
        return nodes->sectors[s];
    }

  for (guint g = 0; g < WF_N_SEXES; g++)
    {
      double employed = wf_dataset_total_employment (dataset, (int) g);
      double force = dataset->labour_force[g];
      double unemployed = dataset->unemployed[g];

      if (!isfinite (force) || force < 0.0 || !isfinite (unemployed) || unemployed < 0.0 ||
          unemployed > force ||
          !(fabs (employed - (force - unemployed)) <= WF_DATASET_LABOUR_TOLERANCE * MAX (force, 1.0)) ||
          !(dataset->labour_force_growth[g] >= -0.1 && dataset->labour_force_growth[g] <= 0.1) ||
          !(dataset->new_work_ready[g] >= 0.0 && dataset->new_work_ready[g] <= 1.0))
        return nodes->labour_sexes[g];
    }

  if (!(dataset->replacement_rate >= 0.0 && dataset->replacement_rate <= 0.2) ||
      !(dataset->untrained_hiring_weight >= 0.0 && dataset->untrained_hiring_weight <= 1.0) ||
      !(dataset->discouragement_rate >= 0.0 && dataset->discouragement_rate <= 1.0) ||
      !(dataset->shortage_lapse_rate >= 0.0 && dataset->shortage_lapse_rate <= 1.0))
    return nodes->labour_market;

  for (guint k = 0; k < WF_N_GRADIENTS; k++)
    if (!(dataset->task_share[k] >= 0.0 && dataset->task_share[k] <= 1.0) ||
        (k == 0 && dataset->task_share[k] != 0.0))
      return nodes->task_share;

  return NULL;
}

/* Refuses a dataset the core refuses, at the element of the faulty value
 * when it is one of version 3 (whose checks come last): a copy with those
 * values filled in passes, so the fault is among them. */
static gboolean
validate_dataset (const Reader       *reader,
                  xmlNode            *node,
                  const WfDataset    *dataset,
                  const LabourNodes  *nodes,
                  GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  xmlNode *at = NULL;

  if (wf_dataset_validate (dataset, &local_error))
    return TRUE;

  if (reader->version >= 3)
    {
      g_autoptr(WfDataset) world = wf_dataset_new_world ();
      g_autoptr(WfDataset) filled = wf_dataset_copy (dataset);

      wf_io_fill_labour_force (filled);
      wf_io_fill_labour_market (filled, world);
      wf_io_fill_sectors (filled, world);
      if (wf_dataset_validate (filled, NULL))
        at = find_labour_fault (dataset, nodes);
    }

  if (at == NULL)
    return fail_at (reader, node, error, WF_IO_ERROR_RANGE, "%s", local_error->message);

  return fail_at (reader, at, error, WF_IO_ERROR_RANGE,
                  /* Translators: an element name (labour-market, sector, task-share),
                   * then the reason the value in it is refused */
                  _("in <%s>: %s"),
                  is_element (at, "sex") ? (const char *) at->parent->name : (const char *) at->name,
                  local_error->message);
}

static WfDataset *
read_dataset (const Reader  *reader,
              xmlNode       *node,
              GError       **error)
{
  g_autoptr(WfDataset) dataset = NULL;
  g_autofree xmlNode **sector_nodes = NULL;
  gboolean seen_source[WF_N_TABLES] = { FALSE, };
  gboolean seen_gradient[WF_N_GRADIENTS] = { FALSE, };
  xmlNode *skills, *sectors, *sources, *shift, *profile;
  xmlNode *task_share = NULL, *labour_market = NULL;
  LabourNodes labour_nodes = { NULL, };
  guint n_tables = reader->version >= 3 ? WF_N_TABLES : FIRST_VERSION_3_TABLE;
  gint64 base_year = 0;
  guint n_sectors, n_skills;
  guint s = 0, j = 0;

  if (!require_child (reader, node, "skills", &skills, error) ||
      !require_child (reader, node, "sectors", &sectors, error) ||
      !require_child (reader, node, "sources", &sources, error) ||
      !require_child (reader, node, "skill-shift", &shift, error) ||
      !require_child (reader, node, "automation-profile", &profile, error))
    return NULL;
  /* Version 2 has neither; a <task-share> there is an unknown element. */
  if (reader->version >= 3 &&
      (!require_child (reader, node, "task-share", &task_share, error) ||
       !require_child (reader, node, "labour-market", &labour_market, error)))
    return NULL;

  /* The dataset's tables are sectors × skills: both are bounded before
   * anything is allocated for them. */
  n_sectors = count_children (sectors, "sector");
  n_skills = count_children (skills, "skill");
  if (n_sectors > WF_DOCUMENT_MAX_SECTORS)
    {
      fail_at (reader, sectors, error, WF_IO_ERROR_TOO_LARGE,
               /* Translators: two counts */
               _("the dataset has %u sectors; at most %d are allowed"),
               n_sectors, WF_DOCUMENT_MAX_SECTORS);
      return NULL;
    }
  if (n_skills > WF_DOCUMENT_MAX_SKILLS)
    {
      fail_at (reader, skills, error, WF_IO_ERROR_TOO_LARGE,
               /* Translators: two counts */
               _("the dataset has %u skills; at most %d are allowed"),
               n_skills, WF_DOCUMENT_MAX_SKILLS);
      return NULL;
    }

  dataset = wf_dataset_new (n_sectors, n_skills);
  if (dataset->n_sectors == 0)
    {
      fail_at (reader, sectors, error, WF_IO_ERROR_SCHEMA,
               _("the dataset has no <sector>; expected at least one"));
      return NULL;
    }
  sector_nodes = g_new0 (xmlNode *, dataset->n_sectors);
  labour_nodes.sectors = sector_nodes;
  labour_nodes.task_share = task_share;
  labour_nodes.labour_market = labour_market;

  if (!require_attr (reader, node, "id", &dataset->id, error) ||
      !read_int_attr (reader, node, "base-year", TRUE, 1950, 2100, &base_year, error))
    return NULL;
  dataset->base_year = (int) base_year;
  dataset->area = get_attr (node, "area");

  FOR_EACH_ELEMENT (child, node)
    {
      if (is_element (child, "title"))
        {
          g_free (dataset->title);
          dataset->title = get_text (child);
        }
      else if (is_element (child, "edition"))
        {
          g_free (dataset->edition);
          dataset->edition = get_text (child);
        }
      else if (child == skills || child == sectors || child == sources || child == shift ||
               child == profile || child == task_share || child == labour_market)
        continue;
      else if (is_element (child, "skills") || is_element (child, "sectors") ||
               is_element (child, "sources") || is_element (child, "skill-shift") ||
               is_element (child, "automation-profile") ||
               (reader->version >= 3 &&
                (is_element (child, "task-share") || is_element (child, "labour-market"))))
        {
          fail_at (reader, child, error, WF_IO_ERROR_SCHEMA,
                   /* Translators: the name of an element that may appear once */
                   _("the dataset has a second <%s>; expected one"), (const char *) child->name);
          return NULL;
        }
      else if (!unknown_element (reader, child,
                                 reader->version >= 3
                                   ? EXPECTED ("title", "edition", "sources", "skills", "sectors", "skill-shift",
                                               "automation-profile", "task-share", "labour-market")
                                   : EXPECTED ("title", "edition", "sources", "skills", "sectors", "skill-shift",
                                               "automation-profile"), error))
        return NULL;
    }

  FOR_EACH_ELEMENT (child, sources)
    {
      if (is_element (child, "source"))
        {
          if (!read_source (reader, child, dataset, seen_source, error))
            return NULL;
        }
      else if (!unknown_element (reader, child, EXPECTED ("source"), error))
        return NULL;
    }
  for (guint t = 0; t < n_tables; t++)
    if (!seen_source[t])
      {
        fail_at (reader, sources, error, WF_IO_ERROR_INVALID,
                 /* Translators: a table id, e.g. “task-share” */
                 _("the table “%s” has no <source>; every table must say where it comes from"),
                 wf_table_to_id (t));
        return NULL;
      }

  FOR_EACH_ELEMENT (child, skills)
    {
      if (is_element (child, "skill"))
        {
          WfSkill *skill = &dataset->skills[j++];

          if (!require_attr (reader, child, "id", &skill->id, error))
            return NULL;
          FOR_EACH_ELEMENT (part, child)
            {
              if (is_element (part, "label"))
                {
                  g_free (skill->label);
                  skill->label = get_text (part);
                }
              else if (is_element (part, "taxonomy"))
                {
                  g_free (skill->taxonomy);
                  skill->taxonomy = get_text (part);
                }
              else if (!unknown_element (reader, part, EXPECTED ("label", "taxonomy"), error))
                return NULL;
            }
        }
      else if (!unknown_element (reader, child, EXPECTED ("skill"), error))
        return NULL;
    }

  FOR_EACH_ELEMENT (child, sectors)
    {
      if (is_element (child, "sector"))
        {
          WfSector *sector = &dataset->sectors[s];

          sector_nodes[s++] = child;
          if (!read_sector (reader, child, dataset, sector, error))
            return NULL;
          if (wf_dataset_find_sector (dataset, sector->id) != (int) s - 1)
            {
              fail_at (reader, child, error, WF_IO_ERROR_INVALID,
                       /* Translators: a sector id, e.g. “ECO_ISIC4_A” */
                       _("two sectors have the identifier “%s”"), sector->id);
              return NULL;
            }
        }
      else if (!unknown_element (reader, child, EXPECTED ("sector"), error))
        return NULL;
    }

  FOR_EACH_ELEMENT (child, shift)
    {
      if (is_element (child, "gradient"))
        {
          gint64 level = 0;

          if (!read_int_attr (reader, child, "level", TRUE, 0, WF_N_GRADIENTS - 1, &level, error))
            return NULL;
          if (seen_gradient[level])
            {
              fail_at (reader, child, error, WF_IO_ERROR_INVALID,
                       /* Translators: a gradient of exposure, 1 to 4 */
                       _("the skill shift of gradient %d is given twice"), (int) level);
              return NULL;
            }
          seen_gradient[level] = TRUE;
          if (!read_numbers_text (reader, child, dataset->n_skills,
                                  dataset->skill_shift + level * dataset->n_skills, error))
            return NULL;
        }
      else if (!unknown_element (reader, child, EXPECTED ("gradient"), error))
        return NULL;
    }
  for (guint k = 0; k < WF_N_GRADIENTS; k++)
    if (!seen_gradient[k])
      {
        fail_at (reader, shift, error, WF_IO_ERROR_SCHEMA,
                 /* Translators: a gradient of exposure, 1 to 4; keep <gradient level="…"> */
                 _("the skill shift has no <gradient level=\"%u\">"), k);
        return NULL;
      }

  if (!read_numbers_text (reader, profile, WF_N_GRADIENTS, dataset->automation_profile, error))
    return NULL;

  if (reader->version >= 3)
    {
      if (!read_numbers_text (reader, task_share, WF_N_GRADIENTS, dataset->task_share, error) ||
          !read_labour_market (reader, labour_market, dataset, &labour_nodes, error))
        return NULL;
    }
  else
    migrate_v2_dataset (reader, dataset);

  if (!validate_dataset (reader, node, dataset, &labour_nodes, error))
    return NULL;

  return g_steal_pointer (&dataset);
}

static gboolean
read_lever (const Reader  *reader,
            xmlNode       *node,
            WfScenario    *scenario,
            gboolean      *seen,
            GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *id = NULL;
  const WfLeverInfo *info;
  WfLever lever;

  if (!require_attr (reader, node, "id", &id, error))
    return FALSE;
  if (!wf_lever_from_id (id, &lever))
    {
      if (reader->lenient)
        {
          /* Translators: a lever id from the file */
          warn_at (reader, node, _("ignoring the lever “%s”, which this version does not know"), id);
          return TRUE;
        }
      /* Translators: a lever id from the file */
      return fail_at (reader, node, error, WF_IO_ERROR_VALUE, _("unknown lever “%s”"), id);
    }
  if (seen[lever])
    return fail_at (reader, node, error, WF_IO_ERROR_INVALID,
                    /* Translators: a lever id, e.g. “adoption-ceiling” */
                    _("the lever “%s” is set twice"), id);
  seen[lever] = TRUE;

  info = wf_lever_get_info (lever);
  scenario->low[lever] = info->low;
  scenario->high[lever] = info->high;
  if (!read_double_attr (reader, node, "value", TRUE, &scenario->values[lever], error) ||
      !read_double_attr (reader, node, "low", FALSE, &scenario->low[lever], error) ||
      !read_double_attr (reader, node, "high", FALSE, &scenario->high[lever], error))
    return FALSE;

  if (!wf_lever_check_value (lever, scenario->values[lever], &local_error))
    return fail_at (reader, node, error, WF_IO_ERROR_RANGE, "%s", local_error->message);

  return TRUE;
}

/* <origin file="…" author="…" time="…"/> (version 4) */
static void
read_origin (xmlNode    *node,
             WfScenario *scenario)
{
  g_autofree char *file = get_attr (node, "file");
  g_autofree char *author = get_attr (node, "author");
  g_autofree char *time = get_attr (node, "time");

  wf_scenario_set_origin (scenario, file, author, time);
}

/* <prediction metric="…" value="…"/> (version 4) */
static gboolean
read_prediction (const Reader  *reader,
                 xmlNode       *node,
                 WfScenario    *scenario,
                 GError       **error)
{
  g_autofree char *id = NULL;
  WfMetric metric;
  double value = NAN;

  if (!require_attr (reader, node, "metric", &id, error))
    return FALSE;
  if (!wf_metric_from_id (id, &metric))
    {
      if (reader->lenient)
        {
          /* Translators: an outcome id from the file */
          warn_at (reader, node, _("ignoring the prediction of “%s”, an outcome this version does not know"), id);
          return TRUE;
        }
      return fail_at (reader, node, error, WF_IO_ERROR_VALUE,
                      /* Translators: an outcome id from the file */
                      _("the prediction is of “%s”, which is not an outcome the application knows"), id);
    }
  if (wf_scenario_has_prediction (scenario, metric))
    return fail_at (reader, node, error, WF_IO_ERROR_INVALID,
                    /* Translators: an outcome id, e.g. “net-jobs” */
                    _("the outcome “%s” is predicted twice"), id);
  if (!read_double_attr (reader, node, "value", TRUE, &value, error))
    return FALSE;

  scenario->predictions[metric] = value;
  return TRUE;
}

static WfScenario *
read_scenario (const Reader     *reader,
               xmlNode          *node,
               const WfDataset  *dataset,
               GError          **error)
{
  g_autoptr(WfScenario) scenario = wf_scenario_new (NULL);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *seed = NULL;
  gboolean seen[WF_N_LEVERS] = { FALSE, };
  gboolean has_name = FALSE;
  gint64 horizon = 0;
  guint64 seed_value = 0;

  /* Version 4 gave each scenario an id; older files get theirs once read
   * (assign_scenario_ids). */
  if (reader->version >= 4)
    {
      g_autofree char *id = NULL;

      if (!require_attr (reader, node, "id", &id, error))
        return NULL;
      if (!wf_scenario_id_is_valid (id))
        {
          fail_at (reader, node, error, WF_IO_ERROR_VALUE,
                   /* Translators: a scenario id from the file */
                   _("the scenario id “%s” is not valid; expected 1 to 64 characters a–z, 0–9 "
                     "and “-”, starting with a letter"), id);
          return NULL;
        }
      wf_scenario_set_id (scenario, id);
    }

  if (!require_attr (reader, node, "seed", &seed, error) ||
      !read_int_attr (reader, node, "horizon", TRUE, G_MININT, G_MAXINT, &horizon, error))
    return NULL;
  g_strstrip (seed);
  if (!g_ascii_string_to_unsigned (seed, 10, 0, G_MAXUINT64, &seed_value, NULL))
    {
      fail_at (reader, node, error, WF_IO_ERROR_VALUE,
               /* Translators: what the file gives as the seed; keep “seed” and <scenario> */
               _("the attribute “seed” of <scenario> is “%s”; expected a whole number of zero or more"),
               seed);
      return NULL;
    }
  scenario->seed = seed_value;
  scenario->horizon = (int) horizon;

  FOR_EACH_ELEMENT (child, node)
    {
      if (is_element (child, "name"))
        {
          g_autofree char *name = get_text (child);

          wf_scenario_set_name (scenario, name);
          has_name = TRUE;
        }
      else if (is_element (child, "description"))
        {
          g_autofree char *description = get_text (child);

          wf_scenario_set_description (scenario, description);
        }
      else if (is_element (child, "lever"))
        {
          if (!read_lever (reader, child, scenario, seen, error))
            return NULL;
        }
      else if (reader->version >= 4 && is_element (child, "origin"))
        read_origin (child, scenario);
      else if (reader->version >= 4 && is_element (child, "prediction"))
        {
          if (!read_prediction (reader, child, scenario, error))
            return NULL;
        }
      else if (!unknown_element (reader, child,
                                 reader->version >= 4
                                   ? EXPECTED ("name", "description", "origin", "lever", "prediction")
                                   : EXPECTED ("name", "description", "lever"), error))
        return NULL;
    }

  if (!has_name)
    {
      fail_at (reader, node, error, WF_IO_ERROR_SCHEMA, _("the scenario has no <name>"));
      return NULL;
    }
  for (guint i = 0; i < WF_N_LEVERS; i++)
    if (!seen[i])
      /* Translators: a scenario’s name, then a lever id */
      warn_at (reader, node, _("the scenario “%s” does not set the lever “%s”; using its default"),
               scenario->name, wf_lever_get_id (i));

  /* Versions before 4 did not ask a value to lie inside its uncertainty
   * range: the range is widened to hold it, with a warning, as moving the
   * lever in the application does. From version 4 on it is an error. */
  for (guint i = 0; reader->version < 4 && i < WF_N_LEVERS; i++)
    if (isfinite (scenario->values[i]) && isfinite (scenario->low[i]) &&
        isfinite (scenario->high[i]) &&
        (scenario->values[i] < scenario->low[i] || scenario->values[i] > scenario->high[i]))
      {
        warn_at (reader, node,
                 /* Translators: a scenario name, a lever id, its value, its range */
                 _("the scenario “%s” sets the lever “%s” to %g, outside its uncertainty range of %g to %g; "
                   "the range is widened to hold it"),
                 scenario->name, wf_lever_get_id (i), scenario->values[i], scenario->low[i],
                 scenario->high[i]);
        wf_scenario_set_value (scenario, i, scenario->values[i]);
      }

  if (!wf_scenario_validate_stored (scenario, dataset->base_year, &local_error))
    {
      fail_at (reader, node, error, WF_IO_ERROR_RANGE, _("scenario “%s”: %s"),
               scenario->name, local_error->message);
      return NULL;
    }

  return g_steal_pointer (&scenario);
}

/* A compared scenario: by id since version 4 (one the file does not have
 * is refused), by name before (one it does not have is dropped). In
 * memory the view names the scenarios it compares. */
static gboolean
read_compare (const Reader  *reader,
              xmlNode       *node,
              WfDocument    *document,
              GError       **error)
{
  const WfScenario *scenario;
  int index;

  if (reader->version >= 4)
    {
      g_autofree char *id = NULL;

      if (!require_attr (reader, node, "scenario", &id, error))
        return FALSE;
      index = wf_document_find_scenario_by_id (document, id);
      if (index < 0)
        {
          if (!reader->lenient)
            return fail_at (reader, node, error, WF_IO_ERROR_INVALID,
                            /* Translators: a scenario id from the file */
                            _("the view compares the scenario “%s”, which the file does not have"), id);
          /* Translators: a scenario id from the file */
          warn_at (reader, node, _("ignoring the comparison with “%s”, a scenario the file does not have"), id);
          return TRUE;
        }
    }
  else
    {
      g_autofree char *name = get_text (node);

      index = wf_document_find_scenario (document, name);
      if (index < 0)
        {
          /* Translators: a scenario name from the file */
          warn_at (reader, node, _("ignoring the comparison with “%s”, a scenario the file does not have"), name);
          return TRUE;
        }
    }

  scenario = g_ptr_array_index (document->scenarios, index);
  for (guint i = 0; i < document->view.compared->len; i++)
    if (g_strcmp0 (g_ptr_array_index (document->view.compared, i), scenario->name) == 0)
      return TRUE;
  g_ptr_array_add (document->view.compared, g_strdup (scenario->name));
  return TRUE;
}

static gboolean
read_view (const Reader  *reader,
           xmlNode       *node,
           WfDocument    *document,
           GError       **error)
{
  g_autofree char *lens = get_attr (node, "lens");
  g_autofree char *difference = get_attr (node, "difference");
  g_autofree char *metric = get_attr (node, "metric");
  gint64 current = 0;

  document->view.chart = get_attr (node, "chart");
  document->view.sector_filter = get_attr (node, "sector");
  if (lens != NULL && !wf_lens_from_id (lens, &document->view.lens))
    {
      if (!reader->lenient)
        return fail_at (reader, node, error, WF_IO_ERROR_VALUE,
                        /* Translators: what the file gives as the lens; keep total, women, men and gap (ids) */
                        _("the lens “%s” is not one of total, women, men or gap"), lens);
      /* Translators: what the file gives as the lens */
      warn_at (reader, node, _("ignoring the unknown lens “%s”"), lens);
    }
  if (difference != NULL)
    {
      if (g_strcmp0 (difference, "true") == 0)
        document->view.difference = TRUE;
      else if (g_strcmp0 (difference, "false") != 0)
        {
          if (!reader->lenient)
            return fail_at (reader, node, error, WF_IO_ERROR_VALUE,
                            /* Translators: what the file gives for the attribute “difference”; keep difference, true and false */
                            _("difference is “%s”, not true or false"), difference);
          /* Translators: what the file gives for the attribute “difference”; keep difference, true and false */
          warn_at (reader, node, _("ignoring difference “%s”, which is not true or false"), difference);
        }
    }
  if (metric != NULL && !wf_metric_from_id (metric, &document->view.metric))
    {
      if (!reader->lenient)
        return fail_at (reader, node, error, WF_IO_ERROR_VALUE,
                        /* Translators: what the file gives as the outcome */
                        _("the outcome “%s” is not one the charts explain"), metric);
      /* Translators: what the file gives as the outcome */
      warn_at (reader, node, _("ignoring the unknown outcome “%s”"), metric);
    }
  if (!read_int_attr (reader, node, "current-scenario", FALSE, 0, G_MAXINT, &current, error))
    return FALSE;
  if (current >= document->scenarios->len)
    return fail_at (reader, node, error, WF_IO_ERROR_RANGE,
                    /* Translators: the number of the current scenario, then how many
                     * scenarios the file has */
                    _("the current scenario is number %d, but the file has only %u scenarios "
                      "(counted from 0)"), (int) current, document->scenarios->len);
  document->view.current_scenario = (guint) current;

  FOR_EACH_ELEMENT (child, node)
    {
      if (is_element (child, "compare"))
        {
          if (!read_compare (reader, child, document, error))
            return FALSE;
        }
      else if (!unknown_element (reader, child, EXPECTED ("compare"), error))
        return FALSE;
    }

  return TRUE;
}

/* Version 4: ids and names are unique; a duplicate is refused, naming
 * both lines. */
static gboolean
check_scenarios_unique (const Reader  *reader,
                        WfDocument    *document,
                        GPtrArray     *nodes,
                        GError       **error)
{
  for (guint i = 1; i < document->scenarios->len; i++)
    for (guint j = 0; j < i; j++)
      {
        const WfScenario *a = g_ptr_array_index (document->scenarios, j);
        const WfScenario *b = g_ptr_array_index (document->scenarios, i);
        int first_line = (int) xmlGetLineNo (g_ptr_array_index (nodes, j));

        if (g_strcmp0 (a->id, b->id) == 0)
          return fail_at (reader, g_ptr_array_index (nodes, i), error, WF_IO_ERROR_INVALID,
                          /* Translators: a scenario id, then a line number */
                          _("the scenario id “%s” is already that of the scenario on line %d; "
                            "each scenario needs its own id"), b->id, first_line);
        if (g_strcmp0 (a->name, b->name) == 0)
          return fail_at (reader, g_ptr_array_index (nodes, i), error, WF_IO_ERROR_INVALID,
                          /* Translators: a scenario name, then a line number */
                          _("the scenario name “%s” is already that of the scenario on line %d; "
                            "each scenario needs its own name"), b->name, first_line);
      }

  return TRUE;
}

/* The preset a scenario of an older file is: its values are those of the
 * preset and its name is the preset's English name. */
static gboolean
find_preset_of (const WfScenario *scenario,
                WfPreset         *out)
{
  for (guint p = 0; p < WF_N_PRESETS; p++)
    {
      g_autoptr(WfScenario) preset = wf_scenario_new_preset (p);

      if (g_strcmp0 (scenario->name, wf_preset_get_english_name (p)) == 0 &&
          memcmp (scenario->values, preset->values, sizeof preset->values) == 0)
        {
          *out = p;
          return TRUE;
        }
    }

  return FALSE;
}

/* Migration to version 4 (of files of versions 1 to 3): a scenario that is
 * a preset gets the preset's id, every other one "scenario", "scenario-2",
 * …, in the order of the file; a name already taken by an earlier scenario
 * gets " (2)", " (3)", … with a warning, so that names are unique. */
static void
migrate_scenario_names_and_ids (const Reader *reader,
                                WfDocument   *document,
                                GPtrArray    *nodes)
{
  g_autoptr(GPtrArray) scenarios = g_steal_pointer (&document->scenarios);

  document->scenarios = g_ptr_array_new_with_free_func ((GDestroyNotify) wf_scenario_free);
  for (guint i = 0; i < scenarios->len; i++)
    {
      WfScenario *scenario = g_steal_pointer (&scenarios->pdata[i]);
      WfPreset preset;

      if (wf_document_find_scenario (document, scenario->name) >= 0)
        {
          g_autofree char *unique = NULL;

          for (guint n = 2; unique == NULL || wf_document_find_scenario (document, unique) >= 0; n++)
            {
              g_free (unique);
              /* Translators: a scenario's name made unique: the name, then a number from 2 */
              unique = g_strdup_printf (_("%s (%u)"), scenario->name, n);
            }
          warn_at (reader, g_ptr_array_index (nodes, i),
                   /* Translators: a scenario's name, then the name it now has */
                   _("a scenario before this one is also named “%s”; this one is now “%s”"),
                   scenario->name, unique);
          wf_scenario_set_name (scenario, unique);
        }

      wf_scenario_set_id (scenario, find_preset_of (scenario, &preset)
                                      ? wf_preset_get_id (preset) : "scenario");
      wf_document_add_scenario (document, scenario);
    }
  g_ptr_array_set_free_func (scenarios, NULL);
}

static WfDocument *
read_document (const Reader  *reader,
               xmlNode       *root,
               GError       **error)
{
  g_autoptr(WfDocument) document = wf_document_new ();
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();   /* each scenario's element */
  xmlNode *dataset_node, *scenarios_node, *view_node = NULL;

  if (!require_child (reader, root, "dataset", &dataset_node, error) ||
      !require_child (reader, root, "scenarios", &scenarios_node, error))
    return NULL;

  FOR_EACH_ELEMENT (child, root)
    {
      if (is_element (child, "metadata"))
        {
          if (!read_metadata (reader, child, &document->metadata, error))
            return NULL;
        }
      else if (child == dataset_node || child == scenarios_node)
        continue;
      else if (is_element (child, "view"))
        view_node = child;
      else if (is_element (child, "dataset") || is_element (child, "scenarios"))
        {
          fail_at (reader, child, error, WF_IO_ERROR_SCHEMA,
                   /* Translators: the name of an element that may appear once */
                   _("the file has a second <%s>; expected one"), (const char *) child->name);
          return NULL;
        }
      else if (!unknown_element (reader, child,
                                 EXPECTED ("metadata", "dataset", "scenarios", "view"), error))
        return NULL;
    }

  document->dataset = read_dataset (reader, dataset_node, error);
  if (document->dataset == NULL)
    return NULL;

  if (count_children (scenarios_node, "scenario") > WF_DOCUMENT_MAX_SCENARIOS)
    {
      fail_at (reader, scenarios_node, error, WF_IO_ERROR_TOO_LARGE,
               /* Translators: two counts */
               _("the file has %u scenarios; at most %d are allowed"),
               count_children (scenarios_node, "scenario"), WF_DOCUMENT_MAX_SCENARIOS);
      return NULL;
    }

  FOR_EACH_ELEMENT (child, scenarios_node)
    {
      if (is_element (child, "scenario"))
        {
          WfScenario *scenario = read_scenario (reader, child, document->dataset, error);

          if (scenario == NULL)
            return NULL;
          g_ptr_array_add (document->scenarios, scenario);
          g_ptr_array_add (nodes, child);
        }
      else if (!unknown_element (reader, child, EXPECTED ("scenario"), error))
        return NULL;
    }
  if (document->scenarios->len == 0)
    {
      fail_at (reader, scenarios_node, error, WF_IO_ERROR_SCHEMA,
               _("the file has no <scenario>; expected at least one"));
      return NULL;
    }

  if (reader->version >= 4)
    {
      if (!check_scenarios_unique (reader, document, nodes, error))
        return NULL;
    }
  else
    {
      migrate_scenario_names_and_ids (reader, document, nodes);
      /* Version 2's own warning already says what saving writes. */
      if (reader->version == 3)
        warn_at (reader, NULL,
                 /* Translators: %d is the current format version */
                 _("converted from format version 3: each scenario was given an id (a preset’s "
                   "own, or “scenario”, “scenario-2”, …); saving writes version %d"),
                 WF_DOCUMENT_VERSION);
    }

  if (view_node != NULL && !read_view (reader, view_node, document, error))
    return NULL;

  return g_steal_pointer (&document);
}

/* Version 1: the title and author at the top, a reference to the bundled
 * dataset, and scenarios whose percentage levers are fractions. */

static void
centre_range (WfScenario *scenario,
              WfLever     lever)
{
  const WfLeverInfo *info = wf_lever_get_info (lever);
  double value = scenario->values[lever];

  scenario->low[lever] = CLAMP (value - (info->default_value - info->low), info->min, info->max);
  scenario->high[lever] = CLAMP (value + (info->high - info->default_value), info->min, info->max);
}

static gboolean
lever_is_percentage (WfLever lever)
{
  return g_str_has_prefix (wf_lever_get_info (lever)->unit, "%");
}

static WfScenario *
migrate_v1_scenario (const Reader  *reader,
                     xmlNode       *node,
                     int            base_year,
                     GError       **error)
{
  g_autoptr(WfScenario) scenario = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *seed = get_attr (node, "seed");
  gint64 horizon = WF_DEFAULT_HORIZON;

  if (!require_attr (reader, node, "name", &name, error) ||
      !read_int_attr (reader, node, "horizon", FALSE, G_MININT, G_MAXINT, &horizon, error))
    return NULL;

  scenario = wf_scenario_new (name);
  scenario->horizon = (int) horizon;
  if (seed != NULL &&
      !g_ascii_string_to_unsigned (g_strstrip (seed), 10, 0, G_MAXUINT64, &scenario->seed, NULL))
    {
      fail_at (reader, node, error, WF_IO_ERROR_VALUE,
               /* Translators: what the file gives as the seed; keep “seed” and <scenario> */
               _("the attribute “seed” of <scenario> is “%s”; expected a whole number of zero or more"),
               seed);
      return NULL;
    }

  FOR_EACH_ELEMENT (child, node)
    {
      if (is_element (child, "description"))
        {
          g_autofree char *description = get_text (child);

          wf_scenario_set_description (scenario, description);
        }
      else if (is_element (child, "lever"))
        {
          g_autofree char *id = NULL;
          double value = 0.0;
          WfLever lever;

          if (!require_attr (reader, child, "name", &id, error) ||
              !read_double_attr (reader, child, "value", TRUE, &value, error))
            return NULL;
          if (!wf_lever_from_id (id, &lever))
            {
              /* Translators: a lever id from the file */
              fail_at (reader, child, error, WF_IO_ERROR_VALUE, _("unknown lever “%s”"), id);
              return NULL;
            }
          if (lever_is_percentage (lever))
            {
              /* Version 1 kept percentages as fractions; drop the binary
               * noise of the conversion (0.07 * 100 = 7.000000000000001). */
              double percent = value * 100.0;
              double rounded = round (percent * 1e6) / 1e6;

              value = fabs (rounded - percent) < 1e-9 ? rounded : percent;
            }
          if (!wf_lever_check_value (lever, value, &local_error))
            {
              fail_at (reader, child, error, WF_IO_ERROR_RANGE, "%s", local_error->message);
              return NULL;
            }
          scenario->values[lever] = value;
          centre_range (scenario, lever);
        }
      else if (!unknown_element (reader, child, EXPECTED ("description", "lever"), error))
        return NULL;
    }

  if (!wf_scenario_validate (scenario, base_year, &local_error))
    {
      /* Translators: a scenario’s name, then what is wrong with it */
      fail_at (reader, node, error, WF_IO_ERROR_RANGE, _("scenario “%s”: %s"),
               scenario->name, local_error->message);
      return NULL;
    }

  return g_steal_pointer (&scenario);
}

static WfDocument *
migrate_v1 (const Reader  *reader,
            xmlNode       *root,
            GError       **error)
{
  g_autoptr(WfDocument) document = wf_document_new ();
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();   /* each scenario's element */
  gboolean has_dataset = FALSE;

  document->dataset = wf_dataset_new_world ();

  FOR_EACH_ELEMENT (child, root)
    {
      if (is_element (child, "title"))
        document->metadata.title = get_text (child);
      else if (is_element (child, "author"))
        document->metadata.author = get_text (child);
      else if (is_element (child, "dataset"))
        {
          g_autofree char *ref = NULL;

          if (!require_attr (reader, child, "ref", &ref, error))
            return NULL;
          if (g_strcmp0 (ref, document->dataset->id) != 0)
            {
              fail_at (reader, child, error, WF_IO_ERROR_VERSION,
                       /* Translators: the dataset the file names, then the id of the bundled dataset */
                       _("the version-1 file refers to the dataset “%s”; "
                         "only the bundled “%s” can be migrated"), ref, document->dataset->id);
              return NULL;
            }
          has_dataset = TRUE;
        }
      else if (is_element (child, "scenario"))
        {
          WfScenario *scenario;

          g_ptr_array_add (nodes, child);
          scenario = migrate_v1_scenario (reader, child, document->dataset->base_year, error);

          if (scenario == NULL)
            return NULL;
          g_ptr_array_add (document->scenarios, scenario);
        }
      else if (!unknown_element (reader, child,
                                 EXPECTED ("title", "author", "dataset", "scenario"), error))
        return NULL;
    }

  if (!has_dataset)
    {
      fail_at (reader, root, error, WF_IO_ERROR_SCHEMA,
               _("the version-1 file has no <dataset ref=\"…\">"));
      return NULL;
    }
  if (document->scenarios->len == 0)
    {
      fail_at (reader, root, error, WF_IO_ERROR_SCHEMA,
               _("the file has no <scenario>; expected at least one"));
      return NULL;
    }
  migrate_scenario_names_and_ids (reader, document, nodes);

  warn_at (reader, NULL,
           /* Translators: the format version written now */
           _("converted from format version 1; saving writes version %d"), WF_DOCUMENT_VERSION);
  return g_steal_pointer (&document);
}

/* Public API: loading */

/**
 * wf_document_load_bytes_full:
 * @bytes: the file's contents
 * @display_name: the name errors and warnings use (the file's name)
 * @warnings: (out) (optional) (element-type utf8): warnings, such as
 *   elements of a newer version that were ignored
 * @error: return location for an error
 *
 * Parses and checks a .foresight document. Nothing is shared with any
 * existing document, so a failure leaves the caller's state as it was.
 *
 * Returns: (transfer full): the document, or %NULL with @error set (in the
 *   %WF_IO_ERROR domain, its message naming the file and the line)
 */
WfDocument *
wf_document_load_bytes_full (GBytes      *bytes,
                             const char  *display_name,
                             GPtrArray  **warnings,
                             GError     **error)
{
  g_autoptr(GPtrArray) collected = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(WfDocument) document = NULL;
  g_autofree char *version_text = NULL;
  Reader reader = { .warnings = collected };
  xmlNode *root;
  gint64 version = 0;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  reader.name = display_name ? display_name : "<memory>";

  doc = parse_xml (bytes, reader.name, error);
  if (doc == NULL)
    return NULL;

  root = xmlDocGetRootElement (doc);
  if (root == NULL || strcmp ((const char *) root->name, "foresight") != 0 || !in_namespace (root))
    {
      fail_at (&reader, root, error, WF_IO_ERROR_NAMESPACE,
               /* Translators: an element name, a namespace, the expected namespace */
               _("the document is <%s> in the namespace “%s”; expected <foresight> in “%s”"),
               root ? (const char *) root->name : "", root && root->ns && root->ns->href
                 ? (const char *) root->ns->href : "", WF_DOCUMENT_NAMESPACE);
      return NULL;
    }

  version_text = get_attr (root, "version");
  if (version_text == NULL ||
      !g_ascii_string_to_signed (g_strstrip (version_text), 10, 1, G_MAXINT, &version, NULL))
    {
      fail_at (&reader, root, error, WF_IO_ERROR_VERSION,
               /* Translators: what the file gives as its version, then the current version */
               _("the format version is “%s”; expected a whole number such as “%d”"),
               version_text ? version_text : "", WF_DOCUMENT_VERSION);
      return NULL;
    }

  reader.version = (int) version;
  if (version == 1)
    document = migrate_v1 (&reader, root, error);
  else
    {
      /* Version 2 is read as it was written, then migrated (see
       * migrate_v2_dataset); newer versions are read leniently. */
      if (version > WF_DOCUMENT_VERSION)
        {
          reader.lenient = TRUE;
          warn_at (&reader, root,
                   /* Translators: the file's format version, then the one this version writes */
                   _("the file has format version %d, newer than this application’s %d; "
                     "what this version does not know is ignored"),
                   (int) version, WF_DOCUMENT_VERSION);
        }
      document = read_document (&reader, root, error);

      /* The reader's own checks come first because they say precisely what
       * is wrong; the schema of the file's version is then the final gate
       * for a current file and for a version-2 one. */
      if (document != NULL && (version == WF_DOCUMENT_VERSION || version == 2 || version == 3) &&
          !validate_schema (doc, (int) version, reader.name, error))
        return NULL;
    }

  if (document == NULL)
    return NULL;

  if (version > WF_DOCUMENT_VERSION)
    document->read_only_reason =
      /* Translators: the file's format version, then the one this version writes */
      g_strdup_printf (_("it was made by a newer version of Workforce Foresight (file format %d; "
                         "this version writes %d), and saving would drop what this version does not know"),
                       (int) version, WF_DOCUMENT_VERSION);

  if (warnings != NULL)
    *warnings = g_steal_pointer (&collected);

  return g_steal_pointer (&document);
}

/**
 * wf_document_bytes_get_version:
 * @bytes: a file's contents
 * @display_name: the name errors use
 * @error: return location for an error
 *
 * Reads only the format version of a .foresight document (with the same
 * limits and safety as the loader), e.g. to refuse a newer file that the
 * loader would read leniently.
 *
 * Returns: the version, or 0 with @error set
 */
int
wf_document_bytes_get_version (GBytes      *bytes,
                               const char  *display_name,
                               GError     **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  g_autofree char *version_text = NULL;
  Reader reader = { .name = display_name ? display_name : "<memory>" };
  xmlNode *root;
  gint64 version = 0;

  g_return_val_if_fail (bytes != NULL, 0);

  doc = parse_xml (bytes, reader.name, error);
  if (doc == NULL)
    return 0;
  root = xmlDocGetRootElement (doc);
  if (root != NULL)
    version_text = get_attr (root, "version");
  if (root == NULL || !in_namespace (root) || version_text == NULL ||
      !g_ascii_string_to_signed (g_strstrip (version_text), 10, 1, G_MAXINT, &version, NULL))
    {
      fail_at (&reader, root, error, WF_IO_ERROR_VERSION,
               /* Translators: what the file gives as its version, then the current version */
               _("the format version is “%s”; expected a whole number such as “%d”"),
               version_text ? version_text : "", WF_DOCUMENT_VERSION);
      return 0;
    }

  return (int) version;
}

/**
 * wf_document_load_bytes:
 * @bytes: the file's contents
 * @display_name: the name errors use
 * @error: return location for an error
 *
 * Like wf_document_load_bytes_full(), logging warnings as messages.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
WfDocument *
wf_document_load_bytes (GBytes      *bytes,
                        const char  *display_name,
                        GError     **error)
{
  g_autoptr(GPtrArray) warnings = NULL;
  WfDocument *document = wf_document_load_bytes_full (bytes, display_name, &warnings, error);

  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    g_message ("%s", (const char *) g_ptr_array_index (warnings, i));

  return document;
}

/* The file's bytes, at most WF_DOCUMENT_MAX_SIZE of them: the bound is
 * checked while reading, not by the size the file claims, so a growing
 * file cannot get past it. Only a regular file is read: a pipe, a device
 * (/dev/zero) or a folder is refused before it is opened. */
static GBytes *
load_contents (GFile   *file,
               char    *name,
               GError **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GByteArray) data = g_byte_array_new ();
  guint8 buffer[65536];

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                            NULL, &local_error);
  if (info == NULL)
    {
      g_set_error (error, WF_IO_ERROR, WF_IO_ERROR_IO,
                   /* Translators: file name, then the system's explanation */
                   _("%s: could not read the file: %s"), name, local_error->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, WF_IO_ERROR, WF_IO_ERROR_IO,
                   /* Translators: %s is a file name */
                   _("%s: not a regular file (a folder, a device or a pipe); expected a .foresight file"),
                   name);
      return NULL;
    }

  stream = g_file_read (file, NULL, &local_error);
  if (stream == NULL)
    {
      g_set_error (error, WF_IO_ERROR, WF_IO_ERROR_IO,
                   /* Translators: file name, then the system's explanation */
                   _("%s: could not read the file: %s"), name, local_error->message);
      return NULL;
    }

  for (;;)
    {
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), buffer, sizeof buffer, NULL,
                                      &local_error);

      if (n < 0)
        {
          g_set_error (error, WF_IO_ERROR, WF_IO_ERROR_IO,
                       /* Translators: file name, then the system's explanation */
                       _("%s: could not read the file: %s"), name, local_error->message);
          return NULL;
        }
      if (n == 0)
        break;
      if (data->len + (gsize) n > WF_DOCUMENT_MAX_SIZE)
        {
          g_autofree char *message =
            g_strdup_printf (_("the file is larger than %d MiB, the limit for a .foresight file"),
                             WF_DOCUMENT_MAX_SIZE / (1024 * 1024));

          set_error_at (error, WF_IO_ERROR_TOO_LARGE, name, 0, 0, message);
          return NULL;
        }
      g_byte_array_append (data, buffer, (guint) n);
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/**
 * wf_document_load_file_full:
 * @file: a .foresight file
 * @warnings: (out) (optional) (element-type utf8): warnings
 * @error: return location for an error
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
WfDocument *
wf_document_load_file_full (GFile      *file,
                            GPtrArray **warnings,
                            GError    **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  bytes = load_contents (file, name, error);
  if (bytes == NULL)
    return NULL;

  return wf_document_load_bytes_full (bytes, name, warnings, error);
}

WfDocument *
wf_document_load_file (GFile   *file,
                       GError **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  bytes = load_contents (file, name, error);
  if (bytes == NULL)
    return NULL;

  return wf_document_load_bytes (bytes, name, error);
}

/* Writing */

static void
indent (GString *out,
        int      level)
{
  for (int i = 0; i < level; i++)
    g_string_append (out, "  ");
}

static void
write_text_element (GString    *out,
                    int         level,
                    const char *name,
                    const char *text)
{
  if (text == NULL)
    return;

  indent (out, level);
  g_string_append_printf (out, "<%s>", name);
  wf_io_append_xml (out, text, FALSE);
  g_string_append_printf (out, "</%s>\n", name);
}

static void
write_attr (GString    *out,
            const char *name,
            const char *value)
{
  if (value == NULL)
    return;

  g_string_append_printf (out, " %s=\"", name);
  wf_io_append_xml (out, value, TRUE);
  g_string_append_c (out, '"');
}

static void
write_double_attr (GString    *out,
                   const char *name,
                   double      value)
{
  g_string_append_printf (out, " %s=\"", name);
  wf_io_append_double (out, value);
  g_string_append_c (out, '"');
}

static void
write_numbers (GString      *out,
               const double *values,
               guint         n)
{
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      wf_io_append_double (out, values[i]);
    }
}

static void
write_dataset (GString         *out,
               const WfDataset *dataset)
{
  indent (out, 1);
  g_string_append (out, "<dataset");
  write_attr (out, "id", dataset->id);
  g_string_append_printf (out, " base-year=\"%d\"", dataset->base_year);
  write_attr (out, "area", dataset->area);
  g_string_append (out, ">\n");
  write_text_element (out, 2, "title", dataset->title);
  write_text_element (out, 2, "edition", dataset->edition);

  indent (out, 2);
  g_string_append (out, "<sources>\n");
  for (guint t = 0; t < WF_N_TABLES; t++)
    {
      const WfSource *source = &dataset->sources[t];

      indent (out, 3);
      g_string_append (out, "<source");
      write_attr (out, "table", wf_table_to_id (t));
      write_attr (out, "provenance", wf_provenance_to_tag (source->provenance));
      if (source->citation == NULL && source->note == NULL)
        {
          g_string_append (out, "/>\n");
          continue;
        }
      g_string_append (out, ">\n");
      write_text_element (out, 4, "citation", source->citation);
      write_text_element (out, 4, "note", source->note);
      indent (out, 3);
      g_string_append (out, "</source>\n");
    }
  indent (out, 2);
  g_string_append (out, "</sources>\n");

  indent (out, 2);
  if (dataset->n_skills == 0)
    g_string_append (out, "<skills/>\n");
  else
    {
      g_string_append (out, "<skills>\n");
      for (guint j = 0; j < dataset->n_skills; j++)
        {
          const WfSkill *skill = &dataset->skills[j];

          indent (out, 3);
          g_string_append (out, "<skill");
          write_attr (out, "id", skill->id);
          g_string_append (out, ">\n");
          write_text_element (out, 4, "label", skill->label);
          write_text_element (out, 4, "taxonomy", skill->taxonomy);
          indent (out, 3);
          g_string_append (out, "</skill>\n");
        }
      indent (out, 2);
      g_string_append (out, "</skills>\n");
    }

  indent (out, 2);
  g_string_append (out, "<sectors>\n");
  for (guint s = 0; s < dataset->n_sectors; s++)
    {
      const WfSector *sector = &dataset->sectors[s];

      indent (out, 3);
      g_string_append (out, "<sector");
      write_attr (out, "id", sector->id);
      write_double_attr (out, "trend-growth", sector->trend_growth);
      write_double_attr (out, "elasticity", sector->elasticity);
      write_double_attr (out, "sme-share", sector->sme_share);
      write_double_attr (out, "labour-cost-share", sector->labour_cost_share);
      write_double_attr (out, "digitalisation-trend", sector->digitalisation_trend);
      g_string_append (out, ">\n");
      write_text_element (out, 4, "label", sector->label);
      for (guint g = 0; g < WF_N_SEXES; g++)
        {
          indent (out, 4);
          g_string_append (out, "<sex");
          write_attr (out, "id", wf_sex_to_id (g));
          write_double_attr (out, "employment", sector->employment[g]);
          g_string_append (out, " exposure=\"");
          write_numbers (out, sector->exposure[g], WF_N_GRADIENTS);
          g_string_append_c (out, '"');
          write_double_attr (out, "digital-requirement", sector->digital_requirement[g]);
          write_double_attr (out, "digital-workforce", sector->digital_workforce[g]);
          g_string_append (out, "/>\n");
        }
      indent (out, 4);
      g_string_append (out, "<skill-intensity>");
      write_numbers (out, sector->skill_intensity, dataset->n_skills);
      g_string_append (out, "</skill-intensity>\n");
      indent (out, 3);
      g_string_append (out, "</sector>\n");
    }
  indent (out, 2);
  g_string_append (out, "</sectors>\n");

  indent (out, 2);
  g_string_append (out, "<skill-shift>\n");
  for (guint k = 0; k < WF_N_GRADIENTS; k++)
    {
      indent (out, 3);
      g_string_append_printf (out, "<gradient level=\"%u\">", k);
      write_numbers (out, dataset->skill_shift + k * dataset->n_skills, dataset->n_skills);
      g_string_append (out, "</gradient>\n");
    }
  indent (out, 2);
  g_string_append (out, "</skill-shift>\n");

  indent (out, 2);
  g_string_append (out, "<automation-profile>");
  write_numbers (out, dataset->automation_profile, WF_N_GRADIENTS);
  g_string_append (out, "</automation-profile>\n");

  indent (out, 2);
  g_string_append (out, "<task-share>");
  write_numbers (out, dataset->task_share, WF_N_GRADIENTS);
  g_string_append (out, "</task-share>\n");

  indent (out, 2);
  g_string_append (out, "<labour-market");
  write_double_attr (out, "replacement-rate", dataset->replacement_rate);
  write_double_attr (out, "untrained-hiring-weight", dataset->untrained_hiring_weight);
  write_double_attr (out, "discouragement-rate", dataset->discouragement_rate);
  write_double_attr (out, "shortage-lapse-rate", dataset->shortage_lapse_rate);
  g_string_append (out, ">\n");
  for (guint g = 0; g < WF_N_SEXES; g++)
    {
      indent (out, 3);
      g_string_append (out, "<sex");
      write_attr (out, "id", wf_sex_to_id (g));
      write_double_attr (out, "labour-force", dataset->labour_force[g]);
      write_double_attr (out, "unemployed", dataset->unemployed[g]);
      write_double_attr (out, "labour-force-growth", dataset->labour_force_growth[g]);
      write_double_attr (out, "new-work-ready", dataset->new_work_ready[g]);
      g_string_append (out, "/>\n");
    }
  indent (out, 2);
  g_string_append (out, "</labour-market>\n");

  indent (out, 1);
  g_string_append (out, "</dataset>\n");
}

static void
write_scenario (GString          *out,
                const WfScenario *scenario)
{
  const WfScenarioOrigin *origin = &scenario->origin;

  indent (out, 2);
  g_string_append (out, "<scenario");
  write_attr (out, "id", scenario->id);
  g_string_append_printf (out, " seed=\"%" G_GUINT64_FORMAT "\" horizon=\"%d\">\n",
                          scenario->seed, scenario->horizon);
  write_text_element (out, 3, "name", scenario->name);
  write_text_element (out, 3, "description", scenario->description ? scenario->description : "");
  if (origin->file != NULL || origin->author != NULL || origin->time != NULL)
    {
      indent (out, 3);
      g_string_append (out, "<origin");
      write_attr (out, "file", origin->file);
      write_attr (out, "author", origin->author);
      write_attr (out, "time", origin->time);
      g_string_append (out, "/>\n");
    }
  for (guint i = 0; i < WF_N_LEVERS; i++)
    {
      indent (out, 3);
      g_string_append (out, "<lever");
      write_attr (out, "id", wf_lever_get_id (i));
      write_double_attr (out, "value", scenario->values[i]);
      write_double_attr (out, "low", scenario->low[i]);
      write_double_attr (out, "high", scenario->high[i]);
      g_string_append (out, "/>\n");
    }
  for (guint m = 0; m < WF_N_METRICS; m++)
    if (wf_scenario_has_prediction (scenario, m))
      {
        indent (out, 3);
        g_string_append (out, "<prediction");
        write_attr (out, "metric", wf_metric_to_id (m));
        write_double_attr (out, "value", scenario->predictions[m]);
        g_string_append (out, "/>\n");
      }
  indent (out, 2);
  g_string_append (out, "</scenario>\n");
}

/* The checks a loader makes, so that every file written can be read. */
static gboolean
check_writable (const WfDocument  *self,
                GError           **error)
{
  g_autoptr(GError) local_error = NULL;

  if (self->dataset == NULL || self->scenarios->len == 0)
    {
      g_set_error_literal (error, WF_IO_ERROR, WF_IO_ERROR_INVALID,
                           _("A document needs a dataset and at least one scenario to be saved"));
      return FALSE;
    }
  if (!wf_dataset_validate (self->dataset, &local_error))
    {
      /* Translators: why the dataset cannot be saved */
      g_set_error (error, WF_IO_ERROR, WF_IO_ERROR_RANGE, _("The dataset cannot be saved: %s"),
                   local_error->message);
      return FALSE;
    }
  for (guint i = 0; i < self->scenarios->len; i++)
    {
      const WfScenario *scenario = g_ptr_array_index (self->scenarios, i);

      if (!wf_scenario_validate_stored (scenario, self->dataset->base_year, &local_error))
        {
          g_set_error (error, WF_IO_ERROR, WF_IO_ERROR_RANGE,
                       /* Translators: a scenario’s name, then what is wrong with it */
                       _("The scenario “%s” cannot be saved: %s"), scenario->name,
                       local_error->message);
          return FALSE;
        }
      if (!wf_scenario_id_is_valid (scenario->id))
        {
          g_set_error (error, WF_IO_ERROR, WF_IO_ERROR_INVALID,
                       /* Translators: a scenario’s name, then its id */
                       _("The scenario “%s” cannot be saved: its id “%s” is not valid"),
                       scenario->name, scenario->id ? scenario->id : "");
          return FALSE;
        }
      for (guint m = 0; m < WF_N_METRICS; m++)
        if (wf_scenario_has_prediction (scenario, m) && !isfinite (scenario->predictions[m]))
          {
            g_set_error (error, WF_IO_ERROR, WF_IO_ERROR_RANGE,
                         /* Translators: a scenario’s name, then an outcome id */
                         _("The scenario “%s” cannot be saved: its prediction of “%s” is not a number"),
                         scenario->name, wf_metric_to_id (m));
            return FALSE;
          }
      for (guint j = 0; j < i; j++)
        {
          const WfScenario *other = g_ptr_array_index (self->scenarios, j);

          if (g_strcmp0 (other->id, scenario->id) == 0)
            {
              g_set_error (error, WF_IO_ERROR, WF_IO_ERROR_INVALID,
                           /* Translators: two scenario names, then the id they share */
                           _("The scenarios “%s” and “%s” cannot be saved: they have the same id “%s”"),
                           other->name, scenario->name, scenario->id);
              return FALSE;
            }
          if (g_strcmp0 (other->name, scenario->name) == 0)
            {
              g_set_error (error, WF_IO_ERROR, WF_IO_ERROR_INVALID,
                           /* Translators: a scenario’s name */
                           _("Two scenarios are named “%s”; rename one before saving"), scenario->name);
              return FALSE;
            }
        }
    }
  if (self->view.current_scenario >= self->scenarios->len)
    {
      g_set_error (error, WF_IO_ERROR, WF_IO_ERROR_RANGE,
                   /* Translators: the number of the current scenario (from 0), then
                    * how many scenarios the document has */
                   _("The current scenario is number %u, but the document has only %u"),
                   self->view.current_scenario, self->scenarios->len);
      return FALSE;
    }

  return TRUE;
}

/* What was written must load again: within the size limit, and read
 * back by the loader, schema included, so that a document that came in
 * by a lenient path (a newer version, an import) with a value the schema
 * refuses is not saved into a file that will not open. */
static gboolean
check_written (GBytes  *bytes,
               GError **error)
{
  g_autoptr(WfDocument) reloaded = NULL;
  g_autoptr(GError) local_error = NULL;

  if (g_bytes_get_size (bytes) > WF_DOCUMENT_MAX_SIZE)
    {
      g_set_error (error, WF_IO_ERROR, WF_IO_ERROR_TOO_LARGE,
                   /* Translators: a size in MiB, then the limit in MiB */
                   _("The document cannot be saved: it would take %.1f MiB, above the "
                     "%d MiB a .foresight file may have"),
                   (double) g_bytes_get_size (bytes) / (1024.0 * 1024.0),
                   WF_DOCUMENT_MAX_SIZE / (1024 * 1024));
      return FALSE;
    }

  /* Translators: the name of the file being checked in an error message,
   * "output:12: the attribute …" */
  reloaded = wf_document_load_bytes_full (bytes, _("output"), NULL, &local_error);
  if (reloaded == NULL)
    {
      g_set_error (error, WF_IO_ERROR, WF_IO_ERROR_INVALID,
                   /* Translators: %s says what is wrong and where */
                   _("The document cannot be saved, because the file would not open again: %s"),
                   local_error->message);
      return FALSE;
    }

  return TRUE;
}

/**
 * wf_document_to_bytes:
 * @self: a document
 * @error: return location for an error
 *
 * Writes the document in the current format. The output depends on the
 * document alone: numbers in the C locale with the fewest digits that read
 * back exactly, elements in a fixed order, no timestamps of its own.
 *
 * Returns: (transfer full): the file's contents, or %NULL if the document
 *   is not valid (it could not be read back)
 */
GBytes *
wf_document_to_bytes (const WfDocument  *self,
                      GError           **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) compared_ids = g_ptr_array_new ();
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);

  if (!check_writable (self, error))
    return NULL;

  out = g_string_sized_new (64 * 1024);
  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  g_string_append_printf (out, "<foresight xmlns=\"%s\" version=\"%d\">\n",
                          WF_DOCUMENT_NAMESPACE, WF_DOCUMENT_VERSION);

  indent (out, 1);
  g_string_append (out, "<metadata>\n");
  write_text_element (out, 2, "title", self->metadata.title);
  write_text_element (out, 2, "author", self->metadata.author);
  write_text_element (out, 2, "notes", self->metadata.notes);
  write_text_element (out, 2, "created", self->metadata.created);
  write_text_element (out, 2, "modified", self->metadata.modified);
  write_text_element (out, 2, "application", self->metadata.application);
  indent (out, 1);
  g_string_append (out, "</metadata>\n");

  write_dataset (out, self->dataset);

  indent (out, 1);
  g_string_append (out, "<scenarios>\n");
  for (guint i = 0; i < self->scenarios->len; i++)
    write_scenario (out, g_ptr_array_index (self->scenarios, i));
  indent (out, 1);
  g_string_append (out, "</scenarios>\n");

  indent (out, 1);
  g_string_append (out, "<view");
  write_attr (out, "chart", self->view.chart);
  write_attr (out, "lens", wf_lens_to_id (self->view.lens));
  write_attr (out, "sector", self->view.sector_filter);
  if (self->view.difference)
    write_attr (out, "difference", "true");
  if (self->view.metric != WF_METRIC_NET_JOBS)
    write_attr (out, "metric", wf_metric_to_id (self->view.metric));
  g_string_append_printf (out, " current-scenario=\"%u\"", self->view.current_scenario);
  /* The view names the scenarios it compares; the file gives their ids. A
   * name the document no longer has compares nothing. */
  for (guint i = 0; i < self->view.compared->len; i++)
    {
      int index = wf_document_find_scenario (self, g_ptr_array_index (self->view.compared, i));

      if (index >= 0)
        g_ptr_array_add (compared_ids, ((WfScenario *) g_ptr_array_index (self->scenarios, index))->id);
    }
  if (compared_ids->len == 0)
    g_string_append (out, "/>\n");
  else
    {
      g_string_append (out, ">\n");
      for (guint i = 0; i < compared_ids->len; i++)
        {
          indent (out, 2);
          g_string_append (out, "<compare");
          write_attr (out, "scenario", g_ptr_array_index (compared_ids, i));
          g_string_append (out, "/>\n");
        }
      indent (out, 1);
      g_string_append (out, "</view>\n");
    }

  g_string_append (out, "</foresight>\n");

  bytes = g_string_free_to_bytes (out);
  if (!check_written (bytes, error))
    return NULL;
  return g_steal_pointer (&bytes);
}

/**
 * wf_document_save_file:
 * @self: a document
 * @file: where to save
 * @error: return location for an error
 *
 * Saves atomically with wf_io_write_file_atomic (): the contents go to a
 * temporary file in @file's folder, written, checked and flushed, before
 * it is renamed onto @file, and the previous @file is kept as a backup
 * (“FILE~”). On any failure @file and its backup are as they were. Only a
 * local regular file (or a new one) can be saved to.
 *
 * Returns: %TRUE on success
 */
gboolean
wf_document_save_file (const WfDocument  *self,
                       GFile             *file,
                       GError           **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = wf_document_to_bytes (self, error);
  if (bytes == NULL)
    return FALSE;

  if (!wf_io_write_bytes_atomic (file, bytes, WF_ATOMIC_FILE_BACKUP, NULL, &local_error))
    {
      /* The message names the file and says what was wrong. */
      g_set_error_literal (error, WF_IO_ERROR, WF_IO_ERROR_IO, local_error->message);
      return FALSE;
    }

  return TRUE;
}
