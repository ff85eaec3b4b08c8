using Manifold.Engine.Metadata;
using Manifold.Spi.Errors;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Analysis;

/// <summary>Resolves a function or operator name and argument types to one overload, as Trino does: an exact match if there
/// is one, else the applicable overload with the cheapest implicit coercions.</summary>
public sealed class FunctionResolver(FunctionRegistry registry)
{
    /// <summary>A resolved function.</summary>
    /// <param name="Entry">The registry entry.</param>
    /// <param name="Binding">The bound signature (argument types to coerce to, return type).</param>
    public sealed record Resolution(FunctionEntry Entry, BoundFunction Binding);

    /// <summary>The registry.</summary>
    public FunctionRegistry Registry => registry;

    /// <summary>Whether any function of the kind exists under the name.</summary>
    public bool Exists(string name, FunctionKind kind) => registry.Lookup(name).Any(e => e.Attribute.Kind == kind);

    /// <summary>Resolves a call; throws FUNCTION_NOT_FOUND (functions) or TYPE_MISMATCH (operators) when nothing applies.</summary>
    public Resolution Resolve(string name, IReadOnlyList<SqlType> argumentTypes, FunctionKind? kind, SourceLocation? location)
        => TryResolve(name, argumentTypes, kind) ?? throw NotFound(name, argumentTypes, kind, location);

    /// <summary>Resolves a call, or null when no overload applies.</summary>
    public Resolution? TryResolve(string name, IReadOnlyList<SqlType> argumentTypes, FunctionKind? kind)
    {
        Resolution? best = null;
        int bestCost = int.MaxValue;
        foreach (FunctionEntry entry in registry.Lookup(name))
        {
            if (kind is { } wanted && entry.Attribute.Kind != wanted)
            {
                continue;
            }
            foreach (FunctionSignature signature in entry.Signatures)
            {
                if (SignatureBinder.Bind(signature, argumentTypes) is not { } binding || binding.Cost >= bestCost)
                {
                    continue;
                }
                bestCost = binding.Cost;
                best = new Resolution(entry, new BoundFunction(entry.Name, binding.ArgumentTypes, binding.ReturnType, signature));
            }
        }
        return best;
    }

    private ManifoldException NotFound(string name, IReadOnlyList<SqlType> argumentTypes, FunctionKind? kind, SourceLocation? location)
    {
        string arguments = string.Join(", ", argumentTypes.Select(t => t.Name));
        if (name.StartsWith('$'))
        {
            string symbol = OperatorSymbol(name);
            string text = argumentTypes.Count == 2
                ? $"Cannot apply operator: {argumentTypes[0].Name} {symbol} {argumentTypes[1].Name}"
                : $"Cannot apply operator: {symbol}({arguments})";
            return new ManifoldException(StandardErrorCode.TypeMismatch, text, location);
        }
        var entries = registry.Lookup(name).Where(e => kind is null || e.Attribute.Kind == kind).ToArray();
        if (entries.Length == 0)
        {
            return new ManifoldException(StandardErrorCode.FunctionNotFound, $"Function '{name}' not registered", location);
        }
        string expected = string.Join(", ", entries.SelectMany(e => e.Signatures.Select(s => $"{e.Name}({s.ArgumentsText})")));
        return new ManifoldException(
            StandardErrorCode.FunctionNotFound, $"Unexpected parameters ({arguments}) for function {name}. Expected: {expected}", location);
    }

    /// <summary>The SQL spelling of an operator function name (<c>$add</c> → <c>+</c>).</summary>
    public static string OperatorSymbol(string name) => name switch
    {
        "$add" => "+",
        "$subtract" => "-",
        "$multiply" => "*",
        "$divide" => "/",
        "$modulus" => "%",
        "$negate" => "-",
        "$equal" => "=",
        "$not_equal" => "<>",
        "$less_than" => "<",
        "$less_than_or_equal" => "<=",
        "$greater_than" => ">",
        "$greater_than_or_equal" => ">=",
        "$is_distinct_from" => "IS DISTINCT FROM",
        "$like" => "LIKE",
        _ => name.TrimStart('$'),
    };
}
