using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Scalar.Map;

[ScalarFunction("map_values", Description = "The values of the map as an array.", Example = "map_values(MAP(ARRAY['a'], ARRAY[1])) = ARRAY[1]")]
internal sealed class MapValuesFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
        [FunctionSignature.Generic([new TypeVariable("K"), new TypeVariable("V")], "array(V)", "map(K,V)")];

    public IScalarKernel Specialize(BoundFunction function) => new MapPartKernel(function.ReturnType, keys: false);
}
