<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountListPanel</name>
    <message>
        <location filename="../../ui/account_list.py" line="120" />
        <source>Search accounts (name or pinyin)</source>
        <translation>搜索客户（名称或拼音）</translation>
    </message>
    <message>
        <location filename="../../ui/account_list.py" line="125" />
        <source>All tiers</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location filename="../../ui/account_list.py" line="132" />
        <source>Add an account</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <location filename="../../ui/account_list.py" line="133" />
        <source>Delete the selected account</source>
        <translation>删除所选客户</translation>
    </message>
    <message>
        <location filename="../../ui/account_list.py" line="185" />
        <source>New account</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../ui/account_list.py" line="185" />
        <source>Account name:</source>
        <translation>客户名称：</translation>
    </message>
    <message>
        <location filename="../../ui/account_list.py" line="188" />
        <source>Add account</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <location filename="../../ui/account_list.py" line="200" />
        <location filename="../../ui/account_list.py" line="205" />
        <source>Delete account</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../ui/account_list.py" line="201" />
        <source>Delete the account “%1” with its people, opportunities and visits?
You can undo this with Edit → Undo.</source>
        <translation>删除客户“%1”及其联系人、商机和拜访记录？
可通过“编辑 → 撤销”恢复。</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../ui/account_page.py" line="34" />
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="37" />
        <source>The stakeholder map editor comes in a later version.
Meanwhile the People tab lists everyone at the account.</source>
        <translation>客户关系图谱编辑器将在后续版本提供。
目前可在“联系人”页查看该客户的所有人员。</translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="39" />
        <source>Stakeholder map</source>
        <translation>关系图谱</translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="42" />
        <source>People</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="45" />
        <source>Opportunities, decision chains and tender rules come in a later version.</source>
        <translation>商机、决策链和招投标规则将在后续版本提供。</translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="46" />
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="49" />
        <source>Visits and meeting notes come in a later version.</source>
        <translation>拜访与会议纪要将在后续版本提供。</translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="50" />
        <source>Visits &amp;&amp; notes</source>
        <translation>拜访与纪要</translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="53" />
        <source>The account plan comes in a later version.</source>
        <translation>客户计划将在后续版本提供。</translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="53" />
        <source>Plan</source>
        <translation>客户计划</translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="55" />
        <source>No account selected.

Add an account with + on the left, or load the demo accounts from the File menu.</source>
        <translation>未选择客户。

点击左侧的 + 新增客户，或从“文件”菜单载入演示客户。</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../ui/controller.py" line="45" />
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/controller.py" line="55" />
        <source>Automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/controller.py" line="97" />
        <source>The demo accounts are already here.</source>
        <translation>演示客户已存在。</translation>
    </message>
    <message>
        <location filename="../../ui/controller.py" line="100" />
        <source>Demo</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../ui/controller.py" line="105" />
        <location filename="../../ui/controller.py" line="110" />
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../ui/controller.py" line="107" />
        <source>Planner database (*.db)</source>
        <translation>客户计划数据库 (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/controller.py" line="111" />
        <source>%1 exists already; choose another name or open it.</source>
        <translation>%1 已存在，请换一个名称或直接打开它。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="45" />
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="49" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="49" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="49" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="50" />
        <source>Kept now</source>
        <translation>当前保留</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="50" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="64" />
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="65" />
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="66" />
        <source>Keep my edited text</source>
        <translation>保留我编辑后的内容</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="67" />
        <source>No conflicts: every import merged cleanly.</source>
        <translation>没有冲突：所有导入都已顺利合并。</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="73" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="93" />
        <source>edited on both sides</source>
        <translation>双方都修改了</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="93" />
        <source>edited, but deleted</source>
        <translation>已修改但被删除</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="94" />
        <source>mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="94" />
        <source>theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="119" />
        <source>Mine (%1)</source>
        <translation>我的（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="120" />
        <source>Theirs (%1)</source>
        <translation>对方的（%1）</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="62" />
        <source>Not saved</source>
        <extracomment>the controller opens databases and changes language (it rebuilds us)</extracomment>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82" />
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83" />
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84" />
        <source>Load the &amp;demo accounts</source>
        <translation>载入演示客户(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98" />
        <source>&amp;Find account</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99" />
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102" />
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103" />
        <source>&amp;Export for a teammate…</source>
        <translation>导出给同事(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104" />
        <source>&amp;Import a file…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106" />
        <source>Review &amp;conflicts…</source>
        <translation>查看冲突(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119" />
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120" />
        <source>Planner database (*.db);;All files (*)</source>
        <translation>客户计划数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131" />
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132" />
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Offline key-account planning for field sales.&lt;/p&gt;&lt;p&gt;Database: %3&lt;br&gt;Data folder: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;面向一线销售的离线大客户规划工具。&lt;/p&gt;&lt;p&gt;数据库：%3&lt;br&gt;数据文件夹：%4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166" />
        <source> — demo data</source>
        <translation> — 演示数据</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ui/overview_tab.py" line="33" />
        <source>Name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="34" />
        <source>Tier</source>
        <translation>客户分级</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="35" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="36" />
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="37" />
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="40" />
        <source>current business</source>
        <translation>当前业务</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="43" />
        <source>Revenue potential</source>
        <translation>收入潜力</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="44" />
        <source>Account owner</source>
        <translation>客户负责人</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="46" />
        <source>What matters about this customer: strategy, our position, history…</source>
        <translation>关于该客户的要点：战略、我方地位、历史合作……</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="48" />
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="50" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/overview_tab.py" line="70" />
        <source>%1 people in %2 departments · %3 opportunities, %4 open</source>
        <translation>%2 个部门共 %1 人 · %3 个商机，其中 %4 个进行中</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../ui/people_tab.py" line="94" />
        <source>Filter people: name, pinyin, title, department</source>
        <translation>筛选联系人：姓名、拼音、职务、部门</translation>
    </message>
    <message>
        <location filename="../../ui/people_tab.py" line="99" />
        <source>Any attitude</source>
        <translation>任意倾向</translation>
    </message>
    <message>
        <location filename="../../ui/people_tab.py" line="102" />
        <source>Show people who left</source>
        <translation>显示已离开人员</translation>
    </message>
    <message>
        <location filename="../../ui/people_tab.py" line="103" />
        <location filename="../../ui/people_tab.py" line="161" />
        <location filename="../../ui/people_tab.py" line="163" />
        <source>Add person</source>
        <translation>新增联系人</translation>
    </message>
    <message>
        <location filename="../../ui/people_tab.py" line="105" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/people_tab.py" line="150" />
        <source>%1 of %2 people shown</source>
        <translation>显示 %1 / %2 人</translation>
    </message>
    <message>
        <location filename="../../ui/people_tab.py" line="161" />
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/people_tab.py" line="178" />
        <location filename="../../ui/people_tab.py" line="183" />
        <source>Delete people</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <location filename="../../ui/people_tab.py" line="179" />
        <source>Delete %1 person(s) and their lines and roles? You can undo this.</source>
        <translation>删除 %1 名联系人及其关系线和角色？可以撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/people_tab.py" line="186" />
        <source>Delete person</source>
        <translation>删除联系人</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences.py" line="13" />
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="23" />
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/record_form.py" line="118" />
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
</context>
<context>
    <name>StakeholderTableModel</name>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="40" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="41" />
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="42" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="43" />
        <source>Attitude</source>
        <translation>行为倾向</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="44" />
        <source>Importance</source>
        <translation>重要程度</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="45" />
        <source>Closeness</source>
        <translation>关系紧密度</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="46" />
        <source>Interaction</source>
        <translation>交往程度</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="47" />
        <source>Our owner</source>
        <translation>我方负责人</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="48" />
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="49" />
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="50" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="166" />
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
        <location filename="../../ui/sync_actions.py" line="135" />
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../ui/sync_actions.py" line="105" />
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_actions.py" line="117" />
        <source>Import refused</source>
        <translation>拒绝导入</translation>
    </message>
    <message>
        <location filename="../../ui/sync_actions.py" line="122" />
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_actions.py" line="130" />
        <source>Imported %1: %2 records changed, %3 conflicts</source>
        <translation>已导入 %1：%2 条记录有变化，%3 个冲突</translation>
    </message>
</context>
</TS>