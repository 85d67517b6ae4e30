<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Seller Desk</source>
            <translation>关于 Seller Desk</translation>
        </message>
        <message>
            <source>Built with</source>
            <translation>构建组件</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>数据文件夹</translation>
        </message>
        <message>
            <source>Licence texts</source>
            <translation>许可证全文</translation>
        </message>
        <message>
            <source>Licences</source>
            <translation>许可证</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>日志</translation>
        </message>
        <message>
            <source>Open data folder</source>
            <translation>打开数据文件夹</translation>
        </message>
        <message>
            <source>Open logs folder</source>
            <translation>打开日志文件夹</translation>
        </message>
        <message>
            <source>Seller Desk is proprietary software. It includes open-source components under their own licences: Qt and PySide6 (LGPL-3.0), FFmpeg (LGPL-2.1), peewee, openpyxl, calamine, Pillow, platformdirs, charset-normalizer, pycountry, tzdata, segno, python-barcode, Babel and psycopg2.</source>
            <translation>Seller Desk 是专有软件。它包含按各自许可证发布的开源组件：Qt 和 PySide6（LGPL-3.0）、FFmpeg（LGPL-2.1）、peewee、openpyxl、calamine、Pillow、platformdirs、charset-normalizer、pycountry、tzdata、segno、python-barcode、Babel 和 psycopg2。</translation>
        </message>
        <message>
            <source>The order desk for one-person cross-border sellers: every marketplace's orders in one table, packing evidence, and replies in the buyer's language.</source>
            <translation>为一人经营的跨境卖家打造的订单工作台：所有平台的订单汇总在一张表里，留存打包证据，并用买家的语言回复。</translation>
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
            <translation>Seller Desk 已经打开</translation>
        </message>
        <message>
            <source>Seller Desk is already open on the data folder {folder} (process {pid}) and does not answer. Close that window, or end that process, then start Seller Desk again.</source>
            <translation>Seller Desk 已在数据文件夹 {folder} 中打开（进程 {pid}），但没有响应。请关闭那个窗口或结束该进程，然后重新启动 Seller Desk。</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>Back up now…</source>
            <translation>立即备份…</translation>
        </message>
        <message>
            <source>Back up to</source>
            <translation>备份到</translation>
        </message>
        <message>
            <source>Backed up {orders} orders and {files} files to {path}.</source>
            <translation>已将 {orders} 个订单和 {files} 个文件备份到 {path}。</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>正在备份…</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>Backups work on the database in the data folder only.</source>
            <translation>备份只适用于数据文件夹中的数据库。</translation>
        </message>
        <message>
            <source>Checking the backup…</source>
            <translation>正在检查备份…</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Restore from</source>
            <translation>从以下文件恢复</translation>
        </message>
        <message>
            <source>Restored {orders} orders and {files} files.</source>
            <translation>已恢复 {orders} 个订单和 {files} 个文件。</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>恢复…</translation>
        </message>
        <message>
            <source>Save every order, photo, video and message to one backup file</source>
            <translation>把所有订单、照片、视频和消息保存到一个备份文件</translation>
        </message>
        <message>
            <source>Seller Desk backup (*.zip)</source>
            <translation>Seller Desk 备份 (*.zip)</translation>
        </message>
        <message>
            <source>Something went wrong: {reason}</source>
            <translation>出错了：{reason}</translation>
        </message>
        <message>
            <source>The backup of {date} is complete and checked: {orders} orders and {files} files.

Restore it now? The data Seller Desk holds now is moved to the backups folder, not deleted.</source>
            <translation>{date} 的备份完整且已校验：{orders} 个订单，{files} 个文件。

现在恢复吗？Seller Desk 当前的数据会移到备份文件夹，不会被删除。</translation>
        </message>
        <message>
            <source>The data that was there before is kept in {folder}.</source>
            <translation>原有数据保存在 {folder}。</translation>
        </message>
        <message>
            <source>The file could not be written or read: {reason}</source>
            <translation>无法读写该文件：{reason}</translation>
        </message>
        <message>
            <source>There is not enough free disk space ({reason}). Nothing was changed.</source>
            <translation>磁盘可用空间不足（{reason}）。未做任何更改。</translation>
        </message>
        <message>
            <source>This backup is damaged or was changed after it was made, so nothing was restored. Try another backup.</source>
            <translation>此备份已损坏或在生成后被改动过，因此没有恢复任何内容。请换一个备份。</translation>
        </message>
        <message>
            <source>This backup was made by a newer Seller Desk. Update Seller Desk, then restore it.</source>
            <translation>此备份由更新版本的 Seller Desk 生成。请先更新 Seller Desk，再恢复。</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <source>&lt;b&gt;Orders&lt;/b&gt;: drop the order export of any marketplace here (Shopee, Lazada, AliExpress, Amazon, eBay, Etsy, TikTok Shop, Shopify, Mercado Libre). Every order, buyer and item, in one fast table.</source>
            <translation>&lt;b&gt;订单&lt;/b&gt;：把任一平台导出的订单文件拖到这里（Shopee、Lazada、AliExpress、Amazon、eBay、Etsy、TikTok Shop、Shopify、Mercado Libre）。所有订单、买家和商品，尽在一张快速的表格中。</translation>
        </message>
        <message>
            <source>&lt;b&gt;Packing&lt;/b&gt;: print checklists and pick lists, scan items at the pack station, and keep photos and videos of the packing as sealed evidence for disputes.</source>
            <translation>&lt;b&gt;打包&lt;/b&gt;：打印核对清单和拣货单，在打包台扫描商品，并把打包照片和视频作为密封证据留存，以备纠纷。</translation>
        </message>
        <message>
            <source>&lt;b&gt;Replies&lt;/b&gt;: one-click after-sales messages in the buyer's language, with the buyer's local time in view, every message kept as evidence.</source>
            <translation>&lt;b&gt;回复&lt;/b&gt;：一键生成买家语言的售后消息，随时看到买家当地时间，每条消息都留作证据。</translation>
        </message>
        <message>
            <source>Import an export…</source>
            <translation>导入导出文件…</translation>
        </message>
        <message>
            <source>Tip: you can also drag export files onto this window.</source>
            <translation>提示：也可以把导出文件直接拖到此窗口。</translation>
        </message>
        <message>
            <source>Try it with sample orders</source>
            <translation>用示例订单试一试</translation>
        </message>
        <message>
            <source>Welcome to Seller Desk</source>
            <translation>欢迎使用 Seller Desk</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>Copy details</source>
            <translation>复制详细信息</translation>
        </message>
        <message>
            <source>Open logs folder</source>
            <translation>打开日志文件夹</translation>
        </message>
        <message>
            <source>Seller Desk ran into an unexpected problem. Your data is safe; the work you were doing may not have finished. If it happens again, send the details and the logs folder with your report.</source>
            <translation>Seller Desk 遇到了意外问题。您的数据是安全的；刚才进行的操作可能没有完成。如果再次发生，请在报告中附上详细信息和日志文件夹。</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>出了点问题</translation>
        </message>
    </context>
    <context>
        <name>Evidence</name>
        <message>
            <source>Contents</source>
            <translation>内容物</translation>
        </message>
        <message>
            <source>Inner packing</source>
            <translation>内包装</translation>
        </message>
        <message>
            <source>Outer packing</source>
            <translation>外包装</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>面单</translation>
        </message>
        <message>
            <source>Handover</source>
            <translation>交接</translation>
        </message>
        <message>
            <source>Return received</source>
            <translation>收到退货</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>下单</translation>
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
            <translation>已发货</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>已送达</translation>
        </message>
        <message>
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) kept but not yet attached to this order.</source>
            <translation>
                <numerusform>%n 个文件已保留，但尚未附加到此订单。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) or clip(s) not yet attached: kept, and tried again.</source>
            <translation>
                <numerusform>%n 张照片或段视频尚未附加：已保留，会再次尝试。</numerusform>
            </translation>
        </message>
        <message>
            <source>100 %</source>
            <translation>100 %</translation>
        </message>
        <message>
            <source>Add a picture or files from the clipboard (Ctrl+V)</source>
            <translation>从剪贴板添加图片或文件 (Ctrl+V)</translation>
        </message>
        <message>
            <source>Add evidence</source>
            <translation>添加证据</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>添加文件…</translation>
        </message>
        <message>
            <source>Adding {count} file(s)…</source>
            <translation>正在添加 {count} 个文件…</translation>
        </message>
        <message>
            <source>Attach now</source>
            <translation>立即附加</translation>
        </message>
        <message>
            <source>Attaching kept files…</source>
            <translation>正在附加已保留的文件…</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>买家</translation>
        </message>
        <message>
            <source>Camera:</source>
            <translation>摄像头：</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Capture</source>
            <translation>拍摄</translation>
        </message>
        <message>
            <source>Capture evidence</source>
            <translation>拍摄证据</translation>
        </message>
        <message>
            <source>Capture…</source>
            <translation>拍摄…</translation>
        </message>
        <message>
            <source>Dispute pack</source>
            <translation>纠纷证据包</translation>
        </message>
        <message>
            <source>Dispute pack…</source>
            <translation>纠纷证据包…</translation>
        </message>
        <message>
            <source>Dispute summary: {marketplace} order {order}</source>
            <translation>纠纷摘要：{marketplace} 订单 {order}</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>证据</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>适应窗口</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>商品</translation>
        </message>
        <message>
            <source>Low disk space: {free} GB free in the data folder.</source>
            <translation>磁盘空间不足：数据文件夹所在磁盘仅剩 {free} GB。</translation>
        </message>
        <message>
            <source>Made by Seller Desk on {when}. SHA-256 fingerprints of every file: manifest.json.</source>
            <translation>由 Seller Desk 于 {when} 生成。每个文件的 SHA-256 指纹见 manifest.json。</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <source>No camera found. Connect a camera (a USB webcam or a phone used as a webcam) and reopen this window.</source>
            <translation>未找到摄像头。请连接摄像头（USB 摄像头或用作摄像头的手机），然后重新打开此窗口。</translation>
        </message>
        <message>
            <source>No evidence yet. Drop photos, videos or PDFs here, paste a picture, or capture one.</source>
            <translation>还没有证据。把照片、视频或 PDF 拖到这里，粘贴图片，或直接拍摄。</translation>
        </message>
        <message>
            <source>No order chosen</source>
            <translation>未选择订单</translation>
        </message>
        <message>
            <source>Note for this item</source>
            <translation>此项备注</translation>
        </message>
        <message>
            <source>Nothing moved: recording stopped and kept.</source>
            <translation>画面长时间无变化：录制已停止并保存。</translation>
        </message>
        <message>
            <source>One zip with the order, checklist, photos, videos, messages and a timeline</source>
            <translation>一个包含订单、核对清单、照片、视频、消息和时间线的 zip 文件</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Pack station scan log</source>
            <translation>打包台扫描记录</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>粘贴</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>照片</translation>
        </message>
        <message>
            <source>Photo stage:</source>
            <translation>照片阶段：</translation>
        </message>
        <message>
            <source>Photos, videos and PDFs ({patterns})</source>
            <translation>照片、视频和 PDF ({patterns})</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>播放</translation>
        </message>
        <message>
            <source>Record sound</source>
            <translation>录制声音</translation>
        </message>
        <message>
            <source>Recording…</source>
            <translation>正在录制…</translation>
        </message>
        <message>
            <source>Remove evidence</source>
            <translation>移除证据</translation>
        </message>
        <message>
            <source>Remove {count} item(s) from this order? The files stay in the evidence store and can be restored with “Show removed”.</source>
            <translation>从此订单移除 {count} 项？文件仍保留在证据库中，可通过“显示已移除”恢复。</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>移除…</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Save dispute pack</source>
            <translation>保存纠纷证据包</translation>
        </message>
        <message>
            <source>Saved to the order.</source>
            <translation>已保存到订单。</translation>
        </message>
        <message>
            <source>Saving the clip…</source>
            <translation>正在保存视频片段…</translation>
        </message>
        <message>
            <source>Select an order first.</source>
            <translation>请先选择一个订单。</translation>
        </message>
        <message>
            <source>Select the orders first.</source>
            <translation>请先选择订单。</translation>
        </message>
        <message>
            <source>Ship to</source>
            <translation>收货地址</translation>
        </message>
        <message>
            <source>Shipping</source>
            <translation>物流</translation>
        </message>
        <message>
            <source>Shop</source>
            <translation>店铺</translation>
        </message>
        <message>
            <source>Show removed</source>
            <translation>显示已移除</translation>
        </message>
        <message>
            <source>Something went wrong: {reason}</source>
            <translation>出错了：{reason}</translation>
        </message>
        <message>
            <source>Stage:</source>
            <translation>阶段：</translation>
        </message>
        <message>
            <source>Start recording</source>
            <translation>开始录制</translation>
        </message>
        <message>
            <source>Stop recording</source>
            <translation>停止录制</translation>
        </message>
        <message>
            <source>Stop when still for:</source>
            <translation>画面静止多久后停止：</translation>
        </message>
        <message>
            <source>Take photo</source>
            <translation>拍照</translation>
        </message>
        <message>
            <source>Take photos or record a packing video for the selected order</source>
            <translation>为选中的订单拍照或录制打包视频</translation>
        </message>
        <message>
            <source>The clipboard holds no picture and no files.</source>
            <translation>剪贴板中没有图片或文件。</translation>
        </message>
        <message>
            <source>The dispute pack is ready:
{path}

{files} files for {orders} order(s). Upload it to the marketplace as it is.</source>
            <translation>纠纷证据包已生成：
{path}

共 {files} 个文件，涉及 {orders} 个订单。请原样上传到平台。</translation>
        </message>
        <message>
            <source>The file</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>The file could not be read or written: {reason}</source>
            <translation>无法读写该文件：{reason}</translation>
        </message>
        <message>
            <source>The pasted picture could not be saved.</source>
            <translation>无法保存粘贴的图片。</translation>
        </message>
        <message>
            <source>The photo could not be saved.</source>
            <translation>无法保存照片。</translation>
        </message>
        <message>
            <source>The recording failed: {reason}</source>
            <translation>录制失败：{reason}</translation>
        </message>
        <message>
            <source>The stage given to files you add now</source>
            <translation>现在添加的文件所属的阶段</translation>
        </message>
        <message>
            <source>This computer offers no video encoder: photos only.</source>
            <translation>此电脑没有可用的视频编码器：只能拍照。</translation>
        </message>
        <message>
            <source>This order already has a video. A new recording is kept as well.</source>
            <translation>此订单已有视频。新的录制也会一并保留。</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>视频</translation>
        </message>
        <message>
            <source>Video encoder:</source>
            <translation>视频编码器：</translation>
        </message>
        <message>
            <source>Video stage:</source>
            <translation>视频阶段：</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>重量</translation>
        </message>
        <message>
            <source>Writing the dispute pack…</source>
            <translation>正在生成纠纷证据包…</translation>
        </message>
        <message>
            <source>Zip files (*.zip)</source>
            <translation>Zip 文件 (*.zip)</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>放大</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>缩小</translation>
        </message>
        <message>
            <source>and {count} more files in the evidence folder</source>
            <translation>以及证据文件夹中的另外 {count} 个文件</translation>
        </message>
        <message>
            <source>and {count} more lines: see order.json in this pack.</source>
            <translation>另有 {count} 行：见本包中的 order.json。</translation>
        </message>
        <message>
            <source>captured</source>
            <translation>拍摄于</translation>
        </message>
        <message>
            <source>file time</source>
            <translation>文件时间</translation>
        </message>
        <message>
            <source>filmed</source>
            <translation>录制于</translation>
        </message>
        <message>
            <source>has GPS location (removed in dispute packs)</source>
            <translation>含 GPS 位置（纠纷证据包中会去除）</translation>
        </message>
        <message>
            <source>never</source>
            <translation>从不</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>not given by the marketplace export</source>
            <translation>平台导出文件未提供</translation>
        </message>
        <message>
            <source>taken</source>
            <translation>拍摄于</translation>
        </message>
        <message>
            <source>{added} added</source>
            <translation>已添加 {added} 个</translation>
        </message>
        <message>
            <source>{count} already attached</source>
            <translation>{count} 个已附加过</translation>
        </message>
        <message>
            <source>{count} item(s) removed</source>
            <translation>已移除 {count} 项</translation>
        </message>
        <message>
            <source>{count} item(s) restored</source>
            <translation>已恢复 {count} 项</translation>
        </message>
        <message>
            <source>{count} more events: see the files in this pack.</source>
            <translation>另有 {count} 个事件：见本证据包中的文件。</translation>
        </message>
        <message>
            <source>{count} more scans: see scan_log.csv in this pack.</source>
            <translation>另有 {count} 次扫描：见本包中的 scan_log.csv。</translation>
        </message>
        <message>
            <source>{name} does not exist or cannot be opened.</source>
            <translation>{name} 不存在或无法打开。</translation>
        </message>
        <message>
            <source>{reason} The recording is kept and will be attached when it can be.</source>
            <translation>{reason} 录像已保留，能附加时会自动附加。</translation>
        </message>
        <message>
            <source>{when} by {packer}</source>
            <translation>{when}，打包人 {packer}</translation>
        </message>
        <message>
            <source>● REC {time}</source>
            <translation>● 录制中 {time}</translation>
        </message>
        <message>
            <source>{name} cannot be kept as evidence. Use a photo (JPEG, PNG, WebP, GIF, BMP, TIFF), a video (MP4, MOV, MKV, WebM, AVI) or a PDF.</source>
            <translation>{name} 不能作为证据保存。请使用照片（JPEG、PNG、WebP、GIF、BMP、TIFF）、视频（MP4、MOV、MKV、WebM、AVI）或 PDF。</translation>
        </message>
        <message>
            <source>{name} is damaged or incomplete (perhaps cut off while copying). It was not stored.</source>
            <translation>{name} 已损坏或不完整（可能在复制时中断），未保存。</translation>
        </message>
        <message>
            <source>{name} has too many pixels to open safely. It was not stored.</source>
            <translation>{name} 像素过多，无法安全打开，未保存。</translation>
        </message>
        <message>
            <source>{name} changed or disappeared while it was being copied. Nothing was stored; try again once the file is complete.</source>
            <translation>{name} 在复制过程中被改动或消失。未保存任何内容；请在文件完整后重试。</translation>
        </message>
        <message>
            <source>{name} is empty.</source>
            <translation>{name} 是空文件。</translation>
        </message>
        <message>
            <source>There is not enough free disk space to store {name}.</source>
            <translation>磁盘空间不足，无法保存 {name}。</translation>
        </message>
        <message>
            <source>The order no longer exists.</source>
            <translation>该订单已不存在。</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <source>{name} could not be stored.</source>
            <translation>无法保存 {name}。</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message numerus="yes">
            <source>Done: %n order(s) exported to {path}.</source>
            <translation>
                <numerusform>完成：已导出 %n 个订单到 {path}。</numerusform>
            </translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <source>Export orders</source>
            <translation>导出订单</translation>
        </message>
        <message numerus="yes">
            <source>Exporting %n order(s)…</source>
            <translation>
                <numerusform>正在导出 %n 个订单…</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>1. Orders: import and pack</source>
            <translation>1. 订单：导入与打包</translation>
        </message>
        <message>
            <source>2. Evidence: photos and video while packing</source>
            <translation>2. 证据：打包时拍照和录像</translation>
        </message>
        <message>
            <source>3. Replies: answer buyers in their language</source>
            <translation>3. 回复：用买家的语言回复</translation>
        </message>
        <message>
            <source>At the pack station the camera records the packing. Photos and videos are sealed with a checksum and kept with the order.</source>
            <translation>在打包台，摄像头会记录打包过程。照片和视频用校验值封存，并与订单一起保存。</translation>
        </message>
        <message>
            <source>Copy it into the marketplace's message window. Seller Desk remembers what was sent and reminds you to follow up.</source>
            <translation>把它复制到平台的消息窗口。Seller Desk 会记住发过的内容，并提醒你跟进。</translation>
        </message>
        <message>
            <source>Download the order export from each marketplace (Excel or CSV) and drop it on the window, or use Import. Importing the same file again only updates orders.</source>
            <translation>从各个平台下载订单导出文件（Excel 或 CSV），拖到窗口上，或使用“导入”。重复导入同一个文件只会更新订单。</translation>
        </message>
        <message>
            <source>Keeping your data safe</source>
            <translation>保护你的数据</translation>
        </message>
        <message>
            <source>Open an order and choose a reply: shipped, delayed, ask for a review, and more. The text is filled in with the order's details, in the buyer's language, with your translation beside it.</source>
            <translation>打开订单并选择一种回复：已发货、延误、邀请评价等。文本会自动填入订单信息，用买家的语言书写，旁边附有你的语言的译文。</translation>
        </message>
        <message>
            <source>Print checklists for the orders to pack, then scan each item at the pack station; the order is marked packed when everything is in the box.</source>
            <translation>为待打包的订单打印核对清单，然后在打包台逐件扫描；全部装箱后订单即标记为已打包。</translation>
        </message>
        <message>
            <source>Seller Desk backs itself up every day. In Settings, choose a backup folder on a USB disk or a cloud drive. On a new computer, install Seller Desk and use File &gt; Restore… to get everything back.</source>
            <translation>Seller Desk 每天自动备份。请在“设置”中把备份文件夹选在 U 盘或云盘上。换新电脑时，安装 Seller Desk 后用“文件 &gt; 恢复…”即可找回全部数据。</translation>
        </message>
        <message>
            <source>Seller Desk guide</source>
            <translation>Seller Desk 使用指南</translation>
        </message>
        <message>
            <source>The views on the left show what to do today: To pack, Shipped, Problems. Type in the search box to find an order by number, buyer, SKU, phone or tracking number.</source>
            <translation>左侧的视图显示今天要做的事：待打包、已发货、问题订单。在搜索框中输入订单号、买家、SKU、电话或运单号即可找到订单。</translation>
        </message>
        <message>
            <source>When a buyer opens a dispute, make a dispute pack: the order, its evidence and the messages in one file for the marketplace.</source>
            <translation>买家发起纠纷时，生成纠纷证据包：把订单、证据和消息放在一个文件里提交给平台。</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>About Seller Desk</source>
            <translation>关于 Seller Desk</translation>
        </message>
        <message>
            <source>Guide</source>
            <translation>使用指南</translation>
        </message>
        <message>
            <source>Open logs folder</source>
            <translation>打开日志文件夹</translation>
        </message>
        <message>
            <source>The log files to attach to a bug report</source>
            <translation>报告问题时需附上的日志文件</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>0 orders in this file</source>
            <translation>此文件中有 0 个订单</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>导入完成</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>正在导入</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>正在导入 {file}…</translation>
        </message>
        <message>
            <source>Not imported: the columns were not mapped.</source>
            <translation>未导入：没有对应列。</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>没有导入任何内容。</translation>
        </message>
        <message>
            <source>{count} rows skipped (details below)</source>
            <translation>跳过了 {count} 行（详情见下方）</translation>
        </message>
        <message>
            <source>{file} ({layout}): {created} new, {updated} updated, {unchanged} unchanged, {items} items</source>
            <translation>{file}（{layout}）：新增 {created}，更新 {updated}，未变 {unchanged}，商品 {items} 件</translation>
        </message>
        <message>
            <source>{file} row {row}: {reason}</source>
            <translation>{file} 第 {row} 行：{reason}</translation>
        </message>
        <message>
            <source>{file}: not imported. {reason}</source>
            <translation>{file}：未导入。{reason}</translation>
        </message>
    </context>
    <context>
        <name>ImportMessages</name>
        <message>
            <source>The file does not exist or cannot be opened.</source>
            <translation>文件不存在或无法打开。</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>文件是空的。</translation>
        </message>
        <message>
            <source>The file is damaged or incomplete and cannot be read. Download the export again.</source>
            <translation>文件已损坏或不完整，无法读取。请重新下载导出文件。</translation>
        </message>
        <message>
            <source>The workbook is protected by a password. Open it in your spreadsheet program, save it without a password, and import it again.</source>
            <translation>该工作簿受密码保护。请在表格软件中打开，去掉密码另存后再导入。</translation>
        </message>
        <message>
            <source>This is not a spreadsheet or CSV order export.</source>
            <translation>这不是表格或 CSV 格式的订单导出文件。</translation>
        </message>
        <message>
            <source>The columns of this file match no marketplace export and no saved column mapping.</source>
            <translation>此文件的列与任何平台的导出格式或已保存的列映射都不匹配。</translation>
        </message>
        <message>
            <source>The file has column names but no order rows.</source>
            <translation>文件只有列名，没有订单行。</translation>
        </message>
        <message>
            <source>The import was cancelled. Nothing was changed.</source>
            <translation>导入已取消，未做任何更改。</translation>
        </message>
        <message>
            <source>The file could not be imported. Nothing was changed.</source>
            <translation>无法导入该文件，未做任何更改。</translation>
        </message>
    </context>
    <context>
        <name>InterruptedWork</name>
        <message>
            <source>Saving the evidence {file} was interrupted. The half-saved file was removed; record it again.</source>
            <translation>保存证据 {file} 时被中断。保存了一半的文件已删除；请重新录制。</translation>
        </message>
        <message>
            <source>Seller Desk was stopped</source>
            <translation>Seller Desk 曾被中断</translation>
        </message>
        <message>
            <source>Seller Desk was stopped while it was working. Your data is safe.</source>
            <translation>Seller Desk 在工作时被中断。你的数据是安全的。</translation>
        </message>
        <message>
            <source>The backup to {file} was interrupted. No backup file was left; back up again.</source>
            <translation>备份到 {file} 时被中断，没有留下备份文件；请重新备份。</translation>
        </message>
        <message numerus="yes">
            <source>The import of {file} was interrupted after it was saved: all of it was kept (%n order(s)).</source>
            <translation>
                <numerusform>{file} 的导入在保存后被中断：全部已保留（%n 个订单）。</numerusform>
            </translation>
        </message>
        <message>
            <source>The import of {file} was interrupted. Nothing of it was saved; import the file again.</source>
            <translation>导入 {file} 时被中断，该文件的内容都未保存；请重新导入。</translation>
        </message>
        <message>
            <source>The restore from {file} was interrupted. Any data that was replaced is kept in the backups folder; restore again.</source>
            <translation>从 {file} 恢复时被中断。被替换的数据保存在备份文件夹中；请重新恢复。</translation>
        </message>
        <message>
            <source>Work on {file} was interrupted and was not saved.</source>
            <translation>处理 {file} 时被中断，未保存。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n new order(s),</source>
            <translation>
                <numerusform>新增 %n 个订单，</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n order(s)</source>
            <translation>
                <numerusform>%n 个订单</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) marked {status}. Ctrl+Z undoes.</source>
            <translation>
                <numerusform>已将 %n 个订单标记为{status}。Ctrl+Z 可撤销。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n selected</source>
            <translation>
                <numerusform>已选 %n 个</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated.</source>
            <translation>
                <numerusform>更新 %n 个。</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Clear filters</source>
            <translation>清除筛选(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Export this view…</source>
            <translation>导出当前视图(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>查找(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Import exports…</source>
            <translation>导入订单文件(&amp;I)…</translation>
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
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Save this search…</source>
            <translation>保存此搜索(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>清除筛选</translation>
        </message>
        <message>
            <source>Import marketplace order exports (you can also drop files on the window)</source>
            <translation>导入平台订单导出文件（也可以把文件拖到窗口上）</translation>
        </message>
        <message>
            <source>Import order exports</source>
            <translation>导入订单导出文件</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n file(s):</source>
            <translation>
                <numerusform>已导入 %n 个文件：</numerusform>
            </translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <source>Mark as</source>
            <translation>标记为</translation>
        </message>
        <message>
            <source>Name of this search:</source>
            <translation>此搜索的名称：</translation>
        </message>
        <message numerus="yes">
            <source>No match in this view; %n match(es) in all orders.</source>
            <translation>
                <numerusform>此视图中没有匹配；全部订单中有 %n 个匹配。</numerusform>
            </translation>
        </message>
        <message>
            <source>Order exports ({patterns});;All files (*)</source>
            <translation>订单导出文件 ({patterns});;所有文件 (*)</translation>
        </message>
        <message>
            <source>Save search</source>
            <translation>保存搜索</translation>
        </message>
        <message>
            <source>Seller Desk</source>
            <translation>Seller Desk</translation>
        </message>
        <message>
            <source>Show them</source>
            <translation>显示它们</translation>
        </message>
        <message>
            <source>The filters above hide every order of this view.</source>
            <translation>上面的筛选条件隐藏了此视图中的所有订单。</translation>
        </message>
        <message>
            <source>Try with &amp;sample orders</source>
            <translation>用示例订单试用(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>MappingDialog</name>
        <message>
            <source>(not in this file)</source>
            <translation>（此文件中没有）</translation>
        </message>
        <message>
            <source>A parent row with the money, then one row per product</source>
            <translation>先是一行含金额的主行，之后每个商品一行</translation>
        </message>
        <message>
            <source>A summary row, then one row per item</source>
            <translation>先是一行汇总，之后每件商品一行</translation>
        </message>
        <message>
            <source>Choose the column that holds the order ID.</source>
            <translation>请选择包含订单号的列。</translation>
        </message>
        <message>
            <source>Column names in row</source>
            <translation>列名所在行</translation>
        </message>
        <message>
            <source>Give the mapping a name.</source>
            <translation>请为此映射命名。</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>商品</translation>
        </message>
        <message>
            <source>Map the columns of {file}</source>
            <translation>为 {file} 映射列</translation>
        </message>
        <message>
            <source>Marketplace</source>
            <translation>平台</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>One row per item line (rows with the same order ID are one order)</source>
            <translation>每个商品明细一行（订单号相同的行属于同一订单）</translation>
        </message>
        <message>
            <source>One row per order, all items in one cell</source>
            <translation>每个订单一行，所有商品在同一单元格</translation>
        </message>
        <message>
            <source>One row per order, no items</source>
            <translation>每个订单一行，没有商品</translation>
        </message>
        <message>
            <source>One row per unit (identical rows add up to the quantity)</source>
            <translation>每件一行（相同的行合计为数量）</translation>
        </message>
        <message>
            <source>Per line (quantity × unit price)</source>
            <translation>按整行（数量 × 单价）</translation>
        </message>
        <message>
            <source>Per unit</source>
            <translation>按单件</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message numerus="yes">
            <source>Preview: the first %n order(s) this mapping makes</source>
            <translation>
                <numerusform>预览：按此对应生成的前 %n 个订单</numerusform>
            </translation>
        </message>
        <message>
            <source>Prices are</source>
            <translation>价格为</translation>
        </message>
        <message>
            <source>Rows and orders</source>
            <translation>行与订单</translation>
        </message>
        <message>
            <source>Seller Desk does not know this layout yet. Say which column holds what; the mapping is saved and used automatically for files with the same columns.</source>
            <translation>Seller Desk 还不认识这种格式。请指明每列的内容；映射会被保存，以后遇到相同列的文件会自动使用。</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <source>The first rows of the file, as they are</source>
            <translation>文件的前几行（原样）</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Orders</source>
            <translation>订单(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>工具(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
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
            <translation>订单</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>下单</translation>
        </message>
        <message>
            <source>Ship by</source>
            <translation>最晚发货</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>买家</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>国家/地区</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>商品</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Marketplace status</source>
            <translation>平台状态</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Tracking</source>
            <translation>运单号</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>承运商</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>证据</translation>
        </message>
        <message>
            <source>Last message</source>
            <translation>最近消息</translation>
        </message>
    </context>
    <context>
        <name>OrderDetail</name>
        <message>
            <source>As exported</source>
            <translation>原始导出数据</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>买家</translation>
        </message>
        <message>
            <source>Buyer's note</source>
            <translation>买家留言</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>已送达</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>折扣</translation>
        </message>
        <message>
            <source>Fragile: photograph contents, inner and outer packing</source>
            <translation>易碎品：请拍摄内容物、内包装和外包装</translation>
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
            <translation>商品与核对清单</translation>
        </message>
        <message>
            <source>Money</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>下单</translation>
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
            <translation>电话</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Select an order to see everything about it.</source>
            <translation>选择一个订单，查看它的全部信息。</translation>
        </message>
        <message>
            <source>Seller's note (only you see it)</source>
            <translation>卖家备注（仅自己可见）</translation>
        </message>
        <message>
            <source>Ship by</source>
            <translation>最晚发货</translation>
        </message>
        <message>
            <source>Ship to</source>
            <translation>收货地址</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>已发货</translation>
        </message>
        <message>
            <source>Shipping</source>
            <translation>物流</translation>
        </message>
        <message>
            <source>Tax</source>
            <translation>税费</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>{file}, row {row}</source>
            <translation>{file}，第 {row} 行</translation>
        </message>
    </context>
    <context>
        <name>OrderTable</name>
        <message>
            <source>Columns</source>
            <translation>列</translation>
        </message>
    </context>
    <context>
        <name>PackLinesModel</name>
        <message>
            <source>In box</source>
            <translation>已装箱</translation>
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
            <translation>条码</translation>
        </message>
        <message>
            <source>Nothing scanned at the pack station for this order yet.</source>
            <translation>此订单尚未在打包台扫描。</translation>
        </message>
        <message>
            <source>Packer</source>
            <translation>打包人</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>经过</translation>
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
            <translation>请扫描订单条码或运单号</translation>
        </message>
        <message>
            <source>Scan here (order, tracking or item barcode)</source>
            <translation>在此扫描（订单、运单或商品条码）</translation>
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
            <translation>已发货</translation>
        </message>
        <message>
            <source>CANCELLED</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>CLOSED</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <source>DELETED</source>
            <translation>已删除</translation>
        </message>
        <message>
            <source>DELIVERED</source>
            <translation>已签收</translation>
        </message>
        <message>
            <source>DO NOT PACK — order {order} is {status}</source>
            <translation>请勿打包 — 订单 {order} {status}</translation>
        </message>
        <message>
            <source>FRAGILE</source>
            <translation>易碎</translation>
        </message>
        <message>
            <source>HIGH VALUE</source>
            <translation>高价值</translation>
        </message>
        <message>
            <source>Label scanned: order {order} is sealed</source>
            <translation>已扫描面单：订单 {order} 已封箱</translation>
        </message>
        <message>
            <source>Mark Packed when every item is scanned</source>
            <translation>全部商品扫描后自动标记为已打包</translation>
        </message>
        <message>
            <source>Marketplace status: {status}</source>
            <translation>平台状态：{status}</translation>
        </message>
        <message>
            <source>NOT LISTENING — scans go to another window. Click here or press F9 to scan.</source>
            <translation>未在接收扫描 — 扫描会进入其他窗口。点击这里或按 F9 继续扫描。</translation>
        </message>
        <message>
            <source>NOT RECORDING</source>
            <translation>未在录像</translation>
        </message>
        <message>
            <source>Order {order} is half packed ({packed} of {units}). Scan {other} again to switch to it (order {order} is kept as interrupted), or go on scanning its items.</source>
            <translation>订单 {order} 只打包了一部分（{packed}/{units}）。再次扫描 {other} 即切换过去（订单 {order} 保留为中断），或继续扫描它的商品。</translation>
        </message>
        <message>
            <source>Order {order} is kept as interrupted</source>
            <translation>订单 {order} 已保留为中断</translation>
        </message>
        <message>
            <source>Order {order} is packed: seal the box and scan its label, or scan the next order</source>
            <translation>订单 {order} 已打包：封箱后扫描面单，或扫描下一个订单</translation>
        </message>
        <message>
            <source>Order {order} packed at {time}: seal the box, then scan its label</source>
            <translation>订单 {order} 于 {time} 打包：请封箱，然后扫描面单</translation>
        </message>
        <message>
            <source>Order {order} resumed: {packed} of {units} already in the box</source>
            <translation>继续订单 {order}：已装箱 {packed}/{units}</translation>
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
            <translation>已退货</translation>
        </message>
        <message>
            <source>Ship to: {address}</source>
            <translation>收货地址：{address}</translation>
        </message>
        <message>
            <source>Stop recording (F8)</source>
            <translation>停止录像 (F8)</translation>
        </message>
        <message>
            <source>This is the order's label, but {missing} items are still missing</source>
            <translation>这是该订单的面单，但还缺 {missing} 件商品</translation>
        </message>
        <message>
            <source>Tick line (F2)</source>
            <translation>勾选此行 (F2)</translation>
        </message>
        <message>
            <source>● REC</source>
            <translation>● 录像中</translation>
        </message>
        <message>
            <source>Link last refused barcode to line (F3)</source>
            <translation>把刚才被拒的条码关联到此行 (F3)</translation>
        </message>
        <message>
            <source>Complete (F12)</source>
            <translation>完成 (F12)</translation>
        </message>
        <message>
            <source>Close order (Esc)</source>
            <translation>关闭订单 (Esc)</translation>
        </message>
        <message>
            <source>Packer:</source>
            <translation>打包人：</translation>
        </message>
        <message>
            <source>No order has the id or tracking number {code}</source>
            <translation>没有订单号或运单号为 {code} 的订单</translation>
        </message>
        <message>
            <source>{sku}: {packed} of {quantity} in the box</source>
            <translation>{sku}：已装 {packed}/{quantity}</translation>
        </message>
        <message>
            <source>Every item is in the box: press F12 to mark it Packed</source>
            <translation>商品已全部装箱：按 F12 标记为已打包</translation>
        </message>
        <message>
            <source>Extra item: every {code} of this order is already in the box</source>
            <translation>多余商品：本订单的 {code} 已全部装箱</translation>
        </message>
        <message>
            <source>WARNING: high-value order packed without a packing video</source>
            <translation>警告：高价值订单打包时没有录像</translation>
        </message>
        <message>
            <source>Wrong item: {code} is not in this order</source>
            <translation>商品错误：{code} 不在本订单中</translation>
        </message>
        <message>
            <source>Photograph contents, inner and outer packing</source>
            <translation>请拍摄商品、内包装和外包装</translation>
        </message>
        <message>
            <source>Buyer's note: {note}</source>
            <translation>买家留言：{note}</translation>
        </message>
        <message>
            <source>Seller's note: {note}</source>
            <translation>卖家备注：{note}</translation>
        </message>
        <message>
            <source>Order {order}: scan the {units} items</source>
            <translation>订单 {order}：请扫描 {units} 件商品</translation>
        </message>
        <message>
            <source>This line has no SKU to link a barcode to</source>
            <translation>此行没有 SKU，无法关联条码</translation>
        </message>
        <message>
            <source>Not complete: {missing} items still missing</source>
            <translation>未完成：还缺 {missing} 件商品</translation>
        </message>
        <message>
            <source>next: {order}</source>
            <translation>下一个：{order}</translation>
        </message>
    </context>
    <context>
        <name>PrintDialog</name>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>Selected orders ({count})</source>
            <translation>选中的订单（{count}）</translation>
        </message>
        <message>
            <source>Every order in the view</source>
            <translation>当前视图中的全部订单</translation>
        </message>
        <message>
            <source>Packing checklists</source>
            <translation>打包核对单</translation>
        </message>
        <message>
            <source>Pick list</source>
            <translation>拣货单</translation>
        </message>
        <message>
            <source>Packing lists for the buyer</source>
            <translation>给买家的装箱清单</translation>
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
            <translation>4×6 英寸标签（100×150 毫米）</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Shelf location</source>
            <translation>货架位置</translation>
        </message>
        <message>
            <source>Orders:</source>
            <translation>订单：</translation>
        </message>
        <message>
            <source>Print:</source>
            <translation>打印：</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>纸张：</translation>
        </message>
        <message>
            <source>Per sheet:</source>
            <translation>每页张数：</translation>
        </message>
        <message>
            <source>Sort pick list by:</source>
            <translation>拣货单排序：</translation>
        </message>
        <message>
            <source>Preview…</source>
            <translation>预览…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>保存 PDF…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>No orders to print: select orders or choose a view that has some.</source>
            <translation>没有可打印的订单：请选择订单，或切换到有订单的视图。</translation>
        </message>
        <message>
            <source>Sent {pages} pages to the printer.</source>
            <translation>已发送 {pages} 页到打印机。</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>保存 PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved {pages} pages to {path}.</source>
            <translation>已保存 {pages} 页到 {path}。</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>正在处理…</translation>
        </message>
        <message>
            <source>Painting order {order}…</source>
            <translation>正在生成订单 {order}…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written.</source>
            <translation>已取消：没有写入任何文件。</translation>
        </message>
        <message>
            <source>No orders to print.</source>
            <translation>没有可打印的订单。</translation>
        </message>
        <message>
            <source>Could not print: {error}</source>
            <translation>无法打印：{error}</translation>
        </message>
    </context>
    <context>
        <name>PrintedChecklist</name>
        <message>
            <source>Buyer: {buyer}</source>
            <translation>买家：{buyer}</translation>
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
            <translation>高价值</translation>
        </message>
        <message>
            <source>Ship to: {address}</source>
            <translation>收货地址：{address}</translation>
        </message>
        <message>
            <source>{reasons}: photograph contents, inner and outer packing</source>
            <translation>{reasons}：请拍摄商品、内包装和外包装</translation>
        </message>
        <message>
            <source>Buyer's note: {note}</source>
            <translation>买家留言：{note}</translation>
        </message>
        <message>
            <source>Seller's note: {note}</source>
            <translation>卖家备注：{note}</translation>
        </message>
        <message>
            <source>{source} — part {part} of {parts}</source>
            <translation>{source} — 第 {part}/{parts} 张</translation>
        </message>
        <message>
            <source>Ship by {date}</source>
            <translation>最晚发货 {date}</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>数量</translation>
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
            <translation>件数：{units} · 行数：{lines}</translation>
        </message>
        <message>
            <source>Packed by ____________</source>
            <translation>打包人 ____________</translation>
        </message>
        <message>
            <source>Time ______________</source>
            <translation>时间 ______________</translation>
        </message>
    </context>
    <context>
        <name>PrintedPickList</name>
        <message>
            <source>Page {number} of {count}</source>
            <translation>第 {number}/{count} 页</translation>
        </message>
        <message>
            <source>Pick list</source>
            <translation>拣货单</translation>
        </message>
        <message>
            <source>continues on the next page →</source>
            <translation>接下页 →</translation>
        </message>
        <message>
            <source>{orders} orders · {units} items · {lines} lines · printed {when}</source>
            <translation>{orders} 个订单 · {units} 件 · {lines} 行 · 打印于 {when}</translation>
        </message>
        <message>
            <source>SKU / location</source>
            <translation>SKU / 位置</translation>
        </message>
        <message>
            <source>(continued)</source>
            <translation>（续）</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>商品</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>订单</translation>
        </message>
        <message>
            <source>Total units: {units}</source>
            <translation>合计件数：{units}</translation>
        </message>
    </context>
    <context>
        <name>PrintingFeature</name>
        <message>
            <source>Print checklists…</source>
            <translation>打印核对单…</translation>
        </message>
        <message>
            <source>Print pick list…</source>
            <translation>打印拣货单…</translation>
        </message>
        <message>
            <source>Packing lists…</source>
            <translation>装箱清单…</translation>
        </message>
        <message>
            <source>Pack log</source>
            <translation>打包记录</translation>
        </message>
        <message>
            <source>Pack station</source>
            <translation>打包台</translation>
        </message>
        <message>
            <source>Shelf locations…</source>
            <translation>货架位置…</translation>
        </message>
    </context>
    <context>
        <name>Replies</name>
        <message>
            <source>a good time to write</source>
            <translation>现在发消息正合适</translation>
        </message>
        <message>
            <source>early morning there: the buyer may not be up yet</source>
            <translation>当地是清晨：买家可能还没起床</translation>
        </message>
        <message>
            <source>late evening there: the answer may come tomorrow</source>
            <translation>当地是深夜前：回复可能要明天</translation>
        </message>
        <message>
            <source>night there: the buyer will read it in the morning</source>
            <translation>当地是夜里：买家早上才会看到</translation>
        </message>
        <message>
            <source>Case follow-up due</source>
            <translation>售后案例需要跟进</translation>
        </message>
        <message>
            <source>Just paid: confirm the address</source>
            <translation>刚付款：确认收货地址</translation>
        </message>
        <message>
            <source>Shipped: send the tracking number</source>
            <translation>已发货：发送运单号</translation>
        </message>
        <message>
            <source>In transit, no news for days</source>
            <translation>运输中，多日无更新</translation>
        </message>
        <message>
            <source>Delivered: ask for feedback</source>
            <translation>已送达：邀请评价</translation>
        </message>
        <message>
            <source>A case is open on this order: a cheerful message now reads as not listening.</source>
            <translation>该订单有未结纠纷：此时发轻松愉快的消息会显得没在听买家说话。</translation>
        </message>
        <message>
            <source>Buyer wrote, not answered yet</source>
            <translation>买家来信，尚未回复</translation>
        </message>
        <message>
            <source>Copy it anyway?</source>
            <translation>仍然复制吗？</translation>
        </message>
        <message>
            <source>Delayed: past the expected delivery</source>
            <translation>延误：已超过预计送达</translation>
        </message>
        <message>
            <source>Expected within days: send an update</source>
            <translation>即将送达：发送进度更新</translation>
        </message>
        <message>
            <source>How do you sign replies for {shop}? Asked once; change it in Settings › Shops.</source>
            <translation>{shop} 的回复用什么署名？只问一次；可在“设置 › 店铺”中修改。</translation>
        </message>
        <message>
            <source>How was the case resolved?</source>
            <translation>这个纠纷是怎么解决的？</translation>
        </message>
        <message>
            <source>In your language ({language}) — without your last edits to the buyer's text</source>
            <translation>您的语言（{language}）— 不含您对买家消息的最新修改</translation>
        </message>
        <message>
            <source>Not decided yet</source>
            <translation>尚未决定</translation>
        </message>
        <message>
            <source>Not received: long past the expected delivery</source>
            <translation>未收到：已远超预计送达</translation>
        </message>
        <message>
            <source>Please confirm</source>
            <translation>请确认</translation>
        </message>
        <message>
            <source>Preparing today's plan…</source>
            <translation>正在准备今天的计划…</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Resend</source>
            <translation>补发</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>退货</translation>
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
            <translation>复制前请填写 {names}：绝不能让买家看到未替换的占位符。</translation>
        </message>
        <message>
            <source>This order no longer exists. It may have been deleted.</source>
            <translation>该订单已不存在，可能已被删除。</translation>
        </message>
        <message>
            <source>This file cannot be imported: {detail}. Nothing was changed.</source>
            <translation>无法导入此文件：{detail}。未做任何更改。</translation>
        </message>
        <message>
            <source>This cannot be done: {detail}</source>
            <translation>无法执行：{detail}</translation>
        </message>
        <message>
            <source>The file cannot be read or written: {detail}</source>
            <translation>无法读写该文件：{detail}</translation>
        </message>
        <message>
            <source>Something went wrong: {detail}</source>
            <translation>出错了：{detail}</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>买家</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>国家/地区</translation>
        </message>
        <message>
            <source>Buyer's time</source>
            <translation>买家当地时间</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Suggested message</source>
            <translation>建议消息</translation>
        </message>
        <message>
            <source>No order selected</source>
            <translation>未选择订单</translation>
        </message>
        <message>
            <source>&lt;b&gt;{buyer}&lt;/b&gt; · order {order} · {place}</source>
            <translation>&lt;b&gt;{buyer}&lt;/b&gt; · 订单 {order} · {place}</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>（无姓名）</translation>
        </message>
        <message>
            <source>country unknown</source>
            <translation>国家未知</translation>
        </message>
        <message>
            <source>Buyer's local time unknown</source>
            <translation>买家当地时间未知</translation>
        </message>
        <message>
            <source> (region unknown, guessed)</source>
            <translation>（地区未知，为推测值）</translation>
        </message>
        <message>
            <source>today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>waiting since today</source>
            <translation>今天来信</translation>
        </message>
        <message>
            <source>your shop</source>
            <translation>您的店铺</translation>
        </message>
        <message>
            <source>{time} in {place}{guess} — {hint}</source>
            <translation>{place}{guess} 当地时间 {time} — {hint}</translation>
        </message>
        <message>
            <source>Write this step</source>
            <translation>撰写此步骤的消息</translation>
        </message>
        <message>
            <source>Logging the message completes this step; next follow-up</source>
            <translation>记录消息即完成此步骤；下次跟进</translation>
        </message>
        <message>
            <source>Case: {kind} — step {n} of 7: {step}</source>
            <translation>售后案例：{kind} — 第 {n}/7 步：{step}</translation>
        </message>
        <message>
            <source>Open a case</source>
            <translation>创建售后案例</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>步骤</translation>
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
            <translation>在“回复”中撰写此步骤</translation>
        </message>
        <message>
            <source>Mark step done</source>
            <translation>标记此步骤完成</translation>
        </message>
        <message>
            <source>Set follow-up date</source>
            <translation>设置跟进日期</translation>
        </message>
        <message>
            <source>Amount refunded, e.g. 8.00</source>
            <translation>退款金额，例如 8.00</translation>
        </message>
        <message>
            <source>Save resolution</source>
            <translation>保存处理结果</translation>
        </message>
        <message>
            <source>Close case</source>
            <translation>关闭案例</translation>
        </message>
        <message>
            <source>Reopen case</source>
            <translation>重新打开案例</translation>
        </message>
        <message>
            <source>New case:</source>
            <translation>新案例：</translation>
        </message>
        <message>
            <source>Next follow-up:</source>
            <translation>下次跟进：</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Should have arrived: ask the buyer</source>
            <translation>应已送达：先问买家</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>显示全部</translation>
        </message>
        <message>
            <source>Sign like this</source>
            <translation>就这样署名</translation>
        </message>
        <message>
            <source>The case stays open until you say how it was resolved.</source>
            <translation>说明解决方式之前，纠纷保持未结。</translation>
        </message>
        <message>
            <source>This message closes the case: choose how it was resolved first.</source>
            <translation>这条消息会结束纠纷：请先选择解决方式。</translation>
        </message>
        <message>
            <source>This message is about a parcel on its way, but it has been delivered.</source>
            <translation>这条消息讲的是运输中的包裹，但包裹已送达。</translation>
        </message>
        <message>
            <source>This message is about a parcel on its way, but the order has not shipped yet.</source>
            <translation>这条消息讲的是运输中的包裹，但订单还没发货。</translation>
        </message>
        <message>
            <source>This message says the order has not shipped yet, but it has.</source>
            <translation>这条消息说订单还没发货，但其实已经发货。</translation>
        </message>
        <message>
            <source>This message says the parcel cleared customs: send it only if the tracking shows that.</source>
            <translation>这条消息说包裹已清关：只有物流信息显示如此时才发送。</translation>
        </message>
        <message>
            <source>This message says the parcel was delivered, but nothing says so yet.</source>
            <translation>这条消息说包裹已送达，但目前没有任何记录显示已送达。</translation>
        </message>
        <message>
            <source>Today's plan could not be read: {detail}</source>
            <translation>无法读取今天的计划：{detail}</translation>
        </message>
        <message>
            <source>Which items are out of stock?</source>
            <translation>哪些商品缺货？</translation>
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
            <translation>预计今天送达</translation>
        </message>
        <message>
            <source>open</source>
            <translation>进行中</translation>
        </message>
        <message numerus="yes">
            <source> — %n more under “Show all”</source>
            <translation>
                <numerusform> — 另有 %n 条，点“显示全部”</numerusform>
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
                <numerusform>超过预计送达 %n 天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Messages to send today: %n</source>
            <translation>
                <numerusform>今天要发的消息：%n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The parcel is %n day(s) past its expected delivery: it is not on schedule.</source>
            <translation>
                <numerusform>包裹已超过预计送达 %n 天：并非按时。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The ship-by date passed %n day(s) ago: give the buyer a new date.</source>
            <translation>
                <numerusform>发货截止日已过 %n 天：请给买家一个新日期。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>expected in %n day(s)</source>
            <translation>
                <numerusform>预计 %n 天后送达</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>no news for %n day(s)</source>
            <translation>
                <numerusform>%n 天没有消息</numerusform>
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
                <numerusform>{reason}：%n 个订单</numerusform>
            </translation>
        </message>
        <message>
            <source>closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <source>No case on this order. Open one when a buyer reports a problem.</source>
            <translation>此订单没有售后案例。买家反映问题时再创建。</translation>
        </message>
        <message>
            <source>Next: step {n} of 7</source>
            <translation>下一步：第 {n}/7 步</translation>
        </message>
        <message>
            <source>Closed. Resolution: {outcome}</source>
            <translation>已关闭。处理结果：{outcome}</translation>
        </message>
        <message>
            <source>Case opened. Step 1: acknowledge the buyer's message today.</source>
            <translation>案例已创建。第 1 步：今天内回复买家，表示已收到。</translation>
        </message>
        <message>
            <source>Step done.</source>
            <translation>步骤已完成。</translation>
        </message>
        <message>
            <source>All seven steps done; the case is closed.</source>
            <translation>七个步骤均已完成；案例已关闭。</translation>
        </message>
        <message>
            <source>Follow-up date set; the order shows in Today on that day.</source>
            <translation>已设置跟进日期；当天该订单会出现在“今天”中。</translation>
        </message>
        <message>
            <source>The amount is not a number. Nothing was saved.</source>
            <translation>金额不是数字，未保存。</translation>
        </message>
        <message>
            <source>Resolution saved.</source>
            <translation>处理结果已保存。</translation>
        </message>
        <message>
            <source>Case closed.</source>
            <translation>案例已关闭。</translation>
        </message>
        <message>
            <source>Case reopened.</source>
            <translation>案例已重新打开。</translation>
        </message>
        <message>
            <source>Warm</source>
            <translation>亲切</translation>
        </message>
        <message>
            <source>Short</source>
            <translation>简短</translation>
        </message>
        <message>
            <source>Send as short messages</source>
            <translation>拆成短消息发送</translation>
        </message>
        <message>
            <source>Paste the buyer's message here to keep both sides in the log</source>
            <translation>把买家的消息粘贴到这里，双方对话都会记入记录</translation>
        </message>
        <message>
            <source>Log buyer's message</source>
            <translation>记录买家消息</translation>
        </message>
        <message>
            <source>Delete selected message</source>
            <translation>删除选中的消息</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Message to the buyer (editable)</source>
            <translation>发给买家的消息（可编辑）</translation>
        </message>
        <message>
            <source>Choose a scenario</source>
            <translation>选择场景</translation>
        </message>
        <message>
            <source>The same in your language ({language})</source>
            <translation>你的语言的对照（{language}）</translation>
        </message>
        <message>
            <source>Copy part {n} of {total} &amp;&amp; log</source>
            <translation>复制第 {n}/{total} 段并记录</translation>
        </message>
        <message>
            <source>Copy &amp;&amp; log</source>
            <translation>复制并记录</translation>
        </message>
        <message>
            <source>Fill in before copying: {names}</source>
            <translation>复制前请填写：{names}</translation>
        </message>
        <message>
            <source>Copied and logged. Paste it in the marketplace chat.</source>
            <translation>已复制并记录。请粘贴到平台聊天窗口。</translation>
        </message>
        <message>
            <source>Part {n} copied and logged; paste it, then copy the next.</source>
            <translation>第 {n} 段已复制并记录；粘贴后再复制下一段。</translation>
        </message>
        <message>
            <source>Delete this message from the log? It is evidence for disputes.</source>
            <translation>从记录中删除这条消息？它是纠纷证据。</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>回复</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>售后案例</translation>
        </message>
        <message>
            <source>My reply templates…</source>
            <translation>我的回复模板…</translation>
        </message>
        <message>
            <source>choose a date</source>
            <translation>选择日期</translation>
        </message>
        <message>
            <source>Choose, or type your own words in the buyer's language</source>
            <translation>选择，或用买家的语言输入你自己的话</translation>
        </message>
        <message>
            <source>Amount, e.g. 5.50</source>
            <translation>金额，例如 5.50</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>谁</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <source>Search scenarios, or type /shortcut</source>
            <translation>搜索场景，或输入 /快捷词</translation>
        </message>
        <message>
            <source>My templates</source>
            <translation>我的模板</translation>
        </message>
        <message>
            <source>Reply templates (*.json)</source>
            <translation>回复模板 (*.json)</translation>
        </message>
        <message>
            <source>Export templates</source>
            <translation>导出模板</translation>
        </message>
        <message>
            <source>Import templates</source>
            <translation>导入模板</translation>
        </message>
        <message>
            <source>Reply templates</source>
            <translation>回复模板</translation>
        </message>
        <message>
            <source>My reply templates</source>
            <translation>我的回复模板</translation>
        </message>
        <message>
            <source>Placeholders: {names}, and {{column:Header}} for any column of the export.</source>
            <translation>占位符：{names}，以及用于导出文件任意列的 {{column:Header}}。</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>复制一份</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
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
            <translation>保存</translation>
        </message>
        <message>
            <source>Reset to built-in</source>
            <translation>恢复为内置内容</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>导入…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>快捷词</translation>
        </message>
        <message>
            <source>New template</source>
            <translation>新模板</translation>
        </message>
        <message>
            <source>Template added. Write it in each language you need, then Save.</source>
            <translation>已添加模板。请用需要的每种语言撰写，然后保存。</translation>
        </message>
        <message>
            <source>Copied into your own templates.</source>
            <translation>已复制到你的模板中。</translation>
        </message>
        <message>
            <source>Delete the template “{title}”?</source>
            <translation>删除模板“{title}”？</translation>
        </message>
        <message>
            <source>Template deleted.</source>
            <translation>模板已删除。</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <source>Go back to the built-in wording of “{title}”?</source>
            <translation>将“{title}”恢复为内置措辞？</translation>
        </message>
        <message>
            <source>Back to the built-in wording.</source>
            <translation>已恢复为内置措辞。</translation>
        </message>
        <message>
            <source>{n} templates exported to {file}.</source>
            <translation>已将 {n} 个模板导出到 {file}。</translation>
        </message>
        <message>
            <source>{n} templates imported from {file}.</source>
            <translation>已从 {file} 导入 {n} 个模板。</translation>
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message>
            <source>All countries</source>
            <translation>所有国家/地区</translation>
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
            <translation>任意状态</translation>
        </message>
        <message>
            <source>Custom range…</source>
            <translation>自定义范围…</translation>
        </message>
        <message>
            <source>Has evidence</source>
            <translation>有证据</translation>
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
            <translation>仅在此视图中</translation>
        </message>
        <message>
            <source>Open case</source>
            <translation>未结案例</translation>
        </message>
        <message>
            <source>Search only the orders of the selected view</source>
            <translation>只搜索所选视图中的订单</translation>
        </message>
        <message>
            <source>Search order, buyer, SKU, title, tracking, phone, city, note…  (Ctrl+F)</source>
            <translation>搜索订单、买家、SKU、标题、运单号、电话、城市、备注…  (Ctrl+F)</translation>
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
            <translation>4×6 英寸标签</translation>
        </message>
        <message>
            <source>A new language or data folder is used from the next start.</source>
            <translation>新的语言或数据文件夹将在下次启动时生效。</translation>
        </message>
        <message>
            <source>Answer an open case within</source>
            <translation>未结案例的回复期限</translation>
        </message>
        <message>
            <source>Ask for a packing video on high-value orders</source>
            <translation>高价值订单要求录制打包视频</translation>
        </message>
        <message>
            <source>Ask for a review after delivery</source>
            <translation>送达后多久邀请评价</translation>
        </message>
        <message>
            <source>Ask when printing</source>
            <translation>打印时询问</translation>
        </message>
        <message>
            <source>Automatic backups to keep</source>
            <translation>保留的自动备份数</translation>
        </message>
        <message>
            <source>Back up automatically every day</source>
            <translation>每天自动备份</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>备份文件夹</translation>
        </message>
        <message>
            <source>Bench name in the scan log</source>
            <translation>扫描记录中的工位名称</translation>
        </message>
        <message>
            <source>Camera</source>
            <translation>摄像头</translation>
        </message>
        <message>
            <source>Checklists per page</source>
            <translation>每页核对清单数</translation>
        </message>
        <message>
            <source>Choose a folder</source>
            <translation>选择文件夹</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>数据文件夹</translation>
        </message>
        <message>
            <source>Domestic parcels arrive within</source>
            <translation>国内包裹送达天数</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>回车</translation>
        </message>
        <message>
            <source>Enter and Tab</source>
            <translation>回车加 Tab</translation>
        </message>
        <message>
            <source>Enter or Tab (detect)</source>
            <translation>回车或 Tab（自动识别）</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>跟进</translation>
        </message>
        <message>
            <source>Fragile when the item mentions</source>
            <translation>商品含以下词语时视为易碎</translation>
        </message>
        <message>
            <source>General</source>
            <translation>常规</translation>
        </message>
        <message>
            <source>High-value orders above</source>
            <translation>高价值订单金额高于</translation>
        </message>
        <message>
            <source>Keep automatic backups in a folder that survives this computer: a USB disk or a folder your cloud drive synchronises.</source>
            <translation>请把自动备份放在电脑坏了也不会丢的地方：U 盘或云盘同步的文件夹。</translation>
        </message>
        <message>
            <source>Label printer</source>
            <translation>标签打印机</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Message shipped orders with no news after</source>
            <translation>已发货订单无更新多久后发消息</translation>
        </message>
        <message>
            <source>Not received when late by</source>
            <translation>超过预计送达多少天算未收到</translation>
        </message>
        <message>
            <source>Not set: every parcel counts as cross-border</source>
            <translation>未设置：所有包裹都按跨境计算</translation>
        </message>
        <message>
            <source>Packer name</source>
            <translation>打包员姓名</translation>
        </message>
        <message>
            <source>Packing</source>
            <translation>打包</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>纸张大小</translation>
        </message>
        <message>
            <source>Parcels abroad arrive within</source>
            <translation>跨境包裹送达天数</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>Reply signature</source>
            <translation>回复署名</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>与界面语言相同</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Shops</source>
            <translation>店铺</translation>
        </message>
        <message>
            <source>Sounds on every scan (distinct for mistakes)</source>
            <translation>每次扫描发声（出错时声音不同）</translation>
        </message>
        <message>
            <source>Stop recording when idle for</source>
            <translation>画面静止多久后停止录制</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <source>The data folder's backups folder</source>
            <translation>数据文件夹中的 backups 文件夹</translation>
        </message>
        <message>
            <source>The scanner ends each scan with</source>
            <translation>扫描枪每次扫描结尾发送</translation>
        </message>
        <message>
            <source>Used where a shop has no signature of its own (Shops tab)</source>
            <translation>店铺没有自己的署名时使用（见“店铺”页）</translation>
        </message>
        <message>
            <source>You ship from</source>
            <translation>发货国家</translation>
        </message>
        <message>
            <source>Your language beside replies</source>
            <translation>回复旁显示的您的语言</translation>
        </message>
        <message>
            <source>this computer's name</source>
            <translation>本机名称</translation>
        </message>
        <message>
            <source>The system's default camera</source>
            <translation>系统默认摄像头</translation>
        </message>
        <message>
            <source>Two shops have the same marketplace and name: {shop}</source>
            <translation>有两个店铺的平台和名称相同：{shop}</translation>
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
            <translation>设置…</translation>
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
            <translation>货架位置</translation>
        </message>
        <message>
            <source>Shelf locations</source>
            <translation>货架位置</translation>
        </message>
        <message>
            <source>Type where each SKU sits (e.g. A-03-2). A pick list sorted by location walks the shelves in this order.</source>
            <translation>填写每个 SKU 的存放位置（如 A-03-2）。按位置排序的拣货单会按此顺序走货架。</translation>
        </message>
    </context>
    <context>
        <name>ShopsTab</name>
        <message>
            <source>Add shop</source>
            <translation>添加店铺</translation>
        </message>
        <message>
            <source>Default reply language</source>
            <translation>默认回复语言</translation>
        </message>
        <message>
            <source>Marketplace</source>
            <translation>平台</translation>
        </message>
        <message>
            <source>New shop</source>
            <translation>新店铺</translation>
        </message>
        <message>
            <source>Remove shop</source>
            <translation>删除店铺</translation>
        </message>
        <message>
            <source>Reply language</source>
            <translation>回复语言</translation>
        </message>
        <message>
            <source>Seller signature</source>
            <translation>卖家签名</translation>
        </message>
        <message>
            <source>Shop name</source>
            <translation>店铺名称</translation>
        </message>
        <message>
            <source>The buyer's language</source>
            <translation>买家的语言</translation>
        </message>
        <message>
            <source>The shop's name on the marketplace</source>
            <translation>店铺在平台上的名称</translation>
        </message>
        <message>
            <source>Written under every reply from this shop</source>
            <translation>附在此店铺每条回复的末尾</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <source>Delete saved search</source>
            <translation>删除已保存的搜索</translation>
        </message>
        <message>
            <source>Marketplaces</source>
            <translation>平台</translation>
        </message>
        <message>
            <source>Saved searches</source>
            <translation>已保存的搜索</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>视图</translation>
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
            <translation>已发货</translation>
        </message>
        <message>
            <source>Shipped, no news</source>
            <translation>已发货，无更新</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>问题订单</translation>
        </message>
        <message>
            <source>All orders</source>
            <translation>全部订单</translation>
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
            <translation>已发货</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>已送达</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <source>Mark {count} orders {status}</source>
            <translation>将 {count} 个订单标记为{status}</translation>
        </message>
    </context>
</TS>
