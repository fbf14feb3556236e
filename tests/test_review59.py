"""review59: readings of generic57's ``object_features`` that no test held (each mutated by hand: counting every
name off the object, reading policy talk or figures in every sentence off the object, all passed
``tests/test_generic57.py``). Expected values from reading the sentences against recommendation 38's object
(reference-dev 1783845's question, ``test_generic57.PEOPLE_Q``): which words of a name the object holds, which
sentence holds a figure, which holds a phrase of policy talk."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from .conftest import be_doc, flags_by_unit, uk_doc
from .test_generic57 import OTHER, PEOPLE_Q, _read

# a sentence on the object with a name made of the object's words ("Five-Step Approach of Recommendation"): the
# figure 38 in it stands on the object too
ON_NAMED = "The Five-Step Approach of Recommendation 38 combines innovative engagement online with real-life opportunities."
# a sentence off the object, a phrase of policy talk ("a priority") and a name, no figure
OFF_TALK = "The Armed Forces Recruitment Programme remains a priority."


def _features(answer: str) -> dict[str, float]:
    from qa_align.generic_units import generic_features

    return _read(PEOPLE_Q, f"<p>{answer}</p>", generic_features)


def test_a_name_of_the_object_s_words_is_a_name_on_the_object():
    on = _features(ON_NAMED)
    assert (on["names_on_object"], on["names_off_object"]) == (pytest.approx(math.log1p(1)), 0.0)
    # its figure stands on the object, nothing general off it
    assert on["figures_off_object"] == 0.0
    assert on["general_off_object"] == pytest.approx(0.0, abs=1e-9)
    # beside a sentence on another matter, each name counted on its side
    both = _features(f"{ON_NAMED} {OTHER}")
    assert both["names_on_object"] == pytest.approx(math.log1p(1))
    assert both["names_off_object"] == pytest.approx(math.log1p(1))  # "Armed Forces Recruitment Programme"


def test_policy_talk_off_the_object_is_read_only_in_a_sentence_of_policy_talk():
    # OTHER holds no phrase of policy talk: its general terms stand off the object, none of them as talk
    other = _features(OTHER)
    assert other["general_off_object"] > 0.0
    assert other["talk_off_object"] == 0.0
    # "remains a priority": all its general terms off the object are talk
    talk = _features(OFF_TALK)
    assert talk["general_off_object"] > 0.0
    assert talk["talk_off_object"] == pytest.approx(talk["general_off_object"])


def test_figures_off_the_object_are_read_only_in_a_sentence_that_holds_a_figure():
    # OFF_TALK stands wholly off the object but holds no figure; OTHER holds 5,000
    assert _features(OFF_TALK)["figures_off_object"] == 0.0
    assert _features(f"{OFF_TALK} {OTHER}")["figures_off_object"] == pytest.approx(math.log1p(1))


# --- train_generic's cache stamp: the unit model's own file and the model cards are no part of the readings ------


def _tree(root: Path) -> dict[str, Path]:
    """A checkout of three files: a module, the unit model's file, its card."""
    files = {
        "code": root / "qa_align" / "rules.py",
        "model": root / "qa_align" / "models" / "generic-units.json",
        "card": root / "models" / "generic-units.md",
    }
    for name, f in files.items():
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(f"{name} 1\n", encoding="utf-8")
    return files


def test_a_refit_written_leaves_the_cache_it_was_fitted_on_valid(tmp_path, monkeypatch):  # fails on staging57
    # the cache is scored with ``generic_model`` "none": `--write` of the unit model, or an edit of its card, changes
    # no reading; a module edited does (each file's content, a new process: the stamps read again)
    from qa_align import runcache

    from .conftest import script

    files = _tree(tmp_path)
    monkeypatch.setattr(runcache, "PACKAGE", tmp_path / "qa_align")
    monkeypatch.setattr(runcache, "MODELS", tmp_path / "models")
    sets = {"dev-x": [str(files["code"])]}  # any file stands for the labels here
    with script("train_generic") as train_generic:
        monkeypatch.setattr(train_generic, "GENERIC_MODEL", files["model"], raising=False)
        runcache.fingerprint.cache_clear()
        stamp = train_generic.cache_stamp(sets)
        files["model"].write_text("model 2 (a refit written)\n", encoding="utf-8")
        files["card"].write_text("card 2\n", encoding="utf-8")
        runcache.fingerprint.cache_clear()
        assert train_generic.stale_cache({"stamp": stamp}, sets) is None
        files["code"].write_text("code 2\n", encoding="utf-8")
        runcache.fingerprint.cache_clear()
        assert train_generic.stale_cache(
            {"stamp": {**stamp, "labels": train_generic.cache_stamp(sets)["labels"]}}, sets
        ) == ("scored with other code (qa_align's files differ)")
    runcache.fingerprint.cache_clear()


# --- breakdown57: the table's announcing sentence, a price asked -------------------------------------------------


def test_a_sentence_before_a_table_that_names_no_table_gives_it_no_years():
    # a statement on the years 2011 to 2015 before the caption "Tabel 1:": no `[cues] table_ref` in it, so it does
    # not say which years the table holds (the table may hold 2016); only a sentence naming the table does
    from .test_breakdown57 import A185762, Q185762, SETTINGS

    stated = A185762.replace(
        "Hierna vindt u een tabel die een overzicht geeft per bedrijfstak van de evolutie (2011 tot 2015) van het "
        "aantal verzekeringsplichtigen",
        "Tussen 2011 en 2015 steeg het aantal verzekeringsplichtigen",
    )
    assert stated != A185762
    assert flags_by_unit(be_doc(Q185762, stated, date_tabled="2017-01-27"), SETTINGS)["1"] == []


PRICE_Q = (
    "To ask the Chancellor of the Exchequer, what price was paid for the freehold of the building at 1 Horse Guards "
    "Road."
)
PRIJS_Q = "Het gebouw aan de Wetstraat werd vorig jaar verkocht. Wat was de verkoopprijs van het gebouw?"


def test_a_price_asked_is_an_amount_asked():
    from .test_breakdown57 import SETTINGS

    def uk(answer):
        return flags_by_unit(uk_doc(PRICE_Q, answer, date_tabled="2024-09-12"), SETTINGS)["1"]

    def be(answer):
        return flags_by_unit(be_doc(PRIJS_Q, answer, date_tabled="2017-05-30"), SETTINGS)["1"]

    # no price given (a year is no amount): figures_missing; the price given: none
    assert uk("The Department does not comment on individual property transactions.") == ["figures_missing"]
    assert uk("The Department paid £12 million for the freehold in 2019.") == []
    assert be("Het gebouw werd in 2016 verkocht aan een privé-investeerder.") == ["figures_missing"]
    assert be("Het gebouw werd in 2016 verkocht voor 12 miljoen euro.") == []
