package io.kubemate.bot.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a sink's stored records against the key and its checkpoint, and names every problem by sequence number:
 * an unreadable entry, a record of the old unkeyed format, a chain that does not start at record 1 (restarted after the
 * log was moved or emptied), missing records, a broken link, a record whose MAC does not match (changed, or sealed
 * without the key), a missing tail (the checkpoint is ahead of the log), and a checkpoint not signed with the key.
 */
public final class ChainCheck {

    /** One thing wrong, at record {@code seq}; {@code kind} is a stable word for scripts. */
    public record Problem(long seq, String kind, String reason) {
    }

    private final AuditChain chain;

    public ChainCheck(AuditChain chain) {
        this.chain = chain;
    }

    /** {@code checkpoint}: the stored checkpoint, when the sink has one (empty: nothing to compare the tail with). */
    public List<Problem> check(List<StoredRecord> stored, Optional<Checkpoints.Read> checkpoint) {
        List<Problem> problems = new ArrayList<>();
        long expected = 1;
        String previous = AuditChain.GENESIS;
        long last = 0;
        for (StoredRecord entry : stored) {
            AuditRecord record = entry.record();
            if (record == null) {
                problems.add(new Problem(expected, "unreadable", "entry " + entry.position() + " (expected record " + expected
                        + ") cannot be read: " + entry.unreadable()));
                expected++;
                previous = null;
                continue;
            }
            if (record.v() != AuditChain.VERSION) {
                problems.add(new Problem(record.seq(), "format", "record " + record.seq() + " is in format " + Math.max(1, record.v())
                        + " (unkeyed SHA-256), which cannot be verified: keep such logs apart from the ones written since"));
            } else if (expected == 1 && last == 0 && record.seq() != 1) {
                problems.add(new Problem(record.seq(), "restarted", "the chain starts at record " + record.seq() + ": records 1 to "
                        + (record.seq() - 1) + " are missing (the log was cut, emptied or moved away and written on)"));
            } else if (record.seq() > expected) {
                problems.add(new Problem(record.seq(), "missing", "records " + expected + " to " + (record.seq() - 1)
                        + " are missing before record " + record.seq()));
            } else if (record.seq() < expected) {
                problems.add(new Problem(record.seq(), "order", "record " + record.seq() + " comes again or out of order after record "
                        + (expected - 1)));
            } else if (previous != null && !previous.equals(record.prevHash())) {
                problems.add(new Problem(record.seq(), "link", "its prevHash does not match the record before it"));
            }
            if (record.v() == AuditChain.VERSION && !chain.hash(record).equals(record.hash())) {
                problems.add(new Problem(record.seq(), "altered", "its content does not match its MAC: the record was changed, "
                        + "or sealed without the audit key"));
            }
            previous = record.hash();
            expected = record.seq() + 1;
            last = Math.max(last, record.seq());
        }
        long end = last;
        checkpoint.ifPresent(c -> compare(c, stored, end, problems));
        return problems;
    }

    private void compare(Checkpoints.Read read, List<StoredRecord> stored, long last, List<Problem> problems) {
        AuditCheckpoint checkpoint = read.checkpoint();
        if (checkpoint == null || !checkpoint.signedBy(chain.key())) {
            problems.add(new Problem(last + 1, "checkpoint", "the checkpoint in " + read.where() + " is not signed with the audit key "
                    + "(forged, or written with another key): records after " + last + " may be missing"));
            return;
        }
        if (checkpoint.seq() > last) {
            problems.add(new Problem(last + 1, "missing-tail", "the checkpoint in " + read.where() + " says record " + checkpoint.seq()
                    + " was written, but the log ends at record " + last + ": records " + (last + 1) + " to " + checkpoint.seq()
                    + " are missing"));
            return;
        }
        stored.stream().map(StoredRecord::record).filter(r -> r != null && r.seq() == checkpoint.seq()).findFirst()
                .filter(r -> !r.hash().equals(checkpoint.hash()))
                .ifPresent(r -> problems.add(new Problem(r.seq(), "rewritten", "record " + r.seq()
                        + " is not the one the checkpoint in " + read.where() + " recorded: the chain was rewritten")));
    }
}
