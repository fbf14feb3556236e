"""A short English negation is read in full wherever the rules look for a negation word: the cue
matcher, ``negating_words`` (``rules.answers._said_held``) and ``uncontracted_words``
(``rules.answers._denies_of``, which read "isn't" as "isn", "t" before)."""

from qa_align.analyze import negating_words, uncontracted_words
from qa_align.lexicon import load_lexicon


def test_a_short_negation_is_read_in_full():
    # uk-commons 1727385
    said = "The Pension Credit & Winter Fuel Payments statistics aren’t available for Lincolnshire."
    assert uncontracted_words(said) == [
        "the", "pension", "credit", "winter", "fuel", "payments", "statistics", "are", "not", "available", "for",
        "lincolnshire",
    ]  # fmt: skip
    # uk-commons 1689328
    assert uncontracted_words("There isn't a separate budget for action against Asian hornet.")[:3] == [
        "there", "is", "not",
    ]  # fmt: skip
    # uk-commons 1788730: "can’t" is "cannot", one word, as the cue matcher reads it
    assert uncontracted_words("The social security system will always be there for those who can’t work.") == [
        "the", "social", "security", "system", "will", "always", "be", "there", "for", "those", "who", "cannot",
        "work",
    ]  # fmt: skip


def test_both_readings_of_a_negation_agree():
    # uk-commons 1655929: the words that negate are those negating_words reads
    said = "The information requested isn't readily available and could only be provided at disproportionate cost."
    negations = {w.lower() for w in load_lexicon("en").negations}
    assert negations & set(uncontracted_words(said)) == negations & negating_words(said, "en") == {"not"}


def test_a_text_without_one_keeps_its_words():
    # uk-commons 1866713: no contraction, a web address read in its parts
    said = (
        "The list of qualifying ESMs, which includes but is not limited to heat pumps, can be found here:  "
        "https://www.gov.uk/guidance/vat-on-energy-saving-materials-and-heating-equipment-notice-7086"
    )
    assert uncontracted_words(said)[18:22] == ["https", "www", "gov", "uk"]


def test_an_address_beside_a_short_negation_keeps_its_words():
    # uk-commons 1867922 (shortened, its paragraphs one text): the address in its parts, as ``text.words``
    # reads it where no negation is short, and "wasn't" in full
    said = (
        "Published Mental Health Services Monthly Statistics can be found at the following link: "
        "https://digital.nhs.uk/data-and-information/publications/statistical/mental-health-services-monthly-statistics "
        "A first contact can be defined as either direct contact, or indirect activity, contacts where the patient "
        "wasn't present."
    )
    words = uncontracted_words(said)
    assert words[13:20] == ["https", "digital", "nhs", "uk", "data", "and", "information"]
    assert words[-4:] == ["patient", "was", "not", "present"]
