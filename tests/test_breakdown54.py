"""breakdown_missing (breakdown54). A claim before a table placeholder that says only a split the unit does not ask
cannot be made ("Bijgevolg kan de Tabak- en Alcoholcontroledienst geen opsplitsing maken van de controlecijfers tussen
de vergrendelingssystemen identiteitskaartlezers en \"age coins\"", for "uitgesplitst per jaar, per Gewest en
vervolgens per provincie") does not say the count is unknown (``core._count_unknown_before_placeholder`` reads
``coverage.refuses_another_split``, which now reads the members after "tussen" / "between", ``[coverage]
refused_split_by``): the placeholder's table counts as given (LABELS.md, settled cases). The text is be-kamer 185422's
own (dev-be97, unit 2 read so by its readers). The first test fails on 98eba134 (checked on a ``git archive 98eba134``
copy with this file added); the guard passes on both: unit 3 asks the split the claim names ("per vergrendelmethode")
and keeps its flag."""

from __future__ import annotations

from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import be_doc

SETTINGS = Settings(rules=("figures_missing", "breakdown_missing"), recycled_across_documents=False)

# be-kamer 185422
AUTOMATS = "Tabaksautomaten. \n\n Het aantal verkooppunten van tabakswaren heeft een sterke invloed op het aankoopgedrag van jongeren en op de perceptie van de toegankelijkheid van tabak. Het gaat om krantenwinkels, tabakswinkels, nachtwinkels, tankstations, maar ook om tabaksautomaten. Deze verkooppunten voor tabak zijn nog in veel horecazaken terug te vinden.Graag bekwam ik enkele cijfers omtrent de controle op naleving van de wetgeving rond die tabaksautomaten. 1. Hoeveel tabaksautomaten zijn momenteel in gebruik? Graag de cijfers van 1 januari 2011 tot 31 december 2016, uitgesplitst per Gewest, per provincie en vervolgens per vergrendelmethode (age coin of eID)?2. Hoeveel controles werden de jongste vijf jaar uitgevoerd? Graag de cijfers van 1 januari 2011 tot 31 december 2016, uitgesplitst per jaar, per Gewest en vervolgens per provincie. 3. Hoeveel overtredingen werden de jongste vijf jaar vastgesteld? Graag de cijfers van 1 januari 2011 tot 31 december 2016, uitgesplitst per jaar, per Gewest, per provincie, per vergrendelmethode van de automaat (age coin of eID) en vervolgens per aard van de overtreding. 4. Hoeveel processen-verbaal werden de jongste vijf jaar uitgeschreven? Graag de cijfers van 1 januari 2011 tot 31 december 2016, uitgesplitst per jaar, per Gewest, per provincie, per vergrendelmethode van de automaat (age coin of eID) en vervolgens per aard van de overtreding. 5. Hoeveel automaten werden sinds 2014 vergrendeld? Graag de cijfers van 1 januari 2014 tot 31 december 2016, uitgesplitst per jaar, per Gewest, per provincie, per vergrendelmethode en vervolgens per aard van de overtreding."
AUTOMATS_ANSWER = '1. Er bestaan geen officiele cijfers over hoeveel tabaksautomaten momenteel in gebruik zijn.Begin 2013 heeft het Waals Gewest een taks op tabaksautomaten ingevoerd (Decret du 19 novembre 1998 instaurant une taxe sur les automates en Region Wallone). Sedertdien is het aantal tabaksautomaten in Wallonie sterk afgenomen. 2. tot 4. In onderstaande tabel worden de controleresultaten van de jongste vijf jaar weergegeven.De wetgeving voor tabaksautomaten voorziet dat een verantwoordelijke het ongrendelingssysteem van de tabaksautomaat ontgrendeld door afstandsbediening of door age-coins. Volgens de wetgeving op tabaksautomaten is een ontgrendelingssysteem via een identiteitskaartlezer niet toegelaten, onder andere kan dit verbod verklaard worden door het ontbreken van een controle door derden.Bijgevolg kan de Tabak- en Alcoholcontroledienst geen opsplitsing maken van de controlecijfers tussen de vergrendelingssystemen identiteitskaartlezers en "age coins".2016201714250-7-1346-nl-fr\n      5. Tot op heden werden nog geen automaten vergrendeld.'


def _flags() -> dict[str, set[str]]:
    pairs = score_document(
        be_doc(AUTOMATS, AUTOMATS_ANSWER, doc_id="185422", date_tabled="2017-01-20"), SETTINGS
    )
    return {sp.pair.question.n: {f.name for f in sp.flags} for sp in pairs}


def test_claim_of_another_split_before_placeholder_leaves_table_given():
    assert "breakdown_missing" not in _flags()["2"]


def test_claim_of_the_units_own_split_keeps_its_gap():
    assert "breakdown_missing" in _flags()["3"]
