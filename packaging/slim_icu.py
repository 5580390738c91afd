"""A smaller ICU data library for the Linux build (about 32 -> 8 MB).

Qt Core links ICU; ICU's data (``libicudata.so.NN``) is one read-only blob
exported as the symbol ``icudtNN_dat``, holding the locale data of about 800
locales, 200 legacy character converters and so on. The planner speaks
English and Chinese, so this keeps what those need and the shared data, and
drops the rest:

Only Qt Core uses ICU here, and only for collation (QCollator: our Chinese
sort keys), case mapping, character conversion (QStringConverter) and time
zone names (``nm -D libQt6Core.so.6`` imports ``ucol_*``, ``ucnv_*``,
``ucal_*``, ``u_strTo{Upper,Lower}`` and nothing else: Qt breaks text into
lines and words with its own tables, never ICU's). So:

- kept: the root, English (``en*``) and Chinese (``zh*``, ``yue*``) locale
  data in each tree those use (main, collation, currencies, languages,
  regions, zones), the pools and indexes, everything that is not per-locale
  (likely subtags, plural rules, time zone rules, normalisation, string prep,
  ...), the break iterator rules, the converters of Chinese (GB18030,
  GBK/cp936, GB2312/EUC-CN, Big5/cp950, Big5-HKSCS) and every single-byte one
  (cp1252, ISO-8859-x, KOI8-R, ...); UTF-8/16/32, Latin-1 and ASCII are
  built into ICU's code.
- dropped: the other languages' locale data; transliteration rules, number
  spelling (rbnf), unit names, Unicode character names and the word-break
  dictionaries, which nothing here calls; the multi-byte converters of other
  languages (Japanese, Korean, EBCDIC CJK, ISO-2022 compound text) and the
  small extension tables that need them.

A locale that is gone falls back to the root locale, as ICU does for any
locale it does not know; Qt's own QLocale data (names of months, number
formats of every language) is compiled into Qt Core and is not affected.

The new library has the same soname and the same one exported symbol:
an assembly file ``.incbin``-s the slimmed blob and ``gcc -shared`` builds it.
Needs binutils (objcopy, nm), ``icupkg`` (Debian: icu-devtools; any ICU
version reads and writes the package format) and gcc. :func:`slim_icudata`
returns None (and the build keeps the original) when one is missing.

    python packaging/slim_icu.py LIBICUDATA OUT   # by hand: prints the sizes
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

#: locales kept in every tree (with their scripts and regions: zh_Hans_CN, en_GB, ...)
KEEP_LOCALES = re.compile(r"^(root|en|zh|yue)(_\w+)?$")
#: a per-locale item: 2-3 letter language, optional script/region/variant (not root, pool,
#: res_index: the list of installed locales)
LOCALE_ITEM = re.compile(r"^[a-z]{2,3}(_\w*)?$")
TREES_BY_LOCALE = {"", "brkitr", "coll", "curr", "lang", "region", "zone"}
#: whole trees no Qt call reaches: transliteration, number spelling, unit names
DROP_TREES = {"translit", "rbnf", "unit"}
#: multi-byte converters kept: Chinese (GB18030, GBK/cp936, GB2312/EUC-CN, Big5/cp950,
#: Big5-HKSCS and its Microsoft variant)
KEEP_CONVERTERS = re.compile(r"^(gb18030|windows-936-2000|windows-950-2000|ibm-1383_P110-1999|"
                             r"ibm-1386_P100-2001|ibm-1373_P100-2002|ibm-1375_P100-2008|"
                             r"ibm-5471_P100-2006)\.cnv$")
#: single-byte converters are small tables; anything bigger is multi-byte
SINGLE_BYTE_MAX = 8 * 1024
#: word-break dictionaries (Qt breaks text itself) and Unicode character names (u_charName)
DROP_ITEMS = re.compile(r"^(brkitr/\w+\.dict|unames\.icu)$")


def tool(name: str) -> str | None:
    return shutil.which(name) or next((str(p) for p in (Path("/usr/sbin") / name, Path("/usr/bin") / name)
                                       if p.is_file()), None)


def keep(item: str, size: int) -> bool:
    """Whether the package item ``item`` (e.g. ``coll/zh.res``, without the
    package prefix) of ``size`` bytes stays."""
    tree, _, name = item.rpartition("/")
    if DROP_ITEMS.match(item) or tree in DROP_TREES:
        return False
    stem, dot, ext = name.rpartition(".")
    if ext == "cnv":
        return bool(KEEP_CONVERTERS.match(name)) or (size <= SINGLE_BYTE_MAX
                                                     and not name.startswith("icu-internal-compound"))
    if ext == "res" and tree in TREES_BY_LOCALE and LOCALE_ITEM.match(stem) and stem != "res_index":
        return bool(KEEP_LOCALES.match(stem))
    return True


def _symbol(lib: Path, nm: str) -> tuple[str, int] | None:
    """The one exported symbol ``icudtNN_dat`` and its address, or None."""
    out = subprocess.run([nm, "-D", "--defined-only", str(lib)], capture_output=True, text=True,
                         check=True).stdout
    symbols = [line.split() for line in out.splitlines() if line.strip()]
    if len(symbols) != 1 or not re.fullmatch(r"icudt\d+_dat", symbols[0][-1]):
        return None
    return symbols[0][-1], int(symbols[0][0], 16)


def slim_icudata(lib: Path, out: Path, work: Path, log=print) -> Path | None:
    """Write a slimmed copy of ICU data library ``lib`` to ``out`` (same soname
    and symbol). Returns ``out``, or None when a tool is missing or the library
    is not what we expect (the caller then keeps the original)."""
    tools = {name: tool(name) for name in ("objcopy", "nm", "icupkg", "gcc", "readelf")}
    if None in tools.values():
        log(f"slim_icu: skipped, missing {[n for n, p in tools.items() if p is None]}")
        return None
    work.mkdir(parents=True, exist_ok=True)
    found = _symbol(lib, tools["nm"])
    if found is None:
        log(f"slim_icu: skipped, {lib.name} does not export just one icudtNN_dat")
        return None
    symbol, address = found  # icudt73_dat
    package = symbol[:-4] + ("l" if sys.byteorder == "little" else "b")  # icudt73l
    dat = work / f"{package}.dat"
    # the blob is the whole .rodata section, starting at the symbol
    sections = subprocess.run([tools["readelf"], "-S", "-W", str(lib)], capture_output=True, text=True,
                              check=True).stdout
    rodata = re.search(r"\.rodata\s+PROGBITS\s+([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)", sections)
    if not rodata or int(rodata.group(1), 16) != address:
        log(f"slim_icu: skipped, {lib.name}: {symbol} is not the start of .rodata")
        return None
    subprocess.run([tools["objcopy"], "-O", "binary", "--only-section=.rodata", str(lib), str(dat)], check=True)
    if dat.read_bytes()[2:4] != b"\xda\x27":  # ICU data header magic
        log(f"slim_icu: skipped, {lib.name} does not hold an ICU data package")
        return None
    items = work / "items"
    shutil.rmtree(items, ignore_errors=True)
    items.mkdir()
    subprocess.run([tools["icupkg"], "-x", "*", "-d", str(items), str(dat)], check=True,
                   stdout=subprocess.DEVNULL)
    names = subprocess.run([tools["icupkg"], "-l", str(dat)], capture_output=True, text=True,
                           check=True).stdout.split()
    drop = [n for n in names if not keep(n, (items / n).stat().st_size)]
    slim = work / "slim" / f"{package}.dat"
    slim.parent.mkdir(exist_ok=True)
    while True:  # converters whose base table is gone go too (windows-949 needs ibm-1363, ...)
        (work / "remove.txt").write_text("\n".join(drop) + "\n", encoding="ascii")
        proc = subprocess.run([tools["icupkg"], "-r", str(work / "remove.txt"), str(dat), str(slim)],
                              capture_output=True, text=True)
        orphans = {m.group(1) for m in re.finditer(r"Item (\S+\.cnv) depends on missing item",
                                                   proc.stdout + proc.stderr)} - set(drop)
        if not orphans:
            break
        drop += sorted(orphans)
    # what stays missing: brkitr/root.res names the word-break dictionaries (never loaded by Qt)
    subprocess.run([tools["icupkg"], "--ignore-deps", "-r", str(work / "remove.txt"), str(dat), str(slim)],
                   check=True, capture_output=True)
    asm = work / "icudata.S"
    asm.write_text(f"""\
    .section .rodata
    .globl {symbol}
    .type {symbol}, @object
    .balign 16
{symbol}:
    .incbin "{slim}"
    .size {symbol}, . - {symbol}
    .section .note.GNU-stack,"",@progbits
""", encoding="ascii")
    soname = lib.name
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([tools["gcc"], "-shared", "-nostdlib", "-Wl,-soname," + soname, "-Wl,--hash-style=both",
                    "-o", str(out), str(asm)], check=True)
    log(f"slim_icu: {lib.name} {lib.stat().st_size / 1e6:.1f} -> {out.stat().st_size / 1e6:.1f} MB "
        f"({len(names) - len(drop)} of {len(names)} items kept)")
    return out


if __name__ == "__main__":
    src, dest = Path(sys.argv[1]), Path(sys.argv[2])
    sys.exit(0 if slim_icudata(src, dest, dest.parent / "icu-work") else 1)
