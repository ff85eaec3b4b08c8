using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Manifold.Engine.Functions.Support;

/// <summary>Compiles Trino (Java-syntax) regular expressions to .NET <see cref="Regex"/>, with a shared cache.</summary>
/// <remarks>
/// Translates the Java-only syntax that is cheap to translate: <c>\Q…\E</c> quoting, POSIX classes such as
/// <c>\p{Alpha}</c>, <c>\h</c>, and possessive quantifiers (as atomic groups where they follow a single atom).
/// Everything else is passed through; .NET's syntax is a superset of most of Java's. An invalid pattern raises
/// INVALID_FUNCTION_ARGUMENT.
/// </remarks>
internal static class JavaRegex
{
    private const int CacheLimit = 1024;
    private static readonly ConcurrentDictionary<string, Regex> s_cache = new(StringComparer.Ordinal);

    /// <summary>The regex for <paramref name="pattern"/>, from the cache when possible.</summary>
    public static Regex Get(string pattern, bool compiled)
    {
        if (s_cache.TryGetValue(pattern, out Regex? regex))
        {
            return regex;
        }
        regex = Compile(pattern, compiled);
        if (s_cache.Count >= CacheLimit)
        {
            s_cache.Clear();
        }
        s_cache[pattern] = regex;
        return regex;
    }

    /// <summary>Compiles <paramref name="pattern"/>; fails with INVALID_FUNCTION_ARGUMENT when it is not a valid pattern.</summary>
    public static Regex Compile(string pattern, bool compiled)
    {
        try
        {
            RegexOptions options = RegexOptions.CultureInvariant | (compiled ? RegexOptions.Compiled : RegexOptions.None);
            return new Regex(Translate(pattern), options);
        }
        catch (ArgumentException e)
        {
            throw FunctionErrors.InvalidArgumentException($"Invalid regular expression '{pattern}': {e.Message}");
        }
    }

    /// <summary>Rewrites Java-only syntax into .NET syntax.</summary>
    public static string Translate(string pattern)
    {
        if (pattern.IndexOf('\\') < 0 && pattern.IndexOf('+') < 0)
        {
            return pattern;
        }
        var builder = new StringBuilder(pattern.Length + 16);
        int lastAtomStart = -1;
        bool afterQuantifier = false;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                char next = pattern[i + 1];
                lastAtomStart = builder.Length;
                afterQuantifier = false;
                if (next == 'Q')
                {
                    int end = pattern.IndexOf("\\E", i + 2, StringComparison.Ordinal);
                    string literal = end < 0 ? pattern[(i + 2)..] : pattern[(i + 2)..end];
                    builder.Append("(?:").Append(Regex.Escape(literal)).Append(')');
                    i = end < 0 ? pattern.Length : end + 1;
                    continue;
                }
                if (next == 'h')
                {
                    builder.Append(@"[ \t\xA0\u1680\u180e\u2000-\u200a\u202f\u205f\u3000]");
                    i++;
                    continue;
                }
                if ((next == 'p' || next == 'P') && i + 2 < pattern.Length && pattern[i + 2] == '{')
                {
                    int close = pattern.IndexOf('}', i + 3);
                    if (close > 0 && PosixClass(pattern[(i + 3)..close]) is { } set)
                    {
                        builder.Append(next == 'p' ? "[" + set + "]" : "[^" + set + "]");
                        i = close;
                        continue;
                    }
                }
                builder.Append(c).Append(next);
                i++;
                continue;
            }
            if (c == '[')
            {
                // A character class is one atom: copy it through to its closing bracket.
                lastAtomStart = builder.Length;
                afterQuantifier = false;
                int j = i + 1;
                if (j < pattern.Length && pattern[j] == '^')
                {
                    j++;
                }
                if (j < pattern.Length && pattern[j] == ']')
                {
                    j++;
                }
                int depth = 1;
                for (; j < pattern.Length && depth > 0; j++)
                {
                    if (pattern[j] == '\\')
                    {
                        j++;
                    }
                    else if (pattern[j] == '[')
                    {
                        depth++;
                    }
                    else if (pattern[j] == ']')
                    {
                        depth--;
                    }
                }
                builder.Append(pattern, i, Math.Min(j, pattern.Length) - i);
                i = j - 1;
                continue;
            }
            if (c == '+' && afterQuantifier && lastAtomStart >= 0)
            {
                // Possessive quantifier X*+ becomes the atomic group (?>X*).
                builder.Insert(lastAtomStart, "(?>").Append(')');
                afterQuantifier = false;
                continue;
            }
            if (c is '*' or '+' or '?')
            {
                // '?' right after a quantifier makes it lazy; nothing may follow that.
                afterQuantifier = !(c == '?' && afterQuantifier);
                builder.Append(c);
                continue;
            }
            if (c == '{' && i + 1 < pattern.Length && char.IsAsciiDigit(pattern[i + 1]))
            {
                int close = pattern.IndexOf('}', i);
                if (close > 0)
                {
                    builder.Append(pattern, i, close - i + 1);
                    i = close;
                    afterQuantifier = true;
                    continue;
                }
            }
            lastAtomStart = c == ')' ? FindGroupStart(builder) : builder.Length;
            afterQuantifier = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Turns a Java replacement string (<c>$1</c>, <c>${name}</c>, <c>\$</c>) into a .NET one.</summary>
    public static string TranslateReplacement(string replacement, Regex regex)
    {
        if (replacement.IndexOf('$') < 0 && replacement.IndexOf('\\') < 0)
        {
            return replacement;
        }
        var builder = new StringBuilder(replacement.Length + 8);
        int groupCount = regex.GetGroupNumbers().Length - 1;
        for (int i = 0; i < replacement.Length; i++)
        {
            char c = replacement[i];
            if (c == '\\')
            {
                if (i + 1 >= replacement.Length)
                {
                    FunctionErrors.InvalidArgument("character to be escaped is missing");
                }
                char escaped = replacement[++i];
                builder.Append(escaped == '$' ? "$$" : escaped.ToString());
                continue;
            }
            if (c != '$')
            {
                builder.Append(c);
                continue;
            }
            if (i + 1 < replacement.Length && replacement[i + 1] == '{')
            {
                int close = replacement.IndexOf('}', i + 2);
                if (close < 0)
                {
                    FunctionErrors.InvalidArgument("named capturing group is missing trailing '}'");
                }
                string name = replacement[(i + 2)..close];
                if (regex.GroupNumberFromName(name) < 0)
                {
                    FunctionErrors.InvalidArgument($"No group with name {{{name}}}");
                }
                builder.Append("${").Append(name).Append('}');
                i = close;
                continue;
            }
            if (i + 1 >= replacement.Length || !char.IsAsciiDigit(replacement[i + 1]))
            {
                FunctionErrors.InvalidArgument("Illegal group reference");
            }
            // Java takes as many digits as still name an existing group.
            int group = replacement[++i] - '0';
            if (group > groupCount)
            {
                FunctionErrors.InvalidArgument($"No group {group}");
            }
            while (i + 1 < replacement.Length && char.IsAsciiDigit(replacement[i + 1]) && group * 10 + (replacement[i + 1] - '0') <= groupCount)
            {
                group = group * 10 + (replacement[++i] - '0');
            }
            builder.Append("${").Append(group).Append('}');
        }
        return builder.ToString();
    }

    private static int FindGroupStart(StringBuilder builder)
    {
        int depth = 0;
        for (int i = builder.Length - 1; i >= 0; i--)
        {
            char c = builder[i];
            bool escaped = i > 0 && builder[i - 1] == '\\';
            if (escaped)
            {
                continue;
            }
            if (c == ')')
            {
                depth++;
            }
            else if (c == '(' && --depth == 0)
            {
                return i;
            }
        }
        return 0;
    }

    private static string? PosixClass(string name) => name switch
    {
        "Lower" => "a-z",
        "Upper" => "A-Z",
        "ASCII" => @"\x00-\x7F",
        "Alpha" => "a-zA-Z",
        "Digit" => "0-9",
        "Alnum" => "a-zA-Z0-9",
        "Punct" => @"!-/:-@\[-`{-~",
        "Graph" => @"!-~",
        "Print" => @" -~",
        "Blank" => @" \t",
        "Cntrl" => @"\x00-\x1F\x7F",
        "XDigit" => "0-9a-fA-F",
        "Space" => @" \t\n\x0B\f\r",
        "javaLowerCase" => @"\p{Ll}",
        "javaUpperCase" => @"\p{Lu}",
        "javaWhitespace" => @"\s",
        "IsAlphabetic" => @"\p{L}\p{Nl}",
        "IsDigit" => @"\p{Nd}",
        "IsLetter" => @"\p{L}",
        "IsLatin" => @"\p{IsBasicLatin}\p{IsLatin-1Supplement}\p{IsLatinExtended-A}\p{IsLatinExtended-B}",
        "IsWhite_Space" or "IsWhiteSpace" => @"\s",
        "IsPunctuation" => @"\p{P}",
        "IsUppercase" => @"\p{Lu}",
        "IsLowercase" => @"\p{Ll}",
        _ => null,
    };
}
