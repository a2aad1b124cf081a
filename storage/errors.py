"""Errors of the store, each with a message a person can act on. None of them carries case data."""


class StoreError(Exception):
    """Base class: the message says what is wrong and what to do."""


class StoreNotFound(StoreError):
    pass


class StoreExists(StoreError):
    pass


class KeyFileMissing(StoreError):
    pass


class WrongPassphrase(StoreError):
    pass


class StoreDamaged(StoreError):
    pass


class WeakPassphrase(StoreError):
    pass


class NotFound(StoreError):
    """A case or record that is not in the store."""


class Conflict(StoreError):
    """A change that would clash with what the store holds (a reference used twice)."""
