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
import subprocess
import sys
import time

# The walks' shared part, beside this file; no __pycache__ in the source tree.
sys.dont_write_bytecode = True
import atspi_walk  # noqa: E402

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


def walk_app(proc):
    address = atspi_walk.a11y_bus_address()
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
        if not inside_control and (focusable or role in atspi_walk.INTERACTIVE):
            controls += 1
            why = atspi_walk.name_problem(role, name, True)
            if why:
                problems.append(f'{role} {why}: ' + ' > '.join(here[-4:]))
        for i in range(node.childCount):
            child = node.getChildAtIndex(i)
            if child is not None:
                visit(child, here, inside_control or role in atspi_walk.CONTAINERS_OF_LABELS)

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
    sys.exit(atspi_walk.run_on_private_bus(__file__, sys.argv[1:]))


if __name__ == '__main__':
    main()
