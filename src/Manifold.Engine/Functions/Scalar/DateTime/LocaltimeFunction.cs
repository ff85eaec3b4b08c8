using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("localtime", Description = "The current wall-clock time of day in the session time zone, as of the start of the query.",
    Example = "localtime = TIME '03:04:05.321'")]
internal sealed class LocaltimeFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("time(3)")];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ReturnType);

    private sealed class Kernel(SqlType type) : IScalarKernel
    {
        public Vector Evaluate(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            long local = TemporalValues.ToLocal(TemporalValues.StartMicros(context), context.TimeZoneKey);
            local = TemporalValues.Round(local, 1000);
            long picos = CivilTime.FloorMod(local, CivilTime.MicrosPerDay) * CivilTime.PicosPerMicro;
            return new ConstantVector(new FlatVector<long>(type, [picos]), rowCount);
        }
    }
}
