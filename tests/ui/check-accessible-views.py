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
import tempfile
import time

INTERACTIVE = {
    'push button', 'toggle button', 'check box', 'radio button', 'combo box',
    'spin button', 'slider', 'text', 'entry', 'password text', 'menu item',
    'check menu item', 'radio menu item', 'page tab', 'link', 'switch',
    'toggle', 'list item', 'row header', 'column header',
}
CONTAINERS_OF_LABELS = {'push button', 'toggle button', 'check box', 'radio button', 'link'}
# Layout a reader does not announce: GTK's fallback name there is not read.
LAYOUT = {'filler', 'panel', 'label', 'scroll bar', 'separator', 'unknown', 'redundant object'}
# Text, whose words are the user's data or prose.
TEXT = {'label', 'text', 'paragraph', 'static', 'table cell'}
LOCALES = {'C': 'C.UTF-8', 'fr': 'fr_FR.UTF-8', 'es': 'es_ES.UTF-8'}
DOUBLED_WORD = re.compile(r'(?<!\w)(\w*[^\W\d_]\w*)\s+\1(?!\w)')
DOUBLED_NAME = re.compile(r'(.+?)\s+\1')


def name_problem(role, name, control):
    """Why NAME is not a proper name for an object of ROLE, or None."""
    if control:
        if name.strip() == '':
            return 'has no name'
        if re.search(r'_\w', name):
            return 'has a mnemonic underscore in its name'
    if (control or role not in LAYOUT) and (name.startswith('Gtk') or name.startswith('Adw')):
        return 'is named after its widget type'
    if role not in TEXT and (DOUBLED_WORD.search(name) or DOUBLED_NAME.fullmatch(name)):
        return 'says a word twice in its name'
    return None


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


def a11y_bus_address():
    for _ in range(120):
        r = subprocess.run(['gdbus', 'call', '--session', '--dest', 'org.a11y.Bus',
                            '--object-path', '/org/a11y/bus', '--method', 'org.a11y.Bus.GetAddress'],
                           capture_output=True, text=True)
        m = re.search(r"\('([^']+)',\)", r.stdout)
        if m:
            return m.group(1)
        time.sleep(0.25)
    return None


def wait_for(what, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        result = what()
        if result:
            return result
        time.sleep(0.25)
    return what()


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

    address = a11y_bus_address()
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

    app = wait_for(application, 60)
    if app is None:
        return bail('the application never showed on the accessibility bus')
    # The file open, its headline computed.
    frame = wait_for(lambda: find(app, lambda n: n.getRoleName() == 'frame' and basename in (n.name or '')), 30)
    if frame is None:
        return bail(f'no window shows {basename}')
    # The five headline cards, each a sentence with its number ("Net jobs
    # vs baseline, 2030: −880 thousand. …"; in French, a narrow no-break
    # space before the colon).
    def cards():
        return find_all(frame, lambda n: n.getState().contains(pyatspi.STATE_FOCUSABLE) and
                        re.search(r'\w\s?:\s.*\d', n.name or '') is not None)
    if not wait_for(lambda: len(cards()) >= 5, 30):
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
            control = not inside_control and (states.contains(pyatspi.STATE_FOCUSABLE) or role in INTERACTIVE)
            if control:
                controls += 1
            why = name_problem(role, name, control)
            if why is not None and not inside_control:
                problems.append(f'{where}: {role} {why}: ' + ' > '.join(here[-4:]))
            for child in children(node):
                visit(child, here, inside_control or role in CONTAINERS_OF_LABELS)

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
        return wait_for(items, 10)

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
            closed = wait_for(lambda: not find_all(combo, lambda n: n.getRoleName() == 'list' and children(n)), 5)
            check(closed, f'{view}/drop-down-{index}-closes', f'{label!r} stayed open')

    walk_view('chart', [translate(language, 'Chart')])

    data_name = translate(language, '_Data')
    data_button = find(frame, lambda n: n.getRoleName() in ('push button', 'toggle button') and n.name == data_name)
    if data_button is None:
        check(False, 'data/switch', f'no {data_name!r} button')
        return finish()
    data_button.queryAction().doAction(0)
    # The Data view built: its table has rows, and its indicator drop-down.
    rows = wait_for(lambda: find(frame, lambda n: n.getRoleName() == 'list' and
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
    try:
        import pyatspi  # noqa: F401
    except ImportError:
        print('1..0 # SKIP python3-pyatspi is not installed')
        sys.exit(0)
    if not os.environ.get('DISPLAY') and not os.environ.get('WAYLAND_DISPLAY'):
        print('1..0 # SKIP no display')
        sys.exit(0)
    with tempfile.TemporaryDirectory() as runtime:
        os.chmod(runtime, 0o700)
        env = dict(os.environ, XDG_RUNTIME_DIR=runtime)
        # The bus's daemons write to the standard output they inherit
        # ("SpiRegistry daemon is running…"), which is not TAP: the run's
        # output goes to a file, and what is not TAP to the error output.
        with tempfile.TemporaryFile(mode='w+') as out:
            r = subprocess.run(['dbus-run-session', '--', sys.executable, os.path.abspath(__file__),
                                '--inner'] + sys.argv[1:], env=env, stdout=out)
            out.seek(0)
            for line in out:
                if re.match(r'(ok |not ok |1\.\.|#|Bail out!|TAP version)', line):
                    sys.stdout.write(line)
                else:
                    sys.stderr.write(line)
        sys.exit(r.returncode)


if __name__ == '__main__':
    main()
