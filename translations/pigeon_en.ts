<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Pigeon::Account::Account</name>
    <message numerus="yes">
        <location filename="../core/account/accountstore.cpp" line="+248"/>
        <source>&quot;%1&quot; matches %n accounts; give the full id</source>
        <translation>
            <numerusform>&quot;%1&quot; matches %n account; give the full id</numerusform>
            <numerusform>&quot;%1&quot; matches %n accounts; give the full id</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::ExportCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/storecommands.cpp" line="+148"/>
        <source>Exported %n message(s) to %1</source>
        <translation>
            <numerusform>Exported %n message to %1</numerusform>
            <numerusform>Exported %n messages to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::ImportCommand</name>
    <message numerus="yes">
        <location line="-28"/>
        <source>Imported %n message(s) into %1</source>
        <translation>
            <numerusform>Imported %n message into %1</numerusform>
            <numerusform>Imported %n messages into %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::ReindexCommand</name>
    <message numerus="yes">
        <location line="+142"/>
        <source>Reindexed %n message(s)</source>
        <translation>
            <numerusform>Reindexed %n message</numerusform>
            <numerusform>Reindexed %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pigeon::Net::SslTransport</name>
    <message numerus="yes">
        <location filename="../core/net/ssltransport.cpp" line="+401"/>
        <source>The TLS handshake with %1 did not finish within %n second(s).</source>
        <translation>
            <numerusform>The TLS handshake with %1 did not finish within %n second.</numerusform>
            <numerusform>The TLS handshake with %1 did not finish within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Could not connect to %1 within %n second(s).</source>
        <translation>
            <numerusform>Could not connect to %1 within %n second.</numerusform>
            <numerusform>Could not connect to %1 within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 did not answer within %n second.</numerusform>
            <numerusform>%1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+159"/>
        <source>%Ln account(s)</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::MessageView</name>
    <message numerus="yes">
        <location filename="../ui/reader/messageview.cpp" line="+73"/>
        <source>Remote content was blocked to protect your privacy (%n item(s)).</source>
        <translation>
            <numerusform>Remote content was blocked to protect your privacy (%n item).</numerusform>
            <numerusform>Remote content was blocked to protect your privacy (%n items).</numerusform>
        </translation>
    </message>
</context>
</TS>
