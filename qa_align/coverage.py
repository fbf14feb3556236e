"""What a unit asks, what its answer gives, and what is missing: the coverage that
breakdown_missing and figures_missing read.

- ``asked``: the counts (and which of them ask an amount of money), the breakdown
  dimensions ("per provincie", "by age group"), the periods ("sinds 2007", "2019-2023",
  "de afgelopen vijf jaar", "2021-22") and whether they are asked year by year, and the
  lettered parts ``(a) ... (b) ...``.
- ``given``: the answer's figures (those the question itself holds left out), its amounts of
  money, the years its tables and figure-bearing sentences give, its tables, and the parts
  its figures speak of.
- ``coverage``: the gaps between the two, each naming what is missing ("asks per leeftijd:
  not given", "asks 2007-2009: answer starts at 2010", "part (c): no answer") with the
  offsets of the request in the unit's cleaned text (``Passage.source_span`` maps them back).

The words (period phrases, number words, amount cues, stop words) are the lexicon's
``[coverage]`` lists.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from . import asks
from .analyze import (
    CLAUSE_END,
    AnswerAnalysis,
    Cue,
    DimensionRequest,
    QuestionAnalysis,
    _alternatives,
    analyze_question,
    compound_number_word,
    cue_phrase,
    cue_starts,
    dimension_coverage,
    headed_years,
    is_request,
    mask_dates,
    matchers,
    opens_with_question_word,
    starts_in,
    value_pattern,
)
from .asks import LEXICON_ONLY
from .dates import MONTHS
from .lexicon import Dimension, Lexicon, load_lexicon
from .segment import inline_parts
from .tables import PLACEHOLDER, PLACEHOLDER_CODE, table_labels
from .text import words as text_words
from .types import Passage, Question, Table

PeriodKind = Literal["range", "years", "since", "last", "next"]
GapKind = Literal["dimension", "period", "part", "split"]
# the letters of a written question's or a paper's number, joined to its digits or a space before them: "to Question
# HL2064", "Question UIN 1927", "HC 1929, Session 2022–23" (a Commons paper); such four digits are no year (mech23:
# 14 uk-commons records, HC 8, HL 3, UIN 3; "PQ 2085" stands in one only). Upper case only, whatever the pattern's flags.
_NUMBER_LETTERS = ("HL", "HC", "UIN")
# four digits that head or close a reference code are no year either (mech24; documents of ../shared/data
# that hold each form):
# - joined to two capitals or more, "FY" (a financial year, "FY2020/21") left a year: a correspondence or
#   request number, "ref MC2023/14846", "reference number FOI2023/08394", "paper reference DEP2023-0876", or
#   a name, "DPA2018", "EU2020", "SFI2023" (106: be 5, uk 101)
# - before a slash and three digits or more that are no year: a regulation's or file's number, "Commission
#   Implementing Decision (EU) 2018/1522", "(reference 2023/09623)", "richtlijn 2016/798/EU"; "winter
#   2016/2017" and a financial year's "2021/22" stay years (106: be 42, uk 64)
# - after three digits or more that are no year and a slash: "Verordening (EG) nr. 216/2008", "resolutie
#   2249/2015", "toezichtsonderzoek nr. 137396/2014" (83: be 55, uk 28)
# - before a full stop and three digits: the number of a ruling, "de voorafgaande beslissingen nr. 2015.516 van
#   28 oktober 2015" (2 be-kamer documents)
_CODE_BEFORE = (
    r"(?<!(?-i:[A-Z][A-XZ]))(?<!(?-i:[A-EG-Z]Y))"
    r"(?<!(?<!\d)\d{3}/)(?<!(?<!\d)(?!19|20)\d{4}/)(?<!\d{5}/)"
)
_CODE_AFTER = r"(?!/(?!19|20)\d{3})(?!\.\d{3}(?!\d))"
# The lookahead first: it holds wherever the year's digits do, so it changes no match, but it fails at once
# where no year starts, where the lookbehinds after it were tried at every character (nine times as fast on
# text without years; ``_periods``, ``_years`` and every pattern that holds a year: about 5% of
# ``scripts/bench_map.py``'s pass, speed27)
_YEAR = (
    r"(?=(?:19|20)\d\d)"
    + "".join(rf"(?<!(?-i:{w}))(?<!(?-i:{w}) )" for w in _NUMBER_LETTERS)
    + _CODE_BEFORE
    + r"(?:19|20)\d{2}"
    + _CODE_AFTER
)
# what joins the two halves of a financial year: "2021-22", "2021/22", "1995–96" (an en dash)
_FY_JOIN = r"\s*[/–-]\s*"
# a year anywhere: a range, a "since" and a list of years each hold one (``_periods`` looks for them only
# in a text where one stands: the range's pattern, openers and all, is tried at every character)
_ANY_YEAR = re.compile(_YEAR)
_MAX_SPAN = 40  # a period of more years than this is no period asked ("1900-2024")
_PART_OF_YEAR = "answer gives part of the year only"
# the kind of a count that a word of money right after a question word asks (``_money_asks``): "welke uitgaven"
MONEY_ASK = "money_ask"
_SAID_UNHELD = "said not held"
_SERIES = 3  # years at least of a series asked year by year of which one given in part is a gap
_STARTS_GAP = 3  # words at most between "only" and "from" in "only available from 2014"
# words at most between "only" and the first year of a range ("enkel beschikbaar voor de periode 2014 tot en met 2016")
_ONLY_RANGE_GAP = 5
# the missing of a year asked after the last one the answer says its figures cover (``Given.ends``)
_SAID_UNTIL = "said available up to {}"
# words at most between a question word and the word of money it asks ("wat is het totale bedrag")
_MONEY_ASK_GAP = 3
_BACK_GAP = 2  # words at most between a back pointer and its split ("dit opsplitsen", "these figures down")
_ASIDE = 40  # characters at most of an aside between a number and its period noun ("vijf (indien mogelijk tien) jaar")
_SESSION_BEFORE = 30  # characters before two years read for a session's name ("Kamer, ")


@dataclass(frozen=True)
class Period:
    """A period the unit asks about: ``first`` to ``last`` (``range``, ``years``), from
    ``first`` on (``since``), the ``count`` years up to the question (``last``), or the ``count`` years from it
    asked one by one (``next``: "in each of the next four financial years").
    ``years`` lists the years of an enumeration ("in 2015 en 2016")."""

    kind: PeriodKind
    start: int  # offsets of the words that ask it, in the unit's cleaned text
    end: int
    text: str
    first: int = 0
    last: int = 0
    count: int = 0
    years: tuple[int, ...] = ()


@dataclass(frozen=True)
class Part:
    """A lettered part ``(a) ...`` of the unit, with the words that tell it from the others."""

    label: str
    start: int  # offsets in the unit's cleaned text
    end: int
    text: str
    words: tuple[str, ...]  # stems of its own words


@dataclass(frozen=True)
class Asked:
    counts: tuple[Cue, ...]
    amounts: tuple[Cue, ...]  # the counts that ask an amount of money ("welk bedrag")
    dimensions: tuple[DimensionRequest, ...]
    periods: tuple[Period, ...]
    per_year: Cue | None  # the words that ask the period year by year ("elk jaar", "per jaar"; kind
    # "listed" for years listed one by one, "in 2014, 2015 en 2016")
    parts: tuple[Part, ...]
    asks_figures: bool
    # every count is asked on one reply to the question before it: "yes" ("Zo ja, om hoeveel ambtenaren
    # gaat het?", "If so, how many"), "no" ("Indien niet, hoeveel bijkomende middelen ...?", "If not, how
    # many"; the follow-up's words hold a word of ``[answer] negations``); "" asked whatever the reply
    # (no count, or counts on either reply). Left open when that reply is not given
    conditional: str = ""
    # what is measured, without a count word, in a sentence that asks a breakdown ("de
    # arbeidsongevallencijfers van 2014, 2015 en 2016", "the estimated spending ... in each year"): figures
    # asked of that breakdown (``asks_figures``), not a count ``figures_missing`` reads
    quantities: tuple[Cue, ...] = ()
    # the sentences the question-reading model rates as asking a split ("Kan u dit opsplitsen per jaar
    # en per Gewest?", "aantal en cijfers ook uitgesplitst naar het aantal gewerkte jaren"), whatever
    # the lexicon reads in them: a breakdown asked, of what its words may not name (``_learned_splits``)
    splits: tuple[Cue, ...] = ()


@dataclass(frozen=True)
class Given:
    figures: tuple[Cue, ...]  # figures of the answer that the question does not hold
    zeros: tuple[Cue, ...]  # "geen aanpassingen", "no prosecutions": none of what the question names
    related: bool  # a figure-bearing sentence or table of the answer shares words with the question
    on_topic: bool  # a sentence giving one of ``figures`` names something the unit speaks of
    money: tuple[Cue, ...]  # those that are amounts of money
    years: tuple[int, ...]  # years of its tables' labels and of its figure-bearing sentences
    tables: int  # tables given (placeholders of tables that stood there included)
    parts: tuple[str, ...]  # labels of the parts its figures or tables speak of
    dimensions: tuple[tuple[str, tuple[str, ...]], ...]  # dimension name -> values given
    unmet: tuple[Cue, ...] = ()  # count cues of sentences no figure speaks of, where another's does
    # dimensions asked that a sentence saying figures are not held names ("Data by region is not held")
    unheld_dimensions: tuple[str, ...] = ()
    tables_on_topic: bool = False  # a table whose labels or caption name what the unit counts
    # sentences saying figures are not held that name what the unit counts ("Het aantal deelnemers aan
    # deze opleidingen is niet gekend" for "hoeveel mensen een opleiding gevolgd hebben")
    count_unheld: tuple[Cue, ...] = ()
    # the first year a sentence of the answer says its figures cover ("Voor de werknemers die een artistieke
    # activiteit uitvoeren zijn er slechts gegevens beschikbaar vanaf 2014"), or None
    starts: int | None = None
    # the last year a sentence of the answer says its figures cover ("Momenteel zijn er gegevens beschikbaar tot en
    # met 2013", "De resultaten ... zijn enkel beschikbaar voor de periode 2014 tot en met 2016"), or None
    ends: int | None = None
    # every figure stands in a citation, a pointer and the reference after it ("Ik verwijs naar mijn antwoord
    # op vraag nr. 24753 (CRIV 54 COM 889)"): numbers of a citation, no figure of what is asked
    cited: bool = False
    # ``on_topic`` only because every figure is a number word, none in a sentence that names what is
    # counted ("the three cancer waiting time standards", "a five-year period", "net zero")
    worded: bool = False
    # years asked whose figures a sentence of the answer says cover part of the year only ("voor de jaren
    # 2012-2015 en het eerste trimester van 2016"; ``[coverage] part_of_year``), none named whole beside it
    part_years: tuple[int, ...] = ()
    # an annex cue stands in a sentence that shares a word with the unit ("Het door de POD betaalde bedrag per
    # OCMW ... wordt weergegeven in de bijgaande tabel" for "welke bedragen ... werden uitgegeven")
    annex_on_topic: bool = False
    # years that a sentence of the answer saying figures are not held names standing alone, with no other
    # figure in it ("De cijfers voor het jaar 2016 zijn nog niet gekend", beside a table of 2012-2015)
    unheld_years: tuple[int, ...] = ()
    # parts of ``parts`` the answer names only all together, in one run of their own words ("civil and criminal
    # compliance actions", "the South Basildon and East Thurrock constituency") in sentences that hold fewer
    # figures than the parts they name and no word that shares a figure out ("respectively"): one figure for all
    together: tuple[str, ...] = ()
    # dimensions asked as a rate with no period ("the ongoing costs ... per year") that the answer gives as one
    # ("£1 million per year"): no split by them asked (breakdown34)
    rates: tuple[str, ...] = ()
    # the first year a sentence of the answer says none of anything since ("These provisions have not been used
    # since their introduction in 2022", ``_nil_since``), or None: a nil for every year from it (lows49)
    nil_since: int | None = None


@dataclass(frozen=True)
class Gap:
    """Something asked that the answer does not give."""

    kind: GapKind
    asked: str  # "per leeftijd", "2007-2009", "(c)"
    missing: str  # "not given", "answer starts at 2010", "no answer"
    start: int  # the request, in the unit's cleaned text
    end: int

    def __str__(self) -> str:
        if self.kind == "part":
            return f"part {self.asked}: {self.missing}"
        return f"asks {self.asked}: {self.missing}"


@dataclass(frozen=True)
class Coverage:
    asked: Asked
    given: Given
    gaps: tuple[Gap, ...]


# ---------------------------------------------------------------- the lexicon's patterns


def _phrase(words: Sequence[str]) -> str:
    """Alternatives that start and end at word boundaries where they start or end with a letter,
    in a group opened by a lookahead of their first characters: every match starts with one of
    them, and the engine, which tries each ``\\b``-headed branch at every place of the text, tries
    them only there (the same matches, a search about 1.5 times as fast; speed34)."""
    alts = []
    firsts = set()
    for w in sorted(set(words), key=len, reverse=True):
        parts = w.lower().split()
        body = r"\s+".join(map(re.escape, parts))
        head = r"\b" if w[:1].isalnum() else ""
        tail = r"\b" if w[-1:].isalnum() else ""
        alts.append(f"{head}{body}{tail}")
        firsts.add(parts[0][0] if parts else "")
    if not alts:
        return "(?!)"
    if "" in firsts:  # a blank word matches anywhere: no first character to look for
        return "|".join(alts)
    return f"(?=[{''.join(map(re.escape, sorted(firsts)))}])(?:{'|'.join(alts)})"


@dataclass(frozen=True)
class _Patterns:
    range: re.Pattern[str]
    since: re.Pattern[str]
    last: re.Pattern[str]
    next_each: re.Pattern[str]  # "each of the next four financial years" (``[coverage] next_each``)
    year_list: re.Pattern[str]
    each_year: re.Pattern[str]
    overview: re.Pattern[
        str
    ]  # "overzicht": asked over a span of years, a series (``[coverage] overview_words``)
    series: re.Pattern[str]  # "cijfers": asked over the last years, a series (``[coverage] series_words``)
    trend: re.Pattern[str]  # "geevolueerd": how figures evolved, no series (``[coverage] trend_words``)
    money: re.Pattern[str]
    numbers: dict[str, int]
    stopwords: frozenset[str]
    amount_cues: frozenset[str]
    amount: re.Pattern[str]  # the amount cues, matched in a sentence
    amount_verbs: re.Pattern[str]
    zero: re.Pattern[str]
    # "has not donated", "werden niet toegekend": a negated sentence that names what is counted (``zero_negations``)
    negation: re.Pattern[str]
    # the same with up to three words after it ("has not had any positions", "niet in een budget voorzien")
    negation_near: re.Pattern[str]
    moot: re.Pattern[str]
    # "what estimate", "geraamd": a word of an estimate (``estimate_words``)
    estimate: re.Pattern[str]
    # "has not made a specific estimate", "no estimate has been made", "werd geen raming gemaakt": a zero or
    # negation (``zero_words``, ``zero_negations``) up to three words before an estimate word
    no_estimate: re.Pattern[str]
    # "not possible to estimate", "No estimate can be made": the estimate cannot be had (``estimate_between``,
    # between the negation and the estimate word; ``estimate_cannot``, anywhere in the sentence)
    estimate_between: frozenset[str]
    estimate_cannot: frozenset[str]
    total: re.Pattern[str]
    followup: re.Pattern[str]
    to_member: re.Pattern[str]
    promise: re.Pattern[str]
    requests: frozenset[str]
    zero_figures: frozenset[str]
    number_words: frozenset[str]
    number_tails: frozenset[str]  # ``[answer] number_tails``: "twenty-one", "two-thirds" stay figures
    zero_modals: frozenset[str]  # "will not be deported": a negation after one states a rule, no zero
    zero_stages: frozenset[str]  # "nog geen akkoorden gesloten": a stage of what is counted, ``zero_stages``
    money_nouns: frozenset[str]
    free_nouns: frozenset[str]  # "no charge", "no fee": none of money paid, where an amount is asked
    # "not aware of the FCDO itself having spent any money": a negation earlier in the clause, then a word of
    # ``zero_any`` right before a word of money (one word between): none spent, or None
    negated_any: re.Pattern[str] | None
    # "did not receive any requests to ... attend any party conferences", "None of the ... claims have yet
    # settled", "geen van de ...": a negation earlier in the clause, then ``zero_any`` (one word between at
    # most); or a zero figure or zero word, then a partitive (``partitives``); the words after it
    none_of: re.Pattern[str] | None
    any_of: re.Pattern[str] | None
    negated: re.Pattern[str]
    data_words: frozenset[str]
    # how data are kept (``[coverage] keeping_words``): no word of a unit a claim names (``claim_names_unit``); its
    # entries of several words ("disproportionate cost") taken out of the claim whole, or None
    keeping_words: frozenset[str]
    keeping_phrases: re.Pattern[str] | None
    per: re.Pattern[str]  # "per", "by" (``[coverage] per_words``) and a word boundary after it
    split: re.Pattern[str]
    # "een regionale opdeling", "a regional breakdown": a dimension's adjective before a word asking a split
    # or a spread (``[dimensions.X] adjectives``, ``[coverage] split_words``, ``spread_words``), the dimension
    # in group ``name``
    adjective_split: re.Pattern[str] | None
    # "opsplitsing tussen", "split between": a split into the members named after it (``[coverage]
    # split_between``), which run up to the end of the clause
    between: re.Pattern[str]
    member_joiners: re.Pattern[str]  # "en", "of", "respectievelijk", "and", "or", ","
    # "namelijk in Hasselt, Anderlecht, ...": the members of what a count counts, named after it (``[coverage]
    # members_named``), in group 1 up to the end of the clause; None when the lexicon has none
    named: re.Pattern[str] | None
    # "zoals", "bijvoorbeeld", "such as", "etc": a list of examples, no members (``[coverage] example_words``)
    examples: re.Pattern[str] | None
    choice_joiners: frozenset[str]  # "of", "or": two members in brackets joined by one are a choice
    measure_members: frozenset[str]  # "procentueel", "absoluut", "number": members that name a measure only
    # "hoeveel", "how": a question word opens a clause, not a member ("... tussen kort en lang verblijf
    # en hoeveel zijn er geseponeerd"; the first words of ``[cues] question_words``)
    member_stops: frozenset[str]
    split_by: re.Pattern[str]
    # "voor elk van deze posten", "in elke kamer": each of what the word after it names (``each_words``)
    each_by: re.Pattern[str] | None
    each_leads: frozenset[str]
    # "in each dispute", "telt deze dienst": what a count counts within (``count_holders``), its noun in group 1
    holder: re.Pattern[str] | None
    # a zero word and the three words after it ("no ongoing industrial disputes"), those words in group 1
    zero_wide: re.Pattern[str]
    # "of when (a) ... (b) ...": lettered parts after one of these ask it, no count (``part_questions``)
    part_questions: re.Pattern[str] | None
    # "what information his Department holds on the completion rate for the (a) ... (b) ...": the data held on a
    # measured quantity asked (``held_on_leads``, ``held_on``, ``held_quantities``), a request for its figures
    held_on: re.Pattern[str] | None
    # "(a) number", "(b) total cost": a lettered part that names only a measure (``measure_nouns``, ``measure_modifiers``)
    measure: re.Pattern[str] | None
    partitive: re.Pattern[str]
    part_frame: re.Pattern[str]
    each_part: frozenset[str]  # words after parts named together that give each the figure ("each")
    # what joins two parts named together (``[coverage] joiners``: "and", "en"; a comma, a slash, "&")
    part_joiner: re.Pattern[str]
    # a figure that is a share: "100 percent", "12%", "45 procent" (``[coverage] percent_words``; matched
    # from the figure's start)
    share: re.Pattern[str]
    # a joiner at the end of a part's first clause ("(a) civil and"; ``[coverage] joiners``), left out
    part_end: re.Pattern[str]
    # "of", "for" after a part's measure ("the (a) number and (b) proportion of ..."; ``[coverage] measure_of``)
    measure_of: re.Pattern[str]
    amount_before: re.Pattern[str]
    # "wat de logementkosten ... bedroegen", "welke uitgaven", "what the total budget": a word of money as what a
    # question word asks (``[coverage] money_ask_leads``, ``money_ask_nouns``), the words between in group 1
    money_ask: re.Pattern[str] | None
    money_ask_between: frozenset[str]  # ``[coverage] money_ask_between``: articles, copulas, modifiers
    money_ask_ends: tuple[str, ...]  # ``[coverage] money_ask_modifier_ends``: "totale", "bijkomende"
    # ``[coverage] money_ask_purpose_ends`` ending the clause: "what the spending to X was for" asks a purpose
    money_ask_purpose: re.Pattern[str] | None
    # ``[coverage] money_ask_not_after``: a preposition before the question word asks which source or manner
    # ("from which budget", "Op welke wijze zijn deze bedragen verdeeld", "at what cost"), no amount
    money_ask_not_after: frozenset[str]
    quantity: re.Pattern[str]
    period_of: re.Pattern[str]
    session: re.Pattern[str]  # a session's name at the end of the text before two years: a citation
    # "slechts gegevens beschikbaar vanaf 2014", "only available from 2019": the first year the figures cover
    starts: re.Pattern[str]
    # "betrouwbare aantallen ter beschikking sinds 2014": the first year the figures cover, named by a word of
    # availability (``available_since``) right before one of ``available_from``, with no word of ``only_words``
    # before it; None without ``available_since`` (breakdown33)
    available_since: re.Pattern[str] | None
    # "gegevens beschikbaar tot en met 2013", "available up to 2021": the last year the figures cover; None without
    # ``available_until``
    until: re.Pattern[str] | None
    # "The information requested up to 2023/24 is in the attached table": a year after a word of ``up_to_words``,
    # every year up to it (``outside_annex_named``); None without ``up_to_words``
    up_to: re.Pattern[str] | None
    available: frozenset[str]  # ``available_words``: "beschikbaar", "available"
    back: re.Pattern[str]  # "dit", "these": what a request points back to
    # "juni tot en met december 2016", "from 1 April 2023 to 10 November 2023": months of a year (its dates
    # are masked as dates, yet the span heads the figures it gives)
    months: re.Pattern[str]
    # "het eerste trimester van 2016", "the first half of 2023": a part of a year, the year in group 1
    part_year: re.Pattern[str]
    # a part of a year after a list of years ("2013, 2014, 2015, 2016 en het eerste semester van 2017"): asked too
    listed_part_year: re.Pattern[str]
    part_of_year: re.Pattern[str]  # the part alone ("alleen deze van het eerste semester")
    # a data lag: figures available only later ("in juni 2017 beschikbaar zullen zijn")
    later: re.Pattern[str]
    only: re.Pattern[str]  # ``only_words``
    # a sentence that opens so asks about a split made, not for one ("Wordt er een opsplitsing gemaakt ...?")
    asked_about: re.Pattern[str] | None  # ``split_asked_about``
    past_article: frozenset[str]  # ``split_by_past_article``
    # "hoe" asks how, unless it opens a count ("hoe vaak", "hoe groot")
    manner: re.Pattern[str] | None  # ``manner_words``
    # "Graag", "Gelieve": a sentence that opens with a request word (``request_openers``)
    opener: re.Pattern[str]
    # "entitled", "getiteld": a title of a document the question names starts after it (``title_leads``);
    # None without the list
    title_lead: re.Pattern[str] | None
    # where that title ends: a word of ``title_ends`` ("published", "updated"), a semicolon or question mark
    # (or, without the list, a comma too)
    title_end: re.Pattern[str]
    # a year right after a phrase of ``count_year_leads`` ("in 2016"), the year a count is of; None without
    # the list
    count_year: re.Pattern[str] | None
    # the word right after a phrase of ``count_heads`` ("het aantal treinen"); None without the list
    count_head: re.Pattern[str] | None
    # a word of ``since`` and the rest of a text with no mark that closes a clause (matched on the text
    # before a year: the year of the event a count runs from); None without the list
    since_clause: re.Pattern[str] | None


def _adjective_split(lex: Lexicon, heads: Sequence[str]) -> re.Pattern[str] | None:
    """``_Patterns.adjective_split``: each dimension's adjectives, a group per dimension, before one of
    ``heads``; None when no dimension has adjectives."""
    groups = [
        rf"(?P<d{k}>{_alternatives(d.adjectives)})" for k, d in enumerate(lex.dimensions) if d.adjectives
    ]
    if not groups or not heads:
        return None
    return re.compile(rf"\b(?:{'|'.join(groups)})\s+(?:{_alternatives(heads)})\b", re.IGNORECASE)


def _compiled_if(words: Sequence[str], pattern: Callable[[Sequence[str]], str]) -> re.Pattern[str] | None:
    """``pattern`` of ``words`` compiled, ignoring case; None where the lexicon lists no words."""
    return re.compile(pattern(words), re.IGNORECASE) if words else None


@lru_cache(maxsize=8)
def _patterns(language: str, lexicon_dir: str | None) -> _Patterns:
    lex = load_lexicon(language, lexicon_dir)

    def words(name: str) -> tuple[str, ...]:
        return lex.phrases("coverage", name)

    fy = rf"(?:{_FY_JOIN}\d{{2}}(?!\d))?"  # the second half of a financial year ("2021-22", "1995–96")
    joiners = _alternatives(words("range_joiners"))
    openers = _phrase(words("range_openers"))
    numbers = {w.lower(): k + 1 for k, w in enumerate(words("small_numbers"))}
    ands = _alternatives(words("and_words"))  # "en", "and": the last two of a list
    articles = _alternatives(words("articles"))  # "de", "het", "the"
    ordinal = _alternatives(lex.phrases("answer", "ordinal_suffixes"))  # "ste", "de", "e"; "st", "nd", "th"
    # the day and month before a year of a date: "19 December ", "januari "
    day = rf"(?:(?:\d{{1,2}}(?:{ordinal})?\s+)?(?:{_alternatives(tuple(MONTHS))})\s+)?"
    return _Patterns(
        # "2015 tot 2020", "2019-2023"; with "en"/"and" only after an opener ("tussen 2010 en 2015"):
        # without one, "2015 en 2016" lists years
        # a year may be that of a date ("from 19 December 2019 to 30 May 2024", "tussen 1 januari 2015 en ...")
        range=re.compile(
            rf"(?:(?:{openers})\s+)?{day}(?<!\d)({_YEAR}){fy}\s*(?:{joiners})\s*{day}({_YEAR})(?!\d)"
            rf"|(?:{openers})\s+{day}(?<!\d)({_YEAR}){fy}\s+(?:{ands})\s+{day}({_YEAR})(?!\d)",
            re.IGNORECASE,
        ),
        since=re.compile(
            rf"(?:{_phrase(words('since'))})\s+(?:\w+\s+){{0,2}}?(?<!\d)({_YEAR})(?!\d)", re.IGNORECASE
        ),
        last=re.compile(
            # "de jongste vijf (indien mogelijk tien) jaar": the years asked first, the wish after them left out
            rf"(?:{_phrase(words('last'))})\s+(\d{{1,2}}|{_alternatives(tuple(numbers))})\s+"
            rf"(?:\([^()]{{1,{_ASIDE}}}\)\s+)?(?:{_alternatives(words('period_nouns'))})\b",
            re.IGNORECASE,
        ),
        next_each=re.compile(
            rf"(?:{_phrase(words('next_each'))})\s+(\d{{1,2}}|{_alternatives(tuple(numbers))})\s+"
            rf"(?:{_alternatives(words('period_nouns'))})\b",
            re.IGNORECASE,
        ),
        year_list=re.compile(
            rf"(?<!\d){_YEAR}{fy}(?:\s*(?:,|&|\b(?:{ands})\b|,\s*(?:{ands})\b)\s*(?:\w+\s+)?{_YEAR}{fy})+(?!\d)",
            re.IGNORECASE,
        ),
        each_year=re.compile(_phrase(words("each_year")), re.IGNORECASE),
        overview=re.compile(_phrase(words("overview_words")), re.IGNORECASE),
        series=re.compile(_phrase(words("series_words")), re.IGNORECASE),
        trend=re.compile(_phrase(words("trend_words")), re.IGNORECASE),
        money=re.compile(_phrase(words("money_marks")), re.IGNORECASE),
        numbers=numbers,
        stopwords=frozenset(w.lower() for w in words("stopwords")),
        amount_cues=frozenset(" ".join(w.lower().split()) for w in words("amount_cues")),
        amount=re.compile(_phrase(words("amount_cues")), re.IGNORECASE),
        amount_verbs=re.compile(_phrase(words("amount_verbs")), re.IGNORECASE),
        zero_figures=frozenset(" ".join(w.lower().split()) for w in words("zero_figures")),
        number_words=frozenset(w.lower() for w in lex.number_words if " " not in w),
        number_tails=frozenset(w.lower() for w in lex.phrases("answer", "number_tails")),
        zero_modals=frozenset(w.lower() for w in words("zero_modals")),
        zero_stages=frozenset(w.lower() for w in words("zero_stages")),
        money_nouns=frozenset(w.lower() for w in words("money_nouns")),
        free_nouns=frozenset(w.lower() for w in words("free_nouns")),
        negated_any=re.compile(
            rf"(?:{_phrase(words('zero_negations'))})[^.;:,]*?\b(?:{_phrase(words('zero_any'))})"
            rf"(?:\s+[\w'-]+)?\s+(?:{_alternatives(words('money_nouns'))})\b",
            re.IGNORECASE,
        )
        if words("zero_any") and words("zero_negations") and words("money_nouns")
        else None,
        none_of=re.compile(
            rf"(?:{_phrase((*words('zero_figures'), *words('zero_words')))})\s+"
            rf"(?:{_phrase(words('partitives'))})((?:\s+[\w'-]+){{1,6}})",
            re.IGNORECASE,
        )
        if words("partitives")
        else None,
        any_of=re.compile(rf"(?:{_phrase(words('zero_any'))})((?:\s+[\w'-]+){{1,2}})", re.IGNORECASE)
        if words("zero_any") and words("zero_negations")
        else None,
        negated=re.compile(_phrase(words("zero_negations")), re.IGNORECASE),
        data_words=frozenset(w.lower() for w in lex.cue_list("data_words", optional=True)),
        keeping_words=frozenset(w.lower() for w in words("keeping_words") if " " not in w.strip()),
        keeping_phrases=_compiled_if(
            [w for w in words("keeping_words") if " " in w.strip()],
            lambda w: rf"(?<![\w-])(?:{_phrase(w)})(?![\w-])",
        ),
        # no word boundary before: as the pattern was when its words stood in the code
        per=re.compile(rf"(?:{_alternatives(words('per_words'))})\b", re.IGNORECASE),
        split=re.compile(_phrase(words("split_words")), re.IGNORECASE),
        adjective_split=_adjective_split(lex, (*words("split_words"), *words("spread_words"))),
        between=re.compile(rf"(?:{_phrase(words('split_between'))})\s+([^?;:.!]+)", re.IGNORECASE),
        member_stops=frozenset(w.split()[0].lower() for w in lex.phrases("cues", "question_words")),
        choice_joiners=frozenset(w.lower() for w in words("choice_joiners")),
        measure_members=frozenset(w.lower() for w in (*words("measure_nouns"), *words("measure_members"))),
        named=_compiled_if(words("members_named"), lambda w: rf"(?<!\w)(?:{_phrase(w)})\s+([^?;:.!()]+)"),
        examples=_compiled_if(words("example_words"), lambda w: rf"(?<!\w)(?:{_phrase(w)})(?!\w)|\.\.\.|…"),
        member_joiners=re.compile(
            rf"\s*,\s*(?:(?:{_alternatives(words('member_joiners'))})\s+)?|\s+(?:{_alternatives(words('member_joiners'))})\s+",
            re.IGNORECASE,
        ),
        # "per bedrijf", "naar leeftijd en geslacht", "by (a) region": the words a split names, up to
        # a comma, "en"/"and" or the end of the clause
        split_by=re.compile(
            rf"(?:{_phrase(words('split_by'))})\s+((?:\(?[a-z]\)\s*)?[^\W\d_][\w'/-]*(?:\s+(?!(?:{_alternatives(words('joiners'))})\b)[^\W\d_][\w'/-]*)?)",
            re.IGNORECASE,
        ),
        each_by=re.compile(rf"(?:{_phrase(words('each_words'))})\s+([^\W\d_][\w'/-]*)", re.IGNORECASE)
        if words("each_words")
        else None,
        holder=re.compile(rf"\b(?:{_phrase(words('count_holders'))})\s+([^\W\d_][\w'/-]*)", re.IGNORECASE)
        if words("count_holders")
        else None,
        zero_wide=re.compile(rf"(?:{_phrase(words('zero_words'))})((?:\s+[\w'-]+){{1,3}})", re.IGNORECASE),
        each_leads=frozenset(w.lower() for w in words("each_leads")),
        part_questions=re.compile(
            rf"(?<![\w-])(?:{_alternatives(words('part_questions'))})(?![\w-])", re.IGNORECASE
        )
        if words("part_questions")
        else None,
        held_on=re.compile(
            rf"(?<![\w-])(?:{_alternatives(words('held_on_leads'))})(?![\w-])[^?;]{{0,60}}?"
            rf"(?<![\w-])(?:{_phrase(words('held_on'))})(?![\w-])[^?;]*?"
            rf"(?<![\w-])(?:{_alternatives(words('held_quantities'))})(?![\w-])",
            re.IGNORECASE,
        )
        if words("held_on_leads") and words("held_on") and words("held_quantities")
        else None,
        measure=re.compile(
            rf"(?:(?:{articles})\s+)?(?:(?:{_alternatives(words('measure_modifiers'))})\s+)?"
            rf"(?:{_alternatives(words('measure_nouns'))})s?(?![\w-])",
            re.IGNORECASE,
        )
        if words("measure_nouns")
        else None,
        requests=frozenset(" ".join(w.lower().split()) for w in words("figure_requests")),
        # a future form (``[cues] future``, the list cross_reference reads for a text still to come)
        promise=re.compile(_phrase(lex.cue_list("future", optional=True)), re.IGNORECASE),
        to_member=re.compile(_phrase(words("given_to_member")), re.IGNORECASE),
        followup=re.compile(rf"\s*(?:{_phrase(words('followup_starts'))})", re.IGNORECASE),
        moot=re.compile(_phrase(words("moot")), re.IGNORECASE),
        estimate=re.compile(_phrase(words("estimate_words")), re.IGNORECASE),
        no_estimate=re.compile(
            rf"(?:{_phrase((*words('zero_words'), *words('zero_negations')))})((?:\s+[\w'-]+){{0,3}}?)\s+"
            rf"(?:{_phrase(words('estimate_words'))})",
            re.IGNORECASE,
        ),
        estimate_between=frozenset(w.lower() for w in words("estimate_between")),
        estimate_cannot=frozenset(w.lower() for w in words("estimate_cannot")),
        total=re.compile(_phrase(words("total_words")), re.IGNORECASE),
        zero=re.compile(rf"(?:{_phrase(words('zero_words'))})((?:\s+[\w'-]+){{1,2}})", re.IGNORECASE),
        negation=re.compile(rf"(?:{_phrase(words('zero_negations'))})(\s+[\w'-]+)", re.IGNORECASE),
        negation_near=re.compile(
            rf"(?:{_phrase(words('zero_negations'))})((?:\s+[\w'-]+){{1,3}})", re.IGNORECASE
        ),
        # "of the complaints received, how many": the clause before a count that names what it counts
        part_frame=re.compile(_phrase(words("part_frames")), re.IGNORECASE),
        each_part=frozenset(w.lower() for w in words("each_part_words")),
        part_joiner=re.compile(rf"\b(?:{_alternatives(words('joiners'))})\b|[,/&]", re.IGNORECASE),
        share=re.compile(rf"[\d.,]+\s*(?:%|{_alternatives(words('percent_words'))})", re.IGNORECASE),
        part_end=re.compile(rf"[,;:?.]|\s(?:{_alternatives(words('joiners'))})\s*$"),  # case as written
        measure_of=re.compile(rf"\s+(?:{_alternatives(words('measure_of'))})\b", re.IGNORECASE),
        partitive=re.compile(rf"(?:^|,)\s*(?:{_phrase(words('partitives'))})\s+([^,]+),\s*$", re.IGNORECASE),
        # what is measured, a compound's tail where the language compounds ("arbeidsongevallencijfers")
        quantity=re.compile(
            (r"\b\w*(?:" + _alternatives((*words("quantity_nouns"), *words("money_nouns"))) + r")\b")
            if lex.compounding
            else _phrase((*words("quantity_nouns"), *words("money_nouns"))),
            re.IGNORECASE,
        ),
        period_of=re.compile(rf"\s+(?:{_phrase(words('period_of'))})", re.IGNORECASE),
        session=re.compile(rf"(?:{_phrase(words('session_words'))})[\s,.:]*$", re.IGNORECASE),
        back=re.compile(_phrase(words("back_pointers")), re.IGNORECASE),
        months=re.compile(
            rf"\b(?:\d{{1,2}}(?:{ordinal})?\s+)?(?:{_alternatives(tuple(MONTHS))})(?:\s+({_YEAR}))?"
            rf"\s*(?:{joiners})\s*{day}({_YEAR})(?!\d)",
            re.IGNORECASE,
        ),
        part_year=re.compile(
            rf"(?:{_phrase(words('part_of_year'))})(?:\s+[\w'-]+){{0,2}}?\s+(?<!\d)({_YEAR})(?!\d)",
            re.IGNORECASE,
        ),
        part_of_year=re.compile(_phrase(words("part_of_year")), re.IGNORECASE),
        listed_part_year=re.compile(
            rf"\s*,?\s*(?:{ands})\s+(?:(?:{articles})\s+)?(?:{_phrase(words('part_of_year'))})"
            rf"(?:\s+(?:{_alternatives(words('year_of'))}))?\s+(?<!\d)({_YEAR})(?!\d)",
            re.IGNORECASE,
        ),
        later=re.compile(_phrase(words("later_available")), re.IGNORECASE),
        only=re.compile(_phrase(words("only_words")), re.IGNORECASE),
        opener=re.compile(rf"\W*(?:{_phrase(words('request_openers'))})", re.IGNORECASE),
        past_article=frozenset(w.lower() for w in words("split_by_past_article")),
        asked_about=re.compile(rf"\W*(?:{_phrase(words('split_asked_about'))})\b", re.IGNORECASE)
        if words("split_asked_about")
        else None,
        manner=re.compile(rf"(?<![\w-])(?:{_alternatives(words('manner_words'))})(?![\w-])", re.IGNORECASE)
        if words("manner_words")
        else None,
        starts=re.compile(
            rf"(?:{_phrase(words('only_words'))})\b(?:\s+[\w'-]+){{0,{_STARTS_GAP}}}?\s+(?:{_phrase(words('available_from'))})\s+{day}(?<!\d)({_YEAR})(?!\d)",
            re.IGNORECASE,
        ),
        available_since=re.compile(
            rf"(?:{_phrase(words('available_since'))})\s+(?:{_phrase(words('available_from'))})"
            rf"\s+{day}(?<!\d)({_YEAR})(?!\d)",
            re.IGNORECASE,
        )
        if words("available_since")
        else None,
        until=re.compile(
            rf"(?:{_phrase(words('available_until'))})\s+{day}(?<!\d)({_YEAR})(?!\d)", re.IGNORECASE
        )
        if words("available_until")
        else None,
        up_to=re.compile(
            rf"(?<![\w-])(?:{_phrase(words('up_to_words'))})\s+(?<!\d)({_YEAR})(?!\d)", re.IGNORECASE
        )
        if words("up_to_words")
        else None,
        available=frozenset(w.lower() for w in words("available_words")),
        # the parts' amount: "the potential costs of ", "spending on ", "de kosten van " at the end of a text
        amount_before=re.compile(
            rf"(?:{_phrase(words('money_nouns'))})\s+(?:{_alternatives(words('amount_of'))})\s+(?:(?:{articles})\s+)?$",
            re.IGNORECASE,
        ),
        money_ask=re.compile(
            rf"(?<![\w-])(?:{_alternatives(words('money_ask_leads'))})\b((?:\s+[\w'’-]+){{0,{_MONEY_ASK_GAP}}}?)\s+"
            # in a compounding language a compound's tail, hyphenated too ("logementkosten", "bruto-uitgaven")
            + (r"(?:\w+-)*\w*" if lex.compounding else "")
            + rf"(?:{_alternatives(words('money_ask_nouns'))})(?![\w-])",
            re.IGNORECASE,
        )
        if words("money_ask_leads") and words("money_ask_nouns")
        else None,
        money_ask_between=frozenset(w.lower() for w in words("money_ask_between")),
        money_ask_ends=tuple(w.lower() for w in words("money_ask_modifier_ends")),
        money_ask_not_after=frozenset(w.lower() for w in words("money_ask_not_after")),
        money_ask_purpose=re.compile(
            rf"[^.;:?]*\b(?:{_phrase(words('money_ask_purpose_ends'))})\s*(?:[.;:?]|$)", re.IGNORECASE
        )
        if words("money_ask_purpose_ends")
        else None,
        title_lead=re.compile(_phrase(words("title_leads")), re.IGNORECASE) if words("title_leads") else None,
        title_end=re.compile(
            rf"(?:{_phrase(words('title_ends'))})|[;?]" if words("title_ends") else r"[,;?]", re.IGNORECASE
        ),
        count_year=re.compile(
            rf"(?<![\w-])(?:{_alternatives(words('count_year_leads'))})\s+({_YEAR})(?![\d/-])", re.IGNORECASE
        )
        if words("count_year_leads")
        else None,
        count_head=re.compile(
            rf"(?<!\w)(?:{_alternatives(words('count_heads'))})\s+([^\W\d_]+)", re.IGNORECASE
        )
        if words("count_heads")
        else None,
        since_clause=re.compile(rf"(?<!\w)(?:{_alternatives(words('since'))})\b[^,;:?()]*$", re.IGNORECASE)
        if words("since")
        else None,
    )


# ---------------------------------------------------------------- asked


def _periods(text: str, p: _Patterns) -> list[Period]:
    """The periods ``text`` asks about, left to right, none inside another."""
    found: list[Period] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    dated = _ANY_YEAR.search(text) is not None
    # a range names two years (either of ``range``'s alternatives): a text with one year or none
    # is not searched for one (its long alternation is most of this function's time)
    for m in p.range.finditer(text) if dated and len(_ANY_YEAR.findall(text)) >= 2 else ():
        first, last = (int(m.group(1)), int(m.group(2))) if m.group(1) else (int(m.group(3)), int(m.group(4)))
        # "Kamer, 2015-2016": the session of a document cited, read before the first year of two
        # that no opener heads ("de Kamer van 2015 tot 2020", "de Kamer tussen 2015 en 2020" ask one)
        at = m.start(1) if m.group(1) else m.start(3)
        if text[m.start()].isdigit() and p.session.search(text, max(0, at - _SESSION_BEFORE), at):
            taken.append((m.start(), m.end()))  # nor do its years list years
            continue
        if first < last <= first + _MAX_SPAN:
            found.append(Period("range", m.start(), m.end(), m.group(), first, last))
            taken.append((m.start(), m.end()))
    for m in p.since.finditer(text) if dated else ():
        if free(m.start(1), m.end(1)):
            found.append(Period("since", m.start(), m.end(), m.group(), int(m.group(1))))
            taken.append((m.start(), m.end()))
    for m in p.year_list.finditer(text) if dated else ():
        if free(m.start(), m.end()):
            years = tuple(sorted({int(y) for y in re.findall(rf"(?<!\d){_YEAR}(?!\d)", m.group())}))
            # "in 2013, 2014, 2015, 2016 en het eerste semester van 2017": that part's year is asked too (dev
            # 192646 1), given by its figures or said not held yet
            part = p.listed_part_year.match(text, m.end())
            end = part.end() if part else m.end()
            if part:
                years = tuple(sorted({*years, int(part.group(1))}))
            if len(years) >= 2:
                found.append(
                    Period("years", m.start(), end, text[m.start() : end], years[0], years[-1], years=years)
                )
                taken.append((m.start(), end))
    # the last N years, then the next N years asked one by one: a count of years, in digits or in words
    counted: tuple[tuple[PeriodKind, re.Pattern[str]], ...] = (("last", p.last), ("next", p.next_each))
    for kind, pattern in counted:
        for m in pattern.finditer(text):
            n = m.group(1).lower()
            count = int(n) if n.isdigit() else p.numbers.get(n, 0)
            if count >= 2 and free(m.start(), m.end()):
                found.append(Period(kind, m.start(), m.end(), m.group(), count=count))
    return sorted((x for x in found if not _aside(text, x, found)), key=lambda x: x.start)


def _aside(text: str, period: Period, found: Sequence[Period]) -> bool:
    """Whether ``period`` stands in brackets right after another period of its kind, a wish beside the one
    asked ("de voorbije vijf jaar (zo mogelijk de voorbije tien jaar)", "sinds 2010 (of sinds 2004 indien die
    cijfers beschikbaar zijn)"): not asked. Years that name the period before ("in de laatste twee jaren (2015
    en 2016)", be-kamer 186951 1) are asked."""
    opened = text.rfind("(", 0, period.start)
    if opened < 0 or ")" in text[opened : period.start]:
        return False
    return any(x is not period and x.kind == period.kind and 0 <= opened - x.end <= 2 for x in found)


def _stem(word: str) -> str:
    return word[:6] if len(word) > 6 else word


def part_own_words(unit: Question, language: str, lexicon_dir: str | None = None) -> frozenset[str]:
    """The words that only one of the unit's inline parts holds, over the whole of each part's text, by their
    first six letters (``_stem``), data words left out: "(a) names and addresses and (b) other personal information"
    gives "person" to (b); "b) de familienaam van de moeder te geven; kan daarbij een opsplitsing worden gegeven al
    naar gelang ... de afstamming van de moeder bekend is" gives "afstam" among others. Roman parts nested in the
    last lettered one ("(b) domestic settings; which (i) countries and (ii) sites") are no parts of their own here.
    Empty for a unit of fewer than two parts."""
    if len(unit.parts) < 2:
        return frozenset()
    p_ = _patterns(language, lexicon_dir)
    # words of data ("gegeven" in a part, "gegevens" in a claim) tell no part from another
    stop = p_.stopwords | p_.data_words | {w[:6] for w in p_.data_words}
    texts = [re.findall(r"[^\W\d_]+", re.sub(r"^\s*\(?\w{1,4}\)\s*", "", p.text).lower()) for p in unit.parts]
    # the last part runs on into the rest of the question ("(ii) a civilian police forces in relation to reported
    # incidents ..."): it is taken as long as the longest of the others, and a word more (as ``_parts``)
    texts[-1] = texts[-1][: max(len(t) for t in texts[:-1]) + 1]
    stems = [{_stem(w) for w in t if len(w) >= 4 and w not in stop and _stem(w) not in stop} for t in texts]
    counts = Counter(w for s in stems for w in s)
    return frozenset(w for s in stems for w in s if counts[w] == 1)


def part_stem(word: str) -> str:
    """A lower-case word as ``part_own_words`` holds it (its first six letters)."""
    return _stem(word)


def _parts(unit: Question, stopwords: frozenset[str], end: re.Pattern[str]) -> list[Part]:
    """The unit's lettered parts with the stems of their own words: the words of the part's
    first clause (up to ``end``: a mark or a joiner ending the part, ``_Patterns.part_end``; up to eight
    words), stop words, short words and words most parts share left out."""
    out: list[tuple[str, int, str, set[str]]] = []
    clauses = []
    for part in unit.parts:
        body = re.sub(r"^\s*\(?\w{1,4}\)\s*", "", part.text)
        clause = end.split(body, maxsplit=1)[0]
        clauses.append(re.findall(r"\w+", clause.lower()))
    # the last part runs on into the rest of the question ("(c) car thefts were recorded in 2023"): it
    # is taken as long as the longest of the others, and a word more
    if len(clauses) >= 2:
        clauses[-1] = clauses[-1][: max(len(c) for c in clauses[:-1]) + 1]
    for label, part, clause in zip(unit.part_labels, unit.parts, clauses):
        at = unit.text.find(part.text)
        words = [w for w in clause if w not in stopwords][:8]
        stems = {_stem(w) for w in words if len(w) >= 3 or any(c.isdigit() for c in w)}
        out.append((label, max(at, 0), part.text, stems))
    # words shared by every part, or by more than half of three parts or more ("teruggekeerde FTF'ers"
    # in thirteen of fourteen), tell no part from another
    counts = Counter(w for *_, s in out for w in s)
    shared = {w for w, k in counts.items() if k == len(out) or (len(out) >= 3 and k > len(out) / 2)}
    return [Part(label, at, at + len(text), text, tuple(sorted(s - shared))) for label, at, text, s in out]


def _parts_of_count(
    unit: Question,
    analysis: QuestionAnalysis,
    split: re.Pattern[str] | None = None,
    amount: re.Pattern[str] | None = None,
    asks_other: re.Pattern[str] | None = None,
    held_on: re.Pattern[str] | None = None,
) -> bool:
    """Whether the unit's lettered parts are what a count asks for: a count cue, or a figure
    request that asks for a split (``split``, the lexicon's ``[coverage] split_words``: "a breakdown
    of the spending of both (a) ... and (b) ..."), stands before the first part in the same clause
    ("how many (a) ... (b) ..."; no "?" or ";" between), or one does before an amount that ends just before
    the first part (``amount``: a word of ``[coverage] money_nouns`` and "of", "for", "on", "van", "voor":
    "an estimate of the potential costs of (a) ... and (b) ..."), or two parts or more ask a count of their
    own ("a) hoeveel personen ...; b) hoeveel ..."). Parts of another question of the unit ("an
    assessment of (a) ... (b) ...; and how much ...") are not, nor parts after a word of ``asks_other``
    between the cue and them (``[coverage] part_questions``: "what estimate his Department has made of when
    (a) those roadworks will be completed, (b) ...": the parts ask when, no count). ``held_on``: the data a
    department holds on a measured quantity, named before the first part in its clause, ask its figures as a
    count does ("what information his Department holds on the completion rate for the Universal Credit
    optional equality questions on the (a) ethnic sub-group, (b) ...", dev-uk11 1821284; breakdown37)."""
    if len(unit.parts) < 2:
        return False
    first = unit.text.find(unit.parts[0].text)

    def before_in_clause(cues: Sequence[Cue]) -> bool:  # no "?" or ";" between the cue and the first part
        return any(
            c.end <= first
            and not re.search(r"[?;]", unit.text[c.end : first])
            and not (asks_other is not None and asks_other.search(unit.text[c.end : first]))
            for c in cues
        )

    splits = [c for c in analysis.figure_cues if split is not None and split.fullmatch(c.text.lower())]
    if before_in_clause((*analysis.count_cues, *splits)):
        return True
    held = [
        Cue(m.start(), m.end(), m.group(), "held_on")
        for m in (held_on.finditer(unit.text[:first]) if held_on is not None else ())
    ]
    if before_in_clause(held):
        return True
    # an amount named just before the parts, figures asked before it in the clause: "an estimate of the
    # potential costs of (a) a mayoral election and (b) ...", "what estimate ... of spending on (a) ..."
    if (
        amount is not None
        and amount.search(unit.text[:first])
        and before_in_clause((*analysis.count_cues, *analysis.figure_cues))
    ):
        return True
    bounds = [unit.text.find(x.text) for x in unit.parts]
    ends = [*bounds[1:], len(unit.text)]
    own = sum(1 for a, b in zip(bounds, ends) if any(a <= c.start < b for c in analysis.count_cues))
    return own >= 2


def _measures(unit: Question, measure: re.Pattern[str] | None, measure_of: re.Pattern[str]) -> bool:
    """Whether the unit's lettered parts each name only a measure (``[coverage] measure_nouns``, a word of
    ``measure_modifiers`` before it), the last one followed by "of" or "for" and what they all measure: "what
    estimate her Department has made of the (a) number and (b) proportion of new teacher sign ups that is
    attributable to the Get Into Teaching advertising campaign" (dev-uk32 1672651) asks two measures of one
    thing, not a split of it, so its parts are no parts of the count (breakdown22). Not "(a) the number of
    charitable independent schools ... and (b) the number of local authorities ...", two counts."""
    if measure is None or len(unit.parts) < 2:
        return False
    bodies = [re.sub(r"^\s*\(?\w{1,4}\)\s*", "", x.text).strip(" ,;") for x in unit.parts]
    *heads, last = bodies
    if not all(measure.fullmatch(b) for b in heads):
        return False
    m = measure.match(last)
    return m is not None and measure_of.match(last[m.end() :]) is not None


OPEN = "open:"  # the name of a dimension a split names that the lexicon does not know ("open:bedrijf")


def _split_dimensions(
    text: str,
    analysis: QuestionAnalysis,
    p: _Patterns,
    lexicon: Lexicon,
    periods: Sequence[Period] = (),
    past_article: bool = False,
) -> list[DimensionRequest]:
    """The dimensions a split asks that the lexicon does not name: after a word that asks for a
    split ("opgesplitst", "uitsplitsing", "broken down", "at each"; ``[coverage] split_words``),
    every "per X", "naar X", "by X", "at each of the X" (``split_by``) of the rest of its
    sentence, as an open dimension named by its words ("Graag cijfers opgesplitst per jaar, per
    bedrijf en per type": "per bedrijf"); those within a known dimension's words or a period
    asked, rates and periods (``[coverage] split_not``: "per persoon", "in each of the next three
    years"), and "by" before a name ("by HMRC": who does it) left out. ``past_article`` (a unit that asks no
    count of its own): also the noun past an article after a word of ``[coverage] split_by_past_article``
    ("naar de aard van het voertuig": "aard"), the lexicon's dimension where it names one ("naar de
    leeftijdscategorie": leeftijd)."""
    out: list[DimensionRequest] = []
    split_sentences = [(x, split) for x in analysis.sentences if (split := p.split.search(x.text))]
    if not split_sentences:  # (most units: the lexicon's nouns and rates are not gathered)
        return out
    known = [(d.cue.start, d.cue.end) for d in analysis.dimensions] + [(x.start, x.end) for x in periods]
    nouns = {n.lower() for d in lexicon.dimensions for n in d.nouns}
    by_noun = {n.lower(): d.name for d in lexicon.dimensions for n in d.nouns}
    rates = _split_rates(lexicon)
    period_nouns = {w.lower() for w in lexicon.phrases("coverage", "period_nouns")}
    for x, split in split_sentences:
        for m in p.split_by.finditer(x.text, split.start()):
            start, end = x.start + m.start(), x.start + m.end()
            if any(a <= start < b or a < end <= b for a, b in known):
                continue
            if m.group().lower().startswith("by ") and m.group(1)[:1].isupper():
                continue  # "by HMRC", "by the Office for ...": who does it, no split
            named = _PART_LABEL.sub("", m.group(1).lower())
            first, stop = _split_first(m)
            past = _past_determiners(x.text, m, p, period_nouns) if first in p.stopwords else None
            article = (
                past_article
                and past is None
                and first in p.stopwords
                and m.group().split()[0].lower() in p.past_article
            )
            if article:
                # "Kan ook een opdeling worden gemaakt naar de leeftijdscategorie van de daders?", "Wordt daarbij
                # een onderverdeling gemaakt naar de aard van het voertuig?": the noun past the article after a word
                # of ``[coverage] split_by_past_article`` ("naar"; breakdown39)
                past = _past_determiners(x.text, m, p, period_nouns, lead_split=False)
            if past is not None:
                # "in each of his Department's offices": the noun past the determiners a split word leads into
                first = named = past.group().lower()
                stop = past.end()
                end = x.start + stop
            elif len(named.split()) > 1 and named.split()[1] in p.stopwords:
                named = first  # "per hof van beroep": "hof"
                end = x.start + stop
            if article and past is not None and first in by_noun and first not in rates:
                # a noun of a dimension the lexicon names, past the article: that dimension
                if all(d.name != by_noun[first] for d in out) and all(
                    d.name != by_noun[first] for d in analysis.dimensions
                ):
                    out.append(
                        DimensionRequest(by_noun[first], Cue(start, end, text[start:end], "dimension"))
                    )
                continue
            if {first, *first.split("/")} & nouns or first in rates or named in rates or first in p.stopwords:
                continue
            name = OPEN + named
            if all(d.name != name for d in out):
                out.append(DimensionRequest(name, Cue(start, end, text[start:end], "dimension")))
    return out


_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
# "his Department's offices": the owner, not the noun split
_POSSESSIVE = ("'s", "\u2019s")
# how many stop words may stand between a split word that leads into its noun and that noun ("in each of his
# Department's offices")
_DETERMINERS = 3
# a lettered part's label among the words passed: "(a)", "(a", or "a)" ("for each of a) London and b) Leeds")
_LABEL_PASSED = re.compile(r"\(|\b[a-z]\)")


def _past_determiners(
    text: str, m: re.Match[str], p: _Patterns, period_nouns: Collection[str], lead_split: bool = True
) -> re.Match[str] | None:
    """The noun that a ``split_by`` match ``m`` of ``text`` names past the stop words after it, where the
    words that lead into it are a split word themselves (``[coverage] split_words``: "in each of his
    Department's offices", "for each of these schemes"; not "by the end of", where "by" asks no split), up to
    ``_DETERMINERS`` of them, an owner's name ("Department's") passed too; none where that noun is a period's
    (``[coverage] period_nouns``: "in each of those years") or past a lettered part's label."""
    lead = m.group()[: m.start(1) - m.start()]
    if lead_split and not p.split.fullmatch(lead.strip()):
        return None
    for k, w in enumerate(_WORD.finditer(text, m.start(1))):
        word = w.group().lower()
        if k > _DETERMINERS or word in period_nouns:
            return None
        if word not in p.stopwords and not word.endswith(_POSSESSIVE):
            # "for each of (a) February, (b) March", "in each of a) London and b) Leeds": lettered parts, read as parts
            return None if _LABEL_PASSED.search(text, m.start(1), w.start()) else w
    return None


def _adjective_splits(text: str, p: _Patterns, lexicon: Lexicon) -> list[DimensionRequest]:
    """The dimensions a unit asks by an adjective before a word that asks a split or a spread ("Wat is
    de regionale verdeling van inkomsten uit vervoerbewijzen?", "Kan hierbij een provinciale opdeling
    worden gemaakt?", "a regional breakdown"): the lexicon's dimension of that adjective
    (``[dimensions.X] adjectives``), given as its nouns' dimension is, by two of its values."""
    if p.adjective_split is None:
        return []
    out: list[DimensionRequest] = []
    for m in p.adjective_split.finditer(text):
        k = int(next(g for g, v in m.groupdict().items() if v is not None)[1:])
        name = lexicon.dimensions[k].name
        if all(d.name != name for d in out):
            out.append(DimensionRequest(name, Cue(m.start(), m.end(), m.group(), "dimension")))
    return out


# values of one dimension listed that ask a split by it
_LISTED_VALUES = 3


def _value_lists(
    text: str, analysis: QuestionAnalysis, lexicon: Lexicon, asked_: Sequence[DimensionRequest]
) -> list[DimensionRequest]:
    """The dimensions a unit asks by listing ``_LISTED_VALUES`` or more of their values one by one in a
    sentence that asks a count or figures ("Voor welk bedrag werden in de jaren 2015 en 2016 boetes ...
    opgelegd in het Vlaams Gewest, het Waals Gewest en het Brussels Hoofdstedelijk Gewest?": per gewest;
    ``[dimensions.X] values``), with nothing but joiners, articles and commas between them (``[coverage]
    joiners``, ``articles``, ``list_glue``);
    given as its nouns' dimension is, by two of its values. Not a dimension asked already, nor a list right
    after a noun of another dimension ("in de steden Brussel, Antwerpen, Gent en Luik" lists cities), nor a
    sentence that asks their total (``[coverage] total_words``, ``together_words``: "samen", "in total")."""
    asks = [*analysis.count_cues, *analysis.figure_cues]
    out: list[DimensionRequest] = []
    nouns, together, patterns, glue = _value_patterns(lexicon)
    for d, pattern in zip(lexicon.dimensions, patterns, strict=True):
        if pattern is None or any(x.name == d.name for x in (*asked_, *out)):
            continue
        for x in analysis.sentences:
            if not any(x.start <= c.start < x.end for c in asks):
                continue
            if together is not None and together.search(text, x.start, x.end):
                continue  # a total of the values asked ("in totaal ... samen?", "in total across ...")
            found = list(pattern.finditer(text, x.start, x.end))
            runs: list[list[re.Match[str]]] = []
            for m in found:
                if runs and glue.fullmatch(text, runs[-1][-1].end(), m.start()):
                    runs[-1].append(m)
                else:
                    runs.append([m])
            for run in runs:
                if len({m.group().lower() for m in run}) < _LISTED_VALUES:
                    continue
                before = text[max(x.start, run[0].start() - 30) : run[0].start()].lower().split()
                if any(nouns.get(w.strip(",:(")) not in (None, d.name) for w in before[-2:]):
                    continue
                start, end = run[0].start(), run[-1].end()
                out.append(DimensionRequest(d.name, Cue(start, end, text[start:end], "dimension")))
                break
            if any(r.name == d.name for r in out):
                break
    return out


def _value_patterns(
    lexicon: Lexicon,
) -> tuple[dict[str, str], re.Pattern[str] | None, tuple[re.Pattern[str] | None, ...], re.Pattern[str]]:
    """What ``_value_lists`` reads of a lexicon, made once per lexicon (it was made again for every
    unit, about 2% of ``scripts/bench_map.py``'s pass): its dimensions by their nouns, the pattern of
    its words of a total, per dimension the pattern of its values (None: it has none), and what may
    stand between two values of a list ("het Vlaams Gewest, het Waals Gewest en het Brussels
    Hoofdstedelijk Gewest", "in England, Scotland, Wales and Northern Ireland"): white space, commas,
    semicolons, slashes and the words of ``[coverage] joiners``, ``articles`` and ``list_glue``
    (``Lexicon.made``)."""
    return lexicon.made(_make_value_patterns)


def _make_value_patterns(
    lexicon: Lexicon,
) -> tuple[dict[str, str], re.Pattern[str] | None, tuple[re.Pattern[str] | None, ...], re.Pattern[str]]:
    """``_value_patterns`` of ``lexicon``, made."""
    nouns = {n.lower(): d.name for d in lexicon.dimensions for n in d.nouns}
    whole = [*lexicon.phrases("coverage", "total_words"), *lexicon.phrases("coverage", "together_words")]
    together = re.compile(rf"(?<!\w)(?:{_phrase(whole)})(?!\w)", re.IGNORECASE) if whole else None
    ends = lexicon.phrases("coverage", "value_inflections")
    patterns = tuple(
        re.compile(
            rf"(?<!\w)(?:{'|'.join(value_pattern(v, ends) for v in sorted(d.values, key=len, reverse=True))})(?!\w)",
            re.IGNORECASE,
        )
        if d.values
        else None
        for d in lexicon.dimensions
    )
    glue_words = [w for n in ("joiners", "articles", "list_glue") for w in lexicon.phrases("coverage", n)]
    glue = re.compile(rf"(?:\s|,|;|/|\b(?:{_alternatives(glue_words)})\b)*", re.IGNORECASE)
    return nouns, together, patterns, glue


MEMBERS = "members:"  # a split into the members it names ("members:aangevraagde|toegestane afwijkingen")
# a year or a month in a member: the words name a period ("tussen januari 2015 en juni 2016"), not members
_YEAR_IN = re.compile(rf"(?<!\d){_YEAR}(?!\d)")
_MONTH_IN = re.compile(
    rf"\b(?:{'|'.join(sorted(set(MONTHS) - {'may'}, key=len, reverse=True))})\b", re.IGNORECASE
)
_PART_START = re.compile(r"(?:\w+\s+)?\(?[a-z]\)\s")  # "(a) ", "the (a) ": a lettered part
_PART_LABEL = re.compile(r"^\(?[a-z]\)\s*")  # a lettered part's label at the start of its words
# words at most of a member; a longer one ends the list ("... en de strafrechtelijke aanpak van elk dossier ...")
_MEMBER_WORDS = 6


def _member_splits(text: str, p: _Patterns) -> list[DimensionRequest]:
    """The splits into named members a unit asks: after a word that asks a split and the word that
    names its members (``[coverage] split_between``: "Graag een opsplitsing tussen het aantal aangevraagde
    en toegestane afwijkingen", "verdeeld over burgerlijke en strafzaken", "split between England and
    Wales"), two members or more, joined by ``member_joiners`` up to the end of the clause; a member of
    more than ``_MEMBER_WORDS`` words ends the list, cut to its first three. A dimension each, named
    ``MEMBERS`` and the members ("members:het operationele kader|het CALog-personeel"); its values given
    are the members the answer's figures name (``_members_given``). "Een betere verdeling tussen
    werknemers" names one member, no split."""
    out: list[DimensionRequest] = []
    for m in p.between.finditer(text):
        lead = text[m.start() : m.start(1)].split()[-1].lower()  # "tussen", "over", "between"
        rest = m.group(1).strip()
        seps = list(p.member_joiners.finditer(rest))
        # "tussen A, B en C, vanaf januari 2015": the list ends with the member after its last joining word
        worded = [k for k, x in enumerate(seps) if x.group().strip(" ,")]
        spans = list(zip([0, *(x.end() for x in seps)], [*(x.start() for x in seps), len(rest)]))
        if worded:
            spans = spans[: worded[-1] + 2]
        members: list[str] = []
        last = 0
        for a, b in spans:
            said = rest[a:b].strip(" ,")
            if said.endswith(")") and "(" not in said:
                said = said[:-1]  # "(met een opdeling tussen ... en gedwongen terugkeer)"
            words = said.split()
            if not words or words[0].lower() in (lead, *p.member_stops) or _PART_START.match(said):
                break  # "en tussen mannen en vrouwen": another list; "(b) ...": parts; "en hoeveel ...": a clause
            at = rest.index(said, a)
            # another split ("particulieren en bedrijven en een opdeling per gemeente") or a period ("mannen
            # en vrouwen in 2015"; "tussen januari 2015 en juni 2016" names no members): the list ends there
            ends = [
                x
                for x in (
                    p.per.search(said),
                    p.split.search(said),
                    _YEAR_IN.search(said),
                    _MONTH_IN.search(said),
                )
                if x
            ]
            if ends:
                kept = _words_before(said, min(x.start() for x in ends), p.stopwords)
                if kept and _content_in_order(kept, p.stopwords):
                    members.append(kept)
                    last = at + len(kept)
                break
            if len(words) > _MEMBER_WORDS:
                third = list(re.finditer(r"\S+", said))[2]  # the first three words, whatever white space
                members.append(said[: third.end()])
                last = at + third.end()
                break
            if _content_in_order(said, p.stopwords):
                members.append(said)
                last = at + len(said)
        if len(members) < 2:
            continue
        end = m.start(1) + last  # the request ends with its last member ("..., vanaf januari 2015" left out)
        name = MEMBERS + "|".join(members)
        out.append(DimensionRequest(name, Cue(m.start(), end, text[m.start() : end], "dimension")))
    return out


# a list in brackets: its words, no bracket within
_BRACKETED = re.compile(r"\(([^()]{3,200})\)")
# words at most of a member a list in brackets names; a longer one makes the brackets a remark, no list
_BRACKET_WORDS = 4


def _listed_members(
    text: str, analysis: QuestionAnalysis, counts: Sequence[Cue], p: _Patterns
) -> list[DimensionRequest]:
    """The splits a unit asks by listing the members of what a count counts, with no word asking a split
    (breakdown34): after a count of its sentence (``counts``), a list in brackets of two members or more
    ("Hoeveel kost een brace gemiddeld aan een patient (kniebrace, halsbrace en polsbrace)?"), or the
    members named after a word of ``[coverage] members_named`` up to the end of the clause ("Hoeveel ...
    werknemers zijn er heden tewerkgesteld in de verschillende Ikea-vestigingen, namelijk in Hasselt,
    Anderlecht, Arlon, Gent, Hognoul, Wilrijk, Zaventem en Bergen?"); its last member after a word of
    ``member_joiners`` ("en", "and", "or"), none with a digit (years and figures are a period or a
    threshold), a member in brackets of ``_BRACKET_WORDS`` words at most. Not a list of examples or of what a
    figure includes (``[coverage] example_words``: "zoals", "such as", "etc", "...", "inclusief"), nor brackets
    right after a figure or a code ("96020 (hairdressing and barbering)", its label), nor two in
    brackets joined by ``choice_joiners`` ("de aard (prive of officieel)", a choice), nor members that each name
    a measure only (``measure_nouns``, ``measure_members``: "(procentueel en absoluut)"), nor brackets whose words
    are all capitalised ("(Immigration and Asylum Chamber)", "(Illegal, Unreported and Unregulated Fishing)": a
    name). A dimension each, as ``_member_splits``'s: given where
    the answer's figures or tables name each member (``_members_given``)."""
    out: list[DimensionRequest] = []
    for x in analysis.sentences:
        ends = [c.end for c in counts if x.start <= c.start < x.end]
        if not ends:
            continue
        first = min(ends)
        # not a bracket right after a figure or a code ("codes (a) 96020 (hairdressing and barbering)": its label)
        found = [
            (m.start(1), m.group(1), True)
            for m in _BRACKETED.finditer(text, first, x.end)
            if not text[: m.start()].rstrip()[-1:].isdigit()
        ]
        if p.named is not None:
            found += [(m.start(1), m.group(1), False) for m in p.named.finditer(text, first, x.end)]
        for at, said, bracketed in found:
            if p.examples is not None and p.examples.search(said):
                continue  # "(supermarkten, bpost, tankstations, ...)": examples
            lead = said.split(None, 1)
            if not bracketed and len(lead) == 2 and lead[0].lower() in p.each_leads:
                # "namelijk in Hasselt, ...": the members after "in"
                at, said = at + said.index(lead[1]), lead[1]
            seps = list(p.member_joiners.finditer(said))
            if not seps or not seps[-1].group().strip(" ,"):
                continue  # no "en"/"and" before the last: no list of members
            spans = list(zip([0, *(s.end() for s in seps)], [*(s.start() for s in seps), len(said)]))
            members: list[str] = []
            last = 0
            for a, b in spans:
                member = said[a:b].strip(" ,")
                words = member.split()
                if (
                    not words
                    or words[0].lower() in p.member_stops
                    or _PART_START.match(member)
                    or re.search(r"\d", member)
                    or len(words) > (_BRACKET_WORDS if bracketed else _MEMBER_WORDS)
                    or not _content_in_order(member, p.stopwords)
                ):
                    members = [] if bracketed else members
                    break
                members.append(member)
                last = a + len(said[a:b].rstrip(" ,"))
            if len(members) < 2 or (
                bracketed and len(members) == 2 and seps[-1].group().strip(" ,").lower() in p.choice_joiners
            ):
                continue  # "de aard (prive of officieel)": a choice asked of each, no split
            if all(m.lower() in p.measure_members for m in members):
                continue  # "oppervlakte (procentueel en absoluut)": two measures of one count
            if bracketed and all(
                w[:1].isupper()
                for m in members
                for w in re.findall(r"[^\W\d_]+", m)
                if w.lower() not in p.stopwords
            ):
                continue  # "(Immigration and Asylum Chamber)", "(Illegal, Unreported ... Fishing)": a name
            name = MEMBERS + "|".join(members)
            if any(d.name == name for d in out):
                continue
            out.append(DimensionRequest(name, Cue(at, at + last, text[at : at + last], "dimension")))
    return out


def _members_of(name: str) -> tuple[str, ...]:
    """The members a split's name (``MEMBERS``) lists."""
    return tuple(name[len(MEMBERS) :].split("|"))


def _words_before(text: str, cut: int, stopwords: frozenset[str]) -> str:
    """``text`` up to its last word before offset ``cut`` that is not a stop word ("vrouwen in" of
    "vrouwen in 2015" gives "vrouwen"); "" when none is."""
    ends = [w.end() for w in re.finditer(r"\S+", text[:cut]) if w.group().lower().strip(",") not in stopwords]
    return text[: ends[-1]].rstrip(" ,") if ends else ""


def _members_given(name: str, answers: Sequence[AnswerAnalysis], p: _Patterns) -> tuple[str, ...]:
    """The members of split ``name`` (``MEMBERS``) that the answers' figure-bearing sentences or tables
    name by a word of their own (by its first five letters; words every member shares tell none apart):
    "1.477 ... humanitaire aanvragen 9bis en 876 ... aanvragen 9ter" gives "aanvragen tot humanitaire
    regularisatie (9bis)" and "medische regularisatie (9ter)"."""
    members = _members_of(name)
    stems = [_content(x, p.stopwords) for x in members]
    shared = set.intersection(*stems)  # a split names two members or more
    said: set[str] = set()
    for a in answers:
        said |= _content(" ".join(x.text for x in a.figure_sentences), p.stopwords)
        said |= _content("\n".join(table_labels(t) for t in a.tables if not t.placeholder), p.stopwords)
    return tuple(x for x, own in zip(members, stems) if (own - shared) & said)


def dimension_label(name: str) -> str:
    """A dimension's name as a reason shows it: an open one by the word the split named ("bedrijf"),
    a split into named members as "the members named", the lexicon's by its own name ("provincie")."""
    if name.startswith(OPEN):
        return name[len(OPEN) :]
    if name.startswith(MEMBERS):
        return "the members named"
    return name


def dimension_of(name: str, lexicon: Lexicon) -> Dimension:
    """The lexicon's dimension ``name``, or an open one a split named (``OPEN``), or a split into the
    members it names (``MEMBERS``, the members its values)."""
    if name.startswith(OPEN):
        return Dimension(name, (name[len(OPEN) :],))
    if name.startswith(MEMBERS):
        return Dimension(name, (), _members_of(name))
    return lexicon.dimension(name)


def _preamble(analysis: QuestionAnalysis, language: str, lexicon_dir: str | None) -> list[tuple[int, int]]:
    """The sentences of the unit that state before its first question sentence (one ending in "?"):
    a full stop at the end, no question word first (its "?" left out: "Hoeveel mensen werden in
    2016 Belg."), no colon or semicolon (no list), no request (``analyze.is_request``, as
    the yes or no reads one: "Graag cijfers per jaar.", "Ik wens de cijfers per provincie te
    kennen."; "De FOD weigert die gegevens per provincie te geven." states). What they name
    is context, not asked (its periods aside, ``asked``): "Voor de periode 2008 tot en met 2013 publiceerde de FOD jaarlijks een
    overzicht van ... Stellen uw diensten nog steeds zo'n rapport op?" asks no figures per year. A
    unit with no question sentence (the UK's one-sentence asks) has no preamble."""
    first = next((x.start for x in analysis.sentences if x.text.rstrip().endswith("?")), None)
    if first is None:
        return []
    return [
        (x.start, x.end)
        for x in analysis.sentences
        if x.end <= first
        and x.text.rstrip().endswith(".")
        and (not re.search(r"[:;]", x.text) or _colon_clause(x.text))
        and not is_request(x.text, language, lexicon_dir)
        and not opens_with_question_word(x.text, language, lexicon_dir)
    ]


# words at least after a preamble sentence's one colon for a clause of its own, not a list
_COLON_CLAUSE_WORDS = 6


def _colon_clause(text: str) -> bool:
    """Whether the one colon of ``text`` (no semicolon) opens a clause that explains, not a list: six words or
    more after it, no comma, dash item or marker ("Swedbank voert een ecologisch argument aan voor haar weigering om
    met cashgeld te werken: de bank heeft berekend dat de geldtransporten tussen haar kantoren 700 ton CO2 per jaar
    uitstoten.", dev-be32 187611 4: a statement, its "per jaar" a rate of the bank's, breakdown24)."""
    if ";" in text or text.count(":") != 1:
        return False
    tail = text.split(":", 1)[1]
    return len(tail.split()) >= _COLON_CLAUSE_WORDS and not re.search(
        r",|\s[-–•]\s|(?:^|\s)\(?[a-z1-9]\)", tail
    )


# content words at most of a split a refusal names ("in functie van het beroep van het slachtoffer")
_REFUSED_WORDS = 6
# characters at most of a title the question names, up to a word of ``[coverage] title_ends``
_TITLE_MAX = 250
_CLAUSE_STOP = re.compile(r"[,;?]")  # where a title with no end word in reach stops


def _titles(text: str, language: str, lexicon_dir: str | None) -> list[tuple[int, int]]:
    """The titles of documents the unit names: from a word of ``[coverage] title_leads`` ("entitled") to the
    first word of ``title_ends`` ("published", "updated") within ``_TITLE_MAX`` characters, or else to the next
    comma, semicolon or question mark. Their words are the document's, not asked: "as detailed in Cabinet Office
    statistics entitled Permanent and temporary civil servants by sex, age band and department: 2023, published on
    31 October 2023, what that figure was on 31 March (a) 2011, (b) 2016 and (c) 2020" asks no split by sex
    (dev-uk30 1668359)."""
    p = _patterns(language, lexicon_dir)
    if p.title_lead is None:
        return []
    out = []
    for m in p.title_lead.finditer(text):
        stop = p.title_end.search(text, m.end(), min(len(text), m.end() + _TITLE_MAX))
        if stop is None or stop.group() in ";?":
            comma = _CLAUSE_STOP.search(text, m.end())
            stop_at = comma.start() if comma else len(text)
        else:
            stop_at = stop.start()
        out.append((m.end(), stop_at))
    return out


def _quantities(
    text: str,
    analysis: QuestionAnalysis,
    p: _Patterns,
    stated: Callable[[int], bool],
    dimensions: Sequence[DimensionRequest],
    periods: Sequence[Period],
) -> list[Cue]:
    """What the unit measures without a count word (``[coverage] quantity_nouns``, ``money_nouns``, with a
    stop word among the two words before it: "the annual cost", "de arbeidsongevallencijfers"; not "the dates
    when ... released funding ... in each of the last 10 years", where it is what was done) in a
    sentence that asks it by a dimension or year by year (a dimension asked, ``each_year``, years listed)
    and that no preamble states: "Kunt u de arbeidsongevallencijfers van 2014, 2015 en 2016 meedelen?"."""
    out = []
    for x in analysis.sentences:
        if stated(x.start):
            continue
        m = next(
            (
                m
                for m in p.quantity.finditer(x.text)
                if set(re.findall(r"\w+", x.text[: m.start()].lower())[-2:]) & p.stopwords
            ),
            None,
        )
        if not m:
            continue
        inside = [d.cue.start for d in dimensions] + [y.start for y in periods if y.kind == "years"]
        if any(x.start <= at < x.end for at in inside) or p.each_year.search(x.text):
            out.append(
                Cue(
                    x.start + m.start(),
                    x.start + m.end(),
                    text[x.start + m.start() : x.start + m.end()],
                    "quantity",
                )
            )
    return out


def may_ask_figures(
    unit: Question,
    analysis: QuestionAnalysis,
    language: str,
    lexicon_dir: str | None = None,
    asks_model: str = LEXICON_ONLY,
) -> bool:
    """False only where ``asked(...).asks_figures`` is False for certain, read cheaply: no count cue,
    no figure request and no word of what is measured (``_quantities``) in the unit's text, and no
    question-reading model (``asks_model``) to read its sentences. Rules look here first and build
    ``asked`` only where figures may be asked."""
    # the model first: with one (the default) the unit's text is not searched
    return (
        bool(analysis.count_cues or analysis.figure_cues)
        or asks.load_model(asks_model) is not None
        or bool(_patterns(language, lexicon_dir).quantity.search(unit.text))
    )


def _learned_counts(
    analysis: QuestionAnalysis,
    language: str,
    lexicon_dir: str | None,
    stated: Callable[[int], bool],
    asks_model: str,
    threshold: float,
    asked_counts: tuple[Cue, ...],
) -> list[Cue]:
    """The sentences of the unit that the question-reading model (``qa_align.asks``, ``asks_model``)
    rates as asking figures with probability ``threshold`` or more, where the lexicon reads no count
    ("Wat heeft dat gekost?", "met vermelding van de bedragen", "an estimate of the potential costs
    of ..."), and no preamble states: a count each, a ``Cue`` on the word that weighed most with the
    sentence's span and the probability (``Cue.learned``). Not a sentence after the first that asks a
    split (a dimension, a split word): it splits what a sentence before asks, a count the lexicon read
    there ("Hoeveel incidenten ...? Kunt u die cijfers opsplitsen per Gewest?") or, when it names nothing
    measured (``[coverage] quantity_nouns``, ``money_nouns``), no figure ("Wat was de reden voor een
    aanvaarding? Graag een opsplitsing per jaar."); nor a sentence after the first that opens with a
    request word (``[coverage] request_openers``) and names nothing measured ("Welke punten ...? Graag een
    volledig overzicht.": the list the sentence before asks; figures13). The sentences are numbered, and a
    count before one is taken, among what the unit asks only (``asked_counts``): a preamble's statement ("De inbraken
    stegen in 2016 sterk.", "Het aantal inbraken steeg ...") is no first sentence and asks no count."""
    p = _patterns(language, lexicon_dir)
    out = []
    asking = [x for x in analysis.sentences if not stated(x.start)]
    for k, x in enumerate(asking):
        if any(x.start <= c.start < x.end for c in analysis.count_cues):
            continue
        splits = p.split.search(x.text) or any(x.start <= d.cue.start < x.end for d in analysis.dimensions)
        counted_before = any(c.start < x.start for c in asked_counts)
        if k and splits and (counted_before or not p.quantity.search(x.text)):
            continue
        if k and p.opener.match(x.text) and not p.quantity.search(x.text):
            # "Welke punten ... had u op uw agenda staan? Graag een volledig overzicht.": a request after
            # the first sentence that names nothing measured asks the list the sentence before asks
            continue
        rated = _rated(x, language, lexicon_dir, asks_model, "asks_figures", threshold)
        if rated is not None:
            out.append(_reading_cue(x, *rated, "count"))
    return out


def _learned_splits(
    analysis: QuestionAnalysis,
    language: str,
    lexicon_dir: str | None,
    stated: Callable[[int], bool],
    asks_model: str,
    threshold: float,
) -> tuple[Cue, ...]:
    """The sentences of the unit (not of its preamble) that the question-reading model rates as
    asking figures broken down with probability ``threshold`` or more (0: none read): a ``Cue`` each
    on the words that weighed most, with the sentence's span and the probability."""
    if threshold <= 0:
        return ()
    out = []
    for x in analysis.sentences:
        rated = (
            None
            if stated(x.start)
            else _rated(x, language, lexicon_dir, asks_model, "asks_breakdown", threshold)
        )
        if rated is not None:
            out.append(_reading_cue(x, *rated, "split"))
    return tuple(out)


def _rated(
    x: Cue, language: str, lexicon_dir: str | None, asks_model: str, name: str, threshold: float
) -> tuple[asks.Reading, float] | None:
    """The model's reading of sentence ``x`` and its probability of ``name``, where that probability
    is ``threshold`` or more; the model is read only where its bound (``asks.may_rate``) allows it."""
    if not asks.may_rate(x.text, language, name, asks_model, at_least=threshold):
        return None
    reading = asks.read(x.text, language, asks_model, lexicon_dir)
    if reading is None or reading.probability(name) < threshold:
        return None
    return reading, reading.probability(name)


def _reading_cue(x: Cue, reading: asks.Reading, prob: float, kind: str) -> Cue:
    """A ``Cue`` of ``kind`` on the words of sentence ``x`` that weighed most in the model's
    ``reading`` (the whole sentence when it names none), with the sentence's span and ``prob``."""
    a, b = (reading.words[0].start, reading.words[0].end) if reading.words else (0, len(x.text))
    return Cue(x.start + a, x.start + b, x.text[a:b], kind, (x.start, x.end), round(prob, 3))


def _vetoed(
    cue: Cue, analysis: QuestionAnalysis, language: str, lexicon_dir: str | None, asks_model: str, veto: float
) -> bool:
    """Whether the question-reading model rates the sentence of a count cue as asking figures with a
    probability below ``veto`` (0: never)."""
    if veto <= 0:
        return False
    x = next((x for x in analysis.sentences if x.start <= cue.start < x.end), None)
    if x is None or not asks.may_rate(x.text, language, "asks_figures", asks_model, below=veto):
        return False
    reading = asks.read(x.text, language, asks_model, lexicon_dir)
    return reading is not None and reading.probability("asks_figures") < veto


@lru_cache(maxsize=64)  # breakdown_missing's refusal check, coverage and figures_missing ask it of a unit
def asked(
    unit: Question,
    analysis: QuestionAnalysis,
    language: str,
    lexicon_dir: str | None = None,
    asks_model: str = LEXICON_ONLY,
    asks_threshold: float = 0.5,
    asks_veto: float = 0.0,
    asks_split: float = 0.0,
) -> Asked:
    """What the unit asks: counts, amounts, dimensions, periods, parts. The counts, figure
    requests, dimensions and year-by-year words of its preamble (``_preamble``) are not asked ("Het
    aantal inbraken steeg in 2016 sterk. Welke maatregelen neemt u?" asks no figures); its periods
    are, as the span a count may run over. With a question-reading model (``asks_model``: "" the
    shipped one, a path; ``asks.LEXICON_ONLY`` none), a sentence it rates as asking figures with
    probability ``asks_threshold`` or more asks a count even without a count word (``_learned_counts``),
    and the count words of a sentence it rates below ``asks_veto`` ask none ("the number of the
    relevant guidance", a reference, not a count); a sentence it rates as asking a split with
    probability ``asks_split`` or more (0: none) asks a breakdown (``Asked.splits``)."""
    p = _patterns(language, lexicon_dir)
    lexicon = load_lexicon(language, lexicon_dir)
    # a title the unit names states its document's words, as a preamble sentence states
    preamble = _preamble(analysis, language, lexicon_dir) + _titles(unit.text, language, lexicon_dir)

    def stated(start: int) -> bool:
        return any(a <= start < b for a, b in preamble)

    # a count is of money when it is an amount cue ("welk bedrag") or one stands in its sentence ("what
    # estimate he has made of the cost to the public purse")
    money_sentences = [x for x in analysis.sentences if p.amount.search(x.text)]
    counts = tuple(
        c
        for c in analysis.count_cues
        if not stated(c.start) and not _vetoed(c, analysis, language, lexicon_dir, asks_model, asks_veto)
    )
    learned = _learned_counts(analysis, language, lexicon_dir, stated, asks_model, asks_threshold, counts)
    counts = (*counts, *learned)
    counts = tuple(sorted((*counts, *_money_asks(analysis, p, stated, counts)), key=lambda c: c.start))
    amounts = tuple(
        c
        for c in counts
        if c.kind == MONEY_ASK
        or cue_phrase(c) in p.amount_cues
        or any(x.start <= c.start < x.end for x in money_sentences)
    )
    # a preamble's period stays: it may be the one the count runs over ("Sinds 1 januari 2021 kunnen kmo's
    # ... Hoeveel verbetertrajecten zijn er intussen opgestart?")
    periods = tuple(_periods(unit.text, p))
    per_year: Cue | None = None
    dimensions = []
    rate_leads = {" ".join(w.lower().split()) for w in lexicon.phrases("coverage", "rate_leads")}
    for d in analysis.dimensions:
        if stated(d.cue.start):
            continue
        if lexicon.dimension(d.name).pattern in ("year", "month") and _stated_rate(
            unit.text, d.cue, rate_leads
        ):
            continue  # "50 million visitors per year": a rate the question states, no split by year
        if lexicon.dimension(d.name).pattern == "year":
            per_year = d.cue
            # "each year of the Spending Review period": a period named, asked year by year, whatever its years
            named = p.period_of.match(unit.text, d.cue.end)
            if (
                p.each_year.fullmatch(" ".join(d.cue.text.split()))
                and not p.per.match(d.cue.text)
                and not named
            ):
                d = DimensionRequest(d.name, Cue(d.cue.start, d.cue.end, d.cue.text, "each_year"))
        dimensions.append(d)
    # a unit that asks no count of its own may ask a split of the figures of the unit before past an article ("Kan
    # ook een opdeling worden gemaakt naar de leeftijdscategorie ...?"; ``split_asked_alone``); in a unit that asks a
    # count of its own, the noun past an article may name what is counted ("... per jaar ...? Kan hierbij telkens een
    # opdeling worden gemaakt naar de categorie van misdrijven": read, it took a figures_missing the readers give
    # to dev-be25 193081 1)
    alone = not counts
    dimensions += [
        d
        for d in _split_dimensions(unit.text, analysis, p, lexicon, periods, past_article=alone)
        if not stated(d.cue.start)
    ]
    dimensions += [d for d in _member_splits(unit.text, p) if not stated(d.cue.start)]
    dimensions += [
        d
        for d in _listed_members(unit.text, analysis, counts, p)
        if not stated(d.cue.start) and all(x.name != d.name for x in dimensions)
    ]
    dimensions += [
        d
        for d in _adjective_splits(unit.text, p, lexicon)
        if not stated(d.cue.start) and all(x.name != d.name for x in dimensions)
    ]
    dimensions += [
        d for d in _value_lists(unit.text, analysis, lexicon, dimensions) if not stated(d.cue.start)
    ]
    if per_year is None:
        m = next(
            (
                m
                for m in p.each_year.finditer(unit.text)
                if not stated(m.start())
                and not _stated_rate(unit.text, Cue(m.start(), m.end(), m.group(), ""), rate_leads)
            ),
            None,
        )
        if m:
            per_year = Cue(m.start(), m.end(), m.group(), "per_year")
    if per_year is None:
        listed = next((x for x in periods if x.kind == "years"), None)
        if listed:
            per_year = Cue(listed.start, listed.end, listed.text, "listed")
    if per_year is None:
        per_year = _overview(analysis, p, stated, periods)
    # the lettered parts the reader found (``segment.inline_parts``: the Chamber's "per jaar:a) het
    # aantal ...;b) hoeveel ..."), or found here for a unit built without them (a ``Document`` of
    # the user's own ``Question``s)
    # where the lettered parts ask no count, the roman ones nested in them may ("when those measures
    # will (a) be implemented and (b) come into effect; ... how many (i) households and (ii) landowners")
    lettered = unit if unit.parts else inline_parts(unit)
    # lettered parts that name only measures ("the (a) number and (b) proportion of ...") are no split of the
    # count: the roman parts nested after them may be ("(a) number and (b) total cost of replacing (i) laptops,
    # (ii) mobile phones ...")
    measures = _measures(lettered, p.measure, p.measure_of)
    if measures or not _parts_of_count(
        lettered, analysis, p.split, p.amount_before, p.part_questions, p.held_on
    ):
        lettered = inline_parts(unit, roman=True)
    parts = (
        tuple(_parts(lettered, p.stopwords, p.part_end))
        if _parts_of_count(lettered, analysis, p.split, p.amount_before, p.part_questions, p.held_on)
        and not (measures and _measures(lettered, p.measure, p.measure_of))
        else ()
    )
    quantities = tuple(_quantities(unit.text, analysis, p, stated, dimensions, periods))
    first = unit if unit.parts else inline_parts(unit)
    conditional = _condition(
        counts,
        analysis,
        p.followup,
        lexicon,
        _parts_on_a_yes(unit.text, first, p.followup, lexicon),
        p.requests,
    )
    return Asked(
        counts,
        amounts,
        tuple(dimensions),
        periods,
        per_year,
        parts,
        bool(counts) or any(not stated(c.start) for c in analysis.figure_cues) or bool(quantities),
        conditional,
        quantities,
        _learned_splits(analysis, language, lexicon_dir, stated, asks_model, asks_split),
    )


# a figure (not a year, not a list's number "2.") and up to two words without a digit or a mark between clauses,
# right before a period's rate word: "50 million visitors per year", "700 ton CO2 per jaar", "£1.2 billion per
# year"; not "de afgelopen 18 maanden, opgesplitst per maand"
_RATE_FIGURE = re.compile(
    r"(?<![\w.,])(?!(?:19|20)\d\d(?!\d))\d[\d.,]*(?<![.,])((?:\s+[^\s\d,;:()]+){0,2})\s*$"
)


def _stated_rate(text: str, cue: Cue, leads: Collection[str]) -> bool:
    """Whether a period the question names after a rate word (``[coverage] rate_leads``: "per") right
    after a figure is a rate it states ("to grow inbound tourism to 50 million visitors per year", "how long
    housing delivery of 300,000 per year would need to be sustained", "een uitstoot van 700 ton CO2 per
    jaar"), not a split of its figures by that period (breakdown32). A year before it is a period asked
    ("2016 per jaar"), a date too ("31 december 2016 per maand")."""
    words = cue.text.lower().split()
    if not words or words[0] not in leads:
        return False
    m = _RATE_FIGURE.search(text[max(0, cue.start - 60) : cue.start])
    # the words between hold no digit (``_RATE_FIGURE``), so no year; a month among them makes a date
    return m is not None and not _MONTH_IN.search(m.group(1))


def _rate_given(r: DimensionRequest, asked_: Asked, prose: str, lexicon: Lexicon) -> bool:
    """Whether a period the unit asks after a rate word (``[coverage] rate_leads``: "per year"), with no period
    of years asked, is a rate the answer gives: a figure, up to two words, and the same words ("The department
    estimates running costs of approximately £1 million per year" for "the ongoing costs ... per year",
    uk-commons 1870557)."""
    if asked_.periods or r.name.startswith(MEMBERS):
        return False
    if dimension_of(r.name, lexicon).pattern not in ("year", "month"):
        return False
    leads = {" ".join(w.lower().split()) for w in lexicon.phrases("coverage", "rate_leads")}
    words = r.cue.text.lower().split()
    if len(words) != 2 or words[0] not in leads:
        return False
    said = re.compile(rf"(?<!\w){re.escape(words[0])}\s+{re.escape(words[1])}(?!\w)", re.IGNORECASE)
    return any(
        _RATE_FIGURE.search(prose[max(0, m.start() - 60) : m.start()]) is not None
        for m in said.finditer(prose)
    )


def _money_asks(
    analysis: QuestionAnalysis, p: _Patterns, stated: Callable[[int], bool], counts: Sequence[Cue]
) -> list[Cue]:
    """The amounts of money a question sentence asks without a count word: a word of money right after a
    question word, only articles, copulas and modifiers between (``[coverage] money_ask_leads``,
    ``money_ask_nouns``, ``money_ask_between``, a word ending on ``money_ask_modifier_ends``; in a compounding
    language a compound's tail, hyphenated too: "bruto-uitgaven"): "wat de logementkosten per missie
    bedroegen", "Welke uitgaven werden daarvoor in de initiele begroting voorzien?", "wat is het totaal
    bedrag", "what the budget is"; not "Op welke begrotingspost wordt dit bedrag aangerekend?" (a noun of its
    own after the question word), nor "Wat betreft de kosten" (a verb), nor one whose clause ends on
    ``money_ask_purpose_ends`` ("what the spending to X was for", a purpose asked), nor one after a preposition
    (``money_ask_not_after``: "from which budget", "Op welke wijze zijn deze bedragen verdeeld", "at what
    cost": a source or a manner). One per sentence, of
    ``MONEY_ASK`` kind, in a sentence the preamble does not state, and only in a unit that asks no count
    otherwise (``counts``, the lexicon's and the model's): beside one, the amount is read by the rules of that
    count ("Hoeveel stonden asielzoekers ... af? ... Wat was het totaal bedrag dat werd terugbetaald?")."""
    if p.money_ask is None or counts:
        return []
    out = []
    for x in analysis.sentences:
        if stated(x.start):
            continue
        for m in p.money_ask.finditer(x.text):
            between = [w.lower() for w in m.group(1).split()]
            before = x.text[: m.start()].split()
            if before and before[-1].lower().strip("(\"'‘“") in p.money_ask_not_after:
                continue  # "from which budget that funding will be met": its source asked, no amount
            if p.money_ask_purpose is not None and p.money_ask_purpose.match(x.text, m.end()):
                continue  # "what the spending to Livewire Consultancy Limited was for": a purpose asked
            if all(w in p.money_ask_between or w.endswith(p.money_ask_ends) for w in between):
                out.append(Cue(x.start + m.start(), x.start + m.end(), m.group(), MONEY_ASK))
                break
    return out


def _overview(
    analysis: QuestionAnalysis, p: _Patterns, stated: Callable[[int], bool], periods: Sequence[Period]
) -> Cue | None:
    """An overview (``[coverage] overview_words``) asked over a span of years in its own sentence ("Graag een
    overzicht vanaf 2010 tot op heden", "Kan u voor de periode 2011 tot en met 2016 een overzicht geven van het
    aantal ..."): the span asked year by year."""
    for x in analysis.sentences:
        if stated(x.start):
            continue
        own = [
            replace(q, start=q.start - x.start, end=q.end - x.start)
            for q in periods
            if x.start <= q.start < x.end
        ]
        m = _series_over(x.text, own, p)
        if m is not None:
            return Cue(x.start + m.start(), x.start + m.end(), m.group(), "overview")
    return None


def _series_over(
    sentence: str, periods: Sequence[Period], p: _Patterns, overview: bool = True
) -> re.Match[str] | None:
    """The words of ``sentence`` that ask a series over one of its ``periods`` (offsets in ``sentence``):
    an overview (``[coverage] overview_words``; with ``overview``) over a span of years, or figures
    (``series_words``) over the last years up to the question ("cijfers ... over de voorbije vijf jaar"), in a
    sentence that does not ask how they evolved (``trend_words``: "Hoe zijn die cijfers de afgelopen vijf jaar
    geevolueerd?" asks a trend over one period)."""
    m = p.overview.search(sentence) if overview else None
    if m is not None and any(q.kind in ("since", "range", "last") for q in periods):
        return m
    m = p.series.search(sentence)
    if m is not None and any(q.kind == "last" for q in periods) and not p.trend.search(sentence):
        return m
    return None


def _parts_on_a_yes(text: str, lettered: Question, followup: re.Pattern[str], lexicon: Lexicon) -> int | None:
    """Where the unit's lettered parts start when the sentence right before them opens on a follow-up of a yes and
    ends on "?" or ":" ("Zo ja, wat zijn de resultaten hiervan voor 2016? a) Hoeveel processen-verbaal werden er
    opgesteld? b) ...", dev-be31 191102 1): the parts spell out what that follow-up asks, so their counts are asked
    on the yes (breakdown22); else None."""
    if len(lettered.parts) < 2:
        return None
    at = text.find(lettered.parts[0].text)
    lead = text[:at].rstrip() if at > 0 else ""
    if not lead.endswith(("?", ":")):
        return None
    sentence = re.split(r"(?<=[.?!])", lead[:-1])[-1]
    m = followup.match(sentence)
    negations = {w.lower() for w in lexicon.negations}
    return at if m and not negations & set(text_words(m.group())) else None


def _condition(
    counts: Sequence[Cue],
    analysis: QuestionAnalysis,
    followup: re.Pattern[str],
    lexicon: Lexicon,
    parts_at: int | None = None,
    requests: frozenset[str] = frozenset(),
) -> str:
    """The reply every count of ``counts`` is asked on (``Asked.conditional``): "yes" when each stands
    in a sentence opening on a follow-up of a yes ("Zo ja", "If so"), or holding one further on right after
    a question ("Werd uw administratie door die aanval getroffen? Hoeveel schade werd er in voorkomend geval
    berokkend?", dev 191118 1, dev-be23 191116 1; not "het aantal tuchtonderzoeken dat in voorkomend geval
    ... opgestart is", where it means where there are any), "no" when each stands in one opening on a
    follow-up of a no (its words hold a negation: "Indien niet", "Zo nee", "If not"), else "".
    A count named in the closed question that such a follow-up of a yes opens right after is asked on that
    yes too: the question asks whether there is any, the follow-up asks for it ("Bestaan er cijfers van het
    aantal door ransomware getroffen bedrijven? Indien ja, kan u deze cijfers meedelen, dit opgedeeld per
    jaar ...", dev-be28 190841 7, ``_before_yes``); not a question word, which asks the count in any sentence
    ("Hebt u zicht op hoeveel vrouwen ...? Indien zo, kunt u per jaar het totaal aangeven", dev-be7 187932 1).
    A sentence whose counts only ask for figures (``requests``, ``[coverage] figure_requests``: "Graag de cijfers
    per jaar.") right after one opening on a follow-up asks them on that follow-up's reply ("Heeft u hierover reeds
    klachten ontvangen? Indien ja, hoeveel tijdens de laatste drie jaar? Graag de cijfers per jaar.", dev-be35
    187582 1)."""
    negations = {w.lower() for w in lexicon.negations}
    replies = set()
    asking = {" ".join(text_words(w)) for w in lexicon.cue_list("question_words")}
    for c in counts:
        if parts_at is not None and c.start >= parts_at:
            replies.add(
                "yes"
            )  # in a lettered part that spells out a follow-up of a yes (``_parts_on_a_yes``)
            continue
        if " ".join(text_words(c.text)) not in asking and _before_yes(c, analysis, followup, negations):
            replies.add("yes")
            continue
        m = next(
            (
                m
                for k, x in enumerate(analysis.sentences)
                if x.start <= c.start < x.end
                and (
                    (m := followup.match(x.text))
                    or (
                        k
                        and analysis.sentences[k - 1].text.rstrip().endswith("?")
                        and (m := followup.search(x.text))
                        and not negations & set(text_words(m.group()))
                    )
                )
            ),
            None,
        )
        if m is None:
            m = _request_after_followup(c, counts, analysis, followup, requests)
        if m is None:
            return ""
        replies.add("no" if negations & set(text_words(m.group())) else "yes")
    return replies.pop() if len(replies) == 1 else ""


def _request_after_followup(
    c: Cue,
    counts: Sequence[Cue],
    analysis: QuestionAnalysis,
    followup: re.Pattern[str],
    requests: frozenset[str],
) -> re.Match[str] | None:
    """The follow-up that opens the sentence right before the one holding ``c``, where every count of that
    sentence only asks for figures (a phrase of ``requests``: "Graag de cijfers per jaar."), or None."""
    sentences = analysis.sentences
    for k, x in enumerate(sentences):
        if not x.start <= c.start < x.end:
            continue
        own = [d for d in counts if x.start <= d.start < x.end]
        if k and own and all(cue_phrase(d) in requests for d in own):
            return followup.match(sentences[k - 1].text)
        return None
    return None


def _before_yes(c: Cue, analysis: QuestionAnalysis, followup: re.Pattern[str], negations: set[str]) -> bool:
    """Whether ``c`` stands in a question sentence (ending on "?") whose next sentence opens on a follow-up of
    a yes ("Zo ja", "Indien ja", "If so"; no negation among its words): the closed question the follow-up
    hangs on, whose count words name what it asks the existence of ("Heeft u cijfers van het aantal door
    ransomware getroffen particulieren? Indien ja, kan u deze cijfers meedelen ...")."""
    sentences = analysis.sentences
    for k, x in enumerate(sentences[:-1]):
        if not x.start <= c.start < x.end:
            continue
        m = followup.match(sentences[k + 1].text)
        return bool(x.text.rstrip().endswith("?") and m and not negations & set(text_words(m.group())))
    return False


# ---------------------------------------------------------------- given


def _years(text: str) -> set[int]:
    """Years in ``text``, both halves of a financial year ("2021-22", "2021/22", "2021–22") included; not four
    digits of a longer number ("Question 19417", "PQ 20245") nor a question's or paper's number ("HL2064", ``_NUMBER_LETTERS``)."""
    years: set[int] = set()
    for m in re.finditer(rf"(?<!\d)({_YEAR})(?:{_FY_JOIN}(\d{{2}})(?!\d))?(?!\d)", text):
        y = int(m.group(1))
        years.add(y)
        if m.group(2) and int(m.group(2)) == (y + 1) % 100:
            years.add(y + 1)
    return years


def _value(figure: str) -> str:
    """A figure's digits, for comparison with the question's ("2,800" = "2.800" = "2800")."""
    return re.sub(r"\D", "", figure)


_POINTERS = ("cross_reference", "cross_reference_opening")  # the answer cues that point elsewhere
# what follows a pointer and names the text it points to: up to its first number some 50 characters on at
# most ("vraag nr. 191", "Question 123456"), within its sentence, and a bracket after it in the same clause with
# no number but a date before it ("nr. 24753 (CRIV 54 COM 123, blz. 12)", "nr. 24753, beantwoord op 8 mei 2018
# (CRIV 54 COM 889)")
_CITED_TAIL = re.compile(
    r"(?:[^\d(),;:.]|\.(?!\s+[A-Z])){0,50}?\d[\d./-]*"
    r"(?:(?:[^\d().;:]|\d{1,2}\s+\w+\s+\d{4}){0,100}?\([^()]*\))?"
)


def _citations(answer: AnswerAnalysis) -> list[tuple[int, int]]:
    """The spans of ``answer`` (offsets in its own text) that cite another text: a pointer cue and the
    reference after it. The figures there are the cited text's, not figures given."""
    spans = []
    for c in (c for kind in _POINTERS for c in answer.cue(kind)):
        tail = _CITED_TAIL.match(answer.text, c.end)
        spans.append((c.start, tail.end() if tail else c.end))
    return spans


def given(
    asked_: Asked,
    unit: Question,
    analysis: QuestionAnalysis,
    answers: Sequence[AnswerAnalysis],
    language: str,
    lexicon_dir: str | None = None,
    stem: int = 5,
    whole: Sequence[AnswerAnalysis] = (),
) -> Given:
    """What the answer gives for what the unit asks. ``stem``: the letters two words share to be
    one where a figure's sentence is read for the words of the count (``shared_words``;
    ``Settings.stem_letters``, as the yes/no rules read them). ``whole``: the serving segments read whole,
    where a grouped segment gives the unit only some of its sentences: a sentence saying which years the
    figures cover (``Given.starts``, ``Given.ends``), or a claim that figures are not held naming a year
    (``unheld_years``) or a dimension asked (``unheld_dimensions``), speaks for every unit of the segment (unavail36)."""
    p = _patterns(language, lexicon_dir)
    lexicon = load_lexicon(language, lexicon_dir)
    m = matchers(language, lexicon_dir)
    in_question = _question_numbers(unit, m.number)
    figures, money, none = [], [], []
    # what the unit asks its figures of one by one ("Kan u voor elke reis ... het volgende meedelen: a) ...",
    # ``[coverage] each_words``): a zero figure before it says there is none of it, so nothing to give
    items = {x.group(1).lower()[:5] for x in p.each_by.finditer(unit.text)} if p.each_by else set()
    for a in answers:
        sentence_at = _sentence_at(a.sentences)
        for f in a.figures:
            if f.kind == "number_word" and " ".join(f.text.lower().split()) in p.zero_figures:
                # "Nul.", "None.": an answer that is a zero and no more; within a sentence ("op geen
                # enkele manier hinder") it stays a figure
                around = sentence_at(f.start)
                if around is None or len(_content(around.text, p.stopwords)) < 2:
                    none.append(Cue(f.start, f.end, f.text, "zero"))
                    continue
                if _first_named(a.text[f.end : around.end], p.stopwords, items) and not _names_data(
                    around.text, p
                ):
                    # "Ik heb geen enkele reis in het buitenland gedaan" for "voor elke reis ...: a) ... l)"
                    # (dev-be33 186173 1): none of the items, so none of their figures or parts
                    none.append(Cue(f.start, f.end, f.text, "zero"))
                    continue
            if _repeats_question(f, a.text, unit.text, in_question):
                continue
            if f.kind == "number_word" and compound_number_word(
                a.text, f.end, p.number_words, p.number_tails
            ):
                # "to replace two-tier authorities with ... unitary councils": half of a compound adjective
                # counts nothing (dev-uk34 1818166, figures22); the answer's figures keep it for other rules
                continue
            figures.append(f)
            around = sentence_at(f.start)
            if around is not None:
                k = f.start - around.start
                before, after = (
                    around.text[max(0, k - 6) : k],
                    around.text[k + len(f.text) : k + len(f.text) + 14],
                )
            else:
                before = after = ""
            if p.money.search(f.text) or p.money.search(before) or p.money.match(after.strip()):
                money.append(f)
    tables = [t for a in answers for t in a.tables]
    labels = "\n".join(table_labels(t) for t in tables if not t.placeholder)
    # a table's placeholder code names no year ("2016201715158-3-2038-bil-3")
    prose = _blank_placeholders("\n".join(s.text for a in answers for s in a.figure_sentences))
    # a date gives no year's figure ("de gegevensbank afgesloten op 20 juli 2016", "the Act of 3 May 2019")
    # unless it heads the figure's clause ("as at 31 March 2020 there were 21,000")
    years = (
        _years(labels)
        | _years(mask_dates(prose))
        | {int(y) for y in headed_years(prose, language, lexicon_dir)}
        # a span of months gives its year only when both ends fall in it ("juni tot en met december 2016"),
        # not "From April 2022 to March 2023" (neither year whole)
        | {int(m.group(2)) for m in p.months.finditer(prose) if m.group(1) in (None, m.group(2))}
        | _table_spans(answers, p)
        | _labelled_years(answers)
    )
    for t in tables:
        if not t.placeholder and p.money.search(" ".join(" ".join(r) for r in (t.header, *t.rows))):
            money.append(Cue(0, 0, "table", "table"))  # a table of amounts
            break
    # a part is spoken of with figures: sentences whose only numbers are the question's own (its years,
    # "spending in 2024-25") give none
    parts = tuple(
        _parts_given(
            asked_.parts,
            answers,
            labels,
            prose if figures or tables else "",
            p.zero,
            p.data_words,
            asked_.counts,
            unit.text,
        )
    )
    together = _parts_together(
        asked_.parts, parts, answers, set(figures), p.part_frame, p.zero, p.part_joiner, p.share, p.each_part
    )
    # the items of an open dimension's list that are the answers to the unit's own parts ("a) De diensten
    # hebben weet van 119 returnees", "b) ...") are no values of it ("per gevangenis")
    marked = (
        re.compile(rf"\(?(?:{'|'.join(re.escape(x.label) for x in asked_.parts)})\)\s")
        if asked_.parts
        else None
    )
    dims = tuple(
        (
            r.name,
            tuple(
                sorted(
                    {
                        v
                        for a in answers
                        for v in dimension_coverage(dimension_of(r.name, lexicon), a, lexicon.dimensions)
                        if not (marked and marked.match(v))
                    }
                )
            )
            if not r.name.startswith(MEMBERS)
            else _members_given(r.name, answers, p),
        )
        for r in asked_.dimensions
    )
    asked_words = _content(unit.text, p.stopwords)
    # the words of a figure's unit or currency ("8,3 miljoen euro") say nothing of what it counts
    units = frozenset(w.lower() for w in (*lexicon.figure_units, *lexicon.phrases("coverage", "money_marks")))
    # the words of the sentences that ask a count: a zero speaks of what they name
    counted_text = []
    for k, x in enumerate(analysis.sentences):
        if any(x.start <= c.start < x.end for c in asked_.counts):
            # "Zo ja, voor welk bedrag?", "Graag cijfers per jaar.": of what the sentence before names
            requests_only = all(
                cue_phrase(c) in p.requests for c in asked_.counts if x.start <= c.start < x.end
            )
            if k and (p.followup.match(x.text) or requests_only):
                counted_text.append(analysis.sentences[k - 1].text)
            counted_text.append(x.text)
    counted = _content(" ".join(counted_text), p.stopwords)
    # a zero names what the counts count where their words name it ("Hoeveel werklozen ...?": not
    # "kunnen inderdaad geen vervroegd pensioen opvragen", a rule stated of them)
    named = {w[:5] for w in _counted_words(unit.text, asked_.counts, p.stopwords, p.partitive)} or counted
    # the noun each count counts within its own clause ("Hoeveel schade werd er in voorkomend geval
    # berokkend?" -> "schade"): a zero word right before it, stop words between, says there is none of it
    # ("Er werd geen schade aangebracht door deze aanval", dev-be31 191120 1), whatever other words the
    # sentence shares with the question (nil22)
    heads = _clause_nouns(unit.text, asked_.counts, p.stopwords)
    zeros = tuple(none) + tuple(
        Cue(s.start + m.start(), s.start + m.end(), m.group(), "zero")
        for a in answers
        for s in a.sentences
        for m in p.zero.finditer(s.text)
        if (
            _content(m.group(1), p.stopwords) & counted & named
            and len(_content(s.text, p.stopwords, 4) & _content(" ".join(counted_text), p.stopwords, 4)) >= 2
        )
        or (
            _first_named(m.group(1), p.stopwords, heads)
            and not _names_data(s.text, p)
            and not set(s.text[: m.start()].lower().split()[-1:]) & p.zero_stages
        )
    )
    # what a count counts within or of ("how many (i) staff and (ii) contractors are involved in each dispute",
    # "Hoeveel personen telt deze dienst?", ``[coverage] count_holders``): a zero word up to three words before
    # its noun ("There is currently no industrial dispute within DSIT", "Er bestaat geen specifieke dienst")
    # says there is none of it, and so nothing to count, in a sentence that names no data (nil28)
    holders = _holder_nouns(unit.text, asked_.counts, p)
    zeros += tuple(
        Cue(s.start + m.start(), s.start + m.end(), m.group(), "zero")
        for a in answers
        for s in a.sentences
        if holders and not _names_data(s.text, p)
        for m in p.zero_wide.finditer(s.text)
        if _content(m.group(1), p.stopwords) & holders
        and not set(s.text[: m.start()].lower().split()[-1:]) & p.zero_stages
    )
    # none of what is counted, in a negation before "any" or a zero before a partitive ("The Permanent
    # Secretary's Office did not receive any requests to grant permission to attend any party conferences",
    # "None of the Ajax-related Noise-Induced Hearing Loss claims have yet settled"): a word after it that
    # names what the counts count, two words of the count's sentence, no figure and no word of data (nil29)
    if counted_text:
        shared = _content(" ".join(counted_text), p.stopwords, 4)
        nouns = named | heads
        # the figures kept above but a zero figure, once per answer, not per sentence (an answer with a
        # large table holds thousands of figures and of sentences)
        nonzero = {f for f in figures if f.text.lower() not in p.zero_figures}
        for a in answers:
            own = cue_starts(f for f in a.figures if f in nonzero)
            zeros += tuple(
                Cue(s.start + m.start(), s.start + m.end(), m.group(), "zero")
                for s in a.sentences
                if not _names_data(s.text, p)
                and not starts_in(s, own)
                and len(_content(s.text, p.stopwords, 4) & shared) >= 2
                for m in _nils_of(s.text, p)
                if _nil_names(m.group(1), p.stopwords, nouns, shared)
            )
    # the words of each count's own clause after its cue ("Hoeveel bromfietsen werden reeds aan een technische
    # keuring onderworpen?"): a negation before one of them says none happened
    clause_words: set[str] = set()
    for c in asked_.counts:
        end = CLAUSE_END.search(unit.text, c.end)
        clause_words |= _content(unit.text[c.end : end.start() if end else len(unit.text)], p.stopwords)
    zeros += tuple(_negated_counts(answers, p, named, " ".join(counted_text), figures, clause_words))
    if asked_.amounts:
        # "Er is dus geen specifiek budget dat daaraan werd besteed" for "Welk bedrag ...?": an amount of zero
        nothing_spent = _nothing_spent(answers, p)
        zeros += nothing_spent
        money += nothing_spent
    if asked_.counts and (spent := _none_spent(answers, p)):
        zeros += spent
        money += spent
    related = bool(_content(f"{labels}\n{prose}", p.stopwords) & asked_words)
    # a sentence that gives one of those figures and may speak of what the unit asks; an amount
    # of money where one is asked; figures in words only ("twee", "geen enkele") tell too little
    # the words of what is counted ("Hoeveel *treinen* konden ...", "the number of *cases
    # investigated*"): a figure speaks of the count where its sentence names them
    counted_words = _counted_words(unit.text, asked_.counts, p.stopwords | units, p.partitive) or _content(
        unit.text, p.stopwords, _WHOLE
    )
    # the question sentence before a count may name what it counts in other words ("Doen er zich vaak
    # dergelijke technische incidenten voor? Hoeveel technische storingen ...?")
    for k, x in enumerate(analysis.sentences):
        before = analysis.sentences[k - 1].text.rstrip() if k else ""
        if before.endswith("?") and any(x.start <= c.start < x.end for c in asked_.counts):
            counted_words |= _content(analysis.sentences[k - 1].text, p.stopwords | units, _WHOLE)
    # an amount of money speaks of what is asked in words of money, or with the verb of what it amounts to
    # ("Hoeveel bedraagt de huurprijs?" - "De huur bedraagt 1. 045.551,71 euro")
    amount_asked = bool(asked_.amounts) or any(
        p.amount_verbs.match(unit.text, c.start) for c in asked_.counts
    )
    spoken = bool(money and amount_asked) or any(
        any(x.start <= f.start < x.end for f in figures)
        and (
            _speaks_of(x.text, counted_words, p.stopwords | units, stem, lexicon.compounding)
            or p.total.search(x.text)
        )
        for a in answers
        for x in a.figure_sentences
    )
    # figures in words only ("twee", "geen enkele") tell too little to be read for what they count: they
    # may speak of it
    worded = not spoken and bool(figures) and all(f.kind == "number_word" for f in figures)
    on_topic = spoken or worded
    # a table of what is counted: its labels, or the sentence just before it (its caption: "The following
    # table shows the number of GP appointments"), name it
    tables_on_topic = any(
        _speaks_of(
            f"{table_labels(t)}\n{_caption(a, t)}",
            counted_words,
            p.stopwords | units,
            stem,
            lexicon.compounding,
        )
        for a in answers
        for t in a.tables
    )
    # a sentence that says none in a zero word ("Geen van deze repatrieringen was het gevolg van PTSS") meets
    # the count whose own words it names, as a figure's sentence does; not one of data ("no data is held on")
    said_none = "\n".join(
        s.text for a in answers for s in a.sentences if p.zero.search(s.text) and not _names_data(s.text, p)
    )
    unmet = tuple(_counts_unmet(asked_, analysis, f"{labels}\n{prose}\n{said_none}", p.stopwords, p.requests))
    claims = _claims_unheld(answers)
    # a sentence that says the figures of a year will be available only later, or are not yet ("de jaarcijfers
    # ... in juni 2017 beschikbaar zullen zijn" after "Met betrekking tot de cijfers van het jaar 2016", dev 190643
    # 2; ``[coverage] later_available``), with a word of data: its years are not held yet, as a claim's are
    lags = _data_lags(answers, p)
    # the dimensions such a claim names; the claims that name what the unit counts: the count itself
    # is said not to be held, not only a breakdown of it
    # (a claim names the dimension by its noun, so it speaks of this unit wherever attribution put it in a segment
    # serving several: unavail36)
    whole_claims = _claims_unheld(whole) if whole else claims
    unheld_dimensions = tuple(_dimensions_unheld(asked_, whole_claims, lexicon))
    counted_stems = {w[:5] for w in counted_words}
    count_unheld = tuple(x for x in claims if _content(x.text, p.stopwords | units) & counted_stems)
    # the years the figures cover, said once for a grouped segment ("1., 2., 4. en 5. ... Bijgevolg kunnen relevante
    # controlegegevens ... enkel voor de periode na 1 september 2016 worden verstrekt", dev-be47 187583): every unit
    # of it, not only the one whose own words the sentence shares (unavail36)
    starts, ends = _said_span(whole or answers, p, lexicon.compounding)
    # the years a sentence saying figures are not held (``_claims_unheld``) names with no other number: those
    # years are said not held, whatever a table beside it holds ("De cijfers voor 2016 zijn nog niet
    # beschikbaar"; not "Voor het schooljaar 2016-2017 zijn de gegevens niet volledig", no such claim; a year
    # inside a date, "de databankafsluiting van 20 juli 2016", names none; a range, every year of it: "beschikt
    # voor de periode 2011-2016 over geen volumes", 2011 to 2016, not its two ends alone)
    # (said once for a grouped segment, "1. tot 3. ... De cijfers voor het jaar 2016 zijn nog niet gekend", dev-be27
    # 188325: for every unit it serves, as the span said above; unavail36)
    # (of a claim that names years on both sides of a clause opener, those of the cue's clause: "de onderstaande
    # antwoorden betrekking hebben op het jaar 2015 aangezien de gegevens met betrekking tot het jaar 2016 nog niet
    # beschikbaar zijn" says 2016 is not held, not 2015; ``_claim_clause``)
    openers = _clause_openers(language, lexicon_dir)
    said_of_years = (
        *(
            _claim_clause(x.text, _cue_at(a, x), openers)
            for a in (whole or answers)
            for x in _claims_unheld([a])
        ),
        *(_claim_clause(x.text, _later_at(x, p), openers) for x in (_data_lags(whole, p) if whole else lags)),
    )
    unheld_years = sorted(
        {
            y
            for said in said_of_years
            for text in [mask_dates(_blank_placeholders(said))]
            if not re.search(r"\d", _YEAR_IN.sub("", text))
            for y in _years(text).union(
                *(range(r.first, r.last + 1) for r in _periods(text, p) if r.kind == "range")
            )
        }
    )
    cited = bool(figures) and all(
        any(start <= f.start < end for start, end in _citations(a))
        for a in answers
        for f in a.figures
        if f in figures
    )
    return Given(
        tuple(figures),
        zeros,
        related,
        on_topic,
        tuple(money),
        tuple(sorted(years)),
        len(tables),
        parts,
        dims,
        unmet,
        unheld_dimensions,
        tables_on_topic,
        count_unheld,
        cited=cited,
        starts=starts,
        ends=ends,
        worded=worded,
        part_years=_part_years(answers, labels, p, lags),
        unheld_years=tuple(unheld_years),
        nil_since=_nil_since(answers, language, lexicon_dir),
        together=together,
        rates=tuple(r.name for r in asked_.dimensions if _rate_given(r, asked_, prose, lexicon)),
        annex_on_topic=any(
            len(_content(x.text, p.stopwords | units, _WHOLE)) >= 2
            and _speaks_of(
                x.text,
                _content(unit.text, p.stopwords, _WHOLE),
                p.stopwords | units,
                stem,
                lexicon.compounding,
            )
            for a in answers
            for c in a.annex_cues
            for x in a.sentences
            if x.start <= c.start < x.end
        ),
    )


def _labelled_years(answers: Sequence[AnswerAnalysis]) -> set[int]:
    """A year that ends a sentence with a colon, the sentence after it opening with a figure: a list item
    cut at its line break ("- 2015:" + "10.000 euro;", be-kamer 186182 1), the year of that figure."""
    years: set[int] = set()
    for a in answers:
        for x, after in zip(a.sentences, a.sentences[1:]):
            m = re.search(rf"(?<!\d)({_YEAR})\s*:\s*$", x.text)
            head = after.start + len(after.text) - len(after.text.lstrip())
            if m and any(f.start == head for f in a.figures):
                years.add(int(m.group(1)))
    return years


def _table_spans(answers: Sequence[AnswerAnalysis], p: _Patterns) -> set[int]:
    """Every year of a span of years ("voor de periode 2011 - 2015", "van 2014 tot en met 2016") named in a
    sentence that tells what an annex or a table holds: an annex cue, a pointer to a table ("De tabel 3 in
    bijlage geeft de evolutie (2011 - 2015) van de RIZIV uitgaven ...") or a table's placeholder code: the
    table holds each year of it. Elsewhere a span may frame one figure for the whole ("Voor de periode
    2010-2015 liepen jaarlijks een 80-tal personen stage"), which gives its two ends at most."""
    years: set[int] = set()
    for a in answers:
        cues = cue_starts((*a.annex_cues, *a.cue("table_ref")))
        for x in a.sentences:
            if not (starts_in(x, cues) or PLACEHOLDER.search(x.text)):
                continue
            for period in _periods(mask_dates(_blank_placeholders(x.text)), p):
                if period.kind == "range":
                    years |= set(range(period.first, period.last + 1))
    return years


def _data_lags(answers: Sequence[AnswerAnalysis], p: _Patterns) -> list[Cue]:
    """The sentences of the answer that say figures will be available only later or are not yet
    (``[coverage] later_available``), with a word of data and ``_CLAIM_WORDS`` words or more."""
    return [
        x
        for a in answers
        for x in a.sentences
        if len(x.text.split()) >= _CLAIM_WORDS and p.later.search(x.text) and _names_data(x.text, p)
    ]


def _part_years(
    answers: Sequence[AnswerAnalysis], labels: str, p: _Patterns, lags: Sequence[Cue] = ()
) -> tuple[int, ...]:
    """Years whose figures the answer says it gives for part of the year only: a part of a year named
    with its year ("voor de jaren 2012-2015 en het eerste trimester van 2016"), the year not named whole
    elsewhere in the answer's sentences or tables; or a sentence with an only word, a part of a year and
    one year and a word of data ("De cijfers voor 2016 bevatten alleen deze van het eerste semester"; not
    "The scheme only opened in the second half of 2022"). An answer that names two different parts of
    a year ("In het eerste semester van 2016 waren het er 200 en in het tweede semester 140") gives the
    year in its parts: none. A sentence of a data lag (``lags``: "de jaarcijfers [van 2016] ... zullen in juni
    2017 beschikbaar zijn") names its year as not given yet, not whole."""
    texts = [mask_dates(_blank_placeholders(x.text)) for a in answers for x in a.sentences if x not in lags]
    if len({m.group(0).lower() for t in texts for m in p.part_of_year.finditer(t)}) > 1:
        return ()
    named = {int(m.group(1)) for t in texts for m in p.part_year.finditer(t)}
    whole = _years(labels) | {y for t in texts for y in _years(p.part_year.sub(" ", t))}
    said = set()
    for t in texts:
        if p.only.search(t) and p.part_of_year.search(t) and len(_years(t)) == 1 and _names_data(t, p):
            said |= _years(t)
    return tuple(sorted((named - whole) | said))


def _said_span(
    answers: Sequence[AnswerAnalysis], p: _Patterns, compounding: bool = False
) -> tuple[int | None, int | None]:
    """The first and the last year that a sentence of the answer with a word of data says its figures cover
    (``Given.starts``, ``Given.ends``), or None: after a word of ``[coverage] only_words``, one of
    ``available_from`` before a year ("slechts gegevens beschikbaar vanaf 2014", "enkel voor de periode na 1
    september 2016") or a range read as ``_periods`` reads one ("zijn enkel beschikbaar voor de periode 2014 tot en
    met 2016", its two ends); a year after ``available_until`` ("Momenteel zijn er gegevens beschikbaar tot en met
    2013", "available up to 2021"), the last. Of several, the widest span. A word of ``available_words`` speaks of
    data too ("De resultaten van de onderzoeken ... zijn enkel beschikbaar voor de periode 2014 tot en met 2016"), and
    in a ``compounding`` language a compound's tail that is a word of data ("relevante controlegegevens ... enkel voor de periode na 1 september 2016
    worden verstrekt")."""
    firsts: list[int] = []
    lasts: list[int] = []
    # a compound's tail: one search of the sentence for a word ending on one (``_ending_on``), not each
    # word tried against each tail; the sentence's words found once for the words of data and ``available``
    ending = _ending_on(_data_tails(p)) if compounding else None
    for a in answers:
        for x in a.sentences:
            lower = x.text.lower()
            words = set(_WORDS.findall(lower))  # ``_word_set``
            if not words & p.data_words and not (
                words & p.available or (ending is not None and ending.search(lower) is not None)
            ):
                continue
            firsts += [int(m.group(1)) for m in p.starts.finditer(x.text)]
            if p.available_since is not None:
                firsts += [int(m.group(1)) for m in p.available_since.finditer(x.text)]
            for first, last in _only_ranges(x.text, p):
                firsts.append(first)
                lasts.append(last)
            if p.until is not None:
                lasts += [int(m.group(1)) for m in p.until.finditer(x.text)]
    return min(firsts, default=None), max(lasts, default=None)


_WORDS = re.compile(r"\w+")  # the words of ``_word_set`` (and of ``_said_span``, which keeps the lower case)


@lru_cache(maxsize=8)
def _ending_on(tails: tuple[str, ...]) -> re.Pattern[str] | None:
    """A pattern found in a lower-case text where one of its words (``_word_set``: a run of word
    characters) ends on one of ``tails``, a tail followed by no word character: the same as
    ``any(w.endswith(d) for w in _word_set(text) for d in tails)``. A tail with a character that is
    no word character ends no such word and is left out; None where no tail is left."""
    kept = sorted({d for d in tails if _WORDS.fullmatch(d)})
    if not kept:
        return None
    return re.compile(rf"(?:{'|'.join(map(re.escape, kept))})(?!\w)")


def _data_tails(p: _Patterns) -> tuple[str, ...]:
    """The words of data of six letters or more (``data_words``) that end a compound of data: "controlegegevens"."""
    return tuple(d for d in p.data_words if len(d) >= 6 and " " not in d)


@lru_cache(maxsize=8)
def data_tails(language: str, lexicon_dir: str | None = None) -> tuple[str, ...]:
    """``_data_tails`` in a language whose lexicon joins words into compounds (``[words] compounding``);
    none in English."""
    if not load_lexicon(language, lexicon_dir).compounding:
        return ()
    return _data_tails(_patterns(language, lexicon_dir))


def _only_ranges(text: str, p: _Patterns) -> list[tuple[int, int]]:
    """The ranges of years (``_periods``) that start within ``_ONLY_RANGE_GAP`` words after a word of
    ``[coverage] only_words`` in ``text``: "enkel beschikbaar voor de periode 2014 tot en met 2016" gives (2014, 2016)."""
    found = []
    for m in p.only.finditer(text):
        rest = text[m.end() :]
        for r in _periods(rest, p):
            if r.kind == "range" and len(rest[: r.start].split()) <= _ONLY_RANGE_GAP:
                found.append((r.first, r.last))
    return found


@lru_cache(maxsize=8)
def _agent_phrases(language: str, lexicon_dir: str | None = None) -> frozenset[str]:
    """The words of a dimension asked that name who acts, no split: a marker then a plural of bodies
    (``[coverage] agent_markers`` before ``agent_nouns``: "by local authorities", "by police forces"),
    lower case, white space made single (breakdown40)."""
    lex = load_lexicon(language, lexicon_dir)
    return frozenset(
        " ".join(f"{m} {n}".lower().split())
        for m in lex.phrases("coverage", "agent_markers")
        for n in lex.phrases("coverage", "agent_nouns")
    )


def gap_names_agent(gap: Gap, language: str, lexicon_dir: str | None = None) -> bool:
    """Whether ``gap`` is a dimension asked in words that name who acts, no split (``[coverage] agent_markers``
    before ``agent_nouns``: "the costs incurred by local authorities", "the use of section 59 ... by police
    forces", "statutory obligations by councils"; not "by local authority", nor "broken down by local
    authorities", whose words are longer; breakdown40). Read by breakdown_missing alone: figures_missing
    still reads what is measured through it ("the costs incurred by local authorities" answered by a
    pointer, dev-uk59 1790818)."""
    return gap.kind == "dimension" and " ".join(gap.asked.lower().split()) in _agent_phrases(
        language, lexicon_dir
    )


def part_year_gap(gap: Gap) -> bool:
    """Whether ``gap`` is a year asked that the answer gives for part of the year only."""
    return gap.kind == "period" and gap.missing == _PART_OF_YEAR


def years_led(text: str, language: str, lexicon_dir: str | None = None) -> set[int]:
    """The years of ``text`` right after a phrase of ``[coverage] count_year_leads`` ("which took place in
    2024", "in 2016"), not those of a date ("van 5 december 2016")."""
    pattern = _patterns(language, lexicon_dir).count_year
    return set() if pattern is None else {int(m.group(1)) for m in pattern.finditer(mask_dates(text))}


def counted_noun(text: str, cue: Cue, language: str, lexicon_dir: str | None = None) -> str | None:
    """The word a count cue counts: the first word after it of five letters or more that is no stop word of
    ``[coverage] stopwords`` ("Hoeveel producten", "het aantal treinen"), or None."""
    return _noun_of(text[cue.end : cue.end + 60], _patterns(language, lexicon_dir).stopwords)


def clause_nouns(text: str, cue: Cue, language: str, lexicon_dir: str | None = None) -> tuple[str, ...]:
    """The words of five letters or more, no stop words of ``[coverage] stopwords``, that follow a count cue in its
    clause (up to ``?``, ``;``, ``:``, ``!``, a full stop or a comma), lower-cased: what the count counts and what it
    is said of ("In hoeveel gevallen worden de daders achterhaald" -> "gevallen", "worden", "daders",
    "achterhaald"; figures50)."""
    rest = re.split(r"[?;:!,]|\.(?:\s|$)", text[cue.end : cue.end + 200], maxsplit=1)[0]
    stopwords = _patterns(language, lexicon_dir).stopwords
    return tuple(w for w in re.findall(r"[^\W\d_]+", rest.lower()) if len(w) >= 5 and w not in stopwords)


def thing_stems(text: str, language: str, lexicon_dir: str | None = None) -> frozenset[str]:
    """The words of ``text`` that may name a thing counted, by their first five letters (as figures50 matches a
    count's words): five letters or more, no stop word of ``[coverage] stopwords`` and no word of data (``[cues]
    data_words``, or one that starts with one's first six letters: "geregistreerd", "recorded", "statistical" name
    no thing counted). "cyberpesten ... wordt om die reden niet als dusdanig geregistreerd in de ANG" -> "cyber",
    "straf", "inbre", "reden", "dusda" (lows51)."""
    p = _patterns(language, lexicon_dir)
    data = p.data_words | {w[:6] for w in p.data_words}
    return frozenset(
        w[:5]
        for w in re.findall(r"[^\W\d_]+", text.lower())
        if len(w) >= 5 and w not in p.stopwords and w not in data and w[:6] not in data
    )


def _noun_of(text: str, stopwords: frozenset[str]) -> str | None:
    """The first word of five letters or more that is no stop word among the first three words of ``text``
    (lower-cased), or None: the noun a count cue right before ``text`` counts."""
    return next(
        (w for w in re.findall(r"[^\W\d_]+", text.lower())[:3] if w not in stopwords and len(w) >= 5), None
    )


def counted_after_heads(text: str, language: str, lexicon_dir: str | None = None) -> list[str]:
    """The words right after a phrase of ``[coverage] count_heads`` in ``text`` ("het aantal treinen" ->
    "treinen", "the number of births" -> "births"), lower-cased."""
    pattern = _patterns(language, lexicon_dir).count_head
    return [] if pattern is None else [m.group(1).lower() for m in pattern.finditer(text)]


def names_money(text: str, language: str, lexicon_dir: str | None = None) -> bool:
    """Whether ``text`` names a word of ``[coverage] money_nouns`` ("Aangaande de bedragen van de gestolen
    (para)medische apparatuur ...")."""
    nouns = _patterns(language, lexicon_dir).money_nouns
    return any(w in nouns for w in re.findall(r"\w+", text.lower()))


def count_years(
    asked_: Asked, analysis: QuestionAnalysis, language: str, lexicon_dir: str | None = None
) -> tuple[int, ...]:
    """The years that the sentences asking the unit's counts name as the year the count is of: a year right
    after a phrase of ``[coverage] count_year_leads`` ("Heeft u er zicht op hoeveel artsen een beperkte medische
    activiteit uitoefenden in 2016?", "how many ... in 2023"), and the years listed one by one ("in 2015 en
    2016"). None where the unit asks a span, a start, the last years or a count year by year (``Asked.periods``
    of another kind, ``Asked.per_year``: the periods ``breakdown_missing`` weighs); not the year of a document
    or an act ("sinds de inwerkingtreding van de wet van 2014", "the answer of 17th November 2025"), nor the
    year of an event that a word of ``[coverage] since`` opens in the same clause: the count runs from it on
    ("how many applications ... since the fall of Kabul in 2021 have subsequently (a) appealed ...",
    uk-commons 1828826; "Hoeveel bedrijven werden er sinds de inwerkingtreding van de wet in 2012 ...")."""
    patterns = _patterns(language, lexicon_dir)
    pattern = patterns.count_year
    if pattern is None or asked_.per_year is not None or any(p.kind != "years" for p in asked_.periods):
        return ()
    starts = [c.start for c in asked_.counts]
    years = {y for p in asked_.periods for y in p.years}
    since = patterns.since_clause
    for s in analysis.sentences:
        if any(s.start <= k < s.end for k in starts):
            years |= {
                int(m.group(1))
                for m in pattern.finditer(s.text)
                if since is None or not since.search(s.text[: m.start()])
            }
    return tuple(sorted(years))


def part_years_asked(asked_: Asked, given_: Given, ref: int | None) -> list[int]:
    """Years a count is asked for, one or two named ("in 2015 en 2016", "in 2016"), that had ended when
    the question was asked (``ref``) and whose figures the answer gives for part of the year only
    (``Given.part_years``): the count for that year is not given. A series of three or more years asked
    with one given in part is a period of a breakdown not covered (``_period_gaps``)."""
    if ref is None or not given_.part_years:
        return []
    wanted: set[int] = set()
    for period in asked_.periods:
        if period.kind in ("years", "range"):
            years = _period_years(period, ref, set(given_.years))
            if len(years) <= 2:
                wanted |= years
    return _given_in_part(wanted, given_, ref)


def _nil_since(answers: Sequence[AnswerAnalysis], language: str, lexicon_dir: str | None) -> int | None:
    """The first year of the answer's sentences that say none since a year: a negation or zero word
    (``[coverage] zero_negations``, ``zero_words``) before a word of ``[coverage] since`` and a year at most
    four words after it, and no number but that year in the sentence ("These provisions have not been used
    since their introduction in 2022", "There have been no prosecutions since 2015"); None where no sentence
    says so (lows49). Not where a word of data (``[coverage] nil_data_words``) stands from the negation to
    the year: "No figures have been collected since 2015" says no data, not no events, and its years stay
    missing (review51; lows50)."""
    patterns = _nil_since_pattern(language, lexicon_dir)
    if patterns is None:
        return None
    pattern, data = patterns
    years = [
        int(m.group(1))
        for a in answers
        for x in a.sentences
        for m in pattern.finditer(x.text)
        if len(re.findall(r"\d+", x.text)) == 1 and not (data and data.search(m.group(0)))
    ]
    return min(years, default=None)


@lru_cache(maxsize=8)
def _nil_since_pattern(
    language: str, lexicon_dir: str | None
) -> tuple[re.Pattern[str], re.Pattern[str] | None] | None:
    """``_nil_since``'s nil before a year after a word of since, and the words of data, or None."""
    lex = load_lexicon(language, lexicon_dir)
    nils = (*lex.phrases("coverage", "zero_negations"), *lex.phrases("coverage", "zero_words"))
    since = lex.phrases("coverage", "since")
    if not nils or not since:
        return None
    data_words = lex.phrases("coverage", "nil_data_words")
    nil = re.compile(
        rf"\b(?:{_phrase(nils)})\b[^.;:]*?\b(?:{_phrase(since)})\s+(?:[\w'’-]+\s+){{0,4}}?(?<!\d)({_YEAR})(?!\d)",
        re.IGNORECASE,
    )
    return nil, re.compile(_phrase(data_words), re.IGNORECASE) if data_words else None


def _given_in_part(years: set[int], given_: Given, ref: int) -> list[int]:
    """Of ``years``, those ended before the question was asked (``ref``) that the answer gives for part of
    the year only (``Given.part_years``)."""
    return sorted(y for y in years if y < ref and y in given_.part_years)


def _caption(answer: AnswerAnalysis, table: Table) -> str:
    """The sentence of ``answer`` just before the first line of ``table`` (its caption: "The following
    table shows ...", "Onderstaande tabel geeft het aantal ... per provincie."), or "" (a placeholder,
    a table whose lines the sentences do not hold). The first line is found by its cells, empty ones
    left out, with pipes or spaces between them ("| Financial Year 2020-2021 | ...", "Provincie
    2016"): the table's offsets are the document's, the sentences' those of the analysed text."""
    if table.placeholder:
        return ""
    row = table.header or (table.rows[0] if table.rows else ())
    cells = [c.strip() for c in row if c.strip()]
    if not cells:
        return ""
    k = next((k for k, x in enumerate(answer.sentences) if _holds_cells(x.text, cells)), None)
    return answer.sentences[k - 1].text if k else ""


def _holds_cells(text: str, cells: list[str]) -> bool:
    """Whether ``text`` holds ``cells`` one after the other with only white space or pipes between
    them (the pattern ``cell[\\s|]*cell...``, matched by hand: a table's own pattern, compiled, cost
    more than the rest of its coverage)."""
    start = text.find(cells[0])
    while start >= 0:
        pos = start + len(cells[0])
        for cell in cells[1:]:
            while pos < len(text) and (text[pos].isspace() or text[pos] == "|"):
                pos += 1
            if not text.startswith(cell, pos):
                break
            pos += len(cell)
        else:
            return True
        start = text.find(cells[0], start + 1)
    return False


_PERIOD_PATTERNS = frozenset({"year", "month"})  # dimensions that are periods
_CLAIM_WORDS = (
    4  # a claim that figures are not held is a clause: a table's header row ("Jaar Aantal") is none
)


def _claims_unheld(answers: Sequence[AnswerAnalysis]) -> list[Cue]:
    """The sentences of the answer that say figures are not held: a ``no_information`` cue in them,
    ``_CLAIM_WORDS`` words or more (a table's header row, "Jaar Aantal", is none)."""
    return [
        x
        for a in answers
        for x in a.sentences
        if len(x.text.split()) >= _CLAIM_WORDS
        and any(x.start <= c.start < x.end for c in a.cue("no_information"))
    ]


@lru_cache(maxsize=8)
def _clause_openers(language: str, lexicon_dir: str | None) -> re.Pattern[str] | None:
    """The lexicon's ``[question] clause_openers`` ("aangezien", "indien", "since", "as") as one pattern of whole
    words, or None where the list is empty."""
    words = load_lexicon(language, lexicon_dir).phrases("question", "clause_openers")
    return re.compile(rf"(?<!\w)(?:{_phrase(words)})(?!\w)", re.IGNORECASE) if words else None


def _claim_clause(text: str, at: int | None, openers: re.Pattern[str] | None) -> str:
    """The words of ``text`` (a sentence that says figures are not held, ``_claims_unheld``, or not yet,
    ``_data_lags``) whose years it says are not held: where a clause opener (``openers``) stands between two years
    the sentence names, the part from the opener before offset ``at`` (its ``no_information`` cue, or its words of
    ``later_available``) up to the next opener after it ("Sta mij vooreerst toe u te informeren dat de
    onderstaande antwoorden betrekking hebben op het jaar 2015 aangezien de gegevens met betrekking tot het jaar
    2016 nog niet beschikbaar zijn": 2016, dev-be92 187503; 2015 is the year given); else the whole sentence ("De
    cijfers voor 2015 en 2016 zijn niet beschikbaar": both)."""
    years = list(_YEAR_IN.finditer(text))
    if openers is None or at is None or len({m.group() for m in years}) < 2:
        return text
    cuts = [m.start() for m in openers.finditer(text) if years[0].end() <= m.start() < years[-1].start()]
    if not cuts:
        return text
    bounds = [0, *cuts, len(text)]
    k = max(i for i, b in enumerate(bounds[:-1]) if b <= at)
    return text[bounds[k] : bounds[k + 1]]


def _cue_at(answer: AnswerAnalysis, claim: Cue) -> int | None:
    """Where in ``claim`` (a sentence of ``answer``) its first ``no_information`` cue of the lexicon stands, or None
    (the cue classifier's reads the sentence whole)."""
    return next(
        (
            c.start - claim.start
            for c in answer.cue("no_information")
            if not c.learned and claim.start <= c.start < claim.end
        ),
        None,
    )


def _later_at(lag: Cue, p: _Patterns) -> int | None:
    """Where in ``lag`` (a sentence of ``_data_lags``) its words of ``[coverage] later_available`` stand."""
    m = p.later.search(lag.text)
    return m.start() if m else None


def _dimensions_unheld(asked_: Asked, claims: Sequence[Cue], lexicon: Lexicon) -> list[str]:
    """The dimensions asked that a sentence of the answer saying figures are not held
    (``_claims_unheld``) names by one of its nouns ("In 2023 there were 12,345 arrests in England
    and Wales. Data by region is not held centrally."; "Er worden geen statistieken bijgehouden
    per leeftijd"): whatever values its other sentences name ("England and Wales"), that breakdown
    is not given (``LABELS.md``: "No figures are kept per X")."""
    out = []
    # the second halves of compounds that name a breakdown by a dimension's noun ("leeftijdscategorie";
    # ``[coverage] group_words``)
    groups = _alternatives(lexicon.phrases("coverage", "group_words"))
    for r in asked_.dimensions:
        dim = dimension_of(r.name, lexicon)
        if dim.pattern in _PERIOD_PATTERNS or not dim.nouns:
            # "Data for the current year is not yet available": another year than those asked; a split into
            # the members it names (``MEMBERS``) has no noun
            continue
        # a noun, its plural and its compounds with a group word ("leeftijdscategorie", "age groups"); not
        # another word it starts ("agency", "landelijk", "reasonable")
        noun = re.compile(
            rf"(?<![\w-])(?:{_alternatives(dim.nouns)})(?:s|es|en|'s|\w*(?:{groups})\w*)?\b",
            re.IGNORECASE,
        )
        if any(noun.search(x.text) for x in claims):
            out.append(r.name)
    return out


def _blank_placeholders(text: str) -> str:
    """``text`` with each table placeholder code blanked to spaces of its length (offsets kept):
    a code names no year ("2016201715158-3-2038-bil-3")."""
    return PLACEHOLDER.sub(lambda m: " " * len(m.group()), text)


# a Chamber table code run into the year that ends its caption ("volgens Gewest 2011-20152016201714155-7-1402-bil-1",
# "in oktober 20152016201715945-13-2287-bil"): ``tables.PLACEHOLDER`` reads no code after a digit
_PLACEHOLDER_AFTER_YEAR = re.compile(rf"(?<=(?<!\d){_YEAR}){PLACEHOLDER_CODE}")


def placeholder_after_year(answers: Sequence[AnswerAnalysis]) -> bool:
    """Whether the answers' sentences hold a table code run into the year before it (the table
    stood there: ``LABELS.md``, settled cases). The tables of the answer leave it out, so that a
    closed question's reading of tables is unchanged; breakdown_missing and figures_missing read it
    as the placeholder it is (``rules.core._given_elsewhere``)."""
    return any(_PLACEHOLDER_AFTER_YEAR.search(x.text) for a in answers for x in a.sentences)


def _names_data(text: str, p: _Patterns) -> bool:
    """Whether ``text`` has a word of data (``data_words``: "no data is held on ...")."""
    return bool(_word_set(text) & p.data_words)


def is_period(name: str, language: str, lexicon_dir: str | None = None) -> bool:
    """Whether the dimension ``name`` ("jaar", "year") is a period (``_PERIOD_PATTERNS``)."""
    return dimension_of(name, load_lexicon(language, lexicon_dir)).pattern in _PERIOD_PATTERNS


def names_split(text: str, language: str, lexicon_dir: str | None = None) -> bool:
    """Whether ``text`` has a word of ``[coverage] split_words`` ("Een verdere uitsplitsing ... is niet
    beschikbaar", "a breakdown by region is not held") or of ``period_words`` ("Data for the current year is not
    yet available", "De cijfers met een maandelijkse oplijsting zijn niet beschikbaar")."""
    if _patterns(language, lexicon_dir).split.search(text) is not None:
        return True
    return bool(_word_set(text) & _period_words(language, lexicon_dir))


@lru_cache(maxsize=8)
def _period_words(language: str, lexicon_dir: str | None) -> frozenset[str]:
    """The lexicon's ``[coverage] period_words``, lower case."""
    return frozenset(
        w.lower() for w in load_lexicon(language, lexicon_dir).phrases("coverage", "period_words")
    )


def names_data(text: str, language: str, lexicon_dir: str | None = None) -> bool:
    """``_names_data`` for the rules: whether ``text`` has a word of data of the language's lexicon
    ("Hierover worden ... geen cijfers bijgehouden"; not "Bijgevolg werd de schade nog niet vergoed")."""
    return _names_data(text, _patterns(language, lexicon_dir))


def _word_set(text: str) -> set[str]:
    """The words of ``text``, lower case."""
    return set(_WORDS.findall(text.lower()))


def _with_next_word(figure: Cue, text: str) -> str | None:
    """``figure``'s words and the word after them in ``text`` ("five years" of "the last five years ago"),
    across spaces or a hyphen only; None where no word follows in the sentence ("... is zero.")."""
    m = re.match(r"[\s-]{1,3}\w+", text[figure.end :])
    return text[figure.start : figure.end + m.end()] if m else None


def _question_numbers(unit: Question, number: re.Pattern[str]) -> set[str]:
    """The values of the figures (``number``: the matchers' pattern) the question itself writes ("the 2,800 homes")."""
    return {_value(x.group()) for x in number.finditer(unit.text)} - {""}


def _repeats_question(figure: Cue, text: str, question: str, in_question: set[str]) -> bool:
    """Whether an answer's figure only repeats the question's: its own figure ("the 2,800 homes") or its
    own number word with the word after it ("in any of the last five years"). No figure given."""
    if figure.kind == "number":
        return _value(figure.text) in in_question
    if figure.kind == "number_word":
        repeated = _with_next_word(figure, text)
        return repeated is not None and _words_in(repeated, question)
    return False


def _words_in(words: str, text: str) -> bool:
    """Whether ``words`` stand in ``text`` as whole words, case aside."""
    return re.search(rf"(?<!\w){re.escape(words.lower())}(?!\w)", text.lower()) is not None


def _clause_nouns(text: str, counts: Sequence[Cue], stopwords: frozenset[str]) -> set[str]:
    """The first five letters of the noun each count of ``counts`` counts (``_noun_of``, as ``counted_noun``
    reads it, but within the count's clause, ``CLAUSE_END``:
    "hoeveel bedraagt dit?b) Geldt ..." names none)."""
    heads: set[str] = set()
    for c in counts:
        end = CLAUSE_END.search(text, c.end)
        w = _noun_of(text[c.end : end.start() if end else len(text)], stopwords)
        if w:
            heads.add(w[:5])
    return heads


def _holder_nouns(text: str, counts: Sequence[Cue], p: _Patterns) -> set[str]:
    """The first five letters of the nouns a count of ``counts`` counts within or of, each the word after a
    ``[coverage] count_holders`` word in the count's own clause (``CLAUSE_END``): "dispute" in "how many (i)
    staff and (ii) contractors are involved in each dispute", "dienst" in "Hoeveel personen telt deze dienst?"."""
    if p.holder is None:
        return set()
    out: set[str] = set()
    for c in counts:
        end = CLAUSE_END.search(text, c.end)
        for m in p.holder.finditer(text[c.end : end.start() if end else len(text)]):
            out |= _content(m.group(1), p.stopwords)
    return out


def _nil_names(words: str, stopwords: frozenset[str], nouns: set[str], shared: set[str]) -> bool:
    """Whether the first word of ``words`` past stop words names what is counted: its first five letters a
    noun of the count (``nouns``), or its first four a word of the count's sentence (``shared``)."""
    for w in words.lower().split():
        if w not in stopwords:
            return w[:5] in nouns or w[:4] in shared
    return False


def _nils_of(text: str, p: _Patterns) -> Iterator[re.Match[str]]:
    """The places in ``text`` that say none of what follows them: a zero figure or zero word before a
    partitive ("None of the Ajax-related ... claims", "geen van de ..."), or ``[coverage] zero_any`` after a
    negation in its clause, no ``.``, ``;``, ``:`` or ``,`` between ("did not receive any requests to ... attend
    any party conferences"); group 1 holds the words after it (nil29)."""
    if p.none_of is not None:
        yield from p.none_of.finditer(text)
    if p.any_of is not None:
        for m in p.any_of.finditer(text):
            clause = re.split(r"[.;:,]", text[: m.start()])[-1]
            if p.negated.search(clause):
                yield m


def _first_named(words: str, stopwords: frozenset[str], named: Collection[str], letters: int = 5) -> bool:
    """Whether one of ``words`` (those after a negation) is ``named`` (by its first ``letters`` letters, 0:
    whole) with only stop words before it: "not had any positions", "niet in een budget"; not "not comment
    on Warrior vehicles", whose first word says what is not done."""
    for w in words.lower().split():
        if (w[:letters] if letters else w) in named:
            return True
        if w not in stopwords:
            return False
    return False


def _negated_counts(
    answers: Sequence[AnswerAnalysis],
    p: _Patterns,
    named: set[str],
    counted_text: str,
    figures: Sequence[Cue],
    clause_words: set[str] = frozenset(),  # type: ignore[assignment]
) -> Iterator[Cue]:
    """The answers' sentences that say what is counted does not exist or did not happen, in a
    negated verb rather than a zero word ("The UK has not donated Warrior vehicles to Ukraine" for
    "how many Warrior vehicles have been donated"): a negation (``[coverage] zero_negations``), two
    of the words that name what is counted (``named``), one of them at most three words after the
    negation with only stop words between ("has not had any positions"; not "will not comment on
    Warrior vehicles"), and two of the count sentence's words (``counted_text``), no figure of
    ``figures`` (those the answer gives), and no word of data (``data_words``: "does not hold figures
    on the number of ..." says the count is not held, not that it is none). A count of zero. The negated
    word may also be one of the words of a count's own clause after its cue (``clause_words``), its verb
    ("Bromfietsen zijn niet onderworpen aan technische keuring" for "Hoeveel bromfietsen werden reeds aan
    een technische keuring onderworpen?"): what was to be counted did not happen; not after a modal of
    ``[coverage] zero_modals`` up to three words before the negation, which states a rule ("will not be
    deported"), nor a word before the cue ("does not publish" for "if she will publish figures for the
    amount")."""
    asked = _content(counted_text, p.stopwords, 4)
    kept = set(figures)
    for a in answers:
        own = cue_starts(f for f in a.figures if f in kept)
        for s in a.sentences:
            # the negation stands before a word that names what is counted ("not donated"), or a word of the
            # count's clause after no modal ("zijn niet onderworpen")
            m = next(
                (
                    x
                    for x in p.negation_near.finditer(s.text)
                    if _first_named(x.group(1), p.stopwords, named)
                    or (
                        _first_named(x.group(1), p.stopwords, clause_words)
                        and not set(s.text[: x.start()].lower().split()[-3:]) & p.zero_modals
                    )
                ),
                None,
            )
            if m is None or starts_in(s, own):
                continue
            if _names_data(s.text, p):
                continue
            words = _content(s.text, p.stopwords)
            if len(words & named) >= 2 and len(_content(s.text, p.stopwords, 4) & asked) >= 2:
                yield Cue(s.start + m.start(), s.start + m.end(), m.group(), "zero")


def _counts_unmet(
    asked_: Asked,
    analysis: QuestionAnalysis,
    given_text: str,
    stopwords: frozenset[str],
    requests: frozenset[str],
) -> list[Cue]:
    """Of a unit that asks counts in two sentences or more ("Hoeveel subsidies werden aangevraagd?
    Hoeveel werden er toegekend?"), the count cues of the sentences whose own words (those the
    other count sentences lack) stand in none of the answer's figure-bearing sentences and table
    labels, when another count sentence's do: figures given for one count, none for the other.
    ``requests``: count cues that ask figures for what another sentence counts ("Graag cijfers
    per jaar"), left out."""
    counts = [c for c in asked_.counts if cue_phrase(c) not in requests]
    sentences = [(x, [c for c in counts if x.start <= c.start < x.end]) for x in analysis.sentences]
    sentences = [(x, cs) for x, cs in sentences if cs]
    if len(sentences) < 2:
        return []
    words = [_content(x.text, stopwords) for x, _ in sentences]
    given = _content(given_text, stopwords)
    own = [w - set().union(*(o for j, o in enumerate(words) if j != k)) for k, w in enumerate(words)]
    met = [bool(o & given) for o in own]
    if not any(met):
        return []
    return [cs[0] for (x, cs), o, m in zip(sentences, own, met) if o and not m]


# the content words after a count cue that name what it counts: 3 gave the best precision and recall
# on every development set (2, 3, 4 and 6 tried; 2 reads too little of a name, 4 reaches past it)
_COUNTED_WORDS = 3


def _counted_words(
    text: str, counts: Sequence[Cue], stopwords: frozenset[str], partitive: re.Pattern[str]
) -> set[str]:
    """The words that name what the unit's counts count, whole: the first
    ``_COUNTED_WORDS`` content words (``_content``) after each count cue, up to the end of its
    clause (``CLAUSE_END``): "Hoeveel problemen met betrekking tot kwaliteit ..." counts
    "problemen", "betrekking", "kwaliteit"; "what the average time lag is between an order and ..."
    counts "time", "lag", "between". And those of a partitive clause just before the cue (the
    lexicon's ``[coverage] partitives`` after the start of the clause or a comma: "of the
    complaints received by the Prison Ombudsman in 2023, how many were upheld" counts "complaints",
    "received", "prison"). Empty when no count names its object ("Wat zijn de cijfers voor 2016?").
    A count the question-reading model found (``_learned_counts``, ``Cue.sentence`` set) sits on the
    word that weighed most, often a split word ("opgesplitst per provincie"): it is read from the
    start of its sentence too, as a count word that opened it would be ("Wat heeft de politie daaraan
    uitgegeven, opgesplitst per provincie?" counts "politie", "daaraan", "uitgegeven" and "provincie")."""
    out: set[str] = set()
    for c in counts:
        if c.sentence is not None:
            out |= set(_content_in_order(text[c.sentence[0] : c.sentence[1]], stopwords)[:_COUNTED_WORDS])
        end = CLAUSE_END.search(text, c.end)
        clauses = [text[c.end : end.start() if end else len(text)]]
        opened = max((x.end() for x in CLAUSE_END.finditer(text, 0, c.start)), default=0)
        head = partitive.search(text[opened : c.start])
        if head:
            clauses.append(head.group(1))
        for clause in clauses:
            out |= set(_content_in_order(clause, stopwords)[:_COUNTED_WORDS])
    return out


_WHOLE = 64  # ``_content``'s letters for whole words


def _speaks_of(
    sentence: str, asked_words: set[str], stopwords: frozenset[str], stem: int, compounds: bool = False
) -> bool:
    """Whether a sentence may speak of what the unit asks: it shares a word with the unit
    (``asked_words``, whole; ``shared_words``: the same first ``stem`` letters, a word asked that
    begins the word said or is its inflection, and where the language compounds a word said
    ending on the word asked: "klachten" asked, "bewonersklachten" given), or it names too little to tell ("In 2010 waren het er 40":
    one word or none besides its figures)."""
    words = _content(sentence, stopwords, _WHOLE)
    return bool(shared_words(words, asked_words, stem, compounds)) or len(words) < 2


def shared_words(said: set[str], asked: set[str], stem: int, compounds: bool) -> set[str]:
    """The words of ``asked`` that ``said`` holds (whole content words): the same first ``stem``
    letters; a word asked of four letters or more that begins a word said ("labo" asked,
    "laboratorium" said); a word said that is a word asked less one or two letters at its end (its
    plural or inflection: "site" said, "sites" asked); or, in a language whose lexicon says it
    joins words into compounds (``compounds``, its ``[words] compounding``: Dutch, not English,
    where "vision" is no part of "television"), a word said that ends on the whole word asked, of
    ``stem`` letters or more with three letters or more before it ("klachten" asked,
    "bewonersklachten" said). The word said may name the thing asked more narrowly, never more
    widely: said "home" is no part of asked "homeless", nor "part" of "partnerships", "huizen" of
    "ziekenhuizen" or "heden" of "onregelmatigheden"."""
    if not said:
        return set()
    # every word of ``said`` at once, as sets looked up (``Settings`` keeps ``stem`` at 2 or more):
    # the first letters of its words; made only for the length of a word asked that gets that far
    # (``_heads``, ``_tails``), their beginnings of four letters up to ``stem`` and where words
    # compound, their endings after three letters or more
    stems = {s[:stem] for s in said}
    heads: dict[int, set[str]] = {}
    tails: dict[int, set[str]] = {}
    out = set()
    for a in asked:
        n = len(a)
        if a[:stem] in stems or (n >= 5 and a[:-1] in said) or (n >= 6 and a[:-2] in said):
            out.add(a)
        elif 4 <= n < stem and a in _heads(said, n, heads):
            out.add(a)
        elif compounds and n >= stem and a in _tails(said, n, tails):
            out.add(a)
    return out


def _heads(said: set[str], n: int, made: dict[int, set[str]]) -> set[str]:
    """The beginnings of ``n`` letters of the words of ``said`` longer than that (``shared_words``:
    a word asked that begins a word said), made once per length in ``made``."""
    found = made.get(n)
    if found is None:
        found = made[n] = {s[:n] for s in said if len(s) > n}
    return found


def _tails(said: set[str], n: int, made: dict[int, set[str]]) -> set[str]:
    """The endings of ``n`` letters of the words of ``said`` with three letters or more before
    them (``shared_words``: a compound ending on the word asked), made once per length in ``made``."""
    found = made.get(n)
    if found is None:
        found = made[n] = {s[-n:] for s in said if len(s) - 2 > n}
    return found


def content_words(text: str, language: str, lexicon_dir: str | None = None, letters: int = 5) -> set[str]:
    """The words of ``text`` that carry its content (``_content``, the stop words the lexicon's
    ``[coverage] stopwords``), by their first ``letters`` letters."""
    return _content(text, _patterns(language, lexicon_dir).stopwords, letters)


def _content(text: str, stopwords: frozenset[str], letters: int = 5) -> set[str]:
    """The words of ``text`` that carry its content, by their first ``letters`` letters
    ("centra", "centrum"): no stop word, no figure, three letters or more (a set of the
    caller's own)."""
    return set(_content_kept(text, stopwords, letters))


@lru_cache(maxsize=4096)
def _content_kept(text: str, stopwords: frozenset[str], letters: int) -> frozenset[str]:
    """``_content`` kept per text, stop words and length: the rules ask it of the same sentences
    again and again (about 67,000 calls on the 2,067 documents of ``scripts/bench_map.py``'s
    sample, ``rules.asked.said_words`` most)."""
    return frozenset(w[:letters] for w in _content_words_of(text, stopwords))


def _content_in_order(text: str, stopwords: frozenset[str]) -> list[str]:
    """The words of ``_content``, whole and in the order they stand."""
    return list(_content_words_of(text, stopwords))


_LETTER_WORD = re.compile(r"[^\W\d_]{3,}")


@lru_cache(maxsize=8192)
def _content_words_of(text: str, stopwords: frozenset[str]) -> tuple[str, ...]:
    """``_content_in_order`` kept per text: the rules ask it of the same sentences and questions
    again and again (about twice each)."""
    return tuple(w for w in _LETTER_WORD.findall(text.lower()) if w not in stopwords)


def _parts_given(
    parts: Sequence[Part],
    answers: Sequence[AnswerAnalysis],
    labels: str,
    prose: str,
    zero: re.Pattern[str],
    data_words: frozenset[str],
    counts: Sequence[Cue] = (),
    text: str = "",
) -> list[str]:
    """The labels of the parts the answer speaks of with figures: their own words in its
    tables' labels or in its figure-bearing sentences, or its own part markers ("(b)") before a
    figure or a zero ("geen", ``zero``) ahead of the next marker, not one of data (``data_words``:
    "b) Er zijn geen gegevens beschikbaar" gives nothing). A marker with none after it gives
    nothing ("d) Dit is in principe een vraag voor Justitie. Voor vragen e) tot en met n) moet ik u
    doorverwijzen naar de minister van Justitie."). ``counts`` and ``text``: the unit's count cues and
    its text, where a part's offsets and theirs fall."""
    if not parts:
        return []
    stems = {_stem(w) for w in re.findall(r"\w+", f"{labels}\n{prose}".lower())}
    # a table whose rows are labelled by the parts' letters ("A | Business Hospitality | £10.5 million")
    rows = {r.strip().strip("()").lower() for a in answers for t in a.tables for r in t.row_labels}
    wanted = "|".join(re.escape(x.label) for x in parts)
    marker = re.compile(rf"(?<![\w(])\(?({wanted})\)\s")
    marked: set[str] = set()
    nodata: set[str] = set()  # markers followed by a claim that no data exist and no figure
    bare: set[str] = set()  # markers followed by no figure, zero, claim or table before the next one
    tabled = any(a.tables for a in answers)
    for a in answers:
        found = [(s.start + m.start(), m.group(1)) for s in a.sentences for m in marker.finditer(s.text)]
        ends = [at for at, _ in found[1:]] + [a.sentences[-1].end if a.sentences else 0]
        for (at, label), end in zip(found, ends):
            chunk = " ".join(s.text for s in a.sentences if s.start < end and s.end > at)
            said = [(m, bool(set(m.group(1).lower().split()) & data_words)) for m in zero.finditer(chunk)]
            if any(at <= f.start < end for f in a.figures) or any(not of_data for _, of_data in said):
                marked.add(label)
            elif any(of_data for _, of_data in said):
                nodata.add(label)
            elif not PLACEHOLDER.search(chunk) and not any(at <= c.start < end for c in a.annex_cues):
                bare.add(label)
    out = []
    for part in parts:
        # a part's own marker that says no data are held decides, whatever words of the part the
        # answer repeats beside it ("a) export licencing – No information available.")
        if part.label in nodata - marked:
            continue
        # nor, in an answer with no table, does one followed by words alone, whatever words of the part it
        # repeats ("d) het overtreden van de eisen in verband met afmetingen en massa bij uitzonderlijk vervoer:
        # dit is een gewestelijke bevoegdheid." between counts of the other parts, corpus/gold dev-be15 185265
        # 3; not markers in the words that introduce a table, "Table 2 shows: Number of building control
        # applications received ... (a) within and (b) after the statutory 12-week timeframe", dev-uk8 1803404)
        # a part that is a question of its own and holds no count ("e) ... welke reden heeft dit dan?") is
        # answered in words (191767 1 of be-kamer-2017); the last item of a count's list is no question of its
        # own for the question mark that ends the list ("Hoeveel inbreuken werden in 2016 vastgesteld voor:a)
        # ...;g) het niet in orde zijn met vervoervergunningen voor goederen- of personenvervoer?", 185265 3)
        counted = (
            "?" not in part.text
            or any(part.start <= c.start < part.end for c in counts)
            or any(c.end <= part.start and "?" not in text[c.end : part.start] for c in counts)
        )
        if not tabled and counted and part.label in bare - marked and part.label not in rows:
            continue
        own = bool(part.words) and any(w in stems for w in part.words)
        if own or part.label in rows or part.label in marked:
            out.append(part.label)
    return out


# words that may stand between the words of two parts named together ("civil and criminal", "South Basildon
# and East Thurrock", "2022/23 and 2023/24"): tokens, the first part's last word to the next part's first
_TOGETHER_GAP = 3


def _parts_together(
    parts: Sequence[Part],
    given_parts: Sequence[str],
    answers: Sequence[AnswerAnalysis],
    figures: Collection[Cue],
    part_frame: re.Pattern[str],
    zero: re.Pattern[str],
    joiner: re.Pattern[str],
    share: re.Pattern[str],
    each_part: frozenset[str] = frozenset(),
) -> tuple[str, ...]:
    """The parts of ``given_parts`` the answer names only all together: every figure-bearing sentence that
    names one by its own words (``Part.words``) names two or more in one run, their words at most
    ``_TOGETHER_GAP`` words apart with a joiner between (``joiner``, ``_Patterns.part_joiner``: "HMRC conducts thousands of civil
    and criminal compliance actions each year" for "how many (a) civil and (b) criminal compliance actions";
    "the South Basildon and East Thurrock constituency, delivered 53,376 additional courses" for "in (a)
    Basildon and (b) Thurrock"), and holds fewer figures in digits (``figures``, those of what is asked) than
    the parts it names: a figure for them all, none of each. Given each: in a sentence with a word that shares
    figures out (``[coverage] part_frames``: "respectively", "waarvan"), a run followed by a word of
    ``each_part_words`` ("Basildon and Thurrock each received 120"), a nil (``zero``: "Ministers and
    officials have had no meetings"), or whose figures are shares (``share``, ``_Patterns.share``: "In 2026/27, 2027/28 and 2028/29, 100
    percent of the reduction ..."). Not parts that are years ("(a) 2022-23", "FY 19/20": the periods' rules
    read them), nor where the answer holds a table (its rows may give each), nor a part its own marker in the
    answer gives ("(b)")."""
    if len(given_parts) < 2 or any(a.tables for a in answers):
        return ()
    # parts that are years ("(a) 2022-23"): written in many ways ("FY 19/20"), read by the periods' rules
    own = {
        x.label: set(x.words)
        for x in parts
        if x.label in given_parts and not all(w.isdigit() for w in x.words)
    }
    if len(own) < 2:
        return ()
    alone: set[str] = set()
    joint: set[str] = set()
    for a in answers:
        digits = [
            f for f in a.figures if f in figures and f.kind != "number_word" and re.search(r"\d", f.text)
        ]
        for x in a.figure_sentences:
            if re.search(r"(?<![\w(])\(?[a-z]\)\s", x.text):
                alone |= set(own)  # the answer's own markers: read by ``_parts_given``
                continue
            tokens = list(re.finditer(r"\w+", x.text.lower()))
            hits = [
                (k, lab)
                for k, w in enumerate(tokens)
                for lab, words in own.items()
                if _stem(w.group()) in words
            ]
            if not hits:
                continue
            # one run: the next part's word at most ``_TOGETHER_GAP`` words on, a joiner between them where the
            # parts differ ("civil and criminal", not "sexual assault resulting in" for "(c) rape have resulted")
            runs: list[list[tuple[int, str]]] = []
            for k, lab in hits:
                last, was = runs[-1][-1] if runs else (-99, "")
                between = x.text[tokens[last].end() : tokens[k].start()] if runs else ""
                if k - last <= _TOGETHER_GAP and (lab == was or joiner.search(between)):
                    runs[-1].append((k, lab))
                else:
                    runs.append([(k, lab)])
            held = [f for f in digits if x.start <= f.start < x.end]
            shares = bool(held) and all(share.match(a.text, f.start) for f in held)
            # a nil is one of each ("Ministers and officials have had no meetings with ...")
            each = part_frame.search(x.text) or shares or zero.search(x.text)
            for run in runs:
                named = {lab for _, lab in run}
                # "Basildon and Thurrock each received 120 adult courses": the figure is each one's
                after = run[-1][0] + 1
                apiece = after < len(tokens) and tokens[after].group() in each_part
                if len(named) >= 2 and len(held) < len(named) and not each and not apiece:
                    joint |= named
                else:
                    alone |= named
    return tuple(x for x in given_parts if x in joint and x not in alone)


# ---------------------------------------------------------------- missing


def _runs(years: Sequence[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for y in sorted(years):
        if runs and y == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], y)
        else:
            runs.append((y, y))
    return runs


def _span(a: int, b: int) -> str:
    return str(a) if a == b else f"{a}–{b}"


def _period_years(period: Period, ref: int | None, have: set[int], part: Collection[int] = ()) -> set[int]:
    """The years ``period`` asks for, with the question's year ``ref`` (None: unknown); ``part``: the years
    the answer gives in part (``Given.part_years``)."""
    if period.kind == "years":
        return set(period.years)
    if period.kind == "range":
        return set(range(period.first, period.last + 1))
    if period.kind == "since":
        end = ref - 1 if ref else (max(have) if have else period.first)
        return set(range(period.first, max(period.first, end) + 1))
    if period.kind == "next":
        # the next N years one by one: from the question's year (its financial year, "2025-26" asked in 2025) or
        # from the year after, whichever the answer gives more of; with no date, not known (``_period_gaps``)
        if ref is None:
            return set()
        return min((set(range(ref + k, ref + k + period.count)) for k in (0, 1)), key=lambda s: len(s - have))
    # the last N years: up to the year before the question or up to its year, whichever the answer gives more of
    if ref is None:
        top = max(have) if have else 0
        return set(range(top - period.count + 1, top + 1)) if top else set()
    # or, where the answer's last year is the one before last (none of the last year, whole or in part), up to
    # it: "de voorbije vijf jaar" asked in 2017, answered "voor de periode 2011 - 2015", gives the last five
    # years of figures (dev-be19 189408 1, dev-be17 185455 2 and 3, read with no year missing)
    shifts = (0, 1, -1) if ref - 2 in have and ref - 1 not in have and ref - 1 not in part else (0, 1)
    options = [set(range(ref - period.count + k, ref + k)) for k in shifts]
    return min(options, key=lambda s: len(s - have))


def _after_end(wanted: Collection[int], given_: Given) -> list[int]:
    """The years of ``wanted`` after the last one the answer says its figures cover (``Given.ends``) that no
    table or figure-bearing sentence gives."""
    if given_.ends is None:
        return []
    return sorted(y for y in wanted if y > given_.ends and y not in given_.years)


def _period_gaps(asked_: Asked, given_: Given, ref: int | None, unheld: bool = False) -> list[Gap]:
    have = set(given_.years)
    gaps = []
    for period in asked_.periods:
        if period.kind == "next" and ref is None and have:
            # the next N years of a question with no date (uk-commons records carry none): which years are asked
            # is not known, only how many; an answer that names fewer years does not give each of them
            if len(have) < period.count:
                said = f"the answer names {len(have)} year{'' if len(have) == 1 else 's'}"
                gaps.append(Gap("period", period.text, said, period.start, period.end))
            continue
        wanted = _period_years(period, ref, have, given_.part_years)
        if len(wanted) >= 3 and ref is not None:
            # a series of years asked, one of them ended before the question yet given in part ("voor de jaren
            # 2012-2015 en het eerste trimester van 2016" for 2012-2016): that year is not covered
            part = _given_in_part(wanted, given_, ref)
            gaps += [Gap("period", str(y), _PART_OF_YEAR, period.start, period.end) for y in part]
            wanted -= set(part)
        if not wanted and not have and period.kind in ("last", "next"):
            # "in each of the last five years" of a question without a date, answered with no year
            gaps.append(Gap("period", period.text, "no year given", period.start, period.end))
            continue
        if period.kind == "since" and ref is None and not have and asked_.per_year is not None:
            # "in each year since 2015" of a question without a date (uk-commons records carry none), answered
            # with no year: its years run to a year not known, yet the answer gives none of them (breakdown48);
            # but a nil said for the whole period, from its first year or before, gives every year of it: "what
            # sanctions have been applied ... in each year since 2022" - "These provisions have not been used
            # since their introduction in 2022" (uk-commons 1838689; lows49)
            if given_.nil_since is not None and given_.nil_since <= period.first:
                continue
            gaps.append(Gap("period", period.text, "no year given", period.start, period.end))
            continue
        if len(wanted) < 2:
            continue
        # "gegevens beschikbaar tot en met 2013" for 2014-2016: the years after are not given, whatever its tables
        # (placeholders too) hold, as the years before a first one said (``Given.ends``)
        late = _after_end(wanted, given_)
        if late:
            for a, b in _runs(late):
                gaps.append(
                    Gap("period", _span(a, b), _SAID_UNTIL.format(given_.ends), period.start, period.end)
                )
            wanted -= set(late)
            if not wanted:
                continue
        # "slechts gegevens beschikbaar vanaf 2014" for 2012-2016: the years before are not given, whatever
        # its tables (placeholders too) hold of the others; a year the answer gives is given all the same
        # ("only 12 of these schools have closed since 2015" after the figures of 2012-2016)
        early = sorted(y for y in wanted if given_.starts is not None and y < given_.starts and y not in have)
        if early:
            said = f"answer starts at {given_.starts}"
            gaps.append(Gap("period", _span(min(early), max(early)), said, period.start, period.end))
            wanted -= set(early)
            have -= set(early)
            if not have:
                continue
        # a year a sentence of the answer says is not held ("De cijfers voor het jaar 2016 zijn nog niet gekend")
        # is not given, whatever its tables (placeholders too) hold of the others
        said = sorted(y for y in wanted if y in given_.unheld_years and y not in have)
        for a, b in _runs(said):
            gaps.append(Gap("period", _span(a, b), _SAID_UNHELD, period.start, period.end))
        wanted -= set(said)
        missing = sorted(wanted - have)
        if not missing:
            continue
        if not have:
            # years listed ("in 2014, 2015 en 2016") ask for each only as far as the answer gives
            # figures: figures for the period as a whole leave none missing, unless the answer says
            # the figures are not held (then its numbers are of something else)
            listed = asked_.per_year is not None and asked_.per_year.kind == "listed" and not unheld
            if not (listed and (given_.figures or given_.tables)):
                gaps.append(
                    Gap("period", _span(min(wanted), max(wanted)), "no year given", period.start, period.end)
                )
            continue
        for a, b in _runs(missing):
            if b < min(have):
                said = f"answer starts at {min(have)}"
            elif a > max(have):
                said = f"answer ends at {max(have)}"
            else:
                said = "not given"
            gaps.append(Gap("period", _span(a, b), said, period.start, period.end))
    return gaps


def figures_asked_near(
    cue: Cue, analysis: QuestionAnalysis, split: re.Pattern[str] | None = None, quantities: Sequence[Cue] = ()
) -> bool:
    """Whether figures are asked in the sentence of ``cue`` or in the one before it ("Hoeveel
    ...? Graag per provincie."): "per dienst" in a sentence that asks what measures were taken
    asks no breakdown of figures. With ``split`` (the lexicon's ``[coverage] split_words``), a
    sentence that asks for a split asks it of the unit's figures wherever they are asked ("Hoeveel
    meldingen ...? Gelieve dit uit te splitsen tussen ... Gelieve daarnaast ook een uitsplitsing te
    geven per OCMW."). ``quantities``: what the unit measures without a count word (``Asked.quantities``)
    asks figures too."""
    asks = [*analysis.count_cues, *analysis.figure_cues, *quantities]
    sentences = analysis.sentences
    for k, x in enumerate(sentences):
        if x.start <= cue.start < x.end:
            if split is not None and asks and split.search(x.text):
                return True
            near = [x, sentences[k - 1]] if k else [x]
            return any(s.start <= c.start < s.end for s in near for c in asks)
    return True  # no sentence found: as asked


def split_asked_alone(
    asked_: Asked, analysis: QuestionAnalysis, language: str, lexicon_dir: str | None = None
) -> tuple[DimensionRequest, ...]:
    """The dimensions of a unit that asks no figures of its own, each read in a sentence with a word that asks a
    split (``[coverage] split_words``): "Wordt daarbij een onderverdeling gemaakt naar de aard van het voertuig?",
    "Kan ook een opdeling worden gemaakt naar de leeftijdscategorie van de daders ... in voornoemde jaren?"
    (``corpus/gold/README.md``: a split asked in a closed question is an ask for the split). A split of figures,
    those of the unit before where it asks them (breakdown39); none for a unit that asks figures itself."""
    if asked_.asks_figures:
        return ()
    split = _patterns(language, lexicon_dir).split
    return tuple(
        r
        for r in asked_.dimensions
        if any(x.start <= r.cue.start < x.end and split.search(x.text) for x in analysis.sentences)
    )


def _dimension_gaps(
    asked_: Asked,
    given_: Given,
    analysis: QuestionAnalysis,
    split: re.Pattern[str] | None = None,
    alone: bool = False,
) -> list[Gap]:
    """The dimensions asked that the answer does not give two values of (a split's members: all), or says
    are not held. A dimension counts where figures are asked near it (``figures_asked_near``), the model
    reads a split in its sentence, or ``alone``: a split of the figures of the unit before
    (``split_asked_alone``)."""
    values = dict(given_.dimensions)
    gaps = []
    for r in asked_.dimensions:
        in_split = alone or any(
            c.sentence[0] <= r.cue.start < c.sentence[1] for c in asked_.splits if c.sentence
        )
        if not in_split and not figures_asked_near(r.cue, analysis, split, asked_.quantities):
            continue
        if r.cue.kind == "each_year" and not asked_.periods:
            continue  # "Hoeveel gevangenen krijgen elk jaar de kans?" asks a yearly figure, no breakdown
        if r.name in given_.rates:
            continue  # "the ongoing costs ... per year" answered "£1 million per year": a rate given
        if r.name in given_.unheld_dimensions:
            gaps.append(Gap("dimension", r.cue.text, "said not held", r.cue.start, r.cue.end))
        elif len(values.get(r.name, ())) < _values_needed(r.name):
            gaps.append(Gap("dimension", r.cue.text, "not given", r.cue.start, r.cue.end))
    return gaps


def _values_needed(name: str) -> int:
    """How many of a dimension's values the answer must give: every member of a split into the
    members it names ("tussen Vlaanderen, Wallonie en Brussel": three), two of any other (two
    provinces are a split per province)."""
    return len(_members_of(name)) if name.startswith(MEMBERS) else 2


def _split_rates(lexicon: Lexicon) -> set[str]:
    """The rates and periods that are no split (``[coverage] split_not``: "per persoon", "in each of
    the next three years"), lower case, white space made single."""
    return {" ".join(w.lower().split()) for w in lexicon.phrases("coverage", "split_not")}


def _split_criteria(lexicon: Lexicon) -> set[str]:
    """The words of ``[coverage] split_not`` that name a criterion, no rate (``split_criteria``: "naar gelang"):
    in a sentence with a split word (before or after it) they ask the split by what follows (breakdown53)."""
    return {" ".join(w.lower().split()) for w in lexicon.phrases("coverage", "split_criteria")}


def _split_first(m: re.Match[str]) -> tuple[str, int]:
    """The first word a ``split_by`` match names, lower case, past a list letter ("per (a) regio":
    "regio"), and where that word ends in the text searched."""
    first = _PART_LABEL.sub("", m.group(1).lower()).split()[0]
    return first, m.start(1) + m.group(1).lower().index(first) + len(first)


def _split_gaps(
    asked_: Asked,
    given_: Given,
    unit: Question,
    p: _Patterns,
    lexicon: Lexicon,
    none: bool = False,
    analysis: QuestionAnalysis | None = None,
) -> list[Gap]:
    """A split the question-reading model reads in a sentence that asks a split in words
    (``[coverage] split_words``) but names no dimension, period or part the lexicon knows ("aantal en
    cijfers ook uitgesplitst naar het aantal gewerkte jaren"):
    a breakdown of unknown dimension, given only when the answer gives two values or more (figures
    in its sentences, a table). A period alone is no split named ("in de loop van 2015-2016 ...
    uitgesplitst naar ..."); a period asked year by year is (``Asked.per_year``). A rate is no split
    (``[coverage] split_not``: "opgesplitst per persoon" asks an amount per person). ``none``: the
    answer gives no figure of what is asked (``gives_no_figure``); then a sentence of ``analysis``
    that asks figures and a split in words asks a breakdown, read by the model or not."""
    if len(given_.figures) >= 2 or given_.tables or any(len(v) >= 2 for _, v in given_.dimensions):
        return []
    rates = _split_rates(lexicon)
    criteria = _split_criteria(lexicon)
    named = [
        *(r.cue.start for r in asked_.dimensions),
        *(part.start for part in asked_.parts),
        *([asked_.per_year.start] if asked_.per_year is not None else []),
    ]
    read = [(*(c.sentence or (c.start, c.end)), f", p={c.probability:.2f}") for c in asked_.splits]
    if none and analysis is not None:
        # no figure given at all: a sentence that asks a split in words and figures asks it, whether
        # the model reads it or not ("Hoeveel werknemers ... (aantal en cijfers ook uitgesplitst naar
        # het aantal gewerkte jaren)?")
        # the split word asks no figures in a question whether a split is made ("Wordt er een opsplitsing
        # gemaakt tussen de diverse verschijningsvormen van internetfraude?", dev-be20 192003 4)
        asks_ = [*analysis.count_cues, *analysis.figure_cues, *asked_.quantities]
        read += [
            (x.start, x.end, "")
            for x in analysis.sentences
            if p.split.search(x.text)
            and any(x.start <= c.start < x.end and not _split_asked_about(c, x, p) for c in asks_)
            and not _asks_how(x, analysis.count_cues, p)
            and all(x.start != a for a, _, _ in read)
        ]
    gaps = []
    if none and analysis is not None:
        gaps += _per_gaps(analysis, unit, p, lexicon, rates, named, read)
    for a, b, prob in read:
        # a split word, or where no figure is given a "per X" of the sentence the model reads as a split
        # ("Graag tevens een overzicht per OCMW.")
        bys = [m.group(1).lower().split()[0] for m in p.split_by.finditer(unit.text, a, b)]
        worded = p.split.search(unit.text, a, b)
        if not (worded or (none and prob and bys)):
            continue  # no word of the sentence asks a split ("the proportion of men in England who ...")
        # in a sentence with a split word (before or after it) "naar gelang" names the criterion of the split asked, no rate ("Kunnen deze gegevens
        # eveneens worden opgesplitst naar gelang de betrokkenen hun woonplaats hebben ...", breakdown53)
        kept = [w for w in bys if not (worded and w in criteria)]
        if any(a <= k < b for k in named) or any(w in rates for w in kept):
            continue  # the lexicon reads what is split (its own gaps weigh it), or a rate
        said = unit.text[a:b].strip()
        short = said if len(said) <= 80 else said[:77] + "..."
        gaps.append(Gap("split", f"a split ('{short}'{prob})", "fewer than two values given", a, b))
    return gaps


def _asks_how(sentence: Cue, counts: Sequence[Cue], p: _Patterns) -> bool:
    """Whether ``sentence`` asks how (``[coverage] manner_words`` that open no count cue of it: "Hoe
    interpreteert u de cijfers inzake de verdeling van de loonmassa in Belgie?", "Kan u toelichten hoe de
    coordinatie inzake deze kits gebeurt om het overzicht te bewaren (verdeling, ...)?"; not "Hoe vaak"):
    its split word names what it asks about, no split of figures asked."""
    if p.manner is None:
        return False
    starts = {c.start for c in counts}
    return any(sentence.start + m.start() not in starts for m in p.manner.finditer(sentence.text))


def _split_asked_about(cue: Cue, sentence: Cue, p: _Patterns) -> bool:
    """Whether ``cue`` (a figure cue of the question) is a split word (``[coverage] split_words``:
    "opsplitsing" is a figure request cue too) of a ``sentence`` that asks whether a split is made
    (``[coverage] split_asked_about`` at its start: "Wordt er een opsplitsing gemaakt tussen de diverse
    verschijningsvormen van internetfraude?"), not for one."""
    if p.asked_about is None or not p.asked_about.match(sentence.text):
        return False
    return any(
        sentence.start + m.start() <= cue.start < sentence.start + m.end()
        for m in p.split.finditer(sentence.text)
    )


def _per_gaps(
    analysis: QuestionAnalysis,
    unit: Question,
    p: _Patterns,
    lexicon: Lexicon,
    rates: set[str],
    named: Sequence[int],
    read: Sequence[tuple[int, int, str]],
) -> list[Gap]:
    """For an answer that gives no figure of what is asked: a "per X" after a count of the same
    sentence (or "elk van deze X" after a preposition, ``[coverage] each_words``, ``each_leads``: "Hoeveel werd ... uitgegeven
    voor elk van deze posten", breakdown16), with no split word before it, asks the count per X: right after the count's words, a
    comma or a stop word ("Over welke bedragen per aanslagjaar gaat het?", "en dit per gebouw",
    "Graag cijfers per vervoersmaatschappij"), not after another noun ("een opdrachtbrief per
    klant", "de vaststellingen per bedrijf": what is counted is not split). X no dimension the
    lexicon knows (its own gaps weigh it), no rate (``[coverage] split_not``), no stop word.
    Sentences the split words or the model read (``read``) and sentences that name a dimension,
    period or part the lexicon reads are left to those."""
    nouns = {n.lower() for d in lexicon.dimensions for n in d.nouns}
    gaps = []
    for x in analysis.sentences:
        if any(x.start <= a < x.end for a, _, _ in read) or any(x.start <= k < x.end for k in named):
            continue
        cues = [c for c in analysis.count_cues if x.start <= c.start < x.end]
        if not cues or p.split.search(x.text):
            continue
        for m in p.split_by.finditer(unit.text, cues[0].start, x.end):
            first, end = _split_first(m)
            if not m.group().lower().startswith("per ") or {first, *first.split("/")} & nouns:
                continue
            before = unit.text[: m.start()].rstrip()
            word = re.findall(r"\w+", before.lower())[-1:]
            cue_end = any(before.endswith(c.text) and c.end == len(before) for c in cues)
            if not (cue_end or before.endswith((",", "(")) or (word and word[0] in p.stopwords)):
                continue  # "een opdrachtbrief per klant": what is counted is not split
            if first in rates or first in p.stopwords:
                continue
            gaps.append(Gap("split", unit.text[m.start() : end], "not given", m.start(), end))
        if p.each_by is None:
            continue
        for m in p.each_by.finditer(unit.text, cues[0].start, x.end):
            # "Hoeveel werd ... uitgegeven voor elk van deze posten": after a preposition (``each_leads``; not
            # "Hoeveel kost elk anti-trespassing tapijt en elke meter afsluiting?", a price of each)
            word = re.findall(r"\w+", unit.text[: m.start()].lower())[-1:]
            first = m.group(1).lower()
            if (
                not word
                or word[0] not in p.each_leads
                or first in nouns
                or first in rates
                or first in p.stopwords
            ):
                continue
            gaps.append(Gap("split", m.group(), "not given", m.start(), m.end()))
    return gaps


def _part_gaps(
    asked_: Asked,
    given_: Given,
    answers: Sequence[AnswerAnalysis],
    unheld: bool,
    part_frame: re.Pattern[str],
    analysis: QuestionAnalysis | None = None,
) -> list[Gap]:
    """Parts of a count the answer gives nothing for. When it speaks of none of them by their
    words, its figures may still be theirs (a table, a figure per part): then only a claim that
    the figures are not held, or fewer figure-bearing sentences than two and fewer figures on the
    count than parts, leaves them missing. Parts of a count no figure speaks of (``Given.unmet``,
    read in the sentences of ``analysis``: "what the average number of days lost was in (a) the
    Department and (b) its agencies; and how many warnings were issued", only the warnings
    counted) are missing, whatever figures the other count gets."""
    if not asked_.parts or not asked_.asks_figures:
        return []
    if given_.together:
        # one figure for the parts named together ("thousands of civil and criminal compliance actions"):
        # none of each (``Given.together``), and the parts it names none of
        return [
            Gap(
                "part",
                f"({p.label})",
                "given together with the others only" if p.label in given_.together else "no answer",
                p.start,
                p.end,
            )
            for p in asked_.parts
            if p.label in given_.together or p.label not in given_.parts
        ]
    answered = set(given_.parts)
    unmet = [
        (x.start, x.end)
        for x in (analysis.sentences if analysis is not None else ())
        if any(x.start <= c.start < x.end for c in given_.unmet)
    ]
    of_unmet = [
        p for p in asked_.parts if p.label not in answered and any(a <= p.start < b for a, b in unmet)
    ]
    if of_unmet and len(of_unmet) == len(asked_.parts):
        return [
            Gap("part", f"({p.label})", "no figure speaks of its count", p.start, p.end) for p in of_unmet
        ]
    if not answered:
        figure_sentences = sum(len(a.figure_sentences) for a in answers)
        # a figure a part, in sentences that split a figure into others ("had received 18 applications of
        # which 9 agreements have been offered" for "(a) made and (b) approved"; ``[coverage] part_frames``),
        # where a figure speaks of the count; not "18 applications across 3 schemes"
        framed = {
            _value(f.text)
            for a in answers
            for x in a.figure_sentences
            if part_frame.search(x.text)
            for f in given_.figures
            if x.start <= f.start < x.end
        }
        per_part = given_.on_topic and len(framed) >= len(asked_.parts)
        if not unheld and (given_.tables or figure_sentences >= 2 or per_part):
            return []
    return [
        Gap("part", f"({p.label})", "no answer", p.start, p.end)
        for p in asked_.parts
        if p.label not in answered
    ]


def parts_asked_on_a_yes(
    asked_: Asked,
    analysis: QuestionAnalysis,
    answers: Sequence[AnswerAnalysis],
    language: str,
    lexicon_dir: str | None = None,
) -> set[str]:
    """The labels of lettered parts whose every count is asked on a yes ("a) Wordt er jaarlijks een bedrag
    vastgelegd voor (dienst)reizen? Zo ja, hoeveel werd er begroot ...?", ``_condition``) where the answer's own
    sentence for the part, opening on its marker, does not open with a yes ("a) Het budget voor de dienstreizen
    is vervat in de algemene werkingsmiddelen.", be-kamer 186191 1): the count is not asked of that part, as
    of a unit (``Asked.conditional``). A part the answer has no marked sentence for is left asked."""
    p = _patterns(language, lexicon_dir)
    lexicon = load_lexicon(language, lexicon_dir)
    yes = {w.lower() for w in lexicon.plain_replies} & {w.lower() for w in lexicon.affirmations}
    out = set()
    for part in asked_.parts:
        counts = [c for c in asked_.counts if part.start <= c.start < part.end]
        if not counts or _condition(counts, analysis, p.followup, lexicon, requests=p.requests) != "yes":
            continue
        marker = re.compile(rf"\s*\(?{re.escape(part.label)}\)\s*(\w*)", re.IGNORECASE)
        said = [m for a in answers for x in a.sentences if (m := marker.match(x.text))]
        if said and not any(m.group(1).lower() in yes for m in said):
            out.add(part.label)
    return out


def given_to_member(
    answers: Sequence[AnswerAnalysis], language: str, lexicon_dir: str | None = None
) -> Cue | None:
    """The words that say the answer, or its figures, went to the member directly ("Het
    antwoord op deze vraag is het geachte Kamerlid rechtstreeks toegestuurd"; the lexicon's
    ``[coverage] given_to_member``): what was sent counts as given (``LABELS.md``, settled
    cases), or None. Not a promise to send it ("the FCA will respond directly to the honourable
    Member by letter": a future form of the lexicon's ``[cues] future`` before the words), nor the document's closing
    note that its annexes were sent (``[cues] annex_note``) in a segment that says more: that note
    speaks of the annexes of other answers ("Het RIZIV beschikt niet over de informatie. De bijlagen
    bij het antwoord op deze vraag zijn het geachte Kamerlid rechtstreeks toegestuurd.")."""
    p = _patterns(language, lexicon_dir)
    for a in answers:
        note = min((c.start for c in a.cue("annex_note")), default=None)
        for x in a.sentences:
            if note is not None and x.end > note and a.sentences[0].end <= note:
                break  # the closing note and what follows it, after something else the segment says
            m = p.to_member.search(x.text)
            if not m or p.promise.search(x.text[: m.start()]):
                continue
            return Cue(x.start + m.start(), x.start + m.end(), m.group(), "given_to_member")
    return None


_MOOT_WORDS = 10  # a sentence that says the question is void says no more than that


def moot(answers: Sequence[AnswerAnalysis], language: str, lexicon_dir: str | None = None) -> Cue | None:
    """The short sentence that says the question is void ("Deze vraag is zonder voorwerp, gelet op
    bovenstaand antwoord.", "Niet van toepassing."; the lexicon's ``[coverage] moot``): nothing
    is asked, so no figure is missing; or None."""
    p = _patterns(language, lexicon_dir)
    for a in answers:
        for x in a.sentences:
            m = p.moot.search(x.text)
            if m and len(x.text.split()) <= _MOOT_WORDS:
                return Cue(x.start + m.start(), x.start + m.end(), m.group(), "moot")
    return None


def estimate_not_made(
    unit: Question,
    asked_: Asked,
    answers: Sequence[AnswerAnalysis],
    language: str,
    lexicon_dir: str | None = None,
) -> Cue | None:
    """The answer's plain no to an estimate asked: every count the unit asks stands in a clause that asks an
    estimate ("what estimate she has made of the number of vehicles", ``[coverage] estimate_words`` between
    the clause's start and the count word), and a sentence of the answer with no figure says none was made
    ("The Department has not made a specific estimate of the number of vehicles", "has not estimated nor
    undertaken a comparative analysis", "no estimate has been made"; a zero or negation at most three words
    before an estimate word, none of them of ``[coverage] estimate_between`` ("it is not possible to
    estimate"), in a sentence with no word of ``[coverage] estimate_cannot`` ("No estimate can be made"):
    those say the figure cannot be had; the question's own figures repeated are no figure). No figure is
    then missing: the estimate asked was not made, a clear answer (LABELS.md; dev-uk11 1876566). Not a
    sentence that says information is not held (a ``no_information`` cue in it); or None."""
    p = _patterns(language, lexicon_dir)
    if not asked_.counts:
        return None
    for c in asked_.counts:
        clause = unit.text[: c.end]
        clause = clause[max(clause.rfind(x, 0, c.start) for x in "?.;") + 1 :]
        if not p.estimate.search(clause):
            return None
    in_question = _question_numbers(unit, matchers(language, lexicon_dir).number)
    for a in answers:
        unheld = cue_starts(a.cue("no_information"))
        given_ = cue_starts(f for f in a.figures if not _repeats_question(f, a.text, unit.text, in_question))
        for x in a.sentences:
            if starts_in(x, given_) or starts_in(x, unheld):
                continue
            if _word_set(x.text) & p.estimate_cannot:
                continue  # "No estimate can be made": it cannot be had
            for m in p.no_estimate.finditer(x.text):
                if not set(m.group(1).lower().split()) & p.estimate_between:
                    return Cue(x.start + m.start(), x.start + m.end(), m.group(), "zero")
    return None


def _sentence_at(sentences: Sequence[Cue]) -> Callable[[int], Cue | None]:
    """A function of a position that gives the first of ``sentences`` it falls in, or None; found by
    bisection where the sentences follow each other without overlap, as an answer's do."""
    if not all(a.start <= a.end <= b.start for a, b in zip(sentences, sentences[1:])):
        return lambda at: next((s for s in sentences if s.start <= at < s.end), None)
    starts = [s.start for s in sentences]

    def at_(at: int) -> Cue | None:
        k = bisect_right(starts, at) - 1
        return sentences[k] if k >= 0 and at < sentences[k].end else None

    return at_


def annex_promised(answers: Sequence[AnswerAnalysis], language: str, lexicon_dir: str | None = None) -> bool:
    """Whether every annex the answer names, and every delivery to the member it tells of
    (``[cues] delivered``), is one still to come ("I will write to the hon. Member and a copy of
    this letter will be placed in the Library"; "passed to the FCA who will respond directly to the
    honourable Member by letter"): a future form of the lexicon's ``[cues] future`` before the
    annex words in their sentence. A promised annex does not belong to this answer, so gives
    nothing yet."""
    p = _patterns(language, lexicon_dir)
    found = False
    for a in answers:
        for c in (*a.annex_cues, *a.cue("delivered")):
            found = True
            x = next((x for x in a.sentences if x.start <= c.start < x.end), None)
            if x is None or not p.promise.search(x.text[: c.start - x.start]):
                return False
    return found


@lru_cache(maxsize=8)
def _annex_request_pattern(language: str, lexicon_dir: str | None) -> re.Pattern[str] | None:
    words = load_lexicon(language, lexicon_dir).phrases("coverage", "annex_requests")
    return re.compile(rf"(?<![\w-])(?:{_phrase(words)})(?![\w-])", re.IGNORECASE) if words else None


def annex_holds_request(
    answers: Sequence[AnswerAnalysis], language: str, lexicon_dir: str | None = None
) -> Cue | None:
    """The sentence of the answer that says the information asked stands in its annex: an annex cue and a
    phrase of ``[coverage] annex_requests`` in one sentence, the annex not one still to come ("The information
    requested is provided in the attached excel tables", uk-commons 1875980, 1873459, 1722846; "De gevraagde
    gegevens vindt u in bijlage"), or None. A claim of missing data beside it that names no split and no year
    ("This data is not regularly published or held in an easily accessible format") speaks of how the data are
    kept, not of what the annex holds (breakdown55)."""
    pattern = _annex_request_pattern(language, lexicon_dir)
    if pattern is None:
        return None
    promise = _patterns(language, lexicon_dir).promise
    for a in answers:
        for c in a.annex_cues:
            x = next((x for x in a.sentences if x.start <= c.start < x.end), None)
            if x is not None and pattern.search(x.text) and not promise.search(x.text[: c.start - x.start]):
                return x
    return None


def claim_names_unit(claim: str, unit: Question, language: str, lexicon_dir: str | None = None) -> bool:
    """Whether a sentence of the answer that says data are not held shares a content word with the unit
    (``content_words``, data words aside): "Information on pharmacists is not held in the format requested" for
    "the number of (a) dentists, (b) GPs and (c) pharmacists" (uk-commons 1667809), "this published data does not
    include breakdowns by individual courts" for "from each (i) magistrates and (ii) Crown court" (1721575) speak
    of what is asked; "This data is not regularly published or held in an easily accessible format" does not. Whole
    words, a plural's "s" aside (a stem of five letters takes "published" for "public order offences"). The words
    of how data are kept (``[coverage] keeping_words``: "format", "requested", "published", "available") are
    no word of the unit either: "in the format requested", "what data is available" share them with such a claim
    and ask nothing it names (review57's low 1, lows56). An entry of several words is taken out of the claim whole:
    "disproportionate cost" is how data are kept ("to examine individual court records would be of
    disproportionate costs", uk-commons 1738497), a cost the claim says is not held ("The Department does not
    hold information on these costs") is a cost, which a unit asking "what the costs were" asks (review58's low
    2, lows57)."""
    p = _patterns(language, lexicon_dir)
    stop = p.stopwords | p.data_words | p.keeping_words
    if p.keeping_phrases is not None:
        claim = p.keeping_phrases.sub(" ", claim)

    def words(text: str) -> set[str]:
        return {w.lower().removesuffix("s") for w in _content_in_order(text, stop)}

    return bool(words(claim) & words(unit.text))


@lru_cache(maxsize=64)  # read for each unit after the same opening
def opening_periods(opening: str, language: str, lexicon_dir: str | None = None) -> tuple[Period, ...]:
    """The periods the question's shared opening asks year by year of the units after it ("Kan u voor
    2015 en 2016, op jaarbasis, ... een aantal cijfers meegeven? 1. Hoeveel ..."; "Graag had ik
    dezelfde gegevens ontvangen ... voor de periode 2012-2016 (cijfers op jaarbasis). Meer bepaald
    ...:"), with offsets in ``opening``: those of its sentences that ask (a "?" or ":" at the end, or
    a request: ``analyze.is_request``) and ask year by year
    (``[coverage] each_year``, or years listed one by one; years in a row asked each year are a range).
    A sentence that states ("Voor de periode
    2008 tot en met 2013 publiceerde de FOD jaarlijks een overzicht.") asks nothing."""
    p = _patterns(language, lexicon_dir)
    out: list[Period] = []
    for m in re.finditer(r"[^.?!:]+(?:[.?!:]+|$)", opening):
        x = m.group()
        asks = x.rstrip().endswith(("?", ":")) or is_request(x, language, lexicon_dir)
        periods = _periods(x, p)
        # figures over the last years ask them year by year; an overview there asks a list of what the period
        # held ("Kan u een overzicht geven van alle audits die Infrabel de afgelopen vijf jaar liet uitvoeren?
        # Graag ontving ik voor elke auditopdracht de volgende gegevens:", be-kamer 185142), no series
        each_year = (
            p.each_year.search(x) is not None or _series_over(x, periods, p, overview=False) is not None
        )
        if not (asks and (each_year or any(y.kind == "years" for y in periods))):
            continue
        for y in periods:
            if each_year and y.kind == "years" and y.years == tuple(range(y.first, y.last + 1)):
                y = replace(y, kind="range", years=())  # "voor 2015 en 2016, op jaarbasis": each year asked
            out.append(replace(y, start=y.start + m.start(), end=y.end + m.start()))
    return tuple(out)


def opening_gaps(
    asked_: Asked, given_: Given, periods: Sequence[Period], ref: int | None, unheld: bool
) -> list[Gap]:
    """The years of ``periods`` (``opening_periods``) the answer does not give, for a unit that asks
    no period of its own; offsets in the opening."""
    if asked_.periods or not periods:
        return []
    listed = next((y for y in periods if y.kind == "years"), None)
    per_year = Cue(listed.start, listed.end, listed.text, "listed") if listed else asked_.per_year
    return _period_gaps(replace(asked_, periods=tuple(periods), per_year=per_year), given_, ref, unheld)


@lru_cache(maxsize=64)
def opening_dimensions(
    opening: str, language: str, lexicon_dir: str | None = None
) -> tuple[DimensionRequest, ...]:
    """The dimensions the question's shared opening asks of the list after it: those of its last
    sentence when it ends in a colon ("Overeenkomstig artikel 110 ... Kunt u voor 2016 per taalgroep
    meedelen:" before "1. hoeveel genadeverzoeken er werden ingediend; 2. ..."), or when it is a request for
    data (``analyze.is_request``, a word of ``[coverage] data_words``: "Graag bekwam ik een aantal gegevens voor
    het jaar 2016, uitgesplitst per gewestelijke directie." before "1. Kan u meedelen hoeveel aanvragen ...",
    dev-be101 184932; breakdown56), with offsets in ``opening``. Periods are left to ``opening_periods`` ("per
    jaar", "per maand")."""
    text = opening.rstrip()
    start = max(text.rfind(x, 0, len(text) - 1) for x in ".?!:") + 1
    last = text[start:]
    if not (
        text.endswith(":")
        or (is_request(last, language, lexicon_dir) and _names_data(last, _patterns(language, lexicon_dir)))
    ):
        return ()
    passage = Passage(start, len(text), text[start:])
    lexicon = load_lexicon(language, lexicon_dir)
    analysis = analyze_question(passage, language, lexicon_dir)
    # a split the lexicon does not name ("uitgesplitst per gewestelijke directie": "gewestelijke"), as a unit's own
    # (``_split_dimensions``); ``opening_dimension_gaps`` weighs it only where no figure is given
    p = _patterns(language, lexicon_dir)
    found = [*analysis.dimensions, *_split_dimensions(passage.text, analysis, p, lexicon)]
    return tuple(
        replace(r, cue=replace(r.cue, start=r.cue.start + start, end=r.cue.end + start))
        for r in found
        if r.name.startswith(OPEN) or dimension_of(r.name, lexicon).pattern not in _PERIOD_PATTERNS
    )


def opening_dimension_gaps(
    asked_: Asked,
    given_: Given,
    dimensions: Sequence[DimensionRequest],
    answers: Sequence[AnswerAnalysis],
    language: str,
    lexicon_dir: str | None = None,
) -> list[Gap]:
    """The dimensions of ``dimensions`` (``opening_dimensions``) a unit that asks figures does not ask
    itself and the answer gives fewer than two values of ("In het jaar 2016 werden: 663 nieuwe
    genadeverzoeken ingediend" for "Kunt u voor 2016 per taalgroep meedelen: hoeveel genadeverzoeken
    ..."), or a claim that figures are not held names ("said not held"); every one where the answer
    gives no figure of what is asked. Offsets in the opening."""
    own = {r.name for r in asked_.dimensions}
    wanted = [r for r in dimensions if r.name not in own]
    if not wanted or not asked_.asks_figures:
        return []
    lexicon = load_lexicon(language, lexicon_dir)
    unheld = set(
        _dimensions_unheld(replace(asked_, dimensions=tuple(wanted)), _claims_unheld(answers), lexicon)
    )
    none = gives_no_figure(given_)
    gaps = []
    for r in wanted:
        if r.name.startswith(OPEN) and not none:
            continue  # an open split's values the answer's figures may name in words of their own
        values = (
            set()
            if none
            else {
                v
                for a in answers
                for v in dimension_coverage(dimension_of(r.name, lexicon), a, lexicon.dimensions)
            }
        )
        if r.name in unheld:
            gaps.append(Gap("dimension", r.cue.text, "said not held", r.cue.start, r.cue.end))
        elif len(values) < 2:
            gaps.append(Gap("dimension", r.cue.text, "not given", r.cue.start, r.cue.end))
    return gaps


_REFERRED_WORDS = (
    6  # words at most between a split word and the question it names ("opdeling zoals gevraagd in vraag 2")
)


@lru_cache(maxsize=8)
def _back_patterns(
    language: str, lexicon_dir: str | None
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None]:
    """``[coverage] same_as`` before ``same_as_nouns`` or ``again_words``; a question named by its number
    (``[numbering] intro_refs`` and one or two digits: "vraag 2", not "vraag nr. 1799", another document)."""
    lex = load_lexicon(language, lexicon_dir)

    def words(name: str) -> tuple[str, ...]:
        return lex.phrases("coverage", name)

    same = (
        rf"(?:{_phrase(words('same_as'))})\s+(?:{_phrase(words('same_as_nouns'))})"
        if words("same_as") and words("same_as_nouns")
        else "(?!)"
    )
    again = re.compile(rf"{same}|{_phrase(words('again_words'))}", re.IGNORECASE)
    refs = lex.phrases("numbering", "intro_refs")
    named = (
        re.compile(rf"\b(?:{'|'.join(refs)})\s+(\d{{1,2}})(?![\d,]|\.\d)", re.IGNORECASE) if refs else None
    )
    return again, _patterns(language, lexicon_dir).split, named


def back_reference(text: str, language: str, lexicon_dir: str | None = None) -> tuple[Cue, int | None] | None:
    """The words of a unit's ``text`` that ask again the split or the figures another unit of the question
    asks, and the number of that unit where a sentence names it: "Graag dezelfde opsplitsing." (None: the unit
    before), "Kunt u, ter vergelijking, dezelfde cijfers geven voor de hele provincie Antwerpen?", "Kan u, ter
    vergelijking, deze cijfers ook geven voor ...?", "volgens de opdeling zoals gevraagd in vraag 2" (2: a split
    word at most ``_REFERRED_WORDS`` words before the question named), "Graag volgens dezelfde opsplitsing als in
    vraag 1." (1). None where no sentence does."""
    again, split, named = _back_patterns(language, lexicon_dir)
    for m in re.finditer(r"[^.?!]+[.?!]*", text):
        sentence = m.group()
        ref = named.search(sentence) if named else None
        hit = again.search(sentence)
        if hit is None and ref is not None:
            hit = next(
                (
                    x
                    for x in split.finditer(sentence)
                    if x.end() <= ref.start()
                    and len(re.findall(r"\w+", sentence[x.end() : ref.start()])) <= _REFERRED_WORDS
                ),
                None,
            )
        if hit is not None:
            cue = Cue(m.start() + hit.start(), m.start() + hit.end(), hit.group(), "back_reference")
            return cue, (int(ref.group(1)) if ref else None)
    return None


def referred_gaps(
    asked_: Asked,
    given_: Given,
    other: Asked,
    answers: Sequence[AnswerAnalysis],
    ref: int | None,
    unheld: bool,
    language: str,
    lexicon_dir: str | None = None,
) -> list[Gap]:
    """The gaps of what ``other`` (the unit a ``back_reference`` points to) asks and this unit does not ask
    itself: its dimensions that are no periods, as an opening's are read (``opening_dimension_gaps``: "per land
    van herkomst" asked in unit 2, answered per Gewest alone), and its periods where this unit names none ("de
    afgelopen vijf jaar", answered "voor de jaren 2012-2015 en de eerste drie trimesters van 2016"). Offsets in
    the other unit's text. An answer that gives no figure gives none of its years. A unit that asks no figures of
    its own asks those of the other ("Zelfde vragen voor de ambtenaren die een managementfunctie uitoefenen.",
    dev-be36 190537 2; breakdown39)."""
    lexicon = load_lexicon(language, lexicon_dir)
    if not asked_.asks_figures:
        asked_ = replace(asked_, asks_figures=other.asks_figures)
    dims = tuple(
        r
        for r in other.dimensions
        if not r.name.startswith(MEMBERS) and dimension_of(r.name, lexicon).pattern not in _PERIOD_PATTERNS
    )
    gaps = opening_dimension_gaps(asked_, given_, dims, answers, language, lexicon_dir)
    if asked_.periods or not other.periods:
        return gaps
    read = replace(given_, years=(), part_years=()) if gives_no_figure(given_) else given_
    return gaps + _period_gaps(
        replace(asked_, periods=other.periods, per_year=asked_.per_year or other.per_year), read, ref, unheld
    )


# words at most after "per" among which the answer names the split asked ("per hierarchische trap" for
# "per trap", "per provincie of status" for "per status", "per type van in verdenking stelling" for "per
# inverdenkingstelling")
_PER_WORDS = 4
# the number of a list's first item that the sentence splitter leaves at the end of the sentence that opens the
# list ("Om verschillende redenen is het niet mogelijk om de cijfers per club ... mee te delen: 1."): no figure
_LIST_OPENED = re.compile(r"(?<=[:;])\s*\(?\d{1,2}[.)]\s*$")


def _holds_figure(text: str) -> bool:
    """Whether ``text``, a sentence of an answer, holds a digit, the number of a list item it opens
    (``_LIST_OPENED``) left out. A text of ASCII alone, whose only digits are 0-9, is searched at
    once (speed49: the test character by character was some 1% of the map); any other read
    character by character (``str.isdigit`` holds "²" and other digits ``[0-9]`` does not)."""
    kept = _LIST_OPENED.sub("", text)
    if kept.isascii():
        return _ASCII_DIGIT.search(kept) is not None
    return any(c.isdigit() for c in kept)


_ASCII_DIGIT = re.compile(r"[0-9]")


def _names_per(lead: str, first: str, text: str) -> bool:
    """Whether ``text`` names the split "``lead`` ``first``" ("per vakbond"): in the same words, or with
    ``first`` a word of the few after ``lead`` in its clause ("Een opsplitsing per hierarchische trap is niet
    mogelijk" for "per trap"; "een overzicht ... per provincie of status" for "per status"), or written apart
    in two words or more after it ("per type van in verdenking stelling" for "per inverdenkingstelling");
    not a compound that ends in it ("per netwerktechnologie" names no split "per technologie")."""
    if re.search(rf"(?<!\w){re.escape(lead)}\s+{re.escape(first)}\b", text, re.IGNORECASE):
        return True
    for m in re.finditer(
        rf"(?<!\w){re.escape(lead)}((?:\s+[^\W\d_][\w'-]*){{1,{_PER_WORDS + 2}}})", text, re.IGNORECASE
    ):
        words = [w.lower().replace("-", "") for w in m.group(1).split()]
        if first in words[:_PER_WORDS]:
            return True
        if any(
            "".join(words[i:j]) == first.replace("-", "")
            for i in range(len(words))
            for j in range(i + 2, len(words) + 1)
        ):
            return True
    return False


def splits_refused(
    unit: Question,
    answers: Sequence[AnswerAnalysis],
    language: str,
    lexicon_dir: str | None = None,
    dimensions: Sequence[DimensionRequest] = (),
) -> list[tuple[int, Cue, Cue]]:
    """The splits the unit asks with "per" ("per vakbond", "per Gewest"; no rate or period of ``[coverage]
    split_not``) that a sentence of an answer names in the same words and
    negates (``zero_negations``, or a zero word before a data word: "geen cijfers"), with no figure in it
    ("De toelage per vakbond kan niet gespecifieerd worden.", "Het is dus niet mogelijk een overzicht per
    Gewest te geven."): the answer says it does not give that breakdown. Of ``dimensions`` asked (the
    lexicon's, by its nouns; no year, month or age), a negated sentence with no figure that names one of its
    nouns beside a data word (``[cues] data_words``) says so too, whatever words asked it ("opgesplitst naar
    land van herkomst" - "Deze informatie in tabelvorm presenteren voor alle nationaliteiten is niet
    mogelijk"). (index of the answer, the request in the unit's text, the answer's sentence)."""
    p = _patterns(language, lexicon_dir)
    lexicon = load_lexicon(language, lexicon_dir)
    rates = _split_rates(lexicon)
    out = []
    for m in p.split_by.finditer(unit.text):
        first, end = _split_first(m)
        lead = m.group()[: m.start(1) - m.start()].strip()
        if first in rates or first in p.stopwords or lead.lower() != "per":
            # a rate; "naar", "volgens", "by" name what is sought or who acts as often as a split ("onderzoeken
            # naar zwartwerk", "tests conducted by police": 26 false reads over 246 uk-commons answers)
            continue
        asked_ = Cue(m.start(), end, unit.text[m.start() : end], "dimension")
        for k, a in enumerate(answers):
            for x in a.sentences:
                if _holds_figure(x.text) or not _names_per(lead, first, x.text):
                    continue
                # "niet per gemeente beschikbaar", "geen cijfers per provincie"; not "geen weerspiegeling"
                nothing = any(set(z.group(1).lower().split()) & p.data_words for z in p.zero.finditer(x.text))
                if nothing or p.negation.search(x.text):
                    out.append((k, asked_, x))
    for r in dimensions:
        if r.name.startswith((OPEN, MEMBERS)):
            continue
        dim = lexicon.dimension(r.name)
        if dim.pattern or not dim.nouns:
            continue
        noun = re.compile(rf"(?<![\w-])(?:{_alternatives(dim.nouns)})(?![\w-])", re.IGNORECASE)
        for k, a in enumerate(answers):
            for x in a.sentences:
                if _holds_figure(x.text) or not noun.search(x.text):
                    continue
                if _names_data(x.text, p) and p.negation.search(x.text):
                    if all(x is not y for _, _, y in out):
                        out.append((k, r.cue, x))
    return out


def refuses_another_split(
    sentence: str,
    unit: Question,
    asked_: Asked,
    language: str,
    lexicon_dir: str | None = None,
) -> bool:
    """Whether ``sentence``, one that says a split cannot be given, names the split it refuses (after
    ``[coverage] split_by`` or ``refused_split_by``: "Het is niet mogelijk om een verdere uitsplitsing te geven
    in functie van het beroep van het slachtoffer") and every split it names is one the unit does not ask: none
    of the first words of its clause (``_REFUSED_WORDS``, past an article) one of the unit's words (their first
    five letters), a noun of a lexicon dimension asked or named, or a period noun where the unit asks years ("Er kan geen opsplitsing per jaar gegeven worden"
    for "in 2012, 2013, 2014, 2015 en 2016, per Gewest"). Such a sentence refuses another split than the unit's
    ("Kunt u dit aantal opsplitsen per Gewest?", dev-be27 186382 1, answered per Gewest in a table); a rate
    ("per persoon") is no split."""
    p = _patterns(language, lexicon_dir)
    lexicon = load_lexicon(language, lexicon_dir)
    leads = (*lexicon.phrases("coverage", "split_by"), *lexicon.phrases("coverage", "refused_split_by"))
    if not leads:
        return False
    rates = _split_rates(lexicon)
    own = _content(unit.text, p.stopwords)
    nouns: set[str] = set()
    for r in asked_.dimensions:
        if not r.name.startswith((OPEN, MEMBERS)):
            nouns |= {n.lower()[:5] for n in lexicon.dimension(r.name).nouns}
    # a dimension the unit names by a noun is asked in any of its nouns ("per regio" for "het Vlaams, Waals en
    # Brussels Hoofdstedelijk Gewest")
    for dim in lexicon.dimensions:
        if any(n.lower()[:5] in own for n in dim.nouns):
            nouns |= {n.lower()[:5] for n in dim.nouns}
    if asked_.per_year is not None or asked_.periods:
        nouns |= {n.lower()[:5] for n in lexicon.phrases("coverage", "period_nouns")}
    # each split named: the words of its clause after the lead (three letters or more, past an article), up to
    # ``_REFUSED_WORDS``
    splits = []
    for m in re.finditer(rf"(?:{_phrase(leads)})\s+([^.,;:?!()]*)", sentence, re.IGNORECASE):
        words = _LETTER_WORD.findall(m.group(1).lower())
        if words and words[0] in p.stopwords and len(words[0]) <= 3:
            words = words[1:]
        if words and words[0] not in rates and words[0] not in p.stopwords:
            splits.append(words[:_REFUSED_WORDS])
    # a split is the unit's where one of its words is (the levy and top-up asked, "by employers' levy
    # contributions and the 10% government top-up" refused)
    return bool(splits) and all(not any(w[:5] in own or w[:5] in nouns for w in words) for words in splits)


def question_year(date: str) -> int | None:
    """The year of an ISO date, or None."""
    m = re.match(rf"({_YEAR})-", date or "")
    return int(m.group(1)) if m else None


@lru_cache(maxsize=64)  # breakdown_missing and figures_missing read the same pair's coverage
def coverage(
    unit: Question,
    analysis: QuestionAnalysis,
    answers: tuple[AnswerAnalysis, ...],
    language: str,
    lexicon_dir: str | None = None,
    year: int | None = None,
    unheld: bool = False,
    stem: int = 5,
    asks_model: str = LEXICON_ONLY,
    asks_threshold: float = 0.5,
    asks_veto: float = 0.0,
    asks_split: float = 0.0,
    whole: tuple[AnswerAnalysis, ...] = (),
    figures_before: bool = False,
) -> Coverage:
    """What ``unit`` asks, what ``answers`` give, and the gaps of a breakdown: every
    dimension asked, every period asked year by year, every lettered part of a count.
    ``year``: the year the question was asked (for "sinds 2007", "the last three years");
    ``unheld``: the answer says the figures are not held. Its arguments are hashable (the
    analyses frozen, ``answers`` a tuple): a pair's coverage is computed once for both rules.
    ``stem``: ``Settings.stem_letters`` (``given``); ``asks_model``, ``asks_threshold``,
    ``asks_veto``, ``asks_split``: as ``asked`` reads them. A split the model reads (``Asked.splits``)
    asks a breakdown of figures even where the lexicon reads none asked. ``whole``: the serving segments
    read whole, as ``given`` reads them. ``figures_before``: the unit before asks figures; then a unit that
    asks none of its own asks the split its sentences with a split word name (``split_asked_alone``)."""
    a = asked(unit, analysis, language, lexicon_dir, asks_model, asks_threshold, asks_veto, asks_split)
    g = given(a, unit, analysis, answers, language, lexicon_dir, stem, whole)
    p = _patterns(language, lexicon_dir)
    # a table the answer names ("Tabel 1 (bijlage 1) bevat ...") or an annex may hold the figures
    none = gives_no_figure(g) and not any(a.annex_cues or a.cue("table_ref") for a in answers)
    # no figure of what is asked: the years, values and parts its other numbers name (a reference's
    # "Kamer, 2017-2018") give no breakdown of it (LABELS.md: the reason the figures are missing does
    # not make the breakdown less missing)
    read = (
        replace(g, figures=(), years=(), parts=(), dimensions=tuple((n, ()) for n, _ in g.dimensions))
        if none
        else g
    )
    gaps: list[Gap] = []
    alone = (
        ()
        if (a.asks_figures or a.splits or not figures_before)
        else split_asked_alone(a, analysis, language, lexicon_dir)
    )
    if alone:
        # a split of the figures an earlier unit asks, in a unit that asks none of its own ("Wordt daarbij een
        # onderverdeling gemaakt naar de aard van het voertuig?"): its dimensions (breakdown39)
        gaps += _dimension_gaps(replace(a, dimensions=alone), read, analysis, p.split, alone=True)
    if a.asks_figures or a.splits:
        gaps += _dimension_gaps(a, read, analysis, p.split)
        gaps += _split_gaps(a, read, unit, p, load_lexicon(language, lexicon_dir), none, analysis)
        # the next N years are asked one by one by their own words ("in each of the next four financial years")
        if a.per_year is not None or any(x.kind == "next" for x in a.periods):
            year_gap = a.per_year is not None and any(
                x.kind == "dimension" and x.start == a.per_year.start for x in gaps
            )
            # with no words that ask year by year, only the next N years are so asked: a period beside them ("since
            # 2015", a total) is not checked year by year (review43)
            by_year = (
                a
                if a.per_year is not None
                else replace(a, periods=tuple(x for x in a.periods if x.kind == "next"))
            )
            gaps += [
                x
                for x in _period_gaps(by_year, read, year, unheld)
                if not (year_gap and x.missing == "no year given")
            ]
            if not a.periods and year is not None and len(read.years) >= _SERIES:
                # year by year with no period named ("In hoeveel gevallen (per jaar) worden de daders
                # achterhaald?"): the years are the answer's series, and one of them, ended when the question
                # was asked, given in part ("voor de jaren 2014-2015 en de eerste drie trimesters van 2016",
                # asked in 2017) is not covered, as in a period asked
                gaps += [
                    Gap("period", str(y), _PART_OF_YEAR, a.per_year.start, a.per_year.end)
                    for y in _given_in_part(set(read.years), read, year)
                ]
    gaps += _part_gaps(a, read, answers, unheld or none, p.part_frame, analysis)
    return Coverage(a, g, tuple(sorted(gaps, key=lambda x: x.start)))


def _nothing_spent(answers: Sequence[AnswerAnalysis], p: _Patterns) -> tuple[Cue, ...]:
    """The answers' words that say no money was spent or set aside: a zero word before a word of
    money ("geen specifiek budget", "no additional funding") or of a price (``[coverage] free_nouns``: "There
    will be no charge for businesses" for "what the cost to business will be"), or a negated verb up to three words before
    one ("Er werd niet in een budget voorzien") in a sentence that names no data and says nothing is
    not held ("Het is niet mogelijk de kosten te berekenen" says the amount cannot be had)."""
    paid = p.money_nouns | p.free_nouns
    said = [
        Cue(s.start + m.start(), s.start + m.end(), m.group(), "zero")
        for a in answers
        for s in a.sentences
        for m in p.zero.finditer(s.text)
        if set(m.group(1).lower().split()) & paid
    ]
    said += _zeros_in_plain_sentences(
        answers, p, p.negation_near, lambda m: bool(_first_named(m.group(1), p.stopwords, p.money_nouns, 0))
    )
    return tuple(said)


def _zeros_in_plain_sentences(
    answers: Sequence[AnswerAnalysis],
    p: _Patterns,
    pattern: re.Pattern[str],
    keep: Callable[[re.Match[str]], bool] = lambda m: True,
) -> list[Cue]:
    """The matches of ``pattern`` that ``keep`` takes, as zero cues, in the answers' sentences that name no data
    and hold no claim that something is not held."""
    said = []
    for a in answers:
        unheld = cue_starts(a.cue("no_information"))
        for s in a.sentences:
            if _names_data(s.text, p) or starts_in(s, unheld):
                continue
            said += [
                Cue(s.start + m.start(), s.start + m.end(), m.group(), "zero")
                for m in pattern.finditer(s.text)
                if keep(m)
            ]
    return said


def _none_spent(answers: Sequence[AnswerAnalysis], p: _Patterns) -> tuple[Cue, ...]:
    """The answers' words that say no money at all was spent, a negation earlier in the clause and "any"
    before a word of money (``[coverage] zero_any``: "We are not aware of the FCDO itself having spent any
    money on private security companies in BIOT in the last five years", dev-uk36 1725475 1), in a sentence
    that names no data and says nothing is not held: an amount of zero, and so of every year or part of it,
    whether or not the count asked reads as an amount ("how much his Department has spent")."""
    if p.negated_any is None:
        return ()
    return tuple(_zeros_in_plain_sentences(answers, p, p.negated_any))


def nothing_spent(
    answers: Sequence[AnswerAnalysis], language: str, lexicon_dir: str | None = None
) -> tuple[Cue, ...]:
    """``_nothing_spent`` with the lexicon of ``language``."""
    return _nothing_spent(answers, _patterns(language, lexicon_dir))


def asked_amount(unit: Question, language: str, lexicon_dir: str | None = None) -> bool:
    """Whether the unit's words ask an amount of money (``[coverage] amount_cues``: "welk bedrag", "how much")."""
    return _patterns(language, lexicon_dir).amount.search(unit.text) is not None


def splits_earlier(text: str, language: str, lexicon_dir: str | None = None) -> bool:
    """Whether ``text`` asks to split what a word of ``[coverage] back_pointers`` names ("Kan u dit
    opsplitsen per jaar en per Gewest?", "Could you break these figures down by region?"): a split
    word or "per X" with a back pointer at most ``_BACK_GAP`` words from it (a demonstrative elsewhere
    in the sentence points at something else)."""
    p = _patterns(language, lexicon_dir)
    splits = [*p.split.finditer(text), *p.split_by.finditer(text)]
    return any(
        len(re.findall(r"\w+", text[min(a.end(), b.end()) : max(a.start(), b.start())])) <= _BACK_GAP
        for a in p.back.finditer(text)
        for b in splits
    )


def names_year(text: str) -> bool:
    """Whether ``text`` names a year (1900-2099) standing alone ("In 2016 zijn ...", "by 2030")."""
    return re.search(rf"(?<!\d){_YEAR}(?!\d)", text) is not None


def count_claim_of(
    gap: Gap,
    analysis: QuestionAnalysis,
    answers: Sequence[AnswerAnalysis],
    language: str,
    lexicon_dir: str | None = None,
) -> Cue | None:
    """The sentence of the answer saying figures are not held (``_claims_unheld``; no figure, no year) that names
    what the question sentence asking ``gap`` counts, in two words of that sentence that no other sentence of the
    unit asking figures holds: "Wat betreft de gemiddelde kostprijs voor de patient bestaan hier geen cijfers over."
    for "Hoeveel kost een brace gemiddeld aan een patient (kniebrace, halsbrace en polsbrace)?" beside "hoeveel de
    gefabriceerde braces gekost hebben in 2014, 2015 en 2016 aan de ziekteverzekering (opgesplitst voor de
    kniebraces, halsbraces en polsbraces)" (dev-be52 185459 2): the split of that count is said not held, whatever a
    table's placeholder or an annex beside it holds of the other count (breakdown35). Only for a unit that asks
    figures in two sentences or more: a claim beside the one count of a unit may speak of what the table leaves
    out or of the whole (``rules.core._count_unknown_before_placeholder`` reads those). A
    dimension or split only: a lettered part of another measure said not held ("b) Welke kostprijs ...?") is a figure
    missing, which figures_missing weighs (be-kamer 185042 2, read while choosing)."""
    if gap.kind != "dimension":
        return None
    sentences = analysis.sentences
    asks = [*analysis.count_cues, *analysis.figure_cues]
    asking = [k for k, x in enumerate(sentences) if any(x.start <= c.start < x.end for c in asks)]
    at = next((k for k, x in enumerate(sentences) if x.start <= gap.start < x.end), None)
    if at is None or len(asking) < 2:
        return None
    # the sentence that asks the count the gap splits: its own, or the one before it ("Hoeveel ...? Graag per jaar.")
    own_k = at if at in asking else (at - 1 if at - 1 in asking else None)
    if own_k is None:
        return None
    p = _patterns(language, lexicon_dir)
    others = set().union(*(_content(sentences[k].text, p.stopwords) for k in asking if k != own_k))
    own = _content(sentences[own_k].text, p.stopwords) - others
    if len(own) < 2:
        return None
    for a in answers:
        for x in a.sentences:
            if (
                len(x.text.split()) >= _CLAIM_WORDS
                and any(x.start <= c.start < x.end for c in a.cue("no_information"))
                and not any(x.start <= f.start < x.end for f in a.figures)
                and not names_year(x.text)
                and len(_content(x.text, p.stopwords) & own) >= 2
            ):
                return x
    return None


def parts_named_by_zeros(asked_: Asked, given_: Given, answers: Sequence[AnswerAnalysis]) -> set[str]:
    """The labels of the unit's lettered parts that a sentence opening with a zero the answer gives (``Given.zeros``:
    a zero word before what the count counts, nil29) names by a word of their own (``Part.words``), with no figure of
    the count in it (a period's "ten" is none): "No Bangladeshi International Officer Cadets who have been trained at
    the Royal Military Academy Sandhurst in the last ten years were members of the Bangladeshi Police or Rapid Action
    Battalion" for "how many members of the Bangladeshi (a) police and (b) rapid action battalion have been trained at
    Sandhurst" (dev-uk60 1735208): a none of each part named, whatever the answer says of other matters beside it
    (breakdown35)."""
    if not asked_.parts or not given_.zeros:
        return set()
    out: set[str] = set()
    for a in answers:
        for x in a.sentences:
            # the sentence opens with its zero: its subject is none of what is counted ("No funding has been allocated
            # to ..."; not "adults who are autistic, with no learning disability", uk-commons 1816118)
            if not any(
                z.start - x.start <= len(x.text) - len(x.text.lstrip())
                and x.text[z.start - x.start : z.end - x.start] == z.text
                for z in given_.zeros
            ):
                continue
            if any(x.start <= f.start < x.end for f in a.figures if f in given_.figures):
                continue
            stems = {_stem(w) for w in re.findall(r"\w+", x.text.lower())}
            out |= {part.label for part in asked_.parts if part.words and any(w in stems for w in part.words)}
    return out


_COUNT_UNHELD = "its count said not held"


def said_of_its_count(gap: Gap) -> Gap:
    """``gap`` as a split whose count the answer says is not held (``count_claim_of``)."""
    return replace(gap, missing=_COUNT_UNHELD)


def count_said_unheld(gap: Gap) -> bool:
    """Whether ``gap`` is a split whose count the answer says is not held (``said_of_its_count``)."""
    return gap.missing == _COUNT_UNHELD


def said_unheld(gap: Gap) -> bool:
    """Whether ``gap`` is years asked that a sentence of the answer says are not held (``Given.unheld_years``)."""
    return gap.kind == "period" and gap.missing == _SAID_UNHELD


def dimension_said_unheld(gap: Gap) -> bool:
    """Whether ``gap`` is a dimension asked that a sentence of the answer says is not held, by the dimension's noun
    ("De provincies houden hierover geen gegevens bij" for "Graag een overzicht per provincie",
    ``Given.unheld_dimensions``)."""
    return gap.kind == "dimension" and gap.missing == _SAID_UNHELD


def before_start(gap: Gap, g: Given) -> bool:
    """Whether ``gap`` is the years asked before the first one the answer says its figures cover
    (``Given.starts``)."""
    return gap.kind == "period" and g.starts is not None and gap.missing == f"answer starts at {g.starts}"


def after_end(gap: Gap, g: Given) -> bool:
    """Whether ``gap`` is the years asked after the last one the answer says its figures cover (``Given.ends``)."""
    return gap.kind == "period" and g.ends is not None and gap.missing == _SAID_UNTIL.format(g.ends)


def outside_named(
    gap: Gap, answers: Sequence[AnswerAnalysis], language: str = "nl", lexicon_dir: str | None = None
) -> bool:
    """Whether ``gap`` is years asked before or after those named by a sentence that introduces a
    table's placeholder, running into its code ("voor het eerste semester van 2016.2016201715158-3-2038-bil-3"
    for "in 2015 en 2016"), and that such a sentence does not name either: a table that stood beside
    such words holds the years they name, not the others. A year named elsewhere in the answer, as
    background ("in 2014 ..."), does not count (review11: 29 false flags on be-kamer-2017). Such a sentence
    that names a year after a word of ``[coverage] since`` names every year from it on ("Aantal
    koperdiefstallen in het Brussels Hoofdstedelijk Gewest sinds 2012:<code>", corpus/gold dev 187769 1)."""
    if gap.kind != "period" or not gap.missing.startswith(("answer starts at", "answer ends at")):
        return False
    first, _, last = gap.asked.partition("–")
    # the sentence before, where it ends in a colon or semicolon, introduces it too ("Sinds 2010 evolueerde het
    # aantal personen ... als volgt:(telkens op 31 december;" + "2017 op 16 februari)<code>", be-kamer 184646)
    intros = [
        (_lead_in(a.sentences, k) or _announcing(a, k)) + x.text[: m.start()]
        for a in answers
        for k, x in enumerate(a.sentences)
        for m in PLACEHOLDER.finditer(x.text)
        if m.start() > 0 and not x.text[m.start() - 1].isspace()
    ]
    if not intros:
        return False
    text = mask_dates(_blank_placeholders("\n".join(intros)))
    named = _years(text)
    gap_years = set(range(int(first), int(last or first) + 1))
    since = [int(m.group(1)) for m in _patterns(language, lexicon_dir).since.finditer(text)]
    if since and max(gap_years) >= min(since):
        return False
    return bool(named) and not named & gap_years


def outside_annex_named(
    gap: Gap, answers: Sequence[AnswerAnalysis], language: str = "nl", lexicon_dir: str | None = None
) -> bool:
    """Whether ``gap`` is years asked before or after those that a sentence of the answer pointing to its annex
    names, and that no such sentence names: the annex holds the years its sentence says ("Als bijlage vindt u
    een tabel met cijfergegevens omtrent het aantal Limosa-aangiftes in de bouwsector voor de periode 2013 tot
    2016" for "voor de periode 2011 tot 2016, opgesplitst per jaar", dev-be53 191026), as ``outside_named`` reads
    the words that introduce a table's placeholder (breakdown33), where it names the year at which the answer's
    years start or end. A year after a word of ``[coverage] since`` names every year from it on, one after a word
    of ``[coverage] up_to_words`` every year up to it."""
    if gap.kind != "period" or not gap.missing.startswith(("answer starts at", "answer ends at")):
        return False
    intros = [
        x.text
        for a in answers
        for annex in (cue_starts(a.annex_cues),)
        for x in a.sentences
        if starts_in(x, annex)
    ]
    if not intros:
        return False
    text = mask_dates(_blank_placeholders("\n".join(intros)))
    named = _years(text)
    first, _, last = gap.asked.partition("–")
    gap_years = set(range(int(first), int(last or first) + 1))
    p = _patterns(language, lexicon_dir)
    since = [int(m.group(1)) for m in p.since.finditer(text)]
    if since and max(gap_years) >= min(since):
        return False
    # a year after a word of ``[coverage] up_to_words`` that ends no range names every year up to it ("The
    # information requested up to 2023/24 is in the attached table", uk-commons 1697083; not "voor de periode 2013
    # tot 2016", whose "tot" follows a year)
    if p.up_to is not None:
        lasts = [
            int(m.group(1)) for m in p.up_to.finditer(text) if not re.search(r"\d\W*$", text[: m.start()])
        ]
        if lasts and min(gap_years) <= max(lasts):
            return False
    # the sentence names the year where the answer's years start or end, next to the gap: it speaks of the
    # period asked ("Annex A of 'Electricity Generation Costs Report 2023'" beside a table of 2018-2022 names none,
    # uk-commons 1689459)
    edge = re.search(rf"({_YEAR})$", gap.missing)
    if edge is None or int(edge.group(1)) not in named:
        return False
    return not named & gap_years


def placeholder_split_other(
    gap: Gap,
    unit: Question,
    asked_: Asked,
    answers: Sequence[AnswerAnalysis],
    language: str = "nl",
    lexicon_dir: str | None = None,
) -> bool:
    """Whether ``gap`` is a dimension asked that the words introducing a table's placeholder leave out where
    they name the split the table holds: a word of ``[coverage] split_words`` followed by "per X", "volgens X"
    (``split_by``) before the placeholder's code, in its sentence or a sentence before it that ends in a colon,
    and no word of any X's clause (up to ``_REFUSED_WORDS``, as ``refuses_another_split`` reads a split named)
    one of the unit's words or a noun of the dimension asked ("De opsplitsing per jaar en per taalrol ziet eruit
    als volgt: <code>" for "Hoeveel personen, opgesplitst per Gewest, namen er aan het examen deel",
    dev-be35 185363 2; not "opsplitsing per overlevende echtgenoten/ erfgenamen in directe lijn" for "per
    categorie (langstlevende echtgenoot, andere erfgenamen, enz.)"): a table that stood beside such words
    holds the split they name, not the one asked, as ``outside_named`` reads the years of such words. A rate
    ("per persoon", "per jaar") names no split; a split into members named is left alone."""
    if gap.kind != "dimension":
        return False
    request = next((r for r in asked_.dimensions if r.cue.start == gap.start), None)
    if request is None or request.name.startswith(MEMBERS):
        return False
    p = _patterns(language, lexicon_dir)
    lexicon = load_lexicon(language, lexicon_dir)
    own = _content(unit.text, p.stopwords)
    if request.name.startswith(OPEN):
        own |= {w[:5] for w in _LETTER_WORD.findall(request.name[len(OPEN) :].lower())}
    else:
        own |= {n.lower()[:5] for n in lexicon.dimension(request.name).nouns}
    rates = _split_rates(lexicon)
    named: list[list[str]] = []
    for a in answers:
        for k, x in enumerate(a.sentences):
            code = PLACEHOLDER.search(x.text)
            if code is None:
                continue
            intro = _blank_placeholders(_lead_in(a.sentences, k) + x.text[: code.start()])
            split = p.split.search(intro)
            if split is None:
                continue
            for m in p.split_by.finditer(intro, split.start()):
                first, _ = _split_first(m)
                if first in rates or first in p.stopwords:
                    continue
                clause = re.split(r"[.,;:?!()]", intro[m.start(1) :], maxsplit=1)[0]
                named.append(
                    [w for w in _LETTER_WORD.findall(clause.lower()) if w not in p.stopwords][:_REFUSED_WORDS]
                )
    return bool(named) and not any(w[:5] in own for words in named for w in words)


def _announcing(answer: AnswerAnalysis, k: int) -> str:
    """The sentence before the ``k``-th where it names a table (a cue of ``[cues] table_ref``) and the ``k``-th
    names no year before its placeholder (a caption such as "Tabel 1:"; "Hierna vindt u een tabel die een overzicht
    geeft per bedrijfstak van de evolutie (2011 tot 2015) ..." before "Tabel 1:<code>", dev-be64 185762): the
    sentence that announces the table, which ``outside_named`` reads as its intro; else "". A sentence that names
    no table says nothing of the years the table holds (figures for 2011 to 2015 before a placeholder that may hold
    2016), and a caption that names years says them itself (lows58: each guard held by ``tests/test_lows58.py``)."""
    if k == 0:
        return ""
    code = PLACEHOLDER.search(answer.sentences[k].text)
    if code is None or _years(answer.sentences[k].text[: code.start()]):
        return ""
    before = answer.sentences[k - 1]
    if not any(before.start <= c.start < before.end for c in answer.cue("table_ref")):
        return ""
    return before.text + "\n"


def _lead_in(sentences: Sequence[Cue], k: int) -> str:
    """The sentences before the ``k``-th that end in a colon or a semicolon, and so run on into it."""
    j = k
    while j > 0 and sentences[j - 1].text.rstrip().endswith((":", ";")):
        j -= 1
    return "".join(x.text + "\n" for x in sentences[j:k])


def gives_no_figure(g: Given) -> bool:
    """Whether the answer gives no figure of what the unit asks: no table, no zero, no amount of
    money, and no figure but those of sentences that point elsewhere (``Given.cited``)."""
    return not (g.tables or g.zeros or g.money or (g.figures and not g.cited))


# a year inside a date ("van 4 december 2012", "mei 2016", "23/06/2016") names a day or a month, no year asked
_DATED_YEAR = re.compile(
    rf"(?:\b(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\s+|\b\d{{1,2}}[/.-]\d{{1,2}}[/.-])({_YEAR})(?!\d)",
    re.IGNORECASE,
)


def _numbered(text: str, year: re.Match) -> bool:
    """Whether the year ``year`` heads the number of a document ("richtlijn 2002/24", "verordening
    2016/679"): a slash and digits after it that are no financial year's second half ("2021/22")."""
    after = re.match(r"/(\d+)", text[year.end() :])
    return after is not None and not (
        len(after.group(1)) == 2 and int(after.group(1)) == (int(year.group()) + 1) % 100
    )


def years_named(text: str, language: str, lexicon_dir: str | None = None) -> frozenset[int]:
    """The years ``text`` names standing alone: not inside a date ("de wet van 4 december 2012", "de
    sociale onrust van mei 2016") nor in the session of a document cited ("Vragen en Antwoorden, Kamer,
    2016-2017, nr. 110", ``[coverage] session_words``) nor the number of a document ("richtlijn 2002/24");
    the years between of a range it names ("van 2012
    tot en met 2016", "2012-2015") and those from a "since" year on ("sinds 2013", up to ``_MAX_SPAN``
    years) included."""
    if not names_year(text):
        return frozenset()
    p = _patterns(language, lexicon_dir)
    dated = {m.start(1) for m in _DATED_YEAR.finditer(text)}
    cited: list[tuple[int, int]] = []
    for m in re.finditer(rf"(?<!\d)({_YEAR})\s*[/–-]\s*({_YEAR})(?!\d)", text):
        if p.session.search(text, max(0, m.start() - _SESSION_BEFORE), m.start()):
            cited.append((m.start(), m.end()))
    years = {
        int(m.group())
        for m in _YEAR_IN.finditer(text)
        if m.start() not in dated and not any(a <= m.start() < b for a, b in cited) and not _numbered(text, m)
    }
    for period in _periods(text, p):
        if _DATED_YEAR.search(period.text):  # "sinds 29 september 2015": a day, not a period
            continue
        if period.kind == "range":
            years.update(range(period.first, period.last + 1))
        elif period.kind == "since":
            years.update(range(period.first, period.first + _MAX_SPAN + 1))
    return frozenset(years)
