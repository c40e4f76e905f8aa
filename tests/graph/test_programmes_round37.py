"""Round 37's programme shapes, in invented text.  Every expected amount and title worked out by
hand from the conventions (C2, C2a, C13)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from snippets import programmes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # whom each share goes to is skipped, an aside in brackets after it too (C2)
            "News\n"
            "The grant is shared out as follows:\n"
            "• $40,000 to Aid Borduria (a local charity) for seeds and tools in the north.\n"
            "• $25,000 to the Ruritanian Red Cross for hygiene kits.\n",
            {"seeds and tools": Decimal(40000), "hygiene kits": Decimal(25000)},
        ),
        (  # the same in Spanish: "a <recipient> para <what>"
            "Noticias\n"
            "La donación se reparte así:\n"
            "• US$40.000 a Ayuda Borduria (organización local) para semillas y herramientas.\n"
            "• US$25.000 a la Cruz Roja de Ruritania para kits de higiene.\n",
            {"semillas y herramientas": Decimal(40000), "kits de higiene": Decimal(25000)},
        ),
        (  # a verb after "para" is the activity, kept as after a donor's verb (C2); a verb of
            # providing is dropped (C2a)
            "Noticias\n"
            "La donación se reparte así:\n"
            "• US$30.000 para comprar semillas.\n"
            "• US$20.000 para apoyar la vacunación de ganado.\n",
            {"comprar semillas": Decimal(30000), "vacunación de ganado": Decimal(20000)},
        ),
    ],
)
def test_shares_one_to_a_bullet_read_past_their_recipient(
    text: str, expected: dict[str, Decimal]
) -> None:
    assert programmes(text) == expected


def test_two_shares_of_one_purpose_keep_their_recipients() -> None:
    # C13: one purpose given to two recipients stays two programmes, each titled by its
    # recipient before the purpose; a third share with a purpose of its own is titled by it
    text = (
        "Noticias\n"
        "Los fondos se reparten así:\n"
        "• US$50.000 a Ayuda Borduria para agua y saneamiento en el sur.\n"
        "• US$50.000 a Oxfam Ruritania para agua y saneamiento en el norte.\n"
        "• US$10.000 para kits de higiene.\n"
    )
    assert programmes(text) == {
        "Ayuda Borduria: agua y saneamiento": Decimal(50000),
        "Oxfam Ruritania: agua y saneamiento": Decimal(50000),
        "kits de higiene": Decimal(10000),
    }


def test_a_share_for_its_recipients_own_work_names_no_programme() -> None:
    # "for its work" is whatever the recipient does: no title of its own
    text = (
        "News\n"
        "The foundation gave:\n"
        "• $100,000 to Aid Borduria for seeds.\n"
        "• $150,000 to the Ruritania Foundation for its work across the country.\n"
    )
    assert programmes(text) == {"seeds": Decimal(100000)}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "News\nThe embassy has provided $20,000 for chlorine for the prevention of cholera.\n",
            "chlorine for the prevention of cholera",
        ),
        (
            "Noticias\nLa embajada donó US$20.000 para la asistencia técnica para la prevención "
            "de deslizamientos en la sierra.\n",
            "asistencia técnica para la prevención de deslizamientos",
        ),
    ],
)
def test_the_prevention_or_treatment_a_purpose_is_for_goes_on_with_it(
    text: str, title: str
) -> None:
    # "for"/"para" ends a title (whom it serves), but not before "the prevention of" or "the
    # treatment of": what is prevented or treated is part of the purpose (C2); where is cut
    assert programmes(text) == {title: Decimal(20000)}


def test_for_before_whom_still_ends_a_title() -> None:
    text = "News\nThe embassy has provided $20,000 for food rations for displaced families.\n"
    assert programmes(text) == {"food rations": Decimal(20000)}


def test_where_an_amount_comes_from_may_stand_before_its_phrase() -> None:
    # "from the <source> (ACR)" between the amount and "was allocated to": read as without it;
    # "support" dropped (C2a)
    text = (
        "News\n"
        "A cash grant of 50,000 USD from the Office for the Relief of Ruritania (ORR) was "
        "allocated to support emergency shelter repairs.\n"
    )
    assert programmes(text) == {"emergency shelter repairs": Decimal(50000)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the story's own allocation, on the page's first line with an amount, stays beside
            # a grant far smaller than it: other money, not its shares
            "News\n"
            "The UN has approved a further $3 million from the Central Emergency Response Fund "
            "(CERF) to provide emergency food.\n"
            "Earlier, $50,000 was allocated to support emergency shelter repairs.\n",
            {"emergency food": Decimal(3000000), "emergency shelter repairs": Decimal(50000)},
        ),
        (  # told further down, it is dropped beside other programmes, as before
            "News\n"
            "Earlier, $50,000 was allocated to support emergency shelter repairs.\n"
            "The UN has approved a further $3 million from the Central Emergency Response Fund "
            "(CERF) to provide emergency food.\n",
            {"emergency shelter repairs": Decimal(50000)},
        ),
    ],
)
def test_a_funds_head_allocation_stays_beside_a_much_smaller_other_grant(
    text: str, expected: dict[str, Decimal]
) -> None:
    # C17 drops a fund's allocation only for its shares
    assert programmes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the recipient's acronym in brackets before "pour" is part of whom the gift goes to;
        # "appuyer" (support) is dropped as C2a drops it, and so is "son" (its) before the
        # title, as "its" is
        "Nouvelles\nLe Fonds a octroyé 2 millions de dollars au Bureau de secours de Ruritanie "
        "(BSR) pour appuyer son opération de distribution de semences.\n",
        # the same sum in a currency coordkg does not read, set off by commas after the dollars
        # (their code in brackets first): the phrase after it follows the dollars
        "Nouvelles\nLe Fonds a octroyé 2 millions de dollars américains (USD), soit environ "
        "1,1 milliard francs CFA, au Bureau de secours de Ruritanie pour appuyer l'opération "
        "de distribution de semences.\n",
    ],
)
def test_a_french_gift_to_a_recipient_with_its_acronym_or_an_equivalent(text: str) -> None:
    assert programmes(text) == {"opération de distribution de semences": Decimal(2000000)}
