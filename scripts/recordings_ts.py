"""Write tests/typescript/recordings.ts: every recording, typed by the spec's TypeScript types.

`make check` writes a fresh copy to build/typescript/ and fails when the committed one differs (a
recording added without it), then compiles the committed one with tsc --strict.

Each recording's request body and response body become object literals checked with `satisfies`
against the types openapi-typescript makes from the spec, so `tsc --strict` fails when the spec would
reject what the server sends: a closed enum meeting a value it does not list, a field that forbids
the null an unset message arrives as, a renamed or retyped field.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def main(out: Path, schema_import: str = "../../build/typescript/schema") -> int:
    spec = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
    operations = {
        op["operationId"]: (path, method, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }
    lines = [
        "// Written by scripts/recordings_ts.py from tests/recordings: do not edit.",
        f'import type {{ components, paths }} from "{schema_import}";',
        "",
        'type Schemas = components["schemas"];',
        "type RequestBody<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {",
        '  requestBody: { content: { "application/json": infer B } };',
        "}",
        "  ? B",
        "  : never;",
        "",
    ]
    recordings = sorted((ROOT / "tests" / "recordings").glob("*/*.json"))
    for i, file in enumerate(recordings):
        recording = json.loads(file.read_text(encoding="utf-8"))
        path, method, op = operations[recording["operationId"]]
        response = op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
        lines.append(f"// {file.relative_to(ROOT)}")
        if "body" in recording["request"]:
            body = json.dumps(recording["request"]["body"], ensure_ascii=False)
            lines.append(f'export const request{i} = {body} satisfies RequestBody<"{path}", "{method}">;')
        body = json.dumps(recording["response"]["body"], ensure_ascii=False)
        lines.append(f'export const response{i} = {body} satisfies Schemas["{response}"];')
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}: {len(recordings)} recordings typed")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "typescript" / "recordings.ts"))
