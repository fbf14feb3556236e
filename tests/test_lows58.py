"""lows58: the lows review59 listed and left, each read on real questions and answers (``../shared/data``) or on a
real answer re-worded where no document shows the case; expected values written by hand from reading them by
``LABELS.md`` and the guide (``corpus/gold/README.readings.md``).

- "in relation to" opens the matter asked, not a text referred to: it is no reference frame that
  ``generic_units.question_object`` leaves out (uk-commons 1701520: "in relation to historic building safety
  defects, whether he has made an assessment of ...").
- ``reference_frames`` and ``object_leads`` are read on the question: they stand under ``[question]``, where
  ``qa-align lexicon-stats`` counts them in questions; a lexicon that still puts them under ``[answer]`` is refused
  with a message saying where they went.
- ``scripts/train_generic.py``'s ``labels_digest`` reads the label files from the repository's root whatever the
  working directory.
- holding57's "is/are still being considered", "data on * for * will be published" and Dutch "zou * * worden
  overwogen" held by flags, not only by the lexicon's entries (uk-commons 1670393, 1690001, 1828843; be-kamer
  192100 2, dev-be44, labelled answered with no flag).
- breakdown57's ``_announcing`` guards: a sentence that names no table says nothing of the years a placeholder
  table holds, and a caption that names years says them itself (be-kamer 185762 1, dev-be64, re-worded).
- "available on request" gives the thing to who asks: it is not said published, the yes to "if she will publish"
  (``_available_of``).
- generic57's ``heaviest_object_words`` names the rarest words first, and ``train_generic.raw_reading`` keeps the cue
  classifier's probabilities of each sentence (reference-dev 1783845's question).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from qa_align.errors import ConfigError
from qa_align.lexicon import load_lexicon
from qa_align.lexicon_stats import LexiconStats, entries

from .conftest import be_doc, flags_by_unit, script, uk_doc
from .test_holding57 import SETTINGS as HOLDING
from .test_holding57 import holding_flags

ROOT = Path(__file__).resolve().parents[1]

# --- "in relation to" is no reference frame ---------------------------------------------------------------------

# uk-commons 1701520
DEFECTS_Q = (
    "To ask the Secretary of State for Levelling Up, Housing and Communities, in relation to historic building safety "
    "defects, whether he has made an assessment of the potential merits of protecting (a) leaseholders and (b) "
    "non-qualifying leaseholders from a landlord's legal costs being recovered through the service change."
)
DEFECTS_A = (
    "<p>The Building Safety Act 2022 sets out a number of protections for leaseholders relating to the cost of "
    "remediation of relevant defects.</p>"
)


def test_in_relation_to_opens_the_matter_asked_which_stays_in_the_object():
    from qa_align.generic_units import question_object

    from .test_generic57 import _read

    # the building safety defects are what the assessment asked is about: only the addressee is left out
    assert _read(DEFECTS_Q, DEFECTS_A, question_object) == (
        "in relation to historic building safety defects, whether he has made an assessment of the potential merits "
        "of protecting (a) leaseholders and (b) non-qualifying leaseholders from a landlord's legal costs being "
        "recovered through the service change."
    )
    # a text referred to is still left out (uk-commons 1670393: the Answer on Musicians: Census)
    question = (
        "To ask the Secretary of State for Culture, Media and Sport, with reference to the Answer of 14 November 2023 "
        "to Question 1085 on Musicians: Census, which organisations the Government has invited to be involved in the "
        "industry working group to discuss issues around creator remuneration."
    )
    assert _read(question, DEFECTS_A, question_object) == (
        "which organisations the Government has invited to be involved in the industry working group to discuss "
        "issues around creator remuneration."
    )


# --- the question's lists under [question] -------------------------------------------------------------------------


def test_reference_frames_are_counted_in_questions():
    lexicon = load_lexicon("en")
    assert lexicon.phrases("question", "reference_frames") and lexicon.phrases("question", "object_leads")
    stats = LexiconStats([e for e in entries(lexicon) if e.list in ("reference_frames", "object_leads")])
    frame = next(k for k, e in enumerate(stats.entries) if e.phrase == "with reference to")
    assert stats.entries[frame].side == "question"
    # uk-commons 1670393: the question opens with the reference; its answer names none
    stats.add(
        uk_doc(
            "To ask the Secretary of State for Culture, Media and Sport, with reference to the Answer of 14 November "
            "2023 to Question 1085 on Musicians: Census, which organisations the Government has invited.",
            "<p>The working group’s membership is still being considered by the Government.</p>",
        )
    )
    # an answer that says "with reference to" under a question that does not: no question matched
    stats.add(uk_doc(DEFECTS_Q, "<p>With reference to the Building Safety Act 2022, protections apply.</p>"))
    assert sum(stats.matched[frame].values()) == 1


def test_a_lexicon_with_the_lists_under_answer_is_refused_saying_where_they_went(tmp_path):
    text = (ROOT / "qa_align" / "lexicons" / "en.toml").read_text(encoding="utf-8")
    moved = text.replace("\n[answer]\n", '\n[answer]\nreference_frames = ["pursuant to"]\n', 1)
    assert moved != text
    (tmp_path / "en.toml").write_text(moved, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"reference_frames is now read under \[question\]"):
        load_lexicon("en", str(tmp_path))


# --- labels_digest from any folder ---------------------------------------------------------------------------------


def test_labels_digest_reads_the_label_files_from_the_repository_root(tmp_path, monkeypatch):
    path = "corpus/gold/dev-uk.jsonl"
    expected = hashlib.sha256(path.encode() + b"\0" + (ROOT / path).read_bytes() + b"\0").hexdigest()
    with script("train_generic") as train_generic:
        monkeypatch.chdir(tmp_path)  # a run from another folder, where the relative path names nothing
        assert train_generic.labels_digest([path]) == expected
        missing = hashlib.sha256(b"corpus/gold/none.jsonl\0missing\0").hexdigest()
        assert train_generic.labels_digest(["corpus/gold/none.jsonl"]) == missing


# --- holding57's three entries held by flags -----------------------------------------------------------------------


def test_the_membership_asked_still_being_considered_is_holding():
    # uk-commons 1670393 (its first sentence): which organisations were invited is not said, the membership is
    # still being considered
    (flag,) = holding_flags(
        uk_doc(
            "To ask the Secretary of State for Culture, Media and Sport, with reference to the Answer of 14 November "
            "2023 to Question 1085 on Musicians: Census, which organisations the Government has invited to be "
            "involved in the industry working group to discuss issues around creator remuneration.",
            "<p>The working group’s membership is still being considered by the Government, and officials are "
            "liaising with key industry representatives to seek their views and input.</p>",
        )
    )
    assert any("is still being considered" in e.text for e in flag.evidence)


def test_reports_still_being_considered_put_off_their_publication():
    # uk-commons 1690001 (its first sentence): when the reports will be published is put off to a consideration
    # still under way
    (flag,) = holding_flags(
        uk_doc(
            "To ask the Secretary of State for the Home Department, what the reason is for the time taken to publish "
            "reports by the Independent Chief Inspector of Borders and Immigration on (a) illegal working enforcement "
            "activity and (b) immigration in the social care sector; and when he plans to publish those reports.",
            "<p>The reports on illegal working enforcement activity and the immigration system as it relates to the "
            "social care sector are still being considered by the department.</p>",
        )
    )
    assert any("are still being considered" in e.text for e in flag.evidence)


def test_the_next_release_of_data_on_a_later_year_is_no_holding():
    # uk-commons 1828843 (the link's address left out): no assessment made, a no; the farm investment data of
    # 2024/25 to be published in January 2026 is the next release of a period's data, the assessment asked not
    # put off
    assert not holding_flags(
        uk_doc(
            "To ask the Secretary of State for Environment, Food and Rural Affairs, what assessment he has made of the "
            "potential impact of changes to Agricultural and Business Property Relief on levels on investment on farms "
            "in (a) England, (b) Scotland, (c) Wales and (d) Northern Ireland.",
            "<p>As agriculture is a devolved policy, this response only covers England.</p><p>In England, no "
            "assessment has been made of the potential impact of changes to Agricultural and Business Property Relief "
            "on levels of investment on farms. Data on farm investment income is available in the table 5 series of "
            "Farm Accounts in England – but these tables only show data for 2022/23 and 2023/24.</p><p>Defra are "
            "currently collecting the 2024/25 data; data on English farm investment income for 2024/25 will be "
            "published in January 2026.</p>",
        )
    )


def test_a_consideration_put_as_a_condition_is_no_holding():
    # be-kamer 192100, question and answer 2 (dev-be44, labelled answered, no flag): the conditions to apply are
    # given; "Indien er toch zou worden overwogen ..." is a condition, no consideration under way
    assert (
        "holding"
        not in flags_by_unit(
            be_doc(
                "1. Wat is in dat verband uw beleid bij uw administratie en uw kabinet?2. Onder welke voorwaarden kan men "
                "bij uw administratie of uw kabinet solliciteren?",
                "1. Binnen de FOD Binnenlandse Zaken worden enkel jobstudenten aangeworven voor de opvang van kinderen van "
                "personeelsleden tijdens de schoolvakanties. 2. De plaatsen staan open voor iedereen. Om te werken binnen "
                "de kinderopvang dient de jobstudent in het bezit te zijn van een attest 'animator in het jeugdwerk'."
                "Indien er toch zou worden overwogen om jobstudenten op het kabinet aan te werven kunnen deze enkel "
                "ingezet worden voor uitvoerende taken. In voorkomend geval zullen zij uiteraard gescreend en getest "
                "worden op hun competenties die noodzakelijk zijn om hun taken uit te voeren.",
                doc_id="192100",
                date_tabled="2017-06-08",
            ),
            HOLDING,
        )["2"]
    )


# --- breakdown57's _announcing guards ------------------------------------------------------------------------------


def test_figures_of_years_before_a_table_that_they_do_not_name_leave_the_table_its_years():
    # be-kamer 185762 1 (dev-be64) with the sentence before the placeholder re-worded into figures for 2011 to 2015
    # that name no table: the placeholder table stood in the answer and may hold 2016 (LABELS.md: a placeholder
    # counts as given), so the year 2016 asked is not read as left out
    from .test_breakdown57 import A185762, Q185762, SETTINGS

    answer = (
        "1. Het aantal verzekeringsplichtigen in bijberoep dat bijdroeg tegen het tarief van een "
        "verzekeringsplichtige in hoofdberoep steeg van 10.250 in 2011 tot 13.300 in 2015."
        + A185762[A185762.index("Tabel") :]
    )
    assert flags_by_unit(be_doc(Q185762, answer, date_tabled="2017-01-27"), SETTINGS)["1"] == []


def test_a_caption_that_names_its_year_says_what_the_table_holds():
    # be-kamer 185762 1 re-worded: the table's caption names 2015 ("Tabel 1 (2015):"); the sentence before names the
    # table and an evolution "sinds 2011 (2011 tot 2015)": the caption, not that sentence, says which years the table
    # holds, and 2016 asked is not among them
    from .test_breakdown57 import A185762, Q185762, SETTINGS

    answer = A185762.replace(
        "van de evolutie (2011 tot 2015)", "van de evolutie sinds 2011 (2011 tot 2015)"
    ).replace("Tabel 1:", "Tabel 1 (2015):")
    assert answer.count("sinds 2011") == 1 and "Tabel 1 (2015):" in answer
    assert flags_by_unit(be_doc(Q185762, answer, date_tabled="2017-01-27"), SETTINGS)["1"] == [
        "breakdown_missing"
    ]


# --- "available on request" is no yes to publishing ----------------------------------------------------------------

SAFETY_Q = "To ask the Secretary of State for Transport, if she will publish the safety review of the A66 junction at Kemplay Bank."


def test_a_review_available_on_request_is_not_said_published():
    # ``_delivers`` (``_available_of``): the review said available on a website stands published, the yes to "if she
    # will publish"; available on request it is given to who asks, not published. (A one-sentence answer that speaks
    # of the review is a plain statement all the same, ``_direct``: whether it is read as the no is left to those
    # tests.)
    from qa_align.rules.answers import _delivers

    from .test_generic57 import _read

    tail = " National Highways keeps the safety of the junction under regular review."
    on_site = (
        "The safety review of the A66 junction at Kemplay Bank is available on the National Highways website."
    )
    on_request = "The safety review of the A66 junction at Kemplay Bank is available on request from National Highways."
    assert _read(SAFETY_Q, f"<p>{on_site}{tail}</p>", _delivers) is True
    assert _read(SAFETY_Q, f"<p>{on_request}{tail}</p>", _delivers) is False


def test_the_withheld_words_are_read_only_next_to_the_available_phrase():
    from qa_align.rules.answers import _withheld, _withheld_pattern

    withheld = _withheld_pattern(("on request", "upon request"))
    assert _withheld("is available on request from national highways.", "is available on", withheld)
    assert _withheld("are publicly available on request.", "are publicly available", withheld)
    # "request" farther on, in another clause, is not the phrase's
    assert not _withheld(
        "is available on gov.uk, and further copies can be sent on request.", "is available on", withheld
    )
    assert not _withheld("is available on request.", "is available on", _withheld_pattern(()))


# --- generic57's readings no test held (review59 low 3) ----------------------------------------------------------


def test_the_heaviest_object_words_are_the_rarest_first():
    # reference-dev 1783845's object: "plans" and "taking" stand in a great many questions ("whether his Department
    # plans to", "steps ... taking"), the words of recommendation 38 itself ("five-step", "real-life",
    # "opportunities") in few: the reason names the latter, and the common ones come last
    from qa_align.generic_units import heaviest_object_words

    from .test_generic57 import OTHER, PEOPLE_Q, _read

    heaviest = _read(PEOPLE_Q, f"<p>{OTHER}</p>", heaviest_object_words)
    assert len(heaviest) == 3 and not {"plans", "taking"} & set(heaviest)
    every = _read(PEOPLE_Q, f"<p>{OTHER}</p>", lambda ctx: heaviest_object_words(ctx, k=100))
    assert set(every[-2:]) == {"plans", "taking"}
    assert every[:3] == heaviest


def test_the_cache_keeps_each_sentence_s_cue_probabilities():
    # a deferral ("in due course") and a sentence of a figure on another matter: the cue classifier's deferral
    # probability of the first is high, of the second low (constant probabilities would keep neither apart)
    from .test_generic57 import OTHER, PEOPLE_Q, _read

    later = "We will set out our response to recommendation 38 in due course."
    with script("train_generic") as train_generic:
        raw = _read(PEOPLE_Q, f"<p>{OTHER} {later}</p>", train_generic.raw_reading)
    other, deferral = raw["sents"]
    assert (other["t"], deferral["t"]) == (OTHER, later)
    assert deferral["cues"]["deferral"] > 0.5 > other["cues"]["deferral"]
