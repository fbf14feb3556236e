"""The passages stage on both cores (speed25): the answers cut into passages and the passages'
character rows made in a worker process, a block or two ahead, while this process embeds their
words and compares. Similarity and identifiability stay those of one process, to the bit, also
when the worker dies."""

from __future__ import annotations

import os

import numpy as np

from qa_align import embed, similarity
from qa_align.pipeline import iter_scored
from qa_align.settings import Settings
from qa_align.similarity import PairText

from .conftest import parallel_anyway
from .test_speed19 import _rows

_QUESTIONS = [
    "Hoeveel asielaanvragen werden er in 2016 ingediend? Graag een opsplitsing per nationaliteit.",
    "Welke maatregelen neemt u om de wachttijden bij de FOD Financien te verkorten?",
    "Hoeveel personeelsleden telde de dienst op 31 december 2016?",
    "To ask the Secretary of State for Health, how many GP surgeries closed in each of the last five years.",
    "To ask the Secretary of State for Education, what steps she is taking to recruit teachers in rural areas.",
    "To ask the Chancellor of the Exchequer, what the cost to the public purse was of the scheme in 2023.",
]
_ANSWERS = [
    "In 2016 werden 18.710 asielaanvragen ingediend. De belangrijkste nationaliteiten waren "
    "Syrie, Afghanistan en Irak. Een opsplitsing per nationaliteit vindt u in de bijlage. "
    "Het CGVS nam in dat jaar 19.420 beslissingen.",
    "Zie antwoord op vraag 1.",
    "Op 31 december 2016 telde de dienst 412 personeelsleden, van wie 230 statutairen. "
    "De andere personeelsleden zijn contractueel aangeworven.",
    "Data on GP surgery closures is not held centrally. NHS England publishes the number of "
    "practices each quarter. In 2019 there were 6,900 practices. In 2023 there were 6,300.",
    "We are investing in teacher recruitment across the country. Rural schools receive a "
    "retention payment of 3,000 pounds. The Department works with local authorities.",
    "Zie antwoord op vraag 1.",
]


def _pairs() -> list[PairText | None]:
    out: list[PairText | None] = []
    for k in range(4):  # each text a few times, so that the draw has answers of each source
        for i, (q, a) in enumerate(zip(_QUESTIONS, _ANSWERS)):
            source, language = ("be", "nl") if i < 3 else ("uk", "en")
            out.append(PairText(source, f"d{k}-{i}", str(i + 1), language, f"{q} ({k})", a))
        out.append(None)  # a pair without answer
    return out


def _fitted(texts: list[str], processes: int) -> embed.TfidfBackend:
    backend = embed.TfidfBackend(chars=True)
    backend.processes = processes
    return backend


def _values(pairs, processes: int) -> list:
    return similarity.text_similarities(pairs, _fitted([], processes), k=5, seed=1)


def test_the_character_rows_given_are_those_the_backend_makes():
    texts = [p.question for p in _pairs() if p] + [p.answer for p in _pairs() if p]
    backend = embed.TfidfBackend(chars=True)
    backend.processes = 1
    backend.fit(texts)
    # passages: one a fitted text (a short answer), the others new, one of them twice over
    pieces = [
        "Zie antwoord op vraag 1.",
        "In 2016 werden 18.710 asielaanvragen ingediend.",
        "Rural schools receive a retention payment of 3,000 pounds.",
        "In 2016 werden 18.710 asielaanvragen ingediend.",
    ]
    here = backend.embed(pieces)
    chars = embed.char_rows_in(backend.char_space())
    given = backend.embed(pieces, chars.transform(pieces))
    for part in ("indptr", "indices", "data"):
        assert np.array_equal(getattr(given, part), getattr(here, part))
    assert given.dtype == here.dtype and given.shape == here.shape


def test_passages_cut_in_a_worker_give_the_values_of_one_process(monkeypatch):
    pairs = _pairs()
    one = _values(pairs, 1)
    monkeypatch.setattr(similarity, "_ASIDE_ANSWERS", 1)
    monkeypatch.setattr(similarity, "_BLOCK", 4)  # several blocks, two in flight
    monkeypatch.setattr(similarity, "available_cores", lambda: 2)
    made = []
    blocks = similarity._passage_blocks

    def counted(*a):
        for block in blocks(*a):
            made.append(block[-1] is not None)
            yield block

    monkeypatch.setattr(similarity, "_passage_blocks", counted)
    two = _values(pairs, 2)
    assert made and all(made)  # every block's character rows came from the worker
    assert len(made) == -(-sum(p is not None for p in pairs) // 4)
    assert two == one
    assert sum(v[0] is not None for v in one) == 24 and sum(v[1] is not None for v in one) == 24


def _die(answers, languages):
    os._exit(3)  # as a crash in a C library would end the passages' worker


def test_blocks_left_by_a_worker_that_dies_are_made_here(monkeypatch):
    pairs = _pairs()
    one = _values(pairs, 1)
    monkeypatch.setattr(similarity, "_ASIDE_ANSWERS", 1)
    monkeypatch.setattr(similarity, "_BLOCK", 4)
    monkeypatch.setattr(similarity, "available_cores", lambda: 2)
    monkeypatch.setattr(similarity, "_cut_with_chars", _die)
    assert _values(pairs, 2) == one


def test_one_process_or_a_small_batch_starts_no_worker(monkeypatch):
    pairs = _pairs()
    monkeypatch.setattr(similarity, "_cut_with_chars", _die)  # a worker would end the blocks here
    monkeypatch.setattr(similarity, "available_cores", lambda: 2)
    backend = _fitted([], 2)
    blocks = list(similarity._passage_blocks([p.answer for p in pairs if p], ["nl"] * 24, backend))
    assert all(b[-1] is None for b in blocks)  # no fitted space, fewer answers than _ASIDE_ANSWERS


def test_two_processes_give_the_rows_of_one_with_the_passages_aside(corpus_with_broken_pdf, monkeypatch):
    inputs = corpus_with_broken_pdf
    settings = Settings()  # tfidf+char similarity, identifiability, the trained score
    one = _rows(iter_scored(inputs, settings.replace(jobs=1)))
    parallel_anyway(monkeypatch)
    monkeypatch.setattr(embed, "_ASIDE_TEXTS", 1)
    monkeypatch.setattr(embed, "_cores", lambda: 2)
    monkeypatch.setattr(similarity, "_ASIDE_ANSWERS", 1)
    monkeypatch.setattr(similarity, "_BLOCK", 8)
    monkeypatch.setattr(similarity, "available_cores", lambda: 2)
    given = []
    take = embed.TfidfBackend.embed
    monkeypatch.setattr(
        embed.TfidfBackend,
        "embed",
        lambda self, texts, char_rows=None: given.append(char_rows is not None) or take(self, texts, char_rows),
    )
    two = _rows(iter_scored(inputs, settings.replace(jobs=2)))
    assert any(given)  # passages embedded with the worker's character rows
    assert two == one
    assert sum(isinstance(r[5], float) for r in one if r[0] != "problem") > 30
