"""generated/ is only what the generator writes, marked as such, and the distribution holds the client alone."""

from __future__ import annotations

import email.parser
import inspect
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import jinja2
import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
HEADER = "# generated from spec/openapi.yaml by make generate — do not edit"
sys.path.insert(0, str(ROOT / "generator"))
import generate  # noqa: E402


def test_every_generated_file_opens_with_the_header() -> None:
    files = [p for p in GENERATED.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    assert len(files) > 60
    for path in files:
        if path.name == "py.typed":  # a PEP 561 marker: its content is read by type checkers
            assert path.read_text() == ""
            continue
        if path.suffix == ".json":  # JSON has no comments: the header is the document's x-generated member
            assert json.loads(path.read_text(encoding="utf-8"))["x-generated"] == HEADER.lstrip("# "), path
            continue
        assert path.read_text(encoding="utf-8").splitlines()[0].startswith(HEADER), path


def test_runtime_sources_name_where_to_edit_them() -> None:
    sources = list((ROOT / "generator" / "runtime").rglob("*.py"))
    assert len(sources) >= 12
    for source in sources:
        relative = source.relative_to(ROOT / "generator" / "runtime").as_posix()
        first = (GENERATED / "xai_billing" / relative).read_text(encoding="utf-8").splitlines()[0]
        assert first == f"{HEADER}; source: generator/runtime/{relative}"


def test_check_names_a_hand_edited_a_stale_and_a_missing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "generated"
    shutil.copytree(GENERATED, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert generate.compare(GENERATED, copy) == 0
    (copy / "xai_billing" / "client.py").write_text("# hand edit\n", encoding="utf-8")
    (copy / "xai_billing" / "models" / "stale.py").write_text(HEADER + "\n", encoding="utf-8")
    (copy / "xai_billing" / "types.py").unlink()
    assert generate.compare(GENERATED, copy) == 1
    err = capsys.readouterr().err
    assert "differs: generated/xai_billing/client.py" in err
    assert "stale in generated/: xai_billing/models/stale.py" in err
    assert "missing from generated/: xai_billing/types.py" in err


def test_the_wheel_holds_the_typed_client_only_and_depends_on_httpx_and_attrs(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("xai_billing-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = email.parser.Parser().parsestr(archive.read(metadata_name).decode())
    assert "xai_billing/py.typed" in names
    assert "xai_billing/client.py" in names and "xai_billing/_base_client.py" in names
    assert not any("strict" in n for n in names)
    assert all(n.startswith(("xai_billing/", "xai_billing-")) for n in names)
    requires = sorted(
        r.split(">")[0].split("<")[0].split("=")[0].strip()
        for r in metadata.get_all("Requires-Dist")
        if "extra ==" not in r
    )
    assert requires == ["attrs", "httpx"]
    assert metadata["Requires-Python"] == ">=3.11"
    # The classifiers name the Pythons the suite runs on (make test-matrix, in CI), at both ends of the bounds.
    legs = re.search(r"^MATRIX \?= (.+)$", (ROOT / "Makefile").read_text(), re.MULTILINE).group(1).split()  # type: ignore[union-attr]
    classified = [
        c.rsplit(" ", 1)[1]
        for c in metadata.get_all("Classifier")
        if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)
    ]
    assert classified == sorted(
        {leg.split("-")[0].removeprefix("py") for leg in legs}, key=lambda v: int(v.split(".")[1])
    )
    assert {leg.split("-")[1] for leg in legs} == {"lowest", "highest"}
    assert metadata["License-Expression"] == "Apache-2.0"
    assert not any(c.startswith("License ::") for c in metadata.get_all("Classifier"))
    version = next(line for line in (ROOT / "pyproject.toml").read_text().splitlines() if line.startswith("version = "))
    assert metadata["Version"] == version.split('"')[1]


def test_the_installed_version_is_the_one_in_pyproject() -> None:
    import xai_billing

    version = next(line for line in (ROOT / "pyproject.toml").read_text().splitlines() if line.startswith("version = "))
    assert xai_billing.__version__ == version.split('"')[1]


# The generator stops on a spec it cannot generate from, naming the operation or schema and the field.


def _spec() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("break_it", "named"),
    [
        (
            lambda s: s["paths"]["/v1/billing/teams/{team_id}/prepaid/top-up"]["post"].pop("x-idempotent"),
            r"operation topUpPrepaidCredit \(POST /v1/billing/teams/\{team_id\}/prepaid/top-up\): x-idempotent must be",
        ),
        (
            lambda s: s["components"]["schemas"]["UsdCents"]["properties"]["val"].update({"x-proto3-default": "zero"}),
            r"schema UsdCents, property val: the default 'zero' is not a value of this int64 field",
        ),
        (
            lambda s: s["components"]["schemas"]["UsdCents"]["properties"]["val"].update(default="0"),
            r"schema UsdCents, property val: write a proto3 default as `x-proto3-default`, not `default`",
        ),
        (
            lambda s: s["components"]["schemas"]["BalanceChange"]["properties"]["amount"].pop("description"),
            r"schema BalanceChange, property amount: no description",
        ),
        (
            lambda s: s["components"]["schemas"]["UsdCents"]["properties"].update(
                self={"$ref": "#/components/schemas/UsdCents", "description": "itself"}
            ),
            r"schema UsdCents, property self: 'self' is not a usable Python name",
        ),
        (
            lambda s: s["components"]["schemas"]["Address"]["properties"].update(
                up={"$ref": "#/components/schemas/BillingInfo", "description": "a loop"}
            ),
            r"schema Address: refers back to itself \(Address -> BillingInfo -> Address\)",
        ),
        (
            lambda s: s["components"]["schemas"]["InvoiceLine"]["properties"]["amount"].update(type="integer"),
            r"schema InvoiceLine, property amount: an integer must be int32",
        ),
    ],
    ids=[
        "no-x-idempotent",
        "bad-default",
        "json-schema-default",
        "no-description",
        "reserved-name",
        "cycle",
        "int64-as-integer",
    ],
)
def test_a_spec_error_stops_the_generator_naming_where(break_it: Any, named: str, tmp_path: Path) -> None:
    spec = _spec()
    break_it(spec)
    with pytest.raises(generate.SpecError, match=named):
        generate.build_plan(spec)
    broken = tmp_path / "openapi.yaml"
    broken.write_text(yaml.safe_dump(spec), encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "generator" / "generate.py"),
            "--spec",
            str(broken),
            "--out",
            str(tmp_path / "out"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1 and re.search(named, result.stderr), result.stderr
    assert not (tmp_path / "out").exists()


def test_a_python_name_the_rule_cannot_derive_is_data_in_the_spec() -> None:
    spec = _spec()
    plan = generate.build_plan(spec)
    list_invoices = next(op for op in plan.operations if op.id == "listInvoices")
    assert [a.name for a in list_invoices.query][-1] == "invoice_ids"  # invoiceIds.invoiceIds, said once
    detail = next(f for f in plan.models["StatusDetail"].fields if f.wire == "@type")
    assert detail.name == "type_url"  # x-python-name: "@type" has no good name by rule
    spec["components"]["schemas"]["InvoiceLine"]["properties"]["numUnits"]["x-python-name"] = "quantity"
    line = generate.build_plan(spec).models["InvoiceLine"]
    assert [f.name for f in line.fields if f.wire == "numUnits"] == ["quantity"]


# The package's code comes from the project's own templates, rendered with plain Jinja2 from the plan.


def test_generation_needs_no_other_generator(tmp_path: Path) -> None:
    """generated/ is rebuilt byte for byte with openapi-python-client and datamodel-code-generator
    unimportable: neither contributes a line of what ships."""
    blocked = "import runpy, sys\n"
    blocked += "".join(f"sys.modules[{m!r}] = None\n" for m in ("openapi_python_client", "datamodel_code_generator"))
    blocked += f"sys.argv = ['generate.py', '--check']\nrunpy.run_path({str(ROOT / 'generator' / 'generate.py')!r}, run_name='__main__')\n"
    result = subprocess.run([sys.executable, "-c", blocked], capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "generated/ matches a fresh regeneration" in result.stdout
    templates = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "generator" / "templates").glob("*.jinja"))
    assert "class_info" not in templates and "overrides openapi-python-client" not in templates


def test_the_generator_pins_exactly_the_closure_of_what_rendering_needs() -> None:
    """generator/requirements.txt pins what generate.py imports (Jinja2, PyYAML) and runs (ruff), and their
    dependencies, and nothing else: each pinned package does work at generation."""
    import ast
    import importlib.metadata as metadata

    def norm(name: str) -> str:
        return re.sub(r"[-_.]+", "-", name).lower()

    lines = (ROOT / "generator" / "requirements.txt").read_text(encoding="utf-8").splitlines()
    pins = dict(line.split("==") for line in lines if line and not line.startswith("#"))
    assert {norm(k): metadata.version(k) for k in pins} == {norm(k): v for k, v in pins.items()}  # installed as pinned
    source = ast.parse((ROOT / "generator" / "generate.py").read_text(encoding="utf-8"))
    imported = {a.name.split(".")[0] for n in ast.walk(source) if isinstance(n, ast.Import) for a in n.names}
    imported |= {n.module.split(".")[0] for n in ast.walk(source) if isinstance(n, ast.ImportFrom) and n.module}
    distributions = metadata.packages_distributions()
    needed = {norm(d) for m in imported - set(sys.stdlib_module_names) for d in distributions.get(m, [m])}
    needed.add("ruff")  # run as a tool: fixes imports and formats
    closure: set[str] = set()
    while needed:
        name = needed.pop()
        closure.add(name)
        for requirement in metadata.requires(name) or []:
            if "extra ==" not in requirement:
                needed.add(norm(re.split(r"[ ;<>=!~\[(]", requirement, maxsplit=1)[0]))
        needed -= closure
    assert closure == {norm(k) for k in pins}


def test_a_name_a_template_does_not_get_is_an_error() -> None:
    """A typo in a template stops the build instead of rendering as an empty string."""
    plan = generate.build_plan(_spec())
    assert generate.environment().from_string("{{ plan.models['Invoice'].cls }}").render(plan=plan) == "Invoice"
    with pytest.raises(jinja2.UndefinedError):
        generate.environment().from_string("{{ plan.models['Invoice'].class_name }}").render(plan=plan)


# Docstrings in Python terms (issue 17): what a Python reader sees is an int, None, an attribute name.


def _model_classes() -> list[type[Any]]:
    import xai_billing.models

    return [getattr(xai_billing.models, name) for name in xai_billing.models.__all__]


def test_model_docstrings_speak_python_not_wire() -> None:
    import xai_billing.models as models

    plan = generate.build_plan(_spec())
    for cls in _model_classes():
        doc = inspect.getdoc(cls) or ""
        for wire_form in ("int64 string", "`null`", "x-extensible-enum", "`type`", "non-finite double as"):
            assert wire_form not in doc, (cls.__name__, wire_form)
        model = plan.models.get(cls.__name__)
        for f in model.fields if model else []:
            assert f.wire == f.name or f"`{f.wire}`" not in doc, (cls.__name__, f.wire)
    invoice = inspect.getdoc(models.Invoice) or ""
    assert "    total: Total in USD cents.\n" in invoice  # an int, in cents (units stay)
    assert "    monthly: Set on monthly (postpaid) invoices; None otherwise.\n" in invoice
    assert "`type_url` names the message" in (inspect.getdoc(models.StatusDetail) or "")  # not `@type`
    status_code = (inspect.getdoc(models.Status) or "").split("    code: ", 1)[1].split("\n    message:")[0]
    assert status_code.endswith("or its name.") and "generators" not in status_code  # notes for other tools go
    assert (inspect.getdoc(models.InvoiceStatus) or "").count("is_unknown") == 1  # said once, in Python terms
    assert (inspect.getdoc(models.Invoice.from_dict) or "").startswith("Read an Invoice from proto3 JSON")
    assert (inspect.getdoc(models.UsdCents.from_dict) or "").startswith("Read a UsdCents from proto3 JSON")


def test_model_docstrings_indent_continuation_lines_once() -> None:
    checked = 0
    for cls in _model_classes():
        doc = inspect.getdoc(cls) or ""
        if "\nAttributes:\n" not in doc:
            continue
        head, attributes = doc.split("\nAttributes:\n", 1)
        assert all(not line.startswith(" ") for line in head.splitlines()), cls.__name__
        for line in attributes.splitlines():
            entry = re.match(r"^ {4}[a-z_][a-z0-9_]*: \S", line)
            continuation = line.startswith(" " * 8) and not line.startswith(" " * 9)
            assert entry or continuation, (cls.__name__, line)
            checked += bool(continuation)
    assert checked > 10


def test_wire_names_in_descriptions_become_python_names() -> None:
    """The plan gives each description in Python terms (`doc`): the methods' docstrings read it too."""
    plan = generate.build_plan(_spec())
    list_invoices = next(op for op in plan.operations if op.id == "listInvoices")
    year = next(a for a in list_invoices.query if a.name == "billing_cycle_year")
    assert "`billingCycle.month`" in year.description  # the spec's text, for the command-line tool's help
    assert "`billing_cycle_month`" in year.doc and "billingCycle" not in year.doc
    assert generate.python_terms("Total, as an int64 string; `null` when `fooBar` is 0.", {"fooBar": "foo_bar"}) == (
        "Total; None when `foo_bar` is 0."
    )
    assert generate.python_terms("A value. Written without `type` for Swift.\n\nMore.", {}) == "A value.\n\nMore."


def test_the_spec_version_travels_with_the_package() -> None:
    import xai_billing

    spec = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
    assert xai_billing.SPEC_VERSION == spec["info"]["version"] == "3.0.0"
