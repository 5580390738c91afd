"""Build Key Account Planner as a self-contained application folder.

    python -m pip install . -r packaging/requirements.txt   # the app's and the build's dependencies
    python packaging/build.py [--dist dist] [--cjk-font auto|none|FILE] [--numpy auto|noblas|installed]
                              [--no-archive]

Steps: render the icons (packaging/make_icons.py) -> PyInstaller with
packaging/planner.spec (onedir) -> on Linux add the .desktop entry, icons and
install.sh to the folder and pack ``dist/key-account-planner-VERSION-linux-ARCH.tar.gz``.
Prints the folder's size. Windows and macOS: the same command makes the folder
(and the .app on macOS); their installers are separate steps, see
packaging/README.md.

Chinese without a system CJK font: fonts in resources/fonts/ are bundled and
registered at start-up (planner/fonts.py). When that folder holds none,
``--cjk-font auto`` (the default) bundles a free CJK font found on the build
machine (WenQuanYi Micro Hei or Noto Sans CJK SC, with its licence).

Slimming on Linux (packaging/README.md, "Size"): numpy without OpenBLAS
(packaging/noblas_numpy.py: built once from the sdist, cached; ``--numpy
installed`` skips it) and ICU data for English and Chinese only
(packaging/slim_icu.py, run by the spec). Windows and macOS builds skip both.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))

from planner import APP_ID, __version__  # noqa: E402  (name and version from pyproject.toml)

FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".otc")
#: free CJK fonts a build machine may have: (font file, licence file), Debian/Ubuntu paths first
SYSTEM_CJK_FONTS = (
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/doc/fonts-wqy-microhei/copyright"),
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "/usr/share/doc/fonts-noto-cjk/copyright"),
    ("/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc", ""),
    ("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc", ""),
)
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def extra_fonts(choice: str, work: Path) -> list[Path]:
    """Font files to add to the bundle's resources/fonts/ (besides the repository's)."""
    own = ROOT / "resources" / "fonts"
    if choice == "none" or (choice == "auto" and own.is_dir()
                            and any(p.suffix.lower() in FONT_SUFFIXES for p in own.iterdir())):
        return []
    if choice != "auto":
        font = Path(choice)
        if not font.is_file():
            raise SystemExit(f"build: no font file {font}")
        return [font]
    for font, licence in SYSTEM_CJK_FONTS:
        if Path(font).is_file():
            staged = work / "fonts" / Path(font).name
            staged.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(font, staged)
            if licence and Path(licence).is_file():
                shutil.copy2(licence, staged.with_suffix(".LICENSE.txt"))
            return [staged]
    print("build: WARNING no CJK font bundled (resources/fonts/ is empty and none found on this "
          "machine); Chinese shows only where the system has a CJK font", file=sys.stderr)
    return []


def add_linux_desktop_files(app_dir: Path, icons: Path) -> None:
    share = app_dir / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "packaging" / "linux" / f"{APP_ID}.desktop", share / "applications")
    for size in ICON_SIZES:
        dest = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        dest.mkdir(parents=True, exist_ok=True)
        shutil.copy2(icons / f"app-{size}.png", dest / f"{APP_ID}.png")
    shutil.copy2(icons / "app-256.png", app_dir / f"{APP_ID}.png")
    shutil.copy2(ROOT / "packaging" / "linux" / "install.sh", app_dir / "install.sh")
    (app_dir / "README.txt").write_text(
        f"Key Account Planner {__version__}\n\n"
        "Start:   ./planner                (the window; opens on demo data the first time)\n"
        "Menu:    ./install.sh             (adds it to your applications menu; --remove undoes)\n"
        "Command: ./planner --help         (the same command line as the Python package)\n\n"
        "Your data lives in ~/.local/share/key-account-planner/, not in this folder.\n",
        encoding="utf-8")


def make_tarball(app_dir: Path, dist: Path) -> Path:
    arch = platform.machine().lower()
    out = dist / f"{APP_ID}-{__version__}-linux-{arch}.tar.gz"
    top = f"{APP_ID}-{__version__}"

    def reset(info: tarfile.TarInfo) -> tarfile.TarInfo:  # same content, same archive
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(app_dir, arcname=top, filter=reset)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    p.add_argument("--work", type=Path, default=ROOT / "build", help="scratch folder (default: build/)")
    p.add_argument("--cjk-font", default="auto", metavar="auto|none|FILE",
                   help="CJK font to bundle when resources/fonts/ has none (default: auto)")
    p.add_argument("--numpy", default="auto", choices=("auto", "noblas", "installed"),
                   help="bundle numpy built without OpenBLAS (auto: on Linux; built once, cached) "
                        "or the installed one")
    p.add_argument("--no-archive", action="store_true", help="skip the .tar.gz (Linux) / installer (Windows)")
    a = p.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit("build: PyInstaller is missing: python -m pip install -r packaging/requirements.txt")

    t0 = time.perf_counter()
    dist, work = a.dist.resolve(), a.work.resolve()
    icons = work / "icons"
    subprocess.run([sys.executable, str(ROOT / "packaging" / "make_icons.py"), str(icons)],
                   check=True, stdout=subprocess.DEVNULL)
    fonts = extra_fonts(a.cjk_font, work)
    env = dict(os.environ, PLANNER_ICON_DIR=str(icons),
               PLANNER_EXTRA_FONTS=os.pathsep.join(str(f) for f in fonts))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")  # the spec imports planner; hooks import Qt
    linux = sys.platform.startswith("linux")
    if a.numpy == "noblas" or (a.numpy == "auto" and linux):
        from noblas_numpy import noblas_numpy

        site = noblas_numpy(work, log=lambda m: print(f"build: {m}"))
        if site is None and a.numpy == "noblas":
            raise SystemExit("build: no numpy without BLAS (see above); --numpy installed bundles the installed one")
        if site is not None:  # first on PyInstaller's path: the bundle takes this numpy
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(site), env.get("PYTHONPATH")]))
            print(f"build: numpy without OpenBLAS from {site}")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work / "pyinstaller"),
                    str(ROOT / "packaging" / "planner.spec")], check=True, cwd=ROOT, env=env)
    app_dir = dist / APP_ID
    print(f"build: {app_dir}  {folder_size(app_dir) / 1e6:.1f} MB unpacked"
          + (f"  (bundled font: {', '.join(f.name for f in fonts)})" if fonts else ""))
    if sys.platform.startswith("linux"):
        add_linux_desktop_files(app_dir, icons)
        if not a.no_archive:
            archive = make_tarball(app_dir, dist)
            print(f"build: {archive}  {archive.stat().st_size / 1e6:.1f} MB")
    elif sys.platform == "darwin":
        print(f"build: {dist / 'Key Account Planner.app'}; dmg: sh packaging/macos/make_dmg.sh")
    elif sys.platform == "win32":
        iss = ROOT / "packaging" / "windows" / "planner.iss"
        iscc = shutil.which("iscc") or shutil.which("ISCC")
        if iscc and not a.no_archive:
            subprocess.run([iscc, f"/DAppVersion={__version__}", f"/DRepoDir={ROOT}", str(iss)], check=True)
        else:
            print(f"build: installer: iscc /DAppVersion={__version__} {iss.relative_to(ROOT)}")
    print(f"build: done in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
