package io.kubemate.bot.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command line; each subcommand is one class. */
@Command(name = "kubemate-chatops", mixinStandardHelpOptions = true, version = "Kubemate ChatOps 0.1.0",
        description = "Kubernetes incidents from chat: answers with evidence, changes only after a person confirms.",
        subcommands = {ServeCommand.class, AskCommand.class, RouteCommand.class, InspectCommand.class, AuditCommand.class,
                KnowledgeCommand.class})
public final class KubemateCommand {

    private final ServeCommand serve = new ServeCommand();

    public CommandLine commandLine() {
        CommandLine line = new CommandLine(this, new CommandFactory(serve));
        line.setExecutionExceptionHandler(new OneLineErrors());
        return line;
    }

    /** True while {@code serve} runs: the process must then stay up after the command returns. */
    public boolean serving() {
        return serve.running();
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
