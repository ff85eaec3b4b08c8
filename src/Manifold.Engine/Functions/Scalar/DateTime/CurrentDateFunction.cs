using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("current_date", Description = "The current date in the session time zone, as of the start of the query.", Example = "current_date = DATE '2001-08-22'")]
internal sealed class CurrentDateFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("date")];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel();

    private sealed class Kernel : IScalarKernel
    {
        public Vector Evaluate(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            long local = TemporalValues.ToLocal(TemporalValues.StartMicros(context), context.TimeZoneKey);
            int days = (int)CivilTime.FloorDiv(local, CivilTime.MicrosPerDay);
            return new ConstantVector(new FlatVector<int>(SqlType.Date, [days]), rowCount);
        }
    }
}
