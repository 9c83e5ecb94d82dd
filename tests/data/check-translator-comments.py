#!/usr/bin/env python3
# Copyright 2026 The Workforce Foresight authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-translator-comments.py SOURCE_ROOT
#
# Every translatable string of src/ with a placeholder (%s, %d, %.1f, …)
# has a comment for translators (/* Translators: … */ just before it, which
# xgettext extracts as "#." lines): a translator who sees "%s: %s" or
# "%s, %d" cannot know what goes there. The catalogue is extracted afresh
# with the keywords of meson's glib preset, as check-translations.sh does.
#
# Exit 1 with one line per string without a comment, in every layer of
# src/ (STRICT).

import os
import re
import shutil
import subprocess
import sys
import tempfile

STRICT = ('src/io/', 'src/cli/', 'src/core/', 'src/session/', 'src/report/', 'src/app/',
          'src/charts/')

# A printf conversion, not "%%".
PLACEHOLDER = re.compile(r'%(?:\d+\$)?[-+ #0\']*(?:\d+|\*)?(?:\.(?:\d+|\*))?'
                         r'(?:hh|h|ll|l|j|z|t|L|q)?[diouxXeEfFgGaAcsp]|%<PRI\w+>')

XGETTEXT_ARGS = [
    '--package-name=workforce-foresight', '--from-code=UTF-8', '--add-comments',
    '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2', '--keyword=g_dngettext:2,3', '--keyword=g_dpgettext2:2c,3',
    '--flag=N_:1:pass-c-format', '--flag=C_:2:pass-c-format', '--flag=NC_:2:pass-c-format',
    '--flag=g_strdup_printf:1:c-format', '--flag=g_string_printf:2:c-format',
    '--flag=g_string_append_printf:2:c-format', '--flag=g_set_error:4:c-format',
    '--flag=g_print:1:c-format', '--flag=g_printerr:1:c-format',
]


def unquote(text):
    return bytes(text, 'utf-8').decode('unicode_escape').encode('latin-1').decode('utf-8')


def entries(pot):
    """The catalogue's entries: dicts with comments, refs, msgctxt, msgid,
    msgid_plural and flags."""
    out = []
    entry = {'comments': [], 'refs': [], 'flags': ''}
    field = None
    with open(pot, encoding='utf-8') as f:
        for raw in f:
            line = raw.rstrip('\n')
            if not line:
                if 'msgid' in entry:
                    out.append(entry)
                entry = {'comments': [], 'refs': [], 'flags': ''}
                field = None
            elif line.startswith('#.'):
                entry['comments'].append(line[2:].strip())
            elif line.startswith('#:'):
                entry['refs'].extend(line[2:].split())
            elif line.startswith('#,'):
                entry['flags'] += line[2:]
            elif line.startswith('#'):
                continue
            else:
                m = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?) "(.*)"$', line)
                if m:
                    field = m.group(1)
                    entry[field] = unquote(m.group(2))
                elif line.startswith('"') and field is not None:
                    entry[field] += unquote(line[1:-1])
    if 'msgid' in entry:
        out.append(entry)
    return out


def main():
    root = sys.argv[1]
    if shutil.which('xgettext') is None:
        print('xgettext is not installed')
        return 77

    with open(os.path.join(root, 'po', 'POTFILES.in'), encoding='utf-8') as f:
        files = [line.strip() for line in f
                 if line.strip() and not line.startswith('#') and line.strip().startswith('src/')]

    with tempfile.TemporaryDirectory() as tmp:
        listing = os.path.join(tmp, 'files')
        pot = os.path.join(tmp, 'catalogue.pot')
        with open(listing, 'w', encoding='utf-8') as f:
            f.write('\n'.join(files) + '\n')
        subprocess.run(['xgettext', '--files-from=' + listing, '--directory=' + root,
                        '--output=' + pot] + XGETTEXT_ARGS, check=True)
        catalogue = entries(pot)

    strict, others = [], []
    for e in catalogue:
        if not e['msgid']:
            continue
        text = e['msgid'] + '\n' + e.get('msgid_plural', '')
        if 'no-c-format' in e['flags'] or not PLACEHOLDER.search(text):
            continue
        if e['comments']:
            continue
        refs = [r for r in e['refs'] if r.startswith('src/')]
        line = '{}: no comment for translators: {}{}'.format(
            ' '.join(refs), '[{}] '.format(e['msgctxt']) if 'msgctxt' in e else '',
            e['msgid'].replace('\n', '\\n'))
        if any(r.startswith(STRICT) for r in refs):
            strict.append(line)
        else:
            others.append(line)

    for line in strict:
        print(line)
    if others:
        print('# Not failing (outside {}): {} strings'.format(', '.join(STRICT), len(others)))
        for line in others:
            print('# ' + line)
    print('# {} strings with a placeholder and no comment in {}; {} elsewhere in src/'.format(
        len(strict), ', '.join(STRICT), len(others)))
    return 1 if strict else 0


if __name__ == '__main__':
    sys.exit(main())
