"""holding on Dutch forms of the examining still going on ("wordt ... bekeken of", "nog gaande",
"... is lopende"), and what they leave alone: a standing practice "wordt individueel bekeken", work
under way that answers ("De implementatie ... is lopende"), a question answered beside them (holding14).
Real be-kamer answers from ../shared/data outside the labelled sets, shortened; expected flags written
by hand from reading them."""

from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import be_doc

SETTINGS = Settings(rules=("holding",), recycled_across_documents=False)


def holding_of(question: str, answer: str) -> bool:
    (sp,) = score_document(be_doc(question, answer), SETTINGS)
    return any(f.name == "holding" for f in sp.flags)


def test_negotiations_still_going_on_are_holding():
    # be-kamer 185362 unit 2: whether room is made in the plan is left to negotiations not yet ended
    assert holding_of(
        "Zal er in het nieuwe meerjareninvesteringsplan van Infrabel financiele ruimte vrijgemaakt worden voor "
        "deze ondertunneling?",
        "Vermits de onderhandelingen over dit plan nog gaande zijn, wens ik op deze keuzes niet vooruit te lopen.",
    )


def test_working_groups_that_are_looking_at_the_adjustments_are_holding():
    # be-kamer 188993 unit 4: what will be done is still being looked at
    assert holding_of(
        "Hoe zal de verzekeringssector naar uw weten dit nieuwe fenomeen aanpakken, gezien de evolutie en de "
        "ontwikkeling van de deeleconomie?",
        "De verzekeraars volgen de ontwikkeling van de deeleconomie van nabij. Nu wordt er in werkgroepen bekeken "
        "welke aanpassingen op korte termijn mogelijk zijn.",
    )


def test_a_revision_being_looked_at_is_holding():
    # be-kamer 190210 unit 3 (shortened): how far the revision of the protocols stands: still examined
    assert holding_of(
        "Hoe ver staat u met de herziening van die protocolakkoorden over de vroegtijdige opsporing van kanker?",
        "De evaluatie van het protocolakkoord inzake het Kankerregister is momenteel onderdeel van de besprekingen "
        "in de IKW chronische ziekten/preventie. Hier wordt bekeken of eventuele wijzigingen aan dit "
        "protocolakkoord nodig zijn.",
    )


def test_a_case_looked_at_one_by_one_is_no_deferral():
    # be-kamer 187526 (shortened): "wordt individueel bekeken" is how every case is handled, a standing
    # practice; nothing asked is put off
    assert not holding_of(
        "Hebben teruggekeerde Syriestrijders recht op een uitkering?",
        "Het feit dat iemand (dus ook een teruggekeerde Syriestrijder) het recht heeft op een of andere uitkering "
        "wordt individueel bekeken.",
    )


def test_an_implementation_under_way_is_no_deferral():
    # be-kamer 188850 (shortened): the new way of working is being put in place, the answer asked; no
    # study or analysis is said to be running ("is lopende" alone is no cue)
    assert not holding_of(
        "Werd de nieuwe manier van werken bij de dienst al ingevoerd?",
        "De implementatie van de nieuwe manier van werken is lopende.",
    )


def test_a_day_fixed_by_the_treaty_gives_the_time_asked():
    # be-kamer 186756 unit 2 (shortened): "op de eerste dag van de tweede maand volgend op ..." is when it
    # enters into force, the time asked; nothing is put off ([cues] time_named)
    assert not holding_of(
        "Wat houdt de samenwerkingsovereenkomst met de Servische politie concreet in? Wanneer zal ze in werking "
        "treden?",
        "Het Verdrag kan pas in werking treden nadat het door beide Partijen geratificeerd is. Het zal meer bepaald "
        "in werking treden op de eerste dag van de tweede maand volgend op de datum waarop de bekendmaking door de "
        "laatste Partij van de voltooiing van de wettelijke procedures wordt ontvangen door de andere Partij.",
    )


def test_a_document_due_before_the_holiday_gives_the_time_asked():
    # be-kamer 192446 (shortened): "voor de vakantie" names when the results come, the time asked
    assert not holding_of(
        "Wanneer zullen de resultaten beschikbaar zijn en aan de commissieleden worden overgezonden?",
        "Ik heb aan de FOD Mobiliteit en Vervoer gevraagd een begeleidend document bij de studie voor te bereiden. "
        "Dit document met aanvullende informatie zal voor de vakantie beschikbaar zijn.",
    )


def test_a_step_still_to_come_with_no_time_still_puts_the_time_off():
    # the same question, the answer naming no time: the time asked is put off (the path the new time words
    # must leave alone)
    assert holding_of(
        "Wat houdt de samenwerkingsovereenkomst met de Servische politie concreet in? Wanneer zal ze in werking "
        "treden?",
        "Het Verdrag kan pas in werking treden nadat het door beide Partijen geratificeerd is. Het zal daartoe "
        "eerst aan het Parlement worden voorgelegd.",
    )


def uk_holding_of(question: str, answer: str) -> bool:
    from qa_align.readers.uk_commons import read_record as uk_record

    doc = uk_record({"id": 1, "questionText": question, "answerText": answer}, "t")
    (sp,) = score_document(doc, SETTINGS)
    return any(f.name == "holding" for f in sp.flags)


def test_a_question_on_when_something_was_done_is_put_off_by_no_future_sentence():
    # uk-commons 1894972 (outside the labelled sets): it asks when a contract was signed; a sentence on
    # what the vessels will be used for puts nothing asked off
    assert not uk_holding_of(
        "To ask the Secretary of State for Defence, with reference to the oral contribution of the Minister for "
        "Veterans and People during the debate on Defence of 24 March 2026, Official Report, column 267, when was "
        "the contract for the 20 uncrewed surface vessels signed.",
        "As part of Project Beehive, the Royal Navy has ordered 20 uncrewed surface vessels under a contract worth "
        "£12.3 million. The fleet of 20 vessels will be used by the Coastal Forces Squadron and 47 Commando Royal "
        "Marines for operations, training and development activities.",
    )


def test_the_end_of_the_tax_year_gives_the_time_asked():
    # uk-commons 1879697 (outside the labelled sets, shortened): the time asked is given
    assert not uk_holding_of(
        "To ask the Chancellor of the Exchequer, when are processing times for A1 certificate applications "
        "expected to return to the standard service level.",
        "Additional National Insurance advisers are being trained to further increase capacity. HMRC has "
        "implemented a plan to stabilise performance and expects to meet its SLAs by the end of the tax year.",
    )


def test_a_response_due_later_this_year_still_puts_the_asked_off():
    # uk-commons 1919381 (outside the labelled sets, shortened): responses still being reviewed, the
    # publication asked for put off ("later this year" is no time named: holding13's readers flag it)
    assert uk_holding_of(
        "To ask the Secretary of State for Energy Security and Net Zero, when his Department plans to publish the "
        "finalised Home Energy Model band boundaries that will define compliance with the new EPC C standard.",
        "The government's Home Energy Model: Energy Performance Certificate consultation closed in March. We are "
        "currently reviewing consultation responses and will publish the Government Response later this year.",
    )
