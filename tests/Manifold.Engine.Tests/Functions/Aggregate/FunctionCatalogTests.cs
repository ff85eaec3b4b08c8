using System.Reflection;
using Manifold.Engine.Functions.Aggregate;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Tests.Functions.Aggregate;

public sealed class FunctionCatalogTests
{
    private static readonly string[] s_folders = ["Manifold.Engine.Functions.Aggregate", "Manifold.Engine.Functions.Window"];

    public static TheoryData<string> AttributedClasses()
    {
        var data = new TheoryData<string>();
        foreach (Type type in typeof(CountFunction).Assembly.GetTypes())
        {
            if (type.GetCustomAttribute<FunctionAttribute>() is not null && s_folders.Contains(type.Namespace))
            {
                data.Add(type.FullName!);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AttributedClasses))]
    public void Every_function_class_is_constructible_documented_and_has_parsable_signatures(string typeName)
    {
        Type type = typeof(CountFunction).Assembly.GetType(typeName)!;
        var attribute = type.GetCustomAttribute<FunctionAttribute>()!;
        Assert.False(type.IsAbstract);
        Assert.NotNull(type.GetConstructor(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes));
        Assert.Matches("^[a-z][a-z0-9_]*$", attribute.Name);
        Assert.False(string.IsNullOrWhiteSpace(attribute.Description), $"{attribute.Name} has no description");
        Assert.False(string.IsNullOrWhiteSpace(attribute.Example), $"{attribute.Name} has no example");
        object instance = Activator.CreateInstance(type, nonPublic: true)!;
        IReadOnlyList<FunctionSignature> signatures = attribute.Kind switch
        {
            FunctionKind.Aggregate => Assert.IsAssignableFrom<IAggregateFunction>(instance).Signatures,
            FunctionKind.Window => Assert.IsAssignableFrom<IWindowFunction>(instance).Signatures,
            FunctionKind.Scalar => throw new InvalidOperationException("no scalar functions here"),
        };
        Assert.NotEmpty(signatures);
        foreach (FunctionSignature signature in signatures)
        {
            // Bind every variable to a sample type and every numeric parameter to a sample number; the result must parse.
            var types = signature.TypeVariables.ToDictionary(v => v.Name, _ => (SqlType)SqlType.BigInt);
            var numbers = new Dictionary<string, long> { ["p"] = 10, ["s"] = 2, ["x"] = 5 };
            foreach (TypeSignature argument in signature.ArgumentTypes.Append(signature.ReturnType))
            {
                Assert.NotNull(SqlType.Parse(SignatureBinder.Substitute(argument, types, numbers)));
            }
            Assert.All(signature.ArgumentTypes.Concat([signature.ReturnType]).SelectMany(Variables),
                name => Assert.True(signature.TypeVariables.Any(v => v.Name == name) || numbers.ContainsKey(name), $"{attribute.Name}: undeclared variable {name}"));
        }
    }

    [Fact]
    public void Every_aggregate_specializes_for_a_sample_of_types()
    {
        SqlType[] samples = [SqlType.BigInt, SqlType.Integer, SqlType.Double, SqlType.Real, SqlType.Varchar, SqlType.Boolean,
            SqlType.CreateDecimal(10, 2), SqlType.CreateDecimal(30, 2), SqlType.Date, SqlType.CreateArray(SqlType.BigInt)];
        int specialized = 0;
        foreach (Type type in typeof(CountFunction).Assembly.GetTypes().Where(t => t.GetCustomAttribute<AggregateFunctionAttribute>() is not null))
        {
            var function = (IAggregateFunction)Activator.CreateInstance(type, nonPublic: true)!;
            foreach (FunctionSignature signature in function.Signatures)
            {
                foreach (SqlType[] arguments in Combinations(samples, signature.ArgumentTypes.Count))
                {
                    if (SignatureBinder.TryBind(signature, arguments, out SqlType? returnType))
                    {
                        IGroupedAccumulator accumulator = function.Specialize(new BoundFunction("f", arguments, returnType!, signature)).Create();
                        accumulator.EnsureCapacity(3);
                        var output = Spi.Vectors.VectorBuilder.Create(returnType!, 1);
                        accumulator.Evaluate(2, output);
                        Assert.Equal(1, output.Build().Count);
                        specialized++;
                    }
                }
            }
        }
        Assert.True(specialized > 50, $"only {specialized} bindings specialized");
    }

    private static IEnumerable<SqlType[]> Combinations(SqlType[] samples, int count)
    {
        if (count == 0)
        {
            yield return [];
            yield break;
        }
        foreach (SqlType[] rest in Combinations(samples, count - 1).Take(400))
        {
            foreach (SqlType sample in samples)
            {
                yield return [sample, .. rest];
            }
        }
    }

    private static IEnumerable<string> Variables(TypeSignature signature)
    {
        if (signature.Parameters.Count == 0 && signature.Base.Length <= 2 && char.IsUpper(signature.Base[0]))
        {
            yield return signature.Base;
        }
        foreach (TypeSignatureParameter parameter in signature.Parameters)
        {
            if (parameter.Variable is { } variable)
            {
                yield return variable;
            }
            else if (parameter.Type is { } inner)
            {
                foreach (string name in Variables(inner))
                {
                    yield return name;
                }
            }
        }
    }
}
