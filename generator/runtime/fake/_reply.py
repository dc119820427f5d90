"""What the local API answers (Reply, ApiError, its request ID) and the body limit it is served with: shared by the API
(_api.py) and the loopback server (_server.py), which import this module rather than each other."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any

# HTTP status -> the gRPC code a gRPC gateway pairs with it.
GRPC_CODES = {
    400: 3,
    401: 16,
    403: 7,
    404: 5,
    405: 12,
    409: 6,
    411: 3,
    413: 3,
    414: 3,
    429: 8,
    431: 3,
    500: 13,
    503: 14,
}
MAX_BODY = 1 << 20  # a request body larger than 1 MiB is refused
# The response header that carries the request ID: the one the client reads first (types.REQUEST_ID_HEADERS);
# the API's reference names none.
REQUEST_ID_HEADER = "x-request-id"


@dataclass
class Reply:
    """What the API answers: a status and a JSON body, or a dropped connection."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    drop: bool = False

    def content(self) -> bytes:
        return json.dumps({} if self.body is None else self.body).encode()


class ApiError(Exception):
    """An error answer, in the API's error shape: {"code": <gRPC code>, "message": ...}."""

    def __init__(self, status: int, message: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.reply = Reply(status, {"code": GRPC_CODES.get(status, 2), "message": message}, headers or {})


def new_request_id() -> str:
    """A request ID as gRPC gateways write them: a random UUID."""
    return str(uuid.uuid4())
