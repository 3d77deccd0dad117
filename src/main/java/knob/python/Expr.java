package knob.python;

import java.util.List;

/** An expression of Knob's Python, with the line it starts on. */
public sealed interface Expr {
    int line();

    /** A literal: a Python int, a Double, a String, a Boolean or None. */
    final class Literal implements Expr {
        private final Object value;
        private final int line;

        Literal(Object value, int line) {
            this.value = value;
            this.line = line;
        }

        public Object value() {
            return value;
        }

        public int line() {
            return line;
        }
    }

    final class Name implements Expr {
        private final String id;
        private final int line;

        Name(String id, int line) {
            this.id = id;
            this.line = line;
        }

        public String id() {
            return id;
        }

        public int line() {
            return line;
        }
    }

    /** {@code -x}, {@code +x} or {@code not x}. */
    final class Unary implements Expr {
        private final String op;
        private final Expr operand;
        private final int line;

        Unary(String op, Expr operand, int line) {
            this.op = op;
            this.operand = operand;
            this.line = line;
        }

        public String op() {
            return op;
        }

        public Expr operand() {
            return operand;
        }

        public int line() {
            return line;
        }
    }

    /** An arithmetic operator: {@code + - * / // % **}. */
    final class Binary implements Expr {
        private final String op;
        private final Expr left;
        private final Expr right;
        private final int line;

        Binary(String op, Expr left, Expr right, int line) {
            this.op = op;
            this.left = left;
            this.right = right;
            this.line = line;
        }

        public String op() {
            return op;
        }

        public Expr left() {
            return left;
        }

        public Expr right() {
            return right;
        }

        public int line() {
            return line;
        }
    }

    /** {@code and} / {@code or}, which give one of their operands. */
    final class Logical implements Expr {
        private final String op;
        private final Expr left;
        private final Expr right;
        private final int line;

        Logical(String op, Expr left, Expr right, int line) {
            this.op = op;
            this.left = left;
            this.right = right;
            this.line = line;
        }

        public String op() {
            return op;
        }

        public Expr left() {
            return left;
        }

        public Expr right() {
            return right;
        }

        public int line() {
            return line;
        }
    }

    /** {@code a < b <= c ...}: operands.size() == ops.size() + 1. */
    final class Compare implements Expr {
        private final List<String> ops;
        private final List<Expr> operands;
        private final int line;

        Compare(List<String> ops, List<Expr> operands, int line) {
            this.ops = ops;
            this.operands = operands;
            this.line = line;
        }

        public List<String> ops() {
            return ops;
        }

        public List<Expr> operands() {
            return operands;
        }

        public int line() {
            return line;
        }
    }

    /** A call; keywords holds print's {@code sep=} and {@code end=}. */
    final class Call implements Expr {
        private final Expr callee;
        private final List<Expr> args;
        private final List<String> keywordNames;
        private final List<Expr> keywordValues;
        private final int line;

        Call(Expr callee, List<Expr> args, List<String> keywordNames, List<Expr> keywordValues, int line) {
            this.callee = callee;
            this.args = args;
            this.keywordNames = keywordNames;
            this.keywordValues = keywordValues;
            this.line = line;
        }

        public Expr callee() {
            return callee;
        }

        public List<Expr> args() {
            return args;
        }

        public List<String> keywordNames() {
            return keywordNames;
        }

        public List<Expr> keywordValues() {
            return keywordValues;
        }

        public int line() {
            return line;
        }
    }

    /** {@code target.name}: only a list's {@code append}. */
    final class Attribute implements Expr {
        private final Expr target;
        private final String name;
        private final int line;

        Attribute(Expr target, String name, int line) {
            this.target = target;
            this.name = name;
            this.line = line;
        }

        public Expr target() {
            return target;
        }

        public String name() {
            return name;
        }

        public int line() {
            return line;
        }
    }

    final class Index implements Expr {
        private final Expr target;
        private final Expr index;
        private final int line;

        Index(Expr target, Expr index, int line) {
            this.target = target;
            this.index = index;
            this.line = line;
        }

        public Expr target() {
            return target;
        }

        public Expr index() {
            return index;
        }

        public int line() {
            return line;
        }
    }

    /** {@code lower:upper:step} inside brackets; absent parts are null. */
    final class Slice implements Expr {
        private final Expr lower;
        private final Expr upper;
        private final Expr step;
        private final int line;

        Slice(Expr lower, Expr upper, Expr step, int line) {
            this.lower = lower;
            this.upper = upper;
            this.step = step;
            this.line = line;
        }

        public Expr lower() {
            return lower;
        }

        public Expr upper() {
            return upper;
        }

        public Expr step() {
            return step;
        }

        public int line() {
            return line;
        }
    }

    final class ListDisplay implements Expr {
        private final List<Expr> items;
        private final int line;

        ListDisplay(List<Expr> items, int line) {
            this.items = items;
            this.line = line;
        }

        public List<Expr> items() {
            return items;
        }

        public int line() {
            return line;
        }
    }

    final class TupleDisplay implements Expr {
        private final List<Expr> items;
        private final int line;

        TupleDisplay(List<Expr> items, int line) {
            this.items = items;
            this.line = line;
        }

        public List<Expr> items() {
            return items;
        }

        public int line() {
            return line;
        }
    }
}
