#!/usr/bin/env bash
# Builds the Debian package of smartcity with dpkg-deb, from what Scripts/install.sh installs
# (the static binary, its manual pages and its completions) under /usr:
#
#   Scripts/package-deb.sh --output DIR              # builds, then writes DIR/smartcity_<version>_<arch>.deb
#   Scripts/package-deb.sh --output DIR --binary B   # packages a binary built already
#   --maintainer "Name <address>" and --homepage URL fill those fields of the control file (the
#   project has published neither yet: without them the maintainer is a reserved .invalid
#   address and the field Homepage is left out, never made up).
#
# The version is the tool's own (smartcity --version); the binary is static, so the package
# depends on nothing. `apt-get install ./smartcity_<version>_<arch>.deb` installs it.
set -euo pipefail
cd "$(dirname "$0")/.."

output="" binary="" maintainer="smartcity developers <maintainers@smartcity.invalid>" homepage=""
while (($#)); do
  case "$1" in
    --output) output="${2:?--output needs a folder}"; shift 2 ;;
    --output=*) output="${1#--output=}"; shift ;;
    --binary) binary="${2:?--binary needs a file}"; shift 2 ;;
    --binary=*) binary="${1#--binary=}"; shift ;;
    --maintainer) maintainer="${2:?--maintainer needs a name and an address}"; shift 2 ;;
    --homepage) homepage="${2:?--homepage needs an address}"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "package-deb.sh: unknown argument '$1'; use --output DIR [--binary FILE] [--maintainer TEXT] [--homepage URL]" >&2; exit 64 ;;
  esac
done
[ -n "$output" ] || { echo "package-deb.sh: give --output DIR" >&2; exit 64; }
command -v dpkg-deb > /dev/null || { echo "package-deb.sh: dpkg-deb is needed (apt-get install dpkg)" >&2; exit 69; }

root=$(mktemp -d)
chmod 755 "$root"
trap 'rm -rf "$root"' EXIT
Scripts/install.sh --prefix "$root/usr" ${binary:+--binary "$binary"} > /dev/null
# The package manager keeps the list of files; the install's own list is not shipped.
rm -f "$root/usr/share/doc/smartcity/installed-files"
# Debian's zsh looks for packages' completions in vendor-completions (site-functions is the
# local administrator's, under /usr/local).
mkdir -p "$root/usr/share/zsh/vendor-completions"
mv "$root/usr/share/zsh/site-functions/_smartcity" "$root/usr/share/zsh/vendor-completions/_smartcity"
rmdir "$root/usr/share/zsh/site-functions"
version=$("$root/usr/bin/smartcity" --version)
architecture=$(dpkg --print-architecture)
# Debian compresses manual pages.
find "$root/usr/share/man" -name '*.1' -exec gzip -9n {} +

doc="$root/usr/share/doc/smartcity"
mkdir -p "$doc"
cat > "$doc/copyright" <<'COPYRIGHT'
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: smartcity
Upstream-Contact: the smartcity developers
Source: the smartcity repository (README.md says how to build it)
Comment: The registry's data is not part of this package; it is published with the
 registry itself. The program embeds simplified boundaries of Indonesia's regions
 and provinces (cahyadsn/wilayah_boundaries), which keep their MIT licence below.

Files: *
Copyright: 2026 the smartcity developers
License: none-granted
 The developers have not yet granted a licence for the smartcity program itself;
 until they do, all rights are reserved. The package may be installed and run by
 the offices that keep the registry.

Files: usr/bin/smartcity
Copyright: (c) Cahya DSN (boundaries embedded in the program)
License: MIT
COPYRIGHT
sed 's/^$/ ./; s/^/ /' Sources/ProgrammeCore/Geometry/LICENSE-wilayah_boundaries.txt >> "$doc/copyright"

size=$(du -sk "$root/usr" | cut -f1)
mkdir -p "$root/DEBIAN"
cat > "$root/DEBIAN/control" <<CONTROL
Package: smartcity
Version: $version
Architecture: $architecture
Maintainer: $maintainer
Installed-Size: $size
Section: utils
Priority: optional
${homepage:+Homepage: $homepage
}Description: registry of Indonesia's Gerakan Menuju Smart City programme
 smartcity keeps the registry of the Smart City programme of Indonesia's
 ministry of communication (Kominfo, now Komdigi) as plain JSON files in git:
 the regencies and cities with their Kemendagri codes, selection letters, MoU
 signings and ceremonies, cohorts, milestones and quick wins, each record with
 its sources. It reports, lists, exports (CSV, SQL, JSON, a static site, an SVG
 map) and merges the registry record by record.
CONTROL
mkdir -p "$output"
deb="$output/smartcity_${version}_${architecture}.deb"
dpkg-deb --root-owner-group --build "$root" "$deb" > /dev/null
echo "$deb"
