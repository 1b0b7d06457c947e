#!/bin/bash
# The 3,000-report run, step by step, niced; each step's GNU time -v report beside its log.
# The corpus first: node -e "import('./scripts/bench/corpus.ts').then((m) => m.writeCorpus('bench/tmp/scale-3000/sources', 3000))"
# Afterwards: node scripts/bench/record-3000.ts writes bench/scale-3000.json.
cd /work/wt/scale
export PATH=$PWD/node_modules/.bin:$PATH
D=bench/tmp/scale-3000
L=bench/tmp/run3000
mkdir -p $L
rm -rf $D/cache $D/generated
date -u +%FT%TZ > $L/start
nice -n 10 /usr/bin/time -v -o $L/ingest.time node scripts/ingest.ts --sources $D/sources --out $D/generated --jurisdictions $D/jurisdictions.yaml --cache $D/cache > $L/ingest.log 2>&1
date -u +%FT%TZ > $L/ingest.done
Y=$(ls $D/sources/*.yaml | head -1)
sed -i 's/^speaker: .*$/speaker: 基准测试/' $Y
nice -n 10 /usr/bin/time -v -o $L/ingest2.time node scripts/ingest.ts --sources $D/sources --out $D/generated --jurisdictions $D/jurisdictions.yaml --cache $D/cache > $L/ingest2.log 2>&1
date -u +%FT%TZ > $L/ingest2.done
ATLAS_CONTENT=$D/generated ATLAS_OUT=$D/dist ATLAS_JURISDICTIONS=$D/jurisdictions.yaml NODE_OPTIONS=--max-old-space-size=4096 \
  nice -n 10 /usr/bin/time -v -o $L/build.time node node_modules/astro/bin/astro.mjs build > $L/build.log 2>&1 &
B=$!
echo $B > $L/build.pid
while kill -0 $B 2>/dev/null; do
  echo "$(date -u +%T) $(ps -eo rss,args | grep -E 'astro.mjs build|pagefind' | grep -v grep | awk '{s+=$1} END {print s/1024}') MB" >> $L/rss.log
  sleep 15
done
date -u +%FT%TZ > $L/build.done
