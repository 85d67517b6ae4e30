from __future__ import annotations

from desktop.core.printing.pdf_text import repair_pdf_bytes

CMAP = b"""begincmap
2 beginbfrange
<0000> <0000> <0000>
<2F00> <2F02> [<2FBC> <2F90> <FEE7> ]
endbfrange
1 beginbfchar
<2FBC> <FEFB>
endbfchar
endcmap
"""


def test_radicals_and_presentation_forms_become_plain_letters() -> None:
    fixed = repair_pdf_bytes(CMAP)
    assert len(fixed) == len(CMAP)
    # Glyph ids (the sources) never change, even when they look like radicals.
    assert b"<2F00> <2F02> [<9AD8> <8863> <0646> ]" in fixed
    # lam-alef has no single-letter form, so it stays.
    assert b"<2FBC> <FEFB>" in fixed
