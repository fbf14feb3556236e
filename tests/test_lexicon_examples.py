"""Every example quoted in a comment of a lexicon's ``[cues]`` lists is reached by the entries the comment stands
over (lows58; holding57 found "voorbarig * mee te delen" documented with an example its one gap could not reach).

What counts as an example, read from how the comments are written:
- a double-quoted text of five words or more (a "*" and an elision "..." not counted), or one followed by a
  document's number ("..., dev-uk34 1824804");
- not one of the list's own entries named in the prose, not a question quoted for an answer's example ("to "if he
  will publish""; a quote that "-" and another quote follow, a question and its answer), nor a sentence quoted as
  what stands after or before the one read ("after "The Government has received ..."");
- not a counter-example: its clause (up to ";" or a full stop, and each clause outside the brackets it stands in;
  other brackets and other quotes left out) holds no word that says it is not read ("not", "nor", "no", "none",
  "never", "unlike", "rather than", "instead of", "opposite", "tried", "left out", "no longer").
A comment inside a list stands over the entries after it up to the next comment; a comment above a list over the
whole list. The entries match as ``qa-align lexicon-stats`` matches them (``lexicon_stats.entries``: whole words
in sequence, ``*`` a gap of up to five words); an elision "..." in the example is left out (the words it stands
for may be what a gap passes over)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qa_align.lexicon import load_lexicon
from qa_align.lexicon_stats import WORD_LISTS, Entry, _Side, _words

LEXICONS = Path(__file__).resolve().parents[1] / "qa_align" / "lexicons"
NOT_READ = re.compile(
    r"\b(?:not|nor|no|none|never|unlike|rather than|instead of|opposite|tried|left out|no longer)\b",
    re.IGNORECASE,
)
CITED = re.compile(r'^[^"]{0,40}?\b\d{6,7}\b')
QUOTE = re.compile(r'"([^"]+)"')


def comment_blocks(
    path: Path,
) -> tuple[list[tuple[str, str, str, list[str]]], dict[tuple[str, str], list[str]]]:
    """Each comment of a TOML lexicon's lists as (table, list, the comment's text, the entries it stands over); and
    every list's entries by (table, list)."""
    out: list[tuple[str, str, str, list[str]]] = []
    table, name, comment, block = "", None, [], None
    lists: dict[tuple[str, str], list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        s = line.strip()
        head = re.match(r"^\[([^\]]+)\]$", s)
        if name is None and head:
            table, comment = head.group(1), []
            continue
        if s.startswith("#"):
            comment.append(s.lstrip("#").strip())
            continue
        start = re.match(r"^([A-Za-z_]+)\s*=\s*\[(.*)$", s)
        if name is None and start:
            name = start.group(1)
            lists[(table, name)] = []
            if comment:
                out.append((table, name, " ".join(comment), lists[(table, name)]))  # the whole list
            comment, block = [], None
            s = start.group(2)
        if name is None:
            comment = []
            continue
        if comment:
            block = []
            out.append((table, name, " ".join(comment), block))
            comment = []
        found = re.findall(r'"((?:[^"\\]|\\.)*)"', s.split("#")[0] if not s.startswith('"') else s)
        lists[(table, name)].extend(found)
        if block is not None:
            block.extend(found)
        if s.rstrip(",").endswith("]") and not s.endswith("\\]"):
            name, block = None, None
    return out, lists


def _clause(comment: str, start: int, end: int) -> str:
    """The words around the quote ``comment[start:end]`` that say what it is (see the module's docstring)."""
    m = re.sub(r'"[^"]*"', lambda q: '"' + "x" * (len(q.group()) - 2) + '"', comment)
    depth, d = [], 0
    for ch in m:
        if ch == ")":
            d = max(0, d - 1)
        depth.append(d)
        if ch == "(":
            d += 1

    def ends(j: int) -> bool:
        return m[j] == ";" or (
            m[j] == "."
            and m[j + 1 : j + 2] == " "
            and not re.search(r"(e\.g|i\.e|nr|no)\.$", m[max(0, j - 4) : j + 1])
        )

    words = []
    for step, j in ((-1, start - 1), (1, end)):
        level, out = depth[start], []
        while 0 <= j < len(m):
            if depth[j] > level:
                j += step
                continue
            if depth[j] < level:
                level = depth[j]
                j += step
                continue
            if ends(j):
                if level == 0:
                    break
                while 0 <= j < len(m) and depth[j] >= level:
                    j += step
                continue
            out.append(m[j])
            j += step
        words.append("".join(reversed(out) if step < 0 else out))
    return re.sub(r'"x*"', " ", " ".join(words))


def examples(comment: str, listed: set[str]) -> list[str]:
    """The examples a comment quotes (see the module's docstring)."""
    out = []
    for q in QUOTE.finditer(comment):
        text = q.group(1)
        if text.lower() in listed:
            continue
        words = [w for w in text.split() if w not in ("*", "...")]
        if not (len(words) >= 5 or CITED.match(comment[q.end() :])):
            continue
        if re.search(r"\b(?:to|for|after|before)\s*$", comment[: q.start()]) or re.match(
            r'\s*-\s*"', comment[q.end() :]
        ):
            continue
        if NOT_READ.search(_clause(comment, q.start(), q.end())):
            continue
        out.append(text)
    return out


def reaches(name: str, phrases: list[str], example: str) -> bool:
    """Whether a phrase of ``phrases`` (of the ``[cues]`` list ``name``) matches ``example`` as ``lexicon-stats``
    matches it, an elision "..." left out."""
    punctuation = ("cues", name) not in WORD_LISTS
    side = _Side(example.replace("...", " "), punctuation)
    return any(
        side.has(Entry("", "cues", name, p, "answer", _words(p, punctuation), punctuation=punctuation))
        for p in phrases
    )


def unreached(path: Path) -> list[str]:
    """Each example of a ``[cues]`` comment of the lexicon ``path`` that the entries it stands over do not reach."""
    blocks, lists = comment_blocks(path)
    return [
        f"[cues] {name}: {example!r}"
        for table, name, comment, block in blocks
        if table == "cues" and block
        for example in examples(comment, {p.lower() for p in lists[(table, name)]})
        if not reaches(name, block, example)
    ]


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_example_in_a_cue_comment_is_reached_by_its_entries(language):
    assert load_lexicon(language).cue_list("holding")  # the file read is the lexicon the tool loads
    assert unreached(LEXICONS / f"{language}.toml") == []


def test_an_example_its_entries_do_not_reach_is_found(tmp_path):
    # holding57's case as it stood: the first comment's example has nine words between "voorbarig" and "mee te
    # delen", beyond the one gap of five of the entry it stands over; the second comment's entry reaches it
    path = tmp_path / "x.toml"
    path.write_text(
        "[cues]\nholding = [\n"
        '  # too early to say ("is het voorbarig hier al een timing of een budget voor mee te delen", dev-be99 184770)\n'
        '  "voorbarig * mee te delen",\n'
        '  # with two gaps ("is het voorbarig hier al een timing of een budget voor mee te delen")\n'
        '  "voorbarig * * mee te delen",\n'
        "]\n",
        encoding="utf-8",
    )
    ((_, _, _, one), (_, _, _, two)), _ = comment_blocks(path)
    assert one == ["voorbarig * mee te delen"] and two == ["voorbarig * * mee te delen"]
    assert unreached(path) == [
        "[cues] holding: 'is het voorbarig hier al een timing of een budget voor mee te delen'"
    ]


def test_counter_examples_entries_named_and_questions_are_no_examples():
    assert (
        examples('not "voorbarig" alone ("Het is dan ook voorbarig om hieruit conclusies te trekken")', set())
        == []
    )
    assert (
        examples('"decisions * will be made", a standing procedure as often', {"decisions * will be made"})
        == []
    )
    assert examples('"will set out" to "if he will publish the annual report on it"', set()) == []
    # in brackets after a clause that says it is not read, and after it ("says the opposite")
    assert (
        examples('nor "will assess" (123; 4 wrong: "the annual assessment will assess the data")', set())
        == []
    )
    assert examples('"decisions have been made, but discussions are ongoing" says the opposite', set()) == []
    # an example of the entries: read
    assert examples(
        'a letter ("officials will write to the honourable member", uk-commons 1853853)', set()
    ) == ["officials will write to the honourable member"]
