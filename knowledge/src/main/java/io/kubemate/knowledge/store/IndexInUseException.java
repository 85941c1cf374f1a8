package io.kubemate.knowledge.store;

/** The on-disk index is held by another writer (another process, such as a running {@code serve}). */
public final class IndexInUseException extends StoreException {

    public IndexInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
