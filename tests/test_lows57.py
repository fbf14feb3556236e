"""lows57: review58's lows (session 56), each read against the code and real documents. Expected readings written
by hand.

- (low 1) ``[question] noun_determiners`` leaves out "het", "dit", "deze", "dat", "die": right. After "Is" / "Zijn"
  they are the subject before a participle about as often as a determiner before a noun in be-kamer 2017 ("Is dit
  verwezenlijkt?" 185105, "Is het afgerond?" 184661, "Is dat gebeurd?" 190441); read as determiners, the step asked
  in the participle is lost. The guards below pass with the shipped lexicon and fail with the word added.
- (low 2) ``[coverage] keeping_words`` held "cost", "costs": a claim "The Department does not hold the total costs
  of treatment" then named nothing of a unit asking the costs. Now "disproportionate cost(s)" is taken out of the
  claim whole (an entry of several words) and a bare "cost" is a word of the unit. "central", "form", "kept" stay.
- (low 3) ``answers._ge_participle`` took any word in "-aan" with "ge" in its first five letters: not "omgaan",
  "ingaan" (no "ge" in them), but the infinitive "tegengaan" and nouns ("geslachtsorgaan"). Now only "gedaan",
  "gegaan", "gestaan", a prefix before them or not.
- (low 4) ``engine.cluster_logs`` set back the level it found after importing ``distributed`` (which sets
  "distributed" to INFO): a level the caller set before the first import was lost. Now the caller's.
- (low 5) ``cli._scored``'s generator sets Dask's loggers back (and closes its cluster) when read to its end or
  closed: right, for an error in ``cmd_score``'s loop closes it too (CPython pops the loop's iterator as the error
  leaves the frame; nothing else holds it), even while the traceback is kept. A guard.
- (low 6) ``scripts/train_generic.py`` kept its readings in one shared default cache, read whatever code or labels
  scored it. Now the default cache is named by the code and the labels, and a cache says what it was scored with.

The tests marked so fail on b7977a3b (this file run against a ``git archive b7977a3b`` copy); the guards pass on
both."""

from __future__ import annotations

import logging
import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

from qa_align import coverage
from qa_align.align import align
from qa_align.rules import answers
from qa_align.rules.context import DocContext, PairContext
from qa_align.settings import Settings

from .conftest import be_doc, flags_by_unit, script, uk_doc

ROOT = Path(__file__).resolve().parents[1]
YES_NO = Settings(rules=("yes_no_unanswered",), recycled_across_documents=False, answered_model="none")
FILLER = "Ik dank u voor uw vraag. Het dossier volgt de gewone procedure. "

# --- low 1: "het", "dit", "deze", "dat", "die" are also the subject --------------------------------------------


def _with_determiner(tmp_path: Path, word: str) -> str:
    """A lexicon folder of the shipped files with ``word`` added to ``[question] noun_determiners``."""
    for name in ("nl.toml", "en.toml"):
        text = (ROOT / "qa_align/lexicons" / name).read_text(encoding="utf-8")
        if name == "nl.toml":
            text, n = re.subn(r"^noun_determiners = \[", f'noun_determiners = ["{word}", ', text, flags=re.M)
            assert n == 1
        (tmp_path / name).write_text(text, encoding="utf-8")
    return str(tmp_path)


def _settings(lexicon_dir: str | None) -> Settings:
    return Settings(
        rules=("yes_no_unanswered",),
        recycled_across_documents=False,
        answered_model="none",
        lexicon_dir=lexicon_dir,
    )


def _step_taken(question: str, answer: str, lexicon_dir: str | None = None) -> bool:
    """``_takes_step_of`` on the unit's last closed question."""
    settings = _settings(lexicon_dir)
    doc = be_doc(question, FILLER + answer, doc_id="l57")
    pairs = align(doc, settings)
    ctx = PairContext(DocContext(doc, pairs, settings), pairs[0])
    return answers._takes_step_of(ctx, ctx.question.closed[-1])


# be-kamer 185105's closed question (its preamble sentence before it), a subject "dit" before the participle
REALISED = (
    "Deze aanpassingen hadden tot doel een aanzienlijke administratieve vereenvoudiging voor zowat alle bedrijven "
    "te realiseren. Is dit verwezenlijkt?"
)
STEPS = [
    ("dit", REALISED, "De administratieve vereenvoudiging werd in 2016 verwezenlijkt."),
    ("deze", "Welke maatregelen werden er vorig jaar genomen tegen de fraude? Zijn deze geëvalueerd?",
     "De maatregelen werden in 2016 geëvalueerd."),
    ("het", "Er werd een nieuw voorstel ingediend. Is het besproken op de ministerraad?",
     "Dit werd vorige week besproken op de ministerraad."),
]  # fmt: skip


@pytest.mark.parametrize(("word", "question", "answer"), STEPS)
def test_a_subject_before_the_participle_keeps_the_step_asked(word, question, answer):  # guard
    assert _step_taken(question, answer)


@pytest.mark.parametrize(("word", "question", "answer"), STEPS)
def test_read_as_a_determiner_the_subject_loses_the_step(word, question, answer, tmp_path):  # guard
    # why the five are left out: with the word a determiner, the participle after it reads as a noun
    assert not _step_taken(question, answer, _with_determiner(tmp_path, word))


@pytest.mark.parametrize(
    ("word", "question", "answer"),
    [
        ("dat", "De wet voorzag een evaluatie van de regeling. Is dat onderzocht door de administratie?",
         "Dit werd vorige maand onderzocht."),
        ("die", "Hoeveel dossiers zijn er nog hangende? Zijn die onderzocht door de administratie?",
         "Deze werden vorige maand onderzocht."),
    ],
)  # fmt: skip
def test_the_step_said_answers_a_subject_question_only_while_the_word_is_no_determiner(
    word, question, answer, tmp_path
):  # guard
    assert flags_by_unit(be_doc(question, FILLER + answer, doc_id="l57"), YES_NO)["1"] == []
    doc = be_doc(question, FILLER + answer, doc_id="l57")
    assert flags_by_unit(doc, _settings(_with_determiner(tmp_path, word)))["1"] == ["yes_no_unanswered"]


# --- low 2: a bare "cost" in a claim is the cost asked ---------------------------------------------------------

COSTS = (
    "To ask the Secretary of State for Health and Social Care, what the costs to the NHS were of treating patients "
    "with gonorrhoea in each of the last five years."
)


def _unit(question: str):
    (unit,) = uk_doc(question, "<p>Answer.</p>").question.units
    return unit


def test_claim_that_the_costs_are_not_held_names_a_unit_asking_the_costs():  # fails on b7977a3b
    assert coverage.claim_names_unit(
        "The Department does not hold information on these costs.", _unit(COSTS), "en"
    )


@pytest.mark.parametrize(
    "claim",
    [
        "This information could only be obtained at disproportionate cost.",
        # uk-commons 1738497's claim beside its annex
        "This information may be held on court records but to examine individual court records would be of "
        "disproportionate costs.",
        "The Department does not hold a central record of this information.",
    ],
)
def test_claim_on_how_data_are_kept_names_nothing_of_a_unit_asking_the_costs(claim):  # guard
    assert not coverage.claim_names_unit(claim, _unit(COSTS), "en")


def test_claim_on_a_central_record_names_nothing_of_a_unit_asking_central_funding():  # guard
    # "central" in such a claim says how data are kept ("hold a central record of": 19 of uk-commons' 84)
    unit = _unit(
        "To ask the Secretary of State for Education, how many schools received central funding for breakfast "
        "clubs in 2023."
    )
    assert not coverage.claim_names_unit("The Department does not hold a central record of this.", unit, "en")


# --- low 3: "-aan" only in "gedaan", "gegaan", "gestaan" -------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "participle"),
    [
        # an infinitive ("... die de opening van nieuwe apotheken wil tegengaan", be-kamer 191448)
        ("tegengaan", False),
        ("geslachtsorgaan", False),
        ("geldkraan", False),
        ("omgaan", False),  # review58's examples: no "ge" in them
        ("ingaan", False),
        ("gedaan", True),
        ("toegestaan", True),
        ("nagegaan", True),
        ("voorgedaan", True),
        ("tegengegaan", True),
    ],
)
def test_a_word_in_aan_is_a_participle_only_in_gedaan_gegaan_gestaan(word, participle):  # fails on b7977a3b
    assert answers._ge_participle(word) is participle


def test_view_asked_with_an_infinitive_in_aan_is_not_settled_by_a_step():  # fails on b7977a3b
    # "tegengaan" read as a participle made the view asked a step asked, and "onderzocht" met "onderzoek"
    question = "Is het uw overtuiging dat een grondig onderzoek de fraude in de bouwsector kan tegengaan?"
    answer = FILLER + "De fraude in de bouwsector werd vorig jaar door de inspectie onderzocht."
    assert flags_by_unit(be_doc(question, answer, doc_id="l57"), YES_NO)["1"] == ["yes_no_unanswered"]


def test_step_asked_in_gedaan_is_still_settled_by_the_step():  # guard (lows56's case)
    question = "Is hier al onderzoek naar gedaan door de administratie?"
    answer = FILLER + "Dit werd vorig jaar onderzocht."
    assert flags_by_unit(be_doc(question, answer, doc_id="l57"), YES_NO)["1"] == []


# --- low 4: the caller's level from before the first import of distributed -------------------------------------

FIRST_IMPORT = """
import logging, sys
logging.getLogger("distributed").setLevel(logging.CRITICAL)
from qa_align.engine import cluster_logs
assert "distributed" not in sys.modules
with cluster_logs(logging.WARNING):
    inside = logging.getLogger("distributed").level
print(inside, logging.getLogger("distributed").level)
"""


def test_cluster_logs_sets_back_a_level_set_before_distributed_was_imported():  # fails on b7977a3b
    pytest.importorskip("distributed")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", FIRST_IMPORT], capture_output=True, text=True, env=env, timeout=120, check=True
    )
    # WARNING inside the block; after it the caller's CRITICAL, not the INFO the import set
    assert done.stdout.split() == [str(logging.WARNING), str(logging.CRITICAL)]


# --- low 5: the command closes the engine's generator ----------------------------------------------------------

DASK_LOGGERS = ("distributed", "distributed.scheduler", "distributed.worker", "distributed.nanny")


def test_score_with_dask_sets_its_loggers_back_when_writing_fails(monkeypatch, tmp_path):  # guard
    # right as it is: the loop's iterator lives only on cmd_score's stack, which the error pops as it leaves, and
    # the generator is closed then (its ``finally`` runs from cmd_score's ``out.add`` line); a name held for it
    # (``items = _scored(...)``) would keep it open, Dask's loggers and cluster with it, while the traceback is kept
    pytest.importorskip("distributed")
    from qa_align import cli, engine, sinks
    from qa_align.types import Problem

    loggers = [logging.getLogger(n) for n in DASK_LOGGERS]
    saved = [x.level for x in loggers]
    for x in loggers:
        x.setLevel(logging.CRITICAL)
    closed = []

    def fake_scored(*args, **kwargs):  # the engine: a client that is closed when the generator is
        try:
            yield Problem(path="a.txt", reason="unreadable")
            yield Problem(path="b.txt", reason="unreadable")
        finally:
            closed.append(True)

    def add(self, item):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(engine, "iter_scored", fake_scored)
    monkeypatch.setattr(sinks.ResultFiles, "add", add)
    (tmp_path / "in").mkdir()
    try:
        with pytest.raises(OSError, match="No space left") as failed:
            cli.main(["score", str(tmp_path / "in"), "--engine", "dask", "-q", "-o", str(tmp_path / "a.csv")])
        # the traceback still held (as a notebook holds its last one): the generator was closed as the error left
        # cmd_score, the loggers are the caller's again
        assert closed == [True]
        assert [x.level for x in loggers] == [logging.CRITICAL] * 4
        assert failed.value.errno == 28  # (held to here)
    finally:
        for x, level in zip(loggers, saved):
            x.setLevel(level)


# --- low 6: train_generic's cache, named by what it was scored with --------------------------------------------


def _sets(tmp_path: Path, text: str) -> dict[str, list[str]]:
    f = tmp_path / "dev-x.jsonl"
    f.write_text(text, encoding="utf-8")
    return {"dev-x": [str(f)]}


def test_a_cache_scored_with_other_code_or_labels_is_refused(tmp_path):  # fails on b7977a3b
    with script("train_generic") as train_generic:
        sets = _sets(tmp_path, '{"doc_id": 1}\n')
        stamp = train_generic.cache_stamp(sets)
        assert train_generic.stale_cache({"stamp": stamp}, sets) is None
        other_code = {**stamp, "code": "0" * 64}
        other = train_generic.stale_cache({"stamp": other_code}, sets)
        assert other == "scored with other code (qa_align's files differ)"
        relabelled = _sets(tmp_path, '{"doc_id": 1, "label": "partial"}\n')
        assert train_generic.stale_cache({"stamp": stamp}, relabelled) == "scored with other labels of dev-x"
        sets = _sets(tmp_path, '{"doc_id": 1}\n')  # the labels it was scored with
        more = {**sets, "dev-y": sets["dev-x"]}
        assert train_generic.stale_cache({"stamp": stamp}, more) == "scored without dev-y"


def test_the_default_cache_is_named_by_the_code(monkeypatch):  # fails on b7977a3b
    with script("train_generic") as train_generic:
        # (``code_fingerprint``: runcache's files less the unit model's and the cards, review59)
        monkeypatch.setattr(train_generic, "code_fingerprint", lambda: "a" * 64)
        first = train_generic.default_cache()
        monkeypatch.setattr(train_generic, "code_fingerprint", lambda: "b" * 64)
        other = train_generic.default_cache()
        assert first.parent == other.parent == Path("/tmp/train_generic")
        assert re.fullmatch(r"units-[0-9a-f]{12}\.pkl", first.name)
        assert first != other


def test_main_refuses_a_cache_of_other_code(tmp_path):  # fails on b7977a3b
    path = tmp_path / "units.pkl"
    path.write_bytes(pickle.dumps({"units": [], "features": {}, "stamp": {"code": "0" * 64, "labels": {}}}))
    with script("train_generic") as train_generic:
        with pytest.raises(SystemExit, match="scored with other code .*; score again"):
            train_generic.main(["--cache", str(path), "--modes", "model"])


def test_write_cache_replaces_the_file_whole(tmp_path):  # fails on b7977a3b
    path = tmp_path / "sub" / "units.pkl"
    with script("train_generic") as train_generic:
        train_generic.write_cache(path, {"units": [1]})
        train_generic.write_cache(path, {"units": [2]})
    assert pickle.loads(path.read_bytes()) == {"units": [2]}
    assert [p.name for p in path.parent.iterdir()] == ["units.pkl"]
