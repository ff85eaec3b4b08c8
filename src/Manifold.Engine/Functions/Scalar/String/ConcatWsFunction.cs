using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.String;

[ScalarFunction("concat_ws", Description = "The strings (or the elements of an array) joined by the separator, skipping NULLs; NULL when the separator is NULL.",
    Example = "concat_ws(',', 'a', NULL, 'b') = 'a,b'")]
internal sealed class ConcatWsFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("varchar", "varchar", "varchar") with { Variadic = true },
        FunctionSignature.Of("varchar", "varchar", "array(varchar)"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ArgumentTypes[^1].Kind == TypeKind.Array);

    private sealed class Kernel(bool overArray) : ScalarKernel(SqlType.Varchar)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            BytesReader separators = BytesReader.Of(arguments[0]);
            var parts = new BytesReader[arguments.Count - 1];
            ArrayReader arrays = default;
            BytesReader elements = default;
            ulong[]? nulls = NullMask.Of(arguments[0], rowCount);
            if (overArray)
            {
                arrays = ArrayReader.Of(arguments[1]);
                elements = BytesReader.Of(arrays.Elements);
                NullMask.Add(ref nulls, arguments[1], rowCount);
            }
            else
            {
                for (int i = 0; i < parts.Length; i++)
                {
                    parts[i] = BytesReader.Of(arguments[i + 1]);
                }
            }
            var output = new BytesVectorBuilder(ReturnType, rowCount);
            var scratch = new Utf8Scratch();
            for (int row = 0; row < rowCount; row++)
            {
                if (NullMask.IsSet(nulls, row))
                {
                    output.AppendNull();
                    continue;
                }
                ReadOnlySpan<byte> separator = separators[row];
                int length = 0;
                bool first = true;
                int count = overArray ? arrays.Length(row) : parts.Length;
                int start = overArray ? arrays.Start(row) : 0;
                for (int i = 0; i < count; i++)
                {
                    BytesReader reader = overArray ? elements : parts[i];
                    int position = overArray ? start + i : row;
                    if (reader.IsNull(position))
                    {
                        continue;
                    }
                    if (!first)
                    {
                        separator.CopyTo(scratch.Grow(length + separator.Length, length)[length..]);
                        length += separator.Length;
                    }
                    first = false;
                    ReadOnlySpan<byte> part = reader[position];
                    part.CopyTo(scratch.Grow(length + part.Length, length)[length..]);
                    length += part.Length;
                }
                output.Append(scratch.Get(length)[..length]);
            }
            return output.Build();
        }
    }
}
