using System.Text;
using System.Text.RegularExpressions;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>Base of the regexp_* kernels: the pattern is argument 1; a constant pattern is compiled once per kernel.</summary>
internal abstract class RegexKernel(SqlType returnType) : ScalarKernel(returnType)
{
    // Set once, then read by any thread: (pattern text, compiled regex) for the last constant pattern seen.
    private volatile Tuple<string, Regex>? _constant;

    /// <summary>Reads the pattern of each row.</summary>
    protected readonly struct PatternSource
    {
        private readonly Regex? _constant;
        private readonly BytesReader _patterns;

        public PatternSource(Regex? constant, BytesReader patterns)
        {
            _constant = constant;
            _patterns = patterns;
        }

        /// <summary>The regex of <paramref name="row"/>.</summary>
        public Regex this[int row] => _constant ?? JavaRegex.Get(_patterns.GetString(row), compiled: false);
    }

    /// <summary>The per-row pattern source for the pattern argument.</summary>
    protected PatternSource Patterns(Vector patterns)
    {
        BytesReader reader = BytesReader.Of(patterns);
        if (reader.IsConstant && !reader.IsNull(0))
        {
            string text = reader.GetString(0);
            Tuple<string, Regex>? cached = _constant;
            if (cached is null || cached.Item1 != text)
            {
                cached = Tuple.Create(text, JavaRegex.Compile(text, compiled: true));
                _constant = cached;
            }
            return new PatternSource(cached.Item2, reader);
        }
        return new PatternSource(null, reader);
    }

    /// <summary>Decodes UTF-8 text into a reusable char buffer.</summary>
    protected static ReadOnlySpan<char> Decode(ReadOnlySpan<byte> text, ref char[] buffer)
    {
        if (buffer.Length < text.Length)
        {
            buffer = new char[Math.Max(text.Length, buffer.Length * 2)];
        }
        int count = Encoding.UTF8.GetChars(text, buffer);
        return new ReadOnlySpan<char>(buffer, 0, count);
    }

    /// <summary>Appends UTF-16 text to a bytes builder as UTF-8.</summary>
    protected static void Append(BytesVectorBuilder output, ReadOnlySpan<char> text, Utf8Scratch scratch)
    {
        Span<byte> buffer = scratch.Get(text.Length * 3);
        output.Append(buffer[..Encoding.UTF8.GetBytes(text, buffer)]);
    }

    /// <summary>The number of code points in UTF-16 text (surrogate pairs count once).</summary>
    protected static int CountCodePoints(ReadOnlySpan<char> text)
    {
        int count = text.Length;
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]))
            {
                count--;
            }
        }
        return count;
    }

    /// <summary>Fails unless <paramref name="group"/> names a group of <paramref name="regex"/>.</summary>
    protected static void CheckGroup(Regex regex, long group)
    {
        int groups = regex.GetGroupNumbers().Length - 1;
        if (group < 0 || group > groups)
        {
            FunctionErrors.InvalidArgument($"Pattern has {groups} groups. Cannot access group {group}");
        }
    }
}
