"""Alembic environment: always run with a connection handed in by storage.migrate."""
from alembic import context

from models.tables import SQLModel

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=SQLModel.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
