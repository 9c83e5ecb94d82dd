#!/usr/bin/python3
# Copyright 2026 The Workforce Foresight authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Walks the accessible tree a screen reader sees, through the real AT-SPI
# bus, and fails on any control without a proper name: every focusable
# object (and every button, entry, slider, spin button, check box, combo
# box...) must have a name that is not empty, does not start with "Gtk" or
# "Adw" (GTK's fallback, the widget's type), holds no mnemonic
# underscore and says no word twice in a row. What a button contains is
# its label, not a control of its own; table cells are content, checked
# only when they take the focus.
#
#   check-accessible-names.py APP [FILE]
#
# Runs the application on its own private D-Bus session and accessibility
# bus (dbus-run-session), so that several runs never share a bus.

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
DOUBLED_WORD = re.compile(r'(?<!\w)(\w*[^\W\d_]\w*)\s+\1(?!\w)')
DOUBLED_NAME = re.compile(r'(.+?)\s+\1')


def inner_main(app, args):
    env = dict(os.environ)
    env.pop('NO_AT_BRIDGE', None)
    env['GTK_A11Y'] = 'atspi'
    proc = subprocess.Popen([app] + args, env=env)
    try:
        return walk_app(proc)
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


def walk_app(proc):
    address = a11y_bus_address()
    if address is None:
        print('Bail out! no accessibility bus on the session bus')
        return 1
    # libatspi would otherwise read the bus from the X root window, which
    # another session may have set.
    os.environ['AT_SPI_BUS_ADDRESS'] = address
    import pyatspi

    app = None
    deadline = time.time() + 60
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            child = desktop.getChildAtIndex(i)
            try:
                if child is not None and child.get_process_id() == proc.pid and child.childCount > 0:
                    app = child
            except Exception:
                pass
        if app is not None and count(app) > 40:
            break
        time.sleep(0.5)
    if app is None:
        print('Bail out! the application never showed on the accessibility bus')
        return 1
    # Let the window finish its first computation.
    time.sleep(2)

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
        # Hidden widgets (closed popovers, hidden rows) are not read; the pages
        # of a stack are (a reader can switch to them). The application has no state.
        if role != 'application' and not states.contains(pyatspi.STATE_VISIBLE):
            return
        focusable = states.contains(pyatspi.STATE_FOCUSABLE)
        here = path + [f'{role} {name!r}']
        if not inside_control and (focusable or role in INTERACTIVE):
            controls += 1
            why = None
            if name.strip() == '':
                why = 'has no name'
            elif name.startswith('Gtk') or name.startswith('Adw'):
                why = 'is named after its widget type'
            elif re.search(r'_\w', name):
                why = 'has a mnemonic underscore in its name'
            elif DOUBLED_WORD.search(name) or DOUBLED_NAME.fullmatch(name):
                # A label property on top of a labelled-by relation: GTK 4.8
                # reads both ("Horizon Horizon").
                why = 'says a word twice in its name'
            if why:
                problems.append(f'{role} {why}: ' + ' > '.join(here[-4:]))
        for i in range(node.childCount):
            child = node.getChildAtIndex(i)
            if child is not None:
                visit(child, here, inside_control or role in CONTAINERS_OF_LABELS)

    visit(app, [], False)
    print('1..1')
    for p in problems:
        print('# ' + p)
    print(f'# {controls} controls, {len(problems)} without a proper name')
    if problems:
        print('not ok 1 /ui/accessible-names')
        return 1
    print('ok 1 /ui/accessible-names')
    return 0


def count(node, limit=1000):
    n = 1
    for i in range(node.childCount):
        if n > limit:
            break
        child = node.getChildAtIndex(i)
        if child is not None:
            n += count(child, limit - n)
    return n


def main():
    if len(sys.argv) >= 2 and sys.argv[1] == '--inner':
        sys.exit(inner_main(sys.argv[2], sys.argv[3:]))
    if len(sys.argv) < 2:
        print('usage: check-accessible-names.py APP [FILE]', file=sys.stderr)
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
