using BigInteger = System.Numerics.BigInteger;
using Manifold.Engine.Runtime;
using Manifold.Sql.Lexing;
using Manifold.Spi.Errors;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.SqlLogicTest;

/// <summary>Runs sqllogictest records on an embedded Manifold engine, in the <c>memory</c> catalog's <c>default</c> schema.</summary>
/// <remarks>Values are handed to the renderer as CLR values: integers as <c>long</c>, real/double as <c>double</c>,
/// decimals as <c>decimal</c> (or <c>double</c> beyond its range), text as <c>string</c>, booleans as <c>bool</c>, other
/// types as their Trino display text. Failures carry the error name first (<c>DIVISION_BY_ZERO: …</c>) so the failure
/// classifier can sort them.</remarks>
public sealed class ManifoldSqlLogicEngine : ISqlLogicEngine
{
    /// <summary>The name used for skipif/onlyif.</summary>
    public const string DefaultName = "manifold";

    private ManifoldEngine _engine = ManifoldEngine.Create();
    private Manifold.Engine.Session.Session _session;

    /// <summary>Creates an engine with an empty memory catalog.</summary>
    public ManifoldSqlLogicEngine(string name = DefaultName, IReadOnlyDictionary<string, string>? sessionProperties = null)
    {
        Name = name;
        SessionProperties = sessionProperties ?? new Dictionary<string, string>();
        _session = NewSession();
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>System session properties every statement runs with (e.g. page_size, disabled_optimizer_rules).</summary>
    public IReadOnlyDictionary<string, string> SessionProperties { get; }

    /// <inheritdoc />
    public void Reset()
    {
        _engine.Dispose();
        _engine = ManifoldEngine.Create();
        _session = NewSession();
    }

    /// <inheritdoc />
    public void ExecuteStatement(string sql)
    {
        foreach (SqlStatementText statement in SqlStatementSplitter.Split(sql))
        {
            Run(statement.Text);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<object?[]> ExecuteQuery(string sql) => Run(sql.TrimEnd().TrimEnd(';'));

    private List<object?[]> Run(string sql)
    {
        try
        {
            using QueryResult result = _engine.ExecuteAsync(_session, sql).GetAwaiter().GetResult();
            _session = _session.Apply(result.SessionUpdate);
            var rows = new List<object?[]>();
            while (result.NextPageAsync().AsTask().GetAwaiter().GetResult() is { } page)
            {
                for (int row = 0; row < page.RowCount; row++)
                {
                    var values = new object?[page.ColumnCount];
                    for (int column = 0; column < values.Length; column++)
                    {
                        values[column] = ToClr(page[column], row);
                    }
                    rows.Add(values);
                }
            }
            return rows;
        }
        catch (ManifoldException e)
        {
            throw new SqlLogicEngineException($"{e.ErrorCode.Name}: {e.Message}", e, e.ErrorCode.Name);
        }
    }

    private static object? ToClr(Vector vector, int row)
    {
        if (vector.IsNull(row))
        {
            return null;
        }
        SqlType type = vector.Type;
        object value = vector.GetObject(row)!;
        return type.Kind switch
        {
            TypeKind.TinyInt or TypeKind.SmallInt or TypeKind.Integer or TypeKind.BigInt => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
            TypeKind.Real => (double)(float)value,
            TypeKind.Double => (double)value,
            TypeKind.Boolean => (bool)value,
            TypeKind.Varchar or TypeKind.Char => (string)value,
            TypeKind.Decimal => ToDecimal((DecimalType)type, value),
            _ => SqlValueFormatter.Format(type, value),
        };
    }

    private static object ToDecimal(DecimalType type, object unscaled)
    {
        BigInteger value = unscaled is Int128 wide ? (BigInteger)wide : (long)unscaled;
        if (BigInteger.Abs(value) < new BigInteger(decimal.MaxValue) && type.Scale <= 28)
        {
            return (decimal)value / (decimal)Math.Pow(10, type.Scale);
        }
        return (double)value / Math.Pow(10, type.Scale);
    }

    private Manifold.Engine.Session.Session NewSession()
    {
        var session = _engine.CreateSession(catalog: "memory", schema: "default");
        return session.Apply(new Manifold.Engine.Session.SessionUpdate { SetProperties = SessionProperties.ToDictionary() });
    }

    /// <inheritdoc />
    public void Dispose() => _engine.Dispose();
}
