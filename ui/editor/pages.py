"""The tabs of the case editor: which fields each kind of record shows, and how a record is named
in its list. Other records are offered by name wherever a record points at one."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel

from models import vocab
from models.editing import new_key
from models.interchange import fitting_script
from ui.editor.account_text import AccountTextEditor
from ui.editor.form import RecordForm
from ui.editor.records_page import RecordsPage
from ui.i18n import _tr, date_text, vocab_label



def person_name(p: dict) -> str:
    names = p.get("names") or []
    return next((n["value"] for n in names if (n.get("value") or "").strip()), "") or _tr("(no name yet)")


def _people(case: dict, exclude: dict | None = None):
    return lambda: [(p["key"], f"{person_name(p)} ({vocab_label(vocab.PERSON_ROLE, p['role'])})")
                    for p in case.get("persons", []) if p is not exclude]


def _human(date: str) -> str:
    """A date as it reads ('March 2019'), or as typed while it is not yet a date: a list label is
    redrawn at every key, and half a date is no error."""
    return date_text(date)


def _keys(case: dict, list_name: str, label):
    return lambda: [(r["key"], label(r)) for r in case.get(list_name, [])]


# --- the case itself -------------------------------------------------------------------------------

def case_form(case: dict) -> RecordForm:
    f = RecordForm()
    f.text("reference", _tr("Reference"), empty="", placeholder=_tr("For example ALM-2018-017"))
    f.text("title", _tr("Title"), empty="")
    f.choice("status", _tr("Status"), vocab.CASE_STATUS)
    f.date("opened_on", _tr("Opened on"))
    f.words("tags", _tr("Tags"), placeholder=_tr("asylum, border-crossing"))
    f.multiline("summary", _tr("Summary"))
    f.load(case)
    return f


def consent_form(case: dict) -> RecordForm:
    f = RecordForm()
    f.date(("consent", "given_on"), _tr("Given on"))
    f.checks(("consent", "scopes"), _tr("The person agreed to"),
             lambda: [(c, vocab_label(vocab.CONSENT_SCOPE, c)) for c in vocab.terms(vocab.CONSENT_SCOPE)])
    f.date(("consent", "withdrawn_on"), _tr("Withdrawn on"))
    f.multiline(("consent", "notes"), _tr("Notes"))
    f.load(case)
    return f


# --- lists of records ------------------------------------------------------------------------------

class ProtectedNote(QLabel):
    """Beside the at-risk box: this person is linked to a person at risk in another case, so every
    brief and bundle protects them whatever the box says (storage.people.protected_elsewhere)."""
    edited = Signal()  # never emitted: the note shows, it does not edit

    def __init__(self, elsewhere: dict[str, list[str]], parent=None):
        super().__init__(parent)
        self._elsewhere = elsewhere
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020")
        self.hide()

    def load(self, record: dict) -> None:
        refs = self._elsewhere.get(record.get("id") or "")
        self.setText(_tr("At risk in case {0}; protected in every brief and bundle.").format(", ".join(refs))
                     if refs else "")
        self.setVisible(bool(refs))


def persons_page(case: dict, elsewhere: dict[str, list[str]] | None = None) -> RecordsPage:
    """``elsewhere``: persons of this case linked to a person at risk in another case -> those cases."""
    elsewhere = elsewhere or {}
    f = RecordForm()
    f.choice("role", _tr("Role"), vocab.PERSON_ROLE)
    f.rows("names", _tr("Names"), [("value", _tr("Name"), "text"), ("script", _tr("Script"), vocab.SCRIPT)],
           follows={"script": ("value", fitting_script)})
    f.check("at_risk", _tr("At risk: exposure could bring reprisals on them or their family"))
    f.custom("", ProtectedNote(elsewhere, f), "protected_elsewhere")
    f.check("public_figure", _tr("Public figure: chose to speak in their own name in public"))
    f.text("gender", _tr("Gender"))
    f.integer("birth_year", _tr("Year of birth"))
    f.date("birth_date", _tr("Date of birth"))
    f.text("ethnicity", _tr("Ethnicity"))
    f.words("citizenship", _tr("Citizenship"), upper=True, placeholder=_tr("CN, KZ"))
    f.rows("identifiers", _tr("Identifiers"),
           [("kind", _tr("Kind"), vocab.IDENTIFIER_KIND), ("value", _tr("Value"), "text")])
    f.text("whereabouts", _tr("Whereabouts"))
    f.ref(("relation", "to"), _tr("Related to"), lambda: [x for x in _people(case)() if x[0] != f.record.get("key")])
    f.text(("relation", "kind"), _tr("Relation"), placeholder=_tr("mother, brother, …"))

    def label(p):
        risk = " ⚠" if p.get("at_risk") or p.get("id") in elsewhere else ""
        return f"{person_name(p)} — {vocab_label(vocab.PERSON_ROLE, p['role'])}{risk}"

    def new(records):
        role = "applicant" if not any(r["role"] == "applicant" for r in records) else "witness"
        return {"key": new_key(records, "person"), "role": role, "names": [], "citizenship": [], "identifiers": [],
                "at_risk": False, "public_figure": False}
    return RecordsPage(case, "persons", f, label, new)


def account_label(case: dict):
    def label(a):
        narrator = next((person_name(p) for p in case.get("persons", []) if p["key"] == a.get("narrator")), "")
        when = _human(a.get("recorded_on")) if a.get("recorded_on") else ""
        parts = [x for x in (narrator, when, a.get("language")) if x]
        return _tr("Account") + (": " + ", ".join(parts) if parts else f" {a['key']}")
    return label


def accounts_page(case: dict) -> RecordsPage:
    f = RecordForm()
    f.ref("narrator", _tr("Told by"), _people(case))
    f.date("recorded_on", _tr("Recorded on"))
    f.text("language", _tr("Language"), placeholder=_tr("kk, ug, ru, zh, en"))
    f.text("interviewer", _tr("Interviewer"))
    f.ref("translation_of", _tr("Translation of"),
          lambda: [x for x in _keys(case, "accounts", account_label(case))() if x[0] != f.record.get("key")])
    f.custom(_tr("Text"), AccountTextEditor(), "text")
    return RecordsPage(case, "accounts", f, account_label(case),
                       lambda records: {"key": new_key(records, "account"), "text": "", "redactions": []})


def source_label(s: dict) -> str:
    return s.get("title") or s.get("publisher") or s["key"]


def events_page(case: dict) -> RecordsPage:
    f = RecordForm()
    f.choice("kind", _tr("Kind"), vocab.EVENT_KIND)
    f.date("start", _tr("From"))
    f.date("end", _tr("Until"))
    f.checks("victims", _tr("Victims"), _people(case))
    f.text(("place", "name"), _tr("Place"))
    f.text(("place", "admin"), _tr("Region"))
    f.text(("place", "country"), _tr("Country"), upper=True, placeholder="CN")
    f.text(("place", "facility"), _tr("Facility"), placeholder=_tr("re-education camp, detention centre, …"))
    f.checks("violations", _tr("Violations"),
             lambda: [(v, vocab_label(vocab.VIOLATION, v)) for v in vocab.terms(vocab.VIOLATION)])
    f.multiline("description", _tr("Description"))
    f.checks("accounts", _tr("Told in"), _keys(case, "accounts", account_label(case)))
    f.checks("sources", _tr("Sources"), _keys(case, "sources", source_label))

    new = lambda records: {"key": new_key(records, "event"), "kind": "detention", "victims": [],  # noqa: E731
                           "violations": [], "description": "", "accounts": [], "sources": []}
    return RecordsPage(case, "events", f, event_label, new)


def event_label(e: dict) -> str:
    span = " – ".join(_human(d) for d in (e.get("start"), e.get("end")) if d)
    return vocab_label(vocab.EVENT_KIND, e["kind"]) + (f", {span}" if span else "")


def proceedings_page(case: dict) -> RecordsPage:
    f = RecordForm()
    f.choice("kind", _tr("Kind"), vocab.PROCEEDING_KIND)
    f.text("forum", _tr("Court or authority"))
    f.text("country", _tr("Country"), upper=True, placeholder="KZ")
    f.date("date", _tr("Date"))
    f.choice("status", _tr("Status"), vocab.PROCEEDING_STATUS, optional=True)
    f.rows("hearings", _tr("Hearings"), [("date", _tr("Date"), "text"), ("time", _tr("Time"), "optional"),
                                         ("notes", _tr("Notes"), "text")])
    f.rows("deadlines", _tr("Deadlines"), [("date", _tr("Date"), "text"), ("description", _tr("What is due"), "text"),
                                           ("done", _tr("Done"), "bool")])
    f.multiline("notes", _tr("Notes"))

    def label(p):
        return vocab_label(vocab.PROCEEDING_KIND, p["kind"]) + (f", {p['forum']}" if p.get("forum") else "")
    new = lambda records: {"key": None, "kind": "asylum_application", "notes": "",  # noqa: E731
                           "hearings": [], "deadlines": []}
    return RecordsPage(case, "proceedings", f, label, new)


def sources_page(case: dict) -> RecordsPage:
    f = RecordForm()
    f.text("kind", _tr("Kind"), placeholder=_tr("media, report, testimony, …"))
    f.text("title", _tr("Title"))
    f.text("publisher", _tr("Publisher"))
    f.date("date", _tr("Date"))
    f.text("url", _tr("Address (URL)"))
    return RecordsPage(case, "sources", f, source_label,
                       lambda records: {"key": new_key(records, "source")})
