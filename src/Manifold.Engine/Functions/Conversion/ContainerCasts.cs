using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Conversion;

/// <summary>Casts of arrays, maps and rows: the element, key, value and field vectors are cast whole, so a container
/// cast costs one vectorized cast per child.</summary>
/// <remarks>Casting map keys does not re-check them for duplicates (Trino fails when two keys become equal).</remarks>
internal static class ContainerCasts
{
    public static IScalarKernel? Create(SqlType from, SqlType to)
    {
        switch (from, to)
        {
            case (ArrayType source, ArrayType target):
                return CastKernels.TryCreate(source.Element, target.Element, out IScalarKernel element)
                    ? new ArrayKernel(target, element)
                    : null;
            case (MapType source, MapType target):
                return CastKernels.TryCreate(source.Key, target.Key, out IScalarKernel key)
                    && CastKernels.TryCreate(source.Value, target.Value, out IScalarKernel value)
                    ? new MapKernel(target, key, value)
                    : null;
            case (RowType source, RowType target):
            {
                if (source.Fields.Count != target.Fields.Count)
                {
                    return null;
                }
                var fields = new IScalarKernel[source.Fields.Count];
                for (int i = 0; i < fields.Length; i++)
                {
                    if (!CastKernels.TryCreate(source.Fields[i].Type, target.Fields[i].Type, out fields[i]))
                    {
                        return null;
                    }
                }
                return new RowKernel(target, fields);
            }
        }
        return null;
    }

    private sealed class ArrayKernel(ArrayType target, IScalarKernel element) : CastKernel(target, canFail: true)
    {
        protected override Vector CastFlat(Vector input, int rowCount, FunctionContext context)
        {
            var array = (ArrayVector)input;
            Vector elements = element.Evaluate([array.Elements], array.Elements.Count, context);
            return new ArrayVector(target, array.Offsets, elements, array.Nulls, rowCount);
        }
    }

    private sealed class MapKernel(MapType target, IScalarKernel key, IScalarKernel value) : CastKernel(target, canFail: true)
    {
        protected override Vector CastFlat(Vector input, int rowCount, FunctionContext context)
        {
            var map = (MapVector)input;
            Vector keys = key.Evaluate([map.Keys], map.Keys.Count, context);
            Vector values = value.Evaluate([map.Values], map.Values.Count, context);
            return new MapVector(target, map.Offsets, keys, values, map.Nulls, rowCount);
        }
    }

    private sealed class RowKernel(RowType target, IScalarKernel[] fields) : CastKernel(target, canFail: true)
    {
        protected override Vector CastFlat(Vector input, int rowCount, FunctionContext context)
        {
            var row = (RowVector)input;
            var casted = new Vector[fields.Length];
            for (int i = 0; i < fields.Length; i++)
            {
                // Fields of null rows hold arbitrary values: cast only the rows that are not null.
                Vector field = row.Fields[i];
                if (row.Nulls is not null)
                {
                    field = MaskNullRows(field, row, rowCount);
                }
                casted[i] = fields[i].Evaluate([field], rowCount, context);
            }
            return new RowVector(target, casted, row.Nulls, rowCount);
        }

        private static Vector MaskNullRows(Vector field, RowVector row, int rowCount)
        {
            VectorBuilder builder = VectorBuilder.Create(field.Type, rowCount);
            for (int i = 0; i < rowCount; i++)
            {
                if (row.IsNull(i))
                {
                    builder.AppendNull();
                }
                else
                {
                    builder.AppendFrom(field, i);
                }
            }
            return builder.Build();
        }
    }
}
