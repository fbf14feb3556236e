"""yes_no_unanswered (helper yesno58): the state of the thing asked said in the question's own verb.

- A Dutch separable verb's participle ("vastgesteld", "opgeleid", "uitgevoerd": the "ge" after the
  particle) was no participle to `answers._participle`, so an answer that says the thing asked came
  about in the question's own verb went unread: "Werden er gevallen van recidive vastgesteld?" - "In
  2015 en 2016 werden bij 32 horecazaken vastgesteld dat ze voor een tweede (of meer) keer alcohol aan
  jongeren verkochten." (dev-be5 189686 3, the readers' label: answered, no flag: the yes, with the
  figure). `nl.toml` ``[answer] participle_particles``, `answers._unseparated`; read by `_takes_step`
  (the verb and a word asked) and `_denies`, not by `_restates` (the verb alone: "de spoorwegpolitie
  wordt niet afgeschaft!" is no no to "lokale afdelingen afschaffen", dev-be90 189623 3, the readers'
  flag). A function word of the question is none of its verbs ("Indien ...", dev-be38 191790 3).
- An English answer's hyphened word read joined: "We have no current plans to re-introduce them" to
  "whether he has made an assessment of the potential merits of reintroducing mandatory fire
  certificates" (dev-uk4 1687784 1, the readers' label: answered, no flag).

The questions and answers are the records' as stored (the guards shortened where said); the expected
readings are the readers' labels, written out by hand."""

from qa_align.lexicon import load_lexicon
from qa_align.rules.answers import _participle, _unhyphened, _unseparated
from qa_align.settings import Settings

from .conftest import be_doc, flags_by_unit, uk_doc

RULE_ONLY = Settings(rules=("yes_no_unanswered",), recycled_across_documents=False, answered_model="none")


def _be(question: str, answer: str) -> list[str]:
    return flags_by_unit(be_doc(question, answer, doc_id="t58"), RULE_ONLY)["1"]


def _particles() -> tuple[str, ...]:
    return tuple(w.lower() for w in load_lexicon("nl", None).phrases("answer", "participle_particles"))


def test_a_separable_participle_is_read_without_its_ge():
    particles = _particles()
    assert _unseparated("vastgesteld", particles) == "vaststeld"
    assert _unseparated("opgeleid", particles) == "opleid"
    assert _unseparated("uitgevoerd", particles) == "uitvoerd"
    # no participle: a noun, an infinitive of a verb in "ge-", a word with no particle
    assert _unseparated("uitgaven", particles) == "uitgaven"
    assert _unseparated("opgeven", particles) == "opgeven"
    assert _unseparated("ingevolge", particles) == "ingevolge"
    assert _unseparated("gesteld", particles) == "gesteld"
    # English has no particles: nothing changes
    assert _unseparated("vastgesteld", ()) == "vastgesteld"


def test_a_separable_participle_has_a_participles_form():
    prefixes = tuple(w.lower() for w in load_lexicon("nl", None).phrases("answer", "participle_prefixes"))
    assert _participle("vastgesteld", prefixes, _particles())
    assert _participle("opgericht", prefixes, _particles())
    assert not _participle("vastgesteld", prefixes)
    assert not _participle("uitgaven", prefixes, _particles())


def test_the_thing_asked_said_to_have_come_about_in_the_questions_separable_verb_is_the_yes():
    question = "Werden er gevallen van recidive vastgesteld?"
    answer = (
        "In 2015 en 2016 werden bij 32 horecazaken vastgesteld dat ze voor een tweede (of meer) keer alcohol "
        "aan jongeren verkochten."
    )
    assert "yes_no_unanswered" not in _be(question, answer)


def test_the_verb_alone_said_of_another_thing_leaves_the_question_open():
    # the guard (dev-be90 189623 3, shortened): the railway police as a whole is not abolished; whether local
    # departments are is left open, as the readers read it
    question = "Zal u in het kader van de huidige reorganisatie lokale afdelingen afschaffen?"
    answer = "Een ding is nochtans zeker: de spoorwegpolitie wordt niet afgeschaft!"
    assert "yes_no_unanswered" in _be(question, answer)


def test_a_function_word_of_the_question_is_no_verb_a_participle_meets():
    # the guard (dev-be38 191790 3, its question as stored, the answer a sentence of the kind it holds):
    # "ingediend" meets the conditional "Indien" on its first letters, no step on what was asked
    question = "Indien het verdict van het RIZIV negatief is, zal u dit dan toch volgen?"
    answer = "De firma heeft bij het RIZIV een aanvraag tot inschrijving van die specialiteit ingediend."
    assert "yes_no_unanswered" in _be(question, answer)


def test_hyphened_words_are_read_joined():
    assert _unhyphened("no plans to re-introduce them, co-ordinate") == {"reintroduce", "coordinate"}
    assert _unhyphened("in 2024-25 and 20-odd") == set()


def test_a_plain_no_in_a_hyphened_verb_is_the_no():
    question = (
        "To ask the Secretary of State for the Home Department, whether he has made an assessment of the "
        "potential merits of reintroducing mandatory fire certificates for (a) houses in multiple occupation, "
        "(b) hospitals, (c) shopping centres and (d) other designated premises where people congregate in "
        "significant numbers."
    )
    answer = (
        "The concept of a fire safety certificate was replaced in 2006 when the Regulatory Reform (Fire Safety) "
        "Order 2005 (FSO) came into force and the Fire Precautions Act 1971 was repealed. We have no current "
        "plans to re-introduce them."
    )
    assert "yes_no_unanswered" not in flags_by_unit(uk_doc(question, answer, doc_id=1687784), RULE_ONLY)["1"]
