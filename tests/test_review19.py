"""Review of session 19's merged round (helper review19): what the round's changes must still do
where the code meets an installation or an input its helpers did not try."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import sys

import pytest


def test_function_words_come_from_spacy_whatever_its_files_layout(monkeypatch, tmp_path):
    # speed21 reads ``lang/en/stop_words.py`` next to spaCy's ``__init__.py`` without importing spaCy;
    # a spaCy whose files stand elsewhere (no such file there) must still give its function words
    # ("whether", "the"), not none: with none, "whether" and "the" count as content words in every
    # attribution and every unit count
    spacy_words = pytest.importorskip("spacy.lang.en.stop_words")
    from qa_align import attribute

    (tmp_path / "spacy").mkdir()
    (tmp_path / "spacy" / "__init__.py").write_text("", encoding="utf-8")
    elsewhere = importlib.machinery.ModuleSpec("spacy", None, origin=str(tmp_path / "spacy" / "__init__.py"))
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, package=None: elsewhere)
    monkeypatch.delitem(sys.modules, "spacy.lang.en.stop_words")
    attribute._stop_words.cache_clear()
    try:
        words = attribute._stop_words("en")
    finally:
        attribute._stop_words.cache_clear()
    assert "whether" in words and "the" in words
    assert words == frozenset(spacy_words.STOP_WORDS)


def test_the_words_that_point_back_are_no_cue_matched_in_every_answer():
    # holding19's "refers_back" ("this", "these", "that", "those", "such") is read by the holding rule at
    # the opening of a deferring sentence (``answers._refers_back``), not as a cue: matched as one, every
    # such word of every English answer became a cue of its own ("that the Department ...", "this year")
    from qa_align.analyze import answer_cues

    answer = (
        "The Government has received representations in relation to the application of s57 of the Finance "
        "Act 2012 to charities. These are being considered through the normal policy processes."
    )
    assert [c.text for c in answer_cues(answer, "en") if c.kind == "refers_back"] == []
