#!/usr/bin/env python3
# Copyright 2026 The Workforce Foresight authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-translated-outputs.py CLI: the bundled dataset's texts as a French
# or Spanish reader gets them from the command line. The file stores
# English; `list datasets`, an SVG chart and the brief show its title,
# area, edition, sector labels, sources and notes, the levers' citations,
# the presets' names and the reference scenario's description translated,
# and nothing of that English is left. The same commands in English show
# the English, and a file written under French still holds English (the
# presets' names and descriptions too). TAP output.

import os
import re
import shutil
import subprocess
import sys
import tempfile

CLI = sys.argv[1]
SOURCE_ROOT = os.environ.get("WF_SOURCE_ROOT", os.path.join(os.path.dirname(CLI), "..", "..", ".."))
WORLD = os.path.join(SOURCE_ROOT, "data", "world-2023.foresight")
BUILD_ROOT = os.environ.get("WF_BUILD_ROOT", os.path.join(os.path.dirname(CLI), "..", ".."))
LOCALEDIR = os.path.join(BUILD_ROOT, "po")

results = []


def check(name, ok, detail=""):
    results.append((name, ok, detail))


def run(args, lang):
    env = dict(os.environ, LANG=lang, LC_ALL=lang, LANGUAGE="", WORKFORCE_FORESIGHT_LOCALEDIR=LOCALEDIR)
    return subprocess.run([CLI] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


def flat(text):
    """Text with every run of white space (also no-break ones, line breaks of
    a PDF or SVG) as one space, and hyphenation at line ends undone."""
    text = re.sub(r"-\n", "-", text)
    return re.sub(r"[\s\u00a0\u202f]+", " ", text)


# What each language must show, and the English it must not.
TEXTS = {
    "en_US.UTF-8": {
        "title": "World, 2023 (calibrated illustration)",
        "area": "World (X01)",
        "edition": "Workforce Foresight calibration of ILO WP 140",
        "sector": "Agriculture, forestry &amp; fishing",
        "citation": "Workforce Foresight calibrated world dataset",
        "judgement": "Workforce Foresight judgement",
        "note": "Labour force 2023: 3,601.7 million",
        "lever": "Logistic diffusion: Griliches (1957)",
        "description": "Generative AI spreads to most exposed tasks",
        "baseline": "Current trends",
        "exponential": "Exponential AI, limited readiness",
    },
    "fr_FR.UTF-8": {
        "title": "Monde, 2023 (illustration calibrée)",
        "area": "Monde (X01)",
        "edition": "Calibrage par Workforce Foresight de l’exposition",
        "sector": "Agriculture, sylviculture et pêche",
        "citation": "Jeu de données mondial calibré par Workforce Foresight",
        "judgement": "Appréciation de Workforce Foresight",
        "note": "Population active en 2023 : 3 601,7 millions",
        "lever": "Diffusion logistique : Griliches (1957)",
        "description": "L’IA générative s’étend à la plupart des tâches exposées",
        "baseline": "Tendances actuelles",
        "exponential": "IA exponentielle, préparation limitée",
    },
    "es_ES.UTF-8": {
        "title": "Mundo, 2023 (ilustración calibrada)",
        "area": "Mundo (X01)",
        "edition": "Calibración por Workforce Foresight de la exposición",
        "sector": "Agricultura, silvicultura y pesca",
        "citation": "Conjunto de datos mundial calibrado por Workforce Foresight",
        "judgement": "Criterio de Workforce Foresight",
        "note": "Fuerza de trabajo en 2023: 3601,7 millones",
        "lever": "Difusión logística: Griliches (1957)",
        "description": "La IA generativa se extiende a la mayoría de las tareas expuestas",
        "baseline": "Tendencias actuales",
        "exponential": "IA exponencial, preparación limitada",
    },
}
ENGLISH = TEXTS["en_US.UTF-8"]

tmp = tempfile.mkdtemp()
have_pdftotext = shutil.which("pdftotext") is not None

for lang, want in TEXTS.items():
    others = {} if lang.startswith("en") else ENGLISH

    # list datasets: the title and the employment source (the area is a code).
    p = run(["list", "datasets", WORLD], lang)
    row = p.stdout.decode().splitlines()[1].split("\t") if p.returncode == 0 else ["", "", "", "", "", "", ""]
    check("list datasets under %s: title" % lang, row[1] == want["title"], repr(row))
    check("list datasets under %s: source" % lang, row[6].startswith(want["citation"]) and row[2] == "X01",
          repr(row))

    # list scenarios: the presets' names in the reader's language, the ids
    # as they are; --scenario finds a preset by either name.
    p = run(["list", "scenarios", WORLD], lang)
    rows = [line.split("\t") for line in p.stdout.decode().splitlines()[1:]] if p.returncode == 0 else []
    names = {row[1]: row[2] for row in rows if len(row) > 2}
    check("list scenarios under %s: names" % lang,
          names.get("current-trends") == want["baseline"] and
          names.get("exponential-limited") == want["exponential"], repr(names) + p.stderr.decode())
    for key in ("baseline", "exponential"):
        for given in dict.fromkeys((want[key], ENGLISH[key])):
            p = run(["chart", WORLD, "--chart", "employment", "--scenario", given, "--compare", "current-trends",
                     "--format", "svg", "-o", "-"], lang)
            svg = flat(p.stdout.decode())
            check("chart under %s: --scenario “%s” found, shown as “%s”" % (lang, given, want[key]),
                  p.returncode == 0 and want[key] in svg and (not others or others[key] not in svg),
                  p.stderr.decode() or "“%s” not in the SVG, or English left" % want[key])

    # An SVG chart: the footnote's title and citation, the legend's sectors.
    p = run(["chart", WORLD, "--chart", "employment", "--format", "svg", "-o", "-"], lang)
    svg = flat(p.stdout.decode())
    for key in ("title", "sector", "citation"):
        check("chart svg under %s: %s" % (lang, key), p.returncode == 0 and want[key] in svg,
              p.stderr.decode() or "“%s” not in the SVG" % want[key])
    for key in ("title", "citation") if others else ():
        check("chart svg under %s: no English %s" % (lang, key), others[key] not in svg)

    # The brief: title, area, edition, sources and notes, the levers'
    # citations, the scenario's name and description.
    if not have_pdftotext:
        continue
    pdf = os.path.join(tmp, "brief-%s.pdf" % lang[:2])
    p = run(["brief", WORLD, "-o", pdf], lang)
    text = ""
    if p.returncode == 0:
        text = flat(subprocess.run(["pdftotext", pdf, "-"], stdout=subprocess.PIPE).stdout.decode())
    for key in ("title", "area", "edition", "citation", "judgement", "note", "lever", "description", "baseline"):
        check("brief under %s: %s" % (lang, key), want[key] in text,
              p.stderr.decode() or "“%s” not in the brief" % want[key])
    for key in ("title", "edition", "citation", "judgement", "note", "lever", "description", "baseline") if others else ():
        check("brief under %s: no English %s" % (lang, key), others[key] not in text)
    # The adoption midpoint is a year: never grouped (Spanish « 2.029 »).
    check("brief under %s: years not grouped" % lang,
          "2024 – 2045" in text and not re.search(r"\b2[., ]0[2-4][0-9]\b", text), "a grouped year in the brief")

# Nothing of the language goes into a file: new under French writes English.
p = run(["new", "-o", "-"], "fr_FR.UTF-8")
out = p.stdout.decode()
check("new under fr_FR writes the English title, sources and notes",
      p.returncode == 0 and "<title>%s</title>" % ENGLISH["title"] in out and
      ENGLISH["judgement"] in out and ENGLISH["note"] in out and TEXTS["fr_FR.UTF-8"]["judgement"] not in out,
      out[:300])
for key in ("baseline", "exponential"):
    check("new under fr_FR writes the English name “%s”" % ENGLISH[key],
          "<name>%s</name>" % ENGLISH[key] in out and TEXTS["fr_FR.UTF-8"][key] not in out, out[:300])
check("new under fr_FR writes the English descriptions",
      ENGLISH["description"] in out and TEXTS["fr_FR.UTF-8"]["description"] not in out, out[:300])

shutil.rmtree(tmp)

if not have_pdftotext:
    print("# pdftotext is not installed: the brief is not checked")
print("1..%d" % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print("%s %d %s" % ("ok" if ok else "not ok", i, name))
    if not ok and detail:
        print("# " + detail.replace("\n", "\n# "))
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
