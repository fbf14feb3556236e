"""Closed questions that ``yes_no_unanswered`` read as left open where a reader reads the answer
(helper yesno17): a one-sentence answer that the sentence splitter cut after the initials of a
name, and a closed question whether a split is made answered that no data are held. Questions and
answers quoted from be-kamer-2017 records of the development sets (dev-be18 193207, dev-be23
187783), the expected values written out from reading them."""

from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import be_doc


def _flags(doc, lexicon_dir: str | None = None) -> dict[str, set[str]]:
    settings = Settings(rules=("yes_no_unanswered",), answered_model="none", lexicon_dir=lexicon_dir)
    return {sp.pair.question.n: {f.name for f in sp.flags} for sp in score_document(doc, settings)}


def without_plain_statements(tmp_path) -> str:
    """A copy of the built-in lexicons in ``tmp_path`` whose Dutch one has no ``[answer]
    plain_statement_modals``: the plain-statement reading (implied34) reads nothing, and the tests of the
    sentence splitter's one or two sentences read them as they were written to (review36). Nor
    ``participle_particles`` (yesno58): with it ``_takes_step`` reads "heeft de zesde staatshervorming volledig
    uitgevoerd" as the step the question asks ("... niet werd uitgevoerd", the readers' no of 193207 1 in
    other words), which the splitter's reading is not."""
    from pathlib import Path

    built_in = Path(__file__).resolve().parents[1] / "qa_align" / "lexicons"
    nl = (built_in / "nl.toml").read_text(encoding="utf-8")
    lines = nl.splitlines(keepends=True)
    start = next(k for k, line in enumerate(lines) if line.startswith("participle_particles = ["))
    end = next(k for k in range(start, len(lines)) if lines[k].startswith("]"))
    lines = lines[:start] + lines[end + 1 :]
    kept = [line for line in lines if not line.startswith("plain_statement_modals =")]
    assert len(kept) == len(nl.splitlines()) - 1 - (end + 1 - start)
    (tmp_path / "nl.toml").write_text("".join(kept), encoding="utf-8")
    (tmp_path / "en.toml").write_text((built_in / "en.toml").read_text(encoding="utf-8"), encoding="utf-8")
    return str(tmp_path)


# be-kamer 193207 1 (dev-be18): the labellers read the no ("De FOD Economie ... heeft de zesde
# staatshervorming volledig uitgevoerd": no competence left unexercised)
TRANSFERS = (
    "Zijn er, voor wat uw bevoegdheden betreft, bevoegdheden die in het kader van de uitvoering van de "
    "zesde staatshervorming overgedragen moesten worden maar waarvan de overdracht door een van de "
    "entiteiten niet werd uitgevoerd, waardoor er dus bevoegdheden uitgeoefend worden door een of meer "
    "federale diensten en uw administratie maar niet door een institutionele tegenhanger?"
)
CARRIED_OUT = (
    "De FOD Economie, K.M.O., Middenstand en Energie heeft de zesde staatshervorming volledig uitgevoerd."
)


def test_one_sentence_cut_at_the_initials_of_a_name_is_one_plain_statement(tmp_path):
    assert _flags(be_doc("1. " + TRANSFERS, "1. " + CARRIED_OUT))["1"] == set()
    # read so without the plain-statement reading too: the one sentence is one plain statement (review36)
    assert (
        _flags(be_doc("1. " + TRANSFERS, "1. " + CARRIED_OUT), without_plain_statements(tmp_path))["1"]
        == set()
    )


def test_two_sentences_the_second_elsewhere_are_not_one(tmp_path):
    # the same statement followed by one about another service: two sentences, the one-sentence
    # reading does not apply, and neither says yes or no in so many words; the first, a plain
    # statement of the matter asked ("zesde staatshervorming", "uitgevoerd"), is the no the labellers
    # read (implied34, ``answers._states_plainly_of``: before it, the flag stood)
    answer = CARRIED_OUT + " De overige diensten werken verder aan hun eigen opdrachten."
    assert _flags(be_doc("1. " + TRANSFERS, "1. " + answer))["1"] == set()
    # without that reading the two sentences are read as two, as before implied34 (review36)
    without = without_plain_statements(tmp_path)
    assert _flags(be_doc("1. " + TRANSFERS, "1. " + answer), without)["1"] == {"yes_no_unanswered"}


# be-kamer 187783 2 (dev-be23): the readers flag no_information and breakdown_missing, no
# yes_no_unanswered: no data held, so no split is made
SPLIT = (
    "Wordt daarbij een onderverdeling gemaakt naar de aard van het voertuig (minder dan 3,5 ton en "
    "groter vrachtvervoer)?"
)


def test_a_split_asked_in_closed_form_answered_that_no_data_are_held_is_a_no():
    assert _flags(be_doc("1. " + SPLIT, "1. Het RSVZ heeft hierover geen gegevens."))["1"] == set()


def test_a_split_asked_in_closed_form_answered_beside_it_stays_open():
    # no sentence says data are missing nor whether the split is made
    answer = "1. Het RSVZ volgt de inschrijvingen van zelfstandige vervoerders jaarlijks op."
    assert _flags(be_doc("1. " + SPLIT, answer))["1"] == {"yes_no_unanswered"}
