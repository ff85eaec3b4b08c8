using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>Picks the min/max accumulator for a type: the flat fixed-width kernel where the physical type allows it, the
/// slot store (byte arena or nested copies) otherwise.</summary>
internal static class MinMaxAccumulators
{
    public static IAccumulatorFactory Factory(SqlType type, bool minimum)
        => minimum ? Factory<MinimumDirection>(type) : Factory<MaximumDirection>(type);

    private static IAccumulatorFactory Factory<TDirection>(SqlType type)
        where TDirection : IMinMaxDirection
    {
        switch (type.Physical)
        {
            case PhysicalType.Boolean:
                return new AccumulatorFactory(() => new FixedMinMaxAccumulator<bool, ValueOrder.Boolean, TDirection>());
            case PhysicalType.Int8:
                return new AccumulatorFactory(() => new FixedMinMaxAccumulator<sbyte, ValueOrder.Int8, TDirection>());
            case PhysicalType.Int16:
                return new AccumulatorFactory(() => new FixedMinMaxAccumulator<short, ValueOrder.Int16, TDirection>());
            case PhysicalType.Int32:
                return new AccumulatorFactory(() => new FixedMinMaxAccumulator<int, ValueOrder.Int32, TDirection>());
            case PhysicalType.Int64:
                return new AccumulatorFactory(() => new FixedMinMaxAccumulator<long, ValueOrder.Int64, TDirection>());
            case PhysicalType.Float32:
                return new AccumulatorFactory(() => new FixedMinMaxAccumulator<float, ValueOrder.Float32, TDirection>());
            case PhysicalType.Float64:
                return new AccumulatorFactory(() => new FixedMinMaxAccumulator<double, ValueOrder.Float64, TDirection>());
            case PhysicalType.Int128:
                return type.Kind == TypeKind.Uuid
                    ? new AccumulatorFactory(() => new FixedMinMaxAccumulator<Int128, ValueOrder.Unsigned128, TDirection>())
                    : new AccumulatorFactory(() => new FixedMinMaxAccumulator<Int128, ValueOrder.Signed128, TDirection>());
            case PhysicalType.TimestampWithZone:
                return new AccumulatorFactory(() => new FixedMinMaxAccumulator<TimestampWithZone, ValueOrder.TimestampZone, TDirection>());
            case PhysicalType.Bytes:
            case PhysicalType.Array:
            case PhysicalType.Row:
                return new AccumulatorFactory(() => new SlotMinMaxAccumulator(type, TDirection.IsMinimum));
            case PhysicalType.Map:
                break;
        }
        AggregateErrors.UnsupportedType(TDirection.IsMinimum ? "min" : "max", type);
        return null;
    }
}
