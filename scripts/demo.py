"""`make demo`: the xai-billing tool through all eleven operations, against the local billing API on loopback.

Starts `python -m xai_billing.fake` on a free 127.0.0.1 port, runs each command as a user would type
it (the top-up included: the local API moves no money), prints what each printed, and stops the
server, even when a command fails (the demo then fails too).
"""

from __future__ import annotations

import os
import shlex
import signal
import subprocess
import sys
from pathlib import Path

BIN = Path(sys.executable).parent
COMMANDS = [
    "billing-info",
    "set-billing-info --name 'Acme Inc.' --email billing@example.com --line1 '1 Main St.' --city Springfield "
    "--postal-code 12345 --country US --tax-id-type us_ein --tax-number 12-3456789 --yes",
    "billing-info",
    "payment-methods",
    "set-default-payment-method pm_1Rlink --yes",
    "invoices --since 2025-03",
    "preview",
    "limits",
    "set-limit 150 --yes",
    "balance",
    "top-up 25 --yes",
    "balance",
    "usage --start 2025-10-01 --end 2025-10-08 --unit day",
    "limits --json",
]


def main() -> int:
    key = "xai-demo-key"
    server = subprocess.Popen(
        [str(BIN / "python"), "-m", "xai_billing.fake", "--port", "0", "--key", key, "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,  # its "stopped" on SIGTERM is this script's "local billing API stopped"
        text=True,
    )
    try:
        assert server.stdout is not None
        banner = [server.stdout.readline() for _ in range(4)]
        url = banner[1].split("=", 1)[1].strip()
        print(f"local billing API on {url} (pid {server.pid})\n", flush=True)
        env = {**os.environ, "XAI_MANAGEMENT_KEY": key, "XAI_TEAM_ID": "demo-team", "XAI_MANAGEMENT_BASE_URL": url}
        for command in COMMANDS:
            print(f"$ xai-billing {command}", flush=True)
            result = subprocess.run(
                [str(BIN / "xai-billing"), *shlex.split(command)], env=env, text=True, capture_output=True
            )
            print((result.stdout + result.stderr).rstrip() + "\n", flush=True)
            if result.returncode != 0:
                print(f"demo failed: `xai-billing {command}` exited {result.returncode}", file=sys.stderr)
                return 1
        print(f"all eleven operations done ({len(COMMANDS)} commands)")
        return 0
    finally:
        server.send_signal(signal.SIGTERM)
        _, errors = server.communicate(timeout=10)
        # Anything else it said on stderr (an error) is shown; the one word it says when stopped is not.
        said = [line for line in errors.splitlines() if line.strip() != "stopped"]
        if said:
            print("\n".join(said), file=sys.stderr)
        print("local billing API stopped")


if __name__ == "__main__":
    sys.exit(main())
