<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="25" />
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="31" />
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="33" />
        <source>Offline key-account planning for field sales.</source>
        <translation>面向一线销售的离线大客户规划工具。</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="44" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="45" />
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="46" />
        <source>Built with</source>
        <translation>构建环境</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="56" />
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="59" />
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="61" />
        <source>Copy version and paths, e.g. for a support request</source>
        <translation>复制版本和路径（例如用于技术支持请求）</translation>
    </message>
</context>
<context>
    <name>AccountListPanel</name>
    <message>
        <location filename="../../ui/account_list.py" line="121" />
        <source>Search accounts (name or pinyin)</source>
        <translation>搜索客户（名称或拼音）</translation>
    </message>
    <message>
        <location filename="../../ui/account_list.py" line="126" />
        <source>All tiers</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location filename="../../ui/account_list.py" line="133" />
        <source>Add an account</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <location filename="../../ui/account_list.py" line="134" />
        <source>Delete the selected account</source>
        <translation>删除所选客户</translation>
    </message>
    <message>
        <location filename="../../ui/account_list.py" line="186" />
        <location filename="../../ui/account_list.py" line="190" />
        <source>New account</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../ui/account_list.py" line="186" />
        <source>Account name:</source>
        <translation>客户名称：</translation>
    </message>
    <message>
        <location filename="../../ui/account_list.py" line="191" />
        <source>An account named “%1” already exists.
Add a second one anyway? (No shows the existing one.)</source>
        <translation>已有名为“%1”的客户。
仍要再添加一个吗？（选“否”则显示已有的客户。）</translation>
    </message>
    <message>
        <location filename="../../ui/account_list.py" line="197" />
        <source>Add account</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <location filename="../../ui/account_list.py" line="218" />
        <location filename="../../ui/account_list.py" line="223" />
        <source>Delete account</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../ui/account_list.py" line="219" />
        <source>Delete the account “%1” with its people, opportunities and visits?
You can undo this with Edit → Undo.</source>
        <translation>删除客户“%1”及其联系人、商机和拜访记录？
可通过“编辑 → 撤销”恢复。</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../ui/account_page.py" line="36" />
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>The stakeholder map editor comes in a later version.
Meanwhile the People tab lists everyone at the account.</source>
        <translation type="vanished">客户关系图谱编辑器将在后续版本提供。
目前可在“联系人”页查看该客户的所有人员。</translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="40" />
        <source>Stakeholder map</source>
        <translation>关系图谱</translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="43" />
        <source>People</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Opportunities, decision chains and tender rules come in a later version.</source>
        <translation type="vanished">商机、决策链和招投标规则将在后续版本提供。</translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="47" />
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Visits and meeting notes come in a later version.</source>
        <translation type="vanished">拜访与会议纪要将在后续版本提供。</translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="52" />
        <source>Visits &amp;&amp; notes</source>
        <translation>拜访与纪要</translation>
    </message>
    <message>
        <source>The account plan comes in a later version.</source>
        <translation type="vanished">客户计划将在后续版本提供。</translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="57" />
        <source>Plan</source>
        <translation>客户计划</translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="59" />
        <source>No account selected.

Add an account with + on the left, or load the demo accounts from the File menu.</source>
        <translation>未选择客户。

点击左侧的 + 新增客户，或从“文件”菜单载入演示客户。</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="76" />
        <source>Add action</source>
        <translation>添加行动</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="82" />
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="87" />
        <source>— no objective —</source>
        <translation>— 无目标 —</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="92" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="93" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="97" />
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="98" />
        <source>Serves objective</source>
        <translation>服务的目标</translation>
    </message>
</context>
<context>
    <name>ActionPlanSection</name>
    <message>
        <location filename="../../ui/plan/actions_section.py" line="52" />
        <source>Open</source>
        <extracomment>Space or Ctrl+Enter on the table</extracomment>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../ui/plan/actions_section.py" line="52" />
        <location filename="../../ui/plan/actions_section.py" line="143" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/plan/actions_section.py" line="52" />
        <location filename="../../ui/plan/actions_section.py" line="73" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/plan/actions_section.py" line="52" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/plan/actions_section.py" line="58" />
        <source>Any source</source>
        <translation>不限来源</translation>
    </message>
    <message>
        <location filename="../../ui/plan/actions_section.py" line="63" />
        <source>Any due date</source>
        <translation>不限截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/plan/actions_section.py" line="63" />
        <source>Due within 7 days</source>
        <translation>7天内到期</translation>
    </message>
    <message>
        <location filename="../../ui/plan/actions_section.py" line="64" />
        <source>Due within 30 days</source>
        <translation>30天内到期</translation>
    </message>
    <message>
        <location filename="../../ui/plan/actions_section.py" line="66" />
        <source>Filter actions</source>
        <translation>筛选行动</translation>
    </message>
    <message>
        <location filename="../../ui/plan/actions_section.py" line="68" />
        <location filename="../../ui/plan/actions_section.py" line="212" />
        <source>Add action</source>
        <translation>添加行动</translation>
    </message>
    <message>
        <location filename="../../ui/plan/actions_section.py" line="73" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/plan/actions_section.py" line="73" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/plan/actions_section.py" line="73" />
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../ui/plan/actions_section.py" line="74" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/plan/actions_section.py" line="74" />
        <source>Serves</source>
        <translation>服务于</translation>
    </message>
    <message>
        <location filename="../../ui/plan/actions_section.py" line="74" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/plan/actions_section.py" line="109" />
        <source>Anyone</source>
        <translation>所有负责人</translation>
    </message>
    <message>
        <location filename="../../ui/plan/actions_section.py" line="151" />
        <source>%1 of %2 actions shown · %3 overdue</source>
        <translation>显示 %1 / %2 项行动 · %3 项已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/plan/actions_section.py" line="167" />
        <source>Reopen action</source>
        <translation>重新打开行动</translation>
    </message>
    <message>
        <location filename="../../ui/plan/actions_section.py" line="167" />
        <source>Complete action</source>
        <translation>完成行动</translation>
    </message>
    <message>
        <location filename="../../ui/plan/actions_section.py" line="180" />
        <source>Complete or reopen (Space)</source>
        <translation>完成或重新打开（空格键）</translation>
    </message>
    <message>
        <location filename="../../ui/plan/actions_section.py" line="181" />
        <source>Serves objective</source>
        <translation>服务的目标</translation>
    </message>
    <message>
        <location filename="../../ui/plan/actions_section.py" line="184" />
        <source>— no objective —</source>
        <translation>— 无目标 —</translation>
    </message>
    <message>
        <location filename="../../ui/plan/actions_section.py" line="189" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/plan/actions_section.py" line="198" />
        <location filename="../../ui/plan/actions_section.py" line="200" />
        <source>Link to objective</source>
        <translation>关联到目标</translation>
    </message>
    <message>
        <location filename="../../ui/plan/actions_section.py" line="221" />
        <source>Delete actions</source>
        <translation>删除行动</translation>
    </message>
    <message>
        <location filename="../../ui/plan/actions_section.py" line="223" />
        <source>Delete action</source>
        <translation>删除行动</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../ui/controller.py" line="47" />
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/controller.py" line="57" />
        <source>Automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/controller.py" line="99" />
        <source>The demo accounts are already here.</source>
        <translation>演示客户已存在。</translation>
    </message>
    <message>
        <location filename="../../ui/controller.py" line="102" />
        <source>Demo</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../ui/controller.py" line="107" />
        <location filename="../../ui/controller.py" line="112" />
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../ui/controller.py" line="109" />
        <source>Planner database (*.db)</source>
        <translation>客户计划数据库 (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/controller.py" line="113" />
        <source>%1 exists already; choose another name or open it.</source>
        <translation>%1 已存在，请换一个名称或直接打开它。</translation>
    </message>
</context>
<context>
    <name>CadenceBox</name>
    <message>
        <location filename="../../ui/visits/cadence_prefs.py" line="15" />
        <source>Contact cadence defaults (days between contacts)</source>
        <translation>联系频率默认值（两次联系间隔天数）</translation>
    </message>
    <message>
        <location filename="../../ui/visits/cadence_prefs.py" line="18" />
        <source>Decider or approver on an open deal</source>
        <translation>进行中商机的决策者或批准者</translation>
    </message>
    <message>
        <location filename="../../ui/visits/cadence_prefs.py" line="19" />
        <source>Champion</source>
        <translation>支持者（教练）</translation>
    </message>
    <message>
        <location filename="../../ui/visits/cadence_prefs.py" line="20" />
        <source>Importance 4 or 5</source>
        <translation>重要程度4或5</translation>
    </message>
    <message>
        <location filename="../../ui/visits/cadence_prefs.py" line="21" />
        <source>Everyone else</source>
        <translation>其他所有人</translation>
    </message>
    <message>
        <location filename="../../ui/visits/cadence_prefs.py" line="22" />
        <source>"Due soon" means within</source>
        <translation>“即将到期”指多少天内</translation>
    </message>
    <message>
        <location filename="../../ui/visits/cadence_prefs.py" line="28" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/visits/cadence_prefs.py" line="32" />
        <source>A person's own contact plan, set in the Visits tab, comes first.</source>
        <translation>在拜访页为个人设定的联系计划优先。</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../ui/calendar_export.py" line="18" />
        <source>Export planned visits to calendar</source>
        <translation>导出计划拜访到日历</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_export.py" line="19" />
        <source>iCalendar file (*.ics)</source>
        <translation>iCalendar 日历文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_export.py" line="27" />
        <source>%1 planned visit(s) exported to %2</source>
        <translation>已导出 %1 个计划拜访到 %2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_export.py" line="28" />
        <source>Calendar export failed</source>
        <translation>日历导出失败</translation>
    </message>
</context>
<context>
    <name>CardItem</name>
    <message>
        <location filename="../../ui/map/card_item.py" line="50" />
        <source>Attitude: %1</source>
        <translation>行为倾向：%1</translation>
    </message>
    <message>
        <location filename="../../ui/map/card_item.py" line="51" />
        <source>Importance: %1 of 5</source>
        <translation>重要程度：%1 / 5</translation>
    </message>
    <message>
        <location filename="../../ui/map/card_item.py" line="53" />
        <source>Not met yet</source>
        <translation>尚未见过面</translation>
    </message>
    <message>
        <location filename="../../ui/map/card_item.py" line="55" />
        <source>Last contact %1 days ago</source>
        <translation>上次联系在 %1 天前</translation>
    </message>
    <message>
        <location filename="../../ui/map/card_item.py" line="57" />
        <source>Contact is overdue</source>
        <translation>联系已超期</translation>
    </message>
</context>
<context>
    <name>ChainView</name>
    <message>
        <location filename="../../ui/opportunities/chain_view.py" line="42" />
        <source>Give role</source>
        <translation>指定角色</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/chain_view.py" line="45" />
        <source>Remove role</source>
        <translation>移除角色</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/chain_view.py" line="49" />
        <location filename="../../ui/opportunities/chain_view.py" line="66" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/chain_view.py" line="51" />
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/chain_view.py" line="53" />
        <source>attitude to this deal</source>
        <translation>对本项目的态度</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/chain_view.py" line="57" />
        <source>Set attitude of selected</source>
        <translation>设置所选人员的态度</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/chain_view.py" line="66" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/chain_view.py" line="66" />
        <source>Attitude to this deal</source>
        <translation>对本项目的态度</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/chain_view.py" line="66" />
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/chain_view.py" line="67" />
        <source>Our owner</source>
        <translation>我方负责人</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/chain_view.py" line="67" />
        <source>Title, department</source>
        <translation>职务、部门</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/chain_view.py" line="67" />
        <source>Business metrics</source>
        <translation>经营指标</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/chain_view.py" line="68" />
        <source>Decision criteria and preferences</source>
        <translation>决策标准及偏好</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/chain_view.py" line="68" />
        <source>Personal wins</source>
        <translation>个人成就需要</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/chain_view.py" line="91" />
        <source>Three dimensions: the role each person plays, what they are measured on, and how they decide and what they want for themselves. A ◇ marks the deal's virtual team: people outside the org chart's reporting lines.</source>
        <translation>三维决策分析：每个人在项目中的角色、考核的经营指标、决策标准及偏好和个人成就需要。◇ 表示项目虚拟团队成员：不在组织架构汇报线上的人。</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/chain_view.py" line="119" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/chain_view.py" line="125" />
        <source>— nobody yet —</source>
        <translation>— 尚无 —</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/chain_view.py" line="129" />
        <source> (left)</source>
        <translation>（已离开）</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/chain_view.py" line="151" />
        <source>No warnings on this decision chain.</source>
        <translation>本决策链没有警示。</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/chain_view.py" line="165" />
        <source>Give buying role</source>
        <translation>指定决策链角色</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/chain_view.py" line="178" />
        <location filename="../../ui/opportunities/chain_view.py" line="180" />
        <source>Remove buying role</source>
        <translation>移除决策链角色</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/chain_view.py" line="188" />
        <location filename="../../ui/opportunities/chain_view.py" line="190" />
        <source>Set attitude to the deal</source>
        <translation>设置对项目的态度</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../ui/opportunities/checklist_view.py" line="40" />
        <source>Start from template</source>
        <translation>从模板新建</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/checklist_view.py" line="44" />
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/checklist_view.py" line="47" />
        <source>New from</source>
        <translation>新建自</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/checklist_view.py" line="53" />
        <source>Section</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/checklist_view.py" line="53" />
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/checklist_view.py" line="53" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/checklist_view.py" line="54" />
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/checklist_view.py" line="54" />
        <source>Evidence or source</source>
        <translation>依据或来源</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/checklist_view.py" line="55" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/checklist_view.py" line="55" />
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/checklist_view.py" line="72" />
        <source>Add item</source>
        <translation>添加事项</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/checklist_view.py" line="73" />
        <source>Delete item</source>
        <translation>删除事项</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/checklist_view.py" line="74" />
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/checklist_view.py" line="75" />
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/checklist_view.py" line="76" />
        <location filename="../../ui/opportunities/checklist_view.py" line="286" />
        <location filename="../../ui/opportunities/checklist_view.py" line="294" />
        <source>Prefill from earlier tenders</source>
        <translation>按以往招标预填</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/checklist_view.py" line="77" />
        <source>Save as template…</source>
        <translation>另存为模板…</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/checklist_view.py" line="87" />
        <source>No tender-rule checklist on this deal yet: choose a template above (public tender, invited tender, single source, competitive negotiation, private RFP) and start one.</source>
        <translation>本项目还没有招投标规则检查表：在上方选择模板（公开招标、定向邀标、单一来源、竞争性谈判、企业询价/RFP）新建一份。</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/checklist_view.py" line="127" />
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/checklist_view.py" line="181" />
        <source>%1 of %2 items known (%3 %), %4 confirmed</source>
        <translation>%2项中已知%1项（%3%），已确认%4项</translation>
    </message>
    <message>
        <source>The date must look like 2026-03-11.</source>
        <translation type="vanished">日期格式应为2026-03-11。</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/checklist_view.py" line="213" />
        <source>Edit checklist item</source>
        <translation>编辑检查项</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/checklist_view.py" line="223" />
        <source>Start checklist</source>
        <translation>新建检查表</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/checklist_view.py" line="236" />
        <source>Add checklist item</source>
        <translation>添加检查项</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/checklist_view.py" line="237" />
        <source>New item</source>
        <translation>新事项</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/checklist_view.py" line="247" />
        <source>Delete checklist item</source>
        <translation>删除检查项</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/checklist_view.py" line="260" />
        <source>Move checklist item</source>
        <translation>移动检查项</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/checklist_view.py" line="267" />
        <source>Save as template</source>
        <translation>另存为模板</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/checklist_view.py" line="267" />
        <source>Template name:</source>
        <translation>模板名称：</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/checklist_view.py" line="273" />
        <source>Save checklist as template</source>
        <translation>将检查表另存为模板</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/checklist_view.py" line="282" />
        <source>No earlier tender at this account recorded values for the empty items of this checklist.</source>
        <translation>该客户以往的招标中没有记录本检查表空白事项的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/checklist_view.py" line="287" />
        <source>Fill %1 empty item(s) with what this customer did before? They are marked known, to be confirmed.</source>
        <translation>用该客户以往的做法填写%1个空白事项？这些事项将标为“已知”，仍需确认。</translation>
    </message>
</context>
<context>
    <name>ConcernsSection</name>
    <message>
        <location filename="../../ui/plan/concerns_section.py" line="27" />
        <source>Executive</source>
        <translation>高管</translation>
    </message>
    <message>
        <location filename="../../ui/plan/concerns_section.py" line="27" />
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/plan/concerns_section.py" line="27" />
        <source>Driving concern</source>
        <translation>主要关注点</translation>
    </message>
    <message>
        <location filename="../../ui/plan/concerns_section.py" line="28" />
        <source>How sure</source>
        <translation>确定程度</translation>
    </message>
    <message>
        <location filename="../../ui/plan/concerns_section.py" line="28" />
        <source>Message that answers it</source>
        <translation>回应关注点的信息</translation>
    </message>
    <message>
        <location filename="../../ui/plan/concerns_section.py" line="37" />
        <source>Return on operating resources, business flexibility, sustainable spending or digital transformation: which one drives each executive, and what we say to it. Double-click a message to edit it.</source>
        <translation>经营资源投入、业务灵活性、财务资源可持续还是数字化转型：每位高管最关注哪一项，我们如何回应。双击信息即可编辑。</translation>
    </message>
    <message>
        <location filename="../../ui/plan/concerns_section.py" line="71" />
        <source>%1 executive(s) without a message for their concern.</source>
        <translation>%1位高管尚无回应其关注点的信息。</translation>
    </message>
    <message>
        <location filename="../../ui/plan/concerns_section.py" line="74" />
        <source>No executives recorded: mark people as executives on the People tab.</source>
        <translation>尚未记录高管：请在联系人页将相关人员标记为高管。</translation>
    </message>
    <message>
        <location filename="../../ui/plan/concerns_section.py" line="87" />
        <source>Edit executive concern</source>
        <translation>编辑高管关注点</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="47" />
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="51" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="51" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="51" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="52" />
        <source>Kept now</source>
        <translation>当前保留</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="52" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="68" />
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="69" />
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="70" />
        <source>Keep my edited text</source>
        <translation>保留我编辑后的内容</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="71" />
        <source>No conflicts: every import merged cleanly.</source>
        <translation>没有冲突：所有导入都已顺利合并。</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="77" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="97" />
        <source>edited on both sides</source>
        <translation>双方都修改了</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="97" />
        <source>edited, but deleted</source>
        <translation>已修改但被删除</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="98" />
        <source>mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="98" />
        <source>theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="123" />
        <source>Mine (%1)</source>
        <translation>我的（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="124" />
        <source>Theirs (%1)</source>
        <translation>对方的（%1）</translation>
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message>
        <location filename="../../ui/importer/actions.py" line="75" />
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/actions.py" line="87" />
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location filename="../../ui/importer/actions.py" line="91" />
        <source>Imported %1: %2 people added, %3 updated, %4 reporting lines</source>
        <translation>已导入 %1：新增 %2 人，更新 %3 人，%4 条上下级关系</translation>
    </message>
    <message>
        <location filename="../../ui/importer/actions.py" line="99" />
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../ui/importer/actions.py" line="109" />
        <location filename="../../ui/importer/actions.py" line="112" />
        <source>Export contacts</source>
        <translation>导出联系人</translation>
    </message>
    <message>
        <location filename="../../ui/importer/actions.py" line="109" />
        <source>Choose an account first.</source>
        <translation>请先选择一个客户。</translation>
    </message>
    <message>
        <location filename="../../ui/importer/actions.py" line="113" />
        <source>CSV for Excel (*.csv);;vCard (*.vcf)</source>
        <translation>CSV（适用于 Excel）(*.csv);;vCard 名片 (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/actions.py" line="126" />
        <source>Wrote %1 people to %2</source>
        <translation>已将 %1 人写入 %2</translation>
    </message>
    <message>
        <location filename="../../ui/importer/actions.py" line="129" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>ControlPointsView</name>
    <message>
        <location filename="../../ui/opportunities/control_points_view.py" line="28" />
        <source>Start the six control points</source>
        <translation>开始跟踪六个控制点</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/control_points_view.py" line="33" />
        <source>Control point</source>
        <translation>控制点</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/control_points_view.py" line="33" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/control_points_view.py" line="33" />
        <source>What we know</source>
        <translation>已知情况</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/control_points_view.py" line="34" />
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/control_points_view.py" line="34" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/control_points_view.py" line="49" />
        <source>Who said so, when, where it is written</source>
        <translation>谁说的、何时、书面依据在哪</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/control_points_view.py" line="64" />
        <source>The six points that decide a deal</source>
        <translation>决定项目成败的六个控制点</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/control_points_view.py" line="74" />
        <source>Before the tender we want the customer's time, their ear on the budget and a say in the tender documents; in the tender we must know the procurement method, the scoring and how the winner is chosen. Unknown is not the same as at risk: find out.</source>
        <translation>招标前，要争取客户的方案交流时间、在预算设定时的话语权和对招标文件的影响；招标中，必须清楚采购方式、评分办法和定标规则。“未知”不等于“有风险”：要去弄清楚。</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/control_points_view.py" line="113" />
        <source>Start the control points</source>
        <translation>开始控制点</translation>
    </message>
    <message>
        <source>The date must look like 2026-03-11.</source>
        <translation type="vanished">日期格式应为2026-03-11。</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/control_points_view.py" line="139" />
        <source>Edit control point</source>
        <translation>编辑控制点</translation>
    </message>
</context>
<context>
    <name>DateLine</name>
    <message>
        <location filename="../../ui/opportunities/common.py" line="76" />
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/common.py" line="79" />
        <source>Type the date as 2027-03-05; 2027/3/5, 2027年3月5日 and 20270305 work too. Empty the field for no date.</source>
        <translation>日期请按 2027-03-05 的格式输入；也可以写 2027/3/5、2027年3月5日 或 20270305。清空即为不设日期。</translation>
    </message>
</context>
<context>
    <name>DealForm</name>
    <message>
        <location filename="../../ui/opportunities/deal_form.py" line="51" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/deal_form.py" line="52" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/deal_form.py" line="53" />
        <location filename="../../ui/opportunities/deal_form.py" line="80" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/deal_form.py" line="59" />
        <source>Deal value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/deal_form.py" line="60" />
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/deal_form.py" line="61" />
        <source>Purchase type</source>
        <translation>采购类型</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/deal_form.py" line="62" />
        <source>Procurement method</source>
        <translation>采购方式</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/deal_form.py" line="65" />
        <source>Competitors, separated by commas</source>
        <translation>竞争对手，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/deal_form.py" line="66" />
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/deal_form.py" line="67" />
        <source>Our owner</source>
        <translation>我方负责人</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/deal_form.py" line="70" />
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/deal_form.py" line="73" />
        <source>Why it was won, lost or dropped</source>
        <translation>赢单、丢单或放弃的原因</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/deal_form.py" line="74" />
        <source>Why won / lost</source>
        <translation>输赢原因</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/deal_form.py" line="75" />
        <source>This opportunity</source>
        <translation>本商机</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/deal_form.py" line="80" />
        <source>Past project</source>
        <translation>以往项目</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/deal_form.py" line="81" />
        <source>Procurement</source>
        <translation>采购方式</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/deal_form.py" line="81" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/deal_form.py" line="86" />
        <source>Past projects at this account: how this customer buys</source>
        <translation>该客户的以往项目：客户如何采购</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../ui/demo_banner.py" line="16" />
        <source>&lt;b&gt;Demo data.&lt;/b&gt; Explore freely: nothing here is real, and your own data is kept in a separate database.</source>
        <translation>&lt;b&gt;演示数据。&lt;/b&gt;可随意浏览和修改：这些数据都不是真实的，您自己的数据保存在单独的数据库中。</translation>
    </message>
    <message>
        <location filename="../../ui/demo_banner.py" line="18" />
        <source>Start my own database</source>
        <translation>开始使用我自己的数据库</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="18" />
        <source>Export for a teammate</source>
        <translation>导出给同事</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="19" />
        <source>All accounts</source>
        <translation>所有客户</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="20" />
        <source>Only “%1”</source>
        <translation>仅“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="23" />
        <source>Everything (not only what teammates are not known to have)</source>
        <translation>全部数据（而不只是同事可能还没有的部分）</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="24" />
        <source>Encrypt with the team passphrase</source>
        <translation>用团队口令加密</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="37" />
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="38" />
        <source>Again</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="43" />
        <source>Private notes and fields marked private are never exported.</source>
        <translation>私密笔记和标记为私密的字段永远不会被导出。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="50" />
        <source>Enter the team passphrase, or untick encryption.</source>
        <translation>请输入团队口令，或取消加密。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="53" />
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>ExternalChanges</name>
    <message>
        <location filename="../../ui/external_changes.py" line="59" />
        <source>Updated with changes made outside this window.</source>
        <translation>已更新在本窗口之外所做的修改。</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/importer/file_page.py" line="20" />
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../ui/importer/file_page.py" line="21" />
        <source>A CSV or Excel sheet (Salesforce, Outlook, your own), or vCards from a phone or mail program. Nothing is written before the preview.</source>
        <translation>CSV 或 Excel 表格（Salesforce、Outlook 或您自己的表格），或手机、邮件程序导出的名片。预览之前不会写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/importer/file_page.py" line="25" />
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <location filename="../../ui/importer/file_page.py" line="26" />
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/file_page.py" line="36" />
        <source>Type a new account or pick one</source>
        <translation>输入新客户名称或从列表中选择</translation>
    </message>
    <message>
        <location filename="../../ui/importer/file_page.py" line="44" />
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/importer/file_page.py" line="48" />
        <source>&amp;Account:</source>
        <translation>客户(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/importer/file_page.py" line="49" />
        <source>People go to the account their row names (a Company or 公司 column); rows that name none go to this account. A new name creates the account.</source>
        <translation>每人归入其所在行注明的客户（“公司”或 Company 列）；未注明客户的行归入此客户。输入新名称将新建客户。</translation>
    </message>
    <message>
        <location filename="../../ui/importer/file_page.py" line="56" />
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <location filename="../../ui/importer/file_page.py" line="57" />
        <source>Contacts (*.csv *.txt *.xlsx *.vcf *.vcard);;All files (*)</source>
        <translation>联系人文件 (*.csv *.txt *.xlsx *.vcf *.vcard);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/file_page.py" line="73" />
        <source>%1 rows, %2 columns%3</source>
        <translation>%1 行，%2 列%3</translation>
    </message>
</context>
<context>
    <name>HealthSection</name>
    <message>
        <location filename="../../ui/plan/health_section.py" line="32" />
        <source>Customer health</source>
        <translation>客户健康度</translation>
    </message>
    <message>
        <location filename="../../ui/plan/health_section.py" line="37" />
        <source>NPS by contact</source>
        <translation>各联系人的NPS</translation>
    </message>
    <message>
        <location filename="../../ui/plan/health_section.py" line="42" />
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/plan/health_section.py" line="42" />
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location filename="../../ui/plan/health_section.py" line="42" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/plan/health_section.py" line="42" />
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../ui/plan/health_section.py" line="43" />
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/plan/health_section.py" line="53" />
        <source>Comment (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/plan/health_section.py" line="55" />
        <source>Record score</source>
        <translation>记录评分</translation>
    </message>
    <message>
        <location filename="../../ui/plan/health_section.py" line="60" />
        <source>Score (0-10)</source>
        <translation>评分（0-10）</translation>
    </message>
    <message>
        <location filename="../../ui/plan/health_section.py" line="96" />
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/plan/health_section.py" line="143" />
        <source>Record NPS score</source>
        <translation>记录NPS评分</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/map/history_panel.py" line="45" />
        <source>What changed since</source>
        <translation>以下日期以来的变化</translation>
    </message>
    <message>
        <location filename="../../ui/map/history_panel.py" line="89" />
        <source>%1 change(s).</source>
        <translation>共 %1 处变化。</translation>
    </message>
    <message>
        <location filename="../../ui/map/history_panel.py" line="90" />
        <source>No changes to people, attitudes or lines since that day.</source>
        <translation>自该日起，人员、态度和关系线都没有变化。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="66" />
        <source>Import preview</source>
        <translation>导入预览</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="69" />
        <source>%1 was already imported; nothing would change.</source>
        <translation>%1 已经导入过，不会有任何变化。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="74" />
        <source>Importing %1 from device %2 will change:</source>
        <translation>从设备 %2 导入 %1 将会改变：</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="79" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="79" />
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="79" />
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="79" />
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="89" />
        <source>%1 values were changed differently by you and your teammate; you can review them after the import.</source>
        <translation>有 %1 个值被您和同事改成了不同内容；导入后可以逐一查看处理。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="92" />
        <source>Nothing new in this file.</source>
        <translation>该文件中没有新内容。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialogs.py" line="94" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/importer/wizard.py" line="24" />
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <location filename="../../ui/importer/wizard.py" line="59" />
        <source>Cannot preview the import</source>
        <translation>无法预览导入</translation>
    </message>
</context>
<context>
    <name>InsightsPanel</name>
    <message>
        <location filename="../../ui/map/insights_panel.py" line="73" />
        <source>Working out what the map says…</source>
        <translation>正在分析图谱……</translation>
    </message>
    <message>
        <location filename="../../ui/map/insights_panel.py" line="81" />
        <source>Insights could not be worked out: %1</source>
        <translation>无法完成分析：%1</translation>
    </message>
    <message>
        <location filename="../../ui/map/insights_panel.py" line="101" />
        <source>%1 findings. Click one to show its people on the map; italic ones rest on unconfirmed judgements.</source>
        <translation>共 %1 条发现。点击一条即可在图上选中相关人员；斜体表示基于未确认的判断。</translation>
    </message>
    <message>
        <location filename="../../ui/map/insights_panel.py" line="103" />
        <source>Nothing to point out yet: draw who reports to and influences whom.</source>
        <translation>暂无发现：先画出谁向谁汇报、谁影响谁。</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <location filename="../../ui/opportunities/propositions_view.py" line="31" />
        <source>Proposition library</source>
        <translation>价值主张库</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/propositions_view.py" line="32" />
        <source>Find: words, pinyin, account</source>
        <translation>查找：关键词、拼音、客户</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/propositions_view.py" line="39" />
        <source>Copy into this deal</source>
        <translation>复制到本项目</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/propositions_view.py" line="56" />
        <source>%1 deliveries, %2 landed well</source>
        <translation>传递%1次，效果好%2次</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <location filename="../../ui/visits/person_panel.py" line="116" />
        <source>Log a contact</source>
        <translation>记录联系</translation>
    </message>
    <message>
        <location filename="../../ui/visits/person_panel.py" line="132" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/visits/person_panel.py" line="133" />
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/visits/person_panel.py" line="134" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/visits/person_panel.py" line="135" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="64" />
        <source>Not saved</source>
        <extracomment>the controller opens databases and changes language (it rebuilds us)</extracomment>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86" />
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87" />
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88" />
        <source>Load the &amp;demo accounts</source>
        <translation>载入演示客户(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90" />
        <source>Export account &amp;plan…</source>
        <translation>导出客户计划(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91" />
        <source>Pre-visit &amp;brief…</source>
        <translation>拜访前简报(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95" />
        <source>&amp;Import contacts…</source>
        <translation>导入联系人(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96" />
        <source>E&amp;xport contacts…</source>
        <translation>导出联系人(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97" />
        <source>Export planned &amp;visits to calendar…</source>
        <translation>导出计划拜访到日历(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114" />
        <source>&amp;Find account</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115" />
        <source>&amp;Search everything…</source>
        <translation>全局搜索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116" />
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120" />
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122" />
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123" />
        <source>&amp;Export for a teammate…</source>
        <translation>导出给同事(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124" />
        <source>&amp;Import a file…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126" />
        <source>Review &amp;conflicts…</source>
        <translation>查看冲突(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134" />
        <source>&amp;Portfolio: tiers against revenue…</source>
        <translation>客户组合：分级与收入(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146" />
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147" />
        <source>Planner database (*.db);;All files (*)</source>
        <translation>客户计划数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195" />
        <source>Export account plan</source>
        <translation>导出客户计划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195" />
        <source>Choose an account first.</source>
        <translation>请先选择一个客户。</translation>
    </message>
    <message>
        <source>About</source>
        <translation type="vanished">关于</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Offline key-account planning for field sales.&lt;/p&gt;&lt;p&gt;Database: %3&lt;br&gt;Data folder: %4&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;面向一线销售的离线大客户规划工具。&lt;/p&gt;&lt;p&gt;数据库：%3&lt;br&gt;数据文件夹：%4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228" />
        <source> — demo data</source>
        <translation> — 演示数据</translation>
    </message>
</context>
<context>
    <name>MapExport</name>
    <message>
        <location filename="../../ui/map/export.py" line="21" />
        <source>Export the map</source>
        <translation>导出关系图谱</translation>
    </message>
    <message>
        <location filename="../../ui/map/export.py" line="22" />
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>MapTab</name>
    <message>
        <location filename="../../ui/map/tab.py" line="57" />
        <source>Insights</source>
        <translation>洞察</translation>
    </message>
    <message>
        <location filename="../../ui/map/tab.py" line="58" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/map/tab.py" line="60" />
        <source>Changes</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../ui/map/tab.py" line="78" />
        <source>Nobody at this account is on the map yet.

Add the first person, then drag from one card to another with Shift held to say who reports to or influences whom.</source>
        <translation>这个客户的关系图谱上还没有人。

先添加第一位联系人，然后按住 Shift 从一张卡片拖到另一张，标出谁向谁汇报、谁影响谁。</translation>
    </message>
    <message>
        <location filename="../../ui/map/tab.py" line="84" />
        <source>Add the first person</source>
        <translation>添加第一位联系人</translation>
    </message>
    <message>
        <location filename="../../ui/map/tab.py" line="204" />
        <source>Move %1 card(s)</source>
        <translation>移动 %1 张卡片</translation>
    </message>
    <message>
        <location filename="../../ui/map/tab.py" line="204" />
        <source>Move department</source>
        <translation>移动部门</translation>
    </message>
    <message>
        <location filename="../../ui/map/tab.py" line="222" />
        <source>Draw line: %1</source>
        <translation>画关系线：%1</translation>
    </message>
    <message>
        <location filename="../../ui/map/tab.py" line="243" />
        <location filename="../../ui/map/tab.py" line="251" />
        <source>Add person</source>
        <translation>新增联系人</translation>
    </message>
    <message>
        <location filename="../../ui/map/tab.py" line="247" />
        <source>Keep the map as shown</source>
        <translation>按当前显示固定图谱位置</translation>
    </message>
    <message>
        <location filename="../../ui/map/tab.py" line="249" />
        <source>New person</source>
        <translation>新联系人</translation>
    </message>
    <message>
        <location filename="../../ui/map/tab.py" line="273" />
        <source>%1 person(s) with their lines and roles</source>
        <translation>%1 位联系人及其关系线和角色</translation>
    </message>
    <message>
        <location filename="../../ui/map/tab.py" line="275" />
        <source>%1 line(s)</source>
        <translation>%1 条关系线</translation>
    </message>
    <message>
        <location filename="../../ui/map/tab.py" line="277" />
        <source>%1 department(s) (their people stay)</source>
        <translation>%1 个部门（其人员保留）</translation>
    </message>
    <message>
        <location filename="../../ui/map/tab.py" line="278" />
        <location filename="../../ui/map/tab.py" line="282" />
        <source>Delete from the map</source>
        <translation>从图谱中删除</translation>
    </message>
    <message>
        <location filename="../../ui/map/tab.py" line="279" />
        <source>Delete %1? You can undo this.</source>
        <translation>删除%1？此操作可以撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/map/tab.py" line="287" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/map/tab.py" line="298" />
        <location filename="../../ui/map/tab.py" line="310" />
        <source>Arrange the map</source>
        <translation>自动布局图谱</translation>
    </message>
    <message>
        <location filename="../../ui/map/tab.py" line="299" />
        <source>%1 card(s) have places you chose. Move them to the automatic layout? You can undo this.</source>
        <translation>有 %1 张卡片的位置是您手动摆放的。要改用自动布局吗？此操作可以撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/map/tab.py" line="334" />
        <source>Automatic layout</source>
        <translation>自动布局</translation>
    </message>
    <message>
        <location filename="../../ui/map/tab.py" line="364" />
        <source>Export the map</source>
        <translation>导出关系图谱</translation>
    </message>
    <message>
        <location filename="../../ui/map/tab.py" line="368" />
        <source>Map exported to %1</source>
        <translation>地图已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/map/tab.py" line="363" />
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>MapToolbar</name>
    <message>
        <location filename="../../ui/map/overlays.py" line="31" />
        <source>Add person</source>
        <translation>新增联系人</translation>
    </message>
    <message>
        <location filename="../../ui/map/overlays.py" line="32" />
        <source>Add a person (or double-click empty space)</source>
        <translation>添加联系人（或双击空白处）</translation>
    </message>
    <message>
        <location filename="../../ui/map/overlays.py" line="33" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/map/overlays.py" line="33" />
        <source>Delete the selection (Del)</source>
        <translation>删除所选内容（Del）</translation>
    </message>
    <message>
        <location filename="../../ui/map/overlays.py" line="38" />
        <source>Align left edges</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <location filename="../../ui/map/overlays.py" line="39" />
        <source>Align top edges</source>
        <translation>顶端对齐</translation>
    </message>
    <message>
        <location filename="../../ui/map/overlays.py" line="40" />
        <source>Align centres</source>
        <translation>居中对齐</translation>
    </message>
    <message>
        <location filename="../../ui/map/overlays.py" line="41" />
        <source>Align</source>
        <translation>对齐</translation>
    </message>
    <message>
        <location filename="../../ui/map/overlays.py" line="44" />
        <source>Org chart (reporting lines, departments)</source>
        <translation>组织架构图（按汇报关系和部门）</translation>
    </message>
    <message>
        <location filename="../../ui/map/overlays.py" line="45" />
        <source>Clusters by influence</source>
        <translation>按影响力聚类</translation>
    </message>
    <message>
        <location filename="../../ui/map/overlays.py" line="46" />
        <source>Arrange</source>
        <translation>自动布局</translation>
    </message>
    <message>
        <location filename="../../ui/map/overlays.py" line="49" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../ui/map/overlays.py" line="50" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ui/map/overlays.py" line="51" />
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location filename="../../ui/map/overlays.py" line="51" />
        <source>Fit the map in the window (F)</source>
        <translation>整张图谱适应窗口（F）</translation>
    </message>
    <message>
        <location filename="../../ui/map/overlays.py" line="56" />
        <source>Decision chain:</source>
        <translation>决策链：</translation>
    </message>
    <message>
        <location filename="../../ui/map/overlays.py" line="62" />
        <source>Colour by:</source>
        <translation>着色依据：</translation>
    </message>
    <message>
        <location filename="../../ui/map/overlays.py" line="65" />
        <source>Attitude</source>
        <translation>行为倾向</translation>
    </message>
    <message>
        <location filename="../../ui/map/overlays.py" line="66" />
        <source>Days since last contact</source>
        <translation>距上次联系天数</translation>
    </message>
    <message>
        <location filename="../../ui/map/overlays.py" line="67" />
        <source>Importance</source>
        <translation>重要程度</translation>
    </message>
    <message>
        <location filename="../../ui/map/overlays.py" line="69" />
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/map/overlays.py" line="72" />
        <source>People who left</source>
        <translation>已离职人员</translation>
    </message>
    <message>
        <location filename="../../ui/map/overlays.py" line="79" />
        <source>Export as PNG image…</source>
        <translation>导出为 PNG 图片……</translation>
    </message>
    <message>
        <location filename="../../ui/map/overlays.py" line="80" />
        <source>Export as SVG drawing…</source>
        <translation>导出为 SVG 矢量图……</translation>
    </message>
    <message>
        <location filename="../../ui/map/overlays.py" line="81" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/map/overlays.py" line="101" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/map/overlays.py" line="111" />
        <source>&lt;b&gt;—&lt;/b&gt; reports to &amp;nbsp; &lt;span style='color:#2f6db5'&gt;&lt;b&gt;- - ›&lt;/b&gt;&lt;/span&gt; influences (thicker = stronger) &amp;nbsp; &lt;span style='color:#c8372d'&gt;&lt;b&gt;—&lt;/b&gt;&lt;/span&gt; conflict &amp;nbsp; &lt;span style='color:#8e6bb8'&gt;&lt;b&gt;···&lt;/b&gt;&lt;/span&gt; informal &amp;nbsp; &lt;span style='color:#d64541'&gt;●&lt;/span&gt; contact overdue</source>
        <translation>&lt;b&gt;—&lt;/b&gt; 上下级 &amp;nbsp; &lt;span style='color:#2f6db5'&gt;&lt;b&gt;- - ›&lt;/b&gt;&lt;/span&gt; 影响（越粗越强） &amp;nbsp; &lt;span style='color:#c8372d'&gt;&lt;b&gt;—&lt;/b&gt;&lt;/span&gt; 冲突 &amp;nbsp; &lt;span style='color:#8e6bb8'&gt;&lt;b&gt;···&lt;/b&gt;&lt;/span&gt; 私交 &amp;nbsp; &lt;span style='color:#d64541'&gt;●&lt;/span&gt; 联系超期</translation>
    </message>
    <message>
        <location filename="../../ui/map/overlays.py" line="122" />
        <source>up to %1 days</source>
        <translation>%1 天以内</translation>
    </message>
    <message>
        <location filename="../../ui/map/overlays.py" line="123" />
        <source>longer</source>
        <translation>更久</translation>
    </message>
    <message>
        <location filename="../../ui/map/overlays.py" line="124" />
        <source>never met</source>
        <translation>从未见面</translation>
    </message>
    <message>
        <location filename="../../ui/map/overlays.py" line="126" />
        <source>(importance 1 to 5)</source>
        <translation>（重要程度 1 至 5）</translation>
    </message>
    <message>
        <location filename="../../ui/map/overlays.py" line="128" />
        <source>striped band: attitude unconfirmed</source>
        <translation>斜纹色条：态度未确认</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/importer/mapping_page.py" line="20" />
        <source>Match the columns</source>
        <translation>对应各列</translation>
    </message>
    <message>
        <location filename="../../ui/importer/mapping_page.py" line="21" />
        <source>Recognised headers are already matched. Change any column, or ignore it. A column naming each person's manager becomes reporting lines.</source>
        <translation>已识别的表头已自动对应。可修改任意一列，或忽略它。注明上级姓名的列将生成上下级关系。</translation>
    </message>
    <message>
        <location filename="../../ui/importer/mapping_page.py" line="25" />
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../ui/importer/mapping_page.py" line="25" />
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../ui/importer/mapping_page.py" line="26" />
        <source>Imports as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../ui/importer/mapping_page.py" line="36" />
        <source>&amp;Save mapping…</source>
        <translation>保存对应关系(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/mapping_page.py" line="38" />
        <source>Save these choices as a JSON file for 'planner import --mapping'</source>
        <translation>将这些选择保存为 JSON 文件，供 'planner import --mapping' 使用</translation>
    </message>
    <message>
        <location filename="../../ui/importer/mapping_page.py" line="55" />
        <source>(no header)</source>
        <translation>（无表头）</translation>
    </message>
    <message>
        <location filename="../../ui/importer/mapping_page.py" line="84" />
        <source>Choose the column that holds the names.</source>
        <translation>请选择包含姓名的列。</translation>
    </message>
    <message>
        <location filename="../../ui/importer/mapping_page.py" line="91" />
        <source>Save mapping</source>
        <translation>保存对应关系</translation>
    </message>
    <message>
        <location filename="../../ui/importer/mapping_page.py" line="92" />
        <source>Mapping (*.json)</source>
        <translation>对应关系 (*.json)</translation>
    </message>
</context>
<context>
    <name>NewMenu</name>
    <message>
        <location filename="../../ui/new_menu.py" line="21" />
        <source>&amp;Account…</source>
        <translation>客户(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/new_menu.py" line="24" />
        <source>&amp;Person…</source>
        <translation>联系人(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/new_menu.py" line="26" />
        <source>&amp;Opportunity…</source>
        <translation>商机(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/new_menu.py" line="28" />
        <source>Plan a &amp;visit…</source>
        <translation>计划拜访(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/new_menu.py" line="30" />
        <source>&amp;Note</source>
        <translation>笔记(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/new_menu.py" line="50" />
        <source>Select an account first.</source>
        <translation>请先选择一个客户。</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../ui/visits/note_editor.py" line="36" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/visits/note_editor.py" line="37" />
        <source>Private (never synced or exported)</source>
        <translation>私密（不同步、不导出）</translation>
    </message>
    <message>
        <location filename="../../ui/visits/note_editor.py" line="43" />
        <source>Write the meeting notes here. Saved as you type.</source>
        <translation>在此记录会议纪要，输入时自动保存。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/note_editor.py" line="53" />
        <source>Bold</source>
        <translation>加粗</translation>
    </message>
    <message>
        <location filename="../../ui/visits/note_editor.py" line="54" />
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <location filename="../../ui/visits/note_editor.py" line="55" />
        <source>Bulleted list</source>
        <translation>项目符号列表</translation>
    </message>
    <message>
        <location filename="../../ui/visits/note_editor.py" line="56" />
        <source>Numbered list</source>
        <translation>编号列表</translation>
    </message>
    <message>
        <location filename="../../ui/visits/note_editor.py" line="58" />
        <source>Link a person…</source>
        <translation>链接联系人…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/note_editor.py" line="59" />
        <source>Link an opportunity…</source>
        <translation>链接商机…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/note_editor.py" line="133" />
        <source>Link a person</source>
        <translation>链接联系人</translation>
    </message>
    <message>
        <location filename="../../ui/visits/note_editor.py" line="133" />
        <source>Link an opportunity</source>
        <translation>链接商机</translation>
    </message>
    <message>
        <location filename="../../ui/visits/note_editor.py" line="134" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../ui/visits/note_editor.py" line="155" />
        <location filename="../../ui/visits/note_editor.py" line="179" />
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../ui/visits/note_editor.py" line="161" />
        <source>Editing…</source>
        <translation>编辑中…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/note_editor.py" line="166" />
        <source>Mark note private</source>
        <translation>将笔记设为私密</translation>
    </message>
    <message>
        <location filename="../../ui/visits/note_editor.py" line="166" />
        <source>Mark note shared</source>
        <translation>将笔记设为共享</translation>
    </message>
    <message>
        <location filename="../../ui/visits/note_editor.py" line="177" />
        <source>Edit note</source>
        <translation>编辑笔记</translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="29" />
        <location filename="../../ui/plan/dialogs.py" line="48" />
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="29" />
        <source>Add objective</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="33" />
        <source>e.g. Executive sponsor at CFO level</source>
        <translation>例如：在总会计师层面获得高层支持</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="41" />
        <source>How success is measured</source>
        <translation>如何衡量达成</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="49" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="50" />
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="54" />
        <source>Target / actual</source>
        <translation>目标值 / 实际值</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="55" />
        <source>Measure</source>
        <translation>衡量方式</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="56" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="57" />
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../ui/plan/dialogs.py" line="58" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ObjectivesSection</name>
    <message>
        <location filename="../../ui/plan/objectives_section.py" line="29" />
        <source>Objective / action</source>
        <translation>目标 / 行动</translation>
    </message>
    <message>
        <location filename="../../ui/plan/objectives_section.py" line="29" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/plan/objectives_section.py" line="29" />
        <source>Target → actual</source>
        <translation>目标 → 实际</translation>
    </message>
    <message>
        <location filename="../../ui/plan/objectives_section.py" line="30" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/plan/objectives_section.py" line="30" />
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../ui/plan/objectives_section.py" line="30" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/plan/objectives_section.py" line="36" />
        <location filename="../../ui/plan/objectives_section.py" line="118" />
        <source>Add objective</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <location filename="../../ui/plan/objectives_section.py" line="38" />
        <source>Add action to objective</source>
        <translation>为目标添加行动</translation>
    </message>
    <message>
        <location filename="../../ui/plan/objectives_section.py" line="40" />
        <location filename="../../ui/plan/objectives_section.py" line="155" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/plan/objectives_section.py" line="46" />
        <source>No objectives yet. Add where you want to be with this customer this period: a revenue target, a share of wallet, a relationship goal.</source>
        <translation>还没有目标。添加本周期希望与该客户达到的目标：收入目标、钱包份额、关系目标。</translation>
    </message>
    <message>
        <location filename="../../ui/plan/objectives_section.py" line="51" />
        <source>Double-click to edit; actions listed under an objective serve it.</source>
        <translation>双击编辑；目标下列出的行动服务于该目标。</translation>
    </message>
    <message>
        <location filename="../../ui/plan/objectives_section.py" line="79" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/plan/objectives_section.py" line="129" />
        <source>Add action</source>
        <translation>添加行动</translation>
    </message>
    <message>
        <location filename="../../ui/plan/objectives_section.py" line="143" />
        <source>Edit objective</source>
        <translation>编辑目标</translation>
    </message>
    <message>
        <location filename="../../ui/plan/objectives_section.py" line="152" />
        <source>Delete objective</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <location filename="../../ui/plan/objectives_section.py" line="153" />
        <source>Delete this objective? Its actions stay in the action plan. You can undo this.</source>
        <translation>删除此目标？其行动仍保留在行动计划中。可以撤销。</translation>
    </message>
</context>
<context>
    <name>OpportunitiesTab</name>
    <message>
        <location filename="../../ui/opportunities/tab.py" line="75" />
        <location filename="../../ui/opportunities/tab.py" line="193" />
        <location filename="../../ui/opportunities/tab.py" line="195" />
        <source>New opportunity</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/tab.py" line="78" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/tab.py" line="86" />
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/tab.py" line="102" />
        <source>Deal</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/tab.py" line="102" />
        <source>Decision chain</source>
        <translation>决策链</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/tab.py" line="103" />
        <source>Value propositions</source>
        <translation>价值主张</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/tab.py" line="104" />
        <source>Control points</source>
        <translation>控制点</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/tab.py" line="105" />
        <source>Tender rules</source>
        <translation>招投标规则</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/tab.py" line="106" />
        <source>Scoring simulator</source>
        <translation>评标模拟</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/tab.py" line="107" />
        <source>Bid / no-bid</source>
        <translation>投标决策</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/tab.py" line="109" />
        <source>No opportunity at this account yet.

“New opportunity” adds one; past projects (won or lost) belong here too: they show how the customer buys.</source>
        <translation>该客户还没有商机。

点“新建商机”添加；以往的项目（赢单或丢单）也应记在这里：它们反映了客户的采购方式。</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/tab.py" line="193" />
        <source>Opportunity name:</source>
        <translation>商机名称：</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/tab.py" line="207" />
        <location filename="../../ui/opportunities/tab.py" line="210" />
        <source>Delete opportunity</source>
        <translation>删除商机</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/tab.py" line="208" />
        <source>Delete “%1” with its decision chain, propositions, checklists and simulations? You can undo this.</source>
        <translation>删除“%1”及其决策链、价值主张、检查表和评标模拟？可以撤销。</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ui/overview_tab.py" line="25" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="26" />
        <source>Tier</source>
        <translation>客户分级</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="27" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="28" />
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="29" />
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="32" />
        <source>current business</source>
        <translation>当前业务</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="35" />
        <source>Revenue potential</source>
        <translation>收入潜力</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="36" />
        <source>Account owner</source>
        <translation>客户负责人</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="38" />
        <source>What matters about this customer: strategy, our position, history…</source>
        <translation>关于该客户的要点：战略、我方地位、历史合作……</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="40" />
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="42" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="62" />
        <source>%1 people in %2 departments · %3 opportunities, %4 open</source>
        <translation>%2 个部门共 %1 人 · %3 个商机，其中 %4 个进行中</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../ui/people_tab.py" line="96" />
        <source>Filter people: name, pinyin, title, department</source>
        <translation>筛选联系人：姓名、拼音、职务、部门</translation>
    </message>
    <message>
        <location filename="../../ui/people_tab.py" line="101" />
        <source>Any attitude</source>
        <translation>任意倾向</translation>
    </message>
    <message>
        <location filename="../../ui/people_tab.py" line="104" />
        <source>Show people who left</source>
        <translation>显示已离开人员</translation>
    </message>
    <message>
        <location filename="../../ui/people_tab.py" line="105" />
        <location filename="../../ui/people_tab.py" line="192" />
        <location filename="../../ui/people_tab.py" line="194" />
        <source>Add person</source>
        <translation>新增联系人</translation>
    </message>
    <message>
        <location filename="../../ui/people_tab.py" line="107" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/people_tab.py" line="126" />
        <source>No people at this account yet.

“Add person” adds one; File → Import contacts… brings in a spreadsheet, an Outlook or Salesforce export or an address book (vCard).</source>
        <translation>这个客户还没有联系人。

点“新增联系人”逐个添加；或用“文件 → 导入联系人…”导入表格、Outlook 或 Salesforce 导出文件、通讯录（vCard）。</translation>
    </message>
    <message>
        <location filename="../../ui/people_tab.py" line="165" />
        <source>%1 of %2 people shown</source>
        <translation>显示 %1 / %2 人</translation>
    </message>
    <message>
        <location filename="../../ui/people_tab.py" line="192" />
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/people_tab.py" line="209" />
        <location filename="../../ui/people_tab.py" line="214" />
        <source>Delete people</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <location filename="../../ui/people_tab.py" line="210" />
        <source>Delete %1 person(s) and their lines and roles? You can undo this.</source>
        <translation>删除 %1 名联系人及其关系线和角色？可以撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/people_tab.py" line="217" />
        <source>Delete person</source>
        <translation>删除联系人</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../../ui/map/person_panel.py" line="25" />
        <source>Select a card or a line to edit it.

Double-click empty space to add a person; Shift+drag from one card to another to draw a line.</source>
        <translation>选中一张卡片或一条关系线即可编辑。

双击空白处添加联系人；按住 Shift 从一张卡片拖到另一张卡片即可画关系线。</translation>
    </message>
    <message>
        <location filename="../../ui/map/person_panel.py" line="37" />
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/map/person_panel.py" line="38" />
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/map/person_panel.py" line="39" />
        <source>Attitude</source>
        <translation>行为倾向</translation>
    </message>
    <message>
        <location filename="../../ui/map/person_panel.py" line="40" />
        <location filename="../../ui/map/person_panel.py" line="52" />
        <source>How sure</source>
        <translation>确定程度</translation>
    </message>
    <message>
        <location filename="../../ui/map/person_panel.py" line="41" />
        <source>Importance</source>
        <translation>重要程度</translation>
    </message>
    <message>
        <location filename="../../ui/map/person_panel.py" line="42" />
        <source>Closeness</source>
        <translation>关系紧密度</translation>
    </message>
    <message>
        <location filename="../../ui/map/person_panel.py" line="43" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/map/person_panel.py" line="44" />
        <source>Our owner</source>
        <translation>我方负责人</translation>
    </message>
    <message>
        <location filename="../../ui/map/person_panel.py" line="50" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/map/person_panel.py" line="51" />
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <location filename="../../ui/map/person_panel.py" line="53" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/visits/person_panel.py" line="32" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/visits/person_panel.py" line="33" />
        <source>Set cadence</source>
        <translation>设定频率</translation>
    </message>
    <message>
        <location filename="../../ui/visits/person_panel.py" line="34" />
        <source>Log a contact…</source>
        <translation>记录联系…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/person_panel.py" line="40" />
        <source>Contact every</source>
        <translation>联系间隔</translation>
    </message>
    <message>
        <location filename="../../ui/visits/person_panel.py" line="64" />
        <source>This person has left the account.</source>
        <translation>此人已离开该客户。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/person_panel.py" line="68" />
        <source>own contact plan</source>
        <translation>个人联系计划</translation>
    </message>
    <message>
        <location filename="../../ui/visits/person_panel.py" line="68" />
        <source>default for their role and importance</source>
        <translation>按角色和重要程度的默认值</translation>
    </message>
    <message>
        <location filename="../../ui/visits/person_panel.py" line="69" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/visits/person_panel.py" line="71" />
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/visits/person_panel.py" line="71" />
        <source>due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../ui/visits/person_panel.py" line="71" />
        <source>on track</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/visits/person_panel.py" line="74" />
        <source>&lt;b&gt;%1&lt;/b&gt;: every %2 days (%3). Last contact: %4. Next due: %5 — &lt;span style='color:%6'&gt;%7&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：每 %2 天（%3）。上次联系：%4。下次应联系：%5 — &lt;span style='color:%6'&gt;%7&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/visits/person_panel.py" line="81" />
        <source>No trust history yet: log a contact or a visit with %1 and the trust chart fills in.</source>
        <translation>尚无信任度记录：记录与%1的联系或拜访后，信任度图表即会显示。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/person_panel.py" line="92" />
        <source>Set contact cadence</source>
        <translation>设定联系频率</translation>
    </message>
    <message>
        <location filename="../../ui/visits/person_panel.py" line="102" />
        <source>Log a contact</source>
        <translation>记录联系</translation>
    </message>
</context>
<context>
    <name>PlanExportDialog</name>
    <message>
        <location filename="../../ui/report_dialogs.py" line="50" />
        <source>Export account plan: %1</source>
        <translation>导出客户计划：%1</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialogs.py" line="52" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialogs.py" line="53" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialogs.py" line="57" />
        <source>Include private information</source>
        <translation>包含私密信息</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialogs.py" line="59" />
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialogs.py" line="62" />
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialogs.py" line="110" />
        <source>Building the plan…</source>
        <translation>正在生成客户计划…</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialogs.py" line="138" />
        <source>%1 pages</source>
        <translation>%1 页</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialogs.py" line="147" />
        <location filename="../../ui/report_dialogs.py" line="170" />
        <source>Export account plan</source>
        <translation>导出客户计划</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialogs.py" line="159" />
        <source>Save the account plan</source>
        <translation>保存客户计划</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialogs.py" line="169" />
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialogs.py" line="174" />
        <source>Account plan saved to %1</source>
        <translation>客户计划已保存到 %1</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../ui/plan/plan_tab.py" line="34" />
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_tab.py" line="34" />
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_tab.py" line="35" />
        <source>SWOT</source>
        <translation>SWOT分析</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_tab.py" line="35" />
        <source>Whitespace</source>
        <translation>空白点</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_tab.py" line="36" />
        <source>Executive concerns</source>
        <translation>高管关注点</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_tab.py" line="36" />
        <source>Health &amp; NPS</source>
        <translation>健康度与NPS</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_tab.py" line="37" />
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_tab.py" line="37" />
        <source>Tier rationale</source>
        <translation>分级理由</translation>
    </message>
</context>
<context>
    <name>PlanVisitDialog</name>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="34" />
        <source>Plan a visit</source>
        <translation>计划拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="38" />
        <source>(no opportunity)</source>
        <translation>（不关联商机）</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="49" />
        <location filename="../../ui/visits/plan_dialog.py" line="159" />
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="56" />
        <source>What do we want from this meeting?</source>
        <translation>这次会面我们想达成什么？</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="60" />
        <source>Questions to ask, one a line</source>
        <translation>要问的问题，每行一个</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="64" />
        <source>Our people, separated by commas</source>
        <translation>我方人员，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="86" />
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="90" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="91" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="92" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="93" />
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="94" />
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="95" />
        <source>Our people</source>
        <translation>我方人员</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="100" />
        <source>Attendees from the account</source>
        <translation>客户方参与人</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="102" />
        <source>Value propositions to deliver</source>
        <translation>要传递的价值主张</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="108" />
        <source>Briefing on the attendees</source>
        <translation>参与人简报</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="115" />
        <source>Plan the visit</source>
        <translation>计划拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="132" />
        <source>No value propositions for this opportunity yet</source>
        <translation>此商机尚无价值主张</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="153" />
        <source>Change the plan</source>
        <translation>修改计划</translation>
    </message>
</context>
<context>
    <name>PortfolioDialog</name>
    <message>
        <location filename="../../ui/plan/portfolio_dialog.py" line="22" />
        <source>Portfolio: tiers against revenue</source>
        <translation>客户组合：分级与收入</translation>
    </message>
    <message>
        <location filename="../../ui/plan/portfolio_dialog.py" line="29" />
        <source>%1 (accounts: %2)</source>
        <translation>%1（%2 个客户）</translation>
    </message>
    <message>
        <location filename="../../ui/plan/portfolio_dialog.py" line="32" />
        <source>&amp;Currency:</source>
        <translation>币种(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../ui/plan/portfolio_dialog.py" line="41" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/plan/portfolio_dialog.py" line="41" />
        <source>Tier</source>
        <translation>客户分级</translation>
    </message>
    <message>
        <location filename="../../ui/plan/portfolio_dialog.py" line="41" />
        <source>Current business</source>
        <translation>当前业务</translation>
    </message>
    <message>
        <location filename="../../ui/plan/portfolio_dialog.py" line="42" />
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../ui/plan/portfolio_dialog.py" line="42" />
        <source>Cumulative</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <location filename="../../ui/plan/portfolio_dialog.py" line="42" />
        <source>Revenue potential</source>
        <translation>收入潜力</translation>
    </message>
    <message>
        <location filename="../../ui/plan/portfolio_dialog.py" line="43" />
        <source>Strategic</source>
        <translation>战略价值</translation>
    </message>
    <message>
        <location filename="../../ui/plan/portfolio_dialog.py" line="43" />
        <source>Reference</source>
        <translation>样板价值</translation>
    </message>
    <message>
        <location filename="../../ui/plan/portfolio_dialog.py" line="43" />
        <source>Tier rationale</source>
        <translation>分级理由</translation>
    </message>
    <message>
        <location filename="../../ui/plan/portfolio_dialog.py" line="82" />
        <source>The tier looks out of line with the revenue.</source>
        <translation>分级与收入不太相符。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences.py" line="15" />
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="25" />
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="28" />
        <source>e.g. 陈晓 (East China sales)</source>
        <translation>例如：陈晓（华东销售）</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="29" />
        <source>Shown to teammates next to the changes you send them</source>
        <translation>队友会在你发给他们的更改旁看到这个名字</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="36" />
        <source>Your name for teammates</source>
        <translation>给队友显示的姓名</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="20" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="21" />
        <source>Nothing has been written yet. Change a row's match if it is wrong; Import writes everything at once, and Undo takes it all back.</source>
        <translation>尚未写入任何内容。如某行匹配有误，请修改；“导入”一次写入全部内容，“撤销”可全部撤回。</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="28" />
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="28" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="28" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="29" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="29" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="29" />
        <source>Match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="40" />
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="54" />
        <source>%1 to create, %2 to update, %3 unchanged, %4 skipped · %5 new accounts, %6 new departments, %7 reporting lines</source>
        <translation>新建 %1 人，更新 %2 人，无变化 %3 人，跳过 %4 行 · 新客户 %5 个，新部门 %6 个，上下级关系 %7 条</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="81" />
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="82" />
        <source>New person</source>
        <translation>新联系人</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="83" />
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../ui/importer/preview_page.py" line="85" />
        <source>Update %1</source>
        <translation>更新 %1</translation>
    </message>
</context>
<context>
    <name>PropositionsView</name>
    <message>
        <location filename="../../ui/opportunities/propositions_view.py" line="82" />
        <location filename="../../ui/opportunities/propositions_view.py" line="274" />
        <source>New proposition</source>
        <translation>新价值主张</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/propositions_view.py" line="85" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/propositions_view.py" line="88" />
        <source>From the library…</source>
        <translation>从库中选取…</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/propositions_view.py" line="104" />
        <source>What we say in under a minute: the advantage, the proof, what it means to them.</source>
        <translation>一分钟内能说完：优势、证据、对客户意味着什么。</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/propositions_view.py" line="109" />
        <source>Worked</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/propositions_view.py" line="111" />
        <source>In the library</source>
        <translation>收入库中</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/propositions_view.py" line="120" />
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/propositions_view.py" line="121" />
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/propositions_view.py" line="129" />
        <source>Aim at</source>
        <translation>指定对象</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/propositions_view.py" line="132" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/propositions_view.py" line="138" />
        <source>Aimed at</source>
        <translation>传递对象</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/propositions_view.py" line="143" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/propositions_view.py" line="143" />
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/propositions_view.py" line="143" />
        <source>To whom</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/propositions_view.py" line="144" />
        <source>How it landed</source>
        <translation>效果</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/propositions_view.py" line="144" />
        <location filename="../../ui/opportunities/propositions_view.py" line="157" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/propositions_view.py" line="159" />
        <location filename="../../ui/opportunities/propositions_view.py" line="316" />
        <source>Log delivery</source>
        <translation>记录传递</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/propositions_view.py" line="162" />
        <location filename="../../ui/opportunities/propositions_view.py" line="325" />
        <source>Delete delivery</source>
        <translation>删除传递记录</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/propositions_view.py" line="169" />
        <source>Deliveries: when, how, to whom, how it landed</source>
        <translation>传递记录：何时、何种方式、对谁、效果如何</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/propositions_view.py" line="220" />
        <source>≈ %1 s · %2 people · %3 deliveries</source>
        <translation>约%1秒 · %2人 · 传递%3次</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/propositions_view.py" line="231" />
        <source>Two or three short propositions, each aimed and delivered: good.</source>
        <translation>两三条简短的价值主张，都有对象、都已传递：很好。</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/propositions_view.py" line="243" />
        <source>About %1 seconds to say (limit 60)</source>
        <translation>说完约需%1秒（上限60秒）</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/propositions_view.py" line="272" />
        <source>New value proposition</source>
        <translation>新建价值主张</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/propositions_view.py" line="284" />
        <source>Delete value proposition</source>
        <translation>删除价值主张</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/propositions_view.py" line="289" />
        <source>Mark as worked</source>
        <translation>标记为有效</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/propositions_view.py" line="289" />
        <source>Put in the library</source>
        <translation>收入库中</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/propositions_view.py" line="298" />
        <source>Aim proposition</source>
        <translation>指定价值主张对象</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/propositions_view.py" line="304" />
        <source>Remove proposition target</source>
        <translation>移除传递对象</translation>
    </message>
    <message>
        <source>The date must look like 2026-03-11.</source>
        <translation type="vanished">日期格式应为2026-03-11。</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/propositions_view.py" line="337" />
        <source>Copy proposition from the library</source>
        <translation>从库中复制价值主张</translation>
    </message>
</context>
<context>
    <name>QuickCaptureDialog</name>
    <message>
        <location filename="../../ui/visits/quick_capture.py" line="84" />
        <location filename="../../ui/visits/quick_capture.py" line="244" />
        <source>Quick capture</source>
        <translation>快速记录</translation>
    </message>
    <message>
        <location filename="../../ui/visits/quick_capture.py" line="90" />
        <source>&amp;Visit</source>
        <translation>拜访(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/quick_capture.py" line="91" />
        <source>N&amp;ote</source>
        <translation>笔记(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/quick_capture.py" line="92" />
        <source>&amp;Contact</source>
        <translation>联系(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/visits/quick_capture.py" line="101" />
        <source>Type an account name or its pinyin</source>
        <translation>输入客户名称或拼音</translation>
    </message>
    <message>
        <location filename="../../ui/visits/quick_capture.py" line="107" />
        <source>Type a name or pinyin, Enter to add</source>
        <translation>输入姓名或拼音，回车添加</translation>
    </message>
    <message>
        <location filename="../../ui/visits/quick_capture.py" line="113" />
        <source>What happened? The first line becomes the title.</source>
        <translation>发生了什么？第一行作为标题。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/quick_capture.py" line="122" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/visits/quick_capture.py" line="123" />
        <source>People</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/visits/quick_capture.py" line="162" />
        <source>Several accounts match “%1”: pick one from the list.</source>
        <translation>有多个客户与“%1”匹配：请从列表中选择一个。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/quick_capture.py" line="207" />
        <source>%1 people match “%2”: pick one from the list.</source>
        <translation>有 %1 人与“%2”匹配：请从列表中选择一个。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/quick_capture.py" line="211" />
        <source>Nobody at this account matches “%1”.</source>
        <translation>该客户没有与“%1”匹配的联系人。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/quick_capture.py" line="234" />
        <source>Pick an account first.</source>
        <translation>请先选择客户。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/quick_capture.py" line="237" />
        <source>Write a line about what happened.</source>
        <translation>请写一句发生了什么。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/quick_capture.py" line="240" />
        <source>A contact needs at least one person.</source>
        <translation>联系记录至少需要一个人。</translation>
    </message>
</context>
<context>
    <name>ReadinessView</name>
    <message>
        <location filename="../../ui/opportunities/readiness_view.py" line="42" />
        <source>Score: under control or known counts fully, at risk half, unknown nothing. Bid when the score is 70 or more and the decider, the procurement method, the scoring and the award rule are known.</source>
        <translation>评分：已掌控或已知计满分，有风险计一半，未知不计分。得分达到70分，且决策者、采购方式、评分办法和定标规则都已清楚时，建议投标。</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/readiness_view.py" line="45" />
        <source>Control points</source>
        <translation>控制点</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/readiness_view.py" line="45" />
        <source>Decision chain</source>
        <translation>决策链</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/readiness_view.py" line="46" />
        <source>Tender rules</source>
        <translation>招投标规则</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/readiness_view.py" line="46" />
        <source>Value propositions</source>
        <translation>价值主张</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/record_form.py" line="175" />
        <source>Edit %1</source>
        <extracomment>typing pause after which a multi-line text is saved (as the note editor)</extracomment>
        <translation>编辑 %1</translation>
    </message>
</context>
<context>
    <name>RisksSection</name>
    <message>
        <location filename="../../ui/plan/risks_section.py" line="29" />
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../ui/plan/risks_section.py" line="29" />
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <location filename="../../ui/plan/risks_section.py" line="29" />
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <location filename="../../ui/plan/risks_section.py" line="29" />
        <source>Severity</source>
        <translation>严重度</translation>
    </message>
    <message>
        <location filename="../../ui/plan/risks_section.py" line="30" />
        <source>Mitigation</source>
        <translation>应对措施</translation>
    </message>
    <message>
        <location filename="../../ui/plan/risks_section.py" line="30" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/plan/risks_section.py" line="30" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/plan/risks_section.py" line="37" />
        <location filename="../../ui/plan/risks_section.py" line="100" />
        <location filename="../../ui/plan/risks_section.py" line="102" />
        <source>Add risk</source>
        <translation>添加风险</translation>
    </message>
    <message>
        <location filename="../../ui/plan/risks_section.py" line="39" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/plan/risks_section.py" line="43" />
        <source>Severity = likelihood × impact (15+ high, 8-14 medium). Double-click a text to edit it.</source>
        <translation>严重度 = 可能性 × 影响（15以上为高，8-14为中）。双击文字即可编辑。</translation>
    </message>
    <message>
        <location filename="../../ui/plan/risks_section.py" line="92" />
        <source>Edit risk</source>
        <translation>编辑风险</translation>
    </message>
    <message>
        <location filename="../../ui/plan/risks_section.py" line="100" />
        <source>What could go wrong?</source>
        <translation>可能出什么问题？</translation>
    </message>
    <message>
        <location filename="../../ui/plan/risks_section.py" line="109" />
        <source>Delete risk</source>
        <translation>删除风险</translation>
    </message>
</context>
<context>
    <name>ScoringView</name>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="76" />
        <location filename="../../ui/opportunities/scoring_view.py" line="392" />
        <source>New simulation</source>
        <translation>新建模拟</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="79" />
        <location filename="../../ui/opportunities/scoring_view.py" line="399" />
        <source>Delete simulation</source>
        <translation>删除模拟</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="83" />
        <source>Simulation</source>
        <translation>模拟</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="93" />
        <source>technical</source>
        <translation>技术</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="93" />
        <source>commercial</source>
        <translation>商务</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="94" />
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="110" />
        <source>points off per 1 % above</source>
        <translation>每高1%扣分</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="111" />
        <source>per 1 % below</source>
        <translation>每低1%扣</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="112" />
        <source>benchmark factor</source>
        <translation>基准价系数</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="113" />
        <source>technical shortlist mark %</source>
        <translation>技术入围线 %</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="118" />
        <source>Price scoring rule</source>
        <translation>价格分计算方法</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="119" />
        <source>Weights (points)</source>
        <translation>权重（分值）</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="120" />
        <source>Rule details</source>
        <translation>规则细节</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="124" />
        <location filename="../../ui/opportunities/scoring_view.py" line="152" />
        <source>Bidder</source>
        <translation>投标人</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="124" />
        <source>Us</source>
        <translation>我方</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="124" />
        <source>Technical %</source>
        <translation>技术分 %</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="125" />
        <source>Commercial %</source>
        <translation>商务分 %</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="125" />
        <source>Price</source>
        <translation>报价</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="130" />
        <source>Add bidder</source>
        <translation>添加投标人</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="133" />
        <source>Remove bidder</source>
        <translation>移除投标人</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="139" />
        <source>Scores as a share of full marks (85 = 85 % of the points).</source>
        <translation>得分按占满分的百分比填写（85 = 得到85%的分值）。</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="140" />
        <source>How the tender is scored, and the bids as we expect them</source>
        <translation>评标办法，以及我们预估的各家投标</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="152" />
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="152" />
        <source>Technical</source>
        <translation>技术分</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="153" />
        <source>Commercial</source>
        <translation>商务分</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="153" />
        <source>Price score</source>
        <translation>价格分</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="153" />
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="172" />
        <source>No simulation yet. “New simulation” starts one with us and the deal's competitors.</source>
        <translation>还没有评标模拟。点“新建模拟”，以我方和本项目的竞争对手开始。</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="193" />
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="221" />
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="224" />
        <source>= %1, must add up to 100</source>
        <translation>= %1，合计应为 100</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="240" />
        <source>No price yet. Type it, e.g. 3,400,000 or 3400万.</source>
        <translation>尚无报价。请填写，例如 3,400,000 或 3400万。</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="269" />
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="281" />
        <source>out</source>
        <translation>出局</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="286" />
        <source>no price yet</source>
        <translation>尚无报价</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="302" />
        <source>No verdict yet:</source>
        <translation>暂无结论：</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="302" />
        <source>Cannot simulate:</source>
        <translation>无法模拟：</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="309" />
        <source>We rank first.</source>
        <translation>我方排名第一。</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="311" />
        <source>We rank %1 of %2.</source>
        <translation>我方在%2家中排第%1。</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="316" />
        <source>Our technical score (%1 %) is below the shortlist mark (%2 %): we are out.</source>
        <translation>我方技术分（%1%）低于入围线（%2%）：未入围。</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="321" />
        <source>We are not ranked.</source>
        <translation>我方未参与排名。</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="380" />
        <source>A price of 0 is not a bid. Leave the price empty while it is not known.</source>
        <translation>报价为 0 不是有效报价。报价未知时请留空。</translation>
    </message>
    <message>
        <source>We are below the technical shortlist mark.</source>
        <translation type="vanished">我方技术分低于入围线。</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="323" />
        <source>Price does not decide: we win at any price with these scores.</source>
        <translation>价格不起决定作用：按这些得分，任何报价都能中标。</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="327" />
        <source>We win with a price between %1 and %2.</source>
        <translation>报价在%1到%2之间可以中标。</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="330" />
        <source>To win at our scores, bid at most %1.</source>
        <translation>按我方得分，报价不超过%1才能中标。</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="333" />
        <source>No price wins at our scores.</source>
        <translation>按我方得分，任何报价都无法中标。</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="336" />
        <source>At our price, even full technical marks do not win.</source>
        <translation>按我方报价，技术分满分也无法中标。</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="339" />
        <source>At our price we need a technical score of %1 % (%2 of %3 points).</source>
        <translation>按我方报价，技术分需达到%1%（%3分中得%2分）。</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="348" />
        <source>Edit simulation</source>
        <translation>编辑评标模拟</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation type="vanished">“%1”不是数字。</translation>
    </message>
    <message>
        <source>Scores are between 0 and 100 (% of full marks).</source>
        <translation type="vanished">得分须在0到100之间（占满分的百分比）。</translation>
    </message>
    <message>
        <location filename="../../ui/opportunities/scoring_view.py" line="406" />
        <source>Competitor %1</source>
        <translation>竞争对手%1</translation>
    </message>
</context>
<context>
    <name>SearchPalette</name>
    <message>
        <location filename="../../ui/search/palette.py" line="62" />
        <source>Search</source>
        <extracomment>kind, record id, account id</extracomment>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/search/palette.py" line="66" />
        <source>Search accounts, people, opportunities, visits and notes…</source>
        <translation>搜索客户、联系人、商机、拜访和笔记…</translation>
    </message>
    <message>
        <location filename="../../ui/search/palette.py" line="108" />
        <source>Indexing %1 of %2 records…</source>
        <translation>正在建立索引：%1 / %2 条记录…</translation>
    </message>
    <message>
        <location filename="../../ui/search/palette.py" line="133" />
        <source>private</source>
        <translation>私密</translation>
    </message>
    <message>
        <location filename="../../ui/search/palette.py" line="145" />
        <source>%1 found · Enter opens · Esc closes</source>
        <translation>找到 %1 条 · 回车打开 · Esc 关闭</translation>
    </message>
    <message>
        <location filename="../../ui/search/palette.py" line="147" />
        <source>Nothing found for “%1”.</source>
        <translation>没有找到“%1”。</translation>
    </message>
    <message>
        <location filename="../../ui/search/palette.py" line="153" />
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/search/palette.py" line="156" />
        <source>Chinese, English or both, e.g. 预算, budget, Q3预算 tender</source>
        <translation>中文、英文或混合，例如：预算、budget、Q3预算 tender</translation>
    </message>
</context>
<context>
    <name>StakeholderTableModel</name>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="37" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="38" />
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="39" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="40" />
        <source>Attitude</source>
        <translation>行为倾向</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="41" />
        <source>Importance</source>
        <translation>重要程度</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="42" />
        <source>Closeness</source>
        <translation>关系紧密度</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="43" />
        <source>Interaction</source>
        <translation>交往程度</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="44" />
        <source>Our owner</source>
        <translation>我方负责人</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="45" />
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="46" />
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="47" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="163" />
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
</context>
<context>
    <name>StartupFrame</name>
    <message>
        <location filename="../../ui/startup_frame.py" line="20" />
        <source>Opening your accounts…</source>
        <translation>正在打开您的客户…</translation>
    </message>
</context>
<context>
    <name>SwotDialog</name>
    <message>
        <location filename="../../ui/plan/swot_section.py" line="30" />
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <location filename="../../ui/plan/swot_section.py" line="36" />
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../ui/plan/swot_section.py" line="37" />
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
</context>
<context>
    <name>SwotSection</name>
    <message>
        <location filename="../../ui/plan/swot_section.py" line="71" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/plan/swot_section.py" line="74" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/plan/swot_section.py" line="109" />
        <source>Add to SWOT</source>
        <translation>添加到SWOT</translation>
    </message>
    <message>
        <location filename="../../ui/plan/swot_section.py" line="113" />
        <source>Add SWOT entry</source>
        <translation>添加SWOT条目</translation>
    </message>
    <message>
        <location filename="../../ui/plan/swot_section.py" line="120" />
        <location filename="../../ui/plan/swot_section.py" line="125" />
        <source>Edit SWOT entry</source>
        <translation>编辑SWOT条目</translation>
    </message>
    <message>
        <location filename="../../ui/plan/swot_section.py" line="133" />
        <source>Delete SWOT entry</source>
        <translation>删除SWOT条目</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../ui/sync_actions.py" line="42" />
        <source>%1 records</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <location filename="../../ui/sync_actions.py" line="58" />
        <source>Export for a teammate</source>
        <translation>导出给同事</translation>
    </message>
    <message>
        <location filename="../../ui/sync_actions.py" line="67" />
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_actions.py" line="73" />
        <source>Wrote %1: %2 records%3</source>
        <translation>已写入 %1：%2 条记录%3</translation>
    </message>
    <message>
        <location filename="../../ui/sync_actions.py" line="74" />
        <source>, encrypted</source>
        <translation>，已加密</translation>
    </message>
    <message>
        <location filename="../../ui/sync_actions.py" line="78" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../ui/sync_actions.py" line="82" />
        <source>Import a file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../ui/sync_actions.py" line="87" />
        <source>Encrypted bundle</source>
        <translation>加密的同步文件</translation>
    </message>
    <message>
        <location filename="../../ui/sync_actions.py" line="88" />
        <source>Team passphrase for %1:</source>
        <translation>%1 的团队口令：</translation>
    </message>
    <message>
        <location filename="../../ui/sync_actions.py" line="103" />
        <location filename="../../ui/sync_actions.py" line="140" />
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../ui/sync_actions.py" line="105" />
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_actions.py" line="112" />
        <source>%1 was imported before (or made on this laptop); nothing changed.</source>
        <translation>%1 以前已导入过（或是本机导出的），没有任何变化。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_actions.py" line="122" />
        <source>Import refused</source>
        <translation>拒绝导入</translation>
    </message>
    <message>
        <location filename="../../ui/sync_actions.py" line="127" />
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_actions.py" line="135" />
        <source>Imported %1: %2 records changed, %3 conflicts</source>
        <translation>已导入 %1：%2 条记录有变化，%3 个冲突</translation>
    </message>
</context>
<context>
    <name>ThisWeekDialog</name>
    <message>
        <location filename="../../ui/visits/this_week.py" line="33" />
        <source>This week</source>
        <extracomment>rows shown per section; the heading gives the full count (account id, stakeholder id or "") the rep wants to open</extracomment>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../ui/visits/this_week.py" line="37" />
        <source>Who / what</source>
        <translation>人员 / 事项</translation>
    </message>
    <message>
        <location filename="../../ui/visits/this_week.py" line="37" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/visits/this_week.py" line="37" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/visits/this_week.py" line="37" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/visits/this_week.py" line="40" />
        <source>Log a contact with the selected person</source>
        <translation>记录与所选联系人的联系</translation>
    </message>
    <message>
        <location filename="../../ui/visits/this_week.py" line="41" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/visits/this_week.py" line="59" />
        <source>&lt;h3&gt;This week — %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;本周 — %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/visits/this_week.py" line="61" />
        <source>Overdue contacts (%1)</source>
        <translation>逾期未联系（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/visits/this_week.py" line="62" />
        <source>Due in the next %1 days (%2)</source>
        <translation>未来 %1 天内应联系（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/visits/this_week.py" line="83" />
        <source>… and %1 more</source>
        <translation>… 另有 %1 项</translation>
    </message>
    <message>
        <location filename="../../ui/visits/this_week.py" line="88" />
        <source>Nobody — well done</source>
        <translation>无 — 做得好</translation>
    </message>
    <message>
        <location filename="../../ui/visits/this_week.py" line="91" />
        <source>every %1 days; last contact %2</source>
        <translation>每 %1 天；上次联系 %2</translation>
    </message>
    <message>
        <location filename="../../ui/visits/this_week.py" line="94" />
        <source>every %1 days; never contacted</source>
        <translation>每 %1 天；从未联系</translation>
    </message>
    <message>
        <location filename="../../ui/visits/this_week.py" line="101" />
        <source>Follow-up actions due or overdue (%1)</source>
        <translation>到期或逾期的跟进行动（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/visits/this_week.py" line="104" />
        <source>No follow-up actions due</source>
        <translation>没有到期的跟进行动</translation>
    </message>
    <message>
        <location filename="../../ui/visits/this_week.py" line="115" />
        <source>Upcoming moments (%1)</source>
        <translation>即将到来的节点（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/visits/this_week.py" line="118" />
        <source>No holidays in the next weeks</source>
        <translation>近几周没有节日</translation>
    </message>
    <message>
        <location filename="../../ui/visits/this_week.py" line="122" />
        <source>in %1 days: time for a greeting</source>
        <translation>%1 天后：该发节日问候了</translation>
    </message>
    <message>
        <location filename="../../ui/visits/this_week.py" line="142" />
        <source>Log a contact</source>
        <translation>记录联系</translation>
    </message>
</context>
<context>
    <name>TierSection</name>
    <message>
        <location filename="../../ui/plan/tier_section.py" line="32" />
        <source>Tier</source>
        <translation>客户分级</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tier_section.py" line="33" />
        <source>Revenue potential</source>
        <translation>收入潜力</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tier_section.py" line="34" />
        <source>Current business</source>
        <translation>当前业务</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tier_section.py" line="35" />
        <source>Strategic value (1-5)</source>
        <translation>战略价值（1-5）</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tier_section.py" line="36" />
        <source>Reference value (1-5)</source>
        <translation>样板价值（1-5）</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tier_section.py" line="39" />
        <source>Why this tier: size and growth, strategic importance, value as a reference for other customers…</source>
        <translation>为什么是这个级别：规模与增长、战略重要性、对其他客户的样板价值…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tier_section.py" line="41" />
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tier_section.py" line="42" />
        <source>Why this tier</source>
        <translation>分级理由</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tier_section.py" line="48" />
        <source>Open the portfolio view…</source>
        <translation>打开客户组合视图…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tier_section.py" line="54" />
        <source>S = strategic, large share of revenue, industry leader; A = important; B and C = served normally.</source>
        <translation>S = 战略客户，收入占比大、行业领先；A = 重要客户；B、C = 正常服务。</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tier_section.py" line="71" />
        <source>Portfolio: number %1 of %2 accounts by current business (%3 of the total).</source>
        <translation>客户组合：按当前业务在%2个客户中排第%1（占总额%3）。</translation>
    </message>
    <message>
        <location filename="../../ui/plan/tier_section.py" line="74" />
        <source>Its tier looks out of line with its revenue: check the rationale.</source>
        <translation>其分级与收入不太相符：请检查分级理由。</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../ui/visits/timeline_model.py" line="19" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/visits/timeline_model.py" line="19" />
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/visits/timeline_model.py" line="19" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/visits/timeline_model.py" line="19" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/visits/timeline_model.py" line="49" />
        <source>private</source>
        <translation>私密</translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <location filename="../../ui/visits/window_actions.py" line="22" />
        <source>&amp;This week…</source>
        <translation>本周(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/window_actions.py" line="23" />
        <source>&amp;Quick capture…</source>
        <translation>快速记录(&amp;Q)…</translation>
    </message>
</context>
<context>
    <name>VisitBriefing</name>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="186" />
        <source>Tick the people who will attend to see their roles, attitude and open actions.</source>
        <translation>勾选将参加的人，查看其角色、行为倾向和未完成行动项。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="192" />
        <source>Buying roles</source>
        <translation>决策链角色</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="193" />
        <source>Attitude</source>
        <translation>行为倾向</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="195" />
        <source>Business metrics</source>
        <translation>经营指标</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="196" />
        <source>Decision criteria</source>
        <translation>决策标准及偏好</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="197" />
        <source>Personal wins</source>
        <translation>个人成就需要</translation>
    </message>
    <message>
        <location filename="../../ui/visits/plan_dialog.py" line="199" />
        <source>Open actions</source>
        <translation>未完成行动项</translation>
    </message>
</context>
<context>
    <name>VisitPanel</name>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="71" />
        <source>These notes are private (never synced or exported)</source>
        <translation>这些纪要为私密（不同步、不导出）</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="73" />
        <source>Notes</source>
        <translation>纪要</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="77" />
        <source>Follow-up action</source>
        <translation>跟进行动</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="77" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="78" />
        <source>Due (YYYY-MM-DD)</source>
        <translation>截止（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="84" />
        <source>Add follow-up</source>
        <translation>添加跟进行动</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="86" />
        <source>Save debrief</source>
        <translation>保存复盘</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="87" />
        <source>Save and mark done</source>
        <translation>保存并标记完成</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="91" />
        <source>Change the plan…</source>
        <translation>修改计划…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="92" />
        <location filename="../../ui/visits/visit_panel.py" line="245" />
        <source>Cancel the visit</source>
        <translation>取消拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="111" />
        <source>Debrief: the six outcomes of the visit</source>
        <translation>复盘：拜访的六项成果</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="120" />
        <source>Follow-up actions</source>
        <translation>跟进行动</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="139" />
        <source>Editing…</source>
        <translation>编辑中…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="156" />
        <source>Edit debrief</source>
        <translation>编辑拜访复盘</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="159" />
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="159" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="171" />
        <source>Mark visit notes private</source>
        <translation>将拜访纪要设为私密</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="171" />
        <source>Mark visit notes shared</source>
        <translation>将拜访纪要设为共享</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="199" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="201" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="202" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="203" />
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="203" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="204" />
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="205" />
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="206" />
        <source>Attendees</source>
        <translation>参与人</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="207" />
        <source>Our people</source>
        <translation>我方人员</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="210" />
        <source>Follow-ups</source>
        <translation>跟进行动</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="276" />
        <source>Add follow-ups</source>
        <translation>添加跟进行动</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="295" />
        <source>Visit not yet happened</source>
        <translation>拜访尚未发生</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="296" />
        <source>This visit is planned for %1, which is still to come. A visit can be marked done only once it has happened.

Move it to today (%2) and mark it done?</source>
        <translation>这次拜访计划在 %1，尚未到来。拜访发生之后才能标记为已完成。

把它改到今天（%2）并标记为已完成吗？</translation>
    </message>
    <message>
        <source>Due date %1 is not a date (YYYY-MM-DD)</source>
        <translation type="vanished">截止日期 %1 不是有效日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="334" />
        <source>Not marked done: the visit on %1 has not happened yet.</source>
        <translation>未标记为已完成：%1 的拜访尚未发生。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="339" />
        <source>Debrief visit</source>
        <translation>拜访复盘</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visit_panel.py" line="339" />
        <source>Debrief visit and mark it done</source>
        <translation>拜访复盘并标记完成</translation>
    </message>
</context>
<context>
    <name>VisitPicker</name>
    <message>
        <location filename="../../ui/report_dialogs.py" line="186" />
        <location filename="../../ui/report_dialogs.py" line="259" />
        <source>Pre-visit brief</source>
        <translation>拜访前简报</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialogs.py" line="202" />
        <source>Include private information</source>
        <translation>包含私密信息</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialogs.py" line="207" />
        <source>Planned visits first:</source>
        <translation>计划中的拜访排在前面：</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialogs.py" line="208" />
        <source>No visits yet.</source>
        <translation>还没有拜访。</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialogs.py" line="240" />
        <source>Save the brief</source>
        <translation>保存简报</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialogs.py" line="251" />
        <source>Pre-visit brief saved to %1</source>
        <translation>拜访前简报已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialogs.py" line="257" />
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <location filename="../../ui/visits/visits_tab.py" line="35" />
        <source>Plan a visit…</source>
        <translation>计划拜访…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visits_tab.py" line="37" />
        <location filename="../../ui/visits/visits_tab.py" line="305" />
        <source>New note</source>
        <translation>新建笔记</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visits_tab.py" line="38" />
        <source>Pre-visit brief…</source>
        <translation>拜访前简报…</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visits_tab.py" line="39" />
        <source>A PDF brief for the selected planned visit</source>
        <translation>为所选的计划拜访生成 PDF 简报</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visits_tab.py" line="131" />
        <source>Pick a visit or a note in the timeline,
plan a visit (Ctrl+Shift+V) or write a new note.</source>
        <translation>在时间线中选择一次拜访或一条笔记，
或计划拜访（Ctrl+Shift+V）、新建笔记。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visits_tab.py" line="68" />
        <source>Timeline of</source>
        <translation>时间线：</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visits_tab.py" line="36" />
        <source>Plan a visit (Ctrl+Shift+V, New menu)</source>
        <translation>计划拜访（Ctrl+Shift+V，“新建”菜单）</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visits_tab.py" line="112" />
        <source>All opportunities</source>
        <translation>全部商机</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visits_tab.py" line="113" />
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visits_tab.py" line="153" />
        <source>Nothing recorded with %1 yet: no visits, notes or contacts.</source>
        <translation>与%1尚无任何记录：没有拜访、笔记或联系。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visits_tab.py" line="155" />
        <source>Nothing recorded for %1 yet: no visits, notes or contacts.</source>
        <translation>“%1”尚无任何记录：没有拜访、笔记或联系。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visits_tab.py" line="156" />
        <source>Plan a visit (Ctrl+Shift+V) or write a new note.</source>
        <translation>可计划拜访（Ctrl+Shift+V）或新建笔记。</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visits_tab.py" line="169" />
        <source>%1 entries, newest first</source>
        <translation>%1 条记录，最新的在前</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visits_tab.py" line="246" />
        <source>Plan a visit</source>
        <translation>计划拜访</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visits_tab.py" line="275" />
        <source>Change the plan</source>
        <translation>修改计划</translation>
    </message>
    <message>
        <location filename="../../ui/visits/visits_tab.py" line="300" />
        <source>Notes %1</source>
        <translation>笔记 %1</translation>
    </message>
</context>
<context>
    <name>WhitespaceSection</name>
    <message>
        <location filename="../../ui/plan/whitespace_section.py" line="49" />
        <location filename="../../ui/plan/whitespace_section.py" line="167" />
        <location filename="../../ui/plan/whitespace_section.py" line="169" />
        <source>Add offering</source>
        <translation>添加产品/方案</translation>
    </message>
    <message>
        <location filename="../../ui/plan/whitespace_section.py" line="51" />
        <location filename="../../ui/plan/whitespace_section.py" line="178" />
        <location filename="../../ui/plan/whitespace_section.py" line="180" />
        <source>Rename offering</source>
        <translation>重命名产品/方案</translation>
    </message>
    <message>
        <location filename="../../ui/plan/whitespace_section.py" line="52" />
        <location filename="../../ui/plan/whitespace_section.py" line="186" />
        <location filename="../../ui/plan/whitespace_section.py" line="190" />
        <source>Remove offering</source>
        <translation>移除产品/方案</translation>
    </message>
    <message>
        <location filename="../../ui/plan/whitespace_section.py" line="57" />
        <source>Click a cell to mark it or start an opportunity. The offerings are one catalogue for all accounts.</source>
        <translation>点击单元格标记状态或发起商机。产品/方案目录由所有客户共用。</translation>
    </message>
    <message>
        <location filename="../../ui/plan/whitespace_section.py" line="61" />
        <source>Add departments on the People or map tab and offerings here to see the whitespace.</source>
        <translation>在联系人或关系图谱页添加部门、在此添加产品/方案，即可查看空白点。</translation>
    </message>
    <message>
        <location filename="../../ui/plan/whitespace_section.py" line="94" />
        <source>Opportunity: %1</source>
        <translation>商机：%1</translation>
    </message>
    <message>
        <location filename="../../ui/plan/whitespace_section.py" line="122" />
        <source>Start an opportunity…</source>
        <translation>发起商机…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/whitespace_section.py" line="138" />
        <source>Mark whitespace cell</source>
        <translation>标记空白点</translation>
    </message>
    <message>
        <location filename="../../ui/plan/whitespace_section.py" line="146" />
        <location filename="../../ui/plan/whitespace_section.py" line="151" />
        <source>Start an opportunity</source>
        <translation>发起商机</translation>
    </message>
    <message>
        <location filename="../../ui/plan/whitespace_section.py" line="146" />
        <source>Opportunity name:</source>
        <translation>商机名称：</translation>
    </message>
    <message>
        <location filename="../../ui/plan/whitespace_section.py" line="152" />
        <source>Add opportunity</source>
        <translation>添加商机</translation>
    </message>
    <message>
        <location filename="../../ui/plan/whitespace_section.py" line="167" />
        <location filename="../../ui/plan/whitespace_section.py" line="178" />
        <source>Offering name:</source>
        <translation>产品/方案名称：</translation>
    </message>
    <message>
        <location filename="../../ui/plan/whitespace_section.py" line="187" />
        <source>Remove “%1” from the catalogue of every account, with its whitespace cells? You can undo this.</source>
        <translation>从所有客户共用的目录中移除“%1”及其空白点标记？可以撤销。</translation>
    </message>
</context>
<context>
    <name>picker</name>
    <message>
        <source>Save the brief</source>
        <translation type="vanished">保存简报</translation>
    </message>
    <message>
        <source>Pre-visit brief</source>
        <translation type="vanished">拜访前简报</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>Tick the people who will attend to see their roles, attitude and open actions.</source>
        <translation type="vanished">勾选将参加的人，查看其角色、行为倾向和未完成行动项。</translation>
    </message>
    <message>
        <source>Buying roles</source>
        <translation type="vanished">决策链角色</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation type="vanished">行为倾向</translation>
    </message>
    <message>
        <source>Business metrics</source>
        <translation type="vanished">经营指标</translation>
    </message>
    <message>
        <source>Decision criteria</source>
        <translation type="vanished">决策标准及偏好</translation>
    </message>
    <message>
        <source>Personal wins</source>
        <translation type="vanished">个人成就需要</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation type="vanished">未完成行动项</translation>
    </message>
</context>
</TS>