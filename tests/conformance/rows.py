"""The rows of the conformance matrix: one generator each, run with its stock settings.

A row generates a client from the spec, compiles it, and runs a small program (in the row's language,
written here from the spec's schema names) that decodes every payload with the client's own types and
writes each one back with the client's own encoder; payloads.compare() then checks the int64 and enum
values. Rows marked `calls_api` also call every read operation of the local billing API.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import payloads

TEAM = "conformance-team"
USAGE_BODY = {"analyticsRequest": {"timeRange": {"startTime": "2025-10-01 00:00:00", "endTime": "2025-10-08 00:00:00"}}}
HERE = Path(__file__).resolve().parent
TOOLS = payloads.ROOT / "build" / "conformance-tools"
# The generator's notices about itself, not about the spec: 3.1 support in beta, swift5 deprecated; and
# "Failed to get the schema name: null", logged once for any spec whose responses carry inline named
# `examples` (measured: it goes away only when every response example is removed, whatever the schemas).
GENERATOR_NOISE = re.compile(
    r"OpenAPI 3\.1 support is still in beta|Generation using 3\.1\.0 specs is in development|"
    r"considered deprecated|This generator has been deprecated|Failed to get the schema name: null"
)


class RowFailed(Exception):
    """A step of a row failed before any payload was decoded (generation, compilation)."""


@dataclass
class Env:
    root: Path
    spec_path: Path
    spec: dict[str, Any]
    work: Path
    manifest: list[dict[str, Any]]
    url: str
    key: str

    def read_operations(self) -> list[str]:
        return sorted(op for op, o in payloads.operations(self.spec).items() if o["read"])


@dataclass
class Result:
    failed: list[str] = field(default_factory=list)
    compiles: str = "-"
    decodes: bool = False
    read: int = 0
    api: str = "-"
    unlisted: str = "-"
    null: str = "-"
    omitted: str = "-"
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def green(self) -> bool:
        return not self.failed

    def summary(self, total: int) -> str:
        state = "green" if self.green else f"RED ({len(self.failed)} problems)"
        read = f"read {self.read}/{total}, " if self.decodes else ""
        return f"{state}: compiles {self.compiles}, {read}API {self.api}"


def run(cmd: list[str], cwd: Path | None = None, env: dict[str, str] | None = None, timeout: float = 600) -> str:
    """Run a step; its output on failure names what broke."""
    proc = subprocess.run(
        cmd, cwd=cwd, env={**os.environ, **(env or {})}, capture_output=True, text=True, timeout=timeout
    )
    if proc.returncode != 0:
        out = (proc.stdout + proc.stderr).strip().splitlines()
        raise RowFailed(
            f"{Path(cmd[0]).name} {' '.join(cmd[1:3])}: exit {proc.returncode}\n      " + "\n      ".join(out[-25:])
        )
    return proc.stdout + proc.stderr


def openapi_generator(env: Env, generator: str, out: Path, *extra: str) -> list[str]:
    """openapi-generator-cli generate, stock settings (plus what the row names); its warnings about the spec."""
    cli = os.environ.get("OPENAPI_GENERATOR_CLI", str(TOOLS / "venv" / "bin" / "openapi-generator-cli"))
    log = run([cli, "generate", "-g", generator, "-i", str(env.spec_path), "-o", str(out), *extra])
    return [
        line.split(" - ", 1)[-1].strip()
        for line in log.splitlines()
        if " WARN " in line and not GENERATOR_NOISE.search(line)
    ]


def check_decoded(env: Env, out: Path, result: Result) -> None:
    """Compare what the row's program wrote back for every payload; fill in the row's columns."""
    result.decodes = True
    schemas = payloads.schemas(env.spec)
    by_kind: dict[str, list[bool]] = {"unlisted": [], "null": []}
    for entry in env.manifest:
        pid = entry["id"]
        error = out / f"{pid}.error"
        if error.exists():
            result.failed.append(f"{pid}: {error.read_text(encoding='utf-8').strip()[:300]}")
            ok = False
        else:
            original = json.loads(Path(entry["file"]).read_text(encoding="utf-8"))
            decoded = json.loads((out / f"{pid}.json").read_text(encoding="utf-8"))
            problems = payloads.compare(env.spec, schemas[entry["schema"]], original, decoded)
            result.failed += [f"{pid}: {p}" for p in problems]
            ok = not problems
        result.read += ok
        suffix = pid.rsplit(".", 1)[1]
        if suffix == "unlisted":
            by_kind["unlisted"].append(ok)
        if suffix.startswith("null-"):
            by_kind["null"].append(ok)
        if pid == "GetPrepaidBalanceResponse.zero-1" and ok:
            result.omitted = payloads.omitted_default(
                env.spec, json.loads((out / f"{pid}.json").read_text(encoding="utf-8")).get("total")
            )
    result.unlisted = "kept" if all(by_kind["unlisted"]) else "rejected or lost"
    result.null = "read as unset" if all(by_kind["null"]) else "rejected"


def check_api(env: Env, out: Path, result: Result) -> None:
    """Compare the row's reads of the local API with the same requests sent by httpx."""
    ops = payloads.operations(env.spec)
    schemas = payloads.schemas(env.spec)
    called = 0
    with httpx.Client(base_url=env.url, headers={"Authorization": f"Bearer {env.key}"}, timeout=30) as client:
        for op_id in env.read_operations():
            op = ops[op_id]
            got = out / "api" / f"{op_id}.json"
            if not got.exists():
                error = out / "api" / f"{op_id}.error"
                why = error.read_text(encoding="utf-8")[:300] if error.exists() else "not called"
                result.failed.append(f"API {op_id}: {why}")
                continue
            path = op["path"].replace("{team_id}", TEAM)
            body = USAGE_BODY if op["method"] == "POST" else None
            raw = client.request(op["method"], path, json=body)
            raw.raise_for_status()
            problems = payloads.compare(env.spec, schemas[op["response"]], raw.json(), json.loads(got.read_text()))
            result.failed += [f"API {op_id}: {p}" for p in problems]
            called += not problems
    result.api = f"{called}/{len(env.read_operations())}"


# -- the rows --------------------------------------------------------------------------------------------


@dataclass
class Row:
    name: str
    run: Callable[[Env], Result]
    version: Callable[[Env], str]


def tool_version(cmd: list[str]) -> Callable[[Env], str]:
    def version(env: Env) -> str:
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=env.root).stdout
        except OSError:
            return "?"
        found = re.search(r"\d+\.\d+\.\d+", out)
        return found.group(0) if found else "?"

    return version


def npm_version(package: str) -> Callable[[Env], str]:
    def version(env: Env) -> str:
        meta = env.root / "spec" / "node_modules" / package / "package.json"
        return str(json.loads(meta.read_text())["version"]) if meta.exists() else "?"

    return version


OG_VERSION = tool_version(
    [os.environ.get("OPENAPI_GENERATOR_CLI", str(TOOLS / "venv" / "bin" / "openapi-generator-cli")), "version"]
)


# Go ------------------------------------------------------------------------------------------------------

GO_MAIN = """// Written by tests/conformance/rows.py: decode every payload with the generated types, write it back.
package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"

	openapi "github.com/GIT_USER_ID/GIT_REPO_ID"
)

var types = map[string]func() any{
%(types)s}

func write(path string, v any, err error) {
	if err != nil {
		os.WriteFile(path+".error", []byte(err.Error()), 0o644)
		return
	}
	b, err := json.Marshal(v)
	if err != nil {
		os.WriteFile(path+".error", []byte(err.Error()), 0o644)
		return
	}
	os.WriteFile(path+".json", b, 0o644)
}

func main() {
	manifest, out, url, key := os.Args[1], os.Args[2], os.Args[3], os.Args[4]
	var entries []struct{ Id, Schema, File string }
	b, _ := os.ReadFile(manifest)
	if err := json.Unmarshal(b, &entries); err != nil {
		panic(err)
	}
	for _, e := range entries {
		body, _ := os.ReadFile(e.File)
		v := types[e.Schema]()
		err := json.Unmarshal(body, v)
		write(filepath.Join(out, e.Id), v, err)
	}
	cfg := openapi.NewConfiguration()
	cfg.Servers = openapi.ServerConfigurations{{URL: url}}
	api := openapi.NewAPIClient(cfg).BillingAPI
	ctx := context.WithValue(context.Background(), openapi.ContextAccessToken, key)
	team := "%(team)s"
	dir := filepath.Join(out, "api")
	os.MkdirAll(dir, 0o755)
	{
		v, _, err := api.GetBillingInfo(ctx, team).Execute()
		write(filepath.Join(dir, "getBillingInfo"), v, err)
	}
	{
		v, _, err := api.ListInvoices(ctx, team).Execute()
		write(filepath.Join(dir, "listInvoices"), v, err)
	}
	{
		v, _, err := api.ListPaymentMethods(ctx, team).Execute()
		write(filepath.Join(dir, "listPaymentMethods"), v, err)
	}
	{
		v, _, err := api.PreviewPostpaidInvoice(ctx, team).Execute()
		write(filepath.Join(dir, "previewPostpaidInvoice"), v, err)
	}
	{
		v, _, err := api.GetSpendingLimits(ctx, team).Execute()
		write(filepath.Join(dir, "getSpendingLimits"), v, err)
	}
	{
		v, _, err := api.GetPrepaidBalance(ctx, team).Execute()
		write(filepath.Join(dir, "getPrepaidBalance"), v, err)
	}
	{
		req := openapi.NewGetUsageRequest(*openapi.NewAnalyticsRequest(*openapi.NewTimeRange("%(start)s", "%(end)s")))
		v, _, err := api.GetUsage(ctx, team).GetUsageRequest(*req).Execute()
		write(filepath.Join(dir, "getUsage"), v, err)
	}
}
"""


def response_schemas(env: Env) -> list[str]:
    return sorted({e["schema"] for e in env.manifest})


def go_row(env: Env) -> Result:
    result = Result()
    gen = env.work / "go"
    result.warnings = openapi_generator(env, "go", gen)
    main = gen / "cmd" / "conformance" / "main.go"
    main.parent.mkdir(parents=True)
    main.write_text(
        GO_MAIN
        % {
            "types": "".join(
                f'\t"{s}": func() any {{ return &openapi.{s}{{}} }},\n'
                if payloads.schemas(env.spec)[s].get("properties")
                else f'\t"{s}": func() any {{ return &map[string]any{{}} }},\n'  # no type for a message without fields
                for s in response_schemas(env)
            ),
            "team": TEAM,
            "start": USAGE_BODY["analyticsRequest"]["timeRange"]["startTime"],
            "end": USAGE_BODY["analyticsRequest"]["timeRange"]["endTime"],
        },
        encoding="utf-8",
    )
    # The modules the client requires (gopkg.in/validator.v2 for a oneOf), from Debian's golang-*-dev
    # sources in /usr/share/gocode, offline: each copied with a go.mod of its own and put in by `replace`.
    for module in re.findall(r"^\s+(\S+) v\S+", (gen / "go.mod").read_text(), re.M):
        source = Path("/usr/share/gocode/src") / module
        if not source.exists():
            raise RowFailed(f"the Go client requires {module}; install its Debian golang-*-dev package")
        copy = env.work / "gomod" / module
        shutil.copytree(source, copy)
        if not (copy / "go.mod").exists():
            (copy / "go.mod").write_text(f"module {module}\n\ngo 1.12\n", encoding="utf-8")
        run(["go", "mod", "edit", f"-replace={module}={copy}"], cwd=gen)
    go_env = {
        "GOFLAGS": "-mod=mod",
        "GOPROXY": "off",
        "GOTOOLCHAIN": "local",
        "GOPATH": str(TOOLS / "gopath"),
        "GOCACHE": str(TOOLS / "gocache"),
    }
    run(["go", "build", "-o", str(env.work / "go-conformance"), "./cmd/conformance"], cwd=gen, env=go_env)
    result.compiles = "yes"
    out = env.work / "go-out"
    out.mkdir()
    run([str(env.work / "go-conformance"), str(env.work / "manifest.json"), str(out), env.url, env.key])
    check_decoded(env, out, result)
    check_api(env, out, result)
    return result


ROWS: list[Row] = [
    Row("openapi-generator go", go_row, OG_VERSION),
]


def clean(path: Path) -> None:
    if path.exists():
        shutil.rmtree(path)


# Rust ----------------------------------------------------------------------------------------------------

RUST_CARGO = """[package]
name = "conformance"
version = "0.1.0"
edition = "2021"

[dependencies]
serde = { version = "1", features = ["derive"] }
serde_json = "1"
serde_with = { path = "%(serde_with)s" }
chrono = { version = "0.4", default-features = false, features = ["serde", "std"] }
"""
# Cargo reads the crates Debian's librust-*-dev packages install, offline.
CARGO_CONFIG = """[source.crates-io]
replace-with = "debian"

[source.debian]
directory = "/usr/share/cargo/registry"

[net]
offline = true
"""
RUST_MAIN = """// Written by tests/conformance/rows.py: decode every payload with the generated models, write it back.
#[allow(unused_imports, dead_code, clippy::all)]
#[path = "%(models)s"]
pub mod models;

use std::fs;

fn decode<T: serde::de::DeserializeOwned + serde::Serialize>(body: &str) -> Result<String, String> {
    let value: T = serde_json::from_str(body).map_err(|e| e.to_string())?;
    serde_json::to_string(&value).map_err(|e| e.to_string())
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let manifest: serde_json::Value = serde_json::from_str(&fs::read_to_string(&args[1]).unwrap()).unwrap();
    for entry in manifest.as_array().unwrap() {
        let id = entry["id"].as_str().unwrap();
        let body = fs::read_to_string(entry["file"].as_str().unwrap()).unwrap();
        let result = match entry["schema"].as_str().unwrap() {
%(arms)s            _ => decode::<serde_json::Value>(&body),
        };
        match result {
            Ok(text) => fs::write(format!("{}/{}.json", args[2], id), text).unwrap(),
            Err(error) => fs::write(format!("{}/{}.error", args[2], id), error).unwrap(),
        }
    }
}
"""


def rust_row(env: Env) -> Result:
    result = Result()
    gen = env.work / "rust"
    result.warnings = openapi_generator(env, "rust", gen)
    crate = env.work / "rust-conformance"
    (crate / "src").mkdir(parents=True)
    (crate / ".cargo").mkdir()
    (crate / ".cargo" / "config.toml").write_text(CARGO_CONFIG, encoding="utf-8")
    (crate / "Cargo.toml").write_text(RUST_CARGO % {"serde_with": HERE / "rust" / "serde_with"}, encoding="utf-8")
    arms = "".join(
        f'            "{s}" => decode::<models::{s}>(&body),\n'
        for s in response_schemas(env)
        if payloads.schemas(env.spec)[s].get("properties")
    )
    (crate / "src" / "main.rs").write_text(
        RUST_MAIN % {"models": gen / "src" / "models" / "mod.rs", "arms": arms}, encoding="utf-8"
    )
    run(["cargo", "build", "--quiet", "--offline"], cwd=crate, env={"CARGO_TARGET_DIR": str(TOOLS / "rust-target")})
    result.compiles = "yes (models)"
    out = env.work / "rust-out"
    out.mkdir()
    run([str(TOOLS / "rust-target" / "debug" / "conformance"), str(env.work / "manifest.json"), str(out)])
    check_decoded(env, out, result)
    return result


# TypeScript: openapi-generator typescript-fetch -----------------------------------------------------------

NODE_MODULES = payloads.ROOT / "spec" / "node_modules"
TS_FETCH_MAIN = """// Written by tests/conformance/rows.py: decode every payload with the generated models, write it back.
import * as fs from "fs";
import * as models from "./gen/models";
import { BillingApi, Configuration } from "./gen";

const readers: Record<string, [(json: any) => any, (value: any) => any]> = {
%(readers)s};

async function main(): Promise<void> {
  const [manifest, out, url, key] = process.argv.slice(2);
  for (const e of JSON.parse(fs.readFileSync(manifest, "utf8"))) {
    try {
      const [from, to] = readers[e.schema] ?? [(j: any) => j, (v: any) => v];
      const value = from(JSON.parse(fs.readFileSync(e.file, "utf8")));
      fs.writeFileSync(`${out}/${e.id}.json`, JSON.stringify(to(value)));
    } catch (err) {
      fs.writeFileSync(`${out}/${e.id}.error`, String(err));
    }
  }
  const api = new BillingApi(new Configuration({ basePath: url, accessToken: key }));
  const team = { teamId: "%(team)s" };
  const calls: Record<string, [() => Promise<any>, (value: any) => any]> = {
    getBillingInfo: [() => api.getBillingInfo(team), models.GetBillingInfoResponseToJSON],
    listInvoices: [() => api.listInvoices(team), models.ListInvoicesResponseToJSON],
    listPaymentMethods: [() => api.listPaymentMethods(team), models.ListPaymentMethodsResponseToJSON],
    previewPostpaidInvoice: [() => api.previewPostpaidInvoice(team), models.PreviewPostpaidInvoiceResponseToJSON],
    getSpendingLimits: [() => api.getSpendingLimits(team), models.GetSpendingLimitsResponseToJSON],
    getPrepaidBalance: [() => api.getPrepaidBalance(team), models.GetPrepaidBalanceResponseToJSON],
    getUsage: [
      () => api.getUsage({ ...team, getUsageRequest: models.GetUsageRequestFromJSON(%(usage)s) }),
      models.GetUsageResponseToJSON,
    ],
  };
  fs.mkdirSync(`${out}/api`);
  for (const [op, [call, to]] of Object.entries(calls)) {
    try {
      fs.writeFileSync(`${out}/api/${op}.json`, JSON.stringify(to(await call())));
    } catch (err) {
      fs.writeFileSync(`${out}/api/${op}.error`, String(err));
    }
  }
}

main();
"""
TSCONFIG = {
    "compilerOptions": {
        "strict": True,
        "target": "ES2022",
        "module": "commonjs",
        "moduleResolution": "node",
        "lib": ["ES2022", "DOM"],
        "skipLibCheck": True,
        "outDir": "dist",
        "typeRoots": [str(NODE_MODULES / "@types")],
        "baseUrl": ".",
        "paths": {"*": [str(NODE_MODULES / "*")]},  # the generated code's imports, from spec/node_modules
        "types": ["node"],
    },
}


def tsc(project: Path, config: dict[str, Any]) -> None:
    (project / "tsconfig.json").write_text(json.dumps(config, indent=1), encoding="utf-8")
    run([str(NODE_MODULES / ".bin" / "tsc"), "-p", str(project / "tsconfig.json")], cwd=project)


def node(script: Path, *args: str) -> None:
    run(["node", str(script), *args], env={"NODE_PATH": str(NODE_MODULES)})


def ts_fetch_row(env: Env) -> Result:
    result = Result()
    project = env.work / "typescript-fetch"
    result.warnings = openapi_generator(env, "typescript-fetch", project / "gen")
    readers = "".join(
        f"  {s}: [models.{s}FromJSON, models.{s}ToJSON],\n"
        for s in response_schemas(env)
        if payloads.schemas(env.spec)[s].get("properties")
    )
    (project / "main.ts").write_text(
        TS_FETCH_MAIN % {"readers": readers, "team": TEAM, "usage": json.dumps(USAGE_BODY)}, encoding="utf-8"
    )
    tsc(project, {**TSCONFIG, "files": ["main.ts"]})
    result.compiles = "yes (tsc --strict)"
    out = env.work / "typescript-fetch-out"
    out.mkdir()
    node(project / "dist" / "main.js", str(env.work / "manifest.json"), str(out), env.url, env.key)
    check_decoded(env, out, result)
    check_api(env, out, result)
    return result


# Python: openapi-python-client and datamodel-code-generator, stock --------------------------------------
# A Python team that generates its own client (openapi-python-client) or pydantic models
# (datamodel-code-generator) from spec/openapi.json, with the tools in their own venv (setup.sh pins them);
# the generated code runs in that venv too.

PY_TOOLS = TOOLS / "python" / "bin"
PY_OPC = """import importlib, json, re, sys
manifest, out, root, url, key, team, usage = sys.argv[1:8]
sys.path.insert(0, root)
models = importlib.import_module("client.models")
for e in json.load(open(manifest)):
    body = json.load(open(e["file"]))
    try:
        cls = getattr(models, e["schema"], None)
        written = cls.from_dict(body).to_dict() if cls is not None else body
        open(f"{out}/{e['id']}.json", "w").write(json.dumps(written))
    except Exception as exc:
        open(f"{out}/{e['id']}.error", "w").write(f"{type(exc).__name__}: {exc}")
# Every read operation of the local API, through the generated client's own functions.
from client.client import AuthenticatedClient
client = AuthenticatedClient(base_url=url, token=key, raise_on_unexpected_status=True)
for op_id in sys.argv[8:]:
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", op_id).lower()
    try:
        api = importlib.import_module(f"client.api.billing.{name}")
        kwargs = {"body": models.GetUsageRequest.from_dict(json.loads(usage))} if op_id == "getUsage" else {}
        response = api.sync_detailed(team, client=client, **kwargs)
        if response.status_code != 200:
            raise RuntimeError(f"HTTP {response.status_code}: {response.content[:200]!r}")
        open(f"{out}/api/{op_id}.json", "w").write(json.dumps(response.parsed.to_dict()))
    except Exception as exc:
        open(f"{out}/api/{op_id}.error", "w").write(f"{type(exc).__name__}: {exc}")
"""
PY_DCG = """import json, sys, importlib
sys.path.insert(0, sys.argv[3])
models = importlib.import_module("models")
for e in json.load(open(sys.argv[1])):
    body = json.load(open(e["file"]))
    try:
        cls = getattr(models, e["schema"])
        out = cls.model_validate(body).model_dump(mode="json", by_alias=True)
        open(f"{sys.argv[2]}/{e['id']}.json", "w").write(json.dumps(out))
    except Exception as exc:
        open(f"{sys.argv[2]}/{e['id']}.error", "w").write(f"{type(exc).__name__}: {exc}")
"""


def opc_row(env: Env) -> Result:
    """openapi-python-client generate (stock, no project metadata); read every payload with the generated
    models, and call every read operation of the local API with the generated client."""
    result = Result()
    gen = env.work / "openapi-python-client"
    gen.mkdir()
    log = run(
        [str(PY_TOOLS / "openapi-python-client"), "generate", "--path", str(env.spec_path), "--meta", "none",
         "--output-path", str(gen / "client")],
        cwd=gen,
    )  # fmt: skip
    result.warnings = [line.strip() for line in log.splitlines() if "warning" in line.lower()]
    result.compiles = "n/a (Python)"
    out = env.work / "openapi-python-client-out"
    (out / "api").mkdir(parents=True)
    (gen / "decode.py").write_text(PY_OPC, encoding="utf-8")
    run(
        [str(PY_TOOLS / "python"), str(gen / "decode.py"), str(env.work / "manifest.json"), str(out), str(gen),
         env.url, env.key, TEAM, json.dumps(USAGE_BODY), *env.read_operations()],
    )  # fmt: skip
    check_decoded(env, out, result)
    check_api(env, out, result)
    return result


def dcg_row(env: Env) -> Result:
    """datamodel-code-generator (stock settings): read every payload with the generated pydantic models and
    write it back (model_dump by alias)."""
    result = Result()
    gen = env.work / "datamodel-code-generator"
    gen.mkdir()
    log = run(
        [str(PY_TOOLS / "datamodel-codegen"), "--input", str(env.spec_path), "--input-file-type", "openapi",
         "--output", str(gen / "models.py")],
    )  # fmt: skip
    result.warnings = [line.strip() for line in log.splitlines() if "warning" in line.lower()]
    result.compiles = "n/a (Python)"
    out = env.work / "datamodel-code-generator-out"
    out.mkdir()
    (gen / "decode.py").write_text(PY_DCG, encoding="utf-8")
    run([str(PY_TOOLS / "python"), str(gen / "decode.py"), str(env.work / "manifest.json"), str(out), str(gen)])
    check_decoded(env, out, result)
    return result


ROWS += [
    Row("openapi-generator rust", rust_row, OG_VERSION),
    Row("openapi-generator typescript-fetch", ts_fetch_row, OG_VERSION),
    Row("openapi-python-client", opc_row, tool_version([str(PY_TOOLS / "openapi-python-client"), "--version"])),
    Row("datamodel-code-generator", dcg_row, tool_version([str(PY_TOOLS / "datamodel-codegen"), "--version"])),
]


# TypeScript: openapi-typescript + openapi-fetch, stock ----------------------------------------------------

OPENAPI_FETCH_MAIN = """// Written by tests/conformance/rows.py: every read operation of the local API through openapi-fetch.
import * as fs from "fs";
import createClient from "openapi-fetch";
import type { paths } from "./schema";

async function main(): Promise<void> {
  const [out, url, key] = process.argv.slice(2);
  const client = createClient<paths>({ baseUrl: url, headers: { Authorization: `Bearer ${key}` } });
  const params = { path: { team_id: "%(team)s" } };
  const calls: Record<string, () => Promise<{ data?: unknown; error?: unknown }>> = {
    getBillingInfo: () => client.GET("/v1/billing/teams/{team_id}/billing-info", { params }),
    listInvoices: () => client.GET("/v1/billing/teams/{team_id}/invoices", { params }),
    listPaymentMethods: () => client.GET("/v1/billing/teams/{team_id}/payment-method", { params }),
    previewPostpaidInvoice: () => client.GET("/v1/billing/teams/{team_id}/postpaid/invoice/preview", { params }),
    getSpendingLimits: () => client.GET("/v1/billing/teams/{team_id}/postpaid/spending-limits", { params }),
    getPrepaidBalance: () => client.GET("/v1/billing/teams/{team_id}/prepaid/balance", { params }),
    getUsage: () => client.POST("/v1/billing/teams/{team_id}/usage", { params, body: %(usage)s }),
  };
  fs.mkdirSync(`${out}/api`, { recursive: true });
  for (const [op, call] of Object.entries(calls)) {
    const { data, error } = await call();
    if (data === undefined) {
      fs.writeFileSync(`${out}/api/${op}.error`, JSON.stringify(error));
    } else {
      fs.writeFileSync(`${out}/api/${op}.json`, JSON.stringify(data));
    }
  }
}

main();
"""


def openapi_typescript_row(env: Env) -> Result:
    """Types only: every payload, as an object literal, must satisfy its type under tsc --strict (what a
    TypeScript client reads is the JSON itself); openapi-fetch then calls the local API."""
    result = Result()
    project = env.work / "openapi-typescript"
    project.mkdir()
    log = run(
        [str(NODE_MODULES / ".bin" / "openapi-typescript"), str(env.spec_path), "-o", str(project / "schema.d.ts")]
    )
    result.warnings = [line for line in log.splitlines() if "warn" in line.lower()]
    lines = ['import type { components } from "./schema";', 'type S = components["schemas"];']
    for i, entry in enumerate(env.manifest):
        body = Path(entry["file"]).read_text(encoding="utf-8")
        lines.append(
            f"// {entry['id']}\nexport const p{i} = {body.strip()} satisfies S[{json.dumps(entry['schema'])}];"
        )
    (project / "payloads.ts").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (project / "main.ts").write_text(
        OPENAPI_FETCH_MAIN % {"team": TEAM, "usage": json.dumps(USAGE_BODY)}, encoding="utf-8"
    )
    config = {**TSCONFIG, "files": ["payloads.ts", "main.ts"]}
    config["compilerOptions"] = {
        **TSCONFIG["compilerOptions"],
        "paths": {"openapi-fetch": [str(NODE_MODULES / "openapi-fetch")]},
    }  # type: ignore[dict-item]
    (project / "tsconfig.json").write_text(json.dumps(config, indent=1), encoding="utf-8")
    proc = subprocess.run(
        [str(NODE_MODULES / ".bin" / "tsc"), "-p", str(project / "tsconfig.json")],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    errors = [line for line in proc.stdout.splitlines() if "error TS" in line]
    if proc.returncode != 0:
        text = (project / "payloads.ts").read_text(encoding="utf-8").splitlines()
        bad: set[str] = set()
        for line in errors:
            found = re.search(r"payloads\.ts\((\d+),", line)
            if found is None:
                result.failed.append(line)
                continue
            n = int(found.group(1)) - 1
            while n > 0 and not text[n].startswith("// "):
                n -= 1
            bad.add(text[n][3:])
        result.failed += [f"{pid}: tsc --strict rejects it" for pid in sorted(bad)]
        result.compiles = f"no ({len(errors)} tsc errors)"
        result.decodes, result.read = True, len(env.manifest) - len(bad)
        return result
    result.compiles = "yes (tsc --strict)"
    result.decodes, result.read = True, len(env.manifest)
    result.unlisted, result.null, result.omitted = "kept (a string)", "read as unset", "left unset"
    out = env.work / "openapi-typescript-out"
    out.mkdir()
    node(project / "dist" / "main.js", str(out), env.url, env.key)
    check_api(env, out, result)
    return result


# Kotlin, C#, Swift: generated only (no compiler on this machine) ------------------------------------------


# Where each writes its models: a model that is not a component schema is a type the generator made up for
# an inline schema (an anyOf of scalars became an empty class in Kotlin and C#, `ModelString` in Swift).
MODEL_FILES = {
    "kotlin": "src/main/kotlin/org/openapitools/client/models/*.kt",
    "csharp": "src/Org.OpenAPITools/Model/*.cs",
    "swift5": "OpenAPIClient/Classes/OpenAPIs/Models/*.swift",
}


def generate_only(generator: str) -> Callable[[Env], Result]:
    def row(env: Env) -> Result:
        result = Result(compiles="n/a (no compiler here)")
        out = env.work / generator
        result.warnings = openapi_generator(env, generator, out)
        result.failed = [f"generator warning: {w}" for w in result.warnings]
        models = sorted(p.stem for p in out.glob(MODEL_FILES[generator]))
        if not models:
            raise RowFailed(f"no models in {MODEL_FILES[generator]}")
        made_up = [m for m in models if m not in payloads.schemas(env.spec)]
        result.failed += [f"a type made up for an inline schema: {m}" for m in made_up]
        return result

    return row


ROWS += [
    Row("openapi-typescript + openapi-fetch", openapi_typescript_row, npm_version("openapi-typescript")),
    Row("openapi-generator kotlin", generate_only("kotlin"), OG_VERSION),
    Row("openapi-generator csharp", generate_only("csharp"), OG_VERSION),
    Row("openapi-generator swift5", generate_only("swift5"), OG_VERSION),
]


# TypeScript: @hey-api/openapi-ts (its types, and its zod plugin) and openapi-zod-client ------------------

ZOD_MAIN = """// Written by tests/conformance/rows.py: parse every payload with the generated zod schemas, write it back.
import * as fs from "fs";
import * as gen from "%(module)s";

type Schema = { parse(v: unknown): unknown };
const lookup = (name: string): Schema | undefined => (%(lookup)s) as Schema | undefined;

const [manifest, out] = process.argv.slice(2);
for (const e of JSON.parse(fs.readFileSync(manifest, "utf8"))) {
  try {
    const schema = lookup(e.schema);
    const body = JSON.parse(fs.readFileSync(e.file, "utf8"));
    const value = schema ? schema.parse(body) : body;
    // a zod int64 may be a BigInt: written as its digits, as the wire has it
    const text = JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
    fs.writeFileSync(`${out}/${e.id}.json`, text);
  } catch (err) {
    fs.writeFileSync(`${out}/${e.id}.error`, String(err).slice(0, 500));
  }
}
"""


def typed_payloads(env: Env, project: Path, import_line: str, type_of: Callable[[str], str]) -> None:
    """Every payload as an object literal that must satisfy its generated type (tsc --strict)."""
    lines = [import_line]
    for i, entry in enumerate(env.manifest):
        body = Path(entry["file"]).read_text(encoding="utf-8").strip()
        lines.append(f"// {entry['id']}\nexport const p{i} = {body} satisfies {type_of(entry['schema'])};")
    (project / "payloads.ts").write_text("\n".join(lines) + "\n", encoding="utf-8")


def tsc_rejects(project: Path, files: list[str]) -> tuple[list[str], set[str]]:
    """tsc --strict over `files` (it still writes dist/): its errors, and the payloads (by id) it rejects."""
    config: dict[str, Any] = {**TSCONFIG, "files": files}
    if (project / "node_modules").exists():  # the project's own modules first
        options = config["compilerOptions"]
        config["compilerOptions"] = {
            **options,
            "paths": {"*": [str(project / "node_modules" / "*"), *options["paths"]["*"]]},
        }
    (project / "tsconfig.json").write_text(json.dumps(config, indent=1), encoding="utf-8")
    proc = subprocess.run(
        [str(NODE_MODULES / ".bin" / "tsc"), "-p", str(project / "tsconfig.json")],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    errors = [line for line in proc.stdout.splitlines() if "error TS" in line]
    if proc.returncode != 0 and not errors:
        raise RowFailed(f"tsc: exit {proc.returncode}: {proc.stdout[-500:]}{proc.stderr[-500:]}")
    text = (project / "payloads.ts").read_text(encoding="utf-8").splitlines() if "payloads.ts" in files else []
    bad: set[str] = set()
    for line in errors:
        found = re.search(r"payloads\.ts\((\d+),", line)
        if found is not None:
            n = int(found.group(1)) - 1
            while n > 0 and not text[n].startswith("// "):
                n -= 1
            bad.add(text[n][3:])
    return errors, bad


def zod_row(env: Env, project: Path, module: str, lookup: str, typed: str | None) -> Result:
    """Parse every payload with the row's zod schemas; with `typed`, also type every payload under tsc."""
    result = Result()
    (project / "decode.ts").write_text(ZOD_MAIN % {"module": module, "lookup": lookup}, encoding="utf-8")
    files = ["decode.ts"]
    if typed is not None:
        typed_payloads(env, project, typed, lambda s: f"T.{s}")
        files.append("payloads.ts")
    errors, bad = tsc_rejects(project, files)
    result.failed += [f"{pid}: tsc --strict rejects it with the generated types" for pid in sorted(bad)]
    result.failed += [e for e in errors if "payloads.ts(" not in e]
    result.compiles = "yes (tsc --strict)" if not errors else f"no ({len(errors)} tsc errors)"
    out = env.work / f"{project.name}-out"
    out.mkdir()
    node(project / "dist" / "decode.js", str(env.work / "manifest.json"), str(out))
    check_decoded(env, out, result)
    return result


def hey_api_row(env: Env) -> Result:
    """Its types (stock plugins) must type every payload; its zod plugin's schemas must parse every payload."""
    project = env.work / "hey-api"
    project.mkdir()
    cli = str(NODE_MODULES / ".bin" / "openapi-ts")
    run([cli, "-i", str(env.spec_path), "-o", str(project / "gen")], cwd=project)
    run([cli, "-i", str(env.spec_path), "-o", str(project / "zod"), "-p", "zod"], cwd=project)
    # Its zod plugin writes zod 4; openapi-zod-client's code is zod 3 (spec/node_modules/zod), so this
    # project's own node_modules/zod is zod 4 (spec/package.json's zod-v4), for tsc and node alike.
    (project / "node_modules").mkdir()
    (project / "node_modules" / "zod").symlink_to(NODE_MODULES / "zod-v4")
    typed = 'import type * as T from "./gen/types.gen";'
    return zod_row(env, project, "./zod/zod.gen", '(gen as Record<string, unknown>)["z" + name]', typed)


def zod_client_row(env: Env) -> Result:
    """openapi-zod-client's schemas (the `schemas` its zodios client exports) must parse every payload."""
    project = env.work / "openapi-zod-client"
    (project / "gen").mkdir(parents=True)
    run(
        [
            str(NODE_MODULES / ".bin" / "openapi-zod-client"),
            str(env.spec_path),
            "-o",
            str(project / "gen" / "client.ts"),
        ]
    )
    return zod_row(env, project, "./gen/client", "(gen.schemas as Record<string, unknown>)[name]", None)


ROWS += [
    Row("@hey-api/openapi-ts + zod plugin", hey_api_row, npm_version("@hey-api/openapi-ts")),
    Row("openapi-zod-client", zod_client_row, npm_version("openapi-zod-client")),
]


# Java: openapi-generator java, library native (java.net.http and Jackson) -------------------------------

JAVA_JARS = [
    "/usr/share/java/jackson-core.jar",
    "/usr/share/java/jackson-databind.jar",
    "/usr/share/java/jackson-annotations.jar",
    "/usr/share/java/jsr305.jar",  # @javax.annotation.Nullable
    "/usr/share/java/geronimo-annotation-1.3-spec.jar",  # @javax.annotation.Generated (not in Java 17)
]
JAVA_MAIN = """// Written by tests/conformance/rows.py: decode every payload with the generated models, write it back,
// then call every read operation of the local API.
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.openapitools.client.ApiClient;
import org.openapitools.client.JSON;
import org.openapitools.client.api.BillingApi;
import org.openapitools.client.model.*;

public class Main {
  static void write(ObjectMapper mapper, Path base, Callable<Object> read) throws Exception {
    try {
      Files.writeString(Path.of(base + ".json"), mapper.writeValueAsString(read.call()));
    } catch (Exception e) {
      Files.writeString(Path.of(base + ".error"), String.valueOf(e));
    }
  }

  public static void main(String[] args) throws Exception {
    ObjectMapper mapper = JSON.getDefault().getMapper();
    Map<String, Class<?>> types = new HashMap<>();
%(types)s
    List<Map<String, String>> manifest = mapper.readValue(Path.of(args[0]).toFile(), List.class);
    for (Map<String, String> e : manifest) {
      Class<?> type = types.getOrDefault(e.get("schema"), Object.class);
      String body = Files.readString(Path.of(e.get("file")));
      write(mapper, Path.of(args[1], e.get("id")), () -> mapper.readValue(body, type));
    }
    ApiClient client = new ApiClient();
    client.updateBaseUri(args[2]);
    client.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + args[3]));
    BillingApi api = new BillingApi(client);
    String team = "%(team)s";
    Path dir = Path.of(args[1], "api");
    Files.createDirectories(dir);
    GetUsageRequest usage = mapper.readValue(%(usage)s, GetUsageRequest.class);
    write(mapper, dir.resolve("getBillingInfo"), () -> api.getBillingInfo(team));
    write(mapper, dir.resolve("listInvoices"), () -> api.listInvoices(team, null, null, null, null, null));
    write(mapper, dir.resolve("listPaymentMethods"), () -> api.listPaymentMethods(team));
    write(mapper, dir.resolve("previewPostpaidInvoice"), () -> api.previewPostpaidInvoice(team));
    write(mapper, dir.resolve("getSpendingLimits"), () -> api.getSpendingLimits(team));
    write(mapper, dir.resolve("getPrepaidBalance"), () -> api.getPrepaidBalance(team));
    write(mapper, dir.resolve("getUsage"), () -> api.getUsage(team, usage));
  }
}
"""


def java_row(env: Env) -> Result:
    result = Result()
    gen = env.work / "java"
    result.warnings = openapi_generator(env, "java", gen, "--library", "native")
    main = env.work / "java-main" / "Main.java"
    main.parent.mkdir()
    model_dir = gen / "src" / "main" / "java" / "org" / "openapitools" / "client" / "model"
    types = "".join(
        f'    types.put("{s}", {s}.class);\n' for s in response_schemas(env) if (model_dir / f"{s}.java").exists()
    )
    main.write_text(
        JAVA_MAIN % {"types": types, "team": TEAM, "usage": json.dumps(json.dumps(USAGE_BODY))}, encoding="utf-8"
    )
    sources = [str(p) for p in (gen / "src" / "main" / "java").rglob("*.java")]
    sources += [str(p) for p in (HERE / "java").rglob("*.java")] + [str(main)]
    classes = env.work / "java-classes"
    classpath = ":".join(JAVA_JARS)
    run(["javac", "-nowarn", "-encoding", "UTF-8", "-d", str(classes), "-cp", classpath, *sources])
    result.compiles = "yes (javac)"
    out = env.work / "java-out"
    out.mkdir()
    run(["java", "-cp", f"{classes}:{classpath}", "Main", str(env.work / "manifest.json"), str(out), env.url, env.key])
    check_decoded(env, out, result)
    check_api(env, out, result)
    return result


ROWS.insert(1, Row("openapi-generator java (native)", java_row, OG_VERSION))
