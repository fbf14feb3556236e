"""breakdown_missing (breakdown23): a split into named members asked with "(te) maken" between the split word and
"tussen" ("Kan u voor de fiscale controles bij moskeeen een opsplitsing maken tussen de erkende en niet-erkende
moskeeen?", dev-be23 190883 2 and 4; "Gelieve ook een opsplitsing te maken tussen personenwagens, vrachtwagens en
tractoren", be-kamer 189821) is read as `[coverage] split_between` reads "opsplitsing tussen": its members are
asked, given only where the answer's figures name each of them."""

from __future__ import annotations

from qa_align.analyze import analyze_question
from qa_align.coverage import asked
from qa_align.pipeline import score_document
from qa_align.readers.be_kamer import read_record as be_record
from qa_align.settings import Settings
from qa_align.types import Question

SETTINGS = Settings(rules=("breakdown_missing",), recycled_across_documents=False)


def _nl_flags(question: str, answer: str) -> dict[str, list[str]]:
    rec = dict(doc_id="t", question=question, answer=answer, department="D", date_tabled="2017-04-28")
    return {
        sp.pair.question.n: [f.name for f in sp.flags] for sp in score_document(be_record(rec, "t"), SETTINGS)
    }


def _dimensions(question: str) -> list[str]:
    unit = Question(start=0, end=len(question), text=question)
    return [r.name for r in asked(unit, analyze_question(unit, "nl"), "nl").dimensions]


# dev-be23 190883 2 (its readers: "no split between recognised and unrecognised mosques", breakdown_missing)
MOSQUES = (
    "Hoeveel fiscale controles werden er bij moskeeen uitgevoerd? Kan u voor de fiscale controles bij moskeeen een "
    "opsplitsing maken tussen de erkende en niet-erkende moskeeen?"
)
MOSQUES_ANSWER = "In 2016 werden 12 fiscale controles uitgevoerd bij vzw's die een moskee beheren."
# be-kamer 189821 2
DIESEL = (
    "Hoeveel controles in verband met het gebruik van rode diesel werden in 2016 uitgevoerd? Gelieve ook een "
    "opsplitsing te maken tussen personenwagens, vrachtwagens en tractoren."
)
DIESEL_GIVEN = (
    "In 2016 werden 212 controles uitgevoerd: 150 bij personenwagens, 55 bij vrachtwagens en 7 bij tractoren."
)


def test_the_members_after_opsplitsing_maken_tussen_are_asked():
    assert _dimensions(MOSQUES) == ["members:de erkende|niet-erkende moskeeen"]


def test_the_members_after_opsplitsing_te_maken_tussen_are_asked():
    assert _dimensions(DIESEL) == ["members:personenwagens|vrachtwagens|tractoren"]


def test_a_count_given_without_its_members_leaves_the_split_missing():
    assert _nl_flags(MOSQUES, MOSQUES_ANSWER) == {"1": ["breakdown_missing"]}


def test_the_members_given_leave_no_split_missing():
    assert _nl_flags(DIESEL, DIESEL_GIVEN) == {"1": []}


def test_the_members_not_given_leave_the_split_missing():
    assert _nl_flags(DIESEL, "In 2016 werden 212 controles uitgevoerd.") == {"1": ["breakdown_missing"]}
