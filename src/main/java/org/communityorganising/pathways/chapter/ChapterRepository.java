package org.communityorganising.pathways.chapter;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ChapterRepository extends Repository<Chapter, Long> {

    @Query("""
            select new org.communityorganising.pathways.chapter.ChapterListItem(
                c.id, c.name, c.region, c.preferredLanguage,
                (select count(i) from Institution i where i.chapter = c and i.active))
            from Chapter c
            where c.active
            order by c.name""")
    Slice<ChapterListItem> findListItems(Pageable pageable);

    @Query("""
            select new org.communityorganising.pathways.chapter.ChapterOption(c.id, c.name)
            from Chapter c where c.active order by c.name""")
    List<ChapterOption> findOptions();

    java.util.Optional<Chapter> findById(long id);

    Chapter save(Chapter chapter);

    @Query("select count(c) > 0 from Chapter c where lower(c.name) = lower(:name) and c.id <> :exceptId")
    boolean nameTaken(String name, long exceptId);
}
