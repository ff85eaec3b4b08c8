// Usage: node trino-tls.js HTTPS_URL CA_PEM USER PASSWORD
// trino-client over HTTPS with Basic credentials, trusting only the given CA; prints one JSON object.
'use strict';
const fs = require('fs');
const { Trino, BasicAuth } = require('trino-client');

async function main() {
  const [server, caFile, user, password] = process.argv.slice(2);
  const trino = Trino.create({
    server, catalog: 'tpch', schema: 'tiny', source: 'trino-js-tls-test',
    auth: new BasicAuth(user, password),
    ssl: { ca: fs.readFileSync(caFile) },
  });
  const rows = [];
  let error = null;
  for await (const result of await trino.query('SELECT current_user, count(*) FROM nation')) {
    if (result.data) {
      rows.push(...result.data);
    }
    if (result.error) {
      error = result.error;
    }
  }
  return { rows, error };
}

main().then(
  output => console.log(JSON.stringify(output)),
  failure => {
    const status = failure && failure.response && failure.response.status;
    console.log(JSON.stringify({ failed: String(failure && failure.message || failure), status: status || null }));
  });
