using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.Array;

[ScalarFunction("sequence", Description = "The values from start to stop (inclusive) by step: 1 (or -1) for integers, one day for dates, or an interval.",
    Example = "sequence(1, 5, 2) = ARRAY[1, 3, 5]")]
internal sealed class SequenceFunction : IScalarFunction
{
    private const int MaxEntries = 10_000;

    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("array(bigint)", "bigint", "bigint"),
        FunctionSignature.Of("array(bigint)", "bigint", "bigint", "bigint"),
        FunctionSignature.Of("array(date)", "date", "date"),
        FunctionSignature.Of("array(date)", "date", "date", "interval day to second"),
        FunctionSignature.Of("array(date)", "date", "date", "interval year to month"),
        FunctionSignature.Of("array(timestamp(p))", "timestamp(p)", "timestamp(p)", "interval day to second"),
        FunctionSignature.Of("array(timestamp(p))", "timestamp(p)", "timestamp(p)", "interval year to month"),
    ];

    public IScalarKernel Specialize(BoundFunction function)
    {
        SqlType start = function.ArgumentTypes[0];
        TypeKind step = function.ArgumentTypes.Count > 2 ? function.ArgumentTypes[2].Kind : TypeKind.Unknown;
        return new Kernel(function.ReturnType, start.Kind, step);
    }

    private sealed class Kernel(SqlType type, TypeKind startKind, TypeKind stepKind) : ScalarKernel(type)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            ulong[]? nulls = NullMask.Union(arguments, rowCount);
            var output = new ArrayVectorBuilder((ArrayType)ReturnType, rowCount);
            for (int row = 0; row < rowCount; row++)
            {
                if (NullMask.IsSet(nulls, row))
                {
                    output.AppendNull();
                    continue;
                }
                if (startKind == TypeKind.Date)
                {
                    long start = FixedReader<int>.Of(arguments[0])[row];
                    long stop = FixedReader<int>.Of(arguments[1])[row];
                    var elements = (FlatVectorBuilder<int>)output.Elements;
                    if (stepKind == TypeKind.IntervalYearToMonth)
                    {
                        long months = FixedReader<long>.Of(arguments[2])[row];
                        CheckStep(months, start, stop);
                        for (long i = 0; ; i++)
                        {
                            long value = CivilTime.AddMonths(start, i * months);
                            if (months > 0 ? value > stop : value < stop)
                            {
                                break;
                            }
                            CheckCount(i);
                            elements.Append((int)value);
                        }
                    }
                    else
                    {
                        long stepDays = 1;
                        if (stepKind == TypeKind.IntervalDayToSecond)
                        {
                            long millis = FixedReader<long>.Of(arguments[2])[row];
                            if (millis % (24 * 3600 * 1000) != 0)
                            {
                                FunctionErrors.InvalidArgument("sequence step must be a day interval if start and end values are dates");
                            }
                            stepDays = millis / (24 * 3600 * 1000);
                        }
                        else if (stop < start)
                        {
                            stepDays = -1;
                        }
                        CheckStep(stepDays, start, stop);
                        CheckCount((stop - start) / stepDays);
                        for (long value = start; stepDays > 0 ? value <= stop : value >= stop; value += stepDays)
                        {
                            elements.Append((int)value);
                        }
                    }
                }
                else if (startKind == TypeKind.Timestamp)
                {
                    long start = FixedReader<long>.Of(arguments[0])[row];
                    long stop = FixedReader<long>.Of(arguments[1])[row];
                    long step = FixedReader<long>.Of(arguments[2])[row];
                    var elements = (FlatVectorBuilder<long>)output.Elements;
                    CheckStep(step, start, stop);
                    if (stepKind == TypeKind.IntervalYearToMonth)
                    {
                        for (long i = 0; ; i++)
                        {
                            long value = CivilTime.AddMonthsToMicros(start, i * step);
                            if (step > 0 ? value > stop : value < stop)
                            {
                                break;
                            }
                            CheckCount(i);
                            elements.Append(value);
                        }
                    }
                    else
                    {
                        long stepMicros = step * CivilTime.MicrosPerMillisecond;
                        CheckCount((stop - start) / stepMicros);
                        for (long value = start; stepMicros > 0 ? value <= stop : value >= stop; value += stepMicros)
                        {
                            elements.Append(value);
                        }
                    }
                }
                else
                {
                    long start = FixedReader<long>.Of(arguments[0])[row];
                    long stop = FixedReader<long>.Of(arguments[1])[row];
                    long step = arguments.Count > 2 ? FixedReader<long>.Of(arguments[2])[row] : stop >= start ? 1 : -1;
                    CheckStep(step, start, stop);
                    CheckCount((long)(((Int128)stop - start) / step));
                    var elements = (FlatVectorBuilder<long>)output.Elements;
                    for (Int128 value = start; step > 0 ? value <= stop : value >= stop; value += step)
                    {
                        elements.Append((long)value);
                    }
                }
                output.CloseEntry();
            }
            return output.Build();
        }

        private static void CheckStep(long step, long start, long stop)
        {
            if (step == 0)
            {
                FunctionErrors.InvalidArgument("step must not be zero");
            }
            if (step > 0 ? stop < start : stop > start)
            {
                FunctionErrors.InvalidArgument("sequence stop value should be greater than or equal to start value if step is greater than zero otherwise stop should be less than or equal to start");
            }
        }

        private static void CheckCount(long stepsSoFar)
        {
            if (stepsSoFar >= MaxEntries)
            {
                FunctionErrors.InvalidArgument($"result of sequence function must not have more than {MaxEntries} entries");
            }
        }
    }
}
