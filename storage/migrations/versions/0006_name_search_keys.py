"""Search finds a name in every spelling the name model knows.

The ``translit`` column of the full-text index held one loose Latin key per word; it now holds the
match keys of models.names (a loose key and a consonant skeleton per word of the names, title and
places), so ``Тұрсынай`` finds ``Tursunay`` and ``Baurzhan`` finds ``Бауыржан``. The index is
built from the case documents by the program's own name model, which a migration must not freeze:
this revision marks the index stale, and the store rebuilds it from the documents when it is
opened (storage.cases.reindex_if_stale), in the same transaction as the migration.

Revision ID: 0006
Revises: 0005
"""
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

STATEMENTS = [
    "DELETE FROM meta WHERE key = 'search_index'",
]


def upgrade() -> None:
    for sql in STATEMENTS:
        op.execute(sql)
