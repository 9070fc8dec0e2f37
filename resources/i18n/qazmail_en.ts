<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AttachmentPreview</name>
    <message numerus="yes">
        <source>Page 1 of %n</source>
        <translation type="vanished">
            <numerusform>Page 1 of %n</numerusform>
            <numerusform>Page 1 of %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message numerus="yes">
        <location filename="../../qazmail_desktop/ui/preview.py" line="98"/>
        <source>Page 1 of %n</source>
        <translation>
            <numerusform>Page 1 of %n</numerusform>
            <numerusform>Page 1 of %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../qazmail_desktop/ui/main_window.py" line="544"/>
        <source>%n new letter(s)</source>
        <translation>
            <numerusform>%n new letter</numerusform>
            <numerusform>%n new letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qazmail_desktop/ui/main_window.py" line="804"/>
        <source>Archived %n letter(s)</source>
        <translation>
            <numerusform>Archived %n letter</numerusform>
            <numerusform>Archived %n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qazmail_desktop/ui/main_window.py" line="921"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qazmail_desktop/ui/main_window.py" line="979"/>
        <source>%n letter(s) found, the newest %1 shown</source>
        <translation>
            <numerusform>%n letter found, the newest %1 shown</numerusform>
            <numerusform>%n letters found, the newest %1 shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qazmail_desktop/ui/main_window.py" line="981"/>
        <source>%n letter(s) found</source>
        <translation>
            <numerusform>%n letter found</numerusform>
            <numerusform>%n letters found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickFilterBar</name>
    <message numerus="yes">
        <location filename="../../qazmail_desktop/ui/quickfilter.py" line="122"/>
        <source>%1 of %n letter(s)</source>
        <translation>
            <numerusform>%1 of %n letter</numerusform>
            <numerusform>%1 of %n letters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message numerus="yes">
        <location filename="../../qazmail_desktop/ui/reading.py" line="226"/>
        <source>%n remote image(s) or link(s) blocked to protect your privacy.</source>
        <translation>
            <numerusform>%n remote image or link blocked to protect your privacy.</numerusform>
            <numerusform>%n remote images or links blocked to protect your privacy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message numerus="yes">
        <location filename="../../qazmail_desktop/ui/formatting.py" line="59"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_SIZES</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="vanished">
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
</TS>
