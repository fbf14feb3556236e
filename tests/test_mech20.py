"""Three mechanics that made lexicon gaps and follow-ups miss (mech20, session 20): a cue phrase's
``*`` gap ended at the full stop of an abbreviation ("the Rt Hon. Member", "vraag nr. 641"), the
lexicon's gap counted a possessive "’s" as two words more, and "Indien wel," was no follow-up of a
reply. Sentences quoted from ../shared/data."""

from __future__ import annotations

from qa_align.analyze import analyze_question, answer_cues
from qa_align.coverage import asked
from qa_align.text import sentences
from qa_align.types import Question


def _cross_references(text: str, language: str) -> list[str]:
    return [c.text for c in answer_cues(text, language) if c.kind == "cross_reference"]


def test_gap_runs_over_the_full_stop_of_an_abbreviation_before_a_capital():
    # uk-commons 1862275: a reader reads a pointer to an earlier answer
    text = "I refer the Rt Hon. Member to the answer given to Question UIN 26106 on 5 February 2025."
    assert _cross_references(text, "en") == ["refer the Rt Hon. Member to the answer"]
    # the splitter reads it as one sentence too: the gap and the sentence end at the same stops
    assert len(sentences(text, "en")) == 1


def test_gap_runs_over_a_question_number():
    # be-kamer 189863: "vraag nr. 641" is one reference, its full stop no sentence's end
    text = (
        "Zoals reeds aangegeven in het antwoord op vraag nr. 641(Vragen en Antwoorden, Kamer, 2015-2016, "
        "nr. 67) verdeelt het Nationaal Instituut Criminalistiek en Criminologie (NICC) jaarlijks ongeveer "
        "650 kits."
    )
    assert len(sentences(text, "nl")) == 1
    found = _cross_references(text, "nl")
    assert found and found[0].startswith("in het antwoord op vraag nr. 641")


def test_a_possessive_is_one_word_of_a_gap():
    # uk-commons 1835315: "takes * seriously" (general policy talk) over four words, "women’s" one of them
    text = (
        "The Government takes women’s health issues very seriously; we are committed to supporting women to "
        "balance work alongside managing their health."
    )
    talk = [c.text for c in answer_cues(text, "en") if c.kind == "policy_talk"]
    assert "takes women’s health issues very seriously" in talk
    # the same words with a straight apostrophe, and without the possessive: six words, one too many
    assert "takes women's health issues very seriously" in [
        c.text for c in answer_cues(text.replace("’", "'"), "en") if c.kind == "policy_talk"
    ]
    longer = text.replace("women’s health issues", "the health issues of women")
    assert not any(c.text.startswith("takes") for c in answer_cues(longer, "en") if c.kind == "policy_talk")


def test_a_punctuation_mark_is_no_word_of_a_gap():
    # uk-commons 1730410: "keeps * under review" over five words and two commas
    text = "The Food Standards Agency (FSA) keeps contaminants, including lead in food, under review."
    standing = [c.text for c in answer_cues(text, "en") if c.kind == "standing"]
    assert standing == ["keeps contaminants, including lead in food, under review"]


def test_a_gap_ends_at_a_full_stop_run_on_the_next_sentence():
    # be-kamer 185586: the Chamber's records run the next sentence on a full stop ("beantwoorden.De");
    # "niet * beschikbaar" does not run from the first sentence's "niet" into the second
    text = (
        "Omdat de cijfers voor 2016 nog niet beschikbaar zijn, kan de NMBS deze vraag nog niet "
        "beantwoorden.De cijfers zullen beschikbaar zijn na publicatie van het jaarverslag."
    )
    assert not [c.text for c in answer_cues(text, "nl") if "beantwoorden.De" in c.text]


def test_nrs_and_col_end_no_sentence():
    # be-kamer 188748: the numbers of the questions pointed to belong to the pointer's sentence
    text = (
        "Vooreerst wordt er verwezen naar het hieromtrent op 15 maart jongstleden in de commissie voor de "
        "Justitie gegeven antwoord op samengevoegde mondelinge vragen met nrs. 17152, 17153, 17210 en 17239 "
        "(Integraal Verslag, Kamer, 2016-2017, CRIV 54 COM 622). Er wordt hierbij benadrukt dat er in deze "
        "geenszins over een nacht ijs is gegaan."
    )
    assert [s[2][:10] for s in sentences(text, "nl")] == ["Vooreerst ", "Er wordt h"]
    # uk-commons 1690362: "col." is a column of the Official Report
    text = (
        "I refer the Hon. Member to my remarks in response to her point or order on 31st January (Official "
        "Report, col. 898), and my responses during business questions on the 18th January (Official Report, "
        "col. 1039-40)."
    )
    assert len(sentences(text, "en")) == 1


def _asked(text: str, language: str = "nl"):
    unit = Question(start=0, end=len(text), text=text)
    return asked(unit, analyze_question(unit, language), language)


def test_a_count_after_indien_wel_is_asked_on_a_yes():
    # be-kamer 189224, question 3: how many took the course is asked only if the course is ready
    text = (
        "Hoe ver staat u met de opleiding voor de bewoners en medewerkers over seksuele gezondheid en "
        "seksueel grensoverschrijdend gedrag? Indien ze nog niet klaar is, wanneer is dit voorzien? Indien "
        "wel, aan hoeveel medewerkers en bewoners is de cursus gegeven?"
    )
    a = _asked(text)
    assert a.counts and a.conditional == "yes"
