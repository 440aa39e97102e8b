package org.communityorganising.pathways.people.ui;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The threads chapter imports run on: two at once and a short queue, so that imports never wait
 * behind the invitation mails of the last one, and a crowd of uploads cannot take every core and
 * the heap. Deliberately not an {@code Executor} bean: Spring Boot would then stop making its own
 * application executor, and every asynchronous listener (mail) would queue here.
 */
@Component
class ChapterImportThreads {

    private final ThreadPoolExecutor pool =
            new ThreadPoolExecutor(2, 2, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(4), runnable -> {
                var thread = new Thread(runnable, "chapter-import");
                thread.setDaemon(true);
                return thread;
            });

    /** Runs the work, or answers false when two imports run and four wait already. */
    boolean tryRun(Runnable work) {
        try {
            pool.execute(work);
            return true;
        } catch (RejectedExecutionException busy) {
            return false;
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdown();
    }
}
