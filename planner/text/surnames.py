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
    "单于": ("chan2", "yu2"),
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


def surname(name: str) -> tuple[str, tuple[str, ...]] | None:
    """The surname at the start of ``name`` and its reading (TONE3
    syllables), when it is one read differently from pypinyin's default."""
    head = name.lstrip()
    if head[:2] in COMPOUND:
        return head[:2], COMPOUND[head[:2]]
    if head[:1] in SINGLE:
        return head[:1], (SINGLE[head[:1]],)
    return None
