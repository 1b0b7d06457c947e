/**
 * Lighthouse on the explorer with 540,000 records (the site `npm run bench` writes to
 * bench/tmp/explorer-540k): node scripts/bench/lighthouse-explorer.ts → bench/lighthouse-explorer-540k.json
 */
import { writeFileSync } from 'node:fs';
import { runLighthouse } from './lighthouse.ts';

const scores = await runLighthouse([['explorer 540k', '/targets/'], ['explorer 540k, GDP', '/targets/?indicator=gdp'], ['explorer 540k (again)', '/targets/']], 'bench/tmp/explorer-540k');
writeFileSync('bench/lighthouse-explorer-540k.json', `${JSON.stringify({ date: new Date().toISOString(), scores }, null, 2)}\n`);
console.log(JSON.stringify(scores, null, 2));
