#!/usr/bin/env python3
# Copyright 2026 The Workforce Foresight authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks that the Flatpak manifest parses and builds the right application.
#
# Usage: check-flatpak-manifest.py MANIFEST APP_ID COMMAND

import json
import os
import sys


def main():
    manifest_path, app_id, command = sys.argv[1:4]
    errors = []

    try:
        with open(manifest_path, encoding='utf-8') as f:
            manifest = json.load(f)
    except (OSError, ValueError) as e:
        print(f'{manifest_path}: cannot be read as JSON: {e}')
        return 1

    def expect(key, wanted):
        if manifest.get(key) != wanted:
            errors.append(f'"{key}" is {manifest.get(key)!r}, expected {wanted!r}')

    expect('id', app_id)
    expect('command', command)
    expect('runtime', 'org.gnome.Platform')
    expect('sdk', 'org.gnome.Sdk')
    # GNOME 43 ships GTK 4.8 and libadwaita 1.2, the versions the code is
    # pinned to.
    expect('runtime-version', '43')

    if os.path.basename(manifest_path) != app_id + '.json':
        errors.append(f'the file should be named {app_id}.json')

    for arg in ('--share=ipc', '--socket=wayland', '--socket=fallback-x11', '--device=dri'):
        if arg not in manifest.get('finish-args', []):
            errors.append(f'"finish-args" lacks {arg}')

    modules = manifest.get('modules', [])
    if not modules or not isinstance(modules[-1], dict):
        errors.append('no module builds the application')
    else:
        module = modules[-1]
        if module.get('buildsystem') != 'meson':
            errors.append(f'the last module builds with {module.get("buildsystem")!r}, not meson')
        sources = [s for s in module.get('sources', []) if s.get('type') == 'dir']
        if not sources:
            errors.append('the last module has no "dir" source')
        else:
            path = os.path.join(os.path.dirname(os.path.abspath(manifest_path)),
                                sources[0].get('path', ''))
            if not os.path.isfile(os.path.join(path, 'meson.build')):
                errors.append(f'the "dir" source {path} has no meson.build')

    for error in errors:
        print(f'{manifest_path}: {error}')
    if not errors:
        print(f'{manifest_path}: builds {app_id} and runs {command}')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
