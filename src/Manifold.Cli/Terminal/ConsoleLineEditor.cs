using System.Text;

namespace Manifold.Cli.Terminal;

/// <summary>A small line editor on <see cref="Console.ReadKey(bool)"/> for the interactive REPL: cursor movement, history
/// on the up and down arrows and Emacs-style control keys. Ctrl-C clears the line; Ctrl-D on an empty line ends input.
/// Needs no native library; long lines scroll sideways instead of wrapping.</summary>
internal sealed class ConsoleLineEditor(TextWriter output, LineHistory history) : ILineReader
{
    private readonly StringBuilder _line = new();
    private int _cursor;
    private int _scroll;
    private string _prompt = "";

    public LineReadResult ReadLine(string prompt)
    {
        _prompt = prompt;
        _line.Clear();
        _cursor = 0;
        _scroll = 0;
        int historyIndex = history.Entries.Count;
        string pending = "";
        bool treatControlC = Console.TreatControlCAsInput;
        Console.TreatControlCAsInput = true;
        try
        {
            Redraw();
            while (true)
            {
                ConsoleKeyInfo key = Console.ReadKey(intercept: true);
                bool control = (key.Modifiers & ConsoleModifiers.Control) != 0;
                switch (key.Key)
                {
                    case ConsoleKey.Enter:
                        output.Write('\n');
                        output.Flush();
                        return new LineReadResult(_line.ToString());
                    case ConsoleKey.Backspace:
                        if (_cursor > 0)
                        {
                            _line.Remove(--_cursor, 1);
                        }
                        break;
                    case ConsoleKey.Delete:
                        if (_cursor < _line.Length)
                        {
                            _line.Remove(_cursor, 1);
                        }
                        break;
                    case ConsoleKey.LeftArrow:
                        _cursor = Math.Max(0, _cursor - 1);
                        break;
                    case ConsoleKey.RightArrow:
                        _cursor = Math.Min(_line.Length, _cursor + 1);
                        break;
                    case ConsoleKey.Home:
                        _cursor = 0;
                        break;
                    case ConsoleKey.End:
                        _cursor = _line.Length;
                        break;
                    case ConsoleKey.UpArrow:
                        MoveInHistory(-1, ref historyIndex, ref pending);
                        break;
                    case ConsoleKey.DownArrow:
                        MoveInHistory(+1, ref historyIndex, ref pending);
                        break;
                    case ConsoleKey.Tab:
                        Insert("    ");
                        break;
                    default:
                        if (control || key.KeyChar is > '\0' and < ' ')
                        {
                            switch (ControlLetter(key))
                            {
                                case 'C':
                                    output.Write("^C\n");
                                    output.Flush();
                                    return LineReadResult.Interrupt;
                                case 'D':
                                    if (_line.Length == 0)
                                    {
                                        output.Write('\n');
                                        output.Flush();
                                        return LineReadResult.EndOfInput;
                                    }
                                    if (_cursor < _line.Length)
                                    {
                                        _line.Remove(_cursor, 1);
                                    }
                                    break;
                                case 'A':
                                    _cursor = 0;
                                    break;
                                case 'E':
                                    _cursor = _line.Length;
                                    break;
                                case 'B':
                                    _cursor = Math.Max(0, _cursor - 1);
                                    break;
                                case 'F':
                                    _cursor = Math.Min(_line.Length, _cursor + 1);
                                    break;
                                case 'H':
                                    if (_cursor > 0)
                                    {
                                        _line.Remove(--_cursor, 1);
                                    }
                                    break;
                                case 'K':
                                    _line.Remove(_cursor, _line.Length - _cursor);
                                    break;
                                case 'U':
                                    _line.Remove(0, _cursor);
                                    _cursor = 0;
                                    break;
                                case 'W':
                                    DeleteWordBefore();
                                    break;
                                case 'P':
                                    MoveInHistory(-1, ref historyIndex, ref pending);
                                    break;
                                case 'N':
                                    MoveInHistory(+1, ref historyIndex, ref pending);
                                    break;
                                case 'L':
                                    output.Write("\u001b[H\u001b[2J");
                                    break;
                            }
                        }
                        else if (key.KeyChar != '\0')
                        {
                            Insert(key.KeyChar.ToString());
                        }
                        break;
                }
                Redraw();
            }
        }
        finally
        {
            Console.TreatControlCAsInput = treatControlC;
        }
    }

    private static char ControlLetter(ConsoleKeyInfo key)
        => key.KeyChar is > '\0' and < ' ' ? (char)('A' + key.KeyChar - 1) : key.Key is >= ConsoleKey.A and <= ConsoleKey.Z ? (char)('A' + (key.Key - ConsoleKey.A)) : '\0';

    private void Insert(string text)
    {
        _line.Insert(_cursor, text);
        _cursor += text.Length;
    }

    private void DeleteWordBefore()
    {
        int start = _cursor;
        while (start > 0 && char.IsWhiteSpace(_line[start - 1]))
        {
            start--;
        }
        while (start > 0 && !char.IsWhiteSpace(_line[start - 1]))
        {
            start--;
        }
        _line.Remove(start, _cursor - start);
        _cursor = start;
    }

    private void MoveInHistory(int step, ref int index, ref string pending)
    {
        int next = index + step;
        if (next < 0 || next > history.Entries.Count)
        {
            return;
        }
        if (index == history.Entries.Count)
        {
            pending = _line.ToString();
        }
        index = next;
        _line.Clear().Append(index == history.Entries.Count ? pending : history.Entries[index]);
        _cursor = _line.Length;
    }

    private void Redraw()
    {
        int width;
        try
        {
            width = Console.WindowWidth;
        }
        catch (IOException)
        {
            width = 80;
        }
        int visible = Math.Max(10, width - _prompt.Length - 1);
        if (_cursor < _scroll)
        {
            _scroll = _cursor;
        }
        else if (_cursor > _scroll + visible)
        {
            _scroll = _cursor - visible;
        }
        _scroll = Math.Min(_scroll, _line.Length);
        string shown = _line.ToString(_scroll, Math.Min(visible, _line.Length - _scroll));
        var text = new StringBuilder();
        text.Append('\r').Append(_prompt).Append(shown).Append("\u001b[K\r");
        int column = _prompt.Length + _cursor - _scroll;
        if (column > 0)
        {
            text.Append("\u001b[").Append(column).Append('C');
        }
        output.Write(text.ToString());
        output.Flush();
    }
}
