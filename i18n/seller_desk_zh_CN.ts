<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <source>Capture…</source>
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
        <source>Cancel</source>
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
        <source>In box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan an order barcode or tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan here (order, tracking or item barcode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Packed when every item is scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick line (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link last refused barcode to line (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close order (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order has the id or tracking number {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sku}: {packed} of {quantity} in the box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item is in the box: press F12 to mark it Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra item: every {code} of this order is already in the box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong item: {code} is not in this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That order no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photograph contents, inner and outer packing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer&apos;s note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller&apos;s note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already packed on {when} by {packer}: scan the items to pack it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {order}: scan the {units} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line has no SKU to link a barcode to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not complete: {missing} items still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {order} packed at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next: {order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer: {buyer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship with: {shipping}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FRAGILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIGH VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reasons}: photograph contents, inner and outer packing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} — part {part} of {parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units: {units} · Lines: {lines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed by ____________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time ______________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected orders ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every order in the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing lists for the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4×6 in label (100×150 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort pick list by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders to print: select orders or choose a view that has some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {pages} pages to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {pages} pages to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Painting order {order}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not print: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{orders} orders · {units} items · {lines} lines · printed {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU / location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {units} items</source>
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
        <source>Language</source>
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
        <translation type="unfinished"></translation>
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
        <source>Buyer</source>
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
