"""Unsaved edits rescued when the store locks with a case form open: kept inside the encrypted
store (never in a temporary file) until the form is opened again and the draft is taken back."""
from __future__ import annotations

import json

from sqlmodel import Session

from models.tables import Secret

PREFIX = "draft/"


def _name(case_id: str | None) -> str:
    return PREFIX + (case_id or "new")


def keep(session: Session, store, case_id: str | None, data: dict, at: str) -> None:
    store.set_secret(session, _name(case_id), json.dumps({"at": at, "case": data}, ensure_ascii=False).encode())
    store.log(session, "draft_kept", "case", case_id)


def peek(session: Session, store, case_id: str | None) -> tuple[str, dict] | None:
    """(when it was kept, the case dict) or None."""
    raw = store.secret(session, _name(case_id))
    if raw is None:
        return None
    body = json.loads(raw)
    return body["at"], body["case"]


def discard(session: Session, case_id: str | None) -> None:
    row = session.get(Secret, _name(case_id))
    if row is not None:
        session.delete(row)
