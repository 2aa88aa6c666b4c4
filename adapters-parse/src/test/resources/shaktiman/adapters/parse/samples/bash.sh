#!/bin/bash
# Deploy script.
source ./lib.sh
export PATH="/usr/bin:$PATH"
readonly VERSION=1

deploy() {
  local target="$1"
  echo "deploying $target"
  rsync -a . "$target"
}

function cleanup {
  rm -rf /tmp/build
}

deploy prod && cleanup
