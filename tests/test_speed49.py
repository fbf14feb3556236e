"""speed49: the answer-side cue matcher's phrases found per first word once (``_Matchers.following``),
a phrase's words before a gap compared in a loop (``_match_at``, no call per word), and a segment's
cues put by kind once (``AnswerAnalysis.cue``). The same matches, phrases and cues as before; the
expected values below are written by hand."""

from __future__ import annotations

import sys

from qa_align.analyze import AnswerAnalysis, Cue, _match_at, matchers


def test_a_phrase_longer_than_the_recursion_limit_matches_without_a_call_per_word():
    # one call per word reached Python's recursion limit on a phrase of as many words as it
    words = ["w"] * (sys.getrecursionlimit() + 50)
    phrase = tuple(words)
    assert _match_at(words, 0, phrase) == len(words)
    assert _match_at([*words[:-1], "x"], 0, phrase) == -1


def test_match_at_as_written_out_by_hand():
    # a guard (passes on fb2527b too): the loop matches as the calls did
    words = "the information is not held centrally by the department .".split()
    assert _match_at(words, 3, ("not", "held")) == 5
    assert _match_at(words, 3, ("not", "*", "centrally")) == 6
    assert _match_at(words, 1, ("information", "*", "held")) == 5
    assert _match_at(words, 3, ("not", "kept")) == -1
    assert _match_at(words, 9, ("not",)) == -1
    assert _match_at(words, 4, ()) == 4
    # a gap of five words at most: "held" stands four words after "information", "department" seven
    assert _match_at(words, 1, ("information", "*", "department")) == -1
    # the possessive's three tokens are one word of the gap
    words = "the agency ' s own remit".split()
    assert _match_at(words, 1, ("agency", "*", "remit")) == 6


def test_following_is_made_once_per_first_word_and_shared_by_any_second_word_it_does_not_name():
    m = matchers("en")
    scope = "answer"
    index = m.phrases(scope)
    # a first word with phrases of a named second word and phrases of one word or a gap
    head = next(
        h
        for h, ps in index.items()
        if any(len(p) >= 2 and p[1] != "*" for p, _ in ps) and any(len(p) < 2 or p[1] == "*" for p, _ in ps)
    )
    phrases = index[head]
    second = next(p[1] for p, _ in phrases if len(p) >= 2 and p[1] != "*")
    unnamed_a, unnamed_b = "zzqx-not-a-word", "qqzx-nor-this"
    # the same list object for two second words no phrase names: one table per first word
    assert m.following(scope, head, unnamed_a) is m.following(scope, head, unnamed_b)
    # and the phrases are those the index holds for them, in its order
    assert m.following(scope, head, unnamed_a) == [(p, k) for p, k in phrases if len(p) < 2 or p[1] == "*"]
    assert m.following(scope, head, second) == [
        (p, k) for p, k in phrases if len(p) < 2 or p[1] == "*" or p[1] == second
    ]
    assert m.following(scope, head, "") == m.following(scope, head, unnamed_a)


def _analysis(cues: tuple[Cue, ...]) -> AnswerAnalysis:
    return AnswerAnalysis((), (), (), (), cues=cues, language="en", text="x" * 200)


def test_cue_puts_the_segments_cues_by_kind_once():
    m = matchers("en")
    answer_kinds = sorted(m.kinds - m.opening_kinds - m.on_demand_kinds)
    a, b = answer_kinds[0], answer_kinds[1]
    cues = (Cue(0, 3, "one", a), Cue(5, 8, "two", b), Cue(10, 13, "six", a), Cue(20, 23, "ten", b))
    analysis = _analysis(cues)
    assert analysis.cue(a) == (cues[0], cues[2])
    # the grouping was made once, for every kind at the first question
    assert analysis._of_kind == {a: [cues[0], cues[2]], b: [cues[1], cues[3]]}
    assert analysis.cue(b) == (cues[1], cues[3])
    assert analysis.cue(answer_kinds[2]) == ()


# speed49's ``asks._roots`` (the bounds' square roots kept per word count) is gone: speed51 works the
# bounds out on arrays, a chunk's sentences at once (``tests/test_speed51.py``)


def test_a_sentence_holds_a_figure_with_a_digit_of_any_script():
    # a guard (passes on fb2527b too): the ASCII search and the test character by character agree
    from qa_align.coverage import _holds_figure

    assert _holds_figure("We spent 40 million.")
    assert not _holds_figure("The information is not held centrally.")
    # the number of a list item the sentence opens is no figure
    assert not _holds_figure("Om verschillende redenen is het niet mogelijk: 1.")
    assert _holds_figure("In 2016: 1.")
    # "²" is a digit to ``str.isdigit``, "٣" (Arabic-Indic three) too; "½" is not
    assert _holds_figure("Het gaat om 40 m² per persoon.")
    assert _holds_figure("Een oppervlakte van m² per cel.")
    assert _holds_figure("Café ٣ jaar")
    assert not _holds_figure("Een half, ½, is geen cijfer hier; café.")
