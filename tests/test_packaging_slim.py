"""The Linux build's slimming steps: which ICU data stays (packaging/slim_icu.py),
and that Qt sorts Chinese the same with the slimmed ICU data library."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
import slim_icu  # noqa: E402


@pytest.mark.parametrize("item", [
    "root.res", "en.res", "en_GB.res", "en_001.res", "zh.res", "zh_Hans_CN.res", "zh_Hant_TW.res",
    "pool.res", "res_index.res", "supplementalData.res", "likelySubtags.res", "zoneinfo64.res",
    "metaZones.res", "timezoneTypes.res", "plurals.res", "cnvalias.icu", "nfkc.nrm", "uts46.nrm",
    "coll/root.res", "coll/zh.res", "coll/ucadata.icu", "coll/en_US_POSIX.res", "coll/pool.res",
    "zone/zh.res", "zone/en.res", "lang/zh.res", "region/zh_Hant.res", "curr/zh.res",
    "brkitr/line.brk", "brkitr/root.res", "brkitr/zh.res", "rfc3491.spp",
])
def test_what_english_and_chinese_need_stays(item):
    assert slim_icu.keep(item, 50_000)


@pytest.mark.parametrize("item", [
    "fr.res", "de_DE.res", "ja.res", "ko_KR.res", "ars.res", "coll/ja.res", "coll/de_.res",
    "zone/ru.res", "lang/ar.res", "unit/en.res", "rbnf/zh.res", "translit/root.res",
    "brkitr/cjdict.dict", "brkitr/thaidict.dict", "unames.icu", "brkitr/ja.res",
])
def test_other_languages_and_unused_services_go(item):
    assert not slim_icu.keep(item, 50_000)


@pytest.mark.parametrize("name, size, kept", [
    ("gb18030.cnv", 232_816, True), ("windows-936-2000.cnv", 90_000, True),
    ("ibm-1383_P110-1999.cnv", 76_464, True), ("windows-950-2000.cnv", 100_000, True),
    ("ibm-1375_P100-2008.cnv", 183_904, True), ("ibm-1252_P100-2000.cnv", 1_500, True),
    ("ibm-943_P15A-2003.cnv", 90_992, False), ("euc-jp-2007.cnv", 97_280, False),
    ("ibm-949_P11A-1999.cnv", 130_368, False), ("icu-internal-compound-t.cnv", 320_944, False),
    ("icu-internal-compound-s1.cnv", 4_000, False),
])
def test_converters_of_chinese_and_single_byte_ones_stay(name, size, kept):
    assert slim_icu.keep(name, size) is kept


def qt_icu_data() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    return found[0] if found else None


PROBE = """
import json
from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone
maps = open('/proc/self/maps').read()
names = ['张伟', '王芳', '曾经', '长安', '重庆', '银行', '行长', '单于', 'Alice', 'bob', 'Émile', '第10', '第2']
out = {'lib': sorted({l.split()[-1] for l in maps.splitlines() if 'libicudata' in l})}
for loc in ('zh_CN', 'zh_TW', 'en_US'):
    c = QCollator(QLocale(loc))
    c.setNumericMode(True)
    out[loc] = sorted(names, key=c.sortKey)
out['codecs'] = [QStringDecoder(e).isValid() for e in ('GB18030', 'GBK', 'GB2312', 'Big5', 'windows-1252')]
out['tz'] = QTimeZone(b'Asia/Shanghai').displayName(QTimeZone.TimeType.StandardTime,
                                                    QTimeZone.NameType.LongName, QLocale('zh_CN'))
print(json.dumps(out, ensure_ascii=False))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux") or qt_icu_data() is None
                    or None in (slim_icu.tool(t) for t in ("icupkg", "gcc", "objcopy", "nm", "readelf")),
                    reason="Linux with Qt's ICU, icupkg, gcc and binutils")
def test_qt_sorts_chinese_the_same_with_the_slim_icu_data(tmp_path):
    slim = slim_icu.slim_icudata(qt_icu_data(), tmp_path / "lib" / qt_icu_data().name, tmp_path / "work",
                                 log=lambda m: None)
    assert slim is not None and slim.stat().st_size < qt_icu_data().stat().st_size / 3

    def probe(library_path: str | None) -> dict:
        env = {k: v for k, v in os.environ.items() if k != "LD_LIBRARY_PATH"}
        if library_path:
            env["LD_LIBRARY_PATH"] = library_path
        proc = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env,
                              timeout=60)
        assert proc.returncode == 0, proc.stderr[-2000:]
        return json.loads(proc.stdout)

    full, slimmed = probe(None), probe(str(slim.parent))
    assert slimmed.pop("lib") == [str(slim)] and full.pop("lib") != [str(slim)]
    assert slimmed == full
    order = full["zh_CN"]  # pinyin: wáng before zhāng (in code points 张 U+5F20 comes first)
    assert order.index("王芳") < order.index("张伟") and order.index("第2") < order.index("第10")
    assert all(full["codecs"]) and full["tz"] == "中国标准时间"
