"""figures_missing (nil22): a zero word right before the noun a count counts says there is none of it, which
answers the count ("Hoeveel schade werd er in voorkomend geval berokkend?" - "Er werd geen schade aangebracht
door deze aanval", dev-be31 191120 1), however few other words the answer's sentence shares with the question."""

from __future__ import annotations

from qa_align.analyze import analyze_answer, analyze_question
from qa_align.coverage import coverage
from qa_align.segment import inline_parts
from qa_align.types import AnswerSegment, Question

# dev-be31 191120 1 (its readers: "'Er werd geen schade aangebracht door deze aanval': the damage asked is none")
ATTACK = (
    "Werd uw administratie door die aanval getroffen? Hoeveel schade werd er in voorkomend geval berokkend?"
)
NO_DAMAGE = (
    "Deze aanval werd van bij aanvang centraal opgevolgd. Alle nodige voorzorgen waren reeds in voege en behoren "
    "tot de standaardbeveiliging van de FOD:- 24 uur op 24 en 7 dagen op 7 bewaking van internettoegang tegen "
    "virusaanvallen door een externe firma;- periodieke back-up van alle gebruikersdata naar centrale servers."
    "Er werd geen schade aangebracht door deze aanval."
)
# dev-be9 191107 1 (its readers: "'heeft geen schade geleden' and 'geen enkele computer werd besmet'")
NO_LOSS = (
    "De Federale Pensioendienst (FPD) heeft geen schade geleden ingevolge de cyberaanval die plaatsvond op "
    "12 mei 2017."
)


def _zeros(question: str, answer: str) -> list[str]:
    unit = inline_parts(Question(start=0, end=len(question), text=question))
    segment = AnswerSegment(start=0, end=len(answer), text=answer)
    cov = coverage(unit, analyze_question(unit, "nl"), (analyze_answer(segment, "nl"),), "nl", year=2017)
    return [z.text for z in cov.given.zeros]


def test_no_damage_answers_how_much_damage():
    assert any("geen schade" in z for z in _zeros(ATTACK, NO_DAMAGE))


def test_no_damage_suffered_answers_how_much_damage():
    assert any("geen schade" in z for z in _zeros(ATTACK, NO_LOSS))


def test_a_zero_of_something_else_is_no_zero_of_the_damage():
    # the same answer, its last sentence saying no computer was lost: the damage itself is not said to be none
    answer = NO_DAMAGE.replace(
        "Er werd geen schade aangebracht door deze aanval.", "Er ging geen computer verloren."
    )
    assert _zeros(ATTACK, answer) == []
