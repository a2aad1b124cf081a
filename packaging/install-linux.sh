#!/usr/bin/env bash
# Install the frozen application (dist/casefile/, from `make dist`) for the current user on Linux:
# the folder under ~/.local/lib/casefile, the command `casefile` in ~/.local/bin, and the desktop
# entry, AppStream metainfo and icons, so that Casefile appears in the desktop's application menu.
# No root needed. Run again to update; `packaging/install-linux.sh --remove` takes it all away.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
lib="$HOME/.local/lib/casefile"
bin="$HOME/.local/bin"
id="org.casefile.Casefile"

remove() {
  rm -rf "$lib" "$bin/casefile" "$data/applications/$id.desktop" "$data/metainfo/$id.metainfo.xml"
  rm -f "$data"/icons/hicolor/*/apps/"$id".png "$data/icons/hicolor/scalable/apps/$id.svg"
}

if [ "${1:-}" = "--remove" ]; then remove; echo "Removed Casefile (stores are kept)."; exit 0; fi
if [ ! -x "$root/dist/casefile/casefile" ]; then
  echo "There is no frozen application in dist/casefile/: run make dist first." >&2
  exit 1
fi
remove
mkdir -p "$lib" "$bin" "$data/applications" "$data/metainfo" "$data/icons/hicolor/scalable/apps"
cp -a "$root/dist/casefile/." "$lib/"
ln -s "$lib/casefile" "$bin/casefile"
sed "s|^Exec=casefile|Exec=$lib/casefile|" "$root/resources/linux/$id.desktop" > "$data/applications/$id.desktop"
cp "$root/resources/linux/$id.metainfo.xml" "$data/metainfo/"
for png in "$root"/resources/icons/casefile-*.png; do
  size="$(basename "$png" .png)"; size="${size#casefile-}"
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$data/icons/hicolor/${size}x${size}/apps/$id.png"
done
cp "$root/resources/icons/casefile.svg" "$data/icons/hicolor/scalable/apps/$id.svg"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
echo "Installed Casefile in $lib; start it from the application menu or with: $bin/casefile"
