#!/usr/bin/env bash
# Installs what the real-editor tests need: Debian's Chromium, CJK fonts, ripgrep, Neovim and
# the headers code-server's native modules build against, then code-server 4.100.3 (VS Code
# 1.100.3, the newest that runs on Node 20) into .vscode-test/code-server/ (git-ignored).
# Idempotent and non-interactive: a second run only checks and takes a second or two.
# See tests/e2e/README.md for why each step is needed. Needs Debian or Ubuntu on x86_64
# (dpkg-query, apt-get, Debian's chromium); elsewhere it prints one line and exits 0.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
arch=$(uname -m)
if [ "$(uname -s)" != Linux ] || [ "$arch" != x86_64 ] || ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
  echo "e2e: skipped, needs Debian or Ubuntu on x86_64 (this machine: $(uname -s) $arch$(command -v apt-get >/dev/null || echo ', no apt-get')); see tests/e2e/README.md"
  exit 0
fi
CODE_SERVER_VERSION=4.100.3
RG_CACHE_VERSION=1.15.11          # @vscode/ripgrep's version in code-server 4.100.3
RG_ARCHIVE=ripgrep-v13.0.0-10-$arch-unknown-linux-musl.tar.gz
DEST=$ROOT/.vscode-test/code-server
started=$(date +%s)

log() { printf '[e2e setup] %s\n' "$*"; }

# --- Debian packages --------------------------------------------------------------------
# neovim: a second real LSP client for the language server (tests/lsp/nvim.test.ts, run again by run.mjs).
# libreoffice-writer-nogui, poppler-utils: the Word files --fix writes are opened by LibreOffice
# headless, converted to PDF and rendered to PNG (tests/e2e/docx-proof.mjs).
packages=(chromium fonts-noto-cjk ripgrep libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev
          pkg-config python3 make g++ neovim libreoffice-writer-nogui poppler-utils)
missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  log "installing Debian packages: ${missing[*]}"
  SUDO=
  if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq </dev/null
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >/dev/null
else
  log "Debian packages present"
fi

# --- code-server --------------------------------------------------------------------------
entry=$DEST/node_modules/code-server/out/node/entry.js
installed_version=$(node -p "try{require('$DEST/node_modules/code-server/package.json').version}catch{''}" 2>/dev/null || true)
if [ -f "$entry" ] && [ "$installed_version" = "$CODE_SERVER_VERSION" ] && [ -f "$DEST/.complete" ]; then
  log "code-server $CODE_SERVER_VERSION present in .vscode-test/code-server"
else
  log "installing code-server $CODE_SERVER_VERSION into .vscode-test/code-server (about a minute)"
  rm -rf "$DEST"
  mkdir -p "$DEST"
  # A package of its own, so the repository's package.json and .npmrc stay out of it.
  printf '{"name":"speechcheck-e2e-code-server","private":true}\n' > "$DEST/package.json"
  printf 'fund=false\naudit=false\nupdate-notifier=false\nyes=true\n' > "$DEST/.npmrc"
  # @vscode/ripgrep downloads ripgrep from GitHub in its postinstall unless its cache
  # already holds the archive: give it Debian's rg.
  tmp=$(mktemp -d)
  export TMPDIR=$tmp
  mkdir -p "$tmp/vscode-ripgrep-cache-$RG_CACHE_VERSION" "$tmp/rg"
  cp "$(command -v rg)" "$tmp/rg/rg"
  tar -czf "$tmp/vscode-ripgrep-cache-$RG_CACHE_VERSION/$RG_ARCHIVE" -C "$tmp/rg" rg
  (
    cd "$DEST"
    # code-server's install script refuses to run as root without unsafe_perm.
    npm_config_unsafe_perm=true CI=true npm install --no-save --no-package-lock --loglevel=error \
      "code-server@$CODE_SERVER_VERSION" </dev/null
  )
  rm -rf "$tmp"
  [ -f "$entry" ] || { log "code-server install failed: $entry missing"; exit 1; }
  touch "$DEST/.complete"
fi

log "done in $(( $(date +%s) - started )) s"
