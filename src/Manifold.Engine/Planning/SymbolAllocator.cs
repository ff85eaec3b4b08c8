using Manifold.Spi.Types;

namespace Manifold.Engine.Planning;

/// <summary>Hands out symbols with unique ids for one query. Not thread-safe.</summary>
public sealed class SymbolAllocator
{
    private int _next;

    /// <summary>A new symbol; <paramref name="nameHint"/> is cleaned to a short identifier-like name.</summary>
    public Symbol New(string nameHint, SqlType type)
    {
        string name = Clean(nameHint);
        return new Symbol(_next++, name, type);
    }

    /// <summary>A new symbol with the name and type of <paramref name="template"/>.</summary>
    public Symbol Copy(Symbol template) => new(_next++, template.Name, template.Type);

    private static string Clean(string hint)
    {
        if (hint.Length == 0)
        {
            return "expr";
        }
        Span<char> buffer = stackalloc char[Math.Min(hint.Length, 32)];
        int length = 0;
        foreach (char c in hint)
        {
            if (length == buffer.Length)
            {
                break;
            }
            buffer[length++] = char.IsLetterOrDigit(c) || c == '_' ? char.ToLowerInvariant(c) : '_';
        }
        return new string(buffer[..length]);
    }
}
