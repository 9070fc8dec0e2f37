; Inno Setup script: run installer/build.sh on Windows first (it makes dist\qazmail-desktop\),
; then compile this with ISCC.exe installer\windows\qazmail.iss -> dist\QazMail-Setup.exe
#define AppName "QazMail"
#define AppVersion "0.1.0"
#define Exe "qazmail-desktop.exe"

[Setup]
AppId={{6E3C1C8E-9B7A-4C6B-A8E5-2B1F0D4C7A11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=QazMail Desktop developers
DefaultDirName={autopf}\QazMail
DefaultGroupName=QazMail
OutputDir=..\..\dist
OutputBaseFilename=QazMail-Setup
Compression=lzma2
SolidCompression=yes
ChangesAssociations=yes
UninstallDisplayIcon={app}\{#Exe}
PrivilegesRequiredOverridesAllowed=dialog

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Files]
Source: "..\..\dist\qazmail-desktop\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\QazMail"; Filename: "{app}\{#Exe}"; Parameters: "gui"
Name: "{group}\QazMail (demo)"; Filename: "{app}\{#Exe}"; Parameters: "--demo"
Name: "{group}\Uninstall QazMail"; Filename: "{uninstallexe}"

[Registry]
; open .cms files (signed documents) with QazMail's verifier window
Root: HKA; Subkey: "Software\Classes\.cms"; ValueType: string; ValueData: "QazMail.SignedDocument"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\QazMail.SignedDocument"; ValueType: string; ValueData: "Signed document (CMS)"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\QazMail.SignedDocument\shell\open\command"; ValueType: string; ValueData: """{app}\{#Exe}"" verify ""%1"""

[Run]
Filename: "{app}\{#Exe}"; Parameters: "gui"; Description: "Start QazMail"; Flags: nowait postinstall skipifsilent
