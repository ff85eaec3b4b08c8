using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Tests.Functions.Aggregate;

/// <summary>A small test-side binder of function signatures to actual argument types (the engine has its own): binds type
/// variables and numeric parameters, checks the variables' constraints and computes the return type.</summary>
internal static class SignatureBinder
{
    public static BoundFunction Bind(string name, IReadOnlyList<FunctionSignature> signatures, params SqlType[] argumentTypes)
    {
        foreach (FunctionSignature signature in signatures)
        {
            if (TryBind(signature, argumentTypes, out SqlType? returnType))
            {
                return new BoundFunction(name, argumentTypes, returnType!, signature);
            }
        }
        throw new InvalidOperationException($"No signature of {name} matches ({string.Join(", ", argumentTypes.Select(t => t.Name))})");
    }

    public static bool TryBind(FunctionSignature signature, IReadOnlyList<SqlType> argumentTypes, out SqlType? returnType)
    {
        returnType = null;
        if (signature.ArgumentTypes.Count != argumentTypes.Count)
        {
            return false;
        }
        var types = new Dictionary<string, SqlType>();
        var numbers = new Dictionary<string, long>();
        for (int i = 0; i < argumentTypes.Count; i++)
        {
            if (!Match(signature.ArgumentTypes[i], argumentTypes[i], signature, types, numbers))
            {
                return false;
            }
        }
        returnType = signature.ReturnTypeResolver is { } resolver
            ? resolver(argumentTypes)
            : SqlType.Parse(Substitute(signature.ReturnType, types, numbers));
        return true;
    }

    /// <summary>The concrete type text of a pattern with every variable replaced (used to check that patterns parse).</summary>
    public static string Substitute(TypeSignature pattern, IReadOnlyDictionary<string, SqlType> types, IReadOnlyDictionary<string, long> numbers)
    {
        if (types.TryGetValue(pattern.Base, out SqlType? bound))
        {
            return bound.Name;
        }
        if (pattern.Parameters.Count == 0)
        {
            return pattern.Base;
        }
        var parts = pattern.Parameters.Select(p => p.Type is { } type ? Substitute(type, types, numbers)
            : p.Number is { } number ? number.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : numbers[p.Variable!].ToString(System.Globalization.CultureInfo.InvariantCulture));
        return pattern.Base + "(" + string.Join(",", parts) + ")";
    }

    private static bool Match(TypeSignature pattern, SqlType actual, FunctionSignature signature, Dictionary<string, SqlType> types, Dictionary<string, long> numbers)
    {
        TypeVariable? variable = signature.TypeVariables.FirstOrDefault(v => v.Name == pattern.Base);
        if (variable is not null)
        {
            if ((variable.Comparable && !actual.IsComparable) || (variable.Orderable && !actual.IsOrderable))
            {
                return false;
            }
            if (types.TryGetValue(variable.Name, out SqlType? previous))
            {
                return previous == actual;
            }
            types[variable.Name] = actual;
            return true;
        }
        switch (pattern.Base)
        {
            case "decimal" when actual is DecimalType decimalType:
                return MatchNumber(pattern.Parameters[0], decimalType.Precision, numbers) && MatchNumber(pattern.Parameters[1], decimalType.Scale, numbers);
            case "array" when actual is ArrayType arrayType:
                return Match(pattern.Parameters[0].Type!, arrayType.Element, signature, types, numbers);
            case "map" when actual is MapType mapType:
                return Match(pattern.Parameters[0].Type!, mapType.Key, signature, types, numbers)
                    && Match(pattern.Parameters[1].Type!, mapType.Value, signature, types, numbers);
            default:
                return pattern.Parameters.Count == 0 && SqlType.Parse(pattern.Base) == actual;
        }
    }

    private static bool MatchNumber(TypeSignatureParameter parameter, long actual, Dictionary<string, long> numbers)
    {
        if (parameter.Number is { } number)
        {
            return number == actual;
        }
        if (numbers.TryGetValue(parameter.Variable!, out long previous))
        {
            return previous == actual;
        }
        numbers[parameter.Variable!] = actual;
        return true;
    }
}
