package io.kubemate.bot.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.List;
import java.util.Optional;

/**
 * The root of the command line; each subcommand is one class. Picocli builds a command's model by reflection
 * (some hundred milliseconds for all of them, and its classes cannot go into the JVM's class cache), so a
 * command line made for given arguments holds only the subcommand they name; help and mistakes get all of them.
 */
@Command(name = "kubemate-chatops", mixinStandardHelpOptions = true, version = "Kubemate ChatOps 0.1.0",
        description = "Kubernetes incidents from chat: answers with evidence, changes only after a person confirms.")
public final class KubemateCommand {

    static final List<Class<?>> SUBCOMMANDS = List.of(ServeCommand.class, AskCommand.class, RouteCommand.class,
            InspectCommand.class, AuditCommand.class, KnowledgeCommand.class, SandboxCommand.class,
            WarmUpCommand.class, WarmUpCommandsCommand.class);

    private final ServeCommand serve = new ServeCommand();

    /** The command line with every subcommand. */
    public CommandLine commandLine() {
        return commandLine(SUBCOMMANDS);
    }

    /** The command line to run {@code args}: with the subcommand they name, or with all of them. */
    public CommandLine commandLine(String... args) {
        return named(args.length == 0 ? "" : args[0]).map(List::<Class<?>>of).map(this::commandLine).orElseGet(this::commandLine);
    }

    /** True while {@code serve} runs: the process must then stay up after the command returns. */
    public boolean serving() {
        return serve.running();
    }

    private CommandLine commandLine(List<Class<?>> subcommands) {
        CommandFactory factory = new CommandFactory(serve);
        CommandLine line = new CommandLine(this, factory);
        for (Class<?> type : subcommands) {
            line.addSubcommand(name(type), new CommandLine(type, factory));
        }
        line.setExecutionExceptionHandler(new OneLineErrors());
        return line;
    }

    private static Optional<Class<?>> named(String name) {
        return SUBCOMMANDS.stream().filter(type -> name(type).equals(name)).findFirst();
    }

    private static String name(Class<?> type) {
        return type.getAnnotation(Command.class).name();
    }

    private record CommandFactory(ServeCommand serve) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == ServeCommand.class) {
                return type.cast(serve);
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
