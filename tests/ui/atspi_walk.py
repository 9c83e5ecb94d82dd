# Copyright 2026 The Workforce Foresight authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# What the AT-SPI walks (check-accessible-names.py, check-accessible-views.py,
# check-data-table.py) share: running themselves on a private D-Bus session
# and accessibility bus, finding that bus, waiting, and the rule a control's
# name must follow.

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
# What a button contains is its label, not a control of its own.
CONTAINERS_OF_LABELS = {'push button', 'toggle button', 'check box', 'radio button', 'link'}
# Layout a reader does not announce: GTK's fallback name there is not read.
LAYOUT = {'filler', 'panel', 'label', 'scroll bar', 'separator', 'unknown', 'redundant object'}
# Text, whose words are the user's data or prose.
TEXT = {'label', 'text', 'paragraph', 'static', 'table cell'}
# A label property on top of a labelled-by relation: GTK 4.8 reads both
# ("Horizon Horizon").
DOUBLED_WORD = re.compile(r'(?<!\w)(\w*[^\W\d_]\w*)\s+\1(?!\w)')
DOUBLED_NAME = re.compile(r'(.+?)\s+\1')
TAP_LINE = re.compile(r'(ok |not ok |1\.\.|#|Bail out!|TAP version)')


def name_problem(role, name, control):
    """Why NAME is not a proper name for an object of ROLE (a control when
    CONTROL), or None."""
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


def a11y_bus_address():
    """The session's accessibility bus, once it answers, or None."""
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
    """WHAT's first true result within TIMEOUT seconds, else its last."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        result = what()
        if result:
            return result
        time.sleep(0.5)
    return what()


def run_on_private_bus(script, args):
    """Runs SCRIPT --inner ARGS on a D-Bus session and accessibility bus of
    its own (dbus-run-session), so that several runs never share a bus, and
    returns its exit status; 0 with a TAP skip when pyatspi or a display is
    missing. The bus's daemons write to the standard output they inherit
    ("SpiRegistry daemon is running…"), which is not TAP: the run's output
    goes to a file, and what is not TAP to the error output."""
    try:
        import pyatspi  # noqa: F401
    except ImportError:
        print('1..0 # SKIP python3-pyatspi is not installed')
        return 0
    if not os.environ.get('DISPLAY') and not os.environ.get('WAYLAND_DISPLAY'):
        print('1..0 # SKIP no display')
        return 0
    with tempfile.TemporaryDirectory() as runtime, tempfile.TemporaryFile(mode='w+') as out:
        os.chmod(runtime, 0o700)
        env = dict(os.environ, XDG_RUNTIME_DIR=runtime)
        r = subprocess.run(['dbus-run-session', '--', sys.executable, os.path.abspath(script), '--inner']
                           + list(args), env=env, stdout=out)
        out.seek(0)
        for line in out:
            (sys.stdout if TAP_LINE.match(line) else sys.stderr).write(line)
    return r.returncode
