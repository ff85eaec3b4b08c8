using System.Globalization;
using System.Text;

namespace Manifold.Cli.Output;

/// <summary>How many terminal cells text takes, as <c>wcwidth</c> counts them: East Asian wide characters take two,
/// combining marks and control characters none.</summary>
internal static class DisplayWidth
{
    /// <summary>The width of <paramref name="text"/> (one line).</summary>
    public static int Of(string text)
    {
        int width = 0;
        bool ascii = true;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c >= 0x7f || c < 0x20)
            {
                ascii = false;
                break;
            }
        }
        if (ascii)
        {
            return text.Length;
        }
        foreach (Rune rune in text.EnumerateRunes())
        {
            width += Of(rune);
        }
        return width;
    }

    /// <summary>The widest line of <paramref name="text"/> (lines split at '\n').</summary>
    public static int OfWidestLine(string text)
    {
        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            return Of(text);
        }
        int widest = 0;
        foreach (string line in text.Split('\n'))
        {
            widest = Math.Max(widest, Of(line));
        }
        return widest;
    }

    private static int Of(Rune rune)
    {
        int value = rune.Value;
        if (value < 0x20 || (value >= 0x7f && value < 0xa0))
        {
            return 0;
        }
        UnicodeCategory category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        {
            return 0;
        }
        return IsWide(value) ? 2 : 1;
    }

    private static bool IsWide(int value) => value >= 0x1100 && (
        value <= 0x115f
        || value is 0x2329 or 0x232a
        || (value >= 0x2e80 && value <= 0xa4cf && value != 0x303f)
        || (value >= 0xac00 && value <= 0xd7a3)
        || (value >= 0xf900 && value <= 0xfaff)
        || (value >= 0xfe10 && value <= 0xfe19)
        || (value >= 0xfe30 && value <= 0xfe6f)
        || (value >= 0xff00 && value <= 0xff60)
        || (value >= 0xffe0 && value <= 0xffe6)
        || (value >= 0x1f300 && value <= 0x1f64f)
        || (value >= 0x1f900 && value <= 0x1f9ff)
        || (value >= 0x20000 && value <= 0x2fffd)
        || (value >= 0x30000 && value <= 0x3fffd));
}
