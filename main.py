"""Casefile: the composition root. With no command, opens the window; otherwise runs one command.

The command line never imports Qt. Errors are one or two plain sentences on standard error, never
a traceback, and never case data: an unexpected error is reported by its kind only.
Exit status: 0 done; 1 refused or failed; 2 wrong usage.
"""
from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

PASSPHRASE_ENV = "CASEFILE_PASSPHRASE"
RECOVERY_ENV = "CASEFILE_RECOVERY_KEY"


class Refused(Exception):
    """A command that cannot go on; the message is for the user."""


# --- helpers ---------------------------------------------------------------------------------

def _ask(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise Refused(f"No terminal to ask for the passphrase. Set {PASSPHRASE_ENV} or run the command in a terminal.")
    return getpass.getpass(prompt)


def _passphrase(confirm: bool = False) -> str:
    env = os.environ.get(PASSPHRASE_ENV)
    if env is not None:
        return env
    first = _ask("Passphrase: ")
    if confirm and _ask("The same passphrase again: ") != first:
        raise Refused("The two passphrases differ. Nothing was created.")
    return first


def _opening_progress(done: int, total: int) -> None:
    """What the first opening by a newer version does, once, on standard error."""
    if total <= 0:
        print("Updating this store for this version of Casefile (once)…", file=sys.stderr, flush=True)
    elif done == total or done % 10_000 == 0:
        print(f"Rebuilding the search index: {done:,} of {total:,} cases", file=sys.stderr, flush=True)


def open_store(path: str):
    from storage.store import Store

    return Store.open(Path(path), passphrase=_passphrase(), progress=_opening_progress)


def shown(text) -> str:
    """Text from outside (names, references, file names, messages from bundles and documents) as it
    may be printed: controls, terminal escapes and bidi overrides as visible escapes."""
    from models.outside_text import escape_controls

    return escape_controls(text)


def _out_json(value) -> None:
    from models.outside_text import escape_json_output

    sys.stdout.write(escape_json_output(json.dumps(value, ensure_ascii=False, indent=2)) + "\n")


def _summary_dict(c) -> dict:
    return {"id": c.id, "reference": c.reference, "title": c.title, "status": c.status,
            "applicant": c.applicant, "next_hearing": c.next_hearing, "updated_at": c.updated_at}


# --- commands --------------------------------------------------------------------------------

def _print_cases(rows, as_json: bool) -> int:
    """Case summaries as `list` and `search` print them: tab-separated lines, or one JSON document."""
    if as_json:
        _out_json([_summary_dict(r) for r in rows])
    else:
        for r in rows:
            print(f"{shown(r.reference)}\t{shown(r.title)}\t{r.status}")
    return 0


def cmd_init(args) -> int:
    from storage.store import Store

    store, recovery = Store.create(Path(args.store), _passphrase(confirm=True), owner=args.owner)
    store.close()
    print(f"Created an encrypted store at {args.store}.")
    print("\nRecovery key (shown only this once; write it down and keep it apart from the laptop):\n")
    print(f"    {recovery}\n")
    print("With it the store can be opened if the passphrase is forgotten. Anyone who has it and the store can read every case.")
    return 0


def cmd_import(args) -> int:
    from storage.interchange_io import import_file

    if args.demo == bool(args.file):
        raise Refused("Give either a FILE.json to import or --demo, not both and not neither.")
    if args.demo:
        import resources

        path = resources.path(*resources.DEMO_CASES)
    else:
        path = Path(args.file)
    with open_store(args.store) as store:
        results = import_file(store, path)
    counts = {o: sum(r.outcome == o for r in results) for o in ("added", "updated", "unchanged")}
    print(f"Imported {len(results)} cases: {counts['added']} added, {counts['updated']} updated, "
          f"{counts['unchanged']} unchanged.")
    return 0


def cmd_export_json(args) -> int:
    from storage.interchange_io import export_file

    with open_store(args.store) as store:
        export_file(store, args.cases or None, Path(args.output))
    print(f"Warning: {args.output} is NOT encrypted. It holds the cases in plain text, names of people at risk "
          "included; share it only inside an encrypted bundle and delete it when done.", file=sys.stderr)
    return 0


def cmd_list(args) -> int:
    from storage.cases import CaseQuery, list_cases

    with open_store(args.store) as store, store.read() as s:
        rows = list_cases(s, CaseQuery(sort="reference", descending=False), 0, 10**9)
    return _print_cases(rows, args.json)


def cmd_search(args) -> int:
    from storage.cases import search_cases

    with open_store(args.store) as store, store.read() as s:
        rows = search_cases(s, args.query, limit=args.limit)
    return _print_cases(rows, args.json)


def cmd_agenda(args) -> int:
    import datetime as dt

    from storage.agenda import due, write_ics

    if not 0 <= args.days <= 3660:
        raise Refused(f"--days is 0 to 3660, not {args.days}.")
    with open_store(args.store) as store, store.read() as s:
        items = due(s, dt.date.today(), args.days)
    if args.ics:
        write_ics(items, Path(args.ics))
        print(f"Wrote {len(items)} item(s) to {args.ics}: case references and kinds only, no names.",
              file=sys.stderr)
    if args.json:
        _out_json({"items": [i.as_dict() for i in items]})
    elif not args.ics:
        for i in items:
            late = "OVERDUE\t" if i.overdue else ""
            print(f"{late}{i.date}\t{i.kind}\t{shown(i.case)}\t{shown(i.what)}")
        if not items:
            print(f"Nothing is due in the next {args.days} days, and nothing is overdue.")
    return 0


def cmd_stats(args) -> int:
    from storage.figures import figures, write_csv

    with open_store(args.store) as store, store.read() as s:
        rows = figures(s, args.by)
    if args.csv:
        write_csv(rows, args.by, Path(args.csv))
    if args.json:
        _out_json({"by": args.by, "rows": [r.as_dict() for r in rows]})
    elif not args.csv:
        print(f"{args.by}\tcases\tpersons\tevents")
        for r in rows:
            print(f"{shown(r.label or r.key or '(not recorded)')}\t{r.cases}\t{r.persons}\t{r.events}")
    return 0


def _person_dict(e) -> dict:
    return {"id": e.id, "names": e.names, "at_risk": e.at_risk, "photo": e.photo,
            "cases": [{"case": a.case, "person": a.person, "role": a.role, "at_risk": a.at_risk} for a in e.cases]}


def _side_dict(side) -> dict:
    return {"case": side.case, "person": side.person, "name": side.name}


def cmd_people(args) -> int:
    from storage import people

    if args.limit is not None and not 1 <= args.limit <= 10_000_000:
        raise Refused(f"--limit is 1 to 10,000,000, not {args.limit}.")
    if args.suggest:
        from storage.people_suggest import all_suggestions

        with open_store(args.store) as store, store.read() as s:
            found = all_suggestions(s, limit=args.limit)
        if args.json:
            _out_json({"suggestions": [{"a": _side_dict(x.a), "b": _side_dict(x.b), "score": round(x.score, 3),
                                        "reasons": [r.english() for r in x.reasons],
                                        "codes": [r.code for r in x.reasons]} for x in found]})
            return 0
        for x in found:
            print(f"{x.score:.2f}\t{shown(x.a.case)}/{shown(x.a.person)}\t{shown(x.a.name)}\t"
                  f"{shown(x.b.case)}/{shown(x.b.person)}\t{shown(x.b.name)}\t"
                  f"{shown('; '.join(r.english() for r in x.reasons))}")
        if not found:
            print("No links to suggest.")
        return 0
    entries = []
    with open_store(args.store) as store, store.read() as s:
        wanted = args.limit if args.limit is not None else people.count_people(s, args.search or "")
        while len(entries) < wanted:  # page by page: the page size is bounded
            size = min(people.MAX_PAGE, wanted - len(entries))
            page = people.list_people(s, args.search or "", len(entries), size)
            entries += page
            if len(page) < size:
                break
    if args.json:
        _out_json({"people": [_person_dict(e) for e in entries]})
        return 0
    for e in entries:
        where = ", ".join(f"{shown(a.case)}/{shown(a.person)} ({a.role})" for a in e.cases)
        print(f"{e.id}\t{shown(e.names[0] if e.names else '')}\t{where}" + ("\tAT RISK" if e.at_risk else ""))
    return 0


def _where_now(session, person_id: str) -> str:
    from storage import people

    entry = people.person_entry(session, person_id)
    refs = ", ".join(shown(a.case) for a in entry.cases)
    return f"one person in {len(entry.cases)} cases: {refs}" if len(entry.cases) > 1 else "recorded in one case only"


def cmd_link(args) -> int:
    from storage import people

    with open_store(args.store) as store, store.write() as s:
        a, b = people.resolve(s, args.person_a), people.resolve(s, args.person_b)
        people.link(s, store, a, b)
        now = _where_now(s, a)
    print(f"Linked {shown(args.person_a)} and {shown(args.person_b)}: {now}.")
    return 0


def cmd_unlink(args) -> int:
    from storage import people

    with open_store(args.store) as store, store.write() as s:
        pid = people.resolve(s, args.person)
        people.unlink(s, store, pid)
    print(f"Unlinked {shown(args.person)}: it is now a person of its own case only.")
    return 0


def _facility_dict(x) -> dict:
    f = x.facility
    return {"id": f.id, "type": f.type, "name": f.display_name(),
            "names": [{"value": n.value, "script": n.script, "alias": n.alias} for n in f.names],
            "county": f.county, "prefecture": f.prefecture, "lat": f.lat, "lon": f.lon, "note": f.note,
            "cases": x.cases, "events": x.events}


def _new_facility(args) -> dict:
    from models.names import name_script

    def name(value: str, alias: bool) -> dict:
        return {"value": value, "script": name_script(value) or "Latn", "alias": alias}

    if not args.name:
        raise Refused("Give the facility at least one --name.")
    from storage.facilities import new_id

    return {"id": new_id(), "type": args.type, "county": args.county, "prefecture": args.prefecture,
            "lat": args.lat, "lon": args.lon, "note": args.note or "",
            "names": [name(v, False) for v in args.name] + [name(v, True) for v in args.alias or []]}


def _case_event(text: str) -> tuple[str, str]:
    case, sep, event = text.rpartition("/")
    if not sep or not case or not event:
        raise Refused("Name an event as CASE/EVENT: the case reference and the event's key, e.g. KZ-2019-014/e1.")
    return case, event


def cmd_facilities(args) -> int:
    from storage import facilities

    with open_store(args.store) as store:
        if args.add:
            with store.write() as s:
                entry = facilities.validated(_new_facility(args))
                facilities.save(s, store, entry)
            print(f"Added the facility {entry.id}.", file=sys.stderr)
        elif args.link:
            case, event = _case_event(args.link[0])
            with store.write() as s:
                facilities.link_event(s, store, case, event, args.link[1])
            print(f"Linked {shown(args.link[0])} to the facility {shown(args.link[1])}.", file=sys.stderr)
        elif args.unlink:
            case, event = _case_event(args.unlink)
            with store.write() as s:
                facilities.unlink_event(s, store, case, event)
            print(f"Unlinked {shown(args.unlink)}: it points to no facility.", file=sys.stderr)
        with store.read() as s:
            if args.offers:
                offers = facilities.offered_links(s)
            else:
                listed = facilities.list_facilities(s, args.search or "")
                places = {x.facility.id: facilities.appearances(s, x.facility.id) for x in listed}
    if args.offers:
        if args.json:
            _out_json({"offers": [{"facility": o.facility_id, "matched": o.facility_name, "case": o.case,
                                   "event": o.event, "date": o.start, "place": o.place} for o in offers]})
            return 0
        for o in offers:
            print(f"{shown(o.case)}/{shown(o.event)}\t{o.start or ''}\t{shown(o.place)}\t{o.facility_id}\t"
                  f"{shown(o.facility_name)}")
        if not offers:
            print("No unlinked place names a facility of the registry.")
        return 0
    if args.json:
        _out_json({"facilities": [{**_facility_dict(x), "appearances": [
            {"case": a.case, "event": a.event, "kind": a.kind, "start": a.start, "end": a.end}
            for a in places[x.facility.id]]} for x in listed]})
        return 0
    for x in listed:
        f = x.facility
        others = "; ".join(n.value for n in f.names[1:])
        print(f"{f.id}\t{f.type}\t{shown(f.display_name())}\t{shown(others)}\t{x.cases} case(s)\t{x.events} event(s)")
    if not listed:
        print("No facility matches." if args.search else "The registry has no facilities yet (add one with --add).")
    return 0


def cmd_attach(args) -> int:
    from models.evidence import format_size
    from storage.evidence import add_file

    with open_store(args.store) as store:
        info = add_file(store, args.case, Path(args.file), description=args.description or "",
                        record_id=args.record, source=args.source or "", received_on=args.received_on)
    print(f"Attached {shown(info.filename)} as exhibit {info.number} ({format_size(info.size)}, {info.media_type}).")
    print(f"SHA-256 {info.sha256}")
    return 0


def cmd_attachments(args) -> int:
    from models.evidence import format_size
    from storage.evidence import list_files

    with open_store(args.store) as store, store.read() as s:
        files = list_files(s, args.case)
    if args.json:
        _out_json([f.as_dict() for f in files])
    else:
        for f in files:
            print(f"{f.number}\t{shown(f.filename)}\t{format_size(f.size)}\t{f.sha256}\t{shown(f.description)}")
    return 0


def cmd_verify(args) -> int:
    from storage.evidence import verify_store

    with open_store(args.store) as store:
        problems = verify_store(store)
    for problem in problems:
        print(shown(problem))
    if problems:
        print(f"{len(problems)} problem(s) found. Nothing was repaired: restore the store from a backup, "
              "or keep this store as it is for inspection.", file=sys.stderr)
        return 1
    print("The store is sound: every encrypted page, the database structure, every evidence file's "
          "SHA-256 and the audit chain check out.")
    return 0


def cmd_identity(args) -> int:
    from storage.identity import identity, save_age_key

    with open_store(args.store) as store:
        me = identity(store)
        if args.export_age_key:
            save_age_key(store, Path(args.export_age_key))
            print(f"Wrote this store's age key to {args.export_age_key}. Anyone who has that file can open every "
                  "bundle sent to you: keep it on an encrypted disk and delete it when done.", file=sys.stderr)
    if args.json:
        _out_json({"recipient": me.recipient, "signing_fingerprint": me.fingerprint, "signing_key": me.signing_key})
    else:
        print(f"Recipient (give this to people who send you cases): {me.recipient}")
        print(f"Signing key (for their address book):                {me.signing_key}")
        print(f"Fingerprint (compare by phone or in person):         {me.fingerprint}")
    return 0


def cmd_contacts(args) -> int:
    from storage import identity

    if args.action != "list" and not args.name:
        raise Refused(f"Name the contact: contacts STORE {args.action} NAME.")
    with open_store(args.store) as store:
        if args.action == "add":
            if not args.recipient:
                raise Refused("Give the contact's age recipient (age1…) and, to receive from them, their signing key.")
            identity.add_contact(store, args.name, args.recipient, args.signing_key, verified=args.verified)
            print(f"Added {shown(args.name)} to the address book.")
        elif args.action == "remove":
            identity.remove_contact(store, args.name)
            print(f"Removed {shown(args.name)} from the address book.")
        elif args.action == "verify":
            identity.set_verified(store, args.name)
            print(f"Marked {shown(args.name)}'s fingerprint as checked in person.")
        else:
            rows = identity.contacts(store)
            if args.json:
                _out_json([{"name": c.name, "recipient": c.recipient, "signing_key": c.signing_key,
                            "fingerprint": c.fingerprint, "verified": c.verified} for c in rows])
            for c in [] if args.json else rows:
                print(f"{shown(c.name)}\t{shown(c.recipient)}\t{c.fingerprint or '-'}\t{'verified' if c.verified else 'not verified'}")
    return 0


def _progress_printer(label: str):
    if not sys.stderr.isatty():
        return None
    last = [-1]

    def show(done: int, total: int) -> None:
        pct = int(done * 100 / total) if total else 100
        if pct != last[0]:
            last[0] = pct
            print(f"\r{label} {pct}%", end="" if pct < 100 else "\n", file=sys.stderr, flush=True)
    return show


def cmd_send(args) -> int:
    from storage.bundle_evidence import StoreEvidence
    from storage.sharing import send

    with open_store(args.store) as store:
        r = send(store, args.cases, args.to, Path(args.output), override_consent=args.override_consent,
                 evidence=StoreEvidence(store), progress=_progress_printer("Encrypting"))
    print(f"Wrote {args.output}: {len(r.cases)} cases, {r.evidence_files} evidence files, encrypted to "
          f"{len(r.recipients)} recipients (you included) and signed.")
    return 0


def cmd_receive(args) -> int:
    from storage.bundle_evidence import StoreEvidence
    from storage.sharing import receive

    def confirm(incoming) -> bool:
        if not sys.stdin.isatty():
            return False
        print(f"This bundle is signed by an unknown key: {incoming.fingerprint} (it calls itself "
              f"{shown(repr(incoming.manifest.sender.name))}). Compare the fingerprint with the sender.", file=sys.stderr)
        return input("Accept this sender? Type yes to accept: ").strip().lower() == "yes"

    with open_store(args.store) as store:
        r = receive(store, Path(args.bundle), accept_signer=args.accept_signer, confirm=confirm,
                    evidence=StoreEvidence(store), progress=_progress_printer("Decrypting"))
    if args.json:
        _out_json({"bundle": r.bundle_id, "sender": r.sender, "signing_fingerprint": r.fingerprint,
                   "already_received": r.already_received, "added": r.added, "updated": r.updated,
                   "unchanged": r.unchanged, "conflicts": r.conflicts, "evidence_files": r.evidence_files,
                   "older_ignored": r.older, "removed_not_restored": r.not_restored, "removed": r.removed})
    elif r.already_received:
        print(f"This bundle from {shown(r.sender)} ({shown(r.fingerprint)}) was received before. Nothing was changed.")
    else:
        print(f"Received from {shown(r.sender)} ({shown(r.fingerprint)}): {len(r.added)} added, {len(r.updated)} updated, "
              f"{len(r.unchanged)} unchanged, {len(r.conflicts)} with conflicts, {r.evidence_files} evidence files.")
        for line in _ignored_lines(r):
            print(line)
        for label, refs in (("added", r.added), ("updated", r.updated), ("conflict", r.conflicts)):
            for ref in refs:
                print(f"{label}\t{shown(ref)}")
        if r.conflicts:
            print("Conflicting records were kept as they are here; resolve them in the window (nothing was overwritten).")
    return 0


def _ignored_lines(r) -> list[str]:
    """What a receive left alone or took out because it was older or removed (README, section replay)."""
    def records(n: int) -> str:
        return f"{n} record{'' if n == 1 else 's'}"

    out = []
    if r.older:
        out.append(f"{records(r.older)} older than this store's, ignored.")
    if r.not_restored:
        out.append(f"{records(r.not_restored)} removed earlier (here or by a sender), not brought back.")
    if r.removed:
        out.append(f"{records(r.removed)} removed because the sender removed {'it' if r.removed == 1 else 'them'} "
                   "(earlier versions are kept in the case's history).")
    return out


def cmd_brief(args) -> int:
    from storage import briefs

    options = briefs.BriefOptions(kind=args.kind, profile=args.profile, paper=args.paper,
                                  anonymity_order=args.anonymity_order, account=args.account,
                                  redaction_log=bool(args.redaction_log), language=args.language)
    with open_store(args.store) as store:
        try:
            prepared = briefs.prepare(store, args.case, options)
        except briefs.ConsentRefused as exc:
            raise Refused(f"{exc} Nothing was written.") from None
        except briefs.LeakFound as exc:
            raise Refused(f"{exc} The brief was not saved.") from None
        except ValueError as exc:   # no such account; a redaction log of an internal brief
            raise Refused(f"{exc}. Nothing was written.") from None
        saved = briefs.save(store, prepared, Path(args.output),
                            Path(args.redaction_log) if args.redaction_log else None)
    pages = "1 page" if saved.pages == 1 else f"{saved.pages} pages"
    print(f"Wrote a {args.kind.replace('_', ' ')} for the {args.profile} profile, {pages}, to {args.output}; "
          "its text was extracted back and no redacted string was found.")
    if saved.log_path:
        print(f"Wrote the redaction log to {args.redaction_log}. It holds the originals: keep it inside the office.")
    return 0


def cmd_check_pdf(args) -> int:
    from storage import briefs

    with open_store(args.store) as store:
        try:
            case, report = briefs.check_pdf(store, args.case, Path(args.pdf), args.profile,
                                            anonymity_order=args.anonymity_order)
        except briefs.PdfRefused as exc:
            raise Refused(str(exc)) from None
    leaks = report.leaks
    for leak in leaks:
        print(shown(leak))
    for what in report.uncheckable:
        print(f"Not checkable: {shown(what)}.", file=sys.stderr)
    if leaks:
        print(f"{len(leaks)} leak(s): this PDF contains what the {args.profile} profile redacts. Do not send it.",
              file=sys.stderr)
        return 1
    if report.uncheckable:
        print(f"No leak found in what could be read, but {len(report.uncheckable)} part(s) of {args.pdf} could not "
              "be checked (listed above): look at them before sending the file.")
        return 0
    order = " under an anonymity order" if args.anonymity_order and args.profile == "court" else ""
    print(f"No leak found: nothing that the {args.profile} profile{order} redacts from {shown(case.reference)} "
          f"is in {args.pdf}.")
    return 0


def cmd_backup(args) -> int:
    from storage.backup import write_backup
    from models.evidence import format_size

    with open_store(args.store) as store:
        info = write_backup(store, Path(args.output))
    print(f"Wrote a verified backup to {info.path} ({format_size(info.size)}). It is encrypted like the store and "
          "opens with the same passphrase or recovery key; keep it on another disk.")
    print(f"SHA-256 {info.sha256}")
    return 0


def cmd_restore(args) -> int:
    from storage.backup import restore_backup

    if args.recovery_key:
        key = os.environ.get(RECOVERY_ENV)
        if key is None:
            key = _ask("Recovery key: ")
        path = restore_backup(Path(args.backup), Path(args.new_store), recovery_key=key)
    else:
        path = restore_backup(Path(args.backup), Path(args.new_store), passphrase=_passphrase())
    print(f"Restored the store to {path}. It opens with the same passphrase and recovery key as the one backed up.")
    return 0


def run_window(args) -> int:
    from ui.app import run

    return run(args)


# --- parsing ---------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    from models.briefs import DEFAULT_KIND, DEFAULT_LANGUAGE, DEFAULT_PAPER, KINDS, PAPERS, PROFILES
    from models.briefs import LANGUAGES as BRIEF_LANGUAGES
    from resources.about import VERSION

    p = argparse.ArgumentParser(prog="casefile", description="Encrypted documentation of human-rights cases.")
    p.add_argument("--version", action="version", version=f"Casefile {VERSION}")
    p.add_argument("--debug", action="store_true",
                   help="write a log of what the program does (no case data) to the log folder; also CASEFILE_DEBUG=1")
    p.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)  # window: quit once it is shown
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    c = sub.add_parser("init", help="create a new, empty, encrypted store")
    c.add_argument("store", metavar="STORE")
    c.add_argument("--owner", help="the name the audit log records for this store's user")
    c.set_defaults(func=cmd_init)

    c = sub.add_parser("import", help="add or update cases from an interchange document; all or nothing")
    c.add_argument("store", metavar="STORE")
    c.add_argument("file", metavar="FILE.json", nargs="?")
    c.add_argument("--demo", action="store_true", help="the three demo cases shipped with Casefile, instead of a file")
    c.set_defaults(func=cmd_import)

    c = sub.add_parser("export-json", help="write cases in the interchange format (plaintext)")
    c.add_argument("store", metavar="STORE")
    c.add_argument("cases", metavar="CASE", nargs="*")
    c.add_argument("-o", "--output", required=True, metavar="FILE.json")
    c.set_defaults(func=cmd_export_json)

    c = sub.add_parser("list", help="the cases: reference, title, status")
    c.add_argument("store", metavar="STORE")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_list)

    c = sub.add_parser("search", help="full-text search, best matches first")
    c.add_argument("store", metavar="STORE")
    c.add_argument("query", metavar="QUERY")
    c.add_argument("--json", action="store_true")
    c.add_argument("--limit", type=int, default=50)
    c.set_defaults(func=cmd_search)

    c = sub.add_parser("agenda", help="hearings and deadlines due across all cases, and overdue deadlines")
    c.add_argument("store", metavar="STORE")
    c.add_argument("--days", type=int, default=7, help="how many days ahead (default 7)")
    c.add_argument("--ics", metavar="FILE", help="also write an iCalendar file: case references and kinds only")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_agenda)

    c = sub.add_parser("stats", help="counts of cases, persons and events, for reports; no personal data")
    c.add_argument("store", metavar="STORE")
    c.add_argument("--by", choices=("violation", "facility", "prefecture", "year", "status"), default="violation")
    c.add_argument("--csv", metavar="FILE", help="write the table as CSV")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_stats)

    c = sub.add_parser("people", help="every person across cases, linked persons as one; or suggested links")
    c.add_argument("store", metavar="STORE")
    c.add_argument("--suggest", action="store_true", help="the suggested links to review, best first")
    c.add_argument("--search", metavar="TEXT", help="only people with a name that matches, in any script")
    c.add_argument("--limit", type=int, metavar="N", help="at most N people or suggestions")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_people)

    c = sub.add_parser("link", help="record that two persons of different cases are one person (CASE/KEY)")
    c.add_argument("store", metavar="STORE")
    c.add_argument("person_a", metavar="CASE/KEY")
    c.add_argument("person_b", metavar="CASE/KEY")
    c.set_defaults(func=cmd_link)

    c = sub.add_parser("unlink", help="take a person (CASE/KEY) out of the persons it was linked to")
    c.add_argument("store", metavar="STORE")
    c.add_argument("person", metavar="CASE/KEY")
    c.set_defaults(func=cmd_unlink)

    c = sub.add_parser("facilities", help="the facility registry: camps, prisons, detention centres, factories")
    c.add_argument("store", metavar="STORE")
    c.add_argument("--search", metavar="TEXT", help="only facilities with a name that matches, in any script")
    c.add_argument("--offers", action="store_true", help="events whose place text names a facility but is not linked")
    c.add_argument("--add", action="store_true", help="add a facility (with --type and --name)")
    c.add_argument("--type", choices=("camp", "prison", "detention_centre", "factory", "other"), default="camp")
    c.add_argument("--name", action="append", metavar="TEXT", help="a name (one per script; repeat for others)")
    c.add_argument("--alias", action="append", metavar="TEXT", help="another name it is known by (repeatable)")
    c.add_argument("--county", metavar="TEXT")
    c.add_argument("--prefecture", metavar="TEXT")
    c.add_argument("--lat", type=float)
    c.add_argument("--lon", type=float)
    c.add_argument("--note", metavar="TEXT")
    c.add_argument("--link", nargs=2, metavar=("CASE/EVENT", "FACILITY"), help="point an event to a facility")
    c.add_argument("--unlink", metavar="CASE/EVENT", help="make an event point to no facility again")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_facilities)

    c = sub.add_parser("attach", help="add an evidence file to a case, encrypted, with its SHA-256 recorded")
    c.add_argument("store", metavar="STORE")
    c.add_argument("case", metavar="CASE")
    c.add_argument("file", metavar="FILE")
    c.add_argument("--description")
    c.add_argument("--source", help="who the file came from")
    c.add_argument("--received-on", metavar="DATE", help="when it was received: YYYY, YYYY-MM or YYYY-MM-DD")
    c.add_argument("--record", metavar="ID", help="the id of a person, account or event of the case it belongs to")
    c.set_defaults(func=cmd_attach)

    c = sub.add_parser("attachments", help="a case's evidence files with sizes and hashes")
    c.add_argument("store", metavar="STORE")
    c.add_argument("case", metavar="CASE")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_attachments)

    c = sub.add_parser("verify", help="check the whole store: encryption, integrity, evidence hashes, audit chain")
    c.add_argument("store", metavar="STORE")
    c.set_defaults(func=cmd_verify)

    c = sub.add_parser("identity", help="this store's age recipient and signing key fingerprint")
    c.add_argument("store", metavar="STORE")
    c.add_argument("--json", action="store_true")
    c.add_argument("--export-age-key", metavar="KEY.txt", help="also write the private age key, for the `age` tool")
    c.set_defaults(func=cmd_identity)

    c = sub.add_parser("contacts", help="the address book: list, add, verify, remove")
    c.add_argument("store", metavar="STORE")
    c.add_argument("action", choices=("list", "add", "verify", "remove"), nargs="?", default="list")
    c.add_argument("name", metavar="NAME", nargs="?")
    c.add_argument("recipient", metavar="RECIPIENT", nargs="?")
    c.add_argument("signing_key", metavar="SIGNING_KEY", nargs="?")
    c.add_argument("--verified", action="store_true", help="the fingerprint was compared in person")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_contacts)

    c = sub.add_parser("send", help="write an encrypted, signed bundle of cases")
    c.add_argument("store", metavar="STORE")
    c.add_argument("cases", metavar="CASE", nargs="+")
    c.add_argument("--to", action="append", required=True, metavar="RECIPIENT", help="age1… or a contact's name")
    c.add_argument("-o", "--output", required=True, metavar="BUNDLE")
    c.add_argument("--override-consent", metavar="REASON")
    c.set_defaults(func=cmd_send)

    c = sub.add_parser("receive", help="verify a bundle and merge its cases")
    c.add_argument("store", metavar="STORE")
    c.add_argument("bundle", metavar="BUNDLE")
    c.add_argument("--accept-signer", metavar="FINGERPRINT")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_receive)

    c = sub.add_parser("brief", help="write a redacted PDF brief, verified before it is saved")
    c.add_argument("store", metavar="STORE")
    c.add_argument("case", metavar="CASE")
    c.add_argument("--profile", required=True, choices=PROFILES)
    c.add_argument("--kind", default=DEFAULT_KIND, choices=KINDS)
    c.add_argument("--paper", default=DEFAULT_PAPER, choices=PAPERS)
    c.add_argument("--anonymity-order", action="store_true",
                   help="the tribunal made an anonymity order: the cover says so, and a court brief shows the "
                        "applicant by initials on every page")
    c.add_argument("--account", metavar="KEY", help="witness statement: the account to print (default: the applicant's)")
    c.add_argument("--language", default=DEFAULT_LANGUAGE, choices=BRIEF_LANGUAGES,
                   help="of the headings, labels, dates and pseudonyms (the case's own text is printed as recorded)")
    c.add_argument("--redaction-log", metavar="LOG.pdf",
                   help="court and public briefs: also write what the profile replaced where, with the originals "
                        "(internal use only)")
    c.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    c.set_defaults(func=cmd_brief)

    c = sub.add_parser("check-pdf", help="run the leak check of a profile on any PDF")
    c.add_argument("pdf", metavar="FILE.pdf")
    c.add_argument("store", metavar="STORE")
    c.add_argument("case", metavar="CASE")
    c.add_argument("--profile", required=True, choices=PROFILES)
    c.add_argument("--anonymity-order", action="store_true",
                   help="check as for a brief made under an anonymity order: the applicant's name is a leak in "
                        "court too")
    c.set_defaults(func=cmd_check_pdf)

    c = sub.add_parser("backup", help="write an encrypted, verified, single-file backup of the whole store")
    c.add_argument("store", metavar="STORE")
    c.add_argument("output", metavar="OUT")
    c.set_defaults(func=cmd_backup)

    c = sub.add_parser("restore", help="make a new store from a backup")
    c.add_argument("backup", metavar="BACKUP")
    c.add_argument("new_store", metavar="NEWSTORE")
    c.add_argument("--recovery-key", action="store_true",
                   help=f"unlock with the recovery key (asked for, or from {RECOVERY_ENV}) instead of the passphrase")
    c.set_defaults(func=cmd_restore)

    return p


# Our top-level packages have generic names; another distribution's `models` or `ui` earlier on
# sys.path would make Casefile fail in strange ways, so it is caught before anything runs.
PACKAGES = ("models", "storage", "exports", "ui", "resources")


def foreign_packages() -> tuple[list[str], list[str]]:
    """Names among PACKAGES that are missing, and those found elsewhere than beside this program."""
    if getattr(sys, "frozen", False):
        return [], []
    from importlib.util import find_spec

    home = Path(__file__).resolve().parent
    missing, foreign = [], []
    for name in PACKAGES:
        spec = find_spec(name)
        if spec is None or not spec.origin:
            missing.append(name)
        elif Path(spec.origin).resolve().parent.parent != home:
            foreign.append(name)
    return missing, foreign


def protect_process() -> list:
    """The whole process's memory protected (storage/hardening.py) before any key is read: no core
    dumps, closed to debuggers and to other programs of the same user where the system allows.
    Returns the steps, each saying whether it took effect."""
    from storage.hardening import harden

    return harden()


def _tell_about_swap_once() -> None:
    """One line on standard error when swap is not encrypted, once (a marker in the state folder)."""
    import platformdirs

    from storage import swap

    line = swap.tell_once(swap.unsafe_swap(), platformdirs.user_state_path("Casefile", appauthor=False) / "swap-told")
    if line:
        print(line, file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    protection = protect_process()
    missing, foreign = foreign_packages()
    if missing:
        print(f"This copy of Casefile is incomplete: the package {', '.join(missing)} is missing. Install Casefile "
              "again.", file=sys.stderr)
        return 1
    if foreign:
        print(f"Another installed package named {', '.join(foreign)} hides Casefile's own; install Casefile "
              "in an environment of its own (for example with pipx) or use the application folder.", file=sys.stderr)
        return 1
    args = build_parser().parse_args(argv)  # wrong usage: argparse exits with 2
    from storage import diagnostics

    log_path = diagnostics.start(args.debug)
    if log_path is not None:
        print(f"Writing a debug log (no case data) to {log_path}", file=sys.stderr)
    for step in protection:
        diagnostics.log.info("protection: %s: %s (%s)", step.name, "done" if step.done else "NOT done", step.why)
    if args.command is not None:  # the window says it in a message of its own (ui/swap_notice.py)
        _tell_about_swap_once()
    status = 1
    try:
        with diagnostics.Timer(diagnostics.describe(args)):
            status = _run(args)
        return status
    finally:
        diagnostics.log.info("exit status %s", status)


def _run(args) -> int:
    from storage import diagnostics

    from models.interchange import InterchangeError
    from storage.errors import StoreError

    try:
        return run_window(args) if args.command is None else args.func(args)
    except ImportError as exc:  # a frozen or installed copy missing a module: say which, and what to do
        diagnostics.failure(exc)
        print(f"This copy of Casefile is incomplete: the module {exc.name or '?'} is missing. Install Casefile "
              "again (a frozen build must collect it: see packaging/casefile.spec).", file=sys.stderr)
        return 1
    except (Refused, StoreError, InterchangeError) as exc:
        diagnostics.log.info("refused: %s", type(exc).__name__)
        print(shown(exc), file=sys.stderr)
        if isinstance(exc, InterchangeError) and len(exc.problems) > 1:
            for problem in exc.problems[1:20]:
                print(shown(problem), file=sys.stderr)
        return 1
    except FileNotFoundError as exc:
        print(f"{shown(exc.filename)}: no such file.", file=sys.stderr)
        return 1
    except PermissionError as exc:
        print(f"{shown(exc.filename)}: permission denied.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Stopped. Nothing half-done was kept.", file=sys.stderr)
        return 1
    except Exception as exc:  # never a traceback, never data: only the kind of failure
        diagnostics.failure(exc)
        print(f"Casefile failed unexpectedly ({type(exc).__name__}). Nothing was changed. "
              "Please report the command you ran, without any case data; run it again with --debug for a log "
              "that holds none.", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
