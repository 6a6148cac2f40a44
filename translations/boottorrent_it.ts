<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>DropClassifier</name>
    <message>
        <source>%1 does not exist (any more).</source>
        <translation>%1 non esiste (più).</translation>
    </message>
    <message>
        <source>The folder %1 holds no files and no config.yaml.</source>
        <translation>La cartella %1 non contiene file né un config.yaml.</translation>
    </message>
    <message>
        <source>%1 is no kernel, initrd, ISO, disk image or program, so no OS entry was made for it.</source>
        <translation>%1 non è un kernel, un initrd, una ISO, un&apos;immagine disco o un programma, quindi non è stata creata alcuna voce di sistema.</translation>
    </message>
    <message>
        <source>%1 looks like an initrd, but no kernel came with it: drop the kernel and the initrd together.</source>
        <translation>%1 sembra un initrd, ma senza un kernel: trascina insieme il kernel e l&apos;initrd.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>Lingua di sistema</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[opzioni]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opzioni:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argomenti:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Mostra l&apos;aiuto sulle opzioni della riga di comando.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Mostra l&apos;aiuto, comprese le opzioni proprie di Qt.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Opzione sconosciuta &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Opzioni sconosciute: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Manca un valore dopo &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Valore inatteso dopo &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>bt::AdminClient</name>
    <message>
        <source>cannot connect to %1:%2 in %3: %4</source>
        <translation>impossibile connettersi a %1:%2 in %3: %4</translation>
    </message>
    <message>
        <source>the admin API&apos;s answer is not HTTP</source>
        <translation>la risposta dell&apos;API di amministrazione non è HTTP</translation>
    </message>
    <message>
        <source>the admin API&apos;s answer is not a JSON object (%1)</source>
        <translation>la risposta dell&apos;API di amministrazione non è un oggetto JSON (%1)</translation>
    </message>
    <message>
        <source>the admin API&apos;s answer is larger than %1 MiB</source>
        <translation>la risposta dell&apos;API di amministrazione è più grande di %1 MiB</translation>
    </message>
    <message>
        <source>the admin API did not answer within %1 s</source>
        <translation>l&apos;API di amministrazione non ha risposto entro %1 s</translation>
    </message>
</context>
<context>
    <name>bt::AlertRules</name>
    <message>
        <source>failed without saying why: see its screen</source>
        <translation>non è riuscito senza dire perché: guardarne lo schermo</translation>
    </message>
    <message>
        <source>leased %1 ago but never asked for the boot file: is network boot first in its firmware?</source>
        <translation>ha ottenuto un lease %1 fa ma non ha mai chiesto il file di avvio: l&apos;avvio da rete è il primo nel suo firmware?</translation>
    </message>
    <message>
        <source>loading Phase 1 for %1 but it never reported up: check the TFTP log, the boot loader&apos;s screen and Secure Boot</source>
        <translation>carica la Phase 1 da %1 ma non si è mai segnalato: controllare il registro TFTP, lo schermo del boot loader e il Secure Boot</translation>
    </message>
    <message>
        <source>no progress for %1: is its link up? see the swarm panel</source>
        <translation>nessun progresso da %1: il suo collegamento è attivo? vedere il pannello dello sciame</translation>
    </message>
    <message>
        <source>downloading at %1, %2% of the room&apos;s median %3: check its link, cable and switch port</source>
        <translation>scarica a %1, il %2% della mediana della stanza (%3): controllare collegamento, cavo e porta dello switch</translation>
    </message>
    <message>
        <source>handed over to its OS %1 ago and never reported booted: the OS may not report back, or kexec failed (see its screen)</source>
        <translation>ha passato il controllo al suo sistema %1 fa e non ha mai segnalato l&apos;avvio: il sistema forse non lo segnala, o kexec non è riuscito (guardarne lo schermo)</translation>
    </message>
</context>
<context>
    <name>bt::BuildPanel</name>
    <message>
        <source>Not built in this session.</source>
        <translation>Non ancora generato in questa sessione.</translation>
    </message>
    <message>
        <source>Cancel &amp;Build</source>
        <translation>Annulla &amp;generazione</translation>
    </message>
    <message>
        <source>Starting the build…</source>
        <translation>Avvio della generazione…</translation>
    </message>
    <message>
        <source>Building %1…</source>
        <translation>Generazione di %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>Build complete.</source>
        <translation>Generazione completata.</translation>
    </message>
    <message>
        <source>out/ is ready to serve.</source>
        <translation>out/ è pronto per servire il laboratorio.</translation>
    </message>
    <message>
        <source>Build complete: %1</source>
        <translation>Generazione completata: %1</translation>
    </message>
    <message>
        <source>Build cancelled; the previous out/ is unchanged.</source>
        <translation>Generazione annullata; il precedente out/ è invariato.</translation>
    </message>
    <message>
        <source>Build failed; the previous out/ is unchanged.</source>
        <translation>Generazione non riuscita; il precedente out/ è invariato.</translation>
    </message>
    <message>
        <source>Build cancelled.</source>
        <translation>Generazione annullata.</translation>
    </message>
    <message>
        <source>Build failed.</source>
        <translation>Generazione non riuscita.</translation>
    </message>
    <message>
        <source>Build Failed</source>
        <translation>Generazione non riuscita</translation>
    </message>
    <message>
        <source>The build stopped. The previous out/ still serves. Fix what is listed, then build again.</source>
        <translation>La generazione si è interrotta. Il precedente out/ continua a servire. Correggi quanto elencato, poi genera di nuovo.</translation>
    </message>
</context>
<context>
    <name>bt::Builder</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>impossibile copiare %1 in %2</translation>
    </message>
    <message>
        <source>cannot create a temporary folder in %1: %2</source>
        <translation>impossibile creare una cartella temporanea in %1: %2</translation>
    </message>
    <message>
        <source>build cancelled; the previous out/ is unchanged</source>
        <translation>costruzione annullata; il precedente out/ è invariato</translation>
    </message>
    <message>
        <source>the environment&apos;s folder path has a control character (such as a newline), a quote, a backslash or a &apos;#&apos;, which would break dnsmasq&apos;s and aria2&apos;s configuration: move the environment to a plain path</source>
        <translation>il percorso della cartella dell&apos;ambiente contiene un carattere di controllo (come un a capo), una virgoletta, una barra rovesciata o un &apos;#&apos;, che guasterebbe la configurazione di dnsmasq e di aria2: spostare l&apos;ambiente in un percorso semplice</translation>
    </message>
    <message>
        <source>the Phase-1 kernel arguments (--client-args) have a control character, which would break pxelinux.cfg and grub.cfg: give plain text</source>
        <translation>gli argomenti del kernel di Phase-1 (--client-args) contengono un carattere di controllo che guasterebbe pxelinux.cfg e grub.cfg: indicare testo semplice</translation>
    </message>
    <message>
        <source>no qemu runtime in the Phase-1 folder (%1): clients cannot start bin-qemu-x86_64 systems; rebuild the Phase-1 system with qemu-system-x86 installed</source>
        <translation>nessun runtime qemu nella cartella Phase-1 (%1): i client non possono avviare sistemi bin-qemu-x86_64; ricostruire il sistema Phase-1 con qemu-system-x86 installato</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>non trovata</translation>
    </message>
    <message>
        <source>Writing client configuration</source>
        <translation>Scrittura della configurazione dei client</translation>
    </message>
    <message>
        <source>Packing torrents.gz</source>
        <translation>Compressione di torrents.gz</translation>
    </message>
    <message>
        <source>pxelinux.0 or ldlinux.c32 not found: install the pxelinux and syslinux-common packages</source>
        <translation>pxelinux.0 o ldlinux.c32 non trovato: installare i pacchetti pxelinux e syslinux-common</translation>
    </message>
    <message>
        <source>Phase-1 %1 not found (looked in %2): out/ is built, but clients cannot boot until the Phase-1 system is built (scripts/setup does it)</source>
        <translation>%1 di Phase-1 non trovato (cercato in %2): out/ è costruito, ma i client non possono avviarsi finché il sistema Phase-1 non è costruito (lo fa scripts/setup)</translation>
    </message>
    <message>
        <source>shimx64.efi and grubx64.efi not found in the Phase-1 folder: UEFI clients with Secure Boot on cannot boot (scripts/setup builds them)</source>
        <translation>shimx64.efi e grubx64.efi non trovati nella cartella Phase-1: i client UEFI con Secure Boot attivo non possono avviarsi (li costruisce scripts/setup)</translation>
    </message>
    <message>
        <source>proxyDHCP with dnsmasq.site_names_host: UEFI clients boot shim and GRUB, which reads grub/grub.cfg from the next-server the network&apos;s DHCP server names; unless that is this host, they stop at the grub&gt; prompt</source>
        <translation>proxyDHCP con dnsmasq.site_names_host: i client UEFI avviano shim e GRUB, che legge grub/grub.cfg dal next-server indicato dal server DHCP della rete; se non è questo host, si fermano al prompt grub&gt;</translation>
    </message>
    <message>
        <source>proxyDHCP: UEFI clients boot syslinux.efi, so Secure Boot must be off on them, unless the network&apos;s DHCP server names this host as next-server (then set dnsmasq.site_names_host: true)</source>
        <translation>proxyDHCP: i client UEFI avviano syslinux.efi, quindi il Secure Boot deve essere disattivato su di essi, a meno che il server DHCP della rete indichi questo host come next-server (in tal caso impostare dnsmasq.site_names_host: true)</translation>
    </message>
    <message>
        <source>dnsmasq keeps running as root: the user %1 cannot reach %2 (a private home folder?); move the environment where others may pass, or set dnsmasq.user</source>
        <translation>dnsmasq resta in esecuzione come root: l&apos;utente %1 non può raggiungere %2 (una cartella home privata?); spostare l&apos;ambiente dove altri possono accedere, oppure impostare dnsmasq.user</translation>
    </message>
    <message>
        <source>Writing dnsmasq.conf</source>
        <translation>Scrittura di dnsmasq.conf</translation>
    </message>
    <message>
        <source>Writing aria2 configuration</source>
        <translation>Scrittura della configurazione di aria2</translation>
    </message>
    <message>
        <source>Writing tracker whitelist</source>
        <translation>Scrittura della whitelist del tracker</translation>
    </message>
    <message>
        <source>cannot move the new build into %1: %2</source>
        <translation>impossibile spostare la nuova costruzione in %1: %2</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>impossibile sostituire %1: %2</translation>
    </message>
    <message>
        <source>cannot be read (%1): rebuild the environment</source>
        <translation>non può essere letto (%1): ricostruire l&apos;ambiente</translation>
    </message>
    <message>
        <source>is not a JSON object: rebuild the environment</source>
        <translation>non è un oggetto JSON: ricostruire l&apos;ambiente</translation>
    </message>
    <message>
        <source>%1: rebuild the environment</source>
        <translation>%1: ricostruire l&apos;ambiente</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>non può essere scritto: %1</translation>
    </message>
    <message>
        <source>Hashing %1</source>
        <translation>Calcolo degli hash di %1</translation>
    </message>
    <message>
        <source>Copying Phase-1 files</source>
        <translation>Copia dei file di Phase-1</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Completamento</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
</context>
<context>
    <name>bt::ClientTableModel</name>
    <message>
        <source>Asking for an address</source>
        <translation>Chiede un indirizzo</translation>
    </message>
    <message>
        <source>Has an address</source>
        <translation>Ha un indirizzo</translation>
    </message>
    <message>
        <source>Loading Phase 1</source>
        <translation>Carica la Fase 1</translation>
    </message>
    <message>
        <source>Phase 1 running</source>
        <translation>Fase 1 in esecuzione</translation>
    </message>
    <message>
        <source>In the menu</source>
        <translation>Nel menu</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>In scaricamento</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>In condivisione</translation>
    </message>
    <message>
        <source>Booting its OS</source>
        <translation>Avvia il sistema</translation>
    </message>
    <message>
        <source>Booted</source>
        <translation>Avviato</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
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
            <numerusform>%n s fa</numerusform>
            <numerusform>%n s fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min fa</numerusform>
            <numerusform>%n min fa</numerusform>
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
        <translation>Nome host</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Velocità</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Ultimo contatto</translation>
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
        <translation>Spenta / non vista</translation>
    </message>
    <message>
        <source>Boots %1 without the menu at its next boot</source>
        <translation>Al prossimo avvio avvia %1 senza menu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Tempo rimanente</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Da controllare</translation>
    </message>
</context>
<context>
    <name>bt::DashboardPanel</name>
    <message>
        <source>All states</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;iltro:</translation>
    </message>
    <message>
        <source>Swarm</source>
        <translation>Sciame</translation>
    </message>
    <message>
        <source>%1 clients, %2 booted, %3 failed</source>
        <translation>%1 client, %2 avviati, %3 non riusciti</translation>
    </message>
    <message>
        <source>Filter by name, MAC, IP, hostname or OS</source>
        <translation>Filtra per nome, MAC, IP, nome host o sistema</translation>
    </message>
    <message>
        <source>%1 clients, %2 booted, %3 failed, %4 off</source>
        <translation>%1 client, %2 avviati, %3 falliti, %4 spenti</translation>
    </message>
</context>
<context>
    <name>bt::DhcpProbe</name>
    <message>
        <source>another DHCP server, %1, already answers on %2 (it offered %3)%4; a second one would break this network: set dnsmasq.proxy_dhcp: true to boot the clients beside it, or serve a network of its own</source>
        <translation>un altro server DHCP, %1, risponde già su %2 (ha offerto %3)%4; un secondo server guasterebbe questa rete: impostare dnsmasq.proxy_dhcp: true per avviare i client accanto a esso, oppure servire una rete propria</translation>
    </message>
    <message>
        <source>dnsmasq.proxy_dhcp is on, but no DHCP server answered on %1 within %2 s: clients get no address unless one runs there</source>
        <translation>dnsmasq.proxy_dhcp è attivo, ma nessun server DHCP ha risposto su %1 entro %2 s: i client non ricevono un indirizzo se lì non ne funziona uno</translation>
    </message>
    <message>
        <source>no such interface &apos;%1&apos;</source>
        <translation>nessuna interfaccia &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot open a UDP socket</source>
        <translation>impossibile aprire un socket UDP</translation>
    </message>
    <message>
        <source>cannot listen on %1</source>
        <translation>impossibile restare in ascolto su %1</translation>
    </message>
    <message>
        <source>cannot bind UDP port 68 on %1</source>
        <translation>impossibile associare la porta UDP 68 su %1</translation>
    </message>
    <message>
        <source>cannot use the probe&apos;s socket</source>
        <translation>impossibile usare il socket della verifica</translation>
    </message>
    <message>
        <source>cannot send a DHCP request on %1: %2</source>
        <translation>impossibile inviare una richiesta DHCP su %1: %2</translation>
    </message>
</context>
<context>
    <name>bt::DhcpRange</name>
    <message>
        <source>needs start and end addresses separated by a comma (start,end[,netmask][,lease]), got &quot;%1&quot;</source>
        <translation>richiede gli indirizzi di inizio e fine separati da una virgola (start,end[,netmask][,lease]), trovato &quot;%1&quot;</translation>
    </message>
    <message>
        <source>has more than four parts (start,end[,netmask][,lease]), got &quot;%1&quot;</source>
        <translation>ha più di quattro parti (start,end[,netmask][,lease]), trovato &quot;%1&quot;</translation>
    </message>
    <message>
        <source>start &quot;%1&quot; is not an IPv4 address</source>
        <translation>l&apos;inizio &quot;%1&quot; non è un indirizzo IPv4</translation>
    </message>
    <message>
        <source>end &quot;%1&quot; is not an IPv4 address</source>
        <translation>la fine &quot;%1&quot; non è un indirizzo IPv4</translation>
    </message>
    <message>
        <source>end %1 is before start %2</source>
        <translation>la fine %1 precede l&apos;inizio %2</translation>
    </message>
    <message>
        <source>netmask &quot;%1&quot; is not an IPv4 address</source>
        <translation>la maschera di rete &quot;%1&quot; non è un indirizzo IPv4</translation>
    </message>
    <message>
        <source>netmask %1 is not a netmask (its one bits must come first)</source>
        <translation>la maschera di rete %1 non è una maschera di rete (i suoi bit a uno devono venire per primi)</translation>
    </message>
    <message>
        <source>lease &quot;%1&quot; is not a lease time (use 12h, 30m, 45s, infinite or plain seconds)</source>
        <translation>il lease &quot;%1&quot; non è una durata di lease (usare 12h, 30m, 45s, infinite o semplici secondi)</translation>
    </message>
    <message>
        <source>lease %1 is zero; give at least 1 second (dnsmasq raises leases under 2 minutes to 2 minutes)</source>
        <translation>il lease %1 è zero; indicare almeno 1 secondo (dnsmasq porta a 2 minuti i lease più brevi di 2 minuti)</translation>
    </message>
</context>
<context>
    <name>bt::Environment</name>
    <message>
        <source>cannot be written: %1</source>
        <translation>non può essere scritto: %1</translation>
    </message>
    <message>
        <source>kexec, bin-qemu-x86_64 or bin</source>
        <translation>kexec, bin-qemu-x86_64 o bin</translation>
    </message>
    <message>
        <source>missing; use %1</source>
        <translation>manca; usare %1</translation>
    </message>
    <message>
        <source>must be %1, %2</source>
        <translation>deve essere %1, %2</translation>
    </message>
    <message>
        <source>not found; run `boottorrent init %1` to create one</source>
        <translation>non trovato; eseguire `boottorrent init %1` per crearne uno</translation>
    </message>
    <message>
        <source>already exists in %1; init only creates new environments</source>
        <translation>esiste già in %1; init crea solo ambienti nuovi</translation>
    </message>
    <message>
        <source>cannot create the folder %1/oss</source>
        <translation>impossibile creare la cartella %1/oss</translation>
    </message>
    <message>
        <source>the environment has no folder; choose one before saving</source>
        <translation>l&apos;ambiente non ha una cartella; sceglierne una prima di salvare</translation>
    </message>
    <message>
        <source>has no config.yaml; add one with dispname and method, or remove the folder</source>
        <translation>non ha un config.yaml; aggiungerne uno con dispname e method, oppure rimuovere la cartella</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossibile creare la cartella %1</translation>
    </message>
    <message>
        <source>cannot be created</source>
        <translation>non può essere creato</translation>
    </message>
    <message>
        <source>is %1 but %2, its former name, is %3; delete %2 and keep the value you want here</source>
        <translation>è %1 ma %2, il suo nome precedente, è %3; eliminare %2 e tenere qui il valore desiderato</translation>
    </message>
</context>
<context>
    <name>bt::EnvironmentEditor</name>
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Menu &amp;timeout:</source>
        <translation>&amp;Attesa del menu:</translation>
    </message>
    <message>
        <source>Seconds the client menu waits before it boots the default OS</source>
        <translation>Secondi di attesa del menu del client prima di avviare il sistema predefinito</translation>
    </message>
    <message>
        <source>&amp;Default OS:</source>
        <translation>Sistema pre&amp;definito:</translation>
    </message>
    <message>
        <source>The OS a client boots when nobody chooses in time</source>
        <translation>Il sistema che un client avvia se nessuno sceglie in tempo</translation>
    </message>
    <message>
        <source>S&amp;eed time:</source>
        <translation>Tempo di s&amp;eed:</translation>
    </message>
    <message>
        <source>Seconds a client keeps sharing its OS with the others after its own download</source>
        <translation>Secondi per cui un client continua a condividere il sistema con gli altri dopo il proprio scaricamento</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.1</source>
        <translation>es. 192.168.1.1</translation>
    </message>
    <message>
        <source>&amp;Host IP:</source>
        <translation>IP dell&apos;&amp;host:</translation>
    </message>
    <message>
        <source>This computer&apos;s IPv4 address on the lab network</source>
        <translation>L&apos;indirizzo IPv4 di questo computer nella rete del laboratorio</translation>
    </message>
    <message>
        <source>Stat&amp;us port:</source>
        <translation>Porta di stat&amp;o:</translation>
    </message>
    <message>
        <source>TCP port where clients report their progress to this computer</source>
        <translation>Porta TCP su cui i client comunicano l&apos;avanzamento a questo computer</translation>
    </message>
    <message>
        <source>Network (dnsmasq)</source>
        <translation>Rete (dnsmasq)</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>&amp;Interfaccia:</translation>
    </message>
    <message>
        <source>The network card facing the lab. Picking one proposes a host IP and a DHCP range in its subnet.</source>
        <translation>La scheda di rete verso il laboratorio. Sceglierne una propone un IP dell&apos;host e un intervallo DHCP nella sua sottorete.</translation>
    </message>
    <message>
        <source>Hand out addresses (&amp;DHCP)</source>
        <translation>Assegna indirizzi (&amp;DHCP)</translation>
    </message>
    <message>
        <source>Answer DHCP requests of the lab&apos;s computers</source>
        <translation>Rispondi alle richieste DHCP dei computer del laboratorio</translation>
    </message>
    <message>
        <source>&amp;Proxy DHCP (another server hands out addresses)</source>
        <translation>DHCP &amp;proxy (un altro server assegna gli indirizzi)</translation>
    </message>
    <message>
        <source>Only add boot information beside the lab&apos;s existing DHCP server</source>
        <translation>Aggiungi solo le informazioni di avvio accanto al server DHCP esistente del laboratorio</translation>
    </message>
    <message>
        <source>first address</source>
        <translation>primo indirizzo</translation>
    </message>
    <message>
        <source>last address</source>
        <translation>ultimo indirizzo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>DHCP &amp;range:</source>
        <translation>Inte&amp;rvallo DHCP:</translation>
    </message>
    <message>
        <source>The addresses dnsmasq hands to the lab&apos;s computers</source>
        <translation>Gli indirizzi che dnsmasq assegna ai computer del laboratorio</translation>
    </message>
    <message>
        <source>optional, e.g. 255.255.255.0</source>
        <translation>facoltativa, es. 255.255.255.0</translation>
    </message>
    <message>
        <source>&amp;Netmask:</source>
        <translation>&amp;Maschera di rete:</translation>
    </message>
    <message>
        <source>Netmask of the DHCP range (optional)</source>
        <translation>Maschera di rete dell&apos;intervallo DHCP (facoltativa)</translation>
    </message>
    <message>
        <source>e.g. 12h, 30m, infinite</source>
        <translation>es. 12h, 30m, infinite</translation>
    </message>
    <message>
        <source>&amp;Lease time:</source>
        <translation>Durata del &amp;lease:</translation>
    </message>
    <message>
        <source>How long a client keeps its address</source>
        <translation>Per quanto tempo un client mantiene il suo indirizzo</translation>
    </message>
    <message>
        <source>Serve boot files (&amp;TFTP)</source>
        <translation>Servi i file di avvio (&amp;TFTP)</translation>
    </message>
    <message>
        <source>Serve the Phase-1 system to booting clients over TFTP</source>
        <translation>Fornisci il sistema della Fase 1 ai client in avvio tramite TFTP</translation>
    </message>
    <message>
        <source>&amp;Bind to this interface only</source>
        <translation>&amp;Vincola solo a questa interfaccia</translation>
    </message>
    <message>
        <source>dnsmasq listens on the chosen interface only</source>
        <translation>dnsmasq ascolta solo sull&apos;interfaccia scelta</translation>
    </message>
    <message>
        <source>optional, e.g. nobody</source>
        <translation>facoltativo, es. nobody</translation>
    </message>
    <message>
        <source>Run as &amp;user:</source>
        <translation>Esegui come &amp;utente:</translation>
    </message>
    <message>
        <source>The user dnsmasq switches to after start (optional)</source>
        <translation>L&apos;utente a cui dnsmasq passa dopo l&apos;avvio (facoltativo)</translation>
    </message>
    <message>
        <source>Tracker (opentracker)</source>
        <translation>Tracker (opentracker)</translation>
    </message>
    <message>
        <source>Run a trac&amp;ker</source>
        <translation>Esegui un trac&amp;ker</translation>
    </message>
    <message>
        <source>opentracker introduces the clients to each other</source>
        <translation>opentracker fa conoscere i client tra loro</translation>
    </message>
    <message>
        <source>Tracker p&amp;ort:</source>
        <translation>P&amp;orta del tracker:</translation>
    </message>
    <message>
        <source>TCP and UDP port of the tracker</source>
        <translation>Porta TCP e UDP del tracker</translation>
    </message>
    <message>
        <source>Peer e&amp;xchange</source>
        <translation>Scambio di peer (PE&amp;X)</translation>
    </message>
    <message>
        <source>Clients tell each other about further peers</source>
        <translation>I client si segnalano a vicenda altri peer</translation>
    </message>
    <message>
        <source>Local peer &amp;discovery</source>
        <translation>Rilevamento &amp;locale dei peer</translation>
    </message>
    <message>
        <source>Clients find each other by multicast on the local network</source>
        <translation>I client si trovano tramite multicast nella rete locale</translation>
    </message>
    <message>
        <source>Lo&amp;g level:</source>
        <translation>Livello di lo&amp;g:</translation>
    </message>
    <message>
        <source>BitTorrent p&amp;ort:</source>
        <translation>Porta &amp;BitTorrent:</translation>
    </message>
    <message>
        <source>Port the host&apos;s seeder listens on for peers</source>
        <translation>Porta su cui il seeder dell&apos;host attende i peer</translation>
    </message>
    <message>
        <source>&amp;RPC port:</source>
        <translation>Porta &amp;RPC:</translation>
    </message>
    <message>
        <source>Port of aria2&apos;s JSON-RPC interface on 127.0.0.1</source>
        <translation>Porta dell&apos;interfaccia JSON-RPC di aria2 su 127.0.0.1</translation>
    </message>
    <message>
        <source>Change menu timeout</source>
        <translation>Modifica attesa del menu</translation>
    </message>
    <message>
        <source>Change default OS</source>
        <translation>Modifica sistema predefinito</translation>
    </message>
    <message>
        <source>Change seed time</source>
        <translation>Modifica tempo di seed</translation>
    </message>
    <message>
        <source>Change host IP</source>
        <translation>Modifica IP dell&apos;host</translation>
    </message>
    <message>
        <source>Change status port</source>
        <translation>Modifica porta di stato</translation>
    </message>
    <message>
        <source>Change interface</source>
        <translation>Modifica interfaccia</translation>
    </message>
    <message>
        <source>Switch DHCP</source>
        <translation>Attiva/disattiva DHCP</translation>
    </message>
    <message>
        <source>Switch proxy DHCP</source>
        <translation>Attiva/disattiva DHCP proxy</translation>
    </message>
    <message>
        <source>Switch TFTP</source>
        <translation>Attiva/disattiva TFTP</translation>
    </message>
    <message>
        <source>Switch interface binding</source>
        <translation>Attiva/disattiva vincolo all&apos;interfaccia</translation>
    </message>
    <message>
        <source>Change dnsmasq user</source>
        <translation>Modifica utente di dnsmasq</translation>
    </message>
    <message>
        <source>Enable tracker</source>
        <translation>Attiva tracker</translation>
    </message>
    <message>
        <source>Disable tracker</source>
        <translation>Disattiva tracker</translation>
    </message>
    <message>
        <source>Change tracker port</source>
        <translation>Modifica porta del tracker</translation>
    </message>
    <message>
        <source>Switch peer exchange</source>
        <translation>Attiva/disattiva scambio di peer</translation>
    </message>
    <message>
        <source>Switch local peer discovery</source>
        <translation>Attiva/disattiva rilevamento locale dei peer</translation>
    </message>
    <message>
        <source>Change aria2 log level</source>
        <translation>Modifica livello di log di aria2</translation>
    </message>
    <message>
        <source>Change BitTorrent port</source>
        <translation>Modifica porta BitTorrent</translation>
    </message>
    <message>
        <source>Change RPC port</source>
        <translation>Modifica porta RPC</translation>
    </message>
    <message>
        <source>%1 (no IPv4 address)</source>
        <translation>%1 (nessun indirizzo IPv4)</translation>
    </message>
    <message>
        <source>Use interface %1</source>
        <translation>Usa l&apos;interfaccia %1</translation>
    </message>
    <message>
        <source>Change DHCP range</source>
        <translation>Modifica intervallo DHCP</translation>
    </message>
    <message>
        <source>(none: clients wait for a choice)</source>
        <translation>(nessuno: i client attendono una scelta)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the OS entries: see the Operating systems page.</source>
        <translation>
            <numerusform>%n problema nelle voci di sistema: vedi la pagina Sistemi operativi.</numerusform>
            <numerusform>%n problemi nelle voci di sistema: vedi la pagina Sistemi operativi.</numerusform>
        </translation>
    </message>
    <message>
        <source>off</source>
        <translation>spento</translation>
    </message>
    <message>
        <source>&amp;Web seed port:</source>
        <translation>Porta &amp;web seed:</translation>
    </message>
    <message>
        <source>TCP port where this computer also serves the OS files over HTTP, so every client starts loading at once; 0 turns it off</source>
        <translation>Porta TCP su cui questo computer serve anche i file dei sistemi via HTTP, così ogni client inizia subito a caricare; 0 la disattiva</translation>
    </message>
    <message>
        <source>Change web seed port</source>
        <translation>Modifica porta web seed</translation>
    </message>
    <message>
        <source>The network&apos;s DHCP server names this host as &amp;next-server</source>
        <translation>Il server DHCP della rete indica questo host come &amp;next-server</translation>
    </message>
    <message>
        <source>UEFI clients then boot shim and the signed GRUB, so machines with Secure Boot on boot too; without it they get syslinux.efi</source>
        <translation>I client UEFI avviano allora shim e il GRUB firmato, così si avviano anche le macchine con Secure Boot attivo; altrimenti ricevono syslinux.efi</translation>
    </message>
    <message>
        <source>Switch to proxy DHCP</source>
        <translation>Passa al DHCP proxy</translation>
    </message>
    <message>
        <source>Switch next-server from the network</source>
        <translation>Attiva/disattiva next-server dalla rete</translation>
    </message>
    <message>
        <source>Proxy DHCP: the network&apos;s own DHCP server hands out the addresses; this computer adds only what the clients need to boot.</source>
        <translation>DHCP proxy: il server DHCP della rete assegna gli indirizzi; questo computer aggiunge solo ciò che serve ai client per avviarsi.</translation>
    </message>
    <message>
        <source>Full DHCP: this computer hands out the addresses. Only on a network of its own: a second DHCP server breaks a network that has one.</source>
        <translation>DHCP completo: questo computer assegna gli indirizzi. Solo su una rete propria: un secondo server DHCP guasta una rete che ne ha già uno.</translation>
    </message>
    <message>
        <source>%1 got its address from a DHCP server, so this network has one.</source>
        <translation>%1 ha ricevuto il suo indirizzo da un server DHCP, quindi questa rete ne ha uno.</translation>
    </message>
    <message>
        <source>Use proxy DHCP</source>
        <translation>Usa il DHCP proxy</translation>
    </message>
    <message>
        <source>this computer only</source>
        <translation>solo questo computer</translation>
    </message>
    <message>
        <source>Ad&amp;min address:</source>
        <translation>Indirizzo di a&amp;mministrazione:</translation>
    </message>
    <message>
        <source>Where the app reaches the running server (ADDRESS or ADDRESS:PORT, with its token): leave it empty for this computer only, or give a management address to watch from another desk; never the lab address</source>
        <translation>Dove l&apos;app raggiunge il server in esecuzione (INDIRIZZO o INDIRIZZO:PORTA, con il suo token): lascialo vuoto per questo computer soltanto, o indica un indirizzo di gestione per osservare da un&apos;altra postazione; mai l&apos;indirizzo del laboratorio</translation>
    </message>
    <message>
        <source>Change admin address</source>
        <translation>Cambia indirizzo di amministrazione</translation>
    </message>
    <message>
        <source>No boot &amp;file after lease:</source>
        <translation>Nessun &amp;file di avvio dopo il lease:</translation>
    </message>
    <message>
        <source>Red when a machine got an address but never asked for the boot file: network boot is probably not first in its firmware</source>
        <translation>Rosso quando una macchina ha ottenuto un indirizzo ma non ha mai chiesto il file di avvio: probabilmente l&apos;avvio di rete non è il primo nel suo firmware</translation>
    </message>
    <message>
        <source>Phase &amp;1 not up after:</source>
        <translation>Fase &amp;1 non avviata dopo:</translation>
    </message>
    <message>
        <source>Red when a machine loads Phase 1 over TFTP but Phase 1 never reports up</source>
        <translation>Rosso quando una macchina carica la Fase 1 via TFTP ma la Fase 1 non segnala mai di essere avviata</translation>
    </message>
    <message>
        <source>No progress, &amp;amber after:</source>
        <translation>Nessun progresso, &amp;ambra dopo:</translation>
    </message>
    <message>
        <source>Amber when a download gets no new byte for this long</source>
        <translation>Ambra quando un download non riceve nuovi byte per questo tempo</translation>
    </message>
    <message>
        <source>No progress, r&amp;ed after:</source>
        <translation>Nessun progresso, r&amp;osso dopo:</translation>
    </message>
    <message>
        <source>Red when a download gets no new byte for this long</source>
        <translation>Rosso quando un download non riceve nuovi byte per questo tempo</translation>
    </message>
    <message>
        <source>S&amp;low below:</source>
        <translation>&amp;Lento sotto:</translation>
    </message>
    <message>
        <source>Amber when a machine downloads at less than this share of the room&apos;s median rate</source>
        <translation>Ambra quando una macchina scarica a meno di questa quota della velocità mediana dell&apos;aula</translation>
    </message>
    <message>
        <source>OS not &amp;booted after:</source>
        <translation>SO non a&amp;vviato dopo:</translation>
    </message>
    <message>
        <source>Amber when a machine handed over to its OS, which never reported booted</source>
        <translation>Ambra quando una macchina è passata al suo SO, che non ha mai segnalato l&apos;avvio</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source> % of the median</source>
        <translation> % della mediana</translation>
    </message>
    <message>
        <source>Change alert threshold</source>
        <translation>Cambia soglia di avviso</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> al secondo</translation>
    </message>
    <message>
        <source>Po&amp;wer-on pace:</source>
        <translation>Ritmo di &amp;accensione:</translation>
    </message>
    <message>
        <source>Machines that Power On wakes per second, so a room does not draw power all at once</source>
        <translation>Macchine che «Accendi» risveglia al secondo, così una stanza non assorbe corrente tutta in una volta</translation>
    </message>
    <message>
        <source>Change power-on pace</source>
        <translation>Cambia il ritmo di accensione</translation>
    </message>
    <message>
        <source>Peer-to-peer (clients)</source>
        <translation>Peer-to-peer (client)</translation>
    </message>
    <message>
        <source>The BitTorrent program the clients download their OS with</source>
        <translation>Il programma BitTorrent con cui i client scaricano il loro sistema operativo</translation>
    </message>
    <message>
        <source>Seeder (aria2)</source>
        <translation>Seeder (aria2)</translation>
    </message>
    <message>
        <source>How much the seeder (aria2c) on this computer writes to its log</source>
        <translation>Quanto scrive nel registro il seeder (aria2c) su questo computer</translation>
    </message>
    <message>
        <source>libtorrent (btfetch): BootTorrent&apos;s own engine, tuned for a lab network. aria2, the engine of earlier versions, is no longer shipped.</source>
        <translation>libtorrent (btfetch): il motore di BootTorrent, pensato per la rete di un laboratorio. aria2, il motore delle versioni precedenti, non è più incluso.</translation>
    </message>
    <message>
        <source>Client engine:</source>
        <translation>Motore dei client:</translation>
    </message>
</context>
<context>
    <name>bt::FieldReader</name>
    <message>
        <source>a whole number</source>
        <translation>un numero intero</translation>
    </message>
    <message>
        <source>a whole number of seconds</source>
        <translation>un numero intero di secondi</translation>
    </message>
    <message>
        <source>a port number (1-65535)</source>
        <translation>un numero di porta (1-65535)</translation>
    </message>
    <message>
        <source>a whole percentage (0-100)</source>
        <translation>una percentuale intera (0-100)</translation>
    </message>
    <message>
        <source>got nothing</source>
        <translation>non c&apos;è alcun valore</translation>
    </message>
    <message>
        <source>a number of seconds</source>
        <translation>un numero di secondi</translation>
    </message>
    <message>
        <source>got &quot;%1&quot;</source>
        <translation>trovato &quot;%1&quot;</translation>
    </message>
    <message>
        <source>got a list</source>
        <translation>trovato un elenco</translation>
    </message>
    <message>
        <source>got a mapping</source>
        <translation>trovata una mappa</translation>
    </message>
    <message>
        <source>must be a mapping of keys, %1</source>
        <translation>deve essere una mappa di chiavi, %1</translation>
    </message>
    <message>
        <source>must be %1, %2</source>
        <translation>deve essere %1, %2</translation>
    </message>
    <message>
        <source>must be true or false, %1</source>
        <translation>deve essere true o false, %1</translation>
    </message>
    <message>
        <source>must be text, %1</source>
        <translation>deve essere testo, %1</translation>
    </message>
</context>
<context>
    <name>bt::FileCopyJob</name>
    <message>
        <source>Could not create the folder %1. Check that you may write there and that the disk is not full.</source>
        <translation>Impossibile creare la cartella %1. Verifica di avere i permessi di scrittura e che il disco non sia pieno.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Impossibile leggere %1: %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Impossibile scrivere %1: %2.</translation>
    </message>
    <message>
        <source>Copying %1 failed: %2. Check free disk space and try again.</source>
        <translation>Copia di %1 non riuscita: %2. Verifica lo spazio libero su disco e riprova.</translation>
    </message>
    <message>
        <source>Could not rename %1 to its final name.</source>
        <translation>Impossibile rinominare %1 con il nome definitivo.</translation>
    </message>
</context>
<context>
    <name>bt::InitrdWriter</name>
    <message>
        <source>Cannot read this file&apos;s attributes.</source>
        <translation>Impossibile leggere gli attributi di questo file.</translation>
    </message>
    <message>
        <source>This symbolic link points outside %1; copy the file in instead.</source>
        <translation>Questo collegamento simbolico punta fuori da %1; copiare invece il file all&apos;interno.</translation>
    </message>
    <message>
        <source>Only files, folders and symbolic links can be packed into an initrd.</source>
        <translation>In un initrd si possono impacchettare solo file, cartelle e collegamenti simbolici.</translation>
    </message>
    <message>
        <source>unknown libarchive error</source>
        <translation>errore sconosciuto di libarchive</translation>
    </message>
    <message>
        <source>Cannot read: %1</source>
        <translation>Impossibile leggere: %1</translation>
    </message>
    <message>
        <source>The file changed or could not be read while packing it.</source>
        <translation>Il file è cambiato o non è stato possibile leggerlo durante la compressione.</translation>
    </message>
    <message>
        <source>The folder to pack into an initrd does not exist.</source>
        <translation>La cartella da impacchettare in un initrd non esiste.</translation>
    </message>
    <message>
        <source>The initrd prefix &quot;%1&quot; must be a relative folder name.</source>
        <translation>Il prefisso dell&apos;initrd &quot;%1&quot; deve essere un nome di cartella relativo.</translation>
    </message>
    <message>
        <source>Cannot write the initrd: %1</source>
        <translation>Impossibile scrivere l&apos;initrd: %1</translation>
    </message>
    <message>
        <source>Cannot start the initrd: %1</source>
        <translation>Impossibile iniziare l&apos;initrd: %1</translation>
    </message>
    <message>
        <source>Cannot add %1: %2</source>
        <translation>Impossibile aggiungere %1: %2</translation>
    </message>
    <message>
        <source>Cannot finish the initrd: %1</source>
        <translation>Impossibile completare l&apos;initrd: %1</translation>
    </message>
    <message>
        <source>Cannot save the initrd: %1</source>
        <translation>Impossibile salvare l&apos;initrd: %1</translation>
    </message>
</context>
<context>
    <name>bt::LabController</name>
    <message>
        <source>&amp;Virtual Lab</source>
        <translation>&amp;Laboratorio virtuale</translation>
    </message>
    <message>
        <source>Start &amp;Simulated Clients…</source>
        <translation>Avvia client &amp;simulati…</translation>
    </message>
    <message>
        <source>Boot clients simulated in network namespaces against this environment</source>
        <translation>Avvia client simulati in namespace di rete con questo ambiente</translation>
    </message>
    <message>
        <source>Start &amp;Virtual Machines…</source>
        <translation>Avvia macchine &amp;virtuali…</translation>
    </message>
    <message>
        <source>PXE-boot qemu virtual machines against this environment (slow without KVM)</source>
        <translation>Avvia via PXE macchine virtuali qemu con questo ambiente (lento senza KVM)</translation>
    </message>
    <message>
        <source>S&amp;top Lab</source>
        <translation>&amp;Ferma il laboratorio</translation>
    </message>
    <message>
        <source>Serial &amp;Consoles</source>
        <translation>&amp;Console seriali</translation>
    </message>
    <message>
        <source>Virtual Machines</source>
        <translation>Macchine virtuali</translation>
    </message>
    <message>
        <source>Virtual machines to PXE-boot (512 MiB each, software emulation):</source>
        <translation>Macchine virtuali da avviare via PXE (512 MiB ciascuna, emulazione software):</translation>
    </message>
    <message>
        <source>Simulated Clients</source>
        <translation>Client simulati</translation>
    </message>
    <message>
        <source>Simulated clients:</source>
        <translation>Client simulati:</translation>
    </message>
    <message>
        <source>Virtual Lab</source>
        <translation>Laboratorio virtuale</translation>
    </message>
    <message>
        <source>The saved environment has problems:
%1</source>
        <translation>L&apos;ambiente salvato ha dei problemi:
%1</translation>
    </message>
    <message>
        <source>Virtual lab running: the clients are booting</source>
        <translation>Laboratorio virtuale attivo: i client si stanno avviando</translation>
    </message>
    <message>
        <source>Virtual lab: every client booted</source>
        <translation>Laboratorio virtuale: tutti i client sono avviati</translation>
    </message>
    <message>
        <source>Virtual lab: some clients failed</source>
        <translation>Laboratorio virtuale: alcuni client non sono riusciti</translation>
    </message>
    <message>
        <source>The virtual lab cannot start:
%1</source>
        <translation>Il laboratorio virtuale non può partire:
%1</translation>
    </message>
    <message>
        <source>Virtual &amp;Lab</source>
        <translation>&amp;Laboratorio virtuale</translation>
    </message>
    <message>
        <source>Setting up the virtual lab…</source>
        <translation>Preparazione del laboratorio virtuale…</translation>
    </message>
    <message>
        <source>Virtual lab removed</source>
        <translation>Laboratorio virtuale rimosso</translation>
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
        <translation>UEFI con Secure Boot</translation>
    </message>
    <message>
        <source>Firmware of the virtual machines:</source>
        <translation>Firmware delle macchine virtuali:</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>&amp;Power On Virtual Machines</source>
        <translation>&amp;Accendi le macchine virtuali</translation>
    </message>
    <message>
        <source>Send the lab&apos;s virtual machines Wake-on-LAN magic packets over the lab&apos;s network</source>
        <translation>Invia alle macchine virtuali del laboratorio i magic packet Wake-on-LAN attraverso la rete del laboratorio</translation>
    </message>
    <message>
        <source>Start powered off (wake them with Power On)</source>
        <translation>Avvia spente (accendile con Accendi)</translation>
    </message>
    <message>
        <source>Each machine starts when a Wake-on-LAN magic packet for its MAC crosses the lab&apos;s network, as a real machine would</source>
        <translation>Ogni macchina si avvia quando un magic packet Wake-on-LAN per il suo MAC attraversa la rete del laboratorio, come farebbe una macchina reale</translation>
    </message>
    <message>
        <source>Virtual lab running: the machines wait for Power On</source>
        <translation>Laboratorio virtuale attivo: le macchine attendono Accendi</translation>
    </message>
    <message numerus="yes">
        <source>Sent Wake-on-LAN to %n virtual machine(s).</source>
        <translation>
            <numerusform>Wake-on-LAN inviato a %n macchina virtuale.</numerusform>
            <numerusform>Wake-on-LAN inviato a %n macchine virtuali.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot power the virtual machines on: %1</source>
        <translation>Impossibile accendere le macchine virtuali: %1</translation>
    </message>
</context>
<context>
    <name>bt::LogDock</name>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Tutte le fonti</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Cerca nel log</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fonte:</translation>
    </message>
</context>
<context>
    <name>bt::MachineBook</name>
    <message>
        <source>is longer than %1 characters; use a shorter name</source>
        <translation>è più lungo di %1 caratteri; usare un nome più corto</translation>
    </message>
    <message>
        <source>has a control character; use letters, digits, spaces and punctuation</source>
        <translation>contiene un carattere di controllo; usare lettere, cifre, spazi e punteggiatura</translation>
    </message>
    <message>
        <source>begins or ends with a space; remove it</source>
        <translation>inizia o finisce con uno spazio; rimuoverlo</translation>
    </message>
    <message>
        <source>reads as a MAC address; give the machine a name that does not</source>
        <translation>sembra un indirizzo MAC; dare alla macchina un nome che non lo sembri</translation>
    </message>
    <message>
        <source>must be a mapping with a list `machines:`, %1</source>
        <translation>deve essere una mappa con un elenco `machines:`, %1</translation>
    </message>
    <message>
        <source>must be a list of machines, %1</source>
        <translation>deve essere un elenco di macchine, %1</translation>
    </message>
    <message>
        <source>lists %1 machines; at most %2 are followed</source>
        <translation>elenca %1 macchine; al massimo %2 vengono seguite</translation>
    </message>
    <message>
        <source>must be a mapping with at least `mac:`, %1</source>
        <translation>deve essere una mappa con almeno `mac:`, %1</translation>
    </message>
    <message>
        <source>must be a MAC address like 52:54:00:12:34:56, %1</source>
        <translation>deve essere un indirizzo MAC come 52:54:00:12:34:56, %1</translation>
    </message>
    <message>
        <source>%1 is listed twice; keep one entry</source>
        <translation>%1 compare due volte; tenere una sola voce</translation>
    </message>
    <message>
        <source>must be a date like 2026-11-30T10:00:00Z, got &quot;%1&quot;; remove it and serve writes it again</source>
        <translation>deve essere una data come 2026-11-30T10:00:00Z, trovato &quot;%1&quot;; rimuoverla e serve la scriverà di nuovo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is also the name of %2; give each machine its own name</source>
        <translation>&quot;%1&quot; è anche il nome di %2; dare a ogni macchina un nome proprio</translation>
    </message>
    <message>
        <source>must be from -1 (wait for a choice) to 86400 seconds, got %1</source>
        <translation>deve essere da -1 (attendere una scelta) a 86400 secondi, trovato %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OS of this environment (%2); name one of them or remove the key</source>
        <translation>&quot;%1&quot; non è un sistema di questo ambiente (%2); indicarne uno o rimuovere la chiave</translation>
    </message>
    <message>
        <source>is longer than 255 characters; remove it</source>
        <translation>è più lungo di 255 caratteri; rimuoverlo</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>non può essere scritto: %1</translation>
    </message>
    <message>
        <source>was written but cannot be given to the folder&apos;s owner: %1</source>
        <translation>è stato scritto ma non può essere assegnato al proprietario della cartella: %1</translation>
    </message>
    <message>
        <source>is being written by another program for more than 5 s; try again</source>
        <translation>è in scrittura da parte di un altro programma da più di 5 s; riprovare</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>riga %1</translation>
    </message>
    <message>
        <source>must be mac,name,default_os (quote a field that holds a comma)</source>
        <translation>deve essere mac,name,default_os (mettere tra virgolette un campo che contiene una virgola)</translation>
    </message>
    <message>
        <source>the first field must be a MAC address like 52:54:00:12:34:56</source>
        <translation>il primo campo deve essere un indirizzo MAC come 52:54:00:12:34:56</translation>
    </message>
    <message>
        <source>%1 is listed twice; keep one line</source>
        <translation>%1 compare due volte; tenere una sola riga</translation>
    </message>
    <message>
        <source>the name %1</source>
        <translation>il nome %1</translation>
    </message>
    <message>
        <source>more than %1 machines; split the file</source>
        <translation>più di %1 macchine; dividere il file</translation>
    </message>
</context>
<context>
    <name>bt::MachineDialog</name>
    <message>
        <source>Machine %1</source>
        <translation>Macchina %1</translation>
    </message>
    <message>
        <source>e.g. pc-01</source>
        <translation>ad es. pc-01</translation>
    </message>
    <message>
        <source>The environment&apos;s default</source>
        <translation>Predefinito dell&apos;ambiente</translation>
    </message>
    <message>
        <source>The menu, as usual</source>
        <translation>Il menu, come sempre</translation>
    </message>
    <message>
        <source>The environment&apos;s countdown</source>
        <translation>Conto alla rovescia dell&apos;ambiente</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Default OS:</source>
        <translation>Sistema pre&amp;definito:</translation>
    </message>
    <message>
        <source>&amp;Countdown:</source>
        <translation>&amp;Conto alla rovescia:</translation>
    </message>
    <message>
        <source>Ne&amp;xt boot:</source>
        <translation>Pro&amp;ssimo avvio:</translation>
    </message>
    <message>
        <source>The next boot starts the chosen OS without the menu, once; the machine shows the menu again after it booted. -1 s waits for a choice.</source>
        <translation>Il prossimo avvio avvia una volta il sistema scelto senza menu; dopo l&apos;avvio la macchina mostra di nuovo il menu. -1 s attende una scelta.</translation>
    </message>
</context>
<context>
    <name>bt::MachineRecorder</name>
    <message>
        <source>Machines are not remembered: %1</source>
        <translation>Le macchine non vengono memorizzate: %1</translation>
    </message>
    <message numerus="yes">
        <source>machines.yaml: %n new machine(s) remembered: %1</source>
        <translation>
            <numerusform>machines.yaml: %n nuova macchina memorizzata: %1</numerusform>
            <numerusform>machines.yaml: %n nuove macchine memorizzate: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 booted its next-boot OS; it shows the menu again from now on</source>
        <translation>%1 ha avviato il sistema scelto per il prossimo avvio; d&apos;ora in poi mostra di nuovo il menu</translation>
    </message>
    <message>
        <source>%1 is not used until it is fixed: %2</source>
        <translation>%1 non viene usato finché non è corretto: %2</translation>
    </message>
    <message>
        <source>The clients do not get the machines&apos; OS choices: %1</source>
        <translation>I client non ricevono le scelte di sistema delle macchine: %1</translation>
    </message>
    <message>
        <source>torrents.gz now carries the machines&apos; OS choices</source>
        <translation>torrents.gz ora contiene le scelte di sistema delle macchine</translation>
    </message>
</context>
<context>
    <name>bt::MachinesController</name>
    <message>
        <source>&amp;Machines</source>
        <translation>&amp;Macchine</translation>
    </message>
    <message>
        <source>&amp;Edit Machine…</source>
        <translation>&amp;Modifica macchina…</translation>
    </message>
    <message>
        <source>Name the machine selected on the dashboard, give it its own default OS or set the OS of its next boot</source>
        <translation>Dare un nome alla macchina selezionata nel cruscotto, assegnarle un sistema predefinito proprio o impostare il sistema del prossimo avvio</translation>
    </message>
    <message>
        <source>&amp;Power On Selected Machines</source>
        <translation>&amp;Accendi le macchine selezionate</translation>
    </message>
    <message>
        <source>Select the machines to power on in the dashboard first.</source>
        <translation>Seleziona prima nel cruscotto le macchine da accendere.</translation>
    </message>
    <message>
        <source>Wake the machines selected on the dashboard with Wake-on-LAN (their firmware must allow it)</source>
        <translation>Risveglia con Wake-on-LAN le macchine selezionate nel cruscotto (il loro firmware deve consentirlo)</translation>
    </message>
    <message>
        <source>Power On &amp;All Known Machines</source>
        <translation>Accendi &amp;tutte le macchine note</translation>
    </message>
    <message>
        <source>Wake every machine serve knows, a few a second</source>
        <translation>Risveglia ogni macchina nota a serve, alcune al secondo</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Importa da CSV…</translation>
    </message>
    <message>
        <source>Set up a room at once: a CSV of mac,name,default_os</source>
        <translation>Configura una stanza in una volta: un CSV di mac,name,default_os</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>E&amp;sporta in CSV…</translation>
    </message>
    <message>
        <source>Write the known machines as mac,name,default_os</source>
        <translation>Scrive le macchine note come mac,name,default_os</translation>
    </message>
    <message>
        <source>Powering on every known machine…</source>
        <translation>Accensione di tutte le macchine note…</translation>
    </message>
    <message numerus="yes">
        <source>Powering on %n machine(s)…</source>
        <translation>
            <numerusform>Accensione di %n macchina…</numerusform>
            <numerusform>Accensione di %n macchine…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot power machines on: %1</source>
        <translation>Impossibile accendere le macchine: %1</translation>
    </message>
    <message>
        <source>serve wakes every known machine, a few a second.</source>
        <translation>serve risveglia ogni macchina nota, alcune al secondo.</translation>
    </message>
    <message numerus="yes">
        <source>serve wakes %n machine(s).</source>
        <translation>
            <numerusform>serve risveglia %n macchina.</numerusform>
            <numerusform>serve risveglia %n macchine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Macchine</translation>
    </message>
    <message>
        <source>Import Machines</source>
        <translation>Importa macchine</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB; a room&apos;s CSV is a line per machine</source>
        <translation>%1: più grande di %2 MiB; il CSV di una stanza ha una riga per macchina</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: impossibile leggere: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n machine(s) into machines.yaml.</source>
        <translation>
            <numerusform>%n macchina importata in machines.yaml.</numerusform>
            <numerusform>%n macchine importate in machines.yaml.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Machines</source>
        <translation>Esporta macchine</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported the machines to %1.</source>
        <translation>Macchine esportate in %1.</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: impossibile scrivere: %2</translation>
    </message>
    <message>
        <source>Saved %1 in machines.yaml; serve hands it to the clients within seconds.</source>
        <translation>%1 salvato in machines.yaml; serve lo passa ai client entro pochi secondi.</translation>
    </message>
</context>
<context>
    <name>bt::MainWindow</name>
    <message>
        <source>&amp;New Environment…</source>
        <translation>&amp;Nuovo ambiente…</translation>
    </message>
    <message>
        <source>Create an environment in an empty folder</source>
        <translation>Crea un ambiente in una cartella vuota</translation>
    </message>
    <message>
        <source>&amp;Open Environment…</source>
        <translation>&amp;Apri ambiente…</translation>
    </message>
    <message>
        <source>Open a folder that holds a Boottorrent.yaml</source>
        <translation>Apri una cartella che contiene un Boottorrent.yaml</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Write Boottorrent.yaml and every OS&apos;s config.yaml</source>
        <translation>Scrivi Boottorrent.yaml e il config.yaml di ogni sistema</translation>
    </message>
    <message>
        <source>&amp;Close Environment</source>
        <translation>&amp;Chiudi ambiente</translation>
    </message>
    <message>
        <source>Close the environment and show the welcome page</source>
        <translation>Chiudi l&apos;ambiente e mostra la pagina iniziale</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Quit BootTorrent</source>
        <translation>Esci da BootTorrent</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Genera</translation>
    </message>
    <message>
        <source>Write out/: boot files, torrents and service configurations</source>
        <translation>Scrivi out/: file di avvio, torrent e configurazioni dei servizi</translation>
    </message>
    <message>
        <source>Start &amp;Serving</source>
        <translation>A&amp;vvia servizio</translation>
    </message>
    <message>
        <source>Start DHCP/TFTP, tracker and seeder for the lab</source>
        <translation>Avvia DHCP/TFTP, tracker e seeder per il laboratorio</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Impos&amp;tazioni…</translation>
    </message>
    <message>
        <source>Language and other application settings</source>
        <translation>Lingua e altre impostazioni dell&apos;applicazione</translation>
    </message>
    <message>
        <source>&amp;About BootTorrent</source>
        <translation>&amp;Informazioni su BootTorrent</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Versione e licenza</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Annulla l&apos;ultima modifica</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>Redo the edit undone last</source>
        <translation>Ripeti l&apos;ultima modifica annullata</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>New Environment: Choose an Empty Folder</source>
        <translation>Nuovo ambiente: scegli una cartella vuota</translation>
    </message>
    <message>
        <source>Open Environment</source>
        <translation>Apri ambiente</translation>
    </message>
    <message>
        <source>New Environment</source>
        <translation>Nuovo ambiente</translation>
    </message>
    <message>
        <source>BootTorrent could not create an environment in %1. Choose an empty folder you may write to.</source>
        <translation>BootTorrent non è riuscito a creare un ambiente in %1. Scegli una cartella vuota in cui puoi scrivere.</translation>
    </message>
    <message>
        <source>Created %1. Pick the lab&apos;s interface and drag operating systems in.</source>
        <translation>%1 creato. Scegli l&apos;interfaccia verso il laboratorio e trascina dentro i sistemi operativi.</translation>
    </message>
    <message>
        <source>%1 could not be opened. Fix the files named below in a text editor, or choose a folder that holds a Boottorrent.yaml.</source>
        <translation>Impossibile aprire %1. Correggi i file indicati sotto con un editor di testo, oppure scegli una cartella che contiene un Boottorrent.yaml.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 aperto</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Impos&amp;tazioni</translation>
    </message>
    <message>
        <source>Operating S&amp;ystems</source>
        <translation>Sistemi operati&amp;vi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Nothing was written, because these problems stand. Fix the fields marked in red, then save again.</source>
        <translation>Non è stato scritto nulla, perché restano questi problemi. Correggi i campi segnati in rosso, poi salva di nuovo.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 salvato</translation>
    </message>
    <message>
        <source>Close Environment</source>
        <translation>Chiudi ambiente</translation>
    </message>
    <message>
        <source>A build or a copy is still running. Cancel it and close the environment?</source>
        <translation>Una generazione o una copia è ancora in corso. Annullarla e chiudere l&apos;ambiente?</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them before closing?</source>
        <translation>%1 ha modifiche non salvate. Salvarle prima di chiudere?</translation>
    </message>
    <message>
        <source>Open an environment first.</source>
        <translation>Apri prima un ambiente.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… e ancora %n.</numerusform>
            <numerusform>… e altri %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix these problems first:
%1</source>
        <translation>Correggi prima questi problemi:
%1</translation>
    </message>
    <message>
        <source>A build is running.</source>
        <translation>È in corso una generazione.</translation>
    </message>
    <message>
        <source>Files are still being copied into the environment.</source>
        <translation>È ancora in corso la copia di file nell&apos;ambiente.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annulla: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ripeti: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemi</numerusform>
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
        <translation>Informazioni su BootTorrent</translation>
    </message>
    <message>
        <source>&lt;h3&gt;BootTorrent %1&lt;/h3&gt;&lt;p&gt;Boots a room of computers over the network and hands each of them an operating system over BitTorrent, from the host and from every other client.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BootTorrent %1&lt;/h3&gt;&lt;p&gt;Avvia un&apos;aula di computer dalla rete e consegna a ciascuno un sistema operativo tramite BitTorrent, dall&apos;host e da ogni altro client.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>S&amp;top Serving</source>
        <translation>Ferma ser&amp;vizio</translation>
    </message>
    <message>
        <source>Stop every service; clients that are booting stop getting answers</source>
        <translation>Ferma tutti i servizi; i client in avvio non riceveranno più risposte</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <source>out/ is out of date: building before serving…</source>
        <translation>out/ non è aggiornato: generazione prima di avviare il servizio…</translation>
    </message>
    <message>
        <source>Start Serving</source>
        <translation>Avvia servizio</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Cruscotto</translation>
    </message>
    <message>
        <source>Ser&amp;vices</source>
        <translation>Ser&amp;vizi</translation>
    </message>
    <message>
        <source>Serving Failed</source>
        <translation>Servizio non riuscito</translation>
    </message>
    <message>
        <source>Look at the Services page and the log for the reason, fix it, then start serving again.</source>
        <translation>Cerca il motivo nella pagina Servizi e nel log, correggilo, poi avvia di nuovo il servizio.</translation>
    </message>
    <message>
        <source>Starting the services…</source>
        <translation>Avvio dei servizi…</translation>
    </message>
    <message>
        <source>Stopping the services…</source>
        <translation>Arresto dei servizi…</translation>
    </message>
    <message>
        <source>Stopped serving.</source>
        <translation>Servizio fermato.</translation>
    </message>
    <message>
        <source>&amp;Serve</source>
        <translation>&amp;Distribuisci</translation>
    </message>
    <message>
        <source>Looking for other DHCP servers on %1…</source>
        <translation>Ricerca di altri server DHCP su %1…</translation>
    </message>
    <message>
        <source>Could not look for other DHCP servers: %1</source>
        <translation>Impossibile cercare altri server DHCP: %1</translation>
    </message>
    <message>
        <source>Switch to &amp;Proxy DHCP</source>
        <translation>Passa al DHCP &amp;proxy</translation>
    </message>
    <message>
        <source>Let the network&apos;s own DHCP server hand out addresses; this computer adds only the boot information (the network is taken from the interface)</source>
        <translation>Lascia assegnare gli indirizzi al server DHCP della rete; questo computer aggiunge solo le informazioni di avvio (la rete è presa dall&apos;interfaccia)</translation>
    </message>
    <message>
        <source>The services were not started: this network already has a DHCP server. Switch to Proxy DHCP (Serve menu), or serve a network of its own.</source>
        <translation>I servizi non sono stati avviati: questa rete ha già un server DHCP. Passa al DHCP proxy (menu Distribuisci) o servi una rete propria.</translation>
    </message>
    <message>
        <source>Switch to Proxy DHCP and Start</source>
        <translation>Passa al DHCP proxy e avvia</translation>
    </message>
    <message>
        <source>Switch to proxy DHCP</source>
        <translation>Passa al DHCP proxy</translation>
    </message>
    <message>
        <source>Proxy DHCP is on; %1 has no IPv4 address, so check the host IP and network.</source>
        <translation>Il DHCP proxy è attivo; %1 non ha un indirizzo IPv4, quindi controlla l&apos;IP dell&apos;host e la rete.</translation>
    </message>
    <message>
        <source>Proxy DHCP is on, for the network of %1 (%2/%3).</source>
        <translation>Il DHCP proxy è attivo, per la rete di %1 (%2/%3).</translation>
    </message>
    <message>
        <source>Rebuild and &amp;Restart Serving</source>
        <translation>Ricostruisci e &amp;riavvia</translation>
    </message>
    <message>
        <source>Save, rebuild out/ and restart the services with the changes; machines and the dashboard stay</source>
        <translation>Salva, ricostruisci out/ e riavvia i servizi con le modifiche; le macchine e il cruscotto restano</translation>
    </message>
    <message>
        <source>&amp;Attach to Server…</source>
        <translation>&amp;Collegati a un server…</translation>
    </message>
    <message>
        <source>Watch a BootTorrent that serves on another machine: its address and its admin token</source>
        <translation>Osserva un BootTorrent che serve da un&apos;altra macchina: il suo indirizzo e il suo token di amministrazione</translation>
    </message>
    <message>
        <source>The lab is being served from this environment.</source>
        <translation>Il laboratorio è servito da questo ambiente.</translation>
    </message>
    <message>
        <source>Keep serving in the background and the machines go on booting; open the environment again to see them. Or stop serving now.</source>
        <translation>Continua a servire in background e le macchine continuano ad avviarsi; riapri l&apos;ambiente per vederle. Oppure smetti di servire adesso.</translation>
    </message>
    <message>
        <source>Keep Serving in the Background</source>
        <translation>Continua a servire in background</translation>
    </message>
    <message>
        <source>Stop Serving</source>
        <translation>Smetti di servire</translation>
    </message>
    <message>
        <source>The build failed: serving goes on as it was.</source>
        <translation>La costruzione non è riuscita: il servizio continua come prima.</translation>
    </message>
    <message>
        <source>Starting the services (the system asks for permission)…</source>
        <translation>Avvio dei servizi (il sistema chiede l&apos;autorizzazione)…</translation>
    </message>
    <message>
        <source>The services were not started.</source>
        <translation>I servizi non sono stati avviati.</translation>
    </message>
    <message>
        <source>This environment is served already (process %1), but its admin token in %2 cannot be read.</source>
        <translation>Questo ambiente è già servito (processo %1), ma il suo token di amministrazione in %2 non è leggibile.</translation>
    </message>
    <message>
        <source>This environment is being served: showing its clients.</source>
        <translation>Questo ambiente è servito: ne vengono mostrati i client.</translation>
    </message>
    <message>
        <source>Attach to Server</source>
        <translation>Collegati a un server</translation>
    </message>
    <message>
        <source>The server does not answer: %1</source>
        <translation>Il server non risponde: %1</translation>
    </message>
    <message>
        <source>serve is still starting; stop it once it runs.</source>
        <translation>serve si sta ancora avviando; fermalo quando è in esecuzione.</translation>
    </message>
    <message>
        <source>The server did not take the stop: %1</source>
        <translation>Il server non ha accettato l&apos;arresto: %1</translation>
    </message>
    <message>
        <source>Building out/ before restarting…</source>
        <translation>Costruzione di out/ prima del riavvio…</translation>
    </message>
    <message>
        <source>Restarting the services…</source>
        <translation>Riavvio dei servizi…</translation>
    </message>
    <message>
        <source>The server did not restart: %1</source>
        <translation>Il server non si è riavviato: %1</translation>
    </message>
    <message>
        <source>Serving ended: the server is gone.</source>
        <translation>Servizio terminato: il server non c&apos;è più.</translation>
    </message>
    <message>
        <source>192.0.2.10:40123</source>
        <translation>192.0.2.10:40123</translation>
    </message>
    <message>
        <source>the contents of serve&apos;s token file</source>
        <translation>il contenuto del file del token di serve</translation>
    </message>
    <message>
        <source>The address of the server&apos;s admin API (its --admin ADDRESS:PORT) and the token from its token file.</source>
        <translation>L&apos;indirizzo dell&apos;API di amministrazione del server (il suo --admin INDIRIZZO:PORTA) e il token dal suo file del token.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>The address must be ADDRESS:PORT, for example 192.0.2.10:40123.</source>
        <translation>L&apos;indirizzo deve essere INDIRIZZO:PORTA, per esempio 192.0.2.10:40123.</translation>
    </message>
    <message>
        <source>The token is the 64 hex digits in serve&apos;s token file.</source>
        <translation>Il token sono le 64 cifre esadecimali nel file del token di serve.</translation>
    </message>
    <message>
        <source>%1 — BootTorrent</source>
        <translation>%1 — BootTorrent</translation>
    </message>
    <message>
        <source>This environment is served already by process %1, whose admin token in %2 this user cannot read. Watch it with File ▸ Attach to Server… and that token, or stop it first.</source>
        <translation>Questo ambiente è già servito dal processo %1, il cui token di amministrazione in %2 questo utente non può leggere. Osservalo con File ▸ Collegati a un server… e quel token, oppure fermalo prima.</translation>
    </message>
    <message>
        <source>Boot &amp;Wave Report</source>
        <translation>Rapporto dell&apos;&amp;ondata di avvio</translation>
    </message>
    <message>
        <source>How long the room took to boot: every machine&apos;s times, the curve, exports</source>
        <translation>Quanto ha impiegato l&apos;aula ad avviarsi: i tempi di ogni macchina, la curva, le esportazioni</translation>
    </message>
</context>
<context>
    <name>bt::OsListModel</name>
    <message>
        <source>Linux kernel (kexec)</source>
        <translation>Kernel Linux (kexec)</translation>
    </message>
    <message>
        <source>Disk image in qemu</source>
        <translation>Immagine disco in qemu</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predefinito</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Mostrato come</translation>
    </message>
    <message>
        <source>Boots as</source>
        <translation>Si avvia come</translation>
    </message>
</context>
<context>
    <name>bt::OsListView</name>
    <message>
        <source>Drag operating systems here: a kernel together with its initrd, an .iso, a disk image (.img, .qcow2, .raw), a program, or a folder with a config.yaml.</source>
        <translation>Trascina qui i sistemi operativi: un kernel insieme al suo initrd, una .iso, un&apos;immagine disco (.img, .qcow2, .raw), un programma o una cartella con un config.yaml.</translation>
    </message>
</context>
<context>
    <name>bt::OsPanel</name>
    <message>
        <source>Add &amp;Files…</source>
        <translation>Aggiungi &amp;file…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>Aggiungi &amp;cartella…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Ri&amp;nomina…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Ri&amp;muovi…</translation>
    </message>
    <message>
        <source>Set as &amp;Default</source>
        <translation>Imposta come pre&amp;definito</translation>
    </message>
    <message>
        <source>Copy kernels, initrds, ISO files, disk images or programs into new OS entries</source>
        <translation>Copia kernel, initrd, file ISO, immagini disco o programmi in nuove voci di sistema</translation>
    </message>
    <message>
        <source>Copy a folder (with its config.yaml, or with boot files) into a new OS entry</source>
        <translation>Copia una cartella (con il suo config.yaml o con file di avvio) in una nuova voce di sistema</translation>
    </message>
    <message>
        <source>Delete the selected OS entry and its folder</source>
        <translation>Elimina la voce di sistema selezionata e la sua cartella</translation>
    </message>
    <message>
        <source>Boot the selected OS when nobody chooses in the client menu</source>
        <translation>Avvia il sistema selezionato se nessuno sceglie nel menu del client</translation>
    </message>
    <message>
        <source>Selected OS</source>
        <translation>Sistema selezionato</translation>
    </message>
    <message>
        <source>&amp;Shown as:</source>
        <translation>&amp;Mostrato come:</translation>
    </message>
    <message>
        <source>&amp;Boots as:</source>
        <translation>Si a&amp;vvia come:</translation>
    </message>
    <message>
        <source>e.g. quiet</source>
        <translation>es. quiet</translation>
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
        <translation>Riga di &amp;comando:</translation>
    </message>
    <message>
        <source>e.g. -cdrom image.iso -m 1024</source>
        <translation>es. -cdrom image.iso -m 1024</translation>
    </message>
    <message>
        <source>qemu &amp;arguments:</source>
        <translation>&amp;Argomenti di qemu:</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programma:</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>&amp;Argomenti:</translation>
    </message>
    <message>
        <source>File names are relative to the OS folder.</source>
        <translation>I nomi dei file sono relativi alla cartella del sistema.</translation>
    </message>
    <message>
        <source>&amp;Cancel Copy</source>
        <translation>Annulla c&amp;opia</translation>
    </message>
    <message>
        <source>Change display name</source>
        <translation>Modifica nome visualizzato</translation>
    </message>
    <message>
        <source>Change boot method</source>
        <translation>Modifica metodo di avvio</translation>
    </message>
    <message>
        <source>Change kernel</source>
        <translation>Modifica kernel</translation>
    </message>
    <message>
        <source>Change initrd</source>
        <translation>Modifica initrd</translation>
    </message>
    <message>
        <source>Change command line</source>
        <translation>Modifica riga di comando</translation>
    </message>
    <message>
        <source>Change qemu arguments</source>
        <translation>Modifica argomenti di qemu</translation>
    </message>
    <message>
        <source>Change program</source>
        <translation>Modifica programma</translation>
    </message>
    <message>
        <source>Change program arguments</source>
        <translation>Modifica argomenti del programma</translation>
    </message>
    <message>
        <source>Selected OS: %1</source>
        <translation>Sistema selezionato: %1</translation>
    </message>
    <message>
        <source>Add Operating Systems</source>
        <translation>Aggiungi sistemi operativi</translation>
    </message>
    <message>
        <source>Boot files (vmlinuz* bzImage* kernel* initrd* initramfs* *.iso *.img *.qcow2 *.raw);;All files (*)</source>
        <translation>File di avvio (vmlinuz* bzImage* kernel* initrd* initramfs* *.iso *.img *.qcow2 *.raw);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Add an OS Folder</source>
        <translation>Aggiungi una cartella di sistema</translation>
    </message>
    <message>
        <source>Files are still being copied. Wait until the copy is done, or cancel it, then drop again.</source>
        <translation>La copia dei file è ancora in corso. Attendi che finisca o annullala, poi trascina di nuovo.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>Copying into %1:</source>
        <translation>Copia in %1:</translation>
    </message>
    <message>
        <source>Copying files for %1…</source>
        <translation>Copia dei file per %1…</translation>
    </message>
    <message>
        <source>Copy cancelled; the partly copied files were removed.</source>
        <translation>Copia annullata; i file copiati in parte sono stati rimossi.</translation>
    </message>
    <message>
        <source>Copy Failed</source>
        <translation>Copia non riuscita</translation>
    </message>
    <message>
        <source>No OS entry was added. The partly copied files were removed.</source>
        <translation>Non è stata aggiunta alcuna voce di sistema. I file copiati in parte sono stati rimossi.</translation>
    </message>
    <message>
        <source>The config.yaml of %1 could not be read; check its fields.</source>
        <translation>Impossibile leggere il config.yaml di %1; controlla i suoi campi.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n OS(es)</source>
        <translation>
            <numerusform>Aggiungi %n sistema</numerusform>
            <numerusform>Aggiungi %n sistemi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n OS(es).</source>
        <translation>
            <numerusform>%n sistema aggiunto.</numerusform>
            <numerusform>%n sistemi aggiunti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set %1 as default</source>
        <translation>Imposta %1 come predefinito</translation>
    </message>
    <message>
        <source>There is no OS named %1.</source>
        <translation>Non esiste alcun sistema di nome %1.</translation>
    </message>
    <message>
        <source>Use only lower-case letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; for a folder name.</source>
        <translation>Per il nome della cartella usa solo lettere minuscole, cifre, &apos;.&apos;, &apos;-&apos; e &apos;_&apos;.</translation>
    </message>
    <message>
        <source>An OS folder named %1 exists already; choose another name.</source>
        <translation>Esiste già una cartella di sistema di nome %1; scegli un altro nome.</translation>
    </message>
    <message>
        <source>Could not rename the folder %1. Check that no program uses it and that you may write there.</source>
        <translation>Impossibile rinominare la cartella %1. Verifica che nessun programma la stia usando e di avere i permessi di scrittura.</translation>
    </message>
    <message>
        <source>Renamed %1 to %2. Save to keep the new name in Boottorrent.yaml.</source>
        <translation>%1 rinominato in %2. Salva per mantenere il nuovo nome in Boottorrent.yaml.</translation>
    </message>
    <message>
        <source>Could not delete every file in %1. Check the folder&apos;s permissions, then try again.</source>
        <translation>Impossibile eliminare tutti i file in %1. Controlla i permessi della cartella, poi riprova.</translation>
    </message>
    <message>
        <source>Removed %1 and its folder.</source>
        <translation>%1 e la sua cartella sono stati rimossi.</translation>
    </message>
    <message>
        <source>Rename OS</source>
        <translation>Rinomina sistema</translation>
    </message>
    <message>
        <source>New folder name for %1 (lower-case letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;):</source>
        <translation>Nuovo nome della cartella per %1 (lettere minuscole, cifre, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;):</translation>
    </message>
    <message>
        <source>Remove OS</source>
        <translation>Rimuovi sistema</translation>
    </message>
    <message>
        <source>Remove %1 and delete its folder %2 with every file in it? This cannot be undone.</source>
        <translation>Rimuovere %1 ed eliminare la sua cartella %2 con tutti i file che contiene? L&apos;operazione non può essere annullata.</translation>
    </message>
</context>
<context>
    <name>bt::OsRules</name>
    <message>
        <source>%1 is an absolute path; name a file inside %2</source>
        <translation>%1 è un percorso assoluto; indicare un file dentro %2</translation>
    </message>
    <message>
        <source>%1 leaves %2 (&quot;..&quot; is not allowed)</source>
        <translation>%1 esce da %2 (&quot;..&quot; non è ammesso)</translation>
    </message>
    <message>
        <source>%1 is a symlink whose target does not exist</source>
        <translation>%1 è un collegamento simbolico la cui destinazione non esiste</translation>
    </message>
    <message>
        <source>file %1 not found in %2</source>
        <translation>file %1 non trovato in %2</translation>
    </message>
    <message>
        <source>%1 is a symlink that leads outside %2, to %3</source>
        <translation>%1 è un collegamento simbolico che esce da %2 e porta a %3</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 non è un file normale</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable OS folder name (no slashes, no leading dot, no control characters such as newlines); rename the folder</source>
        <translation>&quot;%1&quot; non è un nome utilizzabile per una cartella di sistema (niente barre, nessun punto iniziale, nessun carattere di controllo come gli a capo); rinominare la cartella</translation>
    </message>
    <message>
        <source>is empty; give the name the boot menu shows, or leave the key out to use the folder name</source>
        <translation>è vuoto; indicare il nome mostrato dal menu di avvio, oppure omettere la chiave per usare il nome della cartella</translation>
    </message>
    <message>
        <source>missing; name the kernel file in %1</source>
        <translation>manca; indicare il file del kernel in %1</translation>
    </message>
    <message>
        <source>missing; give qemu&apos;s arguments, e.g. -fda disk.img</source>
        <translation>manca; indicare gli argomenti di qemu, ad es. -fda disk.img</translation>
    </message>
    <message>
        <source>%1 needs a file name</source>
        <translation>%1 richiede un nome di file</translation>
    </message>
    <message>
        <source>missing; name the program file in %1</source>
        <translation>manca; indicare il file del programma in %1</translation>
    </message>
    <message>
        <source>has an unterminated single quote</source>
        <translation>ha una virgoletta singola non chiusa</translation>
    </message>
    <message>
        <source>has an unterminated double quote</source>
        <translation>ha una virgoletta doppia non chiusa</translation>
    </message>
    <message>
        <source>ends with a backslash that escapes nothing</source>
        <translation>termina con una barra rovesciata che non protegge nulla</translation>
    </message>
</context>
<context>
    <name>bt::PieceHasher</name>
    <message>
        <source>There is nothing to hash.</source>
        <translation>Non c&apos;è nulla di cui calcolare l&apos;hash.</translation>
    </message>
    <message>
        <source>OpenSSL offers no SHA-1.</source>
        <translation>OpenSSL non offre SHA-1.</translation>
    </message>
    <message>
        <source>Out of memory while hashing.</source>
        <translation>Memoria esaurita durante il calcolo dell&apos;hash.</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>non può essere letto: %1</translation>
    </message>
    <message>
        <source>became shorter while it was being hashed</source>
        <translation>si è accorciato durante il calcolo dell&apos;hash</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
</context>
<context>
    <name>bt::Preflight</name>
    <message>
        <source>%1 not found: install the %2 package</source>
        <translation>%1 non trovato: installare il pacchetto %2</translation>
    </message>
    <message>
        <source> or set opentracker.enable: false</source>
        <translation> oppure impostare opentracker.enable: false</translation>
    </message>
    <message>
        <source>host_ip is not set: set it to this host&apos;s IPv4 address on the lab network</source>
        <translation>host_ip non è impostato: impostarlo sull&apos;indirizzo IPv4 di questo host nella rete del laboratorio</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: set host_ip to this host&apos;s IPv4 address on the lab network</source>
        <translation>%1 non è un indirizzo IPv4: impostare host_ip sull&apos;indirizzo IPv4 di questo host nella rete del laboratorio</translation>
    </message>
    <message>
        <source>no interface that is up carries %1: assign it to the lab interface (ip addr add %1/24 dev &lt;interface&gt;) or change boottorrent.host_ip</source>
        <translation>nessuna interfaccia attiva ha l&apos;indirizzo %1: assegnarlo all&apos;interfaccia del laboratorio (ip addr add %1/24 dev &lt;interface&gt;) o cambiare boottorrent.host_ip</translation>
    </message>
    <message>
        <source>interface %1 does not exist: connect the lab network adapter or change dnsmasq.interface (this host has: %2)</source>
        <translation>l&apos;interfaccia %1 non esiste: collegare l&apos;adattatore di rete del laboratorio o cambiare dnsmasq.interface (questo host ha: %2)</translation>
    </message>
    <message>
        <source>interface %1 is down: bring it up (ip link set %1 up) or change dnsmasq.interface</source>
        <translation>l&apos;interfaccia %1 è disattivata: attivarla (ip link set %1 up) o cambiare dnsmasq.interface</translation>
    </message>
    <message>
        <source>interface %1 does not carry %2: assign it (ip addr add %2/24 dev %1) or change boottorrent.host_ip</source>
        <translation>l&apos;interfaccia %1 non ha l&apos;indirizzo %2: assegnarlo (ip addr add %2/24 dev %1) o cambiare boottorrent.host_ip</translation>
    </message>
    <message>
        <source>dnsmasq needs root or CAP_NET_BIND_SERVICE, CAP_NET_RAW and CAP_NET_ADMIN to serve DHCP/TFTP: run boottorrent as root, or grant them to dnsmasq (setcap cap_net_bind_service,cap_net_raw,cap_net_admin+ep %1)</source>
        <translation>dnsmasq ha bisogno di root o di CAP_NET_BIND_SERVICE, CAP_NET_RAW e CAP_NET_ADMIN per servire DHCP/TFTP: eseguire boottorrent come root, oppure concederle a dnsmasq (setcap cap_net_bind_service,cap_net_raw,cap_net_admin+ep %1)</translation>
    </message>
    <message>
        <source>%1 is not a port: choose one from 1024 to 65535</source>
        <translation>%1 non è una porta: sceglierne una da 1024 a 65535</translation>
    </message>
    <message>
        <source>%1 is %2 like %3: give each service its own port</source>
        <translation>%1 è %2, come %3: dare a ogni servizio una porta propria</translation>
    </message>
    <message>
        <source>another DHCP server (dnsmasq, isc-dhcp-server, a virtual machine network)</source>
        <translation>un altro server DHCP (dnsmasq, isc-dhcp-server, una rete di macchine virtuali)</translation>
    </message>
    <message>
        <source>stop it or set dnsmasq.enable_dhcp: false</source>
        <translation>fermarlo o impostare dnsmasq.enable_dhcp: false</translation>
    </message>
    <message>
        <source>a TFTP server (tftpd-hpa, atftpd) or another dnsmasq</source>
        <translation>un server TFTP (tftpd-hpa, atftpd) o un altro dnsmasq</translation>
    </message>
    <message>
        <source>stop it or set dnsmasq.enable_tftp: false</source>
        <translation>fermarlo o impostare dnsmasq.enable_tftp: false</translation>
    </message>
    <message>
        <source>another opentracker or a BootTorrent that is still serving</source>
        <translation>un altro opentracker o un BootTorrent che sta ancora servendo</translation>
    </message>
    <message>
        <source>stop it or change opentracker.port</source>
        <translation>fermarlo o cambiare opentracker.port</translation>
    </message>
    <message>
        <source>another BitTorrent client</source>
        <translation>un altro client BitTorrent</translation>
    </message>
    <message>
        <source>stop it or change aria2.listen_port</source>
        <translation>fermarlo o cambiare aria2.listen_port</translation>
    </message>
    <message>
        <source>another aria2c with RPC enabled</source>
        <translation>un altro aria2c con RPC attivo</translation>
    </message>
    <message>
        <source>stop it or change aria2.rpc_port</source>
        <translation>fermarlo o cambiare aria2.rpc_port</translation>
    </message>
    <message>
        <source>status endpoint</source>
        <translation>endpoint di stato</translation>
    </message>
    <message>
        <source>a BootTorrent that is still serving</source>
        <translation>un BootTorrent che sta ancora servendo</translation>
    </message>
    <message>
        <source>stop it or change boottorrent.status_port</source>
        <translation>fermarlo o cambiare boottorrent.status_port</translation>
    </message>
    <message>
        <source>web seed</source>
        <translation>web seed</translation>
    </message>
    <message>
        <source>stop it or change boottorrent.web_seed_port (0 turns the web seed off)</source>
        <translation>fermarlo o cambiare boottorrent.web_seed_port (0 disattiva il web seed)</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> su %1</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> da %1</translation>
    </message>
    <message>
        <source>, likely by %1</source>
        <translation>, probabilmente da %1</translation>
    </message>
    <message>
        <source>%1 port %2 (%3)%4 is already in use%5: %6</source>
        <translation>La porta %1 %2 (%3)%4 è già in uso%5: %6</translation>
    </message>
</context>
<context>
    <name>bt::SeederPace</name>
    <message>
        <source>cannot change the pace of the host&apos;s seeder: %1</source>
        <translation>impossibile cambiare il ritmo del seeder dell&apos;host: %1</translation>
    </message>
</context>
<context>
    <name>bt::SerialConsoleDock</name>
    <message>
        <source>Serial Consoles</source>
        <translation>Console seriali</translation>
    </message>
</context>
<context>
    <name>bt::ServeLauncher</name>
    <message>
        <source>Cannot write serve&apos;s output to %1: %2</source>
        <translation>Impossibile scrivere l&apos;output di serve in %1: %2</translation>
    </message>
    <message>
        <source>Cannot start serve: %1 is not installed.</source>
        <translation>Impossibile avviare serve: %1 non è installato.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>Impossibile avviare %1: %2</translation>
    </message>
    <message>
        <source>Serving needs the administrator&apos;s permission, and it was not given.</source>
        <translation>Servire richiede l&apos;autorizzazione dell&apos;amministratore, che non è stata concessa.</translation>
    </message>
    <message>
        <source>serve ended before it served.</source>
        <translation>serve è terminato prima di servire.</translation>
    </message>
    <message numerus="yes">
        <source>serve did not come up within %n second(s); its output is in %1.</source>
        <translation>
            <numerusform>serve non si è avviato entro %n secondo; il suo output è in %1.</numerusform>
            <numerusform>serve non si è avviato entro %n secondi; il suo output è in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bt::ServeMirror</name>
    <message>
        <source>The server wants its token; give the one from its token file.</source>
        <translation>Il server richiede il suo token; indicare quello del suo file di token.</translation>
    </message>
    <message>
        <source>The server refused the token: it is not the one in its token file.</source>
        <translation>Il server ha rifiutato il token: non è quello del suo file di token.</translation>
    </message>
    <message>
        <source>The server answered %1: %2</source>
        <translation>Il server ha risposto %1: %2</translation>
    </message>
</context>
<context>
    <name>bt::Server</name>
    <message>
        <source>web seed: %1 to %2: %3</source>
        <translation>web seed: %1 a %2: %3</translation>
    </message>
    <message>
        <source>status endpoint: %1 from %2: %3</source>
        <translation>endpoint di stato: %1 da %2: %3</translation>
    </message>
    <message>
        <source>the environment has not been built: run `boottorrent build %1` first</source>
        <translation>l&apos;ambiente non è stato costruito: eseguire prima `boottorrent build %1`</translation>
    </message>
    <message>
        <source>the status endpoint cannot listen on %1:%2: %3</source>
        <translation>l&apos;endpoint di stato non può restare in ascolto su %1:%2: %3</translation>
    </message>
    <message>
        <source>restarting with %1 as saved</source>
        <translation>riavvio con %1 come salvato</translation>
    </message>
    <message>
        <source>the restart was refused: %1</source>
        <translation>il riavvio è stato rifiutato: %1</translation>
    </message>
    <message>
        <source>the web seed cannot listen on %1:%2: %3 Choose another port, or 0 to serve without it.</source>
        <translation>il web seed non può restare in ascolto su %1:%2: %3 Scegliere un&apos;altra porta, o 0 per servire senza.</translation>
    </message>
    <message>
        <source>cannot create %1 for the admin API&apos;s token</source>
        <translation>impossibile creare %1 per il token dell&apos;API di amministrazione</translation>
    </message>
    <message>
        <source>cannot write the admin API&apos;s token to %1</source>
        <translation>impossibile scrivere il token dell&apos;API di amministrazione in %1</translation>
    </message>
    <message>
        <source>cannot hand %1 to user %2</source>
        <translation>impossibile assegnare %1 all&apos;utente %2</translation>
    </message>
    <message>
        <source>the admin API: %1</source>
        <translation>l&apos;API di amministrazione: %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossibile scrivere %1</translation>
    </message>
    <message>
        <source>cannot read the aria2 RPC secret (%1): the swarm is not monitored</source>
        <translation>impossibile leggere il segreto RPC di aria2 (%1): lo sciame non è monitorato</translation>
    </message>
    <message>
        <source>the tracker is not monitored: %1</source>
        <translation>il tracker non è monitorato: %1</translation>
    </message>
    <message>
        <source>cannot watch %1 for other DHCP servers: %2</source>
        <translation>impossibile sorvegliare %1 per altri server DHCP: %2</translation>
    </message>
    <message>
        <source>another DHCP server, %1, now answers on %2 (it offered %3): clients that take its offer get no boot file; find and stop it, or serve with dnsmasq.proxy_dhcp: true if it belongs to the network</source>
        <translation>un altro server DHCP, %1, ora risponde su %2 (ha offerto %3): i client che accettano la sua offerta non ricevono il file di avvio; trovarlo e fermarlo, oppure servire con dnsmasq.proxy_dhcp: true se appartiene alla rete</translation>
    </message>
    <message>
        <source>the other DHCP server %1 no longer answers on %2</source>
        <translation>l&apos;altro server DHCP %1 non risponde più su %2</translation>
    </message>
    <message>
        <source>cannot wake machines: %1</source>
        <translation>impossibile risvegliare le macchine: %1</translation>
    </message>
    <message>
        <source>wave settled: %1</source>
        <translation>ondata conclusa: %1</translation>
    </message>
    <message>
        <source>wave report written to %1</source>
        <translation>rapporto dell&apos;ondata scritto in %1</translation>
    </message>
    <message>
        <source>the wave report cannot be kept: %1</source>
        <translation>il rapporto dell&apos;ondata non può essere conservato: %1</translation>
    </message>
    <message>
        <source>the host&apos;s seeder sends at full speed: one client downloads</source>
        <translation>il seeder dell&apos;host invia a piena velocità: un solo client scarica</translation>
    </message>
    <message>
        <source>the host&apos;s seeder trickles at %1 KiB/s beside the web seed: %2 clients download</source>
        <translation>il seeder dell&apos;host invia solo %1 KiB/s accanto al web seed: %2 client scaricano</translation>
    </message>
</context>
<context>
    <name>bt::ServiceSupervisor</name>
    <message>
        <source>%1 %2 during start-up</source>
        <translation>%1 %2 durante l&apos;avvio</translation>
    </message>
    <message>
        <source> and printed nothing</source>
        <translation> e non ha stampato nulla</translation>
    </message>
    <message>
        <source>did not stop within %1 of SIGTERM: sending SIGKILL</source>
        <translation>non si è fermato entro %1 da SIGTERM: invio di SIGKILL</translation>
    </message>
    <message>
        <source>was killed by %1</source>
        <translation>è stato terminato da %1</translation>
    </message>
    <message>
        <source>exited with exit code %1</source>
        <translation>è uscito con codice %1</translation>
    </message>
    <message>
        <source>%1 not found: install the %2 package</source>
        <translation>%1 non trovato: installare il pacchetto %2</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>impossibile avviare %1: %2</translation>
    </message>
</context>
<context>
    <name>bt::ServiceTableModel</name>
    <message>
        <source>Stopped</source>
        <translation>Fermo</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>In avvio</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>In esecuzione</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>In riavvio</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>In arresto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Riavvii</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Ultimo errore</translation>
    </message>
</context>
<context>
    <name>bt::ServicesPanel</name>
    <message>
        <source>Not serving.</source>
        <translation>Servizio non attivo.</translation>
    </message>
    <message>
        <source>Starting the services…</source>
        <translation>Avvio dei servizi…</translation>
    </message>
    <message>
        <source>Stopping the services…</source>
        <translation>Arresto dei servizi…</translation>
    </message>
    <message>
        <source>Serving failed; see the last error of each service and the log.</source>
        <translation>Servizio non riuscito; vedi l&apos;ultimo errore di ciascun servizio e il log.</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>In attesa del server…</translation>
    </message>
    <message>
        <source>The server no longer answers: %1</source>
        <translation>Il server non risponde più: %1</translation>
    </message>
    <message>
        <source>Serving the lab from %1.</source>
        <translation>Il laboratorio è servito da %1.</translation>
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
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>BootTorrent uses a new language after it is restarted.</source>
        <translation>BootTorrent usa una nuova lingua dopo il riavvio.</translation>
    </message>
</context>
<context>
    <name>bt::SettingsRules</name>
    <message>
        <source>this BootTorrent reads format version 0, got %1</source>
        <translation>questo BootTorrent legge la versione 0 del formato, trovato %1</translation>
    </message>
    <message>
        <source>must be 0 or more seconds, got %1</source>
        <translation>deve essere 0 o più secondi, trovato %1</translation>
    </message>
    <message>
        <source>must be from 1 to 100 machines a second, got %1</source>
        <translation>deve essere da 1 a 100 macchine al secondo, trovato %1</translation>
    </message>
    <message>
        <source>missing; give the host&apos;s IPv4 address on the lab network, e.g. 192.168.1.1</source>
        <translation>manca; indicare l&apos;indirizzo IPv4 dell&apos;host nella rete del laboratorio, ad es. 192.168.1.1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>&quot;%1&quot; non è un indirizzo IPv4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not ADDRESS or ADDRESS:PORT; give a management address such as 127.0.0.1 or 192.0.2.5:8292</source>
        <translation>&quot;%1&quot; non è INDIRIZZO o INDIRIZZO:PORTA; indicare un indirizzo di gestione come 127.0.0.1 o 192.0.2.5:8292</translation>
    </message>
    <message>
        <source>must be one address of this host, not every address: the lab side must not reach the admin API</source>
        <translation>deve essere un solo indirizzo di questo host, non tutti gli indirizzi: il lato del laboratorio non deve raggiungere l&apos;API di amministrazione</translation>
    </message>
    <message>
        <source>is the lab address (boottorrent.host_ip): lab machines would reach the admin API; give a management address or leave it out</source>
        <translation>è l&apos;indirizzo del laboratorio (boottorrent.host_ip): le macchine del laboratorio raggiungerebbero l&apos;API di amministrazione; indicare un indirizzo di gestione o ometterlo</translation>
    </message>
    <message>
        <source>there are no OS folders in oss/ yet</source>
        <translation>in oss/ non ci sono ancora cartelle di sistemi</translation>
    </message>
    <message>
        <source>name one of: %1</source>
        <translation>indicarne uno tra: %1</translation>
    </message>
    <message>
        <source>there is no OS folder oss/%1; %2</source>
        <translation>non esiste la cartella di sistema oss/%1; %2</translation>
    </message>
    <message>
        <source>is not a user name (letters, digits, _ . - only, at most 32); name an existing user such as nobody</source>
        <translation>non è un nome utente (solo lettere, cifre, _ . -, al massimo 32); indicare un utente esistente come nobody</translation>
    </message>
    <message>
        <source>missing; name the network interface that faces the lab, e.g. eth0</source>
        <translation>manca; indicare l&apos;interfaccia di rete verso il laboratorio, ad es. eth0</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network interface name</source>
        <translation>&quot;%1&quot; non è il nome di un&apos;interfaccia di rete</translation>
    </message>
    <message>
        <source>needs enable_dhcp: true, because proxyDHCP is an answer to DHCP requests</source>
        <translation>richiede enable_dhcp: true, perché proxyDHCP è una risposta alle richieste DHCP</translation>
    </message>
    <message>
        <source>needs proxy_dhcp: true; with full DHCP this host names itself as next-server already</source>
        <translation>richiede proxy_dhcp: true; con il DHCP completo questo host si indica già come next-server</translation>
    </message>
    <message>
        <source>missing; give start,end[,netmask][,lease], e.g. 192.168.1.50,192.168.1.150,255.255.255.0,12h</source>
        <translation>manca; indicare start,end[,netmask][,lease], ad es. 192.168.1.50,192.168.1.150,255.255.255.0,12h</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 network address</source>
        <translation>&quot;%1&quot; non è un indirizzo di rete IPv4</translation>
    </message>
    <message>
        <source>start</source>
        <comment>of dnsmasq.dhcp_range</comment>
        <translation>il primo indirizzo</translation>
    </message>
    <message>
        <source>end</source>
        <comment>of dnsmasq.dhcp_range</comment>
        <translation>l&apos;ultimo indirizzo</translation>
    </message>
    <message>
        <source>%1 %2 is outside the subnet of host_ip %3</source>
        <translation>%1 %2 è fuori dalla sottorete di host_ip %3</translation>
    </message>
    <message>
        <source>must be between 1 and 65535, got %1</source>
        <translation>deve essere tra 1 e 65535, trovato %1</translation>
    </message>
    <message>
        <source>%1 is already used by %2</source>
        <translation>%1 è già usata da %2</translation>
    </message>
    <message>
        <source>must be one of %1, got &quot;%2&quot;</source>
        <translation>deve essere uno tra %1, trovato &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must be 0 (no alert) to %1 seconds, got %2</source>
        <translation>deve essere da 0 (nessun avviso) a %1 secondi, trovato %2</translation>
    </message>
    <message>
        <source>%1 s is not longer than alerts.no_progress (%2 s): give more seconds, or 0 for no red alert</source>
        <translation>%1 s non è più lungo di alerts.no_progress (%2 s): indicare più secondi, o 0 per nessun avviso rosso</translation>
    </message>
    <message>
        <source>must be 0 (no alert) to 100 percent of the median rate, got %1</source>
        <translation>deve essere da 0 (nessun avviso) a 100 per cento della velocità mediana, trovato %1</translation>
    </message>
    <message>
        <source>must be %1, got &quot;%2&quot;</source>
        <translation>deve essere %1, trovato &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>bt::SwarmPanel</name>
    <message>
        <source>Share of the delivered bytes that clients sent each other instead of the host</source>
        <translation>Quota dei byte consegnati che i client si sono inviati tra loro invece che dall&apos;host</translation>
    </message>
    <message>
        <source>Peers:</source>
        <translation>Peer:</translation>
    </message>
    <message>
        <source>Seeds:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <source>Host upload:</source>
        <translation>Upload dell&apos;host:</translation>
    </message>
    <message>
        <source>Sent by the host:</source>
        <translation>Inviati dall&apos;host:</translation>
    </message>
    <message>
        <source>Delivered peer-to-peer:</source>
        <translation>Consegnati peer-to-peer:</translation>
    </message>
    <message>
        <source>Peer-to-peer share:</source>
        <translation>Quota peer-to-peer:</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inattivo</translation>
    </message>
    <message>
        <source>%1 of %2 delivered</source>
        <translation>%1 di %2 consegnati</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Peers that announced themselves to the tracker: seeders hold a whole OS, downloading ones are still fetching it; completed counts the downloads finished since the tracker started</source>
        <translation>Peer che si sono annunciati al tracker: i seeder hanno un sistema operativo intero, quelli in download lo stanno ancora scaricando; completati conta i download terminati dall&apos;avvio del tracker</translation>
    </message>
    <message>
        <source>Tracker:</source>
        <translation>Tracker:</translation>
    </message>
    <message numerus="yes">
        <source>%n seeder(s)</source>
        <translation>
            <numerusform>%n seeder</numerusform>
            <numerusform>%n seeder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n downloading</source>
        <translation>
            <numerusform>%n in download</numerusform>
            <numerusform>%n in download</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n completato</numerusform>
            <numerusform>%n completati</numerusform>
        </translation>
    </message>
    <message>
        <source>not monitored</source>
        <translation>non monitorato</translation>
    </message>
    <message>
        <source>%1 (%2 of it over HTTP)</source>
        <translation>%1 (di cui %2 via HTTP)</translation>
    </message>
</context>
<context>
    <name>bt::ThroughputChart</name>
    <message>
        <source>Host upload</source>
        <translation>Upload dell&apos;host</translation>
    </message>
    <message>
        <source>Peer-to-peer</source>
        <translation>Peer-to-peer</translation>
    </message>
    <message>
        <source>MiB/s</source>
        <translation>MiB/s</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Velocità di trasferimento</translation>
    </message>
</context>
<context>
    <name>bt::TorrentMaker</name>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>cannot be read (permission denied)</source>
        <translation>non può essere letto (permesso negato)</translation>
    </message>
    <message>
        <source>is a symbolic link to %1, which does not exist</source>
        <translation>è un collegamento simbolico a %1, che non esiste</translation>
    </message>
    <message>
        <source>is a symbolic link to %1, outside the OS folder; copy the file into the folder instead</source>
        <translation>è un collegamento simbolico a %1, fuori dalla cartella del sistema; copiare invece il file nella cartella</translation>
    </message>
    <message>
        <source>is a symbolic link to a folder that contains it, which would repeat forever</source>
        <translation>è un collegamento simbolico a una cartella che lo contiene, il che si ripeterebbe all&apos;infinito</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>non è una cartella</translation>
    </message>
    <message>
        <source>has no name to give the torrent</source>
        <translation>non ha un nome da dare al torrent</translation>
    </message>
    <message>
        <source>contains no files; put the OS files into it</source>
        <translation>non contiene file; inserirvi i file del sistema</translation>
    </message>
    <message>
        <source>contains only empty files; a torrent needs data</source>
        <translation>contiene solo file vuoti; un torrent ha bisogno di dati</translation>
    </message>
    <message>
        <source>piece size %1 is not a power of two of at least 16 KiB</source>
        <translation>la dimensione dei pezzi %1 non è una potenza di due di almeno 16 KiB</translation>
    </message>
    <message>
        <source>libtorrent counts %1 pieces where %2 were hashed</source>
        <translation>libtorrent conta %1 pezzi dove ne sono stati calcolati %2</translation>
    </message>
    <message>
        <source>libtorrent could not make the torrent: %1</source>
        <translation>libtorrent non è riuscita a creare il torrent: %1</translation>
    </message>
    <message>
        <source>is not a torrent: %1</source>
        <translation>non è un torrent: %1</translation>
    </message>
</context>
<context>
    <name>bt::TrackerFolder</name>
    <message>
        <source>cannot create a folder for the tracker in %1: %2</source>
        <translation>impossibile creare una cartella per il tracker in %1: %2</translation>
    </message>
    <message>
        <source>cannot copy the tracker whitelist into %1: rebuild the environment</source>
        <translation>impossibile copiare la whitelist del tracker in %1: ricostruire l&apos;ambiente</translation>
    </message>
</context>
<context>
    <name>bt::WakeOnLan</name>
    <message>
        <source>there is no interface %1 (dnsmasq.interface) on this machine</source>
        <translation>su questa macchina non esiste l&apos;interfaccia %1 (dnsmasq.interface)</translation>
    </message>
    <message>
        <source>%1 on %2 has no broadcast address</source>
        <translation>%1 su %2 non ha un indirizzo di broadcast</translation>
    </message>
    <message>
        <source>%1 (dnsmasq.interface) does not carry %2 (boottorrent.host_ip)</source>
        <translation>%1 (dnsmasq.interface) non ha l&apos;indirizzo %2 (boottorrent.host_ip)</translation>
    </message>
    <message>
        <source>cannot send from %1: %2</source>
        <translation>impossibile inviare da %1: %2</translation>
    </message>
    <message>
        <source>cannot send to %1:%2: %3</source>
        <translation>impossibile inviare a %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>bt::WaveReportFeed</name>
    <message>
        <source>The server answered %1: %2</source>
        <translation>Il server ha risposto %1: %2</translation>
    </message>
    <message>
        <source>the server&apos;s report</source>
        <translation>il rapporto del server</translation>
    </message>
</context>
<context>
    <name>bt::WaveReportFiles</name>
    <message>
        <source>cannot be created</source>
        <translation>non può essere creato</translation>
    </message>
    <message>
        <source>cannot be given to the folder&apos;s owner: %1</source>
        <translation>non può essere assegnato al proprietario della cartella: %1</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>non può essere scritto: %1</translation>
    </message>
    <message>
        <source>was written but cannot be given to the folder&apos;s owner: %1</source>
        <translation>è stato scritto ma non può essere assegnato al proprietario della cartella: %1</translation>
    </message>
    <message>
        <source>holds no wave report, and no serve of %1 runs</source>
        <translation>non contiene alcun rapporto di ondata, e nessun serve di %1 è in esecuzione</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>non può essere letto: %1</translation>
    </message>
    <message>
        <source>is larger than %1 MiB: it is no wave report</source>
        <translation>è più grande di %1 MiB: non è un rapporto di ondata</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>To Phase 1</source>
        <translation>Fino alla fase 1</translation>
    </message>
    <message>
        <source>To downloaded</source>
        <translation>Fino allo scaricamento</translation>
    </message>
    <message>
        <source>To booted</source>
        <translation>Fino all&apos;avvio</translation>
    </message>
    <message>
        <source>From host</source>
        <translation>Dall&apos;host</translation>
    </message>
    <message>
        <source>From peers</source>
        <translation>Dai peer</translation>
    </message>
</context>
<context>
    <name>bt::WaveReportWindow</name>
    <message>
        <source>Wave Is &amp;Over</source>
        <translation>L&apos;ondata è &amp;finita</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Esporta &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Esporta &amp;PNG…</translation>
    </message>
    <message>
        <source>Boot Wave Report</source>
        <translation>Rapporto dell&apos;ondata di avvio</translation>
    </message>
    <message>
        <source>Settle the wave now: the machines still on their way are reported as they are, and serve keeps the report in the environment&apos;s reports folder.</source>
        <translation>Chiudi ora l&apos;ondata: le macchine ancora in corso vengono riportate come sono, e serve conserva il rapporto nella cartella reports dell&apos;ambiente.</translation>
    </message>
    <message>
        <source>Machines booted</source>
        <translation>Macchine avviate</translation>
    </message>
    <message>
        <source>Minutes since the first machine asked for an address</source>
        <translation>Minuti da quando la prima macchina ha chiesto un indirizzo</translation>
    </message>
    <message>
        <source>The wave is settled; serve keeps its report.</source>
        <translation>L&apos;ondata è chiusa; serve ne conserva il rapporto.</translation>
    </message>
    <message>
        <source>The wave was not settled: %1</source>
        <translation>L&apos;ondata non è stata chiusa: %1</translation>
    </message>
    <message>
        <source>No boot wave yet: it starts when the first machine asks for an address.</source>
        <translation>Nessuna ondata di avvio finora: inizia quando la prima macchina chiede un indirizzo.</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) on their way, none booted yet</source>
        <translation>
            <numerusform>%n macchina in corso, nessuna ancora avviata</numerusform>
            <numerusform>%n macchine in corso, nessuna ancora avviata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) booted in %1</source>
        <translation>
            <numerusform>%n macchina avviata in %1</numerusform>
            <numerusform>%n macchine avviate in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fallita</numerusform>
            <numerusform>, %n fallite</numerusform>
        </translation>
    </message>
    <message>
        <source> (so far)</source>
        <translation> (finora)</translation>
    </message>
    <message>
        <source>Median time to booted: %1. From the host %2, from peers %3.</source>
        <translation>Tempo mediano fino all&apos;avvio: %1. Dall&apos;host %2, dai peer %3.</translation>
    </message>
    <message>
        <source>Settled %1.</source>
        <translation>Chiusa il %1.</translation>
    </message>
    <message>
        <source>Export the Wave as CSV</source>
        <translation>Esporta l&apos;ondata come CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the Curve as PNG</source>
        <translation>Esporta la curva come PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Immagini PNG (*.png)</translation>
    </message>
    <message>
        <source>the picture cannot be written</source>
        <translation>l&apos;immagine non può essere scritta</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Esportato in %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 non può essere scritto: %2</translation>
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
        <translation>Avvia un&apos;aula di computer dalla rete e consegna a ciascuno un sistema operativo, peer-to-peer.</translation>
    </message>
    <message>
        <source>&amp;New Environment…</source>
        <translation>&amp;Nuovo ambiente…</translation>
    </message>
    <message>
        <source>Create an environment in an empty folder</source>
        <translation>Crea un ambiente in una cartella vuota</translation>
    </message>
    <message>
        <source>&amp;Open Environment…</source>
        <translation>&amp;Apri ambiente…</translation>
    </message>
    <message>
        <source>Open a folder that holds a Boottorrent.yaml</source>
        <translation>Apri una cartella che contiene un Boottorrent.yaml</translation>
    </message>
    <message>
        <source>&amp;Recent environments:</source>
        <translation>Ambienti &amp;recenti:</translation>
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
        <translation>%1 (mancante)
%2</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Apri %1</translation>
    </message>
    <message>
        <source>This folder holds no Boottorrent.yaml any more.</source>
        <translation>Questa cartella non contiene più un Boottorrent.yaml.</translation>
    </message>
    <message>
        <source>No environment opened yet. Create one with New, or open a folder.</source>
        <translation>Nessun ambiente ancora aperto. Creane uno con Nuovo, oppure apri una cartella.</translation>
    </message>
</context>
<context>
    <name>bt::YamlFile</name>
    <message>
        <source>is larger than %1 KiB; an environment&apos;s settings are a few lines</source>
        <translation>è più grande di %1 KiB; le impostazioni di un ambiente sono poche righe</translation>
    </message>
    <message>
        <source>must be a mapping of keys to values</source>
        <translation>deve essere una mappa di chiavi e valori</translation>
    </message>
    <message>
        <source>is too complex (over %1 values once its aliases are expanded, or nested deeper than 64): write the values out plainly</source>
        <translation>è troppo complesso (oltre %1 valori dopo l&apos;espansione degli alias, o annidato oltre 64 livelli): scrivere i valori in modo semplice</translation>
    </message>
    <message>
        <source>is not valid YAML: line %1, column %2: %3</source>
        <translation>non è YAML valido: riga %1, colonna %2: %3</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>non può essere letto: %1</translation>
    </message>
</context>
<context>
    <name>bt::cli</name>
    <message>
        <source>boottorrent build: --threads: expected a number of at least 1, got &quot;%1&quot;</source>
        <translation>boottorrent build: --threads: atteso un numero di almeno 1, trovato &quot;%1&quot;</translation>
    </message>
    <message>
        <source>boottorrent build: nothing was changed; the previous out/ is still in place.</source>
        <translation>boottorrent build: nulla è stato modificato; il precedente out/ è ancora al suo posto.</translation>
    </message>
    <message>
        <source>boottorrent: %1 (see --help)</source>
        <translation>boottorrent: %1 (vedere --help)</translation>
    </message>
    <message>
        <source>boottorrent: %1 expects %2 (see --help)</source>
        <translation>boottorrent: %1 richiede %2 (vedere --help)</translation>
    </message>
    <message numerus="yes">
        <source>%n argument(s)</source>
        <translation>
            <numerusform>%n argomento</numerusform>
            <numerusform>%n argomenti</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 arguments</source>
        <translation>da %1 a %2 argomenti</translation>
    </message>
    <message>
        <source>Created the environment %1</source>
        <translation>Ambiente %1 creato</translation>
    </message>
    <message>
        <source>Next: edit %1/Boottorrent.yaml, add OS folders under %1/oss/, then run `boottorrent build %1`.</source>
        <translation>Poi: modificare %1/Boottorrent.yaml, aggiungere le cartelle dei sistemi in %1/oss/, quindi eseguire `boottorrent build %1`.</translation>
    </message>
    <message>
        <source>boottorrent lab: --simulated, --vms, --timeout and --host-rate take numbers (see --help)</source>
        <translation>boottorrent lab: --simulated, --vms, --timeout e --host-rate accettano numeri (vedere --help)</translation>
    </message>
    <message>
        <source>boottorrent lab: --firmware takes bios, uefi or secureboot, or a comma-separated list of them (see --help)</source>
        <translation>boottorrent lab: --firmware accetta bios, uefi o secureboot, o un elenco separato da virgole (vedere --help)</translation>
    </message>
    <message>
        <source>boottorrent lab: --powered-off is for virtual machines: add --vms M (see --help)</source>
        <translation>boottorrent lab: --powered-off vale per le macchine virtuali: aggiungere --vms M (vedere --help)</translation>
    </message>
    <message>
        <source>boottorrent lab: the clients did not all boot within %1 s</source>
        <translation>boottorrent lab: non tutti i client si sono avviati entro %1 s</translation>
    </message>
    <message>
        <source>the serve of %1 (pid %2)</source>
        <translation>il serve di %1 (pid %2)</translation>
    </message>
    <message>
        <source>Boot wave from %1
</source>
        <translation>Ondata di avvio del %1
</translation>
    </message>
    <message>
        <source> by the admin</source>
        <translation> dall&apos;amministratore</translation>
    </message>
    <message>
        <source>, still running</source>
        <translation>, ancora in corso</translation>
    </message>
    <message>
        <source>median time to booted %1; from the host %2, from peers %3</source>
        <translation>tempo mediano fino all&apos;avvio %1; dall&apos;host %2, dai peer %3</translation>
    </message>
    <message>
        <source>%1: %2 is not an environment folder</source>
        <translation>%1: %2 non è una cartella di ambiente</translation>
    </message>
    <message>
        <source>%1: --%2 needs a file name</source>
        <translation>%1: --%2 richiede un nome di file</translation>
    </message>
    <message>
        <source>%1: --png %2: the picture is a PNG; name it *.png</source>
        <translation>%1: --png %2: l&apos;immagine è un PNG; chiamarla *.png</translation>
    </message>
    <message>
        <source>%1: --csv %2 cannot be written: %3</source>
        <translation>%1: --csv %2 non può essere scritto: %3</translation>
    </message>
    <message>
        <source>%1: --png %2 cannot be written: %3</source>
        <translation>%1: --png %2 non può essere scritto: %3</translation>
    </message>
    <message>
        <source>boottorrent serve: --admin takes an address and an optional port, e.g. 127.0.0.1:8292</source>
        <translation>boottorrent serve: --admin accetta un indirizzo e una porta facoltativa, ad es. 127.0.0.1:8292</translation>
    </message>
    <message>
        <source>boottorrent serve: --max-clients takes a number from 1 to 65536</source>
        <translation>boottorrent serve: --max-clients accetta un numero da 1 a 65536</translation>
    </message>
    <message>
        <source>boottorrent serve: --dhcp-watch takes a number of seconds from 0 to 86400</source>
        <translation>boottorrent serve: --dhcp-watch accetta un numero di secondi da 0 a 86400</translation>
    </message>
    <message>
        <source>building %1/out (it is older than the environment)</source>
        <translation>costruzione di %1/out (è più vecchio dell&apos;ambiente)</translation>
    </message>
    <message>
        <source>wave settled: %1</source>
        <translation>ondata conclusa: %1</translation>
    </message>
    <message>
        <source>admin API on port %1, token in %2, runtime file %3</source>
        <translation>API di amministrazione sulla porta %1, token in %2, file di runtime %3</translation>
    </message>
    <message>
        <source>boottorrent serve: %1 failed to start: %2</source>
        <translation>boottorrent serve: l&apos;avvio di %1 non è riuscito: %2</translation>
    </message>
    <message>
        <source>boottorrent serve: not restarted: %1</source>
        <translation>boottorrent serve: non riavviato: %1</translation>
    </message>
    <message>
        <source>not restarted: %1</source>
        <translation>non riavviato: %1</translation>
    </message>
    <message>
        <source>building %1/out for the restart</source>
        <translation>costruzione di %1/out per il riavvio</translation>
    </message>
    <message>
        <source>warning: cannot ask for other DHCP servers on %1: %2</source>
        <translation>avviso: impossibile cercare altri server DHCP su %1: %2</translation>
    </message>
    <message>
        <source>boottorrent status: no BootTorrent answers for %1 at %2 (%3); is `boottorrent serve %1` running?</source>
        <translation>boottorrent status: nessun BootTorrent risponde per %1 su %2 (%3); `boottorrent serve %1` è in esecuzione?</translation>
    </message>
    <message>
        <source>boottorrent wake: --rate takes a number of machines per second from 1 to 100</source>
        <translation>boottorrent wake: --rate accetta un numero di macchine al secondo da 1 a 100</translation>
    </message>
    <message>
        <source>boottorrent wake: &quot;%1&quot; is neither a MAC address (aa:bb:cc:dd:ee:ff) nor the name of a machine in %2/%3</source>
        <translation>boottorrent wake: &quot;%1&quot; non è né un indirizzo MAC (aa:bb:cc:dd:ee:ff) né il nome di una macchina in %2/%3</translation>
    </message>
    <message>
        <source>boottorrent wake: %1 knows no machine yet (machines.yaml, leases); name the MACs to wake</source>
        <translation>boottorrent wake: %1 non conosce ancora nessuna macchina (machines.yaml, lease); indicare i MAC da risvegliare</translation>
    </message>
    <message>
        <source>boottorrent wake: name the machines to wake, or --all</source>
        <translation>boottorrent wake: indicare le macchine da risvegliare, oppure --all</translation>
    </message>
    <message>
        <source>woke %1 (magic packets to %2, UDP 9 and 7)</source>
        <translation>risvegliato %1 (magic packet a %2, UDP 9 e 7)</translation>
    </message>
    <message>
        <source>boottorrent wake: %1</source>
        <translation>boottorrent wake: %1</translation>
    </message>
    <message>
        <source>Builds DIR/out/: one torrent per OS, the client configuration (torrents.gz), the Phase-1
boot files and the configuration of dnsmasq, aria2c and opentracker. The new out/
replaces the old one only when every step succeeded.</source>
        <translation>Costruisce DIR/out/: un torrent per sistema operativo, la configurazione dei client (torrents.gz),
i file di avvio di Phase-1 e la configurazione di dnsmasq, aria2c e opentracker. Il nuovo out/
sostituisce il vecchio solo se ogni passo è riuscito.</translation>
    </message>
    <message>
        <source>The environment folder.</source>
        <translation>La cartella dell&apos;ambiente.</translation>
    </message>
    <message>
        <source>Folder with the Phase-1 boot files (default: found next to boottorrent).</source>
        <translation>Cartella con i file di avvio di Phase-1 (predefinita: trovata accanto a boottorrent).</translation>
    </message>
    <message>
        <source>Hashing threads (default: every core).</source>
        <translation>Thread per il calcolo degli hash (predefinito: tutti i core).</translation>
    </message>
    <message>
        <source>Print only the result.</source>
        <translation>Stampa solo il risultato.</translation>
    </message>
    <message>
        <source>Creates a new environment in DIR: a commented Boottorrent.yaml and an empty oss/ folder.
Add one folder per operating system under oss/, each with a config.yaml.</source>
        <translation>Crea un nuovo ambiente in DIR: un Boottorrent.yaml commentato e una cartella oss/ vuota.
Aggiungere sotto oss/ una cartella per ogni sistema operativo, ciascuna con un config.yaml.</translation>
    </message>
    <message>
        <source>Folder of the new environment.</source>
        <translation>Cartella del nuovo ambiente.</translation>
    </message>
    <message>
        <source>Boots a virtual lab against the environment DIR on this machine: a network namespace whose bridge
carries the environment&apos;s host address (198.18.0.0/15 only), `boottorrent serve DIR` inside it,
simulated clients and qemu virtual machines that PXE-boot from it. Prints every change; ends when
every client booted (exit 0) or one failed (exit 1), unless --keep-running. Removes every
namespace and process it made on exit, Ctrl+C or SIGTERM. Needs root.</source>
        <translation>Avvia su questa macchina un laboratorio virtuale per l&apos;ambiente DIR: un namespace di rete il cui bridge
ha l&apos;indirizzo host dell&apos;ambiente (solo 198.18.0.0/15), al suo interno `boottorrent serve DIR`,
client simulati e macchine virtuali qemu che vi si avviano via PXE. Stampa ogni cambiamento; termina
quando ogni client si è avviato (uscita 0) o uno è fallito (uscita 1), salvo --keep-running. All&apos;uscita,
con Ctrl+C o SIGTERM rimuove ogni namespace e processo che ha creato. Richiede root.</translation>
    </message>
    <message>
        <source>Simulated clients (namespaces running bttui --headless --dry-run); default 4 without --vms.</source>
        <translation>Client simulati (namespace che eseguono bttui --headless --dry-run); predefinito 4 senza --vms.</translation>
    </message>
    <message>
        <source>qemu virtual machines that boot the real path (software emulation, 512 MiB each).</source>
        <translation>Macchine virtuali qemu che si avviano per la via reale (emulazione software, 512 MiB ciascuna).</translation>
    </message>
    <message>
        <source>Firmware of the virtual machines: bios (iPXE), uefi (OVMF) or
secureboot (OVMF with Microsoft&apos;s keys, Secure Boot on); a comma-separated
list gives each machine the next one in turn, e.g. uefi,secureboot (default bios).</source>
        <translation>Firmware delle macchine virtuali: bios (iPXE), uefi (OVMF) o
secureboot (OVMF con le chiavi di Microsoft, Secure Boot attivo); un elenco separato da virgole
assegna a turno il successivo a ogni macchina, ad es. uefi,secureboot (predefinito bios).</translation>
    </message>
    <message>
        <source>Keep the lab up after the clients booted, until Ctrl+C.</source>
        <translation>Mantiene attivo il laboratorio dopo l&apos;avvio dei client, fino a Ctrl+C.</translation>
    </message>
    <message>
        <source>Keep the lab&apos;s logs, serial consoles and the final clients.json and swarm.json here
(default: a temporary folder, removed at exit).</source>
        <translation>Conserva qui i log del laboratorio, le console seriali e i clients.json e swarm.json finali
(predefinita: una cartella temporanea, rimossa all&apos;uscita).</translation>
    </message>
    <message>
        <source>Give up when the clients have not all booted after this many seconds (default 900).</source>
        <translation>Rinuncia se dopo questi secondi non tutti i client si sono avviati (predefinito 900).</translation>
    </message>
    <message>
        <source>Let the virtual machines use KVM.</source>
        <translation>Fa usare KVM alle macchine virtuali.</translation>
    </message>
    <message>
        <source>Limit what the host seeder and web seed send to MBIT Mbit/s, so the clients share with each other
(default: no limit; TFTP and DHCP stay unlimited).</source>
        <translation>Limita a MBIT Mbit/s ciò che il seeder e il web seed dell&apos;host inviano, così i client condividono tra loro
(predefinito: nessun limite; TFTP e DHCP restano illimitati).</translation>
    </message>
    <message>
        <source>Put the site&apos;s own DHCP server on the lab network (a dnsmasq that hands out
dnsmasq.dhcp_range and nothing about booting), as on a school&apos;s network; the
environment must serve with dnsmasq.proxy_dhcp: true.</source>
        <translation>Mette sulla rete del laboratorio il server DHCP proprio della sede (un dnsmasq che assegna
dnsmasq.dhcp_range e nulla sull&apos;avvio), come sulla rete di una scuola; l&apos;ambiente
deve servire con dnsmasq.proxy_dhcp: true.</translation>
    </message>
    <message>
        <source>With --site-dhcp: the site&apos;s server names this host as next-server for UEFI PXE
clients (boot file shimx64.efi), as a site must for Secure Boot machines.</source>
        <translation>Con --site-dhcp: il server della sede indica questo host come next-server per i client
UEFI PXE (file di avvio shimx64.efi), come una sede deve fare per le macchine Secure Boot.</translation>
    </message>
    <message>
        <source>Start the virtual machines powered off: each one starts when a Wake-on-LAN magic
packet for its MAC reaches the lab network&apos;s broadcast address on UDP 9 or 7, e.g.
from `ip netns exec btlab&lt;PID&gt;-h boottorrent wake DIR MAC`.</source>
        <translation>Avvia le macchine virtuali spente: ciascuna si accende quando un magic packet Wake-on-LAN
per il suo MAC raggiunge l&apos;indirizzo di broadcast della rete del laboratorio su UDP 9 o 7, ad es.
da `ip netns exec btlab&lt;PID&gt;-h boottorrent wake DIR MAC`.</translation>
    </message>
    <message>
        <source>create a new environment folder with a commented Boottorrent.yaml</source>
        <translation>crea una nuova cartella di ambiente con un Boottorrent.yaml commentato</translation>
    </message>
    <message>
        <source>build DIR/out/: torrents, client configuration, service configuration</source>
        <translation>costruisce DIR/out/: torrent, configurazione dei client, configurazione dei servizi</translation>
    </message>
    <message>
        <source>serve DIR: DHCP, TFTP, tracker and seeder, with live client status</source>
        <translation>serve DIR: DHCP, TFTP, tracker e seeder, con lo stato dei client in tempo reale</translation>
    </message>
    <message>
        <source>print the clients of a running serve of DIR</source>
        <translation>stampa i client di un serve di DIR in esecuzione</translation>
    </message>
    <message>
        <source>boot simulated clients and virtual machines against DIR in a namespace lab</source>
        <translation>avvia client simulati e macchine virtuali per DIR in un laboratorio di namespace</translation>
    </message>
    <message>
        <source>power lab machines on with Wake-on-LAN</source>
        <translation>accende le macchine del laboratorio con Wake-on-LAN</translation>
    </message>
    <message>
        <source>print the boot wave report of DIR; write it as CSV and its curve as PNG</source>
        <translation>stampa il rapporto dell&apos;ondata di avvio di DIR; lo scrive come CSV e la sua curva come PNG</translation>
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
        <translation>Uso: boottorrent [DIR]          apre l&apos;app desktop (sull&apos;ambiente DIR)
     boottorrent --lab N DIR    lo stesso, con un laboratorio virtuale di N client simulati che si avviano
     boottorrent --serve DIR    lo stesso, servendo DIR (come Avvia servizio)
     boottorrent &lt;command&gt; [options] DIR

BootTorrent avvia una sala di computer attraverso la rete e consegna a ciascuno il suo
sistema operativo peer-to-peer.

Comandi:
</translation>
    </message>
    <message>
        <source>
Run `boottorrent &lt;command&gt; --help` for a command&apos;s options.
</source>
        <translation>
`boottorrent &lt;command&gt; --help` mostra le opzioni di un comando.
</translation>
    </message>
    <message>
        <source>boottorrent: --serve expects an environment folder: boottorrent --serve DIR
</source>
        <translation>boottorrent: --serve richiede una cartella di ambiente: boottorrent --serve DIR
</translation>
    </message>
    <message>
        <source>boottorrent: --lab expects a number of clients and a folder: boottorrent --lab 4 DIR
</source>
        <translation>boottorrent: --lab richiede un numero di client e una cartella: boottorrent --lab 4 DIR
</translation>
    </message>
    <message>
        <source>boottorrent: &quot;%1&quot; is neither a command nor an environment folder (see boottorrent --help)
</source>
        <translation>boottorrent: &quot;%1&quot; non è né un comando né una cartella di ambiente (vedere boottorrent --help)
</translation>
    </message>
    <message>
        <source>boottorrent: no graphical display (DISPLAY is not set): run the desktop app in a desktop session, or use the headless commands (see boottorrent --help)
</source>
        <translation>boottorrent: nessuno schermo grafico (DISPLAY non è impostato): avviare l&apos;app desktop in una sessione desktop o usare i comandi senza interfaccia (vedere boottorrent --help)
</translation>
    </message>
    <message>
        <source>Prints the boot wave report of DIR: the wave the running serve of DIR follows (or its
last settled one), else the newest DIR/reports/wave-*.json. Each machine&apos;s times from
its first DHCP request to Phase 1, to its OS downloaded and to booted; the bytes it got
from the host and from peers.</source>
        <translation>Stampa il rapporto dell&apos;ondata di avvio di DIR: l&apos;ondata che segue il serve di DIR in esecuzione (o
l&apos;ultima conclusa), altrimenti il più recente DIR/reports/wave-*.json. Per ogni macchina i tempi dalla
sua prima richiesta DHCP a Phase 1, al sistema operativo scaricato e all&apos;avvio; i byte ricevuti
dall&apos;host e dai peer.</translation>
    </message>
    <message>
        <source>Report this wave file instead (a reports/wave-*.json).</source>
        <translation>Riporta invece questo file di ondata (un reports/wave-*.json).</translation>
    </message>
    <message>
        <source>Write one line per machine to FILE and the curve to FILE-curve.csv.</source>
        <translation>Scrive una riga per macchina in FILE e la curva in FILE-curve.csv.</translation>
    </message>
    <message>
        <source>Draw the curve of machines booted over time to FILE (PNG).</source>
        <translation>Disegna in FILE la curva delle macchine avviate nel tempo (PNG).</translation>
    </message>
    <message>
        <source>Serves the environment DIR: builds out/ when it is stale, then runs dnsmasq (DHCP + TFTP),
the aria2c seeder and opentracker, answers the clients&apos; status reports and prints one
line per change. Stops cleanly, with every child process gone, on Ctrl+C or SIGTERM.</source>
        <translation>Serve l&apos;ambiente DIR: costruisce out/ se non è aggiornato, poi esegue dnsmasq (DHCP + TFTP),
il seeder aria2c e opentracker, risponde ai rapporti di stato dei client e stampa una
riga per ogni cambiamento. Con Ctrl+C o SIGTERM si ferma in modo pulito, senza lasciare processi figli.</translation>
    </message>
    <message>
        <source>Serve on this network interface instead of dnsmasq.interface (the file is not changed).</source>
        <translation>Serve su questa interfaccia di rete invece di dnsmasq.interface (il file non viene modificato).</translation>
    </message>
    <message>
        <source>Append ARGS to the Phase-1 kernel command line (e.g. bt.headless for virtual machines
whose console is a serial port); out/ is rebuilt when they change.</source>
        <translation>Aggiunge ARGS alla riga di comando del kernel di Phase-1 (ad es. bt.headless per macchine virtuali
la cui console è una porta seriale); out/ viene ricostruito quando cambiano.</translation>
    </message>
    <message>
        <source>With full DHCP, ask the network every SECONDS whether another DHCP server appeared
(default %1; 0: only once, before serving).</source>
        <translation>Con DHCP completo, chiede alla rete ogni SECONDS secondi se è comparso un altro server DHCP
(predefinito %1; 0: una volta sola, prima di servire).</translation>
    </message>
    <message>
        <source>Follow at most N machines (default: the DHCP range&apos;s size plus 64 with full DHCP,
else 1024); reports of further ones are refused.</source>
        <translation>Segue al massimo N macchine (predefinito: l&apos;ampiezza dell&apos;intervallo DHCP più 64 con DHCP completo,
altrimenti 1024); i rapporti di ulteriori macchine vengono rifiutati.</translation>
    </message>
    <message>
        <source>Open the admin API on ADDRESS[:PORT] (default: boottorrent.admin_address, else
127.0.0.1 with a free port; never a lab address). Its token and port are in the
runtime file serve prints.</source>
        <translation>Apre l&apos;API di amministrazione su ADDRESS[:PORT] (predefinito: boottorrent.admin_address, altrimenti
127.0.0.1 con una porta libera; mai un indirizzo del laboratorio). Il suo token e la porta sono nel
file di runtime che serve stampa.</translation>
    </message>
    <message>
        <source>Write the runtime and token files into DIR instead of /run/boottorrent (the user&apos;s runtime folder when not root).</source>
        <translation>Scrive i file di runtime e del token in DIR invece che in /run/boottorrent (nella cartella di runtime dell&apos;utente se non è root).</translation>
    </message>
    <message>
        <source>Run in a session of its own, as the desktop app starts it: closing the window or the terminal that started it does not stop serving.</source>
        <translation>Esegue in una sessione propria, come lo avvia l&apos;app desktop: chiudere la finestra o il terminale che lo ha avviato non ferma il servizio.</translation>
    </message>
    <message>
        <source>Keep the known machines in FILE instead of DIR/machines.yaml (the virtual
lab keeps its own, so the room&apos;s stays as it is).</source>
        <translation>Tiene le macchine note in FILE invece che in DIR/machines.yaml (il laboratorio
virtuale tiene le proprie, così quelle della sala restano come sono).</translation>
    </message>
    <message>
        <source>Prints the clients of the BootTorrent that serves DIR: from serve&apos;s admin API when its
runtime file and token can be read (then its services too), else from the status
endpoint (http://&lt;host_ip&gt;:&lt;status_port&gt;/api/v1/clients).</source>
        <translation>Stampa i client del BootTorrent che serve DIR: dall&apos;API di amministrazione di serve se il suo
file di runtime e il token sono leggibili (allora anche i suoi servizi), altrimenti dall&apos;endpoint
di stato (http://&lt;host_ip&gt;:&lt;status_port&gt;/api/v1/clients).</translation>
    </message>
    <message>
        <source>Print the clients and the swarm as JSON.</source>
        <translation>Stampa i client e lo sciame come JSON.</translation>
    </message>
    <message>
        <source>Powers lab machines on with Wake-on-LAN: magic packets to the broadcast address of the
network of boottorrent.host_ip on dnsmasq.interface, UDP ports 9 and 7, three times each,
at most RATE machines a second. The machines&apos; firmware must have Wake-on-LAN on.</source>
        <translation>Accende le macchine del laboratorio con Wake-on-LAN: magic packet all&apos;indirizzo di broadcast della
rete di boottorrent.host_ip su dnsmasq.interface, porte UDP 9 e 7, tre volte ciascuno,
al massimo RATE macchine al secondo. Il firmware delle macchine deve avere Wake-on-LAN attivo.</translation>
    </message>
    <message>
        <source>The environment of the lab.</source>
        <translation>L&apos;ambiente del laboratorio.</translation>
    </message>
    <message>
        <source>Machines to wake: a MAC (aa:bb:cc:dd:ee:ff) or a name from machines.yaml.</source>
        <translation>Macchine da svegliare: un MAC (aa:bb:cc:dd:ee:ff) o un nome da machines.yaml.</translation>
    </message>
    <message>
        <source>Wake every known machine (machines.yaml) and every machine that holds a
lease from this environment&apos;s DHCP (out/dnsmasq/dnsmasq.leases).</source>
        <translation>Sveglia ogni macchina nota (machines.yaml) e ogni macchina che ha un lease
dal DHCP di questo ambiente (out/dnsmasq/dnsmasq.leases).</translation>
    </message>
    <message>
        <source>Machines woken per second (1-100; default boottorrent.wake_per_second,
which is %1 unless the environment says otherwise).</source>
        <translation>Macchine svegliate al secondo (1-100; predefinito boottorrent.wake_per_second,
che è %1 salvo diversa indicazione dell&apos;ambiente).</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avviso: %1</translation>
    </message>
    <message>
        <source>torrent %1: %2 (%3 bytes, %4 pieces)</source>
        <translation>torrent %1: %2 (%3 byte, %4 pezzi)</translation>
    </message>
    <message>
        <source>Built %1</source>
        <translation>Costruito: %1</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>arresto in corso</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>SISTEMA</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATO</translation>
    </message>
    <message>
        <source>PHASE-1</source>
        <translation>PHASE-1</translation>
    </message>
    <message>
        <source>DOWNLOADED</source>
        <translation>SCARICATO</translation>
    </message>
    <message>
        <source>BOOTED</source>
        <translation>AVVIATO</translation>
    </message>
    <message>
        <source>FROM HOST</source>
        <translation>DALL&apos;HOST</translation>
    </message>
    <message>
        <source>FROM PEERS</source>
        <translation>DAI PEER</translation>
    </message>
    <message>
        <source>started %1 UTC</source>
        <translation>iniziata %1 UTC</translation>
    </message>
    <message>
        <source>, settled %1 UTC%2</source>
        <translation>, conclusa %1 UTC%2</translation>
    </message>
    <message>
        <source> (%1 % peer-to-peer)</source>
        <translation> (%1 % peer-to-peer)</translation>
    </message>
    <message>
        <source>wrote %1 and %2</source>
        <translation>scritti %1 e %2</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>scritto %1</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>client %1</translation>
    </message>
    <message>
        <source>client %1: %2: %3</source>
        <translation>client %1: %2: %3</translation>
    </message>
    <message>
        <source>serving %1 on %2: %3</source>
        <translation>%1 servito su %2: %3</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>riavvio in corso</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrestato</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>HOSTNAME</source>
        <translation>NOME HOST</translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation>AVANZAMENTO</translation>
    </message>
    <message>
        <source>RATE</source>
        <translation>VELOCITÀ</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>TEMPO RESTANTE</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MESSAGGIO</translation>
    </message>
    <message>
        <source>%1 clients; swarm: %2
</source>
        <translation>%1 client; sciame: %2
</translation>
    </message>
    <message>
        <source>service %1: %2, pid %3, %4 restarts
</source>
        <translation>servizio %1: %2, pid %3, %4 riavvii
</translation>
    </message>
</context>
</TS>
