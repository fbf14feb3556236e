"""cross_reference on text the rules were not tuned on (helper xref19, 2026-12-03): "Zoals ik al
herhaaldelijk gemeld heb" points to what was said on other occasions; a text announced on "GOV.UK"
in a future form, the name cut by the splitter ("GOV." / "UK."), is still to come, no pointer."""

from qa_align.pipeline import score_document
from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.settings import Settings

from .conftest import be_doc

SETTINGS = Settings(rules=("cross_reference",), recycled_across_documents=False)


def points_elsewhere(doc) -> bool:
    (sp,) = score_document(doc, SETTINGS)
    return any(f.name == "cross_reference" for f in sp.flags)


# be-kamer 192893 (dev-be25): the whole answer rests on what the minister said before
QUARTERS_Q = (
    "Inplanting van Defensie.\n\n Verbindt u zich in dat verband ertoe op korte, middellange en lange termijn een "
    "evenwichtige spreiding van de capacitaire en personele middelen over de drie Gewesten van ons land te verzekeren?"
)
QUARTERS_A = (
    "Zoals ik al herhaaldelijk gemeld heb, zal de toekomst van de kwartieren gekend zijn na de politieke "
    "onderhandelingen.Vooraleer de regering haar akkoord gegeven heeft over het geografisch inplantingsplan van "
    "Defensie, is elke conclusie voorbarig."
)


def test_as_i_have_said_repeatedly_points_to_earlier_statements():
    assert points_elsewhere(be_doc(QUARTERS_Q, QUARTERS_A))


def test_as_said_alone_points_nowhere():
    answer = QUARTERS_A.replace("Zoals ik al herhaaldelijk gemeld heb, zal", "Zoals gezegd zal")
    assert not points_elsewhere(be_doc(QUARTERS_Q, answer))


# uk-commons 1913545 (dev-uk28): the outcome is still to be published on GOV.UK
CHARTER_Q = (
    "To ask the Secretary of State for Transport, what requirements her Department plans to include in the National "
    "Work-Related Road Safety Charter in relation to people riding (a) mopeds and (b) motorcycles for work."
)
CHARTER_A = (
    "<p>In relation to riding mopeds and motorcycles for work, the Department also published a consultation on wider "
    "motorcycle licensing that closed on 11 May . Officials are now analysing the responses and will publish the "
    "outcome of the consultation on GOV.UK.</p>"
)


def uk_doc(question: str, answer: str):
    return uk_record({"id": 1, "questionText": question, "answerText": answer}, "t")


def test_an_outcome_that_will_be_published_on_gov_uk_is_still_to_come():
    assert not points_elsewhere(uk_doc(CHARTER_Q, CHARTER_A))


def test_an_outcome_published_on_gov_uk_is_there_to_go_to():
    answer = CHARTER_A.replace(
        "Officials are now analysing the responses and will publish the outcome of the consultation on GOV.UK.",
        "The outcome of the consultation is available on GOV.UK.",
    )
    assert points_elsewhere(uk_doc(CHARTER_Q, answer))
