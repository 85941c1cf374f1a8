package io.kubemate.bot;

import io.kubemate.bot.cli.KubemateCommand;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;

/** {@code java -jar kubemate-chatops.jar [serve|ask|route|inspect] …}; {@code serve} when no command is given. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        if (args.length > 0 && !args[0].equals("serve")) {
            quietLogs();
        }
        KubemateCommand root = new KubemateCommand();
        String[] command = args.length == 0 ? new String[]{"serve"} : args;
        int code = root.commandLine(command).execute(command);
        if (code != 0 || !root.serving()) {
            System.exit(code);
        }
    }

    /** One-shot commands print their answer on stdout; only warnings belong on stderr. */
    private static void quietLogs() {
        var root = org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root instanceof ch.qos.logback.classic.Logger logback) {
            logback.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
