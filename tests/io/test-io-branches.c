/* test-io-branches.c: what the readers and writers do on each of their
 * branches: every refusal with its message, every value a lenient read
 * ignores with its warning, and the escapes of the text writers.
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <unistd.h>
#include <math.h>
#include <string.h>

#include "wf-core.h"
#include "wf-io.h"
#include "wf-io-util.h"

/* The text of a new document in the current format, as the writer makes
 * it: the base every mutation below starts from. */
static char *
current_document (void)
{
  g_autoptr(WfDocument) document = wf_document_new_default ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = wf_document_to_bytes (document, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static char *
fixture_text (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "io", "fixtures", name, NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

/* @text with the first match of the regular expression @pattern (which
 * must match) replaced by @replacement (with \1 back references). */
static char *
mutate (const char *text,
        const char *pattern,
        const char *replacement)
{
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_DOTALL | G_REGEX_UNGREEDY, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *expanded = NULL;
  int start, end;

  g_assert_nonnull (regex);
  if (!g_regex_match (regex, text, 0, &match))
    g_error ("the pattern “%s” does not match the document:\n%s", pattern, text + MAX (0, (int) strlen (text) - 600));
  g_match_info_fetch_pos (match, 0, &start, &end);
  expanded = g_match_info_expand_references (match, replacement, NULL);
  return g_strdup_printf ("%.*s%s%s", start, text, expanded, text + end);
}

static WfDocument *
load_text (const char  *text,
           GPtrArray  **warnings,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return wf_document_load_bytes_full (bytes, "test.foresight", warnings, error);
}

/* One change to a valid file and what the loader says of it. */
typedef struct
{
  const char *name;
  const char *pattern;
  const char *replacement;
  int         code;        /* WfIoError */
  const char *message;     /* a part of the message */
} Refusal;

static const Refusal refusals[] = {
  /* Attributes */
  { "number-attribute-missing", "(<sector id=\"ECO_ISIC4_A\"[^>]*) trend-growth=\"[^\"]*\"", "\\1",
    WF_IO_ERROR_SCHEMA, "<sector> has no attribute “trend-growth”" },
  { "number-attribute-bad", "(<sector id=\"ECO_ISIC4_A\"[^>]*) elasticity=\"[^\"]*\"", "\\1 elasticity=\"lots\"",
    WF_IO_ERROR_VALUE, "the attribute “elasticity” of <sector> is “lots”; expected a number" },
  { "whole-number-bad", "horizon=\"2030\"", "horizon=\"soon\"",
    WF_IO_ERROR_VALUE, "the attribute “horizon” of <scenario> is “soon”; expected a whole number from" },
  { "whole-number-missing", "(<dataset id=\"world-2023\") base-year=\"2023\"", "\\1",
    WF_IO_ERROR_SCHEMA, "<dataset> has no attribute “base-year”" },
  { "exposure-not-a-number", "exposure=\"0.993 ", "exposure=\"many ",
    WF_IO_ERROR_VALUE, "the attribute “exposure” holds “many”; expected a number" },
  { "exposure-too-few", "exposure=\"0.993 0.003 0.002 0.001 0.001\"", "exposure=\"0.993 0.003\"",
    WF_IO_ERROR_SCHEMA, "the attribute “exposure” has 2 numbers; expected 5" },
  { "exposure-too-many", "exposure=\"0.993 0.003 0.002 0.001 0.001\"", "exposure=\"0.993 0.003 0.002 0.001 0.001 0\"",
    WF_IO_ERROR_SCHEMA, "has 6 numbers; expected 5" },
  /* Metadata and sources */
  { "metadata-unknown-element", "<metadata>", "<metadata><colour>red</colour>",
    WF_IO_ERROR_SCHEMA, "<colour>" },
  { "source-unknown-table", "table=\"sme-share\"", "table=\"shoe-size\"",
    WF_IO_ERROR_VALUE, "unknown table “shoe-size” in <source>" },
  { "source-bad-provenance", "(table=\"sme-share\") provenance=\"A\"", "\\1 provenance=\"Q\"",
    WF_IO_ERROR_VALUE, "the provenance “Q” is not one of P, S, A or D" },
  { "source-twice", "table=\"sme-share\"", "table=\"elasticity\"",
    WF_IO_ERROR_INVALID, "the table “elasticity” has two sources" },
  { "source-missing", "<source table=\"sme-share\".*</source>", "",
    WF_IO_ERROR_INVALID, "the table “sme-share” has no <source>; every table must say where it comes from" },
  { "source-unknown-element", "(<source table=\"sme-share\"[^>]*>)", "\\1<url>x</url>",
    WF_IO_ERROR_SCHEMA, "<url>" },
  { "source-without-table", "<source table=\"sme-share\"", "<source",
    WF_IO_ERROR_SCHEMA, "<source> has no attribute “table”" },
  { "sources-unknown-element", "<sources>", "<sources><licence/>",
    WF_IO_ERROR_SCHEMA, "<licence>" },
  /* Skills */
  { "skill-unknown-element", "(<skill id=\"digital\">)", "\\1<level>1</level>",
    WF_IO_ERROR_SCHEMA, "<level>" },
  { "skills-unknown-element", "<skills>", "<skills><ability/>",
    WF_IO_ERROR_SCHEMA, "<ability>" },
  { "skill-without-id", "<skill id=\"digital\">", "<skill>",
    WF_IO_ERROR_SCHEMA, "<skill> has no attribute “id”" },
  /* Sectors */
  { "sector-sex-unknown", "<sex id=\"unknown\" employment", "<sex id=\"other\" employment",
    WF_IO_ERROR_VALUE, "the sex “other” is not one of women, men or unknown" },
  { "sector-sex-twice", "<sex id=\"unknown\" employment", "<sex id=\"men\" employment",
    WF_IO_ERROR_INVALID, "the sector gives the sex “men” twice" },
  { "sector-sex-missing", "<sex id=\"unknown\" employment[^>]*/>", "",
    WF_IO_ERROR_SCHEMA, "the sector “ECO_ISIC4_A” has no <sex id=\"unknown\">" },
  { "sector-sex-without-id", "<sex id=\"unknown\" employment", "<sex employment",
    WF_IO_ERROR_SCHEMA, "<sex> has no attribute “id”" },
  { "sector-without-intensity", "<skill-intensity>[^<]*</skill-intensity>", "",
    WF_IO_ERROR_SCHEMA, "the sector “ECO_ISIC4_A” has no <skill-intensity>" },
  { "sector-intensity-bad", "<skill-intensity>0.05 ", "<skill-intensity>high ",
    WF_IO_ERROR_VALUE, "expected a number" },
  { "sector-unknown-element", "(<sector id=\"ECO_ISIC4_A\"[^>]*>)", "\\1<colour/>",
    WF_IO_ERROR_SCHEMA, "<colour>" },
  { "sector-twice", "<sector id=\"ECO_ISIC4_B\"", "<sector id=\"ECO_ISIC4_A\"",
    WF_IO_ERROR_INVALID, "two sectors have the identifier “ECO_ISIC4_A”" },
  { "sectors-unknown-element", "<sectors>", "<sectors><region/>",
    WF_IO_ERROR_SCHEMA, "<region>" },
  { "sectors-empty", "<sectors>.*</sectors>", "<sectors></sectors>",
    WF_IO_ERROR_SCHEMA, "the dataset has no <sector>; expected at least one" },
  { "sector-without-cost-share", "(<sector id=\"ECO_ISIC4_A\"[^>]*) labour-cost-share=\"[^\"]*\"", "\\1",
    WF_IO_ERROR_SCHEMA, "<sector> has no attribute “labour-cost-share”" },
  /* The skill shift */
  { "shift-level-twice", "<gradient level=\"1\">", "<gradient level=\"0\">",
    WF_IO_ERROR_INVALID, "the skill shift of gradient 0 is given twice" },
  { "shift-level-missing", "<gradient level=\"3\">[^<]*</gradient>", "",
    WF_IO_ERROR_SCHEMA, "the skill shift has no <gradient level=\"3\">" },
  { "shift-level-bad", "<gradient level=\"1\">", "<gradient level=\"9\">",
    WF_IO_ERROR_VALUE, "the attribute “level” of <gradient> is “9”" },
  { "shift-numbers-bad", "<gradient level=\"1\">0.1 ", "<gradient level=\"1\">more ",
    WF_IO_ERROR_VALUE, "expected a number" },
  { "shift-unknown-element", "<skill-shift>", "<skill-shift><note/>",
    WF_IO_ERROR_SCHEMA, "<note>" },
  /* The dataset's singletons and the labour market */
  { "task-share-twice", "(<task-share>[^<]*</task-share>)", "\\1\\1",
    WF_IO_ERROR_SCHEMA, "the dataset has a second <task-share>; expected one" },
  { "labour-market-sex-unknown", "<sex id=\"unknown\" labour-force", "<sex id=\"nobody\" labour-force",
    WF_IO_ERROR_VALUE, "the sex “nobody” is not one of women, men or unknown" },
  { "labour-market-sex-twice", "<sex id=\"unknown\" labour-force", "<sex id=\"women\" labour-force",
    WF_IO_ERROR_INVALID, "the labour market gives the sex “women” twice" },
  { "labour-market-sex-missing", "<sex id=\"unknown\" labour-force[^>]*/>", "",
    WF_IO_ERROR_SCHEMA, "the labour market has no <sex id=\"unknown\">" },
  { "labour-market-sex-without-id", "<sex id=\"unknown\" labour-force", "<sex labour-force",
    WF_IO_ERROR_SCHEMA, "<sex> has no attribute “id”" },
  { "labour-market-unknown-element", "(<labour-market [^>]*>)", "\\1<wages/>",
    WF_IO_ERROR_SCHEMA, "<wages>" },
  { "labour-market-bad-rate", "replacement-rate=\"0.025\"", "replacement-rate=\"some\"",
    WF_IO_ERROR_VALUE, "the attribute “replacement-rate” of <labour-market> is “some”" },
  { "labour-market-bad-force", "(<sex id=\"women\") labour-force=\"[^\"]*\"", "\\1 labour-force=\"x\"",
    WF_IO_ERROR_VALUE, "the attribute “labour-force” of <sex> is “x”" },
  { "labour-market-twice", "(<labour-market .*</labour-market>)", "\\1\\1",
    WF_IO_ERROR_SCHEMA, "the dataset has a second <labour-market>; expected one" },
  /* Scenarios */
  { "lever-unknown", "<lever id=\"sme-support\"", "<lever id=\"luck\"",
    WF_IO_ERROR_VALUE, "unknown lever “luck”" },
  { "lever-twice", "<lever id=\"sme-support\"", "<lever id=\"sme-lag\"",
    WF_IO_ERROR_INVALID, "the lever “sme-lag” is set twice" },
  { "lever-without-id", "<lever id=\"sme-support\"", "<lever",
    WF_IO_ERROR_SCHEMA, "<lever> has no attribute “id”" },
  { "seed-negative", "seed=\"20300101\"", "seed=\"-1\"",
    WF_IO_ERROR_VALUE, "the attribute “seed” of <scenario> is “-1”; expected a whole number of zero or more" },
  { "scenario-without-name", "<name>Current trends</name>", "",
    WF_IO_ERROR_SCHEMA, "the scenario has no <name>" },
  { "scenario-without-id", "<scenario id=\"current-trends\"", "<scenario",
    WF_IO_ERROR_SCHEMA, "<scenario> has no attribute “id”" },
  { "prediction-unknown", "(<lever id=\"sme-support\"[^>]*/>)", "\\1<prediction metric=\"luck\" value=\"1\"/>",
    WF_IO_ERROR_VALUE, "the prediction is of “luck”, which is not an outcome the application knows" },
  { "prediction-twice", "(<lever id=\"sme-support\"[^>]*/>)",
    "\\1<prediction metric=\"displaced\" value=\"1\"/><prediction metric=\"displaced\" value=\"2\"/>",
    WF_IO_ERROR_INVALID, "the outcome “displaced” is predicted twice" },
  { "prediction-without-value", "(<lever id=\"sme-support\"[^>]*/>)", "\\1<prediction metric=\"displaced\"/>",
    WF_IO_ERROR_SCHEMA, "<prediction> has no attribute “value”" },
  { "prediction-without-metric", "(<lever id=\"sme-support\"[^>]*/>)", "\\1<prediction value=\"1\"/>",
    WF_IO_ERROR_SCHEMA, "<prediction> has no attribute “metric”" },
  { "scenarios-none", "<scenarios>.*</scenarios>", "<scenarios></scenarios>",
    WF_IO_ERROR_SCHEMA, "the file has no <scenario>; expected at least one" },
  /* The view */
  { "view-lens", "lens=\"total\"", "lens=\"sideways\"",
    WF_IO_ERROR_VALUE, "the lens “sideways” is not one of total, women, men or gap" },
  { "view-difference", "<view ", "<view difference=\"maybe\" ",
    WF_IO_ERROR_VALUE, "difference is “maybe”, not true or false" },
  { "view-metric", "<view ", "<view metric=\"luck\" ",
    WF_IO_ERROR_VALUE, "the outcome “luck” is not one the charts explain" },
  { "view-current-bad", "current-scenario=\"0\"", "current-scenario=\"first\"",
    WF_IO_ERROR_VALUE, "the attribute “current-scenario” of <view> is “first”" },
  { "view-compare-unknown", "(<view [^>]*)/>", "\\1><compare scenario=\"nowhere\"/></view>",
    WF_IO_ERROR_INVALID, "the view compares the scenario “nowhere”, which the file does not have" },
  { "view-compare-without-id", "(<view [^>]*)/>", "\\1><compare/></view>",
    WF_IO_ERROR_SCHEMA, "<compare> has no attribute “scenario”" },
  { "view-unknown-element", "(<view [^>]*)/>", "\\1><zoom/></view>",
    WF_IO_ERROR_SCHEMA, "<zoom>" },
  /* The document */
  { "second-scenarios", "(<scenarios>.*</scenarios>)", "\\1<scenarios></scenarios>",
    WF_IO_ERROR_SCHEMA, "the file has a second <scenarios>; expected one" },
  { "root-unknown-element", "<view ", "<colour/><view ",
    WF_IO_ERROR_SCHEMA, "<colour>" },
  { "version-not-a-number", "version=\"4\"", "version=\"four\"",
    WF_IO_ERROR_VERSION, "the format version is “four”; expected a whole number such as “4”" },
  /* The reader's checks pass, the schema does not. */
  { "schema-element", "(<metadata>.*</metadata>)", "\\1\\1",
    WF_IO_ERROR_SCHEMA, "test.foresight:4: the element <metadata> is not expected here" },
  { "schema-attribute", "<view ", "<view zoom=\"2\" ",
    WF_IO_ERROR_SCHEMA, "the element <view> has an attribute “zoom” that the format does not allow" },
  { "schema-long-value", "<metadata>",
    "<metadata><created>the first of January of the year two thousand and twenty-six, at noon</created>",
    WF_IO_ERROR_SCHEMA, "in the element <created>, “the first of January of the year two tho…” is not a date and time" },
  { "schema-text", "<metadata>", "<metadata>hello",
    WF_IO_ERROR_SCHEMA, "the element <metadata> holds text where the format allows none" },
};

static void
test_refusal (gconstpointer data)
{
  const Refusal *c = data;
  g_autofree char *base = current_document ();
  g_autofree char *text = mutate (base, c->pattern, c->replacement);
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDocument) document = load_text (text, NULL, &error);

  g_assert_null (document);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_error (error, WF_IO_ERROR, c->code);
  g_assert_nonnull (strstr (error->message, c->message));
  g_assert_true (g_str_has_prefix (error->message, "test.foresight:"));
  /* The schema validator's own explanation is English: never shown. */
  g_assert_null (strstr (error->message, "Did not expect"));
  g_assert_null (strstr (error->message, "Invalid attribute"));
}

static gboolean
has_warning (GPtrArray  *warnings,
             const char *part)
{
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    if (strstr (g_ptr_array_index (warnings, i), part) != NULL)
      return TRUE;
  return FALSE;
}

/* A newer version is read leniently: what it does not know is dropped,
 * each with a warning, and the rest is kept. */
static void
test_lenient (void)
{
  g_autofree char *base = current_document ();
  g_autofree char *text = g_strdup (base);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDocument) document = NULL;
  const WfScenario *baseline;
  static const struct { const char *pattern, *replacement; } changes[] = {
    { "version=\"4\"", "version=\"9\"" },
    { "<sources>", "<sources><source table=\"shoe-size\" provenance=\"A\"/>" },
    { "(<lever id=\"sme-support\"[^>]*/>)", "\\1<lever id=\"luck\" value=\"1\"/>" },
    { "(<lever id=\"luck\"[^>]*/>)", "\\1<prediction metric=\"luck\" value=\"1\"/>"
                                    "<prediction metric=\"displaced\" value=\"7\"/>" },
    { "lens=\"total\"", "lens=\"sideways\" difference=\"maybe\" metric=\"luck\"" },
    { "(<view [^>]*)/>", "\\1><compare scenario=\"nowhere\"/><compare scenario=\"current-trends\"/>"
                         "<compare scenario=\"current-trends\"/></view>" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
    {
      char *next = mutate (text, changes[i].pattern, changes[i].replacement);

      g_free (text);
      text = next;
    }

  document = load_text (text, &warnings, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_true (has_warning (warnings, "newer than this application’s 4"));
  g_assert_true (has_warning (warnings, "ignoring the source of the unknown table “shoe-size”"));
  g_assert_true (has_warning (warnings, "“luck”"));
  g_assert_true (has_warning (warnings, "ignoring the prediction of “luck”, an outcome this version does not know"));
  g_assert_true (has_warning (warnings, "ignoring the unknown lens “sideways”"));
  g_assert_true (has_warning (warnings, "ignoring difference “maybe”, which is not true or false"));
  g_assert_true (has_warning (warnings, "ignoring the unknown outcome “luck”"));
  g_assert_true (has_warning (warnings, "ignoring the comparison with “nowhere”, a scenario the file does not have"));
  g_assert_nonnull (document->read_only_reason);
  g_assert_cmpint (document->view.lens, ==, WF_LENS_TOTAL);
  g_assert_false (document->view.difference);
  /* The known prediction is kept, the comparison once. */
  baseline = g_ptr_array_index (document->scenarios, 0);
  g_assert_true (wf_scenario_has_prediction (baseline, WF_METRIC_DISPLACED));
  g_assert_cmpuint (document->view.compared->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (document->view.compared, 0), ==, baseline->name);
}

/* A lever a scenario does not set takes its default, with a warning. */
static void
test_lever_unset (void)
{
  g_autofree char *base = current_document ();
  g_autofree char *text = mutate (base, "<lever id=\"sme-support\"[^>]*/>", "");
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDocument) document = load_text (text, &warnings, &error);
  const WfScenario *baseline;

  g_assert_no_error (error);
  g_assert_true (has_warning (warnings, "the scenario “Current trends” does not set the lever “sme-support”; using its default"));
  baseline = g_ptr_array_index (document->scenarios, 0);
  g_assert_cmpfloat (baseline->values[WF_LEVER_SME_SUPPORT],
                     ==, wf_lever_get_info (WF_LEVER_SME_SUPPORT)->default_value);
}

/* Version 1: a reference to the bundled dataset and levers by name. */
static const Refusal v1_refusals[] = {
  { "v1-other-dataset", "ref=\"world-2023\"", "ref=\"mars-2050\"",
    WF_IO_ERROR_VERSION, "the version-1 file refers to the dataset “mars-2050”; only the bundled “world-2023” can be migrated" },
  { "v1-no-dataset", "<dataset ref=\"world-2023\"/>", "",
    WF_IO_ERROR_SCHEMA, "the version-1 file has no <dataset ref=\"…\">" },
  { "v1-dataset-without-ref", "<dataset ref=\"world-2023\"/>", "<dataset/>",
    WF_IO_ERROR_SCHEMA, "<dataset> has no attribute “ref”" },
  { "v1-no-scenario", "<scenario.*</scenario>.*</scenario>", "",
    WF_IO_ERROR_SCHEMA, "the file has no <scenario>; expected at least one" },
  { "v1-seed", "seed=\"42\"", "seed=\"-4\"",
    WF_IO_ERROR_VALUE, "the attribute “seed” of <scenario> is “-4”" },
  { "v1-horizon", "horizon=\"2030\"", "horizon=\"later\"",
    WF_IO_ERROR_VALUE, "the attribute “horizon” of <scenario> is “later”" },
  { "v1-lever-unknown", "<lever name=\"reskilling\"", "<lever name=\"luck\"",
    WF_IO_ERROR_VALUE, "unknown lever “luck”" },
  { "v1-lever-without-name", "<lever name=\"reskilling\"", "<lever",
    WF_IO_ERROR_SCHEMA, "<lever> has no attribute “name”" },
  { "v1-lever-value", "value=\"0.07\"", "value=\"seven\"",
    WF_IO_ERROR_VALUE, "the attribute “value” of <lever> is “seven”" },
  { "v1-lever-range", "value=\"0.07\"", "value=\"70\"",
    WF_IO_ERROR_RANGE, "" },
  { "v1-unknown-element", "<dataset ref", "<colour/><dataset ref",
    WF_IO_ERROR_SCHEMA, "<colour>" },
  { "v1-scenario-unknown-element", "(<scenario name=\"Reference\"[^>]*>)", "\\1<colour/>",
    WF_IO_ERROR_SCHEMA, "<colour>" },
  { "v1-scenario-without-name", "<scenario name=\"Reference\"", "<scenario",
    WF_IO_ERROR_SCHEMA, "<scenario> has no attribute “name”" },
  { "v1-horizon-out-of-range", "horizon=\"2032\"", "horizon=\"2999\"",
    WF_IO_ERROR_RANGE, "scenario “Fast adoption”" },
};

static void
test_v1_refusal (gconstpointer data)
{
  const Refusal *c = data;
  g_autofree char *base = fixture_text ("version1.foresight");
  g_autofree char *text = mutate (base, c->pattern, c->replacement);
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDocument) document = load_text (text, NULL, &error);

  g_assert_null (document);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_error (error, WF_IO_ERROR, c->code);
  g_assert_nonnull (strstr (error->message, c->message));
}

/* Version 3 compares scenarios by name: one the file lacks is dropped. */
static void
test_v3_compare_by_name (void)
{
  g_autofree char *base = fixture_text ("version3.foresight");
  g_autofree char *text = mutate (base, "<compare>Fast adoption</compare>", "<compare>Nowhere</compare>");
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDocument) document = load_text (text, &warnings, &error);

  g_assert_no_error (error);
  g_assert_true (has_warning (warnings, "ignoring the comparison with “Nowhere”, a scenario the file does not have"));
  g_assert_cmpuint (document->view.compared->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (document->view.compared, 0), ==, "Exponential AI, limited readiness");
}

/* Version 2 knew ten tables: a source of a later one is unknown there. */
static void
test_v2_later_table (void)
{
  g_autofree char *base = fixture_text ("version2.foresight");
  g_autofree char *text = mutate (base, "<source table=\"elasticity\"", "<source table=\"task-share\"");
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDocument) document = load_text (text, NULL, &error);

  g_assert_null (document);
  g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_VALUE);
  g_assert_nonnull (strstr (error->message, "unknown table “task-share” in <source>"));
}

/* wf_document_load_bytes () logs what the full variant would return. */
static void
test_warnings_logged (void)
{
  g_autofree char *base = current_document ();
  g_autofree char *text = mutate (base, "version=\"4\"", "version=\"5\"");
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDocument) document = NULL;

  g_test_expect_message ("wf-document-io", G_LOG_LEVEL_MESSAGE, "*newer than this application’s 4*");
  document = wf_document_load_bytes (bytes, "newer.foresight", &error);
  g_test_assert_expected_messages ();
  g_assert_no_error (error);
  g_assert_nonnull (document->read_only_reason);
}

static void
test_get_version (void)
{
  g_autofree char *base = current_document ();
  g_autofree char *text = mutate (base, "version=\"4\"", "version=\"0\"");
  g_autoptr(GBytes) good = g_bytes_new (base, strlen (base));
  g_autoptr(GBytes) bad = g_bytes_new (text, strlen (text));
  static const char svg[] = "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"4\"/>";
  g_autoptr(GBytes) other = g_bytes_new_static (svg, strlen (svg));
  g_autoptr(GBytes) broken = g_bytes_new_static ("<foresight", 10);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (wf_document_bytes_get_version (good, NULL, &error), ==, 4);
  g_assert_no_error (error);
  g_assert_cmpint (wf_document_bytes_get_version (bad, "bad.foresight", &error), ==, 0);
  g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_VERSION);
  g_assert_nonnull (strstr (error->message, "the format version is “0”"));
  g_clear_error (&error);
  /* Another vocabulary has no version of ours. */
  g_assert_cmpint (wf_document_bytes_get_version (other, "picture.svg", &error), ==, 0);
  g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_VERSION);
  g_clear_error (&error);
  g_assert_cmpint (wf_document_bytes_get_version (broken, "broken.foresight", &error), ==, 0);
  g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_PARSE);
}

/* The prescan of attributes skips comments, CDATA and processing
 * instructions, and leaves what is unterminated to the parser. */
static void
test_prescan (void)
{
  static const struct { const char *text; int code; } cases[] = {
    { "<foresight a=\"1\"><!-- a comment \n with \"quotes\" --><![CDATA[ \" ]]><?pi \"?></foresight>", WF_IO_ERROR_NAMESPACE },
    { "<foresight a=\"1\"><!-- unterminated", WF_IO_ERROR_PARSE },
    { "<foresight a=\"1\"><![CDATA[ unterminated", WF_IO_ERROR_PARSE },
    { "<foresight a=\"unterminated", WF_IO_ERROR_PARSE },
    { "<foresight a=\"1\" <b/>", WF_IO_ERROR_PARSE },
    { "<foresight a=\"1\"></fore", WF_IO_ERROR_PARSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(WfDocument) document = load_text (cases[i].text, NULL, &error);

      g_test_message ("%s: %s", cases[i].text, error ? error->message : "");
      g_assert_null (document);
      g_assert_error (error, WF_IO_ERROR, cases[i].code);
    }
}

static void
test_load_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("wf-branches-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.foresight", NULL);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GFile) dir_file = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(WfDocument) document = NULL;

  document = wf_document_load_file_full (missing_file, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "missing.foresight: could not read the file:"));
  g_clear_error (&error);

  document = wf_document_load_file_full (dir_file, NULL, &error);
  g_assert_null (document);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_IO);
  g_clear_error (&error);

  g_rmdir (dir);
}

/* The writer refuses a document that would not load again. */
static void
test_writer_refusals (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  {
    g_autoptr(WfDocument) document = wf_document_new_default ();

    document->view.current_scenario = document->scenarios->len;
    bytes = wf_document_to_bytes (document, &error);
    g_assert_null (bytes);
    g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_RANGE);
    g_test_message ("%s", error->message);
    g_clear_error (&error);
  }
  {
    g_autoptr(WfDocument) document = wf_document_new_default ();

    document->dataset->sectors[0].exposure[WF_SEX_WOMEN][1] = 7.0;
    bytes = wf_document_to_bytes (document, &error);
    g_assert_null (bytes);
    g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_RANGE);
    g_assert_nonnull (strstr (error->message, "The dataset cannot be saved:"));
    g_clear_error (&error);
  }
  {
    g_autoptr(WfDocument) document = wf_document_new_default ();
    WfScenario *scenario = g_ptr_array_index (document->scenarios, 1);

    g_free (scenario->id);
    scenario->id = g_strdup ("current-trends");
    bytes = wf_document_to_bytes (document, &error);
    g_assert_null (bytes);
    g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_INVALID);
    g_test_message ("%s", error->message);
    g_clear_error (&error);

    g_free (scenario->id);
    scenario->id = g_strdup ("Not an id!");
    bytes = wf_document_to_bytes (document, &error);
    g_assert_null (bytes);
    g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_INVALID);
    g_assert_cmpstr (error->message, ==, "The scenario “Incremental AI, limited readiness” cannot be saved: "
                                         "its id “Not an id!” is not valid");
    g_clear_error (&error);

    wf_scenario_set_id (scenario, "fine");
    scenario->predictions[WF_METRIC_NET_JOBS] = INFINITY;
    bytes = wf_document_to_bytes (document, &error);
    g_assert_null (bytes);
    g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_RANGE);
    g_assert_cmpstr (error->message, ==, "The scenario “Incremental AI, limited readiness” cannot be saved: "
                                         "its prediction of “net-jobs” is not a number");
    g_clear_error (&error);
  }
  {
    g_autoptr(WfDocument) document = wf_document_new_default ();

    g_ptr_array_set_size (document->scenarios, 0);
    bytes = wf_document_to_bytes (document, &error);
    g_assert_null (bytes);
    g_assert_error (error, WF_IO_ERROR, WF_IO_ERROR_INVALID);
    g_assert_cmpstr (error->message, ==, "A document needs a dataset and at least one scenario to be saved");
    g_clear_error (&error);
  }
}

/* A dataset without skills writes <skills/>, a skill without a taxonomy
 * an empty element, and both load again. */
static void
test_writer_empty_parts (void)
{
  g_autoptr(WfDocument) document = wf_document_new_default ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(WfDocument) again = NULL;
  const char *text;

  g_clear_pointer (&document->dataset->skills[0].taxonomy, g_free);
  /* A source with neither citation nor note is an empty element. */
  g_clear_pointer (&document->dataset->sources[WF_TABLE_SME_SHARE].citation, g_free);
  g_clear_pointer (&document->dataset->sources[WF_TABLE_SME_SHARE].note, g_free);
  bytes = wf_document_to_bytes (document, &error);
  g_assert_no_error (error);
  text = g_bytes_get_data (bytes, NULL);
  g_assert_nonnull (g_strstr_len (text, g_bytes_get_size (bytes), "<skill id=\"digital\">\n        <label>Digital &amp; AI</label>\n      </skill>"));
  again = wf_document_load_bytes_full (bytes, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (again->dataset->skills[0].taxonomy);
  g_assert_nonnull (g_strstr_len (text, g_bytes_get_size (bytes), "<source table=\"sme-share\" provenance=\"A\"/>"));
  g_assert_null (again->dataset->sources[WF_TABLE_SME_SHARE].citation);
}

/* The schema the loader checks against is the one in the resource. */
static void
test_schema (void)
{
  g_autoptr(GBytes) schema = wf_document_get_schema ();
  gsize size = 0;
  const char *text = g_bytes_get_data (schema, &size);

  g_assert_nonnull (g_strstr_len (text, size, "http://relaxng.org/ns/structure/1.0"));
  g_assert_nonnull (g_strstr_len (text, size, "urn:workforce-foresight:scenario"));
}


/* Merging: a file that cannot be read or is too large is refused, named;
 * a scenario whose name and author's variant are both taken gets a
 * number; what the loader converted is reported per file. */
static void
test_merge (void)
{
  g_autofree char *dir = g_dir_make_tmp ("wf-branches-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.foresight", NULL);
  g_autofree char *huge = g_build_filename (dir, "huge.foresight", NULL);
  g_autofree char *ana = g_build_filename (dir, "ana.foresight", NULL);
  g_autofree char *old = g_test_build_filename (G_TEST_DIST, "io", "fixtures", "version2.foresight", NULL);
  g_autoptr(WfDocument) target = wf_document_new_default ();
  g_autoptr(WfDocument) participant = wf_document_new_default ();
  g_autoptr(GError) error = NULL;
  g_autoptr(WfMerge) merge = NULL;
  g_autofree char *refused = NULL;
  GFile *files[4];
  WfScenario *scenario;
  int fd;

  fd = g_open (huge, O_WRONLY | O_CREAT, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, WF_DOCUMENT_MAX_SIZE + 1), ==, 0);
  close (fd);

  /* The target has "Mine", "Mine (Ana)" and "Mine (2)" already. */
  for (guint i = 0; i < 3; i++)
    {
      static const char * const names[] = { "Mine", "Mine (Ana)", "Mine (2)" };
      static const char * const ids[] = { "mine", "mine-ana", "mine-2" };

      scenario = wf_scenario_new_preset (WF_PRESET_BASELINE);
      wf_scenario_set_id (scenario, ids[i]);
      wf_scenario_set_name (scenario, names[i]);
      wf_scenario_set_value (scenario, WF_LEVER_ADOPTION_CEILING, 70 + i);
      wf_document_add_scenario (target, scenario);
    }
  participant->metadata.author = g_strdup ("Ana");
  scenario = wf_scenario_new_preset (WF_PRESET_BASELINE);
  wf_scenario_set_id (scenario, "mine");
  wf_scenario_set_name (scenario, "Mine");
  wf_scenario_set_value (scenario, WF_LEVER_ADOPTION_CEILING, 95);
  wf_document_add_scenario (participant, scenario);
  files[0] = g_file_new_for_path (ana);
  g_assert_true (wf_document_save_file (participant, files[0], &error));
  g_assert_no_error (error);
  files[1] = g_file_new_for_path (missing);
  files[2] = g_file_new_for_path (huge);
  files[3] = g_file_new_for_path (old);

  merge = wf_merge_prepare (target, files, 4, NULL, &error);
  g_assert_no_error (error);
  refused = wf_merge_format_refusals (merge);
  g_test_message ("%s", refused);
  g_assert_nonnull (strstr (refused, "missing.foresight: could not read the file:"));
  g_assert_nonnull (strstr (refused, "huge.foresight: the file is larger than 16 MiB, the limit for a .foresight file"));
  g_assert_cmpuint (wf_merge_get_refusals (merge)->len, ==, 3);
  /* The version-2 file is refused for its dataset, after its migration
   * was reported. */
  g_assert_nonnull (wf_merge_get_warnings (merge));
  g_assert_cmpuint (wf_merge_apply (merge, target), ==, 1);
  scenario = g_ptr_array_index (target->scenarios, target->scenarios->len - 1);
  g_assert_cmpstr (scenario->name, ==, "Mine (3)");
  g_assert_cmpfloat (scenario->values[WF_LEVER_ADOPTION_CEILING], ==, 95);
  g_clear_pointer (&merge, wf_merge_free);

  /* A file that has a version but does not load is refused with the
   * loader's message; the same scenario with another horizon is not the
   * same scenario. */
  {
    g_autofree char *base = current_document ();
    g_autofree char *broken_text = mutate (base, "<lever id=\"sme-support\"", "<lever id=\"luck\"");
    g_autofree char *broken = g_build_filename (dir, "broken.foresight", NULL);
    g_autoptr(GFile) broken_file = g_file_new_for_path (broken);
    g_autoptr(GFile) again = NULL;
    guint before = target->scenarios->len;

    g_assert_true (g_file_set_contents (broken, broken_text, -1, NULL));
    scenario = g_ptr_array_index (participant->scenarios, participant->scenarios->len - 1);
    scenario->horizon = 2035;
    g_clear_pointer (&participant->metadata.author, g_free);
    participant->metadata.author = g_strdup ("");
    again = g_file_new_for_path (ana);
    g_assert_true (wf_document_save_file (participant, again, &error));
    g_assert_no_error (error);
    {
      GFile *both[2] = { broken_file, again };

      g_assert_cmpuint (wf_document_merge_files (target, both, 2, &merge, &error), ==, 1);
    }
    g_assert_no_error (error);
    g_clear_pointer (&refused, g_free);
    refused = wf_merge_format_refusals (merge);
    g_assert_nonnull (strstr (refused, "broken.foresight:"));
    g_assert_nonnull (strstr (refused, "unknown lever “luck”"));
    g_assert_cmpuint (target->scenarios->len, ==, before + 1);
    scenario = g_ptr_array_index (target->scenarios, before);
    g_assert_cmpstr (scenario->name, ==, "Mine (4)");
    g_assert_cmpint (scenario->horizon, ==, 2035);
    g_unlink (broken);
  }

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    g_object_unref (files[i]);
  {
    /* The second save kept the first as a backup. */
    g_autofree char *ana_backup = g_strconcat (ana, "~", NULL);

    g_assert_true (g_file_test (ana_backup, G_FILE_TEST_IS_REGULAR));
    g_unlink (ana_backup);
  }
  g_unlink (ana);
  g_unlink (huge);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}


/* Exports */

typedef struct
{
  guint calls;     /* so far */
  guint fail_at;   /* the call that fails; 0: none */
} CountingSink;

static gboolean
counting_sink (gpointer     target,
               const void  *data,
               gsize        size,
               GError     **error)
{
  CountingSink *sink = target;

  sink->calls++;
  if (sink->calls == sink->fail_at)
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC, "the disk is full");
      return FALSE;
    }
  return TRUE;
}

/* Wherever the sink fails (each of its calls in turn, in CSV and in
 * JSON, so that the failures fall in every table), the export stops there
 * with the sink's error and never writes again. */
static void
test_export_sink_fails (void)
{
  g_autoptr(WfDocument) document = wf_document_new_default ();
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func ((GDestroyNotify) wf_results_free);
  guint failures = 0;

  for (guint i = 0; i < document->scenarios->len; i++)
    {
      g_autoptr(GError) error = NULL;

      g_ptr_array_add (results, wf_model_project (document->dataset,
                                                  g_ptr_array_index (document->scenarios, i), &error));
      g_assert_no_error (error);
    }

  for (guint format = 0; format < 2; format++)
      {
        const guint n = 1;
        CountingSink whole = { 0, 0 };
        g_autoptr(WfTidyWriter) writer = wf_tidy_writer_new (format ? WF_EXPORT_FORMAT_JSON : WF_EXPORT_FORMAT_CSV,
                                                             WF_TIDY_NONE, NULL, counting_sink, &whole);
        g_autoptr(GError) error = NULL;

        g_assert_true (wf_results_export (writer, document->dataset,
                                          (const WfScenario * const *) document->scenarios->pdata,
                                          (const WfResults * const *) results->pdata, n, &error));
        g_assert_true (wf_tidy_writer_finish (writer, &error));
        g_assert_no_error (error);
        g_assert_cmpuint (whole.calls, >, 1);
        g_test_message ("%u scenarios, %s: %u writes", n, format ? "JSON" : "CSV", whole.calls);

        for (guint k = 1; k <= whole.calls; k++)
          {
            CountingSink sink = { 0, k };
            g_autoptr(WfTidyWriter) failing = wf_tidy_writer_new (format ? WF_EXPORT_FORMAT_JSON : WF_EXPORT_FORMAT_CSV,
                                                                  WF_TIDY_NONE, NULL, counting_sink, &sink);
            gboolean ok = wf_results_export (failing, document->dataset,
                                             (const WfScenario * const *) document->scenarios->pdata,
                                             (const WfResults * const *) results->pdata, n, &error);

            if (ok)
              {
                /* The last call is the one finish makes. */
                g_assert_no_error (error);
                g_assert_cmpuint (k, ==, whole.calls);
                ok = wf_tidy_writer_finish (failing, &error);
              }
            else
              {
                g_assert_false (wf_tidy_writer_finish (failing, NULL));
                failures++;
              }
            g_assert_false (ok);
            g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC);
            g_assert_cmpuint (sink.calls, ==, k);
            g_clear_error (&error);
          }
      }
  g_assert_cmpuint (failures, >, 0);
}


/* The number of CSV data rows (after the "#" lines and the header) whose
 * columns hold @part, and of all rows when @part is NULL. */
static guint
count_rows (const GString *csv,
            const char    *part)
{
  g_auto(GStrv) lines = g_strsplit (csv->str, "\n", -1);
  gboolean header = TRUE;
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      if (header)
        {
          header = FALSE;
          continue;
        }
      if (part == NULL || strstr (lines[i], part) != NULL)
        n++;
    }
  return n;
}

/* How many sexes the "sex" column of a CSV export holds in @table's rows. */
static guint
count_sexes (const GString *csv,
             const char    *table)
{
  g_autoptr(GBytes) bytes = g_bytes_new (csv->str, csv->len);
  g_autoptr(WfCsvReader) reader = wf_csv_reader_new (bytes, "export.csv");
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  GPtrArray *fields;
  int column = -1, table_column = -1;

  while (wf_csv_reader_next (reader, &fields, &error))
    {
      const char *first = g_ptr_array_index (fields, 0);

      if (first[0] == '#')
        continue;
      if (column < 0)
        {
          for (guint i = 0; i < fields->len; i++)
            if (g_str_equal (g_ptr_array_index (fields, i), "sex"))
              column = (int) i;
            else if (g_str_equal (g_ptr_array_index (fields, i), "table"))
              table_column = (int) i;
          g_assert_cmpint (column, >=, 0);
          g_assert_cmpint (table_column, >=, 0);
          continue;
        }
      if (g_str_equal (g_ptr_array_index (fields, table_column), table))
        g_hash_table_add (seen, g_strdup (g_ptr_array_index (fields, column)));
    }
  g_assert_no_error (error);
  return g_hash_table_size (seen);
}

static GString *
export_view (const WfDataset  *dataset,
             const WfTidyView *view)
{
  GString *csv = g_string_new (NULL);
  g_autoptr(WfTidyWriter) writer = wf_tidy_writer_new (WF_EXPORT_FORMAT_CSV, WF_TIDY_NONE, NULL,
                                                       wf_tidy_string_sink, csv);
  g_autoptr(GError) error = NULL;

  g_assert_true (wf_tidy_export_view (writer, dataset, view, &error));
  g_assert_true (wf_tidy_writer_finish (writer, &error));
  g_assert_no_error (error);
  return csv;
}

/* What each view exports: a tornado's bars, an attribution's parts, an
 * ensemble's percentiles, or the projection kept to the lens. */
static void
test_export_views (void)
{
  g_autoptr(WfDocument) document = wf_document_new_default ();
  const WfScenario *scenario = g_ptr_array_index (document->scenarios, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(WfTornado) tornado = wf_tornado_compute (document->dataset, scenario, WF_METRIC_NET_JOBS, &error);
  guint32 groups[2] = { wf_lever_group_get_levers (WF_LEVER_GROUP_ASSUMPTION),
                        wf_lever_group_get_levers (WF_LEVER_GROUP_POLICY) };
  g_autoptr(WfAttribution) attribution = NULL;
  g_autoptr(WfEnsemble) ensemble = NULL;
  g_autoptr(WfResults) results = NULL;
  WfEnsembleOptions options;
  WfTidyView view = { .scenarios = &scenario, .n_scenarios = 1, .sector = -1 };
  GString *csv;
  guint n_years, n_sexes;

  g_assert_no_error (error);
  attribution = wf_attribution_compute (document->dataset, scenario, NULL, WF_METRIC_DISPLACED,
                                        groups, 2, 1, NULL, &error);
  g_assert_no_error (error);
  wf_ensemble_options_init (&options, scenario);
  options.n_runs = 12;
  options.n_threads = 1;
  options.by_sector = TRUE;
  options.outputs = WF_ENSEMBLE_OUTPUT (WF_OUTPUT_EMPLOYMENT);
  ensemble = wf_ensemble_run (document->dataset, scenario, &options, NULL, &error);
  g_assert_no_error (error);
  results = wf_model_project (document->dataset, scenario, &error);
  g_assert_no_error (error);

  /* The tornado: the central value, then five rows per lever. */
  view.tornado = tornado;
  csv = export_view (document->dataset, &view);
  g_assert_cmpuint (count_rows (csv, NULL), ==, 1 + 5 * WF_N_LEVERS);
  g_assert_cmpuint (count_rows (csv, ",central,"), ==, 1);
  g_assert_cmpuint (count_rows (csv, ",lever-value,"), ==, 2 * WF_N_LEVERS);
  g_string_free (csv, TRUE);

  /* The attribution: reference, a contribution per group, scenario. */
  view.tornado = NULL;
  view.attribution = attribution;
  csv = export_view (document->dataset, &view);
  g_assert_cmpuint (count_rows (csv, NULL), ==, 4);
  g_assert_cmpuint (count_rows (csv, ",contribution,"), ==, 2);
  g_assert_cmpuint (count_rows (csv, "adoption-ceiling+"), ==, 1);
  g_assert_cmpuint (count_rows (csv, ",persons,"), ==, 4);
  g_string_free (csv, TRUE);
  /* By group, the parts are named by their group. */
  {
    GString *out = g_string_new (NULL);
    g_autoptr(WfTidyWriter) writer = wf_tidy_writer_new (WF_EXPORT_FORMAT_CSV, WF_TIDY_NONE, NULL,
                                                         wf_tidy_string_sink, out);

    g_assert_true (wf_attribution_export (writer, scenario, attribution, TRUE, &error));
    g_assert_true (wf_tidy_writer_finish (writer, &error));
    g_assert_cmpuint (count_rows (out, ",assumption,"), ==, 1);
    g_assert_cmpuint (count_rows (out, ",policy,"), ==, 1);
    g_string_free (out, TRUE);
  }

  /* The ensemble: one output only, every sector and the total, the world
   * dataset's four sexes without "unknown" (it has none), two scopes, five
   * percentiles. */
  view.attribution = NULL;
  view.ensemble = ensemble;
  csv = export_view (document->dataset, &view);
  n_years = ensemble->n_years;
  g_assert_cmpuint (count_rows (csv, NULL), ==, n_years * 2 * (document->dataset->n_sectors + 1) * 4 * 5);
  g_assert_cmpuint (count_rows (csv, ",unknown,"), ==, 0);
  g_assert_cmpuint (count_rows (csv, ",gap,"), ==, n_years * 2 * (document->dataset->n_sectors + 1) * 5);
  g_assert_cmpuint (count_rows (csv, "ensemble-difference"), ==, n_years * (document->dataset->n_sectors + 1) * 4 * 5);
  g_string_free (csv, TRUE);

  /* A projection through each lens: the sexes it shows. */
  view.ensemble = NULL;
  view.results = (const WfResults * const *) &results;
  for (int lens = 0; lens < WF_N_LENSES; lens++)
    {
      view.lens = lens;
      csv = export_view (document->dataset, &view);
      n_sexes = count_sexes (csv, WF_EXPORT_TABLE_SECTORS);
      g_test_message ("lens %d: %u sexes", lens, n_sexes);
      g_assert_cmpuint (n_sexes, ==, lens == WF_LENS_TOTAL ? 4 : lens == WF_LENS_GAP ? 2 : 1);
      g_string_free (csv, TRUE);
    }
}

/* Wherever the sink fails, in the middle of a tornado's or an
 * attribution's rows too (after 0, 1, 2… rows of another export), the
 * exporter stops with the sink's error and writes no more. */
static void
test_export_views_sink_fails (void)
{
  g_autoptr(WfDocument) document = wf_document_new_default ();
  const WfScenario *scenario = g_ptr_array_index (document->scenarios, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(WfTornado) tornado = wf_tornado_compute (document->dataset, scenario, WF_METRIC_NET_JOBS, &error);
  g_autoptr(WfAttribution) attribution = NULL;
  guint32 groups[2] = { wf_lever_group_get_levers (WF_LEVER_GROUP_ASSUMPTION),
                        wf_lever_group_get_levers (WF_LEVER_GROUP_POLICY) };
  g_autofree char *long_name = g_strnfill (10, 'x');
  WfTidyRow filler = { .table = "filler", .scenario_id = "x", .scenario_name = long_name,
                       .indicator = "y", .value = 1.0 };
  gboolean hit[2][1 + 5 * WF_N_LEVERS] = { { FALSE, } };
  guint n_fail = 0;

  g_assert_no_error (error);
  attribution = wf_attribution_compute (document->dataset, scenario, NULL, WF_METRIC_NET_JOBS,
                                        groups, 2, 1, NULL, &error);
  g_assert_no_error (error);

  /* How many filler rows make the first write, and so fail. */
  {
    CountingSink sink = { 0, 1 };
    g_autoptr(WfTidyWriter) writer = wf_tidy_writer_new (WF_EXPORT_FORMAT_CSV, WF_TIDY_NONE, NULL,
                                                         counting_sink, &sink);

    while (wf_tidy_writer_add (writer, &filler, NULL))
      n_fail++;
    g_assert_cmpuint (sink.calls, ==, 1);
  }

  for (guint kind = 0; kind < 2; kind++)
    for (guint n = n_fail; n-- > 0 && n + 300 > n_fail; )
      {
        CountingSink sink = { 0, 1 };
        g_autoptr(WfTidyWriter) writer = wf_tidy_writer_new (WF_EXPORT_FORMAT_CSV, WF_TIDY_NONE, NULL,
                                                             counting_sink, &sink);
        guint64 row;

        for (guint i = 0; i < n; i++)
          g_assert_true (wf_tidy_writer_add (writer, &filler, NULL));
        if (kind == 0 ? wf_tornado_export (writer, scenario, tornado, &error)
                      : wf_attribution_export (writer, scenario, attribution, FALSE, &error))
          {
            /* The export fitted before the first write. */
            g_assert_no_error (error);
            g_assert_cmpuint (sink.calls, ==, 0);
            continue;
          }
        g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC);
        g_clear_error (&error);
        g_assert_cmpuint (sink.calls, ==, 1);
        /* The row the write came with was the last one added. */
        row = wf_tidy_writer_get_n_rows (writer) - n;
        g_assert_cmpuint (row, >=, 1);
        g_assert_cmpuint (row, <=, G_N_ELEMENTS (hit[0]));
        hit[kind][row - 1] = TRUE;
        g_assert_false (wf_tidy_writer_finish (writer, NULL));
        g_assert_cmpuint (sink.calls, ==, 1);
      }
  /* The failure fell on each of the tornado's and attribution's rows. */
  for (guint i = 0; i < 1 + 5 * WF_N_LEVERS; i++)
    g_assert_true (hit[0][i]);
  for (guint i = 0; i < 2 + attribution->n_parts; i++)
    g_assert_true (hit[1][i]);
}

/* A by-sector ensemble is large: the sink fails inside its rows. */
static void
test_export_ensemble_sink_fails (void)
{
  g_autoptr(WfDocument) document = wf_document_new_default ();
  const WfScenario *scenario = g_ptr_array_index (document->scenarios, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(WfEnsemble) ensemble = NULL;
  WfEnsembleOptions options;
  CountingSink sink = { 0, 1 };
  g_autoptr(WfTidyWriter) writer = wf_tidy_writer_new (WF_EXPORT_FORMAT_JSON, WF_TIDY_NONE, NULL,
                                                       counting_sink, &sink);

  wf_ensemble_options_init (&options, scenario);
  options.n_runs = 8;
  options.n_threads = 1;
  options.by_sector = TRUE;
  ensemble = wf_ensemble_run (document->dataset, scenario, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (wf_ensemble_export (writer, document->dataset, scenario, ensemble, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC);
  g_assert_cmpuint (sink.calls, ==, 1);
}


/* The JSON writer: a year of 0 and a value that is not a number are
 * null; an export of no rows is still a whole document. */
static void
test_tidy_json (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) empty = g_string_new (NULL);
  g_autoptr(WfTidyWriter) writer = wf_tidy_writer_new (WF_EXPORT_FORMAT_JSON, WF_TIDY_NONE, NULL,
                                                       wf_tidy_string_sink, out);
  g_autoptr(WfTidyWriter) nothing = wf_tidy_writer_new (WF_EXPORT_FORMAT_JSON, WF_TIDY_NONE, NULL,
                                                        wf_tidy_string_sink, empty);
  WfTidyRow row = { .table = "t", .indicator = "i", .value = NAN };
  g_autoptr(GError) error = NULL;
  WfExportFormat format = WF_EXPORT_FORMAT_CSV;

  g_assert_true (wf_tidy_writer_add (writer, &row, &error));
  g_assert_true (wf_tidy_writer_finish (writer, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (wf_tidy_writer_get_n_rows (writer), ==, 1);
  g_assert_nonnull (strstr (out->str, "\"year\": null"));
  g_assert_nonnull (strstr (out->str, "\"value\": null"));

  g_assert_true (wf_tidy_writer_finish (nothing, &error));
  g_assert_true (g_str_has_suffix (empty->str, "]\n}\n"));
  g_assert_cmpuint (wf_tidy_writer_get_n_rows (nothing), ==, 0);

  g_assert_true (wf_export_format_from_string ("json", &format));
  g_assert_cmpint (format, ==, WF_EXPORT_FORMAT_JSON);
  g_assert_true (wf_export_format_from_string ("csv", &format));
  g_assert_cmpint (format, ==, WF_EXPORT_FORMAT_CSV);
  g_assert_false (wf_export_format_from_string ("xlsx", &format));
  g_assert_false (wf_export_format_from_string (NULL, &format));
  g_assert_cmpint (format, ==, WF_EXPORT_FORMAT_CSV);
}

/* io util */

static void
test_format_double (void)
{
  char buf[WF_IO_DOUBLE_BUF_SIZE];

  g_assert_cmpstr (wf_io_format_double (buf, NAN), ==, "nan");
  g_assert_cmpstr (wf_io_format_double (buf, INFINITY), ==, "inf");
  g_assert_cmpstr (wf_io_format_double (buf, -INFINITY), ==, "-inf");
  g_assert_cmpstr (wf_io_format_double (buf, -0.0), ==, "-0");
  g_assert_cmpstr (wf_io_format_double (buf, 0.0), ==, "0");
  g_assert_cmpstr (wf_io_format_double (buf, 0.1), ==, "0.1");
  g_assert_cmpstr (wf_io_format_double (buf, 5e-324), ==, "5e-324");
  g_assert_cmpstr (wf_io_format_double (buf, 1.25e-310), ==, "1.25e-310");
}

static void
test_parse_double (void)
{
  double value = 0.0;

  g_assert_false (wf_io_parse_double (NULL, &value));
  g_assert_false (wf_io_parse_double ("   ", &value));
  g_assert_false (wf_io_parse_double ("1e99999", &value));
  g_assert_false (wf_io_parse_double ("1e400", &value));
  g_assert_false (wf_io_parse_double ("1 2", &value));
  g_assert_true (wf_io_parse_double (" -2.5e+3 ", &value));
  g_assert_cmpfloat (value, ==, -2500.0);
}

static void
test_append_text (void)
{
  g_autoptr(GString) out = g_string_new (NULL);

  wf_io_append_xml (out, NULL, TRUE);
  wf_io_append_csv (out, NULL);
  g_assert_cmpstr (out->str, ==, "");

  /* Invalid UTF-8 becomes U+FFFD; a character XML cannot hold too; one
   * beyond the Basic Multilingual Plane stays. */
  wf_io_append_xml (out, "a\xff" "b\x01" "c\xf0\x9f\x98\x80\"\t\n", FALSE);
  g_assert_cmpstr (out->str, ==, "a\xef\xbf\xbd" "b\xef\xbf\xbd" "c\xf0\x9f\x98\x80\"\t\n");
  g_string_truncate (out, 0);
  wf_io_append_xml (out, "\"\t\n\r", TRUE);
  g_assert_cmpstr (out->str, ==, "&quot;&#9;&#10;&#13;");

  g_string_truncate (out, 0);
  wf_io_append_json (out, "\"\\\n\r\t\b\f\x01z\xff");
  g_assert_cmpstr (out->str, ==, "\"\\\"\\\\\\n\\r\\t\\b\\f\\u0001z\xef\xbf\xbd\"");
  g_string_truncate (out, 0);
  wf_io_append_json (out, NULL);
  g_assert_cmpstr (out->str, ==, "\"\"");

  g_string_truncate (out, 0);
  wf_io_append_csv (out, " padded");
  wf_io_append_csv (out, "say \"x\"");
  wf_io_append_csv (out, "");
  g_assert_cmpstr (out->str, ==, "\" padded\"\"say \"\"x\"\"\"");
}

/* A save with a cancellable that is not cancelled goes through, the check
 * before the rename included. */
static void
test_write_cancellable (void)
{
  g_autofree char *dir = g_dir_make_tmp ("wf-branches-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (wf_io_write_file_atomic (file, "hello", 5, 0, cancellable, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "hello");
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *path = g_strdup_printf ("/io/branches/document/refusal/%s", refusals[i].name);

      g_test_add_data_func (path, &refusals[i], test_refusal);
    }
  for (guint i = 0; i < G_N_ELEMENTS (v1_refusals); i++)
    {
      g_autofree char *path = g_strdup_printf ("/io/branches/document/v1/%s", v1_refusals[i].name);

      g_test_add_data_func (path, &v1_refusals[i], test_v1_refusal);
    }
  g_test_add_func ("/io/branches/document/lenient", test_lenient);
  g_test_add_func ("/io/branches/document/lever-unset", test_lever_unset);
  g_test_add_func ("/io/branches/document/v3-compare-by-name", test_v3_compare_by_name);
  g_test_add_func ("/io/branches/document/v2-later-table", test_v2_later_table);
  g_test_add_func ("/io/branches/document/warnings-logged", test_warnings_logged);
  g_test_add_func ("/io/branches/document/get-version", test_get_version);
  g_test_add_func ("/io/branches/document/prescan", test_prescan);
  g_test_add_func ("/io/branches/document/load-file", test_load_file);
  g_test_add_func ("/io/branches/document/writer-refusals", test_writer_refusals);
  g_test_add_func ("/io/branches/document/writer-empty-parts", test_writer_empty_parts);
  g_test_add_func ("/io/branches/document/schema", test_schema);
  g_test_add_func ("/io/branches/merge", test_merge);
  g_test_add_func ("/io/branches/export/sink-fails", test_export_sink_fails);
  g_test_add_func ("/io/branches/export/views", test_export_views);
  g_test_add_func ("/io/branches/export/views-sink-fails", test_export_views_sink_fails);
  g_test_add_func ("/io/branches/export/ensemble-sink-fails", test_export_ensemble_sink_fails);
  g_test_add_func ("/io/branches/export/tidy-json", test_tidy_json);
  g_test_add_func ("/io/branches/util/format-double", test_format_double);
  g_test_add_func ("/io/branches/util/parse-double", test_parse_double);
  g_test_add_func ("/io/branches/util/append-text", test_append_text);
  g_test_add_func ("/io/branches/util/write-cancellable", test_write_cancellable);

  return g_test_run ();
}
