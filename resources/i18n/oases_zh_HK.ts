<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name></name>
    <message>
        <location filename="../../oases_desktop/gui/commands.py" line="+35"/>
        <source>Open or create a plan first.</source>
        <translation>請先開啟或建立計劃。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Edit plan %s</source>
        <translation>編輯計劃 %s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit product %s</source>
        <translation>編輯產品 %s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit scenario %s</source>
        <translation>編輯情境 %s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only a milestone can be a key milestone; “%s” is not one.</source>
        <translation>只有里程碑才可設為關鍵里程碑;「%s」不是里程碑。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%s” is already marked that way.</source>
        <translation>「%s」已是這個標記。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark “%s” as key milestone</source>
        <translation>將「%s」標記為關鍵里程碑</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unmark key milestone “%s”</source>
        <translation>取消關鍵里程碑「%s」</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit %s</source>
        <translation>編輯 %s</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Move %s</source>
        <translation>移動 %s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change duration of %s</source>
        <translation>更改 %s 的所需時間</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add %s</source>
        <translation>加入 %s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete %s</source>
        <translation>刪除 %s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add route %s</source>
        <translation>加入途徑 %s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove route %s</source>
        <translation>移除途徑 %s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Link routes</source>
        <translation>連結途徑</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Link steps</source>
        <translation>連結步驟</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlink steps</source>
        <translation>取消連結步驟</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit link</source>
        <translation>編輯連結</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add scenario %s</source>
        <translation>加入情境 %s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Duplicate scenario as %s</source>
        <translation>將情境複製為 %s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rename scenario</source>
        <translation>重新命名情境</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Delete scenario</source>
        <translation>刪除情境</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>No step has the id %s in this scenario.</source>
        <translation>這個情境沒有編號為 %s 的步驟。</translation>
    </message>
    <message>
        <location filename="../../oases_desktop/gui/compare.py" line="+39"/>
        <source>baseline</source>
        <translation>基線</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same</source>
        <translation>相同</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>no such milestone</source>
        <translation>沒有這個里程碑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>makes it with %1 days to spare</source>
        <translation>可達成,尚餘 %1 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>misses it by %1 days</source>
        <translation>未能達成,遲了 %1 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1 of runs)</source>
        <translation>(佔模擬次數 %1)</translation>
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
        <translation>50% 於此前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>80% by</source>
        <translation>80% 於此前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>90% by</source>
        <translation>90% 於此前</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scenario “%1”: %2 simulated runs, each step&apos;s duration drawn between its minimum and maximum (PERT). “80% by” means 8 runs in 10 reached the milestone by that date.</source>
        <translation>情境「%1」:模擬 %2 次,每個步驟的所需時間在其最短與最長之間抽取(PERT)。「80% 於此前」表示每 10 次模擬中有 8 次在該日期或之前達成里程碑。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The plan has no dates yet: %s</source>
        <translation>計劃尚未有日期:%s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>add a route first.</source>
        <translation>請先加入途徑。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This scenario has no key milestones to simulate.</source>
        <translation>這個情境沒有可模擬的關鍵里程碑。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simulating %s runs…</source>
        <translation>正在模擬 %s 次…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Estimating confidence</source>
        <translation>正在估算把握程度</translation>
    </message>
    <message>
        <location filename="../../oases_desktop/gui/error_reporting.py" line="+49"/>
        <source>Cannot do that</source>
        <translation>無法執行</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The details were written to %s.</source>
        <translation>詳情已寫入 %s。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside the app: %s

Your plan is still open; save it under a new name to be safe, and send the log file to support. %s</source>
        <translation>程式內部出錯:%s

您的計劃仍然開啟;為安全起見,請以新名稱儲存,並將記錄檔傳送給支援人員。%s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected error</source>
        <translation>意外錯誤</translation>
    </message>
    <message>
        <location filename="../../oases_desktop/gui/models/library_models.py" line="+31"/>
        <location filename="../../oases_desktop/gui/steps/basis.py" line="+25"/>
        <source>about </source>
        <translation>約 </translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../oases_desktop/gui/steps/basis.py" line="+0"/>
        <source>more than </source>
        <translation>超過 </translation>
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
        <translation>不遲於 </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>estimate</source>
        <translation type="unfinished">估算</translation>
    </message>
    <message>
        <location filename="../../oases_desktop/gui/session.py" line="+64"/>
        <source>Recover unsaved work?</source>
        <translation>要復原未儲存的工作嗎?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app did not close normally. An autosaved draft of “%1” from %2 has changes that were never saved.

Recover it?</source>
        <translation>程式上次未有正常關閉。「%1」於 %2 自動儲存的草稿有從未儲存的變更。

要復原嗎?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The draft cannot be read</source>
        <translation>無法讀取草稿</translation>
    </message>
    <message>
        <location filename="../../oases_desktop/gui/steps/basis.py" line="+20"/>
        <source>Advisor&apos;s estimate {value} {unit} (source figure {figure}, {cited})</source>
        <translation>顧問估算 {value} {unit}(來源數字 {figure},{cited})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> ⚠ low reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Estimate: no published figure backs this duration.</source>
        <translation>估算:沒有已公布的數字支持這個所需時間。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basis %s (not found in the reference library)</source>
        <translation>依據 %s(參考庫中找不到)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>source: %s</source>
        <translation>來源:%s</translation>
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
        <location line="-23"/>
        <location line="+16"/>
        <source>Estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <location filename="../../oases_desktop/gui/storage_startup.py" line="+53"/>
        <location line="+3"/>
        <location line="+116"/>
        <source>The plan database cannot be opened</source>
        <translation>無法開啟計劃資料庫</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>The plan database could not be opened after several tries.</source>
        <translation>嘗試多次後仍無法開啟計劃資料庫。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It was kept aside as:
%1

</source>
        <translation>已另存為:
%1

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file was left where it is (it does not look like an OASES database).

</source>
        <translation>檔案留在原處(它看來不是 OASES 資料庫)。

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The most recent good backup is %1. Restore it, or start with an empty database (your plan files are not affected).</source>
        <translation>最近一個完好的備份是 %1。請還原該備份,或以空白資料庫開始(您的計劃檔案不受影響)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No good backup was found. Start with an empty database (your plan files are not affected).</source>
        <translation>找不到完好的備份。請以空白資料庫開始(您的計劃檔案不受影響)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan database was damaged</source>
        <translation>計劃資料庫已損壞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan database %1 was damaged (%2).

</source>
        <translation>計劃資料庫 %1 已損壞(%2)。

</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore Backup</source>
        <translation>還原備份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start Empty</source>
        <translation>以空白資料庫開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>Work with Plan Files Only</source>
        <translation>只使用計劃檔案</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The backup could not be restored</source>
        <translation>無法還原備份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored the backup %1</source>
        <translation>已還原備份 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The plan database is in use</source>
        <translation>計劃資料庫正在使用中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan database is already open in another OASES window (%1).

Switch to that window, or go on here with plan files only: you can open, edit, save and export plan files, but not the stored plans.</source>
        <translation>計劃資料庫已在另一個 OASES 視窗中開啟(%1)。

請切換到該視窗,或在這裏只使用計劃檔案繼續:您可以開啟、編輯、儲存和匯出計劃檔案,但不能使用已儲存的計劃。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Working with plan files only: the plan database is not open. %1</source>
        <translation>只使用計劃檔案:計劃資料庫未開啟。%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+30"/>
        <source>The automatic backup of the plan database failed: %1</source>
        <translation>計劃資料庫自動備份失敗:%1</translation>
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
        <translation>%1 / %2(模擬)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>所需時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish range</source>
        <translation>完成日期範圍</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop-clock</source>
        <translation>停鐘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>critical (no float)</source>
        <translation>關鍵(無浮動時間)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d calendar days</source>
        <translation>%d 個曆日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Float to plan finish</source>
        <translation>距計劃完成的浮動時間</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sitting</source>
        <translation>會議</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis</source>
        <translation>依據</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Projected route: not yet open</source>
        <translation>預計途徑:尚未開放</translation>
    </message>
    <message>
        <location filename="../../oases_desktop/gui/library_files.py" line="+28"/>
        <source>Export Library</source>
        <translation>匯出參考庫</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+45"/>
        <source>Import Library</source>
        <translation>匯入參考庫</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Import %s into your library? It adds or changes:</source>
        <translation>要將 %s 匯入您的參考庫嗎?它會加入或更改:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipped data is never replaced; you can remove a notice on the Calendars page of the Library window.</source>
        <translation>隨程式提供的資料永不會被取代;您可在參考庫視窗的「日曆」頁移除公告。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+20"/>
        <source>Reading your library from the team database…</source>
        <translation>正在從團隊資料庫讀取您的參考庫…</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The library was not exported</source>
        <translation>參考庫未有匯出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported %1 fact value(s) and %2 calendar notice(s) to %3</source>
        <translation>已匯出 %1 個事實數值及 %2 個日曆公告至 %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The library file cannot be imported</source>
        <translation>無法匯入參考庫檔案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s adds nothing: everything in it is already in your library.</source>
        <translation>%s 沒有新增任何內容:其中所有內容已在您的參考庫中。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Storing the imported facts in the team database…</source>
        <translation>正在將匯入的事實儲存到團隊資料庫…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library file was not imported</source>
        <translation>參考庫檔案未有匯入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %s into your library</source>
        <translation>已將 %s 匯入您的參考庫</translation>
    </message>
    <message>
        <location filename="../../oases_desktop/gui/living/commands.py" line="+16"/>
        <source>Set actual dates</source>
        <translation>設定實際日期</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The step has no computed dates to mark it done on.</source>
        <translation>這個步驟沒有計算出的日期,無法標記為完成。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark done</source>
        <translation>標記為完成</translation>
    </message>
    <message>
        <location filename="../../oases_desktop/gui/targets.py" line="+116"/>
        <source>Target Date for %s</source>
        <translation>%s 的目標日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client&apos;s target date:</source>
        <translation>客戶目標日期:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear Target</source>
        <translation>清除目標</translation>
    </message>
    <message>
        <location filename="../../oases_desktop/gui/services.py" line="+79"/>
        <source>Connecting to the team database (the server has %1 s to answer)…</source>
        <translation>正在連接團隊資料庫(伺服器有 %1 秒回應)…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Reading the reference library from the team database…</source>
        <translation>正在從團隊資料庫讀取參考庫…</translation>
    </message>
    <message>
        <location filename="../../oases_desktop/gui/timeline/data.py" line="+189"/>
        <source>%d d to spare</source>
        <translation>尚餘 %d 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 d earlier: %2 d sooner</source>
        <translation>提早 %1 天可快 %2 天</translation>
    </message>
    <message>
        <location filename="../../oases_desktop/gui/handover.py" line="+29"/>
        <source>Import scenario from %s</source>
        <translation>從 %s 匯入情境</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+34"/>
        <source>Import MS Project XML</source>
        <translation>匯入 MS Project XML</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>%s gives a new scenario “%s”: %d steps, %d links, %d routes.</source>
        <translation>%s 會產生新情境「%s」:%d 個步驟、%d 個連結、%d 條途徑。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not carried into the plan:</source>
        <translation>未帶入計劃的內容:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything in the file was carried.</source>
        <translation>檔案中所有內容均已帶入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing changes until you add the scenario; Edit &gt; Undo takes it out again.</source>
        <translation>加入情境前不會有任何改變;「編輯 &gt; 復原」可再將它移除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Scenario</source>
        <translation>加入情境</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>MS Project XML (*.xml);;All files (*)</source>
        <translation>MS Project XML (*.xml);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot import the MS Project file</source>
        <translation>無法匯入 MS Project 檔案</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Exported %s</source>
        <translation>已匯出 %s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export MS Project XML</source>
        <translation>匯出 MS Project XML</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MS Project XML (*.xml)</source>
        <translation>MS Project XML (*.xml)</translation>
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
        <translation>關於 %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %s</source>
        <translation>版本 %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hong Kong, Mainland China and Macao from the %s</source>
        <translation>香港、中國內地及澳門,資料來自 %s</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../oases_desktop/gui/actions.py" line="+40"/>
        <source>&amp;New Plan…</source>
        <translation>新增計劃(&amp;N)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new plan for a client&apos;s product</source>
        <translation>為客戶的產品開始新計劃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a plan file</source>
        <translation>開啟計劃檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the plan</source>
        <translation>儲存計劃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>另存為(&amp;A)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the plan to a new file</source>
        <translation>將計劃儲存為新檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;Encrypted Copy…</source>
        <translation>儲存加密副本(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a passphrase-protected copy of the plan, to send by email or carry</source>
        <translation>寫入一份以通行密語保護的計劃副本,以便電郵傳送或隨身攜帶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export PDF…</source>
        <translation>匯出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the plan as a client-ready PDF</source>
        <translation>將計劃輸出為可交給客戶的 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Milestones to &amp;Calendar (.ics)…</source>
        <translation>將里程碑匯出至日曆 (.ics)(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the key milestones as calendar events</source>
        <translation>將關鍵里程碑寫成日曆事項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Steps to CS&amp;V…</source>
        <translation>將步驟匯出至 CSV(&amp;V)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the steps and their dates as a table</source>
        <translation>將步驟及其日期寫成表格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Steps to E&amp;xcel (.xlsx)…</source>
        <translation>將步驟匯出至 Excel (.xlsx)(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the steps with dates, durations, basis and sources as an Excel workbook</source>
        <translation>將步驟連同日期、所需時間、依據及來源寫成 Excel 活頁簿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Ima&amp;ge (PNG, SVG)…</source>
        <translation>匯出圖像 (PNG, SVG)(&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The timeline, the comparison or the milestone table for a slide, or to the clipboard</source>
        <translation>將時間軸、比較或里程碑表用於簡報,或複製到剪貼簿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;MS Project XML…</source>
        <translation>匯出 MS Project XML(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scenario for MS Project, ProjectLibre or GanttProject</source>
        <translation>供 MS Project、ProjectLibre 或 GanttProject 使用的情境</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import MS Pro&amp;ject XML…</source>
        <translation>匯入 MS Project XML(&amp;J)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read an MS Project XML file into a new scenario (undoable)</source>
        <translation>將 MS Project XML 檔案讀入新情境(可復原)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Library…</source>
        <translation>匯出參考庫(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your own facts, calendar notices and their sources to a file for colleagues</source>
        <translation>將您自己的事實、日曆公告及其來源寫入檔案,供同事使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Library…</source>
        <translation>匯入參考庫(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a colleague&apos;s library file (facts, calendar notices) to your library</source>
        <translation>將同事的參考庫檔案(事實、日曆公告)加入您的參考庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan &amp;Properties…</source>
        <translation>計劃屬性(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title, client, advisor, confidentiality and start date</source>
        <translation>標題、客戶、顧問、保密程度及開始日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete Step</source>
        <translation>刪除步驟(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected step and its links</source>
        <translation>刪除所選步驟及其連結</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Step…</source>
        <translation>加入步驟(&amp;A)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a step of your own to the scenario</source>
        <translation>在情境中加入您自己的步驟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Links of Selected Step…</source>
        <translation>所選步驟的連結(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected step wait on another, or remove a link</source>
        <translation>令所選步驟等候另一步驟,或移除連結</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find Step…</source>
        <translation>尋找步驟(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the timeline&apos;s steps by name, number, route or source (Esc clears)</source>
        <translation>按名稱、編號、途徑或來源篩選時間軸上的步驟(按 Esc 清除)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the plans by client, product or title</source>
        <translation>按客戶、產品或標題搜尋計劃</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find &amp;Plan…</source>
        <translation>尋找計劃(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xplain This Date</source>
        <translation>解釋這個日期(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the selected step starts and finishes when it does</source>
        <translation>所選步驟為何在這些日期開始及完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key Milestone</source>
        <translation>關鍵里程碑(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected milestone as one the client cares about: its driving path and every step&apos;s slack to it are shown</source>
        <translation>將所選里程碑標記為客戶關注的里程碑:會顯示其驅動路徑及每個步驟相對它的寬裕時間</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit Whole Plan</source>
        <translation>顯示整個計劃(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom so the whole plan is in view</source>
        <translation>縮放至可看到整個計劃</translation>
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
        <translation>P50 及 P80 標記(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show each milestone&apos;s simulated P50 and P80 dates on the timeline</source>
        <translation>在時間軸上顯示每個里程碑模擬所得的 P50 及 P80 日期</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New Scenario…</source>
        <translation>新增情境(&amp;N)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the current scenario to try another way</source>
        <translation>複製目前情境,以嘗試另一做法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename Scenario…</source>
        <translation>重新命名情境(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Scenario</source>
        <translation>刪除情境(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link Routes</source>
        <translation>連結途徑(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the links between this scenario&apos;s routes that it is missing (plans saved before routes were linked)</source>
        <translation>加入這個情境的途徑之間所缺少的連結(適用於途徑連結功能推出前儲存的計劃)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Con&amp;fidence of Milestones…</source>
        <translation>里程碑把握程度(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulate 10,000 runs to see how sure each milestone date is</source>
        <translation>模擬 10,000 次,看看每個里程碑日期有多大把握</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare Scenarios</source>
        <translation>比較情境(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Milestones of every scenario side by side</source>
        <translation>並列顯示每個情境的里程碑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference &amp;Library</source>
        <translation>參考庫(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Routes, steps, sources and dated facts</source>
        <translation>途徑、步驟、來源及有日期的事實</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every key the app answers to</source>
        <translation>程式回應的所有按鍵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;ferences…</source>
        <translation>偏好設定(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autosave interval, and how long to wait for a team database</source>
        <translation>自動儲存間隔,以及等候團隊資料庫的時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About</source>
        <translation>關於(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>開啟最近使用的檔案(&amp;R)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Scenario</source>
        <translation>情境(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Progress</source>
        <translation>進度(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
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
        <translation>實際日期:%s</translation>
    </message>
</context>
<context>
    <name>AddStepDialog</name>
    <message>
        <location filename="../../oases_desktop/gui/add_step_dialog.py" line="+59"/>
        <source>Add Step</source>
        <translation>加入步驟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Client&apos;s internal sign-off</source>
        <translation>例如:客戶內部審批</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>My own steps</source>
        <translation>我自己的步驟</translation>
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
        <translation>最長</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Advisor&apos;s estimate (no published figure)</source>
        <translation>顧問估算(沒有已公布的數字)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When the committee sits, as an RFC 5545 rule, e.g. FREQ=MONTHLY;BYMONTH=1,4,7,10;BYMONTHDAY=15</source>
        <translation>委員會開會的時間,以 RFC 5545 規則表示,例如 FREQ=MONTHLY;BYMONTH=1,4,7,10;BYMONTHDAY=15</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(starts with the plan)</source>
        <translation>(與計劃同時開始)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not before</source>
        <translation>不早於</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name:</source>
        <translation>名稱:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>類別:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route:</source>
        <translation>途徑:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration:</source>
        <translation>所需時間:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar:</source>
        <translation>日曆:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis:</source>
        <translation>依據:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sittings:</source>
        <translation>會議:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts after:</source>
        <translation>開始於以下步驟之後:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start:</source>
        <translation>開始:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Enter when the committee sits.</source>
        <translation>請輸入委員會開會的時間。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Added by the advisor; the duration is an estimate.</source>
        <translation>由顧問加入;所需時間為估算。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by the advisor.</source>
        <translation>由顧問加入。</translation>
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
        <translation>狀態</translation>
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
        <translation>基線</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snapshots of the computed dates, e.g. as presented to the client. The one shown draws thin ghost bars under the current ones.</source>
        <translation>計算所得日期的快照,例如向客戶展示的版本。所顯示的基線會在目前的橫條下方畫出幼細的虛影橫條。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved on</source>
        <translation>儲存於</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status date</source>
        <translation>狀態日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario</source>
        <translation>情境</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show on Timeline</source>
        <translation>在時間軸上顯示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide</source>
        <translation>隱藏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes Since…</source>
        <translation>自此以來的變更…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location line="+33"/>
        <source> (shown)</source>
        <translation>(顯示中)</translation>
    </message>
</context>
<context>
    <name>CalendarStatus</name>
    <message>
        <location filename="../../oases_desktop/gui/calendar_status.py" line="+38"/>
        <source>⚠ Estimated calendars: %s</source>
        <translation>⚠ 估算的日曆:%s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to open the Calendars page and enter the published notice.</source>
        <translation>按此開啟「日曆」頁並輸入已公布的公告。</translation>
    </message>
</context>
<context>
    <name>CalendarsPage</name>
    <message>
        <location filename="../../oases_desktop/gui/calendars_page.py" line="+23"/>
        <source>Hong Kong (general holidays)</source>
        <translation>香港(公眾假期)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mainland China (State Council notice)</source>
        <translation>中國內地(國務院通知)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Macao (public administration)</source>
        <translation>澳門(公共行政)</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+68"/>
        <source>Enter Published Notice…</source>
        <translation>輸入已公布的公告…</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Type in the year&apos;s days off and make-up working days from the official notice</source>
        <translation>按官方公告輸入該年的假日及調休上班日</translation>
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
        <translation>日曆:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year:</source>
        <translation>年份:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Published notices you entered (used by every schedule):</source>
        <translation>您輸入的已公布公告(所有時間表均會使用):</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Edit Notice…</source>
        <translation>編輯公告…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2: the published notice you entered (%3: %4, %5). Every schedule uses this list.</source>
        <translation>%1 %2:您輸入的已公布公告(%3:%4,%5)。所有時間表均使用這份清單。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2: published data from the %3.</source>
        <translation>%1 %2:來自 %3 的已公布資料。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ HK %1 is estimated: the newest gazetted general holidays are for %2, so this year is computed by rule (lunar dates are astronomical estimates). Enter the gazetted list when it is published (about mid-year).</source>
        <translation>⚠ 香港 %1 年為估算:最新刊憲的公眾假期為 %2 年,因此這一年按規則計算(農曆日期為天文估算)。公布後請輸入刊憲清單(約在年中)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ CN %1 is estimated: the %2 has no State Council notice for it, so it has no make-up working days and its holidays are forecast. Enter the notice when it is published (usually November or December).</source>
        <translation>⚠ 內地 %1 年為估算:%2 沒有該年的國務院通知,因此沒有調休上班日,假期亦屬預測。公布後請輸入該通知(通常在十一月或十二月)。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Storing the notice in the team database…</source>
        <translation>正在將公告儲存到團隊資料庫…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notice was not saved</source>
        <translation>公告未有儲存</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the notice for %1 %2? The year goes back to the package&apos;s data.</source>
        <translation>要移除 %1 %2 的公告嗎?該年會恢復使用程式套件內的資料。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removing the notice from the team database…</source>
        <translation>正在從團隊資料庫移除公告…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notice was not removed</source>
        <translation>公告未有移除</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../../oases_desktop/gui/living/dialogs.py" line="+37"/>
        <source>Changes Since Baseline</source>
        <translation>自基線以來的變更</translation>
    </message>
</context>
<context>
    <name>CompareWidget</name>
    <message>
        <location filename="../../oases_desktop/gui/compare.py" line="+13"/>
        <source>  (includes projected steps)</source>
        <translation>(包括預計步驟)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deltas are counted against this scenario</source>
        <translation>差距以這個情境為基準計算</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Compare against:</source>
        <translation>比較對象:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The odds could not be simulated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Open a plan to compare its scenarios.</source>
        <translation>開啟計劃以比較其情境。</translation>
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
        <translation>這個計劃只有一個情境。請複製它(「情境」選單)以比較另一方案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan finish — %s</source>
        <translation>計劃完成 — %s</translation>
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
        <translation>輸入「15/3/2026」、「15 Mar 2026」或「2026-03-15」,或從日曆中選取</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendar</source>
        <translation>日曆</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not a date; still %s. </source>
        <translation>不是日期;仍為 %s。</translation>
    </message>
</context>
<context>
    <name>DaysModel</name>
    <message>
        <location filename="../../oases_desktop/gui/notice_dialog.py" line="+20"/>
        <source>Mon</source>
        <translation>週一</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>週二</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>週三</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>週四</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>週五</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sat</source>
        <translation>週六</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>週日</translation>
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
        <translation>名稱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>working day (make-up)</source>
        <translation>工作天(調休)</translation>
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
        <translation>不符合資格</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a route or condition for its rule and source.</source>
        <translation>選取途徑或條件以查看其規則及來源。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A blue dot marks the routes already in this scenario.</source>
        <translation>藍點標示已在這個情境中的途徑。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+160"/>
        <location line="+3"/>
        <source>Add to plan</source>
        <translation>加入計劃</translation>
    </message>
    <message>
        <location line="-162"/>
        <location line="+163"/>
        <source>Add this route&apos;s steps to the current scenario</source>
        <translation>將這條途徑的步驟加入目前情境</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Judge the routes as the rules stand on this day</source>
        <translation>按這一天的規則評估各途徑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge the routes as the rules stand today</source>
        <translation>按今天的規則評估各途徑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count this plan&apos;s steps</source>
        <translation>計入這個計劃的步驟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On: a condition that a step of this scenario meets (a trial&apos;s read-out, a registration) counts from the day that step finishes.
Off: judge the product only as the profile describes it today.</source>
        <translation>開:這個情境的某個步驟符合的條件(例如試驗結果公布、註冊)由該步驟完成當天起計算。
關:只按產品資料目前的描述評估產品。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rules as of:</source>
        <translation>規則截至:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Open a plan to see which routes the product can take.</source>
        <translation>開啟計劃以查看產品可走哪些途徑。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The routes could not be evaluated: %s</source>
        <translation>無法評估各途徑:%s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 routes open to %3 on %4.</source>
        <translation>%2 條途徑中有 %1 條於 %4 對 %3 開放。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+120"/>
        <source>the product</source>
        <translation>該產品</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Complete the product&apos;s profile (reference approvals, designations, clinical data, device class): they decide which routes open. Select a route to see what it is missing.</source>
        <translation>請填妥產品資料(參考批准、認定、臨床數據、器械級別):這些決定哪些途徑開放。選取途徑以查看它欠缺甚麼。</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n condition(s) met by this plan&apos;s steps.</source>
        <translation>
            <numerusform>這個計劃的步驟符合 %n 項條件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This plan&apos;s steps are not counted until the scenario can be scheduled.</source>
        <translation>在情境可以排程前,不會計入這個計劃的步驟。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Already in plan</source>
        <translation>已在計劃中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This route&apos;s steps are already in the current scenario</source>
        <translation>這條途徑的步驟已在目前情境中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This route cannot apply to this product: %s</source>
        <translation>這條途徑不適用於這個產品:%s</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Route not open to this product</source>
        <translation>途徑不向這個產品開放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%s” is not open to %s today.</source>
        <translation>「%s」今天不向 %s 開放。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing:</source>
        <translation>欠缺:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add it anyway, to plan for the day these conditions are met?</source>
        <translation>仍要加入,以便為符合這些條件的那天作計劃?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Anyway</source>
        <translation>仍然加入</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../oases_desktop/gui/export_dialog.py" line="+39"/>
        <source>Unexpected error: %s</source>
        <translation>意外錯誤:%s</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+152"/>
        <location line="+122"/>
        <source>Export PDF report</source>
        <translation>匯出 PDF 報告</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Landscape</source>
        <translation>橫向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>縱向</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a page saying why each key milestone moved since this baseline</source>
        <translation>加入一頁,說明自這個基線以來每個關鍵里程碑為何移動</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic</source>
        <translation>自動</translation>
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
        <translation>整條時間軸放在同一頁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the scenario comparison</source>
        <translation>包括情境比較</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The plan has one scenario; duplicate it to compare variants.</source>
        <translation>這個計劃只有一個情境;請複製它以比較不同方案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidential</source>
        <translation>機密</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: opens only with this password</source>
        <translation>可選:只可用這個密碼開啟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scenario:</source>
        <translation>情境:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes since:</source>
        <translation>自以下基線以來的變更:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper:</source>
        <translation>紙張:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orientation:</source>
        <translation>方向:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time scale:</source>
        <translation>時間刻度:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare against:</source>
        <translation>比較對象:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watermark:</source>
        <translation>浮水印:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>密碼:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat password:</source>
        <translation>再次輸入密碼:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as:</source>
        <translation>儲存為:</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+121"/>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No changes page</source>
        <translation>不加變更頁</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Updating preview…</source>
        <translation>正在更新預覽…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Page %d</source>
        <translation>第 %d 頁</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview — %d pages</source>
        <translation>預覽 — 共 %d 頁</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Passwords differ</source>
        <translation>密碼不相符</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type the same password twice, or clear both.</source>
        <translation>請輸入相同密碼兩次,或兩者均清除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No file name</source>
        <translation>沒有檔案名稱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose where to save the PDF.</source>
        <translation>請選擇儲存 PDF 的位置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder not found</source>
        <translation>找不到資料夾</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The folder %s does not exist. Choose another.</source>
        <translation>資料夾 %s 不存在。請選擇另一個。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writing %s…</source>
        <translation>正在寫入 %s…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>已取消匯出;沒有寫入任何內容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved %s</source>
        <translation>已儲存 %s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
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
        <translation>新數值:%s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(none)</source>
        <translation>(無)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No source: mark this value as an estimate</source>
        <translation>沒有來源:將這個數值標記為估算</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none (an estimate)</source>
        <translation>無(估算)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current: %s, as of %s, source %s</source>
        <translation>目前:%s,截至 %s,來源 %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value:</source>
        <translation>數值:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to (range):</source>
        <translation>上限(範圍):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of:</source>
        <translation>截至:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source:</source>
        <translation>來源:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note:</source>
        <translation>備註:</translation>
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
        <translation>事實</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered by</source>
        <translation>輸入者</translation>
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
        <translation>⚠ 過時</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none: estimate</source>
        <translation>無:估算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you</source>
        <translation>您</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shipped</source>
        <translation>隨程式提供</translation>
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
        <translation>隨程式提供的資料比您自己的數值更新。</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../oases_desktop/gui/file_controller.py" line="+20"/>
        <source>Plan files (*.oases);;All files (*)</source>
        <translation>計劃檔案 (*.oases);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan files (*.oases *.oasesenc);;Encrypted plan files (*.oasesenc);;All files (*)</source>
        <translation>計劃檔案 (*.oases *.oasesenc);;加密計劃檔案 (*.oasesenc);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted plan files (*.oasesenc)</source>
        <translation>加密計劃檔案 (*.oasesenc)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unsaved changes</source>
        <translation>未儲存的變更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%s” has changes that are not saved. Save them before closing the plan?</source>
        <translation>「%s」有未儲存的變更。關閉計劃前要儲存嗎?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New plan: describe the product, then add routes from the Eligibility panel.</source>
        <translation>新計劃:請描述產品,然後從「資格」面板加入途徑。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Plan</source>
        <translation>開啟計劃</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+24"/>
        <location line="+12"/>
        <location line="+20"/>
        <source>Cannot open plan</source>
        <translation>無法開啟計劃</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Opened %s</source>
        <translation>已開啟 %s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this plan is encrypted, and --quit-after-paint or --screenshot cannot ask for its passphrase. Open it in the app&apos;s window without those options; the passphrase is asked there</source>
        <translation>這個計劃已加密,而 --quit-after-paint 或 --screenshot 無法詢問其通行密語。請不使用這些選項,在程式視窗中開啟它;屆時會詢問通行密語</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This passphrase does not open the file. Check it (capital letters, keyboard layout) and try again.</source>
        <translation>這個通行密語無法開啟檔案。請檢查(大小寫、鍵盤配置)後再試。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opened the encrypted plan %s. Save keeps it in your plans; File &gt; Save Encrypted Copy writes a new encrypted file.</source>
        <translation>已開啟加密計劃 %s。「儲存」會將它保留在您的計劃中;「檔案 &gt; 儲存加密副本」會寫入新的加密檔案。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saved “%s”</source>
        <translation>已儲存「%s」</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Saving to the team database…</source>
        <translation>正在儲存到團隊資料庫…</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Loading from the team database…</source>
        <translation>正在從團隊資料庫載入…</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+29"/>
        <source>Cannot save plan</source>
        <translation>無法儲存計劃</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Plan changed elsewhere</source>
        <translation>計劃已在別處更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else saved this plan since you opened it. Keep your version as a separate copy?</source>
        <translation>自您開啟這個計劃後,有其他人儲存了它。要將您的版本另存為獨立副本嗎?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save Plan As</source>
        <translation>計劃另存為</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved %s</source>
        <translation>已儲存 %s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save Encrypted Copy</source>
        <translation>儲存加密副本</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot save the encrypted copy</source>
        <translation>無法儲存加密副本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved an encrypted copy to %s</source>
        <translation>已將加密副本儲存至 %s</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export Milestones</source>
        <translation>匯出里程碑</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 檔案 (*.ics)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export Steps</source>
        <translation>匯出步驟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export Steps to Excel</source>
        <translation>將步驟匯出至 Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported %s</source>
        <translation>已匯出 %s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The plan has no dates yet, so there is nothing to export: %s</source>
        <translation>計劃尚未有日期,因此沒有可匯出的內容:%s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to export</source>
        <translation>沒有可匯出的內容</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>add a route first.</source>
        <translation>請先加入途徑。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../oases_desktop/gui/gantt/filter_bar.py" line="+21"/>
        <source>Filter steps: name, number, route or source…</source>
        <translation>篩選步驟:名稱、編號、途徑或來源…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show one route only</source>
        <translation>只顯示一條途徑</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>All routes</source>
        <translation>所有途徑</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Critical</source>
        <translation>關鍵</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only steps on the critical path (no float)</source>
        <translation>只顯示關鍵路徑上的步驟(無浮動時間)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driving</source>
        <translation>驅動</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only the steps that set a key milestone&apos;s date</source>
        <translation>只顯示決定關鍵里程碑日期的步驟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only milestones</source>
        <translation>只顯示里程碑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open points</source>
        <translation>未決事項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only steps still to settle: not done, with an estimated duration or a projected rule</source>
        <translation>只顯示仍待確定的步驟:未完成、所需時間為估算或規則屬預計</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clear Step Filter</source>
        <translation>清除步驟篩選</translation>
    </message>
</context>
<context>
    <name>GanttPane</name>
    <message>
        <location filename="../../oases_desktop/gui/gantt/pane.py" line="+130"/>
        <source>Next Step</source>
        <translation>下一個步驟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous Step</source>
        <translation>上一個步驟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename Step in Place</source>
        <translation>就地重新命名步驟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step Menu</source>
        <translation>步驟選單</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nudge Step a Day Later</source>
        <translation>將步驟推遲一天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nudge Step a Day Earlier</source>
        <translation>將步驟提前一天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nudge Step a Week Later</source>
        <translation>將步驟推遲一週</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nudge Step a Week Earlier</source>
        <translation>將步驟提前一週</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit not applied</source>
        <translation>編輯未有套用</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%d steps</source>
        <translation>%d 個步驟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%d of %d steps</source>
        <translation>%d 個步驟中的 %d 個</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Remove Route from Scenario</source>
        <translation>從情境移除途徑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this route&apos;s steps and their links (Undo puts them back)</source>
        <translation>刪除這條途徑的步驟及其連結(「復原」可將它們放回)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Start as Early as Possible</source>
        <translation>盡早開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the &apos;start no earlier than&apos; date set by dragging</source>
        <translation>移除拖曳設定的「不早於」開始日期</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set Target Date…</source>
        <translation>設定目標日期…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date the client wants this milestone by; the plan is worked back from it</source>
        <translation>客戶希望達成這個里程碑的日期;計劃由此倒推</translation>
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
        <translation>數值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered by</source>
        <translation>輸入者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>備註</translation>
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
        <translation>隨程式提供</translation>
    </message>
</context>
<context>
    <name>ImageExportDialog</name>
    <message>
        <location filename="../../oases_desktop/gui/image_dialog.py" line="+41"/>
        <location line="+110"/>
        <source>Export Image</source>
        <translation>匯出圖像</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario comparison</source>
        <translation>情境比較</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key milestone table</source>
        <translation>關鍵里程碑表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG picture</source>
        <translation>PNG 圖片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (scales without blur)</source>
        <translation>SVG 圖形(縮放不會模糊)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure:</source>
        <translation>圖表:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>格式:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution:</source>
        <translation>解像度:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size:</source>
        <translation>尺寸:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy to Clipboard</source>
        <translation>複製到剪貼簿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save…</source>
        <translation>儲存…</translation>
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
        <translation>無法複製圖像</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied the %s to the clipboard</source>
        <translation>已將%s複製到剪貼簿</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 圖形 (*.svg)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported %s</source>
        <translation>已匯出 %s</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../oases_desktop/gui/inspector.py" line="+72"/>
        <source>Select a step in the timeline or the table to see its details.</source>
        <translation>在時間軸或表格中選取步驟以查看其詳情。</translation>
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
        <translation>完成日期範圍:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Float:</source>
        <translation>浮動時間:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The step starts no earlier than this date (set by dragging its bar). Clear lets it start as early as its links allow.</source>
        <translation>步驟不早於這個日期開始(拖曳其橫條設定)。「清除」可讓它按連結容許盡早開始。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the step start as soon as its predecessors allow</source>
        <translation>讓步驟在前置步驟容許時盡快開始</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Constraint:</source>
        <translation>限制:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explain this date</source>
        <translation>解釋這個日期</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Key dates</source>
        <translation>關鍵日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key milestone (a date the client cares about)</source>
        <translation>關鍵里程碑(客戶關注的日期)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its driving path and every step&apos;s slack to it are shown (Edit &gt; Key Milestone)</source>
        <translation>會顯示其驅動路徑及每個步驟相對它的寬裕時間(「編輯 &gt; 關鍵里程碑」)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Duration and source</source>
        <translation>所需時間及來源</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Duration:</source>
        <translation>所需時間:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar:</source>
        <translation>日曆:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis:</source>
        <translation>依據:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dependencies</source>
        <translation>依存關係</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Double-click a link to go to that step. Edit &gt; Links of Selected Step changes them.</source>
        <translation>按兩下連結可前往該步驟。「編輯 &gt; 所選步驟的連結」可更改連結。</translation>
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
        <translation>例如:藥劑製品證明書 (CPP)
GMP 證書</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes for this step (saved with the plan)</source>
        <translation>這個步驟的備註(與計劃一併儲存)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No step selected</source>
        <translation>未選取步驟</translation>
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
        <translation>監管機構計時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waits for a sitting</source>
        <translation>等候會議</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>projected route</source>
        <translation>預計途徑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not before %s</source>
        <translation>不早於 %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not scheduled</source>
        <translation>未排程</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%s – %s (every step at its minimum / maximum)</source>
        <translation>%s – %s(每個步驟取最短/最長)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical: no float</source>
        <translation>關鍵:無浮動時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d calendar days to plan finish (can slip this much without moving the plan&apos;s last date)</source>
        <translation>距計劃完成 %d 個曆日(可延誤這麼多而不影響計劃的最後日期)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop-clock: %s – %s</source>
        <translation>停鐘:%s – %s</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Driven by:</source>
        <translation>驅動步驟:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing before it (it starts the plan)</source>
        <translation>之前沒有步驟(它是計劃的開始)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Near-critical (under 10 working days of slack):</source>
        <translation>接近關鍵(寬裕時間少於 10 個工作天):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 working days (%2) · %3 calendar days</source>
        <translation>%1 個工作天(%2)· %3 個曆日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>drives it</source>
        <translation>驅動它</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Does not lead to a key milestone.</source>
        <translation>不通往關鍵里程碑。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting:</source>
        <translation>會議:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Zero (milestone)</source>
        <translation>零(里程碑)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (working days)</source>
        <translation>(工作天)</translation>
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
        <translation>沒有已公布的數字支持這個所需時間;請視之為顧問的判斷。</translation>
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
        <translation>步驟來源:%s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>, lag %1 %2</source>
        <translation>,延隔 %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After</source>
        <translation>之後</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to this step</source>
        <translation>前往這個步驟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No links: starts with the scenario</source>
        <translation>沒有連結:與情境同時開始</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No dates to explain.</source>
        <translation>沒有可解釋的日期。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why %s has these dates</source>
        <translation>%s 為何是這些日期</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>as of %s</source>
        <translation>截至 %s</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+148"/>
        <source>Edit not applied</source>
        <translation>編輯未有套用</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../oases_desktop/gui/language.py" line="+87"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app will show %1 the next time it starts. Restart now? (Unsaved changes are asked about first.)</source>
        <translation>程式下次啟動時會以%1顯示。要立即重新啟動嗎?(會先詢問如何處理未儲存的變更。)</translation>
    </message>
</context>
<context>
    <name>LibraryFiles</name>
    <message>
        <location filename="../../oases_desktop/gui/library_files.py" line="-75"/>
        <source>Library files (*.json);;All files (*)</source>
        <translation>參考庫檔案 (*.json);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <location filename="../../oases_desktop/gui/library_window.py" line="+42"/>
        <source>Reference Library</source>
        <translation>參考庫</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Filter facts</source>
        <translation>篩選事實</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New value…</source>
        <translation>新數值…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a newer value with its own source and as-of date</source>
        <translation>記錄較新的數值,連同其來源及截至日期</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>History</source>
        <translation>歷史</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dated facts</source>
        <translation>有日期的事實</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Routes and steps</source>
        <translation>途徑及步驟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sources</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calendars</source>
        <translation>日曆</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The reference library cannot be read</source>
        <translation>無法讀取參考庫</translation>
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
        <translation>向客戶引用前,請先查核其來源。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Route / step</source>
        <translation>途徑/步驟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basis / sources</source>
        <translation>依據/來源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applies to / duration</source>
        <translation>適用於/所需時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (projected)</source>
        <translation>(預計)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medicines</source>
        <translation>藥物</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>devices</source>
        <translation>器械</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>any product</source>
        <translation>任何產品</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for %s</source>
        <translation>適用於%s</translation>
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
        <translation>「%s」的歷史(%s)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Storing the value in the team database…</source>
        <translation>正在將數值儲存到團隊資料庫…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value was not saved</source>
        <translation>數值未有儲存</translation>
    </message>
</context>
<context>
    <name>LinksDialog</name>
    <message>
        <location filename="../../oases_desktop/gui/step_dialogs.py" line="+27"/>
        <source>Links of “%s”</source>
        <translation>「%s」的連結</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove link</source>
        <translation>移除連結</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days lag</source>
        <translation> 天延隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add link</source>
        <translation>加入連結</translation>
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
        <translation>%s 等候這個步驟</translation>
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
        <translation>狀態日期(&amp;S)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The day progress is recorded to</source>
        <translation>記錄進度所截至的日子</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mark Step Done</source>
        <translation>標記步驟為完成(&amp;M)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record the selected step as done on its planned dates</source>
        <translation>將所選步驟記錄為按計劃日期完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Actual Dates…</source>
        <translation>實際日期(&amp;A)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type the selected step&apos;s actual start and finish</source>
        <translation>輸入所選步驟的實際開始及完成日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear Actual Dates</source>
        <translation>清除實際日期(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forget the selected step&apos;s actual dates</source>
        <translation>刪去所選步驟的實際日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;Baseline…</source>
        <translation>儲存基線(&amp;B)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep today&apos;s dates of this scenario to compare with later</source>
        <translation>保留這個情境今天的日期,以便日後比較</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base&amp;lines…</source>
        <translation>基線(&amp;L)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show, compare or delete the plan&apos;s baselines</source>
        <translation>顯示、比較或刪除計劃的基線</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes Since &amp;Baseline…</source>
        <translation>自基線以來的變更(&amp;B)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What moved each key milestone since the baseline</source>
        <translation>自基線以來,是甚麼令每個關鍵里程碑移動</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Clear actual dates</source>
        <translation>清除實際日期</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save Baseline</source>
        <translation>儲存基線</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the baseline:</source>
        <translation>基線名稱:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presented to client, %s</source>
        <translation>已向客戶展示,%s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save baseline</source>
        <translation>儲存基線</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete baseline</source>
        <translation>刪除基線</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save a baseline of this scenario first.</source>
        <translation>請先儲存這個情境的基線。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../oases_desktop/gui/main_window.py" line="+102"/>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare Scenarios</source>
        <translation>比較情境</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Route added to the plan</source>
        <translation>途徑已加入計劃</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Plans</source>
        <translation>計劃</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location line="+271"/>
        <source>%1 steps · start %2 · finish %3 · status date %4</source>
        <translation>%1 個步驟 · 開始 %2 · 完成 %3 · 狀態日期 %4</translation>
    </message>
    <message>
        <location line="-278"/>
        <source>Eligibility</source>
        <translation>資格</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <location line="+17"/>
        <source> Scenario: </source>
        <translation> 情境:</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>No steps yet</source>
        <translation>尚未有步驟</translation>
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
        <translation>(基線)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not in this scenario</source>
        <translation>不在這個情境中</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%s vs %s in the baseline</source>
        <translation>%s,基線為 %s</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../../oases_desktop/gui/new_plan_dialog.py" line="+18"/>
        <source>Base case</source>
        <translation>基本情況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s: Hong Kong and GBA access</source>
        <translation>%s:香港及大灣區市場准入</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New Plan</source>
        <translation>新增計劃</translation>
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
        <translation>可選</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medicine</source>
        <translation>藥物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical device</source>
        <translation>醫療器械</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client:</source>
        <translation>客戶:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product:</source>
        <translation>產品:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>類別:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan starts on:</source>
        <translation>計劃開始日期:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan title:</source>
        <translation>計劃標題:</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../oases_desktop/gui/notice_bar.py" line="+50"/>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this notice</source>
        <translation>隱藏這則通知</translation>
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
        <translation>列出公告訂明的每個假日(如公告有列出週末,亦包括在內),以及公告訂明為工作天的每個星期六或星期日。時間表會改用這份清單而非估算。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name as published, e.g. Spring Festival</source>
        <translation>按公布的名稱,例如:春節</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Day Off</source>
        <translation>加入假日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Make-up Working Day</source>
        <translation>加入調休上班日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove Selected</source>
        <translation>移除所選項目</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Source:</source>
        <translation>來源:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>make-up working day</source>
        <translation>調休上班日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>day off</source>
        <translation>假日</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give the new source a title and a publisher.</source>
        <translation>請為新來源填寫標題及發布機構。</translation>
    </message>
</context>
<context>
    <name>NoticesModel</name>
    <message>
        <location filename="../../oases_desktop/gui/calendars_page.py" line="-157"/>
        <source>Calendar</source>
        <translation>日曆</translation>
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
        <translation>調休日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../oases_desktop/gui/gantt/outline.py" line="+211"/>
        <source>  (projected)</source>
        <translation>(預計)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../oases_desktop/gui/passphrase_dialog.py" line="+55"/>
        <source>Passphrase:</source>
        <translation>通行密語:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again:</source>
        <translation>再次輸入:</translation>
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
        <translation>強</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use at least %d characters; four or more unrelated words are strong and easy to type.</source>
        <translation>請使用最少 %d 個字元;四個或以上互不相關的詞既強又容易輸入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too short: use at least %d characters.</source>
        <translation>太短:請使用最少 %d 個字元。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>兩次輸入的通行密語不相符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength: %s.</source>
        <translation>強度:%s。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longer is stronger: add a word or two.</source>
        <translation>越長越強:再加一兩個詞。</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <location filename="../../oases_desktop/gui/document.py" line="+99"/>
        <source>Untitled plan</source>
        <translation>未命名計劃</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The dates could not be computed because of an internal error (%s). Undo the last change, and send the log file to support.</source>
        <translation>因內部錯誤(%s)無法計算日期。請復原上一項變更,並將記錄檔傳送給支援人員。</translation>
    </message>
</context>
<context>
    <name>PlanEdits</name>
    <message>
        <location filename="../../oases_desktop/gui/plan_edits.py" line="+51"/>
        <source>New Scenario</source>
        <translation>新增情境</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new scenario (a copy of the current one):</source>
        <translation>新情境的名稱(目前情境的副本):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s (alternative)</source>
        <translation>%s(替代方案)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rename Scenario</source>
        <translation>重新命名情境</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario name:</source>
        <translation>情境名稱:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete Scenario</source>
        <translation>刪除情境</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the scenario “%s”? You can undo this.</source>
        <translation>要刪除情境「%s」嗎?此操作可以復原。</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Added %n link(s) between the scenario&apos;s routes.</source>
        <translation>
            <numerusform>已在情境的途徑之間加入 %n 個連結。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No links between the scenario&apos;s routes were missing.</source>
        <translation>情境的途徑之間沒有缺少連結。</translation>
    </message>
</context>
<context>
    <name>PlanPropertiesDialog</name>
    <message>
        <location filename="../../oases_desktop/gui/plan_properties_dialog.py" line="+20"/>
        <source>Plan Properties</source>
        <translation>計劃屬性</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your name, printed on the report</source>
        <translation>您的姓名,會印在報告上</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title:</source>
        <translation>標題:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client:</source>
        <translation>客戶:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advisor:</source>
        <translation>顧問:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality:</source>
        <translation>保密程度:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start of the scenario “%s”</source>
        <translation>情境「%s」的開始日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario starts on:</source>
        <translation>情境開始日期:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>備註:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Edit plan properties</source>
        <translation>編輯計劃屬性</translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <location filename="../../oases_desktop/gui/models/plans_model.py" line="+18"/>
        <source>Client</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>計劃</translation>
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
        <translation>搜尋客戶、產品或計劃</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New plan</source>
        <translation>新增計劃</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+152"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+153"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Undo the last change to the plan list</source>
        <translation>復原對計劃清單的上一項變更</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Listing the team database&apos;s plans…</source>
        <translation>正在列出團隊資料庫的計劃…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan database could not be opened: %s</source>
        <translation>無法開啟計劃資料庫:%s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No stored plans yet. Create one with New plan.</source>
        <translation>尚未有已儲存的計劃。請以「新增計劃」建立。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The plan list is still waiting for the database; try again in a moment.</source>
        <translation>計劃清單仍在等候資料庫;請稍後再試。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for the team database…</source>
        <translation>正在等候團隊資料庫…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This plan is open. Open another plan first, then delete this one.</source>
        <translation>這個計劃正在開啟。請先開啟另一個計劃,再刪除這個。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete plan</source>
        <translation>刪除計劃</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%s (copy)</source>
        <translation>%s(副本)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate plan</source>
        <translation>複製計劃</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+17"/>
        <source>Rename plan</source>
        <translation>重新命名計劃</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Plan title:</source>
        <translation>計劃標題:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../oases_desktop/gui/preferences_dialog.py" line="+24"/>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Autosave a draft of unsaved work every</source>
        <translation>自動儲存未儲存工作的草稿,間隔為</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team database: wait for a connection at most</source>
        <translation>團隊資料庫:等候連接最多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team database: wait for each answer at most</source>
        <translation>團隊資料庫:等候每個回應最多</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A team database that does not answer in time is reported as such; connecting and saving wait in the background, so the window keeps responding. The times apply the next time the app opens the team database; a database address&apos;s own connect_timeout or options, and the OASES_PG_CONNECT_TIMEOUT and OASES_PG_STATEMENT_TIMEOUT variables, come first.</source>
        <translation>團隊資料庫如未有及時回應,會如實報告;連接及儲存會在背景等候,因此視窗仍會回應。這些時間於程式下次開啟團隊資料庫時生效;資料庫地址本身的 connect_timeout 或選項,以及 OASES_PG_CONNECT_TIMEOUT 和 OASES_PG_STATEMENT_TIMEOUT 變數優先。</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../oases_desktop/gui/profile_form.py" line="+26"/>
        <source>New chemical entity</source>
        <translation>新藥劑元素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New biological entity</source>
        <translation>新生物元素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New indication</source>
        <translation>新適應症</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vaccine</source>
        <translation>疫苗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced therapy</source>
        <translation>先進療法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chemical drug, extended application</source>
        <translation>化學藥物,延伸應用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biological drug, extended application</source>
        <translation>生物藥物,延伸應用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generic</source>
        <translation>非專利藥</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First in class</source>
        <translation>首創新藥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clinical data from Hong Kong</source>
        <translation>香港的臨床數據</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Life-threatening or severely debilitating disease</source>
        <translation>危及生命或嚴重致殘的疾病</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Chemical entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biological entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Local unmet public-health need promulgated by the WHO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clinical data in Chinese/Asian populations</source>
        <translation>來自華人/亞裔人群的臨床數據</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local expert report (5+ years in the field)</source>
        <translation>本地專家報告(在該領域五年以上)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mainland trial in NMPA&apos;s 30-day channel (key innovative drug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already registered in Hong Kong</source>
        <translation>已在香港註冊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used in Hong Kong public hospitals</source>
        <translation>已在香港公立醫院使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved in Mainland China</source>
        <translation>已在中國內地獲批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Mainland-approved substitute exists</source>
        <translation>已有內地獲批的替代品</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%s (not a reference place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Medicine</source>
        <translation>藥物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical device</source>
        <translation>醫療器械</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <location line="+8"/>
        <source>(not set)</source>
        <translation>(未設定)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>A new indication of a chemical entity is in Phase 1 of primary evaluation, of a biological entity in Phase 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Class %s</source>
        <translation>第 %s 級</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name:</source>
        <translation>名稱:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>類別:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drug category:</source>
        <translation>藥物類別:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device class:</source>
        <translation>器械級別:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indication:</source>
        <translation>適應症:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Designations and clinical need</source>
        <translation>認定及臨床需要</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orphan</source>
        <translation>罕見病藥物</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breakthrough</source>
        <translation>突破性治療藥物</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority review</source>
        <translation>優先審評</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Approvals by drug regulators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add approval</source>
        <translation>加入批准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clinical evidence</source>
        <translation>臨床證據</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hong Kong and Mainland status</source>
        <translation>香港及內地狀況</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the client said, open questions, documents promised…</source>
        <translation>客戶說過的話、未解決的問題、承諾提供的文件…</translation>
    </message>
</context>
<context>
    <name>ProgressBox</name>
    <message>
        <location filename="../../oases_desktop/gui/living/progress_box.py" line="+22"/>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>State:</source>
        <translation>狀態:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actual start:</source>
        <translation>實際開始:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual finish:</source>
        <translation>實際完成:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark Done</source>
        <translation>標記為完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the step as done on its planned dates</source>
        <translation>將步驟記錄為按計劃日期完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the step&apos;s actual dates</source>
        <translation>刪去步驟的實際日期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear actual dates</source>
        <translation>清除實際日期</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Done on %s</source>
        <translation>於 %s 完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress since %s</source>
        <translation>自 %s 起進行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not started (status date %s)</source>
        <translation>未開始(狀態日期 %s)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Set actual dates</source>
        <translation>設定實際日期</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../oases_desktop/gui/shortcuts_dialog.py" line="+24"/>
        <source>Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
</context>
<context>
    <name>SourcePicker</name>
    <message>
        <location filename="../../oases_desktop/gui/source_picker.py" line="+31"/>
        <source>New source…</source>
        <translation>新來源…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New source</source>
        <translation>新來源</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Official (government or regulator)</source>
        <translation>官方(政府或監管機構)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secondary (media, law firm, consultancy)</source>
        <translation>次要(傳媒、律師行、顧問公司)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low (unchecked or doubtful)</source>
        <translation>低(未經查核或存疑)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title:</source>
        <translation>標題:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher:</source>
        <translation>發布機構:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address (URL):</source>
        <translation>網址 (URL):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published:</source>
        <translation>發布日期:</translation>
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
        <translation>編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>發布機構</translation>
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
        <translation>狀態日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work not done is not planned before the status date; steps done keep their actual dates.</source>
        <translation>未完成的工作不會排在狀態日期之前;已完成的步驟保留其實際日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status date:</source>
        <translation>狀態日期:</translation>
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
        <translation>工作天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weeks</source>
        <translation>週</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>months</source>
        <translation>個月</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Route</source>
        <translation>途徑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>開始</translation>
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
        <translation>最長</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar</source>
        <translation>日曆</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Float to plan finish (d)</source>
        <translation>距計劃完成的浮動時間(天)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slack to key milestone (wd / d)</source>
        <translation>距關鍵里程碑的寬裕時間(工作天/天)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis / source</source>
        <translation>依據/來源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual start</source>
        <translation>實際開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual finish</source>
        <translation>實際完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Variance</source>
        <translation>差異</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Slack to the key milestone selected last: working days of the step&apos;s calendar / calendar days it can slip before that milestone moves</source>
        <translation>距最後選取的關鍵里程碑的寬裕時間:在該里程碑移動前,步驟可延誤的步驟日曆工作天/曆日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total float to the plan&apos;s finish, in calendar days</source>
        <translation>距計劃完成的總浮動時間,以曆日計</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Slack to %s (wd / d)</source>
        <translation>距 %s 的寬裕時間(工作天/天)</translation>
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
        <translation>可延誤 %d 個曆日而不影響計劃完成日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts no earlier than %s (set by you)</source>
        <translation>不早於 %s 開始(由您設定)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the critical path: any delay moves the plan&apos;s finish</source>
        <translation>在關鍵路徑上:任何延誤都會令計劃完成日期推遲</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can slip %1 working days (%2 calendar) before %3 moves</source>
        <translation>在 %3 移動前可延誤 %1 個工作天(%2 個曆日)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; on its driving path</source>
        <translation>;在其驅動路徑上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled: not scheduled</source>
        <translation>已停用:未排程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sitting on %s is estimated: it lies beyond the schedule the library publishes, so its date follows the committee&apos;s rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendar days later (+) or earlier (-) than in the baseline &quot;%s&quot;</source>
        <translation>比基線「%s」遲(+)或早(-)的曆日數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual date, as recorded; double-click to set it (the inspector clears it)</source>
        <translation>已記錄的實際日期;按兩下可設定(可在檢查器中清除)</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+9"/>
        <source>Enter a date.</source>
        <translation>請輸入日期。</translation>
    </message>
</context>
<context>
    <name>TargetBox</name>
    <message>
        <location filename="../../oases_desktop/gui/targets.py" line="+17"/>
        <source>Client&apos;s target date</source>
        <translation>客戶目標日期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The date the client wants this milestone by; the plan is worked back from it</source>
        <translation>客戶希望達成這個里程碑的日期;計劃由此倒推</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set Target</source>
        <translation>設定目標</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No target date: set one to plan back from the client&apos;s date.</source>
        <translation>沒有目標日期:設定一個,以便由客戶的日期倒推計劃。</translation>
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
        <translation>編輯未有套用</translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message>
        <location filename="../../oases_desktop/gui/timeline/legend.py" line="+92"/>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Critical path</source>
        <translation>關鍵路徑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min–max</source>
        <translation>最短–最長</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Driving</source>
        <translation>驅動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop-clock</source>
        <translation>停鐘</translation>
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
        <translation>預計途徑</translation>
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
        <translation>進行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status date</source>
        <translation>狀態日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Baseline</source>
        <translation>基線</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client&apos;s target</source>
        <translation>客戶目標</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latest start to make it</source>
        <translation>趕及所需的最遲開始</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No float to the plan&apos;s finish (its last date)</source>
        <translation>距計劃完成(其最後日期)沒有浮動時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlined: the steps that set the date of the key milestone selected last</source>
        <translation>外框標示:決定最後選取的關鍵里程碑日期的步驟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached by then in half of the simulated runs (10 000, as in the PDF)</source>
        <translation>在一半模擬次數中於該日前達成(10 000 次,與 PDF 相同)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached by then in 80 % of the simulated runs (10 000, as in the PDF)</source>
        <translation>在 80 % 模擬次數中於該日前達成(10 000 次,與 PDF 相同)</translation>
    </message>
</context>
<context>
    <name>TimelineScene</name>
    <message>
        <location filename="../../oases_desktop/gui/timeline/scene.py" line="+38"/>
        <source>  (projected)</source>
        <translation>(預計)</translation>
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
        <translation>途徑/步驟</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../oases_desktop/gui/timeline/widget.py" line="+130"/>
        <source>Drag a bar to move it, or its right end to change its duration.</source>
        <translation>拖曳橫條可移動它,拖曳其右端可更改所需時間。</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Cannot move the step</source>
        <translation>無法移動步驟</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open or create a plan to see its timeline.</source>
        <translation>開啟或建立計劃以查看其時間軸。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This scenario has no steps yet.

Describe the product in the Product panel, then choose a route it can take in the Eligibility panel and click Add to plan.</source>
        <translation>這個情境尚未有步驟。

請在「產品」面板描述產品,然後在「資格」面板選擇它可走的途徑,再按「加入計劃」。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Plan finishes %1 · %2 · %3</source>
        <translation>計劃完成 %1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>start no earlier than %s</source>
        <translation>不早於 %s 開始</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>likely duration %g %s</source>
        <translation>最可能所需時間 %g %s</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot change the step</source>
        <translation>無法更改步驟</translation>
    </message>
</context>
<context>
    <name>VerdictsModel</name>
    <message>
        <location filename="../../oases_desktop/gui/models/verdicts_model.py" line="+22"/>
        <source>Eligible</source>
        <translation>符合資格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not eligible</source>
        <translation>不符合資格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligible from %s</source>
        <translation>由 %s 起符合資格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projected</source>
        <translation>預計</translation>
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
        <translation>途徑及條件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>評估結果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule source</source>
        <translation>規則來源</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This route cannot apply to this kind of product, so it cannot be added to the plan.</source>
        <translation>這條途徑不適用於這類產品,因此不能加入計劃。</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n condition(s) missing</source>
        <translation>
            <numerusform>欠缺 %n 項條件</numerusform>
        </translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Already in this scenario</source>
        <translation>已在這個情境中</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>planned</source>
        <translation>已計劃</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <translation>待查核</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Met by this plan:</source>
        <translation>由這個計劃符合:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing:</source>
        <translation>欠缺:</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n met by planned steps</source>
        <translation>
            <numerusform>%n 項由已計劃步驟符合</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no source: estimate</source>
        <translation>沒有來源:估算</translation>
    </message>
</context>
<context>
    <name>ZoomBar</name>
    <message>
        <location filename="../../oases_desktop/gui/timeline/zoom_bar.py" line="+21"/>
        <source>Zoom:</source>
        <translation>縮放:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show months (Ctrl+wheel zooms freely)</source>
        <translation>顯示月份(Ctrl+滾輪可自由縮放)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>季</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show quarters</source>
        <translation>顯示季度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show years</source>
        <translation>顯示年份</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>縮小(Ctrl+滾輪)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>放大(Ctrl+滾輪)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit</source>
        <translation>適合</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom to the plan&apos;s span (its start to the last key milestone&apos;s P80), and keep it in view when the window is resized</source>
        <translation>縮放至計劃的時間跨度(由開始至最後一個關鍵里程碑的 P80),並在視窗調整大小時保持可見</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scroll to today&apos;s date</source>
        <translation>捲動至今天的日期</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../oases_desktop/gui/passphrase_dialog.py" line="-38"/>
        <source>Encrypt Plan</source>
        <translation>加密計劃</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a passphrase for “%s”. Give it to the recipient another way than the file (a phone call, not the same email). Nobody can open the file without it, and it cannot be recovered.</source>
        <translation>為「%s」選擇通行密語。請以檔案以外的途徑把它交給收件人(打電話,不要用同一封電郵)。沒有它,任何人都無法開啟檔案,而且它無法找回。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Encrypted Plan</source>
        <translation>開啟加密計劃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%s” is encrypted. Enter its passphrase to open it.</source>
        <translation>「%s」已加密。請輸入其通行密語以開啟。</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../oases_desktop/gui/inspector.py" line="-434"/>
        <source>finish → start</source>
        <translation>完成 → 開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start → start</source>
        <translation>開始 → 開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finish → finish</source>
        <translation>完成 → 完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start → finish</source>
        <translation>開始 → 完成</translation>
    </message>
    <message>
        <location filename="../../oases_desktop/gui/add_step_dialog.py" line="-166"/>
        <source>calendar days</source>
        <translation>曆日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working days</source>
        <translation>工作天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weeks</source>
        <translation>週</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>months</source>
        <translation>個月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong holidays</source>
        <translation>香港假期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mainland China holidays and make-up days</source>
        <translation>中國內地假期及調休上班日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Macao holidays</source>
        <translation>澳門假期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>工作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone (no duration)</source>
        <translation>里程碑(沒有所需時間)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waits for a committee sitting</source>
        <translation>等候委員會會議</translation>
    </message>
    <message>
        <location filename="../../oases_desktop/gui/step_dialogs.py" line="-50"/>
        <source>after it finishes</source>
        <translation>在它完成後</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it starts</source>
        <translation>在它開始時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finishing with it</source>
        <translation>與它同時完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finishing when it starts</source>
        <translation>在它開始時完成</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <location filename="../../oases_desktop/gui/timeline/widget.py" line="-394"/>
        <source>Start %s as early as possible</source>
        <translation>盡早開始 %s</translation>
    </message>
</context>
</TS>
