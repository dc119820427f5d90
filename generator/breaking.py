"""`make check`: no breaking change without a major version bump and a changelog entry.

Compares spec/openapi.yaml and the package's public Python API (generated afresh from it, so that a
stale generated/ does not hide a break) with the last release. The release is kept in the repository,
not looked up in git history, so that the gate works in a shallow clone (`git clone --depth 1`, as most
CI systems clone): generator/released.toml names its versions and commit, generator/released/ holds its
spec (openapi.yaml) and its generated package (xai_billing.tar.gz, which griffe reads).
`python generator/breaking.py --release` records the working tree as the release. The spec is compared
by the small classifier below (OpenAPI 3.1 diff tools that install from the registries and run offline
handle 3.1 poorly); the Python API by griffe.

A change is breaking when a client built on the release can fail on the new one: an operation, a
parameter, a field or an enum value removed, a type changed or narrowed (a null no longer allowed,
an enum closed), an input newly required. It then needs the spec's major version bumped (the
package's: its major, or its minor while it is 0.x) and the new version's entry in the changelog
(spec/CHANGELOG.md, CHANGELOG.md) naming it: `Schema.field`, `Schema` or the operationId for the spec, the
last two dotted components of the name for Python (`cli.RENDER`). The entry is the section under the
version's heading, so a break made while a major version is in preparation (already bumped) still has to
be added to it.
"""

from __future__ import annotations

import argparse
import gzip
import io
import re
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
RELEASED = ROOT / "generator" / "released.toml"
RELEASE = ROOT / "generator" / "released"  # the release's spec and package
ANSI = re.compile(r"\x1b\[[0-9;]*m")  # griffe colours its explanations


# -- the spec ------------------------------------------------------------------------------------------


def spec_breaks(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """What in `new` can break a client of `old`, one line each (nothing for additive changes)."""
    found: list[str] = []
    old_ops, new_ops = _operations(old), _operations(new)
    for op_id in sorted(old_ops.keys() - new_ops.keys()):
        found.append(f"operation {op_id} removed")
    request_schemas: set[str] = set()
    for op_id in sorted(old_ops.keys() & new_ops.keys()):
        (old_at, old_op), (new_at, new_op) = old_ops[op_id], new_ops[op_id]
        if old_at != new_at:
            found.append(f"operation {op_id} moved from {old_at} to {new_at}")
        old_params, new_params = _parameters(old, old_at, old_op), _parameters(new, new_at, new_op)
        for name in sorted(old_params.keys() - new_params.keys()):
            found.append(f"operation {op_id}: parameter {name} removed")
        for name, param in sorted(new_params.items()):
            before = old_params.get(name)
            if param.get("required") and not (before or {}).get("required"):
                found.append(f"operation {op_id}: parameter {name} newly required")
            if before is not None and _type(new, param.get("schema", {})) != _type(old, before.get("schema", {})):
                found.append(f"operation {op_id}: parameter {name} changed type")
        body = new_op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
        if "$ref" in body:
            request_schemas |= _reachable(new, body["$ref"].rsplit("/", 1)[-1])
    old_schemas, new_schemas = old["components"]["schemas"], new["components"]["schemas"]
    for name in sorted(old_schemas.keys() - new_schemas.keys()):
        found.append(f"schema {name} removed")
    for name in sorted(old_schemas.keys() & new_schemas.keys()):
        before, after = old_schemas[name], new_schemas[name]
        removed = set(_enum(before)) - set(_enum(after))
        if removed:
            found.append(f"schema {name}: enum values {sorted(removed)} removed")
        if _open(before) and not _open(after):
            found.append(f"schema {name}: enum closed to the values it lists")
        for prop in sorted(before.get("properties", {}).keys() - after.get("properties", {}).keys()):
            found.append(f"schema {name}: field {prop} removed")
        for prop, node in after.get("properties", {}).items():
            was = before.get("properties", {}).get(prop)
            if was is None:
                continue
            if _type(new, node) != _type(old, was):
                found.append(f"schema {name}: field {prop} changed type")
            elif _nullable(was) and not _nullable(node):
                found.append(f"schema {name}: field {prop} no longer allows null")
        if name in request_schemas:
            for prop in sorted(set(after.get("required", [])) - set(before.get("required", []))):
                found.append(f"schema {name}: field {prop} newly required in requests")
    return found


def _operations(spec: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
    return {
        op["operationId"]: (f"{method.upper()} {path}", op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }


def _parameters(spec: dict[str, Any], at: str, op: dict[str, Any]) -> dict[str, dict[str, Any]]:
    item = spec["paths"][at.split(" ", 1)[1]]
    params = {}
    for param in [*item.get("parameters", []), *op.get("parameters", [])]:
        if "$ref" in param:
            param = spec["components"]["parameters"][param["$ref"].rsplit("/", 1)[-1]]
        params[param["name"]] = param
    return params


def _reachable(spec: dict[str, Any], name: str, seen: set[str] | None = None) -> set[str]:
    seen = set() if seen is None else seen
    if name in seen:
        return seen
    seen.add(name)

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if "$ref" in node:
                _reachable(spec, node["$ref"].rsplit("/", 1)[-1], seen)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(spec["components"]["schemas"][name])
    return seen


def _branches(node: dict[str, Any]) -> list[dict[str, Any]]:
    return [b for b in node.get("anyOf", [node]) if b.get("type") != "null"]


def _type(spec: dict[str, Any], node: dict[str, Any]) -> Any:
    """What a value of this schema is, for comparison: the $ref'd schema's name or the type and format."""
    kinds = []
    for branch in _branches(node):
        if "$ref" in branch:
            kinds.append(("ref", branch["$ref"].rsplit("/", 1)[-1]))
        elif branch.get("type") == "array":
            kinds.append(("array", _type(spec, branch.get("items", {}))))
        else:
            kinds.append((branch.get("type"), branch.get("format")))
    return tuple(sorted(kinds, key=repr))


def _nullable(node: dict[str, Any]) -> bool:
    return any(b.get("type") == "null" for b in node.get("anyOf", []))


def _enum(schema: dict[str, Any]) -> list[str]:
    if "enum" in schema:
        return list(schema["enum"])
    if "x-extensible-enum" in schema:
        return list(schema["x-extensible-enum"])
    return [v for b in schema.get("anyOf", []) for v in b.get("enum", [])]


def _open(schema: dict[str, Any]) -> bool:
    """An enum open to values it does not list: `x-extensible-enum`, or `anyOf` of its values and any string."""
    return "x-extensible-enum" in schema or any(b == {"type": "string"} for b in schema.get("anyOf", []))


# -- the Python API ----------------------------------------------------------------------------------------


def python_breaks(old_package: Path, new_package: Path) -> list[str]:
    """griffe's breaking changes of the public API from the package in `old_package` to `new_package`."""
    import griffe

    old = griffe.load("xai_billing", search_paths=[str(old_package.parent)])
    new = griffe.load("xai_billing", search_paths=[str(new_package.parent)])
    return [
        f"{breakage.obj.path}: {ANSI.sub('', breakage.explain()).split(': ', 2)[-1]}"
        for breakage in griffe.find_breaking_changes(old, new)
    ]


def next_major(version: str, *, zero_minor: bool) -> str:
    """The version a breaking change needs: the next major (for a 0.x package, the next minor)."""
    major, minor = (int(p) for p in version.split(".")[:2])
    return f"0.{minor + 1}.0" if zero_minor and major == 0 else f"{major + 1}.0.0"


# -- the gate ---------------------------------------------------------------------------------------------


def bumped(old: str, new: str, *, zero_minor: bool) -> bool:
    """Whether `new` is a new major version of `old` (or, for a 0.x package, a new minor one)."""
    o, n = [int(p) for p in old.split(".")[:2]], [int(p) for p in new.split(".")[:2]]
    if zero_minor and o[0] == 0 and n[0] == 0:
        return n[1] > o[1]
    return n[0] > o[0]


def gate(
    spec_breaks_found: list[str],
    python_breaks_found: list[str],
    *,
    released: dict[str, str],
    spec_version: str,
    package_version: str,
    spec_changelog: str,
    package_changelog: str,
) -> list[str]:
    """The problems that stop make check: breaking changes without a major version and a changelog entry
    naming each of them.

    The first line says what breaks; the next ones name each edit the release needs: the major bump, and
    the changelog entry with what it must name (see spec_name() and python_name()), or the names an
    existing entry still lacks.
    """
    todo = []
    if spec_breaks_found:
        if not bumped(released["spec"], spec_version, zero_minor=False):
            wanted = next_major(released["spec"], zero_minor=False)
            todo.append(f"spec/openapi.yaml: info.version {spec_version} -> {wanted} (a major version bump)")
            spec_version = wanted
        todo += _unnamed("spec/CHANGELOG.md", spec_version, spec_changelog, map(spec_name, spec_breaks_found))
    if python_breaks_found:
        if not bumped(released["package"], package_version, zero_minor=True):
            wanted = next_major(released["package"], zero_minor=True)
            todo.append(f"pyproject.toml: version {package_version} -> {wanted} (a major bump; the minor while 0.x)")
            package_version = wanted
        todo += _unnamed("CHANGELOG.md", package_version, package_changelog, map(python_name, python_breaks_found))
    if not todo:
        return []
    return [
        f"breaking change since release {released['package']} (spec {released['spec']}) without its major "
        f"version and changelog entry: {len(spec_breaks_found)} to the spec, {len(python_breaks_found)} to the "
        "Python API",
        *(f"  spec: {line}" for line in spec_breaks_found),
        *(f"  Python: {line}" for line in python_breaks_found),
        "  to release it, edit:",
        *(f"    {line}" for line in todo),
    ]


def spec_name(found: str) -> str:
    """What a changelog entry names for a break of the spec: `Schema.field` for a field's, `Schema` for the
    rest of a schema's, the operationId for an operation's (its parameters' too)."""
    match = re.match(r"schema (\w+): field (\w+)", found) or re.match(r"(?:schema|operation) (\w+)", found)
    if match is None:
        raise ValueError(f"not a break spec_breaks() reports: {found!r}")
    return ".".join(match.groups())


def python_name(found: str) -> str:
    """What a changelog entry names for a break of the Python API: the last two dotted components of the
    object's path (`xai_billing.cli.RENDER` -> `cli.RENDER`)."""
    return ".".join(found.split(": ", 1)[0].split(".")[-2:])


def section(version: str, changelog: str, level: str = "##") -> str | None:
    """The changelog's section for the version: the text under its heading up to the next heading of the same
    level, or None without a heading (the text alone does not count, as a walkthrough may quote it)."""
    heading = re.search(rf"^{level} {re.escape(version)}(?![0-9.]).*$", changelog, flags=re.M)
    if heading is None:
        return None
    rest = changelog[heading.end() :]
    following = re.search(rf"^{level} ", rest, flags=re.M)
    return rest[: following.start()] if following else rest


def _unnamed(path: str, version: str, changelog: str, names: Any) -> list[str]:
    """The edit `path` needs so that its section for `version` names each break, or nothing."""
    wanted = sorted(set(names))
    text = section(version, changelog)
    if text is None:
        return [f'{path}: an entry "## {version}" naming what breaks: {", ".join(wanted)}']
    missing = [name for name in wanted if not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
    if not missing:
        return []
    return [f'{path}: the entry "## {version}" does not name what breaks: add {", ".join(missing)}']


def released_tree(into: Path) -> Path:
    """The release's spec and generated package (generator/released/), unpacked into `into`."""
    (into / "spec").mkdir(parents=True)
    (into / "spec" / "openapi.yaml").write_bytes((RELEASE / "openapi.yaml").read_bytes())
    with tarfile.open(RELEASE / "xai_billing.tar.gz") as tar:
        tar.extractall(into / "generated", filter="data")
    return into


def record_release(spec: Path, package: Path) -> None:
    """Keep `spec` and `package` (a generated xai_billing) as the release, byte for byte the same on any
    machine (sorted, no times or owners), so that recording the same release twice changes nothing."""
    RELEASE.mkdir(exist_ok=True)
    (RELEASE / "openapi.yaml").write_bytes(spec.read_bytes())
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for path in sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            info = tarfile.TarInfo(str(path.relative_to(package.parent)))
            info.size, info.mode = path.stat().st_size, 0o644
            tar.addfile(info, io.BytesIO(path.read_bytes()))
    (RELEASE / "xai_billing.tar.gz").write_bytes(gzip.compress(buffer.getvalue(), mtime=0))


def fresh_package(into: Path) -> Path:
    """The package generated afresh from spec/openapi.yaml (generated/ itself if the spec cannot be
    generated from: generate.py --check says why)."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "generator" / "generate.py"), "--out", str(into / "generated")],
        capture_output=True,
        text=True,
    )
    return into / "generated" / "xai_billing" if result.returncode == 0 else ROOT / "generated" / "xai_billing"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="record HEAD as the last release")
    args = parser.parse_args()
    spec = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
    package_version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    if args.release:
        commit = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True, check=True
        )
        record_release(ROOT / "spec" / "openapi.yaml", ROOT / "generated" / "xai_billing")
        RELEASED.write_text(
            "# The last release, which make check compares the spec and the Python API with (generator/breaking.py):\n"
            "# its versions and commit; its spec and generated package are in generator/released/ (no git history needed).\n"
            f'commit = "{commit.stdout.strip()}"\npackage = "{package_version}"\nspec = "{spec["info"]["version"]}"\n',
            encoding="utf-8",
        )
        print(f"{RELEASED.relative_to(ROOT)}: release {package_version} (spec {spec['info']['version']})")
        return 0
    released = tomllib.loads(RELEASED.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="xai-billing-gate-") as tmp:
        tree = released_tree(Path(tmp) / "released")
        old_spec = yaml.safe_load((tree / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
        found_spec = spec_breaks(old_spec, spec)
        found_python = python_breaks(tree / "generated" / "xai_billing", fresh_package(Path(tmp) / "current"))
    problems = gate(
        found_spec,
        found_python,
        released=released,
        spec_version=str(spec["info"]["version"]),
        package_version=package_version,
        spec_changelog=(ROOT / "spec" / "CHANGELOG.md").read_text(encoding="utf-8"),
        package_changelog=(ROOT / "CHANGELOG.md").read_text(encoding="utf-8"),
    )
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    print(
        f"no unannounced breaking change since release {released['package']} (spec {released['spec']}): "
        f"{len(found_spec)} to the spec and {len(found_python)} to the Python API, each with its version, "
        "named in its changelog entry"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
