using System.Data;
using System.Data.Common;
using Dapper;

namespace Manifold.Client.Tests;

public sealed class ProtocolBehaviourTests(CoordinatorFixture fixture) : IClassFixture<CoordinatorFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Positional_parameters_bind_in_order_and_stay_data()
    {
        await using ManifoldConnection connection = await fixture.OpenAsync();
        await using ManifoldCommand command = new("SELECT ? AS s, ? + 1 AS n, ? AS missing, ? AS d, ? AS b", connection);
        const string hostile = "O'Brien'; DROP TABLE x; --";
        command.Parameters.Add(new ManifoldParameter(null, hostile));
        command.Parameters.Add(new ManifoldParameter(null, 41));
        command.Parameters.Add(new ManifoldParameter(null, DBNull.Value));
        command.Parameters.Add(new ManifoldParameter(null, 1.25m));
        command.Parameters.Add(new ManifoldParameter(null, new byte[] { 1, 2, 255 }));
        await using ManifoldDataReader reader = await command.ExecuteReaderAsync(Token);
        Assert.True(reader.Read());
        Assert.Equal(hostile, reader.GetString(0));
        Assert.Equal(42, reader.GetInt32(1));
        Assert.True(reader.IsDBNull(2));
        Assert.Equal(1.25m, reader.GetDecimal(3));
        Assert.Equal(new byte[] { 1, 2, 255 }, reader.GetFieldValue<byte[]>(4));
        Assert.Empty(connection.PreparedStatements);
    }

    [Fact]
    public async Task Named_parameters_bind_by_name_repeat_and_ignore_markers_in_literals_and_comments()
    {
        await using ManifoldConnection connection = await fixture.OpenAsync();
        await using ManifoldCommand command = new("SELECT @a || '@a?' AS x, @b AS y, @a AS z -- @c ?\n", connection);
        command.Parameters.AddWithValue("@a", "it's");
        command.Parameters.AddWithValue("b", new DateTime(2024, 2, 29, 13, 45, 30, 123));
        await using ManifoldDataReader reader = await command.ExecuteReaderAsync(Token);
        Assert.True(reader.Read());
        Assert.Equal("it's@a?", reader.GetString(0));
        Assert.Equal(new DateTime(2024, 2, 29, 13, 45, 30, 123), reader.GetDateTime(1));
        Assert.Equal("it's", reader.GetString(2));
    }

    public static TheoryData<object, string> ParameterValues => new()
    {
        { true, "true" },
        { (short)7, "7" },
        { 9223372036854775807L, "9223372036854775807" },
        { 2.5, "2.5" },
        { 1.5f, "1.5" },
        { double.NaN, "NaN" },
        { new DateOnly(2024, 2, 29), "2024-02-29" },
        { new TimeOnly(1, 2, 3, 456), "01:02:03.456" },
        { new DateTimeOffset(2024, 2, 29, 13, 45, 30, TimeSpan.FromHours(2)), "2024-02-29 13:45:30.000 +02:00" },
        { Guid.Parse("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"), "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0" },
        { new[] { 1, 2, 3 }, "[1,2,3]" },
        { new Dictionary<string, int> { ["k"] = 1 }, "{\"k\":1}" },
        { TimeSpan.FromHours(-25.5), "-1 01:30:00.000" },
    };

    [Theory]
    [MemberData(nameof(ParameterValues))]
    public async Task Parameter_values_render_as_typed_literals(object value, string text)
    {
        await using ManifoldConnection connection = await fixture.OpenAsync();
        await using ManifoldCommand command = new("SELECT ?", connection);
        command.Parameters.Add(new ManifoldParameter(null, value));
        await using ManifoldDataReader reader = await command.ExecuteReaderAsync(Token);
        Assert.True(reader.Read());
        Assert.Equal(text, reader.GetString(0));
    }

    [Fact]
    public async Task A_marker_count_mismatch_is_refused_before_sending()
    {
        await using ManifoldConnection connection = await fixture.OpenAsync();
        await using ManifoldCommand command = new("SELECT ?, ?", connection);
        command.Parameters.Add(new ManifoldParameter(null, 1));
        await Assert.ThrowsAsync<ArgumentException>(() => command.ExecuteReaderAsync(Token));
    }

    [Fact]
    public async Task Use_set_session_prepare_and_reset_follow_the_response_headers()
    {
        await using ManifoldConnection connection = await fixture.OpenAsync();
        await using ManifoldCommand command = connection.CreateCommand();
        command.CommandText = "USE tpch.tiny";
        Assert.Equal(-1, await command.ExecuteNonQueryAsync(Token));
        Assert.Equal("tpch", connection.Database);
        Assert.Equal("tiny", connection.Schema);
        command.CommandText = "SELECT count(*) FROM nation";
        Assert.Equal(25L, await command.ExecuteScalarAsync(Token));

        command.CommandText = "SET SESSION query_max_run_time = '1h'";
        await command.ExecuteNonQueryAsync(Token);
        Assert.Equal("1h", connection.SessionProperties["query_max_run_time"]);
        command.CommandText = "SHOW SESSION LIKE 'query_max_run_time'";
        await using (ManifoldDataReader reader = await command.ExecuteReaderAsync(Token))
        {
            Assert.True(reader.Read());
            Assert.Equal("1h", reader.GetString(1));
        }
        command.CommandText = "RESET SESSION query_max_run_time";
        await command.ExecuteNonQueryAsync(Token);
        Assert.False(connection.SessionProperties.ContainsKey("query_max_run_time"));

        command.CommandText = "PREPARE my_query FROM SELECT name FROM nation WHERE nationkey = ?";
        await command.ExecuteNonQueryAsync(Token);
        Assert.Contains("my_query", connection.PreparedStatements.Keys);
        command.CommandText = "EXECUTE my_query USING 7";
        Assert.Equal("GERMANY", await command.ExecuteScalarAsync(Token));
        command.CommandText = "DEALLOCATE PREPARE my_query";
        await command.ExecuteNonQueryAsync(Token);
        Assert.Empty(connection.PreparedStatements);
    }

    [Fact]
    public async Task Connection_string_session_properties_and_time_zone_are_sent()
    {
        await using ManifoldConnection connection = await fixture.OpenAsync("SessionProperties=query_max_execution_time=2h;TimeZone=Asia/Kolkata");
        await using ManifoldCommand command = new("SELECT current_timezone()", connection);
        Assert.Equal("Asia/Kolkata", await command.ExecuteScalarAsync(Token));
        command.CommandText = "SHOW SESSION LIKE 'query_max_execution_time'";
        await using ManifoldDataReader reader = await command.ExecuteReaderAsync(Token);
        Assert.True(reader.Read());
        Assert.Equal("2h", reader.GetString(1));
    }

    [Fact]
    public async Task Dml_returns_the_update_count_and_ddl_minus_one()
    {
        await using ManifoldConnection connection = await fixture.OpenAsync("Catalog=memory;Schema=default");
        await using ManifoldCommand command = new("CREATE TABLE dml_count (a bigint, b varchar)", connection);
        Assert.Equal(-1, await command.ExecuteNonQueryAsync(Token));
        command.CommandText = "INSERT INTO dml_count VALUES (?, ?), (2, 'two'), (3, NULL)";
        command.Parameters.Add(new ManifoldParameter(null, 1L));
        command.Parameters.Add(new ManifoldParameter(null, "one"));
        Assert.Equal(3, await command.ExecuteNonQueryAsync(Token));
        command.Parameters.Clear();
        command.CommandText = "SELECT b FROM dml_count WHERE a = 1";
        Assert.Equal("one", await command.ExecuteScalarAsync(Token));
    }

    [Fact]
    public async Task A_failure_carries_error_name_code_type_query_id_and_location()
    {
        await using ManifoldConnection connection = await fixture.OpenAsync("Catalog=tpch;Schema=tiny");
        await using ManifoldCommand command = new("SELECT *\nFROM   no_such_table", connection);
        var error = await Assert.ThrowsAsync<ManifoldDbException>(() => command.ExecuteReaderAsync(Token));
        Assert.Equal("TABLE_NOT_FOUND", error.ErrorName);
        Assert.Equal(46, error.ErrorCode);
        Assert.Equal("USER_ERROR", error.ErrorType);
        Assert.Equal(2, error.LineNumber);
        Assert.Equal(8, error.ColumnNumber);
        Assert.NotNull(error.QueryId);
        Assert.False(error.IsTransient);
        Assert.Contains("no_such_table", error.Message);

        command.CommandText = "SELECT 1 +";
        var syntax = await Assert.ThrowsAsync<ManifoldDbException>(() => command.ExecuteNonQueryAsync(Token));
        Assert.Equal("SYNTAX_ERROR", syntax.ErrorName);
        Assert.Equal(1, syntax.LineNumber);
        Assert.NotNull(syntax.ColumnNumber);
    }

    [Fact]
    public async Task A_runtime_failure_after_rows_surfaces_from_read()
    {
        await using ManifoldConnection connection = await fixture.OpenAsync();
        await using ManifoldCommand command = new("SELECT 1 / (x - 3) FROM UNNEST(sequence(1, 5)) AS t(x)", connection);
        var error = await Assert.ThrowsAsync<ManifoldDbException>(async () =>
        {
            await using ManifoldDataReader reader = await command.ExecuteReaderAsync(Token);
            while (await reader.ReadAsync(Token))
            {
            }
        });
        Assert.Equal("DIVISION_BY_ZERO", error.ErrorName);
    }

    [Fact]
    public async Task Transactions_start_commit_and_roll_back_through_the_headers()
    {
        await using ManifoldConnection connection = await fixture.OpenAsync();
        await using (ManifoldTransaction transaction = connection.BeginTransaction())
        {
            Assert.Equal(transaction.TransactionId, connection.TransactionId);
            Assert.True(Guid.TryParse(transaction.TransactionId, out _));
            await using ManifoldCommand command = new("SELECT 1", connection) { Transaction = transaction };
            Assert.Equal(1, await command.ExecuteScalarAsync(Token));
            await transaction.CommitAsync(Token);
            Assert.True(transaction.IsCompleted);
        }
        Assert.Null(connection.TransactionId);

        ManifoldTransaction second = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, Token);
        Assert.Throws<InvalidOperationException>(() => connection.BeginTransaction());
        second.Rollback();
        Assert.Null(connection.TransactionId);

        ManifoldTransaction third = connection.BeginTransaction();
        await third.DisposeAsync();
        Assert.Null(connection.TransactionId);
        await using ManifoldCommand after = new("SELECT 2", connection);
        Assert.Equal(2, await after.ExecuteScalarAsync(Token));
    }

    [Fact]
    public async Task Cancelling_the_token_deletes_the_query_which_fails_as_user_canceled()
    {
        await using ManifoldConnection connection = await fixture.OpenAsync();
        await using ManifoldCommand command = new("SELECT * FROM tpch.sf1.lineitem", connection);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Token);
        ManifoldDataReader reader = await command.ExecuteReaderAsync(cancel.Token);
        string queryId = reader.QueryId!;
        int rows = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            while (await reader.ReadAsync(cancel.Token))
            {
                if (++rows == 10_000)
                {
                    cancel.Cancel();
                }
            }
        });
        await reader.DisposeAsync();
        await AssertCanceledAsync(connection, queryId);
    }

    [Fact]
    public async Task Cancel_from_another_thread_ends_the_read_with_user_canceled()
    {
        await using ManifoldConnection connection = await fixture.OpenAsync();
        await using ManifoldCommand command = new("SELECT * FROM tpch.sf1.lineitem", connection);
        await using ManifoldDataReader reader = await command.ExecuteReaderAsync(Token);
        string queryId = reader.QueryId!;
        var error = await Assert.ThrowsAsync<ManifoldDbException>(async () =>
        {
            int rows = 0;
            while (await reader.ReadAsync(Token))
            {
                if (++rows == 10_000)
                {
                    await Task.Run(command.Cancel, Token);
                }
            }
        });
        Assert.Equal("USER_CANCELED", error.ErrorName);
        Assert.Equal(queryId, error.QueryId);
        await AssertCanceledAsync(connection, queryId);
    }

    [Fact]
    public async Task Command_timeout_cancels_the_query_and_throws_a_timeout()
    {
        await using ManifoldConnection connection = await fixture.OpenAsync();
        await using ManifoldCommand command = new("SELECT count(*) FROM tpch.sf100.lineitem", connection) { CommandTimeout = 1 };
        var error = await Assert.ThrowsAsync<ManifoldDbException>(() => command.ExecuteScalarAsync(Token));
        Assert.IsType<TimeoutException>(error.InnerException);
        Assert.True(error.IsTransient);
        await AssertCanceledAsync(connection, command.QueryId!);
    }

    private static async Task AssertCanceledAsync(ManifoldConnection connection, string queryId)
    {
        ManifoldQueryInfo? info = null;
        for (int attempt = 0; attempt < 100; attempt++)
        {
            info = await connection.GetQueryAsync(queryId, Token);
            if (info?.State == "FAILED")
            {
                break;
            }
            await Task.Delay(50, Token);
        }
        Assert.Equal("FAILED", info?.State);
        Assert.Equal("USER_CANCELED", info!.ErrorName);
    }

    [Fact]
    public async Task Closing_a_reader_early_cancels_the_query()
    {
        await using ManifoldConnection connection = await fixture.OpenAsync();
        await using ManifoldCommand command = new("SELECT * FROM tpch.sf1.orders", connection);
        string queryId;
        await using (ManifoldDataReader reader = await command.ExecuteReaderAsync(Token))
        {
            Assert.True(reader.Read());
            queryId = reader.QueryId!;
        }
        await AssertCanceledAsync(connection, queryId);
    }

    [Fact]
    public async Task Progress_fires_as_responses_arrive_and_the_reader_exposes_stats()
    {
        await using ManifoldConnection connection = await fixture.OpenAsync();
        await using ManifoldCommand command = new("SELECT * FROM tpch.tiny.orders", connection);
        var states = new List<string>();
        command.Progress += (_, e) =>
        {
            lock (states)
            {
                states.Add(e.Stats.State);
            }
        };
        await using ManifoldDataReader reader = await command.ExecuteReaderAsync(Token);
        while (await reader.ReadAsync(Token))
        {
        }
        Assert.Equal("FINISHED", reader.Stats.State);
        Assert.Equal(15000, reader.RowsRead);
        Assert.True(reader.Stats.ProcessedRows > 0);
        Assert.Equal(reader.QueryId, command.QueryId);
        lock (states)
        {
            Assert.True(states.Count >= 2);
            Assert.Equal("FINISHED", states[^1]);
        }
    }

    [Fact]
    public async Task A_password_over_plain_http_is_refused_unless_allowed()
    {
        var connection = new ManifoldConnection(fixture.ConnectionString + ";Password=secret");
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => connection.OpenAsync(Token));
        Assert.Contains("TLS", error.Message);
        Assert.Equal(ConnectionState.Closed, connection.State);

        var token = new ManifoldConnection(fixture.ConnectionString + ";AccessToken=abc");
        await Assert.ThrowsAsync<InvalidOperationException>(() => token.OpenAsync(Token));

        // Allowed explicitly: the password goes out (Manifold has no authentication yet and accepts it).
        await using var allowed = new ManifoldConnection(fixture.ConnectionString + ";Password=secret;AllowPasswordOverHttp=true");
        await allowed.OpenAsync(Token);
        Assert.Equal(ConnectionState.Open, allowed.State);
    }

    [Fact]
    public async Task Kerberos_is_refused_over_plain_http()
    {
        var builder = new ManifoldConnectionStringBuilder(fixture.ConnectionString + ";Kerberos=HTTP;KerberosCredentialCachePath=/tmp/cc");
        Assert.Equal("HTTP", builder.Kerberos);
        Assert.Equal("/tmp/cc", builder.KerberosCredentialCachePath);
        await Assert.ThrowsAsync<InvalidOperationException>(() => new ManifoldConnection(builder.ConnectionString).OpenAsync(Token));
    }

    [Fact]
    public async Task Open_fails_clearly_when_nothing_listens()
    {
        await using var connection = new ManifoldConnection("Host=127.0.0.1;Port=1;Timeout=2");
        var error = await Assert.ThrowsAsync<ManifoldDbException>(() => connection.OpenAsync(Token));
        Assert.True(error.IsTransient);
        Assert.Equal(ConnectionState.Closed, connection.State);
    }

    [Fact]
    public void The_connection_string_builder_parses_and_validates_every_key()
    {
        var builder = new ManifoldConnectionStringBuilder(
            "host=h;PORT=9;User=u;Catalog=c;Schema=s;ClientTags=a, b;SessionProperties=x=1,y=a%2Cb;SslMode=verifyfull;HeaderFamily=Presto;Timeout=5;AllowPasswordOverHttp=true");
        Assert.Equal("h", builder.Host);
        Assert.Equal(9, builder.Port);
        Assert.Equal(["a", "b"], builder.ParseClientTags());
        Assert.Equal([new("x", "1"), new("y", "a,b")], builder.ParseSessionProperties());
        Assert.Equal(ManifoldSslMode.VerifyFull, builder.SslMode);
        Assert.Equal(ManifoldHeaderFamily.Presto, builder.HeaderFamily);
        Assert.Equal(5, builder.Timeout);
        Assert.True(builder.AllowPasswordOverHttp);
        Assert.Equal(8080, new ManifoldConnectionStringBuilder("Host=x").Port);
        Assert.Throws<ArgumentException>(() => new ManifoldConnectionStringBuilder("Hots=x"));
        Assert.Throws<ArgumentException>(() => new ManifoldConnectionStringBuilder("SslMode=maybe").SslMode);
    }

    [Fact]
    public async Task The_presto_header_family_works_end_to_end()
    {
        await using ManifoldConnection connection = await fixture.OpenAsync("HeaderFamily=Presto");
        await using ManifoldCommand command = new("USE tpch.tiny", connection);
        await command.ExecuteNonQueryAsync(Token);
        Assert.Equal("tpch", connection.Database);
        command.CommandText = "SELECT name FROM nation WHERE nationkey = @k";
        command.Parameters.AddWithValue("k", 7);
        Assert.Equal("GERMANY", await command.ExecuteScalarAsync(Token));
    }

    public sealed record Nation(long NationKey, string Name, long RegionKey, string Comment);

    [Fact]
    public async Task Dapper_works_through_the_registered_factory()
    {
        DbProviderFactories.RegisterFactory("Manifold.Client", ManifoldFactory.Instance);
        DbProviderFactory factory = DbProviderFactories.GetFactory("Manifold.Client");
        await using DbConnection connection = factory.CreateConnection()!;
        connection.ConnectionString = fixture.ConnectionString + ";Catalog=tpch;Schema=tiny";
        await connection.OpenAsync(Token);
        var nations = (await connection.QueryAsync<Nation>("SELECT nationkey, name, regionkey, comment FROM nation WHERE regionkey = @region ORDER BY nationkey", new { region = 3 })).ToList();
        Assert.Equal(5, nations.Count);
        Assert.Equal("FRANCE", nations[0].Name);
        long count = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM nation WHERE name IN @names", new { names = new[] { "FRANCE", "GERMANY" } });
        Assert.Equal(2, count);
        var dates = (await connection.QueryAsync<(DateTime OrderDate, decimal Total)>("SELECT orderdate, totalprice FROM orders WHERE orderkey = @key", new { key = 1 })).Single();
        Assert.Equal(new DateTime(1996, 1, 2), dates.OrderDate);
    }

    [Fact]
    public async Task Cluster_information_is_typed()
    {
        await using ManifoldConnection connection = await fixture.OpenAsync();
        ManifoldServerInfo info = await connection.GetServerInfoAsync(Token);
        Assert.True(info.Coordinator);
        Assert.False(string.IsNullOrEmpty(info.Version));
        Assert.Equal(info.Version, connection.ServerVersion);
        Assert.NotNull(info.Uptime);
        Assert.True((await connection.GetClusterAsync(Token)).ActiveCoordinators >= 0);
        Assert.NotEmpty(await connection.GetNodesAsync(Token));

        await using ManifoldCommand command = new("SELECT 42", connection);
        await command.ExecuteScalarAsync(Token);
        string id = command.QueryId!;
        var all = await connection.GetQueriesAsync(cancellationToken: Token);
        Assert.Contains(all, q => q.QueryId == id && q.User == "test" && q.Source == "client-tests");
        Assert.Contains(await connection.GetQueriesAsync("FINISHED", "test", Token), q => q.QueryId == id);
        ManifoldQueryInfo? query = await connection.GetQueryAsync(id, Token);
        Assert.Equal("SELECT 42", query!.Query);
        Assert.Equal("FINISHED", query.State);
        Assert.Equal(id + ".0", query.OutputStage?.StageId);
        ManifoldStageInfo? stage = await connection.GetStageAsync(id + ".0", Token);
        Assert.Equal(id + ".0", stage!.StageId);
        Assert.Null(await connection.GetQueryAsync("20200101_000000_00000_xxxxx", Token));
        Assert.False(await connection.KillQueryAsync("20200101_000000_00000_xxxxx", Token));
    }

    [Fact]
    public async Task Kill_query_by_id_cancels_a_running_query()
    {
        await using ManifoldConnection connection = await fixture.OpenAsync();
        await using ManifoldCommand command = new("SELECT * FROM tpch.sf1.lineitem", connection);
        await using ManifoldDataReader reader = await command.ExecuteReaderAsync(Token);
        Assert.True(await connection.KillQueryAsync(reader.QueryId!, Token));
        var error = await Assert.ThrowsAsync<ManifoldDbException>(async () =>
        {
            while (await reader.ReadAsync(Token))
            {
            }
        });
        Assert.Equal("USER_CANCELED", error.ErrorName);
    }
}
