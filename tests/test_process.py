"""What the README promises about the process, each in a real subprocess against a server on 127.0.0.1:
the environment variables the client and the command read, XAI_BILLING_LOG, the command's exit codes,
its output on consoles that cannot encode the data, strict amounts, and what an interrupt reports."""

from __future__ import annotations

import json
import os
import pty
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import KEY, TEAM
from loopback import LoopbackServer, refused_port

from xai_billing.fake import FakeBillingAPI, FakeServer

XAI_BILLING = str(Path(sys.executable).parent / "xai-billing")
OTHER_TEAM = "0b6f3a43-64a1-4cdb-9f6d-4d8f1a1d2a55"
NAME = "Zoë Ünal — 東京 ₿"  # cp1252 has the first word, ascii none of it, nothing has it all but Unicode
PROCESS_TIMEOUT = 60  # seconds for any one subprocess, on a busy 2-core machine


@pytest.fixture
def served() -> Iterator[FakeServer]:
    with FakeBillingAPI(key=KEY).serve() as server:
        yield server


def environment(base_url: str | None = None, **variables: str) -> dict[str, str]:
    """The test process's environment without the developer's configuration, plus the client's variables."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XAI_", "PYTHONIOENCODING", "PYTHONUTF8"))}
    env.update({"XAI_MANAGEMENT_KEY": KEY, "XAI_TEAM_ID": TEAM})
    if base_url is not None:
        env["XAI_MANAGEMENT_BASE_URL"] = base_url
    env.update(variables)
    return {k: v for k, v in env.items() if v != ""}  # "" removes a variable


def xai(*argv: str, env: dict[str, str], text: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [XAI_BILLING, *argv], capture_output=True, text=text, env=env, stdin=subprocess.DEVNULL, timeout=PROCESS_TIMEOUT
    )


def python(code: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=PROCESS_TIMEOUT
    )


def one_line(stderr: str) -> bool:
    return stderr.startswith("xai-billing: ") and stderr.count("\n") == 1 and "Traceback" not in stderr


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.01)


# -- logging ------------------------------------------------------------------------------------------


CALL = "import xai_billing\nwith xai_billing.Client() as c:\n    print(c.get_billing_info().billing_info.name)"


@pytest.mark.parametrize("level", ["info", "debug", "INFO"])
def test_xai_billing_log_prints_each_request_to_stderr(served: FakeServer, level: str) -> None:
    result = python(CALL, environment(served.url, XAI_BILLING_LOG=level))
    assert result.returncode == 0 and result.stdout == "Acme Inc.\n", result.stderr
    lines = result.stderr.splitlines()
    assert any(
        " xai_billing INFO GET /v1/billing/teams/" + TEAM + "/billing-info -> 200 in " in line for line in lines
    ), result.stderr
    assert any(" xai_billing DEBUG " in line and "request ID" in line for line in lines) is (level == "debug")
    assert KEY not in result.stderr


def test_xai_billing_log_with_the_applications_own_logging_prints_each_line_once(served: FakeServer) -> None:
    code = "import logging, sys\nlogging.basicConfig(stream=sys.stderr, format='app %(name)s %(message)s')\n" + CALL
    result = python(code, environment(served.url, XAI_BILLING_LOG="info"))
    assert result.returncode == 0 and result.stdout == "Acme Inc.\n", result.stderr
    lines = [line for line in result.stderr.splitlines() if "/billing-info -> 200" in line]
    assert len(lines) == 1 and lines[0].startswith("app xai_billing GET "), result.stderr


def test_xai_billing_log_leaves_a_level_the_application_set_later_alone(served: FakeServer) -> None:
    code = (
        "import logging, xai_billing\nxai_billing.Client()\nlogging.getLogger('xai_billing').setLevel(logging.WARNING)\n"
        + CALL
    )
    result = python(code, environment(served.url, XAI_BILLING_LOG="debug"))
    assert result.returncode == 0 and result.stdout == "Acme Inc.\n" and result.stderr == "", result.stderr


def test_without_xai_billing_log_nothing_is_printed(served: FakeServer) -> None:
    result = python(CALL, environment(served.url))
    assert result.returncode == 0 and result.stdout == "Acme Inc.\n" and result.stderr == ""


def test_xai_billing_log_shows_the_commands_requests_too(served: FakeServer) -> None:
    result = xai("limits", env=environment(served.url, XAI_BILLING_LOG="info"))
    assert result.returncode == 0 and "$200.00" in result.stdout
    assert "xai_billing INFO GET /v1/billing/teams/" + TEAM + "/postpaid/spending-limits -> 200" in result.stderr
    assert KEY not in result.stderr + result.stdout


# -- the client's environment variables ----------------------------------------------------------------


def test_client_reads_the_key_the_team_and_the_base_url_from_the_environment(served: FakeServer) -> None:
    assert python(CALL, environment(served.url)).stdout == "Acme Inc.\n"
    assert list(served.api.requests) == [("getBillingInfo", TEAM)]


def test_client_arguments_win_over_the_environment(served: FakeServer) -> None:
    code = (
        "import sys, xai_billing\n"
        f"with xai_billing.Client(team_id={OTHER_TEAM!r}, base_url={served.url!r}) as c:\n"
        "    c.get_billing_info()\n"
    )
    refused = f"http://127.0.0.1:{refused_port()}"
    result = python(code, environment(refused))  # the environment's base URL would be refused
    assert result.returncode == 0, result.stderr
    assert list(served.api.requests) == [("getBillingInfo", OTHER_TEAM)]
    code = "import xai_billing\nwith xai_billing.Client(api_key='xai-wrong') as c:\n    c.get_billing_info()"
    assert "AuthenticationError" in python(code, environment(served.url)).stderr


def test_client_without_the_variables(served: FakeServer) -> None:
    no_key = python(CALL, environment(served.url, XAI_MANAGEMENT_KEY=""))
    assert "ConfigurationError" in no_key.stderr and "XAI_MANAGEMENT_KEY" in no_key.stderr
    no_team = python(CALL, environment(served.url, XAI_TEAM_ID=""))
    assert "ConfigurationError" in no_team.stderr and "XAI_TEAM_ID" in no_team.stderr
    # No XAI_MANAGEMENT_BASE_URL: production (only read here, nothing is sent).
    production = python("import xai_billing\nprint(xai_billing.Client().base_url)", environment())
    assert production.stdout.strip().rstrip("/") == "https://management-api.x.ai"
    assert list(served.api.requests) == []


# -- the command: environment and exit codes -----------------------------------------------------------


def test_command_reads_the_environment_and_its_options_win(served: FakeServer) -> None:
    result = xai("balance", env=environment(served.url))
    assert result.returncode == 0 and "Prepaid credit left: $10.00" in result.stdout and result.stderr == ""
    refused = f"http://127.0.0.1:{refused_port()}"
    result = xai("balance", "--base-url", served.url, "--team-id", OTHER_TEAM, env=environment(refused))
    assert result.returncode == 0, result.stderr
    assert list(served.api.requests) == [("getPrepaidBalance", TEAM), ("getPrepaidBalance", OTHER_TEAM)]


@pytest.mark.parametrize(
    ("argv", "variables", "code", "says"),
    [
        (["set-default-payment-method", "pm_nope", "--yes"], {}, 1, "404 Not Found: Payment method pm_nope"),
        (["balance"], {"XAI_MANAGEMENT_KEY": ""}, 2, "XAI_MANAGEMENT_KEY"),
        (["balance"], {"XAI_TEAM_ID": ""}, 2, "XAI_TEAM_ID"),
        (["balance", "--bogus"], {}, 2, "No such option '--bogus'"),
        (["top-up", "5"], {}, 2, "pass --yes to confirm"),
    ],
)
def test_command_exit_codes(
    served: FakeServer, argv: list[str], variables: dict[str, str], code: int, says: str
) -> None:
    result = xai(*argv, env=environment(served.url, **variables))
    assert result.returncode == code and says in result.stderr and one_line(result.stderr), result.stderr
    assert result.stdout == "" and served.api.team(TEAM)["total"] == -1000


def test_command_exit_code_3_for_a_top_up_whose_outcome_is_unknown(served: FakeServer) -> None:
    served.api.inject("charge-then-fail")
    result = xai("top-up", "7", "--yes", env=environment(served.url))
    assert result.returncode == 3 and one_line(result.stderr), result.stderr
    assert "may have been charged" in result.stderr and "xai-billing balance" in result.stderr
    assert served.api.team(TEAM)["total"] == -1700  # charged once, never repeated


def test_command_exit_code_4_when_not_confirmed_on_a_terminal(served: FakeServer) -> None:
    controller, terminal = pty.openpty()
    try:
        process = subprocess.Popen(
            [XAI_BILLING, "top-up", "5"],
            stdin=terminal,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=environment(served.url),
            text=True,
        )
        os.close(terminal)
        terminal = -1
        os.write(controller, b"n\n")
        out, err = process.communicate(timeout=PROCESS_TIMEOUT)
    finally:
        os.close(controller)
        if terminal >= 0:
            os.close(terminal)
    assert f"Top up prepaid credit for team {TEAM}: $5.00, charged to the default payment method?" in out
    assert process.returncode == 4 and err == "xai-billing: not confirmed; nothing was sent.\n"
    assert [op for op, _ in served.api.requests if op == "topUpPrepaidCredit"] == []


# -- amounts ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "amount",
    [
        "1,50",
        "1e3",
        "1e5000",
        "-5",
        "5.001",
        pytest.param("9" * 5000, id="5000 nines"),
        "92233720368547758.08",
    ],
)
def test_an_amount_that_is_not_dollars_and_cents_is_a_usage_error(served: FakeServer, amount: str) -> None:
    result = xai("top-up", "--yes", amount, env=environment(served.url))
    assert result.returncode == 2 and one_line(result.stderr), result.stderr
    assert (
        "AMOUNT_USD" in result.stderr
        and "not an amount in dollars" in result.stderr
        or ("more than the largest amount" in result.stderr)
    )
    assert list(served.api.requests) == [] and served.api.team(TEAM)["total"] == -1000


def test_a_negative_limit_gets_the_amounts_message(served: FakeServer) -> None:
    result = xai("set-limit", "-5", "--yes", env=environment(served.url))
    assert result.returncode == 2 and "LIMIT_USD" in result.stderr and "not an amount in dollars" in result.stderr


@pytest.mark.parametrize(("amount", "charged"), [("12", "$12.00"), ("$12.5", "$12.50"), ("0.07", "$0.07")])
def test_an_amount_in_dollars_and_cents_is_charged_as_written(served: FakeServer, amount: str, charged: str) -> None:
    result = xai("top-up", amount, "--yes", env=environment(served.url))
    assert result.returncode == 0 and f"Top-up of {charged}: SUCCEEDED" in result.stdout, result.stderr
    cents = int(charged[1:].replace(".", ""))
    assert served.api.team(TEAM)["total"] == -1000 - cents


def test_top_up_help_says_what_an_amount_looks_like() -> None:
    result = xai("top-up", "--help", env=environment())
    text = " ".join(result.stdout.split())
    assert result.returncode == 0
    assert "AMOUNT_USD is an amount in US dollars: digits, optionally a dot and up to two decimals" in text
    assert "12.50" in text and "no commas, signs or exponents" in text


# -- consoles that cannot encode the data ---------------------------------------------------------------


CONSOLES = {
    "cp1252": {"PYTHONIOENCODING": "cp1252"},
    "ascii": {"PYTHONIOENCODING": "ascii"},
    "LC_ALL=C": {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0"},
}


@pytest.fixture
def unicode_team(served: FakeServer) -> FakeServer:
    served.api.team(TEAM)["billingInfo"] = {"name": NAME, "address": {"line1": "Hauptstraße 1", "country": "DE"}}
    return served


@pytest.mark.parametrize("console", CONSOLES)
def test_tables_replace_what_the_console_cannot_encode(unicode_team: FakeServer, console: str) -> None:
    env = environment(unicode_team.url, **CONSOLES[console])
    result = xai("billing-info", env=env, text=False)
    assert result.returncode == 0 and b"Traceback" not in result.stderr, result.stderr
    shown = result.stdout.decode("cp1252" if console == "cp1252" else "ascii")
    expected = NAME.encode("cp1252" if console == "cp1252" else "ascii", errors="replace").decode("cp1252")
    assert expected in shown and ("Zoë" in shown) is (console == "cp1252")
    for command in (["payment-methods"], ["usage", "--start", "2025-10-01", "--end", "2025-10-08"]):
        result = xai(*command, env=env, text=False)
        assert result.returncode == 0 and result.stderr == b"", result.stderr
        if command == ["payment-methods"]:  # the hidden digits in what the console can show
            assert ("•••• 4444".encode("cp1252") if console == "cp1252" else b"**** 4444") in result.stdout


@pytest.mark.parametrize("console", CONSOLES)
def test_json_escapes_what_the_console_cannot_encode(unicode_team: FakeServer, console: str) -> None:
    result = xai("billing-info", "--json", env=environment(unicode_team.url, **CONSOLES[console]), text=False)
    assert result.returncode == 0 and result.stderr == b"", result.stderr
    assert result.stdout.isascii() and json.loads(result.stdout)["billingInfo"]["name"] == NAME


def test_json_is_written_as_it_is_on_a_unicode_console(served: FakeServer) -> None:
    env = environment(served.url, PYTHONIOENCODING="utf-8")
    result = xai("set-billing-info", "--name", NAME, "--line1", "Hauptstraße 1", "--yes", env=env)
    assert result.returncode == 0 and served.api.team(TEAM)["billingInfo"]["name"] == NAME, result.stderr
    result = xai("billing-info", "--json", env=env, text=False)
    assert result.returncode == 0 and NAME.encode() in result.stdout


@pytest.mark.parametrize("console", CONSOLES)
def test_an_error_message_the_console_cannot_encode_is_one_line(served: FakeServer, console: str) -> None:
    result = xai("top-up", "--yes", "€5", env=environment(served.url, **CONSOLES[console]), text=False)
    assert result.returncode == 2 and result.stderr.count(b"\n") == 1 and b"Traceback" not in result.stderr


# -- interrupts -----------------------------------------------------------------------------------------


def interrupt_when(argv: list[str], base_url: str, ready: Callable[[], bool]) -> subprocess.CompletedProcess[str]:
    """Run the command, send it SIGINT (Ctrl-C) once `ready()`, and wait for it to end."""
    process = subprocess.Popen(
        [XAI_BILLING, *argv],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment(base_url),
        text=True,
    )
    try:
        wait_for(lambda: ready() or process.poll() is not None, "the command to get where it is interrupted")
        assert process.poll() is None, process.communicate()
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=PROCESS_TIMEOUT)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def test_an_interrupted_top_up_that_the_server_received_may_have_been_charged() -> None:
    with LoopbackServer(lambda request: ("sleep", 60), max_connections=3) as server:
        result = interrupt_when(["top-up", "9", "--yes"], server.base_url, lambda: len(server.requests) == 1)
        assert len(server.requests) == 1  # received once, never sent again
    assert result.returncode == 3 and one_line(result.stderr), result.stderr
    assert "may have been charged" in result.stderr and "xai-billing balance" in result.stderr
    assert "$9.00" in result.stderr and "nothing was sent" not in result.stderr


def _connecting_to(port: int) -> bool:
    """Whether a connection to 127.0.0.1:`port` is waiting for its handshake (SYN_SENT)."""
    remote = f"0100007F:{port:04X}"
    with open("/proc/net/tcp") as table:
        return any(f[2] == remote and f[3] == "02" for f in (line.split() for line in table.readlines()[1:]))


def test_an_interrupted_top_up_that_was_not_written_says_nothing_was_sent() -> None:
    # A listener whose accept queue is full: Linux drops the SYN of a further connection, so the command
    # stays in connect() (SYN_SENT, seen in /proc/net/tcp) and cannot have written a byte when interrupted.
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        port = listener.getsockname()[1]
        with socket.create_connection(("127.0.0.1", port), timeout=5) as filler:
            result = interrupt_when(["top-up", "9", "--yes"], f"http://127.0.0.1:{port}", lambda: _connecting_to(port))
            listener.setblocking(False)
            received = b""
            while True:
                try:
                    connection, peer = listener.accept()
                except BlockingIOError:
                    break
                with connection:
                    assert peer == filler.getsockname()  # the command's connection was never made
                    connection.setblocking(False)
                    try:
                        received += connection.recv(65536)
                    except BlockingIOError:
                        pass
    assert received == b""
    assert result.returncode == 4 and result.stderr == "xai-billing: interrupted; nothing was sent.\n"


def test_an_interrupted_read_exits_130() -> None:
    with LoopbackServer(lambda request: ("sleep", 60), max_connections=3) as server:
        result = interrupt_when(["balance"], server.base_url, lambda: len(server.requests) == 1)
    assert result.returncode == 130 and result.stderr == "xai-billing: interrupted.\n"
