package io.kubemate.bot.audit;

/** One stored entry of a sink as read back: its record, or (record null) why it cannot be read. */
public record StoredRecord(long position, AuditRecord record, String unreadable) {
}
