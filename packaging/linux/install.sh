#!/bin/sh
# Install Key Account Planner for the current user: a menu entry and icons
# pointing at this folder (keep the folder where it is; move it, run again).
#   ./install.sh            install
#   ./install.sh --remove   remove the menu entry and icons (not your data)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
apps=$data/applications
icons=$data/icons/hicolor
id=key-account-planner
if [ "${1:-}" = "--remove" ]; then
  rm -f "$apps/$id.desktop"
  for f in "$icons"/*/apps/$id.png; do rm -f "$f"; done
  echo "removed the menu entry; your data stays in $data/$id"
  exit 0
fi
mkdir -p "$apps"
sed "s|^Exec=planner|Exec=\"$here/planner\"|" "$here/share/applications/$id.desktop" > "$apps/$id.desktop"
for dir in "$here"/share/icons/hicolor/*/apps; do
  size=$(basename "$(dirname "$dir")")
  mkdir -p "$icons/$size/apps"
  cp "$dir/$id.png" "$icons/$size/apps/$id.png"
done
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons" || true
echo "installed: Key Account Planner is in your applications menu (runs $here/planner)"
