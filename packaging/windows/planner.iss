; Inno Setup 6 script: a Windows installer for the PyInstaller folder.
; On Windows, after `python packaging\build.py` (which makes dist\key-account-planner
; and build\icons\app.ico):
;     iscc /DAppVersion=0.1.0 packaging\windows\planner.iss
; (build.py runs this itself when iscc.exe is on PATH, passing the version from
; pyproject.toml.) Output: dist\KeyAccountPlanner-<version>-setup.exe.
; Installs per user by default (no administrator rights needed); data stays in
; %LOCALAPPDATA%\key-account-planner and is not removed on uninstall.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef RepoDir
  #define RepoDir "..\.."
#endif
#define AppName "Key Account Planner"
#define SourceDir RepoDir + "\dist\key-account-planner"

[Setup]
; keep this AppId for every release: upgrades replace the old version in place
AppId={{6C1D3F8E-5B0A-4E7B-9C52-2F4A9D7E1B63}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#RepoDir}\dist
OutputBaseFilename=KeyAccountPlanner-{#AppVersion}-setup
SetupIconFile={#RepoDir}\build\icons\app.ico
UninstallDisplayIcon={app}\{#AppName}.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
MinVersion=10.0

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships Chinese as an unofficial translation: download
; ChineseSimplified.isl into Inno Setup's Languages\ folder, then uncomment:
; Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppName}.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppName}.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppName}.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
