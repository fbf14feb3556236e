"""The uptake of the question's words (``rules.answers.specifics``) is the same to the last bit in
every process: its weights were summed in the order of a set of strings, which follows Python's
string hashing (``PYTHONHASHSEED``), so the same document gave a score feature that differed in its
last bits from one run to the next (found by dedupe19, session 19)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# uk-commons 1848916 (reference-dev), its question and the first sentences of its answer
PROGRAM = """
from qa_align.pipeline import score_document
from qa_align.readers.uk_commons import read_record
from qa_align.rules.answers import specifics
from qa_align.rules.context import DocContext, PairContext
from qa_align.settings import Settings

doc = read_record({"id": 1, "questionText": (
    "To ask the Secretary of State for Justice, whether any barring orders have been made under "
    "section 91(14) of the Children Act 1989 in each of the last five years; and how many such "
    "orders were not complied with."), "answerText": (
    "<p>The Ministry of Justice does not hold information on the number of barring orders made "
    "in each year, which could only be obtained at disproportionate cost. Where an order is not "
    "complied with, the court may consider enforcement action.</p>")}, "t")
settings = Settings()
(sp,) = score_document(doc, settings)
ctx = DocContext(doc, (sp.pair,), settings)
print(repr(specifics(PairContext(ctx, sp.pair)).uptake))
"""


def _uptake(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", PROGRAM], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    )
    return out.stdout.strip().splitlines()[-1]


def test_the_uptake_does_not_depend_on_the_string_hashing():
    readings = {_uptake(seed) for seed in ("0", "1", "2", "3", "4")}
    assert len(readings) == 1, readings
    assert 0.0 < float(readings.pop()) < 1.0  # some of the question's words are taken up, not all
