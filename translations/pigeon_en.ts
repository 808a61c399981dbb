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
        <location filename="../app/cli/storecommands.cpp" line="+170"/>
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
        <location line="+144"/>
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
        <location filename="../core/net/ssltransport.cpp" line="+414"/>
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
    <name>Pigeon::Sync::ChangeReplayer</name>
    <message numerus="yes">
        <location filename="../core/sync/changereplayer.cpp" line="+123"/>
        <source>%n message(s) could not be moved to %1: the folder no longer exists. They stay where they were on the server.</source>
        <translation>
            <numerusform>%n message could not be moved to %1: the folder no longer exists. It stays where it was on the server.</numerusform>
            <numerusform>%n messages could not be moved to %1: the folder no longer exists. They stay where they were on the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) could not be copied to %1: the folder no longer exists.</source>
        <translation>
            <numerusform>%n message could not be copied to %1: the folder no longer exists.</numerusform>
            <numerusform>%n messages could not be copied to %1: the folder no longer exists.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pigeon::Sync::ImapSync</name>
    <message numerus="yes">
        <location filename="../core/sync/imapsyncfolders.cpp" line="+71"/>
        <source>The folder %1 was deleted or renamed on the server; %n change(s) made offline to its messages could not be applied.</source>
        <translation>
            <numerusform>The folder %1 was deleted or renamed on the server; %n change made offline to its messages could not be applied.</numerusform>
            <numerusform>The folder %1 was deleted or renamed on the server; %n changes made offline to its messages could not be applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The folder %1 was deleted or renamed on the server; %n message(s) moved there while offline stay in the folder they were moved from.</source>
        <translation>
            <numerusform>The folder %1 was deleted or renamed on the server; %n message moved there while offline stays in the folder it was moved from.</numerusform>
            <numerusform>The folder %1 was deleted or renamed on the server; %n messages moved there while offline stay in the folder they were moved from.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The folder %1 was deleted or renamed on the server; %n message(s) copied there while offline were not copied.</source>
        <translation>
            <numerusform>The folder %1 was deleted or renamed on the server; %n message copied there while offline was not copied.</numerusform>
            <numerusform>The folder %1 was deleted or renamed on the server; %n messages copied there while offline were not copied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::FolderActions</name>
    <message numerus="yes">
        <location filename="../ui/folderactions.cpp" line="+178"/>
        <source>Delete the folder “%1” and its %n subfolder(s)?</source>
        <translation>
            <numerusform>Delete the folder “%1” and its %n subfolder?</numerusform>
            <numerusform>Delete the folder “%1” and its %n subfolders?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n message(s) will be deleted from the server for good. This cannot be undone.</source>
        <translation>
            <numerusform>%n message will be deleted from the server for good. This cannot be undone.</numerusform>
            <numerusform>%n messages will be deleted from the server for good. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) will be moved to the Trash.</source>
        <translation>
            <numerusform>%n message will be moved to the Trash.</numerusform>
            <numerusform>%n messages will be moved to the Trash.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+164"/>
        <source>%1: %n new message(s)</source>
        <translation>
            <numerusform>%1: %n new message</numerusform>
            <numerusform>%1: %n new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+324"/>
        <source>%n account(s) offline</source>
        <translation>
            <numerusform>%n account offline</numerusform>
            <numerusform>%n accounts offline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%Ln account(s)</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%Ln message(s) found</source>
        <translation>
            <numerusform>%Ln message found</numerusform>
            <numerusform>%Ln messages found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln unread</source>
        <translation>
            <numerusform>%Ln unread</numerusform>
            <numerusform>%Ln unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowactions.cpp" line="+196"/>
        <source>Delete %n message(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n message for good? This cannot be undone.</numerusform>
            <numerusform>Delete %n messages for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::MessageView</name>
    <message numerus="yes">
        <location filename="../ui/reader/messageview.cpp" line="+83"/>
        <source>Remote content was blocked to protect your privacy (%n item(s)).</source>
        <translation>
            <numerusform>Remote content was blocked to protect your privacy (%n item).</numerusform>
            <numerusform>Remote content was blocked to protect your privacy (%n items).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::ReviewPage</name>
    <message numerus="yes">
        <location filename="../ui/wizard/reviewpage.cpp" line="+57"/>
        <source>copies stay on the server for %n day(s)</source>
        <translation>
            <numerusform>copies stay on the server for %n day</numerusform>
            <numerusform>copies stay on the server for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::TaskStatus</name>
    <message numerus="yes">
        <location filename="../ui/taskstatus.cpp" line="+85"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n more)</numerusform>
            <numerusform>(+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::TrayIcon</name>
    <message numerus="yes">
        <location filename="../ui/trayicon.cpp" line="+76"/>
        <source>%1: %n new message(s)</source>
        <translation>
            <numerusform>%1: %n new message</numerusform>
            <numerusform>%1: %n new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Pigeon: %Ln unread message(s)</source>
        <translation>
            <numerusform>Pigeon: %Ln unread message</numerusform>
            <numerusform>Pigeon: %Ln unread messages</numerusform>
        </translation>
    </message>
</context>
</TS>
