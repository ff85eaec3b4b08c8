using Manifold.Spi.Types;

namespace Manifold.Spi.Functions;

/// <summary>One overload of a function: argument and return type patterns.</summary>
/// <param name="ArgumentTypes">Argument patterns; with <see cref="Variadic"/>, the last one repeats.</param>
/// <param name="ReturnType">The return type pattern, over the same variables.</param>
public sealed record FunctionSignature(IReadOnlyList<TypeSignature> ArgumentTypes, TypeSignature ReturnType)
{
    /// <summary>When true, the last argument may appear any number of times (at least once).</summary>
    public bool Variadic { get; init; }

    /// <summary>The type variables the patterns use, with their constraints.</summary>
    public IReadOnlyList<TypeVariable> TypeVariables { get; init; } = [];

    /// <summary>Computes the return type from the actual argument types when a pattern cannot express it
    /// (e.g. <c>round(decimal(p,s), integer)</c>); overrides <see cref="ReturnType"/> when set.</summary>
    public Func<IReadOnlyList<SqlType>, SqlType>? ReturnTypeResolver { get; init; }

    /// <summary>Creates a signature from type pattern texts: <c>Of("bigint", "varchar")</c> is <c>(varchar) → bigint</c>.</summary>
    public static FunctionSignature Of(string returnType, params string[] argumentTypes)
        => new(argumentTypes.Select(TypeSignature.Parse).ToArray(), TypeSignature.Parse(returnType));

    /// <summary>Creates a signature over the type variable <c>T</c> (declared with the given constraints).</summary>
    public static FunctionSignature Generic(TypeVariable[] variables, string returnType, params string[] argumentTypes)
        => Of(returnType, argumentTypes) with { TypeVariables = variables };

    /// <summary>The text SHOW FUNCTIONS prints for the arguments, e.g. <c>array(T), varchar</c>.</summary>
    public string ArgumentsText
    {
        get
        {
            string text = string.Join(", ", ArgumentTypes);
            return Variadic ? text + "..." : text;
        }
    }
}

/// <summary>A type variable of a generic signature and what the bound type must support.</summary>
/// <param name="Name">The variable name, e.g. <c>T</c>.</param>
/// <param name="Comparable">The type must support equality.</param>
/// <param name="Orderable">The type must support ordering.</param>
public sealed record TypeVariable(string Name, bool Comparable = false, bool Orderable = false)
{
    /// <summary>An unconstrained <c>T</c>.</summary>
    public static TypeVariable T { get; } = new("T");

    /// <summary>A comparable <c>T</c>.</summary>
    public static TypeVariable ComparableT { get; } = new("T", Comparable: true);

    /// <summary>An orderable <c>T</c>.</summary>
    public static TypeVariable OrderableT { get; } = new("T", Comparable: true, Orderable: true);
}

/// <summary>A signature bound to actual types at one call site.</summary>
/// <param name="Name">The function name as resolved.</param>
/// <param name="ArgumentTypes">The argument types after coercion.</param>
/// <param name="ReturnType">The return type.</param>
/// <param name="Signature">The overload that matched.</param>
public sealed record BoundFunction(string Name, IReadOnlyList<SqlType> ArgumentTypes, SqlType ReturnType, FunctionSignature Signature);
