/* wf-export-dialog.c
 *
 * Copyright 2026 The Workforce Foresight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dialog only gathers choices: the chart library draws the file, the
 * same call the command line's `chart` subcommand makes, so an export from
 * the window and one from a script are the same bytes.
 */
#define G_LOG_DOMAIN "wf-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "wf-chart-tidy.h"
#include "wf-chart-view.h"
#include "wf-export-dialog.h"
#include "wf-io.h"
#include "wf-io-util.h"

typedef struct
{
  const char *name;
  int         width;
  int         height;
} SizePreset;

/* The last entry, "Custom", has no size. */
static const SizePreset size_presets[] = {
  { N_("Screen (1280×720)"), 1280, 720 },
  { N_("Report (1600×900)"), 1600, 900 },
  { N_("Slide (1920×1080)"), 1920, 1080 },
  { N_("Square (1080×1080)"), 1080, 1080 },
  { N_("Custom"), 0, 0 },
};
#define CUSTOM_SIZE (G_N_ELEMENTS (size_presets) - 1)

/* The formats of the dialog, in its order: the chart's pictures, then its
 * numbers in the data layout of every other export (docs/data-format.md),
 * as the command line writes them. There is no other table: what a
 * spreadsheet opens is the data layout. */
enum
{
  FORMAT_SVG,
  FORMAT_PNG,
  FORMAT_PDF,
  FORMAT_DATA_CSV,
  FORMAT_DATA_JSON,
};

static const struct
{
  const char    *name;
  const char    *extension;
  const char    *mime_type;
  WfChartFormat  picture;    /* for a picture */
} formats[] = {
  [FORMAT_SVG] = { N_("SVG image"), "svg", "image/svg+xml", WF_CHART_FORMAT_SVG },
  [FORMAT_PNG] = { N_("PNG image"), "png", "image/png", WF_CHART_FORMAT_PNG },
  [FORMAT_PDF] = { N_("PDF document"), "pdf", "application/pdf", WF_CHART_FORMAT_PDF },
  [FORMAT_DATA_CSV] = { N_("Data, CSV"), "csv", "text/csv", 0 },
  [FORMAT_DATA_JSON] = { N_("Data, JSON"), "json", "application/json", 0 },
};
#define N_FORMATS G_N_ELEMENTS (formats)
#define IS_PICTURE(format) ((format) <= FORMAT_PDF)

static const char * const theme_names[WF_N_CHART_THEMES] = {
  [WF_CHART_THEME_LIGHT] = N_("Light"),
  [WF_CHART_THEME_DARK] = N_("Dark"),
  [WF_CHART_THEME_PRESENTATION] = N_("Presentation (large type, high contrast)"),
};

/* The values of the "export-number-format" enum in the GSettings schema. */
enum
{
  NUMBER_FORMAT_LOCALE,
  NUMBER_FORMAT_C,
};

struct _WfExportDialog
{
  AdwWindow             parent_instance;

  WfSession            *session;
  GtkFileChooserNative *chooser;
  GCancellable         *cancellable;  /* of the export under way, if any */
  GtkSpinner           *progress_spinner;
  guint                 n_running;     /* exports under way: the spinner turns */

  /* Template children */
  AdwComboRow          *chart_row;
  AdwComboRow          *format_row;
  AdwComboRow          *number_format_row;
  AdwComboRow          *size_row;
  AdwActionRow         *width_row;
  AdwActionRow         *height_row;
  GtkAdjustment        *width_adjustment;
  GtkAdjustment        *height_adjustment;
  AdwComboRow          *theme_row;
  AdwComboRow          *scale_row;
};

G_DEFINE_FINAL_TYPE (WfExportDialog, wf_export_dialog, ADW_TYPE_WINDOW)

enum
{
  EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The lists the rows open: libadwaita's own cuts an item at 20
 * characters ("Présentation (grands c…"); this one wraps it, whole, and
 * ticks the row's choice as libadwaita's does. */
static void
list_item_sync_check (GtkListItem *item)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  AdwComboRow *row = g_object_get_data (G_OBJECT (item), "wf-combo-row");

  if (box == NULL || row == NULL)
    return;
  gtk_widget_set_opacity (gtk_widget_get_last_child (box),
                          adw_combo_row_get_selected (row) == gtk_list_item_get_position (item) ? 1 : 0);
}

static void
whole_item_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     AdwComboRow              *row)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_accessible_update_state (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_item_set_child (item, box);
  g_object_set_data (G_OBJECT (item), "wf-combo-row", row);
}

static void
whole_item_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    AdwComboRow              *row)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_widget_get_first_child (box)), gtk_string_object_get_string (string));
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (list_item_sync_check), item, G_CONNECT_SWAPPED);
  list_item_sync_check (item);
}

static void
whole_item_unbind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      AdwComboRow              *row)
{
  g_signal_handlers_disconnect_by_func (row, list_item_sync_check, item);
}

static void
set_whole_list_factory (AdwComboRow *row)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (whole_item_setup_cb), row);
  g_signal_connect (factory, "bind", G_CALLBACK (whole_item_bind_cb), row);
  g_signal_connect (factory, "unbind", G_CALLBACK (whole_item_unbind_cb), row);
  adw_combo_row_set_list_factory (row, factory);
}

static void
set_string_model (AdwComboRow        *row,
                  const char * const *strings,
                  guint               n_strings)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  for (guint i = 0; i < n_strings; i++)
    gtk_string_list_append (list, _(strings[i]));
  adw_combo_row_set_model (row, G_LIST_MODEL (list));
  set_whole_list_factory (row);
}

static guint
selected_format (WfExportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->format_row);

  return selected < N_FORMATS ? selected : FORMAT_SVG;
}

static WfChartKind
selected_kind (WfExportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->chart_row);

  return selected < WF_N_CHART_KINDS ? (WfChartKind) selected : WF_CHART_EMPLOYMENT;
}

static void
update_sensitivity (WfExportDialog *self)
{
  guint format = selected_format (self);
  gboolean image = IS_PICTURE (format);

  gtk_widget_set_sensitive (GTK_WIDGET (self->size_row), image);
  gtk_widget_set_sensitive (GTK_WIDGET (self->width_row), image);
  gtk_widget_set_sensitive (GTK_WIDGET (self->height_row), image);
  gtk_widget_set_sensitive (GTK_WIDGET (self->theme_row), image);
  gtk_widget_set_sensitive (GTK_WIDGET (self->scale_row), format == FORMAT_PNG);
  /* The numbers on a picture's axes; data files are in the C locale always. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->number_format_row), image);
}

static void
show_error (WfExportDialog *self,
            GFile          *file,
            const GError   *error)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  /* Translators: %s is a file name, then the reason it could not be written. */
  body = g_strdup_printf (_("“%s” could not be written: %s"), name, error->message);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Export"), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
format_changed_cb (WfExportDialog *self)
{
  update_sensitivity (self);
}

static void
size_preset_changed_cb (WfExportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->size_row);

  if (selected >= CUSTOM_SIZE)
    return;

  /* Setting the width first selects "Custom" for a moment, until the
   * height matches the preset again. */
  gtk_adjustment_set_value (self->width_adjustment, size_presets[selected].width);
  gtk_adjustment_set_value (self->height_adjustment, size_presets[selected].height);
}

/* Typing a size selects the preset it matches, or "Custom". */
static void
size_value_changed_cb (WfExportDialog *self)
{
  int width = (int) gtk_adjustment_get_value (self->width_adjustment);
  int height = (int) gtk_adjustment_get_value (self->height_adjustment);
  guint preset = CUSTOM_SIZE;

  for (guint i = 0; i < CUSTOM_SIZE; i++)
    if (size_presets[i].width == width && size_presets[i].height == height)
      preset = i;

  /* Selecting the preset sets the same size again: no change, no echo. */
  adw_combo_row_set_selected (self->size_row, preset);
}

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  WfExportDialog *self = WF_EXPORT_DIALOG (object);
  g_autoptr(GFile) file = user_data;
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->cancellable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.export", TRUE);
  if (!wf_export_dialog_export_to_finish (self, result, &error))
    {
      /* Closing the dialog cancels the export: nothing to say then. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, file, error);
      return;
    }

  /* Tell the window (for its toast) before the dialog goes away. */
  g_object_ref (self);
  g_signal_emit (self, signals[EXPORTED], 0, file);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
chooser_response_cb (WfExportDialog       *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_clear_object (&self->chooser);

  if (file == NULL)
    return;

  /* One export at a time; the button waits for it. */
  self->cancellable = g_cancellable_new ();
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.export", FALSE);
  wf_export_dialog_export_to_async (self, file, self->cancellable, exported_cb, g_object_ref (file));
}

static void
wf_export_dialog_export_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  WfExportDialog *self = WF_EXPORT_DIALOG (widget);
  guint format = selected_format (self);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  g_autofree char *pattern = NULL;

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Export Chart"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  pattern = g_strdup_printf ("*.%s", formats[format].extension);
  gtk_file_filter_set_name (filter, _(formats[format].name));
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_add_mime_type (filter, formats[format].mime_type);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);

  name = wf_export_dialog_dup_suggested_name (self);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);

  g_signal_connect_swapped (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
wf_export_dialog_dispose (GObject *object)
{
  WfExportDialog *self = WF_EXPORT_DIALOG (object);

  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  g_clear_object (&self->session);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), WF_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (wf_export_dialog_parent_class)->dispose (object);
}

static void
wf_export_dialog_class_init (WfExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wf_export_dialog_dispose;

  /**
   * WfExportDialog::exported:
   * @self: the dialog
   * @file: the file written
   *
   * Emitted after the file chooser's file was written, just before the
   * dialog closes.
   */
  signals[EXPORTED] = g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/workforce_foresight/WorkforceForesight/wf-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, WfExportDialog, chart_row);
  gtk_widget_class_bind_template_child (widget_class, WfExportDialog, progress_spinner);
  gtk_widget_class_bind_template_child (widget_class, WfExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, WfExportDialog, number_format_row);
  gtk_widget_class_bind_template_child (widget_class, WfExportDialog, size_row);
  gtk_widget_class_bind_template_child (widget_class, WfExportDialog, width_row);
  gtk_widget_class_bind_template_child (widget_class, WfExportDialog, height_row);
  gtk_widget_class_bind_template_child (widget_class, WfExportDialog, width_adjustment);
  gtk_widget_class_bind_template_child (widget_class, WfExportDialog, height_adjustment);
  gtk_widget_class_bind_template_child (widget_class, WfExportDialog, theme_row);
  gtk_widget_class_bind_template_child (widget_class, WfExportDialog, scale_row);

  gtk_widget_class_install_action (widget_class, "export.export", NULL,
                                   wf_export_dialog_export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "export.export", NULL);
}

static void
wf_export_dialog_init (WfExportDialog *self)
{
  static const char *scale_names[] = { N_("1×"), N_("2×") };
  const char *format_names[N_FORMATS];
  const char *size_names[G_N_ELEMENTS (size_presets)];
  g_autofree char *locale_example = NULL;
  g_autofree char *locale_name = NULL;
  const char *number_names[3];
  g_autoptr(GtkStringList) number_list = NULL;
  g_autoptr(GSettings) settings = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < N_FORMATS; i++)
    format_names[i] = formats[i].name;
  set_string_model (self->format_row, format_names, N_FORMATS);

  for (guint i = 0; i < G_N_ELEMENTS (size_presets); i++)
    size_names[i] = size_presets[i].name;
  set_string_model (self->size_row, size_names, G_N_ELEMENTS (size_names));
  adw_combo_row_set_selected (self->size_row, 0);

  set_string_model (self->theme_row, theme_names, WF_N_CHART_THEMES);
  set_string_model (self->scale_row, scale_names, G_N_ELEMENTS (scale_names));

  /* Show what "your locale" means here, with this machine's separators. */
  locale_example = g_strdup_printf ("%'.1f", 1234.5);
  /* Translators: %s is a number formatted for the user's language, e.g. "1,234.5". */
  locale_name = g_strdup_printf (_("Your locale (%s)"), locale_example);
  number_names[NUMBER_FORMAT_LOCALE] = locale_name;
  number_names[NUMBER_FORMAT_C] = _("Plain (1234.5)");
  number_names[2] = NULL;
  number_list = gtk_string_list_new (number_names);
  adw_combo_row_set_model (self->number_format_row, G_LIST_MODEL (number_list));
  set_whole_list_factory (self->number_format_row);

  settings = g_settings_new (APPLICATION_ID);
  adw_combo_row_set_selected (self->number_format_row,
                              g_settings_get_enum (settings, "export-number-format") == NUMBER_FORMAT_C
                              ? NUMBER_FORMAT_C : NUMBER_FORMAT_LOCALE);

  /* The size, theme and density of the last export. */
  gtk_adjustment_set_value (self->width_adjustment, g_settings_get_int (settings, "export-width"));
  gtk_adjustment_set_value (self->height_adjustment, g_settings_get_int (settings, "export-height"));
  adw_combo_row_set_selected (self->theme_row,
                              MIN ((guint) g_settings_get_enum (settings, "export-theme"),
                                   WF_N_CHART_THEMES - 1));
  adw_combo_row_set_selected (self->scale_row, g_settings_get_int (settings, "export-scale") == 2 ? 1 : 0);

  g_signal_connect_swapped (self->format_row, "notify::selected",
                            G_CALLBACK (format_changed_cb), self);
  g_signal_connect_swapped (self->size_row, "notify::selected",
                            G_CALLBACK (size_preset_changed_cb), self);
  g_signal_connect_swapped (self->width_adjustment, "value-changed",
                            G_CALLBACK (size_value_changed_cb), self);
  g_signal_connect_swapped (self->height_adjustment, "value-changed",
                            G_CALLBACK (size_value_changed_cb), self);

  size_value_changed_cb (self);
  update_sensitivity (self);
}

/* What the next export dialog offers: this export's choices. */
static void
remember_choices (WfExportDialog *self)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  g_settings_set_int (settings, "export-width", (int) gtk_adjustment_get_value (self->width_adjustment));
  g_settings_set_int (settings, "export-height", (int) gtk_adjustment_get_value (self->height_adjustment));
  g_settings_set_enum (settings, "export-theme", (int) adw_combo_row_get_selected (self->theme_row));
  g_settings_set_int (settings, "export-scale", adw_combo_row_get_selected (self->scale_row) == 1 ? 2 : 1);
}

/**
 * wf_export_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @session: the session whose chart to export
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
GtkWindow *
wf_export_dialog_new (GtkWindow *parent,
                      WfSession *session)
{
  WfExportDialog *self;
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (WF_IS_SESSION (session), NULL);

  self = g_object_new (WF_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->session = g_object_ref (session);

  /* Every kind, in the order of WfChartKind. */
  for (guint k = 0; k < WF_N_CHART_KINDS; k++)
    gtk_string_list_append (kinds, wf_chart_kind_get_title (k));
  adw_combo_row_set_model (self->chart_row, G_LIST_MODEL (kinds));
  set_whole_list_factory (self->chart_row);
  adw_combo_row_set_selected (self->chart_row, wf_session_get_chart_kind (session));

  return GTK_WINDOW (self);
}

/**
 * wf_export_dialog_dup_suggested_name:
 * @self: an export dialog
 *
 * Returns: (transfer full): "<scenario>-<chart>.<extension>", with the
 *   characters file systems refuse replaced
 */
char *
wf_export_dialog_dup_suggested_name (WfExportDialog *self)
{
  const WfScenario *scenario;
  g_autofree char *scenario_name = NULL;

  g_return_val_if_fail (WF_IS_EXPORT_DIALOG (self), NULL);

  scenario = wf_session_get_current_scenario (self->session);
  /* The name as the user reads it: the file is theirs to name. */
  scenario_name = g_strdup (scenario != NULL && *wf_scenario_get_display_name (scenario) != '\0'
                            ? wf_scenario_get_display_name (scenario) : _("scenario"));
  g_strdelimit (scenario_name, "/\\:*?\"<>|", '-');

  return g_strdup_printf ("%s-%s.%s", scenario_name,
                          wf_chart_kind_to_id (selected_kind (self)),
                          formats[selected_format (self)].extension);
}

/* What one export writes, read from the rows when it starts. */
typedef struct
{
  GFile         *file;
  WfChartKind    kind;
  guint          format;     /* FORMAT_* */
  WfSession     *session;
  WfChartStyle   style;
  double         width;
  double         height;
  double         scale;
} Export;

static void
export_free (gpointer data)
{
  Export *export = data;

  g_clear_object (&export->file);
  g_clear_object (&export->session);
  g_free (export);
}

static void
written_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (wf_io_write_bytes_atomic_finish (G_FILE (object), result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* The numbers behind the chart in the data layout (wf_chart_tidy_write, as
 * the Data view shows them): CSV as spreadsheets on every system read it
 * (UTF-8 with a byte order mark, commas, C-locale numbers), or JSON. Small
 * (one view of one document), so in memory. */
static GBytes *
data_bytes (Export            *export,
            const WfChartData *data)
{
  const WfDocument *document = wf_session_get_document (export->session);
  GString *out = g_string_new (NULL);
  g_autoptr(WfTidyWriter) writer = NULL;
  WfTidyMeta meta;
  gboolean ok;
  gsize len;

  wf_chart_tidy_meta_init (&meta, document, export->kind);
  writer = wf_tidy_writer_new (export->format == FORMAT_DATA_JSON ? WF_EXPORT_FORMAT_JSON
                                                                  : WF_EXPORT_FORMAT_CSV,
                               WF_TIDY_CSV_BOM, &meta, wf_tidy_string_sink, out);
  /* A string sink cannot fail; with no scenario there are only the
   * metadata and the header. */
  ok = wf_chart_tidy_write (writer, document, export->kind, data, NULL) &&
       wf_tidy_writer_finish (writer, NULL);
  g_assert (ok);
  len = out->len;
  return g_bytes_new_take (g_string_free (out, FALSE), len);
}

static void
chart_data_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Export *export = g_task_get_task_data (task);
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;
  WfChartData data;

  if (!wf_session_compute_chart_data_finish (WF_SESSION (object), result, &data, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  if (export->format == FORMAT_DATA_CSV || export->format == FORMAT_DATA_JSON)
    {
      bytes = data_bytes (export, &data);
    }
  else
    {
      bytes = wf_chart_export_bytes (formats[export->format].picture, export->width, export->height, export->scale,
                                     export->kind, &export->style, &data, &error);
      if (bytes == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
    }

  /* Atomic, in a thread: a failed or cancelled export leaves an older file
   * as it was. */
  wf_io_write_bytes_atomic_async (export->file, bytes, WF_ATOMIC_FILE_NONE,
                                  g_task_get_cancellable (task), written_cb, g_object_ref (task));
}

/* The spinner in the header bar says an export is under way (the chart's
 * computation and the writing both run off the main loop). */
static void
update_progress (WfExportDialog *self)
{
  /* An export may end after the dialog let go of its widgets. */
  if (self->progress_spinner == NULL)
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->progress_spinner), self->n_running > 0);
  gtk_spinner_set_spinning (self->progress_spinner, self->n_running > 0);
}

static void
export_completed_cb (WfExportDialog *self)
{
  g_assert (self->n_running > 0);
  self->n_running--;
  update_progress (self);
}

/**
 * wf_export_dialog_is_exporting:
 * @self: an export dialog
 *
 * Returns: whether an export is under way (its spinner turns)
 */
gboolean
wf_export_dialog_is_exporting (WfExportDialog *self)
{
  g_return_val_if_fail (WF_IS_EXPORT_DIALOG (self), FALSE);
  return self->n_running > 0 && gtk_widget_get_visible (GTK_WIDGET (self->progress_spinner));
}

/**
 * wf_export_dialog_export_to_async:
 * @self: an export dialog
 * @file: where to write
 *
 * Writes the chart, or its numbers in the data layout, as the dialog's rows choose.
 * What the chart needs and is not computed yet (an ensemble, a tornado,
 * an attribution) is computed in a thread, and the file is written
 * asynchronously: the main loop goes on meanwhile.
 */
void
wf_export_dialog_export_to_async (WfExportDialog      *self,
                                  GFile               *file,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Export *export;
  guint theme;

  g_return_if_fail (WF_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  remember_choices (self);

  export = g_new0 (Export, 1);
  export->file = g_object_ref (file);
  export->kind = selected_kind (self);
  export->format = selected_format (self);
  export->session = g_object_ref (self->session);
  wf_chart_style_init (&export->style);
  theme = adw_combo_row_get_selected (self->theme_row);
  export->style.theme = theme < WF_N_CHART_THEMES ? (WfChartTheme) theme : WF_CHART_THEME_LIGHT;
  export->style.c_locale = adw_combo_row_get_selected (self->number_format_row) == NUMBER_FORMAT_C;
  export->width = gtk_adjustment_get_value (self->width_adjustment);
  export->height = gtk_adjustment_get_value (self->height_adjustment);
  export->scale = export->format == FORMAT_PNG && adw_combo_row_get_selected (self->scale_row) == 1
                  ? 2.0 : 1.0;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, wf_export_dialog_export_to_async);
  g_task_set_task_data (task, export, export_free);
  self->n_running++;
  update_progress (self);
  g_signal_connect_object (task, "notify::completed", G_CALLBACK (export_completed_cb), self,
                           G_CONNECT_SWAPPED);
  wf_session_compute_chart_data_async (self->session, export->kind, cancellable,
                                       chart_data_cb, g_steal_pointer (&task));
}

gboolean
wf_export_dialog_export_to_finish (WfExportDialog  *self,
                                   GAsyncResult    *result,
                                   GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
