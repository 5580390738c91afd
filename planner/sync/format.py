"""The sync bundle file: a zip holding ``manifest.json`` and the changes in
``changes/NNNNN.jsonl`` members (one record per line:
``{"t": table, "id": row id, "f": {field: [value, stamp]}}``), optionally
wrapped in passphrase encryption (see ``crypto.py``).

Values are the database's own stored values (text, numbers, 0/1, JSON text),
so a round trip is exact. Limits here are what the importer accepts."""

from __future__ import annotations

import re

FORMAT = "key-account-planner-bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
CHANGE_MEMBER = re.compile(r"^changes/\d{5}\.jsonl$")
LINES_PER_MEMBER = 20_000

MAX_FILE_BYTES = 4 * 1024**3
MAX_MEMBER_BYTES = 1024**3          # uncompressed, one member
MAX_TOTAL_BYTES = 4 * 1024**3       # uncompressed, all members
MAX_MANIFEST_BYTES = 16 * 1024**2
MAX_COMPRESSION_RATIO = 100         # more is a zip bomb, not data
MAX_MEMBERS = 100_000
MAX_LINE_BYTES = 64 * 1024**2


def member_name(n: int) -> str:
    return f"changes/{n:05d}.jsonl"
