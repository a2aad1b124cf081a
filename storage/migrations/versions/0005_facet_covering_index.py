"""The filter index carries the case it points to.

Filtering the case list by a violation, tag or facility read the facet table's own row for every
matching entry (tens of thousands of encrypted pages for a common violation at 100,000 cases) only
to learn which case it belongs to. With the case in the index, the filter is answered from the
index alone: about four times faster at that scale.

Revision ID: 0005
Revises: 0004
"""
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

STATEMENTS = [
    "CREATE INDEX ix_case_facet_kind_value_case ON case_facet (kind, value, case_pk)",
    "DROP INDEX ix_case_facet_kind_value",
]


def upgrade() -> None:
    for sql in STATEMENTS:
        op.execute(sql)
