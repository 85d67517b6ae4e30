"""Arabic and Hebrew fields are printed as right-to-left paragraphs."""

from __future__ import annotations

from desktop.ui.printing.canvas import is_right_to_left


def test_paragraph_direction_follows_the_first_strong_character() -> None:
    assert is_right_to_left("نورة الشهري")
    assert is_right_to_left("12 רחוב הרצל, תל אביב")  # digits are weak; Hebrew decides
    assert not is_right_to_left("Buyer: نورة الشهري")
    assert not is_right_to_left("王雅婷")
    assert not is_right_to_left("")
