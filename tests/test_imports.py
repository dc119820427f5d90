"""Imports run in one direction, read from the AST of the package as it ships (generated/xai_billing): every
import statement counts, at module level, inside a function or under TYPE_CHECKING.

    applications   cli/, fake/           may import everything below
    facade         xai_billing/__init__  imports the generated clients and the runtime's public names
    generated      client, _operations, models/, params, _version   import the runtime and each other
    core runtime   generator/runtime/*.py (but __init__)            imports nothing of the package above it

and no two modules of the package import each other, directly or through others.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "generated" / "xai_billing"
CORE = {f"xai_billing.{p.stem}" for p in (ROOT / "generator" / "runtime").glob("*.py") if p.stem != "__init__"}
APPLICATIONS = ("xai_billing.cli", "xai_billing.fake")
FACADE = "xai_billing"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _layer(module: str) -> str:
    if module == FACADE:
        return "facade"
    if any(module == app or module.startswith(f"{app}.") for app in APPLICATIONS):
        return "application"
    return "core" if module in CORE else "generated"


def _imports(module: str) -> set[str]:
    """The package's modules that `module` imports, anywhere in its code."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            submodules = {f"{target}.{alias.name}" for alias in node.names} & MODULES.keys()
            # `from . import _app` imports the module _app; `from .x import name` imports x.
            found |= submodules or {target}
            if len(submodules) < len(node.names):
                found.add(target)
    return {name for name in found if name in MODULES}


GRAPH = {module: _imports(module) for module in MODULES}


def test_the_layers_are_what_the_test_reads() -> None:
    assert {"xai_billing._base_client", "xai_billing._config", "xai_billing._exceptions"} <= CORE
    assert _layer("xai_billing.client") == _layer("xai_billing._operations") == _layer("xai_billing._version")
    assert _layer("xai_billing.client") == "generated" and _layer("xai_billing.models.usd_cents") == "generated"
    assert _layer("xai_billing.cli._app") == _layer("xai_billing.fake._api") == "application"
    assert "xai_billing._config" in GRAPH["xai_billing._base_client"]  # the reader sees imports at all


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _layer(m) == "core"))
def test_the_core_runtime_imports_nothing_generated_and_no_application(module: str) -> None:
    above = sorted(m for m in GRAPH[module] if _layer(m) != "core")
    assert above == [], f"{module} imports {above}"
    # Nor by name at run time.
    source = MODULES[module].read_text(encoding="utf-8")
    assert "import_module(" not in source and "__import__(" not in source


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _layer(m) in ("generated", "facade")))
def test_generated_code_imports_the_runtime_and_never_an_application(module: str) -> None:
    wrong = sorted(m for m in GRAPH[module] if _layer(m) not in ("core", "generated"))
    assert wrong == [], f"{module} imports {wrong}"


def test_no_two_modules_import_each_other() -> None:
    """Tarjan's strongly connected components: any component of more than one module is a cycle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in GRAPH[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1 or node in GRAPH[node]:
                cycles.append(sorted(component))

    for module in sorted(GRAPH):
        if module not in index:
            visit(module)
    assert cycles == []
