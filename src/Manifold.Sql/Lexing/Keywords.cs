using System.Text;

namespace Manifold.Sql.Lexing;

/// <summary>Keyword spelling, lookup and reservation (Trino's list of reserved words).</summary>
public static class Keywords
{
    private static readonly string[] s_texts = BuildTexts();
    private static readonly bool[] s_reserved = BuildReserved();
    private static readonly Dictionary<string, Keyword> s_byText = BuildLookup();
    private static readonly Dictionary<string, Keyword>.AlternateLookup<ReadOnlySpan<char>> s_bySpan =
        s_byText.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The keyword's upper-case spelling, e.g. CURRENT_DATE.</summary>
    public static string Text(Keyword keyword) => s_texts[(int)keyword];

    /// <summary>True when the keyword must be quoted to be used as an identifier.</summary>
    public static bool IsReserved(Keyword keyword) => s_reserved[(int)keyword];

    /// <summary>True when <paramref name="word"/> (any case) is a reserved keyword.</summary>
    public static bool IsReserved(string word) => IsReserved(Lookup(word));

    /// <summary>The keyword spelled by <paramref name="word"/> (any case), or <see cref="Keyword.None"/>.</summary>
    public static Keyword Lookup(ReadOnlySpan<char> word)
        => word.Length <= 20 && s_bySpan.TryGetValue(word, out Keyword keyword) ? keyword : Keyword.None;

    private static string[] BuildTexts()
    {
        Keyword[] values = Enum.GetValues<Keyword>();
        var texts = new string[values.Length];
        foreach (Keyword keyword in values)
        {
            string name = keyword.ToString();
            var builder = new StringBuilder(name.Length + 4);
            for (int i = 0; i < name.Length; i++)
            {
                if (i > 0 && char.IsUpper(name[i]))
                {
                    builder.Append('_');
                }
                builder.Append(char.ToUpperInvariant(name[i]));
            }
            texts[(int)keyword] = builder.ToString();
        }
        return texts;
    }

    private static bool[] BuildReserved()
    {
        var reserved = new bool[s_texts.Length];
        foreach (Keyword keyword in (Keyword[])
        [
            Keyword.Alter, Keyword.And, Keyword.As, Keyword.Between, Keyword.By, Keyword.Case, Keyword.Cast,
            Keyword.Constraint, Keyword.Create, Keyword.Cross, Keyword.Cube, Keyword.CurrentCatalog,
            Keyword.CurrentDate, Keyword.CurrentPath, Keyword.CurrentRole, Keyword.CurrentSchema, Keyword.CurrentTime,
            Keyword.CurrentTimestamp, Keyword.CurrentUser, Keyword.Deallocate, Keyword.Delete, Keyword.Describe,
            Keyword.Distinct, Keyword.Drop, Keyword.Else, Keyword.End, Keyword.Escape, Keyword.Except, Keyword.Execute,
            Keyword.Exists, Keyword.Extract, Keyword.False, Keyword.For, Keyword.From, Keyword.Full, Keyword.Group,
            Keyword.Grouping, Keyword.Having, Keyword.In, Keyword.Inner, Keyword.Insert, Keyword.Intersect,
            Keyword.Into, Keyword.Is, Keyword.Join, Keyword.JsonArray, Keyword.JsonExists, Keyword.JsonObject,
            Keyword.JsonQuery, Keyword.JsonTable, Keyword.JsonValue, Keyword.Left, Keyword.Like, Keyword.Listagg,
            Keyword.Localtime, Keyword.Localtimestamp, Keyword.Natural, Keyword.Normalize, Keyword.Not, Keyword.Null,
            Keyword.On, Keyword.Or, Keyword.Order, Keyword.Outer, Keyword.Prepare, Keyword.Recursive, Keyword.Right,
            Keyword.Rollup, Keyword.Select, Keyword.Skip, Keyword.Table, Keyword.Then, Keyword.Trim, Keyword.True,
            Keyword.Uescape, Keyword.Union, Keyword.Unnest, Keyword.Using, Keyword.Values, Keyword.When,
            Keyword.Where, Keyword.With,
        ])
        {
            reserved[(int)keyword] = true;
        }
        return reserved;
    }

    private static Dictionary<string, Keyword> BuildLookup()
    {
        var lookup = new Dictionary<string, Keyword>(StringComparer.OrdinalIgnoreCase);
        foreach (Keyword keyword in Enum.GetValues<Keyword>())
        {
            if (keyword != Keyword.None)
            {
                lookup.Add(s_texts[(int)keyword], keyword);
            }
        }
        return lookup;
    }
}
