using System.Globalization;
using System.Text;

namespace Manifold.Sql.Lexing;

/// <summary>Splits SQL text into tokens on demand, following Trino's lexical rules.</summary>
/// <remarks>
/// Lines and columns are 1-based; columns count UTF-16 code units and only '\n' starts a new line. A lexical error
/// becomes an <see cref="TokenKind.Error"/> token that repeats forever, so the parser reports errors in text order.
/// Every step is linear in the length of the text.
/// </remarks>
public sealed class Lexer
{
    // Operator spellings shared by all tokens (<> and != both map to the first seen spelling, so those are cut from the text).
    private static readonly string?[] s_operatorTexts = BuildOperatorTexts();

    private readonly string _text;
    private int _position;
    private int _line;
    private int _lineStart;
    private int _firstLineColumn;
    private Token? _error;

    /// <summary>Creates a lexer over <paramref name="text"/>, which starts at the given line and column of a larger script.</summary>
    public Lexer(string text, int startLine = 1, int startColumn = 1)
    {
        _text = text;
        _line = startLine;
        _firstLineColumn = startColumn;
    }

    /// <summary>The text being split.</summary>
    public string Text => _text;

    /// <summary>Splits the whole text, ending with the end-of-input or the first error token.</summary>
    public static List<Token> Tokenize(string text)
    {
        var lexer = new Lexer(text);
        var tokens = new List<Token>();
        while (true)
        {
            Token token = lexer.Next();
            tokens.Add(token);
            if (token.Kind is TokenKind.EndOfInput or TokenKind.Error)
            {
                return tokens;
            }
        }
    }

    /// <summary>The next token.</summary>
    public Token Next()
    {
        if (_error is Token error)
        {
            return error;
        }
        Token token = Scan();
        if (token.Kind == TokenKind.Error)
        {
            _error = token;
        }
        return token;
    }

    private int Column(int offset) => offset - _lineStart + _firstLineColumn;

    private Token Make(TokenKind kind, int start, int line, int column, string value, Keyword keyword = Keyword.None)
        => new(kind, keyword, start, _position - start, line, column, value);

    private Token Fail(int start, int line, int column, string message)
        => new(TokenKind.Error, Keyword.None, start, Math.Max(_position - start, 0), line, column, message);

    private void NewLine(int newlineOffset)
    {
        _line++;
        _lineStart = newlineOffset + 1;
        _firstLineColumn = 1;
    }

    private Token Scan()
    {
        string text = _text;
        // Whitespace and comments.
        while (_position < text.Length)
        {
            char c = text[_position];
            if (c == '\n')
            {
                NewLine(_position);
                _position++;
            }
            else if (c is ' ' or '\t' or '\r')
            {
                _position++;
            }
            else if (c == '-' && _position + 1 < text.Length && text[_position + 1] == '-')
            {
                while (_position < text.Length && text[_position] is not ('\n' or '\r'))
                {
                    _position++;
                }
            }
            else if (c == '/' && _position + 1 < text.Length && text[_position + 1] == '*')
            {
                int start = _position;
                int line = _line;
                int column = Column(start);
                _position += 2;
                while (true)
                {
                    if (_position >= text.Length)
                    {
                        return Fail(start, line, column, "unterminated comment");
                    }
                    char d = text[_position];
                    if (d == '*' && _position + 1 < text.Length && text[_position + 1] == '/')
                    {
                        _position += 2;
                        break;
                    }
                    if (d == '\n')
                    {
                        NewLine(_position);
                    }
                    _position++;
                }
            }
            else
            {
                break;
            }
        }

        int tokenStart = _position;
        int tokenLine = _line;
        int tokenColumn = Column(tokenStart);
        if (_position >= text.Length)
        {
            return Make(TokenKind.EndOfInput, tokenStart, tokenLine, tokenColumn, "");
        }

        char ch = text[_position];
        char next = _position + 1 < text.Length ? text[_position + 1] : '\0';
        switch (ch)
        {
            case '\'':
                return ScanString(tokenStart, tokenLine, tokenColumn, TokenKind.String, _position + 1);
            case '"':
                return ScanQuotedIdentifier(tokenStart, tokenLine, tokenColumn);
            case '`':
                return Fail(tokenStart, tokenLine, tokenColumn, "backquoted identifiers are not supported; use double quotes to quote identifiers");
            case '=':
                return Operator(next == '>' ? TokenKind.DoubleArrow : TokenKind.Equal, next == '>' ? 2 : 1, tokenStart, tokenLine, tokenColumn);
            case '<':
                return next switch
                {
                    '>' => Operator(TokenKind.NotEqual, 2, tokenStart, tokenLine, tokenColumn),
                    '=' => Operator(TokenKind.LessThanOrEqual, 2, tokenStart, tokenLine, tokenColumn),
                    _ => Operator(TokenKind.LessThan, 1, tokenStart, tokenLine, tokenColumn),
                };
            case '>':
                return next == '='
                    ? Operator(TokenKind.GreaterThanOrEqual, 2, tokenStart, tokenLine, tokenColumn)
                    : Operator(TokenKind.GreaterThan, 1, tokenStart, tokenLine, tokenColumn);
            case '!':
                if (next == '=')
                {
                    return Operator(TokenKind.NotEqual, 2, tokenStart, tokenLine, tokenColumn);
                }
                break;
            case '|':
                if (next == '|')
                {
                    return Operator(TokenKind.Concat, 2, tokenStart, tokenLine, tokenColumn);
                }
                break;
            case '-':
                return next == '>'
                    ? Operator(TokenKind.Arrow, 2, tokenStart, tokenLine, tokenColumn)
                    : Operator(TokenKind.Minus, 1, tokenStart, tokenLine, tokenColumn);
            case '+': return Operator(TokenKind.Plus, 1, tokenStart, tokenLine, tokenColumn);
            case '*': return Operator(TokenKind.Asterisk, 1, tokenStart, tokenLine, tokenColumn);
            case '/': return Operator(TokenKind.Slash, 1, tokenStart, tokenLine, tokenColumn);
            case '%': return Operator(TokenKind.Percent, 1, tokenStart, tokenLine, tokenColumn);
            case ',': return Operator(TokenKind.Comma, 1, tokenStart, tokenLine, tokenColumn);
            case '(': return Operator(TokenKind.LeftParen, 1, tokenStart, tokenLine, tokenColumn);
            case ')': return Operator(TokenKind.RightParen, 1, tokenStart, tokenLine, tokenColumn);
            case '[': return Operator(TokenKind.LeftBracket, 1, tokenStart, tokenLine, tokenColumn);
            case ']': return Operator(TokenKind.RightBracket, 1, tokenStart, tokenLine, tokenColumn);
            case '?': return Operator(TokenKind.QuestionMark, 1, tokenStart, tokenLine, tokenColumn);
            case ';': return Operator(TokenKind.Semicolon, 1, tokenStart, tokenLine, tokenColumn);
            case '.':
                if (!IsDigit(next))
                {
                    return Operator(TokenKind.Dot, 1, tokenStart, tokenLine, tokenColumn);
                }
                return ScanNumber(tokenStart, tokenLine, tokenColumn);
        }

        if (IsDigit(ch))
        {
            return ScanNumber(tokenStart, tokenLine, tokenColumn);
        }
        if (IsLetter(ch) || ch == '_')
        {
            if ((ch is 'X' or 'x') && next == '\'')
            {
                return ScanBinary(tokenStart, tokenLine, tokenColumn);
            }
            if ((ch is 'U' or 'u') && next == '&' && _position + 2 < text.Length && text[_position + 2] == '\'')
            {
                return ScanString(tokenStart, tokenLine, tokenColumn, TokenKind.UnicodeString, _position + 3);
            }
            _position++;
            while (_position < text.Length && IsIdentifierPart(text[_position]))
            {
                _position++;
            }
            ReadOnlySpan<char> word = text.AsSpan(tokenStart, _position - tokenStart);
            return Make(TokenKind.Identifier, tokenStart, tokenLine, tokenColumn, word.ToString(), Keywords.Lookup(word));
        }

        _position++;
        return Fail(tokenStart, tokenLine, tokenColumn, "unexpected character " + Describe(ch));
    }

    private Token Operator(TokenKind kind, int length, int start, int line, int column)
    {
        _position += length;
        return new Token(kind, Keyword.None, start, length, line, column, s_operatorTexts[(int)kind] ?? _text.Substring(start, length));
    }

    private Token ScanNumber(int start, int line, int column)
    {
        string text = _text;
        int position = start;
        while (position < text.Length && IsDigit(text[position]))
        {
            position++;
        }
        int digitsEnd = position;
        TokenKind kind = TokenKind.Integer;
        if (position < text.Length && text[position] == '.')
        {
            kind = TokenKind.Decimal;
            position++;
            while (position < text.Length && IsDigit(text[position]))
            {
                position++;
            }
        }
        if (position < text.Length && text[position] is 'e' or 'E')
        {
            int exponent = position + 1;
            if (exponent < text.Length && text[exponent] is '+' or '-')
            {
                exponent++;
            }
            if (exponent < text.Length && IsDigit(text[exponent]))
            {
                while (exponent < text.Length && IsDigit(text[exponent]))
                {
                    exponent++;
                }
                kind = TokenKind.Double;
                position = exponent;
            }
        }

        // Longest match against Trino's DIGIT_IDENTIFIER: a digit followed by letters, digits, '_', '@' or ':'.
        if (digitsEnd > start)
        {
            int identifierEnd = start;
            while (identifierEnd < text.Length && IsIdentifierPart(text[identifierEnd]))
            {
                identifierEnd++;
            }
            if (identifierEnd > position)
            {
                _position = identifierEnd;
                return Fail(start, line, column, "identifiers must not start with a digit; surround the identifier with double quotes");
            }
        }
        _position = position;
        return Make(kind, start, line, column, text.Substring(start, position - start));
    }

    private Token ScanString(int start, int line, int column, TokenKind kind, int contentStart)
    {
        string text = _text;
        int position = contentStart;
        StringBuilder? builder = null;
        int segmentStart = contentStart;
        while (true)
        {
            if (position >= text.Length)
            {
                _position = text.Length;
                return Fail(start, line, column, "unterminated string literal");
            }
            char c = text[position];
            if (c == '\'')
            {
                if (position + 1 < text.Length && text[position + 1] == '\'')
                {
                    builder ??= new StringBuilder();
                    builder.Append(text, segmentStart, position + 1 - segmentStart);
                    position += 2;
                    segmentStart = position;
                    continue;
                }
                break;
            }
            if (c == '\n')
            {
                NewLine(position);
            }
            position++;
        }
        string value = builder is null
            ? text.Substring(contentStart, position - contentStart)
            : builder.Append(text, segmentStart, position - segmentStart).ToString();
        _position = position + 1;
        return Make(kind, start, line, column, value);
    }

    private Token ScanQuotedIdentifier(int start, int line, int column)
    {
        string text = _text;
        int position = start + 1;
        StringBuilder? builder = null;
        int segmentStart = position;
        while (true)
        {
            if (position >= text.Length)
            {
                _position = text.Length;
                return Fail(start, line, column, "unterminated quoted identifier");
            }
            char c = text[position];
            if (c == '"')
            {
                if (position + 1 < text.Length && text[position + 1] == '"')
                {
                    builder ??= new StringBuilder();
                    builder.Append(text, segmentStart, position + 1 - segmentStart);
                    position += 2;
                    segmentStart = position;
                    continue;
                }
                break;
            }
            if (c == '\n')
            {
                NewLine(position);
            }
            position++;
        }
        string value = builder is null
            ? text.Substring(start + 1, position - start - 1)
            : builder.Append(text, segmentStart, position - segmentStart).ToString();
        _position = position + 1;
        if (value.Length == 0)
        {
            return Fail(start, line, column, "Zero-length delimited identifier not allowed");
        }
        return Make(TokenKind.QuotedIdentifier, start, line, column, value);
    }

    private Token ScanBinary(int start, int line, int column)
    {
        string text = _text;
        int position = start + 2;
        while (position < text.Length && text[position] != '\'')
        {
            if (text[position] == '\n')
            {
                NewLine(position);
            }
            position++;
        }
        if (position >= text.Length)
        {
            _position = text.Length;
            return Fail(start, line, column, "unterminated binary literal");
        }
        _position = position + 1;
        var hex = new StringBuilder(position - start - 2);
        for (int i = start + 2; i < position; i++)
        {
            char c = text[i];
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                continue;
            }
            if (!char.IsAsciiHexDigit(c))
            {
                return Fail(start, line, column, "Binary literal can only contain hexadecimal digits");
            }
            hex.Append(char.ToUpperInvariant(c));
        }
        if (hex.Length % 2 != 0)
        {
            return Fail(start, line, column, "Binary literal must contain an even number of digits");
        }
        return Make(TokenKind.Binary, start, line, column, hex.ToString());
    }

    private static string?[] BuildOperatorTexts()
    {
        var texts = new string?[Enum.GetValues<TokenKind>().Length];
        (TokenKind Kind, string Text)[] fixedTexts =
        [
            (TokenKind.Equal, "="), (TokenKind.LessThan, "<"), (TokenKind.LessThanOrEqual, "<="), (TokenKind.GreaterThan, ">"),
            (TokenKind.GreaterThanOrEqual, ">="), (TokenKind.Plus, "+"), (TokenKind.Minus, "-"), (TokenKind.Asterisk, "*"),
            (TokenKind.Slash, "/"), (TokenKind.Percent, "%"), (TokenKind.Concat, "||"), (TokenKind.Arrow, "->"),
            (TokenKind.DoubleArrow, "=>"), (TokenKind.Dot, "."), (TokenKind.Comma, ","), (TokenKind.LeftParen, "("),
            (TokenKind.RightParen, ")"), (TokenKind.LeftBracket, "["), (TokenKind.RightBracket, "]"),
            (TokenKind.QuestionMark, "?"), (TokenKind.Semicolon, ";"),
        ];
        foreach ((TokenKind kind, string text) in fixedTexts)
        {
            texts[(int)kind] = text;
        }
        return texts;
    }

    /// <summary>Describes a character for an error message: 'c' when printable ASCII, else U+XXXX.</summary>
    internal static string Describe(char c)
        => c is >= ' ' and <= '~' ? "'" + c + "'" : "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    internal static bool IsDigit(char c) => c is >= '0' and <= '9';

    internal static bool IsLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    internal static bool IsIdentifierPart(char c) => IsLetter(c) || IsDigit(c) || c is '_' or '@' or ':';
}
