package knob.python;

import knob.core.PyFloat;

/**
 * str() and repr() of values, as CPython writes them. Text longer than the item limit stops
 * the program (a list repeated into itself can print without end otherwise).
 */
final class Repr {
    private Repr() {
    }

    static String typeName(Object v) {
        if (v instanceof Integer || v instanceof BigInt) {
            return "int";
        }
        if (v instanceof Double) {
            return "float";
        }
        if (v instanceof String) {
            return "str";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof PyList) {
            return "list";
        }
        if (v instanceof PyTuple) {
            return "tuple";
        }
        if (v == PyNone.NONE) {
            return "NoneType";
        }
        if (v instanceof Range) {
            return "range";
        }
        if (v instanceof Function) {
            return "function";
        }
        if (v instanceof Builtin) {
            return "builtin_function_or_method";
        }
        if (v instanceof PyIterator it) {
            return it.kind;
        }
        if (v instanceof Slice) {
            return "slice";
        }
        return "object";
    }

    /** repr() with no size limit (for messages and tests). */
    static String repr(Object v) {
        StringBuilder out = new StringBuilder();
        new Writer(Integer.MAX_VALUE, 1000).repr(v, out);
        return out.toString();
    }

    static String str(Object v, int maxChars, int maxDepth) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Double d) {
            return PyFloat.repr(d);
        }
        if (v instanceof Integer i) {
            return Integer.toString(i);
        }
        StringBuilder out = new StringBuilder();
        new Writer(maxChars, maxDepth).repr(v, out);
        return out.toString();
    }

    static String repr(Object v, int maxChars, int maxDepth) {
        StringBuilder out = new StringBuilder();
        new Writer(maxChars, maxDepth).repr(v, out);
        return out.toString();
    }

    static String intText(Object v) {
        String s = Ints.toDecimal(v);
        if (s == null) {
            throw PyError.value("Exceeds the limit (4300 digits) for integer string conversion; "
                    + "use sys.set_int_max_str_digits() to increase the limit");
        }
        return s;
    }

    private static final class Writer {
        private final int maxChars;
        private final int maxDepth;
        private Object[] open = new Object[8];
        private int depth;

        Writer(int maxChars, int maxDepth) {
            this.maxChars = maxChars;
            this.maxDepth = maxDepth;
        }

        void repr(Object v, StringBuilder out) {
            if (out.length() > maxChars) {
                throw Limits.tooLong(maxChars);
            }
            if (v instanceof String s) {
                quote(s, out);
            } else if (v instanceof Integer i) {
                out.append(i.intValue());
            } else if (v instanceof Double d) {
                out.append(PyFloat.repr(d));
            } else if (v instanceof Boolean b) {
                out.append(b ? "True" : "False");
            } else if (v == PyNone.NONE) {
                out.append("None");
            } else if (v instanceof BigInt) {
                out.append(intText(v));
            } else if (v instanceof PyList l) {
                sequence(l, l.items, l.size, '[', ']', out);
            } else if (v instanceof PyTuple t) {
                sequence(t, t.items, t.items.length, '(', ')', out);
            } else if (v instanceof Range r) {
                out.append("range(").append(r.start).append(", ").append(r.stop);
                if (r.step != 1) {
                    out.append(", ").append(r.step);
                }
                out.append(')');
            } else if (v instanceof Function f) {
                out.append("<function ").append(f.code.name).append(" at 0x7f3a5c0e1d80>");
            } else if (v instanceof Builtin b) {
                if (b.self != null) {
                    out.append("<built-in method append of list object at 0x7f3a5c0e2f40>");
                } else {
                    out.append("<built-in function ").append(b.name).append('>');
                }
            } else if (v instanceof Slice s) {
                out.append("slice(");
                repr(s.lower, out);
                out.append(", ");
                repr(s.upper, out);
                out.append(", ");
                repr(s.step, out);
                out.append(')');
            } else {
                out.append('<').append(typeName(v)).append(" object at 0x7f3a5c0e3a60>");
            }
            if (out.length() > maxChars) {
                throw Limits.tooLong(maxChars);
            }
        }

        private void sequence(Object self, Object[] items, int size, char open0, char close, StringBuilder out) {
            for (int i = 0; i < depth; i++) {
                if (open[i] == self) {
                    out.append(open0).append("...").append(close);
                    return;
                }
            }
            if (depth >= maxDepth) {
                throw new PyError("RecursionError", "maximum recursion depth exceeded while getting the repr of an object");
            }
            if (depth == open.length) {
                Object[] grown = new Object[depth * 2];
                System.arraycopy(open, 0, grown, 0, depth);
                open = grown;
            }
            open[depth++] = self;
            out.append(open0);
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    out.append(", ");
                }
                repr(items[i], out);
            }
            if (size == 1 && close == ')') {
                out.append(',');
            }
            out.append(close);
            depth--;
        }
    }

    /** Python's repr of a str: quotes chosen as CPython does, escapes for what isn't printable. */
    static void quote(String s, StringBuilder out) {
        char q = '\'';
        if (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) {
            q = '"';
        }
        out.append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == q || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            } else if (c < 0xa1) {
                hex(out, "\\x", c, 2);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(i + 1));
                i++;
                if (printable(cp)) {
                    out.appendCodePoint(cp);
                } else {
                    hex(out, "\\U", cp, 8);
                }
            } else if (printable(c)) {
                out.append(c);
            } else if (c <= 0xff) {
                hex(out, "\\x", c, 2);
            } else {
                hex(out, "\\u", c, 4);
            }
        }
        out.append(q);
    }

    private static boolean printable(int cp) {
        int t = Character.getType(cp);
        return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE
                || t == Character.PRIVATE_USE || t == Character.UNASSIGNED || t == Character.LINE_SEPARATOR
                || t == Character.PARAGRAPH_SEPARATOR || t == Character.SPACE_SEPARATOR);
    }

    private static void hex(StringBuilder out, String prefix, int v, int width) {
        out.append(prefix);
        String h = Integer.toHexString(v);
        for (int i = h.length(); i < width; i++) {
            out.append('0');
        }
        out.append(h);
    }
}
