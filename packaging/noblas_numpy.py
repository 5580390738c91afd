"""numpy without OpenBLAS for the Linux build (saves about 27 MB).

numpy's wheels carry OpenBLAS (``numpy.libs/libscipy_openblas64_*.so``,
25 MB, plus libgfortran 3 MB) for fast linear algebra. The planner does no
linear algebra worth a BLAS: the force layout is element-wise arithmetic
(planner/graph/spring.py), matplotlib draws a few dozen bars. numpy's own
build option ``-Dblas=none -Dlapack=none`` makes a numpy that uses its
built-in fallbacks (``numpy.linalg`` still works, through lapack_lite).

:func:`noblas_numpy` builds that numpy once from the sdist of **the same
version as the installed one** (so every compiled package of the environment
keeps its numpy ABI), caches the wheel in the user's cache folder
(``~/.cache/key-account-planner-build/``, or ``$PLANNER_BUILD_CACHE``) and
unpacks it into the build folder. ``build.py`` then puts that folder first
on PyInstaller's ``PYTHONPATH``: the app bundles that numpy; the developer's
environment stays as it is (nothing is installed into it).

It is also built for the x86-64-v2 baseline only (``-Dcpu-dispatch=none``:
no AVX2/AVX-512 variants of the inner loops), which halves numpy's core
library; the planner's arrays are a few hundred elements.

First build: downloading the sdist and compiling numpy takes 4-6 minutes
on 2 cores (needs a C/C++ compiler and the package index; pip fetches
numpy's build tools, meson-python and Cython, into an isolated environment).
Later builds take the cached wheel (about a second). When the build fails
(no compiler, no network) the caller keeps the installed numpy and says so.

    python packaging/noblas_numpy.py [WORK]   # build (or find) it; prints the folder
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from importlib import metadata
from pathlib import Path

#: no BLAS/LAPACK (numpy's own fallbacks), and no extra copies of the inner loops for newer
#: CPUs than the baseline (x86-64-v2): _multiarray_umath 10 -> 4.8 MB, the force layout of
#: 600 people 0.75 -> 0.82 s
SETUP_ARGS = ("-Csetup-args=-Dblas=none", "-Csetup-args=-Dlapack=none", "-Csetup-args=-Dallow-noblas=true",
              "-Csetup-args=-Dcpu-dispatch=none")
CHECK = ("import numpy, sys; cfg = numpy.show_config('dicts')['Build Dependencies'];"
         "sys.exit(0 if cfg['blas']['name'] == 'none' and numpy.__file__.startswith(sys.argv[1]) else 1)")


def cache_dir() -> Path:
    """Where the wheels are kept, one folder per set of build options."""
    base = os.environ.get("PLANNER_BUILD_CACHE") or Path(
        os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "key-account-planner-build"
    options = hashlib.sha256(" ".join(SETUP_ARGS).encode()).hexdigest()[:10]
    return Path(base) / f"numpy-noblas-{options}"


def _wheel(version: str, log) -> Path | None:
    """The cached no-BLAS wheel of numpy ``version``, built when missing."""
    tag = f"cp{sys.version_info.major}{sys.version_info.minor}"
    cache = cache_dir()
    found = sorted(cache.glob(f"numpy-{version}-{tag}-{tag}-*.whl"))
    if found:
        return found[-1]
    log(f"noblas_numpy: building numpy {version} without BLAS from its sdist "
        f"(once; 4-6 minutes on 2 cores), cached in {cache}")
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-cache-dir", "--no-deps", "--no-binary", "numpy",
                               f"numpy=={version}", *SETUP_ARGS, "-w", tmp],
                              capture_output=True, text=True)
        built = sorted(Path(tmp).glob(f"numpy-{version}-*.whl"))
        if proc.returncode != 0 or not built:
            log("noblas_numpy: the build failed; keeping the installed numpy (with OpenBLAS):\n"
                + (proc.stdout + proc.stderr)[-3000:])
            return None
        cache.mkdir(parents=True, exist_ok=True)
        wheel = cache / built[0].name
        shutil.copy2(built[0], wheel)
    log(f"noblas_numpy: built {wheel.name} in {time.perf_counter() - t0:.0f} s")
    return wheel


def noblas_numpy(work: Path, log=print) -> Path | None:
    """A folder holding numpy (the installed version) built without BLAS, to
    put first on PYTHONPATH; None when it cannot be had."""
    try:
        version = metadata.version("numpy")
    except metadata.PackageNotFoundError:
        return None
    wheel = _wheel(version, log)
    if wheel is None:
        return None
    site = work / "numpy-noblas"
    stamp, which = site / ".wheel", f"{wheel} {wheel.stat().st_size} {wheel.stat().st_mtime_ns}"
    if not stamp.is_file() or stamp.read_text() != which:
        shutil.rmtree(site, ignore_errors=True)
        with zipfile.ZipFile(wheel) as zf:
            zf.extractall(site)
        stamp.write_text(which)
    env = dict(os.environ, PYTHONPATH=str(site))
    if subprocess.run([sys.executable, "-c", CHECK, str(site)], env=env, cwd=work).returncode != 0:
        log(f"noblas_numpy: {site} does not import as a no-BLAS numpy; keeping the installed numpy")
        return None
    return site


if __name__ == "__main__":
    folder = noblas_numpy(Path(sys.argv[1] if len(sys.argv) > 1 else "build").resolve())
    print(folder or "no no-BLAS numpy")
    sys.exit(0 if folder else 1)
