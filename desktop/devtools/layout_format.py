"""Rewrites resources/layouts/*.json in the house layout: one key per line, lists on one line.

Run:  python3 -m desktop.devtools.layout_format
"""

from __future__ import annotations

import json
from typing import Any

from desktop.core.paths import shipped_folder


def dumps(spec: dict[str, Any]) -> str:
    lines = ["{"]
    items = list(spec.items())
    for index, (key, value) in enumerate(items):
        comma = "," if index < len(items) - 1 else ""
        if isinstance(value, dict):
            lines.append(f"  {json.dumps(key)}: {{")
            inner = list(value.items())
            for j, (name, entry) in enumerate(inner):
                inner_comma = "," if j < len(inner) - 1 else ""
                lines.append(f"    {json.dumps(name)}: {json.dumps(entry, ensure_ascii=False)}{inner_comma}")
            lines.append(f"  }}{comma}")
        else:
            lines.append(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> None:
    for path in sorted((shipped_folder("resources") / "layouts").glob("*.json")):
        spec = json.loads(path.read_text(encoding="utf-8"))
        path.write_text(dumps(spec), encoding="utf-8")


if __name__ == "__main__":
    main()
