using System.Runtime.CompilerServices;
using Manifold.Sql.Lexing;
using Manifold.Sql.Tree;

namespace Manifold.Sql.Parsing;

/// <summary>A recursive-descent parser for one SQL text; one partial file per grammar area.</summary>
/// <remarks>
/// Tokens come from the lexer on demand, so errors are reported in text order. Each failed look for an optional token
/// is recorded against the current token index, which is how "Expecting:" lists are built (as ANTLR does for Trino).
/// Recursion is bounded by <see cref="MaxDepth"/> and by the remaining stack; the finished tree's depth is checked too,
/// because left-associative chains (a + b + …, UNION …) are built in loops and can be deep without recursion here.
/// </remarks>
internal sealed partial class Parser
{
    /// <summary>The deepest tree accepted, in nodes from the root.</summary>
    public const int MaxDepth = 1000;

    /// <summary>The deepest nesting of expressions, queries, relations and types while parsing (each costs several
    /// stack frames; 200 fits a 1 MB stack with room to spare even in Debug builds).</summary>
    public const int MaxNestingDepth = 200;

    private const string TooLargeMessage = "statement is too large (stack overflow while parsing)";

    private readonly Lexer _lexer;
    private readonly List<Token> _tokens = new(64);
    private int _index;
    private int _depth;
    private int _parameterCount;
    private int _expectedIndex = -1;
    private readonly ExpectedSet _expected = new();

    public Parser(string text, int line = 1, int column = 1) => _lexer = new Lexer(text, line, column);

    public Statement ParseSingleStatement()
    {
        Statement statement = ParseStatement();
        FinishInput(allowSemicolon: true);
        CheckTreeDepth(statement);
        return statement;
    }

    public Expression ParseSingleExpression()
    {
        Expression expression = ParseExpression();
        FinishInput(allowSemicolon: false);
        CheckTreeDepth(expression);
        return expression;
    }

    public DataType ParseSingleDataType()
    {
        DataType type = ParseDataType();
        FinishInput(allowSemicolon: false);
        CheckTreeDepth(type);
        return type;
    }

    private void FinishInput(bool allowSemicolon)
    {
        if (allowSemicolon && Current.Kind == TokenKind.Semicolon)
        {
            Advance();
            if (Current.Kind != TokenKind.EndOfInput)
            {
                Expect(TokenKind.EndOfInput);
                throw Mismatch();
            }
            return;
        }
        if (Current.Kind != TokenKind.EndOfInput)
        {
            Expect(TokenKind.EndOfInput);
            throw Mismatch();
        }
    }

    // ---- tokens ----

    private Token Current => Peek(0);

    private Token Peek(int ahead)
    {
        int index = _index + ahead;
        while (_tokens.Count <= index)
        {
            if (_tokens.Count > 0 && _tokens[^1].Kind is TokenKind.EndOfInput or TokenKind.Error)
            {
                index = _tokens.Count - 1;
                break;
            }
            _tokens.Add(_lexer.Next());
        }
        Token token = _tokens[index];
        if (token.Kind == TokenKind.Error)
        {
            throw new SqlParseException(token.Value, token.Line, token.Column);
        }
        return token;
    }

    private Token Advance()
    {
        Token token = Current;
        if (token.Kind != TokenKind.EndOfInput)
        {
            _index++;
        }
        return token;
    }

    private bool Is(TokenKind kind) => Current.Kind == kind;

    private bool Is(Keyword keyword) => Current.Is(keyword);

    /// <summary>True when the current token has <paramref name="kind"/>; otherwise records it as expected.</summary>
    private bool Check(TokenKind kind)
    {
        if (Current.Kind == kind)
        {
            return true;
        }
        Expect(kind);
        return false;
    }

    /// <summary>True when the current token is <paramref name="keyword"/>; otherwise records it as expected.</summary>
    private bool Check(Keyword keyword)
    {
        if (Current.Is(keyword))
        {
            return true;
        }
        Expect(keyword);
        return false;
    }

    private bool Accept(TokenKind kind)
    {
        if (Check(kind))
        {
            Advance();
            return true;
        }
        return false;
    }

    private bool Accept(Keyword keyword)
    {
        if (Check(keyword))
        {
            Advance();
            return true;
        }
        return false;
    }

    private Token Require(TokenKind kind)
    {
        if (!Check(kind))
        {
            throw Mismatch();
        }
        return Advance();
    }

    private Token Require(Keyword keyword)
    {
        if (!Check(keyword))
        {
            throw Mismatch();
        }
        return Advance();
    }

    private void Expect(Keyword keyword)
    {
        if (PrepareExpected())
        {
            _expected.Add(keyword);
        }
    }

    private void Expect(TokenKind kind)
    {
        if (PrepareExpected())
        {
            _expected.Add(kind);
        }
    }

    private void Expect(ExpectedCategory category)
    {
        if (PrepareExpected())
        {
            _expected.Add(category);
        }
    }

    private bool PrepareExpected()
    {
        if (_index == _expectedIndex)
        {
            return true;
        }
        if (_index > _expectedIndex)
        {
            _expected.Clear();
            _expectedIndex = _index;
            return true;
        }
        return false;
    }

    // ---- errors ----

    /// <summary>"mismatched input 'x'. Expecting: …" at the current token, listing what was expected there.</summary>
    private SqlParseException Mismatch()
    {
        Token token = Current;
        string expecting = _expectedIndex == _index && !_expected.IsEmpty ? _expected.Describe() : "";
        string message = token.Kind == TokenKind.EndOfInput
            ? "Unexpected end of input"
            : "mismatched input '" + TokenText(token) + "'";
        if (expecting.Length > 0)
        {
            message += ". Expecting: " + expecting;
        }
        return new SqlParseException(message, token.Line, token.Column);
    }

    private static SqlParseException Error(Token token, string message) => new(message, token.Line, token.Column);

    private static SqlParseException Error(Node node, string message)
        => new(message, node.Location.Line, node.Location.Column);

    private string TokenText(Token token)
    {
        const int limit = 40;
        return token.Length <= limit
            ? _lexer.Text.Substring(token.Offset, token.Length)
            : _lexer.Text.Substring(token.Offset, limit) + "...";
    }

    // ---- depth ----

    private void Enter()
    {
        if (++_depth > MaxNestingDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Error(Current, TooLargeMessage);
        }
    }

    private void Leave() => _depth--;

    /// <summary>Refuses trees deeper than <see cref="MaxDepth"/>, walking them without recursion.</summary>
    private static void CheckTreeDepth(Node root)
    {
        var pending = new List<(Node Node, int Depth)> { (root, 1) };
        while (pending.Count > 0)
        {
            (Node node, int depth) = pending[^1];
            pending.RemoveAt(pending.Count - 1);
            if (depth > MaxDepth)
            {
                throw Error(node, TooLargeMessage);
            }
            // Children are added last-first so the leftmost too-deep node is reported, as text order would.
            int mark = pending.Count;
            foreach (Node child in node.Children)
            {
                pending.Add((child, depth + 1));
            }
            pending.Reverse(mark, pending.Count - mark);
        }
    }

    private static NodeLocation Loc(Token token) => new(token.Line, token.Column);
}
