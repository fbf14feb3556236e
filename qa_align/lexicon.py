"""Lexicons: cue phrases and dimension lists per language, read from TOML data files.

The built-in files are ``qa_align/lexicons/nl.toml`` and ``en.toml``; a user passes a
folder of their own (``Settings.lexicon_dir``) holding ``nl.toml`` / ``en.toml`` to replace
them. Every list a rule uses is here, none in code.
"""

from __future__ import annotations

import difflib
import logging
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from .errors import ConfigError

T = TypeVar("T")

log = logging.getLogger(__name__)

LANGUAGES = ("nl", "en")


@dataclass(frozen=True)
class Dimension:
    """A dimension a breakdown may ask for: ``per provincie``, ``by region``."""

    name: str
    nouns: tuple[str, ...]
    values: tuple[str, ...] = ()
    pattern: str = ""  # "year", "month" or "age": recognised by pattern instead of values
    # adjectives that name it before a word asking a split ("een regionale opdeling", "a regional breakdown")
    adjectives: tuple[str, ...] = ()


@dataclass(frozen=True)
class Ask:
    name: str
    question: tuple[str, ...]  # phrases that ask for it
    answer: tuple[str, ...]  # words of an answer that speaks of it

    @cached_property
    def asked(self) -> re.Pattern[str]:
        """Any of the ``question`` phrases as a whole-word pattern on lower-cased text: one
        search tells whether a question asks for it at all."""
        return re.compile(r"\b(?:" + "|".join(re.escape(p.lower()) for p in self.question) + r")\b")


# The lexicon's schema, as data: each table, its lists, and whether a list is required (True) or
# optional (False; an absent optional list is empty). A new list is one line here plus its
# entries in the TOML files; a key that is declared nowhere is an error naming the known ones.
LISTS: dict[str, dict[str, bool]] = {
    "question": {
        "count_cues": True, "figure_request_cues": True, "breakdown_markers": True,
        "breakdown_fillers": True, "count_objects": False, "count_lead": False, "closed_clauses": False,
        "open_leads": False, "clause_openers": False, "request_verbs": False, "status_asks": False,
        "awareness_asks": False, "existence_markers": False, "existence_modifiers": False, "existence_stops": False,
        "existence_not_leads": False, "step_not_leads": False, "step_state_leads": False,
        "noun_determiners": False,
        "status_not": False, "count_effects": False, "count_effect_leads": False, "count_purposes": False,
        "count_purpose_ends": False, "count_open_after": False, "count_purpose_verbs": False, "asks_ahead": False, "asks_steps": False, "asks_publication": False, "addressee": False,
        "reference_frames": False, "object_leads": False, "request_addressees": False, "verb_first_subjects": False, "verb_first_modals": False, "not_verbs": False, "alternatives": False,
        "alternatives_not": False, "choice_markers": False, "choice_leads": False, "whether_particles": False, "whether_verbs": False, "request_nouns": False,
        "clause_subjects": False, "wishes": False,
        "request_passives": False, "request_passive_openers": False, "clause_requests": False, "clause_leads_not": False,
    },
    "answer": {
        "annex_cues": True, "number_words": True, "reference_words": True, "numbered_texts": False,
        "numbered_records": False,
        "number_names": False, "number_tails": False,
        "figure_units": False,
        "ordinal_suffixes": False, "plain_replies": False, "negations": False, "affirmations": False,
        "undecided": False, "quarter_words": False, "total_labels": False, "status_replies": False,
        "declines": False, "weak_polarity": False, "knowing_replies": False, "data_asked": False, "restate_auxiliaries": False, "question_auxiliaries": False, "plain_statement_modals": False, "step_auxiliaries": False, "opening_affirmations": False, "participle_not": False,
        "participle_prefixes": False, "participle_particles": False, "one_articles": False, "one_not": False, "one_leads": False,
        "not_taken": False, "publish_verbs": False, "published_replies": False, "available_replies": False, "available_withheld": False,
        "denied_asks": False, "denied_deeds": False, "denied_modifiers": False, "denied_leads": False,
        "denied_auxiliaries": False, "denied_negations": False, "denied_existentials": False, "denied_nones": False,
        "denied_openings": False, "denied_passives": False, "assessment_leads": False, "assessment_asks": False, "assessing_words": False,
        "specific_asks": False, "specific_ask_leads": False, "specific_ask_modifiers": False, "sum_signs": False, "sum_units": False, "measure_heads": False,
        "discussion_leads": False, "discussion_asks": False, "stock_discussions": False, "meetings_held": False,
        "record_nouns": False, "record_negations": False,
        "withholding": False,
    },
    "text": {"abbreviations": False, "small_abbreviations": False, "hyphen_coordinations": False, "hyphen_prefixes": False, "negating_prefixes": False, "sentence_openers": False, "name_particles": False, "source_words": False},
    "coverage": {
        "since": False, "range_openers": False, "range_joiners": False, "last": False, "next_each": False, "period_nouns": False,
        "each_year": False, "overview_words": False, "series_words": False, "trend_words": False, "small_numbers": False, "amount_cues": False, "amount_verbs": False, "money_marks": False,
        "stopwords": False, "zero_words": False, "zero_negations": False, "zero_modals": False, "zero_stages": False, "count_holders": False, "age_bounds": False,
        "followup_starts": False, "given_to_member": False, "nil_data_words": False,
        "keeping_words": False,
        "promise_words": False,  # no longer read: a future form is [cues] future (a warning says so)
        "figure_requests": False,
        "zero_figures": False, "money_nouns": False, "split_words": False, "spread_words": False, "split_by": False, "split_not": False, "split_criteria": False, "agent_markers": False, "agent_nouns": False, "moot": False,
        "estimate_words": False, "estimate_between": False, "estimate_cannot": False, "split_between": False, "member_joiners": False, "members_named": False, "example_words": False, "choice_joiners": False, "measure_members": False,
        "total_words": False, "date_leads": False, "partitives": False, "part_frames": False,
        "request_openers": False,
        "share_words": False, "share_asks": False, "share_whole": False, "frequency_asks": False, "frequency_words": False, "average_words": False, "rate_leads": False, "rate_not_things": False, "item_counts": False, "quantity_nouns": False,
        "period_of": False, "session_words": False, "only_words": False, "available_from": False, "available_until": False, "available_since": False, "up_to_words": False, "available_words": False, "part_of_year": False, "later_available": False,
        "back_pointers": False, "split_asked_about": False, "split_by_past_article": False, "manner_words": False, "each_words": False, "each_leads": False, "together_words": False, "each_part_words": False,
        "part_questions": False, "annex_requests": False, "held_on_leads": False, "held_on": False, "held_quantities": False, "same_as": False, "same_as_nouns": False, "again_words": False, "free_nouns": False, "zero_any": False,
        "refused_split_by": False, "title_leads": False, "title_ends": False, "count_year_leads": False, "money_ask_leads": False, "money_ask_nouns": False, "money_ask_between": False, "money_ask_modifier_ends": False, "money_ask_purpose_ends": False, "money_ask_not_after": False, "count_heads": False,
        "period_words": False,
        "measure_nouns": False, "measure_modifiers": False,
        "and_words": False, "joiners": False, "articles": False, "list_glue": False, "value_inflections": False,
        "year_of": False, "amount_of": False, "measure_of": False, "per_words": False, "percent_words": False, "group_words": False,
    },
    "numbering": {
        "heads": False, "joiners": False, "ranges": False, "intro_refs": False, "ordinals": False, "last": False,
        "others": False, "back_openers": False,
    },
    "commitment": {
        "adverbs": False, "with_next": False, "light_verbs": False, "determiners": False,
        "phrase_ends": False, "clause_starts": False, "set_in": False, "relatives": False,
    },  # fmt: skip
    "cues": {
        "cross_reference": True, "deflection": True, "no_information": True, "holding": True,
        "generic": True, "polarity": True, "closed_question_starts": True, "question_words": True,
        "no_breakdown": False, "scope": False, "annex_note": False, "table_ref": False,
        "cross_reference_opening": False, "no_answer": False, "conditional_followups": False,
        "commitments": False, "delivered": False, "policy_talk": False, "points_here": False,
        "pointer_texts": False, "data_words": False, "pointer_directs": False,
    },
}  # fmt: skip
# lists that stood in another table (the table a copy of an older lexicon names, the list) -> the table that
# holds them now: an unknown key says where it went (lows58: read on the question, these stood in [answer])
MOVED = {("[answer]", "reference_frames"): "question", ("[answer]", "object_leads"): "question"}
# tables whose lists are open: a list not declared above is taken as it is ([cues]: a cue kind
# of its own, matched in answers, for a rule of the user's own)
OPEN_TABLES = frozenset({"cues"})
# cue kinds the matcher takes from other tables ([answer] annex_cues, number_words): no [cues]
# list may bear their names
RESERVED_CUES = {"annex": "[answer] annex_cues", "number_word": "[answer] number_words"}
# tables of named entries ([dimensions.NAME], [asks.NAME]) and the keys of an entry
ENTRIES: dict[str, dict[str, bool]] = {
    "dimensions": {"nouns": True, "values": False, "pattern": False, "adjectives": False},
    "asks": {"question": True, "answer": True},
}
VALUES: dict[str, bool] = {"language": True}  # top-level values
# tables of true/false settings ([yes_no], [words]): see lexicons/README.md
SWITCHES: dict[str, tuple[str, ...]] = {"yes_no": ("figures_answer_closed",), "words": ("compounding",)}
PATTERNS = ("", "year", "month", "age")  # a dimension's members recognised by pattern
# [cues] lists matched elsewhere than in the whole answer: "opening", the answer's first two
# sentences (yes and no words are common); "question", the question side; "on_demand", the whole
# answer, but only when a rule asks for the list (``holding_reading``'s promise, condition and past
# tense, and the holding rule's past tense, read beside a learned deferral only). Every other list of
# [cues], a user's own included, is a cue kind matched in answers.
CUE_SCOPES: dict[str, str] = {
    "polarity": "opening",
    "promise_verbs": "on_demand",
    "conditionals": "on_demand",
    "past_tense": "on_demand",
    "refers_back": "on_demand",  # read at a sentence's opening by ``rules.answers._refers_back`` alone
    "asked_data_back": "on_demand",  # read in a deferral's sentence by ``rules.answers._names_asked_data`` alone
    "next_steps": "on_demand",  # read beside a deferral by ``rules.answers._step_given`` alone
    "step_details": "on_demand",  # read beside a next step by ``rules.answers._step_given`` alone
    "publications": "on_demand",  # read beside a deferral by ``rules.answers._publication_timed`` alone
    "near_times": "on_demand",  # read beside a deferral by ``rules.answers._publication_timed`` alone
    "soonest_times": "on_demand",  # read beside near_times by ``rules.answers._near_times`` alone
    "publication_waits": "on_demand",  # read before a publication by ``rules.answers._announces`` alone
    # read by ``rules.responsibility`` alone, in the sentences that hold them (deflection59)
    "responsibility_after": "on_demand",
    "responsibility_before": "on_demand",
    "responsibility_own": "on_demand",
    "responsibility_frame": "on_demand",
    "responsibility_asks": "on_demand",
    "closed_question_starts": "question",
    "question_words": "question",
    "conditional_followups": "question",
    "commitments": "question",
    "asks_when": "question",
    "asks_when_joiners": "question",
}
CUE_LISTS = tuple(name for name, required in LISTS["cues"].items() if required)  # required [cues] lists


@dataclass(frozen=True)
class Numbering:
    """The words of numbered heads (``[numbering]``): see lexicons/README.md."""

    heads: tuple[str, ...] = ()  # regular expressions before the numbers: "antwoord op vraag"
    joiners: tuple[str, ...] = ()  # "1 en 2"
    ranges: tuple[str, ...] = ()  # "1 tot 3"
    intro_refs: tuple[str, ...] = ()  # regular expressions: "de vragen 1, 2 en 3" in an opening
    ordinals: tuple[str, ...] = ()  # the n-th names question n: "uw derde vraag"
    last: tuple[str, ...] = ()  # names the last question: "uw laatste vraag"
    others: tuple[str, ...] = ()  # the questions not answered yet: "de andere vragen"


@dataclass(frozen=True)
class Commitment:
    """How the verb after a commitment is read (``[commitment]``): see lexicons/README.md."""

    adverbs: tuple[str, ...] = ()  # may stand between commitment and verb: "will *now* publish"
    with_next: tuple[str, ...] = ()  # verbs that count with the next word: "be published"
    light_verbs: tuple[str, ...] = ()  # verbs that count with their object: "make an assessment"
    determiners: tuple[str, ...] = ()  # left out between a light verb and its object
    phrase_ends: tuple[
        str, ...
    ] = ()  # end a thing's noun phrase, its head before them: "the review *of* ..."
    clause_starts: tuple[
        str, ...
    ] = ()  # start the clause a passive's thing opens: "advises *that* their report"
    set_in: tuple[str, ...] = ()  # open a piece set in between commas: ", *including* in relation to ..., "
    relatives: tuple[
        str, ...
    ] = ()  # a passive's thing before them: "further guidance *which* will be published"


@dataclass(frozen=True)
class Lexicon:
    """A language's lists, by table and name (``phrases``), with its dimensions and asks."""

    language: str
    lists: Mapping[str, Mapping[str, tuple[str, ...]]]  # table -> list -> phrases, as in the file
    dimensions: tuple[Dimension, ...] = ()
    asks: tuple[Ask, ...] = ()  # optional [asks.NAME] tables: see lexicons/README.md
    switches: Mapping[str, bool] = field(default_factory=dict)  # [yes_no] and [words] settings, by name

    def phrases(self, table: str, name: str) -> tuple[str, ...]:
        """The list ``name`` of ``table``; a declared list the file leaves out is empty.
        ``KeyError`` for a list neither declared (``LISTS``) nor in the file."""
        found = self.lists.get(table, {})
        if name in found:
            return found[name]
        if name in LISTS.get(table, {}):
            return ()
        raise KeyError(name)

    def cue_list(self, name: str, optional: bool = False) -> tuple[str, ...]:
        """The ``[cues]`` list ``name``; an absent optional list is empty."""
        found = self.lists.get("cues", {})
        if name in found:
            return found[name]
        if optional:
            return ()
        raise KeyError(name)

    def cue_kinds(self, scope: str = "answer") -> tuple[str, ...]:
        """The ``[cues]`` lists matched in ``scope`` (``answer``, ``opening``, ``question``;
        see ``CUE_SCOPES``): the declared ones and every other list of the file."""
        names = dict.fromkeys([*LISTS["cues"], *self.lists.get("cues", {})])
        return tuple(n for n in names if CUE_SCOPES.get(n, "answer") == scope)

    @property
    def cues(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        return tuple(self.lists.get("cues", {}).items())

    def dimension(self, name: str) -> Dimension:
        for d in self.dimensions:
            if d.name == name:
                return d
        raise KeyError(name)

    # the lists the rules read by name
    count_cues = property(lambda self: self.phrases("question", "count_cues"))
    figure_request_cues = property(lambda self: self.phrases("question", "figure_request_cues"))
    breakdown_markers = property(lambda self: self.phrases("question", "breakdown_markers"))
    breakdown_fillers = property(lambda self: self.phrases("question", "breakdown_fillers"))
    count_objects = property(lambda self: self.phrases("question", "count_objects"))
    annex_cues = property(lambda self: self.phrases("answer", "annex_cues"))
    number_words = property(lambda self: self.phrases("answer", "number_words"))
    reference_words = property(lambda self: self.phrases("answer", "reference_words"))
    count_lead = property(lambda self: self.phrases("question", "count_lead"))
    closed_clauses = property(lambda self: self.phrases("question", "closed_clauses"))
    open_leads = property(lambda self: self.phrases("question", "open_leads"))
    figure_units = property(lambda self: self.phrases("answer", "figure_units"))
    ordinal_suffixes = property(lambda self: self.phrases("answer", "ordinal_suffixes"))
    plain_replies = property(lambda self: self.phrases("answer", "plain_replies"))
    negations = property(lambda self: self.phrases("answer", "negations"))
    affirmations = property(lambda self: self.phrases("answer", "affirmations"))
    undecided = property(lambda self: self.phrases("answer", "undecided"))
    quarter_words = property(lambda self: self.phrases("answer", "quarter_words"))
    total_labels = property(lambda self: self.phrases("answer", "total_labels"))
    abbreviations = property(lambda self: self.phrases("text", "abbreviations"))
    small_abbreviations = property(lambda self: self.phrases("text", "small_abbreviations"))
    sentence_openers = property(lambda self: self.phrases("text", "sentence_openers"))
    name_particles = property(lambda self: self.phrases("text", "name_particles"))
    figures_answer_closed = property(lambda self: self.switches.get("figures_answer_closed", False))
    compounding = property(lambda self: self.switches.get("compounding", False))

    @cached_property
    def numbering(self) -> Numbering:
        return Numbering(*(self.phrases("numbering", k) for k in Numbering.__dataclass_fields__))

    @cached_property
    def commitment(self) -> Commitment:
        return Commitment(*(self.phrases("commitment", k) for k in Commitment.__dataclass_fields__))

    @cached_property
    def _made(self) -> dict[Callable[[Lexicon], Any], Any]:
        return {}

    def made(self, make: Callable[[Lexicon], T]) -> T:
        """``make(self)``, made once per lexicon and kept with it (as ``numbering`` and ``commitment``): what a
        rule reads of the lexicon's lists, which would be made again for every sentence or unit otherwise
        (``load_lexicon`` keeps one lexicon per language and folder)."""
        made = self._made
        if make not in made:
            made[make] = make(self)
        return made[make]


def _known(keys: Iterable[str]) -> str:
    return ", ".join(sorted(keys))


def _phrases(value: object, where: str, origin: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(p, str) for p in value):
        raise ConfigError(f"lexicon {origin}: {where} must be a list of strings")
    return tuple(value)


def _pattern(value: object, where: str, origin: str) -> str:
    if value not in PATTERNS:
        raise ConfigError(
            f"lexicon {origin}: {where} is {value!r}; known: {', '.join(p for p in PATTERNS if p)}"
        )
    return str(value)


def _check_keys(given: Iterable[str], spec: Mapping[str, bool], where: str, origin: str) -> None:
    given = set(given)
    unknown = sorted(given - set(spec))
    if unknown:
        moved = [f"{k} is now read under [{MOVED[(where, k)]}]" for k in unknown if (where, k) in MOVED]
        raise ConfigError(
            f"lexicon {origin}: unknown key(s) {', '.join(unknown)} in {where}"
            + (f" ({'; '.join(moved)})" if moved else "")
            + f"; known: {_known(spec)}"
        )
    missing = [k for k, required in spec.items() if required and k not in given]
    if missing:
        raise ConfigError(f"lexicon {origin}: {where} lacks {', '.join(missing)}")


def _table(data: dict, name: str, origin: str) -> dict:
    table = data.get(name, {})
    if not isinstance(table, dict):
        raise ConfigError(f"lexicon {origin}: {name} must be a table ([{name}])")
    return table


def parse_lexicon(data: dict, origin: str) -> Lexicon:
    """A ``Lexicon`` from the parsed TOML ``data``, checked against the schema (``LISTS``,
    ``ENTRIES``, ``VALUES``); ``origin`` names it in errors (``ConfigError``)."""
    _check_keys(
        data, {**VALUES, **{t: False for t in (*LISTS, *ENTRIES, *SWITCHES)}}, "the top level", origin
    )
    lists: dict[str, dict[str, tuple[str, ...]]] = {}
    for table, spec in LISTS.items():
        given = _table(data, table, origin)
        if table in OPEN_TABLES:
            # a new list is welcome; one a letter or two from a declared one is a misspelling
            for key in set(given) - set(spec):
                if table == "cues" and key in RESERVED_CUES:
                    raise ConfigError(
                        f"lexicon {origin}: [cues] {key} is the cue kind of {RESERVED_CUES[key]}; "
                        "add its phrases there, or name the list otherwise"
                    )
                close = difflib.get_close_matches(key, spec, n=1, cutoff=0.85)
                if close:
                    raise ConfigError(
                        f"lexicon {origin}: [{table}] {key} looks like a misspelling of {close[0]}; "
                        f"known: {_known(spec)} (a list of another name is a new cue kind)"
                    )
            _check_keys(given, {**{k: False for k in given}, **spec}, f"[{table}]", origin)
        else:
            _check_keys(given, spec, f"[{table}]", origin)
        lists[table] = {k: _phrases(v, f"[{table}] {k}", origin) for k, v in given.items()}
    entries: dict[str, list[tuple[str, dict]]] = {}
    for table, spec in ENTRIES.items():
        entries[table] = []
        for name, entry in _table(data, table, origin).items():
            where = f"[{table}.{name}]"
            if not isinstance(entry, dict):
                raise ConfigError(f"lexicon {origin}: {where} must be a table of {_known(spec)}")
            _check_keys(entry, spec, where, origin)
            entries[table].append((name, entry))
    for pattern in (*lists["numbering"].get("heads", ()), *lists["numbering"].get("intro_refs", ())):
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ConfigError(
                f"lexicon {origin}: [numbering] {pattern!r} is no regular expression ({exc})"
            ) from None
    switches: dict[str, bool] = {}
    for table, names in SWITCHES.items():
        given = _table(data, table, origin)
        _check_keys(given, dict.fromkeys(names, False), f"[{table}]", origin)
        for k, v in given.items():
            if not isinstance(v, bool):
                raise ConfigError(f"lexicon {origin}: [{table}] {k} takes true or false, not {v!r}")
            switches[k] = v
    language = data["language"]
    if not isinstance(language, str):
        raise ConfigError(f"lexicon {origin}: language must be a string")
    dims = tuple(
        Dimension(
            name=name,
            nouns=_phrases(spec["nouns"], f"[dimensions.{name}] nouns", origin),
            values=_phrases(spec.get("values", []), f"[dimensions.{name}] values", origin),
            pattern=_pattern(spec.get("pattern", ""), f"[dimensions.{name}] pattern", origin),
            adjectives=_phrases(spec.get("adjectives", []), f"[dimensions.{name}] adjectives", origin),
        )
        for name, spec in entries["dimensions"]
    )
    asks = tuple(
        Ask(
            name,
            _phrases(spec["question"], f"[asks.{name}] question", origin),
            _phrases(spec["answer"], f"[asks.{name}] answer", origin),
        )
        for name, spec in entries["asks"]
    )
    return Lexicon(language=language, lists=lists, dimensions=dims, asks=asks, switches=switches)


@lru_cache(maxsize=16)
def load_lexicon(language: str, directory: str | None = None) -> Lexicon:
    """The lexicon of ``language``, from ``directory`` if given, else the built-in one."""
    if language not in LANGUAGES:
        raise ConfigError(f"unknown language {language!r}; known: {', '.join(LANGUAGES)}")
    if directory:
        path = Path(directory) / f"{language}.toml"
        if not path.is_file():
            raise ConfigError(f"lexicon folder {directory} has no {language}.toml")
        text = path.read_text(encoding="utf-8")
        origin = str(path)
    else:
        text = resources.files("qa_align.lexicons").joinpath(f"{language}.toml").read_text("utf-8")
        origin = f"built-in {language}.toml"
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"lexicon {origin}: {exc}") from None
    lexicon = parse_lexicon(data, origin)
    if directory and "compounding" not in lexicon.switches and load_lexicon(language).compounding:
        # a copy of the built-in lexicon made before the switch: compounds were matched by language
        log.warning(
            "lexicon %s has no [words] compounding: compounds are not matched ('verbod' in "
            "'rookverbod'), as the built-in %s.toml does; add [words] compounding = true to match them",
            origin,
            language,
        )
    if lexicon.phrases("coverage", "promise_words"):
        # a copy made before the future forms were one list (2026-12-01)
        log.warning(
            "lexicon %s: [coverage] promise_words is no longer read; the future forms that make an annex "
            "one still to come are [cues] future: move its words there",
            origin,
        )
    return lexicon
