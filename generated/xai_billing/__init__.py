# generated from spec/openapi.yaml by make generate — do not edit; source: generator/runtime/__init__.py
"""A typed client for the billing endpoints of the xAI Management API.

    import xai_billing

    with xai_billing.Client() as client:   # XAI_MANAGEMENT_KEY and XAI_TEAM_ID from the environment
        balance = client.get_prepaid_balance()

The models are in ``xai_billing.models``, the dict shapes of request values in ``xai_billing.params``.
"""

from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitError,
    TopUpOutcomeUnknownError,
    UnexpectedStatusError,
    WireFormatError,
    XAIBillingError,
)
from ._version import SPEC_VERSION, __version__
from .client import AsyncClient, Client
from .types import NOT_GIVEN, NotGiven, Response

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
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
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "Response",
    "SPEC_VERSION",
    "TopUpOutcomeUnknownError",
    "UnexpectedStatusError",
    "WireFormatError",
    "XAIBillingError",
    "__version__",
]
