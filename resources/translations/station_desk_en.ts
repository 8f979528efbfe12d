<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>编辑活动</source>
        <translation>Edit Activity</translation>
    </message>
    <message>
        <source>记录活动</source>
        <translation>Record Activity</translation>
    </message>
    <message>
        <source>队伍：</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>活动名称：</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>活动日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>类别：</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>地点：</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source> 人次</source>
        <translation> visits</translation>
    </message>
    <message>
        <source>服务人次：</source>
        <translation>Beneficiaries:</translation>
    </message>
    <message>
        <source>活动内容：</source>
        <translation>Content:</translation>
    </message>
    <message>
        <source>参加队员与服务时长</source>
        <translation>Participants and service hours</translation>
    </message>
    <message>
        <source>全选</source>
        <translation>Select All</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>队内角色</source>
        <translation>Role in team</translation>
    </message>
    <message>
        <source>时长（小时）</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>每人时长（小时）：</source>
        <translation>Hours each:</translation>
    </message>
    <message>
        <source>本次活动的捐款、捐物</source>
        <translation>Donations at this activity</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>捐赠人</source>
        <translation>Donor</translation>
    </message>
    <message>
        <source>金额/数量</source>
        <translation>Amount/count</translation>
    </message>
    <message>
        <source>添加捐款/捐物…</source>
        <translation>Add Donation…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>已选 {n} / {total} 人</source>
        <translation>{n} / {total} selected</translation>
    </message>
    <message>
        <source>{amount} 元</source>
        <translation>{amount} yuan</translation>
    </message>
    <message>
        <source>{n} 件 {what}</source>
        <translation>{n} items {what}</translation>
    </message>
    <message>
        <source>活动名称：必填</source>
        <translation>Title: required</translation>
    </message>
    <message>
        <source>{name}的{problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
</context>
<context>
    <name>AddMembersDialog</name>
    <message>
        <source>添加队员</source>
        <translation>Add Team Members</translation>
    </message>
    <message>
        <source>队伍：</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>老同志（{n} 位）：</source>
        <translation>Members ({n}):</translation>
    </message>
    <message>
        <source>角色：</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>加入时间：</source>
        <translation>Joined:</translation>
    </message>
    <message>
        <source>角色：必填</source>
        <translation>Role: required</translation>
    </message>
</context>
<context>
    <name>BackupToDialog</name>
    <message>
        <source>备份到…</source>
        <translation>Back Up To…</translation>
    </message>
    <message>
        <source>驿站台账备份-{day}.sqlite3</source>
        <translation>station-desk-backup-{day}.sqlite3</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>备份是一个独立的文件（无需其他附属文件），旁边另存一个 SHA-256 校验文件；写入后会重新读取核对。适合存到 U 盘。</source>
        <translation>The backup is one self-contained file with a SHA-256 checksum file beside it; it is read back and verified after writing. Suitable for a USB stick.</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Back Up</translation>
    </message>
    <message>
        <source>备份到文件：</source>
        <translation>Back up to file:</translation>
    </message>
    <message>
        <source>台账备份 (*.sqlite3)</source>
        <translation>Ledger backups (*.sqlite3)</translation>
    </message>
    <message>
        <source>请选择备份文件的位置。</source>
        <translation>Choose where to put the backup file.</translation>
    </message>
    <message>
        <source>已备份并核对：{path}
{size}；{counts}
校验文件：{name}.sha256</source>
        <translation>Backed up and verified: {path}
{size}; {counts}
Checksum file: {name}.sha256</translation>
    </message>
    <message>
        <source>备份完成</source>
        <translation>Backup Complete</translation>
    </message>
</context>
<context>
    <name>BranchesPage</name>
    <message>
        <source>支部名称</source>
        <translation>Branch name</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>所属驿站</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>支部书记</source>
        <translation>Branch secretary</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>表格文件 (*.xlsx *.xls *.csv *.txt)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.csv *.txt)</translation>
    </message>
    <message>
        <source>选择要导入的文件</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>支持 .xlsx、.xls 和 .csv；导入前会先试导入，确认无误再写入台账。</source>
        <translation>Reads .xlsx, .xls and .csv. A trial import runs first; nothing is written to the ledger until you confirm.</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>跳过（保留台账中的记录）</source>
        <translation>Skip (keep the ledger's record)</translation>
    </message>
    <message>
        <source>更新（用表中填写的内容覆盖）</source>
        <translation>Update (overwrite with the sheet's values)</translation>
    </message>
    <message>
        <source>确认提醒（如入党时未满十八岁），照常导入</source>
        <translation>Accept warnings (e.g. joined the party before 18) and import anyway</translation>
    </message>
    <message>
        <source>跳过有错误的行，导入其余行</source>
        <translation>Skip rows with errors and import the rest</translation>
    </message>
    <message>
        <source>导入内容：</source>
        <translation>Import:</translation>
    </message>
    <message>
        <source>文件：</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>已在台账中的人：</source>
        <translation>People already in the ledger:</translation>
    </message>
    <message>
        <source>选择文件</source>
        <translation>Choose File</translation>
    </message>
</context>
<context>
    <name>CommunitiesPage</name>
    <message>
        <source>社区 / 网格</source>
        <translation>Community / grid</translation>
    </message>
    <message>
        <source>街道（镇）</source>
        <translation>Subdistrict</translation>
    </message>
    <message>
        <source>新增社区…</source>
        <translation>Add Community…</translation>
    </message>
    <message>
        <source>重命名社区…</source>
        <translation>Rename Community…</translation>
    </message>
    <message>
        <source>新增网格…</source>
        <translation>Add Grid…</translation>
    </message>
    <message>
        <source>重命名网格…</source>
        <translation>Rename Grid…</translation>
    </message>
    <message>
        <source>删除网格</source>
        <translation>Delete Grid</translation>
    </message>
    <message>
        <source>新增社区</source>
        <translation>Add Community</translation>
    </message>
    <message>
        <source>社区名称：</source>
        <translation>Community name:</translation>
    </message>
    <message>
        <source>所属街道（镇）：</source>
        <translation>Subdistrict:</translation>
    </message>
    <message>
        <source>重命名社区</source>
        <translation>Rename Community</translation>
    </message>
    <message>
        <source>请先选择一个社区</source>
        <translation>Choose a community first</translation>
    </message>
    <message>
        <source>新增网格</source>
        <translation>Add Grid</translation>
    </message>
    <message>
        <source>网格名称：</source>
        <translation>Grid name:</translation>
    </message>
    <message>
        <source>重命名网格</source>
        <translation>Rename Grid</translation>
    </message>
</context>
<context>
    <name>DamagedLedgerDialog</name>
    <message>
        <source>台账已损坏</source>
        <translation>Ledger Damaged</translation>
    </message>
    <message>
        <source>从这份备份恢复</source>
        <translation>Restore from This Backup</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>日期格式应为 1950-03-05</source>
        <translation>Dates are written like 1950-03-05</translation>
    </message>
    <message>
        <source>没有这一天</source>
        <translation>No such day</translation>
    </message>
    <message>
        <source>如 1950-03-05</source>
        <translation>e.g. 1950-03-05</translation>
    </message>
</context>
<context>
    <name>DbWorker</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>DeskContext</name>
    <message>
        <source>请确认</source>
        <extracomment>Topics of ``DeskContext.changed``.</extracomment>
        <translation>Please confirm</translation>
    </message>
    <message>
        <source>请核对以下情况：</source>
        <translation>Please check:</translation>
    </message>
    <message>
        <source>确认无误并保存吗？</source>
        <translation>Save anyway?</translation>
    </message>
</context>
<context>
    <name>DonationDialog</name>
    <message>
        <source>捐款/捐物</source>
        <translation>Donations</translation>
    </message>
    <message>
        <source>类别：</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>本队：{team}</source>
        <translation>Team: {team}</translation>
    </message>
    <message>
        <source>捐赠人：</source>
        <translation>Donor:</translation>
    </message>
    <message>
        <source>元，如 1200.50 或 2万</source>
        <translation>yuan, e.g. 1200.50 or 2万</translation>
    </message>
    <message>
        <source>金额（元）：</source>
        <translation>Amount (yuan):</translation>
    </message>
    <message>
        <source>数量（件）：</source>
        <translation>Count (items):</translation>
    </message>
    <message>
        <source>如 衣物、口罩、米面油</source>
        <translation>e.g. clothes, masks, rice and oil</translation>
    </message>
    <message>
        <source>物品说明：</source>
        <translation>Goods:</translation>
    </message>
    <message>
        <source>用途：</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>金额：请填写捐款金额（元）</source>
        <translation>Amount: enter the amount in yuan</translation>
    </message>
    <message>
        <source>数量：捐物须填写大于 0 的件数</source>
        <translation>Count: a goods donation needs a count above 0</translation>
    </message>
</context>
<context>
    <name>Drilldown</name>
    <message>
        <source>{kind}支部</source>
        <translation>{kind} branches</translation>
    </message>
    <message>
        <source>党员</source>
        <translation>Party members</translation>
    </message>
    <message>
        <source>非党员</source>
        <translation>Non-party members</translation>
    </message>
    <message>
        <source>{low}岁及以上</source>
        <translation>aged {low} and over</translation>
    </message>
    <message>
        <source>{low}—{high}岁</source>
        <translation>aged {low}–{high}</translation>
    </message>
    <message>
        <source>（{on}）</source>
        <translation> (on {on})</translation>
    </message>
    <message>
        <source>或</source>
        <translation> or </translation>
    </message>
    <message>
        <source>（{on}在任）</source>
        <translation> (in office on {on})</translation>
    </message>
    <message>
        <source>类别：{c}</source>
        <translation>Category: {c}</translation>
    </message>
    <message>
        <source>未分类</source>
        <translation>uncategorised</translation>
    </message>
    <message>
        <source>主讲：{name}</source>
        <translation>Speaker: {name}</translation>
    </message>
    <message>
        <source>培训：{title}</source>
        <translation>Training: {title}</translation>
    </message>
    <message>
        <source>作品：{k}</source>
        <translation>Works: {k}</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>作品主题：{t}</source>
        <translation>Work theme: {t}</translation>
    </message>
    <message>
        <source>未注明</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>另有{n}件作品未关联活动</source>
        <translation>{n} more works not linked to an event</translation>
    </message>
    <message>
        <source>捐赠用途：{p}</source>
        <translation>Donation purpose: {p}</translation>
    </message>
    <message>
        <source>{start}至{end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>来自统计：{what}</source>
        <translation>From Summary: {what}</translation>
    </message>
</context>
<context>
    <name>EndPostDialog</name>
    <message>
        <source>免去职务</source>
        <translation>End Post</translation>
    </message>
    <message>
        <source>（{building}）</source>
        <translation> ({building})</translation>
    </message>
    <message>
        <source>职务：</source>
        <translation>Post:</translation>
    </message>
    <message>
        <source>任职时间：</source>
        <translation>Since:</translation>
    </message>
    <message>
        <source>离任时间：</source>
        <translation>Until:</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>编辑文化活动</source>
        <translation>Edit Cultural Event</translation>
    </message>
    <message>
        <source>新建文化活动</source>
        <translation>New Cultural Event</translation>
    </message>
    <message>
        <source>活动名称：</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>类别：</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>活动日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>地点：</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>驿站：</source>
        <translation>Station:</translation>
    </message>
    <message>
        <source>承办队伍：</source>
        <translation>Organising team:</translation>
    </message>
    <message>
        <source> 人次</source>
        <translation> visits</translation>
    </message>
    <message>
        <source>观众人次：</source>
        <translation>Audience:</translation>
    </message>
    <message>
        <source>内容：</source>
        <translation>Content:</translation>
    </message>
    <message>
        <source>参加人员</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>添加人员…</source>
        <translation>Add People…</translation>
    </message>
    <message>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>活动名称：必填</source>
        <translation>Title: required</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>全部类别</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>类别：</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>年份：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>驿站：</source>
        <translation>Station:</translation>
    </message>
    <message>
        <source>新建活动…</source>
        <translation>New Event…</translation>
    </message>
    <message>
        <source>编辑活动…</source>
        <translation>Edit Event…</translation>
    </message>
    <message>
        <source>删除活动</source>
        <translation>Delete Event</translation>
    </message>
    <message>
        <source>参加人员</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>作品</source>
        <translation>Works</translation>
    </message>
    <message>
        <source>添加作品…</source>
        <translation>Add Work…</translation>
    </message>
    <message>
        <source>编辑作品…</source>
        <translation>Edit Work…</translation>
    </message>
    <message>
        <source>删除作品</source>
        <translation>Delete Work</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>活动名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>驿站</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>承办队伍</source>
        <translation>Organising team</translation>
    </message>
    <message>
        <source>观众人次</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>参加人数</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>作品数</source>
        <translation>Works</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>作品名称</source>
        <translation>Work title</translation>
    </message>
    <message>
        <source>作者</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>创作时间</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>主题</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>全部驿站</source>
        <translation>All stations</translation>
    </message>
    <message>
        <source>全部年份</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>显示 {shown} / {total}</source>
        <translation>Showing {shown} / {total}</translation>
    </message>
    <message>
        <source>没有符合条件的活动</source>
        <translation>No matching events</translation>
    </message>
    <message>
        <source>{day}　{title}（{kind}）　地点：{place}　观众 {audience} 人次</source>
        <translation>{day}  {title} ({kind})  Place: {place}  Audience {audience}</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>把 {day} 的“{title}”移入回收站吗？</source>
        <translation>Move "{title}" of {day} to the recycle bin?</translation>
    </message>
    <message>
        <source>删除{author}的作品“{title}”吗？</source>
        <translation>Delete the work "{title}" by {author}?</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>导出当前表格…</source>
        <translation>Export Current Table…</translation>
    </message>
    <message>
        <source>导出导入模板…</source>
        <translation>Export Import Template…</translation>
    </message>
    <message>
        <source>完整号码</source>
        <translation>Full Numbers</translation>
    </message>
    <message>
        <source>导出完整的身份证号和电话吗？
选“否”则打码导出（推荐）。导出完整号码会记入操作日志。</source>
        <translation>Export full ID and phone numbers?
Choose "No" to export them masked (recommended). A full export is written to the operation log.</translation>
    </message>
    <message>
        <source>导出导入模板</source>
        <translation>Export Import Template</translation>
    </message>
    <message>
        <source>模板类型：</source>
        <translation>Template type:</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>这一页没有可导出的表格。</source>
        <translation>This tab has no table to export.</translation>
    </message>
    <message>
        <source>导出当前表格</source>
        <translation>Export Current Table</translation>
    </message>
    <message>
        <source>导出老同志名单</source>
        <translation>Export Member List</translation>
    </message>
    <message>
        <source>老同志花名册.xlsx</source>
        <translation>members-roster.xlsx</translation>
    </message>
    <message>
        <source>正在导出……</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>已导出 {n} 行到 {path}</source>
        <translation>Exported {n} rows to {path}</translation>
    </message>
    <message>
        <source>已生成</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>模板已保存到 {path}</source>
        <translation>Template saved to {path}</translation>
    </message>
</context>
<context>
    <name>GridsTab</name>
    <message>
        <source>社区与网格</source>
        <translation>Communities and Grids</translation>
    </message>
    <message>
        <source>老同志</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>新增社区</source>
        <translation>Add Community</translation>
    </message>
    <message>
        <source>新增网格</source>
        <translation>Add Grid</translation>
    </message>
    <message>
        <source>重命名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>请在左侧选择社区或网格</source>
        <translation>Choose a community or grid on the left</translation>
    </message>
    <message>
        <source>任命职务…</source>
        <translation>Appoint to Post…</translation>
    </message>
    <message>
        <source>免去职务…</source>
        <translation>End Post…</translation>
    </message>
    <message>
        <source>任职情况</source>
        <translation>Posts held</translation>
    </message>
    <message>
        <source>灰色为已离任</source>
        <translation>Grey: post ended</translation>
    </message>
    <message>
        <source>查找：姓名、拼音首字母、电话</source>
        <translation>Find: name, pinyin initials, phone</translation>
    </message>
    <message>
        <source>居住的老同志</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>任职时间</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>离任时间</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>在任</source>
        <translation>In office</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>党员</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>（未填街道）</source>
        <translation>(no subdistrict)</translation>
    </message>
    <message>
        <source>网格任职：网格长、网格党支部书记、楼长</source>
        <translation>Grid posts: grid leader, grid branch secretary, building leader</translation>
    </message>
    <message>
        <source>社区任职：第一书记、党建指导员、宣传员</source>
        <translation>Community posts: first secretary, party instructor, publicity officer</translation>
    </message>
    <message>
        <source>显示 {shown} / {total}</source>
        <translation>Showing {shown} / {total}</translation>
    </message>
    <message>
        <source>社区名称：</source>
        <translation>Community name:</translation>
    </message>
    <message>
        <source>所属街道（镇）：</source>
        <translation>Subdistrict:</translation>
    </message>
    <message>
        <source>网格名称（如“第三网格”）：</source>
        <translation>Grid name (e.g. "Grid 3"):</translation>
    </message>
    <message>
        <source>重命名网格</source>
        <translation>Rename Grid</translation>
    </message>
    <message>
        <source>网格名称：</source>
        <translation>Grid name:</translation>
    </message>
    <message>
        <source>重命名社区</source>
        <translation>Rename Community</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>操作记录</source>
        <translation>Change History</translation>
    </message>
    <message>
        <source>全部操作员</source>
        <translation>All operators</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <source>历史记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>{kind}“{name}”的全部修改：</source>
        <translation>All changes to {kind} "{name}":</translation>
    </message>
    <message>
        <source>共 {n} 条</source>
        <translation>Entries: {n}</translation>
    </message>
</context>
<context>
    <name>HonorDialog</name>
    <message>
        <source>荣誉证书</source>
        <translation>Honor Certificates</translation>
    </message>
    <message>
        <source>发给：</source>
        <translation>Award to:</translation>
    </message>
    <message>
        <source> 小时</source>
        <translation> hours</translation>
    </message>
    <message>
        <source>年服务时长不少于</source>
        <translation>service hours: at least</translation>
    </message>
    <message>
        <source>达标条件：</source>
        <translation>Criterion:</translation>
    </message>
    <message>
        <source>如：2021年社区疫情防控志愿服务</source>
        <translation>e.g. community epidemic prevention, 2021</translation>
    </message>
    <message>
        <source>事由：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>优秀志愿者</source>
        <translation>优秀志愿者</translation>
    </message>
    <message>
        <source>荣誉称号：</source>
        <translation>Honor title:</translation>
    </message>
    <message>
        <source>发证单位：</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <source>发证日期：</source>
        <translation>Issue date:</translation>
    </message>
    <message>
        <source>正文模板：</source>
        <translation>Body template:</translation>
    </message>
    <message>
        <source>可用 {name} 姓名、{reason} 事由、{honour} 荣誉称号</source>
        <translation>Placeholders: {name} name, {reason} reason, {honour} honor title</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>荣誉称号</source>
        <translation>Honor title</translation>
    </message>
    <message>
        <source>发证单位</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>{label}：不能为空</source>
        <translation>{label}: required</translation>
    </message>
    <message>
        <source>正文模板：只能使用 {name} {reason} {honour} 三个占位符</source>
        <translation>Body template: only the placeholders {name}, {reason} and {honour} may be used</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>导入表格</source>
        <translation>Import Spreadsheet</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>{n} 行已保存到 {path}</source>
        <translation>{n} rows saved to {path}</translation>
    </message>
    <message>
        <source>{stem}_待修改.xlsx</source>
        <translation>{stem}_to-fix.xlsx</translation>
    </message>
    <message>
        <source>保存有问题的行</source>
        <translation>Save Problem Rows</translation>
    </message>
</context>
<context>
    <name>LeaveTeamDialog</name>
    <message>
        <source>离队</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>队员：</source>
        <translation>Members:</translation>
    </message>
    <message>
        <source>{name}（{role}）</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>加入时间：</source>
        <translation>Joined:</translation>
    </message>
    <message>
        <source>离队时间：</source>
        <translation>Left on:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>驿站台账</source>
        <extracomment>新建台账 keeps clear of Ctrl+N, which every tab uses for "new record here". Emitted once, when the window has painted for the first time.</extracomment>
        <translation>Station Desk</translation>
    </message>
    <message>
        <source>驿站台账 — {name}</source>
        <translation>Station Desk — {name}</translation>
    </message>
    <message>
        <source>正在打开台账… {path}</source>
        <translation>Opening the ledger… {path}</translation>
    </message>
    <message>
        <source>成员</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>新建台账…</source>
        <translation>New Ledger…</translation>
    </message>
    <message>
        <source>新建台账（Ctrl+Shift+L）；Ctrl+N 在各标签页中是“新增”，Delete 是“删除”</source>
        <translation>New ledger (Ctrl+Shift+L). In each tab, Ctrl+N is "Add" and Delete is "Delete".</translation>
    </message>
    <message>
        <source>打开台账…</source>
        <translation>Open Ledger…</translation>
    </message>
    <message>
        <source>最近打开</source>
        <translation>Recent Ledgers</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>新增成员…</source>
        <translation>Add Member…</translation>
    </message>
    <message>
        <source>编辑成员…</source>
        <translation>Edit Member…</translation>
    </message>
    <message>
        <source>删除成员</source>
        <translation>Delete Member</translation>
    </message>
    <message>
        <source>在成员标签页中使用</source>
        <translation>Works in the Members tab</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>驿站与支部…</source>
        <translation>Stations and Branches…</translation>
    </message>
    <message>
        <source>社区与网格…</source>
        <translation>Communities and Grids…</translation>
    </message>
    <message>
        <source>操作员…</source>
        <translation>Operator…</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>工具(&amp;T)</source>
        <extracomment>Actions that need the open ledger: disabled while the frame waits for it.</extracomment>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>打印(&amp;P)</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于…</source>
        <translation>About…</translation>
    </message>
    <message>
        <source>常用</source>
        <translation>Common</translation>
    </message>
    <message>
        <source>正在打开台账…</source>
        <translation>Opening the ledger…</translation>
    </message>
    <message>
        <source>成员 {m} 人 · 队伍 {t} 支 · 文化活动 {e} 场</source>
        <translation>{m} members · {t} teams · {e} cultural events</translation>
    </message>
    <message>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>操作员姓名（记入修改记录）：</source>
        <translation>Operator name (written to the change log):</translation>
    </message>
    <message>
        <source>新建台账</source>
        <translation>New Ledger</translation>
    </message>
    <message>
        <source>打开台账</source>
        <translation>Open Ledger</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>关于驿站台账</source>
        <translation>About Station Desk</translation>
    </message>
    <message>
        <source>驿站台账 Station Desk {version}
离退休干部党支部驿站台账

当前台账：{path}</source>
        <translation>Station Desk {version}
Records of retired cadres' party-branch stations

Ledger: {path}</translation>
    </message>
    <message>
        <source>备份到…</source>
        <translation>Back Up To…</translation>
    </message>
    <message>
        <source>恢复备份…</source>
        <translation>Restore Backup…</translation>
    </message>
    <message>
        <source>回收站…</source>
        <translation>Recycle Bin…</translation>
    </message>
    <message>
        <source>操作记录…</source>
        <translation>Change History…</translation>
    </message>
    <message>
        <source>统计</source>
        <extracomment>Drill-down targets of the summary (``Drilldown.tab``) and the tab object names.</extracomment>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>确认各列的内容</source>
        <translation>Check what each column holds</translation>
    </message>
    <message>
        <source>正在读取文件……</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>无法读取：{error}</source>
        <translation>Cannot read the file: {error}</translation>
    </message>
    <message>
        <source>表中的列</source>
        <translation>Column in the sheet</translation>
    </message>
    <message>
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>（不导入）</source>
        <translation>(don't import)</translation>
    </message>
    <message>
        <source>（必填）</source>
        <translation> (required)</translation>
    </message>
    <message>
        <source>“{names}”对应了不止一列</source>
        <translation>"{names}" is matched to more than one column</translation>
    </message>
    <message>
        <source>还缺少必填的列：{names}</source>
        <translation>Required columns missing: {names}</translation>
    </message>
    <message>
        <source>表头在第 {n} 行，下面有 {rows} 行。请核对每一列导入为什么。</source>
        <translation>The header is on row {n}, with {rows} rows below it. Check what each column is imported as.</translation>
    </message>
</context>
<context>
    <name>MemberChooser</name>
    <message>
        <source>（未选择）</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>MemberDetailPane</name>
    <message>
        <source>选择一位成员查看详情</source>
        <translation>Choose a member to see details</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>已离任</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>{since} 至 {until}</source>
        <translation>{since} to {until}</translation>
    </message>
    <message>
        <source>{since} 起</source>
        <translation>since {since}</translation>
    </message>
    <message>
        <source>（{building}）</source>
        <translation> ({building})</translation>
    </message>
    <message>
        <source>{day} 加入</source>
        <translation>joined {day}</translation>
    </message>
    <message>
        <source>{day} {title}（{kind}，{role}）</source>
        <translation>{day} {title} ({kind}, {role})</translation>
    </message>
    <message>
        <source>…… 共 {n} 场</source>
        <translation>… {n} in all</translation>
    </message>
    <message>
        <source>{title}（{kind}，{day}）</source>
        <translation>{title} ({kind}, {day})</translation>
    </message>
    <message>
        <source>{title}（{kind}）</source>
        <translation>{title} ({kind})</translation>
    </message>
    <message>
        <source>本年 {year}，累计 {total}</source>
        <translation>This year {year}, in all {total}</translation>
    </message>
    <message>
        <source>志愿服务时长</source>
        <translation>Volunteer service hours</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>志愿服务队</source>
        <translation>Volunteer teams</translation>
    </message>
    <message>
        <source>文化活动</source>
        <translation>Cultural events</translation>
    </message>
    <message>
        <source>作品</source>
        <translation>Works</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>编辑成员</source>
        <extracomment>Service field names -&gt; the dialog's field keys.</extracomment>
        <translation>Edit Member</translation>
    </message>
    <message>
        <source>新增成员</source>
        <translation>Add Member</translation>
    </message>
    <message>
        <source>（未选择）</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <source>组织与工作</source>
        <translation>Organisation and work</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>按身份证号</source>
        <translation>From ID number</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>健康状况</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>志愿者编号</source>
        <translation>Volunteer no.</translation>
    </message>
    <message>
        <source>驿站</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>原工作单位</source>
        <translation>Former unit</translation>
    </message>
    <message>
        <source>原职务</source>
        <translation>Former post</translation>
    </message>
    <message>
        <source>离退休类别</source>
        <translation>Retirement</translation>
    </message>
    <message>
        <source>离退休时间</source>
        <translation>Retired on</translation>
    </message>
    <message>
        <source>荣誉退休时间</source>
        <translation>Honorary retirement</translation>
    </message>
    <message>
        <source>政治面貌</source>
        <translation>Political status</translation>
    </message>
    <message>
        <source>中共党员</source>
        <translation>CPC member</translation>
    </message>
    <message>
        <source>入党时间</source>
        <translation>Joined party</translation>
    </message>
    <message>
        <source>所在支部</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>显示完整号码（记入操作日志）</source>
        <translation>Show Full Numbers (Logged)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>已打码；点“显示完整号码”后可查看和修改</source>
        <translation>Masked; click "Show Full Numbers" to view and edit</translation>
    </message>
</context>
<context>
    <name>MemberFilterBar</name>
    <message>
        <source>驿站</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>支部</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>党员</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>离退休</source>
        <translation>Retired as</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>任一职务</source>
        <translation>Any post</translation>
    </message>
    <message>
        <source>非党员</source>
        <translation>Non-party</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>选择成员</source>
        <translation>Choose Members</translation>
    </message>
    <message>
        <source>选择一位成员</source>
        <translation>Choose a Member</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>社区/网格</source>
        <translation>Community/grid</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>搜索：姓名、拼音首字母、电话、身份证后几位</source>
        <translation>Search: name, pinyin initials, phone, last digits of ID</translation>
    </message>
    <message>
        <source>按住 Ctrl 或 Shift 可选择多人</source>
        <translation>Hold Ctrl or Shift to choose several people</translation>
    </message>
    <message>
        <source>显示 {shown} / {total}</source>
        <translation>Showing {shown} / {total}</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>搜索：姓名、拼音首字母、电话、身份证后几位、原单位</source>
        <translation>Search: name, pinyin initials, phone, last digits of ID, former unit</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>社区/网格</source>
        <translation>Community/grid</translation>
    </message>
    <message>
        <source>原工作单位</source>
        <translation>Former unit</translation>
    </message>
    <message>
        <source>所在支部</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>党龄</source>
        <translation>Party yrs</translation>
    </message>
    <message>
        <source>正在载入…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>显示 {shown} / {total}</source>
        <translation>Showing {shown} / {total}</translation>
    </message>
    <message>
        <source> · 已选 {n}</source>
        <translation> · {n} selected</translation>
    </message>
    <message>
        <source>等 {n} 人</source>
        <translation>and others, {n} in all</translation>
    </message>
    <message>
        <source>删除成员</source>
        <translation>Delete Member</translation>
    </message>
    <message>
        <source>确定删除 {names}{more} 吗？
删除后移入回收站，可以恢复。</source>
        <translation>Delete {names}{more}?
They go to the recycle bin and can be restored.</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <source>任命职务</source>
        <translation>Appoint to Post</translation>
    </message>
    <message>
        <source>地点：</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>老同志：</source>
        <translation>Member:</translation>
    </message>
    <message>
        <source>职务：</source>
        <translation>Post:</translation>
    </message>
    <message>
        <source>如 3号楼、3号楼2单元</source>
        <translation>e.g. Building 3, Building 3 Unit 2</translation>
    </message>
    <message>
        <source>楼栋：</source>
        <translation>Building:</translation>
    </message>
    <message>
        <source>任职时间：</source>
        <translation>Since:</translation>
    </message>
    <message>
        <source>老同志：请先选择任职的老同志</source>
        <translation>Member: choose who holds the post first</translation>
    </message>
    <message>
        <source>楼栋：楼长须填写所负责的楼栋（如“3号楼”）</source>
        <translation>Building: a building leader needs the building (e.g. "Building 3")</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>姓名/名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>试导入结果</source>
        <translation>Trial Import Result</translation>
    </message>
    <message>
        <source>保存有问题的行…</source>
        <translation>Save Problem Rows…</translation>
    </message>
    <message>
        <source>正在试导入……</source>
        <translation>Running the trial import…</translation>
    </message>
    <message>
        <source>试导入失败：{error}</source>
        <translation>Trial import failed: {error}</translation>
    </message>
    <message>
        <source>共 {n} 行：{summary}。</source>
        <translation>Rows: {n} — {summary}.</translation>
    </message>
    <message>
        <source>有错误或待确认的行：请改正后重新导入，或返回勾选“跳过有错误的行”。</source>
        <translation> Some rows have errors or need confirming: correct them and import again, or go back and tick "Skip rows with errors".</translation>
    </message>
    <message>
        <source>没有需要写入的内容。</source>
        <translation> There is nothing to write.</translation>
    </message>
    <message>
        <source>点“导入”写入台账（写入前会先备份）。</source>
        <translation> Click "Import" to write to the ledger (a backup is made first).</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>花名册（当前筛选/选中）…</source>
        <translation>Roster (Current Filter/Selection)…</translation>
    </message>
    <message>
        <source>网格职务花名册</source>
        <translation>Grid Posts Roster</translation>
    </message>
    <message>
        <source>服务队花名册…</source>
        <translation>Team Roster…</translation>
    </message>
    <message>
        <source>荣誉证书…</source>
        <translation>Honor Certificates…</translation>
    </message>
    <message>
        <source>志愿服务记录证明…</source>
        <translation>Service-Record Certificates…</translation>
    </message>
    <message>
        <source>签到表…</source>
        <translation>Sign-in Sheet…</translation>
    </message>
    <message>
        <source>证书登记簿</source>
        <translation>Certificate Register</translation>
    </message>
    <message>
        <source>补打证书…</source>
        <translation>Reprint Certificate…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>打印花名册…</source>
        <translation>Print Roster…</translation>
    </message>
    <message>
        <source>打印签到表…</source>
        <translation>Print Sign-in Sheet…</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>正在生成“{title}”：{done}/{total}</source>
        <translation>Creating "{title}": {done}/{total}</translation>
    </message>
    <message>
        <source>正在生成“{title}”…</source>
        <translation>Creating "{title}"…</translation>
    </message>
    <message>
        <source>证书编号：{span}（已记入证书登记簿）</source>
        <translation>Certificate numbers: {span} (entered in the certificate register)</translation>
    </message>
    <message>
        <source>  注意：以下字符无字体可印：{chars}</source>
        <translation>  Note: no font can print these characters: {chars}</translation>
    </message>
    <message>
        <source>将打印选中的 {n} 位老同志。</source>
        <translation>The {n} selected members will be printed.</translation>
    </message>
    <message>
        <source>将打印成员页当前筛选出的 {n} 位老同志。</source>
        <translation>The {n} members shown by the Members tab's filter will be printed.</translation>
    </message>
    <message>
        <source>成员页当前没有可打印的老同志。</source>
        <translation>The Members tab shows no members to print.</translation>
    </message>
    <message>
        <source>花名册</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>请先在“志愿服务队”页选择一支队伍。</source>
        <translation>Choose a team on the Volunteer Teams tab first.</translation>
    </message>
    <message>
        <source>服务队花名册</source>
        <translation>Team Roster</translation>
    </message>
    <message>
        <source>{team}：队员及统计期间的服务时长。</source>
        <translation>{team}: its members and their service hours in the period.</translation>
    </message>
    <message>
        <source>{team}花名册</source>
        <translation>{team} Roster</translation>
    </message>
    <message>
        <source>成员页选中的 {n} 人</source>
        <translation>The {n} selected on the Members tab</translation>
    </message>
    <message>
        <source>“{team}”全体队员</source>
        <translation>All members of "{team}"</translation>
    </message>
    <message>
        <source>年度服务时长达标者</source>
        <translation>Members who reached the year's service hours</translation>
    </message>
    <message>
        <source>荣誉证书</source>
        <translation>Honor Certificates</translation>
    </message>
    <message>
        <source>请先在成员页选中要出具证明的老同志（可多选）。</source>
        <translation>Select the members to certify on the Members tab first (several are allowed).</translation>
    </message>
    <message>
        <source>为选中的 {n} 位老同志出具，时长只取已记录的志愿服务。</source>
        <translation>For the {n} selected members; only recorded volunteer service counts toward the hours.</translation>
    </message>
    <message>
        <source>志愿服务记录证明</source>
        <translation>Service-Record Certificates</translation>
    </message>
    <message>
        <source>请先在“文化活动”页选择一场活动。</source>
        <translation>Choose an event on the Cultural Events tab first.</translation>
    </message>
    <message>
        <source>签到表</source>
        <translation>Sign-in Sheet</translation>
    </message>
    <message>
        <source>留给临时来人签到的空行数：</source>
        <translation>Blank rows for walk-in attendees:</translation>
    </message>
    <message>
        <source>{title}签到表</source>
        <translation>{title} Sign-in Sheet</translation>
    </message>
    <message>
        <source>证书登记簿中还没有证书。</source>
        <translation>The certificate register holds no certificates yet.</translation>
    </message>
    <message>
        <source>补打证书</source>
        <translation>Reprint Certificate</translation>
    </message>
    <message>
        <source>选择或输入证书编号：</source>
        <translation>Choose or type a certificate number:</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>打印预览 — {title}</source>
        <translation>Print Preview — {title}</translation>
    </message>
    <message>
        <source>共 {n} 页</source>
        <translation>Pages: {n}</translation>
    </message>
    <message>
        <source>打印预览</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>另存为…</source>
        <translation>Save As…</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>Fit Width</translation>
    </message>
    <message>
        <source>整页</source>
        <translation>Whole Page</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>正在发送到打印机…</source>
        <translation>Sending to the printer…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>无法连接打印机，请检查打印机设置。</source>
        <translation>Cannot reach the printer. Check the printer settings.</translation>
    </message>
    <message>
        <source>另存为</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>已保存：{path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>RecycleBinDialog</name>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>删除时间</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>自动清除</source>
        <translation>Purged</translation>
    </message>
    <message>
        <source>回收站</source>
        <translation>Recycle Bin</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>彻底删除…</source>
        <translation>Delete Permanently…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>删除的记录在回收站保留 {days} 天，可连同关联一起恢复；彻底删除后无法恢复，个人信息不会留在台账文件中。</source>
        <translation>Deleted records stay in the recycle bin for {days} days and can be restored with their links. Once deleted permanently they cannot be restored, and no personal data is left in the ledger file.</translation>
    </message>
    <message>
        <source>{n} 天后</source>
        <translation>in {n} d</translation>
    </message>
    <message>
        <source>彻底删除</source>
        <translation>Delete Permanently</translation>
    </message>
    <message>
        <source>彻底删除所选 {n} 条记录及其关联？删除后无法恢复。</source>
        <translation>Permanently delete the selected records ({n}) and their links? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>保存未导入的行…</source>
        <translation>Save Rows Not Imported…</translation>
    </message>
    <message>
        <source>正在导入……</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>导入失败，台账未改动：{error}</source>
        <translation>Import failed; the ledger is unchanged: {error}</translation>
    </message>
    <message>
        <source>{kind}：{summary}</source>
        <translation>{kind}: {summary}</translation>
    </message>
    <message>
        <source>已写入台账。</source>
        <translation>Written to the ledger.</translation>
    </message>
    <message>
        <source>台账未改动。</source>
        <translation>The ledger is unchanged.</translation>
    </message>
    <message>
        <source>导入前的备份：{path}</source>
        <translation>Backup made before the import: {path}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>备份时间</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>老同志</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>队伍</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>服务活动</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>文体活动</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <source>{when}（{age}）</source>
        <translation>{when} ({age})</translation>
    </message>
    <message>
        <source>无法读取</source>
        <translation>Unreadable</translation>
    </message>
    <message>
        <source>恢复前会先备份当前台账；恢复的台账经检查无误后才会替换当前台账。</source>
        <translation>The current ledger is backed up first; the restored ledger replaces it only after it passes the checks.</translation>
    </message>
    <message>
        <source>从其他文件恢复…</source>
        <translation>Restore from Another File…</translation>
    </message>
    <message>
        <source>恢复所选备份</source>
        <translation>Restore Selected Backup</translation>
    </message>
    <message>
        <source>台账“{name}”的备份：</source>
        <translation>Backups of the ledger "{name}":</translation>
    </message>
    <message>
        <source>台账“{name}”的备份（还没有自动备份）：</source>
        <translation>Backups of the ledger "{name}" (no automatic backups yet):</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose Backup File</translation>
    </message>
    <message>
        <source>台账备份 (*.sqlite3 *.db)</source>
        <translation>Ledger backups (*.sqlite3 *.db)</translation>
    </message>
</context>
<context>
    <name>RosterOptionsDialog</name>
    <message>
        <source>打印花名册</source>
        <translation>Print Roster</translation>
    </message>
    <message>
        <source>标题：</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <source>列（勾选并排序）：</source>
        <translation>Columns (tick and order):</translation>
    </message>
    <message>
        <source>请至少勾选一列</source>
        <translation>Tick at least one column</translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ServiceRecordDialog</name>
    <message>
        <source>志愿服务记录证明</source>
        <translation>Service-Record Certificates</translation>
    </message>
    <message>
        <source>出具单位：</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <source>负责人：</source>
        <translation>Leader:</translation>
    </message>
    <message>
        <source>经办人：</source>
        <translation>Handled by:</translation>
    </message>
    <message>
        <source>联系电话：</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>出具单位：不能为空</source>
        <translation>Issued by: required</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>操作员姓名（记入修改记录）</source>
        <translation>Operator name (written to the change log)</translation>
    </message>
    <message>
        <source>驿站</source>
        <translation>Stations</translation>
    </message>
    <message>
        <source>支部</source>
        <translation>Branches</translation>
    </message>
    <message>
        <source>社区与网格</source>
        <translation>Communities and Grids</translation>
    </message>
    <message>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
</context>
<context>
    <name>StationsPage</name>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>驿站名称</source>
        <translation>Station name</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>所在社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>SummaryChartView</name>
    <message>
        <source>{title}（{unit}）</source>
        <translation>{title} ({unit})</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>季度</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>起止日期</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source> 年</source>
        <translation> </translation>
    </message>
    <message>
        <source>第一季度</source>
        <translation>First quarter</translation>
    </message>
    <message>
        <source>第二季度</source>
        <translation>Second quarter</translation>
    </message>
    <message>
        <source>第三季度</source>
        <translation>Third quarter</translation>
    </message>
    <message>
        <source>第四季度</source>
        <translation>Fourth quarter</translation>
    </message>
    <message>
        <source>打印统计报表…</source>
        <translation>Print Statistics…</translation>
    </message>
    <message>
        <source>导出Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>统计期间：</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>驿站：</source>
        <translation>Station:</translation>
    </message>
    <message>
        <source>全部驿站</source>
        <translation>All stations</translation>
    </message>
    <message>
        <source>{year}年</source>
        <translation>{year}</translation>
    </message>
    <message>
        <source>{first}—{last}年</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <source>一</source>
        <translation>1</translation>
    </message>
    <message>
        <source>二</source>
        <translation>2</translation>
    </message>
    <message>
        <source>三</source>
        <translation>3</translation>
    </message>
    <message>
        <source>四</source>
        <translation>4</translation>
    </message>
    <message>
        <source>{year}年第{quarter}季度</source>
        <translation>Q{quarter} {year}</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Custom period</translation>
    </message>
    <message>
        <source>{period}（{start} 至 {end}），{scope}</source>
        <translation>{period} ({start} to {end}), {scope}</translation>
    </message>
    <message>
        <source>查看这些记录</source>
        <translation>Show these records</translation>
    </message>
    <message>
        <source>{period}统计</source>
        <translation>Summary {period}</translation>
    </message>
    <message>
        <source>打印统计报表</source>
        <translation>Print Statistics</translation>
    </message>
    <message>
        <source>统计报表</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>已生成 {path}（共 {n} 页）</source>
        <translation>Created {path} ({n} pages)</translation>
    </message>
    <message>
        <source>正在生成统计报表…</source>
        <translation>Creating the statistics report…</translation>
    </message>
    <message>
        <source>导出统计</source>
        <translation>Export Statistics</translation>
    </message>
    <message>
        <source>已导出 {path}</source>
        <translation>Exported {path}</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>编辑队伍</source>
        <translation>Edit Team</translation>
    </message>
    <message>
        <source>新建队伍</source>
        <translation>New Team</translation>
    </message>
    <message>
        <source>队伍名称：</source>
        <translation>Team name:</translation>
    </message>
    <message>
        <source>类别：</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>所属驿站：</source>
        <translation>Station:</translation>
    </message>
    <message>
        <source>负责人：</source>
        <translation>Leader:</translation>
    </message>
    <message>
        <source>成立时间：</source>
        <translation>Founded:</translation>
    </message>
    <message>
        <source>如 帮扶孤寡老人、环境整治</source>
        <translation>e.g. helping lonely elders, tidying the neighbourhood</translation>
    </message>
    <message>
        <source>服务重点：</source>
        <translation>Focus:</translation>
    </message>
    <message>
        <source>队伍名称：必填</source>
        <translation>Team name: required</translation>
    </message>
</context>
<context>
    <name>TeamsTab</name>
    <message>
        <source>新建队伍…</source>
        <extracomment>Matching activities per team of the last drill-down without a team (tests read it).</extracomment>
        <translation>New Team…</translation>
    </message>
    <message>
        <source>编辑队伍…</source>
        <translation>Edit Team…</translation>
    </message>
    <message>
        <source>删除队伍</source>
        <translation>Delete Team</translation>
    </message>
    <message>
        <source>添加队员…</source>
        <translation>Add Team Members…</translation>
    </message>
    <message>
        <source>离队…</source>
        <translation>Leave…</translation>
    </message>
    <message>
        <source>删除录入错误</source>
        <translation>Delete Entry Error</translation>
    </message>
    <message>
        <source>灰色为已离队</source>
        <translation>Grey: left the team</translation>
    </message>
    <message>
        <source>记录活动…</source>
        <translation>Record Activity…</translation>
    </message>
    <message>
        <source>编辑活动…</source>
        <translation>Edit Activity…</translation>
    </message>
    <message>
        <source>删除活动</source>
        <translation>Delete Activity</translation>
    </message>
    <message>
        <source>队员</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>服务活动</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>队伍名称</source>
        <translation>Team name</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>所属驿站</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>队员数</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>本年时长（小时）</source>
        <translation>Hours this year</translation>
    </message>
    <message>
        <source>累计时长（小时）</source>
        <translation>Hours in all</translation>
    </message>
    <message>
        <source>活动次数</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>加入时间</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>离队时间</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>在队</source>
        <translation>In team</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>活动名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>参加人数</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>服务时长（小时）</source>
        <translation>Service hours</translation>
    </message>
    <message>
        <source>服务人次</source>
        <translation>Beneficiaries</translation>
    </message>
    <message>
        <source>服务重点：{focus}</source>
        <translation>Focus: {focus}</translation>
    </message>
    <message>
        <source>队员（{n}）</source>
        <translation>Members ({n})</translation>
    </message>
    <message>
        <source>服务活动（{n}）</source>
        <translation>Activities ({n})</translation>
    </message>
    <message>
        <source>服务活动（{shown} / {n}）</source>
        <translation>Activities ({shown} / {n})</translation>
    </message>
    <message>
        <source>把“{name}”移入回收站吗？其队员与活动记录随之隐藏，可从回收站恢复。</source>
        <translation>Move "{name}" to the recycle bin? Its members and activities are hidden with it and can be restored.</translation>
    </message>
    <message>
        <source>“{name}”的这条队员记录是录入错误、要彻底删除吗？正常离队请用“离队”。</source>
        <translation>Delete this membership record of "{name}" for good as an entry error? Use "Leave" when someone simply leaves the team.</translation>
    </message>
    <message>
        <source>把 {day} 的“{title}”移入回收站吗？其服务时长不再计入。</source>
        <translation>Move "{title}" of {day} to the recycle bin? Its service hours will no longer count.</translation>
    </message>
</context>
<context>
    <name>WorkDialog</name>
    <message>
        <source>编辑作品</source>
        <translation>Edit Work</translation>
    </message>
    <message>
        <source>添加作品</source>
        <translation>Add Work</translation>
    </message>
    <message>
        <source>作者：</source>
        <translation>Author:</translation>
    </message>
    <message>
        <source>作品名称：</source>
        <translation>Work title:</translation>
    </message>
    <message>
        <source>类别：</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>创作时间：</source>
        <translation>Made on:</translation>
    </message>
    <message>
        <source>主题：</source>
        <translation>Theme:</translation>
    </message>
    <message>
        <source>作者：请先选择作者</source>
        <translation>Author: choose the author first</translation>
    </message>
    <message>
        <source>作品名称：必填</source>
        <translation>Work title: required</translation>
    </message>
</context>
<context>
    <name>_ListPage</name>
    <message>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation>Save Changes</translation>
    </message>
</context>
<context>
    <name>_OptionsDialog</name>
    <message>
        <source>显示完整身份证号和电话（将记入操作日志）</source>
        <translation>Show full ID and phone numbers (written to the operation log)</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>统计期间：</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>截止日期早于起始日期</source>
        <translation>The end date is before the start date</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>程序出错，操作没有完成。已记录到日志文件：{path}</source>
        <translation>The program hit an error and the action was not completed. The details are in the log file: {path}</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>程序出错</source>
        <translation>Program error</translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <source>网格</source>
        <translation>Grids</translation>
    </message>
    <message>
        <source>志愿服务队</source>
        <translation>Volunteer Teams</translation>
    </message>
    <message>
        <source>文化活动</source>
        <translation>Cultural Events</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>共享式党支部驿站</source>
        <translation>Shared party-branch station</translation>
    </message>
    <message>
        <source>网格老干部党员驿站</source>
        <translation>Grid station for retired cadres</translation>
    </message>
    <message>
        <source>老干部志愿服务推进中心</source>
        <translation>Volunteer service center</translation>
    </message>
    <message>
        <source>老干部志愿服务推进站</source>
        <translation>Volunteer service station</translation>
    </message>
    <message>
        <source>县直</source>
        <translation>County departments</translation>
    </message>
    <message>
        <source>街镇</source>
        <translation>Subdistricts and towns</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>离休</source>
        <translation>Lixiu (pre-1949)</translation>
    </message>
    <message>
        <source>退休</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>网格长</source>
        <translation>Grid leader</translation>
    </message>
    <message>
        <source>网格党支部书记</source>
        <translation>Grid branch secretary</translation>
    </message>
    <message>
        <source>楼长</source>
        <translation>Building leader</translation>
    </message>
    <message>
        <source>社区第一书记</source>
        <translation>Community first secretary</translation>
    </message>
    <message>
        <source>社区党建指导员</source>
        <translation>Community party-building instructor</translation>
    </message>
    <message>
        <source>宣传员</source>
        <translation>Publicity officer</translation>
    </message>
    <message>
        <source>志愿服务队</source>
        <translation>Volunteer team</translation>
    </message>
    <message>
        <source>艺术团</source>
        <translation>Art troupe</translation>
    </message>
    <message>
        <source>宣讲团</source>
        <translation>Lecture team</translation>
    </message>
    <message>
        <source>捐款</source>
        <translation>Money</translation>
    </message>
    <message>
        <source>捐物</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>党课</source>
        <translation>Party lecture</translation>
    </message>
    <message>
        <source>演出</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>学习讨论会</source>
        <translation>Study session</translation>
    </message>
    <message>
        <source>展览</source>
        <translation>Exhibition</translation>
    </message>
    <message>
        <source>培训</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>主讲</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>演员</source>
        <translation>Performer</translation>
    </message>
    <message>
        <source>组织</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <source>参与</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>诗词</source>
        <translation>Poetry</translation>
    </message>
    <message>
        <source>书法</source>
        <translation>Calligraphy</translation>
    </message>
    <message>
        <source>绘画</source>
        <translation>Painting</translation>
    </message>
    <message>
        <source>剪纸</source>
        <translation>Paper-cut</translation>
    </message>
    <message>
        <source>荣誉证书</source>
        <translation>Certificate of Honor</translation>
    </message>
    <message>
        <source>志愿服务记录证明</source>
        <translation>Volunteer Service Record</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>彻底删除</source>
        <translation>Purged</translation>
    </message>
    <message>
        <source>查看完整号码</source>
        <translation>Full number viewed</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Printed</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>{n}万元</source>
        <translation>¥{n}×10k</translation>
    </message>
    <message>
        <source>{low}岁及以上</source>
        <translation>{low} and over</translation>
    </message>
    <message>
        <source>{high}岁以下</source>
        <translation>Under {high}</translation>
    </message>
    <message>
        <source>{low}—{high}岁</source>
        <translation>{low}–{high}</translation>
    </message>
    <message>
        <source>{category}支部</source>
        <translation>Branches: {category}</translation>
    </message>
    <message>
        <source>{n}个（党员{m}人）</source>
        <translation>{n} ({m} party members)</translation>
    </message>
    <message>
        <source>共享式驿站辐射支部</source>
        <translation>Branches served by shared stations</translation>
    </message>
    <message>
        <source>辐射支部党员</source>
        <translation>Party members of those branches</translation>
    </message>
    <message>
        <source>老同志总数</source>
        <translation>Members in all</translation>
    </message>
    <message>
        <source>党员</source>
        <translation>Party members</translation>
    </message>
    <message>
        <source>离休</source>
        <translation>Lixiu (pre-1949)</translation>
    </message>
    <message>
        <source>退休</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>平均年龄</source>
        <translation>Average age</translation>
    </message>
    <message>
        <source>{n}岁</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>{n}人</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>{n}人（{posts}个职务）</source>
        <translation>{n} ({posts} posts)</translation>
    </message>
    <message>
        <source>楼长或网格长（不重复计人）</source>
        <translation>Building or grid leaders (each counted once)</translation>
    </message>
    <message>
        <source>队伍</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>队员（不重复计人）</source>
        <translation>Team members (each counted once)</translation>
    </message>
    <message>
        <source>志愿服务活动</source>
        <translation>Service activities</translation>
    </message>
    <message>
        <source>服务时长</source>
        <translation>Hours of service</translation>
    </message>
    <message>
        <source>参与服务</source>
        <translation>Attendances</translation>
    </message>
    <message>
        <source>参与老同志</source>
        <translation>Members who served</translation>
    </message>
    <message>
        <source>帮扶群众</source>
        <translation>People helped</translation>
    </message>
    <message>
        <source>未分类</source>
        <translation>Uncategorized</translation>
    </message>
    <message>
        <source>{activities}次，{n}人次，{hours}</source>
        <translation>{activities} activities, {n} attendances, {hours}</translation>
    </message>
    <message>
        <source>捐款</source>
        <translation>Money donated</translation>
    </message>
    <message>
        <source>0元</source>
        <translation>¥0</translation>
    </message>
    <message>
        <source>捐物</source>
        <translation>Goods donated</translation>
    </message>
    <message>
        <source>未注明用途</source>
        <translation>Purpose not given</translation>
    </message>
    <message>
        <source>文化活动</source>
        <translation>Cultural events</translation>
    </message>
    <message>
        <source>受众</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>{n}场，{audience}人次</source>
        <translation>{n} events, audience {audience}</translation>
    </message>
    <message>
        <source>主讲党课：{name}</source>
        <translation>Party lectures given: {name}</translation>
    </message>
    <message>
        <source>培训：{title}</source>
        <translation>Training: {title}</translation>
    </message>
    <message>
        <source>{sessions}期，{n}人次</source>
        <translation>{sessions} sessions, {n} attendances</translation>
    </message>
    <message>
        <source>作品</source>
        <translation>Works</translation>
    </message>
    <message>
        <source>主题：{theme}</source>
        <translation>Theme: {theme}</translation>
    </message>
    <message>
        <source>未注明</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>驿站</source>
        <translation>Stations</translation>
    </message>
    <message>
        <source>离退休干部党支部</source>
        <translation>Party branches of retired cadres</translation>
    </message>
    <message>
        <source>老同志</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>担任职务（{day}在任）</source>
        <translation>Posts (held on {day})</translation>
    </message>
    <message>
        <source>志愿服务队伍</source>
        <translation>Volunteer teams</translation>
    </message>
    <message>
        <source>志愿服务</source>
        <translation>Volunteer service</translation>
    </message>
    <message>
        <source>捐款捐物</source>
        <translation>Donations</translation>
    </message>
    <message>
        <source>楼长{building}人、网格长{grid}人</source>
        <translation>{building} building leaders, {grid} grid leaders</translation>
    </message>
    <message>
        <source>平均年龄{n}岁</source>
        <translation>average age {n}</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>{n}件</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>{year}年</source>
        <translation>{year}</translation>
    </message>
    <message>
        <source>各年志愿服务时长</source>
        <translation>Volunteer hours by year</translation>
    </message>
    <message>
        <source>{month}月</source>
        <translation>{month}</translation>
    </message>
    <message>
        <source>{yy}年{month}月</source>
        <translation>{month}/{yy}</translation>
    </message>
    <message>
        <source>各月志愿服务时长</source>
        <translation>Volunteer hours by month</translation>
    </message>
    <message>
        <source>小时</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>各类文化活动场次</source>
        <translation>Cultural events by kind</translation>
    </message>
    <message>
        <source>场</source>
        <translation>events</translation>
    </message>
    <message>
        <source>场次</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>老同志年龄结构</source>
        <translation>Members by age</translation>
    </message>
    <message>
        <source>人</source>
        <translation>people</translation>
    </message>
    <message>
        <source>担任职务人数</source>
        <translation>Members holding posts</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <source>{m}分</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>{h}小时{m}分</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>{hours}小时</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>个</source>
        <translation>count</translation>
    </message>
    <message>
        <source>岁</source>
        <translation>years</translation>
    </message>
    <message>
        <source>支</source>
        <translation>teams</translation>
    </message>
    <message>
        <source>次</source>
        <translation>times</translation>
    </message>
    <message>
        <source>人次</source>
        <translation>attendances</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>¥10k</translation>
    </message>
    <message>
        <source>件</source>
        <translation>items</translation>
    </message>
    <message>
        <source>笔</source>
        <translation>gifts</translation>
    </message>
    <message>
        <source>{n}个</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>{n}支</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>{n}次</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>{n}人次</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>{n}小时</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <source>{n}笔</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>{n}场</source>
        <translation>{n}</translation>
    </message>
</context>
</TS>