#!/usr/bin/env python3
# Copyright 2026 The Workforce Foresight authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-data.py CLI SCHEMA: the data layout of docs/data-format.md, as an
# analyst's program reads it. Every export command (project, ensemble and
# its tornado and attribution, chart --format csv|json) in CSV and in JSON
# is validated against data/workforce-foresight-data.schema.json (JSON as
# it is; CSV rows read as objects, empty cells as null, numbers as
# numbers); the README's commands work under fr_FR and es_ES with the same
# bytes as in English; "-" reads standard input; -o /dev/null and a pipe
# work; errors list the valid choices. TAP output.

import csv
import io
import json
import os
import subprocess
import sys
import tempfile

try:
    import jsonschema
except ImportError:
    print("1..0 # SKIP python3-jsonschema is not installed (build-aux/dev installs it)")
    sys.exit(0)

CLI, SCHEMA = sys.argv[1], sys.argv[2]
SOURCE_ROOT = os.environ.get("WF_SOURCE_ROOT", os.path.join(os.path.dirname(SCHEMA), ".."))
WORLD = os.path.join(SOURCE_ROOT, "data", "world-2023.foresight")

with open(SCHEMA, encoding="utf-8") as f:
    schema = json.load(f)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
row_validator = jsonschema.Draft202012Validator(
    dict(schema["$defs"]["row"], **{"$defs": schema["$defs"]}))

results = []


def check(name, ok, detail=""):
    results.append((name, ok, detail))


# The build's translations (po/ of the build directory), so that the
# languages below are really in French and Spanish.
BUILD_ROOT = os.environ.get("WF_BUILD_ROOT", os.path.join(os.path.dirname(CLI), "..", ".."))
LOCALEDIR = os.path.join(BUILD_ROOT, "po")


def run(args, lang="C.UTF-8", stdin=None, stdout=subprocess.PIPE):
    env = dict(os.environ, LANG=lang, LC_ALL=lang, LANGUAGE="", WORKFORCE_FORESIGHT_LOCALEDIR=LOCALEDIR)
    return subprocess.run([CLI] + args, input=stdin, stdout=stdout, stderr=subprocess.PIPE, env=env)


def csv_rows(text):
    """The rows of a CSV export as the JSON export has them."""
    body = "".join(line for line in io.StringIO(text) if not line.startswith("#"))
    rows = []
    for record in csv.DictReader(io.StringIO(body)):
        row = {}
        for key, value in record.items():
            if value == "":
                row[key] = None
            elif key in ("year",):
                row[key] = int(value)
            elif key in ("value", "unit_multiplier"):
                row[key] = float(value)
            else:
                row[key] = value
        rows.append(row)
    return rows


def validate_csv(name, text):
    rows = csv_rows(text)
    errors = [e.message for r in rows for e in row_validator.iter_errors(r)]
    check(name + " (csv)", bool(rows) and not errors and text.startswith("# format: workforce-foresight-data 1\n"),
          "; ".join(errors[:3]) or ("no rows" if not rows else ""))
    return rows


def validate_json(name, text):
    try:
        document = json.loads(text)
    except ValueError as e:
        check(name + " (json)", False, str(e))
        return None
    errors = [e.message for e in validator.iter_errors(document)]
    check(name + " (json)", not errors and len(document["rows"]) > 0, "; ".join(errors[:3]))
    return document


exports = {
    "project": ["project", "--scenario", "exponential-limited"],
    "ensemble": ["ensemble", "--runs", "20", "--by-sector", "--outputs", "employment,displaced"],
    "tornado": ["ensemble", "--tornado", "net-jobs"],
    "attribution": ["ensemble", "--attribution", "net-jobs", "--by-group"],
    "chart-employment": ["chart", "--chart", "employment", "--sector", "ECO_ISIC4_A", "--lens", "women", "-o", "-"],
    "chart-fan": ["chart", "--chart", "fan", "--runs", "20", "-o", "-"],
    "chart-tornado": ["chart", "--chart", "tornado", "-o", "-"],
    "chart-attribution": ["chart", "--chart", "attribution", "-o", "-"],
    "chart-skills-women": ["chart", "--chart", "skills", "--lens", "women", "-o", "-"],
}
for name, args in exports.items():
    for fmt in ("csv", "json"):
        p = run(args + ["--format", fmt])
        if p.returncode != 0:
            check("%s (%s)" % (name, fmt), False, p.stderr.decode())
            continue
        text = p.stdout.decode("utf-8")
        if fmt == "csv":
            csv_out = validate_csv(name, text)
        else:
            document = validate_json(name, text)
            # The same rows in both layouts.
            if document is not None:
                check(name + ": csv and json hold the same rows", len(document["rows"]) == len(csv_out))

# Formula injection: a scenario named like a formula stays text.
with tempfile.TemporaryDirectory() as tmp:
    doc = os.path.join(tmp, "f.foresight")
    with open(WORLD, encoding="utf-8") as f:
        world = f.read()
    with open(doc, "w", encoding="utf-8") as f:
        f.write(world.replace("<name>Current trends</name>", "<name>=HYPERLINK(\"x\")</name>", 1))
    p = run(["project", doc, "--scenario", "current-trends"])
    rows = csv_rows(p.stdout.decode())
    check("formula neutralised", p.returncode == 0 and rows and
          all(r["scenario_name"] == "'=HYPERLINK(\"x\")" for r in rows), p.stderr.decode())
    check("negative numbers stay numbers", any(r["value"] is not None and r["value"] < 0 for r in rows))

# Ids and numbers do not depend on the language.
readme = [["project", "--scenario", "Current trends"], ["project", "--scenario", "current-trends"],
          ["ensemble", "--scenario", "exponential-limited", "--runs", "10"],
          ["chart", "--chart", "tornado", "--scenario", "incremental-limited", "--format", "csv", "-o", "-"]]
for args in readme:
    english = run(args, "en_US.UTF-8")
    for lang in ("fr_FR.UTF-8", "es_ES.UTF-8"):
        other = run(args, lang)
        # Everything but the scenario's name, a label in the user's language.
        def data(p):
            return [dict(r, scenario_name=None) for r in csv_rows(p.stdout.decode())]
        same = english.returncode == 0 and other.returncode == 0 and data(english) == data(other) and \
            english.stdout.split(b"\n# dataset:")[1].split(b"\ntable,")[0] == \
            other.stdout.split(b"\n# dataset:")[1].split(b"\ntable,")[0]
        check("%s under %s: same data as in English" % (" ".join(args), lang), same, other.stderr.decode())

# A preset's translated name finds it in a file that has its English name
# (the bundled scenario, without FILE, has the translated names itself).
for lang in ("fr_FR.UTF-8", "es_ES.UTF-8"):
    translated = run(["list", "scenarios"], lang).stdout.decode().splitlines()[2].split("\t")[2]
    p = run(["project", WORLD, "--scenario", translated], lang)
    check("translated preset name “%s” under %s" % (translated, lang),
          p.returncode == 0 and b",incremental-limited," in p.stdout and translated != "Incremental AI, limited readiness",
          p.stderr.decode())

# new writes ids and English names whatever the language.
p = run(["new", "-o", "-"], "fr_FR.UTF-8")
check("new under fr_FR writes ids and English names",
      p.returncode == 0 and b'id="current-trends"' in p.stdout and b"<name>Current trends</name>" in p.stdout,
      p.stdout.decode()[:200])

# "-" is standard input.
with open(WORLD, "rb") as f:
    world_bytes = f.read()
from_file = run(["project", WORLD, "--scenario", "current-trends"])
from_stdin = run(["project", "-", "--scenario", "current-trends"], stdin=world_bytes)
check("project - reads standard input", from_stdin.returncode == 0 and
      from_file.stdout.split(b"\n# dataset:")[1:] == from_stdin.stdout.split(b"\n# dataset:")[1:],
      from_stdin.stderr.decode())
p = run(["validate", "-"], stdin=world_bytes)
check("validate - reads standard input", p.returncode == 0, p.stderr.decode())
p = run(["validate", "-"], stdin=b"<not a file")
check("bad standard input is refused with a message", p.returncode == 1 and b"standard input" in p.stderr,
      p.stderr.decode())

# Any writable target: /dev/null, a pipe, "-".
for args in (["project", "-o", "/dev/null"], ["ensemble", "--runs", "5", "-o", "/dev/null"],
             ["chart", "--chart", "tornado", "--format", "json", "-o", "/dev/null"],
             ["chart", "--chart", "employment", "--format", "svg", "-o", "/dev/null"],
             ["new", "-o", "/dev/null"]):
    p = run(args)
    check(" ".join(args), p.returncode == 0 and p.stdout == b"", p.stderr.decode())
r, w = os.pipe()
child = subprocess.Popen([CLI, "project", "-o", "/dev/fd/%d" % w], pass_fds=(w,), stderr=subprocess.PIPE)
os.close(w)
with os.fdopen(r, "rb") as pipe:
    piped = pipe.read()
child.wait()
check("project -o a pipe", child.returncode == 0 and piped.startswith(b"# format: workforce-foresight-data 1\n"),
      child.stderr.read().decode())

# Every list of valid choices in its error.
for args, expected in ((["project", "--format", "xls"], "expected one of: csv, json"),
                       (["ensemble", "--format", "xls"], "expected one of: csv, json"),
                       (["chart", "--chart", "employment", "--format", "xls", "-o", "-"],
                        "expected one of: csv, json, svg, png, pdf"),
                       (["project", "--scenario", "utopia"], "expected one of: current-trends (“Current trends”), "),
                       (["list", "things"], "expected one of: charts, scenarios, levers, datasets"),
                       (["frobnicate"], "expected one of: new, validate, project")):
    p = run(args)
    check("choices listed: " + " ".join(args), p.returncode in (1, 2) and expected in p.stderr.decode(),
          p.stderr.decode())

print("1..%d" % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print("%s %d %s" % ("ok" if ok else "not ok", i, name))
    if not ok and detail:
        print("# " + detail.replace("\n", "\n# "))
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
