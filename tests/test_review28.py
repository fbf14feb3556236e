"""A lettered part settled by its own label and a plain reply settles that part only (review28,
session 28): the unit's next lettered part, answered by a pointer or a hand-over and by no plain
reply, still has its yes or no left open. Questions adapted from be-kamer-2017 187936 and 186166;
the verdicts written from reading them."""

from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import be_doc

_SETTINGS = Settings(rules=("yes_no_unanswered",), recycled_across_documents=False)

_QUESTION = (
    "Amnesty International publiceerde een rapport over de gevangenis van Saydnaya. "
    "a) Heeft uw departement kennisgenomen van dat rapport? "
    "b) Zal u de minister van Justitie hierover contacteren?"
)


def _flags(answer: str) -> list[str]:
    (sp,) = score_document(be_doc(_QUESTION, answer), _SETTINGS)
    return [f.name for f in sp.flags]


def test_a_part_replied_leaves_the_next_part_to_its_pointer():
    # "a) Ja." settles a); b) is handed to another minister: its yes or no is not said
    assert _flags("a) Ja. b) Ik verwijs naar het antwoord van de minister van Justitie.") == [
        "yes_no_unanswered"
    ]


def test_every_part_replied_settles_the_unit():
    assert _flags("a) Ja. b) Neen. Ik verwijs ook naar het antwoord van de minister van Justitie.") == []


def test_a_part_replied_with_no_hedge_beside_it_is_not_flagged():
    # part by part in words of its own (yesno24's condition): no pointer, hand-over or deferral
    assert _flags("a) Ja. b) De contacten met Justitie verlopen via de gewone kanalen.") == []
