"""When xAI adds an operation, editing the spec and regenerating is all it takes: on a copy of the repository,
a new operation gets a client method, a route in the local API (answering from its spec example) and a
command of xai-billing, with no hand-written code."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

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
            "grantId": {"type": "string", "default": "", "description": "ID of the grant."},
            "amount": {"$ref": "#/components/schemas/UsdCents", "description": "Credit granted."},
        },
    },
    "ListCreditGrantsResponse": {
        "type": "object",
        "properties": {
            "grants": {
                "type": "array",
                "default": [],
                "description": "The grants.",
                "items": {"$ref": "#/components/schemas/CreditGrant"},
            }
        },
    },
}


def test_a_new_operation_gets_a_method_a_route_and_a_command_from_the_spec_alone(tmp_path: Path) -> None:
    copy = tmp_path / "repo"
    shutil.copytree(
        ROOT, copy, ignore=shutil.ignore_patterns(".venv", ".git", "__pycache__", ".*_cache", "dist", "build")
    )
    spec_path = copy / "spec" / "openapi.yaml"
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    spec["paths"]["/v1/billing/teams/{team_id}/credit-grants"] = NEW_PATH
    spec["components"]["schemas"].update(NEW_SCHEMAS)
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")

    generated = subprocess.run(
        [sys.executable, str(copy / "generator" / "generate.py")], capture_output=True, text=True, timeout=300
    )
    assert generated.returncode == 0, generated.stderr
    assert (copy / "generated" / "xai_billing" / "models" / "credit_grant.py").exists()

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
