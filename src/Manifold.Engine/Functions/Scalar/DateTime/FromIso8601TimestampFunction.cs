using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("from_iso8601_timestamp", Description = "The timestamp with time zone of an ISO 8601 string; the time defaults to midnight and the zone to the session zone.",
    Example = "from_iso8601_timestamp('2020-05-11T11:15:05.055+01:00') = TIMESTAMP '2020-05-11 11:15:05.055 +01:00'")]
internal sealed class FromIso8601TimestampFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("timestamp(3) with time zone", "varchar(x)")];

    public IScalarKernel Specialize(BoundFunction function) => new TemporalParseKernel(function.ReturnType, TemporalFormatKernel.Style.Iso);
}
