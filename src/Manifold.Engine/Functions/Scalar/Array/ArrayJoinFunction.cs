using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.Array;

[ScalarFunction("array_join", Description = "The elements joined by the delimiter; NULL elements are skipped or written as null_replacement.",
    Example = "array_join(ARRAY[1, NULL, 2], ',', 'x') = '1,x,2'")]
internal sealed class ArrayJoinFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Generic([TypeVariable.T], "varchar", "array(T)", "varchar"),
        FunctionSignature.Generic([TypeVariable.T], "varchar", "array(T)", "varchar", "varchar"),
    ];

    public IScalarKernel Specialize(BoundFunction function)
    {
        SqlType element = ((ArrayType)function.ArgumentTypes[0]).Element;
        if (!ValueText.Supports(element))
        {
            FunctionErrors.NotSupported($"array_join over {element} is not supported");
        }
        return new Kernel();
    }

    private sealed class Kernel() : ScalarKernel(SqlType.Varchar)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            ArrayReader arrays = ArrayReader.Of(arguments[0]);
            BytesReader delimiters = BytesReader.Of(arguments[1]);
            bool hasReplacement = arguments.Count > 2;
            BytesReader replacements = hasReplacement ? BytesReader.Of(arguments[2]) : default;
            ulong[]? nulls = NullMask.Union(arguments, rowCount);
            var output = new BytesVectorBuilder(ReturnType, rowCount);
            var scratch = new Utf8Scratch();
            for (int row = 0; row < rowCount; row++)
            {
                if (NullMask.IsSet(nulls, row))
                {
                    output.AppendNull();
                    continue;
                }
                int written = 0;
                bool first = true;
                int start = arrays.Start(row);
                for (int i = start; i < start + arrays.Length(row); i++)
                {
                    bool isNull = arrays.Elements.IsNull(i);
                    if (isNull && !hasReplacement)
                    {
                        continue;
                    }
                    if (!first)
                    {
                        ValueText.Write(delimiters[row], scratch, ref written);
                    }
                    first = false;
                    if (isNull)
                    {
                        ValueText.Write(replacements[row], scratch, ref written);
                    }
                    else
                    {
                        ValueText.Append(arrays.Elements, i, scratch, ref written);
                    }
                }
                output.Append(scratch.Get(written)[..written]);
            }
            return output.Build();
        }
    }
}
