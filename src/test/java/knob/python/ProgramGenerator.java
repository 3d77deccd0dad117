package knob.python;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random programs in Knob's Python, as small trees so that a failing one can be shrunk:
 * statements (assignments, augmented and item assignments, print, if/elif/else, for, while with a
 * counter, def and return, append, unpacking) over expressions on ints, floats, strs, lists,
 * tuples, bools and None (operators, comparisons, built-ins, indexing, slicing). Programs always
 * end: loops are short and counted, and calls cannot recurse without end.
 */
final class ProgramGenerator {
    /** An expression: text with \u0001 where each kid goes. */
    record N(String text, List<N> kids) {
        static N leaf(String text) {
            return new N(text, List.of());
        }

        String render() {
            StringBuilder out = new StringBuilder();
            int k = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\u0001') {
                    out.append(kids.get(k++).render());
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
    }

    /** A statement: a line with \u0001 for each expression, and a body (and else) for blocks. */
    record S(String text, List<N> exprs, List<S> body, List<S> orElse) {
        void render(StringBuilder out, String indent) {
            int k = 0;
            out.append(indent);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\u0001') {
                    out.append(exprs.get(k++).render());
                } else {
                    out.append(c);
                }
            }
            out.append('\n');
            if (body != null) {
                for (S s : body) {
                    s.render(out, indent + "    ");
                }
            }
            if (orElse != null && !orElse.isEmpty()) {
                out.append(indent).append("else:\n");
                for (S s : orElse) {
                    s.render(out, indent + "    ");
                }
            }
        }
    }

    static String render(List<S> program) {
        StringBuilder out = new StringBuilder();
        for (S s : program) {
            s.render(out, "");
        }
        return out.toString();
    }

    private static final String[] NUMERIC_GLOBALS = {"weight", "pred", "error", "alpha", "x", "y"};
    private static final String[] GLOBALS = {"weight", "pred", "error", "alpha", "x", "y", "items", "text"};
    private static final String[] FLOATS = {
        "0.5", "0.1", "2.5", "-1.5", "0.0", "-0.0", "1e300", "1e-300", "3.0", "0.25", "1e16", "123.456", "-0.001",
        "2.2250738585072014e-308", "5e-324", "1.7976931348623157e308", "0.30000000000000004", "9007199254740993.0",
        "float('inf')", "float('-inf')", "float('nan')", "0.8", "1.1", "7.0"};
    private static final String[] INTS = {
        "0", "1", "2", "3", "-1", "-7", "10", "255", "2147483647", "-2147483648", "2147483648", "46341",
        "9007199254740993", "12345678901234567890", "-10 ** 20", "2 ** 64", "True", "False"};
    private static final String[] STRS = {"''", "'a'", "'ab'", "'Weight'", "\"it's\"", "'x\\ny'", "'3.5'", "' 12 '",
        "'1e5'", "'inf'", "'-0'", "'abc'", "'é'"};
    private static final String[] BINARY = {"+", "-", "*", "/", "//", "%", "+", "-", "*"};
    private static final String[] COMPARE = {"<", "<=", ">", ">=", "==", "!=", "in", "not in"};

    private final Random random;
    private int depth;
    private List<String> names;
    private final List<String> functions = new ArrayList<>();
    private boolean inFunction;
    private int loops;
    /** A numbers-only program: fewer type errors, more printed numbers. */
    private boolean numeric;

    ProgramGenerator(long seed) {
        random = new Random(seed);
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private String pick(String[] a) {
        return a[random.nextInt(a.length)];
    }

    List<S> program() {
        functions.clear();
        numeric = chance(60);
        names = new ArrayList<>(List.of(numeric ? NUMERIC_GLOBALS : GLOBALS));
        inFunction = false;
        loops = 0;
        List<S> out = new ArrayList<>();
        for (String g : numeric ? NUMERIC_GLOBALS : GLOBALS) {
            if (chance(numeric ? 97 : 85)) {
                out.add(simple(g + " = \u0001", g.equals("items") ? N.leaf("[1, 2.5, 'x']") : g.equals("text")
                        ? N.leaf(pick(STRS)) : literal()));
            }
        }
        int n = 2 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            out.add(statement(0));
        }
        return out;
    }

    private String name() {
        return names.get(random.nextInt(names.size()));
    }

    private S simple(String text, N... exprs) {
        return new S(text, List.of(exprs), null, null);
    }

    private S statement(int nesting) {
        int r = random.nextInt(100);
        if (r < 22) {
            return simple(name() + " = \u0001", expr(0));
        }
        if (r < 38) {
            int n = 1 + random.nextInt(3);
            List<N> args = new ArrayList<>();
            StringBuilder t = new StringBuilder("print(");
            for (int i = 0; i < n; i++) {
                t.append(i > 0 ? ", " : "").append('\u0001');
                args.add(expr(0));
            }
            if (chance(15)) {
                t.append(", sep=\u0001");
                args.add(N.leaf(pick(new String[] {"''", "', '", "'-'", "None"})));
            }
            if (chance(15)) {
                t.append(", end=\u0001");
                args.add(N.leaf(pick(new String[] {"''", "'!\\n'", "' '", "None"})));
            }
            return new S(t.append(')').toString(), args, null, null);
        }
        if (r < 46) {
            return simple(name() + " " + pick(new String[] {"+=", "-=", "*=", "/=", "//=", "%="}) + " \u0001", expr(0));
        }
        if (numeric && r < 58) {
            return simple(name() + " = \u0001", expr(0));
        }
        if (r < 50) {
            return simple(name() + "[\u0001] " + pick(new String[] {"=", "+=", "*="}) + " \u0001", smallInt(), expr(0));
        }
        if (r < 54) {
            return simple(name() + ".append(\u0001)", expr(0));
        }
        if (r < 58) {
            String a = name();
            String b = name();
            return simple(a + ", " + b + " = \u0001, \u0001", expr(0), expr(0));
        }
        if (nesting >= 2) {
            return simple("print(\u0001)", expr(0));
        }
        if (r < 70) {
            S orElse = null;
            List<S> body = block(nesting + 1);
            List<S> other = null;
            if (chance(40)) {
                other = block(nesting + 1);
            }
            if (chance(20)) {
                other = List.of(new S("if \u0001:", List.of(test()), block(nesting + 1), other));
            }
            return new S("if \u0001:", List.of(test()), body, other);
        }
        if (r < 82) {
            loops++;
            String target = name();
            String it = numeric ? pick(new String[] {"range(\u0001)", "range(\u0001, 4)", "range(5, \u0001, -2)"})
                    : pick(new String[] {"range(\u0001)", "range(\u0001, 4)", "range(5, \u0001, -2)", "\u0001",
                        "enumerate(\u0001)"});
            N over;
            if (it.equals("\u0001") || it.startsWith("enumerate")) {
                N[] choices = {N.leaf("'abc'"), N.leaf("[1, 2.5, 'x']"), N.leaf("(3, -1)"), N.leaf("[]"),
                    N.leaf("range(3)"), expr(1)};
                over = choices[random.nextInt(choices.length)];
                if (it.startsWith("enumerate")) {
                    target = target + ", " + name();
                }
            } else {
                over = smallInt();
            }
            List<S> body = block(nesting + 1);
            if (chance(20)) {
                body = new ArrayList<>(body);
                body.add(new S("if \u0001:", List.of(test()), List.of(simple(chance(50) ? "break" : "continue")), null));
            }
            loops--;
            return new S("for " + target + " in " + it + ":", List.of(over), body, null);
        }
        if (r < 88) {
            String counter = "k" + nesting;
            List<S> body = new ArrayList<>(block(nesting + 1));
            body.add(0, simple(counter + " += 1"));
            List<S> wrapped = new ArrayList<>();
            wrapped.add(new S("while " + counter + " < \u0001:", List.of(smallInt()), body, null));
            return new S("if True:", List.of(), List.of(simple(counter + " = 0"), wrapped.get(0)), null);
        }
        if (!inFunction && nesting == 0) {
            String fname = "f" + functions.size();
            int params = random.nextInt(3);
            List<String> saved = names;
            names = new ArrayList<>(names);
            StringBuilder head = new StringBuilder("def " + fname + "(");
            for (int i = 0; i < params; i++) {
                String p = pick(new String[] {"a", "b", "c", "weight", "delta"});
                if (head.indexOf("(" + p + ",") >= 0 || head.indexOf(" " + p + ",") >= 0 || head.toString().endsWith("(" + p)
                        || head.toString().endsWith(" " + p)) {
                    continue;
                }
                head.append(i > 0 && head.charAt(head.length() - 1) != '(' ? ", " : "").append(p);
                names.add(p);
            }
            head.append("):");
            inFunction = true;
            List<S> body = new ArrayList<>(block(1));
            body.add(simple("return \u0001", expr(0)));
            inFunction = false;
            names = saved;
            functions.add(fname + "/" + countParams(head.toString()));
            return new S(head.toString(), List.of(), body, null);
        }
        return simple("print(\u0001)", expr(0));
    }

    private static int countParams(String head) {
        String inside = head.substring(head.indexOf('(') + 1, head.indexOf(')'));
        return inside.isEmpty() ? 0 : inside.split(",").length;
    }

    private List<S> block(int nesting) {
        List<S> out = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            out.add(statement(nesting));
        }
        return out;
    }

    private N smallInt() {
        return N.leaf(Integer.toString(random.nextInt(9) - 2));
    }

    private N test() {
        if (chance(50)) {
            return new N("\u0001 " + pick(COMPARE) + " \u0001", List.of(expr(1), expr(1)));
        }
        return expr(0);
    }

    private N literal() {
        int r = random.nextInt(numeric ? 68 : 100);
        if (r < 30) {
            return N.leaf(pick(INTS));
        }
        if (r < 40) {
            return N.leaf(Integer.toString(random.nextInt(2001) - 1000));
        }
        if (r < 60) {
            return N.leaf(pick(FLOATS));
        }
        if (r < 68) {
            return N.leaf(knob.core.PyFloat.repr((random.nextInt(20001) - 10000) / 100.0 * Math.pow(10, random.nextInt(7) - 3)));
        }
        if (r < 80) {
            return N.leaf(pick(STRS));
        }
        if (r < 90) {
            int n = random.nextInt(4);
            StringBuilder t = new StringBuilder("[");
            List<N> kids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                t.append(i > 0 ? ", " : "").append('\u0001');
                kids.add(depth < 3 ? expr(2) : N.leaf(pick(INTS)));
            }
            return new N(t.append(']').toString(), kids);
        }
        if (r < 96) {
            int n = random.nextInt(3);
            StringBuilder t = new StringBuilder("(");
            List<N> kids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                t.append(i > 0 ? ", " : "").append('\u0001');
                kids.add(depth < 3 ? expr(2) : N.leaf(pick(FLOATS)));
            }
            if (n == 1) {
                t.append(',');
            }
            return new N(t.append(')').toString(), kids);
        }
        return N.leaf(pick(new String[] {"None", "True", "False"}));
    }

    N expr(int level) {
        depth++;
        try {
            if (depth > 4 || level > 2) {
                return chance(50) ? N.leaf(name()) : literal();
            }
            int r = random.nextInt(100);
            if (r < 18) {
                return N.leaf(name());
            }
            if (r < 38) {
                return literal();
            }
            if (r < 58) {
                return new N("(\u0001 " + pick(BINARY) + " \u0001)", List.of(expr(level + 1), expr(level + 1)));
            }
            if (r < 62) {
                // ** only on literal bases and small exponents: libm's pow is not correctly rounded
                String base = pick(new String[] {"2", "-3", "10", "0", "1", "0.5", "1.5", "-2.0", "0.25", "2 ** 40", "7"});
                return N.leaf("(" + base + " ** " + (random.nextInt(8) - 2) + ")");
            }
            if (r < 66) {
                return new N(pick(new String[] {"-\u0001", "+\u0001", "not \u0001"}), List.of(expr(level + 1)));
            }
            if (r < 72) {
                return new N("(\u0001 " + pick(COMPARE) + " \u0001)", List.of(expr(level + 1), expr(level + 1)));
            }
            if (r < 75) {
                return new N("(\u0001 " + pick(COMPARE) + " \u0001 " + pick(COMPARE) + " \u0001)",
                        List.of(expr(level + 1), expr(level + 1), expr(level + 1)));
            }
            if (r < 79) {
                return new N("(\u0001 " + pick(new String[] {"and", "or"}) + " \u0001)",
                        List.of(expr(level + 1), expr(level + 1)));
            }
            if (numeric && r >= 86 && r < 97) {
                return new N("(\u0001 " + pick(BINARY) + " \u0001)", List.of(expr(level + 1), expr(level + 1)));
            }
            if (r < 90) {
                String f = numeric ? pick(new String[] {"int", "float", "abs", "round", "min", "max", "round", "abs"})
                        : pick(new String[] {"len", "str", "repr", "int", "float", "abs", "round", "min", "max", "sum",
                    "round", "min", "max"});
                if (numeric && (f.equals("min") || f.equals("max"))) {
                    return new N(f + "(\u0001, \u0001)", List.of(expr(level + 1), expr(level + 1)));
                }
                if ((f.equals("round") || f.equals("min") || f.equals("max") || f.equals("sum")) && chance(40)) {
                    return new N(f + "(\u0001, \u0001)", List.of(expr(level + 1), f.equals("round") ? smallInt() : expr(level + 1)));
                }
                return new N(f + "(\u0001)", List.of(expr(level + 1)));
            }
            if (r < 94) {
                return new N("\u0001[\u0001]", List.of(expr(level + 1), smallInt()));
            }
            if (r < 97) {
                String[] forms = {"\u0001[\u0001:]", "\u0001[:\u0001]", "\u0001[::\u0001]", "\u0001[\u0001:\u0001]"};
                int form = random.nextInt(forms.length);
                List<N> kids = new ArrayList<>();
                kids.add(expr(level + 1));
                int extra = form == 3 ? 2 : 1;
                for (int i = 0; i < extra; i++) {
                    kids.add(smallInt());
                }
                return new N(forms[form], kids);
            }
            if (!functions.isEmpty()) {
                String f = functions.get(random.nextInt(functions.size()));
                String fname = f.substring(0, f.indexOf('/'));
                int n = Integer.parseInt(f.substring(f.indexOf('/') + 1));
                if (chance(10)) {
                    n += chance(50) ? 1 : -1;
                }
                StringBuilder t = new StringBuilder(fname + "(");
                List<N> kids = new ArrayList<>();
                for (int i = 0; i < Math.max(0, n); i++) {
                    t.append(i > 0 ? ", " : "").append('\u0001');
                    kids.add(expr(level + 1));
                }
                return new N(t.append(')').toString(), kids);
            }
            return literal();
        } finally {
            depth--;
        }
    }

    // ---- shrinking ----

    /** Programs one step smaller than the given one: a statement removed or unwrapped, an expression simplified. */
    static List<List<S>> smaller(List<S> program) {
        List<List<S>> out = new ArrayList<>();
        for (int i = 0; i < program.size(); i++) {
            List<S> without = new ArrayList<>(program);
            without.remove(i);
            out.add(without.isEmpty() ? List.of(new S("pass", List.of(), null, null)) : without);
            S s = program.get(i);
            if (s.body() != null) {
                List<S> unwrapped = new ArrayList<>(program.subList(0, i));
                unwrapped.addAll(s.body());
                unwrapped.addAll(program.subList(i + 1, program.size()));
                out.add(unwrapped);
                for (List<S> b : smaller(s.body())) {
                    out.add(replace(program, i, new S(s.text(), s.exprs(), b, s.orElse())));
                }
                if (s.orElse() != null && !s.orElse().isEmpty()) {
                    out.add(replace(program, i, new S(s.text(), s.exprs(), s.body(), null)));
                    for (List<S> b : smaller(s.orElse())) {
                        out.add(replace(program, i, new S(s.text(), s.exprs(), s.body(), b)));
                    }
                }
            }
            for (int k = 0; k < s.exprs().size(); k++) {
                for (N e : smaller(s.exprs().get(k))) {
                    List<N> exprs = new ArrayList<>(s.exprs());
                    exprs.set(k, e);
                    out.add(replace(program, i, new S(s.text(), exprs, s.body(), s.orElse())));
                }
            }
        }
        return out;
    }

    private static List<S> replace(List<S> program, int i, S s) {
        List<S> copy = new ArrayList<>(program);
        copy.set(i, s);
        return copy;
    }

    private static List<N> smaller(N e) {
        List<N> out = new ArrayList<>();
        if (e.kids().isEmpty()) {
            if (!e.text().equals("0")) {
                out.add(N.leaf("0"));
            }
            return out;
        }
        out.addAll(e.kids());
        for (int k = 0; k < e.kids().size(); k++) {
            for (N kid : smaller(e.kids().get(k))) {
                List<N> kids = new ArrayList<>(e.kids());
                kids.set(k, kid);
                out.add(new N(e.text(), kids));
            }
        }
        return out;
    }

    static int size(List<S> program) {
        return render(program).length();
    }
}
