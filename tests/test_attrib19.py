"""Attribution of an unnumbered answer's missing-data sentences (issue 17 item 2): the lexicon's
data words ("gegevens", "cijfers", "hoeveel") are one word there, met by every question that names
data, and they name no matter. Questions and answer sentences quoted from be-kamer records; the
units each sentence concerns written by hand as a reader reads them."""

from qa_align.attribute import attribute
from qa_align.pipeline import score_document
from qa_align.rules.context import DocContext
from qa_align.settings import Settings

from .conftest import be_doc

# be-kamer 191614 (dev-be6): three questions answered by two sentences
QUESTION = (
    "Arbeidsongevallen bij de federale ambtenaren.\n\n"
    "1. Kunt u ons de arbeidsongevallencijfers van 2014, 2015 en 2016 meedelen voor de ambtenaren bij de FOD's?\n"
    "2. Kunt u aan de hand van de beschikbare gegevens meedelen wat de belangrijkste oorzaken van die "
    "ongevallen zijn?\n"
    "3. In hoeveel dossiers heeft het ongeval tot een volledige arbeidsongeschiktheid voor onbepaalde tijd geleid?"
)
MISSING = "Wij beschikken niet over gegevens op basis waarvan we een antwoord kunnen geven."
HANDOVER = (
    "Het is dus aangewezen om deze vraag te stellen aan de minister van Sociale Zaken en Volksgezondheid, "
    "mevrouw Maggie De Block."
)
SETTINGS = Settings(rules=("no_information", "deflection"), recycled_across_documents=False)


def _context(question: str, answer: str) -> tuple[DocContext, object]:
    from qa_align.align import align

    d = be_doc(question, answer)
    ctx = DocContext(d, align(d, SETTINGS), SETTINGS)
    (seg,) = d.answer.segments
    return ctx, seg


def test_the_data_word_of_a_missing_data_sentence_meets_every_question_naming_data():
    # "gegevens" met "beschikbare gegevens" of question 2 only, yet the sentence says no data are held
    # for any of the three questions, which all name data ("arbeidsongevallencijfers", "gegevens",
    # "hoeveel"): the readers flag no_information on all three
    ctx, seg = _context(QUESTION, f"{MISSING} {HANDOVER}")
    units = ctx.served(seg)
    assert [u.n for u in units] == ["1", "2", "3"]
    plain = attribute(seg, units, "nl")
    assert plain.sentences[0].units == ("2",)  # by its words, the data words apart
    said = ctx.attribution(seg)
    assert said.sentences[0].text == MISSING
    assert said.sentences[0].units == ("1", "2", "3")
    assert said.sentences[0].how == "all"


def test_each_unit_of_the_unnumbered_answer_is_told_the_data_are_missing():
    flagged = {
        sp.pair.question.n: sorted(f.name for f in sp.flags)
        for sp in score_document(be_doc(QUESTION, f"{MISSING} {HANDOVER}"), SETTINGS)
    }
    assert flagged == {n: ["deflection", "no_information"] for n in ("1", "2", "3")}


def test_a_missing_data_sentence_that_names_one_unit_s_matter_stays_with_that_unit():
    # be-kamer 185749 (dev-be22): the tax of question 2, named in the sentence, keeps it there
    question = (
        "Voorafbetalingen.\n\n"
        "1. Welk bedrag aan vooruitbetalingen betaalden de ondernemingen die vallen onder NACE-BEL codes 32121 "
        "en 46761 in respectievelijk 2014, 2015 en 2016?\n"
        "2. Wat is het bedrag aan globale vennootschapsbelasting die door deze ondernemingen is betaald met "
        "betrekking tot elk van de aanslagjaren 2014, 2015 en 2016?"
    )
    sentence = (
        "Wat de globale vennootschapsbelasting betreft, betaald door de bedoelde ondernemingen, is het niet "
        "mogelijk binnen de toegemeten tijd de nodige gegevens te verstrekken."
    )
    ctx, seg = _context(question, "Ik dank het geachte lid voor zijn vraag. " + sentence)
    said = ctx.attribution(seg)
    assert said.sentences[1].text == sentence
    assert (said.sentences[1].units, said.sentences[1].how) == (("2",), "data")


def test_a_missing_data_sentence_goes_to_the_one_question_about_the_figures():
    # be-kamer 187327 (dev-be15): only question 2 names figures; the readers flag no_information there alone
    question = (
        "Discriminatie in de rechtbanken.\n\n"
        "1. Hoe reageert u op de bewering van het Centrum voor Ouders en Kind dat er discriminatie op basis van "
        "geslacht in de rechtbanken van Belgie zou zijn?\n"
        "2. Klopt het gebruikte cijfermateriaal?\n"
        "3. Welke initiatieven heeft u genomen om deze beweringen uit te klaren en scherp te stellen?"
    )
    sentence = (
        "De FOD Justitie beschikt niet over cijfergegevens die informatie bevatten omtrent de inhoud van een "
        "beslissing."
    )
    ctx, seg = _context(question, "Ik dank het geachte lid voor haar vraag. " + sentence)
    said = ctx.attribution(seg)
    assert said.sentences[1].text == sentence
    assert (said.sentences[1].units, said.sentences[1].how) == (("2",), "data")
    flagged = {
        sp.pair.question.n: sorted(f.name for f in sp.flags)
        for sp in score_document(
            be_doc(question, "Ik dank het geachte lid voor haar vraag. " + sentence), SETTINGS
        )
    }
    assert [n for n, names in flagged.items() if "no_information" in names] == ["2"]
