#!/bin/sh
# Care Companion: put the unpacked program in your account and add it to the menu.
# No administrator rights: everything goes under your home folder. Run it again to
# update; your care record (in "Care Companion/caregiver-app" under ~/.local/share) is
# never touched. To remove the program: uninstall.sh (in this folder, or in the
# installed program's folder).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
app_id=org.carecompanion.CareCompanion
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
target="$data_home/care-companion-app"
bin_dir="$HOME/.local/bin"
manifest="$target/installed-files.txt"

if [ ! -x "$here/caregiver-app/caregiver-app" ]; then
  echo "install.sh: caregiver-app/caregiver-app is not beside this script; unpack the whole" \
    "archive and run install.sh from its folder." >&2
  exit 2
fi

# A new copy of the program replaces the old one whole; the care record lives elsewhere.
rm -rf "$target.new"
mkdir -p "$target.new"
cp -R "$here/caregiver-app" "$target.new/caregiver-app"
cp "$here/uninstall.sh" "$target.new/uninstall.sh"
[ -f "$here/CHANGELOG.md" ] && cp "$here/CHANGELOG.md" "$target.new/CHANGELOG.md"
rm -rf "$target"
mv "$target.new" "$target"
program="$target/caregiver-app/caregiver-app"

: > "$manifest"
put() {  # put SOURCE DESTINATION: copy one file and remember it for uninstall.sh
  mkdir -p "$(dirname "$2")"
  cp "$1" "$2"
  echo "$2" >> "$manifest"
}

for icon in "$here"/share/icons/hicolor/*/apps/"$app_id".*; do
  size=$(basename "$(dirname "$(dirname "$icon")")")
  put "$icon" "$data_home/icons/hicolor/$size/apps/$(basename "$icon")"
done
put "$here/share/metainfo/$app_id.metainfo.xml" "$data_home/metainfo/$app_id.metainfo.xml"

# The launcher names the installed program by its full path (quoted for the spaces a
# home folder may have).
desktop="$data_home/applications/$app_id.desktop"
mkdir -p "$(dirname "$desktop")"
sed "s|^Exec=.*|Exec=\"$program\"|" "$here/share/applications/$app_id.desktop" > "$desktop"
echo "$desktop" >> "$manifest"

mkdir -p "$bin_dir"
ln -sf "$program" "$bin_dir/caregiver-app"
echo "$bin_dir/caregiver-app" >> "$manifest"

# Desktops watch these folders and show the new entry at once. No icon cache is written:
# a user's hicolor folder without one is read afresh, so later icons are never hidden.
echo "Care Companion is installed: open it from your applications menu."
echo "The program is in $target; to remove it, run $target/uninstall.sh"
