"""Lexicons: cue phrases and dimension lists per language, read from TOML data files.

The built-in files are ``qa_align/lexicons/nl.toml`` and ``en.toml``; a user passes a
folder of their own (``Settings.lexicon_dir``) holding ``nl.toml`` / ``en.toml`` to replace
them. Every list a rule uses is here, none in code.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

from .errors import ConfigError

LANGUAGES = ("nl", "en")


@dataclass(frozen=True)
class Dimension:
    """A dimension a breakdown may ask for: ``per provincie``, ``by region``."""

    name: str
    nouns: tuple[str, ...]
    values: tuple[str, ...] = ()
    pattern: str = ""  # "year" or "month": recognised by pattern instead of values


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


@dataclass(frozen=True)
class Numbering:
    """The words of numbered heads (``[numbering]``): see lexicons/README.md."""

    heads: tuple[str, ...] = ()  # regular expressions before the numbers: "antwoord op vraag"
    joiners: tuple[str, ...] = ()  # "1 en 2"
    ranges: tuple[str, ...] = ()  # "1 tot 3"
    intro_refs: tuple[str, ...] = ()  # regular expressions: "de vragen 1, 2 en 3" in an opening


@dataclass(frozen=True)
class Commitment:
    """How the verb after a commitment is read (``[commitment]``): see lexicons/README.md."""

    adverbs: tuple[str, ...] = ()  # may stand between commitment and verb: "will *now* publish"
    with_next: tuple[str, ...] = ()  # verbs that count with the next word: "be published"
    light_verbs: tuple[str, ...] = ()  # verbs that count with their object: "make an assessment"
    determiners: tuple[str, ...] = ()  # left out between a light verb and its object


@dataclass(frozen=True)
class Lexicon:
    language: str
    count_cues: tuple[str, ...]
    figure_request_cues: tuple[str, ...]
    breakdown_markers: tuple[str, ...]
    breakdown_fillers: tuple[str, ...]
    annex_cues: tuple[str, ...]
    number_words: tuple[str, ...]
    reference_words: tuple[str, ...]
    dimensions: tuple[Dimension, ...]
    cues: tuple[tuple[str, tuple[str, ...]], ...] = ()  # named cue lists of the [cues] section
    # optional: words before a count cue that make the number the object of an action
    # ("reduce the number of"), not the figure asked
    count_objects: tuple[str, ...] = ()
    # optional [asks.NAME] tables: what a question asks for ("what discussions") and the words
    # of an answer that speaks of it ("met", "raised"); see lexicons/README.md
    asks: tuple[Ask, ...] = ()
    # optional [text]: words whose full stop before a space does not end a sentence ("hon.")
    abbreviations: tuple[str, ...] = ()
    # optional [numbering]: the words of numbered heads ("Antwoord op vraag", "1 tot 3")
    numbering: Numbering = Numbering()
    # optional: words before a count cue skipped when looking for ``count_objects`` ("the")
    count_lead: tuple[str, ...] = ()
    # optional: what a closed question may ask after a comma in a sentence without a question
    # mark ("To ask ..., whether he will ..."): the first words of ``closed_question_starts``
    closed_clauses: tuple[str, ...] = ()
    # optional [answer] lists: units that go with a figure ("procent", "million"), suffixes that
    # make a number an ordinal ("ste", "th"), an answer's first words that reply yes or no
    figure_units: tuple[str, ...] = ()
    ordinal_suffixes: tuple[str, ...] = ()
    plain_replies: tuple[str, ...] = ()
    # optional [answer] lists: the word of a quarter in a table label ("2e kwartaal", "kwartaal 3"),
    # and how a total row's label starts ("totaal", "eindtotaal", "total")
    quarter_words: tuple[str, ...] = ()
    total_labels: tuple[str, ...] = ()
    commitment: Commitment = Commitment()
    # optional [yes_no] settings: figures in an answer answer a closed question whatever it
    # asked; a closed question without a yes or no is unanswered only when the answer's
    # opening defers or speaks in general terms (answers that state a position in prose)
    figures_answer_closed: bool = False
    prose_positions: bool = False

    def cue_list(self, name: str, optional: bool = False) -> tuple[str, ...]:
        """The ``[cues]`` list ``name``; an absent optional list is empty."""
        for key, phrases in self.cues:
            if key == name:
                return phrases
        if optional:
            return ()
        raise KeyError(name)

    def dimension(self, name: str) -> Dimension:
        for d in self.dimensions:
            if d.name == name:
                return d
        raise KeyError(name)


CUE_LISTS = (
    "cross_reference", "deflection", "no_information", "holding", "generic", "polarity",
    "closed_question_starts", "question_words",
)  # fmt: skip
_REQUIRED = {
    "question": ("count_cues", "figure_request_cues", "breakdown_markers", "breakdown_fillers"),
    "answer": ("annex_cues", "number_words", "reference_words"),
}


def parse_lexicon(data: dict, origin: str) -> Lexicon:
    """A ``Lexicon`` from the parsed TOML ``data``; ``origin`` names it in errors."""
    try:
        fields = {key: tuple(data[section][key]) for section, keys in _REQUIRED.items() for key in keys}
        dims = tuple(
            Dimension(
                name=name,
                nouns=tuple(spec["nouns"]),
                values=tuple(spec.get("values", ())),
                pattern=spec.get("pattern", ""),
            )
            for name, spec in data.get("dimensions", {}).items()
        )
        cues = data.get("cues", {})
        missing = [k for k in CUE_LISTS if k not in cues]
        if missing:
            raise ConfigError(f"lexicon {origin}: [cues] lacks {', '.join(missing)}")
        cue_lists = tuple((k, tuple(str(p) for p in v)) for k, v in cues.items())
        objects = tuple(str(p) for p in data["question"].get("count_objects", ()))
        asks = tuple(
            Ask(name, tuple(str(p) for p in spec["question"]), tuple(str(w) for w in spec["answer"]))
            for name, spec in data.get("asks", {}).items()
        )
        spec = data.get("numbering", {})
        numbering = Numbering(
            **{k: tuple(str(w) for w in spec.get(k, ())) for k in Numbering.__dataclass_fields__}
        )
        for pattern in (*numbering.heads, *numbering.intro_refs):
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ConfigError(
                    f"lexicon {origin}: [numbering] {pattern!r} is no regular expression ({exc})"
                ) from None

        def words(section: str, key: str) -> tuple[str, ...]:
            return tuple(str(w) for w in data.get(section, {}).get(key, ()))

        yes_no = data.get("yes_no", {})
        return Lexicon(
            language=data["language"],
            count_lead=words("question", "count_lead"),
            closed_clauses=words("question", "closed_clauses"),
            figure_units=words("answer", "figure_units"),
            ordinal_suffixes=words("answer", "ordinal_suffixes"),
            plain_replies=words("answer", "plain_replies"),
            quarter_words=words("answer", "quarter_words"),
            total_labels=words("answer", "total_labels"),
            commitment=Commitment(**{k: words("commitment", k) for k in Commitment.__dataclass_fields__}),
            figures_answer_closed=bool(yes_no.get("figures_answer_closed", False)),
            prose_positions=bool(yes_no.get("prose_positions", False)),
            abbreviations=words("text", "abbreviations"),
            numbering=numbering,
            dimensions=dims,
            cues=cue_lists,
            count_objects=objects,
            asks=asks,
            **fields,
        )
    except KeyError as exc:
        raise ConfigError(f"lexicon {origin}: missing entry {exc.args[0]!r}") from None
    except TypeError as exc:
        raise ConfigError(f"lexicon {origin}: malformed ({exc})") from None


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
    return parse_lexicon(data, origin)
