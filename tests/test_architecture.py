"""The layers of ARCHITECTURE.md, checked on the code: every import goes in the allowed direction,
Qt stays in ui/, and every command-line subcommand resolves to a handler."""

from __future__ import annotations

import argparse
import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from qazmail_desktop.cli.main import build_parser

PACKAGE = Path(__file__).resolve().parent.parent / "qazmail_desktop"
BASE = {
    "errors",
    "atomic",
    "choices",
    "profile",
    "resources",
    "safetext",
    "settings",
    "userfiles",
    "pdfpages",
    "moments",
    "signaturenames",
    "nativebuild",
    "hosts",
    "__init__",
    "py",
}
# what each unit may import besides the base modules (ARCHITECTURE.md, "Layers")
ALLOWED: dict[str, set[str]] = {
    "crypto": set(),
    "card": {"crypto"},
    "store": set(),
    "sync": {"store"},
    "signing": {"crypto", "store", "sync"},
    "server": {"crypto", "store", "signing"},
    "operations": {"crypto", "store", "sync", "signing", "server", "card"},
    "ui": {"crypto", "store", "sync", "signing", "operations"},
    "cli": {"crypto", "store", "sync", "signing", "operations", "server", "ui", "card"},
    "__main__": {"cli"},
    **{name: set() for name in BASE},
}


def _unit(path: Path) -> str:
    parts = path.relative_to(PACKAGE).parts
    return parts[0] if len(parts) > 1 else parts[0].removesuffix(".py")


def _imports(path: Path, source: str) -> set[str]:
    """The qazmail_desktop units (and PySide6) a module imports, relative imports resolved."""
    module = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if module[-1] == "__init__":
        module = module[:-1]
    package = module if path.name == "__init__.py" else module[:-1]
    found = set()
    for node in ast.walk(ast.parse(source)):
        names: list[list[str]] = []
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                names.append(base + (node.module.split(".") if node.module else []))
            else:
                names.append((node.module or "").split("."))
        elif isinstance(node, ast.Import):
            names += [alias.name.split(".") for alias in node.names]
        for name in names:
            if name[0] == "qazmail_desktop" and len(name) > 1:
                found.add(name[1])
            elif name[0] == "PySide6":
                found.add("PySide6")
    return found


def _violations(path: Path, source: str) -> list[str]:
    unit = _unit(path)
    imported = _imports(path, source)
    wrong = sorted(t for t in imported - {unit, "PySide6"} if t not in BASE and t not in ALLOWED[unit])
    problems = [f"{path.relative_to(PACKAGE)} ({unit}) imports {wrong}: see ARCHITECTURE.md"] if wrong else []
    if unit != "ui" and "PySide6" in imported:
        problems.append(f"{path.relative_to(PACKAGE)} imports Qt outside ui/")
    return problems


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_follow_the_layers(path: Path) -> None:
    assert _violations(path, path.read_text(encoding="utf-8")) == []


def test_the_checker_sees_wrong_imports() -> None:
    """The rule can fail: a crypto module importing the window, or Qt, is caught."""
    probe = PACKAGE / "crypto" / "probe.py"
    assert len(_violations(probe, "from ..ui import app\nimport PySide6.QtCore\n")) == 2
    assert _violations(probe, "from ..sync.engine import MailEngine\n")
    assert not _violations(probe, "from .. import errors\nfrom . import certificates\n")


def _subcommands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], str]]:
    out = []
    for action in parser._actions:  # argparse has no public walk of its subparsers
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                handler = child.get_default("handler")
                if handler:
                    out.append(((*path, name), handler))
                out += _subcommands(child, (*path, name))
    return out


def test_every_subcommand_resolves_to_a_handler() -> None:
    found = _subcommands(build_parser())
    assert len(found) >= 20
    for path, handler in found:
        module, _, function = handler.partition(":")
        target = getattr(importlib.import_module(f"qazmail_desktop.cli.{module}"), function, None)
        assert callable(target), f"`{' '.join(path)}` names {handler}, which does not exist"


# what a command must not load: each costs tens of milliseconds of start-up and is needed elsewhere
HEAVY = ("reportlab", "pypdf", "Cryptodome", "urllib.request", "PySide6", "pyhanko")


@pytest.mark.parametrize("argv", [["verify", "signed.cms"], ["keyinfo", "key.p12"], ["list"]])
def test_everyday_commands_do_not_load_heavy_libraries(argv: list[str]) -> None:
    """`verify`, `keyinfo` and `list` run without the PDF, RC2, HTTP, Qt or PDF-signing libraries
    (the CLI imports a command's module only when it runs, and each module loads these where used)."""
    code = (
        "import sys\n"
        "from qazmail_desktop.cli.main import build_parser\n"
        f"args = build_parser().parse_args({argv!r})\n"
        "__import__('qazmail_desktop.cli.' + args.handler.partition(':')[0])\n"
        "print(' '.join(sys.modules))\n"  # a package is there whenever one of its modules is
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert not [name for name in HEAVY if name in loaded]
