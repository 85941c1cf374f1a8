package io.kubemate.knowledge;

import io.kubemate.knowledge.embed.Embedder;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A deterministic stand-in for an embedding model: hashed words and Han bigrams, normalised. */
public final class HashingEmbedder implements Embedder {

    private static final Pattern WORD = Pattern.compile("[a-z0-9]+|\\p{IsHan}+");
    private static final int DIMENSION = 256;

    @Override
    public String name() {
        return "hashing-test";
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return texts.stream().map(HashingEmbedder::embed).toList();
    }

    static float[] embed(String text) {
        float[] v = new float[DIMENSION];
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String word = m.group();
            if (Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.HAN && word.length() > 1) {
                for (int i = 0; i + 1 < word.length(); i++) {
                    v[Math.floorMod(word.substring(i, i + 2).hashCode(), DIMENSION)] += 1;
                }
            } else {
                v[Math.floorMod(word.hashCode(), DIMENSION)] += 1;
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm == 0) {
            v[0] = 1;
            return v;
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }
}
