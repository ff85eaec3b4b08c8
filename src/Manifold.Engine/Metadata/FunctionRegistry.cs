using System.Reflection;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Metadata;

/// <summary>All built-in functions, found by their attributes in the engine assembly, by lower-case name (aliases included).</summary>
public sealed class FunctionRegistry
{
    private readonly Dictionary<string, List<FunctionEntry>> _byName = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Registers the functions of the given assemblies.</summary>
    public FunctionRegistry(params Assembly[] assemblies)
    {
        foreach (Assembly assembly in assemblies)
        {
            foreach (Type type in assembly.GetTypes())
            {
                if (type.IsAbstract || type.GetCustomAttribute<FunctionAttribute>(inherit: false) is not { } attribute)
                {
                    continue;
                }
                object implementation = Activator.CreateInstance(type, nonPublic: true)
                    ?? throw new InvalidOperationException($"Cannot create function {type.FullName}");
                bool matchesKind = attribute.Kind switch
                {
                    FunctionKind.Scalar => implementation is IScalarFunction,
                    FunctionKind.Aggregate => implementation is IAggregateFunction,
                    FunctionKind.Window => implementation is IWindowFunction,
                };
                if (!matchesKind)
                {
                    throw new InvalidOperationException($"{type.FullName} is marked {attribute.Kind} but does not implement its interface");
                }
                Add(attribute.Name, attribute, implementation);
                foreach (string alias in attribute.Aliases)
                {
                    Add(alias, attribute, implementation);
                }
            }
        }
    }

    /// <summary>The registry of the engine's own built-in functions (created once).</summary>
    public static FunctionRegistry BuiltIn { get; } = new(typeof(FunctionRegistry).Assembly);

    /// <summary>Every entry, sorted by name.</summary>
    public IEnumerable<FunctionEntry> All => _byName.OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => p.Value);

    /// <summary>The entries registered under <paramref name="name"/> (case-insensitive), possibly of several kinds.</summary>
    public IReadOnlyList<FunctionEntry> Lookup(string name) => _byName.TryGetValue(name, out var entries) ? entries : [];

    private void Add(string name, FunctionAttribute attribute, object implementation)
    {
        if (!_byName.TryGetValue(name, out var list))
        {
            _byName[name] = list = [];
        }
        list.Add(new FunctionEntry(name.ToLowerInvariant(), attribute, implementation));
    }
}
