<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DropClassifier</name>
    <message>
        <source>%1 does not exist (any more).</source>
        <translation>%1 existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>The folder %1 holds no files and no config.yaml.</source>
        <translation>Der Ordner %1 enthält weder Dateien noch eine config.yaml.</translation>
    </message>
    <message>
        <source>%1 is no kernel, initrd, ISO, disk image or program, so no OS entry was made for it.</source>
        <translation>%1 ist weder Kernel, Initrd, ISO, Festplattenabbild noch Programm, daher wurde kein Betriebssystem-Eintrag dafür angelegt.</translation>
    </message>
    <message>
        <source>%1 looks like an initrd, but no kernel came with it: drop the kernel and the initrd together.</source>
        <translation>%1 sieht wie eine Initrd aus, aber es kam kein Kernel mit: Ziehen Sie Kernel und Initrd zusammen herein.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[Optionen]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Zeigt die Hilfe zu den Kommandozeilenoptionen.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Zeigt die Hilfe einschließlich der Qt-eigenen Optionen.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Unbekannte Optionen: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Nach „%1“ fehlt ein Wert.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Unerwarteter Wert nach „%1“.</translation>
    </message>
</context>
<context>
    <name>bt::AdminClient</name>
    <message>
        <source>cannot connect to %1:%2 in %3: %4</source>
        <translation>keine Verbindung zu %1:%2 in %3: %4</translation>
    </message>
    <message>
        <source>the admin API&apos;s answer is not HTTP</source>
        <translation>die Antwort der Admin-API ist kein HTTP</translation>
    </message>
    <message>
        <source>the admin API&apos;s answer is not a JSON object (%1)</source>
        <translation>die Antwort der Admin-API ist kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>the admin API&apos;s answer is larger than %1 MiB</source>
        <translation>die Antwort der Admin-API ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>the admin API did not answer within %1 s</source>
        <translation>die Admin-API hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
</context>
<context>
    <name>bt::AlertRules</name>
    <message>
        <source>failed without saying why: see its screen</source>
        <translation>ist ohne Angabe von Gründen gescheitert: sehen Sie auf seinen Bildschirm</translation>
    </message>
    <message>
        <source>leased %1 ago but never asked for the boot file: is network boot first in its firmware?</source>
        <translation>hat vor %1 eine Adresse bezogen, aber nie die Startdatei angefordert: steht der Netzwerkstart in seiner Firmware an erster Stelle?</translation>
    </message>
    <message>
        <source>loading Phase 1 for %1 but it never reported up: check the TFTP log, the boot loader&apos;s screen and Secure Boot</source>
        <translation>lädt seit %1 Phase 1, hat sich aber nie gemeldet: prüfen Sie das TFTP-Protokoll, den Bildschirm des Bootloaders und Secure Boot</translation>
    </message>
    <message>
        <source>no progress for %1: is its link up? see the swarm panel</source>
        <translation>seit %1 kein Fortschritt: ist seine Verbindung aktiv? siehe die Schwarm-Ansicht</translation>
    </message>
    <message>
        <source>downloading at %1, %2% of the room&apos;s median %3: check its link, cable and switch port</source>
        <translation>lädt mit %1, %2% des Medians im Raum (%3): prüfen Sie Verbindung, Kabel und Switch-Port</translation>
    </message>
    <message>
        <source>handed over to its OS %1 ago and never reported booted: the OS may not report back, or kexec failed (see its screen)</source>
        <translation>hat vor %1 an sein OS übergeben und nie den Start gemeldet: das OS meldet sich vielleicht nicht zurück, oder kexec ist gescheitert (siehe seinen Bildschirm)</translation>
    </message>
</context>
<context>
    <name>bt::BuildPanel</name>
    <message>
        <source>Not built in this session.</source>
        <translation>In dieser Sitzung noch nicht gebaut.</translation>
    </message>
    <message>
        <source>Cancel &amp;Build</source>
        <translation>Bauen a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Starting the build…</source>
        <translation>Bauvorgang startet …</translation>
    </message>
    <message>
        <source>Building %1…</source>
        <translation>Baue %1 …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Build complete.</source>
        <translation>Bauvorgang abgeschlossen.</translation>
    </message>
    <message>
        <source>out/ is ready to serve.</source>
        <translation>out/ ist bereit zum Bereitstellen.</translation>
    </message>
    <message>
        <source>Build complete: %1</source>
        <translation>Bauvorgang abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Build cancelled; the previous out/ is unchanged.</source>
        <translation>Bauvorgang abgebrochen; das bisherige out/ ist unverändert.</translation>
    </message>
    <message>
        <source>Build failed; the previous out/ is unchanged.</source>
        <translation>Bauvorgang fehlgeschlagen; das bisherige out/ ist unverändert.</translation>
    </message>
    <message>
        <source>Build cancelled.</source>
        <translation>Bauvorgang abgebrochen.</translation>
    </message>
    <message>
        <source>Build failed.</source>
        <translation>Bauvorgang fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Build Failed</source>
        <translation>Bauvorgang fehlgeschlagen</translation>
    </message>
    <message>
        <source>The build stopped. The previous out/ still serves. Fix what is listed, then build again.</source>
        <translation>Der Bauvorgang wurde beendet. Das bisherige out/ wird weiter bereitgestellt. Beheben Sie die aufgeführten Punkte und bauen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>bt::Builder</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>%1 kann nicht nach %2 kopiert werden</translation>
    </message>
    <message>
        <source>cannot create a temporary folder in %1: %2</source>
        <translation>in %1 kann kein temporärer Ordner angelegt werden: %2</translation>
    </message>
    <message>
        <source>build cancelled; the previous out/ is unchanged</source>
        <translation>Bauvorgang abgebrochen; das bisherige out/ ist unverändert</translation>
    </message>
    <message>
        <source>the environment&apos;s folder path has a control character (such as a newline), a quote, a backslash or a &apos;#&apos;, which would break dnsmasq&apos;s and aria2&apos;s configuration: move the environment to a plain path</source>
        <translation>der Ordnerpfad der Umgebung enthält ein Steuerzeichen (etwa einen Zeilenumbruch), ein Anführungszeichen, einen Backslash oder ein &apos;#&apos;, was die Konfiguration von dnsmasq und aria2 zerstören würde: verschieben Sie die Umgebung an einen einfachen Pfad</translation>
    </message>
    <message>
        <source>the Phase-1 kernel arguments (--client-args) have a control character, which would break pxelinux.cfg and grub.cfg: give plain text</source>
        <translation>die Kernel-Argumente für Phase 1 (--client-args) enthalten ein Steuerzeichen, das pxelinux.cfg und grub.cfg zerstören würde: geben Sie einfachen Text an</translation>
    </message>
    <message>
        <source>no qemu runtime in the Phase-1 folder (%1): clients cannot start bin-qemu-x86_64 systems; rebuild the Phase-1 system with qemu-system-x86 installed</source>
        <translation>keine qemu-Laufzeit im Phase-1-Ordner (%1): Clients können keine bin-qemu-x86_64-Systeme starten; bauen Sie das Phase-1-System mit installiertem qemu-system-x86 neu</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>Writing client configuration</source>
        <translation>Client-Konfiguration wird geschrieben</translation>
    </message>
    <message>
        <source>Packing torrents.gz</source>
        <translation>torrents.gz wird gepackt</translation>
    </message>
    <message>
        <source>pxelinux.0 or ldlinux.c32 not found: install the pxelinux and syslinux-common packages</source>
        <translation>pxelinux.0 oder ldlinux.c32 nicht gefunden: installieren Sie die Pakete pxelinux und syslinux-common</translation>
    </message>
    <message>
        <source>Phase-1 %1 not found (looked in %2): out/ is built, but clients cannot boot until the Phase-1 system is built (scripts/setup does it)</source>
        <translation>Phase-1-%1 nicht gefunden (gesucht in %2): out/ ist gebaut, aber Clients können erst starten, wenn das Phase-1-System gebaut ist (das erledigt scripts/setup)</translation>
    </message>
    <message>
        <source>shimx64.efi and grubx64.efi not found in the Phase-1 folder: UEFI clients with Secure Boot on cannot boot (scripts/setup builds them)</source>
        <translation>shimx64.efi und grubx64.efi nicht im Phase-1-Ordner gefunden: UEFI-Clients mit eingeschaltetem Secure Boot können nicht starten (scripts/setup baut sie)</translation>
    </message>
    <message>
        <source>proxyDHCP with dnsmasq.site_names_host: UEFI clients boot shim and GRUB, which reads grub/grub.cfg from the next-server the network&apos;s DHCP server names; unless that is this host, they stop at the grub&gt; prompt</source>
        <translation>proxyDHCP mit dnsmasq.site_names_host: UEFI-Clients starten shim und GRUB, das grub/grub.cfg von dem next-server liest, den der DHCP-Server des Netzes nennt; ist das nicht dieser Rechner, bleiben sie an der Eingabeaufforderung grub&gt; stehen</translation>
    </message>
    <message>
        <source>proxyDHCP: UEFI clients boot syslinux.efi, so Secure Boot must be off on them, unless the network&apos;s DHCP server names this host as next-server (then set dnsmasq.site_names_host: true)</source>
        <translation>proxyDHCP: UEFI-Clients starten syslinux.efi, daher muss Secure Boot auf ihnen aus sein, es sei denn, der DHCP-Server des Netzes nennt diesen Rechner als next-server (dann setzen Sie dnsmasq.site_names_host: true)</translation>
    </message>
    <message>
        <source>dnsmasq keeps running as root: the user %1 cannot reach %2 (a private home folder?); move the environment where others may pass, or set dnsmasq.user</source>
        <translation>dnsmasq läuft weiter als root: der Benutzer %1 kann %2 nicht erreichen (ein privater Home-Ordner?); verschieben Sie die Umgebung an einen Ort, den andere passieren dürfen, oder setzen Sie dnsmasq.user</translation>
    </message>
    <message>
        <source>Writing dnsmasq.conf</source>
        <translation>dnsmasq.conf wird geschrieben</translation>
    </message>
    <message>
        <source>Writing aria2 configuration</source>
        <translation>aria2-Konfiguration wird geschrieben</translation>
    </message>
    <message>
        <source>Writing tracker whitelist</source>
        <translation>Whitelist des Trackers wird geschrieben</translation>
    </message>
    <message>
        <source>cannot move the new build into %1: %2</source>
        <translation>das Ergebnis des neuen Bauvorgangs kann nicht nach %1 verschoben werden: %2</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>%1 kann nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <source>cannot be read (%1): rebuild the environment</source>
        <translation>kann nicht gelesen werden (%1): bauen Sie die Umgebung neu</translation>
    </message>
    <message>
        <source>is not a JSON object: rebuild the environment</source>
        <translation>ist kein JSON-Objekt: bauen Sie die Umgebung neu</translation>
    </message>
    <message>
        <source>%1: rebuild the environment</source>
        <translation>%1: bauen Sie die Umgebung neu</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Hashing %1</source>
        <translation>%1 wird gehasht</translation>
    </message>
    <message>
        <source>Copying Phase-1 files</source>
        <translation>Phase-1-Dateien werden kopiert</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>bt::ClientTableModel</name>
    <message>
        <source>Asking for an address</source>
        <translation>Fragt nach einer Adresse</translation>
    </message>
    <message>
        <source>Has an address</source>
        <translation>Hat eine Adresse</translation>
    </message>
    <message>
        <source>Loading Phase 1</source>
        <translation>Lädt Phase 1</translation>
    </message>
    <message>
        <source>Phase 1 running</source>
        <translation>Phase 1 läuft</translation>
    </message>
    <message>
        <source>In the menu</source>
        <translation>Im Menü</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Lädt herunter</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Teilt</translation>
    </message>
    <message>
        <source>Booting its OS</source>
        <translation>Startet sein System</translation>
    </message>
    <message>
        <source>Booted</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Rechnername</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>System</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>UEFI + Secure Boot</source>
        <translation>UEFI + Secure Boot</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Off / not seen</source>
        <translation>Aus / nicht gesehen</translation>
    </message>
    <message>
        <source>Boots %1 without the menu at its next boot</source>
        <translation>Startet beim nächsten Start %1 ohne Menü</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
</context>
<context>
    <name>bt::DashboardPanel</name>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <source>Swarm</source>
        <translation>Schwarm</translation>
    </message>
    <message>
        <source>%1 clients, %2 booted, %3 failed</source>
        <translation>%1 Clients, %2 gestartet, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Filter by name, MAC, IP, hostname or OS</source>
        <translation>Nach Name, MAC, IP, Rechnername oder System filtern</translation>
    </message>
    <message>
        <source>%1 clients, %2 booted, %3 failed, %4 off</source>
        <translation>%1 Clients, %2 gestartet, %3 fehlgeschlagen, %4 aus</translation>
    </message>
</context>
<context>
    <name>bt::DhcpProbe</name>
    <message>
        <source>another DHCP server, %1, already answers on %2 (it offered %3)%4; a second one would break this network: set dnsmasq.proxy_dhcp: true to boot the clients beside it, or serve a network of its own</source>
        <translation>ein anderer DHCP-Server, %1, antwortet bereits auf %2 (er bot %3 an)%4; ein zweiter würde dieses Netz stören: setzen Sie dnsmasq.proxy_dhcp: true, um die Clients neben ihm zu starten, oder bedienen Sie ein eigenes Netz</translation>
    </message>
    <message>
        <source>dnsmasq.proxy_dhcp is on, but no DHCP server answered on %1 within %2 s: clients get no address unless one runs there</source>
        <translation>dnsmasq.proxy_dhcp ist eingeschaltet, aber auf %1 hat innerhalb von %2 s kein DHCP-Server geantwortet: Clients erhalten keine Adresse, solange dort keiner läuft</translation>
    </message>
    <message>
        <source>no such interface &apos;%1&apos;</source>
        <translation>keine Schnittstelle namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot open a UDP socket</source>
        <translation>ein UDP-Socket kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot listen on %1</source>
        <translation>auf %1 kann nicht gelauscht werden</translation>
    </message>
    <message>
        <source>cannot bind UDP port 68 on %1</source>
        <translation>UDP-Port 68 auf %1 kann nicht gebunden werden</translation>
    </message>
    <message>
        <source>cannot use the probe&apos;s socket</source>
        <translation>das Socket der Prüfung kann nicht benutzt werden</translation>
    </message>
    <message>
        <source>cannot send a DHCP request on %1: %2</source>
        <translation>auf %1 kann keine DHCP-Anfrage gesendet werden: %2</translation>
    </message>
</context>
<context>
    <name>bt::DhcpRange</name>
    <message>
        <source>needs start and end addresses separated by a comma (start,end[,netmask][,lease]), got &quot;%1&quot;</source>
        <translation>braucht Anfangs- und Endadresse, durch ein Komma getrennt (start,end[,netmask][,lease]), angegeben ist „%1“</translation>
    </message>
    <message>
        <source>has more than four parts (start,end[,netmask][,lease]), got &quot;%1&quot;</source>
        <translation>hat mehr als vier Teile (start,end[,netmask][,lease]), angegeben ist „%1“</translation>
    </message>
    <message>
        <source>start &quot;%1&quot; is not an IPv4 address</source>
        <translation>Anfangsadresse „%1“ ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <source>end &quot;%1&quot; is not an IPv4 address</source>
        <translation>Endadresse „%1“ ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <source>end %1 is before start %2</source>
        <translation>Endadresse %1 liegt vor der Anfangsadresse %2</translation>
    </message>
    <message>
        <source>netmask &quot;%1&quot; is not an IPv4 address</source>
        <translation>Netzmaske „%1“ ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <source>netmask %1 is not a netmask (its one bits must come first)</source>
        <translation>Netzmaske %1 ist keine Netzmaske (ihre Eins-Bits müssen vorne stehen)</translation>
    </message>
    <message>
        <source>lease &quot;%1&quot; is not a lease time (use 12h, 30m, 45s, infinite or plain seconds)</source>
        <translation>Lease „%1“ ist keine Lease-Dauer (verwenden Sie 12h, 30m, 45s, infinite oder einfache Sekunden)</translation>
    </message>
    <message>
        <source>lease %1 is zero; give at least 1 second (dnsmasq raises leases under 2 minutes to 2 minutes)</source>
        <translation>Lease %1 ist null; geben Sie mindestens 1 Sekunde an (dnsmasq hebt Leases unter 2 Minuten auf 2 Minuten an)</translation>
    </message>
</context>
<context>
    <name>bt::Environment</name>
    <message>
        <source>cannot be written: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>kexec, bin-qemu-x86_64 or bin</source>
        <translation>kexec, bin-qemu-x86_64 oder bin</translation>
    </message>
    <message>
        <source>missing; use %1</source>
        <translation>fehlt; verwenden Sie %1</translation>
    </message>
    <message>
        <source>must be %1, %2</source>
        <translation>muss %1 sein, %2</translation>
    </message>
    <message>
        <source>not found; run `boottorrent init %1` to create one</source>
        <translation>nicht gefunden; führen Sie `boottorrent init %1` aus, um eine anzulegen</translation>
    </message>
    <message>
        <source>already exists in %1; init only creates new environments</source>
        <translation>existiert bereits in %1; init legt nur neue Umgebungen an</translation>
    </message>
    <message>
        <source>cannot create the folder %1/oss</source>
        <translation>der Ordner %1/oss kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the environment has no folder; choose one before saving</source>
        <translation>die Umgebung hat keinen Ordner; wählen Sie einen, bevor Sie speichern</translation>
    </message>
    <message>
        <source>has no config.yaml; add one with dispname and method, or remove the folder</source>
        <translation>hat keine config.yaml; legen Sie eine mit dispname und method an, oder entfernen Sie den Ordner</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot be created</source>
        <translation>kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>is %1 but %2, its former name, is %3; delete %2 and keep the value you want here</source>
        <translation>ist %1, aber %2, sein früherer Name, ist %3; löschen Sie %2 und behalten Sie hier den gewünschten Wert</translation>
    </message>
</context>
<context>
    <name>bt::EnvironmentEditor</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Menu &amp;timeout:</source>
        <translation>Menü-&amp;Wartezeit:</translation>
    </message>
    <message>
        <source>Seconds the client menu waits before it boots the default OS</source>
        <translation>Sekunden, die das Client-Menü wartet, bevor es das Standardsystem startet</translation>
    </message>
    <message>
        <source>&amp;Default OS:</source>
        <translation>&amp;Standardsystem:</translation>
    </message>
    <message>
        <source>The OS a client boots when nobody chooses in time</source>
        <translation>Das System, das ein Client startet, wenn niemand rechtzeitig wählt</translation>
    </message>
    <message>
        <source>S&amp;eed time:</source>
        <translation>S&amp;eed-Zeit:</translation>
    </message>
    <message>
        <source>Seconds a client keeps sharing its OS with the others after its own download</source>
        <translation>Sekunden, die ein Client sein System nach dem eigenen Download noch mit den anderen teilt</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.1</source>
        <translation>z. B. 192.168.1.1</translation>
    </message>
    <message>
        <source>&amp;Host IP:</source>
        <translation>&amp;Host-IP:</translation>
    </message>
    <message>
        <source>This computer&apos;s IPv4 address on the lab network</source>
        <translation>Die IPv4-Adresse dieses Rechners im Labornetz</translation>
    </message>
    <message>
        <source>Stat&amp;us port:</source>
        <translation>Stat&amp;us-Port:</translation>
    </message>
    <message>
        <source>TCP port where clients report their progress to this computer</source>
        <translation>TCP-Port, an dem die Clients diesem Rechner ihren Fortschritt melden</translation>
    </message>
    <message>
        <source>Network (dnsmasq)</source>
        <translation>Netzwerk (dnsmasq)</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>S&amp;chnittstelle:</translation>
    </message>
    <message>
        <source>The network card facing the lab. Picking one proposes a host IP and a DHCP range in its subnet.</source>
        <translation>Die Netzwerkkarte zum Labor hin. Bei der Auswahl werden eine Host-IP und ein DHCP-Bereich in ihrem Subnetz vorgeschlagen.</translation>
    </message>
    <message>
        <source>Hand out addresses (&amp;DHCP)</source>
        <translation>Adressen vergeben (&amp;DHCP)</translation>
    </message>
    <message>
        <source>Answer DHCP requests of the lab&apos;s computers</source>
        <translation>DHCP-Anfragen der Laborrechner beantworten</translation>
    </message>
    <message>
        <source>&amp;Proxy DHCP (another server hands out addresses)</source>
        <translation>&amp;Proxy-DHCP (ein anderer Server vergibt die Adressen)</translation>
    </message>
    <message>
        <source>Only add boot information beside the lab&apos;s existing DHCP server</source>
        <translation>Nur Startinformationen neben dem vorhandenen DHCP-Server des Labors liefern</translation>
    </message>
    <message>
        <source>first address</source>
        <translation>erste Adresse</translation>
    </message>
    <message>
        <source>last address</source>
        <translation>letzte Adresse</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>DHCP &amp;range:</source>
        <translation>DHCP-&amp;Bereich:</translation>
    </message>
    <message>
        <source>The addresses dnsmasq hands to the lab&apos;s computers</source>
        <translation>Die Adressen, die dnsmasq an die Laborrechner vergibt</translation>
    </message>
    <message>
        <source>optional, e.g. 255.255.255.0</source>
        <translation>optional, z. B. 255.255.255.0</translation>
    </message>
    <message>
        <source>&amp;Netmask:</source>
        <translation>&amp;Netzmaske:</translation>
    </message>
    <message>
        <source>Netmask of the DHCP range (optional)</source>
        <translation>Netzmaske des DHCP-Bereichs (optional)</translation>
    </message>
    <message>
        <source>e.g. 12h, 30m, infinite</source>
        <translation>z. B. 12h, 30m, infinite</translation>
    </message>
    <message>
        <source>&amp;Lease time:</source>
        <translation>&amp;Lease-Dauer:</translation>
    </message>
    <message>
        <source>How long a client keeps its address</source>
        <translation>Wie lange ein Client seine Adresse behält</translation>
    </message>
    <message>
        <source>Serve boot files (&amp;TFTP)</source>
        <translation>Startdateien bereitstellen (&amp;TFTP)</translation>
    </message>
    <message>
        <source>Serve the Phase-1 system to booting clients over TFTP</source>
        <translation>Das Phase-1-System per TFTP an startende Clients liefern</translation>
    </message>
    <message>
        <source>&amp;Bind to this interface only</source>
        <translation>Nur an diese Schnittstelle &amp;binden</translation>
    </message>
    <message>
        <source>dnsmasq listens on the chosen interface only</source>
        <translation>dnsmasq lauscht nur an der gewählten Schnittstelle</translation>
    </message>
    <message>
        <source>optional, e.g. nobody</source>
        <translation>optional, z. B. nobody</translation>
    </message>
    <message>
        <source>Run as &amp;user:</source>
        <translation>Als Ben&amp;utzer ausführen:</translation>
    </message>
    <message>
        <source>The user dnsmasq switches to after start (optional)</source>
        <translation>Der Benutzer, zu dem dnsmasq nach dem Start wechselt (optional)</translation>
    </message>
    <message>
        <source>Tracker (opentracker)</source>
        <translation>Tracker (opentracker)</translation>
    </message>
    <message>
        <source>Run a trac&amp;ker</source>
        <translation>Einen Trac&amp;ker betreiben</translation>
    </message>
    <message>
        <source>opentracker introduces the clients to each other</source>
        <translation>opentracker macht die Clients miteinander bekannt</translation>
    </message>
    <message>
        <source>Tracker p&amp;ort:</source>
        <translation>Tracker-P&amp;ort:</translation>
    </message>
    <message>
        <source>TCP and UDP port of the tracker</source>
        <translation>TCP- und UDP-Port des Trackers</translation>
    </message>
    <message>
        <source>Peer e&amp;xchange</source>
        <translation>Peer-Austausch (PE&amp;X)</translation>
    </message>
    <message>
        <source>Clients tell each other about further peers</source>
        <translation>Clients nennen einander weitere Peers</translation>
    </message>
    <message>
        <source>Local peer &amp;discovery</source>
        <translation>Lokale Peer-Erkennun&amp;g</translation>
    </message>
    <message>
        <source>Clients find each other by multicast on the local network</source>
        <translation>Clients finden einander per Multicast im lokalen Netz</translation>
    </message>
    <message>
        <source>Lo&amp;g level:</source>
        <translation>Protoko&amp;llstufe:</translation>
    </message>
    <message>
        <source>BitTorrent p&amp;ort:</source>
        <translation>BitTorrent-Po&amp;rt:</translation>
    </message>
    <message>
        <source>Port the host&apos;s seeder listens on for peers</source>
        <translation>Port, an dem der Seeder des Hosts auf Peers wartet</translation>
    </message>
    <message>
        <source>&amp;RPC port:</source>
        <translation>&amp;RPC-Port:</translation>
    </message>
    <message>
        <source>Port of aria2&apos;s JSON-RPC interface on 127.0.0.1</source>
        <translation>Port der JSON-RPC-Schnittstelle von aria2 auf 127.0.0.1</translation>
    </message>
    <message>
        <source>Change menu timeout</source>
        <translation>Menü-Wartezeit ändern</translation>
    </message>
    <message>
        <source>Change default OS</source>
        <translation>Standardsystem ändern</translation>
    </message>
    <message>
        <source>Change seed time</source>
        <translation>Seed-Zeit ändern</translation>
    </message>
    <message>
        <source>Change host IP</source>
        <translation>Host-IP ändern</translation>
    </message>
    <message>
        <source>Change status port</source>
        <translation>Status-Port ändern</translation>
    </message>
    <message>
        <source>Change interface</source>
        <translation>Schnittstelle ändern</translation>
    </message>
    <message>
        <source>Switch DHCP</source>
        <translation>DHCP umschalten</translation>
    </message>
    <message>
        <source>Switch proxy DHCP</source>
        <translation>Proxy-DHCP umschalten</translation>
    </message>
    <message>
        <source>Switch TFTP</source>
        <translation>TFTP umschalten</translation>
    </message>
    <message>
        <source>Switch interface binding</source>
        <translation>Schnittstellenbindung umschalten</translation>
    </message>
    <message>
        <source>Change dnsmasq user</source>
        <translation>dnsmasq-Benutzer ändern</translation>
    </message>
    <message>
        <source>Enable tracker</source>
        <translation>Tracker einschalten</translation>
    </message>
    <message>
        <source>Disable tracker</source>
        <translation>Tracker ausschalten</translation>
    </message>
    <message>
        <source>Change tracker port</source>
        <translation>Tracker-Port ändern</translation>
    </message>
    <message>
        <source>Switch peer exchange</source>
        <translation>Peer-Austausch umschalten</translation>
    </message>
    <message>
        <source>Switch local peer discovery</source>
        <translation>Lokale Peer-Erkennung umschalten</translation>
    </message>
    <message>
        <source>Change aria2 log level</source>
        <translation>aria2-Protokollstufe ändern</translation>
    </message>
    <message>
        <source>Change BitTorrent port</source>
        <translation>BitTorrent-Port ändern</translation>
    </message>
    <message>
        <source>Change RPC port</source>
        <translation>RPC-Port ändern</translation>
    </message>
    <message>
        <source>%1 (no IPv4 address)</source>
        <translation>%1 (keine IPv4-Adresse)</translation>
    </message>
    <message>
        <source>Use interface %1</source>
        <translation>Schnittstelle %1 verwenden</translation>
    </message>
    <message>
        <source>Change DHCP range</source>
        <translation>DHCP-Bereich ändern</translation>
    </message>
    <message>
        <source>(none: clients wait for a choice)</source>
        <translation>(keins: Clients warten auf eine Auswahl)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the OS entries: see the Operating systems page.</source>
        <translation>
            <numerusform>%n Problem in den Systemeinträgen: siehe Seite Betriebssysteme.</numerusform>
            <numerusform>%n Probleme in den Systemeinträgen: siehe Seite Betriebssysteme.</numerusform>
        </translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>&amp;Web seed port:</source>
        <translation>&amp;Web-Seed-Port:</translation>
    </message>
    <message>
        <source>TCP port where this computer also serves the OS files over HTTP, so every client starts loading at once; 0 turns it off</source>
        <translation>TCP-Port, auf dem dieser Computer die Betriebssystemdateien zusätzlich über HTTP bereitstellt, damit jeder Client sofort zu laden beginnt; 0 schaltet ihn ab</translation>
    </message>
    <message>
        <source>Change web seed port</source>
        <translation>Web-Seed-Port ändern</translation>
    </message>
    <message>
        <source>The network&apos;s DHCP server names this host as &amp;next-server</source>
        <translation>Der DHCP-Server des Netzes nennt diesen Rechner als &amp;Next-Server</translation>
    </message>
    <message>
        <source>UEFI clients then boot shim and the signed GRUB, so machines with Secure Boot on boot too; without it they get syslinux.efi</source>
        <translation>UEFI-Clients starten dann shim und das signierte GRUB, sodass auch Rechner mit eingeschaltetem Secure Boot starten; ohne dies erhalten sie syslinux.efi</translation>
    </message>
    <message>
        <source>Switch to proxy DHCP</source>
        <translation>Auf Proxy-DHCP umschalten</translation>
    </message>
    <message>
        <source>Switch next-server from the network</source>
        <translation>Next-Server aus dem Netz umschalten</translation>
    </message>
    <message>
        <source>Proxy DHCP: the network&apos;s own DHCP server hands out the addresses; this computer adds only what the clients need to boot.</source>
        <translation>Proxy-DHCP: Der eigene DHCP-Server des Netzes vergibt die Adressen; dieser Rechner liefert nur, was die Clients zum Starten brauchen.</translation>
    </message>
    <message>
        <source>Full DHCP: this computer hands out the addresses. Only on a network of its own: a second DHCP server breaks a network that has one.</source>
        <translation>Volles DHCP: Dieser Rechner vergibt die Adressen. Nur in einem eigenen Netz: Ein zweiter DHCP-Server stört ein Netz, das schon einen hat.</translation>
    </message>
    <message>
        <source>%1 got its address from a DHCP server, so this network has one.</source>
        <translation>%1 hat seine Adresse von einem DHCP-Server erhalten, dieses Netz hat also einen.</translation>
    </message>
    <message>
        <source>Use proxy DHCP</source>
        <translation>Proxy-DHCP verwenden</translation>
    </message>
    <message>
        <source>this computer only</source>
        <translation>nur dieser Rechner</translation>
    </message>
    <message>
        <source>Ad&amp;min address:</source>
        <translation>Ad&amp;min-Adresse:</translation>
    </message>
    <message>
        <source>Where the app reaches the running server (ADDRESS or ADDRESS:PORT, with its token): leave it empty for this computer only, or give a management address to watch from another desk; never the lab address</source>
        <translation>Wo die App den laufenden Server erreicht (ADRESSE oder ADRESSE:PORT, mit seinem Token): leer lassen für nur diesen Rechner, oder eine Verwaltungsadresse angeben, um von einem anderen Platz aus zuzusehen; nie die Laboradresse</translation>
    </message>
    <message>
        <source>Change admin address</source>
        <translation>Admin-Adresse ändern</translation>
    </message>
    <message>
        <source>No boot &amp;file after lease:</source>
        <translation>Keine Boot-&amp;Datei nach Lease:</translation>
    </message>
    <message>
        <source>Red when a machine got an address but never asked for the boot file: network boot is probably not first in its firmware</source>
        <translation>Rot, wenn ein Rechner eine Adresse bekam, aber nie nach der Boot-Datei fragte: Netzwerk-Boot steht in seiner Firmware wohl nicht an erster Stelle</translation>
    </message>
    <message>
        <source>Phase &amp;1 not up after:</source>
        <translation>Phase &amp;1 nicht bereit nach:</translation>
    </message>
    <message>
        <source>Red when a machine loads Phase 1 over TFTP but Phase 1 never reports up</source>
        <translation>Rot, wenn ein Rechner Phase 1 per TFTP lädt, Phase 1 sich aber nie als bereit meldet</translation>
    </message>
    <message>
        <source>No progress, &amp;amber after:</source>
        <translation>Kein Fortschritt, &amp;gelb nach:</translation>
    </message>
    <message>
        <source>Amber when a download gets no new byte for this long</source>
        <translation>Gelb, wenn ein Download so lange kein neues Byte erhält</translation>
    </message>
    <message>
        <source>No progress, r&amp;ed after:</source>
        <translation>Kein Fortschritt, r&amp;ot nach:</translation>
    </message>
    <message>
        <source>Red when a download gets no new byte for this long</source>
        <translation>Rot, wenn ein Download so lange kein neues Byte erhält</translation>
    </message>
    <message>
        <source>S&amp;low below:</source>
        <translation>&amp;Langsam unter:</translation>
    </message>
    <message>
        <source>Amber when a machine downloads at less than this share of the room&apos;s median rate</source>
        <translation>Gelb, wenn ein Rechner langsamer als dieser Anteil der mittleren Rate des Raums lädt</translation>
    </message>
    <message>
        <source>OS not &amp;booted after:</source>
        <translation>OS nicht &amp;gestartet nach:</translation>
    </message>
    <message>
        <source>Amber when a machine handed over to its OS, which never reported booted</source>
        <translation>Gelb, wenn ein Rechner an sein OS übergab, das sich nie als gestartet meldete</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source> % of the median</source>
        <translation> % des Medians</translation>
    </message>
    <message>
        <source>Change alert threshold</source>
        <translation>Warnschwelle ändern</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> pro Sekunde</translation>
    </message>
    <message>
        <source>Po&amp;wer-on pace:</source>
        <translation>Einschalt-&amp;Tempo:</translation>
    </message>
    <message>
        <source>Machines that Power On wakes per second, so a room does not draw power all at once</source>
        <translation>Rechner, die „Einschalten“ pro Sekunde weckt, damit ein Raum nicht auf einmal Strom zieht</translation>
    </message>
    <message>
        <source>Change power-on pace</source>
        <translation>Einschalt-Tempo ändern</translation>
    </message>
    <message>
        <source>Peer-to-peer (clients)</source>
        <translation>Peer-to-Peer (Clients)</translation>
    </message>
    <message>
        <source>The BitTorrent program the clients download their OS with</source>
        <translation>Das BitTorrent-Programm, mit dem die Clients ihr Betriebssystem herunterladen</translation>
    </message>
    <message>
        <source>Seeder (aria2)</source>
        <translation>Seeder (aria2)</translation>
    </message>
    <message>
        <source>How much the seeder (aria2c) on this computer writes to its log</source>
        <translation>Wie viel der Seeder (aria2c) auf diesem Rechner protokolliert</translation>
    </message>
    <message>
        <source>libtorrent (btfetch): BootTorrent&apos;s own engine, tuned for a lab network. aria2, the engine of earlier versions, is no longer shipped.</source>
        <translation>libtorrent (btfetch): die eigene Engine von BootTorrent, auf ein Labornetz abgestimmt. aria2, die Engine früherer Versionen, wird nicht mehr mitgeliefert.</translation>
    </message>
    <message>
        <source>Client engine:</source>
        <translation>Client-Engine:</translation>
    </message>
</context>
<context>
    <name>bt::FieldReader</name>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a whole number of seconds</source>
        <translation>eine ganze Zahl von Sekunden</translation>
    </message>
    <message>
        <source>a port number (1-65535)</source>
        <translation>eine Portnummer (1-65535)</translation>
    </message>
    <message>
        <source>a whole percentage (0-100)</source>
        <translation>ein ganzzahliger Prozentwert (0-100)</translation>
    </message>
    <message>
        <source>got nothing</source>
        <translation>angegeben ist nichts</translation>
    </message>
    <message>
        <source>a number of seconds</source>
        <translation>eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>got &quot;%1&quot;</source>
        <translation>angegeben ist „%1“</translation>
    </message>
    <message>
        <source>got a list</source>
        <translation>angegeben ist eine Liste</translation>
    </message>
    <message>
        <source>got a mapping</source>
        <translation>angegeben ist eine Zuordnung</translation>
    </message>
    <message>
        <source>must be a mapping of keys, %1</source>
        <translation>muss eine Zuordnung von Schlüsseln sein, %1</translation>
    </message>
    <message>
        <source>must be %1, %2</source>
        <translation>muss %1 sein, %2</translation>
    </message>
    <message>
        <source>must be true or false, %1</source>
        <translation>muss true oder false sein, %1</translation>
    </message>
    <message>
        <source>must be text, %1</source>
        <translation>muss Text sein, %1</translation>
    </message>
</context>
<context>
    <name>bt::FileCopyJob</name>
    <message>
        <source>Could not create the folder %1. Check that you may write there and that the disk is not full.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen und ob der Datenträger voll ist.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Copying %1 failed: %2. Check free disk space and try again.</source>
        <translation>Kopieren von %1 fehlgeschlagen: %2. Prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not rename %1 to its final name.</source>
        <translation>%1 konnte nicht in den endgültigen Namen umbenannt werden.</translation>
    </message>
</context>
<context>
    <name>bt::InitrdWriter</name>
    <message>
        <source>Cannot read this file&apos;s attributes.</source>
        <translation>Die Attribute dieser Datei können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This symbolic link points outside %1; copy the file in instead.</source>
        <translation>Dieser symbolische Link zeigt aus %1 hinaus; kopieren Sie stattdessen die Datei hinein.</translation>
    </message>
    <message>
        <source>Only files, folders and symbolic links can be packed into an initrd.</source>
        <translation>Nur Dateien, Ordner und symbolische Links können in eine initrd gepackt werden.</translation>
    </message>
    <message>
        <source>unknown libarchive error</source>
        <translation>unbekannter libarchive-Fehler</translation>
    </message>
    <message>
        <source>Cannot read: %1</source>
        <translation>Kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file changed or could not be read while packing it.</source>
        <translation>Die Datei hat sich beim Packen geändert oder konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The folder to pack into an initrd does not exist.</source>
        <translation>Der Ordner, der in eine initrd gepackt werden soll, existiert nicht.</translation>
    </message>
    <message>
        <source>The initrd prefix &quot;%1&quot; must be a relative folder name.</source>
        <translation>Das initrd-Präfix „%1“ muss ein relativer Ordnername sein.</translation>
    </message>
    <message>
        <source>Cannot write the initrd: %1</source>
        <translation>Die initrd kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot start the initrd: %1</source>
        <translation>Die initrd kann nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>Cannot add %1: %2</source>
        <translation>%1 kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Cannot finish the initrd: %1</source>
        <translation>Die initrd kann nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the initrd: %1</source>
        <translation>Die initrd kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>bt::LabController</name>
    <message>
        <source>&amp;Virtual Lab</source>
        <translation>&amp;Virtuelles Labor</translation>
    </message>
    <message>
        <source>Start &amp;Simulated Clients…</source>
        <translation>&amp;Simulierte Clients starten …</translation>
    </message>
    <message>
        <source>Boot clients simulated in network namespaces against this environment</source>
        <translation>In Netzwerk-Namensräumen simulierte Clients gegen diese Umgebung starten</translation>
    </message>
    <message>
        <source>Start &amp;Virtual Machines…</source>
        <translation>&amp;Virtuelle Maschinen starten …</translation>
    </message>
    <message>
        <source>PXE-boot qemu virtual machines against this environment (slow without KVM)</source>
        <translation>Virtuelle qemu-Maschinen per PXE gegen diese Umgebung starten (ohne KVM langsam)</translation>
    </message>
    <message>
        <source>S&amp;top Lab</source>
        <translation>Labor &amp;beenden</translation>
    </message>
    <message>
        <source>Serial &amp;Consoles</source>
        <translation>Serielle &amp;Konsolen</translation>
    </message>
    <message>
        <source>Virtual Machines</source>
        <translation>Virtuelle Maschinen</translation>
    </message>
    <message>
        <source>Virtual machines to PXE-boot (512 MiB each, software emulation):</source>
        <translation>Virtuelle Maschinen für den PXE-Start (je 512 MiB, Software-Emulation):</translation>
    </message>
    <message>
        <source>Simulated Clients</source>
        <translation>Simulierte Clients</translation>
    </message>
    <message>
        <source>Simulated clients:</source>
        <translation>Simulierte Clients:</translation>
    </message>
    <message>
        <source>Virtual Lab</source>
        <translation>Virtuelles Labor</translation>
    </message>
    <message>
        <source>The saved environment has problems:
%1</source>
        <translation>Die gespeicherte Umgebung hat Probleme:
%1</translation>
    </message>
    <message>
        <source>Virtual lab running: the clients are booting</source>
        <translation>Virtuelles Labor läuft: die Clients starten</translation>
    </message>
    <message>
        <source>Virtual lab: every client booted</source>
        <translation>Virtuelles Labor: alle Clients sind gestartet</translation>
    </message>
    <message>
        <source>Virtual lab: some clients failed</source>
        <translation>Virtuelles Labor: einige Clients sind fehlgeschlagen</translation>
    </message>
    <message>
        <source>The virtual lab cannot start:
%1</source>
        <translation>Das virtuelle Labor kann nicht starten:
%1</translation>
    </message>
    <message>
        <source>Virtual &amp;Lab</source>
        <translation>Virtuelles &amp;Labor</translation>
    </message>
    <message>
        <source>Setting up the virtual lab…</source>
        <translation>Das virtuelle Labor wird eingerichtet …</translation>
    </message>
    <message>
        <source>Virtual lab removed</source>
        <translation>Virtuelles Labor entfernt</translation>
    </message>
    <message>
        <source>BIOS (iPXE)</source>
        <translation>BIOS (iPXE)</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>UEFI with Secure Boot</source>
        <translation>UEFI mit Secure Boot</translation>
    </message>
    <message>
        <source>Firmware of the virtual machines:</source>
        <translation>Firmware der virtuellen Maschinen:</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>&amp;Power On Virtual Machines</source>
        <translation>Virtuelle Maschinen ein&amp;schalten</translation>
    </message>
    <message>
        <source>Send the lab&apos;s virtual machines Wake-on-LAN magic packets over the lab&apos;s network</source>
        <translation>Den virtuellen Maschinen des Labors Wake-on-LAN-Magic-Packets über das Labornetz senden</translation>
    </message>
    <message>
        <source>Start powered off (wake them with Power On)</source>
        <translation>Ausgeschaltet starten (mit „Einschalten“ wecken)</translation>
    </message>
    <message>
        <source>Each machine starts when a Wake-on-LAN magic packet for its MAC crosses the lab&apos;s network, as a real machine would</source>
        <translation>Jede Maschine startet, wenn ein Wake-on-LAN-Magic-Packet für ihre MAC das Labornetz erreicht, wie ein echter Rechner</translation>
    </message>
    <message>
        <source>Virtual lab running: the machines wait for Power On</source>
        <translation>Virtuelles Labor läuft: die Maschinen warten auf „Einschalten“</translation>
    </message>
    <message numerus="yes">
        <source>Sent Wake-on-LAN to %n virtual machine(s).</source>
        <translation>
            <numerusform>Wake-on-LAN an %n virtuelle Maschine gesendet.</numerusform>
            <numerusform>Wake-on-LAN an %n virtuelle Maschinen gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot power the virtual machines on: %1</source>
        <translation>Die virtuellen Maschinen können nicht eingeschaltet werden: %1</translation>
    </message>
</context>
<context>
    <name>bt::LogDock</name>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Im Protokoll suchen</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
</context>
<context>
    <name>bt::MachineBook</name>
    <message>
        <source>is longer than %1 characters; use a shorter name</source>
        <translation>ist länger als %1 Zeichen; verwenden Sie einen kürzeren Namen</translation>
    </message>
    <message>
        <source>has a control character; use letters, digits, spaces and punctuation</source>
        <translation>enthält ein Steuerzeichen; verwenden Sie Buchstaben, Ziffern, Leerzeichen und Satzzeichen</translation>
    </message>
    <message>
        <source>begins or ends with a space; remove it</source>
        <translation>beginnt oder endet mit einem Leerzeichen; entfernen Sie es</translation>
    </message>
    <message>
        <source>reads as a MAC address; give the machine a name that does not</source>
        <translation>sieht aus wie eine MAC-Adresse; geben Sie dem Rechner einen Namen, der nicht so aussieht</translation>
    </message>
    <message>
        <source>must be a mapping with a list `machines:`, %1</source>
        <translation>muss eine Zuordnung mit einer Liste `machines:` sein, %1</translation>
    </message>
    <message>
        <source>must be a list of machines, %1</source>
        <translation>muss eine Liste von Rechnern sein, %1</translation>
    </message>
    <message>
        <source>lists %1 machines; at most %2 are followed</source>
        <translation>listet %1 Rechner auf; höchstens %2 werden verfolgt</translation>
    </message>
    <message>
        <source>must be a mapping with at least `mac:`, %1</source>
        <translation>muss eine Zuordnung mit mindestens `mac:` sein, %1</translation>
    </message>
    <message>
        <source>must be a MAC address like 52:54:00:12:34:56, %1</source>
        <translation>muss eine MAC-Adresse wie 52:54:00:12:34:56 sein, %1</translation>
    </message>
    <message>
        <source>%1 is listed twice; keep one entry</source>
        <translation>%1 steht zweimal in der Liste; behalten Sie einen Eintrag</translation>
    </message>
    <message>
        <source>must be a date like 2026-11-30T10:00:00Z, got &quot;%1&quot;; remove it and serve writes it again</source>
        <translation>muss ein Datum wie 2026-11-30T10:00:00Z sein, angegeben ist „%1“; entfernen Sie es, dann schreibt serve es neu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is also the name of %2; give each machine its own name</source>
        <translation>„%1“ ist auch der Name von %2; geben Sie jedem Rechner einen eigenen Namen</translation>
    </message>
    <message>
        <source>must be from -1 (wait for a choice) to 86400 seconds, got %1</source>
        <translation>muss von -1 (auf eine Auswahl warten) bis 86400 Sekunden sein, angegeben ist %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OS of this environment (%2); name one of them or remove the key</source>
        <translation>„%1“ ist kein OS dieser Umgebung (%2); nennen Sie eines davon oder entfernen Sie den Schlüssel</translation>
    </message>
    <message>
        <source>is longer than 255 characters; remove it</source>
        <translation>ist länger als 255 Zeichen; entfernen Sie es</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>was written but cannot be given to the folder&apos;s owner: %1</source>
        <translation>wurde geschrieben, kann aber nicht dem Eigentümer des Ordners übergeben werden: %1</translation>
    </message>
    <message>
        <source>is being written by another program for more than 5 s; try again</source>
        <translation>wird seit mehr als 5 s von einem anderen Programm geschrieben; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>must be mac,name,default_os (quote a field that holds a comma)</source>
        <translation>muss mac,name,default_os sein (setzen Sie ein Feld mit Komma in Anführungszeichen)</translation>
    </message>
    <message>
        <source>the first field must be a MAC address like 52:54:00:12:34:56</source>
        <translation>das erste Feld muss eine MAC-Adresse wie 52:54:00:12:34:56 sein</translation>
    </message>
    <message>
        <source>%1 is listed twice; keep one line</source>
        <translation>%1 steht zweimal in der Liste; behalten Sie eine Zeile</translation>
    </message>
    <message>
        <source>the name %1</source>
        <translation>der Name %1</translation>
    </message>
    <message>
        <source>more than %1 machines; split the file</source>
        <translation>mehr als %1 Rechner; teilen Sie die Datei auf</translation>
    </message>
</context>
<context>
    <name>bt::MachineDialog</name>
    <message>
        <source>Machine %1</source>
        <translation>Rechner %1</translation>
    </message>
    <message>
        <source>e.g. pc-01</source>
        <translation>z. B. pc-01</translation>
    </message>
    <message>
        <source>The environment&apos;s default</source>
        <translation>Vorgabe der Umgebung</translation>
    </message>
    <message>
        <source>The menu, as usual</source>
        <translation>Das Menü, wie gewohnt</translation>
    </message>
    <message>
        <source>The environment&apos;s countdown</source>
        <translation>Wartezeit der Umgebung</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Default OS:</source>
        <translation>&amp;Standardsystem:</translation>
    </message>
    <message>
        <source>&amp;Countdown:</source>
        <translation>&amp;Wartezeit:</translation>
    </message>
    <message>
        <source>Ne&amp;xt boot:</source>
        <translation>Nä&amp;chster Start:</translation>
    </message>
    <message>
        <source>The next boot starts the chosen OS without the menu, once; the machine shows the menu again after it booted. -1 s waits for a choice.</source>
        <translation>Der nächste Start startet das gewählte System einmal ohne Menü; danach zeigt der Rechner wieder das Menü. -1 s wartet auf eine Auswahl.</translation>
    </message>
</context>
<context>
    <name>bt::MachineRecorder</name>
    <message>
        <source>Machines are not remembered: %1</source>
        <translation>Rechner werden nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>machines.yaml: %n new machine(s) remembered: %1</source>
        <translation>
            <numerusform>machines.yaml: %n neuer Rechner gespeichert: %1</numerusform>
            <numerusform>machines.yaml: %n neue Rechner gespeichert: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 booted its next-boot OS; it shows the menu again from now on</source>
        <translation>%1 hat sein OS für den nächsten Start gestartet; ab jetzt zeigt er wieder das Menü</translation>
    </message>
    <message>
        <source>%1 is not used until it is fixed: %2</source>
        <translation>%1 wird nicht benutzt, bis der Fehler behoben ist: %2</translation>
    </message>
    <message>
        <source>The clients do not get the machines&apos; OS choices: %1</source>
        <translation>Die Clients erhalten die OS-Auswahl der Rechner nicht: %1</translation>
    </message>
    <message>
        <source>torrents.gz now carries the machines&apos; OS choices</source>
        <translation>torrents.gz enthält jetzt die OS-Auswahl der Rechner</translation>
    </message>
</context>
<context>
    <name>bt::MachinesController</name>
    <message>
        <source>&amp;Machines</source>
        <translation>&amp;Rechner</translation>
    </message>
    <message>
        <source>&amp;Edit Machine…</source>
        <translation>Rechner &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Name the machine selected on the dashboard, give it its own default OS or set the OS of its next boot</source>
        <translation>Den im Dashboard gewählten Rechner benennen, ihm ein eigenes Standardsystem geben oder das System seines nächsten Starts festlegen</translation>
    </message>
    <message>
        <source>&amp;Power On Selected Machines</source>
        <translation>Ausgewählte Rechner &amp;einschalten</translation>
    </message>
    <message>
        <source>Select the machines to power on in the dashboard first.</source>
        <translation>Wählen Sie zuerst im Dashboard die Rechner aus, die eingeschaltet werden sollen.</translation>
    </message>
    <message>
        <source>Wake the machines selected on the dashboard with Wake-on-LAN (their firmware must allow it)</source>
        <translation>Die im Dashboard gewählten Rechner per Wake-on-LAN wecken (ihre Firmware muss es erlauben)</translation>
    </message>
    <message>
        <source>Power On &amp;All Known Machines</source>
        <translation>&amp;Alle bekannten Rechner einschalten</translation>
    </message>
    <message>
        <source>Wake every machine serve knows, a few a second</source>
        <translation>Jeden Rechner wecken, den serve kennt, einige pro Sekunde</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>Aus CSV &amp;importieren …</translation>
    </message>
    <message>
        <source>Set up a room at once: a CSV of mac,name,default_os</source>
        <translation>Einen Raum auf einmal einrichten: eine CSV mit mac,name,default_os</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>Als CSV e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Write the known machines as mac,name,default_os</source>
        <translation>Die bekannten Rechner als mac,name,default_os schreiben</translation>
    </message>
    <message>
        <source>Powering on every known machine…</source>
        <translation>Alle bekannten Rechner werden eingeschaltet …</translation>
    </message>
    <message numerus="yes">
        <source>Powering on %n machine(s)…</source>
        <translation>
            <numerusform>%n Rechner wird eingeschaltet …</numerusform>
            <numerusform>%n Rechner werden eingeschaltet …</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot power machines on: %1</source>
        <translation>Rechner können nicht eingeschaltet werden: %1</translation>
    </message>
    <message>
        <source>serve wakes every known machine, a few a second.</source>
        <translation>serve weckt jeden bekannten Rechner, einige pro Sekunde.</translation>
    </message>
    <message numerus="yes">
        <source>serve wakes %n machine(s).</source>
        <translation>
            <numerusform>serve weckt %n Rechner.</numerusform>
            <numerusform>serve weckt %n Rechner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Import Machines</source>
        <translation>Rechner importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB; a room&apos;s CSV is a line per machine</source>
        <translation>%1: größer als %2 MiB; die CSV eines Raums hat eine Zeile pro Rechner</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n machine(s) into machines.yaml.</source>
        <translation>
            <numerusform>%n Rechner in machines.yaml importiert.</numerusform>
            <numerusform>%n Rechner in machines.yaml importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Machines</source>
        <translation>Rechner exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported the machines to %1.</source>
        <translation>Die Rechner wurden nach %1 exportiert.</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1 in machines.yaml; serve hands it to the clients within seconds.</source>
        <translation>%1 in machines.yaml gespeichert; serve gibt es binnen Sekunden an die Clients weiter.</translation>
    </message>
</context>
<context>
    <name>bt::MainWindow</name>
    <message>
        <source>&amp;New Environment…</source>
        <translation>&amp;Neue Umgebung …</translation>
    </message>
    <message>
        <source>Create an environment in an empty folder</source>
        <translation>Eine Umgebung in einem leeren Ordner anlegen</translation>
    </message>
    <message>
        <source>&amp;Open Environment…</source>
        <translation>Umgebung ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a folder that holds a Boottorrent.yaml</source>
        <translation>Einen Ordner mit einer Boottorrent.yaml öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Write Boottorrent.yaml and every OS&apos;s config.yaml</source>
        <translation>Boottorrent.yaml und die config.yaml jedes Systems schreiben</translation>
    </message>
    <message>
        <source>&amp;Close Environment</source>
        <translation>Umgebung s&amp;chließen</translation>
    </message>
    <message>
        <source>Close the environment and show the welcome page</source>
        <translation>Die Umgebung schließen und die Startseite zeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit BootTorrent</source>
        <translation>BootTorrent beenden</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Bauen</translation>
    </message>
    <message>
        <source>Write out/: boot files, torrents and service configurations</source>
        <translation>out/ schreiben: Startdateien, Torrents und Dienstkonfigurationen</translation>
    </message>
    <message>
        <source>Start &amp;Serving</source>
        <translation>Be&amp;reitstellen</translation>
    </message>
    <message>
        <source>Start DHCP/TFTP, tracker and seeder for the lab</source>
        <translation>DHCP/TFTP, Tracker und Seeder für das Labor starten</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Language and other application settings</source>
        <translation>Sprache und weitere Programmeinstellungen</translation>
    </message>
    <message>
        <source>&amp;About BootTorrent</source>
        <translation>&amp;Über BootTorrent</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Die letzte Änderung zurücknehmen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo the edit undone last</source>
        <translation>Die zuletzt zurückgenommene Änderung wiederholen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>New Environment: Choose an Empty Folder</source>
        <translation>Neue Umgebung: Einen leeren Ordner wählen</translation>
    </message>
    <message>
        <source>Open Environment</source>
        <translation>Umgebung öffnen</translation>
    </message>
    <message>
        <source>New Environment</source>
        <translation>Neue Umgebung</translation>
    </message>
    <message>
        <source>BootTorrent could not create an environment in %1. Choose an empty folder you may write to.</source>
        <translation>BootTorrent konnte in %1 keine Umgebung anlegen. Wählen Sie einen leeren Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Created %1. Pick the lab&apos;s interface and drag operating systems in.</source>
        <translation>%1 angelegt. Wählen Sie die Schnittstelle zum Labor und ziehen Sie Betriebssysteme herein.</translation>
    </message>
    <message>
        <source>%1 could not be opened. Fix the files named below in a text editor, or choose a folder that holds a Boottorrent.yaml.</source>
        <translation>%1 konnte nicht geöffnet werden. Korrigieren Sie die unten genannten Dateien in einem Texteditor oder wählen Sie einen Ordner mit einer Boottorrent.yaml.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Operating S&amp;ystems</source>
        <translation>Betriebss&amp;ysteme</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Nothing was written, because these problems stand. Fix the fields marked in red, then save again.</source>
        <translation>Es wurde nichts geschrieben, weil diese Probleme bestehen. Korrigieren Sie die rot markierten Felder und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Close Environment</source>
        <translation>Umgebung schließen</translation>
    </message>
    <message>
        <source>A build or a copy is still running. Cancel it and close the environment?</source>
        <translation>Ein Bau- oder Kopiervorgang läuft noch. Abbrechen und die Umgebung schließen?</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them before closing?</source>
        <translation>%1 hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Open an environment first.</source>
        <translation>Öffnen Sie zuerst eine Umgebung.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiteres.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix these problems first:
%1</source>
        <translation>Beheben Sie zuerst diese Probleme:
%1</translation>
    </message>
    <message>
        <source>A build is running.</source>
        <translation>Ein Bauvorgang läuft.</translation>
    </message>
    <message>
        <source>Files are still being copied into the environment.</source>
        <translation>Es werden noch Dateien in die Umgebung kopiert.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>BootTorrent</source>
        <translation>BootTorrent</translation>
    </message>
    <message>
        <source>%1[*]</source>
        <translation>%1[*]</translation>
    </message>
    <message>
        <source>About BootTorrent</source>
        <translation>Über BootTorrent</translation>
    </message>
    <message>
        <source>&lt;h3&gt;BootTorrent %1&lt;/h3&gt;&lt;p&gt;Boots a room of computers over the network and hands each of them an operating system over BitTorrent, from the host and from every other client.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BootTorrent %1&lt;/h3&gt;&lt;p&gt;Startet einen Raum voller Rechner über das Netzwerk und liefert jedem ein Betriebssystem per BitTorrent, vom Host und von jedem anderen Client.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>S&amp;top Serving</source>
        <translation>Bereitstellung s&amp;toppen</translation>
    </message>
    <message>
        <source>Stop every service; clients that are booting stop getting answers</source>
        <translation>Alle Dienste stoppen; startende Clients erhalten dann keine Antworten mehr</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>out/ is out of date: building before serving…</source>
        <translation>out/ ist veraltet: wird vor dem Bereitstellen gebaut …</translation>
    </message>
    <message>
        <source>Start Serving</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>Ser&amp;vices</source>
        <translation>&amp;Dienste</translation>
    </message>
    <message>
        <source>Serving Failed</source>
        <translation>Bereitstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Look at the Services page and the log for the reason, fix it, then start serving again.</source>
        <translation>Den Grund finden Sie auf der Seite Dienste und im Protokoll; beheben Sie ihn und starten Sie die Bereitstellung erneut.</translation>
    </message>
    <message>
        <source>Starting the services…</source>
        <translation>Dienste werden gestartet …</translation>
    </message>
    <message>
        <source>Stopping the services…</source>
        <translation>Dienste werden gestoppt …</translation>
    </message>
    <message>
        <source>Stopped serving.</source>
        <translation>Bereitstellung gestoppt.</translation>
    </message>
    <message>
        <source>&amp;Serve</source>
        <translation>&amp;Bereitstellen</translation>
    </message>
    <message>
        <source>Looking for other DHCP servers on %1…</source>
        <translation>Suche nach anderen DHCP-Servern auf %1…</translation>
    </message>
    <message>
        <source>Could not look for other DHCP servers: %1</source>
        <translation>Die Suche nach anderen DHCP-Servern war nicht möglich: %1</translation>
    </message>
    <message>
        <source>Switch to &amp;Proxy DHCP</source>
        <translation>Auf &amp;Proxy-DHCP umschalten</translation>
    </message>
    <message>
        <source>Let the network&apos;s own DHCP server hand out addresses; this computer adds only the boot information (the network is taken from the interface)</source>
        <translation>Den eigenen DHCP-Server des Netzes die Adressen vergeben lassen; dieser Rechner liefert nur die Startinformationen (das Netz wird von der Schnittstelle übernommen)</translation>
    </message>
    <message>
        <source>The services were not started: this network already has a DHCP server. Switch to Proxy DHCP (Serve menu), or serve a network of its own.</source>
        <translation>Die Dienste wurden nicht gestartet: Dieses Netz hat bereits einen DHCP-Server. Schalten Sie auf Proxy-DHCP um (Menü Bereitstellen) oder bedienen Sie ein eigenes Netz.</translation>
    </message>
    <message>
        <source>Switch to Proxy DHCP and Start</source>
        <translation>Auf Proxy-DHCP umschalten und starten</translation>
    </message>
    <message>
        <source>Switch to proxy DHCP</source>
        <translation>Auf Proxy-DHCP umschalten</translation>
    </message>
    <message>
        <source>Proxy DHCP is on; %1 has no IPv4 address, so check the host IP and network.</source>
        <translation>Proxy-DHCP ist eingeschaltet; %1 hat keine IPv4-Adresse, prüfen Sie daher Host-IP und Netz.</translation>
    </message>
    <message>
        <source>Proxy DHCP is on, for the network of %1 (%2/%3).</source>
        <translation>Proxy-DHCP ist eingeschaltet, für das Netz von %1 (%2/%3).</translation>
    </message>
    <message>
        <source>Rebuild and &amp;Restart Serving</source>
        <translation>Neu bauen und neu &amp;starten</translation>
    </message>
    <message>
        <source>Save, rebuild out/ and restart the services with the changes; machines and the dashboard stay</source>
        <translation>Speichern, out/ neu bauen und die Dienste mit den Änderungen neu starten; Rechner und Übersicht bleiben</translation>
    </message>
    <message>
        <source>&amp;Attach to Server…</source>
        <translation>Mit Server &amp;verbinden…</translation>
    </message>
    <message>
        <source>Watch a BootTorrent that serves on another machine: its address and its admin token</source>
        <translation>Ein BootTorrent beobachten, das auf einem anderen Rechner bereitstellt: seine Adresse und sein Admin-Token</translation>
    </message>
    <message>
        <source>The lab is being served from this environment.</source>
        <translation>Das Labor wird aus dieser Umgebung bereitgestellt.</translation>
    </message>
    <message>
        <source>Keep serving in the background and the machines go on booting; open the environment again to see them. Or stop serving now.</source>
        <translation>Im Hintergrund weiter bereitstellen, und die Rechner starten weiter; öffnen Sie die Umgebung wieder, um sie zu sehen. Oder die Bereitstellung jetzt beenden.</translation>
    </message>
    <message>
        <source>Keep Serving in the Background</source>
        <translation>Im Hintergrund weiter bereitstellen</translation>
    </message>
    <message>
        <source>Stop Serving</source>
        <translation>Bereitstellung beenden</translation>
    </message>
    <message>
        <source>The build failed: serving goes on as it was.</source>
        <translation>Der Bau ist fehlgeschlagen: die Bereitstellung läuft unverändert weiter.</translation>
    </message>
    <message>
        <source>Starting the services (the system asks for permission)…</source>
        <translation>Dienste werden gestartet (das System fragt nach der Berechtigung)…</translation>
    </message>
    <message>
        <source>The services were not started.</source>
        <translation>Die Dienste wurden nicht gestartet.</translation>
    </message>
    <message>
        <source>This environment is served already (process %1), but its admin token in %2 cannot be read.</source>
        <translation>Diese Umgebung wird bereits bereitgestellt (Prozess %1), aber ihr Admin-Token in %2 ist nicht lesbar.</translation>
    </message>
    <message>
        <source>This environment is being served: showing its clients.</source>
        <translation>Diese Umgebung wird bereitgestellt: ihre Clients werden angezeigt.</translation>
    </message>
    <message>
        <source>Attach to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>The server does not answer: %1</source>
        <translation>Der Server antwortet nicht: %1</translation>
    </message>
    <message>
        <source>serve is still starting; stop it once it runs.</source>
        <translation>serve startet noch; beenden Sie es, sobald es läuft.</translation>
    </message>
    <message>
        <source>The server did not take the stop: %1</source>
        <translation>Der Server hat das Beenden nicht angenommen: %1</translation>
    </message>
    <message>
        <source>Building out/ before restarting…</source>
        <translation>out/ wird vor dem Neustart gebaut…</translation>
    </message>
    <message>
        <source>Restarting the services…</source>
        <translation>Dienste werden neu gestartet…</translation>
    </message>
    <message>
        <source>The server did not restart: %1</source>
        <translation>Der Server wurde nicht neu gestartet: %1</translation>
    </message>
    <message>
        <source>Serving ended: the server is gone.</source>
        <translation>Bereitstellung beendet: der Server läuft nicht mehr.</translation>
    </message>
    <message>
        <source>192.0.2.10:40123</source>
        <translation>192.0.2.10:40123</translation>
    </message>
    <message>
        <source>the contents of serve&apos;s token file</source>
        <translation>der Inhalt der Token-Datei von serve</translation>
    </message>
    <message>
        <source>The address of the server&apos;s admin API (its --admin ADDRESS:PORT) and the token from its token file.</source>
        <translation>Die Adresse der Admin-API des Servers (sein --admin ADRESSE:PORT) und das Token aus seiner Token-Datei.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>The address must be ADDRESS:PORT, for example 192.0.2.10:40123.</source>
        <translation>Die Adresse muss ADRESSE:PORT sein, zum Beispiel 192.0.2.10:40123.</translation>
    </message>
    <message>
        <source>The token is the 64 hex digits in serve&apos;s token file.</source>
        <translation>Das Token sind die 64 Hexziffern in der Token-Datei von serve.</translation>
    </message>
    <message>
        <source>%1 — BootTorrent</source>
        <translation>%1 — BootTorrent</translation>
    </message>
    <message>
        <source>This environment is served already by process %1, whose admin token in %2 this user cannot read. Watch it with File ▸ Attach to Server… and that token, or stop it first.</source>
        <translation>Diese Umgebung wird bereits von Prozess %1 bereitgestellt, dessen Admin-Token in %2 dieser Benutzer nicht lesen kann. Beobachten Sie ihn mit Datei ▸ Mit Server verbinden… und diesem Token, oder beenden Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>Boot &amp;Wave Report</source>
        <translation>Boot-&amp;Welle-Bericht</translation>
    </message>
    <message>
        <source>How long the room took to boot: every machine&apos;s times, the curve, exports</source>
        <translation>Wie lange der Raum zum Starten brauchte: die Zeiten jedes Rechners, die Kurve, Exporte</translation>
    </message>
</context>
<context>
    <name>bt::OsListModel</name>
    <message>
        <source>Linux kernel (kexec)</source>
        <translation>Linux-Kernel (kexec)</translation>
    </message>
    <message>
        <source>Disk image in qemu</source>
        <translation>Festplattenabbild in qemu</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Angezeigt als</translation>
    </message>
    <message>
        <source>Boots as</source>
        <translation>Startet als</translation>
    </message>
</context>
<context>
    <name>bt::OsListView</name>
    <message>
        <source>Drag operating systems here: a kernel together with its initrd, an .iso, a disk image (.img, .qcow2, .raw), a program, or a folder with a config.yaml.</source>
        <translation>Ziehen Sie Betriebssysteme hierher: einen Kernel samt Initrd, eine .iso, ein Festplattenabbild (.img, .qcow2, .raw), ein Programm oder einen Ordner mit einer config.yaml.</translation>
    </message>
</context>
<context>
    <name>bt::OsPanel</name>
    <message>
        <source>Add &amp;Files…</source>
        <translation>&amp;Dateien hinzufügen …</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>&amp;Ordner hinzufügen …</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>Set as &amp;Default</source>
        <translation>Als &amp;Standard festlegen</translation>
    </message>
    <message>
        <source>Copy kernels, initrds, ISO files, disk images or programs into new OS entries</source>
        <translation>Kernel, Initrds, ISO-Dateien, Festplattenabbilder oder Programme in neue Systemeinträge kopieren</translation>
    </message>
    <message>
        <source>Copy a folder (with its config.yaml, or with boot files) into a new OS entry</source>
        <translation>Einen Ordner (mit seiner config.yaml oder mit Startdateien) in einen neuen Systemeintrag kopieren</translation>
    </message>
    <message>
        <source>Delete the selected OS entry and its folder</source>
        <translation>Den gewählten Systemeintrag und seinen Ordner löschen</translation>
    </message>
    <message>
        <source>Boot the selected OS when nobody chooses in the client menu</source>
        <translation>Das gewählte System starten, wenn im Client-Menü niemand wählt</translation>
    </message>
    <message>
        <source>Selected OS</source>
        <translation>Gewähltes System</translation>
    </message>
    <message>
        <source>&amp;Shown as:</source>
        <translation>&amp;Angezeigt als:</translation>
    </message>
    <message>
        <source>&amp;Boots as:</source>
        <translation>Startet a&amp;ls:</translation>
    </message>
    <message>
        <source>e.g. quiet</source>
        <translation>z. B. quiet</translation>
    </message>
    <message>
        <source>&amp;Kernel:</source>
        <translation>&amp;Kernel:</translation>
    </message>
    <message>
        <source>&amp;Initrd:</source>
        <translation>&amp;Initrd:</translation>
    </message>
    <message>
        <source>&amp;Command line:</source>
        <translation>Be&amp;fehlszeile:</translation>
    </message>
    <message>
        <source>e.g. -cdrom image.iso -m 1024</source>
        <translation>z. B. -cdrom image.iso -m 1024</translation>
    </message>
    <message>
        <source>qemu &amp;arguments:</source>
        <translation>qemu-&amp;Argumente:</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>&amp;Argumente:</translation>
    </message>
    <message>
        <source>File names are relative to the OS folder.</source>
        <translation>Dateinamen beziehen sich auf den Ordner des Systems.</translation>
    </message>
    <message>
        <source>&amp;Cancel Copy</source>
        <translation>Kopieren abbre&amp;chen</translation>
    </message>
    <message>
        <source>Change display name</source>
        <translation>Anzeigenamen ändern</translation>
    </message>
    <message>
        <source>Change boot method</source>
        <translation>Startmethode ändern</translation>
    </message>
    <message>
        <source>Change kernel</source>
        <translation>Kernel ändern</translation>
    </message>
    <message>
        <source>Change initrd</source>
        <translation>Initrd ändern</translation>
    </message>
    <message>
        <source>Change command line</source>
        <translation>Befehlszeile ändern</translation>
    </message>
    <message>
        <source>Change qemu arguments</source>
        <translation>qemu-Argumente ändern</translation>
    </message>
    <message>
        <source>Change program</source>
        <translation>Programm ändern</translation>
    </message>
    <message>
        <source>Change program arguments</source>
        <translation>Programmargumente ändern</translation>
    </message>
    <message>
        <source>Selected OS: %1</source>
        <translation>Gewähltes System: %1</translation>
    </message>
    <message>
        <source>Add Operating Systems</source>
        <translation>Betriebssysteme hinzufügen</translation>
    </message>
    <message>
        <source>Boot files (vmlinuz* bzImage* kernel* initrd* initramfs* *.iso *.img *.qcow2 *.raw);;All files (*)</source>
        <translation>Startdateien (vmlinuz* bzImage* kernel* initrd* initramfs* *.iso *.img *.qcow2 *.raw);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add an OS Folder</source>
        <translation>Einen Systemordner hinzufügen</translation>
    </message>
    <message>
        <source>Files are still being copied. Wait until the copy is done, or cancel it, then drop again.</source>
        <translation>Es werden noch Dateien kopiert. Warten Sie, bis der Kopiervorgang fertig ist, oder brechen Sie ihn ab, und ziehen Sie dann erneut herein.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Copying into %1:</source>
        <translation>Kopiere nach %1:</translation>
    </message>
    <message>
        <source>Copying files for %1…</source>
        <translation>Kopiere Dateien für %1 …</translation>
    </message>
    <message>
        <source>Copy cancelled; the partly copied files were removed.</source>
        <translation>Kopieren abgebrochen; die teilweise kopierten Dateien wurden entfernt.</translation>
    </message>
    <message>
        <source>Copy Failed</source>
        <translation>Kopieren fehlgeschlagen</translation>
    </message>
    <message>
        <source>No OS entry was added. The partly copied files were removed.</source>
        <translation>Es wurde kein Systemeintrag hinzugefügt. Die teilweise kopierten Dateien wurden entfernt.</translation>
    </message>
    <message>
        <source>The config.yaml of %1 could not be read; check its fields.</source>
        <translation>Die config.yaml von %1 konnte nicht gelesen werden; prüfen Sie ihre Felder.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n OS(es)</source>
        <translation>
            <numerusform>%n System hinzufügen</numerusform>
            <numerusform>%n Systeme hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n OS(es).</source>
        <translation>
            <numerusform>%n System hinzugefügt.</numerusform>
            <numerusform>%n Systeme hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set %1 as default</source>
        <translation>%1 als Standard festlegen</translation>
    </message>
    <message>
        <source>There is no OS named %1.</source>
        <translation>Es gibt kein System namens %1.</translation>
    </message>
    <message>
        <source>Use only lower-case letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; for a folder name.</source>
        <translation>Verwenden Sie für einen Ordnernamen nur Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;-&apos; und &apos;_&apos;.</translation>
    </message>
    <message>
        <source>An OS folder named %1 exists already; choose another name.</source>
        <translation>Ein Systemordner namens %1 existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Could not rename the folder %1. Check that no program uses it and that you may write there.</source>
        <translation>Der Ordner %1 konnte nicht umbenannt werden. Prüfen Sie, dass kein Programm ihn verwendet und dass Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>Renamed %1 to %2. Save to keep the new name in Boottorrent.yaml.</source>
        <translation>%1 in %2 umbenannt. Speichern Sie, um den neuen Namen in Boottorrent.yaml zu übernehmen.</translation>
    </message>
    <message>
        <source>Could not delete every file in %1. Check the folder&apos;s permissions, then try again.</source>
        <translation>Nicht alle Dateien in %1 konnten gelöscht werden. Prüfen Sie die Berechtigungen des Ordners und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Removed %1 and its folder.</source>
        <translation>%1 und sein Ordner wurden entfernt.</translation>
    </message>
    <message>
        <source>Rename OS</source>
        <translation>System umbenennen</translation>
    </message>
    <message>
        <source>New folder name for %1 (lower-case letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;):</source>
        <translation>Neuer Ordnername für %1 (Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;):</translation>
    </message>
    <message>
        <source>Remove OS</source>
        <translation>System entfernen</translation>
    </message>
    <message>
        <source>Remove %1 and delete its folder %2 with every file in it? This cannot be undone.</source>
        <translation>%1 entfernen und seinen Ordner %2 mit allen Dateien darin löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>bt::OsRules</name>
    <message>
        <source>%1 is an absolute path; name a file inside %2</source>
        <translation>%1 ist ein absoluter Pfad; nennen Sie eine Datei in %2</translation>
    </message>
    <message>
        <source>%1 leaves %2 (&quot;..&quot; is not allowed)</source>
        <translation>%1 verlässt %2 („..“ ist nicht erlaubt)</translation>
    </message>
    <message>
        <source>%1 is a symlink whose target does not exist</source>
        <translation>%1 ist ein symbolischer Link, dessen Ziel nicht existiert</translation>
    </message>
    <message>
        <source>file %1 not found in %2</source>
        <translation>Datei %1 nicht gefunden in %2</translation>
    </message>
    <message>
        <source>%1 is a symlink that leads outside %2, to %3</source>
        <translation>%1 ist ein symbolischer Link, der aus %2 hinaus nach %3 führt</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine normale Datei</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable OS folder name (no slashes, no leading dot, no control characters such as newlines); rename the folder</source>
        <translation>„%1“ ist kein brauchbarer Name für einen OS-Ordner (keine Schrägstriche, kein Punkt am Anfang, keine Steuerzeichen wie Zeilenumbrüche); benennen Sie den Ordner um</translation>
    </message>
    <message>
        <source>is empty; give the name the boot menu shows, or leave the key out to use the folder name</source>
        <translation>ist leer; geben Sie den Namen an, den das Startmenü zeigt, oder lassen Sie den Schlüssel weg, um den Ordnernamen zu verwenden</translation>
    </message>
    <message>
        <source>missing; name the kernel file in %1</source>
        <translation>fehlt; nennen Sie die Kernel-Datei in %1</translation>
    </message>
    <message>
        <source>missing; give qemu&apos;s arguments, e.g. -fda disk.img</source>
        <translation>fehlt; geben Sie die Argumente für qemu an, z. B. -fda disk.img</translation>
    </message>
    <message>
        <source>%1 needs a file name</source>
        <translation>%1 braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>missing; name the program file in %1</source>
        <translation>fehlt; nennen Sie die Programmdatei in %1</translation>
    </message>
    <message>
        <source>has an unterminated single quote</source>
        <translation>hat ein nicht geschlossenes einfaches Anführungszeichen</translation>
    </message>
    <message>
        <source>has an unterminated double quote</source>
        <translation>hat ein nicht geschlossenes doppeltes Anführungszeichen</translation>
    </message>
    <message>
        <source>ends with a backslash that escapes nothing</source>
        <translation>endet mit einem Backslash, der nichts maskiert</translation>
    </message>
</context>
<context>
    <name>bt::PieceHasher</name>
    <message>
        <source>There is nothing to hash.</source>
        <translation>Es gibt nichts zu hashen.</translation>
    </message>
    <message>
        <source>OpenSSL offers no SHA-1.</source>
        <translation>OpenSSL bietet kein SHA-1 an.</translation>
    </message>
    <message>
        <source>Out of memory while hashing.</source>
        <translation>Beim Hashen ist der Speicher ausgegangen.</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>became shorter while it was being hashed</source>
        <translation>wurde kürzer, während es gehasht wurde</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>bt::Preflight</name>
    <message>
        <source>%1 not found: install the %2 package</source>
        <translation>%1 nicht gefunden: installieren Sie das Paket %2</translation>
    </message>
    <message>
        <source> or set opentracker.enable: false</source>
        <translation> oder setzen Sie opentracker.enable: false</translation>
    </message>
    <message>
        <source>host_ip is not set: set it to this host&apos;s IPv4 address on the lab network</source>
        <translation>host_ip ist nicht gesetzt: setzen Sie es auf die IPv4-Adresse dieses Rechners im Labornetz</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: set host_ip to this host&apos;s IPv4 address on the lab network</source>
        <translation>%1 ist keine IPv4-Adresse: setzen Sie host_ip auf die IPv4-Adresse dieses Rechners im Labornetz</translation>
    </message>
    <message>
        <source>no interface that is up carries %1: assign it to the lab interface (ip addr add %1/24 dev &lt;interface&gt;) or change boottorrent.host_ip</source>
        <translation>keine aktive Schnittstelle hat die Adresse %1: weisen Sie sie der Laborschnittstelle zu (ip addr add %1/24 dev &lt;interface&gt;) oder ändern Sie boottorrent.host_ip</translation>
    </message>
    <message>
        <source>interface %1 does not exist: connect the lab network adapter or change dnsmasq.interface (this host has: %2)</source>
        <translation>Schnittstelle %1 existiert nicht: schließen Sie den Netzwerkadapter des Labors an oder ändern Sie dnsmasq.interface (dieser Rechner hat: %2)</translation>
    </message>
    <message>
        <source>interface %1 is down: bring it up (ip link set %1 up) or change dnsmasq.interface</source>
        <translation>Schnittstelle %1 ist inaktiv: aktivieren Sie sie (ip link set %1 up) oder ändern Sie dnsmasq.interface</translation>
    </message>
    <message>
        <source>interface %1 does not carry %2: assign it (ip addr add %2/24 dev %1) or change boottorrent.host_ip</source>
        <translation>Schnittstelle %1 hat die Adresse %2 nicht: weisen Sie sie zu (ip addr add %2/24 dev %1) oder ändern Sie boottorrent.host_ip</translation>
    </message>
    <message>
        <source>dnsmasq needs root or CAP_NET_BIND_SERVICE, CAP_NET_RAW and CAP_NET_ADMIN to serve DHCP/TFTP: run boottorrent as root, or grant them to dnsmasq (setcap cap_net_bind_service,cap_net_raw,cap_net_admin+ep %1)</source>
        <translation>dnsmasq braucht root oder CAP_NET_BIND_SERVICE, CAP_NET_RAW und CAP_NET_ADMIN, um DHCP/TFTP bereitzustellen: starten Sie boottorrent als root, oder geben Sie dnsmasq diese Rechte (setcap cap_net_bind_service,cap_net_raw,cap_net_admin+ep %1)</translation>
    </message>
    <message>
        <source>%1 is not a port: choose one from 1024 to 65535</source>
        <translation>%1 ist kein Port: wählen Sie einen von 1024 bis 65535</translation>
    </message>
    <message>
        <source>%1 is %2 like %3: give each service its own port</source>
        <translation>%1 ist %2, genau wie %3: geben Sie jedem Dienst einen eigenen Port</translation>
    </message>
    <message>
        <source>another DHCP server (dnsmasq, isc-dhcp-server, a virtual machine network)</source>
        <translation>einem anderen DHCP-Server (dnsmasq, isc-dhcp-server, einem Netz virtueller Maschinen)</translation>
    </message>
    <message>
        <source>stop it or set dnsmasq.enable_dhcp: false</source>
        <translation>beenden Sie ihn oder setzen Sie dnsmasq.enable_dhcp: false</translation>
    </message>
    <message>
        <source>a TFTP server (tftpd-hpa, atftpd) or another dnsmasq</source>
        <translation>einem TFTP-Server (tftpd-hpa, atftpd) oder einem anderen dnsmasq</translation>
    </message>
    <message>
        <source>stop it or set dnsmasq.enable_tftp: false</source>
        <translation>beenden Sie ihn oder setzen Sie dnsmasq.enable_tftp: false</translation>
    </message>
    <message>
        <source>another opentracker or a BootTorrent that is still serving</source>
        <translation>einem anderen opentracker oder einem BootTorrent, das noch bereitstellt</translation>
    </message>
    <message>
        <source>stop it or change opentracker.port</source>
        <translation>beenden Sie ihn oder ändern Sie opentracker.port</translation>
    </message>
    <message>
        <source>another BitTorrent client</source>
        <translation>einem anderen BitTorrent-Client</translation>
    </message>
    <message>
        <source>stop it or change aria2.listen_port</source>
        <translation>beenden Sie ihn oder ändern Sie aria2.listen_port</translation>
    </message>
    <message>
        <source>another aria2c with RPC enabled</source>
        <translation>einem anderen aria2c mit eingeschaltetem RPC</translation>
    </message>
    <message>
        <source>stop it or change aria2.rpc_port</source>
        <translation>beenden Sie es oder ändern Sie aria2.rpc_port</translation>
    </message>
    <message>
        <source>status endpoint</source>
        <translation>Status-Endpunkt</translation>
    </message>
    <message>
        <source>a BootTorrent that is still serving</source>
        <translation>einem BootTorrent, das noch bereitstellt</translation>
    </message>
    <message>
        <source>stop it or change boottorrent.status_port</source>
        <translation>beenden Sie es oder ändern Sie boottorrent.status_port</translation>
    </message>
    <message>
        <source>web seed</source>
        <translation>Web-Seed</translation>
    </message>
    <message>
        <source>stop it or change boottorrent.web_seed_port (0 turns the web seed off)</source>
        <translation>beenden Sie es oder ändern Sie boottorrent.web_seed_port (0 schaltet den Web-Seed ab)</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> auf %1</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>, likely by %1</source>
        <translation>, vermutlich von %1</translation>
    </message>
    <message>
        <source>%1 port %2 (%3)%4 is already in use%5: %6</source>
        <translation>%1-Port %2 (%3)%4 ist bereits belegt%5: %6</translation>
    </message>
</context>
<context>
    <name>bt::SeederPace</name>
    <message>
        <source>cannot change the pace of the host&apos;s seeder: %1</source>
        <translation>das Tempo des Seeders auf dem Host lässt sich nicht ändern: %1</translation>
    </message>
</context>
<context>
    <name>bt::SerialConsoleDock</name>
    <message>
        <source>Serial Consoles</source>
        <translation>Serielle Konsolen</translation>
    </message>
</context>
<context>
    <name>bt::ServeLauncher</name>
    <message>
        <source>Cannot write serve&apos;s output to %1: %2</source>
        <translation>Die Ausgabe von serve kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot start serve: %1 is not installed.</source>
        <translation>serve kann nicht gestartet werden: %1 ist nicht installiert.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Serving needs the administrator&apos;s permission, and it was not given.</source>
        <translation>Das Bereitstellen braucht die Erlaubnis des Administrators, und sie wurde nicht erteilt.</translation>
    </message>
    <message>
        <source>serve ended before it served.</source>
        <translation>serve wurde beendet, bevor es bereitstellte.</translation>
    </message>
    <message numerus="yes">
        <source>serve did not come up within %n second(s); its output is in %1.</source>
        <translation>
            <numerusform>serve ist nicht innerhalb von %n Sekunde hochgekommen; seine Ausgabe steht in %1.</numerusform>
            <numerusform>serve ist nicht innerhalb von %n Sekunden hochgekommen; seine Ausgabe steht in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bt::ServeMirror</name>
    <message>
        <source>The server wants its token; give the one from its token file.</source>
        <translation>Der Server verlangt sein Token; geben Sie das aus seiner Token-Datei an.</translation>
    </message>
    <message>
        <source>The server refused the token: it is not the one in its token file.</source>
        <translation>Der Server hat das Token abgelehnt: es ist nicht das aus seiner Token-Datei.</translation>
    </message>
    <message>
        <source>The server answered %1: %2</source>
        <translation>Der Server antwortete %1: %2</translation>
    </message>
</context>
<context>
    <name>bt::Server</name>
    <message>
        <source>web seed: %1 to %2: %3</source>
        <translation>Web-Seed: %1 an %2: %3</translation>
    </message>
    <message>
        <source>status endpoint: %1 from %2: %3</source>
        <translation>Status-Endpunkt: %1 von %2: %3</translation>
    </message>
    <message>
        <source>the environment has not been built: run `boottorrent build %1` first</source>
        <translation>die Umgebung ist nicht gebaut: führen Sie zuerst `boottorrent build %1` aus</translation>
    </message>
    <message>
        <source>the status endpoint cannot listen on %1:%2: %3</source>
        <translation>der Status-Endpunkt kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
    <message>
        <source>restarting with %1 as saved</source>
        <translation>Neustart mit %1 wie gespeichert</translation>
    </message>
    <message>
        <source>the restart was refused: %1</source>
        <translation>der Neustart wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>the web seed cannot listen on %1:%2: %3 Choose another port, or 0 to serve without it.</source>
        <translation>der Web-Seed kann nicht auf %1:%2 lauschen: %3 Wählen Sie einen anderen Port, oder 0, um ohne ihn bereitzustellen.</translation>
    </message>
    <message>
        <source>cannot create %1 for the admin API&apos;s token</source>
        <translation>%1 für das Token der Admin-API kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write the admin API&apos;s token to %1</source>
        <translation>das Token der Admin-API kann nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>cannot hand %1 to user %2</source>
        <translation>%1 kann nicht dem Benutzer %2 übergeben werden</translation>
    </message>
    <message>
        <source>the admin API: %1</source>
        <translation>die Admin-API: %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot read the aria2 RPC secret (%1): the swarm is not monitored</source>
        <translation>das RPC-Geheimnis von aria2 kann nicht gelesen werden (%1): der Schwarm wird nicht beobachtet</translation>
    </message>
    <message>
        <source>the tracker is not monitored: %1</source>
        <translation>der Tracker wird nicht beobachtet: %1</translation>
    </message>
    <message>
        <source>cannot watch %1 for other DHCP servers: %2</source>
        <translation>%1 kann nicht auf andere DHCP-Server überwacht werden: %2</translation>
    </message>
    <message>
        <source>another DHCP server, %1, now answers on %2 (it offered %3): clients that take its offer get no boot file; find and stop it, or serve with dnsmasq.proxy_dhcp: true if it belongs to the network</source>
        <translation>ein anderer DHCP-Server, %1, antwortet jetzt auf %2 (er bot %3 an): Clients, die sein Angebot annehmen, bekommen keine Startdatei; finden und stoppen Sie ihn, oder stellen Sie mit dnsmasq.proxy_dhcp: true bereit, wenn er zum Netz gehört</translation>
    </message>
    <message>
        <source>the other DHCP server %1 no longer answers on %2</source>
        <translation>der andere DHCP-Server %1 antwortet nicht mehr auf %2</translation>
    </message>
    <message>
        <source>cannot wake machines: %1</source>
        <translation>Rechner können nicht geweckt werden: %1</translation>
    </message>
    <message>
        <source>wave settled: %1</source>
        <translation>Welle abgeschlossen: %1</translation>
    </message>
    <message>
        <source>wave report written to %1</source>
        <translation>Wellenbericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>the wave report cannot be kept: %1</source>
        <translation>der Wellenbericht kann nicht aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>the host&apos;s seeder sends at full speed: one client downloads</source>
        <translation>der Seeder auf dem Host sendet mit voller Geschwindigkeit: ein Client lädt herunter</translation>
    </message>
    <message>
        <source>the host&apos;s seeder trickles at %1 KiB/s beside the web seed: %2 clients download</source>
        <translation>der Seeder auf dem Host sendet neben dem Webseed nur %1 KiB/s: %2 Clients laden herunter</translation>
    </message>
</context>
<context>
    <name>bt::ServiceSupervisor</name>
    <message>
        <source>%1 %2 during start-up</source>
        <translation>%1 %2 (beim Start)</translation>
    </message>
    <message>
        <source> and printed nothing</source>
        <translation> und gab nichts aus</translation>
    </message>
    <message>
        <source>did not stop within %1 of SIGTERM: sending SIGKILL</source>
        <translation>hat sich nicht innerhalb von %1 nach SIGTERM beendet: SIGKILL wird gesendet</translation>
    </message>
    <message>
        <source>was killed by %1</source>
        <translation>wurde durch %1 beendet</translation>
    </message>
    <message>
        <source>exited with exit code %1</source>
        <translation>hat sich mit Exit-Code %1 beendet</translation>
    </message>
    <message>
        <source>%1 not found: install the %2 package</source>
        <translation>%1 nicht gefunden: installieren Sie das Paket %2</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>bt::ServiceTableModel</name>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>Startet neu</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Stoppt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Neustarts</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>bt::ServicesPanel</name>
    <message>
        <source>Not serving.</source>
        <translation>Keine Bereitstellung.</translation>
    </message>
    <message>
        <source>Starting the services…</source>
        <translation>Dienste werden gestartet …</translation>
    </message>
    <message>
        <source>Stopping the services…</source>
        <translation>Dienste werden gestoppt …</translation>
    </message>
    <message>
        <source>Serving failed; see the last error of each service and the log.</source>
        <translation>Bereitstellung fehlgeschlagen; siehe den letzten Fehler jedes Dienstes und das Protokoll.</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Warte auf den Server…</translation>
    </message>
    <message>
        <source>The server no longer answers: %1</source>
        <translation>Der Server antwortet nicht mehr: %1</translation>
    </message>
    <message>
        <source>Serving the lab from %1.</source>
        <translation>Das Labor wird aus %1 bereitgestellt.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
</context>
<context>
    <name>bt::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>BootTorrent uses a new language after it is restarted.</source>
        <translation>BootTorrent verwendet eine neue Sprache nach einem Neustart.</translation>
    </message>
</context>
<context>
    <name>bt::SettingsRules</name>
    <message>
        <source>this BootTorrent reads format version 0, got %1</source>
        <translation>dieses BootTorrent liest Formatversion 0, angegeben ist %1</translation>
    </message>
    <message>
        <source>must be 0 or more seconds, got %1</source>
        <translation>muss 0 oder mehr Sekunden sein, angegeben ist %1</translation>
    </message>
    <message>
        <source>must be from 1 to 100 machines a second, got %1</source>
        <translation>muss 1 bis 100 Rechner pro Sekunde sein, angegeben ist %1</translation>
    </message>
    <message>
        <source>missing; give the host&apos;s IPv4 address on the lab network, e.g. 192.168.1.1</source>
        <translation>fehlt; geben Sie die IPv4-Adresse des Hosts im Labornetz an, z. B. 192.168.1.1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>„%1“ ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not ADDRESS or ADDRESS:PORT; give a management address such as 127.0.0.1 or 192.0.2.5:8292</source>
        <translation>„%1“ ist weder ADRESSE noch ADRESSE:PORT; geben Sie eine Verwaltungsadresse an, etwa 127.0.0.1 oder 192.0.2.5:8292</translation>
    </message>
    <message>
        <source>must be one address of this host, not every address: the lab side must not reach the admin API</source>
        <translation>muss eine Adresse dieses Rechners sein, nicht alle Adressen: die Laborseite darf die Admin-API nicht erreichen</translation>
    </message>
    <message>
        <source>is the lab address (boottorrent.host_ip): lab machines would reach the admin API; give a management address or leave it out</source>
        <translation>ist die Laboradresse (boottorrent.host_ip): Laborrechner könnten die Admin-API erreichen; geben Sie eine Verwaltungsadresse an oder lassen Sie den Schlüssel weg</translation>
    </message>
    <message>
        <source>there are no OS folders in oss/ yet</source>
        <translation>in oss/ gibt es noch keine OS-Ordner</translation>
    </message>
    <message>
        <source>name one of: %1</source>
        <translation>nennen Sie eines von: %1</translation>
    </message>
    <message>
        <source>there is no OS folder oss/%1; %2</source>
        <translation>es gibt keinen OS-Ordner oss/%1; %2</translation>
    </message>
    <message>
        <source>is not a user name (letters, digits, _ . - only, at most 32); name an existing user such as nobody</source>
        <translation>ist kein Benutzername (nur Buchstaben, Ziffern, _ . -, höchstens 32); nennen Sie einen vorhandenen Benutzer wie nobody</translation>
    </message>
    <message>
        <source>missing; name the network interface that faces the lab, e.g. eth0</source>
        <translation>fehlt; nennen Sie die Netzwerkschnittstelle zum Labor, z. B. eth0</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network interface name</source>
        <translation>„%1“ ist kein Name einer Netzwerkschnittstelle</translation>
    </message>
    <message>
        <source>needs enable_dhcp: true, because proxyDHCP is an answer to DHCP requests</source>
        <translation>braucht enable_dhcp: true, denn proxyDHCP ist eine Antwort auf DHCP-Anfragen</translation>
    </message>
    <message>
        <source>needs proxy_dhcp: true; with full DHCP this host names itself as next-server already</source>
        <translation>braucht proxy_dhcp: true; mit vollem DHCP nennt sich dieser Rechner bereits selbst als next-server</translation>
    </message>
    <message>
        <source>missing; give start,end[,netmask][,lease], e.g. 192.168.1.50,192.168.1.150,255.255.255.0,12h</source>
        <translation>fehlt; geben Sie start,end[,netmask][,lease] an, z. B. 192.168.1.50,192.168.1.150,255.255.255.0,12h</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 network address</source>
        <translation>„%1“ ist keine IPv4-Netzadresse</translation>
    </message>
    <message>
        <source>start</source>
        <comment>of dnsmasq.dhcp_range</comment>
        <translation>Anfangsadresse</translation>
    </message>
    <message>
        <source>end</source>
        <comment>of dnsmasq.dhcp_range</comment>
        <translation>Endadresse</translation>
    </message>
    <message>
        <source>%1 %2 is outside the subnet of host_ip %3</source>
        <translation>%1 %2 liegt außerhalb des Subnetzes von host_ip %3</translation>
    </message>
    <message>
        <source>must be between 1 and 65535, got %1</source>
        <translation>muss zwischen 1 und 65535 liegen, angegeben ist %1</translation>
    </message>
    <message>
        <source>%1 is already used by %2</source>
        <translation>%1 wird bereits von %2 benutzt</translation>
    </message>
    <message>
        <source>must be one of %1, got &quot;%2&quot;</source>
        <translation>muss eines von %1 sein, angegeben ist „%2“</translation>
    </message>
    <message>
        <source>must be 0 (no alert) to %1 seconds, got %2</source>
        <translation>muss 0 (kein Alarm) bis %1 Sekunden sein, angegeben ist %2</translation>
    </message>
    <message>
        <source>%1 s is not longer than alerts.no_progress (%2 s): give more seconds, or 0 for no red alert</source>
        <translation>%1 s ist nicht länger als alerts.no_progress (%2 s): geben Sie mehr Sekunden an, oder 0 für keinen roten Alarm</translation>
    </message>
    <message>
        <source>must be 0 (no alert) to 100 percent of the median rate, got %1</source>
        <translation>muss 0 (kein Alarm) bis 100 Prozent der mittleren Rate sein, angegeben ist %1</translation>
    </message>
    <message>
        <source>must be %1, got &quot;%2&quot;</source>
        <translation>muss %1 sein, angegeben ist „%2“</translation>
    </message>
</context>
<context>
    <name>bt::SwarmPanel</name>
    <message>
        <source>Share of the delivered bytes that clients sent each other instead of the host</source>
        <translation>Anteil der gelieferten Bytes, die sich die Clients gegenseitig statt vom Host geschickt haben</translation>
    </message>
    <message>
        <source>Peers:</source>
        <translation>Peers:</translation>
    </message>
    <message>
        <source>Seeds:</source>
        <translation>Seeds:</translation>
    </message>
    <message>
        <source>Host upload:</source>
        <translation>Upload des Hosts:</translation>
    </message>
    <message>
        <source>Sent by the host:</source>
        <translation>Vom Host gesendet:</translation>
    </message>
    <message>
        <source>Delivered peer-to-peer:</source>
        <translation>Peer-to-Peer geliefert:</translation>
    </message>
    <message>
        <source>Peer-to-peer share:</source>
        <translation>Peer-to-Peer-Anteil:</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <source>%1 of %2 delivered</source>
        <translation>%1 von %2 geliefert</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Peers that announced themselves to the tracker: seeders hold a whole OS, downloading ones are still fetching it; completed counts the downloads finished since the tracker started</source>
        <translation>Peers, die sich beim Tracker angemeldet haben: Seeder haben ein ganzes Betriebssystem, herunterladende holen es noch; abgeschlossen zählt die seit dem Start des Trackers beendeten Downloads</translation>
    </message>
    <message>
        <source>Tracker:</source>
        <translation>Tracker:</translation>
    </message>
    <message numerus="yes">
        <source>%n seeder(s)</source>
        <translation>
            <numerusform>%n Seeder</numerusform>
            <numerusform>%n Seeder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n downloading</source>
        <translation>
            <numerusform>%n lädt herunter</numerusform>
            <numerusform>%n laden herunter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n abgeschlossen</numerusform>
            <numerusform>%n abgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>not monitored</source>
        <translation>nicht überwacht</translation>
    </message>
    <message>
        <source>%1 (%2 of it over HTTP)</source>
        <translation>%1 (davon %2 über HTTP)</translation>
    </message>
</context>
<context>
    <name>bt::ThroughputChart</name>
    <message>
        <source>Host upload</source>
        <translation>Upload des Hosts</translation>
    </message>
    <message>
        <source>Peer-to-peer</source>
        <translation>Peer-to-Peer</translation>
    </message>
    <message>
        <source>MiB/s</source>
        <translation>MiB/s</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
</context>
<context>
    <name>bt::TorrentMaker</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>cannot be read (permission denied)</source>
        <translation>kann nicht gelesen werden (Zugriff verweigert)</translation>
    </message>
    <message>
        <source>is a symbolic link to %1, which does not exist</source>
        <translation>ist ein symbolischer Link auf %1, das nicht existiert</translation>
    </message>
    <message>
        <source>is a symbolic link to %1, outside the OS folder; copy the file into the folder instead</source>
        <translation>ist ein symbolischer Link auf %1, außerhalb des OS-Ordners; kopieren Sie stattdessen die Datei in den Ordner</translation>
    </message>
    <message>
        <source>is a symbolic link to a folder that contains it, which would repeat forever</source>
        <translation>ist ein symbolischer Link auf einen Ordner, der ihn selbst enthält, was sich endlos wiederholen würde</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>ist kein Ordner</translation>
    </message>
    <message>
        <source>has no name to give the torrent</source>
        <translation>hat keinen Namen, den der Torrent tragen könnte</translation>
    </message>
    <message>
        <source>contains no files; put the OS files into it</source>
        <translation>enthält keine Dateien; legen Sie die Dateien des OS hinein</translation>
    </message>
    <message>
        <source>contains only empty files; a torrent needs data</source>
        <translation>enthält nur leere Dateien; ein Torrent braucht Daten</translation>
    </message>
    <message>
        <source>piece size %1 is not a power of two of at least 16 KiB</source>
        <translation>Stückgröße %1 ist keine Zweierpotenz von mindestens 16 KiB</translation>
    </message>
    <message>
        <source>libtorrent counts %1 pieces where %2 were hashed</source>
        <translation>libtorrent zählt %1 Stücke, wo %2 gehasht wurden</translation>
    </message>
    <message>
        <source>libtorrent could not make the torrent: %1</source>
        <translation>libtorrent konnte den Torrent nicht erstellen: %1</translation>
    </message>
    <message>
        <source>is not a torrent: %1</source>
        <translation>ist kein Torrent: %1</translation>
    </message>
</context>
<context>
    <name>bt::TrackerFolder</name>
    <message>
        <source>cannot create a folder for the tracker in %1: %2</source>
        <translation>in %1 kann kein Ordner für den Tracker angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot copy the tracker whitelist into %1: rebuild the environment</source>
        <translation>die Whitelist des Trackers kann nicht nach %1 kopiert werden: bauen Sie die Umgebung neu</translation>
    </message>
</context>
<context>
    <name>bt::WakeOnLan</name>
    <message>
        <source>there is no interface %1 (dnsmasq.interface) on this machine</source>
        <translation>auf diesem Rechner gibt es keine Schnittstelle %1 (dnsmasq.interface)</translation>
    </message>
    <message>
        <source>%1 on %2 has no broadcast address</source>
        <translation>%1 auf %2 hat keine Broadcast-Adresse</translation>
    </message>
    <message>
        <source>%1 (dnsmasq.interface) does not carry %2 (boottorrent.host_ip)</source>
        <translation>%1 (dnsmasq.interface) hat die Adresse %2 (boottorrent.host_ip) nicht</translation>
    </message>
    <message>
        <source>cannot send from %1: %2</source>
        <translation>von %1 kann nicht gesendet werden: %2</translation>
    </message>
    <message>
        <source>cannot send to %1:%2: %3</source>
        <translation>an %1:%2 kann nicht gesendet werden: %3</translation>
    </message>
</context>
<context>
    <name>bt::WaveReportFeed</name>
    <message>
        <source>The server answered %1: %2</source>
        <translation>Der Server antwortete %1: %2</translation>
    </message>
    <message>
        <source>the server&apos;s report</source>
        <translation>der Bericht des Servers</translation>
    </message>
</context>
<context>
    <name>bt::WaveReportFiles</name>
    <message>
        <source>cannot be created</source>
        <translation>kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot be given to the folder&apos;s owner: %1</source>
        <translation>kann nicht dem Eigentümer des Ordners übergeben werden: %1</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>was written but cannot be given to the folder&apos;s owner: %1</source>
        <translation>wurde geschrieben, kann aber nicht dem Eigentümer des Ordners übergeben werden: %1</translation>
    </message>
    <message>
        <source>holds no wave report, and no serve of %1 runs</source>
        <translation>enthält keinen Wellenbericht, und kein serve von %1 läuft</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is larger than %1 MiB: it is no wave report</source>
        <translation>ist größer als %1 MiB: das ist kein Wellenbericht</translation>
    </message>
</context>
<context>
    <name>bt::WaveReportTableModel</name>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>System</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>To Phase 1</source>
        <translation>Bis Phase 1</translation>
    </message>
    <message>
        <source>To downloaded</source>
        <translation>Bis heruntergeladen</translation>
    </message>
    <message>
        <source>To booted</source>
        <translation>Bis gestartet</translation>
    </message>
    <message>
        <source>From host</source>
        <translation>Vom Host</translation>
    </message>
    <message>
        <source>From peers</source>
        <translation>Von Peers</translation>
    </message>
</context>
<context>
    <name>bt::WaveReportWindow</name>
    <message>
        <source>Wave Is &amp;Over</source>
        <translation>Welle ist &amp;vorbei</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>&amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Boot Wave Report</source>
        <translation>Boot-Welle-Bericht</translation>
    </message>
    <message>
        <source>Settle the wave now: the machines still on their way are reported as they are, and serve keeps the report in the environment&apos;s reports folder.</source>
        <translation>Die Welle jetzt abschließen: Rechner, die noch unterwegs sind, werden so berichtet, wie sie stehen, und serve legt den Bericht im Ordner reports der Umgebung ab.</translation>
    </message>
    <message>
        <source>Machines booted</source>
        <translation>Gestartete Rechner</translation>
    </message>
    <message>
        <source>Minutes since the first machine asked for an address</source>
        <translation>Minuten, seit der erste Rechner nach einer Adresse fragte</translation>
    </message>
    <message>
        <source>The wave is settled; serve keeps its report.</source>
        <translation>Die Welle ist abgeschlossen; serve bewahrt ihren Bericht auf.</translation>
    </message>
    <message>
        <source>The wave was not settled: %1</source>
        <translation>Die Welle wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>No boot wave yet: it starts when the first machine asks for an address.</source>
        <translation>Noch keine Boot-Welle: Sie beginnt, wenn der erste Rechner nach einer Adresse fragt.</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) on their way, none booted yet</source>
        <translation>
            <numerusform>%n Rechner unterwegs, noch keiner gestartet</numerusform>
            <numerusform>%n Rechner unterwegs, noch keiner gestartet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) booted in %1</source>
        <translation>
            <numerusform>%n Rechner in %1 gestartet</numerusform>
            <numerusform>%n Rechner in %1 gestartet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source> (so far)</source>
        <translation> (bisher)</translation>
    </message>
    <message>
        <source>Median time to booted: %1. From the host %2, from peers %3.</source>
        <translation>Mittlere Zeit bis gestartet: %1. Vom Host %2, von Peers %3.</translation>
    </message>
    <message>
        <source>Settled %1.</source>
        <translation>Abgeschlossen %1.</translation>
    </message>
    <message>
        <source>Export the Wave as CSV</source>
        <translation>Die Welle als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export the Curve as PNG</source>
        <translation>Die Kurve als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>the picture cannot be written</source>
        <translation>das Bild kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>bt::WelcomePage</name>
    <message>
        <source>BootTorrent</source>
        <translation>BootTorrent</translation>
    </message>
    <message>
        <source>Boot a room of computers over the network and hand each of them an operating system, peer-to-peer.</source>
        <translation>Einen Raum voller Rechner über das Netzwerk starten und jedem ein Betriebssystem liefern, Peer-to-Peer.</translation>
    </message>
    <message>
        <source>&amp;New Environment…</source>
        <translation>&amp;Neue Umgebung …</translation>
    </message>
    <message>
        <source>Create an environment in an empty folder</source>
        <translation>Eine Umgebung in einem leeren Ordner anlegen</translation>
    </message>
    <message>
        <source>&amp;Open Environment…</source>
        <translation>Umgebung ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a folder that holds a Boottorrent.yaml</source>
        <translation>Einen Ordner mit einer Boottorrent.yaml öffnen</translation>
    </message>
    <message>
        <source>&amp;Recent environments:</source>
        <translation>&amp;Zuletzt geöffnete Umgebungen:</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 (missing)
%2</source>
        <translation>%1 (fehlt)
%2</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>This folder holds no Boottorrent.yaml any more.</source>
        <translation>Dieser Ordner enthält keine Boottorrent.yaml mehr.</translation>
    </message>
    <message>
        <source>No environment opened yet. Create one with New, or open a folder.</source>
        <translation>Noch keine Umgebung geöffnet. Legen Sie mit Neu eine an oder öffnen Sie einen Ordner.</translation>
    </message>
</context>
<context>
    <name>bt::YamlFile</name>
    <message>
        <source>is larger than %1 KiB; an environment&apos;s settings are a few lines</source>
        <translation>ist größer als %1 KiB; die Einstellungen einer Umgebung sind wenige Zeilen</translation>
    </message>
    <message>
        <source>must be a mapping of keys to values</source>
        <translation>muss eine Zuordnung von Schlüsseln zu Werten sein</translation>
    </message>
    <message>
        <source>is too complex (over %1 values once its aliases are expanded, or nested deeper than 64): write the values out plainly</source>
        <translation>ist zu komplex (über %1 Werte nach Auflösen der Aliase, oder tiefer als 64 verschachtelt): schreiben Sie die Werte einfach aus</translation>
    </message>
    <message>
        <source>is not valid YAML: line %1, column %2: %3</source>
        <translation>ist kein gültiges YAML: Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>bt::cli</name>
    <message>
        <source>boottorrent build: --threads: expected a number of at least 1, got &quot;%1&quot;</source>
        <translation>boottorrent build: --threads: erwartet wird eine Zahl ab 1, angegeben ist „%1“</translation>
    </message>
    <message>
        <source>boottorrent build: nothing was changed; the previous out/ is still in place.</source>
        <translation>boottorrent build: nichts wurde geändert; das bisherige out/ ist noch da.</translation>
    </message>
    <message>
        <source>boottorrent: %1 (see --help)</source>
        <translation>boottorrent: %1 (siehe --help)</translation>
    </message>
    <message>
        <source>boottorrent: %1 expects %2 (see --help)</source>
        <translation>boottorrent: %1 erwartet %2 (siehe --help)</translation>
    </message>
    <message numerus="yes">
        <source>%n argument(s)</source>
        <translation>
            <numerusform>%n Argument</numerusform>
            <numerusform>%n Argumente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 arguments</source>
        <translation>%1 bis %2 Argumente</translation>
    </message>
    <message>
        <source>Created the environment %1</source>
        <translation>Umgebung %1 angelegt</translation>
    </message>
    <message>
        <source>Next: edit %1/Boottorrent.yaml, add OS folders under %1/oss/, then run `boottorrent build %1`.</source>
        <translation>Weiter: bearbeiten Sie %1/Boottorrent.yaml, legen Sie OS-Ordner unter %1/oss/ an und führen Sie dann `boottorrent build %1` aus.</translation>
    </message>
    <message>
        <source>boottorrent lab: --simulated, --vms, --timeout and --host-rate take numbers (see --help)</source>
        <translation>boottorrent lab: --simulated, --vms, --timeout und --host-rate nehmen Zahlen (siehe --help)</translation>
    </message>
    <message>
        <source>boottorrent lab: --firmware takes bios, uefi or secureboot, or a comma-separated list of them (see --help)</source>
        <translation>boottorrent lab: --firmware nimmt bios, uefi oder secureboot oder eine kommagetrennte Liste davon (siehe --help)</translation>
    </message>
    <message>
        <source>boottorrent lab: --powered-off is for virtual machines: add --vms M (see --help)</source>
        <translation>boottorrent lab: --powered-off gilt für virtuelle Maschinen: fügen Sie --vms M hinzu (siehe --help)</translation>
    </message>
    <message>
        <source>boottorrent lab: the clients did not all boot within %1 s</source>
        <translation>boottorrent lab: nicht alle Clients sind innerhalb von %1 s gestartet</translation>
    </message>
    <message>
        <source>the serve of %1 (pid %2)</source>
        <translation>das serve von %1 (PID %2)</translation>
    </message>
    <message>
        <source>Boot wave from %1
</source>
        <translation>Startwelle vom %1
</translation>
    </message>
    <message>
        <source> by the admin</source>
        <translation> vom Administrator</translation>
    </message>
    <message>
        <source>, still running</source>
        <translation>, läuft noch</translation>
    </message>
    <message>
        <source>median time to booted %1; from the host %2, from peers %3</source>
        <translation>mittlere Zeit bis zum Start %1; vom Host %2, von Peers %3</translation>
    </message>
    <message>
        <source>%1: %2 is not an environment folder</source>
        <translation>%1: %2 ist kein Umgebungsordner</translation>
    </message>
    <message>
        <source>%1: --%2 needs a file name</source>
        <translation>%1: --%2 braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>%1: --png %2: the picture is a PNG; name it *.png</source>
        <translation>%1: --png %2: das Bild ist ein PNG; nennen Sie es *.png</translation>
    </message>
    <message>
        <source>%1: --csv %2 cannot be written: %3</source>
        <translation>%1: --csv %2 kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>%1: --png %2 cannot be written: %3</source>
        <translation>%1: --png %2 kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>boottorrent serve: --admin takes an address and an optional port, e.g. 127.0.0.1:8292</source>
        <translation>boottorrent serve: --admin nimmt eine Adresse und optional einen Port, z. B. 127.0.0.1:8292</translation>
    </message>
    <message>
        <source>boottorrent serve: --max-clients takes a number from 1 to 65536</source>
        <translation>boottorrent serve: --max-clients nimmt eine Zahl von 1 bis 65536</translation>
    </message>
    <message>
        <source>boottorrent serve: --dhcp-watch takes a number of seconds from 0 to 86400</source>
        <translation>boottorrent serve: --dhcp-watch nimmt eine Anzahl Sekunden von 0 bis 86400</translation>
    </message>
    <message>
        <source>building %1/out (it is older than the environment)</source>
        <translation>%1/out wird gebaut (es ist älter als die Umgebung)</translation>
    </message>
    <message>
        <source>wave settled: %1</source>
        <translation>Welle abgeschlossen: %1</translation>
    </message>
    <message>
        <source>admin API on port %1, token in %2, runtime file %3</source>
        <translation>Admin-API auf Port %1, Token in %2, Laufzeitdatei %3</translation>
    </message>
    <message>
        <source>boottorrent serve: %1 failed to start: %2</source>
        <translation>boottorrent serve: %1 konnte nicht starten: %2</translation>
    </message>
    <message>
        <source>boottorrent serve: not restarted: %1</source>
        <translation>boottorrent serve: nicht neu gestartet: %1</translation>
    </message>
    <message>
        <source>not restarted: %1</source>
        <translation>nicht neu gestartet: %1</translation>
    </message>
    <message>
        <source>building %1/out for the restart</source>
        <translation>%1/out wird für den Neustart gebaut</translation>
    </message>
    <message>
        <source>warning: cannot ask for other DHCP servers on %1: %2</source>
        <translation>Warnung: auf %1 kann nicht nach anderen DHCP-Servern gefragt werden: %2</translation>
    </message>
    <message>
        <source>boottorrent status: no BootTorrent answers for %1 at %2 (%3); is `boottorrent serve %1` running?</source>
        <translation>boottorrent status: kein BootTorrent antwortet für %1 unter %2 (%3); läuft `boottorrent serve %1`?</translation>
    </message>
    <message>
        <source>boottorrent wake: --rate takes a number of machines per second from 1 to 100</source>
        <translation>boottorrent wake: --rate nimmt eine Anzahl Rechner pro Sekunde von 1 bis 100</translation>
    </message>
    <message>
        <source>boottorrent wake: &quot;%1&quot; is neither a MAC address (aa:bb:cc:dd:ee:ff) nor the name of a machine in %2/%3</source>
        <translation>boottorrent wake: „%1“ ist weder eine MAC-Adresse (aa:bb:cc:dd:ee:ff) noch der Name eines Rechners in %2/%3</translation>
    </message>
    <message>
        <source>boottorrent wake: %1 knows no machine yet (machines.yaml, leases); name the MACs to wake</source>
        <translation>boottorrent wake: %1 kennt noch keinen Rechner (machines.yaml, Leases); nennen Sie die MACs, die geweckt werden sollen</translation>
    </message>
    <message>
        <source>boottorrent wake: name the machines to wake, or --all</source>
        <translation>boottorrent wake: nennen Sie die Rechner, die geweckt werden sollen, oder --all</translation>
    </message>
    <message>
        <source>woke %1 (magic packets to %2, UDP 9 and 7)</source>
        <translation>%1 geweckt (Magic Packets an %2, UDP 9 und 7)</translation>
    </message>
    <message>
        <source>boottorrent wake: %1</source>
        <translation>boottorrent wake: %1</translation>
    </message>
    <message>
        <source>Builds DIR/out/: one torrent per OS, the client configuration (torrents.gz), the Phase-1
boot files and the configuration of dnsmasq, aria2c and opentracker. The new out/
replaces the old one only when every step succeeded.</source>
        <translation>Baut DIR/out/: einen Torrent je Betriebssystem, die Client-Konfiguration (torrents.gz), die
Bootdateien für Phase 1 und die Konfiguration von dnsmasq, aria2c und opentracker. Das neue
out/ ersetzt das alte erst, wenn jeder Schritt gelungen ist.</translation>
    </message>
    <message>
        <source>The environment folder.</source>
        <translation>Der Umgebungsordner.</translation>
    </message>
    <message>
        <source>Folder with the Phase-1 boot files (default: found next to boottorrent).</source>
        <translation>Ordner mit den Bootdateien für Phase 1 (Standard: neben boottorrent gefunden).</translation>
    </message>
    <message>
        <source>Hashing threads (default: every core).</source>
        <translation>Threads zum Hashen (Standard: alle Kerne).</translation>
    </message>
    <message>
        <source>Print only the result.</source>
        <translation>Nur das Ergebnis ausgeben.</translation>
    </message>
    <message>
        <source>Creates a new environment in DIR: a commented Boottorrent.yaml and an empty oss/ folder.
Add one folder per operating system under oss/, each with a config.yaml.</source>
        <translation>Legt in DIR eine neue Umgebung an: eine kommentierte Boottorrent.yaml und einen leeren Ordner oss/.
Legen Sie unter oss/ je Betriebssystem einen Ordner mit einer config.yaml an.</translation>
    </message>
    <message>
        <source>Folder of the new environment.</source>
        <translation>Ordner der neuen Umgebung.</translation>
    </message>
    <message>
        <source>Boots a virtual lab against the environment DIR on this machine: a network namespace whose bridge
carries the environment&apos;s host address (198.18.0.0/15 only), `boottorrent serve DIR` inside it,
simulated clients and qemu virtual machines that PXE-boot from it. Prints every change; ends when
every client booted (exit 0) or one failed (exit 1), unless --keep-running. Removes every
namespace and process it made on exit, Ctrl+C or SIGTERM. Needs root.</source>
        <translation>Startet auf diesem Rechner ein virtuelles Labor für die Umgebung DIR: einen Netzwerk-Namespace,
dessen Bridge die Host-Adresse der Umgebung trägt (nur 198.18.0.0/15), darin `boottorrent serve DIR`,
simulierte Clients und virtuelle qemu-Maschinen, die per PXE davon booten. Gibt jede Änderung aus;
endet, wenn jeder Client gebootet hat (Exit 0) oder einer gescheitert ist (Exit 1), außer mit
--keep-running. Entfernt beim Beenden, bei Strg+C oder SIGTERM jeden Namespace und jeden Prozess,
den es angelegt hat. Braucht root.</translation>
    </message>
    <message>
        <source>Simulated clients (namespaces running bttui --headless --dry-run); default 4 without --vms.</source>
        <translation>Simulierte Clients (Namespaces, in denen bttui --headless --dry-run läuft); Standard 4 ohne --vms.</translation>
    </message>
    <message>
        <source>qemu virtual machines that boot the real path (software emulation, 512 MiB each).</source>
        <translation>Virtuelle qemu-Maschinen, die den echten Weg booten (Software-Emulation, je 512 MiB).</translation>
    </message>
    <message>
        <source>Firmware of the virtual machines: bios (iPXE), uefi (OVMF) or
secureboot (OVMF with Microsoft&apos;s keys, Secure Boot on); a comma-separated
list gives each machine the next one in turn, e.g. uefi,secureboot (default bios).</source>
        <translation>Firmware der virtuellen Maschinen: bios (iPXE), uefi (OVMF) oder
secureboot (OVMF mit Microsofts Schlüsseln, Secure Boot an); eine durch Kommas getrennte
Liste gibt jeder Maschine reihum die nächste, z. B. uefi,secureboot (Standard bios).</translation>
    </message>
    <message>
        <source>Keep the lab up after the clients booted, until Ctrl+C.</source>
        <translation>Das Labor nach dem Booten der Clients weiterlaufen lassen, bis Strg+C.</translation>
    </message>
    <message>
        <source>Keep the lab&apos;s logs, serial consoles and the final clients.json and swarm.json here
(default: a temporary folder, removed at exit).</source>
        <translation>Die Logs des Labors, die seriellen Konsolen und die abschließende clients.json und swarm.json hier
behalten (Standard: ein temporärer Ordner, der beim Beenden entfernt wird).</translation>
    </message>
    <message>
        <source>Give up when the clients have not all booted after this many seconds (default 900).</source>
        <translation>Aufgeben, wenn nach so vielen Sekunden nicht alle Clients gebootet haben (Standard 900).</translation>
    </message>
    <message>
        <source>Let the virtual machines use KVM.</source>
        <translation>Die virtuellen Maschinen KVM nutzen lassen.</translation>
    </message>
    <message>
        <source>Limit what the host seeder and web seed send to MBIT Mbit/s, so the clients share with each other
(default: no limit; TFTP and DHCP stay unlimited).</source>
        <translation>Begrenzt, was Seeder und Web-Seed des Hosts senden, auf MBIT Mbit/s, damit die Clients untereinander
teilen (Standard: keine Grenze; TFTP und DHCP bleiben unbegrenzt).</translation>
    </message>
    <message>
        <source>Put the site&apos;s own DHCP server on the lab network (a dnsmasq that hands out
dnsmasq.dhcp_range and nothing about booting), as on a school&apos;s network; the
environment must serve with dnsmasq.proxy_dhcp: true.</source>
        <translation>Den eigenen DHCP-Server des Standorts ins Labornetz stellen (ein dnsmasq, der
dnsmasq.dhcp_range vergibt und nichts zum Booten sagt), wie im Netz einer Schule; die
Umgebung muss mit dnsmasq.proxy_dhcp: true bereitstellen.</translation>
    </message>
    <message>
        <source>With --site-dhcp: the site&apos;s server names this host as next-server for UEFI PXE
clients (boot file shimx64.efi), as a site must for Secure Boot machines.</source>
        <translation>Mit --site-dhcp: Der Server des Standorts nennt diesen Host als next-server für UEFI-PXE-
Clients (Bootdatei shimx64.efi), wie es ein Standort für Secure-Boot-Maschinen muss.</translation>
    </message>
    <message>
        <source>Start the virtual machines powered off: each one starts when a Wake-on-LAN magic
packet for its MAC reaches the lab network&apos;s broadcast address on UDP 9 or 7, e.g.
from `ip netns exec btlab&lt;PID&gt;-h boottorrent wake DIR MAC`.</source>
        <translation>Die virtuellen Maschinen ausgeschaltet starten: Jede startet, wenn ein Wake-on-LAN-Magic-Packet
für ihre MAC die Broadcast-Adresse des Labornetzes auf UDP 9 oder 7 erreicht, z. B.
von `ip netns exec btlab&lt;PID&gt;-h boottorrent wake DIR MAC`.</translation>
    </message>
    <message>
        <source>create a new environment folder with a commented Boottorrent.yaml</source>
        <translation>einen neuen Umgebungsordner mit kommentierter Boottorrent.yaml anlegen</translation>
    </message>
    <message>
        <source>build DIR/out/: torrents, client configuration, service configuration</source>
        <translation>DIR/out/ bauen: Torrents, Client-Konfiguration, Konfiguration der Dienste</translation>
    </message>
    <message>
        <source>serve DIR: DHCP, TFTP, tracker and seeder, with live client status</source>
        <translation>DIR bereitstellen: DHCP, TFTP, Tracker und Seeder, mit laufendem Client-Status</translation>
    </message>
    <message>
        <source>print the clients of a running serve of DIR</source>
        <translation>die Clients eines laufenden serve von DIR ausgeben</translation>
    </message>
    <message>
        <source>boot simulated clients and virtual machines against DIR in a namespace lab</source>
        <translation>simulierte Clients und virtuelle Maschinen in einem Namespace-Labor von DIR booten</translation>
    </message>
    <message>
        <source>power lab machines on with Wake-on-LAN</source>
        <translation>Labormaschinen per Wake-on-LAN einschalten</translation>
    </message>
    <message>
        <source>print the boot wave report of DIR; write it as CSV and its curve as PNG</source>
        <translation>den Bericht der Bootwelle von DIR ausgeben; als CSV und seine Kurve als PNG schreiben</translation>
    </message>
    <message>
        <source>Usage: boottorrent [DIR]          open the desktop app (on the environment DIR)
       boottorrent --lab N DIR    the same, with a virtual lab of N simulated clients booting
       boottorrent --serve DIR    the same, serving DIR (as Start Serving)
       boottorrent &lt;command&gt; [options] DIR

BootTorrent boots a room of computers over the network and hands each one its
operating system peer-to-peer.

Commands:
</source>
        <translation>Aufruf: boottorrent [DIR]          die Desktop-App öffnen (mit der Umgebung DIR)
        boottorrent --lab N DIR    dasselbe, mit einem virtuellen Labor aus N simulierten Clients, die booten
        boottorrent --serve DIR    dasselbe, und DIR bereitstellen (wie „Bereitstellen“)
        boottorrent &lt;command&gt; [options] DIR

BootTorrent bootet einen Raum voller Computer über das Netzwerk und gibt jedem sein
Betriebssystem Peer-to-Peer.

Befehle:
</translation>
    </message>
    <message>
        <source>
Run `boottorrent &lt;command&gt; --help` for a command&apos;s options.
</source>
        <translation>
`boottorrent &lt;command&gt; --help` zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>boottorrent: --serve expects an environment folder: boottorrent --serve DIR
</source>
        <translation>boottorrent: --serve erwartet einen Umgebungsordner: boottorrent --serve DIR
</translation>
    </message>
    <message>
        <source>boottorrent: --lab expects a number of clients and a folder: boottorrent --lab 4 DIR
</source>
        <translation>boottorrent: --lab erwartet eine Anzahl Clients und einen Ordner: boottorrent --lab 4 DIR
</translation>
    </message>
    <message>
        <source>boottorrent: &quot;%1&quot; is neither a command nor an environment folder (see boottorrent --help)
</source>
        <translation>boottorrent: „%1“ ist weder ein Befehl noch ein Umgebungsordner (siehe boottorrent --help)
</translation>
    </message>
    <message>
        <source>boottorrent: no graphical display (DISPLAY is not set): run the desktop app in a desktop session, or use the headless commands (see boottorrent --help)
</source>
        <translation>boottorrent: keine grafische Anzeige (DISPLAY ist nicht gesetzt): Starten Sie die Desktop-App in einer Desktop-Sitzung oder nutzen Sie die Befehle ohne Oberfläche (siehe boottorrent --help)
</translation>
    </message>
    <message>
        <source>Prints the boot wave report of DIR: the wave the running serve of DIR follows (or its
last settled one), else the newest DIR/reports/wave-*.json. Each machine&apos;s times from
its first DHCP request to Phase 1, to its OS downloaded and to booted; the bytes it got
from the host and from peers.</source>
        <translation>Gibt den Bericht der Bootwelle von DIR aus: die Welle, der das laufende serve von DIR folgt (oder
seine letzte abgeschlossene), sonst die neueste DIR/reports/wave-*.json. Für jede Maschine die Zeiten
von ihrer ersten DHCP-Anfrage bis Phase 1, bis zum geladenen Betriebssystem und bis gebootet; die
Bytes, die sie vom Host und von Peers bekam.</translation>
    </message>
    <message>
        <source>Report this wave file instead (a reports/wave-*.json).</source>
        <translation>Stattdessen über diese Wellendatei berichten (eine reports/wave-*.json).</translation>
    </message>
    <message>
        <source>Write one line per machine to FILE and the curve to FILE-curve.csv.</source>
        <translation>Eine Zeile je Maschine nach FILE und die Kurve nach FILE-curve.csv schreiben.</translation>
    </message>
    <message>
        <source>Draw the curve of machines booted over time to FILE (PNG).</source>
        <translation>Die Kurve der gebooteten Maschinen über die Zeit nach FILE zeichnen (PNG).</translation>
    </message>
    <message>
        <source>Serves the environment DIR: builds out/ when it is stale, then runs dnsmasq (DHCP + TFTP),
the aria2c seeder and opentracker, answers the clients&apos; status reports and prints one
line per change. Stops cleanly, with every child process gone, on Ctrl+C or SIGTERM.</source>
        <translation>Stellt die Umgebung DIR bereit: baut out/, wenn es veraltet ist, und startet dann dnsmasq (DHCP + TFTP),
den Seeder aria2c und opentracker, beantwortet die Statusmeldungen der Clients und gibt je Änderung
eine Zeile aus. Endet sauber, ohne verbliebene Kindprozesse, bei Strg+C oder SIGTERM.</translation>
    </message>
    <message>
        <source>Serve on this network interface instead of dnsmasq.interface (the file is not changed).</source>
        <translation>Auf dieser Netzwerkschnittstelle statt dnsmasq.interface bereitstellen (die Datei bleibt unverändert).</translation>
    </message>
    <message>
        <source>Append ARGS to the Phase-1 kernel command line (e.g. bt.headless for virtual machines
whose console is a serial port); out/ is rebuilt when they change.</source>
        <translation>ARGS an die Kernel-Kommandozeile von Phase 1 anhängen (z. B. bt.headless für virtuelle Maschinen,
deren Konsole eine serielle Schnittstelle ist); out/ wird neu gebaut, wenn sie sich ändern.</translation>
    </message>
    <message>
        <source>With full DHCP, ask the network every SECONDS whether another DHCP server appeared
(default %1; 0: only once, before serving).</source>
        <translation>Mit vollem DHCP alle SECONDS Sekunden im Netz prüfen, ob ein weiterer DHCP-Server erschienen ist
(Standard %1; 0: nur einmal, vor dem Bereitstellen).</translation>
    </message>
    <message>
        <source>Follow at most N machines (default: the DHCP range&apos;s size plus 64 with full DHCP,
else 1024); reports of further ones are refused.</source>
        <translation>Höchstens N Maschinen verfolgen (Standard: Größe des DHCP-Bereichs plus 64 bei vollem DHCP,
sonst 1024); Meldungen weiterer werden abgewiesen.</translation>
    </message>
    <message>
        <source>Open the admin API on ADDRESS[:PORT] (default: boottorrent.admin_address, else
127.0.0.1 with a free port; never a lab address). Its token and port are in the
runtime file serve prints.</source>
        <translation>Die Admin-API auf ADDRESS[:PORT] öffnen (Standard: boottorrent.admin_address, sonst
127.0.0.1 mit einem freien Port; nie eine Laboradresse). Ihr Token und Port stehen in der
Laufzeitdatei, die serve ausgibt.</translation>
    </message>
    <message>
        <source>Write the runtime and token files into DIR instead of /run/boottorrent (the user&apos;s runtime folder when not root).</source>
        <translation>Laufzeit- und Token-Datei nach DIR statt nach /run/boottorrent schreiben (ohne root in den Laufzeitordner des Benutzers).</translation>
    </message>
    <message>
        <source>Run in a session of its own, as the desktop app starts it: closing the window or the terminal that started it does not stop serving.</source>
        <translation>In einer eigenen Sitzung laufen, wie die Desktop-App es startet: Das Schließen des Fensters oder des Terminals, das es gestartet hat, beendet das Bereitstellen nicht.</translation>
    </message>
    <message>
        <source>Keep the known machines in FILE instead of DIR/machines.yaml (the virtual
lab keeps its own, so the room&apos;s stays as it is).</source>
        <translation>Die bekannten Maschinen in FILE statt in DIR/machines.yaml führen (das virtuelle
Labor führt eigene, damit die des Raums bleiben, wie sie sind).</translation>
    </message>
    <message>
        <source>Prints the clients of the BootTorrent that serves DIR: from serve&apos;s admin API when its
runtime file and token can be read (then its services too), else from the status
endpoint (http://&lt;host_ip&gt;:&lt;status_port&gt;/api/v1/clients).</source>
        <translation>Gibt die Clients des BootTorrent aus, das DIR bereitstellt: aus der Admin-API von serve, wenn seine
Laufzeitdatei und sein Token lesbar sind (dann auch seine Dienste), sonst vom Status-Endpunkt
(http://&lt;host_ip&gt;:&lt;status_port&gt;/api/v1/clients).</translation>
    </message>
    <message>
        <source>Print the clients and the swarm as JSON.</source>
        <translation>Die Clients und den Schwarm als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Powers lab machines on with Wake-on-LAN: magic packets to the broadcast address of the
network of boottorrent.host_ip on dnsmasq.interface, UDP ports 9 and 7, three times each,
at most RATE machines a second. The machines&apos; firmware must have Wake-on-LAN on.</source>
        <translation>Schaltet Labormaschinen per Wake-on-LAN ein: Magic Packets an die Broadcast-Adresse des
Netzes von boottorrent.host_ip auf dnsmasq.interface, UDP-Ports 9 und 7, je dreimal,
höchstens RATE Maschinen pro Sekunde. In der Firmware der Maschinen muss Wake-on-LAN an sein.</translation>
    </message>
    <message>
        <source>The environment of the lab.</source>
        <translation>Die Umgebung des Labors.</translation>
    </message>
    <message>
        <source>Machines to wake: a MAC (aa:bb:cc:dd:ee:ff) or a name from machines.yaml.</source>
        <translation>Zu weckende Maschinen: eine MAC (aa:bb:cc:dd:ee:ff) oder ein Name aus machines.yaml.</translation>
    </message>
    <message>
        <source>Wake every known machine (machines.yaml) and every machine that holds a
lease from this environment&apos;s DHCP (out/dnsmasq/dnsmasq.leases).</source>
        <translation>Jede bekannte Maschine (machines.yaml) wecken und jede, die eine Lease vom
DHCP dieser Umgebung hält (out/dnsmasq/dnsmasq.leases).</translation>
    </message>
    <message>
        <source>Machines woken per second (1-100; default boottorrent.wake_per_second,
which is %1 unless the environment says otherwise).</source>
        <translation>Pro Sekunde geweckte Maschinen (1-100; Standard boottorrent.wake_per_second,
das %1 ist, sofern die Umgebung nichts anderes sagt).</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>torrent %1: %2 (%3 bytes, %4 pieces)</source>
        <translation>Torrent %1: %2 (%3 Bytes, %4 Stücke)</translation>
    </message>
    <message>
        <source>Built %1</source>
        <translation>Gebaut: %1</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>wird beendet</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>SYSTEM</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>PHASE-1</source>
        <translation>PHASE-1</translation>
    </message>
    <message>
        <source>DOWNLOADED</source>
        <translation>HERUNTERGELADEN</translation>
    </message>
    <message>
        <source>BOOTED</source>
        <translation>GESTARTET</translation>
    </message>
    <message>
        <source>FROM HOST</source>
        <translation>VOM HOST</translation>
    </message>
    <message>
        <source>FROM PEERS</source>
        <translation>VON PEERS</translation>
    </message>
    <message>
        <source>started %1 UTC</source>
        <translation>begonnen %1 UTC</translation>
    </message>
    <message>
        <source>, settled %1 UTC%2</source>
        <translation>, abgeschlossen %1 UTC%2</translation>
    </message>
    <message>
        <source> (%1 % peer-to-peer)</source>
        <translation> (%1 % Peer-to-Peer)</translation>
    </message>
    <message>
        <source>wrote %1 and %2</source>
        <translation>%1 und %2 geschrieben</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>client %1: %2: %3</source>
        <translation>Client %1: %2: %3</translation>
    </message>
    <message>
        <source>serving %1 on %2: %3</source>
        <translation>%1 wird auf %2 bereitgestellt: %3</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>wird neu gestartet</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>HOSTNAME</source>
        <translation>RECHNERNAME</translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation>FORTSCHRITT</translation>
    </message>
    <message>
        <source>RATE</source>
        <translation>RATE</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>RESTZEIT</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MELDUNG</translation>
    </message>
    <message>
        <source>%1 clients; swarm: %2
</source>
        <translation>%1 Clients; Schwarm: %2
</translation>
    </message>
    <message>
        <source>service %1: %2, pid %3, %4 restarts
</source>
        <translation>Dienst %1: %2, PID %3, %4 Neustarts
</translation>
    </message>
</context>
</TS>
