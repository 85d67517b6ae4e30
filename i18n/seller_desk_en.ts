<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
