"""`make check`: no breaking change without a major version bump and a changelog entry.

Compares spec/openapi.yaml and the package's public Python API with the last release. The release is
a commit of this repository, named with its versions in generator/released.toml (as a git tag would
name it; `python generator/breaking.py --release` records HEAD). The spec is compared by the small
classifier below (OpenAPI 3.1 diff tools that install from the registries and run offline handle 3.1
poorly); the Python API by griffe.

A change is breaking when a client built on the release can fail on the new one: an operation, a
parameter, a field or an enum value removed, a type changed or narrowed (a null no longer allowed,
an enum closed), an input newly required. It then needs the spec's major version bumped (the
package's: its major, or its minor while it is 0.x) and an entry for the new version in the changelog
(spec/CHANGELOG.md, CHANGELOG.md).
"""

from __future__ import annotations

import argparse
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
    return [breakage.explain() for breakage in griffe.find_breaking_changes(old, new)]


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
    """The problems that stop make check: breaking changes without a major version and a changelog entry."""
    problems = []
    if spec_breaks_found:
        if not bumped(released["spec"], spec_version, zero_minor=False):
            problems.append(
                f"breaking change to the spec without a major version bump ({released['spec']} -> {spec_version}):"
            )
        elif f"## {spec_version}" not in spec_changelog:
            problems.append(f"breaking change to the spec without an entry for {spec_version} in spec/CHANGELOG.md:")
        if problems:
            problems += [f"  {line}" for line in spec_breaks_found]
    if python_breaks_found:
        start = len(problems)
        if not bumped(released["package"], package_version, zero_minor=True):
            problems.append(
                f"breaking change to the Python API without a major version bump "
                f"({released['package']} -> {package_version}; the minor while 0.x):"
            )
        elif f"## {package_version}" not in package_changelog:
            problems.append(
                f"breaking change to the Python API without an entry for {package_version} in CHANGELOG.md:"
            )
        if len(problems) > start:
            problems += [f"  {line}" for line in python_breaks_found]
    return problems


def released_tree(commit: str, into: Path) -> Path:
    """The spec and the generated package of a release commit, unpacked into `into`."""
    archive = into / "release.tar"
    result = subprocess.run(
        [
            "git",
            "-C",
            str(ROOT),
            "archive",
            "--format=tar",
            "-o",
            str(archive),
            commit,
            "spec/openapi.yaml",
            "generated/xai_billing",
        ],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        sys.exit(f"the release commit {commit} (generator/released.toml) is not in this clone: {result.stderr.strip()}")
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")
    return into


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
        RELEASED.write_text(
            "# The last release, which make check compares the spec and the Python API with (generator/breaking.py).\n"
            f'commit = "{commit.stdout.strip()}"\npackage = "{package_version}"\nspec = "{spec["info"]["version"]}"\n',
            encoding="utf-8",
        )
        print(f"{RELEASED.relative_to(ROOT)}: release {package_version} (spec {spec['info']['version']})")
        return 0
    released = tomllib.loads(RELEASED.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        tree = released_tree(released["commit"], Path(tmp))
        old_spec = yaml.safe_load((tree / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
        found_spec = spec_breaks(old_spec, spec)
        found_python = python_breaks(tree / "generated" / "xai_billing", ROOT / "generated" / "xai_billing")
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
        f"{len(found_spec)} to the spec and {len(found_python)} to the Python API, each with its version and changelog"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
