; Inno Setup 6.3+ script for the Windows installer (see installer/README.md).
; First build the bundle dist\qazmail-desktop\ on Windows:
;   python -m pip install -e .[test] pyinstaller
;   python -m PyInstaller --noconfirm --clean installer\qazmail.spec
; then:  iscc installer\windows\qazmail.iss            -> dist\QazMail-Setup.exe
;        iscc /DAppVersion=1.2.3 installer\windows\qazmail.iss   (what the release workflow does)
; Silent install: QazMail-Setup.exe /VERYSILENT /SUPPRESSMSGBOXES /ALLUSERS|/CURRENTUSER /DIR="..."
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "QazMail"
#define Exe "qazmail-desktop.exe"
; the window without a console behind it (installer/qazmail.spec): the Start menu and Explorer use it
#define GuiExe "qazmail.exe"
; One ProgID for signed files: .cms .sig .p7s open in QazMail's verdict window (as `gui FILE` does,
; the same command as the Linux .desktop file and the macOS document types); .xml is only offered
; under "Open with", its default program stays what it was.
#define ProgId "QazMail.Signature"

[Setup]
AppId={{6E3C1C8E-9B7A-4C6B-A8E5-2B1F0D4C7A11}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
VersionInfoVersion={#AppVersion}
AppPublisher=QazMail Desktop developers
DefaultDirName={autopf}\QazMail
DefaultGroupName=QazMail
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=QazMail-Setup
SetupIconFile=qazmail.ico
WizardStyle=modern
Compression=lzma2
SolidCompression=yes
; the bundle is 64-bit: Program Files, not Program Files (x86), and the 64-bit registry view
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; tells Explorer that the file associations below changed (SHChangeNotify) at install and uninstall
ChangesAssociations=yes
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
; all users (HKLM, Program Files; needs elevation) or only this user (HKCU, %LOCALAPPDATA%\Programs):
; asked in a dialog, or /ALLUSERS / /CURRENTUSER on the command line. HKA below follows that choice.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=commandline dialog
; Code signing (not done here, no certificate in the repository): see installer/README.md
; SignTool=qazmailsign $f

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Files]
Source: "..\..\dist\qazmail-desktop\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\QazMail"; Filename: "{app}\{#GuiExe}"; Parameters: "gui"; IconFilename: "{app}\{#GuiExe}"
Name: "{group}\QazMail (demo)"; Filename: "{app}\{#GuiExe}"; Parameters: "--demo"; IconFilename: "{app}\{#GuiExe}"
Name: "{group}\Uninstall QazMail"; Filename: "{uninstallexe}"

[Registry]
; The ProgID: what a signed file is called in Explorer, its icon, and how it opens.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Signed document (EDS)"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"",0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "QazMail"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" gui ""%1"""

; .cms .sig .p7s: QazMail becomes the default program. The handler that was there before (Windows'
; own P7SFile for .p7s, for instance) is remembered at install (RememberDefault) and put back at
; uninstall (RestoreDefault), unless the user chose yet another program in between.
Root: HKA; Subkey: "Software\Classes\.cms"; Flags: uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\.cms\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\.cms"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; BeforeInstall: RememberDefault('.cms')
Root: HKA; Subkey: "Software\Classes\.sig"; Flags: uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\.sig\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\.sig"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; BeforeInstall: RememberDefault('.sig')
Root: HKA; Subkey: "Software\Classes\.p7s"; Flags: uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\.p7s\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\.p7s"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; BeforeInstall: RememberDefault('.p7s')

; .xml: only offered in "Open with" (signed XML from e-government services); the default stays.
Root: HKA; Subkey: "Software\Classes\.xml\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue

; The application itself, for "Open with" and Default Apps.
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "QazMail"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" gui ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".cms"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".sig"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".p7s"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".xml"; ValueData: ""

[Run]
Filename: "{app}\{#GuiExe}"; Parameters: "gui"; Description: "Start QazMail"; Flags: nowait postinstall skipifsilent

[Code]
const
  OurProgId = '{#ProgId}';
  PreviousDefault = 'QazMail.PreviousDefault';

{ HKA in code: HKLM for an all-users install (or its elevated uninstaller), else HKCU. }
function ClassesRoot: Integer;
begin
  if IsAdminInstallMode then
    Result := HKEY_LOCAL_MACHINE
  else
    Result := HKEY_CURRENT_USER;
end;

{ Before QazMail becomes the default for Ext: keep the ProgID that was the default (once). }
procedure RememberDefault(Ext: String);
var
  Current: String;
begin
  if RegQueryStringValue(ClassesRoot, 'Software\Classes\' + Ext, '', Current) then
    if (Current <> '') and (Current <> OurProgId) then
      RegWriteStringValue(ClassesRoot, 'Software\Classes\' + Ext, PreviousDefault, Current);
end;

{ At uninstall: the default that was there before, if QazMail is still the default. }
procedure RestoreDefault(Ext: String);
var
  Key, Current, Previous: String;
begin
  Key := 'Software\Classes\' + Ext;
  if RegQueryStringValue(ClassesRoot, Key, '', Current) and (Current = OurProgId) then
  begin
    if RegQueryStringValue(ClassesRoot, Key, PreviousDefault, Previous) and (Previous <> '') then
      RegWriteStringValue(ClassesRoot, Key, '', Previous)
    else
      RegDeleteValue(ClassesRoot, Key, '');
  end;
  RegDeleteValue(ClassesRoot, Key, PreviousDefault);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usUninstall then
  begin
    RestoreDefault('.cms');
    RestoreDefault('.sig');
    RestoreDefault('.p7s');
  end;
end;
