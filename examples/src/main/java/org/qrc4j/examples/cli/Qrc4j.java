package org.qrc4j.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code qrc4j} command line. Each subcommand is a thin class: it parses, calls the library and
 * prints. Bad input ends with one line on standard error and exit code 2, never a stack trace.
 */
@Command(name = "qrc4j",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Quantum reservoir computing for Java: simulate circuits, run reservoir experiments, train AL-RNNs.",
        subcommands = {RunCommand.class, ReproduceCommand.class, SimulateCommand.class, AlrnnCommand.class, CommandLine.HelpCommand.class})
public final class Qrc4j implements Runnable {

    /** Exit code for bad input: a wrong option, a bad file, an impossible request. */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit code for an unexpected failure inside qrc4j. */
    public static final int EXIT_INTERNAL = 1;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // No subcommand: show what there is.
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code (used by tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    /** The configured picocli command line. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Qrc4j());
        // Descriptions are written as lines of up to about 100 characters; 80 would break them mid-phrase.
        cli.setUsageHelpWidth(110);
        cli.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + ex.getMessage()
                    + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
            return EXIT_BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            // A diverging model or training is the outcome of the settings (or the model file) given,
            // not a fault inside qrc4j: one line and the bad-input code, like any other bad request.
            if (ex instanceof IllegalArgumentException || ex instanceof java.io.IOException
                    || ex instanceof java.io.UncheckedIOException || ex instanceof org.qrc4j.alrnn.DivergenceException) {
                cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + oneLine(ex));
                return EXIT_BAD_INPUT;
            }
            cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": internal error: " + oneLine(ex)
                    + " (please report it with the command you ran)");
            return EXIT_INTERNAL;
        });
        return cli;
    }

    private static String oneLine(Throwable ex) {
        String message = ex.getMessage();
        if (ex instanceof java.nio.file.NoSuchFileException && ((java.nio.file.NoSuchFileException) ex).getReason() == null) {
            message = "no such file: " + message;
        } else if (ex instanceof java.nio.file.AccessDeniedException) {
            message = "permission denied: " + message;
        } else if (message == null || message.isBlank()) {
            message = ex.getClass().getSimpleName();
        }
        return message.replace('\n', ' ').replace('\r', ' ');
    }
}
