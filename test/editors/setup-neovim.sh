#!/usr/bin/env bash
# Installs what the editor tests need: Neovim (Debian's package, 0.7 or
# later), for test/editors/neovim.test.ts. Run by test/run-all.mjs before the
# `editors` tests; does nothing when `nvim` is already there.
set -euo pipefail

if command -v nvim >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  # One apt-get at a time, as with the e2e set-up.
  exec 9>/tmp/handoff-apt.lock
  flock 9
  command -v nvim >/dev/null 2>&1 && exit 0
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim >/dev/null
else
  echo "setup-neovim: nvim is missing and this user cannot apt-get install it (install the neovim package)" >&2
  exit 1
fi
nvim --version | head -n 1 >&2
