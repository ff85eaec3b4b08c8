using System.Reflection;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Tests.Functions.Scalar;

public sealed class FunctionMetadataTests
{
    private static IEnumerable<Type> FunctionClasses() => typeof(ScalarKernel).Assembly.GetTypes()
        .Where(t => t.GetCustomAttribute<ScalarFunctionAttribute>() is not null);

    [Fact]
    public void Every_scalar_function_class_implements_the_interface_and_has_a_parameterless_constructor()
    {
        Assert.NotEmpty(FunctionClasses());
        foreach (Type type in FunctionClasses())
        {
            Assert.False(type.IsAbstract, type.Name);
            Assert.True(typeof(IScalarFunction).IsAssignableFrom(type), $"{type.Name} does not implement IScalarFunction");
            Assert.NotNull(type.GetConstructor(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes));
        }
    }

    [Fact]
    public void Every_scalar_function_has_a_description_an_example_and_signatures_that_parse()
    {
        foreach (Type type in FunctionClasses())
        {
            var attribute = type.GetCustomAttribute<ScalarFunctionAttribute>()!;
            Assert.False(string.IsNullOrWhiteSpace(attribute.Description), $"{attribute.Name} has no description");
            Assert.False(string.IsNullOrWhiteSpace(attribute.Example), $"{attribute.Name} has no example");
            Assert.Equal(attribute.Name.ToLowerInvariant(), attribute.Name);
            var function = (IScalarFunction)Activator.CreateInstance(type, nonPublic: true)!;
            Assert.NotEmpty(function.Signatures);
            foreach (FunctionSignature signature in function.Signatures)
            {
                foreach (TypeSignature argument in signature.ArgumentTypes.Append(signature.ReturnType))
                {
                    // Round trip through the text form: what SHOW FUNCTIONS prints must parse again.
                    TypeSignature reparsed = TypeSignature.Parse(argument.ToString());
                    Assert.Equal(argument.ToString(), reparsed.ToString());
                    AssertVariablesDeclared(attribute.Name, argument, signature);
                }
            }
        }
    }

    [Fact]
    public void Function_names_and_aliases_are_unique()
    {
        var seen = new HashSet<string>();
        foreach (Type type in FunctionClasses())
        {
            var attribute = type.GetCustomAttribute<ScalarFunctionAttribute>()!;
            foreach (string name in attribute.Aliases.Prepend(attribute.Name))
            {
                Assert.True(seen.Add(name), $"Duplicate function name {name}");
            }
        }
    }

    [Fact]
    public void Function_class_names_follow_the_sql_name()
    {
        // Operators ($add, …) live in Functions/Operators with their own naming; this checks the named functions.
        foreach (Type type in FunctionClasses().Where(t => t.Namespace!.StartsWith("Manifold.Engine.Functions.Scalar.", StringComparison.Ordinal)))
        {
            var attribute = type.GetCustomAttribute<ScalarFunctionAttribute>()!;
            string expected = string.Concat(attribute.Name.Split('_').Select(p => char.ToUpperInvariant(p[0]) + p[1..])) + "Function";
            Assert.Equal(expected, type.Name, ignoreCase: true);
        }
    }

    private static void AssertVariablesDeclared(string name, TypeSignature pattern, FunctionSignature signature)
    {
        bool looksLikeVariable = pattern.Parameters.Count == 0 && pattern.Base.Length <= 2 && char.IsUpper(pattern.Base[0]);
        if (looksLikeVariable)
        {
            Assert.True(signature.TypeVariables.Any(v => v.Name == pattern.Base), $"{name}: type variable {pattern.Base} is not declared");
            return;
        }
        if (pattern.Parameters.Count == 0)
        {
            // A concrete type: it must be a type the engine knows.
            _ = SqlType.Parse(pattern.Base);
        }
        foreach (TypeSignatureParameter parameter in pattern.Parameters)
        {
            if (parameter.Type is { } inner)
            {
                AssertVariablesDeclared(name, inner, signature);
            }
        }
    }
}
