package io.kubemate.tools.metrics;

import java.util.List;

/**
 * Hostile PromQL from a person who may read only namespace {@code trade}; {@code payments} is another tenant.
 * Each attack names what the scoped query must become ({@code sent}), or null when it must be refused before
 * anything reaches Prometheus.
 */
final class PromqlAttacks {

    record Attack(String name, String query, String sent) {
        @Override
        public String toString() {
            return name;
        }
    }

    private PromqlAttacks() {
    }

    static List<Attack> all() {
        return List.of(
                new Attack("single-quoted string carries namespace=\"trade\"",
                        "hr_salary_eur{note!=' namespace=\"trade\"'}",
                        "hr_salary_eur{note!=\" namespace=\\\"trade\\\"\", namespace=\"trade\"}"),
                new Attack("double-quoted string with escaped quotes carries namespace",
                        "hr_salary_eur{note!=\"\\\" namespace=\\\"trade\\\"\"}",
                        "hr_salary_eur{note!=\"\\\" namespace=\\\"trade\\\"\", namespace=\"trade\"}"),
                new Attack("backtick string carries namespace=\"trade\"",
                        "hr_salary_eur{note!=` namespace=\"trade\"`}",
                        "hr_salary_eur{note!=\" namespace=\\\"trade\\\"\", namespace=\"trade\"}"),
                new Attack("comment inside the braces carries namespace=\"trade\"",
                        "hr_salary_eur{note!=\"\" # namespace=\"trade\"\n}",
                        "hr_salary_eur{note!=\"\", namespace=\"trade\"}"),
                new Attack("comment opens a bracket that hides a selector",
                        "up{namespace=\"trade\"} # [\nor hr_salary_eur # ]",
                        "up{namespace=\"trade\"} or hr_salary_eur{namespace=\"trade\"}"),
                new Attack("comment opens a quote that hides a selector",
                        "up{namespace=\"trade\"} # \"\nor hr_salary_eur # \"",
                        "up{namespace=\"trade\"} or hr_salary_eur{namespace=\"trade\"}"),
                new Attack("or joins an unscoped selector",
                        "up{namespace=\"trade\"} or hr_salary_eur{note!=' namespace=\"trade\"'}",
                        "up{namespace=\"trade\"} or hr_salary_eur{note!=\" namespace=\\\"trade\\\"\", namespace=\"trade\"}"),
                new Attack("unless keeps the unscoped left side",
                        "hr_salary_eur{note!=' namespace=\"trade\"'} unless up{namespace=\"trade\"}",
                        "hr_salary_eur{note!=\" namespace=\\\"trade\\\"\", namespace=\"trade\"} unless up{namespace=\"trade\"}"),
                new Attack("subquery around an unscoped selector",
                        "max_over_time(hr_salary_eur{note!=' namespace=\"trade\"'}[10m:1m])",
                        "max_over_time(hr_salary_eur{note!=\" namespace=\\\"trade\\\"\", namespace=\"trade\"}[10m:1m])"),
                new Attack("offset and @ modifiers on an unscoped selector",
                        "hr_salary_eur{note!=' namespace=\"trade\"'} offset 1m @ end()",
                        "hr_salary_eur{note!=\" namespace=\\\"trade\\\"\", namespace=\"trade\"} offset 1m @ end()"),
                new Attack("label_replace relabels another tenant's series as trade",
                        "label_replace(hr_salary_eur{note!=' namespace=\"trade\"'}, \"namespace\", \"trade\", \"\", \"\")",
                        "label_replace(hr_salary_eur{note!=\" namespace=\\\"trade\\\"\", namespace=\"trade\"}, \"namespace\", \"trade\", \"\", \"\")"),
                new Attack("nested aggregation with a by list",
                        "sum by (namespace) (rate(hr_salary_eur{note!=' namespace=\"trade\"'}[5m]))",
                        "sum by (namespace) (rate(hr_salary_eur{note!=\" namespace=\\\"trade\\\"\", namespace=\"trade\"}[5m]))"),
                new Attack("__name__ selector without a metric name",
                        "{__name__=\"hr_salary_eur\", note!=' namespace=\"trade\"'}",
                        "{__name__=\"hr_salary_eur\", note!=\" namespace=\\\"trade\\\"\", namespace=\"trade\"}"),
                new Attack("__name__ regex selector reads every metric",
                        "{__name__=~\".+\", note!=' namespace=\"trade\"'}",
                        "{__name__=~\".+\", note!=\" namespace=\\\"trade\\\"\", namespace=\"trade\"}"),
                new Attack("regex alternation names another tenant",
                        "hr_salary_eur{namespace=~\"trade|payments\"}", null),
                new Attack("regex wildcard namespace",
                        "hr_salary_eur{namespace=~\"trade|.*\"}", null),
                new Attack("negative namespace matcher",
                        "hr_salary_eur{namespace!=\"trade\"}", null),
                new Attack("negative regex namespace matcher",
                        "hr_salary_eur{namespace!~\"trade\"}", null),
                new Attack("empty namespace selects series without one",
                        "node_temp{namespace=\"\"}", null),
                new Attack("escaped name of another tenant",
                        "hr_salary_eur{namespace=\"pay\\x6dents\"}", null),
                new Attack("quoted label name names another tenant",
                        "hr_salary_eur{\"namespace\"=\"payments\", note!=' namespace=\"trade\"'}", null),
                new Attack("unicode look-alike label name",
                        "hr_salary_eur{n\u0430mespace=\"trade\"}", null),
                new Attack("unicode letter in a metric name",
                        "hr_salary_\u00e9", null),
                new Attack("unicode space between tokens",
                        "hr_salary_eur{namespace=\"trade\"}\u00a0or\u00a0hr_salary_eur", null),
                new Attack("bare metric name without braces",
                        "hr_salary_eur",
                        "hr_salary_eur{namespace=\"trade\"}"),
                new Attack("keyword-named metric after or",
                        "up{namespace=\"trade\"} or start",
                        "up{namespace=\"trade\"} or start{namespace=\"trade\"}"),
                new Attack("cluster series without a namespace label",
                        "sum(node_temp) by (instance)",
                        "sum(node_temp{namespace=\"trade\"}) by (instance)"),
                new Attack("unterminated string",
                        "hr_salary_eur{note=\"x", null));
    }
}
