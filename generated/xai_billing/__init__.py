# generated from spec/openapi.yaml by make generate — do not edit
"""A typed client for the billing endpoints of the xAI Management API."""

from ._base_client import RequestOptions
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    TopUpOutcomeUnknownError,
    UnexpectedStatusError,
    XAIBillingError,
)
from ._version import __version__
from .client import AsyncClient, Client
from .types import NOT_GIVEN, UNSET, NotGiven, Response, Unset

__all__ = [
    "NOT_GIVEN",
    "UNSET",
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestOptions",
    "Response",
    "TopUpOutcomeUnknownError",
    "UnexpectedStatusError",
    "Unset",
    "XAIBillingError",
    "__version__",
]
