"""Build generated/ from spec/openapi.yaml: `make generate` runs this, `make check` runs it with --check.

Steps, all deterministic given the pinned tools of generator/requirements.txt:
1. openapi-python-client renders the client package xai_billing from the spec with the templates of
   generator/templates (which override the stock ones of the same name). It runs as a library so
   that the templates can read the spec's own extensions (x-idempotent) through the `operations`
   global, which the command line cannot pass.
2. The hand-written runtime modules of generator/runtime are copied into the package.
3. datamodel-code-generator writes the strict pydantic models (xai_billing_strict.py), the contract
   tests' second reading of the spec. They are not part of the distribution.
4. Every file gets the one-line header, then ruff fixes imports and formats, with the settings in
   pyproject.toml.
5. The result replaces generated/ whole (stale files go), or with --check is compared with it.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"
GENERATOR = ROOT / "generator"
GENERATED = ROOT / "generated"
PACKAGE = "xai_billing"
STRICT_MODULE = "xai_billing_strict.py"
HEADER = "# generated from spec/openapi.yaml by make generate — do not edit"
# Stock files the package does not use: errors live in _exceptions.py.
DROPPED = ("errors.py",)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with generated/ instead of replacing it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="xai-billing-gen-") as tmp:
        out = Path(tmp) / "generated"
        build(out)
        if args.check:
            return compare(out, GENERATED)
        if GENERATED.exists():
            shutil.rmtree(GENERATED)
        shutil.copytree(out, GENERATED)
        print(
            f"generated/ rebuilt from {SPEC.relative_to(ROOT)}: {sum(1 for p in GENERATED.rglob('*') if p.is_file())} files"
        )
    return 0


def build(out: Path) -> None:
    out.mkdir(parents=True)
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    package = out / PACKAGE
    render_client(spec, package)
    for name in DROPPED:
        (package / name).unlink()
    for source in sorted((GENERATOR / "runtime").glob("*.py")):
        body = source.read_text(encoding="utf-8")
        (package / source.name).write_text(
            f"{HEADER}; source: generator/runtime/{source.name}\n{body}", encoding="utf-8"
        )
    (package / "py.typed").write_text("", encoding="utf-8")
    render_strict_models(out / STRICT_MODULE)
    for path in sorted(out.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if not text.startswith(HEADER):
            path.write_text(f"{HEADER}\n{text}", encoding="utf-8")
    ruff_config = ["--config", str(ROOT / "pyproject.toml")]
    run(["ruff", "check", *ruff_config, "--quiet", "--fix-only", "--exit-zero", str(out)])
    run(["ruff", "format", *ruff_config, "--quiet", str(out)])


def render_client(spec: dict, package: Path) -> None:
    config = Config.from_sources(
        ConfigFile.load_from_path(GENERATOR / "openapi-python-client.yaml"),
        MetaType.NONE,
        document_source=SPEC,
        file_encoding="utf-8",
        overwrite=True,
        output_path=package,
    )
    openapi = GeneratorData.from_dict(spec, config=config)
    if not isinstance(openapi, GeneratorData):
        sys.exit(f"openapi-python-client could not read the spec: {openapi.header}: {openapi.detail}")
    project = Project(openapi=openapi, config=config, custom_template_path=GENERATOR / "templates")
    # What the endpoint template reads of the spec beyond what openapi-python-client parses.
    project.env.globals["operations"] = {
        f"{method.upper()} {path}": {**operation, "body_constraints": body_constraints(spec, operation)}
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in ("get", "put", "post", "delete", "patch")
    }
    errors = project.build()
    if errors:
        for error in errors:
            print(f"openapi-python-client: {error.level.name}: {error.header}: {error.detail}", file=sys.stderr)
        sys.exit("openapi-python-client reported problems with the spec; fix them in spec/openapi.yaml")


def body_constraints(spec: dict, operation: dict) -> list[dict[str, str]]:
    """The string constraints (pattern, minLength) of a request body, as Python literals for the template.

    openapi-python-client does not check them; the client does before sending, so that a bad argument
    (a top-up of "-500", a time in the wrong format) fails locally with a clear error.
    """
    found: list[dict[str, str]] = []

    def resolve(schema: dict) -> dict:
        while "$ref" in schema:
            schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
        return schema

    def walk(schema: dict, path: tuple[str, ...]) -> None:
        schema = resolve(schema)
        if schema.get("type") == "object":
            for name, prop in schema.get("properties", {}).items():
                walk(prop, (*path, name))
        elif schema.get("type") == "string" and ("pattern" in schema or "minLength" in schema):
            found.append(
                {
                    "path": repr(path),
                    "pattern": repr(schema.get("pattern")),
                    "min_length": repr(schema.get("minLength")),
                    "description": repr(schema.get("description", "")),
                }
            )

    body = operation.get("requestBody", {}).get("content", {}).get("application/json")
    if body is not None:
        walk(body["schema"], ())
    return found


def render_strict_models(target: Path) -> None:
    run(
        [
            "datamodel-codegen",
            "--input",
            str(SPEC),
            "--input-file-type",
            "openapi",
            "--output",
            str(target),
            "--output-model-type",
            "pydantic_v2.BaseModel",
            "--target-python-version",
            "3.11",
            "--extra-fields",
            "forbid",
            "--strict-types",
            "str",
            "int",
            "bool",
            "float",
            "--field-constraints",
            "--use-annotated",
            "--use-standard-collections",
            "--use-union-operator",
            "--use-double-quotes",
            "--use-schema-description",
            "--use-field-description",
            "--output-datetime-class",
            "AwareDatetime",
            "--disable-timestamp",
            "--formatters",
            "ruff-format",
        ]
    )
    text = target.read_text(encoding="utf-8")
    # datamodel-codegen names its input with the absolute path it was given: keep only the repo path.
    target.write_text(text.replace(str(SPEC), "spec/openapi.yaml"), encoding="utf-8")


def compare(fresh: Path, committed: Path) -> int:
    def files(root: Path) -> set[str]:
        if not root.exists():
            return set()
        return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}

    new, old = files(fresh), files(committed)
    problems = [f"  missing from generated/: {name}" for name in sorted(new - old)]
    problems += [f"  stale in generated/: {name}" for name in sorted(old - new)]
    problems += [
        f"  differs: generated/{name}"
        for name in sorted(new & old)
        if not filecmp.cmp(fresh / name, committed / name, shallow=False)
    ]
    if problems:
        print("generated/ is not what `make generate` writes from the spec and generator/:", file=sys.stderr)
        print("\n".join(problems), file=sys.stderr)
        print("Change spec/ or generator/, never generated/, then run `make generate`.", file=sys.stderr)
        return 1
    print(f"generated/ matches a fresh regeneration ({len(new)} files)")
    return 0


def run(command: list[str]) -> None:
    # Tools of the same virtual environment as this interpreter, whatever PATH says.
    tool = Path(sys.executable).parent / command[0]
    resolved = [str(tool) if tool.exists() else command[0], *command[1:]]
    result = subprocess.run(resolved, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{command[0]} failed:\n{result.stdout}{result.stderr}")


if __name__ == "__main__":
    sys.exit(main())
