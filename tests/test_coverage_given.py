"""What an answer gives of a breakdown: a dimension it says is not held is not given, whatever values
its other sentences name (``LABELS.md``: "No figures are kept per X"); a date gives no year's figure.
Questions and answers written by hand; expected values written out from reading them."""

from qa_align.pipeline import score_document
from qa_align.readers.be_kamer import read_record as be_record
from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.settings import Settings

SETTINGS = Settings(rules=("breakdown_missing", "figures_missing"), recycled_across_documents=False)


def _uk(question: str, answer: str):
    (sp,) = score_document(
        uk_record({"id": 1, "questionText": question, "answerText": answer}, "t"), SETTINGS
    )
    return sp.flags


def test_a_dimension_said_not_held_is_missing_though_the_total_names_two_nations():
    # "England and Wales" names two values of the region dimension, but the answer says data by region is
    # not held: the breakdown asked is not given
    flags = _uk(
        "To ask the Home Secretary, how many arrests for knife crime there were by region in 2023.",
        "<p>In 2023 there were 12,345 arrests for knife crime in England and Wales. Data by region is not "
        "held centrally.</p>",
    )
    assert [f.name for f in flags] == ["breakdown_missing"]
    assert flags[0].reason.startswith("asks by region: said not held")


def test_a_dimension_given_beside_a_claim_about_something_else_is_given():
    # the claim names no region: the figures per region stand
    flags = _uk(
        "To ask the Home Secretary, how many arrests for knife crime there were by region in 2023.",
        "<p>In 2023 there were 5,000 arrests for knife crime in London, 3,000 in the North West and 4,345 in "
        "the West Midlands. Data on the weapons used is not held centrally.</p>",
    )
    assert [f.name for f in flags] == []


def _nl_reasons(question: str, answer: str) -> list[tuple[str, str]]:
    rec = {"doc_id": "t", "question": question, "answer": answer}
    (sp,) = score_document(be_record(rec, "t"), SETTINGS)
    return [(f.name, f.reason) for f in sp.flags]


def test_a_dutch_dimension_said_not_kept_is_missing_beside_the_one_given():
    reasons = _nl_reasons(
        "1. Hoeveel klachten werden er in 2023 ingediend, opgesplitst per provincie en per leeftijd?",
        "In 2023 werden 45 klachten ingediend: 20 in Antwerpen, 15 in Limburg en 10 in Luik. Er worden geen "
        "statistieken bijgehouden per leeftijd van de klager.",
    )
    assert [(name, reason.split(";")[0]) for name, reason in reasons] == [
        (
            "breakdown_missing",
            "asks per leeftijd: said not held (it gives provincie: antwerpen, limburg, luik)",
        )
    ]


def test_the_years_of_dates_are_no_years_given():
    # 2014 and 2015 stand only in dates; the figure is of 2016
    reasons = _nl_reasons(
        "1. Hoeveel klachten werden er ingediend in 2014, 2015 en 2016?",
        "De gegevens van de databank, afgesloten op 20 juli 2015 en bijgewerkt op 3 mei 2014, tonen 45 klachten "
        "in 2016.",
    )
    assert reasons == [("breakdown_missing", "asks 2014–2015: answer starts at 2016")]


def test_a_figure_a_part_in_one_sentence_gives_the_parts():
    # uk-commons 1676957 (not labelled; read by hand): 18 applications received (made), 9 offered and 9
    # accepted (approved), all in one sentence that names the applications counted
    flags = _uk(
        "To ask the Secretary of State for Environment, Food and Rural Affairs, how many applications to the "
        "Sustainable Farming Incentive 2023 have been (a) made and (b) approved in Suffolk Coastal constituency.",
        "<p>As of 12 December the Rural Payments Agency had received 18 applications of which 9 agreements have "
        "been offered and 9 accepted for the Suffolk Coastal Constituency.</p>",
    )
    assert flags == ()


def test_one_figure_for_two_parts_leaves_a_part_missing():
    # the same question with one figure: the parts are not both given
    flags = _uk(
        "To ask the Secretary of State for Environment, Food and Rural Affairs, how many applications to the "
        "Sustainable Farming Incentive 2023 have been (a) made and (b) approved in Suffolk Coastal constituency.",
        "<p>As of 12 December the Rural Payments Agency had received 18 applications for the Suffolk Coastal "
        "Constituency.</p>",
    )
    assert [f.name for f in flags] == ["breakdown_missing"]


def _nl(question: str, answer: str) -> list[str]:
    rec = {"doc_id": "t", "question": question, "answer": answer, "date_tabled": "2017-03-01"}
    (sp,) = score_document(be_record(rec, "t"), SETTINGS)
    return [f.name for f in sp.flags]


def test_figures_in_an_attached_spreadsheet_sent_to_the_member_count_as_given():
    # be-kamer 192950 (not labelled; read by hand, shortened): LABELS.md settled case, figures in an annex
    # sent to the member directly are given
    flags = _nl(
        "Onderwerp.\n\n 1. Kan u een overzicht geven van het aantal alcoholcontroles per politiezone voor de "
        "periode 2014-2017?",
        "U kan de cijfergegevens vinden in de bijgevoegde exceldocument. De verschillende vragen worden in de "
        "overeenkomstige tabbladen beantwoord.De bijlagen bij het antwoord op deze vraag zijn het geachte "
        "Kamerlid rechtstreeks toegestuurd.",
    )
    assert flags == []


def test_the_number_of_articles_cited_is_no_figure():
    # after be-kamer 190767 question 2 ("binnen de grenzen bedoeld in de artikelen 49 en volgende"): the
    # plural cites the law as the singular does, no count is given
    flags = _nl(
        "Onderwerp.\n\n 1. Hoeveel aanvragen tot aftrek werden er ingediend?",
        "De aanvragen tot aftrek worden behandeld binnen de grenzen bedoeld in de artikelen 49 en volgende van "
        "het Wetboek van de inkomstenbelastingen.",
    )
    assert flags == ["figures_missing"]


def test_a_table_of_what_is_counted_beside_a_claim_about_something_else_gives_the_count():
    # uk-commons 1892099 (not labelled; read by hand, shortened): the admissions are in the table; what is not
    # available is another measure
    flags = _uk(
        "To ask the Secretary of State for Health and Social Care, what assessment his Department has made of "
        "(a) the prevalence of respiratory disease and (b) the number of emergency hospital admissions for "
        "respiratory conditions in South Suffolk.",
        "<p>Prevalence data for respiratory disease at constituency level is not available.</p><p>The following "
        "table shows the number of emergency admissions for respiratory conditions:</p><table><tr><th>Area</th>"
        "<th>2024/25</th></tr><tr><td>South Suffolk</td><td>1,000</td></tr><tr><td>England</td><td>310,000</td>"
        "</tr></table>",
    )
    assert [f.name for f in flags] == []
