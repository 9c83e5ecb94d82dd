#!/usr/bin/python3
# Copyright 2026 The Workforce Foresight authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every control named, in every view and in every open drop-down list, as a
# screen reader reads them over the real AT-SPI bus, in one language:
#
#   check-accessible-views.py APP FILE LANGUAGE
#
# LANGUAGE is C, fr or es; the catalogues are the build's
# (WORKFORCE_FORESIGHT_LOCALEDIR). The application opens FILE, then the
# walk reads the Chart view, opens each of its drop-downs once and reads the
# open list, switches to the Data view through its toggle (pressed over
# AT-SPI, as a reader would) and does the same there.
#
# A control (an object that takes the focus, or a button, entry, slider,
# spin button, check box, combo box, list item...) fails without a name, with
# GTK's fallback name (its widget type: "GtkToggleButton",
# "GtkListItemWidget", "AdwSplitButton"), with a mnemonic underscore in its
# name. Any object but plain text fails with a name that says a word, or
# itself, twice in a row ("Horizon Horizon": a label property on top of a
# labelled-by relation, which GTK 4.8 reads both). Structure a reader
# announces (tables, lists and their cells and items) fails with GTK's
# fallback name too ("GtkFlowBox", "GtkFlowBoxChild"). What a button holds is
# its label, not a control of its own.

import gettext
import os
import re
import subprocess
import sys

# The walks' shared part, beside this file; no __pycache__ in the source tree.
sys.dont_write_bytecode = True
import atspi_walk  # noqa: E402

LOCALES = {'C': 'C.UTF-8', 'fr': 'fr_FR.UTF-8', 'es': 'es_ES.UTF-8'}
def translate(language, msgid, context=None):
    """MSGID in LANGUAGE from the build's catalogue, without its mnemonic."""
    text = msgid
    if language != 'C':
        t = gettext.translation('workforce-foresight', os.environ.get('WORKFORCE_FORESIGHT_LOCALEDIR'),
                                languages=[language], fallback=True)
        text = t.pgettext(context, msgid) if context else t.gettext(msgid)
    return re.sub(r'_(.)', r'\1', text)


def inner_main(app, path, language):
    env = dict(os.environ)
    env.pop('NO_AT_BRIDGE', None)
    env['GTK_A11Y'] = 'atspi'
    env['LANGUAGE'] = language
    env['LANG'] = LOCALES[language]
    env['LC_ALL'] = LOCALES[language]
    proc = subprocess.Popen([app, path], env=env)
    try:
        return walk_app(proc, os.path.basename(path), language)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def walk_app(proc, basename, language):
    tests = []

    def check(ok, name, why):
        tests.append((bool(ok), name, why))

    def finish():
        print(f'1..{len(tests)}')
        for i, (ok, name, why) in enumerate(tests, 1):
            if not ok:
                for line in why.splitlines():
                    print('# ' + line)
            print(f'{"ok" if ok else "not ok"} {i} /ui/accessible-views/{language}/{name}')
        return 0 if tests and all(ok for ok, _, _ in tests) else 1

    def bail(why):
        check(False, 'setup', why)
        return finish()

    address = atspi_walk.a11y_bus_address()
    if address is None:
        return bail('no accessibility bus on the session bus')
    # libatspi would otherwise read the bus from the X root window, which
    # another session may have set.
    os.environ['AT_SPI_BUS_ADDRESS'] = address
    import pyatspi

    def visible(node):
        try:
            return node.getRoleName() == 'application' or node.getState().contains(pyatspi.STATE_VISIBLE)
        except Exception:
            return False

    def children(node):
        out = []
        for i in range(node.childCount):
            child = node.getChildAtIndex(i)
            if child is not None and visible(child):
                out.append(child)
        return out

    def find_all(node, pred):
        found = []
        try:
            if not visible(node):
                return found
            if pred(node):
                found.append(node)
        except Exception:
            return found
        for child in children(node):
            found += find_all(child, pred)
        return found

    def find(node, pred):
        found = find_all(node, pred)
        return found[0] if found else None

    def application():
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            child = desktop.getChildAtIndex(i)
            try:
                if child is not None and child.get_process_id() == proc.pid and child.childCount > 0:
                    return child
            except Exception:
                pass
        return None

    app = atspi_walk.wait_for(application, 60)
    if app is None:
        return bail('the application never showed on the accessibility bus')
    # The file open, its headline computed.
    frame = atspi_walk.wait_for(lambda: find(app, lambda n: n.getRoleName() == 'frame' and basename in (n.name or '')), 30)
    if frame is None:
        return bail(f'no window shows {basename}')
    # The five headline cards, each a sentence with its number ("Net jobs
    # vs baseline, 2030: −880 thousand. …"; in French, a narrow no-break
    # space before the colon).
    def cards():
        return find_all(frame, lambda n: n.getState().contains(pyatspi.STATE_FOCUSABLE) and
                        re.search(r'\w\s?:\s.*\d', n.name or '') is not None)
    if not atspi_walk.wait_for(lambda: len(cards()) >= 5, 30):
        return bail('no headline figures')

    def walk(root, where):
        """The problems under ROOT, and how many controls were read."""
        problems = []
        controls = 0

        def visit(node, path, inside_control):
            nonlocal controls
            try:
                role = node.getRoleName()
                name = node.name or ''
                states = node.getState()
            except Exception:
                return
            if role != 'application' and not states.contains(pyatspi.STATE_VISIBLE):
                return
            here = path + [f'{role} {name!r}']
            control = not inside_control and (states.contains(pyatspi.STATE_FOCUSABLE) or role in atspi_walk.INTERACTIVE)
            if control:
                controls += 1
            why = atspi_walk.name_problem(role, name, control)
            if why is not None and not inside_control:
                problems.append(f'{where}: {role} {why}: ' + ' > '.join(here[-4:]))
            for child in children(node):
                visit(child, here, inside_control or role in atspi_walk.CONTAINERS_OF_LABELS)

        visit(root, [], False)
        return problems, controls

    def toggle_of(combo):
        return find(combo, lambda n: n is not combo and n.getRoleName() in ('push button', 'toggle button'))

    def open_list(combo):
        """The list COMBO shows open, with its items."""
        def items():
            lists = find_all(combo, lambda n: n.getRoleName() == 'list')
            for node in lists:
                if children(node):
                    return node
            return None
        return atspi_walk.wait_for(items, 10)

    def walk_view(view, wanted):
        problems, controls = walk(frame, view)
        check(controls > 20 and not problems, f'{view}/names',
              '\n'.join(problems + [f'{controls} controls, {len(problems)} problems']))
        combos = find_all(frame, lambda n: n.getRoleName() == 'combo box')
        names = [c.name for c in combos]
        check(combos and all(w in names for w in wanted), f'{view}/drop-downs',
              f'the {view} view has the drop-downs {names!r}, not all of {wanted!r}')
        for index, combo in enumerate(combos):
            label = combo.name or f'drop-down {index}'
            toggle = toggle_of(combo)
            if toggle is None:
                check(False, f'{view}/drop-down-{index}', f'{label!r} has no button')
                continue
            toggle.queryAction().doAction(0)
            shown = open_list(combo)
            if shown is None:
                check(False, f'{view}/drop-down-{index}', f'{label!r} never showed its list')
                continue
            problems, controls = walk(shown, f'{view}, {label!r} open')
            items = [c for c in children(shown)]
            check(items and not problems, f'{view}/drop-down-{index}',
                  '\n'.join(problems + [f'{label!r}: {len(items)} items, {len(problems)} problems']))
            toggle.queryAction().doAction(0)
            closed = atspi_walk.wait_for(lambda: not find_all(combo, lambda n: n.getRoleName() == 'list' and children(n)), 5)
            check(closed, f'{view}/drop-down-{index}-closes', f'{label!r} stayed open')

    walk_view('chart', [translate(language, 'Chart')])

    data_name = translate(language, '_Data')
    data_button = find(frame, lambda n: n.getRoleName() in ('push button', 'toggle button') and n.name == data_name)
    if data_button is None:
        check(False, 'data/switch', f'no {data_name!r} button')
        return finish()
    data_button.queryAction().doAction(0)
    # The Data view built: its table has rows, and its indicator drop-down.
    rows = atspi_walk.wait_for(lambda: find(frame, lambda n: n.getRoleName() == 'list' and
                                 any(c.getRoleName() == 'table row' for c in children(n))), 30)
    check(rows is not None, 'data/switch', 'the Data view never showed its rows')
    # Its indicator drop-down, named by the label beside it.
    walk_view('data', [translate(language, 'Chart'), translate(language, '_Indicator', 'data view')])
    return finish()


def main():
    if len(sys.argv) >= 2 and sys.argv[1] == '--inner':
        sys.exit(inner_main(*sys.argv[2:5]))
    if len(sys.argv) != 4 or sys.argv[3] not in LOCALES:
        print('usage: check-accessible-views.py APP FILE C|fr|es', file=sys.stderr)
        sys.exit(2)
    sys.exit(atspi_walk.run_on_private_bus(__file__, sys.argv[1:]))


if __name__ == '__main__':
    main()
