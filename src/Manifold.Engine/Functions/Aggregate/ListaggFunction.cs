using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Aggregate;

/// <remarks>
/// The engine passes the separator (and, for the long form, ON OVERFLOW ERROR as true / TRUNCATE as false, the filler
/// and WITH COUNT) as constant argument vectors, and applies <c>WITHIN GROUP (ORDER BY …)</c> by sorting the rows
/// before they are added. See <see cref="ListaggAccumulator"/>.
/// </remarks>
[AggregateFunction("listagg", Description = "The non-null input values joined by the separator; NULL when there are none.", Example = "listagg(x, ',') WITHIN GROUP (ORDER BY x) over ('b'), ('a') = 'a,b'")]
internal sealed class ListaggFunction : IAggregateFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("varchar", "varchar", "varchar"),
        FunctionSignature.Of("varchar", "varchar", "varchar", "boolean", "varchar", "boolean"),
    ];

    public IAccumulatorFactory Specialize(BoundFunction function) => new AccumulatorFactory(() => new ListaggAccumulator());
}
