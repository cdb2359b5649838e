"""Assertion helpers of the scenarios: accounts, what IS sent to X, and the doc's own text."""

from __future__ import annotations

from harness.checks.accounts import (
    expect_account,
    expect_managed_by,
    expect_no_account,
    scim_attribute,
    userstore_of,
)
from harness.checks.doc_text import DOC_PATH, doc_section, foreign_providers, section_page
from harness.checks.x_requests import expect_request_token_call, request_token_calls

__all__ = [
    "DOC_PATH",
    "doc_section",
    "expect_account",
    "expect_managed_by",
    "expect_no_account",
    "expect_request_token_call",
    "foreign_providers",
    "section_page",
    "request_token_calls",
    "scim_attribute",
    "userstore_of",
]
