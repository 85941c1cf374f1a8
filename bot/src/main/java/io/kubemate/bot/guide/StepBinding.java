package io.kubemate.bot.guide;

import io.kubemate.knowledge.runbook.Step;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A step's tool arguments with the run's variables put in, or the variables still missing. */
record StepBinding(Map<String, Object> args, Set<String> missing) {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    static StepBinding of(Step step, Map<String, String> variables) {
        Map<String, Object> args = new LinkedHashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        step.args().forEach((name, raw) -> {
            Matcher m = VARIABLE.matcher(raw);
            StringBuilder bound = new StringBuilder();
            while (m.find()) {
                String value = variables.get(m.group(1));
                if (value == null) {
                    missing.add(m.group(1));
                    value = m.group();
                }
                m.appendReplacement(bound, Matcher.quoteReplacement(value));
            }
            m.appendTail(bound);
            args.put(name, bound.toString());
        });
        return new StepBinding(args, missing);
    }
}
