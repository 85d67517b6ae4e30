<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
