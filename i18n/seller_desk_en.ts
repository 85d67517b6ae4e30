<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Evidence</name>
        <message numerus="yes">
            <source>%n file(s) kept but not yet attached to this order.</source>
            <translation>
                <numerusform>%n file kept but not yet attached to this order.</numerusform>
                <numerusform>%n files kept but not yet attached to this order.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) or clip(s) not yet attached: kept, and tried again.</source>
            <translation>
                <numerusform>%n photo or clip not yet attached: kept, and tried again.</numerusform>
                <numerusform>%n photos or clips not yet attached: kept, and tried again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message numerus="yes">
            <source>Done: %n order(s) exported to {path}.</source>
            <translation>
                <numerusform>Done: %n order exported to {path}.</numerusform>
                <numerusform>Done: %n orders exported to {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exporting %n order(s)…</source>
            <translation>
                <numerusform>Exporting %n order…</numerusform>
                <numerusform>Exporting %n orders…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InterruptedWork</name>
        <message numerus="yes">
            <source>The import of {file} was interrupted after it was saved: all of it was kept (%n order(s)).</source>
            <translation>
                <numerusform>The import of {file} was interrupted after it was saved: all of it was kept (%n order).</numerusform>
                <numerusform>The import of {file} was interrupted after it was saved: all of it was kept (%n orders).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n new order(s),</source>
            <translation>
                <numerusform>%n new order,</numerusform>
                <numerusform>%n new orders,</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n order(s)</source>
            <translation>
                <numerusform>%n order</numerusform>
                <numerusform>%n orders</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) marked {status}. Ctrl+Z undoes.</source>
            <translation>
                <numerusform>%n order marked {status}. Ctrl+Z undoes.</numerusform>
                <numerusform>%n orders marked {status}. Ctrl+Z undoes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n selected</source>
            <translation>
                <numerusform>%n selected</numerusform>
                <numerusform>%n selected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated.</source>
            <translation>
                <numerusform>%n updated.</numerusform>
                <numerusform>%n updated.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n file(s):</source>
            <translation>
                <numerusform>Imported %n file:</numerusform>
                <numerusform>Imported %n files:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No match in this view; %n match(es) in all orders.</source>
            <translation>
                <numerusform>No match in this view; %n match in all orders.</numerusform>
                <numerusform>No match in this view; %n matches in all orders.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MappingDialog</name>
        <message numerus="yes">
            <source>Preview: the first %n order(s) this mapping makes</source>
            <translation>
                <numerusform>Preview: the first order this mapping makes</numerusform>
                <numerusform>Preview: the first %n orders this mapping makes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Replies</name>
        <message numerus="yes">
            <source> — %n more under “Show all”</source>
            <translation>
                <numerusform> — %n more under “Show all”</numerusform>
                <numerusform> — %n more under “Show all”</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) past expected delivery</source>
            <translation>
                <numerusform>%n day past expected delivery</numerusform>
                <numerusform>%n days past expected delivery</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Messages to send today: %n</source>
            <translation>
                <numerusform>Messages to send today: %n</numerusform>
                <numerusform>Messages to send today: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The parcel is %n day(s) past its expected delivery: it is not on schedule.</source>
            <translation>
                <numerusform>The parcel is %n day past its expected delivery: it is not on schedule.</numerusform>
                <numerusform>The parcel is %n days past its expected delivery: it is not on schedule.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The ship-by date passed %n day(s) ago: give the buyer a new date.</source>
            <translation>
                <numerusform>The ship-by date passed %n day ago: give the buyer a new date.</numerusform>
                <numerusform>The ship-by date passed %n days ago: give the buyer a new date.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>expected in %n day(s)</source>
            <translation>
                <numerusform>expected in %n day</numerusform>
                <numerusform>expected in %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>no news for %n day(s)</source>
            <translation>
                <numerusform>no news for %n day</numerusform>
                <numerusform>no news for %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>overdue %n day(s)</source>
            <translation>
                <numerusform>overdue %n day</numerusform>
                <numerusform>overdue %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>waiting %n day(s)</source>
            <translation>
                <numerusform>waiting %n day</numerusform>
                <numerusform>waiting %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{reason}: %n order(s)</source>
            <translation>
                <numerusform>{reason}: %n order</numerusform>
                <numerusform>{reason}: %n orders</numerusform>
            </translation>
        </message>
    </context>
</TS>
