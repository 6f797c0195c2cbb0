package org.qrc4j.simulator.qasm;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits OpenQASM 2 source into tokens, dropping white space and comments ({@code //} to the end
 * of the line, and {@code /* ... *}{@code /}, which the spec lacks but many files use).
 */
final class Lexer {

    private final String source;
    private int pos;
    private int line = 1;
    private int column = 1;

    private Lexer(String source) {
        this.source = source;
    }

    /** The tokens of {@code source}, ending with one {@link Token.Kind#END} token. */
    static List<Token> tokenize(String source) {
        return new Lexer(source).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipBlankAndComments();
            if (pos >= source.length()) {
                tokens.add(new Token(Token.Kind.END, "", line, column));
                return tokens;
            }
            int startLine = line, startColumn = column, start = pos;
            char c = source.charAt(pos);
            if (Character.isLetter(c) || c == '_') {
                while (pos < source.length() && (Character.isLetterOrDigit(source.charAt(pos)) || source.charAt(pos) == '_')) {
                    advance();
                }
                tokens.add(new Token(Token.Kind.IDENTIFIER, source.substring(start, pos), startLine, startColumn));
            } else if (Character.isDigit(c) || (c == '.' && pos + 1 < source.length() && Character.isDigit(source.charAt(pos + 1)))) {
                tokens.add(number(startLine, startColumn));
            } else if (c == '"') {
                advance();
                while (pos < source.length() && source.charAt(pos) != '"' && source.charAt(pos) != '\n') {
                    advance();
                }
                if (pos >= source.length() || source.charAt(pos) != '"') {
                    throw new QasmSyntaxException(startLine, startColumn,
                            "unterminated string: expected a closing '\"' on the same line");
                }
                String text = source.substring(start + 1, pos);
                advance();
                tokens.add(new Token(Token.Kind.STRING, text, startLine, startColumn));
            } else if (source.startsWith("->", pos) || source.startsWith("==", pos)) {
                advance();
                advance();
                tokens.add(new Token(Token.Kind.SYMBOL, source.substring(start, pos), startLine, startColumn));
            } else if (";,()[]{}+-*/^".indexOf(c) >= 0) {
                advance();
                tokens.add(new Token(Token.Kind.SYMBOL, String.valueOf(c), startLine, startColumn));
            } else {
                throw new QasmSyntaxException(startLine, startColumn, "unexpected character '" + c
                        + "': allowed are letters, digits, white space, comments and ; , ( ) [ ] { } -> + - * / ^ \"");
            }
        }
    }

    /** A number: digits, an optional fraction, an optional exponent (1, 1.5, .5, 2., 1e-3, 1.5E+2). */
    private Token number(int startLine, int startColumn) {
        int start = pos;
        boolean real = false;
        digits();
        if (pos < source.length() && source.charAt(pos) == '.') {
            real = true;
            advance();
            digits();
        }
        if (pos < source.length() && (source.charAt(pos) == 'e' || source.charAt(pos) == 'E')) {
            int save = pos, saveColumn = column;
            advance();
            if (pos < source.length() && (source.charAt(pos) == '+' || source.charAt(pos) == '-')) {
                advance();
            }
            if (pos < source.length() && Character.isDigit(source.charAt(pos))) {
                real = true;
                digits();
            } else {
                // Not an exponent after all ("2e" followed by something else): let the parser complain.
                pos = save;
                column = saveColumn;
            }
        }
        return new Token(real ? Token.Kind.REAL : Token.Kind.INTEGER, source.substring(start, pos), startLine, startColumn);
    }

    private void digits() {
        while (pos < source.length() && Character.isDigit(source.charAt(pos))) {
            advance();
        }
    }

    private void skipBlankAndComments() {
        while (pos < source.length()) {
            char c = source.charAt(pos);
            if (Character.isWhitespace(c)) {
                advance();
            } else if (source.startsWith("//", pos)) {
                while (pos < source.length() && source.charAt(pos) != '\n') {
                    advance();
                }
            } else if (source.startsWith("/*", pos)) {
                int startLine = line, startColumn = column;
                int end = source.indexOf("*/", pos + 2);
                if (end < 0) {
                    throw new QasmSyntaxException(startLine, startColumn,
                            "unterminated comment: expected '*/' to close the '/*' opened here");
                }
                while (pos < end + 2) {
                    advance();
                }
            } else {
                return;
            }
        }
    }

    private void advance() {
        if (source.charAt(pos) == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        pos++;
    }
}
