"""The window's text for each refusal of the store, in the window's language.

A refusal (storage.errors.StoreError) carries a stable ``code`` and the ``values`` its message
quotes; its English message is for the command line. Here each code has a text that lupdate
collects (context "errors"), so a Russian, Kazakh or Uyghur user reads the refusal in their own
language. A value named ``*_bytes`` is shown as a file size (ui.i18n.size_text), a number with the
language's digit grouping. A refusal without a text here is shown as a general sentence in the window's language,
followed by its English message, so that nothing is hidden.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

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
}

GENERAL = QT_TRANSLATE_NOOP("errors", "Casefile refused this step. Nothing was changed. The reason, in English:")


def _value(name: str, value: object, locale: QLocale) -> str:
    if name.endswith("_bytes") and isinstance(value, int):
        return size_text(value)
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
# message the format gives, as a pattern of the English and a text in the window's language.
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
]
_PROBLEM_PATTERNS = [(re.compile(pattern), text) for pattern, text in _PROBLEMS]


def problem_message(message: str) -> str:
    """The message of a validation problem in the window's language; as it is when the format
    gives one this table does not know yet."""
    for pattern, text in _PROBLEM_PATTERNS:
        if m := pattern.fullmatch(message):
            return QCoreApplication.translate("problems", text).format(**m.groupdict())
    return message


def problem_text(problem: str) -> str:
    """'persons[1].birth_year: not a year' with its message in the window's language."""
    path, sep, message = problem.partition(": ")
    return path + sep + problem_message(message) if sep else problem_message(problem)
