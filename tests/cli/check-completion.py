#!/usr/bin/env python3
# Copyright 2026 The Workforce Foresight authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-completion.py CLI COMPLETION-DIR: the shell completions against
# the CLI they complete. Both list every command of "--help"; the zsh one
# has every option of each command's "--help" (long and short) in that
# command's branch and the outcomes that --tornado lists. Then, when zsh
# is installed, zsh itself completes lines in a pseudo-terminal (zsh/zpty)
# and the candidates are checked: commands, options, scenario ids asked of
# the CLI (also those of a file on the line), charts, formats, file globs.
# Without zsh those cases are reported as skipped (TAP "# SKIP"). TAP
# output.

import os
import re
import shutil
import subprocess
import sys
import tempfile

CLI, COMPLETION_DIR = sys.argv[1], sys.argv[2]
ZSH_FILE = os.path.join(COMPLETION_DIR, "_workforce-foresight-cli")
BASH_FILE = os.path.join(COMPLETION_DIR, "workforce-foresight-cli.bash")
SOURCE_ROOT = os.environ.get("WF_SOURCE_ROOT", os.path.join(COMPLETION_DIR, "..", ".."))
WORLD = os.path.join(SOURCE_ROOT, "data", "world-2023.foresight")

results = []


def check(name, ok, detail=""):
    results.append((name, ok, detail, None))


def skip(name, why):
    results.append((name, True, "", why))


def run(args):
    env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8", LANGUAGE="")
    return subprocess.run([CLI] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                          universal_newlines=True)


with open(ZSH_FILE, encoding="utf-8") as f:
    zsh = f.read()
with open(BASH_FILE, encoding="utf-8") as f:
    bash = f.read()

check("the zsh file is a #compdef function", zsh.startswith("#compdef workforce-foresight-cli\n"))

# The commands of the main help: "  NAME  Summary" under "Commands:".
help_text = run(["--help"]).stdout
commands = re.findall(r"^  ([a-z][a-z-]+)  ", help_text.split("Commands:")[1].split("\n\n")[0], re.M)
check("the CLI lists its commands", len(commands) >= 10, help_text)
bash_first = re.search(r'COMP_CWORD -eq 1 .*?compgen -W "([^"]*)"', bash, re.S).group(1).split()
for command in commands:
    check("zsh completes the command " + command, "'%s:" % command in zsh)
    check("bash completes the command " + command, command in bash_first)

    # The command's options: "-s, --scenario=ID" or "--difference".
    options = set()
    for line in run([command, "--help"]).stdout.splitlines():
        m = re.match(r"^  (?:(-[A-Za-z]), )?(--[a-z-]+)", line)
        if m:
            options.update(o for o in m.groups() if o is not None)
    branch = re.search(r"\n        %s\)\n(.*?)\n          ;;" % re.escape(command), zsh, re.S)
    check("zsh has a branch for " + command, branch is not None)
    if branch is None:
        continue
    body = branch.group(1)
    for option in sorted(options):
        if option.startswith("--"):
            found = re.search(r"'[^']*%s[=+\[]" % re.escape(option), body) or \
                re.search(r"[{,]%s[=+,}]" % re.escape(option), body)
        else:
            found = re.search(r"\{%s[+,]" % re.escape(option), body)
        check("zsh completes %s %s" % (command, option), found is not None)

# The outcomes of --tornado and --attribution, as ensemble --help lists them.
metrics = run(["ensemble", "--help"]).stdout.split("Metrics of --tornado and --attribution: ")[1]
metrics = metrics.split(".")[0].split(", ")
zsh_metrics = re.search(r"metrics=\((.*?)\)", zsh, re.S).group(1).split()
check("zsh's outcomes are the CLI's", zsh_metrics == metrics, "%s != %s" % (zsh_metrics, metrics))
bash_metrics = re.search(r"--attribution\)\n\s*COMPREPLY=\(\$\(compgen -W \"([^\"]*)\"", bash).group(1).split()
check("bash's outcomes are the CLI's", bash_metrics == metrics, "%s != %s" % (bash_metrics, metrics))

# zsh itself, in a pseudo-terminal: what it offers for a line.
CAPTURE = r'''
zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z "PS1=''; PROMPT=''"
zpty -w z "fpath=(${(q)1} \$fpath); autoload -U compinit; compinit -u -D"
zpty -w z "zstyle ':completion:*' insert-tab false"
zpty -w z "compadd () { builtin compadd -O __hits \"\$@\"; builtin compadd \"\$@\"; print -rl -- '<'\$^__hits'>' >> ${(q)2} }"
zpty -w z "comppostfuncs=( __done ); __done () { print -r -- '<<end>>' >> ${(q)2}; }"
zpty -w z "$3"$'\t'
for i in {1..200}; do
  [[ -f $2 ]] && grep -q '<<end>>' $2 && break
  sleep 0.05
done
zpty -d z
'''

ZSH = shutil.which("zsh")
CASES = [
    ("", set(commands)),
    ("project --", {"--help", "--scenario", "--format", "--output"}),
    ("project --scenario ", {"current-trends", "incremental-limited", "incremental-widespread",
                             "exponential-limited", "exponential-widespread"}),
    ("project own.foresight -s ", {"current-trends", "my-own", "incremental-widespread",
                                   "exponential-limited", "exponential-widespread"}),
    ("chart --chart ", set(line.split(" ")[0] for line in run(["list", "charts"]).stdout.splitlines())),
    ("chart --format ", {"csv", "json", "svg", "png", "pdf"}),
    ("brief --format ", {"pdf", "html"}),
    ("ensemble --tornado ", set(metrics)),
    ("list ", {"charts", "scenarios", "levers", "datasets"}),
    ("new --dataset ", {"world-2023"}),
    ("validate ", {"own.foresight", "world.foresight"}),
    ("import-ilostat ", {"employment.csv"}),
]
if ZSH is None:
    for line, _ in CASES:
        skip("zsh completes “workforce-foresight-cli %s”" % line, "zsh is not installed")
else:
    with tempfile.TemporaryDirectory() as tmp:
        with open(WORLD, encoding="utf-8") as f:
            world = f.read()
        with open(os.path.join(tmp, "world.foresight"), "w", encoding="utf-8") as f:
            f.write(world)
        with open(os.path.join(tmp, "own.foresight"), "w", encoding="utf-8") as f:
            f.write(world.replace('id="incremental-limited"', 'id="my-own"', 1))
        for name in ("employment.csv", "notes.txt"):
            open(os.path.join(tmp, name), "w").close()
        script = os.path.join(tmp, "capture.zsh")
        with open(script, "w") as f:
            f.write(CAPTURE)
        env = dict(os.environ, PATH=os.path.dirname(os.path.abspath(CLI)) + os.pathsep + os.environ["PATH"],
                   LC_ALL="C.UTF-8", LANG="C.UTF-8", LANGUAGE="", HOME=tmp, ZDOTDIR=tmp)
        for i, (line, expected) in enumerate(CASES):
            out = os.path.join(tmp, "out-%d" % i)
            subprocess.run([ZSH, "-f", script, os.path.abspath(COMPLETION_DIR), out,
                            "workforce-foresight-cli " + line], cwd=tmp, env=env, timeout=60)
            try:
                with open(out, encoding="utf-8") as f:
                    lines = f.read().splitlines()
            except FileNotFoundError:
                lines = []
            got = set(l[1:-1] for l in lines if l.startswith("<") and l != "<<end>>")
            check("zsh completes “workforce-foresight-cli %s”" % line,
                  "<<end>>" in lines and got == expected, "got %s, expected %s" % (sorted(got), sorted(expected)))

print("1..%d" % len(results))
for i, (name, ok, detail, why) in enumerate(results, 1):
    if why is not None:
        print("ok %d %s # SKIP %s" % (i, name, why))
        continue
    print("%s %d %s" % ("ok" if ok else "not ok", i, name))
    if not ok and detail:
        print("# " + detail.replace("\n", "\n# "))
sys.exit(0 if all(ok for _, ok, _, _ in results) else 1)
