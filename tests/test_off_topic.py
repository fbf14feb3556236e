"""off_topic: calibrated thresholds per language, flags only below both."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from qa_align.rules import PairContext, get_rules
from qa_align.rules.context import DocContext
from qa_align.rules.topic import calibration
from qa_align.settings import DEFAULT_RULES, Settings
from qa_align.types import Flag


@pytest.fixture
def cal_file(tmp_path):
    path = tmp_path / "off_topic.json"
    path.write_text(
        json.dumps(
            {
                "languages": {
                    "nl": {
                        "similarity": 0.05,
                        "identifiability": 0.4,
                        "quantile": 0.05,
                        "min_words": 15,
                        "answered_units": 80,
                    }
                }
            }
        ),
        encoding="utf-8",
    )
    calibration.cache_clear()
    yield str(path)
    calibration.cache_clear()


def _flags(doc, n, settings, sim, ident, flags=()):
    from qa_align.align import align

    (rule,) = get_rules(["off_topic"])
    pair = next(p for p in align(doc, settings) if p.question.n == n)
    return rule(PairContext(DocContext(doc, (pair,), settings), pair, sim, ident, flags))


def test_off_topic_below_both_thresholds(cyber_doc, cal_file):
    settings = Settings(off_topic_calibration=cal_file)
    # answer 2 of the cybersecurity document is long enough (over 15 words)
    (flag,) = _flags(cyber_doc, "2", settings, 0.01, 0.2)
    assert flag.name == "off_topic" and "0.01" in flag.reason and "0.20" in flag.reason
    (ev,) = flag.evidence
    # the answer's first sentence; its offsets point into the source (line breaks kept there)
    assert " ".join(cyber_doc.text[ev.start : ev.end].split()) == ev.text
    assert ev.text.startswith("Tot op heden") and ev.text.endswith("gebeurd.")
    assert _flags(cyber_doc, "2", settings, 0.06, 0.2) == []  # close enough to the question
    assert _flags(cyber_doc, "2", settings, 0.01, 0.5) == []  # told apart from other answers
    assert _flags(cyber_doc, "2", settings, None, None) == []  # no similarity computed (--model none)
    referral = (Flag("cross_reference", "points to another answer"),)
    assert _flags(cyber_doc, "2", settings, 0.01, 0.2, referral) == []  # explained by another flag


def test_off_topic_needs_a_calibration(cyber_doc, tmp_path, cal_file):
    assert _flags(cyber_doc, "2", Settings(off_topic_calibration="none"), 0.0, 0.0) == []
    missing = Settings(off_topic_calibration=str(tmp_path / "nothing.json"))
    assert _flags(cyber_doc, "2", missing, 0.0, 0.0) == []
    assert "off_topic" not in DEFAULT_RULES  # opt-in: no labelled positive to measure it on


def test_calibration_is_the_5_percent_quantile_of_answered_units(tmp_path):
    from qa_align.evaluate import GoldDoc, GoldUnit
    from qa_align.train import calibrate_off_topic

    # 25 answered units with similarity 0.01 .. 0.25 and identifiability 0.04 .. 1.00
    units = tuple(GoldUnit(str(i), (str(i),), "answered", frozenset()) for i in range(1, 26))
    gold = [GoldDoc("src", "d1", "numbered", units)]
    scored = [
        SimpleNamespace(
            document=SimpleNamespace(source="src", doc_id="d1", metadata=SimpleNamespace(language="nl")),
            pair=SimpleNamespace(question=SimpleNamespace(n=str(i)), answer_text="woord " * 20),
            similarity=i / 100,
            identifiability=i * 0.04,
        )
        for i in range(1, 26)
    ]
    report = calibrate_off_topic(gold, scored, tmp_path / "o.json")
    nl = report["languages"]["nl"]
    # position 0.05 * 24 = 1.2 between the 2nd and 3rd values: 0.02 + 0.2 * 0.01, 0.08 + 0.2 * 0.04
    assert nl["similarity"] == pytest.approx(0.022)
    assert nl["identifiability"] == pytest.approx(0.088)
    assert nl["answered_units"] == 25
    # too few units of a language: no thresholds for it
    report = calibrate_off_topic(
        [GoldDoc("src", "d1", "numbered", units[:10])], scored[:10], tmp_path / "p.json"
    )
    assert report["languages"] == {}
