using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("parse_datetime", Description = "The timestamp with time zone parsed with a Joda-Time pattern (the session zone unless the text has one).",
    Example = "parse_datetime('2001-08-22 03:04', 'yyyy-MM-dd HH:mm') = TIMESTAMP '2001-08-22 03:04 UTC'")]
internal sealed class ParseDatetimeFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("timestamp(3) with time zone", "varchar(x)", "varchar(y)")];

    public IScalarKernel Specialize(BoundFunction function) => new TemporalParseKernel(function.ReturnType, TemporalFormatKernel.Style.Joda);
}
