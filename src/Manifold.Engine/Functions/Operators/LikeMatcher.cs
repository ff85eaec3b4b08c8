using Manifold.Engine.Functions.Support;
using Manifold.Spi.Errors;

namespace Manifold.Engine.Functions.Operators;

/// <summary>A compiled SQL LIKE pattern over UTF-8 bytes: <c>%</c> matches any sequence, <c>_</c> one code point, and
/// the escape character makes the next <c>%</c>, <c>_</c> or escape literal.</summary>
/// <remarks>Common shapes get byte-span fast paths: <c>abc</c> (equality), <c>abc%</c>, <c>%abc</c>, <c>%abc%</c>,
/// <c>%</c>. Everything else is a list of segments separated by <c>%</c>, each a fixed number of code points: the first is
/// anchored at the start, the last at the end, and the middle ones are placed leftmost-first, which is exact because
/// only <c>%</c> has a variable length. Immutable and thread-safe.</remarks>
internal sealed class LikeMatcher
{
    public enum Shape
    {
        Equals,
        StartsWith,
        EndsWith,
        Contains,
        Any,
        General,
    }

    private readonly Segment[] _segments;
    private readonly bool _leadingPercent;
    private readonly bool _trailingPercent;

    private LikeMatcher(Shape shape, byte[] literal, Segment[] segments, bool leadingPercent, bool trailingPercent)
    {
        Kind = shape;
        Literal = literal;
        _segments = segments;
        _leadingPercent = leadingPercent;
        _trailingPercent = trailingPercent;
    }

    /// <summary>The shape of the pattern, for loops that special-case it.</summary>
    public Shape Kind { get; }

    /// <summary>The literal of the fast-path shapes.</summary>
    public byte[] Literal { get; }

    /// <summary>Compiles a pattern; <paramref name="escape"/> is the escape character's UTF-8 bytes, or empty for none.</summary>
    public static LikeMatcher Compile(ReadOnlySpan<byte> pattern, ReadOnlySpan<byte> escape, bool hasEscape)
    {
        int escapeCodePoint = -1;
        if (hasEscape)
        {
            if (escape.IsEmpty || Utf8Text.Decode(escape, 0, out escapeCodePoint) != escape.Length)
            {
                throw new ManifoldException(StandardErrorCode.InvalidFunctionArgument, "Escape string must be a single character");
            }
        }
        var segments = new List<Segment>();
        var current = new List<Piece>();
        var literal = new List<byte>();
        bool leadingPercent = false;
        bool trailingPercent = false;
        bool sawPercent = false;
        int position = 0;
        while (position < pattern.Length)
        {
            int length = Utf8Text.Decode(pattern, position, out int codePoint);
            if (codePoint == escapeCodePoint)
            {
                int next = position + length;
                if (next >= pattern.Length)
                {
                    throw InvalidEscape();
                }
                int nextLength = Utf8Text.Decode(pattern, next, out int escaped);
                if (escaped != '%' && escaped != '_' && escaped != escapeCodePoint)
                {
                    throw InvalidEscape();
                }
                for (int i = 0; i < nextLength; i++)
                {
                    literal.Add(pattern[next + i]);
                }
                trailingPercent = false;
                position = next + nextLength;
                continue;
            }
            if (codePoint == '%')
            {
                FlushLiteral(literal, current);
                if (current.Count == 0 && segments.Count == 0 && !sawPercent)
                {
                    leadingPercent = true;
                }
                if (current.Count > 0)
                {
                    segments.Add(new Segment(current.ToArray()));
                    current.Clear();
                }
                sawPercent = true;
                trailingPercent = true;
                position += length;
                continue;
            }
            trailingPercent = false;
            if (codePoint == '_')
            {
                FlushLiteral(literal, current);
                current.Add(Piece.AnyOne);
                position += length;
                continue;
            }
            for (int i = 0; i < length; i++)
            {
                literal.Add(pattern[position + i]);
            }
            position += length;
        }
        FlushLiteral(literal, current);
        if (current.Count > 0)
        {
            segments.Add(new Segment(current.ToArray()));
        }
        Segment[] compiled = segments.ToArray();
        if (compiled.Length == 0)
        {
            return new LikeMatcher(sawPercent ? Shape.Any : Shape.Equals, [], compiled, leadingPercent, trailingPercent);
        }
        if (compiled.Length == 1 && compiled[0].IsLiteral)
        {
            byte[] bytes = compiled[0].Pieces[0].Literal!;
            Shape shape = (leadingPercent, trailingPercent) switch
            {
                (false, false) => Shape.Equals,
                (false, true) => Shape.StartsWith,
                (true, false) => Shape.EndsWith,
                (true, true) => Shape.Contains,
            };
            return new LikeMatcher(shape, bytes, compiled, leadingPercent, trailingPercent);
        }
        return new LikeMatcher(Shape.General, [], compiled, leadingPercent, trailingPercent);
    }

    /// <summary>Whether <paramref name="value"/> matches the whole pattern.</summary>
    public bool Matches(ReadOnlySpan<byte> value) => Kind switch
    {
        Shape.Equals => value.SequenceEqual(Literal),
        Shape.StartsWith => value.StartsWith(Literal),
        Shape.EndsWith => value.EndsWith(Literal),
        Shape.Contains => value.IndexOf(Literal) >= 0,
        Shape.Any => true,
        Shape.General => MatchesGeneral(value),
    };

    private bool MatchesGeneral(ReadOnlySpan<byte> value)
    {
        int start = 0;
        int end = value.Length;
        int first = 0;
        int last = _segments.Length - 1;
        if (!_leadingPercent)
        {
            int matched = _segments[0].MatchAt(value, 0);
            if (matched < 0)
            {
                return false;
            }
            if (_segments.Length == 1 && !_trailingPercent)
            {
                return matched == value.Length;
            }
            start = matched;
            first = 1;
        }
        if (!_trailingPercent && last >= first)
        {
            // The last segment has a fixed number of code points: it can only start that many code points before the end.
            int segmentStart = BackCodePoints(value, end, _segments[last].CodePointLength);
            if (segmentStart < start || _segments[last].MatchAt(value, segmentStart) != end)
            {
                return false;
            }
            end = segmentStart;
            last--;
        }
        for (int s = first; s <= last; s++)
        {
            int found = _segments[s].FindFirst(value[..end], start, out int matchEnd);
            if (found < 0)
            {
                return false;
            }
            start = matchEnd;
        }
        return true;
    }

    private static int BackCodePoints(ReadOnlySpan<byte> value, int end, int codePoints)
    {
        int position = end;
        for (int i = 0; i < codePoints; i++)
        {
            if (position == 0)
            {
                return -1;
            }
            position--;
            while (position > 0 && (value[position] & 0xC0) == 0x80)
            {
                position--;
            }
        }
        return position;
    }

    private static void FlushLiteral(List<byte> literal, List<Piece> pieces)
    {
        if (literal.Count > 0)
        {
            pieces.Add(Piece.Of(literal.ToArray()));
            literal.Clear();
        }
    }

    private static ManifoldException InvalidEscape()
        => new(StandardErrorCode.InvalidFunctionArgument, "Escape character must be followed by '%', '_' or the escape character itself");

    /// <summary>A literal run of bytes, or one code point of any value (<c>_</c>).</summary>
    private sealed class Piece
    {
        public static readonly Piece AnyOne = new(null);

        private Piece(byte[]? literal) => Literal = literal;

        public byte[]? Literal { get; }

        public static Piece Of(byte[] literal) => new(literal);
    }

    /// <summary>The pieces between two <c>%</c>: matches a fixed number of code points.</summary>
    private sealed class Segment
    {
        public Segment(Piece[] pieces)
        {
            Pieces = pieces;
            foreach (Piece piece in pieces)
            {
                CodePointLength += piece.Literal is null ? 1 : Utf8Text.CountCodePoints(piece.Literal);
            }
        }

        public Piece[] Pieces { get; }

        public int CodePointLength { get; }

        public bool IsLiteral => Pieces.Length == 1 && Pieces[0].Literal is not null;

        /// <summary>The end of a match starting at <paramref name="start"/>, or -1.</summary>
        public int MatchAt(ReadOnlySpan<byte> value, int start)
        {
            if (start < 0)
            {
                return -1;
            }
            int position = start;
            foreach (Piece piece in Pieces)
            {
                if (piece.Literal is { } literal)
                {
                    if (!value[position..].StartsWith(literal))
                    {
                        return -1;
                    }
                    position += literal.Length;
                }
                else
                {
                    if (position >= value.Length)
                    {
                        return -1;
                    }
                    position += Utf8Text.Decode(value, position, out _);
                }
            }
            return position;
        }

        /// <summary>The leftmost match at or after <paramref name="from"/>; returns its start and sets its end.</summary>
        public int FindFirst(ReadOnlySpan<byte> value, int from, out int end)
        {
            byte[]? anchor = Pieces[0].Literal;
            int position = from;
            while (position <= value.Length)
            {
                if (anchor is not null)
                {
                    int offset = value[position..].IndexOf(anchor);
                    if (offset < 0)
                    {
                        break;
                    }
                    position += offset;
                }
                end = MatchAt(value, position);
                if (end >= 0)
                {
                    return position;
                }
                if (position >= value.Length)
                {
                    break;
                }
                position += Utf8Text.Decode(value, position, out _);
            }
            end = -1;
            return -1;
        }
    }
}
