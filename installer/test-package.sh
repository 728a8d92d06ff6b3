#!/usr/bin/env bash
# Builds the .deb from BUILD_DIR, checks it with lintian, installs it with apt (which pulls
# its dependencies), runs the installed app (CLI, then the GUI offscreen up to its first
# frame), removes it and checks that nothing it installed is left. Needs root or sudo.
# Usage: installer/test-package.sh [BUILD_DIR]
set -euo pipefail
build=$(realpath "${1:-build}")
src=$(cd "$(dirname "$0")/.." && pwd)
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive

$SUDO apt-get install -y -qq --no-install-recommends dpkg-dev lintian desktop-file-utils appstream >/dev/null

echo "== desktop entry and AppStream metadata"
desktop-file-validate "$src/installer/org.khien.Khien.desktop"
appstreamcli validate --no-net "$src/installer/org.khien.Khien.metainfo.xml"

echo "== package"
rm -f "$build"/khien_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/khien_*.deb)
depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
# Every QML module the UI imports must come from a package the .deb depends on: the QML
# engine loads them at run time, so shlibdeps cannot see them.
missing=0
for qmldir in $(/usr/lib/qt6/libexec/qmlimportscanner -rootPath "$src/qml" \
        -importPath /usr/lib/x86_64-linux-gnu/qt6/qml 2>/dev/null \
        | grep -o '"path": "[^"]*"' | cut -d'"' -f4 | sed 's|$|/qmldir|'); do
    [ -f "$qmldir" ] || continue
    pkg=$(dpkg -S "$qmldir" | cut -d: -f1)
    case ", $depends," in
        *", $pkg,"*|*", $pkg ("*) ;;
        *) echo "QML module $qmldir comes from $pkg, which the package does not depend on"; missing=1 ;;
    esac
done
[ "$missing" -eq 0 ]
# Errors fail the run; the accepted warnings are listed in installer/README.md.
lintian --fail-on error --suppress-tags initial-upload-closes-no-bugs "$deb"

echo "== install"
$SUDO apt-get install -y -qq "$deb" >/dev/null
files=$(mktemp)
dpkg -L khien > "$files"
test "$(command -v khien)" = /usr/bin/khien
/usr/bin/khien --version
/usr/bin/khien check-content
data=$(mktemp -d)
# The installed app must be able to open its window (every QML module it needs present).
QT_QPA_PLATFORM=offscreen KHIEN_DB="$data/khien.sqlite" KHIEN_QUIT_AFTER_FIRST_FRAME=1 \
    timeout 120 /usr/bin/khien
test -s "$data/khien.sqlite"
desktop-file-validate /usr/share/applications/org.khien.Khien.desktop
test -f /usr/share/icons/hicolor/scalable/apps/khien.svg
test -f /usr/share/metainfo/org.khien.Khien.metainfo.xml
rm -rf "$data"

echo "== remove"
$SUDO apt-get purge -y -qq khien >/dev/null
left=0
while read -r path; do
    if [ -f "$path" ] || [ -L "$path" ]; then echo "left behind: $path"; left=1; fi
done < "$files"
rm -f "$files"
if dpkg -s khien >/dev/null 2>&1; then echo "khien is still registered with dpkg"; left=1; fi
[ "$left" -eq 0 ]
echo "== package test passed"
