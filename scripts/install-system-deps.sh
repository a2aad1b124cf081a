#!/usr/bin/env bash
# Installs the Debian packages Casefile's tests and tools need, when they are missing.
# Idempotent: does nothing when everything is present. Needs root or sudo for apt-get.
set -euo pipefail

packages=(
  age            # the standard age tool: interop tests, and how a partner opens a bundle
  qpdf           # `qpdf --check` of every brief in the tests
  poppler-utils  # pdftotext (second text extractor for leak checks), pdftoppm (looking at briefs)
  xvfb xauth     # a virtual screen for screenshots under a real X server
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3  # what Qt's offscreen platform loads
  libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1  # Qt's xcb platform: the window on X11
  desktop-file-utils appstream  # desktop-file-validate, appstreamcli: the Linux desktop entry and metainfo
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing system packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null; then sudo=(sudo); else
  echo "Casefile needs these Debian packages: ${missing[*]}. Install them as root and run again." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
