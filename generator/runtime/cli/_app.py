"""The commands of ``xai-billing`` (click), their arguments and their tables (rich); the process around them
(exit codes, interrupts, the console) is in ``xai_billing.cli``."""

from __future__ import annotations

import argparse
import functools
import importlib.util
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar, cast

import attrs
import click

from .._exceptions import interrupted_after_sending, printable
from ..models import (
    AnalyticsRequest,
    BillingInfo,
    Empty,
    GetBillingInfoResponse,
    GetPrepaidBalanceResponse,
    GetSpendingLimitsResponse,
    GetUsageResponse,
    ListInvoicesResponse,
    ListPaymentMethodsResponse,
    PositiveUsdCents,
    PreviewPostpaidInvoiceResponse,
    SetSpendingLimitResponse,
    TopUpPrepaidCreditResponse,
    UsdCents,
)
from ._commands import OPERATIONS, Argument, Operation
from ._exit import (
    EXIT_API_ERROR,
    EXIT_INTERRUPTED,
    EXIT_NOT_CONFIRMED,
    EXIT_OUTCOME_UNKNOWN,
    EXIT_USAGE,
    Failure,
    error_line,
    fits,
)

JSON_HELP = "Print the API's JSON instead of a table."


def _common(command: Callable[..., Any], json_help: str = JSON_HELP) -> Callable[..., Any]:
    """--json, --team-id and --base-url: options of the tool, given before the command or after it; --json
    says what it prints for a command whose output is not the API's JSON."""
    command = click.option("--json", "as_json", is_flag=True, help=json_help)(command)
    command = click.option("--team-id", metavar="ID", help="The team (default: $XAI_TEAM_ID).")(command)
    command = click.option(
        "--base-url", metavar="URL", help="The API's base URL (default: $XAI_MANAGEMENT_BASE_URL or production)."
    )(command)
    return command


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="xai-billing", prog_name="xai-billing")
@_common
def cli(base_url: str | None, team_id: str | None, as_json: bool) -> None:
    """The xAI billing API from the command line.

    Reads the management key from XAI_MANAGEMENT_KEY, the team from XAI_TEAM_ID (or --team-id) and the
    base URL from XAI_MANAGEMENT_BASE_URL (or --base-url); --team-id, --base-url and --json go before the
    command or after it. `xai-billing fake` serves a local billing API to try every command against.
    """


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


def _month(text: str, option: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{4})-(\d{1,2})", text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise click.BadParameter(f"{text!r} is not a month written YYYY-MM", param_hint=f"'--{option}'")
    return int(match.group(1)), int(match.group(2))


def _time(text: str, option: str) -> str:
    text = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return f"{text} 00:00:00"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}", text):
        return text
    raise click.BadParameter(
        f"{text!r} is not a time written YYYY-MM-DD or 'YYYY-MM-DD HH:MM:SS'", param_hint=f"'--{option}'"
    )


UNITS = ("month", "calendar-week", "day", "hour", "quarter-hour", "minute", "second", "none")
CENTS_MESSAGE = "prod_charger.Cent"  # the proto message of an amount of USD cents: typed in dollars here


@dataclass
class Shown:
    """What a renderer knows besides the answer: the command's arguments and the team it was for."""

    given: dict[str, Any]
    team: str


@dataclass
class Arguments:
    """An operation's command-line parameters and what turns their values into keyword arguments of its method.

    ``reader``: for an argument that replaces a whole record (set-billing-info), the read-only operation
    whose answer holds the record, so that the command changes only the fields given (read, merge, write).
    """

    params: list[click.Parameter] = field(default_factory=list)
    convert: list[Callable[[dict[str, Any]], dict[str, Any]]] = field(default_factory=list)
    reader: tuple[Operation, Argument] | None = None

    def kwargs(self, given: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for convert in self.convert:
            out.update(convert(given))
        return out


def _dollars(argument: Argument) -> Arguments:
    """A message of USD cents (prod_charger.Cent), typed as dollars: LIMIT_USD for desired_soft_spending_limit."""
    name = argument["name"]
    metavar = f"{name.rsplit('_', 1)[-1].upper()}_USD"
    positive = argument["model"] is PositiveUsdCents

    def convert(p: dict[str, Any]) -> dict[str, Any]:
        if positive and p[name] <= 0:
            # quoted, as click names an argument in the errors it raises itself ("'AMOUNT_USD'")
            raise click.BadParameter("the amount must be more than $0.00", param_hint=f"'{metavar}'")
        return {name: {"val": p[name]}}

    return Arguments([click.Argument([name], type=DOLLARS, metavar=metavar)], [convert])


# BillingInfo's fields as options: --name, --email, --tax-id-type, --tax-number and the address's lines.
BILLING_FIELDS = {"name": "name", "email": "email", "tax_id_type": "taxIdType", "tax_number": "taxNumber"}
ADDRESS_FIELDS = {
    "line1": "line1",
    "line2": "line2",
    "city": "city",
    "state": "state",
    "postal_code": "postalCode",
    "country": "country",
}


# Each option's help: the spec's description of its field (BillingInfo, Address), in the tool's terms. The spec
# lists no set of tax ID types, only an example; the API takes the string as it is.
BILLING_HELP = {
    "name": "Name of the person or company billed.",
    "email": "Email address that receives invoices.",
    "tax_id_type": "Type of the tax ID, for example us_ein (any string: the API lists no fixed set).",
    "tax_number": "The tax ID, for example 12-3456789.",
    "line1": "First line of the street address.",
    "line2": "Second line of the street address.",
    "city": "City.",
    "state": "State, province or region.",
    "postal_code": "Postal code.",
    "country": "Country, as an ISO 3166-1 alpha-2 code: US, DE, FR.",
}


def _billing_info(argument: Argument) -> Arguments:
    name = argument["name"]
    params: list[click.Parameter] = [
        click.Option(
            [f"--{option.replace('_', '-')}", option],
            metavar={"country": "CODE", "tax_id_type": "TYPE"}.get(option, "TEXT"),
            help=f"{BILLING_HELP[option]} Left out: unchanged.",
        )
        for option in {**BILLING_FIELDS, **ADDRESS_FIELDS}
    ]
    params.append(
        click.Option(["--replace"], is_flag=True, help="Replace the whole record: the fields left out become empty.")
    )

    def convert(p: dict[str, Any]) -> dict[str, Any]:
        info = {wire: p[option] for option, wire in BILLING_FIELDS.items() if p[option] is not None}
        lines = {wire: p[option] for option, wire in ADDRESS_FIELDS.items() if p[option] is not None}
        if not info and not lines:
            raise click.UsageError("give at least one field to change (see --help)")
        return {name: {**info, **({"address": lines} if lines else {})}}

    return Arguments(params, [convert], _reader_of(argument))


def billing_info_wire(info: BillingInfo | None) -> dict[str, Any]:
    """The fields of a BillingInfo this tool shows and merges, as proto3 JSON."""
    if info is None:
        return {}
    address = info.address
    return {
        **{wire: getattr(info, option) for option, wire in BILLING_FIELDS.items()},
        "address": {wire: getattr(address, option) for option, wire in ADDRESS_FIELDS.items()} if address else {},
    }


def _usage_query(argument: Argument) -> Arguments:
    name = argument["name"]
    params: list[click.Parameter] = [
        click.Option(["--start"], required=True, help="Start, YYYY-MM-DD or 'YYYY-MM-DD HH:MM:SS' (inclusive)."),
        click.Option(["--end"], required=True, help="End, YYYY-MM-DD or 'YYYY-MM-DD HH:MM:SS' (exclusive)."),
        click.Option(["--unit"], type=click.Choice(UNITS), default="day", show_default=True, help="Bucket width."),
        click.Option(["--group-by"], multiple=True, default=["description"], show_default=True, help="Group by."),
        click.Option(["--value"], default="usd:sum", show_default=True, help="NAME:AGGREGATION to compute."),
        click.Option(["--timezone"], default="Etc/GMT", show_default=True, help="IANA time zone of the times."),
        click.Option(
            ["--chart"],
            type=click.Path(dir_okay=False),
            help="Also draw the usage as stacked bars per bucket to a .png or .svg (needs the chart extra).",
        ),
    ]

    def convert(p: dict[str, Any]) -> dict[str, Any]:
        if p["chart"]:
            _check_chart(p["chart"])
        value, _, aggregation = p["value"].partition(":")
        return {
            name: {
                "timeRange": {
                    "startTime": _time(p["start"], "start"),
                    "endTime": _time(p["end"], "end"),
                    "timezone": p["timezone"],
                },
                "timeUnit": "TIME_UNIT_" + p["unit"].upper().replace("-", "_"),
                "values": [{"name": value, "aggregation": "AGGREGATION_" + (aggregation or "sum").upper()}],
                "groupBy": list(p["group_by"]),
            }
        }

    return Arguments(params, [convert])


CHART_SUFFIXES = (".png", ".svg")  # what --chart's help promises; matplotlib picks the format by the suffix


def _check_chart(path: str) -> None:
    """Before the API is called: that the chart can be drawn and written to ``path`` (a .png or .svg file in
    a folder that exists and may be written to, matplotlib installed), so that a bad --chart costs no request."""
    target = os.path.abspath(path)
    suffix = os.path.splitext(target)[1].lower()
    if suffix not in CHART_SUFFIXES:
        raise click.BadParameter(
            f"{path!r} does not end in .png or .svg (the chart's format follows the suffix)", param_hint="'--chart'"
        )
    folder = os.path.dirname(target)
    if not os.path.isdir(folder):
        raise click.BadParameter(f"the folder {folder!r} does not exist", param_hint="'--chart'")
    if not os.access(folder, os.W_OK) or os.path.isdir(target):
        raise click.BadParameter(f"{path!r} cannot be written", param_hint="'--chart'")
    if importlib.util.find_spec("matplotlib") is None:
        raise Failure("--chart needs matplotlib: pip install 'xai-billing[chart]'", EXIT_USAGE)


# The command line of a message argument, by its model; a model not here gets a JSON option (_generic).
MESSAGE_ARGUMENTS: dict[type[Any], Callable[[Argument], Arguments]] = {
    BillingInfo: _billing_info,
    AnalyticsRequest: _usage_query,
}


def _query(operation: Operation) -> Arguments:
    """The query arguments: a pair NAME_year and NAME_month is one option YYYY-MM named for NAME's last word
    (billing_cycle_year and _month: --cycle), a list of strings a repeated option named for its last word,
    singular (invoice_ids: --id), anything else an option of its own; at most one of a oneof group."""
    query = [a for a in operation["arguments"] if a["in"] == "query"]
    names = {a["name"] for a in query}
    out = Arguments()
    options: dict[str, str] = {}  # argument name -> the option that gives it
    for argument in query:
        name = argument["name"]
        prefix = name.removesuffix("_year")
        if name.endswith("_year") and f"{prefix}_month" in names:
            option = prefix.rsplit("_", 1)[-1]
            out.params.append(
                click.Option([f"--{option}", option], metavar="YYYY-MM", help=_month_help(argument, prefix))
            )

            def month(p: dict[str, Any], option: str = option, prefix: str = prefix) -> dict[str, Any]:
                if not p[option]:
                    return {}
                year, month = _month(p[option], option)
                return {f"{prefix}_year": year, f"{prefix}_month": month}

            out.convert.append(month)
            options[name] = options[f"{prefix}_month"] = option
        elif name.endswith("_month") and f"{name.removesuffix('_month')}_year" in names:
            continue
        elif argument["type"] == "array":
            option = name.rsplit("_", 1)[-1].removesuffix("s")
            out.params.append(
                click.Option(
                    [f"--{option}", option],
                    multiple=True,
                    help=f"{argument['help'].split('. ')[0].rstrip('.')}; repeat --{option} for more.",
                )
            )

            def listed(p: dict[str, Any], option: str = option, name: str = name) -> dict[str, Any]:
                return {name: list(p[option])} if p[option] else {}

            out.convert.append(listed)
            options[name] = option
        else:
            generic = _generic({**operation, "arguments": [argument]})
            out.params += generic.params
            out.convert += generic.convert
            options[name] = name
    # x-oneof: the groups are the members of one proto oneof, each given by one option; at most one of them.
    flags = [f"--{options[group[0]].replace('_', '-')}" for group in operation["oneof"] if group[0] in options]
    if len(flags) > 1:

        def one_of(p: dict[str, Any]) -> dict[str, Any]:
            given = [flag for flag in flags if p.get(flag[2:].replace("-", "_"))]
            if len(given) > 1:
                raise click.UsageError(f"{', '.join(flags[:-1])} and {flags[-1]} are one filter: give at most one")
            return {}

        out.convert.insert(0, one_of)
    return out


def _month_help(argument: Argument, prefix: str) -> str:
    # "Only invoices of the billing cycle of this year (with `billingCycle.month`)." speaks of the wire's
    # two parameters; the option is one month.
    what = argument["help"].split(" (with")[0].rstrip(".")
    what = what.replace(" of this year", " YYYY-MM").replace(" from this year on", " from YYYY-MM on")
    return f"{what}." if "YYYY-MM" in what else f"The {prefix.replace('_', ' ')}, YYYY-MM."


def _arguments_for(operation: Operation) -> Arguments:
    """The command-line parameters of an operation, from its plan data: an amount of cents in dollars, a
    known message's own options, the query's filters; anything else an option per argument (JSON for
    objects and lists)."""
    out = _query(operation)
    for argument in operation["arguments"]:
        if argument["in"] != "body":
            continue
        model = argument["model"]
        if argument["proto_message"] == CENTS_MESSAGE:
            made = _dollars(argument)
        elif model in MESSAGE_ARGUMENTS:
            made = MESSAGE_ARGUMENTS[model](argument)
        elif model is None and argument["type"] == "string":
            name = argument["name"]

            def text(p: dict[str, Any], name: str = name) -> dict[str, Any]:
                return {name: p[name]}

            made = Arguments([click.Argument([name])], [text])
        else:
            made = _generic({**operation, "arguments": [argument]})
        out.params += made.params
        out.convert += made.convert
        out.reader = out.reader or made.reader
    return out


def _reader_of(argument: Argument) -> tuple[Operation, Argument] | None:
    """The read-only operation, taking no required argument, whose answer has a field of this argument's
    name (billing_info: get-billing-info), if there is one."""
    for operation in OPERATIONS:
        if operation["read_only"] and not any(a["required"] for a in operation["arguments"]):
            if argument["name"] in attrs.fields_dict(operation["response"]):
                return operation, argument
    return None


def _generic(operation: Operation) -> Arguments:
    """Parameters for arguments this tool has no code for: an option each, objects and lists as JSON."""
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

    return Arguments(params, [arguments])


# -- running an operation ------------------------------------------------------------------------------


def _amount(operation: Operation, kwargs: dict[str, Any]) -> int | None:
    """The cents of the operation's amount argument (a prod_charger.Cent), if it has one."""
    for argument in operation["arguments"]:
        if argument["proto_message"] == CENTS_MESSAGE and argument["name"] in kwargs:
            return int(kwargs[argument["name"]]["val"])
    return None


def _confirm_text(operation: Operation, kwargs: dict[str, Any], team: str) -> str:
    """The question before a change: the summary, the team, the amount; for a call never sent twice, what
    it costs (the amount's own description: "charged to the default payment method")."""
    cents = _amount(operation, kwargs)
    if cents is None:
        return f"{operation['summary']} for team {team}?"
    cost = ""
    if not operation["idempotent"]:
        helps = [a["help"] for a in operation["arguments"] if a["proto_message"] == CENTS_MESSAGE]
        clause = helps[0].rpartition(";")[2].strip().rstrip(".") if helps and ";" in helps[0] else ""
        cost = f", {clause}" if clause else ""
    return f"{operation['summary']} for team {team}: {money(cents)}{cost}?"


def _changes_table(before: dict[str, Any], after: dict[str, Any]) -> Any:
    """A record before and after a change, a row per field (its option's name), changed fields marked."""
    table = _table("", "Field", "Before", "After")

    def flat(record: dict[str, Any], prefix: str = "") -> dict[str, str]:
        out: dict[str, str] = {}
        for key, value in record.items():
            if isinstance(value, dict):
                out.update(flat(value, f"{prefix}{key}."))
            else:
                out[f"{prefix}{key}"] = "" if value is None else str(value)
        return out

    old, new = flat(before), flat(after)
    for key in dict.fromkeys([*old, *new]):
        label = "--" + re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", key.rsplit(".", 1)[-1]).lower()
        changed = old.get(key, "") != new.get(key, "")
        table.add_row("*" if changed else "", label, old.get(key, ""), new.get(key, ""))
    return table


def _make_command(operation: Operation) -> click.Command:
    arguments = _arguments_for(operation)
    params = list(arguments.params)
    if not operation["read_only"]:
        params.append(click.Option(["--yes", "-y"], is_flag=True, help="Do not ask for confirmation."))

    def run(base_url: str | None, team_id: str | None, as_json: bool, **given: Any) -> None:
        import xai_billing

        options = click.get_current_context().find_root().params  # the group's, before the command
        base_url = base_url or options.get("base_url")
        team_id = team_id or options.get("team_id")
        as_json = as_json or bool(options.get("as_json"))
        kwargs = arguments.kwargs(given)
        confirm = not operation["read_only"] and not given.get("yes")
        if confirm and not interactive():  # before any request, the merge's read too
            raise Failure(
                f"{operation['command']} changes the account: pass --yes to confirm (no terminal to ask on)", EXIT_USAGE
            )
        response = None
        try:
            client = _client(base_url, team_id)
            with client:
                try:
                    team = client.resolve_team_id(None)
                except xai_billing.ConfigurationError as exc:  # ".." and the like
                    raise Failure(f"--team-id or XAI_TEAM_ID: {exc}", EXIT_USAGE) from None
                if arguments.reader is not None:
                    try:
                        kwargs = _merged(client, arguments.reader, kwargs, replace=bool(given.get("replace")))
                    except xai_billing.XAIBillingError as exc:  # the read before the write: nothing changed
                        raise Failure(error_line(exc), EXIT_API_ERROR) from None
                if confirm:
                    click.confirm(_confirm_text(operation, kwargs, team), abort=True)
                try:
                    response = getattr(client.with_raw_response, operation["method"])(**kwargs)
                except xai_billing.TopUpOutcomeUnknownError as exc:
                    raise Failure(
                        f"{_what(operation, kwargs)} may have been charged: {error_line(exc).split(';')[0]}. It was not "
                        f"sent again. Run `xai-billing balance` and look for a PURCHASE of "
                        f"{money(_amount(operation, kwargs) or 0)} before trying again.",
                        EXIT_OUTCOME_UNKNOWN,
                    ) from None
                except xai_billing.ConfigurationError as exc:
                    raise Failure(str(exc), EXIT_USAGE) from None
                except xai_billing.XAIBillingError as exc:
                    raise Failure(error_line(exc), EXIT_API_ERROR) from None
            if as_json:
                click.echo(_json(json.loads(response.content or b"{}")))
            else:
                render(response.parsed, Shown(given, team))
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


def _merged(
    client: Any, reader: tuple[Operation, Argument], kwargs: dict[str, Any], *, replace: bool
) -> dict[str, Any]:
    """The record to write: the fields given over the current record (read with ``reader``), or only the
    fields given with --replace; the record before and after is printed for the confirmation."""
    operation, argument = reader
    name = argument["name"]
    current = getattr(getattr(client, operation["method"])(), name)
    before = billing_info_wire(current)
    given = kwargs[name]
    if replace:
        after = given
    else:
        after = {**before, **{k: v for k, v in given.items() if k != "address"}}
        if "address" in given:
            after["address"] = {**before.get("address", {}), **given["address"]}
    _print(_changes_table(before, after))
    return {**kwargs, name: after}


def _interrupted(operation: Operation, kwargs: dict[str, Any], exc: KeyboardInterrupt, response: Any) -> Failure:
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


def _what(operation: Operation, kwargs: dict[str, Any]) -> str:
    """The call, as a message names it: "the top-up of $7.00"."""
    cents = _amount(operation, kwargs)
    return f"the {operation['command']}" + (f" of {money(cents)}" if cents is not None else " request")


def _json(data: Any) -> str:
    """JSON to print: as it is where stdout can encode it, with non-ASCII escaped where it cannot."""
    text = json.dumps(data, indent=2, ensure_ascii=False, default=str)
    return text if fits(text) else json.dumps(data, indent=2, default=str)


def interactive() -> bool:
    """Whether there is a person at a terminal to confirm a change."""
    return sys.stdin.isatty()


def _client(base_url: str | None, team_id: str | None) -> Any:
    """A client from the options and the environment, its configuration errors in this tool's terms."""
    import xai_billing
    from xai_billing._config import API_KEY_ENV, BASE_URL_ENV, TEAM_ID_ENV

    if not os.environ.get(API_KEY_ENV):
        raise Failure(f"no management key: set {API_KEY_ENV}", EXIT_USAGE)
    if not (team_id or os.environ.get(TEAM_ID_ENV)):
        raise Failure(f"no team: pass --team-id or set {TEAM_ID_ENV}", EXIT_USAGE)
    try:
        return xai_billing.Client(base_url=base_url, team_id=team_id)
    except xai_billing.ConfigurationError as exc:
        message = str(exc)
        if "base_url" in message or "base URL" in message:
            where = "--base-url" if base_url else BASE_URL_ENV
            message = f"{where}: {message}"
        elif "management key" in message:
            message = f"{API_KEY_ENV}: {message}"
        raise Failure(message, EXIT_USAGE) from None


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


def _cents(value: UsdCents | None) -> int:
    return int(value.val) if value is not None else 0


M = TypeVar("M")
Renderer = Callable[[Any, Shown], None]
# A renderer per response model; a model without one (a new operation's) prints its JSON.
RENDERERS: dict[type[Any], Renderer] = {}


def renders(model: type[M]) -> Callable[[Callable[[M, Shown], None]], Callable[[M, Shown], None]]:
    """Register the renderer of a response model: a table for people."""

    def register(renderer: Callable[[M, Shown], None]) -> Callable[[M, Shown], None]:
        RENDERERS[model] = renderer
        return renderer

    return register


def render(result: object, shown: Shown) -> None:
    """Print an answer with the renderer of its model, or as JSON."""
    RENDERERS.get(type(result), _render_generic)(result, shown)


@renders(GetPrepaidBalanceResponse)
def _render_balance(result: GetPrepaidBalanceResponse, shown: Shown) -> None:
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


@renders(TopUpPrepaidCreditResponse)
def _render_top_up(result: TopUpPrepaidCreditResponse, shown: Shown) -> None:
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


@renders(ListInvoicesResponse)
def _render_invoices(result: ListInvoicesResponse, shown: Shown) -> None:
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


@renders(PreviewPostpaidInvoiceResponse)
def _render_preview(result: PreviewPostpaidInvoiceResponse, shown: Shown) -> None:
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


@renders(GetSpendingLimitsResponse)
def _render_limits(result: GetSpendingLimitsResponse, shown: Shown) -> None:
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


@renders(SetSpendingLimitResponse)
def _render_set_limit(result: SetSpendingLimitResponse, shown: Shown) -> None:
    _print(f"Soft spending limit for this billing period: {money(_cents(result.this_bp_soft_spending_limit))}")


@renders(ListPaymentMethodsResponse)
def _render_payment_methods(result: ListPaymentMethodsResponse, shown: Shown) -> None:
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


@renders(GetBillingInfoResponse)
def _render_billing_info(result: GetBillingInfoResponse, shown: Shown) -> None:
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


@renders(Empty)
def _render_done(result: Empty, shown: Shown) -> None:
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


@renders(GetUsageResponse)
def _render_usage(result: GetUsageResponse, shown: Shown) -> None:
    table = _table("Series", "Total", "Per bucket")
    usd = shown.given.get("value", "").partition(":")[0] == "usd"
    for series in result.time_series:
        values = [point.values[0] if point.values else 0.0 for point in series.data_points]
        total = sum(v for v in values if v == v)  # NaN: nothing
        table.add_row(
            " / ".join(series.group_labels or series.group) or "all",
            f"${total:,.2f}" if usd else f"{total:,.4f}",
            sparkline(values),
        )
    note = "\nOnly part of the series: the server's cardinality cap was reached." if result.limit_reached else ""
    _print(table, note)
    if shown.given.get("chart"):
        _chart(result, shown)


# How the chart labels a bucket by its start, per --unit.
BUCKET_LABELS = {
    "month": "%Y-%m",
    "calendar-week": "%Y-%m-%d",
    "day": "%a %Y-%m-%d",
    "hour": "%m-%d %H:00",
    "quarter-hour": "%H:%M",
    "minute": "%H:%M",
    "second": "%H:%M:%S",
}


def usage_figure(result: GetUsageResponse, shown: Shown) -> Any:
    """The usage as a matplotlib Figure: stacked bars, a bar per bucket and a colour per series, on a y-axis
    in the value's unit (dollars for usd), titled with the team and the range."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        import matplotlib.ticker
    except ImportError:
        raise Failure("--chart needs matplotlib: pip install 'xai-billing[chart]'", EXIT_USAGE) from None
    given = shown.given
    value, _, aggregation = given["value"].partition(":")
    usd = value == "usd"
    times = sorted({p.timestamp for series in result.time_series for p in series.data_points if p.timestamp})
    figure, axes = plt.subplots(figsize=(11, 4.8))
    # A bar per bucket, side by side whatever the unit (a month is not 30 days), labelled with its start.
    positions = list(range(len(times)))
    bottom = [0.0] * len(times)
    for series in result.time_series:
        by_time = {p.timestamp: (p.values[0] if p.values else 0.0) for p in series.data_points}
        heights = [v if v == v else 0.0 for v in (by_time.get(t, 0.0) for t in times)]  # NaN: nothing
        label = " / ".join(series.group_labels or series.group) or "all"
        axes.bar(positions, heights, width=0.8, bottom=bottom, label=label)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    total = sum(bottom)
    if times:
        step = max(1, len(times) // 16)  # at most about 16 labels
        shape = BUCKET_LABELS.get(given["unit"], "%Y-%m-%d %H:%M")
        axes.set_xticks(positions[::step], [t.strftime(shape) for t in times[::step]])
        axes.set_xlim(-0.6, len(times) - 0.4)
        axes.legend(fontsize="small", loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    per = f"{(aggregation or 'sum').lower()} per {given['unit'].replace('-', ' ')}"
    if usd:
        axes.set_ylabel(f"USD ({per})")
        axes.yaxis.set_major_formatter(matplotlib.ticker.StrMethodFormatter("${x:,.2f}"))
    else:
        axes.set_ylabel(f"{value} ({per})")
    in_all = f"${total:,.2f}" if usd else f"{total:,.6g}"
    axes.set_title(
        f"Usage of team {shown.team}, {given['start']} to {given['end']} ({given['timezone']}): {in_all} in all"
    )
    axes.set_xlabel(f"{given['unit'].replace('-', ' ')} starting ({given['timezone']})")
    axes.grid(axis="y", alpha=0.3)
    axes.set_axisbelow(True)
    figure.autofmt_xdate()
    figure.tight_layout()
    return figure


def _chart(result: GetUsageResponse, shown: Shown) -> None:
    import matplotlib.pyplot as plt

    path = shown.given["chart"]
    figure = usage_figure(result, shown)
    try:
        figure.savefig(path, dpi=100)
    except (OSError, ValueError) as exc:
        raise Failure(f"cannot write the chart to {path}: {exc}", EXIT_USAGE) from None
    finally:
        plt.close(figure)
    _print(f"Chart written to {path}")


def _render_generic(result: Any, shown: Shown) -> None:
    click.echo(_json(result.to_dict()))


for _operation in OPERATIONS:
    cli.add_command(_make_command(_operation))


# -- the local API and the recorder ------------------------------------------------------------------------


def _fake_command() -> click.Command:
    """`xai-billing fake`: the local API's options (fake/__main__.py's OPTIONS) as click options, in the help
    style of the other commands."""
    from ..fake._options import DESCRIPTION, OPTIONS

    def run(**given: Any) -> None:
        try:
            from ..fake.__main__ import serve
        except ImportError as exc:
            if exc.name not in ("jsonschema", "referencing"):
                raise
            raise Failure(
                f"`xai-billing fake` needs the fake extra ({exc.name} is missing): {FAKE_EXTRA}", EXIT_USAGE
            ) from None
        serve(argparse.Namespace(**{**given, "fault": list(given["fault"])}))

    params: list[click.Parameter] = []
    for option in OPTIONS:
        flags = [f"--{option.name}", option.dest]
        if option.type is None:
            params.append(click.Option(flags, is_flag=True, help=option.help))
        else:
            params.append(
                click.Option(
                    flags,
                    type=_FromArgparse(option.type, option.metavar or option.name.upper()),
                    default=option.default,
                    multiple=option.repeated,
                    metavar=option.metavar,
                    help=option.help,
                )
            )
    return click.Command(
        "fake", callback=run, params=params, help=DESCRIPTION, short_help=DESCRIPTION.split(" until")[0]
    )


if TYPE_CHECKING:
    _AnyType = click.ParamType[Any]  # generic from click 8.2; 8.1, which the cli extra allows, is not
else:
    _AnyType = click.ParamType


FAKE_EXTRA = "pip install 'xai-billing[fake]'"


class _FromArgparse(_AnyType):
    """An argparse type function (raising ArgumentTypeError or ValueError) as a click type."""

    def __init__(self, parse: Callable[[str], Any], name: str) -> None:
        self.parse = parse
        self.name = name

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        try:
            return self.parse(value)
        except (argparse.ArgumentTypeError, ValueError) as exc:
            self.fail(str(exc) or f"{value!r} is not valid", param, ctx)


fake = _fake_command()
cli.add_command(fake)


@cli.command("record", short_help="Record the read-only answers, scrubbed, for contract tests")
@click.option("--out", required=True, type=click.Path(file_okay=False), help="The folder to write recordings to.")
@functools.partial(_common, json_help="Print the paths of the recordings written, as a JSON list.")
def record(out: str, base_url: str | None, team_id: str | None, as_json: bool) -> None:
    """Record the read-only operations of an API as scrubbed recordings for the contract tests."""
    from ._record import Drift, record_all

    options = click.get_current_context().find_root().params  # the group's, before the command
    client = _client(base_url or options.get("base_url"), team_id or options.get("team_id"))
    drift = Drift()
    with client:
        written = record_all(
            client,
            out,
            [cast("dict[str, Any]", op) for op in OPERATIONS if op["read_only"]],
            progress=lambda line: click.echo(line, err=True),
            drift=drift,
        )
    if as_json or options.get("as_json"):
        click.echo(json.dumps(written, indent=2))
    found = drift.findings()
    if found:
        click.echo(f"{len(found)} differences from the spec: `xai-billing drift {out}` lists them", err=True)


@cli.command("drift", short_help="Compare the API's answers (live or recorded) with the spec")
@click.argument("recordings", nargs=-1, type=click.Path())
@functools.partial(
    _common,
    json_help='Print the drift report as JSON ({"answers": N, "findings": [...]}) instead of lines.',
)
def drift(recordings: tuple[str, ...], base_url: str | None, team_id: str | None, as_json: bool) -> None:
    """Compare answers with the spec: the live API's read-only operations, or RECORDINGS (files or folders).

    Lists what the spec does not allow (a member or an enum value it does not list, a type or a null it
    forbids, an answer the client cannot read), by schema and field, counted, with the spec edit it calls
    for. Exits 0 when the answers conform, 1 when they do not.
    """
    from ._record import Drift, NotRecordings, call_all, read_recordings

    options = click.get_current_context().find_root().params  # the group's, before the command
    as_json = as_json or bool(options.get("as_json"))
    report = Drift()
    if recordings:
        try:
            for operation_id, status, body in read_recordings(recordings):
                report.add(operation_id, status, body)
        except NotRecordings as exc:
            raise Failure(f"drift RECORDINGS: {exc}", EXIT_USAGE) from None
    else:
        with _client(base_url or options.get("base_url"), team_id or options.get("team_id")) as client:
            read = [cast("dict[str, Any]", op) for op in OPERATIONS if op["read_only"]]
            for operation, _, response in call_all(client, read, progress=lambda line: click.echo(line, err=True)):
                report.add(operation["operation_id"], response.status_code, json.loads(response.content))
    found = report.findings()
    answers = sum(report.answers.values())
    if not answers:  # every call failed (see the progress): nothing was compared, which is not conformance
        raise Failure("no operation answered: nothing to compare with the spec", EXIT_API_ERROR)
    if as_json:
        click.echo(json.dumps({"answers": answers, "findings": [f.as_json() for f in found]}, indent=2))
    else:
        for finding in found:
            click.echo(finding.line())
    if found:
        raise Failure(f"{len(found)} differences from the spec in {answers} answers", EXIT_API_ERROR)
    if not as_json:
        click.echo(f"{answers} answers, all as the spec describes them")
