#!/usr/bin/env bash
# Installs what the real-VS-Code test needs: Chromium, Node 24 and code-server.
# code-server compiles native modules (several minutes), so it lives in a cache
# folder outside the clone and is reused when already present.
set -euo pipefail

# A nested npm inherits the outer npm's configuration through npm_* variables
# (npm_config_user_agent names the outer Node, and code-server's postinstall
# reads the Node version from it). Start every install here from a clean
# environment so the script behaves the same from `npm test` and from a shell.
while IFS= read -r var; do unset "$var"; done < <(compgen -e | grep -i '^npm_' || true)

CACHE="${HANDOFF_E2E_CACHE:-$HOME/.cache/handoff-e2e}"
# What an install into an empty cache costs is the slow part of a fresh
# machine's first `npm test`: said on stderr when something was installed.
SECONDS=0
installed=""
CODE_SERVER_VERSION="4.139.1"
mkdir -p "$CACHE"
# Two test runs sharing one cache must not install over each other.
exec 9>"$CACHE/.setup.lock"
flock 9

if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libkrb5-dev chromium >/dev/null
  else
    echo "setup-code-server: chromium and libkrb5-dev are missing and this user cannot apt-get install them" >&2
    exit 1
  fi
fi

# Install scripts are approved by name in each install folder's package.json
# (allowScripts), so npm 10 (which runs every one) and npm 11 (which runs an
# unapproved one with a warning, or refuses it under strict-allow-scripts) do
# the same thing.
NODE24_DIR="$CACHE/node24"
if [ ! -x "$NODE24_DIR/node_modules/node/bin/node" ]; then
  rm -rf "$NODE24_DIR"
  mkdir -p "$NODE24_DIR"
  # node@24's own install script is what downloads the Node binary.
  echo '{"name":"node24","private":true,"allowScripts":{"node":true}}' > "$NODE24_DIR/package.json"
  (cd "$NODE24_DIR" && npm install --no-audit --no-fund node@24 >/dev/null)
  installed="Node 24"
  if [ ! -x "$NODE24_DIR/node_modules/node/bin/node" ]; then
    echo "setup-code-server: node@24 installed without its binary (its install script did not run)" >&2
    exit 1
  fi
fi
NODE24_BIN="$NODE24_DIR/node_modules/node/bin"
"$NODE24_BIN/node" --version >/dev/null

CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
# code-server's postinstall installs VS Code's own server-side modules into
# lib/vscode/node_modules and compiles the native ones (argon2 is its password
# hashing): without them code-server cannot start, so both are approved and the
# result is checked before the cache counts as complete.
CS_NATIVE="$CS_DIR/node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node"
if [ ! -x "$CS_DIR/node_modules/.bin/code-server" ] || [ ! -f "$CS_DIR/.complete" ]; then
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  echo '{"name":"cs","private":true,"allowScripts":{"code-server":true,"argon2":true}}' > "$CS_DIR/package.json"
  (cd "$CS_DIR" && PATH="$NODE24_BIN:$PATH" npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" --foreground-scripts >"$CACHE/code-server-install.log" 2>&1) || {
    echo "setup-code-server: code-server install failed; see $CACHE/code-server-install.log" >&2
    tail -n 30 "$CACHE/code-server-install.log" >&2
    exit 1
  }
  if [ ! -f "$CS_NATIVE" ]; then
    echo "setup-code-server: code-server installed without VS Code's native modules (its postinstall did not run); see $CACHE/code-server-install.log" >&2
    exit 1
  fi
  touch "$CS_DIR/.complete"
  installed="${installed:+$installed and }code-server $CODE_SERVER_VERSION"
fi
if [ -n "$installed" ]; then echo "setup-code-server: installed $installed in ${SECONDS} s" >&2; fi
echo "$CACHE"
