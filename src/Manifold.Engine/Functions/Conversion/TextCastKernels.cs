using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Conversion;

/// <summary>Kernels of casts to and from text: formatting any fixed-width value, parsing varchar, and the
/// length rules between varchar(n) and char(n).</summary>
internal static class TextCastKernels
{
    /// <summary>Formats fixed-width values; a text longer than a bounded varchar target is an error, as in Trino.</summary>
    public sealed class Format<T, TFormatter>(SqlType target, TFormatter formatter) : CastKernel(target, canFail: IsBounded(target))
        where T : unmanaged
        where TFormatter : struct, IUtf8Formatter<T>
    {
        private readonly TFormatter _formatter = formatter;

        protected override Vector CastFlat(Vector input, int rowCount, FunctionContext context)
        {
            var flat = (FlatVector<T>)input;
            int? limit = Limit(Target);
            var builder = new BytesVectorBuilder(Target, rowCount, rowCount * 12);
            Span<byte> buffer = stackalloc byte[TextFormatters.BufferSize];
            T[] values = flat.Values;
            for (int i = 0; i < rowCount; i++)
            {
                if (flat.IsNull(i))
                {
                    builder.AppendNull();
                    continue;
                }
                int written = _formatter.Format(values[i], buffer);
                ReadOnlySpan<byte> text = buffer[..written];
                if (limit is { } length && Utf8Text.CountCodePoints(text) > length)
                {
                    throw CastErrors.NotRepresentable(System.Text.Encoding.UTF8.GetString(text), length);
                }
                builder.Append(text);
            }
            return builder.Build();
        }
    }

    /// <summary>Parses varchar (or char) values; the first value that does not parse raises the parser's error.</summary>
    public sealed class Parse<T, TParser>(SqlType target, TParser parser) : CastKernel(target, canFail: true)
        where T : unmanaged
        where TParser : struct, IUtf8Parser<T>
    {
        private readonly TParser _parser = parser;

        protected override Vector CastFlat(Vector input, int rowCount, FunctionContext context)
        {
            var bytes = (BytesVector)input;
            var values = new T[rowCount];
            for (int i = 0; i < rowCount; i++)
            {
                if (bytes.IsNull(i))
                {
                    continue;
                }
                ReadOnlySpan<byte> text = bytes.GetBytes(i);
                if (!_parser.TryParse(text, context, out values[i]))
                {
                    throw _parser.Error(text);
                }
            }
            return new FlatVector<T>(Target, values, bytes.Nulls, rowCount);
        }
    }

    /// <summary>varchar/char to varchar/char: varchar(n) truncates to n code points; char(n) sources are padded to n
    /// first; char(n) targets are truncated to n and lose trailing blanks. Also relabels varchar bytes as varbinary or json.</summary>
    public sealed class Text(SqlType source, SqlType target) : CastKernel(target, canFail: false)
    {
        protected override Vector CastFlat(Vector input, int rowCount, FunctionContext context)
        {
            var bytes = (BytesVector)input;
            int? sourcePad = source.Kind == TypeKind.Char && Target.Kind != TypeKind.Char ? ((CharType)source).Length : null;
            int? limit = Limit(Target);
            if (sourcePad is null && (limit is null || (source is VarcharType { Length: { } sourceLength } && sourceLength <= limit && Target.Kind != TypeKind.Char)))
            {
                return new BytesVector(Target, bytes.Data, bytes.Offsets, bytes.Nulls, rowCount);
            }
            var builder = new BytesVectorBuilder(Target, rowCount, bytes.Offsets[rowCount] - bytes.Offsets[0] + 16);
            byte[] padded = [];
            for (int i = 0; i < rowCount; i++)
            {
                if (bytes.IsNull(i))
                {
                    builder.AppendNull();
                    continue;
                }
                ReadOnlySpan<byte> text = bytes.GetBytes(i);
                if (sourcePad is { } pad)
                {
                    int codePoints = Utf8Text.CountCodePoints(text);
                    if (codePoints < pad)
                    {
                        int needed = text.Length + pad - codePoints;
                        if (padded.Length < needed)
                        {
                            padded = new byte[Math.Max(needed, padded.Length * 2)];
                        }
                        text.CopyTo(padded);
                        padded.AsSpan(text.Length, pad - codePoints).Fill((byte)' ');
                        text = padded.AsSpan(0, needed);
                    }
                }
                if (limit is { } length)
                {
                    text = Utf8Text.TruncateToCodePoints(text, length);
                }
                builder.Append(text);
            }
            return builder.Build();
        }
    }

    private static bool IsBounded(SqlType type) => Limit(type) is not null;

    /// <summary>The code point limit of a varchar(n) or char(n) target; null for unbounded varchar.</summary>
    private static int? Limit(SqlType type) => type switch
    {
        VarcharType varchar => varchar.Length,
        CharType character => character.Length,
        _ => null,
    };
}
