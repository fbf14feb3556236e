"""breakdown_missing (breakdown32): a period named after a rate word (``[coverage] rate_leads``, "per") right after a
figure is a rate the question states ("to grow inbound tourism to 50 million visitors per year", "housing delivery
of 300,000 per year"), not a split of its figures by year (``coverage._stated_rate``); a year or a date before it,
or a clause mark between ("de afgelopen 18 maanden, opgesplitst per maand"), still asks the split. Texts are the
records' own; the expected flags are the readers' of the labelled sets named, or the helper's reading (unlabelled)."""

from __future__ import annotations

from qa_align.pipeline import score_document
from qa_align.readers.be_kamer import read_record as be_record
from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.settings import Settings

SETTINGS = Settings(rules=("figures_missing", "breakdown_missing"), recycled_across_documents=False)


def _uk(question: str, answer: str) -> dict[str, str]:
    (sp,) = score_document(
        uk_record({"id": 1, "questionText": question, "answerText": answer}, "t"), SETTINGS
    )
    return {f.name: f.reason for f in sp.flags}


def _nl(question: str, answer: str) -> dict[str, dict[str, str]]:
    rec = dict(doc_id="t", question=question, answer=answer, department="D", date_tabled="2017-03-01")
    return {
        sp.pair.question.n: {f.name: f.reason for f in sp.flags}
        for sp in score_document(be_record(rec, "t"), SETTINGS)
    }


# dev-uk14 1758259 (its readers: partial, generic; no breakdown_missing, no figures_missing: "50 million visitors
# per year" is the Department's ambition, no figure asked by year)
TOURISM = (
    "To ask the Secretary of State for Culture, Media and Sport, what discussions she has had with Secretary of State "
    "for the Home department on the potential impact of increasing the cost of electronic travel authorisations on "
    "her Department’s ambition to grow inbound tourism to 50 million visitors per year."
)
TOURISM_ANSWER = (
    "<p>DCMS closely monitors factors that may influence inbound tourism, including the cost of electronic travel "
    "authorisations (ETAs). We recognise the importance of balancing secure and efficient border processes with the "
    "need to remain competitive as a global tourism destination.</p><p>DCMS continues to engage with the Home Office "
    "to ensure that any changes to the cost of ETAs are proportionate and informed by robust evidence on their "
    "potential impact on tourism. Supporting the UK's tourism industry remains a priority, and we will continue to "
    "review any challenges to its growth.</p>"
)

# dev-uk37 1807600 (its readers: cross_reference, generic, yes_no_unanswered; no breakdown_missing)
HOUSING = (
    "To ask the Secretary of State for Housing, Communities and Local Government, if she will make an estimate of how "
    "long housing delivery of 300,000 per year would need to be sustained to result in a reduction in the ratio of "
    "wages to house prices to 1997 levels."
)
HOUSING_ANSWER = (
    "<p>As the hon. Member is aware, the government has not set interim annual targets in respect of its ambitious "
    "Plan for Change milestone of delivering 1.5 million safe and decent homes in this Parliament. As such, we do not "
    "have an annual housing target of 300,000 homes.</p>"
)

# uk-commons 1858998 (unlabelled; read by breakdown32: the bands (a) to (c) are asked, "per year" is their unit,
# the answer gives none of them: breakdown_missing for the parts, no year asked)
BANDS = (
    "To ask the Secretary of State for Work and Pensions, how many households with total benefit entitlement above "
    "the level of the Household Benefit Cap have entitlement above (a) £30,000, (b) £40,000 and (c) £50,000 per year, "
    "or the equivalent weekly and monthly amounts."
)
BANDS_ANSWER = "<p>The information requested is not readily available and to provide it would incur disproportionate cost.</p>"

# dev-be13 190121 3 (its readers: breakdown_missing, no split per month over the 18 months asked)
MISREADS = (
    "ANPR-camera's. - Foutieve lezingen. 1. Heeft u weet van problemen te wijten aan het verschil tussen de letter O "
    "en het cijfer 0?2. Hoeveel vergissingen en/of betwistingen hebben zich reeds voorgedaan naar aanleiding van "
    "foutieve lezingen van deze letters en cijfers? Graag de cijfers van de afgelopen 18 maanden, opgesplitst per "
    "maand."
)
MISREADS_ANSWER = (
    "1. Sommige ANPR-Camera's kennen inderdaad moeilijkheden om het verschil van de letter O en de cijfer 0 te maken. "
    "2. Ik beschik niet over cijfers betreffende het aantal misreads in het algemeen. Daarvoor moeten immers alle "
    "reads manueel gecontroleerd worden (ook de non-hits), wat technisch onmogelijk is. Ik beschik niet over cijfers "
    "die betwistingen op basis van misreads afzonderlijk identificeren."
)


def test_a_rate_the_question_states_asks_no_split_by_year():
    assert "breakdown_missing" not in _uk(TOURISM, TOURISM_ANSWER)
    assert "figures_missing" not in _uk(TOURISM, TOURISM_ANSWER)


def test_a_figure_without_a_unit_before_per_year_is_a_rate_too():
    assert "breakdown_missing" not in _uk(HOUSING, HOUSING_ANSWER)


def test_the_parts_of_bands_in_a_rate_stay_asked_without_a_year():
    reason = _uk(BANDS, BANDS_ANSWER)["breakdown_missing"]
    assert reason.startswith("part (a): no answer; part (b): no answer; part (c): no answer")
    assert "per year" not in reason


def test_a_split_per_month_after_a_count_of_months_and_a_comma_stays_asked():
    assert _nl(MISREADS, MISREADS_ANSWER)["2"]["breakdown_missing"].startswith("asks per maand: not given")
