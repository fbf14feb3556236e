"""holding on deferrals that no cue read before (holding10, issue 17: holding recall on unseen
documents): a decision left to what feedback will inform, more information promised later, an
approach promised once an assessment is complete, waiting for advice, no decision taken yet; real
answers from ../shared/data (shortened where said), expected flags written by hand."""

from tests.test_holding6 import holding_of


def test_feedback_that_will_inform_future_decisions_is_holding():
    # uk-commons 1851316: whether labelling will be mandatory is put off to decisions the feedback will inform
    assert holding_of(
        "To ask the Secretary of State for Environment, Food and Rural Affairs, whether she plans to enact (a) a "
        "mandatory Precision Bred Variety List for England and (b) mandatory labelling of precision-bred seeds and "
        "plant reproductive materials before the Genetic Technology (Precision Breeding) Regulations 2025 come into "
        "force.",
        "<p>For the main agricultural and vegetable plant varieties, a variety must be registered on the Great "
        "Britain (GB), or Northern Ireland (NI) variety lists before seed can be marketed. To implement the Genetic "
        "Technology (Precision Breeding) Act 2023, a new, mandatory Precision Bred Plant Variety List for England is "
        "proposed to facilitate the evaluation of precision bred agricultural and vegetable plant varieties in "
        "England.</p><p>Feedback from recent public consultation will be used to shape the regulatory framework for "
        "precision bred plants and plant reproductive material to ensure it reflects stakeholder concerns and "
        "priorities, including the need for clear, and accessible information on precision bred plant varieties. "
        "The feedback will inform future decisions on the inclusion of precision bred status in mandatory labelling "
        "of precision bred seed and other plant reproductive material.</p>",
    )


def test_more_information_on_plans_later_this_year_is_holding():
    # uk-commons 1902297: what the cut means for the BBC's events is put off to more information to come
    assert holding_of(
        "To ask the Secretary of State for Culture, Media and Sport, what discussions she has had with the BBC on the "
        "potential impact on the its ability to host live music events, like the BBC Radio 6 Music Festival, around "
        "the UK following the Corporation's announcement of a £500m cut in its budget.",
        "<p>The BBC is a vital national institution and an engine of the nations and regions. In that context, this "
        "news is concerning for the BBC workforce who are facing significant uncertainty, and for the sector as a "
        "whole. The BBC is delivering significant savings, which requires difficult decisions to be made independent "
        "of the Government. The BBC have stated that there will be more information on their plans later this year. "
        "Looking ahead, the Charter Review aims to deliver a BBC that is sustainably funded in a way that sets the "
        "BBC on a path to thrive until well into the latter half of this century.</p>",
    )


def test_an_approach_promised_once_an_assessment_is_complete_is_holding():
    # uk-commons 1919206: whether commons will be eligible is put off until the RPA's assessment is complete
    assert holding_of(
        "To ask the Secretary of State for Environment, Food and Rural Affairs, whether her Department is taking "
        "steps to ensure those managing common land will be eligible to apply for the Sustainable Farming Incentive "
        "and Countryside Stewardship Higher Tier Scheme in 2027.",
        "<p>Defra understands the importance of Commons and recognises the importance of bringing them under these "
        "schemes. The Rural Payments Agency (RPA) is working on a solution to this issue, assessing how common land "
        "applications can be made in the schemes. Once this assessment is complete, the RPA will communicate its "
        "planned approach, including any implications for SFI to stakeholders and potential agreement holders with "
        "common land.</p>",
    )


def test_nl_a_form_that_still_waits_for_advice_is_holding():
    # be-kamer 185745: when the form will be set is put off to advice still awaited
    assert holding_of(
        "Wanneer zal u het formaat en de inhoud van de prestatiefiche voor tolken vastleggen?",
        "De prestatiefiche waarin het KB voorziet, is al een tijdje ontworpen, maar wacht nog op advies van de "
        "Dienst Administratieve Vereenvoudiging, waarna deze aan het advies van de Raad Van State wordt voorgelegd.",
        language="nl",
    )


def test_nl_no_decision_taken_yet_on_what_was_asked_is_holding():
    # be-kamer 192083 (its second unit): the sale asked about awaits a decision not yet taken
    assert holding_of(
        "Wat is de regering van plan met de site in Ukkel? Zal de site worden verkocht? Zo ja, wat is het tijdpad? "
        "Is er al een raming van de waarde van het terrein?",
        "De site te Ukkel zal op termijn dus verkocht worden.Gelet op timing van de werken uit te voeren op de site "
        "Erasmus, is er in dit stadium nog geen beslissing over het bedrag van de verkoop, noch over het proces.",
        language="nl",
    )
