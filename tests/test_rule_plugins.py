"""A rule added from a single new module, found through an entry point of group
``qa_align.rules``: it is listed, run, flagged and evaluated with no other file edited."""

from __future__ import annotations

import csv
import os
import subprocess
import sys

from .conftest import CORPUS, CYBER, ROOT

PLUGIN = """
from qa_align.rules import rule
from qa_align.types import Flag


@rule("names_vlaio", "the answer names the agency VLAIO (a plug-in)", cues=("agency",), order=200)
def names_vlaio(ctx):
    for analysis in ctx.answers:
        found = analysis.cue("agency")
        if found:
            yield Flag("names_vlaio", f"names '{found[0].text}'")
            return
"""


def _run(args: list[str], plugins) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(plugins), str(ROOT)])}
    done = subprocess.run(
        [sys.executable, "-m", "qa_align", *args], capture_output=True, text=True, env=env, timeout=600
    )
    assert done.returncode == 0, done.stderr
    return done


def test_a_rule_from_one_new_module_is_listed_scored_and_evaluated(tmp_path):
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    (plugins / "vlaio_rule.py").write_text(PLUGIN, encoding="utf-8")
    info = plugins / "vlaio_rule-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: vlaio-rule\nVersion: 0.1\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text("[qa_align.rules]\nnames_vlaio = vlaio_rule\n", encoding="utf-8")
    # its cue list is lexicon data: a user's lexicon with one list more
    lexicons = tmp_path / "lexicons"
    lexicons.mkdir()
    builtin = (ROOT / "qa_align" / "lexicons" / "nl.toml").read_text(encoding="utf-8")
    (lexicons / "nl.toml").write_text(
        builtin.replace("[cues]\n", '[cues]\nagency = ["VLAIO"]\n', 1), encoding="utf-8"
    )

    listed = _run(["rules"], plugins).stdout
    assert "names_vlaio" in listed and "the agency VLAIO" in listed

    out = tmp_path / "out.csv"
    _run(["score", str(CYBER), "--all", "-q", "-o", str(out), "--lexicon-dir", str(lexicons)], plugins)
    with out.open(encoding="utf-8") as fh:
        rows = {r["question_no"]: r for r in csv.DictReader(fh)}
    # answer 3 opens "3. VLAIO kijkt erop toe dat ..."; answer 1 speaks of companies, not VLAIO
    assert "names_vlaio" in rows["3"]["flags"].split(";")
    assert "names_vlaio" not in rows["1"]["flags"].split(";")
    # a model trained before the rule existed still gives its score (its features are known)
    assert all(r["score"] for r in rows.values())

    gold = tmp_path / "gold.jsonl"
    line = next(
        x for x in (CORPUS / "gold" / "dev.jsonl").read_text(encoding="utf-8").splitlines() if CYBER.stem in x
    )
    gold.write_text(line + "\n", encoding="utf-8")
    table = _run(
        ["eval", str(gold), str(CYBER), "--lexicon-dir", str(lexicons), "--model", "none"], plugins
    ).stdout
    assert any(row.split()[:1] == ["names_vlaio"] for row in table.splitlines())
