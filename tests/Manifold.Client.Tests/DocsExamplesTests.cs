using System.Data;
using System.Data.Common;
using System.Text.RegularExpressions;
using Dapper;

namespace Manifold.Client.Tests;

/// <summary>Runs the examples of docs/client.md, and checks that the page shows exactly the code run here (the doc's
/// connection string literal stands for <see cref="ConnectionString"/>).</summary>
public sealed partial class DocsExamplesTests(CoordinatorFixture fixture) : IClassFixture<CoordinatorFixture>
{
    private const string DocConnectionString = "\"Host=localhost;Port=8080;User=alice;Catalog=tpch;Schema=tiny\"";

    private string ConnectionString => fixture.ConnectionString + ";Catalog=tpch;Schema=tiny";

    [Fact]
    public async Task The_examples_run()
    {
        #region doc
        await using var connection = new ManifoldConnection(ConnectionString);
        await connection.OpenAsync();                     // GET /v1/info: fails fast when nothing answers
        Console.WriteLine(connection.ServerVersion);
        #endregion

        #region doc
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, regionkey FROM nation WHERE regionkey = @region AND name <> @name ORDER BY name";
        command.Parameters.AddWithValue("region", 3);
        command.Parameters.AddWithValue("name", "O'Brien'; DROP TABLE x; --");   // stays a value
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            Console.WriteLine($"{reader.GetString(0)} {reader.GetInt64(1)}");
        }
        #endregion
        Assert.Equal(5, reader.RowsRead);

        #region doc
        command.CommandText = "SELECT ARRAY[1, 2], MAP(ARRAY['a'], ARRAY[1.5]), DATE '2024-02-29'";
        command.Parameters.Clear();
        await using var values = await command.ExecuteReaderAsync();
        await values.ReadAsync();
        int[] numbers = values.GetFieldValue<int[]>(0);
        IDictionary<string, decimal> map = values.GetFieldValue<IDictionary<string, decimal>>(1);
        DateOnly day = values.GetFieldValue<DateOnly>(2);
        #endregion
        Assert.Equal([1, 2], numbers);
        Assert.Equal(1.5m, map["a"]);
        Assert.Equal(new DateOnly(2024, 2, 29), day);

        #region doc
        try
        {
            await new ManifoldCommand("SELECT * FROM no_such_table", connection).ExecuteNonQueryAsync();
        }
        catch (ManifoldDbException e) when (e.ErrorName == "TABLE_NOT_FOUND")
        {
            Console.WriteLine($"line {e.LineNumber}:{e.ColumnNumber}: {e.Message}");
        }
        #endregion

        #region doc
        DbProviderFactories.RegisterFactory("Manifold.Client", ManifoldFactory.Instance);
        await using DbConnection db = DbProviderFactories.GetFactory("Manifold.Client").CreateConnection()!;
        db.ConnectionString = ConnectionString;
        var nations = await db.QueryAsync<(long NationKey, string Name)>(
            "SELECT nationkey, name FROM nation WHERE name IN @names", new { names = new[] { "FRANCE", "GERMANY" } });
        #endregion
        Assert.Equal(2, nations.Count());

        #region doc
        await using (var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted))
        {
            await new ManifoldCommand("SELECT 1", connection).ExecuteScalarAsync();   // runs inside the transaction
            await transaction.CommitAsync();                                           // disposing without commit rolls back
        }
        #endregion
        Assert.Null(connection.TransactionId);

        #region doc
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var big = new ManifoldCommand("SELECT * FROM tpch.sf1.lineitem", connection) { CommandTimeout = 600 };
        big.Progress += (_, e) => Console.Error.Write($"\r{e.QueryId} {e.Stats.State} {e.Stats.ProgressPercentage:0}% {e.Stats.ProcessedRows} rows");
        await using (var rows = await big.ExecuteReaderAsync(cancel.Token))
        {
            await rows.ReadAsync(cancel.Token);
            big.Cancel();                     // or cancel.Cancel(): either sends DELETE nextUri; the query ends USER_CANCELED
        }
        #endregion

        #region doc
        ManifoldServerInfo info = await connection.GetServerInfoAsync();          // GET /v1/info
        ManifoldClusterStats cluster = await connection.GetClusterAsync();        // GET /v1/cluster
        IReadOnlyList<ManifoldNodeInfo> nodes = await connection.GetNodesAsync(); // GET /v1/node
        IReadOnlyList<ManifoldQueryInfo> running = await connection.GetQueriesAsync(state: "RUNNING", user: "alice");
        ManifoldQueryInfo? query = await connection.GetQueryAsync(running.Count > 0 ? running[0].QueryId : "none"); // null if forgotten
        ManifoldStageInfo? stage = query?.OutputStage is { } s ? await connection.GetStageAsync(s.StageId) : null;
        bool killed = await connection.KillQueryAsync("20240101_000000_00000_xxxxx"); // DELETE /v1/query/{id}
        #endregion
        Assert.True(info.Coordinator);
        Assert.NotNull(cluster);
        Assert.NotEmpty(nodes);
        Assert.Null(query);
        Assert.Null(stage);
        Assert.False(killed);
    }

    [Fact]
    public void The_page_shows_the_code_the_test_runs()
    {
        string root = FindRoot();
        string doc = File.ReadAllText(Path.Combine(root, "docs", "client.md"));
        string source = File.ReadAllText(Path.Combine(root, "tests", "Manifold.Client.Tests", "DocsExamplesTests.cs"));
        var docBlocks = CodeBlock().Matches(doc).Select(m => Normalize(m.Groups[1].Value.Replace(DocConnectionString, nameof(ConnectionString)))).ToList();
        var testBlocks = Region().Matches(source).Select(m => Normalize(m.Groups[1].Value)).ToList();
        Assert.Equal(testBlocks.Count, docBlocks.Count);
        for (int i = 0; i < docBlocks.Count; i++)
        {
            Assert.Equal(testBlocks[i], docBlocks[i]);
        }
    }

    private static string Normalize(string code)
        => string.Join('\n', code.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0));

    private static string FindRoot()
    {
        for (string? directory = AppContext.BaseDirectory; directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "Manifold.slnx")))
            {
                return directory;
            }
        }
        throw new InvalidOperationException("Cannot find the repository root");
    }

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"#region doc\n(.*?)#endregion", RegexOptions.Singleline)]
    private static partial Regex Region();
}
