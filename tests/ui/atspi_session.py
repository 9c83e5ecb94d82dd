# Copyright 2026 The Workforce Foresight authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# What the accessibility walks of the ui suite share (check-accessible-names.py,
# check-data-table.py): each runs itself again inside a private D-Bus session
# (so that it has an accessibility bus of its own), starts the application with
# the AT-SPI bridge on, finds the bus address and walks the tree.

import os
import re
import subprocess
import sys
import tempfile
import time


def run_app(app, args, walk, **env_extra):
    """Starts APP ARGS with the AT-SPI bridge on, returns walk(proc), and
    stops the application whatever walk does."""
    env = dict(os.environ)
    env.pop('NO_AT_BRIDGE', None)
    env['GTK_A11Y'] = 'atspi'
    env.update(env_extra)
    proc = subprocess.Popen([app] + args, env=env)
    try:
        return walk(proc)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def a11y_bus_address():
    """The accessibility bus of this session, once it is up (or None)."""
    for _ in range(120):
        r = subprocess.run(['gdbus', 'call', '--session', '--dest', 'org.a11y.Bus',
                            '--object-path', '/org/a11y/bus', '--method', 'org.a11y.Bus.GetAddress'],
                           capture_output=True, text=True)
        m = re.search(r"\('([^']+)',\)", r.stdout)
        if m:
            return m.group(1)
        time.sleep(0.25)
    return None


def main(script, usage, min_args, inner_main):
    """The test's entry point: skips without pyatspi or a display, else runs
    SCRIPT --inner ARGS in a private D-Bus session, where inner_main(app, args)
    does the walk; exits with its status."""
    if len(sys.argv) >= 2 and sys.argv[1] == '--inner':
        sys.exit(inner_main(sys.argv[2], sys.argv[3:]))
    if len(sys.argv) < 1 + min_args:
        print('usage: ' + usage, file=sys.stderr)
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
        r = subprocess.run(['dbus-run-session', '--', sys.executable, os.path.abspath(script),
                            '--inner'] + sys.argv[1:], env=env)
        sys.exit(r.returncode)
