"""deflection on text the rules were not tuned on (helper deflect18, 2026-12-03): the matter left to
each body of a level ("It is for each local authority to decide what is sufficient provision", "It is
for those councils that have received the statutory invitation to consider ..."), and the minister's
own remit denied with the verb last ("Hoewel uw vraag niet onder mijn bevoegdheden valt")."""

from .test_deflect16 import be_flags, uk_flags


def test_the_matter_left_to_each_local_authority_is_a_deflection():
    # uk-commons 1681116: how many youth practitioners are needed is left to each local authority
    assert uk_flags(
        "To ask the Secretary of State for Culture, Media and Sport, whether her Department has made an estimate "
        "of the number of youth practitioners with youth work training that are required to ensure adequate "
        "provision of youth services by local authorities under Section 507B of the Education Act 1996.",
        "Local authorities have a statutory duty to secure, so far as is reasonably practicable, sufficient "
        "provision of educational and recreational leisure-time activities for young people. It is for each local "
        "authority to decide what is sufficient provision.",
    ) == ["deflection"]


def test_the_matter_left_to_those_councils_is_a_deflection():
    # uk-commons 1796859 (dev-uk27): the functions the town and parish councils take over
    assert uk_flags(
        "To ask the Secretary of State for Housing, Communities and Local Government, if she will publish a list "
        "of the responsibilities that Town and Parish Council will be expected to take over from District "
        "Councils following the creating of new Unitary Authorities.",
        "The government has no intention to require town and parish councils to deliver functions as part of "
        "local government reorganisation. It is for those councils that have received the statutory invitation "
        "to consider the delivery of public services as they develop robust and sustainable proposals.",
    ) == ["deflection"]


def test_data_said_to_be_for_those_starting_courses_is_no_deflection():
    # uk-commons 1733908: "is for those" without "it" says what the data cover, not who decides
    assert (
        uk_flags(
            "To ask the Secretary of State for Health and Social Care, how many people have entered the NHS "
            "midwifery workforce through (a) pre-registration undergraduate courses and (b) apprenticeships.",
            "The HESES' data includes figures on undergraduate and postgraduate midwifery courses in England. The "
            "latest published data is for those starting courses in 2023.",
        )
        == []
    )


def test_a_question_not_under_the_ministers_remit_with_the_verb_last_is_a_deflection():
    # be-kamer 191761 (dev-be23): the judicial facts fall outside the minister's remit
    flags = be_flags(
        "Een passagier die werd aangevallen op een bus van De Lijn.\n\n 1. Hoe valt te verklaren dat "
        "politieagenten kunnen weigeren een klacht te noteren?",
        "Hoewel uw vraag niet onder mijn bevoegdheden valt, aangezien het gaat om gerechtelijke feiten, ben ik "
        "toch zo vrij om terug te komen op de informatie die door de politiezone Grimbergen wordt meegedeeld.",
    )
    assert flags["1"] == ["deflection"]
