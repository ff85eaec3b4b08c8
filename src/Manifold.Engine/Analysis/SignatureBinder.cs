using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Analysis;

/// <summary>Binds a function signature's type patterns to actual argument types, allowing implicit coercions.</summary>
public static class SignatureBinder
{
    /// <summary>The result of binding: the types the arguments must be coerced to, the return type, and the total coercion
    /// cost (0 for an exact match).</summary>
    public sealed record Binding(IReadOnlyList<SqlType> ArgumentTypes, SqlType ReturnType, int Cost);

    private const long Unbounded = -1;

    /// <summary>Binds <paramref name="signature"/> to <paramref name="actual"/>; null when it does not apply.</summary>
    public static Binding? Bind(FunctionSignature signature, IReadOnlyList<SqlType> actual)
    {
        List<TypeSignature> patterns = ExpandVariadic(signature, actual.Count);
        if (patterns.Count != actual.Count)
        {
            return null;
        }
        var candidates = new Dictionary<string, List<SqlType>>(StringComparer.Ordinal);
        var numbers = new Dictionary<string, long>(StringComparer.Ordinal);
        var variables = signature.TypeVariables.ToDictionary(v => v.Name, StringComparer.Ordinal);
        for (int i = 0; i < patterns.Count; i++)
        {
            if (!Collect(patterns[i], actual[i], variables, candidates, numbers))
            {
                return null;
            }
        }
        var bound = new Dictionary<string, SqlType>(StringComparer.Ordinal);
        foreach (var (name, variable) in variables)
        {
            SqlType? type = candidates.TryGetValue(name, out var list) ? TypeCoercion.CommonSuperType(list) : SqlType.Unknown;
            if (type is null)
            {
                return null;
            }
            if ((variable.Comparable && type.Kind != TypeKind.Unknown && !type.IsComparable)
                || (variable.Orderable && type.Kind != TypeKind.Unknown && !type.IsOrderable))
            {
                return null;
            }
            bound[name] = type;
        }
        var argumentTypes = new SqlType[actual.Count];
        int cost = 0;
        for (int i = 0; i < actual.Count; i++)
        {
            SqlType? target = Substitute(patterns[i], bound, numbers);
            if (target is null || TypeCoercion.CoercionCost(actual[i], target) is not { } step)
            {
                return null;
            }
            argumentTypes[i] = target;
            cost += step;
        }
        SqlType? returnType;
        try
        {
            returnType = signature.ReturnTypeResolver is { } resolver ? resolver(argumentTypes) : Substitute(signature.ReturnType, bound, numbers);
        }
        catch (ArgumentException)
        {
            return null;
        }
        return returnType is null ? null : new Binding(argumentTypes, returnType, cost);
    }

    private static List<TypeSignature> ExpandVariadic(FunctionSignature signature, int count)
    {
        var patterns = new List<TypeSignature>(signature.ArgumentTypes);
        if (signature.Variadic && patterns.Count > 0)
        {
            TypeSignature last = patterns[^1];
            while (patterns.Count < count)
            {
                patterns.Add(last);
            }
        }
        return patterns;
    }

    private static bool Collect(
        TypeSignature pattern, SqlType actual, Dictionary<string, TypeVariable> variables,
        Dictionary<string, List<SqlType>> candidates, Dictionary<string, long> numbers)
    {
        if (variables.ContainsKey(pattern.Base))
        {
            if (!candidates.TryGetValue(pattern.Base, out var list))
            {
                candidates[pattern.Base] = list = [];
            }
            list.Add(actual);
            return true;
        }
        if (actual.Kind == TypeKind.Unknown)
        {
            return true;
        }
        switch (pattern.Base)
        {
            case "array":
                return actual is ArrayType array && Collect(pattern.Parameters[0].Type!, array.Element, variables, candidates, numbers);
            case "map":
                return actual is MapType map
                       && Collect(pattern.Parameters[0].Type!, map.Key, variables, candidates, numbers)
                       && Collect(pattern.Parameters[1].Type!, map.Value, variables, candidates, numbers);
            case "row":
            {
                if (actual is not RowType row || row.Fields.Count != pattern.Parameters.Count)
                {
                    return false;
                }
                for (int i = 0; i < row.Fields.Count; i++)
                {
                    if (!Collect(pattern.Parameters[i].Type!, row.Fields[i].Type, variables, candidates, numbers))
                    {
                        return false;
                    }
                }
                return true;
            }
            case "decimal":
            {
                DecimalType? value = actual as DecimalType ?? (actual.IsIntegral ? TypeCoercion.IntegralAsDecimal(actual) : null);
                if (value is null)
                {
                    // Not a decimal: the argument may still coerce to a concrete decimal pattern (checked later).
                    return pattern.Parameters.All(p => p.Variable is null);
                }
                BindNumber(pattern, 0, value.Precision, numbers);
                BindNumber(pattern, 1, value.Scale, numbers);
                return true;
            }
            case "varchar":
                if (actual is VarcharType varchar)
                {
                    BindNumber(pattern, 0, varchar.Length ?? Unbounded, numbers);
                }
                else if (actual is CharType charType)
                {
                    BindNumber(pattern, 0, charType.Length, numbers);
                }
                return true;
            case "char":
                if (actual is CharType fixedChar)
                {
                    BindNumber(pattern, 0, fixedChar.Length, numbers);
                }
                return true;
            case "timestamp" or "timestamp with time zone" or "time":
                if (actual is TimestampType timestamp)
                {
                    BindNumber(pattern, 0, timestamp.Precision, numbers);
                }
                else if (actual is TimestampWithTimeZoneType zoned)
                {
                    BindNumber(pattern, 0, zoned.Precision, numbers);
                }
                else if (actual is TimeType time)
                {
                    BindNumber(pattern, 0, time.Precision, numbers);
                }
                return true;
            default:
                return true;
        }
    }

    private static void BindNumber(TypeSignature pattern, int index, long value, Dictionary<string, long> numbers)
    {
        if (index < pattern.Parameters.Count && pattern.Parameters[index].Variable is { } name)
        {
            numbers.TryAdd(name, value);
        }
    }

    private static SqlType? Substitute(TypeSignature pattern, Dictionary<string, SqlType> bound, Dictionary<string, long> numbers)
    {
        if (bound.TryGetValue(pattern.Base, out SqlType? type))
        {
            return type;
        }
        long? Number(int index)
        {
            if (index >= pattern.Parameters.Count)
            {
                return null;
            }
            TypeSignatureParameter parameter = pattern.Parameters[index];
            if (parameter.Number is { } literal)
            {
                return literal;
            }
            return parameter.Variable is { } name && numbers.TryGetValue(name, out long value) ? value : null;
        }
        try
        {
            switch (pattern.Base)
            {
                case "array":
                    return Substitute(pattern.Parameters[0].Type!, bound, numbers) is { } element ? SqlType.CreateArray(element) : null;
                case "map":
                    return Substitute(pattern.Parameters[0].Type!, bound, numbers) is { } key
                           && Substitute(pattern.Parameters[1].Type!, bound, numbers) is { } value
                        ? SqlType.CreateMap(key, value)
                        : null;
                case "row":
                {
                    var fields = new List<RowField>();
                    foreach (TypeSignatureParameter parameter in pattern.Parameters)
                    {
                        if (Substitute(parameter.Type!, bound, numbers) is not { } field)
                        {
                            return null;
                        }
                        fields.Add(new RowField(null, field));
                    }
                    return SqlType.CreateRow(fields);
                }
                case "decimal":
                    if (pattern.Parameters.Count == 0)
                    {
                        return DecimalType.Create(DecimalType.MaxPrecision, 0);
                    }
                    return Number(0) is { } precision && Number(1) is { } scale ? DecimalType.Create((int)precision, (int)scale) : null;
                case "varchar":
                    if (pattern.Parameters.Count == 0)
                    {
                        return SqlType.Varchar;
                    }
                    return Number(0) is { } length ? (length == Unbounded ? SqlType.Varchar : SqlType.CreateVarchar((int)length)) : SqlType.Varchar;
                case "char":
                    return pattern.Parameters.Count == 0 ? SqlType.CreateChar(1) : Number(0) is { } charLength ? SqlType.CreateChar((int)charLength) : null;
                case "timestamp":
                    return SqlType.CreateTimestamp((int)(pattern.Parameters.Count == 0 ? TimestampType.DefaultPrecision : Number(0) ?? TimestampType.DefaultPrecision));
                case "timestamp with time zone":
                    return SqlType.CreateTimestampWithTimeZone((int)(pattern.Parameters.Count == 0 ? TimestampType.DefaultPrecision : Number(0) ?? TimestampType.DefaultPrecision));
                case "time":
                    return SqlType.CreateTime((int)(pattern.Parameters.Count == 0 ? TimeType.DefaultPrecision : Number(0) ?? TimeType.DefaultPrecision));
                default:
                    return SqlType.Parse(pattern.ToString());
            }
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            return null;
        }
    }
}
