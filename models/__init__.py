"""The case data: vocabularies, partial dates, the interchange schema and the store's tables. No Qt."""
