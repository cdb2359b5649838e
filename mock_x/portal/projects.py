"""Portal sign-in, "Projects & Apps" and the Create Project wizard that shows the keys once (§4.2)."""

from __future__ import annotations

import secrets

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from mock_x.models import Project, XUser
from mock_x.portal.access import PORTAL_NAME, login_redirect, projects_of, render
from mock_x.portal.validation import USE_CASES
from mock_x.web import mock_of, read_form, session_user, sign_in_and_continue, signin_page

router = APIRouter(prefix="/portal")
# The wizard's steps in order: (form field, heading, error when empty). x-protocol.md §4.2 step 1.
STEPS = (
    ("project_name", "Name your Project", "Project name is required."),
    ("use_case", "Which best describes you?", "Choose a use case."),
    ("description", "Describe your new Project", "Project description is required."),
    ("app_name", "Name your App", "App name is required."),
)


@router.get("")
async def home() -> Response:
    """The portal's front door: Projects & Apps."""
    return RedirectResponse("/portal/projects", 302)


@router.get("/login")
async def login_page(request: Request) -> Response:
    """Sign in to the portal with an X account."""
    return signin_page(
        request, PORTAL_NAME, {"continue": _continue(request.query_params.get("continue"))}, "/portal/login"
    )


@router.post("/login")
async def login(request: Request) -> Response:
    """Check the credentials; a refusal stays on the page."""
    form = await read_form(request)
    return sign_in_and_continue(request, form, _continue(form.get("continue")), PORTAL_NAME, "/portal/login")


def _continue(value: str | None) -> str:
    """Only portal paths: never an open redirect."""
    return value if value and value.startswith("/portal/") else "/portal/projects"


@router.get("/projects")
async def projects(request: Request) -> Response:
    """Projects & Apps: each project with its apps and links to their settings and keys."""
    user = session_user(request)
    if user is None:
        return login_redirect(request)
    store = mock_of(request).store
    with store.lock:
        listing = [
            {**vars(p), "app_list": [store.apps[k] for k in p.apps if k in store.apps]}
            for p in projects_of(request, user)
        ]
    return render(request, "portal_projects.html", user, {"projects": listing})


@router.get("/projects/new")
async def new_project(request: Request) -> Response:
    """Step 1 of the wizard: the project name."""
    user = session_user(request)
    if user is None:
        return login_redirect(request)
    return _step(request, user, 0, {}, None)


@router.post("/projects/new")
async def wizard(request: Request) -> Response:
    """Next: validate this step, carry the answers forward; Complete creates project and app."""
    user = session_user(request)
    if user is None:
        return login_redirect(request)
    form = await read_form(request)
    answers = {name: form.get(name, "").strip() for name, _, _ in STEPS if form.get(name, "").strip()}
    index = next((i for i, (name, _, _) in enumerate(STEPS) if name not in answers), len(STEPS))
    submitted = STEPS.index(next((s for s in STEPS if s[0] == form.get("step")), STEPS[0]))
    if index < len(STEPS):
        error = STEPS[index][2] if index <= submitted else None
        return _step(request, user, index, answers, error)
    if answers["use_case"] not in USE_CASES:
        return _step(request, user, 1, {k: v for k, v in answers.items() if k != "use_case"}, STEPS[1][2])
    app = mock_of(request).register_app(answers["app_name"], [], website_url="", request_email=False)
    project = Project(
        secrets.token_hex(8),
        answers["project_name"],
        answers["use_case"],
        answers["description"],
        user.id,
        [app.consumer_key],
    )
    with mock_of(request).store.lock:
        mock_of(request).store.projects[project.id] = project
    # x-protocol.md §4.2 step 2: API Key, API Key Secret and Bearer Token are shown once, here.
    return render(request, "portal_keys.html", user, {"app": app}, status=201)


def _step(request: Request, user: XUser, index: int, answers: dict[str, str], error: str | None) -> Response:
    name, heading, _ = STEPS[index]
    context = {
        "step": name,
        "heading": heading,
        "hidden": {**answers, "step": name},
        "error": error,
        "use_cases": USE_CASES,
    }
    return render(request, "portal_wizard.html", user, context, status=400 if error else 200)
