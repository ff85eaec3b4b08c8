using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.Misc;

[ScalarFunction("typeof", Description = "The name of the type of the argument (evaluated at planning time; NULL arguments too).",
    Example = "typeof(123) = 'integer'")]
internal sealed class TypeofFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Generic([TypeVariable.T], "varchar", "T")];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ArgumentTypes[0].Name);

    private sealed class Kernel(string name) : IScalarKernel
    {
        private readonly Vector _value = BytesVector.FromStrings(SqlType.Varchar, [name]);

        public Vector Evaluate(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context) => new ConstantVector(_value, rowCount);
    }
}
