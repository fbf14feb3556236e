"""deflection where the answer names the asked matter another body's role in words no entry read (helper
deflect24, 2026-12-05): "is the role of", "a local issue / matter", "responsible for assessing", and in Dutch
"De vraag moet aan ... worden gericht". Real answers from ../shared/data, shortened where said; expected
flags written by hand from reading them."""

from .test_deflect16 import be_flags, uk_flags


def test_enforcement_said_to_be_the_regulators_role_is_a_deflection():
    # uk-commons 1764903 (dev-uk40): the enforcement asked about is the Gambling Commission's
    flags = uk_flags(
        "To ask the Secretary of State for Culture, Media and Sport, what steps her Department is taking to ensure "
        "that online gambling operators are fully implementing protections for people experiencing harm.",
        "The Gambling Commission is in the process of introducing a number of regulatory reforms that build on "
        "current account level player protections. Regulatory enforcement is the role of the Gambling Commission "
        "as set out in the Gambling Act 2005. Gambling operators are required to send the Commission a regulatory "
        "return for each type of activity for which they hold a licence.",
    )
    assert "deflection" in flags


def test_a_local_issue_dealt_with_by_the_council_is_a_deflection():
    # uk-commons 1857473 (dev-uk53): the waste dispute placed with Birmingham City Council beside the plain no
    flags = uk_flags(
        "To ask the Secretary of State for Environment, Food and Rural Affairs, what assessment she has made of "
        "the potential environmental impact of prolonged interruptions to refuse collection in Birmingham, "
        "including consequences for air quality, pest control, and neighbourhood cleanliness.",
        "Defra has not made an assessment of the potential impact of prolonged interruptions to refuse collection "
        "in Birmingham. The ongoing waste dispute is a local issue and rightly being dealt with by Birmingham City "
        "Council.",
    )
    assert "deflection" in flags


def test_boards_responsible_for_assessing_the_needs_is_a_deflection():
    # uk-commons 1897974 (dev-uk46): the dental pilot placed with the integrated care board
    flags = uk_flags(
        "To ask the Secretary of State for Health and Social Care, what discussions he has had with the Cornwall "
        "and Isles of Scilly ICB on the proposed innovative access pilot project in Cornwall to support the most "
        "vulnerable to see an NHS dentist.",
        "Integrated care boards (ICBs) are responsible for assessing the needs of their population and ensuring "
        "that the relevant dental services are available. The ICB has confirmed a range of measures to increase "
        "appointment availability for local residents, including a dental van launched in 2025.",
    )
    assert "deflection" in flags


def test_the_question_to_be_put_to_the_region_is_a_deflection():
    # be-kamer 191942 (dev-be49, shortened): the measures asked in 3 are the Flemish Region's
    flags = be_flags(
        "Beleid rond luchthavens.\n\n Een verschuiving van het verkeer van Zaventem naar regionale luchthavens "
        "zoals deze van Oostende, is daarom misschien een optie. 1. Deelt u deze visie?2. Bent u bereid om de "
        "regionale luchthavens zoals deze van Oostende actief te ondersteunen?3. Welke concrete maatregelen zal u "
        "hiertoe nemen?",
        "1. Belgie biedt vijf internationale luchthavens die door lijnvliegtuigen kunnen worden aangedaan. Zo ook "
        "zag de luchthaven van Oostende haar activiteit in termen van diensteenheden met meer dan 25 % toenemen in "
        "2016. 2. De luchthaven van Oostende is een regionale luchthaven en welke maatregel dan ook ter "
        "ondersteuning van de activiteit ervan hangt bijgevolg van het Vlaams Gewest af. 3. Deze vraag moet aan "
        "het Vlaams Gewest worden gericht.",
    )
    assert "deflection" in flags["3"]
