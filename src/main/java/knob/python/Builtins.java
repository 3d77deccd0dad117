package knob.python;

import knob.core.PyFloat;

/** The built-in functions of Knob's Python, with CPython's results and messages. */
final class Builtins {
    static final String[] NAMES = {
        "print", "range", "len", "str", "repr", "int", "float", "abs", "round", "min", "max", "sum", "enumerate"};
    static final int PRINT = 0;
    static final int RANGE = 1;
    static final int LEN = 2;
    static final int STR = 3;
    static final int REPR = 4;
    static final int INT = 5;
    static final int FLOAT = 6;
    static final int ABS = 7;
    static final int ROUND = 8;
    static final int MIN = 9;
    static final int MAX = 10;
    static final int SUM = 11;
    static final int ENUMERATE = 12;
    static final int APPEND = 13;

    private final Ops ops;
    private final Interpreter machine;
    private String lastParsed;
    private double lastValue;

    Builtins(Ops ops, Interpreter machine) {
        this.ops = ops;
        this.machine = machine;
    }

    static Builtin named(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return new Builtin(i, name, null);
            }
        }
        return null;
    }

    Object call(Builtin b, Object[] a, String[] keywords, Object[] kwValues) {
        if (keywords != null && b.id != PRINT) {
            throw PyError.type(b.name + "() takes no keyword arguments");
        }
        switch (b.id) {
            case PRINT:
                return print(a, keywords, kwValues);
            case RANGE:
                return range(a);
            case LEN:
                exactlyOne("len", a);
                return len(a[0]);
            case STR:
                if (a.length == 0) {
                    return "";
                }
                if (a.length > 1) {
                    throw PyError.knob("TypeError: str() with an encoding is not part of Knob's Python");
                }
                return str(a[0]);
            case REPR:
                exactlyOne("repr", a);
                return Repr.repr(a[0], ops, machine.reprDepth());
            case INT:
                return toInt(a);
            case FLOAT:
                return toFloat(a);
            case ABS:
                exactlyOne("abs", a);
                return abs(a[0]);
            case ROUND:
                return round(a);
            case MIN:
                return extreme("min", a, Ops.LT);
            case MAX:
                return extreme("max", a, Ops.GT);
            case SUM:
                return sum(a);
            case ENUMERATE:
                return enumerate(a);
            default:
                return append((PyList) b.self, a);
        }
    }

    /**
     * A call with one positional argument: the same as {@link #call} with a one-item array, without
     * making the array for the built-ins that programs call in their loops.
     */
    Object call1(Builtin b, Object v) {
        switch (b.id) {
            case PRINT:
                return print1(v);
            case STR:
                return str(v);
            case FLOAT:
                return toFloat(v);
            case ABS:
                return abs(v);
            case LEN:
                return len(v);
            default:
                return call(b, new Object[] {v}, null, null);
        }
    }

    private static void exactlyOne(String name, Object[] a) {
        if (a.length != 1) {
            throw PyError.type(name + "() takes exactly one argument (" + a.length + " given)");
        }
    }

    String str(Object v) {
        return Repr.str(v, ops, machine.reprDepth());
    }

    private Object print(Object[] a, String[] keywords, Object[] kwValues) {
        String sep = " ";
        String end = "\n";
        if (keywords != null) {
            for (int i = 0; i < keywords.length; i++) {
                Object v = kwValues[i];
                if (v != PyNone.NONE && !(v instanceof String)) {
                    throw PyError.type(keywords[i] + " must be None or a string, not " + Repr.typeName(v));
                }
                if (v instanceof String s) {
                    if (keywords[i].equals("sep")) {
                        sep = s;
                    } else {
                        end = s;
                    }
                }
            }
        }
        // no line is built: its pieces are written one after the other, once the line is known to
        // be within the size limit (the output cap cuts it where it falls, as it would the line)
        String[] pieces = new String[a.length];
        long length = 0;
        for (int i = 0; i < a.length; i++) {
            try {
                pieces[i] = str(a[i]);
            } catch (PyError e) {
                // CPython has written the arguments before it, each with its separator, and the
                // separator before it
                for (int j = 0; j < i; j++) {
                    machine.write(pieces[j]);
                    machine.write(sep);
                }
                throw e;
            }
            length += pieces[i].length() + (i > 0 ? sep.length() : 0);
            if (length > ops.maxItems) {
                throw Limits.tooLong(ops.maxItems);
            }
        }
        ops.extraWork += (int) ((length + end.length()) / 16);
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                machine.write(sep);
            }
            machine.write(pieces[i]);
        }
        machine.write(end);
        return PyNone.NONE;
    }

    /** print(v), the commonest call. */
    private Object print1(Object v) {
        String piece = str(v);
        if (piece.length() > ops.maxItems) {
            throw Limits.tooLong(ops.maxItems);
        }
        ops.extraWork += (piece.length() + 1) / 16;
        machine.write(piece);
        machine.write("\n");
        return PyNone.NONE;
    }

    private static int rangeArg(Object v) {
        if (v instanceof Integer i) {
            return i;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof BigInt) {
            throw PyError.knob("OverflowError: Knob's Python keeps range() within -2,147,483,648 to 2,147,483,647");
        }
        throw PyError.type("'" + Repr.typeName(v) + "' object cannot be interpreted as an integer");
    }

    private static Object range(Object[] a) {
        if (a.length == 0) {
            throw PyError.type("range expected at least 1 argument, got 0");
        }
        if (a.length > 3) {
            throw PyError.type("range expected at most 3 arguments, got " + a.length);
        }
        if (a.length == 1) {
            return new Range(0, rangeArg(a[0]), 1);
        }
        int start = rangeArg(a[0]);
        int stop = rangeArg(a[1]);
        int step = a.length == 3 ? rangeArg(a[2]) : 1;
        if (step == 0) {
            throw PyError.value("range() arg 3 must not be zero");
        }
        return new Range(start, stop, step);
    }

    static Object len(Object v) {
        if (v instanceof String s) {
            return Text.length(s);
        }
        if (v instanceof PyList l) {
            return l.size;
        }
        if (v instanceof PyTuple t) {
            return t.items.length;
        }
        if (v instanceof Range r) {
            return Ints.fromDouble(r.length()); // up to 2 ** 32 - 1 items: an int beyond Java's
        }
        throw PyError.type("object of type '" + Repr.typeName(v) + "' has no len()");
    }

    private Object toInt(Object[] a) {
        if (a.length == 0) {
            return 0;
        }
        if (a.length > 1) {
            throw PyError.knob("TypeError: int() with a base is not part of Knob's Python");
        }
        Object v = a[0];
        if (v instanceof Integer || v instanceof BigInt) {
            return v;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof Double boxed) {
            double d = boxed;
            if (d != d) {
                throw PyError.value("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(d)) {
                throw PyError.overflow("cannot convert float infinity to integer");
            }
            return ops.checkInt(Ints.fromDouble(d));
        }
        if (v instanceof String s) {
            return parseInt(s);
        }
        throw PyError.type("int() argument must be a string, a bytes-like object or a real number, not '"
                + Repr.typeName(v) + "'");
    }

    private Object parseInt(String s) {
        String t = strip(s);
        int i = 0;
        boolean negative = false;
        if (!t.isEmpty() && (t.charAt(0) == '+' || t.charAt(0) == '-')) {
            negative = t.charAt(0) == '-';
            i = 1;
        }
        StringBuilder digits = new StringBuilder();
        boolean ok = i < t.length();
        boolean misplacedUnderscore = false;
        for (; i < t.length() && ok; i++) {
            int c = Text.codePointAt(t, i);
            int d = Text.decimal(c);
            if (d >= 0) {
                digits.append((char) ('0' + d));
                i += c >= 0x10000 ? 1 : 0;
            } else if (c == '_' && digits.length() > 0 && i + 1 < t.length() && Text.decimal(Text.codePointAt(t, i + 1)) >= 0) {
                continue;
            } else {
                ok = false;
                misplacedUnderscore = c == '_';
            }
        }
        // as CPython: the digits before anything else are counted against the limit first, unless
        // an underscore stopped them
        if (!misplacedUnderscore && digits.length() > Ints.MAX_STR_DIGITS) {
            throw PyError.value("Exceeds the limit (4300 digits) for integer string conversion: value has "
                    + digits.length() + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        if (!ok || digits.length() == 0) {
            String text = Repr.repr(s);
            if (Text.length(text) > 200) { // CPython writes it with %.200R
                text = text.substring(0, Text.offset(text, 200));
            }
            throw PyError.value("invalid literal for int() with base 10: " + text);
        }
        Object n = Ints.parse(digits.toString(), 10);
        return negative ? Ints.negate(n) : n;
    }

    /**
     * What int() and float() strip from both ends of their text: ASCII's six spaces and the
     * Unicode spaces above ASCII (CPython turns those into ASCII spaces first), but not the
     * separators U+001C to U+001F, which str.isspace() calls spaces and int() refuses.
     */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xa0
                || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f
                || c == 0x205f || c == 0x3000;
    }

    private Object toFloat(Object[] a) {
        if (a.length == 0) {
            return 0.0;
        }
        if (a.length > 1) {
            throw PyError.type("float expected at most 1 argument, got " + a.length);
        }
        return toFloat(a[0]);
    }

    private Object toFloat(Object v) {
        if (v == lastParsed) { // the same constant again, as float('inf') in a loop: a new float
            return Double.valueOf(lastValue);
        }
        if (v instanceof Double) {
            return v;
        }
        if (Ops.isIntLike(v)) {
            return Ops.toFloat(v);
        }
        if (v instanceof String s) {
            String t = asciiDigits(strip(s));
            String plain = t == null ? null : underscores(t);
            if (plain != null) {
                try {
                    double value = PyFloat.parse(plain);
                    lastParsed = s;
                    lastValue = value;
                    return Double.valueOf(value);
                } catch (NumberFormatException e) {
                    // falls through to Python's message
                }
            }
            throw PyError.value("could not convert string to float: " + Repr.repr(s));
        }
        throw PyError.type("float() argument must be a string or a real number, not '" + Repr.typeName(v) + "'");
    }

    /**
     * The text with every Unicode decimal digit written as its ASCII digit, as CPython's float()
     * reads {@code '١٢٣.٥'} as 123.5; null when another character above ASCII remains.
     */
    private static String asciiDigits(String t) {
        if (Text.isAscii(t)) {
            return t;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            int c = Text.codePointAt(t, i);
            int d = Text.decimal(c);
            if (d >= 0) {
                out.append((char) ('0' + d));
            } else if (c < 128) {
                out.append((char) c);
            } else {
                return null;
            }
            i += c >= 0x10000 ? 1 : 0;
        }
        return out.toString();
    }

    /** The text without underscores that sit between two digits, or null if one sits elsewhere. */
    private static String underscores(String t) {
        if (t.indexOf('_') < 0) {
            return t;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '_') {
                if (i == 0 || i + 1 == t.length() || !isAsciiDigit(t.charAt(i - 1)) || !isAsciiDigit(t.charAt(i + 1))) {
                    return null;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Object abs(Object v) {
        if (v instanceof Double d) {
            return Math.abs(d);
        }
        if (Ops.isIntLike(v)) {
            return Ints.abs(Ops.asInt(v));
        }
        throw PyError.type("bad operand type for abs(): '" + Repr.typeName(v) + "'");
    }

    private Object round(Object[] a) {
        if (a.length == 0) {
            throw PyError.type("round() missing required argument 'number' (pos 1)");
        }
        if (a.length > 2) {
            throw PyError.type("round() takes at most 2 arguments (" + a.length + " given)");
        }
        Object x = a[0];
        if (!Ops.isNumber(x)) {
            throw PyError.type("type " + Repr.typeName(x) + " doesn't define __round__ method");
        }
        boolean noDigits = a.length == 1 || a[1] == PyNone.NONE;
        if (noDigits) {
            return x instanceof Double d ? Floats.roundToInt(d) : Ops.asInt(x);
        }
        Object n = a[1];
        if (!Ops.isIntLike(n)) {
            throw PyError.type("'" + Repr.typeName(n) + "' object cannot be interpreted as an integer");
        }
        n = Ops.asInt(n);
        int digits = n instanceof Integer i ? i : Ints.negative(n) ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        if (x instanceof Double d) {
            return Floats.round(d, digits);
        }
        Object v = Ops.asInt(x);
        if (digits >= 0) {
            return v;
        }
        if (digits < -(ops.maxDigits + 1)) { // (written so, as -Integer.MIN_VALUE is negative)
            return 0;
        }
        Object pow = ops.ints(Ops.POW, 10, -digits);
        Object[] qr = Ints.divmod(v, pow);
        // round half to even on the remainder
        Object twice = Ints.multiply(qr[1], 2);
        int c = Ints.compare(twice, pow);
        Object q = qr[0];
        if (c > 0 || (c == 0 && Ints.divmod(q, 2)[1].equals(1))) {
            q = Ints.add(q, 1);
        }
        return Ints.multiply(q, pow);
    }

    private Object extreme(String name, Object[] a, int op) {
        Object[] items;
        if (a.length == 0) {
            throw PyError.type(name + " expected at least 1 argument, got 0");
        }
        items = a.length == 1 ? items(a[0]) : a;
        if (items.length == 0) {
            throw PyError.value(name + "() arg is an empty sequence");
        }
        Object best = items[0];
        long work = items.length;
        for (int i = 1; i < items.length; i++) {
            if (Ops.truth(ops.order(op, items[i], best, 0))) {
                best = items[i];
            }
            work += ops.extraWork;
            ops.extraWork = 0;
            if (work > Repr.WORK) {
                throw PyError.knob("Knob stopped the program: one call of " + name + "() needed more than 20,000,000 steps.");
            }
        }
        ops.extraWork = (int) work;
        return best;
    }

    private Object sum(Object[] a) {
        if (a.length == 0) {
            throw PyError.type("sum() takes at least 1 positional argument (0 given)");
        }
        if (a.length > 2) {
            throw PyError.type("sum() takes at most 2 arguments (" + a.length + " given)");
        }
        Object total = a.length == 2 ? a[1] : 0;
        Object[] items = items(a[0]);
        if (total instanceof String) {
            throw PyError.type("sum() can't sum strings [use ''.join(seq) instead]");
        }
        int work = items.length;
        for (Object item : items) {
            total = ops.binary(Ops.ADD, total, item);
            work += ops.extraWork;
            ops.extraWork = 0;
        }
        ops.extraWork = work;
        return total;
    }

    private Object enumerate(Object[] a) {
        if (a.length == 0) {
            throw PyError.type("enumerate() missing required argument 'iterable'");
        }
        if (a.length > 2) {
            throw PyError.type("enumerate() takes at most 2 arguments (" + a.length + " given)");
        }
        PyIterator inner = iterator(a[0]);
        Object start = 0;
        if (a.length == 2) {
            if (!Ops.isIntLike(a[1])) {
                throw PyError.type("'" + Repr.typeName(a[1]) + "' object cannot be interpreted as an integer");
            }
            start = Ops.asInt(a[1]);
        }
        return new PyIterator(null, 0, 0, 0, inner, start, "enumerate");
    }

    private Object append(PyList list, Object[] a) {
        if (a.length != 1) {
            throw PyError.type("list.append() takes exactly one argument (" + a.length + " given)");
        }
        ops.checkLength(list.size + 1.0);
        list.append(a[0]);
        return PyNone.NONE;
    }

    /** An iterator over a str, list, tuple, range or enumerate object. */
    PyIterator iterator(Object v) {
        if (v instanceof Range r) {
            return new PyIterator(null, r.start, (int) Math.min(r.length(), Integer.MAX_VALUE), r.step, null, null,
                    "range_iterator");
        }
        if (v instanceof PyList) {
            return new PyIterator(v, 0, 0, 0, null, null, "list_iterator");
        }
        if (v instanceof PyTuple) {
            return new PyIterator(v, 0, 0, 0, null, null, "tuple_iterator");
        }
        if (v instanceof String) {
            return new PyIterator(v, 0, 0, 0, null, null, Text.isAscii((String) v) ? "str_ascii_iterator" : "str_iterator");
        }
        if (v instanceof PyIterator it) {
            return it;
        }
        throw PyError.type("'" + Repr.typeName(v) + "' object is not iterable");
    }

    /** The next item, or null when the iterator is done. */
    Object next(PyIterator it) {
        Object seq = it.seq;
        if (seq == null) {
            if (it.inner != null) {
                Object v = next(it.inner);
                if (v == null) {
                    return null;
                }
                Object count = it.count;
                it.count = Ints.add(count, 1);
                return new PyTuple(new Object[] {count, v});
            }
            if (it.stop <= 0) {
                return null;
            }
            int v = it.next;
            it.stop--;
            it.next = v + it.step;
            return v;
        }
        int i = it.next;
        if (seq instanceof PyList l) {
            if (i >= l.size) {
                it.next = Integer.MAX_VALUE;
                return null;
            }
            it.next = i + 1;
            return l.items[i];
        }
        if (seq instanceof PyTuple t) {
            if (i >= t.items.length) {
                return null;
            }
            it.next = i + 1;
            return t.items[i];
        }
        String s = (String) seq;
        if (i >= s.length()) {
            return null;
        }
        if (Text.isPair(s, i)) {
            it.next = i + 2;
            return s.substring(i, i + 2);
        }
        it.next = i + 1;
        return String.valueOf(s.charAt(i));
    }

    /** All items of an iterable (bounded by the item limit). */
    Object[] items(Object v) {
        if (v instanceof PyList l) {
            return l.toArray();
        }
        if (v instanceof PyTuple t) {
            return t.items;
        }
        if (v instanceof Range r) {
            ops.checkLength(r.length());
        }
        PyIterator it = iterator(v);
        PyList out = PyList.of(new Object[8]);
        out.size = 0;
        Object x;
        while ((x = next(it)) != null) {
            out.append(x);
            ops.checkLength(out.size);
        }
        return out.toArray();
    }
}
