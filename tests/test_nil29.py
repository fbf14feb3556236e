"""figures_missing, breakdown_missing (nil29): a nil said with a negation before "any" ("did not receive any
requests to grant permission to attend any party conferences") or a zero before a partitive ("None of the
Ajax-related Noise-Induced Hearing Loss claims have yet settled") that names what the count counts, in a sentence
sharing two words with the count's sentence, with no figure and no word of data, answers the count and needs no
split (``coverage._nils_of``). Texts are the records' own; the expected flags are the readers' of the labelled sets
named, or nil29's reading (unlabelled)."""

from __future__ import annotations

from qa_align.pipeline import score_document
from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.settings import Settings

SETTINGS = Settings(rules=("figures_missing", "breakdown_missing"), recycled_across_documents=False)


def _uk(question: str, answer: str) -> dict[str, str]:
    (sp,) = score_document(
        uk_record({"id": 1, "questionText": question, "answerText": answer}, "t"), SETTINGS
    )
    return {f.name: f.reason for f in sp.flags}


# dev-uk23 1840874 (its readers: answered, no flag: "none for each of (a) to (e), a nil a reader can state")
CONFERENCES = (
    "To ask the Chancellor of the Exchequer, with reference to paragraph 3 in the section entitled Civil Servants of "
    "the the Cabinet Office publication entitled Annual party conferences 2025, updated on 8 September 2025, how many "
    "civil servants in her Department have been permitted to attend (a) Labour Party Conference, (b) Conservative "
    "Party Conference, (c) Liberal Democrat Party Conference, (d) SNP Party Conference and (e) Reform Party "
    "Conference this year."
)
CONFERENCES_ANSWER = (
    "<p>The Permanent Secretary’s Office did not receive any requests to grant permission to attend any party "
    "conferences from HMT officials in 2025, in either an official or personal capacity.</p>"
)

# dev-uk49 1695378 (its readers: answered, no flag)
AJAX = (
    "To ask the Secretary of State for Defence, with reference to his Department's publication entitled MOD common "
    "law compensation claims statistics 2022/23, published on 26 February 2024, how many and what proportion of "
    "settled compensation claims on noise-induced hearing loss were related to the Ajax project in each financial "
    "year since 2018-19."
)
AJAX_ANSWER = "<p>None of the Ajax-related Noise-Induced Hearing Loss claims have yet settled.</p>"


def test_not_any_of_what_is_counted_is_a_nil():
    flags = _uk(CONFERENCES, CONFERENCES_ANSWER)
    assert "breakdown_missing" not in flags
    assert "figures_missing" not in flags


def test_none_of_the_counted_claims_needs_no_split_by_year():
    flags = _uk(AJAX, AJAX_ANSWER)
    assert "breakdown_missing" not in flags
    assert "figures_missing" not in flags


# uk-commons 1863351 (unlabelled; read by nil29: no contract placed, a count of none)
CONTRACTS = (
    "To ask the Secretary of State for Defence, with reference to his Department's press release entitled New robots "
    "lead the way in bomb disposal innovation, published on 5 February 2025, how many contracts he has placed with "
    "AeroVironment since 5 February 2025."
)
CONTRACTS_ANSWER = (
    "<p>The Department has not awarded any contracts to AeroVironment since 5 February 2025.</p>"
)


def test_not_any_of_the_counted_noun_answers_the_count():
    assert "figures_missing" not in _uk(CONTRACTS, CONTRACTS_ANSWER)
