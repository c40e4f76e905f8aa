"""Round 25's programme shapes of a fund's or a donor's story, in invented sentences: two
amounts each after its recipient sharing one purpose after ", both"; a list of means after
"through" kept whole; a means "by <gerund>" kept with the purpose, and a further "and by
<gerund>" after whom; money to support a coordination body titled by the body.  Every expected title and amount worked out
by hand (C2, C2a, C13)."""

from __future__ import annotations

import time
from decimal import Decimal

from snippets import programmes

FUND = "Drought\nThe Central Emergency Response Fund (CERF) has allocated $5 million to agencies.\n"


def test_two_recipients_each_with_its_amount_both_for_one_purpose() -> None:
    # one purpose for two recipients: each row keeps its recipient before it (C13)
    text = (
        f"{FUND}FAO received a grant of $410,000 and the World Food Programme (WFP) got "
        "$390,000, both to distribute seeds to 2,000 farming households.\n"
    )
    assert programmes(text) == {
        "FAO: distribute seeds": Decimal(410000),
        "WFP: distribute seeds": Decimal(390000),
    }


def test_one_recipient_before_both_names_no_pair() -> None:
    # "both" after a single amount shares nothing: read as the amount's own purpose, if any
    text = f"{FUND}The fund said both WFP and FAO need more, and $200,000, both to aid.\n"
    assert not any(":" in title for title in programmes(text))


def test_a_list_of_means_after_whom_is_kept_whole() -> None:
    # "help" names whom (C2b) and the means after "through" is what is paid for; the list
    # closed by "and" is kept whole (C2: the whole purpose)
    text = (
        f"{FUND}UNICEF was allocated $300,000 to help 4,000 infants through oral rehydration "
        "salts, zinc tablets and water purification.\n"
    )
    assert programmes(text) == {
        "oral rehydration salts, zinc tablets and water purification": Decimal(300000)
    }


def test_a_means_by_doing_stays_with_its_purpose() -> None:
    # "improve" is dropped (C2a); the means "by <gerund>" is part of the purpose, whom cut
    text = (
        f"{FUND}The Food and Agriculture Organization (FAO) got $900,000 to improve crop "
        "output by handing out drought-tolerant seed to 5,000 households and by repairing "
        "irrigation canals.\n"
    )
    assert programmes(text) == {
        "crop output by handing out drought-tolerant seed and by repairing irrigation "
        "canals": Decimal(900000)
    }


def test_money_to_support_a_coordination_forum_is_titled_by_the_forum() -> None:
    # the forum's work is what the donor pays for ("support" dropped, C2a); a country or an
    # agency so named would be no programme
    text = (
        "Preparedness\nThe donor office is providing $150,000 to support the Disaster "
        "Preparedness Forum (DPF) in the country.\n"
    )
    assert programmes(text) == {"Disaster Preparedness Forum": Decimal(150000)}


def _took(text: str) -> float:
    start = time.perf_counter()
    programmes(text)
    return time.perf_counter() - start


def test_both_pairs_and_means_read_in_linear_time() -> None:
    def page(n: int) -> str:
        both = " ".join(
            f"FAO received ${100 + i},000 and the World Food Programme (WFP) got ${200 + i},000, "
            "both to help farmers through seed, tools and training. WHO got "
            f"${300 + i},000 to improve care by training nurses and by equipping clinics."
            for i in range(n)
        )
        return f"{FUND}{both}\n"

    small, large = page(500), page(4000)
    ratio = min(_took(large) for _ in range(2)) / min(_took(small) for _ in range(2))
    assert ratio < 24, f"8x the amounts took {ratio:.1f}x as long (quadratic: 64x)"
