#!/usr/bin/env bash
# Gathers a benchmark corpus of real open-source code in the ten languages from installed packages
# and package registries (npm, PyPI, Debian), into .bench/corpus/<language>/. Idempotent: a language
# that already has files is left as it is. Also installs semgrep and bandit into .bench/venv for the
# peer comparison. Usage: scripts/bench-corpus.sh [MB per language, default 3]
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-3}
OUT=.bench/corpus
DL=.bench/downloads
mkdir -p "$OUT" "$DL"

# copy_from <language> <extension regex> <dir>...: copies files of 1–200 KB until MB is reached.
copy_from() {
  local lang=$1 ext=$2; shift 2
  local dest=$OUT/$lang
  if [ -d "$dest" ] && [ -n "$(ls -A "$dest" 2>/dev/null)" ]; then return; fi
  mkdir -p "$dest"
  local budget=$((MB * 1024 * 1024)) used=0 n=0
  while IFS= read -r f; do
    local size; size=$(stat -c %s "$f")
    [ $((used + size)) -gt "$budget" ] && break
    n=$((n + 1))
    cp "$f" "$dest/$(printf '%05d' "$n")-$(basename "$f")"
    used=$((used + size))
  done < <(find "$@" -type f -regextype posix-extended -regex ".*\.($ext)" -size +1k -size -200k \
             -not -path '*/testdata/*' -not -path '*/test/*' -not -path '*/tests/*' 2>/dev/null | LC_ALL=C sort)
  echo "bench corpus: $lang $n files, $((used / 1024)) KB"
}

deb() { # deb <package>...: downloads Debian packages and unpacks them without installing
  for p in "$@"; do
    if [ ! -d "$DL/$p" ]; then
      (cd "$DL" && apt-get download "$p" >/dev/null 2>&1) || { apt-get update >/dev/null && (cd "$DL" && apt-get download "$p" >/dev/null); }
      dpkg -x "$DL"/"${p}"_*.deb "$DL/$p"
    fi
  done
}

copy_from javascript 'js|mjs|cjs' node_modules
copy_from typescript 'ts|mts|tsx' node_modules
copy_from python 'py' "$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')"
copy_from go 'go' "$(go env GOROOT)/src"
copy_from c 'c|h' /usr/include
if [ ! -d "$OUT/java" ]; then
  src=""
  for z in /usr/lib/jvm/*/lib/src.zip; do [ -e "$z" ] && src=$z && break; done
  if [ -z "$src" ]; then deb openjdk-17-source; src=$(find "$DL/openjdk-17-source" -name src.zip | head -n 1); fi
  mkdir -p "$DL/jdk" && (cd "$DL/jdk" && unzip -qo "$(realpath "$src")" 'java.base/java/*' 'java.net.http/*' 'java.sql/*')
fi
copy_from java 'java' "$DL/jdk"
deb libasio-dev
copy_from cpp 'cpp|cc|hpp|ipp' "$DL/libasio-dev" /usr/src/googletest
deb librust-regex-syntax-dev librust-serde-dev librust-regex-dev librust-log-dev librust-memchr-dev
copy_from rust 'rs' "$DL"/librust-*
deb php-twig php-symfony-console php-symfony-http-foundation php-psr-log php-guzzlehttp-psr7
copy_from php 'php' "$DL"/php-*
if [ ! -d "$DL/pythonnet" ]; then
  python3 -m pip download --quiet --no-binary :all: --no-deps -d "$DL" pythonnet==3.0.5
  mkdir -p "$DL/pythonnet" && tar -xzf "$DL"/pythonnet-3.0.5.tar.gz -C "$DL/pythonnet"
fi
copy_from csharp 'cs' "$DL/pythonnet"

# Peers: semgrep and bandit from PyPI, in a virtual environment of their own.
if [ ! -x .bench/venv/bin/semgrep ] || [ ! -x .bench/venv/bin/bandit ]; then
  python3 -m venv .bench/venv
  .bench/venv/bin/pip install --quiet semgrep bandit
fi
