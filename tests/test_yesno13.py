"""A closed question that asks whether data are held, answered that they are not (helper yesno13):
a no, which the readers flag ``no_information`` and not ``yes_no_unanswered``. Questions and
answers from the records named (development sets and unlabelled be-kamer-2017 documents, none of
a test set); expected values written out from reading them."""

from qa_align.pipeline import score_document
from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.settings import Settings

from .conftest import be_doc


def _flags(doc) -> dict[str, set[str]]:
    settings = Settings(rules=("yes_no_unanswered", "no_information"), answered_model="none")
    return {sp.pair.question.n: {f.name for f in sp.flags} for sp in score_document(doc, settings)}


def test_nl_data_asked_and_said_not_held_is_a_no():
    # be-kamer 186106 3: whether figures exist, "De administratie beschikt niet over deze cijfers"
    question = "1. Hoeveel klachten werden er ingediend?2. Bestaan er hierover cijfergegevens?"
    got = _flags(
        be_doc(
            question,
            "1. Er werden 12 klachten ingediend.2. De administratie beschikt niet over deze cijfers.",
        )
    )
    assert got["2"] == {"no_information"}
    # dev-be13 189975 3: "Er zijn dus geen cijfers beschikbaar"
    question = "1. Beschikt men over cijfergegevens inzake het aantal flitsauto's die dagelijks in Belgie worden ingezet?"
    answer = (
        "1. Er kan in de databanken van de politie in de huidige stand van zaken geen onderscheid maken tussen "
        "vaststellingen met onbemande camera's en mobiele vaststellingen. Er zijn dus geen cijfers beschikbaar."
    )
    assert _flags(be_doc(question, answer))["1"] == {"no_information"}


def test_nl_another_matter_asked_keeps_its_yes_or_no_open():
    # be-kamer 192430 3: whether such cases were found, answered that the information is not held:
    # the question asks about cases, not data, and the yes or no stays open
    question = "1. Zijn er in Belgie gelijkaardige gevallen vastgesteld?"
    answer = "1. Mijn administratie beschikt niet over de informatie als dusdanig."
    assert _flags(be_doc(question, answer))["1"] == {"no_information", "yes_no_unanswered"}
    # data asked in one closed question, something else in the other: the other stays open
    question = "1. Bestaan er cijfergegevens over deze incidenten? Werden er maatregelen genomen?"
    answer = "1. De administratie beschikt niet over deze cijfers."
    assert "yes_no_unanswered" in _flags(be_doc(question, answer))["1"]
    # data asked, and an answer that does not say they are missing: the yes or no stays open
    question = "1. Bestaan er hierover cijfergegevens?"
    answer = "1. De administratie werkt aan een nieuwe databank voor het beleid."
    assert _flags(be_doc(question, answer))["1"] == {"yes_no_unanswered"}


def test_en_information_asked_and_said_not_held_is_a_no():
    # dev-uk15 1891007: "whether his Department holds information on the number of ..."
    question = (
        "To ask the Secretary of State for Justice, whether his Department holds information on the number "
        "of children who have not been granted contact with their parents."
    )
    answer = "<p>The information requested is not held centrally.</p>"
    doc = uk_record({"id": 1, "questionText": question, "answerText": answer}, "t")
    assert _flags(doc)["1"] == {"no_information"}


def test_en_data_named_in_another_ask_keeps_its_yes_or_no_open():
    # uk-commons 1717928: an assessment of publishing data is asked, not whether data are held; "not
    # held centrally" leaves whether an assessment was made open ("data" alone is no data_asked phrase)
    question = (
        "To ask the Secretary of State for the Home Department, whether he has made an assessment of the "
        "potential merits of publishing data on the number of police officers taking sick leave."
    )
    answer = (
        "<p>Supporting the wellbeing of our police officers is a priority for this Government. "
        "Data on sickness absence is not held centrally.</p>"
    )
    doc = uk_record({"id": 1, "questionText": question, "answerText": answer}, "t")
    assert _flags(doc)["1"] == {"no_information", "yes_no_unanswered"}
