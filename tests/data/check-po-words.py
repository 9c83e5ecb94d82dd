#!/usr/bin/env python3
# Copyright 2026 The Workforce Foresight authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-po-words.py SOURCE_ROOT
#
# The words and the typography of the French and Spanish catalogues, as a
# native reviewer checks them (HACKING.md, "Add or change a translatable
# string"):
#
# - a worker whose job AI takes has lost it: never « déplacé(e)s » (refugees)
#   nor « desplazados » (posted workers);
# - no jargon or shorthand a reader trips on: « non-initiés », « vs réf. »,
#   "mille" counting people after a number ("23 mille": « milliers »);
# - "of which %s displaced" keeps « de los cuales » in Spanish;
# - French quotes are « » (never “ ”), with a no-break space inside them and
#   before : ; ? ! (never a plain space, which lets the line break there);
#   Spanish questions and exclamations open with ¿ and ¡;
# - every lever's level names carry their "level of LEVER" context, and the
#   "None" level agrees with the gender of the lever's noun.
#
# Only the active entries count (not the obsolete "#~" ones). Exit 1 with
# one line per problem, naming the file, the line and the entry.

import os
import re
import sys


def unquote(text):
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == '\\' and i + 1 < len(text):
            nxt = text[i + 1]
            out.append({'n': '\n', 't': '\t', '"': '"', '\\': '\\'}.get(nxt, '\\' + nxt))
            i += 2
            continue
        out.append(c)
        i += 1
    return ''.join(out)


def parse_po(path):
    """The active entries of a .po file: dicts with msgctxt, msgid, msgstr
    (msgstr[0] for plurals, all forms joined), refs and line."""
    entries = []
    entry = None
    field = None

    def finish():
        if entry is not None and 'msgid' in entry:
            entries.append(entry)

    with open(path, encoding='utf-8') as f:
        for number, raw in enumerate(f, 1):
            line = raw.rstrip('\n')
            if line.startswith('#~') or line.startswith('#|'):
                continue
            if line.strip() == '':
                finish()
                entry, field = None, None
                continue
            if entry is None:
                entry = {'msgctxt': None, 'refs': [], 'line': number, 'msgstr': ''}
            if line.startswith('#:'):
                entry['refs'].extend(r.rsplit(':', 1)[0] for r in line[2:].split())
                continue
            if line.startswith('#'):
                continue
            m = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+"(.*)"$', line)
            if m:
                field = m.group(1)
                if field.startswith('msgstr'):
                    if entry['msgstr']:
                        entry['msgstr'] += '\n'
                    entry['msgstr'] += unquote(m.group(2))
                    field = 'msgstr'
                else:
                    entry[field] = unquote(m.group(2))
                continue
            m = re.match(r'^"(.*)"$', line)
            if m and field is not None:
                entry[field] += unquote(m.group(1))
                continue
            raise SystemExit('%s:%d: cannot parse this line' % (path, number))
    finish()
    return [e for e in entries if e['msgid'] != '']


# The French words for a worker who lost a job, which are not "déplacé": a
# form of "déplacer" is allowed only as the verb of moving something (a
# lever), after an active auxiliary or as an imperative (« Déplacez »).
FORBIDDEN = {
    'fr': [
        (re.compile(r'(?<!\bont )(?<!\ba )(?<!\bavez )(?<!\bavons )\bdéplacée?s?\b', re.I),
         '« déplacé(e)s » means refugees: say « ayant perdu leur emploi », « emplois perdus »'),
        (re.compile(r'non[- ]initié', re.I), '« non-initiés » is jargon: « le grand public », « sans connaissances préalables »'),
        (re.compile(r'\bvs\.? réf', re.I), '« vs réf. » is shorthand: « par rapport à la référence »'),
        (re.compile(r'(\d|%[-+ #0\'*.\d]*[sdgfu]|\bdes) mille\b'), 'people are counted in « milliers », not « mille »'),
        (re.compile('[“”]'), 'French quotes are « », never “ ”'),
        (re.compile(r' [:;?!]'), 'a plain space before : ; ? ! lets the line break there: use a no-break space'),
        (re.compile(r'« | »'), 'a plain space inside « » lets the line break there: use a narrow no-break space'),
    ],
    'es': [
        (re.compile(r'desplazad[oa]s?\b', re.I),
         '« desplazados » are posted workers: say « que han perdido su empleo », « empleos perdidos »'),
        (re.compile(r'\bvs\.? ref', re.I), 'shorthand: « frente a la referencia »'),
    ],
}

# The gender of each lever's noun, as its "None" level must agree with it:
# French « Aucun » / « Aucune », Spanish « Ninguno » / « Ninguna ».
NONE_LEVEL = {
    'fr': {'m': 'Aucun', 'f': 'Aucune'},
    'es': {'m': 'Ninguno', 'f': 'Ninguna'},
}
LEVER_GENDER = {
    # context: (French noun, its gender; Spanish noun, its gender)
    'level of automation share': ('f', 'f'),       # l'automatisation / la automatización
    'level of augmentation gain': ('m', 'f'),      # le gain / la ganancia
    'level of new work rate': ('m', 'm'),          # des emplois / empleos
    'level of digital upskilling': ('m', 'f'),     # le perfectionnement / la mejora
    'level of worker participation': ('f', 'f'),   # la participation / la participación
    'level of sme support': ('m', 'm'),            # le soutien / el apoyo
}


# Publication titles quoted as published, in English, inside a translation,
# and markup: their punctuation is not the language's.
VERBATIM = [
    'Are the Long-Term Unemployed on the Margins of the Labor Market?',
    '<!DOCTYPE>',
    # The XML declaration, instructions, comments and CDATA sections that
    # the parser's messages name (src/io/wf-document-io.c).
    '<?xml version="1.0" encoding="UTF-8"?>', '<?xml …?>', '«<?»', '«?>»', '«<!--»', '«<![CDATA[»',
]


def level_names(root):
    """(context, name) of every level in src/core/wf-lever.c, and the level
    names that are not given a context there."""
    with open(os.path.join(root, 'src', 'core', 'wf-lever.c'), encoding='utf-8') as f:
        text = f.read()
    with_context = re.findall(r'\{\s*-?[\d.]+,\s*NC_\("(level of [^"]+)",\s*"([^"]+)"\)', text)
    without = re.findall(r'\{\s*-?[\d.]+,\s*N_\("([^"]+)"\),\s*N_\(', text)
    return with_context, without


def check(root, lang, levels, problems):
    path = os.path.join(root, 'po', lang + '.po')
    entries = parse_po(path)
    by_key = {(e['msgctxt'], e['msgid']): e for e in entries}

    def problem(entry, text):
        ctx = ' [%s]' % entry['msgctxt'] if entry['msgctxt'] else ''
        problems.append('%s:%d: “%s”%s: %s' % (path, entry['line'], entry['msgid'][:60], ctx, text))

    for e in entries:
        text = e['msgstr']
        for verbatim in VERBATIM:
            text = text.replace(verbatim, '')
        for pattern, why in FORBIDDEN[lang]:
            m = pattern.search(text)
            if m:
                problem(e, '%s (found “%s”)' % (why, m.group(0)))
        if lang == 'es':
            for opening, closing in (('¿', '?'), ('¡', '!')):
                if text.count(closing) > text.count(opening):
                    problem(e, 'a Spanish %s needs its opening %s' % (closing, opening))

    of_which = by_key.get((None, 'of which %s displaced'))
    if lang == 'es' and (of_which is None or 'de los cuales' not in of_which['msgstr']):
        problems.append('%s: “of which %%s displaced” must say « de los cuales %%s … »' % path)

    with_context, without = levels
    for name in without:
        problems.append('src/core/wf-lever.c: the level “%s” has no “level of LEVER” context (NC_)' % name)
    names = {name for _, name in with_context}
    for e in entries:
        if e['msgctxt'] is None and e['msgid'] in names and e['refs'] and \
           all(r.endswith('src/core/wf-lever.c') for r in e['refs']):
            problem(e, 'a level name without its “level of LEVER” context')
    for ctx, name in with_context:
        e = by_key.get((ctx, name))
        if e is None or e['msgstr'] == '':
            problems.append('%s: the level “%s” [%s] is not translated' % (path, name, ctx))
            continue
        if name == 'None':
            if ctx not in LEVER_GENDER:
                problem(e, 'the gender of this lever’s noun is not in LEVER_GENDER of %s' % sys.argv[0])
                continue
            want = NONE_LEVEL[lang][LEVER_GENDER[ctx][0 if lang == 'fr' else 1]]
            if e['msgstr'] != want:
                problem(e, '“None” must agree with the lever’s noun: « %s », not « %s »' % (want, e['msgstr']))


def main():
    root = sys.argv[1]
    problems = []
    levels = level_names(root)
    if not levels[0]:
        problems.append('src/core/wf-lever.c: no level names found (has the table changed shape?)')
    for lang in ('fr', 'es'):
        check(root, lang, levels, problems)
    for p in problems:
        print(p)
    print('%d problem(s)' % len(problems))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
