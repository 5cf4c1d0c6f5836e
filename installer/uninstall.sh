#!/bin/sh
# Care Companion: remove the program and its menu entry from your account.
# Your care record, its backups and printouts are left where they are
# (~/.local/share/Care Companion/caregiver-app/, or the folder you chose); this script
# never deletes them.
set -eu

data_home=${XDG_DATA_HOME:-$HOME/.local/share}
target="$data_home/care-companion-app"
manifest="$target/installed-files.txt"

if [ ! -f "$manifest" ]; then
  echo "uninstall.sh: Care Companion is not installed for this account (no $manifest)." >&2
  exit 2
fi
# Only the files install.sh listed, each under the folders it writes to.
while IFS= read -r file; do
  case "$file" in
    "$data_home"/icons/*|"$data_home"/metainfo/*|"$data_home"/applications/*|"$HOME/.local/bin/caregiver-app")
      rm -f "$file" ;;
  esac
done < "$manifest"
rm -rf "$target"

echo "Care Companion is removed. Your care record is still in its folder: Help > Where is"
echo "my data? showed it (usually $data_home/Care Companion/caregiver-app/)."
