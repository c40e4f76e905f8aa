"""Round 12's constructions of fund-governance pages, committee news and minutes (read from
fresh pages of the genres the held-out split is made of): a body named again by its generic
words, categories in a composition list, a numbered meeting chaired, secretarial support.

Each expected set is worked out by hand from the sentence."""

from __future__ import annotations

from snippets import roles


def test_a_body_named_again_by_its_generic_words_is_the_body_named_in_full() -> None:
    text = (
        "The Fund is supported by the SSHF Advisory Board. "
        "The Advisory Board is composed of representatives of OCHA and UNDP."
    )
    assert roles(text) == {
        ("OCHA", "member", "SSHF Advisory Board", ""),
        ("UNDP", "member", "SSHF Advisory Board", ""),
    }


def test_generic_words_opening_a_qualified_name_refer_to_it() -> None:
    text = (
        "The Prime Minister set up the Steering Committee for Coordination of Flood Relief. "
        "The Ministry of Finance chairs the Steering Committee."
    )
    assert roles(text) == {
        ("Ministry of Finance", "chair", "Steering Committee for Coordination of Flood Relief", ""),
    }


def test_the_last_body_the_generic_words_shorten_is_the_one_meant() -> None:
    text = (
        "The SSHF Advisory Board met in March. The Trust Fund Advisory Board met in May. "
        "The Advisory Board is chaired by UNDP."
    )
    assert roles(text) == {("UNDP", "chair", "Trust Fund Advisory Board", "")}


def test_a_topic_in_the_shorter_name_keeps_it_a_body_of_its_own() -> None:
    text = "UNICEF leads the Child Protection Sub-Cluster. The Protection Cluster is led by UNHCR."
    assert ("UNHCR", "lead", "Protection Cluster", "") in roles(text)


def test_categories_in_a_composition_list_name_no_member() -> None:
    text = (
        "The SSHF Advisory Board is composed of senior-level representatives of donors, "
        "UN organisations, NGOs, OCHA and UNDP."
    )
    assert roles(text) == {
        ("OCHA", "member", "SSHF Advisory Board", ""),
        ("UNDP", "member", "SSHF Advisory Board", ""),
    }


def test_chairing_a_numbered_meeting_of_a_body_holds_no_role_of_it() -> None:
    """C12: one meeting's chairs hold no role of the body (dev's Pakistan steering committee,
    seen3's Thai-Myanmar working group), active or passive."""
    assert roles("WHO chaired the 2nd meeting of the Health Cluster.") == set()
    assert (
        roles("UNHCR and WFP jointly chaired the 1st Meeting of the Cash Working Group.") == set()
    )
    text = (
        "They took forward the 3rd Meeting of the Lakeside Joint Working Group, co-chaired by UNDP."
    )
    assert roles(text) == set()


def test_a_body_after_a_sitting_word_keeps_its_standing_chairs() -> None:
    assert roles("The Lakeside Joint Working Group, co-chaired by UNHCR and UNDP, met.") == {
        ("UNHCR", "co-chair", "Lakeside Joint Working Group", ""),
        ("UNDP", "co-chair", "Lakeside Joint Working Group", ""),
    }


def test_secretarial_support_to_a_body_is_its_secretariat() -> None:
    assert roles("OCHA and UNDP provide secretarial support to the Health Cluster.") == {
        ("OCHA", "secretariat", "Health Cluster", ""),
        ("UNDP", "secretariat", "Health Cluster", ""),
    }
