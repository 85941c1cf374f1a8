package io.kubemate.tools.spec;

/**
 * One typed argument of a tool, with the design's argument name.
 *
 * @param stated for a change, a value the person's own message must state (replicas, a revision, a quantity): a
 *               model may not fill it in on its own
 */
public record Param(String name, Type type, boolean required, Text description, boolean stated) {

    public enum Type {
        STRING, INTEGER, BOOLEAN
    }

    public Param {
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("a parameter name is lower_snake_case, got '" + name + "'");
        }
        if (type == null || description == null) {
            throw new IllegalArgumentException("parameter " + name + " needs a type and a description");
        }
    }

    Param asStated() {
        return new Param(name, type, required, description, true);
    }
}
