/* wf-ilostat.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads employment by sex and economic activity from an ILOSTAT CSV file
 * (the forms of docs/sources.md) and makes a dataset whose employment comes from
 * the file and whose other tables come from the bundled world dataset,
 * each table's source saying which. Columns are found by name. The finest
 * complete breakdown wins: the 14 groups of the ILO modelled estimates (from
 * their own codes or summed from ISIC sections), then the six aggregates,
 * then agriculture / industry / services; coarser sectors take the world
 * dataset's parameters averaged with world employment as weights. A sector
 * without a sex split keeps its employment as "sex unknown". The labour
 * force and unemployment are not read (yet): they are filled in by the
 * rule that migrates version-2 files, unemployment at 5 % of the labour
 * force, each with a source saying so.
 */
#define G_LOG_DOMAIN "wf-ilostat"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "wf-csv-reader.h"
#include "wf-ilostat.h"
#include "wf-io-error.h"
#include "wf-io-migrate.h"
#include "wf-io-util.h"

enum { SX_F, SX_M, SX_T, N_SX };

enum { COL_AREA, COL_INDICATOR, COL_SEX, COL_CLASSIF, COL_TIME, COL_VALUE, COL_SOURCE, N_COLS };

static const char * const column_names[N_COLS] = {
  "ref_area", "indicator", "sex", "classif1", "time", "obs_value", "source",
};

typedef struct
{
  char   *area;
  char   *indicator;
  char   *source;    /* "" when the file has no source column */
  char   *classif;
  int     sex;
  int     year;
  double  value;
  guint   line;
} Row;

typedef struct
{
  double   value[N_SX];
  gboolean has[N_SX];
  guint    line[N_SX];
} Cell;

typedef enum
{
  LEVEL_ISIC4,
  LEVEL_AGGREGATE,
  LEVEL_SECTOR,
  N_LEVELS
} Level;

typedef struct
{
  const char *id;
  const char *label;
  const char *world;   /* the world sectors it covers, space-separated */
} Target;

/* ILOSTAT's aggregates of ISIC Rev.4, in terms of the 14 world groups. */
static const Target aggregate_targets[] = {
  { "ECO_AGGREGATE_AGR", "Agriculture", "ECO_ISIC4_A" },
  { "ECO_AGGREGATE_MAN", "Manufacturing", "ECO_ISIC4_C" },
  { "ECO_AGGREGATE_CON", "Construction", "ECO_ISIC4_F" },
  { "ECO_AGGREGATE_MEL", "Mining and quarrying; Electricity, gas and water supply",
    "ECO_ISIC4_B ECO_ISIC4_DE" },
  { "ECO_AGGREGATE_MKT", "Market services (Trade; Transportation; Accommodation and food; "
    "and Business and administrative services)",
    "ECO_ISIC4_G ECO_ISIC4_HJ ECO_ISIC4_I ECO_ISIC4_K ECO_ISIC4_LMN" },
  { "ECO_AGGREGATE_PUB", "Non-market services (Public administration; Community, social and "
    "other services and activities)", "ECO_ISIC4_O ECO_ISIC4_P ECO_ISIC4_Q ECO_ISIC4_RSTU" },
};

static const Target sector_targets[] = {
  { "ECO_SECTOR_AGR", "Agriculture", "ECO_ISIC4_A" },
  { "ECO_SECTOR_IND", "Industry", "ECO_ISIC4_B ECO_ISIC4_C ECO_ISIC4_DE ECO_ISIC4_F" },
  { "ECO_SECTOR_SER", "Services",
    "ECO_ISIC4_G ECO_ISIC4_HJ ECO_ISIC4_I ECO_ISIC4_K ECO_ISIC4_LMN ECO_ISIC4_O ECO_ISIC4_P "
    "ECO_ISIC4_Q ECO_ISIC4_RSTU" },
};

static const char * const level_names[N_LEVELS] = {
  "the 14 sector groups of ISIC Rev.4",
  "the six aggregates of ISIC Rev.4",
  "agriculture, industry and services",
};

typedef struct
{
  const char        *name;
  GArray            *rows;        /* Row */
  const WfDataset   *world;
} Import;

typedef struct
{
  char       *id;
  char       *label;
  GPtrArray  *world;              /* (element-type guint) world sector indices, as pointers */
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

static gboolean G_GNUC_PRINTF (5, 6)
fail (const Import  *import,
      guint          line,
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

  if (line > 0)
    /* Translators: file name, line, then the message */
    g_set_error (error, WF_IO_ERROR, code, _("%s:%u: %s"), import->name, line, message);
  else
    g_set_error (error, WF_IO_ERROR, code, "%s: %s", import->name, message);
  return FALSE;
}

static gboolean
is_aggregate_area (const char *area)
{
  return area[0] == 'X' && g_ascii_isdigit (area[1]);
}

static int
parse_sex (const char *code)
{
  if (g_str_equal (code, "SEX_F"))
    return SX_F;
  if (g_str_equal (code, "SEX_M"))
    return SX_M;
  if (g_str_equal (code, "SEX_T"))
    return SX_T;
  return -1;
}

/* "EMP_TEMP_SEX_ECO_NB_A" -> "NB": the unit part of an indicator code. */
static char *
indicator_unit (const char *indicator)
{
  g_auto(GStrv) parts = g_strsplit (indicator, "_", -1);
  guint n = g_strv_length (parts);

  return n >= 2 ? g_strdup (parts[n - 2]) : g_strdup ("");
}

/* Reading the rows */

static gboolean
read_rows (Import   *import,
           GBytes   *bytes,
           GError  **error)
{
  g_autoptr(WfCsvReader) reader = wf_csv_reader_new (bytes, import->name);
  g_autofree char *other_unit_indicator = NULL;
  g_autoptr(GError) local_error = NULL;
  GPtrArray *fields = NULL;
  int columns[N_COLS];
  guint n_header;

  if (!wf_csv_reader_next (reader, &fields, &local_error))
    {
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      return fail (import, 0, error, WF_IO_ERROR_ILOSTAT_COLUMN,
                   _("the file is empty; expected a header line with the columns "
                     "ref_area, indicator, sex, classif1, time and obs_value"));
    }

  n_header = fields->len;
  for (guint c = 0; c < N_COLS; c++)
    {
      columns[c] = -1;
      for (guint i = 0; i < fields->len; i++)
        if (g_strcmp0 (g_strstrip ((char *) g_ptr_array_index (fields, i)), column_names[c]) == 0)
          {
            columns[c] = (int) i;
            break;
          }
    }

  for (guint c = 0; c < N_COLS; c++)
    {
      g_autofree char *label = NULL;
      gboolean has_label = FALSE;

      if (columns[c] >= 0 || c == COL_SOURCE)
        continue;

      label = g_strconcat (column_names[c], ".label", NULL);
      for (guint i = 0; i < fields->len; i++)
        has_label |= g_strcmp0 (g_ptr_array_index (fields, i), label) == 0;

      if (has_label)
        return fail (import, 1, error, WF_IO_ERROR_ILOSTAT_COLUMN,
                     _("the column “%s” is missing but “%s” is there: the file was downloaded "
                       "with labels only; download it again with codes"),
                     column_names[c], label);
      return fail (import, 1, error, WF_IO_ERROR_ILOSTAT_COLUMN,
                   _("the column “%s” is missing; expected the columns ref_area, indicator, sex, "
                     "classif1, time and obs_value (by name, in any order)"),
                   column_names[c]);
    }

  while (wf_csv_reader_next (reader, &fields, &local_error))
    {
      guint line = wf_csv_reader_get_line (reader);
      const char *field[N_COLS];
      Row row = { NULL, };
      gint64 year = 0;
      int sex;

      if (fields->len != n_header)
        return fail (import, line, error, WF_IO_ERROR_CSV,
                     _("the line has %u fields; the header has %u"), fields->len, n_header);

      for (guint c = 0; c < N_COLS; c++)
        field[c] = columns[c] >= 0 ? g_ptr_array_index (fields, columns[c]) : "";

      if (g_strcmp0 (field[COL_INDICATOR], WF_ILOSTAT_INDICATOR_MODELLED) != 0 &&
          g_strcmp0 (field[COL_INDICATOR], WF_ILOSTAT_INDICATOR_SURVEYS) != 0)
        {
          g_autofree char *unit = indicator_unit (field[COL_INDICATOR]);

          /* Another indicator in thousands (employment by age, say) is only
           * ignored; one in another unit means the file mixes units. */
          if (!g_str_equal (unit, "NB") && other_unit_indicator == NULL)
            /* Translators: an ILOSTAT indicator code and the line of the file it is on */
            other_unit_indicator = g_strdup_printf (_("%s (line %u)"), field[COL_INDICATOR], line);
          continue;
        }

      if (*field[COL_VALUE] == '\0')
        continue;  /* missing: an empty field */

      if (!g_ascii_string_to_signed (field[COL_TIME], 10, 1900, 2200, &year, NULL))
        return fail (import, line, error, WF_IO_ERROR_ILOSTAT_DATA,
                     _("column time: “%s” is not a year; expected annual data such as “2023”"),
                     field[COL_TIME]);

      sex = parse_sex (field[COL_SEX]);
      if (sex < 0)
        {
          if (g_str_equal (field[COL_SEX], "SEX_O"))
            continue;  /* "other": not a split the model has */
          return fail (import, line, error, WF_IO_ERROR_ILOSTAT_DATA,
                       _("column sex: “%s” is not one of SEX_T, SEX_F, SEX_M or SEX_O"),
                       field[COL_SEX]);
        }

      if (!wf_io_parse_double (field[COL_VALUE], &row.value))
        return fail (import, line, error, WF_IO_ERROR_ILOSTAT_DATA,
                     _("column obs_value: “%s” is not a number"), field[COL_VALUE]);
      if (row.value < 0.0)
        return fail (import, line, error, WF_IO_ERROR_ILOSTAT_DATA,
                     _("column obs_value: %s is negative; employment cannot be"), field[COL_VALUE]);
      if (*field[COL_AREA] == '\0')
        return fail (import, line, error, WF_IO_ERROR_ILOSTAT_DATA,
                     _("column ref_area is empty"));

      row.area = g_strdup (field[COL_AREA]);
      row.indicator = g_strdup (field[COL_INDICATOR]);
      row.source = g_strdup (field[COL_SOURCE]);
      row.classif = g_strdup (field[COL_CLASSIF]);
      row.sex = sex;
      row.year = (int) year;
      row.line = line;
      g_array_append_val (import->rows, row);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (import->rows->len > 0 && other_unit_indicator != NULL)
    return fail (import, 0, error, WF_IO_ERROR_ILOSTAT_UNIT,
                 _("the file mixes units: besides employment in thousands it has %s, which is "
                   "not a number of people; keep only %s or %s"),
                 other_unit_indicator, WF_ILOSTAT_INDICATOR_MODELLED, WF_ILOSTAT_INDICATOR_SURVEYS);
  if (import->rows->len == 0)
    return fail (import, 0, error, WF_IO_ERROR_ILOSTAT_DATA,
                 _("the file has no values of %s or %s (employment by sex and economic activity)"),
                 WF_ILOSTAT_INDICATOR_MODELLED, WF_ILOSTAT_INDICATOR_SURVEYS);

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
choose_areas (Import                  *import,
              const WfIlostatOptions  *options,
              GError                 **error)
{
  g_autoptr(GHashTable) areas = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) chosen = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *available = NULL;
  guint aggregates = 0;

  for (guint i = 0; i < import->rows->len; i++)
    g_hash_table_add (areas, g_array_index (import->rows, Row, i).area);
  available = join_sorted (areas);

  if (options->area == NULL || *options->area == '\0')
    {
      if (g_hash_table_size (areas) > 1)
        {
          fail (import, 0, error, WF_IO_ERROR_ILOSTAT_AREA,
                _("the file holds several areas (%s); choose one"), available);
          return NULL;
        }
      g_ptr_array_add (chosen, g_strdup (g_array_index (import->rows, Row, 0).area));
      return g_steal_pointer (&chosen);
    }

  {
    g_auto(GStrv) codes = g_strsplit (options->area, ",", -1);

    for (guint i = 0; codes[i] != NULL; i++)
      {
        char *code = g_strstrip (codes[i]);

        if (*code == '\0')
          continue;
        if (!g_hash_table_contains (areas, code))
          {
            fail (import, 0, error, WF_IO_ERROR_ILOSTAT_AREA,
                  _("the file has no data for the area “%s”; it has %s"), code, available);
            return NULL;
          }
        for (guint j = 0; j < chosen->len; j++)
          if (g_str_equal (g_ptr_array_index (chosen, j), code))
            {
              fail (import, 0, error, WF_IO_ERROR_ILOSTAT_AREA,
                    _("the area “%s” is chosen twice"), code);
              return NULL;
            }
        if (is_aggregate_area (code))
          aggregates++;
        g_ptr_array_add (chosen, g_strdup (code));
      }
  }

  if (chosen->len == 0)
    {
      fail (import, 0, error, WF_IO_ERROR_ILOSTAT_AREA, _("no area was chosen; the file has %s"),
            available);
      return NULL;
    }
  if (aggregates > 0 && chosen->len > 1)
    {
      fail (import, 0, error, WF_IO_ERROR_ILOSTAT_AREA,
            _("“%s” sums an ILOSTAT aggregate (codes starting with X) with other areas; an "
              "aggregate already contains its countries, so choose it alone"), options->area);
      return NULL;
    }

  g_ptr_array_sort (chosen, compare_strings);
  return g_steal_pointer (&chosen);
}

static gboolean
area_chosen (GPtrArray  *areas,
             const char *area)
{
  for (guint i = 0; i < areas->len; i++)
    if (g_str_equal (g_ptr_array_index (areas, i), area))
      return TRUE;
  return FALSE;
}

static gboolean
has_year (Import     *import,
          const char *area,
          int         year)
{
  for (guint i = 0; i < import->rows->len; i++)
    {
      Row *row = &g_array_index (import->rows, Row, i);

      if (row->year == year && g_str_equal (row->area, area))
        return TRUE;
    }
  return FALSE;
}

static int
choose_year (Import                  *import,
             GPtrArray               *areas,
             const WfIlostatOptions  *options,
             GError                 **error)
{
  int latest = 0;

  if (options->year != 0)
    {
      for (guint a = 0; a < areas->len; a++)
        if (!has_year (import, g_ptr_array_index (areas, a), options->year))
          {
            fail (import, 0, error, WF_IO_ERROR_ILOSTAT_DATA,
                  _("the file has no data for %s in %d"),
                  (const char *) g_ptr_array_index (areas, a), options->year);
            return 0;
          }
      return options->year;
    }

  for (guint i = 0; i < import->rows->len; i++)
    {
      Row *row = &g_array_index (import->rows, Row, i);
      gboolean everywhere = TRUE;

      if (row->year <= latest || !area_chosen (areas, row->area))
        continue;
      for (guint a = 0; a < areas->len && everywhere; a++)
        everywhere = has_year (import, g_ptr_array_index (areas, a), row->year);
      if (everywhere)
        latest = row->year;
    }

  if (latest == 0)
    fail (import, 0, error, WF_IO_ERROR_ILOSTAT_DATA,
          _("the chosen areas have no year in common"));
  return latest;
}

/* The series (indicator and source) of one area in one year: the one the
 * options name, or the one with the most values, ties going to the first
 * in alphabetical order so that the choice does not depend on row order. */
static char *
choose_series (Import                  *import,
               const char              *area,
               int                      year,
               const WfIlostatOptions  *options,
               GString                 *alternatives,
               GError                 **error)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree const char **keys = NULL;
  const char *best = NULL;
  guint best_count = 0, n;

  for (guint i = 0; i < import->rows->len; i++)
    {
      Row *row = &g_array_index (import->rows, Row, i);
      char *key;

      if (row->year != year || !g_str_equal (row->area, area))
        continue;
      if (options->source != NULL && !g_str_equal (row->source, options->source))
        continue;
      key = g_strconcat (row->indicator, "|", row->source, NULL);
      g_hash_table_insert (counts, key,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) + 1));
    }

  if (g_hash_table_size (counts) == 0)
    {
      fail (import, 0, error, WF_IO_ERROR_ILOSTAT_DATA,
            _("the file has no data for %s in %d from the source “%s”"), area, year,
            options->source);
      return NULL;
    }

  keys = (const char **) g_hash_table_get_keys_as_array (counts, &n);
  qsort (keys, n, sizeof (char *), compare_strings);
  for (guint i = 0; i < n; i++)
    {
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, keys[i]));

      if (count > best_count)
        {
          best = keys[i];
          best_count = count;
        }
    }
  for (guint i = 0; i < n; i++)
    if (keys[i] != best)
      {
        g_auto(GStrv) parts = g_strsplit (keys[i], "|", 2);

        g_string_append_printf (alternatives, "%s%s %s %s", alternatives->len ? "; " : "",
                                area, parts[0], parts[1]);
      }

  return g_strdup (best);
}

/* One area's values: classif1 code -> Cell. */
static GHashTable *
collect_cells (Import      *import,
               const char  *area,
               int          year,
               const char  *series,
               GError     **error)
{
  g_autoptr(GHashTable) cells = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (guint i = 0; i < import->rows->len; i++)
    {
      Row *row = &g_array_index (import->rows, Row, i);
      g_autofree char *key = NULL;
      Cell *cell;

      if (row->year != year || !g_str_equal (row->area, area))
        continue;
      key = g_strconcat (row->indicator, "|", row->source, NULL);
      if (!g_str_equal (key, series))
        continue;

      cell = g_hash_table_lookup (cells, row->classif);
      if (cell == NULL)
        {
          cell = g_new0 (Cell, 1);
          g_hash_table_insert (cells, row->classif, cell);
        }
      if (cell->has[row->sex])
        {
          fail (import, row->line, error, WF_IO_ERROR_ILOSTAT_DATA,
                _("a second value for %s, %s, %s, %d (the first is on line %u)"),
                area, row->classif, row->sex == SX_F ? "SEX_F" : row->sex == SX_M ? "SEX_M" : "SEX_T",
                year, cell->line[row->sex]);
          return NULL;
        }
      cell->has[row->sex] = TRUE;
      cell->value[row->sex] = row->value;
      cell->line[row->sex] = row->line;
    }

  return g_steal_pointer (&cells);
}

/* The employment of one target from one area's cells: from its own code
 * when there, else (for the 14 groups) summed from its ISIC sections. */
static gboolean
compute_target (GHashTable *cells,
                const char *id,
                Level       level,
                double     *employment,
                gboolean   *split)
{
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);
  double women = 0, men = 0, total = 0;
  gboolean all_split = TRUE;
  guint found = 0;

  if (g_hash_table_contains (cells, id) || level != LEVEL_ISIC4)
    g_ptr_array_add (codes, g_strdup (id));
  else
    for (const char *p = id + strlen ("ECO_ISIC4_"); *p != '\0'; p++)
      g_ptr_array_add (codes, g_strdup_printf ("ECO_ISIC4_%c", *p));

  for (guint i = 0; i < codes->len; i++)
    {
      Cell *cell = g_hash_table_lookup (cells, g_ptr_array_index (codes, i));
      gboolean has_split;

      if (cell == NULL)
        continue;
      has_split = cell->has[SX_F] && cell->has[SX_M];
      if (!has_split && !cell->has[SX_T])
        continue;
      found++;
      all_split &= has_split;
      women += cell->value[SX_F];
      men += cell->value[SX_M];
      total += has_split ? cell->value[SX_F] + cell->value[SX_M] : cell->value[SX_T];
    }

  if (found == 0)
    return FALSE;

  if (all_split)
    {
      employment[WF_SEX_WOMEN] = women;
      employment[WF_SEX_MEN] = men;
      employment[WF_SEX_UNKNOWN] = 0.0;
    }
  else
    {
      employment[WF_SEX_WOMEN] = 0.0;
      employment[WF_SEX_MEN] = 0.0;
      employment[WF_SEX_UNKNOWN] = total;
    }
  *split = all_split;
  return TRUE;
}

static GArray *
level_sectors (const WfDataset *world,
               Level            level)
{
  GArray *sectors = g_array_new (FALSE, TRUE, sizeof (Sector));

  g_array_set_clear_func (sectors, (GDestroyNotify) sector_clear);

  if (level == LEVEL_ISIC4)
    {
      for (guint s = 0; s < world->n_sectors; s++)
        {
          Sector sector = { g_strdup (world->sectors[s].id), g_strdup (world->sectors[s].label),
                            g_ptr_array_new (), };

          g_ptr_array_add (sector.world, GUINT_TO_POINTER (s));
          g_array_append_val (sectors, sector);
        }
      return sectors;
    }

  {
    const Target *targets = level == LEVEL_AGGREGATE ? aggregate_targets : sector_targets;
    guint n = level == LEVEL_AGGREGATE ? G_N_ELEMENTS (aggregate_targets)
                                       : G_N_ELEMENTS (sector_targets);

    for (guint t = 0; t < n; t++)
      {
        g_auto(GStrv) ids = g_strsplit (targets[t].world, " ", -1);
        Sector sector = { g_strdup (targets[t].id), g_strdup (targets[t].label),
                          g_ptr_array_new (), };

        for (guint i = 0; ids[i] != NULL; i++)
          {
            int index = wf_dataset_find_sector (world, ids[i]);

            g_assert (index >= 0);
            g_ptr_array_add (sector.world, GUINT_TO_POINTER ((guint) index));
          }
        g_array_append_val (sectors, sector);
      }
  }

  return sectors;
}

/* Weighted averages of the world's parameters over a sector's world groups */

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
  for (guint g = 0; g < WF_N_SEXES; g++)
    {
      double sum = 0.0;

      for (guint k = 1; k < WF_N_GRADIENTS; k++)
        sum += to->exposure[g][k];
      to->exposure[g][0] = MAX (0.0, 1.0 - sum);
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
  const WfDataset *world = import->world;
  g_autoptr(WfDataset) dataset = NULL;
  g_autoptr(GString) note = g_string_new (NULL);
  g_autoptr(GString) citation = g_string_new ("ILOSTAT");
  g_autoptr(GString) unsplit = g_string_new (NULL);
  g_autoptr(GString) dropped = g_string_new (NULL);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *area = NULL;
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
      fail (import, 0, error, WF_IO_ERROR_ILOSTAT_DATA,
            _("every sector has zero employment in %d"), year);
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
  dataset->title = g_strdup_printf ("%s, %d (ILOSTAT employment; world exposure profile)", area, year);
  dataset->area = g_strdup (area);
  dataset->base_year = year;

  for (guint i = 0; i < series->len; i++)
    {
      g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (series, i), "|", 2);

      g_string_append_printf (citation, "%s %s %s, %d%s%s", i ? ";" : ",",
                              (const char *) g_ptr_array_index (areas, i), parts[0], year,
                              *parts[1] ? ", source " : "", parts[1]);
      if (i == 0)
        dataset->edition = g_strdup_printf ("ILOSTAT %s%s%s", parts[0],
                                            *parts[1] ? ", source " : "", parts[1]);
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
                          "activity, %s.", import->name, level_names[level]);
  if (unsplit->len > 0)
    g_string_append_printf (note, " No split by sex for %s: kept as sex unknown.", unsplit->str);
  if (dropped->len > 0)
    g_string_append_printf (note, " No employment in %s: left out.", dropped->str);
  if (alternatives != NULL && *alternatives != '\0')
    g_string_append_printf (note, " Other series in the file, not used: %s.", alternatives);
  wf_dataset_set_source (dataset, WF_TABLE_EMPLOYMENT, WF_PROVENANCE_PRIMARY, citation->str,
                         note->str);

  for (guint t = 0; t < WF_N_TABLES; t++)
    {
      g_autofree char *from_world = NULL;

      /* Employment is the file's; the labour force, unemployment and
       * its growth are set from it below. */
      if (t == WF_TABLE_EMPLOYMENT || t == WF_TABLE_LABOUR_FORCE || t == WF_TABLE_UNEMPLOYMENT ||
          t == WF_TABLE_LABOUR_FORCE_GROWTH)
        continue;
      from_world = g_strdup_printf ("From the bundled world dataset (%s), not from %s%s.%s%s",
                                    world->id, area,
                                    level == LEVEL_ISIC4 ? ""
                                      : ", averaged over its sector groups with world employment "
                                        "as weights",
                                    world->sources[t].note ? " " : "",
                                    world->sources[t].note ? world->sources[t].note : "");
      wf_dataset_set_source (dataset, t,
                             level == LEVEL_ISIC4 ? world->sources[t].provenance
                                                  : WF_PROVENANCE_DERIVED,
                             world->sources[t].citation, from_world);
    }

  /* Until labour force and unemployment files can be imported, the rule
   * that migrates version-2 files (docs/file-format.md) fills them. */
  wf_io_fill_labour_force (dataset);
  wf_io_fill_labour_market (dataset, world);
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
  wf_dataset_set_source (dataset, WF_TABLE_LABOUR_FORCE_GROWTH, WF_PROVENANCE_ASSUMPTION,
                         "Workforce Foresight assumption on the imported employment",
                         "Each sex’s labour force grows at the employment-weighted trend growth "
                         "of its sectors, so that unemployment stays near 5 % of the labour "
                         "force; import EAP_TEAP_SEX_AGE_NB and UNE_TUNE_SEX_AGE_NB for real "
                         "figures.");

  if (!wf_dataset_validate (dataset, &local_error))
    {
      fail (import, 0, error, WF_IO_ERROR_ILOSTAT_DATA, _("the imported data are not usable: %s"),
            local_error->message);
      return NULL;
    }

  return g_steal_pointer (&dataset);
}

/**
 * wf_ilostat_import_bytes:
 * @bytes: the CSV file's contents
 * @display_name: the name errors use
 * @options: (nullable): the area, year and source to take
 * @error: return location for an error
 *
 * Returns: (transfer full): a dataset with the file's employment and the
 *   world dataset's other tables, or %NULL with @error set in %WF_IO_ERROR
 */
WfDataset *
wf_ilostat_import_bytes (GBytes                  *bytes,
                         const char              *display_name,
                         const WfIlostatOptions  *options,
                         GError                 **error)
{
  static const WfIlostatOptions defaults = { NULL, 0, NULL };
  g_autoptr(WfDataset) world = wf_dataset_new_world ();
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_autoptr(GPtrArray) areas = NULL;
  g_autoptr(GPtrArray) series = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  g_autoptr(GString) alternatives = g_string_new (NULL);
  Import import = { display_name ? display_name : "<memory>", rows, world };
  int year;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    options = &defaults;
  g_array_set_clear_func (rows, row_clear);

  if (g_bytes_get_size (bytes) > WF_ILOSTAT_MAX_SIZE)
    {
      fail (&import, 0, error, WF_IO_ERROR_TOO_LARGE, _("the file is larger than %d MiB"),
            WF_ILOSTAT_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  if (!read_rows (&import, bytes, error))
    return NULL;

  areas = choose_areas (&import, options, error);
  if (areas == NULL)
    return NULL;

  year = choose_year (&import, areas, options, error);
  if (year == 0)
    return NULL;

  for (guint a = 0; a < areas->len; a++)
    {
      const char *area = g_ptr_array_index (areas, a);
      char *chosen = choose_series (&import, area, year, options, alternatives, error);
      GHashTable *area_cells;

      if (chosen == NULL)
        return NULL;
      g_ptr_array_add (series, chosen);
      if (a > 0)
        {
          g_auto(GStrv) first = g_strsplit (g_ptr_array_index (series, 0), "|", 2);
          g_auto(GStrv) this = g_strsplit (chosen, "|", 2);

          if (!g_str_equal (first[0], this[0]))
            {
              fail (&import, 0, error, WF_IO_ERROR_ILOSTAT_UNIT,
                    _("%s has %s and %s has %s: modelled estimates and survey series cannot be "
                      "summed"), (const char *) g_ptr_array_index (areas, 0), first[0], area,
                    this[0]);
              return NULL;
            }
        }

      area_cells = collect_cells (&import, area, year, chosen, error);
      if (area_cells == NULL)
        return NULL;
      g_ptr_array_add (cells, area_cells);
    }

  for (Level level = 0; level < N_LEVELS; level++)
    {
      g_autoptr(GArray) sectors = level_sectors (world, level);
      gboolean complete = TRUE;

      for (guint i = 0; i < sectors->len && complete; i++)
        {
          Sector *sector = &g_array_index (sectors, Sector, i);

          sector->split = TRUE;
          for (guint a = 0; a < areas->len && complete; a++)
            {
              double employment[WF_N_SEXES];
              gboolean split = FALSE;

              complete = compute_target (g_ptr_array_index (cells, a), sector->id, level,
                                         employment, &split);
              if (!complete)
                break;
              /* Summing areas: a split only when every area gives one. */
              if (!split || !sector->split)
                {
                  double total = sector->employment[0] + sector->employment[1] +
                                 sector->employment[2];

                  sector->employment[0] = sector->employment[1] = 0.0;
                  sector->employment[2] = total + employment[0] + employment[1] + employment[2];
                  sector->split = FALSE;
                }
              else
                for (guint g = 0; g < WF_N_SEXES; g++)
                  sector->employment[g] += employment[g];
            }
        }

      if (complete)
        return build_dataset (&import, sectors, level, areas, year, series, alternatives->str,
                              error);
    }

  fail (&import, 0, error, WF_IO_ERROR_ILOSTAT_DATA,
        _("no complete breakdown by economic activity for %s in %d; expected classif1 codes "
          "ECO_ISIC4_* (sections or the 14 groups), ECO_AGGREGATE_* or ECO_SECTOR_*"),
        options->area ? options->area : (const char *) g_ptr_array_index (areas, 0), year);
  return NULL;
}

/**
 * wf_ilostat_import_file:
 * @file: an ILOSTAT CSV file
 * @options: (nullable): the area, year and source to take
 * @error: return location for an error
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 */
WfDataset *
wf_ilostat_import_file (GFile                   *file,
                        const WfIlostatOptions  *options,
                        GError                 **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &local_error))
    {
      g_set_error (error, WF_IO_ERROR, WF_IO_ERROR_IO,
                   /* Translators: file name, then the system's explanation */
                   _("%s: could not read the file: %s"), name, local_error->message);
      return NULL;
    }
  bytes = g_bytes_new_take (contents, length);

  return wf_ilostat_import_bytes (bytes, name, options, error);
}
