"""The garbage collector is paused for a block and left as it was found."""

from __future__ import annotations

import gc

import pytest

from coordkg.collector import paused


def test_the_collector_is_off_in_the_block_and_on_again_after_it() -> None:
    assert gc.isenabled()
    with paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_paused_already_stays_paused_and_an_error_restores_it() -> None:
    gc.disable()
    try:
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause is the outer block's to end
    finally:
        gc.enable()
    with pytest.raises(ValueError), paused():
        raise ValueError
    assert gc.isenabled()
