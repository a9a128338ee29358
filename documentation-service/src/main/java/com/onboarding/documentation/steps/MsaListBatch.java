package com.onboarding.documentation.steps;

import com.onboarding.clients.graph.ETagMismatch;
import com.onboarding.clients.graph.FileContent;
import com.onboarding.clients.graph.GraphClient;
import com.onboarding.clients.http.TransientFailure;
import com.onboarding.documentation.config.DocumentationConfig;
import com.onboarding.documentation.rules.MsaCustomerList;
import com.onboarding.documentation.rules.MsaListRow;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Edits the one shared MSA list in batches: every row waiting at the moment an edit starts goes into one download
 * and one upload (with {@code If-Match}), instead of one edit per customer racing the others for the eTag. One edit
 * runs at a time in this process; rows that arrive meanwhile wait for the next one. A 412 (someone else saved the
 * document, e.g. another instance or a person) rereads and redoes the whole batch.
 */
@ApplicationScoped
public class MsaListBatch {

    private static final Logger LOG = Logger.getLogger(MsaListBatch.class);

    private final GraphClient graph;
    private final DocumentationConfig.MsaList config;
    private final Queue<Pending> waiting = new ConcurrentLinkedQueue<>();
    private final ReentrantLock editing = new ReentrantLock();
    private volatile String driveId;

    public MsaListBatch(GraphClient graph, DocumentationConfig config) {
        this.graph = graph;
        this.config = config.msaList();
    }

    /** Lists the customer (once) together with every other row waiting; returns what happened to this row. */
    public String add(MsaListRow row) {
        Pending mine = new Pending(row, new CompletableFuture<>());
        waiting.add(mine);
        editing.lock();
        try {
            if (!mine.outcome().isDone()) {
                edit(takeWaiting());
            }
        } finally {
            editing.unlock();
        }
        try {
            return mine.outcome().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private List<Pending> takeWaiting() {
        List<Pending> batch = new ArrayList<>();
        for (Pending p = waiting.poll(); p != null; p = waiting.poll()) {
            batch.add(p);
        }
        return batch;
    }

    private void edit(List<Pending> batch) {
        try {
            String drive = drive();
            for (int attempt = 1; attempt <= config.maxConflicts(); attempt++) {
                FileContent file = graph.download(drive, config.path());
                byte[] content = file.content();
                List<Pending> added = new ArrayList<>();
                for (Pending p : batch) {
                    Optional<byte[]> edited = MsaCustomerList.withCustomer(content, p.row());
                    if (edited.isPresent()) {
                        content = edited.get();
                        added.add(p);
                    }
                }
                if (!added.isEmpty()) {
                    try {
                        graph.upload(drive, config.path(), content, file.eTag());
                    } catch (ETagMismatch e) {
                        LOG.infof("'%s' changed while adding %d row(s) (attempt %d); reading it again", config.path(),
                                added.size(), attempt);
                        continue;
                    }
                }
                complete(batch, added, attempt);
                return;
            }
            throw new TransientFailure("'" + config.path() + "' kept changing while " + batch.size()
                    + " customer(s) were being added (" + config.maxConflicts() + " tries); try again", null);
        } catch (RuntimeException e) {
            batch.forEach(p -> p.outcome().completeExceptionally(e));
        }
    }

    private void complete(List<Pending> batch, List<Pending> added, int attempt) {
        String together = added.size() > 1 ? " in one edit with " + (added.size() - 1) + " other customer(s)" : "";
        String reread = attempt > 1 ? "; the document changed meanwhile, so it was read again " + (attempt - 1)
                + " time(s)" : "";
        for (Pending p : batch) {
            p.outcome().complete(added.contains(p)
                    ? p.row().customer() + " added to '" + config.path() + "' (" + p.row().services() + ")" + together + reread
                    : p.row().customer() + " was already listed in '" + config.path() + "'" + reread);
        }
    }

    private String drive() {
        if (driveId == null) {
            driveId = graph.driveId(graph.siteId(config.hostname(), config.sitePath()), config.library());
        }
        return driveId;
    }

    private record Pending(MsaListRow row, CompletableFuture<String> outcome) {
    }
}
