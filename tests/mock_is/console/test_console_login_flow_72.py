"""The Login Flow tab of IS 7.2's Console (2.81.6): the 2025 builder (features/admin.login-flow-builder.v1
``authentication-flow-builder.tsx`` @3ae54092) puts its component id on its root, which F's did not; the
editors' hooks are the same (PROVENANCE.md "Login Flow: Visual and Classic editors")."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from harness.pages.console import Console
from tests.mock_is.console.console_support import IsServer, Watched
from tests.mock_is.console.login_flow_support import (
    BASIC,
    app_and_twitter,
    edit_page,
    stored_sequence,
    twitter_option,
)

SETTINGS = {"release": "7.2"}


def test_the_72_builder_has_its_root_id_and_the_same_visual_editor(
    console: Console, is_server: IsServer, watched: Watched
) -> None:
    app_id = app_and_twitter(is_server, "Flow72", "Flow72X")
    app = edit_page(console, is_server, app_id, "Flow72")
    assert app.login_flow_editor() == "visual"
    root = watched.page.locator('[data-componentid="authentication-flow-builder"]')
    expect(root).to_have_class(re.compile(r"\bsign-in-method-split-view\b"))
    expect(root.locator('[data-componentid="sign-in-box-node-step-0"]')).to_be_visible()
    app.add_sign_in_option("Flow72X")
    assert stored_sequence(is_server, app_id)["steps"] == [
        {"id": 1, "options": [BASIC, twitter_option("Flow72X")]}
    ]
