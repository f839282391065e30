"""Alembic environment. The caller passes an open connection in
``config.attributes["connection"]`` (see desk_app.services.schema); batch mode on SQLite."""

from __future__ import annotations

from alembic import context

from desk_app.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("desk_app migrations run through desk_app.services.schema")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("offline migrations are not supported")
run_migrations_online()
