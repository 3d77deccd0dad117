package knob.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lexer and the parser: tokens, indentation, literals, precedence, and what they refuse. */
public class FrontEndTest {
    private static String kinds(String source) {
        List<String> out = new ArrayList<>();
        for (Token t : new Lexer(source).tokens()) {
            out.add(t.kind == Token.Kind.NAME || t.kind == Token.Kind.OP ? t.text : Token.Kind.name(t.kind));
        }
        return String.join(" ", out);
    }

    @Test
    void indentationBracketsAndComments() {
        assertEquals("if x : NEWLINE INDENT y = ( NUMBER , NUMBER ) NEWLINE DEDENT z NEWLINE END",
                kinds("if x:  # comment\n    y = (1,\n         2)\n\n# alone\nz\n"));
        assertEquals("x = NUMBER + NUMBER NEWLINE END", kinds("x = 1 + \\\n    2\n"));
    }

    @Test
    void literals() {
        List<Token> t = new Lexer("12345678901234567890 0x_ff 1_000 2.5e-3 .5 'a\\tb' \"q\" 'x' 'y'").tokens();
        assertEquals("12345678901234567890", Repr.repr(t.get(0).value));
        assertEquals(255, t.get(1).value);
        assertEquals(1000, t.get(2).value);
        assertEquals(0.0025, t.get(3).value);
        assertEquals(0.5, t.get(4).value);
        assertEquals("a\tbqxy", t.get(5).value); // adjacent strings join
        assertEquals(Token.Kind.NEWLINE, t.get(6).kind);
    }

    private static String error(String source) {
        return assertThrows(SyntaxError.class, () -> Parser.parse(source)).getMessage();
    }

    @Test
    void whatIsNotKnobsPythonIsNamed() {
        assertEquals("'import' is not part of Knob's Python", error("import math\n"));
        assertEquals("'class' is not part of Knob's Python", error("class A:\n    pass\n"));
        assertEquals("'lambda' is not part of Knob's Python", error("f = lambda x: x\n"));
        assertEquals("dicts and sets ({...}) are not part of Knob's Python", error("d = {}\n"));
        assertEquals("f-strings are not part of Knob's Python", error("print(f'{x}')\n"));
        assertEquals("f-strings are not part of Knob's Python", error("print(F'{x}')\n"));
        assertEquals("f-strings are not part of Knob's Python", error("print(Rf'{x}')\n"));
        assertEquals("bytes are not part of Knob's Python", error("print(B'x')\n"));
        assertEquals("bytes are not part of Knob's Python", error("print(bR'x')\n"));
        assertEquals("list comprehensions are not part of Knob's Python", error("a = [x for x in y]\n"));
        assertEquals("conditional expressions (x if c else y) are not part of Knob's Python", error("a = 1 if b else 2\n"));
        assertEquals("conditional expressions (x if c else y) are not part of Knob's Python", error("print(1if 1else 2)\n"));
        assertEquals("surrogate escapes (\\ud800 to \\udfff) are not part of Knob's Python",
                error("print(len('\\ud83d\\ude00'))\n"));
        assertEquals("surrogate escapes (\\ud800 to \\udfff) are not part of Knob's Python", error("x = '\\U0000dfff'\n"));
        assertEquals("'global' is not part of Knob's Python", error("def f():\n    global x\n"));
        assertEquals("'.pop' (of methods only list.append is) is not part of Knob's Python", error("a.pop()\n"));
        assertEquals("the keyword argument key= (only print's sep= and end= are) is not part of Knob's Python",
                error("m = max(a, key=b)\n"));
        assertEquals("default parameter values are not part of Knob's Python", error("def f(a=1):\n    pass\n"));
    }

    @Test
    void namesAreAsciiAndSaySo() {
        assertEquals("invalid character '\u00e9' (U+00E9): Knob's Python takes only ASCII letters, digits and _ in names",
                error("caf\u00e9 = 1\n"));
        assertEquals("invalid character '\u03b1' (U+03B1): Knob's Python takes only ASCII letters, digits and _ in names",
                error("\u03b1 = 0.1\n"));
        // CPython's own words where CPython refuses the character too
        assertEquals("invalid character '\u20ac' (U+20AC)", error("x = 1\u20ac\n"));
        assertEquals("invalid character '\ud83d\ude00' (U+1F600)", error("x = \ud83d\ude00\n"));
    }

    /** Repr's table of what str.isprintable() refuses is python3's, code point for code point. */
    @Test
    void printableIsPythons() throws Exception {
        Process p = new ProcessBuilder("python3", "scripts/make-printable-table.py", "--bounds").start();
        String[] bounds = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .strip().split(" ");
        assertEquals(0, p.waitFor());
        org.junit.jupiter.api.Assertions.assertTrue(bounds.length > 1000, "python3 gave " + bounds.length + " bounds");
        boolean printable = true;
        int next = 0;
        for (int cp = 0xa1; cp <= 0x10ffff; cp++) {
            if (next < bounds.length && cp == Integer.parseInt(bounds[next])) {
                printable = !printable;
                next++;
            }
            if (Repr.printable(cp) != printable) {
                assertEquals(printable, Repr.printable(cp), "U+" + Integer.toHexString(cp));
            }
        }
        // the last bound may be the end of Unicode, 0x110000
        assertEquals(bounds.length, next + (bounds[bounds.length - 1].equals("1114112") ? 1 : 0));
    }

    /** The corpus's SyntaxErrors are marked on the line python3 gives (the .out files hold only the words). */
    @Test
    void syntaxErrorLinesArePythons() throws Exception {
        List<java.nio.file.Path> files = new ArrayList<>();
        try (var list = java.nio.file.Files.list(java.nio.file.Path.of("src/test/resources/knob/python/corpus"))) {
            list.filter(f -> f.getFileName().toString().contains("-syntax-") && f.toString().endsWith(".py"))
                    .sorted().forEach(files::add);
        }
        org.junit.jupiter.api.Assertions.assertTrue(files.size() >= 30, "only " + files.size() + " programs");
        List<String> command = new ArrayList<>(List.of("python3", "-c", "import sys\n"
                + "for f in sys.argv[1:]:\n"
                + "    try:\n"
                + "        compile(open(f, encoding='utf-8').read(), f, 'exec')\n"
                + "        print(0)\n"
                + "    except SyntaxError as e:\n"
                + "        print(e.lineno)\n"));
        for (java.nio.file.Path f : files) {
            command.add(f.toString());
        }
        Process p = new ProcessBuilder(command).start();
        String[] lines = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .strip().split("\n");
        assertEquals(0, p.waitFor());
        assertEquals(files.size(), lines.length);
        for (int i = 0; i < files.size(); i++) {
            Execution e = new Execution(java.nio.file.Files.readString(files.get(i)), Limits.PAGE, null);
            org.junit.jupiter.api.Assertions.assertNotNull(e.failure(), files.get(i).toString());
            assertEquals(Integer.parseInt(lines[i]), e.failure().line(), files.get(i) + ": " + e.failure().lastLine());
        }
    }

    @Test
    void syntaxErrorsAsPythonWordsThem() {
        assertEquals("expected ':'", error("if x\n    pass\n"));
        assertEquals("unindent does not match any outer indentation level", error("if x:\n        a\n    b\n"));
        assertEquals("expected an indented block after 'if' statement on line 1", error("if x:\npass\n"));
        assertEquals("invalid syntax", error("x = = 1\n"));
        assertEquals("cannot assign to literal here. Maybe you meant '==' instead of '='?", error("1 = x\n"));
        Execution e = new Execution("x = 1\nbreak\n", Limits.PAGE, null);
        assertEquals("SyntaxError: 'break' outside loop", e.failure().lastLine());
        assertEquals(2, e.failure().line());
    }

    @Test
    void precedenceAndChains() {
        assertEquals("-4 True False 8 2\n", Execution.transcript(
                "print(-2 ** 2, 1 < 2 <= 2, 1 < 2 > 3, 2 ** 3 ** 1, 7 - 2 * 3 + 1)\n", Limits.PAGE));
        assertEquals("True 3 0\n", Execution.transcript("print(not 1 == 2, 1 and 3, 0 or 0)\n", Limits.PAGE));
    }
}
