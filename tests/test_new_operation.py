"""CONTRIBUTING.md's worked example, done for real on a copy of the repository: xAI adds a field, an enum value and
an operation. Edit the spec, mark what the proto does not have (the proto check of make check says what),
bump the versions with their changelog entries, `make generate`, and the breaking-change gate passes; the client, the local API (answering the new operation from its spec
example) and xai-billing (a new command) pick it all up, with no hand-written code."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent

NEW_PATH = {
    "parameters": [{"$ref": "#/components/parameters/TeamId"}],
    "get": {
        "operationId": "listCreditGrants",
        "x-rpc": "ListCreditGrants",
        "x-idempotent": True,
        "tags": ["billing"],
        "summary": "List credit grants",
        "description": "List the promotional credit grants of the team.",
        "responses": {
            "200": {
                "description": "The grants.",
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/ListCreditGrantsResponse"},
                        "examples": {
                            "reference": {
                                "summary": "An example",
                                "value": {"grants": [{"grantId": "g-1", "amount": {"val": "2500"}}]},
                            }
                        },
                    }
                },
            },
            "401": {"$ref": "#/components/responses/Unauthenticated"},
            "default": {"$ref": "#/components/responses/Error"},
        },
    },
}
NEW_SCHEMAS = {
    "CreditGrant": {
        "type": "object",
        "description": "A promotional credit grant.",
        "properties": {
            "grantId": {"type": "string", "x-proto3-default": "", "description": "ID of the grant."},
            "amount": {"$ref": "#/components/schemas/UsdCents", "description": "Credit granted."},
        },
    },
    "ListCreditGrantsResponse": {
        "type": "object",
        "properties": {
            "grants": {
                "type": "array",
                "x-proto3-default": [],
                "description": "The grants.",
                "items": {"$ref": "#/components/schemas/CreditGrant"},
            }
        },
    },
}


@pytest.mark.timeout(600)  # a copy of the repository generated and gated several times; slow on a busy machine
def test_xai_adds_a_field_an_enum_value_and_an_operation(tmp_path: Path) -> None:
    copy = tmp_path / "repo"
    shutil.copytree(
        ROOT,
        copy,
        ignore=shutil.ignore_patterns(".git", ".venv", "node_modules", "__pycache__", ".*_cache", "dist", "build"),
    )
    # 0. The release the edit builds on: the copy as it is, committed in a repository of its own and recorded
    #    by `breaking.py --release`, as a maintainer cuts one.
    git = ["git", "-C", str(copy), "-c", "user.name=test", "-c", "user.email=test@example.com"]
    for step in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "release"]):
        subprocess.run([*git, *step], check=True, capture_output=True, timeout=120)
    subprocess.run(
        [sys.executable, str(copy / "generator" / "breaking.py"), "--release"], check=True, capture_output=True
    )
    # 1. Edit the spec: a field, an enum value, an operation; bump info.version (additive: a minor).
    spec_path = copy / "spec" / "openapi.yaml"
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    schemas["BalanceChange"]["properties"]["note"] = {
        "type": "string",
        "x-proto3-default": "",
        "description": "A note.",
    }
    schemas["ChangeOrigin"]["x-extensible-enum"].append("GIFT")
    spec["paths"]["/v1/billing/teams/{team_id}/credit-grants"] = NEW_PATH
    schemas.update(NEW_SCHEMAS)
    spec["info"]["version"] = "3.1.0"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    # The proto check of make check: the field and the value are not in the vendored proto (spec/proto) ...
    proto_check = [sys.executable, str(copy / "scripts" / "check_proto.py")]
    differs = subprocess.run(proto_check, capture_output=True, text=True, timeout=120)
    assert differs.returncode == 1, differs.stdout
    found = sorted(line.split(": ", 1)[1] for line in differs.stderr.splitlines()[:-1])
    assert len(found) == 2, differs.stderr
    assert found[0].startswith("BalanceChange.note: not in the proto prod_mc_billing.PrepaidBalanceChange"), found
    assert found[1].startswith("ChangeOrigin: value GIFT is not in the proto"), found
    # ... until they are marked x-not-in-proto, as the public reference has them and the proto does not.
    schemas["BalanceChange"]["properties"]["note"]["x-not-in-proto"] = True
    schemas["ChangeOrigin"]["x-not-in-proto"].append("GIFT")
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    follows = subprocess.run(proto_check, capture_output=True, text=True, timeout=120)
    assert follows.returncode == 0 and "the spec follows the proto" in follows.stdout, follows.stderr
    # 2. The changelogs, and the package's version: 0.3.0 is released, so a new version (a patch: nothing
    #    breaks) with its entry above the released one's.
    changelog = copy / "spec" / "CHANGELOG.md"
    changelog.write_text(
        changelog.read_text().replace("\n## 3.0.0", "\n## 3.1.0\n\n### listCreditGrants: new\n\n## 3.0.0", 1)
    )
    pyproject = copy / "pyproject.toml"
    pyproject.write_text(re.sub(r'^version = ".*"$', 'version = "0.3.1"', pyproject.read_text(), count=1, flags=re.M))
    package_changelog = copy / "CHANGELOG.md"
    text = package_changelog.read_text()
    assert text.count("\n## 0.3.0 ") == 1
    package_changelog.write_text(
        text.replace("\n## 0.3.0 ", "\n## 0.3.1 (spec 3.1.0) — unreleased\n- list_credit_grants()\n\n## 0.3.0 ")
    )
    # 3. make generate, and the breaking-change gate of make check.
    generated = subprocess.run(
        [sys.executable, str(copy / "generator" / "generate.py")], capture_output=True, text=True, timeout=300
    )
    assert generated.returncode == 0, generated.stderr
    assert (copy / "generated" / "xai_billing" / "models" / "credit_grant.py").exists()
    gate = subprocess.run(
        [sys.executable, str(copy / "generator" / "breaking.py")], capture_output=True, text=True, timeout=120
    )
    assert gate.returncode == 0 and "0 to the spec and 0 to the Python API" in gate.stdout, gate.stderr
    # The same edit that also removes a field is breaking, and stops the gate until the major version moves.
    schemas["BalanceChange"]["properties"].pop("invoiceId")
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    stopped = subprocess.run(
        [sys.executable, str(copy / "generator" / "breaking.py")], capture_output=True, text=True, timeout=120
    )
    assert stopped.returncode == 1 and "schema BalanceChange: field invoiceId removed" in stopped.stderr

    script = textwrap.dedent(
        """
        import json, sys
        import xai_billing
        from xai_billing.cli import main
        from xai_billing.fake import FakeBillingAPI

        assert xai_billing.__file__.startswith(sys.argv[1]), xai_billing.__file__
        api = FakeBillingAPI(key="k")
        grants = api.client().list_credit_grants().grants   # the new client method, typed
        assert [(g.grant_id, g.amount.val) for g in grants] == [("g-1", 2500)], grants
        change = xai_billing.models.BalanceChange.from_dict({"changeOrigin": "GIFT", "note": "thanks"})
        assert change.note == "thanks" and change.change_origin is xai_billing.models.ChangeOrigin.GIFT
        assert xai_billing.__version__ == "0.3.1" and xai_billing.SPEC_VERSION == "3.1.0"
        with api.serve() as server:
            code = main(["list-credit-grants", "--json", "--base-url", server.url, "--team-id", "t"])
        print("exit", code)
        """
    )
    env = {**os.environ, "PYTHONPATH": str(copy / "generated"), "XAI_MANAGEMENT_KEY": "k"}
    result = subprocess.run(
        [sys.executable, "-c", script, str(copy / "generated")], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert out.rstrip().endswith("exit 0")
    assert json.loads(out[: out.rindex("exit")]) == {"grants": [{"grantId": "g-1", "amount": {"val": "2500"}}]}
    help_text = subprocess.run(
        [sys.executable, "-c", "from xai_billing.cli import main; main(['--help'])"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    ).stdout
    assert "list-credit-grants" in help_text and "List credit grants" in help_text
