from __future__ import annotations

import pytest

from desktop.core.printing.barcodes import BarcodeError, code128, qr
from desktop.core.printing.paper import UnknownPaperError, paper, slots
from desktop.core.printing.thanks import LANGUAGES, buyer_language, words_for


def test_code128_runs_start_and_end_with_bars() -> None:
    bars = code128("2411245DPB0B95")
    assert bars.runs[0][0] == 0
    start, width = bars.runs[-1]
    assert start + width == bars.modules  # the stop pattern ends on a bar
    with pytest.raises(BarcodeError):
        code128("订单")


def test_qr_matrix_is_square() -> None:
    matrix = qr("#1004")
    assert matrix.size == len(matrix.rows) == 21
    assert all(start + width <= matrix.size for row in matrix.rows for start, width in row)


def test_paper_slots() -> None:
    assert len(slots(paper("A4"), 4)) == 4
    assert len(slots(paper("4x6"), 4)) == 1  # a label holds one checklist
    half = slots(paper("letter"), 2)[1]
    assert half.y == pytest.approx(279.4 / 2)
    with pytest.raises(UnknownPaperError):
        paper("a5")


@pytest.mark.parametrize(
    ("country", "language"),
    [
        ("MX", "es"),
        ("BR", "pt"),
        ("TW", "zh_TW"),
        ("CN", "zh_CN"),
        ("TH", "th"),
        ("SA", "ar"),
        ("US", "en"),
        (None, "en"),
        ("UA", "en"),
    ],
)
def test_buyer_language_from_country(country: str | None, language: str) -> None:
    assert buyer_language(country) == language


@pytest.mark.parametrize(
    ("country", "region", "postcode", "name", "language"),
    [
        ("BE", "Antwerpen", "2000", "", "nl"),
        ("BE", "", "4000", "", "fr"),
        ("BE", "", "4700", "", "de"),
        ("CA", "QC", "H2X 1Y4", "", "fr"),
        ("CA", "ON", "M5V 2T6", "", "en"),
        ("CH", "", "6900", "", "it"),
        ("PT", "Lisboa", "1100-148", "", "pt"),
        ("MY", "Selangor", "47500", "黄佩琪", "zh_CN"),
    ],
)
def test_the_packing_list_speaks_as_the_replies_do(
    country: str, region: str, postcode: str, name: str, language: str
) -> None:
    """One choice of language for everything the buyer reads: region and script count."""
    assert buyer_language(country, region, postcode, name) == language


def test_every_main_language_has_words() -> None:
    expected = {
        "en",
        "es",
        "pt",
        "fr",
        "de",
        "it",
        "nl",
        "zh_CN",
        "zh_TW",
        "ja",
        "ko",
        "th",
        "vi",
        "id",
        "ms",
        "ru",
        "ar",
    }
    assert set(LANGUAGES) == expected
    for language in LANGUAGES:
        words = words_for(language)
        assert words.title and words.thanks and words.item and words.quantity
    assert words_for("xx").language == "en"


def test_paper_writes_the_town_line_as_the_destination_post_does() -> None:
    """The checklist, the packing list and the dispute pack share the detail's and the replies'
    address rules: a US label reads "Chicago, IL 60668", a region equal to its city is written once."""
    from desktop.core.printing.checklist import ship_to_lines

    us = {"buyer_name": "Ann Lee", "address1": "233 S Wacker Dr", "city": "Chicago", "region": "IL",
          "postcode": "60668", "country": "US"}  # fmt: skip
    assert ship_to_lines(us) == ("Ann Lee", "233 S Wacker Dr", "Chicago, IL 60668", "United States")
    be = {"buyer_name": "Lotte Peeters", "address1": "Meir 12", "city": "Antwerpen", "region": "Antwerpen",
          "postcode": "2000", "country": "BE"}  # fmt: skip
    assert ship_to_lines(be) == ("Lotte Peeters", "Meir 12", "2000 Antwerpen", "Belgium")
    gb = {"buyer_name": "Sam", "address1": "10 Downing St", "city": "London", "postcode": "SW1A 1AA",
          "country": "GB"}  # fmt: skip
    assert ship_to_lines(gb) == ("Sam", "10 Downing St", "London", "SW1A 1AA", "United Kingdom")
