#!/usr/bin/python3
# Copyright 2026 The Workforce Foresight authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The Data view as a screen reader walks it over AT-SPI: the real
# application on its own D-Bus session (as check-accessible-names.py runs
# it), switched to its Data view. The data table must be a table (not GTK's
# "tree table"), its row of column headers must hold one header a column
# shown, named after the column; every cell must carry its column: a
# description equal to its column header's name and a "described by"
# relation to that header. A second run opens FILE on its attribution chart,
# whose rows share one unit: the value's header must name it.
#
# GTK 4.8 has no AT-SPI role for GTK_ACCESSIBLE_ROLE_COLUMN_HEADER (it
# reports "filler"); the headers' GTK role is checked by the ui test
# /ui/data-view/roles, and here "column header" is required from GTK 4.10,
# which maps it.
#
#   check-data-table.py APP FILE

import os
import re
import subprocess
import sys
import tempfile

# The walks' shared part, beside this file; no __pycache__ in the source tree.
sys.dont_write_bytecode = True
import atspi_walk  # noqa: E402

UNIT = 'thousands of people'


def run_app(app, args, walk):
    env = dict(os.environ)
    env.pop('NO_AT_BRIDGE', None)
    env['GTK_A11Y'] = 'atspi'
    env['LANGUAGE'] = 'C'
    env['LC_ALL'] = 'C.UTF-8'
    proc = subprocess.Popen([app] + args, env=env)
    try:
        return walk(proc)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def inner_main(app, args):
    with open(args[0], encoding='utf-8') as f:
        text = f.read()
    attribution = re.sub(r'<view ', '<view chart="attribution" ', text, count=1)
    if attribution == text:
        print('Bail out! no <view> in ' + args[0])
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'attribution.foresight')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(attribution)
        first = run_app(app, [args[0]], lambda proc: walk_app(proc, 'table', 1))
        second = run_app(app, [path], lambda proc: walk_app(proc, 'unit', 1 + first[1]))
    tests = first[0] + second[0]
    print(f'1..{len(tests)}')
    for i, (ok, name, why) in enumerate(tests, 1):
        if not ok:
            print('# ' + why)
        print(f'{"ok" if ok else "not ok"} {i} /ui/data-table/{name}')
    return 0 if tests and all(ok for ok, _, _ in tests) else 1


def find(node, pred, visible_only=True):
    import pyatspi
    try:
        if visible_only and node.getRoleName() != 'application' and \
                not node.getState().contains(pyatspi.STATE_VISIBLE):
            return None
        if pred(node):
            return node
    except Exception:
        return None
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            found = find(child, pred, visible_only)
            if found is not None:
                return found
    return None


def children(node):
    import pyatspi
    out = []
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        try:
            if child is not None and child.getState().contains(pyatspi.STATE_VISIBLE):
                out.append(child)
        except Exception:
            pass
    return out


def walk_app(proc, what, first):
    tests = []

    def check(ok, name, why):
        tests.append((bool(ok), name, f'{name}: {why}'))

    def bail(why):
        check(False, what + '-setup', why)
        return tests, len(tests)

    address = atspi_walk.a11y_bus_address()
    if address is None:
        return bail('no accessibility bus on the session bus')
    os.environ['AT_SPI_BUS_ADDRESS'] = address
    import pyatspi

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
    toolkit = app.get_toolkit_version() or '4.8'
    major_minor = tuple(int(x) for x in toolkit.split('.')[:2])

    data_button = atspi_walk.wait_for(lambda: find(app, lambda n: 'button' in n.getRoleName() and n.name == 'Data'))
    if data_button is None:
        return bail('no Data button')
    data_button.queryAction().doAction(0)

    # The column view: the object whose children are the row of headers
    # and the rows, whatever its role.
    table = atspi_walk.wait_for(lambda: find(app, lambda n: any(c.getRoleName() == 'table row' and c.name == 'Column headers'
                                                     for c in children(n))))
    if table is None:
        return bail('no data table')
    kids = children(table)
    header_row = next((c for c in kids if c.getRoleName() == 'table row'), None)
    rows = next((c for c in kids if c is not header_row), None)

    if what == 'unit':
        # The attribution's rows arrive from a background computation.
        def value_header():
            hs = children(header_row)
            h = next((h for h in hs if h.name.startswith('Value')), None)
            return h if h is not None and UNIT in h.name else None
        value = atspi_walk.wait_for(value_header, 60)
        names = [h.name for h in children(header_row)]
        print('# attribution headers: ' + ', '.join(repr(n) for n in names))
        check(value is not None, 'value-header-unit', f'no header names the unit among {names!r}')
        check('Unit' not in names, 'no-unit-column', 'a Unit column although the rows share one')
        return tests, len(tests)

    check(table.getRoleName() == 'table', 'table-role', f'the data table has role {table.getRoleName()!r}')

    headers = children(header_row) if header_row is not None else []
    header_names = [h.name for h in headers]
    print('# headers: ' + ', '.join(repr(n) for n in header_names))
    check(len(headers) >= 5, 'header-count', f'{len(headers)} column headers')
    wanted = 'column header'
    roles_ok = all(h.getRoleName() == wanted or (major_minor < (4, 10) and h.getRoleName() == 'filler')
                   for h in headers)
    check(roles_ok, 'header-roles', 'roles ' + ', '.join(h.getRoleName() for h in headers))
    check(all(n and not n.startswith('Gtk') for n in header_names), 'header-names',
          'a column header is not named after its column')
    for column in ('Year', 'Sector', 'Sex', 'Indicator'):
        check(column in header_names, 'header-' + column.lower(), f'no {column!r} header')

    # Rows of several units: a column of its own.
    check('Unit' in header_names and 'Value' in header_names, 'unit-column',
          'no Unit column beside a plain Value column')

    # Cells: named after their text, described by their column's header.
    problems = []
    cells_checked = 0
    first_rows = children(rows)[:5] if rows is not None else []
    for row in first_rows:
        cells = [c for c in children(row) if c.getRoleName() == 'table cell']
        for index, cell in enumerate(cells):
            cells_checked += 1
            column = header_names[index] if index < len(header_names) else None
            if cell.description != column:
                problems.append(f'cell {cell.name!r} of column {column!r} is described as {cell.description!r}')
            targets = [r.getTarget(i).name for r in cell.getRelationSet()
                       if r.getRelationType() == pyatspi.RELATION_DESCRIBED_BY
                       for i in range(r.getNTargets())]
            if targets != [column]:
                problems.append(f'cell {cell.name!r} of column {column!r} is described by {targets!r}')
            if not cell.name or cell.name.startswith('Gtk'):
                problems.append(f'cell of column {column!r} is named {cell.name!r}')
    for p in problems[:10]:
        print('# ' + p)
    check(cells_checked >= 5 * 5 and not problems, 'cells',
          f'{cells_checked} cells checked, {len(problems)} without their column')
    return tests, len(tests)


def main():
    if len(sys.argv) >= 2 and sys.argv[1] == '--inner':
        sys.exit(inner_main(sys.argv[2], sys.argv[3:]))
    if len(sys.argv) < 3:
        print('usage: check-data-table.py APP FILE', file=sys.stderr)
        sys.exit(2)
    sys.exit(atspi_walk.run_on_private_bus(__file__, sys.argv[1:]))


if __name__ == '__main__':
    main()
