using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>Applies <typeparamref name="TOperation"/> to every non-null row of a bytes vector; null in, null out.</summary>
internal sealed class BytesTransformKernel<TOperation>(SqlType returnType) : ScalarKernel(returnType)
    where TOperation : IBytesTransform
{
    protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
    {
        BytesReader input = BytesReader.Of(arguments[0]);
        var output = new BytesVectorBuilder(ReturnType, rowCount, EstimateBytes(arguments[0]));
        var scratch = new Utf8Scratch();
        for (int row = 0; row < rowCount; row++)
        {
            if (input.IsNull(row))
            {
                output.AppendNull();
            }
            else
            {
                output.Append(TOperation.Apply(input[row], scratch));
            }
        }
        return output.Build();
    }

    /// <summary>A guess of the output size: the input's data size.</summary>
    public static int EstimateBytes(Vector vector) => vector is BytesVector bytes ? bytes.Offsets[bytes.Count] : 0;
}
