from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.core.db import close_database
from desktop.core.models import Order
from desktop.core.replies.catalogue import load_catalogue


@pytest.fixture
def cli_data(tmp_path: Path, samples: Path) -> Path:
    folder = tmp_path / "cli"
    assert (
        main(
            ["--data-dir", str(folder), "import", str(samples / "aliexpress_orders_20241130.xlsx")]
        )
        == 0
    )
    close_database()
    return folder


def _spanish_order(folder: Path) -> str:
    from desktop.core.db import open_database
    from desktop.core.paths import database_url

    open_database(database_url(folder))
    order = (
        Order.select().where((Order.country == "ES") & Order.tracking_number.is_null(False)).first()
    )
    close_database()
    return str(order.order_id)


def test_reply_prints_the_message(cli_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    order_id = _spanish_order(cli_data)
    code = main(["--data-dir", str(cli_data), "reply", order_id, "--scenario", "logistics_inquiry",
                 "--lang", "en", "--set", "signature=Lin", "--at", "2024-11-05T09:00+01:00"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    assert order_id in out and "{" not in out


def test_reply_fails_on_unfilled(cli_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    order_id = _spanish_order(cli_data)
    code = main(
        [
            "--data-dir",
            str(cli_data),
            "reply",
            order_id,
            "--scenario",
            "no_longer_wanted",
            "--lang",
            "en",
        ]
    )
    captured = capsys.readouterr()
    assert code == 3
    assert "refund_amount" in captured.err
    code = main(["--data-dir", str(cli_data), "reply", order_id, "--scenario", "no_longer_wanted", "--lang", "en",
                 "--set", "refund_amount=4.5", "--set", "signature=Lin"])  # fmt: skip
    assert code == 0
    assert "US$4.50" in capsys.readouterr().out


def test_reply_errors(cli_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["--data-dir", str(cli_data), "reply", "nope", "--scenario", "logistics_inquiry"]) == 1
    )
    order_id = _spanish_order(cli_data)
    assert main(["--data-dir", str(cli_data), "reply", order_id, "--scenario", "no_such"]) == 2
    assert (
        main(
            [
                "--data-dir",
                str(cli_data),
                "reply",
                order_id,
                "--scenario",
                "logistics_inquiry",
                "--set",
                "x",
            ]
        )
        == 2
    )
    assert "unknown scenario" in capsys.readouterr().err


def test_list_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["--data-dir", str(tmp_path / "d"), "reply", "--list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    by_key = {row["key"]: row for row in rows}
    assert by_key["package_delayed"]["fields"] == ["delay_reason", "new_delivery_date"]
    assert {"en", "zh_CN", "zh_TW"} <= set(by_key["damaged_item"]["languages"])
    assert set(rows[0]) == {"key", "title", "languages", "fields"}


# ----- the headless seams of the follow-up plan, the log and cases ---------------------------
FILLS = ["new_address=Calle Mayor 1, 28013 Madrid", "refund_amount=5", "duty_share_amount=3",
         "new_delivery_date=2024-12-20", "resolve_by=2024-12-18", "alternative_link=https://shop.example/similar",
         "delay_reason=customs", "issue_summary=damaged", "solution=refund", "listing_clause=not_stated"]  # fmt: skip
AT = "2024-12-01T09:00+08:00"


def _opened_folder(folder: Path) -> Path:
    """A new data folder with its database open (the commands under test open it again)."""
    from desktop.core.db import open_database
    from desktop.core.paths import database_url

    folder.mkdir()
    open_database(database_url(folder))
    return folder


@pytest.fixture
def fresh(tmp_path: Path) -> Path:
    """A fresh data folder: no settings, no signature, shops named after their marketplace."""
    from datetime import UTC, datetime

    from desktop.core.models import OrderLine, Shop

    folder = _opened_folder(tmp_path / "fresh")
    shop = Shop.create(marketplace="aliexpress", name="AliExpress")
    common = {"marketplace": "aliexpress", "shop": shop, "buyer_name": "Javier Martínez", "country": "ES",
              "region": "Madrid", "city": "Madrid", "address1": "Calle de Alcalá 42", "postcode": "28014",
              "currency": "EUR", "total": "39.90", "quantity_total": 1,
              "ordered_at": datetime(2024, 11, 30, 8, tzinfo=UTC), "paid_at": datetime(2024, 11, 30, 8, tzinfo=UTC)}  # fmt: skip
    orders = {
        "to_pack": Order.create(
            order_id="A-1",
            workflow_status="to_pack",
            shipping_service="AliExpress Standard Shipping",
            ship_by=datetime(2024, 12, 4, tzinfo=UTC),
            **common,
        ),
        "shipped": Order.create(
            order_id="A-2",
            workflow_status="shipped",
            tracking_number="LZ123456789CN",
            shipped_at=datetime(2024, 11, 29, tzinfo=UTC),
            **common,
        ),
        "delivered": Order.create(
            order_id="A-3",
            workflow_status="delivered",
            tracking_number="LZ123456780CN",
            carrier="Cainiao",
            shipped_at=datetime(2024, 11, 10, tzinfo=UTC),
            delivered_at=datetime(2024, 11, 28, tzinfo=UTC),
            **common,
        ),
    }
    for order in orders.values():
        OrderLine.create(order=order, position=1, title="Ceramic vase", variant="Blue", quantity=1)
    close_database()
    return folder


def _order_for(stage: str) -> str:
    if stage in {"paid", "to_ship", "any"}:
        return "A-1"
    if stage in {"delivered", "closed", "case"}:
        return "A-3"
    return "A-2"


def test_fresh_folder_renders_every_scenario_in_every_language(
    fresh: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    catalogue = load_catalogue()
    sets = [arg for fill in FILLS for arg in ("--set", fill)]
    failures = []
    for scenario in catalogue.scenarios:
        for language in catalogue.languages:
            code = main(["--data-dir", str(fresh), "reply", _order_for(scenario.stage), "--scenario",
                         scenario.key, "--lang", language, "--at", AT, "--json", *sets])  # fmt: skip
            captured = capsys.readouterr()
            shown = json.loads(captured.out)
            if code != 0 or "{" in shown["text"] or "{" in shown["mirror"]:
                failures.append((scenario.key, language, code, captured.err.strip()))
    assert failures == []


def test_reply_json_warns_and_logs(fresh: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--data-dir", str(fresh), "reply", "A-2", "--scenario", "cancel_before_shipping",
                 "--at", AT, "--json"])  # fmt: skip
    shown = json.loads(capsys.readouterr().out)
    assert code == 0 and set(shown) == {"text", "language", "mirror", "warnings"}
    assert shown["language"] == "es"  # chosen as the window does: Spain writes Spanish
    assert [w["code"] for w in shown["warnings"]] == ["already_shipped"]
    # Signed with nothing rather than a placeholder, and never "thank you for choosing AliExpress".
    assert "{signature}" not in shown["text"]
    assert main(["--data-dir", str(fresh), "reply", "A-2", "--scenario", "shipped_tracking",
                 "--at", AT, "--log"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["--data-dir", str(fresh), "today", "--at", AT, "--json"]) == 0
    plan = {row["order_id"]: row for row in json.loads(capsys.readouterr().out)}
    # The tracking message was sent: it is not suggested again.
    assert "A-2" not in plan


def test_today_message_and_case_seams(fresh: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--data-dir", str(fresh)]
    assert main([*base, "today", "--at", AT, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and set(rows[0]) == {
        "order_id",
        "marketplace",
        "reason",
        "scenario",
        "days",
        "priority",
    }
    # A buyer's message puts the order first, with how long she has waited.
    assert main([*base, "message", "A-3", "--from", "buyer", "--text", "Where is my parcel?? It has been 6 weeks!",
                 "--at", "2024-11-29T10:00+08:00"]) == 0  # fmt: skip
    assert main([*base, "today", "--at", AT, "--json"]) == 0
    first = json.loads(capsys.readouterr().out)[0]
    assert (first["order_id"], first["reason"], first["days"], first["priority"]) == (
        "A-3",
        "buyer_waiting",
        2,
        1,
    )
    assert (
        main(
            [
                *base,
                "message",
                "A-3",
                "--from",
                "seller",
                "--text",
                "Sorry, checking now.",
                "--at",
                AT,
            ]
        )
        == 0
    )

    capsys.readouterr()
    # A case as the Case tab opens it; its steps with due dates and state.
    assert main([*base, "case", "A-3", "--open", "damaged_item", "--at", AT]) == 0
    capsys.readouterr()
    assert main([*base, "case", "A-3", "--json", "--at", AT]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["kind"] == "damaged_item" and shown["status"] == "open"
    assert [s["state"] for s in shown["steps"]] == ["current"] + ["pending"] * 6
    assert shown["steps"][0]["due_at"].startswith("2024-12-01")
    assert main([*base, "case", "A-3", "--open", "no_such_kind"]) == 2
    assert main([*base, "case", "NOPE", "--json"]) == 1
    assert main([*base, "today", "--at", "not a date"]) == 2
    capsys.readouterr()
    # The open case suppresses the review request the delivered order would get.
    assert main([*base, "today", "--at", AT, "--json"]) == 0
    plan = {row["order_id"]: row for row in json.loads(capsys.readouterr().out)}
    assert plan["A-3"]["reason"] == "case_due" and plan["A-3"]["scenario"] == "case_acknowledge"


def test_reply_log_completes_the_case_step_once(
    fresh: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--data-dir", str(fresh)]
    assert main([*base, "case", "A-3", "--open", "damaged_item", "--at", AT]) == 0
    for _ in range(2):
        assert (
            main([*base, "reply", "A-3", "--scenario", "case_acknowledge", "--at", AT, "--log"])
            == 0
        )
    capsys.readouterr()
    assert main([*base, "case", "A-3", "--json", "--at", AT]) == 0
    steps = json.loads(capsys.readouterr().out)["steps"]
    # The same message sent twice completes its step, not the next one too.
    assert [s["state"] for s in steps[:3]] == ["done", "current", "pending"]
    assert steps[1]["due_at"] >= "2024-12-01"


@pytest.fixture
def low_countries(tmp_path: Path) -> Path:
    """Three shipped orders: Antwerp (Flanders), Amsterdam and Liège (Wallonia)."""
    from datetime import UTC, datetime

    from desktop.core.models import OrderLine, Shop

    folder = _opened_folder(tmp_path / "benelux")
    shop = Shop.create(marketplace="etsy", name="Vase Studio")
    places = {
        "BE-1": ("Lotte Peeters", "BE", "Antwerpen", "Antwerpen", "Meir 12", "2000"),
        "NL-1": ("Sanne de Vries", "NL", "Noord-Holland", "Amsterdam", "Damrak 1", "1012 LG"),
        "BE-2": ("Camille Dubois", "BE", "Liège", "Liège", "Place Saint-Lambert 1", "4000"),
    }
    for order_id, (name, country, region, city, street, postcode) in places.items():
        order = Order.create(
            order_id=order_id, marketplace="etsy", shop=shop, buyer_name=name, country=country,
            region=region, city=city, address1=street, postcode=postcode, currency="EUR",
            total="39.90", quantity_total=1, workflow_status="shipped", carrier="PostNL",
            tracking_number="LZ123456789CN", shipped_at=datetime(2024, 11, 29, tzinfo=UTC),
            ordered_at=datetime(2024, 11, 27, tzinfo=UTC), paid_at=datetime(2024, 11, 27, tzinfo=UTC),
        )  # fmt: skip
        OrderLine.create(order=order, position=1, title="Ceramic vase", variant="Blue", quantity=1)
    close_database()
    return folder


def test_flemish_and_dutch_buyers_get_dutch_walloons_french(
    low_countries: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def reply(order_id: str, scenario: str, *extra: str) -> dict[str, Any]:
        code = main(["--data-dir", str(low_countries), "reply", order_id, "--scenario", scenario,
                     "--at", AT, "--json", *extra])  # fmt: skip
        shown: dict[str, Any] = json.loads(capsys.readouterr().out)
        assert code == 0 and "{" not in shown["text"], shown
        return shown

    for order_id, first_name in (("BE-1", "Lotte"), ("NL-1", "Sanne")):
        warm = reply(order_id, "shipped_tracking")
        assert warm["language"] == "nl"
        assert warm["text"].startswith(f"Beste {first_name}, goed nieuws: uw bestelling {order_id}")
        assert "Trackingnummer: LZ123456789CN" in warm["text"]
        short = reply(order_id, "package_delayed", "--variant", "short",
                      "--set", "delay_reason=customs", "--set", "new_delivery_date=2024-12-20")  # fmt: skip
        assert short["language"] == "nl"
        assert short["text"].startswith(f"Hallo {first_name}, uw pakket loopt vertraging op")
        assert "door een douanecontrole aan de grens" in short["text"]
        assert "20 december 2024" in short["text"]  # Babel's Dutch date
        refund = reply(order_id, "no_longer_wanted", "--set", "refund_amount=5,50")
        assert "terugbetaling van € 5,50" in refund["text"].replace("\u00a0", " ")
    walloon = reply("BE-2", "shipped_tracking")
    assert walloon["language"] == "fr"
    assert walloon["text"].startswith("Bonjour Camille") and "commande" in walloon["text"]
