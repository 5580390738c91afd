#!/bin/sh
# Make a .dmg from the .app that `python packaging/build.py` builds on macOS
# (PyInstaller BUNDLE in packaging/planner.spec). Run from the repository root:
#     python3 packaging/build.py && sh packaging/macos/make_dmg.sh
# Optional signing (otherwise PyInstaller's ad-hoc signature; Gatekeeper then
# asks people to right-click -> Open the first time):
#     SIGN_ID="Developer ID Application: NAME (TEAMID)" sh packaging/macos/make_dmg.sh
# then notarise: xcrun notarytool submit dist/*.dmg --keychain-profile PROFILE --wait
#                xcrun stapler staple dist/*.dmg
set -eu
cd "$(dirname "$0")/../.."
app="dist/Key Account Planner.app"
[ -d "$app" ] || { echo "make_dmg: no $app; run python3 packaging/build.py first" >&2; exit 2; }
version=$(python3 -c 'import planner; print(planner.__version__)')
arch=$(uname -m)
out="dist/KeyAccountPlanner-$version-macos-$arch.dmg"

if [ -n "${SIGN_ID:-}" ]; then
  codesign --force --deep --options runtime --timestamp --sign "$SIGN_ID" "$app"
  codesign --verify --deep --strict "$app"
fi

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"   # drag the app onto it to install
rm -f "$out"
hdiutil create -volname "Key Account Planner $version" -srcfolder "$staging" \
  -fs HFS+ -format UDZO -imagekey zlib-level=9 -ov "$out"
[ -n "${SIGN_ID:-}" ] && codesign --sign "$SIGN_ID" --timestamp "$out"
echo "$out"
