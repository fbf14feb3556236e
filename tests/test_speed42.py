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


def _readings(ctx, reference) -> dict:
    """What a shared context has read and keeps, as text: each ``cached_property`` value it holds (beside
    what ``reference``, a context no rule was given, reads for it), ``DocContext``'s memos, and the
    attributes it holds that are neither fields nor cached readings. A rule that changed one changes this."""
    from dataclasses import fields
    from functools import cached_property

    held = {f.name for f in fields(ctx)}
    cached = {n for n, v in vars(type(ctx)).items() if isinstance(v, cached_property)}
    got: dict = {("attributes", type(ctx).__name__): sorted(set(vars(ctx)) - held - cached)}
    for name, value in vars(ctx).items():
        if name in ("_answers", "_said", "_readings"):
            got.update({(name, key): repr(v) for key, v in value.items()})
        elif name in cached:
            got[name] = (repr(value), repr(getattr(reference, name)))
    return got


def _shared_context_differences(docs, rules) -> list[str]:
    """Every early rule run on each pair of ``docs`` on a context of its own, on one context shared by all
    of them in order (as ``map_document`` runs them) and on one shared in reverse order: where the outputs
    differ, or a rule changed what the shared context had read (review44's check, made a test)."""
    from qa_align.align import align
    from qa_align.rules.context import DocContext, PairContext
    from qa_align.settings import Settings

    settings = Settings()
    found: list[str] = []
    for doc in docs:
        pairs = align(doc, settings)
        forward, backward = DocContext(doc, pairs, settings), DocContext(doc, pairs, settings)
        for p in pairs:
            own = [repr(tuple(r(PairContext(DocContext(doc, pairs, settings), p)))) for r in rules]
            shared = PairContext(forward, p)
            reference = PairContext(DocContext(doc, pairs, settings), p)  # given to no rule
            ahead = []
            for r in rules:
                before = {**_readings(shared, reference), **_readings(forward, reference.doc)}
                ahead.append(repr(tuple(r(shared))))
                after = {**_readings(shared, reference), **_readings(forward, reference.doc)}
                changed = [k for k, v in before.items() if after.get(k) != v]
                changed += [k for k, v in after.items() if isinstance(v, tuple) and v[0] != v[1]]
                changed += [k for k in after if k[0] == "attributes" and after[k] != before.get(k)]
                found += [
                    f"{doc.doc_id} {p.question.n}: {r.name} changed {k}" for k in dict.fromkeys(changed)
                ]
            back = PairContext(backward, p)
            behind = [repr(tuple(r(back))) for r in reversed(rules)][::-1]
            found += [
                f"{doc.doc_id} {p.question.n}: {r.name} gives another output on a shared context"
                for r, a, b, c in zip(rules, own, ahead, behind, strict=True)
                if not a == b == c
            ]
    return found


def _a_few_documents() -> list:
    import itertools

    from qa_align.pipeline import iter_documents
    from qa_align.types import Document

    from .conftest import CORPUS

    docs = []
    for source in ("vlaams-parlement", "be-kamer", "tweede-kamer", "uk-commons"):
        found = (d for d in iter_documents([CORPUS / source]) if isinstance(d, Document))
        docs += itertools.islice(found, 2)
    return docs


def test_every_early_rule_gives_the_same_on_a_shared_context_and_changes_none():
    # review44: ``map_document`` runs the early rules on one ``PairContext`` per pair; what each gives there,
    # in order or in reverse, is what it gives on a context of its own, and no rule changes what the shared
    # context read (a rule that did would change the rules after it)
    from qa_align.document_rules import early_rules
    from qa_align.rules import Rule, registry

    rules = early_rules(list(registry().values()))
    docs = _a_few_documents()
    assert len(docs) == 8 and len(rules) >= 10
    assert _shared_context_differences(docs, rules) == []

    # the check fails on a rule that changes its context: one that adds to the answers read
    def adds_an_answer(ctx):
        if ctx.answers:
            ctx.answers.append(ctx.answers[0])
        return ()

    meddler = Rule("meddler", "adds to its context's answers", adds_an_answer)
    found = _shared_context_differences(docs, [meddler, *rules])
    assert any("meddler changed answers" in f for f in found), found[:5]
    assert any("gives another output on a shared context" in f for f in found), found[:5]

    # and on one that sets an attribute on it
    def marks(ctx):
        object.__setattr__(ctx, "seen", True)
        return ()

    found = _shared_context_differences(docs[:1], [Rule("marker", "marks its context", marks), *rules])
    assert found and all("marker changed ('attributes', 'PairContext')" in f for f in found), found[:5]
