"""mech24: small readings left by the last rounds. The sentence splitter's marks that end no sentence
(a degree or paragraph sign the Belgian Chamber's records lost to "?", a character reference's
semicolon, a semicolon inside brackets)."""

from __future__ import annotations

from qa_align import coverage
from qa_align.pipeline import score_document
from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.settings import Settings
from qa_align.text import sentences


def _texts(text: str, language: str) -> list[str]:
    return [s for _, _, s in sentences(text, language)]


# ------------------------------------------------------------------ the splitter's marks

# be-kamer-2017 185104, the answer: "1°, 2°, ..." of the law, its degree signs read "?"; one sentence (its
# first three items of nine)
SANCTIONS = (
    "Fedasil kan wel na een incident aan de betrokken persoon 9 soorten sancties opleggen: 1? formele "
    "verwittiging met vermelding in het sociaal dossier, 2? tijdelijke uitsluiting van deelname aan de "
    "activiteiten, 3? tijdelijke uitsluiting van gemeenschapsdiensten,"
)
# be-kamer-2017 185173 (dev-be3), the question: "punt 1°, 2° of 3°" is one question, the next is a request
POINTS = "Was dat omwille van punt 1?, 2? of 3? uit de wet? Graag een opsplitsing per jaar."
# be-kamer-2017 185202, the question: "66?" is a question's end before the head "b)"
LINE_66 = (
    "Of verandert er niets aan de rangeermogelijkheden op lijn 66?b) In welke mate overweegt Infrabel om "
    'dubbelspoor te realiseren over de volledige "driehoek van Kortrijk", de spoorinfrastructuur die gevormd '
    "wordt ter hoogte van de kruising van de lijnen 66, 69 en 75?"
)
# be-kamer-2017 184989, the answer: "artikel 61, § 1, eerste lid, 1°", both signs read "?"
ARTICLE = (
    "- wanneer de vreemdeling, rekening houdend met de resultaten, zijn studies op overdreven wijze verlengt "
    "(artikel 61, ? 1, eerste lid, 1?, Vreemdelingenwet);"
)
# be-kamer-2017 188982, the answer: the figure per year stands in brackets, separated by a semicolon
PER_YEAR = (
    "Voor de jaren 2014, 2015 en 2016 werden in totaal 1.894 (626 in 2016; 627 in 2015 en 643 in 2014) "
    "tuchtrechtelijke eindbeslissingen toegestuurd aan de Tuchtraad door de lokale politiezones en door de "
    "federale politie."
)
# uk-commons 1724121, the answer as the reader gives it: the source's "&amp;" left unread
TEMPEST = (
    "The UK expects to invest over £1.3 billion in the Future Combat Air System/Global Combat Air Programme and "
    "the associated Team Tempest R&amp;D programme, in the current financial year."
)


def test_a_degree_sign_read_as_a_question_mark_ends_no_sentence():
    assert _texts(SANCTIONS, "nl") == [SANCTIONS]


def test_a_degree_sign_before_a_comma_ends_no_sentence_but_the_question_mark_after_the_law_does():
    assert _texts(POINTS, "nl") == [
        "Was dat omwille van punt 1?, 2? of 3? uit de wet?",
        "Graag een opsplitsing per jaar.",
    ]


def test_a_question_mark_after_a_number_before_a_letters_head_still_ends_the_question():
    assert _texts(LINE_66, "nl") == [
        "Of verandert er niets aan de rangeermogelijkheden op lijn 66?",
        LINE_66[LINE_66.index("b) In") :],
    ]


def test_a_question_mark_after_a_year_still_ends_the_question():
    # be-kamer-2017 184524, the question (after its head "1.")
    first = "Hoeveel Limosa-aangiftes voor werknemers werden er ingediend in 2016?"
    second = (
        "Kan u uw antwoord opsplitsen per Gewest, per nationaliteit van de werknemer en per land van vestiging "
        "van de werkgever?"
    )
    assert _texts(f"{first} {second}", "nl") == [first, second]


def test_a_paragraph_sign_read_as_a_question_mark_ends_no_sentence():
    assert _texts(ARTICLE, "nl") == [ARTICLE]


def test_a_semicolon_inside_brackets_ends_no_sentence():
    assert _texts(PER_YEAR, "nl") == [PER_YEAR]
    # outside brackets it still ends one (tests/test_text.py: "Eerste zin;")
    assert _texts("626 in 2016; 627 in 2015", "nl") == ["626 in 2016;", "627 in 2015"]


def test_the_semicolon_of_a_character_reference_ends_no_sentence():
    assert _texts(TEMPEST, "en") == [TEMPEST]


# ------------------------------------------------------------------ reference codes that hold a year

# uk-commons 1663103, the question: the letter's reference, not the year 2023 (the letter's date is)
MC = (
    "with refence to the letter from the Parliamentary Under Secretary of State for Europe to the hon. Member for "
    "Falkirk relating to a bereaved constituent, ref MC2023/14846, dated 14 September 2023, what forms of liaising "
    "his Department undertakes with the Turkish Government on this topic"
)
# uk-commons 1694189, the question: a request's number; the count is asked of no year
FOI = (
    "with reference to her Department's Freedom of Information response of 29 January 2024 to the Rt Hon Member "
    "for Islington South and Finsbury of 29 January (reference number FOI2023/08394), how many freeports were "
    "recorded as having a number of jobs created"
)
# uk-commons 1673676, the question: a deposited paper's number; the date asked is 16 October 2023
DEP = (
    "with reference to the letter deposited in the House of Commons, committed on 13 November 2023, paper reference "
    "DEP2023-0876, how many service personnel were living in below grade 4 single living accommodation as of 16 "
    "October 2023."
)
# uk-commons 1660037, the question: a request's number without letters
REFERENCE = (
    "with reference to Point 1 of his Department’s Freedom of Information response on 11 September 2023 to the Rt "
    "hon. Member for Islington South and Finsbury (reference 2023/09623), what the total spend was on (a) creative "
    "development"
)
# uk-commons 1689033, the answer: a regulation's number
REGULATION = "Regulation 2023/1670 applies Ecodesign requirement to smartphones and tablets."
# be-kamer-2017 185966, the answer: a regulation's number after its own, the year of its date stays
VERORDENING = (
    "in toepassing van punt i) van bijlage II van Verordening (EG) nr. 216/2008 van het Europees Parlement en van "
    "de Raad van 20 februari 2008 tot vaststelling van gemeenschappelijke regels"
)
# be-kamer-2017 192285, the answer: rulings' numbers, each beside its date
RULINGS = (
    "zie bijvoorbeeld de voorafgaande beslissingen nr. 2015.516 van 28 oktober 2015, nr. 2015.171 van 13 mei 2015, "
    "nr. 2016.285 van 17 augustus 2016"
)


def test_a_reference_joined_to_its_letters_names_no_year():
    assert coverage._years(MC) == {2023}  # the letter's date, "14 September 2023"
    assert coverage.years_named(MC, "en") == frozenset()
    assert not coverage.names_year("relating to a bereaved constituent, ref MC2023/14846, what forms")
    assert not coverage.names_year("(reference number FOI2023/08394), how many freeports were recorded")
    assert coverage.years_named(FOI, "en") == frozenset()
    assert not coverage.names_year("paper reference DEP2023-0876, how many service personnel")
    assert coverage._years(DEP) == {2023}  # the dates


def test_a_year_before_a_slash_and_a_file_or_regulation_number_is_no_year():
    assert coverage._years("(reference 2023/09623), what the total spend was") == set()
    assert coverage.years_named(REFERENCE, "en") == frozenset()
    assert coverage._years(REGULATION) == set()


def test_a_year_after_a_regulation_number_and_a_slash_is_no_year_but_its_date_is():
    assert coverage._years(VERORDENING) == {2008}  # "20 februari 2008"
    assert coverage._years("van Verordening (EG) nr. 216/2008 van het Europees Parlement") == set()


def test_a_rulings_number_is_no_year():
    assert coverage._years("de voorafgaande beslissingen nr. 2015.516 en nr. 2015.171") == set()
    assert coverage._years(RULINGS) == {2015, 2016}  # the dates


def test_a_financial_year_and_two_years_joined_by_a_slash_stay_years():
    # uk-commons 1656212, the question and its answer; be-kamer-2017 185668, the question
    assert coverage._years("the effectiveness of the Waste Infrastructure PFI Grant FY2020/21.") == {
        2020,
        2021,
    }
    assert coverage._years("The Waste Infrastructure PFI Grant for 2020/21 continued") == {2020, 2021}
    assert coverage._years("in het bijzonder tijdens deze winter 2016/2017.") == {2016, 2017}


# ------------------------------------------------------------------ "whether his Department holds data on ..."

# dev-uk26 1678368: the readers' labels, answered, no flag; the cue classifier read the third sentence as
# missing data ("recorded" a data word)
PIP_Q = (
    "To ask the Secretary of State for Work and Pensions, whether his Department holds data on the (a) outcome and "
    "(b) reasoning behind Tribunal verdicts relating to personal independence payment claims; and whether his "
    "Department takes steps to use Tribunal verdicts to improve its processes."
)
PIP_A = (
    "<p>His Majesty’s Courts and Tribunal Service provide a Decision Notice in relation to each tribunal to DWP. "
    "This contains the outcome of the tribunal and some information on why the decision was reached. This "
    "information is recorded on the PIP computer system.</p><p>This data only provides one reason per appeal as to "
    "why decisions by DWP decision makers have been overturned at a tribunal hearing, and therefore may not give "
    "the full story as there may be other reasons.</p><p>We are continuing to learn from decisions overturned at "
    "appeal. For example, we gather insight from DWP Presenting Officers who regularly provide feedback from "
    "hearings they attend, with a view to learning from overturned decisions.</p>"
)
# uk-commons 1852905 (its empty paragraph left out): the data question is settled by its no; the unit is read
# on the enforcement question
SCOOTER_Q = (
    "To ask the Secretary of State for Transport, whether the Department holds records on the number of privately "
    "owned e-scooters currently in use by the general public that are not covered by appropriate motor vehicle "
    "insurance policies; and whether any specific enforcement measures are either in-place, or being considered to "
    "ensure compliance with relevant insurance requirements."
)
SCOOTER_A = (
    "<p>The Department for Transport does not hold the information requested.</p><p>Enforcement of illegal "
    "e-scooter use is a matter for the police and a range of motoring offences and penalties already apply.</p>"
)


def _uk_flags(question: str, answer: str, rules: tuple[str, ...]) -> dict[str, str]:
    doc = uk_record({"id": 1, "questionText": question, "answerText": answer}, "t")
    return {f.name: f.reason for sp in score_document(doc, Settings(rules=rules)) for f in sp.flags}


def test_data_said_recorded_is_no_missing_data():
    assert "no_information" not in _uk_flags(PIP_Q, PIP_A, ("no_information",))


def test_data_said_not_held_still_is_missing_data():
    assert "no_information" in _uk_flags(SCOOTER_Q, SCOOTER_A, ("no_information",))


def test_a_data_question_said_not_held_is_settled_and_not_named_as_left_open():
    reasons = _uk_flags(SCOOTER_Q, SCOOTER_A, ("yes_no_unanswered",))
    assert "whether the Department holds record" not in reasons.get("yes_no_unanswered", "")


# uk-commons 1757411: "not currently held" is the no to "whether her Department holds information on ..."
GROOMING_Q = (
    "To ask the Secretary of State for the Home Department, pursuant to the answer of 21 January 2025 to Question "
    "22429 on Offences against Children, whether her Department holds information on the number of (a) police "
    "officers, (b) officials of local authorities and (c) social workers that (i) lost their jobs, (ii) faced legal "
    "proceedings and (iii) suffered other punitive measures due to having knowledge of Pakistani heritage grooming "
    "gangs and not taking action."
)
GROOMING_A = (
    "<p>The information requested by the Hon Member is not currently held by the Department but we are committed to "
    "improving the collection and publication of data in this area, as confirmed by the Home Secretary in her "
    "statements to Parliament on the 6th and 16th January. That important work is in train and further details will "
    "be confirmed in due course.</p>"
)


def test_information_not_currently_held_is_missing_data_and_the_no_to_the_data_question():
    flags = _uk_flags(GROOMING_Q, GROOMING_A, ("no_information", "yes_no_unanswered"))
    assert "no_information" in flags
    assert "yes_no_unanswered" not in flags
