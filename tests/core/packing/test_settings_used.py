"""Every declared setting is read by some code, and the packing ones do what they say."""

from __future__ import annotations

from pathlib import Path

from desktop.core.models import Order, OrderLine
from desktop.core.printing.checklist import FragileRule, load_checklists, parse_words
from desktop.core.settings import SETTINGS

ROOT = Path(__file__).resolve().parents[3] / "desktop"
# Declaring and editing a setting is not reading it.
NOT_READERS = {"core/settings.py", "ui/settings_dialog.py"}


def test_every_declared_setting_is_read_by_some_code() -> None:
    sources = [
        p.read_text(encoding="utf-8")
        for p in ROOT.rglob("*.py")
        if p.relative_to(ROOT).as_posix() not in NOT_READERS
    ]
    unread = [s.key for s in SETTINGS if not any(f'"{s.key}"' in text for text in sources)]
    assert unread == []


def test_sample_mugs_glasses_and_vases_are_fragile(imported: Path) -> None:
    words = ("mug", "glass", "vase")
    wanted = {
        line.order_id
        for line in OrderLine.select(OrderLine.order, OrderLine.title, OrderLine.sku)
        if any(w in f"{line.title} {line.sku}".casefold() for w in words)
    }
    assert len(wanted) >= 45
    checklists = load_checklists(sorted(wanted))
    assert sum(c.fragile for c in checklists) == len(wanted)
    assert all(c.evidence_reminder for c in checklists)
    # Her own words, in any script's commas; none at all flags nothing beyond her ticks.
    assert parse_words("Glass，陶瓷、 mug;") == ("glass", "陶瓷", "mug")
    none = load_checklists(sorted(wanted), fragile=FragileRule(()))
    ticked = Order.select().where(Order.fragile == True).count()  # noqa: E712
    assert sum(c.fragile for c in none) <= ticked
