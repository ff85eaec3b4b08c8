using System.Net;

namespace Manifold.Client.Tests;

public sealed class TypeMappingTests(CoordinatorFixture fixture) : IClassFixture<CoordinatorFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, object?> Scalars => new()
    {
        { "true", "boolean", true },
        { "CAST(-128 AS tinyint)", "tinyint", (sbyte)-128 },
        { "CAST(7 AS smallint)", "smallint", (short)7 },
        { "CAST(-2147483648 AS integer)", "integer", int.MinValue },
        { "9223372036854775807", "bigint", long.MaxValue },
        { "CAST(1.5 AS real)", "real", 1.5f },
        { "3.25e0", "double", 3.25 },
        { "1e10", "double", 1e10 },
        { "nan()", "double", double.NaN },
        { "-infinity()", "double", double.NegativeInfinity },
        { "DECIMAL '12345678.91'", "decimal(10, 2)", 12345678.91m },
        { "CAST(-0.5 AS decimal(3, 2))", "decimal(3, 2)", -0.50m },
        { "'héllo ''q'' \"x\" \\ \n'", "varchar(17)", "héllo 'q' \"x\" \\ \n" },
        { "CAST('ab' AS char(5))", "char(5)", "ab   " },
        { "X'65683F00'", "varbinary", new byte[] { 0x65, 0x68, 0x3F, 0x00 } },
        { "JSON '{\"a\":1}'", "json", "{\"a\":1}" },
        { "DATE '2024-02-29'", "date", new DateOnly(2024, 2, 29) },
        { "TIME '01:02:03.456'", "time(3)", new TimeOnly(1, 2, 3, 456) },
        { "TIMESTAMP '2024-02-29 13:45:30.123'", "timestamp(3)", new DateTime(2024, 2, 29, 13, 45, 30, 123) },
        { "TIMESTAMP '2024-02-29 13:45:30.123456'", "timestamp(6)", new DateTime(2024, 2, 29, 13, 45, 30).AddTicks(1234560) },
        { "TIMESTAMP '2024-02-29 13:45:30.123 UTC'", "timestamp(3) with time zone", new DateTimeOffset(2024, 2, 29, 13, 45, 30, 123, TimeSpan.Zero) },
        { "TIMESTAMP '2024-02-29 13:45:30 +05:30'", "timestamp(0) with time zone", new DateTimeOffset(2024, 2, 29, 13, 45, 30, TimeSpan.FromMinutes(330)) },
        { "TIMESTAMP '2024-07-01 12:00:00 America/Los_Angeles'", "timestamp(0) with time zone", new DateTimeOffset(2024, 7, 1, 12, 0, 0, TimeSpan.FromHours(-7)) },
        { "INTERVAL '1-2' YEAR TO MONTH", "interval year to month", 14 },
        { "INTERVAL '-1 02:03:04.567' DAY TO SECOND", "interval day to second", -new TimeSpan(1, 2, 3, 4, 567) },
        { "UUID '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0'", "uuid", Guid.Parse("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0") },
        { "NULL", "unknown", null },
        { "CAST(NULL AS bigint)", "bigint", null },
    };

    [Theory]
    [MemberData(nameof(Scalars))]
    public async Task Every_scalar_type_reads_as_its_clr_type(string expression, string typeName, object? expected)
    {
        await using ManifoldConnection connection = await fixture.OpenAsync();
        await using ManifoldCommand command = connection.CreateCommand();
        command.CommandText = $"SELECT {expression}";
        await using ManifoldDataReader reader = await command.ExecuteReaderAsync(Token);
        Assert.True(await reader.ReadAsync(Token));
        Assert.Equal(typeName, reader.GetDataTypeName(0));
        object value = reader.GetValue(0);
        if (expected is null)
        {
            Assert.True(reader.IsDBNull(0));
            Assert.Equal(DBNull.Value, value);
        }
        else
        {
            Assert.Equal(expected.GetType(), reader.GetFieldType(0));
            Assert.Equal(expected, value);
        }
        Assert.False(await reader.ReadAsync(Token));
    }

    /// <summary>Types this coordinator cannot produce yet (time with time zone, ipaddress, timestamp precision over 6)
    /// but Trino sends: decoded from the JSON Trino writes (§7.2).</summary>
    [Fact]
    public void Values_only_trino_sends_decode_from_their_json_text()
    {
        Assert.Equal(new DateTimeOffset(1, 1, 2, 1, 2, 3, 456, TimeSpan.FromMinutes(330)), Decode("time with time zone", "01:02:03.456+05:30"));
        Assert.Equal(new DateTimeOffset(1, 1, 2, 23, 0, 0, TimeSpan.FromHours(-14)), Decode("time with time zone", "23:00:00-14:00"));
        Assert.Equal(IPAddress.Parse("2001:db8::1"), Decode("ipaddress", "2001:db8::1"));
        Assert.Equal(new DateTime(2024, 2, 29, 13, 45, 30).AddTicks(1234567), Decode("timestamp", "2024-02-29 13:45:30.123456789012"));
        Assert.Equal(new TimeOnly(23, 59, 59).Add(TimeSpan.FromTicks(9999999)), Decode("time", "23:59:59.999999999"));
        Assert.Equal(-3, Decode("interval year to month", "-0-3"));
        Assert.Equal("AQID", Decode("HyperLogLog", "AQID"));
        Assert.Equal(new byte[] { 0xfb, 0xff }, Decode("varbinary", "+/8="));
    }

    private static object? Decode(string rawType, string text)
    {
        var type = Protocol.ClientType.Parse(System.Text.Json.JsonDocument.Parse($"{{\"rawType\":\"{rawType}\",\"arguments\":[]}}").RootElement);
        return Protocol.ValueDecoder.DecodeScalar(type, System.Text.Json.JsonTokenType.String, System.Text.Encoding.UTF8.GetBytes(text), escaped: false);
    }

    [Fact]
    public async Task Arrays_maps_and_rows_read_as_typed_arrays_dictionaries_and_object_arrays()
    {
        await using ManifoldConnection connection = await fixture.OpenAsync();
        await using ManifoldCommand command = new("""
            SELECT ARRAY[1, 2, NULL], ARRAY[ARRAY['a'], ARRAY['b', 'c']], MAP(ARRAY['a', 'b'], ARRAY[1, 2]), MAP(ARRAY[1], ARRAY['x']),
                   CAST(ROW(1, 'x', ARRAY[DATE '2024-01-02']) AS row(a integer, b varchar, c array(date))), ARRAY[1.5, 2.25]
            """, connection);
        await using ManifoldDataReader reader = await command.ExecuteReaderAsync(Token);
        Assert.True(reader.Read());
        Assert.Equal(typeof(int?[]), reader.GetFieldType(0));
        Assert.Equal(new int?[] { 1, 2, null }, reader.GetValue(0));
        Assert.Equal(new int?[] { 1, 2, null }, reader.GetFieldValue<int?[]>(0));
        Assert.Equal(new long?[] { 1, 2, null }, reader.GetFieldValue<long?[]>(0));
        Assert.Throws<InvalidCastException>(() => reader.GetFieldValue<int[]>(0));
        Assert.Equal("[1,2,null]", reader.GetString(0));
        Assert.Equal(new[] { new[] { "a" }, new[] { "b", "c" } }, reader.GetFieldValue<string[][]>(1));
        Assert.Equal(new Dictionary<string, int?> { ["a"] = 1, ["b"] = 2 }, reader.GetValue(2));
        Assert.Equal(new Dictionary<string, long> { ["a"] = 1, ["b"] = 2 }, reader.GetFieldValue<IDictionary<string, long>>(2));
        Assert.Equal(new Dictionary<int, string?> { [1] = "x" }, reader.GetFieldValue<IReadOnlyDictionary<int, string?>>(3));
        object[] row = Assert.IsType<object[]>(reader.GetValue(4));
        Assert.Equal(1, row[0]);
        Assert.Equal("x", row[1]);
        Assert.Equal(new DateOnly?[] { new DateOnly(2024, 1, 2) }, row[2]);
        Assert.Equal("row(a integer, b varchar, c array(date))", reader.GetDataTypeName(4));
        Assert.Equal(new decimal?[] { 1.50m, 2.25m }, reader.GetValue(5));
    }

    [Fact]
    public async Task Getters_convert_between_date_and_time_types_and_numbers()
    {
        await using ManifoldConnection connection = await fixture.OpenAsync();
        await using ManifoldCommand command = new("SELECT DATE '2024-02-29', TIMESTAMP '2024-02-29 13:45:30.5', TIME '10:00:00', CAST(5 AS integer), DECIMAL '1.25', TIMESTAMP '2024-02-29 13:45:30 +01:00'", connection);
        await using ManifoldDataReader reader = await command.ExecuteReaderAsync(Token);
        Assert.True(reader.Read());
        Assert.Equal(new DateTime(2024, 2, 29), reader.GetDateTime(0));
        Assert.Equal(new DateOnly(2024, 2, 29), reader.GetFieldValue<DateOnly>(0));
        Assert.Equal(new DateTime(2024, 2, 29, 13, 45, 30, 500), reader.GetDateTime(1));
        Assert.Equal(new DateOnly(2024, 2, 29), reader.GetFieldValue<DateOnly>(1));
        Assert.Equal(TimeSpan.FromHours(10), reader.GetFieldValue<TimeSpan>(2));
        Assert.Equal(5L, reader.GetInt64(3));
        Assert.Equal(5.0, reader.GetDouble(3));
        Assert.Equal((int?)5, reader.GetFieldValue<int?>(3));
        Assert.Equal(1.25m, reader.GetDecimal(4));
        Assert.Equal(1.25, reader.GetDouble(4));
        Assert.Equal(new DateTime(2024, 2, 29, 12, 45, 30, DateTimeKind.Utc), reader.GetDateTime(5));
        Assert.Equal(DateTimeKind.Utc, reader.GetDateTime(5).Kind);
    }

    [Fact]
    public async Task Nulls_read_as_null_for_nullable_types_and_throw_for_value_types()
    {
        await using ManifoldConnection connection = await fixture.OpenAsync();
        await using ManifoldCommand command = new("SELECT CAST(NULL AS integer), CAST(NULL AS varchar), CAST(NULL AS array(integer))", connection);
        await using ManifoldDataReader reader = await command.ExecuteReaderAsync(Token);
        Assert.True(reader.Read());
        Assert.Null(reader.GetFieldValue<int?>(0));
        Assert.Null(reader.GetFieldValue<string?>(1));
        Assert.Null(reader.GetFieldValue<int?[]?>(2));
        Assert.Throws<InvalidCastException>(() => reader.GetInt32(0));
        Assert.Throws<InvalidCastException>(() => reader.GetString(1));
        Assert.True(reader.IsDBNull(2));
    }

    [Fact]
    public async Task Tpch_tiny_lineitem_reads_every_column_with_typed_getters()
    {
        await using ManifoldConnection connection = await fixture.OpenAsync("Catalog=tpch;Schema=tiny");
        await using ManifoldCommand command = new("SELECT * FROM lineitem", connection);
        await using ManifoldDataReader reader = await command.ExecuteReaderAsync(Token);
        Assert.Equal(16, reader.FieldCount);
        long rows = 0;
        decimal quantity = 0;
        while (await reader.ReadAsync(Token))
        {
            reader.GetInt64(0);
            reader.GetInt64(1);
            reader.GetInt64(2);
            reader.GetInt32(3);
            quantity += reader.GetDecimal(4);
            reader.GetDecimal(5);
            reader.GetDecimal(6);
            reader.GetDecimal(7);
            reader.GetString(8);
            reader.GetString(9);
            reader.GetFieldValue<DateOnly>(10);
            reader.GetFieldValue<DateOnly>(11);
            reader.GetFieldValue<DateOnly>(12);
            reader.GetString(13);
            reader.GetString(14);
            reader.GetString(15);
            rows++;
        }
        Assert.Equal(60175, rows);
        await using ManifoldCommand check = new("SELECT sum(quantity) FROM lineitem", connection);
        Assert.Equal(quantity, Convert.ToDecimal(await check.ExecuteScalarAsync(Token)));
    }

    [Fact]
    public async Task Column_schema_carries_trino_type_names_precision_and_scale()
    {
        await using ManifoldConnection connection = await fixture.OpenAsync();
        await using ManifoldCommand command = new("SELECT CAST(1 AS decimal(12, 2)) AS price, CAST('x' AS varchar(25)) AS name, 1 AS n", connection);
        await using ManifoldDataReader reader = await command.ExecuteReaderAsync(Token);
        var schema = reader.GetColumnSchema();
        var price = Assert.IsType<ManifoldDbColumn>(schema[0]);
        Assert.Equal("price", price.ColumnName);
        Assert.Equal("decimal(12, 2)", price.DataTypeName);
        Assert.Equal("decimal", price.RawType);
        Assert.Equal(12, price.NumericPrecision);
        Assert.Equal(2, price.NumericScale);
        Assert.Equal(typeof(decimal), price.DataType);
        Assert.Equal(25, schema[1].ColumnSize);
        var table = reader.GetSchemaTable();
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal("varchar(25)", table.Rows[1]["DataTypeName"]);
        Assert.Equal(typeof(int), table.Rows[2]["DataType"]);
        Assert.Equal(2, reader.GetOrdinal("N"));
    }
}
