"""The cue classifier's held-out predictions by sentence (``cues_train.held_out``) and the script
that writes a cue's held-out errors (``scripts/cue_held_out.py``), on sentences written by hand:
obvious pointers and plain facts, two to a document."""

from __future__ import annotations

import json

from qa_align.cues import CUES
from qa_align.cues_train import LabelledSentence, cross_validate, held_out

from .conftest import script

MONTHS = ["January", "March", "May", "July", "September", "November"]
# 24 pointers and 24 facts: a training part of two folds holds 12 of each, over the 10 positives a
# cue needs to be fitted (``cues_train.MIN_POSITIVES``)
POINTERS = [
    *(f"I refer the hon. Member to the answer I gave on {d} {m}." for d, m in zip(range(1, 7), MONTHS)),
    *(f"Please see the answer given to Question {n}." for n in (4411, 1202, 3307, 918, 2250, 771)),
    *(f"I refer my hon. Friend to the reply given on {d} {m}." for d, m in zip(range(10, 16), MONTHS)),
    *(
        f"The figures are published on GOV.UK, as set out in my answer of {d} {m}."
        for d, m in zip(range(20, 26), MONTHS)
    ),
]
FACTS = [
    *(f"In {y} there were {n} cases." for y, n in zip(range(2010, 2016), (45, 12, 80, 7, 19, 33))),
    *(f"The school opened in {m}." for m in MONTHS),
    *(f"{n} officers were trained last year." for n in ("Twelve", "Five", "Forty", "Nine", "Eighty", "Six")),
    *(f"The budget rose by {n} per cent." for n in (4, 2, 7, 11, 3, 9)),
]


def _rows() -> list[LabelledSentence]:
    # document d{k} holds one pointer and one fact; the facts are listed first
    rows = [
        LabelledSentence(f"n{k}", "uk-commons", f"d{k}", "en", t, ("none",), "a.jsonl")
        for k, t in enumerate(FACTS)
    ]
    rows += [
        LabelledSentence(f"p{k}", "uk-commons", f"d{k}", "en", t, ("pointer",), "b.jsonl")
        for k, t in enumerate(POINTERS)
    ]
    return rows


def test_every_sentence_is_held_out_once_in_its_documents_fold():
    rows = _rows()
    scored = held_out(rows, lexicon=False, folds=2)
    assert [h.row.id for h in scored] == [r.id for r in rows]
    fold_of = {}
    for h in scored:
        # the two sentences of a document are held out together
        assert fold_of.setdefault(h.row.doc_id, h.fold) == h.fold
        assert len(h.probabilities) == len(h.thresholds) == len(CUES)
    assert sorted(fold_of.values()) == [0] * 12 + [1] * 12
    # one model per fold: one set of thresholds per fold
    assert len({h.thresholds for h in scored if h.fold == 0}) == 1
    assert len({h.thresholds for h in scored if h.fold == 1}) == 1


def test_the_held_out_model_finds_the_obvious_pointers_and_no_fact():
    scored = held_out(_rows(), lexicon=False, folds=2)
    assert [h.row.id for h in scored if "pointer" in h.predicted] == [f"p{k}" for k in range(24)]
    assert {c for h in scored for c in h.predicted} == {"pointer"}


def test_the_cross_validation_figures_of_a_perfect_pointer():
    # every pointer found, nothing else raised: the figures of a perfect pointer
    cv = cross_validate(_rows(), lexicon=False, folds=2)
    assert cv["languages"]["en"]["cues"]["pointer"] == {
        "support": 24,
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
    }
    assert cv["files"]["en/b.jsonl"]["cues"]["pointer"]["support"] == 24
    assert cv["files"]["en/a.jsonl"]["cues"]["pointer"] == {
        "support": 0,
        "precision": None,
        "recall": None,
        "f1": None,
    }


def _write(tmp_path, rows) -> str:
    path = tmp_path / "tiny.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            obj = {"id": r.id, "source": r.source, "doc_id": r.doc_id, "language": r.language}
            fh.write(json.dumps({**obj, "sentence": r.sentence, "labels": list(r.labels)}) + "\n")
    return str(path)


def test_the_script_writes_the_errors_of_a_cue(tmp_path, capsys):
    rows = _rows()
    # one fact labelled a pointer: held out, it is a false label the model cannot find
    rows[0] = LabelledSentence("n0", "uk-commons", "d0", "en", FACTS[0], ("pointer",))
    labels = _write(tmp_path, rows)
    out = tmp_path / "errors.jsonl"
    with script("cue_held_out") as mod:
        assert (
            mod.main([labels, "--language", "en", "--cue", "pointer", "--out", str(out), "--folds", "2"]) == 0
        )
    errors = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(e["id"], e["error"], e["file"]) for e in errors] == [("n0", "missed", "tiny.jsonl")]
    assert errors[0]["sentence"] == FACTS[0]
    assert errors[0]["p"] < errors[0]["threshold"]
    table = capsys.readouterr().out
    assert "| all | 24 | 0 | 1 | 0.980 |" in table


def test_the_script_writes_every_sentence_with_all(tmp_path):
    labels = _write(tmp_path, _rows())
    out = tmp_path / "all.jsonl"
    with script("cue_held_out") as mod:
        assert (
            mod.main(
                [labels, "--language", "en", "--cue", "pointer", "--out", str(out), "--folds", "2", "--all"]
            )
            == 0
        )
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 48
    assert {e["error"] for e in lines} == {""}


def test_the_script_refuses_a_language_without_sentences(tmp_path):
    labels = _write(tmp_path, _rows())
    with script("cue_held_out") as mod:
        assert (
            mod.main([labels, "--language", "nl", "--cue", "pointer", "--out", str(tmp_path / "x.jsonl")])
            == 2
        )
