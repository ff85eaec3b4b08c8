using Manifold.SqlLogicTest;

namespace Manifold.SqlLogicTests;

/// <summary>A scripted engine: queries answer from a table, statements fail when listed, and a hook can block.</summary>
internal sealed class FakeEngine(string name = "fake") : ISqlLogicEngine
{
    public string Name { get; } = name;
    public Dictionary<string, object?[][]> Results { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Failing { get; } = new(StringComparer.Ordinal);
    public List<string> Executed { get; } = [];
    public Action<string>? BeforeEachCall { get; set; }
    public int Resets { get; private set; }
    public bool Disposed { get; private set; }

    public void Reset() => Resets++;

    public void ExecuteStatement(string sql)
    {
        BeforeEachCall?.Invoke(sql);
        Executed.Add(sql);
        if (Failing.Contains(sql))
        {
            throw new InvalidOperationException("statement rejected: " + sql);
        }
    }

    public IReadOnlyList<object?[]> ExecuteQuery(string sql)
    {
        BeforeEachCall?.Invoke(sql);
        Executed.Add(sql);
        if (Failing.Contains(sql))
        {
            throw new InvalidOperationException("DIVISION_BY_ZERO: Division by zero");
        }
        return Results.TryGetValue(sql, out object?[][]? rows) ? rows : [];
    }

    public void Dispose() => Disposed = true;
}
