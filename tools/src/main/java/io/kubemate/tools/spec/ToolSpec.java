package io.kubemate.tools.spec;

import io.kubemate.tools.actions.Risk;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the bot knows about one tool, declared once beside its code: the name used by the model, the router,
 * runbook blocks, audit records and evals; its risk and the Kubemate permission a change needs; its typed
 * parameters; its explicit command words and their positional slots; what its target is; for a change, the words
 * a person's own message must use to ask for it; and what it does, in English and Chinese.
 *
 * @param undoes          the change this one reverses (resume_cronjob undoes suspend_cronjob), or null
 * @param offeredToModel  whether the model may call it; some tools are reachable from commands and buttons only
 */
public record ToolSpec(String name, Risk risk, String permission, List<Param> parameters, List<String> commands,
                       List<String> positions, TargetKind target, List<String> intentWords, String undoes,
                       boolean offeredToModel, Text description) {

    public ToolSpec {
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("a tool name is lower_snake_case, got '" + name + "'");
        }
        if (risk == null || target == null || description == null) {
            throw new IllegalArgumentException("tool " + name + " needs a risk, a target kind and a description");
        }
        parameters = List.copyOf(parameters);
        commands = List.copyOf(commands);
        positions = List.copyOf(positions);
        intentWords = List.copyOf(intentWords);
        if (risk == Risk.READ && (permission != null || !intentWords.isEmpty())) {
            throw new IllegalArgumentException("read tool " + name + " has no change permission and no change-intent words");
        }
        if (risk != Risk.READ && (permission == null || permission.isBlank() || intentWords.isEmpty())) {
            throw new IllegalArgumentException("action " + name + " needs a permission code and change-intent words");
        }
    }

    public static Builder read(String name) {
        return new Builder(name, Risk.READ, null);
    }

    public static Builder action(String name, Risk risk, String permission) {
        return new Builder(name, risk, permission);
    }

    public boolean isAction() {
        return risk != Risk.READ;
    }

    /** The parameters a call must carry. */
    public List<String> required() {
        return parameters.stream().filter(Param::required).map(Param::name).toList();
    }

    public static final class Builder {
        private final String name;
        private final Risk risk;
        private final String permission;
        private final List<Param> parameters = new ArrayList<>();
        private final List<String> commands = new ArrayList<>();
        private final List<String> positions = new ArrayList<>();
        private final List<String> intentWords = new ArrayList<>();
        private TargetKind target = TargetKind.NONE;
        private String undoes;
        private boolean offeredToModel = true;
        private Text description;

        private Builder(String name, Risk risk, String permission) {
            this.name = name;
            this.risk = risk;
            this.permission = permission;
        }

        public Builder describe(String en, String zh) {
            this.description = Text.of(en, zh);
            return this;
        }

        public Builder string(String name, String en, String zh) {
            return param(name, Param.Type.STRING, false, en, zh);
        }

        public Builder requiredString(String name, String en, String zh) {
            return param(name, Param.Type.STRING, true, en, zh);
        }

        public Builder param(String name, Param.Type type, boolean required, String en, String zh) {
            parameters.add(new Param(name, type, required, Text.of(en, zh), false));
            return this;
        }

        /** The parameter added last is a value the person must state for this change (replicas, a quantity). */
        public Builder stated() {
            parameters.add(parameters.removeLast().asStated());
            return this;
        }

        /** The explicit command words ({@code /resume}); the first is the one the bot suggests. */
        public Builder commands(String... words) {
            commands.addAll(List.of(words));
            return this;
        }

        /** The slots a command's words fill by position, in order. */
        public Builder positions(String... slots) {
            positions.addAll(List.of(slots));
            return this;
        }

        public Builder target(TargetKind kind) {
            this.target = kind;
            return this;
        }

        /** Words one of which a person's own message must use to ask for this change. */
        public Builder intentWords(String... words) {
            intentWords.addAll(List.of(words));
            return this;
        }

        public Builder undoes(String action) {
            this.undoes = action;
            return this;
        }

        public Builder notForTheModel() {
            this.offeredToModel = false;
            return this;
        }

        public ToolSpec build() {
            return new ToolSpec(name, risk, permission, parameters, commands, positions, target, intentWords, undoes,
                    offeredToModel, description);
        }
    }
}
