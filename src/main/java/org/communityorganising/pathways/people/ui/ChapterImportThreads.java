package org.communityorganising.pathways.people.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads chapter imports run on: two at once and a short queue, so that imports never wait
 * behind the invitation mails of the last one (which run on the application's own executor), and
 * a crowd of uploads cannot take every core and the heap.
 */
@Configuration(proxyBeanMethods = false)
class ChapterImportThreads {

    static final String NAME = "chapterImportExecutor";

    @Bean(NAME)
    ThreadPoolTaskExecutor chapterImportExecutor() {
        var executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(4);
        executor.setThreadNamePrefix("chapter-import-");
        return executor;
    }
}
