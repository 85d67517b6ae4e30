<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Seller Desk</source>
            <translation>關於 Seller Desk</translation>
        </message>
        <message>
            <source>Built with</source>
            <translation>建置元件</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>資料資料夾</translation>
        </message>
        <message>
            <source>Licence texts</source>
            <translation>授權條款全文</translation>
        </message>
        <message>
            <source>Licences</source>
            <translation>授權條款</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>記錄檔</translation>
        </message>
        <message>
            <source>Open data folder</source>
            <translation>開啟資料資料夾</translation>
        </message>
        <message>
            <source>Open logs folder</source>
            <translation>開啟記錄檔資料夾</translation>
        </message>
        <message>
            <source>Seller Desk is proprietary software. It includes open-source components under their own licences: Qt and PySide6 (LGPL-3.0), FFmpeg (LGPL-2.1), peewee, openpyxl, calamine, Pillow, platformdirs, charset-normalizer, pycountry, tzdata, segno, python-barcode, Babel and psycopg2.</source>
            <translation>Seller Desk 是專有軟體。它包含依各自授權條款發布的開放原始碼元件：Qt 與 PySide6（LGPL-3.0）、FFmpeg（LGPL-2.1）、peewee、openpyxl、calamine、Pillow、platformdirs、charset-normalizer、pycountry、tzdata、segno、python-barcode、Babel 與 psycopg2。</translation>
        </message>
        <message>
            <source>The order desk for one-person cross-border sellers: every marketplace's orders in one table, packing evidence, and replies in the buyer's language.</source>
            <translation>為一人經營的跨境賣家打造的訂單工作台：所有平台的訂單彙總在一張表裡，留存打包證據，並用買家的語言回覆。</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Seller Desk is already open</source>
            <translation>Seller Desk 已經開啟</translation>
        </message>
        <message>
            <source>Seller Desk is already open on the data folder {folder} (process {pid}) and does not answer. Close that window, or end that process, then start Seller Desk again.</source>
            <translation>Seller Desk 已在資料夾 {folder} 中開啟（程序 {pid}），但沒有回應。請關閉那個視窗或結束該程序，然後重新啟動 Seller Desk。</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>Back up now…</source>
            <translation>立即備份…</translation>
        </message>
        <message>
            <source>Back up to</source>
            <translation>備份到</translation>
        </message>
        <message>
            <source>Backed up {orders} orders and {files} files to {path}.</source>
            <translation>已將 {orders} 個訂單和 {files} 個檔案備份到 {path}。</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>正在備份…</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>備份</translation>
        </message>
        <message>
            <source>Backups work on the database in the data folder only.</source>
            <translation>備份只適用於資料資料夾中的資料庫。</translation>
        </message>
        <message>
            <source>Checking the backup…</source>
            <translation>正在檢查備份…</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>還原</translation>
        </message>
        <message>
            <source>Restore from</source>
            <translation>從以下檔案還原</translation>
        </message>
        <message>
            <source>Restored {orders} orders and {files} files.</source>
            <translation>已還原 {orders} 個訂單和 {files} 個檔案。</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>還原…</translation>
        </message>
        <message>
            <source>Save every order, photo, video and message to one backup file</source>
            <translation>把所有訂單、照片、影片和訊息儲存到一個備份檔案</translation>
        </message>
        <message>
            <source>Seller Desk backup (*.zip)</source>
            <translation>Seller Desk 備份 (*.zip)</translation>
        </message>
        <message>
            <source>Something went wrong: {reason}</source>
            <translation>出錯了：{reason}</translation>
        </message>
        <message>
            <source>The backup of {date} is complete and checked: {orders} orders and {files} files.

Restore it now? The data Seller Desk holds now is moved to the backups folder, not deleted.</source>
            <translation>{date} 的備份完整且已驗證：{orders} 個訂單，{files} 個檔案。

現在還原嗎？Seller Desk 目前的資料會移到備份資料夾，不會被刪除。</translation>
        </message>
        <message>
            <source>The data that was there before is kept in {folder}.</source>
            <translation>原有資料儲存在 {folder}。</translation>
        </message>
        <message>
            <source>The file could not be written or read: {reason}</source>
            <translation>無法讀寫該檔案：{reason}</translation>
        </message>
        <message>
            <source>There is not enough free disk space ({reason}). Nothing was changed.</source>
            <translation>磁碟可用空間不足（{reason}）。未做任何變更。</translation>
        </message>
        <message>
            <source>This backup is damaged or was changed after it was made, so nothing was restored. Try another backup.</source>
            <translation>此備份已損壞或在產生後被改動過，因此沒有還原任何內容。請換一個備份。</translation>
        </message>
        <message>
            <source>This backup was made by a newer Seller Desk. Update Seller Desk, then restore it.</source>
            <translation>此備份由更新版本的 Seller Desk 產生。請先更新 Seller Desk，再還原。</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <source>&lt;b&gt;Orders&lt;/b&gt;: drop the order export of any marketplace here (Shopee, Lazada, AliExpress, Amazon, eBay, Etsy, TikTok Shop, Shopify, Mercado Libre). Every order, buyer and item, in one fast table.</source>
            <translation>&lt;b&gt;訂單&lt;/b&gt;：把任一平台匯出的訂單檔案拖到這裡（Shopee、Lazada、AliExpress、Amazon、eBay、Etsy、TikTok Shop、Shopify、Mercado Libre）。所有訂單、買家和商品，盡在一張快速的表格中。</translation>
        </message>
        <message>
            <source>&lt;b&gt;Packing&lt;/b&gt;: print checklists and pick lists, scan items at the pack station, and keep photos and videos of the packing as sealed evidence for disputes.</source>
            <translation>&lt;b&gt;打包&lt;/b&gt;：列印核對清單和揀貨單，在打包台掃描商品，並把打包照片和影片作為密封證據留存，以備糾紛。</translation>
        </message>
        <message>
            <source>&lt;b&gt;Replies&lt;/b&gt;: one-click after-sales messages in the buyer's language, with the buyer's local time in view, every message kept as evidence.</source>
            <translation>&lt;b&gt;回覆&lt;/b&gt;：一鍵產生買家語言的售後訊息，隨時看到買家當地時間，每條訊息都留作證據。</translation>
        </message>
        <message>
            <source>Import an export…</source>
            <translation>匯入匯出檔案…</translation>
        </message>
        <message>
            <source>Tip: you can also drag export files onto this window.</source>
            <translation>提示：也可以把匯出檔案直接拖到此視窗。</translation>
        </message>
        <message>
            <source>Try it with sample orders</source>
            <translation>用範例訂單試一試</translation>
        </message>
        <message>
            <source>Welcome to Seller Desk</source>
            <translation>歡迎使用 Seller Desk</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>Copy details</source>
            <translation>複製詳細資訊</translation>
        </message>
        <message>
            <source>Open logs folder</source>
            <translation>開啟記錄資料夾</translation>
        </message>
        <message>
            <source>Seller Desk ran into an unexpected problem. Your data is safe; the work you were doing may not have finished. If it happens again, send the details and the logs folder with your report.</source>
            <translation>Seller Desk 遇到了意外問題。您的資料是安全的；剛才進行的操作可能沒有完成。如果再次發生，請在報告中附上詳細資訊和記錄資料夾。</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>出了點問題</translation>
        </message>
    </context>
    <context>
        <name>Evidence</name>
        <message>
            <source>Contents</source>
            <translation>內容物</translation>
        </message>
        <message>
            <source>Inner packing</source>
            <translation>內包裝</translation>
        </message>
        <message>
            <source>Outer packing</source>
            <translation>外包裝</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>貨運標籤</translation>
        </message>
        <message>
            <source>Handover</source>
            <translation>交接</translation>
        </message>
        <message>
            <source>Return received</source>
            <translation>收到退貨</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>下單</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>付款</translation>
        </message>
        <message>
            <source>Packed</source>
            <translation>已打包</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>已出貨</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>已送達</translation>
        </message>
        <message>
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) kept but not yet attached to this order.</source>
            <translation>
                <numerusform>%n 個檔案已保留，但尚未附加到此訂單。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) or clip(s) not yet attached: kept, and tried again.</source>
            <translation>
                <numerusform>%n 張照片或段影片尚未附加：已保留，會再次嘗試。</numerusform>
            </translation>
        </message>
        <message>
            <source>100 %</source>
            <translation>100 %</translation>
        </message>
        <message>
            <source>Add a picture or files from the clipboard (Ctrl+V)</source>
            <translation>從剪貼簿新增圖片或檔案 (Ctrl+V)</translation>
        </message>
        <message>
            <source>Add evidence</source>
            <translation>新增證據</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>新增檔案…</translation>
        </message>
        <message>
            <source>Adding {count} file(s)…</source>
            <translation>正在新增 {count} 個檔案…</translation>
        </message>
        <message>
            <source>Attach now</source>
            <translation>立即附加</translation>
        </message>
        <message>
            <source>Attaching kept files…</source>
            <translation>正在附加已保留的檔案…</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>買家</translation>
        </message>
        <message>
            <source>Camera:</source>
            <translation>攝影機：</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Capture</source>
            <translation>拍攝</translation>
        </message>
        <message>
            <source>Capture evidence</source>
            <translation>拍攝證據</translation>
        </message>
        <message>
            <source>Capture…</source>
            <translation>拍攝…</translation>
        </message>
        <message>
            <source>Dispute pack</source>
            <translation>糾紛證據包</translation>
        </message>
        <message>
            <source>Dispute pack…</source>
            <translation>糾紛證據包…</translation>
        </message>
        <message>
            <source>Dispute summary: {marketplace} order {order}</source>
            <translation>糾紛摘要：{marketplace} 訂單 {order}</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>證據</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>符合視窗大小</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>商品</translation>
        </message>
        <message>
            <source>Low disk space: {free} GB free in the data folder.</source>
            <translation>磁碟空間不足：資料資料夾所在磁碟僅剩 {free} GB。</translation>
        </message>
        <message>
            <source>Made by Seller Desk on {when}. SHA-256 fingerprints of every file: manifest.json.</source>
            <translation>由 Seller Desk 於 {when} 產生。每個檔案的 SHA-256 指紋見 manifest.json。</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>訊息</translation>
        </message>
        <message>
            <source>No camera found. Connect a camera (a USB webcam or a phone used as a webcam) and reopen this window.</source>
            <translation>未找到攝影機。請連線攝影機（USB 攝影機或用作攝影機的手機），然後重新開啟此視窗。</translation>
        </message>
        <message>
            <source>No evidence yet. Drop photos, videos or PDFs here, paste a picture, or capture one.</source>
            <translation>還沒有證據。把照片、影片或 PDF 拖到這裡，貼上圖片，或直接拍攝。</translation>
        </message>
        <message>
            <source>No order chosen</source>
            <translation>未選擇訂單</translation>
        </message>
        <message>
            <source>Note for this item</source>
            <translation>此項備註</translation>
        </message>
        <message>
            <source>Nothing moved: recording stopped and kept.</source>
            <translation>畫面長時間無變化：錄製已停止並儲存。</translation>
        </message>
        <message>
            <source>One zip with the order, checklist, photos, videos, messages and a timeline</source>
            <translation>一個包含訂單、核對清單、照片、影片、訊息和時間線的 zip 檔案</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>開啟</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Pack station scan log</source>
            <translation>打包台掃描記錄</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>貼上</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>暫停</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>照片</translation>
        </message>
        <message>
            <source>Photo stage:</source>
            <translation>照片階段：</translation>
        </message>
        <message>
            <source>Photos, videos and PDFs ({patterns})</source>
            <translation>照片、影片和 PDF ({patterns})</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>播放</translation>
        </message>
        <message>
            <source>Record sound</source>
            <translation>錄製聲音</translation>
        </message>
        <message>
            <source>Recording…</source>
            <translation>正在錄製…</translation>
        </message>
        <message>
            <source>Remove evidence</source>
            <translation>移除證據</translation>
        </message>
        <message>
            <source>Remove {count} item(s) from this order? The files stay in the evidence store and can be restored with “Show removed”.</source>
            <translation>從此訂單移除 {count} 項？檔案仍保留在證據庫中，可透過「顯示已移除」還原。</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>移除…</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>還原</translation>
        </message>
        <message>
            <source>Save dispute pack</source>
            <translation>儲存糾紛證據包</translation>
        </message>
        <message>
            <source>Saved to the order.</source>
            <translation>已儲存到訂單。</translation>
        </message>
        <message>
            <source>Saving the clip…</source>
            <translation>正在儲存影片片段…</translation>
        </message>
        <message>
            <source>Select an order first.</source>
            <translation>請先選擇一個訂單。</translation>
        </message>
        <message>
            <source>Select the orders first.</source>
            <translation>請先選擇訂單。</translation>
        </message>
        <message>
            <source>Ship to</source>
            <translation>收貨地址</translation>
        </message>
        <message>
            <source>Shipping</source>
            <translation>物流</translation>
        </message>
        <message>
            <source>Shop</source>
            <translation>商店</translation>
        </message>
        <message>
            <source>Show removed</source>
            <translation>顯示已移除</translation>
        </message>
        <message>
            <source>Something went wrong: {reason}</source>
            <translation>出錯了：{reason}</translation>
        </message>
        <message>
            <source>Stage:</source>
            <translation>階段：</translation>
        </message>
        <message>
            <source>Start recording</source>
            <translation>開始錄製</translation>
        </message>
        <message>
            <source>Stop recording</source>
            <translation>停止錄製</translation>
        </message>
        <message>
            <source>Stop when still for:</source>
            <translation>畫面靜止多久後停止：</translation>
        </message>
        <message>
            <source>Take photo</source>
            <translation>拍照</translation>
        </message>
        <message>
            <source>Take photos or record a packing video for the selected order</source>
            <translation>為選取的訂單拍照或錄製打包影片</translation>
        </message>
        <message>
            <source>The clipboard holds no picture and no files.</source>
            <translation>剪貼簿中沒有圖片或檔案。</translation>
        </message>
        <message>
            <source>The dispute pack is ready:
{path}

{files} files for {orders} order(s). Upload it to the marketplace as it is.</source>
            <translation>糾紛證據包已產生：
{path}

共 {files} 個檔案，涉及 {orders} 個訂單。請原樣上傳到平台。</translation>
        </message>
        <message>
            <source>The file</source>
            <translation>檔案</translation>
        </message>
        <message>
            <source>The file could not be read or written: {reason}</source>
            <translation>無法讀寫該檔案：{reason}</translation>
        </message>
        <message>
            <source>The pasted picture could not be saved.</source>
            <translation>無法儲存貼上的圖片。</translation>
        </message>
        <message>
            <source>The photo could not be saved.</source>
            <translation>無法儲存照片。</translation>
        </message>
        <message>
            <source>The recording failed: {reason}</source>
            <translation>錄製失敗：{reason}</translation>
        </message>
        <message>
            <source>The stage given to files you add now</source>
            <translation>現在新增的檔案所屬的階段</translation>
        </message>
        <message>
            <source>This computer offers no video encoder: photos only.</source>
            <translation>此電腦沒有可用的影片編碼器：只能拍照。</translation>
        </message>
        <message>
            <source>This order already has a video. A new recording is kept as well.</source>
            <translation>此訂單已有影片。新的錄製也會一併保留。</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>時間線</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合計</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>影片</translation>
        </message>
        <message>
            <source>Video encoder:</source>
            <translation>影片編碼器：</translation>
        </message>
        <message>
            <source>Video stage:</source>
            <translation>影片階段：</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>重量</translation>
        </message>
        <message>
            <source>Writing the dispute pack…</source>
            <translation>正在產生糾紛證據包…</translation>
        </message>
        <message>
            <source>Zip files (*.zip)</source>
            <translation>Zip 檔案 (*.zip)</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>放大</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>縮小</translation>
        </message>
        <message>
            <source>and {count} more files in the evidence folder</source>
            <translation>以及證據資料夾中的另外 {count} 個檔案</translation>
        </message>
        <message>
            <source>and {count} more lines: see order.json in this pack.</source>
            <translation>另有 {count} 行：見本包中的 order.json。</translation>
        </message>
        <message>
            <source>captured</source>
            <translation>拍攝於</translation>
        </message>
        <message>
            <source>file time</source>
            <translation>檔案時間</translation>
        </message>
        <message>
            <source>filmed</source>
            <translation>錄製於</translation>
        </message>
        <message>
            <source>has GPS location (removed in dispute packs)</source>
            <translation>含 GPS 位置（糾紛證據包中會去除）</translation>
        </message>
        <message>
            <source>never</source>
            <translation>從不</translation>
        </message>
        <message>
            <source>none</source>
            <translation>無</translation>
        </message>
        <message>
            <source>not given by the marketplace export</source>
            <translation>平台導出文件未提供</translation>
        </message>
        <message>
            <source>taken</source>
            <translation>拍攝於</translation>
        </message>
        <message>
            <source>{added} added</source>
            <translation>已新增 {added} 個</translation>
        </message>
        <message>
            <source>{count} already attached</source>
            <translation>{count} 個已附加過</translation>
        </message>
        <message>
            <source>{count} item(s) removed</source>
            <translation>已移除 {count} 項</translation>
        </message>
        <message>
            <source>{count} item(s) restored</source>
            <translation>已還原 {count} 項</translation>
        </message>
        <message>
            <source>{count} more events: see the files in this pack.</source>
            <translation>另有 {count} 個事件：見本證據包中的檔案。</translation>
        </message>
        <message>
            <source>{count} more scans: see scan_log.csv in this pack.</source>
            <translation>另有 {count} 次掃描：見本包中的 scan_log.csv。</translation>
        </message>
        <message>
            <source>{name} does not exist or cannot be opened.</source>
            <translation>{name} 不存在或無法開啟。</translation>
        </message>
        <message>
            <source>{reason} The recording is kept and will be attached when it can be.</source>
            <translation>{reason} 錄影已保留，能附加時會自動附加。</translation>
        </message>
        <message>
            <source>{when} by {packer}</source>
            <translation>{when}，打包人 {packer}</translation>
        </message>
        <message>
            <source>● REC {time}</source>
            <translation>● 錄製中 {time}</translation>
        </message>
        <message>
            <source>{name} cannot be kept as evidence. Use a photo (JPEG, PNG, WebP, GIF, BMP, TIFF), a video (MP4, MOV, MKV, WebM, AVI) or a PDF.</source>
            <translation>{name} 不能作為證據儲存。請使用照片（JPEG、PNG、WebP、GIF、BMP、TIFF）、影片（MP4、MOV、MKV、WebM、AVI）或 PDF。</translation>
        </message>
        <message>
            <source>{name} is damaged or incomplete (perhaps cut off while copying). It was not stored.</source>
            <translation>{name} 已損壞或不完整（可能在複製時中斷），未儲存。</translation>
        </message>
        <message>
            <source>{name} has too many pixels to open safely. It was not stored.</source>
            <translation>{name} 畫素過多，無法安全開啟，未儲存。</translation>
        </message>
        <message>
            <source>{name} changed or disappeared while it was being copied. Nothing was stored; try again once the file is complete.</source>
            <translation>{name} 在複製過程中被改動或消失。未儲存任何內容；請在檔案完整後重試。</translation>
        </message>
        <message>
            <source>{name} is empty.</source>
            <translation>{name} 是空檔案。</translation>
        </message>
        <message>
            <source>There is not enough free disk space to store {name}.</source>
            <translation>磁碟空間不足，無法儲存 {name}。</translation>
        </message>
        <message>
            <source>The order no longer exists.</source>
            <translation>該訂單已不存在。</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <source>{name} could not be stored.</source>
            <translation>無法儲存 {name}。</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Currency</source>
            <translation>幣別</translation>
        </message>
        <message numerus="yes">
            <source>Done: %n order(s) exported to {path}.</source>
            <translation>
                <numerusform>完成：已匯出 %n 筆訂單到 {path}。</numerusform>
            </translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>匯出</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>匯出失敗</translation>
        </message>
        <message>
            <source>Export orders</source>
            <translation>匯出訂單</translation>
        </message>
        <message numerus="yes">
            <source>Exporting %n order(s)…</source>
            <translation>
                <numerusform>正在匯出 %n 筆訂單…</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>開啟</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>1. Orders: import and pack</source>
            <translation>1. 訂單：匯入與打包</translation>
        </message>
        <message>
            <source>2. Evidence: photos and video while packing</source>
            <translation>2. 證據：打包時拍照和錄影</translation>
        </message>
        <message>
            <source>3. Replies: answer buyers in their language</source>
            <translation>3. 回覆：用買家的語言回覆</translation>
        </message>
        <message>
            <source>At the pack station the camera records the packing. Photos and videos are sealed with a checksum and kept with the order.</source>
            <translation>在打包台，攝影機會記錄打包過程。照片和影片用檢查碼封存，並與訂單一起儲存。</translation>
        </message>
        <message>
            <source>Copy it into the marketplace's message window. Seller Desk remembers what was sent and reminds you to follow up.</source>
            <translation>把它複製到平台的訊息視窗。Seller Desk 會記住發過的內容，並提醒你跟進。</translation>
        </message>
        <message>
            <source>Download the order export from each marketplace (Excel or CSV) and drop it on the window, or use Import. Importing the same file again only updates orders.</source>
            <translation>從各個平台下載訂單匯出檔案（Excel 或 CSV），拖到視窗上，或使用「匯入」。重複匯入同一個檔案只會更新訂單。</translation>
        </message>
        <message>
            <source>Keeping your data safe</source>
            <translation>保護你的資料</translation>
        </message>
        <message>
            <source>Open an order and choose a reply: shipped, delayed, ask for a review, and more. The text is filled in with the order's details, in the buyer's language, with your translation beside it.</source>
            <translation>開啟訂單並選擇一種回覆：已出貨、延誤、邀請評價等。文字會自動填入訂單資訊，用買家的語言書寫，旁邊附有你的語言的譯文。</translation>
        </message>
        <message>
            <source>Print checklists for the orders to pack, then scan each item at the pack station; the order is marked packed when everything is in the box.</source>
            <translation>為待打包的訂單列印核對清單，然後在打包台逐件掃描；全部裝箱後訂單即標記為已打包。</translation>
        </message>
        <message>
            <source>Seller Desk backs itself up every day. In Settings, choose a backup folder on a USB disk or a cloud drive. On a new computer, install Seller Desk and use File &gt; Restore… to get everything back.</source>
            <translation>Seller Desk 每天自動備份。請在「設定」中把備份資料夾選在隨身碟或雲端硬碟上。換新電腦時，安裝 Seller Desk 後用「檔案 &gt; 還原…」即可找回全部資料。</translation>
        </message>
        <message>
            <source>Seller Desk guide</source>
            <translation>Seller Desk 使用指南</translation>
        </message>
        <message>
            <source>The views on the left show what to do today: To pack, Shipped, Problems. Type in the search box to find an order by number, buyer, SKU, phone or tracking number.</source>
            <translation>左側的檢視顯示今天要做的事：待打包、已出貨、問題訂單。在搜尋框中輸入訂單編號、買家、SKU、電話或追蹤編號即可找到訂單。</translation>
        </message>
        <message>
            <source>When a buyer opens a dispute, make a dispute pack: the order, its evidence and the messages in one file for the marketplace.</source>
            <translation>買家發起糾紛時，產生糾紛證據包：把訂單、證據和訊息放在一個檔案裡提交給平台。</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>About Seller Desk</source>
            <translation>關於 Seller Desk</translation>
        </message>
        <message>
            <source>Guide</source>
            <translation>使用指南</translation>
        </message>
        <message>
            <source>Open logs folder</source>
            <translation>開啟記錄檔資料夾</translation>
        </message>
        <message>
            <source>The log files to attach to a bug report</source>
            <translation>報告問題時需附上的記錄檔檔案</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>0 orders in this file</source>
            <translation>此檔案中有 0 筆訂單</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>匯入完成</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>正在匯入</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>正在匯入 {file}…</translation>
        </message>
        <message>
            <source>Not imported: the columns were not mapped.</source>
            <translation>未匯入：沒有對應欄位。</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>沒有匯入任何內容。</translation>
        </message>
        <message>
            <source>{count} rows skipped (details below)</source>
            <translation>略過了 {count} 列（詳情見下方）</translation>
        </message>
        <message>
            <source>{file} ({layout}): {created} new, {updated} updated, {unchanged} unchanged, {items} items</source>
            <translation>{file}（{layout}）：新增 {created}，更新 {updated}，未變 {unchanged}，商品 {items} 件</translation>
        </message>
        <message>
            <source>{file} row {row}: {reason}</source>
            <translation>{file} 第 {row} 列：{reason}</translation>
        </message>
        <message>
            <source>{file}: not imported. {reason}</source>
            <translation>{file}：未匯入。{reason}</translation>
        </message>
    </context>
    <context>
        <name>ImportMessages</name>
        <message>
            <source>The file does not exist or cannot be opened.</source>
            <translation>檔案不存在或無法開啟。</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>檔案是空的。</translation>
        </message>
        <message>
            <source>The file is damaged or incomplete and cannot be read. Download the export again.</source>
            <translation>檔案已損壞或不完整，無法讀取。請重新下載匯出檔案。</translation>
        </message>
        <message>
            <source>The workbook is protected by a password. Open it in your spreadsheet program, save it without a password, and import it again.</source>
            <translation>該工作簿受密碼保護。請在表格軟體中開啟，去掉密碼另存後再匯入。</translation>
        </message>
        <message>
            <source>This is not a spreadsheet or CSV order export.</source>
            <translation>這不是表格或 CSV 格式的訂單匯出檔案。</translation>
        </message>
        <message>
            <source>The columns of this file match no marketplace export and no saved column mapping.</source>
            <translation>此檔案的欄位與任何平台的匯出格式或已儲存的欄位對應都不相符。</translation>
        </message>
        <message>
            <source>The file has column names but no order rows.</source>
            <translation>檔案只有欄名，沒有訂單資料列。</translation>
        </message>
        <message>
            <source>The import was cancelled. Nothing was changed.</source>
            <translation>匯入已取消，未做任何更改。</translation>
        </message>
        <message>
            <source>The file could not be imported. Nothing was changed.</source>
            <translation>無法匯入該檔案，未做任何更改。</translation>
        </message>
    </context>
    <context>
        <name>InterruptedWork</name>
        <message>
            <source>Saving the evidence {file} was interrupted. The half-saved file was removed; record it again.</source>
            <translation>儲存證據 {file} 時被中斷。儲存了一半的檔案已刪除；請重新錄製。</translation>
        </message>
        <message>
            <source>Seller Desk was stopped</source>
            <translation>Seller Desk 曾被中斷</translation>
        </message>
        <message>
            <source>Seller Desk was stopped while it was working. Your data is safe.</source>
            <translation>Seller Desk 在工作時被中斷。你的資料是安全的。</translation>
        </message>
        <message>
            <source>The backup to {file} was interrupted. No backup file was left; back up again.</source>
            <translation>備份到 {file} 時被中斷，沒有留下備份檔案；請重新備份。</translation>
        </message>
        <message numerus="yes">
            <source>The import of {file} was interrupted after it was saved: all of it was kept (%n order(s)).</source>
            <translation>
                <numerusform>{file} 的匯入在儲存後被中斷：全部已保留（%n 筆訂單）。</numerusform>
            </translation>
        </message>
        <message>
            <source>The import of {file} was interrupted. Nothing of it was saved; import the file again.</source>
            <translation>匯入 {file} 時被中斷，該檔案的內容都未儲存；請重新匯入。</translation>
        </message>
        <message>
            <source>The restore from {file} was interrupted. Any data that was replaced is kept in the backups folder; restore again.</source>
            <translation>從 {file} 還原時被中斷。被替換的資料儲存在備份資料夾中；請重新還原。</translation>
        </message>
        <message>
            <source>Work on {file} was interrupted and was not saved.</source>
            <translation>處理 {file} 時被中斷，未儲存。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n new order(s),</source>
            <translation>
                <numerusform>新增 %n 筆訂單，</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n order(s)</source>
            <translation>
                <numerusform>%n 筆訂單</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) marked {status}. Ctrl+Z undoes.</source>
            <translation>
                <numerusform>已將 %n 筆訂單標記為{status}。Ctrl+Z 可復原。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n selected</source>
            <translation>
                <numerusform>已選 %n 筆</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated.</source>
            <translation>
                <numerusform>更新 %n 筆。</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Clear filters</source>
            <translation>清除篩選(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Export this view…</source>
            <translation>匯出目前檢視(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>尋找(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Import exports…</source>
            <translation>匯入訂單檔案(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>重新整理(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Save this search…</source>
            <translation>儲存此搜尋(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>復原(&amp;U)</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>清除篩選</translation>
        </message>
        <message>
            <source>Import marketplace order exports (you can also drop files on the window)</source>
            <translation>匯入平台訂單匯出檔案（也可以把檔案拖到視窗上）</translation>
        </message>
        <message>
            <source>Import order exports</source>
            <translation>匯入訂單匯出檔案</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n file(s):</source>
            <translation>
                <numerusform>已匯入 %n 個檔案：</numerusform>
            </translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>主工具列</translation>
        </message>
        <message>
            <source>Mark as</source>
            <translation>標記為</translation>
        </message>
        <message>
            <source>Name of this search:</source>
            <translation>此搜尋的名稱：</translation>
        </message>
        <message numerus="yes">
            <source>No match in this view; %n match(es) in all orders.</source>
            <translation>
                <numerusform>此檢視中沒有相符；全部訂單中有 %n 筆相符。</numerusform>
            </translation>
        </message>
        <message>
            <source>Order exports ({patterns});;All files (*)</source>
            <translation>訂單匯出檔案 ({patterns});;所有檔案 (*)</translation>
        </message>
        <message>
            <source>Save search</source>
            <translation>儲存搜尋</translation>
        </message>
        <message>
            <source>Seller Desk</source>
            <translation>Seller Desk</translation>
        </message>
        <message>
            <source>Show them</source>
            <translation>顯示它們</translation>
        </message>
        <message>
            <source>The filters above hide every order of this view.</source>
            <translation>上方的篩選條件隱藏了此檢視中的所有訂單。</translation>
        </message>
        <message>
            <source>Try with &amp;sample orders</source>
            <translation>用範例訂單試用(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>MappingDialog</name>
        <message>
            <source>(not in this file)</source>
            <translation>（此檔案中沒有）</translation>
        </message>
        <message>
            <source>A parent row with the money, then one row per product</source>
            <translation>先是一列含金額的主列，之後每個商品一列</translation>
        </message>
        <message>
            <source>A summary row, then one row per item</source>
            <translation>先是一列彙總，之後每件商品一列</translation>
        </message>
        <message>
            <source>Choose the column that holds the order ID.</source>
            <translation>請選擇含有訂單編號的欄。</translation>
        </message>
        <message>
            <source>Column names in row</source>
            <translation>欄位名稱所在列</translation>
        </message>
        <message>
            <source>Give the mapping a name.</source>
            <translation>請為此對應命名。</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>商品</translation>
        </message>
        <message>
            <source>Map the columns of {file}</source>
            <translation>為 {file} 對應欄位</translation>
        </message>
        <message>
            <source>Marketplace</source>
            <translation>平台</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source>One row per item line (rows with the same order ID are one order)</source>
            <translation>每個商品明細一列（訂單編號相同的列屬於同一訂單）</translation>
        </message>
        <message>
            <source>One row per order, all items in one cell</source>
            <translation>每筆訂單一列，所有商品在同一儲存格</translation>
        </message>
        <message>
            <source>One row per order, no items</source>
            <translation>每筆訂單一列，沒有商品</translation>
        </message>
        <message>
            <source>One row per unit (identical rows add up to the quantity)</source>
            <translation>每件一列（相同的列合計為數量）</translation>
        </message>
        <message>
            <source>Per line (quantity × unit price)</source>
            <translation>按整列（數量 × 單價）</translation>
        </message>
        <message>
            <source>Per unit</source>
            <translation>按單件</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>預覽</translation>
        </message>
        <message numerus="yes">
            <source>Preview: the first %n order(s) this mapping makes</source>
            <translation>
                <numerusform>預覽：依此對應產生的前 %n 筆訂單</numerusform>
            </translation>
        </message>
        <message>
            <source>Prices are</source>
            <translation>價格為</translation>
        </message>
        <message>
            <source>Rows and orders</source>
            <translation>列與訂單</translation>
        </message>
        <message>
            <source>Seller Desk does not know this layout yet. Say which column holds what; the mapping is saved and used automatically for files with the same columns.</source>
            <translation>Seller Desk 還不認識這種格式。請指明每一欄的內容；對應會被儲存，以後遇到欄位相同的檔案會自動套用。</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <source>The first rows of the file, as they are</source>
            <translation>檔案的前幾列（原樣）</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Orders</source>
            <translation>訂單(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>檢視(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>工具(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>幫助(&amp;H)</translation>
        </message>
    </context>
    <context>
        <name>OrderColumns</name>
        <message>
            <source>Marketplace</source>
            <translation>平台</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>訂單</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>下單</translation>
        </message>
        <message>
            <source>Ship by</source>
            <translation>最晚出貨</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>買家</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>國家/地區</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>商品</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合計</translation>
        </message>
        <message>
            <source>Marketplace status</source>
            <translation>平台狀態</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Tracking</source>
            <translation>追蹤編號</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>貨運業者</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>證據</translation>
        </message>
        <message>
            <source>Last message</source>
            <translation>最近訊息</translation>
        </message>
    </context>
    <context>
        <name>OrderDetail</name>
        <message>
            <source>As exported</source>
            <translation>原始匯出資料</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>買家</translation>
        </message>
        <message>
            <source>Buyer's note</source>
            <translation>買家留言</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>欄</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>已送達</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>折扣</translation>
        </message>
        <message>
            <source>Fragile: photograph contents, inner and outer packing</source>
            <translation>易碎品：請拍攝內容物、內包裝和外包裝</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>商品</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>商品</translation>
        </message>
        <message>
            <source>Items &amp;&amp; checklist</source>
            <translation>商品與核對清單</translation>
        </message>
        <message>
            <source>Money</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>下單</translation>
        </message>
        <message>
            <source>Packed</source>
            <translation>已打包</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>付款</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Select an order to see everything about it.</source>
            <translation>選擇一個訂單，檢視它的全部資訊。</translation>
        </message>
        <message>
            <source>Seller's note (only you see it)</source>
            <translation>賣家備註（僅自己可見）</translation>
        </message>
        <message>
            <source>Ship by</source>
            <translation>最晚出貨</translation>
        </message>
        <message>
            <source>Ship to</source>
            <translation>收件地址</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>已出貨</translation>
        </message>
        <message>
            <source>Shipping</source>
            <translation>物流</translation>
        </message>
        <message>
            <source>Tax</source>
            <translation>稅費</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合計</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>單價</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>{file}, row {row}</source>
            <translation>{file}，第 {row} 列</translation>
        </message>
    </context>
    <context>
        <name>OrderTable</name>
        <message>
            <source>Columns</source>
            <translation>欄</translation>
        </message>
    </context>
    <context>
        <name>PackLinesModel</name>
        <message>
            <source>In box</source>
            <translation>已裝箱</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>商品</translation>
        </message>
    </context>
    <context>
        <name>PackLog</name>
        <message>
            <source>Bench</source>
            <translation>工位</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>條碼</translation>
        </message>
        <message>
            <source>Nothing scanned at the pack station for this order yet.</source>
            <translation>此訂單尚未在打包台掃描。</translation>
        </message>
        <message>
            <source>Packer</source>
            <translation>打包人</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>經過</translation>
        </message>
    </context>
    <context>
        <name>PackStation</name>
        <message>
            <source>Pack station</source>
            <translation>打包台</translation>
        </message>
        <message>
            <source>Scan an order barcode or tracking number</source>
            <translation>請掃描訂單條碼或貨運單號</translation>
        </message>
        <message>
            <source>Scan here (order, tracking or item barcode)</source>
            <translation>在此掃描（訂單、貨運單或商品條碼）</translation>
        </message>
        <message>
            <source>Packer</source>
            <translation>打包人</translation>
        </message>
        <message>
            <source>ALREADY PACKED</source>
            <translation>已打包</translation>
        </message>
        <message>
            <source>ALREADY SHIPPED</source>
            <translation>已發貨</translation>
        </message>
        <message>
            <source>CANCELLED</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>CLOSED</source>
            <translation>已關閉</translation>
        </message>
        <message>
            <source>DELETED</source>
            <translation>已刪除</translation>
        </message>
        <message>
            <source>DELIVERED</source>
            <translation>已簽收</translation>
        </message>
        <message>
            <source>DO NOT PACK — order {order} is {status}</source>
            <translation>請勿打包 — 訂單 {order} {status}</translation>
        </message>
        <message>
            <source>FRAGILE</source>
            <translation>易碎</translation>
        </message>
        <message>
            <source>HIGH VALUE</source>
            <translation>高價值</translation>
        </message>
        <message>
            <source>Label scanned: order {order} is sealed</source>
            <translation>已掃描面單：訂單 {order} 已封箱</translation>
        </message>
        <message>
            <source>Mark Packed when every item is scanned</source>
            <translation>全部商品掃描後自動標記為已打包</translation>
        </message>
        <message>
            <source>Marketplace status: {status}</source>
            <translation>平台狀態：{status}</translation>
        </message>
        <message>
            <source>NOT LISTENING — scans go to another window. Click here or press F9 to scan.</source>
            <translation>未在接收掃描 — 掃描會進入其他窗口。點擊這裡或按 F9 繼續掃描。</translation>
        </message>
        <message>
            <source>NOT RECORDING</source>
            <translation>未在錄影</translation>
        </message>
        <message>
            <source>Order {order} is half packed ({packed} of {units}). Scan {other} again to switch to it (order {order} is kept as interrupted), or go on scanning its items.</source>
            <translation>訂單 {order} 只打包了一部分（{packed}/{units}）。再次掃描 {other} 即切換過去（訂單 {order} 保留為中斷），或繼續掃描它的商品。</translation>
        </message>
        <message>
            <source>Order {order} is kept as interrupted</source>
            <translation>訂單 {order} 已保留為中斷</translation>
        </message>
        <message>
            <source>Order {order} is packed: seal the box and scan its label, or scan the next order</source>
            <translation>訂單 {order} 已打包：封箱後掃描面單，或掃描下一個訂單</translation>
        </message>
        <message>
            <source>Order {order} packed at {time}: seal the box, then scan its label</source>
            <translation>訂單 {order} 於 {time} 打包：請封箱，然後掃描面單</translation>
        </message>
        <message>
            <source>Order {order} resumed: {packed} of {units} already in the box</source>
            <translation>繼續訂單 {order}：已裝箱 {packed}/{units}</translation>
        </message>
        <message>
            <source>Packed on {when} by {packer}</source>
            <translation>{when} 由 {packer} 打包</translation>
        </message>
        <message>
            <source>Photo (F5)</source>
            <translation>拍照 (F5)</translation>
        </message>
        <message>
            <source>REFUNDED</source>
            <translation>已退款</translation>
        </message>
        <message>
            <source>RETURNED</source>
            <translation>已退貨</translation>
        </message>
        <message>
            <source>Ship to: {address}</source>
            <translation>收貨地址：{address}</translation>
        </message>
        <message>
            <source>Stop recording (F8)</source>
            <translation>停止錄影 (F8)</translation>
        </message>
        <message>
            <source>This is the order's label, but {missing} items are still missing</source>
            <translation>這是該訂單的面單，但還缺 {missing} 件商品</translation>
        </message>
        <message>
            <source>Tick line (F2)</source>
            <translation>勾選此行 (F2)</translation>
        </message>
        <message>
            <source>● REC</source>
            <translation>● 錄影中</translation>
        </message>
        <message>
            <source>Link last refused barcode to line (F3)</source>
            <translation>把剛才被拒的條碼關聯到此行 (F3)</translation>
        </message>
        <message>
            <source>Complete (F12)</source>
            <translation>完成 (F12)</translation>
        </message>
        <message>
            <source>Close order (Esc)</source>
            <translation>關閉訂單 (Esc)</translation>
        </message>
        <message>
            <source>Packer:</source>
            <translation>打包人：</translation>
        </message>
        <message>
            <source>No order has the id or tracking number {code}</source>
            <translation>沒有訂單號或貨運單號為 {code} 的訂單</translation>
        </message>
        <message>
            <source>{sku}: {packed} of {quantity} in the box</source>
            <translation>{sku}：已裝 {packed}/{quantity}</translation>
        </message>
        <message>
            <source>Every item is in the box: press F12 to mark it Packed</source>
            <translation>商品已全部裝箱：按 F12 標記為已打包</translation>
        </message>
        <message>
            <source>Extra item: every {code} of this order is already in the box</source>
            <translation>多餘商品：本訂單的 {code} 已全部裝箱</translation>
        </message>
        <message>
            <source>WARNING: high-value order packed without a packing video</source>
            <translation>警告：高價值訂單打包時沒有錄影</translation>
        </message>
        <message>
            <source>Wrong item: {code} is not in this order</source>
            <translation>商品錯誤：{code} 不在本訂單中</translation>
        </message>
        <message>
            <source>Photograph contents, inner and outer packing</source>
            <translation>請拍攝商品、內包裝和外包裝</translation>
        </message>
        <message>
            <source>Buyer's note: {note}</source>
            <translation>買家留言：{note}</translation>
        </message>
        <message>
            <source>Seller's note: {note}</source>
            <translation>賣家備註：{note}</translation>
        </message>
        <message>
            <source>Order {order}: scan the {units} items</source>
            <translation>訂單 {order}：請掃描 {units} 件商品</translation>
        </message>
        <message>
            <source>This line has no SKU to link a barcode to</source>
            <translation>此行沒有 SKU，無法關聯條碼</translation>
        </message>
        <message>
            <source>Not complete: {missing} items still missing</source>
            <translation>未完成：還缺 {missing} 件商品</translation>
        </message>
        <message>
            <source>next: {order}</source>
            <translation>下一個：{order}</translation>
        </message>
    </context>
    <context>
        <name>PrintDialog</name>
        <message>
            <source>Print</source>
            <translation>列印</translation>
        </message>
        <message>
            <source>Selected orders ({count})</source>
            <translation>選中的訂單（{count}）</translation>
        </message>
        <message>
            <source>Every order in the view</source>
            <translation>目前檢視中的全部訂單</translation>
        </message>
        <message>
            <source>Packing checklists</source>
            <translation>打包核對單</translation>
        </message>
        <message>
            <source>Pick list</source>
            <translation>揀貨單</translation>
        </message>
        <message>
            <source>Packing lists for the buyer</source>
            <translation>給買家的裝箱清單</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>4×6 in label (100×150 mm)</source>
            <translation>4×6 英吋標籤（100×150 公釐）</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>標題</translation>
        </message>
        <message>
            <source>Shelf location</source>
            <translation>貨架位置</translation>
        </message>
        <message>
            <source>Orders:</source>
            <translation>訂單：</translation>
        </message>
        <message>
            <source>Print:</source>
            <translation>列印：</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>紙張：</translation>
        </message>
        <message>
            <source>Per sheet:</source>
            <translation>每頁張數：</translation>
        </message>
        <message>
            <source>Sort pick list by:</source>
            <translation>揀貨單排序：</translation>
        </message>
        <message>
            <source>Preview…</source>
            <translation>預覽…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>列印…</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>儲存 PDF…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <source>No orders to print: select orders or choose a view that has some.</source>
            <translation>沒有可列印的訂單：請選擇訂單，或切換到有訂單的檢視。</translation>
        </message>
        <message>
            <source>Sent {pages} pages to the printer.</source>
            <translation>已發送 {pages} 頁到列印機。</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>儲存 PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved {pages} pages to {path}.</source>
            <translation>已儲存 {pages} 頁到 {path}。</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>正在處理…</translation>
        </message>
        <message>
            <source>Painting order {order}…</source>
            <translation>正在生成訂單 {order}…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written.</source>
            <translation>已取消：沒有寫入任何檔案。</translation>
        </message>
        <message>
            <source>No orders to print.</source>
            <translation>沒有可列印的訂單。</translation>
        </message>
        <message>
            <source>Could not print: {error}</source>
            <translation>無法列印：{error}</translation>
        </message>
    </context>
    <context>
        <name>PrintedChecklist</name>
        <message>
            <source>Buyer: {buyer}</source>
            <translation>買家：{buyer}</translation>
        </message>
        <message>
            <source>Ship with: {shipping}</source>
            <translation>物流：{shipping}</translation>
        </message>
        <message>
            <source>FRAGILE</source>
            <translation>易碎品</translation>
        </message>
        <message>
            <source>HIGH VALUE</source>
            <translation>高價值</translation>
        </message>
        <message>
            <source>Ship to: {address}</source>
            <translation>收貨地址：{address}</translation>
        </message>
        <message>
            <source>{reasons}: photograph contents, inner and outer packing</source>
            <translation>{reasons}：請拍攝商品、內包裝和外包裝</translation>
        </message>
        <message>
            <source>Buyer's note: {note}</source>
            <translation>買家留言：{note}</translation>
        </message>
        <message>
            <source>Seller's note: {note}</source>
            <translation>賣家備註：{note}</translation>
        </message>
        <message>
            <source>{source} — part {part} of {parts}</source>
            <translation>{source} — 第 {part}/{parts} 張</translation>
        </message>
        <message>
            <source>Ship by {date}</source>
            <translation>最晚出貨 {date}</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>商品</translation>
        </message>
        <message>
            <source>Units: {units} · Lines: {lines}</source>
            <translation>件數：{units} · 行數：{lines}</translation>
        </message>
        <message>
            <source>Packed by ____________</source>
            <translation>打包人 ____________</translation>
        </message>
        <message>
            <source>Time ______________</source>
            <translation>時間 ______________</translation>
        </message>
    </context>
    <context>
        <name>PrintedPickList</name>
        <message>
            <source>Page {number} of {count}</source>
            <translation>第 {number}/{count} 頁</translation>
        </message>
        <message>
            <source>Pick list</source>
            <translation>揀貨單</translation>
        </message>
        <message>
            <source>continues on the next page →</source>
            <translation>接下頁 →</translation>
        </message>
        <message>
            <source>{orders} orders · {units} items · {lines} lines · printed {when}</source>
            <translation>{orders} 個訂單 · {units} 件 · {lines} 行 · 列印於 {when}</translation>
        </message>
        <message>
            <source>SKU / location</source>
            <translation>SKU / 位置</translation>
        </message>
        <message>
            <source>(continued)</source>
            <translation>（續）</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>商品</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>訂單</translation>
        </message>
        <message>
            <source>Total units: {units}</source>
            <translation>合計件數：{units}</translation>
        </message>
    </context>
    <context>
        <name>PrintingFeature</name>
        <message>
            <source>Print checklists…</source>
            <translation>列印核對單…</translation>
        </message>
        <message>
            <source>Print pick list…</source>
            <translation>列印揀貨單…</translation>
        </message>
        <message>
            <source>Packing lists…</source>
            <translation>裝箱清單…</translation>
        </message>
        <message>
            <source>Pack log</source>
            <translation>打包記錄</translation>
        </message>
        <message>
            <source>Pack station</source>
            <translation>打包台</translation>
        </message>
        <message>
            <source>Shelf locations…</source>
            <translation>貨架位置…</translation>
        </message>
    </context>
    <context>
        <name>Replies</name>
        <message>
            <source>a good time to write</source>
            <translation>現在發訊息正合適</translation>
        </message>
        <message>
            <source>early morning there: the buyer may not be up yet</source>
            <translation>當地是清晨：買家可能還沒起床</translation>
        </message>
        <message>
            <source>late evening there: the answer may come tomorrow</source>
            <translation>當地是深夜前：回覆可能要明天</translation>
        </message>
        <message>
            <source>night there: the buyer will read it in the morning</source>
            <translation>當地是夜裡：買家早上才會看到</translation>
        </message>
        <message>
            <source>Case follow-up due</source>
            <translation>售後案例需要跟進</translation>
        </message>
        <message>
            <source>Just paid: confirm the address</source>
            <translation>剛付款：確認收件地址</translation>
        </message>
        <message>
            <source>Shipped: send the tracking number</source>
            <translation>已出貨：傳送追蹤編號</translation>
        </message>
        <message>
            <source>In transit, no news for days</source>
            <translation>運輸中，多日無更新</translation>
        </message>
        <message>
            <source>Delivered: ask for feedback</source>
            <translation>已送達：邀請評價</translation>
        </message>
        <message>
            <source>A case is open on this order: a cheerful message now reads as not listening.</source>
            <translation>該訂單有未結糾紛：此時發輕鬆愉快的訊息會顯得沒在聽買家說話。</translation>
        </message>
        <message>
            <source>Buyer wrote, not answered yet</source>
            <translation>買家來信，尚未回覆</translation>
        </message>
        <message>
            <source>Copy it anyway?</source>
            <translation>仍然覆制嗎？</translation>
        </message>
        <message>
            <source>Delayed: past the expected delivery</source>
            <translation>延誤：已超過預計送達</translation>
        </message>
        <message>
            <source>Expected within days: send an update</source>
            <translation>即将送達：發送進度更新</translation>
        </message>
        <message>
            <source>How do you sign replies for {shop}? Asked once; change it in Settings › Shops.</source>
            <translation>{shop} 的回覆用什麼署名？只問一次；可在“設定 › 商店”中修改。</translation>
        </message>
        <message>
            <source>How was the case resolved?</source>
            <translation>這個糾紛是怎麼解決的？</translation>
        </message>
        <message>
            <source>In your language ({language}) — without your last edits to the buyer's text</source>
            <translation>您的語言（{language}）— 不含您對買家訊息的最新修改</translation>
        </message>
        <message>
            <source>Not decided yet</source>
            <translation>尚未決定</translation>
        </message>
        <message>
            <source>Not received: long past the expected delivery</source>
            <translation>未收到：已遠超預計送達</translation>
        </message>
        <message>
            <source>Please confirm</source>
            <translation>請確認</translation>
        </message>
        <message>
            <source>Preparing today's plan…</source>
            <translation>正在準備今天的計劃…</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Resend</source>
            <translation>補發</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>退貨</translation>
        </message>
        <message>
            <source>Partial refund</source>
            <translation>部分退款</translation>
        </message>
        <message>
            <source>You</source>
            <translation>你</translation>
        </message>
        <message>
            <source>Fill in {names} before copying: a buyer must never see a raw placeholder.</source>
            <translation>複製前請填寫 {names}：絕不能讓買家看到未替換的預留位置。</translation>
        </message>
        <message>
            <source>This order no longer exists. It may have been deleted.</source>
            <translation>該訂單已不存在，可能已被刪除。</translation>
        </message>
        <message>
            <source>This file cannot be imported: {detail}. Nothing was changed.</source>
            <translation>無法匯入此檔案：{detail}。未做任何更改。</translation>
        </message>
        <message>
            <source>This cannot be done: {detail}</source>
            <translation>無法執行：{detail}</translation>
        </message>
        <message>
            <source>The file cannot be read or written: {detail}</source>
            <translation>無法讀寫該檔案：{detail}</translation>
        </message>
        <message>
            <source>Something went wrong: {detail}</source>
            <translation>出錯了：{detail}</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>訂單</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>買家</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>國家/地區</translation>
        </message>
        <message>
            <source>Buyer's time</source>
            <translation>買家當地時間</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Suggested message</source>
            <translation>建議訊息</translation>
        </message>
        <message>
            <source>No order selected</source>
            <translation>未選擇訂單</translation>
        </message>
        <message>
            <source>&lt;b&gt;{buyer}&lt;/b&gt; · order {order} · {place}</source>
            <translation>&lt;b&gt;{buyer}&lt;/b&gt; · 訂單 {order} · {place}</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>（無姓名）</translation>
        </message>
        <message>
            <source>country unknown</source>
            <translation>國家未知</translation>
        </message>
        <message>
            <source>Buyer's local time unknown</source>
            <translation>買家當地時間未知</translation>
        </message>
        <message>
            <source> (region unknown, guessed)</source>
            <translation>（地區未知，為推測值）</translation>
        </message>
        <message>
            <source>today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>waiting since today</source>
            <translation>今天來信</translation>
        </message>
        <message>
            <source>your shop</source>
            <translation>您的商店</translation>
        </message>
        <message>
            <source>{time} in {place}{guess} — {hint}</source>
            <translation>{place}{guess} 當地時間 {time} — {hint}</translation>
        </message>
        <message>
            <source>Write this step</source>
            <translation>撰寫此步驟的訊息</translation>
        </message>
        <message>
            <source>Logging the message completes this step; next follow-up</source>
            <translation>記錄訊息即完成此步驟；下次跟進</translation>
        </message>
        <message>
            <source>Case: {kind} — step {n} of 7: {step}</source>
            <translation>售後案例：{kind} — 第 {n}/7 步：{step}</translation>
        </message>
        <message>
            <source>Open a case</source>
            <translation>建立售後案例</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>步驟</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>截止</translation>
        </message>
        <message>
            <source>Write this step in Replies</source>
            <translation>在「回覆」中撰寫此步驟</translation>
        </message>
        <message>
            <source>Mark step done</source>
            <translation>標記此步驟完成</translation>
        </message>
        <message>
            <source>Set follow-up date</source>
            <translation>設定跟進日期</translation>
        </message>
        <message>
            <source>Amount refunded, e.g. 8.00</source>
            <translation>退款金額，例如 8.00</translation>
        </message>
        <message>
            <source>Save resolution</source>
            <translation>儲存處理結果</translation>
        </message>
        <message>
            <source>Close case</source>
            <translation>關閉案例</translation>
        </message>
        <message>
            <source>Reopen case</source>
            <translation>重新開啟案例</translation>
        </message>
        <message>
            <source>New case:</source>
            <translation>新案例：</translation>
        </message>
        <message>
            <source>Next follow-up:</source>
            <translation>下次跟進：</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>處理結果</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Should have arrived: ask the buyer</source>
            <translation>應已送達：先問買家</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>顯示全部</translation>
        </message>
        <message>
            <source>Sign like this</source>
            <translation>就這樣署名</translation>
        </message>
        <message>
            <source>The case stays open until you say how it was resolved.</source>
            <translation>說明解決方式之前，糾紛保持未結。</translation>
        </message>
        <message>
            <source>This message closes the case: choose how it was resolved first.</source>
            <translation>這條訊息會結束糾紛：請先選擇解決方式。</translation>
        </message>
        <message>
            <source>This message is about a parcel on its way, but it has been delivered.</source>
            <translation>這條訊息講的是運輸中的包裹，但包裹已送達。</translation>
        </message>
        <message>
            <source>This message is about a parcel on its way, but the order has not shipped yet.</source>
            <translation>這條訊息講的是運輸中的包裹，但訂單還沒發貨。</translation>
        </message>
        <message>
            <source>This message says the order has not shipped yet, but it has.</source>
            <translation>這條訊息說訂單還沒發貨，但其實已經發貨。</translation>
        </message>
        <message>
            <source>This message says the parcel cleared customs: send it only if the tracking shows that.</source>
            <translation>這條訊息說包裹已清關：只有物流資訊顯示如此時才發送。</translation>
        </message>
        <message>
            <source>This message says the parcel was delivered, but nothing says so yet.</source>
            <translation>這條訊息說包裹已送達，但目前沒有任何記錄顯示已送達。</translation>
        </message>
        <message>
            <source>Today's plan could not be read: {detail}</source>
            <translation>無法讀取今天的計劃：{detail}</translation>
        </message>
        <message>
            <source>Which items are out of stock?</source>
            <translation>哪些商品缺貨？</translation>
        </message>
        <message>
            <source>due today</source>
            <translation>今天到期</translation>
        </message>
        <message>
            <source>e.g. Lin, Vase Studio</source>
            <translation>例如：小林 · 花瓶工作室</translation>
        </message>
        <message>
            <source>expected today</source>
            <translation>預計今天送達</translation>
        </message>
        <message>
            <source>open</source>
            <translation>進行中</translation>
        </message>
        <message numerus="yes">
            <source> — %n more under “Show all”</source>
            <translation>
                <numerusform> — 另有 %n 條，點“顯示全部”</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n 天前</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) past expected delivery</source>
            <translation>
                <numerusform>超過預計送達 %n 天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Messages to send today: %n</source>
            <translation>
                <numerusform>今天要發的訊息：%n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The parcel is %n day(s) past its expected delivery: it is not on schedule.</source>
            <translation>
                <numerusform>包裹已超過預計送達 %n 天：並非按時。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The ship-by date passed %n day(s) ago: give the buyer a new date.</source>
            <translation>
                <numerusform>發貨截止日已過 %n 天：請給買家一個新日期。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>expected in %n day(s)</source>
            <translation>
                <numerusform>預計 %n 天後送達</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>no news for %n day(s)</source>
            <translation>
                <numerusform>%n 天沒有訊息</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>overdue %n day(s)</source>
            <translation>
                <numerusform>已逾期 %n 天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>waiting %n day(s)</source>
            <translation>
                <numerusform>已等 %n 天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{reason}: %n order(s)</source>
            <translation>
                <numerusform>{reason}：%n 個訂單</numerusform>
            </translation>
        </message>
        <message>
            <source>closed</source>
            <translation>已關閉</translation>
        </message>
        <message>
            <source>No case on this order. Open one when a buyer reports a problem.</source>
            <translation>此訂單沒有售後案例。買家反映問題時再建立。</translation>
        </message>
        <message>
            <source>Next: step {n} of 7</source>
            <translation>下一步：第 {n}/7 步</translation>
        </message>
        <message>
            <source>Closed. Resolution: {outcome}</source>
            <translation>已關閉。處理結果：{outcome}</translation>
        </message>
        <message>
            <source>Case opened. Step 1: acknowledge the buyer's message today.</source>
            <translation>案例已建立。第 1 步：今天內回覆買家，表示已收到。</translation>
        </message>
        <message>
            <source>Step done.</source>
            <translation>步驟已完成。</translation>
        </message>
        <message>
            <source>All seven steps done; the case is closed.</source>
            <translation>七個步驟均已完成；案例已關閉。</translation>
        </message>
        <message>
            <source>Follow-up date set; the order shows in Today on that day.</source>
            <translation>已設定跟進日期；當天該訂單會出現在「今天」中。</translation>
        </message>
        <message>
            <source>The amount is not a number. Nothing was saved.</source>
            <translation>金額不是數字，未儲存。</translation>
        </message>
        <message>
            <source>Resolution saved.</source>
            <translation>處理結果已儲存。</translation>
        </message>
        <message>
            <source>Case closed.</source>
            <translation>案例已關閉。</translation>
        </message>
        <message>
            <source>Case reopened.</source>
            <translation>案例已重新開啟。</translation>
        </message>
        <message>
            <source>Warm</source>
            <translation>親切</translation>
        </message>
        <message>
            <source>Short</source>
            <translation>簡短</translation>
        </message>
        <message>
            <source>Send as short messages</source>
            <translation>拆成短訊息傳送</translation>
        </message>
        <message>
            <source>Paste the buyer's message here to keep both sides in the log</source>
            <translation>把買家的訊息貼上到這裡，雙方對話都會記入記錄</translation>
        </message>
        <message>
            <source>Log buyer's message</source>
            <translation>記錄買家訊息</translation>
        </message>
        <message>
            <source>Delete selected message</source>
            <translation>刪除選取的訊息</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>語言</translation>
        </message>
        <message>
            <source>Message to the buyer (editable)</source>
            <translation>發給買家的訊息（可編輯）</translation>
        </message>
        <message>
            <source>Choose a scenario</source>
            <translation>選擇場景</translation>
        </message>
        <message>
            <source>The same in your language ({language})</source>
            <translation>你的語言的對照（{language}）</translation>
        </message>
        <message>
            <source>Copy part {n} of {total} &amp;&amp; log</source>
            <translation>複製第 {n}/{total} 段並記錄</translation>
        </message>
        <message>
            <source>Copy &amp;&amp; log</source>
            <translation>複製並記錄</translation>
        </message>
        <message>
            <source>Fill in before copying: {names}</source>
            <translation>複製前請填寫：{names}</translation>
        </message>
        <message>
            <source>Copied and logged. Paste it in the marketplace chat.</source>
            <translation>已複製並記錄。請貼上到平台聊天視窗。</translation>
        </message>
        <message>
            <source>Part {n} copied and logged; paste it, then copy the next.</source>
            <translation>第 {n} 段已複製並記錄；貼上後再複製下一段。</translation>
        </message>
        <message>
            <source>Delete this message from the log? It is evidence for disputes.</source>
            <translation>從記錄中刪除這條訊息？它是糾紛證據。</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>回覆</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>售後案例</translation>
        </message>
        <message>
            <source>My reply templates…</source>
            <translation>我的回覆範本…</translation>
        </message>
        <message>
            <source>choose a date</source>
            <translation>選擇日期</translation>
        </message>
        <message>
            <source>Choose, or type your own words in the buyer's language</source>
            <translation>選擇，或用買家的語言輸入你自己的話</translation>
        </message>
        <message>
            <source>Amount, e.g. 5.50</source>
            <translation>金額，例如 5.50</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>誰</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>訊息</translation>
        </message>
        <message>
            <source>Search scenarios, or type /shortcut</source>
            <translation>搜尋場景，或輸入 /快捷詞</translation>
        </message>
        <message>
            <source>My templates</source>
            <translation>我的範本</translation>
        </message>
        <message>
            <source>Reply templates (*.json)</source>
            <translation>回覆範本 (*.json)</translation>
        </message>
        <message>
            <source>Export templates</source>
            <translation>匯出範本</translation>
        </message>
        <message>
            <source>Import templates</source>
            <translation>匯入範本</translation>
        </message>
        <message>
            <source>Reply templates</source>
            <translation>回覆範本</translation>
        </message>
        <message>
            <source>My reply templates</source>
            <translation>我的回覆範本</translation>
        </message>
        <message>
            <source>Placeholders: {names}, and {{column:Header}} for any column of the export.</source>
            <translation>預留位置：{names}，以及代表匯出檔案任一欄的 {{column:Header}}。</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>複製一份</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>刪除</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>儲存</translation>
        </message>
        <message>
            <source>Reset to built-in</source>
            <translation>還原為內建內容</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>匯入…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>匯出…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>標題</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>快捷詞</translation>
        </message>
        <message>
            <source>New template</source>
            <translation>新範本</translation>
        </message>
        <message>
            <source>Template added. Write it in each language you need, then Save.</source>
            <translation>已新增範本。請用需要的每種語言撰寫，然後儲存。</translation>
        </message>
        <message>
            <source>Copied into your own templates.</source>
            <translation>已複製到你的範本中。</translation>
        </message>
        <message>
            <source>Delete the template “{title}”?</source>
            <translation>刪除範本「{title}」？</translation>
        </message>
        <message>
            <source>Template deleted.</source>
            <translation>範本已刪除。</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已儲存。</translation>
        </message>
        <message>
            <source>Go back to the built-in wording of “{title}”?</source>
            <translation>將「{title}」還原為內建措辭？</translation>
        </message>
        <message>
            <source>Back to the built-in wording.</source>
            <translation>已還原為內建措辭。</translation>
        </message>
        <message>
            <source>{n} templates exported to {file}.</source>
            <translation>已將 {n} 個範本匯出到 {file}。</translation>
        </message>
        <message>
            <source>{n} templates imported from {file}.</source>
            <translation>已從 {file} 匯入 {n} 個範本。</translation>
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message>
            <source>All countries</source>
            <translation>所有國家/地區</translation>
        </message>
        <message>
            <source>All marketplaces</source>
            <translation>所有平台</translation>
        </message>
        <message>
            <source>Any date</source>
            <translation>任意日期</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>任意狀態</translation>
        </message>
        <message>
            <source>Custom range…</source>
            <translation>自訂範圍…</translation>
        </message>
        <message>
            <source>Has evidence</source>
            <translation>有證據</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>最近 30 天</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>最近 7 天</translation>
        </message>
        <message>
            <source>Only in this view</source>
            <translation>僅在此檢視中</translation>
        </message>
        <message>
            <source>Open case</source>
            <translation>未結案例</translation>
        </message>
        <message>
            <source>Search only the orders of the selected view</source>
            <translation>只搜尋所選檢視中的訂單</translation>
        </message>
        <message>
            <source>Search order, buyer, SKU, title, tracking, phone, city, note…  (Ctrl+F)</source>
            <translation>搜尋訂單、買家、SKU、標題、追蹤號碼、電話、城市、備註…  (Ctrl+F)</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>今年</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <source>4×6 in label</source>
            <translation>4×6 英寸標籤</translation>
        </message>
        <message>
            <source>A new language or data folder is used from the next start.</source>
            <translation>新的語言或資料資料夾將在下次啟動時生效。</translation>
        </message>
        <message>
            <source>Answer an open case within</source>
            <translation>未結案例的回覆期限</translation>
        </message>
        <message>
            <source>Ask for a packing video on high-value orders</source>
            <translation>高價值訂單要求錄製打包影片</translation>
        </message>
        <message>
            <source>Ask for a review after delivery</source>
            <translation>送達後多久邀請評價</translation>
        </message>
        <message>
            <source>Ask when printing</source>
            <translation>列印時詢問</translation>
        </message>
        <message>
            <source>Automatic backups to keep</source>
            <translation>保留的自動備份數</translation>
        </message>
        <message>
            <source>Back up automatically every day</source>
            <translation>每天自動備份</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>備份</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>備份資料夾</translation>
        </message>
        <message>
            <source>Bench name in the scan log</source>
            <translation>掃描記錄中的工位名稱</translation>
        </message>
        <message>
            <source>Camera</source>
            <translation>攝影機</translation>
        </message>
        <message>
            <source>Checklists per page</source>
            <translation>每頁核對清單數</translation>
        </message>
        <message>
            <source>Choose a folder</source>
            <translation>選擇資料夾</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>選擇…</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>資料資料夾</translation>
        </message>
        <message>
            <source>Domestic parcels arrive within</source>
            <translation>國內包裹送達天數</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Enter and Tab</source>
            <translation>Enter 加 Tab</translation>
        </message>
        <message>
            <source>Enter or Tab (detect)</source>
            <translation>Enter 或 Tab（自動識別）</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>跟進</translation>
        </message>
        <message>
            <source>Fragile when the item mentions</source>
            <translation>商品含以下詞語時視為易碎</translation>
        </message>
        <message>
            <source>General</source>
            <translation>一般</translation>
        </message>
        <message>
            <source>High-value orders above</source>
            <translation>高價值訂單金額高於</translation>
        </message>
        <message>
            <source>Keep automatic backups in a folder that survives this computer: a USB disk or a folder your cloud drive synchronises.</source>
            <translation>請把自動備份放在電腦壞了也不會遺失的地方：隨身碟或雲端硬碟同步的資料夾。</translation>
        </message>
        <message>
            <source>Label printer</source>
            <translation>標籤印表機</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>語言</translation>
        </message>
        <message>
            <source>Message shipped orders with no news after</source>
            <translation>已出貨訂單無更新多久後發訊息</translation>
        </message>
        <message>
            <source>Not received when late by</source>
            <translation>超過預計送達多少天算未收到</translation>
        </message>
        <message>
            <source>Not set: every parcel counts as cross-border</source>
            <translation>未設定：所有包裹都按跨境計算</translation>
        </message>
        <message>
            <source>Packer name</source>
            <translation>打包員姓名</translation>
        </message>
        <message>
            <source>Packing</source>
            <translation>打包</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>紙張大小</translation>
        </message>
        <message>
            <source>Parcels abroad arrive within</source>
            <translation>跨境包裹送達天數</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>列印</translation>
        </message>
        <message>
            <source>Reply signature</source>
            <translation>回覆署名</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>與界面語言相同</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>與系統相同</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>Shops</source>
            <translation>商店</translation>
        </message>
        <message>
            <source>Sounds on every scan (distinct for mistakes)</source>
            <translation>每次掃描發聲（出錯時聲音不同）</translation>
        </message>
        <message>
            <source>Stop recording when idle for</source>
            <translation>畫面靜止多久後停止錄製</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <source>The data folder's backups folder</source>
            <translation>資料資料夾中的 backups 資料夾</translation>
        </message>
        <message>
            <source>The scanner ends each scan with</source>
            <translation>掃描槍每次掃描結尾發送</translation>
        </message>
        <message>
            <source>Used where a shop has no signature of its own (Shops tab)</source>
            <translation>商店沒有自己的署名時使用（見“商店”頁）</translation>
        </message>
        <message>
            <source>You ship from</source>
            <translation>出貨國家</translation>
        </message>
        <message>
            <source>Your language beside replies</source>
            <translation>回覆旁顯示的您的語言</translation>
        </message>
        <message>
            <source>this computer's name</source>
            <translation>本機名稱</translation>
        </message>
        <message>
            <source>The system's default camera</source>
            <translation>系統預設攝影機</translation>
        </message>
        <message>
            <source>Two shops have the same marketplace and name: {shop}</source>
            <translation>有兩個商店的平台和名稱相同：{shop}</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>你的姓名</translation>
        </message>
        <message>
            <source>glass, ceramic, …</source>
            <translation>玻璃, 陶瓷, …</translation>
        </message>
    </context>
    <context>
        <name>SettingsMenu</name>
        <message>
            <source>Settings…</source>
            <translation>設定…</translation>
        </message>
    </context>
    <context>
        <name>ShelfLocations</name>
        <message>
            <source>Find a SKU or item</source>
            <translation>查找 SKU 或商品</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>商品</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Shelf location</source>
            <translation>貨架位置</translation>
        </message>
        <message>
            <source>Shelf locations</source>
            <translation>貨架位置</translation>
        </message>
        <message>
            <source>Type where each SKU sits (e.g. A-03-2). A pick list sorted by location walks the shelves in this order.</source>
            <translation>填寫每個 SKU 的存放位置（如 A-03-2）。按位置排序的揀貨單會按此顺序走貨架。</translation>
        </message>
    </context>
    <context>
        <name>ShopsTab</name>
        <message>
            <source>Add shop</source>
            <translation>新增商店</translation>
        </message>
        <message>
            <source>Default reply language</source>
            <translation>預設回覆語言</translation>
        </message>
        <message>
            <source>Marketplace</source>
            <translation>平台</translation>
        </message>
        <message>
            <source>New shop</source>
            <translation>新商店</translation>
        </message>
        <message>
            <source>Remove shop</source>
            <translation>刪除商店</translation>
        </message>
        <message>
            <source>Reply language</source>
            <translation>回覆語言</translation>
        </message>
        <message>
            <source>Seller signature</source>
            <translation>賣家簽名</translation>
        </message>
        <message>
            <source>Shop name</source>
            <translation>商店名稱</translation>
        </message>
        <message>
            <source>The buyer's language</source>
            <translation>買家的語言</translation>
        </message>
        <message>
            <source>The shop's name on the marketplace</source>
            <translation>商店在平台上的名稱</translation>
        </message>
        <message>
            <source>Written under every reply from this shop</source>
            <translation>附在此商店每條回覆的末尾</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <source>Delete saved search</source>
            <translation>刪除已儲存的搜尋</translation>
        </message>
        <message>
            <source>Marketplaces</source>
            <translation>平台</translation>
        </message>
        <message>
            <source>Saved searches</source>
            <translation>已儲存的搜尋</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>檢視</translation>
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>To pack</source>
            <translation>待打包</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>Packed</source>
            <translation>已打包</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>已出貨</translation>
        </message>
        <message>
            <source>Shipped, no news</source>
            <translation>已出貨，無更新</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>問題訂單</translation>
        </message>
        <message>
            <source>All orders</source>
            <translation>全部訂單</translation>
        </message>
    </context>
    <context>
        <name>Workflow</name>
        <message>
            <source>To pack</source>
            <translation>待打包</translation>
        </message>
        <message>
            <source>Packed</source>
            <translation>已打包</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>已出貨</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>已送達</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>問題</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已關閉</translation>
        </message>
        <message>
            <source>Mark {count} orders {status}</source>
            <translation>將 {count} 個訂單標記為{status}</translation>
        </message>
    </context>
</TS>
