"""The window's text for each refusal of the store, in the window's language.

A refusal (storage.errors.StoreError) carries a stable ``code`` and the ``values`` its message
quotes; its English message is for the command line. Here each code has a text that lupdate
collects (context "errors"), so a Russian, Kazakh or Uyghur user reads the refusal in their own
language. A value named ``*_bytes`` is shown as a file size (ui.i18n.size_text), a number with the
language's digit grouping; a value named ``problem`` is a problem of the interchange schema, told by
problem_text below. A refusal without a text here is shown as a general sentence in the window's language,
followed by its English message, so that nothing is hidden.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from models import vocab
from ui import language
from ui.i18n import size_text

CONTEXT = "errors"

TEXTS: dict[str, str] = {
    # the store and its keys
    "store.missing": QT_TRANSLATE_NOOP("errors", "There is no Casefile store at {path}."),
    "store.not_a_store": QT_TRANSLATE_NOOP("errors", "{path} is not a Casefile store."),
    "store.empty_db": QT_TRANSLATE_NOOP("errors", "{path} is not a Casefile store: {file} is empty. Nothing was changed."),
    "store.folder_not_empty": QT_TRANSLATE_NOOP(
        "errors", "{path} already exists and is not empty. Choose a new folder for the store."),
    "store.folder_not_yours": QT_TRANSLATE_NOOP(
        "errors", "{path} belongs to another user, so Casefile cannot make it private. "
        "Choose a folder of your own for the store."),
    "store.undecryptable": QT_TRANSLATE_NOOP(
        "errors", "{file} cannot be decrypted: the file is damaged, or the key file belongs to another store. "
        "Nothing was changed; restore the store from a backup."),
    "store.newer": QT_TRANSLATE_NOOP(
        "errors", "This store was made by a newer version of Casefile. Update Casefile to open it."),
    "store.busy": QT_TRANSLATE_NOOP(
        "errors", "Another Casefile is writing to this store. Nothing was changed; try again when it has finished."),
    "key_file.missing": QT_TRANSLATE_NOOP(
        "errors", "The key file {file} is missing from {folder}. Restore it from your backup of the store; "
        "without it the store cannot be opened."),
    "key_file.damaged": QT_TRANSLATE_NOOP(
        "errors", "The key file {file} in {folder} is damaged or has been tampered with. Restore it from your backup."),
    "key_file.out_of_bounds": QT_TRANSLATE_NOOP(
        "errors", "The key file {file} is damaged or has been tampered with: its passphrase settings are outside "
        "the bounds Casefile accepts. Restore it from your backup."),
    "key_file.no_passphrase": QT_TRANSLATE_NOOP(
        "errors", "The key file has no passphrase entry. Use the recovery key."),
    "key_file.no_recovery": QT_TRANSLATE_NOOP("errors", "The key file has no recovery entry."),
    "key_file.other_store": QT_TRANSLATE_NOOP("errors", "The key file in {path} belongs to another store."),
    "key_file.mismatch": QT_TRANSLATE_NOOP("errors", "The key file does not match the open store."),
    "passphrase.wrong": QT_TRANSLATE_NOOP("errors", "The passphrase is wrong."),
    "passphrase.weak": QT_TRANSLATE_NOOP(
        "errors", "This passphrase is too weak. Use at least 10 characters; several unrelated words are easiest "
        "to remember."),
    "recovery_key.wrong": QT_TRANSLATE_NOOP("errors", "The recovery key is wrong."),
    "recovery_key.malformed": QT_TRANSLATE_NOOP(
        "errors", "That is not a recovery key: it has 32 letters and digits in eight groups of four."),
    "device_key.wrong": QT_TRANSLATE_NOOP("errors", "The key remembered on this device does not open this store."),
    "keyring.none": QT_TRANSLATE_NOOP(
        "errors", "This computer has no secure keyring, so the store cannot be remembered here."),
    "stopped": QT_TRANSLATE_NOOP("errors", "Stopped. Nothing was changed."),
    "version.missing": QT_TRANSLATE_NOOP("errors", "That version is not in this store."),
    # backups
    "backup.damaged": QT_TRANSLATE_NOOP(
        "errors", "{path} is not a complete Casefile backup: it is damaged, truncated or altered. Nothing was written."),
    "backup.copy_unchecked": QT_TRANSLATE_NOOP(
        "errors", "The copy of the database did not check out, so no backup was written. "
        "Run Check the store, then try again."),
    "backup.inside_store": QT_TRANSLATE_NOOP(
        "errors", "A backup cannot be written inside the store's own folder. Choose another place."),
    "backup.no_folder": QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."),
    "backup.name_taken": QT_TRANSLATE_NOOP(
        "errors", "{path} already exists and is not a Casefile backup. Choose another name."),
    "backup.no_space": QT_TRANSLATE_NOOP(
        "errors", "There is not enough free space in {folder} for a backup of this store."),
    "backup.missing": QT_TRANSLATE_NOOP("errors", "There is no backup file at {path}."),
    "backup.key_file_other_store": QT_TRANSLATE_NOOP(
        "errors", "The key file beside the store belongs to another store. No backup was written."),
    "backup.newer": QT_TRANSLATE_NOOP(
        "errors", "{path} was made by a newer version of Casefile (backup format {version}). "
        "Update Casefile to restore it. Nothing was written."),
    "restore.folder_not_empty": QT_TRANSLATE_NOOP(
        "errors", "{folder} already exists and is not empty. Choose a new folder for the restored store."),
    "restore.no_space": QT_TRANSLATE_NOOP(
        "errors", "There is not enough free space in {folder} to restore this backup."),
    "restore.key_needed": QT_TRANSLATE_NOOP(
        "errors", "A passphrase or the recovery key of the backed-up store is needed."),
    # cases, persons, records
    "case.missing": QT_TRANSLATE_NOOP("errors", "There is no case {ref} in this store."),
    "case.reference_taken": QT_TRANSLATE_NOOP(
        "errors", "The reference {ref} is already used by another case in this store."),
    "record.missing": QT_TRANSLATE_NOOP(
        "errors", "Case {ref} has no person, account or event with the id {id}."),
    "person.missing": QT_TRANSLATE_NOOP("errors", "That person is in no case of this store."),
    "person.bad_name": QT_TRANSLATE_NOOP(
        "errors", "Name a person as CASE/KEY, a case reference and the person's key within it, not '{name}'."),
    "person.no_key": QT_TRANSLATE_NOOP("errors", "Case {ref} has no person with the key {key}."),
    "person.link_self": QT_TRANSLATE_NOOP("errors", "A person cannot be linked to itself."),
    "person.link_twice_in_case": QT_TRANSLATE_NOOP(
        "errors", "{a} and {b} would be one person twice in case {ref}, so they cannot be linked."),
    "person.not_linked": QT_TRANSLATE_NOOP("errors", "{person} is not linked to anyone."),
    "person.apart_self": QT_TRANSLATE_NOOP("errors", "A person cannot be told apart from itself."),
    "person.apart_linked": QT_TRANSLATE_NOOP("errors", "{a} and {b} are linked; unlink one of them first."),
    "photo.not_person": QT_TRANSLATE_NOOP(
        "errors", "Exhibit {exhibit} is not recorded for a person, so it cannot be a person's photo."),
    # places of detention
    "facility.invalid": QT_TRANSLATE_NOOP("errors", "The facility was not saved: it is not valid ({problem})."),
    "facility.missing": QT_TRANSLATE_NOOP("errors", "There is no such facility in this store."),
    "facility.in_use": QT_TRANSLATE_NOOP(
        "errors", "Events point to this facility ({count}); unlink them before removing it."),
    "event.missing": QT_TRANSLATE_NOOP("errors", "The case {ref} has no such event."),
    "event.no_facility": QT_TRANSLATE_NOOP("errors", "This event points to no facility; there is nothing to unlink."),
    # evidence files
    "evidence.missing": QT_TRANSLATE_NOOP("errors", "There is no evidence file {id} in this store."),
    "evidence.gone": QT_TRANSLATE_NOOP("errors", "There is no such evidence file in this store."),
    "evidence.none": QT_TRANSLATE_NOOP("errors", "There are no evidence files in this store."),
    "evidence.part_missing": QT_TRANSLATE_NOOP("errors", "Part {part} of this file is missing from the store."),
    "evidence.no_space": QT_TRANSLATE_NOOP(
        "errors", "Not enough free disk space to attach a file of {size_bytes}: it needs about {needed_bytes} "
        "while it is being added, and {free_bytes} is free. Nothing was added."),
    "evidence.bad_date": QT_TRANSLATE_NOOP(
        "errors", "'{date}' is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD."),
    "evidence.not_a_file": QT_TRANSLATE_NOOP("errors", "{path} is not a file. Attach files one at a time."),
    "evidence.altered_in_transit": QT_TRANSLATE_NOOP(
        "errors", "The content of {file} does not match the SHA-256 and size it came with: "
        "it was altered or damaged on the way. Nothing was added."),
    "evidence.too_large_to_show": QT_TRANSLATE_NOOP("errors", "This file is {size_bytes}, too large to show here."),
    "evidence.hash_changed": QT_TRANSLATE_NOOP(
        "errors", "{file} no longer has the SHA-256 recorded at intake; it was not exported."),
    "evidence.changed_while_attaching": QT_TRANSLATE_NOOP(
        "errors", "{file} changed while it was being attached. Nothing was added; "
        "attach it again once nothing is writing to it."),
    "evidence.removed": QT_TRANSLATE_NOOP(
        "errors", "Evidence file {id} was removed from this store; it is not added again."),
    "evidence.id_clash": QT_TRANSLATE_NOOP(
        "errors", "Evidence file {id} is already in this store with other content or in another case."),
    # contacts and keys
    "contact.no_name": QT_TRANSLATE_NOOP("errors", "A contact needs a name."),
    "contact.name_taken": QT_TRANSLATE_NOOP("errors", "There is already a contact named {name}. Choose another name."),
    "contact.key_taken": QT_TRANSLATE_NOOP("errors", "That signing key is already in the address book as {name}."),
    "contact.missing": QT_TRANSLATE_NOOP("errors", "There is no contact named {name}."),
    "contact.unknown_recipient": QT_TRANSLATE_NOOP(
        "errors", "{spec} is neither an age recipient (age1…) nor a name in the address book."),
    "key.bad_recipient": QT_TRANSLATE_NOOP("errors", "That is not an age recipient (they start with age1)."),
    "key.bad_signing_key": QT_TRANSLATE_NOOP(
        "errors", "That is not a signing key. It looks like ed25519:… (44 characters after the colon)."),
    # sending and receiving bundles
    "send.no_case": QT_TRANSLATE_NOOP("errors", "Name at least one case to send."),
    "send.no_recipient": QT_TRANSLATE_NOOP("errors", "Name at least one recipient."),
    "send.no_consent": QT_TRANSLATE_NOOP(
        "errors", "No consent to share with partners for {cases}. Nothing was sent. Record the consent in the case, "
        "or override with a reason (it goes into the audit log)."),
    "conflict.resolved": QT_TRANSLATE_NOOP("errors", "That conflict has already been resolved."),
    "bundle.file_lost": QT_TRANSLATE_NOOP(
        "errors", "A file of this bundle was lost before it could be added. Nothing was changed."),
    "bundle.evidence_unsupported": QT_TRANSLATE_NOOP(
        "errors", "This bundle carries evidence files, which this version of Casefile cannot store yet. "
        "Nothing was changed."),
    "bundle.changed_while_receiving": QT_TRANSLATE_NOOP(
        "errors", "The bundle file changed while it was being received. Nothing was changed; receive it again."),
    "bundle.reference_taken": QT_TRANSLATE_NOOP(
        "errors", "The bundle's case {ref} uses a reference that another case in this store already has. "
        "Rename one of them and receive again. Nothing was changed."),
    "bundle.no_space": QT_TRANSLATE_NOOP(
        "errors", "Not enough free disk space for this bundle's evidence files: they need about {needed_bytes} "
        "and {free_bytes} is free. The bundle was refused; nothing was changed."),
    "bundle.other_version": QT_TRANSLATE_NOOP(
        "errors", "This bundle was made by another version of Casefile. Update Casefile, or ask the sender to "
        "make it with the version you have. It was refused; nothing was changed."),
    "bundle.identity_damaged": QT_TRANSLATE_NOOP(
        "errors", "This store's own key for opening bundles is damaged, so no bundle can be received. "
        "Restore the store from a backup. Nothing was changed."),
    "bundle.unknown_signer": QT_TRANSLATE_NOOP(
        "errors", "This bundle was signed by a key that is not in your address book: {fingerprint} "
        "(it calls itself '{name}'). Compare the fingerprint with the sender, by phone or in person, "
        "before you accept it. Nothing was changed."),
    # a bundle refused for one of the reasons of exports.bundle.Refusal, without a text of its own
    "bundle.misaddressed": QT_TRANSLATE_NOOP(
        "errors", "This bundle was not addressed to you. It was refused; nothing was changed."),
    "bundle.unsigned": QT_TRANSLATE_NOOP(
        "errors", "This bundle is not signed. It was refused: its sender cannot be known."),
    "bundle.bad_signature": QT_TRANSLATE_NOOP(
        "errors", "This bundle's signature does not match its content: it was altered or forged. It was refused."),
    "bundle.refused_by_user": QT_TRANSLATE_NOOP("errors", "You refused this bundle. Nothing was changed."),
    "bundle.invalid_cases": QT_TRANSLATE_NOOP(
        "errors", "The cases in this bundle are not valid or could not be merged. It was refused; nothing was changed."),
    "bundle.damaged": QT_TRANSLATE_NOOP(
        "errors", "This bundle is damaged: cut off, altered or unreadable. It was refused; nothing was changed."),
    "bundle.not_a_bundle": QT_TRANSLATE_NOOP("errors", "This file is not a Casefile bundle. It was refused."),
    "bundle.invalid": QT_TRANSLATE_NOOP(
        "errors", "This bundle holds something a bundle may not hold. It was refused; nothing was changed."),
    "bundle.bad_key": QT_TRANSLATE_NOOP("errors", "A recipient's key or a signing key is not valid."),
    "bundle.no_recipient": QT_TRANSLATE_NOOP("errors", "Name at least one recipient."),
    "bundle.evidence_changed": QT_TRANSLATE_NOOP(
        "errors", "An evidence file no longer matches its recorded size and SHA-256. No bundle was written."),
    "bundle.not_written": QT_TRANSLATE_NOOP("errors", "The bundle could not be written. Nothing was sent."),
    # a PDF the leak check cannot read (exports.pdf_raw.PdfRefused, shown by the brief window)
    "pdf.too_slow": QT_TRANSLATE_NOOP(
        "errors", "Checking the PDF took longer than {seconds} seconds; Casefile stopped and cannot say it is free "
        "of leaks."),
    "pdf.bomb": QT_TRANSLATE_NOOP(
        "errors", "The PDF's streams decompress to more than {limit_bytes} in all (it may be a compression bomb); "
        "Casefile cannot check it."),
    "pdf.bomb_stream": QT_TRANSLATE_NOOP(
        "errors", "A stream in the PDF decompresses to more than {limit_bytes} (it may be a compression bomb); "
        "Casefile cannot check it."),
    "pdf.too_many_objects": QT_TRANSLATE_NOOP(
        "errors", "The PDF has more than {count} objects; Casefile cannot check it."),
    "pdf.unreadable": QT_TRANSLATE_NOOP(
        "errors", "The PDF is damaged or uses features the text extractors cannot read; Casefile cannot check it."),
    "pdf.too_large": QT_TRANSLATE_NOOP("errors", "The PDF is larger than {limit_bytes}; Casefile cannot check it."),
    "pdf.not_a_pdf": QT_TRANSLATE_NOOP("errors", "The file is not a PDF; Casefile cannot check it."),
    "pdf.encrypted": QT_TRANSLATE_NOOP(
        "errors", "The PDF is password-protected (encrypted); Casefile cannot check it."),
    "pdf.too_many_revisions": QT_TRANSLATE_NOOP(
        "errors", "The PDF has more than {count} revisions; Casefile cannot check it."),
}

GENERAL = QT_TRANSLATE_NOOP("errors", "Casefile refused this step. Nothing was changed. The reason, in English:")


def _value(name: str, value: object, locale: QLocale) -> str:
    if name.endswith("_bytes") and isinstance(value, int):
        return size_text(value)
    if name == "problem" and isinstance(value, str):  # what the interchange schema says ("lat: not a number")
        return problem_text(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return locale.toString(value)
    return str(value)


def window_text(code: str, values: dict[str, object], locale: QLocale | None = None) -> str | None:
    """The text for ``code`` in the installed language with its values filled in; None for a code
    that has no text."""
    source = TEXTS.get(code)
    if source is None:
        return None
    locale = locale or QLocale()
    shown = {name: _value(name, value, locale) for name, value in values.items()}
    return QCoreApplication.translate(CONTEXT, source).format_map(_Missing(shown))


def general(message: str) -> str:
    """A refusal without a text of its own: a sentence in the window's language, then the English reason."""
    return QCoreApplication.translate(CONTEXT, GENERAL) + "\n" + message


class _Missing(dict):
    """A placeholder with no value stays visible rather than failing the message."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


# What is wrong with a field of a case (models.interchange's validation, "path: message"): each
# message the format gives, as a pattern of the English and a text in the window's language. The
# values a pattern takes are shown as they came, except: ``n``, ``m``, ``line`` and ``column`` are
# numbers (written with the language's digit grouping), ``size`` is a size such as "64 MiB" or
# "1,024 bytes" (ui.i18n.size_text), ``script``/``was`` are English labels of scripts (shown in the
# window's language) and ``choices`` is pydantic's "'a', 'b' or 'c'" (shown as a plain list).
_N = r"(?P<{0}>\d[\d,]*)"
_SIZE = r"(?P<size>\d[\d,]* (?:MiB|bytes))"
_PROBLEMS: list[tuple[str, str]] = [
    (r"required field is missing", QT_TRANSLATE_NOOP("problems", "required field is missing")),
    (r"unknown field", QT_TRANSLATE_NOOP("problems", "unknown field")),
    (r"not a whole number", QT_TRANSLATE_NOOP("problems", "not a whole number")),
    (r"not a string", QT_TRANSLATE_NOOP("problems", "not a string")),
    (r"not true or false", QT_TRANSLATE_NOOP("problems", "not true or false")),
    (r"not a list", QT_TRANSLATE_NOOP("problems", "not a list")),
    (r"not an object", QT_TRANSLATE_NOOP("problems", "not an object")),
    (r"not a UUID", QT_TRANSLATE_NOOP("problems", "not a UUID")),
    (r"'(?P<value>.*)' is not one of: (?P<allowed>.*)", QT_TRANSLATE_NOOP("problems", "'{value}' is not one of: {allowed}")),
    (r"not a two-letter country code \(ISO 3166-1, e\.g\. CN, KZ\)",
     QT_TRANSLATE_NOOP("problems", "not a two-letter country code (ISO 3166-1, e.g. CN, KZ)")),
    (r"must not be empty", QT_TRANSLATE_NOOP("problems", "must not be empty")),
    (r"not a date of the form YYYY, YYYY-MM or YYYY-MM-DD",
     QT_TRANSLATE_NOOP("problems", "not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")),
    (r"month must be 01 to 12", QT_TRANSLATE_NOOP("problems", "month must be 01 to 12")),
    (r"no such day", QT_TRANSLATE_NOOP("problems", "no such day")),
    (r"not a year", QT_TRANSLATE_NOOP("problems", "not a year")),
    (r"birth_date and birth_year disagree", QT_TRANSLATE_NOOP("problems", "the date and the year of birth disagree")),
    (r"end must be after start", QT_TRANSLATE_NOOP("problems", "end must be after start")),
    (r"end is before start", QT_TRANSLATE_NOOP("problems", "end is before start")),
    (r"no person with key '(?P<key>.*)'", QT_TRANSLATE_NOOP("problems", "no person with key '{key}'")),
    (r"no account with key '(?P<key>.*)'", QT_TRANSLATE_NOOP("problems", "no account with key '{key}'")),
    (r"no source with key '(?P<key>.*)'", QT_TRANSLATE_NOOP("problems", "no source with key '{key}'")),
    (r"'(?P<key>.*)' is used twice", QT_TRANSLATE_NOOP("problems", "'{key}' is used twice")),
    (r"names a person twice", QT_TRANSLATE_NOOP("problems", "names a person twice")),
    (r"the same name is given twice", QT_TRANSLATE_NOOP("problems", "the same name is given twice")),
    (r"the same id is used by two records", QT_TRANSLATE_NOOP("problems", "the same id is used by two records")),
    (r"latitude and longitude go together", QT_TRANSLATE_NOOP("problems", "latitude and longitude go together")),
    # the rest of the schema's own checks
    (r"not a version hash \(64 lowercase hexadecimal digits\)",
     QT_TRANSLATE_NOOP("problems", "not a version hash (64 lowercase hexadecimal digits)")),
    (r"not a date and time \(ISO 8601, e\.g\. 2026-03-01T10:00:00\+00:00\)",
     QT_TRANSLATE_NOOP("problems", "not a date and time (ISO 8601, e.g. 2026-03-01T10:00:00+00:00)")),
    (r"has no time zone \(e\.g\. \+00:00\)", QT_TRANSLATE_NOOP("problems", "has no time zone (e.g. +00:00)")),
    (r"not between (?P<low>-?[\d.]+) and (?P<high>-?[\d.]+)",
     QT_TRANSLATE_NOOP("problems", "not between {low} and {high}")),
    (r"two names in (?P<script>.+) \(make one of them an alias\)",
     QT_TRANSLATE_NOOP("problems", "two names in {script} (make one of them an alias)")),
    (r"after the end of the text \({n} characters\)".format(n=_N.format("n")),
     QT_TRANSLATE_NOOP("problems", "after the end of the text ({n} characters)")),
    (r"the name is written in (?P<script>.+) letters, not (?P<was>.+); stored as (?P=script)",
     QT_TRANSLATE_NOOP("problems", "the name is written in {script} letters, not {was}; stored as {script}")),
    # pydantic's messages for the types and bounds of the schema
    (r"Input should be a valid number(?:, unable to parse string as a number)?",
     QT_TRANSLATE_NOOP("problems", "not a number")),
    (r"Input should be greater than or equal to {n}".format(n=_N.format("n")),
     QT_TRANSLATE_NOOP("problems", "must be {n} or more")),
    (r"Input should be (?P<choices>'.*'|-?\d+)", QT_TRANSLATE_NOOP("problems", "must be one of: {choices}")),
    (r"List should have at most {n} items? after validation, not {m}".format(n=_N.format("n"), m=_N.format("m")),
     QT_TRANSLATE_NOOP("problems", "too many items: {m}; at most {n} are allowed")),
    (r"List should have at least {n} items? after validation, not {m}".format(n=_N.format("n"), m=_N.format("m")),
     QT_TRANSLATE_NOOP("problems", "too few items: {m}; at least {n} are needed")),
    (r"String should have at most {n} characters?".format(n=_N.format("n")),
     QT_TRANSLATE_NOOP("problems", "too long: at most {n} characters are allowed")),
    (r"Value should have at most {n} items? after validation, not {m}".format(n=_N.format("n"), m=_N.format("m")),
     QT_TRANSLATE_NOOP("problems", "too long: {m}; at most {n} are allowed")),
    # the limits on a document from outside (models.interchange, models.interchange_stream)
    (r"nested more than {n} levels deep".format(n=_N.format("n")),
     QT_TRANSLATE_NOOP("problems", "nested too deep (more than {n} levels)")),
    (r"has a field name that is not valid", QT_TRANSLATE_NOOP("problems", "has a field name that is not valid")),
    (r"a text of {n} characters is longer than the limit of {m}".format(n=_N.format("n"), m=_N.format("m")),
     QT_TRANSLATE_NOOP("problems", "a text is too long: {n} characters, the limit is {m}")),
    (r"contains a lone surrogate \(\\u escape\), which is not text",
     QT_TRANSLATE_NOOP("problems", "contains a lone surrogate (\\u escape), which is not text")),
    (r"not a '(?P<value>.*)' document", QT_TRANSLATE_NOOP("problems", "not a '{value}' document")),
    (r"version (?P<value>.*) is not supported \(this application reads {n}\)".format(n=_N.format("n")),
     QT_TRANSLATE_NOOP("problems", "version {value} is not supported (this application reads version {n})")),
    (r"given twice in the document", QT_TRANSLATE_NOOP("problems", "the cases are given twice in the document")),
    (r"more than the limit of {n} cases in one document".format(n=_N.format("n")),
     QT_TRANSLATE_NOOP("problems", "too many cases in one document (the limit is {n})")),
    (r"larger than the limit of {size} for one case".format(size=_SIZE),
     QT_TRANSLATE_NOOP("problems", "this case is larger than the limit of {size} for one case")),
    # what an import finds against the store (storage.importing, storage.people_links)
    (r"'(?P<value>.*)' is also the reference of (?P<other>cases\[\d+\])",
     QT_TRANSLATE_NOOP("problems", "'{value}' is also the reference of {other}")),
    (r"'(?P<value>.*)' is already used by another case in this store \(a different id\)",
     QT_TRANSLATE_NOOP("problems", "'{value}' is already the reference of another case in this store (with another id)")),
    (r"no person of the document or of this store has this id",
     QT_TRANSLATE_NOOP("problems", "no person of the document or of this store has this id")),
    (r"no facility of the document or of this store has this id",
     QT_TRANSLATE_NOOP("problems", "no facility of the document or of this store has this id")),
]
_PROBLEM_PATTERNS = [(re.compile(pattern, re.DOTALL), text) for pattern, text in _PROBLEMS]

# A refusal of the whole document, matched against the whole problem (it names no field, or names
# the file, whose name may hold ": ").
_DOCUMENT_PROBLEMS: list[tuple[str, str]] = [
    (r"the document is not a JSON object", QT_TRANSLATE_NOOP("problems", "the document is not a JSON object")),
    (r"not valid UTF-8 JSON", QT_TRANSLATE_NOOP("problems", "the document is not valid UTF-8 JSON")),
    (r"not valid UTF-8 JSON \(line {line}, column {column}\)".format(line=_N.format("line"),
                                                                     column=_N.format("column")),
     QT_TRANSLATE_NOOP("problems", "the document is not valid UTF-8 JSON (line {line}, column {column})")),
    (r"(?P<file>.+): not valid UTF-8 JSON \(near byte {n}\)".format(n=_N.format("n")),
     QT_TRANSLATE_NOOP("problems", "{file} is not valid UTF-8 JSON (near byte {n})")),
    (r"the document is larger than the limit of {size}".format(size=_SIZE),
     QT_TRANSLATE_NOOP("problems", "the document is larger than the limit of {size}")),
    (r"(?P<file>.+) is larger than the limit of {size} for a document".format(size=_SIZE),
     QT_TRANSLATE_NOOP("problems", "{file} is larger than the limit of {size} for a document")),
    (r"the fields of the document other than cases are larger than the limit of {size}".format(size=_SIZE),
     QT_TRANSLATE_NOOP("problems", "the fields of the document other than the cases are larger than the limit of {size}")),
    (r"the document: nested more than {n} levels deep".format(n=_N.format("n")),
     QT_TRANSLATE_NOOP("problems", "the document is nested too deep (more than {n} levels)")),
    (r"the document: has a field name that is not valid",
     QT_TRANSLATE_NOOP("problems", "the document has a field name that is not valid")),
    (r"case (?P<ref>.+), event (?P<key>.+): place\.facility_id: no facility of the document or of this store has "
     r"this id",
     QT_TRANSLATE_NOOP("problems", "case {ref}, event {key}: no facility of the document or of this store has "
                       "the id of its place")),
]
_DOCUMENT_PATTERNS = [(re.compile(pattern, re.DOTALL), text) for pattern, text in _DOCUMENT_PROBLEMS]
_SIZE_UNITS = {"MiB": 1024 * 1024, "bytes": 1}


def _shown(name: str, value: str) -> str:
    """A value a pattern took, as the window's language writes it (see above)."""
    if name in ("n", "m", "line", "column"):
        return language.locale().toString(int(value.replace(",", "")))
    if name == "size":
        number, unit = value.split(" ")
        return size_text(int(number.replace(",", "")) * _SIZE_UNITS[unit])
    if name in ("script", "was"):
        return _script_label(value, language.current())
    if name == "choices":
        return value.replace("' or '", "', '")
    return value


def _script_label(english: str, in_language: str) -> str:
    code = next((c for c, label in vocab.terms(vocab.SCRIPT).items() if label == english), None)
    return vocab.label(vocab.SCRIPT, code, in_language) if code else english


def _filled(match: re.Match, text: str) -> str:
    values = {name: _shown(name, value) for name, value in match.groupdict().items()}
    return QCoreApplication.translate("problems", text).format_map(_Missing(values))


def problem_message(message: str) -> str:
    """The message of a validation problem in the window's language; as it is when the format
    gives one this table does not know yet."""
    for pattern, text in _PROBLEM_PATTERNS:
        if m := pattern.fullmatch(message):
            return _filled(m, text)
    return message


def problem_text(problem: str) -> str:
    """'persons[1].birth_year: not a year' with its message in the window's language; a refusal
    of the whole document ('the document is not a JSON object') in the window's language too."""
    for pattern, text in _DOCUMENT_PATTERNS:
        if m := pattern.fullmatch(problem):
            return _filled(m, text)
    # The path ends at the first ": " after which a known message follows (a field name may hold ": ").
    for sep in re.finditer(": ", problem):
        message = problem[sep.end():]
        if any(pattern.fullmatch(message) for pattern, _ in _PROBLEM_PATTERNS):
            return problem[:sep.end()] + problem_message(message)
    return problem_message(problem)
