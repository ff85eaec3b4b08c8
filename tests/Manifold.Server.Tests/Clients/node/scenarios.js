// SQL shared by both client scripts. Each scenario prints one JSON object on stdout; the C# tests assert on it.
'use strict';

exports.types = `SELECT
  true AS boolean_value, CAST(1 AS tinyint) AS tinyint_value, CAST(2 AS smallint) AS smallint_value, 3 AS integer_value,
  CAST(1234567890123 AS bigint) AS bigint_value, REAL '1.5' AS real_value, DOUBLE '2.25' AS double_value,
  nan() AS nan_value, infinity() AS infinity_value, DECIMAL '12345.67' AS decimal_value,
  DECIMAL '12345678901234567890.1234567890' AS long_decimal_value, 'héllo' AS varchar_value, CAST('ab' AS char(4)) AS char_value,
  X'CAFE' AS varbinary_value, DATE '2024-02-29' AS date_value, TIME '13:14:15.123' AS time_value,
  TIMESTAMP '2024-02-29 13:14:15.123' AS timestamp_value,
  TIMESTAMP '2024-02-29 13:14:15.123456 Europe/Paris' AS timestamp_tz_value,
  INTERVAL '3' MONTH AS interval_ym_value, INTERVAL '2' DAY AS interval_ds_value, JSON '{"a":[1,2]}' AS json_text,
  UUID '12151fd2-7586-11e9-8f9e-2a86e4085a59' AS uuid_value, ARRAY[1, NULL, 3] AS array_value,
  MAP(ARRAY['k'], ARRAY[7]) AS map_value, CAST(ROW(1, 'x') AS ROW(a integer, b varchar)) AS row_value,
  CAST(NULL AS integer) AS null_value`;

// About 36 MB of JSON: more than one 16 MB result page.
exports.pages = 'SELECT orderkey, linenumber, comment FROM tpch."sf0.1".lineitem';

exports.semanticError = 'SELECT nosuch FROM tpch.tiny.nation';

exports.syntaxError = 'SELECT *\nFROM tpch.tiny.nation\nWHERE';

// Streams rows for hours unless cancelled (trino-client hands out a result only once it has rows).
exports.longRunning = 'SELECT orderkey, comment FROM tpch.sf1000.lineitem';
