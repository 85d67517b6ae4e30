from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.db import close_database
from desktop.core.models import Order


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
                 "--lang", "en", "--set", "signature=Lin"])  # fmt: skip
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
