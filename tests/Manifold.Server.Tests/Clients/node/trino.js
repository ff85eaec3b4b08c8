// Usage: node trino.js SERVER_URL SCENARIO   (SCENARIO: types | pages | semanticError | syntaxError | cancel)
'use strict';
const { Trino, BasicAuth } = require('trino-client');
const scenarios = require('./scenarios');

async function main() {
  const [server, scenario] = process.argv.slice(2);
  const trino = Trino.create({ server, catalog: 'tpch', schema: 'tiny', source: 'trino-js-test', auth: new BasicAuth('alice') });
  if (scenario === 'cancel') {
    const iterator = await trino.query(scenarios.longRunning);
    const first = await iterator.next();
    const id = first.value.id;
    await trino.cancel(id);
    let last = first.value;
    for await (const result of iterator) {
      last = result;
    }
    const info = await trino.queryInfo(id);
    return { id, state: info.state, error: last.error ? last.error.errorName : null };
  }
  const iterator = await trino.query(scenarios[scenario]);
  let columns = null;
  const rows = [];
  let rowCount = 0;
  let orderkeySum = 0;
  let pages = 0;
  let error = null;
  let id = null;
  for await (const result of iterator) {
    id = result.id;
    if (result.columns) {
      columns = result.columns;
    }
    if (result.data) {
      pages++;
      rowCount += result.data.length;
      if (scenario === 'pages') {
        for (const row of result.data) {
          orderkeySum += row[0];
        }
      } else {
        rows.push(...result.data);
      }
    }
    if (result.error) {
      error = result.error;
    }
  }
  if (scenario === 'pages') {
    return { id, columns, rowCount, pages, orderkeySum, error };
  }
  return { id, columns, rows, error };
}

main().then(
  output => console.log(JSON.stringify(output)),
  failure => { console.error(failure && failure.stack || String(failure)); process.exit(2); });
