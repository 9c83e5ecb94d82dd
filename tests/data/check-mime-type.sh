#!/bin/sh
# Copyright 2026 The Workforce Foresight authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-mime-type.sh MIME-XML SCENARIO: installs the MIME type in a private
# database and checks that GIO recognises a scenario by its name and, saved
# without the extension, by its content; and that other XML is not taken
# for one.
set -eu

mime_xml=$1
scenario=$2
type=application/x-workforce-foresight+xml

for tool in update-mime-database gio; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool is not installed"
    exit 77
  fi
done

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/mime/packages"
cp "$mime_xml" "$dir/mime/packages/"
update-mime-database "$dir/mime" >/dev/null 2>&1

cp "$scenario" "$dir/plan.foresight"
cp "$scenario" "$dir/plan-without-extension"
printf '<?xml version="1.0"?>\n<other xmlns="urn:example:other"/>\n' >"$dir/other-without-extension"

status=0
check ()
{
  got=$(XDG_DATA_HOME=$dir gio info -a standard::content-type "$dir/$1" |
        sed -n 's/^ *standard::content-type: //p')
  if [ "$got" = "$2" ]; then
    echo "ok: $1 is $got"
  else
    echo "FAIL: $1 is $got, expected $2"
    status=1
  fi
}

check plan.foresight "$type"
check plan-without-extension "$type"
check other-without-extension application/xml
exit $status
