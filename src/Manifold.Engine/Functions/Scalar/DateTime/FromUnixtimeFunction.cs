using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.DateTime;

[ScalarFunction("from_unixtime", Description = "The timestamp with time zone of a UNIX time in seconds, in the session zone, a named zone or an hours/minutes offset.",
    Example = "from_unixtime(0, 'UTC') = TIMESTAMP '1970-01-01 00:00:00.000 UTC'")]
internal sealed class FromUnixtimeFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("timestamp(3) with time zone", "double"),
        FunctionSignature.Of("timestamp(3) with time zone", "double", "varchar(x)"),
        FunctionSignature.Of("timestamp(3) with time zone", "double", "bigint", "bigint"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ReturnType);

    private sealed class Kernel(SqlType type) : ScalarKernel(type)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            FixedReader<double> seconds = FixedReader<double>.Of(arguments[0]);
            BytesReader zones = arguments.Count == 2 ? BytesReader.Of(arguments[1]) : default;
            FixedReader<long> hours = arguments.Count == 3 ? FixedReader<long>.Of(arguments[1]) : default;
            FixedReader<long> minutes = arguments.Count == 3 ? FixedReader<long>.Of(arguments[2]) : default;
            var result = new TemporalResult(ReturnType, rowCount, NullMask.Union(arguments, rowCount));
            for (int row = 0; row < rowCount; row++)
            {
                if (result.IsNull(row))
                {
                    continue;
                }
                short zone = context.TimeZoneKey;
                if (arguments.Count == 2)
                {
                    zone = TemporalValues.ZoneKey(zones[row]);
                }
                else if (arguments.Count == 3)
                {
                    long offset = hours[row] * 60 + minutes[row];
                    if (offset is < -14 * 60 or > 14 * 60)
                    {
                        FunctionErrors.InvalidArgument($"Invalid offset minutes {offset}");
                    }
                    zone = TimeZoneKey.FromOffsetMinutes((int)offset);
                }
                // Trino rounds the seconds to whole milliseconds.
                double millis = System.Math.Round(seconds[row] * 1000, MidpointRounding.AwayFromZero);
                if (double.IsNaN(millis) || System.Math.Abs(millis) > 9.2e15)
                {
                    FunctionErrors.InvalidArgument($"Value out of range for from_unixtime: {seconds[row]}");
                }
                result.SetInstant(row, (long)millis * CivilTime.MicrosPerMillisecond, zone);
            }
            return result.Build();
        }
    }
}
