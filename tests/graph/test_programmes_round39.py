"""Round 39's programme shapes, in invented text.  Every expected amount and title worked out by
hand from the conventions (C2, C2a, C2b, C17)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from snippets import programmes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a fund's allocation to a country "through" its pool, after "a total of" (C17)
            "News\n"
            "The coordination office has allocated a total of $12 million through the Ruritania "
            "Humanitarian Fund for emergency shelter across the north.\n",
            {"emergency shelter": Decimal(12000000)},
        ),
        (  # the same allocation split among kinds of recipients: whom, not what, is listed
            "News\n"
            "The coordination office has allocated a total of $12 million through the Ruritania "
            "Humanitarian Fund for emergency shelter across the north.\n"
            "Four national NGOs ($5 million) and three UN agencies ($7 million) will carry out "
            "the projects.\n",
            {"emergency shelter": Decimal(12000000)},
        ),
    ],
)
def test_a_fund_allocation_through_its_pool(text: str, expected: dict[str, Decimal]) -> None:
    assert programmes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a donor's amount "in" aid, then only whom it helps: the aid is the purpose (C2)
            "News\n"
            "The Government of Borduria is providing $4 million in emergency food assistance "
            "that will support thousands of displaced families.\n",
            {"emergency food assistance": Decimal(4000000)},
        ),
        (  # "to help" whom after it says no more than the aid (C2, not C2b)
            "News\n"
            "Borduria is providing an additional $2 million in humanitarian aid to help families "
            "hit by the storm.\n",
            {"humanitarian aid": Decimal(2000000)},
        ),
        (  # a verb that is the activity after the aid is the purpose (C2)
            "News\n"
            "Borduria is providing $3 million in relief to rebuild damaged schools in the "
            "east.\n",
            {"rebuild damaged schools": Decimal(3000000)},
        ),
        (  # the same in Spanish, "adicionales" between amount and aid
            "Noticias\n"
            "Borduria está aportando $ 2 millones adicionales en asistencia humanitaria para "
            "ayudar a las familias afectadas por la tormenta.\n",
            {"asistencia humanitaria": Decimal(2000000)},
        ),
        (  # a donor destining money to what it does (C2b: the verb stays before whom)
            "Noticias\n"
            "El Gobierno de Borduria destinó $2 millones de dólares para ayudar a las familias "
            "más afectadas.\n",
            {"ayudar a las familias más afectadas": Decimal(2000000)},
        ),
        (  # an amount "for the region" names where the money goes: no programme
            "News\n"
            "Borduria is providing $2 million in humanitarian aid to help families hit by the "
            "storm. Its aid rises to $3 million, and to $9 million for the region.\n",
            {"humanitarian aid": Decimal(2000000)},
        ),
    ],
)
def test_a_donor_amount_in_aid(text: str, expected: dict[str, Decimal]) -> None:
    assert programmes(text) == expected
