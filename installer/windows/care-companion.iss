; Inno Setup script: Care Companion for Windows, installed for the current user only.
; Built by .github/workflows/bundle.yml (not run yet) from dist\caregiver-app, which
; installer/build.py makes. Compile: iscc /DAppVersion=0.1.0 installer\windows\care-companion.iss
; The care record lives in %APPDATA%\Care Companion\caregiver-app, outside the program's
; folder: uninstalling never removes it.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=0.1.0 ...
#endif

[Setup]
; Fixed for every version, so a new version installs over the old one.
AppId={{014BB3F4-0670-423D-847B-EBA1D0BF57B6}
AppName=Care Companion
AppVersion={#AppVersion}
AppPublisher=The Care Companion developers
DefaultDirName={localappdata}\Programs\Care Companion
DefaultGroupName=Care Companion
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=care-companion-{#AppVersion}-windows-setup
SetupIconFile=..\care-companion.ico
UninstallDisplayIcon={app}\caregiver-app.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Files]
Source: "..\..\dist\caregiver-app\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion
Source: "..\..\CHANGELOG.md"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\Care Companion"; Filename: "{app}\caregiver-app.exe"
Name: "{autodesktop}\Care Companion"; Filename: "{app}\caregiver-app.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\caregiver-app.exe"; Description: "{cm:LaunchProgram,Care Companion}"; Flags: nowait postinstall skipifsilent
