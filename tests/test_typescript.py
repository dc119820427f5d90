"""The spec as TypeScript sees it: types from openapi-typescript for every recording, typed calls with
openapi-fetch, compiled by tsc --strict (make check does the real run; this proves it can fail)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
import recordings_ts
import yaml

ROOT = Path(__file__).resolve().parent.parent
NODE_BIN = ROOT / "spec" / "node_modules" / ".bin"


def _compile(spec: dict[str, Any], folder: Path) -> subprocess.CompletedProcess[str]:
    folder.mkdir(parents=True)
    (folder / "openapi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    subprocess.run(
        [
            NODE_BIN / "openapi-typescript",
            folder / "openapi.yaml",
            "-o",
            folder / "schema.d.ts",
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    recordings_ts.main(folder / "recordings.ts", schema_import="./schema")
    config = {"compilerOptions": {"strict": True, "noEmit": True, "target": "ES2022", "types": []}, "include": ["*.ts"]}
    (folder / "tsconfig.json").write_text(json.dumps(config), encoding="utf-8")
    return subprocess.run([NODE_BIN / "tsc", "-p", folder], capture_output=True, text=True, timeout=180)


def _spec() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8"))


def _close_enum(spec: dict[str, Any]) -> None:
    schema = spec["components"]["schemas"]["ChangeOrigin"]
    schema["enum"] = schema.pop("x-extensible-enum")


def _forbid_null(spec: dict[str, Any]) -> None:
    prop = spec["components"]["schemas"]["GetBillingInfoResponse"]["properties"]["billingInfo"]
    prop["$ref"] = prop.pop("anyOf")[0]["$ref"]


@pytest.mark.parametrize(
    ("mutate", "named"),
    [(_close_enum, "PROMOTIONAL_GRANT"), (_forbid_null, "billingInfo")],
    ids=["closed-enum", "forbidden-null"],
)
@pytest.mark.timeout(600)  # tsc twice; slow on a busy machine
def test_tsc_fails_on_a_spec_that_would_reject_what_the_server_sends(mutate: Any, named: str, tmp_path: Path) -> None:
    good = _compile(_spec(), tmp_path / "good")
    assert good.returncode == 0, good.stdout
    spec = _spec()
    mutate(spec)
    bad = _compile(spec, tmp_path / "bad")
    assert bad.returncode != 0 and "recordings.ts" in bad.stdout, bad.stdout
    assert named in bad.stdout or "null" in bad.stdout, bad.stdout
