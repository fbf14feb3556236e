"""`corpus/gold/README.readings.md` against the labelled sets.

Every example of the guide is written `` `SET DOC_ID N`: LABEL[, FLAG...] `` (", no flag" where the
unit carries none) and must say what the unit carries now in `corpus/gold/SET.jsonl`: the same label
and exactly the same flags. A relabelling that makes an example stale fails here, naming the example,
so the bullet is read again. The JSON lines are read directly; test sets are never named.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent.parent / "corpus" / "gold"
GUIDE = GOLD / "README.readings.md"

LABELS = ("answered", "partial", "not_answered")
# `../shared/LABELS.md`'s fixed list
FLAGS = (
    "missing_answer",
    "breakdown_missing",
    "figures_missing",
    "recycled_text",
    "echoes_question",
    "deflection",
    "cross_reference",
    "no_information",
    "yes_no_unanswered",
    "off_topic",
    "generic",
    "holding",
)

# any backticked "set doc n" followed by ": " is meant as an example
CANDIDATE = re.compile(r"`([\w.-]+) ([\w.-]+) ([\w.,-]+)`: ")
FLAG_ALT = "|".join(FLAGS)
EXAMPLE = re.compile(
    r"`(?P<set>[\w.-]+) (?P<doc>[\w.-]+) (?P<n>[\w.,-]+)`: "
    rf"(?P<label>{'|'.join(LABELS)})\b"
    rf"(?P<flags>(?:, (?:{FLAG_ALT})\b)*)"
)


def guide_examples(text: str) -> list[tuple[str, str, str, str, tuple[str, ...], int]]:
    """(set, doc_id, n, label, flags, line) of every example; a candidate that is not well formed
    raises, so a mistyped example cannot slip past unchecked."""
    out = []
    for cand in CANDIDATE.finditer(text):
        line = text.count("\n", 0, cand.start()) + 1
        m = EXAMPLE.match(text, cand.start())
        if m is None:
            raise AssertionError(
                f"README.readings.md line {line}: example not of the form "
                f"`SET DOC N`: LABEL[, FLAG...]: {text[cand.start() : cand.end() + 40]!r}"
            )
        flags = tuple(f.strip() for f in m.group("flags").split(",") if f.strip())
        out.append((m.group("set"), m.group("doc"), m.group("n"), m.group("label"), flags, line))
    return out


@cache
def gold_units(set_name: str) -> dict[tuple[str, str], dict]:
    path = GOLD / f"{set_name}.jsonl"
    units: dict[tuple[str, str], dict] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            for u in rec["units"]:
                units[(str(rec["doc_id"]), str(u["n"]))] = u
    return units


EXAMPLES = guide_examples(GUIDE.read_text(encoding="utf-8")) if GUIDE.is_file() else []


def test_guide_has_its_examples():
    assert GUIDE.is_file(), f"{GUIDE} missing"
    # the guide holds a few hundred examples; far fewer means the parser no longer reads them
    assert len(EXAMPLES) >= 150, f"only {len(EXAMPLES)} examples parsed from README.readings.md"


def test_guide_names_no_test_set_unit():
    named = sorted({s for s, *_ in EXAMPLES if s.startswith("test") or s.startswith("reference")})
    assert not named, f"README.readings.md names test-set units: {named}"


@pytest.mark.parametrize(
    "set_name,doc_id,n,label,flags,line",
    EXAMPLES,
    ids=[f"{s}-{d}-{n}-line{ln}" for s, d, n, _, _, ln in EXAMPLES],
)
def test_example_matches_its_unit(set_name, doc_id, n, label, flags, line):
    where = f"README.readings.md line {line}, `{set_name} {doc_id} {n}`"
    assert (GOLD / f"{set_name}.jsonl").is_file(), f"{where}: no corpus/gold/{set_name}.jsonl"
    unit = gold_units(set_name).get((doc_id, n))
    assert unit is not None, f"{where}: no such unit in {set_name}.jsonl"
    assert len(set(flags)) == len(flags), f"{where}: a flag written twice"
    assert unit["label"] == label, (
        f"{where}: the guide says {label}, {set_name}.jsonl has {unit['label']} (relabelled? read the bullet again)"
    )
    assert sorted(unit["flags"]) == sorted(flags), (
        f"{where}: the guide says flags {sorted(flags)}, {set_name}.jsonl has {sorted(unit['flags'])} "
        "(relabelled? read the bullet again)"
    )
