"""breakdown_missing (breakdown37). The data a department holds on a measured quantity, named before the first
lettered part in its clause ("what information her Department holds on the completion rate for ... the (a) ...,
(b) ..."; ``[coverage] held_on_leads``, ``held_on``, ``held_quantities``), ask the figures of that quantity as a
count does, so the parts after it are parts of that count (``coverage._parts_of_count``): a part no figure speaks
of is not given. Texts are the records' own; the expected flags are the readers' of the labelled sets named, or the
helper's reading (an unlabelled record). All three fail on e22e860."""

from __future__ import annotations

from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import uk_doc

SETTINGS = Settings(rules=("figures_missing", "breakdown_missing"), recycled_across_documents=False)


def _flags(doc) -> dict[str, str]:
    (sp,) = score_document(doc, SETTINGS)
    return {f.name: f.reason for f in sp.flags}


# dev-uk11 1821284 (its readers: breakdown_missing, cross_reference, figures_missing, no_information: the overall
# completion rate and the ethnicity coverage are given, for (b) disability and (c) health conditions "the department
# is currently unable to provide reliable figures")
COMPLETION = (
    "To ask the Secretary of State for Work and Pensions, what information her Department holds on the completion "
    "rate for the Universal Credit optional equality questions on the (a) ethnic sub-group, (b) whether the "
    "respondent meets the definition of disability under the Equality Act 2010 and (c) whether the respondent has "
    "(i) health conditions and (ii) illnesses which affect them in specified ways, in the latest period for which "
    "data is available."
)
COMPLETION_ANSWER = (
    "<p>Since March 2025, the weekly completion rate for the Universal Credit (UC) equality questionnaire was "
    "between 75% and 80%. This is the proportion of people who complete the questionnaire when prompted to do so. "
    "To complete the questionnaire, claimants must respond to all questions, however, they may select &quot;prefer "
    "not to say&quot; as a valid response. Claimants are prompted to complete the questionnaire when they make an "
    "initial claim or a reclaim. They have 40 days to complete it before it is removed from their UC To-Do "
    "List.</p><p> </p><p>The coverage rate, i.e. the proportion of the UC caseload for whom we have a valid "
    "response, for the ethnicity questions, including for ethnic sub-groups, has reached over 70% and the "
    "Universal Credit statistics have been published with those breakdowns, with the latest statistics to June "
    "2025 published on 15 July 2025.</p><p> </p><p>The health and disability questions were only introduced in "
    "December 2023, and it will take time for a sufficient proportion of the total UC caseload to respond, before "
    "any meaningful analysis is possible. Consequently, the department is currently unable to provide reliable "
    "figures on responses to the health and disability questions gathered through the equality questionnaire.</p>"
)


def test_rate_held_on_parts_not_given():
    flags = _flags(uk_doc(COMPLETION, COMPLETION_ANSWER, 1821284))
    assert "breakdown_missing" in flags
    # (a) is spoken of ("for the ethnicity questions, including for ethnic sub-groups", over 70%); (c), health
    # conditions and illnesses, gets no figure ((b) gets none either, but its "disability" stands in the sentence
    # that says the figures cannot be given, which the parts reading takes as speaking of it)
    assert "part (a)" not in flags["breakdown_missing"]
    assert "part (c)" in flags["breakdown_missing"]


# dev-uk 1669064 (its readers: breakdown_missing, no_information: phones and laptops counted and costed, not split
# (A) lost / (B) stolen; "The Department has no record of lost removable devices, including memory sticks or
# external hard-drives")
DEVICES = (
    "To ask the Secretary of State for Business and Trade, what data their Department holds on the (a) number and "
    "(b) total cost of replacing (i) laptops, (ii) mobile phones, (iii) memory sticks and (iv) external hard drives "
    "that have been (A) lost and (B) stolen in the last year."
)
DEVICES_ANSWER = (
    "<p>The figures for the Department for Business and Trade from 1 April 2023 to 10 November 2023 for phones and "
    "laptops are below.</p><p> </p><table><tbody><tr><td><p><strong>Item </strong></p></td><td><p><strong>Number"
    "</strong></p></td><td><p><strong>Cost</strong></p></td></tr><tr><td><p>Phone</p></td><td><p>68</p></td><td>"
    "<p>\u00a3 30,285</p></td></tr><tr><td><p>Laptop</p></td><td><p>28</p></td><td><p>\u00a3 30,734</p></td></tr>"
    "<tr><td><p><strong>TOTAL</strong></p></td><td><p><strong>96</strong></p></td><td><p><strong> \u00a3 61,019"
    "</strong></p></td></tr></tbody></table><p> </p><p> </p><p>The Department has no record of lost removable "
    "devices, including memory sticks or external hard-drives.</p><p> </p><p>All departmental IT is fully "
    "security encrypted.</p><p> </p><p>The departmental security unit records and investigates each reported loss "
    "from the</p><p>Department. If appropriate, the police are invited to undertake further inquiries.</p><p> "
    "</p><p>Any mobile device reported as lost is immediately and remotely deactivated and the</p><p>contents "
    "deleted. The user account on any laptop reported as lost is immediately.</p><p>and remotely locked.</p><p> "
    "</p><p>There has been no data loss or compromise as a result of these losses.</p>"
)


def test_data_held_on_number_and_cost_roman_parts():
    # the lettered parts name only measures ("(a) number and (b) total cost of"): the roman parts are the count's
    assert "breakdown_missing" in _flags(uk_doc(DEVICES, DEVICES_ANSWER, 1669064))


# uk-commons 1788721 (unlabelled; read for breakdown37: only the total of all levies, "We do not collect data that
# breaks this down by the levying body": no level for any of the six bodies)
LEVIES = (
    "To ask the Secretary of State for Housing, Communities and Local Government, what information her Department "
    "holds on the level of council tax levied by (a) The Environment Agency, (b) Garden Committees, (c) "
    "Conservators, (d) Port Health Authorities, (e) Crematorium Boards and (f) Pensions Authorities in the most "
    "recent financial year for which figures are available."
)
LEVIES_ANSWER = (
    "<p>The total amount of levies and special levies that have been included in the Council Tax Requirement set by "
    "local authorities in England in 2025-26 is \u00a31.36 billion. We do not collect data that breaks this down "
    "by the levying body.</p>"
)


def test_level_held_on_total_only():
    assert "breakdown_missing" in _flags(uk_doc(LEVIES, LEVIES_ANSWER, 1788721))
