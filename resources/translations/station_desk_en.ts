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
        <source>已选 {n} / {total} 人</source>
        <translation>{n} / {total} selected</translation>
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
    <name>ActivityDonations</name>
    <message>
        <source>本次活动的捐款、捐物</source>
        <extracomment>Where a donation row keeps its stored id (None for one added in this sitting).</extracomment>
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
        <source>{amount} 元</source>
        <translation>{amount} yuan</translation>
    </message>
    <message>
        <source>{n} 件 {what}</source>
        <translation>{n} items {what}</translation>
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
        <source>备份是一个独立的文件（无需其他附属文件），旁边另存一个 SHA-256 校验文件；写入后会重新读取核对。适合存到 U 盘。
要把台账复制到别处，请用这里的备份，不要直接复制台账文件：最近的记录可能还在它旁边的 -wal 文件里，只复制台账文件会丢失这些记录。</source>
        <translation>The backup is one self-contained file with a SHA-256 checksum file beside it; it is read back and verified after writing. Suitable for a USB stick.
To copy the ledger elsewhere, use this backup rather than copying the ledger file: recent records may still be in the -wal file beside it, and a copy of the ledger file alone loses them.</translation>
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
    <name>BatchActions</name>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>批量修改选中的成员…</source>
        <translation>Change Selected Members…</translation>
    </message>
    <message>
        <source>批量修改…</source>
        <translation>Change Many…</translation>
    </message>
    <message>
        <source>撤销（没有可撤销的操作）</source>
        <translation>Undo (nothing to undo)</translation>
    </message>
    <message>
        <source>撤销：{what}</source>
        <translation>Undo: {what}</translation>
    </message>
    <message>
        <source>已撤销：{what}</source>
        <translation>Undone: {what}</translation>
    </message>
    <message>
        <source>批量修改</source>
        <translation>Change Many</translation>
    </message>
    <message>
        <source>成员页当前没有显示任何老同志。</source>
        <translation>The Members tab shows nobody now.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>批量修改老同志</source>
        <translation>Change Many Members</translation>
    </message>
    <message>
        <source>修改谁：</source>
        <translation>Change whom:</translation>
    </message>
    <message>
        <source>驿站</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>党支部</source>
        <translation>Party branch</translation>
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
        <source>加入服务队</source>
        <translation>Join team</translation>
    </message>
    <message>
        <source>加入日期</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>修改谁：成员页没有显示任何老同志</source>
        <translation>Change whom: the Members tab shows nobody</translation>
    </message>
    <message>
        <source>请至少勾选一项要修改的内容</source>
        <translation>Tick at least one thing to change</translation>
    </message>
    <message>
        <source>加入服务队：还没有服务队</source>
        <translation>Join team: there is no team yet</translation>
    </message>
    <message>
        <source>批量修改</source>
        <translation>Change Many</translation>
    </message>
    <message>
        <source>将修改 {n} 位老同志：
{what}

确定吗？之后可用“编辑 → 撤销”撤回。</source>
        <translation>Change {n} members:
{what}

Go ahead? Edit → Undo takes it back.</translation>
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
        <source>导入所有工作表（一起检查，一起写入）</source>
        <translation>Import every sheet (checked together, written together)</translation>
    </message>
    <message>
        <source>工作表名称就是所在支部</source>
        <translation>Each sheet's name is the branch</translation>
    </message>
    <message>
        <source>工作表名称就是社区</source>
        <translation>Each sheet's name is the community</translation>
    </message>
    <message>
        <source>不用工作表名称</source>
        <translation>Sheet names not used</translation>
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
        <source>花名册分多个工作表：</source>
        <translation>Roster on several sheets:</translation>
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
        <source>如 1950-03-05 或 1950.03</source>
        <translation>e.g. 1950-03-05 or 1950.03</translation>
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
    <name>DemoBuild</name>
    <message>
        <source>正在生成演示台账（第一次需要十几秒）…</source>
        <translation>Building the demo ledger (the first time takes a dozen seconds)…</translation>
    </message>
    <message>
        <source>正在生成演示台账：{step}</source>
        <translation>Building the demo ledger: {step}</translation>
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
    <name>DraftKeeper</name>
    <message>
        <source>（未填名称）</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <source>{title}，{day}，已选 {n} 人</source>
        <translation>{title}, {day}, {n} chosen</translation>
    </message>
    <message>
        <source>有一份上次没有保存的活动草稿：{what}</source>
        <translation>An activity draft was not saved last time: {what}</translation>
    </message>
    <message>
        <source>接着填</source>
        <translation>Continue it</translation>
    </message>
    <message>
        <source>丢弃草稿</source>
        <translation>Discard the draft</translation>
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
    <name>EmptyHint</name>
    <message>
        <source>新增成员…</source>
        <translation>Add Member…</translation>
    </message>
    <message>
        <source>导入花名册…</source>
        <translation>Import a roster…</translation>
    </message>
    <message>
        <source>新增社区…</source>
        <translation>Add Community…</translation>
    </message>
    <message>
        <source>新建队伍…</source>
        <translation>New Team…</translation>
    </message>
    <message>
        <source>新建活动…</source>
        <translation>New Event…</translation>
    </message>
    <message>
        <source>还没有老同志。新增第一位，或导入已有的 Excel 花名册。</source>
        <translation>No members yet. Add the first one, or import the roster you keep in Excel.</translation>
    </message>
    <message>
        <source>还没有志愿服务队。新建一支队伍，加上队员，就可以记录活动和服务时长。</source>
        <translation>No volunteer teams yet. Create a team and add its members to record activities and hours.</translation>
    </message>
    <message>
        <source>还没有文化活动。党课、演出、学习讨论会、展览、培训都记在这里。</source>
        <translation>No cultural events yet. Party lectures, performances, study sessions, exhibitions and training go here.</translation>
    </message>
    <message>
        <source>还没有社区和网格。先新增社区，再在社区下新增网格。</source>
        <translation>No communities or grids yet. Add a community first, then its grids.</translation>
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
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>承办队伍</source>
        <translation>Organising team</translation>
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
        <source>导出哪些老同志？</source>
        <translation>Export which members?</translation>
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
    <name>FirstRunPage</name>
    <message>
        <source>欢迎使用驿站台账</source>
        <translation>Welcome to Station Desk</translation>
    </message>
    <message>
        <source>这个台账还是空的。按下面的顺序开始；以后随时可以从菜单“帮助 → 开始使用”回到这一页。</source>
        <translation>This ledger is empty. Start with the steps below, in order; Help → Getting started brings this page back at any time.</translation>
    </message>
    <message>
        <source>关闭此页</source>
        <translation>Close this page</translation>
    </message>
    <message>
        <source>第一步　单位名称（印在花名册和证书上）</source>
        <translation>Step 1  The unit's name (printed on rosters and certificates)</translation>
    </message>
    <message>
        <source>如 平阴县离退休干部党支部驿站</source>
        <translation>e.g. Pingyin County retired cadres' party branch station</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>第二步　驿站、支部、社区与网格</source>
        <translation>Step 2  Stations, branches, communities and grids</translation>
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
        <source>第三步　老同志名单</source>
        <translation>Step 3  The members</translation>
    </message>
    <message>
        <source>已经有 Excel 或 WPS 花名册的，直接导入；否则一位一位新增。</source>
        <translation>If you keep the roster in Excel or WPS, import it; otherwise add members one by one.</translation>
    </message>
    <message>
        <source>导入已有花名册…</source>
        <translation>Import an existing roster…</translation>
    </message>
    <message>
        <source>新增成员…</source>
        <translation>Add Member…</translation>
    </message>
    <message>
        <source>先看看</source>
        <translation>Look around first</translation>
    </message>
    <message>
        <source>演示台账是另一个文件，里面是编造的老同志，随便试，不影响这个台账。</source>
        <translation>The demo ledger is another file with invented members: try anything, this ledger is not touched.</translation>
    </message>
    <message>
        <source>打开演示台账</source>
        <translation>Open the demo ledger</translation>
    </message>
    <message>
        <source>日常工作指南</source>
        <translation>Guide to the daily tasks</translation>
    </message>
    <message>
        <source>单位名称：必填</source>
        <translation>Unit name: required</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>现有 {s} 个驿站、{b} 个支部、{c} 个社区、{g} 个网格。新增老同志时要从中选择，先把它们加上。</source>
        <translation>Now {s} stations, {b} branches, {c} communities, {g} grids. Members are assigned to these, so add them first.</translation>
    </message>
    <message>
        <source>现有老同志 {n} 位。</source>
        <translation>Now {n} members.</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>FormGuard</name>
    <message>
        <source>内容还没有保存</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>这张表里填写的内容还没有保存。</source>
        <translation>What was typed into this form is not saved yet.</translation>
    </message>
    <message>
        <source>保存：现在保存；放弃：不保存，关闭；继续编辑：回到表里。</source>
        <translation>Save: save it now; Discard: close without saving; Keep editing: back to the form.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>放弃</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>继续编辑</source>
        <translation>Keep editing</translation>
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
</context>
<context>
    <name>GridsTabActions</name>
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
        <source>新增网格</source>
        <translation>Add Grid</translation>
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
    <name>GuideDialog</name>
    <message>
        <source>日常工作指南</source>
        <translation>Guide to the daily tasks</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
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
    <name>HonorActions</name>
    <message>
        <source>成员页选中的 {n} 位</source>
        <translation>the {n} selected on the Members tab</translation>
    </message>
    <message>
        <source>成员页筛选出的 {n} 位</source>
        <translation>the {n} shown on the Members tab</translation>
    </message>
    <message>
        <source>“{team}”的队员（本队时长）</source>
        <translation>Members of "{team}" (hours with this team)</translation>
    </message>
    <message>
        <source>全体有服务记录的老同志</source>
        <translation>Everyone with recorded service</translation>
    </message>
    <message>
        <source>荣誉证书</source>
        <translation>Honor Certificates</translation>
    </message>
</context>
<context>
    <name>HonorDialog</name>
    <message>
        <source>荣誉证书</source>
        <translation>Honor Certificates</translation>
    </message>
    <message>
        <source> 小时</source>
        <translation> hours</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>服务时长</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>从谁中挑选：</source>
        <translation>Choose from:</translation>
    </message>
    <message>
        <source> 年</source>
        <translation> </translation>
    </message>
    <message>
        <source>只列出服务时长不少于</source>
        <translation>List only those with at least</translation>
    </message>
    <message>
        <source>的老同志</source>
        <translation>of service</translation>
    </message>
    <message>
        <source>筛选：</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>全选</source>
        <translation>Select All</translation>
    </message>
    <message>
        <source>全不选</source>
        <translation>Select none</translation>
    </message>
    <message>
        <source>发给（勾选）：</source>
        <translation>Award to (tick):</translation>
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
        <source>正在读取服务时长…</source>
        <translation>Reading the hours…</translation>
    </message>
    <message>
        <source>这一期间没有人达到 {hours}，可降低时长或换一个期间。</source>
        <translation>Nobody reached {hours} in this period; lower the hours or choose another period.</translation>
    </message>
    <message>
        <source>这一期间没有可列出的老同志。</source>
        <translation>Nobody to list in this period.</translation>
    </message>
    <message>
        <source>列出 {listed} 人（共 {total} 人），已勾选 {ticked} 人</source>
        <translation>{listed} listed (of {total}), {ticked} ticked</translation>
    </message>
    <message>
        <source>发给：正在读取服务时长，请稍候</source>
        <translation>Award to: reading the hours, please wait</translation>
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
        <source>统计期间：{problem}</source>
        <translation>Period: {problem}</translation>
    </message>
    <message>
        <source>发给：请在名单中至少勾选一位老同志</source>
        <translation>Award to: tick at least one member in the list</translation>
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
        <extracomment>新建台账 keeps clear of Ctrl+N, which every tab uses for "new record here". The frame of a first start, capped by the screen (docs/ARCHITECTURE.md §Desk). Smaller than this, a remembered frame is taken for a leftover of another screen. The clerk asked for the demo ledger (built first if it does not exist yet). Rows per table (``entity_counts``), each time the status bar's counts are refreshed. Emitted once, when the window has painted for the first time. 正在打开台账… in the middle of the frame, until the ledger is attached.</extracomment>
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
        <source>日常工作指南…</source>
        <translation>Guide to the daily tasks…</translation>
    </message>
    <message>
        <source>开始使用</source>
        <translation>Getting started</translation>
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
        <source>每日后台检查发现台账“{name}”已损坏：{problem}

请不要继续录入。关闭程序后重新打开台账，程序会保留损坏的文件，并提供最近一份完好的备份供恢复。</source>
        <extracomment>The daily full check waits this long after the window is built, so start-up stays quick.</extracomment>
        <translation>The daily background check found the ledger "{name}" damaged: {problem}

Please stop entering records. Close the program and open the ledger again: the damaged file will be kept and the newest good backup offered for restoring.</translation>
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
        <source>入党时间：填写了入党时间，但未勾选“中共党员”</source>
        <translation>Joined party: a date is filled in but "CPC member" is not ticked</translation>
    </message>
    <message>
        <source>还不能保存：{reason}</source>
        <translation>Cannot save yet: {reason}</translation>
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
    <name>MemberForm</name>
    <message>
        <source>（未选择）</source>
        <extracomment>PIPL: the fields a stored member shows masked until the clerk asks, and how.</extracomment>
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
    <name>MergeDialog</name>
    <message>
        <source>逐项合并身份证号相同的行</source>
        <translation>Merge rows with one ID number field by field</translation>
    </message>
    <message>
        <source>“{name}”的 {n} 行身份证号相同，只导入第 {row} 行。下面列出各行不同的项：每一项点选（或按空格选）要采用的值，其余各项用第 {row} 行的。</source>
        <translation>The {n} rows of “{name}” share one ID number; only row {row} is imported. The fields on which they differ are listed below: click (or press Space on) the value each field takes; every other field is row {row}'s.</translation>
    </message>
    <message>
        <source>“{name}”的 {n} 行各项都相同，保留第 {row} 行即可。</source>
        <translation>The {n} rows of “{name}” agree on every field; keeping row {row} is enough.</translation>
    </message>
</context>
<context>
    <name>MergeTable</name>
    <message>
        <source>第 {row} 行（保留）</source>
        <translation>Row {row} (kept)</translation>
    </message>
    <message>
        <source>第 {row} 行</source>
        <translation>Row {row}</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(blank)</translation>
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
        <source>样张：打印或另存为时才编号并记入证书登记簿。</source>
        <translation>Sample: certificates are numbered and entered in the register only when printed or saved.</translation>
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
    <name>PrintRunner</name>
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
    <message>
        <source>{held}

现在就从这些备份中一并清除吗？</source>
        <translation>{held}

Purge them from these backups now as well?</translation>
    </message>
    <message>
        <source>较早的备份</source>
        <translation>Older backups</translation>
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
        <source>状态</source>
        <translation>Status</translation>
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
        <source>自动（放不下时横向）</source>
        <translation>Automatic (landscape when needed)</translation>
    </message>
    <message>
        <source>纵向</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>横向</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>打印花名册</source>
        <translation>Print Roster</translation>
    </message>
    <message>
        <source>打印范围：</source>
        <translation>Print:</translation>
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
        <source>每人印两行（列多时）</source>
        <translation>Two lines per person (for many columns)</translation>
    </message>
    <message>
        <source>把所选的列分成上下两行，序号跨两行；数字和日期仍不拆行，字号不小于 8 磅</source>
        <translation>The chosen columns are split over an upper and a lower line, the number spanning both; numbers and dates are still never split, and the type is never smaller than 8 pt</translation>
    </message>
    <message>
        <source>纸张：</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <source>A4 纸可印宽度：纵向 {portrait} 毫米，横向 {landscape} 毫米。数字和日期不拆行，字号不小于 8 磅（比小五号字略小）；放不下时会询问改为横向、每人两行或减少列。</source>
        <translation>Printable width of A4: {portrait} mm upright, {landscape} mm across. Numbers and dates are never split and the type is never smaller than 8 pt (a little smaller than Word's 9 pt); when the columns do not fit, you are asked whether to print in landscape, with two lines per person, or with fewer columns.</translation>
    </message>
    <message>
        <source>请至少勾选一列</source>
        <translation>Tick at least one column</translation>
    </message>
</context>
<context>
    <name>RosterRefusal</name>
    <message>
        <source>花名册放不下</source>
        <translation>The roster does not fit</translation>
    </message>
    <message>
        <source>怎样打印？</source>
        <translation>How should it be printed?</translation>
    </message>
    <message>
        <source>改为横向(&amp;L)</source>
        <translation>&amp;Landscape</translation>
    </message>
    <message>
        <source>每人两行(&amp;T)</source>
        <translation>&amp;Two lines per person</translation>
    </message>
    <message>
        <source>减少列(&amp;F)</source>
        <translation>&amp;Fewer columns</translation>
    </message>
</context>
<context>
    <name>RowPlaces</name>
    <message>
        <source>为选中的行设置驿站/支部/社区(&amp;S)…</source>
        <translation>&amp;Set station/branch/community of selected rows…</translation>
    </message>
    <message>
        <source>在上表中选中几行（按住 Ctrl 或 Shift），一次设好它们的驿站、支部、社区或网格</source>
        <translation>Select rows above (hold Ctrl or Shift) and set their station, branch, community or grid in one step</translation>
    </message>
    <message>
        <source>驿站</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>所在支部</source>
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
        <source>第 {row} 行设为：{places}</source>
        <translation>Row {row} set to: {places}</translation>
    </message>
</context>
<context>
    <name>RowPlacesDialog</name>
    <message>
        <source>为选中的行设置驿站、支部、社区/网格</source>
        <translation>Set the station, branch, community or grid of the selected rows</translation>
    </message>
    <message>
        <source>选中的 {n} 行都设为下面选的；“（不改）”的一项照表中的。</source>
        <translation>The {n} selected rows all get what is chosen below; a field left at “(unchanged)” stays as the sheet has it.</translation>
    </message>
    <message>
        <source>驿站</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>所在支部</source>
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
        <source>（不改）</source>
        <translation>(unchanged)</translation>
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
    <name>ScopeChoice</name>
    <message>
        <source>成员页筛选出的 {n} 位</source>
        <translation>the {n} shown on the Members tab</translation>
    </message>
    <message>
        <source>其中选中的 {n} 位</source>
        <translation>the {n} selected among them</translation>
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
        <source>{book}（{n}）</source>
        <translation>{book} ({n})</translation>
    </message>
    <message>
        <source>{book}（{shown} / {n}）</source>
        <translation>{book} ({shown} / {n})</translation>
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
        <source>服务时长（小时）</source>
        <translation>Service hours</translation>
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
    <name>Terms</name>
    <message>
        <source>队员</source>
        <translation>Team member</translation>
    </message>
    <message>
        <source>队长</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <source>副队长</source>
        <translation>Deputy leader</translation>
    </message>
    <message>
        <source>环境整治</source>
        <translation>Neighbourhood clean-up</translation>
    </message>
    <message>
        <source>政策宣传</source>
        <translation>Policy outreach</translation>
    </message>
    <message>
        <source>文明劝导</source>
        <translation>Civility patrol</translation>
    </message>
    <message>
        <source>关爱老人</source>
        <translation>Caring for the elderly</translation>
    </message>
    <message>
        <source>义诊咨询</source>
        <translation>Free clinic</translation>
    </message>
    <message>
        <source>反诈宣传</source>
        <translation>Anti-fraud outreach</translation>
    </message>
    <message>
        <source>扶贫帮困</source>
        <translation>Poverty relief</translation>
    </message>
    <message>
        <source>疫情防控</source>
        <translation>Epidemic prevention</translation>
    </message>
</context>
<context>
    <name>TreePage</name>
    <message>
        <source>核对支部、社区和网格</source>
        <translation>Check branches, communities and grids</translation>
    </message>
    <message>
        <source>表中写到、台账中还没有的驿站、支部、社区和网格：勾选的随导入一起新建。</source>
        <translation>Stations, branches, communities and grids the sheet names that the ledger lacks: those ticked are created with the import.</translation>
    </message>
    <message>
        <source>整表默认（表中这一项空着的行，都填这个）</source>
        <translation>Whole-sheet defaults (for every row that leaves it blank)</translation>
    </message>
    <message>
        <source>驿站</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>所在支部</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>（不填）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>新建/采用</source>
        <translation>Create/use</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>涉及的行</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>正在核对……</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>无法核对：{error}</source>
        <translation>Cannot check: {error}</translation>
    </message>
    <message>
        <source>表中写到的驿站、支部、社区和网格，台账中都有。</source>
        <translation>Every station, branch, community and grid the sheet names is in the ledger.</translation>
    </message>
    <message>
        <source>新建 {n} 处，按台账中的名称采用 {m} 处。取消勾选的不新建，这些行会报错。</source>
        <translation>{n} to create, {m} taken as the ledger's names. Unticked places are not created and their rows are refused.</translation>
    </message>
    <message>
        <source>采用</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>支部：{category}</source>
        <translation>Branch: {category}</translation>
    </message>
</context>
<context>
    <name>TreePageDuplicates</name>
    <message>
        <source>保留</source>
        <extracomment>The fields shown for each of the rows that share an ID number.</extracomment>
        <translation>Keep</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
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
        <source>出生年月</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
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
        <source>所在支部</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>身份证号相同的行：勾选要保留的一行，其余不导入</source>
        <translation>Rows sharing an ID number: tick the one to keep; the others are not imported</translation>
    </message>
    <message>
        <source>合并：保留的一行中空着的项，用同号的其他行补上</source>
        <translation>Merge: fill the kept row's blank fields from the other rows with its ID number</translation>
    </message>
    <message>
        <source>逐项合并(&amp;M)…</source>
        <translation>&amp;Merge field by field…</translation>
    </message>
    <message>
        <source>选中的一组并排列出，逐项点选要采用的值</source>
        <translation>The selected group side by side: pick the value each field takes</translation>
    </message>
    <message>
        <source>第 {row} 行：{fields}</source>
        <translation>Row {row}: {fields}</translation>
    </message>
    <message>
        <source>{field}取自第 {source} 行</source>
        <translation>{field} from row {source}</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>操作员</source>
        <extracomment>(path, new): the clerk chose a ledger to open, or a new one to make. "zh" or "en": the clerk chose the screen's language. Made by ``MainWindow._build_menus``.</extracomment>
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
        <source>不勾选时：身份证号只留前6位和后4位，电话只留前3位和后4位；同页印有出生年月、年龄、入党时间、党龄或离退休类别时，身份证号只留前6位和最后1位，使每个号码都对应上千种可能。</source>
        <translation>Unticked: ID numbers keep their first 6 and last 4 characters, phones their first 3 and last 4; when birth month, age, party-joining date, party years or retirement kind are on the same page, ID numbers keep only their first 6 and last character, so that each printed number fits more than a thousand possible numbers.</translation>
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
    <name>opening</name>
    <message>
        <source>台账位置提醒</source>
        <translation>Ledger Location</translation>
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
    <message>
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>跳过</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>待确认</source>
        <translation>To confirm</translation>
    </message>
</context>
<context>
    <name>Summary</name>
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
        <source>{year}年{month}月{day}日</source>
        <translation>{month}/{day}/{year}</translation>
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
        <source>{n}万元</source>
        <translation>¥{n}×10k</translation>
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
<context>
    <name>Messages</name>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>演示台账至少需要 {n} 位老同志才能重现文中的数字。</source>
        <translation>The demo ledger needs at least {n} members to reproduce the article's figures.</translation>
    </message>
    <message>
        <source>“{path}”已存在；演示台账只写入新文件，不会覆盖已有文件。</source>
        <translation>"{path}" already exists; the demo ledger is only written to a new file and never overwrites one.</translation>
    </message>
    <message>
        <source>起止日期：{start}还没有到（今天是{today}），不能统计将来的期间</source>
        <translation>Period: {start} has not come yet (today is {today}); a future period cannot be summed up</translation>
    </message>
    <message>
        <source>起止日期：台账最早的记录在{first}，所选期间（截至{end}）早于台账，没有可统计的数字</source>
        <translation>Period: the ledger's first record is of {first}; the chosen period (to {end}) is before it, there is nothing to sum up</translation>
    </message>
    <message>
        <source>不是驿站台账（文件为空或是其他程序的文件）</source>
        <translation>is not a Station Desk ledger (the file is empty or belongs to another program)</translation>
    </message>
    <message>
        <source>数据库版本无法识别</source>
        <translation>its database version is not recognised</translation>
    </message>
    <message>
        <source>完整性检查未通过：{details}</source>
        <translation>the integrity check failed: {details}</translation>
    </message>
    <message>
        <source>副本的记录数与台账不一致</source>
        <translation>the copy's record counts differ from the ledger's</translation>
    </message>
    <message>
        <source>备份未完成：台账“{name}”{problem}，无法作为备份。原有备份未受影响。</source>
        <translation>Backup not made: the ledger "{name}" {problem}, so it cannot serve as a backup. Existing backups are untouched.</translation>
    </message>
    <message>
        <source>台账文件“{path}”不存在，无法备份。</source>
        <translation>The ledger file "{path}" does not exist, so it cannot be backed up.</translation>
    </message>
    <message>
        <source>备份文件不能与台账本身是同一个文件。</source>
        <translation>The backup file cannot be the ledger file itself.</translation>
    </message>
    <message>
        <source>文件夹“{folder}”不存在（U 盘是否已插好？），备份未完成。</source>
        <translation>The folder "{folder}" does not exist (is the USB stick plugged in?); the backup was not made.</translation>
    </message>
    <message>
        <source>备份文件“{path}”不存在。</source>
        <translation>The backup file "{path}" does not exist.</translation>
    </message>
    <message>
        <source>备份文件“{name}”与其校验值不符，文件可能已损坏。</source>
        <translation>The backup file "{name}" does not match its checksum; the file may be damaged.</translation>
    </message>
    <message>
        <source>备份文件“{name}”已损坏：{problem}</source>
        <translation>The backup file "{name}" is damaged: {problem}</translation>
    </message>
    <message>
        <source>恢复的台账检查未通过：{problem}。当前台账未被改动。</source>
        <translation>The restored ledger failed its check: {problem}. The current ledger is unchanged.</translation>
    </message>
    <message>
        <source>每日自动</source>
        <translation>Daily (automatic)</translation>
    </message>
    <message>
        <source>升级前</source>
        <translation>Before upgrade</translation>
    </message>
    <message>
        <source>导入前</source>
        <translation>Before import</translation>
    </message>
    <message>
        <source>恢复前</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>已校验</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>已损坏（{problem}）</source>
        <translation>damaged ({problem})</translation>
    </message>
    <message>
        <source>已损坏</source>
        <translation>damaged</translation>
    </message>
    <message>
        <source>未校验</source>
        <translation>not verified</translation>
    </message>
    <message>
        <source>{first}，{rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>无法读取</source>
        <translation>Unreadable</translation>
    </message>
    <message>
        <source>与校验值不符</source>
        <translation>does not match its checksum</translation>
    </message>
    <message>
        <source>{n} 份较早的自动备份中仍有被彻底删除者的资料（{first} 至 {last} 所做）。如不一并清除，它们将按轮换规则最迟于 {until} 前自动删除。复制到 U 盘等处的备份不在此列，需自行删除。</source>
        <translation>{n} older automatic backups (made {first} to {last}) still hold the purged person's data. Unless purged now, rotation deletes them by {until} at the latest. Backups copied elsewhere (a USB stick) are not among them and must be deleted by hand.</translation>
    </message>
    <message>
        <source>{name}（{why}）</source>
        <translation>{name} ({why})</translation>
    </message>
    <message>
        <source>以下备份未能清除，保持原样：{names}</source>
        <translation>These backups could not be purged and were left as they were: {names}</translation>
    </message>
    <message>
        <source>数据库无法读取（{error}）</source>
        <translation>the database cannot be read ({error})</translation>
    </message>
    <message>
        <source>台账检查通过。</source>
        <translation>The ledger passed its check.</translation>
    </message>
    <message>
        <source>台账“{name}”已损坏，不能使用：{problem}</source>
        <translation>The ledger "{name}" is damaged and cannot be used: {problem}</translation>
    </message>
    <message>
        <source>损坏的文件已保留为“{name}”，未被删除。</source>
        <translation>The damaged file was kept as "{name}"; it was not deleted.</translation>
    </message>
    <message>
        <source>可以从最近一份完好的备份恢复：{when}（{age}），其中有{counts}。</source>
        <translation>You can restore the newest good backup: {when} ({age}), holding {counts}.</translation>
    </message>
    <message>
        <source>（记录数未知）</source>
        <translation>(record counts unknown)</translation>
    </message>
    <message>
        <source>没有找到完好的备份。</source>
        <translation>No good backup was found.</translation>
    </message>
    <message>
        <source>“{name}”不是驿站台账文件（{problem}）。文件未被改动。</source>
        <translation>"{name}" is not a Station Desk ledger file ({problem}). The file was not changed.</translation>
    </message>
    <message>
        <source>{message}{br}台账文件未被改动。请用 station-desk backups 查看备份，用 station-desk restore 序号 从完好的备份恢复（或在驿站台账中打开它）。</source>
        <translation>{message}{br}The ledger file was not changed. See the backups with station-desk backups and restore a good one with station-desk restore NUMBER (or open the ledger in Station Desk).</translation>
    </message>
    <message>
        <source>台账文件“{path}”不存在。</source>
        <translation>The ledger file "{path}" does not exist.</translation>
    </message>
    <message>
        <source>清除后文件中仍能找到此人的资料</source>
        <translation>the person's data can still be found in the file after purging</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>saving</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>the backup</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>the restore</translation>
    </message>
    <message>
        <source>磁盘空间已满，{doing}未完成。已保存的记录都在；请清理磁盘空间后重试。</source>
        <translation>The disk is full, so {doing} did not finish. Records already saved are safe; free up disk space and try again.</translation>
    </message>
    <message>
        <source>文件所在位置只读或没有写入权限，{doing}未完成。已保存的记录都在；请检查文件夹权限，或换一个可写的位置。</source>
        <translation>The file's location is read-only or not writable, so {doing} did not finish. Records already saved are safe; check the folder's permissions or choose a writable place.</translation>
    </message>
    <message>
        <source>读写磁盘出错（可能是磁盘已满、U 盘被拔出或没有权限），{doing}未完成。已保存的记录都在。</source>
        <translation>A disk read or write failed (the disk may be full, a USB stick removed, or permission missing), so {doing} did not finish. Records already saved are safe.</translation>
    </message>
    <message>
        <source>台账正被另一个程序使用，{doing}未完成，请稍后再试。</source>
        <translation>Another program is using the ledger, so {doing} did not finish. Try again later.</translation>
    </message>
    <message>
        <source>台账文件已损坏，{doing}未完成。请关闭程序后重新打开台账，以便检查并从备份恢复。</source>
        <translation>The ledger file is damaged, so {doing} did not finish. Close the program and open the ledger again so it can be checked and restored from a backup.</translation>
    </message>
    <message>
        <source>{above}{br}{below}</source>
        <translation>{above}{br}{below}</translation>
    </message>
    <message>
        <source>{n} 分钟前</source>
        <translation>{n} min ago</translation>
    </message>
    <message>
        <source>{n} 小时前</source>
        <translation>{n} h ago</translation>
    </message>
    <message>
        <source>{n} 天前</source>
        <translation>{n} d ago</translation>
    </message>
    <message>
        <source>{doing}失败：{reason}</source>
        <translation>Could not finish {doing}: {reason}</translation>
    </message>
    <message>
        <source>文件头不是 SQLite 数据库</source>
        <translation>the file header is not an SQLite database</translation>
    </message>
    <message>
        <source>文件不完整（比文件头还短）</source>
        <translation>the file is incomplete (shorter than its header)</translation>
    </message>
    <message>
        <source>文件不完整：应有 {expected} 字节，实际只有 {actual} 字节</source>
        <translation>the file is incomplete: it should have {expected} bytes but has only {actual}</translation>
    </message>
    <message>
        <source>无法读取文件：{reason}</source>
        <translation>cannot read the file: {reason}</translation>
    </message>
    <message>
        <source>不是驿站台账文件</source>
        <translation>not a Station Desk ledger file</translation>
    </message>
    <message>
        <source>关联检查发现 {n} 处错误</source>
        <translation>the link check found {n} errors</translation>
    </message>
    <message>
        <source>文件内容在关闭后被磁盘改变（校验值不符），可能是磁盘或 U 盘出错</source>
        <translation>the file changed on disk after it was closed (checksum mismatch); the disk or USB stick may be failing</translation>
    </message>
    <message>
        <source>台账位于网络共享文件夹。网络盘不支持台账使用的预写日志（WAL），断网或多人同时打开可能损坏台账。建议把台账移到本机的数据文件夹。</source>
        <translation>The ledger is in a shared network folder. Network drives do not support the write-ahead log (WAL) the ledger uses, and a lost connection or several people opening it at once can damage it. Move the ledger to the data folder on this computer.</translation>
    </message>
    <message>
        <source>台账位于 U 盘或移动硬盘上。写入时拔出可能损坏台账，且容易丢失。建议把台账移到本机的数据文件夹，U 盘只用来存放备份。</source>
        <translation>The ledger is on a USB stick or removable disk. Pulling it out while writing can damage it, and it is easily lost. Move the ledger to the data folder on this computer and keep only backups on the USB stick.</translation>
    </message>
    <message>
        <source>未知</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>主机 {host}，进程 {pid}</source>
        <translation>computer {host}, process {pid}</translation>
    </message>
    <message>
        <source>主机 {host}，进程 {pid}，自 {when} 起</source>
        <translation>computer {host}, process {pid}, since {when}</translation>
    </message>
    <message>
        <source>台账已被另一个程序打开。请先关闭那边的驿站台账，再打开本台账。</source>
        <translation>The ledger is already open in another program. Close Station Desk there first, then open this ledger.</translation>
    </message>
    <message>
        <source>台账已被另一个程序打开（{holder}）。请先关闭那边的驿站台账，再打开本台账。</source>
        <translation>The ledger is already open in another program ({holder}). Close Station Desk there first, then open this ledger.</translation>
    </message>
    <message>
        <source>无法锁定台账“{name}”：锁文件反复变化，请稍后再试。</source>
        <translation>Cannot lock the ledger "{name}": its lock file keeps changing. Try again later.</translation>
    </message>
    <message>
        <source>无法在“{folder}”中创建台账锁文件：{reason}</source>
        <translation>Cannot create the ledger's lock file in "{folder}": {reason}</translation>
    </message>
    <message>
        <source>打开台账</source>
        <translation>Open Ledger</translation>
    </message>
    <message>
        <source>无法在“{folder}”中创建台账锁文件（{reason}）。请检查该文件夹是否只读或没有写入权限。</source>
        <translation>Cannot create the ledger's lock file in "{folder}" ({reason}). Check whether the folder is read-only or not writable.</translation>
    </message>
    <message>
        <source>台账旁的“{name}”文件不见了：上次关闭时最近保存的记录还在其中，只有台账文件会缺少这些记录。请把这个文件放回台账旁（复制台账请用“备份到…”），或从备份恢复</source>
        <translation>the file "{name}" beside the ledger is missing: the latest records saved before the last close are still in it, and the ledger file alone lacks them. Put that file back beside the ledger (to copy a ledger, use Back Up To…), or restore from a backup</translation>
    </message>
    <message>
        <source>“{path}”是一个文件夹，不是台账文件。</source>
        <translation>"{path}" is a folder, not a ledger file.</translation>
    </message>
    <message>
        <source>无法读取台账文件“{path}”：{reason}</source>
        <translation>Cannot read the ledger file "{path}": {reason}</translation>
    </message>
    <message>
        <source>“{name}”不是驿站台账文件（文件头不是 SQLite 数据库）。文件未被改动。</source>
        <translation>"{name}" is not a Station Desk ledger (its header is not an SQLite database). The file was not changed.</translation>
    </message>
    <message>
        <source>“{name}”已损坏或不是台账文件：{error}。文件未被改动。</source>
        <translation>"{name}" is damaged or not a ledger file: {error}. The file was not changed.</translation>
    </message>
    <message>
        <source>“{name}”是 SQLite 数据库，但不是驿站台账（可能是其他程序的文件）。文件未被改动。</source>
        <translation>"{name}" is an SQLite database but not a Station Desk ledger (perhaps another program's file). The file was not changed.</translation>
    </message>
    <message>
        <source>“{name}”由更新版本的驿站台账创建（数据库版本 {revision}），请升级本程序后再打开。文件未被改动。</source>
        <translation>"{name}" was made by a newer Station Desk (database version {revision}); update this program before opening it. The file was not changed.</translation>
    </message>
    <message>
        <source>升级台账后发现 {n} 处关联错误，已撤销升级。</source>
        <translation>The upgraded ledger had {n} broken links, so the upgrade was undone.</translation>
    </message>
    <message>
        <source>无法创建台账所在文件夹“{folder}”：{reason}</source>
        <translation>Cannot create the ledger's folder "{folder}": {reason}</translation>
    </message>
    <message>
        <source>{label} {n}</source>
        <translation>{label}: {n}</translation>
    </message>
    <message>
        <source>老同志</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>老同志花名册</source>
        <translation>Member roster</translation>
    </message>
    <message>
        <source>队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>志愿服务队</source>
        <translation>Volunteer teams</translation>
    </message>
    <message>
        <source>志愿服务活动</source>
        <translation>Service activity</translation>
    </message>
    <message>
        <source>文化活动</source>
        <translation>Cultural event</translation>
    </message>
    <message>
        <source>作品</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>捐赠</source>
        <translation>Donation</translation>
    </message>
    <message>
        <source>驿站</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>党支部</source>
        <translation>Party branch</translation>
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
        <source>网格职务</source>
        <translation>Grid post</translation>
    </message>
    <message>
        <source>网格任职</source>
        <translation>Grid posts</translation>
    </message>
    <message>
        <source>社区职务</source>
        <translation>Community post</translation>
    </message>
    <message>
        <source>队伍成员</source>
        <translation>Team membership</translation>
    </message>
    <message>
        <source>队员名单</source>
        <translation>Team members</translation>
    </message>
    <message>
        <source>服务时长</source>
        <translation>Service hours</translation>
    </message>
    <message>
        <source>活动参加人员</source>
        <translation>Event participant</translation>
    </message>
    <message>
        <source>证书</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>{label}：不能为空</source>
        <translation>{label}: required</translation>
    </message>
    <message>
        <source>{label}：{day} 不能晚于今天</source>
        <translation>{label}: {day} cannot be after today</translation>
    </message>
    <message>
        <source>{label}：{day} 不能早于{before}（{before_day}）</source>
        <translation>{label}: {day} cannot be before {before} ({before_day})</translation>
    </message>
    <message>
        <source>日期“{value}”的年份 {year} 不对，应在 1900 到 2100 之间</source>
        <translation>Date "{value}": year {year} is wrong, it should be between 1900 and 2100</translation>
    </message>
    <message>
        <source>日期“{value}”的月份 {month} 不对，月份应在 1 到 12 之间</source>
        <translation>Date "{value}": month {month} is wrong, months run from 1 to 12</translation>
    </message>
    <message>
        <source>日期“{value}”不存在（{year}年{month}月没有{day}日）</source>
        <translation>Date "{value}" does not exist (month {month} of {year} has no day {day})</translation>
    </message>
    <message>
        <source>无法识别的日期“{value}”，请写成 1950.03.05、1950.03 或 1950年3月5日</source>
        <translation>Cannot read the date "{value}": write it as 1950.03.05, 1950.03 or 1950年3月5日</translation>
    </message>
    <message>
        <source>后几位已丢失，无法修复：请把该列设为“文本”格式后重新输入</source>
        <translation>its last digits are lost for good; set the column to "Text" format and type it again</translation>
    </message>
    <message>
        <source>身份证号被 Excel 当作数字保存，{advice}</source>
        <translation>Excel saved the ID number as a number: {advice}</translation>
    </message>
    <message>
        <source>{label}：{message}</source>
        <translation>{label}: {message}</translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>required</translation>
    </message>
    <message>
        <source>“{text}”是被表格软件当作数字保存的号码，{advice}</source>
        <translation>"{text}" was saved as a number by a spreadsheet program: {advice}</translation>
    </message>
    <message>
        <source>应为18位，实为{n}位</source>
        <translation>should have 18 characters, has {n}</translation>
    </message>
    <message>
        <source>第{position}位“{char}”不是数字</source>
        <translation>character {position} "{char}" is not a digit</translation>
    </message>
    <message>
        <source>第18位“{char}”应为数字或 X</source>
        <translation>character 18 "{char}" should be a digit or X</translation>
    </message>
    <message>
        <source>地区码首位应为1～8，实为 {char}</source>
        <translation>the area code should start with 1–8, not {char}</translation>
    </message>
    <message>
        <source>出生日期 {day} 不是有效日期</source>
        <translation>birth date {day} is not a valid date</translation>
    </message>
    <message>
        <source>出生日期 {day} 晚于今天</source>
        <translation>birth date {day} is after today</translation>
    </message>
    <message>
        <source>出生日期 {day} 早于1900年</source>
        <translation>birth date {day} is before 1900</translation>
    </message>
    <message>
        <source>校验位应为 {expected}，实为 {actual}</source>
        <translation>the check character should be {expected}, not {actual}</translation>
    </message>
    <message>
        <source>{label}：不能含有数字“{char}”</source>
        <translation>{label}: cannot contain the digit "{char}"</translation>
    </message>
    <message>
        <source>{label}：不能含有符号“{char}”</source>
        <translation>{label}: cannot contain the symbol "{char}"</translation>
    </message>
    <message>
        <source>{label}：间隔号“·”只能出现在两段名字之间</source>
        <translation>{label}: the middle dot "·" can only stand between two parts of a name</translation>
    </message>
    <message>
        <source>{label}：不能超过30个字，实为{n}个字</source>
        <translation>{label}: at most 30 characters, has {n}</translation>
    </message>
    <message>
        <source>1900年</source>
        <translation>1900</translation>
    </message>
    <message>
        <source>{label}：入党时未满十八岁（{age}岁），党章规定年满十八岁；离休干部档案中确有此类情况，请核对档案后确认</source>
        <translation>{label}: under eighteen when joining the party (aged {age}), while the party constitution asks for eighteen; files of Lixiu cadres do record such cases, so check the file and confirm</translation>
    </message>
    <message>
        <source>{label}：早于离退休时间（{day}），请核对后确认</source>
        <translation>{label}: before the retirement date ({day}); check and confirm</translation>
    </message>
    <message>
        <source>出生日期与身份证号不符：身份证号中为 {day}</source>
        <translation>Birth date does not match the ID number: the ID number says {day}</translation>
    </message>
    <message>
        <source>性别与身份证号不符：身份证号中为 {gender}</source>
        <translation>Gender does not match the ID number: the ID number says {gender}</translation>
    </message>
    <message>
        <source>{label}：含有不能出现在号码中的字符“{char}”</source>
        <translation>{label}: "{char}" cannot appear in a phone number</translation>
    </message>
    <message>
        <source>{label}：手机号应为11位，实为{n}位</source>
        <translation>{label}: a mobile number has 11 digits, this has {n}</translation>
    </message>
    <message>
        <source>{label}：手机号第二位应为3～9，实为 {digit}</source>
        <translation>{label}: the second digit of a mobile number should be 3–9, not {digit}</translation>
    </message>
    <message>
        <source>{label}：固定电话须带区号，如 0531-87654321</source>
        <translation>{label}: a landline needs its area code, e.g. 0531-87654321</translation>
    </message>
    <message>
        <source>{label}：区号应为3～4位，实为{n}位</source>
        <translation>{label}: the area code should have 3–4 digits, has {n}</translation>
    </message>
    <message>
        <source>{label}：区号后的号码应为7～8位，实为{n}位</source>
        <translation>{label}: the number after the area code should have 7–8 digits, has {n}</translation>
    </message>
    <message>
        <source>{label}：“{text}”不是时长，应填小时数，如 2 或 1.5</source>
        <translation>{label}: "{text}" is not a length of time; enter hours, e.g. 2 or 1.5</translation>
    </message>
    <message>
        <source>{label}：“{text}”不是时长</source>
        <translation>{label}: "{text}" is not a length of time</translation>
    </message>
    <message>
        <source>{label}：应大于0</source>
        <translation>{label}: must be more than 0</translation>
    </message>
    <message>
        <source>{label}：最小单位为分钟，{hours} 小时不是整分钟</source>
        <translation>{label}: the smallest unit is a minute; {hours} hours is not a whole number of minutes</translation>
    </message>
    <message>
        <source>{label}：一次服务不能超过24小时，实为 {hours} 小时</source>
        <translation>{label}: one service cannot exceed 24 hours, this is {hours} hours</translation>
    </message>
    <message>
        <source>{label}：一次服务不能超过24小时，实为{h}小时{m}分</source>
        <translation>{label}: one service cannot exceed 24 hours, this is {h} h {m} min</translation>
    </message>
    <message>
        <source>{label}：“{text}”不是金额，应填元数，如 1200.50</source>
        <translation>{label}: "{text}" is not an amount; enter yuan, e.g. 1200.50</translation>
    </message>
    <message>
        <source>{label}：“{text}”不是金额</source>
        <translation>{label}: "{text}" is not an amount</translation>
    </message>
    <message>
        <source>{label}：最多两位小数（到分），{amount} 不能精确记账</source>
        <translation>{label}: at most two decimals (to the fen); {amount} cannot be recorded exactly</translation>
    </message>
    <message>
        <source>{label}：超过1亿元，请核对</source>
        <translation>{label}: more than 100 million yuan; please check</translation>
    </message>
    <message>
        <source>电话号码被 Excel 当作数字保存，开头的 0 已丢失：请把该列设为“文本”格式后重新输入</source>
        <translation>Excel saved the phone number as a number and its leading 0 is lost: set the column to "Text" format and type it again</translation>
    </message>
    <message>
        <source>电话号码被 Excel 当作数字保存，显示成了科学计数法，后几位已丢失：请把该列设为“文本”格式后重新输入</source>
        <translation>Excel saved the phone number as a number in scientific notation and its last digits are lost: set the column to "Text" format and type it again</translation>
    </message>
    <message>
        <source>电话号码不能是带小数的数字，请把该列设为“文本”格式后重新输入</source>
        <translation>A phone number cannot be a number with decimals: set the column to "Text" format and type it again</translation>
    </message>
    <message>
        <source>无法识别的日期“{value}”，请写成 1950.03.05、1950-3-5 或 1950年3月5日</source>
        <translation>Cannot read the date "{value}"; write it as 1950.03.05, 1950-3-5 or 1950年3月5日</translation>
    </message>
    <message>
        <source>数字 {number} 不是有效的 Excel 日期</source>
        <translation>The number {number} is not a valid Excel date</translation>
    </message>
    <message>
        <source>只有年份“{value}”，请写到月份，例如 {year}.03</source>
        <translation>Only a year, "{value}": add the month, e.g. {year}.03</translation>
    </message>
    <message>
        <source>Excel 日期 1900年2月29日并不存在，请重新输入这个日期</source>
        <translation>The Excel date 29 February 1900 never existed; enter this date again</translation>
    </message>
    <message>
        <source>这个格子里不是日期</source>
        <translation>This cell does not hold a date</translation>
    </message>
    <message>
        <source>数字 {number} 可能是{year}年1月，也可能是{year}年10月（Excel 会去掉末尾的 0）：请把该列设为“文本”格式后写成 {year}.01 或 {year}.10</source>
        <translation>The number {number} may be January {year} or October {year} (Excel drops the trailing 0): set the column to "Text" format and write {year}.01 or {year}.10</translation>
    </message>
    <message>
        <source>这个格子里是“是/否”，不是日期</source>
        <translation>This cell holds yes/no, not a date</translation>
    </message>
    <message>
        <source>{what}已打码（导出时未选择完整号码），无法导入：请用含完整号码的表格</source>
        <translation>{what} is masked (exported without full numbers) and cannot be imported: use a sheet with the full numbers</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>看不出“{value}”是“是”还是“否”，请填写 党员/群众 或 是/否</source>
        <translation>Cannot tell whether "{value}" means yes or no: fill in 党员/群众, 是/否 or yes/no</translation>
    </message>
    <message>
        <source>这里应填写人数（整数）</source>
        <translation>A head count (a whole number) goes here</translation>
    </message>
    <message>
        <source>人数“{value}”应是整数</source>
        <translation>The head count "{value}" should be a whole number</translation>
    </message>
    <message>
        <source>人数“{value}”不能是负数</source>
        <translation>The head count "{value}" cannot be negative</translation>
    </message>
    <message>
        <source>人数“{value}”应是整数，例如 120</source>
        <translation>The head count "{value}" should be a whole number, e.g. 120</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>"{text}"</translation>
    </message>
    <message>
        <source>{list}、{item}</source>
        <translation>{list}, {item}</translation>
    </message>
    <message>
        <source>文件“{file}”设置了打开密码，无法读取：请在 Excel/WPS 中取消密码后再导入</source>
        <translation>File "{file}" has an opening password and cannot be read: remove the password in Excel/WPS, then import it</translation>
    </message>
    <message>
        <source>文件“{file}”已损坏，无法作为 Excel 文件打开（{error}）</source>
        <translation>File "{file}" is damaged and cannot be opened as an Excel file ({error})</translation>
    </message>
    <message>
        <source>文件“{file}”无法作为 Excel 文件读取（{error}）。请用 Excel 或 WPS 打开后“另存为” .xlsx 文件再导入</source>
        <translation>File "{file}" cannot be read as an Excel file ({error}). Open it in Excel or WPS, use "Save As" to save an .xlsx file, and import that</translation>
    </message>
    <message>
        <source>文件“{file}”的内容已损坏，读取时出错（{error}）。请用 Excel 或 WPS 打开后“另存为” .xlsx 文件再导入</source>
        <translation>The contents of file "{file}" are damaged, reading failed ({error}). Open it in Excel or WPS, use "Save As" to save an .xlsx file, and import that</translation>
    </message>
    <message>
        <source>文件“{file}”无法作为 .xls 文件读取（{error}）。请用 Excel 或 WPS 打开后“另存为” .xlsx 文件再导入</source>
        <translation>File "{file}" cannot be read as an .xls file ({error}). Open it in Excel or WPS, use "Save As" to save an .xlsx file, and import that</translation>
    </message>
    <message>
        <source>文件“{file}”已损坏，无法作为 .xls 文件读取（{error}）</source>
        <translation>File "{file}" is damaged and cannot be read as an .xls file ({error})</translation>
    </message>
    <message>
        <source>文件“{file}”的内容已损坏，读取时出错（{error}）</source>
        <translation>The contents of file "{file}" are damaged, reading failed ({error})</translation>
    </message>
    <message>
        <source>{label}只能填 {allowed}，这里是“{value}”</source>
        <translation>{label} can only be {allowed}, not "{value}"</translation>
    </message>
    <message>
        <source>文件“{file}”有 {size} MB，超过导入上限 {limit} MB，不像是一份花名册：请只保留要导入的工作表和行，另存后再导入</source>
        <translation>File "{file}" is {size} MB, over the import limit of {limit} MB, and does not look like a roster: keep only the sheets and rows to import, save it and import again</translation>
    </message>
    <message>
        <source>文件“{file}”的工作表“{sheet}”写着第 {column} 列，超出了 Excel 的最大列 XFD：文件已损坏或被改动过，不能导入</source>
        <translation>File "{file}", sheet "{sheet}", names column {column}, beyond Excel's last column XFD: the file is damaged or was tampered with and cannot be imported</translation>
    </message>
    <message>
        <source>文件“{file}”的工作表“{sheet}”写着第 {row} 行，超出了 Excel 的最大行数 {limit}：文件已损坏或被改动过，不能导入</source>
        <translation>File "{file}", sheet "{sheet}", names row {row}, beyond Excel's {limit} rows: the file is damaged or was tampered with and cannot be imported</translation>
    </message>
    <message>
        <source>文件“{file}”的工作表“{sheet}”有超过 {limit} 个格子，超过导入上限：请只保留要导入的行和列，另存后再导入</source>
        <translation>File "{file}", sheet "{sheet}", has more than {limit} cells, over the import limit: keep only the rows and columns to import, save it and import again</translation>
    </message>
    <message>
        <source>文件“{file}”的工作表“{sheet}”从 A1 到最远的格子有 {rows} 行 × {columns} 列，超过导入上限 {limit} 个格子：请删去表格远处多余的内容，另存后再导入</source>
        <translation>File "{file}", sheet "{sheet}", spans {rows} rows × {columns} columns from A1 to its farthest cell, over the import limit of {limit} cells: delete the stray content far out in the sheet, save it and import again</translation>
    </message>
    <message>
        <source>文件“{file}”里的“{part}”压缩了 {ratio} 倍（正常的表格不超过 {limit} 倍），像是一个“压缩炸弹”，不能导入</source>
        <translation>In file "{file}", part "{part}" is compressed {ratio} times (a normal sheet: at most {limit} times): it looks like a "zip bomb" and cannot be imported</translation>
    </message>
    <message>
        <source>文件“{file}”解压后有 {size} MB，超过导入上限 {limit} MB（正常的花名册只有几 MB），像是一个“压缩炸弹”，不能导入</source>
        <translation>File "{file}" inflates to {size} MB, over the import limit of {limit} MB (a normal roster is a few MB): it looks like a "zip bomb" and cannot be imported</translation>
    </message>
    <message>
        <source>文件“{file}”已损坏（“{part}”读不出来：{error}），不能导入：请用 Excel 或 WPS 打开后“另存为” .xlsx 文件再导入</source>
        <translation>File "{file}" is damaged ("{part}" cannot be read: {error}) and cannot be imported: open it in Excel or WPS, "Save As" .xlsx and import that</translation>
    </message>
    <message>
        <source>文件“{file}”设置了密码，无法读取：请在 Excel/WPS 中取消密码后再导入</source>
        <translation>File "{file}" has a password and cannot be read: remove the password in Excel/WPS, then import</translation>
    </message>
    <message>
        <source>出生年月</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>是否党员</source>
        <translation>Party member</translation>
    </message>
    <message>
        <source>所在支部</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>服务队</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>活动名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>活动日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>时长</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>不认识的导入类型“{kind}”</source>
        <translation>Unknown import kind "{kind}"</translation>
    </message>
    <message>
        <source>工作表“{sheet}”是空的，没有可导入的内容</source>
        <translation>Sheet "{sheet}" is empty: there is nothing to import</translation>
    </message>
    <message>
        <source>在工作表“{sheet}”的前 {rows} 行里没有找到表头：{kind}需要 {required} 这几列，最接近的一行缺少 {missing}。可用的表头有：{headers}</source>
        <translation>No header row in the first {rows} rows of sheet "{sheet}": {kind} needs the columns {required}, and the closest row lacks {missing}. Headers that work: {headers}</translation>
    </message>
    <message>
        <source>文件“{file}”的文字编码无法识别（既不是 UTF-8 也不是 GBK/GB18030）：请用 Excel 或 WPS 打开后另存为 .xlsx 再导入</source>
        <translation>The text encoding of file "{file}" is not recognised (neither UTF-8 nor GBK/GB18030): open it in Excel or WPS, save it as .xlsx and import that</translation>
    </message>
    <message>
        <source>文件“{file}”不是有效的 CSV 文件（{error}）</source>
        <translation>File "{file}" is not a valid CSV file ({error})</translation>
    </message>
    <message>
        <source>“{file}”是 WPS 表格文件（{suffix}），不能直接导入：请在 WPS 中打开它，点左上角“文件”→“另存为”，“文件类型”选“Excel 文件(*.xlsx)”，保存后导入新的 .xlsx 文件</source>
        <translation>"{file}" is a WPS spreadsheet ({suffix}) and cannot be imported directly: open it in WPS, choose File → Save As, set the file type to "Excel file (*.xlsx)", save, and import the new .xlsx file</translation>
    </message>
    <message>
        <source>文件“{file}”的类型（{suffix}）不能导入：请使用 .xlsx、.xls 或 .csv 文件</source>
        <translation>File "{file}" is of a type that cannot be imported ({suffix}): use an .xlsx, .xls or .csv file</translation>
    </message>
    <message>
        <source>无扩展名</source>
        <translation>no extension</translation>
    </message>
    <message>
        <source>找不到文件“{file}”</source>
        <translation>File "{file}" not found</translation>
    </message>
    <message>
        <source>文件“{file}”无法打开：可能正被 Excel/WPS 占用，请先关闭它再导入</source>
        <translation>File "{file}" cannot be opened; Excel/WPS may be using it: close it there, then import</translation>
    </message>
    <message>
        <source>文件“{file}”无法打开（{error}）</source>
        <translation>File "{file}" cannot be opened ({error})</translation>
    </message>
    <message>
        <source>文件“{file}”是空文件（0 字节）</source>
        <translation>File "{file}" is empty (0 bytes)</translation>
    </message>
    <message>
        <source>文件“{file}”设置了打开密码（或不是真正的 .xlsx 文件），无法读取：请在 Excel/WPS 中取消密码后另存为 .xlsx 再导入</source>
        <translation>File "{file}" has an opening password (or is not a real .xlsx file) and cannot be read: remove the password in Excel/WPS, save it as .xlsx and import that</translation>
    </message>
    <message>
        <source>文件“{file}”其实是网页格式（HTML），不是真正的 Excel 文件。请用 Excel 或 WPS 打开后“另存为” .xlsx 文件再导入</source>
        <translation>File "{file}" is really a web page (HTML), not an Excel file. Open it in Excel or WPS, use "Save As" to save an .xlsx file, and import that</translation>
    </message>
    <message>
        <source>文件“{file}”已损坏或不是 Excel 文件，无法读取。请用 Excel 或 WPS 打开后“另存为” .xlsx 文件再导入</source>
        <translation>File "{file}" is damaged or not an Excel file and cannot be read. Open it in Excel or WPS, use "Save As" to save an .xlsx file, and import that</translation>
    </message>
    <message>
        <source>文件“{file}”正在 Excel 或 WPS 中打开（旁边有锁定文件“{lock}”）：请先保存并关闭它再导入；如果已经关闭，请删除“{lock}”</source>
        <translation>File "{file}" is open in Excel or WPS (its lock file "{lock}" is beside it): save and close it first, then import; if it is already closed, delete "{lock}"</translation>
    </message>
    <message>
        <source>{column}：{message}</source>
        <translation>{column}: {message}</translation>
    </message>
    <message>
        <source>这是模板里的示例行，请删除后再导入</source>
        <translation>This is the template's example row: delete it, then import</translation>
    </message>
    <message>
        <source>同一身份证号</source>
        <translation>The same ID number</translation>
    </message>
    <message>
        <source>同一队伍里同一身份证号</source>
        <translation>The same ID number in the same team</translation>
    </message>
    <message>
        <source>同一网格同一职务里同一身份证号</source>
        <translation>The same ID number in the same grid and post</translation>
    </message>
    <message>
        <source>同一活动里同一身份证号</source>
        <translation>The same ID number in the same activity</translation>
    </message>
    <message>
        <source>同一活动里同一姓名和角色</source>
        <translation>The same name and role in the same event</translation>
    </message>
    <message>
        <source>“{kind}”导入没有“{field}”这一项</source>
        <translation>A "{kind}" import has no field "{field}"</translation>
    </message>
    <message>
        <source>第 {first} 列和第 {second} 列都对应“{label}”，请只保留一列</source>
        <translation>Columns {first} and {second} are both "{label}": keep only one</translation>
    </message>
    <message>
        <source>与第 {others} 行重复：{what}在表中出现了 {n} 次（第 {rows} 行）</source>
        <translation>Same as row {others}: {what} appears {n} times in the sheet (rows {rows})</translation>
    </message>
    <message>
        <source>同一活动在第 {row} 行的{label}是“{first}”，这里是“{value}”</source>
        <translation>The same activity has {label} "{first}" in row {row}, but "{value}" here</translation>
    </message>
    <message>
        <source>无法读取这个格子（{error}）</source>
        <translation>Cannot read this cell ({error})</translation>
    </message>
    <message>
        <source>“{label}”必须填写</source>
        <translation>"{label}" is required</translation>
    </message>
    <message>
        <source>文件“{file}”里没有名为“{sheet}”的工作表</source>
        <translation>File "{file}" has no sheet named "{sheet}"</translation>
    </message>
    <message>
        <source>无法在“{folder}”里写文件（{error}）</source>
        <translation>Cannot write files in "{folder}" ({error})</translation>
    </message>
    <message>
        <source>无法写入“{file}”：文件可能正被 Excel/WPS 打开，请先关闭它再试</source>
        <translation>Cannot write "{file}": it may be open in Excel/WPS; close it there and try again</translation>
    </message>
    <message>
        <source>无法写入“{file}”（{error}）</source>
        <translation>Cannot write "{file}" ({error})</translation>
    </message>
    <message>
        <source>无法创建文件夹“{folder}”：{reason}</source>
        <translation>Cannot create the folder "{folder}": {reason}</translation>
    </message>
    <message>
        <source>“{path}”是一个文件，不是文件夹；请改名或移走它，或用 --db 选择别的位置。</source>
        <translation>"{path}" is a file, not a folder; rename or move it, or choose another place with --db.</translation>
    </message>
    <message>
        <source>磁盘已满；请先腾出空间。</source>
        <translation>the disk is full; free some space first.</translation>
    </message>
    <message>
        <source>所在磁盘是只读的；请用 --db 选择可写的位置。</source>
        <translation>the disk is read-only; choose a writable place with --db.</translation>
    </message>
    <message>
        <source>上级文件夹“{parent}”只读或没有写入权限；请用 --db 选择别的位置。</source>
        <translation>the folder "{parent}" above it is read-only or not writable; choose another place with --db.</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>{label}：荣誉证书与服务记录证明请分开补打</source>
        <translation>{label}: reprint honor certificates and service-record certificates separately</translation>
    </message>
    <message>
        <source>{label}：早于{year}年，不能为{year}年的服务时长发证</source>
        <translation>{label}: before {year}; a certificate for {year}'s hours cannot be dated then</translation>
    </message>
    <message>
        <source>{label}：{year}年没有人达到 {hours} 小时</source>
        <translation>{label}: nobody reached {hours} hours in {year}</translation>
    </message>
    <message>
        <source>{label}：该队伍目前没有队员</source>
        <translation>{label}: this team has no members at present</translation>
    </message>
    <message>
        <source>{label}：请选择发证对象（选中的人、整支队伍或服务时长达标者）</source>
        <translation>{label}: choose who receives certificates (the selected people, a whole team, or those who reached the hours)</translation>
    </message>
    <message>
        <source>{label}：请至少写一个要补打的证书编号</source>
        <translation>{label}: enter at least one certificate number to reprint</translation>
    </message>
    <message>
        <source>请改为横向打印或每人印两行，也可以减少列</source>
        <translation>Print in landscape or with two lines per person, or choose fewer columns</translation>
    </message>
    <message>
        <source>请改为横向打印、减少列，或把列分成两份分别打印</source>
        <translation>Print in landscape, choose fewer columns, or split the columns into two prints</translation>
    </message>
    <message>
        <source>请每人印两行，或减少列</source>
        <translation>Print with two lines per person, or choose fewer columns</translation>
    </message>
    <message>
        <source>请减少列，或把列分成两份分别打印</source>
        <translation>Choose fewer columns, or split the columns into two prints</translation>
    </message>
    <message>
        <source>横向（每人两行）</source>
        <translation>landscape (two lines per person)</translation>
    </message>
    <message>
        <source>纵向（每人两行）</source>
        <translation>portrait (two lines per person)</translation>
    </message>
    <message>
        <source>横向</source>
        <translation>landscape</translation>
    </message>
    <message>
        <source>纵向</source>
        <translation>portrait</translation>
    </message>
    <message>
        <source>花名册列：所选 {n} 列在{way} A4 纸上放不下：数字和日期不能拆行，字号缩到 8 磅（比小五号字略小）也需要 {need} 毫米宽，纸面只有 {have} 毫米。{advice}</source>
        <translation>Roster columns: the {n} chosen columns do not fit on {way} A4: numbers and dates are never split, and even at 8 pt (a little smaller than Word's 9 pt) they need {need} mm, the page has {have} mm. {advice}</translation>
    </message>
    <message>
        <source>表格下方的签字栏、备注过长，一页放不下</source>
        <translation>The signature lines and note below the table are too long to fit on one page</translation>
    </message>
    <message>
        <source>第 {n} 行内容过长，一页放不下</source>
        <translation>Row {n} is too long to fit on one page</translation>
    </message>
    <message>
        <source>荣誉证书 {serial}：正文过长，一页放不下，请缩短事由</source>
        <translation>Honor certificate {serial}: the text is too long for one page; shorten the reason</translation>
    </message>
    <message>
        <source>荣誉证书：没有要打印的证书</source>
        <translation>Honor certificates: nothing to print</translation>
    </message>
    <message>
        <source>无法写入“{path}”：文件夹“{folder}”是只读的或没有写入权限，请换一个文件夹</source>
        <translation>Cannot write “{path}”: the folder “{folder}” is read-only or not writable; choose another folder</translation>
    </message>
    <message>
        <source>“{path}”是一个文件夹，请写出 PDF 文件名，如 {example}</source>
        <translation>“{path}” is a folder; give a PDF file name, such as {example}</translation>
    </message>
    <message>
        <source>磁盘空间不足，“{path}”没有写成（原有文件未改动）；请腾出空间或换一个位置再打印</source>
        <translation>The disk is full; “{path}” was not written (any older file is unchanged). Free some space or choose another place and print again</translation>
    </message>
    <message>
        <source>无法写入“{path}”：文件夹“{folder}”不存在</source>
        <translation>Cannot write “{path}”: the folder “{folder}” does not exist</translation>
    </message>
    <message>
        <source>无法写入“{path}”（系统错误 {code}）</source>
        <translation>Cannot write “{path}” (system error {code})</translation>
    </message>
    <message>
        <source>志愿服务记录证明：没有要打印的证明</source>
        <translation>Service-record certificates: nothing to print</translation>
    </message>
    <message>
        <source>统计报表：有一项内容一页放不下</source>
        <translation>Summary report: one item is too long to fit on one page</translation>
    </message>
    <message>
        <source>{name}的{problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>{label}：不属于这次活动</source>
        <translation>{label}: it does not belong to this activity</translation>
    </message>
    <message>
        <source>{label}：{names}在活动当天不是本队队员</source>
        <translation>{label}: {names} not in the team on the day of the activity</translation>
    </message>
    <message>
        <source>活动：回收站中没有这条记录</source>
        <translation>Activity: this record is not in the recycle bin</translation>
    </message>
    <message>
        <source>{label}：请选择一位老同志或一支队伍（只选其一）</source>
        <translation>{label}: choose one member or one team, not both</translation>
    </message>
    <message>
        <source>{label}：捐物须填写大于 0 的件数</source>
        <translation>{label}: a goods donation needs a count above 0</translation>
    </message>
    <message>
        <source>{label}：请选择捐款或捐物</source>
        <translation>{label}: choose money or goods</translation>
    </message>
    <message>
        <source>{label}：记录不存在</source>
        <translation>{label}: the record does not exist</translation>
    </message>
    <message>
        <source>批量修改：不能修改“{column}”</source>
        <translation>Change many: "{column}" cannot be changed</translation>
    </message>
    <message>
        <source>{label}：所选网格不属于所选社区</source>
        <translation>{label}: the chosen grid is not in the chosen community</translation>
    </message>
    <message>
        <source>{label}：请至少选择一位</source>
        <translation>{label}: choose at least one</translation>
    </message>
    <message>
        <source>{label}：其中 {n} 位已被删除或不存在，请刷新后重选</source>
        <translation>{label}: {n} of them were deleted or no longer exist; refresh and choose again</translation>
    </message>
    <message>
        <source>{label} → {name}</source>
        <translation>{label} → {name}</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>加入队伍 → {name}</source>
        <translation>Join team → {name}</translation>
    </message>
    <message>
        <source>（未选择要修改的项）</source>
        <translation>(nothing chosen to change)</translation>
    </message>
    <message>
        <source>{first}；{rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>批量修改：请至少勾选一项要修改的内容</source>
        <translation>Change many: tick at least one thing to change</translation>
    </message>
    <message>
        <source>批量修改 {n} 位老同志：{what}</source>
        <translation>Changed {n} members: {what}</translation>
    </message>
    <message>
        <source>{label}：请至少选择一位发证对象</source>
        <translation>{label}: choose at least one recipient</translation>
    </message>
    <message>
        <source>{label}：所选记录不存在</source>
        <translation>{label}: the chosen record does not exist</translation>
    </message>
    <message>
        <source>{label}：证书须写明获证人姓名</source>
        <translation>{label}: a certificate needs the recipient's name</translation>
    </message>
    <message>
        <source>{label}：登记簿中没有“{serial}”</source>
        <translation>{label}: "{serial}" is not in the register</translation>
    </message>
    <message>
        <source>{label}：所选记录不存在或已删除</source>
        <translation>{label}: the chosen record does not exist or was deleted</translation>
    </message>
    <message>
        <source>{label}：最多 {max_len} 个字，现有 {n} 个</source>
        <translation>{label}: at most {max_len} characters, has {n}</translation>
    </message>
    <message>
        <source>{label}：应为不小于 0 的整数</source>
        <translation>{label}: must be a whole number, 0 or more</translation>
    </message>
    <message>
        <source>{label}：“{name}”已存在</source>
        <translation>{label}: "{name}" already exists</translation>
    </message>
    <message>
        <source>{label}：请选择活动类别</source>
        <translation>{label}: choose the kind of event</translation>
    </message>
    <message>
        <source>{label}：请选择主讲、演员、组织或参与</source>
        <translation>{label}: choose speaker, performer, organizer or participant</translation>
    </message>
    <message>
        <source>{label}：请选择诗词、书法、绘画、剪纸或其他</source>
        <translation>{label}: choose poetry, calligraphy, painting, paper-cut or other</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>批量修改</source>
        <translation>Change Many</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>含完整号码</source>
        <translation>Full numbers</translation>
    </message>
    <message>
        <source>行数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>时长（分钟）</source>
        <translation>Length (minutes)</translation>
    </message>
    <message>
        <source>金额（分）</source>
        <translation>Amount (fen)</translation>
    </message>
    <message>
        <source>中共党员</source>
        <translation>CPC member</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>作者</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>删除时间</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>所撤销操作的时间</source>
        <translation>Time of the undone action</translation>
    </message>
    <message>
        <source>{label}：{old} → {new}</source>
        <translation>{label}: {old} → {new}</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>记录类别：没有“{table}”这一类记录</source>
        <translation>Record kind: there are no records of kind "{table}"</translation>
    </message>
    <message>
        <source>字段：“{field}”不能单独显示完整号码</source>
        <translation>Field: "{field}" cannot be shown as a full number</translation>
    </message>
    <message>
        <source>{label} {old} → {new}</source>
        <translation>{label} {old} → {new}</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <source>与第 {row} 行身份证号相同，已并入第 {row} 行（逐项选定的值已采用）</source>
        <translation>Same ID number as row {row}: merged into row {row} (the values picked field by field taken)</translation>
    </message>
    <message>
        <source>与第 {row} 行身份证号相同，已并入第 {row} 行（其空着的项由本行补上）</source>
        <translation>Same ID number as row {row}: merged into row {row} (its blank fields filled from this row)</translation>
    </message>
    <message>
        <source>与第 {row} 行身份证号相同，按选择保留第 {row} 行</source>
        <translation>Same ID number as row {row}: row {row} is kept, as chosen</translation>
    </message>
    <message>
        <source>只能导出为 .xlsx 或 .csv 文件，而不是“{file}”</source>
        <translation>Export to an .xlsx or .csv file, not "{file}"</translation>
    </message>
    <message>
        <source>不认识的导出类型“{kind}”</source>
        <translation>Unknown export kind "{kind}"</translation>
    </message>
    <message>
        <source>请先在“设置”中添加，或改成台账中已有的名称</source>
        <translation>add it in "Settings" first, or use a name the ledger already has</translation>
    </message>
    <message>
        <source>台账中已有这次活动，按选择跳过</source>
        <translation>This activity is already in the ledger; skipped as chosen</translation>
    </message>
    <message>
        <source>{name}在活动当天不是“{team}”的队员，请先导入队员名单</source>
        <translation>{name} was not a member of "{team}" on the day of the activity: import the team members first</translation>
    </message>
    <message>
        <source>同一活动在第 {row} 行是“{first}”，这里是“{value}”</source>
        <translation>The same event has "{first}" in row {row}, but "{value}" here</translation>
    </message>
    <message>
        <source>请先在“志愿服务队”中添加，或改成台账中已有的队名</source>
        <translation>add it under "Volunteer Teams" first, or use a team name the ledger already has</translation>
    </message>
    <message>
        <source>正在检查</source>
        <translation>Checking</translation>
    </message>
    <message>
        <source>正在写入</source>
        <translation>Writing</translation>
    </message>
    <message>
        <source>“队伍”必须填写（或在导入时选择队伍）</source>
        <translation>"Team" is required (or choose the team when importing)</translation>
    </message>
    <message>
        <source>与第 {row} 行是同一支队伍的同一个人</source>
        <translation>Same person in the same team as row {row}</translation>
    </message>
    <message>
        <source>已是“{team}”的队员</source>
        <translation>Already a member of "{team}"</translation>
    </message>
    <message>
        <source>已在本网格担任{post}</source>
        <translation>Already {post} in this grid</translation>
    </message>
    <message>
        <source>台账中没有{what}“{value}”，{where}</source>
        <translation>{what} "{value}" is not in the ledger; {where}</translation>
    </message>
    <message>
        <source>所填社区中没有网格“{grid}”，请先在“网格”中添加</source>
        <translation>The community given has no grid "{grid}": add it under "Grids" first</translation>
    </message>
    <message>
        <source>台账中没有网格“{grid}”，请先在“网格”中添加</source>
        <translation>Grid "{grid}" is not in the ledger: add it under "Grids" first</translation>
    </message>
    <message>
        <source>有 {n} 个社区都有“{grid}”，请同时填写“社区”</source>
        <translation>{n} communities have a grid "{grid}": fill in "Community" too</translation>
    </message>
    <message>
        <source>台账中没有身份证号为 {id_number} 的老同志，请先导入花名册</source>
        <translation>No member with ID number {id_number} in the ledger: import the roster first</translation>
    </message>
    <message>
        <source>“{name}”在回收站中，请先在回收站中恢复</source>
        <translation>"{name}" is in the recycle bin: restore them from there first</translation>
    </message>
    <message>
        <source>身份证号对应的老同志是“{found}”，与姓名“{name}”不符</source>
        <translation>The ID number belongs to "{found}", not to the name "{name}"</translation>
    </message>
    <message>
        <source>台账中没有名为“{name}”的老同志</source>
        <translation>No member named "{name}" in the ledger</translation>
    </message>
    <message>
        <source>台账中有 {n} 位“{name}”，请填写身份证号以区分</source>
        <translation>The ledger has {n} members named "{name}": fill in the ID number to tell them apart</translation>
    </message>
    <message>
        <source>台账中已有此人，按选择跳过</source>
        <translation>Already in the ledger; skipped as chosen</translation>
    </message>
    <message>
        <source>与台账中的记录相同</source>
        <translation>Same as the ledger's record</translation>
    </message>
    <message>
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>正在检查第 {row} 行</source>
        <translation>Checking row {row}</translation>
    </message>
    <message>
        <source>已登记为“{name}”（在回收站中），请先在回收站中恢复后再导入</source>
        <translation>Already recorded as "{name}" (in the recycle bin): restore them from the recycle bin, then import</translation>
    </message>
    <message>
        <source>与第 {row} 行是同一个身份证号</source>
        <translation>Same ID number as row {row}</translation>
    </message>
    <message>
        <source>已被其他老同志使用</source>
        <translation>Already used by another member</translation>
    </message>
    <message>
        <source>与第 {row} 行的志愿者编号相同</source>
        <translation>Same volunteer number as row {row}</translation>
    </message>
    <message>
        <source>若选择“更新”，将改动：{changes}</source>
        <translation>With "Update" chosen this would change: {changes}</translation>
    </message>
    <message>
        <source>将更新：{fields}</source>
        <translation>Will update: {fields}</translation>
    </message>
    <message>
        <source>已确认：{message}</source>
        <translation>Confirmed: {message}</translation>
    </message>
    <message>
        <source>支部</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>{what} {parent} {name}</source>
        <translation>{what} {parent} {name}</translation>
    </message>
    <message>
        <source>{what} {name}（{category}）</source>
        <translation>{what} {name} ({category})</translation>
    </message>
    <message>
        <source>{what} {name}（{parent}）</source>
        <translation>{what} {name} ({parent})</translation>
    </message>
    <message>
        <source>{what} {name}</source>
        <translation>{what} {name}</translation>
    </message>
    <message>
        <source>{what}“{written}”按台账中的“{ledger}”</source>
        <translation>{what} "{written}" taken as "{ledger}" in the ledger</translation>
    </message>
    <message>
        <source>整表默认：{what}“{value}”，填入 {n} 行</source>
        <translation>Whole-sheet default: {what} "{value}", filled into {n} rows</translation>
    </message>
    <message>
        <source>视为已有：{match}（第 {rows} 行）</source>
        <translation>Taken as existing: {match} (rows {rows})</translation>
    </message>
    <message>
        <source>将新建</source>
        <translation>Will create</translation>
    </message>
    <message>
        <source>已新建</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>{verb}：{place}（第 {rows} 行）</source>
        <translation>{verb}: {place} (rows {rows})</translation>
    </message>
    <message>
        <source>{verb}：{place}</source>
        <translation>{verb}: {place}</translation>
    </message>
    <message>
        <source>{rows} 等 {n}</source>
        <translation>{rows} and more, {n} in all</translation>
    </message>
    <message>
        <source>{summary}，{part}</source>
        <translation>{summary}, {part}</translation>
    </message>
    <message>
        <source>新增 {n}</source>
        <translation>New {n}</translation>
    </message>
    <message>
        <source>更新 {n}</source>
        <translation>Updated {n}</translation>
    </message>
    <message>
        <source>跳过 {n}</source>
        <translation>Skipped {n}</translation>
    </message>
    <message>
        <source>错误 {n}</source>
        <translation>Errors {n}</translation>
    </message>
    <message>
        <source>待确认 {n}</source>
        <translation>To confirm {n}</translation>
    </message>
    <message>
        <source>{label}：填写了入党时间，但未勾选“中共党员”</source>
        <translation>{label}: a party-joining date is filled in, but "CPC member" is not ticked</translation>
    </message>
    <message>
        <source>{label}：应为“离休”或“退休”</source>
        <translation>{label}: choose "Lixiu (pre-1949)" or "Retired"</translation>
    </message>
    <message>
        <source>（在回收站中）</source>
        <translation> (in the recycle bin)</translation>
    </message>
    <message>
        <source>{label}：已登记为“{name}”{where}的身份证号</source>
        <translation>{label}: already recorded as the ID number of "{name}"{where}</translation>
    </message>
    <message>
        <source>{label}：已被其他老同志使用</source>
        <translation>{label}: already used by another member</translation>
    </message>
    <message>
        <source>{label}：回收站中没有这条记录</source>
        <translation>{label}: this record is not in the recycle bin</translation>
    </message>
    <message>
        <source>{label}：该网格有 {n} 条任职记录，不能删除</source>
        <translation>{label}: this grid has {n} post records and cannot be deleted</translation>
    </message>
    <message>
        <source>{label}：本社区已有“{name}”</source>
        <translation>{label}: this community already has "{name}"</translation>
    </message>
    <message>
        <source>{label}：请选择驿站类别</source>
        <translation>{label}: choose the kind of station</translation>
    </message>
    <message>
        <source>{label}：请选择支部类别（县直、街镇、企业、其他）</source>
        <translation>{label}: choose the branch category (county departments, subdistricts and towns, enterprises, other)</translation>
    </message>
    <message>
        <source>职务：请选择网格长、网格党支部书记或楼长</source>
        <translation>Post: choose grid leader, grid branch secretary or building leader</translation>
    </message>
    <message>
        <source>{label}：楼长须填写所负责的楼栋（如“3号楼”）</source>
        <translation>{label}: a building leader needs the building (e.g. "Building 3")</translation>
    </message>
    <message>
        <source>职务：{name}已在本网格担任{post}</source>
        <translation>Post: {name} already serves as {post} in this grid</translation>
    </message>
    <message>
        <source>职务：{name}已在本社区担任{post}</source>
        <translation>Post: {name} already serves as {post} in this community</translation>
    </message>
    <message>
        <source>{label}：该职务已于 {day} 结束</source>
        <translation>{label}: this post already ended on {day}</translation>
    </message>
    <message>
        <source>{label}：不能早于任职时间（{day}）</source>
        <translation>{label}: cannot be before the start of the post ({day})</translation>
    </message>
    <message>
        <source>{label}：所选范围内没有老同志，没有可打印的花名册</source>
        <translation>{label}: there are no members in the chosen range; there is no roster to print</translation>
    </message>
    <message>
        <source>{label}：{day}所选范围内没有在任的网格长、网格党支部书记或楼长</source>
        <translation>{label}: on {day} nobody in the chosen area holds the post of grid leader, grid branch secretary or building leader</translation>
    </message>
    <message>
        <source>{label}：所选队伍不存在或已删除</source>
        <translation>{label}: the chosen team does not exist or was deleted</translation>
    </message>
    <message>
        <source>起止日期：截止日期早于起始日期</source>
        <translation>Dates: the end date is before the start date</translation>
    </message>
    <message>
        <source>{label}：{name}在{start}至{end}期间没有队员，没有可打印的花名册</source>
        <translation>{label}: {name} had no members from {start} to {end}; there is no roster to print</translation>
    </message>
    <message>
        <source>{label}：{day}还没有到，不能提前出具（今天是{today}）</source>
        <translation>{label}: {day} has not come yet; a certificate cannot be dated ahead (today is {today})</translation>
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
        <source>证书正文：只能使用 {name} {reason} {honour} 三个占位符</source>
        <translation>Certificate text: only the three placeholders {name} {reason} {honour} may be used</translation>
    </message>
    <message>
        <source>{label}：{names} 等 {n} 人在所选期间没有志愿服务记录，不能出具证明</source>
        <translation>{label}: no volunteer service is recorded for {names} and others ({n} people) in the chosen period, so no certificate can be issued</translation>
    </message>
    <message>
        <source>{label}：{names}在所选期间没有志愿服务记录，不能出具证明</source>
        <translation>{label}: no volunteer service is recorded for {names} in the chosen period, so no certificate can be issued</translation>
    </message>
    <message>
        <source>{label}：{day}早于所证明的最后一次服务：{listed}。请把出具日期改在最后一次服务之后，或把截止日期改为出具日期</source>
        <translation>{label}: {day} is before the last service the certificate would state: {listed}. Date it after that service, or end the period on the issue date</translation>
    </message>
    <message>
        <source>出具单位：不能为空</source>
        <translation>Issued by: required</translation>
    </message>
    <message>
        <source>{name}已有志愿服务记录证明 {serial}（{start}至{end}，{day}出具），与本次期间重叠；确认要再出具一份吗？</source>
        <translation>{name} already has service-record certificate {serial} ({start} to {end}, issued {day}) for an overlapping period; issue another one?</translation>
    </message>
    <message>
        <source>花名册列：没有“{text}”这一列（可选：{known}）</source>
        <translation>Roster columns: there is no column "{text}" (choose from: {known})</translation>
    </message>
    <message>
        <source>花名册列：请至少选择一列</source>
        <translation>Roster columns: choose at least one column</translation>
    </message>
    <message>
        <source>花名册列：同一列选了两次</source>
        <translation>Roster columns: the same column is chosen twice</translation>
    </message>
    <message>
        <source>证书登记簿：{scope}还没有登记{kind}，没有可打印的登记簿</source>
        <translation>Certificate register: no {kind} registered {scope} yet; there is no register to print</translation>
    </message>
    <message>
        <source>{label}：所选活动不存在或已删除</source>
        <translation>{label}: the chosen event does not exist or was deleted</translation>
    </message>
    <message>
        <source>{label}：回收站中没有“{kind}”这一类记录</source>
        <translation>{label}: the recycle bin holds no records of kind "{kind}"</translation>
    </message>
    <message>
        <source>已彻底删除 {n} 条记录，但整理台账文件时出错：{reason}请腾出空间后再执行一次清理回收站，以抹去文件中残留的痕迹。</source>
        <translation>{n} records were purged, but tidying the ledger file failed: {reason} Free some space and empty the recycle bin once more, so that no traces stay in the file.</translation>
    </message>
    <message>
        <source>{label}：请选择志愿服务队、艺术团或宣讲团</source>
        <translation>{label}: choose volunteer team, art troupe or lecture team</translation>
    </message>
    <message>
        <source>{label}：{name}已在“{team}”中</source>
        <translation>{label}: {name} is already in "{team}"</translation>
    </message>
    <message>
        <source>{label}：队员记录不存在</source>
        <translation>{label}: the membership record does not exist</translation>
    </message>
    <message>
        <source>{label}：该队员已离队</source>
        <translation>{label}: this member has already left the team</translation>
    </message>
    <message>
        <source>{label}：不能早于加入时间（{day}）</source>
        <translation>{label}: cannot be before the joining date ({day})</translation>
    </message>
    <message>
        <source>{action}{table}“{name}”</source>
        <translation>{action} {table} "{name}"</translation>
    </message>
    <message>
        <source>{first}等 {n} 项</source>
        <translation>{first} and {n} more</translation>
    </message>
    <message>
        <source>“{name}”这条{table}记录已不存在，无法撤销</source>
        <translation>The {table} record "{name}" no longer exists; this cannot be undone</translation>
    </message>
    <message>
        <source>{label}的旧值在变更记录中只存了遮挡后的号码，无法撤销，请在表单中改回</source>
        <translation>The change log keeps only the masked old {label}, so this cannot be undone; change it back in the form</translation>
    </message>
    <message>
        <source>这一操作不能从变更记录撤销</source>
        <translation>This action cannot be undone from the change log</translation>
    </message>
    <message>
        <source>“{name}”的{label}之后又被改过，无法撤销</source>
        <translation>{label} of "{name}" was changed again later; this cannot be undone</translation>
    </message>
    <message>
        <source>删除的{table}记录无法撤销</source>
        <translation>A deleted {table} record cannot be brought back</translation>
    </message>
    <message>
        <source>“{action}”不能撤销</source>
        <translation>"{action}" cannot be undone</translation>
    </message>
    <message>
        <source>撤销：没有可以撤销的操作</source>
        <translation>Undo: there is nothing to undo</translation>
    </message>
    <message>
        <source>撤销：台账已有新的改动，请重新选择“撤销”</source>
        <translation>Undo: the ledger has changed since; choose Undo again</translation>
    </message>
    <message>
        <source>撤销：{problem}</source>
        <translation>Undo: {problem}</translation>
    </message>
    <message>
        <source>撤销：{what}</source>
        <translation>Undo: {what}</translation>
    </message>
    <message>
        <source>{label}：{reason}</source>
        <translation>{label}: {reason}</translation>
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
        <source>出生日期</source>
        <translation>Birth date</translation>
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
        <source>住址</source>
        <translation>Address</translation>
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
        <source>入党时间</source>
        <translation>Joined party</translation>
    </message>
    <message>
        <source>志愿者编号</source>
        <translation>Volunteer no.</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>服务人次</source>
        <translation>Beneficiaries</translation>
    </message>
    <message>
        <source>观众人次</source>
        <translation>Audience</translation>
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
        <source>街道（镇）</source>
        <translation>Subdistrict</translation>
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
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>颁发单位</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>颁发日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>证书编号</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>PDF 文件</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <source>起止日期</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>成立时间</source>
        <translation>Founded on</translation>
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
        <source>创作时间</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>捐赠日期</source>
        <translation>Donated on</translation>
    </message>
    <message>
        <source>捐赠人</source>
        <translation>Donor</translation>
    </message>
    <message>
        <source>支部书记</source>
        <translation>Branch secretary</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>主题</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>服务重点</source>
        <translation>Service focus</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>健康状况</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>参加人员</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>队伍名称</source>
        <translation>Team name</translation>
    </message>
    <message>
        <source>所属驿站</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>现有队员</source>
        <translation>Current members</translation>
    </message>
    <message>
        <source>参加人数</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>服务时长(小时)</source>
        <translation>Service hours</translation>
    </message>
</context>
<context>
    <name>Books</name>
    <message>
        <source>老同志</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>队伍</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>志愿服务活动</source>
        <translation>Service activities</translation>
    </message>
    <message>
        <source>文化活动</source>
        <translation>Cultural events</translation>
    </message>
    <message>
        <source>作品</source>
        <translation>Works</translation>
    </message>
    <message>
        <source>捐赠</source>
        <translation>Donations</translation>
    </message>
    <message>
        <source>驿站</source>
        <translation>Stations</translation>
    </message>
    <message>
        <source>党支部</source>
        <translation>Party branches</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>Communities</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>Grids</translation>
    </message>
    <message>
        <source>网格职务</source>
        <translation>Grid posts</translation>
    </message>
    <message>
        <source>社区职务</source>
        <translation>Community posts</translation>
    </message>
    <message>
        <source>队伍成员</source>
        <translation>Team memberships</translation>
    </message>
    <message>
        <source>服务时长</source>
        <translation>Service hours</translation>
    </message>
    <message>
        <source>活动参加人员</source>
        <translation>Event participants</translation>
    </message>
    <message>
        <source>证书</source>
        <translation>Certificates</translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <source>志愿服务队</source>
        <translation>Volunteer Teams</translation>
    </message>
    <message>
        <source>文化活动</source>
        <translation>Cultural Events</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>Grids</translation>
    </message>
</context>
</TS>