"""Smoke test of the built application (run after packaging/build.py).

    python packaging/smoke_test.py [APP_DIR] [--keep DIR] [--system-fonts]

APP_DIR defaults to dist/key-account-planner. Everything runs offscreen in a
temporary folder (database, settings, data folder), so nothing of the user's
is touched. By default the binary sees **no system fonts at all** (a private
fontconfig file listing an empty folder; Linux): Chinese has to come from the
font the bundle carries, as on a machine without CJK fonts.

Checks, each with the built binary:
1. ``--version`` prints the version from pyproject.toml;
2. ``--db TMP demo`` creates the demo accounts; ``check`` says ok; ``dump``
   is JSON holding the Chinese demo account;
3. a PDF with Chinese text: ``export-pdf`` when the binary has that command,
   else ``map --account 华东某省电力公司 -o map.pdf`` (and ``map.png``); the
   PDF must embed a font and its text must contain the account's name
   (pdffonts/pdftotext, when poppler-utils is installed);
4. an encrypted ``sync export --full`` of the demo database imports into an
   empty database, which then holds the Chinese account;
5. the lazily loaded parts are in the bundle (``PLANNER_SELF_CHECK=1``: the
   force layout of 600 people (numpy only), SVG, the portfolio's Pareto chart in Chinese
   with no glyph missing, matplotlib);
6. the window opens on the database, in Chinese, and ``window.png``,
   ``about.png`` and the window icon ``icon.png`` are saved
   (``PLANNER_SCREENSHOT``); then the window opens and
   quits after its first paint; every run exits with 0 and no traceback.
Exit status 0 when all pass; prints one line per check.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_APP = ROOT / "dist" / "key-account-planner"
ACCOUNT_ZH = "华东某省电力公司"
NO_FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>{empty}</dir>
  <cachedir>{cache}</cachedir>
</fontconfig>
"""


class Smoke:
    def __init__(self, app_dir: Path, tmp: Path, system_fonts: bool) -> None:
        exe = "planner.exe" if sys.platform == "win32" else "planner"
        self.binary = app_dir / exe
        if not self.binary.is_file():
            raise SystemExit(f"smoke: no built binary at {self.binary}; run packaging/build.py first")
        self.tmp, self.db = tmp, tmp / "smoke.db"
        self.env = {k: v for k, v in os.environ.items()
                    if not k.startswith(("PYTHON", "PLANNER_", "QT_")) and k != "FONTCONFIG_FILE"}
        self.env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp / "config"),
                        XDG_DATA_HOME=str(tmp / "data"), HOME=str(tmp / "home"), LANG="C.UTF-8")
        (tmp / "home").mkdir(exist_ok=True)
        if not system_fonts and sys.platform.startswith("linux"):
            (tmp / "no-fonts").mkdir(exist_ok=True)
            conf = tmp / "fonts.conf"
            conf.write_text(NO_FONTS_CONF.format(empty=tmp / "no-fonts", cache=tmp / "fc-cache"))
            self.env["FONTCONFIG_FILE"] = str(conf)
        self.failures: list[str] = []

    def run(self, *args: str, timeout: float = 120, **env: str) -> subprocess.CompletedProcess:
        proc = subprocess.run([str(self.binary), *args], capture_output=True, text=True,
                              encoding="utf-8", errors="replace", timeout=timeout,
                              env={**self.env, **env}, cwd=self.tmp)
        return proc

    def check(self, name: str, ok: bool, detail: str = "") -> bool:
        print(f"{'ok  ' if ok else 'FAIL'} {name}" + (f": {detail}" if detail and not ok else ""))
        if not ok:
            self.failures.append(name)
        return ok

    def clean(self, name: str, proc: subprocess.CompletedProcess) -> bool:
        return self.check(name, proc.returncode == 0 and "Traceback" not in proc.stderr,
                          f"exit {proc.returncode}: {proc.stderr[-1500:]}")

    # checks ------------------------------------------------------------------
    def version(self) -> None:
        sys.path.insert(0, str(ROOT))
        from planner import __version__

        proc = self.run("--version")
        self.check("--version", proc.returncode == 0 and proc.stdout.strip().endswith(__version__),
                   proc.stdout + proc.stderr)

    def demo_data(self) -> None:
        self.clean("demo", self.run("--db", str(self.db), "demo"))
        proc = self.run("--db", str(self.db), "check")
        self.check("check", proc.returncode == 0 and "ok" in proc.stdout, proc.stdout + proc.stderr)
        proc = self.run("--db", str(self.db), "dump")
        try:
            text = json.dumps(json.loads(proc.stdout), ensure_ascii=False)
        except ValueError as exc:
            text = f"not JSON: {exc}"
        self.check("dump holds the Chinese account", ACCOUNT_ZH in text, text[:300])

    def pdf(self) -> None:
        helps = self.run("--help").stdout
        if "export-pdf" in helps:
            pdf = self.tmp / "plan.pdf"
            proc = self.run("--db", str(self.db), "export-pdf", "--account", ACCOUNT_ZH, "-o", str(pdf))
            name = "export-pdf (account plan)"
        else:
            pdf = self.tmp / "map.pdf"
            proc = self.run("--db", str(self.db), "map", "--account", ACCOUNT_ZH, "-o", str(pdf))
            name = "map -o map.pdf (no export-pdf command in this build)"
            png = self.tmp / "map.png"
            self.clean("map -o map.png", self.run("--db", str(self.db), "map", "--account", ACCOUNT_ZH,
                                                  "-o", str(png)))
            self.check("map.png written", png.is_file() and png.stat().st_size > 10_000)
        if not self.clean(name, proc) or not self.check("PDF written", pdf.is_file()):
            return
        if shutil.which("pdffonts") and shutil.which("pdftotext"):
            fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
            self.check("PDF embeds its fonts", len(fonts.splitlines()) > 2 and " no " not in
                       "".join(line[line.find(" emb"):] for line in fonts.splitlines()[2:]), fonts)
            text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
            self.check("PDF text holds the Chinese account name", ACCOUNT_ZH in text, text[:300])
            self.pdf_fonts = fonts
        else:
            print("skip PDF font/text checks (install poppler-utils)")

    def encrypted_sync(self) -> None:
        """An encrypted bundle from the demo database into an empty one (libsodium bundled)."""
        secret = self.tmp / "passphrase.txt"
        secret.write_text("团队口令 team\n", encoding="utf-8")
        bundle, other = self.tmp / "team.kap", self.tmp / "teammate.db"
        self.clean("sync export --full, encrypted", self.run(
            "--db", str(self.db), "sync", "export", "--full", "-o", str(bundle), "--passphrase-file", str(secret)))
        self.check("the bundle is encrypted", bundle.is_file() and bundle.read_bytes()[:7] == b"KAPBENC")
        proc = self.run("--db", str(other), "sync", "import", str(bundle), "--passphrase-file", str(secret))
        self.clean("sync import of the encrypted bundle", proc)
        dump = self.run("--db", str(other), "dump").stdout
        self.check("the teammate's database holds the Chinese account", ACCOUNT_ZH in
                   json.dumps(json.loads(dump or "null"), ensure_ascii=False), dump[:300])

    def lazy_parts(self) -> None:
        proc = self.run("--db", str(self.db), PLANNER_SELF_CHECK="1")
        self.check("self-check (600-person layout, SVG, Pareto chart in Chinese)",
                   proc.returncode == 0 and "self-check ok" in proc.stdout, proc.stdout + proc.stderr[-1500:])

    def window(self) -> None:
        config = self.tmp / "config" / "key-account-planner"
        config.mkdir(parents=True, exist_ok=True)
        (config / "key-account-planner.conf").write_text("[ui]\nlanguage=zh_CN\n", encoding="utf-8")
        shots = self.tmp / "shots"
        shots.mkdir(exist_ok=True)
        proc = self.run("--db", str(self.db), PLANNER_SCREENSHOT=str(shots))
        self.clean("window opens (screenshots)", proc)
        for name, least in (("window.png", 5_000), ("about.png", 5_000), ("icon.png", 1_000)):
            self.check(f"{name} saved", (shots / name).is_file() and (shots / name).stat().st_size > least)
        proc = self.run("--db", str(self.db), PLANNER_EXIT_AFTER_FIRST_PAINT="1", PLANNER_BENCH="1")
        self.clean("window quits after first paint", proc)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("app_dir", type=Path, nargs="?", default=DEFAULT_APP)
    p.add_argument("--keep", type=Path, help="work in this folder and keep it (screenshots, PDF)")
    p.add_argument("--system-fonts", action="store_true", help="let the binary see the system's fonts")
    a = p.parse_args(argv)
    if a.keep:
        shutil.rmtree(a.keep, ignore_errors=True)
        a.keep.mkdir(parents=True)
        tmp_ctx = None
        tmp = a.keep.resolve()
    else:
        tmp_ctx = tempfile.TemporaryDirectory(prefix="planner-smoke-")
        tmp = Path(tmp_ctx.name)
    try:
        smoke = Smoke(a.app_dir.resolve(), tmp, a.system_fonts)
        print(f"smoke test of {smoke.binary}" + ("" if a.system_fonts else " (no system fonts)"))
        smoke.version()
        smoke.demo_data()
        smoke.pdf()
        smoke.encrypted_sync()
        smoke.lazy_parts()
        smoke.window()
        if a.keep:
            print(f"kept: {tmp}")
        print(f"{'FAILED: ' + ', '.join(smoke.failures) if smoke.failures else 'all passed'}")
        return 1 if smoke.failures else 0
    finally:
        if tmp_ctx is not None:
            tmp_ctx.cleanup()


if __name__ == "__main__":
    sys.exit(main())
