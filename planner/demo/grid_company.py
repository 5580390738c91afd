"""Demo account 1: a provincial grid company (华东某省电力公司), its
departments, about thirty people with their profiles, and the lines between
them. Reporting lines form the org chart; influence lines deliberately differ
(a deputy chief engineer the CFO listens to, a shift leader the GM calls)."""

from __future__ import annotations

from planner.demo.common import Builder

PREFIX = "grid"
ACCOUNT_KEY = "main"

ACCOUNT = {
    "name": "华东某省电力公司",
    "tier": "S",
    "industry": "电力",
    "region": "华东",
    "revenue_potential": 80_000_000.0,
    "current_business": 11_500_000.0,
    "currency": "CNY",
    "status": "active",
    "owner": "陈晓",
    "summary": (
        "国网系统省级电力公司，下辖11个地市供电公司，220kV及以上变电站约380座。"
        "“十四五”数字化转型重点是设备状态全面感知与智能运检。我方主变在线监测试点"
        "（2座220kV站）运行良好，二期扩容（12座站）进入竞争性谈判；智能巡检平台一期"
        "（约3800万）即将公开招标（公告预计{D:35}前后），华为、南瑞均在跟进。关键：补齐总经理层面的关系，"
        "在招标文件定稿前影响评分标准。"),
    "is_demo": True,
}

# key, name, parent key (leadership on top)
DEPARTMENTS = (
    ("leaders", "公司领导", None),
    ("planning", "发展策划部", "leaders"),
    ("finance", "财务部", "leaders"),
    ("materials", "物资部（招标采购中心）", "leaders"),
    ("ict", "信息通信部", "leaders"),
    ("om", "运维检修部", "leaders"),
    ("substation", "变电运维室", "om"),
    ("safety", "安全监察部", "leaders"),
)

# key, name, pinyin, title, department, importance, closeness, interaction,
# attitude, executive concern ("" = not an executive), our owner, status
PEOPLE = (
    ("zhao_gm", "赵建国", "Zhao Jianguo", "总经理、党委副书记", "leaders", 5, 2, "occasional", "sceptic", "operating_resources", "王立新", "active"),
    ("sun_chair", "孙志刚", "Sun Zhigang", "董事长、党委书记", "leaders", 5, 1, "none", "unknown", "financial_sustainability", "王立新", "active"),
    ("qian_dgm", "钱卫东", "Qian Weidong", "副总经理（分管运检、安监）", "leaders", 5, 3, "regular", "supporter", "digital_transformation", "王立新", "active"),
    ("li_dgm", "李国强", "Li Guoqiang", "副总经理（分管物资、信通）", "leaders", 4, 2, "occasional", "neutral", "business_flexibility", "王立新", "active"),
    ("liu_cfo", "刘芳", "Liu Fang", "总会计师", "leaders", 5, 2, "occasional", "neutral", "financial_sustainability", "王立新", "active"),
    ("zhou_ce", "周明", "Zhou Ming", "副总工程师", "leaders", 4, 4, "regular", "champion", "", "陈晓", "active"),
    ("wu_office", "吴静", "Wu Jing", "办公室主任", "leaders", 3, 3, "regular", "supporter", "", "陈晓", "active"),
    ("zheng_plan", "郑海涛", "Zheng Haitao", "发展策划部主任", "planning", 4, 2, "occasional", "neutral", "", "陈晓", "active"),
    ("feng_plan", "冯丽", "Feng Li", "投资计划专责", "planning", 2, 3, "regular", "supporter", "", "陈晓", "active"),
    ("chen_fin", "陈志华", "Chen Zhihua", "财务部主任", "finance", 4, 2, "occasional", "sceptic", "", "陈晓", "active"),
    ("he_fin", "何雪", "He Xue", "预算管理专责", "finance", 3, 3, "regular", "supporter", "", "陈晓", "active"),
    ("ma_fin", "马骏", "Ma Jun", "财务部副主任（已调任省公司）", "finance", 2, 3, "none", "supporter", "", "陈晓", "left"),
    ("huang_proc", "黄斌", "Huang Bin", "物资部主任", "materials", 4, 2, "occasional", "neutral", "", "陈晓", "active"),
    ("lin_proc", "林涛", "Lin Tao", "招标采购中心副主任", "materials", 4, 3, "regular", "neutral", "", "陈晓", "active"),
    ("xu_proc", "徐婷", "Xu Ting", "招标专责", "materials", 3, 3, "regular", "supporter", "", "陈晓", "active"),
    ("guo_proc", "郭宏", "Guo Hong", "供应商管理专责", "materials", 2, 1, "none", "unknown", "", "陈晓", "active"),
    ("wang_it", "王军", "Wang Jun", "信息通信部主任", "ict", 5, 2, "regular", "sceptic", "", "陈晓", "active"),
    ("li_na", "李娜", "Li Na", "信息通信部副主任", "ict", 4, 4, "frequent", "champion", "", "陈晓", "active"),
    ("zhang_it", "张伟", "Zhang Wei", "网络安全专责", "ict", 3, 2, "occasional", "neutral", "", "周鹏", "active"),
    ("yang_it", "杨帆", "Yang Fan", "数据中台专责", "ict", 2, 3, "regular", "supporter", "", "周鹏", "active"),
    ("sun_om", "孙浩", "Sun Hao", "运维检修部主任", "om", 5, 3, "regular", "supporter", "", "陈晓", "active"),
    ("gao_om", "高峰", "Gao Feng", "运维检修部副主任", "om", 4, 2, "occasional", "neutral", "", "陈晓", "active"),
    ("luo_om", "罗建平", "Luo Jianping", "变电设备管理专责", "om", 3, 4, "frequent", "champion", "", "周鹏", "active"),
    ("deng_om", "邓晓东", "Deng Xiaodong", "输电运检专责", "om", 2, 1, "occasional", "neutral", "", "周鹏", "active"),
    ("tang_sub", "唐勇", "Tang Yong", "变电运维室主任", "substation", 4, 3, "regular", "supporter", "", "陈晓", "active"),
    ("cao_sub", "曹敏", "Cao Min", "500kV某变电站运维班班长", "substation", 2, 3, "regular", "supporter", "", "周鹏", "active"),
    ("peng_sub", "彭磊", "Peng Lei", "变电运维工程师", "substation", 1, 2, "occasional", "neutral", "", "周鹏", "active"),
    ("xie_sec", "谢东", "Xie Dong", "安全监察部主任", "safety", 3, 1, "occasional", "sceptic", "", "陈晓", "active"),
    ("han_sec", "韩冰", "Han Bing", "安全督查专责", "safety", 2, 2, "occasional", "neutral", "", "陈晓", "active"),
    ("ye_sec", "叶青", "Ye Qing", "原安全监察部主任（已退休）", "safety", 1, 3, "none", "supporter", "", "陈晓", "left"),
)

# key: business metrics (KPI), decision criteria and preferences, personal wins, personal style
PROFILES = {
    "zhao_gm": ("利润总额、资产回报率、供电可靠率、省公司业绩考核排名", "投入产出必须算得清；偏好稳妥、有同行先例的方案", "任期内业绩考核A级，平稳交接", "运行出身，务实，厌恶“先花钱后见效”"),
    "sun_chair": ("党建考核、安全生产、国有资产保值增值", "合规第一，重大投资看集团导向", "", "很少直接过问具体项目"),
    "qian_dgm": ("设备管理数字化考核排名、非计划停运次数、安全事故零发生", "要可展示的数字化成果，落地快、见效快", "数字化转型标杆，争取提拔", "决断快，喜欢看现场"),
    "li_dgm": ("采购合规、信息安全、物资供应及时率", "流程合规，不愿承担倾向性风险", "", "谨慎，少表态"),
    "liu_cfo": ("成本费用率、资产负债率、投资计划执行率", "投资分年平滑，不挤占刚性支出；看折旧对利润的影响", "财务管控零问题", "数字敏感，要看明细"),
    "zhou_ce": ("技术标准、科技项目成果", "技术先进且成熟，看重落地风险", "退休前有一个代表作", "学者型，愿意深入讨论技术"),
    "wu_office": ("会议与督办事项按时完成", "不给总经理添麻烦", "", "周到，消息灵通"),
    "zheng_plan": ("投资计划编制及时、可研评审通过率", "可研依据充分、投资效益可量化", "", "按程序办事"),
    "feng_plan": ("投资估算准确", "资料完整、口径规范", "希望得到部门认可", ""),
    "chen_fin": ("成本压降、预算执行偏差率", "重“真金白银”的效益，怀疑软性收益", "", "保守，先挑毛病"),
    "he_fin": ("预算编制质量", "数据口径一致，可追溯", "", "细致，乐于帮忙"),
    "huang_proc": ("采购合规、零投诉", "流程无瑕疵，不出头", "", "谨慎"),
    "lin_proc": ("招标批次按计划完成、采购节资率", "供应商资质齐全、报价在控制价以内", "", "务实，讲流程"),
    "xu_proc": ("招标文件零差错", "文件规范、按时提交", "评上优秀专责", "熟悉全部流程细节"),
    "wang_it": ("数据中台建设进度、网络安全零事件、信息系统统一归口", "架构统一、安全可控、国产化；偏好大厂生态（华为）", "信通部对全省数据的归口管理权", "强势，时间紧，不喜欢被说服"),
    "li_na": ("数据中台接入率、信息系统运行率", "方案专业、能帮信通部完成中台指标", "评上省公司专家人才，争取主任岗位", "开放，愿意分享信息"),
    "zhang_it": ("等保测评通过、漏洞整改率", "等保三级、安全加固、可审计", "", "懂行，问得细"),
    "yang_it": ("中台数据接入质量", "接口规范、文档完整", "技术能力得到认可", ""),
    "sun_om": ("设备可靠性、非计划停运次数、运检成本", "性能可靠、能减少一线工作量、稳定供货", "部门年度考核第一", "重实效，愿意试新东西"),
    "gao_om": ("技改项目执行率", "预算内、风险低", "", "跟随孙主任的态度"),
    "luo_om": ("设备缺陷处理及时率", "技术指标先进、误报率低", "成为公司技术专家", "钻研技术，写东西快"),
    "deng_om": ("输电线路运维指标", "", "", ""),
    "tang_sub": ("巡检完成率、两票合格率", "好用、少录入、不增加班组负担", "", "直率"),
    "cao_sub": ("班组安全、巡检质量", "现场好用、离线可用", "班组评先进", "一线权威"),
    "peng_sub": ("", "App简单好用", "", ""),
    "xie_sec": ("安全事故零发生、违章查处", "新系统不能带来新的安全风险", "", "保守，基层安全岗出身"),
    "han_sec": ("安全督查完成率", "有应急预案和双轨运行", "", ""),
}

# key: {judged field: (confidence, source)}; everything else is unconfirmed
JUDGED = {
    "zhao_gm": {"attitude": ("likely", "{M:-26}拜访时赵总两次提到“试点效益还没算清楚”"),
                "executive_concern": ("likely", "{M:-130}钱总提醒“总经理更看重投入产出”")},
    "qian_dgm": {"attitude": ("confirmed", "{M:-130}拜访时当面表示支持，要求三个月内完成可研"),
                 "executive_concern": ("confirmed", "{M:-130}拜访钱总时其本人所说")},
    "liu_cfo": {"attitude": ("likely", "{M:-70}拜访后周总工转告“刘总觉得账算得实在”"),
                "executive_concern": ("confirmed", "{M:-70}拜访刘总会计师时其本人所说")},
    "zhou_ce": {"attitude": ("confirmed", "{M:-100}晚宴时本人表示会在技术评审中支持"),
                "personal_wins": ("likely", "{M:-100}晚宴时周总工本人提及")},
    "wang_it": {"attitude": ("confirmed", "{M:-152}会谈时直言“华为的方案天然就在我们的云上”"),
                "decision_criteria": ("likely", "{M:-160}晚宴时李娜透露")},
    "li_na": {"attitude": ("confirmed", "多次主动提供内部信息"),
              "personal_wins": ("unconfirmed", "{M:-12}晚宴时李娜透露")},
    "chen_fin": {"attitude": ("likely", "{M:-115}TCO汇报时当面质疑测算假设"),
                 "decision_criteria": ("likely", "{M:-115}何雪私下透露")},
    "sun_om": {"attitude": ("confirmed", "{M:-178}试点回顾会上主动提出平台方向"),
               "business_metrics": ("confirmed", "本人告知年度考核指标")},
    "luo_om": {"attitude": ("confirmed", "规范书起草主动征求我方意见"),
               "closeness": ("likely", "每周微信沟通")},
    "xie_sec": {"attitude": ("unconfirmed", "{M:-55}会谈时说“新东西上线，出了事谁负责”")},
    "cao_sub": {"importance": ("unconfirmed", "{M:-138}现场演示时曹敏说赵总常打电话问站里情况")},
    "lin_proc": {"attitude": ("likely", "{M:-92}物资部会谈")},
}

EXTRA = {
    "zhou_ce": {"private_notes": "周总工一两年内可能退居二线，私下表示希望平台项目成为退休前的代表作；"
                                 "他与刘总会计师的私人关系不要写入任何对外材料。"},
    "li_na": {"private_fields": ["personal_wins"], "wechat": "lina_ict"},
    "luo_om": {"wechat": "luojp_bd"},
}

# source reports to target (上下级)
REPORTS = (
    ("zhao_gm", "sun_chair"), ("qian_dgm", "zhao_gm"), ("li_dgm", "zhao_gm"),
    ("liu_cfo", "zhao_gm"), ("zhou_ce", "zhao_gm"), ("wu_office", "zhao_gm"),
    ("zheng_plan", "zhao_gm"), ("feng_plan", "zheng_plan"),
    ("chen_fin", "liu_cfo"), ("he_fin", "chen_fin"), ("ma_fin", "chen_fin"),
    ("huang_proc", "li_dgm"), ("lin_proc", "huang_proc"), ("xu_proc", "lin_proc"),
    ("guo_proc", "huang_proc"),
    ("wang_it", "li_dgm"), ("li_na", "wang_it"), ("zhang_it", "wang_it"), ("yang_it", "li_na"),
    ("sun_om", "qian_dgm"), ("gao_om", "sun_om"), ("luo_om", "gao_om"), ("deng_om", "gao_om"),
    ("tang_sub", "sun_om"), ("cao_sub", "tang_sub"), ("peng_sub", "cao_sub"),
    ("xie_sec", "qian_dgm"), ("han_sec", "xie_sec"), ("ye_sec", "qian_dgm"),
)

# source influences target: strength, confidence, note
INFLUENCES = (
    ("zhou_ce", "liu_cfo", 4, "likely", "大学同学，刘总评估技术类投资时先听周总工的意见"),
    ("zhou_ce", "zhao_gm", 3, "unconfirmed", "技术问题赵总会征求周总工意见"),
    ("cao_sub", "zhao_gm", 3, "unconfirmed", "赵总当站长时的老部下，赵总常私下问她一线看法"),
    ("luo_om", "sun_om", 4, "confirmed", "孙主任的技术判断基本采纳罗工意见；罗工起草技术规范书"),
    ("luo_om", "gao_om", 3, "likely", ""),
    ("qian_dgm", "zhao_gm", 4, "likely", "钱总在总经理办公会上汇报运检项目"),
    ("liu_cfo", "zhao_gm", 4, "likely", "财务意见是办公会批准的前提"),
    ("wang_it", "li_dgm", 4, "likely", "李总在信通问题上完全依赖王主任"),
    ("li_na", "wang_it", 2, "likely", "王主任会听她的技术意见，但不多"),
    ("he_fin", "chen_fin", 3, "likely", "预算口径细节陈主任依赖何雪"),
    ("xie_sec", "qian_dgm", 3, "unconfirmed", "安全问题有“一票否决”的分量"),
    ("tang_sub", "sun_om", 3, "likely", "代表一线使用方意见"),
    ("zhang_it", "wang_it", 3, "likely", "安全条款王主任照单全收"),
)

# kind, a, b, note (undirected)
OTHER_LINES = (
    ("conflict", "wang_it", "sun_om", "平台归口之争：信通部要求纳入统一数据中台，运检部要独立建设"),
    ("informal", "li_na", "luo_om", "同期入职，私交很好，常一起打羽毛球"),
)


def add(b: Builder) -> str:
    account = b.add("account", ACCOUNT_KEY, ACCOUNT)
    for key, name, parent in DEPARTMENTS:
        b.add("department", key, {"account_id": account, "name": name,
                                  "parent_id": b.id("department", parent) if parent else None})
    for n, (key, name, pinyin, title, dept, imp, close, inter, att, concern,
            owner, status) in enumerate(PEOPLE):
        metrics, criteria, wins, style = PROFILES.get(key, ("", "", "", ""))
        person = {
            "account_id": account, "department_id": b.id("department", dept),
            "name": name, "name_romanised": pinyin, "title": title,
            "mobile": f"1390571{(1234 + n * 337) % 10000:04d}",
            "email": pinyin.lower().replace(" ", "") + "@hdgrid.example.cn",
            "phone": f"0571-8709{n:04d}", "status": status,
            "is_executive": bool(concern), "owner": owner,
            "importance": imp, "closeness": close, "interaction": inter, "attitude": att,
            "executive_concern": concern, "business_metrics": metrics,
            "decision_criteria": criteria, "personal_wins": wins, "personal_style": style,
        }
        for field, (confidence, source) in JUDGED.get(key, {}).items():
            person[f"{field}_confidence"] = confidence
            person[f"{field}_source"] = source
        person.update(EXTRA.get(key, {}))
        b.add("stakeholder", key, person)
    sh = lambda k: b.id("stakeholder", k)  # noqa: E731
    for src, tgt in REPORTS:
        b.add("relationship", f"reports:{src}:{tgt}", {
            "account_id": account, "source_id": sh(src), "target_id": sh(tgt),
            "kind": "reports_to", "confidence": "confirmed"})
    for src, tgt, strength, confidence, note in INFLUENCES:
        b.add("relationship", f"influences:{src}:{tgt}", {
            "account_id": account, "source_id": sh(src), "target_id": sh(tgt),
            "kind": "influences", "strength": strength, "confidence": confidence, "note": note})
    for kind, a, c, note in OTHER_LINES:
        b.add("relationship", f"{kind}:{a}:{c}", {
            "account_id": account, "source_id": sh(a), "target_id": sh(c), "kind": kind,
            "directed": False, "confidence": "likely", "note": note})
    return account
