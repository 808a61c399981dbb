<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>Main</name>
    <message>
        <location filename="../app/pigeon/main.cpp" line="+82"/>
        <source>pigeon: unknown language “%1” (try pl, ru, fa or en)</source>
        <translation>pigeon: nieznany język „%1” (spróbuj pl, ru, fa lub en)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pigeon, a desktop mail client that works offline.</source>
        <translation>Pigeon — klient poczty na komputer, który działa także bez połączenia z siecią.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep all settings, mail and caches in DIRECTORY instead of the standard locations.</source>
        <translation>Przechowuj wszystkie ustawienia, pocztę i pamięć podręczną w KATALOGU zamiast w standardowych miejscach.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIRECTORY</source>
        <translation>KATALOG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the interface in LANGUAGE (en, pl, ru, fa) instead of the system&apos;s language.</source>
        <translation>Wyświetlaj interfejs w JĘZYKU (en, pl, ru, fa) zamiast w języku systemu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LANGUAGE</source>
        <translation>JĘZYK</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pigeon: unexpected argument “%1”</source>
        <translation>pigeon: nieoczekiwany argument „%1”</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pigeon cannot create its folders: %1</source>
        <translation>Pigeon nie może utworzyć swoich katalogów: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The account list could not be read: %1</source>
        <translation>Nie udało się odczytać listy kont: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No keychain service is available (%1). Passwords are kept in memory only and are forgotten when Pigeon quits.</source>
        <translation>Usługa pęku kluczy jest niedostępna (%1). Hasła są przechowywane tylko w pamięci i zostaną zapomniane po zamknięciu programu Pigeon.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Account::Account</name>
    <message>
        <location filename="../core/account/account.cpp" line="+13"/>
        <source>invalid value for &quot;%1&quot; in the account settings</source>
        <translation>nieprawidłowa wartość „%1” w ustawieniach konta</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>the account has no id</source>
        <translation>konto nie ma identyfikatora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>„%1” nie jest adresem e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the incoming server has no host name</source>
        <translation>serwer poczty przychodzącej nie ma nazwy hosta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the outgoing (SMTP) server has no host name</source>
        <translation>serwer poczty wychodzącej (SMTP) nie ma nazwy hosta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the check interval cannot be negative</source>
        <translation>odstęp między sprawdzeniami poczty nie może być ujemny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>messages must stay on the server for at least one day</source>
        <translation>wiadomości muszą pozostawać na serwerze co najmniej jeden dzień</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the download size limit cannot be negative</source>
        <translation>limit rozmiaru pobieranych wiadomości nie może być ujemny</translation>
    </message>
    <message>
        <location filename="../core/account/accountstore.cpp" line="+33"/>
        <location line="+130"/>
        <source>&quot;accounts&quot; is not a list</source>
        <translation>„accounts” nie jest listą</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+134"/>
        <source>an account entry is not an object</source>
        <translation>wpis konta nie jest obiektem</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>the account settings were written by a newer version of Pigeon; they are left unchanged</source>
        <translation>ustawienia kont zostały zapisane przez nowszą wersję programu Pigeon; pozostawiono je bez zmian</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown settings version %1</source>
        <translation>nieznana wersja ustawień: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cannot read %1: %2</source>
        <translation>nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not a JSON object</source>
        <translation>to nie jest obiekt JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid &quot;version&quot;</source>
        <translation>nieprawidłowa wartość „version”</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>two accounts have the id %1</source>
        <translation>dwa konta mają ten sam identyfikator %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the account settings file was damaged (%1); it was kept as %2 and Pigeon starts without accounts</source>
        <translation>plik ustawień kont był uszkodzony (%1); zachowano go jako %2, a Pigeon uruchamia się bez kont</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the account settings file %1 is damaged (%2) and could not be moved aside; it is left unchanged</source>
        <translation>plik ustawień kont %1 jest uszkodzony (%2) i nie udało się go przenieść; pozostawiono go bez zmian</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no account given</source>
        <translation>nie podano konta</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+47"/>
        <location line="+19"/>
        <source>no account with the id %1</source>
        <translation>brak konta o identyfikatorze %1</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>no account matches &quot;%1&quot;</source>
        <translation>żadne konto nie pasuje do „%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&quot;%1&quot; matches %n accounts; give the full id</source>
        <translation>
            <numerusform>„%1” pasuje do %n konta; podaj pełny identyfikator</numerusform>
            <numerusform>„%1” pasuje do %n kont; podaj pełny identyfikator</numerusform>
            <numerusform>„%1” pasuje do %n kont; podaj pełny identyfikator</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>an account with the id %1 exists already</source>
        <translation>konto o identyfikatorze %1 już istnieje</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>cannot create the directory %1</source>
        <translation>nie można utworzyć katalogu %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>Pigeon::Account::KeychainSecretStore</name>
    <message>
        <location filename="../core/account/keychainsecretstore.cpp" line="+19"/>
        <source>the keychain refused the request: %1</source>
        <translation>pęk kluczy odrzucił żądanie: %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>no password is stored for this account</source>
        <translation>dla tego konta nie zapisano hasła</translation>
    </message>
</context>
<context>
    <name>Pigeon::Account::Profile</name>
    <message>
        <location filename="../core/account/profile.cpp" line="+55"/>
        <source>cannot create the directory %1</source>
        <translation>nie można utworzyć katalogu %1</translation>
    </message>
</context>
<context>
    <name>Pigeon::Account::SecretStore</name>
    <message>
        <location filename="../core/account/memorysecretstore.cpp" line="+30"/>
        <source>no password is stored for this account</source>
        <translation>dla tego konta nie zapisano hasła</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::AutoconfigParser</name>
    <message>
        <location filename="../core/autoconfig/autoconfigparser.cpp" line="+317"/>
        <source>The settings file is larger than %1 KiB.</source>
        <translation>Plik ustawień jest większy niż %1 KiB.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1” nie jest adresem e-mail.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::AutoconfigSource</name>
    <message>
        <location filename="../core/autoconfig/autoconfigsource.cpp" line="+46"/>
        <source>The address has no valid domain.</source>
        <translation>Adres nie zawiera prawidłowej domeny.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Asking %1 for its settings…</source>
        <translation>Pobieranie ustawień z serwera %1…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 lists no secure incoming and outgoing server.</source>
        <translation>Serwer %1 nie podaje bezpiecznych serwerów poczty przychodzącej i wychodzącej.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::ConnectionCheck</name>
    <message>
        <location filename="../core/autoconfig/connectioncheck.cpp" line="+90"/>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::HttpsConfigFetcher</name>
    <message>
        <location filename="../core/autoconfig/configfetcher.cpp" line="+40"/>
        <source>Refusing to fetch settings without HTTPS: %1</source>
        <translation>Ustawienia nie zostaną pobrane bez HTTPS: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The server redirected to an address without HTTPS (%1).</source>
        <translation>Serwer przekierował na adres bez HTTPS (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <location line="+22"/>
        <source>The settings file is too large.</source>
        <translation>Plik ustawień jest za duży.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::ImapProbeDialect</name>
    <message>
        <location filename="../core/autoconfig/imapprobedialect.cpp" line="+171"/>
        <source>The server did not list its capabilities: %1</source>
        <translation>Serwer nie przesłał listy obsługiwanych funkcji: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The server completed a command that was not sent.</source>
        <translation>Serwer zakończył polecenie, które nie zostało wysłane.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The server refuses to log in without encryption (LOGINDISABLED).</source>
        <translation>Serwer odmawia logowania bez szyfrowania (LOGINDISABLED).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The LOGIN mechanism is not used with IMAP; use the LOGIN command.</source>
        <translation>Mechanizm LOGIN nie jest używany w IMAP; należy użyć polecenia LOGIN.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The user name or password contains characters this server cannot accept with LOGIN.</source>
        <translation>Nazwa użytkownika lub hasło zawiera znaki, których ten serwer nie przyjmuje w poleceniu LOGIN.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::MxSource</name>
    <message>
        <location filename="../core/autoconfig/mxsource.cpp" line="+43"/>
        <source>Looking up the mail exchanger of %1…</source>
        <translation>Wyszukiwanie serwera wymiany poczty (MX) domeny %1…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The domain names no mail exchanger.</source>
        <translation>Domena nie wskazuje żadnego serwera wymiany poczty (MX).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mail exchanger (%1) belongs to no provider Pigeon knows.</source>
        <translation>Serwer wymiany poczty (%1) nie należy do żadnego dostawcy znanego programowi Pigeon.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::Pop3ProbeDialect</name>
    <message>
        <location filename="../core/autoconfig/pop3probedialect.cpp" line="+195"/>
        <source>The server refuses to log in without encryption.</source>
        <translation>Serwer odmawia logowania bez szyfrowania.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The LOGIN mechanism is not used with POP3; use USER/PASS.</source>
        <translation>Mechanizm LOGIN nie jest używany w POP3; należy użyć USER/PASS.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The user name or password contains characters POP3 cannot send.</source>
        <translation>Nazwa użytkownika lub hasło zawiera znaki, których nie można wysłać przez POP3.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::ProbeSource</name>
    <message>
        <location filename="../core/autoconfig/probesource.cpp" line="+14"/>
        <source>%1 answers on port %2.</source>
        <translation>Serwer %1 odpowiada na porcie %2.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Trying the usual server names…</source>
        <translation>Sprawdzanie typowych nazw serwerów…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No secure incoming and outgoing server answered under the usual names.</source>
        <translation>Pod typowymi nazwami nie odpowiedział żaden bezpieczny serwer poczty przychodzącej i wychodzącej.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::ProviderListSource</name>
    <message>
        <location filename="../core/autoconfig/providerlistsource.cpp" line="+27"/>
        <source>The domain is not in Pigeon&apos;s list of providers.</source>
        <translation>Domeny nie ma na liście dostawców programu Pigeon.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::Reader</name>
    <message>
        <location filename="../core/autoconfig/autoconfigparser.cpp" line="-246"/>
        <source>The settings file is not usable (line %1): %2</source>
        <translation>Plik ustawień nie nadaje się do użycia (wiersz %1): %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>document type declarations are not allowed</source>
        <translation>deklaracje typu dokumentu są niedozwolone</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the root element is &lt;%1&gt;, not &lt;clientConfig&gt;</source>
        <translation>element główny to &lt;%1&gt;, a nie &lt;clientConfig&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the document is empty</source>
        <translation>dokument jest pusty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it lists no usable mail server</source>
        <translation>nie zawiera żadnego serwera poczty, którego można użyć</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>server type &quot;%1&quot; is not supported</source>
        <translation>typ serwera „%1” nie jest obsługiwany</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown access rule &quot;%1&quot;</source>
        <translation>nieznana reguła dostępu „%1”</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>more than %1 servers</source>
        <translation>liczba serwerów przekracza %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a valid host name</source>
        <translation>nieprawidłowa nazwa hosta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown socketType &quot;%1&quot;</source>
        <translation>nieznany socketType „%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>port &quot;%1&quot; is out of range</source>
        <translation>port „%1” jest poza dozwolonym zakresem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown placeholder in the user name</source>
        <translation>nieznany symbol zastępczy w nazwie użytkownika</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no supported authentication method</source>
        <translation>brak obsługiwanej metody uwierzytelniania</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::ServerProbe</name>
    <message>
        <location filename="../core/autoconfig/probedialect.cpp" line="+41"/>
        <source>The server does not offer STARTTLS, which this account requires. Nothing was sent without encryption.</source>
        <translation>Serwer nie oferuje STARTTLS, którego wymaga to konto. Nic nie zostało wysłane bez szyfrowania.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server sent an unexpected reply: %1</source>
        <translation>Serwer wysłał nieoczekiwaną odpowiedź: %1</translation>
    </message>
    <message>
        <location filename="../core/autoconfig/serverprobe.cpp" line="+94"/>
        <source>The connection test was cancelled.</source>
        <translation>Test połączenia został anulowany.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The server closed the connection unexpectedly.</source>
        <translation>Serwer nieoczekiwanie zamknął połączenie.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::SettingsDetector</name>
    <message>
        <location filename="../core/autoconfig/settingsdetector.cpp" line="+25"/>
        <source>No settings were found in time. Enter the servers by hand.</source>
        <translation>Nie udało się znaleźć ustawień w wyznaczonym czasie. Wprowadź dane serwerów ręcznie.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Checking %1 and %2…</source>
        <translation>Sprawdzanie serwerów %1 i %2…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 did not answer as expected: %2</source>
        <translation>Serwer %1 nie odpowiedział zgodnie z oczekiwaniami: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No settings were found for this address. Enter the servers by hand.</source>
        <translation>Nie znaleziono ustawień dla tego adresu. Wprowadź dane serwerów ręcznie.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::SmtpProbeDialect</name>
    <message>
        <location filename="../core/autoconfig/smtpprobedialect.cpp" line="+242"/>
        <source>The server offers no login on an unencrypted connection.</source>
        <translation>Serwer nie oferuje logowania przez niezaszyfrowane połączenie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not offer any way to log in (no AUTH).</source>
        <translation>Serwer nie oferuje żadnej metody logowania (brak AUTH).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SMTP has no login command besides AUTH (RFC 4954).</source>
        <translation>SMTP nie ma innego polecenia logowania niż AUTH (RFC 4954).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server offers no login method Pigeon supports (%1).</source>
        <translation>Serwer nie oferuje żadnej metody logowania obsługiwanej przez program Pigeon (%1).</translation>
    </message>
</context>
<context>
    <name>Pigeon::Autoconfig::SrvSource</name>
    <message>
        <location filename="../core/autoconfig/srvsource.cpp" line="+39"/>
        <source>Looking up mail services of %1 in DNS…</source>
        <translation>Wyszukiwanie usług pocztowych domeny %1 w DNS…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The domain publishes no SRV records for both incoming and outgoing mail.</source>
        <translation>Domena nie publikuje rekordów SRV jednocześnie dla poczty przychodzącej i wychodzącej.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::AccountsCommand</name>
    <message>
        <location filename="../app/cli/accountscommand.cpp" line="+75"/>
        <source>List, show, add and remove accounts</source>
        <translation>Wyświetlanie, dodawanie i usuwanie kont</translation>
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
        <translation>Użycie:
  pigeon-cli accounts list
  pigeon-cli accounts show ACCOUNT
  pigeon-cli accounts add --address ADDR --host HOST [OPTIONS] &lt; password
  pigeon-cli accounts remove ACCOUNT
  pigeon-cli accounts set-password ACCOUNT [--incoming | --outgoing] &lt; password

ACCOUNT to identyfikator konta, jego jednoznaczny początek (co najmniej 4 znaki) lub adres.

Opcje polecenia add:
  --address ADDR        adres e-mail (wymagany)
  --name NAME           imię i nazwisko do wiersza From:
  --label TEXT          nazwa konta wyświetlana na listach (domyślnie: adres)
  --protocol imap|pop3  protokół poczty przychodzącej (domyślnie: imap)
  --host HOST           serwer poczty przychodzącej (wymagany)
  --port N              domyślnie 993 (IMAP) lub 995 (POP3) z tls, w przeciwnym razie 143/110
  --security none|starttls|tls   domyślnie: tls
  --user NAME           nazwa użytkownika do logowania (domyślnie: adres)
  --auth auto|plain|login|cram-md5|cleartext   domyślnie: auto
  --smtp-host HOST      serwer poczty wychodzącej (domyślnie: serwer poczty przychodzącej)
  --smtp-port N         domyślnie 465 z tls, w przeciwnym razie 587
  --smtp-security none|starttls|tls   domyślnie: tls
  --smtp-user NAME      domyślnie: nazwa użytkownika poczty przychodzącej
  --smtp-auth METHOD    domyślnie: auto
  --leave-on-server never|forever|days:N|until-deleted   POP3 (domyślnie: never)
  --size-limit BYTES    POP3: większe wiadomości nie są pobierane automatycznie
  --delete trash|mark|expunge   sposób usuwania w IMAP (domyślnie: trash)
  --check-interval MIN  minuty między sprawdzeniami poczty, 0 = tylko na żądanie (domyślnie: 10)
  --ca-file FILE        plik PEM z dodatkowymi zaufanymi certyfikatami CA
  --allow-insecure-auth zezwala na wysyłanie hasła bez TLS
  --no-password         nie zapisuje hasła (nie czyta standardowego wejścia)

Hasło jest odczytywane ze standardowego wejścia, nigdy z wiersza poleceń: pierwszy
wiersz to hasło; drugi wiersz, jeśli występuje, to osobne hasło SMTP.
Hasło trafia do systemowego pęku kluczy; jeśli go brak, hasło nie jest zapisywane (informuje o tym ostrzeżenie).
set-password zastępuje zapisane hasło obu serwerów albo jednego z nich.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>unknown subcommand: %1</source>
        <translation>nieznane podpolecenie: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>pigeon-cli: warning: %1</source>
        <translation>pigeon-cli: ostrzeżenie: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>pigeon-cli: warning: No keychain service is available (%1). Passwords are kept in memory only and are forgotten when this command ends.</source>
        <translation>pigeon-cli: ostrzeżenie: Usługa pęku kluczy jest niedostępna (%1). Hasła są przechowywane tylko w pamięci i zostaną zapomniane po zakończeniu tego polecenia.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No accounts. Add one with: pigeon-cli accounts add --address ADDR --host HOST</source>
        <translation>Brak kont. Aby dodać konto, użyj polecenia: pigeon-cli accounts add --address ADDR --host HOST</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>show needs exactly one account</source>
        <translation>show wymaga podania dokładnie jednego konta</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Id:             %1</source>
        <translation>Identyfikator:        %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label:          %1</source>
        <translation>Etykieta:             %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:           %1</source>
        <translation>Imię i nazwisko:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:        %1</source>
        <translation>Adres:                %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming:       %1 %2:%3 (%4), user %5, auth %6</source>
        <translation>Przychodząca:         %1 %2:%3 (%4), użytkownik %5, uwierzytelnianie %6</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outgoing:       smtp %1:%2 (%3), user %4, auth %5</source>
        <translation>Wychodząca:           smtp %1:%2 (%3), użytkownik %4, uwierzytelnianie %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave on server: %1</source>
        <translation>Pozostaw na serwerze: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size limit:     %1</source>
        <translation>Limit rozmiaru:       %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete model:   %1</source>
        <translation>Sposób usuwania:      %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check every:    %1 min</source>
        <translation>Sprawdzaj co:         %1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passwords:      incoming %1, outgoing %2</source>
        <translation>Hasła:                poczta przychodząca %1, wychodząca %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Password for %1: </source>
        <translation>Hasło dla %1: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pigeon-cli: warning: no password on standard input; none was stored</source>
        <translation>pigeon-cli: ostrzeżenie: brak hasła na standardowym wejściu; nie zapisano żadnego hasła</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the account was not added: %1</source>
        <translation>nie dodano konta: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>remove needs exactly one account</source>
        <translation>remove wymaga podania dokładnie jednego konta</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the account was removed, but its password is still in the keychain: %1</source>
        <translation>konto zostało usunięte, ale jego hasło nadal jest w pęku kluczy: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed %1 (%2)</source>
        <translation>Usunięto %1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>set-password needs one account and at most one of --incoming, --outgoing</source>
        <translation>set-password wymaga podania jednego konta i co najwyżej jednej z opcji --incoming, --outgoing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New password for %1: </source>
        <translation>Nowe hasło dla %1: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no password on standard input</source>
        <translation>brak hasła na standardowym wejściu</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>unexpected argument: %1</source>
        <translation>nieoczekiwany argument: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid value for --%1: %2</source>
        <translation>nieprawidłowa wartość opcji --%1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>add needs --address and --host</source>
        <translation>add wymaga opcji --address i --host</translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::CheckCommand</name>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="+38"/>
        <source>Download new mail of POP3 accounts (for cron and scripts)</source>
        <translation>Pobieranie nowej poczty z kont POP3 (dla crona i skryptów)</translation>
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
        <translation>Użycie:
  pigeon-cli check [ACCOUNT] [--password-stdin] [--quiet] [--batch-size N]
                   [--download-full UIDL]...

Sprawdza jedno konto POP3 albo wszystkie konta POP3 naraz, tak jak robi to aplikacja:
nowe wiadomości trafiają do folderu Inbox konta, a ustawienie pozostawiania na serwerze
decyduje, co zostanie usunięte z serwera (wyłącznie to, co jest już tutaj bezpiecznie zapisane).

  --password-stdin      odczytuje hasło ze standardowego wejścia zamiast z pęku kluczy
                        (tylko dla jednego konta)
  --download-full UIDL  pobiera resztę wiadomości, która przekroczyła limit rozmiaru
  --batch-size N        liczba wiadomości trwale zapisywanych razem (domyślnie 256): mniejsze
                        partie są zatwierdzane szybciej, większe rzadziej wywołują fsync
  --quiet               bez informacji o postępie na standardowym wyjściu błędów
  --json                podsumowanie w formacie JSON na standardowym wyjściu

Kody wyjścia: 0 wszystkie sprawdzenia zakończone, 1 błąd, 3 brak takiego konta, 4 sieć,
5 logowanie lub pęk kluczy, 6 TLS.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>CRAM-MD5 is not supported for POP3; choose another login method.</source>
        <translation>CRAM-MD5 nie jest obsługiwany w POP3; wybierz inną metodę logowania.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>--batch-size needs a positive number</source>
        <translation>--batch-size wymaga liczby dodatniej</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--download-full needs a UIDL</source>
        <translation>--download-full wymaga podania UIDL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown option %1</source>
        <translation>nieznana opcja %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check takes at most one account</source>
        <translation>check przyjmuje co najwyżej jedno konto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not a POP3 account</source>
        <translation>%1 nie jest kontem POP3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no POP3 account.</source>
        <translation>Brak kont POP3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--password-stdin needs exactly one account</source>
        <translation>--password-stdin wymaga podania dokładnie jednego konta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--download-full needs exactly one account</source>
        <translation>--download-full wymaga podania dokładnie jednego konta</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No password is stored for %1 (pigeon-cli accounts set-password, or --password-stdin).</source>
        <translation>Dla %1 nie zapisano hasła (użyj pigeon-cli accounts set-password albo --password-stdin).</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1/%2 messages, %3 MB</source>
        <translation>%1/%2 wiadomości, %3 MB</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2 new (%3 partial), %4 completed, %5 deleted on the server, %6 kept there, %7 MB</source>
        <translation>%1: nowe: %2 (niepełne: %3), uzupełnione: %4, usunięte z serwera: %5, pozostawione na serwerze: %6, %7 MB</translation>
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
        <translation>Eksport folderu lokalnego do pliku mbox</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: pigeon-cli export FOLDER FILE.mbox
Writes mboxrd; an existing FILE is replaced whole or not at all.</source>
        <translation>Użycie: pigeon-cli export FOLDER FILE.mbox
Zapisuje w formacie mboxrd; istniejący plik FILE zostaje zastąpiony w całości albo wcale.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected FOLDER and FILE.mbox</source>
        <translation>oczekiwano argumentów FOLDER i FILE.mbox</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Exported %n message(s) to %1</source>
        <translation>
            <numerusform>Wyeksportowano %n wiadomość do %1</numerusform>
            <numerusform>Wyeksportowano %n wiadomości do %1</numerusform>
            <numerusform>Wyeksportowano %n wiadomości do %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::FoldersCommand</name>
    <message>
        <location filename="../app/cli/folderscommand.cpp" line="+11"/>
        <source>List the folders of an IMAP account with their counts</source>
        <translation>Wyświetlanie folderów konta IMAP wraz z liczbą wiadomości</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: pigeon-cli folders ACCOUNT [--refresh] [--password-stdin] [--json]
Prints FOLDER, messages, unread (and the special use, e.g. \Trash) from the local
copy, without connecting; --refresh asks the server for the folder list first.</source>
        <translation>Użycie: pigeon-cli folders ACCOUNT [--refresh] [--password-stdin] [--json]
Wypisuje FOLDER, liczbę wiadomości, liczbę nieprzeczytanych (oraz specjalne przeznaczenie, np. \Trash) z lokalnej
kopii, bez łączenia się z serwerem; --refresh najpierw pobiera listę folderów z serwera.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown option %1</source>
        <translation>nieznana opcja %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>folders needs one ACCOUNT</source>
        <translation>folders wymaga podania jednego argumentu ACCOUNT</translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::HelpCommand</name>
    <message>
        <location filename="../app/cli/helpcommand.cpp" line="+11"/>
        <source>Show the commands, or the usage of one command</source>
        <translation>Wyświetlanie listy poleceń lub sposobu użycia jednego polecenia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: pigeon-cli help [COMMAND]</source>
        <translation>Użycie: pigeon-cli help [COMMAND]</translation>
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
        <translation>Użycie: pigeon-cli [--profile DIR] [--json] COMMAND [ARGUMENTS]

Pomocnik programu Pigeon działający bez interfejsu graficznego, dla skryptów, zadań crona, testów i pomiarów wydajności.

Opcje:
  --profile DIR   przechowuje cały stan (konta, pocztę, indeks) w katalogu DIR
  --json          wypisuje na standardowe wyjście dane JSON do przetwarzania maszynowego
  --help          wyświetla ten tekst; --version wyświetla wersję

Polecenia:
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
Kody wyjścia:
  0  powodzenie
  1  operacja nie powiodła się
  2  nieprawidłowe argumenty
  3  brak takiego konta, folderu, wiadomości lub pliku
  4  problem z siecią (nie znaleziono hosta, odmowa połączenia, przekroczony limit czasu)
  5  uwierzytelnianie nie powiodło się lub nie zapisano hasła
  6  problem z certyfikatem lub TLS
</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unknown command: %1</source>
        <translation>nieznane polecenie: %1</translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::ImapAccountCommand</name>
    <message>
        <location filename="../app/cli/imapaccountcommand.cpp" line="+49"/>
        <source>%1 is not an IMAP account</source>
        <translation>%1 nie jest kontem IMAP</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No password is stored for %1 (pigeon-cli accounts set-password, or --password-stdin).</source>
        <translation>Dla %1 nie zapisano hasła (pigeon-cli accounts set-password lub --password-stdin).</translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::ImportCommand</name>
    <message>
        <location filename="../app/cli/storecommands.cpp" line="-54"/>
        <source>Import an mbox file into a local folder</source>
        <translation>Import pliku mbox do folderu lokalnego</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: pigeon-cli import FILE.mbox FOLDER
Reads mboxrd, mboxo and mboxcl files. All or nothing: a file that is not an mbox
or is truncated is reported and nothing is imported.</source>
        <translation>Użycie: pigeon-cli import FILE.mbox FOLDER
Odczytuje pliki mboxrd, mboxo i mboxcl. Wszystko albo nic: jeśli plik nie jest plikiem mbox
lub jest obcięty, zostanie to zgłoszone i nic nie zostanie zaimportowane.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected FILE.mbox and FOLDER</source>
        <translation>oczekiwano argumentów FILE.mbox i FOLDER</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Imported %n message(s) into %1</source>
        <translation>
            <numerusform>Zaimportowano %n wiadomość do %1</numerusform>
            <numerusform>Zaimportowano %n wiadomości do %1</numerusform>
            <numerusform>Zaimportowano %n wiadomości do %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::ListCommand</name>
    <message>
        <location line="+34"/>
        <source>List the messages of a local folder, newest first</source>
        <translation>Wyświetlanie wiadomości z folderu lokalnego, od najnowszych</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: pigeon-cli list [FOLDER] [--account ACCOUNT] [--limit N] [--offset N] [--json]
Without FOLDER: the folders and their message counts. --limit defaults to 100.
--account: the account&apos;s own store (an IMAP account&apos;s offline copy) instead of
the Local Folders.</source>
        <translation>Użycie: pigeon-cli list [FOLDER] [--account ACCOUNT] [--limit N] [--offset N] [--json]
Bez argumentu FOLDER: foldery i liczba wiadomości w nich. Domyślnie --limit wynosi 100.
--account: własny magazyn konta (kopia offline konta IMAP) zamiast
Folderów lokalnych.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected one FOLDER</source>
        <translation>oczekiwano jednego argumentu FOLDER</translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::ParseCommand</name>
    <message>
        <location filename="../app/cli/parsecommand.cpp" line="+101"/>
        <source>Print the message model of a message file (header, MIME tree, body, attachments)</source>
        <translation>Wyświetlanie modelu wiadomości z pliku (nagłówek, drzewo MIME, treść, załączniki)</translation>
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
        <translation>Użycie: pigeon-cli [--json] parse FILE [--html] [--charset CHARSET] [--all-headers]

Analizuje FILE (plik .eml, opcjonalnie zaczynający się od wiersza mbox „From ”) tak samo
jak czytnik wiadomości i wyświetla zdekodowany nagłówek, drzewo MIME z numerami części IMAP,
tekst treści, który zostałby wyświetlony, oraz załączniki.
  --html          pokazuje wersję HTML, jeśli istnieje
  --charset CS    dekoduje treść w kodowaniu CS (np. koi8-r, windows-1251, windows-1256)
  --all-headers   wyświetla wszystkie pola nagłówka po zdekodowaniu</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>unknown option: %1</source>
        <translation>nieznana opcja: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>only one file, please</source>
        <translation>proszę podać tylko jeden plik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parse needs a FILE</source>
        <translation>parse wymaga argumentu FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no such file: %1</source>
        <translation>nie ma takiego pliku: %1</translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::ReindexCommand</name>
    <message>
        <location filename="../app/cli/storecommands.cpp" line="+55"/>
        <source>Rebuild the index of the local folders from the mbox files</source>
        <translation>Odbudowa indeksu folderów lokalnych na podstawie plików mbox</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: pigeon-cli reindex [--json]</source>
        <translation>Użycie: pigeon-cli reindex [--json]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>takes no arguments</source>
        <translation>polecenie nie przyjmuje argumentów</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Reindexed %n message(s)</source>
        <translation>
            <numerusform>Ponownie zaindeksowano %n wiadomość</numerusform>
            <numerusform>Ponownie zaindeksowano %n wiadomości</numerusform>
            <numerusform>Ponownie zaindeksowano %n wiadomości</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::SearchCommand</name>
    <message>
        <location line="-66"/>
        <source>Search all local folders (subject, addresses, text)</source>
        <translation>Wyszukiwanie we wszystkich folderach lokalnych (temat, adresy, treść)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: pigeon-cli search QUERY [--limit N] [--json]
Every word must occur (as the start of a word); accents and case do not matter.
Messages not yet in the full-text index are added first.</source>
        <translation>Użycie: pigeon-cli search QUERY [--limit N] [--json]
Każde słowo musi wystąpić (jako początek wyrazu); znaki diakrytyczne i wielkość liter nie mają znaczenia.
Wiadomości, których nie ma jeszcze w indeksie pełnotekstowym, są do niego najpierw dodawane.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a QUERY</source>
        <translation>oczekiwano argumentu QUERY</translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::ShowCommand</name>
    <message>
        <location filename="../app/cli/showcommand.cpp" line="+13"/>
        <source>Print the message model of a stored message (the ID that list and search show)</source>
        <translation>Wyświetlanie modelu zapisanej wiadomości (o identyfikatorze podawanym przez list i search)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: pigeon-cli [--json] show ID [--account ACCOUNT] [--html] [--charset CHARSET] [--all-headers]

Reads message ID from the local store (or from ACCOUNT&apos;s store) and prints it as `parse` prints a file:
the decoded header, the MIME tree, the body text that would be shown and the
attachments. The options are those of `parse`.</source>
        <translation>Użycie: pigeon-cli [--json] show ID [--account ACCOUNT] [--html] [--charset CHARSET] [--all-headers]

Odczytuje wiadomość o identyfikatorze ID z lokalnego magazynu (lub z magazynu konta ACCOUNT) i wyświetla ją tak, jak `parse` wyświetla plik:
zdekodowany nagłówek, drzewo MIME, tekst treści, który zostałby wyświetlony, oraz
załączniki. Opcje są takie same jak w `parse`.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>show needs one message ID (a positive number)</source>
        <translation>show wymaga podania jednego identyfikatora wiadomości (liczby dodatniej)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no message with ID %1</source>
        <translation>brak wiadomości o identyfikatorze %1</translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::StoreCommand</name>
    <message>
        <location filename="../app/cli/storecommands.cpp" line="-205"/>
        <source>--account needs an account</source>
        <translation>--account wymaga podania konta</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 needs a number</source>
        <translation>%1 wymaga liczby</translation>
    </message>
</context>
<context>
    <name>Pigeon::Cli::SyncCommand</name>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="+16"/>
        <source>Update the local copy of an IMAP account (for scripts and benchmarks)</source>
        <translation>Aktualizacja lokalnej kopii konta IMAP (dla skryptów i pomiarów wydajności)</translation>
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
        <translation>Użycie:
  pigeon-cli sync ACCOUNT [FOLDER] [--headers-only|--full] [--password-stdin] [--quiet] [--json]

Bez argumentu FOLDER: najpierw lista folderów, potem każdy folder. Najpierw wysyłane są zmiany
wprowadzone offline; następnie stosowane są zmiany z serwera i dodawane nowe wiadomości.

  --headers-only    tylko to, co pokazuje lista wiadomości (domyślnie)
  --full            pobiera również każdą wiadomość do czytania offline
  --password-stdin  odczytuje hasło ze standardowego wejścia zamiast z pęku kluczy
  --quiet           bez informacji o postępie na standardowym wyjściu błędów

Kody wyjścia: 0 zakończono, 1 błąd, 2 użycie, 3 brak takiego konta lub folderu, 4 sieć,
5 logowanie lub pęk kluczy, 6 TLS.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--full and --headers-only exclude each other</source>
        <translation>--full i --headers-only wykluczają się wzajemnie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown option %1</source>
        <translation>nieznana opcja %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sync needs an ACCOUNT and at most one FOLDER</source>
        <translation>sync wymaga podania argumentu ACCOUNT i co najwyżej jednego argumentu FOLDER</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 new</source>
        <translation>%1: nowe: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>done in %1 ms</source>
        <translation>zakończono w %1 ms</translation>
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
        <translation>Brak wiadomości do zapisania.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message contains NUL bytes and cannot be stored.</source>
        <translation>Wiadomość zawiera bajty NUL i nie może zostać zapisana.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::CopyOp</name>
    <message>
        <location filename="../core/imap/ops/copyop.cpp" line="+38"/>
        <source>Nothing to copy.</source>
        <translation>Nie ma nic do skopiowania.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::ExpungeOp</name>
    <message>
        <location filename="../core/imap/ops/expungeop.cpp" line="+18"/>
        <source>The IMAP server cannot remove single messages (it lacks UIDPLUS).</source>
        <translation>Serwer IMAP nie potrafi usuwać pojedynczych wiadomości (brak obsługi UIDPLUS).</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::FetchPartOp</name>
    <message>
        <location filename="../core/imap/ops/fetchpartop.cpp" line="+42"/>
        <source>The message is no longer on the IMAP server.</source>
        <translation>Wiadomości nie ma już na serwerze IMAP.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::ImapOp</name>
    <message>
        <location filename="../core/imap/ops/imapop.cpp" line="+28"/>
        <source>There is no IMAP session for this operation.</source>
        <translation>Brak sesji IMAP dla tej operacji.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The IMAP operation was cancelled.</source>
        <translation>Operacja IMAP została anulowana.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The connection to the IMAP server was lost.</source>
        <translation>Utracono połączenie z serwerem IMAP.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No IMAP mailbox is selected.</source>
        <translation>Nie wybrano skrzynki IMAP.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::ImapSession</name>
    <message>
        <location filename="../core/imap/session/imaplogin.cpp" line="+23"/>
        <location filename="../core/imap/session/imapsession.cpp" line="+43"/>
        <source>The IMAP server rejected the user name or password: %1</source>
        <translation>Serwer IMAP odrzucił nazwę użytkownika lub hasło: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The IMAP server did not list its capabilities.</source>
        <translation>Serwer IMAP nie przesłał listy obsługiwanych funkcji.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The IMAP server does not offer STARTTLS, which this account requires.</source>
        <translation>Serwer IMAP nie oferuje STARTTLS, którego wymaga to konto.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The password would be sent without encryption.</source>
        <translation>Hasło zostałoby wysłane bez szyfrowania.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The IMAP server does not allow logging in here.</source>
        <translation>Serwer IMAP nie zezwala na logowanie przez to połączenie.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Compression could not be started.</source>
        <translation>Nie udało się włączyć kompresji.</translation>
    </message>
    <message>
        <location filename="../core/imap/session/imapsession.cpp" line="+7"/>
        <source>The IMAP server did not understand the command: %1</source>
        <translation>Serwer IMAP nie rozpoznał polecenia: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IMAP server closed the connection: %1</source>
        <translation>Serwer IMAP zamknął połączenie: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IMAP server refused the command: %1</source>
        <translation>Serwer IMAP odrzucił polecenie: %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The IMAP session is not ready for this command.</source>
        <translation>Sesja IMAP nie jest gotowa na to polecenie.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The IMAP session is not connected.</source>
        <translation>Sesja IMAP nie jest połączona.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The IMAP command was cancelled.</source>
        <translation>Polecenie IMAP zostało anulowane.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The IMAP connection was closed.</source>
        <translation>Połączenie IMAP zostało zamknięte.</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>The server logged in without encryption (PREAUTH), so STARTTLS is not possible.</source>
        <translation>Serwer zalogował bez szyfrowania (PREAUTH), więc użycie STARTTLS nie jest możliwe.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The IMAP server sent an invalid greeting.</source>
        <translation>Serwer IMAP wysłał nieprawidłowe powitanie.</translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+2"/>
        <source>The IMAP server closed the connection.</source>
        <translation>Serwer IMAP zamknął połączenie.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::MailboxManageOp</name>
    <message>
        <location filename="../core/imap/ops/mailboxmanageop.cpp" line="+16"/>
        <source>The folder name is empty.</source>
        <translation>Nazwa folderu jest pusta.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::MoveOp</name>
    <message>
        <location filename="../core/imap/ops/moveop.cpp" line="+15"/>
        <source>Nothing to move.</source>
        <translation>Nie ma nic do przeniesienia.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::ResponseParser</name>
    <message>
        <location filename="../core/imap/wire/responseparser.cpp" line="+232"/>
        <source>The server sent a response larger or deeper than allowed (%1).</source>
        <translation>Serwer wysłał odpowiedź większą lub bardziej zagnieżdżoną, niż jest to dozwolone (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server sent a response that could not be read (%1).</source>
        <translation>Serwer wysłał odpowiedź, której nie można odczytać (%1).</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::SearchOp</name>
    <message>
        <location filename="../core/imap/ops/searchop.cpp" line="+40"/>
        <source>Invalid search criterion.</source>
        <translation>Nieprawidłowe kryterium wyszukiwania.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::StatusOp</name>
    <message>
        <location filename="../core/imap/ops/statusop.cpp" line="+23"/>
        <source>The folder name is empty.</source>
        <translation>Nazwa folderu jest pusta.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The IMAP server did not report the folder&apos;s status.</source>
        <translation>Serwer IMAP nie podał stanu folderu.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::StoreFlagsOp</name>
    <message>
        <location filename="../core/imap/ops/storeflagsop.cpp" line="+35"/>
        <source>Invalid message flags.</source>
        <translation>Nieprawidłowe flagi wiadomości.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Imap::UidFetchHeadersOp</name>
    <message>
        <location filename="../core/imap/ops/uidfetchheadersop.cpp" line="+19"/>
        <source>No IMAP mailbox is selected.</source>
        <translation>Nie wybrano żadnej skrzynki pocztowej IMAP.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Mime::Message</name>
    <message>
        <location filename="../core/mime/message.cpp" line="+341"/>
        <source>The message file could not be opened.</source>
        <translation>Nie można otworzyć pliku wiadomości.</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+72"/>
        <source>No such part.</source>
        <translation>Nie ma takiej części.</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+11"/>
        <location line="+11"/>
        <source>Writing failed.</source>
        <translation>Zapis nie powiódł się.</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+9"/>
        <source>This part has not been downloaded yet.</source>
        <translation>Ta część nie została jeszcze pobrana.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A multipart has no content of its own.</source>
        <translation>Część typu multipart nie ma własnej zawartości.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <source>The part is too large.</source>
        <translation>Ta część jest za duża.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Models::FolderModel</name>
    <message>
        <location filename="../core/models/foldermodel.cpp" line="+498"/>
        <source>All Inboxes</source>
        <translation>Wszystkie foldery Odebrane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbox</source>
        <translation>Odebrane</translation>
    </message>
</context>
<context>
    <name>Pigeon::Models::MessageListModel</name>
    <message>
        <location filename="../core/models/messagelistmodel.cpp" line="+678"/>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
</context>
<context>
    <name>Pigeon::Net::SslTransport</name>
    <message>
        <location filename="../core/net/ssltransport.cpp" line="+56"/>
        <source>The certificate authority file %1 could not be read or holds no certificate.</source>
        <translation>Nie można odczytać pliku urzędów certyfikacji %1 albo nie zawiera on żadnego certyfikatu.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>No server name or port is set.</source>
        <translation>Nie ustawiono nazwy serwera ani portu.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Cannot start TLS: the connection is not a plain, open connection.</source>
        <translation>Nie można uruchomić TLS: połączenie nie jest zwykłym, otwartym połączeniem.</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Certyfikat serwera %1 nie jest zaufany: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 closed the connection before it was ready.</source>
        <translation>Serwer %1 zamknął połączenie, zanim było ono gotowe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server %1 was not found.</source>
        <translation>Nie znaleziono serwera %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 refused the connection.</source>
        <translation>Serwer %1 odrzucił połączenie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to %1 timed out.</source>
        <translation>Przekroczono limit czasu połączenia z serwerem %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Nie udało się nawiązać bezpiecznego połączenia z serwerem %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network error with %1: %2</source>
        <translation>Błąd sieci podczas komunikacji z serwerem %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 closed the connection unexpectedly.</source>
        <translation>Serwer %1 nieoczekiwanie zamknął połączenie.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The TLS handshake with %1 did not finish within %n second(s).</source>
        <translation>
            <numerusform>Negocjacja TLS z serwerem %1 nie zakończyła się w ciągu %n sekundy.</numerusform>
            <numerusform>Negocjacja TLS z serwerem %1 nie zakończyła się w ciągu %n sekund.</numerusform>
            <numerusform>Negocjacja TLS z serwerem %1 nie zakończyła się w ciągu %n sekund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Could not connect to %1 within %n second(s).</source>
        <translation>
            <numerusform>Nie udało się połączyć z serwerem %1 w ciągu %n sekundy.</numerusform>
            <numerusform>Nie udało się połączyć z serwerem %1 w ciągu %n sekund.</numerusform>
            <numerusform>Nie udało się połączyć z serwerem %1 w ciągu %n sekund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>Serwer %1 nie odpowiedział w ciągu %n sekundy.</numerusform>
            <numerusform>Serwer %1 nie odpowiedział w ciągu %n sekund.</numerusform>
            <numerusform>Serwer %1 nie odpowiedział w ciągu %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not connected to %1.</source>
        <translation>Brak połączenia z serwerem %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password was not sent: the connection to %1 is not encrypted.</source>
        <translation>Hasło nie zostało wysłane: połączenie z serwerem %1 nie jest szyfrowane.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 announced a literal of %2 bytes, more than the limit of %3.</source>
        <translation>Serwer %1 zapowiedział literał o rozmiarze %2 B, co przekracza limit %3 B.</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>%1 sent compressed data that could not be decompressed.</source>
        <translation>%1 wysłał skompresowane dane, których nie udało się zdekompresować.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 sent a line longer than %2 bytes.</source>
        <translation>Serwer %1 wysłał wiersz dłuższy niż %2 B.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Pop3</name>
    <message>
        <location filename="../core/pop3/wire/listings.cpp" line="+15"/>
        <source>The POP3 server sent a malformed reply: %1</source>
        <translation>Serwer POP3 wysłał nieprawidłową odpowiedź: %1</translation>
    </message>
</context>
<context>
    <name>Pigeon::Pop3::RetrOp</name>
    <message>
        <location filename="../core/pop3/ops/retrop.cpp" line="+46"/>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Pop3::ScanOp</name>
    <message>
        <location filename="../core/pop3/ops/scanop.cpp" line="+61"/>
        <source>The POP3 server listed message %1 without a unique id.</source>
        <translation>Serwer POP3 podał wiadomość %1 bez unikatowego identyfikatora.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The POP3 server supports neither UIDL nor TOP, so Pigeon cannot tell which messages it has already fetched.</source>
        <translation>Serwer POP3 nie obsługuje ani UIDL, ani TOP, więc Pigeon nie może ustalić, które wiadomości zostały już pobrane.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Pop3::Session</name>
    <message>
        <location filename="../core/pop3/session/pop3login.cpp" line="+29"/>
        <source>The POP3 server refused the connection: %1</source>
        <translation>Serwer POP3 odrzucił połączenie: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The POP3 server does not offer STLS, so the connection cannot be encrypted. Pigeon will not log in over plaintext.</source>
        <translation>Serwer POP3 nie oferuje STLS, więc połączenia nie można zaszyfrować. Pigeon nie zaloguje się przez niezaszyfrowane połączenie.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The POP3 server refused STLS: %1</source>
        <translation>Serwer POP3 odrzucił STLS: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The connection is not encrypted, so Pigeon will not send the password. Use SSL/TLS or STARTTLS for this account.</source>
        <translation>Połączenie nie jest szyfrowane, więc Pigeon nie wyśle hasła. Użyj dla tego konta SSL/TLS lub STARTTLS.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The POP3 server does not support APOP.</source>
        <translation>Serwer POP3 nie obsługuje APOP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>APOP is not allowed for this account.</source>
        <translation>APOP nie jest dozwolony dla tego konta.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The POP3 server continued a finished login exchange.</source>
        <translation>Serwer POP3 kontynuował wymianę danych logowania, która już się zakończyła.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The mailbox is in use by another mail program (the server says: %1). Try again when it has finished.</source>
        <translation>Skrzynka pocztowa jest używana przez inny program pocztowy (komunikat serwera: %1). Spróbuj ponownie, gdy zakończy on pracę.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server allows logins only at longer intervals (the server says: %1).</source>
        <translation>Serwer zezwala na logowanie tylko w dłuższych odstępach czasu (komunikat serwera: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server has a temporary problem; try again later (the server says: %1).</source>
        <translation>Serwer ma chwilowy problem; spróbuj ponownie później (komunikat serwera: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server has a problem that will not go away by itself (the server says: %1).</source>
        <translation>Serwer ma problem, który nie ustąpi samoczynnie (komunikat serwera: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user name or password was not accepted (the server says: %1).</source>
        <translation>Nazwa użytkownika lub hasło nie zostały zaakceptowane (komunikat serwera: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The POP3 server refused the login: %1</source>
        <translation>Serwer POP3 odrzucił logowanie: %1</translation>
    </message>
    <message>
        <location filename="../core/pop3/session/pop3session.cpp" line="+22"/>
        <source>The POP3 server refused the command: %1</source>
        <translation>Serwer POP3 odrzucił polecenie: %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The POP3 session is not ready for this command.</source>
        <translation>Sesja POP3 nie jest gotowa na to polecenie.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The POP3 server sent a reply nobody asked for.</source>
        <translation>Serwer POP3 wysłał odpowiedź, o którą nie proszono.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A message is larger than the configured limit.</source>
        <translation>Wiadomość jest większa niż ustawiony limit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The POP3 server sent a malformed reply: %1</source>
        <translation>Serwer POP3 wysłał nieprawidłową odpowiedź: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The connection was closed by the user.</source>
        <translation>Połączenie zostało zamknięte przez użytkownika.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The POP3 server closed the connection unexpectedly; no message was deleted.</source>
        <translation>Serwer POP3 nieoczekiwanie zamknął połączenie; nie usunięto żadnej wiadomości.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The POP3 session is not connected.</source>
        <translation>Sesja POP3 nie jest połączona.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The POP3 server could not remove all deleted messages: %1</source>
        <translation>Serwer POP3 nie mógł usunąć wszystkich wiadomości oznaczonych do usunięcia: %1</translation>
    </message>
</context>
<context>
    <name>Pigeon::Store</name>
    <message>
        <location filename="../core/store/folderindexer.cpp" line="+136"/>
        <source>%1 is not an mbox file (it does not start with a &quot;From &quot; line); it was left untouched</source>
        <translation>%1 nie jest plikiem mbox (nie zaczyna się od wiersza „From ”); pozostawiono go bez zmian</translation>
    </message>
    <message>
        <location filename="../core/store/mappedfile.cpp" line="+43"/>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a regular file</source>
        <translation>%1 nie jest zwykłym plikiem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot map %1: %2</source>
        <translation>Nie można odwzorować %1 w pamięci: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot open %1: %2</source>
        <translation>Nie można otworzyć %1: %2</translation>
    </message>
</context>
<context>
    <name>Pigeon::Store::ChangeQueue</name>
    <message>
        <location filename="../core/store/changequeue.cpp" line="+49"/>
        <source>An offline change needs a folder and messages.</source>
        <translation>Zmiana offline wymaga folderu i wiadomości.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>queue an offline change</source>
        <translation>dodawanie zmiany offline do kolejki</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>read the offline changes</source>
        <translation>odczyt zmian offline</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>forget an offline change</source>
        <translation>usuwanie zmiany offline</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>record a failed offline change</source>
        <translation>zapisywanie nieudanej zmiany offline</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>forget offline changes</source>
        <translation>usuwanie zmian offline</translation>
    </message>
</context>
<context>
    <name>Pigeon::Store::FolderFile</name>
    <message>
        <location filename="../core/store/folderfile.cpp" line="+38"/>
        <source>%1 %2: the disk is full (%3); nothing was lost</source>
        <translation>%1 %2: dysk jest pełny (%3); nic nie zostało utracone</translation>
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
        <translation>Nie można otworzyć</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Cannot write</source>
        <translation>Nie można zapisać</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+48"/>
        <source>Cannot sync</source>
        <translation>Nie można zsynchronizować</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Cannot truncate</source>
        <translation>Nie można obciąć</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read</source>
        <translation>Nie można odczytać</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read %1: the file is shorter than the index says</source>
        <translation>Nie można odczytać %1: plik jest krótszy, niż wynika z indeksu</translation>
    </message>
</context>
<context>
    <name>Pigeon::Store::FolderLock</name>
    <message>
        <location filename="../core/store/folderlock.cpp" line="+136"/>
        <source>Cannot write the lock file %1</source>
        <translation>Nie można zapisać pliku blokady %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the lock file %1: %2</source>
        <translation>Nie można utworzyć pliku blokady %1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The folder %1 is locked by another program (%2)</source>
        <translation>Folder %1 jest zablokowany przez inny program (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>The folder %1 is locked by another program</source>
        <translation>Folder %1 jest zablokowany przez inny program</translation>
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
        <translation>odczyt pamięci podręcznej IMAP</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>No folder %1 in the store</source>
        <translation>Brak folderu %1 w magazynie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An IMAP message row needs a UID and UIDVALIDITY.</source>
        <translation>Wiersz wiadomości IMAP wymaga wartości UID i UIDVALIDITY.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>update the IMAP cache</source>
        <translation>aktualizacja pamięci podręcznej IMAP</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+74"/>
        <source>No message %1 in the store</source>
        <translation>Brak wiadomości %1 w magazynie</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Bodies of one folder at a time.</source>
        <translation>Treści wiadomości można pobierać tylko z jednego folderu naraz.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>update the search index</source>
        <translation>aktualizacja indeksu wyszukiwania</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cache message parts</source>
        <translation>zapisywanie części wiadomości w pamięci podręcznej</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>read cached message parts</source>
        <translation>odczyt części wiadomości z pamięci podręcznej</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>drop cached message parts</source>
        <translation>usuwanie części wiadomości z pamięci podręcznej</translation>
    </message>
</context>
<context>
    <name>Pigeon::Store::MailStore</name>
    <message>
        <location filename="../core/store/mailstore.cpp" line="+69"/>
        <source>Cannot create the mail folder %1</source>
        <translation>Nie można utworzyć folderu poczty %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <location filename="../core/store/mailstorefolders.cpp" line="+65"/>
        <source>A folder needs a name</source>
        <translation>Folder musi mieć nazwę</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/store/mailstorefolders.cpp" line="+3"/>
        <source>No folder called %1</source>
        <translation>Brak folderu o nazwie %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The folder file %1 keeps changing</source>
        <translation>Plik folderu %1 ciągle się zmienia</translation>
    </message>
    <message>
        <location line="+116"/>
        <location line="+6"/>
        <location line="+38"/>
        <location filename="../core/store/mailstorerewrite.cpp" line="+66"/>
        <location line="+31"/>
        <location line="+60"/>
        <source>No message %1 in the store</source>
        <translation>Brak wiadomości %1 w lokalnym magazynie poczty</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Message %1 has not been downloaded: only its headers are stored</source>
        <translation>Wiadomość %1 nie została pobrana: zapisano tylko jej nagłówki</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Message %1 is no longer in its folder</source>
        <translation>Wiadomości %1 nie ma już w jej folderze</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The folder %1 was changed by another program; reload it and try again</source>
        <translation>Folder %1 został zmieniony przez inny program; wczytaj go ponownie i spróbuj jeszcze raz</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot write</source>
        <translation>Nie można zapisać</translation>
    </message>
    <message>
        <location filename="../core/store/mailstorerewrite.cpp" line="-29"/>
        <source>Cannot remove the folder file %1</source>
        <translation>Nie można usunąć pliku folderu %1</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Cannot replace</source>
        <translation>Nie można zastąpić</translation>
    </message>
    <message>
        <location filename="../core/store/mailstoreappend.cpp" line="+201"/>
        <source>No append %1 in progress</source>
        <translation>Brak trwającej operacji dopisywania %1</translation>
    </message>
    <message>
        <location filename="../core/store/mailstorefolders.cpp" line="-26"/>
        <source>remove a leftover folder file</source>
        <translation>usuwanie pozostałego pliku folderu</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A folder named “%1” already exists.</source>
        <translation>Folder o nazwie „%1” już istnieje.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>rename the folder file</source>
        <translation>zmiana nazwy pliku folderu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>rename folder</source>
        <translation>zmiana nazwy folderu</translation>
    </message>
</context>
<context>
    <name>Pigeon::Store::MboxTransfer</name>
    <message>
        <location filename="../core/store/mboxtransfer.cpp" line="+30"/>
        <source>%1 is empty</source>
        <translation>Plik %1 jest pusty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not an mbox file: it does not start with a &quot;From &quot; line. Nothing was imported.</source>
        <translation>%1 nie jest plikiem mbox: nie zaczyna się od wiersza „From ”. Nic nie zostało zaimportowane.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ends in the middle of a message (message %2 at byte %3 is cut off); the file looks truncated. Nothing was imported.</source>
        <translation>Plik %1 kończy się w środku wiadomości (wiadomość nr %2, zaczynająca się od bajtu %3, jest ucięta); plik wygląda na obcięty. Nic nie zostało zaimportowane.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Cannot write</source>
        <translation>Nie można zapisać</translation>
    </message>
</context>
<context>
    <name>Pigeon::Store::MessageListQuery</name>
    <message>
        <location filename="../core/store/messagelistquery.cpp" line="+73"/>
        <source>Mail index: %1: %2</source>
        <translation>Indeks poczty: %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+12"/>
        <location line="+6"/>
        <source>open</source>
        <translation>otwieranie</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+17"/>
        <source>list folders</source>
        <translation>wyświetlanie listy folderów</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>find folder</source>
        <translation>wyszukiwanie folderu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No folder named %1</source>
        <translation>Brak folderu o nazwie %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+20"/>
        <source>list folder</source>
        <translation>wyświetlanie zawartości folderu</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>read threads</source>
        <translation>odczyt wątków</translation>
    </message>
</context>
<context>
    <name>Pigeon::Store::StoreIndex</name>
    <message>
        <location filename="../core/store/storeindex.cpp" line="+77"/>
        <location line="+8"/>
        <source>Mail index: %1: %2</source>
        <translation>Indeks poczty: %1: %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Cannot open the mail index %1</source>
        <translation>Nie można otworzyć indeksu poczty %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/store/storeindexschema.cpp" line="+143"/>
        <location line="+41"/>
        <source>begin</source>
        <translation>rozpoczęcie transakcji</translation>
    </message>
    <message>
        <location filename="../core/store/storeindexschema.cpp" line="-39"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>create schema</source>
        <translation>tworzenie schematu</translation>
    </message>
    <message>
        <location filename="../core/store/storeindex.cpp" line="+8"/>
        <location filename="../core/store/storeindexschema.cpp" line="+6"/>
        <location line="+33"/>
        <source>commit</source>
        <translation>zatwierdzenie transakcji</translation>
    </message>
    <message>
        <location filename="../core/store/storeindexschema.cpp" line="-12"/>
        <source>migrate the index to version %1</source>
        <translation>migracja indeksu do wersji %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No migration from index schema %1</source>
        <translation>Brak migracji ze schematu indeksu w wersji %1</translation>
    </message>
    <message>
        <location filename="../core/store/storeindex.cpp" line="+76"/>
        <source>create folder</source>
        <translation>tworzenie folderu</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>update folder</source>
        <translation>aktualizacja folderu</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>remove folder</source>
        <translation>usuwanie folderu</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+11"/>
        <source>journal</source>
        <translation>dziennik operacji</translation>
    </message>
    <message>
        <location filename="../core/store/storeindexinserts.cpp" line="+77"/>
        <source>Mail index: bulk insert outside a transaction</source>
        <translation>Indeks poczty: wstawianie zbiorcze poza transakcją</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Mail index: %1</source>
        <translation>Indeks poczty: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+27"/>
        <source>Mail index: not an SQLite connection</source>
        <translation>Indeks poczty: to nie jest połączenie SQLite</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Mail index: create index: %1</source>
        <translation>Indeks poczty: tworzenie indeksu: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Mail index: insert message: %1</source>
        <translation>Indeks poczty: wstawianie wiadomości: %1</translation>
    </message>
    <message>
        <location filename="../core/store/storeindex.cpp" line="+43"/>
        <location line="+2"/>
        <source>delete message</source>
        <translation>usuwanie wiadomości</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <source>delete messages</source>
        <translation>usuwanie wielu wiadomości</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>set flags</source>
        <translation>ustawianie flag</translation>
    </message>
    <message>
        <location filename="../core/store/storeindexremote.cpp" line="+106"/>
        <source>update message</source>
        <translation>aktualizacja wiadomości</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>delete a folder</source>
        <translation>usuwanie folderu</translation>
    </message>
    <message>
        <location filename="../core/store/storeindex.cpp" line="+18"/>
        <source>relocate message</source>
        <translation>przenoszenie wiadomości</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>read folder</source>
        <translation>odczyt folderu</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>list folder</source>
        <translation>odczyt listy wiadomości w folderze</translation>
    </message>
    <message>
        <location filename="../core/store/storeindexremote.cpp" line="-51"/>
        <source>save folder state</source>
        <translation>zapisywanie stanu folderu</translation>
    </message>
</context>
<context>
    <name>Pigeon::Sync::AccountRuntime</name>
    <message>
        <location filename="../core/sync/accountruntime.cpp" line="+184"/>
        <location line="+24"/>
        <source>%1: Pigeon is working offline.</source>
        <translation>%1: Pigeon pracuje w trybie offline.</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+163"/>
        <location line="+17"/>
        <source>The download was cancelled.</source>
        <translation>Pobieranie zostało anulowane.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Waiting for the check of %1 to finish</source>
        <translation>Oczekiwanie na zakończenie sprawdzania konta %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading the password from the keychain</source>
        <translation>Odczytywanie hasła z pęku kluczy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The check was cancelled.</source>
        <translation>Sprawdzanie zostało anulowane.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No password is stored for %1.</source>
        <translation>Dla %1 nie zapisano hasła.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Sync::AccountWorker</name>
    <message>
        <location filename="../core/sync/accountworker.cpp" line="+34"/>
        <source>CRAM-MD5 is not supported for POP3; choose another login method.</source>
        <translation>CRAM-MD5 nie jest obsługiwany w POP3; wybierz inną metodę logowania.</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>count messages</source>
        <translation>liczenie wiadomości</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../core/sync/accountworkerfolders.cpp" line="+238"/>
        <source>list messages</source>
        <translation>wyświetlanie listy wiadomości</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>This part is not in the message.</source>
        <translation>Tej części nie ma w wiadomości.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This attachment is not available offline: it has not been downloaded yet, and Pigeon is working offline.</source>
        <translation>Ten załącznik nie jest dostępny offline: nie został jeszcze pobrany, a Pigeon pracuje w trybie offline.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This attachment is not available offline: it has not been downloaded yet, and the server cannot be reached (%1).</source>
        <translation>Ten załącznik nie jest dostępny offline: nie został jeszcze pobrany, a nie można połączyć się z serwerem (%1).</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The message is no longer in the store.</source>
        <translation>Wiadomości nie ma już w magazynie.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>A check is already running.</source>
        <translation>Sprawdzanie poczty już trwa.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Downloading message %L1 of %L2</source>
        <translation>Pobieranie wiadomości %L1 z %L2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Connecting to %1</source>
        <translation>Łączenie z %1</translation>
    </message>
    <message>
        <location filename="../core/sync/accountworkerfolders.cpp" line="-178"/>
        <source>%1: there is no such folder.</source>
        <translation>%1: nie ma takiego folderu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: it is a special folder, which keeps its name and place.</source>
        <translation>%1: to folder specjalny, którego nazwa i położenie nie mogą się zmieniać.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: it holds the special folder “%2”.</source>
        <translation>%1: zawiera folder specjalny „%2”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: folders on the server can only be changed while Pigeon is online.</source>
        <translation>%1: foldery na serwerze można zmieniać tylko wtedy, gdy Pigeon pracuje w trybie online.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: “%2” cannot be a folder name (it must not be empty, start or end with a space%3).</source>
        <translation>%1: „%2” nie może być nazwą folderu (nazwa nie może być pusta, zaczynać się ani kończyć spacją%3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, start with a dot or contain “/”</source>
        <translation>, zaczynać się od kropki ani zawierać znaku „/”</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The folder “%1” cannot be created</source>
        <translation>Nie można utworzyć folderu „%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: its parent folder is gone.</source>
        <translation>%1: jego folder nadrzędny już nie istnieje.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: it already exists.</source>
        <translation>%1: taki folder już istnieje.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The folder “%1” cannot be renamed</source>
        <translation>Nie można zmienić nazwy folderu „%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The folder “%1” cannot be moved</source>
        <translation>Nie można przenieść folderu „%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>%1: a folder cannot go inside itself.</source>
        <translation>%1: folderu nie można umieścić w nim samym.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: “%2” already exists.</source>
        <translation>%1: „%2” już istnieje.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The folder “%1” cannot be deleted</source>
        <translation>Nie można usunąć folderu „%1”</translation>
    </message>
    <message>
        <location filename="../core/sync/accountworkerimap.cpp" line="+123"/>
        <source>This message is not available offline: it has not been downloaded yet, and Pigeon is working offline.</source>
        <translation>Ta wiadomość nie jest dostępna offline: nie została jeszcze pobrana, a Pigeon pracuje w trybie offline.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This message is not available offline: it has not been downloaded yet, and %1 cannot be reached.</source>
        <translation>Ta wiadomość nie jest dostępna offline: nie została jeszcze pobrana, a nie można połączyć się z %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server cannot be searched while offline.</source>
        <translation>Nie można przeszukiwać serwera w trybie offline.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The search was cancelled.</source>
        <translation>Wyszukiwanie zostało anulowane.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Sync::ChangeReplayer</name>
    <message>
        <location filename="../core/sync/changereplayer.cpp" line="+113"/>
        <source>Unknown offline change %1.</source>
        <translation>Nieznana zmiana offline %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n message(s) could not be moved to %1: the folder no longer exists. They stay where they were on the server.</source>
        <translation>
            <numerusform>Nie udało się przenieść %n wiadomości do %1: folder już nie istnieje. Pozostaje ona tam, gdzie była na serwerze.</numerusform>
            <numerusform>Nie udało się przenieść %n wiadomości do %1: folder już nie istnieje. Pozostają one tam, gdzie były na serwerze.</numerusform>
            <numerusform>Nie udało się przenieść %n wiadomości do %1: folder już nie istnieje. Pozostają one tam, gdzie były na serwerze.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) could not be copied to %1: the folder no longer exists.</source>
        <translation>
            <numerusform>Nie udało się skopiować %n wiadomości do %1: folder już nie istnieje.</numerusform>
            <numerusform>Nie udało się skopiować %n wiadomości do %1: folder już nie istnieje.</numerusform>
            <numerusform>Nie udało się skopiować %n wiadomości do %1: folder już nie istnieje.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The folder %1 had been deleted on the server; it was created again for the messages put there while offline.</source>
        <translation>Folder %1 został usunięty na serwerze; utworzono go ponownie dla wiadomości umieszczonych w nim w trybie offline.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>A change made offline was refused by the server %1 times and has been dropped: %2</source>
        <translation>Serwer odrzucił zmianę wprowadzoną offline (liczba odrzuceń: %1), dlatego została ona porzucona: %2</translation>
    </message>
</context>
<context>
    <name>Pigeon::Sync::FolderSync</name>
    <message>
        <location filename="../core/sync/foldersync.cpp" line="+102"/>
        <source>The server did not say the UIDVALIDITY of %1.</source>
        <translation>Serwer nie podał wartości UIDVALIDITY dla %1.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Sync::IdleWatcher</name>
    <message>
        <location filename="../core/sync/idlewatcher.cpp" line="+140"/>
        <source>The IMAP server closed the connection.</source>
        <translation>Serwer IMAP zamknął połączenie.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Watching the folder ended.</source>
        <translation>Obserwowanie folderu zostało zakończone.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Sync::ImapSync</name>
    <message>
        <location filename="../core/sync/imapsync.cpp" line="+36"/>
        <source>This login method is not supported for IMAP; choose Automatic, PLAIN or LOGIN.</source>
        <translation>Ta metoda logowania nie jest obsługiwana w IMAP; wybierz Automatycznie, PLAIN lub LOGIN.</translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+56"/>
        <source>Working offline.</source>
        <translation>Praca w trybie offline.</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>The connection to the IMAP server was closed.</source>
        <translation>Połączenie z serwerem IMAP zostało zamknięte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Updating the folder list</source>
        <translation>Aktualizowanie listy folderów</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+158"/>
        <source>Updating %1</source>
        <translation>Aktualizowanie %1</translation>
    </message>
    <message>
        <location line="-128"/>
        <location filename="../core/sync/imapsyncchanges.cpp" line="+86"/>
        <location filename="../core/sync/imapsyncmailboxes.cpp" line="+320"/>
        <location line="+66"/>
        <location line="+13"/>
        <location filename="../core/sync/imapsyncsearch.cpp" line="+29"/>
        <source>There is no folder %1 on the server.</source>
        <translation>Na serwerze nie ma folderu %1.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Downloading a message</source>
        <translation>Pobieranie wiadomości</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The message is no longer in the folder.</source>
        <translation>Wiadomości nie ma już w folderze.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message is not from this IMAP account.</source>
        <translation>Wiadomość nie pochodzi z tego konta IMAP.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../core/sync/imapsyncparts.cpp" line="+97"/>
        <location line="+25"/>
        <source>The message is no longer on the IMAP server.</source>
        <translation>Wiadomości nie ma już na serwerze IMAP.</translation>
    </message>
    <message>
        <location filename="../core/sync/imapsyncchanges.cpp" line="-29"/>
        <source>Changing flags</source>
        <translation>Zmienianie flag</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Moving messages</source>
        <translation>Przenoszenie wiadomości</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Deleting messages</source>
        <translation>Usuwanie wiadomości</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sending offline changes</source>
        <translation>Wysyłanie zmian wprowadzonych offline</translation>
    </message>
    <message>
        <location filename="../core/sync/imapsyncfolders.cpp" line="+55"/>
        <location filename="../core/sync/imapsyncsearch.cpp" line="+76"/>
        <source>read the IMAP cache</source>
        <translation>odczyt pamięci podręcznej IMAP</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>The folder %1 was deleted or renamed on the server; %n change(s) made offline to its messages could not be applied.</source>
        <translation>
            <numerusform>Folder %1 został usunięty na serwerze lub zmieniono jego nazwę; nie można zastosować %n zmiany wprowadzonej offline w jego wiadomościach.</numerusform>
            <numerusform>Folder %1 został usunięty na serwerze lub zmieniono jego nazwę; nie można zastosować %n zmian wprowadzonych offline w jego wiadomościach.</numerusform>
            <numerusform>Folder %1 został usunięty na serwerze lub zmieniono jego nazwę; nie można zastosować %n zmian wprowadzonych offline w jego wiadomościach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The folder %1 was deleted or renamed on the server; %n message(s) moved there while offline stay in the folder they were moved from.</source>
        <translation>
            <numerusform>Folder %1 został usunięty na serwerze lub zmieniono jego nazwę; %n wiadomość przeniesiona do niego w trybie offline pozostaje w folderze, z którego została przeniesiona.</numerusform>
            <numerusform>Folder %1 został usunięty na serwerze lub zmieniono jego nazwę; %n wiadomości przeniesione do niego w trybie offline pozostają w folderze, z którego zostały przeniesione.</numerusform>
            <numerusform>Folder %1 został usunięty na serwerze lub zmieniono jego nazwę; %n wiadomości przeniesionych do niego w trybie offline pozostaje w folderze, z którego zostały przeniesione.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The folder %1 was deleted or renamed on the server; %n message(s) copied there while offline were not copied.</source>
        <translation>
            <numerusform>Folder %1 został usunięty na serwerze lub zmieniono jego nazwę; nie skopiowano %n wiadomości, która miała zostać do niego skopiowana w trybie offline.</numerusform>
            <numerusform>Folder %1 został usunięty na serwerze lub zmieniono jego nazwę; nie skopiowano %n wiadomości, które miały zostać do niego skopiowane w trybie offline.</numerusform>
            <numerusform>Folder %1 został usunięty na serwerze lub zmieniono jego nazwę; nie skopiowano %n wiadomości, które miały zostać do niego skopiowane w trybie offline.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sync/imapsyncmailboxes.cpp" line="-292"/>
        <source>A folder name cannot contain “%1” on this server.</source>
        <translation>Na tym serwerze nazwa folderu nie może zawierać znaku „%1”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A folder name cannot contain “%” or “*”.</source>
        <translation>Nazwa folderu nie może zawierać znaków „%” ani „*”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This server has no subfolders.</source>
        <translation>Ten serwer nie obsługuje podfolderów.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Creating folder %1</source>
        <translation>Tworzenie folderu %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder “%1” cannot be created</source>
        <translation>Nie można utworzyć folderu „%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: it already exists.</source>
        <translation>%1: taki folder już istnieje.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>update queued changes</source>
        <translation>aktualizacja zmian oczekujących w kolejce</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Renaming folder %1</source>
        <translation>Zmiana nazwy folderu %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder “%1” cannot be renamed</source>
        <translation>Nie można zmienić nazwy folderu „%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: it is not on the server.</source>
        <translation>%1: folderu nie ma na serwerze.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: a folder cannot go inside itself.</source>
        <translation>%1: folderu nie można umieścić w nim samym.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: “%2” already exists.</source>
        <translation>%1: „%2” już istnieje.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Deleting folder %1</source>
        <translation>Usuwanie folderu %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The folder “%1” cannot be deleted</source>
        <translation>Nie można usunąć folderu „%1”</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+5"/>
        <source>Copying messages</source>
        <translation>Kopiowanie wiadomości</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The messages cannot be copied to “%1”</source>
        <translation>Nie można skopiować wiadomości do folderu „%1”</translation>
    </message>
    <message>
        <location filename="../core/sync/imapsyncparts.cpp" line="-84"/>
        <source>Opening a message</source>
        <translation>Otwieranie wiadomości</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Downloading an attachment</source>
        <translation>Pobieranie załącznika</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Downloading parts of a message</source>
        <translation>Pobieranie części wiadomości</translation>
    </message>
    <message>
        <location filename="../core/sync/imapsyncsearch.cpp" line="-81"/>
        <source>Searching %1 on the server</source>
        <translation>Przeszukiwanie folderu %1 na serwerze</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+27"/>
        <location line="+63"/>
        <source>The search was cancelled.</source>
        <translation>Wyszukiwanie zostało anulowane.</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>The server did not say the UIDVALIDITY of %1.</source>
        <translation>Serwer nie podał wartości UIDVALIDITY folderu %1.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Sync::PartialMessage</name>
    <message>
        <location filename="../core/sync/partialmessage.cpp" line="+144"/>
        <source>This message has not been downloaded yet.</source>
        <translation>Ta wiadomość nie została jeszcze pobrana.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Sync::Pop3Fetcher</name>
    <message>
        <location filename="../core/sync/pop3fetcher.cpp" line="+100"/>
        <source>Cannot read the message index</source>
        <translation>Nie można odczytać indeksu wiadomości</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The server no longer identifies messages (UIDL). Nothing was downloaded, so that no message is downloaded twice.</source>
        <translation>Serwer przestał identyfikować wiadomości (UIDL). Nic nie zostało pobrane, aby żadna wiadomość nie została pobrana dwukrotnie.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The rest of the message cannot be downloaded: the server no longer has it.</source>
        <translation>Nie można pobrać reszty wiadomości: serwer już jej nie ma.</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>The mail check was cancelled.</source>
        <translation>Sprawdzanie poczty zostało anulowane.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Sync::Pop3Ledger</name>
    <message>
        <location filename="../core/sync/pop3ledger.cpp" line="+43"/>
        <source>Cannot open the POP3 download record %1: %2</source>
        <translation>Nie można otworzyć rejestru pobrań POP3 %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot set up the POP3 download record</source>
        <translation>Nie można przygotować rejestru pobrań POP3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read the POP3 download record</source>
        <translation>Nie można odczytać rejestru pobrań POP3</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <location line="+6"/>
        <location line="+10"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>Cannot write the POP3 download record</source>
        <translation>Nie można zapisać rejestru pobrań POP3</translation>
    </message>
</context>
<context>
    <name>Pigeon::Sync::Task</name>
    <message>
        <location filename="../core/sync/task.cpp" line="+40"/>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::AccessNotes</name>
    <message>
        <location filename="../ui/wizard/accessnotes.cpp" line="+14"/>
        <source>%1 requires an app password: create one in your %1 account&apos;s security settings and enter it here instead of your usual password.</source>
        <translation>%1 wymaga hasła do aplikacji: utwórz je w ustawieniach zabezpieczeń konta %1 i wpisz je tutaj zamiast zwykłego hasła.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access for mail programs (IMAP) must first be switched on in the web settings of %1.</source>
        <translation>Dostęp dla programów pocztowych (IMAP) trzeba najpierw włączyć w ustawieniach konta na stronie %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>POP3 access must first be switched on in the web settings of %1.</source>
        <translation>Dostęp POP3 trzeba najpierw włączyć w ustawieniach konta na stronie %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 no longer accepts passwords from mail programs: it only allows signing in through its own web page (OAuth2), which Pigeon does not support yet. Pigeon cannot set up this account for now; your password was not sent.</source>
        <translation>%1 nie akceptuje już haseł z programów pocztowych: pozwala logować się tylko przez własną stronę internetową (OAuth2), czego Pigeon jeszcze nie obsługuje. Na razie Pigeon nie może skonfigurować tego konta; hasło nie zostało wysłane.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open the %1 settings page</source>
        <translation>Otwórz stronę ustawień %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the password. Check these first:</source>
        <translation>%1 odrzucił hasło. Najpierw sprawdź te elementy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before you continue, %1 asks for this:</source>
        <translation>Zanim przejdziesz dalej, %1 prosi o to:</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::AccountSettingsDialog</name>
    <message>
        <location filename="../ui/settings/accountsettingsdialog.cpp" line="+30"/>
        <source>Account settings – %1</source>
        <translation>Ustawienia konta – %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;You</source>
        <translation>Twoje &amp;dane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Servers</source>
        <translation>&amp;Serwery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Downloads</source>
        <translation>&amp;Pobieranie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Advanced</source>
        <translation>&amp;Zaawansowane</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Automatic: only beyond the local network</source>
        <translation>Automatycznie: tylko poza siecią lokalną</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always, when the server offers it</source>
        <translation>Zawsze, gdy serwer ją obsługuje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Nigdy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compression saves traffic on slow connections but costs time on a fast local network, where the server is often quicker uncompressed.</source>
        <translation>Kompresja zmniejsza ilość przesyłanych danych przy wolnych połączeniach, ale w szybkiej sieci lokalnej spowalnia pracę — tam serwer często działa szybciej bez kompresji.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IMAP &amp;compression:</source>
        <translation>&amp;Kompresja IMAP:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The settings could not be saved: %1</source>
        <translation>Nie udało się zapisać ustawień: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The settings were saved, but the keychain failed: %1</source>
        <translation>Ustawienia zostały zapisane, ale wystąpił błąd pęku kluczy: %1</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::AccountWizard</name>
    <message>
        <location filename="../ui/wizard/accountwizard.cpp" line="+29"/>
        <source>Add a mail account</source>
        <translation>Dodaj konto pocztowe</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The account could not be saved: %1</source>
        <translation>Nie udało się zapisać konta: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The account was added, but the keychain did not keep the password (%1). Pigeon will ask for it when it connects.</source>
        <translation>Konto zostało dodane, ale pęk kluczy nie zachował hasła (%1). Pigeon poprosi o nie przy łączeniu się z serwerem.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::AttachmentList</name>
    <message>
        <location filename="../ui/reader/attachmentlist.cpp" line="+26"/>
        <source>Open program?</source>
        <translation>Otworzyć program?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is a program or script. Opening it can run code on your computer. Open it anyway?</source>
        <translation>„%1” to program lub skrypt. Otwarcie go może uruchomić kod na tym komputerze. Czy mimo to chcesz go otworzyć?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save Attachment</source>
        <translation>Zapisz załącznik</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Attachment</source>
        <translation>Załącznik</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As…</source>
        <translation>Zapisz jako…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>(%1, not downloaded)</source>
        <translation>(%1, nie pobrano)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not downloaded)</source>
        <translation>(nie pobrano)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name given by the sender: %1</source>
        <translation>Nazwa nadana przez nadawcę: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a program or script.</source>
        <translation>To jest program lub skrypt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not downloaded yet: opening or saving it downloads it.</source>
        <translation>Nie został jeszcze pobrany: zostanie pobrany po otwarciu lub zapisaniu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This attachment has not been downloaded.</source>
        <translation>Ten załącznik nie został pobrany.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot write %1</source>
        <translation>Nie można zapisać %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+30"/>
        <source>No such attachment</source>
        <translation>Nie ma takiego załącznika</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Not opened</source>
        <translation>Nie otwarto</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No application could open %1</source>
        <translation>Żaden program nie mógł otworzyć %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::CertificatePanel</name>
    <message>
        <location filename="../ui/wizard/certificatepanel.cpp" line="+38"/>
        <source>Server:</source>
        <translation>Serwer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued to:</source>
        <translation>Wystawiony dla:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names:</source>
        <translation>Nazwy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by:</source>
        <translation>Wystawiony przez:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>itself (self-signed)</source>
        <translation>siebie samego (certyfikat samopodpisany)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid:</source>
        <translation>Ważny:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 to %2</source>
        <translation>od %1 do %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Trust this certificate for %1</source>
        <translation>&amp;Ufaj temu certyfikatowi dla %1</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::ConnectionErrorText</name>
    <message>
        <location filename="../ui/wizard/connectionerrortext.cpp" line="+26"/>
        <source>The server %1 refused the user name or password. Check both; the server said: “%2”</source>
        <translation>Serwer %1 odrzucił nazwę użytkownika lub hasło. Sprawdź oba te ustawienia; odpowiedź serwera: „%2”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server name %1 was not found. Check its spelling and your internet connection.</source>
        <translation>Nie znaleziono serwera o nazwie %1. Sprawdź pisownię nazwy i połączenie z internetem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the connection on port %2. The port or the security setting is probably wrong.</source>
        <translation>%1 odrzucił połączenie na porcie %2. Prawdopodobnie port lub ustawienie zabezpieczeń jest nieprawidłowe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not answer on port %2 in time. The server may be down, or a firewall blocks the port.</source>
        <translation>%1 nie odpowiedział na porcie %2 w wyznaczonym czasie. Serwer może być niedostępny albo port jest blokowany przez zaporę sieciową.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate of %1 could not be verified, so the connection may not be private. Look at the certificate below and trust it only if you know it is right.</source>
        <translation>Nie udało się zweryfikować certyfikatu %1, więc połączenie może nie być poufne. Obejrzyj poniższy certyfikat i zaufaj mu tylko wtedy, gdy masz pewność, że jest prawidłowy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not support the chosen security (STARTTLS) on port %2. Choose SSL/TLS on its own port, or ask your provider.</source>
        <translation>%1 nie obsługuje wybranego zabezpieczenia (STARTTLS) na porcie %2. Wybierz SSL/TLS na przeznaczonym dla niego porcie lub skontaktuj się z dostawcą.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A secure connection to %1 on port %2 could not be made: %3. The server may expect another security setting on this port.</source>
        <translation>Nie udało się nawiązać bezpiecznego połączenia z %1 na porcie %2: %3. Serwer może oczekiwać innego ustawienia zabezpieczeń na tym porcie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 would receive your password unencrypted. Choose STARTTLS or SSL/TLS, or allow sending the password unencrypted in the manual settings.</source>
        <translation>%1 otrzymałby hasło w postaci niezaszyfrowanej. Wybierz STARTTLS lub SSL/TLS albo zezwól na wysyłanie niezaszyfrowanego hasła w ustawieniach ręcznych.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 did not answer like a %2 server: %3. Check the port and the server type.</source>
        <translation>%1 nie odpowiedział jak serwer %2: %3. Sprawdź port i typ serwera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The test was stopped.</source>
        <translation>Test został zatrzymany.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to %1 failed: %2</source>
        <translation>Nie udało się połączyć z %1: %2</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::ConnectionTestPage</name>
    <message>
        <location filename="../ui/wizard/connectiontestpage.cpp" line="+22"/>
        <source>Connection test</source>
        <translation>Test połączenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pigeon logs in to both servers once to check the settings and the password.</source>
        <translation>Pigeon loguje się raz do obu serwerów, aby sprawdzić ustawienia i hasło.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Incoming server:</source>
        <translation>Serwer poczty przychodzącej:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outgoing server:</source>
        <translation>Serwer poczty wychodzącej:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Test &amp;again</source>
        <translation>Testuj &amp;ponownie</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>testing…</source>
        <translation>testowanie…</translation>
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
        <translation>bez szyfrowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK: %1 accepted the login (%2, port %3).</source>
        <translation>OK: %1 zaakceptował logowanie (%2, port %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed: %1</source>
        <translation>Błąd: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Both servers work. Press Finish to add the account.</source>
        <translation>Oba serwery działają. Kliknij Zakończ, aby dodać konto.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Go back to correct the settings, or test again.</source>
        <translation>Wróć, aby poprawić ustawienia, lub przeprowadź test ponownie.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::DetectionPage</name>
    <message>
        <location filename="../ui/wizard/detectionpage.cpp" line="+23"/>
        <source>Finding settings</source>
        <translation>Wyszukiwanie ustawień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pigeon asks several sources at once; the first complete answer that checks out wins.</source>
        <translation>Pigeon odpytuje jednocześnie kilka źródeł; wybierana jest pierwsza kompletna odpowiedź, która przejdzie weryfikację.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+77"/>
        <source>not asked</source>
        <translation>nie sprawdzono</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>&amp;Stop and enter the settings by hand</source>
        <translation>&amp;Zatrzymaj i wprowadź ustawienia ręcznie</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Pigeon&apos;s list of providers</source>
        <translation>Lista dostawców programu Pigeon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain&apos;s settings file (HTTPS)</source>
        <translation>Plik ustawień domeny (HTTPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS service records</source>
        <translation>Rekordy usług DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain&apos;s mail exchanger</source>
        <translation>Serwer wymiany poczty (MX) domeny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The usual server names</source>
        <translation>Typowe nazwy serwerów</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>searching…</source>
        <translation>wyszukiwanie…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>found settings</source>
        <translation>znaleziono ustawienia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nothing found (%1)</source>
        <translation>nic nie znaleziono (%1)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not needed: settings already found</source>
        <translation>niepotrzebne: ustawienia zostały już znalezione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>zatrzymano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer in time</source>
        <translation>brak odpowiedzi w wyznaczonym czasie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped. Enter the settings by hand on the next pages.</source>
        <translation>Zatrzymano. Wprowadź ustawienia ręcznie na następnych stronach.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>found settings; Pigeon uses these</source>
        <translation>znaleziono ustawienia; Pigeon użyje tych</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>These settings could not be checked yet. Look at them on the next pages; the connection test will tell whether they work.</source>
        <translation>Tych ustawień nie udało się jeszcze sprawdzić. Przejrzyj je na następnych stronach; test połączenia pokaże, czy działają.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::FolderActions</name>
    <message>
        <location filename="../ui/folderactions.cpp" line="+66"/>
        <source>New &amp;Subfolder…</source>
        <translation>Nowy po&amp;dfolder…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename Folder…</source>
        <translation>Zmień &amp;nazwę folderu…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete Folder…</source>
        <translation>&amp;Usuń folder…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>New Subfolder</source>
        <translation>Nowy podfolder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Folder</source>
        <translation>Nowy folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new folder in “%1”:</source>
        <translation>Nazwa nowego folderu w „%1”:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new folder in %1:</source>
        <translation>Nazwa nowego folderu w %1:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rename Folder</source>
        <translation>Zmiana nazwy folderu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name of the folder “%1”:</source>
        <translation>Nowa nazwa folderu „%1”:</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Delete the folder “%1” and its %n subfolder(s)?</source>
        <translation>
            <numerusform>Usunąć folder „%1” i jego %n podfolder?</numerusform>
            <numerusform>Usunąć folder „%1” i jego %n podfoldery?</numerusform>
            <numerusform>Usunąć folder „%1” i jego %n podfolderów?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the folder “%1”?</source>
        <translation>Usunąć folder „%1”?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n message(s) will be deleted from the server for good. This cannot be undone.</source>
        <translation>
            <numerusform>%n wiadomość zostanie trwale usunięta z serwera. Tej operacji nie można cofnąć.</numerusform>
            <numerusform>%n wiadomości zostaną trwale usunięte z serwera. Tej operacji nie można cofnąć.</numerusform>
            <numerusform>%n wiadomości zostanie trwale usuniętych z serwera. Tej operacji nie można cofnąć.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) will be moved to the Trash.</source>
        <translation>
            <numerusform>%n wiadomość zostanie przeniesiona do Kosza.</numerusform>
            <numerusform>%n wiadomości zostaną przeniesione do Kosza.</numerusform>
            <numerusform>%n wiadomości zostanie przeniesionych do Kosza.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Folder</source>
        <translation>Usuwanie folderu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::FolderDelegate</name>
    <message>
        <location filename="../ui/folderdelegate.cpp" line="+52"/>
        <source>Trash</source>
        <translation>Kosz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drafts</source>
        <translation>Szkice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Junk</source>
        <translation>Niechciane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive</source>
        <translation>Archiwum</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::FolderView</name>
    <message>
        <location filename="../ui/folderview.cpp" line="+15"/>
        <source>Folders</source>
        <translation>Foldery</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::HeaderView</name>
    <message>
        <location filename="../ui/reader/headerview.cpp" line="+50"/>
        <source>Cc:</source>
        <translation>Kopia:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>From:</source>
        <translation>Od:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Do:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>Temat:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show all headers</source>
        <translation>Pokaż wszystkie nagłówki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View source</source>
        <translation>Pokaż źródło</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(no subject)</source>
        <translation>(bez tematu)</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::IdentityPage</name>
    <message>
        <location filename="../ui/wizard/identitypage.cpp" line="+18"/>
        <source>You</source>
        <translation>Twoje dane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name as others see it, your e-mail address and its password. Pigeon finds the server settings from the address.</source>
        <translation>Imię i nazwisko widoczne dla innych, adres e-mail i hasło do niego. Pigeon ustali ustawienia serwera na podstawie adresu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Anna Kowalska</source>
        <translation>np. Anna Kowalska</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name@example.org</source>
        <translation>nazwa@example.org</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Remember the password in the keychain</source>
        <translation>&amp;Zapamiętaj hasło w pęku kluczy</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your &amp;name:</source>
        <translation>Imię i &amp;nazwisko:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail address:</source>
        <translation>Adres &amp;e-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter your e-mail address.</source>
        <translation>Wpisz adres e-mail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An e-mail address looks like name@example.org.</source>
        <translation>Adres e-mail wygląda tak: nazwa@example.org.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The part after @ must be a domain such as example.org.</source>
        <translation>Część po znaku @ musi być domeną, np. example.org.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An e-mail address cannot contain spaces, commas or angle brackets.</source>
        <translation>Adres e-mail nie może zawierać spacji, przecinków ani nawiasów ostrych.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the name others should see.</source>
        <translation>Wpisz imię i nazwisko, które mają widzieć inni.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pigeon already has an account for this address. Adding it again fetches the same mail twice.</source>
        <translation>Pigeon ma już konto dla tego adresu. Ponowne dodanie go spowoduje dwukrotne pobieranie tej samej poczty.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the password of this address.</source>
        <translation>Wpisz hasło do tego adresu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unchanged</source>
        <translation>bez zmian</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::MailActions</name>
    <message>
        <location filename="../ui/mailactions.cpp" line="+32"/>
        <source>&amp;Get All New Messages</source>
        <translation>&amp;Pobierz wszystkie nowe wiadomości</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get New Messages for &amp;Account</source>
        <translation>Pobierz nowe wiadomości z &amp;konta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop All Tasks</source>
        <translation>Zatrzymaj &amp;wszystkie zadania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Work Offline</source>
        <translation>Pracuj w trybie &amp;offline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as &amp;Read</source>
        <translation>Oznacz jako &amp;przeczytane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as &amp;Unread</source>
        <translation>Oznacz jako &amp;nieprzeczytane</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Toggle Read</source>
        <translation>Przełącz stan p&amp;rzeczytania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Star</source>
        <translation>Oznacz &amp;gwiazdką</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Unread Message</source>
        <translation>Nas&amp;tępna nieprzeczytana wiadomość</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search Messages</source>
        <translation>&amp;Szukaj w wiadomościach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download &amp;Complete Message</source>
        <translation>Pobierz &amp;całą wiadomość</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Folder…</source>
        <translation>Nowy &amp;folder…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Threads</source>
        <translation>&amp;Wątki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefer &amp;HTML to Plain Text</source>
        <translation>Preferuj &amp;HTML zamiast zwykłego tekstu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the HTML version of messages that also come as plain text. Remote content stays blocked until you load it.</source>
        <translation>Pokazuj wersję HTML wiadomości, które mają też wersję tekstową. Treści zdalne pozostają zablokowane, dopóki ich nie wczytasz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Move To</source>
        <translation>Przenieś &amp;do</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy To</source>
        <translation>&amp;Kopiuj do</translation>
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
        <translation>Nie skonfigurowano jeszcze żadnego konta.</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Messages can only be moved between folders of the same account for now.</source>
        <translation>Na razie wiadomości można przenosić tylko między folderami tego samego konta.</translation>
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
            <numerusform>%1: %n nowa wiadomość</numerusform>
            <numerusform>%1: %n nowe wiadomości</numerusform>
            <numerusform>%1: %n nowych wiadomości</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search failed: %1</source>
        <translation>Wyszukiwanie nie powiodło się: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is back online.</source>
        <translation>Konto %1 jest znów online.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be reached; working offline for it.</source>
        <translation>Nie można połączyć się z serwerem konta %1; to konto pracuje teraz w trybie offline.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The message list could not be read: %1</source>
        <translation>Nie udało się odczytać listy wiadomości: %1</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+53"/>
        <source>&amp;Add Account…</source>
        <translation>&amp;Dodaj konto…</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Message</source>
        <translation>Wiado&amp;mość</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Accounts</source>
        <translation>&amp;Konta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account &amp;Settings…</source>
        <translation>&amp;Ustawienia konta…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Pigeon</source>
        <translation>&amp;O programie Pigeon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No unread messages in this folder.</source>
        <translation>W tym folderze nie ma nieprzeczytanych wiadomości.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Main</source>
        <translation>Pasek główny</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Search messages</source>
        <translation>Szukaj w wiadomościach</translation>
    </message>
    <message>
        <location line="+74"/>
        <location filename="../ui/mainwindowsearch.cpp" line="+26"/>
        <source>%1 is offline</source>
        <translation>%1 w trybie offline</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n account(s) offline</source>
        <translation>
            <numerusform>%n konto offline</numerusform>
            <numerusform>%n konta offline</numerusform>
            <numerusform>%n kont offline</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server of %1 cannot be reached. Pigeon tries again by itself; what you change meanwhile is kept and sent when it is back. Click to work offline.</source>
        <translation>Nie można połączyć się z serwerem konta %1. Pigeon samodzielnie ponawia próby; zmiany wprowadzone w tym czasie są zachowywane i zostaną wysłane po przywróceniu połączenia. Kliknij, aby pracować w trybie offline.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pigeon checks for mail. Click to work offline.</source>
        <translation>Pigeon sprawdza pocztę. Kliknij, aby pracować w trybie offline.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Pigeon is working offline: no connections are made. Click to go online.</source>
        <translation>Pigeon pracuje w trybie offline: żadne połączenia nie są nawiązywane. Kliknij, aby przejść do trybu online.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%Ln account(s)</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%Ln konto</numerusform>
            <numerusform>%Ln konta</numerusform>
            <numerusform>%Ln kont</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%Ln message(s) found</source>
        <translation>
            <numerusform>Znaleziono %Ln wiadomość</numerusform>
            <numerusform>Znaleziono %Ln wiadomości</numerusform>
            <numerusform>Znaleziono %Ln wiadomości</numerusform>
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
            <numerusform>%Ln wiadomość</numerusform>
            <numerusform>%Ln wiadomości</numerusform>
            <numerusform>%Ln wiadomości</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln unread</source>
        <translation>
            <numerusform>%Ln nieprzeczytana</numerusform>
            <numerusform>%Ln nieprzeczytane</numerusform>
            <numerusform>%Ln nieprzeczytanych</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>About Pigeon</source>
        <translation>O programie Pigeon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pigeon %1</source>
        <translation>Pigeon %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A desktop mail client that works offline.</source>
        <translation>Klient poczty na komputer, który działa także bez połączenia z siecią.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pigeon is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or any later version. It comes with no warranty.</source>
        <translation>Pigeon jest wolnym oprogramowaniem: możesz go rozpowszechniać i/lub modyfikować na warunkach Powszechnej Licencji Publicznej GNU w wersji 3 lub dowolnej późniejszej. Program nie jest objęty żadną gwarancją.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="-27"/>
        <source>This message cannot be shown: %1</source>
        <translation>Nie można wyświetlić tej wiadomości: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The complete message could not be downloaded: %1</source>
        <translation>Nie udało się pobrać całej wiadomości: %1</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Delete Messages</source>
        <translation>Usuwanie wiadomości</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n message(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Trwale usunąć %n wiadomość? Tej operacji nie można cofnąć.</numerusform>
            <numerusform>Trwale usunąć %n wiadomości? Tej operacji nie można cofnąć.</numerusform>
            <numerusform>Trwale usunąć %n wiadomości? Tej operacji nie można cofnąć.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Only the messages of one account can be moved at a time; the others stay where they are.</source>
        <translation>Jednocześnie można przenosić wiadomości tylko z jednego konta; pozostałe zostają na swoim miejscu.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Searching…</source>
        <translation>Wyszukiwanie…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Pigeon is working offline: the complete message can be downloaded when you go online again.</source>
        <translation>Pigeon pracuje w trybie offline: całą wiadomość będzie można pobrać po ponownym przejściu do trybu online.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsearch.cpp" line="+4"/>
        <source>%1 cannot be reached</source>
        <translation>%1: brak połączenia</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the server of %1 answered: %2</source>
        <translation>serwer konta %1 odpowiedział: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Server results missing (%1): only the mail stored on this computer was searched.</source>
        <translation>Brak wyników z serwera (%1): przeszukano tylko pocztę zapisaną na tym komputerze.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Searching on the server…</source>
        <translation>Wyszukiwanie na serwerze…</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::MessageDelegate</name>
    <message>
        <location filename="../ui/messagedelegate.cpp" line="+73"/>
        <source>(no subject)</source>
        <translation>(bez tematu)</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::MessageListView</name>
    <message>
        <location filename="../ui/messagelistview.cpp" line="+20"/>
        <source>Messages</source>
        <translation>Wiadomości</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::MessageView</name>
    <message>
        <location filename="../ui/reader/messageview.cpp" line="+46"/>
        <source>Load remote content</source>
        <translation>Wczytaj zdalną zawartość</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Character encoding of this message</source>
        <translation>Kodowanie znaków tej wiadomości</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encoding:</source>
        <translation>Kodowanie:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pigeon is working offline: the remote content loads when you go online.</source>
        <translation>Pigeon pracuje offline: treści zdalne zostaną wczytane po przejściu do trybu online.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remote content was blocked to protect your privacy (%n item(s)).</source>
        <translation>
            <numerusform>Zdalna zawartość została zablokowana w celu ochrony prywatności (%n element).</numerusform>
            <numerusform>Zdalna zawartość została zablokowana w celu ochrony prywatności (%n elementy).</numerusform>
            <numerusform>Zdalna zawartość została zablokowana w celu ochrony prywatności (%n elementów).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always load from %1</source>
        <translation>Zawsze wczytuj od nadawcy %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Automatic</source>
        <translation>Automatycznie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cyrillic (KOI8-R)</source>
        <translation>Cyrylica (KOI8-R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Cyrylica (Windows-1251)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyrillic (ISO-8859-5)</source>
        <translation>Cyrylica (ISO-8859-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic/Persian (Windows-1256)</source>
        <translation>Arabski/perski (Windows-1256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central European (Windows-1250)</source>
        <translation>Środkowoeuropejskie (Windows-1250)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central European (ISO-8859-2)</source>
        <translation>Środkowoeuropejskie (ISO-8859-2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western (Windows-1252)</source>
        <translation>Zachodnie (Windows-1252)</translation>
    </message>
    <message>
        <location filename="../ui/reader/messagepreparer.cpp" line="+135"/>
        <source>Loading the message…</source>
        <translation>Wczytywanie wiadomości…</translation>
    </message>
    <message>
        <location filename="../ui/reader/messageview.cpp" line="+177"/>
        <source>Message Source</source>
        <translation>Źródło wiadomości</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::NoticeBar</name>
    <message>
        <location filename="../ui/noticebar.cpp" line="+37"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Hide this message</source>
        <translation>Ukryj ten komunikat</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::Pop3OptionsPage</name>
    <message>
        <location filename="../ui/wizard/pop3optionspage.cpp" line="+20"/>
        <source>Downloading with POP3</source>
        <translation>Pobieranie przez POP3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By default Pigeon removes messages from the server once they are safely on this computer.</source>
        <translation>Domyślnie Pigeon usuwa wiadomości z serwera, gdy zostaną bezpiecznie zapisane na tym komputerze.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Leave copies of messages on the server</source>
        <translation>&amp;Pozostawiaj kopie wiadomości na serwerze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep them on the server</source>
        <translation>&amp;Zachowuj je na serwerze bezterminowo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete them from the server after</source>
        <translation>&amp;Usuwaj je z serwera po</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days</source>
        <translation> dniach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days to keep messages on the server</source>
        <translation>Liczba dni przechowywania wiadomości na serwerze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete them from the server &amp;when I delete them here</source>
        <translation>Usuwaj je z serwera, &amp;gdy usunę je tutaj</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do not download messages &amp;larger than</source>
        <translation>Nie pobieraj wiadomości &amp;większych niż</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> KB</source>
        <translation> KB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size limit for automatic downloads in kilobytes</source>
        <translation>Limit rozmiaru automatycznie pobieranych wiadomości w kilobajtach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger messages wait on the server until you ask for them.</source>
        <translation>Większe wiadomości czekają na serwerze, dopóki ich nie zażądasz.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::ProtocolPage</name>
    <message>
        <location filename="../ui/wizard/protocolpage.cpp" line="+14"/>
        <source>How should Pigeon get your mail?</source>
        <translation>W jaki sposób Pigeon ma odbierać Twoją pocztę?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your provider offers both ways. You can change this later only by setting up the account again.</source>
        <translation>Twój dostawca oferuje oba sposoby. Późniejsza zmiana będzie możliwa tylko przez ponowne skonfigurowanie konta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;IMAP: keep mail on the server</source>
        <translation>&amp;IMAP: poczta pozostaje na serwerze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your mail stays on the server and in sync across your phone and computers, with your folders and server search. Pigeon downloads only the headers until you open a message.</source>
        <translation>Poczta pozostaje na serwerze i jest synchronizowana między telefonem a komputerami, razem z folderami i wyszukiwaniem na serwerze. Pigeon pobiera tylko nagłówki, dopóki nie otworzysz wiadomości.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;POP3: download mail to this computer</source>
        <translation>&amp;POP3: poczta jest pobierana na ten komputer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pigeon downloads your mail to this computer and, unless you choose otherwise, removes it from the server. Best for one computer, little space on the server, or privacy.</source>
        <translation>Pigeon pobiera pocztę na ten komputer i, o ile nie wybierzesz inaczej, usuwa ją z serwera. Najlepsze rozwiązanie przy jednym komputerze, małej ilości miejsca na serwerze lub dla ochrony prywatności.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::ReadingPane</name>
    <message>
        <location filename="../ui/readingpane.cpp" line="+161"/>
        <source>Only the beginning of this message has been downloaded.</source>
        <translation>Pobrano tylko początek tej wiadomości.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Download the Rest</source>
        <translation>Pobierz resztę</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Downloading the complete message…</source>
        <translation>Pobieranie całej wiadomości…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No message selected</source>
        <translation>Nie wybrano wiadomości</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+15"/>
        <source>Loading the message…</source>
        <translation>Wczytywanie wiadomości…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Download Complete Message</source>
        <translation>Pobierz całą wiadomość</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The HTML version of this message has not been downloaded yet: its plain text is shown.</source>
        <translation>Wersja HTML tej wiadomości nie została jeszcze pobrana: wyświetlany jest zwykły tekst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plain text version of this message has not been downloaded yet: its HTML version is shown.</source>
        <translation>Wersja tekstowa tej wiadomości nie została jeszcze pobrana: wyświetlana jest wersja HTML.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The text of this message has not been downloaded yet.</source>
        <translation>Tekst tej wiadomości nie został jeszcze pobrany.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This message was only partly downloaded: its text stops after %1 of %2.</source>
        <translation>Ta wiadomość została pobrana tylko częściowo: jej tekst kończy się po %1 z %2.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>This message cannot be shown: %1</source>
        <translation>Nie można wyświetlić tej wiadomości: %1</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::ReviewPage</name>
    <message>
        <location filename="../ui/wizard/reviewpage.cpp" line="+17"/>
        <source>Review</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These are the settings Pigeon will test next.</source>
        <translation>Oto ustawienia, które Pigeon za chwilę przetestuje.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Change these settings by hand</source>
        <translation>&amp;Zmień te ustawienia ręcznie</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name:</source>
        <translation>Imię i nazwisko:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming (%1):</source>
        <translation>Przychodzące (%1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing (SMTP):</source>
        <translation>Wychodzące (SMTP):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>removed from the server after downloading</source>
        <translation>usuwane z serwera po pobraniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copies stay on the server</source>
        <translation>kopie pozostają na serwerze</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>copies stay on the server for %n day(s)</source>
        <translation>
            <numerusform>kopie pozostają na serwerze przez %n dzień</numerusform>
            <numerusform>kopie pozostają na serwerze przez %n dni</numerusform>
            <numerusform>kopie pozostają na serwerze przez %n dni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>copies stay on the server until you delete them here</source>
        <translation>kopie pozostają na serwerze, dopóki nie usuniesz ich tutaj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Messages:</source>
        <translation>Wiadomości:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kept in the system keychain</source>
        <translation>przechowywane w systemowym pęku kluczy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not remembered: kept only until Pigeon quits; enter it again in the account settings next time</source>
        <translation>niezapamiętane: przechowywane tylko do zamknięcia programu Pigeon; następnym razem wpisz je ponownie w ustawieniach konta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You entered these settings by hand.</source>
        <translation>Te ustawienia zostały wprowadzone ręcznie.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::SearchResultModel</name>
    <message>
        <location filename="../ui/searchresultmodel.cpp" line="+112"/>
        <source>In folder %1</source>
        <translation>W folderze %1</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::ServerDescription</name>
    <message>
        <location filename="../ui/wizard/serverdescription.cpp" line="+10"/>
        <source>None (unencrypted)</source>
        <translation>Brak (bez szyfrowania)</translation>
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
        <translation>Automatycznie (najsilniejsza metoda oferowana przez serwer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal password (SASL PLAIN)</source>
        <translation>Zwykłe hasło (SASL PLAIN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal password (LOGIN)</source>
        <translation>Zwykłe hasło (LOGIN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted password (CRAM-MD5)</source>
        <translation>Zaszyfrowane hasło (CRAM-MD5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol login command (IMAP LOGIN, POP3 USER/PASS)</source>
        <translation>Polecenie logowania protokołu (IMAP LOGIN, POP3 USER/PASS)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, port %2, %3, user name %4</source>
        <translation>%1, port %2, %3, nazwa użytkownika %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Found in Pigeon&apos;s list of providers (%1); this entry is not confirmed by the provider.</source>
        <translation>Znaleziono na liście dostawców programu Pigeon (%1); ten wpis nie został potwierdzony przez dostawcę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found in Pigeon&apos;s list of providers (%1).</source>
        <translation>Znaleziono na liście dostawców programu Pigeon (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found in the settings file the domain publishes over HTTPS (%1).</source>
        <translation>Znaleziono w pliku ustawień publikowanym przez domenę przez HTTPS (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found in the domain&apos;s DNS service records (RFC 6186).</source>
        <translation>Znaleziono w rekordach usług DNS domeny (RFC 6186).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found through the domain&apos;s mail exchanger, which belongs to %1.</source>
        <translation>Znaleziono na podstawie serwera wymiany poczty (MX) domeny, który należy do %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found by trying the usual server names; the servers answered.</source>
        <translation>Znaleziono, próbując typowych nazw serwerów; serwery odpowiedziały.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::ServerFields</name>
    <message>
        <location filename="../ui/wizard/serverfields.cpp" line="+54"/>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sec&amp;urity:</source>
        <translation>&amp;Zabezpieczenia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authentication:</source>
        <translation>&amp;Uwierzytelnianie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User na&amp;me:</source>
        <translation>&amp;Nazwa użytkownika:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Enter the server&apos;s name, e.g. imap.example.org.</source>
        <translation>Wpisz nazwę serwera, np. imap.example.org.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the server&apos;s name goes here, without spaces, “@”, “:” or “/”; the port has its own field.</source>
        <translation>Wpisz tutaj tylko nazwę serwera, bez spacji i znaków „@”, „:” ani „/”; port ma osobne pole.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a valid server name.</source>
        <translation>To nie jest prawidłowa nazwa serwera.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter the user name for this server.</source>
        <translation>Wpisz nazwę użytkownika dla tego serwera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without encryption anyone on the network can read your password and mail.</source>
        <translation>Bez szyfrowania każdy w sieci może odczytać Twoje hasło i pocztę.</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::ServerSettingsPage</name>
    <message>
        <location filename="../ui/wizard/serversettingspage.cpp" line="+20"/>
        <source>Server settings</source>
        <translation>Ustawienia serwera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your provider&apos;s help pages list these values.</source>
        <translation>Te wartości znajdziesz na stronach pomocy swojego dostawcy.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IMAP (mail stays on the server)</source>
        <translation>IMAP (poczta pozostaje na serwerze)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POP3 (mail is downloaded)</source>
        <translation>POP3 (poczta jest pobierana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming server</source>
        <translation>Serwer poczty przychodzącej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing server (SMTP)</source>
        <translation>Serwer poczty wychodzącej (SMTP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I understand the risk: send my password &amp;unencrypted</source>
        <translation>Rozumiem ryzyko: wysyłaj moje hasło &amp;bez szyfrowania</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Incoming mail:</source>
        <translation>Poczta &amp;przychodząca:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>To switch between IMAP and POP3, add the account again.</source>
        <translation>Aby przełączyć się między IMAP a POP3, dodaj konto ponownie.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pigeon could not find the settings: %1</source>
        <translation>Pigeon nie znalazł ustawień: %1</translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::TaskStatus</name>
    <message>
        <location filename="../ui/taskstatus.cpp" line="+28"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel this task</source>
        <translation>Anuluj to zadanie</translation>
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
            <numerusform>(+%n kolejne)</numerusform>
            <numerusform>(+%n kolejne)</numerusform>
            <numerusform>(+%n kolejnych)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pigeon::Ui::TrayIcon</name>
    <message>
        <location filename="../ui/trayicon.cpp" line="+20"/>
        <source>Show Pigeon</source>
        <translation>Pokaż program Pigeon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>New mail</source>
        <translation>Nowa poczta</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1: %n new message(s)</source>
        <translation>
            <numerusform>%1: %n nowa wiadomość</numerusform>
            <numerusform>%1: %n nowe wiadomości</numerusform>
            <numerusform>%1: %n nowych wiadomości</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Pigeon: %Ln unread message(s)</source>
        <translation>
            <numerusform>Pigeon: %Ln nieprzeczytana wiadomość</numerusform>
            <numerusform>Pigeon: %Ln nieprzeczytane wiadomości</numerusform>
            <numerusform>Pigeon: %Ln nieprzeczytanych wiadomości</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pigeon: no unread mail</source>
        <translation>Pigeon: brak nieprzeczytanej poczty</translation>
    </message>
</context>
</TS>
