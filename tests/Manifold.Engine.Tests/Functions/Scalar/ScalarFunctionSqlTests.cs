using Manifold.Engine.Runtime;
using Manifold.Spi.Errors;

namespace Manifold.Engine.Tests.Functions.Scalar;

/// <summary>Runs scalar functions through the whole engine (parser, binder with implicit coercions, compiler), to check
/// that their signatures bind the way Trino's do.</summary>
public sealed class ScalarFunctionSqlTests : IDisposable
{
    private readonly ManifoldEngine _engine = ManifoldEngine.Create();

    public void Dispose() => _engine.Dispose();

    private async Task<object?[]> Row(string sql)
    {
        await using QueryResult result = await _engine.ExecuteAsync(_engine.CreateSession(), sql, TestContext.Current.CancellationToken);
        List<object?[]> rows = await result.ReadAllRowsAsync(TestContext.Current.CancellationToken);
        return Assert.Single(rows);
    }

    private async Task<string> TypeOf(string expression) => (string)(await Row($"SELECT typeof({expression})"))[0]!;

    [Fact]
    public async Task Functions_bind_through_implicit_coercions()
    {
        Assert.Equal("ello", (await Row("SELECT substr('hello', 2)"))[0]);
        Assert.Equal(5L, (await Row("SELECT length('héllo')"))[0]);
        Assert.Equal(3.0, (await Row("SELECT sqrt(9)"))[0]);
        Assert.Equal(2L, (await Row("SELECT strpos('high', 'ig')"))[0]);
        Assert.Equal("ABC", (await Row("SELECT upper('abc')"))[0]);
        Assert.Equal(3L, (await Row("SELECT cardinality(ARRAY[1, 2, 3])"))[0]);
        Assert.Equal(true, (await Row("SELECT contains(ARRAY['a', 'b'], 'b')"))[0]);
        Assert.Equal(true, (await Row("SELECT regexp_like('1a 2b 14m', '\\d+b')"))[0]);
        Assert.Equal(2001L, (await Row("SELECT year(DATE '2001-08-22')"))[0]);
    }

    [Fact]
    public async Task Result_types_follow_trino()
    {
        Assert.Equal("varchar(5)", await TypeOf("lower('HeLLo')"));
        Assert.Equal("decimal(3,0)", await TypeOf("round(12.34)"));
        Assert.Equal("decimal(5,2)", await TypeOf("round(12.34, 1)"));
        Assert.Equal("integer", await TypeOf("abs(-5)"));
        Assert.Equal("bigint", await TypeOf("length('x')"));
        Assert.Equal("array(varchar(5))", await TypeOf("split('a,b,c', ',')"));
        Assert.Equal("timestamp(3) with time zone", await TypeOf("now()"));
        Assert.Equal("double", await TypeOf("power(2, 10)"));
    }

    [Fact]
    public async Task Errors_surface_with_trino_codes()
    {
        var error = await Assert.ThrowsAsync<ManifoldException>(() => Row("SELECT chr(-1)"));
        Assert.Equal(StandardErrorCode.InvalidFunctionArgument, error.ErrorCode);
    }
}
