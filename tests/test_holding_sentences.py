"""The sentence-level decision of ``holding`` (``Settings.holding_sentences_model``,
``rules.answers``): a model file read lazily, its readings of a deferral sentence beside the
unit's question (``sentence_reading``), a filter on the sentences the rule's tests keep and a
second way in for those they drop and for sentences that name something to come in a future form.
The models here are written by hand with one feature each, so that the flag shows what the feature
reads; expected values from reading the question and answer."""

import pytest

from qa_align.errors import ConfigError
from qa_align.pipeline import score_document
from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.settings import Settings

from .conftest import be_doc, model_file

QUESTION = "To ask the Secretary of State for Transport, how many rural bus routes were withdrawn in 2023."
# the rule keeps it: "will publish ... in due course", something to come
DEFERS = "The Department will publish the figures in due course."
BE_QUESTION = "Hoeveel vergunningen werden in 2016 uitgereikt?"
# the whole answer points to an answer another minister will give (``corpus/gold/README.md``, reading
# 6: a later answer promised, ``holding``); no deferral cue of the lexicon stands in it
OTHER_ANSWER = (
    "Ik verwijs het geachte lid naar het antwoord dat gegeven zal worden op haar vraag door de "
    "eerste minister."
)


def _flag(doc, model: str):
    settings = Settings(
        rules=("holding",), holding_model="none", holding_sentences_model=model, cue_model="learned"
    )
    (sp,) = score_document(doc, settings)
    return next((f for f in sp.flags if f.name == "holding"), None)


def _uk(answer: str):
    return uk_record({"id": 1, "questionText": QUESTION, "answerText": f"<p>{answer}</p>"}, "t")


def test_a_kept_deferral_is_filtered_by_the_sentence_model(tmp_path):
    # "english" weighed -10: an English sentence reads p ~ 0, below the threshold 0.5: dropped
    assert _flag(_uk(DEFERS), "none") is not None
    assert _flag(_uk(DEFERS), model_file(tmp_path, "english", -10.0)) is None
    assert _flag(_uk(DEFERS), model_file(tmp_path, "english", 10.0)) is not None


def test_a_sentence_of_something_to_come_enters_by_the_sentence_model(tmp_path):
    doc = be_doc(BE_QUESTION, OTHER_ANSWER)
    assert _flag(doc, "none") is None  # the rule alone: no deferral cue
    # "future" weighed +10 ("zal"): p ~ 1, at least the enter 0.5
    flag = _flag(doc, model_file(tmp_path, "future", 10.0, threshold=0.0, enter=0.5))
    assert flag is not None
    assert [e.text for e in flag.evidence] == [OTHER_ANSWER]
    # an enter above any probability: the rule decides
    assert _flag(doc, model_file(tmp_path, "future", 10.0, threshold=0.0, enter=1.01)) is None


def test_a_present_tense_or_a_data_lag_does_not_enter(tmp_path):
    model = model_file(tmp_path, "to_come", 10.0, threshold=0.0, enter=0.5)
    # "informeer" names something to come in the lexicon, but the sentence has no future form: it
    # informs now (be-kamer 188675, a hand-over)
    present = be_doc(
        BE_QUESTION,
        "Ik informeer het geachte lid dat zijn vraag onder de bevoegdheid valt van de minister van Justitie.",
    )
    assert _flag(present, model) is None
    # the figures of a later period to come: a data lag, beside the answer
    lag = _uk(
        "In 2023, 14 rural bus routes were withdrawn. Data for 2024 is not yet available and will be published in March."
    )
    assert _flag(lag, model) is None


def test_a_named_model_that_is_missing_or_malformed_is_an_error_naming_the_setting(tmp_path):
    with pytest.raises(ConfigError, match="holding_sentences_model: .* not found"):
        _flag(_uk(DEFERS), str(tmp_path / "absent.json"))
    with pytest.raises(ConfigError, match=r"holding_sentences_model: .* unknown features \['sunshine'\]"):
        _flag(_uk(DEFERS), model_file(tmp_path, "sunshine", 1.0))
    with pytest.raises(ConfigError, match="holding_sentences_model: .* 'enter' that is no number"):
        _flag(_uk(DEFERS), model_file(tmp_path, "future", 1.0, enter="soon"))
    bad = tmp_path / "cut.json"
    bad.write_text('{"features": ["future"], "mean": [0.0], "sca', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"holding_sentences_model: .*cut\.json is no model file"):
        _flag(_uk(DEFERS), str(bad))


def test_the_shipped_model_reads_known_features():
    from qa_align.rules import answers

    model = answers._sentences_model("", "learned")
    assert model is not None
    assert set(model["features"]) <= set(answers.SENTENCE_FEATURES)
    assert 0.0 <= model["threshold"] <= model["enter"]


def test_a_dear_feature_alone_still_decides(tmp_path):
    # "asked_share" is read only where the plain features leave the decision open (``_reaching``):
    # weighed alone, at its greatest (1) it may reach the enter, so it is read. "Ik verwijs ... naar
    # het antwoord dat gegeven zal worden" takes up none of the words asked ("vergunningen",
    # "uitgereikt"); the same sentence naming the licences takes them up
    model = model_file(tmp_path, "asked_share", 10.0, threshold=0.0, enter=0.5)
    assert _flag(be_doc(BE_QUESTION, OTHER_ANSWER), model) is None
    named = (
        "Voor de uitgereikte vergunningen verwijs ik het geachte lid naar het antwoord dat gegeven zal "
        "worden door de eerste minister."
    )
    assert _flag(be_doc(BE_QUESTION, named), model) is not None


@pytest.mark.parametrize("at_least", [0.0, 0.1, 0.5, 0.65, 0.9])
def test_the_bound_leaves_out_only_sentences_that_cannot_reach(at_least):
    # every sentence of a few answers, read whole (``sentence_reading``) and through the bound
    # (``_reaching``): None only where the whole reading is below ``at_least``, else the same
    from qa_align.align import align
    from qa_align.rules import DocContext, PairContext, answers

    model = answers._sentences_model("", "learned")
    settings = Settings(cue_model="learned")
    docs = [
        be_doc(BE_QUESTION, OTHER_ANSWER),
        be_doc(
            BE_QUESTION,
            "De cijfers voor 2016 zijn nog niet beschikbaar. Ik zal ze u bezorgen zodra ze er zijn.",
        ),
        _uk(DEFERS),
        _uk("In 2023, 14 rural bus routes were withdrawn. Data for 2024 will be published in March."),
    ]
    read = skipped = 0
    for doc in docs:
        ctx = DocContext(doc, tuple(align(doc, settings)), settings)
        for pair in ctx.pairs:
            pc = PairContext(ctx, pair)
            for seg, a in zip(pair.segments, pc.answers):
                for s in a.sentences:
                    whole, _ = answers.learned(model, answers.sentence_reading(pc, seg, a, s))
                    bounded = answers._reaching(pc, seg, a, s, model, at_least)
                    assert bounded == (whole if whole >= at_least else None) or (
                        bounded == whole and whole < at_least
                    )
                    read += 1
                    skipped += bounded is None
    assert read >= 6
    if at_least == 0.65:
        assert skipped >= 1  # the bound does leave some out (review11: else it passes without ``_reaching``)
