#!/bin/sh
# Copyright 2026 The Workforce Foresight authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-translations.sh SOURCE_ROOT
#
# Every language of po/LINGUAS must translate every string the sources have
# today, with no fuzzy entry and with formats that match: the application
# promises no silent fall-back to English. The catalogue is extracted afresh
# (with the keywords of meson's glib preset) into a temporary folder, so the
# check sees strings added since the .po files were last merged.

set -eu

root=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

command -v xgettext >/dev/null 2>&1 || { echo "xgettext is not installed"; exit 77; }

cd "$root"
grep -v '^#' po/POTFILES.in | grep -v '^$' > "$tmp/files"
xgettext --files-from="$tmp/files" --directory="$root" --output="$tmp/catalogue.pot" \
  --package-name=workforce-foresight --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_strdup_printf:1:c-format --flag=g_string_printf:2:c-format \
  --flag=g_string_append_printf:2:c-format --flag=g_set_error:4:c-format \
  --flag=g_print:1:c-format --flag=g_printerr:1:c-format

status=0
for lang in $(grep -v '^#' po/LINGUAS); do
  msgmerge --quiet --no-fuzzy-matching --output-file="$tmp/$lang.po" "po/$lang.po" "$tmp/catalogue.pot"
  if ! stats=$(msgfmt --check --statistics --output-file=/dev/null "$tmp/$lang.po" 2>&1); then
    echo "$lang: $stats"
    status=1
    continue
  fi
  echo "$lang: $stats"
  case $stats in
    *untranslated*|*fuzzy*)
      echo "$lang: untranslated or fuzzy (the first 20):"
      { msgattrib --untranslated --no-wrap "$tmp/$lang.po"; msgattrib --only-fuzzy --no-wrap "$tmp/$lang.po"; } |
        grep '^msgid "' | grep -v '^msgid ""$' | head -n 20 || true
      status=1
      ;;
  esac
done

exit $status
