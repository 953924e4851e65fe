package org.hearth.signin.impl;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes the work of kiosks signing in at the same moment in one transaction, by one of them. Each commit forces
 * the database's log to disk, and concurrent writers queue for the same last pages of the visits table: with ten
 * kiosks, that waiting was most of a sign-in. The first caller writes its own work; callers arriving meanwhile wait,
 * and the next of them writes all of theirs in one transaction. Each caller returns once its work is committed.
 * When a shared transaction fails, each work in it is tried again alone, so one bad visit fails only itself.
 */
final class SharedCommit {

    private static final class Work {
        private final HandleCallback<Long, RuntimeException> body;
        private Long result;
        private RuntimeException failure;
        private boolean done;

        Work(HandleCallback<Long, RuntimeException> body) {
            this.body = body;
        }

        long outcome() {
            if (failure != null) {
                throw failure;
            }
            return result;
        }
    }

    private final Jdbi jdbi;
    private final List<Work> waiting = new ArrayList<>();
    private boolean writing;

    SharedCommit(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Runs {@code body} in a transaction, maybe shared with other callers', and returns its result once committed. */
    long write(HandleCallback<Long, RuntimeException> body) {
        Work mine = new Work(body);
        List<Work> batch;
        synchronized (this) {
            waiting.add(mine);
            boolean interrupted = false;
            while (writing && !mine.done) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    // the work may already be in another caller's transaction: wait for its outcome all the same
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (mine.done) {
                return mine.outcome();
            }
            writing = true;
            batch = new ArrayList<>(waiting);
            waiting.clear();
        }
        try {
            commit(batch);
        } finally {
            synchronized (this) {
                writing = false;
                notifyAll();
            }
        }
        return mine.outcome();
    }

    private void commit(List<Work> batch) {
        try {
            jdbi.useTransaction(h -> {
                for (Work work : batch) {
                    work.result = work.body.withHandle(h);
                }
            });
            finish(batch, null);
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                finish(batch, e);
                return;
            }
            for (Work work : batch) {
                try {
                    work.result = jdbi.inTransaction(work.body);
                    finish(List.of(work), null);
                } catch (RuntimeException alone) {
                    finish(List.of(work), alone);
                }
            }
        }
    }

    private synchronized void finish(List<Work> works, RuntimeException failure) {
        for (Work work : works) {
            work.failure = failure;
            work.done = true;
        }
    }
}
