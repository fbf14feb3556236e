"""Work read once per pair or per sentence in the map stage (speed42): the early rules of a document share
one ``PairContext`` per pair (its ``asked``, ``answers`` and ``references`` read once, not once per rule),
and ``coverage._said_span`` finds a compound's tail of data with one search of the sentence
(``coverage._ending_on``), its words found once."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from qa_align.analyze import Cue

TAILS = ("gegevens", "cijfers", "e-mail")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("de controlegegevens zijn er", True),  # a compound ending on a tail
        ("gegevens", True),  # the tail itself, at the text's end
        ("de gegevensbank is gesloten", False),  # a word beginning with a tail ends on none
        ("het aantal cijfers.", True),  # a full stop after it
        ("geen gegevens_x hier", False),  # "_" is a word character: the word ends on "_x"
        ("zie e-mail", False),  # a tail with a hyphen ends no word: left out
        ("niets hierover", False),
    ],
)
def test_a_word_ending_on_a_tail_is_found_as_the_words_would_find_it(text, found):
    from qa_align.coverage import _ending_on, _word_set

    pattern = _ending_on(TAILS)
    assert (pattern.search(text) is not None) is found
    # the reading it replaces, each word tried against each tail
    assert any(w.endswith(d) for w in _word_set(text) for d in TAILS) is found


def test_no_tail_left_gives_no_pattern():
    from qa_align.coverage import _ending_on

    assert _ending_on(()) is None
    assert _ending_on(("e-mail", "data base")) is None


def _sentences(*texts: str) -> SimpleNamespace:
    """An answer as ``_said_span`` reads it: its sentences."""
    out, at = [], 0
    for t in texts:
        out.append(Cue(at, at + len(t), t, "sentence"))
        at += len(t) + 1
    return SimpleNamespace(sentences=tuple(out))


def test_a_compound_of_data_speaks_of_data_in_a_compounding_language():
    # guard (passes before and after speed42): the docstring's example, whose only word of data is the
    # tail of "controlegegevens"
    from qa_align.coverage import _patterns, _said_span

    p = _patterns("nl", None)
    answer = _sentences(
        "Er zijn relevante controlegegevens die enkel voor de periode na 1 september 2016 worden verstrekt."
    )
    assert _said_span([answer], p, compounding=True) == (2016, None)
    assert _said_span([answer], p, compounding=False) == (None, None)


def test_the_rules_of_a_document_share_one_context_per_pair():
    from qa_align.document_rules import map_document
    from qa_align.rules import Rule
    from qa_align.settings import Settings

    from .conftest import be_doc

    seen: list[tuple[str, object]] = []

    def first(ctx):
        seen.append(("first", ctx))
        return []

    def second(ctx):
        seen.append(("second", ctx))
        return []

    doc = be_doc(
        "1. Hoeveel klachten werden er in 2016 ingediend? 2. Hoeveel daarvan werden gegrond verklaard?",
        "1. Er werden 120 klachten ingediend. 2. Daarvan werden er 40 gegrond verklaard.",
    )
    settings = Settings(score_model="none", recycled_across_documents=False)
    result = map_document(doc, settings, [Rule("first", "records", first), Rule("second", "records", second)])
    assert len(result.pairs) == 2
    # per pair, the first rule's context is the second's; the two pairs have their own
    by_pair = [seen[k : k + 2] for k in range(0, len(seen), 2)]
    assert [[name for name, _ in two] for two in by_pair] == [["first", "second"], ["first", "second"]]
    for (_, a), (_, b) in by_pair:
        assert a is b
    assert by_pair[0][0][1] is not by_pair[1][0][1]
    assert [two[0][1].pair for two in by_pair] == [p.pair for p in result.pairs]


def test_a_rule_reads_the_same_answers_from_the_shared_context():
    # guard: what a rule reads of the shared context is what a context of its own gives
    from qa_align.align import align
    from qa_align.rules.context import DocContext, PairContext
    from qa_align.settings import Settings

    from .conftest import be_doc

    doc = be_doc(
        "1. Hoeveel klachten werden er in 2016 ingediend? 2. Hoeveel daarvan werden gegrond verklaard?",
        "Er werden 120 klachten ingediend, waarvan 40 gegrond. Zie ook mijn antwoord op vraag nr. 12.",
    )
    settings = Settings()
    pairs = align(doc, settings)
    ctx = DocContext(doc, pairs, settings)
    shared = [PairContext(ctx, p) for p in pairs]
    for pc, p in zip(shared, pairs, strict=True):
        own = PairContext(DocContext(doc, pairs, settings), p)
        assert pc.answers == own.answers
        assert pc.asked == own.asked
        assert [(s.start, s.end, c) for s, c in pc.references] == [
            (s.start, s.end, c) for s, c in own.references
        ]
