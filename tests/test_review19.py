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
