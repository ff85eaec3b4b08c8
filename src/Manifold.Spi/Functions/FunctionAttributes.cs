namespace Manifold.Spi.Functions;

/// <summary>Whether a function maps rows to values, folds groups of rows, or works over a window.</summary>
public enum FunctionKind
{
    /// <summary>One value per row.</summary>
    Scalar,
    /// <summary>One value per group.</summary>
    Aggregate,
    /// <summary>One value per row, computed over the row's window partition.</summary>
    Window,
}

/// <summary>Marks a built-in function class and carries its SQL name and documentation.</summary>
/// <remarks>The registry finds every non-abstract class with this attribute that implements the interface matching
/// <see cref="Kind"/> and has a parameterless constructor. <c>docs/functions.md</c> is generated from these.</remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public abstract class FunctionAttribute(string name, FunctionKind kind) : Attribute
{
    /// <summary>The snake_case SQL name.</summary>
    public string Name { get; } = name;

    /// <summary>What kind of function this is.</summary>
    public FunctionKind Kind { get; } = kind;

    /// <summary>One sentence: what the function returns.</summary>
    public string Description { get; set; } = "";

    /// <summary>An example call and its result, e.g. <c>length('héllo') = 5</c>.</summary>
    public string Example { get; set; } = "";

    /// <summary>Other names the function answers to.</summary>
    public string[] Aliases { get; set; } = [];

    /// <summary>False for functions like <c>random()</c> whose result may differ between calls with equal arguments.</summary>
    public bool Deterministic { get; set; } = true;
}

/// <summary>Marks an <see cref="IScalarFunction"/>.</summary>
public sealed class ScalarFunctionAttribute(string name) : FunctionAttribute(name, FunctionKind.Scalar);

/// <summary>Marks an <see cref="IAggregateFunction"/>.</summary>
public sealed class AggregateFunctionAttribute(string name) : FunctionAttribute(name, FunctionKind.Aggregate);

/// <summary>Marks an <see cref="IWindowFunction"/>.</summary>
public sealed class WindowFunctionAttribute(string name) : FunctionAttribute(name, FunctionKind.Window);
