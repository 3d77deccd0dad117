package knob.python;

/**
 * Python's operators on Knob's values, with CPython's results and error messages, and the
 * size limits checked before any big result is made.
 */
final class Ops {
    static final int ADD = 0;
    static final int SUB = 1;
    static final int MUL = 2;
    static final int DIV = 3;
    static final int FLOORDIV = 4;
    static final int MOD = 5;
    static final int POW = 6;
    private static final String[] SYMBOLS = {"+", "-", "*", "/", "//", "%", "**"};

    static final int EQ = 0;
    static final int NE = 1;
    static final int LT = 2;
    static final int LE = 3;
    static final int GT = 4;
    static final int GE = 5;
    static final int IN = 6;
    static final int NOT_IN = 7;
    private static final String[] COMPARISONS = {"==", "!=", "<", "<=", ">", ">=", "in", "not in"};

    /** Steps that making one item of a list or tuple costs: this bounds the memory a run can fill. */
    static final int ITEM_COST = 4;
    /** Work one comparison may do (nested lists compared item by item) before Knob stops it. */
    private static final int COMPARISON_WORK = 20_000_000;

    final int maxItems;
    final int maxBits;
    final int maxDigits;
    /** Work done by the last operation beyond one step (items copied, limbs multiplied...). */
    int extraWork;

    Ops(Limits limits) {
        maxItems = limits.maxItems();
        maxDigits = limits.maxIntDigits();
        maxBits = (int) (limits.maxIntDigits() * 3.3219280948873626) + 1;
    }

    static int operator(String symbol) {
        for (int i = 0; i < SYMBOLS.length; i++) {
            if (SYMBOLS[i].equals(symbol)) {
                return i;
            }
        }
        throw new IllegalArgumentException(symbol);
    }

    static int comparison(String symbol) {
        for (int i = 0; i < COMPARISONS.length; i++) {
            if (COMPARISONS[i].equals(symbol)) {
                return i;
            }
        }
        throw new IllegalArgumentException(symbol);
    }

    static boolean truth(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Integer i) {
            return i != 0;
        }
        if (v instanceof Double d) {
            return d != 0.0;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v == PyNone.NONE) {
            return false;
        }
        if (v instanceof PyList l) {
            return l.size > 0;
        }
        if (v instanceof PyTuple t) {
            return t.items.length > 0;
        }
        if (v instanceof Range r) {
            return r.length() > 0;
        }
        return true;
    }

    /** An int or bool as a Python int (bool → 0/1); anything else as is. */
    static Object asInt(Object v) {
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return v;
    }

    static boolean isNumber(Object v) {
        return v instanceof Integer || v instanceof Double || v instanceof Boolean || v instanceof BigInt;
    }

    static boolean isIntLike(Object v) {
        return v instanceof Integer || v instanceof Boolean || v instanceof BigInt;
    }

    /** An int or float as a double; OverflowError for ints too large. */
    static double toFloat(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof Integer i) {
            return i;
        }
        if (v instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        double d = Ints.toDouble(v);
        if (Double.isInfinite(d)) {
            throw PyError.overflow("int too large to convert to float");
        }
        return d;
    }

    Object checkInt(Object v) {
        if (v instanceof BigInt b && Ints.bitLength(b) > maxBits) {
            throw Limits.tooManyDigits(maxDigits);
        }
        return v;
    }

    /**
     * a + b, a - b or a * b of floats and ints held in 32 bits (a float with such an int is the
     * float of the int, exactly), the commonest operations, without the general path's checks;
     * null for anything else, which {@link #binary} does.
     */
    static Object quick(int op, Object a, Object b) {
        if (op <= MUL && (a instanceof Double || a instanceof Integer) && (b instanceof Double || b instanceof Integer)) {
            if (a instanceof Integer && b instanceof Integer) { // a big int when it overflows: 64 bits at most
                return op == ADD ? Ints.add(a, b) : op == SUB ? Ints.subtract(a, b) : Ints.multiply(a, b);
            }
            double x = a instanceof Double d ? d : (Integer) a;
            double y = b instanceof Double d ? d : (Integer) b;
            return op == ADD ? x + y : op == SUB ? x - y : x * y;
        }
        return null;
    }

    Object binary(int op, Object a, Object b) {
        return binary(op, a, b, false);
    }

    private Object binary(int op, Object a, Object b, boolean inplace) {
        if (a instanceof Double x && b instanceof Double y) {
            return floats(op, x, y);
        }
        if (a instanceof Integer x && b instanceof Integer y) {
            return ints(op, x, y);
        }
        if (isNumber(a) && isNumber(b)) {
            if (a instanceof Double || b instanceof Double) {
                return floats(op, toFloat(a), toFloat(b));
            }
            return ints(op, asInt(a), asInt(b));
        }
        if (op == ADD) {
            if (a instanceof String s) {
                if (b instanceof String t) {
                    checkLength((double) s.length() + t.length());
                    extraWork = (s.length() + t.length()) >> 4;
                    return Text.join(s, t);
                }
                throw PyError.type("can only concatenate str (not \"" + Repr.typeName(b) + "\") to str");
            }
            if (a instanceof PyList l) {
                if (b instanceof PyList m) {
                    checkLength((double) l.size + m.size);
                    Object[] items = new Object[l.size + m.size];
                    System.arraycopy(l.items, 0, items, 0, l.size);
                    System.arraycopy(m.items, 0, items, l.size, m.size);
                    extraWork = items.length * ITEM_COST;
                    return PyList.of(items);
                }
                throw PyError.type("can only concatenate list (not \"" + Repr.typeName(b) + "\") to list");
            }
            if (a instanceof PyTuple l) {
                if (b instanceof PyTuple m) {
                    checkLength((double) l.items.length + m.items.length);
                    Object[] items = new Object[l.items.length + m.items.length];
                    System.arraycopy(l.items, 0, items, 0, l.items.length);
                    System.arraycopy(m.items, 0, items, l.items.length, m.items.length);
                    extraWork = items.length * ITEM_COST;
                    return new PyTuple(items);
                }
                throw PyError.type("can only concatenate tuple (not \"" + Repr.typeName(b) + "\") to tuple");
            }
        }
        if (op == MUL) {
            if (isSequence(a)) {
                return repeat(a, b, false);
            }
            if (isSequence(b)) {
                return repeat(b, a, false);
            }
        }
        if (op == MOD && a instanceof String) {
            throw PyError.knob("TypeError: '%' formatting of strings is not part of Knob's Python;"
                    + " use str() and +");
        }
        throw unsupported(op, a, b, inplace);
    }

    static PyError unsupported(int op, Object a, Object b, boolean inplace) {
        String symbol = inplace ? SYMBOLS[op] + "=" : op == POW ? "** or pow()" : SYMBOLS[op];
        return PyError.type("unsupported operand type(s) for " + symbol + ": '" + Repr.typeName(a) + "' and '"
                + Repr.typeName(b) + "'");
    }

    private static boolean isSequence(Object v) {
        return v instanceof String || v instanceof PyList || v instanceof PyTuple;
    }

    void checkLength(double n) {
        if (n > maxItems) {
            throw Limits.tooLong(maxItems);
        }
    }

    /**
     * seq * count. A count beyond a C ssize_t raises CPython's OverflowError. A positive one that
     * is not a Java int makes a result beyond Knob's limit: where CPython 3.11 refuses it before
     * it asks for memory (a str longer than a ssize_t: OverflowError; beyond what
     * PyUnicode_New, PyMem_New or a tuple's object size can hold: MemoryError), Knob raises the
     * same; where CPython would try to allocate it, Knob stops with its own limit.
     */
    private Object repeat(Object seq, Object count, boolean inplace) {
        if (!isIntLike(count)) {
            throw PyError.type("can't multiply sequence by non-int of type '" + Repr.typeName(count) + "'");
        }
        Object c = asInt(count);
        int len = seq instanceof String s ? s.length() : seq instanceof PyList l ? l.size : ((PyTuple) seq).items.length;
        if (c instanceof BigInt big) {
            if (Ints.compare(big, Ints.fromDouble(-0x1p63)) < 0 || Ints.compare(big, Ints.fromDouble(0x1p63)) >= 0) {
                throw PyError.overflow("cannot fit 'int' into an index-sized integer");
            }
            if (!big.negative && len > 0) {
                Object total = Ints.multiply(seq instanceof String s ? Text.length(s) : len, big);
                if (seq instanceof String && Ints.compare(total, Ints.fromDouble(0x1p63)) >= 0) {
                    throw PyError.overflow("repeated string is too long");
                }
                if (Ints.compare(total, largestAllocation(seq, inplace)) > 0) {
                    throw new PyError("MemoryError", "");
                }
                throw Limits.tooLong(maxItems);
            }
            c = 0;
        }
        int n = Math.max(0, (Integer) c);
        if (len == 0 || n == 0) {
            return seq instanceof String ? "" : seq instanceof PyList ? PyList.of(new Object[0]) : PyTuple.EMPTY;
        }
        checkLength((double) len * n);
        extraWork = seq instanceof String ? len * n >> 4 : len * n * ITEM_COST;
        if (seq instanceof String s) {
            StringBuilder out = new StringBuilder(len * n);
            for (int i = 0; i < n; i++) {
                out.append(s);
            }
            return out.toString();
        }
        Object[] src = seq instanceof PyList l ? l.items : ((PyTuple) seq).items;
        Object[] items = new Object[len * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(src, 0, items, i * len, len);
        }
        return seq instanceof PyList ? PyList.of(items) : new PyTuple(items);
    }

    /**
     * The longest result of a repetition for which CPython 3.11 asks for memory (64-bit): str's
     * PyUnicode_New by its widest character (ASCII, Latin-1, UCS-2, UCS-4), PyMem_New's list
     * (list_inplace_repeat's list_resize rounds up to 4), a tuple's object with its GC header.
     */
    private static Object largestAllocation(Object seq, boolean inplace) {
        double top = 0x1p60;
        int below = inplace ? 4 : 1;
        if (seq instanceof String s) {
            int widest = 0;
            for (int i = 0; i < s.length(); i++) {
                widest = Math.max(widest, Text.codePointAt(s, i));
            }
            top = widest < 0x100 ? 0x1p63 : widest < 0x10000 ? 0x1p62 : 0x1p61;
            below = widest < 0x80 ? 50 : widest < 0x100 ? 74 : widest < 0x10000 ? 38 : 20;
        } else if (seq instanceof PyTuple) {
            below = 6;
        }
        return Ints.subtract(Ints.fromDouble(top), below);
    }

    static Object floats(int op, double x, double y) {
        switch (op) {
            case ADD:
                return x + y;
            case SUB:
                return x - y;
            case MUL:
                return x * y;
            case DIV:
                if (y == 0.0) {
                    throw PyError.zero("float division by zero");
                }
                return x / y;
            case FLOORDIV:
                return Floats.floorDivide(x, y);
            case MOD:
                return Floats.modulo(x, y);
            default:
                return Floats.power(x, y);
        }
    }

    Object ints(int op, Object a, Object b) {
        switch (op) {
            case ADD:
                return checkInt(Ints.add(a, b));
            case SUB:
                return checkInt(Ints.subtract(a, b));
            case MUL:
                if (!(a instanceof Integer && b instanceof Integer)) {
                    int bits = Ints.bitLength(a) + Ints.bitLength(b);
                    if (bits > maxBits + 1) {
                        throw Limits.tooManyDigits(maxDigits);
                    }
                    extraWork = (bits / 16) * (bits / 16) / 8;
                }
                return checkInt(Ints.multiply(a, b));
            case DIV:
                if (Ints.signum(b) == 0) {
                    throw PyError.zero("division by zero");
                }
                double q = Ints.trueDivide(a, b);
                if (Double.isInfinite(q)) {
                    throw PyError.overflow("integer division result too large for a float");
                }
                return q;
            case FLOORDIV:
            case MOD:
                if (Ints.signum(b) == 0) {
                    throw PyError.zero(op == MOD ? "integer modulo by zero" : "integer division or modulo by zero");
                }
                if (!(a instanceof Integer && b instanceof Integer)) {
                    int limbs = Ints.bitLength(a) / 16 + 1;
                    extraWork = limbs * (Ints.bitLength(b) / 16 + 1) / 8;
                }
                return Ints.divmod(a, b)[op == FLOORDIV ? 0 : 1];
            default:
                return intPower(a, b);
        }
    }

    private Object intPower(Object a, Object b) {
        if (Ints.signum(b) < 0) {
            double x = toFloat(a);
            double y = toFloat(b);
            if (x == 0.0) {
                throw PyError.zero("0.0 cannot be raised to a negative power");
            }
            return Floats.power(x, y);
        }
        int abits = Ints.bitLength(a);
        if (abits <= 1 || Ints.signum(b) == 0) {
            // base 0, 1 or -1, or exponent 0
            if (Ints.signum(b) == 0) {
                return 1;
            }
            if (abits == 0) {
                return 0;
            }
            if (!Ints.negative(a)) {
                return 1;
            }
            Object[] qr = Ints.divmod(b, 2);
            return ((Integer) qr[1]) == 0 ? 1 : -1;
        }
        if (!(b instanceof Integer) || (double) (abits - 1) * (Integer) b > maxBits) {
            throw Limits.tooManyDigits(maxDigits);
        }
        double bits = (double) abits * (Integer) b;
        extraWork = (int) (bits / 16 * (bits / 16) / 8);
        return checkInt(Ints.power(a, (int) (Integer) b));
    }

    Object negate(Object a) {
        if (a instanceof Double d) {
            return -d;
        }
        if (isIntLike(a)) {
            return Ints.negate(asInt(a));
        }
        throw PyError.type("bad operand type for unary -: '" + Repr.typeName(a) + "'");
    }

    Object plus(Object a) {
        if (a instanceof Double) {
            return a;
        }
        if (isIntLike(a)) {
            return asInt(a);
        }
        throw PyError.type("bad operand type for unary +: '" + Repr.typeName(a) + "'");
    }

    /** list += iterable extends the list in place; the rest is as binary. */
    Object inplace(int op, Object a, Object b, Builtins builtins) {
        if (op == ADD && a instanceof PyList l && !(b instanceof PyList)) {
            Object[] items = builtins.items(b);
            checkLength((double) l.size + items.length);
            for (Object item : items) {
                l.append(item);
            }
            extraWork = items.length;
            return l;
        }
        if (op == ADD && a instanceof PyList l) {
            PyList m = (PyList) b;
            checkLength((double) l.size + m.size);
            int n = m.size;
            for (int i = 0; i < n; i++) {
                l.append(m.items[i]);
            }
            extraWork = n;
            return l;
        }
        if (op == MUL && a instanceof PyList l) {
            PyList r = (PyList) repeat(l, b, true);
            l.items = r.items;
            l.size = r.size;
            return l;
        }
        return binary(op, a, b, true);
    }

    // ---- comparison ----

    Object compare(int op, Object a, Object b) {
        switch (op) {
            case EQ:
                return equal(a, b, 0);
            case NE:
                return !equal(a, b, 0);
            case IN:
                return contains(b, a);
            case NOT_IN:
                return !contains(b, a);
            default:
                return order(op, a, b, 0);
        }
    }

    private boolean contains(Object container, Object item) {
        if (container instanceof String s) {
            if (!(item instanceof String t)) {
                throw PyError.type("'in <string>' requires string as left operand, not " + Repr.typeName(item));
            }
            extraWork = s.length() >> 4;
            return Text.contains(s, t);
        }
        if (container instanceof PyList l) {
            extraWork = l.size;
            for (int i = 0; i < l.size; i++) {
                if (l.items[i] == item || equal(l.items[i], item, 0)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PyTuple t) {
            extraWork = t.items.length;
            for (Object x : t.items) {
                if (x == item || equal(x, item, 0)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof Range r) {
            if (item instanceof Integer || item instanceof Boolean) {
                int v = (Integer) asInt(item);
                double d = ((double) v - r.start) / r.step;
                return d >= 0 && d < r.length() && Math.floor(d) == d;
            }
            if (item instanceof BigInt) {
                return false;
            }
            extraWork = (int) Math.min(r.length(), maxItems);
            for (int i = 0; i < r.length(); i++) {
                if (equal(r.get(i), item, 0)) {
                    return true;
                }
            }
            return false;
        }
        throw PyError.type("argument of type '" + Repr.typeName(container) + "' is not iterable");
    }

    boolean equal(Object a, Object b, int depth) {
        if (a instanceof Integer x && b instanceof Integer y) {
            return x.intValue() == y.intValue();
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x.doubleValue() == y.doubleValue();
        }
        if (isNumber(a) && isNumber(b)) {
            if (a instanceof Double || b instanceof Double) {
                return numericCompare(a, b) == 0;
            }
            return Ints.compare(asInt(a), asInt(b)) == 0;
        }
        if (a instanceof String s && b instanceof String t) {
            return s.equals(t);
        }
        if (a instanceof PyList l && b instanceof PyList m) {
            return sequenceEqual(l.items, l.size, m.items, m.size, depth);
        }
        if (a instanceof PyTuple l && b instanceof PyTuple m) {
            return sequenceEqual(l.items, l.items.length, m.items, m.items.length, depth);
        }
        if (a instanceof Range r && b instanceof Range s) {
            double n = r.length();
            return n == s.length() && (n == 0 || (r.start == s.start && (n == 1 || r.step == s.step)));
        }
        return a == b;
    }

    private boolean sequenceEqual(Object[] a, int n, Object[] b, int m, int depth) {
        if (n != m) {
            return false;
        }
        if (depth > 1000) {
            throw new PyError("RecursionError", "maximum recursion depth exceeded in comparison");
        }
        extraWork += n;
        if (extraWork > COMPARISON_WORK) {
            throw PyError.knob("Knob stopped the program: one comparison needed more than 20,000,000 steps.");
        }
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i] && !equal(a[i], b[i], depth + 1)) {
                return false;
            }
        }
        return true;
    }

    /** -1, 0 or 1 for numbers a and b, or 2 when either is NaN. */
    static int numericCompare(Object a, Object b) {
        if (a instanceof Double || b instanceof Double) {
            if (a instanceof Double x && b instanceof Double y) {
                return compareDoubles(x, y);
            }
            if (a instanceof Double x) {
                int c = compareIntFloat(asInt(b), x);
                return c == 2 ? 2 : -c;
            }
            return compareIntFloat(asInt(a), (Double) b);
        }
        return Integer.signum(Ints.compare(asInt(a), asInt(b)));
    }

    private static int compareDoubles(double x, double y) {
        if (x != x || y != y) {
            return 2;
        }
        return x < y ? -1 : x > y ? 1 : 0;
    }

    /** Compares an int with a float exactly, as CPython does. */
    private static int compareIntFloat(Object i, double f) {
        if (f != f) {
            return 2;
        }
        if (i instanceof Integer n) {
            return compareDoubles(n, f);
        }
        if (Double.isInfinite(f)) {
            return f > 0 ? -1 : 1;
        }
        double fl = Math.floor(f);
        int c = Ints.compare(i, Ints.fromDouble(fl));
        if (c != 0) {
            return c < 0 ? -1 : 1;
        }
        return f > fl ? -1 : 0;
    }

    Object order(int op, Object a, Object b, int depth) {
        int c;
        if (isNumber(a) && isNumber(b)) {
            c = numericCompare(a, b);
            if (c == 2) {
                return false;
            }
        } else if (a instanceof String s && b instanceof String t) {
            c = Text.compare(s, t);
            extraWork += Math.min(s.length(), t.length()); // a step a character: its loop is that slow in the page
        } else if (a instanceof PyList l && b instanceof PyList m) {
            return sequenceOrder(op, l.items, l.size, m.items, m.size, depth);
        } else if (a instanceof PyTuple l && b instanceof PyTuple m) {
            return sequenceOrder(op, l.items, l.items.length, m.items, m.items.length, depth);
        } else {
            throw PyError.type("'" + COMPARISONS[op] + "' not supported between instances of '" + Repr.typeName(a)
                    + "' and '" + Repr.typeName(b) + "'");
        }
        switch (op) {
            case LT:
                return c < 0;
            case LE:
                return c <= 0;
            case GT:
                return c > 0;
            default:
                return c >= 0;
        }
    }

    private Object sequenceOrder(int op, Object[] a, int n, Object[] b, int m, int depth) {
        if (depth > 1000) {
            throw new PyError("RecursionError", "maximum recursion depth exceeded in comparison");
        }
        int i = 0;
        while (i < n && i < m && (a[i] == b[i] || equal(a[i], b[i], depth + 1))) {
            i++;
        }
        extraWork += i;
        if (i >= n || i >= m) {
            switch (op) {
                case LT:
                    return n < m;
                case LE:
                    return n <= m;
                case GT:
                    return n > m;
                default:
                    return n >= m;
            }
        }
        return order(op, a[i], b[i], depth + 1);
    }
}
