; Inno Setup script: a per-user Windows installer for the one-folder app that build.spec makes.
;
;   py -m PyInstaller --noconfirm build.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\seller-desk.iss
;
; Output: dist\SellerDesk-<version>-setup.exe. Sign it (signtool) before handing it out.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{5B7E3C1A-7F2D-4E0B-9C3A-5E1D2A6B8F40}
AppName=Seller Desk
AppVersion={#AppVersion}
AppPublisher=Seller Desk
DefaultDirName={autopf}\Seller Desk
DefaultGroupName=Seller Desk
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=SellerDesk-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\seller-desk.ico
UninstallDisplayIcon={app}\seller-desk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\resources\licenses\THIRD_PARTY.md

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Inno Setup's Chinese messages are unofficial translations: add ChineseSimplified.isl and
; ChineseTraditional.isl to the compiler's Languages folder, then list them here.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\seller-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Seller Desk"; Filename: "{app}\seller-desk.exe"
Name: "{autodesktop}\Seller Desk"; Filename: "{app}\seller-desk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\seller-desk.exe"; Description: "{cm:LaunchProgram,Seller Desk}"; Flags: nowait postinstall skipifsilent
