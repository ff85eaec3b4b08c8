using System.Runtime.CompilerServices;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Operators;

/// <summary><c>value LIKE pattern [ESCAPE escape]</c> over varchar and char (char values are padded to their length
/// first, as in Trino).</summary>
[ScalarFunction("$like", Description = "Whether the string matches a LIKE pattern (% any sequence, _ one character).",
    Example = "'hello' LIKE 'he%' = true")]
internal sealed class LikeOperator : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("boolean", "varchar(x)", "varchar(y)"),
        FunctionSignature.Of("boolean", "varchar(x)", "varchar(y)", "varchar(z)"),
        FunctionSignature.Of("boolean", "char(x)", "varchar(y)"),
        FunctionSignature.Of("boolean", "char(x)", "varchar(y)", "varchar(z)"),
    ];

    public IScalarKernel Specialize(BoundFunction function)
        => new LikeKernel(function.ArgumentTypes[0] is CharType charType ? charType.Length : 0, function.ArgumentTypes.Count == 3);

    /// <summary>Matches rows against a pattern; a constant pattern is compiled once and kept (as one immutable entry,
    /// so the kernel stays safe to share between threads).</summary>
    private sealed class LikeKernel(int charLength, bool hasEscape) : IScalarKernel
    {
        private CachedPattern? _cached;

        public Vector Evaluate(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            Vector value = arguments[0];
            Vector pattern = arguments[1];
            Vector? escape = hasEscape ? arguments[2] : null;
            if (pattern is ConstantVector constantPattern && (escape is null || escape is ConstantVector))
            {
                var constantEscape = (ConstantVector?)escape;
                if (constantPattern.IsNullValue || constantEscape is { IsNullValue: true })
                {
                    return Vector.NullVector(SqlType.Boolean, rowCount);
                }
                LikeMatcher matcher = Compiled(VectorViews.ConstantBytes(constantPattern),
                    constantEscape is null ? default : VectorViews.ConstantBytes(constantEscape));
                return MatchAll(matcher, value, rowCount);
            }
            return MatchRowByRow(value, pattern, escape, rowCount);
        }

        private LikeMatcher Compiled(ReadOnlySpan<byte> pattern, ReadOnlySpan<byte> escape)
        {
            CachedPattern? cached = Volatile.Read(ref _cached);
            if (cached is not null && cached.Pattern.AsSpan().SequenceEqual(pattern) && cached.Escape.AsSpan().SequenceEqual(escape))
            {
                return cached.Matcher;
            }
            LikeMatcher matcher = LikeMatcher.Compile(pattern, escape, hasEscape);
            Volatile.Write(ref _cached, new CachedPattern(pattern.ToArray(), escape.ToArray(), matcher));
            return matcher;
        }

        private Vector MatchAll(LikeMatcher matcher, Vector value, int rowCount)
        {
            if (value is ConstantVector constant)
            {
                return constant.IsNullValue
                    ? Vector.NullVector(SqlType.Boolean, rowCount)
                    : VectorViews.Constant(SqlType.Boolean, Match(matcher, VectorViews.ConstantBytes(constant)), rowCount);
            }
            if (value is DictionaryVector dictionary && dictionary.Dictionary.Count <= rowCount)
            {
                Vector mapped = MatchAll(matcher, dictionary.Dictionary, dictionary.Dictionary.Count);
                return new DictionaryVector(mapped, dictionary.Ids, rowCount);
            }
            BytesVector bytes = VectorViews.Bytes(value);
            var result = new bool[rowCount];
            if (charLength > 0)
            {
                for (int i = 0; i < result.Length; i++)
                {
                    result[i] = Match(matcher, bytes.GetBytes(i));
                }
                return new FlatVector<bool>(SqlType.Boolean, result, bytes.Nulls, rowCount);
            }
            byte[] data = bytes.Data;
            int[] offsets = bytes.Offsets;
            ReadOnlySpan<byte> literal = matcher.Literal;
            switch (matcher.Kind)
            {
                case LikeMatcher.Shape.Equals:
                    for (int i = 0; i < result.Length; i++)
                    {
                        result[i] = new ReadOnlySpan<byte>(data, offsets[i], offsets[i + 1] - offsets[i]).SequenceEqual(literal);
                    }
                    break;
                case LikeMatcher.Shape.StartsWith:
                    for (int i = 0; i < result.Length; i++)
                    {
                        result[i] = new ReadOnlySpan<byte>(data, offsets[i], offsets[i + 1] - offsets[i]).StartsWith(literal);
                    }
                    break;
                case LikeMatcher.Shape.EndsWith:
                    for (int i = 0; i < result.Length; i++)
                    {
                        result[i] = new ReadOnlySpan<byte>(data, offsets[i], offsets[i + 1] - offsets[i]).EndsWith(literal);
                    }
                    break;
                case LikeMatcher.Shape.Contains:
                    for (int i = 0; i < result.Length; i++)
                    {
                        result[i] = new ReadOnlySpan<byte>(data, offsets[i], offsets[i + 1] - offsets[i]).IndexOf(literal) >= 0;
                    }
                    break;
                case LikeMatcher.Shape.Any:
                    result.AsSpan().Fill(true);
                    break;
                case LikeMatcher.Shape.General:
                    for (int i = 0; i < result.Length; i++)
                    {
                        result[i] = matcher.Matches(new ReadOnlySpan<byte>(data, offsets[i], offsets[i + 1] - offsets[i]));
                    }
                    break;
            }
            return new FlatVector<bool>(SqlType.Boolean, result, bytes.Nulls, rowCount);
        }

        private Vector MatchRowByRow(Vector value, Vector pattern, Vector? escape, int rowCount)
        {
            var result = new bool[rowCount];
            ulong[]? nulls = null;
            LikeMatcher? last = null;
            byte[] lastPattern = [];
            byte[] lastEscape = [];
            for (int i = 0; i < rowCount; i++)
            {
                if (value.IsNull(i) || pattern.IsNull(i) || (escape?.IsNull(i) ?? false))
                {
                    nulls ??= Bitmap.Allocate(rowCount);
                    Bitmap.Set(nulls, i);
                    continue;
                }
                ReadOnlySpan<byte> patternBytes = Bytes(pattern, i);
                ReadOnlySpan<byte> escapeBytes = escape is null ? default : Bytes(escape, i);
                if (last is null || !patternBytes.SequenceEqual(lastPattern) || !escapeBytes.SequenceEqual(lastEscape))
                {
                    last = LikeMatcher.Compile(patternBytes, escapeBytes, hasEscape);
                    lastPattern = patternBytes.ToArray();
                    lastEscape = escapeBytes.ToArray();
                }
                result[i] = Match(last, Bytes(value, i));
            }
            return new FlatVector<bool>(SqlType.Boolean, result, nulls, rowCount);
        }

        private bool Match(LikeMatcher matcher, ReadOnlySpan<byte> value)
        {
            if (charLength > 0)
            {
                int codePoints = Utf8Text.CountCodePoints(value);
                if (codePoints < charLength)
                {
                    Span<byte> padded = value.Length + charLength - codePoints <= 256
                        ? stackalloc byte[value.Length + charLength - codePoints]
                        : new byte[value.Length + charLength - codePoints];
                    value.CopyTo(padded);
                    padded[value.Length..].Fill((byte)' ');
                    return matcher.Matches(padded);
                }
            }
            return matcher.Matches(value);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ReadOnlySpan<byte> Bytes(Vector vector, int position)
        {
            Vector resolved = VectorBuilder.Resolve(vector, ref position);
            return ((BytesVector)resolved).GetBytes(position);
        }

        private sealed record CachedPattern(byte[] Pattern, byte[] Escape, LikeMatcher Matcher);
    }
}
