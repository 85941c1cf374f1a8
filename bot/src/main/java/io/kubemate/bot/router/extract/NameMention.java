package io.kubemate.bot.router.extract;

import io.kubemate.tools.kube.ResourceKind;

/**
 * An object of the cluster a word of the message points at. {@code distance} is 0 for the exact name, 1 for a
 * name the word begins, 2 and more for a name a few typing errors away (2 + the edit distance).
 */
public record NameMention(String word, ResourceKind kind, String namespace, String name, int distance) {

    public boolean exact() {
        return distance == 0;
    }
}
