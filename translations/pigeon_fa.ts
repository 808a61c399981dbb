<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Main</name>
    <message>
        <location filename="../app/pigeon/main.cpp" line="+82"/>
        <source>pigeon: unknown language “%1” (try pl, ru, fa or en)</source>
        <translation>pigeon: زبان ناشناختهٔ «%1» (pl، ru، fa یا en را امتحان کنید)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pigeon, a desktop mail client that works offline.</source>
        <translation>Pigeon، برنامهٔ ایمیل رومیزی که بدون اینترنت هم کار می‌کند.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep all settings, mail and caches in DIRECTORY instead of the standard locations.</source>
        <translation>همهٔ تنظیمات، نامه‌ها و حافظهٔ نهان به‌جای مکان‌های استاندارد در «پوشه» نگه داشته شوند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIRECTORY</source>
        <translation>پوشه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the interface in LANGUAGE (en, pl, ru, fa) instead of the system&apos;s language.</source>
        <translation>رابط کاربری به‌جای زبان سیستم به «زبان» (en، pl، ru، fa) نمایش داده شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LANGUAGE</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pigeon: unexpected argument “%1”</source>
        <translation>pigeon: آرگومان غیرمنتظرهٔ «%1»</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pigeon cannot create its folders: %1</source>
        <translation>Pigeon نمی‌تواند پوشه‌های خود را بسازد: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The account list could not be read: %1</source>
        <translation>فهرست حساب‌ها خوانده نشد: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No keychain service is available (%1). Passwords are kept in memory only and are forgotten when Pigeon quits.</source>
        <translation>هیچ سرویس جاکلیدی در دسترس نیست (%1). گذرواژه‌ها فقط در حافظه نگه داشته می‌شوند و با بستن Pigeon از بین می‌روند.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Account::Account</name>
    <message>
        <location filename="../core/account/account.cpp" line="+13"/>
        <source>invalid value for &quot;%1&quot; in the account settings</source>
        <translation>مقدار نامعتبر برای «%1» در تنظیمات حساب</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>the account has no id</source>
        <translation>حساب شناسه ندارد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>«%1» نشانی ایمیل نیست</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the incoming server has no host name</source>
        <translation>نام میزبان سرور ورودی تعیین نشده است</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the outgoing (SMTP) server has no host name</source>
        <translation>نام میزبان سرور خروجی (SMTP) تعیین نشده است</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the check interval cannot be negative</source>
        <translation>بازهٔ بررسی نمی‌تواند منفی باشد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>messages must stay on the server for at least one day</source>
        <translation>پیام‌ها باید دست‌کم یک روز روی سرور بمانند</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the download size limit cannot be negative</source>
        <translation>سقف اندازهٔ بارگیری نمی‌تواند منفی باشد</translation>
    </message>
    <message>
        <location filename="../core/account/accountstore.cpp" line="+33"/>
        <location line="+130"/>
        <source>&quot;accounts&quot; is not a list</source>
        <translation>«accounts» فهرست نیست</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+134"/>
        <source>an account entry is not an object</source>
        <translation>یکی از مدخل‌های حساب شیء JSON نیست</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>the account settings were written by a newer version of Pigeon; they are left unchanged</source>
        <translation>تنظیمات حساب‌ها با نسخهٔ جدیدتری از Pigeon نوشته شده است؛ بدون تغییر باقی می‌ماند</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown settings version %1</source>
        <translation>نسخهٔ ناشناختهٔ تنظیمات: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cannot read %1: %2</source>
        <translation>خواندن %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not a JSON object</source>
        <translation>شیء JSON نیست</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid &quot;version&quot;</source>
        <translation>مقدار «version» نامعتبر است</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>two accounts have the id %1</source>
        <translation>دو حساب شناسهٔ یکسان %1 دارند</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the account settings file was damaged (%1); it was kept as %2 and Pigeon starts without accounts</source>
        <translation>پروندهٔ تنظیمات حساب‌ها آسیب دیده بود (%1)؛ با نام %2 نگه داشته شد و Pigeon بدون حساب آغاز می‌شود</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the account settings file %1 is damaged (%2) and could not be moved aside; it is left unchanged</source>
        <translation>پروندهٔ تنظیمات حساب‌ها، %1، آسیب دیده است (%2) و کنار گذاشتن آن ممکن نشد؛ بدون تغییر باقی می‌ماند</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no account given</source>
        <translation>هیچ حسابی مشخص نشده است</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+47"/>
        <location line="+19"/>
        <source>no account with the id %1</source>
        <translation>حسابی با شناسهٔ %1 وجود ندارد</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>no account matches &quot;%1&quot;</source>
        <translation>هیچ حسابی با «%1» مطابقت ندارد</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&quot;%1&quot; matches %n accounts; give the full id</source>
        <translation>
            <numerusform>«%1» با %n حساب مطابقت دارد؛ شناسهٔ کامل را وارد کنید</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>an account with the id %1 exists already</source>
        <translation>حسابی با شناسهٔ %1 از قبل وجود دارد</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>cannot create the directory %1</source>
        <translation>ساختن پوشهٔ %1 ممکن نیست</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>cannot write %1: %2</source>
        <translation>نوشتن %1 ممکن نیست: %2</translation>
    </message>
</context>
<context>
    <name>Pigeon::Account::KeychainSecretStore</name>
    <message>
        <location filename="../core/account/keychainsecretstore.cpp" line="+19"/>
        <source>the keychain refused the request: %1</source>
        <translation>جاکلیدی درخواست را رد کرد: %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>no password is stored for this account</source>
        <translation>هیچ گذرواژه‌ای برای این حساب ذخیره نشده است</translation>
    </message>
</context>
<context>
    <name>Pigeon::Account::Profile</name>
    <message>
        <location filename="../core/account/profile.cpp" line="+55"/>
        <source>cannot create the directory %1</source>
        <translation>ساختن پوشهٔ %1 ممکن نیست</translation>
    </message>
</context>
<context>
    <name>Pigeon::Account::SecretStore</name>
    <message>
        <location filename="../core/account/memorysecretstore.cpp" line="+30"/>
        <source>no password is stored for this account</source>
        <translation>هیچ گذرواژه‌ای برای این حساب ذخیره نشده است</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::AutoconfigParser</name>
    <message>
        <location filename="../core/autoconfig/autoconfigparser.cpp" line="+317"/>
        <source>The settings file is larger than %1 KiB.</source>
        <translation>پروندهٔ تنظیمات بزرگ‌تر از %1 KiB است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«%1» نشانی ایمیل نیست.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::AutoconfigSource</name>
    <message>
        <location filename="../core/autoconfig/autoconfigsource.cpp" line="+46"/>
        <source>The address has no valid domain.</source>
        <translation>این نشانی دامنهٔ معتبری ندارد.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Asking %1 for its settings…</source>
        <translation>در حال دریافت تنظیمات از %1…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 lists no secure incoming and outgoing server.</source>
        <translation>%1 هیچ سرور ورودی و خروجی امنی معرفی نمی‌کند.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::ConnectionCheck</name>
    <message>
        <location filename="../core/autoconfig/connectioncheck.cpp" line="+90"/>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::HttpsConfigFetcher</name>
    <message>
        <location filename="../core/autoconfig/configfetcher.cpp" line="+40"/>
        <source>Refusing to fetch settings without HTTPS: %1</source>
        <translation>تنظیمات بدون HTTPS دریافت نمی‌شود: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The server redirected to an address without HTTPS (%1).</source>
        <translation>سرور به نشانی‌ای بدون HTTPS هدایت کرد (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <location line="+22"/>
        <source>The settings file is too large.</source>
        <translation>پروندهٔ تنظیمات بیش از حد بزرگ است.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::ImapProbeDialect</name>
    <message>
        <location filename="../core/autoconfig/imapprobedialect.cpp" line="+171"/>
        <source>The server did not list its capabilities: %1</source>
        <translation>سرور قابلیت‌های خود را اعلام نکرد: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The server completed a command that was not sent.</source>
        <translation>سرور فرمانی را تکمیل کرد که فرستاده نشده بود.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The server refuses to log in without encryption (LOGINDISABLED).</source>
        <translation>سرور ورود بدون رمزنگاری را نمی‌پذیرد (LOGINDISABLED).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The LOGIN mechanism is not used with IMAP; use the LOGIN command.</source>
        <translation>سازوکار LOGIN در IMAP به کار نمی‌رود؛ از فرمان LOGIN استفاده کنید.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The user name or password contains characters this server cannot accept with LOGIN.</source>
        <translation>نام کاربری یا گذرواژه نویسه‌هایی دارد که این سرور با LOGIN نمی‌پذیرد.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::MxSource</name>
    <message>
        <location filename="../core/autoconfig/mxsource.cpp" line="+43"/>
        <source>Looking up the mail exchanger of %1…</source>
        <translation>در حال جست‌وجوی سرور تبادل نامهٔ (MX) %1…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The domain names no mail exchanger.</source>
        <translation>این دامنه هیچ سرور تبادل نامه‌ای (MX) معرفی نمی‌کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mail exchanger (%1) belongs to no provider Pigeon knows.</source>
        <translation>سرور تبادل نامه (%1) به هیچ‌یک از ارائه‌دهندگانی که Pigeon می‌شناسد تعلق ندارد.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::Pop3ProbeDialect</name>
    <message>
        <location filename="../core/autoconfig/pop3probedialect.cpp" line="+195"/>
        <source>The server refuses to log in without encryption.</source>
        <translation>سرور ورود بدون رمزنگاری را نمی‌پذیرد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The LOGIN mechanism is not used with POP3; use USER/PASS.</source>
        <translation>سازوکار LOGIN در POP3 به کار نمی‌رود؛ از USER/PASS استفاده کنید.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The user name or password contains characters POP3 cannot send.</source>
        <translation>نام کاربری یا گذرواژه نویسه‌هایی دارد که POP3 نمی‌تواند بفرستد.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::ProbeSource</name>
    <message>
        <location filename="../core/autoconfig/probesource.cpp" line="+14"/>
        <source>%1 answers on port %2.</source>
        <translation>%1 روی درگاه %2 پاسخ می‌دهد.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Trying the usual server names…</source>
        <translation>در حال امتحان نام‌های رایج سرور…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No secure incoming and outgoing server answered under the usual names.</source>
        <translation>هیچ سرور ورودی و خروجی امنی با نام‌های رایج پاسخ نداد.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::ProviderListSource</name>
    <message>
        <location filename="../core/autoconfig/providerlistsource.cpp" line="+27"/>
        <source>The domain is not in Pigeon&apos;s list of providers.</source>
        <translation>این دامنه در فهرست ارائه‌دهندگان Pigeon نیست.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::Reader</name>
    <message>
        <location filename="../core/autoconfig/autoconfigparser.cpp" line="-246"/>
        <source>The settings file is not usable (line %1): %2</source>
        <translation>پروندهٔ تنظیمات قابل استفاده نیست (سطر %1): %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>document type declarations are not allowed</source>
        <translation>اعلان نوع سند (DOCTYPE) مجاز نیست</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the root element is &lt;%1&gt;, not &lt;clientConfig&gt;</source>
        <translation>عنصر ریشه &lt;%1&gt; است، نه &lt;clientConfig&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the document is empty</source>
        <translation>سند خالی است</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it lists no usable mail server</source>
        <translation>هیچ سرور نامهٔ قابل استفاده‌ای در آن معرفی نشده است</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>server type &quot;%1&quot; is not supported</source>
        <translation>نوع سرور «%1» پشتیبانی نمی‌شود</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown access rule &quot;%1&quot;</source>
        <translation>قاعدهٔ دسترسی ناشناختهٔ «%1»</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>more than %1 servers</source>
        <translation>بیش از %1 سرور</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a valid host name</source>
        <translation>نام میزبان معتبر نیست</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown socketType &quot;%1&quot;</source>
        <translation>مقدار ناشناختهٔ socketType: «%1»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>port &quot;%1&quot; is out of range</source>
        <translation>درگاه «%1» خارج از محدودهٔ مجاز است</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown placeholder in the user name</source>
        <translation>جای‌نگهدار ناشناخته در نام کاربری</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no supported authentication method</source>
        <translation>هیچ روش احراز هویت پشتیبانی‌شده‌ای وجود ندارد</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::ServerProbe</name>
    <message>
        <location filename="../core/autoconfig/probedialect.cpp" line="+41"/>
        <source>The server does not offer STARTTLS, which this account requires. Nothing was sent without encryption.</source>
        <translation>سرور STARTTLS را ارائه نمی‌کند، در حالی که این حساب به آن نیاز دارد. هیچ داده‌ای بدون رمزنگاری فرستاده نشد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server sent an unexpected reply: %1</source>
        <translation>سرور پاسخ غیرمنتظره‌ای فرستاد: %1</translation>
    </message>
    <message>
        <location filename="../core/autoconfig/serverprobe.cpp" line="+94"/>
        <source>The connection test was cancelled.</source>
        <translation>آزمایش اتصال لغو شد.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The server closed the connection unexpectedly.</source>
        <translation>سرور به‌طور غیرمنتظره اتصال را بست.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::SettingsDetector</name>
    <message>
        <location filename="../core/autoconfig/settingsdetector.cpp" line="+25"/>
        <source>No settings were found in time. Enter the servers by hand.</source>
        <translation>در زمان مقرر تنظیماتی پیدا نشد. سرورها را دستی وارد کنید.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Checking %1 and %2…</source>
        <translation>در حال بررسی %1 و %2…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 did not answer as expected: %2</source>
        <translation>%1 پاسخ مورد انتظار را نداد: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No settings were found for this address. Enter the servers by hand.</source>
        <translation>تنظیماتی برای این نشانی پیدا نشد. سرورها را دستی وارد کنید.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::SmtpProbeDialect</name>
    <message>
        <location filename="../core/autoconfig/smtpprobedialect.cpp" line="+242"/>
        <source>The server offers no login on an unencrypted connection.</source>
        <translation>سرور روی اتصال رمزنگاری‌نشده امکان ورود نمی‌دهد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not offer any way to log in (no AUTH).</source>
        <translation>سرور هیچ روشی برای ورود ارائه نمی‌کند (AUTH ندارد).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SMTP has no login command besides AUTH (RFC 4954).</source>
        <translation>SMTP به‌جز AUTH فرمان ورود دیگری ندارد (RFC 4954).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server offers no login method Pigeon supports (%1).</source>
        <translation>سرور هیچ روش ورودی را که Pigeon پشتیبانی می‌کند ارائه نمی‌دهد (%1).</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::SrvSource</name>
    <message>
        <location filename="../core/autoconfig/srvsource.cpp" line="+39"/>
        <source>Looking up mail services of %1 in DNS…</source>
        <translation>در حال جست‌وجوی سرویس‌های نامهٔ %1 در DNS…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The domain publishes no SRV records for both incoming and outgoing mail.</source>
        <translation>این دامنه رکوردهای SRV را برای هر دو نامهٔ ورودی و خروجی منتشر نکرده است.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::AccountsCommand</name>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="+75"/>
        <source>List, show, add and remove accounts</source>
        <translation>فهرست، نمایش، افزودن و حذف حساب‌ها</translation>
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
        <translation>کاربرد:
  pigeon-cli accounts list
  pigeon-cli accounts show ACCOUNT
  pigeon-cli accounts add --address ADDR --host HOST [OPTIONS] &lt; password
  pigeon-cli accounts remove ACCOUNT
  pigeon-cli accounts set-password ACCOUNT [--incoming | --outgoing] &lt; password

ACCOUNT یک شناسه، آغاز یکتای یک شناسه (دست‌کم 4 نویسه) یا یک نشانی است.

گزینه‌های add:
  --address ADDR        نشانی ایمیل (الزامی)
  --name NAME           نام شما برای سطر From:
  --label TEXT          نام حساب در فهرست‌ها (پیش‌فرض: نشانی)
  --protocol imap|pop3  پروتکل ورودی (پیش‌فرض: imap)
  --host HOST           سرور ورودی (الزامی)
  --port N              پیش‌فرض 993 (IMAP) یا 995 (POP3) با tls، در غیر این صورت 143/110
  --security none|starttls|tls   پیش‌فرض: tls
  --user NAME           نام کاربری برای ورود (پیش‌فرض: نشانی)
  --auth auto|plain|login|cram-md5|cleartext   پیش‌فرض: auto
  --smtp-host HOST      سرور خروجی (پیش‌فرض: میزبان ورودی)
  --smtp-port N         پیش‌فرض 465 با tls، در غیر این صورت 587
  --smtp-security none|starttls|tls   پیش‌فرض: tls
  --smtp-user NAME      پیش‌فرض: نام کاربری ورودی
  --smtp-auth METHOD    پیش‌فرض: auto
  --leave-on-server never|forever|days:N|until-deleted   POP3 (پیش‌فرض: never)
  --size-limit BYTES    POP3: پیام‌های بزرگ‌تر به‌طور خودکار بارگیری نمی‌شوند
  --delete trash|mark|expunge   روش حذف در IMAP (پیش‌فرض: trash)
  --check-interval MIN  فاصلهٔ بررسی‌ها به دقیقه، 0 = فقط هنگام درخواست (پیش‌فرض: 10)
  --ca-file FILE        پروندهٔ PEM حاوی گواهی‌نامه‌های CA اضافی که باید مورد اعتماد باشند
  --allow-insecure-auth اجازهٔ فرستادن گذرواژه بدون TLS
  --no-password         هیچ گذرواژه‌ای ذخیره نشود (ورودی استاندارد خوانده نمی‌شود)

گذرواژه از ورودی استاندارد خوانده می‌شود، هرگز از خط فرمان: سطر اول
گذرواژه است؛ سطر دوم، اگر باشد، گذرواژهٔ جداگانه‌ای برای SMTP است.
گذرواژه در جاکلیدی سیستم ذخیره می‌شود؛ اگر جاکلیدی نباشد، ذخیره نمی‌شود (و هشداری نمایش داده می‌شود).
set-password گذرواژهٔ ذخیره‌شدهٔ هر دو سرور، یا یکی از آن‌ها، را جایگزین می‌کند.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>unknown subcommand: %1</source>
        <translation>زیرفرمان ناشناخته: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>pigeon-cli: warning: %1</source>
        <translation>pigeon-cli: هشدار: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>pigeon-cli: warning: No keychain service is available (%1). Passwords are kept in memory only and are forgotten when this command ends.</source>
        <translation>pigeon-cli: هشدار: هیچ سرویس جاکلیدی در دسترس نیست (%1). گذرواژه‌ها فقط در حافظه نگه داشته می‌شوند و با پایان این فرمان از بین می‌روند.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No accounts. Add one with: pigeon-cli accounts add --address ADDR --host HOST</source>
        <translation>هیچ حسابی وجود ندارد. برای افزودن حساب: pigeon-cli accounts add --address ADDR --host HOST</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>show needs exactly one account</source>
        <translation>فرمان show دقیقاً به یک حساب نیاز دارد</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Id:             %1</source>
        <translation>شناسه:          %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label:          %1</source>
        <translation>برچسب:          %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:           %1</source>
        <translation>نام:            %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:        %1</source>
        <translation>نشانی:          %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming:       %1 %2:%3 (%4), user %5, auth %6</source>
        <translation>ورودی:          %1 %2:%3 (%4)، کاربر %5، احراز هویت %6</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outgoing:       smtp %1:%2 (%3), user %4, auth %5</source>
        <translation>خروجی:          smtp %1:%2 (%3)، کاربر %4، احراز هویت %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave on server: %1</source>
        <translation>نگه‌داشتن روی سرور: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size limit:     %1</source>
        <translation>سقف اندازه:     %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete model:   %1</source>
        <translation>روش حذف:        %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check every:    %1 min</source>
        <translation>بررسی هر:       %1 دقیقه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passwords:      incoming %1, outgoing %2</source>
        <translation>گذرواژه‌ها:      ورودی %1، خروجی %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Password for %1: </source>
        <translation>گذرواژهٔ %1: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pigeon-cli: warning: no password on standard input; none was stored</source>
        <translation>pigeon-cli: هشدار: گذرواژه‌ای در ورودی استاندارد نبود؛ هیچ گذرواژه‌ای ذخیره نشد</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the account was not added: %1</source>
        <translation>حساب افزوده نشد: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>remove needs exactly one account</source>
        <translation>فرمان remove دقیقاً به یک حساب نیاز دارد</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the account was removed, but its password is still in the keychain: %1</source>
        <translation>حساب حذف شد، اما گذرواژهٔ آن هنوز در جاکلیدی است: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed %1 (%2)</source>
        <translation>%1 (%2) حذف شد</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>set-password needs one account and at most one of --incoming, --outgoing</source>
        <translation>فرمان set-password به یک حساب و حداکثر یکی از --incoming و --outgoing نیاز دارد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New password for %1: </source>
        <translation>گذرواژهٔ جدید برای %1: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no password on standard input</source>
        <translation>گذرواژه‌ای در ورودی استاندارد نیست</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>unexpected argument: %1</source>
        <translation>آرگومان غیرمنتظره: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid value for --%1: %2</source>
        <translation>مقدار نامعتبر برای --%1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>add needs --address and --host</source>
        <translation>فرمان add به --address و --host نیاز دارد</translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::CheckCommand</name>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="+38"/>
        <source>Download new mail of POP3 accounts (for cron and scripts)</source>
        <translation>بارگیری نامه‌های جدید حساب‌های POP3 (برای cron و اسکریپت‌ها)</translation>
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
        <translation>کاربرد:
  pigeon-cli check [ACCOUNT] [--password-stdin] [--quiet] [--batch-size N]
                   [--download-full UIDL]...

یک حساب POP3، یا همهٔ حساب‌های POP3 را با هم، همان‌طور که برنامه انجام می‌دهد بررسی می‌کند:
پیام‌های جدید به صندوق ورودی حساب می‌روند و سیاست نگه‌داشتن روی سرورِ حساب
تعیین می‌کند چه چیزی از سرور حذف شود (هرگز چیزی جز آنچه به‌طور امن اینجا ذخیره شده است).

  --password-stdin      خواندن گذرواژه از ورودی استاندارد به‌جای جاکلیدی
                        (فقط برای یک حساب)
  --download-full UIDL  بارگیری باقی‌ماندهٔ پیامی که از سقف اندازه بزرگ‌تر بود
  --batch-size N        تعداد پیام‌هایی که با هم به‌طور پایدار ذخیره می‌شوند (پیش‌فرض 256): دسته‌های
                        کوچک‌تر زودتر ثبت می‌شوند و دسته‌های بزرگ‌تر کمتر fsync می‌کنند
  --quiet               بدون نمایش پیشرفت در خروجی خطای استاندارد
  --json                خلاصه‌ای به قالب JSON در خروجی استاندارد

کدهای خروج: 0 همهٔ بررسی‌ها کامل شد، 1 خطا، 3 چنین حسابی وجود ندارد، 4 شبکه،
5 ورود یا جاکلیدی، 6 TLS.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>CRAM-MD5 is not supported for POP3; choose another login method.</source>
        <translation>CRAM-MD5 برای POP3 پشتیبانی نمی‌شود؛ روش ورود دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>--batch-size needs a positive number</source>
        <translation>--batch-size به یک عدد مثبت نیاز دارد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--download-full needs a UIDL</source>
        <translation>--download-full به یک UIDL نیاز دارد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown option %1</source>
        <translation>گزینهٔ ناشناختهٔ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check takes at most one account</source>
        <translation>فرمان check حداکثر یک حساب می‌پذیرد</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not a POP3 account</source>
        <translation>%1 حساب POP3 نیست</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no POP3 account.</source>
        <translation>هیچ حساب POP3 وجود ندارد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--password-stdin needs exactly one account</source>
        <translation>--password-stdin دقیقاً به یک حساب نیاز دارد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--download-full needs exactly one account</source>
        <translation>--download-full دقیقاً به یک حساب نیاز دارد</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No password is stored for %1 (pigeon-cli accounts set-password, or --password-stdin).</source>
        <translation>هیچ گذرواژه‌ای برای %1 ذخیره نشده است (pigeon-cli accounts set-password، یا --password-stdin).</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1/%2 messages, %3 MB</source>
        <translation>%1/%2 پیام، %3 مگابایت</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2 new (%3 partial), %4 completed, %5 deleted on the server, %6 kept there, %7 MB</source>
        <translation>%1: %2 جدید (%3 ناقص)، %4 تکمیل‌شده، %5 حذف‌شده از سرور، %6 نگه‌داشته‌شده روی سرور، %7 مگابایت</translation>
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
        <translation>صدور یک پوشهٔ محلی به‌صورت پروندهٔ mbox</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: pigeon-cli export FOLDER FILE.mbox
Writes mboxrd; an existing FILE is replaced whole or not at all.</source>
        <translation>کاربرد: pigeon-cli export FOLDER FILE.mbox
به قالب mboxrd می‌نویسد؛ اگر FILE از قبل وجود داشته باشد، یا به‌طور کامل جایگزین می‌شود یا اصلاً تغییری نمی‌کند.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected FOLDER and FILE.mbox</source>
        <translation>FOLDER و FILE.mbox لازم است</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Exported %n message(s) to %1</source>
        <translation>
            <numerusform>%n پیام به %1 صادر شد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::FoldersCommand</name>
    <message>
        <location filename="../app/cli/folderscommand.cpp" line="+11"/>
        <source>List the folders of an IMAP account with their counts</source>
        <translation>فهرست پوشه‌های یک حساب IMAP همراه با شمار پیام‌های آن‌ها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: pigeon-cli folders ACCOUNT [--refresh] [--password-stdin] [--json]
Prints FOLDER, messages, unread (and the special use, e.g. \Trash) from the local
copy, without connecting; --refresh asks the server for the folder list first.</source>
        <translation>کاربرد: pigeon-cli folders ACCOUNT [--refresh] [--password-stdin] [--json]
FOLDER، شمار پیام‌ها و شمار نخوانده‌ها (و کاربرد ویژه، مثلاً \Trash) را از نسخهٔ محلی
و بدون اتصال چاپ می‌کند؛ با --refresh ابتدا فهرست پوشه‌ها از سرور گرفته می‌شود.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown option %1</source>
        <translation>گزینهٔ ناشناختهٔ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>folders needs one ACCOUNT</source>
        <translation>folders دقیقاً به یک ACCOUNT نیاز دارد</translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::HelpCommand</name>
    <message>
        <location filename="../app/cli/helpcommand.cpp" line="+11"/>
        <source>Show the commands, or the usage of one command</source>
        <translation>نمایش فرمان‌ها، یا نحوهٔ استفاده از یک فرمان</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: pigeon-cli help [COMMAND]</source>
        <translation>کاربرد: pigeon-cli help [COMMAND]</translation>
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
        <translation>کاربرد: pigeon-cli [--profile DIR] [--json] COMMAND [ARGUMENTS]

همراه خط فرمان Pigeon برای اسکریپت‌ها، کارهای cron، آزمون‌ها و سنجش کارایی.

گزینه‌ها:
  --profile DIR   نگه‌داشتن همهٔ داده‌ها (حساب‌ها، نامه‌ها، نمایه) در DIR
  --json          چاپ خروجی JSON ماشین‌خوان در خروجی استاندارد
  --help          نمایش همین متن؛ --version نسخه را نشان می‌دهد

فرمان‌ها:
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
کدهای خروج:
  0  موفقیت
  1  عملیات ناموفق بود
  2  آرگومان‌های نادرست
  3  چنین حساب، پوشه، پیام یا پرونده‌ای وجود ندارد
  4  مشکل شبکه (میزبان پیدا نشد، اتصال رد شد، مهلت به پایان رسید)
  5  احراز هویت ناموفق بود یا گذرواژه‌ای ذخیره نشده است
  6  مشکل گواهی‌نامه یا TLS
</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unknown command: %1</source>
        <translation>فرمان ناشناخته: %1</translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::ImapAccountCommand</name>
    <message>
        <location filename="../app/cli/imapaccountcommand.cpp" line="+49"/>
        <source>%1 is not an IMAP account</source>
        <translation>%1 حساب IMAP نیست</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No password is stored for %1 (pigeon-cli accounts set-password, or --password-stdin).</source>
        <translation>هیچ گذرواژه‌ای برای %1 ذخیره نشده است (pigeon-cli accounts set-password، یا --password-stdin).</translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::ImportCommand</name>
    <message>
        <location filename="../app/cli/storecommands.cpp" line="-54"/>
        <source>Import an mbox file into a local folder</source>
        <translation>وارد کردن یک پروندهٔ mbox به یک پوشهٔ محلی</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: pigeon-cli import FILE.mbox FOLDER
Reads mboxrd, mboxo and mboxcl files. All or nothing: a file that is not an mbox
or is truncated is reported and nothing is imported.</source>
        <translation>کاربرد: pigeon-cli import FILE.mbox FOLDER
پرونده‌های mboxrd، mboxo و mboxcl را می‌خواند. همه یا هیچ: اگر پرونده mbox نباشد
یا ناقص باشد، گزارش می‌شود و هیچ چیزی وارد نمی‌شود.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected FILE.mbox and FOLDER</source>
        <translation>FILE.mbox و FOLDER لازم است</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Imported %n message(s) into %1</source>
        <translation>
            <numerusform>%n پیام به %1 وارد شد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::ListCommand</name>
    <message>
        <location line="+34"/>
        <source>List the messages of a local folder, newest first</source>
        <translation>فهرست پیام‌های یک پوشهٔ محلی، از جدیدترین</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: pigeon-cli list [FOLDER] [--account ACCOUNT] [--limit N] [--offset N] [--json]
Without FOLDER: the folders and their message counts. --limit defaults to 100.
--account: the account&apos;s own store (an IMAP account&apos;s offline copy) instead of
the Local Folders.</source>
        <translation>کاربرد: pigeon-cli list [FOLDER] [--account ACCOUNT] [--limit N] [--offset N] [--json]
بدون FOLDER: پوشه‌ها و شمار پیام‌های آن‌ها. مقدار پیش‌فرض --limit برابر 100 است.
--account: به‌جای «پوشه‌های محلی»، مخزن خودِ آن حساب (نسخهٔ آفلاین یک حساب IMAP)
خوانده می‌شود.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected one FOLDER</source>
        <translation>یک FOLDER لازم است</translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::ParseCommand</name>
    <message>
        <location filename="../app/cli/parsecommand.cpp" line="+101"/>
        <source>Print the message model of a message file (header, MIME tree, body, attachments)</source>
        <translation>چاپ مدل پیامِ یک پروندهٔ پیام (سرایند، درخت MIME، بدنه، پیوست‌ها)</translation>
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
        <translation>کاربرد: pigeon-cli [--json] parse FILE [--html] [--charset CHARSET] [--all-headers]

FILE را (یک پروندهٔ .eml که ممکن است با سطر «From » در قالب mbox آغاز شود) همان‌طور
که نمایشگر پیام تجزیه می‌کند، تجزیه می‌کند و سرایند رمزگشایی‌شده، درخت MIME با شمارهٔ بخش‌های IMAP،
متن بدنه‌ای که نمایش داده می‌شود و پیوست‌ها را چاپ می‌کند.
  --html          نمایش نسخهٔ جایگزین HTML، اگر وجود داشته باشد
  --charset CS    رمزگشایی بدنه با مجموعه‌نویسهٔ CS (مثلاً koi8-r، windows-1251، windows-1256)
  --all-headers   فهرست همهٔ فیلدهای سرایند، به‌صورت رمزگشایی‌شده</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>unknown option: %1</source>
        <translation>گزینهٔ ناشناخته: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>only one file, please</source>
        <translation>لطفاً فقط یک پرونده بدهید</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parse needs a FILE</source>
        <translation>فرمان parse به یک FILE نیاز دارد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no such file: %1</source>
        <translation>چنین پرونده‌ای وجود ندارد: %1</translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::ReindexCommand</name>
    <message>
        <location filename="../app/cli/storecommands.cpp" line="+55"/>
        <source>Rebuild the index of the local folders from the mbox files</source>
        <translation>بازسازی نمایهٔ پوشه‌های محلی از روی پرونده‌های mbox</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: pigeon-cli reindex [--json]</source>
        <translation>کاربرد: pigeon-cli reindex [--json]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>takes no arguments</source>
        <translation>این فرمان آرگومانی نمی‌پذیرد</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Reindexed %n message(s)</source>
        <translation>
            <numerusform>%n پیام دوباره نمایه شد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::SearchCommand</name>
    <message>
        <location line="-66"/>
        <source>Search all local folders (subject, addresses, text)</source>
        <translation>جست‌وجو در همهٔ پوشه‌های محلی (موضوع، نشانی‌ها، متن)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: pigeon-cli search QUERY [--limit N] [--json]
Every word must occur (as the start of a word); accents and case do not matter.
Messages not yet in the full-text index are added first.</source>
        <translation>کاربرد: pigeon-cli search QUERY [--limit N] [--json]
همهٔ واژه‌ها باید (به‌عنوان آغاز یک واژه) وجود داشته باشند؛ اعراب و حروف بزرگ و کوچک اهمیتی ندارند.
پیام‌هایی که هنوز در نمایهٔ متن کامل نیستند، ابتدا به آن افزوده می‌شوند.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a QUERY</source>
        <translation>یک QUERY لازم است</translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::ShowCommand</name>
    <message>
        <location filename="../app/cli/showcommand.cpp" line="+13"/>
        <source>Print the message model of a stored message (the ID that list and search show)</source>
        <translation>چاپ مدل پیامِ یک پیام ذخیره‌شده (با همان ID که list و search نشان می‌دهند)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: pigeon-cli [--json] show ID [--account ACCOUNT] [--html] [--charset CHARSET] [--all-headers]

Reads message ID from the local store (or from ACCOUNT&apos;s store) and prints it as `parse` prints a file:
the decoded header, the MIME tree, the body text that would be shown and the
attachments. The options are those of `parse`.</source>
        <translation>کاربرد: pigeon-cli [--json] show ID [--account ACCOUNT] [--html] [--charset CHARSET] [--all-headers]

پیام ID را از مخزن محلی (یا از مخزن ACCOUNT) می‌خواند و آن را همان‌گونه چاپ می‌کند که `parse` یک پرونده را چاپ می‌کند:
سرایند رمزگشایی‌شده، درخت MIME، متن بدنه‌ای که نمایش داده می‌شود و
پیوست‌ها. گزینه‌ها همان گزینه‌های `parse` هستند.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>show needs one message ID (a positive number)</source>
        <translation>فرمان show به یک شناسهٔ پیام (یک عدد مثبت) نیاز دارد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no message with ID %1</source>
        <translation>پیامی با شناسهٔ %1 وجود ندارد</translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::StoreCommand</name>
    <message>
        <location filename="../app/cli/storecommands.cpp" line="-205"/>
        <source>--account needs an account</source>
        <translation>--account به یک حساب نیاز دارد</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 needs a number</source>
        <translation>%1 به یک عدد نیاز دارد</translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::SyncCommand</name>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="+16"/>
        <source>Update the local copy of an IMAP account (for scripts and benchmarks)</source>
        <translation>به‌روزرسانی نسخهٔ محلی یک حساب IMAP (برای اسکریپت‌ها و سنجش کارایی)</translation>
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
        <translation>کاربرد:
  pigeon-cli sync ACCOUNT [FOLDER] [--headers-only|--full] [--password-stdin] [--quiet] [--json]

بدون FOLDER: ابتدا فهرست پوشه‌ها و سپس همهٔ پوشه‌ها. تغییراتی که به‌صورت آفلاین انجام شده‌اند
ابتدا فرستاده می‌شوند؛ سپس تغییرات روی سرور اعمال و پیام‌های جدید افزوده می‌شوند.

  --headers-only    فقط آنچه فهرست پیام‌ها نشان می‌دهد (پیش‌فرض)
  --full            بارگیری همهٔ پیام‌ها برای خواندن به‌صورت آفلاین نیز
  --password-stdin  خواندن گذرواژه از ورودی استاندارد به‌جای جاکلیدی
  --quiet           بدون نمایش پیشرفت در خروجی خطای استاندارد

کدهای خروج: 0 انجام شد، 1 ناموفق، 2 کاربرد نادرست، 3 چنین حساب یا پوشه‌ای وجود ندارد، 4 شبکه،
5 ورود یا جاکلیدی، 6 TLS.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--full and --headers-only exclude each other</source>
        <translation>--full و --headers-only را نمی‌توان با هم به کار برد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown option %1</source>
        <translation>گزینهٔ ناشناختهٔ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sync needs an ACCOUNT and at most one FOLDER</source>
        <translation>sync به یک ACCOUNT و حداکثر یک FOLDER نیاز دارد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 new</source>
        <translation>%1: %2 پیام جدید</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>done in %1 ms</source>
        <translation>در %1 میلی‌ثانیه انجام شد</translation>
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
        <translation>پیامی برای ذخیره وجود ندارد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message contains NUL bytes and cannot be stored.</source>
        <translation>پیام دارای بایت‌های NUL است و نمی‌توان آن را ذخیره کرد.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::CopyOp</name>
    <message>
        <location filename="../core/imap/ops/copyop.cpp" line="+38"/>
        <source>Nothing to copy.</source>
        <translation>چیزی برای رونوشت‌برداری وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::ExpungeOp</name>
    <message>
        <location filename="../core/imap/ops/expungeop.cpp" line="+18"/>
        <source>The IMAP server cannot remove single messages (it lacks UIDPLUS).</source>
        <translation>سرور IMAP نمی‌تواند پیام‌ها را تک‌تک حذف کند (از UIDPLUS پشتیبانی نمی‌کند).</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::FetchPartOp</name>
    <message>
        <location filename="../core/imap/ops/fetchpartop.cpp" line="+42"/>
        <source>The message is no longer on the IMAP server.</source>
        <translation>این پیام دیگر روی سرور IMAP نیست.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::ImapOp</name>
    <message>
        <location filename="../core/imap/ops/imapop.cpp" line="+28"/>
        <source>There is no IMAP session for this operation.</source>
        <translation>هیچ نشست IMAP برای این عملیات وجود ندارد.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The IMAP operation was cancelled.</source>
        <translation>عملیات IMAP لغو شد.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The connection to the IMAP server was lost.</source>
        <translation>اتصال به سرور IMAP قطع شد.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No IMAP mailbox is selected.</source>
        <translation>هیچ صندوق پستی IMAP انتخاب نشده است.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::ImapSession</name>
    <message>
        <location filename="../core/imap/session/imaplogin.cpp" line="+23"/>
        <location filename="../core/imap/session/imapsession.cpp" line="+43"/>
        <source>The IMAP server rejected the user name or password: %1</source>
        <translation>سرور IMAP نام کاربری یا گذرواژه را نپذیرفت: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The IMAP server did not list its capabilities.</source>
        <translation>سرور IMAP قابلیت‌های خود را اعلام نکرد.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The IMAP server does not offer STARTTLS, which this account requires.</source>
        <translation>سرور IMAP از STARTTLS پشتیبانی نمی‌کند، در حالی که این حساب به آن نیاز دارد.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The password would be sent without encryption.</source>
        <translation>گذرواژه فرستاده نشد، زیرا بدون رمزنگاری فرستاده می‌شد.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The IMAP server does not allow logging in here.</source>
        <translation>سرور IMAP اجازهٔ ورود از این‌جا را نمی‌دهد.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Compression could not be started.</source>
        <translation>فشرده‌سازی آغاز نشد.</translation>
    </message>
    <message>
        <location filename="../core/imap/session/imapsession.cpp" line="+7"/>
        <source>The IMAP server did not understand the command: %1</source>
        <translation>سرور IMAP فرمان را نفهمید: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IMAP server closed the connection: %1</source>
        <translation>سرور IMAP اتصال را بست: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IMAP server refused the command: %1</source>
        <translation>سرور IMAP فرمان را رد کرد: %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The IMAP session is not ready for this command.</source>
        <translation>نشست IMAP برای این فرمان آماده نیست.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The IMAP session is not connected.</source>
        <translation>نشست IMAP متصل نیست.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The IMAP command was cancelled.</source>
        <translation>فرمان IMAP لغو شد.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The IMAP connection was closed.</source>
        <translation>اتصال IMAP بسته شد.</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>The server logged in without encryption (PREAUTH), so STARTTLS is not possible.</source>
        <translation>سرور بدون رمزنگاری ورود را انجام داد (PREAUTH)، بنابراین STARTTLS ممکن نیست.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The IMAP server sent an invalid greeting.</source>
        <translation>سرور IMAP پیام خوشامد نامعتبری فرستاد.</translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+2"/>
        <source>The IMAP server closed the connection.</source>
        <translation>سرور IMAP اتصال را بست.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::MailboxManageOp</name>
    <message>
        <location filename="../core/imap/ops/mailboxmanageop.cpp" line="+16"/>
        <source>The folder name is empty.</source>
        <translation>نام پوشه خالی است.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::MoveOp</name>
    <message>
        <location filename="../core/imap/ops/moveop.cpp" line="+15"/>
        <source>Nothing to move.</source>
        <translation>چیزی برای انتقال وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::ResponseParser</name>
    <message>
        <location filename="../core/imap/wire/responseparser.cpp" line="+232"/>
        <source>The server sent a response larger or deeper than allowed (%1).</source>
        <translation>سرور پاسخی بزرگ‌تر یا تودرتوتر از حد مجاز فرستاد (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server sent a response that could not be read (%1).</source>
        <translation>سرور پاسخی فرستاد که خواندن آن ممکن نبود (%1).</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::SearchOp</name>
    <message>
        <location filename="../core/imap/ops/searchop.cpp" line="+40"/>
        <source>Invalid search criterion.</source>
        <translation>معیار جست‌وجو نامعتبر است.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::StatusOp</name>
    <message>
        <location filename="../core/imap/ops/statusop.cpp" line="+23"/>
        <source>The folder name is empty.</source>
        <translation>نام پوشه خالی است.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The IMAP server did not report the folder&apos;s status.</source>
        <translation>سرور IMAP وضعیت پوشه را گزارش نکرد.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::StoreFlagsOp</name>
    <message>
        <location filename="../core/imap/ops/storeflagsop.cpp" line="+35"/>
        <source>Invalid message flags.</source>
        <translation>پرچم‌های پیام نامعتبرند.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::UidFetchHeadersOp</name>
    <message>
        <location filename="../core/imap/ops/uidfetchheadersop.cpp" line="+19"/>
        <source>No IMAP mailbox is selected.</source>
        <translation>هیچ صندوق پستی IMAP انتخاب نشده است.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Mime::Message</name>
    <message>
        <location filename="../core/mime/message.cpp" line="+341"/>
        <source>The message file could not be opened.</source>
        <translation>پروندهٔ پیام باز نشد.</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+72"/>
        <source>No such part.</source>
        <translation>چنین بخشی وجود ندارد.</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+11"/>
        <location line="+11"/>
        <source>Writing failed.</source>
        <translation>نوشتن ناموفق بود.</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+9"/>
        <source>This part has not been downloaded yet.</source>
        <translation>این بخش هنوز بارگیری نشده است.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A multipart has no content of its own.</source>
        <translation>بخش چندبخشی (multipart) محتوای مستقلی ندارد.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <source>The part is too large.</source>
        <translation>این بخش بیش از حد بزرگ است.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Models::FolderModel</name>
    <message>
        <location filename="../core/models/foldermodel.cpp" line="+498"/>
        <source>All Inboxes</source>
        <translation>همهٔ صندوق‌های ورودی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbox</source>
        <translation>صندوق ورودی</translation>
    </message>
</context>
<context>
    <name>Pigeon::Models::MessageListModel</name>
    <message>
        <location filename="../core/models/messagelistmodel.cpp" line="+678"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>فرستنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>گیرنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
</context>
<context>
    <name>Pigeon::Net::SslTransport</name>
    <message>
        <location filename="../core/net/ssltransport.cpp" line="+56"/>
        <source>The certificate authority file %1 could not be read or holds no certificate.</source>
        <translation>پروندهٔ مرجع صدور گواهی‌نامهٔ %1 خوانده نشد یا هیچ گواهی‌نامه‌ای ندارد.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>No server name or port is set.</source>
        <translation>نام یا درگاه سرور تعیین نشده است.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Cannot start TLS: the connection is not a plain, open connection.</source>
        <translation>آغاز TLS ممکن نیست: اتصال یک اتصال ساده و باز نیست.</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>گواهی‌نامهٔ %1 مورد اعتماد نیست: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 closed the connection before it was ready.</source>
        <translation>%1 پیش از آماده شدن، اتصال را بست.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server %1 was not found.</source>
        <translation>سرور %1 پیدا نشد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 refused the connection.</source>
        <translation>%1 اتصال را رد کرد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to %1 timed out.</source>
        <translation>مهلت اتصال به %1 به پایان رسید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secure connection to %1 failed: %2</source>
        <translation>اتصال امن به %1 ناموفق بود: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network error with %1: %2</source>
        <translation>خطای شبکه در ارتباط با %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 closed the connection unexpectedly.</source>
        <translation>%1 به‌طور غیرمنتظره اتصال را بست.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The TLS handshake with %1 did not finish within %n second(s).</source>
        <translation>
            <numerusform>دست‌دهی TLS با %1 در %n ثانیه کامل نشد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Could not connect to %1 within %n second(s).</source>
        <translation>
            <numerusform>اتصال به %1 در %n ثانیه برقرار نشد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 در %n ثانیه پاسخ نداد.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not connected to %1.</source>
        <translation>به %1 متصل نیست.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password was not sent: the connection to %1 is not encrypted.</source>
        <translation>گذرواژه فرستاده نشد: اتصال به %1 رمزنگاری نشده است.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 announced a literal of %2 bytes, more than the limit of %3.</source>
        <translation>%1 یک literal به اندازهٔ %2 بایت اعلام کرد که از حد مجاز %3 بیشتر است.</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>%1 sent compressed data that could not be decompressed.</source>
        <translation>%1 داده‌های فشرده‌ای فرستاد که از حالت فشرده خارج نشد.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 sent a line longer than %2 bytes.</source>
        <translation>%1 سطری طولانی‌تر از %2 بایت فرستاد.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Pop3</name>
    <message>
        <location filename="../core/pop3/wire/listings.cpp" line="+15"/>
        <source>The POP3 server sent a malformed reply: %1</source>
        <translation>سرور POP3 پاسخ نادرستی فرستاد: %1</translation>
    </message>
</context>
<context>
    <name>Pigeon::Pop3::RetrOp</name>
    <message>
        <location filename="../core/pop3/ops/retrop.cpp" line="+46"/>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Pop3::ScanOp</name>
    <message>
        <location filename="../core/pop3/ops/scanop.cpp" line="+61"/>
        <source>The POP3 server listed message %1 without a unique id.</source>
        <translation>سرور POP3 پیام %1 را بدون شناسهٔ یکتا فهرست کرد.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The POP3 server supports neither UIDL nor TOP, so Pigeon cannot tell which messages it has already fetched.</source>
        <translation>سرور POP3 نه از UIDL پشتیبانی می‌کند و نه از TOP، بنابراین Pigeon نمی‌تواند تشخیص دهد کدام پیام‌ها را قبلاً دریافت کرده است.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Pop3::Session</name>
    <message>
        <location filename="../core/pop3/session/pop3login.cpp" line="+29"/>
        <source>The POP3 server refused the connection: %1</source>
        <translation>سرور POP3 اتصال را رد کرد: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The POP3 server does not offer STLS, so the connection cannot be encrypted. Pigeon will not log in over plaintext.</source>
        <translation>سرور POP3 از STLS پشتیبانی نمی‌کند، بنابراین اتصال را نمی‌توان رمزنگاری کرد. Pigeon بدون رمزنگاری وارد نمی‌شود.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The POP3 server refused STLS: %1</source>
        <translation>سرور POP3 درخواست STLS را رد کرد: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The connection is not encrypted, so Pigeon will not send the password. Use SSL/TLS or STARTTLS for this account.</source>
        <translation>اتصال رمزنگاری نشده است، بنابراین Pigeon گذرواژه را نمی‌فرستد. برای این حساب از SSL/TLS یا STARTTLS استفاده کنید.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The POP3 server does not support APOP.</source>
        <translation>سرور POP3 از APOP پشتیبانی نمی‌کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>APOP is not allowed for this account.</source>
        <translation>APOP برای این حساب مجاز نیست.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The POP3 server continued a finished login exchange.</source>
        <translation>سرور POP3 تبادل ورودی را که پایان یافته بود ادامه داد.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The mailbox is in use by another mail program (the server says: %1). Try again when it has finished.</source>
        <translation>صندوق پستی در حال استفاده توسط برنامهٔ نامهٔ دیگری است (پاسخ سرور: %1). پس از پایان کار آن دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server allows logins only at longer intervals (the server says: %1).</source>
        <translation>سرور فقط در فاصله‌های زمانی طولانی‌تر اجازهٔ ورود می‌دهد (پاسخ سرور: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server has a temporary problem; try again later (the server says: %1).</source>
        <translation>سرور مشکلی موقت دارد؛ بعداً دوباره امتحان کنید (پاسخ سرور: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server has a problem that will not go away by itself (the server says: %1).</source>
        <translation>سرور مشکلی دارد که خودبه‌خود برطرف نمی‌شود (پاسخ سرور: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user name or password was not accepted (the server says: %1).</source>
        <translation>نام کاربری یا گذرواژه پذیرفته نشد (پاسخ سرور: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The POP3 server refused the login: %1</source>
        <translation>سرور POP3 ورود را رد کرد: %1</translation>
    </message>
    <message>
        <location filename="../core/pop3/session/pop3session.cpp" line="+22"/>
        <source>The POP3 server refused the command: %1</source>
        <translation>سرور POP3 فرمان را رد کرد: %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The POP3 session is not ready for this command.</source>
        <translation>نشست POP3 برای این فرمان آماده نیست.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The POP3 server sent a reply nobody asked for.</source>
        <translation>سرور POP3 پاسخی فرستاد که درخواست نشده بود.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A message is larger than the configured limit.</source>
        <translation>اندازهٔ یک پیام از سقف تعیین‌شده بیشتر است.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The POP3 server sent a malformed reply: %1</source>
        <translation>سرور POP3 پاسخ نادرستی فرستاد: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The connection was closed by the user.</source>
        <translation>اتصال توسط کاربر بسته شد.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The POP3 server closed the connection unexpectedly; no message was deleted.</source>
        <translation>سرور POP3 به‌طور غیرمنتظره اتصال را بست؛ هیچ پیامی حذف نشد.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The POP3 session is not connected.</source>
        <translation>نشست POP3 متصل نیست.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The POP3 server could not remove all deleted messages: %1</source>
        <translation>سرور POP3 نتوانست همهٔ پیام‌های حذف‌شده را پاک کند: %1</translation>
    </message>
</context>
<context>
    <name>Pigeon::Store</name>
    <message>
        <location filename="../core/store/folderindexer.cpp" line="+136"/>
        <source>%1 is not an mbox file (it does not start with a &quot;From &quot; line); it was left untouched</source>
        <translation>%1 پروندهٔ mbox نیست (با سطر «From » آغاز نمی‌شود)؛ دست‌نخورده باقی ماند</translation>
    </message>
    <message>
        <location filename="../core/store/mappedfile.cpp" line="+43"/>
        <source>Cannot read %1: %2</source>
        <translation>خواندن %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a regular file</source>
        <translation>%1 یک پروندهٔ معمولی نیست</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot map %1: %2</source>
        <translation>نگاشت %1 در حافظه ممکن نیست: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot open %1: %2</source>
        <translation>باز کردن %1 ممکن نیست: %2</translation>
    </message>
</context>
<context>
    <name>Pigeon::Store::ChangeQueue</name>
    <message>
        <location filename="../core/store/changequeue.cpp" line="+49"/>
        <source>An offline change needs a folder and messages.</source>
        <translation>هر تغییر آفلاین به یک پوشه و چند پیام نیاز دارد.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>queue an offline change</source>
        <translation>افزودن یک تغییر آفلاین به صف</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>read the offline changes</source>
        <translation>خواندن تغییرات آفلاین</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>forget an offline change</source>
        <translation>کنار گذاشتن یک تغییر آفلاین</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>record a failed offline change</source>
        <translation>ثبت یک تغییر آفلاین ناموفق</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>forget offline changes</source>
        <translation>کنار گذاشتن تغییرات آفلاین</translation>
    </message>
</context>
<context>
    <name>Pigeon::Store::FolderFile</name>
    <message>
        <location filename="../core/store/folderfile.cpp" line="+38"/>
        <source>%1 %2: the disk is full (%3); nothing was lost</source>
        <translation>%1 %2: دیسک پر است (%3)؛ هیچ داده‌ای از دست نرفت</translation>
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
        <translation>خطا در باز کردن</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Cannot write</source>
        <translation>خطا در نوشتن</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+48"/>
        <source>Cannot sync</source>
        <translation>خطا در همگام‌سازی با دیسک</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Cannot truncate</source>
        <translation>خطا در کوتاه کردن</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read</source>
        <translation>خطا در خواندن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read %1: the file is shorter than the index says</source>
        <translation>خواندن %1 ممکن نیست: پرونده کوتاه‌تر از اندازه‌ای است که نمایه نشان می‌دهد</translation>
    </message>
</context>
<context>
    <name>Pigeon::Store::FolderLock</name>
    <message>
        <location filename="../core/store/folderlock.cpp" line="+136"/>
        <source>Cannot write the lock file %1</source>
        <translation>نوشتن پروندهٔ قفل %1 ممکن نیست</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the lock file %1: %2</source>
        <translation>ساختن پروندهٔ قفل %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The folder %1 is locked by another program (%2)</source>
        <translation>پوشهٔ %1 توسط برنامهٔ دیگری قفل شده است (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>The folder %1 is locked by another program</source>
        <translation>پوشهٔ %1 توسط برنامهٔ دیگری قفل شده است</translation>
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
        <translation>خواندن حافظهٔ نهان IMAP</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>No folder %1 in the store</source>
        <translation>پوشهٔ %1 در مخزن نامه‌ها وجود ندارد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An IMAP message row needs a UID and UIDVALIDITY.</source>
        <translation>هر ردیف پیام IMAP به UID و UIDVALIDITY نیاز دارد.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>update the IMAP cache</source>
        <translation>به‌روزرسانی حافظهٔ نهان IMAP</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+74"/>
        <source>No message %1 in the store</source>
        <translation>پیام %1 در مخزن نامه‌ها وجود ندارد</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Bodies of one folder at a time.</source>
        <translation>بدنهٔ پیام‌ها را در هر بار فقط از یک پوشه می‌توان ذخیره کرد.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>update the search index</source>
        <translation>به‌روزرسانی نمایهٔ جست‌وجو</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cache message parts</source>
        <translation>ذخیرهٔ بخش‌های پیام در حافظهٔ نهان</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>read cached message parts</source>
        <translation>خواندن بخش‌های پیام از حافظهٔ نهان</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>drop cached message parts</source>
        <translation>پاک کردن بخش‌های پیام از حافظهٔ نهان</translation>
    </message>
</context>
<context>
    <name>Pigeon::Store::MailStore</name>
    <message>
        <location filename="../core/store/mailstore.cpp" line="+69"/>
        <source>Cannot create the mail folder %1</source>
        <translation>ساختن پوشهٔ نامهٔ %1 ممکن نیست</translation>
    </message>
    <message>
        <location line="+63"/>
        <location filename="../core/store/mailstorefolders.cpp" line="+65"/>
        <source>A folder needs a name</source>
        <translation>پوشه باید نام داشته باشد</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/store/mailstorefolders.cpp" line="+3"/>
        <source>No folder called %1</source>
        <translation>پوشه‌ای با نام %1 وجود ندارد</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The folder file %1 keeps changing</source>
        <translation>پروندهٔ پوشهٔ %1 مدام در حال تغییر است</translation>
    </message>
    <message>
        <location line="+116"/>
        <location line="+6"/>
        <location line="+38"/>
        <location filename="../core/store/mailstorerewrite.cpp" line="+66"/>
        <location line="+31"/>
        <location line="+60"/>
        <source>No message %1 in the store</source>
        <translation>پیام %1 در مخزن نامه‌ها وجود ندارد</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Message %1 has not been downloaded: only its headers are stored</source>
        <translation>پیام %1 بارگیری نشده است: فقط سرایندهای آن ذخیره شده‌اند</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Message %1 is no longer in its folder</source>
        <translation>پیام %1 دیگر در پوشهٔ خود نیست</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The folder %1 was changed by another program; reload it and try again</source>
        <translation>پوشهٔ %1 توسط برنامهٔ دیگری تغییر کرده است؛ آن را دوباره بارگذاری کنید و دوباره امتحان کنید</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot write</source>
        <translation>خطا در نوشتن</translation>
    </message>
    <message>
        <location filename="../core/store/mailstorerewrite.cpp" line="-29"/>
        <source>Cannot remove the folder file %1</source>
        <translation>حذف پروندهٔ پوشهٔ %1 ممکن نیست</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Cannot replace</source>
        <translation>خطا در جایگزینی</translation>
    </message>
    <message>
        <location filename="../core/store/mailstoreappend.cpp" line="+201"/>
        <source>No append %1 in progress</source>
        <translation>هیچ عملیات افزودنی با شناسهٔ %1 در جریان نیست</translation>
    </message>
    <message>
        <location filename="../core/store/mailstorefolders.cpp" line="-26"/>
        <source>remove a leftover folder file</source>
        <translation>حذف پروندهٔ پوشهٔ باقی‌مانده</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A folder named “%1” already exists.</source>
        <translation>پوشه‌ای با نام «%1» از قبل وجود دارد.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>rename the folder file</source>
        <translation>تغییر نام پروندهٔ پوشه</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>rename folder</source>
        <translation>تغییر نام پوشه</translation>
    </message>
</context>
<context>
    <name>Pigeon::Store::MboxTransfer</name>
    <message>
        <location filename="../core/store/mboxtransfer.cpp" line="+30"/>
        <source>%1 is empty</source>
        <translation>%1 خالی است</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not an mbox file: it does not start with a &quot;From &quot; line. Nothing was imported.</source>
        <translation>%1 پروندهٔ mbox نیست: با سطر «From » آغاز نمی‌شود. هیچ چیزی وارد نشد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ends in the middle of a message (message %2 at byte %3 is cut off); the file looks truncated. Nothing was imported.</source>
        <translation>%1 در میانهٔ یک پیام تمام می‌شود (پیام %2 در بایت %3 بریده شده است)؛ به نظر می‌رسد پرونده ناقص است. هیچ چیزی وارد نشد.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Cannot write</source>
        <translation>خطا در نوشتن</translation>
    </message>
</context>
<context>
    <name>Pigeon::Store::MessageListQuery</name>
    <message>
        <location filename="../core/store/messagelistquery.cpp" line="+73"/>
        <source>Mail index: %1: %2</source>
        <translation>نمایهٔ نامه‌ها: %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+12"/>
        <location line="+6"/>
        <source>open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+17"/>
        <source>list folders</source>
        <translation>فهرست کردن پوشه‌ها</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>find folder</source>
        <translation>یافتن پوشه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No folder named %1</source>
        <translation>پوشه‌ای با نام %1 وجود ندارد</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+20"/>
        <source>list folder</source>
        <translation>فهرست کردن پوشه</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>read threads</source>
        <translation>خواندن رشته‌های گفتگو</translation>
    </message>
</context>
<context>
    <name>Pigeon::Store::StoreIndex</name>
    <message>
        <location filename="../core/store/storeindex.cpp" line="+77"/>
        <location line="+8"/>
        <source>Mail index: %1: %2</source>
        <translation>نمایهٔ نامه‌ها: %1: %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Cannot open the mail index %1</source>
        <translation>باز کردن نمایهٔ نامه‌ها (%1) ممکن نیست</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/store/storeindexschema.cpp" line="+143"/>
        <location line="+41"/>
        <source>begin</source>
        <translation>آغاز تراکنش</translation>
    </message>
    <message>
        <location filename="../core/store/storeindexschema.cpp" line="-39"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>create schema</source>
        <translation>ساختن طرح‌واره</translation>
    </message>
    <message>
        <location filename="../core/store/storeindex.cpp" line="+8"/>
        <location filename="../core/store/storeindexschema.cpp" line="+6"/>
        <location line="+33"/>
        <source>commit</source>
        <translation>ثبت تراکنش</translation>
    </message>
    <message>
        <location filename="../core/store/storeindexschema.cpp" line="-12"/>
        <source>migrate the index to version %1</source>
        <translation>ارتقای نمایه به نسخهٔ %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No migration from index schema %1</source>
        <translation>هیچ مسیر ارتقایی از طرح‌وارهٔ نمایهٔ %1 وجود ندارد</translation>
    </message>
    <message>
        <location filename="../core/store/storeindex.cpp" line="+76"/>
        <source>create folder</source>
        <translation>ساختن پوشه</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>update folder</source>
        <translation>به‌روزرسانی پوشه</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>remove folder</source>
        <translation>حذف پوشه</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+11"/>
        <source>journal</source>
        <translation>ژورنال</translation>
    </message>
    <message>
        <location filename="../core/store/storeindexinserts.cpp" line="+77"/>
        <source>Mail index: bulk insert outside a transaction</source>
        <translation>نمایهٔ نامه‌ها: درج انبوه خارج از تراکنش</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Mail index: %1</source>
        <translation>نمایهٔ نامه‌ها: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+27"/>
        <source>Mail index: not an SQLite connection</source>
        <translation>نمایهٔ نامه‌ها: اتصال SQLite نیست</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Mail index: create index: %1</source>
        <translation>نمایهٔ نامه‌ها: ایجاد نمایه: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Mail index: insert message: %1</source>
        <translation>نمایهٔ نامه‌ها: درج پیام: %1</translation>
    </message>
    <message>
        <location filename="../core/store/storeindex.cpp" line="+43"/>
        <location line="+2"/>
        <source>delete message</source>
        <translation>حذف پیام</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <source>delete messages</source>
        <translation>حذف پیام‌ها</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>set flags</source>
        <translation>تنظیم پرچم‌ها</translation>
    </message>
    <message>
        <location filename="../core/store/storeindexremote.cpp" line="+106"/>
        <source>update message</source>
        <translation>به‌روزرسانی پیام</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>delete a folder</source>
        <translation>حذف یک پوشه</translation>
    </message>
    <message>
        <location filename="../core/store/storeindex.cpp" line="+18"/>
        <source>relocate message</source>
        <translation>جابه‌جایی پیام</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>read folder</source>
        <translation>خواندن پوشه</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>list folder</source>
        <translation>فهرست کردن پوشه</translation>
    </message>
    <message>
        <location filename="../core/store/storeindexremote.cpp" line="-51"/>
        <source>save folder state</source>
        <translation>ذخیرهٔ وضعیت پوشه</translation>
    </message>
</context>
<context>
    <name>Pigeon::Sync::AccountRuntime</name>
    <message>
        <location filename="../core/sync/accountruntime.cpp" line="+184"/>
        <location line="+24"/>
        <source>%1: Pigeon is working offline.</source>
        <translation>%1: Pigeon به‌صورت آفلاین کار می‌کند.</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+163"/>
        <location line="+17"/>
        <source>The download was cancelled.</source>
        <translation>بارگیری لغو شد.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Waiting for the check of %1 to finish</source>
        <translation>در انتظار پایان بررسی %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading the password from the keychain</source>
        <translation>در حال خواندن گذرواژه از جاکلیدی</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The check was cancelled.</source>
        <translation>بررسی لغو شد.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No password is stored for %1.</source>
        <translation>هیچ گذرواژه‌ای برای %1 ذخیره نشده است.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Sync::AccountWorker</name>
    <message>
        <location filename="../core/sync/accountworker.cpp" line="+34"/>
        <source>CRAM-MD5 is not supported for POP3; choose another login method.</source>
        <translation>CRAM-MD5 برای POP3 پشتیبانی نمی‌شود؛ روش ورود دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>count messages</source>
        <translation>شمارش پیام‌ها</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../core/sync/accountworkerfolders.cpp" line="+238"/>
        <source>list messages</source>
        <translation>فهرست کردن پیام‌ها</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>This part is not in the message.</source>
        <translation>این بخش در پیام وجود ندارد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This attachment is not available offline: it has not been downloaded yet, and Pigeon is working offline.</source>
        <translation>این پیوست به‌صورت آفلاین در دسترس نیست: هنوز بارگیری نشده است و Pigeon به‌صورت آفلاین کار می‌کند.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This attachment is not available offline: it has not been downloaded yet, and the server cannot be reached (%1).</source>
        <translation>این پیوست به‌صورت آفلاین در دسترس نیست: هنوز بارگیری نشده است و دسترسی به سرور ممکن نیست (%1).</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The message is no longer in the store.</source>
        <translation>این پیام دیگر در مخزن نامه‌ها نیست.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>A check is already running.</source>
        <translation>یک بررسی از قبل در حال اجراست.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Downloading message %L1 of %L2</source>
        <translation>در حال بارگیری پیام %L1 از %L2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Connecting to %1</source>
        <translation>در حال اتصال به %1</translation>
    </message>
    <message>
        <location filename="../core/sync/accountworkerfolders.cpp" line="-178"/>
        <source>%1: there is no such folder.</source>
        <translation>%1: چنین پوشه‌ای وجود ندارد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: it is a special folder, which keeps its name and place.</source>
        <translation>%1: این یک پوشهٔ ویژه است و نام و جای آن ثابت می‌ماند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: it holds the special folder “%2”.</source>
        <translation>%1: پوشهٔ ویژهٔ «%2» درون آن قرار دارد.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: folders on the server can only be changed while Pigeon is online.</source>
        <translation>%1: پوشه‌های روی سرور را فقط هنگامی می‌توان تغییر داد که Pigeon آنلاین باشد.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: “%2” cannot be a folder name (it must not be empty, start or end with a space%3).</source>
        <translation>%1: «%2» نمی‌تواند نام پوشه باشد (نام پوشه نباید خالی باشد، با فاصله آغاز یا تمام شود%3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, start with a dot or contain “/”</source>
        <translation>، با نقطه آغاز شود یا «/» داشته باشد</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The folder “%1” cannot be created</source>
        <translation>پوشهٔ «%1» را نمی‌توان ساخت</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: its parent folder is gone.</source>
        <translation>%1: پوشهٔ والد آن دیگر وجود ندارد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: it already exists.</source>
        <translation>%1: این پوشه از قبل وجود دارد.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The folder “%1” cannot be renamed</source>
        <translation>نام پوشهٔ «%1» را نمی‌توان تغییر داد</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The folder “%1” cannot be moved</source>
        <translation>پوشهٔ «%1» را نمی‌توان منتقل کرد</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>%1: a folder cannot go inside itself.</source>
        <translation>%1: پوشه را نمی‌توان به درون خودش منتقل کرد.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: “%2” already exists.</source>
        <translation>%1: «%2» از قبل وجود دارد.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The folder “%1” cannot be deleted</source>
        <translation>پوشهٔ «%1» را نمی‌توان حذف کرد</translation>
    </message>
    <message>
        <location filename="../core/sync/accountworkerimap.cpp" line="+123"/>
        <source>This message is not available offline: it has not been downloaded yet, and Pigeon is working offline.</source>
        <translation>این پیام به‌صورت آفلاین در دسترس نیست: هنوز بارگیری نشده است و Pigeon به‌صورت آفلاین کار می‌کند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This message is not available offline: it has not been downloaded yet, and %1 cannot be reached.</source>
        <translation>این پیام به‌صورت آفلاین در دسترس نیست: هنوز بارگیری نشده است و دسترسی به %1 ممکن نیست.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server cannot be searched while offline.</source>
        <translation>در حالت آفلاین نمی‌توان روی سرور جست‌وجو کرد.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The search was cancelled.</source>
        <translation>جست‌وجو لغو شد.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Sync::ChangeReplayer</name>
    <message>
        <location filename="../core/sync/changereplayer.cpp" line="+113"/>
        <source>Unknown offline change %1.</source>
        <translation>تغییر آفلاین ناشناختهٔ %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n message(s) could not be moved to %1: the folder no longer exists. They stay where they were on the server.</source>
        <translation>
            <numerusform>%n پیام به %1 منتقل نشد: این پوشه دیگر وجود ندارد. این پیام‌ها روی سرور در همان جای قبلی خود می‌مانند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) could not be copied to %1: the folder no longer exists.</source>
        <translation>
            <numerusform>از %n پیام در %1 رونوشت گرفته نشد: این پوشه دیگر وجود ندارد.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The folder %1 had been deleted on the server; it was created again for the messages put there while offline.</source>
        <translation>پوشهٔ %1 روی سرور حذف شده بود؛ برای پیام‌هایی که در حالت آفلاین در آن گذاشته شده بودند، دوباره ساخته شد.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>A change made offline was refused by the server %1 times and has been dropped: %2</source>
        <translation>سرور تغییری را که در حالت آفلاین انجام شده بود %1 بار رد کرد و این تغییر کنار گذاشته شد: %2</translation>
    </message>
</context>
<context>
    <name>Pigeon::Sync::FolderSync</name>
    <message>
        <location filename="../core/sync/foldersync.cpp" line="+102"/>
        <source>The server did not say the UIDVALIDITY of %1.</source>
        <translation>سرور مقدار UIDVALIDITY پوشهٔ %1 را اعلام نکرد.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Sync::IdleWatcher</name>
    <message>
        <location filename="../core/sync/idlewatcher.cpp" line="+140"/>
        <source>The IMAP server closed the connection.</source>
        <translation>سرور IMAP اتصال را بست.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Watching the folder ended.</source>
        <translation>پاییدن پوشه پایان یافت.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Sync::ImapSync</name>
    <message>
        <location filename="../core/sync/imapsync.cpp" line="+36"/>
        <source>This login method is not supported for IMAP; choose Automatic, PLAIN or LOGIN.</source>
        <translation>این روش ورود برای IMAP پشتیبانی نمی‌شود؛ «خودکار»، PLAIN یا LOGIN را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+56"/>
        <source>Working offline.</source>
        <translation>حالت آفلاین فعال است.</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>The connection to the IMAP server was closed.</source>
        <translation>اتصال به سرور IMAP بسته شد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Updating the folder list</source>
        <translation>در حال به‌روزرسانی فهرست پوشه‌ها</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+158"/>
        <source>Updating %1</source>
        <translation>در حال به‌روزرسانی %1</translation>
    </message>
    <message>
        <location line="-128"/>
        <location filename="../core/sync/imapsyncchanges.cpp" line="+86"/>
        <location filename="../core/sync/imapsyncmailboxes.cpp" line="+320"/>
        <location line="+66"/>
        <location line="+13"/>
        <location filename="../core/sync/imapsyncsearch.cpp" line="+29"/>
        <source>There is no folder %1 on the server.</source>
        <translation>پوشهٔ %1 روی سرور وجود ندارد.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Downloading a message</source>
        <translation>در حال بارگیری یک پیام</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The message is no longer in the folder.</source>
        <translation>این پیام دیگر در پوشه نیست.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message is not from this IMAP account.</source>
        <translation>این پیام متعلق به این حساب IMAP نیست.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../core/sync/imapsyncparts.cpp" line="+97"/>
        <location line="+25"/>
        <source>The message is no longer on the IMAP server.</source>
        <translation>این پیام دیگر روی سرور IMAP نیست.</translation>
    </message>
    <message>
        <location filename="../core/sync/imapsyncchanges.cpp" line="-29"/>
        <source>Changing flags</source>
        <translation>در حال تغییر پرچم‌ها</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Moving messages</source>
        <translation>در حال انتقال پیام‌ها</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Deleting messages</source>
        <translation>در حال حذف پیام‌ها</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sending offline changes</source>
        <translation>در حال فرستادن تغییرات آفلاین</translation>
    </message>
    <message>
        <location filename="../core/sync/imapsyncfolders.cpp" line="+55"/>
        <location filename="../core/sync/imapsyncsearch.cpp" line="+76"/>
        <source>read the IMAP cache</source>
        <translation>خواندن حافظهٔ نهان IMAP</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>The folder %1 was deleted or renamed on the server; %n change(s) made offline to its messages could not be applied.</source>
        <translation>
            <numerusform>پوشهٔ %1 روی سرور حذف شده یا نامش تغییر کرده است؛ %n تغییری که در حالت آفلاین روی پیام‌های آن انجام شده بود، اعمال نشد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The folder %1 was deleted or renamed on the server; %n message(s) moved there while offline stay in the folder they were moved from.</source>
        <translation>
            <numerusform>پوشهٔ %1 روی سرور حذف شده یا نامش تغییر کرده است؛ %n پیامی که در حالت آفلاین به آن منتقل شده بود، در پوشهٔ مبدأ خود می‌ماند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The folder %1 was deleted or renamed on the server; %n message(s) copied there while offline were not copied.</source>
        <translation>
            <numerusform>پوشهٔ %1 روی سرور حذف شده یا نامش تغییر کرده است؛ رونوشت %n پیامی که در حالت آفلاین در آن گذاشته شده بود، ساخته نشد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sync/imapsyncmailboxes.cpp" line="-292"/>
        <source>A folder name cannot contain “%1” on this server.</source>
        <translation>در این سرور، نام پوشه نمی‌تواند نویسهٔ «%1» را داشته باشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A folder name cannot contain “%” or “*”.</source>
        <translation>نام پوشه نمی‌تواند «%» یا «*» داشته باشد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This server has no subfolders.</source>
        <translation>این سرور از زیرپوشه پشتیبانی نمی‌کند.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Creating folder %1</source>
        <translation>در حال ساختن پوشهٔ %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder “%1” cannot be created</source>
        <translation>پوشهٔ «%1» را نمی‌توان ساخت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: it already exists.</source>
        <translation>%1: این پوشه از قبل وجود دارد.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>update queued changes</source>
        <translation>به‌روزرسانی تغییرات در صف</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Renaming folder %1</source>
        <translation>در حال تغییر نام پوشهٔ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder “%1” cannot be renamed</source>
        <translation>نام پوشهٔ «%1» را نمی‌توان تغییر داد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: it is not on the server.</source>
        <translation>%1: این پوشه روی سرور وجود ندارد.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: a folder cannot go inside itself.</source>
        <translation>%1: پوشه را نمی‌توان به درون خودش منتقل کرد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: “%2” already exists.</source>
        <translation>%1: «%2» از قبل وجود دارد.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Deleting folder %1</source>
        <translation>در حال حذف پوشهٔ %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The folder “%1” cannot be deleted</source>
        <translation>پوشهٔ «%1» را نمی‌توان حذف کرد</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+5"/>
        <source>Copying messages</source>
        <translation>در حال رونوشت‌برداری از پیام‌ها</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The messages cannot be copied to “%1”</source>
        <translation>از پیام‌ها نمی‌توان در «%1» رونوشت گرفت</translation>
    </message>
    <message>
        <location filename="../core/sync/imapsyncparts.cpp" line="-84"/>
        <source>Opening a message</source>
        <translation>در حال باز کردن یک پیام</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Downloading an attachment</source>
        <translation>در حال بارگیری یک پیوست</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Downloading parts of a message</source>
        <translation>در حال بارگیری بخش‌هایی از یک پیام</translation>
    </message>
    <message>
        <location filename="../core/sync/imapsyncsearch.cpp" line="-81"/>
        <source>Searching %1 on the server</source>
        <translation>در حال جست‌وجوی %1 روی سرور</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+27"/>
        <location line="+63"/>
        <source>The search was cancelled.</source>
        <translation>جست‌وجو لغو شد.</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>The server did not say the UIDVALIDITY of %1.</source>
        <translation>سرور مقدار UIDVALIDITY پوشهٔ %1 را اعلام نکرد.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Sync::PartialMessage</name>
    <message>
        <location filename="../core/sync/partialmessage.cpp" line="+144"/>
        <source>This message has not been downloaded yet.</source>
        <translation>این پیام هنوز بارگیری نشده است.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Sync::Pop3Fetcher</name>
    <message>
        <location filename="../core/sync/pop3fetcher.cpp" line="+100"/>
        <source>Cannot read the message index</source>
        <translation>خواندن نمایهٔ پیام‌ها ممکن نیست</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The server no longer identifies messages (UIDL). Nothing was downloaded, so that no message is downloaded twice.</source>
        <translation>سرور دیگر شناسهٔ پیام‌ها را اعلام نمی‌کند (UIDL). هیچ چیزی بارگیری نشد تا هیچ پیامی دو بار بارگیری نشود.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The rest of the message cannot be downloaded: the server no longer has it.</source>
        <translation>باقی‌ماندهٔ پیام را نمی‌توان بارگیری کرد: این پیام دیگر روی سرور نیست.</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>The mail check was cancelled.</source>
        <translation>بررسی نامه‌ها لغو شد.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Sync::Pop3Ledger</name>
    <message>
        <location filename="../core/sync/pop3ledger.cpp" line="+43"/>
        <source>Cannot open the POP3 download record %1: %2</source>
        <translation>باز کردن سابقهٔ بارگیری POP3 (%1) ممکن نیست: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot set up the POP3 download record</source>
        <translation>راه‌اندازی سابقهٔ بارگیری POP3 ممکن نیست</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read the POP3 download record</source>
        <translation>خواندن سابقهٔ بارگیری POP3 ممکن نیست</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <location line="+6"/>
        <location line="+10"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>Cannot write the POP3 download record</source>
        <translation>نوشتن سابقهٔ بارگیری POP3 ممکن نیست</translation>
    </message>
</context>
<context>
    <name>Pigeon::Sync::Task</name>
    <message>
        <location filename="../core/sync/task.cpp" line="+40"/>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::AccessNotes</name>
    <message>
        <location filename="../ui/wizard/accessnotes.cpp" line="+14"/>
        <source>%1 requires an app password: create one in your %1 account&apos;s security settings and enter it here instead of your usual password.</source>
        <translation>%1 به گذرواژهٔ برنامه نیاز دارد: در تنظیمات امنیتی حساب %1 خود یک گذرواژهٔ برنامه بسازید و آن را به‌جای گذرواژهٔ همیشگی‌تان اینجا وارد کنید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access for mail programs (IMAP) must first be switched on in the web settings of %1.</source>
        <translation>دسترسی برنامه‌های نامه (IMAP) باید ابتدا در تنظیمات وب %1 فعال شود.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>POP3 access must first be switched on in the web settings of %1.</source>
        <translation>دسترسی POP3 باید ابتدا در تنظیمات وب %1 فعال شود.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 no longer accepts passwords from mail programs: it only allows signing in through its own web page (OAuth2), which Pigeon does not support yet. Pigeon cannot set up this account for now; your password was not sent.</source>
        <translation>%1 دیگر گذرواژه را از برنامه‌های نامه نمی‌پذیرد: فقط ورود از طریق صفحهٔ وب خودش (OAuth2) را اجازه می‌دهد که Pigeon هنوز از آن پشتیبانی نمی‌کند. Pigeon فعلاً نمی‌تواند این حساب را راه‌اندازی کند؛ گذرواژهٔ شما فرستاده نشد.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open the %1 settings page</source>
        <translation>باز کردن صفحهٔ تنظیمات %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the password. Check these first:</source>
        <translation>%1 گذرواژه را نپذیرفت. ابتدا این موارد را بررسی کنید:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before you continue, %1 asks for this:</source>
        <translation>پیش از ادامه، %1 این را از شما می‌خواهد:</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::AccountSettingsDialog</name>
    <message>
        <location filename="../ui/settings/accountsettingsdialog.cpp" line="+30"/>
        <source>Account settings – %1</source>
        <translation>تنظیمات حساب – %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;You</source>
        <translation>&amp;شما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Servers</source>
        <translation>&amp;سرورها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Downloads</source>
        <translation>&amp;بارگیری‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test</source>
        <translation>&amp;آزمایش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Advanced</source>
        <translation>&amp;پیشرفته</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Automatic: only beyond the local network</source>
        <translation>خودکار: فقط بیرون از شبکهٔ محلی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always, when the server offers it</source>
        <translation>همیشه، هرگاه سرور آن را ارائه کند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compression saves traffic on slow connections but costs time on a fast local network, where the server is often quicker uncompressed.</source>
        <translation>فشرده‌سازی در اتصال‌های کم‌سرعت حجم ترافیک را کاهش می‌دهد، اما در شبکهٔ محلی پرسرعت زمان بیشتری می‌گیرد؛ در چنین شبکه‌ای سرور اغلب بدون فشرده‌سازی سریع‌تر است.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IMAP &amp;compression:</source>
        <translation>&amp;فشرده‌سازی IMAP:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The settings could not be saved: %1</source>
        <translation>تنظیمات ذخیره نشد: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The settings were saved, but the keychain failed: %1</source>
        <translation>تنظیمات ذخیره شد، اما جاکلیدی با خطا روبه‌رو شد: %1</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::AccountWizard</name>
    <message>
        <location filename="../ui/wizard/accountwizard.cpp" line="+29"/>
        <source>Add a mail account</source>
        <translation>افزودن حساب نامه</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The account could not be saved: %1</source>
        <translation>حساب ذخیره نشد: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The account was added, but the keychain did not keep the password (%1). Pigeon will ask for it when it connects.</source>
        <translation>حساب افزوده شد، اما جاکلیدی گذرواژه را نگه نداشت (%1). Pigeon هنگام اتصال آن را از شما می‌پرسد.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::AttachmentList</name>
    <message>
        <location filename="../ui/reader/attachmentlist.cpp" line="+26"/>
        <source>Open program?</source>
        <translation>برنامه باز شود؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is a program or script. Opening it can run code on your computer. Open it anyway?</source>
        <translation>«%1» یک برنامه یا اسکریپت است. باز کردن آن ممکن است کدی را روی رایانهٔ شما اجرا کند. با این حال باز شود؟</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save Attachment</source>
        <translation>ذخیرهٔ پیوست</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Attachment</source>
        <translation>پیوست</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As…</source>
        <translation>ذخیره با نام…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>(%1, not downloaded)</source>
        <translation>(%1، بارگیری نشده)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not downloaded)</source>
        <translation>(بارگیری نشده)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name given by the sender: %1</source>
        <translation>نامی که فرستنده تعیین کرده است: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a program or script.</source>
        <translation>این یک برنامه یا اسکریپت است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not downloaded yet: opening or saving it downloads it.</source>
        <translation>هنوز بارگیری نشده است: با باز کردن یا ذخیرهٔ آن، بارگیری می‌شود.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This attachment has not been downloaded.</source>
        <translation>این پیوست بارگیری نشده است.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot write %1</source>
        <translation>نوشتن %1 ممکن نیست</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+30"/>
        <source>No such attachment</source>
        <translation>چنین پیوستی وجود ندارد</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Not opened</source>
        <translation>باز نشد</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No application could open %1</source>
        <translation>هیچ برنامه‌ای نتوانست %1 را باز کند</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved</source>
        <translation>ذخیره نشد</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::CertificatePanel</name>
    <message>
        <location filename="../ui/wizard/certificatepanel.cpp" line="+38"/>
        <source>Server:</source>
        <translation>سرور:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued to:</source>
        <translation>صادرشده برای:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names:</source>
        <translation>نام‌ها:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by:</source>
        <translation>صادرکننده:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>itself (self-signed)</source>
        <translation>خودش (خودامضا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid:</source>
        <translation>اعتبار:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 to %2</source>
        <translation>از %1 تا %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem:</source>
        <translation>مشکل:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Trust this certificate for %1</source>
        <translation>به این گواهی‌نامه برای %1 &amp;اعتماد شود</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::ConnectionErrorText</name>
    <message>
        <location filename="../ui/wizard/connectionerrortext.cpp" line="+26"/>
        <source>The server %1 refused the user name or password. Check both; the server said: “%2”</source>
        <translation>سرور %1 نام کاربری یا گذرواژه را نپذیرفت. هر دو را بررسی کنید؛ پاسخ سرور: «%2»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server name %1 was not found. Check its spelling and your internet connection.</source>
        <translation>نام سرور %1 پیدا نشد. املای آن و اتصال اینترنت خود را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the connection on port %2. The port or the security setting is probably wrong.</source>
        <translation>%1 اتصال روی درگاه %2 را رد کرد. احتمالاً درگاه یا تنظیم امنیتی نادرست است.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not answer on port %2 in time. The server may be down, or a firewall blocks the port.</source>
        <translation>%1 در زمان مقرر روی درگاه %2 پاسخ نداد. ممکن است سرور از کار افتاده باشد یا دیوارهٔ آتش این درگاه را مسدود کرده باشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate of %1 could not be verified, so the connection may not be private. Look at the certificate below and trust it only if you know it is right.</source>
        <translation>گواهی‌نامهٔ %1 تأیید نشد، بنابراین ممکن است اتصال خصوصی نباشد. گواهی‌نامهٔ زیر را بررسی کنید و فقط اگر مطمئن هستید که درست است به آن اعتماد کنید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not support the chosen security (STARTTLS) on port %2. Choose SSL/TLS on its own port, or ask your provider.</source>
        <translation>%1 از روش امنیتی انتخاب‌شده (STARTTLS) روی درگاه %2 پشتیبانی نمی‌کند. SSL/TLS را روی درگاه مخصوص آن انتخاب کنید، یا از ارائه‌دهندهٔ خود بپرسید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A secure connection to %1 on port %2 could not be made: %3. The server may expect another security setting on this port.</source>
        <translation>اتصال امن به %1 روی درگاه %2 برقرار نشد: %3. شاید سرور روی این درگاه تنظیم امنیتی دیگری را انتظار دارد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 would receive your password unencrypted. Choose STARTTLS or SSL/TLS, or allow sending the password unencrypted in the manual settings.</source>
        <translation>گذرواژهٔ شما بدون رمزنگاری به %1 فرستاده می‌شود. STARTTLS یا SSL/TLS را انتخاب کنید، یا در تنظیمات دستی اجازهٔ فرستادن گذرواژه بدون رمزنگاری را بدهید.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 did not answer like a %2 server: %3. Check the port and the server type.</source>
        <translation>%1 مانند یک سرور %2 پاسخ نداد: %3. درگاه و نوع سرور را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The test was stopped.</source>
        <translation>آزمایش متوقف شد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to %1 failed: %2</source>
        <translation>اتصال به %1 ناموفق بود: %2</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::ConnectionTestPage</name>
    <message>
        <location filename="../ui/wizard/connectiontestpage.cpp" line="+22"/>
        <source>Connection test</source>
        <translation>آزمایش اتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pigeon logs in to both servers once to check the settings and the password.</source>
        <translation>Pigeon یک بار به هر دو سرور وارد می‌شود تا تنظیمات و گذرواژه را بررسی کند.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Incoming server:</source>
        <translation>سرور ورودی:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outgoing server:</source>
        <translation>سرور خروجی:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Test &amp;again</source>
        <translation>آزمایش &amp;دوباره</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>testing…</source>
        <translation>در حال آزمایش…</translation>
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
        <translation>بدون رمزنگاری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK: %1 accepted the login (%2, port %3).</source>
        <translation>موفق: %1 ورود را پذیرفت (%2، درگاه %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed: %1</source>
        <translation>ناموفق: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Both servers work. Press Finish to add the account.</source>
        <translation>هر دو سرور کار می‌کنند. برای افزودن حساب، «پایان» را بزنید.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Go back to correct the settings, or test again.</source>
        <translation>برای اصلاح تنظیمات به عقب برگردید، یا دوباره آزمایش کنید.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::DetectionPage</name>
    <message>
        <location filename="../ui/wizard/detectionpage.cpp" line="+23"/>
        <source>Finding settings</source>
        <translation>یافتن تنظیمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pigeon asks several sources at once; the first complete answer that checks out wins.</source>
        <translation>Pigeon هم‌زمان از چند منبع می‌پرسد؛ نخستین پاسخ کاملی که درستی‌اش تأیید شود برگزیده می‌شود.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+77"/>
        <source>not asked</source>
        <translation>پرسیده نشد</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>&amp;Stop and enter the settings by hand</source>
        <translation>&amp;توقف و وارد کردن دستی تنظیمات</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Pigeon&apos;s list of providers</source>
        <translation>فهرست ارائه‌دهندگان Pigeon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain&apos;s settings file (HTTPS)</source>
        <translation>پروندهٔ تنظیمات دامنه (HTTPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS service records</source>
        <translation>رکوردهای سرویس DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain&apos;s mail exchanger</source>
        <translation>سرور تبادل نامهٔ دامنه (MX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The usual server names</source>
        <translation>نام‌های رایج سرور</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>searching…</source>
        <translation>در حال جست‌وجو…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>found settings</source>
        <translation>تنظیمات پیدا شد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nothing found (%1)</source>
        <translation>چیزی پیدا نشد (%1)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not needed: settings already found</source>
        <translation>لازم نیست: تنظیمات از قبل پیدا شده است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>متوقف شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer in time</source>
        <translation>در زمان مقرر پاسخی نیامد</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped. Enter the settings by hand on the next pages.</source>
        <translation>متوقف شد. تنظیمات را در صفحه‌های بعدی دستی وارد کنید.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>found settings; Pigeon uses these</source>
        <translation>تنظیمات پیدا شد؛ Pigeon از این‌ها استفاده می‌کند</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>These settings could not be checked yet. Look at them on the next pages; the connection test will tell whether they work.</source>
        <translation>این تنظیمات هنوز بررسی نشده‌اند. آن‌ها را در صفحه‌های بعدی ببینید؛ آزمایش اتصال نشان می‌دهد که کار می‌کنند یا نه.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::FolderActions</name>
    <message>
        <location filename="../ui/folderactions.cpp" line="+66"/>
        <source>New &amp;Subfolder…</source>
        <translation>&amp;زیرپوشهٔ جدید…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename Folder…</source>
        <translation>تغییر &amp;نام پوشه…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete Folder…</source>
        <translation>حذف &amp;پوشه…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>New Subfolder</source>
        <translation>زیرپوشهٔ جدید</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Folder</source>
        <translation>پوشهٔ جدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new folder in “%1”:</source>
        <translation>نام پوشهٔ جدید در «%1»:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new folder in %1:</source>
        <translation>نام پوشهٔ جدید در %1:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rename Folder</source>
        <translation>تغییر نام پوشه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name of the folder “%1”:</source>
        <translation>نام جدید پوشهٔ «%1»:</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Delete the folder “%1” and its %n subfolder(s)?</source>
        <translation>
            <numerusform>پوشهٔ «%1» و %n زیرپوشهٔ آن حذف شوند؟</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the folder “%1”?</source>
        <translation>پوشهٔ «%1» حذف شود؟</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n message(s) will be deleted from the server for good. This cannot be undone.</source>
        <translation>
            <numerusform>%n پیام برای همیشه از سرور حذف می‌شود. این کار بازگشت‌پذیر نیست.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) will be moved to the Trash.</source>
        <translation>
            <numerusform>%n پیام به زباله‌دان منتقل می‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Folder</source>
        <translation>حذف پوشه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::FolderDelegate</name>
    <message>
        <location filename="../ui/folderdelegate.cpp" line="+52"/>
        <source>Trash</source>
        <translation>زباله‌دان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drafts</source>
        <translation>پیش‌نویس‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>ارسال‌شده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Junk</source>
        <translation>هرزنامه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive</source>
        <translation>بایگانی</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::FolderView</name>
    <message>
        <location filename="../ui/folderview.cpp" line="+15"/>
        <source>Folders</source>
        <translation>پوشه‌ها</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::HeaderView</name>
    <message>
        <location filename="../ui/reader/headerview.cpp" line="+50"/>
        <source>Cc:</source>
        <translation>رونوشت:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>From:</source>
        <translation>از:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>به:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date:</source>
        <translation>تاریخ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>موضوع:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show all headers</source>
        <translation>نمایش همهٔ سرایندها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View source</source>
        <translation>مشاهدهٔ منبع</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(no subject)</source>
        <translation>(بدون موضوع)</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::IdentityPage</name>
    <message>
        <location filename="../ui/wizard/identitypage.cpp" line="+18"/>
        <source>You</source>
        <translation>شما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name as others see it, your e-mail address and its password. Pigeon finds the server settings from the address.</source>
        <translation>نام شما آن‌گونه که دیگران می‌بینند، نشانی ایمیل شما و گذرواژهٔ آن. Pigeon تنظیمات سرور را از روی نشانی پیدا می‌کند.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Anna Kowalska</source>
        <translation>مثلاً سارا محمدی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Remember the password in the keychain</source>
        <translation>گذرواژه در جاکلیدی به &amp;خاطر سپرده شود</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your &amp;name:</source>
        <translation>&amp;نام شما:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail address:</source>
        <translation>نشانی &amp;ایمیل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;گذرواژه:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter your e-mail address.</source>
        <translation>نشانی ایمیل خود را وارد کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An e-mail address looks like name@example.org.</source>
        <translation>نشانی ایمیل شکلی مانند name@example.org دارد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The part after @ must be a domain such as example.org.</source>
        <translation>بخش پس از @ باید یک دامنه مانند example.org باشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An e-mail address cannot contain spaces, commas or angle brackets.</source>
        <translation>نشانی ایمیل نمی‌تواند فاصله، ویرگول یا علامت‌های &lt; و &gt; داشته باشد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the name others should see.</source>
        <translation>نامی را که دیگران باید ببینند وارد کنید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pigeon already has an account for this address. Adding it again fetches the same mail twice.</source>
        <translation>Pigeon از قبل حسابی برای این نشانی دارد. افزودن دوبارهٔ آن باعث می‌شود همان نامه‌ها دو بار دریافت شوند.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the password of this address.</source>
        <translation>گذرواژهٔ این نشانی را وارد کنید.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unchanged</source>
        <translation>بدون تغییر</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::MailActions</name>
    <message>
        <location filename="../ui/mailactions.cpp" line="+32"/>
        <source>&amp;Get All New Messages</source>
        <translation>&amp;دریافت همهٔ پیام‌های جدید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get New Messages for &amp;Account</source>
        <translation>دریافت پیام‌های جدید برای &amp;حساب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop All Tasks</source>
        <translation>&amp;توقف همهٔ کارها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Work Offline</source>
        <translation>&amp;کار به‌صورت آفلاین</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as &amp;Read</source>
        <translation>علامت‌گذاری به‌عنوان &amp;خوانده‌شده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as &amp;Unread</source>
        <translation>علامت‌گذاری به‌عنوان &amp;نخوانده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Toggle Read</source>
        <translation>&amp;تغییر وضعیت خوانده‌شدن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Star</source>
        <translation>&amp;ستاره‌دار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Unread Message</source>
        <translation>پیام نخواندهٔ &amp;بعدی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search Messages</source>
        <translation>&amp;جست‌وجوی پیام‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download &amp;Complete Message</source>
        <translation>بارگیری &amp;کامل پیام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Folder…</source>
        <translation>پوشهٔ &amp;جدید…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Threads</source>
        <translation>نمایش &amp;رشته‌ای</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefer &amp;HTML to Plain Text</source>
        <translation>ترجیح &amp;HTML بر متن ساده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the HTML version of messages that also come as plain text. Remote content stays blocked until you load it.</source>
        <translation>نسخهٔ HTML نامه‌هایی را که نسخهٔ متنی هم دارند نشان بده. محتوای راه دور تا زمانی که آن را بار نکنید مسدود می‌ماند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Move To</source>
        <translation>&amp;انتقال به</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy To</source>
        <translation>&amp;رونوشت به</translation>
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
        <translation>هنوز هیچ حسابی تنظیم نشده است.</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Messages can only be moved between folders of the same account for now.</source>
        <translation>فعلاً پیام‌ها را فقط می‌توان میان پوشه‌های یک حساب منتقل کرد.</translation>
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
            <numerusform>%1: %n پیام جدید</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search failed: %1</source>
        <translation>جست‌وجو ناموفق بود: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is back online.</source>
        <translation>%1 دوباره آنلاین است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be reached; working offline for it.</source>
        <translation>دسترسی به %1 ممکن نیست؛ این حساب به‌صورت آفلاین کار می‌کند.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The message list could not be read: %1</source>
        <translation>فهرست پیام‌ها خوانده نشد: %1</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+53"/>
        <source>&amp;Add Account…</source>
        <translation>&amp;افزودن حساب…</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Message</source>
        <translation>&amp;پیام</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Accounts</source>
        <translation>&amp;حساب‌ها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account &amp;Settings…</source>
        <translation>&amp;تنظیمات حساب…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Pigeon</source>
        <translation>&amp;دربارهٔ Pigeon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation>دربارهٔ &amp;Qt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No unread messages in this folder.</source>
        <translation>در این پوشه پیام نخوانده‌ای نیست.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Main</source>
        <translation>اصلی</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Search messages</source>
        <translation>جست‌وجوی پیام‌ها</translation>
    </message>
    <message>
        <location line="+74"/>
        <location filename="../ui/mainwindowsearch.cpp" line="+26"/>
        <source>%1 is offline</source>
        <translation>%1 آفلاین است</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n account(s) offline</source>
        <translation>
            <numerusform>%n حساب آفلاین</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server of %1 cannot be reached. Pigeon tries again by itself; what you change meanwhile is kept and sent when it is back. Click to work offline.</source>
        <translation>دسترسی به سرور %1 ممکن نیست. Pigeon خودش دوباره تلاش می‌کند؛ تغییراتی که در این فاصله می‌دهید نگه داشته می‌شوند و پس از برقراری دوبارهٔ اتصال فرستاده می‌شوند. برای کار به‌صورت آفلاین کلیک کنید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Online</source>
        <translation>آنلاین</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Offline</source>
        <translation>آفلاین</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pigeon checks for mail. Click to work offline.</source>
        <translation>Pigeon نامه‌ها را بررسی می‌کند. برای کار به‌صورت آفلاین کلیک کنید.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Pigeon is working offline: no connections are made. Click to go online.</source>
        <translation>Pigeon به‌صورت آفلاین کار می‌کند: هیچ اتصالی برقرار نمی‌شود. برای آنلاین شدن کلیک کنید.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%Ln account(s)</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%Ln حساب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%Ln message(s) found</source>
        <translation>
            <numerusform>%Ln پیام پیدا شد</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2</source>
        <comment>messages, unread</comment>
        <translation>%1، %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln پیام</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln unread</source>
        <translation>
            <numerusform>%Ln نخوانده</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>About Pigeon</source>
        <translation>دربارهٔ Pigeon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pigeon %1</source>
        <translation>Pigeon %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A desktop mail client that works offline.</source>
        <translation>برنامهٔ ایمیل رومیزی که بدون اینترنت هم کار می‌کند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pigeon is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or any later version. It comes with no warranty.</source>
        <translation>Pigeon نرم‌افزاری آزاد است: می‌توانید آن را تحت شرایط پروانهٔ عمومی همگانی گنو (GNU GPL)، نسخهٔ ۳ یا هر نسخهٔ بعدی، بازتوزیع یا تغییر دهید. این برنامه بدون هیچ ضمانتی ارائه می‌شود.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="-27"/>
        <source>This message cannot be shown: %1</source>
        <translation>این پیام را نمی‌توان نمایش داد: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The complete message could not be downloaded: %1</source>
        <translation>بارگیری کامل پیام ممکن نشد: %1</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Delete Messages</source>
        <translation>حذف پیام‌ها</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n message(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>%n پیام برای همیشه حذف شود؟ این کار بازگشت‌پذیر نیست.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Only the messages of one account can be moved at a time; the others stay where they are.</source>
        <translation>در هر بار فقط پیام‌های یک حساب را می‌توان منتقل کرد؛ بقیه سر جای خود می‌مانند.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Searching…</source>
        <translation>در حال جست‌وجو…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Pigeon is working offline: the complete message can be downloaded when you go online again.</source>
        <translation>Pigeon به‌صورت آفلاین کار می‌کند: وقتی دوباره آنلاین شوید، می‌توانید پیام کامل را بارگیری کنید.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsearch.cpp" line="+4"/>
        <source>%1 cannot be reached</source>
        <translation>دسترسی به %1 ممکن نیست</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the server of %1 answered: %2</source>
        <translation>سرور %1 پاسخ داد: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Server results missing (%1): only the mail stored on this computer was searched.</source>
        <translation>نتایج سرور در دسترس نیست (%1): فقط نامه‌های ذخیره‌شده روی این رایانه جست‌وجو شدند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Searching on the server…</source>
        <translation>در حال جست‌وجو روی سرور…</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::MessageDelegate</name>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="+73"/>
        <source>(no subject)</source>
        <translation>(بدون موضوع)</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::MessageListView</name>
    <message>
        <location filename="../ui/messagelistview.cpp" line="+20"/>
        <source>Messages</source>
        <translation>پیام‌ها</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::MessageView</name>
    <message>
        <location filename="../ui/reader/messageview.cpp" line="+46"/>
        <source>Load remote content</source>
        <translation>بارگذاری محتوای راه دور</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Character encoding of this message</source>
        <translation>کدگذاری نویسه‌های این پیام</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encoding:</source>
        <translation>کدگذاری:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pigeon is working offline: the remote content loads when you go online.</source>
        <translation>Pigeon به‌صورت آفلاین کار می‌کند: محتوای راه دور وقتی آنلاین شوید بار می‌شود.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remote content was blocked to protect your privacy (%n item(s)).</source>
        <translation>
            <numerusform>محتوای راه دور برای حفظ حریم خصوصی شما مسدود شد (%n مورد).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always load from %1</source>
        <translation>همیشه از %1 بارگذاری شود</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Automatic</source>
        <translation>خودکار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cyrillic (KOI8-R)</source>
        <translation>سیریلیک (KOI8-R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyrillic (Windows-1251)</source>
        <translation>سیریلیک (Windows-1251)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyrillic (ISO-8859-5)</source>
        <translation>سیریلیک (ISO-8859-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic/Persian (Windows-1256)</source>
        <translation>عربی/فارسی (Windows-1256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central European (Windows-1250)</source>
        <translation>اروپای مرکزی (Windows-1250)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central European (ISO-8859-2)</source>
        <translation>اروپای مرکزی (ISO-8859-2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western (Windows-1252)</source>
        <translation>غربی (Windows-1252)</translation>
    </message>
    <message>
        <location filename="../ui/reader/messagepreparer.cpp" line="+135"/>
        <source>Loading the message…</source>
        <translation>در حال بارگذاری پیام…</translation>
    </message>
    <message>
        <location filename="../ui/reader/messageview.cpp" line="+177"/>
        <source>Message Source</source>
        <translation>منبع پیام</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::NoticeBar</name>
    <message>
        <location filename="../ui/noticebar.cpp" line="+37"/>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Hide this message</source>
        <translation>پنهان کردن این اعلان</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::Pop3OptionsPage</name>
    <message>
        <location filename="../ui/wizard/pop3optionspage.cpp" line="+20"/>
        <source>Downloading with POP3</source>
        <translation>بارگیری با POP3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By default Pigeon removes messages from the server once they are safely on this computer.</source>
        <translation>Pigeon به‌طور پیش‌فرض پیام‌ها را پس از آنکه با اطمینان روی این رایانه ذخیره شدند، از سرور حذف می‌کند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Leave copies of messages on the server</source>
        <translation>&amp;نگه‌داشتن رونوشت پیام‌ها روی سرور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep them on the server</source>
        <translation>&amp;روی سرور بمانند</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete them from the server after</source>
        <translation>&amp;حذف از سرور پس از</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days to keep messages on the server</source>
        <translation>تعداد روزهای نگه‌داشتن پیام‌ها روی سرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete them from the server &amp;when I delete them here</source>
        <translation>حذف از سرور &amp;هنگامی که آن‌ها را اینجا حذف می‌کنم</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do not download messages &amp;larger than</source>
        <translation>پیام‌های &amp;بزرگ‌تر از این اندازه بارگیری نشوند</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> KB</source>
        <translation> کیلوبایت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size limit for automatic downloads in kilobytes</source>
        <translation>سقف اندازه برای بارگیری خودکار، به کیلوبایت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger messages wait on the server until you ask for them.</source>
        <translation>پیام‌های بزرگ‌تر تا زمانی که آن‌ها را درخواست کنید روی سرور می‌مانند.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::ProtocolPage</name>
    <message>
        <location filename="../ui/wizard/protocolpage.cpp" line="+14"/>
        <source>How should Pigeon get your mail?</source>
        <translation>Pigeon نامه‌های شما را چگونه دریافت کند؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your provider offers both ways. You can change this later only by setting up the account again.</source>
        <translation>ارائه‌دهندهٔ شما هر دو روش را ارائه می‌کند. بعداً تنها با راه‌اندازی دوبارهٔ حساب می‌توانید این را تغییر دهید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;IMAP: keep mail on the server</source>
        <translation>&amp;IMAP: نامه‌ها روی سرور می‌مانند</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your mail stays on the server and in sync across your phone and computers, with your folders and server search. Pigeon downloads only the headers until you open a message.</source>
        <translation>نامه‌های شما روی سرور می‌مانند و میان تلفن و رایانه‌هایتان، همراه با پوشه‌ها و جست‌وجوی سرور، هماهنگ هستند. Pigeon تا زمانی که پیامی را باز نکنید فقط سرایندهای آن را بارگیری می‌کند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;POP3: download mail to this computer</source>
        <translation>&amp;POP3: بارگیری نامه‌ها روی این رایانه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pigeon downloads your mail to this computer and, unless you choose otherwise, removes it from the server. Best for one computer, little space on the server, or privacy.</source>
        <translation>Pigeon نامه‌های شما را روی این رایانه بارگیری می‌کند و، مگر اینکه خودتان چیز دیگری انتخاب کنید، آن‌ها را از سرور حذف می‌کند. مناسب برای استفاده با یک رایانه، فضای کم روی سرور یا حفظ حریم خصوصی.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::ReadingPane</name>
    <message>
        <location filename="../ui/readingpane.cpp" line="+161"/>
        <source>Only the beginning of this message has been downloaded.</source>
        <translation>فقط بخش آغازین این پیام بارگیری شده است.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Download the Rest</source>
        <translation>بارگیری باقی‌مانده</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Downloading the complete message…</source>
        <translation>در حال بارگیری کامل پیام…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No message selected</source>
        <translation>هیچ پیامی انتخاب نشده است</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+15"/>
        <source>Loading the message…</source>
        <translation>در حال بارگذاری پیام…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Download Complete Message</source>
        <translation>بارگیری کامل پیام</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The HTML version of this message has not been downloaded yet: its plain text is shown.</source>
        <translation>نسخهٔ HTML این نامه هنوز بارگیری نشده است: متن سادهٔ آن نمایش داده می‌شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plain text version of this message has not been downloaded yet: its HTML version is shown.</source>
        <translation>نسخهٔ متنی این نامه هنوز بارگیری نشده است: نسخهٔ HTML آن نمایش داده می‌شود.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The text of this message has not been downloaded yet.</source>
        <translation>متن این نامه هنوز بارگیری نشده است.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This message was only partly downloaded: its text stops after %1 of %2.</source>
        <translation>این پیام فقط تا بخشی بارگیری شده است: متن آن پس از %1 از %2 تمام می‌شود.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>This message cannot be shown: %1</source>
        <translation>این پیام را نمی‌توان نمایش داد: %1</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::ReviewPage</name>
    <message>
        <location filename="../ui/wizard/reviewpage.cpp" line="+17"/>
        <source>Review</source>
        <translation>بازبینی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These are the settings Pigeon will test next.</source>
        <translation>Pigeon در گام بعد این تنظیمات را آزمایش می‌کند.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Change these settings by hand</source>
        <translation>&amp;تغییر دستی این تنظیمات</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>نشانی:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming (%1):</source>
        <translation>ورودی (%1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing (SMTP):</source>
        <translation>خروجی (SMTP):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>removed from the server after downloading</source>
        <translation>پس از بارگیری از سرور حذف می‌شوند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copies stay on the server</source>
        <translation>رونوشت‌ها روی سرور می‌مانند</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>copies stay on the server for %n day(s)</source>
        <translation>
            <numerusform>رونوشت‌ها %n روز روی سرور می‌مانند</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>copies stay on the server until you delete them here</source>
        <translation>رونوشت‌ها تا زمانی که آن‌ها را اینجا حذف کنید روی سرور می‌مانند</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Messages:</source>
        <translation>پیام‌ها:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password:</source>
        <translation>گذرواژه:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kept in the system keychain</source>
        <translation>در جاکلیدی سیستم نگه داشته می‌شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not remembered: kept only until Pigeon quits; enter it again in the account settings next time</source>
        <translation>به خاطر سپرده نمی‌شود: فقط تا بسته شدن Pigeon نگه داشته می‌شود؛ دفعهٔ بعد آن را دوباره در تنظیمات حساب وارد کنید</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You entered these settings by hand.</source>
        <translation>این تنظیمات را خودتان دستی وارد کرده‌اید.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::SearchResultModel</name>
    <message>
        <location filename="../ui/searchresultmodel.cpp" line="+112"/>
        <source>In folder %1</source>
        <translation>در پوشهٔ %1</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::ServerDescription</name>
    <message>
        <location filename="../ui/wizard/serverdescription.cpp" line="+10"/>
        <source>None (unencrypted)</source>
        <translation>هیچ (بدون رمزنگاری)</translation>
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
        <translation>خودکار (قوی‌ترین روشی که سرور ارائه می‌کند)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal password (SASL PLAIN)</source>
        <translation>گذرواژهٔ معمولی (SASL PLAIN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal password (LOGIN)</source>
        <translation>گذرواژهٔ معمولی (LOGIN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted password (CRAM-MD5)</source>
        <translation>گذرواژهٔ رمزنگاری‌شده (CRAM-MD5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol login command (IMAP LOGIN, POP3 USER/PASS)</source>
        <translation>فرمان ورود خودِ پروتکل (IMAP LOGIN، POP3 USER/PASS)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, port %2, %3, user name %4</source>
        <translation>%1، درگاه %2، %3، نام کاربری %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Found in Pigeon&apos;s list of providers (%1); this entry is not confirmed by the provider.</source>
        <translation>در فهرست ارائه‌دهندگان Pigeon پیدا شد (%1)؛ این مدخل از سوی ارائه‌دهنده تأیید نشده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found in Pigeon&apos;s list of providers (%1).</source>
        <translation>در فهرست ارائه‌دهندگان Pigeon پیدا شد (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found in the settings file the domain publishes over HTTPS (%1).</source>
        <translation>در پروندهٔ تنظیماتی پیدا شد که دامنه از طریق HTTPS منتشر می‌کند (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found in the domain&apos;s DNS service records (RFC 6186).</source>
        <translation>در رکوردهای سرویس DNS دامنه پیدا شد (RFC 6186).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found through the domain&apos;s mail exchanger, which belongs to %1.</source>
        <translation>از طریق سرور تبادل نامهٔ دامنه پیدا شد که متعلق به %1 است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found by trying the usual server names; the servers answered.</source>
        <translation>با امتحان نام‌های رایج سرور پیدا شد؛ سرورها پاسخ دادند.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::ServerFields</name>
    <message>
        <location filename="../ui/wizard/serverfields.cpp" line="+54"/>
        <source>Ser&amp;ver:</source>
        <translation>&amp;سرور:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>&amp;درگاه:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sec&amp;urity:</source>
        <translation>&amp;امنیت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authentication:</source>
        <translation>&amp;احراز هویت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User na&amp;me:</source>
        <translation>&amp;نام کاربری:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Enter the server&apos;s name, e.g. imap.example.org.</source>
        <translation>نام سرور را وارد کنید، مثلاً imap.example.org.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the server&apos;s name goes here, without spaces, “@”, “:” or “/”; the port has its own field.</source>
        <translation>اینجا فقط نام سرور را بنویسید، بدون فاصله، «@»، «:» یا «/»؛ درگاه فیلد جداگانهٔ خود را دارد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a valid server name.</source>
        <translation>این نام سرور معتبر نیست.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter the user name for this server.</source>
        <translation>نام کاربری این سرور را وارد کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without encryption anyone on the network can read your password and mail.</source>
        <translation>بدون رمزنگاری، هر کسی در شبکه می‌تواند گذرواژه و نامه‌های شما را بخواند.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::ServerSettingsPage</name>
    <message>
        <location filename="../ui/wizard/serversettingspage.cpp" line="+20"/>
        <source>Server settings</source>
        <translation>تنظیمات سرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your provider&apos;s help pages list these values.</source>
        <translation>این مقادیر در صفحه‌های راهنمای ارائه‌دهندهٔ شما آمده است.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IMAP (mail stays on the server)</source>
        <translation>IMAP (نامه‌ها روی سرور می‌مانند)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POP3 (mail is downloaded)</source>
        <translation>POP3 (نامه‌ها بارگیری می‌شوند)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming server</source>
        <translation>سرور ورودی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing server (SMTP)</source>
        <translation>سرور خروجی (SMTP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I understand the risk: send my password &amp;unencrypted</source>
        <translation>خطر را می‌پذیرم: گذرواژه‌ام &amp;بدون رمزنگاری فرستاده شود</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Incoming mail:</source>
        <translation>نامه‌های &amp;ورودی:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>To switch between IMAP and POP3, add the account again.</source>
        <translation>برای جابه‌جایی میان IMAP و POP3، حساب را دوباره بیفزایید.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pigeon could not find the settings: %1</source>
        <translation>Pigeon تنظیمات را پیدا نکرد: %1</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::TaskStatus</name>
    <message>
        <location filename="../ui/taskstatus.cpp" line="+28"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel this task</source>
        <translation>لغو این کار</translation>
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
            <numerusform>(+%n مورد دیگر)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::TrayIcon</name>
    <message>
        <location filename="../ui/trayicon.cpp" line="+20"/>
        <source>Show Pigeon</source>
        <translation>نمایش Pigeon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>New mail</source>
        <translation>نامهٔ جدید</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1: %n new message(s)</source>
        <translation>
            <numerusform>%1: %n پیام جدید</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Pigeon: %Ln unread message(s)</source>
        <translation>
            <numerusform>Pigeon: %Ln پیام نخوانده</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pigeon: no unread mail</source>
        <translation>Pigeon: نامهٔ نخوانده‌ای نیست</translation>
    </message>
</context>
</TS>
