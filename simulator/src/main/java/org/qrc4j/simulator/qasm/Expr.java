package org.qrc4j.simulator.qasm;

import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * A parsed parameter expression. Kept as a tree rather than evaluated at once because inside a
 * {@code gate} body it refers to the gate's parameters, whose values are known only at each call.
 */
sealed interface Expr {

    /** The value, with gate parameters taken from {@code parameters} (empty outside gate bodies). */
    double eval(Map<String, Double> parameters);

    /** A number or {@code pi}. */
    record Constant(double value) implements Expr {
        @Override
        public double eval(Map<String, Double> parameters) {
            return value;
        }
    }

    /** A gate parameter; the parser has checked that the name is declared. */
    record Parameter(String name) implements Expr {
        @Override
        public double eval(Map<String, Double> parameters) {
            return parameters.get(name);
        }
    }

    /** Unary minus. */
    record Negate(Expr operand) implements Expr {
        @Override
        public double eval(Map<String, Double> parameters) {
            return -operand.eval(parameters);
        }
    }

    /** One of {@code + - * / ^}. */
    record Binary(char operator, Expr left, Expr right) implements Expr {
        @Override
        public double eval(Map<String, Double> parameters) {
            double a = left.eval(parameters), b = right.eval(parameters);
            return switch (operator) {
                case '+' -> a + b;
                case '-' -> a - b;
                case '*' -> a * b;
                case '/' -> a / b;
                case '^' -> Math.pow(a, b);
                default -> throw new IllegalStateException("operator " + operator);
            };
        }
    }

    /** One of the spec's functions sin cos tan exp ln sqrt. */
    record Call(String function, DoubleUnaryOperator body, Expr argument) implements Expr {
        @Override
        public double eval(Map<String, Double> parameters) {
            return body.applyAsDouble(argument.eval(parameters));
        }
    }

    /** The functions OpenQASM 2 allows in expressions, by name. */
    Map<String, DoubleUnaryOperator> FUNCTIONS = Map.of(
            "sin", Math::sin,
            "cos", Math::cos,
            "tan", Math::tan,
            "exp", Math::exp,
            "ln", Math::log,
            "sqrt", Math::sqrt);
}
