package io.kubemate.bot.router;

import io.kubemate.knowledge.embed.Embedder;
import io.kubemate.knowledge.embed.EmbeddingModels;

import java.nio.file.Path;
import java.util.List;

/**
 * Run by the build (exec-maven-plugin, phase {@code process-classes}): embeds the router examples with every
 * bundled model and writes {@link ExampleVectors} into the classes folder given as the only argument.
 */
public final class ExampleVectorsBuild {

    private ExampleVectorsBuild() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ExampleVectorsBuild <classes folder>");
        }
        List<String> texts = IntentClassifier.exampleTexts(ExampleBook.load());
        for (String model : EmbeddingModels.NAMES) {
            Embedder embedder = EmbeddingModels.named(model);
            List<float[]> vectors = IntentClassifier.unitVectors(embedder, texts);
            ExampleVectors.write(Path.of(args[0]).resolve(ExampleVectors.FOLDER + model + ".bin"), model, texts, vectors);
        }
    }
}
