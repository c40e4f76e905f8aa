"""Amounts and programmes on pages written in Spanish, French and Portuguese (round 24): the
currency and scale words of those languages, a decimal comma, thousands grouped by dots or
spaces, and the links of [allocated], [fronted] and [named] in those languages (funding.toml
[languages]).  Also the fund-story constructions of round 24: a recipient's clause "which is
to", "so that it can", "with which to", "so as to" / "in order to", a share fronted by "Out of
its", a grant "allocated to it".  Invented sentences in the constructions of real pages;
figures worked out by hand."""

from __future__ import annotations

from decimal import Decimal

from snippets import programmes

from coordkg.graph.extract.money import (
    AMOUNT,
    HEADER_CURRENCY,
    SHARED,
    amount,
    header_multiplier,
)
from tests.graph.test_linear_reading import growth


def _money(text: str) -> list[tuple[Decimal, str]]:
    return [(amount(m).amount, amount(m).currency) for m in AMOUNT.finditer(text)]


def test_amounts_written_in_spanish_french_and_portuguese() -> None:
    assert _money("un llamamiento de 40 millones de dólares") == [(Decimal(40000000), "USD")]
    assert _money("requiere US$ 25 millones") == [(Decimal(25000000), "USD")]
    assert _money("USD 3,5 millones para") == [(Decimal(3500000), "USD")]
    assert _money("2 millions de dollars américains") == [(Decimal(2000000), "USD")]
    assert _money("1 099 960 dollars pour") == [(Decimal(1099960), "USD")]
    assert _money("30 milhões de dólares americanos") == [(Decimal(30000000), "USD")]
    assert _money("R$ 70 milhões") == [(Decimal(70000000), "BRL")]
    assert _money("1.900 millones de dólares") == [(Decimal(1900000000), "USD")]
    assert _money("2,5 mil millones de dólares") == [(Decimal(2500000000), "USD")]
    assert _money("US$ 1,7 bilhão") == [(Decimal(1700000000), "USD")]
    assert _money("US$1.250 million") == [(Decimal(1250000), "USD")]  # English: a point
    assert [m.group() for m in SHARED.finditer("otros 14 millones irían")] == ["14 millones"]


def test_label_lines_and_headers_in_spanish_and_french() -> None:
    spanish = (
        "Plan de respuesta\n"
        "Salud: US$ 3,2 millones\n"
        "Protección: US$ 1,5 millones\n"
        "Fondos recibidos: US$ 2 millones\n"
        "Total: US$ 4,7 millones\n"
    )
    french = (
        "Plan de réponse\n"
        "- Éducation : 2,1 millions USD\n"
        "- Santé : 3,4 millions USD\n"
        "- Financement reçu : 1 million USD\n"
    )
    assert programmes(spanish) == {"Salud": Decimal(3200000), "Protección": Decimal(1500000)}
    assert programmes(french) == {"Éducation": Decimal(2100000), "Santé": Decimal(3400000)}
    header = HEADER_CURRENCY.search("Requerimientos (en millones de US$)")
    assert header is not None and header_multiplier(header) == 10**6


def test_sector_shares_in_spanish() -> None:
    text = (
        "Llamamiento por las inundaciones\n"
        "De los 30 millones de dólares solicitados, unos 6 millones irían para agua y "
        "saneamiento.\n"
        "Para el sector de educación, se piden 2,5 millones de dólares con el fin de abrir "
        "aulas temporales.\n"
        "Además, el sector de salud solicita US$ 3,2 millones.\n"
        "El llamamiento requiere 30 millones de dólares.\n"
    )
    assert programmes(text) == {
        "agua y saneamiento": Decimal(6000000),
        "educación": Decimal(2500000),
        "salud": Decimal(3200000),
    }


def test_a_breakdown_by_sector_and_agency_in_french() -> None:
    text = (
        "Le CERF alloue 3 millions de dollars\n"
        "La répartition par secteur est la suivante : 1 200 000 dollars pour la nutrition "
        "(UNICEF) ; 900 000 dollars pour l'agriculture sous la gestion de la FAO ; 900 000 "
        "dollars pour eau, hygiène et assainissement (OIM).\n"
    )
    assert programmes(text) == {
        "nutrition": Decimal(1200000),
        "agriculture": Decimal(900000),
        "eau, hygiène et assainissement": Decimal(900000),
    }


def test_one_agency_asking_in_portuguese_gives_no_programme() -> None:
    text = (
        "Agência pede fundos\n"
        "A agência precisa de US$ 12 milhões para continuar a ajuda até ao fim do ano.\n"
    )
    assert programmes(text) == {}


def test_a_recipients_clause_says_what_it_does_with_the_money() -> None:
    text = (
        "CERF allocates $1 million for flood response in Lakeland\n"
        "Close to $400,000 went to the World Food Programme (WFP), which is to provide food "
        "assistance to flooded households. The World Health Organization (WHO) was allocated "
        "some $300,000 so as to respond to disease outbreaks such as cholera. $200,000 was "
        "received by the United Nations Children's Fund (UNICEF) so that it can provide "
        "water and sanitation services to the people affected, while FAO will spend $100,000 "
        "in order to distribute seeds to 500 households.\n"
    )
    assert programmes(text) == {
        "food assistance": Decimal(400000),
        "respond to disease outbreaks such as cholera": Decimal(300000),
        "water and sanitation services": Decimal(200000),
        "distribute seeds": Decimal(100000),
    }


def test_shares_fronted_before_their_recipient() -> None:
    text = (
        "CERF allocates $2 million against hunger in Lakeland\n"
        "To answer this growing crisis, the Central Emergency Response Fund (CERF) made a rapid "
        "response grant totalling US$2,000,000, shared among three UN agencies.\n"
        "The World Food Programme (WFP) received $1 million, with which to provide emergency "
        "food assistance to refugees.\n"
        "Out of its $600,000 share, the United Nations Children's Fund (UNICEF) is to provide "
        "therapeutic milk and hygiene kits.\n"
        "With $400,000 allocated to it, the World Health Organization (WHO) is to strengthen "
        "disease surveillance.\n"
    )
    assert programmes(text) == {
        "emergency food assistance": Decimal(1000000),
        "therapeutic milk and hygiene kits": Decimal(600000),
        "disease surveillance": Decimal(400000),
    }


def test_an_amount_to_feed_counted_people_is_the_verb_and_whom_it_serves() -> None:
    text = (
        "Lakeland floods appeal\n"
        "The UN launched an appeal for $9 million. Of the total, US$3 million is for emergency "
        "shelter for 9,000 people. Another US$2 million (LKR 600 million) is to feed some "
        "70,000 people. The World Food Programme (WFP) asks for $1.5 million to feed up to "
        "40,000 children, and the World Health Organization (WHO) asks for $500,000 for "
        "medical supplies. The appeal will reach 120,000 people.\n"
    )
    assert programmes(text) == {
        "emergency shelter": Decimal(3000000),
        "feed people": Decimal(2000000),
        "feed children": Decimal(1500000),
        "medical supplies": Decimal(500000),
    }


def test_an_amount_asked_to_reach_counted_people_is_the_whole_appeals() -> None:
    text = (
        "Lakeland floods appeal\n"
        "The flash appeal asks for USD 9 million to reach 65,000 people hit by the floods. As "
        "coordinating agency for shelter, IOM is appealing for USD 2 million for shelter.\n"
        "The Humanitarian Country Team seeks US$ 9,000,000 to assist 110,000 households in food "
        "security and health. To date US$ 1,000,000 has been contributed.\n"
    )
    found = programmes(text)
    assert "reach people" not in found
    assert "assist households" not in found


def test_a_relief_effort_and_a_first_sum_committed() -> None:
    one = (
        "Volcano relief\n"
        "As the UN keeps scaling up its support, US$1M has been allocated to the relief effort "
        "through the UN Central Emergency Response Fund (CERF).\n"
    )
    two = (
        "Island pledges aid\n"
        "On Monday the Government of Lakeland committed a first sum of US$60,000 to aid urgent "
        "relief efforts in Caribbean states that Storm Ana struck, and in those Storm Bill now "
        "threatens.\n"
    )
    whole = "Storm appeal\nDonors have given US$2 million to the humanitarian efforts.\n"
    assert programmes(one) == {"relief effort": Decimal(1000000)}
    assert programmes(two) == {"urgent relief efforts": Decimal(60000)}
    assert programmes(whole) == {}


def test_eight_times_a_breakdown_in_french_takes_as_long() -> None:
    def lines(n: int) -> str:
        return "Le CERF alloue des fonds\n" + "".join(
            f"La répartition {i} : 1 200 000 dollars pour la nutrition (UNICEF) ; 900 000 "
            "dollars pour l'agriculture sous la gestion de la FAO.\n"
            for i in range(n)
        )

    small, large = lines(500), lines(4000)
    ratio = growth(programmes, small, large)
    assert ratio < 24, f"8x the lines took {ratio:.1f}x as long (quadratic: 64x)"
