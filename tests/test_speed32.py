"""speed32: a cue is found in a sentence by bisection over the cues' ordered starts (``analyze.cue_starts``,
``analyze.starts_in``) and a figure's sentence by bisection over the answer's sentences
(``coverage._sentence_at``), not every figure tried for every sentence. The readings are those of the linear
scans they replace (``any(s.start <= c.start < s.end for c in cues)``, the first sentence that holds a
position). Speed is measured in ``scripts/bench_map.py``, not here."""

from __future__ import annotations

from qa_align.analyze import Cue, analyze_answer, cue_starts, starts_in
from qa_align.coverage import _sentence_at
from qa_align.readers.uk_commons import read_record as uk_record

# uk-commons 1663324 (unlabelled): two sentences, one figure in the first, three in the second
BEDS = (
    "<p>The number of National Health Service planned core general and acute beds in 2022/23 was 94,500. "
    "The 5,000 additional beds will take the core bed base to 99,500 this winter.</p>"
)


def _analysis():
    doc = uk_record({"id": 1663324, "questionText": "To ask ... how many beds.", "answerText": BEDS}, "t")
    return analyze_answer(doc.answer.segments[0], "en", cue_model="lexicon")


def test_each_sentence_holds_the_figures_that_start_in_it():
    a = _analysis()
    first, second = a.sentences
    starts = cue_starts(a.figures)
    assert starts == sorted(starts)
    assert starts_in(first, starts) and starts_in(second, starts)
    # the second sentence's own figures only: the first sentence holds none of them
    own = cue_starts(f for f in a.figures if f.text in ("5,000", "99,500"))
    assert not starts_in(first, own)
    assert starts_in(second, own)
    assert not starts_in(first, [])


def test_a_cue_at_a_sentence_end_is_the_next_sentence_s():
    first, second = Cue(0, 10, "x" * 10, "sentence"), Cue(10, 20, "y" * 10, "sentence")
    assert not starts_in(first, [10])
    assert starts_in(second, [10])
    assert starts_in(first, [9, 10])


def test_a_figure_s_sentence_is_the_one_it_stands_in():
    a = _analysis()
    at = _sentence_at(a.sentences)
    for f in a.figures:
        assert at(f.start) == next(s for s in a.sentences if s.start <= f.start < s.end)
    beds = a.text.index("94,500")
    assert at(beds) is a.sentences[0]
    assert at(a.text.index("99,500")) is a.sentences[1]
    assert at(len(a.text) + 5) is None


def test_overlapping_sentences_give_the_first_in_order():
    # not an answer's split, but the reading stays the linear scan's: the first sentence that holds it
    wide, inner = Cue(0, 30, "w" * 30, "sentence"), Cue(10, 20, "i" * 10, "sentence")
    assert _sentence_at((wide, inner))(15) is wide
    assert _sentence_at((inner, wide))(15) is inner
    assert _sentence_at((inner, wide))(25) is wide
