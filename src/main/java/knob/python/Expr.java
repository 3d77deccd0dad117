package knob.python;

import java.util.List;

/** An expression of Knob's Python, with the line it starts on. */
public abstract class Expr {
    /** The line it starts on, 1-based. */
    public final int line;

    Expr(int line) {
        this.line = line;
    }

    /** A literal: a Python int, a Double, a String, a Boolean or None. */
    public static final class Literal extends Expr {
        public final Object value;

        Literal(Object value, int line) {
            super(line);
            this.value = value;
        }
    }

    public static final class Name extends Expr {
        public final String id;

        Name(String id, int line) {
            super(line);
            this.id = id;
        }
    }

    /** {@code -x}, {@code +x} or {@code not x}. */
    public static final class Unary extends Expr {
        public final String op;
        public final Expr operand;

        Unary(String op, Expr operand, int line) {
            super(line);
            this.op = op;
            this.operand = operand;
        }
    }

    /** An arithmetic operator: {@code + - * / // % **}. */
    public static final class Binary extends Expr {
        public final String op;
        public final Expr left;
        public final Expr right;

        Binary(String op, Expr left, Expr right, int line) {
            super(line);
            this.op = op;
            this.left = left;
            this.right = right;
        }
    }

    /** {@code and} / {@code or}, which give one of their operands. */
    public static final class Logical extends Expr {
        public final String op;
        public final Expr left;
        public final Expr right;

        Logical(String op, Expr left, Expr right, int line) {
            super(line);
            this.op = op;
            this.left = left;
            this.right = right;
        }
    }

    /** {@code a < b <= c ...}: operands.size() == ops.size() + 1. */
    public static final class Compare extends Expr {
        public final List<String> ops;
        public final List<Expr> operands;

        Compare(List<String> ops, List<Expr> operands, int line) {
            super(line);
            this.ops = ops;
            this.operands = operands;
        }
    }

    /** A call; keywords holds print's {@code sep=} and {@code end=}. */
    public static final class Call extends Expr {
        public final Expr callee;
        public final List<Expr> args;
        public final List<String> keywordNames;
        public final List<Expr> keywordValues;

        Call(Expr callee, List<Expr> args, List<String> keywordNames, List<Expr> keywordValues, int line) {
            super(line);
            this.callee = callee;
            this.args = args;
            this.keywordNames = keywordNames;
            this.keywordValues = keywordValues;
        }
    }

    /** {@code target.name}: only a list's {@code append}. */
    public static final class Attribute extends Expr {
        public final Expr target;
        public final String name;

        Attribute(Expr target, String name, int line) {
            super(line);
            this.target = target;
            this.name = name;
        }
    }

    public static final class Index extends Expr {
        public final Expr target;
        public final Expr index;

        Index(Expr target, Expr index, int line) {
            super(line);
            this.target = target;
            this.index = index;
        }
    }

    /** {@code lower:upper:step} inside brackets; absent parts are null. */
    public static final class Slice extends Expr {
        public final Expr lower;
        public final Expr upper;
        public final Expr step;

        Slice(Expr lower, Expr upper, Expr step, int line) {
            super(line);
            this.lower = lower;
            this.upper = upper;
            this.step = step;
        }
    }

    public static final class ListDisplay extends Expr {
        public final List<Expr> items;

        ListDisplay(List<Expr> items, int line) {
            super(line);
            this.items = items;
        }
    }

    public static final class TupleDisplay extends Expr {
        public final List<Expr> items;

        TupleDisplay(List<Expr> items, int line) {
            super(line);
            this.items = items;
        }
    }
}
