package io.kubemate.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.chat.ChatReply;
import io.kubemate.bot.chat.ChatService;
import io.kubemate.tools.kube.Subject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

@Command(name = "ask", description = "One question, one answer, in the terminal (as your kubeconfig identity).")
final class AskCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Parameters(index = "0", paramLabel = "QUESTION", description = "What to ask, in English or Chinese.")
    String question;

    @Option(names = "--json", description = "Print the reply as JSON (mode, reply, evidence, sources, proposals).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        return OneShot.print(spec, cluster, context -> {
            ChatReply reply = context.getBean(ChatService.class).answer(Subject.ownCredentials(), question);
            return json ? JsonOutput.of(context.getBean(ObjectMapper.class), reply) : reply.reply();
        });
    }
}
