"""Print the DDL the models describe, as SQLite statements.

Used once per schema change to write a new numbered migration (compare with
the previous schema and keep only what changed); tests/test_migrations.py
checks that the migrations build exactly the schema the models describe.
"""

from sqlalchemy import create_mock_engine
from sqlalchemy.dialects import sqlite

import planner.models as models


def ddl() -> str:
    out: list[str] = []

    def collect(sql, *args, **kw):
        out.append(str(sql.compile(dialect=sqlite.dialect())).strip() + ";\n")

    engine = create_mock_engine("sqlite://", collect)
    models.Base.metadata.create_all(engine, checkfirst=False)
    return "\n".join(out)


if __name__ == "__main__":
    print(ddl())
