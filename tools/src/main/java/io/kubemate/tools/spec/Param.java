package io.kubemate.tools.spec;

/** One typed argument of a tool, with the design's argument name. */
public record Param(String name, Type type, boolean required, Text description) {

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
}
