"""The migrations build exactly the schema the models describe (tables, columns, types,
nullability, indexes, constraints), on both databases: a model changed without a
migration, or a migration that drifts from the model, fails here."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from desk_app.models import Base


def _differences(sync_conn) -> list:
    context = MigrationContext.configure(sync_conn, opts={"compare_type": True})
    return [d for d in compare_metadata(context, Base.metadata)
            if not (isinstance(d, tuple) and d and d[0] == "remove_table"
                    and d[1].name == "alembic_version")]


async def test_migrated_schema_matches_the_models(db):
    async with db.engine.connect() as conn:
        diffs = await conn.run_sync(_differences)
    assert diffs == []
