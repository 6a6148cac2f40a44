<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>DropClassifier</name>
    <message>
        <source>%1 does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 holds no files and no config.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no kernel, initrd, ISO, disk image or program, so no OS entry was made for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like an initrd, but no kernel came with it: drop the kernel and the initrd together.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bt::BuildPanel</name>
    <message>
        <source>Not built in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the build…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out/ is ready to serve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build cancelled; the previous out/ is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build failed; the previous out/ is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build stopped. The previous out/ still serves. Fix what is listed, then build again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bt::EnvironmentEditor</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds the client menu waits before it boots the default OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default OS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS a client boots when nobody chooses in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eed time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a client keeps sharing its OS with the others after its own download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 192.168.1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host IP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s IPv4 address on the lab network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port where clients report their progress to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network (dnsmasq)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network card facing the lab. Picking one proposes a host IP and a DHCP range in its subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand out addresses (&amp;DHCP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer DHCP requests of the lab&apos;s computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proxy DHCP (another server hands out addresses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only add boot information beside the lab&apos;s existing DHCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP &amp;range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addresses dnsmasq hands to the lab&apos;s computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. 255.255.255.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Netmask:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netmask of the DHCP range (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12h, 30m, infinite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lease time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a client keeps its address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve boot files (&amp;TFTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the Phase-1 system to booting clients over TFTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bind to this interface only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dnsmasq listens on the chosen interface only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user dnsmasq switches to after start (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker (opentracker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a trac&amp;ker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opentracker introduces the clients to each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker p&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP and UDP port of the tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer-to-peer (aria2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer e&amp;xchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients tell each other about further peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local peer &amp;discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients find each other by multicast on the local network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo&amp;g level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much aria2 writes to the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BitTorrent p&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port the host&apos;s seeder listens on for peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;RPC port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of aria2&apos;s JSON-RPC interface on 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change menu timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change default OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change seed time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change host IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch DHCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch proxy DHCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch TFTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch interface binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change dnsmasq user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change tracker port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch peer exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch local peer discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change aria2 log level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change BitTorrent port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change RPC port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no IPv4 address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use interface %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change DHCP range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: clients wait for a choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the OS entries: see the Operating systems page.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bt::FileCopyJob</name>
    <message>
        <source>Could not create the folder %1. Check that you may write there and that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 failed: %2. Check free disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename %1 to its final name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bt::MainWindow</name>
    <message>
        <source>&amp;New Environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an environment in an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder that holds a Boottorrent.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Boottorrent.yaml and every OS&apos;s config.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the environment and show the welcome page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit BootTorrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write out/: boot files, torrents and service configurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;Serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start DHCP/TFTP, tracker and seeder for the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and other application settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About BootTorrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the edit undone last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Environment: Choose an Empty Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BootTorrent could not create an environment in %1. Choose an empty folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1. Pick the lab&apos;s interface and drag operating systems in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened. Fix the files named below in a text editor, or choose a folder that holds a Boottorrent.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating S&amp;ystems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written, because these problems stand. Fix the fields marked in red, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A build or a copy is still running. Cancel it and close the environment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an environment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fix these problems first:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A build is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files are still being copied into the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>BootTorrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About BootTorrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;BootTorrent %1&lt;/h3&gt;&lt;p&gt;Boots a room of computers over the network and hands each of them an operating system over BitTorrent, from the host and from every other client.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bt::OsListModel</name>
    <message>
        <source>Linux kernel (kexec)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk image in qemu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boots as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bt::OsListView</name>
    <message>
        <source>Drag operating systems here: a kernel together with its initrd, an .iso, a disk image (.img, .qcow2, .raw), a program, or a folder with a config.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bt::OsPanel</name>
    <message>
        <source>Add &amp;Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as &amp;Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy kernels, initrds, ISO files, disk images or programs into new OS entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a folder (with its config.yaml, or with boot files) into a new OS entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected OS entry and its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot the selected OS when nobody chooses in the client menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shown as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Boots as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kernel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initrd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. -cdrom image.iso -m 1024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qemu &amp;arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File names are relative to the OS folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change boot method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change initrd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change qemu arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change program arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected OS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Operating Systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot files (vmlinuz* bzImage* kernel* initrd* initramfs* *.iso *.img *.qcow2 *.raw);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an OS Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files are still being copied. Wait until the copy is done, or cancel it, then drop again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying into %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying files for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy cancelled; the partly copied files were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OS entry was added. The partly copied files were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config.yaml of %1 could not be read; check its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n OS(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n OS(es).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Set %1 as default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no OS named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only lower-case letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; for a folder name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OS folder named %1 exists already; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename the folder %1. Check that no program uses it and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed %1 to %2. Save to keep the new name in Boottorrent.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete every file in %1. Check the folder&apos;s permissions, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 and its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder name for %1 (lower-case letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 and delete its folder %2 with every file in it? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bt::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BootTorrent uses a new language after it is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bt::WelcomePage</name>
    <message>
        <source>BootTorrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot a room of computers over the network and hand each of them an operating system, peer-to-peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an environment in an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder that holds a Boottorrent.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent environments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder holds no Boottorrent.yaml any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No environment opened yet. Create one with New, or open a folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
