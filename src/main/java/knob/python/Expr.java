package knob.python;

import java.util.List;

/** An expression of Knob's Python, with the line it starts on. */
public sealed interface Expr {
    int line();

    /** A literal: a Python int, a Double, a String, a Boolean or None. */
    record Literal(Object value, int line) implements Expr {
    }

    record Name(String id, int line) implements Expr {
    }

    /** {@code -x}, {@code +x} or {@code not x}. */
    record Unary(String op, Expr operand, int line) implements Expr {
    }

    /** An arithmetic operator: {@code + - * / // % **}. */
    record Binary(String op, Expr left, Expr right, int line) implements Expr {
    }

    /** {@code and} / {@code or}, which give one of their operands. */
    record Logical(String op, Expr left, Expr right, int line) implements Expr {
    }

    /** {@code a < b <= c ...}: operands.size() == ops.size() + 1. */
    record Compare(List<String> ops, List<Expr> operands, int line) implements Expr {
    }

    /** A call; keywords holds print's {@code sep=} and {@code end=}. */
    record Call(Expr callee, List<Expr> args, List<String> keywordNames, List<Expr> keywordValues, int line)
            implements Expr {
    }

    /** {@code target.name}: only a list's {@code append}. */
    record Attribute(Expr target, String name, int line) implements Expr {
    }

    record Index(Expr target, Expr index, int line) implements Expr {
    }

    /** {@code lower:upper:step} inside brackets; absent parts are null. */
    record Slice(Expr lower, Expr upper, Expr step, int line) implements Expr {
    }

    record ListDisplay(List<Expr> items, int line) implements Expr {
    }

    record TupleDisplay(List<Expr> items, int line) implements Expr {
    }
}
