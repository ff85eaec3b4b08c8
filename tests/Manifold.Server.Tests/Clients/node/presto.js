// Usage: node presto.js SERVER_URL SCENARIO   (SCENARIO: types | pages | semanticError | syntaxError | cancel)
'use strict';
const presto = require('presto-client');
const scenarios = require('./scenarios');

function main() {
  const [server, scenario] = process.argv.slice(2);
  const url = new URL(server);
  const client = new presto.Client({ host: url.hostname, port: Number(url.port), user: 'bob', catalog: 'tpch', schema: 'tiny', source: 'presto-js-test' });
  let cancelled = false;
  let columns = null;
  let pages = 0;
  const rows = [];
  let rowCount = 0;
  const states = [];
  let id = null;
  client.execute({
    query: scenario === 'cancel' ? scenarios.longRunning : scenarios[scenario],
    state: (error, queryId, stats) => { id = queryId; states.push(stats.state); },
    columns: (error, data) => { columns = data; },
    data: (error, data, cols, stats) => {
      pages++;
      rowCount += data.length;
      if (scenario !== 'pages') {
        rows.push(...data);
      }
    },
    cancel: () => cancelled,
    success: (error, stats, info) => finish({ id, state: stats.state, columns, rows: scenario === 'pages' ? undefined : rows, rowCount, pages, states }),
    error: error => finish({ id, columns, rowCount, states, error: { errorName: error.errorName, errorCode: error.errorCode, errorType: error.errorType, errorLocation: error.errorLocation, message: error.message } }),
  });
  if (scenario === 'cancel') {
    // Cancel once the query has been accepted; presto-client then sends DELETE to the nextUri.
    const timer = setInterval(() => { if (states.length > 0) { cancelled = true; clearInterval(timer); } }, 10);
  }
}

function finish(output) {
  console.log(JSON.stringify(output));
  process.exit(0);
}

main();
