"""deflection where the answer says who decides (helper deflect23, 2026-12-04): another body "responsible for
deciding", "responsible for making ... decisions", "a local decision"; in Dutch the matter
denied to the minister ("Het is niet aan mij om"). Not "best placed to decide" (a reason given), and not a
decision in individual cases. Real answers from ../shared/data, shortened; expected
flags written by hand from reading them."""

from .test_deflect16 import be_flags, uk_flags


def test_a_body_responsible_for_deciding_is_a_deflection():
    # uk-commons 1888618 (dev-uk49): where polling stations stand is the Returning Officers' decision
    flags = uk_flags(
        "To ask the Minister for the Cabinet Office, what guidance the Electoral Commission issues on the use of "
        "churches as polling stations.",
        "Returning Officers are responsible for deciding where polling stations should be situated. The "
        "Commission's guidance advises them to select a suitable venue based on size and accessibility.",
    )
    assert "deflection" in flags


def test_a_regulator_responsible_for_making_its_decisions_is_a_deflection():
    # uk-commons 1841447 (dev-uk42): the pricing asked about is Ofcom's regulatory decision
    flags = uk_flags(
        "To ask the Secretary of State for Science, Innovation and Technology, whether she has made an "
        "assessment of the potential impact of changes to PIA pricing on Project Gigabit.",
        "As the independent regulator for telecommunications, Ofcom is responsible for making regulatory "
        "decisions in the fixed telecoms sector, including on the Physical Infrastructure Access (PIA) product. "
        "For this reason, we have not made any assessment of changes to PIA pricing on Project Gigabit.",
    )
    assert "deflection" in flags


def test_a_local_decision_is_a_deflection():
    # uk-commons 1853879 (dev-uk48): whether a council issues a Section 114 notice is for the council
    flags = uk_flags(
        "To ask the Secretary of State for Housing, Communities and Local Government, what steps she is taking "
        "to prevent metropolitan authorities from issuing Section 114 notices.",
        "There will continue to be a framework in place to support local authorities in the most difficult "
        "financial positions. Issuing a Section 114 notice is a local decision and one that government has no "
        "formal role in.",
    )
    assert "deflection" in flags


def test_local_authorities_best_placed_to_determine_as_the_reason_asked_is_no_deflection():
    # uk-commons 1748424 (dev-uk13, shortened): why bin collections are not set nationally; the placing with
    # the councils is itself the reason asked
    flags = uk_flags(
        "To ask the Secretary of State for Environment, Food and Rural Affairs, why her Department has not set a "
        "minimum frequency for household bin collections.",
        "Local authorities are best placed to determine the effective delivery of local services. As is "
        "currently the case, authorities will continue to decide collection frequency. There has never been a "
        "statutory requirement regarding the frequency of bin collections.",
    )
    assert "deflection" not in flags


def test_the_matter_not_the_ministers_to_explain_is_a_deflection():
    # be-kamer 192406 2 (dev-be39): the other member states' choices are theirs to explain
    flags = be_flags(
        "Kerncentrale Astravets.\n\n 1. Deelt u de bezorgdheid van Litouwen over de kerncentrale?",
        "Het is niet aan mij om de standpunten en de keuzes die andere Lidstaten maakten te verklaren. De keuze "
        "voor de energiemix valt onder de soevereiniteit van elke Staat.",
    )
    assert "deflection" in flags["1"]
