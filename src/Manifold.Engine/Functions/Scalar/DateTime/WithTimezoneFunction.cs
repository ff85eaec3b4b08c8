using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("with_timezone", Description = "The timestamp's wall clock read in the given time zone.",
    Example = "with_timezone(TIMESTAMP '2022-11-01 09:08:07.321', 'America/Los_Angeles') = TIMESTAMP '2022-11-01 09:08:07.321 America/Los_Angeles'")]
internal sealed class WithTimezoneFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("timestamp(p) with time zone", "timestamp(p)", "varchar(x)")];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ArgumentTypes[0], function.ReturnType);

    private sealed class Kernel(SqlType inputType, SqlType type) : ScalarKernel(type)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            var input = new TemporalReader(arguments[0], inputType);
            BytesReader zones = BytesReader.Of(arguments[1]);
            var result = new TemporalResult(ReturnType, rowCount, NullMask.Union(arguments, rowCount));
            for (int row = 0; row < rowCount; row++)
            {
                if (!result.IsNull(row))
                {
                    result.SetLocal(row, input.LocalMicros(row), TemporalValues.ZoneKey(zones[row]));
                }
            }
            return result.Build();
        }
    }
}
