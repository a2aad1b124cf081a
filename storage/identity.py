"""This store's identity (an age X25519 key pair to receive, an Ed25519 key pair to sign) and the
address book of colleagues.

The private keys live only inside the encrypted store (``secret`` table), made on first use.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlmodel import Session, select

from exports.bundle import BundleError, fingerprint, normalize_fingerprint, parse_recipient, parse_signing_key, signing_key_text
from models.tables import Contact
from storage.errors import Conflict, NotFound, StoreError
from storage.files import atomic_write

AGE_SECRET = "identity.age"
SIGNING_SECRET = "identity.ed25519"


class InvalidKey(StoreError):
    """A recipient or signing key that is not one."""


@dataclass(frozen=True)
class Identity:
    recipient: str          # age1…
    signing_key: str        # ed25519:…
    fingerprint: str        # XXXX-XXXX-XXXX-XXXX-XXXX


def _keys(session: Session, store) -> tuple[str, Ed25519PrivateKey]:
    """This store's private keys, made and kept in the store the first time they are needed."""
    age_secret = store.secret(session, AGE_SECRET)
    signing_secret = store.secret(session, SIGNING_SECRET)
    if age_secret is None:
        age_secret = str(pyrage.x25519.Identity.generate()).encode()
        store.set_secret(session, AGE_SECRET, age_secret)
    if signing_secret is None:
        from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat
        signing_secret = Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        store.set_secret(session, SIGNING_SECRET, signing_secret)
    return age_secret.decode(), Ed25519PrivateKey.from_private_bytes(signing_secret)


def _public(age_secret: str, signer: Ed25519PrivateKey) -> Identity:
    raw = signer.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    recipient = str(pyrage.x25519.Identity.from_str(age_secret).to_public())
    return Identity(recipient, signing_key_text(raw), fingerprint(raw))


def identity(store) -> Identity:
    with store.write() as s:  # the keys are made on first use
        return _public(*_keys(s, store))


def private_keys(store) -> tuple[str, Ed25519PrivateKey, Identity]:
    """The age identity (AGE-SECRET-KEY-…), the signing key, and the public identity. Never logged."""
    with store.write() as s:
        age_secret, signer = _keys(s, store)
    return age_secret, signer, _public(age_secret, signer)


def export_age_key(store) -> str:
    """The age identity as an age key file, for opening bundles with the standard `age` tool."""
    age_secret, _signer, ident = private_keys(store)
    with store.write() as s:
        store.log(s, "age_key_exported", "identity", ident.fingerprint)
    created = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    return f"# created: {created} by Casefile\n# public key: {ident.recipient}\n{age_secret}\n"


def save_age_key(store, path: Path) -> Path:
    """``export_age_key`` written atomically to ``path``, readable by its owner only."""
    atomic_write(Path(path), export_age_key(store).encode())
    return Path(path)


# --- the address book -----------------------------------------------------------------------

def fingerprint_of(signing_key: str) -> str | None:
    """The fingerprint of a signing key as a person types it (ed25519:…), or None while it is not one:
    what the address book shows beside the key being entered."""
    try:
        return fingerprint(parse_signing_key(signing_key))
    except BundleError:
        return None


def _check_recipient(recipient: str) -> str:
    try:
        parse_recipient(recipient)
    except BundleError as exc:
        raise InvalidKey(str(exc), code="key.bad_recipient") from None
    return recipient.strip()


def _checked(name: str, recipient: str, signing_key: str | None) -> tuple[str, str, str | None, str | None]:
    """A contact's name, recipient and signing key as stored, and the key's fingerprint; a clear
    error for any of them that is not right."""
    name = name.strip()
    if not name:
        raise InvalidKey("A contact needs a name.", code="contact.no_name")
    recipient = _check_recipient(recipient)
    fp = None
    if signing_key:
        try:
            raw = parse_signing_key(signing_key)
        except BundleError as exc:
            raise InvalidKey(str(exc), code="key.bad_signing_key") from None
        signing_key, fp = signing_key_text(raw), fingerprint(raw)
    return name, recipient, signing_key, fp


def add_contact(store, name: str, recipient: str, signing_key: str | None = None, verified: bool = False) -> Contact:
    name, recipient, signing_key, fp = _checked(name, recipient, signing_key)
    with store.write() as s:
        if s.exec(select(Contact).where(Contact.name == name)).first():
            raise Conflict(f"There is already a contact named {name}. Choose another name.", code="contact.name_taken", name=name)
        if fp and (other := s.exec(select(Contact).where(Contact.fingerprint == fp)).first()):
            raise Conflict(f"That signing key is already in the address book as {other.name}.", code="contact.key_taken", name=other.name)
        contact = Contact(name=name, recipient=recipient, signing_key=signing_key, fingerprint=fp, verified=verified,
                          added_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))
        s.add(contact)
        s.flush()
        store.log(s, "contact_added", "contact", str(contact.pk), verified=verified, has_signing_key=bool(fp))
    return contact


def contacts(store) -> list[Contact]:
    with store.read() as s:
        return list(s.exec(select(Contact).order_by(Contact.name)))


def remove_contact(store, name: str) -> None:
    with store.write() as s:
        contact = s.exec(select(Contact).where(Contact.name == name)).first()
        if contact is None:
            raise NotFound(f"There is no contact named {name}.", code="contact.missing", name=name)
        s.delete(contact)
        store.log(s, "contact_removed", "contact", str(contact.pk))


def set_verified(store, name: str, verified: bool = True) -> None:
    with store.write() as s:
        contact = s.exec(select(Contact).where(Contact.name == name)).first()
        if contact is None:
            raise NotFound(f"There is no contact named {name}.", code="contact.missing", name=name)
        contact.verified = verified
        s.add(contact)
        store.log(s, "contact_verified" if verified else "contact_unverified", "contact", str(contact.pk))


def update_contact(store, name: str, new_name: str, recipient: str, signing_key: str | None,
                   verified: bool) -> Contact:
    """Change a contact. A new signing key clears nothing silently: the caller says whether its
    fingerprint was checked."""
    new_name, recipient, signing_key, fp = _checked(new_name, recipient, signing_key)
    with store.write() as s:
        contact = s.exec(select(Contact).where(Contact.name == name)).first()
        if contact is None:
            raise NotFound(f"There is no contact named {name}.", code="contact.missing", name=name)
        if new_name != name and s.exec(select(Contact).where(Contact.name == new_name)).first():
            raise Conflict(f"There is already a contact named {new_name}. Choose another name.", code="contact.name_taken", name=new_name)
        if fp and (other := s.exec(select(Contact).where(Contact.fingerprint == fp)).first()) and other.pk != contact.pk:
            raise Conflict(f"That signing key is already in the address book as {other.name}.", code="contact.key_taken", name=other.name)
        changed_key = fp != contact.fingerprint
        contact.name, contact.recipient, contact.signing_key = new_name, recipient, signing_key or None
        contact.fingerprint, contact.verified = fp, verified
        s.add(contact)
        store.log(s, "contact_changed", "contact", str(contact.pk), verified=verified, signing_key_changed=changed_key)
    return contact


def contact_by_fingerprint(session: Session, fp: str) -> Contact | None:
    return session.exec(select(Contact).where(Contact.fingerprint == normalize_fingerprint(fp))).first()


def resolve_recipients(store, specs: list[str]) -> list[str]:
    """``--to`` values (an age1… recipient or a contact's name) as age recipients."""
    out = []
    with store.read() as s:
        for spec in specs:
            spec = spec.strip()
            contact = s.exec(select(Contact).where(Contact.name == spec)).first()
            if contact is not None:
                out.append(contact.recipient)
            elif spec.startswith("age1"):
                out.append(_check_recipient(spec))
            else:
                raise NotFound(f"{spec} is neither an age recipient (age1…) nor a name in the address book. "
                               "See `contacts STORE list`.", code="contact.unknown_recipient", spec=spec)
    return list(dict.fromkeys(out))
