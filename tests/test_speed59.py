"""speed59: two readings of the map kept rather than made again, with no change of output.

``attribute.stems`` is kept per text and language (``_stems_kept``): ``_attribute`` stemmed every unit's
question text again for each segment of the answer, and the scoring's unit counts stem the question texts
once more. ``rules.answers.gate_reading`` (holding58's unit gate) takes the probability and reading of each
kept sentence that the sentence-level decision already read whole for the unit (``_reaching``, by the
analysis and the sentence's offsets: review60's low (a)) instead of reading the sentence again.

Each test fails where the store answers for another text, language or sentence than the one asked."""

from __future__ import annotations

from qa_align.attribute import _stems_kept, stems

from .test_generic57 import _read
from .test_holding58 import BUS_Q


def test_stems_are_those_of_the_text_asked_not_of_one_kept_before():
    # by reading: words of five letters or more, lower-cased, cut to six letters, no function word
    _stems_kept.cache_clear()
    assert stems("How many hospitals were closed in Flanders?", "en") == {"hospit", "closed", "flande"}
    # "werden" is one of spaCy's Dutch function words; "De" and "in" are too short
    assert stems("De ziekenhuizen werden gesloten", "nl") == {"zieken", "geslot"}
    # the first text again, after another: its own stems, not the last text's
    assert stems("How many hospitals were closed in Flanders?", "en") == {"hospit", "closed", "flande"}


def test_stems_are_kept_per_language():
    # "whether" is an English function word, no Dutch one: the same text gives two sets
    _stems_kept.cache_clear()
    assert stems("whether schools", "en") == {"school"}
    assert stems("whether schools", "nl") == {"whethe", "school"}
    assert stems("whether schools", "en") == {"school"}


def test_a_caller_changing_its_stems_changes_no_later_answer():
    # ``_attribute`` and the scoring take the sets as their own (``bags``, ``words - {...}``, ``|``)
    _stems_kept.cache_clear()
    first = stems("Closing hospitals in Flanders", "en")
    first.add("bogus")
    first.discard("hospit")
    assert stems("Closing hospitals in Flanders", "en") == {"closin", "hospit", "flande"}


LATER = "The figures for rural routes will be published in due course."
ANSWER = f"<p>The Department collects data on local bus services from operators each year. {LATER}</p>"


def _gate(readings_of):
    """``gate_reading`` of the two sentences of ``ANSWER`` to ``BUS_Q`` with the readings ``readings_of(ctx,
    seg, a, model)`` gives, beside the gate's reading with none: (with, without)."""
    from qa_align.rules import answers

    def read(ctx):
        model = answers._sentences_model(ctx.doc.settings.holding_sentences_model, ctx.doc.settings.cue_model)
        seg, a = ctx.pair.segments[0], ctx.answers[0]
        kept = [(seg, a, s) for s in a.sentences]
        given = answers.gate_reading(ctx, kept, model, readings_of(ctx, seg, a, model))
        alone = answers.gate_reading(ctx, kept, model)
        return (given.features, given.sentence[1].text), (alone.features, alone.sentence[1].text)

    return _read(BUS_Q, ANSWER, read)


def test_the_gate_takes_the_sentence_level_readings_and_reads_the_same():
    # every sentence read whole by ``_reaching`` (at a bar of 0, which any probability reaches): the gate's
    # features and sentence are those it reads on its own, the second sentence the deferral (review60's test)
    from qa_align.rules import answers

    def reached(ctx, seg, a, model):
        readings = {}
        for s in a.sentences:
            assert answers._reaching(ctx, seg, a, s, model, 0.0, readings=readings) is not None
        assert sorted(readings) == sorted((id(a), s.start, s.end) for s in a.sentences)
        return readings

    given, alone = _gate(reached)
    assert given == alone
    assert given[1] == LATER


def test_the_gate_takes_no_reading_of_another_sentence():
    # a reading kept for the second sentence alone (planted: probability 0.01, every share 0.5) is that
    # sentence's alone: the first is read afresh, at its own probability, and is then the likeliest
    from qa_align.rules import answers

    planted = {name: 0.5 for name in answers.SENTENCE_FEATURES}
    fresh = []

    def second_only(ctx, seg, a, model):
        first, second = a.sentences
        fresh.append(answers.learned(model, answers.sentence_reading(ctx, seg, a, first))[0])
        return {(id(a), second.start, second.end): (0.01, planted)}

    (features, sentence), (alone, alone_sentence) = _gate(second_only)
    assert alone_sentence == LATER and sentence != LATER
    assert fresh[0] > 0.01
    assert features["p_sentence"] == fresh[0]
    # the first sentence's own shares, read as the gate reads them with no reading kept
    assert features["asked_share"] != 0.5 or features["rest_share"] != 0.5


def test_the_gate_takes_a_reading_kept_for_the_sentence_itself():
    # planted for the first sentence (probability 0.99, every share 0.5): taken, so the first is now the
    # likeliest and its planted shares are read; what the gate reads of the unit is unchanged
    from qa_align.rules import answers

    planted = {name: 0.5 for name in answers.SENTENCE_FEATURES}

    def first_only(ctx, seg, a, model):
        s = a.sentences[0]
        return {(id(a), s.start, s.end): (0.99, planted)}

    (features, sentence), (alone, alone_sentence) = _gate(first_only)
    assert sentence != LATER and alone_sentence == LATER
    assert features["p_sentence"] == 0.99
    assert features["asked_share"] == 0.5 and features["rest_share"] == 0.5
    assert features["answer_share"] == alone["answer_share"]
    assert features["english"] == alone["english"] == 1.0


def test_the_gate_takes_no_reading_kept_for_another_analysis():
    # the same offsets in another analysis (``id``): not this sentence's
    from qa_align.rules import answers

    planted = {name: 0.5 for name in answers.SENTENCE_FEATURES}

    def elsewhere(ctx, seg, a, model):
        return {(id(object()), s.start, s.end): (0.99, planted) for s in a.sentences}

    given, alone = _gate(elsewhere)
    assert given == alone
    assert given[1] == LATER
