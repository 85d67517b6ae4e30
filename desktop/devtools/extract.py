"""Find the interface strings in Python sources, with the context Qt will look them up in.

pyside6-lupdate sees `QCoreApplication.translate("Ctx", "text")`, but not the house pattern

    def tr(text: str) -> str:
        return QCoreApplication.translate("MainWindow", text)
    ... tr("Import exports…")

(it files such calls under an empty context, so at run time nothing is found). This reads the
sources with `ast`, resolves such helpers (also imported ones, and contexts held in module
constants), and writes every message as an explicit translate call into a stub that lupdate
then reads; lupdate keeps doing the merging into the .ts files."""

from __future__ import annotations

import ast
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

TRANSLATE_NAMES = {"translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"}


@dataclass(frozen=True)
class Found:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False


def _module_name(path: Path, root: Path) -> str:
    return ".".join(path.relative_to(root).with_suffix("").parts)


def _text(node: ast.AST | None, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _callee(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


@dataclass(frozen=True)
class Helper:
    context: str
    numerus: bool  # the helper passes a count on (translate's fourth argument)


def _constants(tree: ast.Module) -> dict[str, str]:
    found = {}
    for node in tree.body:
        value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
        targets = node.targets if isinstance(node, ast.Assign) else (
            [node.target] if isinstance(node, ast.AnnAssign) else []
        )  # fmt: skip
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            for target in targets:
                if isinstance(target, ast.Name):
                    found[target.id] = value.value
    return found


def _helpers(tree: ast.Module, constants: dict[str, str]) -> dict[str, Helper]:
    """Module-level functions that only forward their first argument to translate("Ctx", ...)."""
    found = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        first = node.args.args[0].arg
        for inner in ast.walk(node):
            if (
                isinstance(inner, ast.Call)
                and _callee(inner) == "translate"
                and len(inner.args) >= 2
                and isinstance(inner.args[1], ast.Name)
                and inner.args[1].id == first
            ):
                context = _text(inner.args[0], constants)
                if context is not None:
                    found[node.name] = Helper(context, len(inner.args) >= 4)
    return found


def extract(paths: Iterable[Path], root: Path) -> list[Found]:
    trees = {}
    for path in paths:
        trees[_module_name(path, root)] = ast.parse(path.read_text(encoding="utf-8"), str(path))
    constants = {name: _constants(tree) for name, tree in trees.items()}
    helpers = {name: _helpers(tree, constants[name]) for name, tree in trees.items()}
    messages: dict[tuple[str, str, str], Found] = {}
    for name, tree in trees.items():
        local = dict(helpers[name])
        names = dict(constants[name])
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in helpers:
                for alias in node.names:
                    helper = helpers[node.module].get(alias.name)
                    if helper is not None:
                        local[alias.asname or alias.name] = helper
                    value = constants[node.module].get(alias.name)
                    if value is not None:
                        names[alias.asname or alias.name] = value
        for found in _calls(tree, local, names):
            messages.setdefault((found.context, found.source, found.comment), found)
    return list(messages.values())


def _calls(
    tree: ast.Module, helpers: dict[str, Helper], constants: dict[str, str]
) -> Iterable[Found]:
    classes: list[tuple[ast.ClassDef, set[int]]] = [
        (node, {id(n) for n in ast.walk(node)})
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    ]
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        callee = _callee(node)
        if callee in TRANSLATE_NAMES and len(node.args) >= 2:
            context, source = _text(node.args[0], constants), _text(node.args[1], constants)
            comment = _text(node.args[2], constants) if len(node.args) >= 3 else ""
            if context is not None and source is not None:
                yield Found(context, source, comment or "", len(node.args) >= 4)
        elif isinstance(node.func, ast.Name) and callee in helpers and node.args:
            source = _text(node.args[0], constants)
            helper = helpers[node.func.id]
            if source is not None:
                yield Found(helper.context, source, "", helper.numerus and len(node.args) >= 2)
        elif (
            isinstance(node.func, ast.Attribute)
            and callee == "tr"
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "self"
            and node.args
        ):
            source = _text(node.args[0], constants)
            owner = [c for c, members in classes if id(node) in members]
            if source is not None and owner:
                yield Found(owner[-1].name, source, "", len(node.args) >= 3)


def stub(messages: Iterable[Found]) -> str:
    """A Python file of plain translate calls that lupdate understands. lupdate marks a message
    as plural only for self.tr(text, "", n) inside a class, the class naming the context, so
    plural messages go into one class per context."""
    lines = [
        "from PySide6.QtCore import QCoreApplication, QObject",
        "",
        "",
        "def _strings(n: int) -> None:",
    ]
    plurals: dict[str, list[Found]] = {}
    ordered = sorted(messages, key=lambda m: (m.context, m.source, m.comment))
    for m in ordered:
        if m.numerus and m.context.isidentifier():
            plurals.setdefault(m.context, []).append(m)
            continue
        args = [_literal(m.context), _literal(m.source)]
        if m.comment or m.numerus:
            args.append(_literal(m.comment) if m.comment else "None")
        if m.numerus:
            # A literal count: lupdate's Python reader marks QCoreApplication.translate(...)
            # as a plural message only when the count is a literal, not a name.
            args.append("1")
        lines.append(f"    QCoreApplication.translate({', '.join(args)})")
    lines.append("    pass")
    for context, found in plurals.items():
        lines += ["", "", f"class {context}(QObject):", "    def _plurals(self, n: int) -> None:"]
        lines += [f"        self.tr({_literal(m.source)}, {_literal(m.comment)}, n)" for m in found]
    return "\n".join(lines) + "\n"


def _literal(text: str) -> str:
    # Double-quoted with escapes; lupdate's Python reader understands the usual backslash forms.
    escaped = (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    )
    return f'"{escaped}"'
