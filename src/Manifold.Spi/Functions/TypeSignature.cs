using System.Text;
using Manifold.Spi.Types;

namespace Manifold.Spi.Functions;

/// <summary>A type pattern in a function signature: a concrete type (<c>bigint</c>), a type variable (<c>T</c>), or a
/// parametric type over variables (<c>array(T)</c>, <c>map(K,V)</c>, <c>decimal(p,s)</c>, <c>varchar(x)</c>).</summary>
/// <remarks>
/// Type variables are the names declared in <see cref="FunctionSignature.TypeVariables"/>. Numeric parameters are
/// either literal numbers or lower-case names (<c>p</c>, <c>s</c>, <c>x</c>) that bind to the actual type's parameter.
/// Parse with <see cref="Parse"/>; the text follows Trino's type names.
/// </remarks>
public sealed class TypeSignature
{
    private TypeSignature(string baseName, IReadOnlyList<TypeSignatureParameter> parameters)
    {
        Base = baseName;
        Parameters = parameters;
    }

    /// <summary>The base name, lower case for types (<c>array</c>, <c>decimal</c>) and as declared for variables (<c>T</c>).</summary>
    public string Base { get; }

    /// <summary>The parameters, for parametric types.</summary>
    public IReadOnlyList<TypeSignatureParameter> Parameters { get; }

    /// <summary>Parses a pattern such as <c>array(T)</c> or <c>decimal(p,s)</c>.</summary>
    public static TypeSignature Parse(string text)
    {
        int position = 0;
        TypeSignature signature = ParseAt(text, ref position);
        SkipBlanks(text, ref position);
        return position == text.Length ? signature : throw new FormatException($"Unexpected text in type signature '{text}'");
    }

    /// <summary>The signature of a concrete type.</summary>
    public static TypeSignature Of(SqlType type) => Parse(type.Name);

    /// <inheritdoc />
    public override string ToString()
    {
        if (Parameters.Count == 0)
        {
            return Base;
        }
        // "timestamp with time zone" takes its parameters after the first word: timestamp(p) with time zone.
        int space = Base.IndexOf(' ', StringComparison.Ordinal);
        var builder = new StringBuilder(space < 0 ? Base : Base[..space]).Append('(');
        for (int i = 0; i < Parameters.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }
            builder.Append(Parameters[i]);
        }
        builder.Append(')');
        return (space < 0 ? builder : builder.Append(Base, space, Base.Length - space)).ToString();
    }

    private static TypeSignature ParseAt(string text, ref int position)
    {
        SkipBlanks(text, ref position);
        int start = position;
        while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] == '_'))
        {
            position++;
        }
        if (start == position)
        {
            throw new FormatException($"Expected a type in '{text}' at {start + 1}");
        }
        string name = text[start..position];
        // Multi-word types: "timestamp(p) with time zone", "interval day to second", "double precision".
        var parameters = new List<TypeSignatureParameter>();
        SkipBlanks(text, ref position);
        if (position < text.Length && text[position] == '(')
        {
            position++;
            while (true)
            {
                SkipBlanks(text, ref position);
                if (position < text.Length && char.IsAsciiDigit(text[position]))
                {
                    int numberStart = position;
                    while (position < text.Length && char.IsAsciiDigit(text[position]))
                    {
                        position++;
                    }
                    parameters.Add(TypeSignatureParameter.OfNumber(long.Parse(text.AsSpan(numberStart, position - numberStart))));
                }
                else
                {
                    int save = position;
                    TypeSignature inner = ParseAt(text, ref position);
                    bool isLowerName = inner.Parameters.Count == 0 && inner.Base.Length <= 2 && char.IsLower(inner.Base[0])
                        && !IsKnownTypeName(inner.Base);
                    parameters.Add(isLowerName ? TypeSignatureParameter.OfVariable(inner.Base) : TypeSignatureParameter.OfType(inner));
                    _ = save;
                }
                SkipBlanks(text, ref position);
                if (position < text.Length && text[position] == ',')
                {
                    position++;
                    continue;
                }
                if (position < text.Length && text[position] == ')')
                {
                    position++;
                    break;
                }
                throw new FormatException($"Expected ',' or ')' in type signature '{text}'");
            }
        }
        string lower = name.ToLowerInvariant();
        if (lower is "timestamp" or "time" && TryWords(text, ref position, "with", "time", "zone"))
        {
            name = lower + " with time zone";
        }
        else if (lower == "interval")
        {
            int save = position;
            if (TryWords(text, ref position, "day", "to", "second"))
            {
                name = "interval day to second";
            }
            else if (TryWords(text, ref position, "year", "to", "month"))
            {
                name = "interval year to month";
            }
            else
            {
                position = save;
            }
        }
        else if (lower == "double")
        {
            TryWords(text, ref position, "precision");
        }
        bool isVariable = name.Length <= 2 && char.IsUpper(name[0]);
        return new TypeSignature(isVariable ? name : name.ToLowerInvariant(), parameters);
    }

    private static bool IsKnownTypeName(string name) => name is "int";

    private static bool TryWords(string text, ref int position, params string[] words)
    {
        int save = position;
        foreach (string word in words)
        {
            SkipBlanks(text, ref position);
            if (position + word.Length > text.Length
                || !text.AsSpan(position, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                position = save;
                return false;
            }
            position += word.Length;
        }
        return true;
    }

    private static void SkipBlanks(string text, ref int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }
}

/// <summary>One parameter of a <see cref="TypeSignature"/>: a type, a literal number or a numeric variable.</summary>
public sealed class TypeSignatureParameter
{
    private TypeSignatureParameter(TypeSignature? type, long? number, string? variable)
    {
        Type = type;
        Number = number;
        Variable = variable;
    }

    /// <summary>The type, when the parameter is a type.</summary>
    public TypeSignature? Type { get; }

    /// <summary>The number, when the parameter is a literal number.</summary>
    public long? Number { get; }

    /// <summary>The variable name, when the parameter is a numeric variable such as <c>p</c>.</summary>
    public string? Variable { get; }

    /// <summary>A type parameter.</summary>
    public static TypeSignatureParameter OfType(TypeSignature type) => new(type, null, null);

    /// <summary>A literal number.</summary>
    public static TypeSignatureParameter OfNumber(long number) => new(null, number, null);

    /// <summary>A numeric variable.</summary>
    public static TypeSignatureParameter OfVariable(string name) => new(null, null, name);

    /// <inheritdoc />
    public override string ToString() => Type?.ToString() ?? Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Variable!;
}
