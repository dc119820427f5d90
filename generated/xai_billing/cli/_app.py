# generated from spec/openapi.yaml by make generate — do not edit; source: generator/runtime/cli/_app.py
"""The commands of ``xai-billing`` (click), their arguments and their tables (rich); the process around them
(exit codes, interrupts, the console) is in ``xai_billing.cli``."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import click

from .._exceptions import interrupted_after_sending, printable
from ._commands import OPERATIONS
from ._exit import EXIT_API_ERROR, EXIT_INTERRUPTED, EXIT_NOT_CONFIRMED, EXIT_OUTCOME_UNKNOWN, EXIT_USAGE, Failure, fits


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="xai-billing", prog_name="xai-billing")
def cli() -> None:
    """The xAI billing API from the command line.

    Reads the management key from XAI_MANAGEMENT_KEY, the team from XAI_TEAM_ID (or --team-id) and the
    base URL from XAI_MANAGEMENT_BASE_URL (or --base-url). `xai-billing fake` serves a local billing
    API to try every command against.
    """


def _common(command: Callable[..., Any]) -> Callable[..., Any]:
    command = click.option("--json", "as_json", is_flag=True, help="Print the API's JSON instead of a table.")(command)
    command = click.option("--team-id", help="The team (default: $XAI_TEAM_ID).")(command)
    command = click.option("--base-url", help="The API's base URL (default: $XAI_MANAGEMENT_BASE_URL or production).")(
        command
    )
    return command


# -- arguments: what each known operation takes on the command line, as keyword arguments of its method --


# An amount typed at the command line: what a person writes for dollars and cents, and nothing else. A
# decimal comma ("1,50"), a thousands separator, an exponent ("1e3"), a sign or a non-ASCII digit is a
# usage error, not a different amount; the value never passes through a float.
AMOUNT = re.compile(r"\$?([0-9]+)(?:\.([0-9]{0,2}))?", re.ASCII)
AMOUNT_SHAPE = "digits, optionally a dot and up to two decimals, optionally after a $: 5, 12.50 or $25"
MAX_CENTS = 2**63 - 1  # the API's int64


def usd_to_cents(text: str) -> int:
    """An amount in US dollars ("5", "5.5", "12.50", "$25") as whole cents; raises ValueError saying what an
    amount looks like for anything else."""
    match = AMOUNT.fullmatch(text) if len(text) <= 40 else None
    if match is None:
        shown = printable(text, 40)
        raise ValueError(f"{shown!r} is not an amount in dollars ({AMOUNT_SHAPE})")
    cents = int(match.group(1)) * 100 + int((match.group(2) or "").ljust(2, "0"))
    if cents > MAX_CENTS:
        raise ValueError(f"{text!r} is more than the largest amount the API takes, {money(MAX_CENTS)}")
    return cents


if TYPE_CHECKING:
    _IntType = click.ParamType[int]  # generic from click 8.2; 8.1, which the cli extra allows, is not
else:
    _IntType = click.ParamType


class Dollars(_IntType):
    """A command-line amount in US dollars, converted to int cents (see usd_to_cents)."""

    name = "amount"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        try:
            return usd_to_cents(value)
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


DOLLARS = Dollars()


class Command(click.Command):
    """A command whose amount may be typed negative: "-5" is the amount's error, not "No such option: -5"."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        amounts = [param for param in self.params if isinstance(param.type, Dollars)]
        for token in args if amounts else ():
            if token == "--":
                break
            if len(token) > 1 and token[0] == "-" and (token[1] in "0123456789.$"):
                DOLLARS.convert(token, amounts[0], ctx)  # raises BadParameter, naming the argument
        return super().parse_args(ctx, args)


def money(cents: int) -> str:
    """Cents as dollars, "$1,234.56" or "-$10.50", in integer arithmetic: exact at any size."""
    dollars, rest = divmod(abs(cents), 100)
    return f"{'-' if cents < 0 else ''}${dollars:,}.{rest:02d}"


def _month(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{4})-(\d{1,2})", text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise click.BadParameter(f"{text!r} is not a month written YYYY-MM")
    return int(match.group(1)), int(match.group(2))


def _time(text: str, *, end: bool = False) -> str:
    text = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return f"{text} 00:00:00"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}", text):
        return text
    raise click.BadParameter(f"{text!r} is not a time written YYYY-MM-DD or 'YYYY-MM-DD HH:MM:SS'")


UNITS = ("month", "calendar-week", "day", "hour", "quarter-hour", "minute", "second", "none")


def _arguments_for(operation_id: str) -> tuple[list[click.Parameter], Callable[[dict[str, Any]], dict[str, Any]]]:
    """The command-line parameters of a known operation, and the function that turns them into keyword
    arguments of its method. Operations this tool has no code for get generic ones (see _generic)."""
    if operation_id == "topUpPrepaidCredit":
        return [click.Argument(["usd"], type=DOLLARS, metavar="AMOUNT_USD")], lambda p: {"amount": {"val": p["usd"]}}
    if operation_id == "setSpendingLimit":
        return [click.Argument(["usd"], type=DOLLARS, metavar="LIMIT_USD")], lambda p: {
            "desired_soft_spending_limit": {"val": p["usd"]}
        }
    if operation_id == "setDefaultPaymentMethod":
        return [click.Argument(["payment_method_id"])], lambda p: {"payment_method_id": p["payment_method_id"]}
    if operation_id == "setBillingInfo":
        fields = {
            "name": "name",
            "email": "email",
            "line1": "line1",
            "line2": "line2",
            "city": "city",
            "state": "state",
            "postal_code": "postalCode",
            "country": "country",
            "tax_id_type": "taxIdType",
            "tax_number": "taxNumber",
        }
        params: list[click.Parameter] = [
            click.Option([f"--{name.replace('_', '-')}"], help=f"The {wire} (left out: empty).")
            for name, wire in fields.items()
        ]
        address = ("line1", "line2", "city", "state", "postal_code", "country")

        def billing_info(p: dict[str, Any]) -> dict[str, Any]:
            info = {wire: p[name] for name, wire in fields.items() if p[name] is not None and name not in address}
            lines = {fields[name]: p[name] for name in address if p[name] is not None}
            return {"billing_info": {**info, **({"address": lines} if lines else {})}}

        return params, billing_info
    if operation_id == "listInvoices":
        params = [
            click.Option(["--cycle"], metavar="YYYY-MM", help="Only the invoices of this billing cycle."),
            click.Option(["--since"], metavar="YYYY-MM", help="Only the invoices of this billing cycle and later."),
            click.Option(["--id", "ids"], multiple=True, help="Only the invoice with this ID (repeat for more)."),
        ]

        def filters(p: dict[str, Any]) -> dict[str, Any]:
            given = [name for name in ("cycle", "since", "ids") if p[name]]
            if len(given) > 1:
                raise click.UsageError("--cycle, --since and --id are one filter: give at most one")
            if p["cycle"]:
                year, month = _month(p["cycle"])
                return {"billing_cycle_year": year, "billing_cycle_month": month}
            if p["since"]:
                year, month = _month(p["since"])
                return {"since_year": year, "since_month": month}
            return {"invoice_ids": list(p["ids"])} if p["ids"] else {}

        return params, filters
    if operation_id == "getUsage":
        params = [
            click.Option(["--start"], required=True, help="Start, YYYY-MM-DD or 'YYYY-MM-DD HH:MM:SS' (inclusive)."),
            click.Option(["--end"], required=True, help="End, YYYY-MM-DD or 'YYYY-MM-DD HH:MM:SS' (exclusive)."),
            click.Option(["--unit"], type=click.Choice(UNITS), default="day", show_default=True, help="Bucket width."),
            click.Option(["--group-by"], multiple=True, default=["description"], show_default=True, help="Group by."),
            click.Option(["--value"], default="usd:sum", show_default=True, help="NAME:AGGREGATION to compute."),
            click.Option(["--timezone"], default="Etc/GMT", show_default=True, help="IANA time zone of the times."),
            click.Option(["--chart"], type=click.Path(dir_okay=False), help="Also draw the series to a .png or .svg."),
        ]

        def query(p: dict[str, Any]) -> dict[str, Any]:
            name, _, aggregation = p["value"].partition(":")
            return {
                "analytics_request": {
                    "timeRange": {
                        "startTime": _time(p["start"]),
                        "endTime": _time(p["end"]),
                        "timezone": p["timezone"],
                    },
                    "timeUnit": "TIME_UNIT_" + p["unit"].upper().replace("-", "_"),
                    "values": [{"name": name, "aggregation": "AGGREGATION_" + (aggregation or "sum").upper()}],
                    "groupBy": list(p["group_by"]),
                }
            }

        return params, query
    return [], lambda p: {}


def _generic(operation: dict[str, Any]) -> tuple[list[click.Parameter], Callable[[dict[str, Any]], dict[str, Any]]]:
    """Parameters for an operation this tool has no code for: an option per argument, objects and lists as JSON."""
    params: list[click.Parameter] = []
    kinds = {}
    for argument in operation["arguments"]:
        kind = argument["type"]
        kinds[argument["name"]] = kind
        click_type: Any = {"integer": int, "number": float, "boolean": bool}.get(kind, str)
        metavar = "JSON" if kind in ("object", "array") else None
        params.append(
            click.Option(
                [f"--{argument['name'].replace('_', '-')}", argument["name"]],
                type=click_type,
                required=argument["required"],
                metavar=metavar,
                help=argument["help"] + (" (as JSON)" if metavar else ""),
            )
        )

    def arguments(p: dict[str, Any]) -> dict[str, Any]:
        out = {}
        for name, kind in kinds.items():
            if p.get(name) is None:
                continue
            if kind in ("object", "array"):
                try:
                    out[name] = json.loads(p[name])
                except ValueError as exc:
                    raise click.BadParameter(f"not JSON: {exc}", param_hint=f"--{name.replace('_', '-')}") from None
            else:
                out[name] = p[name]
        return out

    return params, arguments


# -- running an operation ------------------------------------------------------------------------------


def _confirm_text(operation: dict[str, Any], kwargs: dict[str, Any], team: str) -> str:
    if operation["operation_id"] == "topUpPrepaidCredit":
        cents = kwargs["amount"]["val"]
        return f"Top up {money(cents)} of prepaid credit for team {team}, charged to its default payment method?"
    if operation["operation_id"] == "setSpendingLimit":
        cents = kwargs["desired_soft_spending_limit"]["val"]
        return f"Set the monthly soft spending limit of team {team} to {money(cents)}?"
    if operation["operation_id"] == "setBillingInfo":
        return f"Replace the billing information of team {team} (fields left out become empty)?"
    return f"{operation['summary']} for team {team}?"


def _make_command(operation: dict[str, Any]) -> click.Command:
    known, convert = _arguments_for(operation["operation_id"])
    params, to_kwargs = (known, convert) if known or operation["operation_id"] in RENDER else _generic(operation)
    if not operation["read_only"]:
        params = [*params, click.Option(["--yes", "-y"], is_flag=True, help="Do not ask for confirmation.")]

    def run(base_url: str | None, team_id: str | None, as_json: bool, **given: Any) -> None:
        import xai_billing

        kwargs = to_kwargs(given)
        response = None
        try:
            client = _client(base_url, team_id)
            with client:
                if not operation["read_only"] and not given.get("yes"):
                    if not interactive():
                        raise Failure(
                            f"{operation['command']} changes the account: pass --yes to confirm (no terminal to ask on)",
                            EXIT_USAGE,
                        )
                    click.confirm(_confirm_text(operation, kwargs, client.resolve_team_id(None)), abort=True)
                try:
                    response = getattr(client.with_raw_response, operation["method"])(**kwargs)
                except xai_billing.TopUpOutcomeUnknownError as exc:
                    cents = kwargs.get("amount", {}).get("val", 0)
                    raise Failure(
                        f"the top-up of {money(cents)} may have been charged: {exc.args[0].split(';')[0]}. It was not "
                        f"sent again. Run `xai-billing balance` and look for a PURCHASE of {money(cents)} before "
                        f"trying again.",
                        EXIT_OUTCOME_UNKNOWN,
                    ) from None
                except xai_billing.ConfigurationError as exc:
                    raise Failure(str(exc), EXIT_USAGE) from None
                except xai_billing.XAIBillingError as exc:
                    raise Failure(str(exc).splitlines()[0], EXIT_API_ERROR) from None
            if as_json:
                click.echo(_json(json.loads(response.content or b"{}")))
            else:
                RENDER.get(operation["operation_id"], _render_generic)(response.parsed, given)
        except KeyboardInterrupt as exc:  # caught here, before click turns it into an Abort of its own
            raise _interrupted(operation, kwargs, exc, response) from None

    callback = _common(run)
    return Command(
        operation["command"],
        callback=callback,
        params=[*params, *callback.__click_params__],  # type: ignore[attr-defined]
        help=f"{operation['summary']}.\n\n{operation['http']}"
        + "".join(
            f"\n\n{param.human_readable_name} is an amount in US dollars: {AMOUNT_SHAPE}; no commas, signs or exponents."
            for param in params
            if isinstance(param.type, Dollars)
        ),
        short_help=operation["summary"],
    )


def _interrupted(operation: dict[str, Any], kwargs: dict[str, Any], exc: KeyboardInterrupt, response: Any) -> Failure:
    """What an interrupt (Ctrl-C) of a command means. For a call that is never sent twice (a top-up): before
    the call nothing was sent; during it, the client's note on the KeyboardInterrupt
    (xai_billing._exceptions.note_may_have_sent) says whether the request may have been written; after the
    answer, the call is done."""
    what = _what(operation, kwargs)
    if operation["idempotent"]:
        return Failure("interrupted.", EXIT_INTERRUPTED, interrupt=True)
    if response is not None:
        return Failure(
            f"interrupted after {what} was answered ({response.status_code}): see it with `xai-billing balance`",
            EXIT_INTERRUPTED,
            interrupt=True,
        )
    if interrupted_after_sending(exc):
        return Failure(
            f"interrupted: {what} may have been charged. It was not sent again: check the balance "
            f"(xai-billing balance) before trying again.",
            EXIT_OUTCOME_UNKNOWN,
            interrupt=True,
        )
    return Failure("interrupted; nothing was sent.", EXIT_NOT_CONFIRMED, interrupt=True)


def _what(operation: dict[str, Any], kwargs: dict[str, Any]) -> str:
    """The call, as a message names it: "the top-up of $7.00"."""
    if operation["operation_id"] == "topUpPrepaidCredit":
        return f"the top-up of {money(kwargs['amount']['val'])}"
    return f"the {operation['command']} request"


def _json(data: Any) -> str:
    """JSON to print: as it is where stdout can encode it, with non-ASCII escaped where it cannot."""
    text = json.dumps(data, indent=2, ensure_ascii=False, default=str)
    return text if fits(text) else json.dumps(data, indent=2, default=str)


def interactive() -> bool:
    """Whether there is a person at a terminal to confirm a change."""
    return sys.stdin.isatty()


def _client(base_url: str | None, team_id: str | None) -> Any:
    import xai_billing

    try:
        return xai_billing.Client(base_url=base_url, team_id=team_id)
    except xai_billing.ConfigurationError as exc:
        raise Failure(str(exc), EXIT_USAGE) from None


# -- tables ----------------------------------------------------------------------------------------------


def _table(*columns: str) -> Any:
    from rich.table import Table

    table = Table(box=None, header_style="bold", pad_edge=False)
    for column in columns:
        table.add_column(column, justify="right" if column in ("Amount", "Total", "Units", "Credit") else "left")
    return table


def _print(*renderables: Any) -> None:
    from rich.console import Console

    Console(soft_wrap=True).print(*renderables)


def _cents(value: Any) -> int:
    return int(value.val) if value is not None else 0


def _render_balance(result: Any, given: dict[str, Any]) -> None:
    table = _table("Created", "Origin", "Status", "Amount", "Invoice")
    for change in result.changes:
        created = change.create_time or change.create_ts
        when = (
            created.strftime("%Y-%m-%d %H:%M")
            if created
            else f"{change.spend_bp_key_year or ''}-{change.spend_bp_key_month or ''}"
        )
        status = change.topup_status.value if change.topup_status else ""
        # The ledger counts credit as negative: a purchase of 10.00 is -1000. Show credit as positive.
        table.add_row(
            when, change.change_origin.value, status, money(-_cents(change.amount)), change.invoice_number or ""
        )
    _print(table, f"\nPrepaid credit left: {money(-_cents(result.total))}")


def _render_top_up(result: Any, given: dict[str, Any]) -> None:
    change = result.change
    if change is None:
        _print("The server returned no balance change.")
        return
    status = change.topup_status.value if change.topup_status else "unknown"
    _print(
        f"Top-up of {money(-_cents(change.amount))}: {status}"
        + (f", invoice {change.invoice_number}" if change.invoice_number else "")
    )
    if change.topup_status is not None and change.topup_status.value == "TO_CHARGE":
        _print("It is pending: a second top-up now returns this one instead of charging again.")


def _render_invoices(result: Any, given: dict[str, Any]) -> None:
    table = _table("Number", "Cycle", "Status", "Total", "Created")
    for invoice in result.invoices:
        cycle = invoice.monthly.billing_cycle if invoice.monthly and invoice.monthly.billing_cycle else None
        table.add_row(
            invoice.invoice_number,
            f"{cycle.year}-{cycle.month:02d}" if cycle else ("prepaid" if invoice.prepaid else ""),
            invoice.invoice_status.value,
            money(invoice.total),
            invoice.create_time.strftime("%Y-%m-%d") if invoice.create_time else "",
        )
    _print(table, f"\n{len(result.invoices)} invoice(s)")


def _render_preview(result: Any, given: dict[str, Any]) -> None:
    core = result.core_invoice
    table = _table("Line", "Units", "Amount")
    for line in core.lines if core else []:
        table.add_row(f"{line.description} ({line.unit_type})", f"{line.num_units:,}", money(line.amount))
    cycle = result.billing_cycle
    summary = _table("", "Amount")
    if core:
        summary.add_row("Before VAT", money(core.amount_before_vat))
        summary.add_row("VAT", money(core.vat_cost))
        summary.add_row("After VAT", money(core.amount_after_vat))
        summary.add_row("Paid from prepaid credit", money(_cents(core.prepaid_credits_used)))
        summary.add_row("Total", money(_cents(core.total_with_corr)))
    summary.add_row("Spending limit in force", money(result.effective_spending_limit))
    _print(f"Billing cycle {cycle.year}-{cycle.month:02d}" if cycle else "", table, "", summary)


def _render_limits(result: Any, given: dict[str, Any]) -> None:
    limits = result.spending_limits
    table = _table("Monthly postpaid limit", "Amount")
    if limits is not None:
        table.add_row("In force (the lower of soft and hard)", money(_cents(limits.effective_sl)))
        table.add_row("Soft, set by the team", money(_cents(limits.soft_sl)))
        table.add_row("Hard, in force", money(_cents(limits.effective_hard_sl)))
        table.add_row("Hard, set by xAI automatically", money(_cents(limits.hard_sl_auto)))
        if limits.hard_sl_override is not None:
            table.add_row("Hard, override by xAI", money(_cents(limits.hard_sl_override)))
    _print(table)


def _render_set_limit(result: Any, given: dict[str, Any]) -> None:
    _print(f"Soft spending limit for this billing period: {money(_cents(result.this_bp_soft_spending_limit))}")


def _render_payment_methods(result: Any, given: dict[str, Any]) -> None:
    table = _table("ID", "Type", "Details")
    for method in result.payment_methods:
        if method.card_details:
            card = method.card_details
            details = f"{card.brand} {_hidden()} {card.last4}, expires {card.exp_month:02d}/{card.exp_year}"
        elif method.us_bank_account_details:
            bank = method.us_bank_account_details
            details = f"{bank.bank_name} {_hidden()} {bank.last4}" + (
                f" (blocked: {bank.blocked.block_reason})" if bank.blocked else ""
            )
        elif method.link_details:
            details = f"Link {method.link_details.email}"
        else:
            details = ""
        table.add_row(method.payment_method_id, method.payment_type, details)
    _print(table)
    if result.pending_payment_method is not None:
        _print(f"\nPending: verify at {result.pending_payment_method.ach_microdeposit_hosted_verification_url}")


def _render_billing_info(result: Any, given: dict[str, Any]) -> None:
    info = result.billing_info
    table = _table("Field", "Value")
    if info is not None:
        address = info.address
        lines = (
            [
                address.line1,
                address.line2,
                f"{address.postal_code} {address.city}".strip(),
                address.state,
                address.country,
            ]
            if address
            else []
        )
        table.add_row("Name", info.name)
        table.add_row("Email", info.email)
        table.add_row("Address", ", ".join(part for part in lines if part))
        table.add_row("Tax ID", f"{info.tax_number} ({info.tax_id_type})" if info.tax_number else "")
    _print(table)


def _render_done(result: Any, given: dict[str, Any]) -> None:
    _print("Done.")


def _hidden() -> str:
    """The digits of a card or account number that are not shown, in what the console can print."""
    return "••••" if fits("•") else "****"


SPARKS = "▁▂▃▄▅▆▇█"
ASCII_SPARKS = "_.-:=+*#"  # for a console that cannot print the blocks (cp1252, ascii)


def sparkline(values: Sequence[float], sparks: str | None = None) -> str:
    if sparks is None:
        sparks = SPARKS if fits(SPARKS) else ASCII_SPARKS
    top = max((v for v in values if v == v), default=0.0)
    if top <= 0:
        return sparks[0] * len(values)
    return "".join(
        sparks[min(int(v / top * (len(sparks) - 1) + 0.5), len(sparks) - 1)] if v == v and v > 0 else sparks[0]
        for v in values
    )


def _render_usage(result: Any, given: dict[str, Any]) -> None:
    table = _table("Series", "Total", "Per bucket")
    for series in result.time_series:
        values = [point.values[0] if point.values else 0.0 for point in series.data_points]
        table.add_row(
            " / ".join(series.group_labels or series.group) or "all", f"{sum(values):,.4f}", sparkline(values)
        )
    note = "\nOnly part of the series: the server's cardinality cap was reached." if result.limit_reached else ""
    _print(table, note)
    if given.get("chart"):
        _chart(result, given["chart"])


def _chart(result: Any, path: str) -> None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise Failure("--chart needs matplotlib: pip install 'xai-billing[chart]'", EXIT_USAGE) from None
    figure, axes = plt.subplots(figsize=(10, 4))
    for series in result.time_series:
        points = [(p.timestamp, p.values[0] if p.values else 0.0) for p in series.data_points if p.timestamp]
        axes.plot(
            [t for t, _ in points], [v for _, v in points], marker=".", label=" / ".join(series.group_labels) or "all"
        )
    axes.set_ylabel("usage")
    axes.legend(fontsize="small")
    figure.autofmt_xdate()
    figure.tight_layout()
    try:
        figure.savefig(path)
    except (OSError, ValueError) as exc:
        raise Failure(f"cannot write the chart to {path}: {exc}", EXIT_USAGE) from None
    finally:
        plt.close(figure)
    _print(f"Chart written to {path}")


def _render_generic(result: Any, given: dict[str, Any]) -> None:
    click.echo(_json(result.to_dict()))


RENDER: dict[str, Callable[[Any, dict[str, Any]], None]] = {
    "getPrepaidBalance": _render_balance,
    "topUpPrepaidCredit": _render_top_up,
    "listInvoices": _render_invoices,
    "previewPostpaidInvoice": _render_preview,
    "getSpendingLimits": _render_limits,
    "setSpendingLimit": _render_set_limit,
    "listPaymentMethods": _render_payment_methods,
    "setDefaultPaymentMethod": _render_done,
    "getBillingInfo": _render_billing_info,
    "setBillingInfo": _render_done,
    "getUsage": _render_usage,
}

for _operation in OPERATIONS:
    cli.add_command(_make_command(_operation))


# -- the local API and the recorder ------------------------------------------------------------------------


@cli.command("fake", context_settings={"ignore_unknown_options": True, "help_option_names": []})
@click.argument("arguments", nargs=-1, type=click.UNPROCESSED)
def fake(arguments: tuple[str, ...]) -> None:
    """Serve the local billing API on loopback (--help for its options)."""
    try:
        from ..fake.__main__ import build_parser, serve
    except ImportError as exc:
        if exc.name != "jsonschema":
            raise
        raise Failure("`xai-billing fake` needs the fake extra: pip install 'xai-billing[fake]'", EXIT_USAGE) from None

    parser = build_parser(prog="xai-billing fake")
    try:
        args = parser.parse_args(list(arguments))
    except SystemExit as exc:
        if exc.code:
            raise Failure("see `xai-billing fake --help`", EXIT_USAGE) from None
        return
    serve(args)


@cli.command("record")
@click.option("--out", required=True, type=click.Path(file_okay=False), help="The folder to write recordings to.")
@_common
def record(out: str, base_url: str | None, team_id: str | None, as_json: bool) -> None:
    """Record the read-only operations of an API as scrubbed recordings for the contract tests."""
    from ._record import record_all

    client = _client(base_url, team_id)
    with client:
        written = record_all(
            client, out, [op for op in OPERATIONS if op["read_only"]], progress=lambda line: click.echo(line, err=True)
        )
    if as_json:
        click.echo(json.dumps(written, indent=2))
