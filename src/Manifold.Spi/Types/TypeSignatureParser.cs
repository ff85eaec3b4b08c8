namespace Manifold.Spi.Types;

/// <summary>Parses Trino type signatures (<c>decimal(12,2)</c>, <c>map(varchar, array(bigint))</c>, …).</summary>
internal ref struct TypeSignatureParser
{
    private readonly string _text;
    private int _position;

    private TypeSignatureParser(string text)
    {
        _text = text;
        _position = 0;
    }

    public static SqlType Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new TypeSignatureParser(text);
        SqlType type = parser.ParseType();
        parser.SkipBlanks();
        if (parser._position != text.Length)
        {
            throw new FormatException($"Unexpected text after type at position {parser._position + 1}: '{text}'");
        }
        return type;
    }

    private SqlType ParseType()
    {
        string word = ReadWord().ToLowerInvariant();
        switch (word)
        {
            case "unknown": return SqlType.Unknown;
            case "boolean": return SqlType.Boolean;
            case "tinyint": return SqlType.TinyInt;
            case "smallint": return SqlType.SmallInt;
            case "integer" or "int": return SqlType.Integer;
            case "bigint": return SqlType.BigInt;
            case "real": return SqlType.Real;
            case "double":
                TryWord("precision");
                return SqlType.Double;
            case "varbinary": return SqlType.Varbinary;
            case "date": return SqlType.Date;
            case "json": return SqlType.Json;
            case "uuid": return SqlType.Uuid;
            case "decimal" or "numeric":
            {
                List<int> args = ReadNumbers();
                return args.Count switch
                {
                    0 => DecimalType.Create(DecimalType.MaxPrecision, 0),
                    1 => DecimalType.Create(args[0], 0),
                    2 => DecimalType.Create(args[0], args[1]),
                    _ => throw Error("decimal takes at most two parameters"),
                };
            }
            case "varchar":
            {
                List<int> args = ReadNumbers();
                return args.Count == 0 ? SqlType.Varchar : SqlType.CreateVarchar(args[0]);
            }
            case "char":
            {
                List<int> args = ReadNumbers();
                return SqlType.CreateChar(args.Count == 0 ? 1 : args[0]);
            }
            case "time":
            {
                List<int> args = ReadNumbers();
                int precision = args.Count == 0 ? TimeType.DefaultPrecision : args[0];
                if (TryWord("with"))
                {
                    throw Error("time with time zone is not supported");
                }
                TryWithout();
                return TimeType.Create(precision);
            }
            case "timestamp":
            {
                List<int> args = ReadNumbers();
                int precision = args.Count == 0 ? TimestampType.DefaultPrecision : args[0];
                if (TryWord("with"))
                {
                    Expect("time");
                    Expect("zone");
                    return TimestampWithTimeZoneType.Create(precision);
                }
                TryWithout();
                return TimestampType.Create(precision);
            }
            case "interval":
            {
                string from = ReadWord().ToLowerInvariant();
                Expect("to");
                string to = ReadWord().ToLowerInvariant();
                return (from, to) switch
                {
                    ("year", "month") => SqlType.IntervalYearToMonth,
                    ("day", "second") => SqlType.IntervalDayToSecond,
                    _ => throw Error($"unknown interval type 'interval {from} to {to}'"),
                };
            }
            case "array":
            {
                ExpectChar('(');
                SqlType element = ParseType();
                ExpectChar(')');
                return SqlType.CreateArray(element);
            }
            case "map":
            {
                ExpectChar('(');
                SqlType key = ParseType();
                ExpectChar(',');
                SqlType value = ParseType();
                ExpectChar(')');
                return SqlType.CreateMap(key, value);
            }
            case "row":
            {
                ExpectChar('(');
                var fields = new List<RowField>();
                do
                {
                    fields.Add(ParseRowField());
                }
                while (TryChar(','));
                ExpectChar(')');
                return SqlType.CreateRow(fields);
            }
            default:
                throw Error($"Unknown type '{word}'");
        }
    }

    private RowField ParseRowField()
    {
        SkipBlanks();
        int start = _position;
        string? name = null;
        if (Peek() == '"')
        {
            name = ReadQuoted();
            return new RowField(name, ParseType());
        }
        string first = ReadWord();
        SkipBlanks();
        // "name type" when another word follows that is not a parameter list or the end of the field.
        if (_position < _text.Length && _text[_position] != ',' && _text[_position] != ')' && _text[_position] != '(')
        {
            int save = _position;
            string next = PeekWord();
            if (next.Length > 0 && !IsTypeContinuation(first, next))
            {
                _position = save;
                return new RowField(first, ParseType());
            }
        }
        _position = start;
        return new RowField(null, ParseType());
    }

    private static bool IsTypeContinuation(string first, string next)
    {
        string f = first.ToLowerInvariant();
        string n = next.ToLowerInvariant();
        return (f, n) is ("double", "precision") or ("timestamp", "with") or ("timestamp", "without") or ("time", "with")
            or ("time", "without") or ("interval", _);
    }

    private void TryWithout()
    {
        if (TryWord("without"))
        {
            Expect("time");
            Expect("zone");
        }
    }

    private List<int> ReadNumbers()
    {
        var numbers = new List<int>();
        if (!TryChar('('))
        {
            return numbers;
        }
        do
        {
            SkipBlanks();
            int start = _position;
            while (_position < _text.Length && char.IsAsciiDigit(_text[_position]))
            {
                _position++;
            }
            if (start == _position || !int.TryParse(_text.AsSpan(start, _position - start), out int value))
            {
                throw Error("expected a number");
            }
            numbers.Add(value);
        }
        while (TryChar(','));
        ExpectChar(')');
        return numbers;
    }

    private string ReadQuoted()
    {
        _position++;
        var builder = new System.Text.StringBuilder();
        while (_position < _text.Length)
        {
            char c = _text[_position++];
            if (c == '"')
            {
                if (_position < _text.Length && _text[_position] == '"')
                {
                    builder.Append('"');
                    _position++;
                    continue;
                }
                return builder.ToString();
            }
            builder.Append(c);
        }
        throw Error("unterminated quoted name");
    }

    private string PeekWord()
    {
        int save = _position;
        string word = ReadWordOrEmpty();
        _position = save;
        return word;
    }

    private string ReadWord()
    {
        string word = ReadWordOrEmpty();
        return word.Length == 0 ? throw Error("expected a type name") : word;
    }

    private string ReadWordOrEmpty()
    {
        SkipBlanks();
        int start = _position;
        while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] == '_'))
        {
            _position++;
        }
        return _text[start.._position];
    }

    private bool TryWord(string word)
    {
        int save = _position;
        if (string.Equals(ReadWordOrEmpty(), word, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        _position = save;
        return false;
    }

    private void Expect(string word)
    {
        if (!TryWord(word))
        {
            throw Error($"expected '{word}'");
        }
    }

    private bool TryChar(char c)
    {
        SkipBlanks();
        if (_position < _text.Length && _text[_position] == c)
        {
            _position++;
            return true;
        }
        return false;
    }

    private void ExpectChar(char c)
    {
        if (!TryChar(c))
        {
            throw Error($"expected '{c}'");
        }
    }

    private char Peek()
    {
        SkipBlanks();
        return _position < _text.Length ? _text[_position] : '\0';
    }

    private void SkipBlanks()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private readonly FormatException Error(string message) => new($"{message} in type '{_text}'");
}
