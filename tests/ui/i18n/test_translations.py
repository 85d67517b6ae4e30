"""Every shipped language is complete, keeps its placeholders, and its .qm is built from its .ts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.devtools import i18n as tool
from desktop.devtools.ts_files import fill, placeholder_problems, read_messages
from desktop.ui.i18n import choose_language, install_translators

HOW_TO_FIX = (
    "run `python3 -m desktop.devtools.i18n update`, translate what it lists "
    "(`todo` writes a JSON template, `fill FILE.json` writes it back), and commit i18n/"
)


def test_every_string_in_the_sources_is_translated(tmp_path: Path) -> None:
    # Extract afresh from today's sources into copies, so a new untranslated string shows up.
    for language in tool.LANGUAGES:
        shutil.copy(tool.ts_path(language), tool.ts_path(language, tmp_path))
    tool.lupdate([(language, tool.ts_path(language, tmp_path)) for language in tool.LANGUAGES])
    problems = tool.problems(tmp_path)
    assert not problems, HOW_TO_FIX + ":\n" + "\n".join(problems[:60])
    assert len(read_messages(tool.ts_path("zh_CN", tmp_path))) > 50


def test_committed_qm_files_are_built_from_the_ts_files(tmp_path: Path) -> None:
    for language in tool.LANGUAGES:
        built = tool.qm_path(language, tmp_path)
        tool.lrelease(tool.ts_path(language), built)
        committed = tool.qm_path(language)
        assert committed.exists(), HOW_TO_FIX
        assert committed.read_bytes() == built.read_bytes(), (
            f"{committed.name} is stale: {HOW_TO_FIX}"
        )


SMALL_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Backup</name>
    <message>
        <source>Backed up {orders} orders to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation type="unfinished"><numerusform></numerusform></translation>
    </message>
</context>
</TS>
"""


def test_a_dropped_placeholder_is_caught_and_fill_writes_translations(tmp_path: Path) -> None:
    ts = tmp_path / "x_zh_CN.ts"
    ts.write_text(SMALL_TS, encoding="utf-8")
    assert [m.finished for m in read_messages(ts)] == [False, False]
    fill(
        ts,
        {
            "Backed up {orders} orders to {path}.": "已备份 {orders} 个订单。",
            "%n file(s)": "%n 个文件",
        },
    )
    messages = read_messages(ts)
    assert [m.finished for m in messages] == [True, True]
    assert messages[1].forms == ("%n 个文件",)
    problems = placeholder_problems(messages[0])
    assert problems and "{path}" in problems[0]
    fill(
        ts, {"Backup::Backed up {orders} orders to {path}.": "已将 {orders} 个订单备份到 {path}。"}
    )
    assert placeholder_problems(read_messages(ts)[0]) == []


@pytest.mark.parametrize(
    ("requested", "system", "expected"),
    [
        ("zh_TW", ["en-US"], "zh_TW"),
        ("", ["zh-Hans-CN", "en"], "zh_CN"),
        (None, ["zh-TW"], "zh_TW"),
        (None, ["zh-Hant-HK"], "zh_TW"),
        (None, ["zh-SG"], "zh_CN"),
        (None, ["fr-FR", "en-GB"], "en"),
        (None, ["th-TH"], "en"),
        ("klingon", [], "en"),
    ],
)
def test_language_from_choice_or_system(
    requested: str | None, system: list[str], expected: str
) -> None:
    assert choose_language(requested, system) == expected


def test_chinese_interface_and_qt_dialogs(qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    try:
        assert install_translators(qapp, "zh_CN") == "zh_CN"
        assert QCoreApplication.translate("SettingsMenu", "Settings…") == "设置…"
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
        install_translators(qapp, "zh_TW")
        assert QCoreApplication.translate("SettingsMenu", "Settings…") == "設定…"
    finally:
        install_translators(qapp, "en")
    assert QCoreApplication.translate("SettingsMenu", "Settings…") == "Settings…"
