"""The text layer: one sentence splitter for every stage, abbreviations from the lexicons."""

from importlib import resources

import pytest

from qa_align.analyze import analyze_answer, answer_cues
from qa_align.boilerplate import BoilerplateIndex, document_sentences
from qa_align.boilerplate import sentences as long_sentences
from qa_align.lexicon import load_lexicon
from qa_align.pipeline import score_document
from qa_align.readers.be_kamer import read_record as be_record
from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.settings import Settings
from qa_align.similarity import passages
from qa_align.text import TOKEN, sentences, splitter, words
from qa_align.types import AnswerSegment, TextMap

HON = (
    "I refer the hon. Member to the answer I gave to the rt. hon. Member for Bath on 3 May. "
    "Mr. Smith will write to him shortly with the figures for each region of England."
)


def _segment(text: str) -> AnswerSegment:
    return AnswerSegment(start=0, end=len(text), text=text, textmap=TextMap(), label="*")


def test_sentences_keep_abbreviations_and_offsets():
    found = sentences(HON, "en")
    assert [s for _, _, s in found] == [
        "I refer the hon. Member to the answer I gave to the rt. hon. Member for Bath on 3 May.",
        "Mr. Smith will write to him shortly with the figures for each region of England.",
    ]
    assert all(HON[a:b] == s for a, b, s in found)


def test_sentences_trim_white_space_and_end_at_line_ends():
    text = "  Eerste zin;  tweede zin \n\n derde zin zonder punt  \n ?  "
    assert sentences(text, "nl") == [
        (2, 13, "Eerste zin;"),
        (15, 25, "tweede zin"),
        (29, 50, "derde zin zonder punt"),
    ]


def test_a_line_padded_with_spaces_ends_its_sentence_without_backtracking():
    # a nested run, ``(x+)+``, tried every cut of "Het antwoord" and 40 spaces (2^40 ways) before
    # it found the sentence's end: the call never returned
    assert sentences("Het antwoord" + " " * 40 + "\nVolgende.", "nl") == [
        (0, 12, "Het antwoord"),
        (53, 62, "Volgende."),
    ]
    assert sentences("Our answer" + " " * 40 + "\nNext.", "en") == [(0, 10, "Our answer"), (51, 56, "Next.")]
    # the pattern that reads web addresses whole
    padded = "Zie www.bpost.be of de folder" + " " * 40 + "\nVolgende."
    assert sentences(padded, "nl") == [(0, 29, "Zie www.bpost.be of de folder"), (70, 79, "Volgende.")]


def test_abbreviations_are_per_language():
    # "art." is a Dutch abbreviation, "hon." an English one
    assert len(sentences("Zie art. 5 van het decreet.", "nl")) == 1
    assert len(sentences("See art. 5 of the act.", "en")) == 2
    assert len(sentences("De hon. Member.", "nl")) == 2
    assert "art" in load_lexicon("nl").abbreviations and "hon" in load_lexicon("en").abbreviations


def test_a_users_abbreviations_are_read(tmp_path):
    builtin = load_lexicon("nl")
    text = resources.files("qa_align.lexicons").joinpath("nl.toml").read_text("utf-8")
    (tmp_path / "nl.toml").write_text(
        text.replace('abbreviations = ["mr"', 'abbreviations = ["zgn", "mr"'), encoding="utf-8"
    )
    assert "zgn" not in builtin.abbreviations
    assert len(sentences("De zgn. kilometerheffing.", "nl")) == 2
    assert len(sentences("De zgn. kilometerheffing.", "nl", str(tmp_path))) == 1
    splitter.cache_clear()


def test_every_stage_cuts_hon_member_the_same_way():
    # recycling across documents hashed "hon." and "Member to the answer ..." apart, while the
    # rules read one sentence; the first sentence is one long sentence for both now
    (first, second) = long_sentences(_segment(HON), 12, "en")
    assert HON[first.start : first.end].startswith("I refer the hon. Member") and first.words == 19
    assert [(c.start, c.end) for c in analyze_answer(_segment(HON), "en").sentences] == [
        (first.start, first.end),
        (second.start, second.end),
    ]
    # similarity's passages: a passage of at most 20 words holds the whole first sentence
    assert passages(HON, "en", max_words=20)[0] == HON[first.start : first.end]


def test_words():
    assert words("Het Is 3,5 procent.") == ["het", "is", "3", "5", "procent"]


def test_answers_out_of_order_are_not_missing():
    # answers numbered 3, 1, 2: every question is served by the answer with its number
    rec = {
        "doc_id": "t",
        "question": "1. Hoeveel aanvragen waren er?\n2. Welke termijn geldt?\n3. Wie beslist?",
        "answer": "3. De minister beslist.\n1. Er waren 12 aanvragen.\n2. De termijn is 30 dagen.",
        "department": "D",
        "date_tabled": "2017-01-01",
    }
    scored = score_document(
        be_record(rec, "t"), Settings(rules=("missing_answer",), recycled_across_documents=False)
    )
    assert [(sp.pair.question.n, sp.pair.answer_no, [f.name for f in sp.flags]) for sp in scored] == [
        ("1", "1", []),
        ("2", "2", []),
        ("3", "3", []),
    ]


PROROGATION = (
    "It has not proved possible to respond to the hon. Member in the time available before Prorogation."
)


def test_a_sentence_with_hon_member_is_recycled_across_documents_as_a_whole():
    # cut at "hon." its halves had 10 and 7 words, under the 12 a recycled sentence needs;
    # uk-commons holds this sentence in 312 answers
    docs = [
        uk_record({"id": k, "questionText": f"To ask about matter {k}.", "answerText": PROROGATION}, "t")
        for k in (1, 2, 3)
    ]
    index = BoilerplateIndex(min_words=12, min_docs=3).add_all(docs)
    found = document_sentences(docs[0], (), 12).indexed[0][1]
    ((sentence, others, _),) = index.boilerplate(found, (docs[0].source, docs[0].doc_id))
    assert (sentence.words, others) == (17, 2)


def test_a_question_number_after_nr_stays_in_its_sentence_for_recycling():
    text = "Graag verwijs ik naar mijn antwoord op schriftelijke vraag nr. 527 met hetzelfde onderwerp."
    (sentence,) = long_sentences(_segment(text), 12, "nl")
    assert (sentence.start, sentence.end, sentence.words) == (
        0,
        len(text),
        13,
    )  # letters only: "527" is no word here


def test_a_web_or_mail_address_is_one_token_without_its_closing_punctuation():
    text = "zie (https://www.nbb.be/nl/balanscentrale), www.bpost.be. of mail naar info@fod.just.be."
    assert TOKEN.findall(text) == [
        "zie", "(", "https://www.nbb.be/nl/balanscentrale", ")", ",", "www.bpost.be", ".",
        "of", "mail", "naar", "info@fod.just.be", ".",
    ]  # fmt: skip
    # a name without "www." stays split: "CERT.be" is an organisation, "Azie.Net" two sentences
    assert TOKEN.findall("door CERT.be.") == ["door", "CERT", ".", "be", "."]


def test_a_cue_gap_spans_a_long_address():
    # "site * te consulteren" (nl cross_reference): the address is one word of the gap; split at
    # its dots and slashes it was eleven
    text = "Ik nodig u uit om de site https://www.belgium.be/nl/economie/onderneming te consulteren."
    found = [(c.kind, c.text) for c in answer_cues(text, "nl") if c.kind == "cross_reference"]
    assert found == [
        ("cross_reference", "site https://www.belgium.be/nl/economie/onderneming te consulteren")
    ]
    text = "De cijfers kunnen op https://statbel.fgov.be/nl/themas/bevolking/structuur geraadpleegd worden."
    found = [c.text for c in answer_cues(text, "nl") if c.kind == "cross_reference"]
    assert found == ["kunnen op https://statbel.fgov.be/nl/themas/bevolking/structuur geraadpleegd worden"]


def test_a_list_word_inside_an_address_is_no_cue():
    # "information" is an en data word; "annex" an annex cue: inside the address neither is said
    text = "See https://www.gov.uk/government/statistics/annex-information-2016 for background."
    assert [c for c in answer_cues(text, "en") if c.kind in ("data_words", "annex")] == []


def test_no_sentence_ends_inside_an_address():
    text = "Ik nodig u uit om de site https://www.belgium.be/nl/economie/onderneming te consulteren."
    assert sentences(text, "nl") == [(0, len(text), text)]
    text = "Mail naar info@fod.just.be voor meer informatie. Zie https://x.be/a?b=1;c=2 of art. 5."
    assert [s for _, _, s in sentences(text, "nl")] == [
        "Mail naar info@fod.just.be voor meer informatie.",
        "Zie https://x.be/a?b=1;c=2 of art. 5.",
    ]
    # the cross_reference cue and the sentence the rules read it in are the same words
    text = "Ik nodig u uit om de site https://www.belgium.be/nl/economie/onderneming te consulteren. Dank u."
    analysis = analyze_answer(_segment(text), "nl")
    (cue,) = analysis.cue("cross_reference")
    assert [text[c.start : c.end] for c in analysis.sentences] == [text[: text.index(" Dank")], "Dank u."]
    assert analysis.sentences[0].start <= cue.start < cue.end <= analysis.sentences[0].end


def test_an_address_ends_before_a_sentence_run_on_to_it():
    # be-kamer: "www.elections.fgov.be.Gelet op hun bevoegdheid ...", ".../nl/news.De bijlagen ..."
    text = "Zie www.bpost.be.De minister antwoordt."
    assert TOKEN.findall(text) == ["Zie", "www.bpost.be", ".", "De", "minister", "antwoordt", "."]
    assert [s for _, _, s in sentences(text, "nl")] == ["Zie www.bpost.be.", "De minister antwoordt."]
    text = "Mail info@fod.be.Zie verder."
    assert TOKEN.findall(text) == ["Mail", "info@fod.be", ".", "Zie", "verder", "."]
    assert [s for _, _, s in sentences(text, "nl")] == ["Mail info@fod.be.", "Zie verder."]
    # an address in capitals runs on; "WWW." is read in any case
    assert TOKEN.findall("Zie WWW.BPOST.BE.") == ["Zie", "WWW.BPOST.BE", "."]
    assert TOKEN.findall("Zie Www.Bpost.be/Nl.") == ["Zie", "Www.Bpost.be/Nl", "."]
    # review6 B5: a capitalised file extension is no sentence run on to the address
    text = "Zie https://example.com/Report.Pdf voor meer."
    assert TOKEN.findall(text) == ["Zie", "https://example.com/Report.Pdf", "voor", "meer", "."]
    assert [s for _, _, s in sentences(text, "nl")] == [text]
    assert [s for _, _, s in sentences("Zie www.fod.be/Nota.Docx.De minister antwoordt.", "nl")] == [
        "Zie www.fod.be/Nota.Docx.",
        "De minister antwoordt.",
    ]


def test_a_long_run_of_address_characters_is_cut_into_its_tokens():
    # the e-mail pattern was tried from every word of the run: 100 kB took minutes
    run = "1.2-" * 25_000
    assert TOKEN.findall(f"mail a@b.be {run} end") == [
        "mail",
        "a@b.be",
        *["1", ".", "2", "-"] * 25_000,
        "end",
    ]
    # and a run that ends on "@" is the address's local part
    assert TOKEN.findall("zie 1.2-1.2-a@x.be.") == ["zie", "1.2-1.2-a@x.be", "."]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # review10 B8: a "*" gap stands for words of its own sentence only
        ("We hold data for Scotland. Our report will be published in May.", "data_lag"),
        ("We keep the scheme. It is under review.", "standing"),
        ("We keep the scheme. We will review it. Nothing is under review.", "standing"),
        # the opposite of a decision still pending
        ("Decisions have been made, but discussions are ongoing.", "holding"),
    ],
)
def test_a_gap_does_not_cross_a_sentence_end(text, kind):
    assert [c.text for c in answer_cues(text, "en") if c.kind == kind] == []


def test_a_gap_within_its_sentence_still_matches():
    text = "We will keep the topic of food processing and health under review. Data for 2025 will be published soon."
    found = {(c.kind, c.text) for c in answer_cues(text, "en") if c.kind in ("standing", "data_lag")}
    assert found == {
        ("standing", "keep the topic of food processing and health under review"),
        ("data_lag", "Data for 2025 will be published"),
    }
