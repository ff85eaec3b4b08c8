using Manifold.Sql.Lexing;

namespace Manifold.Sql.Parsing;

/// <summary>What the parser would have accepted at one token: keywords, token kinds and categories, as bits.</summary>
internal sealed class ExpectedSet
{
    private readonly ulong[] _keywords = new ulong[(Enum.GetValues<Keyword>().Length + 63) / 64];
    private ulong _kinds;
    private ulong _categories;

    public void Clear()
    {
        Array.Clear(_keywords);
        _kinds = 0;
        _categories = 0;
    }

    public void Add(Keyword keyword) => _keywords[(int)keyword >> 6] |= 1UL << ((int)keyword & 63);

    public void Add(TokenKind kind) => _kinds |= 1UL << (int)kind;

    public void Add(ExpectedCategory category) => _categories |= 1UL << (int)category;

    /// <summary>The items as Trino prints them: quoted tokens sorted, then &lt;categories&gt;.</summary>
    public string Describe()
    {
        var quoted = new List<string>();
        var named = new List<string>();
        foreach (Keyword keyword in Enum.GetValues<Keyword>())
        {
            if ((_keywords[(int)keyword >> 6] & (1UL << ((int)keyword & 63))) != 0)
            {
                quoted.Add("'" + Keywords.Text(keyword) + "'");
            }
        }
        foreach (TokenKind kind in Enum.GetValues<TokenKind>())
        {
            if ((_kinds & (1UL << (int)kind)) != 0)
            {
                if (kind == TokenKind.EndOfInput)
                {
                    named.Add("<EOF>");
                }
                else
                {
                    quoted.Add("'" + KindText(kind) + "'");
                }
            }
        }
        foreach (ExpectedCategory category in Enum.GetValues<ExpectedCategory>())
        {
            if ((_categories & (1UL << (int)category)) != 0)
            {
                named.Add(CategoryText(category));
            }
        }
        quoted.Sort(StringComparer.Ordinal);
        named.Sort(StringComparer.Ordinal);
        quoted.AddRange(named);
        return string.Join(", ", quoted);
    }

    public bool IsEmpty
    {
        get
        {
            if (_kinds != 0 || _categories != 0)
            {
                return false;
            }
            foreach (ulong bits in _keywords)
            {
                if (bits != 0)
                {
                    return false;
                }
            }
            return true;
        }
    }

    internal static string CategoryText(ExpectedCategory category) => category switch
    {
        ExpectedCategory.Expression => "<expression>",
        ExpectedCategory.Identifier => "<identifier>",
        ExpectedCategory.String => "<string>",
        ExpectedCategory.Integer => "<integer>",
        ExpectedCategory.Type => "<type>",
        ExpectedCategory.Query => "<query>",
    };

    internal static string KindText(TokenKind kind) => kind switch
    {
        TokenKind.EndOfInput => "<EOF>",
        TokenKind.Error => "<error>",
        TokenKind.Identifier => "<identifier>",
        TokenKind.QuotedIdentifier => "<identifier>",
        TokenKind.String => "<string>",
        TokenKind.UnicodeString => "<string>",
        TokenKind.Binary => "<binary>",
        TokenKind.Integer => "<integer>",
        TokenKind.Decimal => "<decimal>",
        TokenKind.Double => "<double>",
        TokenKind.Equal => "=",
        TokenKind.NotEqual => "<>",
        TokenKind.LessThan => "<",
        TokenKind.LessThanOrEqual => "<=",
        TokenKind.GreaterThan => ">",
        TokenKind.GreaterThanOrEqual => ">=",
        TokenKind.Plus => "+",
        TokenKind.Minus => "-",
        TokenKind.Asterisk => "*",
        TokenKind.Slash => "/",
        TokenKind.Percent => "%",
        TokenKind.Concat => "||",
        TokenKind.Arrow => "->",
        TokenKind.DoubleArrow => "=>",
        TokenKind.Dot => ".",
        TokenKind.Comma => ",",
        TokenKind.LeftParen => "(",
        TokenKind.RightParen => ")",
        TokenKind.LeftBracket => "[",
        TokenKind.RightBracket => "]",
        TokenKind.QuestionMark => "?",
        TokenKind.Semicolon => ";",
    };
}
