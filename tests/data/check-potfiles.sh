#!/bin/sh
# Copyright 2026 The Workforce Foresight authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fails when a file under src/ or ui/ has translatable strings but is not
# listed in po/POTFILES.in (its strings would never reach translators), or
# when po/POTFILES.in lists a file that does not exist.
#
# Usage: check-potfiles.sh SOURCE_ROOT

set -eu

root=${1:?usage: check-potfiles.sh SOURCE_ROOT}
potfiles="$root/po/POTFILES.in"
status=0

if [ ! -f "$potfiles" ]; then
  echo "missing $potfiles"
  exit 1
fi

listed=$(sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$potfiles")

# _("..."), N_("..."), C_("...", "..."), NC_ and Q_, with or without a space
# before the parenthesis (GNU style), ngettext and friends, and .ui strings.
pattern='(^|[^A-Za-z0-9_])(N|C|NC|Q)?_[[:space:]]*\(|ngettext|translatable="yes"'

for dir in src ui; do
  [ -d "$root/$dir" ] || continue
  for file in $(cd "$root" && grep -rlE --include='*.c' --include='*.h' --include='*.ui' "$pattern" "$dir" | sort); do
    if ! printf '%s\n' "$listed" | grep -qxF "$file"; then
      echo "not in po/POTFILES.in but has translatable strings: $file"
      status=1
    fi
  done
done

for file in $listed; do
  if [ ! -f "$root/$file" ]; then
    echo "listed in po/POTFILES.in but missing: $file"
    status=1
  fi
done

if [ "$status" -eq 0 ]; then
  echo "po/POTFILES.in lists every file with translatable strings"
fi
exit "$status"
