using System.Collections;
using System.Globalization;
using System.Reflection;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Errors;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Tests.Functions.Scalar;

/// <summary>One typed argument of a test call.</summary>
public sealed record Arg(SqlType Type, object? Value);

/// <summary>Finds built-in scalar functions by name, binds them to exact argument types (a small stand-in for the
/// engine's resolver) and evaluates them with every argument flat, constant and dictionary encoded, checking that all
/// encodings agree.</summary>
public static class FunctionTester
{
    private static readonly Lazy<Dictionary<string, (IScalarFunction Function, ScalarFunctionAttribute Attribute)>> s_functions = new(Discover);

    /// <summary>The session context used by tests: UTC unless a zone is given, started 2001-08-22 03:04:05.321 UTC.</summary>
    public static FunctionContext Context { get; set; } = new(TimeZoneKey.Utc, new DateTimeOffset(2001, 8, 22, 3, 4, 5, 321, TimeSpan.Zero), "test");

    /// <summary>Every registered function class with its attribute.</summary>
    public static IReadOnlyDictionary<string, (IScalarFunction Function, ScalarFunctionAttribute Attribute)> All => s_functions.Value;

    private static Dictionary<string, (IScalarFunction, ScalarFunctionAttribute)> Discover()
    {
        var result = new Dictionary<string, (IScalarFunction, ScalarFunctionAttribute)>(StringComparer.OrdinalIgnoreCase);
        foreach (Type type in typeof(ScalarKernel).Assembly.GetTypes())
        {
            if (type.GetCustomAttribute<ScalarFunctionAttribute>() is not { } attribute || type.IsAbstract)
            {
                continue;
            }
            var function = (IScalarFunction)Activator.CreateInstance(type, nonPublic: true)!;
            result.Add(attribute.Name, (function, attribute));
            foreach (string alias in attribute.Aliases)
            {
                result.Add(alias, (function, attribute));
            }
        }
        return result;
    }

    /// <summary>Binds <paramref name="name"/> to the argument types, as the engine's resolver would for exact types.</summary>
    public static BoundFunction Bind(string name, IReadOnlyList<SqlType> argumentTypes)
    {
        if (!All.TryGetValue(name, out var entry))
        {
            throw new InvalidOperationException($"No function '{name}'");
        }
        foreach (FunctionSignature signature in entry.Function.Signatures)
        {
            if (TryBind(signature, argumentTypes, out SqlType? returnType))
            {
                return new BoundFunction(name, argumentTypes, returnType!, signature);
            }
        }
        throw new InvalidOperationException($"No overload of {name} for ({string.Join(", ", argumentTypes)})");
    }

    /// <summary>The result of one call, checked to agree across encodings; returns the boxed physical value.</summary>
    public static object? Call(string name, params Arg[] args) => Evaluate(name, args).Value;

    /// <summary>The bound return type of a call.</summary>
    public static SqlType TypeOf(string name, params Arg[] args) => Bind(name, args.Select(a => a.Type).ToArray()).ReturnType;

    /// <summary>Asserts that the call fails with <paramref name="code"/>, in every encoding.</summary>
    public static ManifoldException Fails(ErrorCode code, string name, params Arg[] args)
    {
        BoundFunction bound = Bind(name, args.Select(a => a.Type).ToArray());
        IScalarKernel kernel = All[name].Function.Specialize(bound);
        ManifoldException? first = null;
        foreach (Func<Arg, int, Vector> encode in Encodings)
        {
            var exception = Assert.Throws<ManifoldException>(() => kernel.Evaluate(args.Select(a => encode(a, 3)).ToArray(), 3, Context));
            Assert.Equal(code, exception.ErrorCode);
            first ??= exception;
        }
        return first!;
    }

    /// <summary>Evaluates a call in every encoding and returns the agreed value and the type.</summary>
    public static (SqlType Type, object? Value) Evaluate(string name, params Arg[] args)
    {
        BoundFunction bound = Bind(name, args.Select(a => a.Type).ToArray());
        IScalarKernel kernel = All[name].Function.Specialize(bound);
        Vector single = kernel.Evaluate(args.Select(a => Flat(a, 1)).ToArray(), 1, Context);
        Assert.Equal(1, single.Count);
        Assert.Equal(bound.ReturnType, single.Type);
        object? expected = single.GetObject(0);
        foreach (Func<Arg, int, Vector> encode in Encodings)
        {
            Vector result = kernel.Evaluate(args.Select(a => encode(a, 3)).ToArray(), 3, Context);
            Assert.Equal(3, result.Count);
            Assert.Equal(bound.ReturnType, result.Type);
            for (int row = 0; row < 3; row++)
            {
                AssertSame(expected, result.GetObject(row));
            }
        }
        return (bound.ReturnType, expected);
    }

    /// <summary>Evaluates a call over whole columns (one <see cref="Arg"/> list per row), flat encoded.</summary>
    public static object?[] EvaluateRows(string name, IReadOnlyList<SqlType> types, IReadOnlyList<object?[]> rows)
    {
        BoundFunction bound = Bind(name, types);
        IScalarKernel kernel = All[name].Function.Specialize(bound);
        var columns = new Vector[types.Count];
        for (int c = 0; c < types.Count; c++)
        {
            VectorBuilder builder = VectorBuilder.Create(types[c], rows.Count);
            foreach (object?[] row in rows)
            {
                builder.AppendObject(row[c]);
            }
            columns[c] = builder.Build();
        }
        Vector result = kernel.Evaluate(columns, rows.Count, Context);
        var values = new object?[rows.Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = result.GetObject(i);
        }
        return values;
    }

    private static readonly Func<Arg, int, Vector>[] Encodings = [Flat, Constant, Dictionary];

    private static Vector Flat(Arg arg, int count)
    {
        VectorBuilder builder = VectorBuilder.Create(arg.Type, count);
        for (int i = 0; i < count; i++)
        {
            builder.AppendObject(arg.Value);
        }
        return builder.Build();
    }

    private static Vector Constant(Arg arg, int count) => ConstantVector.Of(arg.Type, arg.Value, count);

    private static Vector Dictionary(Arg arg, int count)
    {
        VectorBuilder builder = VectorBuilder.Create(arg.Type, 2);
        builder.AppendNull();
        builder.AppendObject(arg.Value);
        int[] ids = new int[count];
        Array.Fill(ids, 1);
        return new DictionaryVector(builder.Build(), ids, count);
    }

    /// <summary>Deep equality of boxed values (arrays element-wise, NaN equal to NaN).</summary>
    public static void AssertSame(object? expected, object? actual)
    {
        if (!Same(expected, actual))
        {
            Assert.Fail($"Expected {Show(expected)} but got {Show(actual)}");
        }
    }

    public static bool Same(object? expected, object? actual)
    {
        switch (expected)
        {
            case null:
                return actual is null;
            case double d when actual is double ad:
                return d.Equals(ad);
            case float f when actual is float af:
                return f.Equals(af);
            case string s:
                return actual is string text && s == text;
            case byte[] bytes:
                return actual is byte[] blob && bytes.AsSpan().SequenceEqual(blob);
            case MapValue map:
            {
                if (actual is not MapValue other || other.Entries.Count != map.Entries.Count)
                {
                    return false;
                }
                for (int i = 0; i < map.Entries.Count; i++)
                {
                    if (!Same(map.Entries[i].Key, other.Entries[i].Key) || !Same(map.Entries[i].Value, other.Entries[i].Value))
                    {
                        return false;
                    }
                }
                return true;
            }
            case IList list:
            {
                if (actual is not IList other || other.Count != list.Count)
                {
                    return false;
                }
                for (int i = 0; i < list.Count; i++)
                {
                    if (!Same(list[i], other[i]))
                    {
                        return false;
                    }
                }
                return true;
            }
            default:
                return expected.Equals(actual);
        }
    }

    public static string Show(object? value) => value switch
    {
        null => "NULL",
        string s => $"'{s}' (string)",
        byte[] b => "X'" + Convert.ToHexString(b) + "'",
        MapValue m => "MAP{" + string.Join(", ", m.Entries.Select(e => Show(e.Key) + "=" + Show(e.Value))) + "}",
        IList list => "[" + string.Join(", ", list.Cast<object?>().Select(Show)) + "]",
        IFormattable f => $"{f.ToString(null, CultureInfo.InvariantCulture)} ({value.GetType().Name})",
        _ => value.ToString() ?? "",
    };

    private static bool TryBind(FunctionSignature signature, IReadOnlyList<SqlType> actual, out SqlType? returnType)
    {
        returnType = null;
        int count = signature.ArgumentTypes.Count;
        if (signature.Variadic ? actual.Count < count : actual.Count != count)
        {
            return false;
        }
        var typeVariables = new Dictionary<string, SqlType>();
        var numbers = new Dictionary<string, long?>();
        var declared = signature.TypeVariables.Select(v => v.Name).ToHashSet();
        for (int i = 0; i < actual.Count; i++)
        {
            TypeSignature pattern = signature.ArgumentTypes[Math.Min(i, count - 1)];
            if (!Match(pattern, actual[i], declared, typeVariables, numbers))
            {
                return false;
            }
        }
        returnType = signature.ReturnTypeResolver is { } resolver
            ? resolver(actual)
            : Substitute(signature.ReturnType, declared, typeVariables, numbers);
        return true;
    }

    private static bool Match(TypeSignature pattern, SqlType actual, HashSet<string> declared,
        Dictionary<string, SqlType> typeVariables, Dictionary<string, long?> numbers)
    {
        if (declared.Contains(pattern.Base))
        {
            if (typeVariables.TryGetValue(pattern.Base, out SqlType? bound))
            {
                return bound == actual;
            }
            typeVariables[pattern.Base] = actual;
            return true;
        }
        IReadOnlyList<TypeSignatureParameter> parameters = pattern.Parameters;
        switch (actual)
        {
            case ArrayType array:
                return pattern.Base == "array" && Match(parameters[0].Type!, array.Element, declared, typeVariables, numbers);
            case MapType map:
                return pattern.Base == "map" && Match(parameters[0].Type!, map.Key, declared, typeVariables, numbers)
                    && Match(parameters[1].Type!, map.Value, declared, typeVariables, numbers);
            case RowType row:
                return pattern.Base == "row" && (parameters.Count == 0 || (parameters.Count == row.Fields.Count
                    && parameters.Select((p, i) => Match(p.Type!, row.Fields[i].Type, declared, typeVariables, numbers)).All(ok => ok)));
            case DecimalType d:
                return pattern.Base == "decimal" && (parameters.Count == 0 || (MatchNumber(parameters[0], d.Precision, numbers) && MatchNumber(parameters[1], d.Scale, numbers)));
            case VarcharType v:
                return pattern.Base == "varchar" && (parameters.Count == 0 || MatchNumber(parameters[0], v.Length, numbers));
            case CharType c:
                return pattern.Base == "char" && (parameters.Count == 0 || MatchNumber(parameters[0], c.Length, numbers));
            case TimestampType t:
                return pattern.Base == "timestamp" && (parameters.Count == 0 || MatchNumber(parameters[0], t.Precision, numbers));
            case TimestampWithTimeZoneType t:
                return pattern.Base == "timestamp with time zone" && (parameters.Count == 0 || MatchNumber(parameters[0], t.Precision, numbers));
            case TimeType t:
                return pattern.Base == "time" && (parameters.Count == 0 || MatchNumber(parameters[0], t.Precision, numbers));
            default:
                return parameters.Count == 0 && pattern.Base == actual.Name;
        }
    }

    private static bool MatchNumber(TypeSignatureParameter parameter, long? value, Dictionary<string, long?> numbers)
    {
        if (parameter.Number is { } literal)
        {
            return literal == value;
        }
        string name = parameter.Variable!;
        if (numbers.TryGetValue(name, out long? bound))
        {
            return bound == value;
        }
        numbers[name] = value;
        return true;
    }

    private static SqlType Substitute(TypeSignature pattern, HashSet<string> declared, Dictionary<string, SqlType> types, Dictionary<string, long?> numbers)
    {
        if (declared.Contains(pattern.Base))
        {
            return types[pattern.Base];
        }
        long? Number(int i) => pattern.Parameters[i].Number ?? numbers[pattern.Parameters[i].Variable!];
        return pattern.Base switch
        {
            "array" => SqlType.CreateArray(Substitute(pattern.Parameters[0].Type!, declared, types, numbers)),
            "map" => SqlType.CreateMap(Substitute(pattern.Parameters[0].Type!, declared, types, numbers), Substitute(pattern.Parameters[1].Type!, declared, types, numbers)),
            "row" => SqlType.CreateRow(pattern.Parameters.Select(p => new RowField(null, Substitute(p.Type!, declared, types, numbers))).ToList()),
            "decimal" when pattern.Parameters.Count == 2 => SqlType.CreateDecimal((int)Number(0)!, (int)Number(1)!),
            "varchar" when pattern.Parameters.Count == 1 => SqlType.CreateVarchar((int?)Number(0)),
            "timestamp" when pattern.Parameters.Count == 1 => SqlType.CreateTimestamp((int)Number(0)!),
            "timestamp with time zone" when pattern.Parameters.Count == 1 => SqlType.CreateTimestampWithTimeZone((int)Number(0)!),
            "time" when pattern.Parameters.Count == 1 => SqlType.CreateTime((int)Number(0)!),
            _ => SqlType.Parse(pattern.ToString()),
        };
    }
}
