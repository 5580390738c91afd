"""Importing a bundle file: the one entry point for the command line and
the window. A bundle already imported is recognised from its manifest
without re-verifying every part (fast re-import); anything else is
verified whole before the merge."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from planner.models import SyncBundle
from planner.store.database import Database
from planner.sync import format as fmt
from planner.sync.crypto import is_encrypted
from planner.sync.merge import ImportReport, Progress, import_bundle
from planner.sync.verify import open_bundle


def _known_bundle(db: Database, path: Path) -> tuple[str, str] | None:
    """(bundle id, sender) when ``path`` is a plain bundle already imported."""
    try:
        if is_encrypted(path):
            return None
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo(fmt.MANIFEST)
            if info.file_size > fmt.MAX_MANIFEST_BYTES:
                return None
            manifest = json.loads(zf.read(fmt.MANIFEST))
        bundle_id, sender = manifest["bundle_id"], manifest["device"]
    except (OSError, KeyError, TypeError, ValueError, zipfile.BadZipFile):
        return None
    if not isinstance(bundle_id, str):
        return None
    with db.read() as s:
        row = s.get(SyncBundle, bundle_id)
        return (bundle_id, str(sender)) if row is not None and row.direction == "imported" else None


def import_file(db: Database, path: Path, passphrase: str | None = None, dry_run: bool = False,
                progress: Progress | None = None) -> ImportReport:
    known = _known_bundle(db, Path(path))
    if known:
        return ImportReport(known[0], known[1], already_imported=True, dry_run=dry_run)
    with open_bundle(Path(path), passphrase) as bundle:
        return import_bundle(db, bundle, dry_run=dry_run, progress=progress)
