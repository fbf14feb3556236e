"""The text layer: sentences and words, cut the same way for every stage.

A sentence runs to ``.``, ``?``, ``!``, ``;`` or a line end; a full stop after one of the
lexicon's ``[text] abbreviations`` ("the hon. Member", "art. 5"), before a space, does not
end it, nor does one inside a number ("1.487", "£109.4 million", the Belgian Chamber's "1.
045.551,71 euro"). Rules, recycling across documents, similarity passages and off_topic's evidence all
read sentences from here, so "the hon. Member" is one sentence for all of them. Plain
regular expressions, not a spaCy pipeline: they cut every answer of a batch in a fraction of
the time spaCy's tokenizer takes, and a trained sentence model is not needed for text whose
sentences end in punctuation or a line break.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .lexicon import load_lexicon
from .tables import PLACEHOLDER_CODE

WORD = re.compile(r"\w+")  # a word: what the rules count, compare and match cue phrases on
# a web address (from "http://", "https://" or "www.", in any case, up to white space, a bracket
# or a quote, punctuation at its end left out) or an e-mail address: one token, so that a cue
# phrase's "*" gap spans it as one word ("verwijs ik naar de website www.bpost.be"; split at its
# dots and slashes it took five tokens or more), and no sentence ends inside it. An address ends
# before a full stop followed directly by a capital that no other capital follows: two sentences
# run together ("www.bpost.be.De minister antwoordt", "info@fod.be.Zie verder"), while an address
# in capitals ("WWW.BPOST.BE") runs on. An address without "www." ("statbel.fgov.be") stays split:
# such names are as often organisations ("CERT.be") or two sentences run together. The e-mail
# address starts where no character of its local part stands before it, so that a long run of
# those characters is read once, not once from each of its words. A file's extension, capitalised
# or not ("https://example.com/Report.Pdf voor meer"), is part of the address, not a sentence.
_EXTENSIONS = "pdf|docx?|xlsx?|pptx?|od[tsp]|html?|aspx?|php|csv|txt|zip|jpe?g|png|xml|json"
_NEXT_SENTENCE = rf"\.(?=[A-ZÀ-ÖØ-Þ](?![A-ZÀ-ÖØ-Þ]))(?!(?i:{_EXTENSIONS})(?![\w-]))"
_OUTSIDE = r"\s()<>\[\]{}\"'“”‘’"  # what an address never holds
ADDRESS = (
    rf"(?<!\w)(?i:https?://|www\.)(?:[^{_OUTSIDE}.]|(?!{_NEXT_SENTENCE})\.)*[^{_OUTSIDE}.,;:!?]"
    rf"|(?<![\w.+-])\w[\w.+-]*@\w[\w-]*(?:(?!{_NEXT_SENTENCE})\.[\w-]+)+"
)
_PLAIN = re.compile(r"\w+|\*|[^\w\s]")
_WITH_ADDRESSES = re.compile(rf"{ADDRESS}|{_PLAIN.pattern}")


def may_hold_address(text: str) -> bool:
    """Whether ``text`` may hold a web or e-mail address (``ADDRESS``): a plain look for its
    marks, much faster than the pattern."""
    return "://" in text or "@" in text or "www." in text or "Www." in text or "WWW." in text


class _Tokens:
    """A cue phrase's tokens, and the text's it is matched on: addresses, words, ``*`` (a gap of a
    few words) and punctuation marks. ``findall`` and ``finditer`` as a compiled pattern's; a text
    without "://", "www." or "@" is cut by the plain pattern, about twice as fast."""

    @staticmethod
    def _for(text: str) -> re.Pattern[str]:
        return _WITH_ADDRESSES if may_hold_address(text) else _PLAIN

    def findall(self, text: str) -> list[str]:
        return self._for(text).findall(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._for(text).finditer(text)


TOKEN = _Tokens()


# a sentence: (start, end, text), offsets into the text it was cut from, white space trimmed,
# so that ``text[start:end]`` is the sentence. A plain tuple: a batch has millions, and a named
# tuple or dataclass costs more to build than the cutting itself.
Sentence = tuple[int, int, str]

# a sentence starts at a character that is not white space, runs to . ? ! ; (kept) or to a line
# end or the text's end (white space before it left out)
# format characters with no word character, white space where sentences are split: a zero-width
# space, (non-)joiner or byte-order mark is no sentence of its own ("... before Prorogation.\u200b")
FORMAT_SPACE = "\u200b\u200c\u200d\ufeff"
_SMALL = "a-zß-öø-ÿ"  # small letters, in a character class
_START = rf"(?=[^\s{FORMAT_SPACE}])"
_END = rf"(?:[.?!;]+|(?<=[^\s{FORMAT_SPACE}])(?=(?:[^\S\n]|[{FORMAT_SPACE}])*(?:\n|\Z)))"
# the Belgian Chamber's figure cut after its first group: one to three digits, a full stop, one
# space and a group of three, more groups or a decimal after it ("1. 045.551,71 euro", "werd 131.
# 414.367 euro", "2015: 1. 600.149"). One definition for the sentence splitter (no sentence ends at
# its full stop), the answer segmenter (``segment._figure_heads``: no answer head) and the figure
# reader (``analyze``: one number, "131. 414.367" of value 131414367). ``FIGURE_REST``: what follows the space.
FIGURE_REST = r"\d{3}(?:[.,]\d{3})*(?:,\d+)?(?!\d)"
CUT_FIGURE = rf"\d{{1,3}}\. {FIGURE_REST}"
# what stands before its first group where the figure runs on a sentence: a character that ends no
# sentence, no colon and no digit, then a space or tab ("werd 131."), or a mark right before
# it ("(1."); not a line's start nor a sentence's end, where "onderzocht. 2. 221 dossiers" is an
# answer's head and its figure
_RUNS_ON_BEFORE = (r"[^\d.?!;:\s][^\S\n]", r"[^\w.?!;:\s]")
# after a colon the group cut off is a figure only where its rest says so: another group or a full
# stop, "euro", ";" or ")" ("2015: 1. 600.149;", "bijdrage: 2. 000.000 euro)", "2016: 160. 522."):
# "vragen: 1. 250 agenten zijn ..." is a head and its question
_COLON_BEFORE = (r":[^\S\n]", r":")
FIGURE_AFTER_COLON = r"\d{3}(?:,\d{3}|\.|\s*(?:(?i:euro)\b|;|\)))"
# ``CUT_FIGURE`` where it runs on a sentence: the figure reader's number. A look at its digits and
# full stop first: most numbers fail there, before the look-behinds (the figure reader's pattern takes
# 0.30 s of CPU over the 10,935 be-kamer units' questions and answers with it, 0.39 s without, 0.27 s
# before it read cut figures)
_AFTER_WORD = "|".join(f"(?<={b})" for b in _RUNS_ON_BEFORE)
_AFTER_COLON = "|".join(f"(?<={b})" for b in _COLON_BEFORE)
RUN_ON_FIGURE = (
    rf"(?=\d{{1,3}}\. )(?:{_AFTER_WORD}|(?:{_AFTER_COLON})(?=\d{{1,3}}\. {FIGURE_AFTER_COLON})){CUT_FIGURE}"
)
# a full stop inside a number, no sentence's end: between two digits ("1.487", "799.496,68",
# "£109.4 million"), and a cut figure's (``RUN_ON_FIGURE``) where its first group runs on a sentence
# but a year's full stop before one or two digits ends a sentence: the Chamber's records run an answer's
# head on the sentence before ("op 18 januari 2018.2 Ik ken", "tot 10 maart 2017.15 extra"), where a
# decision's number runs on ("beslissing nr. 2016.227")
_YEAR_END = r"(?<=(?<!\d)(?:19|20)\d\d\.)\d{1,2}(?![\d.,])"
# a look-behind has a fixed width: one per context and length of the first group
_RUNS_ON = "|".join(rf"(?<={b}\d{{{k}}})" for k in (1, 2, 3) for b in _RUNS_ON_BEFORE)
_RUNS_ON_COLON = "|".join(rf"(?<={b}\d{{{k}}})" for k in (1, 2, 3) for b in _COLON_BEFORE)
_NUMBER_DOT = (
    rf"(?:(?<=\d)\.(?=\d)(?!{_YEAR_END})|(?:{_RUNS_ON})\.(?= {FIGURE_REST})"
    rf"|(?:{_RUNS_ON_COLON})\.(?= {FIGURE_AFTER_COLON}))"
)


# marks that end no sentence where the Belgian Chamber's records lost a sign to "?" or a reference
# to its characters was left in the text (counted over ../shared/data, be-kamer-2017 and uk-commons):
# - a degree sign after a number of one to three digits, "1°", read "1?" (92 be-kamer documents):
#   before a comma, a semicolon or a closing bracket, or a word in small letters ("9 soorten
#   sancties opleggen: 1? formele verwittiging ..., 2? tijdelijke uitsluiting ...", "punt 1?, 2?
#   of 3? uit de wet?"); before a capital or a line's end, as after a year ("in 2016? Kan u"), or
#   before a letter's head ("lijn 66?b) In welke mate"), it ends a sentence
# - a paragraph sign "§" read "?" (or "??" for "§§") between white space and a number, "artikel 61,
#   ? 1, eerste lid" (169 be-kamer documents; none of the 169 a question's end)
# - the semicolon of a character reference the source left unread, "R&amp;D programme" (7 uk-commons
#   documents)
# - a semicolon inside brackets on one line with no other sentence mark, "in totaal 1.894 (626 in
#   2016; 627 in 2015 en 643 in 2014) tuchtrechtelijke eindbeslissingen" (35 answers, 5 questions):
#   the bracket is read whole as one part of its sentence
_DEGREE = (
    r"(?<=\d)(?<!\d{4})(?<![.,]\d)(?<![.,]\d{2})(?<![.,]\d{3})\?"
    rf"(?=[,;)]|[^\S\n]?[{_SMALL}]{{2}})"
)
_PARAGRAPH = r"(?<=[^\S\n])\?{1,2}(?=[^\S\n]+\d)"
_REFERENCE = (
    r"(?:"
    + "|".join(rf"(?<=&[a-zA-Z]{{{k}}})" for k in range(2, 7))
    + r"|(?<=&#\d{2})|(?<=&#\d{3})|(?<=&#\d{4}));"
)
_BRACKET = r"(?>\((?=[^()\n]{0,200};)(?:[^()\n.?!]|(?<=\d)\.(?=\d)){1,200}\))"
_NO_END = rf"{_DEGREE}|{_PARAGRAPH}|{_REFERENCE}"


@lru_cache(maxsize=32)
def splitter(language: str, lexicon_dir: str | None = None, addresses: bool = False) -> re.Pattern[str]:
    """The sentence pattern of ``language``: each match is one sentence. With ``addresses``, a web
    or e-mail address (``ADDRESS``) is read whole, its dots, question marks and semicolons no
    sentence's end (slower: ``sentences`` uses it only where ``may_hold_address``)."""
    # a run of characters that end no sentence (with addresses: each address, or one character).
    # Each run is atomic and white space is a run of its own: a run is read one way only, so the
    # engine never tries the ways of cutting it in parts when a sentence's end is not found (a
    # nested ``(x+)+`` doubles its time per trailing space), and a sentence still ends before the
    # white space at a line's end
    space = rf"(?>(?:[^\S\n]|[{FORMAT_SPACE}])+)"
    run = (
        rf"(?:{_BRACKET}|(?>[^\s.?!;(\w{FORMAT_SPACE}]+)|{space}|{ADDRESS}|(?>\w+)|\(|{_NUMBER_DOT}|{_NO_END})"
        if addresses
        else rf"(?:{_BRACKET}|(?>[^\s.?!;({FORMAT_SPACE}]+)|{space}|\(|{_NUMBER_DOT}|{_NO_END})"
    )
    lexicon = load_lexicon(language, lexicon_dir)
    # a full stop before a space that follows an abbreviation goes on the sentence
    after = after_abbreviation(language, lexicon_dir)
    # the loop unrolled: a run of other characters, then each full stop that ends no sentence with
    # the run after it (as fast as the plain pattern on the answers of ../shared/data)
    kept = _initial_dot(lexicon.sentence_openers, lexicon.name_particles)
    if after:
        kept = rf"(?= )(?:{after})|{kept}"
    # a full stop after one of the ``small_abbreviations`` ("15 december jl. is dit") goes on the
    # sentence before a word in small letters only: before a capital it ends one ("... jl. De minister")
    small = after_abbreviation(language, lexicon_dir, "small_abbreviations")
    if small:
        kept = rf"(?= [{_SMALL}])(?:{small})|{kept}"
    return re.compile(rf"{_START}{run}+(?:\.(?:{kept}){run}*)*{_END}")


@lru_cache(maxsize=32)
def after_abbreviation(language: str, lexicon_dir: str | None = None, which: str = "abbreviations") -> str:
    """A pattern that holds right after the full stop of one of the lexicon's ``[text]
    abbreviations`` ("nr.", "art.", "the hon."), empty without the list: one fixed-width
    look-behind per length of abbreviation. The sentence splitter reads no sentence's end there
    before a space, nor does a cue phrase's ``*`` gap ("zijn vraag nr. 2 aan hem te richten").
    ``which`` names another ``[text]`` list of the same form (``small_abbreviations``)."""
    listed = load_lexicon(language, lexicon_dir).phrases("text", which)
    abbreviations = {a.lower().rstrip(".") for a in listed} - {""}
    by_length: dict[int, list[str]] = {}
    for a in sorted(abbreviations):
        by_length.setdefault(len(a), []).append(re.escape(a))
    return "|".join(rf"(?<=\b(?i:{'|'.join(group)})\.)" for _, group in sorted(by_length.items()))


# an initial or a letter of a dotted acronym: one letter and its full stop, not part of a word nor
# of a mark such as "R&D", "A&amp;G", "Parkinson's", "4°C" or "CDBV-D" (a hyphen only between initials, "M.-C.")
_LETTER_DOT = r"(?<=[^\W\d_]\.)(?<![\w&;'’°/@][^\W\d_]\.)(?<![^.]-[^\W\d_]\.)"
_CAPITAL = "A-ZÀ-ÖØ-Þ"


def _initial_dot(openers: tuple[str, ...], particles: tuple[str, ...]) -> str:
    """The full stop (already read) of an initial or a dotted acronym that ends no sentence: inside
    the acronym ("K.M.O.", "v.z.w.", "M.-C."); after its last letter before a comma ("K.M.O.,
    Middenstand") or before a space and a word in small letters ("P. falciparum", "v.z.w. heeft");
    after a capital letter (or an acronym) before a capitalised word that opens no sentence
    ("minister K. Geens", "M. De Block", "H.M. Treasury"); after an acronym of two letters or more
    before a number that is no answer's head ("nr. E.T. 130.082", "t.e.m. 31 december"). A full
    stop after a capital before a word of ``openers`` ("Plan A. Het", "Annex B. However") or before
    a number ("niveau A. 2. Een") ends the sentence; a word of ``particles`` opens a surname when a
    capital follows it ("A. De Croo"), a sentence otherwise ("B. De minister")."""
    inside = r"(?=-?[^\W\d_]\.)"
    # two letters of an acronym, the first not the end of a word ("ambtenaren.c. Hernieuwbare")
    acronym = (
        r"(?:(?<=[^\W\d_]\.[^\W\d_]\.)|(?<=[^\W\d_]\.-[^\W\d_]\.))"
        r"(?<!\w[^\W\d_]\.[^\W\d_]\.)(?<!\w[^\W\d_]\.-[^\W\d_]\.)"
    )
    capital = rf"(?<=[{_CAPITAL}]\.)"
    small_next = rf"(?= [{_SMALL}])"
    plain = [o for o in openers if o not in particles]
    opens = [rf"(?:{'|'.join(map(re.escape, plain))})\b(?!\.)"] if plain else []
    if particles:
        opens.append(rf"(?:{'|'.join(map(re.escape, particles))})\b(?! [{_CAPITAL}])")
    not_opener = rf"(?!{'|'.join(opens)})" if opens else ""
    capital_next = rf"(?= {not_opener}[{_CAPITAL}])"
    number_next = r"(?= \d(?!\d?[.)]\s))"
    return (
        rf"{_LETTER_DOT}(?:{inside}|(?:{acronym}|{capital})(?=,)|(?:{acronym}|{capital}){small_next}"
        rf"|(?:{acronym}|{capital}){capital_next}|{acronym}{number_next})"
    )


def sentences(text: str, language: str, lexicon_dir: str | None = None) -> list[Sentence]:
    """The sentences of ``text`` in order: none empty, none starting or ending with white
    space, none ending inside a web or e-mail address. A run of punctuation alone (". ?") is no
    sentence."""
    return list(_sentences(text, language, lexicon_dir))


@lru_cache(maxsize=2048)
def _sentences(text: str, language: str, lexicon_dir: str | None) -> tuple[Sentence, ...]:
    """``sentences`` kept per text: an answer segment is cut by its analysis, its attribution and
    the boilerplate test alike."""
    pattern = splitter(language, lexicon_dir, may_hold_address(text))
    found = tuple((m.start(), m.end(), m.group()) for m in pattern.finditer(text))
    run_on = _run_on(language, lexicon_dir)
    if not run_on.search(text):
        return found
    return tuple(cut for sentence in found for cut in _after_placeholders(sentence, run_on))


@lru_cache(maxsize=32)
def _run_on(language: str, lexicon_dir: str | None) -> re.Pattern[str]:
    """A table's placeholder code (``tables.PLACEHOLDER_CODE``) with the words of another sentence run on after
    it ("... in de periode september 2015 tot en met 31 mei 2017: 2016201717010-17-355-nl-fr Het was geen enkele
    keer nodig ..."; "... voor alle federale overheidsorganisaties2016201714880-12-1076-fr-nl-1 Tabel 2: ..."):
    the Chamber's records lost the table and the line break after it, so no sentence ends there. Not a source
    line (a word of ``[text] source_words`` and a colon within three words: "Bron cijfers: Federale Politie"),
    which says where the table's figures come from and stays with it."""
    sources = load_lexicon(language, lexicon_dir).phrases("text", "source_words")
    words = "|".join(map(re.escape, sources))
    source = rf"(?!(?i:{words})\b(?:[^\S\n]*[^\W\d_]+){{0,2}}[^\S\n]*:)" if sources else ""
    return re.compile(rf"(?<!\d){PLACEHOLDER_CODE}(?=[^\S\n]*{source}[^\W\d_])")


def _after_placeholders(sentence: Sentence, run_on: re.Pattern[str]) -> Iterator[Sentence]:
    """``sentence`` cut after each table placeholder that words run on after (``_run_on``): the words before
    it, with it, are one sentence, those after it the next."""
    start, _, text = sentence
    at = 0
    for m in run_on.finditer(text):
        yield start + at, start + m.end(), text[at : m.end()]
        at = m.end() + (len(text[m.end() :]) - len(text[m.end() :].lstrip()))
    yield start + at, start + len(text), text[at:]


def words(text: str) -> list[str]:
    """The words of ``text``, lower-cased (a list of the caller's own)."""
    if len(text) > _KEPT_WORDS_UP_TO:
        return WORD.findall(text.lower())
    return list(_words(text))


# ``words`` keeps the words of texts up to this long (sentences, the lexicon's phrases): the rules
# split the same sentences and phrases again and again (about 84,000 calls on the 2,067
# documents of ``scripts/bench_map.py``'s sample)
_KEPT_WORDS_UP_TO = 600


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[str, ...]:
    """``words`` of a short text, kept per text."""
    return tuple(WORD.findall(text.lower()))
