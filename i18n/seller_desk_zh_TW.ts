<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragile: photograph contents, inner and outer packing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller&apos;s note (only you see it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an order to see everything about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low disk space: {free} GB free in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order already has a video. A new recording is kept as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer offers no video encoder: photos only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has GPS location (removed in dispute packs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a picture or files from the clipboard (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage given to files you add now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One zip with the order, checklist, photos, videos, messages and a timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take photos or record a packing video for the selected order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an order first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence yet. Drop photos, videos or PDFs here, paste a picture, or capture one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the orders first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save dispute pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <source>Writing the dispute pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dispute pack is ready:
{path}

{files} files for {orders} order(s). Upload it to the marketplace as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos, videos and PDFs ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no picture and no files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted picture could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding {count} file(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added} added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} already attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {count} item(s) from this order? The files stay in the evidence store and can be restored with “Show removed”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} item(s) removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} item(s) restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute summary: {marketplace} order {order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} more events: see the files in this pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by Seller Desk on {when}. SHA-256 fingerprints of every file: manifest.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {count} more files in the evidence folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing checklist: {marketplace} order {order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read or written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} ({layout}): {created} new, {updated} updated, {unchanged} unchanged, {items} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows skipped (details below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: not imported. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} row {row}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the columns of {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller Desk does not know this layout yet. Say which column holds what; the mapping is saved and used automatically for files with the same columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the order ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the mapping a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Seller Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Orders&lt;/b&gt;: drop the order export of any marketplace here (Shopee, Lazada, AliExpress, Amazon, eBay, Etsy, TikTok Shop, Shopify, Mercado Libre). Every order, buyer and item, in one fast table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Packing&lt;/b&gt;: print checklists and pick lists, scan items at the pack station, and keep photos and videos of the packing as sealed evidence for disputes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Replies&lt;/b&gt;: one-click after-sales messages in the buyer&apos;s language, with the buyer&apos;s local time in view, every message kept as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it with sample orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: you can also drag export files onto this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import exports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import marketplace order exports (you can also drop files on the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export this view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try with &amp;sample orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save this search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} orders marked {status}. Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import order exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order exports ({patterns});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {files} files: {created} new orders, {updated} updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting {count} orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search order, buyer, SKU, title, tracking, phone, city…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All marketplaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing moved: recording stopped and kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when still for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video encoder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found. Connect a camera (a USB webcam or a phone used as a webcam) and reopen this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the clip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● REC {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to the order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner packing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outer packing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not exist or cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be kept as evidence. Use a photo (JPEG, PNG, WebP, GIF, BMP, TIFF), a video (MP4, MOV, MKV, WebM, AVI) or a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete (perhaps cut off while copying). It was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has too many pixels to open safely. It was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} changed or disappeared while it was being copied. Nothing was stored; try again once the file is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free disk space to store {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <source>The file does not exist or cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged or incomplete and cannot be read. Download the export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is protected by a password. Open it in your spreadsheet program, save it without a password, and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a spreadsheet or CSV order export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns of this file match no marketplace export and no saved column mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has column names but no order rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be imported. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderColumns</name>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished">數量</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <source>Items &amp;&amp; checklist</source>
        <translation type="unfinished"></translation>
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
        <source>Mark Packed when every item is scanned</source>
        <translation>全部商品掃描後自動標記為已打包</translation>
    </message>
    <message>
        <source>Tick line (F2)</source>
        <translation>勾選此行 (F2)</translation>
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
        <source>Wrong item: {code} is not in this order</source>
        <translation>商品錯誤：{code} 不在本訂單中</translation>
    </message>
    <message>
        <source>That order no longer exists</source>
        <translation>該訂單已不存在</translation>
    </message>
    <message>
        <source>Photograph contents, inner and outer packing</source>
        <translation>請拍攝商品、內包裝和外包裝</translation>
    </message>
    <message>
        <source>Buyer&apos;s note: {note}</source>
        <translation>買家留言：{note}</translation>
    </message>
    <message>
        <source>Seller&apos;s note: {note}</source>
        <translation>賣家備註：{note}</translation>
    </message>
    <message>
        <source>Already packed on {when} by {packer}: scan the items to pack it again</source>
        <translation>已於 {when} 由 {packer} 打包：掃描商品可重新打包</translation>
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
        <source>Order {order} packed at {time}</source>
        <translation>訂單 {order} 已於 {time} 打包</translation>
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
        <translation>商品名稱</translation>
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
        <source>{reasons}: photograph contents, inner and outer packing</source>
        <translation>{reasons}：請拍攝商品、內包裝和外包裝</translation>
    </message>
    <message>
        <source>Buyer&apos;s note: {note}</source>
        <translation>買家留言：{note}</translation>
    </message>
    <message>
        <source>Seller&apos;s note: {note}</source>
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
        <source>{orders} orders · {units} items · {lines} lines · printed {when}</source>
        <translation>{orders} 個訂單 · {units} 件 · {lines} 行 · 列印於 {when}</translation>
    </message>
    <message>
        <source>SKU / location</source>
        <translation>SKU / 位置</translation>
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
        <source>Pack station</source>
        <translation>打包台</translation>
    </message>
</context>
<context>
    <name>Replies</name>
    <message>
        <source>a good time to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early morning there: the buyer may not be up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late evening there: the answer may come tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>night there: the buyer will read it in the morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just paid: confirm the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped: send the tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arriving: ask the buyer to look out for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit, no news for days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered: ask for feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in {names} before copying: a buyer must never see a raw placeholder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order no longer exists. It may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: {detail}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be done: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read or written: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages to send today: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{buyer}&lt;/b&gt; · order {order} · {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer&apos;s local time unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (region unknown, guessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} in {place}{guess} — {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging the message completes this step; next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case: {kind} — step {n} of 7: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this step in Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark step done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount refunded, e.g. 8.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case on this order. Open one when a buyer reports a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: step {n} of 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed. Resolution: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case opened. Step 1: acknowledge the buyer&apos;s message today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All seven steps done; the case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date set; the order shows in Today on that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is not a number. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as short messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the buyer&apos;s message here to keep both sides in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log buyer&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete selected message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to the buyer (editable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same in your language ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy part {n} of {total} &amp;&amp; log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;&amp; log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in before copying: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied and logged. Paste it in the marketplace chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part {n} copied and logged; paste it, then copy the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this message from the log? It is evidence for disputes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My reply templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose, or type your own words in the buyer&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount, e.g. 5.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search scenarios, or type /shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply templates (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My reply templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: {names}, and {{column:Header}} for any column of the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">關閉</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">商品名稱</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template added. Write it in each language you need, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied into your own templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template “{title}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the built-in wording of “{title}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the built-in wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} templates exported to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} templates imported from {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped, no news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>To pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {count} orders {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
