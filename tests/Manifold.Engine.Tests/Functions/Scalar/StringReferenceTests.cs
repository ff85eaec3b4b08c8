using System.Text;
using Manifold.Spi.Types;
using static Manifold.Engine.Tests.Functions.Scalar.FunctionTester;

namespace Manifold.Engine.Tests.Functions.Scalar;

/// <summary>Compares the string kernels with naive code-point reference implementations over seeded random UTF-8
/// (ASCII, accented, CJK and astral characters), many rows per batch, with NULLs mixed in.</summary>
public sealed class StringReferenceTests
{
    private const int Seed = 20240822;
    private static readonly string[] Alphabet = ["a", "b", "c", " ", "A", "Z", "é", "É", "ß", "中", "文", "😀", "\u00A0", "\t", "x"];

    private static string RandomString(Random random, int maxLength)
    {
        int length = random.Next(maxLength + 1);
        var builder = new StringBuilder();
        for (int i = 0; i < length; i++)
        {
            builder.Append(Alphabet[random.Next(random.Next(2) == 0 ? 6 : Alphabet.Length)]);
        }
        return builder.ToString();
    }

    private static int[] CodePoints(string s)
    {
        var points = new List<int>();
        for (int i = 0; i < s.Length; i += char.IsSurrogatePair(s, i) ? 2 : 1)
        {
            points.Add(char.ConvertToUtf32(s, i));
        }
        return points.ToArray();
    }

    private static string FromCodePoints(IEnumerable<int> points) => string.Concat(points.Select(char.ConvertFromUtf32));

    private static void Check(string function, SqlType[] types, Func<Random, object?[]> arguments, Func<object?[], object?> reference)
    {
        var random = new Random(Seed);
        var rows = new List<object?[]>();
        for (int i = 0; i < 500; i++)
        {
            object?[] row = arguments(random);
            if (random.Next(20) == 0)
            {
                row[random.Next(row.Length)] = null;
            }
            rows.Add(row);
        }
        object?[] actual = EvaluateRows(function, types, rows);
        for (int i = 0; i < rows.Count; i++)
        {
            object? expected = rows[i].Any(a => a is null) ? null : reference(rows[i]);
            if (!Same(expected, actual[i]))
            {
                Assert.Fail($"{function}({string.Join(", ", rows[i].Select(Show))}) (seed {Seed}, row {i}): expected {Show(expected)}, got {Show(actual[i])}");
            }
        }
    }

    private static readonly SqlType V = SqlType.Varchar;
    private static readonly SqlType B = SqlType.BigInt;

    [Fact]
    public void Length_matches_the_reference() => Check("length", [V], r => [RandomString(r, 40)], a => (long)CodePoints((string)a[0]!).Length);

    [Fact]
    public void Lower_and_upper_match_the_reference()
    {
        Check("lower", [V], r => [RandomString(r, 40)], a => FromCodePoints(CodePoints((string)a[0]!).Select(p => Rune.ToLowerInvariant(new Rune(p)).Value)));
        Check("upper", [V], r => [RandomString(r, 40)], a => FromCodePoints(CodePoints((string)a[0]!).Select(p => Rune.ToUpperInvariant(new Rune(p)).Value)));
    }

    [Fact]
    public void Reverse_matches_the_reference() => Check("reverse", [V], r => [RandomString(r, 40)], a => FromCodePoints(CodePoints((string)a[0]!).Reverse()));

    [Fact]
    public void Substr_matches_the_reference()
    {
        static object Reference(object?[] a)
        {
            int[] points = CodePoints((string)a[0]!);
            long start = (long)a[1]!;
            long length = a.Length > 2 ? (long)a[2]! : long.MaxValue;
            if (start == 0 || length <= 0)
            {
                return "";
            }
            long from = start > 0 ? start - 1 : points.Length + start;
            if (from < 0 || from >= points.Length)
            {
                return "";
            }
            return FromCodePoints(points.Skip((int)from).Take((int)Math.Min(length, int.MaxValue)));
        }
        Check("substr", [V, B], r => [RandomString(r, 20), (long)r.Next(-25, 25)], Reference);
        Check("substr", [V, B, B], r => [RandomString(r, 20), (long)r.Next(-25, 25), (long)r.Next(-3, 25)], Reference);
    }

    [Fact]
    public void Strpos_matches_the_reference()
    {
        Check("strpos", [V, V], r => [RandomString(r, 30), RandomString(r, 2)], a =>
        {
            string text = (string)a[0]!;
            string search = (string)a[1]!;
            int index = text.IndexOf(search, StringComparison.Ordinal);
            return index < 0 ? 0L : (long)CodePoints(text[..index]).Length + 1;
        });
    }

    [Fact]
    public void Padding_matches_the_reference()
    {
        static object Pad(object?[] a, bool left)
        {
            int[] text = CodePoints((string)a[0]!);
            int size = (int)(long)a[1]!;
            int[] pad = CodePoints((string)a[2]!);
            if (text.Length >= size)
            {
                return FromCodePoints(text.Take(size));
            }
            var filler = Enumerable.Range(0, size - text.Length).Select(i => pad[i % pad.Length]);
            return left ? FromCodePoints(filler.Concat(text)) : FromCodePoints(text.Concat(filler));
        }
        Check("lpad", [V, B, V], r => [RandomString(r, 10), (long)r.Next(0, 15), RandomString(r, 3) + "é"], a => Pad(a, left: true));
        Check("rpad", [V, B, V], r => [RandomString(r, 10), (long)r.Next(0, 15), "😀" + RandomString(r, 3)], a => Pad(a, left: false));
    }

    [Fact]
    public void Trim_matches_the_reference()
    {
        static bool IsSpace(int p) => p is >= 0x09 and <= 0x0D or >= 0x1C and <= 0x20;
        Check("trim", [V], r => [RandomString(r, 20)], a => FromCodePoints(CodePoints((string)a[0]!).SkipWhile(IsSpace).Reverse().SkipWhile(IsSpace).Reverse()));
        Check("ltrim", [V, V], r => [RandomString(r, 20), RandomString(r, 3)], a =>
        {
            int[] set = CodePoints((string)a[1]!);
            return FromCodePoints(CodePoints((string)a[0]!).SkipWhile(set.Contains));
        });
        Check("rtrim", [V, V], r => [RandomString(r, 20), RandomString(r, 3)], a =>
        {
            int[] set = CodePoints((string)a[1]!);
            return FromCodePoints(CodePoints((string)a[0]!).Reverse().SkipWhile(set.Contains).Reverse());
        });
    }

    [Fact]
    public void Replace_and_split_part_match_the_reference()
    {
        Check("replace", [V, V, V], r => [RandomString(r, 30), RandomString(r, 2) + "a", RandomString(r, 3)],
            a => ((string)a[0]!).Replace((string)a[1]!, (string)a[2]!, StringComparison.Ordinal));
        Check("split_part", [V, V, B], r => [RandomString(r, 30), r.Next(2) == 0 ? " " : "é", (long)r.Next(1, 5)], a =>
        {
            string[] parts = ((string)a[0]!).Split((string)a[1]!);
            long index = (long)a[2]!;
            return index <= parts.Length ? parts[index - 1] : null;
        });
    }

    [Fact]
    public void Levenshtein_and_starts_with_match_the_reference()
    {
        Check("levenshtein_distance", [V, V], r => [RandomString(r, 8), RandomString(r, 8)], a =>
        {
            int[] s = CodePoints((string)a[0]!);
            int[] t = CodePoints((string)a[1]!);
            var d = new int[s.Length + 1, t.Length + 1];
            for (int i = 0; i <= s.Length; i++) d[i, 0] = i;
            for (int j = 0; j <= t.Length; j++) d[0, j] = j;
            for (int i = 1; i <= s.Length; i++)
                for (int j = 1; j <= t.Length; j++)
                    d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (s[i - 1] == t[j - 1] ? 0 : 1));
            return (long)d[s.Length, t.Length];
        });
        Check("starts_with", [V, V], r => [RandomString(r, 8), RandomString(r, 2)], a => ((string)a[0]!).StartsWith((string)a[1]!, StringComparison.Ordinal));
    }
}
