"""Fill translations into a Qt .ts file from a JSON map {source: translation}.

    python tools/fill_ts.py resources/translations/planner_zh_CN.ts resources/translations/zh_CN.json

Keeps existing translations; reports sources with no translation. The .ts
stays the reference (open it in Qt Linguist); this is a helper for bulk work.
"""

import json
import sys
import xml.etree.ElementTree as ET


def fill(ts_path: str, map_path: str) -> list[str]:
    mapping = json.load(open(map_path, encoding="utf-8"))
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        tr = message.find("translation")
        if tr.get("type") != "unfinished" and tr.text:
            continue  # keep what is there (a context may need other words than the map's)
        if source in mapping:
            tr.text = mapping[source]
            tr.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    missing = fill(sys.argv[1], sys.argv[2])
    for m in missing:
        print("untranslated:", m)
    sys.exit(1 if missing else 0)
