<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountListPanel</name>
    <message>
        <location filename="../../ui/account_list.py" line="118" />
        <source>Search accounts (name or pinyin)</source>
        <translation>搜索客户（名称或拼音）</translation>
    </message>
    <message>
        <location filename="../../ui/account_list.py" line="123" />
        <source>All tiers</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location filename="../../ui/account_list.py" line="130" />
        <source>Add an account</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <location filename="../../ui/account_list.py" line="131" />
        <source>Delete the selected account</source>
        <translation>删除所选客户</translation>
    </message>
    <message>
        <location filename="../../ui/account_list.py" line="183" />
        <source>New account</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../ui/account_list.py" line="183" />
        <source>Account name:</source>
        <translation>客户名称：</translation>
    </message>
    <message>
        <location filename="../../ui/account_list.py" line="186" />
        <source>Add account</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <location filename="../../ui/account_list.py" line="198" />
        <location filename="../../ui/account_list.py" line="203" />
        <source>Delete account</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../ui/account_list.py" line="199" />
        <source>Delete the account “%1” with its people, opportunities and visits?
You can undo this with Edit → Undo.</source>
        <translation>删除客户“%1”及其联系人、商机和拜访记录？
可通过“编辑 → 撤销”恢复。</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../ui/account_page.py" line="35" />
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="36" />
        <source>The stakeholder map editor comes in a later version.
Meanwhile the People tab lists everyone at the account.</source>
        <translation>客户关系图谱编辑器将在后续版本提供。
目前可在“联系人”页查看该客户的所有人员。</translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="38" />
        <source>Stakeholder map</source>
        <translation>关系图谱</translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="39" />
        <source>People</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="40" />
        <source>Opportunities, decision chains and tender rules come in a later version.</source>
        <translation>商机、决策链和招投标规则将在后续版本提供。</translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="41" />
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="42" />
        <source>Visits and meeting notes come in a later version.</source>
        <translation>拜访与会议纪要将在后续版本提供。</translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="43" />
        <source>Visits &amp;&amp; notes</source>
        <translation>拜访与纪要</translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="44" />
        <source>The account plan comes in a later version.</source>
        <translation>客户计划将在后续版本提供。</translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="44" />
        <source>Plan</source>
        <translation>客户计划</translation>
    </message>
    <message>
        <location filename="../../ui/account_page.py" line="45" />
        <source>No account selected.

Add an account with + on the left, or load the demo accounts from the File menu.</source>
        <translation>未选择客户。

点击左侧的 + 新增客户，或从“文件”菜单载入演示客户。</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../ui/app.py" line="49" />
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="59" />
        <source>Automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="99" />
        <source>The demo accounts are already here.</source>
        <translation>演示客户已存在。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="102" />
        <source>Demo</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="107" />
        <location filename="../../ui/app.py" line="112" />
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="109" />
        <source>Planner database (*.db)</source>
        <translation>客户计划数据库 (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="113" />
        <source>%1 exists already; choose another name or open it.</source>
        <translation>%1 已存在，请换一个名称或直接打开它。</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="54" />
        <source>Not saved</source>
        <extracomment>the controller opens databases and changes language (it rebuilds us)</extracomment>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74" />
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75" />
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76" />
        <source>Load the &amp;demo accounts</source>
        <translation>载入演示客户(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90" />
        <source>&amp;Find account</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91" />
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105" />
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106" />
        <source>Planner database (*.db);;All files (*)</source>
        <translation>客户计划数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117" />
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118" />
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Offline key-account planning for field sales.&lt;/p&gt;&lt;p&gt;Database: %3&lt;br&gt;Data folder: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;面向一线销售的离线大客户规划工具。&lt;/p&gt;&lt;p&gt;数据库：%3&lt;br&gt;数据文件夹：%4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132" />
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
        <location filename="../../ui/people_tab.py" line="88" />
        <source>Filter people: name, pinyin, title, department</source>
        <translation>筛选联系人：姓名、拼音、职务、部门</translation>
    </message>
    <message>
        <location filename="../../ui/people_tab.py" line="93" />
        <source>Any attitude</source>
        <translation>任意倾向</translation>
    </message>
    <message>
        <location filename="../../ui/people_tab.py" line="96" />
        <source>Show people who left</source>
        <translation>显示已离开人员</translation>
    </message>
    <message>
        <location filename="../../ui/people_tab.py" line="97" />
        <location filename="../../ui/people_tab.py" line="155" />
        <location filename="../../ui/people_tab.py" line="157" />
        <source>Add person</source>
        <translation>新增联系人</translation>
    </message>
    <message>
        <location filename="../../ui/people_tab.py" line="99" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/people_tab.py" line="144" />
        <source>%1 of %2 people shown</source>
        <translation>显示 %1 / %2 人</translation>
    </message>
    <message>
        <location filename="../../ui/people_tab.py" line="155" />
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/people_tab.py" line="172" />
        <location filename="../../ui/people_tab.py" line="177" />
        <source>Delete people</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <location filename="../../ui/people_tab.py" line="173" />
        <source>Delete %1 person(s) and their lines and roles? You can undo this.</source>
        <translation>删除 %1 名联系人及其关系线和角色？可以撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/people_tab.py" line="180" />
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
        <location filename="../../ui/stakeholder_model.py" line="41" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="42" />
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="43" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="44" />
        <source>Attitude</source>
        <translation>行为倾向</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="45" />
        <source>Importance</source>
        <translation>重要程度</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="46" />
        <source>Closeness</source>
        <translation>关系紧密度</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="47" />
        <source>Interaction</source>
        <translation>交往程度</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="48" />
        <source>Our owner</source>
        <translation>我方负责人</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="49" />
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="50" />
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="51" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholder_model.py" line="169" />
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
</context>
</TS>