"""Patterns made once per lexicon, not once per pair (speed38): ``analyze._alternatives`` kept per list of
words, ``generic_units.ask_denied``'s question pattern kept per lexicon and its denial frames per lexicon and
thing asked. What is kept is built from the lexicon alone; what a question asks is read from each question."""

from __future__ import annotations

import re

import pytest

# one answer that denies an assessment and discussions, and says nothing of an estimate
ANSWER = (
    "<p>No specific assessment has been made on the impact of the scheme. There have been no discussions "
    "with the council on the matter.</p>"
)
ASSESSMENT = (
    "To ask the Secretary of State for Transport, what assessment she has made of the impact of the scheme."
)
DISCUSSIONS = "To ask the Secretary of State for Transport, what discussions she has had with the council."
ESTIMATE = (
    "To ask the Secretary of State for Transport, what estimate she has made of the cost of the scheme."
)


def _denied(question: str, answer: str, doc_id: int, lexicon_dir: str | None = None) -> str | None:
    from qa_align.align import align
    from qa_align.generic_units import ask_denied
    from qa_align.rules.context import DocContext, PairContext
    from qa_align.settings import Settings

    from .conftest import uk_doc

    settings = Settings(rules=("generic",), recycled_across_documents=False, lexicon_dir=lexicon_dir)
    doc = uk_doc(question, answer, doc_id=doc_id)
    pairs = align(doc, settings)
    return ask_denied(PairContext(DocContext(doc, pairs, settings), pairs[0]))


def test_one_answer_is_read_for_each_question_it_serves():
    # the same answer under three questions, one after the other in one process, and the first again: each
    # question's own thing asked is looked for, none carried over from the document before
    assert (
        _denied(ASSESSMENT, ANSWER, 1) == "No specific assessment has been made on the impact of the scheme."
    )
    assert _denied(DISCUSSIONS, ANSWER, 2) == "There have been no discussions with the council on the matter."
    assert _denied(ESTIMATE, ANSWER, 3) is None
    assert (
        _denied(ASSESSMENT, ANSWER, 4) == "No specific assessment has been made on the impact of the scheme."
    )


def test_a_repeated_answer_gives_what_it_gives_alone(tmp_path):
    # the discussions question read first in a fresh lexicon's process state (its own folder), then after the
    # other questions have filled the kept patterns: the same sentence
    from pathlib import Path

    built_in = Path(__file__).resolve().parents[1] / "qa_align" / "lexicons" / "en.toml"
    (tmp_path / "en.toml").write_text(built_in.read_text(encoding="utf-8"), encoding="utf-8")
    alone = _denied(DISCUSSIONS, ANSWER, 1, str(tmp_path))
    assert alone == "There have been no discussions with the council on the matter."
    _denied(ASSESSMENT, ANSWER, 2, str(tmp_path))
    _denied(ESTIMATE, ANSWER, 3, str(tmp_path))
    assert _denied(DISCUSSIONS, ANSWER, 4, str(tmp_path)) == alone


def test_a_lexicon_folder_has_patterns_of_its_own(tmp_path):
    # the built-in lexicon's patterns kept first; a folder whose denied_asks lack "discussion" reads none
    from pathlib import Path

    assert _denied(DISCUSSIONS, ANSWER, 1) == "There have been no discussions with the council on the matter."
    built_in = Path(__file__).resolve().parents[1] / "qa_align" / "lexicons" / "en.toml"
    text = built_in.read_text(encoding="utf-8")
    line = 'denied_asks = [\n  "assessment", "estimate", "evaluation", "discussion", '
    assert text.count(line) == 1
    (tmp_path / "en.toml").write_text(
        text.replace(line, line.replace('"discussion", ', "")), encoding="utf-8"
    )
    assert _denied(DISCUSSIONS, ANSWER, 2, str(tmp_path)) is None
    assert _denied(DISCUSSIONS, ANSWER, 3) == "There have been no discussions with the council on the matter."


@pytest.mark.parametrize("words", [("no data", "no", "not held"), ["no data", "no", "not held"]])
def test_alternatives_longest_first_whatever_the_sequence(words):
    from qa_align.analyze import _alternatives

    assert _alternatives(words) == r"not\s+held|no\s+data|no"
    # asked again (kept): the same text
    assert _alternatives(words) == r"not\s+held|no\s+data|no"


def test_alternatives_of_nothing_match_nothing():
    from qa_align.analyze import _alternatives

    assert _alternatives(()) == "(?!)"
    assert _alternatives([]) == "(?!)"
    assert re.search(_alternatives(()), "anything") is None


def test_alternatives_kept_do_not_mix_lists():
    from qa_align.analyze import _alternatives

    assert _alternatives(("per jaar",)) == r"per\s+jaar"
    assert _alternatives(("per jaar", "per provincie")) == r"per\s+provincie|per\s+jaar"
    assert _alternatives(("per jaar",)) == r"per\s+jaar"


def _untaken(question: str, answer: str, doc_id: int) -> str | None:
    from qa_align.align import align
    from qa_align.generic_units import assessment_untaken
    from qa_align.rules.context import DocContext, PairContext
    from qa_align.settings import Settings

    from .conftest import uk_doc

    settings = Settings(rules=("generic",), recycled_across_documents=False)
    doc = uk_doc(question, answer, doc_id=doc_id)
    pairs = align(doc, settings)
    return assessment_untaken(PairContext(DocContext(doc, pairs, settings), pairs[0]))


def test_the_assessment_asked_is_each_question_s():
    # one description of the scheme under three questions: the assessment or the estimate each asks is
    # named; a question that asks neither names none; an answer that speaks of the impact is no description
    described = "<p>The scheme runs in six towns and is funded by the Department until 2027.</p>"
    assert _untaken(ASSESSMENT, described, 1) == "what assessment"
    assert _untaken(ESTIMATE, described, 2) == "what estimate"
    assert _untaken(DISCUSSIONS, described, 3) is None
    assert _untaken(ASSESSMENT, ANSWER, 4) is None
    assert _untaken(ASSESSMENT, described, 5) == "what assessment"
