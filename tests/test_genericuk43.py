"""The closed form of the steps asked ("if he will take steps", "whether he is taking steps", "whether he has
taken steps") is read as ``specifics_named`` reads "what steps" (genericuk43, ``[answer] specific_ask_leads``):
where two sentences of the answer name a sum or a measure by its name, the readers flag no `generic` (they
read the steps named as the yes, or flag `yes_no_unanswered`). Real text: uk-commons 1666246 (dev-uk74,
partial + `yes_no_unanswered`, no `generic`), 1808535 (dev-uk50, partial + `yes_no_unanswered`, no
`generic`); the guard 1816525 (dev-uk81) names no measure by a head word, so the model decides it."""

from __future__ import annotations

import pytest

from .conftest import generic_flags as _flags
from .test_genuk34 import _flagging  # a model that reads every English unit as generic

# uk-commons 1666246 (dev-uk74): the programme named in two sentences
BLUE_BELT = (
    "To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, whether he is taking "
    "steps with Cabinet colleagues to amend the Blue Belt Programme to (a) increase protections for "
    "endangered bird species, (b) conserve fishing stocks and (c) protect the ocean floor.",
    "<p>The FCDO's Blue Belt Programme provides the UK Overseas Territories (OTs) with support, training and "
    "technical expertise to protect species and habitats within their waters. Each OT is unique, therefore "
    "the management and protective measures are Territory specific. For example, OTs have put in place "
    "measures to protect sea-bird species; established sustainable and precautionary fishing practices to "
    "conserve fish stocks and have banned damaging fishing practices (such as benthic trawlers) and "
    "hydrocarbon removal to protect the ocean floor. The Programme will continue to support OTs with the "
    "protection and sustainable management of their marine environment.</p>",
)
# uk-commons 1808535 (dev-uk50): the framework, the service and the scheme named
NORTHERN_IRELAND = (
    "To ask the Secretary of State for Northern Ireland, whether he has taken steps to help support (a) "
    "businesses and (b) consumers in Northern Ireland to order from suppliers based in Great Britain in the "
    "period since the signing of the trade agreement with the EU on 19 May 2025.",
    "<p>The Government’s renewed partnership with the EU will deliver a broader range of benefits for people "
    "and businesses across the UK, including the SPS Agreement which, once implemented, will help facilitate "
    "the smooth flow of agrifood and plants from Great Britain to Northern Ireland, reduce costs for "
    "businesses and improve consumer choice. These new arrangements will now be developed into a legal text "
    "over the coming months.</p><p>The Government also remains committed to implementing the Windsor "
    "Framework and to protecting the UK internal market. The Framework guarantees unfettered access for "
    "Northern Ireland’s businesses to the UK market and also supports traders to do business. Many are "
    "taking advantage of the support provided by the Trader Support Service.</p><p>On 1 May 2025, the "
    "Government introduced important new arrangements for freight and parcels movements to ensure that goods "
    "can continue to move smoothly from Great Britain to Northern Ireland. The new arrangements ensure that "
    "goods sent to or from consumers will not be subject to customs declarations or duty. We have also "
    "introduced a range of schemes to support businesses by removing unnecessary checks and paperwork; over "
    "10,000 businesses are already signed up to the UK Internal Market Scheme.</p>",
)
# uk-commons 1816525 (dev-uk81): "whether he has taken steps", no sum and no measure before a head word
COMBAT_AIR = (
    "To ask the Secretary of State for Defence, with reference to the policy paper entitled UK-France Joint "
    "Leaders' Declaration, published on 23rd March 2023, whether he has taken steps to increase the "
    "interoperability of (a) communication, (b) armament systems and (c) other future Combat Air systems.",
    "<p>The UK remains committed to exploring interoperability between the Future Combat Air Systems (FCAS) "
    "of the UK and France, which will form part of the wider combat air and multi-domain capabilities across "
    "Europe and NATO. The UK maintains a NATO-first approach to addressing interoperability. At the same time, "
    "the UK and France are working together to explore areas in which interoperability can be increased, such "
    "as communication and armaments systems. The UK and France are doing so through our military and "
    "industrial relationships, mutual sharing of technical roadmaps for missiles, and the FCAS Technology "
    "Development Cooperation mechanism, the second phase of which will focus on interoperability.</p>",
)


@pytest.mark.parametrize("case", [BLUE_BELT, NORTHERN_IRELAND], ids=["taking-steps", "taken-steps"])
def test_closed_steps_asked_named_in_two_sentences_is_no_generic(tmp_path, case):
    assert "generic" not in _flags(*case, _flagging(tmp_path))


def test_the_veto_names_the_steps_and_the_first_sentence(tmp_path, caplog):
    with caplog.at_level("DEBUG", logger="qa_align.rules.answers"):
        _flags(*BLUE_BELT, _flagging(tmp_path))
    assert "the steps asked named in 2 sentences ('The FCDO's Blue Belt Programme provides" in caplog.text


def test_closed_steps_asked_with_no_measure_named_is_left_to_the_model(tmp_path):
    # a guard: passes before and after the change
    assert "generic" in _flags(*COMBAT_AIR, _flagging(tmp_path))
