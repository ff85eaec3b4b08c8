using Microsoft.Data.Sqlite;

namespace Manifold.SqlLogicTest;

/// <summary>The reference engine: an in-memory SQLite database through Microsoft.Data.Sqlite (the bundled SQLite).</summary>
/// <remarks>
/// A statement record's SQL goes to SQLite as one command, which runs every statement in it, as the original harness's
/// <c>sqlite3_exec</c> does. Cells come back as SQLite stores them: <see cref="long"/>, <see cref="double"/>,
/// <see cref="string"/>, <c>byte[]</c> or null.
/// </remarks>
public sealed class SqliteSqlLogicEngine : ISqlLogicEngine
{
    /// <summary>The name this engine answers to in conditions unless told otherwise.</summary>
    public const string DefaultName = "sqlite";

    private SqliteConnection? _connection;

    /// <summary>Creates the engine. <paramref name="name"/> is what <c>skipif</c>/<c>onlyif</c> are matched against:
    /// keep <see cref="DefaultName"/> except to see the corpus as another engine would.</summary>
    public SqliteSqlLogicEngine(string name = DefaultName)
    {
        Name = name;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>The version of the SQLite library in use, e.g. <c>3.50.4</c>.</summary>
    public string Version => Connection.ServerVersion;

    private SqliteConnection Connection => _connection ?? throw new InvalidOperationException("Call Reset() before running SQL");

    /// <inheritdoc/>
    public void Reset()
    {
        _connection?.Dispose();
        // No pooling: a pooled :memory: connection would come back with the previous file's tables.
        _connection = new SqliteConnection("Data Source=:memory:;Pooling=False");
        _connection.Open();
    }

    /// <inheritdoc/>
    public void ExecuteStatement(string sql)
    {
        using SqliteCommand command = Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <inheritdoc/>
    public IReadOnlyList<object?[]> ExecuteQuery(string sql)
    {
        using SqliteCommand command = Connection.CreateCommand();
        command.CommandText = sql;
        using SqliteDataReader reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
            rows.Add(row);
        }
        return rows;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _connection?.Dispose();
        _connection = null;
    }
}
