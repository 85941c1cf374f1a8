package io.kubemate.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.Messages;
import io.kubemate.bot.router.Route;
import io.kubemate.bot.router.Router;
import io.kubemate.tools.kube.Subject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "route", description = "Show how the no-LLM router understands a message.")
final class RouteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Parameters(index = "0", paramLabel = "TEXT", description = "The message, as a person would type it.")
    String text;

    @Option(names = "--json", description = "Print {\"tool\",\"args\",\"confidence\"} as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        return OneShot.print(spec, cluster, context -> {
            Route route = context.getBean(Router.class).route(Subject.ownCredentials(), text);
            return json ? JsonOutput.of(context.getBean(ObjectMapper.class), route)
                    : "tool: " + route.tool() + "\nargs: " + route.args() + "\nconfidence: " + route.confidence()
                    + (route.ask() == null ? "" : "\nask: " + context.getBean(Messages.class).get(Language.EN, route.ask().messageKey(),
                    route.ask().args().toArray()) + " " + route.candidates());
        });
    }
}
