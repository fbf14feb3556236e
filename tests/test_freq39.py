"""figures_missing on the answer side (freq39). A frequency asked ("how frequently", "how often", "hoe vaak") is
answered by a frequency in words ("quarterly", "on a four-weekly basis", "twee keer per jaar"), the figure asked
there as a zero is of a count; not where the unit also asks a count of times over a period or another count. Real
text of uk-commons (record ids in the comments), two texts adapted from real ones as said beside them; expected
values from reading them."""

from __future__ import annotations

import pytest

from .test_figures13 import _be, _uk

# uk-commons 1911225: the frequency of the risk reviews given as "on a four-weekly basis"
Q_1911225 = (
    "To ask the Secretary of State for Transport, whether formal risk assessments undertaken ahead of the transfer "
    "of West Midlands Trains into public ownership identified risks relating to service frequency, fleet "
    "availability, or passenger performance; how frequently such risks are reviewed under the Public Ownership "
    "Programme; and whether Ministers have received advice regarding the potential impact of future rolling stock "
    "reallocations on passenger fares and overcrowding in the West Midlands."
)
A_1911225 = (
    "A formal risk review process was undertaken on a four-weekly basis ahead of the transfer of West Midlands "
    "Trains into public ownership, but these reviews related to the safe, secure and legal delivery of the "
    "transfer, rather than risks relating to service frequency, fleet availability, or passenger performance, "
    "because the intention of each transfer to public ownership is that there is no immediate change to the day to "
    "day operation. No advice has been received by Ministers regarding the potential impact of future rolling stock "
    "reallocations on passenger fares and overcrowding in the West Midlands, as there are no plans to change such "
    "allocations."
)

# uk-commons 1741150: "how often Departments should publish that data", answered "quarterly"
Q_1741150 = (
    "To ask the Minister for the Cabinet Office, pursuant to the Answer of 21 October 2024 to Question 8125 on "
    "Government Departments: Staff, whether the transparency team in his Department reminds other Departments to "
    "update their organogram data; and how often Departments should publish that data."
)
A_1741150 = (
    "Each individual department is required to publish this information regularly on gov.uk and is responsible "
    "for their own publication. Where possible departments should publish this information quarterly, and they "
    "have been issued guidance which contains a publishing schedule."
)

# uk-commons 1672652: "how often the Health and Safety Executive reviews ...", answered "annually reviews"
Q_1672652 = (
    "To ask the Secretary of State for Work and Pensions, how often the Health and Safety Executive reviews and "
    "updates the UK REACH Candidate List of substances of very high concern for authorisation; and what estimate "
    "he has made of when the next update of that list will be published."
)
A_1672652 = (
    "Although the Health and Safety Executive annually reviews substances for potential inclusion in the UK REACH "
    "Candidate List of substances of very high concern for authorisation, it is not anticipating an update to the "
    "list before 2025."
)


@pytest.mark.parametrize(
    ("question", "answer"),
    [(Q_1911225, A_1911225), (Q_1741150, A_1741150), (Q_1672652, A_1672652)],
)
def test_a_frequency_asked_and_given_in_words_is_not_missing(question, answer):
    assert "figures_missing" not in _uk(question, answer)


def test_a_frequency_in_words_beside_an_answer_about_other_things_leaves_it_missing():
    # guard (passes before and after): the frequency word stands in a sentence that names nothing the question asks
    answer = "The Department publishes its annual report annually. We have no further information to add."
    assert "figures_missing" in _uk(Q_1741150, answer)


def test_a_count_of_times_over_a_period_is_not_given_by_a_frequency():
    # guard (passes before and after): "how often ... in the last 12 months" asks how many times (the ask of
    # uk-commons 1899658, shortened; the answer written for the test): a frequency in words gives no count of them
    question = (
        "To ask the Minister for the Cabinet Office, what penalties apply when Capita misses the contractual service "
        "standards of the Civil Service Pension Scheme; and how often such penalties have been applied in the last "
        "12 months."
    )
    answer = "Penalties for Capita under the Civil Service Pension Scheme contract are reviewed monthly."
    assert "figures_missing" in _uk(question, answer)


# written after be-kamer-2017 186746, question 2 ("Hoe vaak wordt er overlegd?" answered "... organiseert het
# UNCRPD- coordinatiemechanisme twee keer per jaar een opvolgingsvergadering met alle aangeduide contactpunten van
# de deelgebieden"): there the asking sentence and the answer's share no word, so the rule does not read the record
# itself, and "twee" is a number word the answer side reads already; here they name the contact points and the
# Communities and Regions both, and the frequency is "jaarlijks", no number
Q_186746 = (
    "Levert het overleg met de Gemeenschappen en de Gewesten resultaten op? Wat komt eruit naar voren? Hoe vaak "
    "wordt er overlegd met de contactpunten van de Gemeenschappen en de Gewesten?"
)
A_186746 = (
    "Wat het interfederaal niveau betreft, organiseert het coordinatiemechanisme jaarlijks een "
    "opvolgingsvergadering met alle aangeduide contactpunten van de Gemeenschappen en de Gewesten."
)


def test_a_dutch_frequency_asked_and_given_in_words_is_not_missing():
    assert "figures_missing" not in _be(Q_186746, A_186746)


def test_a_dutch_frequency_in_words_about_other_things_leaves_it_missing():
    # guard (passes before and after): "jaarlijks" in a sentence that names nothing the question asks
    assert "figures_missing" in _be(
        Q_186746, "Het jaarverslag verschijnt jaarlijks. Meer kan ik daarover niet zeggen."
    )
