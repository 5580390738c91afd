"""Offline key-account planner: the core (no widgets).

Everything that works without a window lives here: the data model, the local
store, the services every write goes through, sync primitives and the command
line. ``ui`` builds on this package; this package never imports ``ui`` or
``PySide6.QtWidgets``.

The application's identity comes from one place, ``pyproject.toml``:
``APP_ID`` is its ``[project] name`` and ``__version__`` its version. A source
checkout reads the file beside the package (an editable install's metadata
goes stale when the version changes without a reinstall); the frozen app
carries the same file (packaging/planner.spec bundles it); an installed wheel
has no such file and asks ``importlib.metadata``.
"""

from __future__ import annotations

from pathlib import Path

APP_NAME = "Key Account Planner"  # shown to people: window title, About, installers
_DIST = "key-account-planner"


def _project() -> tuple[str, str]:
    """(name, version) from pyproject.toml beside the package (source checkout,
    frozen app), else from the installed distribution's metadata."""
    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    try:
        import tomllib

        with open(pyproject, "rb") as fh:
            project = tomllib.load(fh)["project"]
        if project.get("name") == _DIST:
            return project["name"], str(project["version"])
    except (OSError, KeyError, ValueError):
        pass
    try:
        from importlib.metadata import PackageNotFoundError, version

        return _DIST, version(_DIST)
    except PackageNotFoundError:
        return _DIST, "0+unknown"


APP_ID, __version__ = _project()
