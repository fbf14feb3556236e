"""Closed questions on Belgian Chamber answers (helper yesno12): "meer of minder" offers a choice.
Questions written for the tests; expected values from reading them."""

import pytest

from .conftest import closed_of


@pytest.mark.parametrize(
    "text, closed",
    [
        # more or fewer: which of two, no yes or no
        ("Komen er meer of minder treinen?", False),
        ("Zijn er meer of minder kinderen vermist dan vorig jaar?", False),
        # "min of meer" is "about": the yes or no is still asked
        ("Is dat min of meer het geval?", True),
        ("Zijn er meer kinderen vermist dan vorig jaar?", True),
    ],
)
def test_nl_more_or_fewer_offers_a_choice(text, closed):
    assert closed_of(text) == ([text] if closed else [])
