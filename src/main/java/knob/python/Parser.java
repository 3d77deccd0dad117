package knob.python;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads tokens into statements (recursive descent, Python's grammar and precedence). Python
 * constructs outside Knob's Python are refused here with a SyntaxError that names them.
 */
public final class Parser {
    private static final String[] KEYWORDS = {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
        "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
        "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"};
    private static final String[] FOREIGN_STATEMENTS = {
        "import", "from", "class", "try", "with", "raise", "global", "nonlocal", "del", "assert", "async",
        "await", "yield", "lambda", "except", "finally"};

    private final List<Token> tokens;
    private int pos;

    public Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Parses a whole program. @throws SyntaxError */
    public static List<Stmt> parse(String source) {
        Lexer lexer = new Lexer(source);
        List<Token> tokens = lexer.tokens();
        SyntaxError unclosed = lexer.unclosed;
        try {
            List<Stmt> program = new Parser(tokens).program();
            if (unclosed != null) {
                throw unclosed;
            }
            return program;
        } catch (SyntaxError e) {
            // as CPython, which reads the rest of the file when its parser fails: a bracket never closed
            // is the error unless the parser failed plainly ("invalid syntax") no later than its line
            throw unclosed == null || e.getMessage().equals("invalid syntax") && e.line <= unclosed.line ? e : unclosed;
        }
    }

    public List<Stmt> program() {
        List<Stmt> body = new ArrayList<>();
        while (peek().kind != Token.Kind.END) {
            if (peek().kind == Token.Kind.NEWLINE) {
                pos++;
                continue;
            }
            if (peek().kind == Token.Kind.INDENT) {
                throw new SyntaxError("IndentationError", "unexpected indent", peek().line);
            }
            statement(body);
        }
        return body;
    }

    static boolean isKeyword(String s) {
        for (String k : KEYWORDS) {
            if (k.equals(s)) {
                return true;
            }
        }
        return false;
    }

    private void statement(List<Stmt> into) {
        Token t = peek();
        if (t.kind == Token.Kind.NAME) {
            switch (t.text) {
                case "if" -> {
                    into.add(ifStatement());
                    return;
                }
                case "while" -> {
                    pos++;
                    Expr test = condition();
                    List<Stmt> body = block("'while' statement", t.line);
                    noLoopElse();
                    into.add(new Stmt.While(test, body, t.line));
                    return;
                }
                case "for" -> {
                    pos++;
                    Expr target = targetList();
                    expect("in");
                    Expr iterable = testList();
                    List<Stmt> body = block("'for' statement", t.line);
                    noLoopElse();
                    into.add(new Stmt.For(target, iterable, body, t.line));
                    return;
                }
                case "def" -> {
                    into.add(def());
                    return;
                }
                default -> {
                    for (String k : FOREIGN_STATEMENTS) {
                        if (k.equals(t.text)) {
                            throw SyntaxError.notInKnob("'" + k + "'", t.line);
                        }
                    }
                }
            }
        }
        if (t.is("@")) {
            throw SyntaxError.areNotInKnob("decorators (@)", t.line);
        }
        simpleStatements(into);
    }

    /** The test of an if, elif or while, with CPython's words for '=' written for '=='. */
    private Expr condition() {
        Expr test = test();
        if (peek().is("=")) {
            if (test instanceof Expr.Name) {
                throw new SyntaxError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", test.line);
            }
            if (!(test instanceof Expr.Compare || test instanceof Expr.Logical
                    || test instanceof Expr.Unary u && u.op.equals("not") || test instanceof Expr.Literal l
                    && (l.value == Boolean.TRUE || l.value == Boolean.FALSE || l.value == PyNone.NONE))) {
                checkTarget(test, true);
            }
        }
        return test;
    }

    private void noLoopElse() {
        if (peek().is("else")) {
            throw SyntaxError.notInKnob("'else' after a loop", peek().line);
        }
    }

    private Stmt ifStatement() {
        Token t = next();
        Expr test = condition();
        List<Stmt> body = block("'" + t.text + "' statement", t.line);
        List<Stmt> orElse = new ArrayList<>();
        if (peek().is("elif")) {
            orElse.add(ifStatement());
        } else if (peek().is("else")) {
            Token e = next();
            orElse = block("'else' statement", e.line);
        }
        return new Stmt.If(test, body, orElse, t.line);
    }

    private Stmt def() {
        Token t = next();
        Token name = next();
        if (name.kind != Token.Kind.NAME || isKeyword(name.text)) {
            throw new SyntaxError("invalid syntax", name.line);
        }
        if (!peek().is("(")) {
            throw new SyntaxError("expected '('", peek().line);
        }
        expect("(");
        List<String> params = new ArrayList<>();
        while (!peek().is(")")) {
            Token p = next();
            if (p.is("*") || p.is("**") || p.is("/")) {
                throw SyntaxError.notInKnob("'" + p.text + "' in parameters", p.line);
            }
            if (p.kind != Token.Kind.NAME || isKeyword(p.text)) {
                throw new SyntaxError("invalid syntax", p.line);
            }
            if (params.contains(p.text)) {
                throw new SyntaxError("duplicate argument '" + p.text + "' in function definition", p.line);
            }
            params.add(p.text);
            if (peek().is("=")) {
                throw SyntaxError.areNotInKnob("default parameter values", p.line);
            }
            if (peek().is(":")) {
                throw SyntaxError.areNotInKnob("annotations", p.line);
            }
            if (!peek().is(")")) {
                expect(",");
            }
        }
        expect(")");
        if (peek().is("->")) {
            throw SyntaxError.areNotInKnob("annotations", peek().line);
        }
        List<Stmt> body = block("function definition", t.line);
        return new Stmt.Def(name.text, params, body, t.line);
    }

    /** The body after a colon; after names the statement for CPython's IndentationError. */
    private List<Stmt> block(String after, int line) {
        expect(":");
        List<Stmt> body = new ArrayList<>();
        if (peek().kind != Token.Kind.NEWLINE) {
            simpleStatements(body);
            return body;
        }
        Token nl = next();
        if (peek().kind != Token.Kind.INDENT) {
            throw new SyntaxError("IndentationError", "expected an indented block after " + after + " on line " + line, peek().kind == Token.Kind.END
                    ? nl.line + 1 : peek().line);
        }
        pos++;
        while (peek().kind != Token.Kind.DEDENT && peek().kind != Token.Kind.END) {
            statement(body);
        }
        if (peek().kind == Token.Kind.DEDENT) {
            pos++;
        }
        return body;
    }

    private void simpleStatements(List<Stmt> into) {
        while (true) {
            into.add(smallStatement());
            if (peek().is(";")) {
                pos++;
                if (peek().kind == Token.Kind.NEWLINE) {
                    break;
                }
                continue;
            }
            break;
        }
        if (peek().kind != Token.Kind.NEWLINE) {
            throw new SyntaxError("invalid syntax", peek().line);
        }
        pos++;
    }

    private Stmt smallStatement() {
        Token t = peek();
        if (t.is("print") && startsOperand(tokens.get(pos + 1))) {
            throw new SyntaxError("Missing parentheses in call to 'print'. Did you mean print(...)?", t.line);
        }
        if (t.kind == Token.Kind.NAME) {
            switch (t.text) {
                case "pass" -> {
                    pos++;
                    return new Stmt.Pass(t.line);
                }
                case "break" -> {
                    pos++;
                    return new Stmt.Break(t.line);
                }
                case "continue" -> {
                    pos++;
                    return new Stmt.Continue(t.line);
                }
                case "return" -> {
                    pos++;
                    Expr value = atStatementEnd() ? null : testList();
                    return new Stmt.Return(value, t.line);
                }
                default -> {
                    for (String k : FOREIGN_STATEMENTS) {
                        if (k.equals(t.text)) {
                            throw SyntaxError.notInKnob("'" + k + "'", t.line);
                        }
                    }
                }
            }
        }
        Expr first = testList();
        Token op = peek();
        if (op.is("=")) {
            List<Expr> targets = new ArrayList<>();
            targets.add(first);
            Expr value = null;
            while (peek().is("=")) {
                pos++;
                value = testList();
                if (peek().is("=")) {
                    targets.add(value);
                }
            }
            for (Expr target : targets) {
                checkTarget(target, true);
            }
            return new Stmt.Assign(targets, value, t.line);
        }
        if (op.kind == Token.Kind.OP && op.text.length() >= 2 && op.text.endsWith("=")
                && !op.text.equals("==") && !op.text.equals("<=") && !op.text.equals(">=")
                && !op.text.equals("!=")) {
            String bin = op.text.substring(0, op.text.length() - 1);
            if (bin.equals(":")) {
                throw SyntaxError.notInKnob("':=' (assignment expressions)", op.line);
            }
            if (!(first instanceof Expr.Name) && !(first instanceof Expr.Index)) {
                throw new SyntaxError("'" + describe(first) + "' is an illegal expression for augmented assignment",
                        op.line);
            }
            if (first instanceof Expr.Index ix && ix.index instanceof Expr.Slice) {
                throw SyntaxError.notInKnob("augmented assignment to a slice", op.line);
            }
            if (!isArithmetic(bin)) {
                throw SyntaxError.notInKnob("the operator '" + op.text + "'", op.line);
            }
            pos++;
            checkTarget(first, true);
            return new Stmt.AugAssign(first, bin, testList(), t.line);
        }
        if (op.is(":")) {
            throw SyntaxError.areNotInKnob("annotations", op.line);
        }
        return new Stmt.ExprStmt(first, t.line);
    }

    private static boolean isArithmetic(String op) {
        return switch (op) {
            case "+", "-", "*", "/", "//", "%", "**" -> true;
            default -> false;
        };
    }

    private static String describe(Expr e) {
        if (e instanceof Expr.Literal l) {
            return "literal";
        }
        if (e instanceof Expr.Call) {
            return "function call";
        }
        if (e instanceof Expr.TupleDisplay) {
            return "tuple";
        }
        if (e instanceof Expr.ListDisplay) {
            return "list";
        }
        if (e instanceof Expr.Compare) {
            return "comparison";
        }
        return "expression";
    }

    /** Refuses what cannot be assigned to; here adds CPython's hint for an '=' that may mean '=='. */
    private void checkTarget(Expr e, boolean here) {
        if (e instanceof Expr.Name n) {
            if (n.id.equals("__debug__")) {
                throw new SyntaxError("cannot assign to __debug__", n.line);
            }
            return;
        }
        if (e instanceof Expr.Index ix) {
            if (ix.index instanceof Expr.Slice) {
                throw SyntaxError.notInKnob("assignment to a slice", e.line);
            }
            return;
        }
        if (e instanceof Expr.TupleDisplay t) {
            for (Expr item : t.items) {
                checkTarget(item, here);
            }
            return;
        }
        if (e instanceof Expr.ListDisplay l) {
            for (Expr item : l.items) {
                checkTarget(item, here);
            }
            return;
        }
        if (e instanceof Expr.Attribute) {
            throw SyntaxError.notInKnob("assignment to an attribute", e.line);
        }
        if (e instanceof Expr.Literal l && (l.value == Boolean.TRUE || l.value == Boolean.FALSE
                || l.value == PyNone.NONE)) {
            throw new SyntaxError("cannot assign to " + Repr.repr(l.value), e.line);
        }
        throw new SyntaxError("cannot assign to " + describe(e)
                + (here ? " here. Maybe you meant '==' instead of '='?" : ""), e.line);
    }

    private boolean atStatementEnd() {
        return peek().kind == Token.Kind.NEWLINE || peek().is(";");
    }

    /** Targets of a for loop: a name, an index, or several separated by commas. */
    private Expr targetList() {
        int line = peek().line;
        List<Expr> items = new ArrayList<>();
        items.add(arith());
        boolean tuple = false;
        while (peek().is(",")) {
            pos++;
            tuple = true;
            if (peek().is("in")) {
                break;
            }
            items.add(arith());
        }
        Expr target = tuple ? new Expr.TupleDisplay(items, line) : items.get(0);
        checkTarget(target, false);
        return target;
    }

    private Expr testList() {
        int line = peek().line;
        Expr first = test();
        if (!peek().is(",")) {
            return first;
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (peek().is(",")) {
            pos++;
            if (!startsExpression()) {
                break;
            }
            items.add(test());
        }
        return new Expr.TupleDisplay(items, line);
    }

    private boolean startsExpression() {
        Token t = peek();
        return switch (t.kind) {
            case Token.Kind.NAME -> !isKeyword(t.text) || t.is("not") || t.is("True") || t.is("False") || t.is("None")
                    || t.is("lambda");
            case Token.Kind.NUMBER, Token.Kind.STRING -> true;
            case Token.Kind.OP -> t.is("(") || t.is("[") || t.is("{") || t.is("-") || t.is("+") || t.is("~") || t.is("*")
                    || t.is("...");
            default -> false;
        };
    }

    private Expr test() {
        if (peek().is("lambda")) {
            throw SyntaxError.notInKnob("'lambda'", peek().line);
        }
        if (peek().is("*")) {
            throw SyntaxError.areNotInKnob("starred expressions (*x)", peek().line);
        }
        Expr e = orExpr();
        if (peek().is("if")) {
            throw SyntaxError.areNotInKnob("conditional expressions (x if c else y)", peek().line);
        }
        if (peek().is(":=")) {
            throw SyntaxError.notInKnob("':=' (assignment expressions)", peek().line);
        }
        return e;
    }

    private Expr orExpr() {
        Expr left = andExpr();
        while (peek().is("or")) {
            Token op = next();
            left = new Expr.Logical("or", left, andExpr(), op.line);
        }
        return left;
    }

    private Expr andExpr() {
        Expr left = notExpr();
        while (peek().is("and")) {
            Token op = next();
            left = new Expr.Logical("and", left, notExpr(), op.line);
        }
        return left;
    }

    private Expr notExpr() {
        if (peek().is("not")) {
            Token op = next();
            return new Expr.Unary("not", notExpr(), op.line);
        }
        return comparison();
    }

    private Expr comparison() {
        Expr first = arith();
        List<String> ops = new ArrayList<>();
        List<Expr> operands = new ArrayList<>();
        operands.add(first);
        while (true) {
            Token t = peek();
            String op;
            if (t.is("<") || t.is(">") || t.is("==") || t.is(">=") || t.is("<=") || t.is("!=") || t.is("in")) {
                pos++;
                op = t.text;
            } else if (t.is("not") && tokens.get(pos + 1).is("in")) {
                pos += 2;
                op = "not in";
            } else if (t.is("is")) {
                throw SyntaxError.notInKnob("'is' (compare with ==)", t.line);
            } else {
                break;
            }
            ops.add(op);
            operands.add(arith());
        }
        return ops.isEmpty() ? first : new Expr.Compare(ops, operands, first.line);
    }

    private Expr arith() {
        Expr left = term();
        while (peek().is("+") || peek().is("-")) {
            Token op = next();
            left = new Expr.Binary(op.text, left, term(), op.line);
        }
        Token t = peek();
        if (t.is("|") || t.is("&") || t.is("^") || t.is("<<") || t.is(">>")) {
            throw SyntaxError.notInKnob("the bitwise operator '" + t.text + "'", t.line);
        }
        return left;
    }

    private Expr term() {
        Expr left = factor();
        while (peek().is("*") || peek().is("/") || peek().is("//") || peek().is("%") || peek().is("@")) {
            Token op = next();
            if (op.is("@")) {
                throw SyntaxError.notInKnob("the operator '@'", op.line);
            }
            left = new Expr.Binary(op.text, left, factor(), op.line);
        }
        return left;
    }

    private Expr factor() {
        Token t = peek();
        if (t.is("-") || t.is("+")) {
            pos++;
            return new Expr.Unary(t.text, factor(), t.line);
        }
        if (t.is("~")) {
            throw SyntaxError.notInKnob("the bitwise operator '~'", t.line);
        }
        return power();
    }

    private Expr power() {
        Expr base = primary();
        if (peek().is("**")) {
            Token op = next();
            return new Expr.Binary("**", base, factor(), op.line);
        }
        return base;
    }

    private Expr primary() {
        Expr e = atom();
        while (true) {
            Token t = peek();
            if (t.is("(")) {
                pos++;
                e = call(e, t.line);
            } else if (t.is("[")) {
                pos++;
                e = new Expr.Index(e, subscript(), t.line);
                expect("]");
            } else if (t.is(".")) {
                pos++;
                Token name = next();
                if (name.kind != Token.Kind.NAME) {
                    throw new SyntaxError("invalid syntax", name.line);
                }
                if (!name.text.equals("append") || !peek().is("(")) {
                    throw SyntaxError.notInKnob("'." + name.text + "' (of methods only list.append is)", name.line);
                }
                e = new Expr.Attribute(e, name.text, name.line);
            } else {
                return e;
            }
        }
    }

    private Expr call(Expr callee, int line) {
        List<Expr> args = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        while (!peek().is(")")) {
            Token t = peek();
            if (t.is("*") || t.is("**")) {
                throw SyntaxError.notInKnob("'" + t.text + "' in a call", t.line);
            }
            if (t.kind == Token.Kind.NAME && tokens.get(pos + 1).is("=")) {
                pos += 2;
                if (names.contains(t.text)) {
                    throw new SyntaxError("keyword argument repeated: " + t.text, t.line);
                }
                names.add(t.text);
                values.add(test());
            } else {
                int start = pos;
                Expr arg = test();
                noMissingComma(start);
                if (peek().is("for")) {
                    throw SyntaxError.areNotInKnob("generator expressions", peek().line);
                }
                if (!names.isEmpty()) {
                    throw new SyntaxError("positional argument follows keyword argument", arg.line);
                }
                args.add(arg);
            }
            if (!peek().is(")")) {
                expect(",");
            }
        }
        expect(")");
        if (!names.isEmpty()) {
            boolean print = callee instanceof Expr.Name n && n.id.equals("print");
            for (String n : names) {
                if (!print || !(n.equals("sep") || n.equals("end"))) {
                    throw SyntaxError.notInKnob("the keyword argument " + n + "= (only print's sep= and end= are)",
                            line);
                }
            }
        }
        return new Expr.Call(callee, args, names, values, line);
    }

    private Expr subscript() {
        int line = peek().line;
        Expr first = sliceOrTest();
        if (!peek().is(",")) {
            return first;
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (peek().is(",")) {
            pos++;
            if (peek().is("]")) {
                break;
            }
            items.add(sliceOrTest());
        }
        return new Expr.TupleDisplay(items, line);
    }

    private Expr sliceOrTest() {
        int line = peek().line;
        Expr lower = peek().is(":") ? null : test();
        if (!peek().is(":")) {
            return lower;
        }
        pos++;
        Expr upper = peek().is(":") || peek().is("]") || peek().is(",") ? null : test();
        Expr step = null;
        if (peek().is(":")) {
            pos++;
            step = peek().is("]") || peek().is(",") ? null : test();
        }
        return new Expr.Slice(lower, upper, step, line);
    }

    private Expr atom() {
        Token t = next();
        switch (t.kind) {
            case Token.Kind.NUMBER:
                return new Expr.Literal(t.value, t.line);
            case Token.Kind.STRING:
                return new Expr.Literal(t.value, t.line);
            case Token.Kind.NAME:
                switch (t.text) {
                    case "True":
                        return new Expr.Literal(Boolean.TRUE, t.line);
                    case "False":
                        return new Expr.Literal(Boolean.FALSE, t.line);
                    case "None":
                        return new Expr.Literal(PyNone.NONE, t.line);
                    case "lambda":
                    case "yield":
                    case "await":
                        throw SyntaxError.notInKnob("'" + t.text + "'", t.line);
                    default:
                        if (isKeyword(t.text)) {
                            throw new SyntaxError("invalid syntax", t.line);
                        }
                        return new Expr.Name(t.text, t.line);
                }
            case Token.Kind.OP:
                if (t.is("(")) {
                    if (peek().is(")")) {
                        pos++;
                        return new Expr.TupleDisplay(new ArrayList<>(), t.line);
                    }
                    int start = pos;
                    Expr inner = test();
                    if (peek().is("for")) {
                        throw SyntaxError.areNotInKnob("generator expressions", peek().line);
                    }
                    noMissingComma(start);
                    if (peek().is(")")) {
                        pos++;
                        return inner;
                    }
                    List<Expr> items = new ArrayList<>();
                    items.add(inner);
                    while (peek().is(",")) {
                        pos++;
                        if (peek().is(")")) {
                            break;
                        }
                        int next = pos;
                        items.add(test());
                        noMissingComma(next);
                    }
                    expect(")");
                    return new Expr.TupleDisplay(items, t.line);
                }
                if (t.is("[")) {
                    List<Expr> items = new ArrayList<>();
                    while (!peek().is("]")) {
                        int start = pos;
                        items.add(test());
                        noMissingComma(start);
                        if (peek().is("for")) {
                            throw SyntaxError.areNotInKnob("list comprehensions", peek().line);
                        }
                        if (!peek().is("]")) {
                            expect(",");
                        }
                    }
                    pos++;
                    return new Expr.ListDisplay(items, t.line);
                }
                if (t.is("{")) {
                    throw SyntaxError.areNotInKnob("dicts and sets ({...})", t.line);
                }
                if (t.is("...")) {
                    throw SyntaxError.notInKnob("'...' (Ellipsis)", t.line);
                }
                throw new SyntaxError("invalid syntax", t.line);
            case Token.Kind.NEWLINE:
            case Token.Kind.END:
                throw new SyntaxError("invalid syntax", t.line);
            case Token.Kind.INDENT:
                throw new SyntaxError("IndentationError", "unexpected indent", t.line);
            default:
                throw new SyntaxError("invalid syntax", t.line);
        }
    }

    /** Whether t can begin an operand: a number, a str, a name or True, False, None. */
    private static boolean startsOperand(Token t) {
        return t.kind == Token.Kind.NUMBER || t.kind == Token.Kind.STRING || (t.kind == Token.Kind.NAME
                && (!isKeyword(t.text) || t.is("True") || t.is("False") || t.is("None")));
    }

    /**
     * CPython's hint inside brackets when two expressions stand side by side ({@code print(1 2)}),
     * unless the first is a name followed by a str; start is where the first began.
     */
    private void noMissingComma(int start) {
        Token first = tokens.get(start);
        if (startsOperand(peek()) && !(first.kind == Token.Kind.NAME
                && tokens.get(start + 1).kind == Token.Kind.STRING)) {
            throw new SyntaxError("invalid syntax. Perhaps you forgot a comma?", first.line);
        }
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (t.kind != Token.Kind.END) {
            pos++;
        }
        return t;
    }

    private void expect(String text) {
        Token t = peek();
        if (!t.is(text)) {
            if (text.equals(":") && t.kind == Token.Kind.NEWLINE) {
                throw new SyntaxError("expected ':'", t.line);
            }
            throw new SyntaxError("invalid syntax", t.line);
        }
        pos++;
    }
}
