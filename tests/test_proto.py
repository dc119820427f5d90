"""The proto as upstream: make check compares the spec with the vendored proto files (spec/proto), so that
re-vendoring a newer proto tells the maintainer exactly what changed. The newer proto here is a temp copy
of spec/proto with one change of each kind."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHECK = ROOT / "scripts" / "check_proto.py"


def check(proto: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, CHECK, "--proto", proto], capture_output=True, text=True, timeout=60)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_the_spec_follows_the_vendored_proto() -> None:
    result = check(ROOT / "spec" / "proto")
    assert result.returncode == 0, result.stderr
    assert "the spec follows the proto: 48 schemas" in result.stdout


def test_a_newer_proto_is_reported_change_by_change_with_its_location(tmp_path: Path) -> None:
    proto = tmp_path / "proto"
    shutil.copytree(ROOT / "spec" / "proto", proto)
    billing, types = proto / "billing.proto", proto / "types.proto"
    edit(billing, "  optional google.protobuf.Timestamp create_ts = 85;\n",
         "  optional google.protobuf.Timestamp create_ts = 85;\n  string note = 95;\n")  # fmt: skip
    edit(billing, "    MANUAL = 40;", "    MANUAL = 40;\n    GIFT = 60;")
    edit(billing, "    PAID = 2;\n", "")
    edit(billing, "  int32 year = 1;", "  int64 year = 1;")
    edit(billing, "  optional int32 spend_bp_key_year = 70;", "  int32 spend_bp_key_year = 70;")
    edit(types, "  string tax_id_type = 40;\n", "")
    result = check(proto)
    assert result.returncode == 1
    found = result.stderr.splitlines()
    assert all(re.match(r"spec/openapi\.yaml:[1-9][0-9]*: ", line) for line in found[:-1])  # the spec's line
    text = "\n".join(line.split(": ", 1)[1] for line in found[:-1])
    expected = [
        "BillingCycle.year: the proto's int64 is a JSON string (proto/billing.proto:",
        "BillingInfo.taxIdType: not in the proto prod_charger.BillingInfo (proto/types.proto:",
        "InvoiceStatus: value PAID is not in the proto prod_mc_billing.InvoiceBundle.Status (proto/billing.proto:",
        "ChangeOrigin: value GIFT is in the proto (proto/billing.proto:",
        "BalanceChange.spendBpKeyYear: the proto's field has no presence (proto/billing.proto:",
        "BalanceChange: field note (string, proto field note = 95 at proto/billing.proto:",
    ]
    for start in expected:
        assert any(line.startswith(start) for line in text.splitlines()), (start, text)
    assert len(found) == len(expected) + 1  # and nothing else; the last line counts them
    # Each at the line of what it is about: the field's or the enum value's, not the schema's name; a missing
    # field or value where it goes (the schema's `properties:` or its list of values).
    spec = (ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8").splitlines()
    at = {line.split(": ", 2)[1]: spec[int(line.split(":")[1]) - 1] for line in found[:-1]}
    assert at == {
        "BillingCycle.year": "        year:",
        "BillingInfo.taxIdType": "        taxIdType:",
        "InvoiceStatus": "        - PAID",
        "ChangeOrigin": "      x-extensible-enum:",
        "BalanceChange.spendBpKeyYear": "        spendBpKeyYear:",
        "BalanceChange": "      properties:",
    }, at
    assert found[-1] == f"{len(expected)} differences between the spec and the proto in {proto}"
