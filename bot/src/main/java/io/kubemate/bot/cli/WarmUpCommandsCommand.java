package io.kubemate.bot.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The run the one-shot commands' class cache is trained on ({@code use_class_cache JAR command} in
 * {@code deploy/local/lib.sh}): several command lines, separated by {@value #SEPARATOR}, run one after another in this
 * JVM, their answers discarded. So one cache holds what {@code ask}, {@code inspect} and {@code route} each need, which
 * no single command does. Prints each command's name and exit code; exit 1 when one is not 0.
 */
@Command(name = "warm-up-commands", hidden = true,
        description = "Run each command line (separated by ';') in this JVM, discarding answers (trains the class cache).")
final class WarmUpCommandsCommand implements Callable<Integer> {

    private static final String SEPARATOR = ";";

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "ARG", description = "Command lines separated by ';' (after '--').")
    List<String> args;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean allRan = true;
        for (List<String> command : commands(args)) {
            int code = run(command.toArray(String[]::new));
            allRan &= code == 0;
            out.println(command.getFirst() + " " + code);
        }
        out.flush();
        return allRan ? 0 : 1;
    }

    private static List<List<String>> commands(List<String> args) {
        List<List<String>> commands = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String arg : args) {
            if (!arg.equals(SEPARATOR)) {
                current.add(arg);
            } else if (!current.isEmpty()) {
                commands.add(List.copyOf(current));
                current.clear();
            }
        }
        if (!current.isEmpty()) {
            commands.add(List.copyOf(current));
        }
        return commands;
    }

    private static int run(String[] command) {
        CommandLine line = new KubemateCommand().commandLine(command);
        StringWriter discarded = new StringWriter();
        line.setOut(new PrintWriter(discarded));
        line.setErr(new PrintWriter(discarded));
        return line.execute(command);
    }
}
