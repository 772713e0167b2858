#!/usr/bin/env bash
# Installs smartcity as command-line tools are installed: the static release binary, its manual
# pages (English and Indonesian, made by `smartcity manuals` from the same declarations as
# --help) and its completions for bash, zsh and fish, each where that shell looks.
#
#   Scripts/install.sh --prefix DIR              # builds, then installs under DIR
#   Scripts/install.sh --prefix DIR --uninstall  # removes exactly what it installed
#   Scripts/install.sh --prefix DIR --binary B   # installs a binary built already (no build)
#
# What it installed is listed in DIR/share/doc/smartcity/installed-files, which --uninstall
# reads, so an uninstall removes those files and no others.
set -euo pipefail
cd "$(dirname "$0")/.."

prefix="" binary="" uninstall=0
while (($#)); do
  case "$1" in
    --prefix) prefix="${2:?--prefix needs a folder}"; shift 2 ;;
    --prefix=*) prefix="${1#--prefix=}"; shift ;;
    --binary) binary="${2:?--binary needs a file}"; shift 2 ;;
    --binary=*) binary="${1#--binary=}"; shift ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown argument '$1'; use --prefix DIR [--binary FILE] [--uninstall]" >&2; exit 64 ;;
  esac
done
[ -n "$prefix" ] || { echo "install.sh: give --prefix DIR (such as /usr/local or ~/.local)" >&2; exit 64; }
manifest="$prefix/share/doc/smartcity/installed-files"

if ((uninstall)); then
  [ -f "$manifest" ] || { echo "install.sh: nothing to uninstall: $manifest is not there" >&2; exit 1; }
  while IFS= read -r file; do
    [ -n "$file" ] && rm -f -- "$prefix/$file"
  done < "$manifest"
  rm -f -- "$manifest"
  # Folders this install made and left empty; others' are kept.
  for folder in share/doc/smartcity share/man/id/man1 share/man/id; do
    rmdir -- "$prefix/$folder" 2> /dev/null || true
  done
  echo "Removed smartcity from $prefix"
  exit 0
fi

if [ -z "$binary" ]; then
  # Everything linked in: the binary runs on a machine without the Swift toolchain.
  swift build -c release --static-swift-stdlib -Xswiftc -static-executable --product smartcity
  binary=".build/release/smartcity"
fi
[ -x "$binary" ] || { echo "install.sh: $binary is not an executable file" >&2; exit 1; }

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
"$binary" manuals --output "$staging/man" > /dev/null
"$binary" completions bash > "$staging/bash"
"$binary" completions zsh > "$staging/zsh"
"$binary" completions fish > "$staging/fish"

files=()
place() { # place SOURCE RELATIVE-TARGET MODE
  install -D -m "$3" "$1" "$prefix/$2"
  files+=("$2")
}
place "$binary" bin/smartcity 755
for page in "$staging"/man/man1/*.1; do place "$page" "share/man/man1/$(basename "$page")" 644; done
for page in "$staging"/man/id/man1/*.1; do place "$page" "share/man/id/man1/$(basename "$page")" 644; done
place "$staging/bash" share/bash-completion/completions/smartcity 644
place "$staging/zsh" share/zsh/site-functions/_smartcity 644
place "$staging/fish" share/fish/vendor_completions.d/smartcity.fish 644
mkdir -p "$(dirname "$manifest")"
printf '%s\n' "${files[@]}" > "$manifest"
echo "Installed smartcity $("$prefix/bin/smartcity" --version) into $prefix (${#files[@]} files; Scripts/install.sh --prefix $prefix --uninstall removes them)"
