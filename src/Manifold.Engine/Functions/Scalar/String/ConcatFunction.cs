using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.String;

[ScalarFunction("concat", Description = "The concatenation of strings, binary values or arrays (also appends or prepends an element); NULL when any argument is NULL.",
    Example = "concat('ab', 'cd') = 'abcd'")]
internal sealed class ConcatFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("varchar", "varchar") with { Variadic = true },
        FunctionSignature.Of("varbinary", "varbinary") with { Variadic = true },
        FunctionSignature.Generic([TypeVariable.T], "array(T)", "array(T)") with { Variadic = true },
        FunctionSignature.Generic([TypeVariable.T], "array(T)", "T", "array(T)"),
        FunctionSignature.Generic([TypeVariable.T], "array(T)", "array(T)", "T"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => function.ReturnType.Kind == TypeKind.Array
        ? new ArrayKernel(function.ReturnType, function.ArgumentTypes)
        : new BytesKernel(function.ReturnType);

    private sealed class BytesKernel(SqlType type) : ScalarKernel(type)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            var readers = new BytesReader[arguments.Count];
            int estimate = 0;
            for (int i = 0; i < readers.Length; i++)
            {
                readers[i] = BytesReader.Of(arguments[i]);
                estimate += BytesTransformKernel<Identity>.EstimateBytes(arguments[i]);
            }
            ulong[]? nulls = NullMask.Union(arguments, rowCount);
            var output = new BytesVectorBuilder(ReturnType, rowCount, estimate);
            var scratch = new Utf8Scratch();
            for (int row = 0; row < rowCount; row++)
            {
                if (NullMask.IsSet(nulls, row))
                {
                    output.AppendNull();
                    continue;
                }
                int length = 0;
                for (int i = 0; i < readers.Length; i++)
                {
                    ReadOnlySpan<byte> part = readers[i][row];
                    part.CopyTo(scratch.Grow(length + part.Length, length)[length..]);
                    length += part.Length;
                }
                output.Append(scratch.Get(length)[..length]);
            }
            return output.Build();
        }
    }

    private sealed class ArrayKernel(SqlType type, IReadOnlyList<SqlType> argumentTypes) : ScalarKernel(type)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            var isArray = new bool[arguments.Count];
            var readers = new ArrayReader[arguments.Count];
            ulong[]? nulls = null;
            for (int i = 0; i < arguments.Count; i++)
            {
                isArray[i] = argumentTypes[i].Kind == TypeKind.Array && argumentTypes[i] == ReturnType;
                if (isArray[i])
                {
                    readers[i] = ArrayReader.Of(arguments[i]);
                    // A NULL array makes the result NULL; a NULL element is appended as an element.
                    NullMask.Add(ref nulls, arguments[i], rowCount);
                }
            }
            var output = new ArrayVectorBuilder((ArrayType)ReturnType, rowCount);
            for (int row = 0; row < rowCount; row++)
            {
                if (NullMask.IsSet(nulls, row))
                {
                    output.AppendNull();
                    continue;
                }
                for (int i = 0; i < arguments.Count; i++)
                {
                    if (isArray[i])
                    {
                        output.Elements.AppendRange(readers[i].Elements, readers[i].Start(row), readers[i].Length(row));
                    }
                    else
                    {
                        output.Elements.AppendFrom(arguments[i], row);
                    }
                }
                output.CloseEntry();
            }
            return output.Build();
        }
    }

    private readonly struct Identity : IBytesTransform
    {
        public static ReadOnlySpan<byte> Apply(ReadOnlySpan<byte> input, Utf8Scratch scratch) => input;
    }
}
