"""Round 24 (seen20's Nepal news): a passive chair with "at present" or ", as a rule," before its
"by", and an officer's post before "of" and a name read from its head ("Chief Executive Officer
of National Disaster ... Authority"), which stands for the authority (C1).  Invented sentences."""

from __future__ import annotations

from snippets import roles


def test_chaired_at_present_by() -> None:
    text = (
        "The Flood Network serves as secretariat of the National Platform for Resilience (NPR), "
        "chaired at present by the Ministry of Interior (MoI).\n"
    )
    assert ("MoI", "chair", "NPR", "") in roles(text)


def test_chaired_as_a_rule_by() -> None:
    text = (
        "The meeting was called by the National Platform for Resilience (NPR), which is chaired, "
        "as a rule, by the Ministry of Interior (MoI).\n"
    )
    assert ("MoI", "chair", "NPR", "") in roles(text)


def test_an_officer_of_an_authority_stands_for_the_authority() -> None:
    text = (
        "The National Platform for Resilience (NPR) is chaired by Chief Executive Officer of "
        "National Resilience and Recovery Authority (NRRA).\n"
    )
    assert roles(text) == {("NRRA", "chair", "NPR", "")}


def test_an_acronym_in_mixed_case_with_its_country_serving_as_secretariat() -> None:
    # "DPNet-Nepal, which serves as secretariat of": an acronym no reference knows, the subject
    # of the role after a date that opens the sentence
    text = (
        "On 2 March 2019, DRNet-Malawi, which serves as secretariat of the National Platform "
        "for Resilience (NPR), held a meeting.\n"
    )
    assert roles(text) == {("DRNet-Malawi", "secretariat", "NPR", "")}


def test_an_acronym_that_is_the_secretariat() -> None:
    text = "ABCN is the secretariat of the National Platform for Resilience (NPR).\n"
    assert roles(text) == {("ABCN", "secretariat", "NPR", "")}


def test_a_plural_acronym_is_no_subject() -> None:
    text = "NGOs are members of the National Platform for Resilience (NPR).\n"
    assert roles(text) == set()
