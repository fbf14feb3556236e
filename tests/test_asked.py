"""The content words a closed question asks with and an answer sentence says (``rules.asked``):
compared by their first ``Settings.stem_letters`` letters, and in a compounding language
(``[words] compounding`` of its lexicon) by a compound's last word."""

from types import SimpleNamespace

from qa_align.lexicon import load_lexicon, parse_lexicon
from qa_align.rules.asked import matched
from qa_align.settings import Settings


def _ctx(lexicon, settings: Settings | None = None):
    # what ``matched`` reads of a unit's context: the document's lexicon and settings
    return SimpleNamespace(doc=SimpleNamespace(lexicon=lexicon, settings=settings or Settings()))


def test_dutch_compounds_and_english_words_apart():
    nl, en = load_lexicon("nl"), load_lexicon("en")
    assert nl.compounding and not en.compounding
    # "rookverbod" speaks of the "verbod" asked about; "hervormingsvoorstellen" of "voorstellen"
    assert matched({"rookverbod", "hervormingsvoorstellen"}, {"verbod", "voorstellen"}, _ctx(nl)) == {
        "verbod",
        "voorstellen",
    }
    # in English "vision" is no part of "television"
    assert matched({"television"}, {"vision"}, _ctx(en)) == set()


def test_compounding_is_the_lexicons_not_the_languages():
    # an English lexicon of a user's that says its language compounds reads compounds; a Dutch one
    # that does not, does not
    data = {"language": "en", "words": {"compounding": True}}
    en_compounding = parse_lexicon({**_required(), **data}, "test")
    assert matched({"television"}, {"vision"}, _ctx(en_compounding)) == {"vision"}
    nl_plain = parse_lexicon({**_required(), "language": "nl"}, "test")
    assert matched({"rookverbod"}, {"verbod"}, _ctx(nl_plain)) == set()


def test_stem_letters_is_a_setting():
    nl = load_lexicon("nl")
    # "centra" and "centrum" share their first five letters, not six
    assert matched({"centrum"}, {"centra"}, _ctx(nl)) == {"centra"}
    assert matched({"centrum"}, {"centra"}, _ctx(nl, Settings(stem_letters=6))) == set()
    # a compound's last word needs stem_letters letters: "recht" (5) of "stemrecht", not at 6
    assert matched({"stemrecht"}, {"recht"}, _ctx(nl)) == {"recht"}
    assert matched({"stemrecht"}, {"recht"}, _ctx(nl, Settings(stem_letters=6))) == set()


def test_either_word_may_be_the_longer():
    nl, en = load_lexicon("nl"), load_lexicon("en")
    # "site" begins "sites" whichever of them was asked; "act" (three letters) begins nothing
    assert matched({"site"}, {"sites"}, _ctx(en)) == {"sites"}
    assert matched({"sites"}, {"site"}, _ctx(en)) == {"site"}
    assert matched({"actie"}, {"act"}, _ctx(nl)) == set()
    # a short word said begins a longer one asked by an inflection only (one or two letters more);
    # a word asked may begin a longer word said ("labo" asked, "laboratorium" said)
    assert matched({"home"}, {"homes"}, _ctx(en)) == {"homes"}
    assert matched({"home"}, {"homeless"}, _ctx(en)) == set()
    assert matched({"part"}, {"partnerships"}, _ctx(en)) == set()
    assert matched({"laboratorium"}, {"labo"}, _ctx(nl)) == {"labo"}
    # the compound asked, its last word said: "verbod" is no part of "rookverbod" asked (the
    # word said must be the longer one: "huizen" said of "ziekenhuizen" asked speaks of houses);
    # three letters before the last word at least: "abverbod" does not end in the compound's own word
    assert matched({"verbod"}, {"rookverbod"}, _ctx(nl)) == set()
    assert matched({"huizen"}, {"ziekenhuizen"}, _ctx(nl)) == set()
    assert matched({"abverbod"}, {"verbod"}, _ctx(nl)) == set()
    assert matched({"abcverbod"}, {"verbod"}, _ctx(nl)) == {"verbod"}
    assert matched(set(), {"verbod"}, _ctx(nl)) == set()


def _required() -> dict:
    # the lists a lexicon must have, empty
    return {
        "question": {"count_cues": [], "figure_request_cues": [], "breakdown_markers": [], "breakdown_fillers": []},
        "answer": {"annex_cues": [], "number_words": [], "reference_words": []},
        "cues": {
            k: []
            for k in (
                "cross_reference", "deflection", "no_information", "holding", "generic", "polarity",
                "closed_question_starts", "question_words",
            )
        },
    }  # fmt: skip
