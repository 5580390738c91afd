"""How a Chinese surname is read: 曾 is zēng in 曾小明, not céng; 单 is
shàn in 单田芳, not dān.

pypinyin (0.55) reads every character by its commonest reading and has no
surname mode (its issue #297 asks for one), so the surnames whose reading
differs, or is easily read wrong, are listed here with their tone (TONE3
style: "zeng1"; ü written "v"). Compound surnames come first: 长孙 is
zhǎng sūn although 长 alone is the surname cháng, 万俟 is mò qí although
万 alone is wàn.

Only the first character(s) of a person's name are read this way; the
given name, and every company or account name, keep pypinyin's reading.
"""

from __future__ import annotations

#: compound surnames whose reading differs from the characters read alone
COMPOUND: dict[str, tuple[str, ...]] = {
    "尉迟": ("yu4", "chi2"),
    "万俟": ("mo4", "qi2"),
    "长孙": ("zhang3", "sun1"),
    "澹台": ("tan2", "tai2"),
    "乐正": ("yue4", "zheng4"),
    "诸葛": ("zhu1", "ge3"),
    "令狐": ("ling2", "hu2"),
    "亓官": ("qi2", "guan1"),
    "宰父": ("zai3", "fu3"),
    "谷梁": ("gu3", "liang2"),
    "闾丘": ("lv2", "qiu1"),
    "仲长": ("zhong4", "chang2"),
    "长儿": ("chang2", "er2"),
    "句龙": ("gou1", "long2"),
}

#: single-character surnames and their reading as a surname
SINGLE: dict[str, str] = {
    "曾": "zeng1", "单": "shan4", "解": "xie4", "仇": "qiu2", "区": "ou1", "查": "zha1",
    "朴": "piao2", "盖": "ge3", "乐": "yue4", "繁": "po2", "员": "yun4", "贠": "yun4",
    "缪": "miao4", "召": "shao4", "覃": "qin2", "么": "yao1", "幺": "yao1", "黑": "he4",
    "燕": "yan1", "秘": "bi4", "种": "chong2", "重": "chong2", "折": "she2", "翟": "zhai2",
    "都": "du1", "薄": "bo2", "贾": "jia3", "盛": "sheng4", "柏": "bai3", "牟": "mou2",
    "尉": "wei4", "宿": "su4", "卜": "bu3", "句": "gou1", "隗": "wei3", "蕃": "pi2",
    "郇": "xun2", "能": "nai4", "那": "na1", "佴": "nai4", "粘": "nian2", "沈": "shen3",
    "车": "che1", "长": "chang2", "万": "wan4", "阚": "kan4", "叶": "ye4", "石": "shi2",
    "和": "he2", "强": "qiang2", "曲": "qu1", "冯": "feng2", "居": "ju1", "纪": "ji3",
    "过": "guo1", "冼": "xian3", "洗": "xian3", "瞿": "qu2", "乜": "nie4", "莘": "shen1",
    "亓": "qi2", "褚": "chu3", "逄": "pang2", "眭": "sui1", "隽": "juan4", "华": "hua4",
    "任": "ren2", "应": "ying1", "藏": "zang4", "阿": "a1", "蔚": "yu4",
    "祭": "zhai4", "殷": "yin1", "哈": "ha3", "朝": "chao2", "虞": "yu2",
}


#: for each reading above, a character with only that reading, which ICU
#: collation (planner/text/sortkey.py) sorts as that reading: sorting puts
#: it in place of the surname, so no pinyin dictionary is loaded to sort
SOUNDS_LIKE: dict[str, str] = {
    "a1": "锕", "bai3": "摆", "bi4": "碧", "bo2": "博", "bu3": "捕", "chan2": "蝉", "chang2": "尝",
    "chao2": "潮", "che1": "砗", "chi2": "持", "chong2": "崇", "chu3": "楚", "du1": "督", "er2": "而",
    "feng2": "逢", "fu3": "抚", "ge3": "哿", "gou1": "钩", "gu3": "鼓", "guan1": "关", "guo1": "锅",
    "ha3": "哈", "he2": "禾", "he4": "褐", "hu2": "瑚", "hua4": "画", "ji3": "挤", "jia3": "甲",
    "ju1": "狙", "juan4": "倦", "kan4": "瞰", "liang2": "粮", "ling2": "玲", "long2": "龙", "lv2": "驴",
    "miao4": "庙", "mo4": "默", "mou2": "谋", "na1": "那", "nai4": "奈", "nian2": "黏", "nie4": "聂",
    "ou1": "欧", "pang2": "庞", "pi2": "琵", "piao2": "瓢", "po2": "婆", "qi2": "歧", "qiang2": "墙",
    "qin2": "秦", "qiu1": "秋", "qiu2": "球", "qu1": "趋", "qu2": "劬", "ren2": "壬", "shan4": "擅",
    "shao4": "邵", "she2": "佘", "shen1": "砷", "shen3": "审", "sheng4": "剩", "shi2": "十", "su4": "素",
    "sui1": "虽", "sun1": "孙", "tai2": "邰", "tan2": "坛", "wan4": "腕", "wei3": "苇", "wei4": "未",
    "xian3": "显", "xie4": "械", "xun2": "循", "yan1": "阉", "yao1": "邀", "ye4": "页", "yin1": "茵",
    "ying1": "樱", "yu2": "盂", "yu4": "玉", "yue4": "跃", "yun4": "蕴", "zai3": "宰", "zang4": "葬",
    "zeng1": "憎", "zha1": "渣", "zhai2": "宅", "zhai4": "债", "zhang3": "掌", "zheng4": "郑",
    "zhong4": "仲", "zhu1": "珠",
}


def surname(name: str) -> tuple[str, tuple[str, ...]] | None:
    """The surname at the start of ``name`` and its reading (TONE3
    syllables), when it is one read differently from pypinyin's default."""
    head = name.lstrip()
    if head[:2] in COMPOUND:
        return head[:2], COMPOUND[head[:2]]
    if head[:1] in SINGLE:
        return head[:1], (SINGLE[head[:1]],)
    return None


def for_collation(name: str) -> str:
    """``name`` with its surname replaced by characters that collate as
    the surname's reading (曾小明 -> 憎小明: zeng, not ceng)."""
    found = surname(name)
    if found is None:
        return name
    head, reading = found
    return "".join(SOUNDS_LIKE[r] for r in reading) + name.lstrip()[len(head):]
