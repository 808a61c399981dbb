<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Main</name>
    <message>
        <location filename="../app/pigeon/main.cpp" line="+82"/>
        <source>pigeon: unknown language “%1” (try pl, ru, fa or en)</source>
        <translation>pigeon: неизвестный язык «%1» (попробуйте pl, ru, fa или en)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pigeon, a desktop mail client that works offline.</source>
        <translation>Pigeon — почтовый клиент для компьютера, который работает и без подключения к сети.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep all settings, mail and caches in DIRECTORY instead of the standard locations.</source>
        <translation>Хранить все настройки, почту и кэш в КАТАЛОГЕ вместо стандартных мест.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIRECTORY</source>
        <translation>КАТАЛОГ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the interface in LANGUAGE (en, pl, ru, fa) instead of the system&apos;s language.</source>
        <translation>Показывать интерфейс на ЯЗЫКЕ (en, pl, ru, fa) вместо языка системы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LANGUAGE</source>
        <translation>ЯЗЫК</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pigeon: unexpected argument “%1”</source>
        <translation>pigeon: неожиданный аргумент «%1»</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pigeon cannot create its folders: %1</source>
        <translation>Pigeon не может создать свои папки: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The account list could not be read: %1</source>
        <translation>Не удалось прочитать список учётных записей: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No keychain service is available (%1). Passwords are kept in memory only and are forgotten when Pigeon quits.</source>
        <translation>Служба связки ключей недоступна (%1). Пароли хранятся только в памяти и будут забыты после выхода из Pigeon.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Account::Account</name>
    <message>
        <location filename="../core/account/account.cpp" line="+13"/>
        <source>invalid value for &quot;%1&quot; in the account settings</source>
        <translation>недопустимое значение поля «%1» в настройках учётной записи</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>the account has no id</source>
        <translation>у учётной записи нет идентификатора</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>«%1» не является адресом электронной почты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the incoming server has no host name</source>
        <translation>у сервера входящей почты не указано имя узла</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the outgoing (SMTP) server has no host name</source>
        <translation>у сервера исходящей почты (SMTP) не указано имя узла</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the check interval cannot be negative</source>
        <translation>интервал проверки не может быть отрицательным</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>messages must stay on the server for at least one day</source>
        <translation>письма должны храниться на сервере не менее одного дня</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the download size limit cannot be negative</source>
        <translation>ограничение размера загрузки не может быть отрицательным</translation>
    </message>
    <message>
        <location filename="../core/account/accountstore.cpp" line="+33"/>
        <location line="+130"/>
        <source>&quot;accounts&quot; is not a list</source>
        <translation>«accounts» не является списком</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+134"/>
        <source>an account entry is not an object</source>
        <translation>элемент списка учётных записей не является объектом</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>the account settings were written by a newer version of Pigeon; they are left unchanged</source>
        <translation>настройки учётных записей записаны более новой версией Pigeon; они оставлены без изменений</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown settings version %1</source>
        <translation>неизвестная версия настроек %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not a JSON object</source>
        <translation>не является объектом JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid &quot;version&quot;</source>
        <translation>недопустимое значение «version»</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>two accounts have the id %1</source>
        <translation>у двух учётных записей одинаковый идентификатор %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the account settings file was damaged (%1); it was kept as %2 and Pigeon starts without accounts</source>
        <translation>файл настроек учётных записей был повреждён (%1); он сохранён как %2, и Pigeon запускается без учётных записей</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the account settings file %1 is damaged (%2) and could not be moved aside; it is left unchanged</source>
        <translation>файл настроек учётных записей %1 повреждён (%2), и его не удалось переместить; он оставлен без изменений</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no account given</source>
        <translation>учётная запись не указана</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+47"/>
        <location line="+19"/>
        <source>no account with the id %1</source>
        <translation>нет учётной записи с идентификатором %1</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>no account matches &quot;%1&quot;</source>
        <translation>ни одна учётная запись не соответствует «%1»</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&quot;%1&quot; matches %n accounts; give the full id</source>
        <translation>
            <numerusform>«%1» соответствует %n учётной записи; укажите полный идентификатор</numerusform>
            <numerusform>«%1» соответствует %n учётным записям; укажите полный идентификатор</numerusform>
            <numerusform>«%1» соответствует %n учётным записям; укажите полный идентификатор</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>an account with the id %1 exists already</source>
        <translation>учётная запись с идентификатором %1 уже существует</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>cannot create the directory %1</source>
        <translation>не удаётся создать каталог %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>Pigeon::Account::KeychainSecretStore</name>
    <message>
        <location filename="../core/account/keychainsecretstore.cpp" line="+19"/>
        <source>the keychain refused the request: %1</source>
        <translation>связка ключей отклонила запрос: %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>no password is stored for this account</source>
        <translation>для этой учётной записи не сохранён пароль</translation>
    </message>
</context>
<context>
    <name>Pigeon::Account::Profile</name>
    <message>
        <location filename="../core/account/profile.cpp" line="+55"/>
        <source>cannot create the directory %1</source>
        <translation>не удаётся создать каталог %1</translation>
    </message>
</context>
<context>
    <name>Pigeon::Account::SecretStore</name>
    <message>
        <location filename="../core/account/memorysecretstore.cpp" line="+30"/>
        <source>no password is stored for this account</source>
        <translation>для этой учётной записи не сохранён пароль</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::AutoconfigParser</name>
    <message>
        <location filename="../core/autoconfig/autoconfigparser.cpp" line="+317"/>
        <source>The settings file is larger than %1 KiB.</source>
        <translation>Файл настроек больше %1 КиБ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«%1» не является адресом электронной почты.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::AutoconfigSource</name>
    <message>
        <location filename="../core/autoconfig/autoconfigsource.cpp" line="+46"/>
        <source>The address has no valid domain.</source>
        <translation>В адресе нет допустимого домена.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Asking %1 for its settings…</source>
        <translation>Запрос настроек у %1…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 lists no secure incoming and outgoing server.</source>
        <translation>%1 не предлагает защищённых серверов входящей и исходящей почты.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::ConnectionCheck</name>
    <message>
        <location filename="../core/autoconfig/connectioncheck.cpp" line="+90"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::HttpsConfigFetcher</name>
    <message>
        <location filename="../core/autoconfig/configfetcher.cpp" line="+40"/>
        <source>Refusing to fetch settings without HTTPS: %1</source>
        <translation>Настройки загружаются только по HTTPS: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The server redirected to an address without HTTPS (%1).</source>
        <translation>Сервер выполнил перенаправление на адрес без HTTPS (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <location line="+22"/>
        <source>The settings file is too large.</source>
        <translation>Файл настроек слишком большой.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::ImapProbeDialect</name>
    <message>
        <location filename="../core/autoconfig/imapprobedialect.cpp" line="+171"/>
        <source>The server did not list its capabilities: %1</source>
        <translation>Сервер не сообщил список своих возможностей: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The server completed a command that was not sent.</source>
        <translation>Сервер завершил команду, которая не отправлялась.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The server refuses to log in without encryption (LOGINDISABLED).</source>
        <translation>Сервер не разрешает вход без шифрования (LOGINDISABLED).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The LOGIN mechanism is not used with IMAP; use the LOGIN command.</source>
        <translation>Механизм LOGIN не используется с IMAP; используйте команду LOGIN.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The user name or password contains characters this server cannot accept with LOGIN.</source>
        <translation>Имя пользователя или пароль содержат символы, которые этот сервер не принимает в команде LOGIN.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::MxSource</name>
    <message>
        <location filename="../core/autoconfig/mxsource.cpp" line="+43"/>
        <source>Looking up the mail exchanger of %1…</source>
        <translation>Поиск почтового сервера (MX) домена %1…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The domain names no mail exchanger.</source>
        <translation>Для домена не указан почтовый сервер (MX).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mail exchanger (%1) belongs to no provider Pigeon knows.</source>
        <translation>Почтовый сервер домена (%1) не принадлежит ни одному известному Pigeon провайдеру.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::Pop3ProbeDialect</name>
    <message>
        <location filename="../core/autoconfig/pop3probedialect.cpp" line="+195"/>
        <source>The server refuses to log in without encryption.</source>
        <translation>Сервер не разрешает вход без шифрования.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The LOGIN mechanism is not used with POP3; use USER/PASS.</source>
        <translation>Механизм LOGIN не используется с POP3; используйте USER/PASS.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The user name or password contains characters POP3 cannot send.</source>
        <translation>Имя пользователя или пароль содержат символы, которые невозможно передать по POP3.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::ProbeSource</name>
    <message>
        <location filename="../core/autoconfig/probesource.cpp" line="+14"/>
        <source>%1 answers on port %2.</source>
        <translation>%1 отвечает на порту %2.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Trying the usual server names…</source>
        <translation>Проверка стандартных имён серверов…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No secure incoming and outgoing server answered under the usual names.</source>
        <translation>Ни один защищённый сервер входящей и исходящей почты не ответил по стандартным именам.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::ProviderListSource</name>
    <message>
        <location filename="../core/autoconfig/providerlistsource.cpp" line="+27"/>
        <source>The domain is not in Pigeon&apos;s list of providers.</source>
        <translation>Домен отсутствует в списке почтовых провайдеров Pigeon.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::Reader</name>
    <message>
        <location filename="../core/autoconfig/autoconfigparser.cpp" line="-246"/>
        <source>The settings file is not usable (line %1): %2</source>
        <translation>Файл настроек непригоден для использования (строка %1): %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>document type declarations are not allowed</source>
        <translation>объявления типа документа не допускаются</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the root element is &lt;%1&gt;, not &lt;clientConfig&gt;</source>
        <translation>корневой элемент — &lt;%1&gt;, а не &lt;clientConfig&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the document is empty</source>
        <translation>документ пуст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it lists no usable mail server</source>
        <translation>в нём нет ни одного подходящего почтового сервера</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>server type &quot;%1&quot; is not supported</source>
        <translation>тип сервера «%1» не поддерживается</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown access rule &quot;%1&quot;</source>
        <translation>неизвестное правило доступа «%1»</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>more than %1 servers</source>
        <translation>число серверов превышает %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a valid host name</source>
        <translation>недопустимое имя узла</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown socketType &quot;%1&quot;</source>
        <translation>неизвестный socketType «%1»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>port &quot;%1&quot; is out of range</source>
        <translation>порт «%1» вне допустимого диапазона</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown placeholder in the user name</source>
        <translation>неизвестный заполнитель в имени пользователя</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no supported authentication method</source>
        <translation>нет поддерживаемого способа аутентификации</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::ServerProbe</name>
    <message>
        <location filename="../core/autoconfig/probedialect.cpp" line="+41"/>
        <source>The server does not offer STARTTLS, which this account requires. Nothing was sent without encryption.</source>
        <translation>Сервер не поддерживает STARTTLS, которого требует эта учётная запись. Без шифрования ничего не отправлено.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server sent an unexpected reply: %1</source>
        <translation>Сервер прислал неожиданный ответ: %1</translation>
    </message>
    <message>
        <location filename="../core/autoconfig/serverprobe.cpp" line="+94"/>
        <source>The connection test was cancelled.</source>
        <translation>Проверка подключения отменена.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The server closed the connection unexpectedly.</source>
        <translation>Сервер неожиданно закрыл соединение.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::SettingsDetector</name>
    <message>
        <location filename="../core/autoconfig/settingsdetector.cpp" line="+25"/>
        <source>No settings were found in time. Enter the servers by hand.</source>
        <translation>Не удалось найти настройки за отведённое время. Введите данные серверов вручную.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Checking %1 and %2…</source>
        <translation>Проверка %1 и %2…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 did not answer as expected: %2</source>
        <translation>%1 ответил не так, как ожидалось: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No settings were found for this address. Enter the servers by hand.</source>
        <translation>Для этого адреса настройки не найдены. Введите данные серверов вручную.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::SmtpProbeDialect</name>
    <message>
        <location filename="../core/autoconfig/smtpprobedialect.cpp" line="+242"/>
        <source>The server offers no login on an unencrypted connection.</source>
        <translation>Сервер не предлагает вход по незашифрованному соединению.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not offer any way to log in (no AUTH).</source>
        <translation>Сервер не предлагает ни одного способа входа (нет AUTH).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SMTP has no login command besides AUTH (RFC 4954).</source>
        <translation>В SMTP нет других команд входа, кроме AUTH (RFC 4954).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server offers no login method Pigeon supports (%1).</source>
        <translation>Сервер не предлагает ни одного способа входа, поддерживаемого Pigeon (%1).</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::SrvSource</name>
    <message>
        <location filename="../core/autoconfig/srvsource.cpp" line="+39"/>
        <source>Looking up mail services of %1 in DNS…</source>
        <translation>Поиск почтовых служб %1 в DNS…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The domain publishes no SRV records for both incoming and outgoing mail.</source>
        <translation>Домен не публикует записи SRV одновременно для входящей и исходящей почты.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::AccountsCommand</name>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="+75"/>
        <source>List, show, add and remove accounts</source>
        <translation>Список, просмотр, добавление и удаление учётных записей</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage:
  pigeon-cli accounts list
  pigeon-cli accounts show ACCOUNT
  pigeon-cli accounts add --address ADDR --host HOST [OPTIONS] &lt; password
  pigeon-cli accounts remove ACCOUNT
  pigeon-cli accounts set-password ACCOUNT [--incoming | --outgoing] &lt; password

ACCOUNT is an id, a unique start of one (at least 4 characters) or an address.

Options of add:
  --address ADDR        e-mail address (required)
  --name NAME           your name for the From: line
  --label TEXT          name of the account in lists (default: the address)
  --protocol imap|pop3  incoming protocol (default: imap)
  --host HOST           incoming server (required)
  --port N              default 993 (IMAP) or 995 (POP3) with tls, 143/110 otherwise
  --security none|starttls|tls   default: tls
  --user NAME           login name (default: the address)
  --auth auto|plain|login|cram-md5|cleartext   default: auto
  --smtp-host HOST      outgoing server (default: the incoming host)
  --smtp-port N         default 465 with tls, 587 otherwise
  --smtp-security none|starttls|tls   default: tls
  --smtp-user NAME      default: the incoming login name
  --smtp-auth METHOD    default: auto
  --leave-on-server never|forever|days:N|until-deleted   POP3 (default: never)
  --size-limit BYTES    POP3: larger messages are not downloaded automatically
  --delete trash|mark|expunge   IMAP delete model (default: trash)
  --check-interval MIN  minutes between checks, 0 = only on demand (default: 10)
  --ca-file FILE        PEM file with extra CA certificates to trust
  --allow-insecure-auth allow sending the password without TLS
  --no-password         store no password (do not read standard input)

The password is read from standard input, never from the command line: the first
line is the password; a second line, if any, is a different SMTP password.
It goes to the system keychain; without one it is not saved (a warning says so).
set-password replaces the stored password of both servers, or of one of them.</source>
        <translation>Использование:
  pigeon-cli accounts list
  pigeon-cli accounts show ACCOUNT
  pigeon-cli accounts add --address ADDR --host HOST [OPTIONS] &lt; password
  pigeon-cli accounts remove ACCOUNT
  pigeon-cli accounts set-password ACCOUNT [--incoming | --outgoing] &lt; password

ACCOUNT — идентификатор, его уникальное начало (не менее 4 символов) или адрес.

Параметры add:
  --address ADDR        адрес электронной почты (обязательно)
  --name NAME           ваше имя для строки From:
  --label TEXT          название учётной записи в списках (по умолчанию: адрес)
  --protocol imap|pop3  протокол входящей почты (по умолчанию: imap)
  --host HOST           сервер входящей почты (обязательно)
  --port N              по умолчанию 993 (IMAP) или 995 (POP3) с tls, иначе 143/110
  --security none|starttls|tls   по умолчанию: tls
  --user NAME           имя для входа (по умолчанию: адрес)
  --auth auto|plain|login|cram-md5|cleartext   по умолчанию: auto
  --smtp-host HOST      сервер исходящей почты (по умолчанию: сервер входящей)
  --smtp-port N         по умолчанию 465 с tls, иначе 587
  --smtp-security none|starttls|tls   по умолчанию: tls
  --smtp-user NAME      по умолчанию: имя для входа на сервер входящей почты
  --smtp-auth METHOD    по умолчанию: auto
  --leave-on-server never|forever|days:N|until-deleted   POP3 (по умолчанию: never)
  --size-limit BYTES    POP3: письма большего размера не загружаются автоматически
  --delete trash|mark|expunge   способ удаления в IMAP (по умолчанию: trash)
  --check-interval MIN  интервал между проверками в минутах, 0 = только по запросу (по умолчанию: 10)
  --ca-file FILE        PEM-файл с дополнительными доверенными сертификатами ЦС
  --allow-insecure-auth разрешить отправку пароля без TLS
  --no-password         не сохранять пароль (не читать стандартный ввод)

Пароль читается из стандартного ввода, а не из командной строки: первая
строка — пароль; вторая строка, если она есть, — отдельный пароль для SMTP.
Пароль сохраняется в системной связке ключей; если её нет, он не сохраняется (об этом выводится предупреждение).
set-password заменяет сохранённый пароль обоих серверов или одного из них.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>unknown subcommand: %1</source>
        <translation>неизвестная подкоманда: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>pigeon-cli: warning: %1</source>
        <translation>pigeon-cli: предупреждение: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>pigeon-cli: warning: No keychain service is available (%1). Passwords are kept in memory only and are forgotten when this command ends.</source>
        <translation>pigeon-cli: предупреждение: служба связки ключей недоступна (%1). Пароли хранятся только в памяти и будут забыты после завершения этой команды.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No accounts. Add one with: pigeon-cli accounts add --address ADDR --host HOST</source>
        <translation>Учётных записей нет. Добавьте учётную запись командой: pigeon-cli accounts add --address ADDR --host HOST</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>show needs exactly one account</source>
        <translation>для show нужна ровно одна учётная запись</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Id:             %1</source>
        <translation>Идентификатор:        %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label:          %1</source>
        <translation>Название:             %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:           %1</source>
        <translation>Имя:                  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:        %1</source>
        <translation>Адрес:                %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming:       %1 %2:%3 (%4), user %5, auth %6</source>
        <translation>Входящая почта:       %1 %2:%3 (%4), пользователь %5, аутентификация %6</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outgoing:       smtp %1:%2 (%3), user %4, auth %5</source>
        <translation>Исходящая почта:      smtp %1:%2 (%3), пользователь %4, аутентификация %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave on server: %1</source>
        <translation>Оставлять на сервере: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size limit:     %1</source>
        <translation>Предел размера:       %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete model:   %1</source>
        <translation>Способ удаления:      %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check every:    %1 min</source>
        <translation>Интервал проверки:    %1 мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passwords:      incoming %1, outgoing %2</source>
        <translation>Пароли:               входящая почта: %1, исходящая почта: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pigeon-cli: warning: no password on standard input; none was stored</source>
        <translation>pigeon-cli: предупреждение: в стандартном вводе нет пароля; пароль не сохранён</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the account was not added: %1</source>
        <translation>учётная запись не добавлена: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>remove needs exactly one account</source>
        <translation>для remove нужна ровно одна учётная запись</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the account was removed, but its password is still in the keychain: %1</source>
        <translation>учётная запись удалена, но её пароль остался в связке ключей: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed %1 (%2)</source>
        <translation>Учётная запись %1 (%2) удалена</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>set-password needs one account and at most one of --incoming, --outgoing</source>
        <translation>для set-password нужна одна учётная запись и не более одного из параметров --incoming, --outgoing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New password for %1: </source>
        <translation>Новый пароль для %1: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no password on standard input</source>
        <translation>в стандартном вводе нет пароля</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>unexpected argument: %1</source>
        <translation>неожиданный аргумент: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid value for --%1: %2</source>
        <translation>недопустимое значение --%1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>add needs --address and --host</source>
        <translation>для add нужны --address и --host</translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::CheckCommand</name>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="+38"/>
        <source>Download new mail of POP3 accounts (for cron and scripts)</source>
        <translation>Загрузка новой почты учётных записей POP3 (для cron и сценариев)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage:
  pigeon-cli check [ACCOUNT] [--password-stdin] [--quiet] [--batch-size N]
                   [--download-full UIDL]...

Checks one POP3 account, or every POP3 account at once, as the application does:
new messages go to the account&apos;s Inbox, and the account&apos;s leave-on-server policy
decides what is deleted from the server (only ever what is safely stored here).

  --password-stdin      read the password from standard input instead of the keychain
                        (one account only)
  --download-full UIDL  download the rest of a message that was over the size limit
  --batch-size N        messages made durable together (default 256): smaller
                        batches commit sooner, larger ones fsync less often
  --quiet               no progress on standard error
  --json                a JSON summary on standard output

Exit codes: 0 all checks completed, 1 failure, 3 no such account, 4 network,
5 login or keychain, 6 TLS.</source>
        <translation>Использование:
  pigeon-cli check [ACCOUNT] [--password-stdin] [--quiet] [--batch-size N]
                   [--download-full UIDL]...

Проверяет одну учётную запись POP3 или сразу все учётные записи POP3 так же, как приложение:
новые письма попадают в папку «Входящие» учётной записи, а её правило хранения на сервере
определяет, что удаляется с сервера (только то, что уже надёжно сохранено здесь).

  --password-stdin      читать пароль из стандартного ввода, а не из связки ключей
                        (только для одной учётной записи)
  --download-full UIDL  загрузить остаток письма, превысившего ограничение размера
  --batch-size N        число писем, надёжно сохраняемых за один раз (по умолчанию 256):
                        небольшие пакеты фиксируются быстрее, крупные реже вызывают fsync
  --quiet               не выводить ход выполнения в стандартный поток ошибок
  --json                сводка в формате JSON в стандартном выводе

Коды завершения: 0 все проверки выполнены, 1 ошибка, 3 нет такой учётной записи,
4 сеть, 5 вход или связка ключей, 6 TLS.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>CRAM-MD5 is not supported for POP3; choose another login method.</source>
        <translation>CRAM-MD5 не поддерживается для POP3; выберите другой способ входа.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>--batch-size needs a positive number</source>
        <translation>для --batch-size нужно положительное число</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--download-full needs a UIDL</source>
        <translation>для --download-full нужен UIDL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown option %1</source>
        <translation>неизвестный параметр %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check takes at most one account</source>
        <translation>check принимает не более одной учётной записи</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not a POP3 account</source>
        <translation>%1 не является учётной записью POP3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no POP3 account.</source>
        <translation>Нет ни одной учётной записи POP3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--password-stdin needs exactly one account</source>
        <translation>для --password-stdin нужна ровно одна учётная запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--download-full needs exactly one account</source>
        <translation>для --download-full нужна ровно одна учётная запись</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No password is stored for %1 (pigeon-cli accounts set-password, or --password-stdin).</source>
        <translation>Для %1 не сохранён пароль (используйте pigeon-cli accounts set-password или --password-stdin).</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1/%2 messages, %3 MB</source>
        <translation>письма: %1/%2, %3 МБ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2 new (%3 partial), %4 completed, %5 deleted on the server, %6 kept there, %7 MB</source>
        <translation>%1: новых — %2 (частично — %3), дозагружено — %4, удалено на сервере — %5, оставлено там — %6, %7 МБ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>pigeon-cli: %1: %2</source>
        <translation>pigeon-cli: %1: %2</translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::ExportCommand</name>
    <message>
        <location filename="../app/cli/storecommands.cpp" line="+148"/>
        <source>Export a local folder as an mbox file</source>
        <translation>Экспорт локальной папки в файл mbox</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: pigeon-cli export FOLDER FILE.mbox
Writes mboxrd; an existing FILE is replaced whole or not at all.</source>
        <translation>Использование: pigeon-cli export FOLDER FILE.mbox
Записывает в формате mboxrd; существующий FILE заменяется целиком или не изменяется вовсе.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected FOLDER and FILE.mbox</source>
        <translation>ожидаются FOLDER и FILE.mbox</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Exported %n message(s) to %1</source>
        <translation>
            <numerusform>Экспортировано %n письмо в %1</numerusform>
            <numerusform>Экспортировано %n письма в %1</numerusform>
            <numerusform>Экспортировано %n писем в %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::FoldersCommand</name>
    <message>
        <location filename="../app/cli/folderscommand.cpp" line="+11"/>
        <source>List the folders of an IMAP account with their counts</source>
        <translation>Вывести список папок учётной записи IMAP с количеством писем</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: pigeon-cli folders ACCOUNT [--refresh] [--password-stdin] [--json]
Prints FOLDER, messages, unread (and the special use, e.g. \Trash) from the local
copy, without connecting; --refresh asks the server for the folder list first.</source>
        <translation>Использование: pigeon-cli folders ACCOUNT [--refresh] [--password-stdin] [--json]
Выводит FOLDER, число писем, непрочитанных (и особое назначение, например \Trash) из локальной
копии, без подключения; --refresh сначала запрашивает список папок у сервера.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown option %1</source>
        <translation>неизвестный параметр %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>folders needs one ACCOUNT</source>
        <translation>команде folders нужна одна учётная запись ACCOUNT</translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::HelpCommand</name>
    <message>
        <location filename="../app/cli/helpcommand.cpp" line="+11"/>
        <source>Show the commands, or the usage of one command</source>
        <translation>Список команд или справка по одной команде</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: pigeon-cli help [COMMAND]</source>
        <translation>Использование: pigeon-cli help [COMMAND]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: pigeon-cli [--profile DIR] [--json] COMMAND [ARGUMENTS]

Pigeon&apos;s headless companion for scripts, cron jobs, tests and benchmarks.

Options:
  --profile DIR   keep all state (accounts, mail, index) in DIR
  --json          print machine-readable JSON on standard output
  --help          show this text; --version shows the version

Commands:
</source>
        <translation>Использование: pigeon-cli [--profile DIR] [--json] COMMAND [ARGUMENTS]

Консольный спутник Pigeon для сценариев, заданий cron, тестов и замеров производительности.

Параметры:
  --profile DIR   хранить всё состояние (учётные записи, почту, индекс) в DIR
  --json          выводить машиночитаемый JSON в стандартный вывод
  --help          показать этот текст; --version показывает версию

Команды:
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>
Exit codes:
  0  success
  1  the operation failed
  2  wrong arguments
  3  no such account, folder, message or file
  4  network problem (host not found, refused, timeout)
  5  authentication failed or no password stored
  6  certificate or TLS problem
</source>
        <translation>
Коды завершения:
  0  успешно
  1  операция не выполнена
  2  неверные аргументы
  3  нет такой учётной записи, папки, письма или файла
  4  проблема с сетью (узел не найден, соединение отклонено, истекло время ожидания)
  5  ошибка аутентификации или пароль не сохранён
  6  проблема с сертификатом или TLS
</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unknown command: %1</source>
        <translation>неизвестная команда: %1</translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::ImapAccountCommand</name>
    <message>
        <location filename="../app/cli/imapaccountcommand.cpp" line="+49"/>
        <source>%1 is not an IMAP account</source>
        <translation>%1 не является учётной записью IMAP</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No password is stored for %1 (pigeon-cli accounts set-password, or --password-stdin).</source>
        <translation>Для %1 не сохранён пароль (pigeon-cli accounts set-password или --password-stdin).</translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::ImportCommand</name>
    <message>
        <location filename="../app/cli/storecommands.cpp" line="-54"/>
        <source>Import an mbox file into a local folder</source>
        <translation>Импорт файла mbox в локальную папку</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: pigeon-cli import FILE.mbox FOLDER
Reads mboxrd, mboxo and mboxcl files. All or nothing: a file that is not an mbox
or is truncated is reported and nothing is imported.</source>
        <translation>Использование: pigeon-cli import FILE.mbox FOLDER
Читает файлы mboxrd, mboxo и mboxcl. Всё или ничего: если файл не является mbox
или обрезан, об этом сообщается и ничего не импортируется.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected FILE.mbox and FOLDER</source>
        <translation>ожидаются FILE.mbox и FOLDER</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Imported %n message(s) into %1</source>
        <translation>
            <numerusform>Импортировано %n письмо в %1</numerusform>
            <numerusform>Импортировано %n письма в %1</numerusform>
            <numerusform>Импортировано %n писем в %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::ListCommand</name>
    <message>
        <location line="+34"/>
        <source>List the messages of a local folder, newest first</source>
        <translation>Список писем локальной папки, сначала новые</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: pigeon-cli list [FOLDER] [--account ACCOUNT] [--limit N] [--offset N] [--json]
Without FOLDER: the folders and their message counts. --limit defaults to 100.
--account: the account&apos;s own store (an IMAP account&apos;s offline copy) instead of
the Local Folders.</source>
        <translation>Использование: pigeon-cli list [FOLDER] [--account ACCOUNT] [--limit N] [--offset N] [--json]
Без FOLDER: папки и количество писем в них. По умолчанию --limit равен 100.
--account: собственное хранилище учётной записи (автономная копия учётной записи IMAP) вместо
локальных папок.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected one FOLDER</source>
        <translation>ожидается один аргумент FOLDER</translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::ParseCommand</name>
    <message>
        <location filename="../app/cli/parsecommand.cpp" line="+101"/>
        <source>Print the message model of a message file (header, MIME tree, body, attachments)</source>
        <translation>Вывод модели письма из файла (заголовок, дерево MIME, текст, вложения)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: pigeon-cli [--json] parse FILE [--html] [--charset CHARSET] [--all-headers]

Parses FILE (an .eml, optionally starting with an mbox &quot;From &quot; line) the way
the reader does and prints the decoded header, the MIME tree with IMAP part
numbers, the body text that would be shown and the attachments.
  --html          show the HTML alternative when there is one
  --charset CS    decode the body as CS (e.g. koi8-r, windows-1251, windows-1256)
  --all-headers   list every header field, decoded</source>
        <translation>Использование: pigeon-cli [--json] parse FILE [--html] [--charset CHARSET] [--all-headers]

Разбирает FILE (файл .eml, который может начинаться со строки mbox «From ») так же,
как окно чтения, и выводит декодированный заголовок, дерево MIME с номерами частей
IMAP, текст письма, который будет показан, и вложения.
  --html          показать HTML-вариант, если он есть
  --charset CS    декодировать текст в кодировке CS (например, koi8-r, windows-1251, windows-1256)
  --all-headers   вывести все поля заголовка в декодированном виде</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>unknown option: %1</source>
        <translation>неизвестный параметр: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>only one file, please</source>
        <translation>укажите только один файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parse needs a FILE</source>
        <translation>для parse нужно указать FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no such file: %1</source>
        <translation>файл не найден: %1</translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::ReindexCommand</name>
    <message>
        <location filename="../app/cli/storecommands.cpp" line="+55"/>
        <source>Rebuild the index of the local folders from the mbox files</source>
        <translation>Перестроение индекса локальных папок по файлам mbox</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: pigeon-cli reindex [--json]</source>
        <translation>Использование: pigeon-cli reindex [--json]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>takes no arguments</source>
        <translation>команда не принимает аргументов</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Reindexed %n message(s)</source>
        <translation>
            <numerusform>Переиндексировано %n письмо</numerusform>
            <numerusform>Переиндексировано %n письма</numerusform>
            <numerusform>Переиндексировано %n писем</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::SearchCommand</name>
    <message>
        <location line="-66"/>
        <source>Search all local folders (subject, addresses, text)</source>
        <translation>Поиск по всем локальным папкам (тема, адреса, текст)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: pigeon-cli search QUERY [--limit N] [--json]
Every word must occur (as the start of a word); accents and case do not matter.
Messages not yet in the full-text index are added first.</source>
        <translation>Использование: pigeon-cli search QUERY [--limit N] [--json]
Должно встретиться каждое слово (как начало слова); диакритические знаки и регистр не учитываются.
Письма, которых ещё нет в полнотекстовом индексе, сначала добавляются в него.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a QUERY</source>
        <translation>ожидается запрос QUERY</translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::ShowCommand</name>
    <message>
        <location filename="../app/cli/showcommand.cpp" line="+13"/>
        <source>Print the message model of a stored message (the ID that list and search show)</source>
        <translation>Вывод модели сохранённого письма (по идентификатору, который показывают list и search)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: pigeon-cli [--json] show ID [--account ACCOUNT] [--html] [--charset CHARSET] [--all-headers]

Reads message ID from the local store (or from ACCOUNT&apos;s store) and prints it as `parse` prints a file:
the decoded header, the MIME tree, the body text that would be shown and the
attachments. The options are those of `parse`.</source>
        <translation>Использование: pigeon-cli [--json] show ID [--account ACCOUNT] [--html] [--charset CHARSET] [--all-headers]

Читает письмо ID из локального хранилища (или из хранилища ACCOUNT) и выводит его так же, как `parse` выводит файл:
раскодированный заголовок, дерево MIME, текст, который будет показан, и
вложения. Параметры те же, что у `parse`.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>show needs one message ID (a positive number)</source>
        <translation>для show нужен один идентификатор письма (положительное число)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no message with ID %1</source>
        <translation>нет письма с идентификатором %1</translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::StoreCommand</name>
    <message>
        <location filename="../app/cli/storecommands.cpp" line="-205"/>
        <source>--account needs an account</source>
        <translation>для --account нужна учётная запись</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 needs a number</source>
        <translation>для %1 требуется число</translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::SyncCommand</name>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="+16"/>
        <source>Update the local copy of an IMAP account (for scripts and benchmarks)</source>
        <translation>Обновить локальную копию учётной записи IMAP (для сценариев и тестов производительности)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage:
  pigeon-cli sync ACCOUNT [FOLDER] [--headers-only|--full] [--password-stdin] [--quiet] [--json]

Without FOLDER: the folder list, then every folder. Changes made offline are sent
first; then what changed on the server is applied and new messages are added.

  --headers-only    only what the message list shows (the default)
  --full            also download every message for reading offline
  --password-stdin  read the password from standard input instead of the keychain
  --quiet           no progress on standard error

Exit codes: 0 done, 1 failure, 2 usage, 3 no such account or folder, 4 network,
5 login or keychain, 6 TLS.</source>
        <translation>Использование:
  pigeon-cli sync ACCOUNT [FOLDER] [--headers-only|--full] [--password-stdin] [--quiet] [--json]

Без FOLDER: список папок, затем каждая папка. Сначала отправляются изменения,
сделанные в автономном режиме; затем применяются изменения на сервере и добавляются новые письма.

  --headers-only    только то, что показывает список писем (по умолчанию)
  --full            также загрузить каждое письмо для чтения в автономном режиме
  --password-stdin  прочитать пароль со стандартного ввода, а не из связки ключей
  --quiet           не выводить ход выполнения в стандартный поток ошибок

Коды завершения: 0 — готово, 1 — сбой, 2 — неверный вызов, 3 — нет такой учётной записи или папки, 4 — сеть,
5 — вход или связка ключей, 6 — TLS.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--full and --headers-only exclude each other</source>
        <translation>--full и --headers-only нельзя использовать вместе</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown option %1</source>
        <translation>неизвестный параметр %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sync needs an ACCOUNT and at most one FOLDER</source>
        <translation>команде sync нужна учётная запись ACCOUNT и не более одной папки FOLDER</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 new</source>
        <translation>%1: новых — %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>done in %1 ms</source>
        <translation>готово за %1 мс</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pigeon-cli: %1: %2</source>
        <translation>pigeon-cli: %1: %2</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::AppendOp</name>
    <message>
        <location filename="../core/imap/ops/appendop.cpp" line="+20"/>
        <source>There is no message to store.</source>
        <translation>Нет письма для сохранения.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message contains NUL bytes and cannot be stored.</source>
        <translation>Письмо содержит байты NUL, и его нельзя сохранить.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::CopyOp</name>
    <message>
        <location filename="../core/imap/ops/copyop.cpp" line="+38"/>
        <source>Nothing to copy.</source>
        <translation>Нечего копировать.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::ExpungeOp</name>
    <message>
        <location filename="../core/imap/ops/expungeop.cpp" line="+18"/>
        <source>The IMAP server cannot remove single messages (it lacks UIDPLUS).</source>
        <translation>Сервер IMAP не может удалять отдельные письма (он не поддерживает UIDPLUS).</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::FetchPartOp</name>
    <message>
        <location filename="../core/imap/ops/fetchpartop.cpp" line="+42"/>
        <source>The message is no longer on the IMAP server.</source>
        <translation>Письма больше нет на сервере IMAP.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::ImapOp</name>
    <message>
        <location filename="../core/imap/ops/imapop.cpp" line="+28"/>
        <source>There is no IMAP session for this operation.</source>
        <translation>Для этой операции нет сеанса IMAP.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The IMAP operation was cancelled.</source>
        <translation>Операция IMAP отменена.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The connection to the IMAP server was lost.</source>
        <translation>Соединение с сервером IMAP потеряно.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No IMAP mailbox is selected.</source>
        <translation>Не выбран почтовый ящик IMAP.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::ImapSession</name>
    <message>
        <location filename="../core/imap/session/imaplogin.cpp" line="+23"/>
        <location filename="../core/imap/session/imapsession.cpp" line="+43"/>
        <source>The IMAP server rejected the user name or password: %1</source>
        <translation>Сервер IMAP отклонил имя пользователя или пароль: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The IMAP server did not list its capabilities.</source>
        <translation>Сервер IMAP не сообщил список своих возможностей.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The IMAP server does not offer STARTTLS, which this account requires.</source>
        <translation>Сервер IMAP не поддерживает STARTTLS, которого требует эта учётная запись.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The password would be sent without encryption.</source>
        <translation>Пароль был бы передан без шифрования.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The IMAP server does not allow logging in here.</source>
        <translation>Сервер IMAP не разрешает вход по этому соединению.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Compression could not be started.</source>
        <translation>Не удалось включить сжатие.</translation>
    </message>
    <message>
        <location filename="../core/imap/session/imapsession.cpp" line="+7"/>
        <source>The IMAP server did not understand the command: %1</source>
        <translation>Сервер IMAP не понял команду: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IMAP server closed the connection: %1</source>
        <translation>Сервер IMAP закрыл соединение: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IMAP server refused the command: %1</source>
        <translation>Сервер IMAP отклонил команду: %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The IMAP session is not ready for this command.</source>
        <translation>Сеанс IMAP не готов к этой команде.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The IMAP session is not connected.</source>
        <translation>Сеанс IMAP не подключён.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The IMAP command was cancelled.</source>
        <translation>Команда IMAP отменена.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The IMAP connection was closed.</source>
        <translation>Соединение IMAP закрыто.</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>The server logged in without encryption (PREAUTH), so STARTTLS is not possible.</source>
        <translation>Сервер выполнил вход без шифрования (PREAUTH), поэтому STARTTLS невозможен.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The IMAP server sent an invalid greeting.</source>
        <translation>Сервер IMAP прислал недопустимое приветствие.</translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+2"/>
        <source>The IMAP server closed the connection.</source>
        <translation>Сервер IMAP закрыл соединение.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::MailboxManageOp</name>
    <message>
        <location filename="../core/imap/ops/mailboxmanageop.cpp" line="+16"/>
        <source>The folder name is empty.</source>
        <translation>Имя папки пустое.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::MoveOp</name>
    <message>
        <location filename="../core/imap/ops/moveop.cpp" line="+15"/>
        <source>Nothing to move.</source>
        <translation>Нечего перемещать.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::ResponseParser</name>
    <message>
        <location filename="../core/imap/wire/responseparser.cpp" line="+232"/>
        <source>The server sent a response larger or deeper than allowed (%1).</source>
        <translation>Сервер прислал ответ, превышающий допустимый размер или глубину вложенности (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server sent a response that could not be read (%1).</source>
        <translation>Сервер прислал ответ, который не удалось прочитать (%1).</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::SearchOp</name>
    <message>
        <location filename="../core/imap/ops/searchop.cpp" line="+40"/>
        <source>Invalid search criterion.</source>
        <translation>Недопустимое условие поиска.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::StatusOp</name>
    <message>
        <location filename="../core/imap/ops/statusop.cpp" line="+23"/>
        <source>The folder name is empty.</source>
        <translation>Имя папки пустое.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The IMAP server did not report the folder&apos;s status.</source>
        <translation>Сервер IMAP не сообщил состояние папки.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::StoreFlagsOp</name>
    <message>
        <location filename="../core/imap/ops/storeflagsop.cpp" line="+35"/>
        <source>Invalid message flags.</source>
        <translation>Недопустимые флаги письма.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::UidFetchHeadersOp</name>
    <message>
        <location filename="../core/imap/ops/uidfetchheadersop.cpp" line="+19"/>
        <source>No IMAP mailbox is selected.</source>
        <translation>Не выбран почтовый ящик IMAP.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Mime::Message</name>
    <message>
        <location filename="../core/mime/message.cpp" line="+341"/>
        <source>The message file could not be opened.</source>
        <translation>Не удалось открыть файл письма.</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+72"/>
        <source>No such part.</source>
        <translation>Такой части нет.</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+11"/>
        <location line="+11"/>
        <source>Writing failed.</source>
        <translation>Ошибка записи.</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+9"/>
        <source>This part has not been downloaded yet.</source>
        <translation>Эта часть ещё не загружена.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A multipart has no content of its own.</source>
        <translation>У составной части (multipart) нет собственного содержимого.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <source>The part is too large.</source>
        <translation>Часть слишком велика.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Models::FolderModel</name>
    <message>
        <location filename="../core/models/foldermodel.cpp" line="+498"/>
        <source>All Inboxes</source>
        <translation>Все входящие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
</context>
<context>
    <name>Pigeon::Models::MessageListModel</name>
    <message>
        <location filename="../core/models/messagelistmodel.cpp" line="+678"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
</context>
<context>
    <name>Pigeon::Net::SslTransport</name>
    <message>
        <location filename="../core/net/ssltransport.cpp" line="+56"/>
        <source>The certificate authority file %1 could not be read or holds no certificate.</source>
        <translation>Не удаётся прочитать файл центров сертификации %1, или в нём нет ни одного сертификата.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>No server name or port is set.</source>
        <translation>Не указаны имя сервера или порт.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Cannot start TLS: the connection is not a plain, open connection.</source>
        <translation>Невозможно начать TLS: соединение не является обычным открытым соединением.</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Сертификат %1 не является доверенным: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 closed the connection before it was ready.</source>
        <translation>Сервер %1 закрыл соединение до того, как оно было установлено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server %1 was not found.</source>
        <translation>Сервер %1 не найден.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 refused the connection.</source>
        <translation>Сервер %1 отклонил соединение.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to %1 timed out.</source>
        <translation>Истекло время ожидания соединения с %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Не удалось установить защищённое соединение с %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network error with %1: %2</source>
        <translation>Ошибка сети при связи с %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 closed the connection unexpectedly.</source>
        <translation>Сервер %1 неожиданно закрыл соединение.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The TLS handshake with %1 did not finish within %n second(s).</source>
        <translation>
            <numerusform>Согласование TLS с %1 не завершилось за %n секунду.</numerusform>
            <numerusform>Согласование TLS с %1 не завершилось за %n секунды.</numerusform>
            <numerusform>Согласование TLS с %1 не завершилось за %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Could not connect to %1 within %n second(s).</source>
        <translation>
            <numerusform>Не удалось подключиться к %1 за %n секунду.</numerusform>
            <numerusform>Не удалось подключиться к %1 за %n секунды.</numerusform>
            <numerusform>Не удалось подключиться к %1 за %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>Сервер %1 не ответил за %n секунду.</numerusform>
            <numerusform>Сервер %1 не ответил за %n секунды.</numerusform>
            <numerusform>Сервер %1 не ответил за %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not connected to %1.</source>
        <translation>Нет соединения с %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password was not sent: the connection to %1 is not encrypted.</source>
        <translation>Пароль не отправлен: соединение с %1 не зашифровано.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 announced a literal of %2 bytes, more than the limit of %3.</source>
        <translation>Сервер %1 объявил литерал размером %2 байт, что превышает ограничение (%3).</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>%1 sent compressed data that could not be decompressed.</source>
        <translation>%1 прислал сжатые данные, которые не удалось распаковать.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 sent a line longer than %2 bytes.</source>
        <translation>Сервер %1 прислал строку длиннее %2 байт.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Pop3</name>
    <message>
        <location filename="../core/pop3/wire/listings.cpp" line="+15"/>
        <source>The POP3 server sent a malformed reply: %1</source>
        <translation>Сервер POP3 прислал ответ в неверном формате: %1</translation>
    </message>
</context>
<context>
    <name>Pigeon::Pop3::RetrOp</name>
    <message>
        <location filename="../core/pop3/ops/retrop.cpp" line="+46"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Pop3::ScanOp</name>
    <message>
        <location filename="../core/pop3/ops/scanop.cpp" line="+61"/>
        <source>The POP3 server listed message %1 without a unique id.</source>
        <translation>Сервер POP3 указал письмо %1 без уникального идентификатора.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The POP3 server supports neither UIDL nor TOP, so Pigeon cannot tell which messages it has already fetched.</source>
        <translation>Сервер POP3 не поддерживает ни UIDL, ни TOP, поэтому Pigeon не может определить, какие письма уже были получены.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Pop3::Session</name>
    <message>
        <location filename="../core/pop3/session/pop3login.cpp" line="+29"/>
        <source>The POP3 server refused the connection: %1</source>
        <translation>Сервер POP3 отклонил соединение: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The POP3 server does not offer STLS, so the connection cannot be encrypted. Pigeon will not log in over plaintext.</source>
        <translation>Сервер POP3 не поддерживает STLS, поэтому соединение невозможно зашифровать. Pigeon не будет выполнять вход по незашифрованному соединению.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The POP3 server refused STLS: %1</source>
        <translation>Сервер POP3 отклонил STLS: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The connection is not encrypted, so Pigeon will not send the password. Use SSL/TLS or STARTTLS for this account.</source>
        <translation>Соединение не зашифровано, поэтому Pigeon не отправит пароль. Используйте для этой учётной записи SSL/TLS или STARTTLS.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The POP3 server does not support APOP.</source>
        <translation>Сервер POP3 не поддерживает APOP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>APOP is not allowed for this account.</source>
        <translation>APOP не разрешён для этой учётной записи.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The POP3 server continued a finished login exchange.</source>
        <translation>Сервер POP3 продолжил уже завершённый обмен данными при входе.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The mailbox is in use by another mail program (the server says: %1). Try again when it has finished.</source>
        <translation>Почтовый ящик занят другой почтовой программой (ответ сервера: %1). Повторите попытку, когда она завершит работу.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server allows logins only at longer intervals (the server says: %1).</source>
        <translation>Сервер разрешает вход только через более длительные промежутки времени (ответ сервера: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server has a temporary problem; try again later (the server says: %1).</source>
        <translation>На сервере временная проблема; повторите попытку позже (ответ сервера: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server has a problem that will not go away by itself (the server says: %1).</source>
        <translation>На сервере проблема, которая не устранится сама собой (ответ сервера: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user name or password was not accepted (the server says: %1).</source>
        <translation>Имя пользователя или пароль не приняты (ответ сервера: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The POP3 server refused the login: %1</source>
        <translation>Сервер POP3 отклонил вход: %1</translation>
    </message>
    <message>
        <location filename="../core/pop3/session/pop3session.cpp" line="+22"/>
        <source>The POP3 server refused the command: %1</source>
        <translation>Сервер POP3 отклонил команду: %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The POP3 session is not ready for this command.</source>
        <translation>Сеанс POP3 не готов к этой команде.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The POP3 server sent a reply nobody asked for.</source>
        <translation>Сервер POP3 прислал ответ, который не запрашивался.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A message is larger than the configured limit.</source>
        <translation>Письмо превышает заданное ограничение размера.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The POP3 server sent a malformed reply: %1</source>
        <translation>Сервер POP3 прислал ответ в неверном формате: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The connection was closed by the user.</source>
        <translation>Соединение закрыто пользователем.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The POP3 server closed the connection unexpectedly; no message was deleted.</source>
        <translation>Сервер POP3 неожиданно закрыл соединение; ни одно письмо не удалено.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The POP3 session is not connected.</source>
        <translation>Сеанс POP3 не подключён.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The POP3 server could not remove all deleted messages: %1</source>
        <translation>Серверу POP3 не удалось удалить все письма, помеченные для удаления: %1</translation>
    </message>
</context>
<context>
    <name>Pigeon::Store</name>
    <message>
        <location filename="../core/store/folderindexer.cpp" line="+136"/>
        <source>%1 is not an mbox file (it does not start with a &quot;From &quot; line); it was left untouched</source>
        <translation>%1 не является файлом mbox (он не начинается со строки «From »); файл оставлен без изменений</translation>
    </message>
    <message>
        <location filename="../core/store/mappedfile.cpp" line="+43"/>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a regular file</source>
        <translation>%1 не является обычным файлом</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot map %1: %2</source>
        <translation>Не удаётся отобразить %1 в память: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
</context>
<context>
    <name>Pigeon::Store::ChangeQueue</name>
    <message>
        <location filename="../core/store/changequeue.cpp" line="+49"/>
        <source>An offline change needs a folder and messages.</source>
        <translation>Для автономного изменения нужны папка и письма.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>queue an offline change</source>
        <translation>постановка автономного изменения в очередь</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>read the offline changes</source>
        <translation>чтение автономных изменений</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>forget an offline change</source>
        <translation>удаление автономного изменения</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>record a failed offline change</source>
        <translation>запись неудавшегося автономного изменения</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>forget offline changes</source>
        <translation>удаление автономных изменений</translation>
    </message>
</context>
<context>
    <name>Pigeon::Store::FolderFile</name>
    <message>
        <location filename="../core/store/folderfile.cpp" line="+38"/>
        <source>%1 %2: the disk is full (%3); nothing was lost</source>
        <translation>%1 %2: диск заполнен (%3); ничего не потеряно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+9"/>
        <location line="+121"/>
        <source>Cannot open</source>
        <translation>Не удаётся открыть</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Cannot write</source>
        <translation>Не удаётся записать</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+48"/>
        <source>Cannot sync</source>
        <translation>Не удаётся сбросить на диск</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Cannot truncate</source>
        <translation>Не удаётся усечь</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read</source>
        <translation>Не удаётся прочитать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read %1: the file is shorter than the index says</source>
        <translation>Не удаётся прочитать %1: файл короче, чем указано в индексе</translation>
    </message>
</context>
<context>
    <name>Pigeon::Store::FolderLock</name>
    <message>
        <location filename="../core/store/folderlock.cpp" line="+136"/>
        <source>Cannot write the lock file %1</source>
        <translation>Не удаётся записать файл блокировки %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the lock file %1: %2</source>
        <translation>Не удаётся создать файл блокировки %1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The folder %1 is locked by another program (%2)</source>
        <translation>Папка %1 заблокирована другой программой (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>The folder %1 is locked by another program</source>
        <translation>Папка %1 заблокирована другой программой</translation>
    </message>
</context>
<context>
    <name>Pigeon::Store::ImapCache</name>
    <message>
        <location filename="../core/store/imapcache.cpp" line="+22"/>
        <location line="+26"/>
        <location line="+19"/>
        <location line="+13"/>
        <location line="+106"/>
        <source>read the IMAP cache</source>
        <translation>чтение кэша IMAP</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>No folder %1 in the store</source>
        <translation>В хранилище нет папки %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An IMAP message row needs a UID and UIDVALIDITY.</source>
        <translation>Для строки письма IMAP нужны UID и UIDVALIDITY.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>update the IMAP cache</source>
        <translation>обновление кэша IMAP</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+74"/>
        <source>No message %1 in the store</source>
        <translation>В хранилище нет письма %1</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Bodies of one folder at a time.</source>
        <translation>Тексты писем можно сохранять только для одной папки за раз.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>update the search index</source>
        <translation>обновление поискового индекса</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cache message parts</source>
        <translation>кэширование частей писем</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>read cached message parts</source>
        <translation>чтение кэшированных частей писем</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>drop cached message parts</source>
        <translation>удаление кэшированных частей писем</translation>
    </message>
</context>
<context>
    <name>Pigeon::Store::MailStore</name>
    <message>
        <location filename="../core/store/mailstore.cpp" line="+69"/>
        <source>Cannot create the mail folder %1</source>
        <translation>Не удаётся создать почтовую папку %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <location filename="../core/store/mailstorefolders.cpp" line="+65"/>
        <source>A folder needs a name</source>
        <translation>У папки должно быть имя</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/store/mailstorefolders.cpp" line="+3"/>
        <source>No folder called %1</source>
        <translation>Нет папки с именем %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The folder file %1 keeps changing</source>
        <translation>Файл папки %1 постоянно изменяется</translation>
    </message>
    <message>
        <location line="+116"/>
        <location line="+6"/>
        <location line="+38"/>
        <location filename="../core/store/mailstorerewrite.cpp" line="+66"/>
        <location line="+31"/>
        <location line="+60"/>
        <source>No message %1 in the store</source>
        <translation>В хранилище нет письма %1</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Message %1 has not been downloaded: only its headers are stored</source>
        <translation>Письмо %1 не загружено: сохранены только его заголовки</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Message %1 is no longer in its folder</source>
        <translation>Письма %1 больше нет в его папке</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The folder %1 was changed by another program; reload it and try again</source>
        <translation>Папка %1 была изменена другой программой; загрузите её заново и повторите попытку</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot write</source>
        <translation>Не удаётся записать</translation>
    </message>
    <message>
        <location filename="../core/store/mailstorerewrite.cpp" line="-29"/>
        <source>Cannot remove the folder file %1</source>
        <translation>Не удаётся удалить файл папки %1</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Cannot replace</source>
        <translation>Не удаётся заменить</translation>
    </message>
    <message>
        <location filename="../core/store/mailstoreappend.cpp" line="+201"/>
        <source>No append %1 in progress</source>
        <translation>Добавление %1 не выполняется</translation>
    </message>
    <message>
        <location filename="../core/store/mailstorefolders.cpp" line="-26"/>
        <source>remove a leftover folder file</source>
        <translation>удаление оставшегося файла папки</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A folder named “%1” already exists.</source>
        <translation>Папка с именем «%1» уже существует.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>rename the folder file</source>
        <translation>переименование файла папки</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>rename folder</source>
        <translation>переименование папки</translation>
    </message>
</context>
<context>
    <name>Pigeon::Store::MboxTransfer</name>
    <message>
        <location filename="../core/store/mboxtransfer.cpp" line="+30"/>
        <source>%1 is empty</source>
        <translation>Файл %1 пуст</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not an mbox file: it does not start with a &quot;From &quot; line. Nothing was imported.</source>
        <translation>%1 не является файлом mbox: он не начинается со строки «From ». Ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ends in the middle of a message (message %2 at byte %3 is cut off); the file looks truncated. Nothing was imported.</source>
        <translation>%1 обрывается посреди письма (письмо %2 со смещения %3 байт обрезано); похоже, файл усечён. Ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Cannot write</source>
        <translation>Не удаётся записать</translation>
    </message>
</context>
<context>
    <name>Pigeon::Store::MessageListQuery</name>
    <message>
        <location filename="../core/store/messagelistquery.cpp" line="+73"/>
        <source>Mail index: %1: %2</source>
        <translation>Индекс почты: %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+12"/>
        <location line="+6"/>
        <source>open</source>
        <translation>открытие</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+17"/>
        <source>list folders</source>
        <translation>получение списка папок</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>find folder</source>
        <translation>поиск папки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No folder named %1</source>
        <translation>Нет папки с именем %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+20"/>
        <source>list folder</source>
        <translation>получение содержимого папки</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>read threads</source>
        <translation>чтение цепочек</translation>
    </message>
</context>
<context>
    <name>Pigeon::Store::StoreIndex</name>
    <message>
        <location filename="../core/store/storeindex.cpp" line="+77"/>
        <location line="+8"/>
        <source>Mail index: %1: %2</source>
        <translation>Индекс почты: %1: %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Cannot open the mail index %1</source>
        <translation>Не удаётся открыть индекс почты %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/store/storeindexschema.cpp" line="+143"/>
        <location line="+41"/>
        <source>begin</source>
        <translation>начало транзакции</translation>
    </message>
    <message>
        <location filename="../core/store/storeindexschema.cpp" line="-39"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>create schema</source>
        <translation>создание схемы</translation>
    </message>
    <message>
        <location filename="../core/store/storeindex.cpp" line="+8"/>
        <location filename="../core/store/storeindexschema.cpp" line="+6"/>
        <location line="+33"/>
        <source>commit</source>
        <translation>фиксация транзакции</translation>
    </message>
    <message>
        <location filename="../core/store/storeindexschema.cpp" line="-12"/>
        <source>migrate the index to version %1</source>
        <translation>перевод индекса на версию %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No migration from index schema %1</source>
        <translation>Переход со схемы индекса %1 не предусмотрен</translation>
    </message>
    <message>
        <location filename="../core/store/storeindex.cpp" line="+76"/>
        <source>create folder</source>
        <translation>создание папки</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>update folder</source>
        <translation>обновление папки</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>remove folder</source>
        <translation>удаление папки</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+11"/>
        <source>journal</source>
        <translation>журнал</translation>
    </message>
    <message>
        <location filename="../core/store/storeindexinserts.cpp" line="+77"/>
        <source>Mail index: bulk insert outside a transaction</source>
        <translation>Индекс почты: пакетная вставка вне транзакции</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Mail index: %1</source>
        <translation>Индекс почты: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+27"/>
        <source>Mail index: not an SQLite connection</source>
        <translation>Индекс почты: не является соединением SQLite</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Mail index: create index: %1</source>
        <translation>Индекс почты: создание индекса: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Mail index: insert message: %1</source>
        <translation>Индекс почты: вставка письма: %1</translation>
    </message>
    <message>
        <location filename="../core/store/storeindex.cpp" line="+43"/>
        <location line="+2"/>
        <source>delete message</source>
        <translation>удаление письма</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <source>delete messages</source>
        <translation>удаление писем</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>set flags</source>
        <translation>установка флагов</translation>
    </message>
    <message>
        <location filename="../core/store/storeindexremote.cpp" line="+106"/>
        <source>update message</source>
        <translation>обновление письма</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>delete a folder</source>
        <translation>удаление папки</translation>
    </message>
    <message>
        <location filename="../core/store/storeindex.cpp" line="+18"/>
        <source>relocate message</source>
        <translation>перемещение письма</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>read folder</source>
        <translation>чтение папки</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>list folder</source>
        <translation>получение списка писем папки</translation>
    </message>
    <message>
        <location filename="../core/store/storeindexremote.cpp" line="-51"/>
        <source>save folder state</source>
        <translation>сохранение состояния папки</translation>
    </message>
</context>
<context>
    <name>Pigeon::Sync::AccountRuntime</name>
    <message>
        <location filename="../core/sync/accountruntime.cpp" line="+184"/>
        <location line="+24"/>
        <source>%1: Pigeon is working offline.</source>
        <translation>%1: Pigeon работает в автономном режиме.</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+163"/>
        <location line="+17"/>
        <source>The download was cancelled.</source>
        <translation>Загрузка отменена.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Waiting for the check of %1 to finish</source>
        <translation>Ожидание завершения проверки %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading the password from the keychain</source>
        <translation>Чтение пароля из связки ключей</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The check was cancelled.</source>
        <translation>Проверка отменена.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No password is stored for %1.</source>
        <translation>Для %1 не сохранён пароль.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Sync::AccountWorker</name>
    <message>
        <location filename="../core/sync/accountworker.cpp" line="+34"/>
        <source>CRAM-MD5 is not supported for POP3; choose another login method.</source>
        <translation>CRAM-MD5 не поддерживается для POP3; выберите другой способ входа.</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>count messages</source>
        <translation>подсчёт писем</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../core/sync/accountworkerfolders.cpp" line="+238"/>
        <source>list messages</source>
        <translation>получение списка писем</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>This part is not in the message.</source>
        <translation>Этой части нет в письме.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This attachment is not available offline: it has not been downloaded yet, and Pigeon is working offline.</source>
        <translation>Это вложение недоступно без подключения к сети: оно ещё не загружено, а Pigeon работает в автономном режиме.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This attachment is not available offline: it has not been downloaded yet, and the server cannot be reached (%1).</source>
        <translation>Это вложение недоступно без подключения к сети: оно ещё не загружено, а сервер недоступен (%1).</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The message is no longer in the store.</source>
        <translation>Письма больше нет в хранилище.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>A check is already running.</source>
        <translation>Проверка уже выполняется.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Downloading message %L1 of %L2</source>
        <translation>Загрузка письма %L1 из %L2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Connecting to %1</source>
        <translation>Подключение к %1</translation>
    </message>
    <message>
        <location filename="../core/sync/accountworkerfolders.cpp" line="-178"/>
        <source>%1: there is no such folder.</source>
        <translation>%1: такой папки нет.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: it is a special folder, which keeps its name and place.</source>
        <translation>%1: это специальная папка, её имя и расположение изменить нельзя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: it holds the special folder “%2”.</source>
        <translation>%1: в ней находится специальная папка «%2».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: folders on the server can only be changed while Pigeon is online.</source>
        <translation>%1: папки на сервере можно изменять, только когда Pigeon подключён к сети.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: “%2” cannot be a folder name (it must not be empty, start or end with a space%3).</source>
        <translation>%1: «%2» не может быть именем папки (имя не должно быть пустым, начинаться или заканчиваться пробелом%3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, start with a dot or contain “/”</source>
        <translation>, начинаться с точки или содержать «/»</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The folder “%1” cannot be created</source>
        <translation>Не удаётся создать папку «%1»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: its parent folder is gone.</source>
        <translation>%1: родительская папка больше не существует.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: it already exists.</source>
        <translation>%1: она уже существует.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The folder “%1” cannot be renamed</source>
        <translation>Не удаётся переименовать папку «%1»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The folder “%1” cannot be moved</source>
        <translation>Не удаётся переместить папку «%1»</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>%1: a folder cannot go inside itself.</source>
        <translation>%1: папку нельзя поместить в саму себя.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: “%2” already exists.</source>
        <translation>%1: «%2» уже существует.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The folder “%1” cannot be deleted</source>
        <translation>Не удаётся удалить папку «%1»</translation>
    </message>
    <message>
        <location filename="../core/sync/accountworkerimap.cpp" line="+123"/>
        <source>This message is not available offline: it has not been downloaded yet, and Pigeon is working offline.</source>
        <translation>Это письмо недоступно без подключения к сети: оно ещё не загружено, а Pigeon работает в автономном режиме.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This message is not available offline: it has not been downloaded yet, and %1 cannot be reached.</source>
        <translation>Это письмо недоступно без подключения к сети: оно ещё не загружено, а сервер %1 недоступен.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server cannot be searched while offline.</source>
        <translation>Поиск на сервере недоступен в автономном режиме.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The search was cancelled.</source>
        <translation>Поиск отменён.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Sync::ChangeReplayer</name>
    <message>
        <location filename="../core/sync/changereplayer.cpp" line="+113"/>
        <source>Unknown offline change %1.</source>
        <translation>Неизвестное автономное изменение %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n message(s) could not be moved to %1: the folder no longer exists. They stay where they were on the server.</source>
        <translation>
            <numerusform>Не удалось переместить в %1 %n письмо: папка больше не существует. На сервере письма остаются на прежнем месте.</numerusform>
            <numerusform>Не удалось переместить в %1 %n письма: папка больше не существует. На сервере письма остаются на прежнем месте.</numerusform>
            <numerusform>Не удалось переместить в %1 %n писем: папка больше не существует. На сервере письма остаются на прежнем месте.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) could not be copied to %1: the folder no longer exists.</source>
        <translation>
            <numerusform>Не удалось скопировать в %1 %n письмо: папка больше не существует.</numerusform>
            <numerusform>Не удалось скопировать в %1 %n письма: папка больше не существует.</numerusform>
            <numerusform>Не удалось скопировать в %1 %n писем: папка больше не существует.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The folder %1 had been deleted on the server; it was created again for the messages put there while offline.</source>
        <translation>Папка %1 была удалена на сервере; она создана заново для писем, помещённых в неё в автономном режиме.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>A change made offline was refused by the server %1 times and has been dropped: %2</source>
        <translation>Сервер отклонил изменение, сделанное в автономном режиме (попыток: %1), и оно удалено: %2</translation>
    </message>
</context>
<context>
    <name>Pigeon::Sync::FolderSync</name>
    <message>
        <location filename="../core/sync/foldersync.cpp" line="+102"/>
        <source>The server did not say the UIDVALIDITY of %1.</source>
        <translation>Сервер не сообщил UIDVALIDITY для %1.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Sync::IdleWatcher</name>
    <message>
        <location filename="../core/sync/idlewatcher.cpp" line="+140"/>
        <source>The IMAP server closed the connection.</source>
        <translation>Сервер IMAP закрыл соединение.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Watching the folder ended.</source>
        <translation>Наблюдение за папкой завершено.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Sync::ImapSync</name>
    <message>
        <location filename="../core/sync/imapsync.cpp" line="+36"/>
        <source>This login method is not supported for IMAP; choose Automatic, PLAIN or LOGIN.</source>
        <translation>Этот способ входа не поддерживается для IMAP; выберите «Автоматически», PLAIN или LOGIN.</translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+56"/>
        <source>Working offline.</source>
        <translation>Автономный режим.</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>The connection to the IMAP server was closed.</source>
        <translation>Соединение с сервером IMAP закрыто.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Updating the folder list</source>
        <translation>Обновление списка папок</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+158"/>
        <source>Updating %1</source>
        <translation>Обновление %1</translation>
    </message>
    <message>
        <location line="-128"/>
        <location filename="../core/sync/imapsyncchanges.cpp" line="+86"/>
        <location filename="../core/sync/imapsyncmailboxes.cpp" line="+320"/>
        <location line="+66"/>
        <location line="+13"/>
        <location filename="../core/sync/imapsyncsearch.cpp" line="+29"/>
        <source>There is no folder %1 on the server.</source>
        <translation>На сервере нет папки %1.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Downloading a message</source>
        <translation>Загрузка письма</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The message is no longer in the folder.</source>
        <translation>Письма больше нет в папке.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message is not from this IMAP account.</source>
        <translation>Письмо не принадлежит этой учётной записи IMAP.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../core/sync/imapsyncparts.cpp" line="+97"/>
        <location line="+25"/>
        <source>The message is no longer on the IMAP server.</source>
        <translation>Письма больше нет на сервере IMAP.</translation>
    </message>
    <message>
        <location filename="../core/sync/imapsyncchanges.cpp" line="-29"/>
        <source>Changing flags</source>
        <translation>Изменение флагов</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Moving messages</source>
        <translation>Перемещение писем</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Deleting messages</source>
        <translation>Удаление писем</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sending offline changes</source>
        <translation>Отправка автономных изменений</translation>
    </message>
    <message>
        <location filename="../core/sync/imapsyncfolders.cpp" line="+55"/>
        <location filename="../core/sync/imapsyncsearch.cpp" line="+76"/>
        <source>read the IMAP cache</source>
        <translation>чтение кэша IMAP</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>The folder %1 was deleted or renamed on the server; %n change(s) made offline to its messages could not be applied.</source>
        <translation>
            <numerusform>Папка %1 была удалена или переименована на сервере; не удалось применить к её письмам %n автономное изменение.</numerusform>
            <numerusform>Папка %1 была удалена или переименована на сервере; не удалось применить к её письмам %n автономных изменения.</numerusform>
            <numerusform>Папка %1 была удалена или переименована на сервере; не удалось применить к её письмам %n автономных изменений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The folder %1 was deleted or renamed on the server; %n message(s) moved there while offline stay in the folder they were moved from.</source>
        <translation>
            <numerusform>Папка %1 была удалена или переименована на сервере; %n письмо, перемещённое в неё в автономном режиме, остаётся в исходной папке.</numerusform>
            <numerusform>Папка %1 была удалена или переименована на сервере; %n письма, перемещённые в неё в автономном режиме, остаются в исходной папке.</numerusform>
            <numerusform>Папка %1 была удалена или переименована на сервере; %n писем, перемещённых в неё в автономном режиме, остаются в исходной папке.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The folder %1 was deleted or renamed on the server; %n message(s) copied there while offline were not copied.</source>
        <translation>
            <numerusform>Папка %1 была удалена или переименована на сервере; %n письмо, скопированное в неё в автономном режиме, не скопировано.</numerusform>
            <numerusform>Папка %1 была удалена или переименована на сервере; %n письма, скопированные в неё в автономном режиме, не скопированы.</numerusform>
            <numerusform>Папка %1 была удалена или переименована на сервере; %n писем, скопированных в неё в автономном режиме, не скопированы.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sync/imapsyncmailboxes.cpp" line="-292"/>
        <source>A folder name cannot contain “%1” on this server.</source>
        <translation>На этом сервере имя папки не может содержать «%1».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A folder name cannot contain “%” or “*”.</source>
        <translation>Имя папки не может содержать «%» или «*».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This server has no subfolders.</source>
        <translation>Этот сервер не поддерживает подпапки.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Creating folder %1</source>
        <translation>Создание папки %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder “%1” cannot be created</source>
        <translation>Не удаётся создать папку «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: it already exists.</source>
        <translation>%1: она уже существует.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>update queued changes</source>
        <translation>обновление изменений в очереди</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Renaming folder %1</source>
        <translation>Переименование папки %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder “%1” cannot be renamed</source>
        <translation>Не удаётся переименовать папку «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: it is not on the server.</source>
        <translation>%1: её нет на сервере.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: a folder cannot go inside itself.</source>
        <translation>%1: папку нельзя поместить в саму себя.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: “%2” already exists.</source>
        <translation>%1: «%2» уже существует.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Deleting folder %1</source>
        <translation>Удаление папки %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The folder “%1” cannot be deleted</source>
        <translation>Не удаётся удалить папку «%1»</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+5"/>
        <source>Copying messages</source>
        <translation>Копирование писем</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The messages cannot be copied to “%1”</source>
        <translation>Не удаётся скопировать письма в «%1»</translation>
    </message>
    <message>
        <location filename="../core/sync/imapsyncparts.cpp" line="-84"/>
        <source>Opening a message</source>
        <translation>Открытие письма</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Downloading an attachment</source>
        <translation>Загрузка вложения</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Downloading parts of a message</source>
        <translation>Загрузка частей письма</translation>
    </message>
    <message>
        <location filename="../core/sync/imapsyncsearch.cpp" line="-81"/>
        <source>Searching %1 on the server</source>
        <translation>Поиск в папке %1 на сервере</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+27"/>
        <location line="+63"/>
        <source>The search was cancelled.</source>
        <translation>Поиск отменён.</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>The server did not say the UIDVALIDITY of %1.</source>
        <translation>Сервер не сообщил UIDVALIDITY папки %1.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Sync::PartialMessage</name>
    <message>
        <location filename="../core/sync/partialmessage.cpp" line="+144"/>
        <source>This message has not been downloaded yet.</source>
        <translation>Это письмо ещё не загружено.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Sync::Pop3Fetcher</name>
    <message>
        <location filename="../core/sync/pop3fetcher.cpp" line="+100"/>
        <source>Cannot read the message index</source>
        <translation>Не удаётся прочитать индекс писем</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The server no longer identifies messages (UIDL). Nothing was downloaded, so that no message is downloaded twice.</source>
        <translation>Сервер больше не сообщает идентификаторы писем (UIDL). Ничего не загружено, чтобы ни одно письмо не было загружено дважды.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The rest of the message cannot be downloaded: the server no longer has it.</source>
        <translation>Не удаётся загрузить остаток письма: его больше нет на сервере.</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>The mail check was cancelled.</source>
        <translation>Проверка почты отменена.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Sync::Pop3Ledger</name>
    <message>
        <location filename="../core/sync/pop3ledger.cpp" line="+43"/>
        <source>Cannot open the POP3 download record %1: %2</source>
        <translation>Не удаётся открыть журнал загрузок POP3 %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot set up the POP3 download record</source>
        <translation>Не удаётся подготовить журнал загрузок POP3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read the POP3 download record</source>
        <translation>Не удаётся прочитать журнал загрузок POP3</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <location line="+6"/>
        <location line="+10"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>Cannot write the POP3 download record</source>
        <translation>Не удаётся записать журнал загрузок POP3</translation>
    </message>
</context>
<context>
    <name>Pigeon::Sync::Task</name>
    <message>
        <location filename="../core/sync/task.cpp" line="+40"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::AccessNotes</name>
    <message>
        <location filename="../ui/wizard/accessnotes.cpp" line="+14"/>
        <source>%1 requires an app password: create one in your %1 account&apos;s security settings and enter it here instead of your usual password.</source>
        <translation>%1 требует пароль приложения: создайте его в настройках безопасности учётной записи %1 и введите здесь вместо обычного пароля.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access for mail programs (IMAP) must first be switched on in the web settings of %1.</source>
        <translation>Сначала нужно включить доступ для почтовых программ (IMAP) в веб-настройках %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>POP3 access must first be switched on in the web settings of %1.</source>
        <translation>Сначала нужно включить доступ по POP3 в веб-настройках %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 no longer accepts passwords from mail programs: it only allows signing in through its own web page (OAuth2), which Pigeon does not support yet. Pigeon cannot set up this account for now; your password was not sent.</source>
        <translation>%1 больше не принимает пароли от почтовых программ: вход возможен только через его собственную веб-страницу (OAuth2), которую Pigeon пока не поддерживает. Сейчас Pigeon не может настроить эту учётную запись; ваш пароль не был отправлен.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open the %1 settings page</source>
        <translation>Открыть страницу настроек %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the password. Check these first:</source>
        <translation>%1 отклонил пароль. Сначала проверьте следующее:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before you continue, %1 asks for this:</source>
        <translation>Прежде чем продолжить, %1 просит сделать следующее:</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::AccountSettingsDialog</name>
    <message>
        <location filename="../ui/settings/accountsettingsdialog.cpp" line="+30"/>
        <source>Account settings – %1</source>
        <translation>Параметры учётной записи – %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;You</source>
        <translation>&amp;Ваши данные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Servers</source>
        <translation>&amp;Серверы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Downloads</source>
        <translation>&amp;Загрузка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test</source>
        <translation>&amp;Проверка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Advanced</source>
        <translation>&amp;Дополнительно</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Automatic: only beyond the local network</source>
        <translation>Автоматически: только за пределами локальной сети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always, when the server offers it</source>
        <translation>Всегда, если сервер поддерживает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compression saves traffic on slow connections but costs time on a fast local network, where the server is often quicker uncompressed.</source>
        <translation>Сжатие экономит трафик на медленных подключениях, но в быстрой локальной сети отнимает время: там сервер часто отвечает быстрее без сжатия.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IMAP &amp;compression:</source>
        <translation>С&amp;жатие IMAP:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The settings could not be saved: %1</source>
        <translation>Не удалось сохранить параметры: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The settings were saved, but the keychain failed: %1</source>
        <translation>Параметры сохранены, но произошла ошибка связки ключей: %1</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::AccountWizard</name>
    <message>
        <location filename="../ui/wizard/accountwizard.cpp" line="+29"/>
        <source>Add a mail account</source>
        <translation>Добавление почтовой учётной записи</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The account could not be saved: %1</source>
        <translation>Не удалось сохранить учётную запись: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The account was added, but the keychain did not keep the password (%1). Pigeon will ask for it when it connects.</source>
        <translation>Учётная запись добавлена, но связка ключей не сохранила пароль (%1). Pigeon запросит его при подключении.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::AttachmentList</name>
    <message>
        <location filename="../ui/reader/attachmentlist.cpp" line="+26"/>
        <source>Open program?</source>
        <translation>Открыть программу?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is a program or script. Opening it can run code on your computer. Open it anyway?</source>
        <translation>«%1» — программа или сценарий. При открытии на вашем компьютере может быть выполнен код. Всё равно открыть?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save Attachment</source>
        <translation>Сохранить вложение</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>(%1, not downloaded)</source>
        <translation>(%1, не загружено)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not downloaded)</source>
        <translation>(не загружено)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name given by the sender: %1</source>
        <translation>Имя, указанное отправителем: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a program or script.</source>
        <translation>Это программа или сценарий.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not downloaded yet: opening or saving it downloads it.</source>
        <translation>Ещё не загружено: оно будет загружено при открытии или сохранении.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This attachment has not been downloaded.</source>
        <translation>Это вложение не загружено.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot write %1</source>
        <translation>Не удаётся записать %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+30"/>
        <source>No such attachment</source>
        <translation>Вложение не найдено</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Not opened</source>
        <translation>Не открыто</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No application could open %1</source>
        <translation>Ни одно приложение не смогло открыть %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::CertificatePanel</name>
    <message>
        <location filename="../ui/wizard/certificatepanel.cpp" line="+38"/>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued to:</source>
        <translation>Кому выдан:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names:</source>
        <translation>Имена:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by:</source>
        <translation>Кем выдан:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>itself (self-signed)</source>
        <translation>им самим (самоподписанный)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid:</source>
        <translation>Действителен:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem:</source>
        <translation>Проблема:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Trust this certificate for %1</source>
        <translation>&amp;Доверять этому сертификату для %1</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::ConnectionErrorText</name>
    <message>
        <location filename="../ui/wizard/connectionerrortext.cpp" line="+26"/>
        <source>The server %1 refused the user name or password. Check both; the server said: “%2”</source>
        <translation>Сервер %1 отклонил имя пользователя или пароль. Проверьте их; ответ сервера: «%2»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server name %1 was not found. Check its spelling and your internet connection.</source>
        <translation>Имя сервера %1 не найдено. Проверьте правильность написания и подключение к интернету.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the connection on port %2. The port or the security setting is probably wrong.</source>
        <translation>%1 отклонил подключение на порту %2. Вероятно, неверно указан порт или параметр безопасности.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not answer on port %2 in time. The server may be down, or a firewall blocks the port.</source>
        <translation>%1 не ответил вовремя на порту %2. Возможно, сервер недоступен или порт блокируется межсетевым экраном.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate of %1 could not be verified, so the connection may not be private. Look at the certificate below and trust it only if you know it is right.</source>
        <translation>Не удалось проверить сертификат %1, поэтому соединение может быть незащищённым. Просмотрите сертификат ниже и доверяйте ему, только если уверены, что он правильный.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not support the chosen security (STARTTLS) on port %2. Choose SSL/TLS on its own port, or ask your provider.</source>
        <translation>%1 не поддерживает выбранный способ защиты (STARTTLS) на порту %2. Выберите SSL/TLS на отдельном порту или обратитесь к своему провайдеру.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A secure connection to %1 on port %2 could not be made: %3. The server may expect another security setting on this port.</source>
        <translation>Не удалось установить защищённое соединение с %1 на порту %2: %3. Возможно, сервер ожидает на этом порту другой параметр безопасности.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 would receive your password unencrypted. Choose STARTTLS or SSL/TLS, or allow sending the password unencrypted in the manual settings.</source>
        <translation>%1 получит ваш пароль в незашифрованном виде. Выберите STARTTLS или SSL/TLS либо разрешите отправку пароля без шифрования в ручной настройке.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 did not answer like a %2 server: %3. Check the port and the server type.</source>
        <translation>%1 ответил не так, как сервер %2: %3. Проверьте порт и тип сервера.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The test was stopped.</source>
        <translation>Проверка остановлена.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to %1 failed: %2</source>
        <translation>Не удалось подключиться к %1: %2</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::ConnectionTestPage</name>
    <message>
        <location filename="../ui/wizard/connectiontestpage.cpp" line="+22"/>
        <source>Connection test</source>
        <translation>Проверка подключения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pigeon logs in to both servers once to check the settings and the password.</source>
        <translation>Pigeon один раз входит на оба сервера, чтобы проверить параметры и пароль.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Incoming server:</source>
        <translation>Сервер входящей почты:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outgoing server:</source>
        <translation>Сервер исходящей почты:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Test &amp;again</source>
        <translation>Проверить &amp;снова</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>testing…</source>
        <translation>проверка…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unencrypted</source>
        <translation>без шифрования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK: %1 accepted the login (%2, port %3).</source>
        <translation>OK: %1 принял вход (%2, порт %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Both servers work. Press Finish to add the account.</source>
        <translation>Оба сервера работают. Нажмите «Завершить», чтобы добавить учётную запись.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Go back to correct the settings, or test again.</source>
        <translation>Вернитесь назад, чтобы исправить параметры, или повторите проверку.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::DetectionPage</name>
    <message>
        <location filename="../ui/wizard/detectionpage.cpp" line="+23"/>
        <source>Finding settings</source>
        <translation>Поиск параметров</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pigeon asks several sources at once; the first complete answer that checks out wins.</source>
        <translation>Pigeon опрашивает несколько источников одновременно; используется первый полный ответ, прошедший проверку.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+77"/>
        <source>not asked</source>
        <translation>не запрашивался</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>&amp;Stop and enter the settings by hand</source>
        <translation>&amp;Остановить и ввести параметры вручную</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Pigeon&apos;s list of providers</source>
        <translation>Список почтовых провайдеров Pigeon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain&apos;s settings file (HTTPS)</source>
        <translation>Файл настроек домена (HTTPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS service records</source>
        <translation>Служебные записи DNS (SRV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain&apos;s mail exchanger</source>
        <translation>Почтовый сервер домена (MX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The usual server names</source>
        <translation>Стандартные имена серверов</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>searching…</source>
        <translation>поиск…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>found settings</source>
        <translation>параметры найдены</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nothing found (%1)</source>
        <translation>ничего не найдено (%1)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not needed: settings already found</source>
        <translation>не требуется: параметры уже найдены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>остановлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer in time</source>
        <translation>нет ответа за отведённое время</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped. Enter the settings by hand on the next pages.</source>
        <translation>Остановлено. Введите параметры вручную на следующих страницах.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>found settings; Pigeon uses these</source>
        <translation>параметры найдены; Pigeon использует их</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>These settings could not be checked yet. Look at them on the next pages; the connection test will tell whether they work.</source>
        <translation>Эти параметры пока не удалось проверить. Просмотрите их на следующих страницах; проверка подключения покажет, работают ли они.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::FolderActions</name>
    <message>
        <location filename="../ui/folderactions.cpp" line="+66"/>
        <source>New &amp;Subfolder…</source>
        <translation>&amp;Новая подпапка…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename Folder…</source>
        <translation>&amp;Переименовать папку…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete Folder…</source>
        <translation>&amp;Удалить папку…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>New Subfolder</source>
        <translation>Новая подпапка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Folder</source>
        <translation>Новая папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new folder in “%1”:</source>
        <translation>Имя новой папки в «%1»:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new folder in %1:</source>
        <translation>Имя новой папки в %1:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rename Folder</source>
        <translation>Переименование папки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name of the folder “%1”:</source>
        <translation>Новое имя папки «%1»:</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Delete the folder “%1” and its %n subfolder(s)?</source>
        <translation>
            <numerusform>Удалить папку «%1» и её %n подпапку?</numerusform>
            <numerusform>Удалить папку «%1» и её %n подпапки?</numerusform>
            <numerusform>Удалить папку «%1» и её %n подпапок?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the folder “%1”?</source>
        <translation>Удалить папку «%1»?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n message(s) will be deleted from the server for good. This cannot be undone.</source>
        <translation>
            <numerusform>%n письмо будет безвозвратно удалено с сервера. Это действие нельзя отменить.</numerusform>
            <numerusform>%n письма будут безвозвратно удалены с сервера. Это действие нельзя отменить.</numerusform>
            <numerusform>%n писем будут безвозвратно удалены с сервера. Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) will be moved to the Trash.</source>
        <translation>
            <numerusform>%n письмо будет перемещено в корзину.</numerusform>
            <numerusform>%n письма будут перемещены в корзину.</numerusform>
            <numerusform>%n писем будут перемещены в корзину.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Folder</source>
        <translation>Удаление папки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::FolderDelegate</name>
    <message>
        <location filename="../ui/folderdelegate.cpp" line="+52"/>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drafts</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Отправленные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Junk</source>
        <translation>Спам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::FolderView</name>
    <message>
        <location filename="../ui/folderview.cpp" line="+15"/>
        <source>Folders</source>
        <translation>Папки</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::HeaderView</name>
    <message>
        <location filename="../ui/reader/headerview.cpp" line="+50"/>
        <source>Cc:</source>
        <translation>Копия:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>From:</source>
        <translation>От:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show all headers</source>
        <translation>Показать все заголовки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View source</source>
        <translation>Показать исходный текст</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::IdentityPage</name>
    <message>
        <location filename="../ui/wizard/identitypage.cpp" line="+18"/>
        <source>You</source>
        <translation>Ваши данные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name as others see it, your e-mail address and its password. Pigeon finds the server settings from the address.</source>
        <translation>Ваше имя, которое видят другие, адрес электронной почты и пароль к нему. Pigeon определит параметры сервера по адресу.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Anna Kowalska</source>
        <translation>например, Анна Ковальская</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Remember the password in the keychain</source>
        <translation>&amp;Запомнить пароль в связке ключей</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail address:</source>
        <translation>&amp;Адрес электронной почты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter your e-mail address.</source>
        <translation>Введите адрес электронной почты.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An e-mail address looks like name@example.org.</source>
        <translation>Адрес электронной почты выглядит так: name@example.org.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The part after @ must be a domain such as example.org.</source>
        <translation>Часть после @ должна быть доменом, например example.org.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An e-mail address cannot contain spaces, commas or angle brackets.</source>
        <translation>Адрес электронной почты не может содержать пробелы, запятые и угловые скобки.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the name others should see.</source>
        <translation>Введите имя, которое будут видеть другие.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pigeon already has an account for this address. Adding it again fetches the same mail twice.</source>
        <translation>Для этого адреса в Pigeon уже есть учётная запись. Если добавить её ещё раз, одна и та же почта будет загружаться дважды.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the password of this address.</source>
        <translation>Введите пароль для этого адреса.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::MailActions</name>
    <message>
        <location filename="../ui/mailactions.cpp" line="+32"/>
        <source>&amp;Get All New Messages</source>
        <translation>&amp;Получить все новые письма</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get New Messages for &amp;Account</source>
        <translation>Получить новые письма для &amp;учётной записи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop All Tasks</source>
        <translation>&amp;Остановить все задачи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Work Offline</source>
        <translation>Работать &amp;автономно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as &amp;Read</source>
        <translation>Отметить как &amp;прочитанное</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as &amp;Unread</source>
        <translation>Отметить как &amp;непрочитанное</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Toggle Read</source>
        <translation>&amp;Изменить отметку о прочтении</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Star</source>
        <translation>Отметить &amp;звёздочкой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Unread Message</source>
        <translation>&amp;Следующее непрочитанное письмо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search Messages</source>
        <translation>&amp;Поиск писем</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download &amp;Complete Message</source>
        <translation>Загрузить письмо &amp;целиком</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Folder…</source>
        <translation>&amp;Новая папка…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Threads</source>
        <translation>&amp;Цепочки писем</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefer &amp;HTML to Plain Text</source>
        <translation>Предпочитать &amp;HTML обычному тексту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the HTML version of messages that also come as plain text. Remote content stays blocked until you load it.</source>
        <translation>Показывать HTML-версию писем, у которых есть и текстовая версия. Внешнее содержимое остаётся заблокированным, пока вы его не загрузите.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Move To</source>
        <translation>П&amp;ереместить в</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy To</source>
        <translation>&amp;Копировать в</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+71"/>
        <source>Pigeon</source>
        <translation>Pigeon</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>No accounts are set up yet.</source>
        <translation>Учётные записи ещё не настроены.</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Messages can only be moved between folders of the same account for now.</source>
        <translation>Пока письма можно перемещать только между папками одной учётной записи.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location filename="../ui/mainwindowactions.cpp" line="+99"/>
        <source>%1: %2</source>
        <comment>account: error</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n new message(s)</source>
        <translation>
            <numerusform>%1: %n новое письмо</numerusform>
            <numerusform>%1: %n новых письма</numerusform>
            <numerusform>%1: %n новых писем</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search failed: %1</source>
        <translation>Ошибка поиска: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is back online.</source>
        <translation>%1 снова в сети.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be reached; working offline for it.</source>
        <translation>Нет связи с %1; для этой учётной записи включён автономный режим.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The message list could not be read: %1</source>
        <translation>Не удалось прочитать список писем: %1</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+53"/>
        <source>&amp;Add Account…</source>
        <translation>&amp;Добавить учётную запись…</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Message</source>
        <translation>&amp;Письмо</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Accounts</source>
        <translation>&amp;Учётные записи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account &amp;Settings…</source>
        <translation>&amp;Параметры учётной записи…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Pigeon</source>
        <translation>&amp;О программе Pigeon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No unread messages in this folder.</source>
        <translation>В этой папке нет непрочитанных писем.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Main</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Search messages</source>
        <translation>Поиск писем</translation>
    </message>
    <message>
        <location line="+74"/>
        <location filename="../ui/mainwindowsearch.cpp" line="+26"/>
        <source>%1 is offline</source>
        <translation>%1 не в сети</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n account(s) offline</source>
        <translation>
            <numerusform>%n учётная запись не в сети</numerusform>
            <numerusform>%n учётные записи не в сети</numerusform>
            <numerusform>%n учётных записей не в сети</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server of %1 cannot be reached. Pigeon tries again by itself; what you change meanwhile is kept and sent when it is back. Click to work offline.</source>
        <translation>Нет связи с сервером учётной записи %1. Pigeon будет повторять попытки сам; изменения, сделанные за это время, сохраняются и будут отправлены, когда связь восстановится. Нажмите, чтобы перейти в автономный режим.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Offline</source>
        <translation>Автономно</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pigeon checks for mail. Click to work offline.</source>
        <translation>Pigeon проверяет почту. Нажмите, чтобы перейти в автономный режим.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Pigeon is working offline: no connections are made. Click to go online.</source>
        <translation>Pigeon работает в автономном режиме: подключения не выполняются. Нажмите, чтобы подключиться к сети.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%Ln account(s)</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%Ln учётная запись</numerusform>
            <numerusform>%Ln учётные записи</numerusform>
            <numerusform>%Ln учётных записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%Ln message(s) found</source>
        <translation>
            <numerusform>Найдено %Ln письмо</numerusform>
            <numerusform>Найдено %Ln письма</numerusform>
            <numerusform>Найдено %Ln писем</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2</source>
        <comment>messages, unread</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln письмо</numerusform>
            <numerusform>%Ln письма</numerusform>
            <numerusform>%Ln писем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln unread</source>
        <translation>
            <numerusform>%Ln непрочитанное</numerusform>
            <numerusform>%Ln непрочитанных</numerusform>
            <numerusform>%Ln непрочитанных</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>About Pigeon</source>
        <translation>О программе Pigeon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pigeon %1</source>
        <translation>Pigeon %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A desktop mail client that works offline.</source>
        <translation>Почтовый клиент для компьютера, который работает и без подключения к сети.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pigeon is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or any later version. It comes with no warranty.</source>
        <translation>Pigeon — свободная программа: вы можете распространять и/или изменять её на условиях Стандартной общественной лицензии GNU версии 3 либо любой более поздней версии. Программа поставляется без каких-либо гарантий.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="-27"/>
        <source>This message cannot be shown: %1</source>
        <translation>Это письмо невозможно показать: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The complete message could not be downloaded: %1</source>
        <translation>Не удалось загрузить письмо целиком: %1</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Delete Messages</source>
        <translation>Удаление писем</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n message(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Удалить %n письмо безвозвратно? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить %n письма безвозвратно? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить %n писем безвозвратно? Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Only the messages of one account can be moved at a time; the others stay where they are.</source>
        <translation>За один раз можно переместить письма только одной учётной записи; остальные останутся на месте.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Pigeon is working offline: the complete message can be downloaded when you go online again.</source>
        <translation>Pigeon работает автономно: письмо можно будет загрузить целиком, когда вы снова подключитесь к сети.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsearch.cpp" line="+4"/>
        <source>%1 cannot be reached</source>
        <translation>Нет связи с %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the server of %1 answered: %2</source>
        <translation>сервер учётной записи %1 ответил: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Server results missing (%1): only the mail stored on this computer was searched.</source>
        <translation>Нет результатов с сервера (%1): поиск выполнен только по почте, хранящейся на этом компьютере.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Searching on the server…</source>
        <translation>Поиск на сервере…</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::MessageDelegate</name>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="+73"/>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::MessageListView</name>
    <message>
        <location filename="../ui/messagelistview.cpp" line="+20"/>
        <source>Messages</source>
        <translation>Письма</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::MessageView</name>
    <message>
        <location filename="../ui/reader/messageview.cpp" line="+46"/>
        <source>Load remote content</source>
        <translation>Загрузить удалённое содержимое</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Character encoding of this message</source>
        <translation>Кодировка символов этого письма</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pigeon is working offline: the remote content loads when you go online.</source>
        <translation>Pigeon работает автономно: внешнее содержимое загрузится, когда вы перейдёте в сеть.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remote content was blocked to protect your privacy (%n item(s)).</source>
        <translation>
            <numerusform>Удалённое содержимое заблокировано для защиты вашей конфиденциальности (%n элемент).</numerusform>
            <numerusform>Удалённое содержимое заблокировано для защиты вашей конфиденциальности (%n элемента).</numerusform>
            <numerusform>Удалённое содержимое заблокировано для защиты вашей конфиденциальности (%n элементов).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always load from %1</source>
        <translation>Всегда загружать с %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cyrillic (KOI8-R)</source>
        <translation>Кириллица (KOI8-R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Кириллица (Windows-1251)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyrillic (ISO-8859-5)</source>
        <translation>Кириллица (ISO-8859-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic/Persian (Windows-1256)</source>
        <translation>Арабская/персидская (Windows-1256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central European (Windows-1250)</source>
        <translation>Центральноевропейская (Windows-1250)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central European (ISO-8859-2)</source>
        <translation>Центральноевропейская (ISO-8859-2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western (Windows-1252)</source>
        <translation>Западноевропейская (Windows-1252)</translation>
    </message>
    <message>
        <location filename="../ui/reader/messagepreparer.cpp" line="+135"/>
        <source>Loading the message…</source>
        <translation>Загрузка письма…</translation>
    </message>
    <message>
        <location filename="../ui/reader/messageview.cpp" line="+177"/>
        <source>Message Source</source>
        <translation>Исходный текст письма</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::NoticeBar</name>
    <message>
        <location filename="../ui/noticebar.cpp" line="+37"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Hide this message</source>
        <translation>Скрыть это уведомление</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::Pop3OptionsPage</name>
    <message>
        <location filename="../ui/wizard/pop3optionspage.cpp" line="+20"/>
        <source>Downloading with POP3</source>
        <translation>Загрузка по POP3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By default Pigeon removes messages from the server once they are safely on this computer.</source>
        <translation>По умолчанию Pigeon удаляет письма с сервера, как только они надёжно сохранены на этом компьютере.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Leave copies of messages on the server</source>
        <translation>&amp;Оставлять копии писем на сервере</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep them on the server</source>
        <translation>&amp;Хранить их на сервере</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete them from the server after</source>
        <translation>&amp;Удалять их с сервера через</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days to keep messages on the server</source>
        <translation>Сколько дней хранить письма на сервере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete them from the server &amp;when I delete them here</source>
        <translation>Удалять их с сервера, &amp;когда я удаляю их здесь</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do not download messages &amp;larger than</source>
        <translation>Не загружать письма размером &amp;более</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> KB</source>
        <translation> КБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size limit for automatic downloads in kilobytes</source>
        <translation>Ограничение размера для автоматической загрузки, в килобайтах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger messages wait on the server until you ask for them.</source>
        <translation>Письма большего размера остаются на сервере, пока вы их не запросите.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::ProtocolPage</name>
    <message>
        <location filename="../ui/wizard/protocolpage.cpp" line="+14"/>
        <source>How should Pigeon get your mail?</source>
        <translation>Как Pigeon должен получать вашу почту?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your provider offers both ways. You can change this later only by setting up the account again.</source>
        <translation>Ваш провайдер поддерживает оба способа. Изменить выбор позже можно только путём повторной настройки учётной записи.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;IMAP: keep mail on the server</source>
        <translation>&amp;IMAP: хранить почту на сервере</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your mail stays on the server and in sync across your phone and computers, with your folders and server search. Pigeon downloads only the headers until you open a message.</source>
        <translation>Почта остаётся на сервере и синхронизируется между телефоном и компьютерами, вместе с папками и поиском на сервере. Pigeon загружает только заголовки, пока вы не откроете письмо.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;POP3: download mail to this computer</source>
        <translation>&amp;POP3: загружать почту на этот компьютер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pigeon downloads your mail to this computer and, unless you choose otherwise, removes it from the server. Best for one computer, little space on the server, or privacy.</source>
        <translation>Pigeon загружает почту на этот компьютер и, если вы не выберете иное, удаляет её с сервера. Лучше всего подходит для одного компьютера, при небольшом месте на сервере или ради конфиденциальности.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::ReadingPane</name>
    <message>
        <location filename="../ui/readingpane.cpp" line="+161"/>
        <source>Only the beginning of this message has been downloaded.</source>
        <translation>Загружено только начало этого письма.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Download the Rest</source>
        <translation>Загрузить остаток</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Downloading the complete message…</source>
        <translation>Загрузка письма целиком…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No message selected</source>
        <translation>Письмо не выбрано</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+15"/>
        <source>Loading the message…</source>
        <translation>Загрузка письма…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Download Complete Message</source>
        <translation>Загрузить письмо целиком</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The HTML version of this message has not been downloaded yet: its plain text is shown.</source>
        <translation>HTML-версия этого письма ещё не загружена: показан обычный текст.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plain text version of this message has not been downloaded yet: its HTML version is shown.</source>
        <translation>Текстовая версия этого письма ещё не загружена: показана HTML-версия.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The text of this message has not been downloaded yet.</source>
        <translation>Текст этого письма ещё не загружен.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This message was only partly downloaded: its text stops after %1 of %2.</source>
        <translation>Это письмо загружено лишь частично: его текст обрывается после %1 из %2.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>This message cannot be shown: %1</source>
        <translation>Это письмо невозможно показать: %1</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::ReviewPage</name>
    <message>
        <location filename="../ui/wizard/reviewpage.cpp" line="+17"/>
        <source>Review</source>
        <translation>Проверка параметров</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These are the settings Pigeon will test next.</source>
        <translation>Эти параметры Pigeon проверит на следующем шаге.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Change these settings by hand</source>
        <translation>&amp;Изменить эти параметры вручную</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming (%1):</source>
        <translation>Входящая почта (%1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing (SMTP):</source>
        <translation>Исходящая почта (SMTP):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>removed from the server after downloading</source>
        <translation>удаляются с сервера после загрузки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copies stay on the server</source>
        <translation>копии остаются на сервере</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>copies stay on the server for %n day(s)</source>
        <translation>
            <numerusform>копии остаются на сервере %n день</numerusform>
            <numerusform>копии остаются на сервере %n дня</numerusform>
            <numerusform>копии остаются на сервере %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>copies stay on the server until you delete them here</source>
        <translation>копии остаются на сервере, пока вы не удалите их здесь</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Messages:</source>
        <translation>Письма:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kept in the system keychain</source>
        <translation>хранится в системной связке ключей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not remembered: kept only until Pigeon quits; enter it again in the account settings next time</source>
        <translation>не запоминается: хранится только до выхода из Pigeon; в следующий раз введите его снова в параметрах учётной записи</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You entered these settings by hand.</source>
        <translation>Вы ввели эти параметры вручную.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::SearchResultModel</name>
    <message>
        <location filename="../ui/searchresultmodel.cpp" line="+112"/>
        <source>In folder %1</source>
        <translation>В папке %1</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::ServerDescription</name>
    <message>
        <location filename="../ui/wizard/serverdescription.cpp" line="+10"/>
        <source>None (unencrypted)</source>
        <translation>Нет (без шифрования)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Automatic (the strongest the server offers)</source>
        <translation>Автоматически (самый надёжный из предлагаемых сервером)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal password (SASL PLAIN)</source>
        <translation>Обычный пароль (SASL PLAIN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal password (LOGIN)</source>
        <translation>Обычный пароль (LOGIN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted password (CRAM-MD5)</source>
        <translation>Зашифрованный пароль (CRAM-MD5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol login command (IMAP LOGIN, POP3 USER/PASS)</source>
        <translation>Команда входа протокола (IMAP LOGIN, POP3 USER/PASS)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, port %2, %3, user name %4</source>
        <translation>%1, порт %2, %3, имя пользователя %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Found in Pigeon&apos;s list of providers (%1); this entry is not confirmed by the provider.</source>
        <translation>Найдено в списке почтовых провайдеров Pigeon (%1); эта запись не подтверждена провайдером.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found in Pigeon&apos;s list of providers (%1).</source>
        <translation>Найдено в списке почтовых провайдеров Pigeon (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found in the settings file the domain publishes over HTTPS (%1).</source>
        <translation>Найдено в файле настроек, который домен публикует по HTTPS (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found in the domain&apos;s DNS service records (RFC 6186).</source>
        <translation>Найдено в служебных записях DNS домена (RFC 6186).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found through the domain&apos;s mail exchanger, which belongs to %1.</source>
        <translation>Найдено через почтовый сервер (MX) домена, который принадлежит %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found by trying the usual server names; the servers answered.</source>
        <translation>Найдено перебором стандартных имён серверов; серверы ответили.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::ServerFields</name>
    <message>
        <location filename="../ui/wizard/serverfields.cpp" line="+54"/>
        <source>Ser&amp;ver:</source>
        <translation>Се&amp;рвер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sec&amp;urity:</source>
        <translation>&amp;Защита:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authentication:</source>
        <translation>&amp;Аутентификация:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User na&amp;me:</source>
        <translation>Имя &amp;пользователя:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Enter the server&apos;s name, e.g. imap.example.org.</source>
        <translation>Введите имя сервера, например imap.example.org.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the server&apos;s name goes here, without spaces, “@”, “:” or “/”; the port has its own field.</source>
        <translation>Здесь указывается только имя сервера, без пробелов, «@», «:» и «/»; для порта есть отдельное поле.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a valid server name.</source>
        <translation>Это недопустимое имя сервера.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter the user name for this server.</source>
        <translation>Введите имя пользователя для этого сервера.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without encryption anyone on the network can read your password and mail.</source>
        <translation>Без шифрования любой в сети может прочитать ваш пароль и почту.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::ServerSettingsPage</name>
    <message>
        <location filename="../ui/wizard/serversettingspage.cpp" line="+20"/>
        <source>Server settings</source>
        <translation>Параметры серверов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your provider&apos;s help pages list these values.</source>
        <translation>Эти значения указаны на справочных страницах вашего провайдера.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IMAP (mail stays on the server)</source>
        <translation>IMAP (почта остаётся на сервере)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POP3 (mail is downloaded)</source>
        <translation>POP3 (почта загружается)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming server</source>
        <translation>Сервер входящей почты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing server (SMTP)</source>
        <translation>Сервер исходящей почты (SMTP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I understand the risk: send my password &amp;unencrypted</source>
        <translation>Я понимаю риск: отправлять пароль &amp;без шифрования</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Incoming mail:</source>
        <translation>&amp;Входящая почта:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>To switch between IMAP and POP3, add the account again.</source>
        <translation>Чтобы переключиться между IMAP и POP3, добавьте учётную запись заново.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pigeon could not find the settings: %1</source>
        <translation>Pigeon не удалось найти параметры: %1</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::TaskStatus</name>
    <message>
        <location filename="../ui/taskstatus.cpp" line="+28"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel this task</source>
        <translation>Отменить эту задачу</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2</source>
        <comment>account: task</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(ещё %n)</numerusform>
            <numerusform>(ещё %n)</numerusform>
            <numerusform>(ещё %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::TrayIcon</name>
    <message>
        <location filename="../ui/trayicon.cpp" line="+20"/>
        <source>Show Pigeon</source>
        <translation>Показать Pigeon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>New mail</source>
        <translation>Новая почта</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1: %n new message(s)</source>
        <translation>
            <numerusform>%1: %n новое письмо</numerusform>
            <numerusform>%1: %n новых письма</numerusform>
            <numerusform>%1: %n новых писем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Pigeon: %Ln unread message(s)</source>
        <translation>
            <numerusform>Pigeon: %Ln непрочитанное письмо</numerusform>
            <numerusform>Pigeon: %Ln непрочитанных письма</numerusform>
            <numerusform>Pigeon: %Ln непрочитанных писем</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pigeon: no unread mail</source>
        <translation>Pigeon: нет непрочитанной почты</translation>
    </message>
</context>
</TS>
