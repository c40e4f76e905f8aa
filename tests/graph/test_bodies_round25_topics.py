"""Round 25 (seen3's Panama page): "human mobility" is what a body may coordinate, so a
lower-case group on it is a body when a role word stands next to it ("an interagency group on
human mobility, to be co-led by A and B").  Invented sentences."""

from __future__ import annotations

from snippets import roles


def test_a_group_on_human_mobility_co_led() -> None:
    text = (
        "The UN team chose to set up an interagency group on human mobility, to be co-led by "
        "IOM and UNHCR.\n"
    )
    assert roles(text) == {
        ("IOM", "co-lead", "Group on Human Mobility", ""),
        ("UNHCR", "co-lead", "Group on Human Mobility", ""),
    }


def test_human_mobility_alone_names_no_body() -> None:
    text = "IOM and UNHCR co-led the study on human mobility in the border area.\n"
    assert roles(text) == set()


def test_human_alone_ends_no_topic() -> None:
    # round 26: "human" is a topic word only with another after it; "on human resources" was
    # read as a "Working Group on Human"
    text = "WHO leads an interagency working group on human resources for the clinics.\n"
    assert not any("Human" in body for _, _, body, _ in roles(text))
