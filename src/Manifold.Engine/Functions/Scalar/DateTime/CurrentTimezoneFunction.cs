using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("current_timezone", Description = "The session time zone: an IANA name or a fixed offset such as +08:35.",
    Example = "current_timezone() = 'America/Los_Angeles'")]
internal sealed class CurrentTimezoneFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("varchar")];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel();

    private sealed class Kernel : IScalarKernel
    {
        public Vector Evaluate(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
            => new ConstantVector(BytesVector.FromStrings(SqlType.Varchar, [TimeZoneKey.GetName(context.TimeZoneKey)]), rowCount);
    }
}
