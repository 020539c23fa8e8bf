<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../oases_desktop/gui/commands.py" line="+35"/>
        <source>Open or create a plan first.</source>
        <translation>请先打开或创建计划。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Edit plan %s</source>
        <translation>编辑计划 %s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit product %s</source>
        <translation>编辑产品 %s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit scenario %s</source>
        <translation>编辑情景 %s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No step has the id %s in this scenario.</source>
        <translation>这个情景没有编号为 %s 的步骤。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a milestone can be a key milestone; “%s” is not one.</source>
        <translation>只有里程碑才可设为关键里程碑;“%s”不是里程碑。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%s” is already marked that way.</source>
        <translation>“%s”已是这个标记。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark “%s” as key milestone</source>
        <translation>将“%s”标记为关键里程碑</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unmark key milestone “%s”</source>
        <translation>取消关键里程碑“%s”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit %s</source>
        <translation>编辑 %s</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Move %s</source>
        <translation>移动 %s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change duration of %s</source>
        <translation>更改 %s 的所需时间</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add %s</source>
        <translation>添加 %s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete %s</source>
        <translation>删除 %s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add route %s</source>
        <translation>添加途径 %s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove route %s</source>
        <translation>移除途径 %s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Link routes</source>
        <translation>链接途径</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Link steps</source>
        <translation>链接步骤</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlink steps</source>
        <translation>取消链接步骤</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit link</source>
        <translation>编辑链接</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add scenario %s</source>
        <translation>添加情景 %s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Duplicate scenario as %s</source>
        <translation>将情景复制为 %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete scenario</source>
        <translation>删除情景</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename scenario</source>
        <translation>重命名情景</translation>
    </message>
    <message>
        <location filename="../../oases_desktop/gui/compare.py" line="+39"/>
        <source>baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same</source>
        <translation>相同</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>no such milestone</source>
        <translation>没有这个里程碑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>makes it with %1 days to spare</source>
        <translation>可达成,尚余 %1 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>misses it by %1 days</source>
        <translation>未能达成,迟了 %1 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1 of runs)</source>
        <translation>(占模拟次数 %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 by %2:</source>
        <translation>%1(%2 或之前):</translation>
    </message>
    <message>
        <location filename="../../oases_desktop/gui/confidence_dialog.py" line="+37"/>
        <source>Confidence of milestone dates</source>
        <translation>里程碑日期的把握程度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Likely</source>
        <translation>最可能</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>50% by</source>
        <translation>50% 于此前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>80% by</source>
        <translation>80% 于此前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>90% by</source>
        <translation>90% 于此前</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scenario “%1”: %2 simulated runs, each step&apos;s duration drawn between its minimum and maximum (PERT). “80% by” means 8 runs in 10 reached the milestone by that date.</source>
        <translation>情景“%1”:模拟 %2 次,每个步骤的所需时间在其最短与最长之间抽取(PERT)。“80% 于此前”表示每 10 次模拟中有 8 次在该日期或之前达成里程碑。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The plan has no dates yet: %s</source>
        <translation>计划还没有日期:%s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>add a route first.</source>
        <translation>请先添加途径。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This scenario has no key milestones to simulate.</source>
        <translation>这个情景没有可模拟的关键里程碑。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simulating %s runs…</source>
        <translation>正在模拟 %s 次…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Estimating confidence</source>
        <translation>正在估算把握程度</translation>
    </message>
    <message>
        <location filename="../../oases_desktop/gui/error_reporting.py" line="+49"/>
        <source>Cannot do that</source>
        <translation>无法执行</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The details were written to %s.</source>
        <translation>详情已写入 %s。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside the app: %s

Your plan is still open; save it under a new name to be safe, and send the log file to support. %s</source>
        <translation>软件内部出错:%s

您的计划仍然打开;为安全起见,请以新名称保存,并将日志文件发送给技术支持人员。%s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../oases_desktop/gui/handover.py" line="+29"/>
        <source>Import scenario from %s</source>
        <translation>从 %s 导入情景</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+34"/>
        <source>Import MS Project XML</source>
        <translation>导入 MS Project XML</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>%s gives a new scenario “%s”: %d steps, %d links, %d routes.</source>
        <translation>%s 会产生新情景“%s”:%d 个步骤、%d 个链接、%d 条途径。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not carried into the plan:</source>
        <translation>未带入计划的内容:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything in the file was carried.</source>
        <translation>文件中所有内容均已带入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing changes until you add the scenario; Edit &gt; Undo takes it out again.</source>
        <translation>添加情景前不会有任何改变;“编辑 &gt; 撤销”可再将它移除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Scenario</source>
        <translation>添加情景</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>MS Project XML (*.xml);;All files (*)</source>
        <translation>MS Project XML (*.xml);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot import the MS Project file</source>
        <translation>无法导入 MS Project 文件</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Exported %s</source>
        <translation>已导出 %s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export MS Project XML</source>
        <translation>导出 MS Project XML</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MS Project XML (*.xml)</source>
        <translation>MS Project XML (*.xml)</translation>
    </message>
    <message>
        <location filename="../../oases_desktop/gui/library_files.py" line="+28"/>
        <source>Export Library</source>
        <translation>导出参考库</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+45"/>
        <source>Import Library</source>
        <translation>导入参考库</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Import %s into your library? It adds or changes:</source>
        <translation>要将 %s 导入您的参考库吗?它会添加或更改:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipped data is never replaced; you can remove a notice on the Calendars page of the Library window.</source>
        <translation>随软件提供的数据永不会被取代;您可在参考库窗口的“日历”页移除公告。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+20"/>
        <source>Reading your library from the team database…</source>
        <translation>正在从团队数据库读取您的参考库…</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The library was not exported</source>
        <translation>参考库未导出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported %1 fact value(s) and %2 calendar notice(s) to %3</source>
        <translation>已导出 %1 个事实数值及 %2 个日历公告至 %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The library file cannot be imported</source>
        <translation>无法导入参考库文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s adds nothing: everything in it is already in your library.</source>
        <translation>%s 没有新增任何内容:其中所有内容已在您的参考库中。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Storing the imported facts in the team database…</source>
        <translation>正在将导入的事实保存到团队数据库…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library file was not imported</source>
        <translation>参考库文件未导入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %s into your library</source>
        <translation>已将 %s 导入您的参考库</translation>
    </message>
    <message>
        <location filename="../../oases_desktop/gui/living/commands.py" line="+16"/>
        <source>Set actual dates</source>
        <translation>设置实际日期</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The step has no computed dates to mark it done on.</source>
        <translation>这个步骤没有计算出的日期,无法标记为完成。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark done</source>
        <translation>标记为完成</translation>
    </message>
    <message>
        <location filename="../../oases_desktop/gui/models/library_models.py" line="+31"/>
        <location filename="../../oases_desktop/gui/steps/basis.py" line="+25"/>
        <source>about </source>
        <translation>约 </translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../oases_desktop/gui/steps/basis.py" line="+0"/>
        <source>more than </source>
        <translation>超过 </translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../oases_desktop/gui/steps/basis.py" line="+0"/>
        <source>at least </source>
        <translation>至少 </translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../oases_desktop/gui/steps/basis.py" line="+1"/>
        <source>up to </source>
        <translation>最多 </translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../oases_desktop/gui/steps/basis.py" line="+0"/>
        <source>by </source>
        <translation>不迟于 </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>estimate</source>
        <translation type="unfinished">估算</translation>
    </message>
    <message>
        <location filename="../../oases_desktop/gui/services.py" line="+79"/>
        <source>Connecting to the team database (the server has %1 s to answer)…</source>
        <translation>正在连接团队数据库(服务器有 %1 秒响应)…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Reading the reference library from the team database…</source>
        <translation>正在从团队数据库读取参考库…</translation>
    </message>
    <message>
        <location filename="../../oases_desktop/gui/session.py" line="+64"/>
        <source>Recover unsaved work?</source>
        <translation>要恢复未保存的工作吗?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app did not close normally. An autosaved draft of “%1” from %2 has changes that were never saved.

Recover it?</source>
        <translation>软件上次未正常关闭。“%1”于 %2 自动保存的草稿有从未保存的更改。

要恢复吗?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The draft cannot be read</source>
        <translation>无法读取草稿</translation>
    </message>
    <message>
        <location filename="../../oases_desktop/gui/steps/basis.py" line="+20"/>
        <source>Advisor&apos;s estimate {value} {unit} (source figure {figure}, {cited})</source>
        <translation>顾问估算 {value} {unit}(来源数字 {figure},{cited})</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+16"/>
        <source>Estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <location line="-12"/>
        <source> ⚠ low reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Estimate: no published figure backs this duration.</source>
        <translation>估算:没有已公布的数字支持这个所需时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basis %s (not found in the reference library)</source>
        <translation>依据 %s(参考库中找不到)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>source: %s</source>
        <translation>来源:%s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as of %s</source>
        <translation>截至 %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ from a low-reliability source: check it before quoting the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../oases_desktop/gui/storage_startup.py" line="+53"/>
        <location line="+3"/>
        <location line="+116"/>
        <source>The plan database cannot be opened</source>
        <translation>无法打开计划数据库</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>The plan database could not be opened after several tries.</source>
        <translation>尝试多次后仍无法打开计划数据库。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It was kept aside as:
%1

</source>
        <translation>已另存为:
%1

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file was left where it is (it does not look like an OASES database).

</source>
        <translation>文件留在原处(它看来不是 OASES 数据库)。

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The most recent good backup is %1. Restore it, or start with an empty database (your plan files are not affected).</source>
        <translation>最近一个完好的备份是 %1。请还原该备份,或以空白数据库开始(您的计划文件不受影响)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No good backup was found. Start with an empty database (your plan files are not affected).</source>
        <translation>找不到完好的备份。请以空白数据库开始(您的计划文件不受影响)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan database was damaged</source>
        <translation>计划数据库已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan database %1 was damaged (%2).

</source>
        <translation>计划数据库 %1 已损坏(%2)。

</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore Backup</source>
        <translation>还原备份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start Empty</source>
        <translation>以空白数据库开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>Work with Plan Files Only</source>
        <translation>只使用计划文件</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The backup could not be restored</source>
        <translation>无法还原备份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored the backup %1</source>
        <translation>已还原备份 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The plan database is in use</source>
        <translation>计划数据库正在使用中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan database is already open in another OASES window (%1).

Switch to that window, or go on here with plan files only: you can open, edit, save and export plan files, but not the stored plans.</source>
        <translation>计划数据库已在另一个 OASES 窗口中打开(%1)。

请切换到该窗口,或在这里只使用计划文件继续:您可以打开、编辑、保存和导出计划文件,但不能使用已保存的计划。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Working with plan files only: the plan database is not open. %1</source>
        <translation>只使用计划文件:计划数据库未打开。%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+30"/>
        <source>The automatic backup of the plan database failed: %1</source>
        <translation>计划数据库自动备份失败:%1</translation>
    </message>
    <message>
        <location filename="../../oases_desktop/gui/targets.py" line="+116"/>
        <source>Target Date for %s</source>
        <translation>%s 的目标日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client&apos;s target date:</source>
        <translation>客户目标日期:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear Target</source>
        <translation>清除目标</translation>
    </message>
    <message>
        <location filename="../../oases_desktop/gui/timeline/data.py" line="+189"/>
        <source>%d d to spare</source>
        <translation>尚余 %d 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 d earlier: %2 d sooner</source>
        <translation>提早 %1 天可快 %2 天</translation>
    </message>
    <message>
        <location filename="../../oases_desktop/gui/timeline/tooltips.py" line="+29"/>
        <source>%s–%s %s (likely %s)</source>
        <translation>%s–%s %s(最可能 %s)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P50 / P80</source>
        <translation>P50 / P80</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 / %2 (simulated)</source>
        <translation>%1 / %2(模拟)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>所需时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish range</source>
        <translation>完成日期范围</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop-clock</source>
        <translation>停钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>critical (no float)</source>
        <translation>关键(无浮动时间)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d calendar days</source>
        <translation>%d 个日历日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Float to plan finish</source>
        <translation>距计划完成的浮动时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sitting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Projected route: not yet open</source>
        <translation>预计途径:尚未开放</translation>
    </message>
    <message>
        <location filename="../../oases_desktop/gui/timeline/marks.py" line="+28"/>
        <source>%1 · P50 %2 · P80 %3</source>
        <translation>%1 · P50 %2 · P80 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P50 %1 · P80 %2</source>
        <translation>P50 %1 · P80 %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P80 %s</source>
        <translation>P80 %s</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>to %s</source>
        <translation>至 %s</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../oases_desktop/gui/about_dialog.py" line="+46"/>
        <source>About %s</source>
        <translation>关于 %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %s</source>
        <translation>版本 %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hong Kong, Mainland China and Macao from the %s</source>
        <translation>香港、中国内地及澳门,数据来自 %s</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../oases_desktop/gui/actions.py" line="+40"/>
        <source>&amp;New Plan…</source>
        <translation>新增计划(&amp;N)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new plan for a client&apos;s product</source>
        <translation>为客户的产品开始新计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a plan file</source>
        <translation>打开计划文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the plan to a new file</source>
        <translation>将计划保存为新文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;Encrypted Copy…</source>
        <translation>保存加密副本(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a passphrase-protected copy of the plan, to send by email or carry</source>
        <translation>写入一份以密码短语保护的计划副本,以便电子邮件发送或随身携带</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the plan as a client-ready PDF</source>
        <translation>将计划输出为可交给客户的 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Milestones to &amp;Calendar (.ics)…</source>
        <translation>将里程碑导出至日历 (.ics)(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the key milestones as calendar events</source>
        <translation>将关键里程碑写成日历事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Steps to CS&amp;V…</source>
        <translation>将步骤导出至 CSV(&amp;V)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the steps and their dates as a table</source>
        <translation>将步骤及其日期写成表格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Steps to E&amp;xcel (.xlsx)…</source>
        <translation>将步骤导出至 Excel (.xlsx)(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the steps with dates, durations, basis and sources as an Excel workbook</source>
        <translation>将步骤连同日期、所需时间、依据及来源写成 Excel 工作簿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Ima&amp;ge (PNG, SVG)…</source>
        <translation>导出图像 (PNG, SVG)(&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The timeline, the comparison or the milestone table for a slide, or to the clipboard</source>
        <translation>将时间轴、比较或里程碑表用于简报,或复制到剪贴板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;MS Project XML…</source>
        <translation>导出 MS Project XML(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scenario for MS Project, ProjectLibre or GanttProject</source>
        <translation>供 MS Project、ProjectLibre 或 GanttProject 使用的情景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import MS Pro&amp;ject XML…</source>
        <translation>导入 MS Project XML(&amp;J)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read an MS Project XML file into a new scenario (undoable)</source>
        <translation>将 MS Project XML 文件读入新情景(可撤销)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Library…</source>
        <translation>导出参考库(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your own facts, calendar notices and their sources to a file for colleagues</source>
        <translation>将您自己的事实、日历公告及其来源写入文件,供同事使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Library…</source>
        <translation>导入参考库(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a colleague&apos;s library file (facts, calendar notices) to your library</source>
        <translation>将同事的参考库文件(事实、日历公告)添加您的参考库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan &amp;Properties…</source>
        <translation>计划属性(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title, client, advisor, confidentiality and start date</source>
        <translation>标题、客户、顾问、保密程度及开始日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete Step</source>
        <translation>删除步骤(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected step and its links</source>
        <translation>删除所选步骤及其链接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Step…</source>
        <translation>添加步骤(&amp;A)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a step of your own to the scenario</source>
        <translation>在情景中添加您自己的步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Links of Selected Step…</source>
        <translation>所选步骤的链接(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected step wait on another, or remove a link</source>
        <translation>使所选步骤等候另一步骤,或移除链接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find Step…</source>
        <translation>查找步骤(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the timeline&apos;s steps by name, number, route or source (Esc clears)</source>
        <translation>按名称、编号、途径或来源筛选时间轴上的步骤(按 Esc 清除)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;Plan…</source>
        <translation>查找计划(&amp;P)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search the plans by client, product or title</source>
        <translation>按客户、产品或标题搜索计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xplain This Date</source>
        <translation>解释这个日期(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the selected step starts and finishes when it does</source>
        <translation>所选步骤为何在这些日期开始及完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key Milestone</source>
        <translation>关键里程碑(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected milestone as one the client cares about: its driving path and every step&apos;s slack to it are shown</source>
        <translation>将所选里程碑标记为客户关注的里程碑:会显示其驱动路径及每个步骤相对它的宽裕时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit Whole Plan</source>
        <translation>显示整个计划(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom so the whole plan is in view</source>
        <translation>缩放至可看到整个计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By &amp;Month</source>
        <translation>按月(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By &amp;Quarter</source>
        <translation>按季(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By &amp;Year</source>
        <translation>按年(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P50 and P80 &amp;Markers</source>
        <translation>P50 及 P80 标记(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show each milestone&apos;s simulated P50 and P80 dates on the timeline</source>
        <translation>在时间轴上显示每个里程碑模拟所得的 P50 及 P80 日期</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New Scenario…</source>
        <translation>新增情景(&amp;N)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the current scenario to try another way</source>
        <translation>复制当前情景,以尝试另一做法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename Scenario…</source>
        <translation>重命名情景(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Scenario</source>
        <translation>删除情景(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link Routes</source>
        <translation>链接途径(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the links between this scenario&apos;s routes that it is missing (plans saved before routes were linked)</source>
        <translation>添加这个情景的途径之间所缺少的链接(适用于途径链接功能推出前保存的计划)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Con&amp;fidence of Milestones…</source>
        <translation>里程碑把握程度(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulate 10,000 runs to see how sure each milestone date is</source>
        <translation>模拟 10,000 次,看看每个里程碑日期有多大把握</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare Scenarios</source>
        <translation>比较情景(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Milestones of every scenario side by side</source>
        <translation>并列显示每个情景的里程碑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference &amp;Library</source>
        <translation>参考库(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Routes, steps, sources and dated facts</source>
        <translation>途径、步骤、来源及有日期的事实</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every key the app answers to</source>
        <translation>软件响应的所有按键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autosave interval, and how long to wait for a team database</source>
        <translation>自动保存间隔,以及等候团队数据库的时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>打开最近使用的文件(&amp;R)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Scenario</source>
        <translation>情景(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Progress</source>
        <translation>进度(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main</source>
        <translation>主要</translation>
    </message>
</context>
<context>
    <name>ActualDatesDialog</name>
    <message>
        <location filename="../../oases_desktop/gui/living/dialogs.py" line="+155"/>
        <source>Actual Dates: %s</source>
        <translation>实际日期:%s</translation>
    </message>
</context>
<context>
    <name>AddStepDialog</name>
    <message>
        <location filename="../../oases_desktop/gui/add_step_dialog.py" line="+59"/>
        <source>Add Step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Client&apos;s internal sign-off</source>
        <translation>例如:客户内部审批</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>My own steps</source>
        <translation>我自己的步骤</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>min</source>
        <translation>最短</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>likely</source>
        <translation>最可能</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>max</source>
        <translation>最长</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Advisor&apos;s estimate (no published figure)</source>
        <translation>顾问估算(没有已公布的数字)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When the committee sits, as an RFC 5545 rule, e.g. FREQ=MONTHLY;BYMONTH=1,4,7,10;BYMONTHDAY=15</source>
        <translation>委员会开会的时间,以 RFC 5545 规则表示,例如 FREQ=MONTHLY;BYMONTH=1,4,7,10;BYMONTHDAY=15</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(starts with the plan)</source>
        <translation>(与计划同时开始)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not before</source>
        <translation>不早于</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name:</source>
        <translation>名称:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>类别:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route:</source>
        <translation>途径:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration:</source>
        <translation>所需时间:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar:</source>
        <translation>日历:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis:</source>
        <translation>依据:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sittings:</source>
        <translation>会议:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts after:</source>
        <translation>开始于以下步骤之后:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start:</source>
        <translation>开始:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Enter when the committee sits.</source>
        <translation>请输入委员会开会的时间。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Added by the advisor; the duration is an estimate.</source>
        <translation>由顾问添加;所需时间为估算。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by the advisor.</source>
        <translation>由顾问添加。</translation>
    </message>
</context>
<context>
    <name>ApprovalsModel</name>
    <message>
        <location filename="../../oases_desktop/gui/models/approvals_model.py" line="+22"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketed</source>
        <translation>已上市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>待批</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>⚠ %s (to check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%s&quot; could be %s: pick the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%s&quot; is not a known authority: pick one from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s (not a reference place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s, entered as &quot;%s&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>BackgroundOperation</name>
    <message>
        <location filename="../../oases_desktop/gui/background.py" line="+98"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>BaselinesDialog</name>
    <message>
        <location filename="../../oases_desktop/gui/living/dialogs.py" line="-133"/>
        <source>Baselines</source>
        <translation>基线</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snapshots of the computed dates, e.g. as presented to the client. The one shown draws thin ghost bars under the current ones.</source>
        <translation>计算所得日期的快照,例如向客户展示的版本。所显示的基线会在当前的条形下方画出细的虚影条形。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved on</source>
        <translation>保存于</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status date</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show on Timeline</source>
        <translation>在时间轴上显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes Since…</source>
        <translation>自此以来的变更…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+33"/>
        <source> (shown)</source>
        <translation>(显示中)</translation>
    </message>
</context>
<context>
    <name>CalendarStatus</name>
    <message>
        <location filename="../../oases_desktop/gui/calendar_status.py" line="+38"/>
        <source>⚠ Estimated calendars: %s</source>
        <translation>⚠ 估算的日历:%s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to open the Calendars page and enter the published notice.</source>
        <translation>单击此处打开“日历”页并输入已公布的公告。</translation>
    </message>
</context>
<context>
    <name>CalendarsPage</name>
    <message>
        <location filename="../../oases_desktop/gui/calendars_page.py" line="+23"/>
        <source>Hong Kong (general holidays)</source>
        <translation>香港(公众假期)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mainland China (State Council notice)</source>
        <translation>中国内地(国务院通知)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Macao (public administration)</source>
        <translation>澳门(公共行政)</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+68"/>
        <source>Enter Published Notice…</source>
        <translation>输入已公布的公告…</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Type in the year&apos;s days off and make-up working days from the official notice</source>
        <translation>按官方公告输入该年的假日及调休上班日</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+108"/>
        <source>Remove Notice</source>
        <translation>移除公告</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Calendar:</source>
        <translation>日历:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year:</source>
        <translation>年份:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Published notices you entered (used by every schedule):</source>
        <translation>您输入的已公布公告(所有时间表均会使用):</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Edit Notice…</source>
        <translation>编辑公告…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2: the published notice you entered (%3: %4, %5). Every schedule uses this list.</source>
        <translation>%1 %2:您输入的已公布公告(%3:%4,%5)。所有时间表均使用这份清单。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2: published data from the %3.</source>
        <translation>%1 %2:来自 %3 的已公布数据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ HK %1 is estimated: the newest gazetted general holidays are for %2, so this year is computed by rule (lunar dates are astronomical estimates). Enter the gazetted list when it is published (about mid-year).</source>
        <translation>⚠ 香港 %1 年为估算:最新刊宪的公众假期为 %2 年,因此这一年按规则计算(农历日期为天文估算)。公布后请输入刊宪清单(约在年中)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ CN %1 is estimated: the %2 has no State Council notice for it, so it has no make-up working days and its holidays are forecast. Enter the notice when it is published (usually November or December).</source>
        <translation>⚠ 内地 %1 年为估算:%2 没有该年的国务院通知,因此没有调休上班日,假期亦属预测。公布后请输入该通知(通常在十一月或十二月)。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Storing the notice in the team database…</source>
        <translation>正在将公告保存到团队数据库…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notice was not saved</source>
        <translation>公告未保存</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the notice for %1 %2? The year goes back to the package&apos;s data.</source>
        <translation>要移除 %1 %2 的公告吗?该年会恢复使用软件包内的数据。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removing the notice from the team database…</source>
        <translation>正在从团队数据库移除公告…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notice was not removed</source>
        <translation>公告未移除</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../../oases_desktop/gui/living/dialogs.py" line="+37"/>
        <source>Changes Since Baseline</source>
        <translation>自基线以来的变更</translation>
    </message>
</context>
<context>
    <name>CompareWidget</name>
    <message>
        <location filename="../../oases_desktop/gui/compare.py" line="+13"/>
        <source>  (includes projected steps)</source>
        <translation>(包括预计步骤)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deltas are counted against this scenario</source>
        <translation>差距以这个情景为基准计算</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Compare against:</source>
        <translation>比较对象:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The odds could not be simulated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Open a plan to compare its scenarios.</source>
        <translation>打开计划以比较其情景。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Simulating %1 runs per scenario for the odds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Simulating the target dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This plan has one scenario. Duplicate it (Scenario menu) to compare a variant.</source>
        <translation>这个计划只有一个情景。请复制它(“情景”菜单)以比较另一方案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan finish — %s</source>
        <translation>计划完成 — %s</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../oases_desktop/gui/date_field.py" line="+27"/>
        <source>e.g. 15 Mar 2026</source>
        <translation>例如:2026年3月15日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type &quot;15/3/2026&quot;, &quot;15 Mar 2026&quot; or &quot;2026-03-15&quot;, or pick from the calendar</source>
        <translation>输入“15/3/2026”、“15 Mar 2026”或“2026-03-15”,或从日历中选择</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not a date; still %s. </source>
        <translation>不是日期;仍为 %s。</translation>
    </message>
</context>
<context>
    <name>DaysModel</name>
    <message>
        <location filename="../../oases_desktop/gui/notice_dialog.py" line="+20"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>working day (make-up)</source>
        <translation>工作日(调休)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>day off</source>
        <translation>休息日</translation>
    </message>
</context>
<context>
    <name>EligibilityPanel</name>
    <message>
        <location filename="../../oases_desktop/gui/eligibility_panel.py" line="+60"/>
        <source>Not eligible</source>
        <translation>不符合资格</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a route or condition for its rule and source.</source>
        <translation>选择途径或条件以查看其规则及来源。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A blue dot marks the routes already in this scenario.</source>
        <translation>蓝点标示已在这个情景中的途径。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+160"/>
        <location line="+3"/>
        <source>Add to plan</source>
        <translation>添加到计划</translation>
    </message>
    <message>
        <location line="-162"/>
        <location line="+163"/>
        <source>Add this route&apos;s steps to the current scenario</source>
        <translation>将这条途径的步骤添加当前情景</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Judge the routes as the rules stand on this day</source>
        <translation>按这一天的规则评估各途径</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge the routes as the rules stand today</source>
        <translation>按今天的规则评估各途径</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count this plan&apos;s steps</source>
        <translation>计入这个计划的步骤</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On: a condition that a step of this scenario meets (a trial&apos;s read-out, a registration) counts from the day that step finishes.
Off: judge the product only as the profile describes it today.</source>
        <translation>开:这个情景的某个步骤符合的条件(例如试验结果公布、注册)由该步骤完成当天起计算。
关:只按产品资料当前的描述评估产品。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rules as of:</source>
        <translation>规则截至:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Open a plan to see which routes the product can take.</source>
        <translation>打开计划以查看产品可走哪些途径。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The routes could not be evaluated: %s</source>
        <translation>无法评估各途径:%s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 routes open to %3 on %4.</source>
        <translation>%2 条途径中有 %1 条于 %4 对 %3 开放。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+120"/>
        <source>the product</source>
        <translation>该产品</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Complete the product&apos;s profile (reference approvals, designations, clinical data, device class): they decide which routes open. Select a route to see what it is missing.</source>
        <translation>请填妥产品资料(参考批准、认定、临床数据、器械级别):这些决定哪些途径开放。选择途径以查看它欠缺什么。</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n condition(s) met by this plan&apos;s steps.</source>
        <translation>
            <numerusform>这个计划的步骤符合 %n 项条件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This plan&apos;s steps are not counted until the scenario can be scheduled.</source>
        <translation>在情景可以排期前,不会计入这个计划的步骤。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Already in plan</source>
        <translation>已在计划中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This route&apos;s steps are already in the current scenario</source>
        <translation>这条途径的步骤已在当前情景中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This route cannot apply to this product: %s</source>
        <translation>这条途径不适用于这个产品:%s</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Route not open to this product</source>
        <translation>途径不向这个产品开放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%s” is not open to %s today.</source>
        <translation>“%s”今天不向 %s 开放。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing:</source>
        <translation>欠缺:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add it anyway, to plan for the day these conditions are met?</source>
        <translation>仍要添加,以便为符合这些条件的那天作计划?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Anyway</source>
        <translation>仍然添加</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../oases_desktop/gui/export_dialog.py" line="+39"/>
        <source>Unexpected error: %s</source>
        <translation>意外错误:%s</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+152"/>
        <location line="+122"/>
        <source>Export PDF report</source>
        <translation>导出 PDF 报告</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a page saying why each key milestone moved since this baseline</source>
        <translation>添加一页,说明自这个基线以来每个关键里程碑为何移动</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Months</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarters</source>
        <translation>季</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole timeline on one page</source>
        <translation>整条时间轴放在同一页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the scenario comparison</source>
        <translation>包括情景比较</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The plan has one scenario; duplicate it to compare variants.</source>
        <translation>这个计划只有一个情景;请复制它以比较不同方案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidential</source>
        <translation>机密</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: opens only with this password</source>
        <translation>可选:只可用这个密码打开</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scenario:</source>
        <translation>情景:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes since:</source>
        <translation>自以下基线以来的变更:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper:</source>
        <translation>纸张:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orientation:</source>
        <translation>方向:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time scale:</source>
        <translation>时间刻度:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare against:</source>
        <translation>比较对象:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watermark:</source>
        <translation>水印:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>密码:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat password:</source>
        <translation>再次输入密码:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as:</source>
        <translation>保存为:</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+121"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No changes page</source>
        <translation>不加变更页</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Updating preview…</source>
        <translation>正在更新预览…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Page %d</source>
        <translation>第 %d 页</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview — %d pages</source>
        <translation>预览 — 共 %d 页</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Passwords differ</source>
        <translation>密码不相符</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type the same password twice, or clear both.</source>
        <translation>请输入相同密码两次,或两者均清除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No file name</source>
        <translation>没有文件名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose where to save the PDF.</source>
        <translation>请选择保存 PDF 的位置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder not found</source>
        <translation>找不到文件夹</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The folder %s does not exist. Choose another.</source>
        <translation>文件夹 %s 不存在。请选择另一个。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writing %s…</source>
        <translation>正在写入 %s…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>已取消导出;没有写入任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved %s</source>
        <translation>已保存 %s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>FactValueDialog</name>
    <message>
        <location filename="../../oases_desktop/gui/fact_dialog.py" line="+36"/>
        <source>New value: %s</source>
        <translation>新数值:%s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(none)</source>
        <translation>(无)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No source: mark this value as an estimate</source>
        <translation>没有来源:将这个数值标记为估算</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none (an estimate)</source>
        <translation>无(估算)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current: %s, as of %s, source %s</source>
        <translation>当前:%s,截至 %s,来源 %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value:</source>
        <translation>数值:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to (range):</source>
        <translation>上限(范围):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of:</source>
        <translation>截至:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source:</source>
        <translation>来源:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note:</source>
        <translation>备注:</translation>
    </message>
</context>
<context>
    <name>FactsModel</name>
    <message>
        <location filename="../../oases_desktop/gui/models/library_models.py" line="-10"/>
        <source>official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ low reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Fact</source>
        <translation>事实</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered by</source>
        <translation>输入者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliability</source>
        <translation type="unfinished">可靠程度</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>  (estimate)</source>
        <translation>(估算)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  ⚠ stale</source>
        <translation>⚠ 过时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none: estimate</source>
        <translation>无:估算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you</source>
        <translation>您</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shipped</source>
        <translation>随软件提供</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Last confirmed more than %n month(s) ago: check the source before quoting it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low-reliability source: verify the figure before quoting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shipped data is newer than your own value.</source>
        <translation>随软件提供的数据比您自己的数值更新。</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../oases_desktop/gui/file_controller.py" line="+20"/>
        <source>Plan files (*.oases);;All files (*)</source>
        <translation>计划文件 (*.oases);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan files (*.oases *.oasesenc);;Encrypted plan files (*.oasesenc);;All files (*)</source>
        <translation>计划文件 (*.oases *.oasesenc);;加密计划文件 (*.oasesenc);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted plan files (*.oasesenc)</source>
        <translation>加密计划文件 (*.oasesenc)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unsaved changes</source>
        <translation>未保存的变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%s” has changes that are not saved. Save them before closing the plan?</source>
        <translation>“%s”有未保存的变更。关闭计划前要保存吗?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New plan: describe the product, then add routes from the Eligibility panel.</source>
        <translation>新计划:请描述产品,然后从“资格”面板添加途径。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Plan</source>
        <translation>打开计划</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+24"/>
        <location line="+12"/>
        <location line="+20"/>
        <source>Cannot open plan</source>
        <translation>无法打开计划</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Opened %s</source>
        <translation>已打开 %s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this plan is encrypted, and --quit-after-paint or --screenshot cannot ask for its passphrase. Open it in the app&apos;s window without those options; the passphrase is asked there</source>
        <translation>这个计划已加密,而 --quit-after-paint 或 --screenshot 无法询问其密码短语。请不使用这些选项,在软件窗口中打开它;届时会询问密码短语</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This passphrase does not open the file. Check it (capital letters, keyboard layout) and try again.</source>
        <translation>这个密码短语无法打开文件。请检查(大小写、键盘布局)后再试。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opened the encrypted plan %s. Save keeps it in your plans; File &gt; Save Encrypted Copy writes a new encrypted file.</source>
        <translation>已打开加密计划 %s。“保存”会将它保留在您的计划中;“文件 &gt; 保存加密副本”会写入新的加密文件。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading from the team database…</source>
        <translation>正在从团队数据库加载…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saving to the team database…</source>
        <translation>正在保存到团队数据库…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved “%s”</source>
        <translation>已保存“%s”</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+29"/>
        <source>Cannot save plan</source>
        <translation>无法保存计划</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Plan changed elsewhere</source>
        <translation>计划已在别处更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else saved this plan since you opened it. Keep your version as a separate copy?</source>
        <translation>自您打开这个计划后,有其他人保存了它。要将您的版本另存为独立副本吗?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save Plan As</source>
        <translation>计划另存为</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved %s</source>
        <translation>已保存 %s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save Encrypted Copy</source>
        <translation>保存加密副本</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot save the encrypted copy</source>
        <translation>无法保存加密副本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved an encrypted copy to %s</source>
        <translation>已将加密副本保存至 %s</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export Milestones</source>
        <translation>导出里程碑</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export Steps</source>
        <translation>导出步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export Steps to Excel</source>
        <translation>将步骤导出至 Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported %s</source>
        <translation>已导出 %s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>add a route first.</source>
        <translation>请先添加途径。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan has no dates yet, so there is nothing to export: %s</source>
        <translation>计划还没有日期,因此没有可导出的内容:%s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../oases_desktop/gui/gantt/filter_bar.py" line="+21"/>
        <source>Filter steps: name, number, route or source…</source>
        <translation>筛选步骤:名称、编号、途径或来源…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show one route only</source>
        <translation>只显示一条途径</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>All routes</source>
        <translation>所有途径</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Critical</source>
        <translation>关键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only steps on the critical path (no float)</source>
        <translation>只显示关键路径上的步骤(无浮动时间)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driving</source>
        <translation>驱动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only the steps that set a key milestone&apos;s date</source>
        <translation>只显示决定关键里程碑日期的步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only milestones</source>
        <translation>只显示里程碑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open points</source>
        <translation>待定事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only steps still to settle: not done, with an estimated duration or a projected rule</source>
        <translation>只显示仍待确定的步骤:未完成、所需时间为估算或规则属预计</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clear Step Filter</source>
        <translation>清除步骤筛选</translation>
    </message>
</context>
<context>
    <name>GanttPane</name>
    <message>
        <location filename="../../oases_desktop/gui/gantt/pane.py" line="+130"/>
        <source>Next Step</source>
        <translation>下一个步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous Step</source>
        <translation>上一个步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename Step in Place</source>
        <translation>就地重命名步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step Menu</source>
        <translation>步骤菜单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nudge Step a Day Later</source>
        <translation>将步骤推迟一天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nudge Step a Day Earlier</source>
        <translation>将步骤提前一天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nudge Step a Week Later</source>
        <translation>将步骤推迟一周</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nudge Step a Week Earlier</source>
        <translation>将步骤提前一周</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit not applied</source>
        <translation>编辑未应用</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%d steps</source>
        <translation>%d 个步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%d of %d steps</source>
        <translation>%d 个步骤中的 %d 个</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Remove Route from Scenario</source>
        <translation>从情景移除途径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this route&apos;s steps and their links (Undo puts them back)</source>
        <translation>删除这条途径的步骤及其链接(“撤销”可将它们放回)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Start as Early as Possible</source>
        <translation>尽早开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the &apos;start no earlier than&apos; date set by dragging</source>
        <translation>移除拖动设置的“不早于”开始日期</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set Target Date…</source>
        <translation>设置目标日期…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date the client wants this milestone by; the plan is worked back from it</source>
        <translation>客户希望达成这个里程碑的日期;计划由此倒推</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../oases_desktop/gui/models/library_models.py" line="+11"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered by</source>
        <translation>输入者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliability</source>
        <translation type="unfinished">可靠程度</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you</source>
        <translation>您</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shipped</source>
        <translation>随软件提供</translation>
    </message>
</context>
<context>
    <name>ImageExportDialog</name>
    <message>
        <location filename="../../oases_desktop/gui/image_dialog.py" line="+41"/>
        <location line="+110"/>
        <source>Export Image</source>
        <translation>导出图像</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario comparison</source>
        <translation>情景比较</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key milestone table</source>
        <translation>关键里程碑表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG picture</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (scales without blur)</source>
        <translation>SVG 图形(缩放不会模糊)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure:</source>
        <translation>图表:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>格式:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution:</source>
        <translation>分辨率:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size:</source>
        <translation>尺寸:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy to Clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%d × %d pixels</source>
        <translation>%d × %d 像素</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%.1f × %.1f cm</source>
        <translation>%.1f × %.1f 厘米</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot copy the image</source>
        <translation>无法复制图像</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied the %s to the clipboard</source>
        <translation>已将%s复制到剪贴板</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported %s</source>
        <translation>已导出 %s</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../oases_desktop/gui/inspector.py" line="+72"/>
        <source>Select a step in the timeline or the table to see its details.</source>
        <translation>在时间轴或表格中选择步骤以查看其详情。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Likely:</source>
        <translation>最可能:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish range:</source>
        <translation>完成日期范围:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Float:</source>
        <translation>浮动时间:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The step starts no earlier than this date (set by dragging its bar). Clear lets it start as early as its links allow.</source>
        <translation>步骤不早于这个日期开始(拖动其条形设置)。“清除”可让它按链接容许尽早开始。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the step start as soon as its predecessors allow</source>
        <translation>让步骤在前置步骤容许时尽快开始</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Constraint:</source>
        <translation>限制:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explain this date</source>
        <translation>解释这个日期</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Key dates</source>
        <translation>关键日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key milestone (a date the client cares about)</source>
        <translation>关键里程碑(客户关注的日期)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its driving path and every step&apos;s slack to it are shown (Edit &gt; Key Milestone)</source>
        <translation>会显示其驱动路径及每个步骤相对它的宽裕时间(“编辑 &gt; 关键里程碑”)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Duration and source</source>
        <translation>所需时间及来源</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Duration:</source>
        <translation>所需时间:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar:</source>
        <translation>日历:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis:</source>
        <translation>依据:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dependencies</source>
        <translation>依赖关系</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Double-click a link to go to that step. Edit &gt; Links of Selected Step changes them.</source>
        <translation>双击链接可前往该步骤。“编辑 &gt; 所选步骤的链接”可更改链接。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documents needed (one per line)</source>
        <translation>所需文件(每行一份)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Certificate of Pharmaceutical Product (CPP)
GMP certificate</source>
        <translation>例如:药剂制品证明书 (CPP)
GMP 证书</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes for this step (saved with the plan)</source>
        <translation>这个步骤的备注(与计划一并保存)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No step selected</source>
        <translation>未选择步骤</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Task</source>
        <translation>工作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regulator clock</source>
        <translation>监管机构计时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waits for a sitting</source>
        <translation>等候会议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>projected route</source>
        <translation>预计途径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not before %s</source>
        <translation>不早于 %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not scheduled</source>
        <translation>未排期</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%s – %s (every step at its minimum / maximum)</source>
        <translation>%s – %s(每个步骤取最短/最长)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical: no float</source>
        <translation>关键:无浮动时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d calendar days to plan finish (can slip this much without moving the plan&apos;s last date)</source>
        <translation>距计划完成 %d 个日历日(可延误这么多而不影响计划的最后日期)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop-clock: %s – %s</source>
        <translation>停钟:%s – %s</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Driven by:</source>
        <translation>驱动步骤:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing before it (it starts the plan)</source>
        <translation>之前没有步骤(它是计划的开始)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Near-critical (under 10 working days of slack):</source>
        <translation>接近关键(宽裕时间少于 10 个工作日):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 working days (%2) · %3 calendar days</source>
        <translation>%1 个工作日(%2)· %3 个日历日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>drives it</source>
        <translation>驱动它</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Does not lead to a key milestone.</source>
        <translation>不通往关键里程碑。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting:</source>
        <translation>会议:</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+148"/>
        <source>Edit not applied</source>
        <translation>编辑未应用</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Zero (milestone)</source>
        <translation>零(里程碑)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (working days)</source>
        <translation>(工作日)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>No published figure backs this duration; treat it as the advisor&apos;s judgement.</source>
        <translation>没有已公布的数字支持这个所需时间;请视之为顾问的判断。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>As of %s</source>
        <translation>截至 %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reliability: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ last confirmed over %1 months ago: check the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step sources: %s</source>
        <translation>步骤来源:%s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>, lag %1 %2</source>
        <translation>,延隔 %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to this step</source>
        <translation>前往这个步骤</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No links: starts with the scenario</source>
        <translation>没有链接:与情景同时开始</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No dates to explain.</source>
        <translation>没有可解释的日期。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why %s has these dates</source>
        <translation>%s 为何是这些日期</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>as of %s</source>
        <translation>截至 %s</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../oases_desktop/gui/language.py" line="+87"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app will show %1 the next time it starts. Restart now? (Unsaved changes are asked about first.)</source>
        <translation>软件下次启动时会以%1显示。要立即重新启动吗?(会先询问如何处理未保存的变更。)</translation>
    </message>
</context>
<context>
    <name>LibraryFiles</name>
    <message>
        <location filename="../../oases_desktop/gui/library_files.py" line="-75"/>
        <source>Library files (*.json);;All files (*)</source>
        <translation>参考库文件 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <location filename="../../oases_desktop/gui/library_window.py" line="+42"/>
        <source>Reference Library</source>
        <translation>参考库</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Filter facts</source>
        <translation>筛选事实</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New value…</source>
        <translation>新数值…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a newer value with its own source and as-of date</source>
        <translation>记录较新的数值,连同其来源及截至日期</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dated facts</source>
        <translation>有日期的事实</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Routes and steps</source>
        <translation>途径及步骤</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calendars</source>
        <translation>日历</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The reference library cannot be read</source>
        <translation>无法读取参考库</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>⚠ %n fact(s) last confirmed over %1 months ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check their sources before quoting them to a client.</source>
        <translation>向客户引用前,请先核实其来源。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Route / step</source>
        <translation>途径/步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applies to / duration</source>
        <translation>适用于/所需时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basis / sources</source>
        <translation>依据/来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (projected)</source>
        <translation>(预计)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medicines</source>
        <translation>药物</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>devices</source>
        <translation>器械</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>any product</source>
        <translation>任何产品</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for %s</source>
        <translation>适用于%s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1–%2 %3 (likely %4)</source>
        <translation>%1–%2 %3(最可能 %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>History of “%s” (%s)</source>
        <translation>“%s”的历史(%s)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Storing the value in the team database…</source>
        <translation>正在将数值保存到团队数据库…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value was not saved</source>
        <translation>数值未保存</translation>
    </message>
</context>
<context>
    <name>LinksDialog</name>
    <message>
        <location filename="../../oases_desktop/gui/step_dialogs.py" line="+27"/>
        <source>Links of “%s”</source>
        <translation>“%s”的链接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove link</source>
        <translation>移除链接</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days lag</source>
        <translation> 天延隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add link</source>
        <translation>添加链接</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waits on:</source>
        <translation>等候:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Waits on %s</source>
        <translation>等候 %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s waits on this step</source>
        <translation>%s 等候这个步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d</source>
        <translation>天</translation>
    </message>
</context>
<context>
    <name>LivingController</name>
    <message>
        <location filename="../../oases_desktop/gui/living/controller.py" line="+34"/>
        <source>&amp;Status Date…</source>
        <translation>状态日期(&amp;S)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The day progress is recorded to</source>
        <translation>记录进度所截至的日子</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mark Step Done</source>
        <translation>标记步骤为完成(&amp;M)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record the selected step as done on its planned dates</source>
        <translation>将所选步骤记录为按计划日期完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Actual Dates…</source>
        <translation>实际日期(&amp;A)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type the selected step&apos;s actual start and finish</source>
        <translation>输入所选步骤的实际开始及完成日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear Actual Dates</source>
        <translation>清除实际日期(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forget the selected step&apos;s actual dates</source>
        <translation>删除所选步骤的实际日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;Baseline…</source>
        <translation>保存基线(&amp;B)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep today&apos;s dates of this scenario to compare with later</source>
        <translation>保留这个情景今天的日期,以便日后比较</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base&amp;lines…</source>
        <translation>基线(&amp;L)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show, compare or delete the plan&apos;s baselines</source>
        <translation>显示、比较或删除计划的基线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes Since &amp;Baseline…</source>
        <translation>自基线以来的变更(&amp;B)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What moved each key milestone since the baseline</source>
        <translation>自基线以来,是什么令每个关键里程碑移动</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Clear actual dates</source>
        <translation>清除实际日期</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save Baseline</source>
        <translation>保存基线</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the baseline:</source>
        <translation>基线名称:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presented to client, %s</source>
        <translation>已向客户展示,%s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save baseline</source>
        <translation>保存基线</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete baseline</source>
        <translation>删除基线</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save a baseline of this scenario first.</source>
        <translation>请先保存这个情景的基线。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../oases_desktop/gui/main_window.py" line="+102"/>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare Scenarios</source>
        <translation>比较情景</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Route added to the plan</source>
        <translation>途径已添加到计划</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Plans</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligibility</source>
        <translation>资格</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+17"/>
        <source> Scenario: </source>
        <translation> 情景:</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>No steps yet</source>
        <translation>还没有步骤</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 steps · start %2 · finish %3 · status date %4</source>
        <translation>%1 个步骤 · 开始 %2 · 完成 %3 · 状态日期 %4</translation>
    </message>
</context>
<context>
    <name>MilestoneDeltaModel</name>
    <message>
        <location filename="../../oases_desktop/gui/compare.py" line="-224"/>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (baseline)</source>
        <translation>(基线)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not in this scenario</source>
        <translation>不在这个情景中</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%s vs %s in the baseline</source>
        <translation>%s,基线为 %s</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../../oases_desktop/gui/new_plan_dialog.py" line="+18"/>
        <source>Base case</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s: Hong Kong and GBA access</source>
        <translation>%s:香港及大湾区市场准入</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New Plan</source>
        <translation>新增计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Acme Pharma Ltd</source>
        <translation>例如:Acme Pharma Ltd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Examplumab 100 mg</source>
        <translation>例如:Examplumab 100 mg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medicine</source>
        <translation>药物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical device</source>
        <translation>医疗器械</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client:</source>
        <translation>客户:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product:</source>
        <translation>产品:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>类别:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan starts on:</source>
        <translation>计划开始日期:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan title:</source>
        <translation>计划标题:</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../oases_desktop/gui/notice_bar.py" line="+50"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this notice</source>
        <translation>隐藏这则通知</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../oases_desktop/gui/notice_dialog.py" line="+26"/>
        <source>Published notice: %1 %2</source>
        <translation>已公布的公告:%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1,%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List every day off the notice gives (weekend days too, if it names them) and every Saturday or Sunday it declares a working day. The schedules then use this list instead of the estimate.</source>
        <translation>列出公告订明的每个假日(如公告有列出周末,亦包括在内),以及公告订明为工作日的每个星期六或星期日。时间表会改用这份清单而非估算。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name as published, e.g. Spring Festival</source>
        <translation>按公布的名称,例如:春节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Day Off</source>
        <translation>添加假日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Make-up Working Day</source>
        <translation>添加调休上班日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove Selected</source>
        <translation>移除所选项目</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Source:</source>
        <translation>来源:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>make-up working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>day off</source>
        <translation>假日</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give the new source a title and a publisher.</source>
        <translation>请为新来源填写标题及发布机构。</translation>
    </message>
</context>
<context>
    <name>NoticesModel</name>
    <message>
        <location filename="../../oases_desktop/gui/calendars_page.py" line="-157"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days off</source>
        <translation>假日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make-up days</source>
        <translation>调休日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../oases_desktop/gui/gantt/outline.py" line="+211"/>
        <source>  (projected)</source>
        <translation>(预计)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../oases_desktop/gui/passphrase_dialog.py" line="+55"/>
        <source>Passphrase:</source>
        <translation>密码短语:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again:</source>
        <translation>再次输入:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>strong</source>
        <translation>强</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use at least %d characters; four or more unrelated words are strong and easy to type.</source>
        <translation>请使用最少 %d 个字符;四个或以上互不相关的词既强又容易输入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too short: use at least %d characters.</source>
        <translation>太短:请使用最少 %d 个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码短语不相符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength: %s.</source>
        <translation>强度:%s。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longer is stronger: add a word or two.</source>
        <translation>越长越强:再加一两个词。</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <location filename="../../oases_desktop/gui/document.py" line="+99"/>
        <source>Untitled plan</source>
        <translation>未命名计划</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The dates could not be computed because of an internal error (%s). Undo the last change, and send the log file to support.</source>
        <translation>因内部错误(%s)无法计算日期。请撤销上一项变更,并将日志文件发送给技术支持人员。</translation>
    </message>
</context>
<context>
    <name>PlanEdits</name>
    <message>
        <location filename="../../oases_desktop/gui/plan_edits.py" line="+51"/>
        <source>New Scenario</source>
        <translation>新增情景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new scenario (a copy of the current one):</source>
        <translation>新情景的名称(当前情景的副本):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s (alternative)</source>
        <translation>%s(替代方案)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rename Scenario</source>
        <translation>重命名情景</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario name:</source>
        <translation>情景名称:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete Scenario</source>
        <translation>删除情景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the scenario “%s”? You can undo this.</source>
        <translation>要删除情景“%s”吗?此操作可以撤销。</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Added %n link(s) between the scenario&apos;s routes.</source>
        <translation>
            <numerusform>已在情景的途径之间添加 %n 个链接。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No links between the scenario&apos;s routes were missing.</source>
        <translation>情景的途径之间没有缺少链接。</translation>
    </message>
</context>
<context>
    <name>PlanPropertiesDialog</name>
    <message>
        <location filename="../../oases_desktop/gui/plan_properties_dialog.py" line="+20"/>
        <source>Plan Properties</source>
        <translation>计划属性</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your name, printed on the report</source>
        <translation>您的姓名,会印在报告上</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title:</source>
        <translation>标题:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client:</source>
        <translation>客户:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advisor:</source>
        <translation>顾问:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality:</source>
        <translation>保密程度:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start of the scenario “%s”</source>
        <translation>情景“%s”的开始日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario starts on:</source>
        <translation>情景开始日期:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>备注:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Edit plan properties</source>
        <translation>编辑计划属性</translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <location filename="../../oases_desktop/gui/models/plans_model.py" line="+18"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>更改日期</translation>
    </message>
</context>
<context>
    <name>PlansPanel</name>
    <message>
        <location filename="../../oases_desktop/gui/plans_panel.py" line="+64"/>
        <source>Search client, product or plan</source>
        <translation>搜索客户、产品或计划</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New plan</source>
        <translation>新增计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+152"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+153"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Undo the last change to the plan list</source>
        <translation>撤销对计划清单的上一项变更</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Listing the team database&apos;s plans…</source>
        <translation>正在列出团队数据库的计划…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan database could not be opened: %s</source>
        <translation>无法打开计划数据库:%s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No stored plans yet. Create one with New plan.</source>
        <translation>还没有已保存的计划。请以“新增计划”创建。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The plan list is still waiting for the database; try again in a moment.</source>
        <translation>计划清单仍在等候数据库;请稍后再试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for the team database…</source>
        <translation>正在等候团队数据库…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This plan is open. Open another plan first, then delete this one.</source>
        <translation>这个计划正在打开。请先打开另一个计划,再删除这个。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete plan</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%s (copy)</source>
        <translation>%s(副本)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate plan</source>
        <translation>复制计划</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+17"/>
        <source>Rename plan</source>
        <translation>重命名计划</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Plan title:</source>
        <translation>计划标题:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../oases_desktop/gui/preferences_dialog.py" line="+24"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Autosave a draft of unsaved work every</source>
        <translation>自动保存未保存工作的草稿,间隔为</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team database: wait for a connection at most</source>
        <translation>团队数据库:等候连接最多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team database: wait for each answer at most</source>
        <translation>团队数据库:等候每个响应最多</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A team database that does not answer in time is reported as such; connecting and saving wait in the background, so the window keeps responding. The times apply the next time the app opens the team database; a database address&apos;s own connect_timeout or options, and the OASES_PG_CONNECT_TIMEOUT and OASES_PG_STATEMENT_TIMEOUT variables, come first.</source>
        <translation>团队数据库如未及时响应,会如实报告;连接及保存会在后台等候,因此窗口仍会响应。这些时间于软件下次打开团队数据库时生效;数据库地址本身的 connect_timeout 或选项,以及 OASES_PG_CONNECT_TIMEOUT 和 OASES_PG_STATEMENT_TIMEOUT 变量优先。</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../oases_desktop/gui/profile_form.py" line="+23"/>
        <source>Chemical entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biological entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New chemical entity</source>
        <translation>新药剂元素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New biological entity</source>
        <translation>新生物元素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New indication</source>
        <translation>新适应症</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vaccine</source>
        <translation>疫苗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced therapy</source>
        <translation>先进疗法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chemical drug, extended application</source>
        <translation>化学药物,延伸应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biological drug, extended application</source>
        <translation>生物药物,延伸应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generic</source>
        <translation>仿制药</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Life-threatening or severely debilitating disease</source>
        <translation>危及生命或严重致残的疾病</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First in class</source>
        <translation>首创新药</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local unmet public-health need promulgated by the WHO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinical data from Hong Kong</source>
        <translation>香港的临床数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinical data in Chinese/Asian populations</source>
        <translation>来自华人/亚裔人群的临床数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local expert report (5+ years in the field)</source>
        <translation>本地专家报告(在该领域五年以上)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mainland trial in NMPA&apos;s 30-day channel (key innovative drug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already registered in Hong Kong</source>
        <translation>已在香港注册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used in Hong Kong public hospitals</source>
        <translation>已在香港公立医院使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved in Mainland China</source>
        <translation>已在中国内地获批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Mainland-approved substitute exists</source>
        <translation>已有内地获批的替代品</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%s (not a reference place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Medicine</source>
        <translation>药物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical device</source>
        <translation>医疗器械</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <location line="+8"/>
        <source>(not set)</source>
        <translation>(未设置)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>A new indication of a chemical entity is in Phase 1 of primary evaluation, of a biological entity in Phase 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Class %s</source>
        <translation>第 %s 级</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name:</source>
        <translation>名称:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>类别:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drug category:</source>
        <translation>药物类别:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device class:</source>
        <translation>器械级别:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indication:</source>
        <translation>适应症:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Designations and clinical need</source>
        <translation>认定及临床需要</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orphan</source>
        <translation>罕见病药物</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breakthrough</source>
        <translation>突破性治疗药物</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority review</source>
        <translation>优先审评</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Approvals by drug regulators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add approval</source>
        <translation>添加批准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clinical evidence</source>
        <translation>临床证据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hong Kong and Mainland status</source>
        <translation>香港及内地状况</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the client said, open questions, documents promised…</source>
        <translation>客户说过的话、未解决的问题、承诺提供的文件…</translation>
    </message>
</context>
<context>
    <name>ProgressBox</name>
    <message>
        <location filename="../../oases_desktop/gui/living/progress_box.py" line="+22"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>State:</source>
        <translation>状态:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actual start:</source>
        <translation>实际开始:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual finish:</source>
        <translation>实际完成:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark Done</source>
        <translation>标记为完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the step as done on its planned dates</source>
        <translation>将步骤记录为按计划日期完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the step&apos;s actual dates</source>
        <translation>删除步骤的实际日期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear actual dates</source>
        <translation>清除实际日期</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Done on %s</source>
        <translation>于 %s 完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress since %s</source>
        <translation>自 %s 起进行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not started (status date %s)</source>
        <translation>未开始(状态日期 %s)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Set actual dates</source>
        <translation>设置实际日期</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../oases_desktop/gui/shortcuts_dialog.py" line="+24"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>SourcePicker</name>
    <message>
        <location filename="../../oases_desktop/gui/source_picker.py" line="+31"/>
        <source>New source…</source>
        <translation>新来源…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New source</source>
        <translation>新来源</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Official (government or regulator)</source>
        <translation>官方(政府或监管机构)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secondary (media, law firm, consultancy)</source>
        <translation>次要(媒体、律师事务所、顾问公司)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low (unchecked or doubtful)</source>
        <translation>低(未经核实或存疑)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title:</source>
        <translation>标题:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher:</source>
        <translation>发布机构:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address (URL):</source>
        <translation>网址 (URL):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published:</source>
        <translation>发布日期:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliability:</source>
        <translation>可靠程度:</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../../oases_desktop/gui/models/library_models.py" line="+8"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliability</source>
        <translation>可靠程度</translation>
    </message>
</context>
<context>
    <name>StatusDateDialog</name>
    <message>
        <location filename="../../oases_desktop/gui/living/dialogs.py" line="+16"/>
        <source>Status Date</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work not done is not planned before the status date; steps done keep their actual dates.</source>
        <translation>未完成的工作不会排在状态日期之前;已完成的步骤保留其实际日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status date:</source>
        <translation>状态日期:</translation>
    </message>
</context>
<context>
    <name>StepsTableModel</name>
    <message>
        <location filename="../../oases_desktop/gui/steps/model.py" line="+35"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Route</source>
        <translation>途径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min</source>
        <translation>最短</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Likely</source>
        <translation>最可能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max</source>
        <translation>最长</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Float to plan finish (d)</source>
        <translation>距计划完成的浮动时间(天)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slack to key milestone (wd / d)</source>
        <translation>距关键里程碑的宽裕时间(工作日/天)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis / source</source>
        <translation>依据/来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual start</source>
        <translation>实际开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual finish</source>
        <translation>实际完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Variance</source>
        <translation>差异</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Slack to the key milestone selected last: working days of the step&apos;s calendar / calendar days it can slip before that milestone moves</source>
        <translation>距最后选择的关键里程碑的宽裕时间:在该里程碑移动前,步骤可延误的步骤日历工作日/日历日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total float to the plan&apos;s finish, in calendar days</source>
        <translation>距计划完成的总浮动时间,以日历日计</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Slack to %s (wd / d)</source>
        <translation>距 %s 的宽裕时间(工作日/天)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Estimated: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (projected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%+d d</source>
        <translation>%+d 天</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Can slip %d calendar days without moving the plan&apos;s finish</source>
        <translation>可延误 %d 个日历日而不影响计划完成日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts no earlier than %s (set by you)</source>
        <translation>不早于 %s 开始(由您设置)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the critical path: any delay moves the plan&apos;s finish</source>
        <translation>在关键路径上:任何延误都会令计划完成日期推迟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can slip %1 working days (%2 calendar) before %3 moves</source>
        <translation>在 %3 移动前可延误 %1 个工作日(%2 个日历日)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; on its driving path</source>
        <translation>;在其驱动路径上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled: not scheduled</source>
        <translation>已停用:未排期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sitting on %s is estimated: it lies beyond the schedule the library publishes, so its date follows the committee&apos;s rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendar days later (+) or earlier (-) than in the baseline &quot;%s&quot;</source>
        <translation>比基线“%s”迟(+)或早(-)的日历日数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual date, as recorded; double-click to set it (the inspector clears it)</source>
        <translation>已记录的实际日期;双击可设置(可在检查器中清除)</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+9"/>
        <source>Enter a date.</source>
        <translation>请输入日期。</translation>
    </message>
</context>
<context>
    <name>TargetBox</name>
    <message>
        <location filename="../../oases_desktop/gui/targets.py" line="+17"/>
        <source>Client&apos;s target date</source>
        <translation>客户目标日期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The date the client wants this milestone by; the plan is worked back from it</source>
        <translation>客户希望达成这个里程碑的日期;计划由此倒推</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set Target</source>
        <translation>设置目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No target date: set one to plan back from the client&apos;s date.</source>
        <translation>没有目标日期:设置一个,以便由客户的日期倒推计划。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No dates to plan back from: this milestone is switched off or the plan cannot be scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>simulating %1 runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Simulating the target dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit not applied</source>
        <translation>编辑未应用</translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message>
        <location filename="../../oases_desktop/gui/timeline/legend.py" line="+92"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Critical path</source>
        <translation>关键路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driving</source>
        <translation>驱动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Min–max</source>
        <translation>最短–最长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop-clock</source>
        <translation>停钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P80</source>
        <translation>P80</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projected route</source>
        <translation>预计途径</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status date</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client&apos;s target</source>
        <translation>客户目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latest start to make it</source>
        <translation>赶及所需的最迟开始</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No float to the plan&apos;s finish (its last date)</source>
        <translation>距计划完成(其最后日期)没有浮动时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlined: the steps that set the date of the key milestone selected last</source>
        <translation>外框标示:决定最后选择的关键里程碑日期的步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached by then in half of the simulated runs (10 000, as in the PDF)</source>
        <translation>在一半模拟次数中于该日前达成(10 000 次,与 PDF 相同)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached by then in 80 % of the simulated runs (10 000, as in the PDF)</source>
        <translation>在 80 % 模拟次数中于该日前达成(10 000 次,与 PDF 相同)</translation>
    </message>
</context>
<context>
    <name>TimelineScene</name>
    <message>
        <location filename="../../oases_desktop/gui/timeline/scene.py" line="+38"/>
        <source>  (projected)</source>
        <translation>(预计)</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../oases_desktop/gui/timeline/view.py" line="+132"/>
        <source>Route / step</source>
        <translation>途径/步骤</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../oases_desktop/gui/timeline/widget.py" line="+130"/>
        <source>Drag a bar to move it, or its right end to change its duration.</source>
        <translation>拖动条形可移动它,拖动其右端可更改所需时间。</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Cannot move the step</source>
        <translation>无法移动步骤</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open or create a plan to see its timeline.</source>
        <translation>打开或创建计划以查看其时间轴。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This scenario has no steps yet.

Describe the product in the Product panel, then choose a route it can take in the Eligibility panel and click Add to plan.</source>
        <translation>这个情景还没有步骤。

请在“产品”面板描述产品,然后在“资格”面板选择它可走的途径,再按“添加到计划”。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Plan finishes %1 · %2 · %3</source>
        <translation>计划完成 %1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>start no earlier than %s</source>
        <translation>不早于 %s 开始</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>likely duration %g %s</source>
        <translation>最可能所需时间 %g %s</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot change the step</source>
        <translation>无法更改步骤</translation>
    </message>
</context>
<context>
    <name>VerdictsModel</name>
    <message>
        <location filename="../../oases_desktop/gui/models/verdicts_model.py" line="+22"/>
        <source>Eligible</source>
        <translation>符合资格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not eligible</source>
        <translation>不符合资格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligible from %s</source>
        <translation>由 %s 起符合资格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projected</source>
        <translation>预计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligible, to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Route and conditions</source>
        <translation>途径及条件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>评估结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule source</source>
        <translation>规则来源</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Already in this scenario</source>
        <translation>已在这个情景中</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>met</source>
        <translation>已符合</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing</source>
        <translation>欠缺</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>to check</source>
        <translation>待核实</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Met by this plan:</source>
        <translation>由这个计划符合:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing:</source>
        <translation>欠缺:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This route cannot apply to this kind of product, so it cannot be added to the plan.</source>
        <translation>这条途径不适用于这类产品,因此不能添加到计划。</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n condition(s) missing</source>
        <translation>
            <numerusform>欠缺 %n 项条件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n met by planned steps</source>
        <translation>
            <numerusform>%n 项由已计划步骤符合</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no source: estimate</source>
        <translation>没有来源:估算</translation>
    </message>
</context>
<context>
    <name>ZoomBar</name>
    <message>
        <location filename="../../oases_desktop/gui/timeline/zoom_bar.py" line="+21"/>
        <source>Zoom:</source>
        <translation>缩放:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show months (Ctrl+wheel zooms freely)</source>
        <translation>显示月份(Ctrl+滚轮可自由缩放)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>季</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show quarters</source>
        <translation>显示季度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show years</source>
        <translation>显示年份</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>缩小(Ctrl+滚轮)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>放大(Ctrl+滚轮)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit</source>
        <translation>适合</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom to the plan&apos;s span (its start to the last key milestone&apos;s P80), and keep it in view when the window is resized</source>
        <translation>缩放至计划的时间跨度(由开始至最后一个关键里程碑的 P80),并在窗口调整大小时保持可见</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scroll to today&apos;s date</source>
        <translation>滚动至今天的日期</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../oases_desktop/gui/passphrase_dialog.py" line="-38"/>
        <source>Encrypt Plan</source>
        <translation>加密计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a passphrase for “%s”. Give it to the recipient another way than the file (a phone call, not the same email). Nobody can open the file without it, and it cannot be recovered.</source>
        <translation>为“%s”选择密码短语。请以文件以外的途径把它交给收件人(打电话,不要用同一封电子邮件)。没有它,任何人都无法打开文件,而且它无法找回。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Encrypted Plan</source>
        <translation>打开加密计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%s” is encrypted. Enter its passphrase to open it.</source>
        <translation>“%s”已加密。请输入其密码短语以打开。</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../oases_desktop/gui/add_step_dialog.py" line="-166"/>
        <source>calendar days</source>
        <translation>日历日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong holidays</source>
        <translation>香港假期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mainland China holidays and make-up days</source>
        <translation>中国内地假期及调休上班日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Macao holidays</source>
        <translation>澳门假期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>工作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone (no duration)</source>
        <translation>里程碑(没有所需时间)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waits for a committee sitting</source>
        <translation>等候委员会会议</translation>
    </message>
    <message>
        <location filename="../../oases_desktop/gui/inspector.py" line="-413"/>
        <source>finish → start</source>
        <translation>完成 → 开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start → start</source>
        <translation>开始 → 开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finish → finish</source>
        <translation>完成 → 完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start → finish</source>
        <translation>开始 → 完成</translation>
    </message>
    <message>
        <location filename="../../oases_desktop/gui/step_dialogs.py" line="-50"/>
        <source>after it finishes</source>
        <translation>在它完成后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it starts</source>
        <translation>在它开始时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finishing with it</source>
        <translation>与它同时完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finishing when it starts</source>
        <translation>在它开始时完成</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <location filename="../../oases_desktop/gui/timeline/widget.py" line="-394"/>
        <source>Start %s as early as possible</source>
        <translation>尽早开始 %s</translation>
    </message>
</context>
</TS>
