"""Sending and receiving bundles between stores: consent, signature, sender, merge, audit.

    send(store, ["ALM-2018-017"], ["Aigerim", "age1…"], Path("out.age"), evidence=...)
    incoming = open_bundle(store, Path("in.age"), evidence=...)   # decrypted and verified; store untouched
    incoming.sender, incoming.known_sender                          # show who sent it
    result = accept(store, incoming, accept_signer=fingerprint)     # the merge, in one transaction

Evidence files go through a small interface (``Evidence``) so that the store's attachments
(built separately) plug in without changing this module.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Callable, Protocol

from sqlmodel import Session, delete, select

from exports import bundle
from exports.bundle import BundleError, Manifest, Part, Refusal
from models import interchange
from models.evidence import EvidenceRecord
from models.interchange import Case, InterchangeError
from models.tables import CaseRevision, Contact, PendingConflict, ReceivedBundle, RecordRemoved, RecordSeen
from storage import cases, facilities, identity, merge, people_links
from storage.errors import Conflict, NotFound, StoreError
from storage.files import atomic_writer

SCOPE = "share_with_partners"


class BundleRefused(StoreError):
    """A bundle that was not made or not received; nothing was changed. ``reason`` is the code
    the audit log keeps (``Refusal``), set where the refusal is raised. Without a code of its own,
    the window names the refusal by its reason ("bundle.damaged")."""

    def __init__(self, message: str, reason: Refusal, code: str = "", **values: object):
        super().__init__(message, code or f"bundle.{reason.value}", **values)
        self.reason = reason


class ConsentMissing(StoreError):
    pass


class UnknownSigner(BundleRefused):
    def __init__(self, fingerprint: str, name: str):
        self.fingerprint, self.name = fingerprint, name
        super().__init__(f"This bundle was signed by a key that is not in your address book: {fingerprint} "
                         f"(it calls itself {name!r}). Compare the fingerprint with the sender, by phone or in "
                         "person, then receive again with --accept-signer " + fingerprint + ". Nothing was changed.",
                         Refusal.UNKNOWN_SIGNER, fingerprint=fingerprint, name=name)


# --- evidence files: the interface the store's attachments implement --------------------------

class Evidence(Protocol):
    """What sharing needs from the store's evidence files. ``stage`` keeps an incoming file
    encrypted and invisible until ``commit`` (in the merge transaction); ``discard`` forgets
    everything staged when a bundle is refused. ``sent`` and ``commit`` write their custody
    entries in the caller's transaction."""

    def list(self, session: Session, case_id: str) -> list[EvidenceRecord]: ...
    def open(self, evidence_id: str) -> BinaryIO: ...
    def has(self, session: Session, evidence_id: str) -> bool: ...
    def stage(self, info: EvidenceRecord, reader: BinaryIO) -> object: ...
    def commit(self, session: Session, staged: list, manifest: Manifest) -> None: ...
    def discard(self, staged: list) -> None: ...
    def sent(self, session: Session, files: list[EvidenceRecord], manifest: Manifest) -> None: ...


class NoEvidence:
    """Until the store holds evidence files: none to send; a bundle that carries some is refused."""

    def list(self, session, case_id):
        return []

    def open(self, evidence_id):
        raise NotFound("There are no evidence files in this store.", code="evidence.none")

    def has(self, session, evidence_id):
        return False

    def stage(self, info, reader):
        raise BundleRefused("This bundle carries evidence files, which this version of Casefile cannot store yet. "
                            "Nothing was changed.", Refusal.INVALID, code="bundle.evidence_unsupported")

    def commit(self, session, staged, manifest):
        pass

    def discard(self, staged):
        pass

    def sent(self, session, files, manifest):
        pass


# --- history of records ---------------------------------------------------------------------

def known_history(session: Session, case_id: str) -> dict[str, set[str]]:
    """Every version (by hash) of each record of a case that this store has held or merged."""
    versions = [json.loads(d) for d in session.exec(select(CaseRevision.document).where(CaseRevision.case_id == case_id))]
    current = cases.document_of(session, case_id)
    if current is not None:
        versions.append(json.loads(current))
    ids = set()
    for v in versions:
        ids |= set(merge.records(v))
    seen: dict[str, set[str]] = {}
    if ids:
        for rs in session.exec(select(RecordSeen).where(RecordSeen.record_id.in_(ids))):
            seen.setdefault(rs.record_id, set()).add(rs.hash)
    return merge.history(versions, seen)


def _remember(session: Session, agreed: dict[str, set[str]]) -> None:
    for rid, hashes in agreed.items():
        known = set(session.exec(select(RecordSeen.hash).where(RecordSeen.record_id == rid)))
        session.add_all(RecordSeen(record_id=rid, hash=h) for h in hashes - known)


# --- removed records (tombstones) -------------------------------------------------------------

def note_removals(session: Session, store, case_id: str) -> dict[str, merge.Tombstone]:
    """The tombstones of a case, after keeping one for each record removed here (found in the
    case's kept versions) and lifting those of records someone here brought back."""
    kept = {r.record_id: r for r in session.exec(select(RecordRemoved).where(RecordRemoved.case_id == case_id))}
    current = cases.document_of(session, case_id)
    if current is not None:
        doc = json.loads(current)
        for rid in set(merge.records(doc)) & set(kept):
            session.delete(kept.pop(rid))  # restored or re-entered here: a choice a person made
        revs = list(session.exec(select(CaseRevision).where(CaseRevision.case_id == case_id)
                                 .order_by(CaseRevision.seq)))
        docs = [json.loads(r.document) for r in revs]
        gone = {rid: v for rid, v in merge.removals(doc, docs).items() if rid not in kept}
        if gone:
            versions = merge.history(docs)
            for rs in session.exec(select(RecordSeen).where(RecordSeen.record_id.in_(gone))):
                versions.setdefault(rs.record_id, set()).add(rs.hash)
            for rid, (kind, last) in gone.items():
                kept[rid] = RecordRemoved(record_id=rid, case_id=case_id, kind=kind, removed_at=revs[last].saved_at,
                                          removed_by=store.actor, versions=json.dumps(sorted(versions.get(rid, ()))))
                session.add(kept[rid])
    return {rid: _tombstone(r) for rid, r in kept.items()}


def _tombstone(row: RecordRemoved) -> merge.Tombstone:
    return merge.Tombstone(row.record_id, row.case_id, row.kind, row.removed_at, row.removed_by,
                           frozenset(json.loads(row.versions)))


def _keep_tombstones(session: Session, combined: dict[str, merge.Tombstone],
                     before: dict[str, merge.Tombstone], sender: str) -> None:
    for rid, t in combined.items():
        if before.get(rid) == t:
            continue
        row = session.get(RecordRemoved, rid) or RecordRemoved(record_id=rid, received_from=sender)
        row.case_id, row.kind, row.removed_at, row.removed_by = t.case_id, t.kind, t.removed_at, t.removed_by
        row.versions = json.dumps(sorted(t.versions))
        session.add(row)


def removals_to_send(session: Session, store, case_ids: list[str]) -> list[interchange.Removal]:
    """Tombstones of the cases, as the interchange document carries them."""
    out = []
    for case_id in case_ids:
        for t in sorted(note_removals(session, store, case_id).values(), key=lambda t: t.record_id):
            out.append(interchange.Removal(case=t.case_id, id=t.record_id, kind=t.kind, removed_at=t.removed_at,
                                           removed_by=t.removed_by, versions=sorted(t.versions)))
    return out


# --- sending --------------------------------------------------------------------------------

@dataclass(frozen=True)
class SendResult:
    bundle_id: str
    cases: list[str]           # references
    recipients: list[str]
    evidence_files: int
    bytes: int


def consent_problems(selected: list[Case]) -> list[str]:
    """References of cases without consent to share with partners."""
    return [c.reference for c in selected if not (c.consent and c.consent.allows(SCOPE))]


def send(store, refs: list[str], to: list[str], output: Path, override_consent: str | None = None,
         evidence: Evidence | None = None, progress: Callable[[int, int], None] | None = None) -> SendResult:
    """Write an encrypted, signed bundle of cases for ``to`` (recipients or contact names) and for
    this store itself. Refuses cases without consent unless ``override_consent`` gives a reason."""
    evidence = evidence or NoEvidence()
    if not refs:
        raise NotFound("Name at least one case to send.", code="send.no_case")
    recipients = identity.resolve_recipients(store, to)
    if not recipients:
        raise NotFound("Name at least one recipient (--to).", code="send.no_recipient")
    age_secret, signer, me = identity.private_keys(store)
    with store.write() as s:  # writes only the tombstones of records removed here since the last time
        selected = cases.get_cases(s, refs)
        selected = list({c.id: c for c in selected}.values())
        removed = removals_to_send(s, store, [c.id for c in selected])
        links = people_links.links_to_send(s, [c.id for c in selected])
        registry = facilities.facilities_to_send(s, selected)
        history = {c.id: {rid: sorted(hs) for rid, hs in known_history(s, c.id).items()} for c in selected}
        files = [info for c in selected for info in evidence.list(s, c.id)]
    missing = consent_problems(selected)
    if missing and not (override_consent and override_consent.strip()):
        raise ConsentMissing(f"No consent to share with partners for {', '.join(missing)}. Nothing was sent. Record the "
                             "consent in the case, or override with a reason (it goes into the audit log).", code="send.no_consent", cases=", ".join(missing))
    cases_json = interchange.to_json(selected, removed, links, registry).encode()
    parts = [bundle.cases_part(cases_json)] + [bundle.evidence_part(f) for f in files]
    everyone = list(dict.fromkeys([*recipients, me.recipient]))
    manifest = bundle.manifest_for(bundle.Sender(name=store.actor, recipient=me.recipient, signing_key=me.signing_key),
                                   everyone, parts, history)
    output = Path(output)
    try:
        with atomic_writer(output) as out:
            bundle.write_bundle(out, everyone, manifest, signer.sign, cases_json,
                                lambda part: evidence.open(part.evidence_id), progress)
    except BundleError as exc:
        raise BundleRefused(str(exc), exc.reason, code=exc.code, **exc.values) from None
    with store.write() as s:
        for c in selected:
            if c.reference in missing:
                store.log(s, "consent_overridden", "case", c.id, bundle=manifest.id, reason=override_consent.strip())
        store.log(s, "bundle_sent", "bundle", manifest.id, cases=[c.id for c in selected],
                  recipients=len(everyone), evidence_files=len(files))
        evidence.sent(s, files, manifest)
    return SendResult(manifest.id, [c.reference for c in selected], everyone, len(files), output.stat().st_size)


# --- receiving ------------------------------------------------------------------------------

@dataclass
class IncomingBundle:
    """A decrypted, verified bundle, not yet merged. Its evidence is staged; call ``accept`` or ``discard``."""
    manifest: Manifest
    cases: list[Case]
    known_sender: Contact | None
    already_received: bool
    _evidence: Evidence
    _staged: list = field(default_factory=list)
    # An unknown signer's evidence is not read until the person accepts the signer (see accept).
    evidence_pending: bool = False
    _path: Path | None = None
    removed: list[interchange.Removal] = field(default_factory=list)  # tombstones it carries
    links: list[interchange.Link] = field(default_factory=list)  # people linked across its cases
    facilities: list[interchange.Facility] = field(default_factory=list)  # registry entries its events point to
    _by_case: dict | None = None

    @property
    def fingerprint(self) -> str:
        return self.manifest.fingerprint

    @property
    def sender_name(self) -> str:
        return self.known_sender.name if self.known_sender else self.manifest.sender.name

    def removals_of(self, case_id: str) -> list[interchange.Removal]:
        """The tombstones it carries for one of its cases (those of cases it does not hold are ignored)."""
        if self._by_case is None:
            self._by_case = {}
            for r in self.removed:
                self._by_case.setdefault(r.case, []).append(r)
        return self._by_case.get(case_id, [])

    def discard(self) -> None:
        staged, self._staged = self._staged, []
        self._evidence.discard(staged)


def open_bundle(store, path: Path, evidence: Evidence | None = None,
                progress: Callable[[int, int], None] | None = None,
                accept_signer: str | None = None) -> IncomingBundle:
    """Decrypt the bundle and verify its signature and every part. No case changes. The manifest
    is checked first (addressed to this store, sizes within limits and within the free disk); only
    then, and only from a signer in the address book or accepted by ``accept_signer`` (its
    fingerprint), are evidence files staged (hidden) until ``accept`` or ``discard``. An unknown
    signer's bundle is read up to its cases: ``evidence_pending``. Raises BundleRefused with a
    message for the user; the refusal goes into the audit log only once the signer is accepted,
    so a stranger's file never writes a byte into the store. No plaintext is written to disk."""
    evidence = evidence or NoEvidence()
    age_secret, _signer, me = identity.private_keys(store)
    staged: list = []
    seen: dict = {}

    def check(manifest: Manifest) -> bool:
        seen["manifest"] = manifest
        seen["trusted"] = _signer_accepted(store, manifest, accept_signer, me)
        _check_manifest(manifest, me.recipient)
        if seen["trusted"]:
            _check_room(evidence, manifest)
        return seen["trusted"]

    def take(part: Part, reader: BinaryIO) -> None:
        # A short read of its own: a snapshot held through the whole bundle would keep the
        # store's write-ahead log from being given back after each large file.
        with store.read() as s:
            if evidence.has(s, part.evidence_id):
                return  # already here; the bytes are still checked against the manifest
        staged.append(evidence.stage(bundle.evidence_record(part), reader))

    def refused(reason: Refusal, message: str, code: str = "", values: dict | None = None) -> BundleRefused:
        evidence.discard(staged)
        out = BundleRefused(message, reason, code=code, **(values or {}))
        if seen.get("trusted"):
            record_refusal(store, reason, seen["manifest"])
            out.logged = True
        return out

    path = Path(path)
    try:
        with open(path, "rb", buffering=0) as src:
            manifest, cases_json = bundle.read_bundle(src, age_secret, check, take, progress,
                                                      total=path.stat().st_size)
        doc = interchange.loads(cases_json)
        ids = {c.id for c in doc.cases}
        if any(c.id is None for c in doc.cases) or any(
                p.case_id not in ids for p in manifest.parts if p.evidence_id):
            raise BundleError("This bundle's cases or evidence files are inconsistent. It was refused.", Refusal.INVALID)
    except (BundleError, BundleRefused) as exc:
        raise refused(exc.reason, str(exc), exc.code, exc.values) from None
    except InterchangeError as exc:
        raise refused(Refusal.INVALID_CASES, f"The cases in this bundle are not valid ({exc}). It was refused; "
                      "nothing was changed.") from None
    except BaseException:
        evidence.discard(staged)
        raise
    with store.read() as s:
        known = _known_sender(s, manifest, me)
        again = s.get(ReceivedBundle, manifest.id) is not None
    pending = not seen["trusted"] and any(p.evidence_id for p in manifest.parts)
    return IncomingBundle(manifest, doc.cases, known, again, evidence, staged, pending, path, removed=doc.removed,
                          links=doc.links, facilities=doc.facilities)


def _known_sender(s: Session, manifest: Manifest, me) -> Contact | None:
    known = identity.contact_by_fingerprint(s, manifest.fingerprint)
    if known is None and manifest.fingerprint == me.fingerprint:
        known = Contact(name="yourself", recipient=me.recipient, signing_key=me.signing_key,
                        fingerprint=me.fingerprint, verified=True, added_at="")
    return known


def _signer_accepted(store, manifest: Manifest, accept_signer: str | None, me) -> bool:
    """The signer is in the address book, is this store, or is the one the person accepted."""
    if accept_signer is not None and bundle.normalize_fingerprint(accept_signer) == manifest.fingerprint:
        return True
    with store.read() as s:
        return _known_sender(s, manifest, me) is not None


def _check_manifest(manifest: Manifest, my_recipient: str) -> None:
    if my_recipient not in manifest.recipients:
        raise BundleError("This bundle was not addressed to you: its signed list of recipients does not "
                          "include this store. Someone re-encrypted it. It was refused; nothing was changed.",
                          Refusal.MISADDRESSED)


def _check_room(evidence: Evidence, manifest: Manifest) -> None:
    """Before the first evidence byte: the store's disk must hold every declared file."""
    room = getattr(evidence, "check_room", None)
    if room is not None:
        total, largest = bundle.evidence_size(manifest)
        if total:
            room(total, largest)


def _take_pending_evidence(store, incoming: IncomingBundle, progress) -> None:
    """The person accepted an unknown signer: read the bundle again, now staging its evidence,
    and make sure it is the same bundle (the file may have been swapped in between)."""
    again = open_bundle(store, incoming._path, incoming._evidence, progress, accept_signer=incoming.fingerprint)
    if again.manifest != incoming.manifest:
        again.discard()
        raise BundleRefused("The bundle file changed while it was being received. Nothing was changed; "
                            "receive it again.", Refusal.DAMAGED, code="bundle.changed_while_receiving")
    incoming._staged, incoming.evidence_pending = again._staged, False


@dataclass
class ReceiveResult:
    bundle_id: str
    sender: str
    fingerprint: str
    already_received: bool = False
    added: list[str] = field(default_factory=list)       # references
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)   # references with records waiting for a person
    evidence_files: int = 0
    older: int = 0          # records whose incoming version was behind ours, or already removed: ignored
    not_restored: int = 0   # records removed (here or by a sender) that came again in a newer version: ignored
    removed: int = 0        # records taken out because the sender removed them


def accept(store, incoming: IncomingBundle, accept_signer: str | None = None,
           progress: Callable[[int, int], None] | None = None) -> ReceiveResult:
    """Merge a verified bundle in one transaction. An unknown signer is refused unless
    ``accept_signer`` is its fingerprint (then its evidence is read now, with ``progress``); the
    refusal writes nothing. Conflicting records are kept as pending conflicts."""
    m = incoming.manifest
    result = ReceiveResult(m.id, incoming.sender_name, m.fingerprint)
    try:
        if incoming.known_sender is None and (
                accept_signer is None or bundle.normalize_fingerprint(accept_signer) != m.fingerprint):
            raise UnknownSigner(m.fingerprint, m.sender.name)
        if incoming.evidence_pending:
            _take_pending_evidence(store, incoming, progress)
        with store.write() as s:
            if s.get(ReceivedBundle, m.id) is not None:
                result.already_received = True
                store.log(s, "bundle_received_again", "bundle", m.id, signer=m.fingerprint)
                incoming.discard()
                return result
            # The registry first, so that the events of the cases point to facilities that are here.
            problems = facilities.unresolved(s, incoming.facilities, incoming.cases)
            if problems:
                raise InterchangeError(problems)
            facilities.apply_facilities(s, store, incoming.facilities, source=f"bundle {m.id}")
            for case in incoming.cases:
                _merge_one(s, store, incoming, case, result)
            if incoming.links:  # after the cases, so that their persons are known
                persons = {p.id for c in incoming.cases for p in c.persons if p.id}
                people_links.apply_links(s, store, incoming.links, persons, source=f"bundle {m.id}")
            result.evidence_files = len(incoming._staged)
            incoming._evidence.commit(s, incoming._staged, m)
            summary = {k: len(getattr(result, k)) for k in ("added", "updated", "unchanged", "conflicts")}
            summary.update(older=result.older, not_restored=result.not_restored, removed=result.removed)
            s.add(ReceivedBundle(id=m.id, sender=m.fingerprint, received_at=_now(), summary=json.dumps(summary)))
            store.log(s, "bundle_received", "bundle", m.id, signer=m.fingerprint,
                      known_signer=incoming.known_sender is not None, cases=[c.id for c in incoming.cases],
                      evidence_files=result.evidence_files, **summary)
    except InterchangeError as exc:
        incoming.discard()
        record_refusal(store, Refusal.INVALID_CASES, m)
        raise BundleRefused(f"The cases in this bundle could not be merged ({exc}). Nothing was changed.",
                            Refusal.INVALID_CASES) from None
    except BundleRefused as exc:
        incoming.discard()
        # an unknown signer writes nothing; a second reading of the bundle logged its own refusal
        if not isinstance(exc, UnknownSigner) and not getattr(exc, "logged", False):
            record_refusal(store, exc.reason, m)
        raise
    except BaseException:
        incoming.discard()
        raise
    incoming._staged = []
    return result


def record_refusal(store, reason: Refusal, manifest: Manifest | None = None) -> None:
    """Put a refused bundle in the audit log: why (the code of ``reason``, never a message), and,
    once its signature was checked, its id and signer. Nothing of what it holds."""
    detail = {"reason": Refusal(reason).value}
    if manifest is not None:
        detail["signer"] = manifest.fingerprint
    with store.write() as s:
        store.log(s, "bundle_refused", "bundle", manifest.id if manifest is not None else None, **detail)


def refuse(store, incoming: IncomingBundle) -> None:
    """The person refused a verified bundle (an unknown sender, say): forget it, and say so in the log."""
    incoming.discard()
    record_refusal(store, Refusal.REFUSED_BY_USER, incoming.manifest)


def _merge_one(s: Session, store, incoming: IncomingBundle, case: Case, result: ReceiveResult) -> None:
    m = incoming.manifest
    reason = f"received in bundle {m.id} from {m.fingerprint}"
    current = cases.document_of(s, case.id)
    local = interchange.validate_case(json.loads(current)) if current is not None else None
    their_history = {rid: set(hs) for rid, hs in m.history.get(case.id, {}).items()}
    ours_removed = note_removals(s, store, case.id)
    combined = dict(ours_removed)
    for r in incoming.removals_of(case.id):
        combined[r.id] = merge.combine(combined.get(r.id), merge.Tombstone(
            r.id, case.id, r.kind, r.removed_at, r.removed_by, frozenset(r.versions)))
    outcome = merge.merge_case(local, case, known_history(s, case.id), their_history, combined)
    result.older += len(outcome.older)
    result.not_restored += len(outcome.kept_removed)
    result.removed += len(outcome.removed)
    _keep_tombstones(s, combined, ours_removed, m.fingerprint)
    if outcome.merged is not None:
        try:
            cases.save_case(s, store, outcome.merged, reason=reason)
        except Conflict:
            raise BundleRefused(f"The bundle's case {case.reference} uses a reference that another case in this store "
                                "already has. Rename one of them and receive again. Nothing was changed.",
                                Refusal.REFERENCE_TAKEN, code="bundle.reference_taken", ref=case.reference) from None
    _remember(s, outcome.agreed)
    for c in outcome.conflicts:
        s.exec(delete(PendingConflict).where(PendingConflict.case_id == c.case_id,
                                             PendingConflict.record_id == c.record_id))
        s.add(PendingConflict(case_id=c.case_id, record_id=c.record_id, kind=c.kind, bundle_id=m.id,
                              sender=incoming.sender_name,
                              incoming=json.dumps(c.incoming, ensure_ascii=False),
                              history=json.dumps(sorted(their_history.get(c.record_id, set()))), created_at=_now()))
        store.log(s, "conflict_recorded", c.kind, c.record_id, case=c.case_id, bundle=m.id, fields=list(c.fields))
    {"added": result.added, "updated": result.updated, "unchanged": result.unchanged,
     "conflict": result.conflicts}[outcome.outcome].append(outcome.reference)


def receive(store, path: Path, accept_signer: str | None = None, evidence: Evidence | None = None,
            progress: Callable[[int, int], None] | None = None,
            confirm: Callable[[IncomingBundle], bool] | None = None) -> ReceiveResult:
    """open_bundle + accept. ``confirm`` is asked about an unknown signer (e.g. at a terminal)."""
    incoming = open_bundle(store, path, evidence, progress, accept_signer=accept_signer)
    if incoming.known_sender is None and accept_signer is None and confirm is not None:
        if confirm(incoming):
            accept_signer = incoming.fingerprint
    return accept(store, incoming, accept_signer, progress)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


# --- conflicts waiting for a person ---------------------------------------------------------

@dataclass(frozen=True)
class PendingView:
    pk: int
    case_id: str
    reference: str
    conflict: merge.RecordConflict
    sender: str


def pending_conflicts(store, case_id: str | None = None) -> list[PendingView]:
    """Conflicts waiting to be resolved, each with our current version of the record beside theirs."""
    out = []
    with store.read() as s:
        q = select(PendingConflict).order_by(PendingConflict.pk)
        if case_id:
            q = q.where(PendingConflict.case_id == case_id)
        for p in s.exec(q):
            local = cases.get_case(s, p.case_id)
            mine = merge.records(local.model_dump(mode="json")).get(p.record_id, (p.kind, {}))[1]
            theirs = json.loads(p.incoming)
            out.append(PendingView(p.pk, p.case_id, local.reference,
                                   merge.RecordConflict(p.case_id, p.record_id, p.kind, mine, theirs,
                                                        merge.differing_fields(mine, theirs)), p.sender))
    return out


def resolve_conflict(store, pk: int, choices: dict[str, str]) -> Case:
    """Apply a person's field-by-field choice ("mine"/"theirs") to a pending conflict and save."""
    with store.write() as s:
        p = s.get(PendingConflict, pk)
        if p is None:
            raise NotFound("That conflict has already been resolved.", code="conflict.resolved")
        local = cases.get_case(s, p.case_id)
        mine = merge.records(local.model_dump(mode="json")).get(p.record_id, (p.kind, {}))[1]
        theirs = json.loads(p.incoming)
        conflict = merge.RecordConflict(p.case_id, p.record_id, p.kind, mine, theirs, merge.differing_fields(mine, theirs))
        resolved = merge.resolve(local, conflict, choices)
        saved, _outcome = cases.save_case(s, store, resolved, reason=f"conflict from bundle {p.bundle_id} resolved")
        _remember(s, {p.record_id: set(json.loads(p.history)) | {conflict.incoming_hash}})
        s.delete(p)
        store.log(s, "conflict_resolved", p.kind, p.record_id, case=p.case_id, bundle=p.bundle_id,
                  theirs=sorted(f for f, c in choices.items() if c == "theirs"))
    return saved


def sha256_of(reader: BinaryIO) -> tuple[int, str]:
    digest, size = hashlib.sha256(), 0
    while chunk := reader.read(1 << 20):
        digest.update(chunk)
        size += len(chunk)
    return size, digest.hexdigest()
