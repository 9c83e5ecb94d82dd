/* wf-ilostat.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads ILOSTAT files in the forms the ILO serves them (docs/ilostat-import.md):
 * bulk CSV with codes (and Rilostat's codes-and-labels form), plain or
 * gzip-compressed, and the SDMX API's CSV. Employment by sex and economic
 * activity gives the dataset's sectors; the labour force and unemployment
 * by sex and age (15+) give its labour market. Everything else comes from
 * the bundled world dataset, or from an exposure profile or table, each
 * table's source saying which. Every row read is either used or counted
 * in the report under the reason it was skipped.
 */
#define G_LOG_DOMAIN "wf-ilostat"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "wf-csv-reader.h"
#include "wf-exposure-profile.h"
#include "wf-exposure-table.h"
#include "wf-ilostat.h"
#include "wf-io-error.h"
#include "wf-io-migrate.h"
#include "wf-io-util.h"

enum { SX_F, SX_M, SX_T, SX_O, N_SX };

static const char * const sex_codes[N_SX] = { "SEX_F", "SEX_M", "SEX_T", "SEX_O" };

typedef enum
{
  KIND_EMPLOYMENT,
  KIND_LABOUR_FORCE,
  KIND_UNEMPLOYMENT,
  N_KINDS
} Kind;

enum
{
  COL_AREA, COL_INDICATOR, COL_SEX, COL_CLASSIF, COL_TIME, COL_VALUE, COL_SOURCE, COL_FREQ,
  COL_DATAFLOW, N_COLS
};

static const char * const bulk_columns[N_COLS] = {
  "ref_area", "indicator", "sex", "classif1", "time", "obs_value", "source", NULL, NULL,
};

static const char * const sdmx_columns[N_COLS] = {
  "REF_AREA", "INDICATOR", "SEX", "ECO", "TIME_PERIOD", "OBS_VALUE", "SOURCE", "FREQ", "DATAFLOW",
};

/* Age bands of the labour force and unemployment, best first. */
static const char * const age_codes[] = { "AGE_YTHADULT_YGE15", "AGE_AGGREGATE_TOTAL" };

typedef struct
{
  char   *area;
  char   *indicator;  /* without the frequency suffix */
  char   *source;     /* "" when the file has no source column */
  char   *classif;
  Kind    kind;
  int     sex;
  int     year;
  double  value;
  guint   line;
  guint   file;
  gboolean used;
} Row;

typedef struct
{
  double   value[N_SX];
  gboolean has[N_SX];
  guint    line[N_SX];
  guint    file;
} Cell;

/* The 14 modelled groups, by their ISIC Rev.4 sections and the ISIC Rev.3
 * sections that correspond (docs/ilostat-import.md). */
typedef struct
{
  const char *id;
  const char *isic4;
  const char *isic3;
} Group;

static const Group groups[] = {
  { "ECO_ISIC4_A", "A", "AB" }, { "ECO_ISIC4_B", "B", "C" }, { "ECO_ISIC4_C", "C", "D" },
  { "ECO_ISIC4_DE", "DE", "E" }, { "ECO_ISIC4_F", "F", "F" }, { "ECO_ISIC4_G", "G", "G" },
  { "ECO_ISIC4_HJ", "HJ", "I" }, { "ECO_ISIC4_I", "I", "H" }, { "ECO_ISIC4_K", "K", "J" },
  { "ECO_ISIC4_LMN", "LMN", "K" }, { "ECO_ISIC4_O", "O", "L" }, { "ECO_ISIC4_P", "P", "M" },
  { "ECO_ISIC4_Q", "Q", "N" }, { "ECO_ISIC4_RSTU", "RSTU", "OPQ" },
};

typedef struct
{
  const char *id;
  const char *label;
  const char *isic4;   /* the ISIC Rev.4 sections it covers */
} Target;

static const Target aggregate_targets[] = {
  { "ECO_AGGREGATE_AGR", "Agriculture", "A" },
  { "ECO_AGGREGATE_MAN", "Manufacturing", "C" },
  { "ECO_AGGREGATE_CON", "Construction", "F" },
  { "ECO_AGGREGATE_MEL", "Mining and quarrying; Electricity, gas and water supply", "BDE" },
  { "ECO_AGGREGATE_MKT", "Market services (Trade; Transportation; Accommodation and food; "
    "and Business and administrative services)", "GHIJKLMN" },
  { "ECO_AGGREGATE_PUB", "Non-market services (Public administration; Community, social and "
    "other services and activities)", "OPQRSTU" },
};

static const Target sector_targets[] = {
  { "ECO_SECTOR_AGR", "Agriculture", "A" },
  { "ECO_SECTOR_IND", "Industry", "BCDEF" },
  { "ECO_SECTOR_SER", "Services", "GHIJKLMNOPQRSTU" },
};

typedef enum
{
  LEVEL_GROUPS_ISIC4,
  LEVEL_GROUPS_DETAILS,
  LEVEL_GROUPS_ISIC3,
  LEVEL_AGGREGATE,
  LEVEL_SECTOR,
  N_LEVELS
} Level;

static const char * const level_names[N_LEVELS] = {
  N_("the 14 groups of ISIC Rev.4, from ECO_ISIC4_* sections or combined codes"),
  N_("the 14 groups of the ILO modelled estimates (ECO_DETAILS_*)"),
  N_("ISIC Rev.3 sections (ECO_ISIC3_*), mapped to the 14 groups of ISIC Rev.4"),
  N_("the six aggregates of ISIC Rev.4 (ECO_AGGREGATE_*)"),
  N_("agriculture, industry and services (ECO_SECTOR_*)"),
};

typedef struct
{
  GPtrArray        *names;       /* (element-type utf8) display names, by file */
  GPtrArray        *editions;    /* (element-type utf8) by file */
  GArray           *rows;        /* Row */
  const WfDataset  *pattern;     /* world dataset, or its copy with an exposure table */
  WfIlostatReport  *report;
  GHashTable       *skipped;     /* reason -> count */
  GPtrArray        *skip_order;  /* reasons in the order first met */
  GHashTable       *areas_seen;  /* every area of employment rows */
  GHashTable       *area_filter; /* NULL: keep every area */
  const WfIlostatOptions *options;
  GCancellable     *cancellable;
  /* "kind|year|area" -> GArray of indices into rows: choosing the year
   * and the series looks at one area and year at a time, which scanning
   * every row made O(rows²) (200,000 rows: 76 s). Built on first use. */
  GHashTable       *by_cell;
  guint             n_indexed;
  /* The other series of the first area, not used: "INDICATOR SOURCE; …",
   * for the dataset's note (in English, as the notes of the file are). */
  GString          *alternatives;
} Import;

typedef struct
{
  char       *id;
  char       *label;
  GPtrArray  *world;              /* (element-type guint) pattern sector indices, as pointers */
  double      employment[WF_N_SEXES];
  gboolean    split;
} Sector;

static void
row_clear (gpointer data)
{
  Row *row = data;

  g_free (row->area);
  g_free (row->indicator);
  g_free (row->source);
  g_free (row->classif);
}

static void
sector_clear (Sector *sector)
{
  g_free (sector->id);
  g_free (sector->label);
  g_clear_pointer (&sector->world, g_ptr_array_unref);
}

static void
file_report_free (WfIlostatFileReport *file)
{
  g_free (file->name);
  g_free (file->form);
  g_free (file->edition);
  g_free (file);
}

static gboolean G_GNUC_PRINTF (5, 6)
fail (const char  *name,
      guint        line,
      GError     **error,
      int          code,
      const char  *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (name != NULL)
    {
      g_autofree char *text = wf_io_message_at (name, line, 0, message);

      g_set_error_literal (error, WF_IO_ERROR, code, text);
    }
  else
    g_set_error_literal (error, WF_IO_ERROR, code, message);
  return FALSE;
}

static void
skip (Import     *import,
      const char *reason,
      guint64     count)
{
  gpointer old;

  if (count == 0)
    return;
  if (!g_hash_table_lookup_extended (import->skipped, reason, NULL, &old))
    {
      char *key = g_strdup (reason);

      g_ptr_array_add (import->skip_order, key);
      g_hash_table_insert (import->skipped, key, g_new0 (guint64, 1));
    }
  *(guint64 *) g_hash_table_lookup (import->skipped, reason) += count;
}

static void G_GNUC_PRINTF (2, 3)
report_add (GPtrArray  *list,
            const char *format,
            ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (list, g_strdup_vprintf (format, args));
  va_end (args);
}

/* Appends @item to @list, a list inside a sentence, after the language's
 * separator when it is not the first. */
static void
append_list_item (GString    *list,
                  const char *item)
{
  if (list->len > 0)
    /* Translators: between two items of a list inside a sentence, e.g.
     * between ILOSTAT series “EMP_TEMP_SEX_ECO_NB BA:123; EMP_2EMP_SEX_ECO_NB -”;
     * French writes " ; " with a no-break space before the semicolon */
    g_string_append (list, C_("list separator", "; "));
  g_string_append (list, item);
}

static gboolean
is_aggregate_area (const char *area)
{
  return area[0] == 'X' && g_ascii_isdigit (area[1]);
}

static int
parse_sex (const char *code)
{
  for (int i = 0; i < N_SX; i++)
    if (g_str_equal (code, sex_codes[i]))
      return i;
  return -1;
}

static Kind
indicator_kind (const char *base)
{
  if (g_str_equal (base, WF_ILOSTAT_INDICATOR_MODELLED) ||
      g_str_equal (base, WF_ILOSTAT_INDICATOR_SURVEYS))
    return KIND_EMPLOYMENT;
  if (g_str_equal (base, WF_ILOSTAT_INDICATOR_LABOUR_FORCE) ||
      g_str_equal (base, WF_ILOSTAT_INDICATOR_LABOUR_FORCE_MODELLED))
    return KIND_LABOUR_FORCE;
  if (g_str_equal (base, WF_ILOSTAT_INDICATOR_UNEMPLOYMENT) ||
      g_str_equal (base, WF_ILOSTAT_INDICATOR_UNEMPLOYMENT_MODELLED))
    return KIND_UNEMPLOYMENT;
  return N_KINDS;
}

/* A decimal number as ILOSTAT writes it; hexadecimal ("0x1A"), infinities
 * and other forms strtod () would take are refused. */
static gboolean
parse_decimal (const char *text,
               double     *out)
{
  gboolean digits = FALSE;

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        digits = TRUE;
      else if (strchr (".+-eE", *p) == NULL)
        return FALSE;
    }
  return digits && wf_io_parse_double (text, out) && isfinite (*out);
}

/* Reading a file: at most @max bytes, and as many once decompressed */

static GBytes *
read_stream (GInputStream  *stream,
             const char    *name,
             gsize          max,
             gboolean       decompressing,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  guint8 buffer[65536];

  for (;;)
    {
      g_autoptr(GError) local_error = NULL;
      gssize n = g_input_stream_read (stream, buffer, sizeof buffer, cancellable, &local_error);

      if (n < 0)
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            g_propagate_error (error, g_steal_pointer (&local_error));
          else if (decompressing)
            fail (name, 0, error, WF_IO_ERROR_IO,
                  /* Translators: why the compressed data could not be read */
                  _("the gzip data are damaged or cut short: %s"), local_error->message);
          else
            /* Translators: why the file could not be read */
            fail (name, 0, error, WF_IO_ERROR_IO, _("could not read the file: %s"),
                  local_error->message);
          return NULL;
        }
      if (n == 0)
        break;
      if (data->len + (gsize) n > max)
        {
          fail (name, 0, error, WF_IO_ERROR_TOO_LARGE,
                decompressing
                  /* Translators: the size limit in MiB */
                  ? _("the decompressed contents are larger than %u MiB; refused (download one "
                      "country or split the file)")
                  /* Translators: the size limit in MiB */
                  : _("the file is larger than %u MiB; refused (download one country or split "
                      "the file)"),
                (guint) MAX (max / (1024 * 1024), 1));
          return NULL;
        }
      g_byte_array_append (data, buffer, (guint) n);
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/* The CSV text of @file: refused unless a regular file; gzip detected by
 * its magic bytes, whatever the name says. */
static GBytes *
read_file (Import               *import,
           GFile                *file,
           WfIlostatFileReport  *report,
           GError              **error)
{
  gsize max = import->options->max_size ? import->options->max_size : WF_ILOSTAT_MAX_SIZE;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) raw = NULL;
  const guint8 *data;
  gsize size;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_TIME_MODIFIED,
                            G_FILE_QUERY_INFO_NONE, import->cancellable, &local_error);
  if (info == NULL)
    {
      /* Translators: why the file could not be read */
      fail (report->name, 0, error, WF_IO_ERROR_IO, _("could not read the file: %s"),
            local_error->message);
      return NULL;
    }
  /* A pipe or a device would block or never end: refuse it before opening. */
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      fail (report->name, 0, error, WF_IO_ERROR_IO,
            _("not a regular file (a directory, a device or a pipe); give an ILOSTAT .csv or "
              ".csv.gz file"));
      return NULL;
    }

  if (import->options->edition != NULL && *import->options->edition != '\0')
    report->edition = g_strdup (import->options->edition);
  else if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_TIME_MODIFIED))
    {
      g_autoptr(GDateTime) modified = g_date_time_new_from_unix_utc (
        (gint64) g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED));
      g_autofree char *date = modified ? g_date_time_format (modified, "%Y-%m-%d") : NULL;

      /* Translators: %s is a date, 2026-11-30 */
      report->edition = g_strdup_printf (_("edition not given; file dated %s"),
                                         date ? date : "?");
    }
  else
    report->edition = g_strdup (_("edition not given; file date unknown"));

  stream = g_file_read (file, import->cancellable, &local_error);
  if (stream == NULL)
    {
      fail (report->name, 0, error, WF_IO_ERROR_IO, _("could not read the file: %s"),
            local_error->message);
      return NULL;
    }
  raw = read_stream (G_INPUT_STREAM (stream), report->name, max, FALSE, import->cancellable,
                     error);
  if (raw == NULL)
    return NULL;

  data = g_bytes_get_data (raw, &size);
  if (size >= 2 && data[0] == 0x1f && data[1] == 0x8b)
    {
      g_autoptr(GZlibDecompressor) decompressor = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP);
      g_autoptr(GInputStream) memory = g_memory_input_stream_new_from_bytes (raw);
      g_autoptr(GInputStream) converter = g_converter_input_stream_new (memory, G_CONVERTER (decompressor));

      report->compressed = TRUE;
      return read_stream (converter, report->name, max, TRUE, import->cancellable, error);
    }
  if (size >= 4 && memcmp (data, "PK\003\004", 4) == 0)
    {
      fail (report->name, 1, error, WF_IO_ERROR_CSV,
            _("this is a ZIP archive or an Excel workbook (.xlsx), not a CSV file; download the "
              "CSV from ILOSTAT or save the sheet as CSV"));
      return NULL;
    }
  if (size >= 4 && memcmp (data, "\xd0\xcf\x11\xe0", 4) == 0)
    {
      fail (report->name, 1, error, WF_IO_ERROR_CSV,
            _("this is an Excel 97–2003 workbook (.xls), not a CSV file; download the CSV from "
              "ILOSTAT or save the sheet as CSV"));
      return NULL;
    }
  if ((size >= 3 && memcmp (data, "BZh", 3) == 0) ||
      (size >= 6 && memcmp (data, "\xfd" "7zXZ\0", 6) == 0) ||
      (size >= 4 && memcmp (data, "\x28\xb5\x2f\xfd", 4) == 0) ||
      (size >= 6 && memcmp (data, "7z\xbc\xaf\x27\x1c", 6) == 0))
    {
      fail (report->name, 1, error, WF_IO_ERROR_CSV,
            _("the file is compressed, but not with gzip (bzip2, xz, zstd or 7-Zip); "
              "decompress it, or download the .csv.gz that ILOSTAT serves"));
      return NULL;
    }
  if (g_str_has_suffix (report->name, ".gz"))
    {
      fail (report->name, 1, error, WF_IO_ERROR_CSV,
            _("the name ends in .gz but the file is not gzip-compressed; it may be damaged or "
              "renamed; download it again"));
      return NULL;
    }

  return g_steal_pointer (&raw);
}

/* Reading the rows */

/* "KEN: Kenya" (SDMX CSV with labels) -> "KEN" */
static const char *
sdmx_code (char *value)
{
  char *colon = strstr (value, ": ");

  if (colon != NULL)
    *colon = '\0';
  return g_strstrip (value);
}

/* "ILO:DF_EMP_TEMP_SEX_ECO_NB(1.0)" -> "EMP_TEMP_SEX_ECO_NB" */
static char *
dataflow_indicator (const char *dataflow)
{
  const char *start = strstr (dataflow, "DF_");
  const char *end;

  if (start == NULL)
    return g_strdup (dataflow);
  start += 3;
  end = strchr (start, '(');
  return end ? g_strndup (start, (gsize) (end - start)) : g_strdup (start);
}

static gboolean
read_rows (Import               *import,
           GBytes               *bytes,
           guint                 file_index,
           WfIlostatFileReport  *report,
           GError              **error)
{
  const char *name = report->name;
  g_autoptr(WfCsvReader) reader = wf_csv_reader_new (bytes, name);
  g_autoptr(GError) local_error = NULL;
  const char * const *names;
  GPtrArray *fields = NULL;
  int columns[N_COLS];
  gboolean sdmx = FALSE, labels = FALSE;
  guint n_header;

  if (!wf_csv_reader_next (reader, &fields, &local_error))
    {
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      return fail (name, 0, error, WF_IO_ERROR_ILOSTAT_COLUMN,
                   _("the file is empty; expected a header line with the columns "
                     "ref_area, indicator, sex, classif1, time and obs_value"));
    }

  n_header = fields->len;
  for (guint i = 0; i < fields->len; i++)
    {
      char *field = g_strstrip ((char *) g_ptr_array_index (fields, i));

      if (g_str_has_suffix (field, ".label"))
        labels = TRUE;
      /* SDMX CSV with labels: "REF_AREA: Reference area" */
      if (g_str_has_prefix (field, "REF_AREA"))
        sdmx = TRUE;
    }
  names = sdmx ? sdmx_columns : bulk_columns;

  for (guint c = 0; c < N_COLS; c++)
    {
      columns[c] = -1;
      if (names[c] == NULL)
        continue;
      for (guint i = 0; i < fields->len && columns[c] < 0; i++)
        {
          g_autofree char *field = g_strdup (g_ptr_array_index (fields, i));

          if (sdmx)
            sdmx_code (field);
          if (g_str_equal (field, names[c]) || (sdmx && c == COL_CLASSIF && g_str_equal (field, "AGE")))
            columns[c] = (int) i;
        }
    }

  if (sdmx)
    {
      report->form = g_strdup (_("SDMX CSV"));
      for (guint c = 0; c < N_COLS; c++)
        if (columns[c] < 0 && c != COL_SOURCE && c != COL_FREQ && c != COL_INDICATOR &&
            c != COL_DATAFLOW)
          return fail (name, 1, error, WF_IO_ERROR_ILOSTAT_COLUMN,
                       /* Translators: an SDMX column name; keep the column names listed */
                       _("the SDMX column “%s” is missing; expected REF_AREA, FREQ, SEX, ECO (or "
                         "AGE), TIME_PERIOD and OBS_VALUE, with INDICATOR or DATAFLOW"),
                       c == COL_CLASSIF ? "ECO" : names[c]);
      if (columns[COL_INDICATOR] < 0 && columns[COL_DATAFLOW] < 0)
        return fail (name, 1, error, WF_IO_ERROR_ILOSTAT_COLUMN,
                     _("the SDMX columns INDICATOR and DATAFLOW are both missing: nothing says "
                       "which indicator the values are"));
    }
  else
    {
      report->form = g_strdup (labels ? _("bulk CSV with codes and labels")
                                      : _("bulk CSV with codes"));
      for (guint c = 0; c < N_COLS; c++)
        {
          g_autofree char *label = NULL;
          gboolean has_label = FALSE;

          if (columns[c] >= 0 || c == COL_SOURCE || names[c] == NULL)
            continue;

          label = g_strconcat (names[c], ".label", NULL);
          for (guint i = 0; i < fields->len; i++)
            has_label |= g_strcmp0 (g_ptr_array_index (fields, i), label) == 0;

          if (has_label)
            return fail (name, 1, error, WF_IO_ERROR_ILOSTAT_COLUMN,
                         /* Translators: the missing column’s name, then the label column found instead */
                         _("the column “%s” is missing but “%s” is there: the file was downloaded "
                           "with labels only; download it again with codes"),
                         names[c], label);
          return fail (name, 1, error, WF_IO_ERROR_ILOSTAT_COLUMN,
                       /* Translators: a column name; keep the column names listed */
                       _("the column “%s” is missing; expected the columns ref_area, indicator, "
                         "sex, classif1, time and obs_value (by name, in any order), or the SDMX "
                         "columns REF_AREA, FREQ, SEX, ECO, TIME_PERIOD and OBS_VALUE"),
                       names[c]);
        }
    }

  while (wf_csv_reader_next (reader, &fields, &local_error))
    {
      guint line = wf_csv_reader_get_line (reader);
      char *field[N_COLS];
      g_autofree char *indicator = NULL;
      Row row = { NULL, };
      gsize length;
      int sex;

      report->rows++;
      if (report->rows % 4096 == 0 &&
          g_cancellable_set_error_if_cancelled (import->cancellable, error))
        return FALSE;

      if (fields->len != n_header)
        return fail (name, line, error, WF_IO_ERROR_CSV,
                     /* Translators: the fields on the line, then those of the header */
                     _("the line has %u fields; the header has %u"), fields->len, n_header);

      for (guint c = 0; c < N_COLS; c++)
        {
          field[c] = columns[c] >= 0 ? g_ptr_array_index (fields, columns[c]) : (char *) "";
          if (columns[c] >= 0)
            {
              if (sdmx && c != COL_DATAFLOW)
                sdmx_code (field[c]);
              else
                g_strstrip (field[c]);
            }
        }

      indicator = sdmx && *field[COL_INDICATOR] == '\0' ? dataflow_indicator (field[COL_DATAFLOW])
                                                        : g_strdup (field[COL_INDICATOR]);
      length = strlen (indicator);
      if (length > 2 && indicator[length - 2] == '_' && strchr ("AQM", indicator[length - 1]))
        {
          if (indicator[length - 1] != 'A')
            {
              skip (import, _("quarterly or monthly indicator"), 1);
              continue;
            }
          indicator[length - 2] = '\0';
        }
      row.kind = indicator_kind (indicator);
      if (row.kind == N_KINDS)
        {
          /* Translators: an ILOSTAT indicator code, e.g. EMP_TEMP_SEX_AGE_NB */
          g_autofree char *reason = g_strdup_printf (_("indicator %s (not employment by economic "
                                                       "activity, labour force or unemployment)"),
                                                     indicator);
          skip (import, reason, 1);
          continue;
        }

      if (*field[COL_FREQ] != '\0' && !g_str_equal (field[COL_FREQ], "A"))
        {
          skip (import, _("quarterly or monthly rows"), 1);
          continue;
        }
      {
        gint64 year;

        if (!g_ascii_string_to_signed (field[COL_TIME], 10, 1900, 2200, &year, NULL))
          {
            const char *t = field[COL_TIME];

            if (strlen (t) > 4 && g_ascii_isdigit (t[0]) && (strchr (t, 'Q') || strchr (t, 'M') ||
                                                              t[4] == '-'))
              {
                skip (import, _("quarterly or monthly rows"), 1);
                continue;
              }
            return fail (name, line, error, WF_IO_ERROR_ILOSTAT_DATA,
                         /* Translators: what the line gives as the period; keep “column time” */
                         _("column time: “%s” is not a period; expected a year such as “2023” "
                           "(“2023Q2” and “2023M03” are skipped)"), t);
          }
        row.year = (int) year;
      }

      if (*field[COL_AREA] == '\0')
        return fail (name, line, error, WF_IO_ERROR_ILOSTAT_DATA, _("column ref_area is empty"));
      if (row.kind == KIND_EMPLOYMENT)
        g_hash_table_add (import->areas_seen, g_strdup (field[COL_AREA]));
      if (import->area_filter != NULL && !g_hash_table_contains (import->area_filter, field[COL_AREA]))
        {
          skip (import, _("other areas"), 1);
          continue;
        }

      if (*field[COL_VALUE] == '\0')
        {
          skip (import, _("no value (empty obs_value)"), 1);
          continue;
        }

      sex = parse_sex (field[COL_SEX]);
      if (sex < 0)
        return fail (name, line, error, WF_IO_ERROR_ILOSTAT_DATA,
                     /* Translators: what the line gives as the sex; keep “column sex” and the codes */
                     _("column sex: “%s” is not one of SEX_T, SEX_F, SEX_M or SEX_O"),
                     field[COL_SEX]);

      if (!parse_decimal (field[COL_VALUE], &row.value))
        return fail (name, line, error, WF_IO_ERROR_ILOSTAT_DATA,
                     /* Translators: what the line gives as the value; keep “column obs_value” */
                     _("column obs_value: “%s” is not a decimal number (hexadecimal and other "
                       "notations are refused)"), field[COL_VALUE]);
      if (row.value < 0.0)
        return fail (name, line, error, WF_IO_ERROR_ILOSTAT_DATA,
                     /* Translators: what the line gives as the value; keep “column obs_value” */
                     _("column obs_value: %s is negative; a number of people cannot be negative"),
                     field[COL_VALUE]);
      if (row.value > WF_ILOSTAT_MAX_VALUE)
        return fail (name, line, error, WF_IO_ERROR_ILOSTAT_DATA,
                     /* Translators: what the line gives as the value; keep “column obs_value” */
                     _("column obs_value: %s thousand is more people than live on Earth; the "
                       "file is not in thousands, or it is damaged"), field[COL_VALUE]);

      /* No country has more people than this; only aggregates can. */
      if (row.value > WF_ILOSTAT_MAX_COUNTRY_VALUE && !is_aggregate_area (field[COL_AREA]))
        return fail (name, line, error, WF_IO_ERROR_ILOSTAT_DATA,
                     /* Translators: the value as the file gives it, then the area code */
                     /* Translators: what the line gives as the value; keep “column obs_value” */
                     _("column obs_value: %s thousand is more people than live in any country "
                       "(%s is not an ILOSTAT aggregate); the file is not in thousands, or it is "
                       "damaged"), field[COL_VALUE], field[COL_AREA]);

      if (row.kind != KIND_EMPLOYMENT)
        {
          gboolean known = FALSE;

          for (guint i = 0; i < G_N_ELEMENTS (age_codes); i++)
            known |= g_str_equal (field[COL_CLASSIF], age_codes[i]);
          if (!known)
            {
              skip (import, _("age bands other than 15+"), 1);
              continue;
            }
        }

      row.area = g_strdup (field[COL_AREA]);
      row.indicator = g_steal_pointer (&indicator);
      row.source = g_strdup (field[COL_SOURCE]);
      row.classif = g_strdup (field[COL_CLASSIF]);
      row.sex = sex;
      row.line = line;
      row.file = file_index;
      g_array_append_val (import->rows, row);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/* Choosing the area, year and series */

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static char *
join_sorted (GHashTable *set)
{
  g_autofree const char **keys = (const char **) g_hash_table_get_keys_as_array (set, NULL);
  guint n = g_hash_table_size (set);

  qsort (keys, n, sizeof (char *), compare_strings);
  if (n > 12)
    {
      g_autofree char *head = NULL;

      keys[12] = NULL;
      head = g_strjoinv (", ", (char **) keys);
      return g_strdup_printf ("%s, …", head);
    }
  return g_strjoinv (", ", (char **) keys);
}

static GPtrArray *
parse_areas (const char  *option,
             GError     **error)
{
  g_autoptr(GPtrArray) chosen = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) codes = g_strsplit (option, ",", -1);
  guint aggregates = 0;

  for (guint i = 0; codes[i] != NULL; i++)
    {
      char *code = g_strstrip (codes[i]);

      if (*code == '\0')
        continue;
      for (guint j = 0; j < chosen->len; j++)
        if (g_str_equal (g_ptr_array_index (chosen, j), code))
          {
            /* Translators: an area code, e.g. “KEN” */
            fail (NULL, 0, error, WF_IO_ERROR_ILOSTAT_AREA, _("the area “%s” is chosen twice"), code);
            return NULL;
          }
      if (is_aggregate_area (code))
        aggregates++;
      g_ptr_array_add (chosen, g_strdup (code));
    }

  if (chosen->len == 0)
    {
      fail (NULL, 0, error, WF_IO_ERROR_ILOSTAT_AREA, _("no area given"));
      return NULL;
    }
  if (aggregates > 0 && chosen->len > 1)
    {
      fail (NULL, 0, error, WF_IO_ERROR_ILOSTAT_AREA,
            /* Translators: the --area option as given, e.g. “X01,KEN” */
            _("“%s” mixes an ILOSTAT aggregate with other areas; an aggregate already contains "
              "its countries and cannot be summed with them"), option);
      return NULL;
    }
  /* The dataset's id and area do not depend on the order given. */
  g_ptr_array_sort (chosen, compare_strings);
  return g_steal_pointer (&chosen);
}

/* The indices of the rows of @kind for @area in @year (NULL when none),
 * from the index, which is rebuilt when rows were added since. */
static GArray *
cell_rows (Import      *import,
           Kind         kind,
           const char  *area,
           int          year)
{
  g_autofree char *key = NULL;

  if (import->n_indexed != import->rows->len)
    {
      g_hash_table_remove_all (import->by_cell);
      for (guint i = 0; i < import->rows->len; i++)
        {
          Row *row = &g_array_index (import->rows, Row, i);
          char *row_key = g_strdup_printf ("%d|%d|%s", (int) row->kind, row->year, row->area);
          GArray *indices = g_hash_table_lookup (import->by_cell, row_key);

          if (indices == NULL)
            {
              indices = g_array_new (FALSE, FALSE, sizeof (guint));
              g_hash_table_insert (import->by_cell, row_key, indices);
            }
          else
            g_free (row_key);
          g_array_append_val (indices, i);
        }
      import->n_indexed = import->rows->len;
    }

  key = g_strdup_printf ("%d|%d|%s", (int) kind, year, area);
  return g_hash_table_lookup (import->by_cell, key);
}

/* One area's employment values in one year for one series
 * ("indicator|source"): classif1 code -> Cell. */
static GHashTable *
collect_cells (Import      *import,
               Kind         kind,
               const char  *area,
               int          year,
               const char  *series,
               GError     **error)
{
  g_autoptr(GHashTable) cells = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  GArray *indices = cell_rows (import, kind, area, year);

  for (guint n = 0; indices != NULL && n < indices->len; n++)
    {
      Row *row = &g_array_index (import->rows, Row, g_array_index (indices, guint, n));
      g_autofree char *key = NULL;
      Cell *cell;

      if (row->kind != kind || row->year != year || !g_str_equal (row->area, area))
        continue;
      key = g_strconcat (row->indicator, "|", row->source, NULL);
      if (!g_str_equal (key, series))
        continue;

      cell = g_hash_table_lookup (cells, row->classif);
      if (cell == NULL)
        {
          cell = g_new0 (Cell, 1);
          cell->file = row->file;
          g_hash_table_insert (cells, row->classif, cell);
        }
      if (cell->has[row->sex])
        {
          fail (g_ptr_array_index (import->names, row->file), row->line, error,
                WF_IO_ERROR_ILOSTAT_DATA,
                /* Translators: an area code, a classif1 code, a sex code, a year, then the line
                 * of the first value */
                _("a second value for %s, %s, %s, %d (the first is on line %u)"),
                area, row->classif, sex_codes[row->sex], year, cell->line[row->sex]);
          return NULL;
        }
      cell->has[row->sex] = TRUE;
      cell->value[row->sex] = row->value;
      cell->line[row->sex] = row->line;
    }

  return g_steal_pointer (&cells);
}

/* SEX_T against SEX_F + SEX_M (+ SEX_O): a difference beyond rounding
 * is a warning up to 1 % (the sexes are used) and refused beyond. */
static gboolean
check_sex_totals (Import      *import,
                  GHashTable  *cells,
                  const char  *area,
                  int          year,
                  GError     **error)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, cells);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Cell *cell = value;
      double sum, difference;
      const char *name = g_ptr_array_index (import->names, cell->file);

      if (!cell->has[SX_T] || !cell->has[SX_F] || !cell->has[SX_M])
        continue;
      sum = cell->value[SX_F] + cell->value[SX_M] + (cell->has[SX_O] ? cell->value[SX_O] : 0.0);
      difference = fabs (cell->value[SX_T] - sum);
      /* Values are rounded to thousands with up to three decimals. */
      if (difference <= MAX (0.0015, 0.001 * cell->value[SX_T]))
        continue;
      if (difference > 0.01 * MAX (cell->value[SX_T], 1.0))
        return fail (name, cell->line[SX_T], error, WF_IO_ERROR_ILOSTAT_DATA,
                     /* Translators: an area code, a classif1 code, a year, the SEX_T value, " +
                      * SEX_O" or nothing, the sum of the sexes, then two line numbers */
                     _("%s, %s, %d: SEX_T is %g but SEX_F + SEX_M%s is %g (lines %u and %u), "
                       "more than 1 %% apart; the file is inconsistent"),
                     area, (const char *) key, year, cell->value[SX_T],
                     cell->has[SX_O] ? " + SEX_O" : "", sum, cell->line[SX_F], cell->line[SX_M]);
      report_add (import->report->warnings,
                  /* Translators: file name, line, an area code, a classif1 code, a year, the
                   * SEX_T value, then the sum of the sexes */
                  _("%s:%u: %s, %s, %d: SEX_T is %g but SEX_F + SEX_M is %g; the values by sex "
                    "were used"), name, cell->line[SX_T], area, (const char *) key, year,
                  cell->value[SX_T], sum);
    }
  return TRUE;
}

/* The sections of @code ("ECO_ISIC4_LMN" -> "LMN") when it is of @family
 * and names sections (not TOTAL, not X); NULL otherwise. */
static const char *
code_sections (const char *code,
               const char *family,
               char        last)
{
  const char *letters;

  if (!g_str_has_prefix (code, family))
    return NULL;
  letters = code + strlen (family);
  if (*letters == '\0' || g_str_equal (letters, "TOTAL") || g_str_equal (letters, "X"))
    return NULL;
  for (const char *p = letters; *p; p++)
    if (*p < 'A' || *p > last)
      return NULL;
  return letters;
}

static int
compare_by_length (gconstpointer a,
                   gconstpointer b)
{
  const char *x = *(const char * const *) a, *y = *(const char * const *) b;
  gsize lx = strlen (x), ly = strlen (y);

  return lx != ly ? (lx > ly ? -1 : 1) : strcmp (x, y);
}

static gboolean
cell_has_value (const Cell *cell)
{
  return cell != NULL && (cell->has[SX_T] || (cell->has[SX_F] && cell->has[SX_M]));
}

/* The codes of @family in @cells that together cover the sections
 * @letters exactly, longest codes first; NULL when they do not. */
static GPtrArray *
cover (GHashTable *cells,
       const char *family,
       char        last,
       const char *letters)
{
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key, value;
  char covered[32] = "";

  g_hash_table_iter_init (&iter, cells);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *sections = code_sections (key, family, last);
      gboolean inside = sections != NULL && cell_has_value (value);

      for (const char *p = sections; inside && *p; p++)
        inside = strchr (letters, *p) != NULL;
      if (inside)
        g_ptr_array_add (candidates, key);
    }
  g_ptr_array_sort (candidates, compare_by_length);

  for (guint i = 0; i < candidates->len; i++)
    {
      const char *sections = code_sections (g_ptr_array_index (candidates, i), family, last);
      gboolean overlap = FALSE;

      for (const char *p = sections; *p; p++)
        overlap |= strchr (covered, *p) != NULL;
      if (overlap)
        continue;
      g_strlcat (covered, sections, sizeof covered);
      g_ptr_array_add (chosen, g_ptr_array_index (candidates, i));
    }

  if (strlen (covered) != strlen (letters))
    return NULL;
  return g_steal_pointer (&chosen);
}

/* A sector's employment from the cells of @codes: split by sex when every
 * code is, else all of it as sex unknown. SEX_O goes to sex unknown. */
static void
sum_codes (GHashTable *cells,
           GPtrArray  *codes,
           double     *employment,
           gboolean   *split)
{
  double women = 0, men = 0, other = 0, total = 0;
  gboolean all_split = TRUE;

  for (guint i = 0; i < codes->len; i++)
    {
      Cell *cell = g_hash_table_lookup (cells, g_ptr_array_index (codes, i));
      gboolean has_split = cell->has[SX_F] && cell->has[SX_M];
      double o = cell->has[SX_O] ? cell->value[SX_O] : 0.0;

      all_split &= has_split;
      women += cell->value[SX_F];
      men += cell->value[SX_M];
      other += o;
      total += has_split ? cell->value[SX_F] + cell->value[SX_M] + o : cell->value[SX_T];
    }

  employment[WF_SEX_WOMEN] = all_split ? women : 0.0;
  employment[WF_SEX_MEN] = all_split ? men : 0.0;
  employment[WF_SEX_UNKNOWN] = all_split ? other : total;
  *split = all_split;
}

static void
add_world (Sector          *sector,
           const WfDataset *pattern,
           const char      *isic4)
{
  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      gboolean inside = TRUE;

      for (const char *p = groups[g].isic4; *p && inside; p++)
        inside = strchr (isic4, *p) != NULL;
      if (inside)
        {
          int index = wf_dataset_find_sector (pattern, groups[g].id);

          g_assert (index >= 0);
          g_ptr_array_add (sector->world, GUINT_TO_POINTER ((guint) index));
        }
    }
}

/* The sectors of @level from one area's cells, or NULL when the breakdown
 * is incomplete. @family is set to the classif1 family used, whose "X"
 * code is the not-classified employment; @used gets the codes used. */
static GArray *
compute_level (const WfDataset *pattern,
               GHashTable      *cells,
               Level            level,
               const char     **family,
               GHashTable      *used)
{
  g_autoptr(GArray) sectors = g_array_new (FALSE, TRUE, sizeof (Sector));
  const Target *targets = level == LEVEL_AGGREGATE ? aggregate_targets : sector_targets;
  guint n = level <= LEVEL_GROUPS_ISIC3 ? G_N_ELEMENTS (groups)
            : level == LEVEL_AGGREGATE ? G_N_ELEMENTS (aggregate_targets)
            : G_N_ELEMENTS (sector_targets);

  g_array_set_clear_func (sectors, (GDestroyNotify) sector_clear);
  *family = level == LEVEL_GROUPS_DETAILS ? "ECO_DETAILS_"
            : level == LEVEL_GROUPS_ISIC3 ? "ECO_ISIC3_"
            : level == LEVEL_AGGREGATE ? "ECO_AGGREGATE_"
            : level == LEVEL_SECTOR ? "ECO_SECTOR_" : "ECO_ISIC4_";

  for (guint t = 0; t < n; t++)
    {
      g_autoptr(GPtrArray) codes = NULL;
      Sector sector = { NULL, };

      if (level <= LEVEL_GROUPS_ISIC3)
        {
          int index = wf_dataset_find_sector (pattern, groups[t].id);

          if (level == LEVEL_GROUPS_ISIC3)
            codes = cover (cells, "ECO_ISIC3_", 'Q', groups[t].isic3);
          else
            codes = cover (cells, *family, 'U', groups[t].isic4);
          if (codes == NULL)
            return NULL;
          sector.id = g_strdup (groups[t].id);
          sector.label = g_strdup (pattern->sectors[index].label);
          sector.world = g_ptr_array_new ();
          g_ptr_array_add (sector.world, GUINT_TO_POINTER ((guint) index));
        }
      else
        {
          Cell *exact = g_hash_table_lookup (cells, targets[t].id);

          if (cell_has_value (exact))
            {
              codes = g_ptr_array_new ();
              g_ptr_array_add (codes, (gpointer) targets[t].id);
            }
          else if ((codes = cover (cells, "ECO_ISIC4_", 'U', targets[t].isic4)) != NULL)
            *family = "ECO_ISIC4_";
          else if ((codes = cover (cells, "ECO_DETAILS_", 'U', targets[t].isic4)) != NULL)
            *family = "ECO_DETAILS_";
          else
            return NULL;
          sector.id = g_strdup (targets[t].id);
          sector.label = g_strdup (targets[t].label);
          sector.world = g_ptr_array_new ();
          add_world (&sector, pattern, targets[t].isic4);
        }
      sum_codes (cells, codes, sector.employment, &sector.split);
      for (guint i = 0; used != NULL && i < codes->len; i++)
        g_hash_table_add (used, g_ptr_array_index (codes, i));
      g_array_append_val (sectors, sector);
    }

  return g_steal_pointer (&sectors);
}

typedef struct
{
  char   *series;  /* "indicator|source" */
  Level   level;
  guint   count;
} Choice;

static int
compare_choices (const Choice *a,
                 const Choice *b)
{
  if (a->level != b->level)
    return a->level < b->level ? -1 : 1;
  if (a->count != b->count)
    return a->count > b->count ? -1 : 1;
  return g_strcmp0 (a->series, b->series);
}

/* The series of @kind for @area in @year, each with its finest complete
 * breakdown (employment) and number of values, best first. */
static GArray *
list_series (Import      *import,
             Kind         kind,
             const char  *area,
             int          year)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GArray *choices = g_array_new (FALSE, TRUE, sizeof (Choice));
  GHashTableIter iter;
  gpointer key, value;

  GArray *indices = cell_rows (import, kind, area, year);

  for (guint n = 0; indices != NULL && n < indices->len; n++)
    {
      Row *row = &g_array_index (import->rows, Row, g_array_index (indices, guint, n));
      char *series;

      if (row->kind != kind || row->year != year || !g_str_equal (row->area, area))
        continue;
      if (import->options->source != NULL && !g_str_equal (row->source, import->options->source))
        continue;
      series = g_strconcat (row->indicator, "|", row->source, NULL);
      g_hash_table_insert (counts, series,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, series)) + 1));
    }

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Choice choice = { g_strdup (key), N_LEVELS, GPOINTER_TO_UINT (value) };

      if (kind == KIND_EMPLOYMENT)
        {
          g_autoptr(GHashTable) cells = collect_cells (import, kind, area, year, key, NULL);

          for (Level level = 0; cells != NULL && level < N_LEVELS && choice.level == N_LEVELS; level++)
            {
              const char *family;
              g_autoptr(GArray) sectors = compute_level (import->pattern, cells, level, &family, NULL);

              if (sectors != NULL)
                choice.level = level;
            }
        }
      else
        {
          g_autoptr(GHashTable) cells = collect_cells (import, kind, area, year, key, NULL);

          /* The 15+ band, split by sex, beats the total band. */
          choice.level = cells != NULL && g_hash_table_contains (cells, age_codes[0]) ? 0 : 1;
        }
      g_array_append_val (choices, choice);
    }
  g_array_sort (choices, (GCompareFunc) compare_choices);
  return choices;
}

static void
choices_free (GArray *choices)
{
  for (guint i = 0; i < choices->len; i++)
    g_free (g_array_index (choices, Choice, i).series);
  g_array_unref (choices);
}

typedef GArray ChoiceList;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChoiceList, choices_free)

static void
mark_used (Import     *import,
           Kind        kind,
           const char *area,
           int         year,
           const char *series,
           GHashTable *codes)
{
  GArray *indices = cell_rows (import, kind, area, year);

  for (guint n = 0; indices != NULL && n < indices->len; n++)
    {
      Row *row = &g_array_index (import->rows, Row, g_array_index (indices, guint, n));
      g_autofree char *key = NULL;

      if (row->used || row->kind != kind || row->year != year || !g_str_equal (row->area, area))
        continue;
      key = g_strconcat (row->indicator, "|", row->source, NULL);
      if (g_str_equal (key, series) && (codes == NULL || g_hash_table_contains (codes, row->classif)))
        row->used = TRUE;
    }
}

static int
compare_years_latest_first (gconstpointer a,
                            gconstpointer b)
{
  int x = *(const int *) a;
  int y = *(const int *) b;

  return (x < y) - (x > y);
}

/* Choosing the year and, per area, the series: the year asked for, or the
 * latest in which every area has a complete breakdown; per area the
 * series with the finest complete breakdown, then the most values, then
 * the first in alphabetical order (so the choice does not depend on the
 * order of the rows). */
static gboolean
choose_year (Import     *import,
             GPtrArray  *areas,
             int        *year_out,
             GPtrArray  *series,
             Level      *level_out,
             GError    **error)
{
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GString) incomplete = g_string_new (NULL);
  const char *first_area = g_ptr_array_index (areas, 0);

  if (import->options->year != 0)
    g_array_append_val (years, import->options->year);
  else
    {
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

      for (guint i = 0; i < import->rows->len; i++)
        {
          Row *row = &g_array_index (import->rows, Row, i);

          if (row->kind == KIND_EMPLOYMENT && g_str_equal (row->area, first_area) &&
              !g_hash_table_contains (seen, GINT_TO_POINTER (row->year)))
            {
              g_hash_table_add (seen, GINT_TO_POINTER (row->year));
              g_array_append_val (years, row->year);
            }
        }
      if (years->len == 0)
        return fail (NULL, 0, error, WF_IO_ERROR_ILOSTAT_DATA,
                     /* Translators: two ILOSTAT indicator codes, then an area code */
                     _("the files have no values of %s or %s (employment by sex and economic "
                       "activity) for %s"), WF_ILOSTAT_INDICATOR_MODELLED,
                     WF_ILOSTAT_INDICATOR_SURVEYS, first_area);
      /* Latest first */
      g_array_sort (years, compare_years_latest_first);
    }

  for (guint y = 0; y < years->len; y++)
    {
      int year = g_array_index (years, int, y);
      Level level = 0;
      gboolean complete = TRUE;

      g_ptr_array_set_size (series, 0);
      for (guint a = 0; a < areas->len && complete; a++)
        {
          const char *area = g_ptr_array_index (areas, a);
          g_autoptr(ChoiceList) choices = list_series (import, KIND_EMPLOYMENT, area, year);
          Choice *best;

          if (choices->len == 0)
            {
              if (import->options->year == 0)
                {
                  complete = FALSE;
                  break;
                }
              if (import->options->source != NULL)
                return fail (NULL, 0, error, WF_IO_ERROR_ILOSTAT_DATA,
                             /* Translators: an area code, a year, then an ILOSTAT source code */
                             _("the files have no data for %s in %d from the source “%s”"),
                             area, year, import->options->source);
              return fail (NULL, 0, error, WF_IO_ERROR_ILOSTAT_DATA,
                           /* Translators: an area code, then a year */
                           _("the files have no employment data for %s in %d"), area, year);
            }
          best = &g_array_index (choices, Choice, 0);
          if (best->level == N_LEVELS)
            {
              if (import->options->year != 0)
                return fail (NULL, 0, error, WF_IO_ERROR_ILOSTAT_DATA,
                             /* Translators: an area code, then a year; keep the classif1 codes */
                             _("no complete breakdown by economic activity for %s in %d; expected "
                               "classif1 codes ECO_ISIC4_* (sections or the 14 groups), "
                               "ECO_DETAILS_*, ECO_ISIC3_*, ECO_AGGREGATE_* or ECO_SECTOR_*"),
                             area, year);
              complete = FALSE;
              break;
            }
          level = MAX (level, best->level);
          g_ptr_array_add (series, g_strdup (best->series));

          if (a == 0)
            {
              g_autoptr(GString) others = g_string_new (NULL);

              g_string_truncate (import->alternatives, 0);
              for (guint i = 1; i < choices->len; i++)
                {
                  g_auto(GStrv) other = g_strsplit (g_array_index (choices, Choice, i).series, "|", 2);
                  g_autofree char *item = g_strdup_printf ("%s %s", other[0],
                                                           *other[1] ? other[1] : "-");

                  append_list_item (others, item);
                  g_string_append_printf (import->alternatives, "%s%s",
                                          import->alternatives->len ? "; " : "", item);
                }
              g_clear_pointer (&import->report->source_rule, g_free);
              if (import->options->source != NULL)
                import->report->source_rule = g_strdup (_("the source asked for"));
              else if (choices->len == 1)
                /* Translators: an area code, then a year */
                import->report->source_rule = g_strdup_printf (_("the only series for %s in %d"),
                                                               area, year);
              else
                import->report->source_rule =
                  /* Translators: how many series, an area code, a year, then the series not used */
                  g_strdup_printf (_("of %u series for %s in %d, the one with the finest complete "
                                     "breakdown, then the most values; not used: %s"),
                                   choices->len, area, year, others->str);
            }
        }

      if (!complete)
        {
          g_string_append_printf (incomplete, "%s%d", incomplete->len ? ", " : "", year);
          continue;
        }

      *year_out = year;
      *level_out = level;
      if (import->options->year != 0)
        import->report->year_rule = g_strdup (_("the year asked for"));
      else if (incomplete->len > 0)
        import->report->year_rule =
          /* Translators: the years without a complete breakdown; keep --year */
          g_strdup_printf (_("the latest year with a complete breakdown by economic activity "
                             "(later years without one: %s); choose another with --year"),
                           incomplete->str);
      else
        import->report->year_rule =
          g_strdup (_("the latest year with a complete breakdown by economic activity; choose "
                      "another with --year"));
      return TRUE;
    }

  return fail (NULL, 0, error, WF_IO_ERROR_ILOSTAT_DATA,
               /* Translators: an area code, then the years tried; keep the classif1 codes */
               _("no year has a complete breakdown by economic activity for %s (years tried: "
                 "%s); expected classif1 codes ECO_ISIC4_* (sections or the 14 groups), "
                 "ECO_DETAILS_*, ECO_ISIC3_*, ECO_AGGREGATE_* or ECO_SECTOR_*"),
               first_area, incomplete->str);
}

/* Weighted averages of the pattern's parameters over a sector's groups */

static double
world_weight (const WfDataset *world,
              guint            s,
              int              sex)
{
  const WfSector *sector = &world->sectors[s];

  if (sex == WF_SEX_ALL || sex == WF_SEX_UNKNOWN)
    return sector->employment[WF_SEX_WOMEN] + sector->employment[WF_SEX_MEN] +
           sector->employment[WF_SEX_UNKNOWN];
  return sector->employment[sex];
}

static void
fill_parameters (const WfDataset *world,
                 const Sector    *from,
                 WfSector        *to,
                 guint            n_skills)
{
  double total_weight = 0.0;

  for (guint i = 0; i < from->world->len; i++)
    total_weight += world_weight (world, GPOINTER_TO_UINT (g_ptr_array_index (from->world, i)),
                                  WF_SEX_ALL);

  for (guint g = 0; g < WF_N_SEXES; g++)
    {
      double weight_sum = 0.0;

      for (guint i = 0; i < from->world->len; i++)
        weight_sum += world_weight (world, GPOINTER_TO_UINT (g_ptr_array_index (from->world, i)),
                                    (int) g);

      for (guint i = 0; i < from->world->len; i++)
        {
          guint s = GPOINTER_TO_UINT (g_ptr_array_index (from->world, i));
          const WfSector *w = &world->sectors[s];
          double weight = from->world->len == 1 ? 1.0
                          : world_weight (world, s, (int) g) / weight_sum;

          for (guint k = 0; k < WF_N_GRADIENTS; k++)
            to->exposure[g][k] += weight * w->exposure[g][k];
          to->digital_requirement[g] += weight * w->digital_requirement[g];
          to->digital_workforce[g] += weight * w->digital_workforce[g];
        }
    }

  for (guint i = 0; i < from->world->len; i++)
    {
      guint s = GPOINTER_TO_UINT (g_ptr_array_index (from->world, i));
      const WfSector *w = &world->sectors[s];
      double weight = from->world->len == 1 ? 1.0 : world_weight (world, s, WF_SEX_ALL) / total_weight;

      to->trend_growth += weight * w->trend_growth;
      to->elasticity += weight * w->elasticity;
      to->sme_share += weight * w->sme_share;
      to->labour_cost_share += weight * w->labour_cost_share;
      to->digitalisation_trend += weight * w->digitalisation_trend;
      for (guint j = 0; j < n_skills; j++)
        to->skill_intensity[j] += weight * w->skill_intensity[j];
    }

  /* Keep each exposure row summing to 1 exactly enough for validation. */
  if (from->world->len > 1)
    for (guint g = 0; g < WF_N_SEXES; g++)
      {
        double sum = 0.0;

        for (guint k = 1; k < WF_N_GRADIENTS; k++)
          sum += to->exposure[g][k];
        to->exposure[g][0] = MAX (0.0, 1.0 - sum);
      }
}

/* The labour market */

typedef struct
{
  double   value[N_SX];
  gboolean has[N_SX];
  gboolean found;
  char    *series;
  char    *band;
} Totals;

static void
totals_clear (Totals *totals)
{
  g_free (totals->series);
  g_free (totals->band);
}

/* The labour force or unemployment of @areas in @year, summed: per area
 * the series with the same source as employment when there is one, else
 * the best by list_series (), in the 15+ band when there is one. */
static gboolean
collect_totals (Import     *import,
                Kind        kind,
                GPtrArray  *areas,
                int         year,
                GPtrArray  *employment_series,
                Totals     *totals,
                GError    **error)
{
  totals->found = TRUE;
  for (guint a = 0; a < areas->len; a++)
    {
      const char *area = g_ptr_array_index (areas, a);
      g_autoptr(ChoiceList) choices = list_series (import, kind, area, year);
      g_auto(GStrv) employment = g_strsplit (g_ptr_array_index (employment_series, a), "|", 2);
      g_autoptr(GHashTable) cells = NULL;
      g_autoptr(GHashTable) used = g_hash_table_new (g_str_hash, g_str_equal);
      const char *chosen = NULL;
      Cell *cell = NULL;

      if (choices->len == 0)
        {
          totals->found = FALSE;
          return TRUE;
        }
      for (guint i = 0; i < choices->len && chosen == NULL; i++)
        {
          const char *series = g_array_index (choices, Choice, i).series;

          if (*employment[1] != '\0' && g_str_has_suffix (series, employment[1]) &&
              series[strlen (series) - strlen (employment[1]) - 1] == '|')
            chosen = series;
        }
      if (chosen == NULL)
        chosen = g_array_index (choices, Choice, 0).series;

      cells = collect_cells (import, kind, area, year, chosen, error);
      if (cells == NULL)
        return FALSE;
      if (!check_sex_totals (import, cells, area, year, error))
        return FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (age_codes) && cell == NULL; i++)
        if ((cell = g_hash_table_lookup (cells, age_codes[i])) != NULL)
          {
            if (totals->band == NULL)
              totals->band = g_strdup (age_codes[i]);
            g_hash_table_add (used, (gpointer) age_codes[i]);
          }
      g_assert (cell != NULL);
      for (guint g = 0; g < N_SX; g++)
        {
          totals->value[g] += cell->value[g];
          /* Summed areas: a sex is known only when every area gives it. */
          totals->has[g] = (a == 0 || totals->has[g]) && cell->has[g];
        }
      mark_used (import, kind, area, year, chosen, used);
      if (totals->series == NULL)
        totals->series = g_strdup (chosen);
    }
  return TRUE;
}

static const char *
sex_name (int g)
{
  return g == WF_SEX_WOMEN ? _("women") : g == WF_SEX_MEN ? _("men") : _("sex unknown");
}

/* Warns that the unemployment file gives @file_value thousand for sex @g
 * and the labour force less employment @derived: a whole sentence for
 * each sex. */
static void
report_disagreement (GPtrArray *warnings,
                     int        g,
                     double     file_value,
                     double     derived)
{
  if (g == WF_SEX_WOMEN)
    report_add (warnings,
                /* Translators: two numbers of thousands */
                _("for women, the files disagree: the unemployment file gives %.1f thousand "
                  "unemployed, the labour force less employment %.1f thousand; the labour "
                  "force and employment were kept and unemployment was set to the labour force "
                  "less employment"), file_value, derived);
  else if (g == WF_SEX_MEN)
    report_add (warnings,
                /* Translators: two numbers of thousands */
                _("for men, the files disagree: the unemployment file gives %.1f thousand "
                  "unemployed, the labour force less employment %.1f thousand; the labour "
                  "force and employment were kept and unemployment was set to the labour force "
                  "less employment"), file_value, derived);
  else
    report_add (warnings,
                /* Translators: two numbers of thousands */
                _("for people of unknown sex, the files disagree: the unemployment file gives "
                  "%.1f thousand unemployed, the labour force less employment %.1f thousand; "
                  "the labour force and employment were kept and unemployment was set to the "
                  "labour force less employment"), file_value, derived);
}

static char *
series_citation (const char *series,
                 const char *area,
                 int         year)
{
  g_auto(GStrv) parts = g_strsplit (series, "|", 2);

  return g_strdup_printf ("ILOSTAT %s, %s, %d%s%s", parts[0], area, year,
                          *parts[1] ? ", source " : "", parts[1]);
}

/* Employment is the detailed table and stays as read. With a labour force
 * file, the labour force is kept and unemployment is its difference from
 * employment (said in the report when the unemployment file disagrees);
 * with an unemployment file only, the labour force is employment plus
 * unemployment. When employment and the files split by sex differently,
 * each sex keeps the files' unemployment rate (docs/ilostat-import.md). */
static gboolean
fill_labour_market (Import      *import,
                    WfDataset   *dataset,
                    GPtrArray   *areas,
                    const char  *area,
                    int          year,
                    GPtrArray   *employment_series,
                    const char  *edition,
                    GError     **error)
{
  Totals lf = { { 0, }, }, u = { { 0, }, };
  double employed[WF_N_SEXES];
  gboolean employment_split, employment_unsplit, by_rate = FALSE, adjusted = FALSE;
  gboolean ok = FALSE;

  wf_io_fill_labour_force (dataset);
  wf_io_fill_labour_market (dataset, import->pattern);
  wf_dataset_set_source (dataset, WF_TABLE_LABOUR_FORCE_GROWTH, WF_PROVENANCE_ASSUMPTION,
                         "Workforce Foresight assumption on the imported employment",
                         "Each sex’s labour force grows at the employment-weighted trend growth "
                         "of its sectors, so that the baseline keeps unemployment near its base "
                         "level.");

  if (!collect_totals (import, KIND_LABOUR_FORCE, areas, year, employment_series, &lf, error) ||
      !collect_totals (import, KIND_UNEMPLOYMENT, areas, year, employment_series, &u, error))
    goto out;

  if (!lf.found && !u.found)
    {
      wf_dataset_set_source (dataset, WF_TABLE_LABOUR_FORCE, WF_PROVENANCE_ASSUMPTION,
                             "Workforce Foresight assumption on the imported employment",
                             "Employment plus unemployment; unemployment assumed at 5 % of the "
                             "labour force; import EAP_TEAP_SEX_AGE_NB and UNE_TUNE_SEX_AGE_NB for "
                             "real figures.");
      wf_dataset_set_source (dataset, WF_TABLE_UNEMPLOYMENT, WF_PROVENANCE_ASSUMPTION,
                             "Workforce Foresight assumption on the imported employment",
                             "Unemployment assumed at 5 % of the labour force (employment × 0.05 / "
                             "0.95 for each sex); import EAP_TEAP_SEX_AGE_NB and UNE_TUNE_SEX_AGE_NB "
                             "for real figures.");
      report_add (import->report->warnings,
                  /* Translators: an area code, then a year; keep the indicator codes */
                  _("no labour force (EAP_TEAP_SEX_AGE_NB) or unemployment (UNE_TUNE_SEX_AGE_NB) "
                    "file for %s in %d: unemployment is assumed at 5 %% of the labour force [A]; "
                    "give those files too for real figures"), area, year);
      ok = TRUE;
      goto out;
    }

  for (guint g = 0; g < WF_N_SEXES; g++)
    employed[g] = wf_dataset_total_employment (dataset, (int) g);
  employment_split = employed[WF_SEX_UNKNOWN] == 0.0;
  employment_unsplit = employed[WF_SEX_WOMEN] == 0.0 && employed[WF_SEX_MEN] == 0.0;

  for (guint g = 0; g < WF_N_SEXES; g++)
    {
      /* The files' figures for this slot of the dataset */
      int sx = g == WF_SEX_WOMEN ? SX_F : g == WF_SEX_MEN ? SX_M : SX_T;
      gboolean lf_has, u_has;
      double force, unemployed;

      if (employed[g] == 0.0)
        {
          dataset->labour_force[g] = dataset->unemployed[g] = 0.0;
          continue;
        }

      lf_has = lf.found && lf.has[sx];
      u_has = u.found && u.has[sx];
      if ((employment_split || employment_unsplit) && (lf_has || u_has) &&
          (!lf.found || lf_has) && (!u.found || u_has))
        {
          if (lf_has)
            {
              force = lf.value[sx];
              unemployed = force - employed[g];
              if (u_has && fabs (u.value[sx] - unemployed) > WF_DATASET_LABOUR_TOLERANCE * force)
                {
                  adjusted = TRUE;
                  report_disagreement (import->report->warnings, (int) g, u.value[sx],
                                       unemployed);
                }
            }
          else
            {
              unemployed = u.value[sx];
              force = employed[g] + unemployed;
            }
          if (unemployed < -WF_DATASET_LABOUR_TOLERANCE * force)
            {
              fail (NULL, 0, error, WF_IO_ERROR_ILOSTAT_DATA,
                    /* Translators: an area code, a year, a sex ("women", "men" or "sex unknown"), then two
                     * numbers of thousands; keep --source */
                    _("%s, %d, %s: employment (%.1f thousand) exceeds the labour force (%.1f "
                      "thousand); the files do not describe the same population (choose the "
                      "same source with --source, or leave the labour force file out)"),
                    area, year, sex_name ((int) g), employed[g], force);
              goto out;
            }
          dataset->labour_force[g] = force;
          dataset->unemployed[g] = MAX (0.0, unemployed);
          dataset->labour_force[g] = employed[g] + dataset->unemployed[g];
        }
      else
        {
          /* Rates: per sex when the files split it, else the total's. */
          double rate;
          int rs = lf.found && u.found && lf.has[sx] && u.has[sx] ? sx : SX_T;

          by_rate = TRUE;
          if (lf.found && u.found && lf.has[rs] && u.has[rs] && lf.value[rs] > 0.0)
            rate = u.value[rs] / lf.value[rs];
          else if (lf.found && lf.has[rs] && lf.value[rs] > 0.0)
            rate = MAX (0.0, 1.0 - (employed[WF_SEX_WOMEN] + employed[WF_SEX_MEN] +
                                    employed[WF_SEX_UNKNOWN]) / lf.value[rs]);
          else
            rate = WF_IO_ASSUMED_UNEMPLOYMENT_RATE;
          if (rate >= 0.9)
            {
              fail (NULL, 0, error, WF_IO_ERROR_ILOSTAT_DATA,
                    /* Translators: an area code, a year, then a percentage */
                    _("%s, %d: an unemployment rate of %.0f %% from the files is not plausible"),
                    area, year, 100.0 * rate);
              goto out;
            }
          dataset->unemployed[g] = employed[g] * rate / (1.0 - rate);
          dataset->labour_force[g] = employed[g] + dataset->unemployed[g];
        }
    }

  {
    g_autofree char *lf_citation = lf.found ? series_citation (lf.series, area, year) : NULL;
    g_autofree char *u_citation = u.found ? series_citation (u.series, area, year) : NULL;
    g_autofree char *lf_note = NULL;
    g_autofree char *u_note = NULL;
    const char *band = lf.band ? lf.band : u.band;

    if (by_rate)
      {
        lf_note = g_strdup_printf ("Employment divided by one minus the unemployment rate of the "
                                   "files (%s), because employment and the files are not split by "
                                   "sex the same way. %s.", band, edition);
        u_note = g_strdup_printf ("The unemployment rate of the files (%s), per sex where they "
                                  "split it, applied to employment. %s.", band, edition);
        report_add (import->report->notes,
                    _("the labour market: employment and the labour force or unemployment files "
                      "are not split by sex the same way, so each sex keeps the files' "
                      "unemployment rate and the labour force is rebuilt from employment"));
      }
    else if (lf.found)
      {
        lf_note = g_strdup_printf ("Labour force aged 15+ (%s) as in the file. %s.", band, edition);
        u_note = g_strdup_printf ("The labour force less employment, so that employment equals "
                                  "the labour force minus unemployment%s. %s.",
                                  adjusted ? " (the unemployment file differs; see the import "
                                             "report)" : "", edition);
      }
    else
      {
        lf_note = g_strdup_printf ("Employment plus unemployment; no labour force file. %s.",
                                   edition);
        u_note = g_strdup_printf ("Unemployment aged 15+ (%s) as in the file. %s.", band, edition);
      }

    if (lf.found && !u.found)
      report_add (import->report->notes,
                  _("no unemployment file: unemployment is the labour force less employment"));
    if (!lf.found)
      report_add (import->report->notes,
                  _("no labour force file: the labour force is employment plus unemployment"));

    wf_dataset_set_source (dataset, WF_TABLE_LABOUR_FORCE,
                           lf.found && !by_rate ? WF_PROVENANCE_PRIMARY : WF_PROVENANCE_DERIVED,
                           lf_citation ? lf_citation : u_citation, lf_note);
    wf_dataset_set_source (dataset, WF_TABLE_UNEMPLOYMENT,
                           u.found && !by_rate && !lf.found ? WF_PROVENANCE_PRIMARY
                                                            : WF_PROVENANCE_DERIVED,
                           u_citation ? u_citation : lf_citation, u_note);
    for (guint g = 0; g < WF_N_SEXES; g++)
      if (employed[g] > 0.0)
        report_add (import->report->notes,
                    /* Translators: a sex ("women", "men" or "sex unknown"), three numbers
                     * of thousands, then a percentage */
                    _("%s: employment %.1f, labour force %.1f, unemployed %.1f thousand "
                      "(%.1f %%)"), sex_name ((int) g), employed[g], dataset->labour_force[g],
                    dataset->unemployed[g],
                    100.0 * dataset->unemployed[g] / MAX (dataset->labour_force[g], 1e-9));
  }
  ok = TRUE;

out:
  totals_clear (&lf);
  totals_clear (&u);
  return ok;
}

/* Building the dataset */

static void
set_exposure (Import     *import,
              WfDataset  *dataset,
              const char *area,
              Level       level,
              char      **title_part)
{
  const WfIlostatOptions *options = import->options;
  const WfSource *pattern_source = &import->pattern->sources[WF_TABLE_EXPOSURE];
  const WfExposureProfile *profile = options->exposure_profile
                                     ? wf_exposure_profile_find (options->exposure_profile) : NULL;

  if (options->exposure_table != NULL)
    {
      g_autofree char *note = g_strdup_printf ("%s%s", pattern_source->note ? pattern_source->note : "",
                                               level <= LEVEL_GROUPS_ISIC3 ? ""
                                               : " Averaged over each sector's groups with world "
                                                 "employment as weights.");

      wf_dataset_set_source (dataset, WF_TABLE_EXPOSURE, pattern_source->provenance,
                             pattern_source->citation, note);
      *title_part = g_strdup ("exposure table");
      /* Translators: the citation of an exposure table */
      import->report->exposure = g_strdup_printf (_("the exposure table %s"), pattern_source->citation);
    }
  else if (profile != NULL)
    {
      g_autofree char *summary = NULL;
      g_autofree char *citation = NULL;
      g_autofree char *note = NULL;

      if (!wf_exposure_profile_apply (profile, dataset, &summary))
        report_add (import->report->warnings,
                    /* Translators: a profile id (e.g. high-income), an area code, then how
                     * close it came */
                    _("the %s exposure profile could not be reached exactly on %s’s employment: %s"),
                    profile->id, area, summary);
      citation = g_strdup_printf ("Workforce Foresight %s exposure profile, calibrated to ILO WP 140 "
                                  "(Gmyrek et al. 2025, CC BY 4.0)", profile->id);
      note = g_strdup_printf ("The world pattern per sector, sex and gradient, scaled to the "
                              "published totals of %s on %s’s employment (docs/exposure-profiles.md): "
                              "%.1f %% exposed [%s], gradient 4 women %.2f %% and men %.2f %% [%s]. %s. "
                              "Scaling: %s.",
                              profile->label, area, 100.0 * profile->exposed,
                              wf_provenance_to_tag (profile->exposed_tag),
                              100.0 * profile->top_women, 100.0 * profile->top_men,
                              wf_provenance_to_tag (profile->top_tag), profile->basis, summary);
      wf_dataset_set_source (dataset, WF_TABLE_EXPOSURE, WF_PROVENANCE_DERIVED, citation, note);
      *title_part = g_strdup_printf ("%s exposure profile", profile->id);
      /* Translators: a profile id (e.g. high-income), then how close it came */
      import->report->exposure = g_strdup_printf (_("the %s exposure profile (%s)"), profile->id,
                                                  summary);
    }
  else
    {
      g_autofree char *note = g_strdup_printf (
        "The world pattern per sector and sex, not rescaled to %s: no exposure profile was "
        "chosen (docs/exposure-profiles.md). %s", area,
        pattern_source->note ? pattern_source->note : "");

      wf_dataset_set_source (dataset, WF_TABLE_EXPOSURE, level <= LEVEL_GROUPS_ISIC3
                               ? pattern_source->provenance : WF_PROVENANCE_DERIVED,
                             pattern_source->citation, note);
      *title_part = g_strdup ("world exposure pattern, no profile chosen");
      import->report->exposure = g_strdup (_("the world pattern, unscaled (no profile chosen)"));
      report_add (import->report->warnings,
                  /* Translators: an area code; keep --exposure-profile and the profile ids */
                  _("no exposure profile was chosen: %s keeps the world’s exposure per sector and "
                    "sex; choose its income group with --exposure-profile (world, high-income, "
                    "upper-middle-income, lower-middle-income, low-income)"), area);
    }
}

static WfDataset *
build_dataset (Import      *import,
               GArray      *sectors,
               Level        level,
               GPtrArray   *areas,
               int          year,
               GPtrArray   *series,
               const char  *alternatives,
               GError     **error)
{
  const WfDataset *world = import->pattern;
  g_autoptr(WfDataset) dataset = NULL;
  g_autoptr(GString) note = g_string_new (NULL);
  g_autoptr(GString) citation = g_string_new ("ILOSTAT");
  g_autoptr(GString) unsplit = g_string_new (NULL);
  g_autoptr(GString) dropped = g_string_new (NULL);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *area = NULL;
  g_autofree char *exposure_title = NULL;
  const char *edition = g_ptr_array_index (import->editions, 0);
  guint n = 0, s = 0;

  for (guint i = 0; i < sectors->len; i++)
    {
      Sector *sector = &g_array_index (sectors, Sector, i);
      double total = sector->employment[0] + sector->employment[1] + sector->employment[2];

      if (total > 0.0)
        n++;
      else
        g_string_append_printf (dropped, "%s%s", dropped->len ? ", " : "", sector->id);
      if (total > 0.0 && !sector->split)
        g_string_append_printf (unsplit, "%s%s", unsplit->len ? ", " : "", sector->id);
    }
  if (n == 0)
    {
      /* Translators: a year */
      fail (NULL, 0, error, WF_IO_ERROR_ILOSTAT_DATA, _("every sector has zero employment in %d"),
            year);
      return NULL;
    }

  dataset = wf_dataset_new (n, world->n_skills);
  {
    GString *joined = g_string_new (NULL);

    for (guint i = 0; i < areas->len; i++)
      g_string_append_printf (joined, "%s%s", i ? "+" : "",
                              (const char *) g_ptr_array_index (areas, i));
    area = g_string_free (joined, FALSE);
  }
  dataset->id = g_strdup_printf ("ilostat-%s-%d", area, year);
  dataset->area = g_strdup (area);
  dataset->base_year = year;

  for (guint i = 0; i < series->len; i++)
    {
      g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (series, i), "|", 2);

      g_string_append_printf (citation, "%s %s %s, %d%s%s", i ? ";" : ",",
                              (const char *) g_ptr_array_index (areas, i), parts[0], year,
                              *parts[1] ? ", source " : "", parts[1]);
      if (i == 0)
        {
          dataset->edition = g_strdup_printf ("ILOSTAT %s%s%s (%s)", parts[0],
                                              *parts[1] ? ", source " : "", parts[1], edition);
          import->report->indicator = g_strdup (parts[0]);
          import->report->source = g_strdup (*parts[1] ? parts[1] : "-");
        }
    }

  for (guint j = 0; j < world->n_skills; j++)
    {
      dataset->skills[j].id = g_strdup (world->skills[j].id);
      dataset->skills[j].label = g_strdup (world->skills[j].label);
      dataset->skills[j].taxonomy = g_strdup (world->skills[j].taxonomy);
    }
  memcpy (dataset->skill_shift, world->skill_shift,
          sizeof (double) * WF_N_GRADIENTS * world->n_skills);
  memcpy (dataset->automation_profile, world->automation_profile,
          sizeof dataset->automation_profile);

  for (guint i = 0; i < sectors->len; i++)
    {
      Sector *from = &g_array_index (sectors, Sector, i);
      WfSector *to;

      if (from->employment[0] + from->employment[1] + from->employment[2] <= 0.0)
        continue;
      to = &dataset->sectors[s++];
      to->id = g_strdup (from->id);
      to->label = g_strdup (from->label);
      memcpy (to->employment, from->employment, sizeof to->employment);
      fill_parameters (world, from, to, world->n_skills);
    }

  g_string_append_printf (note, "Imported from %s: employment in thousands by sex and economic "
                          "activity, %s; %s.", (const char *) g_ptr_array_index (import->names, 0),
                          level_names[level], edition);
  if (unsplit->len > 0)
    g_string_append_printf (note, " No split by sex for %s: kept as sex unknown.", unsplit->str);
  if (dropped->len > 0)
    g_string_append_printf (note, " No employment in %s: left out.", dropped->str);
  if (alternatives != NULL && *alternatives != '\0')
    g_string_append_printf (note, " Other series in the file, not used: %s.", alternatives);
  wf_dataset_set_source (dataset, WF_TABLE_EMPLOYMENT, WF_PROVENANCE_PRIMARY, citation->str,
                         note->str);
  if (unsplit->len > 0)
    /* Translators: a list of classif1 codes */
    report_add (import->report->notes, _("no split by sex for %s: kept as sex unknown"),
                unsplit->str);
  if (dropped->len > 0)
    /* Translators: a list of classif1 codes */
    report_add (import->report->notes, _("no employment in %s: left out"), dropped->str);

  for (guint t = 0; t < WF_N_TABLES; t++)
    {
      g_autofree char *from_world = NULL;

      if (t == WF_TABLE_EMPLOYMENT || t == WF_TABLE_LABOUR_FORCE || t == WF_TABLE_UNEMPLOYMENT ||
          t == WF_TABLE_LABOUR_FORCE_GROWTH || t == WF_TABLE_EXPOSURE)
        continue;
      from_world = g_strdup_printf ("From the bundled world dataset (%s), not from %s%s.%s%s",
                                    world->id, area,
                                    level <= LEVEL_GROUPS_ISIC3 ? ""
                                      : ", averaged over its sector groups with world employment "
                                        "as weights",
                                    world->sources[t].note ? " " : "",
                                    world->sources[t].note ? world->sources[t].note : "");
      wf_dataset_set_source (dataset, t,
                             level <= LEVEL_GROUPS_ISIC3 ? world->sources[t].provenance
                                                         : WF_PROVENANCE_DERIVED,
                             world->sources[t].citation, from_world);
    }

  set_exposure (import, dataset, area, level, &exposure_title);
  dataset->title = g_strdup_printf ("%s, %d (ILOSTAT employment; %s)", area, year, exposure_title);

  if (!fill_labour_market (import, dataset, areas, area, year, series, edition, error))
    return NULL;

  if (!wf_dataset_validate (dataset, &local_error))
    {
      /* Translators: why the data are not usable */
      fail (NULL, 0, error, WF_IO_ERROR_ILOSTAT_DATA, _("the imported data are not usable: %s"),
            local_error->message);
      return NULL;
    }

  return g_steal_pointer (&dataset);
}

/* The not-classified employment (the family's "X" code) of each area,
 * summed, as a sector of its own with the pattern's averages. */
static void
add_not_classified (Import      *import,
                    GArray      *sectors,
                    GPtrArray   *all_cells,
                    GPtrArray   *used_codes,
                    const char  *family)
{
  g_autofree char *code = g_strconcat (family, "X", NULL);
  Sector sector = { NULL, };
  double total = 0.0, all = 0.0;
  gboolean found = FALSE;

  sector.split = TRUE;
  for (guint a = 0; a < all_cells->len; a++)
    {
      GHashTable *cells = g_ptr_array_index (all_cells, a);
      Cell *cell = g_hash_table_lookup (cells, code);
      g_autoptr(GPtrArray) codes = g_ptr_array_new ();
      double employment[WF_N_SEXES];
      gboolean split;

      if (!cell_has_value (cell))
        continue;
      found = TRUE;
      g_ptr_array_add (codes, code);
      sum_codes (cells, codes, employment, &split);
      g_hash_table_add (g_ptr_array_index (used_codes, a),
                        (gpointer) g_intern_string (code));
      if (!split || !sector.split)
        {
          double sum = sector.employment[0] + sector.employment[1] + sector.employment[2];

          sector.employment[0] = sector.employment[1] = 0.0;
          sector.employment[2] = sum + employment[0] + employment[1] + employment[2];
          sector.split = FALSE;
        }
      else
        for (guint g = 0; g < WF_N_SEXES; g++)
          sector.employment[g] += employment[g];
    }
  if (!found)
    return;

  for (guint g = 0; g < WF_N_SEXES; g++)
    total += sector.employment[g];
  for (guint i = 0; i < sectors->len; i++)
    for (guint g = 0; g < WF_N_SEXES; g++)
      all += g_array_index (sectors, Sector, i).employment[g];
  all += total;

  sector.id = g_strdup (code);
  sector.label = g_strdup ("Not classified by economic activity");
  sector.world = g_ptr_array_new ();
  for (guint s = 0; s < import->pattern->n_sectors; s++)
    g_ptr_array_add (sector.world, GUINT_TO_POINTER (s));
  g_array_append_val (sectors, sector);

  report_add (import->report->notes,
              /* Translators: a classif1 code, a number of thousands, then a percentage */
              _("%s (not classified by economic activity): %.1f thousand, %.1f %% of employment, "
                "kept as a sector of its own with the world’s average parameters"),
              code, total, all > 0.0 ? 100.0 * total / all : 0.0);
}

/* The family's TOTAL against the sum of the sectors: a warning beyond 1 %. */
static void
check_total (Import      *import,
             GHashTable  *cells,
             const char  *area,
             const char  *family,
             GArray      *sectors,
             guint        n_area_sectors)
{
  g_autofree char *code = g_strconcat (family, "TOTAL", NULL);
  Cell *cell = g_hash_table_lookup (cells, code);
  double total, sum = 0.0;

  if (!cell_has_value (cell))
    return;
  total = cell->has[SX_F] && cell->has[SX_M] ? cell->value[SX_F] + cell->value[SX_M] : cell->value[SX_T];
  for (guint i = 0; i < MIN (n_area_sectors, sectors->len); i++)
    for (guint g = 0; g < WF_N_SEXES; g++)
      sum += g_array_index (sectors, Sector, i).employment[g];
  if (fabs (sum - total) > 0.01 * MAX (total, 1.0))
    report_add (import->report->warnings,
                /* Translators: an area code, a sum in thousands, a classif1 code, its value,
                 * then a file name and line */
                _("%s: the sectors sum to %.1f thousand but %s is %.1f (%s:%u)"), area, sum, code,
                total, (const char *) g_ptr_array_index (import->names, cell->file),
                cell->line[cell->has[SX_T] ? SX_T : SX_F]);
}

static void
count_skipped (Import *import)
{
  for (guint i = 0; i < import->rows->len; i++)
    {
      Row *row = &g_array_index (import->rows, Row, i);
      WfIlostatFileReport *file = g_ptr_array_index (import->report->files, row->file);

      if (row->used)
        {
          file->used++;
          continue;
        }
      if (import->report->year != row->year)
        skip (import, _("other years"), 1);
      else if (row->kind != KIND_EMPLOYMENT)
        skip (import, _("labour force or unemployment rows not used (other sources, or the "
                        "all-ages band when the 15+ band was there)"), 1);
      else
        {
          g_autofree char *series = g_strconcat (row->indicator, "|", row->source, NULL);
          gboolean chosen = import->report->indicator != NULL &&
                            g_str_has_prefix (series, import->report->indicator) &&
                            g_str_has_suffix (series, import->report->source);

          if (row->kind == KIND_EMPLOYMENT && chosen)
            skip (import, _("classif1 codes not needed at the chosen breakdown (totals, other "
                            "levels)"), 1);
          else
            skip (import, _("other sources or series, not chosen"), 1);
        }
    }
}

/**
 * wf_ilostat_import_files:
 * @files: (array length=n_files): ILOSTAT files: employment by sex and
 *   economic activity, and optionally the labour force and unemployment
 *   by sex and age; .csv or .csv.gz, bulk or SDMX CSV
 * @n_files: how many
 * @options: (nullable): the area, year, source and exposure to take
 * @report: (out) (optional) (transfer full): what was used, skipped and
 *   chosen; set also when the import fails, as far as it went
 * @cancellable: (nullable): checked while reading
 * @error: return location for an error
 *
 * Does no main-loop work and touches no global state: call it from a
 * GTask thread.
 *
 * Returns: (transfer full): a dataset with the files' employment and
 *   labour market and the world dataset's other tables, or %NULL with
 *   @error set in %WF_IO_ERROR
 */
WfDataset *
wf_ilostat_import_files (GFile                  **files,
                         guint                    n_files,
                         const WfIlostatOptions  *options,
                         WfIlostatReport        **report,
                         GCancellable            *cancellable,
                         GError                 **error)
{
  static const WfIlostatOptions defaults = { NULL, };
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  g_autoptr(WfDataset) table_pattern = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) editions = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) skipped = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GPtrArray) skip_order = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) areas_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) area_filter = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(WfIlostatReport) result = wf_ilostat_report_new ();
  g_autoptr(GPtrArray) areas = NULL;
  g_autoptr(GPtrArray) series = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  g_autoptr(GPtrArray) used = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  g_autoptr(GArray) sectors = NULL;
  g_autoptr(GString) alternatives = g_string_new (NULL);
  g_autoptr(WfDataset) dataset = NULL;
  g_autoptr(GHashTable) by_cell = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         (GDestroyNotify) g_array_unref);
  Import import = { names, editions, rows, world, result, skipped, skip_order, areas_seen, NULL,
                    NULL, cancellable, by_cell, 0, alternatives };
  const char *family = NULL;
  Level level = 0;
  int year = 0;

  g_return_val_if_fail (files != NULL || n_files == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    options = &defaults;
  import.options = options;
  g_array_set_clear_func (rows, row_clear);

  if (n_files == 0)
    {
      fail (NULL, 0, error, WF_IO_ERROR_ILOSTAT_DATA, _("no file given"));
      goto out;
    }
  if (options->exposure_profile != NULL && options->exposure_table != NULL)
    {
      fail (NULL, 0, error, WF_IO_ERROR_ILOSTAT_DATA,
            _("choose an exposure profile or an exposure table, not both"));
      goto out;
    }
  if (options->exposure_profile != NULL && wf_exposure_profile_find (options->exposure_profile) == NULL)
    {
      g_autofree char *ids = wf_exposure_profile_ids ();

      fail (NULL, 0, error, WF_IO_ERROR_ILOSTAT_DATA,
            /* Translators: what was given as the profile, then the list of profiles */
            _("“%s” is not an exposure profile; choose one of %s"), options->exposure_profile, ids);
      goto out;
    }
  if (options->exposure_table != NULL)
    {
      table_pattern = wf_exposure_table_load (options->exposure_table, world, cancellable, error);
      if (table_pattern == NULL)
        goto out;
      import.pattern = table_pattern;
    }

  if (options->area != NULL && *options->area != '\0')
    {
      areas = parse_areas (options->area, error);
      if (areas == NULL)
        goto out;
      for (guint a = 0; a < areas->len; a++)
        g_hash_table_add (area_filter, g_ptr_array_index (areas, a));
      import.area_filter = area_filter;
    }

  for (guint f = 0; f < n_files; f++)
    {
      WfIlostatFileReport *file_report = NULL;
      g_autoptr(GBytes) bytes = NULL;

      g_return_val_if_fail (G_IS_FILE (files[f]), NULL);
      file_report = g_new0 (WfIlostatFileReport, 1);
      file_report->name = g_file_get_parse_name (files[f]);
      g_ptr_array_add (result->files, file_report);
      g_ptr_array_add (names, g_strdup (file_report->name));

      bytes = read_file (&import, files[f], file_report, error);
      g_ptr_array_add (editions, g_strdup (file_report->edition ? file_report->edition : ""));
      if (bytes == NULL || !read_rows (&import, bytes, f, file_report, error))
        goto out;
    }

  if (areas == NULL)
    {
      g_autofree char *available = join_sorted (areas_seen);

      if (g_hash_table_size (areas_seen) != 1)
        {
          fail (NULL, 0, error, g_hash_table_size (areas_seen) ? WF_IO_ERROR_ILOSTAT_AREA
                                                                : WF_IO_ERROR_ILOSTAT_DATA,
                g_hash_table_size (areas_seen)
                  /* Translators: the list of the areas in the files */
                  ? _("the files hold several areas (%s); choose one")
                  /* Translators: nothing, or the list of the areas the files have */
                  : _("the files have no values of employment by sex and economic activity "
                      "(EMP_TEMP_SEX_ECO_NB or EMP_2EMP_SEX_ECO_NB)%s"),
                available);
          goto out;
        }
      areas = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (areas, g_strdup (available));
      g_hash_table_add (area_filter, g_ptr_array_index (areas, 0));
    }
  else
    for (guint a = 0; a < areas->len; a++)
      if (!g_hash_table_contains (areas_seen, g_ptr_array_index (areas, a)))
        {
          g_autofree char *available = join_sorted (areas_seen);

          fail (NULL, 0, error, WF_IO_ERROR_ILOSTAT_AREA,
                /* Translators: an area code, then the list of the areas the files have */
                _("the files have no employment data for the area “%s”; they have %s"),
                (const char *) g_ptr_array_index (areas, a), *available ? available : "none");
          goto out;
        }
  import.area_filter = area_filter;
  {
    GString *joined = g_string_new (NULL);

    for (guint a = 0; a < areas->len; a++)
      g_string_append_printf (joined, "%s%s", a ? "+" : "", (const char *) g_ptr_array_index (areas, a));
    result->area = g_string_free (joined, FALSE);
  }

  if (!choose_year (&import, areas, &year, series, &level, error))
    goto out;
  result->year = year;
  result->breakdown = g_strdup (_(level_names[level]));

  for (guint a = 0; a < areas->len; a++)
    {
      const char *area = g_ptr_array_index (areas, a);
      GHashTable *area_cells = collect_cells (&import, KIND_EMPLOYMENT, area, year,
                                              g_ptr_array_index (series, a), error);

      if (area_cells == NULL)
        goto out;
      g_ptr_array_add (cells, area_cells);
      g_ptr_array_add (used, g_hash_table_new (g_str_hash, g_str_equal));
      if (!check_sex_totals (&import, area_cells, area, year, error))
        goto out;
      if (a > 0)
        {
          g_auto(GStrv) first = g_strsplit (g_ptr_array_index (series, 0), "|", 2);
          g_auto(GStrv) this = g_strsplit (g_ptr_array_index (series, a), "|", 2);

          if (!g_str_equal (first[0], this[0]))
            {
              fail (NULL, 0, error, WF_IO_ERROR_ILOSTAT_UNIT,
                    /* Translators: an area code and its kind of series, then another area code
                     * and its kind */
                    _("%s has %s and %s has %s: modelled estimates and survey series cannot be "
                      "summed"), (const char *) g_ptr_array_index (areas, 0), first[0], area,
                    this[0]);
              goto out;
            }
        }
    }

  for (guint a = 0; a < areas->len; a++)
    {
      const char *area = g_ptr_array_index (areas, a);
      g_autoptr(GArray) area_sectors = compute_level (import.pattern, g_ptr_array_index (cells, a),
                                                      level, &family, g_ptr_array_index (used, a));

      if (area_sectors == NULL)
        {
          fail (NULL, 0, error, WF_IO_ERROR_ILOSTAT_DATA,
                /* Translators: an area code, a year, then the level of breakdown */
                _("%s in %d has no breakdown at the level the other areas share (%s)"), area,
                year, _(level_names[level]));
          goto out;
        }
      check_total (&import, g_ptr_array_index (cells, a), area, family, area_sectors,
                   area_sectors->len);
      if (sectors == NULL)
        {
          sectors = g_steal_pointer (&area_sectors);
          continue;
        }
      for (guint i = 0; i < sectors->len; i++)
        {
          Sector *sum = &g_array_index (sectors, Sector, i);
          Sector *add = &g_array_index (area_sectors, Sector, i);

          /* Summing areas: a split only when every area gives one. */
          if (!add->split || !sum->split)
            {
              double total = 0.0;

              for (guint g = 0; g < WF_N_SEXES; g++)
                total += sum->employment[g] + add->employment[g];
              sum->employment[0] = sum->employment[1] = 0.0;
              sum->employment[2] = total;
              sum->split = FALSE;
            }
          else
            for (guint g = 0; g < WF_N_SEXES; g++)
              sum->employment[g] += add->employment[g];
        }
    }
  add_not_classified (&import, sectors, cells, used, family);
  for (guint a = 0; a < areas->len; a++)
    mark_used (&import, KIND_EMPLOYMENT, g_ptr_array_index (areas, a), year,
               g_ptr_array_index (series, a), g_ptr_array_index (used, a));
  if (g_str_equal (family, "ECO_ISIC3_"))
    report_add (result->notes,
                _("the file is classified by ISIC Rev.3: its sections were mapped to the 14 "
                  "groups of ISIC Rev.4 by the correspondence of docs/ilostat-import.md, which is "
                  "approximate"));

  dataset = build_dataset (&import, sectors, level, areas, year, series, alternatives->str, error);
  if (dataset == NULL)
    goto out;
  count_skipped (&import);

out:
  for (guint i = 0; i < skip_order->len; i++)
    {
      const char *reason = g_ptr_array_index (skip_order, i);
      guint64 count = *(guint64 *) g_hash_table_lookup (skipped, reason);

      g_ptr_array_add (result->skipped,
                       /* Translators: how many rows were skipped, then why */
                       g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lu row: %s", "%lu rows: %s",
                                                     (gulong) count),
                                        (gulong) count, reason));
    }
  if (report != NULL)
    *report = g_steal_pointer (&result);
  return g_steal_pointer (&dataset);
}

/**
 * wf_ilostat_import_file:
 * @file: an ILOSTAT file
 * @options: (nullable): the area, year, source and exposure to take
 * @error: return location for an error
 *
 * wf_ilostat_import_files () for one file, without the report.
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 */
WfDataset *
wf_ilostat_import_file (GFile                   *file,
                        const WfIlostatOptions  *options,
                        GError                 **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return wf_ilostat_import_files (&file, 1, options, NULL, NULL, error);
}

/* The report */

WfIlostatReport *
wf_ilostat_report_new (void)
{
  WfIlostatReport *report = g_new0 (WfIlostatReport, 1);

  report->files = g_ptr_array_new_with_free_func ((GDestroyNotify) file_report_free);
  report->skipped = g_ptr_array_new_with_free_func (g_free);
  report->notes = g_ptr_array_new_with_free_func (g_free);
  report->warnings = g_ptr_array_new_with_free_func (g_free);
  return report;
}

void
wf_ilostat_report_free (WfIlostatReport *report)
{
  if (report == NULL)
    return;
  g_free (report->area);
  g_free (report->year_rule);
  g_free (report->indicator);
  g_free (report->source);
  g_free (report->source_rule);
  g_free (report->breakdown);
  g_free (report->exposure);
  g_ptr_array_unref (report->files);
  g_ptr_array_unref (report->skipped);
  g_ptr_array_unref (report->notes);
  g_ptr_array_unref (report->warnings);
  g_free (report);
}

/**
 * wf_ilostat_report_to_text:
 * @report: a report
 *
 * Returns: (transfer full): the report as lines of text, translated
 */
char *
wf_ilostat_report_to_text (const WfIlostatReport *report)
{
  GString *out;

  g_return_val_if_fail (report != NULL, NULL);

  out = g_string_new (NULL);

  g_string_append_printf (out, "%s\n", _("ILOSTAT import report"));
  if (report->area != NULL)
    /* Translators: an area code */
    g_string_append_printf (out, _("Area: %s\n"), report->area);
  if (report->year != 0)
    /* Translators: a year, then why that year */
    g_string_append_printf (out, _("Year: %d (%s)\n"), report->year,
                            report->year_rule ? report->year_rule : "");
  if (report->indicator != NULL)
    /* Translators: an ILOSTAT indicator, its source code, then why that source */
    g_string_append_printf (out, _("Employment: %s, source %s (%s)\n"), report->indicator,
                            report->source, report->source_rule ? report->source_rule : "");
  if (report->breakdown != NULL)
    /* Translators: the level of breakdown by economic activity */
    g_string_append_printf (out, _("Breakdown: %s\n"), report->breakdown);
  if (report->exposure != NULL)
    /* Translators: where the exposure comes from */
    g_string_append_printf (out, _("Exposure: %s\n"), report->exposure);

  g_string_append_printf (out, "%s\n", _("Files:"));
  for (guint i = 0; i < report->files->len; i++)
    {
      const WfIlostatFileReport *file = g_ptr_array_index (report->files, i);

      /* Translators: file name, its form, "gzip" or nothing, its edition, rows read and used */
      g_string_append_printf (out, _("  %s: %s%s; %s; %lu rows read, %lu used\n"),
                              file->name, file->form ? file->form : "?",
                              file->compressed ? _(", gzip") : "",
                              file->edition ? file->edition : "", (gulong) file->rows,
                              (gulong) file->used);
    }
  if (report->skipped->len > 0)
    {
      g_string_append_printf (out, "%s\n", _("Skipped:"));
      for (guint i = 0; i < report->skipped->len; i++)
        g_string_append_printf (out, "  %s\n", (const char *) g_ptr_array_index (report->skipped, i));
    }
  if (report->notes->len > 0)
    {
      g_string_append_printf (out, "%s\n", _("Notes:"));
      for (guint i = 0; i < report->notes->len; i++)
        g_string_append_printf (out, "  %s\n", (const char *) g_ptr_array_index (report->notes, i));
    }
  if (report->warnings->len > 0)
    {
      g_string_append_printf (out, "%s\n", _("Warnings:"));
      for (guint i = 0; i < report->warnings->len; i++)
        g_string_append_printf (out, "  %s\n",
                                (const char *) g_ptr_array_index (report->warnings, i));
    }
  return g_string_free (out, FALSE);
}

/**
 * wf_ilostat_document_new:
 * @dataset: (transfer full): an imported dataset
 * @report: the import's report, kept in the document's notes
 * @created: the creation time, ISO 8601, also the modification time
 *
 * Returns: (transfer full): a document with the default scenarios on
 *   @dataset, their horizon after its base year, titled after it
 */
WfDocument *
wf_ilostat_document_new (WfDataset             *dataset,
                         const WfIlostatReport *report,
                         const char            *created)
{
  WfDocument *document;

  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (created != NULL, NULL);

  document = wf_document_new_default ();
  for (guint i = 0; i < document->scenarios->len; i++)
    {
      WfScenario *scenario = g_ptr_array_index (document->scenarios, i);

      /* The presets look to 2030; a later base year needs a later horizon. */
      if (scenario->horizon <= dataset->base_year)
        scenario->horizon = MIN (dataset->base_year + 7, dataset->base_year + WF_MAX_HORIZON_SPAN);
    }
  wf_document_set_dataset (document, dataset);
  document->metadata.title = g_strdup (document->dataset->title);
  document->metadata.notes = wf_ilostat_report_to_text (report);
  document->metadata.created = g_strdup (created);
  document->metadata.modified = g_strdup (created);
  document->metadata.application = g_strdup (PACKAGE_NAME " " PACKAGE_VERSION);

  return document;
}
